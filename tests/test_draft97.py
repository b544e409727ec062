"""draft97: a draft agreement between bodies named with capitals. The bug looked into: a
draft between two bodies of culture ("Проект соглашения между Министерством культуры ... и
Департаментом культуры ... направлен сторонам") gives no record. The cause is no NER span,
side reading or status: it is the convention of pair65 (``agreements.other_field_bodies``,
the pass ``coreference.other_field``): an agreement whose every side is a body of sport,
tourism or culture, about nothing of the social sphere, is no record of this domain, and
the dev gold keeps none (a culture ministry's agreement on books in a forum's list is left
out). So no rule is written; these rows pin the convention and the drafts it leaves alone,
whatever the verb, the word order and the case of the bodies' first letters. Every
sentence is invented."""

from __future__ import annotations

from typing import Any

import probes
import pytest

PUB = "2026-03-02"

# (id, text, the (status, sorted parties) rows expected)
DRAFTS = [
    # drafts between bodies of the social sphere: planned, capitals or not, any verb/order
    ("sent, capitals",
     "Проект соглашения между Министерством социального развития Тверской области и "
     "Комитетом по труду Курской области направлен сторонам.",
     [("planned", ["Комитет по труду Курской области",
                   "Министерство социального развития Тверской области"])]),
    ("sent, lower case",
     "Проект соглашения между министерством социального развития Тверской области и "
     "комитетом по труду Курской области направлен сторонам.",
     [("planned", ["Комитет по труду Курской области",
                   "Министерство социального развития Тверской области"])]),
    ("for approval, capitals",
     "Проект соглашения между Министерством труда Пензенской области и Министерством "
     "семейной политики Орловской области направлен на согласование.",
     [("planned", ["Министерство семейной политики Орловской области",
                   "Министерство труда Пензенской области"])]),
    ("prepared, verb first",
     "Подготовлен проект соглашения между Департаментом здравоохранения Томской области и "
     "Министерством здравоохранения Пермского края.",
     [("planned", ["Департамент здравоохранения Томской области",
                   "Министерство здравоохранения Пермского края"])]),
    ("drafted, verb last",
     "Проект соглашения о партнёрстве между Министерством социальной политики Омской "
     "области и Министерством труда Алтайского края разработан.",
     [("planned", ["Министерство социальной политики Омской области",
                   "Министерство труда Алтайского края"])]),
    ("a body of culture beside a social one",
     "Проект соглашения между Министерством социального развития Рязанской области и "
     "Департаментом культуры Ярославской области направлен сторонам.",
     [("planned", ["Департамент культуры Ярославской области",
                   "Министерство социального развития Рязанской области"])]),
    # _unnamed_body_of_town: a lower-case body before "города X" is the town's body
    ("a town's department, lower case",
     "Проект соглашения между министерством социального развития Рязанской области и "
     "департаментом образования города Твери направлен сторонам.",
     [("planned", ["Департамент образования города Твери",
                   "Министерство социального развития Рязанской области"])]),
    ("a town's committee, signed",
     "Министерство труда Рязанской области подписало соглашение с комитетом по делам "
     "ветеранов города Санкт-Петербурга.",
     [("signed", ["Комитет по делам ветеранов города Санкт-Петербурга",
                  "Министерство труда Рязанской области"])]),
    ("a town's body of culture, lower case",
     "Проект соглашения между министерством социального развития Рязанской области и "
     "департаментом культуры города Москвы подготовлен.",
     [("planned", ["Департамент культуры города Москвы",
                   "Министерство социального развития Рязанской области"])]),
    ("culture only, a town's department in lower case",
     "Проект соглашения между министерством культуры Рязанской области и департаментом "
     "культуры города Москвы направлен сторонам.", []),
    # ... not a town's own administration, read as before (municipal_body_start, agr81)
    ("the town's administration",
     "Министерство труда Рязанской области подписало соглашение с администрацией города "
     "Твери.",
     [("signed", ["Администрация города Твери", "Министерство труда Рязанской области"])]),
    # the convention (other_field_bodies): bodies of culture or sport only, no social word
    ("culture only, sent", "Проект соглашения между Министерством культуры Рязанской области "
     "и Департаментом культуры Ярославской области направлен сторонам.", []),
    ("culture only, for approval", "Проект соглашения между Министерством культуры Рязанской "
     "области и Департаментом культуры Ярославской области направлен на согласование.", []),
    ("culture only, drafted", "Разработан проект соглашения между Министерством культуры "
     "Рязанской области и Министерством культуры Ярославской области.", []),
    ("culture only, lower case", "Проект соглашения между министерством культуры Рязанской "
     "области и департаментом культуры Ярославской области подготовлен.", []),
    ("sport only, signed", "Министерство спорта Рязанской области и Департамент спорта "
     "Ярославской области подписали соглашение.", []),
    # ... a subject of the social sphere keeps such bodies' agreement
    ("culture with a social subject",
     "Министерство культуры Рязанской области и Министерство культуры Ярославской области "
     "заключили соглашение о реабилитации инвалидов средствами искусства.",
     [("signed", ["Министерство культуры Рязанской области",
                  "Министерство культуры Ярославской области"])]),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(DRAFTS))
def test_draft_between_named_bodies(models: Any, text: str,
                                    expected: list[tuple[str, list[str]]]) -> None:
    assert probes.status_parties(models, text, PUB) == sorted(expected)


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, agreements=("other_field_bodies",),
                                          coreference=("other_field",),
                                          party_phrases=("_unnamed_body_of_town",))
