"""Read text pulled from PDFs as a reader would: hard line wraps and words hyphenated across
lines are joined, WITHOUT changing the text's length.

A bulletin's PDF text breaks sentences at the page width ("министерство труда и\\nсоциальной
защиты") and words at a hyphen ("соглаше-\\nние", "ап-\\nреля"); the NLP then sees broken
sentences and non-words. ``unwrap`` turns the masked text into the *reading* text the NLP runs
on, of the same length:

- a wrap "\\n" inside a sentence becomes " " (every offset stays valid);
- a word broken at "-\\n" between lower-case letters is written whole and the two freed
  characters go after it as spaces ("соглаше-\\nние" -> "соглашение  "); a compound keeps its
  hyphen and only the line break moves ("социально-\\nэкономический" ->
  "социально-экономический "). Offsets inside the second half of such a word are shifted
  back by ``to_text_span`` so evidence still slices the stored text.

Ordinary pages (menus, headline lists, one paragraph per line, headlines without a full stop)
have no such breaks and are returned unchanged: a wrap is decided by the block's structure.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from soccoop.models import DateRef, Evidence

# a line that ends its sentence (or introduces a list/quote): never joined to the next one
_LINE_END = re.compile(r"[.!?…:;][\"»”)'\s]*$")
# "соглаше-\nние": a hyphen right after a letter, the next line going on in lower case;
# page50: the next line may be indented (a protocol's hanging indent, "сто-\n      роны"),
# and a capitalised compound may break at its hyphen ("Санкт-\nПетербургский": kept only
# when morphology knows the compound, ``_hyphen_breaks``)
_HYPHEN_BREAK = re.compile(r"(?<![\w-])([А-ЯЁа-яё]*[а-яё])-\n([^\S\n]*)([А-ЯЁа-яё][а-яё]*)")
# a line ending in a word broken at a hyphen: "соглаше-", "социально-" (not a dash " -")
_HYPHEN_END = re.compile(r"(?<![\w-])[А-ЯЁа-яё]*[а-яё]-$")
# hid95: quotes that may open a wrapped line before its capital ("«Всероссийское ...»")
_OPENING_QUOTES = "«\"“„"
WRAP_MIN = 40  # a wrapped line of a paragraph is at least this long
WRAP_SHARE = 0.6  # ... and at least this share of its block's widest line
WRAP_SHARE_UPPER = 0.8  # a wrap before a capital needs a fuller line (and a wrapped block)
# off45: a narrow column (a bulletin's PDF in two or three columns) wraps at under WRAP_MIN:
# a block of at least NARROW_LINES lines, the widest under NARROW_WIDTH, most of them full
NARROW_LINES = 5
NARROW_WIDTH = 50


S = TypeVar("S", Evidence, DateRef)  # evidence-like: a text and its offsets


def _blocks(lines: list[str]) -> list[list[int]]:
    """Runs of consecutive non-blank line indexes (a masked line is blank)."""
    out: list[list[int]] = []
    cur: list[int] = []
    for i, ln in enumerate(lines):
        if ln.strip():
            cur.append(i)
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


# a line going on mid-sentence: a lower-case word, then a space, punctuation or the line's end
# ("социальной защиты ...", "реля 2024 года."; not markup such as "безрамки|слева")
_GOES_ON = re.compile(r"^\s*[а-яёa-z]+(?=[\s,.;:!?…)»”\"]|$)")


def _goes_on(line: str) -> bool:
    """Does the line continue a sentence from the line above? It starts with a lower-case
    word ("... труда и" / "социальной защиты ...")."""
    return _GOES_ON.match(line) is not None


def wrap_breaks(lines: list[str]) -> set[int]:
    """Indexes i of the lines whose line break (to line i + 1) is a wrap inside a sentence.

    Decided per block of non-blank lines by its line-length distribution: a wrapped paragraph
    has lines near one width W. Line i is wrapped when it is long (>= WRAP_MIN and >= 0.6 W),
    ends without sentence punctuation and the next line starts in lower case ("Министерство
    труда и" / "социальной защиты"). Before a capital or a digit ("... с" / "Правительством
    ...", or a quoted name, "«Союз ...»") the line must be fuller (>= 0.8 W) and its block
    must have a lower-case wrap too: a
    list of headlines has no lower-case line starts and keeps its breaks. A line ending in a
    word broken at a hyphen joins a lower-case next line whatever its length ("Злоказов 10
    ап-" / "реля 2024 года.").
    """
    out: set[int] = set()
    for block in _blocks(lines):
        if len(block) < 2:
            continue
        width = max(len(lines[i].strip()) for i in block)
        shortest = _shortest_wrap(block, lines, width)
        lower: list[int] = []
        upper: list[int] = []
        for i, j in zip(block, block[1:], strict=False):
            s = lines[i].strip()
            if _HYPHEN_END.search(s) and _goes_on(lines[j]):  # "Злоказов 10 ап-" / "реля"
                out.add(i)
                continue
            if len(s) < shortest or len(s) < WRAP_SHARE * width or _LINE_END.search(s):
                continue
            if _goes_on(lines[j]):
                lower.append(i)
            elif len(s) >= WRAP_SHARE_UPPER * width and \
                    lines[j].lstrip().lstrip(_OPENING_QUOTES)[:1].isalnum():
                upper.append(i)  # hid95: a quoted name too ("... организации" / "«Союз ...»")
        if lower:
            out.update(lower)
            out.update(upper)
    return out


def _shortest_wrap(block: list[int], lines: list[str], width: int) -> float:
    """off45 narrow_column: the shortest line of a block that may wrap. WRAP_MIN, but for a
    narrow column, a block of NARROW_LINES lines or more under NARROW_WIDTH characters wide,
    most of them within WRAP_SHARE_UPPER of the widest (a justified column: "подписали
    министр труда" / "и занятости Омской"), where a line is full at that share of the
    widest."""
    if len(block) < NARROW_LINES or width >= NARROW_WIDTH:
        return WRAP_MIN
    full = sum(len(lines[i].strip()) >= WRAP_SHARE_UPPER * width for i in block)
    return WRAP_SHARE_UPPER * width if 2 * full > len(block) else WRAP_MIN


def join_wraps(text: str) -> str:
    """``text`` with every wrap line break (``wrap_breaks``) made a space: the logical lines
    the boilerplate masking classifies ("министерство" / "социальной политики ..." is one
    paragraph, not a short line after the body). Unchanged without wraps."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    joins = wrap_breaks(lines)
    if not joins:
        return text
    out = list(text)
    pos = 0
    for i, ln in enumerate(lines[:-1]):
        pos += len(ln)
        if i in joins:
            out[pos] = " "
        pos += 1
    return "".join(out)


def _hyphen_breaks(text: str, known: Callable[[str], bool]) -> list[tuple[int, int, int, bool]]:
    """(hyphen offset, gap after the hyphen, right part length, joined word is a dictionary
    word) per word broken across lines: "соглаше-\\nние" (known: the hyphen goes),
    "социально-\\nэкономический" (unknown as one word: a compound, the hyphen stays). The gap
    is the line break and the next line's indent ("сто-\\n      роны", page50).

    page50: a right part in capitals is a capitalised compound's second half ("Санкт-\\n
    Петербургский", "Ханты-\\nМансийского") only after a capitalised left part and when
    morphology knows the hyphenated whole; else the hyphen is a dash closing the line
    ("… Энск-\\nНовости" stays). After an indent only a dictionary word is joined: a table's
    next column is no compound's half."""
    out = []
    for m in _HYPHEN_BREAK.finditer(text):
        left, right = m.group(1), m.group(3)
        if right[0].isupper():
            if not left[0].isupper() or not known(f"{left}-{right}".lower()):
                continue
            whole = False
        else:
            whole = known((left + right).lower())
            if m.group(2) and not whole:
                continue  # an indented line's word joins only into a word: no compound
        out.append((m.end(1), 1 + len(m.group(2)), len(right), whole))
    return out


def unwrap(masked: str, known: Callable[[str], bool]) -> str:
    """The reading text: ``masked`` with wraps and hyphenated breaks joined; same length.

    ``known``: is a word in the dictionary (pymorphy2 ``word_is_known``); asked only for words
    broken at a hyphen. "труда и\\nсоциальной" -> "труда и социальной"; "ап-\\nреля" ->
    "апреля  ". Text without such breaks comes back unchanged (the same object)."""
    if "\n" not in masked:
        return masked
    joined = join_wraps(masked)
    hyphens = _hyphen_breaks(masked, known)
    if joined is masked and not hyphens:
        return masked
    out = list(joined)
    for h, gap, n, whole in hyphens:
        right = masked[h + 1 + gap:h + 1 + gap + n]
        if whole:  # "соглаше-\nние" -> "соглашение  "
            out[h:h + 1 + gap + n] = list(right + " " * (1 + gap))
        else:  # "социально-\nэкономический" -> "социально-экономический "
            out[h + 1:h + 1 + gap + n] = list(right + " " * gap)
    return "".join(out)


def _shifts(masked: str, reading: str) -> list[tuple[int, int, int]]:
    """(start, end, shift) of the second halves of hyphen-joined words in the reading text:
    a reading offset there is ``shift`` characters earlier than in the stored text. A break
    ``unwrap`` left alone (an unknown capitalised compound) has its right part in place."""
    out = []
    for m in _HYPHEN_BREAK.finditer(masked):
        h, gap, right = m.end(1), 1 + len(m.group(2)), m.group(3)
        n = len(right)
        if reading[h + 1:h + 1 + n] == right and reading[h] == "-":
            out.append((h + 1, h + 1 + n, gap))  # compound: "-" kept, the right part moved up
        elif reading[h:h + n] == right:
            out.append((h, h + n, 1 + gap))  # the "-\n" went: the right part at the hyphen
    return out


def to_text_span(shifts: list[tuple[int, int, int]], start: int, end: int,
                 starts: list[int] | None = None) -> tuple[int, int]:
    """A span of the reading text as a span of the stored text ("апреля" at the reading's
    offsets of "ап" + "реля" covers "ап-\\nреля" in the stored text). ``starts``: the
    shifts' starts, when the caller has them (a binary search per offset, no rescans)."""
    if starts is None:
        starts = [s for s, _, _ in shifts]

    def move(p: int, is_end: bool) -> int:
        k = bisect.bisect_right(starts, p - 1 if is_end else p) - 1
        if k >= 0:
            s, e, d = shifts[k]
            if (s < p <= e) if is_end else (s <= p < e):
                return p + d
        return p

    return move(start, False), move(end, True)


def span_restorer(text: str, masked: str, reading: str) -> Callable[[S], S]:
    """A function pointing an evidence found in the reading text at the stored text again.

    The identity when nothing was joined (``reading == masked``); else offsets inside the
    second half of a hyphen-joined word move back and the evidence's text becomes the stored
    slice, line breaks included ("министерство труда и\\nсоциальной защиты")."""
    if reading is masked or reading == masked:
        return lambda sp: sp
    shifts = _shifts(masked, reading)
    starts = [s for s, _, _ in shifts]

    def fix(sp: S) -> S:
        start, end = to_text_span(shifts, sp.start, sp.end, starts)
        return replace(sp, text=text[start:end], start=start, end=end)

    return fix
