"""Many documents through the pipeline with one batched NLP pass.

``pipeline.extract`` handles one document; here the masked texts of a whole batch go through
``Models.analyse_many`` together (length-sorted batches are much faster in slovnet), then
each document gets the same per-document steps (``pipeline.extract_from_analysis``). A
failure in one document never costs the others their records, and neither does a document
that takes too long: each has a time budget (``budget``), after which it becomes an
``ExtractionTimeout`` and the batch goes on.
"""

from __future__ import annotations

import ctypes
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

from soccoop.extract.nlp import Analysis, Models
from soccoop.models import Record


@dataclass
class Item:
    """One document to extract: its text, where it came from, metadata the reader found."""

    text: str
    source: str
    title: str | None = None
    published: str | None = None  # from markup (HTML meta, JSON-LD): wins over the text
    fallback_published: str | None = None  # a collection's date field: when nothing else


class ExtractionTimeout(Exception):
    """A document's extraction ran past its time budget; its message is the report line."""

    def __init__(self, seconds: float) -> None:
        super().__init__(seconds)  # args stay (seconds,): pickles to and from workers
        self.seconds = seconds

    def __str__(self) -> str:
        return f"extraction took longer than {self.seconds:g} s"


class _Expired(BaseException):
    """Raised asynchronously in the extracting thread when its budget runs out (a
    BaseException, so that no ``except Exception`` inside the extractors swallows it)."""


class _Watchdog:
    """speed83: one daemon thread per process that runs every budget's alarm when its time
    comes, instead of a ``threading.Timer`` per budget. A budget is set around each
    document's two steps and each batch's NLP; starting and stopping a thread for each
    cost about 0.1 ms of CPU (a tenth of a short document's extraction left to the rules).
    Setting an alarm is a dictionary entry; the thread is woken only when the new alarm is
    due before the one it waits for (budgets set later mostly end later). The thread starts
    with the first alarm; a forked child starts afresh (``_reset``), with no alarm of its
    parent's threads and a lock no thread of the parent holds.

    The watchdog never runs an alarm removed before it was due (``cancel`` under the lock),
    and runs each due alarm once, outside the lock."""

    def __init__(self) -> None:
        self._reset()
        os.register_at_fork(after_in_child=self._reset)

    def _reset(self) -> None:
        self._cond = threading.Condition(threading.Lock())
        self._alarms: dict[int, tuple[float, Callable[[], None]]] = {}
        self._next = 0  # the id of the next alarm
        self._waking = float("inf")  # when the thread wakes next (monotonic)
        self._started = False

    def _ensure(self) -> None:
        """Start the thread (the caller holds the lock)."""
        if not self._started:
            self._started = True
            threading.Thread(target=self._run, args=(self._cond,), daemon=True,
                             name="soccoop-budget").start()

    def set(self, seconds: float, alarm: Callable[[], None]) -> int:
        """Run ``alarm`` in the watchdog's thread ``seconds`` from now; the alarm's id."""
        due = time.monotonic() + seconds
        with self._cond:
            self._ensure()
            key = self._next
            self._next += 1
            self._alarms[key] = (due, alarm)
            if due < self._waking:
                self._waking = due
                self._cond.notify()
        return key

    def cancel(self, key: int) -> None:
        """The alarm will not run (it may have run already)."""
        with self._cond:
            self._alarms.pop(key, None)

    def _run(self, cond: threading.Condition) -> None:
        while True:
            with cond:
                now = time.monotonic()
                due = [k for k, (at, _) in self._alarms.items() if at <= now]
                alarms = [self._alarms.pop(k)[1] for k in due]
                if not alarms:
                    self._waking = min((at for at, _ in self._alarms.values()),
                                       default=float("inf"))
                    wait = self._waking - now
                    cond.wait(None if wait == float("inf") else wait)
                    continue
            for alarm in alarms:
                try:
                    alarm()
                except Exception:  # noqa: S110 - one alarm's failure must not stop the others
                    pass


