"""The parser's heads are an argmax per token, not a tree: a cycle can occur (seen on a
scraped forum report where "X, Y и Z намерены заключить" came back with two conjuncts each
the other's head). Readers of subtrees must stay total on such a parse."""

from __future__ import annotations

import pytest
from probes import hand_parsed

from soccoop.extract.agreements import _conjunct_span
from soccoop.extract.syntax import subtree

# "завод и министерство": the first conjunct's conj child is also its head (a cycle)
CYCLIC = hand_parsed(
    ("завод", "завод", "NOUN", "nsubj", 2, {}),
    ("и", "и", "CCONJ", "cc", 2, {}),
    ("министерство", "министерство", "NOUN", "conj", 0, {}),
)
# the same words as a tree: "министерство" hangs on "завод"
TREE = hand_parsed(
    ("завод", "завод", "NOUN", "nsubj", -1, {}),
    ("и", "и", "CCONJ", "cc", 2, {}),
    ("министерство", "министерство", "NOUN", "conj", 0, {}),
)


def test_subtree_of_a_cycle_ends() -> None:
    assert subtree(CYCLIC, 0) == [0, 1, 2]


@pytest.mark.parametrize(("sent", "span"), [(CYCLIC, (0, 1)), (TREE, (0, 1))])
def test_conjunct_span_holds_its_own_head(sent, span) -> None:
    assert _conjunct_span(sent, 0) == span


def test_conjunct_span_leaves_out_the_conjunction() -> None:
    assert _conjunct_span(TREE, 2) == (2, 3)  # "и" is left out
