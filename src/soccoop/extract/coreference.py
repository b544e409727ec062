"""Coreference of agreement mentions: which agreement a mention is, which sides it has,
which signers are whose.

Issue 9: the rules that used to run inline in ``find_agreements`` are small named passes,
kept apart from the loop that runs them (as natasha keeps one module per step). Two
ordered tuples:

* ``MENTION_PASSES`` run on the candidates (one per agreement noun, ``agreements._candidates``)
  after they are found and before ``merge`` joins the mentions of one agreement into a
  record; each may change a candidate's sides, status or date, or drop candidates;
* ``RECORD_PASSES`` run on the records after merging (signers per partner, sides; the lead's date
  moved to ``agreement_dates.DATE_PASSES``, datesD).

Each entry is a ``Pass``: a name and a function with a docstring and a Russian example. The
order is the order of the tuple (the README lists it); ``run_passes`` is the one loop. The
rules' words live in the lexicon modules; the passes only call the rules.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import TypeVar

from soccoop import gazetteer, isodate
from soccoop.extract import sides as side_passes
from soccoop.extract.agreement_background import sides_its_clause_names
from soccoop.extract.agreement_clauses import _signed_participle
from soccoop.extract.agreement_lists import documents_counted, opens_item, signer_parties
from soccoop.extract.agreement_sides import bare_subject_body, merged_bodies
from soccoop.extract.agreement_types import _k
from soccoop.extract.agreements import (
    _DAY,
    _as_sides,
    _aside_with_guests,
    _between_plural_body,
    _bodies_for_regions,
    _Candidate,
    _capital_of_named_region,
    _companies_only,
    _content_subject,
    _defined_term,
    _drop_bare_regions,
    _former,
    _from_sides,
    _fuller,
    _identified,
    _inflect_name,
    _is_headline,
    _longest_names,
    _Merged,
    _ministry_spelled,
    _named_signers,
    _negated_signing,
    _official_fuller,
    _official_name,
    _parties_in,
    _Party,
    _persons,
    _predicate_path,
    _refers_back,
    _region_at,
    _side_phrase,
    _spans_in,
    _spelled_out,
    _title_parties,
    _token_index,
    _town,
    _with_named_region,
    _without_cut_quotes,
    _without_headline_towns,
    _without_list_restatements,
    contents_item,
    counted_party,
    counted_summary,
    draft_of_named,
    economy_topic_alone,
    field_bodies_alone,
    field_subject_bodies,
    funding_alone,
    further_other_field,
    general_bodies_off_sphere,
    in_speech,
    line_of,
    other_field_bodies,
    other_field_subject,
    outside_social_sphere,
    schooling_outside_social_sphere,
    schools_on_teaching,
    sideless_outside_social_sphere,
    signing_to_come,
    sphere_disowned,
    team_dealings,
    works_phrase_topic,
)
from soccoop.extract.candidate_signers import (
    _segment_signers,
    _side_introduction,
    _speaker,
    agrees_with,
    planned_object,
    programme_or_roadmap,
)
from soccoop.extract.dash_sides import sides_after_dash
from soccoop.extract.lexicon import (
    ACCORD_NOUNS,
    ANAPHORIC_BODIES,
    AUTOMATIC_WORDS,
    BODY_HEADS,
    BRANCH_HEADS,
    COUNTED_PLACE_NOUNS,
    DRAFT_NOUNS,
    EXAMPLE_NOUNS,
    EXTEND_VERBS,
    IMPLEMENT_NOUNS,
    IMPLEMENTING_BASES,
    LINK_VERBS,
    NOT_YET,
    NUMBER_WORDS,
    OCCASION_NOUNS,
    ONE_SIDE,
    ORDINALS,
    ORG_HEADS,
    OTHER_DOCUMENTS,
    OWN_REGION_ADJECTIVES,
    PARTICIPANT_NOUNS,
    PLAN_HEADS,
    PLAN_WORDS,
    ROADMAP_DOCUMENTS,
    SIDE_COUNT_WORDS,
    SIDE_DRAFTING_VERBS,
    SIDE_WORDS,
    SIDES_OWNER_NOUNS,
    SIDES_OWNER_PRONOUNS,
    SIGN_NOUNS,
    SIGN_VERBS,
    TRIGGERS,
)
from soccoop.extract.lexicon_plans import COMPANY_HEADS
from soccoop.extract.lexicon_sides import (
    ADDRESS_PREPOSITIONS,
    AGREEMENT_PRONOUNS,
    ASIDE_DASHES,
    BACKGROUND_FRAMES,
    BETWEEN_PREPOSITIONS,
    BETWEEN_REACH,
    COLLEAGUE_NOUNS,
    DRAFT_SEND_VERBS,
    EDITION_NOUNS,
    GROUP_ANY_POST,
    GROUP_POST_NOUNS,
    GROUP_POST_REACH,
    MERGER_NOUNS,
    NEW_WORDS,
    OWNER_LEGAL_FORM_HEADS,
    PARTNER_PREPOSITIONS,
    POSSESSOR_PREPOSITIONS,
    REGION_NOUNS,
    SPEAKER_POSSESSIVES,
    TOLD_BODIES_LEAD_REACH,
    TOLD_BODIES_REACH,
    TOLD_BODY_WORDS,
    UNNAMED_SIDES_PLURALS,
    VISIT_NOUNS,
    VISITING_VERBS,
)
from soccoop.extract.lexicon_signer_shapes import HEAD_NOUNS, OPENING_QUOTES
from soccoop.extract.lexicon_signers import (
    ANSWER_DASHES,
    CAPTIONS_READ,
    COLLECTIVE_DOCUMENTS,
    COLLECTIVE_REACH,
    COLLECTIVE_WORDS,
    HEAD_POSTS,
    HEADS_AFTER_REACH,
    LIST_SIGNERS_REACH,
    PAGE_RECORDS,
    SIGNATURES_REACH,
    SIGNING_HEADS,
)
from soccoop.extract.lexicon_status import (
    DOCUMENT_PRONOUNS,
    DRAFTING_VERBS,
    ORDINAL_SIGNING_REACH,
    PLANNED_DOCUMENT_NOUNS,
    SIGNED_NEXT_REACH,
)
from soccoop.extract.nlp import Analysis, Models, Sentence, Token, sentence_at, sentence_starts
from soccoop.extract.normalize import expand_abbreviations, is_acronym
from soccoop.extract.page_owner import (
    owner_regions,
    page_body,
    page_owner,
    self_reference_head,
)
from soccoop.extract.party_cleanup import without_trailing_verb
from soccoop.extract.party_identity import (
    acronym_of_name,
    body_is_side,
    body_stems,
    place_of_body,
    region_for_body,
    same_side,
)
from soccoop.extract.passes import Pass, named_passes
from soccoop.extract.person_names import named_official, same_person
from soccoop.extract.plan_signers import (
    own_sentence_post_holders,
    plan_speaker_beside_announced,
    planned_story_signers,
)
from soccoop.extract.side_shapes import mended_name, people_attribute
from soccoop.extract.signer_address import addressed_signers_in_full
from soccoop.extract.signer_bodies import (
    carried_signers_dropped,
    off_domain_signers_dropped,
    signers_of_own_sides,
)
from soccoop.extract.signer_events import sentence_named_signers
from soccoop.extract.signer_groups import (
    listed_member_signers,
    side_phrase_member_signers,
    side_phrase_owners,
)
from soccoop.extract.signer_later import (
    after_signing_head,
    later_pair_signers,
    later_side_signers,
    likened_signing_signers,
    represented_record_signers,
)
from soccoop.extract.signer_lines import partners_of_signer_lines
from soccoop.extract.signer_lists import caption_list_signers, closing_list_signers
from soccoop.extract.signer_names import person_signers_only
from soccoop.extract.signer_posts import post_only_signers
from soccoop.extract.signer_recalled import (
    new_signers_from_recalled,
    recalled_without_new_signers,
    signers_told_after,
)
from soccoop.extract.signer_series import ordinal_series_signers
from soccoop.extract.signer_shapes import heads_subject
from soccoop.extract.signer_shared import plural_signing_signers
from soccoop.extract.signer_stand_in import stood_in_heads_dropped
from soccoop.extract.signer_umbrella import umbrella_partners
from soccoop.extract.signers import (
    collective_reference,
    counted_member_signers,
    heads_body,
    inside_quote,
    items_run_end,
    partner_own_signers,
    side_named_in,
    signing_caption,
    turn_speaker,
    unnamed_document_signing,
)
from soccoop.extract.signing_ahead import future_form, perfective_present
from soccoop.extract.signing_dates import (
    _plan_date,
    counted_signing_day,
)
from soccoop.extract.status import (
    absent_agreement,
    bare_anaphor_sides,
    body_overrules_headline,
    document_head,
    headline_follows_body,
    missed_partners,
    parties_of_nested_agreement,
    sides_of_when_clause,
    signatures_under_document,
    signing_told_before,
    signing_told_next,
)
from soccoop.extract.status import (
    called_off_talks_go_on as _called_off_talks_go_on,  # statpool92
)
from soccoop.extract.status import (
    earlier_than_news as _earlier_than_news,
)
from soccoop.extract.status import (
    ordinal_signed_later as _ordinal_signed_later,
)
from soccoop.extract.syntax import ancestors, batch_parsed, ensure_parsed, negated, subtree
from soccoop.models import Agreement, DateRef, Official, Party, RegionRef


@dataclass
class _Document:
    """What every pass reads: the document, the models that read it and what was found in
    it before agreements (the first fields of ``Mentions`` and ``Records``)."""

    analysis: Analysis
    models: Models
    regions: list[RegionRef]
    officials: list[Official]
    dates: list[DateRef]
    published: str | None


@dataclass
class Mentions(_Document):
    """What the mention passes read and change: the document, what was found in it before
    agreements, and the candidates (changed in place or replaced)."""

    cands: list[_Candidate]
    # region names as sides ("Калужская область"), not bodies
    bare: frozenset[str] = frozenset()
    # every side the sentences name, as the sentence passes left them (for final_sides)
    named_sides: list[side_passes.Side] = field(default_factory=list)


@dataclass
class Records(_Document):
    """What the record passes read and change: the document and its agreement records."""

    agreements: list[Agreement]
    # signline62: the sides of the page's agreements dropped as outside the social sphere
    # ("соглашение о развитии самбо" beside the social ones): their signers sign no record
    off_domain_sides: list[str] = field(default_factory=list)


S = TypeVar("S")


def run_passes(passes: tuple[Pass[S], ...], state: S) -> S:
    """Run each pass in order on ``state``; the order is the data's, never the loop's."""
    for p in passes:
        p.run(state)
        if getattr(state, "dropped", False):  # a side pass found no record: stop there
            break
    return state


# --- mention passes ---------------------------------------------------------------------


def defined_terms(s: Mentions) -> None:
    """A term the document defines for its sides is no side: "совместно именуемые
    «Стороны»" (``agreements._defined_term``)."""
    for c in s.cands:
        c.parties = [p for p in c.parties if not _defined_term(p)]


def sentence_sides(s: Mentions) -> None:
    """The sentence passes of ``sides.py`` (distributed heads, "между X и Y", a colon's
    subject, ...): "соглашение между министерствами труда Калужской и Тульской областей"
    has two sides. The sides named after them are kept for the record passes of
    ``sides.final_sides``."""
    for c in s.cands:
        c.parties = _from_sides(side_passes.candidate_sides(
            s.models, s.analysis.text, s.analysis.sentences, c.sentence, c.trigger,
            _as_sides(c.parties), s.regions, c.group >= 0), s.models)
    s.named_sides = _as_sides([p for c in s.cands for p in c.parties])


def publisher_self_reference(s: Mentions) -> None:
    """agr77: a side the page names as its own ("наша организация", "наш центр", "наше
    отделение") is the body whose page it is, named in the header or footer line
    (``page_owner``): "Наш центр и управление соцзащиты подписали соглашение" on the page
    of "Городской центр помощи семье" has that centre as a side. A page that names no such
    body leaves no side for the words. When such words are the subject of the signing and
    the mention names one side only ("наш центр заключил соглашение с фондом"), the
    page's body is the other side. plans67: so is it when such words are a member of
    "между" ("соглашение между нашей организацией и министерством", ``_own_member_head``),
    and when the page tells the signing by "мы" in its own voice ("Осенью мы подпишем
    соглашение с колледжем", ``_page_we_subject``; no speaker of the sentence, the one side
    no region read bare): the body the header line names by any body's head
    (``page_owner.page_body``)."""
    text = s.analysis.stored or s.analysis.text  # agr77: the page's header and footer
    owners: dict[str, str | None] = {}  # by a self-reference's head lemma
    page_own: str | None = None  # plans67: the body the header line names, read once
    page_read = False

    def owner(head: str) -> str | None:
        if head not in owners:
            owners[head] = page_owner(s.models, text, head)
        return owners[head]

    for c in s.cands:
        kept: list[_Party] = []
        for p in c.parties:
            head = self_reference_head(s.models, p.name)
            if head is None:
                kept.append(p)
                continue
            name = owner(head)
            if name is not None and all(q.name != name for q in kept):
                kept.append(replace(p, name=name, regions=owner_regions(s.models, name),
                                    models=s.models))
        c.parties = kept
        head = _self_reference_subject(c.sentence, s.models)
        if head is None and len(c.parties) == 1:
            head = _own_member_head(c.sentence, s.models)
        if len(c.parties) != 1:
            continue
        if head is not None:
            name = owner(head)
        elif c.parties[0].name not in s.bare and \
                _page_we_subject(s.analysis, c.sentence, c.trigger.start) and \
                _speaker(s.analysis, c.sentence, s.officials) is None and \
                turn_speaker(s.analysis, c.sentence, s.officials) is None:
            # (a speaker's "мы", of a transcript's turn too, is the speaker passes' matter;
            # a region read bare is often its people, "с саратовскими друзьями", not a body)
            if not page_read:
                page_own, page_read = page_body(s.models, text, _OWN_BODY_HEADS), True
            name = page_own
        else:
            continue
        if name is not None and c.parties[0].name != name:
            a = c.sentence.start
            c.parties = [_Party(name, owner_regions(s.models, name), a, a, s.models)] + \
                c.parties


def verb_ended_sides(s: Mentions) -> None:
    """agr77: a finite verb never ends a body's name: "Министерство и отделение Соцфонда
    продлили соглашение" read with the side "Соцфонда продлили" has the side "Отделение
    Соцфонда" (``without_trailing_verb``)."""
    text = s.analysis.text
    for c in s.cands:
        c.parties = [without_trailing_verb(s.models, text, p) for p in c.parties]


# plans67: the heads of a body a page may name itself by on its header line (the lexicon's
# heads of bodies and the legal forms' heads; not "город", a place on a news site's line)
_OWN_BODY_HEADS = frozenset((ORG_HEADS | BRANCH_HEADS | set(OWNER_LEGAL_FORM_HEADS.values()))
                            - {"город"})
# plans67: the relations that open another clause, past which a page's "мы" is not the
# subject of the signing: a clause of telling or purpose, a relative or loose clause
CLAUSE_BREAKS = frozenset({"ccomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj"})
# plans67: what opens a speaker's words before a page's "мы": a quotation or an answer's dash
QUOTE_OPENERS = frozenset(OPENING_QUOTES) | frozenset(ANSWER_DASHES)


def _own_member_head(sent: Sentence, models: Models) -> str | None:
    """plans67: the head lemma of a body the speaker owns named as a member of "между":
    "соглашение между нашей организацией и департаментом" → "организация" (the noun has
    "между" as its own case word or is a conjunct of the noun that has it). None when the
    sentence holds no such phrase."""
    if not sent.parsed:
        return None
    toks = sent.tokens
    for t in toks:
        if t.lemma not in SPEAKER_POSSESSIVES or not 0 <= t.head < len(toks):
            continue
        h = t.head
        lead = toks[h].head if toks[h].rel == "conj" else h
        if toks[h].pos == "NOUN" and 0 <= lead < len(toks) and any(
                toks[c].lemma == "между" for c in sent.children(lead)):
            return models.lemma(toks[h].text.lower())
    return None


def _page_we_subject(analysis: Analysis, sent: Sentence, at: int) -> bool:
    """plans67: does the page itself tell the signing by "мы", the subject of a verb of the
    sentence, outside any quotation or answer turn ("В мае мы планируем подписать соглашение
    с университетом", written on the body's own page)? Not "«Мы подпишем ...», — сказал
    министр" (a speaker's "мы", read by the speaker passes), nor "— Мы подпишем ..." (a
    turn of an interview), nor a sentence inside a quotation opened before it. The agreement
    noun at offset ``at`` stands under the verb of "мы" within its own clause (no clause
    of telling or a relative clause between: "мы надеемся, что министерство подпишет
    соглашение" is the ministry's signing)."""
    if not sent.parsed or inside_quote(analysis, sent):
        return False
    line = analysis.text[analysis.text.rfind("\n", 0, sent.start) + 1:sent.start + 1]
    if line.lstrip()[:1] in QUOTE_OPENERS:
        return False
    toks = sent.tokens
    k = next((i for i, t in enumerate(toks) if t.start >= at), None)
    if k is None:
        return False
    clause = [k]
    for h in ancestors(sent, k):
        if toks[clause[-1]].rel in CLAUSE_BREAKS:
            break
        clause.append(h)
    for n, t in enumerate(toks):
        if t.text.lower() == "мы" and t.rel == "nsubj" and t.head in clause and \
                toks[t.head].pos in {"VERB", "ADJ"}:  # "мы намерены заключить"
            return not any(x.text in QUOTE_OPENERS for x in toks[:n])
    return False


def _self_reference_subject(sent: Sentence, models: Models) -> str | None:
    """The head lemma of a nominative subject the speaker owns ("наша организация
    заключила ..." → "организация"), read from the parse; None when there is none."""
    if not sent.parsed:
        return None
    toks = sent.tokens
    for t in toks:
        if t.lemma in SPEAKER_POSSESSIVES and 0 <= t.head < len(toks):
            h = toks[t.head]
            if h.rel == "nsubj" and h.pos == "NOUN" and h.feats.get("Case") == "Nom":
                return models.lemma(h.text.lower())
    return None


def acronym_sides(s: Mentions) -> None:
    """status44: a side written as its acronym is the body the report names in full
    (``sides.spelled_acronym``), so the mentions of one agreement merge: "подписаны
    соглашения с УрФУ" in the headline and "с Уральским федеральным университетом" in the
    report are one side. A region's abbreviation ("ХМАО") is left to the regions."""
    text = s.analysis.text
    written = [(p, _as_written(text, p)) for c in s.cands for p in c.parties]
    acronyms = {w for p, w in written if is_acronym(w) and gazetteer.resolve(w) is None}
    if not acronyms:
        return
    named = _as_sides([p for p, w in written if w not in acronyms])
    orgs = _org_tokens(s.analysis)
    full = {a: side_passes.spelled_acronym(s.models, text, a, named, orgs,
                                           lambda x, y: _region_at(s.regions, x, y))
            for a in acronyms}
    for c in s.cands:
        c.parties = [_spelled(p, full.get(w), s.models) for p, w in
                     ((p, _as_written(text, p)) for p in c.parties)]


def _spelled(p: _Party, side: side_passes.Side | None, models: Models) -> _Party:
    """The side written as an acronym, named in full (its place in the text kept)."""
    return p if side is None else \
        replace(p, name=side.name, regions=list(side.regions), models=models)


def _as_written(text: str, p: _Party) -> str:
    """A one-word side as the text writes it (a signer's side spans the whole "ректор ТюмГУ
    Иван Романчук" and its name may come capitalised anew, "Тюмгу"); else its name."""
    return next((w for w in re.findall(r"\w+", text[p.start:p.stop])
                 if w.lower() == p.name.lower()), p.name)


def heading_common_nouns(s: Mentions) -> None:
    """status44: a heading in capitals writes common nouns in capitals too: "СОГЛАШЕНИЕ С
    ВУЗОМ" names no body called "ВУЗОМ" but "вуз", the university the section reports on.
    A one-word side of such a line that the dictionary knows as a common noun is no side;
    the mention, bare, joins the agreement it heads (``merge_rules.BARE_PASSES``)."""
    text = s.analysis.text
    for c in s.cands:
        words = [t.text for t in c.sentence.tokens if t.text.isalpha()]
        if len(words) < 2 or not all(w.isupper() for w in words):
            continue
        c.parties = [p for p in c.parties if not _common_noun(s.models, _as_written(text, p))]


def content_places(s: Mentions) -> None:
    """status44: "Соглашение предусматривает ... стажировки для студентов в учреждениях
    Свердловской и Тюменской областей": where the agreement's content takes place is no
    side. Of a mention whose noun is the subject of a verb of content
    (``agreements._content_subject``), the sides named after that verb by a plural head
    (several bodies of a kind) are dropped; a side named in the singular ("сотрудничество
    министерства и университета") stays."""
    for c in s.cands:
        if c.status != "mentioned" or not c.parties or not c.sentence.parsed:
            continue  # (a sentence left unparsed so far is not parsed for this)
        sent = c.sentence
        k = _token_index(sent, c.trigger.start)
        if not 0 <= k < len(sent.tokens) or not _content_subject(sent, k):
            continue
        own = set(subtree(sent, k))  # "действует соглашение между правительствами ..."
        verb = sent.tokens[k].head
        c.parties = [p for p in c.parties
                     if not _plural_head_after(s.models, sent, verb, own, p)]


def _plural_head_after(models: Models, sent: Sentence, verb: int, own: set[int],
                       p: _Party) -> bool:
    """Is the side named after token ``verb``, outside the agreement noun's own phrase
    (``own``), by a plural head noun: its name's first word in the plural at its place or
    among the three words before ("в учреждениях Свердловской и Тюменской областей" gives
    "Учреждение Свердловской области")?"""
    toks = sent.tokens
    at = next((i for i, t in enumerate(toks) if t.start >= p.start), len(toks))
    if at <= verb or at in own:
        return False
    head = models.lemma(p.name.split()[0]) if p.name else ""
    return any(t.lemma == head and t.feats.get("Number") == "Plur"
               for t in toks[max(verb + 1, at - 3):at + 1])


def _common_noun(models: Models, word: str) -> bool:
    """A word of one token the dictionary knows, read first as a common noun (not a name)."""
    if " " in word or not models.analyzer.word_is_known(word.lower()):
        return False
    first = next(iter(models.parse(word.lower())), None)
    return first is not None and first.tag.POS == "NOUN" and not \
        {"Name", "Surn", "Geox", "Orgn"} & set(first.tag.grammemes)


def _org_tokens(analysis: Analysis) -> list[list[Token]]:
    """The tokens of each organisation NER finds, in text order (one walk over the
    sentences and the spans)."""
    spans = sorted((sp for sp in analysis.spans if sp.type == "ORG"), key=lambda sp: sp.start)
    out: list[list[Token]] = []
    n = 0
    for sent in analysis.sentences:
        while n < len(spans) and spans[n].start < sent.stop:
            sp = spans[n]
            toks = [t for t in sent.tokens if sp.start <= t.start and t.stop <= sp.stop]
            if toks:
                out.append(toks)
            n += 1
    return out


