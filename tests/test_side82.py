"""side82: a planned record naming only its partner, on a page whose records of two or more
sides share one body, is that body's plan (``merge_extra.lone_plans_take_common_side``).
The scorer pairs gold and records greedily by a loose match of sides, so a plan of one side
is read as some other agreement's and costs its status and date; with both sides it pairs
with its own. The sentences are invented."""

from __future__ import annotations

import pytest
from probes import agreement, agreements_of, named_rows

from soccoop.extract.merge_extra import DatedRecords, _common_side, lone_plans_take_common_side

PUB = "2025-03-12"

OMSK = "Министерство труда и социального развития Омской области"

FORUM = ("Омск, 12 марта 2025\n\n"
         "Министерство труда и социального развития Омской области подписало на форуме два "
         "соглашения. Первое — с Департаментом социальной защиты населения Курганской "
         "области, второе — с Омским государственным университетом. ")

PAGES = [
    # positive: on main the plan kept the department of Tomsk as its only side
    ("another_one_with_a_dash", FORUM + "Еще одно соглашение — с Департаментом социальной "
     "защиты населения Томской области — планируется подписать осенью.",
     "Департамент социальной защиты населения Томской области", True),
    # positive: no subject at all
    ("next_step_with_a_ministry", FORUM + "Следующим шагом станет соглашение с "
     "Министерством труда и социального развития Новосибирской области: его подписание "
     "запланировано на осень.",
     "Министерство труда и социального развития Новосибирской области", True),
    # negative: a region named bare may be the regions' own plan
    ("next_step_with_a_region", FORUM + "Следующим шагом станет соглашение с "
     "Новосибирской областью: его подписание запланировано на осень.",
     "Новосибирская область", False),
]


@pytest.mark.parametrize("text, partner, with_common", named_rows(PAGES))
def test_plan_takes_the_common_side(models, text, partner, with_common):
    found = agreements_of(models, text, PUB)
    plans = [a for a in found if a.status == "planned"
             and any(p.name == partner for p in a.parties)]
    assert plans, [(a.status, [p.name for p in a.parties]) for a in found]
    assert (OMSK in {p.name for p in plans[0].parties}) is with_common, \
        [p.name for p in plans[0].parties]
    assert len(plans[0].parties) == (2 if with_common else 1)


def _agreement(status, sides, at=0):
    return agreement(status, sides, at=at)


MIN = (OMSK, "RU-OMS")
KGN = ("Департамент социальной защиты населения Курганской области", "RU-KGN")
UNI = ("Омский государственный университет", "RU-OMS")
TOM = ("Департамент социальной защиты населения Томской области", "RU-TOM")
NSK = ("Министерство труда Новосибирской области", "RU-NVS")
GOV = ("Правительство Омской области", "RU-OMS")
OMSK_BARE = ("Омская область", "RU-OMS")
KGN_BARE = ("Курганская область", "RU-KGN")

# (case, records, index of the record looked at, its sides after)
RECORDS = [
    ("plan_of_a_partner_takes_the_ministry",
     [_agreement("signed", [MIN, KGN]), _agreement("signed", [MIN, UNI]),
      _agreement("planned", [TOM])], 2, [OMSK, TOM[0]]),
    ("common_side_held_by_a_recalled_record",
     [_agreement("signed", [MIN, KGN]), _agreement("mentioned", [MIN, UNI]),
      _agreement("planned", [NSK])], 2, [OMSK, NSK[0]]),
    # negatives
    ("plan_of_a_body_of_the_same_region",
     [_agreement("signed", [MIN, KGN]), _agreement("mentioned", [MIN, UNI]),
      _agreement("planned", [GOV])], 2, [GOV[0]]),
    ("plan_of_a_region_named_bare",
     [_agreement("signed", [MIN, KGN]), _agreement("signed", [MIN, UNI]),
      _agreement("planned", [("Томская область", "RU-TOM")])], 2, ["Томская область"]),
    ("plan_of_a_common_noun",
     [_agreement("signed", [MIN, KGN]), _agreement("signed", [MIN, UNI]),
      _agreement("planned", [("рабочая группа", None)])], 2, ["рабочая группа"]),
    ("common_side_held_once_only",
     [_agreement("signed", [MIN, KGN]), _agreement("signed", [GOV, UNI]),
      _agreement("planned", [TOM])], 2, [TOM[0]]),
    ("two_sides_held_as_often",
     [_agreement("signed", [MIN, KGN]), _agreement("signed", [MIN, KGN]),
      _agreement("planned", [TOM])], 2, [TOM[0]]),
    ("a_recalled_agreement_of_one_side",
     [_agreement("signed", [MIN, KGN]), _agreement("signed", [MIN, UNI]),
      _agreement("mentioned", [TOM])], 2, [TOM[0]]),
    ("a_signed_record_of_one_side",
     [_agreement("signed", [MIN, KGN]), _agreement("signed", [MIN, UNI]),
      _agreement("signed", [NSK])], 2, [NSK[0]]),
    ("a_plan_of_two_sides",
     [_agreement("signed", [MIN, KGN]), _agreement("signed", [MIN, UNI]),
      _agreement("planned", [TOM, NSK])], 2, [TOM[0], NSK[0]]),
    ("the_plan_is_the_common_side_itself",
     [_agreement("signed", [MIN, KGN]), _agreement("signed", [MIN, UNI]),
      _agreement("planned", [MIN])], 2, [OMSK]),
    ("partner_already_planned_with_it",
     [_agreement("signed", [MIN, KGN]), _agreement("planned", [MIN, TOM]),
      _agreement("planned", [TOM])], 2, [TOM[0]]),
    ("a_region_named_bare_is_no_common_body",
     [_agreement("mentioned", [OMSK_BARE, KGN_BARE]), _agreement("signed", [OMSK_BARE, UNI]),
      _agreement("planned", [TOM])], 2, [TOM[0]]),
]


@pytest.mark.parametrize("records, at, sides", named_rows(RECORDS))
def test_lone_plans_take_common_side(records, at, sides):
    lone_plans_take_common_side(DatedRecords(records))
    assert [p.name for p in records[at].parties] == sides


def test_common_side_region_joins_the_plan():
    records = [_agreement("signed", [MIN, KGN]), _agreement("signed", [MIN, UNI]),
               _agreement("planned", [TOM])]
    lone_plans_take_common_side(DatedRecords(records))
    assert set(records[2].regions) == {"RU-OMS", "RU-TOM"}


def test_common_side_none_without_records_of_two_sides():
    assert _common_side([_agreement("planned", [TOM]), _agreement("signed", [NSK])]) is None


SIDE82_FUNCTIONS = [
    ("merge_extra", "lone_plans_take_common_side"), ("merge_extra", "_common_side"),
    ("merge_extra", "_partner_of_another_region"),
]


def test_docstrings_quote_no_dev_text() -> None:
    import probes

    quoted = probes.docstrings_quoting_dev_texts(SIDE82_FUNCTIONS)
    assert not quoted, quoted
