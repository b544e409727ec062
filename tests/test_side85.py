"""side85: one-sided records. A record naming only its partner, on a page whose records of two
or more sides share one body, is that body's in two more cases than side82's plans:

- a recalled agreement with a year of its own whose one side is a body of another region
  (``merge_extra.lone_mentions_take_common_side``): "Действует и соглашение с министерством
  Алтайского края, заключённое в 2021 году" in a ministry's report;
- a plan whose one side is another region named bare
  (``merge_extra.bare_region_plans_take_common_side``): "Следующим шагом станет соглашение с
  Томской областью".

The texts are invented."""

from __future__ import annotations

import probes
import pytest
from probes import agreements_of, named_rows

from soccoop.extract.merge_extra import (
    DatedRecords,
    bare_region_plans_take_common_side,
    lone_mentions_take_common_side,
)
from soccoop.models import Agreement, Evidence, Party

PUB = "2025-05-05"

OMSK = "Министерство труда и социального развития Омской области"

REPORT = ("Омск, 5 мая 2025 года.\n\nМинистерство подвело итоги форума\n\n"
          "Министерство труда и социального развития Омской области подписало на форуме два "
          "соглашения. Первое — с Департаментом социальной защиты населения Курганской "
          "области, второе — с Омским государственным университетом. ")

# (case, page, status of the record looked at, its partner, is the common body its side)
PAGES = [
    # positives: on main the record kept its partner only
    ("recalled_with_its_year", REPORT + "Действует и соглашение с министерством труда "
     "Алтайского края, заключённое в 2022 году.", "mentioned",
     "Министерство труда Алтайского края", True),
    ("recalled_in_a_participle_clause", REPORT + "В рамках соглашения с Министерством "
     "социальной защиты Республики Алтай, подписанного в 2021 году, специалисты прошли "
     "стажировки.", "mentioned", "Министерство социальной защиты Республики Алтай", True),
    ("plan_with_a_region_named_bare", REPORT + "Следующим шагом станет соглашение с "
     "Томской областью: его планируется подписать осенью.", "planned", "Томская область",
     True),
    ("plan_with_a_republic_named_bare", REPORT + "К весне ведомство рассчитывает подписать "
     "документ и с Республикой Алтай.", "planned", "Республика Алтай", True),
    # negatives
    ("recalled_without_a_year", REPORT + "Соглашение с Министерством социальной защиты "
     "Республики Алтай касается стажировок.", "mentioned",
     "Министерство социальной защиты Республики Алтай", False),
    ("recalled_body_of_the_same_region", REPORT + "Действует и соглашение с Отделением "
     "Социального фонда России по Омской области, заключённое в 2022 году.", "mentioned",
     "Отделение Социального фонда России по Омской области", False),
]


@pytest.mark.parametrize("text, status, partner, with_common", named_rows(PAGES))
def test_lone_record_takes_the_common_side(models, text, status, partner, with_common):
    found = agreements_of(models, text, PUB)
    mine = [a for a in found if a.status == status and any(p.name == partner for p in a.parties)]
    assert mine, [(a.status, [p.name for p in a.parties]) for a in found]
    names = [p.name for p in mine[0].parties]
    assert (OMSK in names) is with_common, names
    assert len(names) == (2 if with_common else 1), names


def test_a_plan_with_the_common_bodys_own_region_takes_no_side(models):
    """The Omsk ministry's plan "с Омской областью" is a misread side: no record of the
    ministry with its own region is made."""
    text = REPORT + "Следующим шагом станет соглашение с Омской областью: его планируется " \
        "подписать осенью."
    for a in agreements_of(models, text, PUB):
        names = {p.name for p in a.parties}
        assert not (OMSK in names and "Омская область" in names), names


def _agreement(status, sides, date=None):
    return Agreement("Соглашение", status, date, [Party(n, r) for n, r in sides], [],
                     sorted({r for _, r in sides if r}), Evidence("", 0, 1))


