"""One reading of a partner named with "с": "соглашение с фондом", "подписать с районным
союзом ветеранов". The preposition (``partner_case``, ``with_phrase``: from the parse, the
fixed "со стороны" no partner), the noun after it (``partner_noun_after``: from the
tagger's features, so on an unparsed sentence too) and whether that noun names one partner
(``names_one_partner``). Read by ``agreements``, ``agreement_likeness``,
``agreement_sides`` and ``agreement_lists``; it stands apart so that each may import it
without importing the others (``agreements`` imports the likeness and list modules, so
the readings could live in none of them: tidy54).
"""

from __future__ import annotations

from collections.abc import Sequence

from soccoop.extract.lexicon_officials import ORG_HEADS as BODY_HEAD_WORDS
from soccoop.extract.lexicon_sides import PARTNER_PREPOSITIONS
from soccoop.extract.nlp import Sentence, Token

# fixreg53: the adjectives read between a "с" and its partner's noun (``partner_noun_after``)
PARTNER_ADJECTIVES_READ = 3


def partner_case(sent: Sentence, c: int) -> int | None:
    """The simple "с" the parse hangs on the noun at c as its case mark, or None: "с фондом"
    has one; the compound "со стороны фонда" (a "fixed" word under the preposition) and "о
    фонде" have none."""
    toks = sent.tokens
    return next((x for x in sent.children(c)
                 if toks[x].rel == "case" and toks[x].lemma in PARTNER_PREPOSITIONS and
                 not any(toks[f].rel == "fixed" for f in sent.children(x))), None)


def with_phrase(sent: Sentence, c: int) -> bool:
    """Does the noun at c take a simple "с" (``partner_case``): "соглашение с колледжем",
    not "со стороны колледжа"? The one reading of a "с" partner's preposition on the parse."""
    return partner_case(sent, c) is not None


def partner_noun_after(toks: Sequence[Token], x: int, *, first_noun: bool = False
                       ) -> int | None:
    """fixreg53: token x is a "с" whose noun, after at most ``PARTNER_ADJECTIVES_READ``
    adjectives, is an instrumental noun or name: its index, or None. "с районным союзом
    пенсионеров" names a partner ("союзом"); "с 1 марта", "с начала года" (genitive) and
    "со стороны управления" none. Read from the tagger's features, so it holds on an
    unparsed sentence too (a list item's line). fixtidy54: with ``first_noun`` (the parse
    already told the "с" a partner's, ``agreements.partner_on_signing_verb``) any word
    before the first noun is passed over, as status72's reading did: "с «Движением
    первых»" (a quote), "с 12 районными советами" (a number)."""
    if not 0 <= x < len(toks) or toks[x].lemma not in PARTNER_PREPOSITIONS:
        return None
    if first_noun:
        n = next((i for i in range(x + 1, len(toks)) if toks[i].pos in {"NOUN", "PROPN"}),
                 None)
        return n if n is not None and toks[n].feats.get("Case") == "Ins" else None
    for n in range(x + 1, min(len(toks), x + 2 + PARTNER_ADJECTIVES_READ)):
        t = toks[n]
        if t.pos in {"NOUN", "PROPN"}:
            return n if t.feats.get("Case") == "Ins" else None
        if t.pos not in {"ADJ", "DET"}:
            return None
    return None


def names_one_partner(toks: Sequence[Token], x: int, *, first_noun: bool = False) -> bool:
    """status72: does the "с" at x name one partner: its noun (``partner_noun_after``) a
    name, or in the singular a body's head word (``lexicon_officials.ORG_HEADS``: "с
    районным обществом инвалидов") or an animate noun ("с фондом", "с ректором")? A plural
    names a kind of partners, no partner ("подобные соглашения с крупными
    работодателями"), and "с учётом замечаний" none."""
    n = partner_noun_after(toks, x, first_noun=first_noun)
    if n is None:
        return False
    t = toks[n]
    if t.pos == "PROPN":
        return True
    return t.feats.get("Number") == "Sing" and (
        t.lemma in BODY_HEAD_WORDS or t.feats.get("Animacy") == "Anim")
