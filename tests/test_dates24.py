"""Dates by shape (dates24): a matrix of publication stamps and signing days.

The table (``tests/data/date_shapes.py``) is written in its own words: publication stamps
in every common format and place, a page's furniture that is no date (a copyright footer, a
calendar, a related-news list, an update stamp), signing days stated, relative to the
publication day, told for another event, beside other dates in the same sentence, and
planned. Each probe checks the page's publication date and the first agreement's date.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest
from data.date_shapes import SHAPES

from soccoop.extract.published import find_published

# probes the extraction does not get right yet, with the reason (checked strictly: a probe
# that starts passing must leave this table)
XFAIL: dict[str, str] = {}


def _params() -> list[Any]:
    return [pytest.param(text, pub, date, id=pid,
                         marks=[pytest.mark.xfail(reason=XFAIL[pid], strict=True)]
                         if pid in XFAIL else [])
            for pid, text, pub, date in SHAPES]


def test_table_is_large_and_unique() -> None:
    ids = [pid for pid, *_ in SHAPES]
    assert len(ids) >= 50 and len(set(ids)) == len(ids)
    texts = [text for _, text, *_ in SHAPES]
    assert len(set(texts)) == len(texts)


@pytest.mark.parametrize(("text", "published", "date"), _params())
def test_shape(models: Any, text: str, published: str | None, date: str | None) -> None:
    assert find_published(text)[0] == published
    found = probes.status_dates(models, text)
    assert found, "no agreement found"
    assert found[0][1] == date
