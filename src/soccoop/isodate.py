"""ISO 8601 dates at reduced precision, as records carry them.

``2023-09-15``, ``2023-09``, ``2023``, and ``--04-18`` / ``--04`` when the text states no
year. Filters compare intervals: a partial date covers every day it could mean.
"""

from __future__ import annotations

import calendar
import re

_FULL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_NOYEAR = re.compile(r"^--(\d{2})(?:-(\d{2}))?$")


def is_valid(value: str) -> bool:
    m = _FULL.match(value)
    if m:
        y, mo, d = m.groups()
        if mo and not 1 <= int(mo) <= 12:
            return False
        if d and not 1 <= int(d) <= calendar.monthrange(int(y), int(mo))[1]:
            return False
        return True
    m = _NOYEAR.match(value)
    if m:
        mo, d = m.groups()
        return 1 <= int(mo) <= 12 and (d is None or 1 <= int(d) <= 31)
    return False


def date_bounds(value: str | None) -> tuple[str | None, str | None]:
    """First and last day a dated value may mean; (None, None) when the year is unknown."""
    if not value:
        return None, None
    m = _FULL.match(value)
    if not m:
        return None, None
    y, mo, d = m.groups()
    if d:
        return value, value
    if mo:
        last = calendar.monthrange(int(y), int(mo))[1]
        return f"{y}-{mo}-01", f"{y}-{mo}-{last:02d}"
    return f"{y}-01-01", f"{y}-12-31"


def parse_bound(value: str, *, upper: bool) -> str:
    """A --since/--until argument (``2023``, ``2023-09``, ``2023-09-15``) as one day."""
    if not _FULL.match(value) or not is_valid(value):
        raise ValueError(f"{value!r} is not a date like 2023, 2023-09 or 2023-09-15")
    lo, hi = date_bounds(value)
    assert lo is not None and hi is not None
    return hi if upper else lo


def parts(value: str) -> tuple[str | None, str | None, str | None]:
    """(year, month, day), each None when the value does not state it."""
    m = _FULL.match(value)
    if m:
        return m.group(1), m.group(2), m.group(3)
    m = _NOYEAR.match(value)
    if m:
        return None, m.group(1), m.group(2)
    return None, None, None


def compatible(a: str | None, b: str | None) -> bool:
    """Could two partial dates denote the same day? Unknown parts are compatible."""
    if not a or not b:
        return True
    return all(x is None or y is None or x == y for x, y in zip(parts(a), parts(b), strict=True))


class CompatibleCount:
    """How many of a fixed set of dates are ``compatible`` with a query, in constant time
    per query: a page may hold thousands of dated mentions, and asking each one against
    every other would be quadratic. Each date is counted under all eight projections of
    its (year, month, day), a dropped part written ``*``; a query sums, over its stated
    parts, the dates that state the same value or leave that part unknown, and projects
    its unknown parts away ("2021-05" meets "2021", "2021-05-14", "--05" and "--05-14",
    not "2021-06" or "2020")."""

    def __init__(self, values: list[str]) -> None:
        self._counts: dict[tuple[str | None, ...], int] = {}
        for v in values:
            p = parts(v)
            for mask in range(8):
                k = tuple(x if mask >> i & 1 else "*" for i, x in enumerate(p))
                self._counts[k] = self._counts.get(k, 0) + 1

    def __call__(self, value: str) -> int:
        keys: list[tuple[str | None, ...]] = [()]
        for x in parts(value):
            keys = [k + (y,) for k in keys for y in ((x, None) if x is not None else ("*",))]
        return sum(self._counts.get(k, 0) for k in keys)


def merge(a: str | None, b: str | None) -> str | None:
    """The best-known date two compatible mentions give together (year of one, day of other)."""
    if not a:
        return b
    if not b or not compatible(a, b):
        return a
    y, mo, d = (x or y for x, y in zip(parts(a), parts(b), strict=True))
    if mo is None:
        return y
    if y is None:
        return f"--{mo}-{d}" if d else f"--{mo}"
    return f"{y}-{mo}-{d}" if d else f"{y}-{mo}"
