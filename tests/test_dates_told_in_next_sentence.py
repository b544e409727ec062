"""Dates of agreements told in the next sentence or a quote: probes written for this file,
several wordings and word orders per cause, each with the (status, date) pairs extraction
should give in the records' order, and negatives where the rule must not fire. One test
runs the CLI end to end."""

from __future__ import annotations

from typing import Any

import pytest
from probes import hand_parsed, status_dates

from soccoop.extract.agreement_dates import DATE_PASSES
from soccoop.extract.status import signed_alongside

Probe = tuple[str, str, str, list[tuple[str, str | None]]]

# (id, publication day, text, [(status, date)] in the records' order)
PROBES: list[Probe] = [
    # --- an agreement in force since a year told before the verb and the noun -------------
    ("since-fronted-after-colon", "2025-05-21",
     "Заместитель губернатора напомнил, что у региона уже есть опыт партнерства: с 2020 "
     "года действует соглашение с Министерством труда и социальной защиты Чувашской "
     "Республики, в рамках которого специалисты проводят стажировки.",
     [("mentioned", "2020")]),
    ("since-fronted-opening-remark", "2025-05-21",
     "Министр, открывая совещание, напомнил, что у края есть опыт межрегиональной работы в "
     "соцсфере: с 2016 года действует соглашение с министерством социальной политики "
     "Свердловской области, в рамках которого пермские и екатеринбургские специалисты "
     "ежегодно проводят совместные семинары.", [("mentioned", "2016")]),
    ("since-fronted-neighbours", "2025-05-21",
     "Губернатор напомнил, что у области уже есть опыт сотрудничества с соседями: с 2021 "
     "года действует соглашение с департаментом социальной защиты Тюменской области, в "
     "рамках которого курганские специалисты проходят обучение.", [("mentioned", "2021")]),
    ("since-fronted-already", "2025-05-21",
     "Как рассказал министр, с 2018 года уже действует соглашение между Курской и "
     "Белгородской областями.", [("mentioned", "2018")]),
    # negative: the fronted year is another subject's; the agreement was signed yesterday
    ("neg-since-other-subject", "2025-05-21",
     "С 2020 года действует программа обмена, а соглашение с Томской областью министерства "
     "подписали вчера.", [("signed", "2025-05-20")]),
    # --- a plan dated by the next sentence about its document -----------------------------
    ("plan-day-in-quote", "2025-06-03",
     "Министерства Коми и Кировской области подпишут соглашение о сотрудничестве в сфере "
     "ухода. «Документ подпишем 19 июня на форуме в Кирове», — сказала министр.",
     [("planned", "2025-06-19")]),
    # negative: a plan's day told in the past is the day it was made, kept as anchored back
    ("neg-plan-day-told-in-past", "2025-06-03",
     "15 мая министерства Коми и Кировской области договорились подготовить соглашение о "
     "сотрудничестве в сфере ухода.", [("planned", "2025-05-15")]),
    ("plan-ready-half-year", "2025-01-16",
     "С Приморским краем мы обсуждаем проект соглашения о подготовке помощников по уходу. "
     "Думаю, в первом полугодии документ будет готов к подписанию.",
     [("planned", "2025")]),
    ("plan-ready-quarter-first", "2025-01-16",
     "Министерство готовит соглашение с Омской областью. В третьем квартале документ будет "
     "готов к подписанию.", [("planned", "2025")]),
    ("plan-pronoun-future", "2025-01-16",
     "Министерство готовит соглашение с Омской областью. Его подпишут министры в марте в "
     "Омске.", [("planned", "2025-03")]),
    ("plan-passive-future", "2025-01-16",
     "Министерство готовит соглашение с Омской областью. Документ будет подписан в "
     "сентябре.", [("planned", "2025-09")]),
    # negatives: another event's month; a signing denied
    ("neg-plan-other-event", "2025-01-16",
     "Министерство готовит соглашение с Омской областью. В мае министр посетит Омск.",
     [("planned", None)]),
    ("neg-plan-negated", "2025-01-16",
     "Министерство готовит соглашение с Омской областью. Документ не будет подписан в мае.",
     [("planned", None)]),
    # --- the date a plan schedules, not the day it was decided -----------------------------
    ("scheduled-half-after-decision", "2025-03-14",
     "В конце прошлого года министерство договорилось с министерством социального развития "
     "Кировской области подготовить соглашение — его подписание намечено на второе "
     "полугодие.", [("planned", "2025")]),
    ("scheduled-month-after-decision", "2025-06-14",
     "В мае стороны решили заключить соглашение о сотрудничестве между Омской и Томской "
     "областями, подписание запланировано на сентябрь.", [("planned", "2025-09")]),
    ("postponed-to-quarter", "2025-03-14",
     "Подписание соглашения между Омской и Томской областями перенесли на третий квартал.",
     [("planned", "2025")]),
    # negative: a decision with no schedule keeps its own month
    ("neg-decision-only", "2025-06-14",
     "В мае стороны договорились подготовить соглашение между Омской и Томской областями.",
     [("planned", "2025-05")]),
    # --- a signing dated by its paragraph's later sentence about the event -----------------
    ("event-later-relative-day", "2026-02-12",
     "Отделения Социального фонда по Орловской и Курской областям заключили соглашение об "
     "обмене данными. Оно позволит быстрее назначать пенсии переселенцам. Со стороны "
     "Орловской области документ подписал управляющий отделением. Подписание прошло "
     "накануне в Курске.", [("signed", "2026-02-11")]),
    ("event-later-ceremony-day", "2026-02-12",
     "Министерства Омской и Томской областей заключили соглашение о сотрудничестве. Оно "
     "позволит обмениваться опытом. Документ подписали министры двух регионов. Стороны "
     "обсудили планы. Церемония состоялась 11 февраля в Омске.", [("signed", "2026-02-11")]),
    # --- an ordinal item whose next sentences put signatures under it ---------------------
    ("ordinal-signatures-under-pronoun", "2026-11-18",
     "Накануне в Томске подписаны два документа о сотрудничестве с Республикой Тыва. Первое "
     "соглашение заключили департамент социальной защиты Томской области и министерство "
     "труда Республики Тыва. Второе соглашение касается занятости. Его участниками стали "
     "департамент труда Томской области и агентство по занятости Республики Тыва. Подписи "
     "под ним поставили председатель томского департамента Ирина Колбина и директор "
     "тувинского агентства Айдыс Ооржак.",
     [("signed", "2026-11-17"), ("signed", "2026-11-17")]),
    # negative: the signatures are not put yet
    ("neg-ordinal-signatures-not-yet", "2026-11-18",
     "В Омске обсуждали два документа. Первое соглашение заключили министерства Омской и "
     "Томской областей. Второе соглашение касается туризма и связывает Омскую область с "
     "Алтайским краем. Подписи под ним пока не поставлены.",
     [("signed", None), ("mentioned", None)]),
    # --- a headline's signing noun read as a verb: its head tells what became of it -------
    ("headline-signing-put-off", "2025-11-15",
     "«Северная правда» | Общество\nПодписание соглашения с Тулой перенесли\nМинистр "
     "рассказала, что документ доработают.", [("planned", None)]),
    ("headline-signing-fell-through", "2025-11-15",
     "«Северная правда» | Общество\nПодписание соглашения с Тулой сорвалось\nКалужские и "
     "тульские чиновники так и не договорились о тексте документа.", [("mentioned", None)]),
    # the parse makes the signing noun the subject of "пришлось": its infinitive decides
    ("signing-had-to-be-put-off", "2025-03-01",
     "Зато подписание соглашения о социальном туризме с министерством труда Алтайского края "
     "пришлось отложить до весны.", [("planned", None)]),
    ("signing-had-to-be-moved", "2025-03-01",
     "А вот подписание договора о сотрудничестве с министерством социальной защиты Омской "
     "области пришлось перенести на декабрь.", [("planned", "2025-12")]),  # date72: "на декабрь"
    # negative: a signing that came about
    ("neg-signing-held-on-time", "2025-03-01",
     "Подписание соглашения между Омской и Томской областями удалось провести в срок.",
     [("signed", None)]),
    # --- a plan's infinitive before a noun the parse left without a predicate ------------
    ("plan-infinitive-deadline-between", "2025-10-14",
     "Кроме того, стороны договорились подготовить до конца года трёхстороннее соглашение с "
     "участием Омского филиала фонда «Защитники Отечества».", [("planned", "2025")]),  # pdate50
    ("plan-infinitive-season-between", "2025-10-14",
     "Также министерства договорились разработать к весне следующего года трёхстороннее "
     "соглашение с участием регионального отделения Социального фонда.",
     [("planned", "2026")]),
    # negatives: the accord denied; a signing achieved
    ("neg-plan-infinitive-denied", "2025-10-14",
     "Кроме того, стороны не договорились подготовить до конца года трёхстороннее "
     "соглашение с участием Омского филиала фонда «Защитники Отечества».",
     [("mentioned", None)]),
    ("neg-plan-infinitive-achieved", "2025-10-14",
     "Кроме того, стороны успели подписать до конца года трёхстороннее соглашение с участием "
     "Омского филиала фонда «Защитники Отечества».", [("signed", None)]),
    # negative: the event is told in another paragraph
    ("neg-event-other-paragraph", "2026-02-12",
     "Министерства Омской и Томской областей заключили соглашение о сотрудничестве. Оно "
     "позволит обмениваться опытом. Документ подписали министры двух регионов.\n"
     "Форум прошел 11 февраля в Омске.", [("signed", None)]),
]


