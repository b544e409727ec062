"""Signatories of a signing the date stage settles (sig43): a record still read as only
referred to when the record passes look for signers ("Второе соглашение – с колледжем. Оно
было подписано 2 сентября.") is turned signed by its day later; the one who signed all the
documents at once ("Оба документа со стороны центра подписаны директором Ю.А. Тарасовой")
signs it too. Probes are written for this file; the negatives date the second document to
an earlier year (it stays referred to) or name no one for all."""

from __future__ import annotations

from typing import Any

import pytest
from probes import agreements_of

PUB = "2024-09-03"

FIRST = ("Центр социального обслуживания «Забота» заключил два соглашения о сотрудничестве. "
         "Первое подписано 29 августа с автономной некоммерческой организацией «Добрые руки». "
         "Со стороны АНО документ подписала председатель правления Галина Мухина.\n\n")


def _second(day: str, word: str) -> str:
    return (f"Второе соглашение – с {word} «Тверской колледж сервиса». Оно было подписано "
            f"{day}. Студенты колледжа будут проводить для подопечных центра занятия.\n\n")


ALL_SIGNED = "Оба документа со стороны центра подписаны директором Ю.А. Тарасовой.\n"

LATE = [
    # the second document settled signed by its day: the one who signed both signs it
    (FIRST + _second("2 сентября", "колледжем") + ALL_SIGNED, "signed", True),
    (FIRST + _second("30 августа", "техникумом") + ALL_SIGNED, "signed", True),
    # no one named for all: the late signing takes no signer from elsewhere
    (FIRST + _second("2 сентября", "колледжем") + "Подписание прошло в актовом зале.\n",
     "signed", False),
    # dated to an earlier year: still only referred to, so no signer of this signing
    (FIRST + _second("2 сентября 2021 года", "колледжем") + ALL_SIGNED, "mentioned", False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "status", "signs"), LATE)
def test_late_signing_takes_the_collective_signer(models: Any, text: str, status: str,
                                                   signs: bool) -> None:
    records = agreements_of(models, text, PUB)
    second = [a for a in records if any("колледж" in p.name.lower() or
                                         "техникум" in p.name.lower() for p in a.parties)]
    assert len(second) == 1
    assert second[0].status == status
    assert any(n.endswith("Тарасова") for n in second[0].signatories) is signs

