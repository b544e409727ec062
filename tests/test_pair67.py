"""pair67: agreements outside the social sphere, municipal partners, acronym twins.

- ``agreements.field_subject_bodies`` (side pass ``field_subject``): a body of sport,
  tourism or culture with a side of no field, about a subject naming nothing social, is no
  record ("инспекция по охране объектов культурного наследия и епархия ... о сохранении
  храмов");
- ``agreements.sideless_outside_social_sphere`` (side pass ``sideless_other_business``): an
  agreement with no side found, about a subject naming nothing social, is no record
  ("соглашение о передаче участка дороги в муниципальную собственность");
- ``party_phrases.shared_unit_adjectives``: "с администрациями Кетовского и Шадринского
  муниципальных районов" is two administrations, each "... муниципального района";
- ``agreement_sides.plural_head_units``: a fronted agreement noun ("Такие соглашения
  министерство планирует заключить с администрациями ...") still gets each unit's body;
- ``party_identity.initials_with_acronym``: "ОСФР по Курганской области" and "Отделение СФР"
  are one side, so a photo caption joins the signing told before.
"""

from __future__ import annotations

import pytest
from probes import agreements_of, named_rows

from soccoop.extract.agreement_types import _Party
from soccoop.extract.party_identity import initials_with_acronym

PUB = "2024-09-03"
HEAD = "Северные новости\n\n3 сентября 2024, 10:00\n\n"

OTHER_FIELD = named_rows([
    ("heritage_with_diocese",
     "Руководитель инспекции по охране объектов культурного наследия Вологодской области "
     "Иван Петров и секретарь епархии Сергей Иванов подписали соглашение о сотрудничестве в "
     "сфере сохранения объектов культурного наследия религиозного назначения.", 0),
    ("sport_ministry_with_federation",
     "Министерство спорта Вологодской области и Федерация хоккея Вологодской области "
     "подписали соглашение о развитии детско-юношеского хоккея.", 0),
    # negative: a subject of the social sphere keeps it
    ("adaptive_sport_kept",
     "Министерство спорта Вологодской области и Федерация хоккея Вологодской области "
     "подписали соглашение о развитии адаптивного спорта для детей-инвалидов.", 1),
    # negative: "о сотрудничестве" alone says nothing of the field
    ("bare_cooperation_kept",
     "Министерство спорта Вологодской области и Вологодская епархия подписали соглашение о "
     "сотрудничестве.", 1),
    ("road_transfer_without_sides",
     "Министерство и администрация округа договорились в августе заключить соглашение о "
     "передаче в муниципальную собственность старого участка дороги.", 0),
    ("subsidy_to_a_club_without_sides",
     "По словам министра, соглашение о предоставлении субсидии футбольному клубу на текущий "
     "год уже подписано.", 0),
    # negative: a side-less plan about social care stays (its subject singles it out)
    ("social_plan_without_sides_kept",
     "Министерство и администрация округа договорились в августе заключить соглашение о "
     "социальном обслуживании пожилых граждан.", 1),
])


@pytest.mark.parametrize(("body", "count"), OTHER_FIELD)
def test_agreements_outside_the_social_sphere(models, body, count):
    assert len(agreements_of(models, HEAD + body, PUB)) == count


MUNICIPAL = named_rows([
    ("shared_plural_adjective",
     "Министерство социальной политики Курганской области планирует заключить соглашения с "
     "администрациями Кетовского и Шадринского муниципальных районов."),
    ("fronted_object",
     "Такие соглашения министерство в ближайшее время планирует заключить с администрациями "
     "Кетовского и Шадринского муниципальных районов."),
])


@pytest.mark.parametrize("body", MUNICIPAL)
def test_each_district_of_a_plural_head_is_a_partner(models, body):
    agreements = agreements_of(models, HEAD + body, PUB)
    names = [p.name for a in agreements for p in a.parties]
    assert "Администрация Кетовского муниципального района" in names
    assert "Администрация Шадринского муниципального района" in names
    assert all(a.status == "planned" for a in agreements)


def test_shared_adjective_without_own_adjectives_is_no_split(models):
    # negative: one district only ("муниципальных" and no unit of its own) gives no pair
    body = ("Министерство социальной политики Курганской области планирует заключить "
            "соглашения с администрациями муниципальных районов.")
    names = [p.name for a in agreements_of(models, HEAD + body, PUB) for p in a.parties]
    assert not any("муниципального района" in n for n in names)


def _party(models, name, regions=()):
    return _Party(name, list(regions), 0, len(name), models)


@pytest.mark.parametrize(("short", "full", "same"), named_rows([
    ("folded_initial", "ОСФР по Курганской области", "региональное Отделение СФР", True),
    ("same_place", "ОСФР по Курганской области", "Отделение СФР по Курганской области", True),
    ("other_place", "ОСФР по Курганской области", "Отделение СФР по Омской области", False),
    ("other_initial", "ОСФР по Курганской области", "Управление СФР", False),
]))
def test_initials_with_acronym(models, short, full, same):
    assert initials_with_acronym(_party(models, short, ["RU-KGN"]), _party(models, full)) == same


# (id, body, the one record's status or None, side names it has, side name starts it lacks)
ONE_RECORD = named_rows([
    # a photo caption with the acronym joins the signing told before
    ("caption_with_acronym_joins_the_signing",
     "В завершение коллегии министр социальной защиты Курганской области Ирина "
     "Петрова и управляющий региональным Отделением СФР Татьяна Смирнова подписали "
     "соглашение об информационном взаимодействии.\n\n"
     "[Фото] Подписание соглашения между министерством и ОСФР по Курганской области.",
     None, [], ["ОСФР"]),
    ("lower_case_bodies_between",
     "По её словам, в рамках соглашения между областным департаментом социальной "
     "защиты населения и администрацией Кетовского района, подписанного в 2019 году, "
     "в районе работает «социальное такси».",
     "mentioned", ["Администрация Кетовского района"], []),
])


@pytest.mark.parametrize(("body", "status", "present", "absent"), ONE_RECORD)
def test_one_record_of_its_sides(models, body, status, present, absent):
    agreements = agreements_of(models, HEAD + body, PUB)
    assert len(agreements) == 1
    names = [p.name for p in agreements[0].parties]
    assert all(n in names for n in present)
    assert not any(n.startswith(a) for n in names for a in absent)
    assert status is None or agreements[0].status == status
