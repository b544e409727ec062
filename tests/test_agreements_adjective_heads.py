"""Sides whose names open with adjectives (agr45): two bodies whose adjectives up to the head
noun differ are two sides and two agreements ("Омский государственный университет" and
"Омский государственный педагогический университет"), while a body named shorter after its
head ("Министерство труда" for "Министерство труда и социальной защиты ...") stays one side.
Every probe is written here, in words of its own."""

from __future__ import annotations

import pytest
from probes import agreement_records

PUB = "2025-02-01"

TWO_BODIES = [
    ("Министерство труда Омской области подписало соглашение с Омским государственным "
     "педагогическим университетом. Ранее соглашение с министерством подписал Омский "
     "государственный университет.",
     "Омский государственный педагогический университет", "Омский государственный университет"),
    ("Департамент социальной защиты Томской области заключил соглашение с Томским "
     "государственным архитектурно-строительным университетом. Год назад соглашение с "
     "департаментом заключил Томский государственный университет.",
     "Томский государственный архитектурно-строительный университет",
     "Томский государственный университет"),
]


@pytest.mark.parametrize("text,first,second", TWO_BODIES)
def test_another_adjective_before_the_head_is_another_body(models, text, first, second):
    found = agreement_records(models, text, PUB, "parties")
    with_first = [r for r in found if first in r[0]]
    with_second = [r for r in found if second in r[0]]
    assert with_first and with_second  # both universities are sides ...
    assert not [r for r in found if first in r[0] and second in r[0]]  # ... of two agreements


ONE_BODY = [
    ("Министерство труда Омской области и Омский государственный университет имени "
     "Ф. М. Достоевского подписали соглашение о сотрудничестве. Соглашение с Омским "
     "государственным университетом действует три года.",
     "Омский государственный университет"),
]


@pytest.mark.parametrize("text,partner", ONE_BODY)
def test_a_name_cut_after_its_head_is_the_same_body(models, text, partner):
    found = agreement_records(models, text, PUB, "parties")
    sides = [name for r in found for name in r[0] if name.startswith(partner)]
    assert len(sides) == 1  # the university named longer and shorter is one side
