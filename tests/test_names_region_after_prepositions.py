"""A region abbreviation spelled out in a body's name takes the case its preposition
governs ("по" → dative, "в" → locative); without a preposition it is the owner's genitive."""

from __future__ import annotations

import pytest

from soccoop.extract.normalize import expand_abbreviations

CASES = [
    ("Отделение Пенсионного фонда по ЯНАО",
     "Отделение Пенсионного фонда по Ямало-Ненецкому автономному округу"),
    ("Управление Федеральной налоговой службы по РТ",
     "Управление Федеральной налоговой службы по Республике Татарстан"),
    ("Уполномоченный по правам человека в РТ",
     "Уполномоченный по правам человека в Республике Татарстан"),
    ("Совет ветеранов при ЯНАО", "Совет ветеранов при Ямало-Ненецком автономном округе"),
    ("Отделение фонда по ХМАО – Югре",
     "Отделение фонда по Ханты-Мансийскому автономному округу — Югре"),
    # no preposition: the genitive of the body's owner, as before
    ("Департамент социальной защиты ЯНАО",
     "Департамент социальной защиты Ямало-Ненецкого автономного округа"),
    ("Министерство труда РТ", "Министерство труда Республики Татарстан"),
]


@pytest.mark.parametrize(("phrase", "expected"), CASES)
def test_region_case_after_preposition(models, phrase, expected):
    assert expand_abbreviations(models, phrase) == expected
