"""Merge decisions added by agr30, kept apart from ``agreements._compatible`` and its helpers
(moved by ``mergepass``): each is a small function ``merge.find_agreements`` calls once
per candidate at the top of its first merging loop. pair81 adds one decision taken on the
records themselves, after the date stage (``region_records_told_by_bodies``); side82 one more
(``lone_plans_take_common_side``): the passes of ``DATED_RECORD_PASSES``, which
``pipeline.extract_from_analysis`` runs by one loop on ``DatedRecords``."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from soccoop import gazetteer, isodate
from soccoop.extract.agreement_types import covered_period
from soccoop.extract.agreements import _Candidate, _Merged, _token_index
from soccoop.extract.candidate_dates import in_speech
from soccoop.extract.candidate_status import joint_step_document
from soccoop.extract.datewords import DAY_SHIFT
from soccoop.extract.lexicon import (
    EARLIER_WORDS,
    FURTHER_DOCUMENT_WORDS,
    LEGAL_FORMS,
    LINK_VERBS,
    MONTH_LEMMAS,
    OWN_SIDE_PREPOSITIONS,
    PARTICIPANT_NOUNS,
    POSTPONE_WORDS,
    SIDE_COUNT_WORDS,
    SIGN_VERBS,
    TIME_NOUNS,
    TOLD_AGREEMENT_DETERMINERS,
    TRIGGERS,
    UNKINDED_TITLE_NOUNS,
)
from soccoop.extract.lexicon_sides import (
    BEHALF_PREPOSITIONS,
    BEHALF_SIDE_NOUNS,
    COMMON_SIDE_RECORDS,
    SIDES_NOUNS,
    TOPIC_NOUNS,
    TOPIC_VERBS,
)
from soccoop.extract.merge_rules import _in_force_now, _names_told_side, _with_partners
from soccoop.extract.nlp import Sentence, sentence_at
from soccoop.extract.normalize import OWN_REGION_STEMS, acronym_words, is_acronym, stem5
from soccoop.extract.party_identity import _compound_spells, _everyday_words
from soccoop.extract.passes import Pass, named_passes
from soccoop.extract.person_names import same_person
from soccoop.extract.signers import signing_caption
from soccoop.extract.signing_ahead import future_aux_word
from soccoop.extract.status import draft_preamble
from soccoop.identity import party_key
from soccoop.models import Agreement, Party


def clarifying_restatement(sent: Sentence, k: int) -> bool:
    """The agreement noun is what "Речь идет о ..." is about: "Речь идет о соглашении между
    департаментом и Министерством ... Республики Башкортостан" (or verbless, "Речь — о
    соглашении ..."). Present tense only: "Речь шла о соглашении" tells a talk's topic."""
    toks = sent.tokens
    if not sent.parsed or not 0 <= toks[k].head < len(toks):
        return False
    h = toks[k].head
    if toks[h].lemma in TOPIC_NOUNS:
        return not talk_topic(sent, h)
    return toks[h].lemma in TOPIC_VERBS and toks[h].feats.get("Tense") == "Pres" and \
        any(toks[c].rel == "nsubj" and toks[c].lemma in TOPIC_NOUNS for c in sent.children(h))


def talk_topic(sent: Sentence, h: int) -> bool:
    """agr45: "речь" at ``h`` is the subject of a verb in the past: the agreement is what a
    talk was about, not the agreement just told said again. "На совещании шла речь и о
    будущем соглашении с Энским колледжем" tells an agreement of its own (the parse may hang the
    agreement noun on "речь" rather than on the verb); "Речь идёт о соглашении ..." and
    "Речь — о соглашении ..." restate the last."""
    toks = sent.tokens
    v = toks[h].head
    return toks[h].rel == "nsubj" and 0 <= v < len(toks) and \
        toks[v].feats.get("Tense") == "Past"


def sides_named_of_told(sent: Sentence, k: int) -> bool:
    """pair62: the agreement noun is the genitive of "стороны" in the instrumental, the
    predicate that names the sides of the agreement just told: "Сторонами соглашения
    выступили министерство и Пермская епархия", "Сторонами документа стали департамент и
    отделение фонда" (``lexicon_sides.SIDES_NOUNS``; case and number from the morphology).
    The clause tells who the sides are, not a signing of its own."""
    toks = sent.tokens
    if not sent.parsed or not 0 <= toks[k].head < len(toks) or \
            toks[k].feats.get("Case") != "Gen":
        return False
    h = toks[toks[k].head]
    if h.lemma in SIDES_NOUNS and h.feats.get("Case") == "Ins" and \
            h.feats.get("Number") == "Plur":
        return True
    return side_of_told_by_link(sent, toks[k].head)


def side_of_told_by_link(sent: Sentence, n: int) -> bool:
    """hid93: one more side or participant named of the agreement just told, the noun in the
    instrumental the predicate of a link verb that is not future: "Третьей стороной
    договора выступил благотворительный фонд", "Участником меморандума со стороны области
    является её департамент занятости" (``lexicon.PARTICIPANT_NOUNS``, ``LINK_VERBS``). The
    clause names who takes part in the agreement told, not an agreement of its own; "станет
    участником соглашения" (still to come) is left to the usual merging. Only from the
    parse and the morphology."""
    toks = sent.tokens
    t = toks[n]
    if t.lemma not in PARTICIPANT_NOUNS or t.feats.get("Case") != "Ins" or \
            not 0 <= t.head < len(toks) or t.rel not in {"obl", "xcomp"}:
        return False
    v = toks[t.head]
    return v.lemma in LINK_VERBS and v.feats.get("Tense") in {"Past", "Pres"} and \
        v.feats.get("VerbForm") == "Fin"


