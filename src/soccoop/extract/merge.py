"""Merging: the mentions of one agreement become one record.

``find_agreements`` reads the candidates (``agreements._candidates``), runs the mention
passes of ``coreference``, joins each mention to the agreement it speaks of (pass 1: those
naming their sides found agreements or join compatible ones; pass 2: bare mentions join the
nearest compatible one; whether a mention is compatible is ``merge_rules.same_agreement``,
what joining does to it ``merge_rules.join_mention``, what becomes of a bare one
``merge_rules.BARE_PASSES``), then runs the side passes of ``coreference`` on each record
and its record passes on all. Imports go one way: merge ->
coreference, merge_rules -> agreements.
"""
from __future__ import annotations

import re
from functools import lru_cache

from soccoop.extract.agreement_background import (
    older_agreement_named_bodies,
    older_agreement_sides,
)
from soccoop.extract.agreements import (
    MAX_OPEN,
    _about_lemmas,
    _by_first_words,
    _Candidate,
    _candidates,
    _Merged,
    _Party,
    _sentences_name_sphere,
    _token_index,
    other_field_signing,
    plural_agreement_noun,
)
from soccoop.extract.candidate_status import _alike
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
from soccoop.extract.dates import MONTH_GEN, date_line
from soccoop.extract.datewords import PUBLICATION_LABELS, UPDATE_LABELS, WEEKDAYS
from soccoop.extract.digest_items import one_agreement_per_item
from soccoop.extract.lexicon import (
    COMMENT_HEADING_OPENERS,
    COMMENT_HEADINGS,
    COMMENT_REPLY_WORDS,
    EXTEND_CHAIN,
    EXTEND_NOUNS,
    SOCIAL_PROPER_WORDS,
)
from soccoop.extract.lexicon_status import JOIN_WORDS
from soccoop.extract.merge_extra import join_restatement, stages_of_one_history
from soccoop.extract.merge_rules import (
    BareMention,
    join_bare,
    join_mention,
    joined_base,  # date76
    joining_to_come,  # fix79
    same_agreement,
    without_acronym_twins,
    without_counted_summaries,
    without_head_region_twins,
    without_headline_counts,
    without_headline_short_names,
    without_plural_headlines,
)
from soccoop.extract.nlp import Analysis, Models
from soccoop.extract.party_cleanup import minister_signs_for_ministry, region_names
from soccoop.extract.party_identity import body_is_side
from soccoop.extract.party_phrases import _parties_in
from soccoop.extract.signer_shared import summary_signers_apart
from soccoop.extract.turns import comment_author, handle_line
from soccoop.gazetteer import regions_in
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
    the side passes of each record, then the record passes of ``coreference``. The comment
    section is looked for in the stored text too (``Analysis.stored``; agr50: its heading
    may be masked as page furniture, "Комментарии (3)")."""
    stored = analysis.stored
    comments = comments_start(analysis)
    officials = [minister_signs_for_ministry(models, o) for o in officials]  # agr52
    cands = [c for c in _candidates(analysis, models, regions, officials, dates, published)
             if not c.plural_generic and c.trigger.start < comments]
    # agr34: "Чувашская Республика — Чувашия" is named bare by its first part too
    bare = region_names(regions)
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
        target = next((m for m in merged[-MAX_OPEN:] if same_agreement(m, c, bare, models)), None)
        if target is None:
            merged.append(_Merged(c))
        else:
            join_mention(target, c, bare, models)
    # pass 2: bare mentions ("соглашение предполагает ...") join the nearest compatible one
    # (merge_rules.BARE_PASSES), are dropped, or found an agreement of their own
    for c in cands:
        if c.parties:
            continue
        recent = [m for m in merged[-MAX_OPEN:]
                  if not all(x.listed for x in m.candidates)]
        bare_mention = join_bare(BareMention(c, recent, bare, analysis, regions, officials,
                                             models, dates=dates,
                                             published=published))
        if bare_mention.target is not None:
            bare_mention.target.add(c)
        elif not bare_mention.dropped:
            merged.append(_Merged(c))
    merged = one_agreement_per_item(stored or analysis.text, merged, bare,  # digest61
                                    published)
    merged = in_order_told(merged)  # pair58
    merged = without_counted_summaries(merged, bare)  # pair68
    merged = without_headline_counts(merged)  # miss47
    merged = without_plural_headlines(merged)  # extra73
    stages_of_one_history(merged, published)  # agr76
    result: list[Agreement] = []
    # signers69: per record, the names its mentions of one paper give, and those its
    # mentions of several papers give
    by_kind: list[tuple[Agreement, set[str], set[str]]] = []
    known = _by_first_words([p for m in merged for p in m.parties])
    titles = TitleSides(analysis, models, regions)
    outcome: list[list[_Party] | None] = []
    unnamed: list[bool] = []
    off_domain: list[bool] = []
    off_parties: dict[int, list[_Party]] = {}  # the sides of each record dropped off-domain
    for n, m in enumerate(merged):
        sides = run_passes(SIDE_PASSES, Sides(analysis, models, regions, officials, m,
                                              m.parties, bare, known, named_sides, titles))
        outcome.append(None if sides.dropped else sides.parties)
        unnamed.append(sides.unnamed)
        off_domain.append(sides.off_domain)
        if sides.off_domain:
            off_parties[n] = sides.parties
    outcome = sideless_of_dropped_story(merged, outcome, off_domain)  # agr52
    outcome = likened_of_dropped(merged, outcome, off_domain)  # field59
    outcome = retold_of_dropped(merged, outcome, off_parties)  # extras63
    # agr45: an older agreement recalled by its year, no side named, takes the story's sides;
    # told before the record it takes them from, it is put right after that one
    kept = [(m, parties) for m, parties in zip(merged, outcome, strict=True) if parties]
    order = list(zip(merged, outcome, strict=True))
    told = _BodiesTold(analysis, models, regions, cands)
    for m, lost in zip(merged, unnamed, strict=True):
        older = older_agreement_sides(m, kept, published) if lost else None
        named = older_agreement_named_bodies(m, told.upto, published) \
            if lost and older is None else None
        if named is not None:  # passing50: no record holds its sides; the page names them
            at = next(n for n, (x, _) in enumerate(order) if x is m)
            del order[at]  # told in passing: after the page's own records
            order.append((m, named))
        if older is not None:
            at = next(n for n, (x, _) in enumerate(order) if x is m)
            source = next(n for n, (x, _) in enumerate(order) if x is older[1])
            del order[at]
            order.insert(source if source > at else at, (m, older[0]))
    for m, found in order:
        if found is None:
            continue
        parties = without_acronym_twins(found)  # agr50
        parties = without_head_region_twins(parties, models)  # retold66
        parties = without_headline_short_names(m, parties, models)  # pair54
        main = max(m.candidates, key=lambda c: (bool(c.parties), STATUS_RANK[c.status],
                                                -c.trigger.start))
        signers = record_signers(m, parties, officials)
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
        several = [plural_agreement_noun(c) for c in m.candidates]
        by_kind.append((result[-1],
                        {n for c, f in zip(m.candidates, several, strict=True) if not f
                         for n in c.signatories},
                        {n for c, f in zip(m.candidates, several, strict=True) if f
                         for n in c.signatories}))
    # signline62: the sides of agreements dropped as outside the domain, for their signers
    off_sides = [p.name for m, found, off in zip(merged, outcome, off_domain, strict=True)
                 if found is None and off for p in m.parties]
    run_passes(RECORD_PASSES, Records(analysis, models, regions, officials, dates, published,
                                      result, off_sides))
    kept_ids = {id(a) for a in result}
    summary_signers_apart([x for x in by_kind if id(x[0]) in kept_ids], officials)  # signers69
    return result


def record_signers(m: _Merged, parties: list[_Party], officials: list[Official]) -> list[str]:
    """The signers of a merged agreement: each mention's, in order. r60sig: a signing of
    another field's agreement at the same event that joined the record
    (``agreements.other_field_signing``) lends it a signer only for a side of the record
    his post's body is (``party_identity.body_is_side``) and no other mention's signer
    signs for: "Министр промышленности Олег Котов и вице-губернатор соседнего края
    подписали соглашение о разведке месторождений", joined to the ministries' record on
    social services that their ministers signed, leaves it Котов and the vice-governor.
    fixsig60: only the signers of a mention of its own; persons a social mention's candidate
    read from the next sentence are that mention's and stay."""
    bodies = {o.name: o.organization for o in officials if o.organization}
    foreign = [other_field_signing(c, m) for c in m.candidates]
    own = {n for c, f in zip(m.candidates, foreign, strict=True) if not f
           for n in c.signatories}

    def _signs_for_name(name: str, side: _Party) -> bool:
        body = bodies.get(name)
        return body is not None and body_is_side(body, side.name)

    signers: list[str] = []
    for c, f in zip(m.candidates, foreign, strict=True):
        for name in c.signatories:
            if name in signers:
                continue
            if f and name not in own and not any(
                    _signs_for_name(name, p) and not any(_signs_for_name(n, p) for n in own)
                    for p in parties):
                continue
            signers.append(name)
    return signers