def sides_named_next(s: Mentions) -> None:
    """agr34: an agreement its own sentence leaves without sides takes those the next
    sentence names as its sides: "В Омске заключено четырехстороннее соглашение ... Его
    сторонами стали министерство ..., отделение ... и союз ...", "Сторонами документа
    выступили ..." (``_sides_sentence``). Only for the latest side-less mention of the
    sentence just before; the next sentence names no agreement of its own, or only the
    owner of its side noun (``_sides_owner_restated``). Counted agreements with as many
    sides are one per side (``_counted_partners``)."""
    sents = s.analysis.sentences
    by_start = {x.start: n for n, x in enumerate(sents)}
    named = {c.sentence.start for c in s.cands}
    split: dict[int, list[_Candidate]] = {}
    for n, c in enumerate(s.cands):
        if n + 1 < len(s.cands) and s.cands[n + 1].sentence.start == c.sentence.start:
            continue
        at = by_start.get(c.sentence.start)
        if at is None or at + 1 >= len(sents):
            continue
        nxt = sents[at + 1]
        restated = nxt.start in named and _sides_owner_restated(s, nxt)
        if nxt.start in named and not restated:
            continue
        own = bool(c.parties) and not (restated and _sides_told_elsewhere(c))
        if own and not (len(c.parties) == 1 and c.count >= 2):
            continue
        found = _sides_sentence(s, nxt)
        if len(found) < 2:
            continue
        members = _counted_partners(s, c, found)
        if members:
            split[n] = members
        elif own:
            continue
        else:
            c.parties = found
            for x in s.cands:
                if x.sentence.start == nxt.start:
                    x.parties = list(found)
        s.named_sides += _as_sides(found)
    if split:
        s.cands = [m for n, c in enumerate(s.cands) for m in split.get(n, [c])]


def _counted_partners(s: Mentions, c: _Candidate, found: list[_Party]) -> list[_Candidate]:
    """agr42: agreements counted by their signing, then their sides named as many as they
    are, are one agreement per side with the signing body: "министр социальной политики
    области Ольга Бегунова подписала три соглашения. Сторонами документов стали
    университет, АНО «Рядом» и министерство Кировской области" is three agreements of the
    ministry, one with each. The members of one split list (``split_list_member``); the
    body is the side named "с одной стороны" before the others, else the mention's one
    side, else the signing's subject, else its signer's; none when the count is not the number
    of sides or a side is that body."""
    if c.group >= 0:
        return []
    body: _Party | None = None
    if c.count == len(found) - 1 and _one_side_first(s.analysis.text, found):
        body, found = found[0], found[1:]
    elif c.count != len(found):
        return []
    elif len(c.parties) == 1:
        body = c.parties[0]
    elif len(c.subject) == 1:
        body = c.subject[0]
    if body is None:
        own = next((o for o in s.officials if o.organization and c.signatories and
                    o.name == c.signatories[0]), None)
        if own is None or not own.organization:
            return []
        body = _Party(own.organization[:1].upper() + own.organization[1:],
                      [own.region] if own.region else [], own.evidence.start,
                      own.evidence.end, s.models)
    if any(p.key == body.key for p in found):
        return []
    return [replace(c, parties=[body, p], group=c.trigger.start, member=n)
            for n, p in enumerate(found)]


def _one_side_first(text: str, found: list[_Party]) -> bool:
    """agr42: the first of the sides named is one side of every document, the others the
    other: "Сторонами документов выступили Отделение ... , с одной стороны, и
    Министерство ..., учреждение ..., а также организация ... – с другой"."""
    return ONE_SIDE in " ".join(text[found[0].stop:found[1].start].lower().split())


def _sides_told_elsewhere(c: _Candidate) -> bool:
    """agr42: sides a mention took from outside its own sentence (the bodies of signers told
    later, "Документ подписали Иванова (директор департамента ...)"), which the next
    sentence naming the sides of the same agreement noun overrides."""
    return all(not c.sentence.start <= p.start < c.sentence.stop for p in c.parties)


def _sides_owner_restated(s: Mentions, sent: Sentence) -> bool:
    """agr42: the next sentence's only agreement mentions are the owner of its side noun,
    "Сторонами соглашения стали X, Y и Z" right after "подписано четырехстороннее
    соглашение": the agreement told just before, not one of its own."""
    owner = _sides_frame(sent)[1]
    return owner >= 0 and all(_k(x) == owner for x in s.cands
                              if x.sentence.start == sent.start)


def _sides_frame(sent: Sentence) -> tuple[int, int]:
    """The index of the linking verb of "[Его] сторонами [документа] стали ..." (-1: not
    that shape) and of the document noun owning the side noun (-1: none)."""
    toks = sent.tokens
    i = 0
    if i < len(toks) and toks[i].text.lower() in SIDES_OWNER_PRONOUNS:
        i += 1
    if i >= len(toks) or toks[i].lemma not in PARTICIPANT_NOUNS or \
            toks[i].feats.get("Case") != "Ins":
        return -1, -1
    i += 1
    owner = -1
    if i < len(toks) and toks[i].lemma in SIDES_OWNER_NOUNS and \
            toks[i].feats.get("Case") == "Gen":
        owner = i
        i += 1
    if i >= len(toks) or toks[i].lemma not in LINK_VERBS:
        return -1, -1
    return i, owner


def _sides_sentence(s: Mentions, sent: Sentence) -> list[_Party]:
    """The sides a sentence of the shape "[Его] сторонами [документа] стали X, Y и Z"
    names: a side noun in the instrumental, perhaps owned by a pronoun or a document noun,
    then a linking verb; the sides are the phrases after the verb."""
    verb = _sides_frame(sent)[0]
    if verb < 0:
        return []
    return _parties_in(s.analysis, s.models, sent, verb + 1, len(sent.tokens), s.regions)


def officials_named_as_subjects(s: Mentions) -> None:
    """agr34: an agreement whose clause names no body but has officials of two regions for
    its subject is between their bodies: "Министры труда Омской и Томской областей —
    Владимир Куприянов и Ольга Заречнева — договорились подготовить соглашение", "Глава
    минтруда X Иванов и министр Y Петрова подпишут соглашение" (the persons among the
    subjects of the clause's verb, read from the parse, and the bodies the officials step
    found for them; two bodies of two regions, or nothing)."""
    for c in s.cands:
        if c.parties:
            continue
        found = _subject_officials_bodies(s, c)
        if len(found) >= 2:
            c.parties = found


def _subject_officials_bodies(s: Mentions, c: _Candidate) -> list[_Party]:
    sent = ensure_parsed(c.sentence, s.models)
    toks = sent.tokens
    path = _predicate_path(sent, _k(c))
    v = path[-1]
    while toks[v].rel == "xcomp" and 0 <= toks[v].head < len(toks):
        v = toks[v].head  # "договорились подготовить соглашение": the agreeing verb
    if len(path) < 2 or toks[v].pos not in {"VERB", "AUX"}:
        return []
    subjects = [x for x in sent.children(v) if toks[x].rel in {"nsubj", "nsubj:pass"}]
    subjects += [d for x in subjects for d in sent.children(x) if toks[d].rel == "conj"]
    # "председатель комитета ... Ольга Иванова": the name in apposition to a subject post
    subjects += [d for x in subjects for d in sent.children(x) if toks[d].rel == "appos"]
    starts = {toks[x].start for x in subjects} | dashed_subject_names(sent, subjects, v)
    out: list[_Party] = []
    for sp in _spans_in(s.analysis, sent):
        if sp.type != "PER" or sp.start not in starts:
            continue
        name = _official_name(sp, s.officials)
        o = next((o for o in s.officials if o.name == name), None)
        if o is None or not o.organization:
            continue
        codes = [r.code for r in s.regions if _names_region(o.organization, r.name)]
        if len(codes) != 1 or any(codes == p.regions for p in out):
            return []  # a body of no one region, or two of one region: not two sides
        body = o.organization[:1].upper() + o.organization[1:]
        out.append(_Party(body, codes, o.evidence.start, o.evidence.end, s.models))
    return out


def dashed_subject_names(sent: Sentence, subjects: list[int], v: int) -> set[int]:
    """agr36: the names set off by dashes after a subject post, before its verb, are the
    subject's: "председатели комитетов двух парламентов — вологодский депутат Александр
    Михеев и архангельский депутат Ольга Виноградова — договорились подготовить
    соглашение" (the parse hangs the aside on the nearest genitive instead). The starts of
    every word inside the dashes; the caller keeps the persons'."""
    toks = sent.tokens
    if not subjects:
        return set()
    first = min(subjects)
    dashes = [i for i in range(first + 1, v) if toks[i].text in ASIDE_DASHES]
    if len(dashes) < 2:
        return set()
    return {toks[i].start for i in range(dashes[0] + 1, dashes[1])}


def _names_region(body: str, region: str) -> bool:
    """Does a body's name hold the region's name in some case ("Министерство труда Томской
    области" holds "Томская область")? Each word of the region by its stem."""
    words = [w[:max(4, len(w) - 3)].lower() for w in region.split()]
    have = body.lower().split()
    return all(any(h.startswith(w) for h in have) for w in words)


def list_restatements(s: Mentions) -> None:
    """A second agreement noun in a split list's sentence naming only the list's partners
    is the list again: "подписало похожие документы с Курской и Орловской областями, и
    каждое соглашение ..." is two agreements, no third between Kursk and Oryol. many62: so
    is a signing told right after the list by its signers, each of whom signs for one of
    the list's sides (``_list_signers_by_bodies``)."""
    s.cands = _without_list_restatements(s.cands)
    _list_signers_by_bodies(s)
    _partner_signers_kept_apart(s)


def _list_signers_by_bodies(s: Mentions) -> None:
    """many62: the signers told right after a list split per partner go each to the
    agreement of the body of their post, not all to every agreement nor to one more
    agreement between all their bodies. A signing mention whose signers are all the list's
    ("Фонд заключил соглашения с правительствами Татарстана и Чувашии. Соглашения
    подписали председатель фонда Иванов, премьер-министр Татарстана Петров и председатель
    Кабинета министров Чувашии Сидоров") gives the fund and Tatarstan Иванов and Петров, the
    fund and Chuvashia Иванов and Сидоров, and is dropped; a sentence naming signers side by
    side with no agreement of its own ("Партнёров представляли председатель областной
    организации общества инвалидов Петрова и председатель ... общества слепых Сидорова")
    gives each person whose post names one side of the list (``_listed_side``) to that
    side's agreement. Up to ``LIST_SIGNERS_REACH`` sentences after the list. Linear: each
    mention and each of those sentences against the last list told before it."""
    index = {sent.start: n for n, sent in enumerate(s.analysis.sentences)}
    groups: list[list[_Candidate]] = []
    for c in s.cands:
        if c.group >= 0:
            if not groups or groups[-1][0].group != c.group:
                groups.append([])
            groups[-1].append(c)
    drop: set[int] = set()
    last: list[_Candidate] = []
    for n, c in enumerate(s.cands):
        if c.group >= 0:
            last = next(g for g in groups if g[0].group == c.group)
            continue
        if len(last) < 2 or c.status != "signed" or len(c.signatories) < 3 or \
                c.trigger.feats.get("Number") != "Plur" or \
                not 0 < index.get(c.sentence.start, 0) - \
                index.get(last[0].sentence.start, 0) <= LIST_SIGNERS_REACH:
            continue
        shape = _list_shape(last)
        if shape is None:
            continue
        common, sides = shape
        at = [_listed_side(s.officials, name, sides) for name in c.signatories]
        if any(x is None for x in at) or \
                not all(any(x == len(common) + i for x in at) for i in range(len(last))):
            continue
        for name, x in zip(c.signatories, at, strict=True):
            if x is not None:
                _give_signer(last, len(common), name, x)
        drop.add(n)
    named = {c.sentence.start for c in s.cands}
    sents = s.analysis.sentences
    for members in groups:
        shape = _list_shape(members) if len(members) >= 2 else None
        at0 = index.get(members[0].sentence.start)
        if shape is None or at0 is None or members[0].status != "signed":
            continue
        common, sides = shape
        for later in sents[at0 + 1:at0 + 1 + LIST_SIGNERS_REACH]:
            if later.start in named:
                break  # a sentence of an agreement of its own
            if not _side_introduction(later):
                continue
            for span in _persons(s.analysis, later):
                found = _official_name(span, s.officials)
                x = _listed_side(s.officials, found, sides) if found else None
                if found and x is not None:
                    _give_signer(members, len(common), found, x)
    if drop:
        s.cands = [c for n, c in enumerate(s.cands) if n not in drop]


def _partner_signers_kept_apart(s: Mentions) -> None:
    """sig73: a signer whose post's body is one partner of a signed list split per partner
    signs that partner's agreement only, though the sentences after the list gave every
    member all the signers they tell: "Департамент заключил соглашения с колледжем и
    обществом глухих. Со стороны департамента оба документа подписал директор Орлов, от
    колледжа — директор колледжа Зайцева, от общества — председатель общества глухих
    Белов" gives the college's agreement Орлов and Зайцева, the society's Орлов and Белов.
    A signer of a shared side (Орлов), or whose body is no side or two sides
    (``_listed_side``), stays with every member. Linear: each group's signers once."""
    groups: dict[int, list[_Candidate]] = {}
    for c in s.cands:
        if c.group >= 0:
            groups.setdefault(c.group, []).append(c)
    for members in groups.values():
        shape = _list_shape(members) if len(members) >= 2 else None
        if shape is None or any(m.status != "signed" for m in members):
            continue
        common, sides = shape
        who = list(dict.fromkeys(n for m in members for n in m.signatories))
        own = {n: x - len(common) for n in who
               if (x := _listed_side(s.officials, n, sides)) is not None and x >= len(common)}
        if not own:
            continue
        for i, m in enumerate(members):
            m.signatories = [n for n in m.signatories if own.get(n, i) == i]


def _list_shape(members: list[_Candidate]) -> tuple[list[_Party], list[_Party]] | None:
    """The side all the members of a split list share and all the list's sides (the shared
    ones first, then each member's own partner in the members' order); None unless each
    member has exactly one side of its own."""
    # by name: a key holds a name's first words only, alike for "областная организация
    # общества инвалидов" and "... общества слепых"
    common = [p for p in members[0].parties
              if all(p.name in {q.name for q in m.parties} for m in members[1:])]
    names = {p.name for p in common}
    own = [[p for p in m.parties if p.name not in names] for m in members]
    if not common or any(len(o) != 1 for o in own):
        return None
    return common, common + [o[0] for o in own]


def _give_signer(members: list[_Candidate], shared: int, name: str, at: int) -> None:
    """The signer for the list's side ``at``: a shared side's signs every member (first),
    a partner's only that partner's member. Each member gets a list of its own (the
    members of one split may share one)."""
    for i, m in enumerate(members):
        if name in m.signatories:
            continue
        if at < shared:
            m.signatories = [name] + m.signatories
        elif at - shared == i:
            m.signatories = m.signatories + [name]


def _listed_side(officials: list[Official], name: str, sides: list[_Party]) -> int | None:
    """Which of the list's sides the signer's post names (``_list_signers_by_bodies``): the
    one the body is (``party_identity.body_is_side``: "СФР" for "Социальный фонд России";
    of several, the one sharing the most words with it), else the only side of the post's
    region ("Кабинет министров Чувашии" for "Правительство Чувашии"). None when no side
    or two sides are."""
    o = next((o for o in officials if o.name == name and o.organization), None)
    if o is None or o.organization is None:
        return None
    found = [n for n, p in enumerate(sides) if body_is_side(o.organization, p.name)]
    if len(found) > 1:
        # "региональное отделение Союза пенсионеров" is the union's branch, not the side
        # written "Отделение" alone: the side sharing the most words, if one does
        stems = body_stems(o.organization)
        shared = {n: len(stems & body_stems(sides[n].name)) for n in found}
        found = [n for n in found if shared[n] == max(shared.values())]
    if not found and o.region:
        found = [n for n, p in enumerate(sides) if o.region in p.regions]
    return found[0] if len(found) == 1 else None


def _regions_of(c: _Candidate) -> set[str]:
    return {r for p in c.parties for r in p.regions}


def headline_status_from_body(s: Mentions) -> None:
    """A headline without a tensed verb takes the status the body reports for the same
    sides ("Подписание соглашения между Омском и Томском" ... "подпишут в пятницу":
    planned), and a signed headline takes the body's status when the body reports the
    signing of its regions only as coming ("соглашение будет подписано в пятницу")
    (``status.headline_follows_body``, ``status.body_overrules_headline``)."""
    headline_follows_body(s.cands, lambda x: _is_headline(s.analysis, x), _regions_of)
    body_overrules_headline(s.cands, lambda x: _is_headline(s.analysis, x), _regions_of)


def quoted_relative_day(s: Mentions) -> None:
    """agr36: a day a quoted speaker calls "сегодня" or "вчера" is counted from the day of
    the speech, not of the news: in "Вчера министры подписали соглашение. ... «Соглашение,
    которое мы сегодня подписали, — это план работы», — отметила министр" the quote retells
    the signing the report dated already. The quoted mention of a signing after a dated one
    keeps no relative day of its own, so the two are one agreement."""
    dated = False
    for c in s.cands:
        if c.status == "signed" and dated and c.date is not None and \
                any(d.relative and d.value == c.date and in_speech(s.analysis.text, d.start)
                    for d in s.dates if c.sentence.start <= d.start < c.sentence.stop):
            c.date = None
        dated = dated or (c.status == "signed" and c.date is not None and
                          not in_speech(s.analysis.text, c.trigger.start))


def earlier_than_news(s: Mentions) -> None:
    """A signing dated by a month before the report's own signing is background: "В январе
    министерство уже заключило соглашение с соседней областью" beside today's signing is
    mentioned (status22; ``status.earlier_than_news``)."""
    _earlier_than_news(s.cands, s.published,
                       document_head(s.analysis.sentences, s.analysis.text), s.analysis.text)


def called_off_talks_go_on(s: Mentions) -> None:
    """statpool92: a signing called off or refused is still planned when the next
    sentences say the talks go on: "Подписание договора с заводом сорвалось. ... Переговоры
    продолжатся осенью" (``status.called_off_talks_go_on``)."""
    _called_off_talks_go_on(s.cands, s.analysis.sentences,
                            lambda x: ensure_parsed(x, s.models))


def ordinal_signed_later(s: Mentions) -> None:
    """An ordinal item of a list whose clause gives no status is signed when a later
    sentence of its paragraph reports it signed: "Второе соглашение связало Смоленщину с
    Калининградской областью. Со стороны министерства документ подписала ..." (r18fix;
    ``status.ordinal_signed_later``)."""
    _ordinal_signed_later(s.cands, s.analysis.sentences, s.analysis.text,
                          lambda x: ensure_parsed(x, s.models))
    # statC: an ordinal item signed with no day of its own takes the day of the count
    # ("13 ноября прошёл форум. ... заключены три соглашения. ... Второе соглашение ...")
    index = {sent.start: n for n, sent in enumerate(s.analysis.sentences)}
    for c in s.cands:
        n = index.get(c.sentence.start)
        if c.status != "signed" or c.date is not None or n is None:
            continue
        k = next((i for i, t in enumerate(c.sentence.tokens)
                  if t.start == c.trigger.start), None)
        if k is not None:
            c.date = counted_signing_day(s.analysis.sentences, n, k, s.dates)


def _tells_signing(sent: Sentence) -> bool:
    """A past, unnegated verb of signing, or signatures put under a document."""
    return signatures_under_document(sent) or any(
        t.lemma in SIGN_VERBS and t.feats.get("Tense") == "Past" and
        not negated(sent, v)
        for v, t in enumerate(sent.tokens))


def ordinal_signatures_later(s: Mentions) -> None:
    """agr30: a verbless ordinal item of a list ("Второй документ — с департаментом ...
    ЯНАО.") is signed by the persons a later sentence of its paragraph, before the list's
    next item, tells signing it: "Подписи под ним поставили С. Гаркуша и заместитель
    губернатора ЯНАО ...", "Его подписали министр ... и ...". Its status is set here when
    ``ordinal_signed_later`` (verbs of signing only) left it mentioned; its signers are the
    ones that sentence names (``agreements._named_signers``) when it has none."""
    starts = {x.start: n for n, x in enumerate(s.analysis.sentences)}
    for c in s.cands:
        if not c.ordinal or c.status not in {"mentioned", "signed"} or \
                c.status == "signed" and c.signatories or c.sentence.start not in starts or \
                any(t.lemma in SIGN_VERBS for t in c.sentence.tokens):
            continue
        n = starts[c.sentence.start]
        for later in s.analysis.sentences[n + 1:n + 1 + ORDINAL_SIGNING_REACH]:
            if "\n" in s.analysis.text[c.sentence.stop:later.start]:
                break  # another paragraph
            if any(t.lemma in ORDINALS for t in later.tokens[:2]):
                break  # the list's next item
            later = ensure_parsed(later, s.models)
            if c.status == "mentioned" and not signatures_under_document(later):
                continue
            if c.status == "signed" and not _tells_signing(later):
                continue
            c.status = "signed"
            c.signatories = c.signatories or _named_signers(s.analysis, later, s.officials,
                                                            s.models)
            break


def ordinal_signed_by_pronoun(s: Mentions) -> None:
    """agr76: a verbless ordinal item standing for its noun, whose own sentence then signs
    it by a pronoun ("Первое соглашение министр подписал с центром «Опора». Второе — с
    обществом «Надежда», его подписала председатель общества"), is the second signing of
    the same occasion: signed, on the first item's day, and with the side the first item
    shares with it (the first's sides outside its own "с" partner's phrase: the
    министерство). Before, the item stayed a mention that joined an older agreement. The
    pronoun is a third-person accusative object of a past verb of signing (morphology and
    parse); the first item is the nearest signed ordinal before it."""
    prior: _Candidate | None = None
    for c in s.cands:
        toks = c.sentence.tokens
        k = _k(c)
        if c.ordinal and c.status == "signed" and len(c.parties) >= 2 and \
                0 <= k < len(toks) and toks[k].lemma not in ORDINALS:
            prior = c
            continue
        if prior is None or not c.ordinal or c.status != "mentioned" or \
                not 0 <= k < len(toks) or toks[k].lemma not in ORDINALS or \
                not c.sentence.parsed or not _signed_by_pronoun(c.sentence):
            continue
        c.status = "signed"
        c.date = c.date or prior.date
        shared = _outside_partner(prior)
        keys = {p.key for p in c.parties}
        c.parties = c.parties + [p for p in shared if p.key not in keys]


def _signed_by_pronoun(sent: Sentence) -> bool:
    """Does a past verb of signing take a third-person pronoun for its object ("его
    подписал ...")?"""
    toks = sent.tokens
    return any(t.pos == "PRON" and t.feats.get("Person") == "3" and
               t.feats.get("Case") == "Acc" and t.rel == "obj" and
               0 <= t.head < len(toks) and toks[t.head].lemma in SIGN_VERBS and
               toks[t.head].feats.get("Tense") == "Past" for t in toks)


