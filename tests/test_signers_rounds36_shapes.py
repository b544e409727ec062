"""Signatories of rounds 36–37 (sig36): a signing whose subject is a plural noun standing
for two people named just before, by their common post ("Документ подписали оба
председателя", "Министры подписали ...") or by their sex ("Женщины подписали
соглашение", "Соглашение подписали обе женщины"). Probes are written for this file in
several word orders; the negatives leave the noun no pair to stand for (three people, no
one of that sex or post, a name of its own, no signing)."""

from __future__ import annotations

from typing import Any

import pytest
from probes import signers_of

from soccoop.extract import signer_shapes
from soccoop.extract.syntax import ensure_parsed

PUB = "2025-11-12"

LIPETSK = "министр социальной защиты Липецкой области Ольга Ревина"
TAMBOV = "министр социального развития Тамбовской области Анна Сорокина"
TOPIC = "соглашение о сотрудничестве в сфере реабилитации участников СВО"

# the women named in two sentences before, the plural subject first
WOMEN_SVO = (f"В пятницу в Тамбов приехала {LIPETSK}. Гостью встретила {TAMBOV}. "
             f"Женщины подписали {TOPIC}.")

# object first, the pair counted by "обе"
WOMEN_OVS = (f"В пятницу в Тамбов приехала {LIPETSK}. Гостью встретила {TAMBOV}. "
             f"{TOPIC.capitalize()} подписали обе женщины.")

# a man heads the delegation: only the two women are taken
WOMEN_AND_MAN = (
    "В Тамбов прибыла делегация во главе с вице-губернатором Липецкой области Игорем "
    f"Пахомовым. Вместе с ним приехала {LIPETSK}. Делегацию встретила {TAMBOV}. "
    f"Женщины подписали {TOPIC}.")

# two chairs named together, a quote between, then the signing told again
CHAIRS_LATER = (
    "Соглашение о сотрудничестве между Государственным Советом Чувашской Республики и "
    "Государственным Собранием Республики Марий Эл подписано в Чебоксарах. Председатель "
    "Государственного Совета Чувашской Республики Леонид Черкесов и председатель "
    "Государственного Собрания Республики Марий Эл Игорь Зайцев обсудили поддержку "
    "многодетных семей. «Будем обмениваться законопроектами», — сказал Игорь Зайцев. "
    "Документ подписали оба председателя.")

# the pair counted by "оба" as the subject before the verb, two chairs in two sentences
CHAIRS_SVO = (
    "В Йошкар-Оле побывал председатель Государственного Совета Чувашской Республики "
    "Леонид Черкесов. Его принял председатель Государственного Собрания Республики "
    "Марий Эл Игорь Зайцев. Оба председателя подписали соглашение о сотрудничестве "
    "в сфере социальной поддержки семей.")

PROBES = [
    (WOMEN_SVO, [["Анна Сорокина", "Ольга Ревина"]]),
    (WOMEN_OVS, [["Анна Сорокина", "Ольга Ревина"]]),
    (WOMEN_AND_MAN, [["Анна Сорокина", "Ольга Ревина"]]),
    (CHAIRS_LATER, [["Игорь Зайцев", "Леонид Черкесов"]]),
    (CHAIRS_SVO, [["Игорь Зайцев", "Леонид Черкесов"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), PROBES)
def test_plural_subject_takes_the_pair_before(models: Any, text: str,
                                              expected: list[list[str]]) -> None:
    assert signers_of(models, text, PUB) == expected


NEGATIVES = [
    # three women before: which two signed is not said
    (f"В Тамбов приехали {LIPETSK} и её заместитель Мария Дёмина. Гостей встретила "
     f"{TAMBOV}. Женщины подписали {TOPIC}.",
     {"Анна Сорокина", "Ольга Ревина", "Мария Дёмина"}),
    # no woman named before: the men are not taken for "женщины"
    ("В Тамбов приехал министр социальной защиты Липецкой области Олег Ревин. Гостя "
     "встретил министр социального развития Тамбовской области Андрей Сорокин. Женщины "
     f"подписали {TOPIC}.", {"Олег Ревин", "Андрей Сорокин"}),
    # the two named before are ministers, not chairs
    ("В Йошкар-Оле побывал министр труда Чувашской Республики Алексей Степанов. Его "
     "принял министр социального развития Республики Марий Эл Игорь Зайцев. Оба "
     "председателя подписали соглашение о сотрудничестве в сфере социальной поддержки "
     "семей.", {"Алексей Степанов", "Игорь Зайцев"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "not_signers"), NEGATIVES)
def test_no_pair_taken(models: Any, text: str, not_signers: set[str]) -> None:
    found = signers_of(models, text, PUB)
    assert found  # the agreement is still found
    assert not {n for group in found for n in group} & not_signers


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("Женщины подписали соглашение.", ("gender", "Fem")),
    ("Соглашение подписали обе женщины.", ("gender", "Fem")),
    ("Документ подписали оба председателя.", ("post", "председатель")),
    ("Оба министра подписали соглашение.", ("post", "министр")),
    ("Губернаторы подписали соглашение.", ("post", "губернатор")),
    ("Стороны подписали соглашение.", None),  # collective: collective_signing's
    ("Министр Анна Котова и министр Пётр Гусев подписали соглашение.", None),
    ("Женщины обсудили соглашение.", None),  # no signing
    ("Соглашение подписали в присутствии обоих председателей.", None),
])
def test_pair_subject(models: Any, text: str, expected: tuple[str, str] | None) -> None:
    sent = ensure_parsed(models.analyse(text).sentences[0], models)
    assert signer_shapes._pair_subject(sent) == expected


@pytest.mark.slow
def test_cli_ingest_and_list_women(listed_rows: Any) -> None:
    rows = listed_rows({"tambov.txt": WOMEN_OVS}, "--kind", "agreements", "--format",
                       "jsonl", "--limit", "0")
    assert [(r["status"], sorted(r["signatories"])) for r in rows] == [
        ("signed", ["Анна Сорокина", "Ольга Ревина"])]
