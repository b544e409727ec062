"""Agreement candidates' data types and per-document indexes.

The party (``_Party``), the candidate read from one mention (``_Candidate``), the merged
record (``_Merged``) and the per-document lookups every later step shares: region mentions
by offset, officials by name (``_OfficialIndex``), dates by sentence (``_DateIndex``). They
stand apart from extract.agreements because every step of reading candidates (party
phrases, status, signers, dates, sides) and of merging them uses them, while they use none
of those steps: keeping them in one small module lets each step import its types without
importing the candidate reader.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import InitVar, dataclass, field

from soccoop import isodate, names
from soccoop.extract.lexicon import (
    LEGAL_FORMS,
    PLACE_HEADS,
    SELF_DETERMINERS,
    STATE_INSTITUTION_FORM,
)
from soccoop.extract.lexicon_plans import COMPANY_HEADS
from soccoop.extract.nlp import Analysis, Models, NerSpan, Sentence, Token
from soccoop.extract.normalize import (
    acronym_quoted_variant,
    stem5,
)
from soccoop.extract.syntax import (
    Window,
)
from soccoop.models import (
    STATUS_RANK,
    DateRef,
    Official,
    RegionRef,
)


@dataclass
class _Party:
    """A side of an agreement: its name, region codes and where the text names it. Built
    with the models (``_Party(name, regions, start, stop, models)``), which only serve to
    compute its key once: the morphology tells the adjectives that open a name
    (``_key_length``); they are not kept."""

    name: str
    regions: list[str]
    start: int
    stop: int
    models: InitVar[Models]
    key: str = field(init=False, default="")  # _party_key, computed once

    def __post_init__(self, models: Models) -> None:
        # status44: the legal form is no word of the name ("ООО «Тюменский трикотаж»" and
        # "«Тюменский трикотаж»" are one side)
        words = re.findall(r"\w+", self.name)
        while len(words) > 1 and legal_form(words[0]):
            words = words[1:]
        self.key = " ".join(w[:5].lower() for w in words[:_key_length(models, words)]) + \
            "|" + ",".join(sorted(self.regions))


def _key_length(models: Models, words: list[str]) -> int:
    """agr45: how many words of a name make its side key: two, or a name opening with two
    adjectives runs through its adjectives to the head noun, since what tells bodies apart
    is the adjective before it: "Омский государственный университет" and "Омский
    государственный педагогический университет" are two universities; "Министерство
    труда ..." keeps two words."""
    if len(words) < 3 or not all(_adjective(models, w) for w in words[:2]):
        return 2
    n = 2
    while n < len(words) - 1 and _adjective(models, words[n]):
        n += 1
    return n + 1


def _adjective_heads_differ(p: _Party, q: _Party) -> bool:
    """agr45: two names that open with adjectives are two bodies when their adjectives up to
    the head noun differ: an adjective more before the head is another kind of body
    ("Омский государственный университет", "Омский государственный педагогический
    университет"), while words after the head only name it longer."""
    a, b = p.key.split("|")[0].split(), q.key.split("|")[0].split()
    return len(a) > 2 and len(b) > 2 and _outside_brackets(a, p.name) != \
        _outside_brackets(b, q.name)


def _outside_brackets(key: list[str], name: str) -> list[str]:
    """agr91: a side key's words less those of a bracketed aside inside the name: the
    aside is a second name, no adjective that tells bodies apart. "Томский (Сибирский)
    государственный университет" is "Томский государственный университет"."""
    aside = {w[:5].lower() for part in re.findall(r"\(([^()]*)\)", name)
             for w in re.findall(r"\w+", part)}
    return [w for w in key if w not in aside]


def _adjective(models: Models, word: str) -> bool:
    parses = models.parse(word)
    return bool(parses) and "ADJF" in parses[0].tag


# A side of an agreement, by its public name: what ``side_of_name`` builds.
Side = _Party


def side_of_name(models: Models, name: str, region: str | None = None) -> Side:
    """A side read from a name alone, with no place in a text (offsets 0): the form
    ``same_side`` compares, for a body named elsewhere than in an agreement's parties (an
    official's organisation "ЦЗН Кировской области", a record's side written out). The
    region, when known, joins its key as for any side."""
    return _Party(name, [region] if region else [], 0, 0, models)


