"""date86: agreement dates. The items of a list under a dated header of signings take the
header's day; a plan explained after a colon of its own sentence by a pronoun takes that
time; a signed record never takes the time another record's plan is told for; a page that
calls the signing it passes on "вчерашний" dates it the day before its own. Every probe is
written here, in words of its own."""

from __future__ import annotations

import probes
import pytest
from probes import status_dates

HEAD = "Новости\n\n"

# two signings, then a plan of another agreement with a month
PLAN_AFTER_SIGNINGS = (
    HEAD + "Главный документ дня – соглашение о наставничестве между Министерством труда "
    "Омской области и Омским аграрным колледжем. Его подписали министр Иван Петров и "
    "директор колледжа Олег Сидоров.\n\nВторое соглашение{day} подписали руководители "
    "советов ветеранов: председатель Омского областного совета ветеранов Пётр Иванов и "
    "председатель Томского областного совета ветеранов Анна Смирнова.\n\nЕщё одно "
    "соглашение – о летнем отдыхе школьников между Омским центром занятости и Томским "
    "центром занятости – стороны намерены подписать в июне.\n")

# (id, published, text, (status, date the text gives) of every record, in order)
CASES = [
    # a numbered list under a header with a day: each item takes that day, not the page's
    ("list-header-day", "2025-03-14",
     HEAD + "Омский форум работодателей прошёл 12–13 марта.\n\n"
     "12 марта в Омске подписаны следующие документы:\n\n"
     "1. Соглашение о наставничестве между Министерством труда Омской области и "
     "Омским аграрным колледжем. Документ подписали министр и ректор.\n\n"
     "2. Соглашение о волонтёрстве между Министерством труда Омской области и "
     "Омским областным советом ветеранов. Его подписали министр и председатель совета.\n",
     [("signed", "2025-03-12"), ("signed", "2025-03-12")]),
    # negative: a header with no day leaves the items to the page's day (no text date)
    ("list-header-without-day", "2025-03-14",
     HEAD + "На форуме в Омске подписаны следующие документы:\n\n"
     "1. Соглашение о наставничестве между Министерством труда Омской области и "
     "Омским аграрным колледжем. Документ подписали министр и ректор.\n",
     [("signed", None)]),
    # negative: a header that names no signing dates no item
    ("list-header-no-signing", "2025-03-14",
     HEAD + "12 марта в Омске обсудили такие темы:\n\n"
     "1. Министерство труда Омской области и Омский аграрный колледж "
     "подписали соглашение о наставничестве.\n",
     [("signed", None)]),
    # a plan explained after a colon by a pronoun takes the month, ahead of the page
    ("plan-after-colon", "2025-02-10",
     HEAD + "Следующим шагом станет соглашение с Омским колледжем социальной работы: "
     "подписать его министерство труда Омской области намерено в мае.\n",
     [("planned", "2025-05")]),
    # pdate50: a deadline after the colon dates the plan by the publication year
    ("plan-after-colon-deadline", "2025-02-10",
     HEAD + "Следующим шагом станет соглашение с Омским колледжем социальной работы: "
     "подписать его министерство труда Омской области намерено до конца года.\n",
     [("planned", "2025")]),
    # a signing told before another record's plan keeps no month of that plan
    ("signing-not-dated-by-plan", "2025-04-10", PLAN_AFTER_SIGNINGS.format(day=""),
     [("signed", None), ("signed", None), ("planned", "2025-06")]),
    # negative: a signing dated in its own sentence keeps its day
    ("signing-own-day-kept", "2025-04-10", PLAN_AFTER_SIGNINGS.format(day=" 8 апреля"),
     [("signed", None), ("signed", "2025-04-08"), ("planned", "2025-06")]),
    # a repost that says "Сегодня" under a page calling the signing yesterday's
    ("repost-yesterday", "2024-11-12",
     "Канал министерства\n\n12 ноября 2024\n\nРассказываем о вчерашнем подписании.\n\n"
     "Переслано из: Фонд «Опора»\n\nСегодня в Омске фонд «Опора» и Министерство "
     "труда Омской области подписали соглашение о партнёрстве.\n",
     [("signed", "2024-11-11")]),
    # negative: a repost the page does not call yesterday's keeps the page's day
    ("repost-today", "2024-11-12",
     "Канал министерства\n\n12 ноября 2024\n\nРассказываем о важном событии.\n\n"
     "Переслано из: Фонд «Опора»\n\nСегодня в Омске фонд «Опора» и Министерство "
     "труда Омской области подписали соглашение о партнёрстве.\n",
     [("signed", "2024-11-12")]),
]


@pytest.mark.parametrize(("case", "published", "text", "expected"), CASES,
                         ids=[c[0] for c in CASES])
def test_dates(models, case: str, published: str, text: str, expected: list) -> None:
    assert status_dates(models, text, published) == expected


DATE86_FUNCTIONS = [("agreement_dates", "list_header_day"),
                    ("agreement_dates", "plan_told_after_colon"),
                    ("agreement_dates", "signing_not_dated_by_plan"),
                    ("agreement_dates", "signing_called_yesterday")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, DATE86_FUNCTIONS)
