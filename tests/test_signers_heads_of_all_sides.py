"""Signatories told as "the heads of all the parties" (sig37): people are named with
their posts, then a plural head noun counted or said of all the sides signs ("Документ
подписали руководители всех четырёх организаций", "Подписи поставили главы трёх
сторон", "Соглашение подписали руководители ведомств"). Each one stands for the person
whose post names a different party. Probes are written for this file in several word
orders and cases; the negatives give the subject no full set to stand for (a count that
disagrees, people who head no party, an earlier signing between)."""

from __future__ import annotations

from typing import Any

import pytest
from probes import signers_of

from soccoop.extract import signer_shapes
from soccoop.extract.syntax import ensure_parsed

PUB = "2025-06-05"

# three parties, people named in the nominative as guests of the ceremony
THREE_HEAD = (
    "В Кирове заключено трёхстороннее соглашение о сотрудничестве в сфере социальной "
    "поддержки ветеранов. Его сторонами стали Министерство социального развития Кировской "
    "области, Отделение Социального фонда России по Кировской области и Союз «Кировское "
    "областное объединение организаций профсоюзов». ")
THREE_PEOPLE = (
    "В церемонии приняли участие министр социального развития Кировской области Андрей "
    "Лысков, управляющий Отделением СФР по Кировской области Марина Белых и председатель "
    "Кировского областного объединения организаций профсоюзов Олег Ветлугин. ")
THREE = ["Андрей Лысков", "Марина Белых", "Олег Ветлугин"]

# two regions' ministries, people named in the instrumental after a meeting verb
TWO_HEAD = (
    "Министерство труда Пензенской области и Министерство социальной защиты Саратовской "
    "области заключили соглашение о взаимодействии в сфере занятости людей с "
    "инвалидностью. ")
TWO_PEOPLE = (
    "Встреча прошла в Пензе: гостей принимала министр труда Пензенской области Ирина "
    "Соколова, саратовскую делегацию возглавил министр социальной защиты Саратовской "
    "области Денис Ушаков. ")
TWO = ["Денис Ушаков", "Ирина Соколова"]

PROBES = [
    (THREE_HEAD + THREE_PEOPLE + "Документ подписали руководители всех трёх организаций.",
     [sorted(THREE)]),
    (THREE_HEAD + THREE_PEOPLE + "Руководители трёх сторон подписали документ.",
     [sorted(THREE)]),
    (THREE_HEAD + THREE_PEOPLE + "Подписи под документом поставили главы всех сторон.",
     [sorted(THREE)]),
    (TWO_HEAD + TWO_PEOPLE + "Соглашение подписали руководители обоих ведомств.",
     [TWO]),
    (TWO_HEAD + TWO_PEOPLE + "Документ подписали руководители ведомств.", [TWO]),
    # people named in the instrumental after a meeting, heads matched by region only
    ("Правительство Курской области и Правительство Белгородской области заключили "
     "соглашение о сотрудничестве в сфере социальной защиты. Губернатор Белгородской "
     "области Вячеслав Гладков провёл переговоры с губернатором Курской области Романом "
     "Старовойтом. Подписи под соглашением поставили главы обоих регионов.",
     [["Вячеслав Гладков", "Роман Старовойт"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), PROBES)
def test_heads_of_all_sides_sign(models: Any, text: str, expected: list[list[str]]) -> None:
    assert signers_of(models, text, PUB) == expected


NEGATIVES = [
    # the count disagrees with the parties: which three of them is not said
    (THREE_HEAD + THREE_PEOPLE + "Документ подписали руководители всех четырёх организаций.",
     set(THREE)),
    # the people named head no party of the agreement
    (THREE_HEAD + "В церемонии приняли участие артист Кировского драматического театра "
     "Павел Рябов и ректор Вятского университета Валентин Пугач. Документ подписали "
     "руководители всех трёх организаций.", {"Павел Рябов", "Валентин Пугач"}),
    # an earlier signing between: the people named belong to it
    (THREE_HEAD + THREE_PEOPLE + "Они также подписали план мероприятий на год. Документ "
     "подписали руководители всех трёх организаций.", set(THREE)),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "not_signers"), NEGATIVES)
def test_no_heads_taken(models: Any, text: str, not_signers: set[str]) -> None:
    found = signers_of(models, text, PUB)
    assert found  # the agreement is still found
    assert not set(found[0]) & not_signers


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("Документ подписали руководители всех четырёх организаций.", 4),
    ("Подписи поставили главы трёх сторон.", 3),
    ("Руководители обоих министерств подписали соглашение.", 2),
    ("Соглашение подписали руководители ведомств.", 0),
    ("Документ скрепили подписями руководители организаций-участников.", 0),
    ("Руководители всех трёх сторон обсудили планы.", None),  # no signing
    ("Соглашение подписали руководители.", None),  # not said of all the sides
    ("Соглашение подписали в присутствии руководителей всех сторон.", None),  # genitive
])
def test_heads_subject(models: Any, text: str, expected: int | None) -> None:
    analysis = models.analyse(text)
    sent = ensure_parsed(analysis.sentences[0], models)
    assert signer_shapes.heads_subject(analysis, sent) == expected


@pytest.mark.slow
def test_cli_ingest_and_list_heads(listed_rows: Any) -> None:
    text = THREE_HEAD + THREE_PEOPLE + "Документ подписали руководители всех трёх организаций."
    rows = listed_rows({"kirov.txt": text}, "--kind", "agreements", "--format", "jsonl",
                       "--limit", "0")
    assert [(r["status"], sorted(r["signatories"])) for r in rows] == [
        ("signed", sorted(THREE))]
