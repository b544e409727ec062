"""Signatories of sig73, probes written for this file (not copied from any round).

* A signer whose post's body is one partner of a signed list split per partner signs that
  partner's agreement only (``coreference._partner_signers_kept_apart``).
* A post the parse hangs on a one-word acting prefix ("врио директора") is the acting
  holder's own post: the name under it is no bystander (``candidate_signers._bystander``,
  ``_under_acting_head``).
* A name hung on a genitive post under a nominative post that "и" joins to another post
  with its holder named in the nominative is the first post's holder, in the nominative
  (``officials._post_listed_beside_a_named_holder``).
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import probes
import pytest

from soccoop.extract.agreement_types import _Candidate, _Party
from soccoop.extract.candidate_signers import _bystander
from soccoop.extract.coreference import _partner_signers_kept_apart
from soccoop.extract.nlp import NerSpan, Token
from soccoop.extract.officials import _apposed_post_case
from soccoop.models import Evidence, Official

_NOM = {"Case": "Nom", "Number": "Sing", "Animacy": "Anim", "Gender": "Masc"}
_GEN = {"Case": "Gen", "Number": "Sing", "Animacy": "Anim", "Gender": "Masc"}
_INAN_GEN = {"Case": "Gen", "Number": "Sing", "Animacy": "Inan", "Gender": "Masc"}


def _official(name: str, body: str) -> Official:
    return Official(name=name, position="директор", organization=body, region=None,
                    evidence=Evidence(text=name, start=0, end=len(name)))


DEPARTMENT = "Департамент социальной защиты Курганской области"
COLLEGE = "Курганский педагогический колледж"
SOCIETY = "Курганская областная организация Всероссийского общества глухих"
OFFICIALS = [
    _official("Олег Орлов", DEPARTMENT),
    _official("Марина Зайцева", COLLEGE),
    _official("Пётр Белов", SOCIETY),
    _official("Анна Лис", "Городская дума"),
]
ALL = ["Олег Орлов", "Марина Зайцева", "Пётр Белов"]

# (id, status, the partners of the split list, the signers each member was given, the
# signers each member keeps)
LISTS = [
    ("each partner's signer to its own",
     "signed", [COLLEGE, SOCIETY], [ALL, ALL],
     [["Олег Орлов", "Марина Зайцева"], ["Олег Орлов", "Пётр Белов"]]),
    ("a signer of no side stays with all",
     "signed", [COLLEGE, SOCIETY], [ALL + ["Анна Лис"], ALL + ["Анна Лис"]],
     [["Олег Орлов", "Марина Зайцева", "Анна Лис"], ["Олег Орлов", "Пётр Белов", "Анна Лис"]]),
    ("a plan is left alone",
     "planned", [COLLEGE, SOCIETY], [ALL, ALL], [ALL, ALL]),
    ("one shared signer only: nothing to split",
     "signed", [COLLEGE, SOCIETY], [["Олег Орлов"], ["Олег Орлов"]],
     [["Олег Орлов"], ["Олег Орлов"]]),
]


@pytest.mark.parametrize(("status", "partners", "given", "kept"), probes.named_rows(LISTS))
def test_partner_signers_kept_apart(models: Any, status: str, partners: list[str],
                                    given: list[list[str]], kept: list[list[str]]) -> None:
    sent = probes.hand_parsed(("соглашения", "соглашение", "NOUN", "root", -1, {}))
    dept = _Party(DEPARTMENT, ["RU-KGN"], 0, 1, models)
    cands = [_Candidate(sent, sent.tokens[0], status, "Соглашения", set(),
                        [dept, _Party(p, ["RU-KGN"], 2 + n, 3 + n, models)], list(who), None,
                        group=7, member=n)
             for n, (p, who) in enumerate(zip(partners, given, strict=True))]
    _partner_signers_kept_apart(SimpleNamespace(cands=cands, officials=OFFICIALS))
    assert [c.signatories for c in cands] == kept


def _acting_pair(head_word: str, head_lemma: str) -> Any:
    """"<X> директора департамента Анна Котова и председатель совета Олег Белов подписали
    соглашение", parsed as a parser may: "Анна" set in apposition to the second post,
    which is the conjunct of the first post's genitive, hung on the acting word."""
    return probes.hand_parsed(
        (head_word, head_lemma, "NOUN", "nsubj", 10, _NOM),
        ("директора", "директор", "NOUN", "nmod", 0, _GEN),
        ("департамента", "департамент", "NOUN", "nmod", 1, _INAN_GEN),
        ("Анна", "анна", "PROPN", "appos", 6, {"Case": "Nom", "Animacy": "Anim"}),
        ("Котова", "котов", "PROPN", "flat:name", 3, {"Case": "Nom", "Animacy": "Anim"}),
        ("и", "и", "CCONJ", "cc", 6, {}),
        ("председатель", "председатель", "NOUN", "conj", 1, _NOM),
        ("совета", "совет", "NOUN", "nmod", 6, _INAN_GEN),
        ("Олег", "олег", "PROPN", "appos", 6, {"Case": "Nom", "Animacy": "Anim"}),
        ("Белов", "белов", "PROPN", "flat:name", 8, {"Case": "Nom", "Animacy": "Anim"}),
        ("подписали", "подписать", "VERB", "root", -1, {"Number": "Plur", "Tense": "Past"}),
        ("соглашение", "соглашение", "NOUN", "obj", 10, {"Case": "Acc"}),
    )


