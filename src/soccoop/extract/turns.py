"""speak92: the one reader of the speaker labels of transcripts, interviews and Q&A pages.

A turn of a transcript opens with its speaker's label and a colon: "Корреспондент: ...",
"Ведущий: ...", "Ирина Петрова: ...", "ПЕТРОВА: ...", "— Вопрос: ...". ``speaker_label``
says whether a sentence opens with one, where the label ends and who speaks: a name, a
role word (``SPEAKER_ROLES``: "корреспондент", "вопрос") or none. ``TurnLabels`` finds
the labels that name a speaker by surname over a whole text, for the turns that run on
for several sentences ("КРУГЛОВА Е.В.: ... Мы подписали ..."). Every module that asks
about a label asks here (splitting a label off as a sentence of its own, a question's
label, a name that only says who speaks, a label line with no verb, a transcript's
speaker); the words and bounds live in ``extract.lexicon_turns``. Each reading is bounded
by ``TURN_LABEL_WORDS`` tokens; the text's labels are one regular-expression pass.

shape93: two readers of raw lines live here too, so that there is one reader of turns: a
reader's comment whose line opens with the author's handle and a colon ("Гость (02.03.2025
18:40): Хорошее дело", ``handle_line``, ``comment_author``; read by ``merge`` to find where a
comment section begins), and an interview's turns that each open with a dash and no label
("— Анна Петровна, что подписали?", ``dash_turn``, ``dash_turns``; read by
``signer_interview``). Both read lines as text, before any parse; each linear in its lines.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from soccoop.extract.lexicon_turns import (
    ANSWER_REACH,
    BRACKETED_STAMP,
    CAPITALS_LABEL_WORDS,
    COMMENT_HANDLE,
    QUESTION_ENDS,
    QUOTE_OPENINGS,
    READER_TAG,
    SPEAKER_ROLES,
    TURN_DASHES,
    TURN_LABEL,
    TURN_LABEL_WORDS,
)

if TYPE_CHECKING:
    from soccoop.extract.nlp import Sentence, Token


@dataclass(frozen=True)
class Label:
    """A speaker's label opening a sentence: its words are ``tokens[start:end - 1]`` and
    ``tokens[end - 1]`` is its colon."""

    start: int  # the label's first word (after a dash opening the turn)
    end: int  # the token after the colon
    words: str  # the label's words as written: "Ирина Петрова", "Вопрос («Город»)"
    role: str | None  # the role word's lemma when a role names the speaker ("вопрос")
    name: str | None  # the name that opens the label, when a name does ("Ирина Петрова")
    capitals: bool  # one to CAPITALS_LABEL_WORDS words in capitals ("ПЕТРОВА:")

    @property
    def speaker(self) -> str | None:
        """Who speaks: the name, else the role word, else None ("ИТОГИ:" names no one)."""
        return self.name or self.role


def speaker_label(sent: Sentence) -> Label | None:
    """The speaker's label opening the sentence, or None. A dash may open the turn; then
    words, at most ``TURN_LABEL_WORDS``, the first capitalised and no verb or auxiliary
    after it (the tagger may read a role after a dash as a verb: "— Вопрос:"), and a
    colon: "Ирина Петрова: Соглашение подписано вчера." It is a label when its words name
    a role (the first word's lemma in ``SPEAKER_ROLES``: "Вопрос («Вечерний город»):",
    "Корреспондент:"), open with a name (``_name_words``: "Ирина Петрова, директор
    фонда:", "В. Орлов:") or are one to ``CAPITALS_LABEL_WORDS`` words in capitals, as
    transcripts print a speaker ("ПЕТРОВА:"; also "ИТОГИ:", a label that names no one).
    "Итоги: подписано соглашение" (a common noun), "По словам Ирины Петровой: ..." (a
    preposition first) and "Министр сказал: ..." (a verb) open with no label."""
    toks = sent.tokens
    lo = 0
    while lo < len(toks) and toks[lo].text in TURN_DASHES:
        lo += 1
    if lo >= len(toks) or not toks[lo].text[:1].isupper():
        return None
    colon = next((k for k in range(lo + 1, min(len(toks), lo + TURN_LABEL_WORDS + 1))
                  if toks[k].text == ":"), None)
    if colon is None or _told(toks[lo + 1:colon]):
        return None
    words = toks[lo:colon]
    capitals = len(words) <= CAPITALS_LABEL_WORDS and \
        all(len(t.text) >= 2 and t.text.isalpha() and t.text.isupper() for t in words)
    first = words[0]
    role = next((w for w in (first.lemma, first.text.lower()) if w in SPEAKER_ROLES), None)
    named = [] if role else _name_words(words, capitals)
    if not (capitals or role or named):
        return None
    return Label(lo, colon + 1, _said(sent, words), role,
                 _said(sent, named) if named else None, capitals)


def _told(words: list[Token]) -> bool:
    """Does a verb or an auxiliary stand among the words before a colon? Then the colon
    closes a clause that tells something ("Ирина Сомова подчеркнула: ..."), no label."""
    return any(t.pos in {"VERB", "AUX"} for t in words)


def _said(sent: Sentence, words: list[Token]) -> str:
    """The words as the sentence writes them, spaces and all."""
    return sent.text[words[0].start - sent.start:words[-1].stop - sent.start]


def _name_words(words: list[Token], capitals: bool) -> list[Token]:
    """The words of a person's name opening a label, up to a comma or a bracket that
    brings her post or outlet ("Анна ЛИСИНА, директор фонда", "В. Орлов (ГТРК)"): each
    capitalised, or an initial and its full stop, with a word of two letters or more, and
    one of them read as a person (animate, or a proper noun not read as inanimate) or the
    name in initials. Words in capitals, which the tagger reads poorly ("ПЕТРОВА" as
    punctuation), are a name unless one is read as inanimate ("ИТОГИ"). None for
    "Итоги", "Москва", "По словам Анны"."""
    named: list[Token] = []
    for t in words:
        if t.text in {",", "("}:
            break
        named.append(t)
    initial = False
    for k, t in enumerate(named):
        if t.text == "." and k > 0 and len(named[k - 1].text) == 1:
            initial = True
            continue
        if not (t.text[:1].isupper() and t.text.replace("-", "").isalpha()):
            return []
    full = [t for t in named if len(t.text) >= 2 and t.text != "."]
    person = any(t.feats.get("Animacy") == "Anim" or
                 (t.pos == "PROPN" and t.feats.get("Animacy") != "Inan") for t in full) or \
        capitals and not any(t.feats.get("Animacy") == "Inan" for t in full)
    return named if full and (person or initial) else []


def label_alone(sent: Sentence) -> Label | None:
    """The label when it is the whole sentence, its colon last ("ПЕТРОВА:" split off its
    line, "Анна Лисина, директор фонда «Опора»:" on a line of its own), else None."""
    label = speaker_label(sent)
    return label if label is not None and label.end == len(sent.tokens) else None


class TurnLabels:
    """The labels of a transcript's turns that name the speaker by surname at a line's
    start (``TURN_LABEL``: "КРУГЛОВА Е.В.:", "Петров И. И.:", "ЖУКОВА-ЕРШОВА:"), read once
    per text: the speaker of every sentence from a label up to the next one. As for
    ``speaker_label``, a verb after the surname unmakes the label: "Сомова И.И.
    подчеркнула, что ...: ..." tells, no one's turn opens there (read in the text's tagged
    ``sentences``; none given, the pattern alone). One pass over the text and its
    sentences; each question a bisect."""

    def __init__(self, text: str, sentences: Sequence[Sentence] = ()) -> None:
        starts = [s.start for s in sentences]
        labels = [(m.start(), m.group(1) or m.group(2)) for m in _TURN_LABEL.finditer(text)
                  if not _told(_tokens_between(sentences, starts, m.start(1) if m.group(1)
                                               else m.start(2), m.end()))]
        labels = sorted(labels + written_labels(text, sentences, {x for x, _ in labels}))
        self.starts = [x for x, _ in labels]
        self.surnames = [n for _, n in labels]

    def before(self, at: int, reach: int | None = None) -> str | None:
        """The surname of the last label opening at or before offset ``at`` (the label of
        the turn that holds it), within ``reach`` characters when given; else None.
        "МОДЕРАТОР:" is a label too, and names no official."""
        n = bisect_right(self.starts, at) - 1
        if n < 0 or (reach is not None and self.starts[n] < at - reach):
            return None
        return self.surnames[n]


def written_labels(text: str, sentences: Sequence[Sentence],
                   known: set[int]) -> list[tuple[int, str]]:
    """sig94: the labels a transcript writes in ordinary case, which ``TURN_LABEL`` (capitals,
    or a surname with initials after it) does not read: a surname alone ("Петрова: Да, мы
    подписали ...") or after initials ("А. Петрова:", "О.Н. Петрова:"), and a role
    ("Ведущий:"), which ends the turn before it and names no official. Read by
    ``speaker_label`` on each sentence that opens a line (its own label's rules: a name read
    as a person, no verb before the colon); a label opening with a name gives the name's
    last word, one of a role its word. A headline quoting someone ("Петрова: «Мы
    подпишем ...»", a quotation mark right after the colon) opens no turn, and a text with
    only one such line is no transcript. Pairs of the line's start and that word, for lines
    not in ``known`` (the lines ``TURN_LABEL`` read). One pass over the sentences."""
    out: list[tuple[int, str]] = []
    seen = set(known)
    for sent in sentences:
        line = text.rfind("\n", 0, sent.start) + 1
        if line in seen or text[line:sent.start].strip(" \t" + "".join(TURN_DASHES)):
            continue
        label = speaker_label(sent)
        if label is None or label.capitals or label.end >= len(sent.tokens) and \
                _quote_after(text, sent) or label.end < len(sent.tokens) and \
                sent.tokens[label.end].text in QUOTE_OPENINGS:
            continue
        word = label.name.replace(".", " ").split()[-1] if label.name else label.words
        if label.role or len(word) >= 2:
            out.append((line, word))
            seen.add(line)
    return out if len(out) >= 2 else []


def _quote_after(text: str, sent: Sentence) -> bool:
    """Does a quotation mark follow the sentence (a label split off as a sentence of its
    own before a quoted headline)?"""
    return text[sent.stop:sent.stop + 3].lstrip()[:1] in QUOTE_OPENINGS


def answer_opening(sentences: Sequence[Sentence], k: int) -> int | None:
    """dig93: the first sentence of the answer to the question whose turn holds sentence
    ``k``, in an interview or a Q&A page printed as dash-opened turns: "— На прошлой неделе
    фонд подписал соглашение с колледжем. В чём его смысл?" / "— Да, это было в среду. ..."
    gives the "Да, ..." sentence. The question's turn runs from ``k`` to a sentence that
    ends it with a question mark or an ellipsis (``QUESTION_ENDS``), no sentence in between
    opening a turn of its own; the answer's sentence opens with a dash, at most
    ``ANSWER_REACH`` sentences after ``k``. None in prose, or when ``k`` is not in a
    question."""
    for n in range(k + 1, min(len(sentences), k + ANSWER_REACH + 1)):
        if _opens_turn(sentences[n]):
            before = sentences[n - 1].text.rstrip()
            return n if before.endswith(QUESTION_ENDS) else None
    return None


def _opens_turn(sent: Sentence) -> bool:
    """Does the sentence open a turn, a dash its first token?"""
    return bool(sent.tokens) and sent.tokens[0].text in TURN_DASHES


def _tokens_between(sentences: Sequence[Sentence], starts: list[int], lo: int,
                    hi: int) -> list[Token]:
    """The tokens after the one at offset ``lo`` and before offset ``hi`` (a label's words
    after its first), read in the sentences that hold them (``starts``: theirs)."""
    out: list[Token] = []
    n = max(0, bisect_right(starts, lo) - 1)
    while n < len(sentences) and sentences[n].start < hi:
        out += [t for t in sentences[n].tokens if lo < t.start and t.stop <= hi]
        n += 1
    return out


_TURN_LABEL = re.compile(TURN_LABEL)


def dash_turn(line: str) -> str | None:
    """The words of a line that opens an interview's turn with a dash (``TURN_DASHES``),
    after the dash and its spaces: "— Анна Петровна, что подписали?" → "Анна Петровна, что
    подписали?"; None for a line that opens otherwise ("Анна Петровна рассказала ...")."""
    body = line.lstrip()
    return body[1:].lstrip() if body[:1] in TURN_DASHES else None


def dash_turns(text: str, stop: int) -> list[tuple[int, str]]:
    """The dash-opened lines of ``text`` before ``stop`` (``dash_turn``): (the line's start,
    its words after the dash)."""
    out: list[tuple[int, str]] = []
    pos = 0
    for line in text[:stop].split("\n"):
        turn = dash_turn(line)
        if turn is not None:
            out.append((pos, turn))
        pos += len(line) + 1
    return out


def comment_author(line: str) -> bool:
    """agr48: is the line a reader's handle or short name alone (``COMMENT_HANDLE``):
    "Игорь_Е", "мама_троих", "Сергей К."; not "Спасибо за новость, очень нужно"."""
    return _COMMENT_HANDLE.fullmatch(line) is not None


def handle_line(line: str) -> bool:
    """agr50: a reader's comment in the chat layout, the author's handle and a colon before
    the words on one line: "Петрович: А у нас такого центра нет", "Ольга В.: Спасибо за
    новость"; agr58: with a word about the reader, "Марина, Ишим: Когда откроют запись?"
    (``READER_TAG``); pair65: with the comment's date and time in brackets after the
    handle, "Гость (02.03.2025 18:40): Хорошее дело" (``BRACKETED_STAMP``). Unlike
    ``speaker_label`` it reads a raw line, and a handle need not be a name ("Петрович",
    "мама_троих")."""
    head, colon, words = line.strip().partition(": ")
    head = _BRACKETED_STAMP.sub("", head)
    return bool(colon and words.strip()) and (
        comment_author(head) or _READER_TAG.fullmatch(head) is not None)


_COMMENT_HANDLE = re.compile(COMMENT_HANDLE)
_READER_TAG = re.compile(READER_TAG)
_BRACKETED_STAMP = re.compile(BRACKETED_STAMP)