def sideless_of_dropped_story(merged: list[_Merged], outcome: list[list[_Party] | None],
                              off_domain: list[bool]) -> list[list[_Party] | None]:
    """agr52: a record whose every mention names no side ("Соглашение этот вопрос не
    регулирует", "Документ рассчитан на три года") speaks of the story's agreement; when
    the page names sides for agreements and the side passes dropped every one of those as
    outside the domain (``Sides.off_domain``: a road's funding, a trade deal), the sideless
    mention is of that same agreement, and is no record either — it would only take the
    headline's sides (``coreference.headline_sides``). A page with a record of named sides
    kept, with one dropped for another reason (business between companies, a count of
    places: "действуют соглашения с 26 регионами", where "Новое соглашение рассчитано на
    три года" is another agreement; fixagr52), or with none named at all, stays as it
    is. social60: nor does a sideless record whose own "о ..." phrase names the social
    sphere proper (``own_topic_social``): it is another agreement than the ones dropped
    ("Области подписали соглашение о строительстве дороги, а в апреле министерства
    подпишут соглашение о реабилитации инвалидов")."""
    named = {n for n, m in enumerate(merged) if any(c.parties for c in m.candidates)}
    if not named or any(outcome[n] is not None or not off_domain[n] for n in named):
        return outcome
    return [None if n not in named and not own_topic_social(merged[n]) else found
            for n, found in enumerate(outcome)]


