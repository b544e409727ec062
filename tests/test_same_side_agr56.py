"""agr56: one shared "same side, other name" test and the extras it and two small passes
remove.

- ``party_identity.other_name`` / ``party_identity.same_side``: one side named two ways (shorter, an
  acronym inside or for the whole name, one «quoted» name after another legal form, the
  kind noun alone, the same name placed on one side only, a town for the body governing
  it), used by every merge rule that asks it;
- agr56 also reads an acronym at the end of a name whose place is left out ("Отделение
  СФР", ``party_identity.acronym_without_place``, the fund's legal name read as its everyday
  one, ``lexicon_sides.EVERYDAY_NAMES``);
- a region named by an alias beside a body of it is no side of its own
  (``coreference.regions_beside_bodies``);
- the preparation of an agreement told after its signing is no plan
  (``merge_rules.preparation_of_signed``);
- a reader's comment stamped with the day and month in words opens the comment thread
  (``merge._COMMENT_WORD_STAMP``; its rows are in test_agreements_agr58's table of comment
  stamps).
"""

from __future__ import annotations

import pytest
from probes import agreements_of, named_rows, party_names, side

from soccoop.extract.party_identity import WAYS, other_name, region_for_body, same_side

PUB = "2024-03-12"


# (p, p's regions, q, q's regions, the way expected or None)
SAME_SIDE = [
    # a short name and the full one
    ("Министерство труда России", (), "Министерство труда и социальной защиты Российской "
     "Федерации", (), "shorter"),
    # an acronym inside, with the place on both sides
    ("Отделение СФР по Омской области", ("RU-OMS",), "Отделение Социального фонда России "
     "по Омской области", ("RU-OMS",), "acronym inside"),
    # an acronym and its full name, the full one with its eponym
    ("ОмГУ", (), "Омский государственный университет имени Ф. М. Достоевского", ("RU-OMS",),
     "acronym of name"),
    ("Омский государственный университет имени Ф. М. Достоевского", ("RU-OMS",), "ОмГУ", (),
     "acronym of name"),
    # one quoted name, the legal form written out or not
    ("АНО «Добрые соседи»", (), "Автономная некоммерческая организация «Добрые соседи»", (),
     "same quoted name"),
    # the kind noun alone
    ("комитет", (), "Комитет по социальной политике Санкт-Петербурга", ("RU-SPE",),
     "kind noun alone"),
    # the same name with and without the place
    ("Тверской государственный университет", (), "Тверской государственный университет",
     ("RU-TVE",), "one placed"),
    # a district for the body governing it
    ("Оршанский район", ("RU-TVE",), "Администрация Оршанского района", ("RU-TVE",),
     "place of body"),
    # an acronym at the end, the place left out; the legal name read as the everyday one
    ("Отделение СФР", (), "Отделение Социального фонда России по Омской области",
     ("RU-OMS",), "acronym without place"),
    ("Отделение Фонда пенсионного и социального страхования Российской Федерации по Омской "
     "области", ("RU-OMS",), "Отделение СФР", (), "acronym without place"),
    ("Отделение СФР", (), "Отделение Банка России по Омской области", ("RU-OMS",), None),
    ("Управление ФНС", (), "Управление Федеральной налоговой службы по Омской области",
     ("RU-OMS",), "acronym without place"),
    ("Управление ФНС", (), "Управление Федеральной налоговой службы Омской области",
     ("RU-OMS",), None),  # no place after the spelled words
    # a body and its region are no such pair between two mentions: a region may be a side
    # of its own (the governments' agreement and the ministries' one are two)
    ("Кузбасс", ("RU-KEM",), "Министерство социальной защиты населения Кузбасса",
     ("RU-KEM",), None),
    # not the same side
    ("Министерство труда Омской области", ("RU-OMS",), "Министерство труда Томской "
     "области", ("RU-TOM",), None),
    ("Омский педагогический университет", ("RU-OMS",), "Омский государственный "
     "университет", ("RU-OMS",), None),
    ("Кузбасс", ("RU-KEM",), "Министерство труда Новосибирской области", ("RU-NVS",), None),
    # a town is not its region's body: "Кемерово" may be the city's administration
    ("Кемерово", ("RU-KEM",), "Министерство социальной защиты населения Кузбасса",
     ("RU-KEM",), None),
    # a region is no company of it
    ("Кузбасс", ("RU-KEM",), "ООО «Кузбасский хлеб»", ("RU-KEM",), None),
    ("АНО «Добрые соседи»", (), "АНО «Старшее поколение»", (), None),
]


