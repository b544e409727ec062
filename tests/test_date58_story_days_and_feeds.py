"""date58: the day of a story's signings, a feed's datelines and a stamp's byline, in our own
words.

Each rule of the session, table-driven, with negatives: a signing told later in the story of
a dated signing takes its day, not the publication day; the occasion told a few sentences
before a count of signings dates the count; a relative day in an item of a feed counts from
the item's own dateline; a newest-first feed is of its top item's day; a byline told by its
verb beside a stamp's date; readers' comments are no dated items.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.dates import dated_item_days, find_dates, item_datelines
from soccoop.extract.published import comment_heading, find_published

# --- a signing told later in the story of a dated signing takes its day
STORY = """Новости Курганской области

{lead}

В пятницу, 14 марта, губернатор Курганской области подписал соглашение о сотрудничестве \
с Отделением Фонда пенсионного и социального страхования Российской Федерации по Курганской \
области. Документ касается проактивного назначения пособий.

{middle}Министерство социальной защиты населения Курганской области подписало соглашение \
с Курганским государственным университетом о подготовке социальных работников. Студенты \
будут проходить практику в комплексных центрах."""


@pytest.mark.slow
@pytest.mark.parametrize(("middle", "expected"), [
    # no day between the two signings: the second is of the first's day
    ("", ("signed", "2025-03-14")),
    ("Глава региона осмотрел новый центр реабилитации. ", ("signed", "2025-03-14")),
    # another day told between ends the story: the second keeps no text date
    ("17 марта в Кургане открылся центр реабилитации. ", ("signed", None)),
])
def test_signing_later_in_story_takes_its_day(models: Any, middle: str,
                                              expected: tuple[str, str | None]) -> None:
    text = STORY.format(lead="Губернатор и министры подписали соглашения", middle=middle)
    found = probes.status_dates(models, text, "2025-03-18")
    assert found[0] == ("signed", "2025-03-14")
    assert found[-1] == expected


@pytest.mark.slow
def test_undated_first_signing_takes_no_later_day(models: Any) -> None:
    # the day comes after the undated signing: no story day is carried backwards
    text = ("Министерство социальной защиты Курганской области подписало соглашение с "
            "Курганским государственным университетом о подготовке кадров. Студенты будут "
            "проходить практику в центрах.\n\nВ пятницу, 14 марта, губернатор подписал "
            "соглашение с Отделением Фонда пенсионного и социального страхования Российской "
            "Федерации по Курганской области.")
    found = probes.status_dates(models, text, "2025-03-18")
    assert found[0] == ("signed", None)


@pytest.mark.slow
def test_day_of_an_ordinal_item_is_not_carried(models: Any) -> None:
    # the day is told inside the first item of a set told one by one: it dates that item
    text = ("На форуме в Курске подписаны сразу два соглашения.\n\nПервым стал документ о "
            "занятости. Министры обсуждали его с весны, а 12 марта министерство социальной "
            "защиты Курской области подписало соглашение с центром занятости Курской "
            "области.\n\nВторое соглашение министерство социальной защиты Курской области "
            "подписало с Курским государственным университетом.")
    found = probes.status_dates(models, text, "2025-03-18")
    assert found[0] == ("signed", "2025-03-12")
    assert found[-1][1] != "2025-03-12"


# --- the occasion told a few sentences before a count of signings dates the count
FAIR = """Газета района

{occasion} В ней участвовали тридцать работодателей района. Но главным событием дня стало \
подписание сразу двух соглашений.

Управление социальной защиты Чернского района и ООО «Чернский хлебозавод» подписали \
соглашение о квотировании рабочих мест для людей с инвалидностью."""


@pytest.mark.slow
@pytest.mark.parametrize(("occasion", "expected"), [
    ("В прошлый вторник в Доме культуры прошла ярмарка вакансий.", "2025-04-08"),
    ("12 апреля в Доме культуры прошла ярмарка вакансий.", "2025-04-12"),
    # a day of no occasion two sentences back dates nothing
    ("В прошлый вторник в районе выпал снег.", None),
])
def test_count_dated_by_occasion_further_back(models: Any, occasion: str,
                                              expected: str | None) -> None:
    found = probes.status_dates(models, FAIR.format(occasion=occasion), "2025-04-14")
    assert found and found[0] == ("signed", expected)


# --- a feed's items under their datelines
FEED = """КОРОТКО

