"""nerel77: a post told by "на этом посту" under a verb of succession.

``official_clauses._post_of_this_post``: "сменить на этом посту X" stands for the post
named last in the sentence before (after "пост"/"должность"), and the name the verb
governs, the one replaced or the successor, held it.

Every sentence here is invented for these tests; the table has rows where the rule must
not fire.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

# (id, text, name, expected position, or None when the name is no official there)
POSTS: list[tuple[str, str, str, str | None]] = [
    ("replaced", "Иван Петров выдвинут на пост ректора академии. Он хочет сменить на этом "
     "посту Олега Смирнова, который уходит в отставку.", "Олег Смирнов", "ректор"),
    ("successor", "Олег Смирнов покинул пост мэра города. Его сменил на этом посту Иван "
     "Петров.", "Иван Петров", "мэр города"),
    # negatives: no post named in the sentence before; the noun is a seat, not "этом посту"
    ("no-post-before", "Олег Смирнов получил повышение. Его сменил на этом посту Иван "
     "Петров.", "Иван Петров", None),
    ("talk-before", "Иван Петров рассказал о работе. Анна Котова хочет сменить на этом "
     "посту Олега Смирнова.", "Олег Смирнов", None),
    ("seat-of-a-body", "Анна Котова претендует на место в совете. Она хочет сменить на "
     "этом месте Олега Смирнова.", "Олег Смирнов", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "position"), probes.named_rows(POSTS))
def test_post_told_by_this_post(models: Models, text: str, name: str,
                                position: str | None) -> None:
    found = probes.extracted_officials(models, text)
    if position is None:
        assert not any(k.split()[-1] == name.split()[-1] or k == name for k in found), found
        return
    assert name in found, found
    assert found[name][0] == position, found


def test_examples_quote_no_dev_text() -> None:
    """The docstring of this round's rule and this file's probes share no run of words
    with a dev text (the shared check in tests/probes.py)."""
    from pathlib import Path

    assert not probes.docstrings_quoting_dev_texts([
        ("official_clauses", "_post_of_this_post"),
    ])
    texts: set[tuple[str, ...]] = set()
    for path in probes.ROUNDS.glob("round*/*.txt"):
        texts |= probes._word_runs(path.read_text(encoding="utf-8"))
    assert not probes._word_runs(Path(__file__).read_text(encoding="utf-8")) & texts