def signed_for_one_side(sent: Sentence, k: int) -> bool:
    """pair65: the agreement noun is the object of a past signing verb that says for which
    side its subject signed, "от X" or "со стороны X" (one such phrase in the sentence),
    with a person for its subject and no partner signed with ("с Y", "между"): "От
    регионального отделения Социального фонда соглашение подписала управляющий X" tells who
    signed the agreement just told for one of its sides, no signing of its own
    (``lexicon_sides.BEHALF_PREPOSITIONS``, ``BEHALF_SIDE_NOUNS``). Only from the parse."""
    toks = sent.tokens
    if not sent.parsed or toks[k].rel != "obj" or not 0 <= toks[k].head < len(toks):
        return False
    v = toks[k].head
    if toks[v].lemma not in SIGN_VERBS or toks[v].feats.get("Tense") != "Past":
        return False

    def marks(c: int) -> list[int]:
        return [x for x in sent.children(c) if toks[x].rel == "case"]

    def behalf(x: int) -> bool:
        return toks[x].lemma in BEHALF_PREPOSITIONS or any(
            toks[f].rel == "fixed" and toks[f].lemma in BEHALF_SIDE_NOUNS
            for f in sent.children(x)) or adjective_side(sent, x)

    phrases = [c for h in (v, k) for c in sent.children(h) if toks[c].rel in {"obl", "nmod"}]
    if any(toks[x].lemma in OWN_SIDE_PREPOSITIONS and not behalf(x)
           for c in phrases for x in marks(c)):
        return False  # "соглашение с университетом подписал ...": a partner of its own
    if sum(1 for x in range(len(toks)) if toks[x].rel == "case" and behalf(x)) != 1:
        return False  # "со стороны X — Y, со стороны Z — W": the sides of a signing of its own
    return any(toks[c].rel == "obl" and any(behalf(x) for x in marks(c))
               for c in sent.children(v)) and any(
        toks[c].rel == "nsubj" and toks[c].feats.get("Animacy") == "Anim"
        for c in sent.children(v))


def adjective_side(sent: Sentence, x: int) -> bool:
    """pair68: the preposition at x opens a side told by its adjective, "с X-ской стороны"
    ("С кировской стороны соглашение подписал министр ..."): "с" whose head is the side noun
    (``lexicon_sides.BEHALF_SIDE_NOUNS``) in the genitive with an adjective of its own. Only
    from the parse; "со стороны X" is the fixed phrase read beside it."""
    toks = sent.tokens
    h = toks[x].head
    if toks[x].lemma not in OWN_SIDE_PREPOSITIONS or toks[x].rel != "case" or \
            not 0 <= h < len(toks):
        return False
    return toks[h].lemma in BEHALF_SIDE_NOUNS and toks[h].feats.get("Case") == "Gen" and \
        any(toks[a].rel == "amod" and toks[a].pos == "ADJ" for a in sent.children(h))


def tells_a_date(sent: Sentence) -> bool:
    """pair68: the sentence names a day, month or year of its own (a number, a month's
    name, "вчера"): a side's signer told with no date ("С кировской стороны соглашение
    подписал ...") takes the signing's, whatever day the sentences before it lend it."""
    return any(t.pos == "NUM" or any(ch.isdigit() for ch in t.text) or
               t.lemma in MONTH_LEMMAS or t.lemma in DAY_SHIFT for t in sent.tokens)


def signing_of_that_side(merged: list[_Merged], c: _Candidate, last: _Merged) -> _Merged:
    """pair68: one side's signer of a signing ("С кировской стороны соглашение подписал
    министр ... Кировской области X") belongs to the signing, among those told with several
    partners at once ("подписала соглашения с министерством ... Кировской области,
    министерством ... Владимирской области и ..."), whose side is of the signer's region:
    the latest signed one sharing a region with it, when the last one told does not."""
    regions = {r for p in c.parties for r in p.regions}
    if not regions or regions & last.regions:
        return last
    told = [m for m in merged if m.status == "signed" and regions & m.regions and
            len(m.parties) >= 2 and m.last < c.trigger.start]
    return max(told, key=lambda m: m.last) if told else last


def join_restatement(merged: list[_Merged], c: _Candidate) -> bool:
    """agr30: a clarifying restatement ("Речь идет о соглашении между X и Y"; pair62: the
    sides named of it, "Сторонами соглашения выступили X и Y", ``sides_named_of_told``,
    unless its own date is another; pair65: one side's signer of a signing, "От отделения
    соглашение подписала управляющий X", ``signed_for_one_side``) is the
    agreement told last before it, whatever status its own clause reads and however
    differently it names the sides ("с башкирскими коллегами" / "Министерством ...
    Республики Башкортостан"), when one of its regions is that agreement's or that one
    was told with one side only. Joins it and returns True; else False and the candidate
    goes through the usual merging."""
    if not c.parties or not merged:
        return False
    sent = c.sentence
    k = _token_index(sent, c.trigger.start)
    sides_named = sides_named_of_told(sent, k)
    one_side = not sides_named and c.status == "signed" and signed_for_one_side(sent, k)
    if not sides_named and not one_side and not clarifying_restatement(sent, k):
        return False
    last = max(merged, key=lambda m: m.last)
    if one_side:
        last = signing_of_that_side(merged, c, last)  # pair68
    if in_force_restated_beside_plan(last, c):
        return False  # status71: "Речь идёт о действующем с 2023 года соглашении ..."
    if one_side and (last.status != "signed" or c.date and last.date and c.date != last.date
                     and tells_a_date(sent)):
        return False  # pair65: a side's signer of the signing told last, of its day
    if sides_named and c.date and last.date and c.date != last.date:
        return False  # pair62: "Сторонами соглашения 2019 года были ...": an older one
    told = last.candidates[-1].sentence
    if told.stop > sent.start or last.last >= c.trigger.start:
        return False
    regions = {r for p in c.parties for r in p.regions}
    if regions and not regions & last.regions and len(last.parties) >= 2:
        return False  # two other sides told: another agreement
    last.add(c)
    return True


def in_force_restated_beside_plan(last: _Merged, c: _Candidate) -> bool:
    """status71: a restatement whose agreement is told in force now ("Речь идёт о
    действующем с 2022 года соглашении между управлением и фондом", "Речь идёт о
    действующем соглашении между ...") is an agreement that exists already, not the plan
    told before it ("Соглашение о поддержке семей подпишут на форуме"): the reading of
    ``merge_rules.in_force_beside_plan`` (``_in_force_now``: both sides named, the noun
    under a present verb of being in force or with an in-force word on it, ``status.in_force``,
    a participle phrase included). The mention goes through the usual merging, where that
    pass sets it apart from the plan. Only a mention already read as referred to."""
    return last.status == "planned" and c.status == "mentioned" and _in_force_now(c)


