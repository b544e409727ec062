"""Named rules run in a fixed order (the coreference and date stages' pass tables).

``Pass`` is one rule with its name (what tests and the README's pass lists read);
``named_passes`` builds a table from the rules alone, each named by its function, so a
table lists each rule once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

S = TypeVar("S")


@dataclass(frozen=True)
class Pass(Generic[S]):
    """One named rule: ``run`` changes the state in place."""

    name: str
    run: Callable[[S], None]


def named_passes(*runs: Callable[[S], None]) -> tuple[Pass[S], ...]:
    """The rules in the order given, each a ``Pass`` named by its function's name."""
    return tuple(Pass(run.__name__, run) for run in runs)
