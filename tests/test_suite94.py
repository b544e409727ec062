"""The suite's own bookkeeping, kept cheap: ``conftest._calls_heavy`` (which tests are marked
``slow`` by what their body calls) reads each function's source once a session, however
many parametrized items or tests share it, and gives what a fresh reading gives."""

from __future__ import annotations

import types
from typing import Any

import conftest
import pytest


def _heavy_extract(models: Any) -> None:
    from soccoop.extract.pipeline import extract

    extract("Министерства подписали соглашение.", "t.txt", models)


def _heavy_process() -> None:
    import subprocess

    subprocess.run(["true"], check=True)


def _heavy_models() -> None:
    from soccoop.extract.nlp import get_models

    get_models()


def _light_table(rows: list[str]) -> int:
    return sum(len(r) for r in rows)


def _light_named_like_a_call(extracted: list[str]) -> int:
    # a name holding "extract" but no call of it
    return len(extracted)


def _decorated(fn: Any) -> Any:
    return fn


@_decorated
def _light_after_a_decorator() -> str:
    return "Областной центр занятости провёл ярмарку вакансий."


READINGS = [
    ("extraction in the body", _heavy_extract, True),
    ("a process started", _heavy_process, True),
    ("the models loaded", _heavy_models, True),
    ("a table summed", _light_table, False),
    ("a parameter named like the call", _light_named_like_a_call, False),
    ("a decorated plain function", _light_after_a_decorator, False),
]


@pytest.mark.parametrize(("fn", "heavy"), [pytest.param(f, h, id=i) for i, f, h in READINGS])
def test_cached_reading_is_the_fresh_one(fn: Any, heavy: bool) -> None:
    assert conftest._reads_heavy(fn) is heavy
    assert conftest._calls_heavy(fn) is heavy
    assert conftest._calls_heavy(fn) is heavy  # the cached answer, the same


@pytest.fixture
def source_reads(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The callables whose source ``conftest`` reads from here on, in order."""
    reads: list[Any] = []
    getsource = conftest.inspect.getsource

    def counted(fn: Any) -> str:
        reads.append(fn)
        return getsource(fn)

    monkeypatch.setattr(conftest.inspect, "getsource", counted)
    return reads


def test_each_source_is_read_once(source_reads: list[Any]) -> None:
    """Two items of one function (a parametrized test) read its source once."""
    reads = source_reads
    # new function objects of known bodies: not in the cache yet
    fresh_light = types.FunctionType(_light_table.__code__, globals())
    fresh_heavy = types.FunctionType(_heavy_extract.__code__, globals())
    assert [conftest._calls_heavy(fresh_light) for _ in range(3)] == [False] * 3
    assert reads == [fresh_light]
    assert [conftest._calls_heavy(fresh_heavy) for _ in range(3)] == [True] * 3
    assert reads == [fresh_light, fresh_heavy]


class _Unhashable:
    __hash__ = None  # type: ignore[assignment]

    def __call__(self) -> None:
        return None


def test_an_unhashable_callable_is_read_each_time(source_reads: list[Any]) -> None:
    reads = source_reads
    thing = _Unhashable()
    assert conftest._calls_heavy(thing) is False  # no source of an instance: not heavy
    assert conftest._calls_heavy(thing) is False
    assert len(reads) == 2

