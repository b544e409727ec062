"""Plans told beside an older agreement (status46), probed in our own words.

A side-less mention of the agreement to come ("в рамках будущего соглашения") joins the plan,
not the older agreement the plan develops, told as signed in a month of a stated year
("соглашения ..., подписанного в сентябре 2023 года"), which stays mentioned (a day is not
enough: "якобы вчера подписало соглашение", refuted beside its plan, is that plan); a ceremony
scheduled in a clause after a comma ("Проект документа согласован, церемония назначена на
20 ноября") dates the plan. Negatives: an older agreement dated to its year only beside a
signing keeps the rules it had; a ceremony noun that opens no clause; a date told before
the ceremony's clause.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.dates import find_dates, stated_view
from soccoop.extract.signing_dates import scheduled_ceremony

HEAD = "Омск, 12 ноября 2026 — Омск-Информ\n\n"
PLAN = ("Министерство труда и социального развития Омской области и Министерство труда и "
        "социальной политики Запорожской области готовят к подписанию соглашение о "
        "сотрудничестве. ")
OLD = ("Документ станет развитием соглашения между Правительством Омской области и "
       "Правительством Запорожской области, подписанного {when}.\n\n")
FUTURE = ("По словам министра, в рамках будущего соглашения омские специалисты помогут "
          "коллегам наладить работу центров социального обслуживания.")


@pytest.mark.slow
@pytest.mark.parametrize(("when", "expected"), [
    ("в сентябре 2023 года", [("planned", "2026-11-20"), ("mentioned", "2023-09")]),
    # a year only: the older agreement, as before
    ("в 2023 году", [("planned", "2026-11-20"), ("mentioned", "2023")]),
])
def test_future_agreement_joins_the_plan(models: Any, when: str,
                                         expected: list[tuple[str, str | None]]) -> None:
    text = (HEAD + PLAN + "Проект документа согласован, церемония назначена на 20 ноября в "
            "Омске.\n\n" + OLD.format(when=when) + FUTURE)
    assert probes.status_dates(models, text) == expected


def _ceremony(models: Any, sentence: str) -> str | None:
    analysis = models.analyse(sentence)
    dates = stated_view(find_dates(analysis.text, "2026-11-12"))
    return scheduled_ceremony(analysis.sentences[0], dates)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Церемония запланирована на 20 ноября.", "--11-20"),
    # a clause opened by the ceremony after a comma
    ("Проект документа согласован, церемония назначена на 20 ноября в Омске.", "--11-20"),
    ("Текст соглашения готов; подписание запланировано на декабрь.", "--12"),
    # a date before the ceremony's clause is not its date
    ("Проект согласовали 5 ноября, церемония запланирована на 20 ноября.", "--11-20"),
    # negatives: the noun opens no clause, or no scheduling verb follows it
    ("Проект документа согласован к церемонии, запланированной на 20 ноября.", None),
    ("Проект документа согласован, церемония прошла 20 ноября.", None),
])
def test_scheduled_ceremony_in_a_clause(models: Any, sentence: str,
                                        expected: str | None) -> None:
    assert _ceremony(models, sentence) == expected


@pytest.mark.slow
def test_signing_put_off_last_week_stays_one_plan(models: Any) -> None:
    """A month told relatively ("на прошлой неделе") is no older agreement's year: the
    headline's plan and the body's put-off signing are one."""
    text = ("«Омская правда» · Общество · 12.11.2026\nПодписание отложено: Омская и "
            "Запорожская области пока не заключили соглашение\nСоглашение о сотрудничестве "
            "между Министерством труда и социального развития Омской области и Министерством "
            "труда и социальной политики Запорожской области так и не было подписано на "
            "прошлой неделе, как планировалось. Делегация не смогла приехать в Омск, и "
            "церемонию перенесли. Новую дату подписания стороны пока не определили.")
    assert [s for s, _ in probes.status_dates(models, text)] == ["planned"]
