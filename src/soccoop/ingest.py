"""Ingestion: discover files, read them, extract in workers, store in one writer.

Reading and the unchanged-check happen in the main process (cheap); extraction (expensive)
runs in batches (one batched NLP pass per batch) in-process, in a pool of worker processes,
or on a Dask cluster; results come back in input order to the single writer, which stores
each document in its own transaction, so an interruption leaves the store consistent, a
re-run completes it, and the store is the same whatever the number of workers.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from soccoop import archives
from soccoop.archives import Fields
from soccoop.extract.batch import ExtractionTimeout
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
    skipped: int = 0  # archive records that are not articles (WARC requests, images, ...)

    @property
    def documents(self) -> int:
        return self.new + self.unchanged + self.replaced + self.duplicate + self.failed

    def line(self) -> str:
        skipped = (f"; skipped {self.skipped} archive records that are not HTML responses"
                   if self.skipped else "")
        return (
            f"{self.documents} documents: {self.new} new, {self.unchanged} unchanged, "
            f"{self.replaced} replaced, {self.duplicate} duplicate, {self.failed} failed"
            f"{skipped}; found {self.agreements} agreements, {self.officials} officials, "
            f"{len(self.regions)} regions"
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents, "new": self.new, "unchanged": self.unchanged,
            "replaced": self.replaced, "duplicate": self.duplicate, "failed": self.failed,
            "agreements": self.agreements, "officials": self.officials,
            "regions": len(self.regions), "skipped": self.skipped,
        }


# Seconds of extraction per document before it is given up and reported (--timeout).
# News articles take well under a second; a 20 MiB text about a minute.
DEFAULT_TIMEOUT = 120.0


@dataclass
class Job:
    path: str
    source_key: str
    text: str
    title: str | None
    published: str | None
    outlet: str | None = None  # set on the record by the writer (archives: URL host)
    fallback_date: str | None = None  # a collection's date field: when the text states none
    timeout: float | None = DEFAULT_TIMEOUT  # seconds of extraction; None: no limit


def extract_job(job: Job) -> Record:
    """Runs wherever extraction runs (this process, a pool worker, a Dask worker)."""
    result = extract_jobs([job])[0]
    if isinstance(result, BaseException):
        raise result
    return result


def extract_jobs(jobs: list[Job]) -> list[Record | Exception]:
    """One worker call for a batch: one batched NLP pass, a result per job, in order.

    Each document has its job's ``timeout`` (the executor's, the same for a batch); one
    that takes longer comes back as an ``ExtractionTimeout`` and the worker goes on with
    the next. Models are loaded on the first call in each process (pool worker or Dask
    worker) and kept: importing this module does no work.
    """
    from soccoop.extract.batch import Item, extract_many
    from soccoop.extract.nlp import get_models

    items = [Item(j.text, j.path, j.title, j.published, j.fallback_date) for j in jobs]
    budget = jobs[0].timeout if jobs else None
    return extract_many(items, get_models(), budget=budget or None)


def _timed(jobs: Iterator[Job], timeout: float | None) -> Iterator[Job]:
    """The jobs with the executor's time budget."""
    for job in jobs:
        job.timeout = timeout
        yield job


def _init_worker() -> None:
    """Pool worker start-up: load the models before the first batch arrives and freeze
    them out of the collector's walks (``nlp.freeze_heap``). Ignore Ctrl-C (the parent
    stops the pool) and exit when the parent dies (kill -9), so an interrupted ingest never
    leaves worker processes behind."""
    import signal
    import threading
    import time

    from soccoop.extract.nlp import freeze_heap, get_models

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = os.getppid()

    def watch_parent() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch_parent, daemon=True, name="soccoop-parent-watch").start()
    get_models()
    freeze_heap()  # the worker is this pool's own: its models stay to its end


def source_key(path: str, sha256: str) -> str:
    return f"stdin:{sha256}" if path == "-" else os.path.abspath(path)


Result = tuple[Job, Record | BaseException]
Executor = Callable[[Iterator[Job]], Iterator[Result]]

# A batch: up to this many documents or characters (whichever first). Batches of 4-16
# documents get most of the batched-NLP gain; bigger ones only delay results.
BATCH_DOCS = 16
BATCH_CHARS = 200_000


