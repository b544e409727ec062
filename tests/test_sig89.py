"""Signatories of sig89, probes written for this file (not copied from any round).

* A list of signers after a colon clause whose lines carry no list mark but open with a
  name and a dash before the post ("Ольга Сомова — министр ...;",
  ``signer_shapes._named_line``), and a colon clause of nouns alone naming the signers or
  the participants of the signing itself ("Участники подписания:",
  ``signer_shapes._signers_heading``).
* A list of signers after a colon run on in one paragraph, its items cut at semicolons
  (``signer_shapes.run_on_list_signers``).
* A planned signing's partner named as a person in a "с"-phrase signs with the subject
  (``signer_shapes.planned_partner_signers``).
* Names the NER cut: a surname that is also a first name in another case or number
  (``nlp._joined_name``); a body's span ending with a full name not in the genitive
  (``nlp._trailing_full_name``).
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

_SIGNED = ("Министерство социальной защиты Орловской области и Орловский социальный колледж "
           "заключили соглашение о подготовке кадров. Его подписали в среду в Орле.\n")
_AFTER = ("Колледж будет готовить социальных работников для домов-интернатов области, а "
          "министерство — принимать студентов на практику в подведомственные учреждения. По "
          "словам министра, в области не хватает более двухсот социальных работников.")
NAMED_LINES = _SIGNED + (
    "Подписи под документом поставили:\n"
    "Ольга Сомова — министр социальной защиты Орловской области;\n"
    "Игорь Белов — директор Орловского социального колледжа.\n"
    + _AFTER)
INITIAL_LINES = _SIGNED + (
    "Участники подписания:\n"
    "О.В. Сомова — министр социальной защиты Орловской области;\n"
    "И.П. Белов — директор Орловского социального колледжа.\n"
    + _AFTER)
GUEST_LINES = _SIGNED + (
    "На подписании присутствовали:\n"
    "Ольга Сомова — министр социальной защиты Орловской области;\n"
    "Игорь Белов — директор Орловского социального колледжа.\n"
    + _AFTER)
MEETING_LINES = _SIGNED + (
    "Участники встречи:\n"
    "О.В. Сомова — министр социальной защиты Орловской области;\n"
    "И.П. Белов — директор Орловского социального колледжа.\n"
    + _AFTER)
RUN_ON = (
    "В пятницу в администрации города Лысьвы заключено трёхстороннее соглашение о поддержке "
    "пожилых людей. Подписи под документом поставили: Пётр Карпов, глава города Лысьвы; "
    "Нина Орлова, председатель городского совета ветеранов; Олег Зуев, директор "
    "центра соцобслуживания «Забота».\n"
    "Стороны будут вместе вести учёт одиноких пенсионеров.")
RUN_ON_GUESTS = (
    "В пятницу в администрации города Лысьвы заключено соглашение о помощи пожилым людям "
    "между администрацией и советом ветеранов. На подписании присутствовали: Пётр Карпов, "
    "глава города Лысьвы; Нина Орлова, председатель городского совета ветеранов; Олег Зуев, "
    "директор центра соцобслуживания «Забота».\n"
    "Стороны будут вместе вести учёт одиноких пенсионеров.")

# (id, text, the signed records' signers as surnames)
LISTS = [
    ("lines of a name, a dash and a post", NAMED_LINES, [["белов", "сомова"]]),
    ("'Участники подписания:' and initials before the dash", INITIAL_LINES,
     [["белов", "сомова"]]),
    ("a run-on list cut at semicolons", RUN_ON, [["зуев", "карпов", "орлова"]]),
    # negatives
    ("'присутствовали:' lists guests", GUEST_LINES, [[]]),
    ("'Участники встречи:' lists guests", MEETING_LINES, [[]]),
    ("a run-on list of guests", RUN_ON_GUESTS, [[]]),
]


@pytest.mark.parametrize(("text", "surnames"), probes.named_rows(LISTS))
def test_listed_signers(models: Any, text: str, surnames: list[list[str]]) -> None:
    assert probes.signer_surnames(models, text) == surnames


_PLAN = ("Министр социальной защиты Курганской области Павел Дроздов рассказал о планах "
         "ведомства. ")
# (id, text, the planned records' signers as surnames)
PLANNED = [
    ("the partner by post and name, the subject a pronoun",
     _PLAN + "По его словам, в июне он подпишет соглашение с ректором Курганского "
     "государственного университета Ниной Петровной Соколовой.", [["дроздов", "соколова"]]),
    ("the partner by post and name, the subject named",
     "В июне министр социальной защиты Курганской области Павел Дроздов подпишет соглашение "
     "с ректором Курганского государственного университета Ниной Петровной Соколовой.",
     [["дроздов", "соколова"]]),
    # negatives
    ("the partner a body: nobody added",
     "В июне министр социальной защиты Курганской области Павел Дроздов подпишет соглашение "
     "с Шадринским педагогическим университетом.", [["дроздов"]]),
    ("the person in a 'с'-phrase of another verb",
     "В июне министр социальной защиты Курганской области Павел Дроздов, встретившись с "
     "ректором университета Ниной Петровной Соколовой, подпишет соглашение с Шадринским "
     "педагогическим университетом.", [["дроздов"]]),
    ("a signing told as done is not read by this rule",
     "В среду министр социальной защиты Курганской области Павел Дроздов подписал соглашение "
     "с Шадринским педагогическим университетом.", []),
]


@pytest.mark.parametrize(("text", "surnames"), probes.named_rows(PLANNED))
def test_planned_partner_signers(models: Any, text: str, surnames: list[list[str]]) -> None:
    assert probes.signer_surnames(models, text, ("planned",)) == surnames


CUT = "Документ подписали заместитель министра Ириной Павловной Штоль и директор фонда."
BODY = "Соглашение подписано управляющим Филиалом Олегом Петровичем Седых и министром."
# (id, text, NER spans given, spans mended)
SPANS = [
    ("a surname also a name's vocative", CUT,
     [("PER", "Ириной Павловной"), ("PER", "Штоль")],
     [("PER", "Ириной Павловной Штоль")]),
    ("a body's span ending with a full name in the instrumental", BODY,
     [("ORG", "Филиалом Олегом Петровичем Седых")],
     [("ORG", "Филиалом"), ("PER", "Олегом Петровичем Седых")]),
    ("a body's name of several words kept before the name",
     "Соглашение подписано управляющим Отделением Фонда Олегом Петровичем Седых.",
     [("ORG", "Отделением Фонда Олегом Петровичем Седых")],
     [("ORG", "Отделением Фонда"), ("PER", "Олегом Петровичем Седых")]),
    # negatives
    ("a second person's first name in the patronymic's case",
     "Документ подписали Ириной Павловной Анной Сомовой.",
     [("PER", "Ириной Павловной"), ("PER", "Анной")],
     [("PER", "Ириной Павловной"), ("PER", "Анной")]),
    ("a body named after a person in the genitive",
     "Соглашение подписано с Фондом Ивана Петровича Сомова.",
     [("ORG", "Фондом Ивана Петровича Сомова")],
     [("ORG", "Фондом Ивана Петровича Сомова")]),
]


@pytest.mark.parametrize(("text", "given", "mended"), probes.named_rows(SPANS))
def test_mended_spans(models: Any, text: str, given: list[tuple[str, str]],
                      mended: list[tuple[str, str]]) -> None:
    probes.check_mended_spans(models, text, given, mended)


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, signer_shapes=("_signers_heading", "_named_line",
                                                         "run_on_list_signers",
                                                         "planned_partner_signers"),
                                          nlp=("_joined_name", "_trailing_full_name"))
