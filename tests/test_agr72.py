"""agr72: which agreements get a record. A second signing whose plural subject the clause
spells out by name is no repeat of the first; an agreement framing the news ("в рамках
соглашения") with its own signing clause is an agreement of its own; one body named by the
same words in another order is one side; a plan "между министерствами" finds the
ministries in the report's lead; a partner list after a dash splits, its signers told over
two sentences; "между" bodies named by two words. Every probe is written here, in words of
its own."""

from __future__ import annotations

import pytest
from probes import (
    agreement_records,
    first_sentence,
    hand_parsed,
    noun_at,
    side,
    signers_in_order,
)

from soccoop.extract.agreement_sides import (
    _named_phrase,
    _sides_subject,
    spelled_out_subject,
    terms_between,
)
from soccoop.extract.agreement_types import same_words_reordered
from soccoop.extract.agreements import _terms_reference
from soccoop.extract.party_identity import other_name

PUB = "2024-03-12"

RECORDS = [
    # (id, text, sorted (status, sorted parties) of each record expected)
    ("plan-between-ministries-of-the-lead",
     "Сегодня состоялось рабочее совещание в режиме видеосвязи между Министерством "
     "социальной защиты Курской области и Министерством труда и социального развития "
     "Липецкой области. Со стороны Курской области в совещании участвовал исполняющий "
     "обязанности министра Иван Гришин, со стороны Липецкой области — заместитель министра "
     "Анна Лукина. Стороны обсудили помощь семьям участников СВО. Курская сторона "
     "рассказала о выплатах. Липецкие коллеги поделились опытом наставничества. По итогам "
     "встречи одобрен проект соглашения о взаимодействии между министерствами.",
     [("planned", ["Министерство социальной защиты Курской области",
                   "Министерство труда и социального развития Липецкой области"])]),
    ("list-after-a-dash",
     "Сегодня министерство социальной защиты Курской области подписало соглашения о "
     "взаимодействии сразу с тремя организациями — автономной некоммерческой организацией "
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
    "Сначала глава администрации Курчатовского района Курской области Олег Белов и глава "
    "администрации Рыльского района Курской области Сергей Ковалёв заключили договор о "
    "совместной работе по поддержке пожилых. Два района будут вместе возить стариков в "
    "больницы. Потом свои подписи под соглашением о стажировках поставили руководители "
    "районных учреждений — директор Курчатовского филиала ОКУ Областной центр социальной "
    "защиты Анна Петрова и директор ОКУ «Рыльский центр социальной помощи» Ольга "
    "Сидорова.")

FRAMED = (
    "В среду администрация города Курчатова и ООО «Курский сахарный завод» подписали "
    "соглашение о помощи ветеранам. Директор завода Олег Рябов рассказал, что программа "
    "«Добрый сосед» идёт в рамках соглашения о социальном партнёрстве, которое "
    "Правительство Курской области и ООО «Курский сахарный завод» заключили в 2019 году.")

SPLIT_SIGNERS = (
    "Сегодня министерство социальной защиты Курской области подписало соглашения о "
    "взаимодействии сразу с тремя организациями — автономной некоммерческой организацией "
    "«Тёплый очаг», благотворительным фондом «Надежда Сейма» и Курской областной "
    "организацией Всероссийского общества глухих. Со стороны министерства документы "
    "подписал министр Иван Гришин. Со стороны партнёров — директор АНО «Тёплый очаг» Елена "
    "Зорина, президент фонда «Надежда Сейма» Павел Лунёв и председатель областной "
    "организации ВОГ Нина Котова.")


def test_spelled_out_second_signing(models) -> None:
    """The second signing of the centres' heads is a record of its own, with its signers
    and a centre for its side, not the districts' administrations again."""
    records = agreement_records(models, SECOND_SIGNING, PUB, "signers", "parties")
    assert [signers for signers, _ in records] == [
        ["Анна Петрова", "Ольга Сидорова"], ["Олег Белов", "Сергей Ковалёв"]]
    centres = next(parties for signers, parties in records if "Анна Петрова" in signers)
    assert "ОКУ «Рыльский центр социальной помощи»" in centres
    assert not any(p.lower().startswith("администрация") for p in centres)


def test_framing_agreement_with_own_signing(models) -> None:
    """The agreement "в рамках" which the news goes, with its own signing clause, is a
    record of its own beside the signing told before."""
    records = agreement_records(models, FRAMED, PUB, "status", "parties", "date")
    assert ("mentioned", ["ООО «Курский сахарный завод»", "Правительство Курской области"],
            "2019") in records
    assert len(records) == 2


def test_split_signers_over_two_sentences(models) -> None:
    """Each fund's agreement has the minister and its own head."""
    assert sorted(signers_in_order(models, SPLIT_SIGNERS, PUB)) == [
        ["Иван Гришин", "Елена Зорина"], ["Иван Гришин", "Нина Котова"],
        ["Иван Гришин", "Павел Лунёв"]]


SUBJECTS = [
    # (id, sentence, the plural side word, spelled out, a side subject)
    ("dash-names-the-people",
     "Затем подписи поставили руководители учреждений — директор центра «Заря» Анна "
     "Петрова и директор школы «Радуга» Олег Сидоров.", "руководитель", True, False),
    ("bare-heads-refer-back",
     "Затем руководители подписали соглашение о сотрудничестве.", "руководитель", False,
     True),
    ("dash-without-people",
     "Руководители подписали соглашение — документ рассчитан на три года.", "руководитель",
     False, True),
    ("dash-opens-bodies",
     "Участники соглашения — министерство социальной политики, университет имени Бориса "
     "Ельцина и фонд «Опора».", "участник", False, True),
]


@pytest.mark.parametrize(("case", "text", "word", "spelled", "subject"), SUBJECTS,
                         ids=[c[0] for c in SUBJECTS])
def test_spelled_out_subject(models, case: str, text: str, word: str, spelled: bool,
                             subject: bool) -> None:
    sent = first_sentence(models, text)
    i = noun_at(sent, word)
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
    ("in-its-terms",
     "Соглашение должно определить порядок передачи сведений между поликлиниками и "
     "центрами.", True),
]


