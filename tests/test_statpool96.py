"""statpool96: dates pooled over the dev rounds. A page's date followed by a bar or a dash
and the name of who publishes it is the publication date; so is a breadcrumb's date after
the site's address written in small letters, and a newspaper's issue line over the heading
of the issue's contents. A date whose own clause has a verb of its own takes that verb's
tense when the parse hangs it on a verb in another clause or the unparsed sentence's verbs
disagree; a bare month a plan is put off to lies ahead of the publication. Every probe is
written here, in words of its own."""

from __future__ import annotations

import datetime as dt

import probes
import pytest

from soccoop.extract.agreement_dates import month_put_off_ahead
from soccoop.extract.published import (
    find_published,
    footer_issue,
    issue_contents_below,
    source_name,
)

HEADLINE = "Тамбовские соцработники освоили новую программу ухода за пожилыми"
PROSE = ("Комитет социальной защиты Тамбовской области провёл недельные курсы для "
         "сиделок и патронажных сестёр из всех районов региона.")

# (id, text, expected publication date)
PAGES = [
    ("source-after-bar",
     f"{HEADLINE}\n\n14.03.2025 | Комитет социальной защиты Тамбовской области\n\n{PROSE}\n",
     "2025-03-14"),
    ("outlet-after-dash",
     f"{HEADLINE}\n\n9 февраля 2026, 10:15 — Тамбовская жизнь\n\n{PROSE}\n",
     "2026-02-09"),
    ("small-address-crumb",
     f"Портал Тамбовской области\ntambov-info.ru › Общество › Лента › 14.03.2025\n\n"
     f"{HEADLINE}\n\n{PROSE}\n",
     "2025-03-14"),
    # negative: a listed headline after the bar is no publisher
    ("headline-after-bar",
     f"{HEADLINE}\n\n14.03.2025 | Комитет и колледж заключили договор\n\n{PROSE}\n",
     None),
]


@pytest.mark.parametrize(("case", "text", "expected"), PAGES, ids=[r[0] for r in PAGES])
def test_publication_page_shapes(case: str, text: str, expected: str | None) -> None:
    assert find_published(text)[0] == expected


SOURCES = [
    ("body", "Комитет социальной защиты Тамбовской области", True),
    ("outlet", "Тамбовская жизнь", True),
    ("quoted-agency", "ИА «Регион-Информ»", True),
    ("headline", "Комитет и колледж заключили договор", False),
    ("present-headline", "Колледж готовит выпускников для заводов", False),
    ("sentence", "Тамбовская жизнь. Новости", False),
    ("lower-case", "новости региона", False),
]


ISSUE_PAGE = (f"{HEADLINE}\n\n{PROSE}\n\nБеседовала Анна Котова\n\n№ 11 (2207), 14 марта "
              "2025 г.\n\n")
FOOTERS = [
    ("over-contents", ISSUE_PAGE + "В этом номере:\nЛыжня собрала триста участников\n",
     "2025-03-14"),
    # negative: a bare issue number with no contents heading under it may be any issue
    ("bare-issue", ISSUE_PAGE + "Лыжня собрала триста участников\n", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), FOOTERS, ids=[r[0] for r in FOOTERS])
def test_footer_issue_over_contents(case: str, text: str, expected: str | None) -> None:
    ref = footer_issue(text)
    assert (ref.value if ref else None) == expected


CONTENTS = [
    ("contents", ["№ 11 (2207), 14 марта 2025 г.", "В этом номере:", "Лыжня"], True),
    ("read-in-issue", ["№ 11 (2207), 14 марта 2025 г.", "Читайте в свежем номере", "Лыжня"],
     True),
    # negatives: a sentence that merely names an issue; a photo credit
    ("sentence", ["№ 11 (2207), 14 марта 2025 г.", "В номере нашли опечатку.", "Лыжня"],
     False),
    ("credit", ["№ 11 (2207), 14 марта 2025 г.", "Фото автора", "Лыжня"], False),
]


@pytest.mark.parametrize(("case", "lines", "expected"), CONTENTS, ids=[r[0] for r in CONTENTS])
def test_issue_contents_below(case: str, lines: list[str], expected: bool) -> None:
    assert issue_contents_below(lines, [0, 1, 2], 0) is expected


