"""Signatories of sig86, probes written for this file (not copied from any round).

* A planned agreement still without signers takes the signers a later sentence announces
  past the announcement reach, when no other record is told between them
  (``signer_shapes.last_told_planned_signers``).
* "я" announced as signing in an interview's answer turn is the one the interview
  addresses, also in a sentence that does not open the turn
  (``signer_shapes.answering_interviewee``); in the plan's own sentence a plan in the
  first person singular names its signer (``signer_shapes._first_person_plan``, with
  "рассчитывать" among the verbs of a plan).
* A name given by initials that the parser hung on the signing infinitive's object as a
  genitive is the plan's subject (``signer_shapes._initials_on_paper``).
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.signer_shapes import (
    _first_person_plan,
    _initials_on_paper,
    answering_interviewee,
)

_PUT_OFF = (
    "Церемонию подписания соглашения между Омским аграрным колледжем и министерством "
    "социальной защиты Омской области отложили до октября. Новость подтвердили в "
    "пресс-службе ведомства. По словам заместителя министра Ирины Комаровой, стороны решили "
    "добавить в текст раздел о стажировках. «Юристам нужно время, спешить мы не будем», — "
    "пояснила она. ")
PUT_OFF = _PUT_OFF + (
    "Как ожидается, подписать соглашение должны директор колледжа Виктор Ланской и министр "
    "социальной защиты Омской области Павел Дроздов. В следующем году министерство также намерено "
    "подписать соглашение с омским отделением Всероссийского общества глухих.")
PUT_OFF_THEN_PLAN = _PUT_OFF + (
    "До конца года министерство также планирует подписать соглашение с благотворительным "
    "фондом «Надежда». Подписать соглашение должны президент фонда Виктор Ланской и министр "
    "социальной защиты Омской области Павел Дроздов.")

_LEAD = ("В гостях у редакции — министр социальной защиты Курганской области Ольга Лебедева.\n"
         "— Ольга Сергеевна, какие планы на весну?\n")
INTERVIEW = _LEAD + (
    "— Кадров не хватает, особенно в сёлах. В мае мы подпишем с Курганским педагогическим "
    "колледжем соглашение о практике студентов. Документ подписывать буду я вместе с "
    "руководителем колледжа.")
INTERVIEW_OWN = _LEAD + (
    "— Кадров не хватает. Проект соглашения с Курганским педагогическим колледжем уже "
    "согласован, я рассчитываю подписать его до лета.")
INTERVIEW_WE = _LEAD + (
    "— Кадров не хватает. Проект соглашения с Курганским педагогическим колледжем уже "
    "согласован, мы рассчитываем подписать его до лета.")
_MEETING = (
    "В министерстве прошла встреча министра труда Тверской области Оксаны Ветровой с "
    "делегацией департамента труда Смоленской области во главе с Никитой Лукиным. Стороны "
    "договорились подготовить к лету проект соглашения о помощи ветеранам. ")
INITIALS = _MEETING + "Подписать документ О.Ветрова и Н.Лукин планируют летом."
PAPER_OF_BODY = _MEETING + "Ведомства планируют подписать документ летом."

# (id, text, the planned records' signers as surnames)
PLANNED = [
    ("announced four sentences past the plan, nothing told between", PUT_OFF,
     [["дроздов", "ланской"], []]),
    ("an interview's answer: 'буду я' is the one addressed", INTERVIEW, [["лебедева"]]),
    ("the plan's own sentence in the first person singular", INTERVIEW_OWN, [["лебедева"]]),
    ("initials hung on the paper as its genitive", INITIALS, [["ветрова", "лукин"]]),
    # negatives
    ("another plan told between: its signers, not the first plan's", PUT_OFF_THEN_PLAN,
     [[], ["дроздов", "ланской"]]),
    ("'мы рассчитываем': the body, no signer", INTERVIEW_WE, [[]]),
    ("the bodies plan it: no signer", PAPER_OF_BODY, [[]]),
]


@pytest.mark.parametrize(("text", "surnames"), probes.named_rows(PLANNED))
def test_planned_signers(models: Any, text: str, surnames: list[list[str]]) -> None:
    assert probes.signer_surnames(models, text, ("planned",)) == surnames


# (id, text, the sentence probed (its index), the interviewee found)
TURNS = [
    ("the third sentence of an answer", INTERVIEW, 4, "Ольга Лебедева"),
    ("the answer's first sentence", INTERVIEW, 2, "Ольга Лебедева"),
    # negatives
    ("the question's own sentence", INTERVIEW, 1, None),
    ("no interview: no turn opened by a dash",
     "Министр Ольга Лебедева провела приём граждан. Подписывать документ буду я.", 1, None),
]


@pytest.mark.parametrize(("text", "si", "who"), probes.named_rows(TURNS))
def test_answering_interviewee(models: Any, text: str, si: int, who: str | None) -> None:
    analysis = probes.parsed_analysis(models, text)
    assert answering_interviewee(analysis, si, models) == who


# (id, sentence, the plan's verb, a first-person singular plan)
FIRST_PERSON = [
    ("'я рассчитываю'", "Я рассчитываю подписать его в мае.", "рассчитываю", True),
    ("no subject written", "Планирую подписать его в мае.", "Планирую", True),
    # negatives
    ("'мы рассчитываем'", "Мы рассчитываем подписать его в мае.", "рассчитываем", False),
    ("a third person", "Министр рассчитывает подписать его в мае.", "рассчитывает", False),
]


@pytest.mark.parametrize(("text", "verb", "first"), probes.named_rows(FIRST_PERSON))
def test_first_person_plan(models: Any, text: str, verb: str, first: bool) -> None:
    sent = probes.first_sentence(models, text)
    h = next(i for i, t in enumerate(sent.tokens) if t.text == verb)
    assert _first_person_plan(sent, h) is first


# (id, sentence, the word probed, an initial's name hung on the paper)
ON_PAPER = [
    ("an initial hung on the document", "Подписать документ О.Ветрова и Н.Лукин планируют летом.",
     "О", True),
    # negatives
    ("a body's genitive on the document", "Подписать документ министерства планируют в мае.",
     "министерства", False),
    ("a full name", "Подписать документ Оксана Ветрова и Никита Лукин планируют в мае.",
     "Оксана", False),
]


@pytest.mark.parametrize(("text", "word", "hung"), probes.named_rows(ON_PAPER))
def test_initials_on_paper(models: Any, text: str, word: str, hung: bool) -> None:
    sent = probes.first_sentence(models, text)
    c = next(i for i, t in enumerate(sent.tokens) if t.text == word)
    assert _initials_on_paper(sent, c) is hung


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, signer_shapes=("last_told_planned_signers",
                                                         "answering_interviewee",
                                                         "_first_person_plan",
                                                         "_initials_on_paper"))
