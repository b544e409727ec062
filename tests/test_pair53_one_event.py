"""pair53: one event, one record. A short form after the agreement noun is the clause's
predicate, not a word of the agreement's name ("Подписать соглашение должны министры ...",
so the mention is not set apart by a subject of its own); an agreement in the genitive of
a prolongation inside an addendum's name is the base agreement, an older one of its own
("дополнительное соглашение о пролонгации соглашения 2021 года"). Probed in our own words.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

PLAN = ("10.06.2025\nТамбовская и Липецкая области подпишут соглашение о сотрудничестве\n\n"
        "Министерство социальной защиты Тамбовской области и Управление социальной защиты "
        "населения Липецкой области согласовали текст соглашения о межрегиональном "
        "сотрудничестве. ")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "count"), [
    # a duty to sign: "должны" is no part of the name, the plan is told once
    (PLAN + "Подписать соглашение должны министр социальной защиты Тамбовской области "
     "Анна Котова и начальник управления Пётр Гусев.", 1),
    # "готово" the same
    (PLAN + "Соглашение готово к подписанию, сообщили в министерстве.", 1),
    # a subject of its own still sets another agreement apart
    (PLAN + "Кроме того, министерство готовит соглашение о занятости инвалидов с "
     "Управлением социальной защиты населения Липецкой области.", 2),
])
def test_short_form_ends_the_name(models: Any, text: str, count: int) -> None:
    assert len(probes.agreements_of(models, text)) == count


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # the addendum to come and the agreement it prolongs, signed years before
    ("10.06.2025\nМинистерство социальной защиты Тамбовской области намерено подписать "
     "дополнительное соглашение о пролонгации соглашения с Управлением социальной защиты "
     "населения Липецкой области, подписанного в 2021 году.",
     ["mentioned", "planned"]),
    # a prolongation signed, the base named by "к": unchanged shape
    ("10.06.2025\nМинистерство социальной защиты Тамбовской области и Управление "
     "социальной защиты населения Липецкой области вчера подписали дополнительное "
     "соглашение к соглашению о сотрудничестве 2021 года.", ["mentioned", "signed"]),
    # prolonging with no addendum noun: one agreement, extended
    ("10.06.2025\nМинистерство социальной защиты Тамбовской области и Управление "
     "социальной защиты населения Липецкой области вчера договорились о продлении "
     "соглашения о сотрудничестве.", None),
])
def test_prolonged_base(models: Any, text: str, expected: list[str] | None) -> None:
    statuses = sorted(probes.statuses_of(models, text))
    if expected is None:
        assert len(statuses) == 1
    else:
        assert statuses == expected


BODIES = ("между Министерством социальной защиты Тамбовской области и Тамбовским "
          "государственным университетом")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # prolonged by its own terms, no new document: an agreement of before
    (f"10.06.2025\nСоглашение {BODIES} пролонгировано. Подписывать новый документ стороны "
     "не стали.", [("mentioned", None)]),
    (f"10.06.2025\nСоглашение {BODIES} продлено ещё на три года: по его условиям оно "
     "автоматически продлевается, если ни одна сторона не возражает.", [("mentioned", None)]),
    # an extension the sides signed stays a signing
    (f"10.06.2025\nСоглашение {BODIES} вчера продлено ещё на три года. Дополнительное "
     "соглашение подписали министр Анна Котова и ректор Пётр Гусев.", [("signed", "2025-06-09")]),
])
def test_prolonged_by_its_terms(models: Any, text: str,
                                expected: list[tuple[str, str | None]]) -> None:
    assert probes.status_dates(models, text) == expected