@dataclass
class _Candidate:
    sentence: Sentence
    trigger: Token
    status: str
    title: str
    subject_key: set[str]
    parties: list[_Party]
    signatories: list[str]
    date: str | None
    plural_generic: bool = False
    planned_signing: bool = False  # "планируем подписать ...": a signing still to come
    group: int = -1  # "соглашения с A, B и C": one of several agreements of one noun ...
    member: int = 0  # ... and which of them
    headline: bool = False  # a headline's summary of the report's signing
    count: int = 0  # "два соглашения": how many agreements the mention counts
    ordinal: bool = False  # "Первый документ": one of the counted agreements
    distinct: bool = False  # "отдельное соглашение", "ещё одно соглашение": not one before
    # "X подписало два соглашения": X, the counted signing's own side for its ordinals
    subject: list[_Party] = field(default_factory=list)
    terms: bool = False  # "по условиям соглашения": the agreement told before
    # "договорённости с X подписали A и B": one of the listed agreements of other sides,
    # never the one a later bare mention ("Готовясь к соглашению") refers to
    listed: bool = False
    # "с X о A, с Y о B": the lemmas of this partner's own subject (None: read the clause)
    about: set[str] | None = None
    # fixfield59: a list item's own topic, the lemmas of its "о ..." phrases ("2) с ООО
    # «Дом» — о развитии квартала"), for ``agreements._field_topic``, which reads no topic of
    # the list's plural lead noun (None: no list item)
    item_about: set[str] | None = None
    # pair83: the side the reporting official's body lends a mention naming one side only
    # ("Министр X сообщила, что соглашение с Y ..."), not named by the clause itself
    reporter: _Party | None = None
    # tidy54: the year of a signing's date dropped as its term's or period's ("подписали
    # соглашение на 2023 год" on a 2022 page: status53, agr67), read by the merge
    # (``merge_rules.term_ended_before``) as when the signed agreement starts
    term_year: str | None = None


class _Merged:
    """Candidates taken as one agreement. Status, subject, parties and date are kept up to
    date as candidates join (``add``), so merging a document stays linear in candidates
    times merged agreements rather than recomputing them over every candidate per check."""

    def __init__(self, first: _Candidate) -> None:
        self.candidates: list[_Candidate] = []
        self.status = "mentioned"
        self.subject_key: set[str] = set()
        self.parties: list[_Party] = []
        self.party_keys: set[str] = set()
        self.regions: set[str] = set()
        self.date: str | None = None
        self.first = first.trigger.start
        self.last = first.trigger.start
        self.first_signed: int | None = None  # earliest signed mention
        self.members: dict[int, int] = {}  # group -> member, for split lists
        self.headline = False
        self.own_document = False  # a mention calls it "настоящее Соглашение"
        # merge_rules._first_told_another, read once per record: (candidates then, answer)
        self.told_another: tuple[int, bool] | None = None
        self.add(first)

    def add(self, c: _Candidate) -> None:
        self.candidates.append(c)
        if STATUS_RANK[c.status] > STATUS_RANK[self.status] or len(self.candidates) == 1:
            self.status = c.status
        self.subject_key |= c.subject_key
        for p in c.parties:
            twin = next((q for q in self.parties
                         if q.key != p.key and (same_quoted_name(p, q) or
                                                same_words_reordered(p, q))), None)
            if twin is not None:  # agr44: "АНО «X»" and "Автономная некоммерческая
                # организация «X»" are one side, named by its longer name; agr72: so are
                # "Центр занятости Томска" and "ГКУ «Томский центр занятости»"
                self.party_keys.add(p.key)
                self.parties = [p if q is twin and len(p.name) > len(q.name) else q
                                for q in self.parties]
                continue
            if p.key not in self.party_keys:
                self.party_keys.add(p.key)
                self.parties.append(p)
                self.regions.update(p.regions)
            else:  # the same side named in full later: "Минтруд России", then its full name
                self.parties = [p if q.key == p.key and _words_within(q, p) else q
                                for q in self.parties]
        if c.date and isodate.compatible(self.date, c.date):
            self.date = merged_mention_dates(self.date, c.date)
        self.first = min(self.first, c.trigger.start)
        self.last = max(self.last, c.trigger.start)
        if c.status == "signed" and (self.first_signed is None or
                                     c.trigger.start < self.first_signed):
            self.first_signed = c.trigger.start
        if c.group >= 0:
            self.members[c.group] = c.member
        self.headline = self.headline or c.headline
        self.own_document = self.own_document or _this_document(c)


_YEAR_ONLY = re.compile(r"\d{4}")


