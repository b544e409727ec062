"""Signers told in the shapes of round 53 (sig46): a photo caption opened by a bare
bracketed picture mark that is itself the sentence naming the agreement ("[Фото] Министр X
и ректор Y во время подписания соглашения"). Probes are written for this file; the
negatives keep a caption that tells something else of the people it shows."""

from __future__ import annotations

import re
from typing import Any

import pytest
from probes import check_no_signers, signers_of

from soccoop.extract.lexicon_signers import CAPTION_LABELS

PUB = "2024-09-12"

CAPTIONS = [
    ("[Фото] Министр социального развития Оренбургской области Анна Гречишкина и ректор "
     "Оренбургского государственного университета Сергей Ермаков во время подписания "
     "соглашения о сотрудничестве.\n\nВ Оренбурге подписано соглашение о подготовке "
     "социальных работников.", ["Анна Гречишкина", "Сергей Ермаков"]),
    ("(Снимок) Управляющий отделением СФР по Тверской области Игорь Лапин (справа) и "
     "директор центра занятости населения Тверской области Ольга Белова после подписания "
     "соглашения об обмене сведениями.\n\nОтделение и центр занятости будут обмениваться "
     "данными в электронном виде.", ["Игорь Лапин", "Ольга Белова"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), CAPTIONS)
def test_bracket_marked_caption_names_signers(models: Any, text: str,
                                              expected: list[str]) -> None:
    assert signers_of(models, text, PUB) == [sorted(expected)]


CAPTION_NEGATIVES = [
    # the caption tells the minister speaking, a finite verb of its own
    ("[Фото] Министр социального развития Оренбургской области Анна Гречишкина выступает "
     "на церемонии подписания соглашения с Оренбургским университетом.\n\nСоглашение с "
     "университетом подписано в Оренбурге.", {"Анна Гречишкина"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "not_signers"), CAPTION_NEGATIVES)
def test_caption_with_verb_names_no_signer(models: Any, text: str,
                                           not_signers: set[str]) -> None:
    check_no_signers(models, text, PUB, not_signers)


LABELS = [
    ("[Фото] Министр Анна Котова", True),
    ("(Фото) Директор Олег Сомов", True),
    ("[Фото]\nНа фото: министр Анна Котова", True),
    ("[Фото] слева направо", False),  # no capital after the bare mark: no caption's start
    ("Фотовыставка открылась в музее", False),
]


@pytest.mark.parametrize(("line", "expected"), LABELS)
def test_caption_labels(line: str, expected: bool) -> None:
    assert bool(re.match(CAPTION_LABELS, line)) is expected
