"""Merge decisions added by agr30, kept apart from ``agreements._compatible`` and its helpers
(moved by ``mergepass``): each is a small function ``merge.find_agreements`` calls once
per candidate at the top of its first merging loop."""

from __future__ import annotations

from soccoop.extract.agreements import _Candidate, _Merged, _token_index
from soccoop.extract.coreference import _sides_frame
from soccoop.extract.lexicon_sides import TOPIC_NOUNS, TOPIC_VERBS
from soccoop.extract.nlp import Sentence


def clarifying_restatement(sent: Sentence, k: int) -> bool:
    """The agreement noun is what "Речь идет о ..." is about: "Речь идет о соглашении между
    департаментом и Министерством ... Республики Башкортостан" (or verbless, "Речь — о
    соглашении ..."). Present tense only: "Речь шла о соглашении" tells a talk's topic."""
    toks = sent.tokens
    if not sent.parsed or not 0 <= toks[k].head < len(toks):
        return False
    h = toks[k].head
    if toks[h].lemma in TOPIC_NOUNS:
        return True
    return toks[h].lemma in TOPIC_VERBS and toks[h].feats.get("Tense") == "Pres" and \
        any(toks[c].rel == "nsubj" and toks[c].lemma in TOPIC_NOUNS for c in sent.children(h))


def sides_restatement(sent: Sentence, k: int) -> bool:
    """many62: the agreement noun owns the side noun of "Сторонами соглашения выступают X,
    Y и Z" (``coreference._sides_frame``): the sentence names the sides of the agreement
    told before, not one of its own. On a page of several agreements, a mention that kept
    it apart beside the signing it restates stood for a second agreement."""
    return _sides_frame(sent)[1] == k


def join_restatement(merged: list[_Merged], c: _Candidate) -> bool:
    """agr30: a clarifying restatement ("Речь идет о соглашении между X и Y"; many62: "Сторонами
    соглашения выступают X, Y и Z", ``sides_restatement``) is the
    agreement told last before it, whatever status its own clause reads and however
    differently it names the sides ("с башкирскими коллегами" / "Министерством ...
    Республики Башкортостан"), when one of its regions is that agreement's or that one
    was told with one side only. Joins it and returns True; else False and the candidate
    goes through the usual merging."""
    if not c.parties or not merged:
        return False
    sent = c.sentence
    k = _token_index(sent, c.trigger.start)
    if not (clarifying_restatement(sent, k) or sides_restatement(sent, k)):
        return False
    last = max(merged, key=lambda m: m.last)
    told = last.candidates[-1].sentence
    if told.stop > sent.start or last.last >= c.trigger.start:
        return False
    regions = {r for p in c.parties for r in p.regions}
    if regions and not regions & last.regions and len(last.parties) >= 2:
        return False  # two other sides told: another agreement
    last.add(c)
    return True
