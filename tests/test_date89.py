"""date89: agreement and publication dates. A page whose web address is printed with "›"
between its path's parts, a publication label naming the newspaper issue the text ran in,
and a post's counter row with its timed stamp after a separator date the page; a plan
dated by the day of the numbered act that approved its draft takes the time its story
later plans the signing for; a signing put off takes the new time its story names
("Новая дата — начало марта"); "подписание ожидается в марте" plans a signing. Every probe
is written here, in words of its own, with the near misses each rule must not fire on."""

from __future__ import annotations

import probes
import pytest
from probes import status_dates

from soccoop.extract.published import (
    crumb_address_day,
    edited_post_stamp,
    find_published,
    labelled_issue,
)

LEAD = ("Министерство социальной политики края и краевое отделение Соцфонда решили "
        "вместе обучать сиделок для одиноких пожилых жителей. Первые "
        "занятия пройдут в районных центрах уже весной.\n\n"
        "Специалисты обеих сторон подготовят общую программу и разошлют её по районам, а к "
        "осени подведут первые итоги работы.\n")
HEAD = "Соцзащита и Соцфонд вместе обучат сиделок\n\n"

# (id, line, the day crumb_address_day reads)
CRUMBS = [
    ("crumb-day", "soc-primer.ru › Новости › 2023 › 09 › 04 › sidelki", "2023-09-04"),
    ("crumb-day-last", "www.soc-primer.ru › news › 2023 › 9 › 4", "2023-09-04"),
    # negatives: a breadcrumb with no domain, no day, an impossible day, two days, words
    # after the day
    ("crumb-no-domain", "Главная › Новости › 2023 › 09 › 04", None),
    ("crumb-no-day", "soc-primer.ru › Органы власти › Министерство › Новости", None),
    ("crumb-bad-month", "soc-primer.ru › news › 2023 › 14 › 04", None),
    ("crumb-two-days", "soc-primer.ru › 2023 › 09 › 04 › 2022 › 01 › 05", None),
    ("crumb-words-after", "soc-primer.ru › 2023 › 09 › 04 и другие новости.", None),
]


@pytest.mark.parametrize(("case", "line", "expected"), CRUMBS, ids=[c[0] for c in CRUMBS])
def test_crumb_address_day(case: str, line: str, expected: str | None) -> None:
    assert probes.day_read(crumb_address_day, line) == expected


# (id, line, the day labelled_issue reads)
ISSUES = [
    ("issue-in", "Опубликовано в № 41 (7312) от 3 октября 2024 г.", "2024-10-03"),
    ("issue-colon", "Опубликовано: № 41 от 3 октября 2024 года", "2024-10-03"),
    # negatives: no issue after the label; a legal act's title going on after its date
    ("no-issue", "Опубликовано 3 октября", None),
    ("act-goes-on", "Опубликовано в постановлении № 41 от 3 октября 2024 г. о мерах", None),
    ("no-label", "В № 41 (7312) от 3 октября 2024 г.", None),
]


@pytest.mark.parametrize(("case", "line", "expected"), ISSUES, ids=[c[0] for c in ISSUES])
def test_labelled_issue(case: str, line: str, expected: str | None) -> None:
    assert probes.day_read(labelled_issue, line) == expected


# (id, text, the day edited_post_stamp reads)
POSTS = [
    ("counter-dot-stamp", "Пост канала\n\n👁 5,1K · 14.02.2024 10:05\n", "2024-02-14"),
    ("counter-bar-stamp", "Пост канала\n\n👁 812 | 14.02.2024 10:05\n", "2024-02-14"),
    ("edited-flag", "Пост канала\n\n👁 2,7K   изменено   05.03.2024 09:12\n", "2024-03-05"),
    # negatives: no time of day; two such rows (a feed); no counter before the stamp
    ("no-time", "Пост канала\n\n👁 5,1K · 14.02.2024\n", None),
    ("two-rows", "Пост\n\n👁 5,1K · 14.02.2024 10:05\n\nПост\n\n👁 1K · 15.02.2024 11:00\n",
     None),
    ("no-counter", "Пост канала\n\nНовости · 14.02.2024 10:05\n", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), POSTS, ids=[c[0] for c in POSTS])
def test_post_counter_stamp(case: str, text: str, expected: str | None) -> None:
    assert probes.day_read(edited_post_stamp, text) == expected