def _outside_partner(c: _Candidate) -> list[_Party]:
    """The sides of a mention outside the phrase of its "с" partner: "министр подписал
    соглашение с обществом инвалидов" keeps the министерство (read from the signer),
    not the общество nor a side named inside its phrase or its name ("Всероссийское
    общество слепых" of "Тверская организация Всероссийского общества слепых")."""
    sent = c.sentence
    toks = sent.tokens
    partner = [p for p in c.parties if sent.start <= p.start < sent.stop and
               0 < _token_index(sent, p.start) <= len(toks) and
               toks[_token_index(sent, p.start) - 1].lemma in PARTNER_PREPOSITIONS]
    def stems(p: _Party) -> set[str]:
        return {w.lower()[:5] for w in p.name.split()}

    return [p for p in c.parties if p not in partner and
            not any(q.start <= p.start < q.stop or stems(p) <= stems(q) for q in partner)]


def accord_on_signing(s: Mentions) -> None:
    """agr34: an accord reached on signing an agreement is that agreement's plan, not a
    second agreement: "Правительства X и Y достигли договорённости о подписании соглашения
    о сотрудничестве", "достигнута договоренность о заключении соглашения" (the accord noun
    governs a signing noun that governs the agreement noun of another mention; read from the
    parse). The accord's mention goes, the agreement's stays, with the sides of both."""
    inner: dict[tuple[int, int], _Candidate] = {}
    for c in s.cands:
        inner[(c.sentence.start, c.trigger.start)] = c
    kept = []
    for c in s.cands:
        other = _signed_through(c, s.models) if c.trigger.lemma in ACCORD_NOUNS else None
        target = inner.get((c.sentence.start, other)) if other is not None else None
        if target is None or target is c:
            kept.append(c)
            continue
        keys = {p.key for p in target.parties}
        target.parties = target.parties + [p for p in c.parties if p.key not in keys]
    s.cands = kept


def _signed_through(c: _Candidate, models: Models) -> int | None:
    """The start of the agreement noun an accord noun governs through a signing noun
    ("договорённость о подписании соглашения"), or None."""
    sent = ensure_parsed(c.sentence, models)
    toks = sent.tokens
    k = _k(c)
    for n in sent.children(k):
        if toks[n].lemma not in SIGN_NOUNS:
            continue
        for m in sent.children(n):
            if toks[m].lemma in TRIGGERS and toks[m].lemma not in ACCORD_NOUNS:
                return toks[m].start
    return None


def absent_agreements(s: Mentions) -> None:
    """An agreement said not to exist is no mention at all: "но соглашений с ними у
    министерства нет", "районы работают без соглашения" (``status.absent_agreement``)."""
    kept = []
    for c in s.cands:
        if not absent_agreement(c.sentence, _k(c)):
            kept.append(c)
        elif _absent_yet_to_sign(s, c):  # agr30
            c.status = "planned"
            kept.append(c)
    s.cands = kept


def _absent_yet_to_sign(s: Mentions, c: _Candidate) -> bool:
    """agr30: an agreement said to be absent "yet", whose signing the same sentence or the
    next one promises, is planned: "Отдельного соглашения с министерством ЛНР у нас пока
    нет ... Если луганские коллеги поддержат, подпишем его в течение года". A word of
    "not yet" next to the word of absence, then a future (or perfective non-past) verb of
    signing after the noun."""
    sent = c.sentence
    toks = sent.tokens
    k = _k(c)
    h = toks[k].head
    if not 0 <= h < len(toks) or not any(
            toks[i].lemma in NOT_YET for i in range(max(0, h - 2), h)) and not any(
            toks[x].lemma in NOT_YET for x in sent.children(h)):
        return False
    index = {x.start: n for n, x in enumerate(s.analysis.sentences)}
    n = index.get(sent.start)
    after = toks[k + 1:] + (s.analysis.sentences[n + 1].tokens
                            if n is not None and n + 1 < len(s.analysis.sentences) else [])
    return any(t.lemma in SIGN_VERBS and (future_form(t) or perfective_present(t))
               for t in after)


def disowned_sphere(s: Mentions) -> None:
    """extra44: a mention its own clause says is not of the social sphere is dropped, with
    the sides it gathered, before merging (it would join the story's agreement): "Пятое
    соглашение к социальной сфере не относится: край и авиакомпания договорились о новых
    рейсах" (``agreements.sphere_disowned``)."""
    s.cands = [c for c in s.cands if not sphere_disowned(c)]


def draft_dates(s: Mentions) -> None:
    """The day a side-less draft was approved is no date of the agreement it drafts:
    "Соглашение ... подпишут в июле. Проект соглашения одобрен в апреле."
    (``agreements.draft_of_named``)."""
    for c in s.cands:
        if not c.parties and draft_of_named(c.sentence, _k(c)):
            c.date = None


def nested_agreement_sides(s: Mentions) -> None:
    """The sides named under another agreement noun of the clause are that older
    agreement's: "Соглашение заключено в развитие соглашения между правительствами X и Y,
    подписанного в 2022 году" leaves the new one without sides (r17st;
    ``status.parties_of_nested_agreement``)."""
    for c in s.cands:
        if c.parties and parties_of_nested_agreement(
                c.sentence, _k(c), [(p.start, p.stop) for p in c.parties]):
            c.parties = []
        elif c.parties:  # status56: the sides a later "когда" clause tells signing
            inside = sides_of_when_clause(c.sentence, _k(c),
                                          [(p.start, p.stop) for p in c.parties])
            if any(inside):
                c.parties = [p for p, x in zip(c.parties, inside, strict=True) if not x]


def merged_bodies_no_sides(s: Mentions) -> None:
    """agr61: the bodies a noun of merging governs are what was merged, not sides of the
    agreement the sentence names: "С весны, после слияния городского управления соцзащиты
    и районного центра занятости, все права по договору с колледжем взяло новое
    ведомство" tells what became of an agreement's side, not a signing of the two bodies
    (``agreement_sides.merged_bodies``). Such a mention tells the fate of an agreement the
    page told before, and neither a signing nor sides of its own (the body the duties
    passed to, "новое ведомство", is a side's heir): it is dropped with the sides it
    gathered before merging, as ``disowned_sphere`` drops its mentions (kept, as a bare
    mention, it took the story's sides and the merger's date as a signing's)."""
    def merger(c: _Candidate) -> bool:
        if not c.parties or not any(t.lemma in MERGER_NOUNS for t in c.sentence.tokens):
            return False  # rare: the sentence is parsed only when it has such a noun
        sent = ensure_parsed(c.sentence, s.models)
        return any(merged_bodies(sent, [(p.start, p.stop) for p in c.parties]))

    s.cands = [c for c in s.cands if not merger(c)]


def visitors_of_framed_visit(s: Mentions) -> None:
    """agr87: an agreement with one side, named as the frame of a visit ("Визит прошёл в
    рамках соглашения с министерством Пермского края"), has for its other side the body
    of the visitors the sentence before names as the subject of coming: "Специалисты
    министерства Удмуртской Республики побывали в Перми." Only a mention; only one body
    of another region in that subject."""
    index = {x.start: n for n, x in enumerate(s.analysis.sentences)}
    for c in s.cands:
        sent, k = c.sentence, _k(c)
        n = index.get(sent.start)
        if c.status != "mentioned" or len(c.parties) != 1 or not sent.parsed or \
                n is None or n == 0 or not _framed(sent, k):
            continue
        toks = sent.tokens
        v = toks[toks[k].head].head
        if not 0 <= v < len(toks) or not any(
                toks[x].rel == "nsubj" and toks[x].lemma in VISIT_NOUNS
                for x in sent.children(v)):
            continue
        prev = ensure_parsed(s.analysis.sentences[n - 1], s.models)
        pt = prev.tokens
        verbs = [i for i, t in enumerate(pt) if t.head < 0 and t.lemma in VISITING_VERBS]
        subj = [x for v0 in verbs for x in prev.children(v0) if pt[x].rel == "nsubj"]
        if len(subj) != 1:
            continue
        under = subtree(prev, subj[0])
        lo, hi = pt[min(under)].start, pt[max(under)].stop
        partner = c.parties[0]
        found = [p for p in _parties_in(s.analysis, s.models, prev, 0, len(pt), s.regions)
                 if lo <= p.start < hi and p.regions and p.regions != partner.regions]
        if len({p.key for p in found}) == 1:
            c.parties = [found[0], partner]


def new_edition_sides(s: Mentions) -> None:
    """agr87: a plan of a new wording of an agreement ("новую редакцию соглашения") naming
    one side only is between the sides of the latest agreement told before that holds
    that side: "Договор с министерством Марий Эл работает давно. Осенью министерство
    намерено утвердить новую редакцию договора" is the ministry and the Mari ministry, a
    planned document of its own."""
    for n, c in enumerate(s.cands):
        sent, k = c.sentence, _k(c)
        if c.status != "planned" or len(c.parties) != 1 or not sent.parsed or \
                k >= len(sent.tokens):
            continue
        toks = sent.tokens
        h = toks[k].head
        if not 0 <= h < len(toks) or toks[h].lemma not in EDITION_NOUNS or \
                not any(toks[x].lemma in NEW_WORDS for x in sent.children(h)):
            continue
        own = c.parties[0].key
        prior = next((x for x in reversed(s.cands[:n]) if len(x.parties) == 2 and
                      x.trigger.start < c.trigger.start and
                      any(p.key == own for p in x.parties)), None)
        if prior is not None:
            c.parties = list(prior.parties)


def bare_anaphor(s: Mentions) -> None:
    """A bare singular "Соглашение" subject of no signing, whose sides were all found
    before its clause, is the agreement told before: "«Соглашение позволит выстроить эту
    работу системно», — подчеркнула министр" names no sides and joins it (r17st;
    ``status.bare_anaphor_sides``). Runs after ``nested_agreement_sides``: a mention it
    cleared has no sides to read."""
    for c in s.cands:
        if c.parties and bare_anaphor_sides(
                c.sentence, _k(c), [(p.start, p.stop) for p in c.parties]):
            c.parties = []


def plan_partners(s: Mentions) -> None:
    """A plan that found only the speaker's side takes the partner its clause names with
    "с": "Мы договорились с министерством Якутии подготовить соглашение" (r17st;
    ``status.missed_partners``). Runs after the two passes that clear sides: a mention
    they cleared gets no partner here."""
    for c in s.cands:
        if c.parties and c.status == "planned":
            c.parties += [_Party(s.analysis.text[a:b], _region_at(s.regions, a, b), a, b, s.models)
                          for a, b in missed_partners(
                              c.sentence, _k(c), _regions_of(c),
                              lambda a, b: _region_at(s.regions, a, b))]


def bodies_told_or_addressed(s: Mentions) -> None:
    """A side-less "соглашение ... между комитетами" is between the two committees the
    sentences before introduce, and a side-less draft "направлен смоленским коллегам" is
    planned between the reporting official's body and the addressees' body (r18fix;
    ``_bodies_told_before``, ``draft_sent_to_colleagues``). One pass: the draft's partner
    is looked up among the sides found so far, the told bodies of earlier mentions
    included and of later ones not. agr34: "между парламентами" naming no body of its own
    is between the sides told last (``_sides_of_last_told``)."""
    for c in s.cands:
        if not c.parties:
            c.parties = _bodies_told_before(s.analysis, s.models, c.sentence, _k(c), s.regions,
                                            s.officials)
        if not c.parties and c.status == "planned":
            c.parties = draft_sent_to_colleagues(
                c.sentence, _k(c), s.regions, s.officials,
                [p for x in s.cands for p in x.parties], s.models)
        if not c.parties:
            c.parties = _sides_of_last_told(s, c)


def _sides_of_last_told(s: Mentions, c: _Candidate) -> list[_Party]:
    """agr34: a side-less agreement "между парламентами", "между ведомствами", "между
    сторонами" (a plural body noun with no name of its own under "между") is between the
    sides of the agreement told last before it: "Председатели Думы X и Собрания Y подписали
    соглашение ... Ранее между парламентами действовало соглашение 2016 года" (the older
    one keeps its own date and status, so it stays a record of its own). Not a mention set
    apart ("отдельным соглашением между комитетами"): that one is another agreement."""
    if c.distinct:
        return []  # "закрепить договорённости отдельным соглашением между комитетами"
    sent = ensure_parsed(c.sentence, s.models)
    toks = sent.tokens
    k = _k(c)
    if not 0 <= k < len(toks):
        return []
    unnamed = False
    for i in range(max(0, k - BETWEEN_REACH), min(len(toks), k + BETWEEN_REACH + 1)):
        t = toks[i]
        if t.lemma in ORG_HEADS | UNNAMED_SIDES_PLURALS and t.feats.get("Number") == "Plur" \
                and not any(toks[x].rel in {"nmod", "amod", "appos"}
                            for x in sent.children(i)) \
                and any(toks[x].rel == "case" and toks[x].lemma in BETWEEN_PREPOSITIONS
                        for x in sent.children(i)):
            unnamed = True
        elif _two_holders(sent, i):
            unnamed = True
    if not unnamed and _sides_as_subject(sent, k):
        unnamed = True
    if not unnamed:
        return []
    before = [x for x in s.cands if x.trigger.start < c.trigger.start and len(x.parties) >= 2
              and all(p.regions for p in x.parties)]
    return list(before[-1].parties) if before else []


def _sides_as_subject(sent: Sentence, k: int) -> bool:
    """agr87: the agreement's signing verb, or the verb of agreeing or planning it hangs
    on, has a bare plural "стороны" for subject: "После переговоров стороны решили
    заключить ещё одно соглашение" names the sides of the agreement told before it.
    Not "стороны" with words of their own ("стороны соглашения", "обе стороны форума")."""
    toks = sent.tokens
    path = _predicate_path(sent, k)
    v = path[-1]
    if len(path) < 2 or toks[v].lemma not in SIGN_VERBS:
        return False
    verbs = [v] + ([toks[v].head] if toks[v].rel == "xcomp" and toks[v].head >= 0 else [])
    return any(toks[x].rel == "nsubj" and toks[x].lemma == "сторона" and
               toks[x].feats.get("Number") == "Plur" and
               not any(toks[y].rel in {"nmod", "amod", "appos"} for y in sent.children(x))
               for u in verbs for x in sent.children(u))


def _two_holders(sent: Sentence, i: int) -> bool:
    """agr87: token i is a plural body noun counted two under "у", the sides that hold
    the agreement: "Прежде у обоих министерств имелось соглашение о стажировках" (after
    "Министерство области и агентство края подпишут соглашение") is between those two. No
    name of its own ("у двух ведомств края" names bodies of one region) and the count
    "два" or "оба" as its own word, not a number of years or documents."""
    toks = sent.tokens
    t = toks[i]
    if t.lemma not in ORG_HEADS | UNNAMED_SIDES_PLURALS or t.feats.get("Number") != "Plur":
        return False
    kids = sent.children(i)
    return any(toks[x].rel == "case" and toks[x].lemma in POSSESSOR_PREPOSITIONS
               for x in kids) and \
        any(toks[x].rel == "nummod" and (NUMBER_WORDS.get(toks[x].lemma) == 2 or
                                          toks[x].lemma == "оба") for x in kids) and \
        not any(toks[x].rel in {"nmod", "amod", "appos"} for x in kids)


def draft_sent_between(s: Mentions) -> None:
    """agr34: a draft one body sends another is planned between the sender and the
    addressee: "Отделение СФР по Республике Башкортостан направило на согласование в
    Отделение СФР по Челябинской области проект соглашения", "Министерство X передало
    министерству Y проект договора" (the subject of the verb of sending the draft noun
    hangs from, and its addressee under "в" or in the dative, from the parse)."""
    for c in s.cands:
        if len(c.parties) >= 2:
            continue
        found = _sender_and_addressee(s, c)
        if len(found) == 2 and found[0].key != found[1].key:
            c.parties = found


def _sender_and_addressee(s: Mentions, c: _Candidate) -> list[_Party]:
    sent = ensure_parsed(c.sentence, s.models)
    toks = sent.tokens
    k = _k(c)
    if not 0 <= k < len(toks):
        return []
    d = toks[k].head
    if not 0 <= d < len(toks) or toks[d].lemma not in DRAFT_NOUNS or \
            toks[d].rel not in {"obj", "nsubj:pass"}:
        return []
    v = toks[d].head
    if not 0 <= v < len(toks) or toks[v].lemma not in DRAFT_SEND_VERBS:
        return []
    kids = sent.children(v)
    if toks[d].rel == "nsubj:pass":
        return _drafter_and_addressee(s, sent, v)
    subj = next((x for x in kids if toks[x].rel == "nsubj" and x < v), None)
    to = next((x for x in kids if x > v and toks[x].pos in {"NOUN", "PROPN"} and (
        toks[x].feats.get("Case") == "Dat" and not any(
            toks[y].rel == "case" for y in sent.children(x)) or
        toks[x].feats.get("Case") == "Acc" and any(
            toks[y].rel == "case" and toks[y].lemma in ADDRESS_PREPOSITIONS
            for y in sent.children(x)))), None)
    if subj is None or to is None:
        return []
    after = [x for x in kids if x > to and toks[x].rel != "punct"]
    stop = min(after) if after else len(toks)
    under = subtree(sent, subj)
    sender = _parties_in(s.analysis, s.models, sent, under[0], v, s.regions)
    # the addressee's phrase from its first word: "в Череповецкий государственный
    # университет" (the parse hangs the name's adjectives before its head noun)
    addressee = _parties_in(s.analysis, s.models, sent, subtree(sent, to)[0], stop, s.regions)
    if len(sender) != 1 or len(addressee) != 1:
        return []
    return sender + addressee


def _drafter_and_addressee(s: Mentions, sent: Sentence, v: int) -> list[_Party]:
    """agr50: a draft sent in the passive, its sender the drafter the sentence before names:
    "Министерство готовит ещё один документ. Проект соглашения об информационном
    взаимодействии направлен в Отделение Социального фонда ..." (the subject of a verb of
    drafting, ``SIDE_DRAFTING_VERBS``, in the previous sentence; the addressee under "в"
    of the sending verb at ``v``). One of each, or nothing."""
    toks = sent.tokens
    at = next((n for n, x in enumerate(s.analysis.sentences) if x.start == sent.start), 0)
    if at == 0:
        return []
    before = ensure_parsed(s.analysis.sentences[at - 1], s.models)
    bt = before.tokens
    drafter = next((x for n, t in enumerate(bt) if t.lemma in SIDE_DRAFTING_VERBS
                    for x in before.children(n) if bt[x].rel == "nsubj"), None)
    to = next((x for x in sent.children(v) if x > v and toks[x].pos in {"NOUN", "PROPN"} and
               any(toks[y].rel == "case" and toks[y].lemma in ADDRESS_PREPOSITIONS
                   for y in sent.children(x))), None)
    if drafter is None or to is None:
        return []
    under = subtree(before, drafter)
    sender = _parties_in(s.analysis, s.models, before, under[0], under[-1] + 1, s.regions)
    if not sender and len(under) == 1 and bt[drafter].lemma in ORG_HEADS:
        # "министерство готовит ...": the nearest body of that head noun named before
        sender = _body_of_head_before(s, at - 1, bt[drafter].lemma)
    after = [x for x in sent.children(v) if x > to and toks[x].rel != "punct"]
    stop = min(after) if after else len(toks)
    addressee = _parties_in(s.analysis, s.models, sent, subtree(sent, to)[0], stop, s.regions)
    if len(sender) != 1 or len(addressee) != 1:
        return []
    return sender + addressee


def _body_of_head_before(s: Mentions, at: int, lemma: str) -> list[_Party]:
    """agr50: the body a bare head noun of sentence ``at`` stands for, the nearest one named
    before with that head noun opening its name ("В Министерстве труда и социального
    развития Республики Дагестан прошёл круглый стол ... министерство готовит ещё один
    документ"); read only for a draft sent in the passive, so at most once a mention."""
    for sent in reversed(s.analysis.sentences[:at + 1]):
        if not any(t.lemma == lemma for t in sent.tokens):
            continue
        for p in reversed(_parties_in(s.analysis, s.models, sent, 0, len(sent.tokens),
                                      s.regions)):
            i = _token_index(sent, p.start)
            if 0 <= i < len(sent.tokens) and sent.tokens[i].lemma == lemma:
                return [p]
    return []


def _group_post_subject(sent: Sentence, k: int) -> int | None:
    """The plural post that is the subject of the agreement noun's clause ("Главы" of
    "Главы подписали соглашение", "Министры" of "Министры договорились подготовить
    соглашение"), read from the parse: a plural nominal subject of a verb the noun hangs
    from, whatever the word order ("Соглашение подписали главы")."""
    toks = sent.tokens
    if not sent.parsed or not 0 <= k < len(toks):
        return None
    above: set[int] = set()
    n = toks[k].head
    while 0 <= n < len(toks) and n not in above and len(above) < len(toks):
        above.add(n)
        n = toks[n].head
    for i, t in enumerate(toks):
        if t.lemma not in GROUP_POST_NOUNS or t.feats.get("Number") != "Plur":
            continue
        if t.rel in {"nsubj", "nsubj:pass"} and t.head in above:
            return i
        # the parse hangs a fronted object's genitive on the subject ("Соглашение о
        # поддержке ветеранов главы планируют подписать"): a nominative plural right
        # before a plural finite verb the noun hangs from is that verb's subject
        if t.feats.get("Case") == "Nom" and i + 1 in above and \
                toks[i + 1].feats.get("VerbForm") == "Fin" and \
                toks[i + 1].feats.get("Number") == "Plur":
            return i
    return None


def _officials_before(s: Mentions, sent: Sentence, stop: int, post: str) -> list[Official]:
    """The officials with a body introduced in the few sentences before ``stop`` whose post
    opens with ``post`` (any post for "руководители"), one per body, in text order."""
    at = next((n for n, x in enumerate(s.analysis.sentences) if x.start == sent.start), None)
    if at is None:
        return []
    lo = s.analysis.sentences[max(0, at - GROUP_POST_REACH)].start
    found: list[Official] = []
    for o in sorted(s.officials, key=lambda o: o.evidence.start):
        if not o.organization or not lo <= o.evidence.start < stop:
            continue
        head = (o.position or "").split(" ", 1)[0].lower()
        if post not in GROUP_ANY_POST and head != post:
            continue
        if all(f.organization != o.organization for f in found):
            found.append(o)
    return found


def group_post_sides(s: Mentions) -> None:
    """agr30: a side-less agreement whose clause's subject is a plural post is between the
    bodies of the officials of that post introduced just before: "Глава Котласского округа
    Андрей Заволжский и глава Вилегодского округа Светлана Аксенова обсудили ... Главы
    договорились подготовить соглашение" → the two districts; a signing takes them as its
    signers too. Two bodies at least, else nothing."""
    for c in s.cands:
        if c.parties:
            continue
        sent = ensure_parsed(c.sentence, s.models)
        i = _group_post_subject(sent, _k(c))
        if i is None:
            continue
        who = _officials_before(s, sent, sent.tokens[i].start, sent.tokens[i].lemma)
        if len(who) < 2:
            continue
        c.parties = [_Party(o.organization or "", [o.region] if o.region else
                            _region_at(s.regions, o.evidence.start, o.evidence.end)[:1],
                            o.evidence.start, o.evidence.end, s.models) for o in who]
        if c.status == "signed" and not c.signatories:
            c.signatories = [o.name for o in who]


