"""statpool95: agreement status pooled over the dev rounds. An infinitive of signing or
extending under a negated verb ("не стали продлевать") is a signing declined, not planned;
an agreement "like" the reported one with a past signing in its clause is an earlier one,
even when the parse hangs the noun on another verb; a direct yes/no question asks, it tells
no plan; a genitive agreement noun right after "проекта" with only genitive adjectives
between is the draft's, whatever the parse. Every probe is written here, in words of its
own."""

from __future__ import annotations

import probes
import pytest
from probes import first_sentence, noun_at

from soccoop.extract.candidate_status import (
    alike_past_signing,
    asked_not_told,
    declined_infinitive,
)
from soccoop.extract.status import genitive_next_to

LEAD = "Новости\n\n"
COLLEGE = "Орловский медицинский колледж"

# (id, published, text, a side of the record, its expected status)
RECORDS = [
    # a signing declined by a negated verb over the infinitive: referred to
    ("declined-extension", "2025-03-12",
     LEAD + "Министерство социальной защиты Орловской области подвело итоги года.\n\n"
     "Соглашение с Орловским медицинским колледжем истекло в январе, и стороны не "
     "захотели его продлить: практику студентов теперь ведут больницы.\n",
     COLLEGE, "mentioned"),
    ("declined-prolongation", "2025-03-12",
     LEAD + "Министерство социальной защиты Орловской области подвело итоги года.\n\n"
     "Срок действия соглашения с Орловским медицинским колледжем истек в январе, и "
     "пролонгировать его стороны не стали.\n",
     COLLEGE, "mentioned"),
    # negatives: an open question keeps it to come; no negation is a plan
    ("not-yet-decided", "2025-03-12",
     LEAD + "Министерство социальной защиты Орловской области подвело итоги года.\n\n"
     "Соглашение с Орловским медицинским колледжем истекло в январе, и стороны пока не "
     "решили, стоит ли его продлить.\n",
     COLLEGE, "planned"),
    ("want-to-extend", "2025-03-12",
     LEAD + "Министерство социальной защиты Орловской области и Орловский медицинский "
     "колледж хотят продлить договор о практике студентов.\n",
     COLLEGE, "planned"),
    # an agreement "like" the reported one, signed before (the unit table below probes the
    # window reading ``alike_past_signing`` the parse may leave it to)
    ("alike-earlier", "2025-03-12",
     LEAD + "Вчера Орловский областной центр занятости подписал соглашение с Орловским "
     "государственным университетом. Он отметил, что аналогичные соглашения ЦЗН уже "
     "подписал с Орловским медицинским колледжем и Орловским аграрным техникумом, и "
     "добавил, что позже к ним примкнут школы.\n",
     COLLEGE, "mentioned"),
    # negative: the same day's signing of a like agreement is signed
    ("alike-same-day", "2025-03-12",
     LEAD + "Вчера министерство социальной защиты Орловской области подписало соглашение "
     "с Орловским государственным университетом. В тот же день аналогичное соглашение "
     "министерство подписало с Орловским медицинским колледжем.\n",
     COLLEGE, "signed"),
    # a drafting group for the draft of an agreement with a numbered item before it
    ("draft-in-order", "2025-03-12",
     "ПРИКАЗ\n\n3.1. Участникам социального партнёрства образовать рабочую группу по "
     "подготовке проекта Орловского областного трёхстороннего соглашения между "
     "администрацией Орловской области, Орловской федерацией профсоюзов и региональным "
     "союзом работодателей на 2026–2028 годы.\n",
     "Орловская федерация профсоюзов", "planned"),
]


@pytest.mark.parametrize(("case", "published", "text", "side", "expected"), RECORDS,
                         ids=[r[0] for r in RECORDS])
def test_records(models, case: str, published: str | None, text: str, side: str,
                 expected: str) -> None:
    assert probes.status_of_side(models, text, published, side) == expected


# a question in an interview: its agreement is not planned by the question
INTERVIEW = ("Интервью\n\n"
             "– Что даёт соглашение министерства социальной защиты Орловской области с "
             "Орловским медицинским колледжем, подписанное в 2018 году?\n\n"
             "– Студенты проходят у нас практику, многие потом остаются работать.\n\n"
             "– Будут ли подписаны новые соглашения с колледжем?\n\n"
             "– Об этом пока рано говорить.\n")


