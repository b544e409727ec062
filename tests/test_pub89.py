"""pub89: publication dates of pages that print them in forms the finder did not read: a
post's counter row with a pencil's pictogram before its time (the edited flag's word after
it or not), a page's stamp that counts its views at the very foot, past the readers'
comments, a section's or a digest's heading with the page's full date over the body
under the menu and the weather, an agency's dateline with the agency in brackets, a label
with the time before a year-less day, and a broadcast's transcript dated by its airing.
The year of every agreement date told without one, and every relative date, follows the
publication day. In our own words, with the near misses each rule must not fire on.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.pipeline import extract
from soccoop.extract.published import (
    counted_foot_stamp,
    edited_post_stamp,
    find_published,
    rubric_heading_day,
    stamp_line,
)

LEAD = ("Управление социальной защиты Заречного края и городской колледж договорились вместе "
        "готовить помощников по уходу. Первые слушатели придут на курсы уже "
        "осенью.\n\n"
        "Преподаватели колледжа и специалисты управления составят общую программу, а к зиме "
        "подведут первые итоги обучения.\n")
HEAD = "Колледж и соцзащита вместе подготовят помощников по уходу\n\n"
CHANNEL = "Соцзащита Заречья | канал\n2 310 подписчиков\n\n"
MASTHEAD = ("Вести Заречья | телеканал\nНовости   Спорт   Здоровье   Эфир\n"
            "Заречный: +4 °C, ветер 2 м/с\n\n")
FOOT = ("\nЧитайте также:\nВ Заречном отремонтируют мост через реку\nОткрыт приём заявок на "
        "гранты\n\nКомментарии (6)\nВойдите, чтобы написать комментарий\n\n")

# (id, page, the publication date find_published gives)
PAGES = [
    # a post's counter row: the views, a pencil's pictogram, the flag's word or not, the time
    ("post-pencil-row", CHANNEL + HEAD + LEAD + "\n👁 5,3K   ✏️ 03.04.2025 11:20\n",
     "2025-04-03"),
    ("post-pencil-flag-row",
     CHANNEL + HEAD + LEAD + "\n👁 5,3K  ✏️ изменено  3 апр 2025 в 11:20\n👍 40  🔥 3\n",
     "2025-04-03"),
    ("post-row-over-comments",
     CHANNEL + HEAD + LEAD + "\n👁 5,3K   ✏️ 03.04.2025 11:20\n\nКомментарии (2)\n"
     "Ольга Н.\nСпасибо за новость!\n04.04.2025 08:15\n", "2025-04-03"),
    # a stamp counting the page's views at its very foot, past the readers' comments
    ("counted-stamp-at-foot",
     HEAD + LEAD + FOOT + "03.04.2025, 11:20 | Просмотров: 2 417\n", "2025-04-03"),
    ("counted-stamp-words-after",
     HEAD + LEAD + FOOT + "3 апреля 2025, 11:20 · 2 417 просмотров\n", "2025-04-03"),
    # a section's or a digest's heading with the page's full date, under the weather
    ("section-heading-gap", MASTHEAD + "ЗДОРОВЬЕ  03.04.2025\n\n" + HEAD + LEAD, "2025-04-03"),
    ("digest-heading-dash",
     MASTHEAD + "ГЛАВНОЕ ЗА ДЕНЬ — 3 апреля 2025\n\n" + HEAD + LEAD, "2025-04-03"),
    ("digest-heading-comma",
     MASTHEAD + "Итоги дня, 3 апреля 2025 года\n\n09:15 " + HEAD + LEAD, "2025-04-03"),
    # an agency's dateline with the agency in brackets
    ("dateline-bracketed-agency",
     HEAD + "ЗАРЕЧНЫЙ, 3 апреля (ИА «Заречье»). " + LEAD, "--04-03"),
    ("dateline-bracketed-agency-year",
     HEAD + "Заречный, 3 апреля 2025 (Вести Заречья) — " + LEAD, "2025-04-03"),
    # a label with the time before a year-less day
    ("label-time-day", "Вести Заречья\nОпубликовано 09:40, 3 апреля\n\n" + HEAD + LEAD,
     "--04-03"),
    # a broadcast's transcript dated by its airing
    ("transcript-aired", "Радио «Заречье»\nРасшифровка эфира от 3 апреля 2025 года\n\n"
     + HEAD + LEAD, "2025-04-03"),
    ("recording-programme", "Стенограмма передачи от 03.04.2025\n\n" + HEAD + LEAD,
     "2025-04-03"),
    # negatives: a post's row with no time, a feed of two such rows, a comment's row under
    # the comments' heading; a stamp at the foot that counts no views or has no time, two
    # counted stamps of other days (a list of other news); a heading of the crawl day
    # ("Сегодня", a weekday), a heading with no year, two dated headings, a heading among
    # the header's rows, a heading under the first paragraph; a dateline whose brackets
    # hold no agency; a transcript mentioned in prose
    ("post-row-no-time", CHANNEL + HEAD + LEAD + "\n👁 5,3K   ✏️ 03.04.2025\n", None),
    ("feed-two-rows",
     CHANNEL + HEAD + LEAD + "\n👁 5,3K   ✏️ 03.04.2025 11:20\n\n" + LEAD
     + "\n👁 2,1K   ✏️ 02.04.2025 18:05\n", None),
    ("comment-row-only",
     CHANNEL + HEAD + LEAD + "\nКомментарии (2)\nОльга Н.\nСпасибо!\n04.04.2025 08:10\n"
     "Пётр\nА где записаться?\n❤️ 2   ✏️ 04.04.2025 08:15\n", None),
    ("foot-stamp-no-views",
     HEAD + LEAD + FOOT + "Ольга Н.\nСпасибо за новость, очень нужная программа\n"
     "03.04.2025, 11:20\n", None),
    ("foot-counted-no-time", HEAD + LEAD + FOOT + "03.04.2025 | Просмотров: 2 417\n", None),
    ("foot-counted-two-days",
     HEAD + LEAD + FOOT + "01.04.2025, 10:05 | Просмотров: 812\n"
     "02.04.2025, 16:40 | Просмотров: 1 030\n", None),
    ("heading-today", MASTHEAD + "Сегодня, 3 апреля 2025\n\n" + HEAD + LEAD, None),
    ("heading-no-year", MASTHEAD + "ЗДОРОВЬЕ  3 апреля\n\n" + HEAD + LEAD, None),
    ("heading-two-dated",
     MASTHEAD + "ЗДОРОВЬЕ — 3 апреля 2025\n\nСПОРТ — 2 апреля 2025\n\n" + HEAD + LEAD, None),
    # the header's own row: right under the weather, or with the weather under it
    ("heading-in-header-rows",
     MASTHEAD.rstrip("\n") + "\nЗДОРОВЬЕ — 3 апреля 2025\n\n" + HEAD + LEAD, None),
    ("heading-over-widget",
     "Вести Заречья | телеканал\n\nЗДОРОВЬЕ — 3 апреля 2025\n\nПогода: +4 °C\n\n" + HEAD
     + LEAD, None),
    ("heading-under-body", MASTHEAD + HEAD + LEAD + "\nЗДОРОВЬЕ  03.04.2025\n\n" + LEAD, None),
    ("dateline-bracket-not-agency",
     HEAD + "Ранее, 3 апреля (в четверг), министр встретилась с ректором колледжа "
     "и обсудила программу обучения помощников.\n\n" + LEAD, None),
    ("transcript-in-prose",
     HEAD + LEAD + "\nРасшифровка эфира от 3 апреля 2025 года доступна на сайте "
     "радиостанции вместе с записью.\n", None),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(PAGES))
def test_publication_date(text: str, expected: str | None) -> None:
    assert find_published(text)[0] == expected


# (line, the heading's day, or None)
HEADINGS = [
    ("ЗДОРОВЬЕ  03.04.2025", "2025-04-03"),
    ("Главное за день — 3 апреля 2025", "2025-04-03"),
    ("Итоги недели, 3 апреля 2025 года", "2025-04-03"),
    ("Культура | 03.04.2025", "2025-04-03"),
    ("Сегодня, 3 апреля 2025", None),
    ("Чт, 03.04.2025", None),
    ("Четверг, 3 апреля 2025", None),
    ("Обновлено, 03.04.2025", None),
    ("ЗДОРОВЬЕ  3 апреля", None),
    ("ЗДОРОВЬЕ  03.04.2025 читать далее", None),
    ("ЗДОРОВЬЕ  03.04.2025 — 05.04.2025", None),
    ("Ремонт дорог в центре города продолжится  03.04.2025", None),
]


@pytest.mark.parametrize(("line", "expected"), HEADINGS)
def test_rubric_heading_day(line: str, expected: str | None) -> None:
    assert probes.day_read(rubric_heading_day, line) == expected


# (line, the stamp's day, or None)
STAMPS = [
    ("Опубликовано 09:40, 3 апреля", "--04-03"),
    ("Опубликовано в 09:40, 3 апреля 2025", "2025-04-03"),
    ("Расшифровка эфира от 3 апреля 2025 года", "2025-04-03"),
    ("Запись трансляции от 03.04.2025", "2025-04-03"),
    # near misses: an update label, words after the day, a release noun's genitive alone
    ("Обновлено 09:40, 3 апреля", None),
    ("Опубликовано 09:40, 3 апреля начнётся приём", None),
    ("Эфира от 03.04.2025 ждали все", None),
]


@pytest.mark.parametrize(("line", "expected"), STAMPS)
def test_stamp_line(line: str, expected: str | None) -> None:
    assert probes.day_read(stamp_line, line) == expected


def test_rows_placed_in_the_text() -> None:
    page = CHANNEL + HEAD + LEAD + "\n👁 5,3K   ✏️ 03.04.2025 11:20\n"
    got = edited_post_stamp(page)
    assert got is not None and page[got.start:got.end] == "03.04.2025"
    foot = HEAD + LEAD + FOOT + "03.04.2025, 11:20 | Просмотров: 2 417\n"
    lines = foot.split("\n")
    last = max(i for i, line in enumerate(lines) if "осенью" in line or "обучения" in line)
    got = counted_foot_stamp(foot, (2, last))
    assert got is not None and foot[got.start:got.end] == "03.04.2025"
    # above the body's last paragraph a counted stamp is the header's business
    assert counted_foot_stamp(foot, (2, len(lines) - 1)) is None
    assert counted_foot_stamp(foot, None) is None


# (id, page, publication, sorted (status, date) of the agreements)
RECORDS = [
    ("today-in-an-edited-post",
     CHANNEL + "Сегодня министр социальной политики Заречного края Ольга Петрова и директор "
     "городского колледжа Иван Смирнов подписали соглашение о сотрудничестве.\n\n"
     "👁 5,3K   ✏️ 03.04.2025 11:20\n", "2025-04-03", [("signed", "2025-04-03")]),
    ("yesterday-under-a-section-heading",
     MASTHEAD + "ЗДОРОВЬЕ  03.04.2025\n\n" + HEAD + "Вчера министр социальной политики "
     "Заречного края Ольга Петрова и директор городского колледжа Иван Смирнов подписали "
     "соглашение о сотрудничестве.\n", "2025-04-03", [("signed", "2025-04-02")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), probes.named_rows(RECORDS))
def test_agreement_dates_follow_the_page(models: Any, text: str, published: str,
                                         expected: list[tuple[str, str | None]]) -> None:
    rec = extract(text, "t.txt", models)
    assert rec.published == published
    assert sorted((a.status, a.date) for a in rec.agreements) == expected


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, published=("edited_post_stamp", "counted_foot_stamp",
                                                     "rubric_heading_day", "_rubric_heading_date"))
