"""Signatories named by a referring subject: a signing subject that stands for a person
named just before, beside a signer the sentence names ("Вместе с директором X они
подписали ...", "Гостья и министр X подписали ..."). Probes are written for this file;
the two dev-round texts of the cause are checked against their gold in
``test_signers_dev_round_instances.py``."""

from __future__ import annotations

from typing import Any

import pytest
from probes import check_no_signers, signers_of

from soccoop.extract import signer_shapes
from soccoop.extract.syntax import ensure_parsed

PUB = "2025-10-20"

# "они" = the one who came before, with the partner in the comitative
THEY_WITH = (
    "Фонд «Тёплый дом» начал работу в Тверской области. Во вторник в Смоленск приехал "
    "министр социальной защиты Тверской области Аркадий Зотов. Вместе с председателем "
    "фонда «Тёплый дом» Ниной Лаптевой они подписали соглашение о сотрудничестве в уходе "
    "за одинокими ветеранами.")

# a feminine guest noun: the woman of the delegation, not her deputy
GUEST_FEM = (
    "В Калугу прибыли министр труда и социальной защиты Брянской области Вера Сомова и её "
    "заместитель Пётр Ланин. В среду гостья и министр труда и социальной защиты Калужской "
    "области Юрий Дьяков подписали соглашение о сотрудничестве в сфере социальной "
    "реабилитации.")

# a masculine guest noun, the delegation of one man and one woman
GUEST_MASC = (
    "В Пензу приехали министр социального развития Саратовской области Глеб Корнеев и "
    "советник министра Лидия Шарова. Гость и министр социальной защиты Пензенской области "
    "Алла Ветрова подписали соглашение о межрегиональном сотрудничестве.")

# a noun of either gender: the single person named before
COLLEAGUE = (
    "В Чебоксары приехала министр социальной защиты Марий Эл Дарья Ершова. Коллега и "
    "министр труда и социальной защиты Чувашии Олег Рыжов подписали соглашение о "
    "сотрудничестве в сфере социального обслуживания.")

# a bare post joined to a named signer: the one named before with that post
BARE_POST = (
    "Губернатор Курской области Роман Старовойт прибыл в Чебоксары. Он осмотрел "
    "реабилитационный центр. Губернатор и министр труда и социальной защиты Чувашии Олег "
    "Рыжов подписали соглашение о сотрудничестве в сфере реабилитации участников СВО.")

PROBES = [
    (THEY_WITH, [["Аркадий Зотов", "Нина Лаптева"]]),
    (GUEST_FEM, [["Вера Сомова", "Юрий Дьяков"]]),
    (GUEST_MASC, [["Алла Ветрова", "Глеб Корнеев"]]),
    (COLLEAGUE, [["Дарья Ершова", "Олег Рыжов"]]),
    (BARE_POST, [["Олег Рыжов", "Роман Старовойт"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), PROBES)
def test_referring_subject_takes_the_person_before(models: Any, text: str,
                                                   expected: list[list[str]]) -> None:
    assert signers_of(models, text, PUB) == expected


NEGATIVES = [
    # no one named before with the bare post: the minister is not taken for the governor
    ("Министр социальной защиты Курской области Анна Седых прибыла в Чебоксары. "
     "Губернатор и министр труда и социальной защиты Чувашии Олег Рыжов подписали "
     "соглашение о сотрудничестве в сфере реабилитации участников СВО.", {"Анна Седых"}),
    # "коллега" says no gender: with two people before, no guess
    ("В Чебоксары приехали министр Марий Эл Дарья Ершова и её заместитель Иван Сухов. "
     "Коллега и министр труда и социальной защиты Чувашии Олег Рыжов подписали соглашение "
     "о сотрудничестве в сфере социального обслуживания.", {"Дарья Ершова", "Иван Сухов"}),
    # the gender leaves two women: no guess
    ("В Калугу прибыли министр Брянской области Вера Сомова и её заместитель Ольга Ланина. "
     "Гостья и министр труда и социальной защиты Калужской области Юрий Дьяков подписали "
     "соглашение о сотрудничестве в сфере социальной реабилитации.",
     {"Вера Сомова", "Ольга Ланина"}),
    # the guest noun carries its own name: that one signs, nobody from before
    ("В Калугу прибыл министр Брянской области Пётр Ланин. Гостья форума Вера Сомова и "
     "министр труда и социальной защиты Калужской области Юрий Дьяков подписали соглашение "
     "о сотрудничестве в сфере социальной реабилитации.", {"Пётр Ланин"}),
    # the one met before is beyond the reach of the referring subject
    ("В Смоленск приехал министр Тверской области Аркадий Зотов. Он осмотрел центр. "
     "Сотрудники показали мастерские. Дети спели песню. Вместе с председателем фонда "
     "«Тёплый дом» Ниной Лаптевой они подписали соглашение о сотрудничестве.",
     {"Аркадий Зотов"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "not_signers"), NEGATIVES)
def test_no_referent_taken(models: Any, text: str, not_signers: set[str]) -> None:
    check_no_signers(models, text, PUB, not_signers)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("Вместе с министром Анной Котовой они подписали соглашение.", ["они"]),
    ("Гостья и министр Анна Котова подписали соглашение.", ["гостья"]),
    ("Гостья Вера Сомова и министр Анна Котова подписали соглашение.", []),
    ("Министр Анна Котова подписала соглашение.", []),
    ("Они обсудили соглашение.", []),
])
def test_referring_subjects(models: Any, text: str, expected: list[str]) -> None:
    sent = ensure_parsed(models.analyse(text).sentences[0], models)
    got = [sent.tokens[k].text.lower() for k in signer_shapes.referring_subjects(sent)]
    assert got == expected


@pytest.mark.slow
def test_cli_ingest_and_list_guest(listed_rows: Any) -> None:
    rows = listed_rows({"kaluga.txt": GUEST_FEM}, "--kind", "agreements", "--format", "jsonl",
                       "--limit", "0")
    assert [(r["status"], sorted(r["signatories"])) for r in rows] == [
        ("signed", ["Вера Сомова", "Юрий Дьяков"])]
