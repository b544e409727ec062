"""Adapters around razdel, natasha/slovnet and pymorphy2.

Models are heavy (about a second and 200 MB): build one ``Models`` per process and pass it
in. Nothing here runs at import time except standard-library imports, so worker processes
and the CLI stay cheap to start.
"""

from __future__ import annotations

import inspect
import os
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Generic, TypeVar

from soccoop.extract.homoglyphs import fold_homoglyphs
from soccoop.extract.lexicon_officials import (
    INITIALS_AND_SURNAME,
    INITIALS_ONLY,
    NAMESAKE_LEAD,
    NAMESAKE_MARK,
    NAMESAKE_OPEN,
    NAMESAKE_TAIL,
    NOT_SURNAME_MARKS,
    ORG_HEADS,
    RUN_PAST_INITIALS,
    SETTLEMENT_MARK_BEFORE,
    TRAILING_INITIALS_SURNAME,
    TRAILING_SURNAME_INITIALS,
)
from soccoop.extract.turns import speaker_label


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


BLAS_VARS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def _single_blas_thread() -> None:
    """One BLAS thread unless the user chose otherwise, set before numpy loads.

    slovnet's matrices are small: a second BLAS thread gains little, and when the cores are
    busy (worker processes, other programs) OpenBLAS threads spin and tagging runs 3-5x
    slower (measured). Parallelism comes from worker processes instead.
    """
    import sys

    if "numpy" not in sys.modules:
        for var in BLAS_VARS:
            os.environ.setdefault(var, "1")


def word_lemmas(t: Token) -> tuple[str, ...]:
    """social60: a token's lemma and, for a hyphenated noun, its parts' lemmas
    (``Token.parts``): "детей-сирот" gives ("детея-сирота", "ребёнок", "сирота"), so a
    lexicon's word is found in either part."""
    return (t.lemma, *t.parts)


class _EditStamp:
    """A token's lemma, tag, features, head or relation edited after tagging (a pass that
    re-tags a signing verb, a parse) gives every sentence a new stamp: a reading cached
    on a sentence (``agreement_clauses._coordinate_bounds``) is kept only under the stamp
    it was read under. One object per edit, so a cache pickled away never matches."""

    current: object = object()


def tokens_edited() -> None:
    """Call after changing a token's lemma, pos, feats, head or rel once the text is
    tagged (tests.test_speed88 checks every such assignment in the extractors calls it)."""
    _EditStamp.current = object()


def edit_stamp() -> object:
    """The stamp of the tokens' current state (``tokens_edited``)."""
    return _EditStamp.current


@dataclass
class Token:
    text: str
    start: int
    stop: int
    pos: str | None = None
    feats: dict[str, str] = field(default_factory=dict)
    lemma: str = ""
    head: int = -1  # index of the syntactic head in its sentence's tokens; -1: root/unparsed
    rel: str = ""  # UD relation to the head ("" until the sentence is parsed)
    # social60: lemmas of a hyphenated noun's parts, each read alone ("детей-сирот":
    # "ребёнок", "сирота"; the whole word's lemma is a guess, "детея-сирота"); () otherwise
    parts: tuple[str, ...] = ()


@dataclass
class Sentence:
    start: int
    stop: int
    text: str
    tokens: list[Token]
    parsed: bool = False  # dependency heads filled in (Models.parse_sentences)
    # children by head, built on the first ``children`` call after parsing (heads are final)
    _kids: dict[int, list[int]] | None = field(default=None, init=False, repr=False,
                                               compare=False)
    # speed88: coordinate cuts read so far (``agreement_clauses._coordinate_bounds``): the
    # edit stamp and ``parsed`` they were read under, and per ``verbs`` flag one entry a
    # token (None: not read yet)
    _cuts: tuple[object, bool, dict[bool, list[bool | None]]] | None = field(
        default=None, init=False, repr=False, compare=False)

    def children(self, i: int) -> list[int]:
        """Indexes of the tokens whose head is token ``i`` (empty before parsing).

        The rules ask for a token's children tens of thousands of times per corpus; a
        parsed sentence's heads no longer change, so its index is built once (one pass over
        the tokens) and each call copies one list, instead of rescanning the sentence."""
        kids = self._kids
        if kids is None:
            if not self.parsed:
                return [k for k, t in enumerate(self.tokens) if t.head == i]
            kids = self._kids = {}
            for k, t in enumerate(self.tokens):
                kids.setdefault(t.head, []).append(k)
        return list(kids.get(i, ()))


@dataclass
class NerSpan:
    type: str  # PER, ORG, LOC
    start: int
    stop: int
    text: str


@dataclass
class _Tree:
    """A sentence's dependency tree parsed ahead and kept aside (``Models.parse_sentences``):
    its tokens (kept, so the key's id stays theirs) and each one's head and relation."""

    tokens: list[Token]
    heads: list[int]
    rels: list[str]


@dataclass
class Analysis:
    """Everything the extractors read: the text, its sentences with tokens, NER spans."""

    text: str
    sentences: list[Sentence]
    spans: list[NerSpan]
    # the models that read the text (``Models.analyse_many``), for the rules that read a
    # word's dictionary forms with the analysis alone in hand (a person's name words)
    models: Models | None = field(default=None, repr=False, compare=False)
    # speak92: the document's text as stored, before page chrome was masked and wrapped
    # lines joined (``pipeline.extract_from_analysis`` sets it for every document; None for
    # an analysis of a text alone). Offsets match ``text``'s only when the lengths agree
    # (``stored_aligned``). Read by the rules that look at masked lines: a channel's title
    # naming its author (``signers.masked_author``), a page's header and footer naming its
    # body (``coreference.publisher_self_reference``), a masked comments heading and
    # digest headings (``merge.find_agreements``).
    stored: str | None = field(default=None, repr=False, compare=False)

    def stored_aligned(self) -> str | None:
        """The stored text when its offsets are the reading text's (no line was joined,
        ``extract.unwrap``), else None: what a rule comparing the two at one offset reads."""
        stored = self.stored
        return stored if stored is not None and len(stored) == len(self.text) else None

    def sentence_holding(self, offset: int) -> Sentence | None:
        """The sentence whose span holds ``offset`` (None in a gap between sentences)."""
        k = sentence_at(self.sentences, offset)
        return self.sentences[k] if k >= 0 and offset < self.sentences[k].stop else None

    def read_by(self) -> Models:
        """The models that read the text; an analysis built without them has none."""
        if self.models is None:
            raise ValueError("an analysis built without the models that read it")
        return self.models


_Key = TypeVar("_Key")
_Value = TypeVar("_Value")


class HeldPerDocument(Generic[_Key, _Value]):
    """What a rule builds once per document (an index of its spans, a reading of the whole
    page), held for the last ``kept`` documents asked about, each by the identity of its key
    (the analysis, its list of sentences); the key is held with it, so that no object of a
    later document can take its identity. The one shape of every per-document memo of the
    rules (rev48, agrmiss52, partners68, agreements69)."""

    def __init__(self, kept: int) -> None:
        self.kept = kept
        self.held: list[tuple[_Key, _Value]] = []

    def get(self, key: _Key, build: Callable[[_Key], _Value]) -> _Value:
        """``build(key)``, built once while ``key`` is among the last ``kept`` asked about."""
        for held, value in self.held:
            if held is key:
                return value
        value = build(key)
        self.held.insert(0, (key, value))
        del self.held[self.kept:]
        return value


# rev48: the sentence lists whose starts were listed last; a few, so that a rule reading a
# short text of its own between two lookups in the document does not list them again
_STARTS_KEPT = 4
_STARTS: HeldPerDocument[Sequence[Sentence], list[int]] = HeldPerDocument(_STARTS_KEPT)
_STARTS_HELD = _STARTS.held


def sentence_starts(sentences: Sequence[Sentence]) -> list[int]:
    """The starts of a document's sentences in order, listed once per document (the one
    index by offset every pass shares: the last few lists asked about are remembered by
    identity, and no list of sentences is changed once built). A bisect over it finds the
    sentence of an offset: ``sentence_at``; the sentence before the one starting at
    ``start`` is ``bisect_left(starts, start) - 1``. In "Соглашение подписано. Его
    подписали двое." the offset of "Его" is in sentence 1, the offset 0 in sentence 0."""
    return _STARTS.get(sentences, lambda held: [x.start for x in held])


def sentence_at(sentences: Sequence[Sentence], offset: int) -> int:
    """Index of the sentence starting at or before ``offset`` (-1 before the first), read
    from ``sentence_starts``."""
    return bisect_right(sentence_starts(sentences), offset) - 1


def line_of(text: str, sent: Sentence) -> str | None:
    """The sentence's line, stripped, when the sentence fills that line alone (a title or a
    headline), else None; one shared reading for every headline test (rev48: moved here
    from ``agreements`` so that the signer shapes read it too)."""
    before = text.rfind("\n", 0, sent.start)
    after = text.find("\n", sent.stop)
    line = text[before + 1:len(text) if after < 0 else after].strip()
    return line if line == sent.text.strip() else None


def line_span(text: str, at: int) -> tuple[int, int]:
    """The line holding offset ``at``: (its first offset, its end before "\\n"); rev48: the
    one reading for the interview turns, a speaker's line and a layout's list lines. In
    "Вопрос?\\n— Мы подписали." the offset of "Мы" is on the line (8, 23)."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    return line_start, len(text) if line_end < 0 else line_end


def opens_line(text: str, start: int, past_marks: bool = False) -> bool:
    """Does the sentence starting at ``start`` open its line: only spaces before it on the
    line, or, with ``past_marks``, no letter before it (a list's number or dash, an emoji:
    "2) Соглашение с фондом ...", "— Соглашение между ..." open their items' lines that
    way)? The one reading of a sentence opening its line (tidy50: ``agreement_lists.
    _opens_line`` read the first, ``candidate_signers._opens_line`` the second). A list
    reader asks the first, since a mark its segmenter cut off is a sentence of its own
    ("1." then "Соглашение ..."); a reader of an item's own words asks the second."""
    before = text[text.rfind("\n", 0, start) + 1:start]
    if past_marks:
        return not any(ch.isalpha() for ch in before)
    return not before.strip()


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


