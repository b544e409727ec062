"""pair55: a digest's verbless contents line that sums up the agreements told below.

A news digest often opens with a line listing its stories without a verb: "Новые
соглашения с вузами и Социальным фондом, продление сотрудничества с соседями, ...". The
plural agreement noun there names no agreement of its own (each one is told in full
further down); read as a record it would stand in front of them and shift every later one.
The pass is read by morphology (number, part of speech, case of the letters), not by words.
"""

from __future__ import annotations

from soccoop.extract.lexicon import UNNAMED_PARTNER_REACH
from soccoop.extract.lexicon_sides import PARTNER_PREPOSITIONS
from soccoop.extract.nlp import Models, Sentence, Token


def summary_with_kinds(models: Models, sent: Sentence, k: int) -> bool:
    """pair54/pair55: plural agreements in a sentence with no verb, the first partner named
    by its kind only (a plural common noun, lower case, right after "с"), sum up the news
    told below, no record of their own: a digest's lead "Новые соглашения с вузами и
    Социальным фондом, продление сотрудничества с соседями, ..." above each signing told
    in full. Read by morphology within the noun's clause (``UNNAMED_PARTNER_REACH``
    words, no punctuation between; the parse of such a list is unreliable); no list after
    a colon, a dash or a bracket names the kind's members."""
    toks = sent.tokens
    if toks[k].feats.get("Number") != "Plur" or any(t.pos in {"VERB", "AUX"} for t in toks):
        return False
    for j in range(k + 1, min(len(toks) - 1, k + UNNAMED_PARTNER_REACH)):
        if toks[j].pos == "PUNCT":
            return False
        if toks[j].lemma not in PARTNER_PREPOSITIONS or toks[j].pos != "ADP":
            continue
        n = j + 1  # the last of the plural lower-case words after "с": the kind's noun
        while n + 1 < len(toks) and toks[n + 1].pos in {"ADJ", "NOUN"} and \
                toks[n + 1].text.islower() and _plural_reading(models, toks[n + 1]):
            n += 1
        noun = toks[n]
        after = toks[n + 1] if n + 1 < len(toks) else None
        return noun.text.islower() and _plural_reading(models, noun) and \
            _noun_reading(models, noun) and \
            (after is None or after.text not in {":", "—", "–", "("})
    return False


def _noun_reading(models: Models, t: Token) -> bool:
    """Is the word a noun, by the tagger or, where the tagger reads a plural noun in a
    list as an adjective ("с вузами и фондом"), by the dictionary's first reading?"""
    if t.pos == "NOUN":
        return True
    parses = models.parse(t.text)
    return t.pos == "ADJ" and bool(parses) and "NOUN" in parses[0].tag


def _plural_reading(models: Models, t: Token) -> bool:
    """Is the word plural, by the tagger or, where the tagger reads a form with only plural
    readings as singular ("с колледжами" tagged Sing), by every dictionary reading?"""
    if t.feats.get("Number") == "Plur":
        return True
    parses = models.parse(t.text.lower())
    return bool(parses) and all("plur" in p.tag for p in parses)
