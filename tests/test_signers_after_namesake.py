"""A person named right after an institution's namesake (sig44): "ректор университета
имени Козьмы Минина Виктор Шубин" — the namesake after "имени" is in the genitive, the
person of the report after it in the nominative, so she signs. Probes in words of their
own; the namesake itself still signs nothing (``namesake`` by case: the table of
tests/test_signers_namesakes_and_photo_marks.py)."""

from __future__ import annotations

from functools import partial
from typing import Any

import probes
import pytest

signer_surnames = partial(probes.signer_surnames, published="2025-06-18")

AFTER_NAMESAKE = ("Подписи под документом поставили министр социальной политики Пензенской "
                  "области Ольга Котова и ректор Пензенского государственного университета "
                  "имени Виссариона Белинского Андрей Гуляков.")


@pytest.mark.slow
def test_person_after_namesake_signs(models: Any) -> None:
    text = ("В Пензе подписано соглашение о подготовке кадров для системы долговременного "
            "ухода. " + AFTER_NAMESAKE)
    found = signer_surnames(models, text)
    assert any("гуляков" in who for who in found)
    assert not any("белинский" in who for who in found)
