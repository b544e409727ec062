"""mend65: code health, records identical.

- ``_Party`` takes the models from its caller (``_Party(name, regions, start, stop,
  models)``), like every other reader: no ``get_models()`` is left in ``extract/``. Its key
  runs through the adjectives that open a name by the morphology it is given ("Омский
  государственный педагогический университет" is not "Омский государственный
  университет"); a legal form is no word of the key.
- One acronym reader, ``normalize.acronym_spells`` (it was ``signer_bodies.acronym_of_side``
  and ``party_identity.acronym_of_name``): the acronym spells the leading words, the rest word
  for word; each half of a hyphenated word gives a piece; the name's own bracketed spelling
  is no word of it; an eponym is no part of what is spelled, and an eponym written with the
  acronym must be the same person's. ``party_identity.acronym_of_name`` keeps a region's
  abbreviation out; ``party_identity.body_is_side`` reads the same reader both ways.
- The list of partners after "с" is read once per agreement noun (``ListSplit``): its pairs,
  and whether their shared side is left open, so only a noun ``alike`` the one told before
  splits them (``ListSplit.members``).
- Pass tables list each rule once (``passes.named_passes``: a pass is named by its
  function); ``DateStage.undated("signed")`` yields the signed records still without a
  date with their sentence, read as the loop goes.

Probes are invented for this file (names, bodies and places of no corpus text).
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from probes import named_rows, side

from soccoop.extract.agreement_dates import DatePass, DateStage
from soccoop.extract.agreement_sides import ListSplit
from soccoop.extract.normalize import acronym_spells
from soccoop.extract.party_identity import acronym_of_name, body_is_side
from soccoop.extract.passes import named_passes
from soccoop.models import Agreement, Evidence

# --- _Party reads its key with the models it is given ---------------------------------------

# (id, name, regions, the key)
KEYS = [
    ("two adjectives run to the head noun", "Омский государственный педагогический университет",
     (), "омски госуд педаг униве|"),
    ("the shorter university is another key", "Омский государственный университет", (),
     "омски госуд униве|"),
    ("a noun first keeps two words", "Министерство труда и социальной защиты Омской области",
     ("RU-OMS",), "минис труда|RU-OMS"),
    # negative: a legal form is no word of the key
    ("the legal form is left out", "АО «Сибирская швейная фабрика»", (),
     "сибир швейн фабри|"),
]


@pytest.mark.slow  # a side's key reads the morphology
@pytest.mark.parametrize("name, regions, key", named_rows(KEYS))
def test_party_key_reads_the_models_given(models: Any, name: str, regions: tuple[str, ...],
                                          key: str) -> None:
    assert side(models, name, *regions).key == key


# --- one acronym reader -----------------------------------------------------------------------

# (id, short, full, same)
ACRONYMS = [
    ("whole name spelled", "ДВФУ", "Дальневосточный федеральный университет", True),
    ("leading words spelled, the rest word for word", "БГПУ им. М. Акмуллы",
     "Башкирский государственный педагогический университет им. М. Акмуллы", True),
    ("bracketed own spelling", "СФР", "Социальный фонд России (СФР)", True),
    ("halves of a hyphenated word", "СВФУ", "Северо-Восточный федеральный университет", True),
    ("the full name's eponym is no part of what is spelled", "СВФУ",
     "Северо-Восточный федеральный университет имени М. К. Аммосова", True),
    ("the acronym's eponym by the surname's stem", "ТГПУ им. Толстого",
     "Тульский государственный педагогический университет им. Л. Н. Толстого", True),
    # negatives
    ("another first word", "СВФУ", "Северо-Западный федеральный университет", False),
    ("another eponym", "ТГПУ им. Толстого",
     "Тульский государственный педагогический университет им. К. Д. Ушинского", False),
    ("an eponym the full name lacks", "ТГПУ им. Толстого",
     "Тульский государственный педагогический университет", False),
    ("letters of other words", "БГМУ", "Башкирский государственный педагогический университет",
     False),
    ("no acronym: one capital", "Минтруд", "Министерство труда", False),
    ("words after the acronym differ", "КГУ Калуги", "Курский государственный университет",
     False),
]


@pytest.mark.parametrize("short, full, same", named_rows(ACRONYMS))
def test_one_acronym_reader(short: str, full: str, same: bool) -> None:
    assert acronym_spells(short, full) is same
    assert (body_is_side(short, full) and body_is_side(full, short)) is same


@pytest.mark.slow  # a side's key reads the morphology
@pytest.mark.parametrize("short, full, same", named_rows(ACRONYMS))
def test_acronym_of_name_is_the_same_reader(models: Any, short: str, full: str,
                                            same: bool) -> None:
    assert acronym_of_name(side(models, short), side(models, full)) is same


@pytest.mark.slow  # a side's key reads the morphology
def test_a_regions_abbreviation_names_no_body(models: Any) -> None:
    # negative: the same letters with a region of their own are the region, not the body
    full = "Ямало-Ненецкий автономный округ"
    assert acronym_spells("ЯНАО", full)
    assert not acronym_of_name(side(models, "ЯНАО", "RU-YAN"), side(models, full))


# --- the list of partners, read once ----------------------------------------------------------

PAIRS: list[list[Any]] = [["A"], ["B"]]


@pytest.mark.parametrize("split, alike, members", [
    (ListSplit(PAIRS, open_side=False), False, PAIRS),  # a side before the list: each pair
    (ListSplit(PAIRS, open_side=False), True, PAIRS),
    (ListSplit(PAIRS, open_side=True), True, PAIRS),  # "аналогичные документы ... с A и B"
    # negative: an open shared side splits only a noun alike the one told before
    (ListSplit(PAIRS, open_side=True), False, []),
    (ListSplit(), True, []),  # no list at all
])
def test_list_split_members(split: ListSplit, alike: bool, members: list[Any]) -> None:
    assert split.members(alike) == members


# --- pass tables and the date stage's undated records ---------------------------------------

def first_rule(state: Any) -> None:
    state.append("first")


def second_rule(state: Any) -> None:
    state.append("second")


def test_named_passes_name_each_rule_by_its_function() -> None:
    passes = named_passes(first_rule, second_rule)
    assert [p.name for p in passes] == ["first_rule", "second_rule"]
    state: list[str] = []
    for p in passes:
        p.run(state)
    assert state == ["first", "second"]
    assert DatePass("first", first_rule) == passes[0].__class__("first", first_rule)


def _record(status: str, date: str | None, start: int) -> Agreement:
    return Agreement("соглашение", status, date, [], [], [], Evidence("соглашение", start,
                                                                       start + 10))


def test_undated_signed_records_with_their_sentences() -> None:
    sentences = [SimpleNamespace(start=10), SimpleNamespace(start=50)]
    before = _record("signed", None, 0)  # negative: before every sentence
    undated = _record("signed", None, 60)
    dated = _record("signed", "2024-05-14", 20)  # negative: has a date
    planned = _record("planned", None, 20)  # negative: not signed
    later = _record("signed", None, 15)
    stage = DateStage(SimpleNamespace(sentences=sentences), [], [], None,  # type: ignore[arg-type]
                      [before, undated, dated, planned, later])
    seen = []
    for a, k in stage.undated("signed"):
        seen.append((a, k))
        later.date = "2024-05-15"  # a pass dates the next record while the loop goes
    assert seen == [(undated, 1)]