def own_topic_social(m: _Merged) -> bool:
    """social60: does a mention of the record tell its own topic ("о ..." phrases of its
    clause, ``agreements._about_lemmas``) by a word of the social sphere proper
    (``SOCIAL_PROPER_WORDS``, a hyphenated noun's parts read too): "подпишут соглашение о
    реабилитации инвалидов", "о жилье для детей-сирот"? A bare "документ", "соглашение
    рассчитано на три года" tells none."""
    return any(_about_lemmas(c) & SOCIAL_PROPER_WORDS for c in m.candidates)


def likened_of_dropped(merged: list[_Merged], outcome: list[list[_Party] | None],
                       off_domain: list[bool]) -> list[list[_Party] | None]:
    """field59: a record every mention of which naming a side is likened to an agreement
    told before ("аналогичные соглашения", "такой же документ": ``candidate_status._alike``)
    is of that agreement's field; when the nearest record told before it with a mention of
    its own naming sides was dropped as outside the domain (``Sides.off_domain``: a road's
    concession, a trade deal), the likened one is no record either: "Область и ООО
    «Дорстрой» заключили концессионное соглашение о строительстве обхода. Прежде подобные
    документы область подписывала по ремонту двух мостов". A likened record after
    a kept one, or after one dropped for another reason, stays as it is; so does one whose
    own sentence names the social sphere proper (``agreements._sentences_name_sphere``): it
    is likened to a social agreement told earlier, whatever was told between ("Похожий
    договор о найме инвалидов министерство подписало с другим заводом" after a works
    agreement of the same company)."""
    told: list[tuple[int, int, bool]] = []  # (first offset, index, likened only)
    for n, m in enumerate(merged):
        named = [c for c in m.candidates if c.parties]
        if not named:
            continue
        alike = all(_alike(c.sentence, _token_index(c.sentence, c.trigger.start))
                    for c in named)
        told.append((min(c.trigger.start for c in named), n, alike))
    told.sort()
    out = list(outcome)
    before: int | None = None  # the last record told so far that is not likened only
    for _, n, alike in told:
        if not alike:
            before = n
            continue
        if out[n] is None:
            continue
        if before is not None and outcome[before] is None and off_domain[before] and \
                not _sentences_name_sphere(merged[n].candidates, SOCIAL_PROPER_WORDS):
            out[n] = None
    return out


