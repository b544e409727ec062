"""region57: page dates in four more forms, and the region classes' guards.

- published.markup_published_day: a page saved with its head's markup tags left in the text
  states its publication time for machines (``<meta property="article:published_time"
  content="...">``, ``itemprop="datePublished"``); the class of such properties is
  ``datewords.MARKUP_PUBLISHED_PROPERTIES`` (a modification time is of no such property),
  also as a key of the page's structured data (``"datePublished": "..."``);
- published.edited_post_stamp: a channel's post forwarded down a chain prints a counter row
  per copy, all of one day: that day dates the page (rows of two days still date none);
- published.schedule_page_day: a schedule of the days ahead, its days printing no year,
  under a line that is only the full day with its year: that line dates the page.

The negatives: a tag of modification, two tags of two days, rows of two days, a chronicle
whose items print their years, a report's title page (its town and year: tried and taken
out, the year made the report's agreements older ones). The shapes round 222
was written with ("27.08.21 | 16:45", a network's "3 ноя 2023 в 18:25") are guarded as read
already. Region guards: a region in a list of origins beside foreign states is still a
region of the page (the golds list such lists nine times to two, the class stays as it is).
Every probe is written here, in words of its own.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract import datewords
from soccoop.extract.published import find_published

HEAD = "Соцзащита Энской области и фонд «Опора» договорились о помощи пожилым"
BODY = ("Стороны заключили договор о совместной работе: уход на дому за одинокими "
        "пенсионерами и курсы для будущих сиделок.")
MORE = ("Документ предусматривает выезды мобильных бригад в отдалённые посёлки и общий "
        "реестр тех, кому нужна помощь на дому.")

# (id, page, the publication date a careful reader takes, or None)
PUBLISHED_ROWS = probes.named_rows([
    # positives, each giving None on b57dev
    ("markup_meta_property",
     f'<meta property="article:published_time" content="2025-03-12T09:00:00+03:00">\n'
     f"{HEAD}\n\nВ минувший вторник {BODY}\n\n{MORE}", "2025-03-12"),
    ("markup_itemprop_content_first",
     f'<meta content="2023-11-02" itemprop="datePublished">\n{HEAD}\n\n{BODY}', "2023-11-02"),
    ("structured_data_pair",
     '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
     f'"2024-05-20T08:15:00+03:00", "dateModified": "2024-05-22"}}</script>\n{HEAD}\n\n{BODY}',
     "2024-05-20"),
    ("forwarded_copies_of_one_day",
     f"Канал «Соцзащита рядом»\n\n{HEAD}\n\n{BODY}\n\n👁 2,4K  ✏️ 14.02.2024 11:05\n\n"
     f"——————\nПереслано из: Фонд «Опора»\n\n{MORE}\n\n👁 5,1K  14.02.2024 11:40\n", "2024-02-14"),
    ("schedule_under_its_day",
     "Главная / Анонсы\n\nВторник, 4 июня 2024\n\nПлан мероприятий на неделю\n\n"
     "4 июня, вторник\n09:30 – Совещание с главами районов по летнему отдыху детей.\n\n"
     "5 июня, среда\n11:00 – Министерство и фонд «Опора» подпишут договор о совместной "
     "работе с одинокими стариками.\n", "2024-06-04"),
    # negatives (None on both)
    ("markup_modified_time_only",
     f'<meta property="article:modified_time" content="2025-03-14T10:00:00+03:00">\n'
     f"{HEAD}\n\n{BODY}", None),
    ("markup_two_days",
     f'<meta property="article:published_time" content="2025-03-12">\n'
     f'<meta itemprop="datePublished" content="2025-03-11">\n{HEAD}\n\n{BODY}', None),
    ("rows_of_two_days",
     f"Канал «Соцзащита рядом»\n\n{HEAD}\n\n{BODY}\n\n👁 2,4K  ✏️ 14.02.2024 11:05\n\n"
     f"——————\n{MORE}\n\n👁 5,1K  16.02.2024 09:20\n", None),
    ("chronicle_items_print_years",
     "Хроника\n\nВторник, 4 июня 2024\n\nРассказываем, что случилось в соцзащите области за "
     "прошедшую неделю, коротко и по порядку.\n\n03.06.2024\nВ Энске открылся пункт проката "
     "колясок и ходунков для пожилых горожан.\n\n04.06.2024\nВолонтёры доставили продукты и "
     "лекарства одиноким ветеранам трёх посёлков.\n",
     None),
    # fixpub57 (review): a bare "date" property is no publication class and does not beat a
    # labelled line; an attribute whose name ends in "name" or "content" is not that one
    ("markup_bare_date_under_labelled_line",
     f'Опубликовано: 12.03.2025\n<meta name="date" content="2019-05-01">\n{HEAD}\n\n{BODY}',
     "2025-03-12"),
    ("markup_bare_date_only",
     f'<meta name="date" content="2019-05-01">\n{HEAD}\n\n{BODY}', None),
    ("markup_data_name_attribute",
     f'<meta data-name="datePublished" content="2019-05-01">\n{HEAD}\n\n{BODY}', None),
    ("markup_data_content_attribute",
     f'<meta itemprop="datePublished" data-content="2019-05-01">\n{HEAD}\n\n{BODY}', None),
    # pub57 tried a title page's town and year as the page's date and took it out: a year
    # alone, a year after the report's, made its agreements older ones (guarded: no date)
    ("title_page_town_and_year",
     "ДОКЛАД\nо положении пожилых граждан в Энской области\nза 2023 год\n\n"
     f"г. Энск, 2024\n\n1. Общие положения\n\n{BODY}\n\n{MORE}", None),
    # read already on b57dev: the short stamp and a network's stamp
    ("short_year_stamp_row", f"{HEAD}\n\n27.08.21 | 16:45\n\n{BODY}\n\n{MORE}", "2021-08-27"),
    ("network_stamp_row", f"Фонд «Опора»\n3 ноя 2023 в 18:25\n\n{BODY}\n\n{MORE}",
     "2023-11-03"),
])


@pytest.mark.parametrize(("page", "expected"), PUBLISHED_ROWS)
def test_region57_published(page: str, expected: str | None) -> None:
    assert find_published(page)[0] == expected


def test_region57_markup_class() -> None:
    """The markup properties are of the publication class: none names a modification."""
    props = datewords.MARKUP_PUBLISHED_PROPERTIES
    assert props and not any("modif" in p or "updat" in p for p in props)


REGION_ROWS = probes.named_rows([
    # a guard of the class left as it is (the golds list such lists)
    ("origin_list_beside_foreign_states",
     "Новости\n\nВ Энске пройдёт фестиваль хоровой музыки: приедут коллективы из "
     "Татарстана, Белоруссии и Киргизии.",
     {"Республика Татарстан"}, set()),
])


@pytest.mark.parametrize(("text", "present", "absent"), REGION_ROWS)
def test_region57_region_rows(models, text: str, present: set[str], absent: set[str]) -> None:
    probes.check_regions(models, text, present, absent)


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, published=("markup_published_day", "edited_post_stamp",
                                                     "schedule_page_day"))