@pytest.mark.parametrize(("case", "chunk", "expected"), SOURCES, ids=[r[0] for r in SOURCES])
def test_source_name(case: str, chunk: str, expected: bool) -> None:
    assert source_name(chunk) is expected


PUT_OFF = [
    ("month-behind", "--10", "2024-10", dt.date(2025, 2, 20), "2025-10"),
    ("month-ahead", "--05", "2025-05", dt.date(2025, 2, 20), "2025-05"),
    # negatives: a day keeps the nearest year; no publication day, no change
    ("day", "--10-05", "2024-10-05", dt.date(2025, 2, 20), "2024-10-05"),
    ("no-publication", "--10", "--10", None, "--10"),
]


@pytest.mark.parametrize(("case", "stated", "value", "pub", "expected"), PUT_OFF,
                         ids=[r[0] for r in PUT_OFF])
def test_month_put_off_ahead(case: str, stated: str, value: str, pub: dt.date | None,
                             expected: str) -> None:
    assert month_put_off_ahead(stated, value, pub) == expected


LEAD = "Новости\n\n"
UNIVERSITY = "университет"

# (id, published, text, a side of the record, its expected status and date)
RECORDS = [
    # the plan's own clause tells its month's time, whatever the clause beyond the dash
    ("plan-before-dash", "2025-03-14",
     LEAD + "Комитет социальной защиты Тамбовской области подвёл итоги зимы.\n\n"
     "Комитет и фонд «Забота» в июне планируют подписать соглашение о помощи пожилым с "
     "Тамбовским государственным университетом — там прошлой осенью открыли центр для "
     "пожилых.\n",
     UNIVERSITY, ("planned", "2025-06")),
    # the plan's own clause after ", а", the past clause before it
    ("plan-after-comma-a", "2025-03-14",
     LEAD + "Комитет социальной защиты Тамбовской области подвёл итоги зимы.\n\n"
     "В 2021 году соглашение о партнёрстве было заключено с Тамбовской областной "
     "больницей, а в мае аналогичный документ планируется подписать с Тамбовским "
     "государственным университетом.\n",
     UNIVERSITY, ("planned", "2025-05")),
    # a bare month a plan is put off to lies ahead
    ("put-off-month", "2025-02-20",
     LEAD + "В феврале комитет социальной защиты Тамбовской области и Тамбовский "
     "технический университет должны были заключить соглашение о помощи пожилым. "
     "Однако подписание перенесли на октябрь: стороны ещё уточняют число мест.\n",
     UNIVERSITY, ("planned", "2025-10")),
    # negatives: a past signing in its own clause keeps its month behind the publication;
    # the earlier agreement of the ", а" sentence keeps its year
    ("past-before-dash", "2025-03-14",
     LEAD + "Комитет социальной защиты Тамбовской области подвёл итоги зимы.\n\n"
     "Комитет в мае заключил соглашение о помощи пожилым с Тамбовским государственным "
     "университетом — там осенью намерены открыть центр для пожилых.\n",
     UNIVERSITY, ("signed", "2024-05")),
    ("earlier-of-comma-a", "2025-03-14",
     LEAD + "Комитет социальной защиты Тамбовской области подвёл итоги зимы.\n\n"
     "В 2021 году соглашение о партнёрстве было заключено с Тамбовской областной "
     "больницей, а в мае аналогичный документ планируется подписать с Тамбовским "
     "государственным университетом.\n",
     "больница", ("mentioned", "2021")),
]


@pytest.mark.parametrize(("case", "published", "text", "side", "expected"), RECORDS,
                         ids=[r[0] for r in RECORDS])
def test_records(models, case: str, published: str, text: str, side: str,
                 expected: tuple[str, str]) -> None:
    rows = probes.status_date_parties(models, text, published)
    got = [(st, date) for st, date, parties in rows
           if any(side in p.lower() for p in parties)]
    assert expected in got, rows


STATPOOL96_FUNCTIONS = [("published", "source_name"),
                        ("published", "issue_contents_below"),
                        ("agreement_dates", "month_put_off_ahead")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, STATPOOL96_FUNCTIONS)
