"""many63: one body, many partners, continued — an acronym written in mixed case ("ТулГУ",
"КемГУ") is not declined and stays as written when names are put in the nominative
(``normalize.mixed_case_acronym``), so a partner named by it is no "Тулгу" and an official's
organisation reads as the text writes it.
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
