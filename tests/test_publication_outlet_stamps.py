"""Publication dates in outlet stamps, section names and issue years.

Every probe is written here in its own words (other outlets, regions and layouts than the
development texts): an outlet's quoted name opened by an adjective and followed by one or
two section names before the date ("Деловой портал «...» | Экономика | 14.11.2025, 09:41"),
an agency's stamp whose time carries a bracketed zone ("ИА «...», 28 августа 2025, 16:05
(мск)"), and a weekly's issue line that prints only the year ("Газета «...», №41, 2025").
Negatives: an outlet line with a headline after the name, a zone word that is no zone, a
decree's number with a year, a copyright line, an issue line with prose after the year.
"""

from __future__ import annotations

from typing import Any

import pytest

from soccoop.extract.published import find_published, issue_line

HEAD = "Тверская и Ярославская области будут вместе обучать помощников по уходу"
BODY = ("Министерство социальной защиты населения Тверской области и департамент труда и "
        "социальной поддержки населения Ярославской области подписали соглашение о "
        "сотрудничестве.")
MORE = ("Специалисты двух регионов проведут совместные курсы для сиделок и обменяются "
        "методиками работы с пожилыми людьми.")

STAMPS = [
    (f"Региональный портал «Волга.Бизнес» | Экономика | 03.10.2025, 11:20\n\n{HEAD}\n\n"
     f"{BODY}\n\n{MORE}\n", "2025-10-03"),
    (f"Новостной портал «Тверь-инфо» | Общество | Социальная политика | 03.10.2025\n\n"
     f"{HEAD}\n\n{BODY}\n\n{MORE}\n", "2025-10-03"),
    (f"Портал «Тверь-инфо» · Общество · 3 октября 2025 г., 11:20\n\n{HEAD}\n\n{BODY}\n\n"
     f"{MORE}\n", "2025-10-03"),
    (f"РИА «Верхневолжье», 3 октября 2025, 11:20 (мск)\n\n{HEAD}\n\n{BODY}\n\n{MORE}\n",
     "2025-10-03"),
    (f"ИА «Ярославия» — 03.10.2025 11:20 МСК\n\n{HEAD}\n\n{BODY}\n\n{MORE}\n", "2025-10-03"),
    (f"{HEAD}\n\nЕженедельник «Тверская неделя», № 38, 2025\n\n{BODY}\n\n{MORE}\n", "2025"),
    (f"Газета «Ярославский край», № 7 (1120), 2024 г.\n\n{HEAD}\n\n{BODY}\n\n{MORE}\n",
     "2024"),
    # negatives: a headline (lower-case words) between the name and the date; a bracketed
    # word after the time that is no time zone; a decree's number with a year; a copyright
    # line; an issue line whose year is followed by prose; a number too long for a year
    (f"Портал «Тверь-инфо» | Регионы договорились о помощи пожилым | 03.10.2025\n\n"
     f"{HEAD}\n\n{BODY}\n\n{MORE}\n", None),
    (f"РИА «Верхневолжье», 3 октября 2025, 11:20 (видео)\n\n{HEAD}\n\n{BODY}\n\n{MORE}\n",
     None),
    (f"{HEAD}\n\nПостановление № 412, 2025\n\n{BODY}\n\n{MORE}\n", None),
    (f"{HEAD}\n\n{BODY}\n\n{MORE}\n\n© Газета «Тверская неделя», № 38, 2025\n", None),
    (f"Газета «Тверская неделя», № 38, 2025 год стал для области особым\n\n{BODY}\n\n"
     f"{MORE}\n", None),
    (f"Газета «Тверская неделя», № 38, 20251\n\n{HEAD}\n\n{BODY}\n\n{MORE}\n", None),
]


@pytest.mark.parametrize(("text", "expected"), STAMPS)
def test_outlet_stamps_and_issue_years(text: str, expected: str | None) -> None:
    value, ref = find_published(text)
    assert value == expected
    if ref is not None:
        assert text[ref.start:ref.end] == ref.text


@pytest.mark.parametrize(("line", "expected"), [
    ("Еженедельник «Тверская неделя», № 38, 2025", "2025"),
    ("Вестник «Ярославский край», № 12, 2024 года", "2024"),
    ("№ 12, 2024 года", None),  # no newspaper named: any numbered thing
    ("Газета «Ярославский край», № 7 (1120) от 3 октября 2025 г.", "2025-10-03"),
    ("Приказ № 12, 2024", None),
    ("© Газета «Ярославский край», № 7, 2024", None),
    ("Газета «Ярославский край», № 7, 1890-е", None),
])
def test_issue_line_year(line: str, expected: str | None) -> None:
    ref = issue_line(line)
    assert (ref.value if ref else None) == expected
    if ref is not None:
        assert line[ref.start:ref.end] == ref.text


CLI_PAGE = (f"Деловой портал «Верхневолжье.Бизнес» | Экономика | 17.09.2025, 08:30\n\n{HEAD}\n\n"
            "Министерство социальной защиты населения Тверской области и департамент труда "
            "и социальной поддержки населения Ярославской области подписали соглашение о "
            "сотрудничестве в позапрошлом году.\n\n"
            f"{MORE}\n")


@pytest.mark.slow
def test_cli_outlet_stamp_dates_the_page_and_a_relative_year(listed_rows: Any) -> None:
    """From the CLI: the outlet's stamp dates the page, and "в позапрошлом году" resolves
    against it (2023)."""
    rows = listed_rows({"tver.txt": CLI_PAGE}, "--format", "jsonl", "--limit", "0")
    assert len(rows) == 1
    assert rows[0]["published"] == "2025-09-17"
    # (the status is another module's call: only the date is checked here)
    assert [a["date"] for a in rows[0]["agreements"]] == ["2023"]
