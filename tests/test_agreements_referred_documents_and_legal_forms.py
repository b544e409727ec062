"""agr38: "Соответствующий документ был подписан" after a cooperation of two named bodies is
their agreement when the next sentence calls it one ("Соглашением предусмотрено ..."), and
nothing when it is not named so; so is a "документ" signed "со стороны" each of two sides;
a state institution's legal form written as one
abbreviation with its region's letters ("КОГАУСО «...»", "ГБУСО «...»") keeps its «quoted»
name as the side's. Every probe is written here, in words of its own."""

from __future__ import annotations

import pytest
from probes import agreement_records

from soccoop.extract.agreements import legal_form

PUB = "2025-04-02"


def sides(models, text):
    """(status, sorted side names) of each agreement the text gives."""
    return agreement_records(models, text, PUB, "status", "parties")


# --- legal forms ------------------------------------------------------------------------

FORMS = [
    ("ООО", True), ("АНО", True), ("ГБУ", True), ("ГАУСО", True), ("КОГАУСО", True),
    ("ГБУСОН", True), ("ФГБУ", True), ("КГБУЗ", True), ("ГАПОУ", True), ("МАУ", True),
    ("МГУ", False), ("СФР", False), ("МФЦ", False), ("ЦЗН", False),
]


@pytest.mark.parametrize(("word", "expected"), FORMS)
def test_legal_form_abbreviations(word, expected):
    assert legal_form(word) is expected


QUOTED = [
    ("Вчера было подписано соглашение о сотрудничестве между КОГАУСО «Центр социального "
     "обслуживания населения в Слободском районе» и Министерством здравоохранения Кировской "
     "области.", "«Центр социального обслуживания населения в Слободском районе»"),
    ("Соглашение о сотрудничестве заключили ГБУСО «Пансионат для ветеранов труда» и "
     "Министерство социальной защиты населения Тверской области.",
     "«Пансионат для ветеранов труда»"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name"), QUOTED)
def test_abbreviated_state_institution_keeps_its_quoted_name(models, text, name):
    got = sides(models, text)
    assert len(got) == 1
    assert any(name in p for p in got[0][1]), got


# --- a referred document named an agreement next ------------------------------------------

REFERRED = [
    ("Центр занятости населения Орловской области и Многофункциональный центр Орловской "
     "области с 1 мая начнут совместный прием граждан. Соответствующий документ был подписан "
     "25 апреля. Соглашением предусмотрено, что в офисах МФЦ откроются окна консультаций.",
     ["Многофункциональный центр", "Центр занятости"]),
    # a document signed on behalf of the two sides named before
    ("На прошлой неделе Центр занятости населения Томской области и Томский государственный "
     "университет договорились о программе стажировок для выпускников. Со стороны центра "
     "документ подписал директор Иванов П.С., со стороны вуза — проректор Сидорова А.В.",
     ["Центр занятости", "университет"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words"), REFERRED)
def test_referred_document_called_agreement_is_one(models, text, words):
    got = sides(models, text)
    assert len(got) == 1
    status, parties = got[0]
    assert status == "signed"
    for word in words:
        assert any(word in p for p in parties), got


NOT_CALLED = [
    "Правительство Орловской области и профсоюзы обсудили выплаты семьям. Соответствующий "
    "документ подписал губернатор. Постановлением предусмотрено, что выплаты вырастут.",
    "Центр занятости и МФЦ начнут совместный прием граждан. Соответствующий документ "
    "подготовлен. Приём начнётся в мае.",
    # one side signing: no agreement
    "Центр занятости населения Томской области и Томский университет обсудили стажировки. "
    "Со стороны центра документ подписал директор Иванов П.С.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", NOT_CALLED)
def test_referred_document_not_called_agreement_is_none(models, text):
    assert sides(models, text) == []


# --- two agreements of the same two regions under one headline --------------------------

TWO_OF_SAME_REGIONS = (
    "Кировская область и Республика Коми подписали соглашение\n\n"
    "Министерство социального развития Кировской области и Министерство труда, занятости и "
    "социальной защиты Республики Коми 16 мая подписали соглашение о сотрудничестве. "
    "В тот же день было подписано соглашение о сотрудничестве между КОГАУСО «Кировский "
    "социальный центр» и ГБУ РК «Центр социальной защиты населения города Сыктывкара». "
    "Со стороны кировского учреждения документ подписал директор Павел Шалагин, со стороны "
    "сыктывкарского центра — его руководитель Светлана Попова.")


@pytest.mark.slow
def test_institutions_agreement_stays_apart_from_ministries_under_headline(models):
    got = sides(models, TWO_OF_SAME_REGIONS)
    assert len(got) == 2, got
    named = sorted(" ".join(parties) for _, parties in got)
    assert any("КОГАУСО" in n and "Министерство" not in n for n in named), got
    assert any("Министерство социального развития" in n and "КОГАУСО" not in n
               for n in named), got


SIGNED_AGAIN = [
    "Министерство социальной защиты Псковской области подписало соглашение о сотрудничестве "
    "с фондом «Добрые соседи». Со стороны министерства документ подписала министр Анна "
    "Лебедева, со стороны фонда — директор Ольга Смирнова.",
    "Отделения Социального фонда по Псковской и Тверской областям обменялись опытом. "
    "Со стороны Пскова документ подписал управляющий Иван Орлов, со стороны Твери — "
    "управляющая Нина Белова.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", SIGNED_AGAIN)
def test_document_signed_for_two_sides_is_no_second_agreement(models, text):
    assert len(sides(models, text)) <= 1
