"""date68: a month told first and its day after it as "N-го числа" set off by a comma is
that day of that month, not a day of the publication month. In our own words.
"""

from __future__ import annotations

import pytest

from soccoop.extract.dates import find_dates

PUBLISHED = "2025-04-11"


@pytest.mark.parametrize(("text", "expected"), [
    # the month first, its day after the comma (before date68: the month alone, or the
    # day read in the publication month)
    ("В конце января, 29-го числа, министр подписал соглашение с фондом.", ["2025-01-29"]),
    ("В феврале, 3-го числа, стороны заключили соглашение.", ["2025-02-03"]),
    ("В начале марта, 2 числа, ведомства подписали документ.", ["2025-03-02"]),
    # the year told with the month
    ("В марте 2024 года, 12-го числа, стороны подписали соглашение.", ["2024-03-12"]),
    # the day alone stays a day of the publication month (or the one before it)
    ("Министры 3-го числа подписали соглашение.", ["2025-04-03"]),
    # a recurring day is no date: only the month
    ("В феврале, 20-го числа каждого месяца, фонд перечислит выплаты.", ["2025-02"]),
    # an impossible day: only the month
    ("В феврале, 30-го числа, прошло совещание.", ["2025-02", "2025-03-30"]),
])
def test_month_then_day(text: str, expected: list[str]) -> None:
    assert [d.value for d in find_dates(text, PUBLISHED)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "тогда же" is the time told just before it: a day (None before date68)
    ("12 марта министр подписал соглашение с фондом. Тогда же стороны подписали и второе "
     "соглашение.", ["2025-03-12", "2025-03-12"]),
    # a month, not a day told further back
    ("7 апреля вышел приказ. Делегация приезжала в феврале. Тогда же было решено "
     "подготовить соглашение.", ["2025-04-07", "2025-02", "2025-02"]),
    # a year
    ("В 2021 году стороны подписали соглашение. Тогда же был создан совет.",
     ["2021", "2021"]),
    # nothing before it: no date
    ("Тогда же был создан совет.", [None]),
    # "в тот же день" still needs a day
    ("В 2021 году стороны подписали соглашение. В тот же день был создан совет.",
     ["2021", None]),
])
def test_at_that_time(text: str, expected: list[str | None]) -> None:
    assert [d.value for d in find_dates(text, PUBLISHED)] == expected