def framing_agreement_sides(s: Mentions) -> None:
    """agrbg: the sides named after a second agreement noun that frames the first ("в
    рамках соглашения ...") are the framing agreement's, not the first's: "Соглашение между
    министерством и департаментом заключено в рамках соглашения о сотрудничестве между
    Правительством Новгородской области и Правительством Брянской области" leaves the
    first without sides, so it joins the report it is part of (a bare mention)."""
    by_sentence: dict[int, list[_Candidate]] = {}
    for c in s.cands:
        by_sentence.setdefault(c.sentence.start, []).append(c)
    for group in by_sentence.values():
        for c in group:
            if not c.parties:
                continue
            frames = [d for d in group if d.trigger.start > c.trigger.start and
                      _framed(c.sentence, _k(d))]
            if frames and all(p.start >= frames[0].trigger.start for p in c.parties):
                c.parties = []


def _framed(sent: Sentence, k: int) -> bool:
    """The agreement noun at k stands under a frame noun: "в рамках соглашения"."""
    toks = sent.tokens
    return 0 <= k < len(toks) and toks[k].rel == "nmod" and \
        0 <= toks[k].head < len(toks) and toks[toks[k].head].lemma in BACKGROUND_FRAMES


def implemented_agreement(s: Mentions) -> None:
    """agrbg: an agreement noun under a noun of implementing it ("рабочая группа по
    реализации соглашения") is the agreement told before; bodies the sentence names
    elsewhere (a greeting official's council and department) are no sides of it: "Участников
    приветствовала председатель Общественного совета при департаменте ..., которая
    предложила включить НКО в рабочую группу по реализации соглашения" joins the report's
    agreement as a bare mention. Only for sides the sentence names, none inside the
    implementing phrase ("Стороны намерены подписать дорожную карту по реализации
    соглашения" keeps the sides "стороны" stands for)."""
    for c in s.cands:
        sent = c.sentence
        if not c.parties or not sent.parsed:
            continue
        k = _k(c)
        toks = sent.tokens
        if k >= len(toks) or toks[k].rel != "nmod" or not 0 <= toks[k].head < len(toks) or \
                toks[toks[k].head].lemma not in IMPLEMENT_NOUNS:
            continue
        phrase = sorted(subtree(sent, toks[k].head))
        lo, hi = toks[phrase[0]].start, toks[phrase[-1]].stop
        if all(sent.start <= p.start < sent.stop and not lo <= p.start < hi
               for p in c.parties):
            c.parties = []  # sides "стороны" stands for are the sentence's own: kept


def background_sides(s: Mentions) -> None:
    """agrbg: a recalled agreement whose sides are told by the clause around its noun rather
    than inside it takes them from the parse: the subject of a relative clause that signed
    it ("соглашения о шефской помощи, которое Тверская область и Луганская Народная
    Республика заключили ещё в 2022 году"), the subject and "с" partner of the verb of
    working together it frames ("с Карелией министерство сотрудничает в рамках соглашения",
    "министерства двух регионов работают по соглашению 2020 года"), or the sides counted by
    "между министерствами ... двух республик", or, beside the one side found, the partner of
    the clause a colon elaborates ("Давно работаем с Чувашией: соглашение между нашими
    министерствами действует с 2020 года"), or the subject of that clause and the noun's own
    "с" partner ("Область уже реализует такие проекты: с 2024 года действует соглашение с
    Республикой Беларусь"). Anaphoric sides resolve to the bodies the
    document names (``_resolved_side``). Only for a background mention (``mentioned``)
    with fewer than two sides, and only when two sides or more result."""
    for c in s.cands:
        if c.status != "mentioned" or len(c.parties) >= 2 or not c.sentence.parsed:
            continue
        sent, k = c.sentence, _k(c)
        if k >= len(sent.tokens):
            continue
        toks = sent.tokens
        subjects, partners = side_passes.cooperation_frame(sent, k)
        shapes = [side_passes.relative_clause_subjects(sent, k), subjects + partners,
                  [x for x in [*sent.children(k), *(y for x in sent.children(k)
                                                     if toks[x].rel == "nmod"
                                                     for y in sent.children(x))]
                   if toks[x].rel == "nmod" and any(
                       toks[y].rel == "case" and toks[y].lemma in BETWEEN_PREPOSITIONS
                       for y in sent.children(x))][:1]]
        if len(c.parties) == 1:  # "работаем с X: соглашение между нашими министерствами"
            shapes.append(side_passes.colon_cooperation_partners(sent, k))
        if not c.parties:  # "X уже реализует такие проекты: действует соглашение с Y"
            owners, named = side_passes.colon_owner_and_partners(sent, k)
            shapes.append(owners + named)
        if not (subjects and partners):
            # rec92: "центр сотрудничает с больницей: соглашение, заключённое в 2021 году"
            subjects, partners = side_passes.colon_cooperation_frame(sent, k)
            shapes.append(subjects + partners)
        for nodes in shapes:
            if not nodes:
                continue
            # agr57: "X сотрудничает с Y": two sides even within one region
            frame = bool(subjects and partners) and nodes == subjects + partners
            found: list[_Party] = []
            for n in nodes:
                got = _resolved_side(s, c, n)
                if not got and frame and n in subjects:
                    continue  # agr44: a subject no body resolves; the partner may still be
                if not got:
                    found = []
                    break
                found += [p for p in got if all(p.key != q.key for q in found)]
            held = {r for p in found for r in p.regions}
            found += [p for p in c.parties if all(p.key != q.key for q in found) and
                      not (p.regions and set(p.regions) <= held)]
            if frame and not c.parties and found and \
                    own_frame_partner(s, c, subjects, partners, found):
                c.parties = found  # agr44: the frame's own named partner, alone
                if c.date is None:
                    c.date = _clause_year(s, sent, nodes, k)
                break
            if len(found) >= 2 and (frame or len({tuple(p.regions) for p in found}) >= 2):
                c.parties = found
                if c.date is None:  # "..., которое X и Y заключили в 2022 году"
                    c.date = _clause_year(s, sent, nodes, k)
                break


def own_frame_partner(s: Mentions, c: _Candidate, subjects: list[int], partners: list[int],
                      found: list[_Party]) -> bool:
    """agr44: a recalled agreement framing a verb of working together keeps the verb's "с"
    partner as its own side, though the subject names no body the document resolves
    ("региональное отделение фонда", a description): "с 2022 года региональное отделение
    фонда сотрудничает с Энским отделением общества «Милосердие»: по этому соглашению
    добровольцы ..." is an agreement with the society. Only when every partner
    resolves and no side found was told by another mention of the document (the partner
    must be the record's own: a side of the story's agreement is that agreement's)."""
    sent = c.sentence
    own = [p for n in partners for p in _resolved_side(s, c, n)]
    if not own or len(own) < len(partners) or len(found) > len(subjects) + len(partners):
        return False
    others = {p.key for x in s.cands if x is not c for p in x.parties}
    return all(p.key not in others for p in own) and \
        all(sent.start <= p.start < sent.stop for p in own)


def counted_signing_subject(s: Mentions) -> None:
    """agr87: a mention with no side whose signing verb has for subject the bodies of a
    count of two places takes the bodies of the two regions named before
    (``_resolved_side``): "Жители Тверской и Смоленской областей смогут ... Соглашение
    сегодня подписали министерства двух областей" is between the two ministries. Any
    status; only when two sides of two regions result."""
    for c in s.cands:
        sent = c.sentence
        if c.parties or not sent.parsed:
            continue
        k = _k(c)
        if k >= len(sent.tokens):
            continue
        path = _predicate_path(sent, k)
        v = path[-1]
        if len(path) < 2 or sent.tokens[v].lemma not in SIGN_VERBS:
            continue
        toks = sent.tokens
        subjects = [x for x in sent.children(v) if toks[x].rel in {"nsubj", "nsubj:pass"}
                    and x != k and toks[x].feats.get("Number") == "Plur" and any(
                        toks[y].lemma in COUNTED_PLACE_NOUNS for y in sent.children(x))]
        if len(subjects) != 1:
            continue
        found = _resolved_side(s, c, subjects[0])
        if len(found) == 2 and len({tuple(p.regions) for p in found}) == 2 and \
                all(p.regions for p in found):
            head = toks[subjects[0]].lemma
            c.parties = [_body_of_kind(s, p, head) for p in found]


def declared_sides_with_partner(s: Mentions) -> None:
    """agr87: an agreement whose adjective declares more sides than it names, all named
    after its noun as its partner ("трёхсторонний договор с фабрикой «Заря»"), is
    between that partner and the sides of the agreement told last before it, when those
    make up the count: "Министерства двух областей подписали соглашение ... Потом
    готовится трёхсторонний договор с фабрикой «Заря»" is between the two ministries and
    the factory (the latest signing or plan, over an agreement recalled between them).
    One partner (its names one within the other counted once); the sides before share no
    key with it and each names a region."""
    for n, c in enumerate(s.cands):
        sent = c.sentence
        toks = sent.tokens
        k = _k(c)
        if not c.parties or k >= len(toks) or \
                any(p.start < c.trigger.stop or p.start >= sent.stop for p in c.parties):
            continue
        declared = next((SIDE_COUNT_WORDS[t.lemma] for t in toks[max(0, k - 3):k]
                         if t.lemma in SIDE_COUNT_WORDS), None)
        words = [set(re.findall(r"[а-яёa-z0-9]+", p.name.lower())) for p in c.parties]
        partner = min(c.parties, key=lambda p: len(p.name))
        if declared is None or not all(words[0] <= w or w <= words[0] for w in words):
            continue
        before = [x for x in s.cands[:n] if x.trigger.start < c.trigger.start and
                  len(x.parties) >= 2]
        if not before:
            continue
        # the latest signing or plan that names bodies, not an agreement recalled nor the
        # regions a restatement names bare
        places = {r.name for r in s.regions}
        prior = next((x.parties for x in reversed(before) if x.status != "mentioned" and
                      not all(p.name in places for p in x.parties)), before[-1].parties)
        if len(prior) != declared - 1 or not all(p.regions for p in prior) or \
                any(p.key == q.key for p in prior for q in c.parties):
            continue
        c.parties = [*prior, partner]


def _body_of_kind(s: Mentions, side: _Party, head: str) -> _Party:
    """A region standing for its body of kind ``head`` ("министерство") is the one body of
    that kind and region the document names anywhere, as a side or an official's body;
    the region itself when it names none or several."""
    if len(side.regions) != 1 or side.name.lower().split()[:1] == [head]:
        return side
    code = side.regions[0]
    named = {p.key: p for x in s.cands for p in x.parties
             if p.regions == [code] and p.name.lower().split()[:1] == [head]}
    for o in s.officials:
        if o.organization and o.region == code and \
                o.organization.lower().split()[:1] == [head]:
            body = _Party(o.organization, [code], o.evidence.start, o.evidence.end, s.models)
            named.setdefault(body.key, body)
    return next(iter(named.values())) if len(named) == 1 else side


def _clause_year(s: Mentions, sent: Sentence, nodes: list[int], k: int) -> str | None:
    """The one date inside the agreement noun's phrase or the clause that told its sides
    ("по соглашению 2020 года", "которое ... заключили ещё в 2023 году"); None when there
    is none or several."""
    toks = sent.tokens
    heads = {k} | {toks[n].head for n in nodes if 0 <= toks[n].head < len(toks)}
    spans = [(toks[min(u)].start, toks[max(u)].stop)
             for u in (subtree(sent, h) for h in heads) if u]
    values = {d.value for d in s.dates if d.value and not d.relative and
              any(a <= d.start < b for a, b in spans)}
    return values.pop() if len(values) == 1 else None


def _resolved_side(s: Mentions, c: _Candidate, n: int) -> list[_Party]:
    """The side token n of the candidate's sentence names: a body or region phrase the
    sentence names there; "министерства двух субъектов" → the bodies of that kind of the
    two regions the document named before (none unless exactly two); a bare singular
    "министерство" → the body of that head the document names first with a region. An
    empty list when the token names no side it can resolve."""
    sent = c.sentence
    toks = sent.tokens
    t = toks[n]
    if t.lemma in REGION_NOUNS and t.feats.get("Number") == "Plur":
        # "Тамбовская и Воронежская области": each region its adjectives name
        span = sorted(subtree(sent, n))
        lo, hi = toks[span[0]].start, toks[span[-1]].stop
        named = [r for r in s.regions if any(lo <= m.start < hi for m in r.mentions)]
        return [_Party(r.name, [r.code], lo, hi, s.models) for r in named] \
            if len(named) >= 2 else []
    known = _parties_in(s.analysis, s.models, sent, 0, len(toks), s.regions)
    hit = next((p for p in known if p.start <= t.start < p.stop and p.regions), None)
    if hit is None and _partner(sent, n):
        # rec92: a partner after "с" named without a region, as ``_side_phrase`` takes one
        # below ("сотрудничает с Лужской межрайонной больницей")
        hit = next((p for p in known if p.start <= t.start < p.stop), None)
    if hit is not None:
        return [hit]
    codes = _region_at(s.regions, t.start, t.stop)
    if t.pos == "PROPN" and len(codes) == 1:  # "с Удмуртией", not tagged by NER
        region = next(r for r in s.regions if r.code == codes[0])
        return [_Party(region.name, codes, t.start, t.stop, s.models)]
    counted = next((x for x in sent.children(n) if toks[x].lemma in COUNTED_PLACE_NOUNS and
                    any(NUMBER_WORDS.get(toks[y].lemma) == 2 for y in sent.children(x))),
                   None)
    if counted is not None:
        return _bodies_of_two_regions(s, sent, n, counted)
    phrase = _side_phrase(s.analysis, s.models, sent, n, s.regions, named=True)
    if phrase is not None and (phrase.regions or _partner(sent, n)):
        return [phrase]  # a region's body or place; a named partner of another state
    if t.lemma in ANAPHORIC_BODIES and t.feats.get("Number") == "Sing" and \
            not any(toks[x].rel in {"nmod", "appos", "det", "amod"} for x in sent.children(n)):
        head = t.lemma.capitalize()
        earlier = [p for x in s.cands for p in x.parties
                   if p.regions and p.name.split()[:1] == [head]]
        counts: dict[str, int] = {}
        for p in earlier:
            counts[p.key] = counts.get(p.key, 0) + 1
        # the document's own body: the one its mentions name most often, then first
        return sorted(earlier, key=lambda p: (-counts[p.key], p.start))[:1]
    return kind_named_once(s, sent, n)


def _name_head(s: Mentions, name: str) -> str:
    """The lemma of a body's head noun: its first word that is a noun and no acronym
    ("ФГБОУ ВО «Калмыцкий государственный университет ...»" → "университет")."""
    for word in re.findall(r"[А-ЯЁа-яё-]+", name):
        if word.isupper():
            continue
        form = s.models.analyzer.parse(word)[0]
        if form.tag.POS == "NOUN":
            return str(form.normal_form)
    return ""


def kind_named_once(s: Mentions, sent: Sentence, n: int) -> list[_Party]:
    """agr57: a body named by its kind noun alone, or with an adjective of the text's own
    region ("университет", "республиканское министерство"), is the one body of that kind
    the document names in full: a side of another mention, else an official's organisation;
    an acronym ("ХГУ") is the side another mention writes so, spelled out
    ("министр социальной защиты Республики Хакасия ... Она напомнила, что республиканское
    министерство сотрудничает с ХГУ на основании соглашения" → the Hakassian ministry).
    Nothing when no body or two bodies of that kind are named. One pass over the mentions
    and officials per side asked: linear."""
    toks = sent.tokens
    t = toks[n]
    if is_acronym(t.text) and gazetteer.resolve(t.text) is None:
        # "с ХГУ": the side another mention writes so and ``acronym_sides`` spelled out
        spelled = {p.key: p for x in s.cands for p in x.parties
                   if p.name != t.text and not p.start <= t.start < p.stop and
                   t.text in re.findall(r"\w+", s.analysis.text[p.start:p.stop])}
        return list(spelled.values()) if len(spelled) == 1 else []
    if t.lemma not in ANAPHORIC_BODIES | ORG_HEADS | BODY_HEADS or \
            t.feats.get("Number") != "Sing" or any(
                toks[x].rel not in {"case", "punct"} and not (
                    toks[x].rel == "amod" and toks[x].lemma in OWN_REGION_ADJECTIVES)
                for x in sent.children(n)):
        return []
    found: dict[str, _Party] = {}
    for x in s.cands:
        for p in x.parties:
            if not p.start <= t.start < p.stop and _name_head(s, p.name) == t.lemma:
                found.setdefault(p.key, p)
    if not found:
        for o in s.officials:
            if o.organization and _name_head(s, o.organization) == t.lemma:
                p = _Party(o.organization, [o.region] if o.region else [],
                           o.evidence.start, o.evidence.end, s.models)
                found.setdefault(p.key, p)
    return list(found.values()) if len(found) == 1 else []


def _partner(sent: Sentence, n: int) -> bool:
    """Token n opens with "с": a partner phrase ("с Республикой Беларусь")."""
    return any(sent.tokens[x].rel == "case" and sent.tokens[x].lemma in PARTNER_PREPOSITIONS
               for x in sent.children(n))


def _bodies_of_two_regions(s: Mentions, sent: Sentence, n: int, counted: int) -> list[_Party]:
    """"министерства труда двух республик": for each of the two regions the document names
    before the phrase, the body of that kind it names as a side or as an official's body
    ("Министерство труда Республики Дагестан"), else the kind with the region's name
    ("Министерство труда Чеченской Республики"), else (a bare kind, "министерства двух
    субъектов") the region. Nothing unless exactly two regions were named before."""
    toks = sent.tokens
    at = toks[n].start
    firsts = sorted((min(m.start for m in r.mentions), r.code, r.name)
                    for r in s.regions if r.mentions and min(m.start for m in r.mentions) < at)
    if len(firsts) != 2:
        return []
    cut = set(subtree(sent, counted))
    words = sorted(i for i in subtree(sent, n) if i not in cut and toks[i].rel not in {
        "case", "punct", "det"} and (i == n or toks[i].pos != "ADJ" or i > n))
    if not words or words != list(range(words[0], words[-1] + 1)):
        return []
    lemmas = [toks[i].lemma for i in words]
    named = [p for x in s.cands for p in x.parties if p.regions and len(p.regions) == 1] + [
        _Party(o.organization, [o.region], o.evidence.start, o.evidence.end, s.models)
        for o in s.officials if o.organization and o.region and o.evidence.start < at]
    out: list[_Party] = []
    for _, code, name in firsts:
        body = next((p for p in named if p.regions == [code] and
                     p.name.lower().split()[:len(lemmas)] == lemmas), None)
        if body is None:
            found = side_passes._earlier_bodies(s.models, s.analysis.text, s.analysis.sentences,
                                                lemmas, s.regions, at)
            side = next((x for x in found.values() if x.regions == (code,)), None)
            body = _Party(side.name, [code], side.start, side.stop, s.models) if side else None
        if body is None and len(words) == 1:
            body = _Party(name, [code], toks[n].start, toks[n].stop, s.models)  # no kind to name
        if body is None:
            kind = side_passes.nominative_phrase(s.models, [toks[i] for i in words],
                                                 s.analysis.text)
            if toks[n].feats.get("Number") == "Plur":
                head = s.models.inflect(toks[n].lemma, {"sing", "nomn"}) or toks[n].lemma
                kind = " ".join([head.capitalize(), *kind.split()[1:]])
            body = _Party(kind + " " + _inflect_name(s.models, name, "gent"), [code],
                          toks[words[0]].start, toks[words[-1]].stop, s.models)
        out.append(body)
    return out


def negotiation_partner_sides(s: Mentions) -> None:
    """agrbg: "стороны" of a sentence that names the talks and their partner are the
    document's own body and that partner, not the sides of the agreement told before:
    "Министерство ... подписало трёхстороннее соглашение ... По итогам переговоров с
    министерством Республики Саха (Якутия) стороны договорились о подготовке соглашения"
    is between the ministry and the Yakut ministry. Only for a mention whose sides all come
    from outside its sentence; the own body is the one of its sides the document's
    mentions name most often."""
    counts: dict[str, int] = {}
    for c in s.cands:
        for p in c.parties:
            counts[p.key] = counts.get(p.key, 0) + 1
    for c in s.cands:
        sent = c.sentence
        if not c.parties or not sent.parsed or \
                any(sent.start <= p.start < sent.stop for p in c.parties):
            continue
        toks = sent.tokens
        if not any(t.lemma in SIDE_WORDS and t.rel == "nsubj" and
                   t.feats.get("Number") == "Plur" for t in toks):
            continue
        partners = [x for i, t in enumerate(toks) if t.lemma in OCCASION_NOUNS
                    for x in sent.children(i) if toks[x].rel == "nmod" and any(
                        toks[y].rel == "case" and toks[y].lemma in PARTNER_PREPOSITIONS
                        for y in sent.children(x))]
        if len(partners) != 1:
            continue
        found = _resolved_side(s, c, partners[0])
        held = {r for p in c.parties for r in p.regions}
        if len(found) != 1 or not found[0].regions or set(found[0].regions) & held:
            continue
        own = max(c.parties, key=lambda p: (counts.get(p.key, 0), -p.start))
        c.parties = [own, found[0]]


def _sole_mentions_and_next(s: Mentions) -> Iterator[tuple[_Candidate, int, Sentence]]:
    """The background-looking mentions (``mentioned``) whose sentence names one agreement
    only, each with its noun's index and the next sentence, parsed: what ``pronoun_signing``
    and ``pronoun_plan`` read a pronoun of the agreement in."""
    index = {x.start: n for n, x in enumerate(s.analysis.sentences)}
    for c in s.cands:
        n = index.get(c.sentence.start)
        if c.status != "mentioned" or n is None or n + 1 >= len(s.analysis.sentences):
            continue
        toks = c.sentence.tokens
        k = _k(c)
        if k >= len(toks) or sum(t.lemma == toks[k].lemma for t in toks) != 1:
            continue
        yield c, k, ensure_parsed(s.analysis.sentences[n + 1], s.models)


