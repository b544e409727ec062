"""Merging: the mentions of one agreement become one record.

``find_agreements`` reads the candidates (``agreements._candidates``), runs the mention
passes of ``coreference``, joins each mention to the agreement it speaks of (pass 1: those
naming their sides found agreements or join compatible ones; pass 2: bare mentions join the
nearest compatible one), settles each record's sides, and runs the record passes of
``coreference``. Imports go one way: merge -> coreference -> agreements.
"""
from __future__ import annotations

from soccoop import isodate
from soccoop.extract import sides as side_passes
from soccoop.extract.agreements import (
    MAX_OPEN,
    _as_sides,
    _bodies_for_regions,
    _by_first_words,
    _candidates,
    _capital_of_named_region,
    _comments_start,
    _companies_only,
    _compatible,
    _drop_bare_regions,
    _first_person,
    _from_sides,
    _fuller,
    _identified,
    _longest_names,
    _Merged,
    _ministry_spelled,
    _official_fuller,
    _Party,
    _region_at,
    _speaker,
    _spelled_out,
    _subject,
    _title_parties,
    _token_index,
    _town,
    _with_named_region,
    _without_cut_quotes,
    _without_headline_towns,
    counted_party,
    outside_social_sphere,
)
from soccoop.extract.coreference import (
    MENTION_PASSES,
    RECORD_PASSES,
    Mentions,
    Records,
    run_passes,
)
from soccoop.extract.nlp import Analysis, Models
from soccoop.extract.normalize import expand_abbreviations
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
    the sides of each record, then the record passes of ``coreference``."""
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
    title_parties: list[_Party] | None = None
    result: list[Agreement] = []
    known = _by_first_words([p for m in merged for p in m.parties])
    for m in merged:
        parties = m.parties
        if not parties:
            if title_parties is None:
                title_parties = _title_parties(analysis, models, regions)
            parties = title_parties
        if parties and all(p.name in bare for p in parties):
            parties = _bodies_for_regions(analysis, models, m, parties, regions)
        if any(len(p.name.split()) == 1 for p in parties):
            if title_parties is None:
                title_parties = _title_parties(analysis, models, regions)
            parties = [_fuller(p, [t for t in title_parties if t.name not in bare])
                       if _town(models, p.name) else _fuller(p, title_parties)
                       for p in parties]  # a town is not the region the headline names
        parties = _capital_of_named_region(models, parties, bare)  # r18fix
        parties = _drop_bare_regions([_spelled_out(p, known) for p in parties], regions)
        parties = _without_headline_towns(models, m, parties)
        parties = [_Party(expand_abbreviations(models, _ministry_spelled(p.name)), p.regions,
                          p.start, p.stop) for p in parties]
        parties = [_official_fuller(p, officials) for p in parties]
        parties = [_with_named_region(p) for p in parties]
        parties = [p for n, p in enumerate(parties)
                   if all(q.name != p.name for q in parties[:n])]  # one side, one entry
        parties = _longest_names(_without_cut_quotes(parties))  # r18fix: cut quotes
        # hook: sides.py agreement passes (towns, "наше отделение", fuller bodies, nominative)
        parties = _from_sides(side_passes.final_sides(
            models, analysis.text, [c.sentence for c in m.candidates], _as_sides(parties),
            officials, named_sides, bare))
        if _companies_only(parties):
            continue
        counted = [p for p in parties if counted_party(models, p)]
        if counted:
            parties = [p for p in parties if p not in counted]
            if len(parties) < 2:
                continue  # "действуют соглашения с 26 регионами": no named counterpart
        if outside_social_sphere(models, parties, m):
            continue
        if not parties and not _identified(m):
            continue  # a bare reference to some unidentified agreement says nothing
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
