"""agr38: a body's quoted name with a quoted name inside, its two closing quotes written as
one («Центр поддержки семьи «Вместе»), is one name: it neither glues the sentences after it
into one nor cuts the clause of the signing, and a legal form written out before it
("автономная некоммерческая организация «...»") signs as the named body; words a colon's
list spells out ("заключили некоммерческая организация и государственное учреждение: ...")
are no sides of their own. A settlement a court approves ("мировое соглашение") and plural
agreements with partners left unnamed ("соглашения с другими регионами") are no records.
Every probe is written here, in words of its own."""

from __future__ import annotations

import pytest
from probes import agreement_records

PUB = "2025-05-20"


def sides(models, text):
    """The sorted side names of each agreement the text gives."""
    return [p for _, p in agreement_records(models, text, PUB, "status", "parties")]


# --- sentences: a quote left open for good joins nothing ---------------------------------

SENTENCES = [
    # a nested name closed by one quote: two sentences, as written
    ("Договор подписали АНО «Центр «Радуга» и фонд «Добро». Они будут помогать семьям.", 2),
    ("Соглашение заключил фонд «Забота «Вместе». Фонд будет помогать семьям. Срок — год.", 3),
    # a quote that closes a sentence later is still read whole
    ("Форум назвали «Социальная сплоченность. Открытое общество.» Его провели в Омске.", 2),
    ("«Проект «Забота» работает. Мы рады», — сказал министр. Он уехал.", 2),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "count"), SENTENCES)
def test_quote_left_open_joins_no_sentences(models, text, count):
    assert len(models.analyse(text).sentences) == count


# --- sides: nested names, written-out legal forms, a colon's list -------------------------

NAMED = [
    ("Соглашение о сотрудничестве заключили автономная некоммерческая организация «Центр "
     "помощи семье «Надежда» и Комплексный центр социального обслуживания населения "
     "Ленинского района города Омска.", ("Надежда", "Комплексный центр")),
    ("Второе соглашение подписали общественная организация и государственное учреждение: "
     "региональная общественная организация «Союз семей «Опора» и Центр социального "
     "обслуживания населения города Твери. Они будут вместе помогать семьям.",
     ("Опора", "Центр социального обслуживания")),
    # the two closing quotes written out
    ("В Курске соглашение о сотрудничестве заключили автономная некоммерческая организация "
     "«Дом «Милосердие»» и Центр реабилитации инвалидов Курской области.",
     ("Милосердие", "Центр реабилитации")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words"), NAMED)
def test_named_bodies_after_legal_form_or_colon_are_the_sides(models, text, words):
    got = sides(models, text)
    assert len(got) == 1
    assert len(got[0]) == 2
    for word in words:
        assert any(word in p for p in got[0]), (word, got)
    assert not any(p.lower().startswith(("некоммерческая", "государственное", "общественная",
                                         "бюджетное")) for p in got[0])


# --- no records: settlements, unnamed partners ------------------------------------------

NONE = [
    "Кировский районный суд утвердил мировое соглашение между жительницей Омска и "
    "Отделением Социального фонда России по Омской области.",
    "Стороны заключили мировое соглашение, и суд прекратил производство по делу.",
    "Бывший чиновник министерства социальной защиты заключил досудебное соглашение о "
    "сотрудничестве со следствием.",
    "Республика Саха (Якутия) активно подписывает соглашения с другими регионами.",
    "Министерство труда Бурятии заключает соглашения о сотрудничестве с различными "
    "ведомствами.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", NONE)
def test_settlements_and_unnamed_partners_are_no_agreements(models, text):
    assert sides(models, text) == []


LISTED = [
    ("Министерство труда Якутии заключило соглашения с другими регионами: с Бурятией и "
     "Магаданской областью.", 2),
    ("Министерство труда Якутии заключило соглашение с Министерством социальной защиты "
     "Бурятии.", 1),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "count"), LISTED)
def test_partners_named_after_all_stay_agreements(models, text, count):
    assert len(sides(models, text)) == count
