"""agr72: which agreements get a record. A second signing whose plural subject the clause
spells out by name is no repeat of the first; an agreement framing the news ("в рамках
соглашения") with its own signing clause is an agreement of its own; one body named by the
same words in another order is one side; a plan "между министерствами" finds the
ministries in the report's lead; a partner list after a dash splits, its signers told over
two sentences; "между" bodies named by two words. Every probe is written here, in words of
its own."""

from __future__ import annotations

import pytest
from probes import agreement_records, first_sentence, noun_at, side, signers_in_order

from soccoop.extract.agreement_sides import (
    _named_phrase,
    _sides_subject,
    spelled_out_subject,
    terms_between,
)
from soccoop.extract.agreement_types import same_words_reordered
from soccoop.extract.agreements import _terms_reference
from soccoop.extract.same_side import other_name

PUB = "2024-03-12"

RECORDS = [
    # (id, text, sorted (status, sorted parties) of each record expected)
    ("frame-with-own-signing",
     "Директор фонда Олег Рябов рассказал, что программа «Добрый сосед» идёт в рамках "
     "соглашения о социальном партнёрстве, которое Правительство Курской области и "
     "ООО «Курский сахарный завод» заключили в 2019 году.",
     [("mentioned", ["ООО «Курский сахарный завод»", "Правительство Курской области"])]),
    ("plan-between-ministries-of-the-lead",
     "Сегодня прошло совещание между Министерством социальной защиты Курской области и "
     "Министерством труда Липецкой области. Стороны обсудили помощь семьям участников "
     "СВО. Курская сторона рассказала о выплатах. Липецкие коллеги поделились опытом "
     "наставничества. На совещании согласован текст соглашения о сотрудничестве между "
     "министерствами.",
     [("planned", ["Министерство социальной защиты Курской области",
                   "Министерство труда Липецкой области"])]),
    ("list-after-a-dash",
     "Сегодня министерство социальной защиты Курской области подписало соглашения о "
     "сотрудничестве сразу с тремя организациями — автономной некоммерческой организацией "
     "«Тёплый очаг», благотворительным фондом «Надежда Сейма» и Курской областной "
     "организацией Всероссийского общества глухих.",
     [("signed", ["Автономная некоммерческая организация «Тёплый очаг»",
                  "Министерство социальной защиты Курской области"]),
      ("signed", ["Благотворительный фонд «Надежда Сейма»",
                  "Министерство социальной защиты Курской области"]),
      ("signed", ["Курская областная организация Всероссийского общества глухих",
                  "Министерство социальной защиты Курской области"])]),
]


@pytest.mark.parametrize(("case", "text", "expected"), RECORDS, ids=[c[0] for c in RECORDS])
def test_records_of_agreements(models, case: str, text: str, expected: list) -> None:
    assert agreement_records(models, text, PUB, "status", "parties") == expected


SECOND_SIGNING = (
    "Во вторник глава администрации Курчатовского района Курской области Олег Белов и "
    "глава администрации Рыльского района Курской области Сергей Ковалёв подписали "
    "соглашение о межмуниципальном сотрудничестве. Затем подписи под соглашением об "
    "обмене опытом поставили руководители учреждений — директор ОКУ «Курчатовский центр "
    "социальной защиты» Анна Петрова и директор ОКУ «Рыльский центр социальной помощи» "
    "Ольга Сидорова.")

SPLIT_SIGNERS = (
    "Сегодня министерство социальной защиты Курской области подписало соглашения о "
    "сотрудничестве сразу с тремя организациями — автономной некоммерческой организацией "
    "«Тёплый очаг», благотворительным фондом «Надежда Сейма» и Курской областной "
    "организацией Всероссийского общества глухих. Со стороны министерства документы "
    "подписал министр Иван Гришин. Со стороны партнёров — директор АНО «Тёплый очаг» Елена "
    "Зорина, президент фонда «Надежда Сейма» Павел Лунёв и председатель областной "
    "организации ВОГ Нина Котова.")


def test_spelled_out_second_signing(models) -> None:
    """The second signing of the centres' heads is a record of its own, with its signers."""
    assert signers_in_order(models, SECOND_SIGNING, PUB) == [
        ["Олег Белов", "Сергей Ковалёв"], ["Анна Петрова", "Ольга Сидорова"]]