def pronoun_signing(s: Mentions) -> None:
    """agrbg: a background-looking mention whose signing the next sentence tells with a
    pronoun is signed, on that sentence's day: "Первым документом года стало соглашение с
    министерством Башкортостана. 14 февраля его подписали министры двух регионов." The next
    sentence names no agreement noun of its own; its past signing verb (not negated) has
    the pronoun, of the noun's gender, as object or passive subject; the mention's sentence
    names one agreement only. agr50: not a mention called former ("Прежнее соглашение
    было подписано в мае 2017 года. Со стороны департамента его тогда подписала ..."): the
    older agreement a new one replaces is referred to, however its signing is retold."""
    for c, k, after in _sole_mentions_and_next(s):
        toks = c.sentence.tokens
        if not after.parsed or any(t.lemma in TRIGGERS for t in after.tokens) or \
                _former(c.sentence, k) or _of_an_earlier_year(c.date, s.published):
            continue
        # "его" is Masc and Neut alike: only feminine against not feminine, and number
        fem = toks[k].feats.get("Gender") == "Fem"
        number = toks[k].feats.get("Number")
        at = after.tokens
        signed = any(
            t.lemma in AGREEMENT_PRONOUNS and t.rel in {"obj", "nsubj:pass"} and
            (t.feats.get("Gender") == "Fem") == fem and t.feats.get("Number") == number and
            0 <= t.head < len(at) and
            at[t.head].lemma in SIGN_VERBS and at[t.head].feats.get("Tense") == "Past" and
            not _negated_signing(at) and not _negated_verb(after, t.head)
            for t in at)
        if not signed:
            continue
        older = signed_in_earlier_year(after, s.dates, s.published)
        if older is not None:  # agr90: "Мы подписали его в 2018 году" recalls, signs nothing now
            c.date = c.date or older
            continue
        c.status = "signed"
        days = {d.value for d in s.dates if d.value and _DAY.fullmatch(d.value) and
                after.start <= d.start < after.stop}
        if len(days) == 1 and (c.date is None or isodate.compatible(c.date, next(iter(days)))):
            c.date = days.pop()


def signed_in_earlier_year(after: Sentence, dates: list[DateRef],
                           published: str | None) -> str | None:
    """agr90: the year a pronoun's signing is dated to, when the sentence telling it states
    one year before the page's: "Первым настоящим партнёром я назову соглашение с
    колледжем. Мы подписали его в 2017 году, когда ..." recalls an agreement of 2017 (it
    stays mentioned, dated 2017), as ``signed_in_next_sentence`` leaves a signing of an
    earlier year alone. A sentence naming two years, or none earlier, gives nothing."""
    years = {d.value[:4] for d in dates if d.value and after.start <= d.start < after.stop
             and d.value[:4].isdigit()}
    if len(years) != 1:
        return None
    year = years.pop()
    return year if _older_year(year, published) and published else None


def _of_an_earlier_year(date: str | None, published: str | None) -> bool:
    """agr87: a mention dated in a year before the page's is an agreement in force, whose
    signing the next sentence only recalls: "Соглашение с фондом работает с 2014 года.
    Подписывали его ещё прежние министры" stays mentioned."""
    year = isodate.parts(date)[0] if date else None
    pub = isodate.parts(published)[0] if published else None
    return year is not None and pub is not None and year < pub


def _negated_verb(sent: Sentence, v: int) -> bool:
    """agr87: the verb v is itself negated ("не" its child or the word before it): "Когда
    срок вышел, его так и не продлили" tells no signing of the agreement, whatever verb of
    signing it names."""
    toks = sent.tokens
    return (v > 0 and toks[v - 1].lemma == "не") or \
        any(toks[x].lemma == "не" for x in sent.children(v))


def signed_in_next_sentence(s: Mentions) -> None:
    """status52: an agreement told without a word of its status is signed when the next
    sentence reports the document signed (``status.signing_told_next``): "Такую возможность
    дает соглашение о сотрудничестве между отделением и университетом. / Подписи под
    документом поставили управляющий ... и ректор ..." — and its signers are the ones that
    sentence names, when it has none. Only the last mention before that sentence (the
    document it refers to), only a mention without a date or a count of its own, and no
    more than ``SIGNED_NEXT_REACH`` sentences ahead, the next paragraph's first included."""
    sents = s.analysis.sentences
    starts = {x.start: n for n, x in enumerate(sents)}
    last: dict[int, _Candidate] = {}  # sentence index -> the last mention in it
    for c in s.cands:
        n = starts.get(c.sentence.start)
        if n is not None and (n not in last or last[n].trigger.start < c.trigger.start):
            last[n] = c
    for n, c in last.items():
        if c.status != "mentioned" or c.date is not None or c.count or c.terms or \
                c.listed or c.headline:
            continue
        for later_n in range(n + 1, min(n + 1 + SIGNED_NEXT_REACH, len(sents))):
            if later_n in last:
                break  # the next sentence has a mention of its own
            later = ensure_parsed(sents[later_n], s.models)
            told = [d for d in s.dates if later.start <= d.start < later.stop and d.value]
            if any(_older_year(d.value, s.published) for d in told):
                break  # "Документ подписали в 2019 году": an agreement of before
            if signing_told_next(ensure_parsed(c.sentence, s.models), later, _k(c)):
                c.status = "signed"
                c.signatories = c.signatories or _named_signers(s.analysis, later, s.officials,
                                                                s.models)
                days = {d.value for d in told if _DAY.fullmatch(d.value or "")}
                c.date = days.pop() if len(days) == 1 else None
                break


def signed_in_previous_sentence(s: Mentions) -> None:
    """status56: an agreement told without a word of its status is signed when the sentence
    right before it, in its paragraph, reports a document signed and names no agreement of
    its own (``status.signing_told_before``): "Ещё один документ подписали управляющий
    отделением Соцфонда ... и председатель общества инвалидов ... . / Соглашение касается
    информирования ..." — and its signers are the ones that sentence names, when it has
    none. Only the first mention of its sentence, without a date or a count of its own, and
    not when the earlier sentence dates the signing to an earlier year. One sentence back
    per mention: linear."""
    sents = s.analysis.sentences
    starts = {x.start: n for n, x in enumerate(sents)}
    first: dict[int, _Candidate] = {}  # sentence index -> the first mention in it
    for c in s.cands:
        n = starts.get(c.sentence.start)
        if n is not None and (n not in first or first[n].trigger.start > c.trigger.start):
            first[n] = c
    for n, c in first.items():
        if n == 0 or n - 1 in first or c.status != "mentioned" or c.date is not None or \
                c.count or c.terms or c.listed or c.headline:
            continue
        earlier = sents[n - 1]
        if "\n" in s.analysis.text[earlier.stop:c.sentence.start]:
            continue  # another paragraph
        told = [d for d in s.dates if earlier.start <= d.start < earlier.stop and d.value]
        if any(_older_year(d.value, s.published) for d in told):
            continue  # "Документ подписали в 2019 году": an agreement of before
        earlier = ensure_parsed(earlier, s.models)
        if signing_told_before(ensure_parsed(c.sentence, s.models), _k(c), earlier):
            c.status = "signed"
            c.signatories = c.signatories or _named_signers(s.analysis, earlier, s.officials,
                                                            s.models)
            days = {d.value for d in told if _DAY.fullmatch(d.value or "")}
            c.date = days.pop() if len(days) == 1 else None


def prolonged_by_its_terms(s: Mentions) -> None:
    """pair53: an agreement prolonged by its own terms, with nothing signed, is an agreement
    of before, not a signing: "Соглашение между министерством и университетом
    пролонгировано. Подписывать новый документ стороны не стали: по его условиям оно
    автоматически продлевается". A signed mention whose sentence's only signing word is
    one of extending (``EXTEND_VERBS``), when that sentence or the next tells the extending
    automatic (``AUTOMATIC_WORDS``) or a signing declined (a signing verb under "не"), is
    mentioned, with no day: the day it ran on is not the day it was concluded. Each
    mention looks at two sentences: linear."""
    sents = s.analysis.sentences
    starts = {x.start: n for n, x in enumerate(sents)}
    for c in s.cands:
        toks = c.sentence.tokens
        if c.status != "signed" or not any(t.lemma in EXTEND_VERBS for t in toks) or \
                any(t.lemma in SIGN_VERBS and t.lemma not in EXTEND_VERBS for t in toks):
            continue
        n = starts.get(c.sentence.start)
        if n is None:
            continue
        window = sents[n:n + 2]
        if any(t.lemma in AUTOMATIC_WORDS for x in window for t in x.tokens) or \
                any(_signing_declined(ensure_parsed(x, s.models)) for x in window):
            c.status = "mentioned"
            c.date = None


def _signing_declined(sent: Sentence) -> bool:
    """Is a signing verb of the sentence negated, itself or through the verb it hangs on:
    "не подписывали", "Подписывать новый документ стороны не стали"? Only from the parse."""
    toks = sent.tokens
    for v, t in enumerate(toks):
        if t.lemma not in SIGN_VERBS or t.lemma in EXTEND_VERBS or t.pos != "VERB":
            continue
        heads = [v] + ([t.head] if 0 <= t.head < len(toks) and t.rel == "xcomp" else [])
        if any(toks[c].lemma == "не" for h in heads for c in sent.children(h)):
            return True
    return False


def _older_year(value: str | None, published: str | None) -> bool:
    """Does a date value state a year before the publication's (any stated year when the
    publication gives none)?"""
    y = (value or "")[:4]
    if not y.isdigit():
        return False
    return not published or not published[:4].isdigit() or y < published[:4]


def pronoun_plan(s: Mentions) -> None:
    """agr26: a mention told without a verb of its own ("Третье соглашение — с министерством
    ... Якутии — касается поддержки семей") whose plan the next sentence tells with a
    pronoun is planned: "Проект документа готов, а подписать его планируется в феврале."
    The pronoun, of the noun's gender and number, is the object of a signing infinitive
    under a word of plan (``PLAN_HEADS``); the next sentence names no agreement of its own
    but the draft of this one ("проект документа"); the mention's sentence names one
    agreement only. status46: not a mention a past verb signs ("ещё в 2016 году
    правительства ... заключили соглашение ... . ... проект соглашения с министерством
    Новосибирской области находится на согласовании, подписать его планируют летом": that
    plan is another agreement's). status56: "документ" stands for the agreement as the
    pronoun does ("Стороны решили закрепить сотрудничество соглашением. ... а подписать
    документ министры планируют 23 января"), a bare one ("готова подписать новый документ"
    is another agreement)."""
    for c, k, after in _sole_mentions_and_next(s):
        toks = c.sentence.tokens
        at = after.tokens
        if _signed_by_past_verb(c.sentence, k):
            continue
        if not after.parsed or any(
                t.lemma in TRIGGERS and not (0 <= t.head < len(at) and
                                             at[t.head].lemma in DRAFT_NOUNS)
                for t in at):
            continue
        # volga155: or the roadmap that the sentence says is to carry the agreement out
        # (``roadmap_to_draft``), the pronoun of its gender
        roadmap = roadmap_to_draft(c.sentence)
        nouns = [toks[x] for x in (k, roadmap) if x is not None]
        pronouns = AGREEMENT_PRONOUNS | (DOCUMENT_PRONOUNS if roadmap is not None else set())
        if any((t.lemma in pronouns and any(
                (t.feats.get("Gender") == "Fem") == (n.feats.get("Gender") == "Fem") and
                t.feats.get("Number") == n.feats.get("Number") for n in nouns) or
                t.lemma in PLANNED_DOCUMENT_NOUNS and
                not any(at[d].rel == "amod" for d in after.children(i))) and
               t.rel == "obj" and
               0 <= t.head < len(at) and at[t.head].lemma in SIGN_VERBS and
               at[t.head].feats.get("VerbForm") == "Inf" and
               0 <= at[t.head].head < len(at) and at[at[t.head].head].lemma in PLAN_HEADS and
               not _negated_signing(at)
               for i, t in enumerate(at)):
            c.status = "planned"


def programme_to_adopt(s: Mentions) -> None:
    """miss97: a cooperation programme or a roadmap (``candidate_signers.programme_or_roadmap``)
    told as a mention whose adoption or signing is still to come is planned, a document of
    its own rather than a word about the agreement signed beside it: "Шаги стороны запишут в
    программу сотрудничества на три года, которую фонд и министерство хотят утвердить к
    осени" (its relative clause), or "... в программе сотрудничества. Утвердить её фонд и
    министерство намерены осенью" / "Подписать программу планируется в мае" (the next
    sentence, naming no agreement of its own). A roadmap counts where another reader made
    it a mention. The verb (``SIGN_VERBS`` or
    ``ADOPT_VERBS``) is an infinitive under a word of plan (``PLAN_HEADS``), not negated,
    whose object is "который", a pronoun of the noun's gender and number, or the noun
    itself (``candidate_signers.planned_object``); the plan's month or day dates it (a plan
    read by another pass takes it when it has none). A programme already approved
    ("программу утвердили в мае") is no plan. The next sentence is read on the batch's parse
    (``syntax.batch_parsed``: the sentence after one with an agreement word is parsed
    ahead), never parsed alone."""
    for c in s.cands:
        k = _k(c)
        sent = c.sentence
        if c.status != "mentioned" or not sent.parsed or k >= len(sent.tokens) or \
                not programme_or_roadmap(sent, k):
            continue
        toks = sent.tokens
        # the parser may hang the clause on a word of the noun's phrase ("на 2026–2028
        # годы, которую ..."): "который" agreeing with the noun tells whose clause it is
        rel = [r for r in subtree(sent, k) if toks[r].rel == "acl:relcl"]
        clause = next((subtree(sent, r) for r in rel for o in subtree(sent, r)
                       if toks[o].lemma == "который" and agrees_with(toks[o], toks[k]) and
                       planned_object(sent, o)), None)
        if clause is not None:
            c.status = "planned"
            starts = {toks[j].start for j in clause}
            c.date = c.date or _plan_date([d for d in s.dates if d.start in starts])
    index = {x.start: n for n, x in enumerate(s.analysis.sentences)}
    for c in s.cands:
        n = index.get(c.sentence.start)
        k = _k(c)
        toks = c.sentence.tokens
        if c.status not in {"mentioned", "planned"} or c.status == "planned" and c.date or \
                n is None or n + 1 >= len(s.analysis.sentences) or not c.sentence.parsed or \
                k >= len(toks) or not programme_or_roadmap(c.sentence, k) or \
                sum(t.lemma == toks[k].lemma for t in toks) != 1:
            continue
        after = batch_parsed(s.analysis.sentences[n + 1], s.models)
        if after is None:
            continue
        at = after.tokens
        noun = toks[k]
        if any(t.lemma in TRIGGERS and t.lemma != noun.lemma for t in at):
            continue
        if any((t.lemma == noun.lemma or t.lemma in DOCUMENT_PRONOUNS and agrees_with(t, noun)) and
               planned_object(after, i)
               for i, t in enumerate(at)):
            c.status = "planned"
            c.date = c.date or _plan_date([d for d in s.dates
                                           if after.start <= d.start < after.stop])


def roadmap_to_draft(sent: Sentence) -> int | None:
    """volga155: the roadmap noun (``ROADMAP_DOCUMENTS``, with its kind) a sentence says
    is still to be drafted to carry out the agreement: "Чтобы соглашение заработало,
    ведомства подготовят дорожную карту по его выполнению" (the roadmap the object of a
    drafting verb, ``DRAFTING_VERBS``, in the future or an infinitive, not negated; a
    noun of carrying out, ``IMPLEMENTING_BASES``, under it). ``pronoun_plan`` reads
    "Подписать её министры намерены в мае" after it as the plan of that roadmap, the record
    of the agreement's sides. None when there is no such roadmap (parsed sentences)."""
    toks = sent.tokens
    if not sent.parsed:
        return None
    for r, t in enumerate(toks):
        kinds = ROADMAP_DOCUMENTS.get(t.lemma)
        if not kinds or r == 0 or toks[r - 1].lemma not in kinds or t.rel != "obj" or \
                not 0 <= t.head < len(toks):
            continue
        v = toks[t.head]
        if v.lemma not in DRAFTING_VERBS or any(toks[c].lemma == "не"
                                                for c in sent.children(t.head)):
            continue
        if v.feats.get("VerbForm") != "Inf" and not future_form(v):
            continue
        if any(toks[c].lemma in IMPLEMENTING_BASES for c in sent.children(r)):
            return r
    return None


def _signed_by_past_verb(sent: Sentence, k: int) -> bool:
    """Is the agreement noun at k the object or passive subject of a past verb of signing,
    not negated ("заключили соглашение", "соглашение было подписано")? Parsed sentences
    only."""
    toks = sent.tokens
    h = toks[k].head if sent.parsed and 0 <= k < len(toks) else -1
    return 0 <= h < len(toks) and toks[h].lemma in SIGN_VERBS and \
        toks[h].feats.get("Tense") == "Past" and \
        not negated(sent, h)


def counted_summaries(s: Mentions) -> None:
    """A mention counting agreements whose partners it does not name sums up the members
    told after it and joins them as a bare mention: "Область подписала два соглашения с
    соседями", "Липецкая область и Северная Осетия подписали два соглашения" (sides that
    are only regions; ``agreements.counted_summary``)."""
    for c in s.cands:
        if counted_summary(c, s.bare):
            c.parties = []


def signed_ones_recalled(s: Mentions) -> None:
    """hidden41: a plural agreement noun a past participle of signing qualifies ("подписанные
    сегодня соглашения", "заключённые на форуме договоры"), with no partner of its own
    ("с"/"между" in its phrase), recalls the signings told before it, two or more: "Фонд
    подписал соглашения с колледжем и с центром. ... «Подписанные сегодня соглашения дают
    выпускникам работу», — сказал вице-губернатор X" is no third agreement of the
    speaker's body. The mention is dropped, with the sides and signers it gathered. From
    the parse and morphology."""
    kept: list[_Candidate] = []
    signed = 0
    for c in s.cands:
        if signed >= 2 and _recalls_signed(c):
            continue
        signed += c.status == "signed"
        kept.append(c)
    s.cands = kept


def _recalls_signed(c: _Candidate) -> bool:
    """hidden41: is the mention a plural noun a past participle of signing qualifies before
    it ("заключённые вчера договоры"), with no partner preposition in its phrase
    (``signed_ones_recalled``)?"""
    sent, k = c.sentence, _k(c)
    toks = sent.tokens
    if not sent.parsed or not 0 <= k < len(toks):
        return False
    kids = sent.children(k)
    # the participle's plural tells the noun's number ("соглашения" may be read a genitive
    # singular); the parser may call it "acl" as well as "amod"
    participle = any(toks[x].rel in {"amod", "acl"} and toks[x].lemma in SIGN_VERBS and
                     toks[x].feats.get("VerbForm") == "Part" and
                     toks[x].feats.get("Tense") == "Past" and x < k and
                     "Plur" in {toks[x].feats.get("Number"), toks[k].feats.get("Number")}
                     for x in kids)
    partner = any(toks[y].lemma in PARTNER_PREPOSITIONS | {"между"}
                  for x in kids for y in subtree(sent, x))
    return participle and not partner


def contents_line_items(s: Mentions) -> None:
    """agr52: a mention in an item of a contents line ("В этом выпуске — новые соглашения о
    подготовке кадров в Перми и Приморье, поправки к соглашению в Чувашии, новый закон
    ...", ``agreements.contents_item``) announces what the report tells in full below: when
    every region its item names is a region of a mention told after it with sides, it is
    no agreement of its own (its sides, gathered across the list, were the other items'
    places) and is dropped. An item naming no region is left to the other passes ("новое
    соглашение с ДВФУ" joins the university's signing told below)."""
    kept: list[_Candidate] = []
    later: set[str] = set()
    told_after: list[set[str]] = []
    for c in reversed(s.cands):  # the regions of the sides told after each mention
        told_after.append(set(later))
        later.update(r for p in c.parties for r in p.regions)
    for c, after in zip(s.cands, reversed(told_after), strict=True):
        item = contents_item(c.sentence, _k(c))
        toks = c.sentence.tokens
        named = set(_region_at(s.regions, toks[item[0]].start, toks[item[1] - 1].stop)) \
            if item is not None and item[1] > item[0] else set()
        if not named or not named <= after:
            kept.append(c)
    s.cands = kept


def sole_signing_title(s: Mentions) -> None:
    """A title line with a region-only partner, "Подписали соглашение с тюменскими
    коллегами!", joins the body's only signing instead of being an agreement of its own
    (r18fix; ``title_of_sole_signing``)."""
    title_of_sole_signing(s.analysis.text, s.cands, s.bare)


def listed_after_dash(s: Mentions) -> None:
    """agr89: sides listed after a dash, "Стороны соглашения — X, Y и Z", "ещё одно
    соглашение — фонда, управления и ООО «X»" (``dash_sides.sides_after_dash``)."""
    sides_after_dash(s.analysis, s.models, s.regions, s.cands)


def signer_line_partners(s: Mentions) -> None:
    """many43: a partner named only on its signer's line after a signing sentence ending in
    a colon ("со стороны районов — главы:" / "• Верхнего района — Олег Сомов;") is one
    agreement with the shared side (``signer_lines.partners_of_signer_lines``)."""
    partners_of_signer_lines(s.analysis, s.models, s.regions, s.officials, s.cands)


# The mention passes, in the order they run (README "Coreference of agreement mentions").
MENTION_PASSES: tuple[Pass[Mentions], ...] = named_passes(
    defined_terms,
    sentence_sides,
    publisher_self_reference,  # agr77
    verb_ended_sides,  # agr77
    acronym_sides,  # status44
    heading_common_nouns,  # status44
    content_places,  # status44
    sides_named_next,  # agr34
    officials_named_as_subjects,  # agr34
    list_restatements,
    headline_status_from_body,
    quoted_relative_day,  # agr36
    earlier_than_news,
    called_off_talks_go_on,  # statpool92
    ordinal_signed_later,
    ordinal_signatures_later,  # agr30
    ordinal_signed_by_pronoun,  # agr76
    accord_on_signing,  # agr34
    absent_agreements,
    disowned_sphere,  # extra44
    draft_dates,
    nested_agreement_sides,
    merged_bodies_no_sides,  # agr61
    visitors_of_framed_visit,  # agr87
    new_edition_sides,  # agr87
    bare_anaphor,
    plan_partners,
    bodies_told_or_addressed,
    draft_sent_between,  # agr34
    group_post_sides,  # agr30
    framing_agreement_sides,
    implemented_agreement,
    background_sides,
    counted_signing_subject,  # agr87
    declared_sides_with_partner,  # agr87
    negotiation_partner_sides,
    pronoun_signing,
    signed_in_next_sentence,  # status52
    signed_in_previous_sentence,  # status56
    prolonged_by_its_terms,  # pair53
    pronoun_plan,
    programme_to_adopt,  # miss97
    counted_summaries,
    signed_ones_recalled,  # hidden41
    contents_line_items,  # agr52
    sole_signing_title,
    listed_after_dash,  # agr89
    signer_line_partners,  # many43
)


# --- side passes: the sides of one merged agreement ---------------------------------------


@dataclass
class TitleSides:
    """The headline's sides, read once per document and only when a pass needs them."""

    analysis: Analysis
    models: Models
    regions: list[RegionRef]
    found: list[_Party] | None = None

    def get(self) -> list[_Party]:
        if self.found is None:
            self.found = _title_parties(self.analysis, self.models, self.regions)
        return self.found


@dataclass
class Sides:
    """What the side passes read and change: one merged agreement and its sides so far;
    a pass sets ``dropped`` when the agreement is no record of this domain."""

    analysis: Analysis
    models: Models
    regions: list[RegionRef]
    officials: list[Official]
    merged: _Merged
    parties: list[_Party]
    bare: frozenset[str]
    # the document's sides with a region by their first words (``_spelled_out``)
    known: dict[tuple[str, ...], list[_Party]]
    named_sides: list[side_passes.Side]
    titles: TitleSides
    dropped: bool = False
    # agr45: dropped only for naming no side (``unidentified``), not as outside the domain
    unnamed: bool = False
    # fixagr52: dropped as outside the domain (the social sphere: ``social_sphere`` to
    # ``team_deal``), not for being business between companies, a count of places or sideless
    off_domain: bool = False


