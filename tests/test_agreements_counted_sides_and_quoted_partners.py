"""agr42: agreements counted by their signing and their sides named in the next sentence
(one agreement per side with the signing body); sides named right after a signing; a
partner named by a written-out legal form and a «quoted» name; later ordinals beside such a
partner; a signing still to come joined to another verb; a list item signed after a colon;
a signer of the next ordinal item is not the one before. Every probe is written here, in
words of its own."""

from __future__ import annotations

import pytest
from probes import agreement_records

PUB = "2025-04-18"


def records(models, text, published=PUB):
    """(status, sorted party names) of each agreement the text gives."""
    return agreement_records(models, text, published, "status", "parties")


def has_side(parties, *stems):
    """Does some side of the list hold every stem (lower case)?"""
    return any(all(s in p.lower() for s in stems) for p in parties)


# --- _counted_partners: "подписал N соглашений. Сторонами документов стали A, B и C" ----

COUNTED = [
    ("Министр труда и социальной защиты Калужской области Павел Коновалов подписал три "
     "соглашения о сотрудничестве. Сторонами документов стали Калужский государственный "
     "университет, фонд «Надежда» и Министерство социальной защиты Брянской области.",
     ("университет",), ("надежда",), ("брянск",)),
    ("На заседании коллегии были подписаны два соглашения о взаимодействии. Сторонами "
     "документов выступили Отделение Социального фонда России по Омской области, с одной "
     "стороны, и Министерство труда Омской области, а также Омский государственный "
     "университет – с другой.",
     ("министерство", "труда"), ("университет",)),
    ("Министерство социального развития Пермского края заключило два соглашения. "
     "Сторонами документов выступили Пермский государственный университет и фонд "
     "«Открытые сердца».",
     ("университет",), ("открытые",)),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "partners"), [(t, p) for t, *p in COUNTED])
def test_counted_agreements_one_per_named_side(models, text, partners):
    got = records(models, text)
    signed = [p for s, p in got if s == "signed"]
    assert len(signed) == len(partners)
    for stems in partners:  # each partner in one record of two sides: body and partner
        assert [len(p) for p in signed if has_side(p, *stems)] == [2]


# --- sides_named_next: "Сторонами соглашения стали ..." right after the signing ----------

RESTATED = [
    "3 марта в Тюмени подписано трехстороннее соглашение о помощи семьям. Сторонами "
    "соглашения стали Департамент социального развития Тюменской области, Отделение "
    "Социального фонда России по Тюменской области и автономная некоммерческая организация "
    "«Семейный очаг». Документ подписали Ирина Петрова (директор Департамента социального "
    "развития), Олег Смирнов (управляющий Отделением) и Анна Сидорова (директор АНО "
    "«Семейный очаг»).",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", RESTATED)
def test_sides_restated_by_their_agreement_noun_are_the_signings(models, text):
    got = records(models, text)
    assert [s for s, _ in got] == ["signed"]
    assert len(got[0][1]) == 3


# --- later_ordinal_other_sides with a quoted partner --------------------------------------

ORDINALS = [
    ("Министерство труда Тульской области сегодня заключило два соглашения. Первое "
     "соглашение подписано с автономной некоммерческой организацией «Забота». Второй "
     "документ министерство подписало с Тульским педагогическим университетом.",
     ("забота",), ("университет",)),
    ("Департамент социальной защиты Костромской области подписал два соглашения. Первое "
     "соглашение подписано с благотворительным фондом «Добрые руки». Второе соглашение "
     "департамент заключил с Костромским государственным университетом.",
     ("добрые",), ("университет",)),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "first", "second"), ORDINALS)
def test_later_ordinal_is_another_agreement_beside_quoted_partner(models, text, first,
                                                                 second):
    got = [p for s, p in records(models, text) if s == "signed"]
    assert len(got) == 2
    assert sum(has_side(p, *first) and not has_side(p, *second) for p in got) == 1
    assert sum(has_side(p, *second) and not has_side(p, *first) for p in got) == 1


# --- _name_quote: a written-out legal form and its quoted name --------------

QUOTED = [
    ("Соглашение подписано с автономной некоммерческой организацией «Забота».",
     "Автономная некоммерческая организация «Забота»"),
    ("Вчера соглашение было подписано с автономной некоммерческой организацией «Рассвет».",
     "Автономная некоммерческая организация «Рассвет»"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "side"), QUOTED)
def test_partner_named_by_legal_form_and_quoted_name(models, text, side):
    got = records(models, text)
    assert [p for _, p in got] == [[side]]


# --- _signing_to_come_in_conjunct ----------------------------------------------------------

CONJUNCT = [
    ("Еще одно соглашение — с департаментом социальной защиты населения Ивановской "
     "области — прошло согласование и будет подписано в ближайшее время.", "planned"),
    ("Соглашение с министерством труда Пензенской области прошло все согласования и будет "
     "подписано на форуме в мае.", "planned"),
    ("Соглашение с министерством труда Пензенской области прошло согласование и было "
     "подписано вчера.", "signed"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "status"), CONJUNCT)
def test_signing_to_come_in_conjunct(models, text, status):
    assert [s for s, _ in records(models, text)] == [status]


# --- _signed_after_colon -------------------------------------------------------------------

COLON = [
    "Министерство социальной политики Омской области подписало три соглашения. Первое "
    "соглашение министерство подписало с Омским университетом. Второе соглашение — с "
    "фондом «Забота». Третий документ — с автономной "
    "некоммерческой организацией «Серебряный возраст»: его подписали министр Ирина Петрова "
    "и руководитель АНО Валентина Сидорова.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", COLON)
def test_list_item_signed_after_colon(models, text):
    got = records(models, text)
    item = [s for s, p in got if has_side(p, "серебрян")]
    assert item == ["signed"]
