"""Adapters around razdel, natasha/slovnet and pymorphy2.

Models are heavy (about a second and 200 MB): build one ``Models`` per process and pass it
in. Nothing here runs at import time except standard-library imports, so worker processes
and the CLI stay cheap to start.
"""

from __future__ import annotations

import inspect
import os
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any


def _patch_pymorphy2() -> None:
    """pymorphy2 0.9.1 needs two fixes on Python 3.11+ with modern setuptools.

    ``inspect.getargspec`` was removed in 3.11, and without an explicit path pymorphy2 looks
    its dictionaries up through ``pkg_resources``, which setuptools 82+ no longer ships.
    ``PYMORPHY2_DICT_PATH`` also covers analyzers created inside natasha and yargy.
    """
    if not hasattr(inspect, "getargspec"):
        def getargspec(func: Any) -> Any:
            spec = inspect.getfullargspec(func)
            return spec.args, spec.varargs, spec.varkw, spec.defaults

        inspect.getargspec = getargspec  # type: ignore[attr-defined]
    if not os.environ.get("PYMORPHY2_DICT_PATH"):
        import pymorphy2_dicts_ru

        os.environ["PYMORPHY2_DICT_PATH"] = pymorphy2_dicts_ru.get_path()


@dataclass
class Token:
    text: str
    start: int
    stop: int
    pos: str | None = None
    feats: dict[str, str] = field(default_factory=dict)
    lemma: str = ""


@dataclass
class Sentence:
    start: int
    stop: int
    text: str
    tokens: list[Token]


@dataclass
class NerSpan:
    type: str  # PER, ORG, LOC
    start: int
    stop: int
    text: str


@dataclass
class Analysis:
    """Everything the extractors read: the text, its sentences with tokens, NER spans."""

    text: str
    sentences: list[Sentence]
    spans: list[NerSpan]


def _unbalanced(text: str) -> bool:
    return text.count('"') % 2 == 1 or text.count("«") > text.count("»")


def split_at_newlines(text: str, toks: list[Token]) -> list[Sentence]:
    """Fix razdel's sentences for news: split at line breaks, join inside open quotes.

    razdel joins a headline without a final stop to the next line, and splits a quoted
    name with full stops in it ("Социальная сплоченность. Открытое общество.").
    """
    out: list[Sentence] = []
    cur: list[Token] = []

    def close() -> None:
        out.append(Sentence(cur[0].start, cur[-1].stop, text[cur[0].start:cur[-1].stop], cur))

    for tok in toks:
        if cur and "\n" in text[cur[-1].stop:tok.start]:
            close()
            cur = []
        cur.append(tok)
    if cur:
        close()
    return out


def join_open_quotes(text: str, sents: list[Sentence]) -> list[Sentence]:
    out: list[Sentence] = []
    for s in sents:
        if out and _unbalanced(out[-1].text) and "\n" not in text[out[-1].stop:s.start]:
            prev = out.pop()
            toks = prev.tokens + s.tokens
            s = Sentence(prev.start, s.stop, text[prev.start:s.stop], toks)
        out.append(s)
    return out


class Models:
    """natasha/slovnet taggers and a pymorphy2 analyzer, loaded once."""

    def __init__(self) -> None:
        _patch_pymorphy2()
        import pymorphy2
        from natasha import (
            MorphVocab,
            NewsEmbedding,
            NewsMorphTagger,
            NewsNERTagger,
            Segmenter,
        )

        self.segmenter = Segmenter()
        emb = NewsEmbedding()
        self.ner = NewsNERTagger(emb)
        self.morph_tagger = NewsMorphTagger(emb)
        self.morph_vocab = MorphVocab()
        self.analyzer = pymorphy2.MorphAnalyzer(path=os.environ["PYMORPHY2_DICT_PATH"])
        self._parse = lru_cache(maxsize=200_000)(self._parse_uncached)
        self._lemma = lru_cache(maxsize=200_000)(self._lemma_uncached)

    # -- pymorphy2 with caching ------------------------------------------------------------
    def _parse_uncached(self, word: str) -> tuple[Any, ...]:
        return tuple(self.analyzer.parse(word))

    def parse(self, word: str) -> tuple[Any, ...]:
        return self._parse(word)

    def _lemma_uncached(self, word: str) -> str:
        parses = self._parse(word)
        return parses[0].normal_form if parses else word.lower()

    def lemma(self, word: str) -> str:
        """Context-free lemma of one word (lower case)."""
        return self._lemma(word)

    def inflect(self, word: str, grammemes: set[str]) -> str | None:
        parses = self._parse(word)
        if not parses:
            return None
        form = parses[0].inflect(grammemes)
        return form.word if form else None

    # -- whole documents -------------------------------------------------------------------
    def analyse(self, text: str) -> Analysis:
        from natasha import Doc

        doc = Doc(text)
        doc.segment(self.segmenter)
        doc.tag_ner(self.ner)
        doc.tag_morph(self.morph_tagger)
        sentences: list[Sentence] = []
        for sent in doc.sents:
            toks: list[Token] = []
            for t in sent.tokens:
                feats = dict(t.feats) if t.feats else {}
                tok = Token(t.text, t.start, t.stop, t.pos, feats)
                tok.lemma = self._lemma_for(tok)
                toks.append(tok)
            sentences.extend(split_at_newlines(text, toks))
        spans = [NerSpan(s.type, s.start, s.stop, s.text) for s in doc.spans]
        return Analysis(text, join_open_quotes(text, sentences), spans)

    def _lemma_for(self, tok: Token) -> str:
        """Lemma agreeing with the tagger's part of speech where pymorphy2 offers one."""
        word = tok.text
        if not any(ch.isalpha() for ch in word):
            return word.lower()
        parses = self._parse(word)
        if not parses:
            return word.lower()
        pos_map = {"NOUN": {"NOUN"}, "PROPN": {"NOUN"}, "ADJ": {"ADJF", "ADJS", "PRTF"},
                   "VERB": {"VERB", "INFN", "PRTF", "PRTS", "GRND"}}
        wanted = pos_map.get(tok.pos or "")
        if wanted:
            for p in parses:
                if p.tag.POS in wanted:
                    return str(p.normal_form)
        return str(parses[0].normal_form)


_MODELS: Models | None = None


def get_models() -> Models:
    """The process-wide models, loaded on first use (once per worker process)."""
    global _MODELS
    if _MODELS is None:
        _MODELS = Models()
    return _MODELS