# a paragraph of detail without dates (about 220 characters)
DETAIL = ("Делегация провела в регионе два дня и посетила несколько учреждений социального "
          "обслуживания. Гости познакомились с работой центров дневного пребывания для "
          "пожилых людей и с программами поддержки семей с детьми-инвалидами. ")


@pytest.mark.slow
@pytest.mark.parametrize(("paragraphs", "second"), [(3, "2025-07-23"), (6, "2025-07-23")])
def test_same_day_after_paragraphs_of_detail(models: Any, paragraphs: int,
                                             second: str | None) -> None:
    """"В тот же день" takes the day told before it across a paragraph or two of detail
    (about 670 characters); six such paragraphs on (1300 characters), past the phrase's own
    reach, it is the day of the signing told before it (status52,
    ``agreement_dates.same_day_as_signing_before``; round 63's g216 dates it so)."""
    text = ("Соглашение о сотрудничестве между правительствами Омской и Томской областей "
            "подписано 23 июля в Омске губернаторами двух регионов.\n" + DETAIL * paragraphs +
            "\nВ тот же день министерство труда Омской области и Томский государственный "
            "университет подписали соглашение о подготовке социальных работников.")
    assert status_dates(models, text, "2025-07-24") == [("signed", "2025-07-23"),
                                                        ("signed", second)]