def headline_sides(s: Sides) -> None:
    """An agreement whose mentions name no side takes the sides the headline names: "Калуга
    будет сотрудничать с Тулой" above "Соглашение подписано в пятницу" (pair62: an acronym
    read as the document's side it spells, ``_spelled_in_full``). fixstatus70: only those
    its own words name when its clause names a partner of its own for the work done under
    it ("С 2017 года центр работает с волонтёрами по соглашению": the centre, not the
    college the headline names with it; ``sides_its_clause_names``)."""
    if not s.parties:
        known = [p for sides in s.known.values() for p in sides]
        s.parties = sides_its_clause_names(  # fixstatus70
            s.merged, [_spelled_in_full(q, known) for q in s.titles.get()])


def signers_bodies_sides(s: Sides) -> None:
    """history63: a signed agreement whose mentions and headline name no side, singled out
    by what it is about (``_identified``), takes the bodies its signers' posts name
    (``agreement_lists.signer_parties``): "Соглашение об обмене сведениями подписано в
    последний день форума. ... Под документом расписался и глава энского Соцфонда Пётр
    Орлов" is the fund branch's. Only when every signer's post names a body: one body for
    three signers tells too little of the sides. A mention only stays as it was."""
    if s.parties or s.merged.status != "signed" or not _identified(s.merged):
        return
    signers: list[str] = []
    for c in s.merged.candidates:
        signers += [n for n in c.signatories if n not in signers]
    # fixhistory63: every signer's official has a body, counted by signer (a post of two
    # regions gives two bodies, a signer with no post none)
    with_body = sum(1 for n in signers
                    if any(o.name == n and o.organization for o in s.officials))
    if not signers or with_body != len(signers):
        return
    bodies = signer_parties(signers, s.officials, s.regions, s.models, analysis=s.analysis)
    if bodies:
        s.parties = bodies


def _spelled_in_full(q: _Party, known: list[_Party]) -> _Party:
    """pair62: a headline's side named by its acronym is the document's side it spells, in
    full (``party_identity.acronym_of_name``): "КГУ им. Циолковского" of "Минтруд региона и КГУ
    им. Циолковского подписали новое соглашение" is the "Калужский государственный
    университет им. К. Э. Циолковского" of the body, for a record of an older agreement
    that names no side of its own. q itself when no known side is spelled."""
    return next((p for p in known if acronym_of_name(q, p)), q)


def region_bodies(s: Sides) -> None:
    """Sides that are only region names stand for the bodies of those regions the
    agreement's sentences name: "Дагестан и Чечня ..." with "Министерство ... Республики
    Дагестан направило в Министерство ... Чеченской Республики проект соглашения"
    (``_bodies_for_regions``)."""
    if s.parties and all(p.name in s.bare for p in s.parties):
        s.parties = _bodies_for_regions(s.analysis, s.models, s.merged, s.parties, s.regions)


def headline_fuller(s: Sides) -> None:
    """A one-word side ("институт", from a signer's title) is the one the headline names in
    full; a town is never the region the headline names (``_fuller``)."""
    if any(len(p.name.split()) == 1 for p in s.parties):
        titles = s.titles.get()
        s.parties = [_fuller(p, [t for t in titles if t.name not in s.bare])
                     if _town(s.models, p.name) else _fuller(p, titles)
                     for p in s.parties]


def agent_of_kind(s: Sides) -> None:
    """agr91: a record of one side whose signing clause names the other by its kind noun
    alone, the subject of "которое ... заключило" or the agent of "заключённое ...-ом",
    takes the body of that kind told before it: "Департамент труда Омской области подписал
    договор с фондом. Он дополнит соглашение, которое департамент заключил с колледжем в
    2021 году" (the 2021 agreement is the department's and the college's). The body is the
    one side named before the sentence whose name holds the noun
    (``_told_body_of_kind``)."""
    if len(s.parties) != 1:
        return
    for c in s.merged.candidates:
        sent = c.sentence
        if not sent.parsed:
            continue
        verb = _signed_participle(sent, _token_index(sent, c.trigger.start))
        agent = _kind_agent(sent, verb) if verb is not None else None
        body = _told_body_of_kind(s, sent, sent.tokens[agent].lemma) \
            if agent is not None else None
        if body is not None and body.key != s.parties[0].key and \
                not same_side(body, s.parties[0], s.models):
            s.parties = [body, *s.parties]
            return


def _kind_agent(sent: Sentence, verb: int) -> int | None:
    """The signing clause's actor named by a bare kind noun: the subject of a relative
    clause's verb ("которое министерство заключило") or the instrumental of a passive
    participle ("заключённое комбинатом"), singular, with no word of its own."""
    toks = sent.tokens
    for c in sent.children(verb):
        t = toks[c]
        actor = t.rel == "nsubj" if toks[verb].rel == "acl:relcl" else \
            t.rel in {"obl", "obl:agent"} and t.feats.get("Case") == "Ins" and not any(
                toks[x].rel == "case" for x in sent.children(c))
        if actor and t.pos == "NOUN" and t.feats.get("Number") == "Sing" and \
                t.lemma in ORG_HEADS | BODY_HEADS | COMPANY_HEADS and \
                not any(toks[x].rel != "punct" for x in sent.children(c)):
            return c
    return None


def _told_body_of_kind(s: Sides, sent: Sentence, noun: str) -> _Party | None:
    """The one body (by its side key) named in the sentences before ``sent`` whose name
    holds the kind noun ``noun`` ("министерство" in "Министерство труда ... края"); the
    fullest name of it. None when none or two bodies do."""
    stem = noun.lower().replace("ё", "е")[:5]
    found: dict[str, _Party] = {}
    for before in s.analysis.sentences:
        if before.stop > sent.start:
            break
        for p in _parties_in(s.analysis, s.models, before, 0, len(before.tokens), s.regions):
            if any(w.lower().replace("ё", "е")[:5] == stem for w in re.findall(r"\w+", p.name)):
                if p.key not in found or len(p.name) > len(found[p.key].name):
                    found[p.key] = p
    return next(iter(found.values())) if len(found) == 1 else None


def region_capital(s: Sides) -> None:
    """A town beside its own region's name is that region's side: "соглашение с Чукоткой —
    переговоры с коллегами из Анадыря" has one partner (r18fix; ``_capital_of_named_region``)."""
    s.parties = _capital_of_named_region(s.models, s.parties, s.bare)


def spelled_out(s: Sides) -> None:
    """A body named by its head words ("главное управление") is the one the document names
    in full with the same words and region: "Главное управление социальной защиты населения
    Курганской области" (``_spelled_out``)."""
    s.parties = [_spelled_out(p, s.known, s.models) for p in s.parties]


def regions_beside_bodies(s: Sides) -> None:
    """A region named as a side is redundant next to its own body among the sides:
    "Курская область" beside "Министерство труда Курской области" (``_drop_bare_regions``);
    agr54: so is a town or district beside the body that governs it, "Мэгино-Кангаласский
    улус" beside "Администрация муниципального района «Мэгино-Кангаласский улус»"
    (``party_identity.place_of_body``); agr56: so is a region named by an alias beside a body of
    it, "Приморье" beside "Министерство труда и социальной политики Приморского края"
    (``party_identity.region_for_body``)."""
    parties = _drop_bare_regions(s.parties, s.regions)
    s.parties = [p for p in parties if not any(
        q is not p and (place_of_body(p, q) or region_for_body(p, q)) for q in parties)]


def headline_towns(s: Sides) -> None:
    """A town only the headline gives ("Калуга не продлила соглашение с Брянском") is no
    side next to a body of its region from the text (``_without_headline_towns``)."""
    s.parties = _without_headline_towns(s.models, s.merged, s.parties)


def ministry_names(s: Sides) -> None:
    """A body named by its abbreviation is spelled out: "Минтруд Башкирии" → "Министерство
    труда Башкирии" (``_ministry_spelled``, ``normalize.expand_abbreviations``)."""
    s.parties = [_Party(expand_abbreviations(s.models, _ministry_spelled(p.name)), p.regions,
                        p.start, p.stop, s.models) for p in s.parties]


def subject_head_body(s: Sides) -> None:
    """pair68: a record whose mention has a body's head noun alone for its subject
    ("Аналогичные соглашения департамент планирует заключить с местными администрациями
    ...") has that body, named in full as the document names it elsewhere (its other
    records' sides, its officials' bodies), for a side when no side of the record is of
    that head (``agreement_sides.bare_subject_body``): "Департамент труда и социальной
    защиты населения города Севастополя" and each administration."""
    bodies = [p for p in s.parties]
    for m in s.known.values():
        bodies += m
    bodies += [_Party(o.organization, [o.region] if o.region else [], 0, 0, s.models)
               for o in s.officials if o.organization]
    for c in s.merged.candidates:
        if not c.parties:
            continue
        sent = ensure_parsed(c.sentence, s.models)
        body = bare_subject_body(sent, _token_index(sent, c.trigger.start), bodies, s.models)
        if body is None:
            continue
        head = body.name.split()[0].lower()
        if not any(p.name.split()[0].lower() == head for p in s.parties if p.name):
            s.parties = [_Party(body.name, body.regions, c.trigger.start, c.trigger.start,
                                s.models)] + s.parties
        return


def officials_bodies(s: Sides) -> None:
    """"Министерство труда Чувашии" is the ministry an official of the region works for
    when that name begins the same way and says more (``_official_fuller``)."""
    s.parties = [_official_fuller(p, s.officials, s.models) for p in s.parties]


def named_region(s: Sides) -> None:
    """A side with no region may name it in its own words: "Московский институт ..."
    belongs to Moscow (``_with_named_region``)."""
    s.parties = [_with_named_region(p, s.models) for p in s.parties]


def one_entry_per_side(s: Sides) -> None:
    """A side named twice is one side: "Министерство труда Курской области" found by two
    mentions is listed once, where it first came."""
    s.parties = [p for n, p in enumerate(s.parties)
                 if all(q.name != p.name for q in s.parties[:n])]


def _colleagues(p: _Party) -> bool:
    """The side is a description of a region's staff: "Башкирские коллеги", "партнёры"."""
    return any(w.replace("ё", "е")[:6] in {n.replace("ё", "е")[:6] for n in COLLEAGUE_NOUNS}
               for w in p.name.lower().split())


def colleague_descriptions(s: Sides) -> None:
    """agr30: a side that only describes a region's staff ("с башкирскими коллегами") is
    no side of its own when the agreement also names a body of that region: "Мы
    договорились с башкирскими коллегами ... Речь идет о соглашении между департаментом и
    Министерством ... Республики Башкортостан" has the ministry, not the colleagues."""
    s.parties = [p for p in s.parties if not (_colleagues(p) and p.regions and any(
        q is not p and not _colleagues(q) and set(p.regions) <= set(q.regions)
        for q in s.parties))]


def cut_quotes(s: Sides) -> None:
    """"АНО «Серебряное Зауралье" (the closing quote lost) beside "АНО «Серебряное
    Зауралье»" is one side (r18fix; ``_without_cut_quotes``)."""
    s.parties = _without_cut_quotes(s.parties)


def _stems(text: str) -> set[str]:
    """The first three letters of each word longer than two: "Южного Урала" and "Южный
    Урал" share them."""
    return {w.lower()[:3] for w in re.findall(r"\w+", text) if len(w) > 2}


def _quoted_fragment(sents: list[str], p: _Party) -> bool:
    """A place's name read as a side where the agreement's sentences have it only inside a
    longer «quoted» name: "Кубань" in "клуб «Кубань-Арена»" is part of the club's name,
    not the region. Words compared by their first letters (``_stems``), so that a quoted
    name in another case counts; a sentence naming the place outside quotes keeps it."""
    from soccoop import gazetteer

    if "«" in p.name or gazetteer.resolve(p.name) is None:
        return False
    own = _stems(p.name)
    inside = False
    for text in sents:
        names = [q for q in re.findall(r"«([^«»]*)»", text) if _name_like(q)]
        outside = text
        for q in names:
            outside = outside.replace(q, " ")
        if own <= _stems(outside):
            return False
        inside = inside or any(own < _stems(q) for q in names)
    return inside


def _name_like(quoted: str) -> bool:
    """A «quoted» run that is a name, not a speaker's words: a few words with no stop,
    comma or colon ("«Кубань-Арена»", not "«Мы подписали соглашение с Кубанью, ...»")."""
    return len(quoted.split()) <= 6 and not re.search(r"[.,!?:;]", quoted)


def quoted_fragments(s: Sides) -> None:
    """hist88: a place read as a side from inside a longer «quoted» name is no side:
    "Баскетбольный клуб «Кубань-Арена» и разыгрывающий Пётр Сомов подписали соглашение" has
    no side "Кубань"; with no side left, ``unidentified`` decides the record
    (``_quoted_fragment``)."""
    sents = [c.sentence.text for c in s.merged.candidates]
    s.parties = [p for p in s.parties if not _quoted_fragment(sents, p)]

def longest_names(s: Sides) -> None:
    """A side named without its region inside another side's full name is that side:
    "министерство социальной политики края" beside "Министерство социальной политики
    Пермского края" is one entry (``_longest_names``)."""
    s.parties = _longest_names(s.parties)


def record_sides(s: Sides) -> None:
    """The agreement passes of ``sides.py`` (towns, "наше отделение", fuller bodies, the
    nominative): "наше министерство" is the reporting body's side."""
    s.parties = _from_sides(side_passes.final_sides(
        s.models, s.analysis.text, [c.sentence for c in s.merged.candidates],
        _as_sides(s.parties), s.officials, s.named_sides, s.bare), s.models)


def side_name_shapes(s: Sides) -> None:
    """party97: a side's name is mended from its own written words: a «quoted» title cut
    is closed where the text closes it, a trailing preposition, conjunction, open bracket,
    quote or dash or the agreement noun in the genitive is dropped, and a name written in
    an oblique case is put in the nominative, and an acronym of what people are
    ("участников СВО") is no side: "соглашение с Тюменским государственным
    университетом" → "Тюменский государственный университет"; "Всероссийское общество
    инвалидов (" → "Всероссийское общество инвалидов" (``side_shapes.mended_name``,
    ``side_shapes.people_attribute``)."""
    out: list[_Party] = []
    for p in s.parties:
        if people_attribute(s.models, s.analysis, p.name, p.start, p.stop):
            continue
        name = mended_name(s.models, s.analysis, p.name, p.start, p.stop)
        if name != p.name:  # the same side: its key as the mentions read it stays
            key = p.key
            p = replace(p, name=name, models=s.models)
            p.key = key
        if all(q.name != p.name for q in out):
            out.append(p)
    s.parties = out


def companies_between(s: Sides) -> None:
    """"ООО «Север» и АО «Южный порт» заключили соглашение о поставках": business between
    companies is no record (``_companies_only``); extra73: so is a side the page names with
    its form elsewhere ("сеть «Северный двор»" and "ООО «Северный двор»")."""
    s.dropped = _companies_only(s.parties, s.analysis.text)


def counted_sides(s: Sides) -> None:
    """A side that is a count of places is no side; with fewer than two named sides left,
    no record: "действуют соглашения с 26 регионами" (``counted_party``)."""
    counted = [p for p in s.parties if counted_party(s.models, p)]
    if counted:
        s.parties = [p for p in s.parties if p not in counted]
        s.dropped = len(s.parties) < 2


def capitals_word_sides(s: Sides) -> None:
    """extra97: a side named by one word in capitals that the dictionary knows in small
    letters as no noun (an adverb, a short adjective, a verb: ``_known_non_noun``) is a
    headline's word, not a body's acronym: a headline "ДОГОВОР С ФОНДОМ: НАКОНЕЦ ПОДПИСАН"
    (the words of a heading in small letters: "договор с фондом наконец подписан") gives no
    side "ПОДПИСАН" nor "НАКОНЕЦ"; an acronym ("ЦЗН") or a noun ("ОПОРА") stays."""
    s.parties = [p for p in s.parties if not _known_non_noun(s.models, p.name)]


def _known_non_noun(models: Models, name: str) -> bool:
    """Is ``name`` one word of four letters or more, all in capitals, that the dictionary
    knows in small letters and reads first as no noun nor name ("ОФИЦИАЛЬНО", "ВАЖНО")?"""
    if " " in name or len(name) < 4 or not name.isalpha() or not name.isupper():
        return False
    word = name.lower()
    if not models.analyzer.word_is_known(word):
        return False
    first = next(iter(models.parse(word)), None)
    return first is not None and first.tag.POS not in {"NOUN", None} and not \
        {"Name", "Surn", "Geox", "Orgn", "Abbr"} & set(first.tag.grammemes)


def example_regions(s: Sides) -> None:
    """extra97: a side named only as whose experience or example is taken (its name's head a
    genitive under "опыт", "пример", "практика" with no preposition of its own:
    ``EXAMPLE_NOUNS``) is another party's model, not a side: "при подготовке соглашения
    ведомство изучило опыт соседней Калмыкии, где такой документ действует давно", "работу
    выстроят по примеру Пермского края". A side under "с" or "между" ("обмен опытом с
    Калмыкией") stays."""
    s.parties = [p for p in s.parties if not _example_holder(s.analysis, p)]


def _example_holder(analysis: Analysis, p: _Party) -> bool:
    """Is the side's mention at ``p.start`` a genitive hung on a noun of experience or
    example (``EXAMPLE_NOUNS``) with no preposition of its own, in the parse?"""
    sent = analysis.sentence_holding(p.start)
    if sent is None or not sent.parsed:
        return False
    toks = sent.tokens
    span = [i for i, t in enumerate(toks) if p.start <= t.start and t.stop <= p.stop]
    heads = [i for i in span if toks[i].head not in span]
    if len(heads) != 1:
        return False
    k = heads[0]
    h = toks[k].head
    if not 0 <= h < len(toks) or toks[h].lemma not in EXAMPLE_NOUNS or toks[k].rel != "nmod":
        return False
    return not any(toks[x].rel == "case" for x in sent.children(k))


def social_sphere(s: Sides) -> None:
    """A company's agreement about something outside the social sphere is no record:
    "соглашение с ООО «Горный комбинат» о строительстве фабрики"
    (``outside_social_sphere``)."""
    s.dropped = s.off_domain = outside_social_sphere(s.models, s.parties, s.merged)


def other_field(s: Sides) -> None:
    """pair65: an agreement of bodies of sport, tourism or culture only, about nothing of
    the social sphere, is no record: "соглашение в сфере туризма и спорта между
    Министерством спорта области и Комитетом по туризму республики"
    (``other_field_bodies``)."""
    s.dropped = s.off_domain = other_field_bodies(s.models, s.parties, s.merged)


def field_subject(s: Sides) -> None:
    """pair67: a body of sport, tourism or culture with a side of no field, about a subject
    of no social word, is no record: "инспекция по охране объектов культурного наследия и
    епархия подписали соглашение о сохранении храмов" (``field_subject_bodies``)."""
    s.dropped = s.off_domain = field_subject_bodies(s.models, s.parties, s.merged)


def further_field(s: Sides) -> None:
    """hid94: one more agreement beside the story's, of a body of sport, tourism or culture,
    naming nothing of the social sphere, is no record: "Кроме того, завод тоже заключил
    соглашение с комитетом по туризму области" (``further_other_field``)."""
    s.dropped = s.off_domain = further_other_field(s.models, s.parties, s.merged)


def other_field_alone(s: Sides) -> None:
    """shape91: an agreement about a field outside the social sphere only, with no side of
    the social sphere, is no record: "правительство края и мэрия заключили соглашение о
    выделении средств на ремонт дорожной сети", "правительство области и госкомпания
    заключили соглашение о строительстве обхода города" (``other_field_subject``)."""
    s.dropped = s.off_domain = other_field_subject(s.models, s.parties, s.merged, s.bare)


def sideless_other_business(s: Sides) -> None:
    """pair67: an agreement with no side, about a subject of no social word, is no record:
    "договорились заключить соглашение о передаче дороги в муниципальную собственность"
    (``sideless_outside_social_sphere``)."""
    s.dropped = s.off_domain = sideless_outside_social_sphere(s.parties, s.merged)


def funding_contract(s: Sides) -> None:
    """extra97: an agreement granting money only, about nothing of the social sphere, is a
    funding contract, no record: "соглашение о предоставлении субсидии посёлок подписал с
    министерством строительства" (``funding_alone``)."""
    s.dropped = s.off_domain = funding_alone(s.models, s.parties, s.merged)


def economy_topic(s: Sides) -> None:
    """topic43: an agreement signed or planned whose own words name trade, industry,
    investment or farming as its topic and nothing of the social sphere is no record:
    "Правительство края и облисполком соседней страны подписали соглашение о развитии
    торговли" (``economy_topic_alone``)."""
    s.dropped = s.off_domain = economy_topic_alone(s.models, s.parties, s.merged)


def general_bodies_business(s: Sides) -> None:
    """agreements69: an agreement signed or planned of regions or of their general governments
    alone on a page naming a field of business and nothing of the social sphere is the
    regions' general business, no record:
    "Правительство края и облисполком соседней страны подписали план выставок"
    (``general_bodies_off_sphere``)."""
    s.dropped = s.off_domain = general_bodies_off_sphere(s.models, s.analysis, s.regions,
                                                         s.parties, s.merged.status)


def schools_teaching(s: Sides) -> None:
    """multi47: an agreement of schools alone about teaching, naming nothing else of the
    social sphere, is no record: "два университета заключили договор об образовательной
    программе двух дипломов по геологии" (``schools_on_teaching``)."""
    s.dropped = s.off_domain = schools_on_teaching(s.models, s.parties, s.merged)


def schooling_alone(s: Sides) -> None:
    """event49: an agreement about schooling alone, a side of it a school, a body of
    education, a company or a body of another field and none of the social sphere, is no
    record: "министерство образования и АО «Стройтрест» подписали соглашение о строительстве
    трёх школ" (``schooling_outside_social_sphere``)."""
    s.dropped = s.off_domain = schooling_outside_social_sphere(s.models, s.parties, s.merged)


def field_bodies(s: Sides) -> None:
    """field59: a body of a field outside the social sphere (building, industry, trade) with
    a company or alone, about a topic naming nothing of the social sphere, is no record:
    "министерство строительства и группа компаний «Северный дом» подписали соглашение о
    развитии квартала у реки" (``field_bodies_alone``)."""
    s.dropped = s.off_domain = field_bodies_alone(s.analysis, s.models, s.parties, s.merged)


def works_phrase(s: Sides) -> None:
    """field59: an agreement whose whole topic phrase names public works alone is no record:
    "дорожная карта по реконструкции трассы" (``works_phrase_topic``)."""
    s.dropped = s.off_domain = works_phrase_topic(s.models, s.parties, s.merged)


