"""rec93: an organisation or a region to join an agreement already told, as a plan of its own.

"К соглашению в ближайшие месяцы присоединится и администрация района X" and "Скоро к
меморандуму планирует присоединиться департамент Y" tell a planned agreement: the sides of
the agreement joined and the joiner. A joining told as mere ability ("в перспективе может
присоединиться область Z") is no plan, unless the same sentence reports its draft ("... —
проект документа уже направлен"); a joiner left unnamed ("другие вузы", "любой
работодатель") gives nothing; a joining told as done is read elsewhere. Read from the words
of one clause (the parse often hangs the joiner on another verb), so the cost is the
clause's length.

join94: a joining told as done after the agreement it joins and that agreement's own
clause ("К соглашению о X, которое с 2021 года связывает фонд и университет, присоединился
колледж") tells two agreements: the one joined, mentioned with its own sides, and the
joining, signed by all of them with the joiner (``done_joining``).

recpool94: a joining told done by a link verb ("ООО X стало третьей стороной соглашения о
Y, которое A и B заключили в 2021 году", ``linked_joining``) tells the same two agreements;
the joiner is named first there, so the joining's record comes first. A planned joiner
may also stand after the plan's head, named after a dash ("Присоединиться к соглашению
планирует ещё одна компания — АО X", ``joining_planned``/``planned_joiners``).

``joining_candidates`` gives ``agreements._candidates`` the records of both readings for one
agreement noun.
"""

from __future__ import annotations

from typing import NamedTuple

from soccoop.extract.agreement_types import _Candidate, _DateIndex, _Party
from soccoop.extract.candidate_dates import _event_date
from soccoop.extract.candidate_signers import _gapped_phrase
from soccoop.extract.lexicon import (
    DRAFT_NOUNS,
    JOIN_ABILITY_HEADS,
    JOIN_LINK_VERBS,
    JOIN_PLAN_HEADS,
    JOIN_ROLE_NOUNS,
    JOIN_VERBS,
    JOINER_PARTICLES,
    UNNAMED_JOINER_WORDS,
)
from soccoop.extract.nlp import Analysis, Models, Sentence, Token
from soccoop.extract.party_phrases import _parties_in
from soccoop.extract.signing_ahead import future_form
from soccoop.models import RegionRef

# How far from the agreement noun the verb of joining may stand ("к соглашению в
# ближайшие месяцы присоединится"), in tokens.
JOIN_REACH = 6
_CLAUSE_MARKS = frozenset({",", ":", ";", ".", "—", "–", "(", ")"})


def joining_planned(sent: Sentence, k: int) -> int | None:
    """The verb of joining the agreement noun at k ("к соглашению") when the joining is a
    plan: the verb in the future ("присоединится"), an infinitive under a head of plan
    ("планирует присоединиться"), or under a head of ability ("может присоединиться")
    with a draft noun later in the sentence; recpool94: with the infinitive told before
    the noun, the head of plan after it (``_plan_head_after``). None otherwise."""
    toks = sent.tokens
    if k == 0 or toks[k - 1].lemma != "к":
        return None
    if k >= 2 and toks[k - 2].lemma in JOIN_VERBS and toks[k - 2].text.lower() == \
            toks[k - 2].lemma:  # the infinitive, its own lemma (tagged PROPN when capitalised)
        return _plan_head_after(sent, k)
    j = next((i for i in range(k + 1, min(len(toks), k + JOIN_REACH))
              if toks[i].lemma in JOIN_VERBS and toks[i].pos == "VERB"), None)
    if j is None or any(t.text in _CLAUSE_MARKS for t in toks[k + 1:j]):
        return None
    verb = toks[j]
    if verb.feats.get("VerbForm") == "Fin":
        return j if future_form(verb) else None
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


def _plan_head_after(sent: Sentence, k: int) -> int | None:
    """recpool94: the infinitive of joining told first, its head of plan after the
    agreement noun at k ("Присоединиться к соглашению планирует и фонд X"): the first verb
    or short adjective after the noun, within ``JOIN_REACH`` and the clause, when it is a
    head of plan in the present or future (``JOIN_PLAN_HEADS``), or of ability with a draft
    noun later in the sentence. Its index (the joiner is named after it), else None."""
    toks = sent.tokens
    h = next((i for i in range(k + 1, min(len(toks), k + JOIN_REACH))
              if toks[i].pos in {"VERB", "ADJ", "AUX"} and toks[i].feats.get("Case") is None
              or toks[i].text in _CLAUSE_MARKS), None)
    if h is None or toks[h].text in _CLAUSE_MARKS or toks[h].feats.get("Tense") == "Past":
        return None
    if toks[h - 1].lemma == "не":
        return None
    if toks[h].lemma in JOIN_PLAN_HEADS:
        return h
    if toks[h].lemma in JOIN_ABILITY_HEADS and any(t.lemma in DRAFT_NOUNS for t in toks[h:]):
        return h
    return None


