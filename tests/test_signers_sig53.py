"""Signatories of sig53, probes written for this file (not copied from any round).

* An interviewee's answer turn that plans a signing in the first person beside a named
  partner ("мы с министром X планируем подписать соглашение") makes the one the interview
  addresses by first name and patronymic, and X, the plan's signers, the partner read
  from "мы с + instrumental" by order wherever the parse hung it
  (``signer_shapes.interview_we_signers``, ``interviewee``, ``_we_with``, ``_we_plan``).
* Without a named partner, or outside an answer turn, nobody is added.
"""

from __future__ import annotations

from typing import Any

import pytest
from probes import signers_of

PUB = "2025-05-20"

INTRO = ("Министр социальной политики Калужской области Павел Коновалов ответил на вопросы "
         "газеты о планах ведомства.\n\n— Павел Андреевич, как прошёл год?\n\n— Год был "
         "трудным, но мы справились.\n\n— Что в планах?\n\n")

PLANS = [
    # "мы с + instrumental" before the planning verb
    (INTRO + "— Осенью мы с министром труда Тульской области Анной Беловой планируем "
     "подписать соглашение о сотрудничестве.", [["Анна Белова", "Павел Коновалов"]]),
    # a first-person signing verb with the partner after it
    (INTRO + "— В июне мы подпишем соглашение о сотрудничестве с ректором Калужского "
     "университета Максимом Киреевым.", [["Максим Киреев", "Павел Коновалов"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), PLANS)
def test_interviewee_plans_with_named_partner(models: Any, text: str,
                                              expected: list[list[str]]) -> None:
    assert signers_of(models, text, PUB, ("planned",)) == expected


PLANS_NOT = [
    # the answer names only the partner body: which bodies sign, not who
    INTRO + "— Осенью мы планируем подписать соглашение о сотрудничестве с министерством "
    "труда Тульской области.",
    # no interview: nobody is addressed by first name and patronymic
    "Министр социальной политики Калужской области Павел Коновалов рассказал о планах. "
    "Осенью министерство планирует подписать соглашение о сотрудничестве с министерством "
    "труда Тульской области.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", PLANS_NOT)
def test_plan_without_named_partner_has_no_signers(models: Any, text: str) -> None:
    found = signers_of(models, text, PUB, ("planned",))
    assert found  # the planned agreement is still found
    assert "Павел Коновалов" not in {n for group in found for n in group}
