"""acro65: one acronym reader, one person-name matcher.

- ``party_identity.body_is_side`` (may a signer's body be the side they sign for) and
  ``party_identity.acronym_of_name`` (are two mentions one party) read an acronym by the one
  reader ``normalize.acronym_spells`` again: where the two readers mend65 kept apart
  disagreed, both now give the one reader's answer (halves of a hyphenated word and an
  eponym for a signer's body; a bracketed own spelling and words after the acronym for one
  party). A region's abbreviation still names no body.
- Two person names are compared in one place, ``person_names``: ``same_surname`` (the
  surnames written last, a case ending apart) and ``same_person`` (one surname and
  compatible first names or initials), for names as written or split into parts;
  ``one_surname`` (do the mentions before a pronoun or a bare post name one person).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from probes import named_rows, relation_rows, side

from soccoop.extract.party_identity import acronym_of_name, body_is_side
from soccoop.extract.person_names import one_surname, same_person, same_surname
from soccoop.names import split_name

# --- one acronym reader ------------------------------------------------------------------

# (id, short, full, same): a signer's body written as an acronym is the side it spells
BODY_IS_SIDE = [
    ("halves of a hyphenated word", "СВФУ", "Северо-Восточный федеральный университет", True),
    ("the side's eponym is no part of what is spelled", "ЗСГУ",
     "Западно-Сибирский государственный университет имени В. И. Петрова", True),
    ("the acronym's eponym by the surname's stem", "ТГПУ им. Толстого",
     "Тульский государственный педагогический университет им. Л. Н. Толстого", True),
    # negatives: unchanged
    ("another first half", "СВФУ", "Северо-Западный федеральный университет", False),
    ("another eponym", "ТГПУ им. Толстого",
     "Тульский государственный педагогический университет им. К. Д. Ушинского", False),
    ("letters of other words", "КГМУ", "Курский государственный педагогический университет",
     False),
]


# (id, short, full, one party)
ONE_PARTY = [
    ("a bracketed own spelling", "ПФР", "Пенсионный фонд России (ПФР)", True),
    ("words after the acronym, word for word", "ОГТУ НИИ",
     "Омский государственный технический университет НИИ", True),
    # negatives: unchanged
    ("words after the acronym differ", "ОГТУ НИИ",
     "Омский государственный технический университет", False),
    ("another first word", "ДВФУ", "Донской военный федеральный институт", False),
    ("no acronym", "Соцфонд", "Социальный фонд", False),
]


@pytest.mark.slow  # a side's key reads the morphology
@pytest.mark.parametrize("short, full, same", named_rows(ONE_PARTY))
def test_one_party_by_the_one_reader(models: Any, short: str, full: str, same: bool) -> None:
    assert acronym_of_name(side(models, short), side(models, full)) is same


@pytest.mark.slow  # a side's key reads the morphology
def test_a_regions_abbreviation_still_names_no_body(models: Any) -> None:
    full = "Ханты-Мансийский автономный округ"
    assert acronym_of_name(side(models, "ХМАО"), side(models, full))
    assert not acronym_of_name(side(models, "ХМАО", "RU-KHM"), side(models, full))


# --- one person-name matcher -------------------------------------------------------------

# (id, a, b, same surname)
SURNAMES = [
    ("a case form of one surname", "Анна Котова", "Котовой", True),
    ("two names, one surname", "Пётр Гусев", "П. Гусева", True),
    ("ё written as е", "Семён Щёкин", "Семен Щекин", True),
    # negatives
    ("a short surname is no stem of a longer one", "Юрий Ким", "Кимова", False),
    ("another surname", "Анна Котова", "Анна Котлярова", False),
    ("an empty name", "", "Котова", False),
]


# (id, a, b, one person)
PERSONS = [
    ("an initial and the first name", "А. Петрова", "Анна Петрова", True),
    ("a surname alone", "Толмачёва", "Анна Толмачёва", True),
    ("initials after the surname", "Очиров Б. Н.", "Баир Очиров", True),
    ("one typo in a long surname, same first name", "Георгий Сааакашвили",
     "Георгий Саакашвили", True),
    # negatives
    ("two first names", "Андрей Петров", "Анна Петрова", False),
    ("two initials", "А. Петрова", "М. Петрова", False),
    ("two patronymics", "Анна Ивановна Петрова", "Анна Сергеевна Петрова", False),
    ("one typo, first names unknown", "Сааакашвили", "Саакашвили", False),
]


# a signer's body by the one acronym reader, two names by the one matcher: either way round
@pytest.mark.parametrize("relation, a, b, same", relation_rows(body_is_side, BODY_IS_SIDE)
                         + relation_rows(same_surname, SURNAMES)
                         + relation_rows(same_person, PERSONS))
def test_symmetric_relation(relation: Callable[[str, str], bool], a: str, b: str,
                            same: bool) -> None:
    assert relation(a, b) is same
    assert relation(b, a) is same


@pytest.mark.parametrize("a, b, same", named_rows(PERSONS))
def test_same_person_split_into_parts(a: str, b: str, same: bool) -> None:
    pa, pb = split_name(a), split_name(b)
    assert pa is not None and pb is not None
    assert same_person(pa, pb) is same  # split into parts: the same answer


# (id, surnames, one person by surname alone)
ONE_SURNAME = [
    ("one surname twice", ["Петров", "Петров"], True),
    ("ё written as е", ["Семёнова", "Семенова"], True),
    # negatives
    ("two surnames", ["Петров", "Сидоров"], False),
    ("no mention", [], False),
]


@pytest.mark.parametrize("surnames, one", named_rows(ONE_SURNAME))
def test_one_surname(surnames: list[str], one: bool) -> None:
    assert one_surname(surnames) is one
    assert one_surname(iter(surnames)) is one  # a generator of the mentions' surnames
