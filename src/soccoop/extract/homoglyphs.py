"""Latin look-alike letters inside Cyrillic words, written as the Cyrillic letters they mimic.

"Пeтров" (Latin "e") is not a word to natasha's NER, to pymorphy2 or to the lexicons, so the
name, its case and "Coглашение" (Latin "C") are all missed. ``fold_homoglyphs`` gives the NLP
a copy of the text where each such letter is its Cyrillic twin
(``lexicon_homoglyphs.LATIN_TO_CYRILLIC``), and changes nothing else:

- only inside a word (a run of letters) that holds a Cyrillic letter and whose every Latin
  letter has a twin: "Пeтров" -> "Петров", "Mинтруд" -> "Минтруд";
- a word without Cyrillic letters stays Latin ("Facebook", "IT", "SOS", "OK"); so does a
  word with a Latin letter that has no twin ("Яndex"), a word run with a digit or "_"
  ("Cу27", "2О24") and a whole non-space chunk that looks like an address ("http://...",
  "www.", "a@b.ru", "mintrud.ru");
- a Latin "c"/"C" standing alone is the preposition "с" typed on the wrong layout when the
  next word is Cyrillic ("соглашение c Минтрудом", "C «Фондом»") or a number then a
  Cyrillic word ("c 1 января", "c 2024 года"), and the nearest words are not Latin: the
  word before, in the same sentence ("Vitamin C", "A, B, C и D", "section c"), and the
  word after the next ("C и D"); glued to other signs ("c++", "C#", "c.") it stays;
- two apostrophes that stand for a quote mark (wiki markup: "главой ''Заря''") are one '"'
  beside a space (``_fold_wiki_quotes``), so the quoted name is read as one in «».

One character replaces one character, so every offset into the folded copy is an offset into
the stored text: the stored text keeps the original letters and evidence found on the copy
still slices it (``unwrap.span_restorer`` sets the evidence text from the stored text).
Cost: one C-speed search for a Latin letter next to a Cyrillic one, one for a lone "c" and
one for a pair of apostrophes;
only a text that has one is walked chunk by chunk, each lone "c" looking at two words after
it and one before (linear in its length).
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
# a Latin "c" standing alone: at the start or after a space, bracket or opening quote, and
# followed by a space
_LONE_C = re.compile(r"(?<![^\s(«\"„“'])[cC](?=\s)")
# the two chunks after it, each read from its first word run (opening signs skipped)
_NEXT_TWO = re.compile(r"\s+[«\"„“'(]*(\w*)\S*(?:\s+[«\"„“'(]*(\w*))?")
# the word before it, with only commas, quotes, brackets and spaces between
_WORD_BEFORE = re.compile(r"(\w+)[^\w.!?;:\n]*$")
_BEFORE_WINDOW = 64


def fold_word(word: str) -> str:
    """``word`` with its Latin look-alikes made Cyrillic when it is a Cyrillic word written
    with some ("Coглашение" -> "Соглашение"), else ``word`` itself ("Facebook", "Cу27")."""
    if not _CYRILLIC.search(word) or any(ch.isdigit() or ch == "_" for ch in word):
        return word
    latin = set(_LATIN.findall(word))
    if not latin or not latin <= _HAS_TWIN:
        return word
    return word.translate(_TWINS)


def _is_latin(word: str) -> bool:
    return bool(_LATIN.search(word)) and not _CYRILLIC.search(word)


def _is_cyrillic(word: str) -> bool:
    return bool(_CYRILLIC.search(word)) and not _LATIN.search(word)


def _lone_c_is_russian(text: str, at: int) -> bool:
    """The lone Latin "c" at ``at`` is the Russian preposition: a Cyrillic word follows
    ("c Минтрудом") or a number and a Cyrillic word ("c 1 января"), and no Latin word stands
    right before it ("Vitamin C и") or after the next ("C и D"). ``text`` is already folded,
    so "c Mинтрудом" reads "Минтрудом"."""
    after = _NEXT_TWO.match(text, at + 1)
    if after is None:
        return False
    first, second = after.group(1), after.group(2) or ""
    if first.isdigit():
        if not _is_cyrillic(second):
            return False
    elif not _is_cyrillic(first) or _is_latin(second):
        return False
    before = _WORD_BEFORE.search(text[max(0, at - _BEFORE_WINDOW):at])
    return before is None or not _is_latin(before.group(1))


def _fold_lone_c(text: str) -> str:
    """``text`` with each lone Latin "c" that is the preposition "с" made Cyrillic."""
    hits = [m.start() for m in _LONE_C.finditer(text) if _lone_c_is_russian(text, m.start())]
    if not hits:
        return text
    chars = list(text)
    for at in hits:
        chars[at] = LATIN_TO_CYRILLIC[chars[at]]
    return "".join(chars)


def fold_homoglyphs(text: str) -> str:
    """The copy of ``text`` the NLP reads: Cyrillic words written with Latin look-alike letters
    made wholly Cyrillic, a lone Latin "c" that is the preposition made "с"; same length,
    other characters untouched. "Пeтров подписал Coглашение c Минтрудом (www.site.ru)" ->
    "Петров подписал Соглашение с Минтрудом (www.site.ru)". A text with nothing to fold
    comes back unchanged (the same object)."""
    return _fold_wiki_quotes(_fold_lone_c(_fold_words(text)))


# two apostrophes standing for a quote mark (wiki markup: "компании ''Заря''"): opening at
# a word's start, closing at its end; three or more (wiki's bold) are left alone
_WIKI_OPEN = re.compile(r"(?<![\w'])''(?=[^\W_])")
_WIKI_CLOSE = re.compile(r"(?<=[^\W_]|[.!?)])''(?![\w'])")


def _fold_wiki_quotes(text: str) -> str:
    """``text`` with each pair of apostrophes that stands for a quote mark written as one:
    an opening pair becomes a space and '"', a closing pair '"' and a space, so the length
    is kept and the mark touches the name it quotes: "компании ''Заря'' и" -> 'компании
    "Заря"  и'. The tagger and the body passes read '"' as a quote and "'" as none, so a
    name quoted so was cut ("компания" for "компания ''Заря''"). A pair inside a word
    ("Д''Арк") or a run of three (wiki's bold) stays."""
    if "''" not in text:
        return text
    text = _WIKI_OPEN.sub(' "', text)
    return _WIKI_CLOSE.sub('" ', text)


def _fold_words(text: str) -> str:
    """``text`` with its Cyrillic words written with Latin look-alikes folded."""
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
