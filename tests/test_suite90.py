"""The suite's own machinery for running in two pytest-xdist workers (README: ``pytest -q -n 2
--dist loadgroup``): the gate that lets a ``timed`` test run alone (``conftest.TimedGate``),
the ``timed`` mark given to a test that reads a clock of cost, the dev rounds' cases kept on
one worker per round, the "should be marked slow" list carried from a worker's reports, and
the README's test command being the one ``.ci/run`` runs."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import _UNMARKED, ROOT, UNMARKED_PROPERTY, TimedGate, _body, _times_itself

WAIT = 0.3  # long enough for a thread that could enter to have entered


def _enter_in_thread(gate: TimedGate, timed: bool) -> tuple[threading.Event, threading.Event]:
    """A thread that enters ``gate`` (``timed`` or not), sets the first event once inside and
    leaves when the second is set."""
    inside, leave = threading.Event(), threading.Event()

    def run() -> None:
        with gate.enter(timed):
            inside.set()
            leave.wait(10)

    threading.Thread(target=run, daemon=True).start()
    return inside, leave


# (what the first worker's test is, what the second's is, may the second enter meanwhile)
GATE_ROWS = [
    ("two ordinary tests run side by side", False, False, True),
    ("an ordinary test waits for a timed one", True, False, False),
    ("a timed test waits for an ordinary one", False, True, False),
    ("two timed tests take turns", True, True, False),
]


@pytest.mark.parametrize(("first", "second", "together"),
                         [pytest.param(*r[1:], id=r[0]) for r in GATE_ROWS])
def test_the_gate_lets_a_timed_test_run_alone(tmp_path: Path, first: bool, second: bool,
                                              together: bool) -> None:
    # two gates on one folder lock as two workers do: flock(2) locks an open file, not a
    # process
    one, two = TimedGate(tmp_path), TimedGate(tmp_path)
    inside1, leave1 = _enter_in_thread(one, first)
    assert inside1.wait(5)
    inside2, leave2 = _enter_in_thread(two, second)
    assert inside2.wait(WAIT) is together
    leave1.set()
    assert inside2.wait(5)  # the second always gets in once the first has left
    leave2.set()


def test_a_waiting_timed_test_holds_back_the_tests_that_start_after_it(tmp_path: Path) -> None:
    """The turnstile: while a timed test waits for a running test, a test starting meanwhile
    does not slip in before it (a stream of short tests would starve it)."""
    running, waiting, late = TimedGate(tmp_path), TimedGate(tmp_path), TimedGate(tmp_path)
    inside1, leave1 = _enter_in_thread(running, False)
    assert inside1.wait(5)
    inside_timed, leave_timed = _enter_in_thread(waiting, True)
    time.sleep(WAIT)  # the timed test is waiting at the room now
    inside_late, leave_late = _enter_in_thread(late, False)
    assert not inside_late.wait(WAIT)
    leave1.set()
    assert inside_timed.wait(5)
    assert not inside_late.wait(WAIT)  # still out while the timed test runs
    leave_timed.set()
    assert inside_late.wait(5)
    leave_late.set()


def test_a_run_of_one_process_has_no_gate() -> None:
    from conftest import _gate

    assert _gate(SimpleNamespace(option=SimpleNamespace(basetemp=None))) is None


def _timed_by_clock(source: str) -> bool:
    from conftest import TIMED_CALLS

    body = _body(_function(source))
    return body is not None and bool(TIMED_CALLS.search(body))


def _function(source: str) -> Any:
    """A function defined by ``source``, its source readable by ``inspect`` as a file's."""
    import linecache

    name = f"<suite90-probe-{abs(hash(source))}>"
    linecache.cache[name] = (len(source), None, source.splitlines(True), name)
    space: dict = {}
    exec(compile(source, name, "exec"), {"time": time}, space)
    return next(v for v in space.values() if callable(v))


CLOCK_ROWS = [
    ("process time", "def f():\n    t = time.process_time()\n    return t\n", True),
    ("wall clock of cost", "def f():\n    t = time.perf_counter()\n    return t\n", True),
    ("nanoseconds", "def f():\n    return time.perf_counter_ns()\n", True),
    ("a deadline is no cost", "def f():\n    return time.monotonic() + 10\n", False),
    ("the clock named in a decorator only",
     "@(lambda g: g)  # perf_counter()\ndef f():\n    return 1\n", False),
    ("a word that only ends like a clock", "def f():\n    return my_process_time_table\n",
     False),
]


@pytest.mark.parametrize(("source", "timed"), [pytest.param(*r[1:], id=r[0])
                                               for r in CLOCK_ROWS])
def test_a_test_reading_a_clock_of_cost_is_timed(source: str, timed: bool) -> None:
    assert _timed_by_clock(source) is timed


TIMED_BY_HAND = [  # the clock sits in a helper: marked by hand
    "test_perf_runon.py::test_run_on_costs_at_most_three_and_a_half_times_news",
    "test_dates.py::test_run_on_line_costs_linear_time",
]
TIMED_BY_BODY = [
    "test_agreements.py::test_run_on_line_costs_about_as_much_as_news_of_its_length",
    "test_dates.py::test_date_line_does_not_backtrack_over_spaces",
    "test_homoglyphs.py::test_folding_is_linear_in_text_length",
    "test_unwrap.py::test_a_long_wrapped_paragraph_stays_cheap",
]
NOT_TIMED = [
    "test_perf_runon.py::test_short_sentences_are_untouched",
    "test_perf_guarded_patterns.py::test_date_line_equals_plain_reading_and_repeats",
]


