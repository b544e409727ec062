"""Batched NLP: same answers as natasha's per-Doc pipeline, bounded work on odd input."""

from __future__ import annotations

from pathlib import Path

import pytest

from soccoop.extract.homoglyphs import fold_homoglyphs
from soccoop.extract.nlp import (
    NerSpan,
    Sentence,
    Token,
    _chunks,
    _segment,
    without_menu_row,
    without_namesake,
)

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

pytestmark = pytest.mark.slow


def natasha_doc(models, text):
    """NER spans and (text, POS, feats) per token, computed the way natasha does it."""
    from natasha import Doc

    doc = Doc(text)
    doc.segment(models.segmenter)
    doc.tag_ner(models.ner)
    doc.tag_morph(models.morph_tagger)
    # ours mends the spans the NER runs across a blank line or a site menu's row (agr87) and
    # past an institution's namesake (sig65): natasha's spans get the same mends
    spans = [(m.type, m.start, m.stop) for s in doc.spans
             for one in without_menu_row(NerSpan(s.type, s.start, s.stop, text[s.start:s.stop]))
             for m in without_namesake(one)]
    tags = [(t.start, t.text, t.pos, dict(t.feats or {})) for t in doc.tokens]
    return spans, tags


def ours(analysis):
    spans = [(s.type, s.start, s.stop) for s in analysis.spans]
    tags = [(t.start, t.text, t.pos, t.feats) for s in analysis.sentences for t in s.tokens]
    return spans, tags


def test_corpus_matches_natasha_per_doc(models):
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    assert texts
    got = [ours(a) for a in models.analyse_many(texts)]
    same_spans = same_tags = n_spans = n_tags = 0
    for text, (spans, tags) in zip(texts, got, strict=True):
        # ours reads the copy with Latin look-alikes folded (extract.homoglyphs): so does natasha
        want_spans, want_tags = natasha_doc(models, fold_homoglyphs(text))
        same_spans += len(set(spans) & set(want_spans))
        n_spans += len(set(spans) | set(want_spans))
        assert [t[:2] for t in tags] == [t[:2] for t in want_tags]  # same tokens
        same_tags += sum(a == b for a, b in zip(tags, want_tags, strict=True))
        n_tags += len(tags)
    # chunking NER at sentence boundaries (256 tokens) only changes context at chunk edges:
    # measured 1.0 on the corpus and > 0.999 on shuffled variants
    assert same_spans / n_spans >= 0.99
    assert same_tags == n_tags


def test_batch_equals_one_by_one(models):
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    texts += ["", "   \n  ", "Глава Татарстана Рустам Минниханов подписал соглашение."]
    many = [ours(a) for a in models.analyse_many(texts)]
    one = [ours(models.analyse(t)) for t in texts]
    assert many == one


@pytest.mark.parametrize("text", [
    "",
    " " * 1000,
    "12345 678 90",
    "\x00\x01\x02 текст \x7f",
    "Минтруд России и Югра. " * 3,
    "слово " * 5000,  # one huge sentence without punctuation
    "а" * 100_000,  # one huge token
])
def test_odd_input(models, text):
    a = models.analyse(text)
    assert a.text == text
    toks = [t for s in a.sentences for t in s.tokens]
    for t in toks:
        assert text[t.start:t.stop] == t.text
        assert t.pos  # every token tagged, including pieces of long sentences
    for s in a.spans:
        assert text[s.start:s.stop] == s.text
    if not text.strip():
        assert a.spans == [] and toks == []


def test_masked_boilerplate_costs_nothing(models):
    """Spaces (masked boilerplate) yield no tokens, so morphology and NER skip them."""
    text = "Губернатор Югры Наталья Комарова. " + " " * 5000 + "Конец."
    a = models.analyse(text)
    assert [t.text for s in a.sentences for t in s.tokens][-2:] == ["Конец", "."]
    assert all(t.stop <= 34 or t.start >= 5034 for s in a.sentences for t in s.tokens)


def _sent(n: int) -> Sentence:
    return Sentence(0, 0, "", [Token("w", i, i + 1) for i in range(n)])


@pytest.mark.parametrize("sizes, limit, want", [
    ([], 10, []),
    ([3, 4], 10, [7]),
    ([6, 6], 10, [6, 6]),
    ([3, 25, 2], 10, [3, 10, 10, 5, 2]),
    ([10, 1], 10, [10, 1]),
])
def test_chunks(sizes, limit, want):
    assert [len(c) for c in _chunks([_sent(n) for n in sizes], limit)] == want


@pytest.mark.parametrize("text, n_sents", [
    ("", 0),
    ("Один. Два.", 2),
    ("Без точки", 1),
])
def test_segment(text, n_sents):
    sents = _segment(text)
    assert len(sents) == n_sents
    for s in sents:
        for t in s.tokens:
            assert s.start <= t.start and t.stop <= s.stop


def test_pymorphy2_reads_its_dictionaries_with_the_c_extension():
    """dawg2 is a pinned dependency: without it pymorphy2 silently falls back to the
    pure-Python reader, about 5x slower per word (benchmarks/bench_morph.py)."""
    from soccoop.extract import nlp

    nlp._patch_pymorphy2()
    from pymorphy2 import dawg

    assert dawg.EXTENSION_AVAILABLE


@pytest.mark.parametrize("word, lemma", [
    ("министерствами", "министерство"), ("подписали", "подписать"),
    ("Татарстана", "татарстан"), ("соглашения", "соглашение"),
])
def test_lemmas_through_the_extension(models, word, lemma):
    assert models.analyzer.parse(word)[0].normal_form == lemma
