"""Dates of date53, probed in our own words: the day of an occasion told by its opening or
closing ("в день открытия форума" is the first day of the range told before it, "в день
закрытия выставки" the last); a weekday with its week told after it ("во вторник на
следующей неделе"); a weekday of a week counted, on a page without a publication day, from
a day the text states with its weekday ("Об этом в четверг, 11 июля, сообщила министр").
Negatives beside each.
"""

from __future__ import annotations

import pytest

from soccoop.extract.dates import find_dates


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Конгресс прошёл в Казани 14–16 ноября. В день открытия конгресса министр и ректор "
     "подписали соглашение.", "2024-11-20", "2024-11-14"),
    ("Выставка работала с 3 по 6 марта. В день закрытия выставки подписали соглашение.",
     "2025-03-10", "2025-03-06"),
    ("Фестиваль пройдёт 20–22 мая. День открытия фестиваля начнётся с подписания соглашения.",
     None, "--05-20"),
    # negatives: no range before it, a range out of reach, a single day has no closing day
    ("В день открытия нового центра подписали соглашение.", "2024-11-01", None),
    ("Конгресс пройдёт 14–16 ноября. " + "Гости гуляли. " * 10 +
     "В день открытия конгресса подпишут соглашение.", "2024-11-01", None),
    ("Выставка открылась 3 марта. В день закрытия выставки подписали соглашение.",
     "2025-03-10", None),
])
def test_opening_and_closing_day_of_an_occasion(text: str, published: str | None,
                                                expected: str | None) -> None:
    days = [d.value for d in find_dates(text, published)
            if d.text.lower().rstrip().endswith(("открытия", "закрытия"))]
    assert days == [expected]


@pytest.mark.parametrize("text", [
    "В день открытых дверей подписали соглашение.",  # another noun: no occasion's day
    "Открытия сезона ждали весь день.",
])
def test_other_days_are_no_opening(text: str) -> None:
    assert not [d for d in find_dates(text, "2024-11-01")
                if "открыт" in d.text.lower()]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # the week told after the weekday, against the publication day (a Thursday)
    ("Стороны подпишут соглашение во вторник на следующей неделе.", "2024-07-11",
     "2024-07-16"),
    ("Соглашение подписали в пятницу на прошлой неделе.", "2024-07-11", "2024-07-05"),
    # no publication day: counted from the day stated with its weekday nearby
    ("Стороны подпишут соглашение во вторник на следующей неделе. Об этом в четверг, "
     "11 июля, сообщила министр.", None, "--07-16"),
    ("В понедельник, 2 декабря 2024 года, министр сообщила: соглашение подпишут в "
     "следующую среду.", None, "2024-12-11"),
    ("В среду, 25 декабря, объявили: соглашение подпишут во вторник на следующей неделе.",
     None, "--12-31"),
    # negatives: no day stated with a weekday; a stated day too far; across an unknown
    # 29 February; a weekday with no week of its own stays unresolved
    ("Стороны подпишут соглашение во вторник на следующей неделе. Об этом 11 июля "
     "сообщила министр.", None, None),
    ("Соглашение подписали в прошлую пятницу. Гости гуляли. Гости пели. В четверг, "
     "11 июля, прошёл форум.", None, None),
    ("Соглашение подпишут во вторник на следующей неделе. Об этом в четверг, 27 февраля, "
     "сообщила министр.", None, None),
    ("Соглашение подпишут во вторник. Об этом в четверг, 11 июля, сообщила министр.",
     None, None),
])
def test_weekday_of_a_week(text: str, published: str | None, expected: str | None) -> None:
    found = [d.value for d in find_dates(text, published)
             if d.relative and not d.text.lower().startswith(("об", "в четверг"))]
    assert found == [expected]
