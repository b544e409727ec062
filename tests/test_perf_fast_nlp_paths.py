"""The fast NLP paths compute what slovnet computes.

``_conv`` (channels-last convolution), ``_embed_conv`` (the first layer on distinct
(word, shape) pairs) and ``_parse_forward`` (the syntax parser through the same encoder)
replace slovnet's own modules; each is checked against slovnet on random weights and
inputs, and the models' tags and parses against slovnet's and natasha's on real text.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from slovnet.exec.model import Conv1d, Embedding, NavecEmbedding, Weight, WordShapeEmbedding

from soccoop.extract.nlp import (
    _CONV_WEIGHTS,
    Models,
    _conv,
    _embed_conv,
    _encode,
    _parse_forward,
    _segment,
    break_cycles,
)

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _weight(array: np.ndarray) -> Weight:
    return Weight(array.shape, str(array.dtype), array)


def _random_conv(rng: np.random.Generator, filters: int, dim: int, kernel: int) -> Conv1d:
    return Conv1d(_weight(rng.standard_normal((filters, dim, kernel), dtype=np.float32)),
                  _weight(rng.standard_normal(filters, dtype=np.float32)), kernel // 2)


def test_a_freed_layers_id_does_not_lend_its_weight_to_a_new_layer() -> None:
    """CPython reuses the id of a freed object: a cached matrix of another layer under the
    same id must not be used (it made a 6-channel layer multiply by an 8-channel matrix)."""
    rng = np.random.default_rng(7)
    old, new = _random_conv(rng, 4, 8, 3), _random_conv(rng, 7, 6, 5)
    x = rng.standard_normal((2, 9, 6), dtype=np.float32)
    _CONV_WEIGHTS[id(new)] = (old, np.zeros((8, 12), dtype=np.float32))  # a stale entry
    try:
        np.testing.assert_allclose(_conv(new, x), _slovnet_conv(new, x), rtol=1e-4,
                                   atol=1e-4)
    finally:
        _CONV_WEIGHTS.pop(id(new), None)


def _slovnet_conv(conv: Conv1d, x: np.ndarray) -> np.ndarray:
    """slovnet's Conv1d on channels-last input (it reads batch x channels x length)."""
    return np.swapaxes(conv(np.swapaxes(x, 2, 1)), 2, 1)


@pytest.mark.parametrize(("batch", "length", "dim", "filters", "kernel"),
                         [(1, 1, 8, 4, 3), (3, 7, 16, 5, 3), (5, 40, 33, 12, 3),
                          (2, 9, 6, 7, 5)])
def test_conv_matches_slovnet_conv1d(batch: int, length: int, dim: int, filters: int,
                                     kernel: int) -> None:
    rng = np.random.default_rng(batch * 1000 + length)
    conv = _random_conv(rng, filters, dim, kernel)
    x = rng.standard_normal((batch, length, dim), dtype=np.float32)
    got = _conv(conv, x)
    assert got.shape == (batch, length, filters)
    np.testing.assert_allclose(got, _slovnet_conv(conv, x), rtol=1e-5, atol=1e-4)


def _random_embedding(rng: np.random.Generator, words: int, shapes: int
                      ) -> WordShapeEmbedding:
    """A small navec-style embedding (quantized word vectors) beside a shape embedding."""
    qdim, centroids, chunk = 4, 16, 3
    indexes = rng.integers(0, centroids, (words, qdim), dtype=np.uint8)
    codes = rng.standard_normal((qdim, centroids, chunk), dtype=np.float32)
    shape = rng.standard_normal((shapes, 5), dtype=np.float32)
    return WordShapeEmbedding(NavecEmbedding("test", _weight(indexes), _weight(codes)),
                              Embedding(_weight(shape)))


