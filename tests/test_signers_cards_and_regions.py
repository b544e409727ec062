"""Signatories and regions of cards and coordinated pairs: the answer under a card's question "Кто
подписал?" names the signers of the agreement the card is about; a woman's surname kept
as written after a coordinated "подписями X и Y" pair is read into the nominative by the
project's one name normaliser; a town that is not its subject's capital names no
subject unless the text names that subject too. Every probe is written here in words of
its own (other regions, verbs and layouts); the negatives are questions inside a
paragraph, questions of something else, men's names that must stay as written, and
capitals, which still name their subject."""

from __future__ import annotations

from functools import partial

import probes
import pytest

from soccoop.extract.pipeline import extract
from soccoop.extract.signers import written_nominative

PUB = "2025-10-14"


signers_of = partial(probes.signers_of, published=PUB)


def regions_of(models, text):
    return sorted(r.code for r in extract(text, "t.txt", models, published=PUB).regions)


LEAD = ("Вчера в Вологде департамент социальной защиты населения Вологодской области и "
        "министерство социального развития Мурманской области подписали соглашение о "
        "сотрудничестве.\n")

CARD = (
    "Три вопроса о новом соглашении\n\n"
    "Что случилось?\n" + LEAD + "\n"
    "Кто подписал документ?\n"
    "Начальник департамента Вера Кольцова и министр Глеб Арсеньев.\n\n"
    "Что изменится?\n"
    "Семьи участников специальной военной операции смогут отдыхать в санаториях обеих "
    "областей.\n"
)

SIGNERS_PROBES = [
    # the answer line under "Кто подписал документ?" names both signers
    (CARD, [["Вера Кольцова", "Глеб Арсеньев"]]),
    # "Кем подписано соглашение?" with a one-line answer, the posts after the names
    ("Соцзащита двух регионов договорилась о стажировках\n"
     "Министерство труда Тульской области и министерство социальной защиты Калужской "
     "области заключили соглашение о сотрудничестве.\n"
     "Кем подписан документ?\n"
     "Анна Зорина, министр труда, и Олег Синицын, министр социальной защиты.\n",
     [["Анна Зорина", "Олег Синицын"]]),
    # the question names the agreement itself
    (CARD.replace("Кто подписал документ?", "Кто подписал соглашение?"),
     [["Вера Кольцова", "Глеб Арсеньев"]]),
    # a woman's surname in the genitive after a non-Russian first name, the second of a
    # coordinated pair of signatures
    ("Соглашение между министерством социальной политики Калининградской области и "
     "министерством труда Псковской области подписано 3 октября. Документ скреплён "
     "электронными подписями министра социальной политики Калининградской области "
     "Романа Липатова и министра труда Псковской области Айгуль Мирсаидовой.\n",
     [["Айгуль Мирсаидова", "Роман Липатов"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), SIGNERS_PROBES)
def test_signers(models, text, expected):
    assert signers_of(models, text) == expected


@pytest.mark.slow
@pytest.mark.parametrize("question", [
    # a question of something else: its answer names no signer
    "Кто будет отвечать за стажировки?",
    # the same question inside a paragraph is no card's heading
    "Многие спрашивают, кто подписал документ?",
])
def test_no_signers_from_other_questions(models, question):
    text = (LEAD + question + "\nНачальник департамента Вера Кольцова и министр Глеб "
            "Арсеньев.\n")
    assert signers_of(models, text) == [[]]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "expected"), [
    ("Айгуль Мирсаидовой", "Айгуль Мирсаидова"),   # a woman's genitive in -ой
    ("Лилия Закировой", "Лилия Закирова"),
    ("Вера Кольцова", "Вера Кольцова"),             # already the nominative
    ("Сергей Донской", "Сергей Донской"),           # a man's adjectival surname
    ("Глеба Арсеньева", "Глеба Арсеньева"),         # a man's genitive: not told from a string
    ("Марина Черных", "Марина Черных"),             # does not decline
    ("Ким Чен", "Ким Чен"),                         # no gender to read
])
def test_written_nominative(models, name, expected):
    assert written_nominative(name, models) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # a town that is not a capital, with its subject not named: no subject
    ("Волонтёры Карачаево-Черкесии провели акции в Кисловодске и Ессентуках.",
     ["RU-KC"]),
    ("Выставку работ детей из Тольятти показали в Саранске.", ["RU-MO"]),
    # a capital names its subject by itself
    ("Волонтёры из Черкесска провели акцию в Ставрополе.", ["RU-KC", "RU-STA"]),
    # the subject named too: the town's mentions count for it
    ("Самарская область расширяет сеть центров: новый откроется в Сызрани.", ["RU-SAM"]),
    ("Центр в Норильске открыли по программе Красноярского края.", ["RU-KYA"]),
])
def test_towns_name_no_subject(models, text, expected):
    assert regions_of(models, text) == expected


@pytest.mark.slow
def test_town_mentions_kept_with_named_subject(models):
    """The town is one of the subject's mentions when the subject is named."""
    text = "В Череповце прошёл форум. Вологодская область выделила гранты."
    (ref,) = extract(text, "t.txt", models, published=PUB).regions
    assert ref.code == "RU-VLG"
    assert [m.text for m in ref.mentions] == ["Череповце", "Вологодская область"]


@pytest.mark.slow
def test_cli_ingest_and_list_card_signers(listed_rows):
    rows = listed_rows({"card.txt": CARD}, "--kind", "agreements", "--format", "jsonl", "--limit",
                       "0")
    assert [(r["status"], sorted(r["signatories"]), sorted(r["regions"])) for r in rows] == [
        ("signed", ["Вера Кольцова", "Глеб Арсеньев"], ["RU-MUR", "RU-VLG"])]
