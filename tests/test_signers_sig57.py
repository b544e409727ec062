"""Signatories of sig57, probes written for this file (not copied from any round).

* A collective signing that lists its partners itself ("министр X подписала соглашения с
  A, B и C": its sentence tells a record per partner) signed those agreements only: a
  signing near it with none of its partners ("Ещё один документ подписали Y и Z") is not
  hers (``coreference._listed_partners`` in ``collective_signers``). "Все документы
  подписала министр X" with no partners named still reaches every record near it.
* A document noun in a quote that refers back to several agreements told before ("эти три
  соглашения", "оба документа", ``signers.several_told``) tells no signing: its speaker
  adds neither her body nor herself to the agreement the next sentence tells.
"""

from __future__ import annotations

from typing import Any

import pytest
from probes import parsed_analysis, signer_surnames

from soccoop.extract.signers import several_told

PUB = "2024-10-04"

LISTED = (
    "Вчера на форуме министр социальной защиты Тверской области Елена Гусева подписала "
    "соглашения с Тверским государственным университетом, компанией «Волжский хлеб» и "
    "региональным отделением «Деловой России».\n\n"
    "Соглашение с университетом предусматривает подготовку социальных работников. "
    "Хлебозавод создаст 15 рабочих мест для людей с инвалидностью.\n\n"
    "{quote}"
    "Еще один документ подписали управляющий Отделением Социального фонда России по "
    "Тверской области Павел Лосев и председатель Тверской областной организации "
    "Всероссийского общества глухих Ирина Дымова. Соглашение касается информирования "
    "людей с нарушениями слуха.\n"
)

QUOTES = [
    ("no quote", ""),
    ("back reference", "«Мы специально собрали эти три соглашения в один пакет: университет "
     "учит, завод нанимает», — пояснила Елена Гусева.\n\n"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "quote"), QUOTES, ids=[q[0] for q in QUOTES])
def test_listed_collective_signer_signs_only_her_partners(models: Any, name: str,
                                                          quote: str) -> None:
    found = signer_surnames(models, LISTED.format(quote=quote), published=PUB)
    assert ["гусева"] in found  # she signed the listed agreements
    other = [row for row in found if "лосев" in row]
    assert other == [["дымова", "лосев"]]  # and not the Social Fund's


UNLISTED = (
    "В Твери прошёл форум социальных партнёров. Все документы со стороны министерства "
    "подписала министр социальной защиты Тверской области Елена Гусева.\n\n"
    "Соглашение с Тверским государственным университетом предусматривает практику "
    "студентов. Соглашение с компанией «Волжский хлеб» подписал также её директор Олег "
    "Пахомов.\n"
)


@pytest.mark.slow
def test_collective_signer_without_a_list_signs_all(models: Any) -> None:
    """No partners in the collective sentence: its signer still signs the records near it."""
    found = signer_surnames(models, UNLISTED, published=PUB)
    assert found and all("гусева" in row for row in found)


SEVERAL = [
    ("«Мы собрали эти три соглашения в один пакет», — сказала она.", "соглашения", True),
    ("Оба документа рассчитаны на три года.", "документа", True),
    ("Все эти соглашения работают.", "соглашения", True),
    ("Министр подписала три соглашения с вузами.", "соглашения", False),
    ("«Мы подписали соглашение с университетом», — сказала она.", "соглашение", False),
    ("Эти соглашения подписаны вчера.", "соглашения", True),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "noun", "expected"), SEVERAL)
def test_several_told(models: Any, text: str, noun: str, expected: bool) -> None:
    analysis = parsed_analysis(models, text)
    sent = analysis.sentences[0]
    k = next(i for i, t in enumerate(sent.tokens) if t.text == noun)
    assert several_told(sent, k) is expected
