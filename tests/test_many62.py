"""many62: one body, many partners — a page where one ministry, fund or government signs
agreements with several partners gives one agreement per partner, each with that body as
its other side, and each signer goes to the agreement of their own body.

- the official who signs a list of agreements is the side common to all:
  ``agreement_sides.signing_subject_body`` (a venue before the list is no side);
- a signer's body written as an acronym is the side it spells:
  ``normalize.acronym_spells`` (through ``body_is_side``);
- a plural body over a list of regions is that body of each region:
  ``party_phrases.plural_head_regions``;
- a body over a state's name the tagger reads as a place is a side:
  ``party_phrases.national_body``; an acronym in brackets after a subject does not cut its
  clause: ``agreement_clauses.acronym_aside``;
- a sentence naming the signers of a list just split, a signing or one naming signers
  side by side, is read per body: ``coreference.list_restatements``;
- a side that is a subject is kept by ``sides.partner_of_own_verb``.
"""

from __future__ import annotations

import pytest
from probes import agreements_of, hand_parsed, named_rows, party_names

from soccoop.extract.normalize import acronym_spells
from soccoop.extract.party_identity import body_is_side
from soccoop.extract.sides import Side, partner_of_own_verb

PUB = "2025-04-15"

MINISTRY = "Министерство труда и социальной защиты Тульской области"
UNIVERSITY = "Тульский государственный университет"
COLLEGE = "Тульский медицинский колледж"

SUBJECT_LISTS = [
    ("a minister signs with two partners",
     "Министр труда и социальной защиты Тульской области Анна Петрова 14 апреля подписала "
     "соглашения с Тульским государственным университетом и Тульским медицинским "
     "колледжем. Документы касаются подготовки социальных работников.",
     [[MINISTRY, UNIVERSITY], [MINISTRY, COLLEGE]]),
    ("a venue before the list is no side",
     "Вчера в Туле министр труда и социальной защиты Тульской области Анна Петрова "
     "подписала соглашения о сотрудничестве сразу с двумя учебными заведениями региона — "
     "Тульским государственным университетом и Тульским медицинским колледжем.",
     [[MINISTRY, UNIVERSITY], [MINISTRY, COLLEGE]]),
]


@pytest.mark.parametrize("text, sides", named_rows(SUBJECT_LISTS))
def test_the_signing_officials_body_is_each_agreements_side(models, text, sides):
    found = [party_names(a) for a in agreements_of(models, text, PUB) if a.status == "signed"]
    assert found == [sorted(s) for s in sides]


SIGNERS_BY_ACRONYM = (
    "Министр труда и социальной защиты Тульской области Анна Петрова 14 апреля подписала "
    "соглашения с Тульским государственным университетом и Тульским медицинским "
    "колледжем.\n\nСо стороны учебных заведений документы подписали ректор ТГУ Олег "
    "Смирнов и директор ТМК Ольга Белова.")


def test_each_partners_signer_by_the_acronym_of_its_body(models):
    found = {tuple(party_names(a)): sorted(a.signatories)
             for a in agreements_of(models, SIGNERS_BY_ACRONYM, PUB) if a.status == "signed"}
    assert found == {
        tuple(sorted([MINISTRY, UNIVERSITY])): ["Анна Петрова", "Олег Смирнов"],
        tuple(sorted([MINISTRY, COLLEGE])): ["Анна Петрова", "Ольга Белова"],
    }


FUND = "Социальный фонд России (СФР)"  # as the tagger reads it here (an ORG)

GOVERNMENTS = (
    "Социальный фонд России (СФР) во вторник заключил соглашения об обмене сведениями с "
    "правительствами Калмыкии, Астраханской области и Адыгеи.\n\nСоглашения подписали "
    "председатель СФР Сергей Орлов, председатель правительства Калмыкии Борис Дорджиев, "
    "первый заместитель председателя правительства Астраханской области Игорь Соколов и "
    "премьер-министр Адыгеи Аслан Хуажев.")


def test_a_plural_body_over_regions_is_one_agreement_per_region(models):
    signed = [a for a in agreements_of(models, GOVERNMENTS, PUB) if a.status == "signed"]
    assert [party_names(a) for a in signed] == [
        sorted([FUND, "Правительство Калмыкии"]),
        sorted([FUND, "Правительство Астраханской области"]),
        sorted([FUND, "Правительство Адыгеи"]),
    ]


def test_the_list_signers_go_to_the_agreements_of_their_bodies(models):
    signed = [a for a in agreements_of(models, GOVERNMENTS, PUB) if a.status == "signed"]
    assert [sorted(a.signatories) for a in signed] == [
        ["Борис Дорджиев", "Сергей Орлов"],
        ["Игорь Соколов", "Сергей Орлов"],
        ["Аслан Хуажев", "Сергей Орлов"],
    ]


