"""date69: page dates a newspaper closes its page with, a post's edited counter row, a
channel feed's fullest post, a labelled stamp before the copyright, a stamp with its author
or its time beside the section; agreement dates put off by the next sentence, given by an
occasion's participle, shared "одновременно", refined from a year by the next sentence's day,
and told at a round table. In our own words.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.published import find_published

BODY = ("Студенты колледжа пройдут практику в соцзащите\n\n"
        "Министерство труда края и колледж подписали соглашение о практике студентов в "
        "центрах социального обслуживания. Студенты выйдут на практику уже весной.\n\n"
        "Первые сорок студентов пройдут практику в районах края, остальные — в краевом "
        "центре.\n\n"
        "Колледж готовит социальных работников с 1995 года, выпускники работают во всех "
        "районах края.\n\n")

FEED = """Минсоц края
@minsoc · 5 200 подписчиков

────────────────────

{first}

Напоминаем: приём заявлений на региональную выплату многодетным семьям продлён до конца \
месяца.

👁 1,2K

────────────────────

{second}

Вчера министр труда края и ректор колледжа подписали соглашение о практике студентов в \
центрах социального обслуживания населения края.

Студенты выйдут на практику уже весной, первые сорок человек пройдут её в районах края.

👁 3,4K

────────────────────

{third}

Сегодня в районах края проходят праздничные концерты, посвящённые Международному женскому \
дню.

👁 2,2K
"""

PAGE_ROWS = [
    # a newspaper's issue line closing the page, a page mark after a bar (None before)
    ("footer-issue", BODY + "Ольга ИВАНОВА.\n\n«Сельская новь» № 12 (9 876) • вторник, "
     "4 марта 2025 г. • стр. 2\nУчредитель — администрация района.", "2025-03-04"),
    ("footer-issue-plain", BODY + "«Районные вести» № 9 (10 112) 6 марта 2025 г.\n"
     "Тираж 1500.", "2025-03-06"),
    # two issue days closing the page: none of them
    ("footer-two-issues", BODY + "«Районные вести» № 9 (10 112) 6 марта 2025 г.\n"
     "«Районные вести» № 10 (10 113) 13 марта 2025 г.", None),
    # a post's counter row with the edited flag and the post's time (None before)
    ("edited-row", BODY + "👁 2,1K   изменено   05.03.2025 14:20\n", "2025-03-05"),
    # no time after the flag, or an update label opening its line: no page date
    ("edited-no-time", BODY + "👁 2,1K   изменено   05.03.2025\n", None),
    ("update-label", BODY + "Изменено: 05.03.2025 14:20\n", None),
    # a labelled stamp before the copyright on one footer line (None before)
    ("label-copyright", BODY + "Материал опубликован 03.02.2024. © «Вести района», 2024. 18+",
     "2024-02-03"),
    ("copyright-only", BODY + "© «Вести района», 2024. 18+", None),
    # a stamp naming its author between wide gaps, counters after (None before)
    ("author-stamp", "Новости края\n\n12.03.2025 10:15   Иван Петров   👁 1 204   💬 3\n\n"
     + BODY, "2025-03-12"),
    # the time between the section and the date (None before)
    ("section-time-date", "Новости края\n\nОбщество · 09:40 · 12.03.2025\n\n" + BODY,
     "2025-03-12"),
    # a feed of timed posts: the fullest post's day (None before)
    ("feed-fullest", FEED.format(first="3 марта 2025 г., 18:05", second="4 марта 2025 г., 9:47",
                 third="8 марта 2025 г., 10:00"),
     "2025-03-04"),
    # a digest's day headings print no time: no page date
    ("feed-untimed", FEED.format(first="3 марта 2025 г.", second="4 марта 2025 г.",
                 third="8 марта 2025 г."), None),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(PAGE_ROWS))
def test_page_dates(text: str, expected: str | None) -> None:
    assert find_published(text)[0] == expected


AGREEMENT_ROWS = [
    # the next sentence puts the signing off to a day (12 March before date69)
    ("put-off-next",
     "Планировалось, что 12 марта министерство труда края и колледж подпишут соглашение о "
     "практике студентов. Подписание переносится на 2 апреля.",
     "2025-03-11", "planned", "2025-04-02"),
    # a participle of the forum held on a day (the page's day before date69)
    ("forum-participle",
     "В ходе форума «Социальный Урал», прошедшего 14 мая в Екатеринбурге, министерство "
     "социальной политики области заключило соглашение с благотворительным фондом «Опора».",
     "2025-05-16", "signed", "2025-05-14"),
    # "одновременно": the day of the signing before it (the page's day before date69)
    ("same-time",
     "Министерство социальной защиты края и отделение Социального фонда 16 сентября заключили "
     "соглашение об обмене сведениями. Одновременно стороны подписали дорожную карту о "
     "переходе на проактивное назначение выплат, рассчитанную до конца 2025 года.",
     "2024-09-18", "signed", "2024-09-16"),
    # a year refined by the day the next sentence tells the signing (2022 before date69)
    ("year-to-day",
     "Три года назад комитет по социальной политике и фонд «Опора» заключили соглашение о "
     "сотрудничестве. Документ был подписан 5 апреля 2022 года в Смольном.\n\n"
     "Сейчас фонд помогает пожилым людям в пяти районах.",
     "2025-05-10", "mentioned", "2022-04-05"),
    # the next sentence's day of another year refines nothing
    ("year-other-day",
     "Три года назад комитет по социальной политике и фонд «Опора» заключили соглашение о "
     "сотрудничестве. Документ был подписан 5 апреля 2021 года в Смольном.\n\n"
     "Сейчас фонд помогает пожилым людям в пяти районах.",
     "2025-05-10", "mentioned", "2022"),
    # a plan takes no day an earlier document was signed on (2022-12-20 before date69)
    ("plan-not-past-day",
     "Накануне прошло заседание областной трёхсторонней комиссии по регулированию "
     "социально-трудовых отношений. Главный вопрос повестки — проект трёхстороннего "
     "соглашения между Правительством Тверской области, Федерацией профсоюзов Тверской "
     "области и Тверской ассоциацией работодателей на 2026–2028 годы.\n\n"
     "Действующее соглашение на 2023–2025 годы было подписано 20 декабря 2022 года и "
     "истекает 31 декабря. Подписать новый документ стороны планируют в декабре.",
     "2025-10-23", "planned", "2025-12"),
    # a signing at a round table held on a day told before (the page's day before date69)
    ("round-table",
     "В среду, 12 марта, в ресурсном центре прошел круглый стол о долговременном уходе.\n\n"
     "Эксперты обсудили помощь пожилым людям на дому.\n\n"
     "По итогам круглого стола комплексный центр социального обслуживания населения "
     "Невского района и благотворительный фонд «Опора» подписали соглашение о "
     "сотрудничестве.",
     "2025-03-14", "signed", "2025-03-12"),
]


@pytest.mark.parametrize(("text", "published", "status", "expected"),
                         probes.named_rows(AGREEMENT_ROWS))
def test_agreement_dates(models: Any, text: str, published: str, status: str,
                         expected: str) -> None:
    found = [(a.status, probes.text_date(a))
             for a in probes.agreements_of(models, text, published)]
    assert (status, expected) in found, found
    assert all(d == expected for st, d in found if st == status), found
