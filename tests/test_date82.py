"""date82: a decade or a half of a month ("в третьей декаде октября", "во второй половине
марта", "на третью декаду мая") and its first or last days ("в последние дни июня") are
that month, as "в начале марта" is; so is such a part of a month in a year told relative
to the publication year ("в первых числах мая прошлого года" is May of last year, not of
this one). A half of a day or of a year is no month. A newspaper's name in guillemets
before its issue's day ("«Вечерний край», 14 марта 2025 года") is a publication line.
Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest
from probes import agreement_records

from soccoop.extract.dates import date_line, find_dates
from soccoop.extract.published import find_published

# (text, publication day, the values find_dates gives, in order)
DATES = [
    # positives: each gives no month on main (or the wrong year)
    ("Документ подписали в третьей декаде октября.", "2024-11-02", ["2024-10"]),
    ("Подписание назначено на третью декаду мая.", "2025-04-20", ["2025-05"]),
    ("Соглашение подписали во второй половине марта.", "2025-04-20", ["2025-03"]),
    ("Работу начали в первой половине июля.", "2025-08-01", ["2025-07"]),
    ("Подписание перенесли на вторую половину декабря.", "2024-11-10", ["2024-12"]),
    ("Соглашение заключили в последние дни июня.", "2025-07-14", ["2025-06"]),
    ("Документ подписали в первые дни февраля.", "2025-02-20", ["2025-02"]),
    ("Соглашение подписали в последней декаде августа.", "2025-09-03", ["2025-08"]),
    ("Подписание отложили на вторую декаду января следующего года.", "2024-11-10",
     ["2025-01"]),
    ("Первое соглашение стороны заключили в первых числах мая прошлого года.",
     "2024-11-10", ["2023-05"]),
    ("Первое соглашение стороны заключили во второй половине марта прошлого года.",
     "2024-11-10", ["2023-03"]),
    # negatives: a half of a day or of a year, a decade with no month, a stated year
    ("Соглашение подписали во второй половине дня.", "2025-04-20", []),
    ("Соглашение планируют подписать в первой половине года.", "2025-04-20", []),
    ("Вторая декада проекта начнётся осенью 2026 года.", "2025-04-20", ["2026"]),
    ("Соглашение подписали в третьей декаде октября 2023 года.", "2025-04-20",
     ["2023-10"]),
    ("Соглашение подписали в начале марта.", "2025-04-20", ["2025-03"]),
]


@pytest.mark.parametrize(("text", "published", "values"), DATES,
                         ids=[f"dates-{n}" for n in range(len(DATES))])
def test_month_parts(text: str, published: str, values: list[str]) -> None:
    assert [d.value for d in find_dates(text, published)] == values


PERM = "Министерство труда Пермского края"
ALTAI = "Министерство социальной защиты Алтайского края"
LEAD = "Новости\n\nСовещание прошло в областном центре.\n"

# (id, published, text, sorted (status, date or "", sorted parties) of every record)
RECORDS = [
    ("planned-in-a-decade", "2024-11-15",
     LEAD + f"{PERM} и {ALTAI} планируют подписать соглашение в первой декаде декабря.\n",
     [("planned", "2024-12", [ALTAI, PERM])]),
    ("put-off-to-a-half", "2024-11-15",
     LEAD + "Подписание соглашения между Министерством труда Пермского края и "
     "Министерством социальной защиты Алтайского края перенесли на вторую половину "
     "декабря.\n",
     [("planned", "2024-12", [ALTAI, PERM])]),
    ("signed-in-the-last-days", "2024-11-15",
     LEAD + f"{PERM} и {ALTAI} подписали соглашение в последние дни октября.\n",
     [("signed", "2024-10", [ALTAI, PERM])]),
    ("half-of-a-month-last-year", "2024-11-15",
     LEAD + f"{PERM} и {ALTAI} подписали соглашение во второй половине марта прошлого "
     "года.\n",
     [("mentioned", "2023-03", [ALTAI, PERM])]),
    # negative: a half of the day dates nothing; the publication day stands in
    ("half-of-the-day", "2024-11-15",
     LEAD + f"{PERM} и {ALTAI} подписали соглашение во второй половине дня.\n",
     [("signed", "", [ALTAI, PERM])]),
]


@pytest.mark.parametrize(("published", "text", "expected"),
                         [r[1:] for r in RECORDS], ids=[r[0] for r in RECORDS])
def test_records_dated_by_a_part_of_a_month(models, published: str, text: str,
                                            expected: list) -> None:
    got = agreement_records(models, text, published, "status", "date_or_empty", "parties")
    assert got == expected


# --- a newspaper's masthead: its name in guillemets, then the day ----------------

@pytest.mark.parametrize(("line", "expected"), [
    ("«Вечерний край», 14 марта 2025 года", "2025-03-14"),
    ("«Северная газета» | 3 июня 2024", "2024-06-03"),
    # negatives: a quotation with words after it, no comma or bar after the name
    ("«Соглашение подписано», — сказал он, 14 марта 2025 года", None),
    ("«Вечерний край» 14 марта 2025 года", None),
    ("Сказал: «Вечерний край», 14 марта 2025 года", None),
])
def test_masthead_line(line: str, expected: str | None) -> None:
    assert probes.day_read(date_line, line) == expected


MASTHEAD_PAGE = ("«Вечерний край», 14 марта 2025 года\n\n"
                 "Министерство труда Пермского края и Министерство социальной защиты "
                 "Алтайского края готовят соглашение\n\n"
                 "Министерство труда Пермского края и Министерство социальной защиты "
                 "Алтайского края подпишут соглашение о сотрудничестве в апреле. В прошлом "
                 "году министерство заключило соглашение с Министерством социального "
                 "развития Омской области.\n")


def test_masthead_dates_the_page(models) -> None:
    assert find_published(MASTHEAD_PAGE)[0] == "2025-03-14"
    got = agreement_records(models, MASTHEAD_PAGE, None, "status", "date_or_empty")
    # the plan's April lies ahead of the issue, the last year's agreement is of 2024
    assert ("planned", "2025-04") in got
    assert ("mentioned", "2024") in got
