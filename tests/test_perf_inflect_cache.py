"""A speed-up that must change no result: the remembered inflections
(``normalize.inflect_word``), a bounded cache that a repeat hits."""

from __future__ import annotations

import pytest

from soccoop.extract import normalize
from soccoop.extract.nlp import Models


@pytest.mark.parametrize(("word", "case", "pos", "grams", "number", "gender", "want"), [
    ("министерства", "Gen", "NOUN", {"nomn"}, "Sing", None, "министерство"),
    ("министерства", "Nom", "NOUN", {"nomn"}, "Plur", None, "министерства"),
    ("Ханты-Мансийского", "Gen", "ADJ", {"nomn"}, "Sing", "masc", "Ханты-Мансийский"),
    ("Высшей", "Gen", "ADJ", {"nomn"}, "Sing", "femn", "Высшая"),
    ("Пермского", "Gen", "ADJ", {"nomn"}, "Sing", "masc", "Пермский"),
    ("СФР", "Gen", "PROPN", {"nomn"}, "Sing", None, "СФР"),
    ("2024", None, "NUM", {"nomn"}, None, None, "2024"),
])
def test_a_remembered_inflection_is_the_computed_one(
        models: Models, word: str, case: str | None, pos: str | None, grams: set[str],
        number: str | None, gender: str | None, want: str) -> None:
    normalize._inflected.cache_clear()
    first = normalize.inflect_word(models, word, case, pos, grams, number, gender)
    again = normalize.inflect_word(models, word, case, pos, grams, number, gender)
    assert first == again == want
    assert first == normalize._inflect_word(models, word, case, pos, grams, number, gender)


@pytest.mark.parametrize(("word", "grams"), [
    ("области", {"nomn"}),
    ("Ханты-Мансийского", {"nomn"}),  # a hyphenated word: its last part is remembered too
    ("края", {"datv"}),
])
def test_a_repeated_inflection_is_a_hit(models: Models, word: str, grams: set[str]) -> None:
    normalize._inflected.cache_clear()
    normalize.inflect_word(models, word, "Gen", None, grams, "Sing")
    before = normalize._inflected.cache_info()
    normalize.inflect_word(models, word, "Gen", None, set(grams), "Sing")  # an equal set
    after = normalize._inflected.cache_info()
    assert (after.hits, after.misses) == (before.hits + 1, before.misses)


def test_the_remembered_inflections_are_bounded(models: Models) -> None:
    normalize._inflected.cache_clear()
    maxsize = normalize._inflected.cache_info().maxsize
    assert maxsize is not None and 1_000 <= maxsize <= 1_000_000
    for w in ("области", "края", "республики", "округа", "города"):
        normalize.inflect_word(models, w, "Gen", "NOUN", {"nomn"}, "Sing")
    assert normalize._inflected.cache_info().currsize == 5
    # the grammemes are part of the key: another case is another inflection
    assert normalize.inflect_word(models, "края", "Gen", "NOUN", {"datv"}, "Sing") == "краю"
    assert normalize._inflected.cache_info().currsize == 6
