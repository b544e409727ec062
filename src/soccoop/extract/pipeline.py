"""One document through every extraction step, in order.

Boilerplate is masked first (same length, so offsets stay valid) and the expensive NLP runs
only on what is left; every later step reads the one ``Analysis``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from soccoop import nearcopy
from soccoop.extract.agreement_dates import DateStage, date_agreements
from soccoop.extract.anchor import governed_by_noun, governing_tense
from soccoop.extract.boilerplate import mask_boilerplate
from soccoop.extract.coreference import (
    Records,
    run_passes,
    signers_of_late_plans,
    signers_of_late_signings,
)
from soccoop.extract.dates import (
    date_line,
    dated_item_days,
    digest_week_days,
    find_dates,
    stated_view,
)
from soccoop.extract.merge import comments_start, find_agreements
from soccoop.extract.merge_extra import (
    DATED_RECORD_PASSES,
    DatedRecords,
    sideless_signings_dropped,
)
from soccoop.extract.nlp import Analysis, Models
from soccoop.extract.normalize import expand_abbreviations
from soccoop.extract.official_channels import channel_author
from soccoop.extract.official_posts import posts_written_out
from soccoop.extract.official_sides import (
    acronyms_spelled_out,
    bodies_named_as_sides,
    higher_school_of_an_academic,
    own_side_of_a_signer,
)
from soccoop.extract.official_units import portfolios_to_posts, unit_posts
from soccoop.extract.officials import (
    bodies_of_the_helped,
    find_officials_and_other_posts,
    gloss_acronyms,
    other_posts_placed,
)
from soccoop.extract.page_blocks import split_runon
from soccoop.extract.person_names import hold_person_mentions
from soccoop.extract.published import find_published
from soccoop.extract.regions import (
    find_regions,
    footer_regions,
    hashtag_regions,
    imprint_regions,
    masthead_regions,
    municipal_unit_regions,
    other_feed_items_dropped,
)
from soccoop.extract.signer_bodies import partners_signed_apart
from soccoop.extract.status import status_told_after
from soccoop.extract.syntax import parse_documents
from soccoop.extract.unwrap import S, span_restorer, unwrap
from soccoop.models import (
    Agreement,
    Official,
    Record,
    RegionRef,
    document_id,
    sha256_text,
)


def guess_title(text: str, masked: str) -> str | None:
    """The first substantive line that survived boilerplate masking; not the kept
    publication line ("Суббота, 21 июня 2025" above the headline is no title)."""
    for raw, kept in zip(text.splitlines(), masked.splitlines(), strict=False):
        line = kept.strip()
        if (len(line) >= 15 and re.search(r"[А-Яа-яЁёA-Za-z]{3}", line)
                and date_line(line) is None):
            return raw.strip()[:300]
    return None


def _finish_posts(records: list[Official], agreements: list[Agreement], analysis: Analysis,
                  models: Models, told: list[Official] | None = None) -> None:
    """fixnerel69: the passes that write out the officials' bodies and posts after the
    agreements were read, in order, run alike on the officials and on the people's other
    posts (nerel69), so that a pass added here reaches both; ``told``, the records read
    beside them, never mended: the other posts' helped and signers are also read among the
    officials ("Иван Петров … является первым заместителем министра" sits in the body of
    the minister told before, ``bodies_of_the_helped``)."""
    bodies_of_the_helped(records, models, told)
    portfolios_to_posts(records, models)
    bodies_named_as_sides(records, agreements, models)
    own_side_of_a_signer(records, agreements, models, told)  # off46: a signer's bare body
    acronyms_spelled_out(records, agreements, models)  # acro47: a body's acronyms
    gloss_acronyms(records, analysis, models)
    unit_posts(records, models)
    higher_school_of_an_academic(records, agreements, models)  # off46
    # off67/off69: the posts' own passes (POST_PASSES)
    posts_written_out(records, models, analysis.text)


def _official_regions(officials: list[Official], regions: list[RegionRef]) -> None:
    """An official's region: the region mentioned inside the phrase that gives the role."""
    for o in officials:
        if o.region:
            continue
        for r in regions:
            if any(o.evidence.start <= m.start < o.evidence.end for m in r.mentions):
                o.region = r.code
                break


