"""Signatories of sig72, probes written for this file (not copied from any round).

* A woman's name beside a post reads in the post holder's case: a post after an acting
  abbreviation ("и.о. директора": the prefix's case, none for "и.о.",
  ``officials._acting_prefix_case``), a post whose body's genitive chain the name follows
  when a feminine verb has the post as its subject (``officials._apposed_post_case``), an
  undeclined woman's first name the dictionary files as a man's beside a woman's
  nominative surname (``person_names.woman_by_nominative_surname``); the signer reader
  reads a name in its post's case as the officials' reader does (``signers.nominative_name``).
* A man named by a first name in the nominative keeps an adjectival surname in "-ой"
  (``person_names.man_adjectival_surname``: "Пётр Боровской", not "Боровская").
* A signer by surname and initials whom the page names in full without a patronymic is
  still found (``candidate_signers.initials_of_official``).
* A person inside another noun's phrase in a further "Документ подписан ..." sentence signs
  nothing, a conjunct post too (``candidate_signers.chain_bystander``, ``_bystander``).
* A plural subject of persons whose listed bodies are none of the earlier agreement's sides
  signs an agreement of those bodies (``agreements.signers_own_bodies``).
* A recalled agreement an addendum is signed to takes none of the addendum's signers
  (``signer_shapes.base_of_signed_addendum``).
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.candidate_signers import initials_of_official
from soccoop.extract.nlp import Token
from soccoop.extract.officials import _acting_prefix_case, _apposed_post_case
from soccoop.models import Evidence, Official

PUBLISHED = "2024-10-09"

LEAD = ("Центр и совет ветеранов подписали соглашение\n\n"
        "Вчера директор областного центра социального обслуживания Игорь Котов и председатель "
        "областного совета ветеранов Пётр Сомов подписали соглашение о партнёрстве центра и "
        "совета.\n\n")

UNDECLINED = LEAD + ("В работе совета приняли участие уполномоченный по делам женщин в "
                     "Республике Дагестан Асият Гасанова, депутаты Народного Собрания и "
                     "представители общественных организаций.\n")

ADJECTIVAL = ("Центр и епархия подписали соглашение\n\n"
              "Вчера директор областного центра социального обслуживания Игорь Котов и "
              "руководитель епархиального отдела милосердия иерей Пётр Боровской подписали "
              "соглашение о партнёрстве центра и епархии.\n")

REPORT = LEAD + "Отчёт министра Евгения Ларионова депутаты обсудят в мае.\n"

WOMAN_OBLIQUE = ("Центр подписал соглашение\n\nВчера соглашение о сотрудничестве подписано "
                 "с директором областного центра социального обслуживания Ольгой Боровской.\n")

# (id, text, a name the officials hold, a name they must not hold)
NAMES = [
    ("undeclined woman's first name", UNDECLINED, "Асият Гасанова", "Асият Гасанов"),
    ("man's adjectival surname", ADJECTIVAL, "Пётр Боровской", "Пётр Боровская"),
    ("a report's genitive stays a man's", REPORT, "Евгений Ларионов", "Евгения Ларионова"),
    ("a woman's oblique adjectival surname", WOMAN_OBLIQUE, "Ольга Боровская",
     "Ольга Боровской"),
]


@pytest.mark.parametrize(("text", "present", "absent"), probes.named_rows(NAMES))
def test_official_names(models: Any, text: str, present: str, absent: str) -> None:
    found = probes.officials_of(models, text)
    assert present in found
    assert absent not in found


# (id, text, the signers of each signed agreement)
SIGNERS = [
    ("a man's adjectival surname", ADJECTIVAL, [["Игорь Котов", "Пётр Боровской"]]),
    ("the meeting's governors do not sign",
     "Министерство и университет подписали соглашение\n\n"
     "Вчера министр социальной защиты области Игорь Котов и ректор государственного "
     "университета Пётр Сомов подписали соглашение о партнёрстве министерства и вуза.\n\n"
     "Документ подписан по итогам весенних переговоров губернатора области Ивана Серова и "
     "мэра города Олега Белова.\n",
     [["Игорь Котов", "Пётр Сомов"]]),
    ("a further side's signer still signs",
     "Министерство и университет подписали соглашение\n\n"
     "Вчера министр социальной защиты области Игорь Котов и ректор государственного "
     "университета Пётр Сомов подписали соглашение о партнёрстве министерства и вуза.\n\n"
     "Со стороны университета документ также подписал проректор Олег Белов.\n",
     [["Игорь Котов", "Олег Белов", "Пётр Сомов"]]),
    ("the centres' own agreement after the districts'",
     "Два района подписали соглашения\n\n"
     "Вчера глава администрации Северного района Игорь Котов и глава администрации Южного "
     "района Пётр Сомов подписали соглашение о межмуниципальном сотрудничестве.\n\n"
     "Потом свои подписи под соглашением о передаче практик поставили руководители "
     "социальных учреждений — директор ГБУ «Центр социального обслуживания «Опора» Анна Ким "
     "и директор АНО «Центр помощи «Рассвет» Ольга Лис.\n",
     [["Игорь Котов", "Пётр Сомов"], ["Анна Ким", "Ольга Лис"]]),
    ("the heads of the same sides stay one agreement",
     "Два района подписали соглашение\n\n"
     "Вчера глава администрации Северного района Игорь Котов и глава администрации Южного "
     "района Пётр Сомов договорились о сотрудничестве.\n\n"
     "Затем под соглашением о межмуниципальном партнёрстве расписались руководители "
     "районов — глава администрации Северного района Игорь Котов и глава "
     "администрации Южного района Пётр Сомов.\n",
     [["Игорь Котов", "Пётр Сомов"]]),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(SIGNERS))
def test_signers(models: Any, text: str, expected: list[list[str]]) -> None:
    assert probes.signers_of(models, text, PUBLISHED) == expected


CENTRES = ("Два района подписали соглашения\n\n"
           "Вчера глава администрации Северного района Игорь Котов и глава администрации "
           "Южного района Пётр Сомов подписали соглашение о межмуниципальном сотрудничестве."
           "\n\nПотом свои подписи под соглашением о передаче практик поставили "
           "руководители социальных учреждений — директор ГБУ «Центр социального "
           "обслуживания «Опора» Анна Ким и директор АНО «Центр помощи «Рассвет» Ольга Лис.\n")


def test_listed_heads_sign_for_their_own_bodies(models: Any) -> None:
    found = [(probes.party_names(a), sorted(a.signatories))
             for a in probes.agreements_of(models, CENTRES, PUBLISHED)]
    assert found[1] == (["АНО «Центр помощи «Рассвет»",
                         "ГБУ «Центр социального обслуживания «Опора»"],
                        ["Анна Ким", "Ольга Лис"])
    assert all("Ким" not in " ".join(who) for _, who in found[:1])


ADDENDUM = ("Соглашение с советом ветеранов продлено\n\n"
            "Министр социальной защиты Омской области Игорь Котов и председатель Омского "
            "областного совета ветеранов Анна Петровна Лис во вторник подписали новое "
            "дополнительное соглашение к действующему соглашению о партнёрстве, заключённому в "
            "марте 2020 года. Теперь оно действует до конца 2028 года.\n\n"
            "Совет ветеранов за эти годы помог найти сотни одиноких пожилых людей.\n")


def test_addendum_base_keeps_no_signers(models: Any) -> None:
    found = [(a.status, sorted(a.signatories))
             for a in probes.agreements_of(models, ADDENDUM, PUBLISHED)]
    assert found == [("signed", ["Анна Петровна Лис", "Игорь Котов"]), ("mentioned", [])]


def _official(name: str) -> Official:
    return Official(name=name, position="директор", organization=None, region=None,
                    evidence=Evidence(text=name, start=0, end=len(name)))


# (id, mention, officials' names, the signer's name or None)
INITIALS = [
    ("one official of that surname", "Орлов П.С.", ["Павел Орлов"], "П. С. Орлов"),
    ("the sentence's stop cut off", "Орлов П.С", ["Павел Орлов"], "П. С. Орлов"),
    ("two officials of that surname", "Орлов П.С.", ["Павел Орлов", "Пётр Орлов"], None),
    ("another first initial", "Орлов П.С.", ["Иван Орлов"], None),
    ("a first name written out", "Павел Орлов", ["Павел Орлов"], None),
    ("no official of that surname", "Орлов П.С.", ["Иван Петров"], None),
]


@pytest.mark.parametrize(("mention", "officials", "expected"), probes.named_rows(INITIALS))
def test_initials_of_official(mention: str, officials: list[str], expected: str | None) -> None:
    assert initials_of_official(mention, [_official(n) for n in officials]) == expected


def _token(text: str, case: str | None) -> Token:
    return Token(text, 0, len(text), "NOUN", {"Case": case} if case else {}, text, -1, "dep")


# (id, the acting prefix's words with their case, the name's case)
ACTING = [
    ("an abbreviation has no case", [("и", None), (".", None), ("о", None), (".", None)], None),
    ("a written participle gives its own",
     [("исполняющей", "Ins"), ("обязанности", "Gen")], "Ins"),
    ("a nominative participle", [("исполняющая", "Nom"), ("обязанности", "Gen")], "Nom"),
]


@pytest.mark.parametrize(("words", "expected"), probes.named_rows(ACTING))
def test_acting_prefix_case(words: list[tuple[str, str | None]], expected: str | None) -> None:
    assert _acting_prefix_case([_token(w, c) for w, c in words]) == expected


def test_acting_abbreviation_post_gives_no_genitive(models: Any) -> None:
    text = ("Вчера в Калуге и.о. директора областного центра социального обслуживания Евгения "
            "Ларионова и председатель областного совета ветеранов Игорь Котов подписали "
            "соглашение.")
    sent, span = probes.person_span(models, text, "Ларионова")
    inside = [k for k, t in enumerate(sent.tokens) if span.start <= t.start < span.stop]
    assert _apposed_post_case(sent, inside[0], inside[-1] + 1, models) != "Gen"
