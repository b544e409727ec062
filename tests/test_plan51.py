"""plan51 (round 51): planned and mentioned records and status errors pooled over the dev
rounds; an agreement told in force since a year or "already" is recalled whatever the next
clause plans, and a report's signings of its own year are its news.

- an agreement noun in the nominative whose own coordinate clause says it is in force now
  ("действует с 2019 года", "уже действует") is an older agreement the page recalls,
  mentioned, though another clause of the sentence plans a signing
  (``candidate_status.recalled_in_force``, an early status pass, with
  ``candidate_status._since_year``);
- a report's headline that gives the year of the tasks ahead after "на" ("за 2023 год и
  планах на 2024 год") still names the year of its results (``candidate_status.tasks_period``
  in ``candidate_status.report_year``), and a single signing dated to a day of that year
  is the report's news, signed (``agreements._candidates`` passes the report year through
  ``candidate_status.report_of_day`` to ``candidate_status.date_for_status`` for every
  mention, not only a list's lead); one dated by a month is told in passing.

The negatives keep each reading to its shape: a new agreement's term ("действует до 2030
года"), entry into force still to come, a negated "действует", a start told by a month, a
report page whose signing is of an older year or dated by a month only, a page that
reports no period. Every probe
is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.candidate_status import recalled_in_force, report_of_day, tasks_period

PUB = "2024-10-16"
VETERANS = "Озёрный союз ветеранов"


@pytest.mark.parametrize(("case", "text", "expected"), [
    # each of the two fails on b51dev ("planned"): the plan of the second clause was read
    # for the agreement in force, the parse hanging its noun on the plan's verb or the
    # window's plan words reaching it
    ("in force since, then a plan", "По словам министра, соглашение с Озёрным союзом "
     "ветеранов действует с 2020 года, а в следующем месяце министерство социальной защиты "
     "Озёрного края подпишет соглашение с Лесным фондом помощи инвалидам.", "mentioned"),
    ("already in force, a plan on its base", "Министр добавила, что у министерства "
     "социальной защиты Озёрного края уже действует соглашение с Озёрным союзом ветеранов, "
     "заключённое в 2020 году, и именно на его основе министерство планирует подписать "
     "соглашение с Лесным фондом помощи инвалидам.", "mentioned"),
    # negative: the plan itself, its partner named alone, stays planned
    ("the plan stays planned", "Соглашение с Озёрным союзом ветеранов министерство "
     "социальной защиты Озёрного края планирует подписать в ноябре.", "planned"),
])
def test_in_force_beside_a_plan(models, case: str, text: str, expected: str) -> None:
    assert probes.status_of_side(models, text, PUB, VETERANS) == expected, case


SIGNED_TODAY = ("Министерство социальной защиты Озёрного края и Озёрный союз ветеранов вчера "
                "подписали соглашение о сотрудничестве. ")


@pytest.mark.parametrize(("case", "after"), [
    # negatives: a new agreement's term or its start is no older agreement
    ("term of the new one", "Соглашение действует до 2030 года."),
    ("entry into force", "Соглашение начнёт действовать с 1 ноября."),
])
def test_new_agreement_term_stays_signed(models, case: str, after: str) -> None:
    assert probes.status_of_side(models, SIGNED_TODAY + after, PUB, VETERANS) == "signed", \
        case


@pytest.mark.parametrize(("case", "text", "expected"), [
    ("since a year", "Соглашение с союзом ветеранов действует с 2020 года.", "mentioned"),
    ("already", "У фонда уже действует соглашение с союзом ветеранов.", "mentioned"),
    ("since last year", "Соглашение с союзом ветеранов действует с прошлого года.",
     "mentioned"),
    # negatives: a bare term; the future; negated; a start told by a day and month
    ("term", "Соглашение действует до 2030 года.", None),
    ("future", "Соглашение будет действовать с 2026 года.", None),
    ("negated", "Соглашение с союзом ветеранов не действует с 2020 года.", None),
    ("a day", "Соглашение с союзом ветеранов действует с 1 марта.", None),
    # negative: the verb is in the base's relative clause, not the supplement's
    ("base in force", "Вчера подписано дополнительное соглашение к договору с союзом "
     "ветеранов, который действует с 2020 года.", None),
])
def test_recalled_in_force(models, case: str, text: str, expected: str | None) -> None:
    from soccoop.extract.syntax import ensure_parsed
    sent = ensure_parsed(models.analyse(text).sentences[0], models)
    k = next(i for i, t in enumerate(sent.tokens) if t.lemma == "соглашение")
    assert recalled_in_force(sent, [k]) == expected, case


REPORT_PUB = "2024-02-10"
BODY = ("В отчётном году министерство расширило круг партнёров. 15 марта 2023 года подписано "
        "соглашение о сотрудничестве с Озёрным центром реабилитации инвалидов.")
CENTRE = "Озёрный центр реабилитации инвалидов"


@pytest.mark.parametrize(("case", "text", "expected"), [
    # both fail on b51dev ("mentioned"): a single signing of the report's year was read as
    # history, and the tasks' year made the first headline read as of two years
    ("results and tasks", "Доклад об итогах работы министерства социальной защиты Озёрного "
     "края за 2023 год и планах на 2024 год\n\n" + BODY, "signed"),
    ("results of a year", "Итоги 2023 года: работа министерства социальной защиты Озёрного "
     "края\n\n" + BODY, "signed"),
    # negatives: no report on the page; a report whose signing is of an older year
    ("no report", "Министерство социальной защиты Озёрного края рассказало о партнёрах. "
     "15 марта 2023 года министерство подписало соглашение о партнёрстве с Озёрным центром "
     "реабилитации инвалидов.", "mentioned"),
    ("a month in passing", "Итоги 2023 года: работа министерства социальной защиты "
     "Озёрного края\n\nВ отчётном году министерство расширило круг партнёров. В октябре "
     "2023 года ведомство и Озёрный центр реабилитации инвалидов заключили между собой "
     "соглашение о партнёрстве.", "mentioned"),
    ("older signing in a report", "Итоги 2023 года: работа министерства социальной защиты "
     "Озёрного края\n\nЗа отчётный год министерство не сменило ни одного партнёра. "
     "Соглашение с Озёрным центром реабилитации инвалидов было подписано 15 марта 2021 "
     "года.", "mentioned"),
])
def test_signing_of_report_year(models, case: str, text: str, expected: str) -> None:
    assert probes.status_of_side(models, text, REPORT_PUB, CENTRE) == expected, case


@pytest.mark.parametrize(("case", "year", "expected"), [
    ("tasks' year", "2024", True),
    # negative: the results' year, after "за"
    ("results' year", "2023", False),
])
def test_tasks_period(models, case: str, year: str, expected: bool) -> None:
    from soccoop.extract.dates import find_dates
    text = "Доклад об итогах работы за 2023 год и планах на 2024 год."
    sent = models.analyse(text).sentences[0]
    d = next(d for d in find_dates(text, REPORT_PUB) if d.value.startswith(year))
    assert tasks_period(sent, d) is expected, case


@pytest.mark.parametrize(("case", "report", "date", "expected"), [
    ("a day of the year", "2023", "2023-03-15", "2023"),
    # negatives: a month or a year alone; no report; no date
    ("a month", "2023", "2023-10", None),
    ("a year", "2023", "2023", None),
    ("no report", None, "2023-03-15", None),
    ("no date", "2023", None, None),
])
def test_report_of_day(case: str, report: str | None, date: str | None,
                       expected: str | None) -> None:
    assert report_of_day(report, date) == expected, case


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, candidate_status=("recalled_in_force", "_since_year",
                                                            "tasks_period", "report_year",
                                                            "report_of_day"))
