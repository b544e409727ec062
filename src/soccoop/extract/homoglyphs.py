"""Latin look-alike letters inside Cyrillic words, written as the Cyrillic letters they mimic.

"Пeтров" (Latin "e") is not a word to natasha's NER, to pymorphy2 or to the lexicons, so the
name, its case and "Coглашение" (Latin "C") are all missed. ``fold_homoglyphs`` gives the NLP
a copy of the text where each such letter is its Cyrillic twin
(``lexicon_homoglyphs.LATIN_TO_CYRILLIC``), and changes nothing else:

- only inside a word (a run of letters) that holds a Cyrillic letter and whose every Latin
  letter has a twin: "Пeтров" -> "Петров", "Mинтруд" -> "Минтруд";
- a word without Cyrillic letters stays Latin ("Facebook", "IT", "SOS", "OK", a stray
  Latin "c" standing alone); so does a word with a Latin letter that has no twin
  ("Яndex"), a word run with a digit or "_" ("Cу27", "2О24") and a whole non-space chunk
  that looks like an address ("http://...", "www.", "a@b.ru", "mintrud.ru").

One character replaces one character, so every offset into the folded copy is an offset into
the stored text: the stored text keeps the original letters and evidence found on the copy
still slices it (``unwrap.span_restorer`` sets the evidence text from the stored text).
Cost: one C-speed search for a Latin letter next to a Cyrillic one; only a text that has one
is walked chunk by chunk (linear in its length).
"""

from __future__ import annotations

import re

from soccoop.extract.lexicon_homoglyphs import LATIN_TO_CYRILLIC

_CYR = "А-Яа-яЁё"
# a Latin letter touching a Cyrillic one: the only texts worth walking
_MIXED = re.compile(rf"[A-Za-z][{_CYR}]|[{_CYR}][A-Za-z]")
_CHUNK = re.compile(r"\S+")
_WORD = re.compile(r"\w+")
_CYRILLIC = re.compile(rf"[{_CYR}]")
_LATIN = re.compile(r"[A-Za-z]")
# a chunk naming an address: a URL, an e-mail, a bare domain ("mintrud.ru", "минтруд.рф")
_ADDRESS = re.compile(r"://|www\.|@|\w\.(?:ru|su|com|org|net|info|рф|gov)\b", re.IGNORECASE)
_TWINS = str.maketrans(LATIN_TO_CYRILLIC)
_HAS_TWIN = frozenset(LATIN_TO_CYRILLIC)


def fold_word(word: str) -> str:
    """``word`` with its Latin look-alikes made Cyrillic when it is a Cyrillic word written
    with some ("Coглашение" -> "Соглашение"), else ``word`` itself ("Facebook", "Cу27")."""
    if not _CYRILLIC.search(word) or any(ch.isdigit() or ch == "_" for ch in word):
        return word
    latin = set(_LATIN.findall(word))
    if not latin or not latin <= _HAS_TWIN:
        return word
    return word.translate(_TWINS)


def fold_homoglyphs(text: str) -> str:
    """The copy of ``text`` the NLP reads: Cyrillic words written with Latin look-alike letters
    made wholly Cyrillic; same length, other characters untouched. "Пeтров подписал
    Coглашение (www.site.ru)" -> "Петров подписал Соглашение (www.site.ru)". A text without
    a Latin letter next to a Cyrillic one comes back unchanged (the same object)."""
    if not _MIXED.search(text):
        return text
    out: list[str] = []
    last = 0
    for chunk in _CHUNK.finditer(text):
        s = chunk.group()
        if not _MIXED.search(s) or _ADDRESS.search(s):
            continue
        base = chunk.start()
        for w in _WORD.finditer(s):
            folded = fold_word(w.group())
            if folded != w.group():
                out.append(text[last:base + w.start()])
                out.append(folded)
                last = base + w.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)