def merged_mention_dates(kept: str | None, new: str | None) -> str | None:
    """date46: the date of an agreement two of its mentions date together. Compatible dates
    merge ("2025-03" and "2025-03-12"), but a year one mention states and a month or day
    without a year another mention states are not one date: the year tells the
    agreement's past, the year-less month the news around it. "Новое соглашение заменит
    действовавшее с 2021 года соглашение ... . Первые результаты работы по соглашению
    подвести в июне" is 2021, not 2021-06; "7 ноября центр присоединился к соглашению ...
    . Само соглашение было заключено в 2024 году" is 2024 for that agreement."""
    if kept and new and ((_YEAR_ONLY.fullmatch(kept) and new.startswith("--")) or
                         (_YEAR_ONLY.fullmatch(new) and kept.startswith("--"))):
        return kept if _YEAR_ONLY.fullmatch(kept) else new
    return isodate.merge(kept, new)


def _same_but_ending(a: str, b: str) -> bool:
    """Are two words one word in two case forms: the same but for an ending of up to two
    letters, with three letters or more kept ("Братства", "Братство")?"""
    n = max(len(a), len(b)) - 2
    return n >= 3 and a[:n] == b[:n] and abs(len(a) - len(b)) <= 1


def inflected_quoted_name(p: str, q: str) -> bool:
    """agr91: a «quoted» name standing alone, with no noun of kind before it, is declined
    in the sentence ("председатель правления «Надежды»", "подписали с «Надеждой»"), so it
    is the body whose quoted name is the same words in another case form: "«Надежды»" and
    "Региональная общественная организация «Надежда»". Only the bare quoted name is
    declined: after a noun of kind the name stays as it is ("организации «Надежда»")."""
    bare, other = (p, q) if p.startswith("«") and p.endswith("»") else (q, p)
    if not (bare.startswith("«") and bare.endswith("»")):
        return False
    inner = _INNER_NAME.search(other)
    if inner is None:
        return False
    def words(x: str) -> list[str]:
        return re.findall(r"\w+", x.lower().replace("ё", "е"))
    mine, theirs = words(bare[1:-1]), words(inner.group(1))
    return bool(mine) and len(mine) == len(theirs) and mine != theirs and \
        all(_same_but_ending(x, y) for x, y in zip(mine, theirs, strict=True))


def same_quoted_name(p: _Party, q: _Party) -> bool:
    """agr44: one «quoted» name after legal forms written out or abbreviated is one body:
    "АНО «Серебряный волонтёр»" and "Автономная некоммерческая организация «Серебряный
    волонтёр»"; not the branches of one body in two regions ("Филиал фонда «Защитники
    Отечества» по Республике Татарстан" and "... по Республике Башкортостан"); agr46: nor
    the acronyms of both ("ГКУ НСО «ЦЗН Новосибирска»", ``acronym_quoted_variant``). rec95:
    the quoted name alone, written bare ("Родник" and "АНО «Родник»"), is that body too."""
    a, b = _QUOTED_NAME.search(p.name), _QUOTED_NAME.search(q.name)
    def norm(x: str) -> str:
        return x.lower().replace("ё", "е")

    if p.regions and q.regions and set(p.regions) != set(q.regions):
        return False
    if (a is None) != (b is None):
        # rec95: the quoted name told bare, with no legal form or kind ("соглашения с
        # «Родником»" gives the side "Родник"), is the body of that quoted name
        bare, named = (p, b) if a is None else (q, a)
        if named is None:
            return False
        kind = (q if a is None else p).name[:named.start()].lower().split()
        # a company keeps its quoted name alone ("компания «X»" is "X", the name it goes by)
        return "«" not in bare.name and not set(kind) & COMPANY_HEADS and \
            norm(bare.name) == norm(named.group(1))
    if a is None or b is None:
        return False

    if norm(a.group(1)) == norm(b.group(1)) or inflected_quoted_name(p.name, q.name):
        return True
    # agr58: a name with a name inside, «Центр семейной поддержки «Опора», is the body
    # called by its inner name: "АНО «Опора»"
    inner_a, inner_b = _INNER_NAME.findall(p.name), _INNER_NAME.findall(q.name)
    if ("«" in a.group(1)) != ("«" in b.group(1)) and \
            {norm(x) for x in inner_a} & {norm(x) for x in inner_b}:
        return True
    return acronym_quoted_variant(p.name, q.name)  # agr46: "ГКУ НСО «ЦЗН …»" and in full


def same_words_reordered(p: _Party, q: _Party) -> bool:
    """agr72: one body named by the same words in another order and form, a place's
    genitive for its adjective: "Центр занятости Томска" and "ГКУ «Томский центр
    занятости»", "Совет ветеранов Кирова" and "Кировский совет ветеранов". The content
    words of the two names (``_name_stems``, legal forms of three letters and fewer aside)
    are the same, two or more of them, the names differ, neither is a bare place, and their
    regions do not differ."""
    a, b = _name_stems(p.name), _name_stems(q.name)
    if len(a) < 2 or a != b or p.name.lower() == q.name.lower():
        return False
    if p.regions and q.regions and not set(p.regions) & set(q.regions):
        return False
    return not any(n.lower().split()[0] in PLACE_HEADS for n in (p.name, q.name))


