"""dates71 (round 71 of issue 9, branch dates71): the time of a planned signing told in a
form the plan readers missed, so that a plan the text dates stayed undated.

- the sentence right after a plan's own tells the signing of "it" to come by the verb's own
  tense, with no word of planning ("... Подпишем его весной"): its period dates the plan as
  "Его планируется подписать весной" does (``agreement_dates.future_signing_of_it``, read
  by ``_period_by_pronoun_after``);
- a signing put off, its new time named in a nominal sentence with "в" and a month ("Новая
  дата — в мае"), not only in the nominative ("Новая дата — май")
  (``agreement_dates._new_time_month``, ``_in_month_at``);
- the period of a plan's own sentence hangs on an infinitive of any verb whose head is a
  word of planning, a verb of adopting a document ("планируют утвердить до конца года"),
  that plan's act
  (``agreement_dates._plan_word_above``, ``_planned_act``).

Every probe is written here, in words of its own. On b71dev (``git archive b71dev src``)
the rows marked "fails on b71dev" give no date, or the day put off, and the docstring check
fails at the import; the guards hold on both."""

from __future__ import annotations

import probes
import pytest

# (id, the page's day, the page, the date of its first planned record)
PLANS = [
    # fails on b71dev: None
    ("future_it_in_season",
     "2025-03-05",
     "Министерство социального развития Зетской области подготовило соглашение с "
     "областным обществом слепых о трудоустройстве инвалидов по зрению. Если партнёры "
     "одобрят текст, подпишем его весной.",
     "2025"),
    # fails on b71dev: None
    ("future_document_in_season",
     "2025-04-20",
     "Департамент труда Зетской области согласует с союзом работодателей соглашение о "
     "квотах для инвалидов. Документ подпишут осенью.",
     "2025"),
    # held on b71dev too (a year word read by an older pass)
    ("future_it_next_year",
     "2025-11-10",
     "Комитет по соцзащите Игрекской области и фонд «Тёплый дом» готовят договор о помощи "
     "одиноким пенсионерам. Стороны подпишут его в следующем году.",
     "2026"),
    # guard: negated
    ("future_it_negated",
     "2025-03-05",
     "Министерство социального развития Зетской области подготовило соглашение с "
     "областным обществом слепых о трудоустройстве инвалидов по зрению. До конца года его "
     "не подпишут.",
     None),
    # guard: the next sentence names a document of its own
    ("future_other_document",
     "2025-03-05",
     "Министерство социального развития Зетской области подготовило соглашение с "
     "областным обществом слепых о трудоустройстве инвалидов по зрению. Договор с "
     "колледжем подпишут весной.",
     None),
    # fails on b71dev: 2025-03-14 (the day put off)
    ("new_date_in_month",
     "2025-03-12",
     "Подписание соглашения между минсоцзащиты Зетской области и фондом «Опора» о помощи "
     "ветеранам, назначенное на 14 марта, перенесено. Новая дата — в мае, на областном "
     "форуме.",
     "2025-05"),
    # fails on b71dev: None
    ("new_date_in_month_next_year",
     "2025-11-20",
     "Церемонию подписания меморандума между центром занятости Игрекска и ассоциацией "
     "ветеранов отложили. Новая дата — в феврале.",
     "2026-02"),
    # fails on b71dev: None
    ("approve_by_year_end",
     "2025-05-14",
     "Дорожную карту по развитию семейного отдыха министерство соцзащиты Зетской "
     "области и туроператор «Зетатур» планируют утвердить до конца года.",
     "2025"),
]


def _planned_dates(models, text: str, published: str) -> list[str | None]:
    return [d for st, d in probes.status_dates(models, text, published) if st == "planned"]


@pytest.mark.parametrize(("published", "text", "expected"), probes.named_rows(PLANS))
def test_planned_date(models, published: str, text: str, expected: str | None) -> None:
    got = _planned_dates(models, text, published)
    assert got and got[0] == expected, got


# (id, a sentence, whether its one time hangs on a word of planning told ahead)
PLAN_WORD_ABOVE = [
    # fails on b71dev: False
    ("infinitive_under_plan", "Стороны планируют утвердить карту до конца года.", True),
    # fails on b71dev: False
    ("infinitive_under_wish", "Министерство хочет принять программу в следующем году.", True),
    # guard: talks on a draft are no adoption
    ("talks_under_plan", "Стороны намерены обсудить проект карты осенью.", False),
    # guard: the infinitive's head is no word of planning
    ("infinitive_under_request",
     "Волонтёры попросили министерство утвердить программу осенью.", False),
    # guard: negated
    ("negated_plan", "Стороны не планируют утвердить карту до конца года.", False),
    # guard: the adopted thing is no document
    ("measures_under_plan", "Министерство планирует принять меры до конца года.", False),
    # guard: a plan told in the past
    ("past_plan", "Стороны планировали утвердить карту осенью.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), probes.named_rows(PLAN_WORD_ABOVE))
def test_plan_word_above(models, sentence: str, expected: bool) -> None:
    from soccoop.extract.agreement_dates import _plan_word_above, date_head
    from soccoop.extract.dates import find_dates
    from soccoop.extract.syntax import ensure_parsed

    sent = ensure_parsed(models.analyse(sentence).sentences[0], models)
    d = find_dates(sentence, "2025-05-14")[0]
    i = date_head(sent, d)
    assert i is not None
    assert _plan_word_above(sent, i) is expected


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, agreement_dates=("future_signing_of_it",
                                                           "_new_time_month", "_in_month_at",
                                                           "_plan_word_above", "_planned_act"))


# (id, the words from "в", whether they name a month with no year after it)
IN_MONTH = [
    ("month_alone", "в мае на форуме", True),
    # guards: a year in figures or in words after the month is the date reader's
    ("year_in_figures", "в мае 2026 года", False),
    ("year_in_words", "в мае следующего года", False),
]


@pytest.mark.parametrize(("words", "expected"), probes.named_rows(IN_MONTH))
def test_in_month_at(models, words: str, expected: bool) -> None:
    from soccoop.extract.agreement_dates import _in_month_at

    toks = models.analyse("Новая дата — " + words + ".").sentences[0].tokens
    i = next(k for k, t in enumerate(toks) if t.text == "в")
    assert _in_month_at(toks, i) is expected
