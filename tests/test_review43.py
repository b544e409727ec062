"""review43: code review, records unchanged. Each mechanism told twice is now told once:

- ``agreement_dates.DateStage.undated(status)``: the records of one status still without a
  date, with their sentence's index (a record before every sentence left out), read as the
  loop goes; the opening of the passes that date a signed, planned or mentioned record
  from its own sentence (``planned_occasion_day``, ``in_force_since_month``,
  ``season_of_mention``, ``year_of_named_occasion``, ``put_off_in_own_sentence``, the
  joining pass and the seven former callers of ``undated_signed``).
- ``sides._named_in_full``: a side stands for the one fuller body found for it, at its own
  place in the text (``fuller_body`` finds it by an abbreviated head, ``described_body``
  by a description).
- ``party_phrases.shared_unit_adjectives``: the plural adjectives right before a plural
  unit noun, shared by every unit (``municipal_bodies``, and in lower case only for
  ``coordinated_adjective_bodies``).
- ``signer_shapes._sentence_people``: the loop over a sentence's people that keeps the
  name closing a post after a dash (``_in_nodes``, ``item_person``).

The helper rows fail on main (the helpers are new there); the record rows guard the passes
the helpers now serve and give the same records on main. Every probe is invented here.
"""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Any

import probes
import pytest

from soccoop.extract.agreement_dates import DateStage
from soccoop.extract.party_phrases import shared_unit_adjectives
from soccoop.extract.sides import Side, _named_in_full
from soccoop.models import Agreement, Evidence

# --- DateStage.undated --------------------------------------------------------------------


def _record(status: str, date: str | None, start: int) -> Agreement:
    return Agreement("соглашение", status, date, [], [], [],
                     Evidence("соглашение", start, start + 10))


# (id, status asked, records as (status, date, start), indexes of the records yielded
# with their sentence's index); sentences start at 10 and 50
UNDATED = [
    ("planned-in-second", "planned",
     [("planned", None, 60), ("signed", None, 60)], [(0, 1)]),
    ("mentioned-in-first", "mentioned",
     [("mentioned", None, 12), ("planned", None, 12)], [(0, 0)]),
    # negatives: a date already, another status, a record before every sentence
    ("planned-dated", "planned", [("planned", "2024-06", 60)], []),
    ("mentioned-not-planned", "planned", [("mentioned", None, 60)], []),
    ("before-first-sentence", "mentioned", [("mentioned", None, 3)], []),
    ("order-kept", "signed",
     [("signed", None, 55), ("signed", None, 11)], [(0, 1), (1, 0)]),
]


@pytest.mark.parametrize(("case", "status", "records", "expected"), UNDATED,
                         ids=[r[0] for r in UNDATED])
def test_undated_records_of_a_status(case: str, status: str,
                                     records: list[tuple[str, str | None, int]],
                                     expected: list[tuple[int, int]]) -> None:
    made = [_record(*r) for r in records]
    sentences = [SimpleNamespace(start=10), SimpleNamespace(start=50)]
    stage = DateStage(SimpleNamespace(sentences=sentences), [], [], None,  # type: ignore[arg-type]
                      made)
    got = [(made.index(a), k) for a, k in stage.undated(status)]
    assert got == expected


def test_undated_reads_as_the_loop_goes() -> None:
    """A record a pass dates while the loop goes is not yielded after it."""
    first, second = _record("planned", None, 12), _record("planned", None, 60)
    stage = DateStage(SimpleNamespace(sentences=[SimpleNamespace(start=10)]),  # type: ignore[arg-type]
                      [], [], None, [first, second])
    seen = []
    for a, _ in stage.undated("planned"):
        seen.append(a)
        second.date = "2024-09"
    assert seen == [first]


# --- party_phrases.shared_unit_adjectives --------------------------------------------------


def _tokens(*words: tuple[str, str, str | None]) -> list[Any]:
    return [SimpleNamespace(text=w, pos=pos, feats={"Number": number} if number else {})
            for w, pos, number in words]


# "с местными администрациями Сосновского и Ольховского муниципальных округов"
BODY_UNITS = _tokens(("с", "ADP", None), ("местными", "ADJ", "Plur"),
                     ("администрациями", "NOUN", "Plur"), ("Сосновского", "ADJ", "Sing"),
                     ("и", "CCONJ", None), ("Ольховского", "ADJ", "Sing"),
                     ("муниципальных", "ADJ", "Plur"), ("округов", "NOUN", "Plur"))
# "с Верхним и Нижним муниципальными районами", and the same with the shared word
# capitalised
NAMED_UNITS = _tokens(("с", "ADP", None), ("Верхним", "ADJ", "Sing"), ("и", "CCONJ", None),
                      ("Нижним", "ADJ", "Sing"), ("муниципальными", "ADJ", "Plur"),
                      ("районами", "NOUN", "Plur"))
CAPITAL_SHARED = _tokens(("с", "ADP", None), ("Верхним", "ADJ", "Sing"), ("и", "CCONJ", None),
                         ("Нижним", "ADJ", "Sing"), ("Муниципальными", "ADJ", "Plur"),
                         ("районами", "NOUN", "Plur"))

# (id, tokens, floor, noun, lower_case, expected indexes)
SHARED = [
    ("body-units", BODY_UNITS, 3, 7, False, [6]),
    ("named-units-lower", NAMED_UNITS, 0, 5, True, [4]),
    ("capital-shared-any-case", CAPITAL_SHARED, 0, 5, False, [4]),
    # negatives: a capitalised shared word in lower-case mode, a singular adjective, the
    # floor reached
    ("capital-shared-lower", CAPITAL_SHARED, 0, 5, True, []),
    ("singular-before-noun", NAMED_UNITS, 0, 4, True, []),
    ("floor-reached", BODY_UNITS, 6, 7, False, []),
]


