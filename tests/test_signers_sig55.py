"""Signers of sig55: a gallery caption in the present tense tells the signing the picture
shows ("[Фото 1 из 3] Подписи под соглашением ставят министр X и ректор Y"). Probes are
written for this file."""

from __future__ import annotations

from typing import Any

import pytest
from probes import agreements_of, signers_of

PUB = "2025-04-02"

GALLERY_CAPTIONS = [
    ("Сегодня в Вологде подписано соглашение о сотрудничестве между департаментом "
     "социальной защиты населения Вологодской области и Вологодским государственным "
     "университетом. Документ рассчитан на три года.\n\nСтуденты пройдут практику в "
     "центрах социального обслуживания.\n\n[Фото 1 из 3] Подписи под соглашением ставят "
     "начальник департамента социальной защиты населения Вологодской области Лариса "
     "Каманина и ректор ВоГУ Игорь Кудрин.\n[Фото 2 из 3] Участники встречи",
     ["Игорь Кудрин", "Лариса Каманина"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), GALLERY_CAPTIONS)
def test_present_tense_caption_names_signers(models: Any, text: str,
                                             expected: list[str]) -> None:
    assert signers_of(models, text, PUB) == [sorted(expected)]


PRESENT_OUTSIDE_CAPTION = [
    # no caption: the present tense of an ordinary sentence keeps its reading (the
    # signatures are only promised, the agreement is not told as signed by this sentence)
    ("Подписи под соглашением о сотрудничестве с центром занятости министр труда Ольга "
     "Белякова ставит только после согласования текста с юристами."),
]


@pytest.mark.slow
@pytest.mark.parametrize("text", PRESENT_OUTSIDE_CAPTION)
def test_present_tense_outside_caption_not_signed(models: Any, text: str) -> None:
    assert all(a.status != "signed" for a in agreements_of(models, text, PUB))

