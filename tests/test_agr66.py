"""agr66: a roadmap its sides sign is an agreement of theirs ("подписали дорожную карту",
"планируют подписать дорожную карту", "договорились разработать и подписать дорожную
карту"), signed or planned as its verb tells; a roadmap only approved or discussed, or one
carrying out an agreement named in the same sentence, gives no record of its own. Every
probe is written here, in words of its own."""

from __future__ import annotations

import pytest
from probes import agreement_records

PUB = "2024-06-20"

SOC = "Министерство социального развития Омской области"
FUND = "Омское региональное отделение Союза пенсионеров России"

CASES = [
    # (id, text, (status, number of sides) of each record expected)
    ("signed-roadmap",
     f"18 июня {SOC} и {FUND} подписали дорожную карту совместных мероприятий на "
     "2024–2025 годы.",
     [("signed", 2)]),
    ("planned-roadmap",
     f"До конца года {SOC} и {FUND} планируют подписать дорожную карту по обмену "
     "сведениями о получателях услуг.",
     [("planned", 2)]),
    ("develop-and-sign",
     f"{SOC} и {FUND} договорились разработать и подписать дорожную карту по "
     "поддержке одиноких пенсионеров.",
     [("planned", 2)]),
]

NEGATIVE = [
    # what must not become a record
    ("approved-roadmap",
     f"{SOC} утвердило дорожную карту по развитию социального обслуживания на 2025 год."),
    ("discussed-roadmap",
     f"На совещании {SOC} обсудило дорожную карту по ремонту домов престарелых."),
    ("a-map-signed",
     f"{SOC} и {FUND} подписали карту маршрутов для волонтёров."),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_signed_or_planned_roadmap(models, case: str, text: str,
                                   expected: list[tuple[str, int]]) -> None:
    got = [(status, len(parties)) for status, parties in
           agreement_records(models, text, PUB, "status", "parties")]
    assert got == expected, case


@pytest.mark.parametrize(("case", "text"), NEGATIVE, ids=[c[0] for c in NEGATIVE])
def test_no_roadmap_record(models, case: str, text: str) -> None:
    assert agreement_records(models, text, PUB, "status") == [], case


def test_roadmap_of_an_agreement_is_no_second_record(models) -> None:
    """A roadmap carrying out an agreement named in its sentence is read through it."""
    text = f"{SOC} и {FUND} подписали дорожную карту по реализации соглашения о " \
        "сотрудничестве, заключённого в 2021 году."
    got = agreement_records(models, text, PUB, "status")
    assert len(got) <= 1


@pytest.mark.parametrize("text", [
    f"{SOC} и {FUND} подписали дорожную карту на 2025 год. План мероприятий принят в "
    "развитие соглашения о взаимодействии, которое стороны заключили в 2022 году.",
    f"{SOC} и {FUND} утвердили дорожную карту на 2025 год. План мероприятий принят в "
    "развитие соглашения о сотрудничестве, которое ведомства заключили в 2022 году. "
    "Дорожную карту подписали министр Иван Петров и председатель отделения Пётр Сидоров.",
], ids=["plan-after", "plan-before"])
def test_roadmap_made_plan_of_agreement_beside_it(models, text: str) -> None:
    """agr90 (was agr66's one record): a signed roadmap that a sentence beside it calls the
    plan of an agreement is a record of its own beside that agreement's mention, as the
    newer golds count it (round121 z402, round127 f505; round 5's q11 counted none)."""
    assert sorted(agreement_records(models, text, PUB, "status")) == [("mentioned",),
                                                                       ("signed",)]