def stages_of_one_history(merged: list[_Merged], published: str | None) -> None:
    """agr76: on a page that tells the life of one agreement (every record with sides has
    the same regions), a mention with no side but a date of its own that no other record
    shares is an earlier stage of that agreement, with the sides of the record told just
    before it (else the first after): "Соглашение между министерством и фондом продлили
    ещё на два года. Дополнительное соглашение № 1 от марта 2020 года касалось выплат"
    (the addendum, 2020-03, is a record of the same two sides); "Соглашение было подписано
    в мае 2019 года" after an extension signed this year is the original. A mention whose
    date another record shares is that record's (left to the merge), and a page of
    several regions' agreements leaves side-less mentions alone (they would be guesses), and
    so does a mention naming a "с" partner that is none of those sides ("у завода действует
    соглашение с центром занятости", ``merge_rules._with_partners``).
    An earlier stage is dated before the page's publication: "Новые правила обмена начнут
    действовать с 1 июля" (after the news) is the new addendum's term. Linear: one
    walk over the records in the order told, each donor found by a bisection (``_donor``),
    each shared date counted in constant time (``isodate.CompatibleCount``)."""
    sided = [m for m in merged if m.parties]
    if not sided or len({frozenset(m.regions) for m in sided}) != 1 or \
            not next(iter(sided)).regions:
        return
    lowest = _lowest_first_from(sided)
    sharing = isodate.CompatibleCount([m.date for m in merged if m.date])
    for m in merged:
        if m.parties or m.status != "mentioned" or any(c.terms or c.listed
                                                       for c in m.candidates):
            continue
        if m.date is None:
            if not earlier_term(m, sided):  # miss43: an undated earlier term of the line
                continue
        elif isodate.parts(m.date)[0] is None or \
                published is not None and m.date >= published[:len(m.date)]:
            continue
        donor = _donor(sided, lowest, m)
        if any(not _names_told_side(t, donor.parties) for c in m.candidates
               for t in _with_partners(c.sentence)) or \
                m.date is not None and sharing(m.date) > 1:  # another record's date is
            continue  # compatible
        m.parties = list(donor.parties)
        m.party_keys = set(donor.party_keys)
        m.regions = set(donor.regions)


def earlier_term(m: _Merged, sided: list[_Merged]) -> bool:
    """miss43: does the side-less record state the years its agreement covered, ending
    before the years a record with sides covers? Then it is the earlier term of that line of
    agreements, undated as it may be: "Трёхстороннее соглашение на 2024–2027 годы
    подписали правительство, профсоюзы и работодатели. ... Предыдущее соглашение на
    2020–2023 годы исполнено" (``stages_of_one_history`` gives it the sides)."""
    mine = [p for c in m.candidates if (p := covered_period(c)) is not None]
    later = [p for o in sided for c in o.candidates if (p := covered_period(c)) is not None]
    return any(int(p[-4:]) < int(q[:4]) for p in mine for q in later)


def _lowest_first_from(sided: list[_Merged]) -> list[int]:
    """For each place i of ``sided``, the lowest ``first`` from i on: a non-decreasing list
    that ``_donor`` bisects."""
    lowest: list[int] = []
    for o in reversed(sided):
        lowest.append(min(o.first, lowest[-1]) if lowest else o.first)
    return lowest[::-1]


def _donor(sided: list[_Merged], lowest: list[int], m: _Merged) -> _Merged:
    """The record whose sides an earlier stage of one history takes: the last record with
    sides in ``sided`` told before ``m``, else the first one. In "Соглашение края с фондом
    продлили. Дополнительное соглашение от мая 2021 года касалось выплат" the addendum
    takes the sides of the extension told before it. The last place whose ``first`` is
    below m's is the last place whose lowest ``first`` from there on is (``lowest``,
    non-decreasing), so a bisection finds it."""
    at = bisect_left(lowest, m.first) - 1
    return sided[at] if at >= 0 else sided[0]


# --- pair81: a record of regions told again by their bodies ---------------------------------


@dataclass
class DatedRecords:
    """What the dated record passes (``DATED_RECORD_PASSES``) read and change: the
    document's records after the date stage (changed in place) and its sentences."""

    agreements: list[Agreement]
    sentences: list[Sentence] = field(default_factory=list)
    published: str | None = None  # the page's day (extra46)
    text: str = ""  # the reading text the sentences slice (extra46)

    def sentence_at(self, offset: int) -> int:
        """``nlp.sentence_at`` of the document's sentences."""
        return sentence_at(self.sentences, offset)


def region_records_told_by_bodies(s: DatedRecords) -> None:
    """pair81: a record whose sides are regions named bare (and perhaps a partner), with no
    signers of its own, is the agreement the text tells again with bodies of those regions:
    "Курганская и Омская области подписали соглашение" over "Соглашение подписали
    Департамент социальной защиты Курганской области и Министерство труда Омской области";
    "Фонд «Добро» и Курган подписали соглашение" over "фонд «Добро» и департамент
    Курганской области подписали соглашение". The other record (``_told_by_bodies``) has,
    for each bare region, a side that is a body of it, holds every partner of this one
    (``_partner_held``), has its status and a compatible date; it takes this one's date
    where it is more exact, or, a plan put off in this record's own sentence
    ("Подписание соглашения Кургана и Омска перенесли на май"), the later time it is put off
    to (``_put_off_later``). The first such record in order takes it; this one goes. A pass
    to index the records by status and the regions of their bodies, then each region-level
    record asks only the records indexed under its first region. Runs after the date stage:
    a headline's date is often told only by the body."""
    agreements, sentences = s.agreements, s.sentences
    index: dict[tuple[str, str], list[int]] = {}
    for i, a in enumerate(agreements):
        for code in {c for p in a.parties if _bare_region(p) is None for c in _regions_of(p)}:
            index.setdefault((a.status, code), []).append(i)
    gone: set[int] = set()
    for i, a in enumerate(agreements):
        codes = [c for p in a.parties if (c := _bare_region(p)) is not None]
        if not codes or a.signatories:
            continue
        for j in index.get((a.status, codes[0]), []):
            b = agreements[j]
            if j == i or j in gone or not _told_by_bodies(a, b, codes):
                continue
            later = _put_off_later(a, b, sentences)
            if not later and not isodate.compatible(a.date, b.date):
                continue
            b.date = a.date if later else isodate.merge(b.date, a.date)
            b.date_anchored = b.date_anchored or (b.date == a.date and a.date_anchored)
            b.regions += [c for c in a.regions if c not in b.regions]
            gone.add(i)
            break
    agreements[:] = [a for i, a in enumerate(agreements) if i not in gone]


