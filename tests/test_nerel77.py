"""nerel77: a post told by "этот пост" / "на этом посту" under a verb of succession or
of holding.

``official_clauses._post_of_this_post`` (with ``_post_named_last``): "сменить на этом
посту X", "этот пост занимал X" stand for the post named last before, in the sentence or
the sentence before, and the name the verb governs (the one replaced, the successor, the
holder) held it.

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
    ("holder-same-sentence", "Петров стал самым молодым мэром города с 1990 года, когда "
     "этот пост занял Олег Смирнов.", "Олег Смирнов", "мэр города"),
    ("holder-next-sentence", "Власть в стране принадлежит премьер-министру. Сейчас этот пост "
     "занимает Олег Смирнов.", "Олег Смирнов", "премьер-министр"),
    ("genitive-chain", "Анна Котова стала заместителем министра. Этот пост раньше занимал "
     "Олег Смирнов.", "Олег Смирнов", "заместитель министра"),
    # negatives: no post named in the sentence before; the noun is a seat, not "этом посту";
    # a house, not a post; a post wished for or claimed, not held
    ("no-post-before", "Олег Смирнов получил повышение. Его сменил на этом посту Иван "
     "Петров.", "Иван Петров", None),
    ("talk-before", "Иван Петров рассказал о работе. Анна Котова хочет сменить на этом "
     "посту Олега Смирнова.", "Олег Смирнов", None),
    ("seat-of-a-body", "Анна Котова претендует на место в совете. Она хочет сменить на "
     "этом месте Олега Смирнова.", "Олег Смирнов", None),
    ("house", "Иван Петров встретился с министром. Этот дом раньше занимал Олег Смирнов.",
     "Олег Смирнов", None),
    ("wished", "Иван Петров стал мэром. Олег Смирнов хочет занять этот пост.",
     "Олег Смирнов", None),
    ("claimed", "Иван Петров стал мэром. Олег Смирнов претендовал на этот пост.",
     "Олег Смирнов", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "position"), probes.named_rows(POSTS))
def test_post_told_by_this_post(models: Models, text: str, name: str,
                                position: str | None) -> None:
    probes.check_extracted_post(models, text, name, position)


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, official_clauses=("_post_of_this_post",
                                                            "_post_named_last"))
