"""Signatories of sig50, probes written for this file (not copied from any round).

* Guests named in the genitive of a noun of attendance, however long their list ("Церемония
  прошла в присутствии губернатора X и заместителя министра Y"), sign nothing, so the
  sentence is an aside and the signers named after it are the agreement's
  (``signers.attendance_genitive``).
* One sentence between two sides' signers that signs nothing ("Министр Y была в этот день в
  командировке") is passed over when the next one opens with the next side
  (``agreements._past_side_aside``).
* An agreement noun in the plural and an oblique case ("учатся по целевым договорам") tells
  of a kind of papers, so a sentence holding one is still an aside before "Подписи под
  документом поставили ..." (``agreements._other_papers_in_plural``).
* A side phrase hung on the verb of signing in mid-sentence ("..., поэтому со стороны
  союза документ подписал его заместитель Z") names a further side's signer, and the
  subject of the other clause is none (``signers.side_on_signing_verb``,
  ``signers.subject_elsewhere``).
"""

from __future__ import annotations

from typing import Any

import pytest
from probes import check_no_signers, signers_of

PUB = "2025-03-14"

SIGNED = ("В Курске министерство социального обеспечения Курской области и областная "
          "организация Всероссийского общества слепых заключили соглашение о "
          "сотрудничестве.\n\n")
AFTER = (" Подписи под документом поставили министр социального обеспечения Курской "
         "области Инна Белова и председатель областной организации ВОС Пётр Дронов.")

GUESTS = [
    (SIGNED + "Церемония прошла в присутствии губернатора Курской области Романа Иванова и "
     "заместителя министра труда Российской Федерации Анны Сомовой, которые затем посетили "
     "выставку." + AFTER, [["Инна Белова", "Пётр Дронов"]]),
    (SIGNED + "Подписание состоялось при участии сенатора Олега Котова и депутата областной "
     "думы Ирины Ганиной." + AFTER, [["Инна Белова", "Пётр Дронов"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), GUESTS)
def test_guests_in_attendance_genitive(models: Any, text: str,
                                       expected: list[list[str]]) -> None:
    assert signers_of(models, text, PUB) == expected


GUESTS_NOT = [
    # the guests stay out even when the signers are told in the same sentence
    (SIGNED.replace(" заключили", ", в лице министра Инны Беловой и председателя Петра "
                    "Дронова, в присутствии губернатора Романа Иванова заключили"),
     {"Роман Иванов"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "not_signers"), GUESTS_NOT)
def test_guests_not_signers(models: Any, text: str, not_signers: set[str]) -> None:
    check_no_signers(models, text, PUB, not_signers)


OPENING = ("В Тамбове департамент социальной защиты Тамбовской области и региональное "
           "отделение Союза пенсионеров России подписали соглашение о сотрудничестве.\n\n")

SIDES = [
    (OPENING + "Со стороны департамента документ подписал заместитель начальника "
     "департамента Олег Гусев. Начальник департамента Марина Лобова в этот день была в "
     "командировке в Москве. Со стороны отделения подпись поставила его председатель Галина "
     "Юдина.", [["Галина Юдина", "Олег Гусев"]]),
    (OPENING + "Со стороны департамента документ подписала его начальник Марина Лобова. "
     "Председатель отделения Игорь Рябов был в отъезде, поэтому со стороны отделения "
     "документ подписал его заместитель Степан Кудрин.", [["Марина Лобова", "Степан Кудрин"]]),
    (OPENING + "Документ рассчитан на три года. Председатель отделения отметил, что в "
     "колледжах области по целевым договорам уже учатся 30 студентов. Подписи под документом "
     "поставили начальник департамента Марина Лобова и председатель отделения Игорь Рябов.",
     [["Игорь Рябов", "Марина Лобова"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), SIDES)
def test_sides_past_an_aside(models: Any, text: str, expected: list[list[str]]) -> None:
    assert signers_of(models, text, PUB) == expected


SIDES_NOT = [
    # the one absent, named in the aside, signs nothing
    (SIDES[0][0], {"Марина Лобова"}),
    # nor does the subject of the other clause
    (SIDES[1][0], {"Игорь Рябов"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "not_signers"), SIDES_NOT)
def test_sides_past_an_aside_not(models: Any, text: str, not_signers: set[str]) -> None:
    check_no_signers(models, text, PUB, not_signers)
