"""A man's adjectival surname the dictionary knows only as a common adjective (sig58).

In an oblique case it goes to the adjective's nominative ("Андреем Белым" → "Белый");
written in "-ой" beside a man's first name in the nominative it is his nominative, as
"Толстой" is, not a woman's oblique form that would turn "Андрей" into a woman's name
("Андря"). When the text writes the person both ways, the nominative it writes wins: an
official introduced as "министром Андреем Бережным" and quoted as "Андрей Бережной" is
"Андрей Бережной". Names and sentences invented for this file."""

from __future__ import annotations

from typing import Any

import pytest
from probes import signers_of

from soccoop.extract.nlp import Models

# written words, the tagger's case of each → first, surname, gender
NOMINATIVE = [
    # a man's nominative in "-ой": the first name stays a man's
    (["Сергей", "Луговой"], "Nom", ("Сергей", "Луговой", "masc")),
    (["Андрей", "Лозовой"], "Nom", ("Андрей", "Лозовой", "masc")),
    # the oblique cases of a "-ый"/"-ий" adjective: its nominative
    (["Андреем", "Белым"], "Ins", ("Андрей", "Белый", "masc")),
    (["Олега", "Бережного"], "Gen", ("Олег", "Бережный", "masc")),
    (["Павлу", "Гладкому"], "Dat", ("Павел", "Гладкий", "masc")),
    # a woman's oblique "-ой" stays hers
    (["Ольгой", "Лесной"], "Ins", ("Ольга", "Лесная", "femn")),
    (["Анны", "Бережной"], "Gen", ("Анна", "Бережная", "femn")),
    # a pronoun's form is no adjectival surname: "капитан Том" is no "тот"
    (["Том"], "Nom", (None, "Том", None)),
    # a dictionary surname and a noun: unchanged
    (["Ивану", "Толстому"], "Dat", ("Иван", "Толстой", "masc")),
    (["Сергеем", "Ольховским"], "Ins", ("Сергей", "Ольховский", "masc")),
    (["Ниной", "Зимой"], "Ins", ("Нина", "Зима", "femn")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("words", "case", "expected"), NOMINATIVE)
def test_man_adjectival_surname(models: Models, words: list[str], case: str,
                                expected: tuple[str, str, str]) -> None:
    from soccoop.extract.person_names import nominative_person

    name = nominative_person(words, {w: case for w in words}, None, models, None)
    assert (name.first, name.surname, name.gender) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # signed in the instrumental, quoted later in the nominative: the nominative wins
    ("Соглашение подписали вчера в Омске министр труда Омской области Андреем Бережным "
     "и председатель областного совета ветеранов Ниной Сомовой. Андрей Бережной, министр "
     "труда Омской области, сказал, что работа начнётся весной.",
     [["Андрей Бережной", "Нина Сомова"]]),
    # only the nominative is written
    ("Министр социальной защиты Тульской области Сергей Луговой и ректор Тульского "
     "университета Анна Котова подписали соглашение о сотрудничестве.",
     [["Сергей Луговой", "Анна Котова"]]),
])
def test_signers_with_man_adjectival_surnames(models: Any, text: str,
                                              expected: list[list[str]]) -> None:
    got = signers_of(models, text, "2025-03-12")
    assert [sorted(x) for x in got] == [sorted(x) for x in expected]