_QUOTED_NAME = re.compile(r"«(.{3,})»")
_INNER_NAME = re.compile(r"«([^«»]{3,})»")


_MENTIONS: dict[int, tuple[list[RegionRef], list[tuple[int, int, int]]]] = {}


def _mention_index(regions: list[RegionRef]) -> list[tuple[int, int, int]]:
    """(start, end, region number) of every region mention, sorted: built once per list
    (remembered by identity) so that looking up the regions of a phrase is a bisect."""
    hit = _MENTIONS.get(id(regions))
    if hit is not None and hit[0] is regions:
        return hit[1]
    index = sorted((m.start, m.end, n) for n, r in enumerate(regions) for m in r.mentions)
    if len(_MENTIONS) > 64:
        _MENTIONS.clear()
    _MENTIONS[id(regions)] = (regions, index)
    return index


def _mentions_in(regions: list[RegionRef], start: int, stop: int) -> list[tuple[int, int, int]]:
    index = _mention_index(regions)
    lo = bisect_left(index, (start, -1, -1))
    out = []
    for m in index[lo:]:
        if m[0] >= stop:
            break
        if m[1] <= stop:
            out.append(m)
    return out


def _region_at(regions: list[RegionRef], start: int, stop: int) -> list[str]:
    """Codes of the regions mentioned inside [start, stop), in the order of ``regions``."""
    found = sorted({n for _, _, n in _mentions_in(regions, start, stop)})
    return [regions[n].code for n in found]


def _spans_in(analysis: Analysis, sent: Sentence) -> list[NerSpan]:
    if isinstance(sent, Window):
        return sent.spans
    return [s for s in analysis.spans if sent.start <= s.start and s.stop <= sent.stop]


def _token_index(sent: Sentence, offset: int) -> int:
    """First token at or after ``offset``: bisect on a Window, a scan otherwise."""
    if isinstance(sent, Window):
        return sent.index(offset)
    for i, t in enumerate(sent.tokens):
        if t.start >= offset:
            return i
    return len(sent.tokens)


def _k(c: _Candidate) -> int:
    """The index of the candidate's agreement noun among its sentence's tokens (one
    reading for the mention passes of ``coreference`` and the merge passes of
    ``merge_rules``)."""
    return _token_index(c.sentence, c.trigger.start)


# hid95: the years an agreement covers, after "на" past its noun: "на 2026–2028 годы"; one
# "на YYYY" and one "год(ы)/гг."
_COVER_START = r"(?<![\w])на\s+(\d{4})\s*"
_COVER_END = r"гг?(?:\.|од)"
_PERIOD = re.compile(_COVER_START + r"[–—-]\s*(\d{4})\s+" + _COVER_END)


def covered_period(c: _Candidate) -> str | None:
    """hid95: the first covered period stated after the candidate's noun in its sentence
    ("соглашения ... на 2023–2025 годы" → "2023-2025"), None when none is."""
    sent = c.sentence
    m = _PERIOD.search(sent.text, max(0, c.trigger.start - sent.start))
    return f"{m[1]}-{m[2]}" if m else None


_YEAR_COVERED = re.compile(_COVER_START + r"(?:[–—-]\s*\d{4}\s+)?" + _COVER_END)


def covered_start(c: _Candidate) -> str | None:
    """fin53: the first year a candidate's phrase says its agreement covers ("соглашение о
    минимальной оплате труда на 2023 год" → "2023", "на 2024–2026 годы" → "2024"), None
    when it states none. fixtidy54: read once, by the candidate stage, into
    ``_Candidate.term_year`` for a plan or a signing whose date it was not ("планируют
    подписать соглашение на 2024 год"), as the merge read it before tidy54."""
    sent = c.sentence
    m = _YEAR_COVERED.search(sent.text, max(0, c.trigger.start - sent.start))
    return m[1] if m else None


def other_periods(a: _Merged, b: _Merged) -> bool:
    """miss43: do both records state the years their agreement covers, with no period in
    common? Then they are two agreements of one line: "прошлое соглашение на 2020–2023 годы
    исполнено" beside the signing of "соглашение на 2024–2027 годы"."""
    mine = {p for c in a.candidates if (p := covered_period(c)) is not None}
    yours = {p for c in b.candidates if (p := covered_period(c)) is not None}
    return bool(mine and yours and not mine & yours)


