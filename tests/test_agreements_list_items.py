"""Agreements found, merged and named: list items, probed in words of their own (other
regions, bodies and word orders than the dev rounds' texts).

- a mention counted as a later item of a list ("Второе соглашение заключено с ...") is
  another agreement than the one told before with other sides, even when both share the
  reporting body (``agreements._later_ordinal_other_sides``);
- a place named as a "с" partner takes no phrase of another preposition the parse hangs on
  it ("с Липецкой областью у Тамбовской области": ``status.place_with_preposition``);
- a bare agreement planned right after a memorandum is the document to come between the
  memorandum's sides, not the agreement told before it (``merge.follow_up_of_preliminary``);
- a mention without a verb of its own whose plan the next sentence tells through a pronoun
  ("подписать его планируется в марте") is planned (``coreference.pronoun_plan``);
- a headline counting several agreements without naming the partners is a summary of the
  members the body tells, not an agreement of its own.
"""

from __future__ import annotations

import probes
import pytest
from probes import agreements_of, party_names

PUB = "2025-10-14"

TWO_BY_ORDINAL = (
    "На форуме департамент социальной защиты Томской области заключил два соглашения. "
    "Первый документ — соглашение об обмене опытом с Министерством труда и социального "
    "развития Новосибирской области. Подписи под соглашением поставили руководитель "
    "департамента социальной защиты Томской области Ирина Котова и министр труда и "
    "социального развития Новосибирской области Олег Шумилов. Второе соглашение заключено "
    "с Томским государственным университетом и касается подготовки социальных работников. "
    "Со стороны департамента документ подписала Ирина Котова, со стороны университета — "
    "ректор Пётр Лаптев.")
SAME_SIDES_AGAIN = (
    "Департамент социальной защиты Томской области и Министерство труда и социального "
    "развития Новосибирской области подписали соглашение о сотрудничестве. Соглашение между "
    "департаментом социальной защиты Томской области и Министерством труда и социального "
    "развития Новосибирской области рассчитано на пять лет.")

MEMO_THEN_PLAN = (
    "Министерство социальной защиты Курской области и Министерство социальной защиты "
    "Орловской области подписали соглашение о реабилитации ветеранов. Кроме того, "
    "министерство и департамент социальной защиты Брянской области подписали протокол о "
    "намерениях. На его основе весной будет подготовлено соглашение об обмене опытом.")
SIGNED_THEN_PLAN = (
    "Министерство социальной защиты Курской области и Министерство социальной защиты "
    "Орловской области подписали соглашение о реабилитации ветеранов.")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # the second agreement of a list: its own record, the university not among the first's
    (TWO_BY_ORDINAL, [["Министерство труда и социального развития Новосибирской области"],
                      ["Томский государственный университет"]]),
    # negative: a second mention of the same sides without an ordinal is the same agreement
    (SAME_SIDES_AGAIN, [["Департамент социальной защиты Томской области",
                         "Министерство труда и социального развития Новосибирской области"]]),
])
def test_later_ordinal_agreement_is_another(models, text, expected):
    found = agreements_of(models, text, PUB)
    names = [party_names(a) for a in found]
    assert len(names) == len(expected)
    for got, want in zip(names, expected, strict=True):
        assert set(want) <= set(got)
    assert not any("Томский государственный университет" in got and
                   "Министерство труда и социального развития Новосибирской области" in got
                   for got in names)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "partner"), [
    ("Министр напомнил, что с Липецкой областью у Тамбовской области действует соглашение "
     "о сотрудничестве, по которому специалисты двух регионов проходят стажировки.",
     "Липецкая область"),
    # negative: a body's own "по" phrase stays in its name
    ("Министр напомнил, что с Отделением Социального фонда России по Курской области "
     "действует соглашение об обмене сведениями.",
     "Отделение Социального фонда России по Курской области"),
])
def test_place_partner_takes_no_other_phrase(models, text, partner):
    found = agreements_of(models, text, PUB)
    assert len(found) == 1
    names = party_names(found[0])
    assert partner in names
    assert not any(" у " in n for n in names)


