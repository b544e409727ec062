"""Batched ingest: batches formed sensibly, the store is the same for any worker count,
and the heap is frozen after loading the models by whoever owns the process, never by the
library."""

from __future__ import annotations

import gc
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from soccoop.ingest import Job, batches

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _jobs(sizes: list[int]) -> list[Job]:
    return [Job(f"f{i}", f"k{i}", "я" * n, None, None) for i, n in enumerate(sizes)]


@pytest.mark.parametrize("sizes, workers, max_docs, max_chars, want", [
    ([], 1, 16, 1000, []),
    ([1] * 5, 1, 16, 1000, [5]),
    ([1] * 5, 2, 16, 1000, [3, 2]),  # a small run still feeds both workers
    ([1] * 40, 2, 16, 1000, [16, 16, 4, 4]),
    ([600, 600, 600], 1, 16, 1000, [1, 1, 1]),  # character bound
    ([5000], 1, 16, 1000, [1]),  # a huge document is a batch of its own
])
def test_batches(sizes, workers, max_docs, max_chars, want):
    got = list(batches(iter(_jobs(sizes)), workers, max_docs, max_chars))
    assert [len(b) for b in got] == want
    assert [j.path for b in got for j in b] == [f"f{i}" for i in range(len(sizes))]


def _dump(db: Path) -> tuple[list[str], list[tuple]]:
    con = sqlite3.connect(db)
    records = [r[0] for r in con.execute("SELECT record FROM documents ORDER BY id")]
    rows = []
    for table, cols in [("doc_regions", "*"), ("agreements", "*"),
                        ("agreement_regions", "*"), ("officials", "*"),
                        ("documents", "id, source, sha256, title, published, date_lo, "
                                      "date_hi, record, text")]:
        rows += [(table, *r) for r in con.execute(f"SELECT {cols} FROM {table} ORDER BY 1, 2")]
    con.close()
    return records, rows


@pytest.mark.slow
def test_store_identical_for_any_worker_count(tmp_path):
    from soccoop.cli import cli

    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "copy.txt").write_text((CORPUS / sorted(p.name for p in CORPUS.glob("*.txt"))[0])
                                     .read_text(encoding="utf-8"), encoding="utf-8")
    dumps = []
    for workers in ("1", "2"):
        db = tmp_path / f"w{workers}.db"
        result = CliRunner().invoke(cli, ["ingest", str(corpus), "--db", str(db),
                                          "--workers", workers])
        assert result.exit_code == 0, result.output
        dumps.append(_dump(db))
    assert len(dumps[0][0]) == len(list(CORPUS.glob("*.txt")))  # the copy is a duplicate
    assert dumps[0] == dumps[1]


class _Flaky:
    """Real models whose batched call fails and whose single call fails on one text."""

    def __init__(self, real):
        self.real = real

    def __getattr__(self, name):
        return getattr(self.real, name)

    def analyse_many(self, texts):
        raise MemoryError("batch too big")

    def analyse(self, text):
        if "Бум" in text:
            raise ValueError("bad document")
        return self.real.analyse(text)


@pytest.mark.slow
def test_one_bad_document_keeps_the_others(models):
    from soccoop.extract.batch import Item, extract_many

    texts = ["Губернатор Югры Наталья Комарова посетила Казань.",
             "Бум! Бум! Бум! Это неудачный документ без смысла.",
             "Министр труда Татарстана Эльмира Зарипова подписала соглашение."]
    out = extract_many([Item(t, f"s{i}") for i, t in enumerate(texts)], _Flaky(models))
    assert [type(r).__name__ for r in out] == ["Record", "ValueError", "Record"]
    assert [r.source for r in out if not isinstance(r, Exception)] == ["s0", "s2"]


@pytest.mark.slow
def test_pool_skips_processes_for_one_batch(monkeypatch):
    """One file with --workers 2: extracting in this process beats starting a pool."""
    import concurrent.futures

    from soccoop.ingest import run_pool

    def no_pool(*a, **k):
        raise AssertionError("a pool was started")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", no_pool)
    job = Job("a.txt", "k", "Губернатор Югры Наталья Комарова посетила Казань.", None, None)
    [(got_job, record)] = list(run_pool(2)(iter([job])))
    assert got_job is job and record.source == "a.txt"


class _NoModels:
    """Stands for the models where only their loading matters."""


def test_loading_the_models_leaves_the_collector_alone(monkeypatch):
    """``nlp.get_models`` is a library call: it loads, and freezes nothing process-wide."""
    from soccoop.extract import nlp

    monkeypatch.setattr(nlp, "_MODELS", None)
    monkeypatch.setattr(nlp, "Models", _NoModels)
    gc.unfreeze()
    assert isinstance(nlp.get_models(), _NoModels)
    assert gc.get_freeze_count() == 0


@pytest.mark.slow
def test_the_ingest_command_freezes_its_models(tmp_path):
    """``soccoop ingest --workers 1`` owns its process: the models are frozen out of the
    collector's walks once there is a document to extract, and not when there is none."""
    from soccoop.cli import cli

    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("Министр труда Чувашии Алла Самаркина посетила Казань.",
                                encoding="utf-8")
    db = str(tmp_path / "s.db")
    for run, frozen in ((1, True), (2, False)):  # the second run: the file is unchanged
        gc.unfreeze()
        result = CliRunner().invoke(cli, ["ingest", str(news), "--db", db, "--workers", "1"])
        assert result.exit_code == 0, (run, result.output)
        assert (gc.get_freeze_count() > 10_000) is frozen, run


@pytest.mark.slow
def test_a_pool_worker_freezes_its_models():
    """A pool worker's initializer (``ingest._init_worker``) loads the models and freezes
    them in the worker's own process."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from soccoop.ingest import _init_worker

    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=ctx, initializer=_init_worker) as pool:
        assert pool.submit(gc.get_freeze_count).result(timeout=300) > 10_000
