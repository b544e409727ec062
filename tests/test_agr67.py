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
# the two heads who sign the roadmap, and the signed roadmap's record on a day
HEADS = ("директор департамента Ольга Сергеевна Левина и председатель отделения Виктор "
         "Павлович Глухов")
SIGNERS = ["Виктор Павлович Глухов", "Ольга Сергеевна Левина"]

CASES = [
    # (id, text, fields read, sorted records expected as tuples of those fields)
    ("headline-and-body",
     f"Курган и пенсионеры подписали дорожную карту на 2024–2026 годы\n\n"
     f"18 июня прошло заседание, посвящённое пятилетию соглашения о сотрудничестве между "
     f"{DEP} и {UNION}. Соглашение было подписано в июне 2019 года.\n\n"
     f"По итогам заседания {HEADS} подписали дорожную карту на 2024–2026 годы.",
     ("status", "date_or_empty", "signers"),
     [("mentioned", "2019-06", []), ("signed", "2024-06-18", SIGNERS)]),
    ("agreement-told-after",
     f"В Кургане 18 июня подвели итоги пяти лет сотрудничества {DEP} и {UNION}. "
     f"{HEADS[0].upper()}{HEADS[1:]} подписали дорожную карту совместных мероприятий на "
     f"2024–2025 годы.\n\n"
     f"Соглашение о взаимодействии департамент и общественная организация заключили в мае "
     f"2019 года.",
     ("status", "date_or_empty", "signers"),
     [("mentioned", "2019-05", []), ("signed", "2024-06-18", SIGNERS)]),
    ("roadmap-carrying-out",
     f"Накануне прошла встреча, посвящённая пятилетию соглашения о сотрудничестве между "
     f"{DEP} и {UNION}, подписанного 14 мая 2019 года.\n\n"
     f"По итогам встречи {HEADS} подписали дорожную карту по реализации соглашения "
     f"на 2025 год.",
     ("status", "date_or_empty", "signers"),
     [("mentioned", "2019-05-14", []), ("signed", "2024-06-19", SIGNERS)]),
    # a roadmap wanted or demanded is no document of any sides
    ("roadmap-asked-for-is-none",
     f"«Нужна понятная дорожная карта ремонта домов престарелых», — заявил депутат "
     f"на заседании. {DEP} пока не ответил на обращение.",
     ("status",), []),
    # a roadmap approved to carry out an agreement signed in the same report is no second
    # record: the agreement noun under it is the agreement's
    ("roadmap-only-approved-stays-the-agreements",
     f"18 июня {DEP} и {UNION} продлили соглашение о сотрудничестве. Одновременно "
     "стороны утвердили дорожную карту реализации соглашения на 2025–2026 годы.",
     ("status",), [("signed",)]),
]


@pytest.mark.parametrize(("case", "text", "fields", "expected"), CASES,
                         ids=[c[0] for c in CASES])
def test_roadmap_apart_from_agreement(models, case: str, text: str, fields: tuple[str, ...],
                                      expected: list[tuple[object, ...]]) -> None:
    assert agreement_records(models, text, PUB, *fields) == expected, case