{d1}
Министерство социальной защиты края и университет сегодня подписали соглашение о практике \
студентов в центрах помощи семье.

{d2}
Департамент социальной политики округа и горная компания накануне заключили соглашение о \
трудоустройстве жителей сёл.
"""


@pytest.mark.parametrize(("d1", "d2", "published", "expected"), [
    ("14.02, 16:40  КРАСНОЯРСК", "13.02, 10:05  ЧУКОТКА", None, ["--02-14", "--02-12"]),
    ("14.02, 16:40", "13.02, 10:05", "2025-02-14", ["2025-02-14", "2025-02-12"]),
    ("14.02.2025 16:40  ОМСК", "13.02.2025 10:05  ТОМСК", None, ["2025-02-14", "2025-02-12"]),
])
def test_relative_day_counts_from_item_dateline(d1: str, d2: str, published: str | None,
                                                expected: list[str]) -> None:
    text = FEED.format(d1=d1, d2=d2)
    refs = find_dates(text, published)
    dated_item_days(refs, text, text, published)
    assert [r.value for r in refs if r.relative] == expected


@pytest.mark.parametrize("text", [
    # one timed line is a page's stamp, not a feed
    FEED.format(d1="14.02, 16:40", d2="Новости региона"),
    # a timed line over a short caption is no item
    "14.02, 16:40\nФото: пресс-служба\n\n13.02, 10:05\nСегодня.\n",
    # a time and a number that is no day and month
    "45.13, 16:40\nМинистерство социальной защиты края и университет сегодня подписали "
    "соглашение.\n\n46.02, 10:05\nДепартамент социальной политики округа и компания вчера "
    "подписали соглашение.\n",
])
def test_no_feed_items(text: str) -> None:
    assert item_datelines(text) == []


@pytest.mark.parametrize(("d1", "d2", "expected"), [
    ("14.02, 16:40  КРАСНОЯРСК", "13.02, 10:05  ЧУКОТКА", "--02-14"),
    # full dates on their own lines: a digest of dated items, no page date (``_dated_items``)
    ("14.02.2025 16:40", "13.02.2025 10:05", None),
    # items in calendar order: no page day
    ("13.02, 10:05  ЧУКОТКА", "14.02, 16:40  КРАСНОЯРСК", None),
])
def test_feed_newest_first_is_of_its_top_day(d1: str, d2: str, expected: str | None) -> None:
    page = "Восток-Лента\nПриморье | Чукотка\n\n" + FEED.format(d1=d1, d2=d2)
    assert find_published(page)[0] == expected


# --- a byline told by its verb beside the stamp's date; readers' comments
ARTICLE = ("Соцзащита\n\nДва района будут вместе помогать семьям\n\n{stamp}\n\n"
           "Управление социальной защиты Кировского района и центр занятости Ленинского "
           "района подписали соглашение о сотрудничестве. Документ предусматривает "
           "совместные ярмарки вакансий.\n{tail}")
COMMENTS = ("\nКомментарии (2)\n\nОльга\n17.03.2025 09:12\nХорошая новость для нашего "
            "района, давно этого ждали все родители.\n\nИван\n18.03.2025 11:40\nПосмотрим, "
            "как это будет работать на деле у нас в районе.\n")


@pytest.mark.parametrize(("stamp", "tail", "expected"), [
    ("14.03.2025 18:00   Обзор подготовила Мария Белова", "", "2025-03-14"),
    ("14.03.2025 18:00   Подготовил Иван Орлов", "", "2025-03-14"),
    ("14 марта 2025, 10:20 · Материал подготовлен пресс-службой", "", "2025-03-14"),
    # comments under the article: still the stamp's day, not a digest of dated items
    ("14.03.2025 18:00   Обзор подготовила Мария Белова", COMMENTS, "2025-03-14"),
    # a line that tells more than a byline is no stamp
    ("14.03.2025 18:00   Министр подготовила доклад о работе центров занятости", "", None),
])
def test_stamp_with_byline_verb(stamp: str, tail: str, expected: str | None) -> None:
    assert find_published(ARTICLE.format(stamp=stamp, tail=tail))[0] == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Комментарии (3)", True),
    ("Обсуждение:", True),
    ("Комментарии экспертов к закону о занятости", False),
    ("Отзывы", True),
])
def test_comment_heading(line: str, expected: bool) -> None:
    assert comment_heading(line) is expected
