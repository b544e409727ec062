"""agr81: agreements and their dates. A month under the infinitive of a decision told in
the past ("договорились подписать в мае") lies on the nearer side of the publication day;
work under an agreement that a future verb tells ("Занятия по соглашению начнутся 1
марта") does not date the agreement; a genitive body joined to a body read through its
staff ("представители министерства X и департамента Y") is a side too; a body a few words
before a government's name governs it ("департамент ... правительства области"), not
before a town's. Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest
from probes import agreement_records, parsed_analysis

from soccoop.extract.anchor import _SentenceTenses
from soccoop.extract.party_phrases import _parties_in
from soccoop.extract.regions import find_regions

LEAD = "Новости\n\nСовещание прошло в областном центре.\n"

# (id, published, text, sorted (status, date_or_empty, sorted parties) of every record)
RECORDS = [
    # a decision of the past: the month decided lies ahead of a report of February
    ("decided-month-ahead", "2024-02-14",
     LEAD + "Стороны договорились подписать соглашение с Министерством труда Пермского края "
     "в апреле.\n",
     [("planned", "2024-04", ["Министерство труда Пермского края"])]),
    ("decided-month-after-second-verb", "2025-10-17",
     LEAD + "«Мы договорились доработать проект и подписать соглашение с Министерством "
     "труда Пермского края в ноябре», — сказал министр.\n",
     [("planned", "2025-11", ["Министерство труда Пермского края"])]),
    # negative: a month the decision itself was taken in is the decision's, told back
    ("decision-month-behind", "2025-01-20",
     LEAD + "В декабре стороны договорились подписать соглашение с Министерством труда "
     "Пермского края.\n",
     [("planned", "2024-12", ["Министерство труда Пермского края"])]),
    # negative: a plan told in the past looks back, as before
    ("planned-in-the-past-looks-back", "2024-02-14",
     LEAD + "Стороны планировали подписать соглашение с Министерством труда Пермского края "
     "в апреле.\n",
     [("planned", "2023-04", ["Министерство труда Пермского края"])]),
    # staff of two bodies: both bodies are the sides
    ("staff-of-two-bodies-plan", "2024-10-24",
     LEAD + "Кроме того, представители Министерства труда Республики Карелия и департамента "
     "социальной защиты Курганской области договорились подписать соглашение об обмене "
     "опытом в ноябре.\n",
     [("planned", "2024-11", ["Департамент социальной защиты Курганской области",
                              "Министерство труда Республики Карелия"])]),
    ("staff-of-two-bodies-signed", "2024-10-24",
     LEAD + "Вчера представители министерства труда Республики Карелия и департамента "
     "социальной защиты Курганской области подписали соглашение об обмене опытом.\n",
     [("signed", "2024-10-23", ["Департамент социальной защиты Курганской области",
                                "Министерство труда Республики Карелия"])]),
]


def _records(models, text: str, published: str) -> list:
    return agreement_records(models, text, published, "status", "date_or_empty", "parties")


@pytest.mark.parametrize(("case", "published", "text", "expected"), RECORDS,
                         ids=[r[0] for r in RECORDS])
def test_records(models, case: str, published: str, text: str, expected: list) -> None:
    assert _records(models, text, published) == expected


# (id, published, text, dates no record may have, a date some record must have or None)
WORK_DATES = [
    # the stays under the agreement begin on 1 June: that is no date of any agreement
    ("future-work-under-agreement", "2024-05-22",
     "Министерство подписало соглашение с санаторием «Ромашка». Первые заезды по "
     "соглашению начнутся 1 июня. В июне министерство планирует подписать аналогичное "
     "соглашение с областным гериатрическим центром.\n",
     {"2024-06-01"}, "2024-06"),
    ("future-work-with-auxiliary", "2024-05-22",
     "Министерство подписало соглашение с санаторием «Ромашка». Приём по соглашению "
     "будет вестись с 1 июня.\n",
     {"2024-06-01"}, None),
    # negative: the agreement's own future signing keeps its day
    ("signing-ceremony-day-kept", "2024-05-22",
     LEAD + "Церемония подписания соглашения между Министерством труда Пермского края и "
     "фондом «Ромашка» пройдёт 1 июня.\n",
     set(), "2024-06-01"),
]


@pytest.mark.parametrize(("case", "published", "text", "banned", "wanted"), WORK_DATES,
                         ids=[r[0] for r in WORK_DATES])
def test_work_dates(models, case: str, published: str, text: str, banned: set,
                    wanted: str | None) -> None:
    dates = {d for (_, d, _) in _records(models, text, published)}
    assert not dates & banned
    if wanted is not None:
        assert wanted in dates


# (id, sentence, the sides it names, in order)
BODIES = [
    ("department-of-the-government",
     "Соглашение с департаментом социальной защиты населения правительства Еврейской "
     "автономной области подписано.",
     ["Департамент социальной защиты населения правительства Еврейской автономной области"]),
    # negatives: a government joined by "и" is a body of its own
    ("government-after-and-nominative",
     "Соглашение подписали министерство труда и правительство Еврейской автономной "
     "области.",
     ["Правительство Еврейской автономной области"]),
    ("government-after-and-genitive",
     "Представители министерства труда и правительства Еврейской автономной области "
     "подписали соглашение.",
     ["Правительство Еврейской автономной области"]),
    ("committee-of-the-administration",
     "Соглашение с комитетом по делам семьи администрации города Пензы подписано.",
     ["Комитет по делам семьи администрации города Пензы"]),
]


@pytest.mark.parametrize(("case", "text", "expected"), BODIES, ids=[r[0] for r in BODIES])
def test_bodies(models, case: str, text: str, expected: list) -> None:
    analysis = parsed_analysis(models, text)
    sent = analysis.sentences[0]
    found = _parties_in(analysis, models, sent, 0, len(sent.tokens),
                        find_regions(analysis, models))
    assert [p.name for p in found] == expected


# (planned_work_under, which agr81 only widened, keeps status50's example)
AGR81_FUNCTIONS = [("candidate_dates", "_future_predicate"),
                   ("agreement_sides", "staff_conjunct"),
                   ("party_phrases", "_body_over_body")]


def test_docstrings_quote_no_dev_text() -> None:
    assert probes.docstrings_quoting_dev_texts(AGR81_FUNCTIONS) == {}
    assert not probes._word_runs(_SentenceTenses._decided.__doc__ or "") & probes.dev_text_runs()