def lone_plans_take_common_side(s: DatedRecords) -> None:
    """side82: a planned record with one side only, on a page whose records of two or more
    sides share one body (``_common_side``), is that body's plan with the side it names: a
    report of a ministry that signed two agreements ("Министерство труда Омской области
    подписало соглашения с департаментом Курганской области и с университетом") and goes
    on "Ещё одно соглашение — с Томской областью — ведомство планирует подписать осенью"
    (or "Следующим шагом станет соглашение с ...", "С министерством ... договорились
    подготовить соглашение") names the partner only; the plan's other side is the ministry,
    not no one. The greedy pairing of records to agreements reads a record of one side as
    another agreement's, so the plan then costs that one's status and date. A page with no
    body shared by two records, a plan of two sides, another status (a recalled agreement's
    lone side is often the record told again), or a plan whose side is that body, or which
    another record of the plan already holds with it, stays as it is; so does a plan whose
    one side is not a named body of another region (``_partner_of_another_region``). Cost:
    one count of the sides of the records, then one look at each record."""
    agreements = s.agreements
    common = _common_side(agreements)
    if common is None:
        return
    key = party_key(common.name)
    held = {party_key(p.name) for a in agreements if a.status == "planned"
            and key in {party_key(x.name) for x in a.parties} for p in a.parties}
    for a in agreements:
        if a.status != "planned" or len(a.parties) != 1:
            continue
        side = party_key(a.parties[0].name)
        if side == key or side in held or not _partner_of_another_region(a.parties[0], common):
            continue
        a.parties.insert(0, Party(common.name, common.region))
        if common.region and common.region not in a.regions:
            a.regions.append(common.region)


def draft_text_planned(s: DatedRecords) -> None:
    """hid95 draft_text_planned: a signed record read from the preamble of a draft's own
    text (``status.draft_preamble``: "ПРОЕКТ / ДОГОВОР ... / департамент и фонд «Опора»
    подписали настоящее Соглашение о следующем") is planned: the decree above approves a
    text still to be signed. Read after the signers (the preamble's "в лице" people are
    the ones to sign) and the dates; the publication day standing in for its date goes."""
    sents = s.sentences
    if not sents:
        return
    for a in s.agreements:
        if a.status != "signed":
            continue
        si = s.sentence_at(a.evidence.start)
        if si >= 0 and draft_preamble(sents, si):
            a.status = "planned"
            if a.date_from_published:
                a.date, a.date_from_published = None, False


def short_named_record_told_again(s: DatedRecords) -> None:
    """extra44: a record each of whose sides is a side of another record of the page written
    alike or named short (``_short_name_of``: "Социальный фонд", "АНО «Опора»", "ОСФР по
    Энской области", "Северная ГМК", "Региональное отделение Соцфонда"), at least one of
    them short, is that record told again by a headline, a caption or a question: "Ваше
    ведомство заключило соглашение с Социальным фондом?" over "мы с управляющим
    Энским отделением Социального фонда подписали его во вторник"; "🤝
    Меморандум с АНО «Опора» подписан" over "Министерство ... и АНО «Ресурсный центр
    „Опора“» заключили меморандум". What ties the two in the
    text: one status, one kind of document (one title opens the other: "Соглашение" and
    "Соглашение об информационном взаимодействии", not a roadmap signed at once beside
    it), a compatible date (or this one's only the page's, ``date_from_published``: a
    caption), no more sides than the other, no signer the other lacks when the other has a
    signer for each of its sides already (round 44: "Второе — с обществом ветеранов, его
    подписал председатель общества Пётр Гусев" after a first agreement signed by both its
    sides is another agreement, though its sides read short), and one such record only.
    The other record
    takes this one's signers and regions; this one goes. A region named bare is no short
    name here (``region_records_told_by_bodies`` reads it). Cost: records squared, a
    handful per page."""
    agreements = s.agreements
    gone: set[int] = set()
    for i, a in enumerate(agreements):
        if not a.parties or any(_bare_region(p) is not None for p in a.parties):
            continue
        found = [j for j, b in enumerate(agreements)
                 if j != i and j not in gone and _told_short(a, b)]
        if len(found) != 1:
            continue
        b = agreements[found[0]]
        b.signatories += [n for n in a.signatories if n not in b.signatories]
        b.regions += [c for c in a.regions if c not in b.regions]
        gone.add(i)
    agreements[:] = [a for i, a in enumerate(agreements) if i not in gone]


def _told_short(a: Agreement, b: Agreement) -> bool:
    """Is record a record b told again with sides named short
    (``short_named_record_told_again``)? "Социальный фонд" signed on a day is "Министерство
    труда Энской области; Энское отделение Социального фонда" signed that day, whichever
    is told first; a short name is shorter, so two records are never each
    other's."""
    if a.status != b.status or len(a.parties) > len(b.parties):
        return False
    ta, tb = a.title.lower(), b.title.lower()
    if not (ta.startswith(tb) or tb.startswith(ta)):
        return False
    if not (a.date_from_published or isodate.compatible(a.date, b.date)):
        return False
    if len(b.signatories) >= len(b.parties) and any(n not in b.signatories
                                                     for n in a.signatories):
        return False
    short = False
    for p in a.parties:
        if any(p.name.lower() == q.name.lower() for q in b.parties):
            continue
        if not any(_short_name_of(p.name, q.name) for q in b.parties):
            return False
        short = True
    return short


_NAME_WORD = re.compile(r"[\w-]{2,}")
_QUOTED_NAME = re.compile(r"[«„]([^«»„“]+)")


def _short_name_of(short: str, full: str) -> bool:
    """extra44: is ``short`` the body ``full`` named short? Each word of the short name
    stands in the full one (its first four letters, the legal name read as its everyday
    one too, ``party_identity._everyday_words``), or is an acronym of a run of its words
    ("ГМК" of "горно-металлургическая компания", "ОСФР" of "Отделение Социальный фонд
    России"), or one compound of their beginnings ("Соцфонд"); a legal form's letters
    ("АНО") and the own region's adjective ("Региональное отделение") may stand for
    nothing. A «quoted» word must be in the full name's quotes (inner ones too: "АНО
    «Опора»" and "Автономная некоммерческая организация «Центр „Опора“»"; not "ПАО
    «Самарахим»" beside "Отделение СФР по Самарской области"). The short name says
    something of its own: an acronym, a compound, a quoted name, or two words at least
    standing in the full name one after another (``_run_within``: "Социальный фонд"; not
    "Министерство" alone, nor "Энский государственный университет" beside the "Энский
    государственный медицинский университет")."""
    if short.lower() == full.lower() or len(short) >= len(full):
        return False
    own_quoted = {stem5(w.lower()) for m in _QUOTED_NAME.finditer(short)
                  for w in _NAME_WORD.findall(m.group(1))}
    full_quoted = {stem5(w.lower()) for m in _QUOTED_NAME.finditer(full)
                   for w in _NAME_WORD.findall(m.group(1))}
    if not own_quoted <= full_quoted:
        return False
    readings = [_NAME_WORD.findall(full), _NAME_WORD.findall(" ".join(_everyday_words(full)))]
    halves = [[h for w in r for h in w.split("-") if h] for r in readings]
    stems = {stem5(w.lower())[:4] for r in readings for w in r}
    said = words = 0
    plain: list[str] = []
    for w in _NAME_WORD.findall(short):
        low = w.lower()
        if low in LEGAL_FORMS or stem5(low) in OWN_REGION_STEMS:
            continue
        words += 1
        plain.append(stem5(low)[:4])
        if is_acronym(w) and any(acronym_words(w, h[k:]) for h in halves
                                 for k in range(len(h))):
            said += 1
        elif stem5(low)[:4] in stems:
            said += bool(own_quoted) and w[:1].isupper()
        elif any(_compound_spells(w, " ".join(r)) for r in readings):
            said += 1
        else:
            return False
    return words >= 1 and (said > 0 or words >= 2 and _run_within(plain, readings))


