"""Signatories of rounds 36–37 (sig36): a signing whose subject is a plural noun standing
for two people named just before, by their common post ("Документ подписали оба
председателя", "Министры подписали ...") or by their sex ("Женщины подписали
соглашение", "Соглашение подписали обе женщины"). Probes are written for this file in
several word orders; the negatives leave the noun no pair to stand for (three people, no
one of that sex or post, a name of its own, no signing). And a bare post beside the
announced signer of a planned agreement ("Документ подпишут министр и директор X"): the
one named before with that post."""

from __future__ import annotations

from typing import Any

import pytest
from probes import check_no_signers, signers_of

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
    check_no_signers(models, text, PUB, not_signers)


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


# --- a bare post beside an announced signer of a planned agreement ----------------------

PLAN_HEAD = ("Бурятия и Иркутская область подпишут соглашение о сотрудничестве в сфере "
             "занятости людей с инвалидностью. ")

# the minister named as a speaker before; a periphrastic future in the next sentence
ANNOUNCED_MINISTER = (
    PLAN_HEAD + "Об этом рассказал министр социальной защиты Республики Бурятия Тимур "
    "Цыбиков на брифинге в Улан-Удэ. Документ подпишут министр и руководитель иркутского "
    "агентства по занятости Лариса Громова.")

# the governor named before, the announced pair in the other order
ANNOUNCED_GOVERNOR = (
    PLAN_HEAD + "Губернатор Иркутской области Игорь Кобзев провёл рабочую встречу с "
    "коллегами. Соглашение подпишут министр труда Республики Бурятия Тимур Цыбиков и "
    "губернатор.")

PLANNED = [
    (ANNOUNCED_MINISTER, [["Лариса Громова", "Тимур Цыбиков"]]),
    (ANNOUNCED_GOVERNOR, [["Игорь Кобзев", "Тимур Цыбиков"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), PLANNED)
def test_announced_bare_post_is_the_one_named_before(models: Any, text: str,
                                                     expected: list[list[str]]) -> None:
    assert signers_of(models, text, PUB, statuses=("planned",)) == expected


PLANNED_NEGATIVES = [
    # the one named before is a governor, not a minister: the bare minister stays unnamed
    PLAN_HEAD + "Об этом рассказал губернатор Иркутской области Игорь Кобзев. Документ "
    "подпишут министр и руководитель иркутского агентства по занятости Лариса Громова.",
    # no one named before at all
    PLAN_HEAD + "Документ подпишут министр и руководитель иркутского агентства по "
    "занятости Лариса Громова.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", PLANNED_NEGATIVES)
def test_announced_bare_post_not_taken(models: Any, text: str) -> None:
    assert signers_of(models, text, PUB, statuses=("planned",)) == [["Лариса Громова"]]


# --- a speaker described by a participle of signing --------------------------------------

SIGNED_HEAD = ("Соглашение о сотрудничестве между министерством социального развития "
               "Мурманской области и министерством социальной защиты Республики Карелия "
               "подписано в Петрозаводске. ")

SPEAKERS = [
    # the participle after the name
    (SIGNED_HEAD + "«Северянам нужен отдых недалеко от дома», — сказала министр "
     "социального развития Мурманской области Ольга Венц, подписавшая документ вместе с "
     "карельским коллегой.", [["Ольга Венц"]]),
    # the participle before the post
    (SIGNED_HEAD + "«Северянам нужен отдых недалеко от дома», — отметил подписавший "
     "документ министр социальной защиты Республики Карелия Пётр Ланин.", [["Пётр Ланин"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), SPEAKERS)
def test_speaker_described_as_signer(models: Any, text: str,
                                     expected: list[list[str]]) -> None:
    assert signers_of(models, text, PUB) == expected


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # the speaker only praises the signed document: no participle describes her
    SIGNED_HEAD + "«Северянам нужен отдых недалеко от дома», — сказала министр "
    "социального развития Мурманской области Ольга Венц, одобрив подписанный документ.",
    # the participle describes the document, not the speaker
    SIGNED_HEAD + "«Документ, подписанный сегодня, нужен северянам», — сказала министр "
    "социального развития Мурманской области Ольга Венц.",
])
def test_speaker_not_described_as_signer(models: Any, text: str) -> None:
    found = signers_of(models, text, PUB)
    assert found  # the agreement is still found
    assert "Ольга Венц" not in {n for group in found for n in group}
