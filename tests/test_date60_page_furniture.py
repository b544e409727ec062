"""date60: publication dates in page furniture, and the dates that count from them, in our
own words.

Table-driven, with negatives: a masthead row with an issue number and its running total
dates the issue whatever notes stand beside the date; a dateline right above the lead is
read however many menu rows stand above it; a dateline may print the time before the
agency's dash; a broadcaster's stamp may carry the clip's running time.
"""

from __future__ import annotations

import pytest

from soccoop.extract.published import find_published, stamp_line

LEAD = ("Министерство социальной защиты области и районный комплексный центр социального "
        "обслуживания подписали соглашение о помощи одиноким пожилым людям, живущим в "
        "отдалённых сёлах.\n\nПо документу социальные работники будут навещать их каждую "
        "неделю и привозить лекарства и продукты.")


def _newspaper(row: str) -> str:
    return f"«РАЙОННЫЕ ВЕСТИ»\nГазета Заречного района\n{row}\n\nОБЩЕСТВО\n\n" \
           f"Соседей не оставят одних\n\n{LEAD}"


@pytest.mark.parametrize(("row", "expected"), [
    # a founding note after the date
    ("№ 12 (10 344) · Среда, 5 марта 2025 г. · Издаётся с 1935 года", "2025-03-05"),
    # a founding note before the number, parted by a full stop; a weekday after a comma
    ("Основана в 1935 году. № 12 (10344), среда, 5 марта 2025 г.", "2025-03-05"),
    # the rubric and the date before the number
    ("Люди | 5 марта 2025 года, № 12 (10344)", "2025-03-05"),
    # two days on the row: no issue date from it
    ("№ 12 (10344) · 5 марта 2025 г. · следующий номер 12 марта 2025 г.", None),
    # a decree's number has no running total in brackets
    ("Постановление № 12 · 5 марта 2025 г. · Издаётся с 1935 года", None),
])
def test_numbered_masthead_row(row: str, expected: str | None) -> None:
    assert find_published(_newspaper(row))[0] == expected


MENU = ("Вести Заречья | Новости района\nЗаречный  Лесной  Озёрный  Сосновка  Берёзовка\n"
        "Политика | Экономика | Общество | Спорт\n\n"
        "Соседей не оставят одних\n\n{dateline}\n\n{lead}")


@pytest.mark.parametrize(("dateline", "expected"), [
    ("Заречный, 5 марта 2025. Вести Заречья.", "2025-03-05"),
    ("ЗАРЕЧНЫЙ, 05.03.2025 11:40 — «Вести Заречья»", "2025-03-05"),
    # a sentence that goes on after the date is no dateline
    ("Ранее, 5 марта, глава района осмотрел новый центр.", None),
])
def test_dateline_over_the_lead(dateline: str, expected: str | None) -> None:
    assert find_published(MENU.format(dateline=dateline, lead=LEAD))[0] == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("5 марта 2025, 18:20  ▶ Видео 3:05", "2025-03-05"),
    ("05.03.2025 · Видео: 01:47", "2025-03-05"),
    # a clip's title after the date is a headline, not a stamp
    ("05.03.2025 Видео о новом центре", None),
])
def test_stamp_with_a_clip(line: str, expected: str | None) -> None:
    ref = stamp_line(line)
    assert (ref.value if ref else None) == expected