def test_the_suites_timed_tests_carry_the_mark(request: pytest.FixtureRequest) -> None:
    """Every test of the suite that measures its own cost is ``timed``, by hand or by its
    body (``conftest._times_itself``); its neighbours are not."""
    items = {item.nodeid.split("@")[0].removeprefix("tests/"): item
             for item in request.session.items}
    wanted = TIMED_BY_HAND + TIMED_BY_BODY + NOT_TIMED
    if not set(wanted) <= set(items):
        pytest.skip("the files of these tests were not collected")
    assert [n for n in TIMED_BY_HAND + TIMED_BY_BODY
            if items[n].get_closest_marker("timed") is None] == []
    assert [n for n in NOT_TIMED if items[n].get_closest_marker("timed") is not None] == []
    assert [n for n in TIMED_BY_BODY if _times_itself(items[n])] == TIMED_BY_BODY


def test_each_dev_round_case_is_grouped_by_its_round() -> None:
    from test_devrounds import ACC_CASES, F1_CASES, ROUND_CASES, SAMPLES

    cases = [*ROUND_CASES, *F1_CASES, *ACC_CASES]
    assert len(ROUND_CASES) == len(SAMPLES)
    for case in cases:
        groups = [m.args[0] for m in case.marks if m.name == "xdist_group"]
        assert groups == [f"devround-{case.values[0]}"], case


def test_an_unmarked_heavy_test_is_listed_from_its_report() -> None:
    """A worker's test that loaded the models unmarked reaches the controller's list through
    its report's properties; other properties are no such test."""
    from conftest import pytest_runtest_logreport

    node = "tests/test_probe.py::test_loads_models_unmarked"
    report = SimpleNamespace(nodeid=node, user_properties=[("other", "x"),
                                                            (UNMARKED_PROPERTY, "loads")])
    quiet = SimpleNamespace(nodeid=node + "_quiet", user_properties=[("other", "loads")])
    try:
        pytest_runtest_logreport(report)  # type: ignore[arg-type]
        pytest_runtest_logreport(quiet)  # type: ignore[arg-type]
        assert _UNMARKED.get(node) == "loads"
        assert node + "_quiet" not in _UNMARKED
    finally:
        _UNMARKED.pop(node, None)


def test_a_note_on_an_unmarked_test_goes_on_its_report() -> None:
    from conftest import _CURRENT, _note

    unmarked = SimpleNamespace(nodeid="t::unmarked", user_properties=[],
                               get_closest_marker=lambda name: None)
    marked = SimpleNamespace(nodeid="t::marked", user_properties=[],
                             get_closest_marker=lambda name: object())
    saved = _CURRENT[0]
    try:
        for item in (unmarked, marked):
            _CURRENT[0] = item  # type: ignore[assignment]
            _note("loads the NLP models")
            _note("starts a process")  # once per test
        assert unmarked.user_properties == [(UNMARKED_PROPERTY, "loads the NLP models")]
        assert marked.user_properties == []
    finally:
        _CURRENT[0] = saved
        _UNMARKED.pop("t::unmarked", None)


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.*?)\n```", quick, re.S)
    assert len(commands) == 2
    pytest_part = commands[1].rsplit("&& ", 1)[1]
    assert pytest_part == ".venv/bin/python -m pytest -q -n 2 --dist loadgroup"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert f"{pytest_part} || rc=$?" in ci
    assert commands[1].rsplit(" && ", 1)[0] in ci  # the same install


CHILD_TESTS = '''
import json, os, time
import pytest

def _log(name):
    start = time.monotonic()
    time.sleep(0.25)
    with open(os.environ["SUITE90_LOG"], "a") as f:
        f.write(json.dumps([name, start, time.monotonic()]) + "\\n")

@pytest.mark.parametrize("n", range(8))
def test_ordinary(n):
    _log(f"ordinary{n}")

@pytest.mark.timed
@pytest.mark.parametrize("n", range(2))
def test_timed(n):
    _log(f"timed{n}")
'''


@pytest.mark.slow
def test_two_workers_never_run_a_timed_test_beside_another(tmp_path: Path) -> None:
    """End to end: ``pytest -n 2`` over ordinary and timed tests with this suite's conftest;
    no timed test's run overlaps another test's."""
    pytest.importorskip("xdist")
    (tmp_path / "conftest.py").write_text(
        (ROOT / "tests" / "conftest.py").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "test_child.py").write_text(CHILD_TESTS, encoding="utf-8")
    log = tmp_path / "log.jsonl"
    env = dict(os.environ, SUITE90_LOG=str(log))
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "src"), env.get("PYTHONPATH"))
                                        if p)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-n", "2", "-p", "no:cacheprovider",
         "-W", "ignore::pytest.PytestUnknownMarkWarning", "test_child.py"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    runs = [json.loads(line) for line in log.read_text().splitlines()]
    assert len(runs) == 10
    # the two workers did run ordinary tests side by side (the check below can fail)
    ordinary = [r for r in runs if r[0].startswith("ordinary")]
    assert any(a[1] < b[2] and b[1] < a[2] for a in ordinary for b in ordinary if a is not b)
    for name, start, stop in runs:
        if name.startswith("timed"):
            assert not [r for r in runs if r[0] != name and r[1] < stop and start < r[2]], name
