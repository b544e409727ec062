"""agr45: an older agreement of the story's sides, recalled by its own year.

A story about one agreement often recalls an older one between the same sides, dated by
its own year and naming the sides by a common noun or not at all: "Срок действия
соглашения, заключённого сторонами в апреле 2018 года, продлён до 2030 года", "соглашение
управления с академией действовало с 2015 года". Such a mention names no side, so merging
keeps it apart from the story's record (its year is not the story's) and the side passes
find no side for it: ``coreference.unidentified`` would drop it, and the older agreement
the text tells would be lost. ``older_agreement_sides`` gives it the sides of the record
its own words point to. Called by ``merge.find_agreements`` after the side passes of every
merged agreement; reads merged agreements and their sides only.
"""
from __future__ import annotations

from collections.abc import Callable

from soccoop import isodate
from soccoop.extract.agreement_types import _Candidate, _k, _Merged, _Party
from soccoop.extract.datewords import FRAME_NOUNS
from soccoop.extract.lexicon import BODY_HEADS, ORG_HEADS, PLACE_HEADS
from soccoop.extract.lexicon_sides import PARTNER_PREPOSITIONS, TOLD_SIDES_WORDS
from soccoop.extract.merge_rules import _with_partners
from soccoop.extract.nlp import Token
from soccoop.extract.normalize import acronym_spells, is_acronym

# the head nouns that name a side by a word of its name ("с академией"); not a place
# ("в городе" names no "Администрация города ...")
_SIDE_NOUNS = frozenset((ORG_HEADS | BODY_HEADS) - PLACE_HEADS)


def _year(date: str | None) -> int | None:
    year = isodate.parts(date)[0] if date else None
    return int(year) if year else None


def _names_side(t: Token, p: _Party) -> bool:
    """Does the word name the side: a body's head noun standing among the words of its
    name by its first five letters ("с академией" of "Северная академия туризма"), or
    an acronym of it ("САТ")?"""
    if is_acronym(t.text):
        return acronym_spells(t.text, p.name)
    return t.lemma in _SIDE_NOUNS and \
        t.lemma[:5] in {w.lower()[:5] for w in p.name.split()}


def _older(m: _Merged, r: _Merged, page_year: int | None) -> bool:
    """Is the mention's agreement older than the record's: its year before the page's
    year or the year the record was signed or told in force (a plan's year is to come),
    and not a date the record's could be?"""
    year, theirs = _year(m.date), _year(r.date)
    if year is None or theirs == year and isodate.compatible(m.date, r.date):
        return False
    if r.status == "planned":
        theirs = None
    if page_year is None and theirs is None:
        return _older_by_status(m, r, year)
    return any(y is not None and year < y for y in (page_year, theirs))


def _older_by_status(m: _Merged, r: _Merged, year: int) -> bool:
    """missed73: with no year to compare (a post of no page date, a record signed "21
    февраля" or planned), the mention told in force or recalled by a year of its own is
    older than the story's signing or plan, its status says so: "21 февраля мы подписали
    новое соглашение с министерством. Первое соглашение было заключено в 2019 году" — the
    2019 agreement is the older one, not a date the signing's could be (merging kept the
    two apart). Not when both dates state a month and could be one day ("14 марта
    подписали … Соглашение, подписанное 14 марта 2025 года" retells the signing), nor
    when the mention's year is not before a plan's own ("планируют подписать в 2025 году
    … соглашение 2025 года")."""
    own_month = isodate.parts(m.date)[1] if m.date else None
    if own_month and r.date and isodate.parts(r.date)[1] and \
            isodate.compatible(m.date, r.date):
        return False
    plan_year = _year(r.date)
    if r.status == "planned" and plan_year is not None and year >= plan_year:
        return False
    return m.status == "mentioned" and r.status in ("signed", "planned")