def _publication_date(given: str | None, found: str | None) -> str | None:
    """The reader's date (HTML meta, JSON-LD) when it names the day, else the text's.

    Markup states the date for machines; the text's date lines are read by heuristics."""
    if given and re.match(r"\d{4}-\d\d-\d\d", given):
        return given
    return found or given


def extract(
    text: str,
    source: str,
    models: Models,
    *,
    title: str | None = None,
    published: str | None = None,
) -> Record:
    page = split_runon(text)  # page50: a flattened page's lines back
    masked = mask_boilerplate(page)
    analysis = models.analyse(unwrap(masked, models.analyzer.word_is_known))
    parse_documents([analysis], models)
    return extract_from_analysis(text, masked, analysis, source, models,
                                 title=title, published=published, page=page)


def _stored_slices(stored: str, page: str, masked: str, reading: str) -> Callable[[S], S]:
    """The evidence restorer (``unwrap.span_restorer``) pointing at the stored text, its text
    the stored slice: page50, a flattened page's split line (``page_blocks``) has line
    breaks where the stored text has spaces."""
    back: Callable[[S], S] = span_restorer(page, masked, reading)
    if page is stored:
        return back

    def fix(sp: S) -> S:
        sp = back(sp)
        return replace(sp, text=stored[sp.start:sp.end])

    return fix


def _before_comments(regions: list[RegionRef], comments: int) -> list[RegionRef]:
    """comments42: the regions named before the readers' comments (``merge.comments_start``):
    a region only a reader names ("Комментарии (2)" / "Ирина, Псков: А у нас в Псковской
    области так же") is not the news's; a region the article names keeps its mentions there."""
    out = []
    for r in regions:
        kept = [m for m in r.mentions if m.start < comments]
        if kept or not r.mentions:
            r.mentions = kept
            out.append(r)
    return out