def retold_of_dropped(merged: list[_Merged], outcome: list[list[_Party] | None],
                      off_parties: dict[int, list[_Party]]) -> list[list[_Party] | None]:
    """extras63: a record kept with the very sides of a record told before it and dropped as
    outside the domain (``Sides.off_domain``: a club's, a road's or a trade agreement;
    ``off_parties`` gives the sides of such records only, by place in ``merged``), no
    sentence of it naming the social sphere proper (``_sentences_name_sphere``), tells that
    same agreement again, or more of those sides' business outside the domain, and is
    no record either: "ХК «Сокол» и ХК «Торпедо» подписали соглашение о подготовке молодых
    хоккеистов. Соглашение предусматривает совместные сборы и обмен тренерами" (the second
    mention, not merged into the first, took its sides by reference); "Энская и Кумская
    области подписали соглашение о развитии торговли. Регионы также договорились о
    поставках зерна" (the regions' further trade, told with their sides again). A record
    naming the sphere ("Соглашение предусматривает и реабилитацию инвалидов") stays, as
    does one with other sides or told before the dropped one."""
    dropped = [(min(c.trigger.start for c in merged[n].candidates), {p.name for p in parties})
               for n, parties in off_parties.items() if parties]
    if not dropped:
        return outcome
    out = list(outcome)
    for n, found in enumerate(outcome):
        if not found:
            continue
        first = min(c.trigger.start for c in merged[n].candidates)
        names = {p.name for p in found}
        if any(at < first and names == sides for at, sides in dropped) and \
                not _sentences_name_sphere(merged[n].candidates, SOCIAL_PROPER_WORDS):
            out[n] = None
    return out


class _BodiesTold:
    """passing50: the bodies a page names in full, up to a text offset, for
    ``agreement_background.older_agreement_named_bodies``: the sides of the candidates and
    the organisation and region phrases of each sentence (``party_phrases._parties_in``),
    read sentence by sentence only as far as asked, each sentence once (linear in the
    document)."""

    def __init__(self, analysis: Analysis, models: Models, regions: list[RegionRef],
                 cands: list[_Candidate]) -> None:
        self.analysis, self.models, self.regions = analysis, models, regions
        self.found = [p for c in cands for p in c.parties]
        self.read = 0  # sentences read so far

    def upto(self, offset: int) -> list[_Party]:
        sents = self.analysis.sentences
        while self.read < len(sents) and sents[self.read].start < offset:
            sent = sents[self.read]
            self.found += _parties_in(self.analysis, self.models, sent, 0, len(sent.tokens),
                                      self.regions)
            self.read += 1
        return [p for p in self.found if p.start < offset]


