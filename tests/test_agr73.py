"""agr73: a partner after "с" read word by word when the parse splits its phrase; a comma
inside a body's name does not end the agreement's phrase before a plan word; the sides told
in the next sentence ("Его сторонами стали ...") with a possessive tagged with no case and a
list the parse broke; a patronymic's initial the official's name does not state; a list
member's partner by region only where a region is named bare. Every probe is written here,
in words of its own."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from probes import agreement_records, hand_parsed, side, signers_of

from soccoop import names
from soccoop.extract.agreement_sides import list_run_end, partner_after_signing
from soccoop.extract.merge_rules import _new_list_partner
from soccoop.extract.normalize import inflect_word
from soccoop.extract.status import comma_inside_name, plan_infinitive_after_name

PUB = "2024-03-12"

PLAN_WITH_PARTNER = (
    "Министерство социальной защиты Курской области и Курская областная организация "
    "ветеранов подписали соглашение о помощи одиноким пенсионерам. В ближайшее время "
    "аналогичное соглашение министерство планирует заключить с Железногорской городской "
    "общественной организацией ветеранов — проект документа уже направлен организации для "
    "согласования.")

SIDES_TOLD_NEXT = (
    "В пятницу в администрации района подписано трёхстороннее соглашение о помощи "
    "ветеранам. Его сторонами стали Администрация Курчатовского района, АНО «Центр «Добрые "
    "руки» и ООО «Курская сетевая компания». От администрации документ подписал глава "
    "района Петров И.С., от центра — директор Смирнова А.В., от компании — директор "
    "Белов О.Н. Глава района Иван Петров поблагодарил партнёров. Директор компании Олег "
    "Белов рассказал о планах. Директор центра Анна Смирнова рассказала о волонтёрах.")


def test_plan_with_partner_read_by_words(models) -> None:
    """The planned likened agreement has its own partner (on main: the first one's)."""
    assert agreement_records(models, PLAN_WITH_PARTNER, PUB, "status", "parties") == [
        ("planned", ["Железногорская городская общественная организация ветеранов",
                     "Министерство социальной защиты Курской области"]),
        ("signed", ["Курская областная организация ветеранов",
                    "Министерство социальной защиты Курской области"]),
    ]


def test_sides_told_next_and_initials(models) -> None:
    """Each side's signer, named by initials, is the official named in full later (on
    main the last two stay initials, and the centre is no side)."""
    assert signers_of(models, SIDES_TOLD_NEXT, PUB) == [
        ["Анна Смирнова", "Иван Петров", "Олег Белов"]]
    records = agreement_records(models, SIDES_TOLD_NEXT, PUB, "parties")
    assert "АНО «Центр «Добрые руки»" in records[0][0]


# A hand-parsed sentence where the parse split the partner: the first adjective hangs on the
# signing infinitive, the noun on the verb after the dash.
_SPLIT = (
    ("аналогичный", "аналогичный", "ADJ", "amod", 1, {"Case": "Acc"}),
    ("договор", "договор", "NOUN", "nsubj:pass", 10, {"Case": "Acc"}),
    ("фонд", "фонд", "NOUN", "nsubj", 3, {"Case": "Nom"}),
    ("намерен", "намеренный", "ADJ", "root", -1, {}),
    ("подписать", "подписать", "VERB", "xcomp", 3, {"VerbForm": "Inf"}),
    ("с", "с", "ADP", "case", 6, {}),
    ("Заречной", "заречный", "ADJ", "obl", 4,
     {"Case": "Ins", "Gender": "Fem", "Number": "Sing"}),
    ("районной", "районный", "ADJ", "amod", 8,
     {"Case": "Ins", "Gender": "Fem", "Number": "Sing"}),
    ("организацией", "организация", "NOUN", "obl", 10,
     {"Case": "Ins", "Gender": "Fem", "Number": "Sing"}),
    ("инвалидов", "инвалид", "NOUN", "nmod", 8, {"Case": "Gen", "Number": "Plur"}),
    ("готов", "готовый", "ADJ", "root", -1, {}),
)


def test_partner_after_signing_verb() -> None:
    """The first word after "с", right after the signing verb, within the clause."""
    sent = hand_parsed(*_SPLIT)
    assert partner_after_signing(sent, 1) == [6]


def test_partner_after_other_verb_is_none() -> None:
    """A "с" after a verb that signs nothing is no partner of the agreement."""
    spec = list(_SPLIT)
    spec[4] = ("обсудить", "обсудить", "VERB", "xcomp", 3, {"VerbForm": "Inf"})
    assert partner_after_signing(hand_parsed(*spec), 1) == []


@pytest.mark.parametrize(("case", "words", "i", "expected"), [
    ("genitive-members", [("труда", "NOUN", "Gen"), (",", "PUNCT", None),
                          ("занятости", "NOUN", "Gen")], 1, True),
    ("adjective-member", [("труда", "NOUN", "Gen"), (",", "PUNCT", None),
                          ("социальной", "ADJ", "Gen")], 1, True),
    ("nominative-after", [("фондом", "NOUN", "Ins"), (",", "PUNCT", None),
                          ("министерство", "NOUN", "Nom")], 1, False),
    ("other-case", [("труда", "NOUN", "Gen"), (",", "PUNCT", None),
                    ("министерством", "NOUN", "Ins")], 1, False),
    ("not-a-comma", [("труда", "NOUN", "Gen"), ("и", "CCONJ", None),
                     ("занятости", "NOUN", "Gen")], 1, False),
])
def test_comma_inside_name(case: str, words: list, i: int, expected: bool) -> None:
    sent = hand_parsed(*[(w, w, pos, "dep", 0, {"Case": c} if c else {})
                         for w, pos, c in words])
    assert comma_inside_name(sent.tokens, i) is expected


def _modal_sentence(comma: bool) -> object:
    """"Договор между фондом и министерством труда, занятости ... мог быть подписан" with
    (or, replaced by "и", without) the comma inside the ministry's name."""
    return hand_parsed(
        ("Договор", "договор", "NOUN", "nsubj", 8, {"Case": "Nom"}),
        ("между", "между", "ADP", "case", 2, {}),
        ("фондом", "фонд", "NOUN", "nmod", 0, {"Case": "Ins"}),
        ("и", "и", "CCONJ", "cc", 4, {}),
        ("министерством", "министерство", "NOUN", "conj", 2, {"Case": "Ins"}),
        ("труда", "труд", "NOUN", "nmod", 4, {"Case": "Gen"}),
        ("," if comma else "и", "," if comma else "и", "PUNCT" if comma else "CCONJ",
         "punct", 7, {}),
        ("занятости", "занятость", "NOUN", "conj", 5, {"Case": "Gen"}),
        ("мог", "мочь", "VERB", "root", -1, {"Tense": "Past"}),
        ("быть", "быть", "AUX", "aux:pass", 10, {"VerbForm": "Inf"}),
        ("подписан", "подписать", "VERB", "xcomp", 8,
         {"VerbForm": "Part", "Variant": "Short"}),
    )


def test_modal_read_through_comma_of_name() -> None:
    assert plan_infinitive_after_name(_modal_sentence(True), [0, 8]) == "planned"
    assert plan_infinitive_after_name(_modal_sentence(False), [0, 8]) == "planned"


def test_list_run_end_stops_at_a_clause() -> None:
    """The list runs over names and joiners to the sentence's end, not into a clause."""
    sent = hand_parsed(
        ("фонд", "фонд", "NOUN", "nsubj", -1, {}),
        ("«", "«", "PUNCT", "punct", 0, {}),
        ("Заря", "заря", "PROPN", "appos", 0, {}),
        ("»", "»", "PUNCT", "punct", 0, {}),
        ("и", "и", "CCONJ", "cc", 5, {}),
        ("ООО", "ооо", "PROPN", "root", -1, {}),
        (",", ",", "PUNCT", "punct", 7, {}),
        ("которые", "который", "PRON", "nsubj", 8, {}),
        ("договорились", "договориться", "VERB", "acl", 5, {}),
    )
    assert list_run_end(sent, 3) == 7


@pytest.mark.parametrize(("query", "name", "expected"), [
    ("Петров И.С.", "Иван Петров", True),
    ("Петрова А.В.", "Анна Петрова", True),
    ("Петров И.С.", "Олег Петров", False),  # the given name's initial differs
    ("Петров И.С.", "Иван Андреевич Петров", False),  # a patronymic stated, another one
    ("Петров И.С.", "Иван Сергеевич Петров", True),
    ("И.С.", "Иван Петров", False),  # initials only
])
def test_unstated_patronymic(query: str, name: str, expected: bool) -> None:
    assert names.name_matches(query, name) is expected


def test_place_name_with_preposition_inflects_first_part(models) -> None:
    assert inflect_word(models, "Железногорской-на-Сейме", "Ins", "ADJ", {"nomn"},
                        "Sing", "femn") == "Железногорская-на-Сейме"
    assert inflect_word(models, "Ханты-Мансийского", "Gen", "ADJ", {"nomn"},
                        "Sing", "masc") == "Ханты-Мансийский"


def test_list_partner_by_region_only_when_named_bare(models) -> None:
    """A body of the record's region it does not name is another partner; a bare region
    within the record's regions is still taken for that record's side."""
    ministry = side(models, "Министерство социальной защиты Курской области", "RU-KRS")
    union = side(models, "Курское отделение Союза пенсионеров", "RU-KRS")
    fund = side(models, "Отделение Фонда по Курской области", "RU-KRS")
    m = SimpleNamespace(parties=[ministry, union], party_keys={ministry.key, union.key},
                        regions={"RU-KRS"})
    c = SimpleNamespace(group=0, parties=[union, fund])
    assert _new_list_partner(m, c, frozenset({"Курская область"}))
    region = side(models, "Курская область", "RU-KRS")
    c_bare = SimpleNamespace(group=0, parties=[union, region])
    assert not _new_list_partner(m, c_bare, frozenset({"Курская область"}))