def _run_within(stems: list[str], readings: list[list[str]]) -> bool:
    """Do the short name's words (``stems``, their first four letters) stand in a reading
    of the full name one after another, no word between? "Социальный фонд" in "Отделение
    Социального фонда в Энском крае"; not "Энский государственный университет" in "Энский
    государственный медицинский университет": another body of that kind."""
    n = len(stems)
    return any([stem5(w.lower())[:4] for w in r[i:i + n]] == stems
               for r in readings for i in range(len(r) - n + 1))


# --- extra45: a plan of the signing the text reports ----------------------------------------


def plan_of_a_told_signing(s: DatedRecords) -> None:
    """extra45: a planned record of two sides or more, each of them a side of one signed
    record of the page (written alike, named short, or a body of a region that record names
    bare, ``_side_told``), is that signing told while it was still to come: a live page's
    morning entry ("Сегодня губернаторы области и округа должны подписать соглашение о
    социальном обслуживании", the signing told at noon), or the story of how it came about
    ("В итоге стороны решили подписать документ на форуме" after "Соглашение отделения и
    министерства подписано вчера"). What ties the two in the text: one kind of document
    (one title opens the other, or the plan's title names no kind: "Документ о
    взаимодействии", ``UNKINDED_TITLE_NOUNS``), no signer the signed record lacks, and no
    time of the plan's own: its date is the signing's day, or it has none and its own
    sentence names no time ("до конца года", "весной", "в ближайшее время": ``TIME_NOUNS``,
    a number, a month, "завтра"). A plan its sentence sets apart as another document
    ("отдельное", "ещё одно", "новое", "аналогичное", "следующим станет":
    ``FURTHER_DOCUMENT_WORDS``) stays, as does a plan of one side (its partner may be
    unread), a plan two signed records could be, and one whose topic is its own (its
    title is then no opening of the other's: "Соглашение о подборе персонала" beside the
    signed "Соглашение о стажировках выпускников"). The signed record takes
    the plan's regions; the plan goes. Cost: records squared, a handful per page."""
    agreements, sents = s.agreements, s.sentences
    gone: set[int] = set()
    for i, a in enumerate(agreements):
        if a.status != "planned" or len(a.parties) < 2:
            continue
        found = [j for j, b in enumerate(agreements)
                 if j not in gone and b.status == "signed" and _plan_of(a, b)]
        if len(found) != 1:
            continue
        b = agreements[found[0]]
        si = s.sentence_at(a.evidence.start)
        sent = sents[si] if si >= 0 else None
        if sent is None or _further_document(sent, len(b.parties)) or \
                _plan_time_of_its_own(a, b, sent):
            continue
        b.regions += [c for c in a.regions if c not in b.regions]
        gone.add(i)
    agreements[:] = [a for i, a in enumerate(agreements) if i not in gone]


def _plan_of(a: Agreement, b: Agreement) -> bool:
    """Can plan a be signed record b still to come (``plan_of_a_told_signing``): each side
    of a a side of b of its own (``_side_told``: two ministries of the Энская область are
    not the one "Энская область" of the governors' record), no more sides than b, no
    signer b lacks, one kind of
    document ("Соглашение" and "Соглашение о практике", or a plan's "Документ о
    взаимодействии"; not "Меморандум" and "Соглашение")?"""
    if len(a.parties) > len(b.parties) or any(n not in b.signatories for n in a.signatories):
        return False
    ta, tb = a.title.lower(), b.title.lower()
    if not (ta.startswith(tb) or tb.startswith(ta) or _unkinded(ta)):
        return False
    free = list(b.parties)  # each side of b tells one side of a, no more
    for p in a.parties:
        q = next((q for q in free if _side_told(p, [q])), None)
        if q is None:
            return False
        free.remove(q)
    return True


def _unkinded(title: str) -> bool:
    """Does a record's title open with a noun that names no kind of document
    (``UNKINDED_TITLE_NOUNS``: "Документ о взаимодействии", "Договорённости"), read by its
    letters before the ending?"""
    words = title.split()
    first = words[0].lower().replace("ё", "е") if words else ""
    return any(first.startswith(n.replace("ё", "е")[:-1]) for n in UNKINDED_TITLE_NOUNS)


def _side_told(p: Party, sides: list[Party]) -> bool:
    """Is side p one of ``sides`` told again: written alike, one named short of the other
    (``_short_name_of``), or a body of a region the other names bare ("Правительство Энской
    области" and "Энская область")?"""
    for q in sides:
        if p.name.lower() == q.name.lower() or _short_name_of(p.name, q.name) or \
                _short_name_of(q.name, p.name):
            return True
        bare_p, bare_q = _bare_region(p), _bare_region(q)
        if bare_q is not None and bare_p is None and bare_q in _regions_of(p) or \
                bare_p is not None and bare_q is None and bare_p in _regions_of(q):
            return True
    return False


