"""Agreement dates in one stage (datesD): the date passes that run once on the records,
after status and merging, in the order of ``DATE_PASSES``.

An agreement's date used to be finished in several places (a record pass of
``coreference``, the pipeline's month sections and planned months, the anchoring of stated
dates). Here they are small named passes on one state, each with a docstring and a Russian
example, run by one loop; the rules' words live in ``datewords`` and ``lexicon``, the
readings of one sentence in ``signing_dates``. What a candidate's own clause says (read
while candidates are found, since status and merging reason about it) stays with the
candidates; everything decided from the whole document is decided here.

The passes see the dates twice: ``stated`` as the text states them (``dates.stated_view``:
"26 октября" is ``--10-26``) until ``anchored_values``, which lifts the records to the
publication-anchored values of ``dates``; later passes work on anchored values.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace

from soccoop import isodate
from soccoop.extract.agreement_lists import lead_line, lead_signed, opens_item
from soccoop.extract.agreements import (
    _DAY,
    _DateIndex,
    _earlier_signing,
    _event_date,
    _negated_signing,
    _predicate_path,
    _scheduled_date,
)
from soccoop.extract.anchor import anchor_agreements
from soccoop.extract.candidate_dates import term_date
from soccoop.extract.candidate_signers import roadmap_at
from soccoop.extract.dates import (
    TenseOf,
    anchor_day,
    anchor_month,
    date_line,
    find_dates,
    occasion_part_day,
    publication_day,
    quoted_now,
    range_last_day,
    same_day_phrase,
    week_told_span,
)
from soccoop.extract.datewords import (
    CEREMONY_NOUNS,
    CEREMONY_REACH,
    CLAUSE_BOUNDS,
    COLLECTIVE_DAY_REACH,
    COUNT_REACH,
    COUNT_WORDS,
    DAY_ADJECTIVE_SHIFT,
    DAY_NEXT_REACH,
    DEADLINE_BARE_OPENER,
    DEADLINE_COMPARATIVES,
    DEADLINE_OPENERS,
    DEADLINE_PERIODS,
    DEADLINE_PREPOSITIONS,
    DEADLINE_SPAN_OPENER,
    DEADLINE_WHOLE_YEAR,
    HELD_VERBS,
    IN_FORCE_SPAN_AGREEMENTS,
    IN_FORCE_SPAN_NOUN,
    IN_FORCE_SPAN_PREPOSITIONS,
    INTENT_ADJECTIVES,
    LIST_SIGNING_REACH,
    MONTH_END_NOUNS,
    NAMED_OCCASION_NOUNS,
    NOT_STORY_DAY_PREPOSITIONS,
    NOWADAYS_WORDS,
    SAME_PLACE_ADVERBS,
    SAME_PLACE_NOUNS,
    SEQUENCE_ADVERBS,
    SEQUENCE_PREPOSITIONS,
    SEQUENCE_REACH,
    SIGNATURES_LATER_REACH,
    SIMULTANEITY_ADVERBS,
    VISIT_VERBS,
    WEEKDAYS,
    month_forms,
    month_number,
)
from soccoop.extract.lexicon import (
    ABBREVIATION_WORDS,
    ACCORD_NOUNS,
    ADOPT_VERBS,
    CONTRAST_CONJUNCTIONS,
    COOPERATION_NOUNS,
    COOPERATION_PROGRAMMES,
    DISCUSS_VERBS,
    DOCUMENT_REFERENCES,
    EARLIER_WORDS,
    EVENT_NOUNS,
    EVENT_VERBS,
    HAPPEN_VERBS,
    JOIN_LINK_VERBS,
    JOIN_ROLE_NOUNS,
    JOIN_VERBS,
    OCCASION_VERBS,
    ORDINALS,
    PLAN_HEADS,
    PLAN_WORDS,
    POSTPONE_WORDS,
    PRO_VERBS,
    REPORT_VERBS,
    ROADMAP_DOCUMENTS,
    SAME_TIME_DEMONSTRATIVES,
    SCHEDULE_VERBS,
    SIGN_NOUNS,
    SIGN_VERBS,
    SIGNATURE_NOUNS,
    SIGNER_LEMMAS,
    STEP_NOUNS,
    TRIGGERS,
    WORDING_NOUNS,
)
from soccoop.extract.lexicon_officials import ORG_HEADS as OFFICIAL_ORG_HEADS
from soccoop.extract.lexicon_sides import PARTNER_PREPOSITIONS
from soccoop.extract.lexicon_signer_shapes import CLOSING_QUOTES, OPENING_QUOTES, STRAIGHT_QUOTE
from soccoop.extract.lexicon_signers import COLLECTIVE_DOCUMENTS
from soccoop.extract.lexicon_status import (
    ABOUT_PREPOSITIONS,
    AGREE_ON_VERBS,
    CALLED_OFF_WORDS,
    JOIN_WORDS,
    MONTH_PART_NOUNS,
    NEW_TIME_ADJECTIVES,
    NEW_TIME_MARKS,
    PART_DASHES,
    SET_TIME_NOUNS,
)
from soccoop.extract.nlp import Analysis, Sentence, Token, sentence_at
from soccoop.extract.passes import Pass, named_passes
from soccoop.extract.signers import collective_reference, signing_caption
from soccoop.extract.signing_ahead import (
    decision_only,
    future_aux_word,
    future_form,
    past_or_future,
)
from soccoop.extract.signing_dates import (
    cooperation_since,
    counted_day,
    counts_set,
    date_head,
    future_document_signing,
    held_since,
    in_force_months,
    in_force_since,
    joined_on_day,
    later_time_told,  # fixdate59
    nearest_count,
    occasion_day_before,
    occasion_held_day,
    occasion_year,
    occasions_named,
    one_day_each,
    outcome_of_occasion,
    own_document_date,
    period_year,
    planned_by_pronoun,
    planned_signing_date,
    plans_signing_it,
    postponed_to,
    put_off_to,
    puts_signing_off,
    rescheduled_to,
    scheduled_participle_date,
    signatures_day,
    signings_told_before,
    sole_day,
    story_lead_day,
    story_opening,
    timed_item_date,
    worked_under_since,
)
from soccoop.extract.status import day_dated_signing, told_as_earlier
from soccoop.extract.syntax import ancestors, ensure_parsed, negated, subtree, verbless
from soccoop.extract.turns import answer_opening
from soccoop.models import Agreement, DateRef, RegionRef, publication_stand_in
from soccoop.names import stem, words


@dataclass
class DateStage:
    """What the date passes read and change: the document, its dates (as stated and as
    anchored), its publication day and the agreement records (changed in place)."""

    analysis: Analysis
    stated: list[DateRef]  # the dates as the text states them (``stated_view``)
    dates: list[DateRef]  # the same dates anchored to the publication day
    published: str | None
    agreements: list[Agreement]
    tense: TenseOf | None = None  # the tense governing a date (``anchor.governing_tense``)
    regions: list[RegionRef] = field(default_factory=list)  # with their mentions
    # status50: the stored text, masked lines included (a digest's day headings); its
    # offsets are the reading's but for hyphen-joined line wraps (``unwrap``)
    source: str = ""
    # fixplan57: the inner sentences of a sentence by its index (``_inner_of``), cut once:
    # a copy parsed on demand (``_put_off_time``) is parsed once, not for every plan
    inner: dict[int, list[Sentence]] = field(default_factory=dict)
    # fixdates68: the records ``list_header_signed`` read signed, the only ones
    # ``_list_items_story_day`` dates
    header_signed: list[Agreement] = field(default_factory=list)

    def sentence_at(self, offset: int) -> int:
        """``nlp.sentence_at`` of the document's sentences."""
        return sentence_at(self.analysis.sentences, offset)

    def undated(self, status: str) -> Iterator[tuple[Agreement, int]]:
        """Each record of ``status`` ("signed", "planned", "mentioned") with no date yet
        and the index of its sentence, in the records' order (a record before every
        sentence left out); read as the loop goes, so a date a pass gives one record is
        seen before the next is yielded. The opening the passes that date one kind of
        record from its own sentence share: in "Губернатор приедет в Энск в четверг.
        Там планируется подписать соглашение с колледжем" ``undated("planned")`` yields
        the college's plan with 1, the index of the second sentence."""
        for a in self.agreements:
            if a.status == status and a.date is None:
                k = self.sentence_at(a.evidence.start)
                if k >= 0:
                    yield a, k


# One named date rule: ``run`` changes the records of the state in place.
DatePass = Pass[DateStage]


# How many sentences from the start (headline included) make a report's lead.
LEAD_SENTENCES = 3


def period_year_dropped(s: DateStage) -> None:
    """status65: a year read after "на", the period a document covers, dates no record:
    "продлить действующее соглашение на 2025 год", "подписали дорожную карту по реализации
    соглашения на 2025 год" (``signing_dates.period_year``). The year stays on the record
    through merging (it keeps such a record apart from the agreement of another year) and
    is cleared first here, so that the passes after it may date the record from the text
    or the publication day. Only when every telling of that year in the document is such a
    period (a year told otherwise, "в 2025 году подпишут", may be the record's)."""
    sents = s.analysis.sentences
    periods: dict[str, bool] = {}
    for d in s.stated:
        if d.value and _YEAR.fullmatch(d.value):
            k = s.sentence_at(d.start)
            is_period = 0 <= k < len(sents) and period_year(sents[k], d)
            periods[d.value] = periods.get(d.value, True) and is_period
    for a in s.agreements:
        if a.date and periods.get(a.date):
            a.date = None


def signing_not_dated_by_plan(s: DateStage) -> None:
    """date86: a signed record never takes the time another record's plan is told for:
    "Второе соглашение подписали директора центров занятости. Третье соглашение — о
    летнем отдыхе школьников — стороны намерены подписать в июне." leaves the second agreement
    without June (the plan's month; a later pass or the page's day dates it). The record's
    date is stated only outside its own sentence, and every sentence stating it is the own
    sentence of a planned record. Signed records only; stated dates, first of the passes.
    date57: or of a decision to work on it that tells no signing (``signing_ahead.decision_only``):
    "В феврале на совещании было решено выработать единый порядок. Тогда же стороны
    договорились подготовить соглашение. ... Министры подписали соглашение" is not of
    February (the page's day dates it)."""
    plans = {s.sentence_at(b.evidence.start) for b in s.agreements if b.status == "planned"}
    sents = s.analysis.sentences
    for a in s.agreements:
        if a.status != "signed" or not a.date:
            continue
        k = s.sentence_at(a.evidence.start)
        # date45: a day the record's own sentence states without its year ("3 июня") is
        # the record's too when the candidates gave it the page's year ("2024-06-03")
        told = {s.sentence_at(d.start) for d in (*s.stated, *s.dates) if d.value == a.date}
        if told and k not in told and all(
                j in plans or (0 <= j < len(sents) and decision_only(sents[j]))
                for j in told):
            a.date = None


def lead_date(s: DateStage) -> None:
    """The one signed agreement that has no date of its own takes the day the lead tells
    of a signing: "Сегодня в Казани министры двух регионов подписали документы о
    сотрудничестве" (``lead_signing_date``). Stated dates: anchored after."""
    signed = [a for a in s.agreements if a.status == "signed"]
    if len(signed) == 1 and signed[0].date is None:
        signed[0].date = lead_signing_date(s.analysis, s.stated, signed[0].evidence.start,
                                           s.published)


def lead_signing_date(analysis: Analysis, dates: list[DateRef], own: int,
                      published: str | None = None) -> str | None:
    """The day the lead says a signing took place, for the report's one signed agreement
    whose own sentence gives no date: "Сегодня в Казани министры двух регионов подписали
    документы о сотрудничестве. ... Соглашение подписали Министерство труда РТ и ..." is
    dated by "сегодня". Only a day (not a month or year), only a lead sentence with a
    signing verb that is not announced for later ("планируют подписать", "будет
    подписано"); a bare dateline ("КАЗАНЬ, 18 апреля") dates the report, not the signing,
    and "от 15.03.2021" dates another document. The agreement's own sentence (at offset
    ``own``) has been read already. Before the lead: the date of the document the text is
    (``own_document_date``) or of the chronicle's day (``timed_item_date``). fixdate59: no
    lead's day for an agreement told at a later time ("Через несколько дней ... заключили
    соглашение", ``signing_dates.later_time_told``)."""
    k = sentence_at(analysis.sentences, own)
    if 0 <= k < len(analysis.sentences):
        mine = analysis.sentences[k]
        found = own_document_date(analysis, mine, dates) or \
            timed_item_date(analysis, mine, dates, published)
        if found is not None or later_time_told(mine):
            return found
    for sent in analysis.sentences[:LEAD_SENTENCES]:
        if sent.start <= own < sent.stop:
            continue
        lemmas = {t.lemma for t in sent.tokens}
        if not agreed_on_terms(sent) and (
                not lemmas & SIGN_VERBS or lemmas & (PLAN_WORDS | PLAN_HEADS) or
                any(future_aux_word(t) for t in sent.tokens) or
                _negated_signing(sent.tokens)):
            continue
        after_ot = {t.stop for t in sent.tokens if t.lemma == "от"}
        inside = sorted((d for d in dates if d.value and sent.start <= d.start < sent.stop
                         and _DAY.fullmatch(d.value) and
                         not any(d.start - 1 <= e <= d.start for e in after_ot)),
                        key=lambda d: (d.relative, d.start))
        inside = signing_part_dates(sent, inside) or inside
        if inside:
            return inside[0].value
    return None


def signing_part_dates(sent: Sentence, inside: list[DateRef]) -> list[DateRef]:
    """plan91: a lead sentence of two parts joined by a dash, each with its own day, dates
    the signing by the part that tells it: "Вчера обсудили — сегодня договор уже
    подписан" is dated by "сегодня", not by the other part's "вчера". The dates (of
    ``inside``, in its order) of the dash-parts holding a word of signing
    (``SIGN_VERBS``); empty when no part or every part holds one."""
    toks = sent.tokens
    cuts = [t.start for t in toks if t.text in PART_DASHES]
    if not cuts or len(inside) < 2:
        return []
    bounds = [sent.start, *cuts, sent.stop]
    parts = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False)]
    signing = [(a, b) for a, b in parts
               if any(a <= t.start < b and t.lemma in SIGN_VERBS for t in toks)]
    if not signing or len(signing) == len(parts):
        return []
    return [d for d in inside if any(a <= d.start < b for a, b in signing)]


def agreed_on_terms(sent: Sentence) -> bool:
    """status52: does a lead sentence tell the sides came to terms in the past on what they
    will do together, not on a signing still to come? "5 февраля отделение Соцфонда и
    университет договорились вместе учить пенсионеров цифровой грамотности" tells the
    agreement reached that day; "договорились подписать соглашение" (a signing infinitive),
    "договорятся" (future), "не договорились" and a plan word beside it ("планируют
    договориться") do not. Read from lemmas and morphology (a headline is not parsed)."""
    toks = sent.tokens
    agreed = [i for i, t in enumerate(toks) if t.lemma in AGREE_ON_VERBS and
              t.feats.get("Tense") == "Past" and t.feats.get("VerbForm") == "Fin" and
              not _after_not(toks, i)]
    if not agreed:
        return False
    lemmas = {t.lemma for t in toks} - AGREE_ON_VERBS
    return not lemmas & (SIGN_VERBS | PLAN_WORDS | PLAN_HEADS | SIGN_NOUNS) and \
        not any(future_aux_word(t) for t in toks)


def _set_items_told_by_content(s: DateStage) -> None:
    """date47: an agreement of a set counted as signed, told in a sentence of its own by what
    it does, not by its signing, is one of the set: "Министр подписала сегодня четыре
    соглашения. ... Соглашение с фондом «Опора» касается помощи одиноким пенсионерам."
    is signed (and ``counted_signings``, which calls this first, gives it the count's
    day). The sentence opens with
    a singular agreement noun and its partner's "с"; its finite verbs are in the present or
    future, none past, with no verb of signing, no plan and no word of an earlier time
    (morphology); a count of documents signed (``signing_dates.nearest_count``, no plan)
    stands before it within ``COUNT_REACH`` sentences. Records read as only referred to,
    undated, only: "Соглашение с фондом действует с 2019 года" is dated, "Соглашение с
    фондом подписали в 2019 году" names its signing, and no count stands before either in
    a story of one signing."""
    sents = s.analysis.sentences
    for a, k in list(s.undated("mentioned")):
        toks = [t for t in sents[k].tokens if t.pos != "PUNCT"]
        if len(toks) < 3 or toks[0].lemma not in TRIGGERS or \
                toks[0].feats.get("Number") != "Sing" or \
                toks[1].lemma not in PARTNER_PREPOSITIONS or \
                a.evidence.start > sents[k].start + 3:
            continue
        finite = [t for t in toks if t.pos in {"VERB", "AUX"} and
                  t.feats.get("VerbForm") == "Fin"]
        if not finite or any(t.feats.get("Tense") == "Past" for t in finite) or any(
                t.lemma in SIGN_VERBS or t.lemma in PLAN_WORDS or t.lemma in PLAN_HEADS or
                t.lemma in EARLIER_WORDS or future_aux_word(t) for t in toks):
            continue
        if nearest_count(sents, k) is not None:
            a.status = "signed"


def counted_signings(s: DateStage) -> None:
    """Signings counted together share the count's day (datesD): "Накануне в Томске
    состоялось подписание сразу двух документов. Первое соглашение заключили ... Второе
    соглашение касается занятости ..." dates both signed records by "накануне"; so does the
    occasion told just before a count without a day ("В понедельник в Липецке прошла рабочая
    встреча. Итогом визита стали сразу два документа."). Only signed records without a
    date, told after the count (``signing_dates.counted_day``); a plan's count ("планируют
    подписать два документа") counts nothing. Stated dates: anchored after. date47: the
    records of the set told by what they do are signed first
    (``_set_items_told_by_content``)."""
    _set_items_told_by_content(s)
    undated = [a for a in s.agreements if a.status == "signed" and a.date is None]
    if not undated:
        return
    sents = s.analysis.sentences
    for a in undated:
        k = s.sentence_at(a.evidence.start)
        a.date = counted_day(sents, k, s.stated) if k > 0 else None


def occasion_day(s: DateStage) -> None:
    """A signing told as the outcome of an occasion takes the day the occasion took place,
    told a few sentences before (dates26): "Накануне в Объячеве прошла рабочая встреча ...
    . В работе встречи участвовали ... . По итогам обсуждения они подписали соглашение"
    dates the record by "накануне"; so does a count told so ("11 сентября в Рязани прошёл
    форум ... . В ходе пленарного заседания министерство заключило сразу два соглашения.
    Первый документ — соглашение ..."). The record's sentence, or the count of documents
    before it, opens the outcome ("по итогам", "в ходе", an occasion noun), or (date60) the
    sentence before it tells the occasion's signings ("Первый день форума завершился
    чередой подписаний. Министерство ... заключило соглашение ...",
    ``signing_dates.signings_told_before``); the day is
    ``signing_dates.occasion_day_before``'s. date61: or the sentence right before it (its
    paragraph's last, or the same paragraph's) tells the agreement as the outcome and this
    one goes on with its signing (``told_on``): "В пятницу в Абакане прошло совещание ... .
    Его главным итогом стало соглашение между ... . Соглашение было подписано в присутствии
    ..." is Friday. date47: or the record is an item of a list whose lead tells the
    outcome ("В прошлый четверг Зетск посетила делегация ... . В ходе визита стороны
    скрепили подписями:" over "— меморандум о ...", ``_occasion_list_lead``). Signed records without
    a date only; stated dates: anchored after."""
    sents = s.analysis.sentences
    for a, k in s.undated("signed"):
        at = k if outcome_of_occasion(sents[k]) else nearest_count(sents, k)
        if (at is None or not outcome_of_occasion(sents[at])) and k > 0 and \
                told_on(sents[k]) and outcome_of_occasion(sents[k - 1]):
            at = k - 1
        if at is not None and outcome_of_occasion(sents[at]):
            a.date = occasion_day_before(sents, at, s.stated)
        elif signings_told_before(sents, k):
            a.date = occasion_day_before(sents, k, s.stated)
        elif (lead := _occasion_list_lead(s, a)) is not None:  # date47
            a.date = occasion_day_before(sents, lead, s.stated)


def _occasion_list_lead(s: DateStage, a: Agreement) -> int | None:
    """date47: the sentence index of the lead of the list whose item tells the record, when
    that lead tells the items as an occasion's outcome and states no date ("В ходе визита
    мэр и гости скрепили подписями:" over "— меморандум о партнёрстве управлений ... и
    ..."), else None: the list's items are that occasion's signings, so the day is the
    occasion's, told before the lead (``occasion_day``)."""
    text = s.analysis.text
    line_start = text.rfind("\n", 0, a.evidence.start) + 1
    if not opens_item(text, line_start):
        return None
    header = _list_header(text, line_start, opens_item)
    if header is None:
        return None
    lo, hi = header
    h = s.sentence_at(lo)
    sents = s.analysis.sentences
    if not 0 <= h < len(sents) or any(lo <= d.start < hi for d in s.dates) or \
            not outcome_of_occasion(sents[h]):
        return None
    return h


def named_occasion_day(s: DateStage) -> None:
    """date67: a signing told at an occasion named by its noun takes the day the text gives
    where it tells that occasion held, however far from the signing: "14 марта в Кемерове
    состоялась расширенная коллегия министерства. [five paragraphs] В завершение коллегии
    министр и управляющий отделением подписали соглашение" is 14 March, not the page's 15th;
    so are "По итогам совещания подписаны два документа" after "Накануне ... прошло выездное
    совещание", and "Подписи под документом поставили ... во время рабочей поездки" before
    "Рабочая поездка ... состоялась 23 октября". The occasion is named in the record's own
    sentence, the count of documents before it (``signing_dates.nearest_count``), the next
    sentence of its paragraph when that one goes on with the signatures, or (date47) the
    sentence before when it tells a signing at the occasion and names no agreement
    (``signing_dates.signings_told_before``: "Одно подписание в рамках визита всё же
    состоялось. Председатели двух обществ подписали протокол ..."); the day is
    ``signing_dates.occasion_held_day``'s, and only when every sentence that tells that
    occasion held with a day gives the same day. Signed records without a date only; stated
    dates: anchored after."""
    sents = s.analysis.sentences
    text = s.analysis.text
    held: dict[str, set[str | None]] = {}  # the days each occasion is told held, read once
    headline = _occasion_headline(s)  # date49
    told: dict[int, tuple[str, int] | None] = {}  # its occasion's day, read once a page
    for a, k in s.undated("signed"):
        named = occasions_named(sents[k])
        count = nearest_count(sents, k)
        if count is not None:
            named |= occasions_named(sents[count])
        if k + 1 < len(sents) and "\n" not in text[sents[k].stop:sents[k + 1].start] and \
                {t.lemma for t in sents[k + 1].tokens} & SIGNER_LEMMAS:
            named |= occasions_named(sents[k + 1])
        if signings_told_before(sents, k):
            # date47: "Одно подписание в рамках визита всё же состоялось." over the record
            named |= occasions_named(sents[k - 1])
        days: set[str | None] = set()
        for occasion in named:
            if occasion not in held:
                held[occasion] = {occasion_held_day(x, occasion, s.stated) for x in sents}
                held[occasion].discard(None)
            days |= held[occasion]
        if not days and headline is not None and headline < k:
            if headline not in told:
                told[headline] = _headline_occasion(s, headline)
            day_first = told[headline]
            a.date = _headline_occasion_day(s, day_first, k) if day_first else None  # date49
        elif len(days) == 1:
            a.date = days.pop()


def _occasion_headline(s: DateStage) -> int | None:
    """date49: the index of the page's headline (the first line of its own among the first
    ``HEADLINE_REACH`` that tells signings, ``_tells_signings``) when it tells them
    as the outcome or the course of an occasion (``outcome_of_occasion``) it names by its
    noun: "На форуме «Забота» подписали пять соглашений", "Три соглашения заключены в ходе
    визита делегации"; else None."""
    sents, text = s.analysis.sentences, s.analysis.text
    for h, sent in enumerate(sents[:HEADLINE_REACH]):
        if not _headline(text, sent) or not _tells_signings(sent):
            continue
        return h if outcome_of_occasion(sent) and occasions_named(sent) else None
    return None


def _tells_signings(sent: Sentence) -> bool:
    """date49: does a headline tell signings done: a past signing (``_tells_past_signing``)
    or agreements counted by a number (not "один") right before their noun ("Три
    соглашения и одна отсрочка: в Зетске на ярмарке договорились о новых шагах"; the plan
    words of its other clauses are no plan of the counted ones), with no future auxiliary
    ("будут подписаны два соглашения")?"""
    toks = sent.tokens
    if any(future_aux_word(t) for t in toks):
        return False
    return _tells_past_signing(sent) or any(
        t.pos == "NOUN" and t.lemma in TRIGGERS and
        any(u.pos == "NUM" and u.lemma != "один" for u in toks[max(0, i - 2):i])
        for i, t in enumerate(toks))