@pytest.mark.slow  # a side's key reads the morphology
@pytest.mark.parametrize("p,pr,q,qr,way", SAME_SIDE, ids=[f"{r[0]}~{r[2]}" for r in SAME_SIDE])
def test_same_side_other_name(models, p, pr, q, qr, way):
    a, b = side(models, p, *pr), side(models, q, *qr)
    assert other_name(a, b, models) == way
    assert same_side(a, b, models) == (way is not None)
    assert same_side(b, a, models) == same_side(a, b, models)  # asked both ways round


def test_ways_are_named_once():
    names = [name for name, _ in WAYS]
    assert len(names) == len(set(names))


REGION_FOR_BODY = [
    ("Приморье", ("RU-PRI",), "Министерство труда и социальной политики Приморского края",
     ("RU-PRI",), True),
    ("Кузбасс", ("RU-KEM",), "Министерство социальной защиты населения Кузбасса",
     ("RU-KEM",), True),
    ("Югра", ("RU-KHM",), "Департамент труда и социальной защиты населения Югры",
     ("RU-KHM",), True),
    # a town is not its region's body: "Кемерово" may be the city's administration
    ("Кемерово", ("RU-KEM",), "Министерство социальной защиты населения Кузбасса",
     ("RU-KEM",), False),
    ("Кузбасс", ("RU-KEM",), "Министерство труда Новосибирской области", ("RU-NVS",), False),
    ("Кузбасс", ("RU-KEM",), "ООО «Кузбасский хлеб»", ("RU-KEM",), False),
    ("Татарстан", ("RU-TA",), "город Казань", ("RU-TA",), False),
]


@pytest.mark.parametrize("p,pr,q,qr,expected", REGION_FOR_BODY,
                         ids=[f"{r[0]}~{r[2]}" for r in REGION_FOR_BODY])
def test_region_for_body(models, p, pr, q, qr, expected):
    region, body = side(models, p, *pr), side(models, q, *qr)
    assert region_for_body(region, body) == expected
    assert not region_for_body(body, region)  # directional: the region stands for the body


SIGNED = ("В четверг министерство социальной защиты населения Кузбасса и Кемеровская "
          "областная организация Всероссийского общества слепых подписали соглашение о "
          "сотрудничестве. ")

ONE_SIGNING = named_rows([
    ("preparation_after_signing",
     SIGNED + "По словам министра, при разработке соглашения министерство изучило опыт "
     "соседних регионов."),
    ("preparation_in_the_course_of",
     SIGNED + "В ходе подготовки соглашения стороны провели три встречи с активистами."),
])


@pytest.mark.parametrize("text", ONE_SIGNING)
def test_one_signing_no_extra(models, text):
    found = agreements_of(models, text, PUB)
    assert len(found) == 1, [(a.status, party_names(a)) for a in found]
    assert found[0].status == "signed"


def test_region_alias_beside_its_body_is_dropped(models):
    """``coreference.regions_beside_bodies`` with ``party_identity.region_for_body``."""
    text = ("Кузбасс и министерство социальной защиты населения Кузбасса подписали соглашение "
            "с Кемеровской областной организацией Всероссийского общества слепых.")
    found = agreements_of(models, text, PUB)
    assert found and "Кузбасс" not in party_names(found[0]), [party_names(a) for a in found]


def test_preparation_still_to_come_stays_a_plan(models):
    text = SIGNED + "Разработка соглашения с Новосибирской областью продолжится в апреле."
    statuses = sorted(a.status for a in agreements_of(models, text, PUB))
    assert statuses == ["planned", "signed"]


# The comment stamps in words (``merge._COMMENT_WORD_STAMP``) are rows of
# test_agreements_agr58.THREADS, one table of comment stamps.


LIST_WITH_EPONYM = named_rows([
    ("initials_spaced",
     "Министр социальной защиты Тверской области Ирина Волкова подписала соглашения с "
     "министерством социального развития Псковской области, Тверским государственным "
     "университетом им. А. Н. Островского и Тверским региональным отделением Российского "
     "Красного Креста.", 3),
    ("two_members_after_eponym",
     "Министерство труда Омской области заключило соглашения с Омским государственным "
     "университетом им. Ф. М. Достоевского, Омским отделением Всероссийского общества "
     "инвалидов и ООО «Омский хлеб».", 3),
])


@pytest.mark.parametrize("text,count", LIST_WITH_EPONYM)
def test_list_goes_on_after_an_abbreviated_eponym(models, text, count):
    """agr56: ``agreements._abbreviation_dot``: the full stops of "им. А. Н." end no list."""
    found = agreements_of(models, text, PUB)
    assert len(found) == count, [party_names(a) for a in found]
    assert all(len(a.parties) == 2 for a in found), [party_names(a) for a in found]
