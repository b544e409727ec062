from __future__ import annotations

import inspect
import json
import os
import re
import shutil
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = Path(__file__).resolve().parent / "data" / "gold"
# Shared data (seeds' gold, FactRuEval, NEREL): beside the repository, else this machine's copy
SHARED = next((p for p in (ROOT.parent / "shared", Path("/work/shared")) if p.is_dir()),
              ROOT.parent / "shared")

# Hypothesis: the same examples on every run (derandomize, no example database), few of
# them, each with a deadline, so the suite's time does not depend on what gets drawn.
# Tests may lower or raise max_examples; sizes are bounded by their strategies.
settings.register_profile(
    "soccoop",
    derandomize=True,
    database=None,
    max_examples=25,
    deadline=timedelta(seconds=20),
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.function_scoped_fixture],
)
settings.load_profile(os.environ.get("SOCCOOP_HYPOTHESIS_PROFILE", "soccoop"))

# Fixtures that load the NLP models: a test using one is slow.
MODEL_FIXTURES = frozenset({"models", "nlp", "ingested_corpus", "ingest_and_list", "listed_rows"})
# Calls in a test's own body that load the models, run extraction or start processes.
HEAVY_CALLS = re.compile(
    r"\b(get_models|Models\(|extract\(|extract_many|analyse(_many)?\(|parse_sentences|"
    r"subprocess\.|Popen|LocalCluster|run_pool|run_dask|run_local|ingest\()"
    r"|[\"']ingest[\"']"
)


# ``_calls_heavy`` by function: a parametrized test is one function for all its items, and
# a fixture serves many tests, so each source is read once a session (``inspect.getsource``
# tokenizes the whole function: over 10,000 items it was most of the collection's time).
_HEAVY_BY_FUNCTION: dict[Any, bool] = {}


def _calls_heavy(fn: Any) -> bool:
    """The body of ``fn`` (decorators and their parameters left out) makes a heavy call."""
    try:
        return _HEAVY_BY_FUNCTION[fn]
    except KeyError:
        pass
    except TypeError:  # an unhashable callable: read it each time
        return _reads_heavy(fn)
    found = _HEAVY_BY_FUNCTION[fn] = _reads_heavy(fn)
    return found


def _reads_heavy(fn: Any) -> bool:
    """``_calls_heavy`` without the cache: the source of ``fn`` read and searched."""
    try:
        source = inspect.getsource(fn)
    except (OSError, TypeError):
        return False
    body = re.search(r"^\s*(async\s+)?def\s.*", source, re.M | re.S)
    return bool(HEAVY_CALLS.search(body.group(0) if body else source))