# (id, page, the publication date find_published gives)
PAGES = [
    ("crumb-address-top",
     "soc-primer.ru › Пресс-центр › Новости › 2023 › 09 › 04 › sidelki\n\n" + HEAD + LEAD,
     "2023-09-04"),
    ("issue-label-footer",
     "КРАЕВАЯ ГАЗЕТА\n\n" + HEAD + LEAD + "\nОпубликовано в № 41 (7312) от 3 октября "
     "2024 г.\n\nЧитайте также\n", "2024-10-03"),
    ("post-counter-row",
     "Канал министерства\n\n" + HEAD + LEAD + "\n#соцзащита\n\n👁 5,1K · 14.02.2024 10:05\n",
     "2024-02-14"),
    # negative: a breadcrumb path under the text is another page's
    ("crumb-under-text", HEAD + LEAD + "\nsoc-primer.ru › Новости › 2023 › 09 › 04\n", None),
]


@pytest.mark.parametrize(("case", "page", "expected"), PAGES, ids=[c[0] for c in PAGES])
def test_published(case: str, page: str, expected: str | None) -> None:
    assert find_published(page)[0] == expected


DECREE = ("Новости правительства\n\nОдобрен проект соглашения с Курганской областью\n\n"
          "Распоряжением правительства Омской области {act} одобрен проект соглашения "
          "между региональным Правительством Омской области и Курганским правительством о "
          "подготовке сиделок для одиноких стариков.\n\n"
          "Соглашение предусматривает обмен опытом и совместное обучение сиделок.\n\n"
          "{plan}\n")

# (id, published, text, (status, date the text gives) of every record, in order)
CASES = [
    # a plan dated by its act's day takes the month its story plans the signing for
    ("act-day-then-plan", "2025-03-12",
     DECREE.format(act="от 3 марта 2025 года № 88-р",
                   plan="Подписать документ стороны намерены в апреле."),
     [("planned", "2025-04")]),
    ("act-number-first", "2025-03-12",
     DECREE.format(act="№ 88-р от 3 марта 2025 года",
                   plan="Подписать документ стороны намерены в апреле."),
     [("planned", "2025-04")]),
    # negative: a day that is no act's own day is the plan's
    ("plan-day-kept", "2025-03-12",
     DECREE.format(act="3 марта 2025 года",
                   plan="Подписать документ стороны намерены в апреле."),
     [("planned", "2025-03-03")]),
    # negative: no later plan leaves the act's day
    ("act-day-no-plan", "2025-03-12",
     DECREE.format(act="от 3 марта 2025 года № 88-р",
                   plan="Документ разработан министерством труда."),
     [("planned", "2025-03-03")]),
    # a signing put off takes the new time a later quote names, a part of a month
    ("new-time-month-part", "2025-02-20",
     "Канал министерства\n\nПодписание соглашения с Омским отделением Соцфонда "
     "отложено\n\nНазначенная на сегодня церемония не прошла: юристы попросили "
     "ещё раз вычитать текст.\n\n«Спешить мы не будем. Предварительно новая дата — "
     "середина марта», — заявил министр.\n",
     [("planned", "2025-03")]),
    # negative: a "new date" with no month or day named dates nothing
    ("new-time-unnamed", "2025-02-20",
     "Канал министерства\n\nПодписание соглашения с Омским отделением Соцфонда "
     "отложено\n\nНазначенная на сегодня церемония не прошла: юристы попросили "
     "ещё раз вычитать текст.\n\n«Спешить мы не будем. Предварительно новая дата — "
     "после праздников», — заявил министр.\n",
     [("planned", None)]),
    # a signing expected in a month, its noun the subject
    ("signing-expected", "2025-02-14",
     "Новости\n\nМинистерство труда Омской области планирует заключить соглашение с "
     "Омским союзом работодателей. Текст разослан членам союза, а подписание "
     "ожидается в марте, сообщил министр.\n",
     [("planned", "2025-03")]),
    # negative: an expectation of the past plans nothing
    ("signing-was-expected", "2025-02-14",
     "Новости\n\nМинистерство труда Омской области планирует заключить соглашение с "
     "Омским союзом работодателей. Текст разослан членам союза, а подписание "
     "ожидалось в марте, сообщил министр.\n",
     [("planned", None)]),
]


@pytest.mark.parametrize(("case", "published", "text", "expected"), CASES,
                         ids=[c[0] for c in CASES])
def test_dates(models, case: str, published: str, text: str, expected: list) -> None:
    assert status_dates(models, text, published) == expected


DATE89_FUNCTIONS = [("agreement_dates", "plan_not_dated_by_act"),
                    ("agreement_dates", "new_time_named_later"),
                    ("published", "crumb_address_day"),
                    ("published", "labelled_issue"),
                    ("published", "edited_post_stamp")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, DATE89_FUNCTIONS)
