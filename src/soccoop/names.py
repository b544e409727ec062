"""Light matching of Russian names and organisation names without a morphological analyser.

The query side of ``soccoop list`` must start fast, so instead of pymorphy2 we compare words
by the stems left after stripping common case endings: "Новиковой", "Новикову" and
"Новикова" share the stem "новиков"; "К." is compatible with any first name in К.

It is the one place that decides whether two names denote one person: extraction (merging
mentions), the query filters, agreement signatories and the scorer all ask ``same_person``
(or ``name_matches`` for a user's query), so they cannot disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Case endings of nouns, adjectives and surnames (not the -ов/-ин suffixes themselves, so
# "Новик" and "Новиков" stay different surnames).
_ENDINGS = tuple(sorted({
    "а", "я", "у", "ю", "е", "ы", "и", "о", "ь", "й",
    "ой", "ей", "ою", "ею", "ом", "ем", "ым", "им", "ых", "их", "ые", "ие",
    "ый", "ий", "ая", "яя", "ое", "ее", "ую", "юю", "ам", "ям", "ах", "ях", "ами", "ями",
    "ого", "его", "ому", "ему", "ыми", "ими", "ия", "ии", "ию", "ией", "ью",
}, key=len, reverse=True))
_WORD = re.compile(r"\w+(?:-\w+)*\.?")
MIN_STEM = 3
# speed64: word forms whose stems are kept (a few MB at most; a long run's vocabulary turns over)
STEM_CACHE_SIZE = 1 << 16


def fold(text: str) -> str:
    """Lower case, ё → е: the form every comparison uses."""
    return text.lower().replace("ё", "е")


def words(text: str) -> list[str]:
    """Folded words (letters, digits, inner hyphens), punctuation dropped."""
    return [w.rstrip(".") for w in _WORD.findall(fold(text))]


def stems(word: str) -> set[str]:
    """The word itself and every stem left by stripping one case ending (min 3 letters)."""
    return set(_stems(word))


@lru_cache(maxsize=STEM_CACHE_SIZE)
def _stems(word: str) -> frozenset[str]:
    """speed64: ``stems`` read once per word form (a pure function of the word; the same
    forms come back for every name, side and sentence compared): "Новиковой" → {"новиковой",
    "новиков", "новиково"}; ``stems`` hands out a copy, so no caller can change it."""
    w = fold(word).rstrip(".")
    out = {w}
    for end in _ENDINGS:
        if w.endswith(end) and len(w) - len(end) >= MIN_STEM:
            out.add(w[: -len(end)])
    return frozenset(out)


@lru_cache(maxsize=STEM_CACHE_SIZE)
def stem(word: str) -> str:
    """The shortest candidate stem: a stable key for a word in any case (speed64: read once
    per word form, as ``_stems``)."""
    return min(_stems(word), key=lambda s: (len(s), s))


def _is_initial(token: str) -> bool:
    t = token.rstrip(".")
    return len(t) == 1 and t.isalpha()


def _tokens(name: str) -> list[str]:
    """Name parts; "К.И." gives two initials."""
    out: list[str] = []
    for tok in _WORD.findall(fold(name)):
        out.append(tok)
    return out


def _part_match(q: str, n: str) -> bool:
    if _is_initial(q) or _is_initial(n):
        return q[0] == n[0]
    return bool(stems(q) & stems(n))


def name_matches(query: str, name: str) -> bool:
    """Does ``query`` (any case form, initials, any order) denote the person ``name``?

    Every part of the query must match a distinct part of the name, and at least one
    query part must be a full word (a surname or first name, not just initials).
    """
    q = _tokens(query)
    n = _tokens(name)
    if not q or not n or all(_is_initial(t) for t in q):
        return False
    # full words first so that initials do not take the parts surnames need
    order = sorted(q, key=_is_initial)
    if _assign(order, n):
        return True
    # agr73: a patronymic's initial the name does not state leaves it open: "Петров И.С."
    # is "Иван Петров" (two full words, the given name's initial matching)
    initials = [t for t in q if _is_initial(t)]
    return len(initials) == 2 and len(n) == 2 and not any(_is_initial(t) for t in n) and \
        _assign([t for t in q if not _is_initial(t)] + initials[:1], n)


def _assign(q: list[str], n: list[str]) -> bool:
    if not q:
        return True
    head, rest = q[0], q[1:]
    for i, part in enumerate(n):
        if _part_match(head, part) and _assign(rest, n[:i] + n[i + 1:]):
            return True
    return False


def name_key(name: str) -> str:
    """A grouping key for one person's name in any case: stems of the full words."""
    toks = [t for t in _tokens(name) if not _is_initial(t)]
    return " ".join(stem(t) for t in toks)