_STATE_INSTITUTION = re.compile(STATE_INSTITUTION_FORM)


def legal_form(word: str) -> bool:
    """A legal form written as an abbreviation: one of ``LEGAL_FORMS`` ("ООО", "АНО"), or a
    state institution's with its region's letters ("КОГАУСО", "ГБУСО", "ФГБУ")."""
    return word.lower() in LEGAL_FORMS or _STATE_INSTITUTION.fullmatch(word) is not None


class _OfficialIndex:
    """Lookups of a document's officials by a mention's text (remembered: the same name
    recurs) and by offset (bisect over evidence starts), so that linking every person of a
    long document to its officials stays linear rather than scanning all officials per
    mention."""

    # officials whose evidence starts before a mention, looked at nearest first: an
    # official's phrase is short, so one holding the mention is among the last few
    REACH = 32

    def __init__(self, officials: list[Official]) -> None:
        self.officials = officials
        self.order = sorted(range(len(officials)), key=lambda n: officials[n].evidence.start)
        self.starts = [officials[n].evidence.start for n in self.order]
        self.by_text: dict[str, list[Official]] = {}

    def matching(self, text: str) -> list[Official]:
        hit = self.by_text.get(text)
        if hit is None:
            hit = self.by_text[text] = [o for o in self.officials
                                        if names.name_matches(text, o.name)]
        return hit

    def holding(self, start: int, stop: int) -> list[Official]:
        hi = bisect_left(self.starts, start + 1)
        found = [n for n in self.order[max(0, hi - self.REACH):hi]
                 if stop <= self.officials[n].evidence.end]
        return [self.officials[n] for n in sorted(found)]


_OFFICIALS: dict[int, tuple[list[Official], _OfficialIndex]] = {}


def _official_index(officials: list[Official]) -> _OfficialIndex:
    """The index of this list of officials, built once (remembered by identity)."""
    hit = _OFFICIALS.get(id(officials))
    if hit is not None and hit[0] is officials and len(hit[1].starts) == len(officials):
        return hit[1]
    if len(_OFFICIALS) > 64:
        _OFFICIALS.clear()
    index = _OfficialIndex(officials)
    _OFFICIALS[id(officials)] = (officials, index)
    return index


class _DateIndex:
    """The document's dates sorted by start, for bisect lookups by sentence."""

    def __init__(self, dates: list[DateRef]) -> None:
        self.dates = sorted(dates, key=lambda d: d.start)
        self.starts = [d.start for d in self.dates]

    def within(self, sent: Sentence) -> list[DateRef]:
        out = []
        for d in self.dates[bisect_left(self.starts, sent.start):]:
            if d.start >= sent.stop:
                break
            if d.end <= sent.stop:
                out.append(d)
        return out


def _name_stems(name: str) -> set[str]:
    """Content words of a side's name by their first five letters (case endings and
    "России" / "Российской Федерации" alike); short words ("и", "по") left out."""
    return {stem5(w) for w in re.findall(r"\w+", names.fold(name)) if len(w) >= 4}


def _words_within(p: _Party, q: _Party) -> bool:
    """Is side p the body q named shorter, every word of p's name standing in q's and q's
    name longer? "Министерство труда России" is "Министерство труда и социальной защиты
    Российской Федерации"; "министерство социального благополучия края" is that ministry
    "... Камчатского края". Two words at least, a body not a bare place: "Камчатский край"
    is no ministry of it."""
    a, b = _name_stems(p.name), _name_stems(q.name)
    words = p.name.lower().split()
    if p.regions and q.regions and not set(p.regions) & set(q.regions):
        return False  # "Министерство труда РД" is no ministry of Ингушетия
    if any(w.isupper() and len(w) >= 2 and w not in q.name.split() for w in p.name.split()):
        return False  # an abbreviation ("РД", "ЧР") is a word of the name too
    if _adjective_heads_differ(p, q):
        return False  # "Омский государственный университет" is no "... педагогический ..."
    return len(a) >= 2 and a < b and words[0] not in PLACE_HEADS and words[-1] not in PLACE_HEADS



def _this_document(c: _Candidate) -> bool:
    """Does the mention call the agreement "this" one ("заключили настоящее Соглашение о
    нижеследующем", "Предметом настоящего Соглашения является ...")? Then the text is the
    agreement itself."""
    toks = c.sentence.tokens
    k = _token_index(c.sentence, c.trigger.start)
    lo = max(0, k - 3)
    return any(t.lemma in SELF_DETERMINERS and (t.head == k or i == k - 1)
               for i, t in enumerate(toks[lo:k], start=lo))