@pytest.mark.slow
def test_plan_after_memorandum_has_its_sides(models):
    found = agreements_of(models, MEMO_THEN_PLAN, PUB)
    planned = [a for a in found if a.status == "planned"]
    assert len(planned) == 1
    assert any("Брянской" in n for n in party_names(planned[0]))
    assert any("Курской" in n for n in party_names(planned[0]))
    first = next(a for a in found if "Министерство социальной защиты Орловской области"
                 in party_names(a))
    assert first.status == "signed"  # the plan did not join the agreement told first
    # negative: without a memorandum there is no plan to give sides to
    assert [a.status for a in agreements_of(models, SIGNED_THEN_PLAN, PUB)] == ["signed"]


@pytest.mark.slow
def test_cli_lists_second_agreement_apart(listed_rows):
    records = listed_rows({"forum.txt": f"{PUB}\n{TWO_BY_ORDINAL}"}, "--format", "jsonl")
    assert len(records) == 1
    sides = [sorted(p["name"] for p in a["parties"]) for a in records[0]["agreements"]]
    assert len(sides) == 2
    assert any("Томский государственный университет" in s for s in sides)
    assert not any("Томский государственный университет" in s and
                   "Министерство труда и социального развития Новосибирской области" in s
                   for s in sides)


THIRD_BY_PRONOUN = (
    "Министерство социальной защиты Курской области подписало соглашение с министерством "
    "социальной защиты Орловской области. Ещё одно соглашение — с министерством социальной "
    "защиты Белгородской области — касается летнего отдыха детей. {}")


@pytest.mark.slow
@pytest.mark.parametrize(("after", "status"), [
    ("Проект документа готов, а подписать его планируется в марте.", "planned"),
    ("Текст уже согласован, подписать его планируется летом.", "planned"),
    # negative: the pronoun's signing was achieved, not planned
    ("Проект документа обсуждали долго, но подписать его удалось только в марте.",
     "mentioned"),
])
def test_pronoun_plan_of_told_agreement(models, after, status):
    found = agreements_of(models, THIRD_BY_PRONOUN.format(after), PUB)
    third = [a for a in found if "Министерство социальной защиты Белгородской области"
             in party_names(a)]
    assert [a.status for a in third] == [status]


# status46: a mention a past verb signs is no plan, whatever the pronoun after it takes up
SIGNED_THEN_DRAFT = (
    "Министр напомнил, что ещё в 2018 году правительства Курской и Орловской областей "
    "заключили соглашение о сотрудничестве. {}")


@pytest.mark.slow
@pytest.mark.parametrize("after", [
    "Проект соглашения с министерством Брянской области находится на согласовании, "
    "подписать его планируют летом.",
    "Проект документа готов, а подписать его планируется в марте.",
])
def test_pronoun_plan_not_of_a_signed_mention(models, after):
    found = agreements_of(models, SIGNED_THEN_DRAFT.format(after), PUB)
    old = [a for a in found if a.date == "2018"]
    assert [a.status for a in old] == ["mentioned"]


# A headline counting several agreements without naming the partners ("X подписала два соглашения
# с соседями") is a summary of the members the body tells: it must not found an agreement of its
# own that takes the ordinal member's signers. The text is written here.
COUNTED_HEADLINE = (
    "Курская область подписала два соглашения с соседями\n"
    "Курская область в минувший вторник заключила сразу два соглашения о сотрудничестве в "
    "социальной сфере — с Белгородской и Орловской областями. Документы подписаны на "
    "межрегиональном форуме в Курске.\n"
    "Первое соглашение заключили комитет социального обеспечения Курской области и "
    "министерство социальной защиты Белгородской области. Подписи поставили председатель "
    "комитета Ольга Гречко и министр Сергей Лунин.\n"
    "Второй документ — между комитетом по труду и занятости Курской области и управлением "
    "занятости Орловской области. Его подписали председатель комитета Павел Рябов и "
    "начальник управления Мария Зотова.\n"
)


@pytest.mark.slow
def test_counted_headline_leaves_each_member_its_signers(models):
    assert probes.signers_of(models, COUNTED_HEADLINE, "2025-11-20") == [
        ["Ольга Гречко", "Сергей Лунин"], ["Мария Зотова", "Павел Рябов"]]
