"""Signatories, probes written for this file: a post whose own
title holds a comma still carries its name ("министр труда, занятости и социальной защиты
... Игорь Соколов" is no bare post standing for another minister); signers named side by
side past a sentence that only tells who led the delegation; the other side's signer
introduced in a sentence of presence and named by a pronoun in the next one ("Она и
поставила подпись"). Each shape has negatives: a bare post still stands for the one named
before, a pronoun with no signing, a gender that points back at a signer already named."""

from __future__ import annotations

from typing import Any

import pytest
from probes import signers_of

from soccoop.extract.signers import presence_aside

PUB = "2025-06-10"

SIGNING = ("Министерство социальной защиты Тамбовской области и министерство социального "
           "развития Липецкой области заключили соглашение о сотрудничестве. ")

CASES: list[tuple[str, str, list[list[str]]]] = [
    ("title with a comma names its holder",
     "Министр социального развития Липецкой области Олег Жуков открыл заседание. В четверг "
     "директор фонда Анна Лебедева и министр труда, занятости и социальной защиты "
     "Тамбовской области Игорь Соколов подписали соглашение о сотрудничестве.",
     [["Анна Лебедева", "Игорь Соколов"]]),
    ("a bare post still stands for the one named before",
     "Министр социального развития Липецкой области Олег Жуков открыл заседание. В четверг "
     "министр и директор фонда «Опора» Анна Лебедева подписали соглашение о сотрудничестве.",
     [["Анна Лебедева", "Олег Жуков"]]),
    ("side by side past a delegation sentence",
     SIGNING + "Церемония прошла в Тамбове. Липецкую делегацию возглавил вице-губернатор "
     "Липецкой области Николай Пахомов. Со стороны Тамбовской области документ подписал "
     "министр Игорь Соколов, со стороны Липецкой области — министр Ольга Жукова.",
     [["Игорь Соколов", "Ольга Жукова"]]),
    ("pronoun for the signer introduced just before",
     SIGNING + "Со стороны Тамбовской области документ подписал министр Игорь Соколов. "
     "Липецкое ведомство на церемонии представляла министр Ольга Жукова. Она и поставила "
     "подпись под документом.",
     [["Игорь Соколов", "Ольга Жукова"]]),
    ("pronoun that signs nothing",
     SIGNING + "Со стороны Тамбовской области документ подписал министр Игорь Соколов. "
     "Липецкое ведомство на церемонии представляла министр Ольга Жукова. Она выступила с "
     "докладом о социальном туризме.",
     [["Игорь Соколов"]]),
    ("pronoun whose gender points at the signer already named",
     SIGNING + "Со стороны Тамбовской области документ подписал министр Игорь Соколов. "
     "Липецкое ведомство на церемонии представляла министр Ольга Жукова. Он и поставил "
     "подпись под документом.",
     [["Игорь Соколов"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("label", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_signers(models: Any, label: str, text: str, expected: list[list[str]]) -> None:
    assert signers_of(models, text, PUB) == expected, label


ASIDES = [
    ("Делегацию возглавил вице-губернатор Николай Пахомов.", True),
    ("На встрече присутствовала министр Ольга Жукова.", True),
    ("Документ подписал министр Игорь Соколов.", False),
    ("Соглашение рассчитано на пять лет.", False),
    ("Губернатор Олег Мельниченко поблагодарил участников.", False),
    ("Подписи поставили министр Игорь Соколов и министр Ольга Жукова.", False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "aside"), ASIDES)
def test_presence_aside(models: Any, text: str, aside: bool) -> None:
    sent = models.analyse(text).sentences[0]
    assert presence_aside(sent) is aside


@pytest.mark.slow
def test_cli_ingest_and_list_pronoun_signer(listed_rows: Any) -> None:
    rows = listed_rows({"tambov.txt": CASES[3][1]}, "--kind", "agreements", "--format", "jsonl",
                       "--limit", "0")
    assert [(r["status"], sorted(r["signatories"])) for r in rows] == \
        [("signed", ["Игорь Соколов", "Ольга Жукова"])]
