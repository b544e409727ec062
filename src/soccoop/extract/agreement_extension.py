"""agr53: an extension signed now and the older agreement it extends are two records.

"Подписано дополнительное соглашение о продлении до 2028 года действия соглашения о
сотрудничестве между A и B, заключённого в мае 2020 года": the addendum is signed now, and
the agreement whose term it extends was signed in May 2020 — an agreement of its own
(``mentioned``, dated by its own participle), as a verb of extending already tells it
(``candidate_dates._extended_base_date``: "Стороны продлили действие соглашения,
заключённого в ..."). Here the extending is a noun ("о продлении", ``EXTEND_NOUNS``) of
another agreement noun, and the parser often hangs "действия" on the sentence's verb, so
the extended document is found by word order (``candidate_signers.extending_document_base``:
the noun in the genitive right after "действия"/"срока") and its date by the participle in
its phrase that agrees with it in case (``candidate_dates._dated_phrase_year``). Called by
``agreements._candidates`` for a signed candidate with two sides or more; a date with no
year stated ("заключённого 5 мая") dates no older agreement."""

from __future__ import annotations

from soccoop.extract.agreement_types import _DateIndex
from soccoop.extract.candidate_dates import _dated_phrase_year, _same_case
from soccoop.extract.candidate_signers import extending_document_base
from soccoop.extract.lexicon import BASE_SIGNING_PARTICIPLES, EXTEND_NOUNS, TRIGGERS
from soccoop.extract.nlp import Sentence
from soccoop.extract.syntax import subtree


def _extending_noun_before(sent: Sentence, k: int) -> bool:
    """Is there a noun of extending (``EXTEND_NOUNS``: "продление") between another
    agreement noun and the noun at k ("дополнительное соглашение о продлении ... действия
    соглашения")?"""
    toks = sent.tokens
    ext = [i for i in range(k) if toks[i].lemma in EXTEND_NOUNS]
    return bool(ext) and any(toks[i].lemma in TRIGGERS and toks[i].pos in {"NOUN", "PROPN"}
                             for i in range(ext[0]))


def extended_by_noun_year(sent: Sentence, k: int, dates: _DateIndex) -> str | None:
    """The date, with its year stated, of the older agreement at k whose term another
    agreement of the sentence extends by a noun of extending: "… дополнительное соглашение
    о продлении на три года действия договора между центром и фондом, подписанного в 2019
    году" gives 2019 to the договор. A participle of signing (``BASE_SIGNING_PARTICIPLES``)
    in the noun's phrase, of the noun's case (and number, when tagged). None: not such a
    noun, or no year told for it."""
    if not sent.parsed or not extending_document_base(sent, k) or \
            not _extending_noun_before(sent, k):
        return None
    toks = sent.tokens
    number = toks[k].feats.get("Number")
    for i in sorted(subtree(sent, k)):
        t = toks[i]
        if t.lemma not in BASE_SIGNING_PARTICIPLES or t.feats.get("VerbForm") != "Part" or \
                t.feats.get("Number") not in {None, number} or not _same_case(t, toks[k]):
            continue
        own = _dated_phrase_year(sent, i, dates)
        if own:
            return own
    return None