def in_order_told(merged: list[_Merged]) -> list[_Merged]:
    """pair58: records come in the order the body first tells their agreements, each at its
    first mention naming two sides or more; a headline about one agreement is the page's
    title, not its first telling: "Хабаровский край и ЕАО перезаключат соглашение" over
    "Соглашение ..., заключённое в 2019 году, расторгнуто ... Стороны намерены подписать
    новое соглашение" gives the 2019 agreement first, then the plan. A headline telling
    several agreements lists them in the page's order and counts ("Дагестан подписал
    соглашение с Чечней и продлит договорённости с Астраханью"). A record with no such
    mention keeps the place of its first mention naming a side, or of its first one; a
    headline of one signing done is its first telling (``_headline_of_one_signing``), and so
    is an ordinal mention naming its partner (``_ordinal_with_partner``, pair72). A sort:
    n log n in records."""
    summary = len({c.trigger.start for m in merged for c in m.candidates
                   if c.headline and c.parties}) >= 2
    joinings = [c.trigger.start for m in merged for c in m.candidates
                if joined_base(c) and not joining_to_come(c)]

    def told_at(m: _Merged) -> int:
        body = [c for c in m.candidates if c.parties and
                (summary or not c.headline or _headline_of_one_signing(c))]
        body = [c for c in body if not _extended_object(c)] or body
        full = [c.trigger.start for c in body
                if len(c.parties) >= 2 or c.headline or _ordinal_with_partner(c)]
        return _accession_told_by_joining(
            m, min(full or [c.trigger.start for c in body] or _first_in_body(m)), joinings)

    return sorted(merged, key=told_at)


def _first_in_body(m: _Merged) -> list[int]:
    """mend92: a record none of whose mentions names a side (its sides read from its
    signers: "Документ поставят подписи мэр ... и ректор ...") is first told by its first
    mention below the headline, the headline being the page's title (pair58): "Договор
    города с вузом продлят" over "Договор заключён весной 2020 года ... Допсоглашение к нему
    подпишут в мае" gives the 2020 agreement first, then the addendum. A mention of its own
    status counts first ("Участники встречи оценили, как выполняется договор, и решили его
    продлить" tells the agreement extended, not yet the plan). Only the headline: the first
    mention, if none is below it."""
    below = [c for c in m.candidates if not c.headline]
    own = [c.trigger.start for c in below if c.status == m.status]
    return [min(own or [c.trigger.start for c in below] or [m.first])]


def _accession_told_by_joining(m: _Merged, at: int, joinings: list[int]) -> int:
    """date76: a document of accession (its subject a word of joining, ``JOIN_WORDS``:
    "дополнительное соглашение о присоединении") is first told where the joining is
    ("Вчера фонд присоединился к соглашению министерства и университета. Для этого
    стороны подписали дополнительное соглашение о присоединении"), just before the
    agreement joined, which that sentence names only as the base
    (``merge_rules.joined_base``). ``joinings``: where the text tells a joining; ``at``:
    where the record is otherwise first told."""
    if not any(c.subject_key & JOIN_WORDS for c in m.candidates):
        return at
    before = [j for j in joinings if j <= at]
    return min(before) - 1 if before else at


def _ordinal_with_partner(c: _Candidate) -> bool:
    """pair72: an ordinal mention of one of the counted agreements naming its partner
    ("Первое соглашение заключено с колледжем" after "Управление подписало два
    соглашения") tells that agreement with both its sides, the second being the counting
    sentence's subject left unsaid; so it is its record's first telling, as a mention naming
    two sides is, and a later caption or summary naming both ("На снимке: директор колледжа
    и начальник управления") does not move the record behind the next ordinal one."""
    return c.ordinal and len(c.parties) == 1


def _extended_object(c: _Candidate) -> bool:
    """pair60: the agreement noun is what an extension extends, a genitive dependent of
    "продление"/"пролонгация" (``EXTEND_NOUNS``), through "срок"/"действие" or directly:
    "стороны готовят продление соглашения" tells the agreement in force, not yet the
    extension's own document ("Подписание дополнительного соглашения о пролонгации
    запланировано на сентябрь"), so it is not the extension record's first telling. Walks
    up at most ``EXTEND_CHAIN`` heads of the parsed sentence."""
    toks = c.sentence.tokens
    i = next((k for k, t in enumerate(toks) if t.start == c.trigger.start), -1)
    for _ in range(EXTEND_CHAIN):
        if i < 0 or toks[i].feats.get("Case") != "Gen" or toks[i].rel != "nmod":
            return False
        i = toks[i].head
        if 0 <= i < len(toks) and toks[i].lemma in EXTEND_NOUNS:
            return True
    return False


