"""sigpool96: the common signer of an ordinal series of agreements, named with the first.

A report of several agreements of one body may tell them as a series: "Первое соглашение
министр Анна Котова подписала с фондом «Опора». Второе — с обществом слепых, его подписал
председатель общества Олег Белов." The minister, the subject of the first item's signing,
signs the second too: its sentence names the partner's signer only. Only the records, the
officials and the parse of the sentences the records were read from are read.
"""

from __future__ import annotations

from soccoop.extract.lexicon import ORDINAL_CHAIN_REACH, ORDINAL_RANKS, SERIES_NOUNS
from soccoop.extract.lexicon_signers import SIGNING_HEADS
from soccoop.extract.nlp import Analysis, Models, Sentence, sentence_at
from soccoop.extract.party_identity import body_is_side
from soccoop.extract.person_names import same_person
from soccoop.extract.syntax import ensure_parsed, subtree
from soccoop.models import Agreement, Official


def opening_rank(sent: Sentence) -> int:
    """The rank of the ordinal the sentence opens with ("Второе — с ...", "Третье
    соглашение заключено ..."), 0 when it opens with none."""
    toks = sent.tokens
    return ORDINAL_RANKS.get(toks[0].lemma, 0) if toks else 0


def series_lead(sent: Sentence, a: Agreement, officials: list[Official]) -> Official | None:
    """The signer of a series' first item: the sentence opens with "первый" on an agreement
    noun ("Первое соглашение министр X подписал с ..."), and a signer of record ``a`` with
    a body is in the nominative subject of its signing verb. None otherwise. Only from the
    parse."""
    toks = sent.tokens
    if opening_rank(sent) != 1 or len(toks) < 2 or toks[1].lemma not in SERIES_NOUNS or \
            not sent.parsed:
        return None
    for v, t in enumerate(toks):
        if t.lemma not in SIGNING_HEADS or t.feats.get("VerbForm") != "Fin":
            continue
        for c in sent.children(v):
            if toks[c].rel != "nsubj":
                continue
            words = {toks[x].text.lower() for x in subtree(sent, c)}
            for o in officials:
                if o.organization and any(same_person(o.name, s) for s in a.signatories) and \
                        o.name.split()[-1].lower() in words:
                    return o
    return None


def _colleague(o: Official, lead: Official) -> bool:
    """Does the official work in the lead's body (either name found in the other)?"""
    return bool(o.organization and lead.organization) and (
        body_is_side(o.organization or "", lead.organization or "") or
        body_is_side(lead.organization or "", o.organization or ""))


def ordinal_series_signers(analysis: Analysis, agreements: list[Agreement],
                           officials: list[Official], models: Models) -> None:
    """sigpool96 ordinal_series_signers: a signed record read from a sentence opening
    with a later ordinal of the series ("Второе — с ...", "Третье соглашение заключено с
    ...", each within ORDINAL_CHAIN_REACH sentences of the item before) gains the first
    item's signer (``series_lead``) when it names at most one signer, none of them of the
    lead's body, and the lead's body is one of its sides (or it has one side, the
    partner): "Первое соглашение министр Анна Котова подписала с фондом «Опора». Второе —
    с обществом слепых, его подписал председатель общества Олег Белов" → Котова and
    Белов. A sentence opening with "первый" again starts another series. In place;
    linear in the records."""
    sents = analysis.sentences
    if not sents or len(agreements) < 2:
        return
    told = sorted(((sentence_at(sents, a.evidence.start), n)
                   for n, a in enumerate(agreements) if a.status == "signed"))
    lead: Official | None = None
    last = -1
    for si, n in told:
        if si < 0:
            continue
        a = agreements[n]
        rank = opening_rank(sents[si])
        if rank == 1:
            lead = series_lead(ensure_parsed(sents[si], models), a, officials)
            last = si
            continue
        if rank < 2 or lead is None or si - last > ORDINAL_CHAIN_REACH:
            continue
        last = si
        if any(same_person(lead.name, s) for s in a.signatories) or len(a.signatories) > 1:
            continue
        theirs = [o for o in officials if any(same_person(o.name, s) for s in a.signatories)]
        if any(_colleague(o, lead) for o in theirs):
            continue  # "Второе соглашение подписал заместитель министра Y": the lead's body
        if len(a.parties) >= 2 and not any(
                body_is_side(lead.organization or "", p.name) for p in a.parties):
            continue
        a.signatories = a.signatories + [lead.name]
