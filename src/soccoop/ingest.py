"""Ingestion: discover files, read them, extract in workers, store in one writer.

Reading and the unchanged-check happen in the main process (cheap); extraction (expensive)
runs in-process, in a pool of worker processes, or on a Dask cluster; results come back to
the single writer, which stores each document in its own transaction, so an interruption
leaves the store consistent and a re-run completes it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from soccoop.models import Record, sha256_text
from soccoop.readers import InputError, Source, discover, read_source
from soccoop.store import Store


@dataclass
class Summary:
    new: int = 0
    unchanged: int = 0
    replaced: int = 0
    duplicate: int = 0
    failed: int = 0
    agreements: int = 0
    officials: int = 0
    regions: set[str] = field(default_factory=set)

    @property
    def documents(self) -> int:
        return self.new + self.unchanged + self.replaced + self.duplicate + self.failed

    def line(self) -> str:
        return (
            f"{self.documents} documents: {self.new} new, {self.unchanged} unchanged, "
            f"{self.replaced} replaced, {self.duplicate} duplicate, {self.failed} failed; "
            f"found {self.agreements} agreements, {self.officials} officials, "
            f"{len(self.regions)} regions"
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents, "new": self.new, "unchanged": self.unchanged,
            "replaced": self.replaced, "duplicate": self.duplicate, "failed": self.failed,
            "agreements": self.agreements, "officials": self.officials,
            "regions": len(self.regions),
        }


@dataclass
class Job:
    path: str
    source_key: str
    text: str
    title: str | None
    published: str | None


def extract_job(job: Job) -> Record:
    """Runs wherever extraction runs (this process, a pool worker, a Dask worker)."""
    from soccoop.extract.nlp import get_models
    from soccoop.extract.pipeline import extract

    return extract(job.text, job.path, get_models(), title=job.title, published=job.published)


def _init_worker() -> None:
    """Ignore Ctrl-C (the parent stops the pool) and exit when the parent dies (kill -9),
    so an interrupted ingest never leaves worker processes behind."""
    import signal
    import threading
    import time

    from soccoop.extract.nlp import get_models

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = os.getppid()

    def watch_parent() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch_parent, daemon=True, name="soccoop-parent-watch").start()
    get_models()


def source_key(path: str, sha256: str) -> str:
    return f"stdin:{sha256}" if path == "-" else os.path.abspath(path)


Executor = Callable[[Iterator[Job]], Iterator[tuple[Job, Record | BaseException]]]


def run_local(jobs: Iterator[Job]) -> Iterator[tuple[Job, Record | BaseException]]:
    for job in jobs:
        try:
            yield job, extract_job(job)
        except Exception as e:  # one bad document must not stop the batch
            yield job, e


def run_pool(workers: int) -> Executor:
    def run(jobs: Iterator[Job]) -> Iterator[tuple[Job, Record | BaseException]]:
        import multiprocessing
        from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

        ctx = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker) as pool:
            pending: dict[Future[Record], Job] = {}
            window = workers * 4
            exhausted = False
            try:
                while pending or not exhausted:
                    while not exhausted and len(pending) < window:
                        job = next(jobs, None)
                        if job is None:
                            exhausted = True
                            break
                        pending[pool.submit(extract_job, job)] = job
                    if not pending:
                        break
                    done, _ = wait(pending, return_when=FIRST_COMPLETED)
                    for fut in done:
                        job = pending.pop(fut)
                        exc = fut.exception()
                        yield job, (exc if exc is not None else fut.result())
            except BaseException:
                for fut in pending:
                    fut.cancel()
                pool.shutdown(wait=False, cancel_futures=True)
                raise

    return run


def run_dask(address: str, retries: int = 2) -> Executor:
    def run(jobs: Iterator[Job]) -> Iterator[tuple[Job, Record | BaseException]]:
        from dask.distributed import Client, as_completed

        with Client(address, timeout="30s") as client:
            window = max(4, sum(client.nthreads().values()) * 4)
            futures = {}
            ac = as_completed()
            exhausted = False

            def top_up() -> None:
                nonlocal exhausted
                while not exhausted and len(futures) < window:
                    job = next(jobs, None)
                    if job is None:
                        exhausted = True
                        return
                    fut = client.submit(extract_job, job, retries=retries, pure=False)
                    futures[fut.key] = job
                    ac.add(fut)

            top_up()
            for fut in ac:
                job = futures.pop(fut.key)
                if fut.status == "finished":
                    yield job, fut.result()
                else:
                    yield job, fut.exception() or RuntimeError(f"task {fut.status}")
                fut.release()
                top_up()

    return run


def ingest(
    paths: list[str],
    store: Store,
    *,
    globs: list[str] | None = None,
    max_bytes: int | None = None,
    executor: Executor = run_local,
    on_error: Callable[[str], None] = lambda msg: None,
    on_record: Callable[[Record], None] = lambda r: None,
    on_progress: Callable[[str], None] = lambda path: None,
    stdin: Any = None,
) -> Summary:
    """Ingest every file under ``paths``; report failures through ``on_error``, keep going."""
    from soccoop.readers import DEFAULT_MAX_BYTES

    summary = Summary()
    limit = max_bytes or DEFAULT_MAX_BYTES

    def fail(msg: str) -> None:
        summary.failed += 1
        on_error(msg)

    def jobs() -> Iterator[Job]:
        seen: set[str] = set()
        for item in discover(paths, globs):
            if isinstance(item, InputError):
                fail(str(item))
                continue
            try:
                src: Source = read_source(item, limit, stdin=stdin)
            except InputError as e:
                on_progress(item)
                fail(str(e))
                continue
            sha = sha256_text(src.text)
            key = source_key(item, sha)
            if key in seen:
                continue
            seen.add(key)
            pre = store.status_of(key, sha)
            if pre is not None:
                on_progress(item)
                if pre.status == "unchanged":
                    summary.unchanged += 1
                else:
                    summary.duplicate += 1
                continue
            yield Job(item, key, src.text, src.title, src.published)

    for job, result in executor(jobs()):
        on_progress(job.path)
        if isinstance(result, BaseException):
            fail(f"{job.path}: extraction failed: {type(result).__name__}: {result}")
            continue
        res = store.upsert(result, job.text, job.source_key)
        if res.status == "new":
            summary.new += 1
        elif res.status == "replaced":
            summary.replaced += 1
        elif res.status == "unchanged":
            summary.unchanged += 1
            continue
        else:
            summary.duplicate += 1
            continue
        summary.agreements += len(result.agreements)
        summary.officials += len(result.officials)
        summary.regions.update(r.code for r in result.regions)
        on_record(result)
    return summary