def _named_after_dash(
    analysis: Analysis, models: Models, sent: Sentence, end: int, regions: list[RegionRef],
) -> list[_Party]:
    """recpool94: a joiner told by its kind and named after a dash ("планирует ещё одно
    предприятие — АО X"): the organisation phrases after the dash at ``end`` up to the next
    clause mark; none when ``end`` is no dash."""
    toks = sent.tokens
    if end >= len(toks) or toks[end].text not in {"—", "–"}:
        return []
    stop = next((i for i in range(end + 1, len(toks)) if toks[i].text in _CLAUSE_MARKS),
                len(toks))
    return _parties_in(analysis, models, sent, end + 1, stop, regions)


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
    found = _parties_in(analysis, models, sent, j + 1, end, regions) or \
        _named_after_dash(analysis, models, sent, end, regions)
    lo = j + 1
    while lo < end and toks[lo].lemma in JOINER_PARTICLES:
        lo += 1
    phrase = _gapped_phrase(analysis, models, sent, lo, end, regions) if not found else None
    return found or ([phrase] if phrase is not None else [])


# join94: the marks that end a clause for good; a comma may only open the agreement's own
# relative or participial clause and close it right before the verb of joining.
_HARD_MARKS = _CLAUSE_MARKS - {","}


def _joined_after_own_clause(sent: Sentence, k: int) -> int | None:
    """join94: the past verb of joining, not negated, that follows the agreement noun at k
    under "к", reached past the noun's own clause only ("к соглашению о X, которое
    связывает A и B, присоединился C"; "к договору, заключённому в 2022 году, присоединилась
    компания C"). A comma opens that clause only before "который" or a participle and
    closes it right before the verb. None otherwise."""
    toks = sent.tokens
    if k == 0 or toks[k - 1].lemma != "к":
        return None
    j = next((i for i in range(k + 1, len(toks))
              if toks[i].lemma in JOIN_VERBS or toks[i].text in _HARD_MARKS), None)
    if j is None or toks[j].lemma not in JOIN_VERBS or toks[j - 1].text != "," or \
            toks[j].pos != "VERB" or toks[j].feats.get("Tense") != "Past" or \
            toks[j].feats.get("VerbForm") != "Fin":
        return None
    commas = [i for i in range(k + 1, j) if toks[i].text == ","]
    first = commas[0]
    if len(commas) != 2 or first + 1 >= j:
        return None
    opener = toks[first + 1]
    if opener.lemma != "который" and opener.feats.get("VerbForm") != "Part":
        return None
    return j


def done_joining(
    analysis: Analysis, models: Models, sent: Sentence, k: int, regions: list[RegionRef],
) -> tuple[list[_Party], list[_Party], int] | None:
    """join94: the sides of the agreement joined, the joiners and the verb of joining, when
    the sentence tells the joining done after the agreement's own clause
    (``_joined_after_own_clause``): "К соглашению между фондом и университетом,
    заключённому в 2021 году, присоединился колледж" gives ([фонд, университет],
    [колледж], the verb). The joined agreement's sides are those inside its clause, the
    joiners those after the verb to the clause's end; None when either is missing or a
    word leaves the joiner unnamed."""
    j = _joined_after_own_clause(sent, k)
    if j is None:
        return None
    toks = sent.tokens
    end = next((i for i in range(j + 1, len(toks)) if toks[i].text in _CLAUSE_MARKS),
               len(toks))
    if any(t.lemma in UNNAMED_JOINER_WORDS for t in toks[j + 1:end]):
        return None
    base = _parties_in(analysis, models, sent, k + 1, j, regions)
    joiners = _parties_in(analysis, models, sent, j + 1, end, regions)
    keys = {p.key for p in base}
    joiners = [p for p in joiners if p.key not in keys]
    if not base or not joiners:
        return None
    return base, joiners, j


def linked_joining(
    analysis: Analysis, models: Models, sent: Sentence, k: int, regions: list[RegionRef],
) -> tuple[list[_Party], list[_Party], int] | None:
    """recpool94: a joining told done by a link verb: "ООО X стало третьей стороной
    соглашения о Y, которое A и B заключили в 2021 году" (also "участником", "становится").
    The agreement noun at k in the genitive hangs on a role noun in the instrumental
    (``JOIN_ROLE_NOUNS``, its ordinal or adjective between), which follows a link verb
    (``JOIN_LINK_VERBS``) in the past, not negated. The joiners are the organisation or
    region phrases before the verb in its clause, the sides of the agreement joined those
    after the noun to the clause's end (not a comma: its own relative clause runs on).
    Gives (the agreement's sides, the joiners, the token where its clause ends); None when
    either is missing."""
    toks = sent.tokens
    r = k - 1
    if r < 1 or toks[r].lemma not in JOIN_ROLE_NOUNS or toks[r].feats.get("Case") != "Ins" \
            or toks[k].feats.get("Case") != "Gen":
        return None
    v = r - 1
    while v > 0 and toks[v].pos in {"ADJ", "NUM"} and toks[v].feats.get("Case") == "Ins":
        v -= 1  # "третьей", "полноправным"
    verb = toks[v]
    if verb.lemma not in JOIN_LINK_VERBS or verb.feats.get("VerbForm") != "Fin" or \
            verb.feats.get("Tense") != "Past" or (v and toks[v - 1].lemma == "не"):
        return None
    lo = next((i + 1 for i in range(v - 1, -1, -1) if toks[i].text in _HARD_MARKS), 0)
    end = next((i for i in range(k + 1, len(toks)) if toks[i].text in _HARD_MARKS),
               len(toks))
    joiners = _parties_in(analysis, models, sent, lo, v, regions)
    keys = {p.key for p in joiners}
    base = [p for p in _parties_in(analysis, models, sent, k + 1, end, regions)
            if p.key not in keys]
    if not base or not joiners:
        return None
    return base, joiners, end


