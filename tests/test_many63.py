"""many63: one body, many partners, continued — an acronym written in mixed case ("ТулГУ",
"КемГУ") is not declined and stays as written when names are put in the nominative
(``normalize.mixed_case_acronym``), so a partner named by it is no "Тулгу" and an official's
organisation reads as the text writes it; a body's head in the plural over several
districts is that body of each district (``party_phrases.municipal_bodies``: "с
администрациями Ржевского и Кимрского районов", "администрациями трёх районов — A, B и C"),
and a plural agreement between one side and such a body is one agreement with each
(``agreement_sides.between_one_and_bodies``).
"""

from __future__ import annotations

import pytest
from probes import agreements_of, named_rows, party_names

from soccoop.extract.normalize import mixed_case_acronym, nominative_word

PUB = "2025-04-15"

WORDS = [
    ("a university's acronym", "ТулГУ", True),
    ("an acronym of three parts", "СПбГУ", True),
    ("a capital at the end only", "КемГУ", True),
    ("a hyphened name of capitals at the starts", "Ханты-Мансийского", False),
    ("a plain capitalised word", "Университета", False),
    ("all capitals", "МГУ", False),
    ("a lower-case word", "университета", False),
]


@pytest.mark.parametrize("word, expected", named_rows(WORDS))
def test_mixed_case_acronym(word, expected):
    assert mixed_case_acronym(word) is expected


NOMINATIVES = [
    ("a mixed-case acronym after a preposition", "ТулГУ", "ТулГУ"),
    ("a three-part acronym", "СПбГУ", "СПбГУ"),
    ("an ordinary noun is still declined", "Университетом", "Университет"),
]


@pytest.mark.parametrize("word, expected", named_rows(NOMINATIVES))
def test_mixed_case_acronym_is_not_declined(models, word, expected):
    assert nominative_word(models, word) == expected


MINISTRY = "Министерство труда и социальной защиты Тульской области"

PARTNERS = [
    ("a partner named by its mixed-case acronym",
     "Министр труда и социальной защиты Тульской области Анна Петрова 14 апреля подписала "
     "соглашение о сотрудничестве с ТулГУ. Со стороны вуза документ подписал ректор ТулГУ "
     "Олег Смирнов.",
     [MINISTRY, "ТулГУ"]),
    ("an acronym of three parts as a partner",
     "Министр труда и социальной защиты Тульской области Анна Петрова 14 апреля подписала "
     "соглашение о подготовке социальных работников с СПбГУ.",
     [MINISTRY, "СПбГУ"]),
]


@pytest.mark.parametrize("text, sides", named_rows(PARTNERS))
def test_a_partner_named_by_a_mixed_case_acronym_keeps_its_capitals(models, text, sides):
    found = [party_names(a) for a in agreements_of(models, text, PUB) if a.status == "signed"]
    assert found == [sorted(sides)]


DISTRICTS = [
    ("a plural body over coordinated district adjectives",
     "Отделение Социального фонда по Тверской области 12 апреля подписало соглашения с "
     "администрациями Ржевского и Кимрского районов.",
     [["Отделение Социального фонда по Тверской области", "Администрация Ржевского района"],
      ["Отделение Социального фонда по Тверской области", "Администрация Кимрского района"]]),
    ("districts named after a dash",
     "Министерство социальной защиты Тверской области 12 апреля подписало соглашения с "
     "администрациями трёх районов — Ржевского, Бежецкого и Кимрского.",
     [["Министерство социальной защиты Тверской области", "Администрация Ржевского района"],
      ["Министерство социальной защиты Тверской области", "Администрация Бежецкого района"],
      ["Министерство социальной защиты Тверской области", "Администрация Кимрского района"]]),
    ("between one side and the districts' administrations",
     "Вчера состоялось подписание соглашений между министерством труда Республики Коми и "
     "администрациями двух северных районов — Усть-Цилемского и Ижемского. От министерства "
     "оба документа подписал министр Иван Попов.",
     [["Администрация Усть-Цилемского района", "Министерство труда Республики Коми"],
      ["Администрация Ижемского района", "Министерство труда Республики Коми"]]),
]


@pytest.mark.parametrize("text, sides", named_rows(DISTRICTS))
def test_a_plural_body_over_districts_is_one_agreement_per_district(models, text, sides):
    found = [party_names(a) for a in agreements_of(models, text, PUB) if a.status == "signed"]
    assert found == [sorted(s) for s in sides]


@pytest.mark.parametrize("word, expected", [("ЗакСа", "ЗакС"), ("ЗакСом", "ЗакС"),
                                            ("ТулГУ", "ТулГУ")])
def test_a_declined_mixed_case_acronym_loses_its_ending(models, word, expected):
    assert nominative_word(models, word) == expected
