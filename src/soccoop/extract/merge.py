"""Merging: the mentions of one agreement become one record.

``find_agreements`` reads the candidates (``agreements._candidates``), runs the mention
passes of ``coreference``, joins each mention to the agreement it speaks of (pass 1: those
naming their sides found agreements or join compatible ones; pass 2: bare mentions join the
nearest compatible one), then runs the side passes of ``coreference`` on each record and
its record passes on all. Imports go one way: merge -> coreference -> agreements.
"""
from __future__ import annotations

from soccoop import isodate
from soccoop.extract.agreements import (
    MAX_OPEN,
    _by_first_words,
    _Candidate,
    _candidates,
    _comments_start,
    _compatible,
    _first_person,
    _Merged,
    _next_step,
    _Party,
    _region_at,
    _speaker,
    _subject,
    _token_index,
)
from soccoop.extract.coreference import (
    MENTION_PASSES,
    RECORD_PASSES,
    SIDE_PASSES,
    Mentions,
    Records,
    Sides,
    TitleSides,
    run_passes,
)
from soccoop.extract.merge_extra import join_restatement
from soccoop.extract.nlp import Analysis, Models
from soccoop.extract.status import keeps_status, missed_partners, other_partner_mention
from soccoop.models import (
    STATUS_RANK,
    Agreement,
    DateRef,
    Evidence,
    Official,
    Party,
    RegionRef,
)


def find_agreements(
    analysis: Analysis,
    models: Models,
    regions: list[RegionRef],
    officials: list[Official],
    dates: list[DateRef],
    published: str | None = None,
) -> list[Agreement]:
    """The agreements of one document, one record each: candidates (``agreements``), the
    mention passes of ``coreference``, merging of the mentions of one agreement (below),
    the side passes of each record, then the record passes of ``coreference``."""
    comments = _comments_start(analysis.text)
    cands = [c for c in _candidates(analysis, models, regions, officials, dates, published)
             if not c.plural_generic and c.trigger.start < comments]
    bare = frozenset(r.name for r in regions)
    state = run_passes(MENTION_PASSES, Mentions(analysis, models, regions, officials, dates,
                                                published, cands, bare))
    cands, named_sides = state.cands, state.named_sides
    merged: list[_Merged] = []
    # pass 1: candidates that name their parties found agreements or join compatible ones
    for c in cands:
        if join_restatement(merged, c):  # agr30
            continue
        if not c.parties:
            continue
        target = next((m for m in merged[-MAX_OPEN:] if _compatible(m, c, bare)), None)
        if target is None:
            merged.append(_Merged(c))
        else:
            target.add(c)
    # pass 2: bare mentions ("соглашение предполагает ...") join the nearest compatible one
    for c in cands:
        if c.parties:
            continue
        recent = [m for m in merged[-MAX_OPEN:]
                  if not all(x.listed for x in m.candidates)]
        follow = follow_up_of_preliminary(recent, c)
        if follow is not None:  # agr26
            c.parties = list(follow.parties)
            merged.append(_Merged(c))
            continue
        options = [m for m in recent if _compatible(m, c, bare) and not other_partner_mention(
            c.sentence, _token_index(c.sentence, c.trigger.start), m.regions,
            lambda a, b: _region_at(regions, a, b))]  # r17st
        held = [m for m in options if keeps_status(  # r17st: drafts of further documents
            m.status, c.status, bool(c.parties), c.sentence,
            _token_index(c.sentence, c.trigger.start))]
        if held and len(held) == len(options):
            continue  # ... of the agreements told, with no side of their own: none of them
        if not options:
            # a headline or aside naming no side and another subject wording: the one
            # agreement of the same status and date
            same = [m for m in recent if m.status == c.status and
                    isodate.compatible(m.date, c.date)]
            options = same if len(same) == 1 else []
        named = [m for m in options if c.subject_key and c.subject_key <= m.subject_key]
        options = named or options  # "протокол о намерениях": the one its subject names
        if not options and c.terms:
            # "По условиям соглашения ...": the agreement told last before it
            options = [m for m in recent if m.first <= c.trigger.start][-1:]
        if options:
            before = [m for m in options if m.first <= c.trigger.start]
            target = max(before or options, key=lambda m: m.last if m.last <= c.trigger.start
                         else -m.last)
            target.add(c)
        else:
            if not options:  # r17st: a plan with a partner of its own names that partner
                c.parties = [_Party(analysis.text[a:b], _region_at(regions, a, b), a, b)
                             for a, b in missed_partners(
                                 c.sentence, _token_index(c.sentence, c.trigger.start),
                                 set(), lambda a, b: _region_at(regions, a, b))]
                who = _speaker(analysis, c.sentence, officials) if c.parties and _first_person(
                    c.sentence, 0, len(c.sentence.tokens)) else None
                if who is not None and who.organization and (not who.region or all(
                        who.region not in p.regions for p in c.parties)):  # "Мы договорились"
                    c.parties.insert(0, _Party(who.organization, [who.region] if who.region
                                               else [], who.evidence.start, who.evidence.end))
            merged.append(_Merged(c))
    result: list[Agreement] = []
    known = _by_first_words([p for m in merged for p in m.parties])
    titles = TitleSides(analysis, models, regions)
    for m in merged:
        sides = run_passes(SIDE_PASSES, Sides(analysis, models, regions, officials, m,
                                              m.parties, bare, known, named_sides, titles))
        if sides.dropped:
            continue
        parties = sides.parties
        main = max(m.candidates, key=lambda c: (bool(c.parties), STATUS_RANK[c.status],
                                                -c.trigger.start))
        signers: list[str] = []
        for c in m.candidates:
            signers += [s for s in c.signatories if s not in signers]
        codes: list[str] = []
        for p in parties:
            codes += [r for r in p.regions if r not in codes]
        for name in signers:
            o = next((o for o in officials if o.name == name), None)
            if o and o.region and o.region not in codes:
                codes.append(o.region)
        titled = max(m.candidates, key=lambda c: len(c.title))
        result.append(Agreement(
            title=titled.title,
            status=m.status,
            date=m.date,
            parties=[Party(p.name, p.regions[0] if p.regions else None) for p in parties],
            signatories=signers,
            regions=codes,
            evidence=Evidence(main.sentence.text, main.sentence.start, main.sentence.stop),
            subject=_subject(titled.title),
        ))
    run_passes(RECORD_PASSES, Records(analysis, regions, officials, dates, published, result))
    return result


def follow_up_of_preliminary(recent: list[_Merged], c: _Candidate) -> _Merged | None:
    """agr26: a bare agreement planned right after a memorandum or protocol of intentions
    was signed is the document to come between the same sides, not the agreement told
    before the memorandum: "Стороны подписали меморандум о намерениях. На его основе в
    следующем году будет подготовлено полноценное соглашение." The record told last before
    the mention must be that preliminary document (``agreements._next_step``); the mention
    is one singular noun with no side of its own."""
    if c.parties or c.status != "planned" or c.trigger.feats.get("Number") == "Plur":
        return None
    before = [m for m in recent if m.last <= c.trigger.start]
    if not before:
        return None
    last = max(before, key=lambda m: m.last)
    return last if len(last.parties) >= 2 and _next_step(last, c) else None