class Joining(NamedTuple):
    """The records a joining told at an agreement noun gives, and whether they read the
    mention whole (no other reading of the noun follows)."""

    candidates: list[_Candidate]
    whole: bool


def joining_candidates(
    analysis: Analysis, models: Models, sent: Sentence, tok: Token, k: int, title: str,
    key: set[str], date: str | None, generic: bool, signers: list[str],
    dates_at: _DateIndex, regions: list[RegionRef], earlier: list[_Candidate],
    nxt: Sentence | None = None,
) -> Joining:
    """The records of a joining told at the agreement noun tok (index k, under "к"):

    - rec93, planned (``planned_joiners``): "к соглашению присоединится и администрация
      района X" gives a plan of the joined agreement's sides (the last earlier record
      naming any; none: no record) and the joiner, beside the mention itself (not whole);
    - join94, done (``done_joining``): "к соглашению, которое связывает A и B,
      присоединился C" gives A and B's agreement, mentioned, dated by the one date told
      inside its own clause ("которое с 2019 года связывает", "заключённому в 2020 году"),
      and the joining of all three, signed, with the mention's signers; the agreement
      joined is told first, so its record comes first; the mention is read whole;
    - recpool94, done by a link verb (``linked_candidates``): "X стало третьей стороной
      соглашения, которое A и B заключили" (the mention not under "к"); ``nxt``, the
      sentence after, may date the joining.
    """
    toks = sent.tokens
    if not k or toks[k - 1].lemma != "к":
        return linked_candidates(analysis, models, sent, tok, k, title, key, signers,
                                 dates_at, regions, nxt)
    joiners = planned_joiners(analysis, models, sent, k, regions)
    joined_to = next((c.parties for c in reversed(earlier) if c.parties), []) \
        if joiners else []
    if joined_to:
        keys = {p.key for p in joined_to}
        return Joining([_Candidate(sent, tok, "planned", title, key,
                                   list(joined_to) +
                                   [p for p in joiners if p.key not in keys],
                                   [], None, distinct=True)], False)
    done = done_joining(analysis, models, sent, k, regions)
    if done is None:
        return Joining([], False)
    joined_sides, joining_sides, verb = done
    own_years = {d.value for d in dates_at.within(sent)
                 if d.value and tok.stop <= d.start < toks[verb].start}
    joined_date = date or (own_years.pop() if len(own_years) == 1 else None)
    return Joining([
        _Candidate(sent, tok, "mentioned", title, key, joined_sides, [], joined_date,
                   generic, False, tok.start, 0, distinct=True),
        _Candidate(sent, tok, "signed", title, key, joined_sides + joining_sides, signers,
                   None, generic, False, tok.start, 1, distinct=True),
    ], True)


def linked_candidates(
    analysis: Analysis, models: Models, sent: Sentence, tok: Token, k: int, title: str,
    key: set[str], signers: list[str], dates_at: _DateIndex, regions: list[RegionRef],
    nxt: Sentence | None,
) -> Joining:
    """recpool94: the records of a joining told by a link verb (``linked_joining``): the
    joining, signed by the agreement's sides and the joiners, dated by the next sentence
    when it tells the event ("Документ о присоединении подписан 5 марта"), then the
    agreement joined, mentioned, dated by the one date told in its own clause; the joiner
    is named first, so its record comes first. Nothing when the noun is no such joining."""
    linked = linked_joining(analysis, models, sent, k, regions)
    if linked is None:
        return Joining([], False)
    joined_sides, joining_sides, end = linked
    stop = sent.tokens[end - 1].stop
    own_years = {d.value for d in dates_at.within(sent)
                 if d.value and tok.stop <= d.start < stop}
    joined_date = own_years.pop() if len(own_years) == 1 else None
    joining_date = _event_date(nxt, dates_at) if nxt is not None else None
    return Joining([
        _Candidate(sent, tok, "signed", title, key, joining_sides + joined_sides, signers,
                   joining_date, False, False, tok.start, 0, distinct=True),
        _Candidate(sent, tok, "mentioned", title, key, joined_sides, [], joined_date,
                   False, False, tok.start, 1, distinct=True),
    ], True)