def team_deal(s: Sides) -> None:
    """agr69: an agreement of a sports team's dealings, a player or a sponsor, is no record:
    "«Сокол» подписал соглашение с нападающим Ивановым" (``team_dealings``)."""
    s.dropped = s.off_domain = team_dealings(s.models, s.parties, s.merged)


def unidentified(s: Sides) -> None:
    """An agreement with no side whose own words do not single it out is no record: "Документ
    планируется подписать до конца года" (``_identified``)."""
    s.dropped = s.unnamed = not s.parties and not _identified(s.merged)


# The side passes of each merged agreement, in order; the loop stops at a pass that drops
# the agreement (README "Coreference of agreement mentions").
SIDE_PASSES: tuple[Pass[Sides], ...] = named_passes(
    headline_sides,
    signers_bodies_sides,  # history63
    region_bodies,
    headline_fuller,
    agent_of_kind,  # agr91
    region_capital,
    spelled_out,
    regions_beside_bodies,
    headline_towns,
    ministry_names,
    subject_head_body,  # pair68
    officials_bodies,
    named_region,
    one_entry_per_side,
    colleague_descriptions,  # agr30
    cut_quotes,
    quoted_fragments,  # hist88
    longest_names,
    record_sides,
    side_name_shapes,  # party97
    companies_between,
    counted_sides,
    capitals_word_sides,  # extra97
    example_regions,  # extra97
    social_sphere,
    other_field,  # pair65
    field_subject,  # pair67
    further_field,  # hid94
    other_field_alone,  # bcast90, muni90, shape91
    sideless_other_business,  # pair67
    funding_contract,  # extra97
    economy_topic,  # topic43
    general_bodies_business,  # agreements69
    schools_teaching,  # multi47
    schooling_alone,  # event49
    field_bodies,  # field59
    works_phrase,  # field59
    team_deal,  # agr69
    unidentified,
)


# --- record passes ----------------------------------------------------------------------


def counted_members(s: Records) -> None:
    """Each agreement of a counted and split signing keeps the signers of its own ordinal
    stretch: "подписали сразу два соглашения. Первое ... Второе, подписанное X и Y, ..."
    (``signers.counted_member_signers``, then the shapes of ``signer_shapes``)."""
    counted_member_signers(s.analysis, s.agreements, s.regions,
                           lambda x: _named_signers(s.analysis, x, s.officials, s.models), s.models)


def partner_signers(s: Records) -> None:
    """Agreements one signing split per partner each keep the common signer and the one
    named with their own partner: "Сомов подписал соглашения с главой Северного района
    Иваном Белым, главой Южного района Петром Серым" (sig22; ``signers.partner_own_signers``).

    Why both this pass and ``signers.own_partner_signers`` are needed (measured by
    turning each off, records of seeds, dev rounds 1-14, 17-19, NEREL, and the tests):
    ``own_partner_signers`` splits one sentence's members while candidates are read (each
    partner by its offsets, a signer at most a word after it); without it the record
    signers end the same, but a record's ``regions``, computed from its signers when
    merged, gain the other partners' regions (round 13, x06). This pass runs on the
    merged records and finds each partner by a word of its side no other member has;
    without it the dev records do not change, but a member merged with the headline's
    report of the signing keeps every signer the headline carried (tests/test_sig22.py,
    "districts"). Neither can stand for the other, so they stay two passes."""
    partner_own_signers(s.analysis, s.agreements)


def _told_by_the_sides(analysis: Analysis, a: Agreement) -> bool:
    """The record's sentence has "стороны"/"участники" as its plural subject."""
    sent = next((s for s in analysis.sentences if s.start <= a.evidence.start < s.stop), None)
    return sent is not None and any(
        t.lemma in SIDE_WORDS and t.feats.get("Case") == "Nom" and
        t.feats.get("Number") == "Plur" for t in sent.tokens)


def sides_of_the_sides(s: Records) -> None:
    """A further agreement with no side of its own whose subject is "стороны" is one of the
    sides of the record told just before it: "Министры подписали соглашение. Кроме того,
    стороны договорились подготовить дополнительное соглашение" (the plan's sides are the
    signing's). A meeting told after that record or in the plan's sentence ("По итогам
    заседания стороны договорились ...") makes "стороны" its participants: no sides given."""
    occasions: list[int] = []  # occasion sentences before each sentence, built on demand
    starts = sentence_starts(s.analysis.sentences)
    for a in s.agreements:
        if a.parties or not _told_by_the_sides(s.analysis, a):
            continue
        before = [b for b in s.agreements if b.parties and b.evidence.start < a.evidence.start]
        if before:
            last = max(before, key=lambda b: b.evidence.start)
            if not occasions:  # one pass over the sentences, however many records ask
                occasions.append(0)
                for x in s.analysis.sentences:
                    occasions.append(occasions[-1] + any(
                        t.lemma in OCCASION_NOUNS for t in x.tokens))
            lo = bisect_left(starts, last.evidence.end)
            hi = bisect_right(starts, a.evidence.start)
            if hi > lo and occasions[hi] > occasions[lo]:
                continue
            a.parties = [Party(p.name, p.region) for p in last.parties]
            a.regions = a.regions or list(last.regions)


def one_signing_signatures(s: Records) -> None:
    """sig42: the one agreement a report tells signed, still without signers, is signed by
    those a nearby sentence puts signatures under a document with, naming no document of its
    own (``signers.unnamed_document_signing``): "Соцфонд и минтруд подписали соглашение.
    Теперь пособия будут назначаться без справок. Подписали управляющий отделением Игорь
    Щукин и министр Елена Бахарева." A report telling two signings or more, or two
    documents joined in the record's sentence ("соглашение и меморандум"), leaves them to
    the candidate rules. The nearest such sentence within SIGNATURES_REACH of the record's
    sentence, either side (the signatures may be told before the sentence naming the
    agreement: "Документ подписан накануне. Подписи поставили X и Y. Новое соглашение
    заключено в развитие ..."). After the record's sentence a sentence referring back to
    the document signs it too ("Документ подписали заместитель министра X и первый
    заместитель министра Y", ``_refers_back``). Every sentence between tells of the same
    occasion only (``agreements._aside_with_guests``: no other paper, signing or person but
    a guest). Bounded, so linear in the document."""
    signed = [a for a in s.agreements if a.status == "signed"]
    if len(signed) != 1 or signed[0].signatories:
        return
    names = _signatures_near(s, signed[0])
    if names:
        signed[0].signatories = names