def _heavy(item: pytest.Item) -> bool:
    """The test, or a fixture it uses, loads models or starts processes."""
    if MODEL_FIXTURES & set(getattr(item, "fixturenames", ())):
        return True
    if _calls_heavy(getattr(item, "function", None)):
        return True
    info = getattr(item, "_fixtureinfo", None)
    for defs in (info.name2fixturedefs.values() if info is not None else ()):
        for fixturedef in defs:
            if _calls_heavy(fixturedef.func):
                return True
    return False


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark ``slow`` every test that loads models or starts processes (by the fixtures it
    uses or the calls in its body), so ``-m "not slow"`` is a quick run. In a run shared by
    workers (``pytest_cmdline_main``), each test also gets its work unit (``xdist_group``):
    its file's, so a module's fixtures are set up in one worker, unless it names one."""
    shared = config.pluginmanager.hasplugin("xdist")
    for item in items:
        if item.get_closest_marker("slow") is None and _heavy(item):
            item.add_marker(pytest.mark.slow)
        if shared and item.get_closest_marker("xdist_group") is None:
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::", 1)[0]))


# Workers of a run (``pytest_cmdline_main``): SOCCOOP_TEST_WORKERS sets how many; unset, every
# test runs in this process.
WORKERS_ENV = "SOCCOOP_TEST_WORKERS"


def default_workers(env: str | None) -> int:
    """How many workers share a run no ``-n`` was given for: the number
    ``SOCCOOP_TEST_WORKERS`` gives (anything else: none), else none. Sharing is asked for,
    not assumed: two workers over the whole suite were measured slower than one process
    (round 73: a third of the tests in seven minutes on the 2-core machine, where one
    process runs them all in about five; round 44 found the same), each worker loading
    the models and collecting the whole suite again."""
    if env is None or not env.strip().isdigit():
        return 0
    return int(env)


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config: pytest.Config) -> None:
    """The suite in ``SOCCOOP_TEST_WORKERS`` worker processes when ``pytest-xdist`` is
    installed (it is in the test extras) and the run gave no ``-n``, each sample's floors
    and each file's tests a unit of one worker (``--dist loadgroup``). Unset (the README's
    command, CI), or without the plugin, or in a worker, nothing changes."""
    if not config.pluginmanager.hasplugin("xdist") or hasattr(config, "workerinput"):
        return
    if getattr(config.option, "usepdb", False) or getattr(config.option, "trace", False):
        return  # a debugger needs the tests in this process (xdist refuses --pdb)
    if getattr(config.option, "numprocesses", None) is None:
        config.option.numprocesses = default_workers(os.environ.get(WORKERS_ENV))
    if config.option.numprocesses and getattr(config.option, "dist", "no") == "no":
        config.option.dist = "loadgroup"


# Seen at run time: tests without the marker that still loaded models or started a process
# (through a helper the rule above cannot see). Listed at the end of the run.
_UNMARKED: dict[str, str] = {}
_CURRENT: list[pytest.Item | None] = [None]


def _note(what: str) -> None:
    item = _CURRENT[0]
    if item is not None and item.get_closest_marker("slow") is None:
        _UNMARKED.setdefault(item.nodeid, what)


def pytest_configure(config: pytest.Config) -> None:
    import multiprocessing.process
    import subprocess

    from soccoop.extract import nlp

    get_models = nlp.get_models

    def watched_get_models() -> Any:
        _note("loads the NLP models")
        return get_models()

    nlp.get_models = watched_get_models  # type: ignore[assignment]
    popen_init = subprocess.Popen.__init__

    def watched_popen(self: Any, *args: Any, **kw: Any) -> None:
        _note("starts a process")
        popen_init(self, *args, **kw)

    subprocess.Popen.__init__ = watched_popen  # type: ignore[method-assign]
    start = multiprocessing.process.BaseProcess.start

    def watched_start(self: Any) -> None:
        _note("starts a process")
        start(self)

    multiprocessing.process.BaseProcess.start = watched_start  # type: ignore[method-assign]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Any:
    _CURRENT[0] = item
    yield
    _CURRENT[0] = None


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: Any) -> Any:
    """An unmarked heavy test's note rides on its teardown report, so the run's summary
    lists it also when a worker process ran the test (``pytest_runtest_logreport``)."""
    outcome = yield
    report = outcome.get_result()
    if report.when == "teardown" and item.nodeid in _UNMARKED:
        report.user_properties.append(("soccoop_unmarked", _UNMARKED[item.nodeid]))


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    for key, what in report.user_properties:
        if key == "soccoop_unmarked":
            _UNMARKED.setdefault(report.nodeid, what)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if _UNMARKED:
        terminalreporter.section("tests that should be marked slow")
        for nodeid, what in sorted(_UNMARKED.items()):
            if nodeid.rfind("@") > nodeid.rfind("]"):  # a worker's id ends in its group
                nodeid = nodeid[:nodeid.rfind("@")]
            terminalreporter.write_line(f"{nodeid}: {what}")


@pytest.fixture
def db(tmp_path, monkeypatch):
    """Every test gets its own store, selected the way a user would: SOCCOOP_DB."""
    path = tmp_path / "store.db"
    monkeypatch.setenv("SOCCOOP_DB", str(path))
    return path


@pytest.fixture(scope="session")
def models():
    from soccoop.extract.nlp import get_models

    return get_models()


@pytest.fixture(scope="session")
def ingested_corpus(tmp_path_factory):
    """The sample corpus ingested once into a store shared by read-only tests."""
    from soccoop.cli import cli

    tmp = tmp_path_factory.mktemp("corpus")
    corpus = tmp / "corpus"
    shutil.copytree(CORPUS, corpus)
    store = tmp / "store.db"
    result = CliRunner().invoke(cli, ["ingest", str(corpus), "--db", str(store), "--workers", "1"])
    assert result.exit_code == 0, result.output
    return store, corpus


@pytest.fixture
def ingest_and_list(tmp_path: Path) -> Any:
    """Run the CLI as a user would: ``soccoop ingest`` on files written to a fresh folder
    (name → text), then ``soccoop list`` with the given options on the same store; both
    must exit 0. Returns what ``list`` printed."""

    def run(files: dict[str, str], *list_args: str) -> str:
        from soccoop.cli import cli

        corpus = tmp_path / "news"
        corpus.mkdir(exist_ok=True)
        for name, text in files.items():
            (corpus / name).write_text(text, encoding="utf-8")
        db = str(tmp_path / "t.db")
        runner = CliRunner()
        ingested = runner.invoke(cli, ["ingest", str(corpus), "--db", db, "--workers", "1"])
        assert ingested.exit_code == 0, ingested.output
        listed = runner.invoke(cli, ["list", "--db", db, *list_args])
        assert listed.exit_code == 0, listed.output
        return listed.stdout

    return run


@pytest.fixture
def listed_rows(ingest_and_list: Any) -> Any:
    """``ingest_and_list`` for a JSON Lines listing: the rows ``soccoop list`` printed, each
    parsed (the list options, ``--format jsonl`` included, are the caller's)."""

    def run(files: dict[str, str], *list_args: str) -> list[dict[str, Any]]:
        return [json.loads(line) for line in ingest_and_list(files, *list_args).splitlines()
                if line.strip()]

    return run