def split_speaker_label(text: str, sent: Sentence) -> list[Sentence]:
    """plan91: a transcript's speaker label opening a line is no part of what the speaker
    says: "ПЕТРОВА: С колледжем у нас давно действует договор." reads as the label
    "ПЕТРОВА:" and the sentence after it, so the parse no longer hangs the words that open
    the answer on the name. The label is ``turns.speaker_label``'s, in capitals (one to
    ``CAPITALS_LABEL_WORDS`` words of two or more capital letters, as transcripts print a
    speaker), opening the line, and more words follow its colon."""
    toks = sent.tokens
    if text[text.rfind("\n", 0, sent.start) + 1:sent.start].strip():
        return [sent]
    label = speaker_label(sent)
    if label is None or not label.capitals or label.end + 1 >= len(toks):
        return [sent]
    head, rest = toks[:label.end], toks[label.end:]
    return [Sentence(p[0].start, p[-1].stop, text[p[0].start:p[-1].stop], p)
            for p in (head, rest)]


def _initial_at(toks: list[Token], k: int) -> bool:
    """Token ``k`` is an initial's letter and ``k + 1`` its full stop ("И" ".")."""
    return k >= 0 and k + 1 < len(toks) and len(toks[k].text) == 1 and \
        toks[k].text.isupper() and toks[k].text.isalpha() and toks[k + 1].text == "."


def split_after_initials(text: str, sent: Sentence) -> list[Sentence]:
    """sig81: cut a sentence razdel ran on after a name written surname first, whose
    initials' full stop also ends the sentence: "Документ подписал директор Сомов Р.Т. В
    работе совещания участвовал депутат Орлов." razdel never ends a sentence at an initial;
    here two initials follow a capitalised surname ("Сомов Р.Т.") and the next word is
    capitalised but no name (tagged no proper noun nor animate, and no initial: "В",
    "Соглашение"), so
    the name is complete and the capital opens a new sentence. "подписал Р.Т. Сомов", "Сомов
    Р.Т. Орлова" (a proper noun next) and "Сомову Р.Т. поручено" are not cut. Tagged tokens
    only; one pass."""
    toks = sent.tokens
    cuts: list[int] = []
    for k in range(4, len(toks)):
        t = toks[k]
        if not (t.text[:1].isupper() and t.text.isalpha() and t.pos != "PROPN" and
                t.feats.get("Animacy") != "Anim") or \
                _initial_at(toks, k) or not (_initial_at(toks, k - 2) and _initial_at(toks, k - 4)):
            continue
        surname = toks[k - 5] if k >= 5 else None
        if surname is not None and surname.text[:1].isupper() and len(surname.text) > 1 and \
                surname.text[1:].replace("-", "").islower() and \
                (surname.pos == "PROPN" or surname.feats.get("Animacy") == "Anim"):
            cuts.append(k)
    if not cuts:
        return [sent]
    out: list[Sentence] = []
    lo = 0
    for k in [*cuts, len(toks)]:
        piece = toks[lo:k]
        out.append(Sentence(piece[0].start, piece[-1].stop, text[piece[0].start:piece[-1].stop],
                            piece))
        lo = k
    return out


# How many sentences after an open quote may hold its closing quote (bounds the look).
QUOTE_LOOKAHEAD = 5


def _closed_later(text: str, sents: list[Sentence], first: int, start: int) -> bool:
    """The quote open in ``text[start:sents[first].start]`` closes in one of the next
    ``QUOTE_LOOKAHEAD`` sentences of the same paragraph. A nested name whose two closing
    quotes are written as one, «Центр поддержки семьи «Вместе», leaves its sentence
    unbalanced for good: joining it to the rest of the paragraph would glue whole sentences
    together ("… «Вместе» и КЦСОН. Они будут вместе сопровождать семьи.")."""
    prev_stop = sents[first].start
    for s in sents[first:first + QUOTE_LOOKAHEAD]:
        if "\n" in text[prev_stop:s.start]:
            return False
        if not _unbalanced(text[start:s.stop]):
            return True
        prev_stop = s.stop
    return False


def join_open_quotes(text: str, sents: list[Sentence]) -> list[Sentence]:
    """Join a sentence razdel cut inside a quote to the next ones, up to the one that
    closes it ("«Социальная сплоченность. Открытое общество.»"); a quote that stays open to
    the paragraph's end joins nothing (``_closed_later``)."""
    out: list[Sentence] = []
    for n, s in enumerate(sents):
        if (out and _unbalanced(out[-1].text) and "\n" not in text[out[-1].stop:s.start]
                and _closed_later(text, sents, n, out[-1].start)):
            prev = out.pop()
            toks = prev.tokens + s.tokens
            s = Sentence(prev.start, s.stop, text[prev.start:s.stop], toks)
        out.append(s)
    return out


# Where a run-on "sentence" may be cut: after clause punctuation, or before a coordinating
# conjunction. Word lists of segmentation, not of extraction.
_CUT_AFTER = frozenset({",", ";", ":", "—", "–", "-", ")", "»"})
_CUT_BEFORE = frozenset({"и", "а", "но", "или", "либо", "однако", "причем", "причём", "также"})


