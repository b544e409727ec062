"""Signatories of sig50, probes written for this file (not copied from any round).

* Guests named in the genitive of a noun of attendance, however long their list ("Церемония
  прошла в присутствии губернатора X и заместителя министра Y"), sign nothing, so the
  sentence is an aside and the signers named after it are the agreement's
  (``signers.attendance_genitive``).
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
