"""Signatories of sig52, probes written for this file (not copied from any round).

* A third-person pronoun the tagger reads as singular refers back to the one planned
  document whatever lemma it was given ("под ним" is lemmatised "они"), so "Подписи под
  ним поставят министр X и ректор Y" announces the planned agreement's signers
  (``signer_shapes.back_word``).
* A sentence between a signing and the one naming its signers that tells only what is to
  come (every finite verb in the future tense) names no paper the later "документ" could
  mean, though it names a programme: "Университет откроет магистерскую программу, а
  министерство предоставит базы практики. Документ подписали ..."
  (``signers.told_ahead``).
"""

from __future__ import annotations

from typing import Any

import pytest
from probes import parsed_analysis, signers_of

from soccoop.extract.signers import told_ahead

PUB = "2025-04-18"

PLANNED = ("Министерство социальной защиты Вологодской области и областное отделение "
           "Союза пенсионеров России подпишут соглашение о сотрудничестве. ")

ANNOUNCED = [
    # the pronoun under "под" stands for the planned document
    (PLANNED + "Подписание намечено на 25 апреля. Подписи под ним поставят министр Ирина "
     "Котельникова и председатель отделения Геннадий Жуков.",
     [["Геннадий Жуков", "Ирина Котельникова"]]),
    (PLANNED + "Подписи под ним поставят министр Ирина Котельникова и председатель "
     "отделения Геннадий Жуков.", [["Геннадий Жуков", "Ирина Котельникова"]]),
    # a memorandum referred back to by "ним" two sentences on
    ("Министерство труда Томской области и областной центр занятости подпишут меморандум "
     "о взаимодействии. Церемония пройдёт в Томске. Свои подписи под ним поставят министр "
     "Олег Дымов и директор центра Анна Серова.", [["Анна Серова", "Олег Дымов"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), ANNOUNCED)
def test_signature_under_pronoun_announces_signers(models: Any, text: str,
                                                    expected: list[list[str]]) -> None:
    assert signers_of(models, text, PUB, ("planned",)) == expected


ANNOUNCED_NOT = [
    # signatures under other papers, named in the plural, announce nothing for this one
    PLANNED + "Подписи под ними поставят участники форума Ирина Котельникова и Геннадий "
    "Жуков.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", ANNOUNCED_NOT)
def test_plural_pronoun_announces_no_signers(models: Any, text: str) -> None:
    assert signers_of(models, text, PUB, ("planned",)) in ([], [[]])


SIGNED = ("Во вторник министерство социальной политики Курганской области и Курганский "
          "государственный университет подписали соглашение о сотрудничестве в подготовке "
          "кадров. ")
NAMED = ("\n\nДокумент подписали министр социальной политики Курганской области Олег "
         "Карпов и ректор университета Надежда Дубова.")

AHEAD = [
    # a programme still to be opened is no paper the later "документ" may mean
    (SIGNED + "Университет с осени откроет магистерскую программу, а министерство "
     "предоставит базы практики." + NAMED, [["Надежда Дубова", "Олег Карпов"]]),
    (SIGNED + "Вуз разработает новую программу повышения квалификации." + NAMED,
     [["Надежда Дубова", "Олег Карпов"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), AHEAD)
def test_aside_told_ahead_keeps_signers(models: Any, text: str,
                                        expected: list[list[str]]) -> None:
    assert signers_of(models, text, PUB) == expected


AHEAD_NOT = [
    # a programme approved before: "документ" may be that one, so its signers are not
    # the agreement's
    SIGNED + "Губернатор утвердил региональную программу." + NAMED,
]


@pytest.mark.slow
@pytest.mark.parametrize("text", AHEAD_NOT)
def test_aside_in_past_blocks_signers(models: Any, text: str) -> None:
    assert signers_of(models, text, PUB) == [[]]


TOLD_AHEAD = [
    ("Университет откроет программу, а министерство предоставит базы практики.", True),
    ("Вуз будет готовить специалистов по программе.", True),
    ("Губернатор утвердил программу, и вуз откроет её.", False),
    ("Программа рассчитана на пять лет.", False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), TOLD_AHEAD)
def test_told_ahead(models: Any, text: str, expected: bool) -> None:
    sent = parsed_analysis(models, text).sentences[0]
    assert told_ahead(sent) is expected