def split_run_ons(text: str, sents: list[Sentence], limit: int | None = None) -> list[Sentence]:
    """Cut every sentence longer than ``limit`` tokens into pieces of at most ``limit``.

    A scraped page can hold thousands of words without a full stop; every extractor reads a
    sentence as a unit (its parties, persons, clause), so an unbounded sentence makes their
    cost grow with its square. News sentences are far shorter than the limit (measured on
    FactRuEval and NEREL: none of ordinary prose is cut), so only run-ons change. A cut
    goes after the last comma, semicolon or dash of the second half of the window, else
    before the last conjunction ("… губернатор Иван Петров | и министр …"), else at the
    limit. Linear in the number of tokens.
    """
    limit = limit or SENTENCE_TOKENS
    out: list[Sentence] = []
    for sent in sents:
        toks = sent.tokens
        if len(toks) <= limit:
            out.append(sent)
            continue
        lo = 0
        while len(toks) - lo > limit:
            cut = _cut_point(toks, lo + limit // 2, lo + limit)
            piece = toks[lo:cut]
            out.append(Sentence(piece[0].start, piece[-1].stop,
                                text[piece[0].start:piece[-1].stop], piece))
            lo = cut
        rest = toks[lo:]
        out.append(Sentence(rest[0].start, rest[-1].stop, text[rest[0].start:rest[-1].stop],
                            rest))
    return out


def _cut_point(toks: list[Token], first: int, last: int) -> int:
    """Index of the first token of the next piece, in ``(first, last]``."""
    for k in range(last, first, -1):
        if toks[k - 1].text in _CUT_AFTER:
            return k
    for k in range(last, first, -1):
        if toks[k].text.lower() in _CUT_BEFORE:
            return k
    return last


class Models:
    """natasha/slovnet taggers and a pymorphy2 analyzer, loaded once."""

    def __init__(self) -> None:
        _single_blas_thread()
        _patch_pymorphy2()
        import pymorphy2
        from natasha import (
            MorphVocab,
            NewsEmbedding,
            NewsMorphTagger,
            NewsNERTagger,
            NewsSyntaxParser,
            Segmenter,
        )

        self.segmenter = Segmenter()
        emb = NewsEmbedding()
        self.ner = NewsNERTagger(emb)
        self.morph_tagger = NewsMorphTagger(emb)
        self.syntax_parser = NewsSyntaxParser(emb)
        self.morph_vocab = MorphVocab()
        self.analyzer = pymorphy2.MorphAnalyzer(path=os.environ["PYMORPHY2_DICT_PATH"])
        self._parse = lru_cache(maxsize=200_000)(self._parse_uncached)
        self._lemma = lru_cache(maxsize=200_000)(self._lemma_uncached)
        self._lemma_pos = lru_cache(maxsize=200_000)(self._lemma_pos_uncached)
        self._codes: dict[int, dict[str, tuple[int, int]]] = {}  # per encoder: word -> ids
        # trees parsed ahead (parse_sentences), by the id of the sentence's first token
        self._ahead: dict[int, _Tree] = {}

    # -- pymorphy2 with caching ------------------------------------------------------------
    def _parse_uncached(self, word: str) -> tuple[Any, ...]:
        try:
            return tuple(self.analyzer.parse(word))
        except (KeyError, ValueError):  # pymorphy2 fails on characters unicodedata can't name
            return ()

    def parse(self, word: str) -> tuple[Any, ...]:
        return self._parse(word)

    def _lemma_uncached(self, word: str) -> str:
        parses = self._parse(word)
        return parses[0].normal_form if parses else word.lower()

    def lemma(self, word: str) -> str:
        """Context-free lemma of one word (lower case)."""
        return self._lemma(word)

    def hyphen_parts(self, word: str, pos: str | None, *, quoted: bool = False,
                     initial: bool = False) -> tuple[str, ...]:
        """social60: the lemmas of a hyphenated noun's parts, each read alone as a noun:
        pymorphy2 guesses one lemma for the whole word and gets its first part wrong
        ("детей-сирот" gives "детея-сирота", "детям-инвалидам" "детям-инвалид"), so a word
        of a lexicon's class written as a part is not found; "детей-сирот" gives
        ("ребёнок", "сирота"). A word of one part, a part with no letter or a word the
        tagger reads as no noun ("социально-бытовой") gives ().
        fixsocial60: common nouns only; a proper name is one word, not its parts: a word
        tagged PROPN, a capitalised one (its first letter, unless it opens the sentence,
        ``initial``, or the first letter of a later part: "Санкт-Петербург",
        "Ростов-на-Дону") or one ``quoted`` inside «...» (a name: завод «Труд-Металл»)
        gives (). Set once, when ``analyse_many`` tags the token (``Token.parts``); a later
        pass that re-tags a token (a signing verb read as VERB) does not reset them."""
        if pos != "NOUN" or quoted:
            return ()
        parts = word.split("-")
        if len(parts) < 2 or not all(p.isalpha() for p in parts):
            return ()
        if any(p[0].isupper() for p in parts[1:]) or (parts[0][0].isupper() and not initial):
            return ()
        return tuple(self._lemma_pos(p, "NOUN") for p in parts)

    def inflect(self, word: str, grammemes: set[str]) -> str | None:
        parses = self._parse(word)
        if not parses:
            return None
        form = parses[0].inflect(grammemes)
        return form.word if form else None

    # -- whole documents -------------------------------------------------------------------
    def analyse(self, text: str) -> Analysis:
        """One document; same result as ``analyse_many([text])[0]``."""
        return self.analyse_many([text])[0]

    def analyse_many(self, texts: list[str]) -> list[Analysis]:
        """Segment, tag NER and morphology for many documents at once.

        slovnet pads every item to the longest in its batch and its CRF decodes one token
        position at a time for the whole batch, so batches of similar-length pieces
        (sentences for morphology, sentence chunks for NER) from all documents are much
        cheaper than natasha's per-document calls. Whitespace (masked boilerplate) yields
        no tokens, so it costs nothing. Every path (ingest, eval, benchmarks) comes here, so
        Latin look-alike letters in Cyrillic words ("Пeтров") are folded here, keeping each
        text's length: ``Analysis.text`` is the folded copy, offsets match the stored text.
        """
        texts = [fold_homoglyphs(t) for t in texts]  # extract.homoglyphs
        segs = [_segment(t) for t in texts]
        spans = self._ner_many(texts, segs)
        self._morph_many(segs)
        spans = [mend_person_spans(text, doc_spans, self.parse,
                                   {t.start: t for sent in sents for t in sent.tokens})
                 for text, doc_spans, sents in zip(texts, spans, segs, strict=True)]
        out: list[Analysis] = []
        for text, sents, doc_spans in zip(texts, segs, spans, strict=True):
            sentences: list[Sentence] = []
            for sent in sents:
                quotes = 0  # fixsocial60: depth of «...» (a name's quotes)
                for k, tok in enumerate(sent.tokens):
                    tok.lemma = self._lemma_pos(tok.text, tok.pos)
                    quotes += (tok.text == "«") - (tok.text == "»" and quotes > 0)
                    tok.parts = self.hyphen_parts(tok.text, tok.pos, quoted=quotes > 0,
                                                  initial=k == 0)
                # tagged as razdel's sentences (as natasha does), read as news sentences
                for line in split_at_newlines(text, sent.tokens):
                    for said in split_speaker_label(text, line):
                        sentences.extend(split_after_initials(text, said))
            joined = join_open_quotes(text, sentences)
            out.append(Analysis(text, split_run_ons(text, joined), doc_spans, self))
        return out

    def untagged(self, text: str) -> Analysis:
        """Lines of a text as sentences of tokens with context-free lemmas, no NER and no
        tagging: for page furniture read outside the document's analysis (a site's header
        line), where a few dictionary lookups do and the taggers' cost is not wanted."""
        text = fold_homoglyphs(text)
        sentences: list[Sentence] = []
        for sent in _segment(text):
            for tok in sent.tokens:
                tok.lemma = self._lemma_pos(tok.text, None)
            sentences.extend(split_at_newlines(text, sent.tokens))
        return Analysis(text, sentences, [], self)

    def _ner_many(self, texts: list[str], segs: list[list[Sentence]]) -> list[list[NerSpan]]:
        """NER over chunks of whole sentences (≤ NER_CHUNK tokens), spans in text offsets."""
        from slovnet.bio import bio_spans

        pieces: list[tuple[int, list[Token]]] = []  # (document index, tokens)
        for i, (text, sents) in enumerate(zip(texts, segs, strict=True)):
            if not text.strip():
                continue
            for chunk in _chunks(sents, NER_CHUNK):
                pieces.append((i, chunk))
        tags = self._infer(self.ner.infer, [toks for _, toks in pieces], ner=True)
        out: list[list[NerSpan]] = [[] for _ in texts]
        for (i, toks), piece_tags in zip(pieces, tags, strict=True):
            for span in bio_spans(toks, piece_tags):
                for one in without_menu_row(NerSpan(span.type, span.start, span.stop,
                                                    texts[i][span.start:span.stop])):
                    out[i] += without_namesake(one)
        return out

    def _morph_many(self, segs: list[list[Sentence]]) -> None:
        """POS and features for every token, sentence by sentence (long ones in pieces)."""
        from slovnet.conll import parse_conll_tag

        pieces: list[list[Token]] = []
        for sents in segs:
            for sent in sents:
                toks = sent.tokens
                for k in range(0, len(toks), MORPH_PIECE):
                    pieces.append(toks[k:k + MORPH_PIECE])
        tags = self._infer(self.morph_tagger.infer, pieces, ner=False)
        parsed: dict[str, tuple[str, dict[str, str]]] = {}
        for toks, piece_tags in zip(pieces, tags, strict=True):
            for tok, tag in zip(toks, piece_tags, strict=True):
                hit = parsed.get(tag)
                if hit is None:
                    hit = parsed[tag] = parse_conll_tag(tag)
                tok.pos = hit[0]
                tok.feats.update(hit[1])  # the token's own empty dict: one allocation

    def _infer(self, infer: Any, pieces: list[list[Token]], *, ner: bool) -> list[list[str]]:
        """Tags for each piece, run in length-sorted batches of bounded padded size."""
        import numpy as np
        from slovnet.exec.mask import split_masked

        encoder, model, vocab = infer.encoder, infer.model, infer.decoder.tags_vocab
        tags: list[str] = vocab.items
        codes = self._codes.setdefault(id(encoder), {})
        if len(codes) > 300_000:  # bound the memory of a long-running worker
            codes.clear()
        result: list[list[str]] = [[] for _ in pieces]
        # NER's CRF decodes one position at a time for the whole batch: a batch costs its
        # width once more (CRF_STEP padded tokens a position), so NER batches stay wider
        for batch in length_batches([len(p) for p in pieces],
                                    CRF_STEP if ner else 0):
            word_id = np.full((len(batch), len(pieces[batch[-1]])), encoder.words_vocab.pad_id)
            shape_id = np.full(word_id.shape, encoder.shapes_vocab.pad_id)
            for row, i in enumerate(batch):
                enc = [codes.get(t.text) or self._encode(encoder, codes, t.text)
                       for t in pieces[i]]
                word_id[row, :len(enc)] = [w for w, _ in enc]
                shape_id[row, :len(enc)] = [sh for _, sh in enc]
            pad_mask = word_id == encoder.words_vocab.pad_id
            pred = _forward(model, word_id, shape_id, pad_mask)
            # vocab.decode(id) is items[id]: one list of Python ints, indexed directly
            ids: list[list[int]] = (
                crf_decode(model.head.crf.transitions.array, pred, ~pad_mask) if ner else
                [np.asarray(r).tolist() for r in split_masked(model.head.decode(pred),
                                                              ~pad_mask)])
            for i, got in zip(batch, ids, strict=True):
                result[i] = [tags[x] for x in got]
        return result

    def parse_sentences(self, sents: list[Sentence], ahead: list[Sentence] | None = None
                        ) -> None:
        """Dependency heads and relations (natasha's NewsSyntaxParser) for these sentences.

        The parser costs about as much as the morphology tagger, so callers pass only the
        sentences an extractor reads structurally (extract.syntax.needs_syntax). Batched and
        length-sorted like tagging; a sentence longer than SYNTAX_PIECE tokens (a run-on
        line) is parsed in pieces, each piece its own tree. Idempotent: parsed sentences
        are skipped.

        ``ahead``: sentences a rule will likely ask for later (``syntax.ensure_parsed``),
        parsed in the same batches but kept aside, not applied: every rule still sees them
        unparsed until one asks, and then gets this tree instead of a parse of its own (a
        sentence parsed alone costs about four times its share of a batch; the parser's
        output does not depend on the batch, measured). Each call replaces what the last
        one kept aside, so only the current batch's sentences are held.

        speed86: a sentence parsed on demand keeps its tree there too, for another view of
        the very same tokens: the agreement passes read the document as ``Window``s
        (``syntax.windows``), whose tokens are the sentence's own but whose ``parsed`` flag
        is their own, so a window parsed on demand and then its sentence (or the other
        way round) parsed the same tokens twice (61 of the 222 sentences parsed alone on
        the benchmark's 150 documents). The parser reads only the words, so the second
        parse gave the same tree: it is now handed over.
        """
        import numpy as np
        from slovnet.exec.mask import split_masked

        infer = self.syntax_parser.infer
        encoder, model, rels = infer.encoder, infer.model, infer.decoder.rels_vocab
        rel_names: list[str] = rels.items  # rels.decode(id) is items[id]
        codes = self._codes.setdefault(id(encoder), {})
        # (sentence, offset, tokens, the tree kept aside or None: applied to the tokens)
        pieces: list[tuple[Sentence, int, list[Token], _Tree | None]] = []
        applied: list[Sentence] = []  # parsed on demand: their trees are kept (speed86)
        if any(not sent.parsed for sent in sents):
            tokens_edited()  # heads and relations set, or a window's ``parsed`` flag
        for sent in sents:
            if sent.parsed:
                continue
            sent.parsed = True
            if self._kept_tree(sent):
                continue
            if ahead is None and sent.tokens:
                applied.append(sent)
            for k in range(0, len(sent.tokens), SYNTAX_PIECE):
                pieces.append((sent, k, sent.tokens[k:k + SYNTAX_PIECE], None))
        if ahead is not None:
            self._ahead = {}
            for sent in ahead:
                if sent.parsed or not sent.tokens or id(sent.tokens[0]) in self._ahead:
                    continue
                aside = _Tree(list(sent.tokens), [-1] * len(sent.tokens),
                              [""] * len(sent.tokens))
                self._ahead[id(sent.tokens[0])] = aside
                for k in range(0, len(sent.tokens), SYNTAX_PIECE):
                    pieces.append((sent, k, sent.tokens[k:k + SYNTAX_PIECE], aside))
        for batch in length_batches([len(p[2]) for p in pieces]):
            width = len(pieces[batch[-1]][2])
            word_id = np.full((len(batch), width), encoder.words_vocab.pad_id)
            shape_id = np.full(word_id.shape, encoder.shapes_vocab.pad_id)
            for row, i in enumerate(batch):
                enc = [codes.get(t.text) or self._encode(encoder, codes, t.text)
                       for t in pieces[i][2]]
                word_id[row, :len(enc)] = [w for w, _ in enc]
                shape_id[row, :len(enc)] = [sh for _, sh in enc]
            pad_mask = word_id == encoder.words_vocab.pad_id
            mask = ~pad_mask
            head_id, rel_id = _parse_forward(model, word_id, shape_id, pad_mask)
            heads = split_masked(model.head.decode(head_id, mask), mask)
            rel_ids = split_masked(model.rel.decode(rel_id, mask), mask)
            for i, h_row, r_row in zip(batch, heads, rel_ids, strict=True):
                _, offset, toks, kept = pieces[i]
                cut = break_cycles([int(h) - 1 for h in np.asarray(h_row).tolist()])
                for n, (tok, h, r) in enumerate(zip(toks, cut, np.asarray(r_row).tolist(),
                                                    strict=True)):
                    head, rel = offset + h if h >= 0 else -1, rel_names[r]
                    if kept is None:
                        tok.head, tok.rel = head, rel
                    else:
                        kept.heads[offset + n], kept.rels[offset + n] = head, rel
        for sent in applied:
            toks = sent.tokens
            self._ahead.setdefault(id(toks[0]), _Tree(list(toks), [t.head for t in toks],
                                                      [t.rel for t in toks]))

    def parse_kept(self, sent: Sentence) -> bool:
        """Give an unparsed ``sent`` the tree the batch parsed ahead for it, or parsed for
        another sentence of these very tokens (``parse_sentences``), parsing nothing; True
        when the sentence is parsed now."""
        if not sent.parsed and sent.tokens and self._ahead.get(id(sent.tokens[0])) is not None:
            tokens_edited()
            sent.parsed = self._kept_tree(sent)
        return sent.parsed

    def keep_edited_tree(self, sent: Sentence) -> None:
        """fixagr58: a rule that edits a parsed sentence's heads or relations keeps the edit
        as the tree of these tokens, so another view of them (the ``Sentence`` under a
        ``Window``) parsed later gets the edited tree, not the parser's one back
        (``_kept_tree``)."""
        if sent.parsed and sent.tokens:
            toks = sent.tokens
            self._ahead[id(toks[0])] = _Tree(list(toks), [t.head for t in toks],
                                             [t.rel for t in toks])

    def _kept_tree(self, sent: Sentence) -> bool:
        """Give ``sent`` the tree parsed ahead for it, or parsed on demand for another
        sentence of these very tokens (``parse_sentences``), if there is one; True when it
        was given."""
        tree = self._ahead.get(id(sent.tokens[0])) if sent.tokens else None
        if tree is None or len(tree.tokens) != len(sent.tokens) or any(
                a is not b for a, b in zip(tree.tokens, sent.tokens, strict=True)):
            return False
        for tok, head, rel in zip(sent.tokens, tree.heads, tree.rels, strict=True):
            tok.head, tok.rel = head, rel
        return True

    @staticmethod
    def _encode(encoder: Any, codes: dict[str, tuple[int, int]], word: str) -> tuple[int, int]:
        """(word id, shape id) as slovnet's encoder computes them, remembered per word."""
        from slovnet.shape import word_shape

        hit = codes[word] = (encoder.words_vocab.encode(word.lower()),
                             encoder.shapes_vocab.encode(word_shape(word)))
        return hit

    def _lemma_pos_uncached(self, word: str, pos: str | None) -> str:
        """Lemma agreeing with the tagger's part of speech where pymorphy2 offers one."""
        if not any(ch.isalpha() for ch in word):
            return word.lower()
        parses = self._parse(word)
        if not parses:
            return word.lower()
        wanted = _POS_MAP.get(pos or "")
        if wanted:
            for p in parses:
                if p.tag.POS in wanted:
                    return str(p.normal_form)
        return str(parses[0].normal_form)


# Bounds for batched tagging, chosen by measurement (benchmarks/bench_nlp.py).
NER_CHUNK = 256  # tokens of whole sentences per NER piece
MORPH_PIECE = 200  # longer "sentences" (no punctuation) are tagged in pieces of this size
BATCH_TOKENS = 4096  # padded tokens per batch
MAX_BATCH = 64
# A batch's own cost (the encoder's layer calls, its weights read once more), in padded
# token positions: a batch is cut where widening it would pad more than a new batch costs
BATCH_OVERHEAD = 48
CRF_STEP = 2  # NER: one CRF decoding step for the whole batch, in padded token positions


def length_batches(lengths: list[int], per_position: int = 0) -> Iterator[list[int]]:
    """Indexes of the non-empty items, shortest first (ties in index order), in batches
    for the taggers and the parser: a batch is padded to its longest item, so every
    padded position costs as a token does, and each batch costs a fixed
    ``BATCH_OVERHEAD`` (``per_position``: and that much per position of its width).

    A batch grows while it stays within ``MAX_BATCH`` items and ``BATCH_TOKENS`` padded
    tokens, and while the padding that the next, longer item adds to the items already
    in it (the difference of lengths times their number) costs no more than a new batch
    would (speed86): "Соглашение подписано." (3 tokens) is no longer padded to the 40 of
    the longest sentence among 64. On the benchmark's 150 documents (batches of 16) the
    morphology tagger's padded positions went 75,333 -> 59,743 for 52,519 tokens (39 -> 69
    batches), the parser's batched ones 57,505 -> 39,350 (25 -> 59 batches). Which batch an
    item is in does not change its tags or tree: the padding's embedding is zero and the
    layers mask it (every record of the dev rounds identical). Linear after the sort."""
    order = sorted((i for i, n in enumerate(lengths) if n), key=lengths.__getitem__)
    pos = 0
    while pos < len(order):
        end = pos + 1
        while end < len(order) and end - pos < MAX_BATCH:
            width = lengths[order[end]]
            if width * (end - pos + 1) > BATCH_TOKENS:
                break
            added = (width - lengths[order[end - 1]]) * (end - pos)
            if added > BATCH_OVERHEAD + per_position * width:
                break
            end += 1
        yield order[pos:end]
        pos = end
SENTENCE_TOKENS = 100  # longer "sentences" (run-ons) are cut before extraction
_NAMESAKE_LEAD = re.compile(NAMESAKE_LEAD)
_NAMESAKE_TAIL = re.compile(NAMESAKE_TAIL)


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# hid95: a menu's next item opens with a capital (or a digit, a mark); a gap before a
# lower-case word is a line's joining ("Брян-\nской" read "Брянской   областной",
# ``extract.unwrap``) or a justified print line, inside one name
_MENU_GAP = re.compile(r"\S(?: {3,}|\t)(?![а-яёa-z])\S")


def without_menu_row(span: NerSpan) -> list[NerSpan]:
    """agr87: a body's or place's span ends at a blank line, which no name crosses, and a
    span whose words stand apart by runs of three spaces or a tab is a site menu's row, no
    name: "О фонде   Проекты   Новости   Контакты" tagged as a body from "Проекты" on gives
    nothing, so no side or official's body is read from it (hid95: not a gap before a
    lower-case word, ``_MENU_GAP``). A person's span is only cut at a blank line (hid95:
    "Кудиновой\n\nТамбов", a name closing a header run on into the next line's word)."""
    m = _BLANK_LINE.search(span.text)
    if m is not None:
        text = span.text[:m.start()].rstrip()
        span = NerSpan(span.type, span.start, span.start + len(text), text)
    if span.type == "PER":
        return [span] if span.text.strip() else []
    return [] if not span.text.strip() or _MENU_GAP.search(span.text) else [span]


def without_namesake(span: NerSpan) -> list[NerSpan]:
    """sig65: a span parted where the NER ran a person and the namesake of an institution
    together. A person's span cut after the namesake before the name: "ректор СВФУ им. М. К.
    Аммосова Нюргун Слепцов" tagged "им. М. К. Аммосова Нюргун Слепцов" → "Нюргун Слепцов"
    (a name must follow, so a span of the namesake alone is left whole). A body's span
    ending with the namesake and a person after it is the body and the person: "директор
    Института психологии СВФУ имени М. К. Аммосова Е. Н. Гоголева подписали" → "...
    имени М. К. Аммосова" and "Е. Н. Гоголева". Parted once, where the spans are made, so
    every reader (officials, signers, sides) sees the same person."""
    if span.type == "PER":
        m = _NAMESAKE_LEAD.match(span.text)
        if m is not None:
            return [NerSpan(span.type, span.start + m.end(), span.stop, span.text[m.end():])]
    elif span.type == "ORG":
        m = _NAMESAKE_TAIL.search(span.text)
        if m is not None:
            body = span.text[:m.start(1)].rstrip()
            return [NerSpan("ORG", span.start, span.start + len(body), body),
                    NerSpan("PER", span.start + m.start(1), span.stop, m.group(1))]
    return [span]


_NAMESAKE_OPEN = re.compile(NAMESAKE_OPEN)
# off43: at most this many words of a person's span right after "имени"/"им." are the
# namesake's (a first name, a patronymic, a surname)
NAMESAKE_WORDS = 3


def _nominative_first_name(word: str, parse: Callable[[str], tuple[Any, ...]]) -> bool:
    """Does the word read as a first name in the nominative singular and never in the
    genitive ("Сергей", "Анна"; not "Ивана", "Питирима", the namesake's genitive)?"""
    readings = [p for p in parse(word) if "Name" in p.tag]
    return any(p.tag.case == "nomn" and p.tag.number == "sing" for p in readings) and \
        not any(p.tag.case == "gent" for p in readings)


def namesake_into_its_body(body: NerSpan, span: NerSpan, text: str,
                           parse: Callable[[str], tuple[Any, ...]]
                           ) -> tuple[NerSpan, ...] | None:
    """off43 namesake_into_its_body: a person's span that the NER opens inside the
    namesake of the body right before it is the rest of the body's name, no person of the
    text. The body's span ends with "имени"/"им." (and maybe a title, a first name or
    initials: ``NAMESAKE_OPEN``), one space before the person's span: "ректор ТГУ им. Ивана"
    + "Карпова" → body "ТГУ им. Ивана Карпова"; "университета имени" + "Ивана Карпова" →
    "университета имени Ивана Карпова". After "им." with a first name only the next word
    (the surname) joins the body and the rest of the span stays a person ("им. Ивана" +
    "Карпова Анна Сомова" → "... Карпова" and "Анна Сомова"); after "имени" alone the
    span's words up to a first name in the nominative join, a name's length at most
    (``NAMESAKE_WORDS``): "им." + "Карпова Сергей Белов" → "... им. Карпова" and "Сергей
    Белов". "от имени" speaks for someone and is left. None when the spans are no such
    pair."""
    if body.type != "ORG" or span.type != "PER":
        return None
    gap = text[body.stop:span.start]
    if gap != " " and gap.split() not in (["им."], ["имени"]):
        return None
    tail = body.text + gap.rstrip()  # "ТГУ" + " им. " → "ТГУ им."
    m = _NAMESAKE_OPEN.search(tail)
    if m is None:
        return None
    at = body.start + m.start()
    if text[max(0, at - 3):at].lower().strip() == "от":
        return None  # "от имени": on behalf of someone
    words = list(re.finditer(r"\S+", span.text))
    opened = re.search(r"[А-ЯЁ]", tail[m.start() + 2:]) is not None
    last = tail.split()[-1]
    if opened and last[1:].isalpha() and not (
            any("Name" in p.tag for p in parse(last)) and
            not any("Surn" in p.tag for p in parse(last))):
        return None  # "им. Огарёва" + "Сергей Белов": the namesake's surname ends the body
    if opened:  # the first name or initials are in the body: the surname ends the name
        cut = span.start + words[0].end()
    else:  # up to a first name in the nominative, which opens the person after it
        person = next((n for n, w in enumerate(words) if n and _nominative_first_name(
            w.group(), parse)), len(words))
        if person > NAMESAKE_WORDS or _nominative_first_name(words[0].group(), parse):
            return None
        cut = span.start + words[person - 1].end()
    joined = NerSpan("ORG", body.start, cut, text[body.start:cut])
    rest = text[cut:span.stop]
    if not rest.strip():
        return (joined,)
    start = cut + len(rest) - len(rest.lstrip())
    return joined, NerSpan("PER", start, span.stop, text[start:span.stop])


# How far before a span of initials alone its surname is looked for (a word's length).
SURNAME_LOOKBACK = 40
_TRAILING_SURNAME_INITIALS = re.compile(TRAILING_SURNAME_INITIALS)
_INITIALS_ONLY = re.compile(INITIALS_ONLY)
_INITIALS_AND_SURNAME = re.compile(INITIALS_AND_SURNAME)
_RUN_PAST_INITIALS = re.compile(RUN_PAST_INITIALS)
_TRAILING_INITIALS_SURNAME = re.compile(TRAILING_INITIALS_SURNAME)
_NAMESAKE_MARK = re.compile(NAMESAKE_MARK)
_SETTLEMENT_MARK_BEFORE = re.compile(SETTLEMENT_MARK_BEFORE)
# How far before a span its settlement's abbreviated kind is looked for (characters).
SETTLEMENT_MARK_REACH = 8


def place_after_a_settlement_mark(span: NerSpan, text: str) -> NerSpan:
    """nerel55: a person's span of one word right after a settlement's abbreviated kind
    (``SETTLEMENT_MARK_BEFORE``: "г.", "гор.", "пос.", "пгт", in lower case and not after a
    number) is the settlement's name, a place: "директор школы г. Лиснова Иван Рябов" tags
    the town's genitive "Лиснова" a person, and the reader of the post before "Иван Рябов"
    stops at a person between them. "В 2024 г. Лисновой" (a year) and "Г. Лиснова" (an
    initial) keep their span. Text only, no look past the mark."""
    if span.type != "PER" or len(span.text.split()) != 1:
        return span
    if not _SETTLEMENT_MARK_BEFORE.search(text[max(0, span.start - SETTLEMENT_MARK_REACH):
                                               span.start]):
        return span
    return NerSpan("LOC", span.start, span.stop, span.text)


def _surname_like(word: str, parse: Callable[[str], tuple[Any, ...]],
                  tok: Token | None = None) -> bool:
    """sig81: may ``word``, written right before a person's initials, be her surname? A
    capitalised word, not in capitals (an abbreviation), tagged a proper noun in its
    sentence or whose dictionary readings are a surname's, or a nominative or caseless one
    none of which is a place's, a body's or an abbreviation's ("Сомов", "Никонова"; not
    "Соцфонда", a common noun's genitive, nor "Карелия")."""
    if len(word) < 2 or not word[0].isupper() or not word[1:].replace("-", "").islower():
        return False
    parses = parse(word)
    if any("Surn" in p.tag for p in parses) or tok is not None and tok.text == word and \
            tok.pos == "PROPN" and not any(m in p.tag for p in parses for m in NOT_SURNAME_MARKS):
        return True
    return bool(parses) and not any(m in p.tag for p in parses for m in NOT_SURNAME_MARKS) \
        and any(p.tag.case in {"nomn", None} for p in parses)


def _joined_name(first: NerSpan, second: NerSpan, text: str,
                 parse: Callable[[str], tuple[Any, ...]]) -> bool:
    """sig81: are two person's spans one name the NER cut inside? Only a space between
    them, and either the first ends with a first name and the second opens with a
    patronymic ("подписано директором Ириной | Павловной Седых"), or the first ends with a
    patronymic and the second is one word, the surname ("Ириной Павловной | Седых"): a
    patronymic belongs to the first name right before it, a surname to the patronymic."""
    if first.type != "PER" or second.type != "PER" or \
            text[first.stop:second.start] != " ":
        return False
    last, words = first.text.split()[-1], second.text.split()
    if any("Name" in p.tag for p in parse(last)) and any("Patr" in p.tag for p in parse(words[0])):
        return True
    if _unknown_first_before_patronymic(first, words, parse):
        return True
    # sig89: a surname that is also a name in another case or number ("Штоль", a name's
    # vocative) is still the surname: only a name or patronymic in the patronymic's own
    # case and number is another person's
    cases = {(p.tag.case, p.tag.number) for p in parse(last) if "Patr" in p.tag}
    return len(words) == 1 and bool(cases) and \
        not any(("Name" in p.tag or "Patr" in p.tag) and (p.tag.case, p.tag.number) in cases
                for p in parse(words[0]))


def _unknown_first_before_patronymic(first: NerSpan, words: list[str],
                                     parse: Callable[[str], tuple[Any, ...]]) -> bool:
    """r61sig unknown_first_name_joined: a person's span of one capitalised word the
    dictionary does not know, right before a span of a patronymic and one more word, is
    the first name of that patronymic and surname: the NER cut "заместитель министра
    Тагир | Ахмедович Сомов" in two, "Тагир" read by the dictionary as no name at all, so
    the first rule (a known first name before the patronymic) does not join them. A
    patronymic never opens a person's name (only an inverted "Сомов Тагир Ахмедович"
    puts it after the first name, and then the surname is in the first span)."""
    word = first.text
    if len(first.text.split()) != 1 or len(words) != 2 or not word.isalpha() or \
            not word[:1].isupper() or not word[1:].islower() or \
            any(p.is_known for p in parse(word)):
        return False
    return any("Patr" in p.tag for p in parse(words[0])) and words[1][:1].isupper()


# r64: a capitalised word, maybe hyphenated ("Сайын-оол", "Абдул-Хамид"), right before a
# span after one space, not opening its line
_NAME_BEFORE = re.compile(r"(?<=[^\n\s] )([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?) $")


def _first_name_before(span: NerSpan, text: str,
                       parse: Callable[[str], tuple[Any, ...]]) -> int | None:
    """r64 first_name_before: where a person's first name starts when the NER left it out
    of a person's span of a patronymic and a surname: "министр труда Тувы Сайын-оол Кимович
    Ондар" tagged person "Кимович Ондар" only, so the word right before it, a capitalised
    word the dictionary does not know (a hyphenated first name reads as no word), is the
    person's first name. A patronymic never opens a name
    (``_unknown_first_before_patronymic``). Not when the patronymic reads only in the
    genitive, nor after "имени" (a body named after a person: "фонд имени Сайын-оола
    Кимовича Ондара")."""
    words = span.text.split()
    if len(words) != 2 or not words[1][:1].isupper() or \
            not any("Patr" in p.tag and p.tag.case != "gent" for p in parse(words[0])):
        return None
    before = text[max(0, span.start - SURNAME_LOOKBACK):span.start]
    m = _NAME_BEFORE.search(before)
    if m is None or _NAMESAKE_MARK.search(before[:m.start()]) or \
            any(p.is_known for p in parse(m.group(1))):
        return None
    return span.start - len(before) + m.start(1)


def _trailing_full_name(span: NerSpan, parse: Callable[[str], tuple[Any, ...]]) -> int | None:
    """sig89 trailing_full_name: where in a body's or place's span a person's full name
    that ends it starts: a first name and a patronymic in one case, not the genitive, and
    one more capitalised word, the surname: "управляющим Отделением Олегом Николаевичем
    Седых" tagged body "Отделением Олегом Николаевичем Седых" → body "Отделением", person
    "Олегом Николаевичем Седых". A body named after a person has the name in the genitive
    ("фонд Ивана Петровича Сомова", "университет имени Ивана Петровича Сомова"), so a
    first name that may be read in the genitive keeps the span whole."""
    words = list(re.finditer(r"\S+", span.text))
    if len(words) < 4 or not all(w.group()[:1].isupper() for w in words[-3:]):
        return None
    first, patr = words[-3].group(), words[-2].group()
    names = {(p.tag.case, p.tag.number) for p in parse(first) if "Name" in p.tag}
    if not names or any(case == "gent" for case, _ in names) or not any(
            "Patr" in p.tag and (p.tag.case, p.tag.number) in names for p in parse(patr)):
        return None  # a man's accusative reads as his genitive too: kept whole
    return words[-3].start()


def _trailing_first_name_surname(span: NerSpan,
                                 parse: Callable[[str], tuple[Any, ...]]) -> int | None:
    """off45 trailing_first_name_surname: where in a body's or place's span a first name and
    a surname ending it start, both read in the nominative of one gender: "заместитель
    министра РС(Я) Айталина Сивцева" tagged place "РС(Я) Айталина Сивцева" → place
    "РС(Я)", person "Айталина Сивцева" (a first name the dictionary does not know counts by
    its guessed reading). A body or place named after a person has the name in the
    genitive ("фонд Петра Котова"), so a first name the dictionary knows in the genitive,
    a surname with no nominative reading, or a name after "имени" keeps the span whole."""
    words = list(re.finditer(r"\S+", span.text))
    if len(words) < 3 or not all(w.group()[:1].isupper() and w.group().isalpha()
                                 or "-" in w.group() and w.group().replace("-", "").isalpha()
                                 for w in words[-2:]):
        return None
    if _NAMESAKE_MARK.search(span.text[:words[-2].start()]):
        return None
    first, last = parse(words[-2].group()), parse(words[-1].group())
    if any(p.is_known and p.tag.case == "gent" for p in first):
        return None
    genders = {p.tag.gender for p in first if "Name" in p.tag and p.tag.case == "nomn"}
    if not any("Surn" in p.tag and p.tag.case == "nomn" and p.tag.gender in genders
               for p in last):
        return None
    return words[-2].start()


# off82: a person's span that opens inside a bracket the span does not open
_OPENS_PAST_A_BRACKET = re.compile(r"^[^(]*?\)\s*(?=[А-ЯЁA-Z])")


def _name_after_a_bracket(span: NerSpan) -> NerSpan:
    """off82 name_after_a_bracket: a person's span that takes in the end of a bracket
    opened before it is the name after the bracket: "министр культуры РБ(Т) И.И. Сомов"
    tagged place "РБ(" and person "Т) И.И. Сомов" → person "И.И. Сомов". A name holds no
    closing bracket it does not open."""
    m = _OPENS_PAST_A_BRACKET.match(span.text)
    if m is None or span.type != "PER" or len(span.text) == m.end():
        return span
    return NerSpan("PER", span.start + m.end(), span.stop, span.text[m.end():])


def _trailing_initialled_name(span: NerSpan, parse: Callable[[str], tuple[Any, ...]],
                              tokens: dict[int, Token]) -> int | None:
    """volga155 trailing_initialled_name: where a person's initials and surname start at
    the end of a body's span the NER ran on: "председатель общества ВОС К.Л. Сомова" tagged
    body "ВОС К.Л. Сомова" is body "ВОС" and person "К.Л. Сомова"
    (``TRAILING_INITIALS_SURNAME``; the surname no place's, body's or abbreviation's word,
    in any case: "К.Л. Лесовых"). Never a namesake after
    "им."/"имени", maybe with a title ("институт имени академика Н.П. Сомова",
    ``NAMESAKE_MARK``); None else."""
    m = _TRAILING_INITIALS_SURNAME.search(span.text)
    if m is None:
        return None
    body = span.text[:m.start()].rstrip()
    surname = m.group(1).replace(" ", "").split(".")[-1]
    at = span.start + m.end(1) - len(surname)
    if not body or _NAMESAKE_MARK.search(body):
        return None
    # initials before it make a capitalised word a surname in any case ("К.Л. Седых"), as
    # long as no dictionary reading is a place's, a body's or an abbreviation's
    if not _surname_like(surname, parse, tokens.get(at)) and any(
            mark in p.tag for p in parse(surname) for mark in NOT_SURNAME_MARKS):
        return None
    return m.start(1)


def _person_tagged_as_a_body(span: NerSpan, parse: Callable[[str], tuple[Any, ...]],
                             tokens: dict[int, Token]) -> NerSpan:
    """off82 person_tagged_as_a_body: a body's or place's span that is only initials and
    one word that may be a surname (``_surname_like``) is a person: "подписали директор
    колледжа Н. Сомова и ..." tagged body "Н. Сомова" → person. No body's or place's name
    is initials and a surname; a place written with an initial ("Н.Новгород") reads as a
    place in the dictionary and stays."""
    if span.type == "PER":
        return span
    m = _INITIALS_AND_SURNAME.fullmatch(span.text)
    if m is None or not _surname_like(m.group(1), parse, tokens.get(span.start + m.start(1))):
        return span
    return NerSpan("PER", span.start, span.stop, span.text)


def _person_from(out: list[NerSpan], text: str, start: int, span: NerSpan) -> NerSpan:
    """A person's span taken back to ``start`` (a surname before initials, a first name
    before a patronymic), the span before it (``out[-1]``, popped and put back shortened)
    cut where the person begins: "Филиалом Сомов" + "Р.Т." → "Филиалом", "Сомов Р.Т."."""
    if out and out[-1].stop > start:
        prev = out.pop()
        rest = text[prev.start:start].rstrip()
        if rest:
            out.append(NerSpan(prev.type, prev.start, prev.start + len(rest), rest))
    return NerSpan("PER", start, span.stop, text[start:span.stop])


def mend_person_spans(text: str, spans: list[NerSpan], parse: Callable[[str], tuple[Any, ...]],
                      tokens: dict[int, Token] | None = None) -> list[NerSpan]:
    """sig81: persons' names the NER cut, mended where the spans are made, so every reader
    (signers, officials, sides) sees one person. Three shapes, from word shape and the
    dictionary only:

    * a body's or place's span ending with a surname and initials is the body and the
      person: "председатель общества ВОГ Никонова Е.Д." tagged body "ВОГ Никонова Е.Д" →
      body "ВОГ", person "Никонова Е.Д." (``TRAILING_SURNAME_INITIALS``; a body's name
      never ends with initials);
    * a person's span of initials alone takes the surname written right before it, out of
      the span that held it: "управляющий Филиалом Сомов Р.Т." tagged body "Филиалом
      Сомов", person "Р.Т." → body "Филиалом", person "Сомов Р.Т.";
    * a first name, patronymic and surname cut in two spans are one (``_joined_name``):
      "директором Ириной" + "Павловной Седых" → "Ириной Павловной Седых";
    * a person's span run on past the initials ending a sentence over the one-letter word
      opening the next is cut after them: "Орлова А.А. В" → "Орлова А.А."
      (``RUN_PAST_INITIALS``);
    * sig89: a body's span ending with a full name not in the genitive is the body and
      the person (``_trailing_full_name``);
    * off82: a person's span opening with a bracket's end starts after it
      (``_name_after_a_bracket``); a body's span of initials and a surname is a person
      (``_person_tagged_as_a_body``);
    * volga155: a body's span ending with initials and a surname is the body and the person
      ("ВОС К.Л. Сомова" → "ВОС", "К.Л. Сомова"; ``_trailing_initialled_name``);
    * off45: so is one ending with a first name and a surname in the nominative of one
      gender (``_trailing_first_name_surname``);
    * r64: a person's span of a patronymic and a surname takes the word right before it
      when the dictionary does not know that word, out of any span that held it
      (``_first_name_before``);
    * nerel70: a person's span that is a body's name is the body's
      (``body_read_as_a_person``: "пилот Формулы-1", "аналитик компании Финам").

    ``tokens`` (by their start) give the tagger's part of speech of a word before initials.
    One pass over the spans in text order (each looks at its neighbour only)."""
    tokens = tokens or {}
    out: list[NerSpan] = []
    ordered = sorted(spans, key=lambda x: x.start)
    last_per: NerSpan | None = None  # the last person's span in ``out`` (kept, not sought)
    for k, span in enumerate(ordered):
        span = _person_tagged_as_a_body(_name_after_a_bracket(span), parse, tokens)
        span = place_after_a_settlement_mark(span, text)
        if span.type == "PER":
            span = body_read_as_a_person(
                span, text, parse, last_per, ordered[k + 1] if k + 1 < len(ordered) else None)
        if span.type != "PER":
            m = _TRAILING_SURNAME_INITIALS.search(span.text)
            body = span.text[:m.start()].rstrip() if m else ""
            at = span.start + m.start(1) if m is not None else -1
            if m is not None and body and \
                    _surname_like(m.group(1).split()[0], parse, tokens.get(at)):
                out.append(NerSpan(span.type, span.start, span.start + len(body), body))
                start = span.start + m.start(1)
                stop = span.stop + (text[span.stop:span.stop + 1] == ".")
                span = NerSpan("PER", start, stop, text[start:stop])
            elif m is None and (cut := _trailing_initialled_name(span, parse, tokens)) \
                    is not None:
                body = span.text[:cut].rstrip()
                out.append(NerSpan(span.type, span.start, span.start + len(body), body))
                span = NerSpan("PER", span.start + cut, span.stop, span.text[cut:])
            elif m is None and ((cut := _trailing_full_name(span, parse)) is not None or
                                (cut := _trailing_first_name_surname(span, parse))
                                is not None):
                body = span.text[:cut].rstrip()
                out.append(NerSpan(span.type, span.start, span.start + len(body), body))
                span = NerSpan("PER", span.start + cut, span.stop, span.text[cut:])
        elif _INITIALS_ONLY.fullmatch(span.text):
            # the word before, on the same line (a bounded look back)
            line_start = text.rfind("\n", max(0, span.start - SURNAME_LOOKBACK), span.start) + 1
            line_start = max(line_start, span.start - SURNAME_LOOKBACK)
            words = text[line_start:span.start].rstrip(" ")
            gap = span.start - line_start - len(words)
            word = words.split()[-1] if words.split() and gap == 1 else ""
            start = span.start - 1 - len(word)
            if word and _surname_like(word, parse, tokens.get(start)) and \
                    not any(x.type == "PER" and x.stop > start for x in out[-1:]):
                span = _person_from(out, text, start, span)  # the surname's own span is cut
        elif out and (named := namesake_into_its_body(out[-1], span, text, parse)) is not None:
            out.pop()
            out.extend(named[:-1])
            span = named[-1]
        elif (name_at := _first_name_before(span, text, parse)) is not None and \
                not any(x.type == "PER" and x.stop > name_at for x in out[-1:]):
            span = _person_from(out, text, name_at, span)  # the first name's own span is cut
        elif out and _joined_name(out[-1], span, text, parse):
            first = out.pop()
            span = NerSpan("PER", first.start, span.stop, text[first.start:span.stop])
        elif (m := _RUN_PAST_INITIALS.search(span.text)) is not None:
            span = NerSpan("PER", span.start, span.start + m.start(1), span.text[:m.start(1)])
        out.append(span)
        if span.type == "PER":  # a person's span popped above is always replaced by one
            last_per = span
    return out


def body_read_as_a_person(span: NerSpan, text: str, parse: Callable[[str], tuple[Any, ...]],
                          before: NerSpan | None = None,
                          after: NerSpan | None = None) -> NerSpan:
    """nerel70: a person's span that names a body, by the word's shape and the dictionary,
    is a body's span (so no reader takes it for the person a post is told of):

    * a span holding a digit: no person's name has one ("гонщик Формулы-1", "экипаж
      корабля Союз-5");
    * a span of one word written right after a body's noun (``ORG_HEADS``, one space
      between) that the dictionary reads neither as a surname nor in the genitive: the
      body's own name set beside its noun ("аналитик компании Финам Олег Смирнов", "по
      словам директора фонда Надежда"), not the owner's name in the genitive a body is
      named after ("фонд Потанина") nor a surname after the body ("глава компании Миллер
      заявил"), nor a first name the NER cut from the patronymic or surname written right
      after it ("начальника управления Ольга Петровна Седова"); and only when the post's
      holder is named apart: by a person's span right after ("компании Финам Олег
      Смирнов") or before the post across a comma ("Анны Котовой, директора фонда
      Надежда"); "министр Сомов и руководитель фонда Белоус" keeps its surname.
      ``before``: the last person's span mended; ``after``: the next span given."""
    if span.type != "PER":
        return span
    body = NerSpan("ORG", span.start, span.stop, span.text)
    if any(c.isdigit() for c in span.text):
        return body
    words = span.text.split()
    if len(words) != 1 or not words[0].isalpha():
        return span
    m = _WORD_BEFORE.search(text, max(0, span.start - 40), span.start)
    if m is None:
        return span
    noun = parse(m.group(1).lower())
    if not noun or noun[0].tag.POS != "NOUN" or \
            noun[0].normal_form.replace("ё", "е") not in ORG_HEADS:
        return span
    readings = parse(words[0])
    if any("Surn" in p.tag or p.tag.case == "gent" for p in readings):
        return span
    nxt = _WORD_AFTER.match(text, span.stop)
    if nxt is not None and nxt.group(1)[:1].isupper() and any(
            "Patr" in p.tag or "Surn" in p.tag for p in parse(nxt.group(1))):
        return span  # "департамента Оксана Викторовна Рыбина": a first name, its name after
    holder_after = after is not None and after.type == "PER" and \
        not text[span.stop:after.start].strip()
    gap = text[before.stop:span.start] if before is not None else ""
    holder_before = before is not None and "," in gap and len(gap) <= _HOLDER_REACH and \
        not any(c in gap for c in ".!?\n")
    return body if holder_after or holder_before else span


# the word right before a span, one space between, and right after one
# (``body_read_as_a_person``)
_WORD_BEFORE = re.compile(r"(\w+) $")
_WORD_AFTER = re.compile(r" (\w+)")
# how far before the post a holder named across a comma may end (``body_read_as_a_person``)
_HOLDER_REACH = 60


def break_cycles(heads: list[int]) -> list[int]:
    """The parser picks each token's head on its own (an argmax, not a spanning tree), so
    two tokens can be each other's head ("завод" → "министерство" → "завод"). Every reader
    of the tree climbs heads; a cycle makes climbs and subtrees ill-defined. The token where
    a walk first closes a cycle becomes a root (-1): one cut per cycle, linear in length
    (each token is walked once). ``heads``: 0-based head per token, -1 for the root."""
    out = list(heads)
    state = [0] * len(out)  # 0 unseen, 1 on the current walk, 2 done
    for start in range(len(out)):
        walk = []
        k = start
        while 0 <= k < len(out) and state[k] == 0:
            state[k] = 1
            walk.append(k)
            k = out[k]
        if 0 <= k < len(out) and state[k] == 1:
            out[walk[-1]] = -1  # the last step closed a cycle: cut it there
        for j in walk:
            state[j] = 2
    return out


SYNTAX_PIECE = 120  # tokens per syntax tree at most (run-on lines are parsed in pieces)

_POS_MAP = {"NOUN": {"NOUN"}, "PROPN": {"NOUN"}, "ADJ": {"ADJF", "ADJS", "PRTF"},
            "VERB": {"VERB", "INFN", "PRTF", "PRTS", "GRND"}}


_CONV_WEIGHTS: dict[int, Any] = {}


def _conv_weight(conv: Any) -> Any:
    """A Conv1d's weight as one (channels, kernel * filters) matrix, built once per layer.

    The entry keeps the layer itself and is used only for that very object: an ``id`` alone
    is reused once a layer is freed, and a new layer of another shape got a stale matrix."""
    import numpy as np

    entry = _CONV_WEIGHTS.get(id(conv))
    if entry is None or entry[0] is not conv:
        filters, dim, kernel = conv.weight.array.shape
        entry = _CONV_WEIGHTS[id(conv)] = (conv, np.ascontiguousarray(
            conv.weight.array.transpose(1, 2, 0).reshape(dim, kernel * filters)))
    return entry[1]


def _conv(conv: Any, x: Any) -> Any:
    """slovnet's Conv1d on channels-last input (batch x length x channels), without copying
    every window: one matmul for all kernel offsets, then shifted sums. Same numbers up to
    float rounding (measured: no changed tag on the corpus) and ~1.7x faster."""
    import numpy as np

    filters, dim, kernel = conv.weight.array.shape
    w = _conv_weight(conv)
    batch, length, _ = x.shape
    p = conv.padding
    xp = np.zeros((batch, length + 2 * p, x.shape[2]), dtype=x.dtype)  # np.pad, without
    xp[:, p:p + length] = x  # its Python-level set-up on every call
    padded = length + 2 * p
    y = (xp.reshape(batch * padded, dim) @ w).reshape(batch, padded, kernel, filters)
    windows = padded - kernel + 1
    out = y[:, 0:windows, 0, :] + conv.bias.array
    for k in range(1, kernel):
        out += y[:, k:k + windows, k, :]
    return out


def crf_decode(transitions: Any, emissions: Any, mask: Any) -> list[list[int]]:
    """The best tag path of each row (Viterbi), the same ids as slovnet's ``CRF.decode``
    for rows of at least one token, each masked as a prefix (as ``_infer`` builds them).

    slovnet takes each step's best scores by ``np.indices`` and a gather at the argmax;
    ``max`` over the same axis gives the very same values (speed88). The path is followed
    back for the whole batch at once, one step per position, instead of one Python step
    per token of each row. The additions keep slovnet's order, so every float is equal."""
    import numpy as np

    batch, width, _ = emissions.shape
    if not batch or not width:
        return [[] for _ in range(batch)]
    emissions = emissions.swapaxes(1, 0)
    mask = mask.swapaxes(1, 0)
    history = np.empty((width - 1, batch, emissions.shape[2]), dtype=np.intp)
    score = emissions[0].copy()  # batch x tags
    for index in range(1, width):
        step = score[:, :, None] + transitions + emissions[index][:, None, :]
        step.argmax(-2, out=history[index - 1])
        np.copyto(score, step.max(-2), where=mask[index][:, None])
    sizes = mask.sum(0) - 1  # each row's last position
    best = score.argmax(-1)
    path = np.empty((batch, width), dtype=np.intp)
    path[:, width - 1] = best
    rows = np.arange(batch)
    for index in range(width - 2, -1, -1):
        # a row whose last position is past ``index`` steps back; the others keep their best
        best = np.where(index < sizes, history[index, rows, best], best)
        path[:, index] = best
    return [path[row, :size + 1].tolist() for row, size in enumerate(sizes.tolist())]


def _embed_conv(emb: Any, conv: Any, word_id: Any, shape_id: Any) -> Any:
    """``_conv(conv, emb(word_id, shape_id))`` computed once per distinct (word, shape) pair.

    The first layer's input at a position is the embedding of that token alone, so its
    product with the weight matrix is the same row wherever the token stands: a batch
    repeats words (and pads) so much that multiplying only its distinct pairs (18-35 % of
    the positions, measured) and gathering rows for the shifted sums saves most of the
    largest product of the encoder. Each row is the same dot products as in ``_conv``, the
    shifted sums in the same order: bit-identical to it on every batch of the seeds, the dev
    rounds, NEREL dev and the FactRuEval devset (measured), equal within float rounding in
    the tests.
    """
    import numpy as np

    filters, _, kernel = conv.weight.array.shape
    batch, length = word_id.shape
    shapes = emb.shape.weight.array.shape[0]
    key = word_id.astype(np.int64) * shapes + shape_id
    uniq, inv = np.unique(key.ravel(), return_inverse=True)
    x = emb((uniq // shapes)[None, :], (uniq % shapes)[None, :])[0]
    y = np.empty((len(uniq) + 1, kernel * filters), dtype=x.dtype)
    np.matmul(x, _conv_weight(conv), out=y[:-1])
    y[-1] = 0  # the row of the zero padding around each sequence
    y = y.reshape(len(uniq) + 1, kernel, filters)
    p = conv.padding
    rows = np.full((batch, length + 2 * p), len(uniq), dtype=np.intp)
    rows[:, p:p + length] = inv.reshape(batch, length)
    windows = length + 2 * p - kernel + 1
    out = y[rows[:, 0:windows], 0] + conv.bias.array
    for k in range(1, kernel):
        out += y[rows[:, k:k + windows], k]
    return out


def _encode(model: Any, word_id: Any, shape_id: Any, pad_mask: Any) -> Any:
    """slovnet's embedding and CNN encoder (shared by the tagger and the parser) computed
    channels-last: batch x length x channels, as slovnet's encoder returns it."""
    import numpy as np

    x = None
    for layer in model.encoder.layers:
        if x is None:
            x = _embed_conv(model.emb, layer.conv, word_id, shape_id)
        else:
            x = _conv(layer.conv, x)
        np.maximum(x, 0, out=x)
        n = layer.norm
        # slovnet's (x - mean) / std * weight + bias, the same float32 operations in the
        # same order, in place (no temporaries)
        x -= n.mean.array
        x /= n.std.array
        x *= n.weight.array
        x += n.bias.array
        x[pad_mask] = 0
    return x


def _forward(model: Any, word_id: Any, shape_id: Any, pad_mask: Any) -> Any:
    """slovnet's Tag model (embedding, CNN encoder, head) computed channels-last."""
    return model.head(_encode(model, word_id, shape_id, pad_mask))


def _parse_forward(model: Any, word_id: Any, shape_id: Any, pad_mask: Any) -> tuple[Any, Any]:
    """slovnet's Syntax model: (head scores, relation scores), its encoder computed by
    ``_encode``; the head and relation layers are slovnet's own."""
    x = _encode(model, word_id, shape_id, pad_mask)
    head_id = model.head(x)
    rel_id = model.rel(x, model.head.decode(head_id, ~pad_mask))
    return head_id, rel_id


def _segment(text: str) -> list[Sentence]:
    """razdel sentences, each with its razdel tokens (as natasha's Doc.segment)."""
    from razdel import sentenize, tokenize

    if not text:
        return []
    tokens = [Token(w, a, b) for w, a, b in _tokenize(text, tokenize)]
    sents: list[Sentence] = []
    k = 0
    for s in sentenize(text):
        toks: list[Token] = []
        while k < len(tokens) and tokens[k].start < s.start:
            k += 1
        while k < len(tokens) and tokens[k].stop <= s.stop:
            toks.append(tokens[k])
            k += 1
        sents.append(Sentence(s.start, s.stop, s.text, toks))
    return sents


_WORD = re.compile(r"\S+")
# one razdel atom (its RU, LAT and INT classes, same flags): a whole word that is one
# atom is one token whatever its neighbours, since razdel never joins across a space
_ONE_ATOM = re.compile(r"[а-яё]+|[a-z]+|\d+", re.I | re.U)
# razdel's 2112 rules (dash, underscore, float, fraction) look one atom past such a
# character, across a space: a gap next to one must stay inside the piece razdel reads
_RISKY = "‑–—−-" + "_" + "/\\"
# "." and "," (the frequent ones) matter only between digits: the float rule joins two
# numbers, so a gap is cut unless a digit faces a word that holds a number separator
_SEP = ".,"
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1)
def _framed_atom() -> re.Pattern[str]:
    """One razdel atom with at most one punctuation mark on each side: in a word cut off
    on both sides, razdel's only join between an atom and one mark is "yahoo!"."""
    from razdel.segmenters.tokenize import PUNCTS

    p = f"[{re.escape(PUNCTS)}]"
    return re.compile(rf"(?P<p>{p})?(?P<w>{_ONE_ATOM.pattern})(?P<q>{p})?", re.I | re.U)


def _glued(text: str, w1: tuple[int, int], w2: tuple[int, int]) -> bool:
    """May a razdel rule inside one of these words look across the gap between them?"""
    (a1, b1), (a2, b2) = w1, w2
    last, first = text[b1 - 1], text[a2]
    if last in _RISKY or first in _RISKY:
        return True
    return ((last in _SEP and b1 - a1 > 1 and _DIGIT.match(text, a2) is not None)
            or (first in _SEP and b2 - a2 > 1 and _DIGIT.match(text, b1 - 1) is not None))


def _tokenize(text: str, tokenize: Any) -> Iterator[tuple[str, int, int]]:
    """razdel's tokens of ``text``, identical, but single-atom words skip razdel (its
    per-atom rule machinery was a tenth of extraction): the text is cut at the spaces
    where no razdel rule looks across, and only multi-atom pieces go through razdel."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    i = 0
    while i < len(words):
        j = i  # extend the piece over gaps a razdel rule may look across
        while j + 1 < len(words) and _glued(text, words[j], words[j + 1]):
            j += 1
        a, b = words[i][0], words[j][1]
        m = _framed_atom().fullmatch(text, a, b) if i == j else None
        if m is not None and not (m["q"] == "!" and m["w"].lower() == "yahoo"):
            for g in ("p", "w", "q"):  # "«слово»,": razdel splits a framed atom off
                if m[g]:
                    yield m[g], m.start(g), m.end(g)
        else:
            for t in tokenize(text[a:b]):
                yield t.text, a + t.start, a + t.stop
        i = j + 1


def _chunks(sents: list[Sentence], limit: int) -> list[list[Token]]:
    """Consecutive whole sentences up to ``limit`` tokens; longer sentences cut in pieces."""
    out: list[list[Token]] = []
    cur: list[Token] = []
    for sent in sents:
        toks = sent.tokens
        if len(toks) > limit:
            if cur:
                out.append(cur)
                cur = []
            for k in range(0, len(toks), limit):
                out.append(toks[k:k + limit])
            continue
        if len(cur) + len(toks) > limit:
            out.append(cur)
            cur = []
        cur.extend(toks)
    if cur:
        out.append(cur)
    return out


_MODELS: Models | None = None


def get_models() -> Models:
    """The process-wide models, loaded on first use (once per worker process). Loading
    changes nothing else in the process: freezing the heap after it (``freeze_heap``) is
    for the process's owner to choose."""
    global _MODELS
    if _MODELS is None:
        _MODELS = Models()
    return _MODELS


def freeze_heap() -> None:
    """Move every object alive now (the models', some 70,000 tracked objects) to the
    collector's permanent generation: the process keeps them to its end, and each full
    collection during extraction no longer walks them (the benchmark's 150 documents: the
    collector's time 0.18 -> 0.11 s, measured). Garbage is collected first, so none is
    kept for good. A process-wide effect, so the library never calls it: the owner of a
    process does, once its models are loaded (the ingest command, a pool worker's
    initializer)."""
    import gc

    gc.collect()
    gc.freeze()
