"""Agreements on short Russian texts: status, parties, signatories, dates."""

from __future__ import annotations

import pytest

from soccoop.extract.pipeline import extract


def agreements(models, text, published=None):
    return extract(text, "t.txt", models, published=published).agreements


@pytest.mark.parametrize(
    "text, status",
    [
        ("Министерство труда Республики Татарстан и Департамент социальной защиты Костромской "
         "области подписали соглашение о сотрудничестве.", "signed"),
        ("Соглашение о сотрудничестве между Правительством Республики Татарстан и "
         "Правительством Костромской области заключено сегодня в Казани.", "signed"),
        ("Обсуждался проект соглашения о сотрудничестве между Министерством труда Республики "
         "Татарстан и Департаментом труда Костромской области.", "planned"),
        ("Правительство Ульяновской области планирует подписать соглашение о взаимодействии "
         "с Правительством Самарской области.", "planned"),
        ("Специалисты работают в рамках соглашения о сотрудничестве между Костромской областью "
         "и Луганской Народной Республикой.", "mentioned"),
        ("Это одно из направлений соглашения, заключенного между Костромской областью и "
         "Луганской Народной Республикой.", "mentioned"),
        ("В 2002 году между Правительством Республики Татарстан и Правительством Костромской "
         "области было заключено соглашение о торгово-экономическом сотрудничестве.",
         "mentioned"),
    ],
)
def test_status(models, text, status):
    found = agreements(models, text, published="2023-09-15")
    assert [a.status for a in found] == [status]


def test_parties_are_nominative_with_regions(models):
    text = ("Взаимодействие - одно из направлений соглашения о сотрудничестве, заключенного между "
            "Костромской областью и Меловским районом Луганской Народной Республики.")
    (a,) = agreements(models, text)
    assert [p.name for p in a.parties] == [
        "Костромская область", "Меловский район Луганской Народной Республики"]
    assert a.regions == ["RU-KOS", "RU-LPR"]
    assert a.date is None


def test_abbreviations_in_party_names_are_spelled_out(models):
    text = ("Кроме того, обсуждался проект соглашения о сотрудничестве между Министерством труда "
            "РТ и Департаментом социальной защиты ХМАО.")
    (a,) = agreements(models, text)
    assert [p.name for p in a.parties] == [
        "Министерство труда Республики Татарстан",
        "Департамент социальной защиты Ханты-Мансийского автономного округа — Югры",
    ]


def test_signatories_and_relative_date(models):
    text = ("(Казань, 18 апреля). Сегодня министр социальной защиты РТ Клавдия Новикова и "
            "директор Департамента социальной защиты Костромской области Ирина Петрова "
            "подписали соглашение о сотрудничестве в области социальной защиты населения.")
    (a,) = agreements(models, text, published="--04-18")
    assert a.status == "signed"
    assert a.signatories == ["Клавдия Новикова", "Ирина Петрова"]
    assert a.date == "--04-18"
    assert a.subject == "в области социальной защиты населения"
    assert set(a.regions) == {"RU-TA", "RU-KOS"}


def test_repeated_mentions_are_one_agreement_and_distinct_ones_stay_apart(models):
    text = (
        "Министр труда РТ Иван Петров и губернатор Костромской области Сергей Ситников "
        "подписали соглашение о сотрудничестве в области социальной защиты. "
        "Соглашение в области социальной защиты предполагает обмен опытом. "
        "Ранее, в 2010 году, между Правительством РТ и Правительством Костромской области "
        "было заключено соглашение о торгово-экономическом сотрудничестве."
    )
    found = agreements(models, text, published="2023-05-10")
    assert sorted(a.status for a in found) == ["mentioned", "signed"]
    old = next(a for a in found if a.status == "mentioned")
    assert old.date == "2010"


@pytest.mark.parametrize(
    "text",
    [
        "В ходе видеоконференции учреждения договорились о сотрудничестве.",
        "Костромские специалисты обменялись опытом с коллегами из Луганска.",
        "У нас подписано много соглашений с предприятиями.",
        "Всего на форуме планируется заключить порядка десяти соглашений.",
        "Арендатор расторг договор аренды помещения.",
    ],
)
def test_no_agreement_without_an_agreement(models, text):
    assert agreements(models, text) == []


def test_evidence_is_the_sentence(models):
    text = "Новость. Костромская область и Луганская Народная Республика подписали соглашение."
    (a,) = agreements(models, text)
    assert text[a.evidence.start:a.evidence.end] == a.evidence.text
    assert a.evidence.text.startswith("Костромская область")


def test_subjects_of_the_signing_verb_are_parties(models):
    text = ("Министерство труда Республики Татарстан и Департамент социальной защиты Костромской "
            "области подписали соглашение о сотрудничестве.")
    (a,) = agreements(models, text)
    assert [p.name for p in a.parties] == [
        "Министерство труда Республики Татарстан",
        "Департамент социальной защиты Костромской области",
    ]
    assert a.signatories == []
