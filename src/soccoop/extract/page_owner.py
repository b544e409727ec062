"""agr77: the body whose page it is, for a side the page names by a first-person possessive.

A body's own site writes of itself as "наша организация", "наш центр", "наше отделение";
the side is then the body the page names in its header or footer line ("Областной центр
социального обслуживания населения" over the menu, "© Областной центр ..." under the
text), never the words "Наша организация". A page that names no such body leaves no side.
Cost: one look at the first and last lines of the page.
"""

from __future__ import annotations

import re

from soccoop.extract.lexicon_sides import (
    OWNER_LEGAL_FORM_HEADS,
    OWNER_LINE_MAX_WORDS,
    OWNER_LINES_FOOT,
    OWNER_LINES_HEAD,
    SPEAKER_POSSESSIVES,
)
from soccoop.extract.nlp import Models
from soccoop.extract.normalize import is_acronym
from soccoop.extract.sides import _codes

_WORD = re.compile(r"[А-Яа-яЁё]+")
# series59: a page's web address after the name on its header line, the two lines joined
# ("Фонд «Опора» vk.com/opora_fund"): the address is no part of the name
_WEB_TAIL = re.compile(r"\s+(?:https?://)?[\w-]+(?:\.[\w-]+)+/\S*$")


def self_reference_head(models: Models, name: str) -> str | None:
    """The head noun's lemma of a side named by a first-person possessive and one noun
    ("Наш центр" → "центр"), or None for any other name ("Центр занятости")."""
    words = name.split()
    if len(words) != 2 or models.lemma(words[0].lower()) not in SPEAKER_POSSESSIVES:
        return None
    return models.lemma(words[1].lower())


def _holds_head(models: Models, part: str, head: str) -> bool:
    """Does a name hold the head noun, as a word ("Центр занятости") or in the legal form
    that opens it ("АНО «Добрые руки»": автономная некоммерческая организация)?"""
    words = _WORD.findall(part)
    if words and OWNER_LEGAL_FORM_HEADS.get(words[0].lower()) == head:
        return True
    return any(models.lemma(w.lower()) == head for w in words)


def _acronym_spelled_after(part: str, line: str) -> str | None:
    """dig94: a line naming the body by an acronym and its quoted name, then after a dash
    its kind written out, capitalised as a name: "ГООИ «Опора» — Городская общественная
    организация инвалидов" → "Городская общественная организация инвалидов «Опора»" (the
    kind with the quoted name; the acronym need not spell it letter for letter, as site
    headers shorten). None for any other line."""
    rest = line[len(part):].lstrip(" —-").strip()
    words = part.split()
    if not rest[:1].isupper() or "«" in rest or len(words) < 2 or \
            not words[1].startswith("«") or not is_acronym(words[0]):
        return None
    return f"{rest} {' '.join(words[1:])}"


def _name_line(models: Models, line: str, head: str) -> str | None:
    """The body's name a line holds alone or before a dash or comma that describes it
    ("Городской центр помощи семье «Надежда»", "АНО «Добрые руки» — помощь пожилым"),
    with the head noun; None for a sentence, a menu, an address or a copyright's year."""
    part = re.split(r" — | - |, ", line, maxsplit=1)[0].strip()
    words = part.split()
    if not 2 <= len(words) <= OWNER_LINE_MAX_WORDS or not part[:1].isupper():
        return None
    if any(ch.isdigit() for ch in line) or re.search(r"[|.!?:;@]", line):
        return None
    if _holds_head(models, part, head):
        return part
    spelled = _acronym_spelled_after(part, line)
    if spelled is not None and _holds_head(models, spelled, head):
        return spelled
    # a body's kind before a dash opens the whole name: "Государственное учреждение — ..."
    whole = part != line and "«" not in part and words[-1].islower() and \
        len(line.split()) <= OWNER_LINE_MAX_WORDS and _holds_head(models, line, head)
    return line if whole else None


def page_owner(models: Models, text: str, head: str) -> str | None:
    """The name of the page's own body whose head noun is ``head``: the first header line
    that is a name with that noun, else the last such footer line; None when neither."""
    lines = [_WEB_TAIL.sub("", ln.strip().lstrip("©").strip()) for ln in text.splitlines()
             if ln.strip()]
    head_lines = lines[:OWNER_LINES_HEAD]
    foot_lines = lines[-OWNER_LINES_FOOT:][::-1] if len(lines) > OWNER_LINES_HEAD else []
    for ln in head_lines + foot_lines:
        name = _name_line(models, ln, head)
        if name is not None:
            return name
    return None


def page_body(models: Models, text: str, heads: frozenset[str]) -> str | None:
    """plans67: the name of the page's own body whatever its head noun, for a page that
    tells of itself by "мы" alone: the first header line (else the last footer line) that is
    a name that opens with a head noun of ``heads`` (the lexicon's heads of bodies), only
    adjectives before it (``_opening_head``), or with a legal form ("АНО «Добрые руки»").
    A social page's title line "АНО «Добрые руки» | Волонтёры" is cut at its bar: the name
    stands before it. None when no line names one."""
    lines = [_WEB_TAIL.sub("", ln.strip().lstrip("©").strip()).split(" | ")[0].strip()
             for ln in text.splitlines() if ln.strip()]
    head_lines = lines[:OWNER_LINES_HEAD]
    foot_lines = lines[-OWNER_LINES_FOOT:][::-1] if len(lines) > OWNER_LINES_HEAD else []
    for ln in head_lines + foot_lines:
        words = _WORD.findall(ln)
        head = OWNER_LEGAL_FORM_HEADS.get(words[0].lower()) if words else None
        head = head or _opening_head(models, words, heads)
        name = _name_line(models, ln, head) if head else None
        if name is not None:
            return name
    return None


def _opening_head(models: Models, words: list[str], heads: frozenset[str]) -> str | None:
    """plans67: the head noun a name line opens with, only adjectives before it (by their
    first dictionary reading): "Областной центр помощи семье" → "центр"; None for a line
    whose first noun is no body's head ("Фото из архива министерства", "Стенограмма
    заседания собрания": a caption or a page's kind, not its body)."""
    for w in words:
        lemma = models.lemma(w.lower())
        if lemma in heads:
            return lemma
        parses = models.parse(w.lower())
        if not parses or parses[0].tag.POS not in {"ADJF", "PRTF"}:
            return None
    return None


def owner_regions(models: Models, name: str) -> list[str]:
    """The one region a page's body name holds ("Тверской областной центр ..." → RU-TVE),
    read word by word and by word pairs; none when it holds none or several."""
    words = name.split()
    codes = {c for n in (1, 2) for i in range(len(words) - n + 1)
             for c in _codes(models, " ".join(words[i:i + n]))}
    return sorted(codes) if len(codes) == 1 else []
