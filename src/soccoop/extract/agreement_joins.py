"""rec93: an organisation or a region to join an agreement already told, as a plan of its own.

"К соглашению в ближайшие месяцы присоединится и администрация района X" and "Скоро к
меморандуму планирует присоединиться департамент Y" tell a planned agreement: the sides of
the agreement joined and the joiner. A joining told as mere ability ("в перспективе может
присоединиться область Z") is no plan, unless the same sentence reports its draft ("... —
проект документа уже направлен"); a joiner left unnamed ("другие вузы", "любой
работодатель") gives nothing; a joining told as done is read elsewhere. Read from the words
of one clause (the parse often hangs the joiner on another verb), so the cost is the
clause's length.
"""

from __future__ import annotations

from soccoop.extract.agreement_types import _Party
from soccoop.extract.candidate_signers import _gapped_phrase
from soccoop.extract.lexicon import (
    DRAFT_NOUNS,
    JOIN_ABILITY_HEADS,
    JOIN_PLAN_HEADS,
    JOIN_VERBS,
    JOINER_PARTICLES,
    UNNAMED_JOINER_WORDS,
)
from soccoop.extract.nlp import Analysis, Models, Sentence
from soccoop.extract.party_phrases import _parties_in
from soccoop.models import RegionRef

# How far from the agreement noun the verb of joining may stand ("к соглашению в
# ближайшие месяцы присоединится"), in tokens.
JOIN_REACH = 6
_CLAUSE_MARKS = frozenset({",", ":", ";", ".", "—", "–", "(", ")"})


def joining_planned(sent: Sentence, k: int) -> int | None:
    """The verb of joining the agreement noun at k ("к соглашению") when the joining is a
    plan: the verb in the future ("присоединится"), an infinitive under a head of plan
    ("планирует присоединиться"), or under a head of ability ("может присоединиться")
    with a draft noun later in the sentence. None otherwise."""
    toks = sent.tokens
    if k == 0 or toks[k - 1].lemma != "к":
        return None
    j = next((i for i in range(k + 1, min(len(toks), k + JOIN_REACH))
              if toks[i].lemma in JOIN_VERBS and toks[i].pos == "VERB"), None)
    if j is None or any(t.text in _CLAUSE_MARKS for t in toks[k + 1:j]):
        return None
    verb = toks[j]
    if verb.feats.get("VerbForm") == "Fin":
        return j if verb.feats.get("Tense") == "Fut" else None
    if verb.feats.get("VerbForm") != "Inf":
        return None
    head = next((toks[i] for i in range(j - 1, k, -1) if toks[i].pos in {"VERB", "ADJ"}),
                None)
    if head is None:
        return None
    if head.lemma in JOIN_PLAN_HEADS:
        return j
    if head.lemma in JOIN_ABILITY_HEADS and any(t.lemma in DRAFT_NOUNS for t in toks[j:]):
        return j
    return None


def planned_joiners(
    analysis: Analysis, models: Models, sent: Sentence, k: int, regions: list[RegionRef],
) -> list[_Party]:
    """The sides named as joining the agreement at k in a plan (``joining_planned``): the
    organisation or region phrases after the verb up to the clause's end ("присоединится и
    администрация района X"), none when a word leaves the joiner unnamed."""
    j = joining_planned(sent, k)
    if j is None:
        return []
    toks = sent.tokens
    end = next((i for i in range(j + 1, len(toks)) if toks[i].text in _CLAUSE_MARKS),
               len(toks))
    if end <= j + 1 or any(t.lemma in UNNAMED_JOINER_WORDS for t in toks[j + 1:end]):
        return []
    found = _parties_in(analysis, models, sent, j + 1, end, regions)
    lo = j + 1
    while lo < end and toks[lo].lemma in JOINER_PARTICLES:
        lo += 1
    phrase = _gapped_phrase(analysis, models, sent, lo, end, regions) if not found else None
    return found or ([phrase] if phrase is not None else [])
