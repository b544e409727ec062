"""The word a street's name follows, shared by the region reading (``regions``, over its
units) and the agreement topics (``agreements.street_name_word``, over tokens).

"ул." is split into "ул" and "." by the tokenizer (and kept so in the region units): the
street's noun before a name is the word before it, or the word before a "." there
("ул. Ветеранов", "пр. Мира"). The word lists stay in ``lexicon_regions``
(``NAMED_STREET_NOUNS``)."""

from __future__ import annotations

from collections.abc import Callable


def street_noun_at(text_at: Callable[[int], str], i: int) -> int:
    """fixagr53: the index where the street's noun before the word at i would stand: i - 1,
    or i - 2 past one abbreviation's "." ("ул. Ветеранов": the "ул" before the dot); -1
    when the sentence starts there. Constant work: one dot skipped at most."""
    k = i - 1
    if k >= 0 and text_at(k) == ".":
        k -= 1
    return k
