"""A per-document time budget: no worker hangs on one document, and none outlives ingest.

A hostile page (a run-on of thousands of words, a pathological table) must not stall an
archive's ingest: the document is reported on stderr ("error: PATH: extraction took longer
than N s") and the run goes on, in this process, in the worker pool and on Dask. Pool
workers are joined before ``ingest`` exits, whether it succeeds, fails or times out.
"""

from __future__ import annotations

import pickle
import shutil
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import CORPUS

from soccoop.extract.batch import ExtractionTimeout, time_budget

SLOW_WORD = "Тормозящий"  # a document containing it makes the patched extractor spin


def _spin_until(seconds: float) -> None:
    """Busy Python work (what a superlinear rule does), bounded so a broken budget fails
    the test instead of hanging it."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_budget_interrupts_python_work():
    t0 = time.monotonic()
    with pytest.raises(ExtractionTimeout) as info, time_budget(0.2):
        _spin_until(30)
    assert str(info.value) == "extraction took longer than 0.2 s"
    assert time.monotonic() - t0 < 10


def test_budget_lets_quick_work_finish_and_never_fires_later():
    with time_budget(0.2):
        total = sum(range(1000))
    _spin_until(0.5)  # the timer was cancelled: nothing is raised here
    assert total == 499500


def test_no_budget_means_no_limit():
    for no_limit in (None, 0):
        with time_budget(no_limit):
            _spin_until(0.1)


def test_budget_works_in_a_worker_thread():
    """Dask runs tasks in threads, where signals cannot interrupt: the budget still does."""
    caught: list[BaseException] = []

    def task() -> None:
        try:
            with time_budget(0.2):
                _spin_until(30)
        except ExtractionTimeout as e:
            caught.append(e)

    thread = threading.Thread(target=task)
    thread.start()
    thread.join(20)
    assert not thread.is_alive() and [str(e) for e in caught] == [
        "extraction took longer than 0.2 s"]


def test_timeout_travels_between_processes():
    back = pickle.loads(pickle.dumps(ExtractionTimeout(2.5)))
    assert isinstance(back, ExtractionTimeout) and str(back) == "extraction took longer than 2.5 s"


def test_negative_timeout_is_a_usage_error(tmp_path):
    from soccoop.cli import cli

    result = CliRunner().invoke(cli, ["ingest", str(tmp_path), "--timeout", "-1",
                                      "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 2
    assert "Invalid value for '--timeout'" in result.stderr
    assert not (tmp_path / "s.db").exists()


def _archive(tmp_path: Path, slow: bool = True) -> tuple[Path, Path | None]:
    archive = tmp_path / "archive"
    shutil.copytree(CORPUS, archive)
    if not slow:
        return archive, None
    bad = archive / "hostile.txt"
    bad.write_text(f"{SLOW_WORD} документ. Соглашение подписали в Казани.\n", encoding="utf-8")
    return archive, bad


@pytest.fixture
def slow_dates(monkeypatch):
    """find_dates spins on a document with SLOW_WORD (a stand-in for a superlinear rule)."""
    from soccoop.extract import pipeline

    real = pipeline.find_dates

    def find_dates(masked, *args, **kwargs):
        if SLOW_WORD in masked:
            _spin_until(60)
        return real(masked, *args, **kwargs)

    monkeypatch.setattr(pipeline, "find_dates", find_dates)


@pytest.mark.slow
def test_slow_document_is_reported_and_the_rest_stored(tmp_path, db, slow_dates):
    from soccoop.cli import cli

    archive, bad = _archive(tmp_path)
    t0 = time.monotonic()
    result = CliRunner().invoke(cli, ["ingest", str(archive), "--workers", "1",
                                      "--timeout", "1.5"])
    assert time.monotonic() - t0 < 50
    assert result.exit_code == 1
    assert result.stderr == f"error: {bad}: extraction took longer than 1.5 s\n"
    listed = CliRunner().invoke(cli, ["list", "--format", "jsonl"])
    assert len(listed.stdout.splitlines()) == len(list(CORPUS.glob("*.txt")))


@pytest.mark.slow
def test_dask_reports_a_slow_document_and_goes_on(tmp_path, slow_dates):
    distributed = pytest.importorskip("dask.distributed")
    from soccoop.ingest import ingest, run_dask
    from soccoop.store import Store

    archive, bad = _archive(tmp_path)
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                       dashboard_address=None)
    try:
        errors: list[str] = []
        with Store(tmp_path / "dask.db") as store:
            summary = ingest([str(archive)], store, on_error=errors.append,
                             executor=run_dask(cluster.scheduler_address, timeout=1.5))
    finally:
        cluster.close()
    assert errors == [f"{bad}: extraction took longer than 1.5 s"]
    assert summary.failed == 1 and summary.new == len(list(CORPUS.glob("*.txt")))


def _numbered_archive(tmp_path: Path, copies: int = 2) -> tuple[Path, list[str]]:
    """Copies of the sample corpus made distinct: enough files for several batches."""
    archive = tmp_path / "archive"
    archive.mkdir()
    names = []
    for i, src in enumerate(sorted(CORPUS.glob("*.txt")) * copies):
        name = f"doc_{i:02d}.txt"
        (archive / name).write_text(src.read_text(encoding="utf-8") + f"\nНомер {i}.\n",
                                    encoding="utf-8")
        names.append(name)
    return archive, names


@pytest.mark.slow
def test_pool_reports_timeouts_and_joins_its_workers_when_interrupted(tmp_path):
    """A pool of 2 workers with a budget too small for any document: each file comes back
    reported as too slow (the budget holds inside worker processes). Ctrl-C while the
    writer reports the third: ingest raises, and by then no worker process is alive (not
    left to the garbage collector or to interpreter exit)."""
    import multiprocessing

    from soccoop.ingest import ingest, run_pool
    from soccoop.store import Store

    # 10 files: two batches of 5 (``ingest.batches``), one a worker, so a pool is started
    # and the third error, in the first batch, comes while the second worker still works
    archive, names = _numbered_archive(tmp_path)
    errors: list[str] = []
    # children another test left to exit on their own are not this ingest's workers
    before = {p.pid for p in multiprocessing.active_children()}

    def on_error(msg: str) -> None:
        errors.append(msg)
        if len(errors) == 3:
            raise KeyboardInterrupt

    with Store(tmp_path / "s.db") as store:
        with pytest.raises(KeyboardInterrupt) as info:
            ingest([str(archive)], store, executor=run_pool(2, timeout=0.001),
                   on_error=on_error)
        # the traceback is still alive, yet no worker of this ingest is
        assert [p for p in multiprocessing.active_children() if p.pid not in before] == []
        assert list(store.records()) == []
    del info
    assert errors == [f"{archive / n}: extraction took longer than 0.001 s" for n in names[:3]]