def _signatures_near(s: Records, a: Agreement) -> list[str]:
    """The names a sentence near record ``a``'s puts signatures under a document with, or
    none: "Подписи под этим документом поставили глава района Ирина Лесова и директор фонда
    Павел Ежов" gives the two. One reading for ``one_signing_signatures`` (the page's only
    signing) and ``signatures_of_its_sides`` (one of several), so that the two read the
    same sentences: the nearest such sentence within SIGNATURES_REACH, every sentence
    between an aside of the occasion."""
    sentences = s.analysis.sentences
    n = sentence_at(sentences, a.evidence.start)
    if n < 0:
        return []
    told = ensure_parsed(sentences[n], s.models)
    if any(t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"} and t.rel == "conj"
           for t in told.tokens):
        return []  # "подписали соглашение ... и меморандум ...": whose signatures is not said
    near = sorted(range(max(0, n - SIGNATURES_REACH),
                        min(len(sentences), n + SIGNATURES_REACH + 1)),
                  key=lambda m: (abs(m - n), m))
    # the record's agreement noun: its sentence's, else its title's ("Соответствующий
    # документ был подписан" → "Соглашение")
    noun = next((t.lemma for t in sentences[n].tokens
                 if t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"}),
                a.title.split()[0].lower() if a.title else "")
    for m in near:
        if m == n:
            continue
        sent = ensure_parsed(sentences[m], s.models)
        if not unnamed_document_signing(sent, TRIGGERS | OTHER_DOCUMENTS) and not (
                m > n and _refers_back(sent)):
            continue
        between = sentences[min(m, n) + 1:max(m, n)]
        if not all(_aside_with_guests(s.analysis, ensure_parsed(x, s.models), noun, s.models)
                   for x in between):
            continue  # "Губернатор X поблагодарил участников": the signatures may be of another
        names = _named_signers(s.analysis, sent, s.officials, s.models)
        if names:
            return names
    return []


def signatures_of_its_sides(s: Records) -> None:
    """sig76: when a report tells two signings or more (``one_signing_signatures`` stands
    back), a signed record still without signers is signed by those a sentence near its own
    puts signatures under a document with (``_signatures_near``) when each of them is an
    official of one of its own sides, they head two of its sides or more, and no other
    signed record names any of those bodies as a side: "Правительство края, союз профсоюзов
    и объединение работодателей подписали соглашение. Подписи поставили вице-премьер края
    Анна Котова, председатель союза профсоюзов края Олег Белов и президент объединения
    работодателей края Пётр Седов. Тогда же министерство заключило договор с
    колледжем." A signed record that took the same signers by nearness, none of their bodies
    its side (the college's), loses them. A signer of no side of it, or a body two signed
    records share, leaves it to the other rules. One count of the bodies and of the signer
    sets over the records, so linear in them."""
    signed = [a for a in s.agreements if a.status == "signed"]
    if len(signed) < 2:
        return
    named: dict[str, int] = {}
    holding: dict[tuple[str, ...], list[Agreement]] = {}
    for a in signed:
        for key in {_body_key(p.name) for p in a.parties}:
            named[key] = named.get(key, 0) + 1
        if a.signatories:
            holding.setdefault(tuple(sorted(a.signatories)), []).append(a)
    for a in signed:
        if a.signatories or len(a.parties) < 2:
            continue
        names = _signatures_near(s, a)
        bodies = [named_official(s.officials, n) for n in names]
        keys = {_body_key(o.organization or "") for o in bodies if o is not None}
        own = {_body_key(p.name) for p in a.parties}
        if len(names) < 2 or None in bodies or len(keys) < 2 or not keys <= own:
            continue
        if all(named.get(key) == 1 for key in keys):
            a.signatories = names
            # the record that took them by nearness, none of their bodies its side, loses them
            for b in holding.get(tuple(sorted(names)), []):
                if not keys & {_body_key(p.name) for p in b.parties}:
                    b.signatories = []


def heads_named_elsewhere(s: Records) -> None:
    """sig46: a signed record with no signers whose signing a "heads of the sides" subject
    tells (``signer_shapes.heads_subject``: "Документ в Шексне подписали руководители центра
    занятости и завода", "... подписали руководители ведомства и вуза"), in its own
    sentence or one of the HEADS_AFTER_REACH after it, is signed by the heads of its
    parties, each named anywhere in the text as the one official heading that very party
    (``_heads_of_party``): "СИНХРОН. Татьяна Кротова, директор Центра занятости населения
    Вологодской области: ..." → Кротова. Every party gets exactly one such head or none is
    given (a party whose head is not named leaves the signing to the other rules); the
    sig37 rule (``signer_shapes.heads_signers``) reads the heads named just before by the
    words of their posts. A sentence another record was read from ends the reach. Linear:
    a few sentences per record, the officials once per party."""
    signed = [a for a in s.agreements if a.status == "signed" and not a.signatories and
              len(a.parties) >= 2]
    if not signed:
        return
    sentences = s.analysis.sentences
    told = {sentence_at(sentences, a.evidence.start) for a in s.agreements}
    for a in signed:
        n = sentence_at(sentences, a.evidence.start)
        if n < 0:
            continue
        for m in range(n, min(len(sentences), n + 1 + HEADS_AFTER_REACH)):
            if m != n and m in told:
                break
            if not any(t.lemma in HEAD_NOUNS for t in sentences[m].tokens):
                continue
            if heads_subject(s.analysis, ensure_parsed(sentences[m], s.models)) is None:
                continue
            heads = [_heads_of_party(s.officials, p.name, s.models) for p in a.parties]
            if all(len(h) == 1 for h in heads):
                found = [next(iter(h)) for h in heads]
                if len(set(found)) == len(found):
                    a.signatories = found
            break


def _heads_of_party(officials: list[Official], party: str, models: Models) -> set[str]:
    """The officials heading a body (``_heads``: "директор", "ректор") whose body
    is the party itself: the same name, letter case and quotes aside, or its acronym ("ректор
    СФУ" heads "Сибирский федеральный университет"); the head of a unit of it ("директор
    Гуманитарного института СФУ") is not."""
    key = _body_key(party)
    acronym = "".join(w[0] for w in re.findall(r"[А-ЯЁа-яё]+", party) if len(w) > 2).upper()
    return {o.name for o in officials if _heads(o, models) and o.organization and (
        _body_key(o.organization) == key or len(acronym) >= 3 and
        o.organization.strip() == acronym)}


def _heads(o: Official, models: Models) -> bool:
    """Heads a body (``signers.heads_body``), a qualifying word before the post allowed
    ("генеральный директор", "исполнительный директор"); "заместитель директора" does not."""
    words = (o.position or "").lower().split()
    return heads_body(o, models) or len(words) >= 2 and words[1] in HEAD_POSTS


def _body_key(name: str) -> str:
    """A body's name compared as a key: lower-cased, without quotes, one space."""
    return " ".join(re.sub(r"[«»\"„“”]", " ", name).lower().split())


def collective_signers(s: Records) -> None:
    """sig42: one who signed all the documents of an event, named once for all ("Все три
    документа Ольга Бегунова подписала 11 сентября", "Все документы от имени министерства
    подписал министр Вадим Алексеев"), signed each of the signed records told within
    COLLECTIVE_REACH sentences of that sentence, before it or after it (the documents may be
    told one by one after it: "Соглашение с фондом подписала руководитель филиала Сардана
    Николаева"). A record that already has two signers or more is left as it is (its own
    sentence named both sides' signers) unless every signer it has is an official of a
    body other than the collective signer's (``other_bodies_only``, sig44: "Документ
    подписали также глава Тольятти X и руководитель отдела епархии Y", the ministry's
    minister having signed all five); so is every record when the sentence names no one.
    The candidate rule (``agreements._collective_signers``) reads only the sentences after
    a signing it reads itself; this one reaches the ordinal and partner items merged into
    records. After it, the reach runs on over the paragraphs that tell the documents one
    by one (``signers.items_run_end``, sig44: "Все документы ... подписывала она лично."
    and five paragraphs of one document each). A plural document one person signed
    counts too ("Документы ... подписала его начальник X", ``signers.one_signs_many``).
    Sentences are parsed only when they hold a signing word and a document noun with
    "все"/"оба", a numeral or in the plural; linear in the document. sig90: a collective
    signing still to come (``collective_to_come``: "Оба соглашения от имени департамента
    подпишет его директор X") names the signer of the planned records told before it
    within the reach (``_planned_collective``), not of the signed ones. hidden41: a
    sentence counting its documents ("Министр Анна Котова заключила два соглашения")
    signs no more of the records told after it than it counts: "Первое — с фондом ...
    Второе — с колледжем ... Кроме того, директор центра X и председатель общества Y
    подписали соглашение о ..." leaves the third to X and Y."""
    signed = [a for a in s.agreements if a.status == "signed"]
    planned = [a for a in s.agreements if a.status == "planned"]
    if not signed and not planned:
        return
    sentences = s.analysis.sentences
    # the signed records by the sentence that tells them, so that each collective sentence
    # reads only the records within its reach
    told = sorted(((sentence_at(sentences, a.evidence.start), i) for i, a in enumerate(signed)))
    at = [n for n, _ in told]
    for m, sent in enumerate(sentences):
        lemmas = {t.lemma for t in sent.tokens} | {t.text.lower() for t in sent.tokens}
        if not lemmas & SIGNING_HEADS or not lemmas & COLLECTIVE_DOCUMENTS or not (
                lemmas & COLLECTIVE_WORDS or any(t.pos == "NUM" for t in sent.tokens) or
                any(t.lemma in COLLECTIVE_DOCUMENTS and t.feats.get("Number") == "Plur"
                    for t in sent.tokens)):
            continue
        sent = ensure_parsed(sent, s.models)
        if not collective_reference(sent, COLLECTIVE_DOCUMENTS):
            continue
        names = _named_signers(s.analysis, sent, s.officials, s.models)
        if not names:
            continue
        if collective_to_come(sent):  # sig90
            _planned_collective(s, planned, m, names)
            continue
        last = items_run_end(s.analysis, m)
        reach = (bisect_left(at, m - COLLECTIVE_REACH),
                 bisect_right(at, max(m + COLLECTIVE_REACH, last)))
        listed = _listed_partners([signed[i] for n, i in told[reach[0]:reach[1]] if n == m])
        counted = documents_counted(sent, COLLECTIVE_DOCUMENTS)
        after = 0  # hidden41: the records told after the sentence, in order
        for n, i in told[reach[0]:reach[1]]:
            a = signed[i]
            after += n > m
            if counted and n > m and after > counted:
                continue  # hidden41: past the documents the sentence counts
            if listed is not None and not {p.name for p in a.parties} & listed:
                continue  # sig57: another signing than the ones the sentence lists
            if n != m and (abs(n - m) <= COLLECTIVE_REACH or m < n <= last) and \
                    not any(same_person(x, y) for x in names for y in a.signatories) and \
                    (len(a.signatories) < 2 or
                     other_bodies_only(s.officials, names, a.signatories)):
                a.signatories = names + a.signatories


def collective_to_come(sent: Sentence) -> bool:
    """sig90: does a collective signing tell a signing still to come: a future verb of
    signing or the future auxiliary beside one (``agreements.signing_to_come``: "Оба
    документа подпишет министр X", "Все три соглашения будут подписаны министром X"), or
    a signing infinitive under a verb of planning ("Все документы со стороны области
    планирует подписать губернатор X")? Only from the parse and morphology."""
    if signing_to_come(sent):
        return True
    toks = sent.tokens
    return any(t.lemma in SIGNING_HEADS and t.feats.get("VerbForm") == "Inf" and
               0 <= t.head < len(toks) and toks[t.head].lemma in PLAN_WORDS for t in toks)


def _planned_collective(s: Records, planned: list[Agreement], m: int, names: list[str]) -> None:
    """sig90: the signers a collective signing to come names (``collective_to_come``) sign
    each planned record told within COLLECTIVE_REACH sentences before sentence ``m``: "В
    мае департамент подпишет соглашения с фондом «Заря» и с колледжем. Оба соглашения от
    имени департамента подпишет его директор Анна Котова" → Котова on both. Only records
    told before: a plan told after it ("Осенью департамент намерен подписать ещё и
    договор с обществом ветеранов") is another one. A
    record with two signers or more keeps its own unless they are all of other bodies
    (``other_bodies_only``), as for signed records."""
    for a in planned:
        n = sentence_at(s.analysis.sentences, a.evidence.start)
        if not m - COLLECTIVE_REACH <= n < m or \
                any(same_person(x, y) for x in names for y in a.signatories):
            continue
        if len(a.signatories) < 2 or other_bodies_only(s.officials, names, a.signatories):
            a.signatories = names + a.signatories


def _listed_partners(own: list[Agreement]) -> set[str] | None:
    """sig57: the partners a collective signing lists itself, when its sentence tells two
    signed records or more (one per partner): "Министр Анна Котова подписала соглашения с
    университетом, фабрикой и фондом" names the three agreements its signer signed, so
    "Ещё один документ подписали управляющий отделением Соцфонда X и председатель
    общества слепых Y" near it, with none of those partners, is another signing she is no
    signer of. The sides of those records that not all of them share; None when the
    sentence tells fewer than two records (its documents are told elsewhere: "Все
    документы со стороны министерства подписала министр X")."""
    if len(own) < 2:
        return None
    common = set.intersection(*({p.name for p in a.parties} for a in own))
    return {p.name for a in own for p in a.parties} - common


def other_bodies_only(officials: list[Official], names: list[str], signers: list[str]) -> bool:
    """sig44: is every one of ``signers`` an official of a body none of ``names`` belongs
    to, every body known? Then a common signer of those ``names`` is not among them for
    her own side: "Все документы со стороны министерства подписывала министр X. ...
    Документ подписали также глава Тольятти Y и руководитель отдела епархии Z" (the town
    and the eparchy, not the ministry)."""
    own = [named_official(officials, n) for n in names]
    theirs = [named_official(officials, n) for n in signers]
    if not all(own) or not all(theirs):
        return False
    return not {o.organization for o in own if o} & {o.organization for o in theirs if o}


def caption_of_its_sides(s: Records) -> None:
    """sig51: a photo caption of a signing shows the agreement one of whose own sides it
    names, not the one told nearest before it: "Соглашение подписали министерство, ООО
    «Швея» и общество глухих ... . В феврале министерство подписало соглашение с АО
    «Мебель». [Фото: На подписании соглашения: министр А. Б. Котова и директор ООО «Швея»
    В. Г. Петрова]" → Котова and Петрова sign the first, and the February agreement, whose
    signers are the caption's, all and only, keeps none; one that shares a signer with the
    caption ("Второе ... подписала Котова") keeps its own. Moved only when exactly one signed
    record has a side named in the caption by a word no other record's side has
    (``signers.side_named_in``) and one of its own signers, if any, is in the caption.
    Each caption is read once; the records once per caption (captions are few)."""
    captions = [x for x in s.analysis.sentences if signing_caption(x)][:CAPTIONS_READ]
    for sent in captions:
        named = _named_signers(s.analysis, sent, s.officials, s.models)
        if not named:
            continue

        def shown(n: str, named: list[str] = named) -> bool:
            return any(same_person(n, m) for m in named)

        # sig56: a record read from the caption itself names its sides there by
        # definition, so it shows no agreement: "Документ подписан 14 мая. ... [Фото] На
        # снимке: директор КЦСОН X и директор института Y подписывают соглашение" keeps X
        # and Y with the agreement reported above
        owners = [a for a in s.agreements if a.status == "signed" and
                  not sent.start <= a.evidence.start < sent.stop and side_named_in(
                      sent, a, [b for b in s.agreements if b is not a])]
        if len(owners) != 1 or owners[0].signatories and \
                not any(shown(n) for n in owners[0].signatories):
            continue
        owner = owners[0]
        takers = [a for a in s.agreements if a is not owner and a.signatories and
                  all(shown(n) for n in a.signatories) and
                  all(any(same_person(n, m) for m in a.signatories) for n in named)]
        if not takers:
            continue
        for a in takers:
            a.signatories = []
        owner.signatories = owner.signatories + [
            n for n in named if not any(same_person(n, m) for m in owner.signatories)]


def listed_members(s: Records) -> None:
    """sig67: the records one sentence told together, one per partner, take each the
    persons a colon list of signers after it names for that partner
    (``signer_groups.listed_member_signers``): "Министр X подписала соглашения с
    администрациями Шадринского и Катайского районов. Подписи также поставили:\n— глава
    Шадринского района Пётр Иванов;\n— глава Катайского района Олег Смирнов." → Иванов
    signs the first, Смирнов the second."""
    listed_member_signers(s.analysis, s.agreements, s.officials, s.models)


def side_phrase_members(s: Records) -> None:
    """sig67: the records one sentence told together, one per partner, keep each the
    signer a later sentence names after that partner's own side phrase
    (``signer_groups.side_phrase_member_signers``): "За Булунский район подпись поставил
    X. Со стороны Анабарского района документ подписал Y" → X signs the Булунский record
    only, Y the Анабарский one only."""
    side_phrase_member_signers(s.analysis, s.agreements, s.officials, s.models)


def lists_of_signers(s: Records) -> None:
    """sig43: a list of signers under a colon clause far from the signing, and a photo
    caption of a signing, give their people to the one signed record whose sides their
    posts name (``signer_lists.closing_list_signers``, ``caption_list_signers``):
    "Соглашение подписали:" / "министр труда области П.С. Орлов;" / "председатель фонда
    «Опора» И.И. Лыкова." """
    def named(x: Sentence) -> list[str]:
        return _named_signers(s.analysis, x, s.officials, s.models)

    closing_list_signers(s.analysis, s.agreements, s.officials, named, s.models)
    caption_list_signers(s.analysis, s.agreements, s.officials, named)


def own_sides_signers(s: Records) -> None:
    """sig58: an agreement whose sides each have a signer from that side keeps no signer
    whose post is in another body (``signer_bodies.signers_of_own_sides``): "документы
    подписали директор АНО «Родные люди» Т. Волошина и президент фонда «Свет в окне»
    И. Мельник" gives each of the two agreements its own partner's signer."""
    signers_of_own_sides(s.agreements, s.officials)


def told_after(s: Records) -> None:
    """r60sig: a record with no signer takes the people of the signing told right after the
    sentence naming its side, which stands for it by a pronoun ("Подписи под ним тогда
    поставили О.П.Сомова и И.С.Рябов"; ``signer_recalled.signers_told_after``)."""
    signers_told_after(s.analysis, s.agreements, s.models,
                       lambda sent: _segment_signers(s.analysis, sent, sent.start, sent.stop,
                                                     s.officials, s.models))


def post_only(s: Records) -> None:
    """sig60: a signer told by post only ("и ректор КГУ") is the one official of the page
    holding that post in a side without a signer (``signer_posts.post_only_signers``)."""
    post_only_signers(s.analysis, s.agreements, s.officials, s.models)


def series_signers(s: Records) -> None:
    """sigpool96: the later items of an ordinal series of agreements keep the first item's
    signer ("Первое соглашение министр X подписала с A. Второе — с B, его подписал Y",
    ``signer_series.ordinal_series_signers``)."""
    ordinal_series_signers(s.analysis, s.agreements, s.officials, s.models)


def recalled_to_new(s: Records) -> None:
    """basis60: a recalled older record of the new signed record's side gives its signers
    to the new one when that has none (``signer_recalled.new_signers_from_recalled``):
    "подписали соглашение ... Документ продолжает соглашение, которое стороны заключили
    в 2021 году. Подписи под ним поставили ..." → the new agreement's signers; not
    "Подписи под ним тогда поставили ..." (fixbasis60)."""
    new_signers_from_recalled(s.agreements, s.analysis, s.published)


def recalled_signers(s: Records) -> None:
    """sig60: a recalled record whose signers all signed the page's new agreement keeps
    none (``signer_recalled.recalled_without_new_signers``): "Ключарёв и Толмачёва
    подписали дополнительное соглашение ... Само соглашение было заключено в 2018 году"."""
    recalled_without_new_signers(s.agreements, s.analysis)


def person_signers(s: Records) -> None:
    """sig60: a signer is a person's name, not a body word kept as written
    (``signer_names.person_signers_only``): "замуправляющего Соцфондом" names no signer.
    sig61: a name written by first name and patronymic is the full name the text gives the
    one official of that first name (``signer_address.addressed_signers_in_full``):
    "подписали с Асланбеком Хамзатовичем" → "Асланбек Дудаев"."""
    person_signers_only(s.agreements, s.models)
    addressed_signers_in_full(s.agreements, s.officials, s.models)


def umbrella(s: Records) -> None:
    """sigpool97: an umbrella record of a plural signing ("Министр подписала соглашения с
    университетом и фондом") gives up the partners that have their own records, and their
    signers (``signer_umbrella.umbrella_partners``)."""
    if len(s.agreements) <= PAGE_RECORDS:
        umbrella_partners(s.agreements, s.officials, s.models)


def shared_signers(s: Records) -> None:
    """sig44: the subject of a signing of agreements in the plural ("Ректор Олег Котов
    подписал соглашения:") signs each signed record with their post's body as a side and
    no signer of that side yet (``signer_shared.plural_signing_signers``)."""
    plural_signing_signers(s.analysis, s.agreements, s.officials, s.models)


def signers_bodies(s: Records) -> None:
    """agr30: a record still without a side whose signers are officials with a body is an
    agreement between those bodies: "Министр социальной защиты ... Республики Мордовия
    Т. Шумилина, руководитель Государственной инспекции труда в Республике Мордовия Р. Фомин
    и начальник Управления по вопросам миграции МВД по Республике Мордовия С. Ежов подписали
    соглашение" → the ministry, the inspection and the directorate. Runs last: the signers
    of such a record are found by the record passes before it. Two bodies at least."""
    for a in s.agreements:
        if a.parties or len(a.signatories) < 2:
            continue
        bodies: list[Party] = []
        for name in a.signatories:
            o = named_official(s.officials, name)
            if o is not None and all(b.name != o.organization for b in bodies):
                bodies.append(Party(o.organization or "", o.region))
        if len(bodies) >= 2:
            a.parties = bodies
            a.regions = a.regions or list(dict.fromkeys(b.region for b in bodies if b.region))


# The record passes, in the order they run (README "Coreference of agreement mentions").
def side_phrase_owner(s: Records) -> None:
    """sigside48: a signer a side's phrase introduces ("Со стороны фонда документ подписал
    директор Пётр Орлов") signs a record that has that side, not the nearest record; a
    sentence naming several sides this way gives its signers to the one record holding
    them all (``signer_groups.side_phrase_owners``)."""
    side_phrase_owners(s.analysis, s.agreements)


def later_side(s: Records) -> None:
    """sig50: a side's signer a later sentence of a signed record's story names ("Со
    стороны фонда документ подписал директор Пётр Орлов", two sentences of terms after
    the signing) signs that record when no record has him yet
    (``signer_later.later_side_signers``)."""
    later_side_signers(s.analysis, s.agreements, s.officials, s.models)


def later_pair(s: Records) -> None:
    """sig53: a signing of "документ" told paragraphs after its record names signers whose
    bodies are that record's sides, one each ("Под документом расписались министр Анна
    Котова и директор фонда Олег Лыков"; ``signer_later.later_pair_signers``)."""
    later_pair_signers(s.analysis, s.agreements, s.officials, s.models)


def after_signing(s: Records) -> None:
    """sig53: the head of the one side left without a signer who speaks "после подписания"
    in the record's story signed for it ("— …, — сказала после подписания министр Анна
    Белова"; ``signer_later.after_signing_head``)."""
    after_signing_head(s.analysis, s.agreements, s.officials, s.models)


def likened_signing(s: Records) -> None:
    """sig54: a signing likened to a past one ("Как и три года назад, подписи поставили
    министр Анна Котова и директор Олег Гусев") signs both the new record and the old one of
    the same sides (``signer_later.likened_signing_signers``)."""
    likened_signing_signers(s.analysis, s.agreements, s.officials, s.models)


def represented_record(s: Records) -> None:
    """sig54: a record with no signer whose own sentence names its sides' representatives
    "в лице" ("Первым стало соглашение между администрацией в лице главы Орлова Ивана
    Петровича и фондом в лице директора Лыковой Анны Сергеевны") is signed by them
    (``signer_later.represented_record_signers``)."""
    represented_record_signers(s.analysis, s.agreements, s.officials, s.models)


def planned_story(s: Records) -> None:
    """plan54: a planned record's signers named in its story as the ones who will sign it
    ("Со стороны фонда документ подпишет директор Олег Котов";
    ``plan_signers.planned_story_signers``). planned70: then the record's own sentence telling
    its signers by a head post alone ("Соглашение будет подписано министром и директором
    фонда") gives the page's holders of those posts
    (``plan_signers.own_sentence_post_holders``)."""
    planned_story_signers(s.analysis, s.agreements, s.officials, s.models)
    own_sentence_post_holders(s.analysis, s.agreements, s.officials, s.models)


def planned_speaker(s: Records) -> None:
    """plans67: the head who tells a plan to sign in the first person signs it for his
    body once the other side's signer is announced ("«Рассчитываем подписать бумагу к
    третьему кварталу», — пояснил управляющий отделением …; со стороны палаты его подпишет её
    президент …"; ``plan_signers.plan_speaker_beside_announced``)."""
    plan_speaker_beside_announced(s.analysis, s.agreements, s.officials, s.models)


def event_sentence_signers(s: Records) -> None:
    """sig56: of one event's several signed agreements, a signer whose every sentence of
    signing names another record's own words signed that one
    (``signer_events.sentence_named_signers``): "Документ с Томской областью со стороны края
    подписал первый заместитель министра Олег Сомов" moves Сомов to the Tomsk record."""
    sentence_named_signers(s.analysis, s.agreements, s.officials)


def carried_signers(s: Records) -> None:
    """sig59: a signer of one record of the page's series for his own body, found also on
    a record whose sides each have a signer of their own and none of which is his body,
    was carried there and leaves it (``signer_bodies.carried_signers_dropped``): "Министр
    Анна Котова подписала соглашение с фондом" and, apart, "подписи поставили глава города
    Олег Рябов и директор АНО Ирина Лыкова" → the city's record keeps Рябов and Лыкова."""
    carried_signers_dropped(s.agreements, s.officials, s.analysis)


def off_domain_signers(s: Records) -> None:
    """signline62: on a page naming the signers of several agreements together, one of them
    outside the social sphere and dropped, its side's signer signs no social record: "Третьим
    стало соглашение правительства области с федерацией самбо о секциях в школах. Подписи
    поставили губернатор ..., министр труда ... и вице-президент федерации самбо ..." →
    the vice-president signs none of the social records
    (``signer_bodies.off_domain_signers_dropped``)."""
    off_domain_signers_dropped(s.agreements, s.officials, s.off_domain_sides, s.models)


def stood_in_heads(s: Records) -> None:
    """sig64: a head a deputy signed for signs no record: "Министр Олег Сомов на подписание
    не приехал — соглашение за него подписала заместитель министра Анна Котова" → Котова,
    not Сомов; so too the head told as the one to sign before "Однако соглашение подписала
    по доверенности заместитель ..." (``signer_stand_in.stood_in_heads_dropped``)."""
    stood_in_heads_dropped(s.analysis, s.agreements, s.models)


RECORD_PASSES: tuple[Pass[Records], ...] = named_passes(
    counted_members,
    partner_signers,
    sides_of_the_sides,
    one_signing_signatures,
    signatures_of_its_sides,  # sig76
    heads_named_elsewhere,  # sig46
    collective_signers,
    caption_of_its_sides,  # sig51
    listed_members,  # sig67
    side_phrase_members,  # sig67
    lists_of_signers,  # sig43
    own_sides_signers,  # sig58
    told_after,  # r60sig
    post_only,  # sig60
    series_signers,  # sigpool96
    recalled_to_new,  # basis60
    recalled_signers,  # sig60
    person_signers,  # sig60
    umbrella,  # sigpool97
    shared_signers,  # sig44
    signers_bodies,  # agr30
    side_phrase_owner,  # sigside48
    later_side,  # sig50
    later_pair,  # sig53
    after_signing,  # sig53
    likened_signing,  # sig54
    represented_record,  # sig54
    planned_story,  # plan54
    planned_speaker,  # plans67
    event_sentence_signers,  # sig56
    carried_signers,  # sig59
    off_domain_signers,  # signline62
    stood_in_heads,  # sig64
)


# The record passes run again on the records the date stage turns signed (sig43).
def item_line_signers(s: Records) -> None:
    """fair91: a record told by an item of a list, which the date stage turned signed (the
    list's header names its documents signed, ``agreement_dates.list_header_signed``), takes
    the signers that the next sentences of the item's own line name by a verb or noun of
    signing: "• соглашение фонда с колледжем — о практике студентов. Подписи поставили
    директор колледжа Олег Сомов и управляющий фондом Ирина Котова;" -> Сомов, Котова. Only
    a record with no signers yet, and sentences that name no agreement of their own."""
    text = s.analysis.text
    sents = s.analysis.sentences
    for a in s.agreements:
        if a.status != "signed" or a.signatories:
            continue
        k = sentence_at(sents, a.evidence.start)
        end = text.find("\n", a.evidence.start)
        end = len(text) if end < 0 else end
        if k < 0 or not opens_item(text, a.evidence.start):
            continue
        names: list[str] = []
        for later in sents[k + 1:]:
            if later.start >= end:
                break
            if any(t.lemma in TRIGGERS for t in later.tokens) or \
                    not any(t.lemma in SIGN_VERBS for t in later.tokens):
                continue
            names += [n for n in _segment_signers(s.analysis, later, later.start, later.stop,
                                                  s.officials, s.models) if n not in names]
        a.signatories = names


LATE_SIGNED_PASSES: tuple[Pass[Records], ...] = named_passes(
    collective_signers,
    item_line_signers,  # fair91
)


def signers_of_late_signings(s: Records, before: list[str]) -> None:
    """sig43: a record the date stage turns signed (``status.day_dated_signing``: "Второе
    соглашение – с колледжем. Оно было подписано 2 сентября.") was still only referred to
    when the record passes looked for signers, so one who signed all the documents at once
    ("Оба документа со стороны центра подписаны директором Ю.А. Тарасовой") was given to
    the others only. ``before`` is each record's status before the date stage, in order;
    the passes of LATE_SIGNED_PASSES run on the records signed since, and only on them."""
    late = [a for a, was in zip(s.agreements, before, strict=True)
            if was != "signed" and a.status == "signed"]
    if late:
        run_passes(LATE_SIGNED_PASSES, replace(s, agreements=late))


def signers_of_late_plans(s: Records, before: dict[int, str]) -> None:
    """announce61: a record the date stage or the dated record passes turn planned (a
    programme line "11:00 – Подписание соглашения …" under "Завтра будет подписано
    соглашение …", ``merge_extra.signing_after_the_page``) was still signed when the record
    passes read the planned records' stories, so the signers its story announces ("Подписи
    под ним поставят министр … и председатель …") went nowhere: it takes them now
    (``plan_signers.planned_story_signers``, only for such records). ``before`` is each
    record's status before the date stage, by the record's id."""
    turned = [a for a in s.agreements if before.get(id(a), "planned") != "planned" and
              a.status == "planned" and not a.signatories]
    if turned:
        planned_story_signers(s.analysis, s.agreements, s.officials, s.models, only=turned)


# --- helpers of the passes ----------------------------------------------------------------


def _bodies_told_before(analysis: Analysis, models: Models, sent: Sentence, k: int,
                        regions: list[RegionRef],
                        officials: list[Official] | None = None) -> list[_Party]:
    """A side-less agreement "между комитетами" is between the two bodies of that noun the
    sentences just before introduce: "встреча председателя комитета по социальной защите
    краевого Собрания ... и председателя комитета по социальной политике Верховного Совета
    Республики Хакасия ... Депутаты договорились подготовить соглашение ... между
    комитетами" (r18fix). A body's phrase runs from the noun to the next person, comma,
    conjunction or verb; exactly two distinct phrases of two regions, or nothing. agr58:
    a body told only through its official's post counts as told ("Министр труда ...
    Запорожской области X провела встречу с делегацией Министерства ... Пермского края
    ... стороны договорились подписать соглашение о сотрудничестве между министерствами":
    the minister's ministry, ``told_through_officials``)."""
    head = _between_plural_body(sent, k)
    if head is None:
        return []
    at = next((n for n, s in enumerate(analysis.sentences) if s.start == sent.start), None)
    if at is None:
        return []
    for reach in (TOLD_BODIES_REACH, TOLD_BODIES_LEAD_REACH):
        found = _bodies_of_head(analysis, models, analysis.sentences[max(0, at - reach):at],
                                head, sent.start, regions, officials)
        if found:
            return found
    return []


def _bodies_of_head(analysis: Analysis, models: Models, told: list[Sentence], head: str,
                    end: int, regions: list[RegionRef],
                    officials: list[Official] | None) -> list[_Party]:
    """The two bodies of the noun ``head`` the sentences ``told`` introduce, of two regions,
    sorted by where they are told; nothing unless exactly two (``_bodies_told_before``).
    agr72: the caller asks the nearest sentences first, then further back to the report's
    lead ("Сегодня прошло совещание между Министерством труда Омской области и
    Министерством социального развития Томской области." four sentences before "На
    совещании согласован текст соглашения между министерствами")."""
    found: list[_Party] = []
    for prev in told:
        toks = prev.tokens
        persons = [(s.start, s.stop) for s in _spans_in(analysis, prev) if s.type == "PER"]
        for i, t in enumerate(toks):
            if t.lemma != head or t.feats.get("Number") == "Plur":
                continue
            j = i + 1
            while j < len(toks) and j - i < TOLD_BODY_WORDS and \
                    (toks[j].pos not in {"PUNCT", "CCONJ", "VERB", "AUX"} or
                     genitive_name_goes_on(toks, j)) and \
                    not any(a <= toks[j].start < b for a, b in persons):
                j += 1
            if j == i + 1:
                continue
            a, b = toks[i].start, toks[j - 1].stop
            name = head[:1].upper() + head[1:] + " " + analysis.text[toks[i + 1].start:b]
            if all(p.name != name for p in found):
                found.append(_Party(name, _region_at(regions, a, b), a, b, models))
    if len(found) < 2 and told and officials:
        found += told_through_officials(head, officials, told[0].start, end, found, models)
    if len(found) != 2 or found[0].regions == found[1].regions:
        return []
    return sorted(found, key=lambda p: p.start)


def genitive_name_goes_on(toks: list[Token], j: int) -> bool:
    """agr58: does the "и" at j join two genitives inside a body's name ("Министерства
    труда и социального развития Пермского края"), not two bodies? The words on both sides
    are genitive and the one after is an adjective or a noun of the name: no person or post
    ("комитета ... и председателя комитета ..." joins two), no body's head."""
    if not (toks[j].lemma == "и" and 0 < j < len(toks) - 1):
        return False
    a, b = toks[j - 1], toks[j + 1]
    return a.feats.get("Case") == "Gen" and a.pos == "NOUN" and \
        b.feats.get("Case") == "Gen" and not b.text[:1].isupper() and \
        (b.pos == "ADJ" or b.pos == "NOUN" and b.feats.get("Animacy") != "Anim" and
         b.lemma not in ORG_HEADS | BODY_HEADS)


def told_through_officials(head: str, officials: list[Official], lo: int, hi: int,
                          found: list[_Party], models: Models) -> list[_Party]:
    """agr58: the bodies of kind ``head`` ("министерство") that officials named between
    offsets lo and hi serve, each of a region no body in ``found`` has: "Министр труда и
    социальной защиты Запорожской области Оксана Литвиненко" tells her ministry. Linear in
    the officials."""
    have = {r for p in found for r in p.regions}
    out: list[_Party] = []
    for o in officials:
        org = o.organization or ""
        if not (lo <= o.evidence.start < hi) or not o.region or o.region in have or \
                org.split(" ", 1)[0].lower() != head:
            continue
        have.add(o.region)
        out.append(_Party(org, [o.region], o.evidence.start, o.evidence.end, models))
    return out


def draft_sent_to_colleagues(sent: Sentence, k: int, regions: list[RegionRef],
                             officials: list[Official], known: list[_Party],
                             models: Models) -> list[_Party]:
    """A draft an official reports sent to a region's staff is planned between the
    official's body and that region's body: "Начальник управления ... Брянской области
    сообщил, что проект соглашения ... направлен смоленским коллегам" (r18fix). The
    addressee is a dative staff noun with a region's adjective; its side is that region's
    body named elsewhere in the text, else the region. The reporter is the one official
    of another region with a body introduced in the sentence."""
    if not sent.parsed or not 0 <= k < len(sent.tokens):
        return []
    toks = sent.tokens
    if not (toks[k].rel == "nmod" and 0 <= toks[k].head < len(toks) and
            toks[toks[k].head].lemma in DRAFT_NOUNS):
        return []
    codes: list[str] = []
    for i, t in enumerate(toks):
        if t.lemma in COLLEAGUE_NOUNS and t.feats.get("Case") == "Dat":
            for c in sent.children(i):
                if toks[c].rel == "amod":
                    codes += [r for r in _region_at(regions, toks[c].start, toks[c].stop)
                              if r not in codes]
    if len(codes) != 1:
        return []
    bare = {r.name for r in regions}
    reporters = [o for o in officials if o.organization and o.region and
                 o.region != codes[0] and sent.start <= o.evidence.start < sent.stop]
    if len(reporters) != 1:
        return []
    o = reporters[0]
    org, region = o.organization or "", o.region or ""
    partner = next((p for p in known if p.regions == codes and p.name not in bare), None)
    if partner is None:
        name = next((r.name for r in regions if r.code == codes[0]), None)
        if name is None:
            return []
        partner = _Party(name, codes, sent.start, sent.start, models)
    return [_Party(org, [region], o.evidence.start, o.evidence.end, models), partner]


def _town_side(p: _Party, bare: frozenset[str]) -> bool:
    """pair62: a side named by one place word of a region that is no official region name:
    a town ("с коллегами из Черкесска": "Черкесск"), placed in its region."""
    words = p.name.split()
    return bool(p.regions) and p.name not in bare and len(words) == 1 and \
        words[0][:1].isupper() and not words[0].isupper()


def title_of_sole_signing(text: str, cands: list[_Candidate], bare: frozenset[str]) -> None:
    """A title line that tells a signing with a partner named only by its region ("Подписали
    соглашение с тюменскими коллегами!") announces the one signing the body reports ("Они
    подписали соглашение о сотрудничестве"), not a second agreement of that region: its
    region-only side is dropped so it joins the body's signing as a side-less mention
    (r18fix). pair62: so does a title naming the partner by its town ("Мы подписали
    меморандум с коллегами из Черкесска!" over the body's signing with a centre of
    Карачаево-Черкесская Республика), even when the body's signing names the town's region
    (``_town_side``: a town and a region's body do not merge as they are). Only when the
    body reports exactly one signing, that signing does not name the
    title's region itself (then the two merge as they are) and at most one region besides
    (the reporter's own), and no other mention names the title's region."""
    if not cands:
        return
    c = cands[0]
    towns = bool(c.parties) and all(_town_side(p, bare) for p in c.parties)
    if c.status != "signed" or not c.parties or \
            not (towns or all(p.name in bare for p in c.parties)) or \
            line_of(text, c.sentence) is None:
        return
    body = [b for b in cands[1:] if b.sentence is not c.sentence and b.status == "signed"]
    if len({b.sentence.start for b in body}) != 1:
        return
    mine = {r for p in c.parties for r in p.regions}
    theirs = {r for b in body for p in b.parties for r in p.regions}
    if (mine <= theirs and not towns) or len(theirs - mine) > 1 or any(
            mine & {r for p in b.parties for r in p.regions}
            for b in cands[1:] if b.status != "signed"):
        return  # the body's signing names other partners, or the region has a plan of its own
    c.parties = []


