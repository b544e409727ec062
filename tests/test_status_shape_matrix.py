"""Agreement status across grammatical shapes: every row of the shape matrix
(``tests/data/status_shapes.py``, texts written for it) through the whole extraction, its
agreements' statuses in the record's order."""

from __future__ import annotations

import pytest
from data.status_shapes import PUB, SHAPES, XFAIL
from probes import agreements_of


def _rows() -> list[object]:
    return [pytest.param(text, expected, id=name,
                         marks=[pytest.mark.xfail(reason=XFAIL[name], strict=True)]
                         if name in XFAIL else [])
            for name, text, expected in SHAPES]


def test_matrix_is_wide() -> None:
    """At least 60 shapes, each id once, every status and the empty answer among them."""
    names = [n for n, _, _ in SHAPES]
    assert len(names) >= 60 and len(set(names)) == len(names)
    seen = {s for _, _, e in SHAPES for s in e}
    assert seen == {"signed", "planned", "mentioned"}
    assert any(not e for _, _, e in SHAPES)
    assert set(XFAIL) <= set(names)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), _rows())
def test_shape(models: object, text: str, expected: list[str]) -> None:
    assert [a.status for a in agreements_of(models, text, PUB)] == expected
