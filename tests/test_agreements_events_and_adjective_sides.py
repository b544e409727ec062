"""Agreements of one event: one record per event, parties named by an adjective
phrase, a partner list split under such a subject, signers of a separate sentence. Every
probe is written here, in words of its own."""

from __future__ import annotations

import pytest
from probes import agreement_records, agreements_of

from soccoop.extract.agreements import _defined_term, _Party

PUB = "2025-05-14"


def records(models, text):
    """(status, sorted party names, signers) of each agreement the text gives."""
    return agreement_records(models, text, PUB, "status", "parties", "signers")


@pytest.mark.parametrize(
    ("name", "defined"),
    [
        ("Стороны", True),
        ("«Сторона 2»", True),
        ("сторона", True),
        ("Министерство труда Омской области", False),
        ("Сторожевское сельское поселение", False),
    ],
)
def test_defined_term_is_no_side(models, name, defined):
    assert _defined_term(_Party(name, [], 0, 0, models)) is defined


PSKOV_DOC = (
    "Соглашение № 3/17 от 2 апреля 2025 года о взаимодействии в сфере социального "
    "обслуживания между Министерством социального развития Псковской области и Комитетом по "
    "социальной защите Новгородской области\n"
    "Министерство социального развития Псковской области, именуемое в дальнейшем «Сторона 1», "
    "в лице министра Беловой Анны Сергеевны, с одной стороны, и Комитет по социальной защите "
    "Новгородской области, именуемый в дальнейшем «Сторона 2», в лице председателя комитета "
    "Тихонова Олега Игоревича, с другой стороны, совместно именуемые «Стороны», заключили "
    "настоящее Соглашение о нижеследующем.\n"
    "1. Настоящее Соглашение вступает в силу со дня его подписания.\n")

PSKOV = "Министерство социального развития Псковской области"
NOVGOROD = "Комитет по социальной защите Новгородской области"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # _same_document: the title of the document a text is and its preamble, one record
        # with no defined term ("Стороны") among its sides
        (PSKOV_DOC, [("signed", sorted([PSKOV, NOVGOROD]))]),
        # _adjective_body + _with_list_split: "псковский минсоц" heads a list of partners
        (f"В марте {PSKOV} и {NOVGOROD} подписали соглашение о сотрудничестве.\n"
         "Кроме того, псковский минсоц поддерживает действующие соглашения с Ленинградской "
         "областью и Республикой Карелия.",
         [("mentioned", sorted([PSKOV, "Ленинградская область"])),
          ("mentioned", sorted([PSKOV, "Республика Карелия"])),
          ("signed", sorted([PSKOV, NOVGOROD]))]),
        # an adjective of the text's own region ("областное ведомство"): the first side's
        # region, and a second agreement noun restating the list adds no record
        (f"В марте {PSKOV} и {NOVGOROD} подписали соглашение о сотрудничестве.\n"
         "Прежде областное ведомство заключило похожие соглашения с Тверской и Смоленской "
         "областями, и каждое соглашение действует до сих пор.",
         [("mentioned", sorted([PSKOV, "Смоленская область"])),
          ("mentioned", sorted([PSKOV, "Тверская область"])),
          ("signed", sorted([PSKOV, NOVGOROD]))]),
        # a genitive "региона" after the body: the first side's region too
        (f"В марте {PSKOV} и {NOVGOROD} подписали соглашение о сотрудничестве.\n"
         "Ранее ведомство региона подписало аналогичные соглашения с Тверской и Смоленской "
         "областями.",
         [("mentioned", sorted([PSKOV, "Смоленская область"])),
          ("mentioned", sorted([PSKOV, "Тверская область"])),
          ("signed", sorted([PSKOV, NOVGOROD]))]),
    ],
)
def test_one_record_per_event_and_sides(models, text, expected):
    assert [(s, p) for s, p, _ in records(models, text)] == expected


LIPETSK = "Министерство социальной политики Липецкой области"
VORONEZH = "Департамент социальной защиты Воронежской области"
VORONEZH_IN = "департамент социальной защиты Воронежской области"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # _named_alike: signers named in a later sentence ("Подписи под соглашением
        # поставили ..."), their side found without its region, join the signing
        (f"{LIPETSK} и {VORONEZH_IN} подписали соглашение о взаимодействии. Документ "
         "определяет порядок обмена данными.\n"
         "Подписи под соглашением поставили министр Ольга Гончарова и руководитель "
         "департамента Сергей Новиков.",
         [("signed", sorted([LIPETSK, VORONEZH]), ["Ольга Гончарова", "Сергей Новиков"])]),
        # "Документ скрепили подписями X и Y" after the signing sentence
        (f"В среду {LIPETSK} и {VORONEZH_IN} заключили соглашение о помощи семьям. "
         "Документ скрепили подписями министр социальной политики Липецкой области Ольга "
         "Гончарова и руководитель департамента социальной защиты Воронежской области Сергей "
         "Новиков.",
         [("signed", sorted([LIPETSK, VORONEZH]), ["Ольга Гончарова", "Сергей Новиков"])]),
    ],
)
def test_signers_of_a_separate_sentence(models, text, expected):
    assert records(models, text) == expected


