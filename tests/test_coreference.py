"""The coreference passes of agreement mentions (extract/coreference.py): named, documented,
run by one loop in the order the development log (docs/development-log.md) lists, and the
loop end to end."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from probes import agreements_of, party_names

from soccoop.extract import coreference, merge
from soccoop.extract.coreference import (
    MENTION_PASSES,
    RECORD_PASSES,
    SIDE_PASSES,
    Pass,
    run_passes,
)

DEV_LOG = Path(__file__).resolve().parent.parent / "docs" / "development-log.md"
ALL_PASSES = MENTION_PASSES + SIDE_PASSES + RECORD_PASSES
CYRILLIC = re.compile(r"[А-Яа-яЁё]{3,}")


@pytest.mark.parametrize("p", ALL_PASSES, ids=lambda p: p.name)
def test_every_pass_is_named_and_documented_with_a_russian_example(p):
    assert re.fullmatch(r"[a-z][a-z_]*", p.name)
    assert p.run.__name__ == p.name  # the name says which function runs
    doc = p.run.__doc__ or ""
    assert len(doc.split()) >= 8
    assert CYRILLIC.search(doc), f"{p.name}: no Russian example in its docstring"


def test_pass_names_are_unique():
    names = [p.name for p in ALL_PASSES]
    assert len(names) == len(set(names))


def _readme_list(heading: str, intro: str) -> list[str]:
    """The pass names of the numbered list after ``intro`` in the development log's section."""
    text = DEV_LOG.read_text(encoding="utf-8")
    start = text.index(heading)
    start = text.index(intro, start)
    names: list[str] = []
    for line in text[start:].splitlines()[1:]:
        m = re.match(r"\d+\. `([a-z_]+)`", line)
        if m:
            names.append(m.group(1))
        elif names and not line.strip():
            break
    return names


def test_the_development_log_lists_the_passes_in_the_order_they_run():
    heading = "**Coreference of agreement mentions (coref).**"
    assert _readme_list(heading, "(`MENTION_PASSES`)") == [p.name for p in MENTION_PASSES]
    assert _readme_list(heading, "(`SIDE_PASSES`)") == [p.name for p in SIDE_PASSES]
    assert _readme_list(heading, "(`RECORD_PASSES`)") == [p.name for p in RECORD_PASSES]


def test_the_passes_in_the_module_are_defined_in_the_order_of_the_tuple():
    """Reading the module top to bottom gives the order the passes run in."""
    source = Path(coreference.__file__).read_text(encoding="utf-8")
    for passes in (MENTION_PASSES, SIDE_PASSES, RECORD_PASSES):
        assert passes
        at = [source.index(f"\ndef {p.name}(") for p in passes]
        assert at == sorted(at)


@dataclass
class _Toy:
    seen: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)


def test_the_loop_runs_each_pass_once_in_the_tuple_order_on_one_state():
    def upper(s: _Toy) -> None:
        s.seen.append("upper")
        s.words = [w.upper() for w in s.words]

    def drop_short(s: _Toy) -> None:
        s.seen.append("drop_short")
        s.words = [w for w in s.words if len(w) > 2]

    state = _Toy(words=["да", "соглашение"])
    out = run_passes((Pass("upper", upper), Pass("drop_short", drop_short)), state)
    assert out is state
    assert state.seen == ["upper", "drop_short"]
    assert state.words == ["СОГЛАШЕНИЕ"]
    again = run_passes((Pass("drop_short", drop_short), Pass("upper", upper)),
                       _Toy(words=["ок", "договор"]))
    assert again.seen == ["drop_short", "upper"] and again.words == ["ДОГОВОР"]


@dataclass
class _Droppable:
    seen: list[str] = field(default_factory=list)
    dropped: bool = False


def test_the_loop_stops_at_the_pass_that_drops_the_state():
    def look(s: _Droppable) -> None:
        s.seen.append("look")

    def drop(s: _Droppable) -> None:
        s.seen.append("drop")
        s.dropped = True

    out = run_passes((Pass("look", look), Pass("drop", drop), Pass("look", look)), _Droppable())
    assert out.seen == ["look", "drop"] and out.dropped


# A new agreement "в развитие" an older one of other sides: the older one's sides are not
# the new one's (nested_agreement_sides).
NESTED = ("Министерство труда Курской области и Министерство социального развития Орловской "
          "области подписали соглашение о сотрудничестве.\n"
          "Соглашение заключено в развитие соглашения между правительствами Курской и "
          "Белгородской областей, подписанного в 2021 году.\n")
GOVERNMENTS = ["Правительство Белгородской области", "Правительство Курской области"]


@pytest.mark.slow
def test_find_agreements_runs_the_mention_passes_of_the_tuple(models, monkeypatch):
    records = agreements_of(models, NESTED, "2025-06-10")
    signed = [party_names(a) for a in records if a.status == "signed"]
    assert signed == [["Министерство социального развития Орловской области",
                       "Министерство труда Курской области"]]
    assert [(a.status, a.date) for a in records if party_names(a) == GOVERNMENTS] == \
        [("mentioned", "2021")]
    # without the pass, the older agreement's sides make the new signing theirs too
    monkeypatch.setattr(merge, "MENTION_PASSES", tuple(
        p for p in MENTION_PASSES if p.name != "nested_agreement_sides"))
    records = agreements_of(models, NESTED, "2025-06-10")
    assert ("signed", GOVERNMENTS) in [(a.status, party_names(a)) for a in records]


@pytest.mark.slow
def test_find_agreements_runs_the_record_passes_of_the_tuple(models, monkeypatch):
    calls: list[int] = []

    def count_records(s: coreference.Records) -> None:
        """Counts the records it sees: "соглашение" (a probe)."""
        calls.append(len(s.agreements))

    monkeypatch.setattr(merge, "RECORD_PASSES", (*RECORD_PASSES, Pass("count", count_records)))
    records = agreements_of(models, NESTED, "2025-06-10")
    assert calls == [len(records)] and len(records) == 2


SPLIT = ("Министр социальной защиты населения Тверской области Анна Котова подписала "
         "соглашения с главой Бежецкого района Ильёй Морозовым и главой Кашинского района "
         "Верой Лосевой.\n")


@pytest.mark.slow
def test_each_partner_keeps_the_common_signer_and_its_own_through_the_cli(listed_rows):
    rows = listed_rows({"tver.txt": SPLIT}, "--kind", "agreements", "--format", "jsonl", "--limit",
                       "0")
    got = sorted((sorted(p["name"] for p in r["parties"]), r["status"],
                  sorted(r["signatories"])) for r in rows)
    ministry = "Министерство социальной защиты населения Тверской области"
    assert got == [
        (["Бежецкий район", ministry], "signed", ["Анна Котова", "Илья Морозов"]),
        (["Кашинский район", ministry], "signed", ["Анна Котова", "Вера Лосева"]),
    ]
