"""Signers, issue 9 session wave sig49: persons listed after a word of attendance are
all attending, not only the first ("в присутствии Ирины Сорокиной и Алексея Гаврилова",
``agreements._witness``). Probes are written for this file; the positive keeps a
nominative list of signers ("подписали X, Y и Z") whole."""

from __future__ import annotations

from typing import Any

import pytest
from probes import check_no_signers, signers_of

PUB = "2025-05-14"

HEAD = ("Департамент социальной защиты населения Томской области и ООО «Сибирский "
        "текстиль» подписали соглашение о трудоустройстве людей с инвалидностью. ")


@pytest.mark.parametrize("caption, attending", [
    ("Руководитель департамента Ольга Кисельникова и директор общества Павел Широков "
     "подписывают соглашение в присутствии Елены Морозовой и Игоря Белова.",
     {"Елена Морозова", "Игорь Белов"}),
    ("Соглашение подписали Ольга Кисельникова и Павел Широков при участии депутата Елены "
     "Морозовой, советника Игоря Белова и Сергея Ткачёва.",
     {"Елена Морозова", "Игорь Белов", "Сергей Ткачёв"}),
])
def test_conjoined_witnesses(models: Any, caption: str, attending: set[str]) -> None:
    check_no_signers(models, HEAD + caption, PUB, attending)


def test_nominative_list_still_signs(models: Any) -> None:
    text = HEAD + ("В присутствии губернатора Владимира Мазура документ подписали Ольга "
                   "Кисельникова и Павел Широков.")
    found = signers_of(models, text, PUB)
    assert ["Ольга Кисельникова", "Павел Широков"] in found