@pytest.mark.slow
def test_headline_town_is_no_extra_side(models):
    # _without_headline_towns: "Липецк" of the headline next to the Lipetsk ministry
    text = (f"Липецк подписал соглашение с Воронежем\n\n{LIPETSK} и {VORONEZH_IN} "
            "подписали соглашение о взаимодействии в сфере реабилитации.")
    assert [p for _, p, _ in records(models, text)] == [sorted([LIPETSK, VORONEZH])]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "company"),
    [
        # _can_be_nom: a legal form tagged genitive still opens a subject; _closing_quote:
        # the tagger's name ends before "»"
        ("Правительство Ставропольского края, ПАО «Банк Открытие» и Северо-Кавказский "
         "федеральный университет подписали трехстороннее соглашение о переобучении "
         "ветеранов.", "ПАО «Банк Открытие»"),
        ("Правительство Курганской области, ПАО Ростелеком и Курганский государственный "
         "университет заключили трехстороннее соглашение о подготовке кадров.",
         "ПАО Ростелеком"),
    ],
)
def test_company_of_a_subject_list(models, text, company):
    (agreement,) = agreements_of(models, text, PUB)
    assert company in [p.name for p in agreement.parties]
    assert len(agreement.parties) == 3


@pytest.mark.slow
def test_place_explained_by_its_body(models):
    # _dash_body: "с коллегами из X — Министерством ..." names the body after the dash
    text = ("Министерство труда Омской области подписало соглашение с коллегами из "
            "Алтайского края — Министерством социальной защиты Алтайского края.")
    (agreement,) = agreements_of(models, text, PUB)
    assert sorted(p.name for p in agreement.parties) == [
        "Министерство социальной защиты Алтайского края", "Министерство труда Омской области"]


@pytest.mark.slow
def test_province_of_another_state_is_a_side(models):
    # _foreign_area: "Гродненской областью" is no federal subject but a side
    text = ("Напомним, соглашение о сотрудничестве между Гродненской областью и Псковской "
            "областью действует с 2016 года.")
    (agreement,) = agreements_of(models, text, PUB)
    assert sorted(p.name for p in agreement.parties) == ["Гродненская область",
                                                         "Псковская область"]


SPEECH = (
    "Главное из выступления губернатора\n"
    "Губернатор Псковской области Михаил Ведерников подвёл итоги года на заседании "
    "областного Собрания депутатов.\n"
    "«Социальные выплаты выросли на десять процентов.\n"
    "В прошлом году мы заключили соглашение о сотрудничестве с Новгородской областью. "
    "Оно уже приносит плоды».\n")


@pytest.mark.slow
def test_unattributed_quote_is_the_first_officials(models):
    # _unattributed_quote: "мы" inside a quotation of whole paragraphs naming no speaker
    # is the official the text introduces first
    (agreement,) = agreements_of(models, SPEECH, PUB)
    assert len(agreement.parties) == 2
    assert {p.region for p in agreement.parties} == {"RU-PSK", "RU-NGR"}


KURSK_NEWS = (
    "Курск и Белгород подписали соглашение о помощи ветеранам\n"
    "Опубликовано: 14.05.2025\n"
    "Министерство социального обеспечения Курской области и министерство социальной защиты "
    "населения Белгородской области подписали соглашение о реабилитации ветеранов. Подписи "
    "поставили министр Анна Котова и министр Пётр Гусев.\n"
    "Заметим, курский минсоц сохраняет действующие соглашения с Орловской областью и "
    "Республикой Беларусь.\n")


@pytest.mark.slow
def test_cli_ingest_and_list(listed_rows):
    rows = listed_rows({"kursk.txt": KURSK_NEWS}, "--kind", "agreements", "--format", "jsonl",
                       "--limit", "0")
    got = sorted((r["status"], [p["name"] for p in r["parties"]],
                  sorted(r["signatories"])) for r in rows)
    kursk = "Министерство социального обеспечения Курской области"
    assert got == [
        ("mentioned", [kursk, "Белоруссия"], []),
        ("mentioned", [kursk, "Орловская область"], []),
        ("signed", [kursk, "Министерство социальной защиты населения Белгородской области"],
         ["Анна Котова", "Пётр Гусев"]),
    ]
