"""``normalize.stem5``: the one five-letter cut by which names' words are compared (the
quoted-name variants of ``normalize`` and the side-name stems of ``agreements``)."""

from __future__ import annotations

import pytest

from soccoop.extract.agreements import _name_stems
from soccoop.extract.normalize import stem5


@pytest.mark.parametrize(("word", "want"), [
    ("Объединённой", "объед"),  # lower case, ё as е
    ("объединенная", "объед"),
    ("ЦЕНТРА", "центр"),
    ("фонд", "фонд"),  # a shorter word stays whole
    ("«Центр", "«цент"),  # punctuation is the caller's to strip
    ("", ""),
])
def test_stem5(word: str, want: str) -> None:
    assert stem5(word) == want


@pytest.mark.parametrize(("name", "want"), [
    ("Министерство труда России", {"минис", "труда", "росси"}),
    ("Учётный центр по Самарской области",  # "по" too short; ё as е
     {"учетн", "центр", "самар", "облас"}),
    ("ГКУ «Центр занятости»", {"центр", "занят"}),  # "ГКУ" too short, quotes dropped
])
def test_name_stems_are_the_stems_of_the_longer_words(name: str, want: set[str]) -> None:
    assert _name_stems(name) == want