def test_probes_are_varied() -> None:
    """Ids unique, every status among the answers, negatives present."""
    ids = [p[0] for p in PROBES]
    assert len(set(ids)) == len(ids)
    assert {s for p in PROBES for s, _ in p[3]} == {"signed", "planned", "mentioned"}
    assert sum(i.startswith("neg-") for i in ids) >= 8


def test_date_passes_listed_in_order() -> None:
    """stat30's passes run in the date stage: a plan's later sentence and its schedule
    before the dates are anchored, the plan's day moved ahead after."""
    names = [p.name for p in DATE_PASSES]
    for name in ("signing_event_later", "plan_told_after", "scheduled_over_decision",
                 "planned_days_ahead"):
        assert names.count(name) == 1
    assert names.index("plan_told_after") < names.index("anchored_values") < \
        names.index("planned_days_ahead")
    assert names.index("scheduled_over_decision") < names.index("anchored_values")


PAST = {"Tense": "Past", "VerbForm": "Part", "Variant": "Short"}


@pytest.mark.parametrize(("spec", "expected"), [
    pytest.param((("Соглашение", "соглашение", "NOUN", "nsubj:pass", 1, {}),
                  ("согласовано", "согласовать", "VERB", "root", -1, PAST),
                  ("и", "и", "CCONJ", "cc", 3, {}),
                  ("подписано", "подписать", "VERB", "conj", 1, PAST)),
                 "signed", id="worked-out-and-signed"),
    pytest.param((("Договор", "договор", "NOUN", "obj", 1, {}),
                  ("доработали", "доработать", "VERB", "root", -1, {"Tense": "Past"}),
                  ("и", "и", "CCONJ", "cc", 3, {}),
                  ("подписали", "подписать", "VERB", "conj", 1, {"Tense": "Past"})),
                 "signed", id="reworked-and-signed"),
    # the parse joins two clauses as conjuncts: the second signs another document
    pytest.param((("Соглашение", "соглашение", "NOUN", "nsubj", 1, {}),
                  ("станет", "стать", "VERB", "root", -1, {"Tense": "Fut"}),
                  ("вторым", "второй", "ADJ", "xcomp", 1, {}),
                  (":", ":", "PUNCT", "punct", 6, {}),
                  ("документ", "документ", "NOUN", "nsubj:pass", 6, {}),
                  ("был", "быть", "AUX", "aux:pass", 6, {"Tense": "Past"}),
                  ("подписан", "подписать", "VERB", "conj", 1, PAST)),
                 None, id="neg-other-document-signed"),
    pytest.param((("Соглашение", "соглашение", "NOUN", "nsubj", 1, {}),
                  ("обсудили", "обсудить", "VERB", "root", -1, {"Tense": "Past"}),
                  (",", ",", "PUNCT", "punct", 5, {}),
                  ("а", "а", "CCONJ", "cc", 5, {}),
                  ("министры", "министр", "NOUN", "nsubj", 5, {}),
                  ("подписали", "подписать", "VERB", "conj", 1, {"Tense": "Past"})),
                 None, id="neg-others-signed"),
])
def test_signed_alongside_shares_the_subject(spec: Any, expected: str | None) -> None:
    """A signing verb coordinated with the noun's verb tells its signing only when it has
    no subject of its own (hand-parsed: the tagger's parse of such sentences varies)."""
    sent = hand_parsed(*spec)
    assert signed_alongside(sent, [0, 1]) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("published", "text", "expected"),
                         [pytest.param(p, t, e, id=i) for i, p, t, e in PROBES])
def test_date_probe(models: Any, published: str, text: str,
                    expected: list[tuple[str, str | None]]) -> None:
    assert status_dates(models, text, published) == expected


@pytest.mark.slow
def test_cli_plan_dated_by_next_sentence(listed_rows: Any) -> None:
    """A user ingests a report of a plan whose signing day a quote gives in the next
    sentence: ``soccoop list`` shows the plan dated by that day, ahead of the publication."""
    text = ("Опубликовано 03.06.2025\n\n"
            "Министерства Коми и Кировской области подпишут соглашение о сотрудничестве в "
            "сфере ухода. «Документ подпишем 19 июня на форуме в Кирове», — сказала "
            "министр.\n")
    records = listed_rows({"komi.txt": text}, "--format", "jsonl", "--limit", "0")
    assert len(records) == 1
    assert [(a["status"], a["date"]) for a in records[0]["agreements"]] == \
        [("planned", "2025-06-19")]