def extract_from_analysis(
    text: str,
    masked: str,
    analysis: Analysis,
    source: str,
    models: Models,
    *,
    title: str | None = None,
    published: str | None = None,
    fallback_published: str | None = None,
    page: str | None = None,
) -> Record:
    """Every step after NLP, so batched callers (extract.batch) share it with ``extract``.

    ``masked`` is ``mask_boilerplate(split_runon(text))``: every step reads the page with a
    flattened page's blocks on their lines (``page_blocks``, same length); the record keeps
    the stored text's hash and its evidence slices the stored text. ``page`` is that
    ``split_runon(text)`` when the caller has it (tidy51: both callers split the page once,
    before masking; None: split here): a page saved as one line, "Главная » Общество Фонд
    помог старикам Дата: 3 мая 2024 В Энске …", is read as "Главная » Общество" / "Фонд
    помог старикам" / "Дата: 3 мая 2024" / "В Энске …" by every step."""
    sha = sha256_text(text)
    stored, text = text, split_runon(text) if page is None else page
    published = (_publication_date(published, find_published(text, masked=masked)[0])
                 or fallback_published)
    analysis.stored = text  # the masked lines' words (``Analysis.stored``)
    comments = comments_start(analysis)
    regions = _before_comments(find_regions(analysis, models), comments)
    reading = analysis.text  # the masked text with PDF line wraps joined (extract.unwrap)
    tense = governing_tense(analysis)
    dates = find_dates(reading, published, tense=tense, noun_head=governed_by_noun(analysis))
    dated_item_days(dates, reading, text, published, tense)  # date58: a feed's datelines
    digest_week_days(dates, text, published, tense)  # date61: a digest's week
    read, others = find_officials_and_other_posts(analysis, models)
    officials = [o for o in read if o.evidence.start < comments]
    # fixnerel69: a second post told in the comments is no post of the page's
    others = [x for x in others if x[0].evidence.start < comments]
    other_records = [o for o, _, _ in others]
    author = channel_author(analysis, models, officials)  # off45: a channel's header
    if author is not None:
        officials.insert(0, author)
    for records in (officials, other_records):
        _official_regions(records, regions)
        for o in records:
            if o.organization:
                o.organization = expand_abbreviations(models, o.organization)
    # agreements reason about the years the text states; their dates are anchored after
    stated = stated_view(dates)
    hold_person_mentions(analysis)  # tidy50: the spans are final (the officials mended them)
    try:
        agreements = find_agreements(analysis, models, regions, officials, stated, published)
        # datesD: every date decided from the whole document, once, after status and merging
        before = [a.status for a in agreements]
        was = {id(a): a.status for a in agreements}  # announce61
        stage = DateStage(analysis, stated, dates, published, agreements, tense, regions,
                          source=text)
        status_told_after(stage)  # status52: a status the next sentence or line settles
        date_agreements(stage)
        # sig43: a signing the date stage settles is read for its signers as the others were
        signers_of_late_signings(Records(analysis, models, regions, officials, stated, published,
                                         agreements), before)
        # pair81, side82: the record passes that read the dated records (DATED_RECORD_PASSES)
        run_passes(DATED_RECORD_PASSES, DatedRecords(agreements, analysis.sentences, published,
                                                    reading))
        # agr61: a sideless signing beside sided records; plan62: beside a plan, put off
        sideless_signings_dropped(agreements, analysis.sentences)
        # announce61: a record turned planned since takes the signers its story announces
        signers_of_late_plans(Records(analysis, models, regions, officials, stated, published,
                                      agreements), was)
        # records72: one body's plural signing with partners each signing for their own
        agreements[:] = partners_signed_apart(agreements, officials, analysis.sentences)
        # the officials' bodies as written out, after the agreements were read
        _finish_posts(officials, agreements, analysis, models)
        # nerel69: the people's other posts, read by no agreement, beside their records;
        # fixnerel69: by the same passes, the helped read among the officials too
        _finish_posts(other_records, agreements, analysis, models, told=officials)
        other_posts_placed(officials, others)
    finally:  # released also when extraction raises (a time budget)
        hold_person_mentions(None)
    # records come in the order the body tells them (merge.in_order_told)
    back = _stored_slices(stored, text, masked, reading)
    for r in regions:
        r.mentions = [back(m) for m in r.mentions]
    # region51: an aggregator's feed keeps the subjects of the stories its records are told in
    regions = other_feed_items_dropped(regions, text, [back(a.evidence).start for a in agreements])
    # the site's header names its subject; read last, so that no other step reasons on it
    found = {r.code for r in regions}
    regions += [r for r in masthead_regions(text, masked, models) if r.code not in found]
    # region65: so does its copyright line, when neither body nor header named the subject
    found = {r.code for r in regions}
    regions += [r for r in footer_regions(text, masked, models) if r.code not in found]
    # page49: so does a post's hashtag row; a page that names no subject at all takes its
    # footer's imprint address
    found = {r.code for r in regions}
    regions += [r for r in hashtag_regions(text, masked, models) if r.code not in found]
    if not regions:
        # region56: a town's municipal unit, read only on a page that names no subject
        # (fixregion56: computed only then; it reaches the page's regions, not the records)
        units_told = _before_comments(municipal_unit_regions(analysis), comments)
        regions = [replace(r, mentions=[back(m) for m in r.mentions]) for r in units_told]
    if not regions:
        regions = imprint_regions(text, masked, models)
    # region51: the furniture passes read the split page (same offsets as the stored text):
    # their evidence is the stored slice too, as the body's is after ``back``
    for r in regions:
        r.mentions = [replace(m, text=stored[m.start:m.end]) for m in r.mentions]
    for o in officials:
        o.evidence = back(o.evidence)
    for a in agreements:
        a.evidence = back(a.evidence)
    dates = [back(d) for d in dates]
    hashes = nearcopy.shingle_hashes(stored)  # once, for the signature and the store
    return Record(
        id=document_id(sha),
        source=source,
        sha256=sha,
        title=title or guess_title(text, masked),
        published=published,
        regions=regions,
        agreements=agreements,
        officials=officials,
        dates=dates,
        lemmas=" ".join(t.lemma for s in analysis.sentences for t in s.tokens
                        if t.lemma[:1].isalnum()),
        minhash=nearcopy.minhash_of(hashes),
        shingles=nearcopy.pack_hashes(hashes),
    )
