"""many161: one body signing with many partners. A body's head in the plural over a
genitive list of towns, districts or bodies ("с администрациями Льгова, Обояни и
Фатежского района") is one partner per item, each with the head in the singular; a
numeral counting as many agreements as the partners the sentence then names ("подписала
пять соглашений — с ...") counts those agreements, not agreements in general. A single
agreement noun over such a list stays one joint record; a count naming no partner gives
none. Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest

LEAD = "Новости\n\n"

MIN = "Министерство социальной защиты Курской области"

# (id, text after the lead, expected (status, sorted sides) rows, sorted); published
# 2025-03-14
RECORDS = [
    # a plural head over towns and a district: one agreement per item
    ("towns-and-district",
     f"{MIN} 12 марта подписало соглашения с администрациями Льгова, Обояни и "
     "Фатежского района о помощи одиноким пенсионерам.",
     [("signed", sorted([MIN, "Администрация Льгова"])),
      ("signed", sorted([MIN, "Администрация Обояни"])),
      ("signed", sorted([MIN, "Администрация Фатежского района"]))]),
    # five counted, five named after a dash: five records, the signer's body shared
    ("five-counted-named",
     "Министр социальной защиты Курской области Анна Белова 12 марта подписала пять "
     "соглашений — с администрациями Льгова, Обояни, Щигров, Фатежского района и "
     "Суджанского района.",
     [("signed", sorted([MIN, "Администрация Льгова"])),
      ("signed", sorted([MIN, "Администрация Обояни"])),
      ("signed", sorted([MIN, "Администрация Суджанского района"])),
      ("signed", sorted([MIN, "Администрация Фатежского района"])),
      ("signed", sorted([MIN, "Администрация Щигров"]))]),
    # one joint agreement over the list stays one record
    ("joint-one-noun",
     f"{MIN} 12 марта подписало трёхстороннее соглашение с администрациями Льгова и "
     "Обояни о совместной доставке лекарств.",
     [("signed", sorted([MIN, "Администрация Льгова", "Администрация Обояни"]))]),
    # negatives: a count naming no partner; a count larger than the partners named
    ("count-unnamed",
     f"{MIN} 12 марта подписало пять соглашений с администрациями районов.",
     []),
]


@pytest.mark.parametrize(("case", "tail", "expected"), RECORDS, ids=[r[0] for r in RECORDS])
def test_records(models, case: str, tail: str, expected: list[tuple[str, list[str]]]) -> None:
    assert probes.status_parties(models, LEAD + tail, "2025-03-14") == sorted(expected)


MANY161_FUNCTIONS = [("party_phrases", "plural_head_towns"),
                     ("agreement_lists", "counted_partners_named")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, MANY161_FUNCTIONS)
