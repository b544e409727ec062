"""Signatories of sig63, probes written for this file (not copied from any round).

* An agreement the page only recalls keeps the signers its own clause names, when the
  first verb after its noun is a past signing verb, even if the parser hung the noun on
  the clause before ("Сотрудничество началось в 2019 году: тогда соглашение подписали
  министр X и ректор Y") (``candidate_signers.recalled_clause_signers``); the page's new
  signers stay off it, and a recalled agreement whose clause names nobody, or whose verb
  is a plan, gets none; the noun is a subject or an object (not "благодаря соглашению,
  которое подписали ..."), the names are in the agent's case (not "с министром X").
* The people who "agreed" together in the sentence right after a signing that named
  nobody are its signers: "Отделение подписало соглашение с университетом. Управляющий
  X и ректор Y договорились о практике студентов" → X, Y
  (``candidate_signers.agreeing_pair_signers``); one name, a name after the verb, or a
  sentence naming an agreement of its own, signs nothing.
"""

from __future__ import annotations

from typing import Any

import pytest
from probes import named_rows, surnames_by_status

NEW = ("Министерство социального развития Орловской области и Орловский государственный "
       "университет 5 марта подписали соглашение о подготовке кадров. Подписи под документом "
       "поставили министр социального развития Орловской области Елена Смирнова и ректор "
       "университета Андрей Волков.\n\n")

# (id, text after the new signing, surnames of the mentioned records)
RECALLED = [
    ("recalled signing after a colon",
     "Сотрудничество ведомства и вуза началось 12 октября 2018 года: тогда соглашение о "
     "практике студентов подписали прежний министр Олег Кузьмин и ректор университета того "
     "времени Сергей Лебедев.\n",
     [["кузьмин", "лебедев"]]),
    ("recalled signing told plainly",
     "Первое соглашение о сотрудничестве в 2017 году подписали бывший министр Виктор "
     "Громов и проректор Ирина Павлова.\n",
     [["громов", "павлова"]]),
    ("noun in the dative, signing in its relative clause",
     "Работа стала возможной благодаря соглашению между ведомствами, которое подписали в "
     "2019 году, — рассказала директор центра Ольга Белова.\n",
     [[]]),
    ("partner after a preposition",
     "Первое соглашение мы подписали в 2019 году с министром Анной Котовой.\n",
     [[]]),
    ("recalled agreement naming nobody",
     "Сотрудничество ведомства и вуза началось в 2018 году, когда было заключено первое "
     "соглашение о практике студентов.\n",
     [[]]),
]


@pytest.mark.parametrize("told,signers", named_rows(RECALLED))
def test_recalled_agreement_keeps_its_own_signers(models: Any, told: str,
                                                  signers: list[list[str]]) -> None:
    found = surnames_by_status(models, NEW + told, "2024-03-05")
    assert found.get("mentioned") == signers
    assert found.get("signed") == [["волков", "смирнова"]]  # the new signing keeps its own


SIGNING = ("Отделение Социального фонда по Тверской области 3 апреля подписало соглашение с "
           "Тверским государственным университетом.")

# (id, the sentence after the signing, surnames of the signed record)
AGREEING = [
    ("two heads agreed",
     " Управляющий отделением Светлана Орлова и ректор университета Николай Зуев "
     "договорились о совместной подготовке кадров.\n",
     [["зуев", "орлова"]]),
    ("one name only",
     " Управляющий отделением Светлана Орлова договорилась с вузом о практике студентов.\n",
     [[]]),
    ("names after the verb",
     " О практике студентов договорились также управляющий отделением Светлана Орлова и "
     "ректор университета Николай Зуев.\n",
     [[]]),
    ("agreed on another document",
     " Управляющий отделением Светлана Орлова и ректор университета Николай Зуев "
     "договорились о подготовке нового соглашения о стажировках.\n",
     [[]]),
]


@pytest.mark.parametrize("after,signers", named_rows(AGREEING))
def test_agreeing_pair_signs_the_told_agreement(models: Any, after: str,
                                                signers: list[list[str]]) -> None:
    assert surnames_by_status(models, SIGNING + after, "2024-04-03").get("signed", [])[:1] \
        == signers