def _headline_of_one_signing(c: _Candidate) -> bool:
    """pair58: a headline telling one signing done, its agreement noun singular and naming
    two sides at most, is that signing's first telling: "Соглашение с казанскими коллегами
    продлено еще на пять лет" over "Отделения ... продлили действие соглашения,
    подписанного в 2020 году" (not "Кубань, Адыгея и Дагестан подписали и наметили
    соглашения", a summary of the page)."""
    return c.status == "signed" and len(c.parties) <= 2 and \
        c.trigger.feats.get("Number") != "Plur"


# A readers' comment signed by its author and its time: "Галина_Т, 14.10.2025 09:12"
_COMMENT_STAMP = re.compile(r"[^\n,]{1,40},\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}[ ,]+\d{1,2}:\d{2}")

# agr56: the same stamp with the day and month in words, the year left out as threads do
# for the current one: "Ольга_Бердск, 17 апреля, 13:02", "Сергей Н., 5 марта 2024 в 09:15"
_COMMENT_WORD_STAMP = re.compile(
    r"[^\n,]{1,40},\s*\d{1,2}\s+(?:" + MONTH_GEN + r")(?:\s+\d{4})?(?:\s*г\.)?"
    r"(?:,\s*|\s+в\s+|\s+)\d{1,2}:\d{2}\s*$", re.IGNORECASE)


# agr58: the author and the stamp set apart otherwise than by a comma: a dash, a middle
# dot, a bar or a wide gap ("серовчанин_66 — 24.04.2025 12:10", "Рамиль_Уфа · 17.10.2024
# 10:02", "Гость_8421  13.02.2024 10:02", "Михалыч  3 октября, 16:40")
_COMMENT_APART_STAMP = re.compile(
    r"[^\n]{1,40}?(?:\s+[—–·•|-]\s*|\s{2,})\d{1,2}(?:[./]\d{1,2}[./]\d{2,4}|\s+(?:"
    + MONTH_GEN + r")(?:\s+\d{4})?(?:\s*г\.)?)(?:,\s*|\s+в\s+|\s+)\d{1,2}:\d{2}\s*$",
    re.IGNORECASE)


# pages66: the author and the stamp set apart by one space only ("Гость 12.03.2024 10:02",
# "Нина П. 5 марта 2024 в 09:15"): the author one handle, maybe with an initial
_COMMENT_SPACED_STAMP = re.compile(
    r"(?P<author>[^\s,.!?:;«»]{1,30}(?: [А-ЯЁA-Z]\.)?)\s\d{1,2}(?:[./]\d{1,2}[./]\d{2,4}|\s+(?:"
    + MONTH_GEN + r")(?:\s+\d{4})?(?:\s*г\.)?)(?:,\s*|\s+в\s+|\s+)\d{1,2}:\d{2}\s*$",
    re.IGNORECASE)


def spaced_stamp(line: str) -> bool:
    """pages66: a comment's first line, its author's handle and its time stamp apart by one
    space ("Гость 12.03.2024 10:02", "Нина П. 5 марта 2024 в 09:15"), the layout of a
    site's thread with no comma, dash or gap between them. Only a handle of one word, maybe
    with an initial (``turns.comment_author`` too): "Опубликовано: 12.03.2024 10:02" is a
    dateline, "Фонд открыл центр 12.03.2024 в 10:02" a sentence. fixpages66: and a word
    with no digit, underscore or initial is no dateline's word (``_DATELINE_WORD``: a
    label, a participle, a weekday) nor a place (``gazetteer.regions_in``): "Обновлено
    12.03.2024 10:02", "Москва 12.03.2024 10:02", "Вторник 12.03.2024 10:02" are
    datelines."""
    m = _COMMENT_SPACED_STAMP.match(line)
    if m is None or not comment_author(m.group("author")):
        return False
    word = m.group("author").split()[0]
    return _HANDLE_MARK.search(word) is not None or " " in m.group("author") or not (
        _DATELINE_WORD.fullmatch(word) or regions_in(word))


