"""The tokenizer's fast path (single-atom words skip razdel's rule machinery) must give
exactly razdel's tokens: same texts, same offsets, on real news and on adversarial mixes
of numbers, separators and marks."""

from __future__ import annotations

from conftest import CORPUS, SHARED
from hypothesis import given, settings
from hypothesis import strategies as st
from razdel import tokenize

from soccoop.extract.nlp import _tokenize


def _razdel(text: str) -> list[tuple[str, int, int]]:
    return [(t.text, t.start, t.stop) for t in tokenize(text)]


def test_real_texts_tokenize_as_razdel() -> None:
    paths = sorted(CORPUS.glob("*.txt")) + sorted((SHARED / "seeds").glob("*.txt"))[:20] \
        + sorted((SHARED / "nerel" / "dev").glob("*.txt"))[:40]
    assert paths
    for p in paths:
        text = p.read_text(encoding="utf-8")
        assert list(_tokenize(text, tokenize)) == _razdel(text), p.name


# pieces razdel's rules treat specially: floats "2,5", dashes "из-за", "yahoo!", fractions
_PIECES = ["12", "3.", ",4", "а,", ".б", "2,5", "из-за", "-", "—", "-7", "а-", "_", "x_y",
           "1/2", "9/", "..", "yahoo!", "Yahoo", "«слово»,", "(а)", "?!", "№", ":)", "Ёж.",
           "Δσ", "ok"]
_SEPS = ["", " ", "  ", "\n", "\t", "\u00a0"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SEPS)), max_size=10))
def test_mixes_tokenize_as_razdel(parts: list[tuple[str, str]]) -> None:
    text = "".join(a + b for a, b in parts)
    assert list(_tokenize(text, tokenize)) == _razdel(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="аБx1 .,-—_/\\!«»()\n", max_size=30))
def test_random_strings_tokenize_as_razdel(text: str) -> None:
    assert list(_tokenize(text, tokenize)) == _razdel(text)
