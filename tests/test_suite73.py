"""suite73 (round 73 of issue 9): the suite's time and round 72's cost leftovers, with no
record changed.

* ``conftest.default_workers`` and ``conftest.pytest_cmdline_main``: a run is shared by
  ``SOCCOOP_TEST_WORKERS`` workers when ``pytest-xdist`` is installed, each file's tests
  one work unit, each dev sample's floors another (``test_devrounds``); unset, one process
  (the lead's review: two workers by default measured slower over the whole suite);
* ``official_orgs._PlaceIndex.bodies_of_kind``: the page's bodies of one kind (a court, a
  university) read once per document and set of kinds, not once per post
  (``_the_one_body_of_the_kind``, a judge's or a rector's post with no body nearby);
* ``probes.day_read``: the day readers' tables (``stamp_line``, ``address_day`` …) through
  one helper that also checks the span each day was read from.

Every name and sentence here is invented for these tests; the tables hold rows where the
code must answer no.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import probes
import pytest
import test_devrounds
from conftest import ROOT, default_workers

from soccoop.extract import official_orgs
from soccoop.extract.official_orgs import _Place, _PlaceIndex

# (id, SOCCOOP_TEST_WORKERS, workers); all fail on b73dev (no ``default_workers``: every
# run was one process)
WORKERS: list[tuple[str, str | None, int]] = [
    ("asked-for-two", "2", 2),
    ("asked-for-three", "3", 3),
    # guards: not asked for (the README's command, CI), asked for none, not a number
    ("not-asked", None, 0),
    ("empty", " ", 0),
    ("asked-for-none", "0", 0),
    ("not-a-number", "two", 0),
]


@pytest.mark.parametrize(("env", "expected"), probes.named_rows(WORKERS))
def test_default_workers(env: str | None, expected: int) -> None:
    assert default_workers(env) == expected


def test_every_dev_floor_is_its_samples_unit() -> None:
    """Each floor of ``test_devrounds`` is in its sample's work unit, so one worker ingests
    a sample once, and every sample has one (fails on b73dev: no unit)."""
    cases = [*test_devrounds.F1_CASES, *test_devrounds.ACC_CASES]
    units = {}
    for case in cases:
        marks = [m for m in case.marks if m.name == "xdist_group"]
        assert len(marks) == 1, case
        units.setdefault(case.values[0], set()).add(marks[0].args[0])
    assert set(units) == set(test_devrounds.SAMPLES)
    assert all(u == {f"devrounds-{s}"} for s, u in units.items())


class _Lemmas:
    """A stand-in for the models: a word's lemma is the word, lower-cased (the bodies here
    are written in the nominative)."""

    def __init__(self) -> None:
        self.asked = 0

    def lemma(self, word: str) -> str:
        self.asked += 1
        return word.lower()


def _org(start: int, key: str, name: str) -> _Place:
    return _Place(start, "org", key, name, stop=start + len(name))


# (id, ORG places (start, key, name), kinds, the keys of that kind)
BODIES: list[tuple[str, list[tuple[int, str, str]], frozenset[str], set[str]]] = [
    ("one-court-twice", [(0, "суд-1", "Северный районный суд"),
                         (90, "фонд", "Фонд помощи"),
                         (200, "суд-1", "Северный районный суд")],
     frozenset({"суд"}), {"суд-1"}),
    ("two-courts", [(0, "суд-1", "Северный районный суд"),
                    (90, "суд-2", "Южный районный суд")],
     frozenset({"суд"}), {"суд-1", "суд-2"}),
    ("a-university", [(0, "вуз", "Речной университет"), (50, "суд-1", "Северный суд")],
     frozenset({"университет", "институт"}), {"вуз"}),
    # guards: no body of the kind; a body whose name only contains the kind's letters
    ("no-court", [(0, "фонд", "Фонд помощи")], frozenset({"суд"}), set()),
    ("letters-only", [(0, "судоверфь", "Судоверфь Заречья")], frozenset({"суд"}), set()),
]


@pytest.mark.parametrize(("places", "kinds", "expected"), probes.named_rows(BODIES))
def test_bodies_of_kind(places: list[tuple[int, str, str]], kinds: frozenset[str],
                        expected: set[str]) -> None:
    index = _PlaceIndex([_org(*p) for p in places], "")
    assert index.bodies_of_kind(kinds, _Lemmas()) == expected  # type: ignore[arg-type]
    for key in expected:  # every place of the body, in the page's order
        assert index.org_at[key] == [i for i, p in enumerate(places) if p[1] == key]


def test_bodies_read_once_per_document(monkeypatch: pytest.MonkeyPatch) -> None:
    """Asked for each of many posts, the page's bodies are read once (fails on b73dev:
    ``_the_one_body_of_the_kind`` read every body again for each post)."""
    read: list[str | None] = []
    lemmas = official_orgs._org_lemmas

    def counted(org: str | None, models: Any) -> set[str]:
        read.append(org)
        return lemmas(org, models)

    monkeypatch.setattr(official_orgs, "_org_lemmas", counted)
    places = [_org(100 * i, f"k{i % 7}", f"Орган номер {i}") for i in range(40)]
    index = _PlaceIndex(places, "")
    for _ in range(25):  # 25 posts of one kind
        index.bodies_of_kind(frozenset({"суд"}), _Lemmas())  # type: ignore[arg-type]
    assert len(read) == len(places)


class _Day:
    def __init__(self, value: str, start: int, end: int, text: str) -> None:
        self.value, self.start, self.end, self.text = value, start, end, text


def _reader(found: _Day | None) -> Any:
    return lambda text: found


# (id, what the reader finds in "Новости 03.04.2025", the day, or the check that fails)
DAYS: list[tuple[str, _Day | None, str | None]] = [
    ("a-day-and-its-span", _Day("2025-04-03", 8, 18, "03.04.2025"), "2025-04-03"),
    ("no-day", None, None),
    # guard: a day read from another span than the one the reader gives fails the table
    ("a-wrong-span", _Day("2025-04-03", 0, 7, "03.04.2025"), "AssertionError"),
]


@pytest.mark.parametrize(("found", "expected"), probes.named_rows(DAYS))
def test_day_read(found: _Day | None, expected: str | None) -> None:
    """Fails on b73dev: no ``probes.day_read``."""
    line = "Новости 03.04.2025"
    if expected == "AssertionError":
        with pytest.raises(AssertionError):
            probes.day_read(_reader(found), line)
    else:
        assert probes.day_read(_reader(found), line) == expected


def test_unmarked_heavy_tests_reach_the_summary() -> None:
    """The note of a heavy test left unmarked rides on its report (a worker's run shows it
    in the summary too): the hooks are there."""
    import conftest

    assert Path(conftest.__file__).parent == ROOT / "tests"
    saved = dict(conftest._UNMARKED)
    conftest._UNMARKED.clear()
    try:
        conftest.pytest_runtest_logreport(SimpleNamespace(  # type: ignore[arg-type]
            nodeid="tests/t.py::a@tests/t.py", user_properties=[("soccoop_unmarked", "models")]))
        conftest.pytest_runtest_logreport(SimpleNamespace(  # type: ignore[arg-type]
            nodeid="tests/t.py::b", user_properties=[("other", "x")]))
        assert conftest._UNMARKED == {"tests/t.py::a@tests/t.py": "models"}
        lines: list[str] = []
        reporter = SimpleNamespace(section=lambda title: lines.append(f"== {title}"),
                                   write_line=lines.append)
        conftest.pytest_terminal_summary(reporter)
        assert lines == ["== tests that should be marked slow", "tests/t.py::a: models"]
    finally:
        conftest._UNMARKED.clear()
        conftest._UNMARKED.update(saved)


def test_no_dev_text_quoted() -> None:
    """The docstrings of this round's code and this file's probes share no run of words
    with a dev text (the shared check in tests/probes.py)."""
    probes.check_rules_invented(__file__, official_orgs=("_the_one_body_of_the_kind",))
