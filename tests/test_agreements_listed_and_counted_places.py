"""Agreements and status of listed events and counted places. A month-dated signing in a
numbered list of the period's events stays signed; sides given by a count of the places just
named ("правительства двух областей") or as neighbours; a former agreement of the same sides
is a record of its own; an extended agreement's earlier signing is a record of its own with
its date; a bare "регион" that signs is the reporting official's region. Every probe is
written here, in words of its own."""

from __future__ import annotations

import pytest
from probes import agreement_records, agreements_of

PUB = "2025-12-26"


def records(models, text, published=PUB):
    """(status, date, sorted party names) of each agreement the text gives."""
    return agreement_records(models, text, published, "status", "date_or_empty", "parties")


def regions_of(models, text, published=PUB):
    """(status, date, sorted region codes) of each agreement: names vary, regions do not."""
    return agreement_records(models, text, published, "status", "date_or_empty", "regions")


# --- _event_list_item (status.py) ----------------------------------------------------------

EVENTS = (
    "Главное за двенадцать месяцев в социальной сфере Курской области\n\n"
    "{lead}\n\n"
    "1. Новые центры для пожилых\n"
    "В Железногорске и Льгове открылись два центра дневного пребывания: там занимаются "
    "гимнастикой, рисуют, учатся пользоваться смартфоном, а по пятницам смотрят кино. "
    "Центры посещают около трёхсот человек, и к лету обещают открыть ещё один.\n\n"
    "2. Опыт соседей\n"
    "В марте министерство социального обеспечения Курской области и министерство "
    "социальной защиты Белгородской области подписали соглашение о сотрудничестве.\n\n"
    "3. Выплаты многодетным\n"
    "С 1 мая выросла ежемесячная выплата на третьего ребёнка.\n"
)


@pytest.mark.slow
def test_listed_event_stays_signed(models):
    got = regions_of(models, EVENTS.format(lead="Редакция вспоминает, чем жила отрасль."))
    assert got == [("signed", "2025-03", ["RU-BEL", "RU-KRS"])]


@pytest.mark.slow
def test_month_dated_signing_outside_a_list_is_background(models):
    # the same paragraph without the numbered headings: a March signing told in December
    # under a headline about something else is background, as before
    text = ("Как в Курской области помогают пожилым\n\n"
            "Редакция вспоминает, чем жила отрасль.\n\n"
            "В марте министерство социального обеспечения Курской области и министерство "
            "социальной защиты Белгородской области подписали соглашение о сотрудничестве.\n")
    assert regions_of(models, text) == [("mentioned", "2025-03", ["RU-BEL", "RU-KRS"])]


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        (EVENTS.format(lead="Итоги."), True),
        # one numbered heading is no list of events
        ("Заголовок\n\n1. Первое\nТекст один.\n", False),
        # a numbered line ending with a full stop is an item of text, not a heading
        ("1. Одно.\nТекст.\n\n2. Два.\nТекст.\n\n3. Три.\nТекст.\n", False),
    ],
)
def test_event_list_item_shape(models, text, listed):
    from soccoop.extract.status import _event_list_item
    analysis = models.analyse(text)
    second = next(s for s in analysis.sentences if s.text.startswith("Текст") or
                  s.text.startswith("В марте"))
    assert _event_list_item(text, second) is listed


# --- _counted_places, _earlier_of_same_sides (agreements.py) ----------------------------

SIGNED = ("Вчера в Тамбове министерство социальной защиты Тамбовской области и министерство "
          "социального развития Пензенской области подписали соглашение о взаимодействии. ")


@pytest.mark.slow
@pytest.mark.parametrize(
    "later",
    [
        "Ещё в 2019 году правительства двух областей заключили соглашение о дружбе.",
        "Ещё в 2019 году министерства обоих регионов заключили соглашение о дружбе.",
        "Ещё в 2019 году соседи заключили соглашение о дружбе.",
    ],
)
def test_sides_given_by_a_count(models, later):
    got = regions_of(models, SIGNED + later)
    assert ("mentioned", "2019", ["RU-PNZ", "RU-TAM"]) in got
    assert len(got) == 2


@pytest.mark.slow
def test_a_count_of_other_things_names_no_sides(models):
    # "двух лет" counts no places: the sentence's agreement is the one just signed
    text = SIGNED + "Соглашение рассчитано на два года."
    assert [s for s, _, _ in regions_of(models, text)] == ["signed"]


@pytest.mark.slow
def test_former_agreement_of_the_same_sides(models):
    text = SIGNED + "Прежнее соглашение между ведомствами действовало с 2020 по 2024 год."
    got = regions_of(models, text)
    assert [(s, r) for s, _, r in got] == [("mentioned", ["RU-PNZ", "RU-TAM"]),
                                          ("signed", ["RU-PNZ", "RU-TAM"])]