def _sides_word(t: Token) -> bool:
    """A noun calling the told sides together, in the plural ("сторонами", "у двух
    ведомств"); "со стороны министерства" names one side's part."""
    return t.lemma in TOLD_SIDES_WORDS and t.feats.get("Number") == "Plur"


def older_agreement_sides(m: _Merged, kept: list[tuple[_Merged, list[_Party]]],
                          published: str | None) -> tuple[list[_Party], _Merged] | None:
    """The sides of an older agreement the mention recalls and the record they are taken
    from (the older record is told right after it), or None. The mention: every mention
    of it names no side and counts no agreements (a singular noun), its status is
    ``mentioned`` and its date has a year before the page's (or before the date of the
    record it takes its sides from, unless that one is a plan). Its sides: those of the
    record nearest to it among the records one of whose sides its own words name by a
    body's head or an acronym; with none so named, of the nearest record when its words
    call them the sides or the bodies in the plural ("сторонами", "у двух ведомств").
    Narrowed to the sides it names when they are two or more; none when a "с" partner of
    its clause names no side of that record (its own partner, left to the partner
    readers); only the sides it names (none: no sides) when a "с" partner of the verb it is
    the basis of names no side (fixstatus70, ``_work_partners``: "центр работает с
    волонтёрами по соглашению" is not the college's). "Центр «Опора» и управление
    соцзащиты подписали новое соглашение ... Соглашение, заключённое
    сторонами в апреле 2018 года, истекло" → a mentioned record of 2018 between the centre
    and the department."""
    if m.status != "mentioned" or _year(m.date) is None or \
            any(c.parties or c.trigger.feats.get("Number") == "Plur" for c in m.candidates):
        return None
    page_year = _year(published)
    words = [t for c in m.candidates for t in c.sentence.tokens]
    generic = any(_sides_word(t) for t in words)
    options = [(r, parties) for r, parties in kept if r is not m and parties and
               _older(m, r, page_year)]
    named = [(r, parties, [p for p in parties if any(_names_side(t, p) for t in words)])
             for r, parties in options]
    chosen = [x for x in named if x[2]] or \
        ([(r, parties, []) for r, parties in options] if generic else [])
    if not chosen:
        return None
    r, parties, own = min(chosen, key=lambda x: min(abs(c.trigger.start - m.first)
                                                    for c in x[0].candidates))
    if not all(any(_names_side(t, p) for p in parties) for c in m.candidates
               for t in _with_partners(c.sentence)):
        return None  # a partner of its own: "соглашения с областным колледжем, 2019 года"
    if _partner_of_its_own(m, parties):
        # fixstatus70: "центр работает с волонтёрами по соглашению": not the record's partner
        return (own, r) if own else None
    return (own if len({p.key for p in own}) >= 2 else list(parties)), r


def _partner_of_its_own(m: _Merged, parties: list[_Party]) -> bool:
    """fixstatus70: does a clause of the mention name a partner of the work done under it
    (``_work_partners``) that is none of ``parties``?"""
    return not all(any(_names_side(t, p) for p in parties) for c in m.candidates
                   for t in _work_partners(c))


def sides_its_clause_names(m: _Merged, parties: list[_Party]) -> list[_Party]:
    """fixstatus70: the sides taken from elsewhere (the headline's, a story's) a mention
    naming no side keeps: all of them, or, when its clause names a partner of its own for
    the work done under it ("С 2017 года центр работает с волонтёрами по соглашению"),
    those its own words name only ("центр"); the story's other side is not its partner."""
    if not parties or not _partner_of_its_own(m, parties):
        return parties
    words = [t for c in m.candidates for t in c.sentence.tokens]
    return [p for p in parties if any(_names_side(t, p) for t in words)]