PARTNERS_REPRESENTED = (
    "Сегодня Отделение Социального фонда России по Пензенской области заключило соглашения "
    "о взаимодействии сразу с двумя общественными организациями региона. Документы подписаны "
    "с Пензенской областной организацией Всероссийского общества инвалидов и Пензенской "
    "областной организацией Всероссийского общества слепых.\n\nСо стороны Отделения подписи "
    "под обоими документами поставил управляющий Отделением Игорь Волков. Партнёров "
    "представляли председатель областной организации Всероссийского общества инвалидов Анна "
    "Зайцева и председатель областной организации Всероссийского общества слепых Пётр "
    "Орехов.")


def test_partners_represented_side_by_side_sign_their_own_agreements(models):
    signed = [a for a in agreements_of(models, PARTNERS_REPRESENTED, PUB)
              if a.status == "signed"]
    assert [sorted(a.signatories) for a in signed] == [
        ["Анна Зайцева", "Игорь Волков"], ["Игорь Волков", "Пётр Орехов"]]


SHARED_WORDS = (
    "Министерство труда Пензенской области заключило соглашения с министерствами "
    "социальной защиты Марий Эл, Чувашии и Мордовии.")


def test_the_words_after_a_plural_head_are_each_bodys(models):
    assert [party_names(a) for a in agreements_of(models, SHARED_WORDS, PUB)] == [
        sorted(["Министерство труда Пензенской области", f"Министерство социальной защиты {r}"])
        for r in ("Марий Эл", "Чувашии", "Мордовии")]


THREE_GOVERNMENTS = (
    "Министр напомнила, что основа для нового документа была заложена ещё в 2019 году, "
    "когда правительства Курской области, Орловской области и Брянской области подписали "
    "соглашение о сотрудничестве.")


def test_a_plural_subject_over_regions_is_each_regions_body(models):
    a = agreements_of(models, THREE_GOVERNMENTS, PUB)[0]
    assert party_names(a) == sorted(f"Правительство {r} области"
                                    for r in ("Курской", "Орловской", "Брянской"))


FIN = {"VerbForm": "Fin"}
GEN = {"Case": "Gen", "Number": "Sing"}


def _misparsed_subject() -> object:
    """"..., что основа была заложена, когда правительства Курской области, Орловской
    области и Брянской области подписали соглашение", the parse hanging the first subject
    "правительства" on the participle of the clause before (two roots)."""
    return hand_parsed(
        ("Она", "она", "PRON", "nsubj", 1, {}),
        ("напомнила", "напомнить", "VERB", "root", -1, FIN),
        ("что", "что", "SCONJ", "mark", 4, {}),
        ("основа", "основа", "NOUN", "nsubj:pass", 4, {"Case": "Nom"}),
        ("заложена", "заложить", "VERB", "ccomp", 1, {"VerbForm": "Part"}),
        ("когда", "когда", "ADV", "advmod", 4, {}),
        ("правительства", "правительство", "NOUN", "nsubj:pass", 4,
         {"Case": "Nom", "Number": "Plur"}),
        ("Курской", "курский", "ADJ", "amod", 8, GEN),
        ("области", "область", "NOUN", "nmod", 6, GEN),
        (",", ",", "PUNCT", "punct", 11, {}),
        ("Орловской", "орловский", "ADJ", "amod", 11, GEN),
        ("области", "область", "NOUN", "nsubj", 15, GEN),
        ("и", "и", "CCONJ", "cc", 14, {}),
        ("Брянской", "брянский", "ADJ", "amod", 14, GEN),
        ("области", "область", "NOUN", "conj", 11, GEN),
        ("подписали", "подписать", "VERB", "root", -1, FIN),
        ("соглашение", "соглашение", "NOUN", "obj", 15, {"Case": "Acc", "Number": "Sing"}),
    )


def test_a_side_that_is_a_subject_is_no_other_verbs_partner():
    sent = _misparsed_subject()
    toks = sent.tokens
    sides = [Side(name, (code,), toks[a].start, toks[b].stop) for name, code, a, b in (
        ("Правительство Курской области", "RU-KRS", 6, 8),
        ("Правительство Орловской области", "RU-ORL", 10, 11),
        ("Правительство Брянской области", "RU-BRY", 13, 14))]
    assert partner_of_own_verb(sent, 16, sides) == sides


ACRONYMS = [
    ("БГМУ", "Башкирский государственный медицинский университет", True),
    ("БГПУ им. М. Акмуллы",
     "Башкирский государственный педагогический университет им. М. Акмуллы", True),
    ("УУНиТ", "Уфимский университет науки и технологий", True),
    ("СФР", "Социальный фонд России", True),
    ("СФР", "Социальный фонд России (СФР)", True),
    ("БГМУ", "Башкирский государственный педагогический университет", False),
    ("ТМК", "Тульский государственный университет", False),
    ("Минтруд", "Министерство труда", False),  # no acronym: two capitals at least
]


@pytest.mark.parametrize("short, full, same", ACRONYMS)
def test_an_acronym_is_the_side_it_spells(short, full, same):
    assert acronym_spells(short, full) is same
    assert body_is_side(short, full) is same
