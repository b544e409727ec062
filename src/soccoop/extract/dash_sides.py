"""agr89: the sides of an agreement listed after a dash.

Two shapes tell an agreement's sides as a list after a dash, with no verb:
- the side noun owning the agreement noun: "Стороны соглашения — управление, колледж и
  ООО «Вектор»" (the nominative list is the agreement's sides);
- the agreement noun itself, then a list of bodies in the genitive: "ещё одно
  соглашение — фонда, управления и ООО «Вектор»" (whose agreement it is).
The bodies are the organisation phrases after the dash up to the clause's end (a colon, a
semicolon or the comma before a conjunction of a new clause); they replace the sides the
mention took elsewhere when they are more. "Соглашение — это ..." and "соглашение — между X
и Y" are no such list (the first word after the dash is no noun in the genitive; "между"
is read by the sides' own rules).
"""

from __future__ import annotations

from soccoop.extract.agreement_types import _Candidate, _Party, _token_index
from soccoop.extract.lexicon import PARTICIPANT_NOUNS, SIDES_OWNER_NOUNS
from soccoop.extract.lexicon_officials import ORG_HEADS
from soccoop.extract.lexicon_sides import ASIDE_DASHES, LIST_CLAUSE_OPENERS
from soccoop.extract.nlp import Analysis, Models, Sentence
from soccoop.extract.party_phrases import _parties_in
from soccoop.models import RegionRef

_LIST_ENDS = frozenset({":", ";", "(", "."})


def list_end(sent: Sentence, lo: int) -> int:
    """The end of the list of sides that starts at token ``lo``: a colon, a semicolon, a
    bracket, a full stop, a dash, or the comma before a clause's opener (", а также с
    отделением", ", который")."""
    toks = sent.tokens
    for i in range(lo, len(toks)):
        if toks[i].text in _LIST_ENDS or toks[i].text in ASIDE_DASHES:
            return i
        if toks[i].text == "," and i + 1 < len(toks) and \
                toks[i + 1].lemma in LIST_CLAUSE_OPENERS:
            return i
    return len(toks)


def dash_list_start(sent: Sentence, k: int) -> int:
    """The index of the first word of the sides listed after a dash for the agreement noun
    at ``k`` (-1: not one of the two shapes of the module's docstring): "Стороны
    договора — фонд и колледж", "соглашение — фонда и колледжа"."""
    toks = sent.tokens
    if k + 2 >= len(toks) or toks[k + 1].text not in ASIDE_DASHES:
        return -1
    first = toks[k + 2]
    if k == 1 and toks[0].lemma in PARTICIPANT_NOUNS and \
            toks[0].feats.get("Case") in {"Nom", "Gen"} and \
            toks[k].lemma in SIDES_OWNER_NOUNS and toks[k].feats.get("Case") == "Gen":
        # "Стороны соглашения — X, Y и Z" opening the sentence ("Стороны" is tagged either
        # case: the plural nominative and the singular genitive are written alike)
        return k + 2
    if first.pos in {"NOUN", "PROPN"} and first.feats.get("Case") == "Gen":
        return k + 2  # "соглашение — фонда, управления и ООО «X»"
    return -1


def _words(name: str) -> set[str]:
    """The first five letters of each word of a side's name, in lower case, quotes and
    brackets stripped ("«Центр" is "центр")."""
    return {w.strip("«»\"()").lower()[:5] for w in name.split()}


def _told_bodies(sent: Sentence, lo: int, hi: int, found: list[_Party],
                 told: list[_Party]) -> list[_Party]:
    """The list's common nouns of bodies outside the phrases found ("фонда, управления")
    as the sides told before they name by a word (the longest such name each)."""
    toks = sent.tokens
    out: list[_Party] = []
    for t in toks[lo:hi]:
        if t.pos != "NOUN" or t.lemma not in ORG_HEADS or \
                any(p.start <= t.start < p.stop for p in found):
            continue
        named = [p for p in told if t.lemma[:5] in _words(p.name)]
        if named:
            best = max(named, key=lambda p: len(p.name))
            if all(best.key != p.key for p in out + found):
                out.append(best)
    return out


def sides_after_dash(analysis: Analysis, models: Models, regions: list[RegionRef],
                     cands: list[_Candidate]) -> None:
    """Each mention of one of the two shapes takes the bodies listed after its dash when
    they are more than the sides it has: the organisation phrases, and the common nouns
    naming the sides of the mentions before it ("ещё одно соглашение — фонда, управления и
    ООО «X»" after the fund's and the directorate's signing). In place."""
    told: list[_Party] = []
    for c in cands:
        sent = c.sentence
        k = _token_index(sent, c.trigger.start)
        lo = dash_list_start(sent, k) if 0 <= k < len(sent.tokens) else -1
        if lo >= 0:
            hi = list_end(sent, lo)
            found: list[_Party] = _parties_in(analysis, models, sent, lo, hi, regions)
            found = _told_bodies(sent, lo, hi, found, told) + found
            if len(found) > len(c.parties) and (len(found) >= 2 or not c.parties):
                c.parties = found
        told += c.parties