def batches(jobs: Iterator[Job], workers: int = 1, max_docs: int = BATCH_DOCS,
            max_chars: int = BATCH_CHARS) -> Iterator[list[Job]]:
    """Group jobs into batches; the last ones are spread so every worker gets a share.

    Reads ahead at most ``workers`` full batches, so a small run (5 files, 2 workers)
    still uses both workers while a large one gets full batches.
    """
    buf: list[Job] = []
    chars = 0
    for job in jobs:
        buf.append(job)
        chars += len(job.text)
        if len(buf) >= workers * max_docs or chars >= workers * max_chars:
            yield from _split(buf, max_docs, max_chars)
            buf, chars = [], 0
    if buf:
        per = max(1, -(-len(buf) // max(1, workers)))
        yield from _split(buf, min(max_docs, per), max_chars)


def _split(jobs: list[Job], max_docs: int, max_chars: int) -> Iterator[list[Job]]:
    cur: list[Job] = []
    chars = 0
    for job in jobs:
        if cur and (len(cur) >= max_docs or chars + len(job.text) > max_chars):
            yield cur
            cur, chars = [], 0
        cur.append(job)
        chars += len(job.text)
    if cur:
        yield cur


def _pairs(batch: list[Job], results: list[Record | Exception] | BaseException
           ) -> Iterator[Result]:
    if isinstance(results, BaseException):
        for job in batch:
            yield job, results
    else:
        yield from zip(batch, results, strict=True)


def run_local(jobs: Iterator[Job]) -> Iterator[Result]:
    """Extraction in this process, with the default time budget per document."""
    yield from _run_batches(batches(jobs))


def local(timeout: float | None = DEFAULT_TIMEOUT) -> Executor:
    """Extraction in this process, ``timeout`` seconds per document."""
    def run(jobs: Iterator[Job]) -> Iterator[Result]:
        yield from _run_batches(batches(_timed(jobs, timeout)))

    return run


def owned_local(timeout: float | None = DEFAULT_TIMEOUT) -> Executor:
    """``local`` for a caller that owns this process (the ingest command): once there is a
    document to extract, load the models and freeze them out of the collector's walks
    (``nlp.freeze_heap``) before the first batch; a run with nothing new loads nothing."""
    inner = local(timeout)

    def run(jobs: Iterator[Job]) -> Iterator[Result]:
        first = next(jobs, None)
        if first is None:
            return
        from soccoop.extract.nlp import freeze_heap, get_models

        get_models()
        freeze_heap()
        yield from inner(itertools.chain([first], jobs))

    return run


def _run_batches(source: Iterator[list[Job]]) -> Iterator[Result]:
    for batch in source:
        try:
            results: list[Record | Exception] | BaseException = extract_jobs(batch)
        except Exception as e:  # extract_jobs catches per document; this is a last resort
            results = e
        yield from _pairs(batch, results)


def _submitted_in_order(
    source: Iterator[list[Job]], submit: Callable[[list[Job]], Any], window: int,
    queue: list[tuple[list[Job], Any]],
) -> Iterator[tuple[list[Job], Any]]:
    """Keep up to ``window`` batches submitted ahead; yield (batch, future) oldest first, so
    results reach the writer in input order. ``queue`` holds what is still pending (for
    cancelling on interruption)."""
    while True:
        while len(queue) < window:
            batch = next(source, None)
            if batch is None:
                break
            queue.append((batch, submit(batch)))
        if not queue:
            return
        yield queue.pop(0)


def run_pool(workers: int, timeout: float | None = DEFAULT_TIMEOUT) -> Executor:
    """Batches in ``workers`` spawned processes; results in input order (a store built
    with any number of workers is the same), each as soon as those before it are done.

    ``timeout`` seconds per document, enforced inside the worker, so a slow document is
    reported and the worker takes the next batch. Every worker process is joined before
    the generator finishes, also when it is interrupted or closed early.
    """
    def run(jobs: Iterator[Job]) -> Iterator[Result]:
        import itertools
        import multiprocessing
        from concurrent.futures import Future, ProcessPoolExecutor

        source = batches(_timed(jobs, timeout), workers)
        head = list(itertools.islice(source, 2))
        if len(head) < 2:  # one batch (a file or two): starting processes costs more
            yield from _run_batches(iter(head))
            return
        source = itertools.chain(head, source)
        ctx = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker) as pool:
            queue: list[tuple[list[Job], Future[list[Record | Exception]]]] = []
            try:
                def submit(b: list[Job]) -> Future[list[Record | Exception]]:
                    return pool.submit(extract_jobs, b)

                for batch, fut in _submitted_in_order(source, submit, workers * 3, queue):
                    exc = fut.exception()  # waits for this batch; later ones keep running
                    yield from _pairs(batch, exc if exc is not None else fut.result())
            except BaseException:
                # interrupted, or the consumer stopped early: the workers hold no state
                # worth waiting for, so stop them now; the pool's exit joins them
                for _, pending in queue:
                    pending.cancel()
                _stop_workers(pool)
                raise

    return run


def _stop_workers(pool: Any) -> None:
    """Terminate a process pool's workers and join them (no process outlives ingest)."""
    # CPython's ProcessPoolExecutor keeps its processes in ``_processes``
    procs = list((getattr(pool, "_processes", None) or {}).values())
    for p in procs:
        if p.is_alive():
            p.terminate()
    # the pool's manager thread reaps its workers: wait for it rather than race it (two
    # threads waiting on one pid: the loser is told "no such child" and reads "alive")
    pool.shutdown(wait=True, cancel_futures=True)
    for p in procs:  # one that ignored SIGTERM
        p.join(5)
        if p.is_alive():
            p.kill()
            p.join()


def run_dask(address: str, retries: int = 2,
             timeout: float | None = DEFAULT_TIMEOUT) -> Executor:
    """Batches on a Dask cluster. Each worker loads the models once (on its first task);
    a failed batch is retried, then its documents one by one, so a failure is reported
    for the file that caused it. Results are yielded in input order as they complete.
    ``timeout`` seconds per document, enforced in the worker's thread (a slow document is
    a result, not a failed task: it is reported, not retried)."""
    def run(jobs: Iterator[Job]) -> Iterator[Result]:
        from dask.distributed import Client, wait

        with Client(address, timeout="30s") as client:
            workers = max(1, sum(client.nthreads().values()))
            source = batches(_timed(jobs, timeout), workers)
            queue: list[tuple[list[Job], Any]] = []

            def submit(batch: list[Job]) -> Any:
                return client.submit(extract_jobs, batch, retries=retries, pure=False)

            for batch, fut in _submitted_in_order(source, submit, workers * 3, queue):
                wait([fut])
                if fut.status == "finished":
                    yield from _pairs(batch, fut.result())
                elif len(batch) > 1:
                    # isolate the document that fails: retry each one on its own
                    singles = [(job, submit([job])) for job in batch]
                    for job, f in singles:
                        wait([f])
                        if f.status == "finished":
                            yield from _pairs([job], f.result())
                        else:
                            yield job, _failure(f)
                        f.release()
                else:
                    yield batch[0], _failure(fut)
                fut.release()

    return run


def _failure(fut: Any) -> BaseException:
    try:
        exc = fut.exception()
    except Exception as e:  # the exception itself could not be fetched
        return e
    return exc if exc is not None else RuntimeError(f"task {fut.status}")


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
    on_total: Callable[[int], None] = lambda n: None,
    stdin: Any = None,
    input_format: str = "auto",
    fields: Fields | None = None,
    exclude: tuple[str, ...] = (),
) -> Summary:
    """Ingest every file under ``paths``; report failures through ``on_error``, keep going.

    Collections (WARC, JSON Lines, CSV; see ``soccoop.archives``) are read one article at
    a time, each article a document; ``input_format`` forces a collection format for
    every path, ``fields`` names the dump's fields. ``exclude``: files never read as input
    (the run's own output and store, when they lie in a directory being ingested)."""
    from soccoop.readers import DEFAULT_MAX_BYTES

    summary = Summary()
    limit = max_bytes or DEFAULT_MAX_BYTES

    def fail(msg: str) -> None:
        summary.failed += 1
        on_error(msg)

    items = list(discover(paths, globs))  # paths only: cheap, and gives the bar its total
    own = {os.path.realpath(p) for p in exclude}
    items = [i for i in items
             if isinstance(i, InputError) or i == "-" or os.path.realpath(i) not in own]
    collections = {i for i in items
                   if isinstance(i, str) and archives.is_collection(i, input_format)}
    if not collections:  # an archive's article count is unknown until it has been read
        on_total(sum(1 for i in items if not isinstance(i, InputError)))

    def articles(path: str) -> Iterator[Job]:
        """Jobs for a collection's articles, each checked against the store on its own."""
        for art in archives.iter_articles(path, input_format, fields, limit, stdin=stdin):
            if isinstance(art, archives.Skipped):
                summary.skipped += 1
                continue
            if isinstance(art, InputError):
                on_progress(art.path)
                fail(str(art))
                continue
            sha = sha256_text(art.text)
            key = art.key or f"stdin:{sha}"
            pre = store.status_of(key, sha)
            if pre is not None:
                on_progress(art.source)
                if pre.status == "unchanged":
                    summary.unchanged += 1
                else:
                    summary.duplicate += 1
                continue
            markup, field = ((None, art.published) if art.date_from_field
                             else (art.published, None))
            yield Job(art.source, key, art.text, art.title, markup, art.outlet, field)

    def jobs() -> Iterator[Job]:
        seen: set[str] = set()
        for item in items:
            if isinstance(item, InputError):
                fail(str(item))
                continue
            if item in collections:
                yield from articles(item)
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
                on_progress(item)
                continue
            seen.add(key)
            pre = store.status_of(key, sha)
            if pre is not None:
                on_progress(item)
                if pre.status == "unchanged":
                    summary.unchanged += 1
                else:  # stored once; remembered, so the text outlives a change of the other
                    store.record_duplicate(key, item, pre.doc_id)
                    summary.duplicate += 1
                continue
            yield Job(item, key, src.text, src.title, src.published)

    results = executor(jobs())
    try:
        for job, result in results:
            on_progress(job.path)
            if isinstance(result, ExtractionTimeout):
                fail(f"{job.path}: {result}")
                continue
            if isinstance(result, BaseException):
                fail(f"{job.path}: extraction failed: {type(result).__name__}: {result}")
                continue
            if job.outlet is not None:
                result.outlet = job.outlet
            res = store.upsert(result, job.text, job.source_key, lemmas=result.lemmas)
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
    finally:
        # an executor is a generator: closing it now (not when the garbage collector
        # gets to it) stops and joins its worker processes before ingest returns or
        # raises (Ctrl-C, a store error)
        close = getattr(results, "close", None)
        if close is not None:
            close()
    return summary