# --- _extended_base_date ------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("Департамент социальной защиты Ивановской области и комитет социальной защиты "
         "Костромской области в пятницу продлили на три года действие соглашения о "
         "партнёрстве, подписанного в мае 2019 года.", "2019-05"),
        ("Департамент социальной защиты Ивановской области и комитет социальной защиты "
         "Костромской области в пятницу продлили ещё на пять лет срок действия договора "
         "о партнёрстве, заключенного в 2018 году.", "2018"),
    ],
)
def test_extension_and_its_base(models, text, base):
    got = regions_of(models, text)
    assert [(s, d) for s, d, _ in got] == [("mentioned", base), ("signed", "2025-12-26")]
    assert all(r == ["RU-IVA", "RU-KOS"] for _, _, r in got)


@pytest.mark.slow
def test_extension_without_an_earlier_date_is_one_record(models):
    text = ("Департамент социальной защиты Ивановской области и комитет социальной защиты "
            "Костромской области в пятницу продлили соглашение о партнёрстве до 2030 года.")
    assert [(s, d) for s, d, _ in regions_of(models, text)] == [("signed", "2025-12-26")]


# --- _speakers_region, _stray_partner_list ------------------------------------------------

@pytest.mark.slow
def test_bare_region_is_the_speakers(models):
    text = ("Курская область и Республика Мордовия подписали соглашение о социальном "
            "партнёрстве. Вице-губернатор Курской области Павел Соловьёв отметил, что "
            "подобные соглашения регион подписал в 2023 году с Орловской и Липецкой "
            "областями, а весной собирается подписать документ с Республикой Адыгея.")
    got = [r for _, _, r in regions_of(models, text)]
    assert ["RU-KRS", "RU-ORL"] in got
    assert ["RU-KRS", "RU-LIP"] in got


@pytest.mark.slow
def test_bare_region_without_a_speaker_is_not_guessed(models):
    text = ("Курская область и Республика Мордовия подписали соглашение о социальном "
            "партнёрстве. Подобные соглашения регион подписал в 2023 году с Орловской и "
            "Липецкой областями.")
    got = [r for _, _, r in regions_of(models, text)]
    # fix78: either region may be meant, so no likened record has either for its side
    # (Курская область was the guess, first named), and the partners are still read
    likened = [r for r in got if r != ["RU-KRS", "RU-MO"]]
    assert not [r for r in likened if "RU-KRS" in r or "RU-MO" in r]
    assert {"RU-ORL", "RU-LIP"} <= {c for r in likened for c in r}


# --- negatives --------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # a list of unrelated headlines
        "Читайте также\n1. В Курске отремонтируют мост\n2. Погода на выходные\n"
        "3. Два соседа поспорили из-за забора\n4. Цены на бензин выросли\n",
        # a site menu
        "Главная | Новости | Соглашения | Регионы | Контакты\nПоиск по сайту",
        # an agreement between two companies
        "ООО «Вектор» и АО «Сибирская стройка» в марте заключили соглашение о поставках "
        "цемента; прежнее соглашение компаний действовало с 2020 года.",
        # neighbours who agree, no document
        "Соседи по подъезду договорились сообща покрасить скамейку.",
    ],
)
def test_negatives_give_no_agreement(models, text):
    assert agreements_of(models, text, PUB) == []


# --- CLI end to end -------------------------------------------------------------------------

@pytest.mark.slow
def test_cli_end_to_end(listed_rows):
    text = ("Продлено соглашение Тамбова и Пензы\n\n" + SIGNED +
            "Стороны продлили действие соглашения о взаимодействии, заключенного в июне "
            "2021 года.\n")
    rows = listed_rows({"tambov.txt": text}, "--format", "jsonl", "--limit", "0")
    assert len(rows) == 1
    got = [(a["status"], a["date"], sorted(a["regions"])) for a in rows[0]["agreements"]]
    assert got[0][0] == "signed"
    assert ("mentioned", "2021-06", ["RU-PNZ", "RU-TAM"]) in got


# --- page shapes of the rounds' analyses that the code already read: kept -----------------

@pytest.mark.slow
def test_ordinals_after_a_count_keep_their_partners(models):
    text = ("Министерство социальной политики Нижегородской области в четверг заключило два "
            "соглашения — с Владимирской и Ивановской областями. Первое соглашение касается "
            "обучения сиделок. Второе соглашение посвящено социальному туризму.")
    got = regions_of(models, text)
    assert [(s, r) for s, _, r in got] == [("signed", ["RU-IVA", "RU-NIZ"]),
                                          ("signed", ["RU-NIZ", "RU-VLA"])]


@pytest.mark.slow
def test_background_agreement_in_force_is_mentioned(models):
    text = ("Нижегородская область и Чувашия подписали соглашение. Действующее с 2016 года "
            "соглашение о торговле между ними остаётся в силе.")
    got = regions_of(models, text)
    assert ("mentioned", "2016", ["RU-CU", "RU-NIZ"]) in got
    assert [s for s, _, _ in got].count("signed") == 1
