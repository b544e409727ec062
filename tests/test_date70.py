"""date70: an occasion's ordinal day ("во второй день форума") counts from the first of
two days told as a list ("3 и 4 октября"), and a speaker's quoted "сегодня" is no day of
the occasion to count from, nor is a later day of the occasion's range told between. In our own
words.
"""

from __future__ import annotations

import pytest

from soccoop.extract.dates import find_dates

FORUM = ("Межрегиональный форум «Забота рядом» {days} прошёл в Уфе. Открывая его, министр "
         "заявил: {quote}\n\nВо второй день форума министерство подписало соглашение с "
         "университетом.")


@pytest.mark.parametrize(("days", "quote", "expected"), [
    # two listed days: the second day is the second of them
    ("3 и 4 октября", "«Форум собрал специалистов из двенадцати регионов».", "2025-10-04"),
    # a speaker's "сегодня" in the quote is not the occasion's first day
    ("3 и 4 октября", "«Всё, что сегодня работает лучше всего, мы сделали вместе».",
     "2025-10-04"),
    # the same with a range: it was read from the range's first day already
    ("3–4 октября", "«Всё, что сегодня работает лучше всего, мы сделали вместе».",
     "2025-10-04"),
    # a single day told before: counted from it, as before
    ("3 октября", "«Форум собрал специалистов из двенадцати регионов».", "2025-10-04"),
    # two days of different months are no list of one occasion's days
    ("30 сентября и 4 октября", "«Форум собрал специалистов».", "2025-10-05"),
])
def test_ordinal_day_from_listed_days(days: str, quote: str, expected: str) -> None:
    text = FORUM.format(days=days, quote=quote)
    refs = [d for d in find_dates(text, published="2025-10-07")
            if d.text.lower() == "во второй день"]
    assert refs and refs[0].value == expected


@pytest.mark.parametrize(("told", "expected"), [
    # "сегодня" in the narrative (no quote) still dates the occasion's day before
    ("Сегодня, 5 октября, в Уфе открылся форум. Министр выступил с докладом.",
     "2025-10-06"),
    # a quotation closed before "сегодня": it is the narrative's again
    ("«Форум открыт», — сказал министр. Сегодня в Уфе работают секции.", "2025-10-08"),
])
def test_narrative_today_still_counts(told: str, expected: str) -> None:
    text = told + "\n\nВо второй день форума министерство подписало соглашение."
    refs = [d for d in find_dates(text, published="2025-10-07")
            if d.text.lower() == "во второй день"]
    assert refs and refs[0].value == expected


SPAN = ("Форум «Забота рядом» пройдёт в Уфе 23–24 октября.\n\nДокумент 24 октября подпишут "
        "министр и ректор.\n\n{quote}\n\n{ordinal} форума министерство заключит соглашение "
        "с отделением Союза пенсионеров.")


@pytest.mark.parametrize(("quote", "ordinal", "expected"), [
    # a later day of the range told between is not the occasion's first day
    ("«Кадры для нас сегодня главное», — сказал министр.", "В первый день", "2025-10-23"),
    ("Министр рассказал о планах.", "В первый день", "2025-10-23"),
    ("Министр рассказал о планах.", "Во второй день", "2025-10-24"),
])
def test_ordinal_day_from_range_not_its_later_day(quote: str, ordinal: str,
                                                  expected: str) -> None:
    text = SPAN.format(quote=quote, ordinal=ordinal)
    refs = [d for d in find_dates(text, published="2025-10-27")
            if d.text.lower() == ordinal.lower()]
    assert refs and refs[0].value == expected