def _further_document(sent: Sentence, sides: int) -> bool:
    """Does the plan's sentence set its document apart from one told before
    (``FURTHER_DOCUMENT_WORDS``: "отдельное соглашение", "ещё одно", "новое", "аналогичный
    документ", "следующим шагом станет"), or count its sides otherwise than the signed
    record's ``sides`` (``SIDE_COUNT_WORDS``: "затем регионы заключат трёхстороннее
    соглашение вместе с соседней областью" after a signing of two)? plan50: or name a
    roadmap (``candidate_status.joint_step_document``: "Дорожную карту к соглашению
    стороны утвердят весной"), a document of its own beside the agreement signed?"""
    return any(t.lemma in FURTHER_DOCUMENT_WORDS or
               SIDE_COUNT_WORDS.get(t.lemma, sides) != sides or
               sent.parsed and joint_step_document(sent, i)
               for i, t in enumerate(sent.tokens))


def _plan_time_of_its_own(a: Agreement, b: Agreement, sent: Sentence) -> bool:
    """Has plan a a time the signing b has not: a date other than b's day, or, undated (or
    dated by the page alone), a time its own sentence names ("до конца года", "весной", "в
    ближайшее время", "в мае", "завтра": ``TIME_NOUNS``, ``tells_a_date``)?"""
    if a.date is not None and not a.date_from_published:
        return a.date != b.date
    return tells_a_date(sent) or any(t.lemma in TIME_NOUNS for t in sent.tokens)


def caption_of_a_told_signing(s: DatedRecords) -> None:
    """extra45: a signed record read from a photo caption of a signing
    (``signers.signing_caption``: "📷 На фото: министры Анна Котова и Пётр Гусев после
    подписания соглашения", "[Фото] Подписание документа по видеосвязи") is the signing the
    page reports when exactly one other signed record has a compatible date and every
    signer the caption's record holds (``same_person``): the caption shows that signing,
    and the sides read for it are guesses (the bodies told nearest before it, an older
    framework's governments). A caption's record with a signer no other record has, on a
    page of two such signings, or the page's only signed record (the caption then tells
    the signing alone), stays. The other record keeps its own sides, signers and date;
    the caption's goes. Cost: records squared, a handful per page."""
    agreements, sents = s.agreements, s.sentences
    gone: set[int] = set()
    for i, a in enumerate(agreements):
        if a.status != "signed":
            continue
        si = s.sentence_at(a.evidence.start)
        if si < 0 or not signing_caption(sents[si]):
            continue
        found = [j for j, b in enumerate(agreements)
                 if j != i and j not in gone and b.status == "signed" and
                 (a.date_from_published or isodate.compatible(a.date, b.date)) and
                 all(any(same_person(n, m) for m in b.signatories) for n in a.signatories)]
        if len(found) == 1:
            gone.add(i)
    agreements[:] = [a for i, a in enumerate(agreements) if i not in gone]


# --- extra74: a subheading over the paragraph that tells its agreement ---------------------


def subheading_over_its_record(s: DatedRecords) -> None:
    """extra74: a mentioned record read from a subheading, a line of its own with no verb
    and no number ("Соглашение с Пенсионным союзом", "Главное событие: соглашение с
    Соцфондом"), whose sides are each a side of the record the very next sentence tells
    (``_side_told``: written alike, named short, or a body of a region the heading names
    bare), is that record's heading, not an agreement of its own: long reports split by
    zones title each zone by the agreement the zone then tells ("Соглашение с Соцфондом /
    В конце заседания министр и управляющий Энским отделением Соцфонда поставили
    подписи под ...").
    The heading's record goes; the told record takes its regions. A heading with a verb
    ("Минтруд и фонд продлили соглашение") or a number ("Год соглашению: 300 семей"), a
    heading with signers, one of a side the next record lacks, or one over a sentence
    that tells no record stays. Cost: one look per record at the sentence after its own."""
    agreements, sents, text = s.agreements, s.sentences, s.text
    if not sents or not text:
        return
    gone: set[int] = set()
    by_sent: dict[int, list[int]] = {}  # review74: the records of each sentence, read once
    for j, b in enumerate(agreements):
        by_sent.setdefault(s.sentence_at(b.evidence.start), []).append(j)
    for i, a in enumerate(agreements):
        if a.status != "mentioned" or not a.parties or a.signatories:
            continue
        si = s.sentence_at(a.evidence.start)
        if si < 0 or si + 1 >= len(sents) or not _verbless_line(sents[si], text):
            continue
        found = [j for j in by_sent.get(si + 1, [])
                 if j != i and j not in gone and
                 all(_side_told(p, agreements[j].parties) for p in a.parties)]
        if len(found) != 1:
            continue
        b = agreements[found[0]]
        b.regions += [c for c in a.regions if c not in b.regions]
        gone.add(i)
    agreements[:] = [a for i, a in enumerate(agreements) if i not in gone]


def _verbless_line(sent: Sentence, text: str) -> bool:
    """Is the sentence a heading: a line of its own in the text (a line break, or the text's
    edge, on each side), of at most ``HEADING_MAX_WORDS`` words, ending with no stop, holding
    no verb (finite, participle, infinitive or short participle: "подписано") and no
    digit?"""
    i, j = sent.start, sent.stop  # review74: only the blanks beside it are read, not copied
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    while j < len(text) and text[j] in " \t":
        j += 1
    if (i > 0 and text[i - 1] != "\n") or (j < len(text) and text[j] != "\n"):
        return False
    body = sent.text.strip()
    if not body or body[-1] in ".!?…" or any(c.isdigit() for c in body):
        return False
    words = [t for t in sent.tokens if t.pos != "PUNCT"]
    return 0 < len(words) <= HEADING_MAX_WORDS and not any(
        t.pos in ("VERB", "AUX") for t in sent.tokens)


# extra74: a subheading is short; a longer line with no verb is a list item or a lead.
HEADING_MAX_WORDS = 10


# --- extra46: a signing dated after the page; a quoted speaker's words on the signing --------


def signing_after_the_page(s: DatedRecords) -> None:
    """extra46: a signed record dated to a day after the page's own day, read from a
    sentence with no verb in the past ("11:00 – Подписание соглашения между министерством
    и союзом пенсионеров" in an announcement of the next day's events, "Завтра соглашение
    будет подписано" told above it), tells a signing still to come: it is planned. A day the
    page's day stands in for, a page without a day, or a sentence telling the signing done
    ("подписали", "подписано") leaves the record signed."""
    published, sents = s.published, s.sentences
    if not published or len(published) < 10:
        return
    for a in s.agreements:
        if a.status != "signed" or a.date_from_published or not a.date or \
                len(a.date) < 10 or a.date[:10] <= published[:10]:
            continue
        si = s.sentence_at(a.evidence.start)
        if si >= 0 and not _told_done(sents[si]):
            a.status = "planned"


