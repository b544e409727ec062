"""Extraction on a Dask cluster gives exactly the records of a single-process run."""

from __future__ import annotations

from pathlib import Path

import pytest

from soccoop.ingest import Job, ingest, run_dask, run_local
from soccoop.models import Record
from soccoop.store import Store

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

pytestmark = pytest.mark.slow
distributed = pytest.importorskip("dask.distributed")


def _records(db: Path) -> list[dict]:
    with Store(db) as store:
        return list(store.records())


def test_dask_records_equal_single_process(tmp_path):
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       host="127.0.0.1", dashboard_address=None)
    try:
        errors: list[str] = []
        with Store(tmp_path / "dask.db") as store:
            summary = ingest([str(CORPUS)], store, executor=run_dask(cluster.scheduler_address),
                             on_error=errors.append)
        assert errors == [] and summary.new == len(list(CORPUS.glob("*.txt")))
    finally:
        cluster.close()
    with Store(tmp_path / "local.db") as store:
        ingest([str(CORPUS)], store, executor=run_local)
    assert _records(tmp_path / "dask.db") == _records(tmp_path / "local.db")


def _boom(jobs: list[Job]) -> list[Record | Exception]:
    raise RuntimeError("worker lost")


def test_dask_failures_reported_per_file(tmp_path, monkeypatch):
    """A task that keeps failing is retried, then each of its files is reported."""
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                       dashboard_address=None)
    monkeypatch.setattr("soccoop.ingest.extract_jobs", _boom)
    try:
        errors: list[str] = []
        with Store(tmp_path / "dask.db") as store:
            summary = ingest([str(CORPUS)], store, executor=run_dask(cluster.scheduler_address),
                             on_error=errors.append)
    finally:
        cluster.close()
    files = sorted(p.name for p in CORPUS.glob("*.txt"))
    assert summary.failed == len(files) and summary.new == 0
    assert sorted(e.split(":")[0].rsplit("/", 1)[-1] for e in errors) == files
    assert all("worker lost" in e for e in errors)
