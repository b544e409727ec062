"""Agreements with new partners after a signing, as general rules, probed in words of
their own (other regions, bodies and word orders than the dev rounds' texts).

- a plan with a new partner after a signing of the same body with a second body of its own
  region is another agreement (``agreements._other_partners``);
- "стороны договорились подготовить ещё одно соглашение" with no side named takes the
  sides of the record told just before (``coreference.sides_of_the_sides``)."""

from __future__ import annotations

import pytest
from probes import agreements_of, party_names

PUB = "2025-12-20"

PLAN_AFTER_LOCAL_SIGNING = (
    "Итоги года: пензенский Минтруд\n\n"
    "Министерство труда, социальной защиты и демографической политики Пензенской области "
    "подвело итоги года. 12 мая министр Марина Ивлева и руководитель Государственной "
    "инспекции труда в Пензенской области Олег Кузнецов подписали соглашение о "
    "взаимодействии в сфере защиты трудовых прав. Министерство готовит соглашение с "
    "Министерством социального развития Саратовской области о сотрудничестве в сфере "
    "долговременного ухода. Подписать его планируется весной.\n")


@pytest.mark.slow
def test_plan_with_new_partner_is_its_own_agreement(models):
    found = agreements_of(models, PLAN_AFTER_LOCAL_SIGNING, PUB)
    planned = [a for a in found if a.status == "planned"]
    signed = [a for a in found if a.status == "signed"]
    assert len(planned) == 1 and len(signed) == 1
    assert "RU-SAR" in planned[0].regions and "RU-SAR" not in signed[0].regions
    assert not any("Саратов" in p.name for p in signed[0].parties)


SIDES_PLAN = (
    "В Калининград прибыл министр социальной защиты Псковской области Олег Волков. Во "
    "вторник гость и министр социальной политики Калининградской области Анна Смирнова "
    "подписали соглашение о сотрудничестве в сфере реабилитации. Помимо этого, стороны "
    "договорились подготовить дополнительное соглашение об обмене специалистами.\n")


@pytest.mark.slow
def test_plan_of_the_sides_takes_the_sides_of_the_signing(models):
    found = agreements_of(models, SIDES_PLAN, "2025-04-10")
    planned = [a for a in found if a.status == "planned"]
    signed = [a for a in found if a.status == "signed"]
    assert len(planned) == 1 and len(signed) == 1
    assert planned[0].parties and party_names(planned[0]) == party_names(signed[0])
    assert planned[0].regions == ["RU-KGD"]


@pytest.mark.slow
def test_a_plan_without_the_sides_as_subject_keeps_no_sides(models):
    # negative: no "стороны" — the plan is not given the signing's sides
    text = SIDES_PLAN.replace("стороны договорились подготовить", "планируется подготовить")
    planned = [a for a in agreements_of(models, text, "2025-04-10") if a.status == "planned"]
    assert len(planned) == 1 and not planned[0].parties


@pytest.mark.slow
def test_cli_plan_of_the_sides(listed_rows):
    rows = listed_rows({"news.txt": "Соцзащита\n\n" + SIDES_PLAN}, "--format", "jsonl", "--limit",
                       "0")
    assert len(rows) == 1
    got = [(a["status"], [p["name"] for p in a["parties"]]) for a in rows[0]["agreements"]]
    side = ["Министерство социальной политики Калининградской области"]
    assert got == [("signed", side), ("planned", side)]



@pytest.mark.slow
def test_a_meeting_in_between_makes_the_sides_its_participants(models):
    # negative: "стороны" of a meeting told after the signing are not the signing's sides
    text = SIDES_PLAN.replace("Помимо этого, стороны", "На встрече с делегацией Тверской "
                              "области стороны")
    planned = [a for a in agreements_of(models, text, "2025-04-10") if a.status == "planned"]
    assert len(planned) == 1 and not planned[0].parties