MIN = (OMSK, "RU-OMS")
KGN = ("Департамент социальной защиты населения Курганской области", "RU-KGN")
UNI = ("Омский государственный университет", "RU-OMS")
ALT = ("Министерство труда Алтайского края", "RU-ALT")
SFR = ("Отделение Социального фонда России по Омской области", "RU-OMS")
TOM_BARE = ("Томская область", "RU-TOM")
OMSK_BARE = ("Омская область", "RU-OMS")
FUND = ("Фонд «Заря»", None)
SIGNED = [_agreement("signed", [MIN, KGN]), _agreement("signed", [MIN, UNI])]

# (case, pass, records, index looked at, its sides after)
RECORDS = [
    ("dated_mention_of_another_region", lone_mentions_take_common_side,
     [*SIGNED, _agreement("mentioned", [ALT], "2021")], 2, [OMSK, ALT[0]]),
    ("plan_of_another_region_named_bare", bare_region_plans_take_common_side,
     [*SIGNED, _agreement("planned", [TOM_BARE])], 2, [OMSK, TOM_BARE[0]]),
    # negatives
    ("undated_mention", lone_mentions_take_common_side,
     [*SIGNED, _agreement("mentioned", [ALT])], 2, [ALT[0]]),
    ("dated_mention_of_the_same_region", lone_mentions_take_common_side,
     [*SIGNED, _agreement("mentioned", [SFR], "2021")], 2, [SFR[0]]),
    ("dated_mention_of_a_region_named_bare", lone_mentions_take_common_side,
     [*SIGNED, _agreement("mentioned", [TOM_BARE], "2021")], 2, [TOM_BARE[0]]),
    ("dated_mention_already_held", lone_mentions_take_common_side,
     [*SIGNED, _agreement("mentioned", [MIN, ALT], "2020"),
      _agreement("mentioned", [ALT], "2021")], 3, [ALT[0]]),
    ("common_body_of_no_region", lone_mentions_take_common_side,
     [_agreement("signed", [("Фонд «Рассвет»", None), KGN]),
      _agreement("signed", [("Фонд «Рассвет»", None), UNI]),
      _agreement("mentioned", [ALT], "2021")], 2, [ALT[0]]),
    ("dated_signing_of_one_side", lone_mentions_take_common_side,
     [*SIGNED, _agreement("signed", [ALT], "2025-05-04")], 2, [ALT[0]]),
    ("plan_of_the_common_bodys_region", bare_region_plans_take_common_side,
     [*SIGNED, _agreement("planned", [OMSK_BARE])], 2, [OMSK_BARE[0]]),
    ("plan_of_a_body_is_side82s", bare_region_plans_take_common_side,
     [*SIGNED, _agreement("planned", [FUND])], 2, [FUND[0]]),
    ("mention_of_a_region_named_bare", bare_region_plans_take_common_side,
     [*SIGNED, _agreement("mentioned", [TOM_BARE], "2021")], 2, [TOM_BARE[0]]),
    ("common_body_held_once", bare_region_plans_take_common_side,
     [_agreement("signed", [MIN, KGN]), _agreement("planned", [TOM_BARE])], 1,
     [TOM_BARE[0]]),
]


@pytest.mark.parametrize("run, records, at, sides", named_rows(RECORDS))
def test_record_passes(run, records, at, sides):
    run(DatedRecords(records))
    assert [p.name for p in records[at].parties] == sides


def test_the_common_bodys_region_joins_the_record():
    records = [*SIGNED, _agreement("mentioned", [ALT], "2021")]
    lone_mentions_take_common_side(DatedRecords(records))
    assert set(records[2].regions) == {"RU-OMS", "RU-ALT"}


SIDE85_FUNCTIONS = [
    ("merge_extra", "lone_mentions_take_common_side"),
    ("merge_extra", "bare_region_plans_take_common_side"),
]


def test_docstrings_quote_no_dev_text() -> None:
    """The rules' examples are invented (the probes' pages name real bodies, whose names
    dev texts share, so only the docstrings are checked, as test_side82 does)."""
    quoted = probes.docstrings_quoting_dev_texts(SIDE85_FUNCTIONS)
    assert not quoted, quoted
