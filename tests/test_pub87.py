"""pub87: publication dates of pages that print them in forms the finder did not read: a
broadcast's "Дата эфира:" field after the programme's name, a page saved with its web
address dated in the path (over or under the text), a channel post's day with an
abbreviated month and no year last on its line under or after the channel's name ("9
ноя"), a stamp whose one-word section stands between wide gaps before the views counter, a
masthead row opening the page (name, gap, date, gap, section) and a headline closed by its
date. The year of every
agreement date told without one, and every relative date, follows the publication day. In
our own words, with the near misses each rule must not fire on.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.pipeline import extract
from soccoop.extract.published import (
    address_day,
    find_published,
    masthead_row_day,
    page_address_day,
    stamp_line,
)

LEAD = ("Министерство социальной политики края и краевое отделение Соцфонда решили "
        "вместе обучать сиделок для одиноких пожилых жителей. Первые "
        "занятия пройдут в районных центрах уже весной.\n\n"
        "Специалисты обеих сторон подготовят общую программу и разошлют её по районам, а к "
        "осени подведут первые итоги работы.\n")
HEAD = "Соцзащита и Соцфонд вместе обучат сиделок\n\n"

# (id, page, the publication date find_published gives)
PAGES = [
    # a broadcast's air date in a field after the programme's name
    ("air-date-after-title",
     "ТРК «Заречье»\nПрограмма «Наш край». Дата эфира: 11.09.2024 19:30\n\n" + HEAD + LEAD,
     "2024-09-11"),
    ("air-date-own-line", "Дата эфира: 5 марта 2025 года\n\n" + HEAD + LEAD, "2025-03-05"),
    ("aired-label", "Дата выхода в эфир: 17.10.2024\n\n" + HEAD + LEAD, "2024-10-17"),
    # a page's web address, dated in its path, at the top or at the foot
    ("address-top-slashes",
     "https://gazeta-primer.ru/obshchestvo/2024/11/05/soglashenie-o-sotrudnichestve/\n\n"
     + HEAD + LEAD, "2024-11-05"),
    ("address-top-iso-no-scheme",
     "vesti-kraya.ru/news/2024-11-05/soglashenie\n\n" + HEAD + LEAD, "2024-11-05"),
    ("address-day-first", "https://krai-info.ru/news/05-11-2024/uhod/\n\n" + HEAD + LEAD,
     "2024-11-05"),
    ("address-compact", "https://krai-info.ru/news/20241105/uhod.html\n\n" + HEAD + LEAD,
     "2024-11-05"),
    ("address-top-labelled",
     "Источник: https://krai-info.ru/news/2024/11/05/uhod/\n\n" + HEAD + LEAD, "2024-11-05"),
    # the address gives a year-less dateline its year, when it is of the same day
    ("address-years-dateline",
     "https://krai-info.ru/news/2024/11/05/uhod/\n\n" + HEAD
     + "ЗАРЕЧНЫЙ, 5 ноя — ИА «Заречье». " + LEAD, "2024-11-05"),
    ("address-of-another-day",
     "https://krai-info.ru/news/2024/11/06/uhod/\n\n" + HEAD
     + "ЗАРЕЧНЫЙ, 5 ноя — ИА «Заречье». " + LEAD, "--11-05"),
    # a channel post's day with an abbreviated month, no year, under the channel's name
    ("post-day-abbreviated", "Соцзащита Заречья\n9 ноя\n\n" + LEAD, "--11-09"),
    ("post-day-with-dot", "Соцзащита Заречья\n📅 9 ноя.\n\n" + LEAD, "--11-09"),
    # a stamp: the date, its time, the section's one word and the views, parted by gaps
    ("stamp-section-views",
     "Заречье.Онлайн\n\n05.11.2024 09:40   Культура   👁 906\n\n" + HEAD + LEAD,
     "2024-11-05"),
    # the day last on a channel's line, after its name and a separator
    ("post-day-after-channel", "Соцзащита Заречья · 9 ноя\n\n" + LEAD, "--11-09"),
    # a masthead row opening the page: name, gap, date, gap, section
    ("masthead-row", "Северная газета   07.10.2024   Экономика\n\n" + HEAD + LEAD,
     "2024-10-07"),
    ("masthead-row-timed-tab", "«Заречные вести»\t07.10.2024 10:15\n\n" + HEAD + LEAD,
     "2024-10-07"),
    # a headline closed by its date after a dash or in brackets
    ("headline-dash-date-last",
     "Соцзащита и Соцфонд вместе обучат сиделок — 21.10.2024\n\n" + LEAD, "2024-10-21"),
    ("headline-bracketed-date",
     "Соцзащита и Соцфонд вместе обучат сиделок (21 октября 2024 г.)\n\n" + LEAD,
     "2024-10-21"),
    # negatives: an address under the text (another article's, a repost's source), two
    # addresses with other days (linked headlines), an address in prose, an
    # address of a month only, a year-less day with a word after it, a stamp whose gap holds
    # a phrase (a caption's words) before the counter
    ("address-foot-labelled",
     HEAD + LEAD + "\nИсточник: https://krai-info.ru/news/2024/11/05/uhod/\n", None),
    ("two-linked-addresses-top",
     "https://krai-info.ru/news/2024/10/30/remont/\nhttps://krai-info.ru/news/2024/11/01/katok/"
     "\n\n" + HEAD + LEAD, None),
    ("two-linked-addresses",
     HEAD + LEAD + "\nЧитайте также\nhttps://krai-info.ru/news/2024/10/30/remont/\n"
     "https://krai-info.ru/news/2024/11/01/katok/\n", None),
    ("address-in-prose",
     HEAD + LEAD + "\nПодробности на сайте https://krai-info.ru/news/2024/11/05/uhod/ и в "
     "группе министерства.\n", None),
    ("address-month-only", "https://krai-info.ru/news/2024/11/uhod/\n\n" + HEAD + LEAD, None),
    ("abbreviated-day-in-words", "Соцзащита Заречья\n9 ноя прошла встреча\n\n" + LEAD, None),
    ("stamp-phrase-before-views",
     "Заречье.Онлайн\n\n05.11.2024 09:40   Концерт в парке   👁 906\n\n" + HEAD + LEAD, None),
    # a masthead row's shape under the first line (a caption between paragraphs), a row
    # with two dates, a headline with a date inside it, a headline dated twice
    ("row-shape-not-first",
     HEAD + LEAD + "\nКонцерт оркестра   07.10.2024   Фото\n\nЕщё один абзац о работе "
     "центров социального обслуживания населения в районах края.\n", None),
    ("masthead-span", "Северная газета   07.10.2024–08.10.2024   Экономика\n\n" + HEAD
     + LEAD, None),
    ("headline-date-inside",
     "С 21.10.2024 соцзащита и Соцфонд вместе обучат сиделок\n\n" + LEAD, None),
    ("headline-two-dates",
     "Соцзащита обучит сиделок с 01.11.2024 — 21.10.2024\n\n" + LEAD, None),
    ("air-date-no-colon-in-prose",
     HEAD + LEAD + "\nДата эфира программы пока не определена, сообщили в редакции.\n", None),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(PAGES))
def test_publication_date(text: str, expected: str | None) -> None:
    assert find_published(text)[0] == expected


# (line, the day of the address, or None)
ADDRESSES = [
    ("https://gazeta-primer.ru/2023/01/31/novosti/", "2023-01-31"),
    ("www.gazeta-primer.ru/news/2023_01_31_novosti", "2023-01-31"),
    ("URL: https://gazeta-primer.ru/news/2023-01-31/novosti", "2023-01-31"),
    # no day: an invalid one, a number that is no date, a domain alone, words after the link
    ("https://gazeta-primer.ru/2023/02/31/novosti/", None),
    ("https://gazeta-primer.ru/news/123456789/", None),
    ("https://gazeta-primer.ru/", None),
    ("https://gazeta-primer.ru/2023/01/31/novosti/ — читайте на сайте", None),
    # two days in one path: none of them the page's
    ("https://gazeta-primer.ru/2023/01/31/arhiv/2022-12-30/", None),
]


@pytest.mark.parametrize(("line", "expected"), ADDRESSES)
def test_address_day(line: str, expected: str | None) -> None:
    assert probes.day_read(address_day, line) == expected


def test_page_address_day_only_over_the_text() -> None:
    address = "https://krai-info.ru/news/2024/11/05/uhod/\n"
    # over the text: the page's own; under the first paragraph or past the first lines: not
    assert page_address_day(address + HEAD + LEAD, (2, 4)) is not None
    assert page_address_day(HEAD + address + LEAD, (0, 4)) is None
    menu = "".join(f"Раздел {n}\n" for n in range(5))
    assert page_address_day(menu + address + HEAD + LEAD, None) is None
    assert page_address_day(address + menu + HEAD + LEAD, None) is not None


# (line, the stamp's day, or None)
STAMPS = [
    ("3 фев", "--02-03"),
    ("🗓 3 фев.", "--02-03"),
    ("27.01.2025 18:05   Экономика   👁 1 112", "2025-01-27"),
    ("27.01.2025 18:05   Экономика   💬 4", "2025-01-27"),
    # near misses: two days, a day with words after it, a section of several words
    ("3 фев — 5 фев", None),
    ("3 фев начнётся приём", None),
    ("В парке открыли каток 3 фев", None),
    ("Соцзащита Заречья, 3 фев", "--02-03"),
    ("27.01.2025 18:05   Открытие сезона в театре   👁 1 112", None),
]


@pytest.mark.parametrize(("line", "expected"), STAMPS)
def test_stamp_line(line: str, expected: str | None) -> None:
    assert probes.day_read(stamp_line, line) == expected


# (id, page, publication, sorted (status, date) of the agreements)
RECORDS = [
    ("today-on-the-air",
     "ТРК «Заречье»\nПрограмма «Наш край». Дата эфира: 11.09.2024 19:30\n\n"
     "Сегодня министр социальной политики Заречного края Ольга Петрова и руководитель "
     "краевого отделения Соцфонда Иван Смирнов подписали соглашение о "
     "сотрудничестве.\n", "2024-09-11", [("signed", "2024-09-11")]),
    ("yesterday-by-the-address",
     "https://vesti-kraya.ru/news/2024/11/05/soglashenie/\n\nВчера министр социальной "
     "политики Заречного края Ольга Петрова и руководитель краевого отделения Соцфонда "
     "Иван Смирнов подписали соглашение о сотрудничестве.\n",
     "2024-11-05", [("signed", "2024-11-04")]),
    ("last-year-by-the-address",
     "https://vesti-kraya.ru/news/2024/11/05/soglashenie/\n\nМинистерство социальной "
     "политики Заречного края в марте прошлого года заключило соглашение с Министерством "
     "труда Нагорной области.\n", "2024-11-05", [("mentioned", "2023-03")]),
    ("today-in-a-post",
     "Соцзащита Заречья\n9 ноя\n\nСегодня министр социальной политики Заречного края Ольга "
     "Петрова и руководитель краевого отделения Соцфонда Иван Смирнов "
     "подписали соглашение о сотрудничестве.\n", "--11-09", [("signed", "--11-09")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), probes.named_rows(RECORDS))
def test_agreement_dates_follow_the_page(models: Any, text: str, published: str,
                                         expected: list[tuple[str, str | None]]) -> None:
    rec = extract(text, "t.txt", models)
    assert rec.published == published
    assert sorted((a.status, a.date) for a in rec.agreements) == expected


def test_masthead_row_only_first() -> None:
    row = "Северная газета   07.10.2024   Экономика"
    got = masthead_row_day(row + "\n\n" + HEAD + LEAD)
    assert got is not None and got.text == "07.10.2024" and got.start == row.index("07")
    assert masthead_row_day(HEAD + row + "\n\n" + LEAD) is None


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, published=("address_day", "page_address_day",
                                                     "masthead_row_day", "_dated_headline",
                                                     "_stamp_only_dates"))
