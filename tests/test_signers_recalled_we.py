"""sig58: the speaker of a quotation that recalls an older signing in the first person
("«Когда мы подписывали соглашение, ...», — сказала директор департамента") tells which
body signed it, not who: no signer of the recalled agreement, as of a plan
(``signer_shapes.alone_we_of_plan``). A signing told as done today keeps its speaker.
Sentences and people invented for this file."""

from __future__ import annotations

from typing import Any

import pytest
from probes import agreements_of

TODAY = ("Вчера министерство социальной защиты Пензенской области и общество слепых "
         "подписали новое соглашение о сотрудничестве. ")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "status", "expected"), [
    (TODAY + "Напомним, что в 2020 году департамент заключил соглашение с Пензенским "
     "государственным университетом. «Когда мы подписывали соглашение с университетом, "
     "речь шла только о практике студентов», — сказала директор департамента труда "
     "Пензенской области Анна Котова.", "mentioned", []),
    (TODAY + "«Три года назад мы подписывали первое соглашение с осторожностью, сегодня "
     "видим результаты», — отметил председатель Пензенской организации общества слепых "
     "Олег Рыжов.", "mentioned", []),
])
def test_recalled_signing_speaker(models: Any, text: str, status: str,
                                  expected: list[str]) -> None:
    rows = [a.signatories for a in agreements_of(models, text, "2024-05-20")
            if a.status == status]
    assert rows and all(sorted(r) == expected for r in rows)
