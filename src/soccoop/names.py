"""Light matching of Russian names and organisation names without a morphological analyser.

The query side of ``soccoop list`` must start fast, so instead of pymorphy2 we compare words
by the stems left after stripping common case endings: "Новиковой", "Новикову" and
"Новикова" share the stem "новиков"; "К." is compatible with any first name in К.
"""

from __future__ import annotations

import re

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


def fold(text: str) -> str:
    """Lower case, ё → е: the form every comparison uses."""
    return text.lower().replace("ё", "е")


def words(text: str) -> list[str]:
    """Folded words (letters, digits, inner hyphens), punctuation dropped."""
    return [w.rstrip(".") for w in _WORD.findall(fold(text))]


def stems(word: str) -> set[str]:
    """The word itself and every stem left by stripping one case ending (min 3 letters)."""
    w = fold(word).rstrip(".")
    out = {w}
    for end in _ENDINGS:
        if w.endswith(end) and len(w) - len(end) >= MIN_STEM:
            out.add(w[: -len(end)])
    return out


def stem(word: str) -> str:
    """The shortest candidate stem: a stable key for a word in any case."""
    return min(stems(word), key=lambda s: (len(s), s))


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
    return _assign(order, n)


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
