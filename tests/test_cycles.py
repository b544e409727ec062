"""The parser's heads are an argmax per token, not a tree: a cycle can occur (seen on a
scraped forum report where "X, Y и Z намерены заключить" came back with two conjuncts each
the other's head). ``nlp.break_cycles`` cuts each cycle once where the heads are decoded,
and readers of subtrees stay total on a hand-made cyclic parse all the same."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from probes import hand_parsed

from soccoop.extract.agreements import _conjunct_span
from soccoop.extract.nlp import break_cycles
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


# (heads as the parser gave them, heads after the cut): one cut per cycle, trees untouched
BREAKS = [
    ([-1, 0, 1], [-1, 0, 1]),  # a tree
    ([2, 2, 0], [2, 2, -1]),  # "завод" ↔ "министерство": the walk's last step is cut
    ([0], [-1]),  # a token its own head
    ([1, 0, 3, 2, -1], [1, -1, 3, -1, -1]),  # two cycles, two cuts
    ([1, 2, 1, 2], [1, 2, -1, 2]),  # a cycle entered from outside
]


@pytest.mark.parametrize(("heads", "tree"), BREAKS)
def test_break_cycles(heads: list[int], tree: list[int]) -> None:
    assert break_cycles(heads) == tree


def _acyclic(heads: list[int]) -> bool:
    for start in range(len(heads)):
        k, steps = start, 0
        while 0 <= k < len(heads):
            k, steps = heads[k], steps + 1
            if steps > len(heads):
                return False
    return True


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=-1, max_value=11), min_size=1, max_size=12))
def test_break_cycles_gives_a_forest_changing_only_cut_heads(heads: list[int]) -> None:
    heads = [h if h < len(heads) else -1 for h in heads]
    tree = break_cycles(heads)
    assert _acyclic(tree)
    assert all(t == h or t == -1 for h, t in zip(heads, tree, strict=True))
    assert _acyclic(heads) == (tree == heads)