@pytest.mark.parametrize(("case", "text", "terms"), BETWEEN, ids=[c[0] for c in BETWEEN])
def test_terms_between(models, case: str, text: str, terms: bool) -> None:
    sent = first_sentence(models, text)
    j = noun_at(sent, "между")
    assert terms_between(sent, noun_at(sent), j) is terms


def _noun(text: str, case: str, rel: str, head: int) -> tuple:
    return (text, text.lower(), "NOUN", rel, head, {"Case": case})


# "Центр работает с приходом, а весной планируется подписать соглашение о партнёрстве между
# центром и благочинием", the parser hanging "между центром" on "работает" of the clause
# before ", а"
OTHER_CLAUSE = hand_parsed(
    _noun("Центр", "Nom", "nsubj", 1),
    ("работает", "работать", "VERB", "root", -1, {"Tense": "Pres"}),
    ("с", "с", "ADP", "case", 3, {}),
    _noun("приходом", "Ins", "obl", 1),
    (",", ",", "PUNCT", "punct", 7, {}),
    ("а", "а", "CCONJ", "cc", 7, {}),
    _noun("весной", "Ins", "obl", 7),
    ("планируется", "планироваться", "VERB", "root", -1, {"Tense": "Pres"}),
    ("подписать", "подписать", "VERB", "csubj:pass", 7, {"VerbForm": "Inf"}),
    ("соглашение", "соглашение", "NOUN", "obj", 8, {"Case": "Acc"}),
    ("о", "о", "ADP", "case", 11, {}),
    _noun("партнёрстве", "Loc", "nmod", 9),
    ("между", "между", "ADP", "case", 13, {}),
    ("центром", "центр", "NOUN", "obl", 1, {"Case": "Ins"}),
    ("и", "и", "CCONJ", "cc", 15, {}),
    ("благочинием", "благочиние", "NOUN", "conj", 13, {"Case": "Ins"}),
    (".", ".", "PUNCT", "punct", 7, {}),
)


def test_between_hung_on_another_clause() -> None:
    """A verb of the clause before ", а" is not what the agreement is to do: the "между"
    bodies are its sides."""
    assert terms_between(OTHER_CLAUSE, 9, 12) is False


@pytest.mark.parametrize(("name", "named"), [
    ("Северное благочиние", True),
    ("Окружной департамент социальной защиты", True),
    ("министерство", False),
    ("Общество инвалидов", False),
    ("областной департамент", False),
])
def test_named_phrase(models, name: str, named: bool) -> None:
    assert _named_phrase(side(models, name)) is named