def _told_done(sent: Sentence) -> bool:
    """Does the sentence hold a verb in the past, finite or a short participle, with no
    future auxiliary ("подписали", "подписано"; not "будет подписано")?"""
    toks = sent.tokens
    if any(future_aux_word(t) for t in toks):
        return False
    return any(t.feats.get("Tense") == "Past" and
               (t.feats.get("VerbForm") == "Fin" or t.feats.get("Variant") == "Short")
               for t in toks)


def quoted_mention_of_a_told_signing(s: DatedRecords) -> None:
    """extra46: a mentioned record read from a quoted speaker's words that point at an
    agreement by a determiner of the one just told (``TOLD_AGREEMENT_DETERMINERS``:
    "«Без помощи общественников нам не обойтись, и такое соглашение давно назрело», —
    сказал председатель", "«За год у нас пятое подобное соглашение»", "«Новое
    соглашение снимает эту проблему»") is the signing the page reports, seen by the
    speaker: it goes when the page has a signed record whose sides hold each of its sides
    (``_side_told``, or a body of the same region: the speaker's own body) and it is dated
    no earlier than that signing. Words of an older agreement ("ранее", "назад":
    ``EARLIER_WORDS``) or a date before the signing ("«Такое соглашение у нас с фондом
    действует с 2019 года»") keep it; so does a speaker outside quotation marks."""
    agreements, sents, text = s.agreements, s.sentences, s.text
    if not text:
        return
    signed = [b for b in agreements if b.status == "signed" and b.parties]
    gone: set[int] = set()
    for i, a in enumerate(agreements):
        if a.status != "mentioned" or not signed:
            continue
        si = s.sentence_at(a.evidence.start)
        if si < 0 or not _quoted_told_noun(sents[si], text):
            continue
        if any(_speaks_of(a, b) for b in signed):
            gone.add(i)
    agreements[:] = [a for i, a in enumerate(agreements) if i not in gone]


def _quoted_told_noun(sent: Sentence, text: str) -> bool:
    """Does the sentence hold, inside an open quotation (``in_speech``), an agreement noun
    with a determiner of the agreement told (``TOLD_AGREEMENT_DETERMINERS``) and no word
    of an earlier time (``EARLIER_WORDS``)? "«Подобное соглашение нам давно было нужно», —
    сказала директор" holds one; "«Ранее такое соглашение у нас уже было»" none."""
    toks = sent.tokens
    if not sent.parsed or any(t.lemma in EARLIER_WORDS for t in toks):
        return False
    for k, t in enumerate(toks):
        if t.lemma in TRIGGERS and t.pos == "NOUN" and in_speech(text, t.start) and \
                any(toks[c].lemma in TOLD_AGREEMENT_DETERMINERS and
                    toks[c].rel in {"amod", "det"} for c in sent.children(k)):
            return True
    return False


def _speaks_of(a: Agreement, b: Agreement) -> bool:
    """Can mention a be signed record b in a speaker's words: dated no earlier than b, each
    side of a a side of b (``_side_told``) or a body of a region one of b's sides holds?
    "Департамент Энской области" in a quote beside the signed "Правительство Энской области;
    фонд «Опора»" can be; a mention dated 2019 beside a signing of 2025 cannot."""
    n = min(len(a.date or ""), len(b.date or ""))
    if n and not a.date_from_published and (a.date or "")[:n] < (b.date or "")[:n]:
        return False
    held = {c for q in b.parties for c in _regions_of(q)}
    return all(_side_told(p, b.parties) or _regions_of(p) & held for p in a.parties)


def page_day_signing_told_again(s: DatedRecords) -> None:
    """extra46: a signed record dated by the page's day alone (``date_from_published``: its
    sentence tells no time, "Тем временем другое соглашение в районе всё-таки заключено")
    whose sides and signers are those of another signed record with a date of its own
    ("Накануне директор центра занятости Анна Лебедева и директор завода Олег Жуков
    подписали соглашение о квотах") is that signing told first in brief: it goes. Both
    must name signers, and the same ones (``same_person``), and the same sides written
    alike; two records told with one date of their own stay (two documents the same people
    signed the same day)."""
    agreements = s.agreements
    gone: set[int] = set()
    for i, a in enumerate(agreements):
        if a.status != "signed" or not a.date_from_published or not a.signatories or \
                not a.parties:
            continue
        sides = sorted(p.name.lower() for p in a.parties)
        if any(j != i and j not in gone and b.status == "signed" and b.date and
               not b.date_from_published and
               sorted(p.name.lower() for p in b.parties) == sides and
               len(b.signatories) == len(a.signatories) and
               all(any(same_person(n, m) for m in b.signatories) for n in a.signatories)
               for j, b in enumerate(agreements)):
            gone.add(i)
    agreements[:] = [a for i, a in enumerate(agreements) if i not in gone]


# The record passes run after the date stage and the late signers, in this order, by one
# loop (``coreference.run_passes``) in ``pipeline.extract_from_analysis``: a region-level
# record goes into its bodies' record before a lone plan looks for the page's common body;
# a record told again by short names goes when every status is final (extra44), and a plan
# of a signing the page reports and a caption's record of it last (extra45).
DATED_RECORD_PASSES: tuple[Pass[DatedRecords], ...] = named_passes(
    region_records_told_by_bodies,  # pair81
    lone_plans_take_common_side,  # side82
    draft_text_planned,  # hid95
    short_named_record_told_again,  # extra44
    plan_of_a_told_signing,  # extra45
    caption_of_a_told_signing,  # extra45
    subheading_over_its_record,  # extra74
    signing_after_the_page,  # extra46
    quoted_mention_of_a_told_signing,  # extra46
    page_day_signing_told_again,  # extra46
)