def _work_partners(c: _Candidate) -> list[Token]:
    """fixstatus70: the nouns in the instrumental after "с" hung on the verb whose oblique
    the agreement noun, or the frame noun over it ("в рамках"), is: the partner the clause
    names for the work done under the agreement ("С 2017 года центр работает с волонтёрами
    по соглашению о партнёрстве" → "волонтёрами"). A parsed sentence only."""
    sent = c.sentence
    toks = sent.tokens
    k = _k(c)
    if not sent.parsed or not 0 <= k < len(toks):
        return []
    h = toks[k].head
    basis = h if 0 <= h < len(toks) and toks[h].lemma in FRAME_NOUNS else k
    v = toks[basis].head
    if toks[basis].rel != "obl" or not 0 <= v < len(toks) or toks[v].pos != "VERB":
        return []
    return [toks[x] for x in sent.children(v) if x != basis and toks[x].pos in (
        "NOUN", "PROPN") and toks[x].feats.get("Case") == "Ins" and any(
            toks[y].rel == "case" and toks[y].lemma in PARTNER_PREPOSITIONS
            for y in sent.children(x))]


def _singular_unnamed_older(m: _Merged, page_year: int | None) -> int | None:
    """passing50: the year of a mention that names no side, counts no agreements and is
    mentioned with a year before the page's; None otherwise."""
    year = _year(m.date)
    if m.status != "mentioned" or year is None or page_year is None or year >= page_year or \
            any(c.parties or c.trigger.feats.get("Number") == "Plur" for c in m.candidates):
        return None
    return year


def older_agreement_named_bodies(m: _Merged, bodies: Callable[[int], list[_Party]],
                                 published: str | None) -> list[_Party] | None:
    """passing50: the sides of an older agreement a page about something else recalls by
    its year, naming each side by a common noun, when no record of the page holds them
    (``older_agreement_sides`` found none): the bodies the page names in full up to the
    mention's sentences (``bodies``: those named up to a text offset) that a body's head
    noun of those sentences names, by the first five letters of a word of the name (or an
    acronym it spells); for each such word, the body named nearest before it (a plural
    head, "отделения", every body it names). A page about an award or a meeting keeps no
    record of its own, so the older agreement had no record to take sides from: "На
    встрече в управлении соцзащиты … Напомним, что в 2021 году управление и фонд
    «Забота» заключили соглашение" → a mentioned record of 2021 between the department and
    the fund the page names in full. None when the mention is not such a one (its year is
    not before the page's, it names a side or counts agreements) or no word names a body."""
    if _singular_unnamed_older(m, _year(published)) is None or \
            any(_pronoun_partner_word(c.sentence.tokens) for c in m.candidates):
        return None
    out: list[_Party] = []
    for c in m.candidates:
        named = bodies(c.sentence.stop)
        for t in c.sentence.tokens:
            if not (is_acronym(t.text) or t.lemma in _SIDE_NOUNS):
                continue
            own = [p for p in named if _names_side(t, p) and _full_name(p, t)]
            if t.feats.get("Number") != "Plur":
                before = [p for p in own if p.start <= t.start] or own
                own = [min(before, key=lambda p: abs(t.start - p.start))] if before else []
            for p in own:
                if p.key not in {q.key for q in out}:
                    out.append(p)
    return out or None


def _full_name(p: _Party, t: Token) -> bool:
    """passing50: a body named in full for ``older_agreement_named_bodies``: not the head
    word alone that names it ("Отделение" told by the mention itself), and not a line of
    site navigation ("Главная / Отделение / Новости")."""
    return len(p.name.split()) > 1 and not {"/", "|"} & set(p.name)


def _pronoun_partner_word(toks: list[Token]) -> bool:
    """passing50: a partner told by a personal pronoun after "с" ("соглашение с ней") is
    the pronoun readers' (``agreement_sides._pronoun_partner``, which match its gender
    with a body told before); a body named before it is not read in its stead."""
    return any(t.lemma == "с" and u.pos == "PRON" and u.feats.get("PronType") != "Rel"
               for t, u in zip(toks, toks[1:], strict=False))