def test_question_tells_no_plan(models) -> None:
    statuses = [status for status, _, parties in
                probes.status_date_parties(models, INTERVIEW, "2025-03-12")
                if any("колледж" in p.lower() for p in parties)]
    assert statuses and "planned" not in statuses


# (id, sentence, expected): ``declined_infinitive`` on the first infinitive of signing
DECLINED = [
    ("not-become", "Стороны не стали пролонгировать договор с колледжем.", True),
    ("not-want", "Министерство не захотело подписывать соглашение с фондом.", True),
    ("not-yet", "Стороны пока не решили пролонгировать договор с колледжем.", False),
    ("no-time", "Стороны не успели подписать договор с колледжем.", False),
    ("wanted", "Стороны захотели продлить договор с колледжем.", False),
]


@pytest.mark.parametrize(("case", "text", "expected"), DECLINED,
                         ids=[r[0] for r in DECLINED])
def test_declined_infinitive(models, case: str, text: str, expected: bool) -> None:
    sent = first_sentence(models, text)
    n = next(i for i, t in enumerate(sent.tokens) if t.feats.get("VerbForm") == "Inf")
    assert declined_infinitive(sent, n) is expected


# (id, sentence, expected): ``alike_past_signing`` over the whole sentence as the clause
ALIKE = [
    ("alike-past", "Подобные договоры фонд уже подписал с тремя колледжами.", True),
    ("alike-future", "Подобные договоры фонд подпишет с тремя колледжами.", False),
    ("same-day", "В тот же день аналогичное соглашение подписал и фонд.", False),
    ("not-alike", "Новые договоры фонд подписал с тремя колледжами.", False),
]


@pytest.mark.parametrize(("case", "text", "expected"), ALIKE, ids=[r[0] for r in ALIKE])
def test_alike_past_signing(models, case: str, text: str, expected: bool) -> None:
    sent = first_sentence(models, text)
    k = next(i for i, t in enumerate(sent.tokens) if t.lemma in {"договор", "соглашение"})
    assert alike_past_signing(sent, k, 0, len(sent.tokens)) is expected


# (id, sentence, expected): ``asked_not_told``
ASKED = [
    ("yes-no", "Планируются ли новые соглашения с соседями?", True),
    ("yes-no-quoted", "«Подписан ли уже договор с фондом?»", True),
    ("when", "Когда будет подписан договор с фондом?", False),
    ("indirect", "Стороны обсудили, можно ли подписать договор с фондом.", False),
]


@pytest.mark.parametrize(("case", "text", "expected"), ASKED, ids=[r[0] for r in ASKED])
def test_asked_not_told(models, case: str, text: str, expected: bool) -> None:
    sent = first_sentence(models, text)
    assert asked_not_told(sent, noun_at(sent, "договор") if "договор" in text
                          else noun_at(sent)) is expected


# (id, sentence, expected): ``genitive_next_to`` from "проекта" to the agreement noun
NEXT_TO = [
    ("adjectives", "Группа займётся подготовкой проекта нового регионального соглашения.",
     True),
    ("adjacent", "Группа займётся подготовкой проекта соглашения.", True),
    ("noun-between", "Обсудили ход проекта, а также условия соглашения.", False),
    ("dative", "Проект посвящён соглашению с фондом.", False),
]


@pytest.mark.parametrize(("case", "text", "expected"), NEXT_TO, ids=[r[0] for r in NEXT_TO])
def test_genitive_next_to(models, case: str, text: str, expected: bool) -> None:
    sent = first_sentence(models, text)
    i = next(n for n, t in enumerate(sent.tokens) if t.lemma == "проект")
    assert genitive_next_to(sent, i, noun_at(sent)) is expected


STATPOOL95_FUNCTIONS = [("candidate_status", "declined_infinitive"),
                        ("candidate_status", "alike_past_signing"),
                        ("candidate_status", "asked_not_told"),
                        ("status", "genitive_next_to")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, STATPOOL95_FUNCTIONS)