def _occasion_told_on_day(sent: Sentence, occasion: str, dates: list[DateRef]) -> str | None:
    """date49: the one day of a sentence telling ``occasion`` held
    (``signing_dates.occasion_held_day``) or, for a visit, made ("Вчера в Зетск с рабочим
    визитом приехал министр": its noun beside a past verb of a visit, ``VISIT_VERBS``, and
    no agreement named), else None."""
    day = occasion_held_day(sent, occasion, dates)
    if day is not None:
        return day
    toks = sent.tokens
    if any(t.lemma == occasion for t in toks) and \
            any(t.lemma in VISIT_VERBS and t.feats.get("Tense") == "Past" for t in toks) and \
            not any(t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"} for t in toks):
        return sole_day(sent, dates)
    return None


def _headline_occasion(s: DateStage, h: int) -> tuple[str, int] | None:
    """date49: the one day the occasion the headline ``h`` names (``_occasion_headline``)
    is told held on, and the first sentence telling it so (``_headline_occasion_day`` reads
    them for each undated signing; read once a page, so the cost does not grow with records
    times sentences): every sentence telling the occasion held gives that day
    (``signing_dates.occasion_held_day``), a full day and not a range "14–15 ноября"; else
    None. "26 марта в Зетске прошёл форум «Забота»" under "На форуме «Забота» подписали
    пять соглашений" → 26 March and that sentence."""
    sents = s.analysis.sentences
    days: set[str] = set()
    first = len(sents)
    for occasion in occasions_named(sents[h]):
        for j, x in enumerate(sents):
            day = _occasion_told_on_day(x, occasion, s.stated)
            if day is not None:
                days.add(day)
                first = min(first, j)
    if len(days) != 1:
        return None
    day = days.pop()
    if not _DAY.fullmatch(day) or any(
            sents[first].start <= d.start < sents[first].stop and range_last_day(d)
            for d in s.stated):
        return None
    return day, first


def _headline_occasion_day(s: DateStage, day_first: tuple[str, int], k: int) -> str | None:
    """date49: the day of the occasion the page's headline names (``_headline_occasion``:
    the day and the first sentence telling it held) for an undated signing of sentence
    ``k`` that names no occasion held on a day of its own: the headline says the page's
    signings were done at it, so a signing told in the story of that occasion is of its
    day. "На форуме «Забота» подписали пять соглашений" / "26 марта в Зетске прошёл форум
    «Забота». ... Под конец дня стороны по очереди поставили подписи. Первыми расписались
    ..." is 26 March, not the page's day.
    The occasion is told held in a sentence before ``k``; no other time is stated from
    there to the end of the record's sentence (but a speaker's or a state's "сегодня",
    ``quoted_now`` and ``nowadays_told``; a year outside the record's own sentence is an
    older document's), nor in the next sentence of its paragraph. Else None. Not a signing
    after "Отметим, что 3 апреля ..." (another day between). A term is no time of the
    signing (``term_date``: "продление до 2031 года") and a date of an earlier year
    outside the record's own sentence is an older document's as a year is
    (``_older_document_day``: "Документ подписан в развитие соглашения, заключённого 6
    мая 2021 года"), date58."""
    sents, text = s.analysis.sentences, s.analysis.text
    day, first = day_first
    if first >= k:
        return None
    lo, own, hi = sents[first].stop, sents[k].start, sents[k].stop
    if k + 1 < len(sents) and "\n" not in text[hi:sents[k + 1].start]:
        hi = sents[k + 1].stop  # the next sentence of the record's paragraph
    for d in s.stated:
        if not lo <= d.start < hi or not d.value or d.value == day or quoted_now(text, d) or \
                nowadays_told(s, d) or _term_of_sentence(s, d):
            continue
        mine = own <= d.start < sents[k].stop
        if mine or not (_YEAR.fullmatch(d.value or "") or _older_document_day(d, day)):
            return None
    return day


def _term_of_sentence(s: DateStage, d: DateRef) -> bool:
    """date58: is ``d`` a term in its own sentence (``candidate_dates.term_date``: "о
    продлении договора до 2031 года", "работает до конца года"), no time of a
    signing?"""
    k = s.sentence_at(d.start)
    return 0 <= k < len(s.analysis.sentences) and term_date(s.analysis.sentences[k], d)


def _older_document_day(d: DateRef, day: str) -> bool:
    """date58: does ``d`` state a full date of a year before ``day``'s ("6 мая 2021 года"
    beside a signing of 2023)? Told near a signing, it dates an older document, as a year
    alone does."""
    return bool(d.value and _FULL_DAY.fullmatch(d.value) and d.value[:4] < day[:4])


def occasion_participle_day(s: DateStage) -> None:
    """date69: a signing told within an occasion whose day a participle of taking place
    gives takes that day: "В ходе форума «Открытый регион — 2021», прошедшего 4 июня в
    Пензе, министерство заключило соглашения ..." is of 4 June, not the page's day. The
    record's own sentence names an occasion (``datewords.NAMED_OCCASION_NOUNS``) before a
    past participle of a verb of taking place (``HELD_VERBS``: "прошедшего",
    "состоявшегося"), and exactly one day hangs on that participle (the parse; unparsed,
    the day right after it). Undated signed records only; stated dates: anchored after."""
    sents = s.analysis.sentences
    for a, k in s.undated("signed"):
        day = _held_participle_day(sents[k], s.stated)
        if day is None and k + 1 < len(sents) and _occasion_told_next(sents[k], sents[k + 1]):
            day = _held_participle_day(sents[k + 1], s.stated)
        if day is not None:
            a.date = day


def _occasion_told_next(sent: Sentence, nxt: Sentence) -> bool:
    """hid94: does ``sent``, a record's sentence stating no day, name an occasion
    (``NAMED_OCCASION_NOUNS``) that the next sentence names again? Then that sentence's
    participle of taking place dates the occasion: "На форуме «Равные возможности» подписано
    соглашение. На площадке форума, прошедшего 5 июня, министерство и фонд заключили
    соглашение ..." is of 5 June (``occasion_participle_day``)."""
    told = {t.lemma for t in sent.tokens if t.lemma in NAMED_OCCASION_NOUNS}
    return bool(told) and any(t.lemma in told for t in nxt.tokens)


def _held_participle_day(sent: Sentence, dates: list[DateRef]) -> str | None:
    """The one day that a past participle of taking place, after an occasion's noun, governs
    in ``sent`` ("форума ..., прошедшего 4 июня"), else None."""
    toks = sent.tokens
    within = [d for d in dates if sent.start <= d.start < sent.stop and d.value
              and _DAY.fullmatch(d.value) and not d.relative]
    if not within:
        return None
    days: set[str] = set()
    for i, t in enumerate(toks):
        if t.lemma not in HELD_VERBS or t.feats.get("VerbForm") != "Part" or \
                t.feats.get("Tense") != "Past" or \
                not any(u.lemma in NAMED_OCCASION_NOUNS for u in toks[:i]):
            continue
        for d in within:
            j = next((n for n, u in enumerate(toks) if u.start >= d.start), None)
            if j is None:
                continue
            if (toks[j].head == i) if sent.parsed else j == i + 1:
                days.add(d.value or "")
    return days.pop() if len(days) == 1 else None


def joined_day_before(s: DateStage) -> None:
    """status65: the document of joining an agreement, signed with no day of its own, is of
    the day the sentence before it tells the joining: "В пятницу, 7 ноября, центр
    соцобслуживания присоединился к соглашению о сотрудничестве между комитетом и
    министерством. Дополнительное соглашение о присоединении подписали председатель
    комитета и директор центра." is 7 November, not the publication day. The record's
    sentence names the joining (``JOIN_WORDS``: "о присоединении"); the one before it, in
    a past verb of joining, states one day (``signing_dates.joined_on_day``). Signed
    records without a date only; stated dates: anchored after."""
    sents = s.analysis.sentences
    for a, k in s.undated("signed"):
        if k == 0 or not any(t.lemma in JOIN_WORDS for t in sents[k].tokens):
            continue
        a.date = joined_on_day(sents[k - 1], s.stated)


def told_on(sent: Sentence) -> bool:
    """date61: does the sentence go on with an agreement already named, its subject a bare
    agreement or document noun with no dependent of its own ("Соглашение было подписано в
    присутствии ...", "Документ подписали министр и ректор")? The noun must open the
    sentence and govern nothing (no "о сотрудничестве", no sides)."""
    toks = sent.tokens
    if not sent.parsed or not toks or toks[0].lemma not in TRIGGERS | {"документ"}:
        return False
    return not sent.children(0)


def day_of_the_month(s: DateStage) -> None:
    """A record dated by a month takes the day of that month the next sentence gives its
    signing (datesD): "В мае в Самаре министры поставили подписи под соглашением. Документ
    подписан 21 мая 2025 года на конференции." is ``2025-05-21``. The next sentence (or
    the one after it) has a signing verb, names no agreement of its own and states one day,
    compatible with the month; a plan keeps its month. Stated dates: anchored after."""
    sents = s.analysis.sentences
    for a in s.agreements:
        if a.status == "planned" or not a.date or not _MONTH_VALUE.fullmatch(a.date):
            continue
        k = s.sentence_at(a.evidence.start)
        for later in sents[k + 1:k + 3] if k >= 0 else []:
            lemmas = {t.lemma for t in later.tokens if t.pos in {"NOUN", "PROPN", "VERB"}}
            if lemmas & TRIGGERS:
                break
            days = {d.value for d in s.stated if later.start <= d.start < later.stop and
                    d.value and _DAY.fullmatch(d.value)}
            if not lemmas & SIGN_VERBS or len(days) != 1:
                continue
            day = days.pop()
            if isodate.compatible(a.date, day):
                a.date = isodate.merge(day, a.date)
            break


_MONTH_VALUE = re.compile(r"(\d{4}|-)-\d\d")


def partner_day_of_the_month(s: DateStage) -> None:
    """A record dated by a month takes the day a later sentence gives the signing with its
    own partner (datesD): "В июне министерство заключило сразу два соглашения. Первое
    подписано 3 июня в Самаре с министерством ... Самарской области. Второе — вчера в
    Оренбурге ..." dates the Samara record ``2025-06-03``. Within ``COUNT_REACH``
    sentences after the record's own; the sentence has a signing verb, states one day,
    compatible with the month, and mentions a region of this record that no other record
    of the text has (its partner, not the common side)."""
    month_dated = [a for a in s.agreements if a.status != "planned" and a.date and
                   _MONTH_VALUE.fullmatch(a.date)]
    if not month_dated or not s.regions:
        return
    sents = s.analysis.sentences
    mentions = sorted((m.start, r.code) for r in s.regions for m in r.mentions)
    at = [m for m, _ in mentions]
    for a in month_dated:
        own = set(a.regions) - {c for b in s.agreements if b is not a for c in b.regions}
        k = s.sentence_at(a.evidence.start)
        if not own or k < 0:
            continue
        for later in sents[k + 1:k + 1 + COUNT_REACH]:
            if not {t.lemma for t in later.tokens} & SIGN_VERBS:
                continue
            lo, hi = bisect_left(at, later.start), bisect_left(at, later.stop)
            if not own & {code for _, code in mentions[lo:hi]}:
                continue
            days = {d.value for d in s.stated if later.start <= d.start < later.stop and
                    d.value and _DAY.fullmatch(d.value) and _signing_day(later, d)}
            if len(days) == 1 and isodate.compatible(a.date, day := days.pop()):
                a.date = isodate.merge(day, a.date)
            break


def partner_named_day(s: DateStage) -> None:
    """date38: an undated signing takes the day a nearby sentence gives the signing with
    its own partner, named there: "учреждением заключены два соглашения о сотрудничестве.
    Первое подписано 29 августа с автономной некоммерческой организацией «Серебряный
    волонтер Ярославии». ... Подписание соглашения с АНО «Серебряный волонтер Ярославии»"
    dates the record of the volunteers ``--08-29``. The partner is told by the words of the
    record's party names that no other record's parties share (``own_name_stems``); the
    sentence, within ``COUNT_REACH`` before or after the record's own, holds every such
    word, a signing verb and one day governed by it (``_signing_day``). Stated dates:
    anchored after."""
    undated = [a for a in s.agreements if a.status == "signed" and a.date is None]
    if not undated or len(s.agreements) < 2:
        return
    sents = s.analysis.sentences
    for a in undated:
        own = own_name_stems(a, s.agreements)
        k = s.sentence_at(a.evidence.start)
        if not own or k < 0:
            continue
        near = sents[max(0, k - COUNT_REACH):k] + sents[k + 1:k + 1 + COUNT_REACH]
        for sent in near:
            if not {t.lemma for t in sent.tokens} & SIGN_VERBS or \
                    not own <= {stem(t.text) for t in sent.tokens}:
                continue
            days = {d.value for d in s.stated if sent.start <= d.start < sent.stop and
                    d.value and _DAY.fullmatch(d.value) and _signing_day(sent, d)}
            if len(days) == 1:
                a.date = days.pop()
                break


def own_name_stems(a: Agreement, agreements: list[Agreement]) -> set[str]:
    """Stems of the words of an agreement's party names (four letters or more) that no
    other agreement's parties have: the words that tell its partner."""
    def name_stems(x: Agreement) -> set[str]:
        return {stem(w) for p in x.parties for w in words(p.name) if len(w) >= 4}
    others = set().union(*(name_stems(b) for b in agreements if b is not a))
    return name_stems(a) - others


def _signing_day(sent: Sentence, d: DateRef) -> bool:
    """Is the date governed by a signing verb ("подписано 3 июня"), not by another event's
    ("2 сентября прошла встреча")? In a parsed sentence, the first verb above the date's
    first token; else every verb of the date's clause is one of signing
    (``_clause_signs``)."""
    toks = sent.tokens
    if not sent.parsed:
        return _clause_signs(sent, d)
    k = next((i for i, t in enumerate(toks) if t.start <= d.start < t.stop), None)
    seen: set[int] = set()
    while k is not None and 0 <= k < len(toks) and k not in seen:
        seen.add(k)
        if len(seen) > 1 and toks[k].pos in {"VERB", "AUX"}:
            return toks[k].lemma in SIGN_VERBS
        k = toks[k].head
    return False


# the marks that close a clause of an unparsed sentence around a date
_CLAUSE_MARKS = frozenset({",", ";", ":"})


def _clause_signs(sent: Sentence, d: DateRef) -> bool:
    """status50: in a sentence not parsed, is the date in a clause (between commas,
    semicolons or colons) whose verbs, one at least, are all of signing? "Форум проходил
    16–17 апреля, документ заключили во второй день работы площадки": the second clause
    signs, the first does not."""
    toks = sent.tokens
    i = next((j for j, t in enumerate(toks) if t.start >= d.start), len(toks))
    lo = next((j + 1 for j in range(i - 1, -1, -1) if toks[j].text in _CLAUSE_MARKS), 0)
    hi = next((j for j in range(i, len(toks)) if toks[j].text in _CLAUSE_MARKS), len(toks))
    verbs = [t for t in toks[lo:hi] if t.pos in {"VERB", "AUX"}]
    return bool(verbs) and all(t.lemma in SIGN_VERBS for t in verbs)


def in_force_since_year(s: DateStage) -> None:
    """An agreement told only as in force since a year is dated by that year (datesD):
    "департамент поддерживает НКО в рамках соглашения с министерством, которое действует с
    2022 года, и пообещала ..." is ``2022`` (``signing_dates.in_force_since``). Mentioned
    records without a date only, read in their own sentence; a signing or a plan keeps
    what its clause says."""
    _mentioned_dated_by_a_year(s, lambda sent, i: in_force_since(
        sent, i, [d for d in s.stated if sent.start <= d.start < sent.stop]))


def _mentioned_dated_by_a_year(s: DateStage,
                               year_at: Callable[[Sentence, int], str | None]) -> None:
    """Each mentioned record without a date takes the year ``year_at`` reads at an
    agreement noun of the record's own sentence, when all such nouns give one year."""
    sents = s.analysis.sentences
    for a in s.agreements:
        if a.status != "mentioned" or a.date:
            continue
        k = s.sentence_at(a.evidence.start)
        if k < 0:
            continue
        sent = sents[k]
        found = {y for i, t in enumerate(sent.tokens) if t.lemma in TRIGGERS and
                 t.pos in {"NOUN", "PROPN"} and (y := year_at(sent, i))}
        if len(found) == 1:
            a.date = found.pop()


def cooperation_since_year(s: DateStage) -> None:
    """date36: an agreement recalled as the basis of a cooperation told since a year is
    dated by that year: "Напомним, Томская область с 2020 года сотрудничает с
    Новосибирской областью: соглашение между правительствами двух регионов было подписано
    на форуме" is ``2020`` (``signing_dates.cooperation_since``). Mentioned records without
    a date only, read in their own sentence, after ``in_force_since_year``; the day of the
    news is never theirs."""
    _mentioned_dated_by_a_year(s, lambda sent, i: cooperation_since(sent, i, s.stated))


def worked_under_since_year(s: DateStage) -> None:
    """datepool91: an agreement recalled as the basis of work going on since a year is dated
    by that year: "С 2022 года центр работает по соглашению с политехническим
    университетом" is ``2022`` (``signing_dates.worked_under_since``). Mentioned records
    without a date only, read in their own sentence, after ``cooperation_since_year``."""
    _mentioned_dated_by_a_year(s, lambda sent, i: worked_under_since(
        sent, i, [d for d in s.stated if sent.start <= d.start < sent.stop]))


def held_since_year(s: DateStage) -> None:
    """datepool93: an agreement told held since a year in a clause of having with no verb is
    dated by that year: "С 2018 года у школы договор о практике с хосписом" is ``2018``
    (``signing_dates.held_since``). Mentioned records without a date only, read in
    their own sentence, after ``worked_under_since_year``."""
    _mentioned_dated_by_a_year(s, lambda sent, i: held_since(
        sent, i, [d for d in s.stated if sent.start <= d.start < sent.stop]))


# How many sentences after a plan's own one may tell the day its document is to be signed.
PLAN_TOLD_AFTER_REACH = 2


def _told_after(s: DateStage, a: Agreement) -> Iterator[Sentence]:
    """The sentences after a record's own, within ``PLAN_TOLD_AFTER_REACH``, that may tell
    more of its signing, up to one naming an agreement of its own (a trigger noun), which
    is about another document: in "Стороны готовят соглашение. Подписание назначено на
    май. Договор с колледжем подпишут позже." the walk reads the second sentence and stops
    at the third. The one walk of the plan passes that read on (``plan_told_after``,
    ``put_off_later``, ``scheduled_day_of_plan``, ``put_off_to_told_after``). history63:
    an agreement noun right after a noun of its wording ("текст соглашения ещё
    согласуют", "в редакции договора": ``WORDING_NOUNS``) tells the text of the document
    being signed, no other document, and the walk goes on. fixhistory63: a draft
    ("проект договора с колледжем") is a paper of its own and ends the walk."""
    k = s.sentence_at(a.evidence.start)
    if k < 0:
        return
    for later in s.analysis.sentences[k + 1:k + 1 + PLAN_TOLD_AFTER_REACH]:
        toks = later.tokens
        if any(t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"} and not
               (i > 0 and toks[i - 1].lemma in WORDING_NOUNS)
               for i, t in enumerate(toks)):
            return
        yield later


# How many sentences after a signed record's own one its paragraph may tell the signing's
# day ("Подписание прошло накануне в Курске").
EVENT_LATER_REACH = 4


def signing_event_later(s: DateStage) -> None:
    """stat30: a signing with no date takes the day or month a later sentence of its
    paragraph gives the signing event: "Отделения ... заключили соглашение ... . Оно
    позволит ... . Со стороны Орловской области документ подписал ... . Подписание прошло
    накануне в Курске." is dated by "накануне"; so are "Церемония состоялась 11 февраля в
    Орле" and "Документ подписан 3 октября" told three sentences on. The candidate stage
    reads the next two sentences (``agreements._event_date``); here the rest of the
    paragraph, up to ``EVENT_LATER_REACH`` sentences, unless another record's sentence or a
    sentence naming an agreement comes first (that one's signing is another's). Stated
    dates: anchored after."""
    sents = s.analysis.sentences
    text = s.analysis.text
    own = {s.sentence_at(a.evidence.start) for a in s.agreements}
    index = _DateIndex(s.stated)
    for a, k in s.undated("signed"):
        for n in range(k + 1, min(len(sents), k + 1 + EVENT_LATER_REACH)):
            later = sents[n]
            if "\n" in text[sents[n - 1].stop:later.start] or n in own:
                break  # another paragraph, or another record's sentence
            if any(t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"} for t in later.tokens):
                break
            found = _event_date(later, index)
            if found is not None:
                a.date = found
                break


def occasion_opens_next(s: DateStage) -> None:
    """date73: a signing with no date takes the day the very next sentence gives the occasion
    it opens with, held: "Министерство и фонд обсудили итоги года и подписали соглашение.
    Встреча состоялась накануне в Самаре." is dated by "накануне", even where that sentence
    opens the next paragraph. The occasion's noun (``NAMED_OCCASION_NOUNS``) is the
    sentence's first word, so it takes up the event just told; it is the subject of a past
    verb of taking place, the sentence names no agreement and gives one day
    (``signing_dates.occasion_held_day``: "Следующая встреча пройдёт 20 мая" is to come).
    Not when that sentence is another record's own. Signed records without a date only;
    stated dates: anchored after."""
    sents = s.analysis.sentences
    own = {s.sentence_at(a.evidence.start) for a in s.agreements}
    for a, k in s.undated("signed"):
        if k + 1 >= len(sents) or k + 1 in own:
            continue
        later = sents[k + 1]
        first = next((t for t in later.tokens if t.pos != "PUNCT"), None)
        if first is None or first.lemma not in NAMED_OCCASION_NOUNS:
            continue
        if s.analysis.models is not None:
            ensure_parsed(later, s.analysis.models)
        a.date = occasion_held_day(later, first.lemma, s.stated)


def ceremony_held_after(s: DateStage) -> None:
    """datepool91: a signing with no date takes the day a sentence opened by the ceremony's
    noun (``datewords.CEREMONY_NOUNS``) gives it held, a few sentences on: "Министерство и
    управление подписали соглашение о взаимодействии. Подписи под документом поставили:
    [the signers, one a line] Церемония прошла по видеосвязи в пятницу, 24 мая." is of 24
    May. "Церемония" after a signing takes up that signing, past the lines that name its
    signers, within ``CEREMONY_REACH`` sentences and never past another record's own
    sentence; the ceremony's verb of taking place is in the past and the sentence gives one
    day (``signing_dates.occasion_held_day``: "Церемония пройдёт 20 мая" is to come).
    Signed records without a date only; stated dates: anchored after. dates65: then a
    signing dated by a quoted "сегодня" takes the ceremony's day
    (``ceremony_day_over_quoted_today``)."""
    own = {s.sentence_at(a.evidence.start) for a in s.agreements}
    for a, k in s.undated("signed"):
        found = _ceremony_day_after(s, k, own)
        if found is not None:
            a.date = found[1]
    ceremony_day_over_quoted_today(s, own)  # dates65


def _ceremony_day_after(s: DateStage, k: int, own: AbstractSet[int]) -> tuple[int, str] | None:
    """fixdates65: the index of the sentence after sentence ``k`` opened by the ceremony's noun
    (``datewords.CEREMONY_NOUNS``) and the day it gives the ceremony held
    (``signing_dates.occasion_held_day``), within ``CEREMONY_REACH`` sentences and never past a
    sentence in ``own``; None when there is no such sentence or it gives no day. Parsed on
    demand: after "Фонд и колледж подписали соглашение." the sentence "Церемония прошла в
    среду, 11 июня, в актовом зале." gives 11 June (its year anchored after). The reading
    ``ceremony_held_after`` and ``ceremony_day_over_quoted_today`` share."""
    sents = s.analysis.sentences
    for j in range(k + 1, min(len(sents), k + 1 + CEREMONY_REACH)):
        if j in own:
            return None
        first = next((t for t in sents[j].tokens if t.pos != "PUNCT"), None)
        if first is None or first.lemma not in CEREMONY_NOUNS:
            continue
        if s.analysis.models is not None:
            ensure_parsed(sents[j], s.analysis.models)
        day = occasion_held_day(sents[j], first.lemma, s.stated)
        return None if day is None else (j, day)
    return None


def ceremony_day_over_quoted_today(s: DateStage, own: AbstractSet[int]) -> None:
    """dates65 (read by ``ceremony_held_after``, after its own reading): a signing dated only by a
    relative day of a quotation in its own sentence takes instead the day a sentence opened by the
    ceremony's noun then gives it held (``_ceremony_day_after``): "«Сегодня мы с ректором
    подписали соглашение», — сказал министр. Церемония прошла накануне, 4 июня, в кампусе
    университета." is of 4 June, not of the page's day. The speaker's "сегодня" or "вчера" counts
    from the day the words were said, which the page need not be; the ceremony's sentence tells the
    day itself. Only when the record's date is the value of such a relative date standing inside an
    opened quotation (``_in_open_quote``: «», „“, “” or straight quotes) and the ceremony's day
    differs; within ``CEREMONY_REACH`` sentences, never past another record's own. Signed records;
    the stated day is anchored after. fixdates65: the page's quoted relative dates are read once,
    by sentence. ``own`` is the records' own sentences, as the caller read them."""
    if not any(a.status == "signed" and a.date for a in s.agreements):
        return
    sents = s.analysis.sentences
    text = s.analysis.text
    quoted: dict[int, set[str]] = {}  # sentence index -> values of its quoted relative dates
    for d in s.dates:
        k = s.sentence_at(d.start)
        if d.relative and d.value and 0 <= k < len(sents) and \
                _in_open_quote(text, sents[k].start, d.start):
            quoted.setdefault(k, set()).add(d.value)
    if not quoted:
        return
    for a in s.agreements:
        k = s.sentence_at(a.evidence.start)
        if a.status != "signed" or not a.date or a.date not in quoted.get(k, ()):
            continue
        found = _ceremony_day_after(s, k, own)
        if found is None:
            continue
        j, day = found
        if day[-5:] != a.date[-5:]:
            a.date = day  # a day without its year is anchored after
            a.date_anchored = any(d.value == day and (d.relative or d.anchored)
                                  for d in s.dates if sents[j].start <= d.start < sents[j].stop)


# fixdates65: the quote marks that close an open one, by the mark they close ("„Дом“", "“Дом”")
_QUOTE_PAIRS = frozenset({("«", "»"), ("„", "“"), ("“", "”"), (STRAIGHT_QUOTE, STRAIGHT_QUOTE)})


def _in_open_quote(text: str, start: int, at: int) -> bool:
    """dates65: does a quotation opened between ``start`` and ``at`` stand open at ``at``
    ("«Сегодня мы подписали ...»": the guillemet before "Сегодня" not yet closed)? fixdates65:
    every quote mark of the project (``lexicon_signer_shapes``), paired by position: "“" closes
    an open "„" and opens otherwise, a straight quote closes an open one and opens otherwise
    (open when an odd number stand before), "«" and "»" nest."""
    open_marks: list[str] = []
    for c in text[start:at]:
        if c not in OPENING_QUOTES and c not in CLOSING_QUOTES and c != STRAIGHT_QUOTE:
            continue
        if open_marks and (open_marks[-1], c) in _QUOTE_PAIRS:
            open_marks.pop()
        elif c in OPENING_QUOTES or c == STRAIGHT_QUOTE:
            open_marks.append(c)
    return bool(open_marks)


def signatures_told_next(s: DateStage) -> None:
    """stat34: a signing whose own sentence states no date takes the day the next sentence
    of its paragraph gives the signatures, over a date read from the occasion or the lead:
    "Форум, прошедший 1–2 октября, завершился подписанием документов. Министры ... заключили
    соглашение ... . Свои подписи министры поставили 2 октября" is 2 October, not the
    forum's first day (``signing_dates.signatures_day``). Not when the next sentence is
    another record's own. date43: the next sentence may open the next paragraph, as a
    release gives the signatures a paragraph of their own ("... подписано на форуме в
    Казани." / "Подписи под ним 4 июля поставили министр и ректор: ..."). Stated dates:
    anchored after."""
    _dated_by_next_sentence(s, signatures_day, same_paragraph=False)


def _dated_by_next_sentence(s: DateStage, reader: Callable[[Sentence, list[DateRef]],
                                                            str | None],
                            same_paragraph: bool, step: int = 1) -> None:
    """Each signed record whose own sentence states no date takes the day ``reader`` finds
    in the next sentence (``step`` -1: the one before), unless that sentence is another
    record's own (or, with ``same_paragraph``, stands in another paragraph)."""
    sents = s.analysis.sentences
    text = s.analysis.text
    own = {s.sentence_at(a.evidence.start) for a in s.agreements}
    # fixhistory64: the mentioned records' (sentence, date) pairs, read once; this pass
    # dates signed records only, so they hold for the whole loop
    older = {(s.sentence_at(b.evidence.start), b.date) for b in s.agreements
             if b.status == "mentioned" and b.date is not None}
    for a in s.agreements:
        if a.status != "signed":
            continue
        k = s.sentence_at(a.evidence.start)
        n = k + step
        if k < 0 or not 0 <= n < len(sents) or n in own:
            continue
        first, second = sorted((k, n))
        if same_paragraph and "\n" in text[sents[first].stop:sents[second].start]:
            continue
        if any(sents[k].start <= d.start < sents[k].stop and d.value and
               not dates_older_record(older, k, d) for d in s.stated):
            continue  # the signing's own sentence dates it
        found = reader(sents[n], s.stated)
        if found is not None:
            a.date = found


def dates_older_record(older: AbstractSet[tuple[int, str]], k: int, d: DateRef) -> bool:
    """history64: a date of the signing's own sentence that is another record's of that
    sentence, an older agreement's told there as the base the signing adds to or extends,
    does not date the signing: "Министерство и фонд подписали дополнительное соглашение к
    соглашению, заключенному в марте 2022 года" is not of March 2022 (the base is its own
    ``mentioned`` record, dated by that month), and the next sentence may date it.
    fixhistory64: ``older`` holds the (sentence index, date) of each ``mentioned`` record,
    built once per document by ``_dated_by_next_sentence`` (a signed record is never one
    of them)."""
    return d.value is not None and (k, d.value) in older


# date71: the relations by which "документ" (or "он") is what a verb of signing signed;
# a pronoun as a plain subject ("Они подписали") is the signers, so a noun only there
_SIGNED_DOCUMENT_RELS = frozenset({"obj", "nsubj:pass"})


def document_signed_next(s: DateStage) -> None:
    """date71: a signing whose own sentence states no date takes the day the next sentence
    gives, in the same paragraph or opening the next one, for the signing of "the document"
    it refers back to: "Правительство края, профсоюзы и работодатели заключили
    трёхстороннее соглашение на 2026–2028 годы.\n\nДокумент подписали 24 декабря
    губернатор ..." is 24 December, not the page's day. The next sentence names no
    agreement of its own (no trigger noun, not another record's sentence); the document
    word (``DOCUMENT_REFERENCES``) is the object or subject of a past verb of signing, not
    negated; the sentence gives exactly one day. Parsed sentences only; stated dates
    (anchored after)."""
    _dated_by_next_sentence(s, _document_signed_day, same_paragraph=False)


def document_signed_before(s: DateStage) -> None:
    """hid95 document_signed_before: a signing whose own sentence states no date takes the
    day the sentence right before it, in the same paragraph or closing the paragraph
    before, gives for the signing of "the document" it then names: "Во вторник в
    министерстве подписан двусторонний документ.\n\nСоглашение о сотрудничестве заключили
    министерство и фонд." is of that Tuesday, not the page's day (the mirror of
    ``document_signed_next``: the lead tells the signing, the next sentence its sides).
    The sentence before names no agreement of its own and is no other record's; the
    document word is what a past verb of signing signed; it gives exactly one day."""

    def parsed_day(before: Sentence, dates: list[DateRef]) -> str | None:
        return sole_day(before, dates) if _document_signed_parsed(s, before) else None

    _dated_by_next_sentence(s, parsed_day, same_paragraph=False, step=-1)


def headline_and_lead_one_signing(s: DateStage) -> None:
    """date45: a report's headline and its lead's first signing sentence tell one signing,
    so a day either states, or the sentence right after the lead gives the signatures or
    the document, dates the record read from the other: "15 ноября фонд и колледж
    договорились вместе учить сиделок" over "Соглашение подписали в Твери директор фонда и
    ректор колледжа." is 15 November, not the page's day; "Фонд и колледж заключили
    соглашение" over "Фонд и колледж подписали соглашение о практике. Подписи под ним 4
    марта поставили ..." is 4 March. The headline (``_report_headline``) is a line of its
    own telling a signing or an agreeing in the past; the lead sentence is the first after
    it, within ``LEAD_SENTENCES`` past the page's stamp lines, that tells one
    (``_tells_past_signing``: a joining, "стал стороной соглашения", too). The day: the
    headline's one day, else the lead's one day (not a document's "от 3 марта"), else the
    day ``signatures_day`` or ``_document_signed_day`` reads in the next sentence when it
    is no other record's own. Two days, or a headline's day that the lead contradicts,
    date nothing. Signed records with no date whose own sentence is the headline or the
    lead only; stated dates (anchored after)."""
    sents = s.analysis.sentences
    h = _report_headline(s)
    if h is None:
        return
    lead = _lead_signing_sentence(s, h)
    if lead is None:
        return
    undated = [a for a in s.agreements if a.status == "signed" and a.date is None and
               s.sentence_at(a.evidence.start) in {h, lead}]
    if not undated:
        return
    told = {v for v in (_day_stated_in(sents[h], s.stated), _day_stated_in(sents[lead], s.stated))
            if v is not None}
    if len(told) > 1:
        return
    day = told.pop() if told else None
    own = {s.sentence_at(a.evidence.start) for a in s.agreements} - {h, lead}
    n = lead + 1
    if day is None and n < len(sents) and n not in own:
        if s.analysis.models is not None:
            ensure_parsed(sents[n], s.analysis.models)  # parsed on demand
        day = signatures_day(sents[n], s.stated) or _document_signed_day(sents[n], s.stated)
    if day is None:
        return
    for a in undated:
        a.date = day


# date45: how many sentences from the text's start may stand before a report's headline
# (a site's name, its menu, a breadcrumb); a headline further down is a story's own line
HEADLINE_REACH = 6


def _report_headline(s: DateStage) -> int | None:
    """date45: the index of the report's headline, the first sentence among the first
    ``HEADLINE_REACH`` that is a line of its own (``_headline``) telling a past signing or
    agreeing (``_tells_past_signing``), else None; a site's name or menu above it is
    passed over ("Главная › Новости" / "Фонд и колледж заключили соглашение")."""
    sents, text = s.analysis.sentences, s.analysis.text
    for k, sent in enumerate(sents[:HEADLINE_REACH]):
        if _headline(text, sent) and _tells_past_signing(sent):
            return k
    return None


def _lead_signing_sentence(s: DateStage, h: int) -> int | None:
    """date45: the index of the first sentence after the headline ``h``, within
    ``LEAD_SENTENCES`` not counting the stamp lines under it ("13 марта 2025"), that tells a
    past signing (``_tells_past_signing``), else None."""
    sents = s.analysis.sentences
    seen = 0
    for k in range(h + 1, len(sents)):
        if _stamp_under_headline(sents[k]):
            continue
        if _tells_past_signing(sents[k]):
            return k
        seen += 1
        if seen >= LEAD_SENTENCES:
            return None
    return None


def _tells_past_signing(sent: Sentence) -> bool:
    """date45: does the sentence tell a signing done, by its lemmas and morphology (a
    headline is not parsed): a verb of signing or of joining in the past ("подписали",
    "присоединился"), a link verb in the past before a role noun ("стал стороной
    соглашения"), or sides that came to terms (``agreed_on_terms``), not negated and with
    no word of a plan ("планируют подписать") or a future auxiliary? A plan's noun that
    is the agreement's topic ("соглашения о подготовке кадров") tells no plan (date58,
    ``_agreement_topic``)."""
    toks = sent.tokens
    if any(t.lemma in PLAN_WORDS | PLAN_HEADS and not _agreement_topic(toks, i) or
           future_aux_word(t) for i, t in enumerate(toks)):
        return False
    if agreed_on_terms(sent):
        return True
    for i, t in enumerate(toks):
        if t.feats.get("Tense") != "Past" or _after_not(toks, i):
            continue
        if t.lemma in SIGN_VERBS or t.lemma in JOIN_VERBS:
            return True
        if t.lemma in JOIN_LINK_VERBS and any(u.lemma in JOIN_ROLE_NOUNS
                                               for u in toks[i + 1:i + 3]):
            return True
    return False


def _agreement_topic(toks: list[Token], i: int) -> bool:
    """date58: is the noun at ``i`` the topic of the agreement named right before it, in
    its "о"-phrase ("подписаны соглашения о подготовке кадров", "меморандум о разработке
    маршрутов")? Such a noun of preparing names what the agreement is about, not a plan of
    it; "договорились о подготовке соглашения" (no agreement before "о") stays a plan."""
    return toks[i].pos == "NOUN" and i >= 2 and toks[i - 1].lemma in ABOUT_PREPOSITIONS and \
        toks[i - 2].lemma in TRIGGERS and toks[i - 2].pos in {"NOUN", "PROPN"}


def _day_stated_in(sent: Sentence, dates: list[DateRef]) -> str | None:
    """date45: the one day ``sent`` states (``signing_dates.sole_day``), leaving out a day
    after "от", another document's ("к соглашению от 9 сентября 2021 года")."""
    after_ot = {t.stop for t in sent.tokens if t.lemma == "от"}
    return sole_day(sent, [d for d in dates
                           if not any(d.start - 1 <= e <= d.start for e in after_ot)])


def verbless_signing_day(s: DateStage) -> None:
    """date45: a signed record whose own sentence has no verb at all, an elliptic item of a
    report naming its document after a time ("В четверг — соглашение с техникумом о
    стажировках", "12 марта — договор с фондом «Опора»"), takes the one day that sentence
    states (a relative day resolved against the page's, ``signing_dates.sole_day``), not
    the page's day. The record is signed already (its status read from the report around
    it); two days in the sentence date nothing. Stated dates: anchored after."""
    sents = s.analysis.sentences
    for a, k in s.undated("signed"):
        if _verbless(sents[k]):
            a.date = sole_day(sents[k], s.stated)


def agreed_time_before(s: DateStage) -> None:
    """statdate98: a signing whose own sentence states no time takes the day or month the
    sentence right before it, in the same paragraph, gives the sides' agreeing: "В мае
    отделение фонда и университет договорились о подготовке кадров. Соглашение подписали
    управляющий и ректор." is of May, not the page's day. The sentence before names no
    agreement of its own and is no other record's; a verb of agreeing ("договориться") in
    the past, not negated, with nothing to do after it (no infinitive, word of plan or
    future: "договорились, что планируют подписать" is a plan); exactly one stated date, a
    day ("вчера" too) or a month named as such (a year alone tells a background, "на
    прошлой неделе" a span, not this signing)."""
    _dated_by_next_sentence(s, _agreed_time, same_paragraph=True, step=-1)


def _agreed_time(sent: Sentence, dates: list[DateRef]) -> str | None:
    """The one day or month of ``sent`` if it tells that sides agreed ("В мае стороны
    договорились о сотрудничестве") and names no agreement."""
    toks = sent.tokens
    if any(t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"} for t in toks):
        return None
    if not any(t.lemma in AGREE_ON_VERBS and t.feats.get("Tense") == "Past" and
               t.feats.get("VerbForm") in {None, "Fin"} and not _after_not(toks, i)
               for i, t in enumerate(toks)):
        return None
    if any(t.pos == "VERB" and t.feats.get("VerbForm") == "Inf" or
           t.lemma in PLAN_HEADS - AGREE_ON_VERBS or future_aux_word(t)
           for t in toks):
        return None  # "договорились подписать", "договорились, что планируют подписать"
    told = {(d.value, d.relative) for d in dates if sent.start <= d.start < sent.stop and
            d.value}
    if len(told) != 1:
        return None
    value, relative = told.pop()
    if _DAY.fullmatch(value) or not relative and re.fullmatch(r"(?:\d{4}|-)-\d\d", value):
        return value
    return None


def _document_signed_day(sent: Sentence, dates: list[DateRef]) -> str | None:
    """The one day of ``sent`` if it tells that the document was signed ("Документ
    подписали 24 декабря", "Документ был подписан 24 декабря") and names no agreement."""
    return sole_day(sent, dates) if _document_signed(sent) else None


def _document_signed(sent: Sentence) -> bool:
    """Does ``sent`` tell that "the document" was signed ("Документ подписали ...",
    "Документ был подписан ...": the document word the object or subject of a past verb of
    signing), naming no agreement of its own? Parsed sentences only."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    if any(t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"} for t in toks):
        return False
    return any(
        t.lemma in DOCUMENT_REFERENCES and
        (t.rel in _SIGNED_DOCUMENT_RELS or t.rel == "nsubj" and t.pos == "NOUN") and
        0 <= t.head < len(toks) and _past_signing(toks, t.head)
        for t in toks)


def collective_signing_day(s: DateStage) -> None:
    """date44: signings told one by one and then dated once for all take that day: "На
    форуме министр подписала три соглашения ... . Все три документа она подписала 11
    сентября, во второй день форума" dates each of the three, not the page's day. The first
    sentence within ``COLLECTIVE_DAY_REACH`` after a signed record's own that signs several
    documents at once (``signers.collective_reference``) and states the one day its signing
    verb governs (``_signing_day``): it refers back to every signing told before it, each
    of them told in a sentence of its own or not. Undated records only. Stated dates:
    anchored after."""
    sents = s.analysis.sentences
    found: dict[int, str | None] = {}  # the day each sentence gives, read once
    for a, k in s.undated("signed"):
        for n in range(k + 1, min(len(sents), k + 1 + COLLECTIVE_DAY_REACH)):
            if n not in found:
                found[n] = _collective_day(sents[n], s.stated)
            if found[n] is not None:
                a.date = found[n]
                break


def _collective_day(sent: Sentence, stated: list[DateRef]) -> str | None:
    """The one day a sentence signing several documents at once gives their signing
    ("Все три документа министр подписала 11 сентября"), or None."""
    if not collective_reference(sent, COLLECTIVE_DOCUMENTS):
        return None
    days = {d.value for d in stated if sent.start <= d.start < sent.stop and d.value
            and _DAY.fullmatch(d.value) and _signing_day(sent, d)}
    return days.pop() if len(days) == 1 else None


def day_within_range(s: DateStage) -> None:
    """date44: a signing dated by the first day of a range of days, the event's ("в рамках
    форума, прошедшего в Якутске 24–25 ноября"), takes the one later day of that range the
    text gives the signing itself ("Церемония прошла 25 ноября", "Документы министр
    подписал 25 ноября"): the range dates the event, not the signing. A day (not a range)
    in a sentence dating a signing event (``agreements._event_date``), an occasion's day
    there (status50: "Церемония прошла во второй день форума"), or governed by a signing
    verb (``_signing_day``); only when the text gives one such day in the range,
    and not when the record's own sentence states its first day as a day of its own
    (status50: "16 октября подписали" beside a forum held "16–17 октября") or the text
    tells a signing on the first day too ("В первый день форума министр подписал сразу
    два соглашения. ... На следующий день, 16 апреля, ... подписал третий"). Signed
    records; stated dates (anchored after)."""
    last = {d.value: int(m[2]) for d in s.stated if d.value and _DAY.fullmatch(d.value)
            and (m := _DAY_RANGE.match(d.text)) and int(m[1]) < int(m[2])}
    # status50: "с 11 по 13 марта" too (``dates.range_last_day``), within one month
    last.update({d.value: int(end[-2:]) for d in s.stated if d.value and d.value not in last
                 and _DAY.fullmatch(d.value) and (end := range_last_day(d)) is not None
                 and end[-5:-3] == d.value[-5:-3]})
    if not any(a.status == "signed" and a.date in last for a in s.agreements):
        return
    index = _DateIndex(s.stated)
    told: set[str] = set()  # the days the text gives a signing, ranges aside
    for sent in s.analysis.sentences:
        within = index.within(sent)
        if not within:
            continue
        event = _event_date(sent, index)
        # status50: an occasion's day ("во второй день форума") in a sentence dating the
        # signing event ("Церемония прошла во второй день форума, ... с 11 по 13 марта")
        told.update(d.value for d in within if d.value and _DAY.fullmatch(d.value) and
                    not _DAY_RANGE.match(d.text) and range_last_day(d) is None and
                    (d.value == event or _signing_day(sent, d) or
                     (occasion_part_day(d) and _tells_event(sent))))
    for a in s.agreements:
        if a.status != "signed" or a.date not in last:
            continue
        first = a.date
        if any(x[-5:] == first[-5:] for x in told):
            continue  # status50: the text tells a signing on the first day too ("В первый
            # день форума министр подписал сразу два соглашения")
        k = s.sentence_at(a.evidence.start)
        if 0 <= k < len(s.analysis.sentences) and any(
                d.value == first and not _DAY_RANGE.match(d.text)
                for d in index.within(s.analysis.sentences[k])):
            continue  # status50: its own sentence states that day ("16 октября подписали")
        # status50: a day counted from the range ("во второй день форума") carries the
        # range's anchored year, the range itself none: month and day are compared
        inside = {x for x in told if x[-5:-2] == first[-5:-2] and
                  int(first[-2:]) < int(x[-2:]) <= last[first]}
        if len(inside) == 1:
            a.date = inside.pop()


def _tells_event(sent: Sentence) -> bool:
    """status50: does the sentence tell the signing event took place, as
    ``agreements._event_date`` reads it ("Церемония прошла во второй день форума", an
    event noun among its first words and a verb of signing or taking place), whatever
    dates it holds?"""
    return bool({t.lemma for t in sent.tokens[:8]} & EVENT_NOUNS and
                {t.lemma for t in sent.tokens} & EVENT_VERBS)


# a range of days of one month: "24–25 ноября", "22 - 24 октября"
_DAY_RANGE = re.compile(r"(\d{1,2})\s*[–—-]\s*(\d{1,2})\s")


def signed_in_sequence(s: DateStage) -> None:
    """date44: a signing told as following the one before takes its day: "Глава республики
    и губернатор в четверг подписали соглашение ... . Церемония прошла в Петрозаводске.
    Сразу после этого министры подписали отдельное соглашение" is Thursday too, not the
    page's day ("Следом министр и ректор скрепили подписями соглашение ..." alike). An
    undated signed record whose sentence opens, before its first verb, with a word of
    sequence (``opens_in_sequence``) takes the day of the record told nearest before it,
    within ``SEQUENCE_REACH`` sentences, when that one is signed and dated by a day. In the
    order of the text, so that a chain of them shares the first one's day. Stated dates:
    anchored after."""
    _day_of_record_before(s, opens_in_sequence)


def signed_at_the_same_time(s: DateStage) -> None:
    """date69: a signing told as held at the same time as the one before takes its day:
    "Департамент и союз пенсионеров 16 сентября заключили соглашение ... . Одновременно
    стороны подписали дорожную карту ..., рассчитанную до конца 2021 года" dates the roadmap
    16 September, not the page's day. An undated signed record whose sentence opens, before
    its first verb, with an adverb of simultaneity (``datewords.SIMULTANEITY_ADVERBS``)
    takes the day of the record told nearest before it, as ``signed_in_sequence`` reads it.
    Stated dates: anchored after."""
    _day_of_record_before(s, opens_at_the_same_time)


def opens_at_the_same_time(sent: Sentence) -> bool:
    """date69: does the sentence open, before its first verb, with an adverb of
    simultaneity ("Одновременно ...")?"""
    for t in sent.tokens:
        if t.pos in {"VERB", "AUX"}:
            return False
        if t.lemma in SIMULTANEITY_ADVERBS or t.text.lower() in SIMULTANEITY_ADVERBS:
            return True
    return False


def _day_of_record_before(s: DateStage, opens: Callable[[Sentence], bool]) -> None:
    """Each undated signed record whose sentence ``opens`` as told with the one before takes
    the day of the record told nearest before it, within ``SEQUENCE_REACH`` sentences, when
    that one is signed and dated by a day; in the order of the text (a chain shares the
    first one's day)."""
    sents = s.analysis.sentences
    before: Agreement | None = None  # the last record of a sentence before this one
    last: Agreement | None = None  # the last record seen
    current = None  # the sentence of the records being read
    for a in sorted(s.agreements, key=lambda a: a.evidence.start):
        k = s.sentence_at(a.evidence.start)
        if k != current:
            before, current = last, k
        last = a
        if a.status != "signed" or a.date is not None or not 0 <= k < len(sents) or \
                not opens(sents[k]):
            continue
        if before is not None and before.status == "signed" and before.date and \
                _DAY.fullmatch(before.date) and \
                _sentences_past_remarks(s, _told_at(s, before, k), k) <= SEQUENCE_REACH:
            a.date = before.date


def _sentences_past_remarks(s: DateStage, told: int, k: int) -> int:
    """date52: how far sentence ``k`` stands from sentence ``told``, not counting the remarks
    between: a quotation (a sentence opening with a quotation mark or a dash) or a sentence
    of reported speech (a verb of saying, ``lexicon.REPORT_VERBS``). Remarks on the signing
    just told tell no new event, so "Вслед за этим ..." after "Вчера центр и фонд подписали
    договор. Стороны начнут с обучения. «Это важный шаг», — сказал директор. Он отметил, что
    ... . Вслед за этим стороны заключили меморандум ..." follows the first signing still."""
    sents, text = s.analysis.sentences, s.analysis.text
    remarks = sum(_is_remark(sents[j], text) for j in range(told + 1, k))
    return k - told - remarks


# fixdate52: a dash opening direct speech with its attribution after ", —" ("— Это важный
# шаг, — сказал директор.")
_DASH_SPEECH = re.compile(r"[—–-]\s*[«\"„“]?[А-ЯЁA-Z].*?[,!?…]\s*[—–]\s", re.S)


def _is_remark(sent: Sentence, text: str) -> bool:
    """fixdate52: is the sentence a remark on what was told, no event of its own: a
    quotation (opening with a quotation mark), direct speech by a dash with its attribution
    ("— Это важный шаг, — сказал директор."; not a bulleted line "- обучение кадров;"), or
    reported speech (a verb of saying, ``lexicon.REPORT_VERBS``: "Министр отметила, что мест
    мало") that tells no signing or event itself (not "Как сообщили в министерстве, вчера
    центр подписал договор с фондом": a verb of ``SIGN_VERBS``/``EVENT_VERBS``). An empty
    opening is no remark."""
    body = text[sent.start:sent.stop].lstrip()
    if not body:
        return False
    if body[0] in "«„“\"":
        return True
    if body[0] in "—–-":
        return _DASH_SPEECH.match(body) is not None
    toks = sent.tokens
    return any(t.lemma in REPORT_VERBS for t in toks) and not any(
        t.pos in {"VERB", "AUX"} and (t.lemma in SIGN_VERBS or t.lemma in EVENT_VERBS)
        for t in toks)


def _told_at(s: DateStage, before: Agreement, k: int) -> int:
    """miss43: the last sentence before sentence ``k`` telling the record ``before``: its
    evidence's, or a later one stating its day ("Правительство, профсоюзы и работодатели
    подписали соглашение. Документ подписали 28 ноября губернатор ... . (a quote) .
    Одновременно стороны подписали соглашение о минимальной оплате труда": the reach of
    "Одновременно" counts from the day's sentence)."""
    told = s.sentence_at(before.evidence.start)
    for d in s.stated + s.dates:  # the record's day as stated ("--11-28") or anchored
        at = s.sentence_at(d.start)
        if d.value == before.date and told < at < k:
            told = at
    return told


def opens_in_sequence(sent: Sentence) -> bool:
    """Does the sentence open, before its first verb, with an adverb of sequence
    ("Следом ...", "Затем ...") or "после этого" / "вслед за этим"? By lemmas and order,
    as the parser often makes the opening adverb the root."""
    toks = sent.tokens
    for i, t in enumerate(toks):
        if t.pos in {"VERB", "AUX"}:
            return False
        if t.lemma in SEQUENCE_ADVERBS or t.text.lower() in SEQUENCE_ADVERBS:
            return True
        if t.lemma == "это" and i > 0 and toks[i - 1].lemma in SEQUENCE_PREPOSITIONS:
            return True
    return False


def plan_not_dated_by_past_signing(s: DateStage) -> None:
    """date69: a plan never takes the day another sentence tells an earlier document signed
    on: "... проект отраслевого соглашения ... на 2025–2027 годы. Прежнее соглашение
    на три прошлых года подписали 14 марта 2022 года, и оно истекает в конце года. Заключить
    новое соглашение стороны намерены в декабре" is a plan of December, not of 14 March
    2022. The record's date is a day with its year before the publication day, told only
    outside the record's own sentence, in a sentence whose verb of signing is past (finite
    or participle, not negated); the sentence right after it may date the plan
    (``signing_dates.planned_by_pronoun``). Planned records only; stated dates, before the
    passes that date plans from the story."""
    pub = publication_day(s.published)
    if pub is None:
        return
    sents = s.analysis.sentences
    for a in s.agreements:
        k = s.sentence_at(a.evidence.start)
        if a.status != "planned" or not a.date or not a.date[0].isdigit() or \
                len(a.date) != 10 or a.date >= pub.isoformat() or not 0 <= k < len(sents):
            continue
        told = [s.sentence_at(d.start) for d in s.stated if d.value == a.date]
        if not told or k in told or not all(0 <= j < len(sents) and _signed_in_past(sents[j])
                                             for j in told):
            continue
        a.date = None
        # the next sentence may plan the new document's signing ("Подписать новый документ
        # стороны планируют в декабре": ``planned_by_pronoun``)
        nxt = max(told) + 1
        if nxt < len(sents):
            later = sents[nxt]
            a.date = planned_by_pronoun(later, [d for d in s.stated
                                                if later.start <= d.start < later.stop])


def _signed_in_past(sent: Sentence) -> bool:
    """Does a verb of signing stand in the past, finite or as a participle, not negated
    ("было подписано 14 марта 2022 года", "подписали в 2022 году")?"""
    toks = sent.tokens
    return any(toks[n].pos in {"VERB", "ADJ"} and _past_signing(toks, n)
               for n in range(len(toks)))


def _past_signing(toks: list[Token], n: int) -> bool:
    """Is token ``n`` a verb of signing in the past tense or a participle, with no "не"
    right before it ("подписали", "было подписано"; not "не подписали")?"""
    t = toks[n]
    return t.lemma in SIGN_VERBS and \
        (t.feats.get("Tense") == "Past" or t.feats.get("VerbForm") == "Part") and \
        not _after_not(toks, n)


def _after_not(toks: list[Token], i: int) -> bool:
    """Does "не" stand right before token ``i`` ("не подписали", "не перенесли")?"""
    return i > 0 and toks[i - 1].lemma == "не"


def _date_by_pronoun(s: DateStage, a: Agreement, later: Iterable[Sentence]) -> None:
    """Date plan ``a`` by the first of the ``later`` sentences that plans to sign "the
    document" on a stated day or month (``signing_dates.planned_by_pronoun``): the walk of
    the sentences is the caller's, the reading of each is shared."""
    for sent in later:
        within = [d for d in s.stated if sent.start <= d.start < sent.stop]
        found = planned_by_pronoun(sent, within)
        if found is not None:
            a.date = found
            return


def plan_told_after(s: DateStage) -> None:
    """stat30: a plan with no date takes the day, month or year that one of the next two
    sentences gives the signing of its document, told by a pronoun or "документ" with no
    agreement of its own: "... подпишут соглашение о сотрудничестве. «Документ подпишем 19
    июня на форуме», — сказала министр" is ``--06-19``; "С Приморским краем мы обсуждаем
    проект соглашения. Думаю, в первом полугодии документ будет готов к подписанию." is
    the year of that half (``signing_dates.planned_by_pronoun``). The candidate stage reads
    these sentences too, but a draft's date is cleared after it (``draft_dates``: the day a
    draft was approved), so the plan is dated again here. A sentence naming an agreement
    ends the search. Stated dates: anchored after."""
    for a in s.agreements:
        if a.status != "planned" or a.date is not None:
            continue
        _date_by_pronoun(s, a, _told_after(s, a))


def plan_told_after_colon(s: DateStage) -> None:
    """date86: a plan with no date takes the month or day that its own sentence, after a
    colon, plans to sign it by a pronoun (``signing_dates.planned_by_pronoun``):
    "Следующим шагом станет соглашение с колледжем: подписать его министерство намерено в
    марте" is ``--03`` (anchored ahead by ``planned_months``). The colon stands after the
    record's agreement noun, and the clause after it names no agreement of its own; a
    deadline ("до конца года") or a season dates no plan, as in the next sentence. Planned
    records only; stated dates, anchored after."""
    sents = s.analysis.sentences
    for a, k in s.undated("planned"):
        toks = sents[k].tokens
        noun = next((i for i, t in enumerate(toks)
                     if t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"}), None)
        colon = next((i for i, t in enumerate(toks)
                      if t.text == ":" and noun is not None and i > noun), None)
        if colon is None or colon + 1 >= len(toks) or any(
                t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"} for t in toks[colon:]):
            continue
        after = toks[colon + 1].start
        within = [d for d in s.stated if after <= d.start < sents[k].stop]
        a.date = planned_by_pronoun(sents[k], within)


def plan_joining_before_colon(s: DateStage) -> None:
    """date45: a plan with no date whose agreement noun stands after a colon takes the
    month or day the clause before the colon gives a body's joining still to come, the
    draft after it being that joining's document: "В октябре к партнёрам центра
    присоединится Тверская область: проект соглашения с её министерством уже готов" is
    ``--10`` (anchored ahead by ``planned_months``), not undated. The clause before the
    colon names no agreement and tells the joining by a verb of joining in the future or
    as an infinitive under a word of a plan ("должна присоединиться"), not negated and not
    past; it states one time, a month or a day, with no "до" before it (a deadline).
    Planned records only; stated dates, anchored after."""
    sents = s.analysis.sentences
    for a, k in s.undated("planned"):
        toks = sents[k].tokens
        colon = next((i for i, t in enumerate(toks) if t.text == ":"), None)
        if colon is None or not any(t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"}
                                    for t in toks[colon + 1:]):
            continue
        head = toks[:colon]
        if any(t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"} for t in head) or \
                not _joining_to_come(head):
            continue
        lo, hi = sents[k].start, toks[colon].start
        told = [d for d in s.stated if lo <= d.start < hi]
        if len(told) != 1 or not told[0].value or \
                not _MONTH_OR_DAY.fullmatch(told[0].value) or _after_deadline(head, told[0]):
            continue
        a.date = told[0].value


# date45: a stated month or day, with or without its year ("--10", "2025-10-14")
_MONTH_OR_DAY = re.compile(r"(?:\d{4}|-)-\d\d(?:-\d\d)?")


def _joining_to_come(toks: list[Token]) -> bool:
    """date45: do the tokens tell a body's joining still to come: a verb of joining
    (``JOIN_VERBS``) in the future ("присоединится"), or an infinitive of one with a word
    of a plan among the tokens ("должна присоединиться", "планирует присоединиться"), not
    negated, and no verb of joining in the past?"""
    joins = [(i, t) for i, t in enumerate(toks) if t.lemma in JOIN_VERBS]
    if not joins or any(t.feats.get("Tense") == "Past" or _after_not(toks, i)
                        for i, t in joins):
        return False
    planned = any(t.lemma in PLAN_HEADS for t in toks)
    return any(future_form(t) or
               t.feats.get("VerbForm") == "Inf" and planned for _, t in joins)


def _after_deadline(toks: list[Token], d: DateRef) -> bool:
    """date45: does a deadline's preposition ("до") stand right before the date ``d`` or
    before a month's end it names ("до конца октября")?"""
    i = next((j for j, t in enumerate(toks) if t.start >= d.start), None)
    if i is None:
        return False
    before = toks[max(0, i - 2):i]
    return any(t.lemma in DEADLINE_PREPOSITIONS for t in before)


def put_off_later(s: DateStage) -> None:
    """date72: a plan with no date takes the time one of the next two sentences puts its
    signing off to: "Министерство и университет закончили подготовку проекта соглашения.
    Его подписание, которое хотели приурочить к форуму, перенесено на октябрь." is of
    October (``signing_dates.put_off_to``: the "на" time of the verb of postponing whose
    subject is the signing noun, or its "до" month, "отложено до декабря"). Read here, once
    mentions are merged, not by the candidate stage: there a bare mention dated by the new
    time would no longer join its plan's record, still dated by the day first set
    ("Планировалось, что 18 апреля ... подпишут ..."). A sentence naming an agreement of
    its own ends the search; the one that puts the signing off is parsed on demand.
    Planned records only; stated dates, anchored ahead after (``planned_months``).
    history63: or the time the sentence puts "it" off to, the signing noun standing as the
    subject of the time first set ("Подписание назначили на 10 мая, но затем его
    перенесли на июнь" is of June: ``_put_off_it``, the verb's object a pronoun, or
    ``_put_off_right_after`` when the parse hangs the time on the verb of the first
    setting)."""
    for a in s.agreements:
        if a.status != "planned" or a.date is not None:
            continue
        for later in _told_after(s, a):
            if not puts_signing_off(later):
                continue
            found = _put_off_time(s, later, s.stated, told_off=True) or \
                _put_off_told_again(s, later)
            if found is not None:
                a.date = found
                break


def _put_off_time(s: DateStage, sent: Sentence, dates: list[DateRef],
                  told_off: bool = False) -> str | None:
    """date72: the time a sentence puts a signing off to: a signing noun under a verb of
    postponing (``signing_dates.put_off_to``), the sentence parsed on demand: "Подписание
    договора с лицеем отложили на ноябрь" gives November. None when it puts no signing off
    ("Подписание прошло в ноябре"). ``told_off``: the caller has asked
    ``puts_signing_off`` already."""
    if not told_off and not puts_signing_off(sent):
        return None
    if s.analysis.models is not None:
        ensure_parsed(sent, s.analysis.models)
    within = [d for d in dates if sent.start <= d.start < sent.stop]
    toks = sent.tokens
    return next((v for t in toks if t.lemma in SIGN_NOUNS and 0 <= t.head < len(toks)
                 and toks[t.head].lemma in POSTPONE_WORDS
                 and (v := put_off_to(sent, t.head, within)) is not None), None)


def put_off_in_own_sentence(s: DateStage) -> None:
    """agr84: a plan with no date takes the time its own sentence puts "it" off to, the
    agreement told again by a pronoun or left unsaid: "Договор с колледжем собирались
    подписать на этой неделе, но его перенесли на март" is of March. The candidate stage
    reads only a signing noun under the verb of postponing ("подписание перенесено на
    март"), ``put_off_later`` only the next sentences. The verb's object, if any, is a
    pronoun or a signing noun (``_put_off_it``: "перенесли на март совещание" moves no
    signing), and the verb is not negated. Planned records only; stated dates, anchored
    ahead after (``planned_months``)."""
    sents = s.analysis.sentences
    for a, k in s.undated("planned"):
        if not _names_postponing(sents[k]):
            continue
        found = _put_off_told_again(s, sents[k])
        if found is not None:
            a.date = found


def _put_off_right_after(s: DateStage, sent: Sentence) -> str | None:
    """agr84: the "на" time standing right after a verb of postponing whose object is a
    pronoun, when the parse hangs that time on the infinitive told before: in "Договор
    хотели подписать в среду, но его перенесли на март" the tree may give "на март" to
    "подписать"; by word order it completes "перенесли". The verb is not negated; the time
    is a stated date that opens with the "на" right after the verb."""
    if not sent.parsed:
        return None
    toks = sent.tokens
    for v, t in enumerate(toks):
        if t.lemma not in POSTPONE_WORDS or t.pos != "VERB" or _after_not(toks, v) or \
                v + 2 >= len(toks) or toks[v + 1].lemma != "на":
            continue
        objs = [c for c in sent.children(v) if toks[c].rel in {"obj", "nsubj:pass"}]
        if not objs or any(toks[c].pos != "PRON" for c in objs):
            continue
        at = toks[v + 2].start
        found = next((d.value for d in s.stated if d.start == at and d.value), None)
        if found is not None:
            return found
    return None


def _names_postponing(sent: Sentence) -> bool:
    """Does a word of postponing stand in the sentence (speed only: the parse is asked
    only then)?"""
    return any(t.lemma in POSTPONE_WORDS for t in sent.tokens)


def put_off_after_first_set(s: DateStage) -> None:
    """date73: a plan dated by the day its signing was first set for takes the time the
    same sentence then puts "it" off to: "Подписание договора сначала назначили на 10 марта,
    но потом решили перенести его на апрель" is of April, not of 10 March. The sentence
    holding the plan's date (as stated) has a signing noun and a verb of postponing whose
    "на" time (``signing_dates.put_off_to``) is another date; the verb's object, if any, is
    a pronoun (the signing told again), so "перенесли на апрель совещание" moves no
    signing. The first such sentence only; parsed on demand. Planned records, stated
    dates: anchored after (``anchored_values`` anchors a month ahead). history63: the time
    right after the verb (``_put_off_right_after``) when the parse hangs it on the verb of
    the first setting ("Подписание было намечено на 10 мая, однако его перенесли на
    июнь")."""
    _redate_plans(s, lambda sent: puts_signing_off(sent) or signing_verb_put_off(sent),
                  lambda sent, d: _put_off_told_again(s, sent))


def _put_off_told_again(s: DateStage, sent: Sentence) -> str | None:
    """The time a sentence puts "it" off to, the signing told again by a pronoun or left
    unsaid: the verb's object a pronoun (``_put_off_it``), or the time right after the verb
    when the parse hangs it on the verb told before (``_put_off_right_after``). The one
    chain of ``put_off_later``, ``put_off_in_own_sentence`` and
    ``put_off_after_first_set``."""
    return _put_off_it(s, sent) or _put_off_right_after(s, sent)


def _redate_plans(s: DateStage, told: Callable[[Sentence], bool],
                  later: Callable[[Sentence, DateRef], str | None]) -> None:
    """The shared walk of ``put_off_after_first_set`` and ``held_later_after_all``: each
    planned record's stated date, in the sentence that states it, gives way to the later
    time ``later`` reads there, when ``told`` (the cheap test) holds for that sentence."""
    at: dict[str, list[DateRef]] = {}
    for d in s.stated:
        if d.value:
            at.setdefault(d.value, []).append(d)
    sents = s.analysis.sentences
    for a in s.agreements:
        if a.status != "planned" or not a.date:
            continue
        for d in at.get(a.date, []):
            k = s.sentence_at(d.start)
            if k < 0 or not told(sents[k]):
                continue
            found = later(sents[k], d)
            if found is not None and found != a.date:
                a.date = found
                break


def held_later_after_all(s: DateStage) -> None:
    """hid95 held_later_after_all: a plan dated by the day its signing was first set for
    takes the time a contrasting clause of the same sentence then says "it" takes place:
    "Подписание договора было назначено на 5 мая, однако из-за ремонта зала оно пройдёт в
    конце июня" is of June. After the first date, a contrasting word ("однако", "но",
    "а") and a verb of taking place (``HAPPEN_VERBS``), not negated, whose subject is a
    pronoun or a signing noun and whose own time is another stated date. The first such
    sentence only; parsed on demand. Planned records; stated dates, anchored after. A
    clause with another subject ("..., но форум пройдёт в июне") moves no signing."""
    _redate_plans(s, lambda sent: any(t.lemma in HAPPEN_VERBS for t in sent.tokens),
                  lambda sent, d: _held_after_all(s, sent, d))


def _held_after_all(s: DateStage, sent: Sentence, first: DateRef) -> str | None:
    """hid95: the stated time of a verb of taking place after ``first`` and a contrasting
    word, its subject a pronoun or a signing noun (``held_later_after_all``)."""
    if s.analysis.models is not None:
        ensure_parsed(sent, s.analysis.models)
    if not sent.parsed:
        return None
    toks = sent.tokens
    contrast = next((i for i, t in enumerate(toks) if t.start >= first.end
                     and t.lemma in CONTRAST_CONJUNCTIONS), None)
    if contrast is None:
        return None
    for v in range(contrast + 1, len(toks)):
        if toks[v].lemma not in HAPPEN_VERBS or toks[v].pos != "VERB" or \
                negated(sent, v):
            continue
        subj = [c for c in sent.children(v) if toks[c].rel.startswith("nsubj")]
        if not subj or any(toks[c].pos != "PRON" and toks[c].lemma not in SIGN_NOUNS
                           for c in subj):
            continue
        own = set(subtree(sent, v)) - {i for c in subj for i in subtree(sent, c)}
        for d in s.stated:
            if d.value and d is not first and sent.start <= d.start < sent.stop and \
                    d.start > toks[contrast].start and \
                    any(toks[i].start <= d.start < toks[i].stop for i in own):
                return d.value
    return None


def signing_verb_put_off(sent: Sentence) -> bool:
    """talk91: does the sentence tell a signing by its verb, first set for a time, and then
    a word of postponing ("Договор с колледжем мы собирались подписать в мае, но перенесли на
    июль")? Then the plan is of the new time (``put_off_after_first_set``), as with a
    signing noun (``puts_signing_off``). Morphology only; the time is read from the tree."""
    lemmas = {t.lemma for t in sent.tokens}
    return bool(lemmas & SIGN_VERBS) and any(t.lemma in POSTPONE_WORDS and t.pos == "VERB"
                                             for t in sent.tokens)


def _put_off_it(s: DateStage, sent: Sentence) -> str | None:
    """date73: the time a verb of postponing in ``sent`` puts off a signing told by a
    pronoun or left unsaid ("решили перенести его на осень", "перенесли на осень"), for
    ``put_off_after_first_set``; None when the verb moves a thing it names."""
    if s.analysis.models is not None:
        ensure_parsed(sent, s.analysis.models)
    if not sent.parsed:
        return None
    toks = sent.tokens
    within = [d for d in s.stated if sent.start <= d.start < sent.stop]
    for v, t in enumerate(toks):
        if t.lemma not in POSTPONE_WORDS or t.pos != "VERB":
            continue
        objs = [c for c in sent.children(v) if toks[c].rel in {"obj", "nsubj:pass", "nsubj"}]
        if any(toks[c].pos != "PRON" and toks[c].lemma not in SIGN_NOUNS for c in objs):
            continue
        h = t.head
        if t.rel == "xcomp" and 0 <= h < len(toks) and \
                negated(sent, h):
            continue  # "переносить его на июль не стали": the verb it hangs on is negated
        found = put_off_to(sent, v, within)
        if found is not None:
            return found
    return None


def new_time_named_later(s: DateStage) -> None:
    """date89: a signing put off with no date takes the time its story later names as the
    new one in a nominal sentence: "Подписание соглашения ... перенесено. ... «Новая дата —
    начало марта», — сказал министр." is ``--03`` (anchored ahead by ``planned_months``);
    a day so named is taken as stated ("Новый срок подписания: 5 марта"). The record's own
    sentence puts the signing off (``_puts_off``); the story is read up to
    ``PLAN_STORY_REACH`` sentences and before another record's own sentence, and the first
    new time named is taken. Planned records only; stated dates, anchored after. hid94: a
    plan put off to a month ("Подписание перенесли на июнь") takes the day of that month
    so named ("Новая дата — 9 июня"), a closer telling of the same time
    (``_day_within_month``)."""
    sents = s.analysis.sentences
    own = {s.sentence_at(a.evidence.start) for a in s.agreements}
    for a in s.agreements:
        k = s.sentence_at(a.evidence.start)
        month = a.date if a.date is not None and _MONTH_ONLY.fullmatch(a.date) else None
        if a.status != "planned" or (a.date is not None and month is None) or \
                not 0 <= k < len(sents) or not _puts_off(sents[k]):
            continue
        for j in range(k + 1, min(len(sents), k + 1 + PLAN_STORY_REACH)):
            if j in own:
                break  # another record's story
            toks = sents[j].tokens
            i = _new_time_start(toks)
            if i is None:
                continue
            day = next((d.value for d in s.stated if d.start == toks[i].start and d.value
                        and not d.relative), None)
            found = day or _new_time_month(toks, i)
            if month is not None and not (found and _day_within_month(found, month)):
                continue
            if found is not None:
                a.date = found
                break


# hid94: a date at the precision of a month, with or without its year ("2025-06", "--06")
_MONTH_ONLY = re.compile(r"(?:\d{4}|-)-\d\d")
_DAY_OF = re.compile(r"(?P<year>\d{4}|-)-(?P<month>\d\d)-\d\d")


def _day_within_month(day: str, month: str) -> bool:
    """hid94: is ``day`` ("2025-06-09", "--06-09") a day of ``month`` ("2025-06", "--06"),
    the years agreeing where both are given? "Перенесли на июнь ... Новая дата — 9 июня":
    the 9th is within June."""
    m = _DAY_OF.fullmatch(day)
    if m is None:
        return False
    year, mon = month[:-3], month[-2:]
    return m["month"] == mon and (year == "-" or m["year"] == "-" or m["year"] == year)


def scheduled_day_of_plan(s: DateStage) -> None:
    """status48: a plan dated only by a month or a week takes the day one of the next two
    sentences schedules its signing for, when that day falls within it: "Министерство и
    университет на следующей неделе заключат соглашение ... . Подписание запланировано на
    25 сентября" is the 25th, not the month of next week. The sentence names no agreement
    of its own and puts a signing noun under a verb of scheduling
    (``agreements._scheduled_date``, as the candidate stage reads a plan with no date at
    all). date61: a plan dated by the first day of an occasion's range of days ("подпишут
    соглашение в рамках форума, который пройдёт 12–13 сентября") likewise takes a later
    day of that range so scheduled ("Церемония подписания запланирована на второй день
    форума, 13 сентября"), as ``day_within_range`` does for a signing. Stated dates:
    anchored after."""
    index = _DateIndex(s.stated)
    ranges = {d.value: last for d in s.stated if d.value and _DAY.fullmatch(d.value)
              and (last := range_last_day(d)) is not None}
    for a in s.agreements:
        if a.status != "planned" or not a.date or \
                not (_MONTH_VALUE.fullmatch(a.date) or a.date in ranges):
            continue
        for later in _told_after(s, a):
            day = _scheduled_date(later, index) or _put_off_time(s, later, s.stated)  # date72
            if day is None or not _DAY.fullmatch(day):
                continue
            if a.date in ranges:
                if a.date[-5:] < day[-5:] <= ranges[a.date][-5:]:
                    a.date = day
                    break
            elif isodate.compatible(a.date, day):
                a.date = isodate.merge(day, a.date)
                break


def scheduled_over_decision(s: DateStage) -> None:
    """stat30: a plan's date is the day its signing is scheduled for, not the day the plan
    was made: "в конце прошлого года министерство договорилось ... подготовить аналогичный
    документ — его подписание намечено на второе полугодие" is of the second half, not of
    last year; so are "В мае стороны решили заключить соглашение, церемония запланирована на
    сентябрь" and "Подписание, о котором договорились в марте, перенесли на осень". A
    planned record whose date is told under a past verb takes the one date of its sentence
    that a verb of scheduling or postponing puts just before it (``SCHEDULE_VERBS``,
    ``POSTPONE_WORDS``). date72: never when the plan's own date is the time so set
    ("Подписание, назначенное на 15 марта, перенесено на май" stays in May). Stated dates:
    anchored after."""
    sents = s.analysis.sentences
    for a in s.agreements:
        if a.status != "planned" or not a.date:
            continue
        k = s.sentence_at(a.evidence.start)
        if k < 0:
            continue
        sent = sents[k]
        within = [d for d in s.stated if sent.start <= d.start < sent.stop and d.value]
        told = [d for d in within if d.value == a.date]
        if not told or s.tense is None or \
                any(s.tense(d.start, d.end) != "past" for d in told):
            continue
        if any(_after_scheduling(sent, d.start) for d in told):
            continue  # date72: the plan's date is itself the time set ("перенесено на май")
        # ("на сентябрь": a month the date reader reads since date72)
        scheduled = {d.value for d in within if d.value != a.date and
                     _after_scheduling(sent, d.start)}
        if len(scheduled) == 1:
            a.date = scheduled.pop()


def _after_scheduling(sent: Sentence, start: int) -> bool:
    """Does a verb of scheduling or postponing stand within two words before the date at
    ``start`` ("намечено на второе полугодие", "перенесли на март")?"""
    toks = sent.tokens
    i = next((j for j, t in enumerate(toks) if t.start >= start), len(toks))
    return any(t.lemma in _SCHEDULE_OR_POSTPONE for t in toks[max(0, i - 2):i])


# How many sentences after a plan's own one its story may go on to tell when it is signed.
PLAN_STORY_REACH = 8


def plan_scheduled_in_story(s: DateStage) -> None:
    """status50: a plan with no date takes the month or day that its story, further on,
    plans the signing for, before the sentence of another record: under the headline "Ямал
    и Югра подпишут соглашение", "Проект соглашения обсудили на совещании. Подписать
    документ предстоит директорам ... . Как уточнили в ведомстве, подписание планируется в
    декабре" is of December. The sentence plans a signing told by its noun alone
    (``signing_dates.planned_signing_date``); sentences between may name the agreement
    again ("Проект соглашения ...": the plan's own story). Up to ``PLAN_STORY_REACH``
    sentences; a deadline ("до конца года") dates no plan. A plan of "документ" or a
    pronoun ("Документ планируется подписать в сентябре") is read by ``plan_told_after``
    within ``PLAN_TOLD_AFTER_REACH`` and, further on, by ``plan_told_in_story`` (datepool92:
    the golds of rounds 58, 120 and 125 date such a plan, those of rounds 30 and 47 leave
    it undated). Stated dates: anchored after."""
    sents = s.analysis.sentences
    own = {s.sentence_at(a.evidence.start) for a in s.agreements}
    for a, k in s.undated("planned"):
        for j in range(k + 1, min(len(sents), k + 1 + PLAN_STORY_REACH)):
            if j in own:
                break  # another record's story
            later = sents[j]
            within = [d for d in s.stated if later.start <= d.start < later.stop and d.value]
            found = planned_signing_date(later, within)
            if found is not None:
                a.date = found
                break


def _plan_story(s: DateStage, a: Agreement, own: set[int]) -> Iterator[Sentence]:
    """datepool92: the sentences after a plan's own one that its story may go on in, up to
    ``PLAN_STORY_REACH`` and before the own sentence of another record; sentences naming an
    agreement are left out (they may be the plan's own told again, "Соглашение между ...
    должно упростить ...", or another document no record was made of), not walked past as
    an end (``_told_after`` ends there)."""
    k = s.sentence_at(a.evidence.start)
    if k < 0:
        return
    sents = s.analysis.sentences
    yield from _inner_of(s, k)  # date57: a quote's next sentence glued to it
    for j in range(k + 1, min(len(sents), k + 1 + PLAN_STORY_REACH)):
        if j in own:
            return  # another record's story
        if _names_agreement(sents[j].tokens):
            yield from _inner_of(s, j)  # date57
            continue
        yield sents[j]


def _inner_of(s: DateStage, k: int) -> list[Sentence]:
    """fixplan57: the inner sentences of sentence ``k`` (``_inner_sentences``), cut once per
    document and kept on the stage: ``put_off_told_in_story`` hands them to
    ``_put_off_time``, which parses a copy on demand, and every plan's walk of its story
    reads the same copies, so a quote's "Подписание отложили на май" glued after its first
    sentence is parsed once however many plans precede it."""
    if k not in s.inner:
        s.inner[k] = list(_inner_sentences(s.analysis.sentences[k]))
    return s.inner[k]


def _names_agreement(toks: Sequence[Token]) -> bool:
    """Does a run of tokens name an agreement (a noun of ``TRIGGERS``)?"""
    return any(t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"} for t in toks)


def _inner_sentences(sent: Sentence) -> Iterator[Sentence]:
    """date57: the sentences the reader glued into ``sent`` after its first, each opened by
    a capital after a full stop, "!" or "?" (a quote's sentences are kept in one, its
    marks inside the quotation marks), that name no agreement: in "«Проект соглашения
    готов. Мы договорились, что подпишем документ 12 мая», — сказала министр" the second
    is "Мы договорились, что подпишем документ 12 мая»…". Their tokens are copies with no
    parse: the readers of a plan's later sentence (``planned_by_pronoun``,
    ``plans_signing_it``) read morphology only, and ``_put_off_time`` parses a copy on demand,
    once per document since the copies are kept on the stage (``_inner_of``). A stop after
    an initial (a single capital, "Р.") or an abbreviation (``ABBREVIATION_WORDS``: "ул.",
    "г.", "им.") cuts nothing; a sentence with no inner stop yields nothing. fixdate57: a
    short word of another kind ends a sentence: "… с начала мая. Подпишем его в июне" is
    cut."""
    toks = sent.tokens
    cuts = [i + 1 for i in range(1, len(toks) - 1) if toks[i].text in SENTENCE_STOPS
            and toks[i + 1].text[:1].isupper() and not _abbreviation(toks[i - 1].text)]
    for lo, hi in zip(cuts, [*cuts[1:], len(toks)][:len(cuts)], strict=True):
        part = toks[lo:hi]
        if not part or _names_agreement(part):
            continue
        start, stop = part[0].start, part[-1].stop
        yield Sentence(start, stop, sent.text[start - sent.start:stop - sent.start],
                       [replace(t, head=-1, rel="") for t in part])


# The marks that end a sentence inside a quote the reader keeps whole.
SENTENCE_STOPS = frozenset({".", "!", "?"})


def _abbreviation(word: str) -> bool:
    """fixdate57: is a word before a full stop an initial ("Р.") or an abbreviation
    (``ABBREVIATION_WORDS``: "ул.", "г.")?"""
    return (len(word) == 1 and word.isupper()) or word.lower() in ABBREVIATION_WORDS


def plan_told_in_story(s: DateStage) -> None:
    """datepool92: a plan with no date takes the month or day a later sentence of its story
    plans to sign "the document" for, told by "документ" or a pronoun, past sentences that
    name the agreement again: "Липецкая и Тамбовская области разрабатывают соглашение о
    сиделках. Текст обсуждали во вторник. Само соглашение облегчит жизнь семьям. Подписать
    документ министры рассчитывают в марте." is of March (``signing_dates.planned_by_pronoun``;
    ``plan_told_after`` reads only the next two sentences and ends at one naming an
    agreement). The story is
    walked by ``_plan_story``: up to ``PLAN_STORY_REACH`` sentences and never into another
    record's own sentence, so the nearest plan before such a sentence is the one it tells
    of; a deadline ("до конца года") or a season is not read here (``plan_deadline_ahead``
    dates a plan by it later). A plan whose own
    sentence puts its signing off is left alone: the time its story then plans is the one
    first set ("Подписание ... отложено до весны. ... Раньше его хотели подписать в
    ноябре"). date56: the plans left undated are walked again past the sentences of older
    agreements (``_plan_past_older_records``). Planned records only; stated dates,
    anchored ahead after (``planned_months``)."""
    own = {s.sentence_at(a.evidence.start) for a in s.agreements}
    sents = s.analysis.sentences
    for a, k in s.undated("planned"):
        if _puts_off(sents[k]):
            continue
        _date_by_pronoun(s, a, _plan_story(s, a, own))
    _plan_past_older_records(s)  # date56


def _plan_past_older_records(s: DateStage) -> None:
    """date56 (the second walk of ``plan_told_in_story``, for the plans it left undated):
    a plan with no date takes the month or day a later sentence plans to sign
    "it" for (``signing_dates.planned_by_pronoun``), walking past the own sentences of
    mentioned records, which recall an older document and never "plan to sign it":
    "Министерство и колледж готовят дорожную карту по практике. Она продолжит
    соглашение, подписанное в 2021 году. ... Подписать документ стороны планируют в
    апреле." is of April (``plan_told_in_story`` ends its walk at the older agreement's
    sentence). The walk stops at the own sentence of a signed record or another plan (a
    story of the news the next sentences may go on with, as test_datepool92's guard "...
    вчера подписала соглашение с университетом. Подписать документ министры рассчитывают
    в марте" holds) and passes over sentences naming an agreement, as ``_plan_story`` does;
    it reaches ``PLAN_STORY_REACH`` sentences, a plan told by the headline as well
    (fixdate56: the whole page was walked for it, into the tags, the links to other news
    and the comments; m802's date is eight sentences after its headline, n704's five after
    its plan). A plan whose own sentence puts its signing off is left alone.
    Planned records only; stated dates, anchored ahead after (``planned_months``)."""
    sents = s.analysis.sentences
    told = {s.sentence_at(a.evidence.start) for a in s.agreements if a.status != "mentioned"}
    older = {s.sentence_at(a.evidence.start) for a in s.agreements
             if a.status == "mentioned"} - told
    for a, k in s.undated("planned"):
        if _puts_off(sents[k]):
            continue
        later = []
        for j in range(k + 1, min(len(sents), k + 1 + PLAN_STORY_REACH)):
            if j in told:
                break
            if j in older or any(t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"}
                                 for t in sents[j].tokens):
                continue
            later.append(sents[j])
        _date_by_pronoun(s, a, later)


def put_off_told_in_story(s: DateStage) -> None:
    """datepool92: a plan takes the time a later sentence of its story puts its signing off
    to, over the time first set or none: "Колледж и управление хотели заключить договор о
    практике 12 марта. Юристы не успели сверить текст. Из-за этого подписание отложили на
    май." is of May, not of 12 March; so is a plan with no date whose story puts it off
    three sentences on. The later sentence has a signing noun under a verb
    of postponing whose "на" time it reads (``_put_off_time``: "перенесли на май
    совещание" moves no signing; a negated verb none), names no agreement of its own, and
    lies in the plan's story (``_plan_story``: before another record's own sentence, up to
    ``PLAN_STORY_REACH`` sentences); the first such sentence is taken. ``put_off_later``
    reads only the next two sentences and only for a plan with no date. Planned records
    only; stated dates, anchored ahead after (``planned_months``, ``rescheduled_ahead``)."""
    own = {s.sentence_at(a.evidence.start) for a in s.agreements}
    for a in s.agreements:
        if a.status != "planned":
            continue
        for later in _plan_story(s, a, own):
            found = _put_off_time(s, later, s.stated)
            if found is not None:
                if found != a.date:
                    a.date, a.date_anchored = found, False
                break


# dig93: how many sentences of a plan's story, after its own, may give the new time of a
# signing put off or first set in the past
NEW_TIME_REACH = 2


def new_time_told_next(s: DateStage) -> None:
    """dig93: a plan whose own sentence puts its signing off with no new time, or tells the
    time first set in the past, takes the time one of the next sentences gives the signing
    to come, told by its noun under a verb of happening or by a pro-verb taking "это":
    "Договор с фондом хотели подписать в марте, но подписание отложили. Теперь сделаем это в
    июне" and "... Сейчас решено, что подписание состоится в июне" are of June, not March.
    The verb is in the future tense and the time hangs under it (``_time_to_come``); the
    sentences are at most ``NEW_TIME_REACH`` after its own and before another record's own
    one; a sentence naming an agreement noun is read too ("по договорённости сделаем это в
    июне": the noun is no other document), parsed on demand. Planned records only; stated
    dates, anchored ahead after.

    dates69: the plan's own sentence may also tell that the signing will not take place
    on the day set (``_not_held``: "Намеченное на 5 мая подписание ... не состоится"), and
    each later sentence of the story that tells a putting off or calling off (``_puts_off``,
    ``_calls_off``: "Мероприятие перенесено из-за ...") carries the reach on by
    ``NEW_TIME_REACH`` sentences from itself, so "Подписание договора ... не состоится.
    Об этом сообщили в управлении. Церемонию перенесли по просьбе вуза. Предварительно
    подписание пройдёт в мае." is of May."""
    sents = s.analysis.sentences
    own = {s.sentence_at(a.evidence.start) for a in s.agreements}
    for a in s.agreements:
        k = s.sentence_at(a.evidence.start)
        if a.status != "planned" or not 0 <= k < len(sents) or \
                not (_puts_off(sents[k]) or _past_plan(sents[k]) or _not_held(sents[k])):
            continue
        end = min(len(sents), k + 1 + NEW_TIME_REACH)
        j = k + 1
        while j < end and j not in own:  # not into another record's story
            found = _time_to_come(s, sents[j])
            if found is not None:
                a.date, a.date_anchored = found, False
                break
            if _puts_off(sents[j]) or _calls_off(sents[j]):  # dates69: the putting off told on
                end = min(len(sents), j + 1 + NEW_TIME_REACH)
            j += 1


def _not_held(sent: Sentence) -> bool:
    """dates69: does the sentence tell a signing or its ceremony will not take place, the
    noun (``SIGN_NOUNS``, ``CEREMONY_NOUNS``) and a negated verb of happening in the future
    (``HAPPEN_VERBS``: "подписание ... не состоится в назначенный день", "церемония не
    пройдёт в пятницу")? Morphology only; the past ("не состоялось") is a signing that did
    not happen, no plan put off."""
    toks = sent.tokens
    if not any(t.lemma in SIGN_NOUNS or t.lemma in CEREMONY_NOUNS for t in toks):
        return False
    return any(t.lemma in HAPPEN_VERBS and future_form(t) and _after_not(toks, i)
               for i, t in enumerate(toks))


def _signing_ceremony(sent: Sentence, i: int) -> bool:
    """dates69: is token ``i`` a ceremony's noun (``CEREMONY_NOUNS``) told bare or as a
    signing's ("церемония состоится в мае", "церемония подписания пройдёт в июне"), not
    another occasion's ("церемония награждения волонтёров состоится в мае": a noun under it
    that is no signing noun, hung on it without a preposition)? A noun with its own
    preposition under it tells the place or the time ("церемония в областной администрации
    пройдёт в мае"), no occasion. From the parse."""
    toks = sent.tokens
    if toks[i].lemma not in CEREMONY_NOUNS:
        return False
    return not any(toks[c].pos in {"NOUN", "PROPN"} and toks[c].lemma not in SIGN_NOUNS and
                   toks[c].rel == "nmod" and
                   not any(toks[g].rel == "case" for g in sent.children(c))
                   for c in sent.children(i))


def _past_plan(sent: Sentence) -> bool:
    """Does a word of planning in the past tense stand right before a signing infinitive
    ("собирались подписать", "планировали заключить")? Morphology only."""
    toks = sent.tokens
    return any(t.lemma in PLAN_HEADS and t.feats.get("Tense") == "Past" and
               toks[i + 1].lemma in SIGN_VERBS and toks[i + 1].feats.get("VerbForm") == "Inf"
               for i, t in enumerate(toks[:-1]))


def _time_to_come(s: DateStage, sent: Sentence) -> str | None:
    """dig93: the month or day a sentence gives a signing to come, the signing its noun as
    the subject of a verb of happening ("подписание состоится в июне") or "это" as the
    object of a pro-verb ("сделаем это в июне"), the verb in the future tense and not
    negated; the first stated month or day under that verb. None otherwise."""
    toks = sent.tokens
    if not any(t.lemma in HAPPEN_VERBS | PRO_VERBS for t in toks):
        return None
    if s.analysis.models is not None:
        ensure_parsed(sent, s.analysis.models)
    if not sent.parsed:
        return None
    for v, t in enumerate(toks):
        if not future_form(t) or negated(sent, v):
            continue
        kids = [toks[c] for c in sent.children(v)]
        if not (t.lemma in HAPPEN_VERBS and any(
                toks[c].rel == "nsubj" and (toks[c].lemma in SIGN_NOUNS or
                                            _signing_ceremony(sent, c))
                for c in sent.children(v)) or
                t.lemma in PRO_VERBS and any(c.lemma == "это" and c.rel == "obj"
                                              for c in kids)):
            continue
        starts = {toks[j].start for j in subtree(sent, v)}
        found = [d for d in s.stated if d.start in starts and d.value and
                 _MONTH_OR_DAY_VALUE.fullmatch(d.value)]
        if found:
            return min(found, key=lambda d: d.start).value
    return None


_MONTH_OR_DAY_VALUE = re.compile(r"(?:\d{4}|-)-\d{2}(?:-\d{2})?")


# date89: a numbered act's own day, "от 12 марта 2025 года № 45-р" or "№ 45-р от 12 марта"
_ACT_FROM_BEFORE = re.compile(r"(?<![\w])от[^\S\n]+$")
_ACT_NUMBER_AFTER = re.compile(r"[^\S\n]*(?:года|г\.)?[^\S\n]*№")
_ACT_NUMBER_BEFORE = re.compile(r"№[^\S\n]*[\w/\-.]+[^\S\n]+от[^\S\n]+$")


def _act_day(text: str, d: DateRef) -> bool:
    """Is ``d`` the own day of a numbered document, "от" before it and its number after it
    or before "от" ("распоряжением от 12 марта 2025 года № 45-р", "приказ № 45 от 12 марта
    2025 года")?"""
    before = text[max(0, d.start - 40):d.start]
    return bool(_ACT_FROM_BEFORE.search(before)) and (
        bool(_ACT_NUMBER_AFTER.match(text, d.end)) or bool(_ACT_NUMBER_BEFORE.search(before)))


def plan_not_dated_by_act(s: DateStage) -> None:
    """date89: a plan dated by the day of the numbered act that approved its draft takes
    the month or day its story later plans the signing for: "Распоряжением правительства
    от 3 марта 2025 года № 88-р одобрен проект соглашения между ... . ... Подписать
    документ стороны намерены в апреле." is of April, not of 3 March (an act's own day
    dates the act, not the signing). Every statement of the plan's day is such an act's
    day; the story is read after the later of the record's and the act's sentences, up to
    ``PLAN_STORY_REACH`` sentences and before another record's own sentence; the plan is
    told by a pronoun or "документ" (``signing_dates.planned_by_pronoun``) or by the
    signing noun (``planned_signing_date``). Planned records only; stated dates, anchored
    after."""
    sents = s.analysis.sentences
    text = s.analysis.text
    own = {s.sentence_at(a.evidence.start) for a in s.agreements}
    for a in s.agreements:
        if a.status != "planned" or not a.date or not _DAY.fullmatch(a.date):
            continue
        told = [d for d in s.stated if d.value == a.date and not d.relative]
        if not told or not all(_act_day(text, d) for d in told):
            continue
        k = max([s.sentence_at(a.evidence.start)] + [s.sentence_at(d.start) for d in told])
        a.date = _signing_planned_later(sents, k, own, s.stated) or a.date


def _signing_planned_later(sents: Sequence[Sentence], k: int, own: set[int],
                           dates: Sequence[DateRef]) -> str | None:
    """The time a plan's story, in the sentences after sentence ``k``, gives its signing
    ("... Подписать его стороны намерены в июне"), up to ``PLAN_STORY_REACH`` sentences and
    not into another record's sentence (``own``); None when it gives none."""
    for j in range(k + 1, min(len(sents), k + 1 + PLAN_STORY_REACH)):
        if j in own:
            return None  # another record's story
        later = sents[j]
        within = [d for d in dates if later.start <= d.start < later.stop and d.value]
        found = planned_by_pronoun(later, within) or planned_signing_date(later, within)
        if found is not None:
            return found
    return None


def plan_not_dated_by_past_day(s: DateStage) -> None:
    """date90: a plan dated by a day before the page's, the day its own sentence tells a
    step already taken ("Текст договора согласован вчера; подписать его стороны намерены
    в июне", "Проект соглашения парафирован позавчера ... Подписание запланировано на
    май"), takes the month or day its story later plans the signing for: a plan is of a
    time to come, the past day is the step's. The record's own sentence states the day
    under the past tense (``DateStage.tense``), and no statement of it is under the
    future; the story is read as
    ``plan_not_dated_by_act`` reads it. With no such plan told later the date stays.
    Planned records only; anchored dates."""
    pub = publication_day(s.published)
    if pub is None or s.tense is None:
        return
    sents = s.analysis.sentences
    own = {s.sentence_at(a.evidence.start) for a in s.agreements}
    for a in s.agreements:
        k = s.sentence_at(a.evidence.start)
        if a.status != "planned" or not a.date or not _DAY.fullmatch(a.date) or \
                a.date >= pub.isoformat() or not 0 <= k < len(sents):
            continue
        told = [d for d in s.dates if d.value == a.date]
        if not any(s.sentence_at(d.start) == k and s.tense(d.start, d.end) == "past"
                   for d in told) or \
                any(s.tense(d.start, d.end) == "future" for d in told):
            continue
        a.date = _signing_planned_later(sents, k, own, s.dates) or a.date


def planned_occasion_day(s: DateStage) -> None:
    """status65: a plan with no date, told as the aim or the outcome of an occasion still
    to come, takes the day that occasion is told for just before: "Делегация ... в четверг
    приедет в Энск. Итогом поездки станет подписание соглашения ..." (a Monday page) is of
    Thursday. The record's sentence names an occasion
    (``signing_dates.outcome_of_occasion``); the day is ``occasion_day_before``'s, a full
    day not before the publication day, told under a verb in the future (a day of an
    occasion held is when the plan was made: "В понедельник прошла встреча. По её итогам
    стороны договорились подписать соглашение" stays undated). Planned records only;
    stated dates: anchored after."""
    pub = publication_day(s.published)
    if pub is None:
        return
    sents = s.analysis.sentences
    for a, k in s.undated("planned"):
        if k == 0 or not outcome_of_occasion(sents[k]):
            continue
        day = occasion_day_before(sents, k, s.stated)
        if day is None or not _DAY.fullmatch(day) or day < pub.isoformat():
            continue
        told = [d for d in s.stated if d.value == day and s.sentence_at(d.start) < k]
        if s.tense is not None and told and all(s.tense(d.start, d.end) == "future"
                                                for d in told):
            a.date = day


def one_telling_day(s: DateStage) -> None:
    """date36: signings told in one sentence share its day: the headline "Томская область
    подписала соглашения с Камчаткой и Хакасией" tells both signings, and when one of the
    two records it gives is dated by a day ("Во вторник ... прошла конференция. По итогам
    конференции ... подписал два соглашения"), the other, undated, is of the same day; so
    are "Министры подписали соглашения с Пермским краем и Якутией" and "Соглашения с
    Пензой и Саратовом заключены в ходе визита". Only signed records without a date, only
    when the signed records of that sentence give exactly one day (a month or a year may be
    an older document's: "подписанное в ноябре 2022 года"); a record only referred to
    ("действует соглашение, заключённое в 2019 году") keeps what its clause says. Stated
    dates: anchored after."""
    told: dict[int, list[Agreement]] = {}
    for a in s.agreements:
        if a.status == "signed":
            told.setdefault(s.sentence_at(a.evidence.start), []).append(a)
    for k, group in told.items():
        undated = [a for a in group if a.date is None]
        days = {a.date for a in group if a.date and _DAY.fullmatch(a.date)}
        if k < 0 or not undated or len(days) != 1 or \
                any(a.date and a.date not in days for a in group):
            continue
        day = days.pop()
        for a in undated:
            a.date = day


def same_day_as_signing_before(s: DateStage) -> None:
    """status52: a signing told "в тот же день" far from any day ("Документ подписали во
    второй день форума ... [four paragraphs] ... В тот же день министерство заключило
    отдельное соглашение с университетом") is of the day of the signing told before it:
    the nearest signed record before it in the text, when it has a day. The phrase's own
    reading (``dates._same_day``) takes the date just before it, within a few sentences
    only; past that reach the story's last signing is the day it restates. Signed records
    without a date whose own sentence holds the phrase, unresolved; stated dates: anchored
    after.

    datepool91: the record before may not be read as signed yet (its status is settled by
    later passes: "Соглашение ... подписано 18 апреля в Москве" is told with a participle),
    so when no signed record before has a day, the nearest record before with a day the
    text states (not the page's) is the day restated: "Соглашение между правительством и
    агентством подписано 18 апреля ... [five sentences] ... «В тот же день аналогичные
    соглашения подписали правительства соседних областей»" is of 18 April."""
    ordered = sorted(s.agreements, key=lambda a: a.evidence.start)
    signed = [a for a in ordered if a.status == "signed"]
    sents = s.analysis.sentences
    for n, a in enumerate(signed):
        k = s.sentence_at(a.evidence.start)
        if a.date is not None or not 0 <= k < len(sents):
            continue
        sent = sents[k]
        if not any(sent.start <= d.start < sent.stop and d.value is None and same_day_phrase(d)
                   for d in s.stated):
            continue
        before = next((b for b in reversed(signed[:n]) if b.evidence.start < sent.start), None)
        if before is not None and before.date and _DAY.fullmatch(before.date):
            a.date = before.date
        elif before is None or not before.date:
            told = next((b for b in reversed(ordered) if b.evidence.start < sent.start and
                         b.date and not b.date_from_published), None)
            if told is not None and told.date and _DAY.fullmatch(told.date):
                a.date = told.date


def same_place_as_signing_before(s: DateStage) -> None:
    """date60: a signing told "на той же площадке" / "на том же форуме" / "там же" is one
    more signing of the occasion told before, of the day of the signing told nearest before
    it: "Министерство и фонд подписали соглашение. Церемония прошла 12 марта на форуме
    ... [paragraphs on the agreement, an older one it replaces, quotations] ... На той же
    площадке ведомство подписало договор с фондом «Опора»" is 12 March too, not the page's
    day. An undated signed record whose own sentence opens, before its first verb, with the
    phrase (``opens_at_the_same_place``) takes the day of the nearest signed record told
    before its sentence, when that record's day is the text's (not the page's); an older
    document recalled between (mentioned) is passed over. The phrase names the place of a
    signing already told, a few paragraphs before at most (``SAME_PLACE_SENTENCES``);
    fixdate60: and no other time or occasion told between (``told_between``): "12 марта
    ... подписали соглашение. Через месяц губернатор выступил на форуме «Добро». На том же
    форуме ..." is not 12 March. Stated dates: anchored after."""
    ordered = sorted(s.agreements, key=lambda a: a.evidence.start)
    sents = s.analysis.sentences
    for n, a in enumerate(ordered):
        k = s.sentence_at(a.evidence.start)
        if a.status != "signed" or a.date is not None or not 0 <= k < len(sents) or \
                not opens_at_the_same_place(sents[k]):
            continue
        before = next((b for b in reversed(ordered[:n]) if b.status == "signed" and
                       b.evidence.start < sents[k].start), None)
        if before is not None and before.date and _DAY.fullmatch(before.date) and \
                not before.date_from_published and \
                k - s.sentence_at(before.evidence.start) <= SAME_PLACE_SENTENCES and \
                not told_between(s, before, k):
            a.date = before.date


# fixdate60: how many sentences after the signing told before "на той же площадке" may
# stand (its paragraph, the older document it replaces, a few quotations)
SAME_PLACE_SENTENCES = 20


def told_between(s: DateStage, before: Agreement, k: int) -> bool:
    """fixdate60: is another time or occasion told in the sentences between the signing
    ``before`` and the ``k``-th sentence, which "на том же форуме" may name instead? A date
    of another day ("1 февраля", "через месяц", "в четверг", "накануне") or an occasion's
    noun in the locative ("выступил на форуме «Добро»"), in a sentence that does not tell
    ``before``'s own day; a sentence recalling an older document (a record not signed) and
    a date of an earlier year (history) are passed over. By sentences; ``before``'s day
    as stated (month and day), the other dates anchored (the page's year when unstated)."""
    sents = s.analysis.sentences
    day = (before.date or "")[-5:]
    year = (before.date or "")[:4] if not (before.date or "").startswith("--") else \
        (s.published or "")[:4]
    for m in range(s.sentence_at(before.evidence.start) + 1, k):
        sent = sents[m]
        values = [d.value for d in s.dates if sent.start <= d.start < sent.stop]
        if any(v and v.endswith(day) for v in values) or any(
                b.status != "signed" and sent.start <= b.evidence.start < sent.stop
                for b in s.agreements):
            continue
        if any(v is None or v[:4] >= year for v in values) or any(
                t.lemma in NAMED_OCCASION_NOUNS and t.feats.get("Case") == "Loc"
                for t in sent.tokens):
            return True
    return False


def opens_at_the_same_place(sent: Sentence) -> bool:
    """date60: does the sentence open, before its first verb, with "тот же" / "этот же" and
    a noun of an occasion or its place ("На той же площадке ...", "На том же форуме ...",
    ``datewords.NAMED_OCCASION_NOUNS``, ``datewords.SAME_PLACE_NOUNS``), or with "там же"
    (``datewords.SAME_PLACE_ADVERBS``)? A noun of time ("в тот же день", "в том же году")
    is not a place: other passes read it. By lemmas and order."""
    toks = sent.tokens
    for i, t in enumerate(toks):
        if t.pos in {"VERB", "AUX"}:
            return False
        if i + 1 >= len(toks) or toks[i + 1].lemma != "же":
            continue
        if t.text.lower() in SAME_PLACE_ADVERBS:
            return True
        if t.lemma in SAME_TIME_DEMONSTRATIVES and i + 2 < len(toks) and \
                toks[i + 2].lemma in NAMED_OCCASION_NOUNS | SAME_PLACE_NOUNS:
            return True
    return False


def anchored_values(s: DateStage) -> None:
    """Each record's stated date becomes the value anchored to the publication day: "26
    октября" (``--10-26``) in a text of 3 November 2025 is ``2025-10-26``; a value that only
    the publication day gives ("вчера") is marked ``date_anchored``
    (``anchor.anchor_agreements``)."""
    anchor_agreements(s.agreements, s.dates)


def season_of_mention(s: DateStage) -> None:
    """plan91: an earlier agreement referred to ("mentioned"), with no date, that its own
    sentence signs in a season ("Прошлый договор колледж заключил весной") takes the
    season's year: as history it is dated by a year (``stated_view`` keeps a season's year
    by convention from the rules that tell history from news, not from a record already
    read as history). Only the sentence's one date, and a past verb of signing beside it."""
    for a, k in s.undated("mentioned"):
        sent = s.analysis.sentences[k]
        told = [d for d in s.stated if sent.start <= d.start < sent.stop]
        if len(told) != 1 or told[0].value is not None:
            continue
        value = next((d.value for d in s.dates if d.start == told[0].start), None)
        if value and re.fullmatch(r"\d{4}", value) and any(
                t.lemma in SIGN_VERBS and t.pos == "VERB" and t.feats.get("Tense") == "Past"
                for t in sent.tokens):
            a.date = value


def in_force_since_month(s: DateStage) -> None:
    """statdate98: an agreement told only as in force since a month without a year is dated
    by that month of the latest year the publication day allows: "С апреля у отделения
    действуют соглашения с обществом слепых и обществом глухих" in a page of 17 November
    2023 is ``2023-04`` (``signing_dates.in_force_months``; "действует с 2021 года" is
    ``in_force_since_year``'s). Mentioned records without a date only, read in their own
    sentence; with two such months in it ("..., а с июля — соглашение с советом
    ветеранов") a record takes the one whose agreement noun stands last before its own
    partner's name. Only with a publication day: the year comes from the page."""
    pub = publication_day(s.published)
    if pub is None:
        return
    sents = s.analysis.sentences
    for a, k in s.undated("mentioned"):
        months = in_force_months(sents[k])
        if not months:
            continue
        if len({mo for _, mo in months}) > 1:
            own = own_name_stems(a, s.agreements)
            at = next((j for j, t in enumerate(sents[k].tokens) if stem(t.text) in own),
                      None)
            months = [x for x in months if at is not None and x[0] < at][-1:]
        if months:
            a.date = anchor_month(months[0][1], pub, "past")


def year_of_named_occasion(s: DateStage) -> None:
    """statdate98: an earlier agreement referred to ("mentioned"), with no date, whose own
    sentence signs it at an occasion named with its year takes that year: "Как сообщалось,
    именно на ВЭФ-2023 управление заключило с банком договор о кредитах для ветеранов" is
    ``2023`` (``signing_dates.occasion_year``). The year is the text's own, written into
    the occasion's name."""
    sents = s.analysis.sentences
    for a, k in s.undated("mentioned"):
        a.date = occasion_year(sents[k], s.analysis.text)


def signing_called_yesterday(s: DateStage) -> None:
    """date86: a page that calls the signing it passes on "вчерашний" dates it the day
    before its own, though the post it passes on says "сегодня" (a repost keeps the words
    of its own day): "5 марта 2025" / "Рассказываем о вчерашнем подписании" / "Сегодня фонд
    и комитет подписали соглашение о партнёрстве" is of 4 March. The adjective
    (``datewords.DAY_ADJECTIVE_SHIFT``) stands right before a signing noun, once on the
    page, before the record; a signed record dated the page's day by a relative word of its
    own sentence ("сегодня") is moved back. Anchored values, a publication day only."""
    pub = publication_day(s.published)
    if pub is None:
        return
    told = [(t.start, DAY_ADJECTIVE_SHIFT[prev.lemma]) for sent in s.analysis.sentences
            for prev, t in zip(sent.tokens, sent.tokens[1:], strict=False)
            if prev.lemma in DAY_ADJECTIVE_SHIFT and t.lemma in SIGN_NOUNS]
    if len(told) != 1:
        return
    at, shift = told[0]
    today = pub.isoformat()
    sents = s.analysis.sentences
    for a in s.agreements:
        k = s.sentence_at(a.evidence.start)
        if a.status != "signed" or a.date != today or a.evidence.start <= at or \
                not 0 <= k < len(sents):
            continue
        if any(d.relative and d.value == today and sents[k].start <= d.start < sents[k].stop
               for d in s.dates):
            a.date = (pub + dt.timedelta(days=shift)).isoformat()


def year_told_by_day_next(s: DateStage) -> None:
    """date69: a record dated by a year only takes the day of that year the next sentence
    gives its signing: "Три года назад управление и АНО «Тёплый дом» заключили соглашение о
    партнёрстве. Документ был подписан 12 мая 2021 года — накануне форума ..." is
    ``2021-05-12``, not ``2021``. The next sentence tells a signing in the past (a verb of
    signing within ``DAY_NEXT_REACH`` words of its start, its past or participle form, not
    negated), gives exactly one day, of the record's year, and tells no record of its own.
    Any status; anchored values (run after ``anchored_values``)."""
    sents = s.analysis.sentences
    own = {s.sentence_at(a.evidence.start) for a in s.agreements}
    for a in s.agreements:
        k = s.sentence_at(a.evidence.start)
        if not a.date or not _YEAR.fullmatch(a.date) or not 0 <= k < len(sents) - 1 or \
                k + 1 in own:
            continue
        later = sents[k + 1]
        toks = later.tokens[:DAY_NEXT_REACH]
        if not any(_past_signing(toks, n) for n in range(len(toks))):
            continue
        days = {d.value for d in s.dates if later.start <= d.start < later.stop and d.value
                and _DAY.fullmatch(d.value) and not d.relative}
        if len(days) == 1 and (day := days.pop()).startswith(a.date + "-"):
            a.date = day


def week_told_by_day(s: DateStage) -> None:
    """date67: a signing dated only by a week ("На прошлой неделе министерство и компания
    заключили соглашение ...", the month all the week's days share) takes the one day of
    that week the text gives a signing later on: "... . Документ, подписанный 14 мая в
    Якутске министром и директором, рассчитан до конца 2022 года" in a report of 19 May is
    14 May, not May. The day is governed by a signing verb or participle (``_signing_day``)
    or dates a signing event (``agreements._event_date``), in a sentence after the record's
    own; only when all such days within the week are one. dig93: the first sentence of the
    answer to a question telling the signing gives its day with no signing verb
    (``_answered_day``). Signed records; anchored values."""
    sents = s.analysis.sentences
    index = _DateIndex(s.dates)
    told: dict[int, set[str]] = {}  # the signing days each sentence gives, read once
    for a in s.agreements:
        k = s.sentence_at(a.evidence.start)
        if a.status != "signed" or not a.date or not _MONTH.fullmatch(a.date) or \
                not 0 <= k < len(sents):
            continue
        own = [d for d in s.dates if sents[k].start <= d.start < sents[k].stop and
               d.value == a.date and d.relative]
        span = week_told_span(own[0], s.published) if own else None
        if span is None:
            continue
        days: set[str] = set()
        for n in range(k + 1, len(sents)):
            if n not in told:
                event = _event_date(sents[n], index)
                told[n] = {d.value for d in index.within(sents[n]) if d.value and
                           _FULL_DAY.fullmatch(d.value) and
                           (d.value == event or _signing_day(sents[n], d))}
            days |= {x for x in told[n] if span[0] <= dt.date.fromisoformat(x) <= span[1]}
        days |= _answered_day(sents, k, index, span)
        if len(days) == 1:
            a.date, a.date_anchored = days.pop(), False


def _answered_day(sents: Sequence[Sentence], k: int, index: _DateIndex,
                  span: tuple[dt.date, dt.date]) -> set[str]:
    """dig93: the day the answer to a question gives the question's signing, told by a week
    only: "— На прошлой неделе вы заключили соглашение с колледжем. Что оно даст?" / "— Да,
    это было в четверг. ..." dates the signing to that Thursday. The answer's first
    sentence (``turns.answer_opening``) names no agreement of its own and gives days
    within the week; the day needs no signing verb, the question told the signing."""
    n = answer_opening(sents, k)
    if n is None or any(t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"}
                        for t in sents[n].tokens):
        return set()
    return {d.value for d in index.within(sents[n]) if d.value and _FULL_DAY.fullmatch(d.value)
            and span[0] <= dt.date.fromisoformat(d.value) <= span[1]}


_MONTH = re.compile(r"\d{4}-\d{2}")
_FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def scheduled_by_participle(s: DateStage) -> None:
    """stat34: a plan with no date takes the date of the participle of scheduling on its
    signing noun, in its own sentence: "Подписание соглашения ..., намеченное на 20 марта,
    отменено. О новой дате сообщат дополнительно" in a text of 19 March 2025 is
    ``2025-03-20`` (``signing_dates.scheduled_participle_date``). A date without its year
    takes the year that puts it nearest the publication day: a schedule is set for days
    around the report, whatever the tense of the verb that tells what became of it (the
    past "отменено" must not read it a year back). Planned records only; anchored values.
    date44: when the record's sentence has none, the next one, if no record is its own (a
    headline "Подписание соглашения ... перенесли" and the lead "Подписание соглашения ...,
    намеченное на 12 ноября, перенесено на неопределённый срок")."""
    pub = publication_day(s.published)
    sents = s.analysis.sentences
    own = {s.sentence_at(a.evidence.start) for a in s.agreements}
    for a in s.agreements:
        if a.status != "planned" or a.date:
            continue
        si = s.sentence_at(a.evidence.start)
        if not 0 <= si < len(sents):
            continue
        found = scheduled_participle_date(sents[si], s.stated)
        if found is None and si + 1 < len(sents) and si + 1 not in own:
            found = scheduled_participle_date(sents[si + 1], s.stated)
        if found is None:
            continue
        a.date = nearest_year(found, pub) if pub is not None else found
        a.date_anchored = a.date != found


def nearest_year(value: str, pub: dt.date) -> str:
    """A year-less day or month ("--03-20", "--04") with the year that puts it nearest
    ``pub`` (ties: forward); a value with its year is returned as it is."""
    m = re.fullmatch(r"--(\d\d)(?:-(\d\d))?", value)
    if m is None:
        return value
    month, day = int(m[1]), int(m[2] or 1)
    best: tuple[int, int] | None = None
    for year in (pub.year + 1, pub.year, pub.year - 1):
        try:
            gap = abs((dt.date(year, month, day) - pub).days)
        except ValueError:
            continue  # 29 February of a common year
        if best is None or gap < best[0]:
            best = (gap, year)
    if best is None:
        return value
    return f"{best[1]:04d}-{month:02d}" + (f"-{day:02d}" if m[2] else "")


# a section heading of a review that opens with a month: "Сентябрь. Трёхстороннее соглашение
# на ВЭФ", "Март: соглашение с ЕАО", "Июнь —"
_MONTH_HEAD = re.compile(
    r"^(?P<m>" + "|".join(w.capitalize() for w in month_forms(nominative=True))
    + r")[^\S\n]*[.:—–-](?=[^\S\n]|$)", re.MULTILINE)


def month_sections(s: DateStage) -> None:
    """A signing in a review whose sections are headed by months is dated by its section's
    month when it states no date of its own there (datesB): under "Сентябрь. Соглашение на
    форуме" in a review of December 2025, "На форуме подписано соглашение ..." is
    ``2025-09`` (``section_months``)."""
    section_months(s.agreements, s.dates, s.analysis.text, s.published)


def section_months(agreements: list[Agreement], dates: list[DateRef], text: str,
                   published: str | None) -> None:
    """``month_sections`` on its arguments: never the year of a plan told in a later
    section ("Подписание намечено на первый квартал 2026 года"). Two month headings at
    least (a review's sections), the month read back from the publication day; signed
    agreements only (a background one keeps what its own clause says). In place."""
    pub = publication_day(published)
    if pub is None:
        return
    heads = [(m.start(), month_number(m["m"])) for m in _MONTH_HEAD.finditer(text)]
    if len(heads) < 2:
        return
    starts = [h for h, _ in heads]
    for a in agreements:
        k = bisect_right(starts, a.evidence.start) - 1
        if a.status != "signed" or k < 0:
            continue
        lo, hi = starts[k], starts[k + 1] if k + 1 < len(starts) else len(text)
        month = heads[k][1]
        value = anchor_month(month, pub, "past") if month else None
        if value is None:
            continue
        if a.date and any(lo <= d.start < hi and d.value == a.date for d in dates):
            continue  # its own date, stated in its section ("12 марта ... подписали")
        a.date, a.date_anchored = value, False


# status50: a digest's heading line naming a weekday and its day ("ВТОРНИК, 20 АВГУСТА",
# "Среда, 21 августа 2024 года"), the whole line; agr84: a channel feed's day line without
# the weekday ("18 апреля", centred over the day's posts)
_DAY_HEAD = re.compile(
    r"^[^\S\n]*(?:(?P<w>" + "|".join(full for _, full, _ in WEEKDAYS) + r")[,.]?[^\S\n]+)?"
    r"(?P<d>[0-3]?\d)[^\S\n]+(?P<m>" + "|".join(month_forms(genitive=True)) + r")"
    r"(?:[^\S\n]+(?P<y>\d{4})(?:[^\S\n]*(?:года|г\.))?)?[^\S\n]*$",
    re.MULTILINE | re.IGNORECASE)


def day_sections(s: DateStage) -> None:
    """status50: a signing in a digest whose sections are headed by days ("ПОНЕДЕЛЬНИК, 19
    АВГУСТА" ... "ВТОРНИК, 20 АВГУСТА") is dated by its section's day when nothing in the
    text dated it: under "ВТОРНИК, 20 АВГУСТА", "Министерство и университет заключили
    соглашение о сотрудничестве" in a review of 23 August 2024 is ``2024-08-20``, not the
    page's day. Two heading lines at least (a digest's sections; one such line is a page's
    date line), each a weekday with its day and month alone on its line, read in the stored
    text (masking blanks them as calendar lines). agr84: a channel feed's day lines, a day
    and a month alone without the weekday ("16 апреля" ... "18 апреля" over the posts of
    each day), are such headings too: "Сегодня фонд и университет подписали соглашение"
    under "18 апреля" is of 18 April. A day without its year takes the
    publication's year (the year before when that would be after the publication day),
    marked ``date_anchored``. Signed records without a date only."""
    if not s.source:
        return
    heads = [(m.start(), m) for m in _DAY_HEAD.finditer(s.source)]
    if len(heads) < 2:
        return
    pub = publication_day(s.published)
    starts = [h for h, _ in heads]
    for a in s.agreements:
        k = bisect_right(starts, a.evidence.start) - 1
        if a.status != "signed" or a.date is not None or k < 0:
            continue
        m = heads[k][1]
        month, day = month_number(m["m"]), int(m["d"])
        if month is None:
            continue
        if m["y"]:
            value, anchored = f"{int(m['y']):04d}-{month:02d}-{day:02d}", False
        elif pub is not None:
            year = pub.year - (f"{pub.year:04d}-{month:02d}-{day:02d}" > pub.isoformat())
            value, anchored = f"{year:04d}-{month:02d}-{day:02d}", True
        else:
            value, anchored = f"--{month:02d}-{day:02d}", False
        if isodate.is_valid(value):
            a.date, a.date_anchored = value, anchored


_BARE_MONTH = re.compile(r"--(\d\d)")
_ANCHORED_MONTH = re.compile(r"\d{4}-(\d\d)")


def signing_by_month_end(s: DateStage) -> None:
    """volga155: a plan with no date whose own sentence sets the end of a month as the
    deadline of its signing takes that month: "До конца мая стороны должны подписать план
    мероприятий" and "До конца мая договор планируется заключить" are ``--05`` (anchored
    ahead by ``planned_months``). "конца" takes "до" and the month in the genitive, with no
    year after it, and hangs on a signing verb or on a word whose infinitive complement is
    one; a deadline of another act ("до конца мая стороны согласуют проект", "соглашение
    действует до конца мая") dates nothing. Planned records only."""
    sents = s.analysis.sentences
    for a, k in s.undated("planned"):
        if not sents[k].parsed:
            continue
        month = _month_end_of_signing(sents[k])
        if month is not None:
            a.date = f"--{month:02d}"


def _month_end_of_signing(sent: Sentence) -> int | None:
    """The month of "до конца <месяца>" when that phrase hangs on the signing of the
    sentence (see ``signing_by_month_end``), else None."""
    toks = sent.tokens
    for i, t in enumerate(toks):
        if t.lemma not in MONTH_END_NOUNS or not 0 <= t.head < len(toks):
            continue
        kids = sent.children(i)
        if not any(toks[c].lemma in DEADLINE_PREPOSITIONS and c < i for c in kids):
            continue
        month = next((month_number(toks[c].text) for c in kids if c == i + 1
                      and toks[c].rel == "nmod"), None)
        if month is None or (i + 2 < len(toks) and toks[i + 2].text.isdigit()):
            continue
        h = t.head
        if _signing_verb(toks[h]) or any(
                toks[c].rel in {"xcomp", "csubj", "csubj:pass"} and _signing_verb(toks[c])
                for c in sent.children(h)):
            return month
    return None


def _signing_verb(t: Token) -> bool:
    return t.pos == "VERB" and t.lemma in SIGN_VERBS


def planned_months(s: DateStage) -> None:
    """A planned agreement dated by a bare month no stated date anchored ("Церемония
    запланирована на март": ``--03``) takes that month ahead of the publication day
    (statC): in a text of 12 February 2026 it is ``2026-03``; so is a month the tense
    anchored back before the publication month (datesD: "Документ пока не подписан:
    подписать его предстоит в декабре" in November 2026 is ``2026-12``). Planned
    agreements only (a plan points forward). On a page with no publication day it does
    nothing: a date told without a year takes the year of the story's own day there
    (``year_of_page_day``, a pass of its own since date51)."""
    pub = publication_day(s.published)
    if pub is None:
        return
    before = f"{pub.year:04d}-{pub.month:02d}"
    for a in s.agreements:
        m = _BARE_MONTH.fullmatch(a.date or "")
        if a.status == "planned" and m is None and a.date_anchored and \
                _ANCHORED_MONTH.fullmatch(a.date or "") and (a.date or "") < before and \
                (not _told_in_the_past(s, a) or agreed_signing_month(s, a)):
            # datesD: a month anchored back for want of a tense ("подписать его предстоит
            # ... в декабре" in November read as last December): a plan points forward
            m = _ANCHORED_MONTH.fullmatch(a.date or "")
        if a.status != "planned" or m is None or not 1 <= int(m[1]) <= 12:
            continue
        value = anchor_month(int(m[1]), pub, "future")
        if value is not None:
            a.date, a.date_anchored = value, True


_BARE_DAY = re.compile(r"--\d\d-\d\d")


def planned_days_ahead(s: DateStage) -> None:
    """stat30: a plan dated by a day stated without its year that the tense anchored back
    before the publication day for want of a tense takes the next such day (a plan points
    forward): "«Документ подпишем 19 июня на форуме», — сказала министр" in a text of 3
    June 2025 is ``2025-06-19``, not 2024 (the quote's future verb and the past "сказала"
    disagree, so the unparsed sentence has no tense). A plan of the past ("15 мая
    договорились подготовить соглашение": the date governed by a past verb) keeps its
    day. Planned agreements only; anchored values."""
    pub = publication_day(s.published)
    if pub is None:
        return
    today = f"{pub.year:04d}-{pub.month:02d}-{pub.day:02d}"
    for a in s.agreements:
        if a.status != "planned" or not a.date or not _DAY.fullmatch(a.date) or \
                not a.date[:4].isdigit() or a.date >= today or _told_in_the_past(s, a):
            continue
        if not any(d.anchored and d.value == a.date and _BARE_DAY.fullmatch(d.stated or "")
                   for d in s.dates):
            continue
        ahead = f"{int(a.date[:4]) + 1:04d}{a.date[4:]}"
        if ahead > today and ahead[5:] != "02-29":
            a.date = ahead


def plan_year_of_paragraph(s: DateStage) -> None:
    """A plan with no date takes the one year ahead of the publication that its paragraph
    states (datesD): in a review of December 2025, "Планы на 2026 год. Министерство готовит
    соглашение с ... . Подписать его планируется в первом квартале." is ``2026``; so is
    "... само соглашение так и не подписано: его подписание перенесено на первый квартал
    2026 года". A year gone by or this year's dates no plan; a term's end ("до 2030 года")
    and a season's year by convention ("осенью") are no plan's year; two years ahead, neither;
    nor (status65) a document's period ("продлить соглашение на 2025 год"). A plan still
    undated then takes the period its own sentence gives its signing, this year's too (the
    next pass, ``plan_period_ahead``: "до конца года", "осенью", "в этом году")."""
    pub = publication_day(s.published)
    if pub is None:
        return
    text = s.analysis.text
    for a in s.agreements:
        if a.status != "planned" or a.date:
            continue
        lo = text.rfind("\n", 0, a.evidence.start) + 1
        hi = text.find("\n", a.evidence.start)
        hi = len(text) if hi < 0 else hi
        ahead = [d for d in s.stated if lo <= d.start < hi and d.value and
                 d.value[:4].isdigit() and int(d.value[:4]) > pub.year and
                 not _TERM_END.search(text, max(lo, d.start - 4), d.start) and
                 not _period_told(s, d)]  # status65: "продлить соглашение на 2025 год"
        if len({d.value[:4] for d in ahead if d.value}) == 1:
            a.date = (ahead[0].value or "")[:4]
            a.date_anchored = all(d.relative for d in ahead)  # "в следующем году"


def month_set_within_year(s: DateStage) -> None:
    """dates65 (read by ``plan_period_ahead``, after its own reading): a plan dated by a year alone
    takes the one month its own sentence sets its signing to within that year, the "на" time of a
    word of scheduling or postponing (``signing_dates.rescheduled_to``): "В первом полугодии 2026
    года ведомства намерены подписать договор с колледжем: текст согласован, подписание назначено на
    март" is ``2026-03``, not ``2026`` (the half-year and the month are one plan told coarse, then
    fine). A month that only ends a term ("срок действия которого истекает в марте") or an accord
    reached ("в марте договорились") is set by no such word and is not read; a month stated with
    another year is not of this plan. Planned records only; parsed on demand, and only when the
    sentence names a word of scheduling or postponing."""
    sents = s.analysis.sentences
    for a in s.agreements:
        if a.status != "planned" or not _YEAR.fullmatch(a.date or ""):
            continue
        k = s.sentence_at(a.evidence.start)
        if not 0 <= k < len(sents):
            continue
        sent = sents[k]
        if not any(t.lemma in _SCHEDULE_OR_POSTPONE for t in sent.tokens):
            continue
        if s.analysis.models is not None:
            ensure_parsed(sent, s.analysis.models)
        months = {m[2] for d in s.stated if sent.start <= d.start < sent.stop and d.value
                  and (m := _MONTH_OF.fullmatch(d.value)) is not None
                  and m[1] in {"-", a.date} and rescheduled_to(sent, d)}
        if len(months) == 1:
            a.date = f"{a.date}-{months.pop()}"


# fixdates65: the words of scheduling or postponing, built once (``month_set_within_year``)
_SCHEDULE_OR_POSTPONE = frozenset(SCHEDULE_VERBS | POSTPONE_WORDS)

# dates65: a month with or without its year ("2026-03", "--03")
_MONTH_OF = re.compile(r"(\d{4}|-)-(\d\d)")


def plan_period_ahead(s: DateStage) -> None:
    """pdate50 (a pass since date51, right after ``plan_year_of_paragraph``, as it ran inside
    it before): a plan still undated takes the period its own sentence gives its signing,
    read ahead of the publication day (a plan points forward): "Управление до конца года
    намерено заключить такое же соглашение с обществом глухих" in a page of 14 May 2025 is
    ``2025``; so are "Осенью отделение намерено подписать соглашение с колледжем" (in
    March: this autumn, not the last one the present tense reads), "подписать его стороны
    рассчитывают в первом квартале" and "в следующем году стороны подпишут ..." (``2026``).
    The candidate stage takes no such time: "до" ends a term there ("действует до конца
    года"), and ``stated_view`` hides a season's year from the rules that tell history from
    news. The period must hang in the parse on a word of signing or planning told ahead
    (``_plan_period``); a sentence giving two such years dates nothing. Planned records
    only; anchored values, the publication year known. dates65: then a plan dated by a year
    alone takes the month its sentence sets its signing to (``month_set_within_year``)."""
    pub = publication_day(s.published)
    if pub is None:
        month_set_within_year(s)  # dates65
        return
    sents = s.analysis.sentences
    for a, k in s.undated("planned"):
        sent = sents[k]
        if not sent.parsed:
            continue
        found = {v for d in s.dates if sent.start <= d.start < sent.stop
                 and (v := _plan_period(s, sent, d, pub.year)) is not None}
        if not found and not any(sent.start <= d.start < sent.stop for d in s.dates):
            found = _period_of_aim_before(s, k, pub.year)
        if not found:
            found = _period_by_pronoun_after(s, a, pub.year)
        if len(found) == 1:
            a.date, a.date_anchored = found.pop(), True
    month_set_within_year(s)  # dates65


def _period_by_pronoun_after(s: DateStage, a: Agreement, year: int) -> set[str]:
    """pdate50: the periods of the next sentence when it plans to sign the agreement told
    by a pronoun ("Университет ведёт переговоры о соглашении с министерством. Его
    планируется заключить осенью"): a signing infinitive beside "его"/"её" and a word of
    planning (``PLAN_HEADS``), no negation, no agreement noun of its own (``_told_after``).
    Morphology only, as ``signing_dates.planned_by_pronoun`` reads the month of such a
    sentence (such a sentence is rarely parsed)."""
    nxt = next(_told_after(s, a), None)
    if nxt is None or not (plans_signing_it(nxt) or future_signing_of_it(nxt)):
        return set()
    return {v for d in s.dates if nxt.start <= d.start < nxt.stop and d.relative
            and (v := _period_ahead(s, d, year)) is not None}


def future_signing_of_it(sent: Sentence) -> bool:
    """dates71: the plan word's other form, the signing told to come by the verb's own tense:
    "Проект отправлен партнёрам. Если его одобрят, подпишем его весной" plans as surely as
    "Его планируется подписать весной" (``plans_signing_it``). A signing verb of the future
    (finite, or a short participle after "будет") with the pronoun or "документ" near it
    (``signing_dates.future_document_signing``, which ``planned_by_pronoun`` reads for a
    month or a day), nothing negated. Read by ``_period_by_pronoun_after`` for the period
    (a season, "до конца года", "в следующем году") of the sentence right after a plan's
    own; morphology only."""
    return not any(t.lemma == "не" for t in sent.tokens) and future_document_signing(sent)


def _period_of_aim_before(s: DateStage, k: int, year: int) -> set[str]:
    """pdate50: the periods the sentence before sentence k gives an aim, when k states no
    time of its own and goes on that aim: "В этом году мы хотим чаще возить пенсионеров к
    соседям. Планируем подписать соглашение с соседним районом" is of this year. The sentence before
    is in the same paragraph, names no agreement (a trigger noun: its time would be that
    document's) and hangs its period on a word of planning (``_plan_period``); a
    sentence before telling the past ("В этом году мы подписали ...") gives nothing."""
    sents = s.analysis.sentences
    if k < 1:
        return set()
    prev, sent = sents[k - 1], sents[k]
    if "\n" in s.analysis.text[prev.stop:sent.start] or not prev.parsed or \
            any(t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"} for t in prev.tokens):
        return set()
    return {v for d in s.dates if prev.start <= d.start < prev.stop
            and (v := _plan_period(s, prev, d, year)) is not None}


def _plan_period(s: DateStage, sent: Sentence, d: DateRef, year: int) -> str | None:
    """pdate50: the year ``d`` gives a signing to come, or None: a year alone (stated, "в
    2026 году", or a period read as one: a season, a part or the end of the year, this or
    next year), not a document's period ("на 2026 год", ``period_year``) nor a term's end
    stated ("до 2030 года"), hanging on a word of signing or planning
    (``_plan_word_above``); a relative period is read again with a future tense ("осенью"
    in March is the coming autumn); the year is the publication's or later."""
    if not d.value or not _YEAR.fullmatch(d.value) or period_year(sent, d):
        return None
    if not d.relative and _TERM_END.search(s.analysis.text, max(0, d.start - 4), d.start):
        return None
    i = date_head(sent, d)
    if i is None or not _plan_word_above(sent, i):
        return None
    return _period_ahead(s, d, year)


def _period_ahead(s: DateStage, d: DateRef, year: int) -> str | None:
    """pdate50: the year of period ``d`` read ahead (a relative one read again with a
    future tense: "осенью" in March is the coming autumn), when it is the publication
    year or the next."""
    value = d.value or ""
    if d.relative:
        again = find_dates(d.text, s.published, tense=_future)
        value = again[0].value if len(again) == 1 and again[0].value else value
    return value if _YEAR.fullmatch(value) and year <= int(value) <= year + 1 else None


def year_of_page_day(s: DateStage) -> None:
    """pdate50 (a pass since date51; it ran inside ``planned_months`` before, and the plan
    passes between read nothing on a page with no publication day, where alone it acts): on
    a page with no publication year, a record dated without a year ("в мае", ``--05``; "12
    мая", ``--05-12``) takes the year that puts it nearest the last day the text states in
    full before the record, ahead of it for a plan and back from it otherwise: "Документ
    подписан 18 апреля 2024 года. ... В мае центр занятости планирует заключить такое же
    соглашение с заводом" gives the plan ``2024-05``. The story's own day stands in for the
    missing publication day as a news reader would date it; a day that is a term or another
    document's ("с 1 января 2025 года", "до 31 декабря", "соглашение от 3 мая 2021 года")
    is no day of the story (``_page_day``). With no such day the date stays as stated: the
    text gives no year. date57: then a plan still undated takes the period or deadline its
    own sentence gives its signing, read ahead of that day (``_plan_ahead_of_story_day``:
    "В следующем году фонд планирует заключить такое же соглашение")."""
    if publication_day(s.published) is not None or re.match(r"\d{4}", s.published or ""):
        return  # the publication's own year anchors the yearless date (a page of "2025-04")
    days = _story_days(s)  # fixplan57: listed once, each record looks its day up
    for a in s.agreements:
        m = _YEARLESS.fullmatch(a.date or "")
        if m is None:
            continue
        day = _day_before(days, a.evidence.start)
        if day is None:
            continue
        tense = "future" if a.status == "planned" else "past"
        value = anchor_day(int(m["m"]), int(m["d"]), day, tense) if m["d"] else \
            anchor_month(int(m["m"]), day, tense)
        if value is not None:
            a.date, a.date_anchored = value, True
    _plan_ahead_of_story_day(s)  # date57: a plan's period or deadline, the same day ahead


_YEARLESS = re.compile(r"--(?P<m>\d\d)(?:-(?P<d>\d\d))?")
_FULL_DAY_VALUE = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
# a term's or a document's preposition before a date (``datewords.NOT_STORY_DAY_PREPOSITIONS``)
_NOT_STORY_DAY = re.compile(r"(?<![\w])(?:" + "|".join(sorted(NOT_STORY_DAY_PREPOSITIONS))
                            + r")[^\S\n]+$", re.IGNORECASE)


def _page_day(s: DateStage, before: int) -> dt.date | None:
    """pdate50: the last day stated in full (a day, a month and a year) before offset
    ``before`` that no term preposition opens ("с", "до", "по", "от", "к"), standing on a
    line of its own (a date line, "Обновлено: 06.06.2025") or in a sentence telling a
    signing or an event held ("Документ подписан 18 апреля 2024 года"): the story's day
    on a page with no publication date; a person's birthday ("родился 12 марта 1971
    года") is none. fixplan57: read from the story's days (``_story_days``); a pass asking
    for many records lists them once and looks each up (``_day_before``)."""
    return _day_before(_story_days(s), before)


def _story_days(s: DateStage) -> tuple[list[int], list[dt.date]]:
    """fixplan57: the starts and the days of the document's dates that may be the story's
    day (``_page_day``), in text order: read once per pass, so that dating every record
    of a page with no publication year costs the dates once, not once per record. In
    "Школа и музей подписали договор 5 мая 2024 года" the day is 5 May 2024."""
    text = s.analysis.text
    found: list[tuple[int, dt.date]] = []
    for d in s.dates:
        if d.relative or not d.value:
            continue
        m = _FULL_DAY_VALUE.fullmatch(d.value)
        if m is None or d.stated is not None or \
                _NOT_STORY_DAY.search(text, max(0, d.start - 4), d.start) or \
                not _story_day(s, d):
            continue
        try:
            found.append((d.start, dt.date(int(m[1]), int(m[2]), int(m[3]))))
        except ValueError:
            continue
    found.sort(key=lambda x: x[0])  # stable: of two dates at one start, the later told wins
    return [at for at, _ in found], [day for _, day in found]


def _day_before(days: tuple[list[int], list[dt.date]], before: int) -> dt.date | None:
    """fixplan57: the last of the story's days (``_story_days``) starting before offset
    ``before``, found by bisection; None when none does: a plan told after "Центр и фонд
    подписали договор 12 марта 2023 года" and before any later day is of that day's story."""
    starts, values = days
    k = bisect_left(starts, before) - 1
    return values[k] if k >= 0 else None


# The longest line a date line may be (a stamp with a label, a time and a views counter).
DATE_LINE_LENGTH = 60


def _story_day(s: DateStage, d: DateRef) -> bool:
    """pdate50: is the full day ``d`` the story's: on a short line of its own
    (``DATE_LINE_LENGTH``: "Обновлено: 06.06.2025") or in a sentence holding a verb of
    signing or of an event held (``SIGN_VERBS``, ``EVENT_VERBS``, ``datewords.HELD_VERBS``:
    "Совещание прошло 12 мая 2024 года")?"""
    text = s.analysis.text
    lo = text.rfind("\n", 0, d.start) + 1
    hi = text.find("\n", d.end)
    if (len(text) if hi < 0 else hi) - lo <= DATE_LINE_LENGTH:
        return True
    k = s.sentence_at(d.start)
    return 0 <= k < len(s.analysis.sentences) and any(
        t.lemma in SIGN_VERBS | EVENT_VERBS | HELD_VERBS
        for t in s.analysis.sentences[k].tokens)


def _future(_start: int, _end: int) -> str:
    """The tense of a plan: ahead."""
    return "future"


def _planned_deadlines(sent: Sentence, told: list[re.Match[str]], day: dt.date) -> set[str]:
    """The values of the deadlines ``told`` in a parsed sentence that a plan word governs or
    shares a clause with ("подписать соглашение планируют до конца года"); a deadline of
    anything else ("отчёт сдадут до конца года") dates no plan. ``day``: the page's date the
    deadline is read from."""
    found: set[str] = set()
    for m in told:
        value = _deadline_value(m, day)
        d = DateRef(value, m.group(), m.start(), m.end(), relative=True, anchored=True)
        i = date_head(sent, d)
        if value is not None and i is not None and (
                _plan_word_above(sent, i) or _plan_word_in_clause(sent, d)):
            found.add(value)
    return found


def plan_deadline_ahead(s: DateStage) -> None:
    """date51: a plan still undated takes the deadline its own sentence gives its signing in a
    form the date reader leaves alone (``datewords.DEADLINE_OPENERS``,
    ``DEADLINE_PERIODS``): "Фонд рассчитывает к лету заключить соглашение с обществом
    слепых" in March 2025 is ``2025``; so are "соглашение стороны намерены подписать к
    концу года" and "в течение второго квартала колледж и фонд заключат соглашение" (in
    December: the next year's quarter); "подписать его рассчитывают до конца июня" is
    ``2025-06``. The deadline is read ahead of the publication day (a plan points forward)
    and must hang in the parse on a word of signing or planning told ahead, within three
    heads and before any other verb (``signing_dates.date_head``, ``_plan_word_above``, as
    ``plan_period_ahead`` reads a period; the sentence is parsed on demand when it holds
    such a deadline, a sentence of a plan alone, "К осени фонд намерен заключить
    соглашение", being often left out of the batch): "к лету завершится ремонт, а
    соглашение подпишут позже" dates nothing, nor does "соглашение, подписанное к концу
    прошлого года". When the own sentence states no time, the first later sentence of the
    plan's story (``_plan_story``) that plans to sign it by a pronoun or "документ"
    (``plans_signing_it``) gives its deadline: "Проект направлен партнёрам. Подписать
    документ стороны рассчитывают к концу лета." A sentence giving two such times dates
    nothing. Planned records only; anchored values, the publication day known."""
    pub = publication_day(s.published)
    if pub is None:
        return
    sents = s.analysis.sentences
    text = s.analysis.text
    own = {s.sentence_at(a.evidence.start) for a in s.agreements}
    for a, k in s.undated("planned"):
        sent = sents[k]
        told = list(_DEADLINE.finditer(text, sent.start, sent.stop))
        if told and s.analysis.models is not None:
            ensure_parsed(sent, s.analysis.models)  # parsed on demand: a deadline is rare
        found = _planned_deadlines(sent, told, pub) if sent.parsed else set()
        if not found and not any(sent.start <= d.start < sent.stop for d in s.dates):
            later = next((x for x in _plan_story(s, a, own) if plans_signing_it(x)), None)
            found = set() if later is None else {
                v for m in _DEADLINE.finditer(text, later.start, later.stop)
                if (v := _deadline_value(m, pub)) is not None}
        if len(found) == 1:
            a.date, a.date_anchored = found.pop(), True


def _plan_ahead_of_story_day(s: DateStage) -> None:
    """date57: on a page with no publication year, a plan still undated takes the period or
    the deadline its own sentence gives its signing, read ahead of the story's own day
    (``_page_day``: the last day stated in full before the plan in a sentence of signing
    or an event held), as ``plan_period_ahead`` and ``plan_deadline_ahead`` read them ahead
    of the publication day: "Центр и фонд подписали соглашение 12 марта 2024 года. ... В
    следующем году фонд планирует заключить такое же соглашение с колледжем" gives the
    plan ``2025``, "До конца года мы планируем подписать такой же договор с центром" in a
    story of 21 November 2023 ``2023``. The year is the story's or the next; with no such
    day, or two such times, or a time hung on no word of signing or planning told ahead,
    the plan stays undated (the page gives no year). The value is anchored (the year is
    read, not stated). Read by ``year_of_page_day``, the pass of such pages."""
    if publication_day(s.published) is not None or re.match(r"\d{4}", s.published or ""):
        return  # a page with a publication year: the passes above read ahead of it
    sents = s.analysis.sentences
    text = s.analysis.text
    days = _story_days(s)  # fixplan57: listed once, each plan looks its day up
    for a, k in s.undated("planned"):
        day = _day_before(days, a.evidence.start)
        sent = sents[k]
        if day is None:
            continue
        told = list(_DEADLINE.finditer(text, sent.start, sent.stop))
        periods = [d for d in s.dates if sent.start <= d.start < sent.stop and d.relative]
        if (told or periods) and s.analysis.models is not None:
            ensure_parsed(sent, s.analysis.models)
        if not sent.parsed:
            continue
        found = _planned_deadlines(sent, told, day)
        for d in periods:
            if any(m.start() <= d.start < m.end() for m in told):
                continue
            again = find_dates(d.text, day.isoformat(), tense=_future)
            value = again[0].value if len(again) == 1 else None
            if not value or not _YEAR.fullmatch(value) or period_year(sent, d) or \
                    not day.year <= int(value) <= day.year + 1:
                continue
            i = date_head(sent, d)
            if i is not None and _plan_word_above(sent, i):
                found.add(value)
        if len(found) == 1:
            a.date, a.date_anchored = found.pop(), True


def _deadline_pattern() -> re.Pattern[str]:
    """The deadlines of ``datewords``: an opener, then a period or (after any opener but a
    bare "к") a month in the genitive ("к концу года", "до конца июня"); never one its text
    gives a year ("до конца первого квартала 2026 года": the date reader reads that one, so
    the publication's year is not put in its place)."""
    openers = "|".join(f"(?P<o{n}>{o})" for n, o in enumerate(DEADLINE_OPENERS))
    periods = "|".join(f"(?P<p{n}>{p})" for n, p in enumerate(DEADLINE_PERIODS))
    return re.compile(rf"(?<![\w])(?:{openers})[^\S\n]+(?:{periods}|(?P<month>"
                      rf"{'|'.join(month_forms(genitive=True))}))(?![\w])(?![^\S\n]+\d{{4}})",
                      re.IGNORECASE)


def _deadline_value(m: re.Match[str], pub: dt.date) -> str | None:
    """The time deadline ``m`` points to, read ahead of ``pub``: a month ("до конца июня":
    ``YYYY-06``) or a year (a season, a quarter, the year), the publication's or the
    next; None for a month after a bare "к" ("к июню" is rarely a plan's) or within the
    year ("в течение года": a span, not a time)."""
    opener = next(n for n in range(len(DEADLINE_OPENERS)) if m.group(f"o{n}"))
    opener_words, part = list(DEADLINE_OPENERS.items())[opener]
    if m.group("month"):
        if opener_words == DEADLINE_BARE_OPENER:
            return None
        month = month_number(m.group("month"))
        return anchor_month(month, pub, "future") if month else None
    period = next(n for n in range(len(DEADLINE_PERIODS)) if m.group(f"p{n}"))
    period_words, (first, last) = list(DEADLINE_PERIODS.items())[period]
    if period_words == DEADLINE_WHOLE_YEAR and opener_words == DEADLINE_SPAN_OPENER:
        return None  # "в течение года"
    value = anchor_month(first if part == "first" else last, pub, "future")
    year = int(value[:4]) if value else 0
    return str(year) if pub.year <= year <= pub.year + 1 else None


_DEADLINE = _deadline_pattern()


# How many heads above a date the word of signing or planning it dates may stand.
PLAN_PERIOD_REACH = 3


def _plan_word_above(sent: Sentence, i: int) -> bool:
    """pdate50: does the time at token i hang (within ``PLAN_PERIOD_REACH`` heads) on a
    word of signing or planning (``SIGN_VERBS``, ``PLAN_HEADS``, ``PLAN_WORDS``,
    ``SCHEDULE_VERBS``, ``datewords.INTENT_ADJECTIVES``) that tells no past and is not
    negated? "Осенью министерство планирует подписать ...": "осенью" hangs on "подписать"
    (an infinitive) or "планирует"; "Осенью министерство подписало ..." is past, "Осенью
    прошёл форум" tells another event (the first verb above it is no such word). dates71:
    an infinitive of adopting a document (``lexicon.ADOPT_VERBS``, the class of verbs by
    which sides adopt a roadmap) whose own head is a word of planning is that plan's act: in
    "Карту стороны намерены утвердить до конца года" the time hangs on "утвердить", and
    "намерены" above it makes it a plan (``_planned_act``). A verb of working on a draft
    ("намерены обсудить осенью": talks, no adoption) or an infinitive under a verb of another
    kind ("попросили утвердить осенью") stops the climb as before."""
    toks = sent.tokens
    chain = list(ancestors(sent, i))
    for n, h in enumerate(chain):
        if n >= PLAN_PERIOD_REACH:
            return False
        t = toks[h]
        if t.lemma in SIGN_VERBS | PLAN_HEADS | PLAN_WORDS | SCHEDULE_VERBS | INTENT_ADJECTIVES:
            return _told_ahead(sent, h) and not negated(sent, h)
        if t.pos in {"VERB", "AUX"} and not _planned_act(sent, chain, n):
            return False
    return False


def _planned_act(sent: Sentence, chain: list[int], n: int) -> bool:
    """dates71: is ``chain[n]`` an infinitive of adopting a document (``ADOPT_VERBS``) whose
    head, the next on the chain, is a word of planning (``PLAN_HEADS``: "планируют
    утвердить", "хотят принять"; not "намерены обсудить")? Its object is a document: an
    agreement noun, a programme, a roadmap, "документ" or a pronoun standing for one told
    before ("её планируют утвердить"); not "планирует принять меры"."""
    t = sent.tokens[chain[n]]
    return t.lemma in ADOPT_VERBS and t.feats.get("VerbForm") == "Inf" and \
        n + 1 < len(chain) and \
        sent.tokens[chain[n + 1]].lemma in PLAN_HEADS and \
        any(sent.tokens[c].rel == "obj" and (
            sent.tokens[c].pos == "PRON" or sent.tokens[c].lemma in
            TRIGGERS | DOCUMENT_REFERENCES | COOPERATION_PROGRAMMES | ROADMAP_DOCUMENTS.keys())
            for c in sent.children(chain[n]))


def _plan_word_in_clause(sent: Sentence, d: DateRef) -> bool:
    """date57: the parse's second chance for a plan's deadline: the nearest verb next to
    the deadline in its own clause, read on the token order (first after it, then before
    it, no punctuation crossed), is a word of signing or planning told ahead and not
    negated. The parser may hang an opening deadline on a verb of an earlier clause across
    a colon or "что" ("Скоро появится ещё одна мера: управление до конца года планирует
    подписать договор с фондом" hangs "до конца года" on "появится"), so
    ``_plan_word_above`` sees another verb; here "до конца года" is read with "планирует".
    A verb of another kind met first ("до конца года завершится ремонт") or a past signing
    ("подписали до конца года") dates nothing; a comma, colon or dash ends the search ("К
    лету завершится ремонт, а соглашение подпишут позже")."""
    inside = [i for i, t in enumerate(sent.tokens) if d.start <= t.start < d.end]
    if not sent.parsed or not inside:
        return False
    toks = sent.tokens
    words = SIGN_VERBS | PLAN_HEADS | SCHEDULE_VERBS | INTENT_ADJECTIVES
    for order in (range(inside[-1] + 1, len(toks)), range(inside[0] - 1, -1, -1)):
        for h in order:
            t = toks[h]
            if t.pos == "PUNCT":
                break
            if t.lemma in words:
                if _told_ahead(sent, h) and not negated(sent, h):
                    return True
                break
            if t.pos in {"VERB", "AUX"}:
                break
    return False


def _told_ahead(sent: Sentence, h: int) -> bool:
    """pdate50: is word h told as no past: not in the past tense, or a past participle a
    future auxiliary serves ("будет подписано")?"""
    toks = sent.tokens
    return toks[h].feats.get("Tense") != "Past" or any(
        future_aux_word(toks[c]) for c in sent.children(h))


_TERM_END = re.compile(r"(?<![\w])до[^\S\n]+$", re.IGNORECASE)


def _period_told(s: DateStage, d: DateRef) -> bool:
    """Is ``d`` the year of a period a document covers, in its own sentence
    (``signing_dates.period_year``)?"""
    k = s.sentence_at(d.start)
    return 0 <= k < len(s.analysis.sentences) and period_year(s.analysis.sentences[k], d)


def _told_in_the_past(s: DateStage, a: Agreement) -> bool:
    """Is the date nearest the record that gives its value governed by a past tense ("в
    сентябре ожидалось подписание": a plan of the past, its month rightly read back)?"""
    ev = a.evidence
    options = [d for d in s.dates if d.anchored and d.value == a.date]
    if not options or s.tense is None:
        return True
    d = min(options, key=lambda d: max(ev.start - d.end, d.start - ev.end, 0))
    return s.tense(d.start, d.end) == "past"


def agreed_signing_month(s: DateStage, a: Agreement) -> bool:
    """history64: is the month that dates a plan hung on a noun of signing that is itself the
    topic of an accord (``ACCORD_NOUNS``)? "По итогам встречи достигнута договорённость о
    подписании в марте соглашения между министерствами" tells in the past that a signing
    to come was agreed: the month belongs to the signing, not to the past "достигнута"
    (``planned_months`` then takes it ahead of the page's day, not a year back). The
    parse decides: the month's head (``signing_dates.date_head``) is a word of
    ``SIGN_NOUNS`` hung on the accord noun."""
    options = [d for d in s.dates if d.anchored and d.value == a.date]
    ev = a.evidence
    if not options:
        return False
    d = min(options, key=lambda d: max(ev.start - d.end, d.start - ev.end, 0))
    k = s.sentence_at(d.start)
    if not 0 <= k < len(s.analysis.sentences) or not s.analysis.sentences[k].parsed:
        return False
    sent = s.analysis.sentences[k]
    toks = sent.tokens
    i = date_head(sent, d)
    if i is None or not 0 <= toks[i].head < len(toks):
        return False
    noun = toks[toks[i].head]
    return noun.lemma in SIGN_NOUNS and 0 <= noun.head < len(toks) and \
        toks[noun.head].lemma in ACCORD_NOUNS


def rescheduled_ahead(s: DateStage) -> None:
    """stat34: a plan dated by the day its signing is put off or set to takes, when that day
    is stated without its year, the year nearest the publication day: "Подписание ...,
    которое планировалось на 8 ноября, перенесено на 15 ноября" in a text of 7 November
    2024 is ``2024-11-15``, not a year back by the past "перенесено" (the decision is past,
    the day it sets lies ahead; ``signing_dates.rescheduled_to``). The date that gave the
    record its value is read in its own sentence (the record's evidence may be a headline).
    Planned records only; anchored values."""
    pub = publication_day(s.published)
    if pub is None:
        return
    for a in s.agreements:
        if a.status != "planned" or not a.date or not _DAY.fullmatch(a.date):
            continue
        for d in s.dates:
            if not (d.anchored and d.value == a.date and d.stated):
                continue
            si = s.sentence_at(d.start)  # the date's own sentence: a headline may be evidence
            if 0 <= si < len(s.analysis.sentences) and \
                    rescheduled_to(s.analysis.sentences[si], d):
                a.date = nearest_year(d.stated, pub)
                break


def put_off_to_told_after(s: DateStage) -> None:
    """status49: a signing put off takes the day one of the next two sentences sets it to,
    not the day it was first set for: "Министерство и университет перенесли подписание
    соглашения. Изначально документ планировали подписать 20 февраля. Теперь церемония
    назначена на 5 марта." is of 5 March. The record's own sentence puts it off (a verb of
    postponing, not negated); the later sentence names no agreement of its own and gives
    exactly one day as the "на" complement of a word of scheduling or postponing
    (``signing_dates.rescheduled_to``). A day without its year takes the year nearest the
    publication day, as ``rescheduled_ahead`` reads it. Planned records only."""
    pub = publication_day(s.published)
    sents = s.analysis.sentences
    for a in s.agreements:
        k = s.sentence_at(a.evidence.start)
        if a.status != "planned" or not 0 <= k < len(sents) or not _puts_off(sents[k]):
            continue
        for later in _told_after(s, a):
            set_to = [d for d in s.dates if later.start <= d.start < later.stop and d.value
                      and not d.relative and _DAY.fullmatch(d.value)
                      and _set_to(later, d)]
            if len({d.value for d in set_to}) != 1:
                continue
            d = set_to[0]
            value = nearest_year(d.stated, pub) if pub is not None and d.stated else d.value
            a.date, a.date_anchored = value, value != (d.stated or d.value)
            break


def put_off_next_sentence(s: DateStage) -> None:
    """date69: a planned signing whose very next sentence puts the signing off to a day
    takes that day, not the one first set: "Планировалось, что в четверг, 11 марта,
    министерство и фонд подпишут соглашение ... . Подписание переносится на 2 апреля." is
    of 2 April (``put_off_to_told_after`` reads the postponing verb in the record's own
    sentence; here the next sentence carries it). That sentence has a verb of postponing,
    not negated (``_puts_off``), names no agreement of its own, and gives exactly one day
    as the "на" complement of a word of scheduling or postponing (``_set_to``); a day
    without its year takes the year nearest the publication day. Planned records only."""
    pub = publication_day(s.published)
    sents = s.analysis.sentences
    for a in s.agreements:
        k = s.sentence_at(a.evidence.start)
        if a.status != "planned" or not 0 <= k < len(sents) - 1 or _puts_off(sents[k]):
            continue
        later = sents[k + 1]
        if not _puts_off(later) or any(t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"}
                                       for t in later.tokens):
            continue
        set_to = [d for d in s.dates if later.start <= d.start < later.stop and d.value
                  and not d.relative and _DAY.fullmatch(d.value) and _set_to(later, d)]
        if not set_to:
            set_to = _month_put_off_to(later, s.dates)
        if len({d.value for d in set_to}) != 1:
            continue
        d = set_to[0]
        value = nearest_year(d.stated, pub) if pub is not None and d.stated else d.value
        value = month_put_off_ahead(d.stated, value, pub)
        a.date, a.date_anchored = value, value != (d.stated or d.value)


def month_put_off_ahead(stated: str | None, value: str | None, pub: dt.date | None
                        ) -> str | None:
    """statpool96: a bare month a still-planned signing is put off to lies ahead of the
    publication, not on whichever side is nearer: "Однако подписание перенесли на
    октябрь" in a text of 20 February is October of the same year, not the October four
    months back (a signing put off to a month gone by would have been told as held or
    put off again). A day keeps the nearest year (``put_off_next_sentence``)."""
    m = _BARE_MONTH.fullmatch(stated or "")
    if m is None or pub is None or not 1 <= int(m[1]) <= 12:
        return value
    return anchor_month(int(m[1]), pub, "future") or value


def _month_put_off_to(sent: Sentence, dates: list[DateRef]) -> list[DateRef]:
    """fair91: the month a sentence with no day in it puts the signing off to: the "на"
    complement of a verb of postponing in the parse ("Подписание документа планировали на
    октябрь, однако его перенесли на ноябрь" -> November; the month it was first set for
    hangs on a verb of planning, not of postponing)."""
    if not sent.parsed:
        return []
    out = []
    for d in dates:
        if not (sent.start <= d.start < sent.stop and d.value and not d.relative
                and _MONTH_VALUE.fullmatch(d.value)):
            continue
        if postponed_to(sent, d):
            out.append(d)
    return out


def _set_to(sent: Sentence, d: DateRef) -> bool:
    """Is ``d`` the "на" complement of a word of scheduling or postponing: from the parse
    (``rescheduled_to``), or in a sentence not parsed, "на" right before the date and such a
    word just before it ("церемония назначена на 5 марта")?"""
    toks = sent.tokens
    i = next((j for j, t in enumerate(toks) if t.start >= d.start), len(toks))
    if _new_time_named(toks, i):
        return True
    if sent.parsed:
        return rescheduled_to(sent, d)
    return i > 0 and toks[i - 1].lemma == "на" and _after_scheduling(sent, toks[i - 1].start)


def _new_time_named(toks: list[Token], i: int) -> bool:
    """status65: is the date at token ``i`` what a nominal sentence names as the new time,
    "Новая дата — 11 декабря", "Новый срок подписания: 5 марта"? The sentence opens with an
    adjective of newness agreeing in case with a nominative noun of a time set
    (``NEW_TIME_ADJECTIVES``, ``SET_TIME_NOUNS``), a genitive may follow ("подписания"),
    and a dash or colon stands right before the date: no verb between, so the time is the
    one the signing is now set for."""
    return i >= 3 and _new_time_start(toks) == i


def _new_time_start(toks: list[Token]) -> int | None:
    """The index of the first token after the mark of a nominal sentence naming the new
    time ("Новая дата — ...", "Новый срок подписания: ..."), else None (``_new_time_named``).
    date89: adverbs may open it ("Ориентировочно новая дата — ..."), and it may stand after
    a full stop or an opening quote inside the sentence the segmenter gave (a quote of two
    sentences is one: "«Документ доработаем. Новая дата — ...»")."""
    opens = [0] + [n + 1 for n, t in enumerate(toks) if t.text in _NEW_TIME_OPENERS]
    for j in opens:
        while j < len(toks) and toks[j].pos == "ADV":
            j += 1
        if j + 2 >= len(toks):
            continue
        adj, noun = toks[j], toks[j + 1]
        if adj.lemma not in NEW_TIME_ADJECTIVES or noun.lemma not in SET_TIME_NOUNS or \
                noun.feats.get("Case") != "Nom" or adj.feats.get("Case") != "Nom":
            continue
        m = j + 2
        while m < len(toks) and toks[m].pos == "NOUN" and toks[m].feats.get("Case") == "Gen":
            m += 1
        if m + 1 < len(toks) and toks[m].text in NEW_TIME_MARKS:
            return m + 1
    return None


# date89: the marks after which a nominal sentence may open inside a segment
_NEW_TIME_OPENERS = frozenset({".", "!", "?", "…", "«", "\""})


def _new_time_month(toks: list[Token], i: int) -> str | None:
    """date89: the month (``--MM``) a nominal new time names from token ``i`` on, the month
    itself or a part of it in the nominative: "Новая дата — начало апреля" is ``--04``, so
    is "Новый срок: апрель"; None for anything else. dates71: the month may be told as the
    time of the signing itself, "в" and the month in the prepositional ("Новая дата — в
    апреле, на форуме"), the nominal sentence's other wording of the same time."""
    k = i + 1 if i < len(toks) and toks[i].lemma in MONTH_PART_NOUNS else i
    if k == i and _in_month_at(toks, i):
        n = month_number(toks[i + 1].text)
        return None if n is None else f"--{n:02d}"
    if k >= len(toks) or toks[k].pos not in {"NOUN", "PROPN"}:
        return None
    n = month_number(toks[k].text)
    if n is None or (k == i and toks[k].feats.get("Case") != "Nom") or (
            k > i and toks[k].feats.get("Case") != "Gen"):
        return None
    return f"--{n:02d}"


def _in_month_at(toks: list[Token], i: int) -> bool:
    """dates71: does the new time named from token ``i`` open with "в" and a month's name in
    the prepositional, with no year or day after it ("в апреле", not "в апреле 2026 года"
    nor "в мае следующего года": a year stated, in figures or in words, is the date
    reader's, read as stated)? Morphology only."""
    if i + 1 >= len(toks) or toks[i].lemma != "в":
        return False
    month = toks[i + 1]
    after = toks[i + 2] if i + 2 < len(toks) else None
    return month.pos in {"NOUN", "PROPN"} and month.feats.get("Case") == "Loc" and \
        (after is None or not after.text[:1].isdigit()) and \
        not any(t.lemma == "год" for t in toks[i + 2:i + 4])


def _puts_off(sent: Sentence) -> bool:
    """Does a verb of postponing, not negated, stand in the sentence ("перенесли
    подписание", "отложили церемонию")?"""
    toks = sent.tokens
    return any(t.lemma in POSTPONE_WORDS and t.pos == "VERB" and
               not _after_not(toks, i) for i, t in enumerate(toks))


def called_off_day_gone(s: DateStage) -> None:
    """status65: a planned signing whose day has gone by and that was called off or put off
    with no new day keeps no date: "Во вторник в администрации должны были подписать
    соглашение ... Однако за час до церемонии подписание отменили ... новая дата пока не
    назначена" (a Thursday page) is a plan with no day, not one of Tuesday. The day that
    gave the record its value lies before the publication day; its sentence or one of the
    next two tells, not negated, that the signing, the ceremony or the agreement was called
    off or put off (``_calls_off``); a day set anew (``put_off_to_told_after``,
    ``rescheduled_ahead``) lies ahead and stays. Planned records only."""
    pub = publication_day(s.published)
    if pub is None:
        return
    sents = s.analysis.sentences
    for a in s.agreements:
        if a.status != "planned" or not a.date or not _DAY.fullmatch(a.date) or \
                not a.date[0].isdigit() or a.date >= pub.isoformat():
            continue
        for d in s.dates:
            if d.value != a.date:
                continue
            si = s.sentence_at(d.start)
            if si >= 0 and any(_calls_off(x) for x in sents[si:si + 1 + PLAN_TOLD_AFTER_REACH]):
                a.date = None
                a.date_anchored = False
                break


def _calls_off(sent: Sentence) -> bool:
    """Does a verb of calling off or putting off, not negated, take a signing, a ceremony
    or an agreement for its object or passive subject ("подписание отменили", "церемонию
    перенесли", "подписание отложено")? Without a parse, such a verb and such a noun
    both in the sentence."""
    toks = sent.tokens
    words = POSTPONE_WORDS | CALLED_OFF_WORDS
    nouns = SIGN_NOUNS | EVENT_NOUNS | TRIGGERS
    for i, t in enumerate(toks):
        if t.lemma not in words or t.pos != "VERB" or _after_not(toks, i):
            continue
        if not sent.parsed:
            return any(u.lemma in nouns for u in toks)
        if any(toks[c].lemma in nouns and toks[c].rel in {"obj", "nsubj", "nsubj:pass"}
               for c in sent.children(i)):
            return True
    return False


def headline_takes_lead_day(s: DateStage) -> None:
    """date67: a signing told in a headline, a line of its own with no full stop, that the
    text never dates is the signing the lead goes on to tell with its day: "Электронные
    больничные: фонд и минтруд подписали соглашение" over "В четверг, 2 февраля,
    управляющий отделением фонда и министр труда подписали соглашение ..." is 2 February,
    not the page's day, even where the two records stay apart (the headline's short names).
    The lead's record is the first signed record after the headline, within
    ``LEAD_SENTENCES`` sentences, dated by a day from the text (not a publication
    stand-in). Signed records without a date only; anchored values."""
    sents, text = s.analysis.sentences, s.analysis.text
    signed = sorted((a for a in s.agreements if a.status == "signed"),
                    key=lambda a: a.evidence.start)
    for n, a in enumerate(signed):
        k = s.sentence_at(a.evidence.start)
        if a.date is not None or not 0 <= k < len(sents) or not _headline(text, sents[k]):
            continue
        nxt = next((b for b in signed[n + 1:] if s.sentence_at(b.evidence.start) > k), None)
        if nxt is None or not nxt.date or not _DAY.fullmatch(nxt.date) or \
                nxt.date_from_published or s.sentence_at(nxt.evidence.start) > k + LEAD_SENTENCES:
            continue
        a.date, a.date_anchored = nxt.date, nxt.date_anchored


# date72: what parts a headline's opening day from what it tells: "28 февраля: ...",
# "5 марта — ..."
_HEADLINE_DAY_MARK = re.compile(r"[^\S\n]*[:—–][^\S\n]")


def headline_day(s: DateStage) -> None:
    """date72: a headline opened by a day ("12 марта: центр и приход взялись за дело
    вместе", "5 марта — министерство и фонд будут работать сообща") dates the story it
    heads: the lead's signing that states no day of its own ("В центре заключили
    соглашение с приходом") is of that day, not of the page (published a day later). The
    headline is a line of its own (``_headline``) within ``LEAD_SENTENCES`` before the
    record's sentence, its first words a day (a colon or a dash after it); the record is
    the first signed one after the headline, with no date yet. Anchored values."""
    sents, text = s.analysis.sentences, s.analysis.text
    days = {d.start: d for d in s.dates
            if d.value and not d.relative and _DAY.fullmatch(d.value)}
    if not days:
        return
    done: set[int] = set()
    signed = sorted((a for a in s.agreements if a.status == "signed"),
                    key=lambda a: a.evidence.start)
    for a in signed:
        k = s.sentence_at(a.evidence.start)
        if not 0 <= k < len(sents):
            continue
        h = next((j for j in range(k - 1, max(-1, k - 1 - LEAD_SENTENCES), -1)
                  if _headline(text, sents[j]) and not _stamp_under_headline(sents[j])), None)
        if h is None or h in done:
            continue
        done.add(h)  # the first signed record after the headline is its lead's
        head = sents[h]
        first = head.tokens[0].start if head.tokens else head.start
        d = days.get(first)
        if a.date is None and d is not None and _HEADLINE_DAY_MARK.match(text, d.end):
            a.date, a.date_anchored = d.value, d.anchored


# date90: a dateline day closed by a full stop, the headline going on on its line
_DATELINE_STOP = re.compile(r"\.[^\S\n]+(?=\S)")


def dateline_headline_day(s: DateStage) -> None:
    """date90: a headline line opened by a day and a full stop ("3 марта. Центр занятости и
    колледж подписали соглашение о практике") dates the signing the line tells, or the
    first signed record of the lead after it (within ``LEAD_SENTENCES``), when neither
    states a day of its own. The day (no relative word, a day of a month) opens its line;
    the rest of the line is a headline (no full stop at its end, ``_headline``'s shape).
    A day standing alone on its line, a line of several sentences, and a dated record
    are left alone. Anchored values."""
    sents, text = s.analysis.sentences, s.analysis.text
    signed = sorted((a for a in s.agreements if a.status == "signed"),
                    key=lambda a: a.evidence.start)
    for d in s.dates:
        if not d.value or d.relative or not _DAY.fullmatch(d.value):
            continue
        line_start = text.rfind("\n", 0, d.start) + 1
        end = text.find("\n", d.end)
        end = len(text) if end < 0 else end
        stop = _DATELINE_STOP.match(text, d.end)
        if text[line_start:d.start].strip() or stop is None or stop.end() >= end:
            continue
        rest = text[stop.end():end].rstrip()
        if rest.endswith((".", "…")) or re.search(r"[.!?…][^\S\n]+\w", rest):
            continue  # the line goes on past a sentence of its own
        h = s.sentence_at(stop.end())
        if not 0 <= h < len(sents):
            continue
        a = next((x for x in signed
                  if h <= s.sentence_at(x.evidence.start) <= h + LEAD_SENTENCES), None)
        if a is not None and a.date is None:
            a.date, a.date_anchored = d.value, d.anchored


def _stamp_under_headline(sent: Sentence) -> bool:
    """agr84: is the line a page's stamp (a date with only a label, an author or a counter
    beside it, ``dates.date_line``), which sites print between the headline and the lead?
    "12 марта: центр и приход взялись за дело вместе" / "Опубликовано: 14.03.2025 · Автор:
    редакция" / "В центре заключили соглашение с приходом": the headline above the stamp
    dates the lead's signing, the stamp is no headline of its own."""
    return date_line(sent.text.strip()) is not None


def _headline(text: str, sent: Sentence) -> bool:
    """date67: is the sentence a headline: alone on its line(s), not closed by a full stop?"""
    before = text.rfind("\n", 0, sent.start)
    after = text.find("\n", sent.stop)
    return not text[before + 1:sent.start].strip() and \
        not text[sent.stop:len(text) if after < 0 else after].strip() and \
        not sent.text.rstrip().endswith((".", "…"))


def story_lead_set_day(s: DateStage) -> None:
    """date59: the signings of a story whose lead dates its occasion or its set of
    documents are of that day, when the story tells no other day before them: "В минувший
    вторник в Зетске прошёл социальный форум. ... На пленарной сессии министр скрепила
    подписью три документа. Первый из них — соглашение с ... . Затем ... подписали
    соглашение ..." dates every one of them by that Tuesday, not by the page's Thursday; so
    does "В четверг, 13 мая, в рамках форума область и инвесторы подписали пакет
    документов" for each agreement told under it by its sides alone (the lead read by
    ``signing_dates.story_lead_day``). A lead telling the occasion only needs the set
    counted after it ("подписала три соглашения", ``signing_dates.counts_set``) before the
    record. Any other day stated between the lead and the end of the record's sentence ends
    the story (but not a quoted "сегодня", the speaker's present, nor a present of a state,
    ``nowadays_told``), and so does another time in the record's paragraph
    (``_other_time_told``). Signed records without a date, and those dated only by a
    quoted "сегодня" after the lead, told nowhere else (``dates.quoted_now``: "«Сегодня у
    нас появились новые партнёры», — сказала министр после церемонии" in a report two days
    on is the ceremony's day). On anchored values, before ``story_signing_day``."""
    _story_lead_set(s, [a for a in s.agreements if a.status == "signed"])


def _story_lead_set(s: DateStage, records: Sequence[Agreement]) -> None:
    """``story_lead_set_day`` on ``records`` (signed) alone: the lead read back from the
    first of them."""
    sents, text = s.analysis.sentences, s.analysis.text
    signed = [(a, s.sentence_at(a.evidence.start)) for a in records]
    signed = [(a, k) for a, k in signed if 0 <= k < len(sents)]
    if not signed:
        return
    lead = story_lead_day(sents, min(k for _, k in signed), s.dates)
    if lead is None:
        return
    at, day, needs_count = lead
    anchored = all(d.anchored for d in s.dates
                   if d.value == day and sents[at].start <= d.start < sents[at].stop)
    count = next((j for j in range(at + 1, len(sents)) if counts_set(sents[j])), None)
    after = [d for d in s.dates if d.start >= sents[at].stop and d.value]
    quoted = {d.value for d in after if quoted_now(text, d)} - \
        {d.value for d in after if not quoted_now(text, d)}
    for a, k in signed:
        if k <= at or needs_count and (count is None or count > k) or \
                a.date is not None and a.date not in quoted:
            continue
        between = [d for d in after if d.start < sents[k].stop]
        if any(_DAY.fullmatch(d.value or "") and d.value != day and not quoted_now(text, d)
               and not nowadays_told(s, d) for d in between):
            continue
        if not a.date and _other_time_told(s, k, day, lambda d: quoted_now(text, d)):
            continue
        a.date, a.date_anchored = day, anchored


def story_signing_day(s: DateStage) -> None:
    """date58: a signing told later in the story of a dated signing, with no day of its
    own and no other day told in between, is of that day: "Во вторник, 20 августа,
    губернатор ... подписал соглашение с фондом. ... С университетом министерство
    подписало соглашение о целевой подготовке" dates both records 20 August, not the
    publication day of 21 August. The day is the nearest signed record before it dated by
    a day (from the text, not a publication stand-in); any other day stated between that
    record and the end of the undated record's sentence (a digest's next dateline, "22
    августа ...") ends the story, but not a relative day inside a quotation (date60:
    "«Сегодня в соцзащите работают 6 тысяч человек», — отметил ректор" tells the
    speaker's present, ``dates.quoted_now``), and so does another time the record's own sentence or
    the next tells (``_other_time_told``). A day
    told inside an item of a set, its paragraph opened
    by an ordinal ("Первым стал документ о занятости ... 27 сентября стороны подписали
    соглашение"), dates that item only (``_told_in_ordinal_item``). Signed records only;
    runs on anchored values, the anchoring mark carried with the day."""
    sents = s.analysis.sentences
    signed = sorted((a for a in s.agreements if a.status == "signed"),
                    key=lambda a: a.evidence.start)
    days = sorted((d for d in s.dates if d.value and _DAY.fullmatch(d.value)),
                  key=lambda d: d.start)
    starts = [d.start for d in days]
    before: Agreement | None = None
    for a in signed:
        if a.date is not None:
            if _DAY.fullmatch(a.date) and not a.date_from_published:
                before = a
            else:
                before = None
            continue
        k = s.sentence_at(a.evidence.start)
        if before is None or not 0 <= k < len(sents) or before.evidence.start >= sents[k].start:
            continue
        lo = bisect_left(starts, before.evidence.start)
        hi = bisect_left(starts, sents[k].stop)
        if any(d.value != before.date and not quoted_now(s.analysis.text, d) and
               not _page_stamp_under(s, before, d) and not _story_goes_on(s, d, sents[k])
               for d in days[lo:hi]):
            continue  # (date60: a quoted "сегодня" is the speaker's now, no day between)
        if _other_time_told(s, k, before.date or ""):
            continue  # "Это уже второе соглашение ... . На прошлой неделе ... договорились"
        told = [d for d in days[:hi] if d.value == before.date]
        if not told or (_told_in_ordinal_item(s, told[-1].start) and
                        not opens_in_sequence(sents[k])):
            continue  # (date49: but "Следом ..." tells the next item of that set)
        a.date, a.date_anchored = before.date, before.date_anchored


def _story_goes_on(s: DateStage, d: DateRef, own: Sentence) -> bool:
    """date48: a day told between a dated signing and a later undated one that is no day of
    the story: the present of a statement ("Председатель добавила, что на учёте у фонда
    сегодня три сотни семей": ``nowadays_told``) or, before the record's own sentence, a
    day after the page's own of something still to come ("... новая касса откроется 1 марта
    будущего года. Ещё одно соглашение фонд подписал с колледжем ...": a next dateline of a
    digest is never later than the page). A future day in the record's own sentence still
    ends the story (a plan's day)."""
    if nowadays_told(s, d):
        return True
    return d.start < own.start and bool(s.published) and bool(d.value) and \
        _DAY.fullmatch(d.value or "") is not None and (d.value or "") > (s.published or "")


def nowadays_told(s: DateStage, d: DateRef) -> bool:
    """date48: is ``d`` a relative "сегодня" that tells the present of a state, not a day:
    its clause (between the nearest commas, colons or semicolons of its sentence)
    holds no verb or participle in the past or future and no noun of an event (signing,
    ceremony, occasion): "у фонда сегодня три сотни подопечных семей", "сегодня в центре
    трудятся сорок специалистов". Not "сегодня министр подписал соглашение", not "сегодня
    состоится ярмарка", not "Сегодня — подписание соглашения"."""
    if not d.relative or d.text.casefold() not in NOWADAYS_WORDS:
        return False
    k = s.sentence_at(d.start)
    sents = s.analysis.sentences
    if not 0 <= k < len(sents) or d.start >= sents[k].stop:
        return False
    toks = sents[k].tokens
    i = next((n for n, t in enumerate(toks) if t.start >= d.start), None)
    if i is None:
        return False
    lo = i
    while lo > 0 and toks[lo - 1].text not in CLAUSE_BOUNDS:
        lo -= 1
    hi = i + 1
    while hi < len(toks) and toks[hi].text not in CLAUSE_BOUNDS:
        hi += 1
    for t in toks[lo:hi]:
        if past_or_future(t):
            return False
        if t.pos == "NOUN" and t.lemma in (EVENT_NOUNS | NAMED_OCCASION_NOUNS | CEREMONY_NOUNS):
            return False
    return True


def _page_stamp_under(s: DateStage, a: Agreement, d: DateRef) -> bool:
    """date45: is ``d`` the page's stamp on the line right under the headline that is
    ``a``'s own sentence ("Вуз заключил три соглашения" / "29 мая 2025" / "27 мая
    состоялась церемония подписания ...")? It dates the page, not a day of the story the
    headline opens; a day heading further down (a digest's) still ends the story."""
    sents = s.analysis.sentences
    k, j = s.sentence_at(a.evidence.start), s.sentence_at(d.start)
    return 0 <= k and j == k + 1 < len(sents) and _headline(s.analysis.text, sents[k]) and \
        _stamp_under_headline(sents[j])


def _other_time_told(s: DateStage, k: int, day: str,
                     passed: Callable[[DateRef], bool] | None = None) -> bool:
    """date58: does sentence ``k``, or another of its paragraph up to the next, tell a time
    other than ``day``: any in its own sentence, finer than a year in the others ("На
    прошлой неделе центр занятости и университет договорились ... . Со стороны центра
    документ подписала ...")? A year told beside it is an older document's ("... было
    заключено ещё в 2021 году"). date59: a date ``passed`` holds is no other time (a
    quoted "сегодня", the speaker's present). fixdate59: so does a later time with no day in
    its own sentence ("Через несколько дней ...", ``signing_dates.later_time_told``)."""
    sents, text = s.analysis.sentences, s.analysis.text
    if later_time_told(sents[k]):
        return True
    lo, hi = sents[k].start, sents[k].stop
    first = k
    while first > 0 and "\n" not in text[sents[first - 1].stop:sents[first].start]:
        first -= 1
    nxt = k + 1 < len(sents) and "\n" not in text[hi:sents[k + 1].start]
    stop = sents[k + 1].stop if nxt else hi
    return any(sents[first].start <= d.start < stop and d.value != day and
               (lo <= d.start < hi or not _YEAR.fullmatch(d.value or "")) and
               not (passed is not None and passed(d)) for d in s.dates)


_YEAR = re.compile(r"\d{4}")


def _told_in_ordinal_item(s: DateStage, offset: int) -> bool:
    """date58: does the paragraph holding ``offset`` open with an ordinal, an item of a set
    told one by one ("Первым стал документ ...", "Второе соглашение связало ...")? Read up
    to the offset's sentence, sentences of one paragraph only (no line break between)."""
    sents, text = s.analysis.sentences, s.analysis.text
    k = s.sentence_at(offset)
    if not 0 <= k < len(sents):
        return False
    while k > 0 and "\n" not in text[sents[k - 1].stop:sents[k].start]:
        k -= 1
    toks = sents[k].tokens[:ORDINAL_ITEM_REACH + 1]
    # (date60: an occasion's ordinal day, "Первый день форума завершился ...", is no item;
    # date49: nor an occasion's edition, "Третий краевой форум завершился ...")
    return any(t.lemma in ORDINALS and not (n + 1 < len(toks) and toks[n + 1].lemma == "день")
               and not occasion_edition(sents[k].tokens, n)
               for n, t in enumerate(toks[:ORDINAL_ITEM_REACH]))


def occasion_edition(toks: list[Token], n: int) -> bool:
    """date49: is the ordinal ``toks[n]`` the edition of an occasion, not an item of a set:
    its syntactic head (or, unparsed, the first noun after it) a noun of an occasion held
    (``NAMED_OCCASION_NOUNS``): "Третий краевой форум «Забота» завершился вчера",
    "Пятая конференция соцработников прошла в Зетске". Not "Второе соглашение связало
    ...", not "Первым стал документ о занятости" (an item of the set of documents)."""
    t = toks[n]
    head: Token | None = None
    if 0 <= t.head < len(toks) and t.head != n:
        head = toks[t.head]
    else:
        head = next((u for u in toks[n + 1:] if u.pos in {"NOUN", "PROPN"}), None)
    return head is not None and head.pos == "NOUN" and head.lemma in NAMED_OCCASION_NOUNS


# how many words open a paragraph that an ordinal makes an item of a set ("Первым стал ...")
ORDINAL_ITEM_REACH = 3


# A numbered or bulleted item line: "1. Соглашение о ...", "2) ...", "• ...".
_ITEM_LINE = re.compile(r"[^\S\n]*(?:\d{1,2}[.)]|[•▪◦●])[^\S\n]")


def _verbless(sent: Sentence) -> bool:
    """Does the sentence tell no act (a list's item naming its document: "• соглашение
    комитета с фондом «Шаг» о летнем отдыхе детей")? ``syntax.verbless`` (tidy50: any verb
    at all before, a full participle or an infinitive too)."""
    return verbless(sent.tokens)


def list_header_signed(s: DateStage) -> None:
    """fair91: an item of a list that names a document with no verb of its own ("•
    соглашение комитета с фондом «Шаг» о летнем отдыхе детей;") is signed when the list's
    header names its documents signed ("В числе заключённых соглашений:", "Подписаны
    следующие соглашения:"): the header's verb is the items' verb. The header is
    the nearest line above the item that is no item, ends with a colon, and holds a signing
    verb or participle in the past, not negated, with no word of a plan. Records read as
    only referred to, whose own sentence opens the item's line, only. tidy50: the walk to
    the header and the verbless test are event49's (``agreement_lists.lead_line``,
    ``syntax.verbless``); tidy51: so is the reading of a lead telling its items signed
    (``agreement_lists.lead_signed``). Its header stays its own (any colon line; event49's
    lead names the documents in the plural or counted)."""
    text = s.analysis.text
    sents = s.analysis.sentences
    for a in s.agreements:
        if a.status != "mentioned":
            continue
        k = s.sentence_at(a.evidence.start)
        line_start = text.rfind("\n", 0, a.evidence.start) + 1
        if not 0 <= k < len(sents) or not opens_item(text, line_start) or \
                sents[k].start > line_start + 3 or not _verbless(sents[k]):
            continue
        header = _list_header(text, line_start, opens_item)
        if header is None:
            continue
        lo, hi = header
        toks = [t for sent in sents if sent.start < hi and sent.stop > lo
                for t in sent.tokens if lo <= t.start < hi]
        if lead_signed(toks):
            a.status = "signed"
            s.header_signed.append(a)


def list_header_day(s: DateStage) -> None:
    """date86: a signing told in a numbered or bulleted item under a header that dates the
    signings it lists takes the header's day: "12 марта в Омске подписаны следующие
    документы:" / "1. Соглашение о наставничестве между колледжем и фондом. Документ
    подписали директор колледжа и глава фонда." is of 12 March, not the page's day. The header is
    the nearest line above the item that is no item itself; it ends with a colon, names a
    signing (a verb or noun of signing) and holds one day (anchored, a full date) and no
    other. Signed records with no date yet only (``published_day`` comes after)."""
    sents = s.analysis.sentences
    for a, (lo, hi) in _undated_items(s, _item_line):
        if not any(lo <= t.start < hi and (t.lemma in SIGN_VERBS or t.lemma in SIGN_NOUNS)
                   for sent in sents if sent.start < hi and sent.stop > lo
                   for t in sent.tokens):
            continue
        days = {d.value for d in s.dates if lo <= d.start < hi and d.anchored and d.value}
        if len(days) == 1 and all(_FULL_DAY.fullmatch(v) for v in days):
            a.date, a.date_anchored = days.pop(), True


def _item_line(text: str, start: int) -> bool:
    """Does the line at ``start`` open with a numbered or bulleted item's mark?"""
    return _ITEM_LINE.match(text, start) is not None


def _list_header(text: str, line_start: int,
                 item: Callable[[str, int], bool] = _item_line) -> tuple[int, int] | None:
    """The span of the line that heads the list holding the item line at ``line_start``:
    the nearest line above it that is neither blank nor an item (``item``: fair91 passes
    dashed items too; tidy50: ``agreement_lists.lead_line``'s walk), if it ends with a
    colon: "Подписаны следующие документы:" over "1. Соглашение с фондом ...", not
    "Подписаны два документа." over it."""
    lead = lead_line(text, line_start, item)
    return lead if lead is not None and text[lead[0]:lead[1]].rstrip().endswith(":") else None


def _undated_items(s: DateStage, item: Callable[[str, int], bool]
                   ) -> Iterator[tuple[Agreement, tuple[int, int]]]:
    """The signed records still undated whose evidence line is a list item (``item``), each
    with the span of its list's header line (``_list_header``); read lazily, so a record
    dated by an earlier item's turn is seen dated."""
    text = s.analysis.text
    for a in s.agreements:
        if a.status != "signed" or a.date is not None:
            continue
        line_start = text.rfind("\n", 0, a.evidence.start) + 1
        if not item(text, line_start):
            continue
        header = _list_header(text, line_start, item)
        if header is not None:
            yield a, header


def list_lead_day(s: DateStage) -> None:
    """fair91: a signed item of a list whose header names the signing with no day ("В
    числе заключённых соглашений:") takes the day of the sentence told before it that signs
    several documents ("Накануне на ярмарке вакансий подписано пять соглашений ...",
    ``LIST_SIGNING_REACH`` sentences back at most): the nearest such sentence (a signing verb
    in the past and a plural noun of a document) gives its one day, or nothing. Signed
    records with no date yet only (``list_header_day`` reads a header's own day first).
    dates68: then the items ``list_header_signed`` read signed, still undated, take the
    story lead's day (``_list_items_story_day``)."""
    sents = s.analysis.sentences
    for a, (lo, hi) in _undated_items(s, opens_item):
        h = s.sentence_at(lo)
        if not 0 <= h < len(sents) or not lead_signed(
                [t for t in sents[h].tokens if t.start < hi]) or \
                any(lo <= d.start < hi for d in s.dates):
            continue
        for sent in reversed(sents[max(0, h - LIST_SIGNING_REACH):h]):
            if not lead_signed(sent.tokens) or not any(
                    t.lemma in COLLECTIVE_DOCUMENTS and t.feats.get("Number") == "Plur"
                    for t in sent.tokens):
                continue
            days = {d.value for d in s.dates if sent.start <= d.start < sent.stop
                    and d.value}
            if len(days) == 1 and all(_FULL_DAY.fullmatch(v) for v in days):
                a.date, a.date_anchored = days.pop(), True
            break
    _list_items_story_day(s)  # dates68


_SPAN_COUNT = "|".join(w for w, n in COUNT_WORDS.items() if n is not None and n > 1)
# "За шесть лет действия старого соглашения": the span's count (a word or digits), "год" in
# any form, the noun of being in force, up to two adjectives, the agreement noun
_IN_FORCE_SPAN = re.compile(
    rf"(?<![\w-])(?:{'|'.join(IN_FORCE_SPAN_PREPOSITIONS)})\s+(?P<n>{_SPAN_COUNT}|\d{{1,2}})\s+"
    rf"(?:года|лет|год)\s+{IN_FORCE_SPAN_NOUN}\s+(?:[а-яё]+(?:ого|его)\s+){{0,2}}"
    rf"(?:{'|'.join(IN_FORCE_SPAN_AGREEMENTS)})(?![\w])",
    re.IGNORECASE)


def _list_items_story_day(s: DateStage) -> None:
    """dates68: the items of a list that ``list_header_signed`` has just read as signed
    ("На полях форума заключены:" / "— министерство и фонд — соглашение о ...;") take the
    day of the story's lead as the signings read signed before did
    (``story_lead_set_day``: "В четверг в Зетске завершил работу форум. ... Итогом форума
    стало заключение трёх документов."), when neither their header nor the
    sentences before the list date them (``list_header_day``, then ``list_lead_day``,
    which reads this last). fixdates68: those items still undated only (``DateStage.
    header_signed``), the lead read back from the first of them; no other record is read
    again."""
    items = [a for a in s.header_signed if a.status == "signed" and a.date is None]
    if items:
        _story_lead_set(s, items)


def years_in_force_counted(s: DateStage) -> None:
    """date46: an agreement only referred to, with no date, whose own sentence counts the
    years it has been in force takes the year that many years before the page's: "За шесть
    лет действия старого соглашения центр обучил 300 сиделок" on a page of 2024 is 2018
    (``_IN_FORCE_SPAN``: "за"/"в течение", a count of two or more, "лет"/"года", "действия",
    the agreement noun). A fallback for records nothing else dates: one such span in the
    sentence, a publication year known; a plan or a signing is left alone."""
    if not s.published or not re.match(r"\d{4}", s.published):
        return
    year = int(s.published[:4])
    sents = s.analysis.sentences
    text = s.analysis.text
    for a, k in s.undated("mentioned"):
        found = list(_IN_FORCE_SPAN.finditer(text, sents[k].start, sents[k].stop))
        if len(found) != 1:
            continue
        n = found[0]["n"].lower()
        count = int(n) if n.isdigit() else COUNT_WORDS.get(n)
        if count:
            a.date = str(year - count)


def lead_day_of_next_signing(s: DateStage) -> None:
    """dates63: the story's first sentence that dates, in the past, the step the story
    tells, with one day and no word of signing, dates the page's one signing told in the
    next sentence with no day of its own: "В минувший четверг в посёлке сделан первый шаг к
    долговременному уходу. Руководители центра и больницы подписали соглашение ..." is of
    that Thursday, not of the page's day; so is a signing told in the headline when the
    sentence after the lead tells it ("Фонд и министерство подписали соглашение" /
    "Ведомства накануне закрепили порядок совместной работы." / "Документ подписали
    министр и управляющий фондом."). The lead is the story's first sentence that is no
    headline (``signing_dates.story_opening``: the page's menu and stamp lines passed over);
    it states one day (a range or two days date nothing; not a speaker's or a state's
    "сегодня", ``dates.quoted_now``, ``nowadays_told``) and a verb or short participle in
    the past, no plan, no future and no verb of talks (``DISCUSS_VERBS``: "В минувший
    вторник в мэрии обсудили ..." tells a meeting, not the signing). It tells the story's
    step (``_lead_tells_step``): a noun of a step or of cooperation ("шаг", "этап",
    "взаимодействие"), or a body's head noun the signing's sentences name too ("центр и
    больница объединили силы" over "главврач больницы"); an unrelated past event ("в
    посёлке завершился ремонт школы") dates nothing (fixdates63); dates68: or the next
    sentence signs "the document" the lead names (``_names_document``) and tells done
    (``_document_signed_parsed``:
    "Накануне в вузе утверждена дорожная карта ... . Документ подписали ..."). The next
    sentence
    states no time, and no later one ("подписали позднее", "Затем ...": ``later_time_told``,
    ``SEQUENCE_ADVERBS``, the comparatives of ``DEADLINE_COMPARATIVES``). The page's only
    signed record, still undated once every pass reading its own story has run (before
    ``published_day``); anchored values."""
    sents, text = s.analysis.sentences, s.analysis.text
    signed = [a for a in s.agreements if a.status == "signed"]
    if len(signed) != 1 or signed[0].date is not None:
        return
    a = signed[0]
    opening = story_opening(sents, HEADLINE_REACH)
    lead = next((j for j in opening if not _headline(text, sents[j])), None)
    if lead is None or lead + 1 >= len(sents):
        return
    k, nxt = s.sentence_at(a.evidence.start), sents[lead + 1]
    if not (k == lead + 1 or k < lead and _headline(text, sents[k]) and _tells_past_signing(nxt)):
        return
    sent = sents[lead]
    toks = sent.tokens
    inside = [d for d in s.dates if sent.start <= d.start < sent.stop and d.value]
    if len({d.value for d in inside}) != 1 or not _DAY.fullmatch(inside[0].value or "") or \
            any(quoted_now(text, d) or nowadays_told(s, d) for d in inside) or \
            any(nxt.start <= d.start < nxt.stop for d in s.dates) or later_time_told(nxt) or \
            any(t.lemma in SEQUENCE_ADVERBS or t.text.lower() in DEADLINE_COMPARATIVES
                for t in nxt.tokens):
        return
    if any(t.lemma in SIGN_VERBS or t.lemma in PLAN_HEADS or t.lemma in PLAN_WORDS or
           t.lemma in DISCUSS_VERBS or future_aux_word(t) for t in toks) or \
            not any(t.feats.get("Tense") == "Past" and t.pos in {"VERB", "AUX"} or
                    t.feats.get("Variant") == "Short" and t.feats.get("Tense") == "Past"
                    for t in toks) or \
            not (_lead_tells_step(toks, [*sents[k].tokens, *nxt.tokens]) or
                 _names_document(toks) and _document_signed_parsed(s, nxt)):
        return
    a.date, a.date_anchored = inside[0].value, inside[0].anchored


def _names_document(toks: Sequence[Token]) -> bool:
    """dates68: does the lead name a document, an agreement's noun or a document's
    (``TRIGGERS``, ``COLLECTIVE_DOCUMENTS``) or a roadmap by its noun and adjective
    (``ROADMAP_DOCUMENTS``: "дорожная карта")? "Накануне в вузе завершился ремонт" names
    none, and its "Документ подписали ..." next refers to no document of the lead."""
    return any(t.lemma in TRIGGERS or t.lemma in COLLECTIVE_DOCUMENTS or roadmap_at(toks, i)
               for i, t in enumerate(toks))


def _document_signed_parsed(s: DateStage, sent: Sentence) -> bool:
    """``_document_signed`` on ``sent``, parsed on demand when it names a document word
    (``DOCUMENT_REFERENCES``): read by ``document_signed_before`` and (dates68)
    ``lead_day_of_next_signing``, whose next sentence signs "the document" the lead tells
    done ("Накануне в вузе утверждена дорожная карта ... . Документ подписали ...")."""
    if s.analysis.models is not None and any(t.lemma in DOCUMENT_REFERENCES
                                             for t in sent.tokens):
        ensure_parsed(sent, s.analysis.models)
    return _document_signed(sent)


def _lead_tells_step(lead: Sequence[Token], signing: Sequence[Token]) -> bool:
    """fixdates63: does a lead tell the step its next sentence's signing is (read by
    ``lead_day_of_next_signing``)? It names a step or cooperation ("сделан новый шаг",
    "этап", "взаимодействие": ``STEP_NOUNS``, ``COOPERATION_NOUNS``), or a body by a head
    noun of an organisation (``lexicon_officials.ORG_HEADS``) that the signing's sentences
    name too ("Вчера центр и больница объединили силы" over "... главврач больницы
    подписали"). "В минувший четверг в посёлке завершился ремонт школы" over a signing of a
    ministry and a fund tells another event: its "школа" is no body of the signing."""
    if any(t.lemma in STEP_NOUNS or t.lemma in COOPERATION_NOUNS for t in lead):
        return True
    bodies = {t.lemma for t in signing if t.lemma in OFFICIAL_ORG_HEADS}
    return any(t.lemma in bodies for t in lead)


def masked_headline_day(s: DateStage) -> None:
    """dates63: a headline the page printed above its stamp, masked with the page's header
    (so no sentence of the reading), that opens with a day ("15 мая Курск и Орёл условились
    вместе опекать стариков", "12 мая: в Курске подписано соглашение о патронаже") dates
    the story's first signing that states no day, as ``headline_day`` does for a headline
    the reading kept. The headline: the last line of the stored page before the story's
    first sentence (``signing_dates.story_opening``) that the reading masked and that has
    ``HEADLINE_WORDS`` words of letters (the page's stamp passed over: "18 мая 2024, 09:12 ·
    Общество"), is no stamp (``dates.date_line``) and no sentence closed by a full stop,
    and whose first words are
    a day of a month (no relative word; anchored to the page's day, ``dates.find_dates``)
    followed by at least ``HEADLINE_WORDS`` words. The record: the page's first signed
    one, in the story's first ``LEAD_SENTENCES`` sentences, with no date yet (before
    ``published_day``, the page's day standing in)."""
    sents, text, page = s.analysis.sentences, s.analysis.text, s.source
    signed = sorted((a for a in s.agreements if a.status == "signed"),
                    key=lambda a: a.evidence.start)
    opening = story_opening(sents, LEAD_SENTENCES)
    if not signed or signed[0].date is not None or not opening or \
            s.sentence_at(signed[0].evidence.start) not in opening:
        return
    top = min(sents[opening[0]].start, len(page))
    at = 0
    last: tuple[int, str] | None = None
    for line in page[:top].split("\n"):
        start, at = at, at + len(line) + 1
        if len(_LETTER_WORD.findall(line)) >= HEADLINE_WORDS and \
                not text[start:start + len(line)].strip() and date_line(line.strip()) is None:
            last = (start, line.strip())
    if last is None or last[1].endswith((".", "…")):
        return
    found = find_dates(last[1], s.published)
    if not found or found[0].start != 0 or found[0].relative or \
            not _DAY.fullmatch(found[0].value or ""):
        return
    if len(_LETTER_WORD.findall(last[1][found[0].end:])) < HEADLINE_WORDS:
        return
    signed[0].date, signed[0].date_anchored = found[0].value, found[0].anchored


# dates63: how many words a line must go on with after its opening day to be a headline
# ("15 мая Курск и Орёл условились ...", not a bare dateline "15 мая, Курск")
HEADLINE_WORDS = 4
_LETTER_WORD = re.compile(r"[^\W\d_]+")


def signed_on_a_day(s: DateStage) -> None:
    """stat34: once the dates are final, a record read as only referred to whose signing
    the text dates to a day of the report's year is signed (``status.day_dated_signing``):
    "Соглашение ... вступило в силу. Документ подписали 27 января ..." in a flash of 3
    March. Run here, last, because only the date stage knows the record's final day. Only
    a day the text states as such ("27 января", not "вчера") in the record's own sentence
    or one of the next two, not told as earlier than the news (status48,
    ``status.told_as_earlier``: "Ранее, 12 марта, ..."): a relative day told after it
    ("Второе соглашение объединило ... .\nВчера министры подписали документ о ... с
    Калугой") reports the news of the day, often another signing's."""
    sents = s.analysis.sentences
    told: list[Agreement] = []
    for a in s.agreements:
        k = s.sentence_at(a.evidence.start)
        if a.status != "mentioned" or not a.date or not 0 <= k < len(sents):
            continue
        lo, hi = sents[k].start, sents[min(k + 2, len(sents) - 1)].stop
        if told_as_earlier(sents[k], a.date, s.published, _earlier_signing, _predicate_path):
            continue  # status48: "Ранее, 12 марта, филиал подписал соглашение ..."
        if any(lo <= d.start < hi and d.value == a.date and not d.relative for d in s.dates):
            told.append(a)
    day_dated_signing(told, s.published)


def _caption_signing_day(s: DateStage) -> None:
    """dates68: a signing the story tells with no day of its own takes the day a photo
    caption gives the signing it shows (``signers.signing_caption``: a caption label, then
    a signing noun or verb): "[Фото: министр ... и ректор ... во время подписания
    соглашения, Томск, 3 марта 2025 г.]" over "Министерство и университет подписали
    соглашение ..." in a page of 7 March is 3 March, not the page's day. The captions
    showing a signing give one day between them (two days, or none, date nothing), not
    later than the page's day, and no month or year told beside it in a caption (whose would
    it be?); a caption that is some record's own sentence is that record's and is read by
    the passes before. Signed records left without a date only, so any day the text itself
    ties to the signing comes first; anchored values (the caption's "3 марта" takes the
    page's year, marked)."""
    undated = [a for a in s.agreements if a.status == "signed" and a.date is None]
    if not undated:
        return
    sents = s.analysis.sentences
    own = {s.sentence_at(a.evidence.start) for a in s.agreements}
    days: set[str] = set()
    marked: list[bool] = []
    for k, sent in enumerate(sents):
        if k in own or not signing_caption(sent):
            continue
        told = [d for d in s.dates if sent.start <= d.start < sent.stop and d.value]
        if any(not _DAY.fullmatch(d.value or "") for d in told):
            return  # a month or a year beside the caption's day: whose?
        days |= one_day_each(told)
        marked += [d.anchored for d in told]
    if len(days) != 1:
        return
    day = days.pop()
    if s.published and day > s.published:
        return
    for a in undated:
        a.date, a.date_anchored = day, all(marked)


def signatures_told_later(s: DateStage) -> None:
    """dates70: a signing still undated takes the one day a later sentence of its story
    gives the signatures or "the document" signed, past sentences of the agreement's
    content between them: "Управление и хлебозавод подписали соглашение о продлении ... .
    Новый документ на три года продлил действие договора 2022 года. / Подписи под ним
    вчера поставили начальник управления и директор." is of the day before the
    page's, not of the page's day (``signatures_told_next`` reads the next sentence only,
    and a headline's record starts its story a sentence higher). The later sentence is
    read by ``signing_dates.signatures_day`` or ``_document_signed_day`` (it names no
    agreement of its own, the verb is past and not negated; fixdates70: the signatures may
    be put under the record's own noun restated bare, ``_own_noun_restated``: "Подписи
    под договором вчера поставили ..."); it stands within
    ``SIGNATURES_LATER_REACH`` sentences after the record's, no other signed or planned
    record's own sentence between (an older agreement told as the base, a ``mentioned``
    record, is of the story); its day is not after the page's.
    Signed records still undated once the passes reading their own story have run (read by
    ``published_day`` before its stand-in); anchored values."""
    sents = s.analysis.sentences
    if not sents:
        return
    own = sorted({s.sentence_at(a.evidence.start) for a in s.agreements
                  if a.status != "mentioned"} - {-1})
    for a, k in list(s.undated("signed")):
        nxt = bisect_right(own, k)
        stop = own[nxt] if nxt < len(own) else len(sents)
        for j in range(k + 1, min(stop, k + 1 + SIGNATURES_LATER_REACH, len(sents))):
            sent = sents[j]
            if s.analysis.models is not None and any(
                    t.lemma in DOCUMENT_REFERENCES or t.lemma in SIGNATURE_NOUNS
                    for t in sent.tokens):
                ensure_parsed(sent, s.analysis.models)
            day = signatures_day(sent, s.dates, _own_noun_restated(sent, sents[k])) or \
                _document_signed_day(sent, s.dates)
            if day is None:
                continue
            if s.published is None or day <= s.published:
                a.date = day
                a.date_anchored = any(d.anchored for d in s.dates
                                      if d.value == day and sent.start <= d.start < sent.stop)
            break


def _own_noun_restated(sent: Sentence, own: Sentence) -> int:
    """fixdates70: the index of a later sentence's only agreement noun (``TRIGGERS``) when
    it restates the record's own (its lemma one of the record's sentence's agreement nouns)
    and names nothing of its own: no sides and no "о ..." phrase, only a preposition, a
    determiner or an adjective under it ("Подписи под договором вчера поставили ..." after
    "... подписали договор о помощи семьям"; not "под договором с колледжем"); -1
    otherwise (read by ``signatures_told_later``). Parsed sentences only."""
    if not sent.parsed:
        return -1
    toks = sent.tokens
    nouns = [i for i, t in enumerate(toks) if t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"}]
    if len(nouns) != 1 or toks[nouns[0]].lemma not in {t.lemma for t in own.tokens}:
        return -1
    if any(toks[c].rel not in _RESTATED_NOUN_RELS for c in sent.children(nouns[0])):
        return -1
    return nouns[0]


# fixdates70: the relations of words under a restated agreement noun that name nothing of
# its own ("под этим новым договором")
_RESTATED_NOUN_RELS = frozenset({"case", "det", "amod", "punct"})


def story_day_of_later_signing(s: DateStage) -> None:
    """dates70: a report whose lead dates the occasion it tells (a visit, a trip, a
    meeting, a collegium, a forum) dates each signing told at that occasion later in the
    story with no time of its own: "В минувшую пятницу губернатор посетил район. ...
    Обсуждали ремонт дорог. ... По итогам поездки министерство и фонд подписали соглашение"
    (a page of Monday) is of that Friday, not of the page's day; so is "12 марта
    состоялось заседание коллегии ... . В завершение заседания комитет и отделение Союза
    пенсионеров заключили соглашение". The lead is the
    story's first sentence that is no headline (``signing_dates.story_opening``); it states
    one day, not a range ("13–14 мая"), not after the page's (not a speaker's or a
    state's "сегодня"), besides it at
    most a year before the day's (the year an occasion sums up), a verb or short
    participle in the past, no signing, plan or future, and it tells an occasion: a noun of
    one (``NAMED_OCCASION_NOUNS``) or a verb of a visit or of an occasion held
    (``VISIT_VERBS``, ``OCCASION_VERBS``: "посетил", "провела день"). A programme launched
    that day ("1 марта стартовала программа ...") tells no occasion and dates nothing. No
    other time stated between the lead and the end of the record's sentence (a year before
    the lead's, a past figure "в 2024 году адаптировали 120 объектов", does not count), and
    none in the record's paragraph (``_other_time_told``), and the record's sentence tells
    no later time ("Соглашение ... подписали позднее"). The signing is told at the
    occasion (``_told_at_occasion``: "в ходе коллегии", "здесь же", an occasion told held
    just before); a bare signing after the lead keeps the page's day. Signed records still
    undated (read by ``published_day`` before its stand-in); anchored values."""
    sents, text = s.analysis.sentences, s.analysis.text
    undated = list(s.undated("signed"))
    if not undated:
        return
    lead = next((j for j in story_opening(sents, HEADLINE_REACH)
                 if not _headline(text, sents[j])), None)
    if lead is None:
        return
    sent = sents[lead]
    told = [d for d in s.dates if sent.start <= d.start < sent.stop and d.value]
    inside = [d for d in told if _DAY.fullmatch(d.value or "")]
    if len({d.value for d in inside}) != 1 or any(range_last_day(d) for d in inside) or \
            s.published is not None and (inside[0].value or "") > s.published or \
            any(quoted_now(text, d) or nowadays_told(s, d) for d in inside) or \
            any(not _YEAR.fullmatch(d.value or "") or (d.value or "") >= (inside[0].value or "")[:4]
                for d in told if d not in inside) or \
            not _lead_tells_occasion(sent.tokens):
        return  # (a year before the day's is the period the occasion sums up: "итоги 2024 года")
    day = inside[0].value or ""
    anchored = all(d.anchored for d in inside)
    after = [d for d in s.dates if d.start >= sent.stop and d.value]
    for a, k in undated:
        if k <= lead:
            continue
        between = [d for d in after if d.start < sents[k].stop]
        if any(d.value != day and not _story_time_aside(s, d, day) for d in between):
            continue
        if _other_time_told(s, k, day, lambda d: quoted_now(text, d)) or \
                any(t.text.lower() in DEADLINE_COMPARATIVES for t in sents[k].tokens) or \
                not _told_at_occasion(s, sents[k], sents[k - 1] if k - 1 > lead else None):
            continue  # ("... подписали позднее": a later day)
        a.date, a.date_anchored = day, anchored


def _story_time_aside(s: DateStage, d: DateRef, day: str) -> bool:
    """dates70: is ``d``, told between a story's dated lead and a signing of that story,
    no other day of the story (read by ``story_day_of_later_signing``): a speaker's or a
    state's "сегодня" (``quoted_now``, ``nowadays_told``), a year before the lead's (a past
    figure: "в 2024 году адаптировали 120 объектов"), or a time to come coarser than a
    day, after the page's day or governed by a verb in the future ("открытие намечено на
    следующий год", "в 2025 году будет действовать программа")? A day to come ("«17 марта
    откроется центр», — отметил ректор") still ends the story."""
    v = d.value or ""
    if quoted_now(s.analysis.text, d) or nowadays_told(s, d):
        return True
    if _YEAR.fullmatch(v) and v < day[:4]:
        return True
    if _DAY.fullmatch(v):
        return False
    if s.published is not None and v[:len(s.published)] > s.published[:len(v)]:
        return True
    return s.tense is not None and s.tense(d.start, d.end) == "future"


def _told_at_occasion(s: DateStage, own: Sentence, before: Sentence | None) -> bool:
    """dates70: is a signing told at an occasion (read by ``story_day_of_later_signing``):
    its own sentence names one (``NAMED_OCCASION_NOUNS``: "В ходе коллегии министр и
    управляющий подписали ...", "По итогам поездки ...") or the place just told
    (``SAME_PLACE_ADVERBS``: "Здесь же было подписано ..."), or the sentence right before
    it, after the lead, tells one held ("Итоговая встреча прошла в министерстве. Министры
    подписали меморандум": the noun the subject of a verb of ``HELD_VERBS``)? A bare
    "Департамент подписал соглашение" after "прошла ярмарка" is not, nor "Главным итогом
    недели стало подписание ..." after "На заседании обсудили ...": the page's day stands.
    fixdates70: the occasion's noun frames the signing, outside an agreement noun's phrase
    ("соглашение о проведении форума" names no occasion the signing was told at), and the
    adverb hangs on the verb of signing (``SIGN_VERBS``); the own sentence parsed on demand."""
    if s.analysis.models is not None:
        ensure_parsed(own, s.analysis.models)
    toks = own.tokens
    if any(t.lemma in NAMED_OCCASION_NOUNS and t.pos == "NOUN" and
           not any(toks[j].lemma in TRIGGERS for j in ancestors(own, i)) or
           t.lemma in SAME_PLACE_ADVERBS and t.pos == "ADV" and 0 <= t.head < len(toks) and
           toks[t.head].lemma in SIGN_VERBS for i, t in enumerate(toks)):
        return True
    if before is None or not any(t.lemma in NAMED_OCCASION_NOUNS for t in before.tokens):
        return False
    if s.analysis.models is not None:
        ensure_parsed(before, s.analysis.models)  # parsed on demand: one sentence a record
    toks = before.tokens
    return any(t.lemma in NAMED_OCCASION_NOUNS and t.rel == "nsubj" and
               0 <= t.head < len(toks) and toks[t.head].lemma in HELD_VERBS
               for t in toks)


def _lead_tells_occasion(toks: Sequence[Token]) -> bool:
    """dates70: does a story's lead tell, in the past, an occasion held or a visit made
    (read by ``story_day_of_later_signing``): a verb or short participle in the past, no
    verb of signing, no plan and no future, and a noun of an occasion
    (``NAMED_OCCASION_NOUNS``: "прошла встреча", "совершил рабочую поездку") or a verb of a
    visit or an occasion (``VISIT_VERBS``, ``OCCASION_VERBS``: "побывала в Тюмени",
    "провела приём")? "стартовала программа" tells none."""
    if any(t.lemma in SIGN_VERBS or t.lemma in PLAN_HEADS or t.lemma in PLAN_WORDS or
           future_aux_word(t) for t in toks):
        return False
    if not any(t.feats.get("Tense") == "Past" and t.pos in {"VERB", "AUX"} or
               t.feats.get("Variant") == "Short" and t.feats.get("Tense") == "Past"
               for t in toks):
        return False
    return any(t.lemma in NAMED_OCCASION_NOUNS and t.pos == "NOUN" or
               t.lemma in VISIT_VERBS | OCCASION_VERBS and t.pos == "VERB" for t in toks)


def published_day(s: DateStage) -> None:
    """date38: a signing the text never dates takes the publication day, marked as such
    (``models.publication_stand_in``): "Министерство ... и фонд подписали соглашение о
    сотрудничестве" in a report of 27 October 2023, with no day told anywhere, is
    ``2023-10-27`` with ``date_from_published``. Last, once every pass that reads a date
    from the text has had its say; signed records only, a publication day only. dates68:
    first, a photo caption showing the signing may give its day (``_caption_signing_day``),
    the last place the text dates it. dates70: before it, the signatures or "the document"
    told signed a few sentences on (``signatures_told_later``) and the day a story's lead
    gives its occasion (``story_day_of_later_signing``), in that order: the readings of
    the story's own words that the narrower passes before leave undated."""
    signatures_told_later(s)
    story_day_of_later_signing(s)
    _caption_signing_day(s)
    publication_stand_in(s.agreements, s.published)


# The date passes, in the order they run (README "Agreement dates in one stage (datesD)").
DATE_PASSES: tuple[DatePass, ...] = named_passes(
    period_year_dropped,  # status65
    signing_not_dated_by_plan,  # date86
    lead_date,
    counted_signings,
    occasion_day,
    named_occasion_day,  # date67
    occasion_participle_day,  # date69
    joined_day_before,  # status65
    day_of_the_month,
    partner_day_of_the_month,
    partner_named_day,  # date38
    in_force_since_year,
    cooperation_since_year,  # date36
    worked_under_since_year,  # datepool91
    held_since_year,  # datepool93
    signing_event_later,  # stat30
    occasion_opens_next,  # date73
    ceremony_held_after,  # datepool91
    signatures_told_next,  # stat34
    document_signed_next,  # date71
    document_signed_before,  # hid95
    headline_and_lead_one_signing,  # date45
    verbless_signing_day,  # date45
    agreed_time_before,  # statdate98
    collective_signing_day,  # date44
    day_within_range,  # date44
    signed_in_sequence,  # date44
    signed_at_the_same_time,  # date69
    plan_not_dated_by_past_signing,  # date69
    plan_told_after,  # stat30
    plan_told_after_colon,  # date86
    plan_joining_before_colon,  # date45
    put_off_later,  # date72
    put_off_in_own_sentence,  # agr84
    put_off_after_first_set,  # date73
    held_later_after_all,  # hid95
    new_time_named_later,  # date89
    scheduled_day_of_plan,  # status48
    scheduled_over_decision,  # stat30
    plan_scheduled_in_story,  # status50
    plan_told_in_story,  # datepool92
    put_off_told_in_story,  # datepool92
    new_time_told_next,  # dig93
    plan_not_dated_by_act,  # date89
    plan_not_dated_by_past_day,  # date90
    planned_occasion_day,  # status65
    one_telling_day,  # date36
    same_day_as_signing_before,  # status52
    same_place_as_signing_before,  # date60
    anchored_values,
    season_of_mention,  # plan91
    in_force_since_month,  # statdate98
    year_of_named_occasion,  # statdate98
    signing_called_yesterday,  # date86
    year_told_by_day_next,  # date69
    week_told_by_day,  # date67
    scheduled_by_participle,  # stat34
    month_sections,
    day_sections,  # status50
    signing_by_month_end,  # volga155
    planned_months,
    planned_days_ahead,  # stat30
    plan_year_of_paragraph,
    plan_period_ahead,  # pdate50
    year_of_page_day,  # pdate50
    plan_deadline_ahead,  # date51
    rescheduled_ahead,  # stat34
    put_off_to_told_after,  # status49
    put_off_next_sentence,  # date69
    called_off_day_gone,  # status65
    headline_takes_lead_day,  # date67
    headline_day,  # date72
    dateline_headline_day,  # date90
    story_lead_set_day,  # date59
    story_signing_day,  # date58
    list_header_signed,  # fair91
    list_header_day,  # date86
    list_lead_day,  # fair91
    years_in_force_counted,  # date46
    lead_day_of_next_signing,  # dates63
    masked_headline_day,  # dates63
    signed_on_a_day,  # stat34
    published_day,  # date38
)


def date_agreements(state: DateStage, passes: tuple[DatePass, ...] = DATE_PASSES) -> None:
    """Run each date pass once, in order, on the records of one document."""
    for p in passes:
        p.run(state)
