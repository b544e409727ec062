"""Merge decisions: is a mention the same agreement as one already found?

``same_agreement`` runs ``MERGE_PASSES`` in order on a merged agreement ``m``, a mention
``c`` and the text's official region names ``bare``; each pass answers True (the same
agreement), False (another one) or None (no opinion), and the first answer decides; with no
answer the mention joins. The order matters: the members of a split list and a mention
declared "отдельное" are parted before the preamble check may join them, and the region
checks at the end only see pairs every earlier pass let through.
Called by both merge loops of ``merge.find_agreements``; reads candidates and merged
agreements of ``agreements`` (imports go one way: merge -> merge_rules -> agreements).

A mention naming no side is then read by ``BARE_PASSES`` (``join_bare``): the agreement it
follows up, the compatible ones left after the r17st checks, the one it joins, or the
partner of its own it names.

Cost per decision: the passes read the two side lists and the mention's own sentence, so
merging stays linear in candidates times the open agreements (``agreements.MAX_OPEN``).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from soccoop import gazetteer, isodate
from soccoop.extract import sides as side_passes
from soccoop.extract.agreement_types import _k, covered_period
from soccoop.extract.agreements import (
    GAP_DASHES,
    _alike,
    _another,
    _as_sides,
    _Candidate,
    _first_person,
    _former,
    _from_sides,
    _Merged,
    _new_between_same,
    _Party,
    _predicate_path,
    _region_at,
    _speaker,
    _this_document,
    _token_index,
    base_document_signed,
    in_force_document_signed,
    legal_form,
    line_of,
    told_as_further,
)
from soccoop.extract.candidate_signers import programme_or_roadmap
from soccoop.extract.candidate_status import (
    _amended_base,
    carried_out_by_plan_to_come,
    roadmap_carrying_out,
    signed_at_once,
)
from soccoop.extract.datewords import MONTHS
from soccoop.extract.lexicon import (
    BEHALF_NOUNS,
    BODY_HEADS,
    COOPERATION_DOCUMENTS,
    EXTEND_NOUNS,
    EXTEND_VERBS,
    HEADING_GAP,
    HEADLINE_REACH,
    IN_FORCE_WORDS,
    NEW_WORDS,
    ORDINAL_ITEM_REACH,
    ORDINALS,
    ORG_HEADS,
    OWN_SIDE_PREPOSITIONS,
    PLACE_HEADS,
    PRELIMINARY_DOCUMENTS,
    ROADMAP_DOCUMENTS,
    SIDE_COUNT_WORDS,
    SIGN_VERBS,
    SIGNATURES_TOLD_REACH,
    TEXT_OF_DOCUMENT_NOUNS,
    TRIGGERS,
    YEAR_UNIT,
)
from soccoop.extract.lexicon_officials import ORG_HEADS as KIND_HEADS
from soccoop.extract.lexicon_plans import NEED_VERBS
from soccoop.extract.lexicon_sides import (
    ALREADY_WORDS,
    HOLDER_PREPOSITIONS,
    KIND_OF_HEAD,
    PARTNER_PREPOSITIONS,
)
from soccoop.extract.lexicon_signers import POINTING_DETERMINERS
from soccoop.extract.lexicon_status import (
    ADDENDUM_ADJECTIVES,
    CURRENT_PERIOD_DETERMINERS,
    CURRENT_PERIODS,
    DRAFT_WORK_NOUNS,
    JOIN_WORDS,
    WISH_MARKS,
)
from soccoop.extract.nlp import Analysis, Models, Sentence, Token, sentence_starts
from soccoop.extract.normalize import (
    is_acronym,
    nominative_phrase,
    spell_out_contractions,
    stem5,
)
from soccoop.extract.party_identity import (
    NAMED_ALIKE,
    acronym_ending,
    acronym_of_name,
    acronym_words,
    alike_by,
    head_of_region,
    identity,
    initials_with_acronym,
    other_quoted_names,
    same_side,
    two_bodies,
)
from soccoop.extract.person_names import same_surname
from soccoop.extract.series_sides import (
    apposed_rank,
    opens_series_item,
    ordinal_opening,
    ranked_item,
)
from soccoop.extract.signing_ahead import future_finite, future_form
from soccoop.extract.signing_dates import cooperation_since, worked_under_since
from soccoop.extract.status import (
    carries_out_base,
    counterpart_spans,
    further_documents,
    in_force,
    keeps_status,
    lapsed_agreement,
    missed_partners,
    other_partner_mention,
)
from soccoop.extract.syntax import ancestors, ensure_parsed, negated, past_head, subtree
from soccoop.models import DateRef, Official, RegionRef

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # fix79: a year's digits

MergePass = Callable[[_Merged, _Candidate, frozenset[str], Models], bool | None]


def split_list_member(m: _Merged, c: _Candidate, bare: frozenset[str],
                      models: Models) -> bool | None:
    """One noun split into a list's agreements ("соглашения с Москвой, Брянском и Минском")
    gives one agreement per partner: a member never joins another member of its list."""
    if c.group >= 0 and m.members.get(c.group, c.member) != c.member:
        return False
    return None


def new_agreement_told_again(m: _Merged, c: _Candidate, bare: frozenset[str],
                             models: Models) -> bool | None:
    """pair61: a sentence opening with the new agreement as its subject ("Новое соглашение,
    в отличие от прежнего, предусматривает ...", "Новый документ заменит соглашение, которое
    министерство заключило в 2017 году с ...") tells again the signing just reported, of
    the same status (signed or planned), between sides the record already names: it joins
    that record, whatever older agreement or date the same sentence recalls beside it (the
    older one is its own mention). Only the words before the noun are read: adjectives,
    one of newness (``NEW_WORDS``). A date of its own sentence the record's date cannot be
    ("Новое соглашение планируется подписать в июне" beside a record dated in May) leaves
    the decision to the other passes."""
    if m.status == "mentioned" or c.status != m.status or not c.parties or \
            not _opens_with_new_agreement(c) or \
            (_dated_in_own_sentence(c) and not isodate.compatible(m.date, c.date)):
        return None
    within = all(p.key in m.party_keys or any(same_side(p, q, models) for q in m.parties)
                 for p in c.parties)
    return True if within or _sides_of_later_noun(c) else None


def _sides_of_later_noun(c: _Candidate) -> bool:
    """hid93: are all the sides read for the mention named after another agreement noun of
    its sentence ("С подписанием нового соглашения теряет силу договор, заключённый в 2020
    году между управлением и фондом")? They are that noun's, the older agreement's, not the
    new one's."""
    toks, k = c.sentence.tokens, _k(c)
    later = next((t.start for t in toks[k + 1:]
                  if t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"}), None)
    return later is not None and all(p.start > later for p in c.parties)


def _later_noun_sides_dropped(m: _Merged, c: _Candidate, bare: frozenset[str],
                              models: Models) -> None:
    """What joining by ``new_agreement_told_again`` does to the mention: sides it read after
    a later agreement noun (``_sides_of_later_noun``) are left to that noun's mention: "С
    заключением нового договора прежний, подписанный с колледжем, расторгнут" gives the new
    one no college."""
    if _sides_of_later_noun(c):
        c.parties = []


def same_signers_again(m: _Merged, c: _Candidate, bare: frozenset[str],
                       models: Models) -> bool | None:
    """pair68: a signing told again by its signers only ("Соглашение подписали председатель
    регионального отделения А.Б. Петров и директор центра В.Г. Сидорова", a photo caption
    "Протоиерей Иоанн Петров и А.Б. Сидорова подписывают соглашение") is the signing whose
    record already has those very signers, two at least, of the same status and a date it
    can be, however its sides were read from the signers' posts ("отдел ... епархии",
    "Центр социального обслуживания ..."). Only a single agreement noun naming no partner
    of its own ("с X", "между X и Y") and not set apart ("ещё одно", an ordinal). Asked
    only when a merge pass has set the mention apart (``same_agreement``): a mention the
    passes join keeps its own sides. topic43: a record with no signer yet takes the
    signatures told right after its signing (``_signatures_told_next``): "Правительство
    края, союз профсоюзов и работодатели подписали соглашение. Подписи под ним поставили
    вице-губернатор, председатель краевого союза профсоюзов и президент союза
    промышленников" (the governor's deputy read as his ministry, the employers as their
    union); "со стороны X" names who signed for a side, no partner."""
    if not c.parties or c.status != "signed" or m.status != "signed" or \
            len(c.signatories) < 2 or \
            c.distinct or c.ordinal or c.count or c.group >= 0 or \
            not isodate.compatible(m.date, c.date):
        return None
    theirs = {x for y in m.candidates for x in y.signatories}
    if set(c.signatories) != theirs and \
            not (not theirs and _signatures_told_next(m, c, bare, models)):
        return None
    a, b = m.subject_key, c.subject_key
    if a and b and not (a <= b or b <= a):
        return None  # "продлили соглашение об информационном взаимодействии ... Кроме
        # того, ... подписали соглашение о практике студентов": another subject, another one
    if not all(any(same_surname(name, t.text) for t in c.sentence.tokens)
               for name in c.signatories):
        return None  # "Второе соглашение заключили министерство и АНО": signers carried
        # over from the sentence before, not told again here
    sent = c.sentence
    k = _k(c)
    toks = sent.tokens
    if toks[k].feats.get("Number") == "Plur":
        return None
    if any(toks[x].lemma in OWN_SIDE_PREPOSITIONS and not (
            x + 1 < len(toks) and toks[x + 1].lemma in BEHALF_NOUNS)
           for x in range(len(toks)) if toks[x].pos == "ADP"):
        return None  # a partner named in its own sentence: the other passes decide
    return True  # joining, it takes the record's sides (``_signers_sides``)


def _signatures_told_next(m: _Merged, c: _Candidate, bare: frozenset[str],
                          models: Models) -> bool:
    """topic43: is c's sentence one of signatures told right after the signing of record m
    (within ``SIGNATURES_TOLD_REACH`` characters of the sentence of m's last mention before
    it), naming no subject of its own, one of its sides a side of m named the same or
    otherwise (``same_side``, or all its name's words among those of a side of m:
    "областное объединение профсоюзов" of "Тверское областное объединение организаций
    профсоюзов", "Тверь" of "Администрация Твери"), not by a region's name alone (``bare``:
    "Соглашение о выплатах подписывают X и Y" whose sides read "Тверская область" is no
    signing of the region's government told before)? m names two sides or more."""
    before = [x.sentence.stop for x in m.candidates if x.sentence.stop <= c.sentence.start]
    if len(m.parties) < 2 or not before or c.subject_key or \
            c.sentence.start - max(before) > SIGNATURES_TOLD_REACH:
        return False
    return any(p.key in m.party_keys or same_side(p, q, models) or
               _name_stems(p) <= _name_stems(q) or _name_stems(q) <= _name_stems(p)
               for p in c.parties for q in m.parties
               if p.name not in bare and q.name not in bare)


def _signers_sides(m: _Merged, c: _Candidate, bare: frozenset[str], models: Models) -> None:
    """What joining by ``same_signers_again`` does to the mention: its sides become those
    of the signing told (``_sides_of_told``)."""
    c.parties = _sides_of_told(m, c, bare, models)


def _sides_of_told(m: _Merged, c: _Candidate, bare: frozenset[str],
                   models: Models) -> list[_Party]:
    """The sides a mention that joins the signing told (``same_signers_again``) brings to
    it: the record's own, and those of its sides that name a body where the record has
    only the bare region ("Севастополь" and "Департамент ... города Севастополя"); none of
    the bodies its signers' posts name besides ("отдел ... епархии" beside "... епархия")."""
    bare_regions = {r for q in m.parties if q.name in bare for r in q.regions}
    keep = [p for p in c.parties if p.key not in m.party_keys and p.name not in bare and
            set(p.regions) & bare_regions and
            not any(same_side(p, q, models) for q in m.parties)]
    return list(m.parties) + keep


def need_of_signed_new(m: _Merged, c: _Candidate, bare: frozenset[str],
                       models: Models) -> bool | None:
    """pair68: a new agreement told as a need in the past ("В 2021 году департамент был
    преобразован в министерство, поэтому потребовалось заключить новое соглашение") is the
    reason for the signing the news reports, not a plan of its own: it joins the signed
    record of a common side or region, taking that record's sides (the older body its
    sentence names is the old agreement's). From the parse: the noun with an adjective of
    newness (``NEW_WORDS``) is the object of an infinitive that is the subject of a
    past verb of need (``lexicon_plans.NEED_VERBS``)."""
    if m.status != "signed" or c.status != "planned" or not c.parties:
        return None
    sent = ensure_parsed(c.sentence, models)
    if not sent.parsed:
        return None
    toks = sent.tokens
    k = _k(c)
    inf = toks[k].head
    if not any(toks[a].rel == "amod" and toks[a].lemma in NEW_WORDS for a in sent.children(k)) \
            or toks[k].rel != "obj" or not 0 <= inf < len(toks) or \
            toks[inf].feats.get("VerbForm") != "Inf" or toks[inf].rel != "csubj":
        return None
    if past_head(toks, inf, NEED_VERBS) is None:
        return None
    regions = {r for p in c.parties for r in p.regions}
    if not m.party_keys & {p.key for p in c.parties} and not regions & m.regions:
        return None
    return True  # joining, it takes the record's sides and date (``_needed_as_signed``)


def _needed_as_signed(m: _Merged, c: _Candidate, bare: frozenset[str], models: Models) -> None:
    """What joining by ``need_of_signed_new`` does to the mention: it takes the record's
    sides (the new agreement's, not the old body's) and date ("В 2021 году департамент был
    преобразован": the change's year, not the signing's)."""
    c.parties = list(m.parties)
    c.date = m.date


def _dated_in_own_sentence(c: _Candidate) -> bool:
    """Does the mention's sentence name the month or the year of the mention's date ("в
    июне" for "--06")? A year of another agreement in the sentence ("заменит соглашение,
    заключённое в 2017 году") is not the mention's own date."""
    if not c.date:
        return False
    year = None if c.date.startswith("--") else c.date[:4]
    rest = c.date[2:] if c.date.startswith("--") else c.date[5:]
    month = MONTHS[int(rest[:2])][0] if rest[:2].isdigit() and 1 <= int(rest[:2]) <= 12 \
        else None
    return any(t.lemma == month or t.text == year for t in c.sentence.tokens)


def _opens_with_new_agreement(c: _Candidate) -> bool:
    """"Новое соглашение ...", "Новый трёхсторонний договор ...": the sentence's first
    words are adjectives of the agreement noun, one of them of newness. hid92: so are they
    after an opening "с" and a noun of signing whose genitive the agreement is ("С
    подписанием нового соглашения прежний договор утрачивает силу")."""
    toks, k = c.sentence.tokens, _k(c)
    before = toks[:k]
    if len(before) >= 3 and before[0].lemma == "с" and before[0].pos == "ADP" and \
            before[1].lemma in SIGN_VERBS and before[1].pos == "NOUN":
        before = before[2:]
    return 0 < len(before) <= 2 and all(t.pos == "ADJ" for t in before) and \
        any(t.lemma in NEW_WORDS for t in before)


def distinct_mention(m: _Merged, c: _Candidate, bare: frozenset[str],
                     models: Models) -> bool | None:
    """A mention its own words set apart ("заключили отдельное соглашение", "ещё одно
    соглашение") is another agreement than any told before, though not than the page's
    heading telling the same signing (``heading_tells``: the headline «Мы подпишем ещё одно
    соглашение в мае» over "в мае мы подпишем аналогичный документ с министерством X"),
    nor than the former agreement named before (``_former_again``)."""
    return False if c.distinct and not heading_tells(m, c, bare, models, SET_APART_WAYS) and \
        not _former_again(m, c) else None


def another_signing_at_once(m: _Merged, c: _Candidate, bare: frozenset[str],
                            models: Models) -> bool | None:
    """miss43: a signing told as done at the time of one the record already signs
    ("Одновременно", "в тот же день", "тогда же" before its verb:
    ``candidate_status.same_time_told``) about a subject of its own the record's mentions do
    not name is another agreement of that occasion: "Стороны скрепили подписями
    трёхстороннее соглашение на 2024–2027 годы. Тогда же они подписали соглашение о
    минимальной оплате труда" gives two records."""
    return False if at_once_apart(m, c) else None


def at_once_apart(m: _Merged, c: _Candidate) -> bool:
    """miss43: is ``c`` a signing told at the time of one ``m`` signs before it, about a
    subject of its own ("В тот же день обе стороны подписали соглашение о наставничестве";
    ``another_signing_at_once``)?"""
    return c.status == "signed" and m.first_signed is not None and \
        m.first_signed < c.trigger.start and bool(c.subject_key) and \
        not c.subject_key <= m.subject_key and signed_at_once(c.sentence, _k(c))


def addendum_beside_base(m: _Merged, c: _Candidate, bare: frozenset[str],
                         models: Models) -> bool | None:
    """date76: an addendum and the agreement it adds to are two agreements, whatever sides
    they share: "Фонд присоединился к соглашению, которое с 2020 года связывало министерство
    и университет. Подписи под дополнительным соглашением поставили ..." gives the older
    agreement (mentioned) and the addendum (signed); so does "подписали дополнительное
    соглашение к соглашению между министерством и профсоюзом". One side is a mention of an
    addendum (``_addendum``) and every mention of the other is the base told as such
    (``_base_told``). The base exists and is only referred to, so a signing or a plan told
    after it ("Соглашение продлили", "стороны решили подготовить соглашение нового
    формата") is not it either; but a base told after a signing or a plan may be that one
    ("Министерство и фонд подписали соглашение. К нему присоединился и университет")."""
    if all(_base_apart(x) for x in m.candidates) and not _drafts_of_further_documents(c) \
            and (_addendum(c) or c.status in {"signed", "planned"}):
        return False
    if _base_apart(c) and all(_addendum(x) for x in m.candidates):
        return False
    return None


def _base_apart(c: _Candidate) -> bool:
    """fix79: is the mention a base told apart from its addendum (``_base_told``)? A base a
    side joins is ("фонд присоединился к соглашению"); a base in the addendum's own phrase
    ("дополнительное соглашение к соглашению между министерством и фондом") only with a
    time of its own (``_base_of_its_own_time``): without one the phrase stays one agreement
    of those sides, as before date76."""
    return _base_told(c) and (joined_base(c) or _base_of_its_own_time(c)) or \
        _base_signed_called(c)


def _base_signed_called(c: _Candidate) -> bool:
    """agreements69: is the mention a document called base or in force and told signed
    (``candidate_dates.base_document_signed``: "Основной документ стороны подписали в 2019
    году"; ``candidate_dates.in_force_document_signed``, with a year told: "Действующий
    документ был подписан в мае 2019 года")? Beside an addendum signed now it is the
    agreement the addendum adds to, told apart from it by its own words, not the addendum
    told again. From the parse."""
    sent, k = c.sentence, _k(c)
    return sent.parsed and (base_document_signed(sent, k) or in_force_document_signed(sent, k))


def _base_of_its_own_time(c: _Candidate) -> bool:
    """fix79: is the base told with a time of its own inside its phrase, a year or a span of
    years ("к соглашению на 2021–2023 годы", "к договору от 3 апреля 2018 года")? From the
    parse: the tokens under the base's noun."""
    sent = c.sentence
    return any(sent.tokens[j].lemma == YEAR_UNIT or _YEAR.search(sent.tokens[j].text)
               for j in subtree(sent, _k(c)))


def _drafts_of_further_documents(c: _Candidate) -> bool:
    """fix79: is the mention a plan of further documents naming no side
    (``status.further_documents``: "обсудили присоединение к соглашению двух областей:
    проекты дополнительных соглашений подготовят к лету")? Those drafts are left to the
    bare-mention passes (``drafts_of_further_documents``), which keep the joined agreement's
    status, as before date76."""
    return not c.parties and c.status == "planned" and \
        further_documents(c.sentence, _k(c))


def _addendum(c: _Candidate) -> bool:
    """date76: is the mention's noun an addendum, with an adjective of ``ADDENDUM_ADJECTIVES``
    ("дополнительное соглашение") as its modifier in the parse, or right before it
    (basis60: whatever the parse, "проект дополнительного соглашения" whose adjective the
    parser hung on another noun)?"""
    toks = c.sentence.tokens
    k = _k(c)
    if k > 0 and toks[k - 1].lemma in ADDENDUM_ADJECTIVES:
        return True
    return c.sentence.parsed and \
        any(toks[j].lemma in ADDENDUM_ADJECTIVES for j in c.sentence.children(k))


def _base_told(c: _Candidate) -> bool:
    """date76: is the mention's noun told as the base of another document: under "к" after
    an addendum or an amendment (``candidate_status._amended_base``: "дополнительное
    соглашение к соглашению"), or under "к" after a word of joining (``JOIN_WORDS``:
    "центр присоединился к соглашению")? From the parse."""
    return c.sentence.parsed and (_amended_base(c.sentence, _k(c)) or joined_base(c))


def joined_base(c: _Candidate) -> bool:
    """date76: is the mention's noun what a side joins, under "к" after a word of joining
    (``JOIN_WORDS``): "центр присоединился к соглашению"? From the parse."""
    sent, k = c.sentence, _k(c)
    if not sent.parsed:
        return False
    toks = sent.tokens
    h = toks[k].head
    return 0 <= h < len(toks) and toks[h].lemma in JOIN_WORDS and \
        any(toks[j].rel == "case" and toks[j].lemma == "к" for j in sent.children(k))


def joining_to_come(c: _Candidate) -> bool:
    """fix79: is the joining that tells the base (``joined_base``) still to come, its verb
    in the future tense ("В понедельник фонд присоединится к соглашению министерства и
    университета")? Such a joining tells no accession done, so a document of accession
    told after it keeps its own place (``merge._accession_told_by_joining``), after the
    agreement joined, as before date76. From the morphology of the base's head."""
    toks = c.sentence.tokens
    h = toks[_k(c)].head
    return 0 <= h < len(toks) and future_form(toks[h])


# --- the heading and the body ---------------------------------------------------------
# pair58: ONE mechanism decides whether the page's heading and a sentence of the body tell
# the same signing(s): ``heading_tells``. Its gate (``heading_over_body``) finds the
# heading's mentions over a body mention, of its status and a compatible date; its ways
# (``HEADING_WAYS``) are how a heading names the body's sides. Each pass that lets a
# heading join the body asks it, naming the ways it accepts: ``distinct_mention``,
# ``headline_in_short_names``, ``other_subject``, ``headline_over_bodies``.


@dataclass(frozen=True)
class HeadingOverBody:
    """A heading over a body mention: the record's heading mentions (``heads``), whether
    the record holds nothing else (``alone``), the record, the body mention and the text's
    official region names (``bare``), the models (``models``)."""

    heads: list[_Candidate]
    alone: bool
    m: _Merged
    c: _Candidate
    bare: frozenset[str]
    models: Models


def heading_over_body(m: _Merged, c: _Candidate, bare: frozenset[str],
                      models: Models) -> HeadingOverBody | None:
    """pair58: the heading mentions of record m over the body mention c, both of one status
    and a compatible date: the page's headline (``agreements._is_headline``: "Хабаровский
    край и ЕАО перезаключат соглашение") when c is of the body, or (agr57) a heading line
    right over c's sentence, ending without a full stop, nothing but line breaks between
    ("Петербург и Луганск подписали новое соглашение о сотрудничестве" over "В Луганске в
    четверг ... подписали новое соглашение ..."). None without one."""
    if c.headline or m.status != c.status and not headline_announcing(m, c) or \
            not isodate.compatible(m.date, c.date):
        return None
    heads = [x for x in m.candidates if x.headline or
             x.status == c.status and _heading_line_over(x, c)]
    if not heads:
        return None
    return HeadingOverBody(heads, len(heads) == len(m.candidates), m, c, bare, models)


def headline_announcing(m: _Merged, c: _Candidate) -> bool:
    """plans68: a page's headline tells in the future the signing its body tells done
    ("Министерство и колледж подпишут соглашение о практике" over "Во вторник министерство
    и колледж подписали соглашение о прохождении практики студентами"): news headlines
    announce; the body's past settles it. Record m is the headline's alone (every mention
    ``headline``, its verb of signing in the future: ``_future_signing``), planned, and c a
    body mention of a signing; the heading ways
    (``HEADING_WAYS``) then read the pair as one signing as for a headline of one status.
    A plan told in the body ("Соглашение стороны подпишут осенью") is no headline and
    keeps its status apart; a signing of another kind of paper ("подписали меморандум о
    намерениях" under "подпишут соглашение") is not the one announced: c's noun is one of
    the headline's, or a neutral one ("документ", not of ``TRIGGERS``)."""
    return m.status == "planned" and c.status == "signed" and \
        all(x.headline and _future_signing(x.sentence) for x in m.candidates) and (
            c.trigger.lemma not in TRIGGERS or
            c.trigger.lemma in {x.trigger.lemma for x in m.candidates})


def _future_signing(sent: Sentence) -> bool:
    """plans68: does the sentence tell a signing in the future tense, a finite verb of
    signing (``SIGN_VERBS``) the morphology reads as future (``signing_ahead.future_finite``:
    "подпишут", "заключит"; not "планируют подписать", "подписали")?"""
    return any(t.lemma in SIGN_VERBS and t.pos == "VERB" and future_finite(t)
               for t in sent.tokens)


def _heading_line_over(x: _Candidate, c: _Candidate) -> bool:
    """agr57: is x's sentence a heading line right over c's: no closing stop, nothing but
    line breaks between (``lexicon.HEADING_GAP``)?"""
    return not x.sentence.text.rstrip().endswith((".", "!", "?", "…", ":", "»")) and \
        0 < c.sentence.start - x.sentence.stop <= HEADING_GAP


def heading_tells(m: _Merged, c: _Candidate, bare: frozenset[str], models: Models,
                  ways: tuple[str, ...]) -> bool:
    """pair58: do the page's heading (``heading_over_body``) and the body mention c tell the
    same signing, the heading naming c's sides in one of ``ways`` (``HEADING_WAYS``)?"""
    h = heading_over_body(m, c, bare, models)
    return h is not None and any(HEADING_WAYS[w](h) for w in ways)


def _sides_within(h: HeadingOverBody) -> bool:
    """agr34: a record of the heading alone names sides the body mention all names: the
    headline «Мы подпишем ещё одно соглашение в мае» and "в мае мы подпишем аналогичный
    документ с министерством X"; agr57: or a heading line right over c whose sides hold
    c's, or c's theirs ("Тверь и Курск подписали новое соглашение" over "В Курске министры
    подписали новое соглашение")."""
    mine = {p.key for p in h.c.parties}
    if h.alone and all(x.headline for x in h.m.candidates) and h.m.party_keys and \
            h.m.party_keys <= mine:
        return True
    return any(not x.headline and _heading_line_over(x, h.c) and mine and
               (mine <= (theirs := {p.key for p in x.parties}) or theirs <= mine)
               for x in h.heads)


def _regions_of_bodies(h: HeadingOverBody) -> bool:
    """agr50: a record of the heading alone names bare the regions of the body's bodies
    ("Хабаровский край и ЕАО перезаключат соглашение" over "Стороны намерены подписать
    новое соглашение" between the two regions' bodies), two or more."""
    bodies = {r for p in h.c.parties for r in p.regions}
    return h.alone and len(h.m.regions) >= 2 and h.m.regions == bodies and \
        all(bare_place(p, h.bare) for p in h.m.parties)


def _same_regions(h: HeadingOverBody) -> bool:
    """A heading words the subject its own way over the same two regions or more: "Петербург
    подписал соглашения о трудовой мобильности с Мурманской ... областями" and the body's
    "соглашения о сотрудничестве в сфере содействия занятости" between the same regions."""
    rb = {r for p in h.c.parties for r in p.regions}
    return len(rb) >= 2 and rb == h.m.regions


def _side_named_alike(h: HeadingOverBody) -> bool:
    """A heading and the body share a side named alike (``party_identity.NAMED_ALIKE``;
    pair62: or by its acronym, "КГУ им. Циолковского" and "Калужский государственный
    университет им. К. Э. Циолковского"), however they word the subject:
    "Соглашение о занятости приграничья подписано с Минтрудом России" and "Соглашение о
    взаимодействии ... подписано 14 марта между Министерством труда и социальной защиты
    Российской Федерации и Правительством области"; agr91: or by one «quoted» name, the
    body over its branch ("Фонд «Опора» и центр занятости подписали меморандум о найме
    ветеранов" over "Курский филиал фонда «Опора» и ... подписали меморандум о
    сотрудничестве в сфере занятости", ``agreement_types.same_quoted_name``)."""
    return bool(h.m.party_keys & {p.key for p in h.c.parties}) or any(
        alike_by(p, q, NAMED_ALIKE) for p in h.c.parties for q in h.m.parties)


def _short_names(h: HeadingOverBody) -> bool:
    """pair54: a record of the headline alone names the body's sides the short way news do:
    "Минсоц и Социальный фонд продлили соглашение об обмене данными" over "Министерство
    социальных отношений ... и Отделение Фонда пенсионного и социального страхования ...
    продлили срок действия соглашения об информационном взаимодействии" (two sides or more
    in the body). One of the heading's sides is a body side named shorter
    (``party_identity.same_side``, ``_headline_short_name``, ``_same_regional_body``), each other
    one word naming a body of the kind of one of the body's sides ("Минсоц": a ministry,
    ``_kind``)."""
    m, c, models = h.m, h.c, h.models
    if not (h.alone and all(x.headline for x in m.candidates)) or not m.parties or \
            len(c.parties) < 2:
        return False
    keys = {p.key for p in c.parties}
    kinds = {_kind(p, models) for p in c.parties} - {None}

    def short(q: _Party) -> bool:
        return q.key in keys or any(same_side(q, p, models) or
                                    _headline_short_name(q, p, models) or
                                    _same_regional_body(q, p, c.parties, models)
                                    for p in c.parties)

    def same_kind(q: _Party) -> bool:
        word = q.name.strip()
        return " " not in word and (_kind(q, models) in kinds or legal_form(word))

    return any(short(q) for q in m.parties) and \
        all(short(q) or same_kind(q) for q in m.parties)


def _place_within_body(h: HeadingOverBody) -> bool:
    """statpool94: a record of the headline alone names its sides by places (the last word
    a place noun, ``PLACE_HEADS``, or the name a region's, ``bare_place``), each of two
    words or more all standing in the name of one of the body mention's sides, the body of
    that place: "Подписание соглашения с Гомельской областью отложено" over "Подписание
    соглашения между министерством и Комитетом по труду Гомельской области отложено до
    мая". The body mention names two sides or more."""
    m, c = h.m, h.c
    if not (h.alone and all(x.headline for x in m.candidates)) or not m.parties or \
            len(c.parties) < 2:
        return False
    return all(_place_in_name(q, c.parties, h.bare) for q in m.parties)


def _place_in_name(q: _Party, sides: list[_Party], bare: frozenset[str] | None = None) -> bool:
    """statpool94: is side q a place (its last word a place noun, ``PLACE_HEADS``, or, with
    the text's region names ``bare`` given, a region's name, ``bare_place``) of two words
    or more, all standing in the name of one of ``sides`` ("Гомельская область" in
    "Комитет по труду Гомельской области")?"""
    words = q.name.lower().split()
    if not words or not (words[-1] in PLACE_HEADS or bare is not None and bare_place(q, bare)):
        return False
    mine = _name_stems(q)
    return len(mine) >= 2 and any(mine < _name_stems(p) for p in sides)


HEADING_WAYS: dict[str, Callable[[HeadingOverBody], bool]] = {
    "sides within": _sides_within,  # agr34, agr57
    "regions of bodies": _regions_of_bodies,  # agr50
    "same regions": _same_regions,
    "side named alike": _side_named_alike,
    "short names": _short_names,  # pair54
    "place within body": _place_within_body,  # statpool94
}
# a mention set apart by its own words is still the heading's signing
SET_APART_WAYS = ("sides within", "regions of bodies")


def _former_again(m: _Merged, c: _Candidate) -> bool:
    """status44: the former agreement named twice is one agreement: "сохранили все гарантии
    предыдущего соглашения" and then "в рамках прежнего соглашения удалось создать ..."
    (both told as references, ``agreements._former``), though each is set apart from the
    new agreement the report is about. agr48: so are the older agreement told first by its
    date and then called old: "Новое соглашение пришло на смену документу, подписанному в
    2019 году. ... «Старое соглашение писалось под другую структуру»" (an undated former
    mention and an agreement only ever mentioned, with a date of its own)."""
    if c.status != "mentioned" or not _former(c.sentence, _k(c)):
        return False
    return any(x.status == "mentioned" and _former(x.sentence, _k(x)) for x in m.candidates) \
        or (c.date is None and m.status == "mentioned" and m.date is not None)


def body_of_bare_side(m: _Merged, c: _Candidate, bare: frozenset[str],
                      models: Models) -> bool | None:
    """agr34: "подписали соглашение с Мордовией" and then "Соглашение с Министерством ...
    Республики Мордовия закрепляет ...": an undated mention naming one body only, the body
    of a region the agreement names bare, is that agreement."""
    if c.status != "mentioned" or c.date is not None or len(c.parties) != 1 or \
            len(c.parties[0].regions) != 1 or c.parties[0].name in bare:
        return None
    region = c.parties[0].regions[0]
    return True if any(p.name in bare and p.regions == [region] for p in m.parties) else None


def set_apart_by_apposition(m: _Merged, c: _Candidate, bare: frozenset[str],
                            models: Models) -> bool | None:
    """agrbg: "подписание ещё одного документа — соглашения между X и Y": the agreement noun
    after a dash names a document set apart, another agreement (``_set_apart_by_apposition``)."""
    return False if _set_apart_by_apposition(c) else None


def declared_side_count(m: _Merged, c: _Candidate, bare: frozenset[str],
                        models: Models) -> bool | None:
    """agrB: "было заключено трёхстороннее соглашение" with sides neither list holds is
    another agreement than the bilateral told before (``declared_other_sides``). sig62: not
    the signing a headline over it names the short way ("ЧГУ, Минтруд и Соцфонд подписали
    соглашение" over "Подписи ... управляющего Отделением Фонда пенсионного и социального
    страхования ... появились под трёхсторонним соглашением"; ``heading_tells``, the short
    names way), which the later pass ``headline_in_short_names`` joins."""
    # agr91: a region stands for its body only in a mention declaring as many sides as the
    # agreement has or more ("двустороннее соглашение" of three regions is another one)
    declared = _declared_count(c)
    held_by = bare if declared is not None and declared >= len(m.parties) else frozenset()
    if declared_other_sides(m, c) and not heading_tells(m, c, bare, models, ("short names",)) \
            and not sides_held_otherwise(m, c, models, held_by):
        return False
    return False if partner_added_by_count(m, c) else None


def partner_added_by_count(m: _Merged, c: _Candidate) -> bool:
    """agr87: a mention declaring its sides, two or more of them the agreement's told
    before and a partner more, with another status, is a further agreement: "Министерство
    и департамент подписали соглашение. Потом готовится трёхсторонний договор с фабрикой"
    is a plan of its own beside the signing."""
    toks = c.sentence.tokens
    k = _token_index(c.sentence, c.trigger.start)
    declared = next((SIDE_COUNT_WORDS[t.lemma] for t in toks[max(0, k - 3):k]
                     if t.lemma in SIDE_COUNT_WORDS), None)
    kb = {p.key for p in c.parties}
    held = kb & m.party_keys
    return declared is not None and c.status != m.status and len(kb) == declared and \
        len(held) >= 2 and bool(kb - held)


def sides_held_otherwise(m: _Merged, c: _Candidate, models: Models,
                         bare: frozenset[str] = frozenset()) -> bool:
    """pair69: the mention declaring its number of sides holds every side told before, some
    named otherwise (``party_identity.same_side``, or every word of it standing in the other:
    "Пенсионный фонд" and "Отделение Пенсионного фонда ..."), so it is that signing told
    in full: "Минтруд Коми, Пенсионный фонд, Гострудинспекция и профсоюзы подписали
    соглашение" and then "подписано четырёхстороннее соглашение" between the Ministry,
    "Отделением Пенсионного фонда ...", "Государственной инспекцией труда ..." and a
    trade-union federation (cost: sides times sides). agr91: a body told before is held by
    its region's bare name among the mention's sides, the region its head signs for
    ("Правительство Курской области, Соцфонд и фонд подписали соглашение" over
    "трёхстороннее соглашение подписано губернатором Курской области ...", which names the
    region by its governor's post; ``_region_of_body``)."""
    return len(m.parties) >= 2 and all(
        p.key in {q.key for q in c.parties} or
        any(same_side(p, q, models) or _name_stems(p) <= _name_stems(q) or
            _region_of_body(q, p, bare) for q in c.parties)
        for p in m.parties)


def _region_of_body(q: _Party, p: _Party, bare: frozenset[str]) -> bool:
    """agr91: is side q the bare name of body p's one region ("Курская область" for
    "Правительство Курской области")?"""
    return q.name in bare and len(q.regions) == 1 and p.regions == q.regions and \
        p.name not in bare


def roadmap_beside_agreement(m: _Merged, c: _Candidate, bare: frozenset[str],
                             models: Models) -> bool | None:
    """agr67: a roadmap and an agreement told beside it are two documents, each with its own
    date, status and signers, whatever sides they share: "Москва и Севастополь подписали
    дорожную карту на 2024–2026 годы. ... заседание, посвященное пятилетию соглашения о
    сотрудничестве ... Соглашение было подписано в октябре 2019 года" is the roadmap signed
    now and the agreement of 2019 recalled. A mention by a roadmap's noun
    (``ROADMAP_DOCUMENTS``) never joins an agreement told by an agreement noun
    (``TRIGGERS``), nor the other way round; one by a neutral noun ("документ") joins either
    (``_document_kind``). plan50: but a roadmap still to come joins no agreement told only
    by neutral nouns, none of them planned: "Документ заменил прежний, заключённый в 2019
    году. Дорожную карту по его реализации стороны утвердят осенью" are two documents."""
    own = _document_kind(c)
    if own is None:
        return None
    kinds = {_document_kind(x) for x in m.candidates} - {None}
    if own == "roadmap" and c.status == "planned" and not kinds and \
            all(x.status != "planned" for x in m.candidates):
        return False  # plan50: a roadmap still to come is no "документ" signed or recalled
    return False if kinds and own not in kinds else None


def _document_kind(c: _Candidate) -> str | None:
    """agr67: "roadmap" for a mention by a roadmap's noun or by an agreement noun a roadmap
    signed or to be signed carries out ("подписали дорожную карту по реализации
    соглашения", ``roadmap_carrying_out``; a roadmap only approved, "утвердили дорожную
    карту реализации соглашения", refers to the agreement), "agreement" for one by an
    agreement noun, None for a neutral one ("документ", an ordinal standing for its noun).
    plan50: so is an agreement noun a plan of joint steps still to be adopted or signed
    carries out, the plan hanging on the verb ("План мероприятий по исполнению соглашения
    министерство и фонд утвердят к лету": ``candidate_status.carried_out_by_plan_to_come``)."""
    if c.trigger.lemma in ROADMAP_DOCUMENTS or c.status != "mentioned" and (
            roadmap_carrying_out(c.sentence, _k(c)) is not None or
            carried_out_by_plan_to_come(c.sentence, _k(c))):
        return "roadmap"
    return "agreement" if c.trigger.lemma in TRIGGERS else None


def same_document(m: _Merged, c: _Candidate, bare: frozenset[str], models: Models) -> bool | None:
    """The title of the agreement the text is and its preamble ("A и B заключили настоящее
    Соглашение") are one document whatever status or date each reads (``_same_document``)."""
    return True if _same_document(m, c) else None


def new_list_partner(m: _Merged, c: _Candidate, bare: frozenset[str],
                     models: Models) -> bool | None:
    """"сохраняет соглашения с Москвой и Республикой Беларусь": a list member is with its own
    partner, never an agreement told before without it (``_new_list_partner``)."""
    return False if _new_list_partner(m, c, bare) else None


def extension_told_again(m: _Merged, c: _Candidate, bare: frozenset[str],
                         models: Models) -> bool | None:
    """agr34: "министры продлили соглашение ..." and then "решение продлить соглашение было
    принято без долгих обсуждений": an extension to come, told after the extension signed,
    naming no side the signed one lacks (or none) and no other date, is that extension
    (``_extends``)."""
    if c.status != "planned" or c.date is not None or \
            m.first_signed is None or not _extends(c) or \
            not {p.key for p in c.parties} <= m.party_keys:
        return None
    return True if any(x.status == "signed" and _extends(x) for x in m.candidates) else None


def extension_document(m: _Merged, c: _Candidate, bare: frozenset[str],
                       models: Models) -> bool | None:
    """status44: "Министерство и Отделение продлили соглашение об информационном
    взаимодействии. Дополнительное соглашение о продлении подписали министр ... и
    управляющий отделением ...": a signed document about the extending itself
    (``EXTEND_NOUNS`` in its subject), after an extension signed, is that extension, not an
    agreement of another subject; it names no side the extension lacks."""
    if c.status != "signed" or not c.subject_key & EXTEND_NOUNS or not any(
            x.status == "signed" and _extends(x) for x in m.candidates):
        return None
    if c.parties and not ({p.key for p in c.parties} <= m.party_keys or _named_alike(m, c, models)):
        return None
    return True


def _extends(c: _Candidate) -> bool:
    """Does the mention's sentence speak of extending an agreement ("продлили", "продлить")?"""
    return any(t.lemma in EXTEND_VERBS for t in c.sentence.tokens)


def signing_after_signed(m: _Merged, c: _Candidate, bare: frozenset[str],
                         models: Models) -> bool | None:
    """A signing still to come told after a signing done is a follow-up: "подписали
    меморандум ... планируем подписать соглашение" are two documents."""
    if c.planned_signing and m.first_signed is not None and m.first_signed < c.trigger.start:
        return False
    return None


def next_step(m: _Merged, c: _Candidate, bare: frozenset[str], models: Models) -> bool | None:
    """"Министерства подписали протокол о намерениях ... Стороны намерены подготовить
    полноценное соглашение": the plan after a preliminary document is the next document
    (``_next_step``)."""
    return False if _next_step(m, c) else None


def other_ordinal(m: _Merged, c: _Candidate, bare: frozenset[str], models: Models) -> bool | None:
    """status44: items of a list counted by other ordinals are other agreements, whatever
    sides they share: "Третье соглашение — трехстороннее: министерство, университет и
    ресурсный центр ... Четвертое соглашение заключили между собой отделение фонда и
    университет" are two (``_ordinal_of``)."""
    own = _ordinal_of(c)
    if own is not None and any(x is not c and _ordinal_of(x) not in (None, own)
                               for x in m.candidates):
        return False
    return None


def _series_item(c: _Candidate) -> bool:
    """series61: is the mention an item of a series of signings told one after another, its
    sentence opening with an order word or a closing verb (``series_sides.opens_series_item``)
    or its noun taken up by rank (``series_sides.ranked_item``): "Затем соглашение заключено
    с центром «Исток»", "Следующим стал договор с фондом"? split62: or its sentence opening
    with the noun's ordinal (``series_sides.ordinal_opening``): "Третий документ министерство
    заключило с санаторием"."""
    return opens_series_item(c.sentence) or ranked_item(c.sentence, _k(c)) or \
        ordinal_opening(c.sentence, _k(c)) or apposed_rank(c.sentence, _k(c)) is not None


def other_series_item(m: _Merged, c: _Candidate, bare: frozenset[str],
                      models: Models) -> bool | None:
    """series61: two items of one series told in their own sentences, each naming a side the
    other lacks, are two agreements, the side they share being the series' own: "Первым
    подписали соглашение министерство и фонд «Заря». Затем министерство заключило
    соглашение с центром «Исток»" (the ministry shares both, the fund and the centre tell
    them apart). Only one partner each: an item of two bodies of its own ("Также
    администрация района и федерация спорта подписали соглашение") or of sides read off a
    line of signers is left to the other passes, as is an item told again in its own
    sentence, or a mention outside any series.

    split62: an item signed by a verb of its own sentence, naming one partner the agreement
    lacks and no other side of its own, is another agreement of the same body even when
    the agreement before it is no item (``_own_partner_item``): "Трёхстороннее соглашение
    подписали департамент, мэрия и фонд … Вскоре после этого департамент заключил договор с
    фабрикой" (the first one three-sided), "Второй договор отделение заключило с центром
    занятости" (its own side unread)."""
    if not _series_item(c) or any(x.sentence is c.sentence for x in m.candidates):
        return None
    theirs = [p for p in m.parties if not any(identity(p, q, models) == "one"
                                              for q in c.parties)]
    mine = [q for q in c.parties if not any(identity(p, q, models) == "one"
                                            for p in m.parties)]
    own = _own_partner_item(c, theirs, mine) and _body_signs(c, models)
    if not any(_series_item(x) for x in m.candidates):
        return False if own else None
    if len(theirs) == 1 and len(mine) == 1:
        return False
    return False if own else None


def _body_signs(c: _Candidate, models: Models) -> bool:
    """split62: does a body sign in c's sentence, the subject of its verb of signing a
    body's head noun ("министерство подписало", "отделение фонда заключило")? The one body
    signing with its partners in turn is told so; "ректор подписал второй документ — с …"
    (a person signing) is left to the other passes."""
    sent = ensure_parsed(c.sentence, models)
    toks = sent.tokens
    heads = ORG_HEADS | BODY_HEADS | KIND_HEADS
    return any(t.lemma in SIGN_VERBS and t.pos == "VERB" and
               any(toks[d].rel == "nsubj" and toks[d].lemma in heads
                   for d in sent.children(n))
               for n, t in enumerate(toks))


def _own_partner_item(c: _Candidate, theirs: list[_Party], mine: list[_Party]) -> bool:
    """split62: is the series item c a signing of its own with one new partner: one side
    the agreement lacks (``mine``), its other sides (at most one) the agreement's, the
    agreement keeping a side c lacks (``theirs``), and a past or future verb of signing in
    c's own sentence ("подписало", "заключил")? "Также соглашение предусматривает работу с
    центром" tells no signing: the item's verb keeps it to another document."""
    if len(mine) != 1 or not theirs or len(c.parties) > 2 or c.status == "mentioned":
        return False
    return any(t.lemma in SIGN_VERBS and t.pos == "VERB" for t in c.sentence.tokens)


def _ordinal_of(c: _Candidate) -> str | None:
    """The ordinal counting the mention's agreement noun ("Четвертое соглашение"), as a
    modifier of the noun or the word right before it, or the ordinal that stands for the
    noun ("Второе — с колледжем"); None without one."""
    toks = c.sentence.tokens
    k = _k(c)
    if not 0 <= k < len(toks):
        return None
    if toks[k].lemma in ORDINALS:  # agr76: "Второе — с обществом слепых", standing for it
        return toks[k].lemma
    near = [x for x in c.sentence.children(k) if toks[x].rel == "amod"] + \
        ([k - 1] if k > 0 else [])
    # split62: "Третий документ — меморандум между ...": the rank of the apposed noun
    return next((toks[x].lemma for x in near if toks[x].lemma in ORDINALS), None) or \
        apposed_rank(c.sentence, k)


def later_ordinal_other_sides(m: _Merged, c: _Candidate, bare: frozenset[str],
                              models: Models) -> bool | None:
    """agr26: "Второе соглашение заключено с Рязанским медицинским университетом" is another
    agreement than one told before with other sides (``_later_ordinal_other_sides``)."""
    return False if _later_ordinal_other_sides(m, c, bare, models) else None


def headline_in_short_names(m: _Merged, c: _Candidate, bare: frozenset[str],
                            models: Models) -> bool | None:
    """pair54: a headline names the body's sides the short way news do, and words the
    subject its own way: "Минсоц и Социальный фонд продлили соглашение об обмене данными"
    over "Министерство социальных отношений ... и Отделение Фонда пенсионного и социального
    страхования ... продлили срок действия соглашения об информационном взаимодействии" is
    one signing (``heading_tells``, the short names way)."""
    return True if heading_tells(m, c, bare, models, ("short names",)) else None


def _same_regional_body(q: _Party, p: _Party, sides: list[_Party], models: Models) -> bool:
    """pair54: a headline's body of a region is the body of that region and kind the
    mention names, its only one: "Министерство социального развития Прикамья" (from
    "Минсоцразвития Прикамья") is the "Министерство труда и социального развития Пермского
    края"."""
    kind = _kind(q, models)
    return bool(q.regions) and q.regions == p.regions and kind is not None and \
        _kind(p, models) == kind and \
        sum(1 for x in sides if _kind(x, models) == kind and x.regions == q.regions) == 1


def other_subject(m: _Merged, c: _Candidate, bare: frozenset[str], models: Models) -> bool | None:
    """Two subjects neither of which holds the other ("соглашение о занятости" and
    "соглашение о туризме") are two agreements, unless the heading words the body's signing
    its own way over the same regions or a side named alike (``heading_tells``)."""
    a, b = m.subject_key, c.subject_key
    if a and b and not (a <= b or b <= a) and \
            not heading_tells(m, c, bare, models, ("same regions", "side named alike")):
        return False
    return None


def other_date(m: _Merged, c: _Candidate, bare: frozenset[str], models: Models) -> bool | None:
    """Dates that cannot be one day ("подписано 14 марта" and "заключено 2 апреля") are
    two agreements; not the day a planned agreement's text was worked on
    (``work_on_text``)."""
    if "planned" in {m.status, c.status} and (
            work_on_text(c) or all(work_on_text(x) for x in m.candidates)):
        return None
    return False if not isodate.compatible(m.date, c.date) else None


def _period(c: _Candidate) -> str | None:
    """hid95: the covered period of a mention (``agreement_types.covered_period``)."""
    return covered_period(c)


def other_period(m: _Merged, c: _Candidate, bare: frozenset[str],
                 models: Models) -> bool | None:
    """hid95 other_period: two mentions that each state the years they cover, and not the
    same ones, are two agreements of the same sides: "соглашение между правительством,
    профсоюзами и работодателями на 2023–2025 годы" and "проект соглашения между ними же на
    2026–2028 годы" (a new term's agreement, not the one in force)."""
    own = _period(c)
    if own is None:
        return None
    periods = {p for x in m.candidates if (p := _period(x)) is not None}
    return False if periods and own not in periods else None


def term_ended_before(m: _Merged, c: _Candidate, bare: frozenset[str],
                      models: Models) -> bool | None:
    """miss43: a mention told as mentioned whose own covered years ended before the year
    the other signs or plans in is an older agreement of the same sides: "подписали
    соглашение о минимальной зарплате на 2023 год. Также стороны подвели итоги соглашения
    на 2019–2021 годы" are two (``ended_before``). fin53: an undated signing is compared by
    the year of its term (tidy54: ``_Candidate.term_year``, kept where the candidate stage
    dropped that year as no signing's date: "подписали соглашение на 2023 год" on a page of
    2022 → 2023)."""
    started = next((x.term_year for x in m.candidates if x.term_year is not None), None)
    if ended_before(c.status, covered_period(c), m.status, m.date or started):
        return False
    own = [p for x in m.candidates if (p := covered_period(x)) is not None]
    if own and all(ended_before(m.status, p, c.status, c.date or c.term_year)
                   for p in own):
        return False
    return None


def ended_before(status: str, period: str | None, other_status: str,
                 other_date: str | None) -> bool:
    """miss43: is a mentioned agreement's covered period ("2019-2021") over before the year
    of a signed or planned one's date?"""
    if status != "mentioned" or period is None or other_status == "mentioned" or \
            not other_date:
        return False
    year = isodate.parts(other_date)[0]
    return year is not None and int(year) > int(period[-4:])


def work_on_text(c: _Candidate) -> bool:
    """agr48: a mention of the agreement's text or draft that is not signed: "Подписание
    соглашения намечено на 14 марта. Окончательный текст соглашения стороны согласовали
    вчера": the day is that of the work on the wording of the agreement to be signed, no
    date of another agreement. Read from the parse: the agreement noun is the genitive of a
    noun of its wording (``TEXT_OF_DOCUMENT_NOUNS``) and has no clause of its own ("текст
    соглашения, подписанного в 2019 году" is that older agreement)."""
    sent = c.sentence
    toks = sent.tokens
    k = _k(c)
    if c.status == "signed" or not sent.parsed or not 0 <= k < len(toks):
        return False
    head = toks[k].head
    return toks[k].rel == "nmod" and 0 <= head < len(toks) and \
        toks[head].lemma in TEXT_OF_DOCUMENT_NOUNS and \
        not any(toks[x].rel.startswith("acl") for x in sent.children(k))


def signing_beside_dated_reminder(m: _Merged, c: _Candidate,
                                  bare: frozenset[str], models: Models) -> bool | None:
    """"... подписали соглашение" and "соглашение было заключено в 2017 году": a signing
    told without a date beside an agreement dated as a reminder (or the reverse: a dated
    signing beside an undated reminder) is two agreements. agr48: a mention calling the
    agreement new is no reminder: a digest's lead "На этой неделе — новое соглашение с ДВФУ"
    and its item's "В понедельник, 3 июня, ... подписали соглашение" are one."""
    if {m.status, c.status} == {"signed", "mentioned"} and (m.date or c.date) and \
            (m.status == "mentioned") == bool(m.date):
        reminder = m.candidates if m.status == "mentioned" else [c]
        if any(_new_between_same(x.sentence, _k(x)) or current_period_told(x.sentence)
               for x in reminder):
            return None
        return False
    return None


def current_period_told(sent: Sentence) -> bool:
    """talk91: is the mention dated by the current week or month ("В этом месяце фонд стал
    участником соглашения с ...")? That is the news' own time, not a reminder of an older
    agreement (``signing_beside_dated_reminder``): a time noun of the current period
    (CURRENT_PERIODS) with an adjective of the current one (CURRENT_PERIOD_DETERMINERS) under
    it.
    Only from the parse."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    return any(t.lemma in CURRENT_PERIODS and t.rel.startswith("obl") and
               any(toks[a].lemma in CURRENT_PERIOD_DETERMINERS for a in sent.children(g))
               for g, t in enumerate(toks))


def year_of_older_agreement(m: _Merged, c: _Candidate, bare: frozenset[str],
                            models: Models) -> bool | None:
    """A mentioned agreement dated by a year only, another year than the news' one, is the
    older agreement: today's signing "в четверг, 21 марта" and the one "в 2017 году"; the new
    one to be signed "в июне" and the one in force since 2018. status46: beside a plan, so
    is one dated by a month of a year its own sentence states: "в рамках будущего
    соглашения" is not the agreement "подписанного в октябре 2023 года" that the new one
    will develop (a day is not enough, "якобы вчера подписало соглашение" refuted beside its
    plan is one agreement; nor is a month told relatively, "так и не было подписано на
    прошлой неделе")."""
    if {m.status, c.status} in ({"signed", "mentioned"}, {"planned", "mentioned"}):
        old, new = (m.date, c.date) if m.status == "mentioned" else (c.date, m.date)
        oy, om, od = isodate.parts(old) if old else (None, None, None)
        if oy and (om is None or (od is None and "planned" in {m.status, c.status} and
                                  _year_told(m if m.status == "mentioned" else c, oy))) \
                and (not new or isodate.parts(new)[0] != oy):
            return False
    return None


def _year_told(x: _Merged | _Candidate, year: str) -> bool:
    """Does the sentence of a mention (any of an agreement's) write the year out?"""
    mentions = x.candidates if isinstance(x, _Merged) else [x]
    return any(t.text == year for c in mentions for t in c.sentence.tokens)


def told_again_by_reporter(m: _Merged, c: _Candidate, bare: frozenset[str],
                           models: Models) -> bool | None:
    """pair83: an official's word on the agreement just signed or planned, naming only its
    partner, is that agreement told again, though the official's body, lent to the mention
    as its other side (``_Candidate.reporter``), be another body of the same region than the
    record's: "Министерство труда области и агентство занятости края подписали соглашение"
    and then "Вице-губернатор области отметила, что соглашение с краем поможет сезонным
    работникам" (the government of the region lent, the ministry signed). Only an undated
    mention told as a reference (``mentioned``, no signers), each other side held by the
    record (by key, as the same side, or a region named bare whose body the record names),
    the lent body of a region of the record's other sides. Joining, the mention drops the
    lent side (``_reporter_dropped``)."""
    lent = c.reporter
    if lent is None or c.status != "mentioned" or c.date is not None or c.signatories or \
            m.status not in {"signed", "planned"}:
        return None
    named = [p for p in c.parties if p.key != lent.key]
    if len(named) == len(c.parties) or not named or not lent.regions:
        return None
    bodies = [q for q in m.parties if q.name not in bare]

    def held(p: _Party) -> bool:
        return p.key in m.party_keys or any(same_side(p, q, models) for q in m.parties) or \
            p.name in bare and bool(p.regions) and \
            any(set(p.regions) <= set(q.regions) for q in bodies)

    if not all(held(p) for p in named):
        return None
    partner_regions = {r for p in named for r in p.regions}
    own = {r for q in bodies for r in q.regions} - partner_regions
    return True if set(lent.regions) <= own else None


def _reporter_dropped(m: _Merged, c: _Candidate, bare: frozenset[str], models: Models) -> None:
    """What joining by ``told_again_by_reporter`` does to the mention: the side the
    reporting official lent it is no side of the record ("правительство области", lent by
    its vice-governor to "соглашение с краем", is not added to the ministry's record)."""
    lent = c.reporter
    c.parties = [p for p in c.parties if lent is None or p.key != lent.key]


def signing_beside_other_sides(m: _Merged, c: _Candidate, bare: frozenset[str],
                               models: Models) -> bool | None:
    """"Череповец и Вологда подписали ..." and "ранее Череповец заключил подобные соглашения
    с Архангельском": a signing and a mention with side lists neither of which holds the
    other are two agreements, unless one names the sides by the regions of the other's
    bodies (``_regions_of_same_sides``, ``_bodies_of_named_regions``)."""
    if {m.status, c.status} == {"signed", "mentioned"} and len(c.parties) >= 2 and \
            len(m.parties) >= 2 and not _regions_of_same_sides(m, c, bare):
        ka, kb = m.party_keys, {p.key for p in c.parties}
        if not (ka <= kb or kb <= ka) and not _bodies_of_named_regions(m.parties, c.parties,
                                                                       bare, models) and \
                not _sides_named_otherwise(m, c, models):
            return False
    return None


def _sides_named_otherwise(m: _Merged, c: _Candidate, models: Models) -> bool:
    """pair54: the mention names each of its sides as a side of the agreement named another
    way, shorter or in full (``party_identity.same_side``): "Отделение Социального фонда по
    Башкортостану и Башкирская республиканская организация Всероссийского общества инвалидов
    заключили соглашение" and then "соглашение между Отделением Фонда пенсионного и
    социального страхования Российской Федерации по Республике Башкортостан и Башкирской
    республиканской организацией Общероссийской общественной организации «Всероссийское
    общество инвалидов» направлено ..." are one agreement. Two sides or more on each list,
    each side of the mention matched to its own side of the agreement. retold66: here, every
    side matched, a body named by its head and region alone is that region's body of that
    head named in full (``party_identity.head_of_region``): "Министерства Дагестана и
    Ингушетии подписали соглашение ... Соглашение между Министерством семейной политики
    Республики Дагестан и ... предусматривает" is the signing retold."""
    if len(c.parties) < 2 or len(m.parties) < 2:
        return False
    used: set[str] = set()
    for p in c.parties:
        q = next((q for q in m.parties if q.key not in used and
                  (q.key == p.key or same_side(p, q, models) or
                   head_of_region(p, q, models) or head_of_region(q, p, models))), None)
        if q is None:
            return False
        used.add(q.key)
    return True


def in_force_beside_plan(m: _Merged, c: _Candidate, bare: frozenset[str],
                         models: Models) -> bool | None:
    """"соглашение между управлением X и департаментом Y действует с 2022 года" is not the
    one "Омская и Тюменская области подпишут": an agreement in force beside a plan is
    another (``_in_force_now``)."""
    if {m.status, c.status} == {"planned", "mentioned"} and (
            c.status == "mentioned" and _in_force_now(c) or
            m.status == "mentioned" and any(_in_force_now(x) for x in m.candidates)):
        return False
    return None


def in_force_beside_new_plan(m: _Merged, c: _Candidate, bare: frozenset[str],
                             models: Models) -> bool | None:
    """status72: a plan called new is not the agreement told in force, though that one
    names one side or none: "Действующий договор с компанией истекает в марте" is not the
    one of "Фонд и компания готовят новый договор" (``in_force_beside_plan`` asks both sides
    of the agreement in force, as a plan not called new may be its extension). A plan with
    a word of newness on its noun (``_new_between_same``) beside a mention in force now."""
    if {m.status, c.status} != {"planned", "mentioned"}:
        return None
    plan, held = ([c], m.candidates) if c.status == "planned" else (m.candidates, [c])
    if any(x.status == "planned" and _new_between_same(x.sentence, _k(x)) for x in plan) and \
            any(x.status == "mentioned" and (_in_force_now(x, sides=0) or _lapsed(x))
                for x in held):
        return False
    return None


def _lapsed(c: _Candidate) -> bool:
    """status55: is the mention an agreement whose term ran out (``status.lapsed_agreement``:
    "Договор 2021 года между центром и фондом истёк в декабре")? A new one planned beside it
    is another agreement, as one beside an agreement in force is
    (``in_force_beside_new_plan``). Only from the parse."""
    sent = c.sentence
    k = _k(c)
    return sent.parsed and 0 <= k < len(sent.tokens) and \
        lapsed_agreement(sent, _predicate_path(sent, k)) is not None


def other_partners_other_status(m: _Merged, c: _Candidate,
                                bare: frozenset[str], models: Models) -> bool | None:
    """"в октябре мы подписали соглашение с министерством Ставропольского края ... Сейчас мы
    готовим соглашение с министерством Таджикистана": another status and a partner each
    lacks, two agreements (``_other_partners``)."""
    return False if m.status != c.status and _other_partners(m, c, models) else None


def other_body_of_one_region(m: _Merged, c: _Candidate,
                             bare: frozenset[str], models: Models) -> bool | None:
    """rec92: a mention of another status whose partner is another body of a region the
    agreement's sides are of, each body named in full by its own words
    (``party_identity.two_bodies``), is another agreement: "Комитет по делам семьи города и
    колледж подписали соглашение ... Колледж также готовит договор с городским Комитетом по
    спорту" is a signing and a plan, though both committees share the city
    (``other_partners_other_status`` reads a body of a region the agreement has for the
    same side named another way, "Минтруд Чувашии"). One list must hold such a body the
    other lacks, and the other list one too; a mention of one side, that side named apart
    from each side of the agreement of its key or region."""
    if m.status == c.status or not c.parties or len(m.parties) < 2:
        return None
    if len(c.parties) == 1:
        p = c.parties[0]
        near = [q for q in m.parties if q.key == p.key or set(p.regions) & set(q.regions)]
        return False if p.regions and near and \
            not any(same_side(p, q, models) for q in m.parties) and \
            all(two_bodies(p, q, models) for q in near) else None
    return False if _other_partners_of_lists(m.parties, m.party_keys, c.parties, models,
                                             apart=True) else None



def _bare_head(p: _Party, models: Models) -> bool:
    """hid94: is the side named by a body's head noun alone ("Министерство", "Отделение"),
    a word that stands for any body of its kind told before?"""
    words = p.name.split()
    return len(words) == 1 and models.lemma(words[0].lower()) in ORG_HEADS | BODY_HEADS


def further_signing_other_sides(m: _Merged, c: _Candidate, bare: frozenset[str],
                                models: Models) -> bool | None:
    """hid94: a mention of the same status told as one more act beside the agreement before
    it, its partner named there (``told_as_further``), is another agreement when each side
    list holds a side the other lacks: "Центр занятости и завод подписали соглашение о
    наставничестве молодых станочников. Помимо этого, завод заключил соглашение с
    комитетом по спорту" (the factory is a side of both; the committee and the centre are not). A
    mention naming only sides of the agreement, or one more side beside all of them, is
    left to the other passes."""
    if m.status != c.status or len(c.parties) < 2 or len(m.parties) < 2 or \
            not told_as_further(c.sentence, _k(c)):
        return None

    def lacked(p: _Party, others: list[_Party]) -> bool:
        return not any(same_side(p, q, models) or identity(p, q, models) == "one"
                       for q in others if not _bare_head(q, models))

    return False if any(lacked(p, m.parties) for p in c.parties) and \
        any(lacked(q, c.parties) for q in m.parties) else None


def other_partner_beside_region_names(m: _Merged, c: _Candidate, bare: frozenset[str],
                                      models: Models) -> bool | None:
    """agr60: a side named only by its region ("НСО и Запорожская область заключат
    соглашение"), beside that region's body the mention also names, is no partner the
    mention lacks: "Проект соглашения между министерством НСО и министерством Запорожской
    области направлен на согласование ... На прошлой неделе министр и ректор НГТУ подписали
    соглашение": the university of the same region is still another partner, and with
    another status these are two agreements (``other_partners_other_status`` read the bare
    "Новосибирская область" as the university's side). Only when the region names are
    dropped from the agreement's sides: a body of each named region stays."""
    if m.status == c.status:
        return None
    keys = {p.key for p in c.parties}
    named = _region_names_of_shared_sides(m.parties, keys, bare)
    if not named:
        return None
    ours = [p for p in m.parties if p not in named]
    return False if _other_partners_of_lists(ours, {p.key for p in ours}, c.parties,
                                             models) else None


def _region_names_of_shared_sides(parties: list[_Party], keys: set[str],
                                  bare: frozenset[str]) -> list[_Party]:
    """The sides of ``parties`` named bare by a region ("Новосибирская область") whose
    region is that of a body of the same list whose key is in ``keys`` (a side both lists
    share): the shared body named by its region."""
    shared = {r for p in parties if p.key in keys and p.name not in bare for r in p.regions}
    return [p for p in parties if p.name in bare and p.regions and set(p.regions) <= shared]


def other_partners_of_plans(m: _Merged, c: _Candidate, bare: frozenset[str],
                            models: Models) -> bool | None:
    """agr45: two plans, each with a partner the other lacks by body and by region, are two
    agreements in preparation, not one named twice: "комитеты Санкт-Петербурга и
    Ленинградской области готовят дополнительное соглашение ... Мы обсуждаем соглашение с
    фондом «Старость в радость»" (``_other_partners``; a side named another way,
    ``party_identity.same_side``, still joins; so does a partner named by neither a region nor a
    «quoted» name, "комитет Государственного Совета" or "Соцфонд", which may be a side told
    the other way)."""
    return False if m.status == c.status == "planned" and _other_partners(m, c, models) and \
        _identified_partner(c.parties, m, models) and \
        _identified_partner(m.parties, c, models) else None


def other_partners_of_signings(m: _Merged, c: _Candidate,
                               bare: frozenset[str], models: Models) -> bool | None:
    """agr46: two signings (or two references), each with a partner the other lacks by
    body and by region, both named by a region or a «quoted» name, are two agreements of
    the common side, as two plans are (``other_partners_of_plans``): "Первое соглашение
    министр подписала с АНО «Опора» ... Третьим партнером министерства стал фонд «Добрые
    руки». Соглашение с фондом подписала также М.Шалаева"; "X и АО «Y» не подпишут
    соглашение ... Напомним, в 2023 году министерство уже заключило соглашение с
    Мурманским арктическим университетом" (a headline over the body is read by its own
    passes)."""
    return False if m.status == c.status != "planned" and not c.headline and \
        not m.headline and _other_partners(m, c, models) and \
        _own_partner(c.parties, m, bare, models) and \
        _own_partner(m.parties, c, bare, models) else None


def _own_partner(sides: list[_Party], other: _Merged | _Candidate,
                 bare: frozenset[str], models: Models) -> bool:
    """Does the list hold a partner the other lacks and names by no other words, named by a
    «quoted» name or by a region none of the other's own sides (those the list lacks) is
    of (``other_partners_of_signings``)? A region named bare is no such partner: "Со
    стороны Карелии соглашение подписал министр ..." names the ministry's region."""
    keys = {q.key for q in other.parties}
    mine = {p.key for p in sides}
    regions = {r for q in other.parties if q.key not in mine for r in q.regions}
    return any(p.key not in keys and p.name not in bare and
               not any(same_side(p, q, models) for q in other.parties) and
               ("«" in p.name or bool(p.regions) and not set(p.regions) <= regions)
               for p in sides)


def _identified_partner(sides: list[_Party], other: _Merged | _Candidate, models: Models) -> bool:
    """Does the list hold a side the other lacks and names by no other words, itself named
    by a region or a «quoted» name (``other_partners_of_plans``)?"""
    keys = {q.key for q in other.parties}
    return any(p.key not in keys and (p.regions or _quoted_partner(p)) and
               not any(same_side(p, q, models) for q in other.parties) for p in sides)


def other_signers_other_partner(m: _Merged, c: _Candidate,
                                bare: frozenset[str], models: Models) -> bool | None:
    """agr44: two signings told with their own signers, each with a signer and a side the
    other lacks, are two agreements of the common side: "министр Лебедянский и министр
    Кичаева подписали соглашение ... Затем Игорь Лебедянский подписал соглашение с
    университетом — с его стороны документ подписала проректор Анна Чубарова"
    (``_other_signing``)."""
    return False if _other_signing(m, c, bare, models) else None


def recalled_beside_signing(m: _Merged, c: _Candidate, bare: frozenset[str],
                            models: Models) -> bool | None:
    """agrbg: "Сегодня председатели парламентов подписали соглашение ... Между
    правительствами двух субъектов уже действует соглашение" is two records
    (``_recalled_beside_signing``)."""
    return False if _recalled_beside_signing(m, c) else None


def other_regions(m: _Merged, c: _Candidate, bare: frozenset[str], models: Models) -> bool | None:
    """Sides from regions neither list holds ("соглашение Калуги с Брянском" and
    "соглашение Калуги с Тулой") are two agreements."""
    if not c.parties or not m.parties:
        return None
    ra, rb = m.regions, {r for p in c.parties for r in p.regions}
    return False if ra and rb and not (ra <= rb or rb <= ra) else None


def bare_place(p: _Party, bare: frozenset[str]) -> bool:
    """agr46: a side named by its place alone, a region or one of its towns standing for it
    ("Кызыл и Красноярск: год работы по соглашению"): the name is the region's, or the
    gazetteer resolves it, whole, to the side's one region."""
    if p.name in bare:
        return True
    found = gazetteer.resolve(p.name) if len(p.regions) == 1 else None
    return found is not None and found.code == p.regions[0]


def regions_for_their_bodies(m: _Merged, c: _Candidate, bare: frozenset[str],
                             models: Models) -> bool | None:
    """"Петербург и Ямал подписали ..." and the two agencies that did: two or more regions
    named bare (or by their towns: ``bare_place``) on one side and the same regions' bodies
    on the other are one agreement."""
    if not c.parties or not m.parties:
        return None
    ra, rb = m.regions, {r for p in c.parties for r in p.regions}
    if len(ra) >= 2 and ra == rb and (all(bare_place(p, bare) for p in m.parties) or
                                      all(bare_place(p, bare) for p in c.parties)):
        return True
    return None


def region_within_bodies(m: _Merged, c: _Candidate, bare: frozenset[str],
                         models: Models) -> bool | None:
    """"соглашение с Пензенской областью" and the bodies that signed it: a mention naming
    only bare regions, all of them regions of the other's sides, is that agreement."""
    if not c.parties or not m.parties:
        return None
    ra, rb = m.regions, {r for p in c.parties for r in p.regions}
    if ra and rb and (all(p.name in bare for p in c.parties) and rb <= ra or
                      all(p.name in bare for p in m.parties) and ra <= rb):
        return True
    return None


def body_of_bare_region(m: _Merged, c: _Candidate, bare: frozenset[str],
                        models: Models) -> bool | None:
    """agr76: an agreement whose sides are named as bare regions, and a mention naming only
    bodies of some of those regions, are one agreement: "Соглашение Омской и Томской
    областей заключено в 2018 году. ... «Соглашение 2018 года мы выполнили», — сказал
    министр труда Омской области" (the minister's ministry read as the side). The converse
    of ``region_within_bodies``, which takes a mention of bare regions; dates were already
    found compatible (``other_date``). Only agreements recalled, both mentioned: "Тверская
    и Псковская области подписали пакет соглашений" over one of the package's signings
    stays apart."""
    if not c.parties or not m.parties or c.status != "mentioned" or m.status != "mentioned":
        return None
    ra = m.regions
    rb = {r for p in c.parties for r in p.regions}
    if ra and rb and rb <= ra and all(p.name in bare for p in m.parties) and \
            not any(p.name in bare for p in c.parties):
        return True
    return None


def headline_over_bodies(m: _Merged, c: _Candidate, bare: frozenset[str],
                         models: Models) -> bool | None:
    """"Калуга не продлила договор с Брянском" over the body's mention of the two regions'
    bodies: a headline summing up the same regions is the body's agreement
    (``heading_tells``, the same regions way)."""
    if c.parties and m.parties and heading_tells(m, c, bare, models, ("same regions",)) and \
            not _other_bodies_told(m, c):
        return True
    return None


def headline_place_in_body(m: _Merged, c: _Candidate, bare: frozenset[str],
                           models: Models) -> bool | None:
    """statpool94: a headline naming its side by a place the body mention names inside a
    side's own name is the body's agreement (``heading_tells``, the place within body
    way): "Подписание соглашения с Гомельской областью отложено" over "Подписание
    соглашения между министерством и Комитетом по труду Гомельской области отложено до
    мая", both of one status and a compatible date."""
    return True if c.parties and heading_tells(m, c, bare, models, ("place within body",)) \
        else None


def _other_bodies_told(m: _Merged, c: _Candidate) -> bool:
    """agr38: the agreement already holds the bodies a mention of the body text named, and
    none of them is one of c's: "Министерство Кировской области и Минтруд Коми подписали
    соглашение ... В тот же день было подписано соглашение между КОГАУСО «...» и ГБУ РК
    «...»" are two agreements of the same two regions, whatever the headline sums up."""
    told = {p.key for x in m.candidates if not x.headline for p in x.parties}
    return bool(told) and not told & {p.key for p in c.parties}


def partner_of_another_kind(m: _Merged, c: _Candidate, bare: frozenset[str],
                            models: Models) -> bool | None:
    """agrmiss52: a mention naming a partner of a kind of body none of the agreement's sides
    is (a university beside a ministry and a society), while the agreement has a partner of
    a kind none of the mention's sides is, is another agreement of the common side, even
    when both partners are of one region: "соглашение между министерством и региональным
    отделением ВОГ ... Кроме того, министерство готовит соглашение с Новосибирским
    государственным техническим университетом"; "подписано соглашение между Упоровским
    отделением центра занятости и АО «Суерское» ... А в сентябре областной центр занятости
    подписал соглашение с Тюменским государственным университетом". A side named another
    way (shorter, by an acronym, by words of another side's name: "Социальный фонд" of
    "Отделение Социального фонда России") is no partner of its own, and a side of no known
    kind ("ВОИ", "АНО «Вместе»") never sets the agreement apart."""
    if len(m.parties) < 2 or len(c.parties) < 2:
        return None
    theirs = {_kind(q, models) for q in m.parties}
    mine = {_kind(p, models) for p in c.parties}
    if _other_kind_partner(c.parties, m.parties, theirs, models, bare) and \
            _other_kind_partner(m.parties, c.parties, mine, models, bare):
        return False
    return None


def _kind(p: _Party, models: Models) -> str | None:
    """The kind of body a side's name opens with, the lemma of its first noun when it is an
    organisation's head ("Новосибирский государственный технический университет":
    "университет"; "Минтруд" is a "министерство"; a "филиал" is an "отделение",
    ``lexicon_sides.KIND_OF_HEAD``); None for a name without one ("«Суерское»", "ВОГ"). A
    legal form before the name is skipped; a «quoted» name ends the search."""
    for word in p.name.split():
        if word.startswith(("«", '"')):
            return None
        word = word.strip(",.;:»\"()")
        if not word or legal_form(word):
            continue
        parses = models.parse(word)
        if parses and "NOUN" in parses[0].tag:
            lemma = str(parses[0].normal_form)
            if lemma.startswith("мин") and lemma != "министр":
                return "министерство"
            lemma = KIND_OF_HEAD.get(lemma, lemma)
            return lemma if lemma in KIND_HEADS else None
    return None


def _name_stems(p: _Party) -> set[str]:
    """The first four letters of a side's words of four letters or more, and of its
    acronyms: short enough for a noun and its adjective ("Крым", "крымская"; "фонд",
    "фонда")."""
    words = re.findall(r"\w+", p.name)
    return {stem5(w)[:4] for w in words if len(w) >= 4 or is_acronym(w)}


def _other_kind_partner(sides: list[_Party], other: list[_Party],
                        kinds: set[str | None], models: Models,
                        bare: frozenset[str] = frozenset()) -> bool:
    """Does the list hold a side of a known kind no side of the other list is, named by no
    words of the other's: not shorter, not by an acronym, its words not all among one
    other side's (``partner_of_another_kind``)? agr91: nor a body whose one region the
    other list names bare, the region its head signs for (``_region_of_body``)."""
    keys = {q.key for q in other}
    stems = [_name_stems(q) for q in other]
    return any(p.key not in keys and _kind(p, models) is not None and
               _kind(p, models) not in kinds and
               not any(same_side(p, q, models) or _region_of_body(q, p, bare)
                       for q in other) and
               not any(_name_stems(p) <= s for s in stems) for p in sides)


def no_common_side(m: _Merged, c: _Candidate, bare: frozenset[str], models: Models) -> bool | None:
    """Mentions whose sides have none in common ("соглашение с фондом «Солнце»" and
    "соглашение с педагогическим университетом") are two agreements, unless a side is the
    other's named shorter ("департамент" of "Департамент социальной защиты Воронежской
    области", ``_named_alike``), or each side of the mention is its own side of the other
    named otherwise (retold66, ``_sides_named_otherwise``: the signing of "министерства
    Дагестана и Ингушетии" retold with each ministry's name in full)."""
    if c.parties and m.parties and not m.party_keys & {p.key for p in c.parties} and \
            not _named_alike(m, c, models) and not _sides_named_otherwise(m, c, models):
        return False
    return None


def only_key_of_other_names(m: _Merged, c: _Candidate, bare: frozenset[str],
                            models: Models) -> bool | None:
    """status56: mentions whose only common side is a key shared by two bodies named by
    other quoted names (``party_identity.other_quoted_names``) have no side in common, as
    ``no_common_side`` reads it: "Соглашение с Курским областным отделением общественной
    организации «Союз ветеранов»" in a year's chronicle and, paragraphs on, "министр и
    председатель Курского областного отделения общественной организации «Красный Крест»
    подписали соглашение" are two agreements, though the first words of both branches make
    one key (the recalled one, a mention, gave its name to the signing)."""
    if not c.parties or not m.parties:
        return None
    shared = [(p, q) for p in c.parties for q in m.parties if p.key == q.key]
    if not shared or not all(other_quoted_names(p, q) for p, q in shared):
        return None
    if any(same_side(p, q, models) for p in c.parties for q in m.parties):
        return None
    return False


MERGE_PASSES: tuple[MergePass, ...] = (
    roadmap_beside_agreement,  # agr67
    split_list_member,
    need_of_signed_new,  # pair68
    new_agreement_told_again,  # pair61
    distinct_mention,
    another_signing_at_once,  # miss43
    addendum_beside_base,  # date76
    set_apart_by_apposition,
    declared_side_count,
    same_document,
    new_list_partner,
    extension_told_again,  # agr34
    extension_document,  # status44
    signing_after_signed,
    next_step,
    other_ordinal,  # status44
    other_series_item,  # series61
    later_ordinal_other_sides,
    headline_in_short_names,  # pair54
    other_subject,
    other_date,
    other_period,  # hid95
    term_ended_before,  # miss43
    signing_beside_dated_reminder,
    year_of_older_agreement,
    told_again_by_reporter,  # pair83
    signing_beside_other_sides,
    in_force_beside_plan,
    in_force_beside_new_plan,  # status72
    other_partners_other_status,
    other_body_of_one_region,  # rec92
    further_signing_other_sides,  # hid94
    other_partner_beside_region_names,  # agr60
    other_partners_of_plans,  # agr45
    other_partners_of_signings,  # agr46
    other_signers_other_partner,  # agr44
    recalled_beside_signing,
    other_regions,
    regions_for_their_bodies,
    region_within_bodies,
    body_of_bare_region,  # agr76
    headline_over_bodies,
    headline_place_in_body,  # statpool94
    body_of_bare_side,  # agr34
    partner_of_another_kind,  # agrmiss52
    only_key_of_other_names,  # status56
    no_common_side,
)


def merge_verdict(m: _Merged, c: _Candidate, bare: frozenset[str],
                  models: Models) -> tuple[bool, MergePass | None]:
    """Can mention c be the agreement m, and which pass joined it: the merge pass that
    answered yes, or the rejoin pass (``REJOIN_PASSES``) that joined it after a merge pass
    set it apart (None when no pass answered, or none joined)? The first merge pass with an
    opinion decides; none: yes. ``bare``: the text's official region names (a side named
    only by its region). Pure: what joining does is ``join_mention``'s."""
    for rule in MERGE_PASSES:
        decided = rule(m, c, bare, models)
        if decided is not None:
            if decided:
                return True, rule
            again = next((p for p in REJOIN_PASSES if p(m, c, bare, models)), None)
            return again is not None, again
    return True, None


def same_agreement(m: _Merged, c: _Candidate, bare: frozenset[str], models: Models) -> bool:
    """Can mention c be the agreement m (``merge_verdict``)? Changes nothing."""
    return merge_verdict(m, c, bare, models)[0]


def join_mention(m: _Merged, c: _Candidate, bare: frozenset[str], models: Models) -> None:
    """Mention c joins the agreement m (``same_agreement`` said it can): first it takes
    what the effect of the pass that joined it (``JOIN_EFFECTS``, by ``merge_verdict``)
    gives it. "Протоиерей Иоанн Петров и А.Б. Сидорова подписывают соглашение", its sides
    read from the signers' posts, rejoined by ``same_signers_again``, takes the sides of
    the signing those signers told. The passes are asked again for this one pair only."""
    _, by = merge_verdict(m, c, bare, models)
    effect = JOIN_EFFECTS.get(by.__name__) if by is not None else None
    if effect is not None:
        effect(m, c, bare, models)
    m.add(c)


# pair68: passes asked only when a merge pass has set a mention apart; one answering True
# joins it after all (the same signers set apart by sides read otherwise). As ordinary merge
# passes they would join mentions the passes join anyway and replace their full side names.
REJOIN_PASSES: tuple[MergePass, ...] = (
    same_signers_again,
)
# What joining by a merge or rejoin pass does to the mention, by the pass's name (a pass
# is a predicate: it changes nothing; ``join_mention`` applies its effect).
JOIN_EFFECTS: dict[str, Callable[[_Merged, _Candidate, frozenset[str], Models], None]] = {
    "need_of_signed_new": _needed_as_signed,
    "new_agreement_told_again": _later_noun_sides_dropped,  # hid93
    "same_signers_again": _signers_sides,
    "told_again_by_reporter": _reporter_dropped,  # pair83
}


# --- bare mentions ----------------------------------------------------------------------
# A mention that names no side ("Соглашение предполагает обмен опытом") is read after every
# mention naming sides has founded or joined its agreement (``merge.find_agreements``, pass
# 2): it joins one of the open agreements, is dropped, or founds its own.


@dataclass
class BareMention:
    """What the bare-mention passes read and decide: the mention, the open agreements it may
    join (``recent``: those not made only of listed members), the agreements still in the
    running (``options``) and the outcome: join ``target``, or ``dropped`` (no record), or,
    with neither, an agreement of its own. A pass sets ``done`` when the outcome is decided."""

    c: _Candidate
    recent: list[_Merged]
    bare: frozenset[str]
    analysis: Analysis
    regions: list[RegionRef]
    officials: list[Official]
    models: Models  # agr44: sides taken from another sentence, in the nominative
    options: list[_Merged] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)  # status70: the text's stated dates
    published: str | None = None  # status70: the page's date
    target: _Merged | None = None
    dropped: bool = False
    done: bool = False
    decided_by: str = ""  # the pass that set ``done``


def preliminary_follow_up(s: BareMention) -> None:
    """agr26: "Стороны подписали меморандум о намерениях. На его основе в следующем году
    будет подготовлено полноценное соглашение": the plan after a preliminary document is the
    document to come between the same sides, an agreement of its own with those sides
    (``follow_up_of_preliminary``); not a plan whose sentence names a region the
    preliminary document's sides lack (status48: a digest's next item)."""
    follow = follow_up_of_preliminary(s.recent, s.c)
    sent = s.c.sentence
    if follow is not None and set(_region_at(s.regions, sent.start, sent.stop)) - follow.regions:
        # status48: "6. Пенза: Соцфонд и Общественная палата готовят соглашение" after a
        # memorandum of Udmurtia names a region of its own: another story, not the next step
        follow = None
    if follow is not None:
        s.c.parties = list(follow.parties)
        s.done = True


def tally_beyond_told(s: BareMention) -> None:
    """status48: a mention naming no side that counts more agreements than the report
    tells is a tally of the occasion, most of its agreements never named: "Всего на
    Восточном экономическом форуме делегация края заключила 24 соглашения" after two
    signings and a plan told one by one is none of them (joined to the plan told last, it
    would make that plan signed) and no record of its own. Only when some agreement is told
    (``recent``); "подписали два соглашения" beside two told ones still joins them."""
    if s.c.parties or not s.recent or s.c.count <= len(s.recent):
        return
    s.dropped = s.done = True


def compatible_agreements(s: BareMention) -> None:
    """The open agreements the mention can be (``same_agreement``): "Соглашение рассчитано
    на три года" may be any agreement told before whose status and date it does not
    contradict."""
    s.options = [m for m in s.recent if same_agreement(m, s.c, s.bare, s.models)]


def basis_of_work_since(s: BareMention) -> None:
    """status70: an agreement recalled as the basis of work or cooperation going on since
    a stated year (``signing_dates.worked_under_since``, ``signing_dates.cooperation_since``:
    the year on the verb of working whose oblique the noun, or the frame noun over it, is)
    is an agreement in force since then, none of the agreements the text dates otherwise:
    "Фонд и управление подписали соглашение 3 марта. ... Напомним, с 2019 года управление
    и фонд взаимодействуют в рамках соглашения о передаче данных о льготниках" is a record
    of its own dated 2019 (joined to the signing it would be lost, and would give it its
    subject).
    The agreements left in the running are those whose date that year may be, or
    mentioned ones with no date; with none left the mention founds its own agreement,
    dated by that year, whose sides the side passes find (``older_agreement_sides``). A
    signing or a plan told in the clause keeps its status and date: a mentioned singular
    noun naming no side only."""
    c = s.c
    sent = c.sentence
    if c.parties or c.status != "mentioned" or c.date or not sent.parsed or \
            c.trigger.feats.get("Number") == "Plur":
        return
    k = _k(c)
    if not 0 <= k < len(sent.tokens):
        return
    own = [d for d in s.dates if sent.start <= d.start < sent.stop]
    year = worked_under_since(sent, k, own) or cooperation_since(sent, k, own)
    if year is None:
        return
    s.options = [m for m in s.options if _may_be_of_year(m, year, s.published)]
    if not s.options:
        c.date = year
        s.done = True


def _may_be_of_year(m: _Merged, year: str, published: str | None) -> bool:
    """status70: may the agreement be dated by ``year``? Its date compatible with it, a
    day told without a year read in the page's year ("подписали 17 апреля" on a page of
    2025 is of 2025); with no date, only a mentioned one (a signing or a plan of the news
    is of the page's time)."""
    if not m.date:
        return m.status == "mentioned"
    page_year = isodate.parts(published)[0] if published else None
    if page_year and m.date.startswith("--"):
        return page_year == year  # a day of the page's year
    return isodate.compatible(m.date, year)


def set_apart_as_another(s: BareMention) -> None:
    """agr91: an agreement the text sets apart as another ("другое соглашение", ``_another``)
    and tells only as mentioned is an aside of the story: a bare mention after it that is
    the new agreement (a word of newness on its noun, ``_new_between_same``) or a signing
    is the story's agreement, still open beside it, not the aside: "Центр и фабрика
    подписали соглашение. ... Помогает и другое соглашение, которое центр заключил с
    фондом в 2022 году. ... Первых работников по новому соглашению примут в мае". The
    aside leaves the options only when another one stays."""
    c = s.c
    if not (c.status == "signed" or _new_between_same(c.sentence, _k(c))):
        return
    asides = [m for m in s.options if m.status == "mentioned" and m.last < c.trigger.start
              and all(_another(x.sentence, _k(x)) for x in m.candidates if x.parties)
              and any(x.parties for x in m.candidates)]
    if asides and len(asides) < len(s.options):
        s.options = [m for m in s.options if m not in asides]


def another_told_after(s: BareMention) -> None:
    """history63: an agreement the text first tells as one more, set apart from those told
    before it ("стороны заключили ещё одно соглашение", "заключили отдельное соглашение",
    ``_another``), is no agreement a bare mention told before it may be: "Соглашение об
    обмене сведениями подписано в первый день встречи. ... Там же стороны заключили и ещё
    одно соглашение — о поддержке юных пловцов. Его заключили министерство спорта и
    федерация плавания" leaves the first signing its own record, not the swimming one's
    (whose signers would stick to it). An agreement is so set apart when its first mention
    naming sides says so and stands after the bare mention; the bare mention, a signing
    told (not a mention in passing) with a subject of its own ("об обмене сведениями"),
    may then keep no option and found a record of its own. A mention with no subject
    ("Соглашение, которое мы подписали, — это рамка") is left to the passes after."""
    if s.c.status == "mentioned" or not s.c.subject_key:
        return
    at = s.c.trigger.start
    apart = [m for m in s.options if m.first > at and _first_told_another(m)]
    if apart:
        s.options = [m for m in s.options if m not in apart]


def _first_told_another(m: _Merged) -> bool:
    """history63: does the record's first mention naming sides set it apart as another
    (``_another``)? fixhistory63: read once per record, again only when a candidate has
    joined it since (``_Merged.told_another``), not for every bare mention and option."""
    n = len(m.candidates)
    if m.told_another is not None and m.told_another[0] == n:
        return m.told_another[1]
    named = [x for x in m.candidates if x.parties]
    told = False
    if named:
        first = min(named, key=lambda x: x.trigger.start)
        told = _another(first.sentence, _k(first))
    m.told_another = (n, told)
    return told


def older_term_aside(s: BareMention) -> None:
    """miss43: the agreement of an earlier term, told as mentioned with the years it covered
    ("прошлое соглашение на 2020–2023 годы исполнено"), is no agreement a later bare
    mention calling the agreement new, or telling a signing, may be: "Правительство,
    профсоюзы и работодатели подписали соглашение. ... Прежнее соглашение на 2021–2023
    годы выполнено. Новое соглашение закрепляет минимальную зарплату" joins the signing. A
    mention of its own covered period keeps a record of that period; the aside leaves the
    options only when another one stays. And a mention told as mentioned whose own term
    ended before the year a signed or planned agreement is dated by is not that one:
    "Подведены итоги соглашения на 2019–2021 годы" beside a signing dated 2022."""
    c = s.c
    own = covered_period(c)
    if c.status == "mentioned" and own is not None:
        # the mention's own term ended before the year an option is dated by: "итоги
        # соглашения на 2019–2021 годы" beside a signing of 2022 is that older one
        s.options = [m for m in s.options
                     if not ended_before(c.status, own, m.status, m.date)]
        return
    if not (c.status == "signed" or _new_between_same(c.sentence, _k(c))):
        return
    asides = [m for m in s.options if m.status == "mentioned" and m.last < c.trigger.start
              and (periods := {p for x in m.candidates
                               if (p := covered_period(x)) is not None})
              and own not in periods]
    if asides and len(asides) < len(s.options):
        s.options = [m for m in s.options if m not in asides]


def demonstrative_of_told(s: BareMention) -> None:
    """dig94: a bare singular mention pointed back to by a demonstrative ("этого
    соглашения", "данный договор": ``POINTING_DETERMINERS`` on the noun) is the agreement
    told last before it, whatever the year its clause tells of the work done under it:
    "Края сотрудничают по соглашению, подписанному в 2020 году. За минувший год по
    линии этого документа обучение прошли 40 специалистов" joins the 2020 agreement
    (the year is the training's, and a record of its own would be a second one)."""
    c = s.c
    sent = c.sentence
    k = _k(c)
    if c.parties or not sent.parsed or not 0 <= k < len(sent.tokens) or \
            sent.tokens[k].feats.get("Number") != "Sing":
        return
    toks = sent.tokens
    if not any(toks[d].rel == "det" and toks[d].lemma in POINTING_DETERMINERS
               for d in sent.children(k)):
        return
    before = [m for m in s.recent if m.last < c.trigger.start]
    if before:
        s.target = max(before, key=lambda m: m.last)
        s.done = True


def preparation_of_signed(s: BareMention) -> None:
    """agr56: the work that led to an agreement signed, told after the signing as a
    circumstance of something done, is no plan of its own: "Министерство и общество
    инвалидов подписали соглашение. ... По её словам, при разработке соглашения
    министерство изучило опыт соседнего края" (and "в ходе подготовки документа стороны
    провели три встречи"). A bare mention read as planned, its noun the genitive of a noun
    of draft work (``lexicon_status.DRAFT_WORK_NOUNS``) that is an adverbial of a verb in
    the past tense, after an agreement told as signed: dropped, no record ("Разработка
    соглашения продолжится" or "завершили разработку соглашения" stay plans: the work is
    the subject or object there)."""
    c = s.c
    if c.parties or c.status != "planned" or not any(
            m.status == "signed" and m.first < c.trigger.start for m in s.recent):
        return
    sent = ensure_parsed(c.sentence, s.models) if s.models is not None else c.sentence
    toks = sent.tokens
    k = _token_index(sent, c.trigger.start)
    if not sent.parsed or not 0 <= k < len(toks) or toks[k].rel != "nmod":
        return
    work = toks[k].head
    if not 0 <= work < len(toks) or toks[work].lemma not in DRAFT_WORK_NOUNS or \
            toks[work].rel != "obl":
        return
    verb = toks[work].head
    if 0 <= verb < len(toks) and toks[verb].feats.get("Tense") == "Past":
        s.dropped = s.done = True


def base_it_carries_out(s: BareMention) -> None:
    """status72: a mention naming no side whose own clause names the agreement it carries
    out ("в развитие", "во исполнение" of it: ``status.carries_out_base``) is not that base
    agreement: "Договор с заводом заключён во исполнение областного соглашения между
    правительством, профсоюзами и работодателями" does not sign the regional agreement
    (joined to it, the contract would make it signed). The base leaves the options; with
    none left the mention founds its own agreement, whose sides the side passes may find."""
    c = s.c
    s.options = [m for m in s.options if not any(
        x.sentence is c.sentence and carries_out_base(c.sentence, _k(c), _k(x))
        for x in m.candidates)]


def programme_beside_signed(s: BareMention) -> None:
    """miss97: a cooperation programme or roadmap naming no side and still to be adopted or
    signed (planned, ``candidate_signers.programme_or_roadmap``) is a document of its own,
    not the agreement signed before it: "Министерство и фонд подписали соглашение ... .
    Мероприятия стороны опишут в программе сотрудничества, которую планируют утвердить в
    июне" (joined to the signing, the plan would be lost). Agreements told as signed before
    it leave the options; a plan of the programme told before stays in the running."""
    c = s.c
    if c.parties or c.status != "planned" or not c.sentence.parsed or \
            not programme_or_roadmap(c.sentence, _k(c)):
        return
    s.options = [m for m in s.options if not (
        m.status == "signed" and m.first_signed is not None and
        m.first_signed < c.trigger.start)]


def base_of_plan_to_come(s: BareMention) -> None:
    """plan50: an agreement noun naming no side that stands for a document of joint steps
    carrying it out, still to be adopted or signed
    (``candidate_status.carried_out_by_plan_to_come``: "План мероприятий по выполнению
    соглашения управление и фонд утвердят к лету", "… намерены утвердить дорожную карту
    выполнения соглашения"), is that planned document, none of the agreements told as signed or
    mentioned: joined to the signing it would be lost, joined to an older agreement of the
    sides it would make that one planned. Only agreements every mention of which is planned
    stay in the running (a plan of the same document told before); with none, the mention
    founds its own record, with the sides of the last agreement told as signed before it
    (the agreement the plan carries out)."""
    c = s.c
    if c.parties or c.status != "planned" or \
            not carried_out_by_plan_to_come(c.sentence, _k(c)):
        return
    s.options = [m for m in s.options if all(x.status == "planned" for x in m.candidates)]
    if s.options:
        return
    # none left: an agreement of its own, of the sides of the signing it carries out (the
    # last agreement told as signed before it, of two sides or more), no later pass joining
    base = max((m for m in s.recent if m.last <= c.trigger.start and m.status == "signed" and
                len(m.parties) >= 2), key=lambda m: m.last, default=None)
    if base is not None:
        c.parties = list(base.parties)
    s.done = True


def plan_told_after_signing(s: BareMention) -> None:
    """status50: a signing told as done is none of the agreements the text tells as still
    to come only after it: the lead "Отделение и региональный минтруд подписали соглашение
    об электронном взаимодействии" is not the plan "В ближайшее время отделение планирует
    заключить соглашение с университетом" two paragraphs on (joining it would make that
    plan signed). Only agreements every mention of which is planned and the first of which
    stands after the signed mention; a plan told before may be the one now signed."""
    if s.c.status != "signed":
        return
    s.options = [m for m in s.options if not (
        m.first > s.c.trigger.start and all(x.status == "planned" for x in m.candidates))]


def signing_beside_plans_to_come(s: BareMention) -> None:
    """date62: a signing told as done is not an agreement every mention of which tells it
    still to come, while an agreement told as signed is also in the running: after
    "Сегодня отделение заключило соглашения с обществом инвалидов и обществом слепых. ... В
    ближайшее время аналогичное соглашение планируется подписать с советом ветеранов", the
    caption "На фото: управляющий отделением и председатель общества инвалидов после
    подписания соглашения" is one of the signings (joined to the plan told last, it would
    make that plan signed). ``plan_told_after_signing`` keeps a plan told before the signed
    mention, which may be the one now signed; here a signing of the page is there to take
    it. dig94: nor an agreement planned that a bare mention of no plan has joined ("В
    следующем году стороны планируют подписать соглашение с вузом. Соглашение вступает в
    силу с 1 января. Фото: подписание соглашения"): the record's status is planned, no
    mention of it is signed."""
    if s.c.status != "signed" or not any(m.status == "signed" for m in s.options):
        return
    s.options = [m for m in s.options if m.status != "planned"]


def plan_beside_agreements_in_force(s: BareMention) -> None:
    """hist86: a signing still to come is not an agreement every mention of which tells it
    as in force or past (mentioned), while an agreement told as planned is also in the
    running: after "Фонд и колледж подпишут соглашение в октябре. ... С 2021 года фонд
    работает с институтом по соглашению", "Студенты ждут подписания соглашения" is the
    plan (joined to the agreement in force told last, it would make that one planned). The
    mirror of ``signing_beside_plans_to_come``."""
    if s.c.status != "planned" or not any(m.status == "planned" for m in s.options):
        return
    s.options = [m for m in s.options if not all(x.status == "mentioned" for x in m.candidates)]


def plan_before_recalled(s: BareMention) -> None:
    """miss58: a plan with no side of its own is none of the agreements told only after it
    as past, every mention of which is mentioned and one of which names its sides in a
    clause of a past verb: in "Минтруд и фонд «Опора» согласовали текст соглашения.
    Подписать его стороны планируют в мае. Ранее фонд работал по такому же соглашению с
    минздравом" the plan is not the older agreement with the ministry of health (joined to
    it, the older one would read planned and the plan lose its own sides). A content
    sentence after a plan ("Соглашение между минтрудом и фондом предусматривает ...") has
    a present verb and stays in the running; with no agreement left the plan founds its own
    record, its sides read from its own sentence — so only a plan whose clause names its
    sides as the subject of its verb (``_sides_as_subject``): one with no subject ("Готовим
    меморандум с министерством") would found a record of no side."""
    c = s.c
    if c.parties or c.status != "planned" or not _sides_as_subject(c):
        return
    s.options = [m for m in s.options if not (
        m.first > c.trigger.start and all(x.status == "mentioned" for x in m.candidates)
        and any(x.parties and _told_past(x) for x in m.candidates))]


def _parsed_noun(c: _Candidate) -> int | None:
    """The token of the mention's noun in its sentence, when the sentence is parsed (the
    rules over its heads read nothing otherwise); None if not."""
    sent = c.sentence
    if not sent.parsed:
        return None
    k = _token_index(sent, c.trigger.start)
    return k if k < len(sent.tokens) else None


def _sides_as_subject(c: _Candidate) -> bool:
    """Does the mention's clause name its sides as the subject of its verb, two nouns or
    more joined ("Минтруд и фонд «Опора» согласовали текст соглашения")? A plan with no
    subject of its own ("Готовим меморандум с министерством") may stand for any agreement
    of the page: read on the heads above the noun in the parse (a verb of plan over an
    infinitive: "закончили согласовывать текст соглашения")."""
    sent = c.sentence
    k = _parsed_noun(c)
    if k is None:
        return False
    toks = sent.tokens
    return any(toks[n].rel == "nsubj" and n != k and (
        any(toks[j].rel == "conj" for j in sent.children(n)) or
        # the parser may hang the second subject elsewhere: a nominative conjunct between
        # the subject and its verb
        any(toks[j].rel == "conj" and toks[j].feats.get("Case") == "Nom"
            for j in range(min(n, v) + 1, max(n, v))))
        for v in ancestors(sent, k) for n in sent.children(v))


def _told_past(c: _Candidate) -> bool:
    """The mention's noun hangs under a finite verb of the past, not negated ("работал по
    соглашению", "заключил соглашение"): read on the predicate path of the parse. A signing
    that did not take place ("церемония подписания соглашения не состоялась") is no past
    agreement, nor a wish or a purpose in the past form ("важно, чтобы соглашение
    работало")."""
    sent = c.sentence
    k = _parsed_noun(c)
    if k is None:
        return False
    toks = sent.tokens
    return any(toks[i].feats.get("Tense") == "Past" and toks[i].feats.get("VerbForm") == "Fin"
               and not negated(sent, i) and not any(
                   toks[c].lemma in WISH_MARKS for c in sent.children(i))
               for i in _predicate_path(sent, k)[1:])


def partner_of_another(s: BareMention) -> None:
    """r17st: a mention whose clause names a "с" partner of regions the agreement lacks is
    not that agreement: after "По соглашению с департаментом Москвы дети проходят
    реабилитацию" the plan "Мы договорились с министерством Якутии подготовить соглашение"
    is not the Moscow agreement (``status.other_partner_mention``)."""
    s.options = [m for m in s.options if not other_partner_mention(
        s.c.sentence, _k(s.c), m.regions, lambda a, b: _region_at(s.regions, a, b))]


def partner_named_elsewhere(s: BareMention) -> None:
    """agr45: a mention whose "с" partner is a body's common noun that names a side of an
    agreement told in the text and no side of an agreement left is none of those left:
    after "Союз и управление подписали соглашение ... Шла речь и о соглашении с Энским
    колледжем" the mention "союз работает по соглашению с управлением, подписанному в
    2019 году" is not the college's (``_with_partners``, ``_names_told_side``). With none
    left it is an agreement of its own."""
    partners = [t for t in _with_partners(s.c.sentence) if t.lemma in ORG_HEADS | BODY_HEADS]
    if not partners or not s.options:
        return
    told = [p for m in s.recent for p in m.parties]
    named = [t for t in partners if _names_told_side(t, told)]
    if named:
        s.options = [m for m in s.options
                     if not m.parties or any(_names_told_side(t, m.parties) for t in named)]
        s.done = not s.options  # an agreement of its own, no later pass to reopen it


def drafts_of_further_documents(s: BareMention) -> None:
    """r17st: "проекты дополнительных соглашений поручено подготовить" after an agreement
    signed or in force: a plan of further documents naming no side must not make that
    agreement planned; when every agreement left is such, the mention is none of them and
    no record either (``status.keeps_status``)."""
    held = [m for m in s.options if keeps_status(
        m.status, s.c.status, bool(s.c.parties), s.c.sentence, _k(s.c))]
    if held and len(held) == len(s.options):
        s.dropped = s.done = True


def sole_of_same_status(s: BareMention) -> None:
    """A headline or aside naming no side and wording the subject otherwise ("Подписано
    соглашение о трудоустройстве" over "соглашение о занятости") is the one agreement of the
    same status and date, when exactly one is told. date76: a plural mention its own words
    set apart from those told before ("В тот же день стороны заключили и другие
    договорённости") announces agreements told next, none of those before, whatever day it
    shares with them: only an agreement told after it may be the one it joins ("Фонд и завод
    подписали соглашение о ..." next). A singular one ("Ещё одно соглашение центр подпишет с
    колледжем") is read as before."""
    if not s.options:
        same = [m for m in s.recent if m.status == s.c.status and
                isodate.compatible(m.date, s.c.date)]
        if s.c.distinct and s.c.trigger.feats.get("Number") == "Plur":  # date76
            same = [m for m in same if m.first > s.c.trigger.start]
        s.options = same if len(same) == 1 else []


def named_subject(s: BareMention) -> None:
    """"протокол о намерениях" among a protocol and an agreement: the ones whose subject
    holds the mention's subject, if any."""
    named = [m for m in s.options if s.c.subject_key and s.c.subject_key <= m.subject_key]
    s.options = named or s.options


def terms_of_last_told(s: BareMention) -> None:
    """"По условиям соглашения ..." with no agreement left: the agreement told last before
    the mention."""
    if not s.options and s.c.terms:
        s.options = [m for m in s.recent if m.first <= s.c.trigger.start][-1:]


def headline_of_next(s: BareMention) -> None:
    """status50: a headline naming no side heads the agreement told right after it, not the
    one told before: after "... стороны договорились подготовить отдельное соглашение", the
    section headline "Центр занятости и кабельный завод подписали соглашение о
    трудоустройстве" and then "ГКУ «Центр занятости ...» и АО «...» заключили соглашение"
    is the second (joining the plan before it would make that plan signed), though the two
    word its subject otherwise. A headline is a sentence on a line of its own with no
    closing stop (``_own_line``); it joins the first agreement told after it within
    ``HEADLINE_REACH`` characters, of its status and a date it does not contradict."""
    if not _own_line(s.analysis.text, s.c.sentence):
        return
    after = [m for m in s.recent if m.first > s.c.trigger.start and
             m.first - s.c.sentence.stop <= HEADLINE_REACH and m.status == s.c.status and
             isodate.compatible(m.date, s.c.date)]
    if after:
        s.target = min(after, key=lambda m: m.first)
        s.done = True


def _own_line(text: str, sent: Sentence) -> bool:
    """Does the sentence fill a line of its own, without a closing stop (a headline)?"""
    line = line_of(text, sent)
    return line is not None and bool(line) and line[-1] not in ".!?…:;"


def signers_sides(s: BareMention) -> None:
    """sig50: a bare mention carrying signers ("Проект соглашения обсудили на совещании.
    Подписать документ предстоит директору департамента ЯНАО X и директору департамента
    Югры Y") is of the one agreement left whose sides' regions hold every region of its
    signers' bodies and whose status is the mention's, when exactly one of the open
    agreements does (the signers tell the sides better than nearness or the date); otherwise
    the options stay as they are."""
    if not s.c.signatories:
        return
    regions = {o.region for o in s.officials if o.name in s.c.signatories and o.region}
    if len(regions) < len(s.c.signatories):
        return  # a signer of no known region, or two of one: the sides are not told
    fit = [m for m in s.recent if m.status == s.c.status and
           regions <= {r for p in m.parties for r in p.regions}]
    if len(fit) == 1:
        s.options = fit


def ordinal_item_told_next(s: BareMention) -> None:
    """agr50: a bare item counted by an ordinal ("Третий документ — трёхсторонний.") opens
    the agreement the next sentences tell, not the one told before it: "Затем соглашение
    ... подписали X и Y. Третий документ — трёхсторонний. Правительство края, Отделение
    ... договорились ... Со стороны правительства документ подписал ...". Only when no
    agreement left in the running is counted by the same ordinal, and the nearest one
    first told within ``ORDINAL_ITEM_REACH`` sentences after it."""
    own = _ordinal_of(s.c)
    if own is None or any(_ordinal_of(x) == own for m in s.options for x in m.candidates):
        return
    starts = sentence_starts(s.analysis.sentences)
    at = bisect.bisect_right(starts, s.c.trigger.start)
    later = [m for m in s.options if m.first > s.c.trigger.start and
             bisect.bisect_right(starts, m.first) - at <= ORDINAL_ITEM_REACH]
    if later:
        s.target = min(later, key=lambda m: m.first)
        s.done = True


def signers_named_again(s: BareMention) -> None:
    """pair61: a side-less mention of a signing whose sentence names again the signers of
    exactly one of the open agreements is that signing, not the agreement told nearest
    before it: "Министерство ... и университет подписали соглашение. Подписи поставили
    министр Ирина Кочкина и ректор Вячеслав Ломовцев. ... Министерство также планирует
    заключить соглашение с техникумом. ... На фото: Ирина Кочкина и Вячеслав Ломовцев
    подписывают соглашение" joins the university's signing, not the plan with the
    technical school. Two signers at least are named again (a quote's speaker alone,
    "«После подписания соглашения этого не потребуется», — пояснила X", is no caption),
    each by a capitalised word of the sentence opening with the first five letters of the
    surname (the cases: "Кочкиной")."""
    if s.c.status != "signed" or len(s.options) < 2:
        return
    words = {t.text[:5] for t in s.c.sentence.tokens if t.text[:1].isupper()}

    def named_again(m: _Merged) -> int:
        names = {n.split()[-1][:5] for x in m.candidates for n in x.signatories
                 if len(n.split()[-1]) >= 4}
        return len(names & words)

    fit = [m for m in s.options if named_again(m) >= 2]
    if len(fit) == 1:
        s.options = fit


def nearest_told(s: BareMention) -> None:
    """Of the agreements left, the one told nearest before the mention (else the nearest
    after it): "Подписано соглашение с Курском ... Соглашение рассчитано на три года" joins
    the Kursk agreement."""
    if s.options:
        before = [m for m in s.options if m.first <= s.c.trigger.start]
        s.target = max(before or s.options, key=lambda m: m.last if m.last <= s.c.trigger.start
                       else -m.last)
        s.done = True


def in_force_told_before(s: BareMention) -> None:
    """old89: a bare mention of the agreement in force ("действующее соглашение", an
    attribute of the parse) that no agreement left in the running can be is the older
    agreement the text told before as recalled, not an agreement of its own: "Прежнее
    соглашение стороны заключили в 2019 году. ... В прошлом году к действующему
    соглашению присоединились ещё сорок предприятий" joins the 2019 record (the year of
    the joining is no date of it). The record told last before the mention with the status
    mentioned; with none, the mention is left to the passes after."""
    c = s.c
    sent = c.sentence
    if c.parties or c.status != "mentioned" or not sent.parsed:
        return
    k = _k(c)
    toks = sent.tokens
    if not 0 <= k < len(toks) or not any(
            toks[x].rel in {"amod", "acl"} and toks[x].lemma in IN_FORCE_WORDS
            for x in sent.children(k)):
        return
    before = [m for m in s.recent if m.status == "mentioned" and m.last < c.trigger.start]
    if before:
        s.target = max(before, key=lambda m: m.last)
        s.done = True


def _in_force_mention(s: BareMention, recalled: bool = False
                      ) -> tuple[_Candidate, Sentence, int, int] | None:
    """A bare mention with no sides yet whose agreement noun's predicate says it is in force
    ("действует", "работает"): the mention, its parsed sentence, the noun's index and the
    predicate's. Shared by the passes that find its sides among bodies told before.
    ``recalled`` (muni90): a signing told in the past counts too, the mention being no
    signing of the news ("соглашение между управлением и фондом было заключено в 2019
    году")."""
    c = s.c
    sent = c.sentence
    if c.parties or c.status != "mentioned" or not sent.parsed:
        return None
    toks = sent.tokens
    k = _k(c)
    if not 0 <= k < len(toks):
        return None
    v = _predicate_path(sent, k)[-1]
    signing = recalled and toks[v].lemma in SIGN_VERBS and toks[v].feats.get("Tense") == "Past"
    if toks[v].lemma not in IN_FORCE_WORDS and not signing:
        v = _signing_participle(sent, k) if recalled else -1
        if v < 0:
            return None
    return c, sent, k, v


def _signing_participle(sent: Sentence, k: int) -> int:
    """agr45: the past participle of signing that describes the agreement noun at ``k``,
    whatever the sentence's own predicate: "Новая редакция продлевает действие
    соглашения, заключённого между союзом и управлением ещё в 2016 году" recalls that
    signing (the index of "заключённого"; -1 without one)."""
    toks = sent.tokens
    return next((x for x in sent.children(k) if toks[x].rel == "acl" and
                 toks[x].lemma in SIGN_VERBS and toks[x].feats.get("Tense") == "Past" and
                 toks[x].feats.get("VerbForm") == "Part"), -1)


def holder_and_partner(s: BareMention) -> None:
    """agr45: an agreement told in force between a holder ("у" + genitive) and a partner ("с"
    + instrumental) named by common nouns has the bodies those nouns head as its sides: the
    sides told before and the bodies of the officials of its own sentence: "председатель
    общественной организации рассказала, что с министерством у организации уже три года
    действует соглашение" is the ministry's agreement with her organisation, not the one
    signed today. Each noun must name exactly one body; unless an agreement told before is
    between the two, the mention is an agreement of its own."""
    found = _in_force_mention(s)
    if found is None:
        return
    c, sent, k, v = found
    toks = sent.tokens
    nouns = {prep: [x for x in sent.children(v) + sent.children(k) if toks[x].pos == "NOUN" and
                    any(toks[y].rel == "case" and toks[y].lemma in preps
                        for y in sent.children(x))]
             for prep, preps in (("holder", HOLDER_PREPOSITIONS),
                                 ("partner", PARTNER_PREPOSITIONS))}
    if len(nouns["holder"]) != 1 or len(nouns["partner"]) != 1:
        return
    told = [p for m in s.recent for p in m.parties]
    told += [_Party(o.organization, [o.region] if o.region else [], o.evidence.start,
                    o.evidence.end, s.models) for o in s.officials if o.organization and
             sent.start <= o.evidence.start < sent.stop]
    sides = []
    for x in (nouns["holder"][0], nouns["partner"][0]):
        named = {p.name: p for p in told if _names_told_side(toks[x], [p])}
        if len({p.key for p in named.values()}) != 1:
            return
        sides.append(next(iter(named.values())))
    if sides[0].key == sides[1].key:
        return
    c.parties = sides
    keys = {p.key for p in sides}
    # an agreement told before between the two is the one in force; else it is its own
    s.done = not any(keys <= m.party_keys for m in s.recent)


def between_told_sides(s: BareMention) -> None:
    """agr89: an agreement told in force "между" two common nouns, each naming a side of one
    agreement told before, is between those two sides: "Между управлением и фондом уже
    действует соглашение, заключённое в 2021 году" after "Управление соцзащиты и фонд
    подготовят соглашение ..." (read from the parse: the "между" noun of the in-force verb or
    of the agreement noun, and its conjunct). Each noun takes the longest side of that
    earlier agreement its word names. An earlier-year mention beside an agreement of another
    status is one of its own; else the mention goes on to the passes below. muni90: so is
    one whose signing is recalled ("Напомним, соглашение между департаментом и центром
    было подписано в мае 2020 года" after the signing of an addendum to it)."""
    found = _in_force_mention(s, recalled=True)
    if found is None:
        return
    c, sent, k, v = found
    toks = sent.tokens
    pair = _between_pair(sent, sent.children(v) + sent.children(k))
    if pair is None:
        return
    before = [m for m in s.recent if m.last < c.trigger.start]
    for m in sorted(before, key=lambda m: -m.last):
        sides = []
        for x in pair:
            named = [p for p in m.parties if _names_told_side(toks[x], [p])]
            if named:
                sides.append(max(named, key=lambda p: len(p.name)))
        if len(sides) == 2 and sides[0].key != sides[1].key:
            if m.status != c.status and c.date and m.date != c.date:
                c.parties = sides
                s.done = True  # an agreement of its own
            return


def _between_pair(sent: Sentence, near: list[int]) -> tuple[int, int] | None:
    """The two nouns of "между X и Y" among the tokens ``near``: the one noun taking
    "между" and its one noun conjunct ("между управлением и фондом"), or None."""
    toks = sent.tokens
    first = [x for x in near if toks[x].pos == "NOUN" and
             any(toks[y].rel == "case" and toks[y].lemma == "между" for y in sent.children(x))]
    if len(first) != 1:
        return None
    second = [x for x in sent.children(first[0]) if toks[x].rel == "conj" and
              toks[x].pos == "NOUN"]
    if len(second) != 1:
        return None
    return first[0], second[0]


def between_bodies_told(s: BareMention) -> None:
    """agr90: an agreement "между" two common nouns that no agreement told before can name
    is between the bodies of those nouns the text told before it: an official's body
    whose name opens with the noun ("министр социальной защиты области" tells the
    "Министерство социальной защиты ...": "между министерством и ..."), or a named
    organisation (a NER span) holding the noun and, for each adjective of the noun, a word
    of its stem ("ветеранской организацией": "областной организации ветеранов войны и
    труда"). "На заседании совета областной организации ветеранов труда побывал министр
    социальной защиты края. Речь шла о соглашении между министерством и ветеранской
    организацией, подписанном в 2020 году" is theirs. Each noun must find exactly one
    body, the two different; the mention joins an agreement told before with those very
    sides, else it is one of its own. One pass over the officials and spans told before."""
    c = s.c
    if c.parties or s.recent and any(len(m.parties) >= 2 for m in s.recent):
        return
    sent = ensure_parsed(c.sentence, s.models)
    toks = sent.tokens
    k = _k(c)
    if not 0 <= k < len(toks):
        return
    # on the noun, or on its subject's noun ("соглашение о сотрудничестве между ...")
    near = sent.children(k) + [y for z in sent.children(k) if toks[z].rel == "nmod"
                               for y in sent.children(z)]
    pair = _between_pair(sent, near)
    if pair is None:
        return
    sides = [_body_told_before(s, sent, x) for x in pair]
    if sides[0] is None or sides[1] is None or sides[0].key == sides[1].key:
        return
    c.parties = [sides[0], sides[1]]
    s.done = True


def new_between_told(s: BareMention) -> None:
    """agr90: a new agreement still to come that names no sides ("стороны договорились
    подготовить проект нового соглашения") is a further one between the sides of the
    agreement told last before it, as ``agreements._new_between_same`` reads it when those
    sides were named in their own sentence; here they were found by the passes before
    (``between_bodies_told``). "Речь шла о соглашении между министерством и организацией
    ветеранов, подписанном в 2020 году. Стороны решили подготовить новое соглашение" is
    the old agreement and a plan of the same sides; a plan told before is that plan
    (``agreements.plan_told_before``)."""
    c = s.c
    if c.parties or c.status != "planned" or not _new_between_same(c.sentence, _k(c)):
        return
    before = [m for m in s.recent if m.last < c.trigger.start and len(m.parties) >= 2]
    if not before:
        return
    last = max(before, key=lambda m: m.last)
    if last.status == "planned":
        s.target = last
    else:
        c.parties = list(last.parties)
    s.done = True


def addendum_of_told(s: BareMention) -> None:
    """agr90: an addendum naming no sides ("подписав дополнительное соглашение") told in
    the sentence of an agreement with sides, after it, is that agreement's addendum: between
    the same sides, and a record of its own, as an addendum with its sides named is
    (``addendum_beside_base``): "Договор с фондом заключён в 2018 году, а прошлой осенью
    стороны продлили его, подписав дополнительное соглашение" is the 2018 agreement and the
    addendum of last autumn, not an agreement of another side told near. A plural ("проекты
    дополнительных соглашений решено подготовить") is the joiners' documents, not its one
    addendum."""
    c = s.c
    if c.parties or not _addendum(c) or c.trigger.feats.get("Number") == "Plur":
        return
    told = [m for m in s.recent if len(m.parties) >= 1 and any(
        x.sentence.start == c.sentence.start and x.trigger.start < c.trigger.start
        for x in m.candidates)]
    if len(told) != 1:
        return
    c.parties = list(told[0].parties)
    c.distinct = True  # no later stage of the base to join it (digest items included)
    s.done = True


def _body_told_before(s: BareMention, sent: Sentence, x: int) -> _Party | None:
    """The one body the noun at ``x`` names among those told before its sentence
    (``between_bodies_told``), or None."""
    toks = sent.tokens
    noun = toks[x].lemma
    stems = [toks[a].lemma[:5] for a in sent.children(x) if toks[a].rel == "amod"]
    found: dict[str, _Party] = {}
    for o in s.officials:
        org = o.organization or ""
        if o.evidence.start < sent.start and not stems and \
                org.split(" ", 1)[0].lower() == noun:
            p = _Party(org, [o.region] if o.region else [], o.evidence.start,
                       o.evidence.end, s.models)
            found.setdefault(p.key, p)
    text = s.analysis.text
    for span in s.analysis.spans:
        if span.type != "ORG" or span.stop > sent.start:
            continue
        words = [w for w in s.analysis.sentences if w.start <= span.start < w.stop]
        if not words:
            continue
        inside = [t for t in words[0].tokens if span.start <= t.start and t.stop <= span.stop]
        lemmas = [t.lemma for t in inside]
        if noun not in lemmas or any(all(w[:5] != st for w in lemmas) for st in stems):
            continue
        name = nominative_phrase(s.models, inside, text)
        p = _Party(name, _region_at(s.regions, span.start, span.stop), span.start,
                   span.stop, s.models)
        found.setdefault(p.key, p)
    return next(iter(found.values())) if len(found) == 1 else None


def plan_partners(s: BareMention) -> None:
    """r17st: a plan joining no agreement whose clause names a "с" partner takes that
    partner as its side, and the speaker's body beside it for "мы": "Мы договорились с
    министерством Костромы подготовить соглашение" (``status.missed_partners``)."""
    c, text = s.c, s.analysis.text
    if c.parties:
        return  # its sides are found (``holder_and_partner``)
    c.parties = [_Party(text[a:b], _region_at(s.regions, a, b), a, b, s.models)
                 for a, b in missed_partners(c.sentence, _k(c), set(),
                                             lambda a, b: _region_at(s.regions, a, b))]
    if not c.parties and c.distinct and _alike(c.sentence, _k(c)) and \
            _one_document(c.sentence, _k(c)):
        # status72: "аналогичное соглашение министерство планирует заключить с городским
        # советом ветеранов" is set apart by its partner: it is its side, whatever its
        # region (not "три-четыре подобных соглашения с работодателями", a kind of partners)
        c.parties = [_Party(text[a:b], _region_at(s.regions, a, b), a, b, s.models)
                     for a, b in counterpart_spans(c.sentence, _k(c))]
    who = _speaker(s.analysis, c.sentence, s.officials) if c.parties and _first_person(
        c.sentence, 0, len(c.sentence.tokens)) else None
    if who is not None and who.organization and (not who.region or all(
            who.region not in p.regions for p in c.parties)):
        c.parties.insert(0, _Party(who.organization, [who.region] if who.region
                                   else [], who.evidence.start, who.evidence.end, s.models))


def _one_document(sent: Sentence, k: int) -> bool:
    """status72: is the agreement noun at k one document: singular, counted by no numeral
    ("три подобных соглашения" is in the genitive singular, yet several)?"""
    toks = sent.tokens
    return toks[k].feats.get("Number") == "Sing" and not any(
        toks[c].rel.startswith("nummod") for c in sent.children(k))


def older_agreement_of_told_sides(s: BareMention) -> None:
    """agr44: a bare mention dated by a year only that none of the agreements told before
    can be (their date or status says another one) is the older agreement of their sides,
    not a mention without sides: "Курганская и Челябинская области продлили соглашение ...
    Само соглашение было подписано в 2019 году", "подписали соглашение ... первое соглашение
    министерства с фондом было заключено в 2021 году". It takes the sides of the agreement
    told last before it, narrowed to those its own nouns name when they name two or more
    ("с департаментом университет сотрудничает с 2020 года, когда было подписано
    соглашение" of a three-sided one: the department and the university)
    (``_told_sides_named``)."""
    c = s.c
    if c.parties or c.status != "mentioned" or not c.date or \
            isodate.parts(c.date)[1] is not None or s.options:
        return
    told = [m for m in s.recent if m.first <= c.trigger.start and len(m.parties) >= 2]
    if not told or _alike(c.sentence, _k(c)):
        return  # "в 2021 году аналогичное соглашение было подписано ..." has its own partner
    before = [m for m in told if m.last <= c.trigger.start]
    last = max(before, key=lambda m: m.last) if before else max(told, key=lambda m: m.first)
    fitting = [m for m in before if partner_words_fit(c.sentence, m.parties)]
    if fitting and last not in fitting:
        last = max(fitting, key=lambda m: m.last)  # agr76
    _take_told_sides(s, last)


def partner_words_fit(sent: Sentence, told: list[_Party]) -> bool:
    """agr76: does every "с" partner of the sentence name one of the told sides by its noun
    and each of its adjectives? "у фонда с городской организацией ветеранов действует
    соглашение" fits "Городская организация ветеранов", not "Районная организация
    ветеранов" told after it (``older_agreement_of_told_sides`` then takes the sides of the
    agreement that fits rather than of the last told). Word stems of five letters, from the
    parse; False without a partner."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    names = [{w.lower()[:5] for w in p.name.replace("-", " ").split()} for p in told]
    partners = [i for i, t in enumerate(toks) if t.lemma in ORG_HEADS | BODY_HEADS and
                t.feats.get("Case") == "Ins" and any(
                    toks[x].rel == "case" and toks[x].lemma in PARTNER_PREPOSITIONS
                    for x in sent.children(i))]
    for i in partners:
        words = {toks[i].lemma[:5]} | {toks[a].lemma[:5] for a in sent.children(i)
                                       if toks[a].rel == "amod"}
        if not any(words <= n for n in names):
            return False
    return bool(partners)


def _take_told_sides(s: BareMention, last: _Merged) -> None:
    """The bare mention takes the sides of the agreement ``last`` told before it, narrowed to
    those its own nouns name when they name two or more; none when it names a "с" partner
    that is none of them ("у завода действует соглашение с областным центром")."""
    c = s.c
    if any(not _names_told_side(t, last.parties) for t in _with_partners(c.sentence)):
        return
    words = [t for t in c.sentence.tokens if t.pos == "NOUN"]
    named = [p for p in last.parties if any(_names_told_side(t, [p]) for t in words)]
    parties = named if len({p.key for p in named}) >= 2 else list(last.parties)
    c.parties = parties if s.models is None else _from_sides(side_passes.nominative_sides(
        s.models, s.analysis.text, [x.sentence for x in last.candidates], _as_sides(parties)),
        s.models)


def agreement_beside_roadmap(s: BareMention) -> None:
    """agr67: an agreement recalled by its noun alone, told after a roadmap and no agreement
    it can join, is the agreement of the roadmap's sides, a record of its own: "Директор
    департамента и председатель отделения подписали дорожную карту на 2024–2025 годы.
    Соглашение о взаимодействии департамент и общественная организация заключили в апреле
    2019 года" (the roadmap never takes the agreement's mention,
    ``roadmap_beside_agreement``). It takes the sides of the roadmap told last before it
    (``_take_told_sides``). So does a roadmap naming no side, of any status, told after
    an agreement: "Министерство и епархия подписали соглашение в 2019 году. ... Министр и
    руководитель отдела епархии подписали дорожную карту по реализации соглашения"."""
    c = s.c
    own = _document_kind(c)
    if c.parties or s.options or own is None or _alike(c.sentence, _k(c)) or \
            own == "agreement" and c.status != "mentioned":
        return
    told = [m for m in s.recent if m.last <= c.trigger.start and len(m.parties) >= 2]
    last = max(told, key=lambda m: m.last) if told else None
    if last is not None and all(_document_kind(x) not in (None, own) for x in last.candidates
                                if _document_kind(x) is not None):
        _take_told_sides(s, last)


def _names_told_side(t: Token, told: list[_Party]) -> bool:
    """Does the noun name one of the sides by a word of its name ("с фондом" of
    "Благотворительный фонд «Южный Урал — детям»")?"""
    return len(t.lemma) >= 4 and any(
        t.lemma[:5] in {w.lower()[:5] for w in p.name.split()} for p in told)


def _with_partners(sent: Sentence) -> list[Token]:
    """The bodies and places of the sentence that open with "с" in the instrumental: the
    partners it names ("сотрудничает с областным центром занятости", "соглашение
    министерства с фондом"; not "центр по обучению лиц с инвалидностью")."""
    toks = sent.tokens
    return [t for i, t in enumerate(toks) if (
        t.pos == "PROPN" or t.lemma in ORG_HEADS | BODY_HEADS | PLACE_HEADS) and
            t.feats.get("Case") == "Ins" and any(
                toks[x].rel == "case" and toks[x].lemma in PARTNER_PREPOSITIONS
                for x in sent.children(i))] if sent.parsed else []


BarePass = Callable[[BareMention], None]

BARE_PASSES: tuple[BarePass, ...] = (
    demonstrative_of_told,  # dig94
    preparation_of_signed,  # agr56
    preliminary_follow_up,
    holder_and_partner,  # agr45
    between_told_sides,  # agr89
    between_bodies_told,  # agr90
    new_between_told,  # agr90
    addendum_of_told,  # agr90
    tally_beyond_told,  # status48
    compatible_agreements,
    basis_of_work_since,  # status70
    programme_beside_signed,  # miss97
    base_of_plan_to_come,  # plan50
    set_apart_as_another,  # agr91
    older_term_aside,  # miss43
    plan_told_after_signing,  # status50
    signing_beside_plans_to_come,  # date62
    plan_beside_agreements_in_force,  # hist86
    base_it_carries_out,  # status72
    plan_before_recalled,  # miss58
    partner_of_another,
    partner_named_elsewhere,  # agr45
    drafts_of_further_documents,
    sole_of_same_status,
    named_subject,
    terms_of_last_told,
    headline_of_next,  # status50
    ordinal_item_told_next,  # agr50
    signers_sides,  # sig50
    signers_named_again,  # pair61
    another_told_after,  # history63
    nearest_told,
    in_force_told_before,  # old89
    plan_partners,
    older_agreement_of_told_sides,  # agr44
    agreement_beside_roadmap,  # agr67
)


def join_bare(s: BareMention) -> BareMention:
    """Run ``BARE_PASSES`` in order on one bare mention until a pass decides its outcome."""
    for rule in BARE_PASSES:
        rule(s)
        if s.done:
            s.decided_by = rule.__name__
            break
    return s


# Helpers of the passes above.


def follow_up_of_preliminary(recent: list[_Merged], c: _Candidate) -> _Merged | None:
    """agr26: a bare agreement planned right after a memorandum or protocol of intentions
    was signed is the document to come between the same sides, not the agreement told
    before the memorandum: "Стороны подписали меморандум о намерениях. На его основе в
    следующем году будет подготовлено полноценное соглашение." The record told last before
    the mention must be that preliminary document (``merge_rules._next_step``); the mention
    is one singular noun with no side of its own."""
    if c.parties or c.status != "planned" or c.trigger.feats.get("Number") == "Plur":
        return None
    before = [m for m in recent if m.last <= c.trigger.start]
    if not before:
        return None
    last = max(before, key=lambda m: m.last)
    return last if len(last.parties) >= 2 and _next_step(last, c) else None


def _declared_count(c: _Candidate) -> int | None:
    """The number of sides the mention's adjective declares ("трёхстороннее соглашение":
    3), None without one."""
    toks = c.sentence.tokens
    k = _token_index(c.sentence, c.trigger.start)
    return next((SIDE_COUNT_WORDS[t.lemma] for t in toks[max(0, k - 3):k]
                 if t.lemma in SIDE_COUNT_WORDS), None)


def declared_other_sides(m: _Merged, c: _Candidate) -> bool:
    """agrB: a mention whose adjective declares how many sides it has ("Кроме того, было
    заключено трёхстороннее соглашение. Подписи под ним поставили ректор университета,
    директор центра занятости и министр") is another agreement than one told with other
    sides (a bilateral of the same ministry), when neither side list holds the other."""
    toks = c.sentence.tokens
    k = _token_index(c.sentence, c.trigger.start)
    declared = next((SIDE_COUNT_WORDS[t.lemma] for t in toks[max(0, k - 3):k]
                     if t.lemma in SIDE_COUNT_WORDS), None)
    if declared is None or len(c.parties) < 2 or len(m.parties) < 2:
        return False
    ka, kb = m.party_keys, {p.key for p in c.parties}
    return not (ka <= kb or kb <= ka) and len(kb) >= min(declared, 3)


def _bodies_of_named_regions(a: list[_Party], b: list[_Party], bare: frozenset[str],
                             models: Models) -> bool:
    """One mention names a side by its body, the other by the body's region: "рассказала о
    новом соглашении с Камчатским краем" and "мы с министром ... Камчатского края подписали
    соглашение" are the same sides (r18fix). Every side of one list is a side of the other
    by its key, or a bare region name whose body the other list names."""
    def covered(xs: list[_Party], ys: list[_Party]) -> bool:
        keys = {q.key for q in ys}
        bodies = {r for q in ys if q.name not in bare for r in q.regions}
        return all(p.key in keys or p.name in bare and bool(p.regions) and
                   set(p.regions) <= bodies or
                   any(same_side(p, q, models) for q in ys) for p in xs)
    return covered(a, b) or covered(b, a)


def _regions_of_same_sides(m: _Merged, c: _Candidate, bare: frozenset[str]) -> bool:
    """A later mention naming the sides only by their regions is the agreement of those
    regions' bodies: "Департамент ... Севастополя и Комитет ... Санкт-Петербурга
    пролонгировали соглашение" and "За пять лет действия соглашения севастопольские
    специалисты ... в Северной столице" (every side of c a bare region name, all of m's
    regions)."""
    regions = {r for p in c.parties for r in p.regions}
    return bool(regions) and all(p.name in bare for p in c.parties) and regions == m.regions


def _in_force_now(c: _Candidate, sides: int = 2) -> bool:
    """An agreement that names its sides and is told to be in force now ("соглашение
    между управлением X и департаментом Y действует с 2022 года", "действующее
    соглашение между ...") exists already: it is not the one still to be signed between
    the same regions ("Курская и Орловская области намерены подписать новое соглашение").
    ``sides``: how many sides the mention must name (status72: none beside a plan called
    new)."""
    sent = c.sentence
    if len(c.parties) < sides or not sent.parsed:
        return False
    toks = sent.tokens
    k = next((i for i, t in enumerate(toks) if t.start == c.trigger.start), None)
    if k is None:
        return False
    path = _predicate_path(sent, k)
    verb = any(toks[i].lemma in IN_FORCE_WORDS and toks[i].feats.get("Tense") == "Pres" and
               toks[i].feats.get("VerbForm") == "Fin" for i in path[1:])
    return verb or in_force(sent, path) is not None


def _set_apart_by_apposition(c: _Candidate) -> bool:
    """agrbg: an agreement noun in apposition after a dash to a noun the text sets apart
    ("ещё одного документа — соглашения о подготовке специалистов между X и Y") is another
    agreement than those told before, as "ещё одно соглашение" is (``_another``)."""
    sent = c.sentence
    k = _token_index(sent, c.trigger.start)
    toks = sent.tokens
    if k < 2 or k >= len(toks) or toks[k - 1].text not in GAP_DASHES:
        return False
    head = k - 2
    return toks[head].lemma in TRIGGERS | COOPERATION_DOCUMENTS and _another(sent, head)


def _recalled_in_force(c: _Candidate) -> bool:
    """agrbg: a background mention told as in force already, or as the frame of a present
    cooperation: "между правительствами двух субъектов уже действует соглашение", "Бурятия и
    Якутия сотрудничают в рамках соглашения". Read from the parse."""
    sent = c.sentence
    if c.status != "mentioned" or not sent.parsed:
        return False
    toks = sent.tokens
    k = _token_index(sent, c.trigger.start)
    if k >= len(toks):
        return False
    path = _predicate_path(sent, k)
    v = path[-1]
    if len(path) > 1 and toks[v].lemma in IN_FORCE_WORDS and \
            toks[v].feats.get("Tense") == "Pres" and \
            any(toks[x].lemma in ALREADY_WORDS for x in sent.children(v)):
        return True
    subjects, partners = side_passes.cooperation_frame(sent, k)
    verb = next((toks[x].head for x in subjects + partners), -1)
    return 0 <= verb < len(toks) and toks[verb].feats.get("Tense") == "Pres"


def _recalled_beside_signing(m: _Merged, c: _Candidate) -> bool:
    """agrbg: an agreement recalled as in force already (``_recalled_in_force``) is not the
    one whose signing the report tells, even between the same regions: "Сегодня
    председатели парламентов подписали соглашение ... Между правительствами двух субъектов
    уже действует соглашение" is two records. Only between a signed and a mentioned side of
    the pair, each with its sides named."""
    if {m.status, c.status} != {"signed", "mentioned"} or not c.parties or not m.parties:
        return False
    if c.status == "mentioned":
        return _recalled_in_force(c)
    return any(_recalled_in_force(x) for x in m.candidates if x.parties)


def _next_step(m: _Merged, c: _Candidate) -> bool:
    """An agreement planned after a preliminary document was signed (a protocol of
    intentions, a memorandum) is the next document, not that one: "Министерства подписали
    протокол о намерениях ... Стороны намерены подготовить полноценное соглашение"."""
    if c.status != "planned" or c.trigger.lemma in PRELIMINARY_DOCUMENTS or \
            m.first_signed is None or m.first_signed > c.trigger.start:
        return False
    signed = [x.trigger.lemma for x in m.candidates if x.status == "signed"]
    return bool(signed) and all(lemma in PRELIMINARY_DOCUMENTS for lemma in signed)


def _later_ordinal_other_sides(m: _Merged, c: _Candidate, bare: frozenset[str],
                               models: Models) -> bool:
    """agr26: a mention counted as a later item of a list ("Второе соглашение заключено с
    Рязанским медицинским университетом", "Третий документ подписан с ...") is another
    agreement than one told before with other sides, even when both share the reporting
    body: neither side list holds the other, nor do both name the same regions. "Первый" may
    restate the headline's document and is left to the other checks."""
    sent = c.sentence
    if not sent.parsed or len(c.parties) < 2 or len(m.parties) < 2:
        return False
    toks = sent.tokens
    k = _token_index(sent, c.trigger.start)
    if not 0 <= k < len(toks) or not any(
            toks[x].rel == "amod" and toks[x].lemma in ORDINALS and toks[x].lemma != "первый"
            for x in sent.children(k)) and not _ordinal_before(sent, k) and \
            not _later_ordinal(toks[k]):  # agr44: the ordinal standing for the noun
        return False
    ka, kb = m.party_keys, {p.key for p in c.parties}
    if ka <= kb or kb <= ka or _bodies_of_named_regions(m.parties, c.parties, bare, models):
        return False
    # a list told by regions ("подписала соглашения с ЛНР и Херсонской областью") and its
    # member told by the bodies of the same regions are one agreement
    own = {r for p in c.parties for r in p.regions}
    if own == m.regions and not any(q.key not in kb and _quoted_partner(q)
                                    for q in m.parties):
        return False
    names = [q.name.lower() + " " for q in m.parties]
    new = [p for p in c.parties if p.key not in ka and not (
        not p.regions and any(n.startswith(p.name.lower() + " ") for n in names))]
    # a side of the earlier agreement from a region the later one does not name at all (a
    # bare "министерство", a bare region name or another body of a named region is none)
    gone = [q for q in m.parties if q.key not in kb and q.name not in bare and
            (q.regions and not set(q.regions) & own or _quoted_partner(q))]
    return bool(new) and bool(gone)


def _other_signing(m: _Merged, c: _Candidate, bare: frozenset[str], models: Models) -> bool:
    """Is the signing c told with signers and sides of its own beside the agreement m told
    signed? Both signed with two sides or more; they share the common side's signer, c
    names a signer none of m's mentions names and m a signer c does not; each side list
    has a side the other lacks, and neither names the other's sides by their regions
    (``_bodies_of_named_regions``). A summary of several signings' signers ("скреплено
    подписями A, B и C") shares none with one of them. Two pairs of signers with none in
    common (two or more each) are two signings even of the same regions' bodies: the
    governors' agreement of two regions and their ministers' one."""
    if c.status != "signed" or m.status != "signed" or len(c.parties) < 2 or \
            len(m.parties) < 2 or not c.signatories:
        return False
    told, own = {n for x in m.candidates for n in x.signatories}, set(c.signatories)
    # "Главы регионов X и Y подписали соглашение ... Министры A и B подписали соглашение
    # между министерствами": two pairs of signers, none in common
    pairs = not told & own and len(told) >= 2 and len(own) >= 2
    if not (told & own or pairs) or own <= told or told <= own:
        return False
    ka, kb = m.party_keys, {p.key for p in c.parties}
    return not (ka <= kb or kb <= ka) and (
        pairs or not _bodies_of_named_regions(m.parties, c.parties, bare, models))


def _quoted_partner(q: _Party) -> bool:
    """agr42: a side named by a legal form and a «quoted» name is a partner of its own even
    when no region is in its name: "Первое соглашение подписано с автономной некоммерческой
    организацией «Вместе». Второй документ министерство подписало с университетом" are two
    agreements."""
    return not q.regions and "«" in q.name and len(q.name.split()) > 1


def _later_ordinal(t: Token) -> bool:
    """agr44: the mention's own word is an ordinal past the first standing for the noun:
    "Второе – с АО «Омский хлебокомбинат № 5»" (``agreements.ordinal_standing_for_noun``)."""
    return t.lemma in ORDINALS and t.lemma != "первый" and t.pos == "ADJ"


def _ordinal_before(sent: Sentence, k: int) -> bool:
    """agr34: a later ordinal right before the agreement noun, agreeing with it in gender,
    counts it whatever the parse hangs it on: in "Третье соглашение кубанское министерство
    заключило с ..." the parser makes "Третье" a modifier of "министерство"."""
    toks = sent.tokens
    if k == 0:
        return False
    t = toks[k - 1]
    return t.lemma in ORDINALS and t.lemma != "первый" and t.pos == "ADJ" and \
        t.feats.get("Gender") == toks[k].feats.get("Gender") is not None


def _named_alike(m: _Merged, c: _Candidate, models: Models) -> bool:
    """A side found without its region, spelled as the start of a side named before (taken
    from a signer's post: "Подписи под соглашением поставили ... руководитель департамента
    X"), is that side: "департамент" of "Департамент социальной защиты Воронежской
    области"; so is one written with an acronym for words of the other (status44:
    "Отделение СФР по краю", ``normalize.acronym_variant``), and so is one «quoted» name
    after another legal form (agr44, ``agreements.same_quoted_name``). agr54: so is one
    named the same found without its region on one side ("МарГУ" spelled out in a headline,
    "с Марийским государственным университетом" in the body)."""
    return any(_shorter_start(p, q) for p in c.parties for q in m.parties) or \
        any(same_side(p, q, models) for p in c.parties for q in m.parties)


def _shorter_start(p: _Party, q: _Party) -> bool:
    """Is side p side q named by its first words ("департамент" of "Департамент социальной
    защиты Воронежской области"), found without a region or with q's own (hid92: a bare
    kind word takes the text's one region, "со стороны администрации — глава округа ..."
    beside "администрация городского округа город Ливны")?"""
    return (not p.regions or set(p.regions) <= set(q.regions)) and \
        (q.name.lower() + " ").startswith(p.name.lower() + " ")


def without_counted_summaries(merged: list[_Merged], bare: frozenset[str]) -> list[_Merged]:
    """pair68: a signing of several agreements told with one side and its partners only
    counted or described ("Область подписала соглашения о сотрудничестве с тремя соседними
    регионами") sums up the signings told after it, each with its partner named
    ("... подписала соглашения с министерством ... Кировской области, министерством ...
    Владимирской области и ..."): it is no agreement of its own when two records at least,
    of its status and date, have that one side's region among regions of two sides or more.
    One side: one body at most beside its region's bare name ("Нижегородская область" and
    its ministry; ``bare``: the text's region names). Only a plural agreement noun in every
    mention of it; linear in records times their regions."""
    out: list[_Merged] = []
    for m in merged:
        if len(m.regions) == 1 and sum(1 for p in m.parties if p.name not in bare) <= 1 and \
                all(c.trigger.feats.get("Number") == "Plur" and c.status == m.status
                    for c in m.candidates):
            told = [x for x in merged if x is not m and len(x.regions) >= 2 and
                    x.status == m.status and m.regions <= x.regions and
                    isodate.compatible(m.date, x.date)]
            if len(told) >= 2:
                continue
        out.append(m)
    return out


def without_headline_counts(merged: list[_Merged]) -> list[_Merged]:
    """miss47: a headline that counts the signings ("фонд подписал два соглашения") sums up
    the body's counted signing of the same status when the body tells as many records of
    one counted noun, one per partner ("Фонд подписал сразу два документа — с A и с B"): it
    is no agreement of its own, though a short name or a stray word of the headline kept it
    apart from both. Every mention of the record a headline's with a count of two or more;
    the body's records of one group (``_Candidate.group``) with the same count, status
    and a compatible date. Linear in the mentions."""
    groups: dict[tuple[int, int, str], set[int]] = {}
    for n, x in enumerate(merged):
        for c in x.candidates:
            if not c.headline and c.group >= 0 and c.count >= 2:
                groups.setdefault((c.group, c.count, c.status), set()).add(n)
    out: list[_Merged] = []
    for m in merged:
        cands = m.candidates
        if cands and all(c.headline and c.count >= 2 for c in cands) and any(
                key[1] == cands[0].count and key[2] == m.status and len(members) == key[1] and
                all(isodate.compatible(m.date, merged[i].date) for i in members)
                for key, members in groups.items()):
            continue
        out.append(m)
    return out


def without_plural_headlines(merged: list[_Merged]) -> list[_Merged]:
    """extra73: a headline that names the signings by a plural agreement noun ("Фонд
    подписал соглашения с вузом и больницей", "Колледж заключил два соглашения с
    учреждениями района") sums up the agreements the body then tells one by one; when the
    body tells at least as many records of the headline's status (two at least, or the
    headline's count), each with a mention of its own below the headline and a compatible
    date, the headline's record is no agreement of its own, whatever short names or
    generic partners kept it apart from them (``without_headline_counts`` reads only a
    counted signing the body tells in one group). A headline in the singular ("Фонд
    подписал соглашение с вузом") is one agreement and is left to the merge; so is one
    split per partner ("соглашения с A и B" as two records, ``_Candidate.group``), which the
    later passes join with the body's records of those partners; and so is a headline whose
    own words name no side ("На форуме заключены соглашения о реабилитации"), which the side
    passes may fill and the body's records may not match (one of them another field's
    business, dropped later). tidy74: "below the headline" is read as written, a body
    mention after the headline's last mention (``_below``). Linear in the mentions."""
    told: dict[str, list[_Merged]] = {}
    for x in merged:
        if any(not c.headline for c in x.candidates):
            told.setdefault(x.status, []).append(x)
    out: list[_Merged] = []
    for m in merged:
        cands = m.candidates
        if cands and m.parties and all(c.headline and c.group < 0 and
                         (c.count >= 2 or c.trigger.feats.get("Number") == "Plur")
                         for c in cands):
            need = max([2] + [c.count for c in cands])
            top = max(c.trigger.start for c in cands)
            body = [x for x in told.get(m.status, []) if isodate.compatible(m.date, x.date)
                    and _below(x, top)]
            if len(body) >= need:
                continue
        out.append(m)
    return out


def _below(x: _Merged, top: int) -> bool:
    """tidy74: has the record a mention of its own, no headline's, after offset ``top`` (the
    headline's last mention): "Фонд подписал соглашения с вузом и больницей" over the body's
    "Первое соглашение фонд заключил с университетом" (``without_plural_headlines``)."""
    return any(not c.headline and c.trigger.start > top for c in x.candidates)


def without_acronym_twins(parties: list[_Party]) -> list[_Party]:
    """agr50: a side named by an acronym of another side of the same record is that side,
    listed once, by its whole name: "СВФУ" beside "Северо-Восточный федеральный
    университет имени М. К. Аммосова" (``acronym_of_name``); pair67: "ОСФР по Кемеровской
    области" beside "Отделение СФР" (``initials_with_acronym``); history63: "АО «Северная
    ГОК»" beside "АО «Северная горно-обогатительная компания»", the shorter name with an
    acronym for its last words (``acronym_ending``); retold66: "ГАУ ЦСПН ТО" beside the
    name its acronyms spell run by run (``acronym_words``). Quadratic in the record's
    sides only, a handful."""
    return [p for p in parties if not any(
        q is not p and (acronym_of_name(p, q) or initials_with_acronym(p, q) or
                        acronym_words(p, q) or
                        (len(p.name) < len(q.name) and acronym_ending(p, q)))
        for q in parties)]


def without_head_region_twins(parties: list[_Party], models: Models) -> list[_Party]:
    """retold66: a side named by its head and region alone beside a side of the same
    record of that head and region named in full is that side, listed once by the full
    name: "Министерство Дагестана" beside "Министерство семейной политики Республики
    Дагестан" (``party_identity.head_of_region``), the signing told short in
    the lead and in full further on. Not when two sides of the record are of that head and
    region: which one the short name stands for, the names do not say. Asked on every
    record's sides (``merge.find_agreements``), not only where ``_sides_named_otherwise``
    joined a retelling: the short name must name the region itself, so a short side of
    the page's region ("Министерство здравоохранения") is no twin of another ministry.
    Quadratic in the record's sides only, a handful."""
    def twin(p: _Party) -> bool:
        full = [q for q in parties if q is not p and head_of_region(p, q, models)]
        return len(full) == 1
    return [p for p in parties if not twin(p)]


def without_headline_short_names(m: _Merged, parties: list[_Party], models: Models) -> list[_Party]:
    """pair54: a side only the headline named, the short way, is the body side it stands
    for, listed once by the body's name: "Минсоц" and "Социальный фонд" beside "Министерство
    социальных отношений Челябинской области" and "Отделение Фонда пенсионного и социального
    страхования ... по Челябинской области" (``headline_in_short_names``). Quadratic in the
    record's sides only, a handful."""
    told = {p.key for x in m.candidates if not x.headline for p in x.parties}
    if not told or all(p.key in told for p in parties):
        return parties
    body = [p for p in parties if p.key in told]
    kinds = [_kind(p, models) for p in body]

    def stands_for_body(q: _Party) -> bool:
        if q.key in told:
            return False
        if any(same_side(q, p, models) or _headline_short_name(q, p, models) or
               _same_regional_body(q, p, body, models) for p in body):
            return True
        if _place_in_name(q, body):
            return True  # statpool94: "Гомельская область" over its body's name
        word = q.name.strip()
        kind = _kind(q, models) if " " not in word else None
        return kind is not None and kinds.count(kind) == 1 or \
            " " not in word and legal_form(word)

    return [p for p in parties if not stands_for_body(p)]


def _other_partners(m: _Merged, c: _Candidate, models: Models) -> bool:
    """Does each side list hold a partner the other lacks, by body and by region? "в
    октябре мы подписали соглашение с министерством Ставропольского края ... Сейчас мы
    готовим соглашение с министерством Таджикистана": one speaker, two partners, two
    agreements. A partner named another way in the same region ("Минтруд Чувашии") is no
    other partner. agrC: only the region of a side the other list lacks counts, so a second
    body of the common side's own region is a partner too ("18 сентября министерство и
    инспекция труда подписали соглашение ... Министерство готовит соглашение с
    министерством Забайкальского края": two agreements)."""
    return _other_partners_of_lists(m.parties, m.party_keys, c.parties, models)


def _other_partners_of_lists(ours: list[_Party], our_keys: set[str], yours: list[_Party],
                             models: Models, apart: bool = False) -> bool:
    """``_other_partners`` on two side lists (``our_keys``: every key of ours, twins
    included). ``apart`` (rec92, ``other_body_of_one_region``): a side of the other list's
    key or region is still a partner the other lacks when it is named apart
    (``party_identity.two_bodies``) from each side of the other list of that key or region."""
    if len(ours) < 2 or len(yours) < 2:
        return False
    keys = {p.key for p in yours}
    own = {r for p in yours if p.key not in our_keys for r in p.regions}
    theirs = {r for p in ours if p.key not in keys for r in p.regions}

    def new(p: _Party, other_keys: set[str], other_regions: set[str],
            others: list[_Party], mine: set[str]) -> bool:
        if any(same_side(p, q, models) for q in others):  # agr54
            return False
        if p.key not in other_keys and not (p.regions and set(p.regions) <= other_regions):
            return True
        # rec92: the other's sides this list lacks, of p's key or region
        near = [q for q in others if q.key == p.key or
                q.key not in mine and set(p.regions) & set(q.regions)]
        return apart and bool(p.regions) and bool(near) and \
            all(two_bodies(p, q, models) for q in near)

    return any(new(p, our_keys, theirs, ours, keys) for p in yours) and \
        any(new(p, keys, own, yours, our_keys) for p in ours)


def _new_list_partner(m: _Merged, c: _Candidate, bare: frozenset[str]) -> bool:
    """One agreement of a list ("сохраняет соглашения с Москвой и Республикой Беларусь")
    is with its own partner: it never joins an agreement of two or more sides that lacks
    that partner, by body or by region (the Bryansk agreement told before is another).
    agr73: by region only where a region is named bare, the partner or a side of the
    record: a body of the record's region it does not name is another partner ("Кроме
    соглашения с министерством, союз заключил соглашения с отделением фонда и с
    министерством здравоохранения края" beside the ministry's signing in the same region)."""
    if c.group < 0 or len(m.parties) < 2 or len(c.parties) < 2:
        return False
    partner = c.parties[-1]
    by_region = partner.name in bare or any(p.name in bare for p in m.parties)
    return partner.key not in m.party_keys and \
        not (by_region and partner.regions and set(partner.regions) <= m.regions)


def _same_document(m: _Merged, c: _Candidate) -> bool:
    """A text that is itself an agreement names it in its title ("Соглашение № 7 от 2
    апреля 2025 года о сотрудничестве между A и B") and in its preamble ("A ... и B ...
    заключили настоящее Соглашение"): one document, whatever status and date each mention
    reads alone. Both name the same two or more sides (one list holding the other)."""
    if not (m.own_document or _this_document(c)):
        return False
    keys = {p.key for p in c.parties}
    return len(keys) >= 2 and len(m.party_keys) >= 2 and \
        (keys <= m.party_keys or m.party_keys <= keys)


def _headline_short_name(p: _Party, q: _Party, models: Models) -> bool:
    """pair54: a headline names a side by the words its everyday name keeps, whatever their
    endings: "Социальный фонд" is the "Отделение Фонда пенсионного и социального
    страхования ... по Челябинской области" of the body (two words or more, each standing
    by its first four letters among the other's, ``_name_stems``; no bare place). A word
    contracted is read written out, and a region named is the other's: "Отделение
    Соцфонда" is the "Отделение Социального фонда России по Республике Бурятия", "Союз
    пенсионеров Бурятии" the "Бурятское региональное отделение Союза пенсионеров России"
    (``normalize.spell_out_contractions``)."""
    if p.regions and not set(p.regions) <= set(q.regions) or \
            p.name.lower().split()[-1] in PLACE_HEADS:
        return False
    mine = _name_stems(replace(p, name=spell_out_contractions(models, p.name), models=models))
    return len(mine) >= 2 and mine < _name_stems(
        replace(q, name=spell_out_contractions(models, q.name), models=models))