# fixpages66: a word before a stamp that makes it a dateline, not a comment's author: a
# dateline's label or any short participle ("Обновлено", "Опубликовано", "Добавлено",
# "Размещено", "Создано", "Закрыто"), a weekday ("Вторник", "Пт")
_DATELINE_WORD = re.compile(
    r"(?:" + "|".join(PUBLICATION_LABELS + UPDATE_LABELS) + r"|[\wё]{2,}(?:[аяеё]но|[ыуияоа]то)"
    r"|" + "|".join(f"{full}|{short}" for _, full, short in WEEKDAYS) + r")",
    re.IGNORECASE)
# a handle's marks: a digit or an underscore ("мама_троих", "Гость_8421")
_HANDLE_MARK = re.compile(r"[\d_]")


# agr48: a clock time on the line under an author alone ("3 апреля 2025, 12:41")
_CLOCK_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")


def _comment_entry(rest: str) -> bool:
    """Do the first lines after a comment heading open a reader's comment? Its author and
    time on one line ("Галина_Т, 14.10.2025 09:12"; agr56: "Ольга_Бердск, 17 апреля,
    13:02", ``_COMMENT_WORD_STAMP``; agr58: set apart by a dash, a dot or a gap,
    "серовчанин_66 — 24.04.2025 12:10", ``_COMMENT_APART_STAMP``), or agr48: the author's
    name alone on a short line and a date line with a clock time under it ("Игорь_Е" /
    "3 апреля 2025, 12:41"; extra97: or a reader's name and town, "Галина Ивановна,
    Ангарск" / "12.05.2024 08:30", ``_READER_TOWN``), or agr50: the first two comments
    each a line opening with its author's handle and a colon (``turns.handle_line``): the
    layouts of comment threads on news sites.
    Boilerplate masking blanks such a stamp line to spaces of its length, which stands for
    it here."""
    lines = [x for x in rest.splitlines() if x]  # empty lines out, masked lines kept
    lines = lines[next((n for n, x in enumerate(lines) if x.strip()), len(lines)):]
    first = lines[0].strip() if lines else ""
    if _COMMENT_STAMP.match(first) or _COMMENT_WORD_STAMP.match(first) or \
            _COMMENT_APART_STAMP.match(first) or spaced_stamp(first):
        return True
    second = lines[1] if len(lines) > 1 else ""
    if handle_line(first) and handle_line(second):
        return True
    if _chat_thread(lines):
        return True
    stamp = not second.strip() or (_CLOCK_TIME.search(second) is not None and
                                   date_line(second.strip()) is not None)
    author = comment_author(first) or _READER_TOWN.fullmatch(first) is not None
    return bool(second and author and stamp) or _signed_entries(lines) \
        or _reply_stamped(lines)


# reg45: a comment's time and a reply button closing its entry: "9 ноя в 14:27   Ответить",
# "2 апр в 08:15 · Ответить", "вчера в 09:40 Ответить"
_REPLY_STAMP = re.compile(r"\d{1,2}:\d{2}\s*[·•|—–-]?\s*(?P<button>[^\W\d_]+)\s*$")


def _reply_stamped(lines: list[str]) -> bool:
    """reg45: a social network's thread: an author's line, the reader's words over one line or
    a few, and a line closing the entry with the comment's time and a reply button
    ("Тамара Зуева" / "А в нашем селе когда откроют?" / "9 ноя 2025 в 14:27   Ответить").
    The button is what tells a reader's comment from a quoted expert's words under a
    heading "Мнения": a page's own text has no reply button after a clock time."""
    rows = [x.strip() for x in lines[:_THREAD_LINES] if x.strip()]

    def closes(row: str) -> bool:
        m = _REPLY_STAMP.search(row)
        return m is not None and m["button"].lower() in COMMENT_REPLY_WORDS

    return len(rows) >= 3 and not closes(rows[0]) and not closes(rows[1]) \
        and any(closes(row) for row in rows[2:])


