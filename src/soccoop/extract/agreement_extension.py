"""agr54: the agreement an extension extends, named as the genitive object of the extension's
noun, is an agreement of its own, signed before.

A supplementary agreement of extending is told by its noun ("дополнительное соглашение о
продлении", "соглашение о пролонгации") with the agreement it extends hung under that noun
through "срок"/"действие" or directly; when the extended agreement's own phrase tells, by a
past participle of signing, the year it was made, it is an older agreement of the same
sides, a mentioned record beside the extension signed now: "подписано дополнительное
соглашение о продлении до 2030 года действия соглашения между управлением и обществом
слепых, заключённого в марте 2020 года". A verb of extending over the noun
("продлили действие соглашения, заключённого …") is read by
``candidate_dates._extended_base_date``; this module reads the noun.

Only from the dependency parse (the chain of genitives, ``lexicon.EXTEND_CHAIN`` steps at
most, as ``merge._extended_object`` walks it); the words are in the lexicon
(``lexicon.EXTEND_NOUNS``, ``lexicon.BASE_SIGNING_PARTICIPLES``)."""

from __future__ import annotations

from soccoop.extract.candidate_dates import _dated_phrase_year, _DateIndex, _same_case
from soccoop.extract.lexicon import (
    AGREEMENT_NOUNS,
    BASE_SIGNING_PARTICIPLES,
    EXTEND_CHAIN,
    EXTEND_GAP,
    EXTEND_NOUNS,
)
from soccoop.extract.lexicon_signers import EXTENDED_TERMS
from soccoop.extract.nlp import Sentence, Token

# the parts of speech that end the stretch between a noun of extending and the agreement it
# extends: another clause or a list item begins there
_BREAKS = frozenset({"PUNCT", "VERB", "AUX", "CCONJ", "SCONJ"})


def extending_noun_over(sent: Sentence, k: int) -> int | None:
    """The index of the noun of extending (``EXTEND_NOUNS``) that the agreement noun at k
    hangs under as a chain of genitive nominal dependents ("о продлении срока действия
    соглашения": three steps at most, ``EXTEND_CHAIN``), or None."""
    toks = sent.tokens
    i = k
    for _ in range(EXTEND_CHAIN):
        if not 0 <= i < len(toks) or toks[i].feats.get("Case") != "Gen" or \
                toks[i].rel != "nmod":
            return None
        i = toks[i].head
        if 0 <= i < len(toks) and toks[i].lemma in EXTEND_NOUNS:
            return i
    return None


def extending_noun_before(sent: Sentence, k: int) -> int | None:
    """The noun of extending told just before the agreement noun at k in word order, when
    the parser broke the chain of genitives (a time phrase between them, "о продлении до
    2030 года действия соглашения", makes it read "действия" as a subject): the word
    right before the noun is "действие"/"срок" (``EXTENDED_TERMS``) or the noun of
    extending itself, and the words between it and the noun of extending, at most
    ``EXTEND_GAP``, hold no stop, verb or conjunction."""
    toks = sent.tokens
    if k < 1 or toks[k - 1].lemma not in EXTENDED_TERMS | EXTEND_NOUNS:
        return None
    for j in range(k - 1, max(-1, k - 1 - EXTEND_GAP), -1):
        t = toks[j]
        if t.lemma in EXTEND_NOUNS:
            return j
        if t.pos in _BREAKS:
            return None
    return None


def extended_by_noun_date(sent: Sentence, k: int, dates: _DateIndex) -> str | None:
    """The year (with its month or day when told) the agreement at k was made, when it is
    what a noun of extending extends and its own phrase has a past participle of signing
    that agrees with it and states a year: "дополнительное соглашение о продлении действия
    соглашения между управлением и обществом слепых, заключённого в марте 2020 года" →
    2020-03. The participle's phrase is read as ``_extended_base_date`` reads it (the
    parser often hangs the participle on the noun's last word); a participle of another
    noun ("о продлении соглашения о работе, начатой в 2020 году") or a phrase with no year
    dates nothing."""
    if not sent.parsed or extending_noun_over(sent, k) is None and \
            extending_noun_before(sent, k) is None:
        return None
    toks = sent.tokens
    noun = toks[k]
    for i in own_phrase(sent, k):
        if _base_participle(toks[i], noun) and (own := _dated_phrase_year(sent, i, dates)):
            return own
    after = participle_after(sent, k)
    return _dated_phrase_year(sent, after, dates) if after is not None else None


def own_phrase(sent: Sentence, k: int) -> list[int]:
    """fixdate54: the tokens under the agreement noun at k (itself included, in text order)
    but for the phrase of another agreement noun hung under it and for what follows another
    agreement noun in word order: in "соглашения о сотрудничестве …, а также договора
    аренды, заключённого в 2019 году" the parser may hang the lease, or the participle
    itself, under the agreement, and the participle is the lease's, not the agreement's
    (``lexicon.AGREEMENT_NOUNS``, as ``participle_after`` stops). Linear in the sentence
    length."""
    toks = sent.tokens
    fence = next((n for n in range(k + 1, len(toks)) if toks[n].lemma in AGREEMENT_NOUNS),
                 len(toks))
    kids: dict[int, list[int]] = {}
    for n, t in enumerate(toks):
        kids.setdefault(t.head, []).append(n)
    out: list[int] = []
    stack, seen = [k], set()
    while stack:
        n = stack.pop()
        if n in seen:  # a malformed tree (a cycle)
            continue
        seen.add(n)
        out.append(n)
        stack.extend(c for c in kids.get(n, []) if toks[c].lemma not in AGREEMENT_NOUNS)
    return sorted(n for n in out if n < fence)


def _base_participle(t: Token, noun: Token) -> bool:
    """Is ``t`` a participle of signing (``BASE_SIGNING_PARTICIPLES``) agreeing with the
    agreement noun in number and case ("соглашения …, заключённого")?"""
    return t.lemma in BASE_SIGNING_PARTICIPLES and t.feats.get("VerbForm") == "Part" and \
        t.feats.get("Number") == noun.feats.get("Number") and _same_case(t, noun)


def participle_after(sent: Sentence, k: int) -> int | None:
    """The participle of signing agreeing with the agreement noun at k that follows it in
    word order, when the parser hung it outside the noun's phrase (on a side's last word or
    on the noun of extending: "о пролонгации действия договора между фондом и обществом
    незрячих, заключённого в 2019 году"): the first such participle after the noun with no
    finite verb nor another agreement noun between them: in "о продлении соглашения о
    сотрудничестве, а также договора аренды, заключённого в 2019 году" the participle is
    the lease's (``lexicon.AGREEMENT_NOUNS``), not the extended agreement's."""
    toks = sent.tokens
    noun = toks[k]
    for i in range(k + 1, len(toks)):
        t = toks[i]
        if _base_participle(t, noun):
            return i
        if t.feats.get("VerbForm") == "Fin" or t.lemma in AGREEMENT_NOUNS:
            return None
    return None
