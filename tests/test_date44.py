"""date44: dates pooled over the dev rounds, in our own words. Two page layouts of a
publication date read as a class: a stamp whose time carries a Russian time zone
(abbreviated, "(ИРКТ)", or told in words, "по местному времени") and an aggregator's story
row, its date and the count of the reports it gathers ("3 июня 2025 · 4 публикации"). A
plan's year told in the accusative ("на следующий год") is resolved against the page's
year, only when the page has one; a "на" year hanging on a word of planning is the
plan's time, not a document's period. Negatives guard each against
over-reach: a place in brackets, a row with two story dates, a count with no year; a
document's period ("соглашение ... на следующий год", "продлят ... на 2026 год"), a page
with no year.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.boilerplate import mask_boilerplate
from soccoop.extract.dates import find_dates
from soccoop.extract.published import _body_span, find_published, stamp_line, story_row_day

HEADLINE = "Сельские старожилы смогут получать справки в почтовых отделениях"
LEAD = ("Управление соцзащиты и почтовый филиал договорились о приёме заявлений от жителей "
        "отдалённых посёлков, где нет своих клиентских служб.")
BODY = f"{LEAD}\n\n{LEAD}\n"

# --- a stamp whose time carries its zone -----------------------------------------------------


@pytest.mark.parametrize(("stamp", "expected"), [
    ("07.02.2025 09:05 (ИРКТ)", "2025-02-07"),  # an abbreviated Russian zone, bracketed
    ("7 февраля 2025, 09:05 (ЕКБ)", "2025-02-07"),
    ("07.02.2025, 09:05 КРАТ", "2025-02-07"),  # as before: a capitalised last word
    ("07.02.2025 09:05 по местному времени", "2025-02-07"),  # told in words
    ("07.02.2025 09:05 (время московское)", "2025-02-07"),
    ("07.02.2025 09:05 (МСК+4)", "2025-02-07"),  # as before
])
def test_zoned_stamp_dates_the_page(stamp: str, expected: str) -> None:
    text = f"Управление соцзащиты района\nНовости\n\n{stamp}\n\n{HEADLINE}\n\n{BODY}"
    assert find_published(text)[0] == expected


@pytest.mark.parametrize("line", [
    "07.02.2025 (Иркутск)",  # a place in brackets is no zone
    "07.02.2025 09:05 (ИРКТ) Управление подписало соглашение",  # prose after the stamp
])
def test_zone_words_do_not_widen_a_stamp(line: str) -> None:
    assert stamp_line(line) is None


# --- an aggregator's story row ----------------------------------------------------------------

STORY = ("Лента52 — все новости края\nГлавная | Сюжеты | Источники\n\n"
         "Сюжет: Почта и соцзащита подписали соглашение\n{row}\n\n"
         "Вести района · 2 июня, 18:20\n\n{headline}\n\n{body}\n"
         "Районный курьер · 3 июня, 08:10\n\n{headline}\n\n{body}")


@pytest.mark.parametrize(("row", "expected"), [
    ("3 июня 2025 · 2 публикации", "2025-06-03"),
    ("03.06.2025 | 5 сообщений", "2025-06-03"),
    ("3 июня 2025 · 3 источника", "2025-06-03"),
])
def test_story_row_dates_the_page(row: str, expected: str) -> None:
    text = STORY.format(row=row, headline=HEADLINE, body=BODY)
    assert find_published(text)[0] == expected


@pytest.mark.parametrize("rows", [
    "3 июня · 2 публикации",  # no year: not a story row
    "3 июня 2025 · 2 публикации\n2 июня 2025 · 1 публикация",  # two such rows: a list
    "3 июня 2025 · 2 публикации · Общество",  # a field after the count
])
def test_story_row_refuses(rows: str) -> None:
    text = STORY.format(row=rows, headline=HEADLINE, body=BODY)
    assert story_row_day(text, _body_span(mask_boilerplate(text))) is None


# --- "на следующий год" and the "на" year of a plan ------------------------------------------

CITY = "министерство социального развития Энской области"
PARTNER = "министерством труда Зетской области"


@pytest.mark.parametrize(("case", "text", "published", "expected"), [
    ("next-year-fronted",
     f"На следующий год {CITY} намерено заключить с {PARTNER} соглашение о сотрудничестве.",
     "2025-11-20", ("planned", "2026")),
    ("year-fronted-plan",
     f"На 2026 год {CITY} намерено подписать с {PARTNER} соглашение о сотрудничестве.",
     "2025-11-20", ("planned", "2026")),
    ("scheduled-for-next-year",
     f"Подписание соглашения {CITY.replace('министерство', 'министерства', 1)} с {PARTNER} "
     f"запланировано на следующий год.", "2025-11-20", ("planned", "2026")),
    # negatives: no page year, no year; a document's period; an extension's period
    ("no-page-year",
     f"На следующий год {CITY} намерено заключить с {PARTNER} соглашение о сотрудничестве.",
     None, ("planned", None)),
    ("period-of-document",
     f"Вчера {CITY} и {PARTNER} подписали соглашение на следующий год.",
     "2025-11-20", ("signed", "2025-11-19")),
    ("extension-period",
     f"{CITY.capitalize()} продлит соглашение о сотрудничестве с {PARTNER} на 2026 год.",
     "2025-11-20", ("planned", None)),
])
def test_plan_year(models, case: str, text: str, published: str | None,
                   expected: tuple[str, str | None]) -> None:
    got = probes.status_dates(models, text, published)
    assert got == [expected], got


def test_next_year_accusative_is_a_relative_year() -> None:
    refs = [r for r in find_dates("На следующий год намечена встреча.", published="2025-03-01")
            if r.relative]
    assert [r.value for r in refs] == ["2026"]
    assert not [r for r in find_dates("На следующий год намечена встреча.") if r.value]


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, published=("story_row_day",),
                                          signing_dates=("plan_year",))