def test_split_signers_over_two_sentences(models) -> None:
    """Each fund's agreement has the minister and its own head."""
    assert sorted(signers_in_order(models, SPLIT_SIGNERS, PUB)) == [
        ["Иван Гришин", "Елена Зорина"], ["Иван Гришин", "Нина Котова"],
        ["Иван Гришин", "Павел Лунёв"]]


SUBJECTS = [
    # (id, sentence, the plural side word spelled out, a side subject)
    ("dash-names-the-people",
     "Затем подписи поставили руководители учреждений — директор центра «Заря» Анна "
     "Петрова и директор школы «Радуга» Олег Сидоров.", True, False),
    ("bare-heads-refer-back",
     "Затем руководители подписали соглашение о сотрудничестве.", False, True),
    ("dash-without-people",
     "Руководители подписали соглашение — документ рассчитан на три года.", False, True),
]


@pytest.mark.parametrize(("case", "text", "spelled", "subject"), SUBJECTS,
                         ids=[c[0] for c in SUBJECTS])
def test_spelled_out_subject(models, case: str, text: str, spelled: bool,
                             subject: bool) -> None:
    sent = first_sentence(models, text)
    i = noun_at(sent, "руководитель")
    hi = len(sent.tokens)
    assert spelled_out_subject(sent, i, hi) is spelled
    assert _sides_subject(sent, 0, hi) is subject


FRAMES = [
    # (id, sentence, a frame of the agreement told before)
    ("relative-clause-signers",
     "Программа идёт в рамках соглашения, которое правительство края и фонд заключили в "
     "2019 году.", False),
    ("bare-frame",
     "В рамках соглашения первая группа пенсионеров поедет в Курск.", True),
    ("relative-clause-not-signing",
     "В рамках соглашения, которое действует до 2026 года, пенсионеры поедут в Курск.", True),
]


@pytest.mark.parametrize(("case", "text", "frame"), FRAMES, ids=[c[0] for c in FRAMES])
def test_terms_reference(models, case: str, text: str, frame: bool) -> None:
    sent = first_sentence(models, text)
    assert _terms_reference(sent, noun_at(sent)) is frame


SAME_WORDS = [
    # (id, name, name, one side)
    ("town-genitive-and-adjective", "Центр занятости Томска", "ГКУ «Томский центр занятости»",
     True),
    ("other-town", "Центр занятости Томска", "ГКУ «Омский центр занятости»", False),
    ("one-word-more", "Центр занятости Томска", "Центр занятости населения Томска", False),
    ("bare-places", "Область Томская", "Томская область", False),
]


@pytest.mark.parametrize(("case", "a", "b", "same"), SAME_WORDS, ids=[c[0] for c in SAME_WORDS])
def test_same_words_reordered(models, case: str, a: str, b: str, same: bool) -> None:
    p, q = side(models, a), side(models, b)
    assert same_words_reordered(p, q) is same


def test_same_words_reordered_is_a_way(models) -> None:
    p, q = side(models, "Центр занятости Томска"), side(models, "ГКУ «Томский центр занятости»")
    assert other_name(p, q, models) == "same words reordered"


BETWEEN = [
    # (id, sentence, a "между" read as the agreement's terms)
    ("other-clause-verb",
     "Центр давно работает с приходом, а в мае планируется подписать соглашение о "
     "сотрудничестве между Северным центром социального обслуживания и Северным "
     "благочинием.", False),
    ("in-its-terms",
     "Соглашение должно определить порядок передачи сведений между поликлиниками и "
     "центрами.", True),
]


@pytest.mark.parametrize(("case", "text", "terms"), BETWEEN, ids=[c[0] for c in BETWEEN])
def test_terms_between(models, case: str, text: str, terms: bool) -> None:
    sent = first_sentence(models, text)
    j = noun_at(sent, "между")
    assert terms_between(sent, noun_at(sent), j) is terms


@pytest.mark.parametrize(("name", "named"), [
    ("Северное благочиние", True),
    ("Окружной департамент социальной защиты", True),
    ("министерство", False),
    ("Общество инвалидов", False),
    ("областной департамент", False),
])
def test_named_phrase(models, name: str, named: bool) -> None:
    assert _named_phrase(side(models, name)) is named
