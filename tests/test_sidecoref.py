"""sidecoref: a side written as a short description of a body the page named in full before
it ("филиал фонда", "министерство", "ведомство", "региональное отделение Соцфонда") is that
body when one and only one named body fits the description (``sides.described_body``); a
side of the same record that fits comes first; two fitting bodies, a body named only after,
a name that is no description, another head or another region leave the side as written.
Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.sides import Side, described_body

TULA_BRANCH = "Филиал фонда поддержки ветеранов «Опора» по Тульской области"
PENZA_MINISTRY = "Министерство социальной политики Пензенской области"
FEDERAL_MINISTRY = "Министерство культуры и спорта Российской Федерации"
KURGAN_DEPARTMENT = "Департамент социальной защиты населения Курганской области"
KURGAN_FUND = "Отделение Социального фонда в Курганской области"
TULA_UNION = "Тульское областное отделение Союза ветеранов труда"


def _side(name: str, start: int, *regions: str) -> Side:
    return Side(name, tuple(regions), start, start + len(name))


# (id, the record's sides, the bodies the text names, the sides the pass gives)
ROWS: list[tuple[str, list[Side], list[Side], list[str]]] = [
    ("branch-of-the-fund",
     [_side("филиал фонда", 400)],
     [_side(TULA_BRANCH, 10, "RU-TUL"), _side(KURGAN_FUND, 120, "RU-KGN")],
     [TULA_BRANCH]),
    ("bare-ministry",
     [_side("министерство", 300)],
     [_side(PENZA_MINISTRY, 5, "RU-PNZ")],
     [PENZA_MINISTRY]),
    ("describing-head",
     [_side("ведомство", 250)],
     [_side(KURGAN_DEPARTMENT, 40, "RU-KGN"), _side(TULA_UNION, 90, "RU-TUL")],
     [KURGAN_DEPARTMENT]),
    ("compound-and-own-region-adjective",
     [_side("региональное отделение Соцфонда", 500)],
     [_side(KURGAN_FUND, 60, "RU-KGN"), _side(KURGAN_DEPARTMENT, 140, "RU-KGN")],
     [KURGAN_FUND]),
    # the record's own ministry before an earlier one of the text
    ("own-record-first",
     [_side("Министерство", 700), _side(PENZA_MINISTRY, 720, "RU-PNZ")],
     [_side(FEDERAL_MINISTRY, 30), _side(PENZA_MINISTRY, 720, "RU-PNZ")],
     [PENZA_MINISTRY, PENZA_MINISTRY]),
    # negatives
    ("federal-and-regional-ministry",
     [_side("министерство", 300)],
     [_side(FEDERAL_MINISTRY, 5), _side(PENZA_MINISTRY, 80, "RU-PNZ")],
     ["министерство"]),
    ("named-only-after",
     [_side("филиал фонда", 100)],
     [_side(TULA_BRANCH, 400, "RU-TUL")],
     ["филиал фонда"]),
    ("later-second-candidate",
     [_side("министерство", 300)],
     [_side(PENZA_MINISTRY, 5, "RU-PNZ"), _side(FEDERAL_MINISTRY, 900)],
     ["министерство"]),
    ("a-name-not-a-description",
     [_side("Союз ветеранов труда", 300)],
     [_side(TULA_UNION, 20, "RU-TUL")],
     ["Союз ветеранов труда"]),
    ("another-head",
     [_side("филиал фонда", 300)],
     [_side(KURGAN_FUND, 20, "RU-KGN")],
     ["филиал фонда"]),
    ("another-region",
     [_side("калужское ведомство", 300, "RU-KLU")],
     [_side(KURGAN_DEPARTMENT, 20, "RU-KGN")],
     ["калужское ведомство"]),
    ("two-centres",
     [_side("центр занятости", 300)],
     [_side("Центр занятости населения города Тулы", 20, "RU-TUL"),
      _side("Центр занятости населения Алексинского района", 90, "RU-TUL")],
     ["центр занятости"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sides", "known", "expected"), probes.named_rows(ROWS))
def test_described_body(models: object, sides: list[Side], known: list[Side],
                        expected: list[str]) -> None:
    got = described_body(models, sides, known)  # type: ignore[arg-type]
    assert [s.name for s in got] == expected


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, sides=("described_body", "_described", "_describes"))
