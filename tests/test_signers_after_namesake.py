"""A person named right after an institution's namesake (sig44): "ректор университета
имени Козьмы Минина Виктор Шубин" — the namesake after "имени" is in the genitive, the
person of the report after it in the nominative, so she signs. Probes in words of their
own; the namesake itself still signs nothing."""

from __future__ import annotations

from functools import partial
from typing import Any

import probes
import pytest

from soccoop.extract.nlp import NerSpan
from soccoop.extract.signers import namesake
from soccoop.extract.syntax import ensure_parsed

signer_surnames = partial(probes.signer_surnames, published="2025-06-18")

AFTER_NAMESAKE = ("Подписи под документом поставили министр социальной политики Пензенской "
                  "области Ольга Котова и ректор Пензенского государственного университета "
                  "имени Виссариона Белинского Андрей Гуляков.")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), [
    (AFTER_NAMESAKE, "Виссариона Белинского", True),
    (AFTER_NAMESAKE, "Андрей Гуляков", False),
    ("Соглашение подписал ректор университета имени академика Ивана Павлова Олег Зуев.",
     "Олег Зуев", False),
])
def test_namesake_by_case(models: Any, text: str, name: str, expected: bool) -> None:
    sent = ensure_parsed(models.analyse(text).sentences[0], models)
    start = text.index(name)
    span = NerSpan("PER", start, start + len(name), name)
    assert namesake(sent, span) is expected


@pytest.mark.slow
def test_person_after_namesake_signs(models: Any) -> None:
    text = ("В Пензе подписано соглашение о подготовке кадров для системы долговременного "
            "ухода. " + AFTER_NAMESAKE)
    found = signer_surnames(models, text)
    assert any("гуляков" in who for who in found)
    assert not any("белинский" in who for who in found)
