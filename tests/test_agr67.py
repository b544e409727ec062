"""agr67: a roadmap and the agreement told beside it are two records, each with its own
status, date and signers: the roadmap signed now, the agreement it carries on recalled
(mentioned) with its own year. A roadmap only asked for ("нужна дорожная карта") is none.
Every probe is written here, in words of its own."""

from __future__ import annotations

import pytest
from probes import agreement_records

PUB = "2024-06-20"

DEP = "Департамент социального развития Курганской области"
UNION = "Курганское региональное отделение Союза пенсионеров России"

CASES = [
    # (id, text, sorted (status, date, signers) of the records expected)
    ("headline-and-body",
     f"Курган и пенсионеры подписали дорожную карту на 2024–2026 годы\n\n"
     f"18 июня прошло заседание, посвящённое пятилетию соглашения о сотрудничестве между "
     f"{DEP} и {UNION}. Соглашение было подписано в июне 2019 года.\n\n"
     f"По итогам заседания директор департамента Ольга Сергеевна Левина и председатель "
     f"отделения Виктор Павлович Глухов подписали дорожную карту на 2024–2026 годы.",
     [("mentioned", "2019-06", []),
      ("signed", "2024-06-18", ["Виктор Павлович Глухов", "Ольга Сергеевна Левина"])]),
    ("agreement-told-after",
     f"В Кургане 18 июня подвели итоги пяти лет сотрудничества {DEP} и {UNION}. "
     f"Директор департамента Ольга Сергеевна Левина и председатель отделения Виктор "
     f"Павлович Глухов подписали дорожную карту совместных мероприятий на 2024–2025 годы.\n\n"
     f"Соглашение о взаимодействии департамент и общественная организация заключили в мае "
     f"2019 года.",
     [("mentioned", "2019-05", []),
      ("signed", "2024-06-18", ["Виктор Павлович Глухов", "Ольга Сергеевна Левина"])]),
    ("roadmap-carrying-out",
     f"Накануне прошла встреча, посвящённая пятилетию соглашения о сотрудничестве между "
     f"{DEP} и {UNION}, подписанного 14 мая 2019 года.\n\n"
     f"По итогам встречи директор департамента Ольга Сергеевна Левина и председатель "
     f"отделения Виктор Павлович Глухов подписали дорожную карту по реализации соглашения "
     f"на 2025 год.",
     [("mentioned", "2019-05-14", []),
      ("signed", "2024-06-19", ["Виктор Павлович Глухов", "Ольга Сергеевна Левина"])]),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_roadmap_apart_from_agreement(models, case: str, text: str,
                                      expected: list[tuple[str, str, list[str]]]) -> None:
    got = agreement_records(models, text, PUB, "status", "date_or_empty", "signers")
    assert got == expected, case


def test_roadmap_asked_for_is_none(models) -> None:
    """A roadmap wanted or demanded is no document of any sides."""
    text = f"«Нужна понятная дорожная карта ремонта домов престарелых», — заявил депутат " \
        f"на заседании. {DEP} пока не ответил на обращение."
    assert agreement_records(models, text, PUB, "status") == []


def test_roadmap_only_approved_stays_the_agreements(models) -> None:
    """A roadmap approved to carry out an agreement signed in the same report is no second
    record: the agreement noun under it is the agreement's."""
    text = f"18 июня {DEP} и {UNION} продлили соглашение о сотрудничестве. Одновременно " \
        "стороны утвердили дорожную карту реализации соглашения на 2025–2026 годы."
    assert agreement_records(models, text, PUB, "status") == [("signed",)]
