"""A double surname with a part declined as an adjective (sig38): the whole name's case
and gender are sure from the first name and the other part, so the adjectival part goes
to the nominative with it ("Леонидом Пасечным-Котовым" → "Леонид Пасечный-Котов"), for
officials and signatories alike; a single adjectival man's surname stays as written
("Андреем Белым"). Names invented for this file."""

from __future__ import annotations

from typing import Any

import pytest
from probes import signers_of

from soccoop.extract.nlp import Models

# written words, the tagger's case of each → first, surname
NOMINATIVE = [
    (["Леонидом", "Пасечным-Котовым"], "Ins", ("Леонид", "Пасечный-Котов")),
    (["Леонида", "Пасечного-Котова"], "Gen", ("Леонид", "Пасечный-Котов")),
    (["Анной", "Белой-Сомовой"], "Ins", ("Анна", "Белая-Сомова")),
    (["Анны", "Сомовой-Белой"], "Gen", ("Анна", "Сомова-Белая")),
    # the nominative stays
    (["Леонид", "Пасечный-Котов"], "Nom", ("Леонид", "Пасечный-Котов")),
    # no double surname: a man's adjectival surname goes to the adjective's nominative
    # (sig58, tests/test_names_man_adjectival_surnames.py)
    (["Андреем", "Белым"], "Ins", ("Андрей", "Белый")),
    # both parts surnames, a woman's consonant-final part: unchanged behaviour
    (["Ольгой", "Сомовой-Мухиной"], "Ins", ("Ольга", "Сомова-Мухина")),
    (["Ириной", "Солнцевой-Пак"], "Ins", ("Ирина", "Солнцева-Пак")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("words", "case", "expected"), NOMINATIVE)
def test_double_surname_in_the_nominative(models: Models, words: list[str], case: str,
                                          expected: tuple[str, str]) -> None:
    from soccoop.extract.person_names import nominative_person

    name = nominative_person(words, {w: case for w in words}, None, models, None)
    assert (name.first, name.surname) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # introduced in the instrumental, signing by surnames alone
    ("Губернатор Тверской области Игорь Руденя провёл встречу с главой Луганской "
     "Народной Республики Леонидом Пасечным-Котовым. По итогам встречи Руденя и "
     "Пасечный-Котов подписали соглашение о сотрудничестве в сфере социальной защиты.",
     [["Игорь Руденя", "Леонид Пасечный-Котов"]]),
    # signing in the instrumental of a passive
    ("Соглашение о сотрудничестве между министерством социальной защиты Республики "
     "Адыгея и министерством труда Краснодарского края подписано министром Анной "
     "Белой-Сомовой и министром Олегом Котовым.", [["Анна Белая-Сомова", "Олег Котов"]]),
])
def test_signers_with_double_surnames(models: Any, text: str,
                                      expected: list[list[str]]) -> None:
    assert signers_of(models, text, "2025-07-25") == expected


# --- a name the parse hangs on a later post: the post before it, past its fields --------

FIELDS = "министр труда, занятости и социальной защиты Республики Татарстан"
PARTNER = "министр социального развития Пермского края Павел Фокин"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name"), [
    # a woman's name the tagger reads as a man's genitive after the region's name
    (f"Его подписали {FIELDS} Эльмира Зарипова и {PARTNER}.", "Эльмира Зарипова"),
    (f"Соглашение подписали {FIELDS} Алсу Галиева и {PARTNER}.", "Алсу Галиева"),
    # a man stays a man
    (f"Его подписали {FIELDS} Ильдар Хасанов и {PARTNER}.", "Ильдар Хасанов"),
    # a post in the genitive: the name is in the genitive too
    (f"Документ подписан в присутствии министра труда, занятости и социальной защиты "
     f"Республики Татарстан Эльмиры Зариповой и {PARTNER}.", "Эльмира Зарипова"),
])
def test_name_after_a_post_with_fields(models: Any, text: str, name: str) -> None:
    from probes import parsed_officials

    assert name in parsed_officials(models, text)
