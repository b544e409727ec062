"""Putting noun phrases into the nominative without touching their dependents.

"Министерством труда ... РТ" → "Министерство труда ... РТ", "Костромской областью" →
"Костромская область": the adjectives before the head noun and the head noun itself agree
in case with the context; everything after the head stays as written.
"""

from __future__ import annotations

from soccoop.extract.nlp import Models, Token

_ADJ_POS = {"ADJ", "DET", "NUM"}


def _match_case(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def nominative_word(
    models: Models, word: str, number: str | None = None, gender: str | None = None
) -> str:
    """One word to the nominative, keeping its number and capitalisation.

    ``gender`` (masc/femn/neut) makes an adjective agree with its head noun.
    """
    if not any(ch.isalpha() for ch in word) or (word.isupper() and len(word) > 1):
        return word
    if "-" in word:  # Ханты-Мансийского → Ханты-Мансийский: inflect the last part
        head, _, tail = word.rpartition("-")
        return head + "-" + nominative_word(models, tail, number, gender)
    parses = models.parse(word)
    if not parses:
        return word
    best = None
    for p in parses:
        if p.tag.POS in {"NOUN", "ADJF", "PRTF", "NUMR"}:
            best = p
            break
    if best is None:
        return word
    wanted = {"nomn"}
    if number == "Plur" or (number is None and "plur" in best.tag):
        wanted.add("plur")
    elif gender and best.tag.POS in {"ADJF", "PRTF"}:
        wanted |= {"sing", gender}
    form = best.inflect(wanted)
    if form is None:
        return word
    return _match_case(form.word, word)


def _gender(models: Models, tok: Token) -> str | None:
    g = tok.feats.get("Gender")
    if g:
        return {"Masc": "masc", "Fem": "femn", "Neut": "neut"}.get(g)
    parses = models.parse(tok.text)
    for p in parses:
        if p.tag.POS == "NOUN" and p.tag.gender:
            return str(p.tag.gender)
    return None


def nominative_phrase(models: Models, tokens: list[Token], text: str) -> str:
    """The phrase with its leading adjectives and head noun in the nominative."""
    if not tokens:
        return ""
    head = next((i for i, t in enumerate(tokens) if t.pos in {"NOUN", "PROPN"}), None)
    gender = _gender(models, tokens[head]) if head is not None else None
    number = tokens[head].feats.get("Number") if head is not None else None
    out: list[str] = []
    prev_stop = tokens[0].start
    for i, tok in enumerate(tokens):
        gap = text[prev_stop:tok.start]
        word = tok.text
        if head is not None and i <= head and (tok.pos in _ADJ_POS or i == head):
            word = nominative_word(models, tok.text, number, gender)
        out.append(gap + word)
        prev_stop = tok.stop
    phrase = " ".join("".join(out).split())
    return phrase[:1].upper() + phrase[1:] if phrase else phrase