@pytest.mark.parametrize(("case", "toks", "floor", "noun", "lower_case", "expected"), SHARED,
                         ids=[r[0] for r in SHARED])
def test_shared_unit_adjectives(case: str, toks: list[Any], floor: int, noun: int,
                                lower_case: bool, expected: list[int]) -> None:
    assert shared_unit_adjectives(toks, floor, noun, lower_case=lower_case) == expected


# --- sides._named_in_full ------------------------------------------------------------------


def test_named_in_full_keeps_the_sides_place() -> None:
    full = Side("Министерство социальной защиты населения Энской области", ("XX",), 0, 55)
    short = Side("Минсоцзащиты Энской области", ("XX",), 120, 147)
    other = Side("фонд «Опора»", (), 150, 162)
    got = _named_in_full([short, other], lambda s: full if s is short else None)
    assert got == [Side(full.name, full.regions, 120, 147), other]


# --- records of the passes the helpers serve ----------------------------------------------

PUBLISHED = "2024-11-18"  # a Monday

# (id, text, the records' sides, each sorted, the list sorted)
SIDES = [
    ("named-districts",
     "Фонд «Родник» заключил соглашения о помощи пожилым людям с Верхним и Нижним "
     "муниципальными районами.",
     [["Верхний муниципальный район", "Фонд «Родник»"],
      ["Нижний муниципальный район", "Фонд «Родник»"]]),
    ("body-of-districts",
     "Фонд «Родник» заключил соглашения о помощи пожилым людям с местными администрациями "
     "Сосновского и Ольховского муниципальных округов.",
     [["Администрация Ольховского муниципального округа", "Фонд «Родник»"],
      ["Администрация Сосновского муниципального округа", "Фонд «Родник»"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("case", "text", "expected"), SIDES, ids=[r[0] for r in SIDES])
def test_sides_of_coordinated_units(models: Any, case: str, text: str,
                                    expected: list[list[str]]) -> None:
    got = sorted(sorted(probes.party_names(a)) for a in probes.agreements_of(models, text,
                                                                             PUBLISHED))
    assert got == expected


LEAD = "Новости\n\n"
NEWS = ("Отдел социальной защиты Тверской области и фонд «Ладья» подписали соглашение о "
        "помощи одиноким пенсионерам 5 ноября. ")

# (id, text, a word of the record's sides, its expected status and date)
DATES = [
    # in_force_since_month (``undated("mentioned")``)
    ("in-force-since-month",
     LEAD + NEWS + "С мая уже действует соглашение отдела с Тверским педагогическим "
     "колледжем.\n",
     "колледж", ("mentioned", "2024-05")),
    # negative: in force ahead is no month it has been in force since
    ("in-force-ahead",
     LEAD + NEWS + "Соглашение отдела с Тверским педагогическим колледжем будет действовать "
     "с мая.\n",
     "колледж", ("mentioned", None)),
    # planned_occasion_day (``undated("planned")``): the visit's day told before, ahead
    ("occasion-ahead",
     LEAD + "Делегация министерства социального развития Тверской области в четверг "
     "приедет в Кострому. Итогом визита станет подписание соглашения с департаментом "
     "социальной защиты Костромской области.\n",
     "департамент", ("planned", "2024-11-21")),
    # negative: the day of a visit held is when the plan was made
    ("occasion-held",
     LEAD + "Делегация министерства социального развития Тверской области в понедельник "
     "побывала в Костроме. Итогом визита стало решение подписать соглашение с "
     "профильным департаментом социальной защиты Костромской области.\n",
     "департамент", ("planned", None)),
]


@pytest.mark.slow
@pytest.mark.parametrize(("case", "text", "word", "expected"), DATES,
                         ids=[r[0] for r in DATES])
def test_dates_of_undated_records(models: Any, case: str, text: str, word: str,
                                  expected: tuple[str, str | None]) -> None:
    got = [(a.status, a.date) for a in probes.agreements_of(models, text, PUBLISHED)
           if any(word in n.lower() for n in probes.party_names(a))]
    assert got == [expected]


def test_no_dev_text_quoted() -> None:
    """The docstrings of the helpers and of the passes they serve, and this file's probes,
    share no run of words with a dev text (the shared check in tests/probes.py)."""
    probes.check_no_dev_text_quoted(__file__, [
        ("agreement_dates", "planned_occasion_day"),
        ("agreement_dates", "in_force_since_month"),
        ("agreement_dates", "season_of_mention"),
        ("agreement_dates", "year_of_named_occasion"),
        ("agreement_dates", "put_off_in_own_sentence"),
        ("sides", "_named_in_full"),
        ("sides", "fuller_body"),
        ("sides", "described_body"),
        ("party_phrases", "shared_unit_adjectives"),
        ("party_phrases", "coordinated_adjective_bodies"),
        ("party_phrases", "municipal_bodies"),
        ("signer_shapes", "_sentence_people"),
        ("signer_shapes", "_in_nodes"),
        ("signer_shapes", "item_person"),
    ])
    doc = DateStage.undated.__doc__ or ""  # a method: checked here, not by name
    assert re.search("[а-яё]", doc) and not probes._word_runs(doc) & probes.dev_text_runs()