def party_matches(query: str, name: str) -> bool:
    """Substring or stem match of an organisation name, case-insensitive, ё = е."""
    fq, fn = fold(query).strip(), fold(name)
    if not fq:
        return False
    if fq in fn:
        return True
    name_words = words(name)
    for qw in words(query):
        qs = stem(qw)
        if not any(w.startswith(qs) or qs in stems(w) for w in name_words):
            return False
    return bool(words(query))


# ---------------------------------------------------------------------------------------
# one person or two?
# ---------------------------------------------------------------------------------------


def surname_eq(a: str, b: str) -> bool:
    """Equal (folded), or differing only in a case ending of at most two letters:
    "Новиковой" ~ "Новикова"; "Ким" is not "Кимова" (too short
    to strip). acro65: "Новик" ~ "Новиков" too (two letters read as an ending)."""
    a, b = fold(a), fold(b)
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) < 4 or len(long_) - len(short) > 2:
        return False
    common = 0
    for x, y in zip(short, long_, strict=False):
        if x != y:
            break
        common += 1
    return common >= max(4, len(short) - 1)


def one_edit(a: str, b: str) -> bool:
    """a and b differ by one inserted, deleted or replaced letter ("Сааакашвили")."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i + 1:] or a[i + 1:] == b[i:] or a[i:] == b[i + 1:]


@dataclass(frozen=True)
class NameParts:
    """A person's name split for comparison: first name (or None), its initial, the
    patronymic or its initial, the surname. All folded."""

    first: str | None
    initial: str | None
    middle: str | None
    surname: str


def split_name(name: str) -> NameParts | None:
    """"Клавдия Новикова", "К.И. Новикова", "Новикова К.И." → parts; None without a word.

    The last full word is the surname, unless initials follow it ("Новикова К.И.").
    """
    toks = _tokens(name)
    full = [t.rstrip(".") for t in toks if not _is_initial(t)]
    inits = [t[0] for t in toks if _is_initial(t)]
    if not full:
        return None
    surname = full[-1]
    first = full[0] if len(full) >= 2 else None
    middle = full[1] if len(full) >= 3 else None
    initial = first[0] if first else (inits[0] if inits else None)
    mid_initial = middle[0] if middle else (
        inits[1] if first is None and len(inits) >= 2 else inits[0] if first and inits else None)
    return NameParts(first, initial, middle or mid_initial, surname)


def parts_compatible(a: NameParts, b: NameParts) -> bool:
    """Same surname (a case ending apart; one typo in a long surname when the first names
    agree) and compatible first names: both written must agree, else both initials must.
    "Андрей Петров" and "Анна Петрова" are two people; "А. Петрова" and "Анна Петрова" one."""
    if not surname_eq(a.surname, b.surname):
        return bool(a.first and b.first and a.first == b.first
                    and min(len(a.surname), len(b.surname)) >= 6
                    and one_edit(a.surname, b.surname))
    if a.first and b.first:
        if not _same_given(a.first, b.first):
            return False
    elif a.initial and b.initial and a.initial != b.initial:
        return False
    if a.middle and b.middle and a.middle[0] != b.middle[0]:
        return False
    return True


def _same_given(a: str, b: str) -> bool:
    """Two case forms of one first name ("Анны" ~ "Анна", "Андрея" ~ "Андрей", "Ивану" ~
    "Иван"), not two names sharing a beginning ("Анна" / "Андрей", "Мария" / "Марина")."""
    if a == b:
        return True
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    ta, tb = a[n:], b[n:]
    return n >= 3 and all(t == "" or t in _ENDINGS for t in (ta, tb)) and \
        len(ta) + len(tb) <= 3


def same_person(a: str, b: str) -> bool:
    """Do the two written names denote one person? See ``parts_compatible``."""
    pa, pb = split_name(a), split_name(b)
    return pa is not None and pb is not None and parts_compatible(pa, pb)