def _visit() -> Any:
    """"подписали соглашение в ходе визита врио губернатора Ивана Серова": the governor's
    name inside the visit's phrase."""
    return probes.hand_parsed(
        ("подписали", "подписать", "VERB", "root", -1, {"Number": "Plur", "Tense": "Past"}),
        ("соглашение", "соглашение", "NOUN", "obj", 0, {"Case": "Acc"}),
        ("в", "в", "ADP", "case", 3, {}),
        ("ходе", "ход", "NOUN", "obl", 0, {"Case": "Loc", "Animacy": "Inan"}),
        ("визита", "визит", "NOUN", "nmod", 3, _INAN_GEN),
        ("врио", "врио", "NOUN", "nmod", 4, _GEN),
        ("губернатора", "губернатор", "NOUN", "nmod", 5, _GEN),
        ("Ивана", "иван", "PROPN", "appos", 6, {"Case": "Gen", "Animacy": "Anim"}),
        ("Серова", "серов", "PROPN", "flat:name", 7, {"Case": "Gen", "Animacy": "Anim"}),
    )


def _span(sent: Any, first: str, last: str) -> NerSpan:
    toks: list[Token] = sent.tokens
    a = next(t for t in toks if t.text == first)
    b = next(t for t in toks if t.text == last)
    return NerSpan("PER", a.start, b.stop, sent.text[a.start:b.stop])


# (id, sentence, the name's first and last words, is it a bystander)
BYSTANDERS = [
    ("the acting director signs", _acting_pair("врио", "врио"), ("Анна", "Котова"), False),
    ("the second post's holder signs", _acting_pair("врио", "врио"), ("Олег", "Белов"), False),
    ("a visiting acting governor does not sign", _visit(), ("Ивана", "Серова"), True),
]


@pytest.mark.parametrize(("sent", "words", "expected"), probes.named_rows(BYSTANDERS))
def test_bystander(models: Any, sent: Any, words: tuple[str, str], expected: bool) -> None:
    assert _bystander(sent, _span(sent, *words), models) is expected


def _deputy_list(first: str, surname: str, mate_case: str, conj: bool = True) -> Any:
    """"В подписании участвовали заместитель управляющего фондом <имя> и директор школы
    Егор Орлов", the name hung on the genitive post, as the tagger reads it."""
    return probes.hand_parsed(
        ("В", "в", "ADP", "case", 1, {}),
        ("подписании", "подписание", "NOUN", "obl", 2, {"Case": "Loc", "Animacy": "Inan"}),
        ("участвовали", "участвовать", "VERB", "root", -1, {"Number": "Plur", "Tense": "Past"}),
        ("заместитель", "заместитель", "NOUN", "nsubj", 2, _NOM),
        ("управляющего", "управляющий", "NOUN", "nmod", 3, _GEN),
        ("фондом", "фонд", "NOUN", "nmod", 4, {"Case": "Ins", "Animacy": "Inan"}),
        (first, first.lower(), "PROPN", "appos", 4, {"Case": "Gen", "Animacy": "Anim"}),
        (surname, surname.lower(), "PROPN", "flat:name", 6, {"Case": "Gen", "Animacy": "Anim"}),
        ("и", "и", "CCONJ", "cc", 9, {}),
        ("директор", "директор", "NOUN", "conj" if conj else "parataxis", 3, _NOM),
        ("школы", "школа", "NOUN", "nmod", 9, {"Case": "Gen", "Animacy": "Inan"}),
        ("Егор", "егор", "PROPN", "appos", 9, {"Case": mate_case, "Animacy": "Anim"}),
        ("Орлов", "орлов", "PROPN", "flat:name", 11, {"Case": mate_case, "Animacy": "Anim"}),
    )


# (id, sentence, the case the name takes)
DEPUTIES = [
    ("a woman's name beside a named list holder", _deputy_list("Нарыйана", "Котова", "Nom"),
     "Nom"),
    ("a name with no nominative reading stays unsure",
     _deputy_list("Сергея", "Смирнова", "Nom"), None),
    ("a plural nominative is no singular one", _deputy_list("Анны", "Котовой", "Nom"), None),
    ("the other holder not in the nominative", _deputy_list("Нарыйана", "Котова", "Gen"), None),
    ("no post joined by «и»", _deputy_list("Нарыйана", "Котова", "Nom", conj=False), None),
]


@pytest.mark.parametrize(("sent", "expected"), probes.named_rows(DEPUTIES))
def test_deputy_listed_beside_a_named_holder(models: Any, sent: Any,
                                             expected: str | None) -> None:
    assert _apposed_post_case(sent, 6, 8, models) == expected


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, coreference=("_partner_signers_kept_apart",),
                                          candidate_signers=("_under_acting_head",),
                                          officials=("_post_listed_beside_a_named_holder",))