# agr52: a reader signing a comment by first name and town: "Николай, Селенгинск"; extra97:
# with the patronymic or surname too, "Галина Ивановна, Ангарск" (over a time stamp line;
# hidden40 found the same shape)
_READER_TOWN = re.compile(
    r"[А-ЯЁ][а-яё]+(?: [А-ЯЁ]\.| [А-ЯЁ][а-яё]+)?, [А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*")


def _signed_entries(lines: list[str]) -> bool:
    """agr52: the first two comments each an author's line over a line of the reader's
    words, with no time stamp: "Николай, Селенгинск" / "Молодцы! А у нас ..." / "Ирина В." /
    "Слышала, что ...". An author's line is a handle or short name (``turns.comment_author``) or
    a first name and the reader's town (``_READER_TOWN``); a words line is neither and does
    not open with a quotation mark (a section of experts' opinions quotes their words under
    their names)."""
    rows = [x.strip() for x in lines if x.strip()]
    if len(rows) < 4:
        return False

    def author(x: str) -> bool:
        return comment_author(x) or _READER_TOWN.fullmatch(x) is not None

    return author(rows[0]) and author(rows[2]) and not any(
        author(x) or x.startswith(("«", "\"", "„")) for x in (rows[1], rows[3]))


# comments42: the lines of a chat-layout thread read after its heading: a comment's words may
# run on over a few lines, and a reply is set in under the comment it answers
_THREAD_LINES = 8


def _chat_thread(lines: list[str]) -> bool:
    """comments42: a thread of the chat layout whose comments are not on adjacent lines: the
    first line after the heading opens with a reader's name and a colon ("Иван Сорокин:
    Дорогу обещали ещё весной", "Галина, Тверь: А у нас ...", ``turns.handle_line``) and
    another such line follows within a few lines, after the first comment's words ran on,
    or set in as a reply ("    Олег: Согласен с вами"). One named line alone is no thread
    (a quoted expert's words under a heading "Мнения")."""
    rows = [x for x in lines[:_THREAD_LINES] if x.strip()]
    return bool(rows) and handle_line(rows[0]) and any(handle_line(x) for x in rows[1:])


def comments_start(analysis: Analysis) -> int:
    """comments42: where the readers' comments of a document begin, in its text and in its
    stored text (``Analysis.stored``; agr50: the heading may be masked as page furniture,
    "Комментарии (3)"): the one recogniser of a comment section, read by records (below),
    regions and officials (``pipeline``): a region, an agreement or an official named only
    by a reader is not the news's."""
    return min(_comments_start(analysis.text), _comments_start(analysis.stored or analysis.text))


@lru_cache(maxsize=8)
def _comments_start(text: str) -> int:
    """Where readers' comments begin: a heading line of a comment section ("Комментарии
    (4)", "Обсуждение:") with a comment signed by author and time after it
    (``_comment_entry``). Readers' words are not the article's: an agreement a commenter
    recalls, or a rumour he passes on, is no record. The text's length when there is
    none. speed64: read once per text (records, regions, officials and the footer signers
    each ask, three to seven times a document; the last few texts asked about are kept)."""
    at = 0
    for line in text.splitlines(keepends=True):
        words = re.sub(r"[\d():\[\]]", " ", line).lower().split()
        if words and words[-1] in COMMENT_HEADINGS \
                and all(w in COMMENT_HEADING_OPENERS for w in words[:-1]):
            rest = text[at + len(line):at + len(line) + 400]
            if _comment_entry(rest):
                return at
        at += len(line)
    return len(text)


def _subject(title: str) -> str | None:
    """The sphere a title ends with, the record's ``subject``: "Соглашение о сотрудничестве
    в сфере занятости" gives "в сфере занятости"; None when the title names none."""
    m = re.search(r"\b(в (?:области|сфере) .+|по .+)$", title)
    return m.group(1) if m else None