_WATCHDOG = _Watchdog()


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise ``ExtractionTimeout`` in this thread once ``seconds`` have passed.

    A watchdog timer raises an asynchronous exception in the extracting thread, so the
    budget works wherever extraction runs: the main thread, a pool worker, a Dask worker's
    thread (where signals cannot be used). It interrupts Python code (every extractor); a
    single long C call finishes first. ``None`` or ``0``: no budget.
    """
    if not seconds:
        yield
        return
    tid = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def fire() -> None:
        with lock:
            if state["done"]:
                return
            state["fired"] = True
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid),
                                                       ctypes.py_object(_Expired))

    alarm: int | None = None
    try:
        try:
            alarm = _WATCHDOG.set(seconds, fire)
            yield
        finally:
            with lock:
                state["done"] = True  # from here on the timer sets nothing
            if state["fired"]:
                # set but maybe not yet delivered: clear it, or it would surface later
                # outside this block (in the caller's handler, or as a worker's crash)
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), None)
            if alarm is not None:
                _WATCHDOG.cancel(alarm)
            if state["fired"]:  # delivered or cleared: this block's work is over
                raise _Expired
    except _Expired:
        raise ExtractionTimeout(seconds) from None


T = TypeVar("T")


def extract_many(items: list[Item], models: Models,
                 budget: float | None = None) -> list[Record | Exception]:
    """A record, or the exception that stopped it, for each item in order.

    ``budget``: seconds per document (``None``: unbounded). The batched NLP of the whole
    batch gets the budget of all its documents; if it runs out, each document is analysed
    alone, so only the slow one fails (with ``ExtractionTimeout``). A document's own steps
    (masking, NLP when alone, the extractors) share its budget.
    """
    import time

    from soccoop.extract.boilerplate import mask_boilerplate
    from soccoop.extract.page_blocks import split_runon
    from soccoop.extract.pipeline import extract_from_analysis
    from soccoop.extract.syntax import parse_documents
    from soccoop.extract.unwrap import unwrap

    out: list[Record | Exception | None] = [None] * len(items)
    spent = [0.0] * len(items)

    def timed(i: int, fn: Callable[[], T]) -> T:
        """``fn`` within what is left of document i's budget."""
        left = None if not budget else max(budget - spent[i], 1e-3)
        t0 = time.monotonic()
        try:
            with time_budget(left):
                return fn()
        except ExtractionTimeout:
            raise ExtractionTimeout(budget or 0) from None
        finally:
            spent[i] += time.monotonic() - t0

    page: dict[int, str] = {}  # page50: a flattened page's lines back (split once, tidy51)
    masked: dict[int, str] = {}
    reading: dict[int, str] = {}  # what the NLP reads: PDF line wraps joined (extract.unwrap)
    def prepare(text: str) -> tuple[str, str, str]:
        """Split, masked and unwrapped, under one time budget (a watchdog costs a thread)."""
        split = split_runon(text)
        kept = mask_boilerplate(split)
        return split, kept, unwrap(kept, models.analyzer.word_is_known)

    for i, item in enumerate(items):
        try:
            page[i], masked[i], reading[i] = timed(i, partial(prepare, item.text))
        except Exception as e:  # one bad document must not stop the batch
            masked.pop(i, None)
            out[i] = e
    keys = list(masked)
    analyses: dict[int, Analysis | Exception] = {}

    def nlp_batch() -> None:
        found = models.analyse_many([reading[i] for i in keys])
        parse_documents(found, models)
        analyses.update(zip(keys, found, strict=True))

    def nlp_one(i: int) -> Analysis:
        analysis = models.analyse(reading[i])
        parse_documents([analysis], models)
        return analysis

    try:
        with time_budget(budget * len(keys) if budget else None):
            nlp_batch()
    except Exception:
        analyses.clear()
        for i in keys:  # find the culprit: analyse one by one, each within its budget
            try:
                analyses[i] = timed(i, partial(nlp_one, i))
            except Exception as e:
                analyses[i] = e
    for i in keys:
        analysis = analyses[i]
        if isinstance(analysis, Exception):
            out[i] = analysis
            continue
        item = items[i]
        try:
            out[i] = timed(i, partial(extract_from_analysis, item.text, masked[i], analysis,
                                      item.source, models, title=item.title,
                                      published=item.published,
                                      fallback_published=item.fallback_published,
                                      page=page[i]))
        except Exception as e:
            out[i] = e
    return [r if r is not None else RuntimeError("not extracted") for r in out]
