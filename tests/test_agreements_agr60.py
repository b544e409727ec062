"""agr60: plans told through their draft, and a plan apart from a signing of the same body.

- verbs of negotiating a draft (``lexicon.SUBJECT_VERBS``: "обсудить", "проработать")
  have the agreement's sides as their subjects, as drafting verbs do: "X и Y
  обсудили проект соглашения" is X and Y's planned agreement, also after another plan of
  other sides (a digest's next item), not a mention of that plan;
- a plan whose sides are also named bare by their regions ("Курская и Белгородская области
  подпишут соглашение") is not the signing, told next, of one of its bodies with another
  partner of the same region (``merge_rules.other_partner_beside_region_names``).
"""

from __future__ import annotations

import pytest
from probes import agreements_of, named_rows, party_names

PUB = "2025-03-14"

# (id, text, words each of the plan's sides must hold, in order)
DRAFT_SIDES = named_rows([
    ("discussed_draft",
     "Министерство социальной защиты Омской области и министерство труда Республики Алтай "
     "обсудили проект соглашения о сотрудничестве в сфере социального обслуживания.",
     ("Омской", "Алтай")),
    ("agreed_text",
     "Департамент социального развития Курганской области и Курганский государственный "
     "университет согласовали текст соглашения о подготовке социальных работников.",
     ("Курганской", "университет")),
    ("working_through",
     "Министерство социального развития Кировской области и министерство социальной защиты "
     "Удмуртской Республики прорабатывают проект соглашения о социальном туризме.",
     ("Кировской", "Удмуртской")),
    ("after_another_plan",
     "Комитет по социальной защите Тверской области планирует подписать соглашение с "
     "Тверским государственным университетом. Со стороны комитета соглашение подпишет его "
     "председатель. Министерство социальной политики Калужской области и министерство "
     "социальной защиты Брянской области обсудили в режиме видеоконференции проект "
     "соглашения о сотрудничестве. Дата подписания пока не определена.",
     ("Калужской", "Брянской")),
    ("worked_after_another_plan",
     "Департамент труда Ярославской области готовит соглашение с Ярославским "
     "государственным университетом. Соглашение подпишут в апреле. Департамент социальной "
     "защиты Костромской области и министерство социального развития Ивановской области "
     "проработали проект соглашения о межрегиональном сотрудничестве.",
     ("Костромской", "Ивановской")),
])


@pytest.mark.parametrize("text,words", DRAFT_SIDES)
def test_draft_negotiated_by_its_sides(models, text, words):
    found = agreements_of(models, text, PUB)
    names = [party_names(a) for a in found]
    hits = [a for a in found if all(any(w in p.name for p in a.parties) for w in words)]
    assert hits, names
    assert hits[0].status == "planned", (hits[0].status, names)
    assert len(hits[0].parties) == len(words), names


def test_participants_of_a_meeting_are_no_sides(models):
    """The subject is read for sides only when it names them: "участники совещания" is no
    body, and the sides stay those "между" names."""
    text = ("Участники совещания обсудили проект соглашения между министерством социальной "
            "защиты Омской области и министерством труда Республики Алтай.")
    found = agreements_of(models, text, PUB)
    names = [party_names(a) for a in found]
    assert len(found) == 1, names
    assert not any("частник" in p.name for p in found[0].parties), names


# (id, text, the plan's partner, the signing's partner, number of records)
PLAN_BESIDE_SIGNING = named_rows([
    ("regions_in_headline",
     "Курская и Белгородская области подпишут соглашение о сотрудничестве\n\n"
     "Проект соглашения между министерством социальной защиты Курской области и "
     "министерством труда Белгородской области направлен на согласование. На прошлой "
     "неделе министерство социальной защиты Курской области и Курский государственный "
     "университет подписали соглашение о практике студентов.",
     "Белгородской", "университет", 2),
])


@pytest.mark.parametrize("text,plan,signing,count", PLAN_BESIDE_SIGNING)
def test_plan_apart_from_signing_of_its_body(models, text, plan, signing, count):
    found = agreements_of(models, text, PUB)
    names = [party_names(a) for a in found]
    assert len(found) == count, names
    planned = [a for a in found if a.status == "planned"]
    signed = [a for a in found if a.status == "signed"]
    assert planned and any(plan in p.name for p in planned[0].parties), names
    assert not any(signing in p.name for p in planned[0].parties), names
    assert signed and any(signing in p.name for p in signed[0].parties), names
    assert not any(plan in p.name for p in signed[0].parties), names


# (id, text, the side the region adjective's member must give, or None for no such side)
REGION_ADJECTIVE_MEMBERS = named_rows([
    ("ministry_named_before",
     "Делегация министерства социальных отношений Челябинской области посетила "
     "Екатеринбург. Соглашение между челябинским министерством и Южно-Уральским "
     "государственным университетом будет подписано весной.",
     "Министерство социальных отношений Челябинской области"),
    ("department_named_in_a_post",
     "На встрече выступила директор департамента социальной защиты населения Курганской "
     "области Анна Белова. В ближайшее время будет заключено соглашение между курганским "
     "департаментом и Курганским государственным университетом.",
     "Департамент социальной защиты населения Курганской области"),
    ("no_body_named_before",
     "Соглашение между челябинским министерством и Южно-Уральским государственным "
     "университетом будет подписано весной.",
     None),
    ("two_bodies_of_the_head",
     "Делегации министерства социальных отношений Челябинской области и министерства "
     "здравоохранения Челябинской области посетили Екатеринбург. Соглашение между "
     "челябинским министерством и Южно-Уральским государственным университетом будет "
     "подписано весной.",
     None),
])


@pytest.mark.parametrize("text,side", REGION_ADJECTIVE_MEMBERS)
def test_region_adjective_member_of_between(models, text, side):
    found = agreements_of(models, text, PUB)
    names = [party_names(a) for a in found]
    hits = [a for a in found if any("университет" in p.name for p in a.parties)]
    assert len(hits) == 1, names
    got = [p.name for p in hits[0].parties if "университет" not in p.name]
    assert got == ([side] if side else []), names