def sideless_signings_dropped(agreements: list[Agreement],
                              sentences: list[Sentence] | None = None) -> None:
    """agr61: a signed record that, after every side pass and the date stage, still names
    no side, on a page whose other records name theirs, is no report of a signing of its
    own: a cooperation agreement is signed by bodies, and the page tells who signed its
    agreements. Such a record comes of a mention that only retells one of them ("Напомним,
    у фонда уже есть похожий договор"), of a side dropped as foreign or of another field
    ("в планах — договор с зарубежным партнёром"), or of a bare headline ("Подписание
    договора опять перенесли"); it goes. A page whose only record names no side keeps it
    (the reader has no other), and so does a plan told without sides beside a signing (a
    further document the sides mean to sign, ``plan_of_a_told_signing``), and a signing
    whose signers were found ("Подписи поставили директор центра и ректор"): who signed is
    told, the sides only missed. Called by
    ``pipeline.extract_from_analysis`` right after ``DATED_RECORD_PASSES``, so that the
    passes that give a sideless record its sides (``lone_plans_take_common_side``) have
    run. A recalled record with sides is no such companion (fixagr61: "Сегодня подписано
    соглашение …; напомним, в 2019 году министерство и федерация подписали соглашение"
    keeps today's signing, the page's news), nor is a plan with sides (the lead's mend: a signing
    told first, then a like agreement the ministry means to sign by the year's end with
    another body, keeps the signing): only another
    signed record with sides drops a sideless signing. plan62: a plan with sides drops a
    sideless signing whose own sentence puts the signing off (``puts_off``, with the page's
    ``sentences``): "Подписание соглашения министерства с заводом отложили" over the plan's
    story is that plan told again, no signing done."""
    if any(a.parties and a.status == "signed" for a in agreements):
        agreements[:] = [a for a in agreements
                         if a.parties or a.status != "signed" or a.signatories]
    elif sentences and any(a.parties and a.status == "planned" for a in agreements):
        agreements[:] = [a for a in agreements
                         if a.parties or a.status != "signed" or a.signatories or
                         not puts_off(sentences[max(0, sentence_at(sentences,
                                                                  a.evidence.start))])]


def _partner_of_another_region(side: Party, common: Party) -> bool:
    """Is a plan's lone side a body named as such, of no region of the common body? Not a
    region named bare ("Томская область": the plan may be the regions' own, their
    governments'), not a body of the common body's own region ("Отделение Социального фонда
    по Омской области" beside the Omsk ministry: the region's government or another of its
    bodies may be the one planning), not a side in small letters (a common noun read as a
    side, "рабочая группа")."""
    if side.name[:1].islower() or _bare_region(side) is not None:
        return False
    return not _regions_of(side) & _regions_of(common)


def _common_side(agreements: list[Agreement]) -> Party | None:
    """The body most records of two or more sides hold, if it is held by at least
    ``COMMON_SIDE_RECORDS`` of them and by more than any other side ("Министерство труда
    Омской области" in "Министерство труда Омской области; Департамент ... Курганской
    области" and "Министерство труда Омской области; Омский университет"), else None.
    A region named bare is no such body."""
    counts: dict[str, int] = {}
    first: dict[str, Party] = {}
    for a in agreements:
        if len(a.parties) < 2:
            continue
        for key in {party_key(p.name) for p in a.parties}:
            counts[key] = counts.get(key, 0) + 1
        for p in a.parties:
            first.setdefault(party_key(p.name), p)
    if not counts:
        return None
    ranked = sorted(counts.values(), reverse=True)
    top = ranked[0]
    if top < COMMON_SIDE_RECORDS or (len(ranked) > 1 and ranked[1] == top):
        return None
    best = first[next(k for k, n in counts.items() if n == top)]
    return None if _bare_region(best) is not None else best


def _bare_region(p: Party) -> str | None:
    """The region a side names bare, by its name or its capital's ("Курганская область",
    "Курган", "Зауралье"), the name whole; None for a body ("Правительство Курганской
    области") or any other side."""
    found = gazetteer.resolve(p.name)
    return found.code if found is not None and p.region in (None, found.code) else None


def _regions_of(p: Party) -> set[str]:
    """The regions a side's name holds ("Департамент ... Курганской области": RU-KGN) and the
    one it was given."""
    return gazetteer.regions_in(p.name) | ({p.region} if p.region else set())


def _told_by_bodies(a: Agreement, b: Agreement, codes: list[str]) -> bool:
    """Does b name, for each of a's bare regions (``codes``), a side that is a body of that
    region ("Курган": "Департамент социальной защиты населения Курганской области"), and
    hold each of a's other sides (``_partner_held``)? Of one status."""
    if a.status != b.status:
        return False
    bodies = [p for p in b.parties if _bare_region(p) is None]
    held = {c for p in bodies for c in _regions_of(p)}
    return set(codes) <= held and all(
        _bare_region(p) is not None or any(_partner_held(p, q) for q in bodies)
        for p in a.parties)


def _partner_held(p: Party, q: Party) -> bool:
    """Is side p the side q named as long or longer: the words of one (their first four
    letters, ``_stems``) all among the other's? "Социальный фонд" and "Отделение
    Социального фонда по Зауралью". A «quoted» proper name counts only when
    both names give one: "Фонд «Заря»" is "Благотворительный фонд помощи ветеранам" named
    by its kind's word (the fund), not "Фонд «Рассвет»"."""
    quoted = "«" in p.name and "«" in q.name
    mine = _stems(p.name if quoted else p.name.split("«")[0])
    theirs = _stems(q.name if quoted else q.name.split("«")[0])
    return bool(mine and theirs) and (mine <= theirs or theirs <= mine)


def _stems(name: str) -> set[str]:
    """The first four letters of a name's words of three letters or more (``stem5`` cut
    shorter: a noun and its cases, "фонд" and "Фонда")."""
    return {stem5(w)[:4] for w in re.findall(r"\w{3,}", name)}


def _put_off_later(a: Agreement, b: Agreement, sentences: list[Sentence]) -> bool:
    """Is a a plan whose own sentence puts its signing off (a verb of postponing,
    ``POSTPONE_WORDS``, not negated: "Курган и Омск отложили подписание соглашения до мая")
    to a time after b's, the time first set ("Документ министерства и департамента
    собирались подписать 20 марта")? Then a's date is the plan's, b's the one given up."""
    if a.status != "planned" or not a.date or not b.date or \
            isodate.compatible(a.date, b.date):
        return False
    ya, ma, _ = isodate.parts(a.date)
    yb, mb, _ = isodate.parts(b.date)
    if ya and yb and ya != yb:
        later = ya > yb
    else:
        later = bool(ma and mb and ma > mb)
    sent = next((s for s in sentences if s.start <= a.evidence.start < s.stop), None)
    if not later or sent is None:
        return False
    return puts_off(sent)


def puts_off(sent: Sentence) -> bool:
    """Does the sentence hold a word of postponing (``POSTPONE_WORDS``) not negated
    ("Подписание договора отложили", "перенесли на осень"; not "не перенесли")?"""
    toks = sent.tokens
    return any(t.lemma in POSTPONE_WORDS and not (i and toks[i - 1].lemma == "не")
               for i, t in enumerate(toks))