@pytest.mark.parametrize("seed", range(6))
def test_embed_conv_matches_embedding_then_conv(seed: int) -> None:
    rng = np.random.default_rng(seed)
    words, shapes = 30, 6
    emb = _random_embedding(rng, words, shapes)
    conv = _random_conv(rng, 9, 12 + 5, 3)
    batch, length = int(rng.integers(1, 6)), int(rng.integers(1, 25))
    # few distinct words, and trailing pads (word 0) as in a padded batch: repeats are the
    # point of the fast path
    word_id = rng.integers(0, 8, (batch, length))
    shape_id = rng.integers(0, shapes, (batch, length))
    for row in range(batch):
        word_id[row, int(rng.integers(1, length + 1)):] = 0
    got = _embed_conv(emb, conv, word_id, shape_id)
    x = emb(word_id, shape_id)
    assert got.shape == (batch, length, 9)
    np.testing.assert_allclose(got, _conv(conv, x), rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(got, _slovnet_conv(conv, x), rtol=1e-5, atol=1e-4)


def _real_batch(models: Models, encoder: object, n: int = 24
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Word and shape ids of the first sentences of the corpus, padded like a batch."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    sents = [s for a in models.analyse_many(texts) for s in a.sentences
             if 3 <= len(s.tokens) <= 60][:n]
    width = max(len(s.tokens) for s in sents)
    pad_w = encoder.words_vocab.pad_id  # type: ignore[attr-defined]
    pad_s = encoder.shapes_vocab.pad_id  # type: ignore[attr-defined]
    word_id = np.full((len(sents), width), pad_w)
    shape_id = np.full(word_id.shape, pad_s)
    for row, s in enumerate(sents):
        enc = [Models._encode(encoder, {}, t.text) for t in s.tokens]
        word_id[row, :len(enc)] = [w for w, _ in enc]
        shape_id[row, :len(enc)] = [sh for _, sh in enc]
    return word_id, shape_id, word_id == pad_w


@pytest.mark.slow
def test_encoder_matches_slovnet_on_real_text(models: Models) -> None:
    """The tagger's and the parser's encoder: slovnet's numbers, and the same argmax tags."""
    for infer in (models.morph_tagger.infer, models.ner.infer, models.syntax_parser.infer):
        model = infer.model
        word_id, shape_id, pad_mask = _real_batch(models, infer.encoder)
        want = model.encoder(model.emb(word_id, shape_id), pad_mask)
        got = _encode(model, word_id, shape_id, pad_mask)
        np.testing.assert_allclose(got, want, rtol=1e-4, atol=1e-4)
    model = models.morph_tagger.infer.model
    word_id, shape_id, pad_mask = _real_batch(models, models.morph_tagger.infer.encoder)
    want_tags = model.head.decode(model(word_id, shape_id, pad_mask))[~pad_mask]
    got_tags = model.head.decode(
        model.head(_encode(model, word_id, shape_id, pad_mask)))[~pad_mask]
    assert want_tags.size > 300
    assert (got_tags == want_tags).all()


@pytest.mark.slow
def test_parse_forward_matches_slovnet_syntax_model(models: Models) -> None:
    infer = models.syntax_parser.infer
    model = infer.model
    word_id, shape_id, pad_mask = _real_batch(models, infer.encoder)
    mask = ~pad_mask
    want = model(word_id, shape_id, pad_mask)
    head_id, rel_id = _parse_forward(model, word_id, shape_id, pad_mask)
    want_heads = model.head.decode(want.head_id, mask)[mask]
    assert want_heads.size > 300
    assert (model.head.decode(head_id, mask)[mask] == want_heads).all()
    assert (model.rel.decode(rel_id, mask)[mask]
            == model.rel.decode(want.rel_id, mask)[mask]).all()


@pytest.mark.slow
def test_parse_sentences_equals_natasha_on_real_paragraphs(models: Models) -> None:
    """Heads and relations of every sentence of real paragraphs: natasha's Doc.parse_syntax
    against the batched parse (token index of the head in its sentence, -1 for the root),
    natasha's cycles cut the same way."""
    from natasha import Doc

    paragraphs = [ln for p in sorted(CORPUS.glob("*.txt"))
                  for ln in p.read_text(encoding="utf-8").splitlines()
                  if len(ln) > 200 and ln.count("«") == ln.count("»")][:12]
    assert len(paragraphs) >= 8
    n = 0
    for par in paragraphs:
        doc = Doc(par)
        doc.segment(models.segmenter)
        doc.parse_syntax(models.syntax_parser)
        # natasha's heads with each cycle cut as ``break_cycles`` does (the one change made
        # on purpose; batching must change nothing else)
        want = [list(zip([t.text for t in s.tokens],
                         break_cycles([int(t.head_id.split("_")[1]) - 1 for t in s.tokens]),
                         [t.rel for t in s.tokens], strict=True))
                for s in doc.sents]
        sents = _segment(par)  # razdel's sentences, as natasha's Doc has them
        models.parse_sentences(sents)
        got = [[(t.text, t.head, t.rel) for t in s.tokens] for s in sents]
        assert got == want
        n += sum(len(s) for s in got)
    assert n > 500
