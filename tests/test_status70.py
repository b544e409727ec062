"""status70: a plan to sign read past a quoted name the parse split off, in our own words.

An agreement noun in the nominative or accusative whose own phrase (through quotation
marks) runs straight into a word of plan with an infinitive of signing is planned, however
the parse hung it (``plan_infinitive_after_name``): a dash inside a programme's quoted name
makes a second root, a colon before the noun joins it to the clause before. Near misses: an
agreement in the genitive under "в рамках", a plan that is a verb of its own after "и", a
negated plan.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

PUBLISHED = "2024-11-20"


@pytest.mark.parametrize(("sentence", "expected"), [
    # a colon joins the noun to the clause before, a dash splits the quoted name
    ("Новым партнером министерства станет областной совет ветеранов: соглашение о "
     "поддержке проекта «Активное долголетие — наш выбор» планируется подписать в апреле.",
     "planned"),
    ("Следующим шагом станет работа с фондом: соглашение о реализации программы "
     "«Старшее поколение — наша забота» планируется подписать осенью.", "planned"),
    ("Соглашение с фондом «Доброе сердце» министерство планирует подписать в мае.",
     "planned"),
    # a negated plan: not planned
    ("Соглашение с фондом «Доброе сердце» министерство не планирует подписывать.",
     "mentioned"),
    # the agreement in the genitive: the plan is another document's
    ("В рамках соглашения с фондом планируется подписать дорожную карту.", "mentioned"),
    # a plan after "и" is a verb of its own: the agreement itself is signed
    ("Министерство подписало соглашение с фондом и планирует подписать ещё одно.", "signed"),
])
def test_clause_status(models: Any, sentence: str, expected: str) -> None:
    from soccoop.extract.candidate_status import _status

    sent = probes.first_sentence(models, sentence)
    assert _status(sent, probes.noun_at(sent), None, PUBLISHED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the clause the colon closes names the sides of the plan after it
    ("Отделение Социального фонда по Пермскому краю подписало соглашение с Пермским "
     "государственным университетом. Следующим партнером Отделения станет Министерство "
     "образования и науки Пермского края: соглашение о совместной работе и о продвижении "
     "программы «Пенсия — это просто» планируется подписать в июне.",
     [("signed", 2), ("planned", 2)]),
])
def test_records(models: Any, text: str, expected: list[tuple[str, int]]) -> None:
    got = [(a.status, len(a.parties)) for a in probes.agreements_of(models, text, PUBLISHED)]
    assert got == expected
