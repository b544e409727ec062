"""Find the federal subjects a document refers to, with every mention.

Every gazetteer name, alias, capital, city and adjective is turned into a sequence of lemma
keys once per ``Models`` and stored in a trie; the document's tokens are matched against it
by lemma, so inflected forms ("Ханты-Мансийском автономном округе", "Югре", "Костромской
области") match without listing cases. Longest match wins. Upper-case abbreviations (РТ,
ХМАО, ЛНР) match only as written. The context rules from :mod:`soccoop.gazetteer` are
applied here: person names are skipped, ambiguous town names need NER to call them places,
adjectives naming a street or district do not count, "столица" counts only when Moscow is
named too.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from soccoop import gazetteer
from soccoop.extract.boilerplate import is_advert, is_menu_row
from soccoop.extract.lexicon import PERSON_NAME_GRAMMEMES
from soccoop.extract.lexicon_regions import (
    ABBREVIATION_DEFAULTS,
    ABBREVIATION_FOREIGN,
    ADJECTIVE_ENDINGS,
    AMBIGUOUS_ABBREVIATIONS,
    AREA_ADJECTIVE_WORDS,
    AREA_ADJECTIVES,
    AREA_ALIASES,
    AREA_NAME_SUFFIX,
    AREA_NAME_SUFFIX_AFTER_DENTAL,
    BRANCH_NOUNS,
    CAPITAL_ADJECTIVES,
    CAPITAL_HOMONYMS,
    CAPITAL_WORDS,
    CITY_MARKERS,
    CLOSING_QUOTES,
    COMMERCIAL_FORMS,
    COMPANY_FORM_ABBREVIATIONS,
    COPYRIGHT_MARKS,
    DEMONYMS,
    DENTAL_STEM_ENDINGS,
    EVENT_NOUNS,
    EVENT_SCOPE_WORDS,
    EXTRA_ALIASES,
    FEED_HEAD_BARS,
    FEED_LABEL_WORDS,
    FEED_MIN_ITEMS,
    HASHTAG_SUBJECT_NOUNS,
    HEADS_BEFORE_NAME,
    IMPRINT_MARKS,
    INSTITUTION_NOUNS,
    LOWER_CENTRE,
    LOWER_SETTLEMENT_NOUNS,
    MAX_INSTITUTION_MODIFIERS,
    MAX_NAME_MODIFIERS,
    MAX_PLACE_MODIFIERS,
    MUNICIPAL_MODIFIERS,
    MUNICIPAL_UNIT_NOUNS,
    NAMED_STREET_NOUNS,
    NAMED_THING_NOUNS,
    NO_DERIVED_AREA_NAME,
    NO_INSTRUMENTAL_PREPOSITIONS,
    OPENING_QUOTES,
    OTHER_CAPITAL,
    PLACE_NOUNS,
    PROPER_NAME_GRAMMEMES,
    QUALIFIED_ABBREVIATIONS,
    REGION_ABBREVIATIONS,
    REGION_JOINERS,
    RIVER_ALIASES,
    RIVER_WORDS,
    ROAD_DASHES,
    ROAD_NOUNS,
    STREET_NOUNS_BEFORE_ADJECTIVE,
    SUBJECT_LEVEL_MODIFIERS,
    SUBJECT_OF_ADJECTIVE,
    SUBJECT_PLACE_NOUNS,
    TOWN_ADJECTIVE_SUFFIXES,
    URBAN_DISTRICT_ADJECTIVES,
    VENUE_PREPOSITIONS,
    VENUE_VERBS,
)
from soccoop.extract.nlp import Analysis, Models, Sentence, Token
from soccoop.extract.passes import named_passes
from soccoop.extract.person_names import word_readings
from soccoop.extract.published import lines_above_comments
from soccoop.extract.street_words import street_noun_at
from soccoop.models import Evidence, RegionRef

_END = ("end",)  # not a str: no token text can collide with it
_PRIORITY = {"name": 4, "alias": 4, "area": 4, "capital": 3, "city": 2, "adjective": 1,
             "homonym": 0}
_KEPT = re.compile(r"\S")  # the first character boilerplate masking kept
_DASH_ONLY = re.compile(r"^[-‐‑‒–—―−]+$")
_INNER_DASH = re.compile(r"[-‐‑‒–—―−]")
_NOT_DASH = re.compile(r"[^-‐‑‒–—―−]+")
_POSTAL_CODE = re.compile(r"(?:^|[\s,.])\d{6}\b")  # "129226, г. Москва": an address begins


def _norm(s: str) -> str:
    return s.lower().replace("ё", "е")


def _is_abbrev(word: str) -> bool:
    """РТ, ХМАО, СПб: no lower-case letter, or a short word with two capitals."""
    letters = [c for c in word if c.isalpha()]
    if len(letters) < 2:
        return False
    upper = sum(c.isupper() for c in letters)
    return upper == len(letters) or (len(letters) <= 4 and upper >= 2)


@dataclass
class _Entry:
    code: str
    kind: str
    ambiguous: bool  # single word that is also a common word or a person's name
    # no word of it is a person's name in the dictionary, and a single word is nothing but
    # a place there: NER calling it a person is NER's error ("Благодарность выражена
    # Майкопу" tags "Майкопу" PER)
    place_only: bool = False


def _dictionary_parses(models: Models, word: str) -> list[Any]:
    """The dictionary's own readings of a word; guesses for unknown words are left out, so a
    coined regional name ("Брянщина", "Красноярье") is not a surname by suffix."""
    return [p for p in models.parse(word)
            if type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"]


@dataclass
class _Unit:
    """A word or a part of a hyphenated word, with the keys it may match."""

    text: str
    start: int
    end: int
    keys: frozenset[str]
    first: bool  # starts a token
    last: bool  # ends a token
    person_like: bool = False


@dataclass
class _Match:
    code: str
    kind: str
    i: int
    j: int
    start: int
    end: int
    homonym: str = ""  # another subject with a town of the same name (CAPITAL_HOMONYMS)
    # region69: an adjective opening a school's or university's name (_institution_names)
    institution: bool = False
    # region69: an elliptic adjective listed among places that are no subjects (_place_lists)
    listed_place: bool = False
    # regpool91: a capitalised adjective inside a sentence opening a thing's name (_mark_names)
    proper_name: bool = False
    # region52: the town an adjective is also made from ("кировский" → "кировск"), if any
    town: str = ""
    # region61: a town named as the place an event is held (_venue_towns)
    venue: bool = False


@dataclass
class Matcher:
    """A lemma-sequence trie over the gazetteer, built once per Models."""

    models: Models
    trie: dict = field(default_factory=dict)

    def key(self, word: str) -> str:
        return "ABBR:" + word if _is_abbrev(word) else _norm(self.models.lemma(word))

    def phrase_keys(self, phrase: str) -> list[str]:
        words = [w for w in re.split(r"[\s()]+|" + _INNER_DASH.pattern, phrase) if w]
        return [self.key(w) for w in words]

    def add(self, phrase: str, code: str, kind: str) -> None:
        keys = self.phrase_keys(phrase)
        if not keys:
            return
        ambiguous = False
        single = len(keys) == 1 and not keys[0].startswith("ABBR:")
        if single and kind != "adjective":
            ambiguous = any("Geox" not in p.tag for p in _dictionary_parses(self.models, phrase))
        words = [w for w in re.split(r"[\s()]+|" + _INNER_DASH.pattern, phrase) if w]
        place_only = kind != "adjective" and not ambiguous and not any(
            not p.tag.grammemes.isdisjoint(PERSON_NAME_GRAMMEMES)
            for w in words for p in _dictionary_parses(self.models, w))
        entry = _Entry(code, kind, ambiguous, place_only)
        nodes = [self.trie]
        for w, k in zip(words, keys, strict=True):
            alts = {k} | self._guessed_lemmas(w)
            nodes = [n.setdefault(a, {}) for n in nodes for a in sorted(alts)]
        for node in nodes:
            node.setdefault(_END, []).append(entry)

    def _guessed_lemmas(self, word: str) -> set[str]:
        """Every lemma the analyser guesses for a word it does not know: a coined name
        ("Красноярье") gets a different guess in each case form, so all are keys."""
        if _is_abbrev(word) or _dictionary_parses(self.models, word):
            return set()
        return {_norm(p.normal_form) for p in self.models.parse(word)}

    def lookup(self, keys: list[str]) -> list[_Entry]:
        node: dict[Any, Any] = self.trie
        for k in keys:
            child = node.get(k)
            if child is None:
                return []
            node = child
        return list(node.get(_END, []))


def derived_area_names(code: str, adjectives: tuple[str, ...]) -> list[str]:
    """region65: the informal names of a subject made from its adjectives with "-щина"
    ("свердловский" → "Свердловщина", "луганский" → "Луганщина"; after "д"/"т" also
    "-чина": "белгородский" → "Белгородщина", "Белгородчина"), so that "на Белгородчине"
    names the Belgorod oblast though the gazetteer lists no such alias."""
    if code in NO_DERIVED_AREA_NAME:
        return []
    out: list[str] = []
    for adj in adjectives:
        ending = next((e for e in ADJECTIVE_ENDINGS if adj.endswith(e)), None)
        if ending is None or _INNER_DASH.search(adj):
            continue
        stem = adj[: -len(ending)]
        suffixes = [AREA_NAME_SUFFIX]
        if stem.endswith(DENTAL_STEM_ENDINGS):  # "Ленинградщина" beside "Белгородчина"
            suffixes.append(AREA_NAME_SUFFIX_AFTER_DENTAL)
        out += [stem[:1].upper() + stem[1:] + suffix for suffix in suffixes]
    return out


def build_matcher(models: Models) -> Matcher:
    m = Matcher(models)
    for r in gazetteer.load():
        m.add(r.name, r.code, "name")
        listed = {_norm(a) for a in r.aliases}
        for a in r.aliases:
            if a in AMBIGUOUS_ABBREVIATIONS:  # reg45: read by ambiguous_abbreviations_resolved
                continue
            m.add(a, r.code, "area" if a in AREA_ALIASES else "alias")
        for a in (*EXTRA_ALIASES.get(r.code, ()), *derived_area_names(r.code, r.adjectives)):
            if _norm(a) not in listed:
                listed.add(_norm(a))
                m.add(a, r.code, "alias")
        for c in r.capitals:
            m.add(c, r.code, "capital")
        for c in r.cities:
            m.add(c, r.code, "city")
        for a in (*r.adjectives, *CAPITAL_ADJECTIVES.get(r.code, ()),
                  *AREA_ADJECTIVES.get(r.code, ())):
            m.add(a, r.code, "adjective")
    for town, code in CAPITAL_HOMONYMS.items():
        m.add(town, code, "homonym")
    return m


_MATCHERS: weakref.WeakKeyDictionary[Models, Matcher] = weakref.WeakKeyDictionary()


def get_matcher(models: Models) -> Matcher:
    """The matcher for these models, built on first use."""
    m = _MATCHERS.get(models)
    if m is None:
        m = _MATCHERS[models] = build_matcher(models)
    return m


# (word, lemma) -> (keys, person) per Models: a news text repeats its words, and parsing
# each one again was a third of find_regions. Bounded: cleared when it grows past the cap.
_KEYS: weakref.WeakKeyDictionary[Models, dict[tuple[str, str | None], tuple[frozenset[str], bool]]]
_KEYS = weakref.WeakKeyDictionary()
_KEYS_CAP = 200_000


def _word_keys(
    models: Models, word: str, lemma: str | None = None
) -> tuple[frozenset[str], bool]:
    """Lemma keys of a word (shared, immutable) and whether it may be a person's name."""
    cache = _KEYS.get(models)
    if cache is None:
        cache = _KEYS[models] = {}
    hit = cache.get((word, lemma))
    if hit is None:
        if len(cache) >= _KEYS_CAP:
            cache.clear()
        keys, person = _compute_word_keys(models, word, lemma)
        hit = cache[(word, lemma)] = (frozenset(keys), person)
    return hit


def _compute_word_keys(
    models: Models, word: str, lemma: str | None = None
) -> tuple[set[str], bool]:
    keys = {_norm(word)}
    person = False
    if lemma:
        keys.add(_norm(lemma))
    if any(c.isalpha() for c in word):
        for p in models.parse(word):
            keys.add(_norm(p.normal_form))
            # a set test: "t in tag" validates every absent grammeme, which is slow
            if not p.tag.grammemes.isdisjoint(PERSON_NAME_GRAMMEMES):
                person = True
        if _is_abbrev(word):
            keys.add("ABBR:" + word)
    for k in list(keys):
        if k in REGION_ABBREVIATIONS:
            keys.add(REGION_ABBREVIATIONS[k])
    return keys, person


# A token's units relative to its start: (word, start, end, keys, first, last, person).
_Part = tuple[str, int, int, frozenset[str], bool, bool, bool]
# (token text, lemma) -> its parts, per Models: the dash splits and key lookups of a word
# are the same wherever it stands. Bounded like _KEYS.
_PARTS: weakref.WeakKeyDictionary[Models, dict[tuple[str, str], tuple[_Part, ...]]]
_PARTS = weakref.WeakKeyDictionary()


def _token_parts(models: Models, text: str, lemma: str) -> tuple[_Part, ...]:
    """The units of one token, offsets relative to it: none for a lone dash ("округа -
    Югры": the dash joins, it does not separate), one for most words, one per part of a
    hyphenated word ("Ханты-Мансийский")."""
    if _DASH_ONLY.match(text):
        return ()
    parts = ([] if _INNER_DASH.search(text) is None  # most tokens: no dash, one part
             else [(m.start(), m.end()) for m in _NOT_DASH.finditer(text)])
    if len(parts) <= 1 or not any(c.isalpha() for c in text):
        keys, person = _word_keys(models, text, lemma)
        return ((text, 0, len(text), keys, True, True, person),)
    lemma_parts = _lemma_parts(lemma, len(parts))
    out: list[_Part] = []
    for n, (a, b) in enumerate(parts):
        word = text[a:b]
        keys, person = _word_keys(models, word, lemma_parts[n] if lemma_parts else None)
        out.append((word, a, b, keys, n == 0, n == len(parts) - 1, person))
    return tuple(out)


def _lemma_parts(lemma: str, n: int) -> list[str] | None:
    """The parts of a hyphenated word's own lemma, one per part of the word, or None.

    A part alone may not inflect back to its lemma: "Олу" of "в Йошкар-Олу" is no form of
    "Ола" to the dictionary, while the whole word's lemma is "йошкар-ола"; each part also
    takes its share of that lemma as a key."""
    if not lemma:
        return None
    pieces = _NOT_DASH.findall(lemma)
    return pieces if len(pieces) == n else None


def _units(models: Models, tokens: list[Token]) -> list[_Unit]:
    cache = _PARTS.get(models)
    if cache is None:
        cache = _PARTS[models] = {}
    units: list[_Unit] = []
    for tok in tokens:
        parts = cache.get((tok.text, tok.lemma))
        if parts is None:
            if len(cache) >= _KEYS_CAP:
                cache.clear()
            parts = cache[(tok.text, tok.lemma)] = _token_parts(models, tok.text, tok.lemma)
        for word, a, b, keys, first, last, person in parts:
            units.append(_Unit(word, tok.start + a, tok.start + b, keys, first, last, person))
    return units


class _SpanIndex:
    """NER spans sorted by start, so each sentence looks only at its own: checking every
    match against every span of the document made long documents quadratic."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.longest = max((e - s for s, e in self.spans), default=0)

    def within(self, start: int, stop: int) -> list[tuple[int, int]]:
        """The spans overlapping ``[start, stop)``."""
        lo = bisect_left(self.starts, start - self.longest)
        hi = bisect_left(self.starts, stop)
        return [(s, e) for s, e in self.spans[lo:hi] if e > start]


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _walk(matcher: Matcher, units: list[_Unit], i: int) -> list[tuple[int, _Entry]]:
    """All (end index, entry) pairs of gazetteer phrases starting at unit i."""
    found: list[tuple[int, _Entry]] = []
    frontier = [matcher.trie]
    for j in range(i, len(units)):
        nxt: list[dict] = []
        seen: set[int] = set()
        for node in frontier:
            for k in units[j].keys:
                child = node.get(k)
                if child is not None and id(child) not in seen:
                    seen.add(id(child))
                    nxt.append(child)
        if not nxt:
            break
        frontier = nxt
        if units[j].last:
            for node in frontier:
                found.extend((j, e) for e in node.get(_END, []))
    return found


def _place_noun_after(units: list[_Unit], j: int) -> bool:
    """The adjective ending at unit j names a place below a region: its noun, after up to
    two lower-case modifiers, is a district, town or street ("Кировский муниципальный
    округ" is not Кировская область; "Кировская областная больница" still is)."""
    return _noun_after(units, j, PLACE_NOUNS, MAX_PLACE_MODIFIERS)


def _noun_after(units: list[_Unit], j: int, nouns: frozenset[str], reach: int) -> bool:
    """Is the noun of the adjective ending at unit j, after up to ``reach`` lower-case
    words, one of ``nouns`` ("Кировский муниципальный округ": a place noun; "Орловский
    аграрный колледж": an institution's)?"""
    head = _head_index(units, j + 1, reach, lambda u: not u.keys & nouns
                       and u.text.isalpha() and u.text.islower())
    return head is not None and bool(units[head].keys & nouns)


def _head_index(units: list[_Unit], k: int, reach: int,
                modifier: Callable[[_Unit], bool]) -> int | None:
    """region52 (review): the index of the head noun past the modifiers: the first unit from
    k that is no ``modifier``, or the one after ``reach`` modifiers; None when the units run
    out before it ("в Энском и Зетском муниципальных" ends its sentence with no noun). The
    one walk of ``_noun_after``, ``_no_noun_of_case`` and ``_head_past_modifiers``."""
    for n in range(k, min(len(units), k + 1 + reach)):
        if n - k == reach or not modifier(units[n]):
            return n
    return None


def _names_a_thing(units: list[_Unit], j: int) -> bool:
    """region65: the adjective ending at unit j starts the name of a thing called after a
    town, not found in its region: the noun right after it is an icon or an exchange
    ("молебен у Казанской иконы в сельском храме", "акции на Московской бирже"); reg48: or
    a church's patriarchate, called after its see ("Энская епархия (Московский
    патриархат) открыла приют" names no Moscow)."""
    return j + 1 < len(units) and bool(units[j + 1].keys & NAMED_THING_NOUNS)


def _company_form(units: list[_Unit], i: int, j: int) -> bool:
    """region65: an abbreviation that is also a company's legal form, right before a quoted
    name, is that form: "НАО «Кадастровый центр»" is a company, "в НАО" the Nenets okrug."""
    return i == j and units[i].text in COMPANY_FORM_ABBREVIATIONS \
        and j + 1 < len(units) and units[j + 1].text[:1] in OPENING_QUOTES


def _after_city_marker(units: list[_Unit], i: int) -> bool:
    """Unit i follows "г."/"город" (the tokenizer may split the abbreviation's dot off)."""
    k = i - 1
    if k >= 1 and units[k].text == ".":
        k -= 1
    return k >= 0 and bool(units[k].keys & CITY_MARKERS)


def _lower_settlement(units: list[_Unit], i: int, models: Models) -> bool:
    """region51: unit i, a capital's name, is told as a settlement below a town, directly
    or after a dash or comma of apposition: "в соседнем районном центре — Энске", "в
    райцентре Энске", "в селе Энское" (``LOWER_SETTLEMENT_NOUNS``, ``LOWER_CENTRE``). A
    district's centre or a village is no subject's capital, so the name is a namesake town
    of another subject; "в областном центре — Энске" is still the capital. region52: a
    plural noun before the comma or dash opens a list of places, not an apposition ("в
    сёлах, Энске и Зетске": villages, and then two towns; ``_plural_noun``)."""
    k = i - 1
    apposition = k >= 1 and (units[k].text in ("—", "–", ",")
                             or bool(_DASH_ONLY.match(units[k].text)))
    if apposition:
        k -= 1
    if k < 0:
        return False
    if units[k].keys & LOWER_SETTLEMENT_NOUNS:
        return not (apposition and _plural_noun(models, units[k].text))
    return bool(k >= 1 and LOWER_CENTRE[1] in units[k].keys
                and LOWER_CENTRE[0] in units[k - 1].keys
                and not (apposition and _plural_noun(models, units[k].text)))


def _plural_noun(models: Models, word: str) -> bool:
    """region52: every reading of the word as a noun is plural ("сёлах", "райцентрах"): one
    town's name cannot stand in apposition to it."""
    nouns = [p for p in models.parse(word) if p.tag.POS == "NOUN"]
    return bool(nouns) and all(p.tag.number == "plur" for p in nouns)


_PLACE = _Entry("", "capital", False, True)  # what "г."/"город" makes of the word after it
_PLACE_ADJECTIVE = _Entry("", "adjective", False, True)  # a region adjective read as no name


def _after_street_noun(units: list[_Unit], i: int, nouns: frozenset[str]) -> bool:
    """region68: unit i follows a street's noun ("ул.", "улица", "проспект"; one of nouns): the
    word is the street's name, called after a person or town, not a place of the news:
    "г. Якутск, ул. Ярославского, 18" names no Ярославская область, "улица Тамбовская" no
    Тамбовская область."""
    k = street_noun_at(lambda m: units[m].text, i)
    return k >= 0 and bool(units[k].keys & nouns)


def _area_adjective_surname(units: list[_Unit], i: int, models: Models) -> bool:
    """fixreg53: an informal name's adjective (AREA_ADJECTIVE_WORDS: "донской"), capitalised
    right after a capitalised first name or patronymic (the dictionary's Name/Patr), is a
    byname or surname, no subject: "памятник Дмитрию Донскому" and "на улице Дмитрия
    Донского" name no Rostov oblast. So is it after a capitalised word that follows a
    street's noun ("ул. Ивана Донского"): the street's name, the person's."""
    if i == 0 or not units[i].keys & AREA_ADJECTIVE_WORDS or not units[i].text[:1].isupper():
        return False
    prev = units[i - 1]
    if not (prev.first and prev.text[:1].isupper() and prev.text.isalpha()):
        return False
    if word_readings(prev.text, "Name", models) or word_readings(prev.text, "Patr", models):
        return True
    return _after_street_noun(units, i - 1, STREET_NOUNS_BEFORE_ADJECTIVE)


def _after_street_modifier(units: list[_Unit], i: int, models: Models) -> bool:
    """reg45: unit i follows a capitalised adjective that itself follows a street's noun: the
    two words are one street's name ("ул. Большая Московская, 12", "улица Малая Тульская"),
    no place of the news. The adjective is read by the dictionary (``_is_adjective``), so a
    region's own adjective after the street ("улица Ленина Тульской области") is no
    modifier of it."""
    k = i - 1
    return k >= 1 and units[k].first and units[k].last and _is_adjective(models, units[k]) \
        and _after_street_noun(units, k, STREET_NOUNS_BEFORE_ADJECTIVE)


def _settlement_name(units: list[_Unit], i: int) -> bool:
    """region54: unit i, a region adjective, follows a rural settlement's noun
    (``LOWER_SETTLEMENT_NOUNS``: "станица", "хутор", "деревня", "аул"): it is that
    settlement's name, called after a region, not the region: "в станице Энской
    открыли центр" names a village of some district; "Энская область" after the noun ("в
    станице Энской области") is matched whole, as the subject's name, and stays."""
    return i > 0 and bool(units[i - 1].keys & LOWER_SETTLEMENT_NOUNS)


def _agree(adjective: Any, noun: Any) -> bool:
    """The adjective's and the noun's parses share number and case, and gender in the
    singular (the dictionary's features): "Энскую Писаницу" agree, "Энской Писаницу" not."""
    a, n = adjective.tag, noun.tag
    if a.number != n.number or a.case != n.case:
        return False
    return a.number == "plur" or a.gender == n.gender or n.gender is None


def _adjective_of_proper_name(units: list[_Unit], i: int, j: int, models: Models) -> bool:
    """region54: a one-word region adjective capitalised inside its sentence (after a word
    or comma, not opening it) and followed by a capitalised proper noun it agrees with opens
    a two-word proper name, a rock, a museum or a brand called after a town, which need not
    lie in the region: "пенсионеры поедут в Шерегеш и Энскую Писаницу" (a museum-reserve;
    the dictionary reads "Писаница" as a surname) names no Энская область. The noun must be
    a proper one the dictionary knows (``PROPER_NAME_GRAMMEMES``: a person's name part, an
    organisation's or trade name); a common noun keeps the adjective a region's ("Энское
    Отделение СФР", "столичный Департамент"), so does a place's name ("Тверская Карелия",
    Geox), a lower-case adjective ("смоленская Сычёвка") and, since fixsig54, a coined word
    the dictionary does not know, mostly a body's compound name ("Энский Соцзащитфонд",
    "Энский Минсоцтруд" are the region's bodies). An abbreviation
    after it is no such noun: "начальник департамента Чукотского АО" is the okrug's, and
    "по прогнозу Энского ЦГМС" the region's weather centre."""
    if i != j or i == 0 or j + 1 >= len(units) or not units[i].text[:1].isupper():
        return False
    prev, nxt = units[i - 1], units[j + 1]
    if not (prev.text == "," or prev.text.isalpha()) or not nxt.first \
            or not nxt.text.isalpha() or not nxt.text[:1].isupper() \
            or not nxt.text[1:].islower() or nxt.keys & PLACE_NOUNS:
        return False
    adjectives = [p for p in models.parse(units[i].text) if p.tag.POS == "ADJF"]
    nouns = [p for p in _dictionary_parses(models, nxt.text) if p.tag.POS == "NOUN"
             and not PROPER_NAME_GRAMMEMES.isdisjoint(p.tag.grammemes)
             and "Geox" not in p.tag]
    return any(_agree(a, n) for a in adjectives for n in nouns)


def _adjective_no_name(e: _Entry, units: list[_Unit], i: int, j: int, models: Models) -> bool:
    """region65: a one-word region adjective in the plural, a form the dictionary never reads
    as a person's name, is a place even where NER alone calls it a person: "Прикамские
    волонтёры помогают семьям" (tagged PER at the sentence start) is the Perm krai; "Сергей
    Тверской" (a PER span reaching beyond the word) stays a person. A singular one is left to
    NER: "Пензенское АО «Заря»" opens a company's name."""
    if e.kind != "adjective" or i != j or units[i].person_like:
        return False
    adjectives = [p for p in models.parse(units[i].text) if p.tag.POS == "ADJF"]
    return bool(adjectives) and all(p.tag.number == "plur" for p in adjectives)


def _person_span(e: _Entry, per: list[tuple[int, int]], start: int, end: int) -> bool:
    """The match lies in a person's name. A place-only name that NER alone calls a person
    is still a place ("Благодарность выражена Майкопу"); a PER span reaching beyond it is a
    person's full name ("Иван Курган") and wins."""
    spans = [(s, t) for s, t in per if s < end and start < t]
    if not spans:
        return False
    return not e.place_only or any(s < start or t > end for s, t in spans)


def _acceptable(e: _Entry, units: list[_Unit], i: int, j: int, per: list[tuple[int, int]],
                loc: list[tuple[int, int]], models: Models) -> bool:
    start, end = units[i].start, units[j].end
    if e.kind in ("capital", "city") and (_instrumental_misread(units, i, j, models)
                                          or _lower_settlement(units, i, models)):
        return False
    after_marker = e.kind in ("capital", "city") and _after_city_marker(units, i)
    if _adjective_no_name(e, units, i, j, models):
        e = _PLACE_ADJECTIVE
    if _person_span(e, per, start, end) and not (
            after_marker and not _person_span(_PLACE, per, start, end)):
        return False
    first = units[i].text
    if e.kind == "adjective":
        prev = units[i - 1].keys if i > 0 else set()
        return not (prev & PLACE_NOUNS) and not _place_noun_after(units, j) \
            and not _settlement_name(units, i) \
            and not _adjective_of_proper_name(units, i, j, models) \
            and not _names_a_thing(units, j) \
            and not _after_street_noun(units, i, STREET_NOUNS_BEFORE_ADJECTIVE) \
            and not _after_street_modifier(units, i, models) \
            and not _area_adjective_surname(units, i, models) \
            and not _elliptic_other_gender(e, units, i, j, models)
    if not first[:1].isupper():
        return False
    if _company_form(units, i, j):
        return False
    if i == j and not _is_abbrev(first) and _after_street_noun(units, i, NAMED_STREET_NOUNS):
        return False
    if i == j and (e.ambiguous or units[i].person_like and not e.place_only) \
            and not _is_abbrev(first):
        # "Орёл", "Курган", "Владимир": a place only after "г."/"город" or, away from the
        # sentence start, where NER calls it a location.
        if _after_city_marker(units, i):
            return True
        if _first_name_of(units, i, models):
            return False
        initial = not any(any(c.isalpha() for c in u.text) for u in units[:i])
        return not initial and _overlaps(loc, start, end)
    return True


def _subject_gender(models: Models, code: str) -> tuple[str, str] | None:
    """The adjective of a subject's official name as the dictionary's lemma, and its gender
    ("Архангельская область" → ("архангельский", "femn"), "Пермский край" → ("пермский",
    "masc")); None for a name with no adjective ("Москва", "Республика Тыва")."""
    cache = _GENDERS.get(models)
    if cache is None:
        cache = _GENDERS[models] = {}
    if code not in cache:
        region = gazetteer.by_code(code)
        found = None
        for word in (region.name.split() if region else ()):
            adjectives = [p for p in models.parse(word) if p.tag.POS == "ADJF"
                          and p.tag.case == "nomn" and p.tag.number == "sing"]
            if adjectives and word[:1].isupper():
                found = (_norm(adjectives[0].normal_form), str(adjectives[0].tag.gender))
                break
        cache[code] = found
    return cache[code]


# region81: what may follow an adjective standing alone: the end of a clause, not a word or
# an opening quote ("Вологодский «Центр занятости»" opens a name)
_PHRASE_ENDS = frozenset({".", ",", ";", ":", "!", "?", "…", ")", "—", "–", "-",
                          *(CLOSING_QUOTES - OPENING_QUOTES)})


_GENDERS: weakref.WeakKeyDictionary[Models, dict[str, tuple[str, str] | None]]
_GENDERS = weakref.WeakKeyDictionary()


def _elliptic_other_gender(e: _Entry, units: list[_Unit], i: int, j: int,
                           models: Models) -> bool:
    """region81: a one-word region adjective with no noun after it (it ends the sentence or
    a list of names, "A и B") stands for its subject only in its subject noun's gender ("в
    Курской" is the Kursk oblast, "в Пермском" the Perm krai). In a singular form of no such
    gender it is a village's or a station's own name: "службы открылись в Ильинском и
    Вологодском" (neuter or masculine, while the oblast is feminine) names no Vologda
    oblast. A noun after the adjective, or after the list it ends, is left to the other
    rules ("в Вологодском и Кирилловском районах"), and so is an opening quote
    ("Вологодский «Центр занятости»"). region51: after a list of names the word that
    follows may open the clause's next part: where it is no noun in the adjective's case
    ("в Ильинском, Заречье и Липовке раз в неделю …": no noun the list could qualify), the
    list is of places' own names (``_no_noun_of_case``)."""
    if i != j:
        return False
    k = j + 1
    while k + 1 < len(units) and units[k].keys & REGION_JOINERS \
            and units[k + 1].text[:1].isupper():
        k += 2
    adjectives = [p for p in models.parse(units[i].text) if p.tag.POS == "ADJF"]
    if k < len(units) and units[k].text not in _PHRASE_ENDS \
            and not (k > j + 1 and _no_noun_of_case(models, units, k, adjectives)):
        return False
    subject = _subject_gender(models, e.code)
    if subject is None or subject[0] not in units[i].keys:
        return False
    return bool(adjectives) and all(p.tag.number == "sing" and p.tag.gender != subject[1]
                                    for p in adjectives)


def _no_noun_of_case(models: Models, units: list[_Unit], k: int, adjectives: list[Any]) -> bool:
    """region51: the word after a list of names is no noun in a case of the adjective that
    opens or ends the list: "в Вологодском и Кирилловском районах" has one ("районах",
    locative like "Вологодском"); "в Ильинском, Заречье и Липовке раз в неделю" has none.
    region52: the noun may stand after up to ``MAX_PLACE_MODIFIERS`` lower-case adjectives or
    participles of such a case, its own modifiers: "в Энском и Зетском муниципальных
    округах", "в Энском и Зетском региональных отделениях фонда" have a noun
    (``_modifier_of_case``)."""
    cases = {p.tag.case for p in adjectives}
    if not units[k].text[:1].isalpha():
        return False
    head = _head_index(units, k, MAX_PLACE_MODIFIERS, lambda u: not _noun_of_case(
        models, u, cases) and _modifier_of_case(u, _parses(models, u), cases))
    return head is None or not _noun_of_case(models, units[head], cases)


def _parses(models: Models, unit: _Unit) -> list[Any]:
    """The dictionary's readings of a word unit (none for a sign or a number)."""
    return list(models.parse(unit.text)) if unit.text[:1].isalpha() else []


def _noun_of_case(models: Models, unit: _Unit, cases: set[Any]) -> bool:
    """region52: the word reads as a noun in one of the cases ("районах" for a locative)."""
    return any(p.tag.POS == "NOUN" and p.tag.case in cases for p in _parses(models, unit))


def _modifier_of_case(unit: _Unit, parses: list[Any], cases: set[Any]) -> bool:
    """region52: a lower-case word read as a full adjective or participle in one of the
    cases ("муниципальных", "региональных"): a modifier a noun may follow."""
    return unit.text.isalpha() and unit.text.islower() and any(
        p.tag.POS in ("ADJF", "PRTF") and p.tag.case in cases for p in parses)


def _instrumental_misread(units: list[_Unit], i: int, j: int, models: Models) -> bool:
    """region81: a town's name read from a form the dictionary knows only as the town's
    instrumental, after a preposition that never governs the instrumental
    (lexicon_regions.NO_INSTRUMENTAL_PREPOSITIONS), is another word's form: "в Смоленском"
    is the locative of an adjective (a village "Смоленское"), the town would be "в
    Смоленске"; so is "в Ильинском и Смоленском", the preposition read before the list the
    word ends. "Вместе со Смоленском" is still the town."""
    k = i - 1
    while k >= 2 and units[k].keys & REGION_JOINERS and units[k - 1].text[:1].isupper():
        k -= 2
    if i != j or k < 0 or not (units[k].keys & NO_INSTRUMENTAL_PREPOSITIONS):
        return False
    nouns = [p for p in models.parse(units[i].text) if p.tag.POS == "NOUN"]
    return bool(nouns) and all(p.tag.case == "ablt" for p in nouns)


def _first_name_of(units: list[_Unit], i: int, models: Models) -> bool:
    """region81: a town's name that is also a man's first name ("Владимир"), followed by a
    capitalised word read as a surname of the same gender and case, is a person's name even
    where NER reads both words into one place's span after a region's name: "сообщил министр
    финансов Республики Коми Владимир Рочев" names no Vladimir oblast. The surname is read
    by the dictionary or, if unknown, by a regular ending ("-ов", "-ин"); "во Владимире
    Соколов открыл выставку" (a locative, a nominative) is still the town."""
    if i + 1 >= len(units) or not units[i].person_like:
        return False
    nxt = units[i + 1]
    if not (nxt.first and nxt.text[:1].isupper() and nxt.text[1:].islower()
            and nxt.text.isalpha()):
        return False
    name = word_readings(units[i].text, "Name", models)
    surname = word_readings(nxt.text, "Surn", models)
    return bool(name and surname and name & surname)


def _match_sentence(matcher: Matcher, units: list[_Unit], per: list[tuple[int, int]],
                    loc: list[tuple[int, int]]) -> list[_Match]:
    out: list[_Match] = []
    i = 0
    while i < len(units):
        if not units[i].first:
            i += 1
            continue
        best: tuple[int, int, _Entry] | None = None
        homonyms: dict[int, str] = {}
        for j, e in _walk(matcher, units, i):
            if e.kind == "homonym":
                homonyms[j] = e.code
                continue
            if not _acceptable(e, units, i, j, per, loc, matcher.models):
                continue
            rank = (j, _PRIORITY[e.kind])
            if best is None or rank > (best[0], best[1]):
                best = (j, _PRIORITY[e.kind], e)
        if best is None:
            i += 1
            continue
        j, _, e = best
        out.append(_Match(e.code, e.kind, i, j, units[i].start, units[j].end,
                          homonyms.get(j, "") if e.kind == "capital" else ""))
        i = j + 1
    return _resolve_context(matcher, units, out)


def _resolve_context(matcher: Matcher, units: list[_Unit], ms: list[_Match]) -> list[_Match]:
    """Coordinated adjectives and towns qualified by their region."""
    by_start = {m.i: m for m in ms}
    keep: list[_Match] = []
    for m in ms:
        nxt = by_start.get(m.j + 1)
        # "Донецк Ростовской области": the town belongs to the region named after it.
        if m.kind in ("capital", "city") and nxt is not None and nxt.code != m.code \
                and nxt.kind in ("name", "alias"):
            continue
        keep.append(m)
    # "Московский областной центр занятости": the body of the oblast, not of the city.
    for n, m in enumerate(keep):
        if m.kind != "adjective" or m.j + 1 >= len(units):
            continue
        nouns = [SUBJECT_OF_ADJECTIVE[k] for k in units[m.j + 1].keys
                 if k in SUBJECT_OF_ADJECTIVE]
        names = [e for k0 in sorted(units[m.i].keys) for noun in nouns
                 for e in _lookup_any(matcher, [[k0], [noun]]) if e.kind == "name"]
        if names and names[0].code != m.code:
            keep[n] = _Match(names[0].code, "name", m.i, m.j, m.start, m.end)
    # "Донецкой и Луганской народным республикам", "Московской и Ленинградской областей":
    # an adjective followed by a conjunction and a full name shares that name's noun.
    kept_at = {x.i: x for x in keep}
    for n, m in enumerate(keep):
        if m.i != m.j or m.kind != "adjective":
            continue
        nxt = kept_at.get(m.j + 2)
        if nxt is None or nxt.kind != "name" or nxt.j <= nxt.i \
                or not units[m.j + 1].keys & REGION_JOINERS:
            continue
        rest = [sorted(units[k].keys) for k in range(nxt.i + 1, nxt.j + 1)]
        for k0 in units[m.i].keys:
            entries = _lookup_any(matcher, [[k0], *rest])
            names = [e for e in entries if e.kind in ("name", "alias")]
            if names:
                keep[n] = _Match(names[0].code, "name", m.i, m.j, m.start, m.end)
                break
    return keep


def _lookup_any(matcher: Matcher, keysets: list[list[str]]) -> list[_Entry]:
    nodes = [matcher.trie]
    for ks in keysets:
        nodes = [n[k] for n in nodes for k in ks if k in n]
        if not nodes:
            return []
    return [e for n in nodes for e in n.get(_END, [])]


def _coordinated(matcher: Matcher, units: list[_Unit], ms: list[_Match],
                 per: list[tuple[int, int]]) -> list[_Match]:
    """Adjectives not in the gazetteer that share a following name's noun."""
    covered = {k for m in ms for k in range(m.i, m.j + 1)}
    extra: list[_Match] = []
    for m in ms:
        if m.kind != "name" or m.j == m.i:
            continue
        i = m.i - 2
        if i < 0 or i in covered or not units[m.i - 1].keys & REGION_JOINERS:
            continue
        if not units[i].first or not units[i].last or _overlaps(per, units[i].start,
                                                                units[i].end):
            continue
        rest = [sorted(units[k].keys) for k in range(m.i + 1, m.j + 1)]
        for k0 in units[i].keys:
            names = [e for e in _lookup_any(matcher, [[k0], *rest])
                     if e.kind in ("name", "alias")]
            if names:
                extra.append(_Match(names[0].code, "name", i, i, units[i].start,
                                    units[i].end))
                break
    return extra


def _listed_after_head(matcher: Matcher, units: list[_Unit], ms: list[_Match],
                       per: list[tuple[int, int]]) -> list[_Match]:
    """Names listed after a lower-case head noun that precedes each of them in the full name:
    "участники из республик Хакасия, Алтай и Тыва", "жители республики Алтай" name Республика
    Алтай, which "Алтай" alone (a mountain range, a krai's word) does not. A capitalised head
    ("Республика Алтай") is the gazetteer's own name and matched already."""
    covered = {k for m in ms for k in range(m.i, m.j + 1)}
    extra: list[_Match] = []
    for h, head in enumerate(units):
        if not head.keys & HEADS_BEFORE_NAME or not head.text[:1].islower():
            continue
        k = h + 1
        while k < len(units):
            w = units[k]
            if not (w.first and w.last and w.text[:1].isupper()) \
                    or _overlaps(per, w.start, w.end):
                break
            if k not in covered:
                names = [e for e in _lookup_any(matcher, [sorted(head.keys), sorted(w.keys)])
                         if e.kind in ("name", "alias")]
                if names:
                    extra.append(_Match(names[0].code, "name", k, k, w.start, w.end))
            if k + 2 < len(units) and units[k + 1].keys & REGION_JOINERS:
                k += 2
            else:
                break
    return extra


_SUBJECT_OF_DEMONYM = {w: code for code, words in DEMONYMS.items() for w in words}


def _demonyms(models: Models, units: list[_Unit], ms: list[_Match],
              per: list[tuple[int, int]]) -> list[_Match]:
    """region73: a demonym names the subject its people live in: "опыт соседей-вологжан",
    "тюменцы смогут оформить выплату" name the Vologda and Tyumen oblasts
    (lexicon_regions.DEMONYMS). The dictionary must read the word as an animate plural noun
    with that lemma (the people of a place are told in the plural; "купил старый москвич" is
    a car), and it must be written in lower case: a
    capitalised one is a surname as often ("Андрей Пермяков", "Брянцев сообщил"), unless it
    opens the sentence, reads as no person's name and lies in no person's span. It may be
    the second part of a hyphenated word ("коллеги-омичи")."""
    covered = {k for m in ms for k in range(m.i, m.j + 1)}
    extra: list[_Match] = []
    for k, u in enumerate(units):
        if k in covered or not u.last or not u.text.isalpha():
            continue
        if not u.text.islower() and (
                u.person_like or not u.text[1:].islower() or _overlaps(per, u.start, u.end)
                or any(any(c.isalpha() for c in w.text) for w in units[:k])):
            continue
        codes = _demonym_codes(u.text, models)
        if len(codes) == 1:
            extra.append(_Match(next(iter(codes)), "demonym", k, k, u.start, u.end))
    return extra


@lru_cache(maxsize=50_000)  # bounds a long-running worker's memory
def _demonym_codes(word: str, models: Models) -> frozenset[str]:
    """The subjects whose people a word names (``_demonyms``): its dictionary readings as
    an animate plural noun whose lemma is a demonym ("пермяки" → Perm krai). speed83: every
    word of every text is asked, and the answer depends on the word form alone, so it is
    read from the dictionary once per form and models."""
    return frozenset(
        code for p in _dictionary_parses(models, word)
        if p.tag.POS == "NOUN" and p.tag.animacy == "anim" and p.tag.number == "plur"
        and (code := _SUBJECT_OF_DEMONYM.get(_norm(p.normal_form))))


_NAMED_ELSEWHERE = frozenset({"city", "area"})


def _named_subjects_only(found: list[_Match]) -> list[_Match]:
    """A town that is not its subject's capital names no subject by itself: "в центрах
    Нальчика и Пятигорска" is Кабардино-Балкария (Нальчик is its capital) but not the
    Stavropol krai, which Пятигорск merely lies in. Its mentions count only when the text
    also names the subject by its name, an alias or abbreviation, an adjective or its
    capital ("Ставропольский край ... в Пятигорске"). So does an area's name that several
    subjects share (lexicon_regions.AREA_ALIASES): "конференция «Верхневолжье: забота
    рядом»" in Kostroma names no Tver oblast, "Тверская область ... Верхневолжье" does."""
    named = {m.code for m in found if m.kind not in _NAMED_ELSEWHERE or m.venue}
    return [m for m in found if m.kind not in _NAMED_ELSEWHERE or m.code in named]


def _venue_towns(units: list[_Unit], ms: list[_Match], sent: Sentence,
                 models: Models) -> None:
    """region61: flag a town named as the place an event is held: "в" right before it, and
    right before that an event's noun (lexicon_regions.EVENT_NOUNS) or a verb of being held
    (VENUE_VERBS): "на инвестиционном форуме в Энске", "форум, который проходит в Энске".
    The venue is a subject the news involves (the writer's gold lists it) even when the text
    never names the subject, so such a town counts by itself (_named_subjects_only); a town
    a delegation travels from or a resident lives in stays unflagged.
    fixregion61: the verbs also mean "go through", "spend (time)", "undergo", so a verb
    counts only when its subject, or the antecedent of its "который", is an event's noun
    ("форум проходит в Энске"; not "детство прошло в Энске", "будут проходить в Энске
    лечение"); and a sentence opening with "Ранее" tells a past event, not the page's own."""
    toks = sent.tokens
    if toks and toks[0].lemma == "ранее":
        return
    for m in ms:
        if m.kind != "city" or m.i < 2 or units[m.i - 1].text.lower() not in VENUE_PREPOSITIONS:
            continue
        keys = units[m.i - 2].keys
        if keys & EVENT_NOUNS or (keys & VENUE_VERBS
                                  and _event_subject(sent, models, units[m.i - 2].start)):
            m.venue = True


def _event_subject(sent: Sentence, models: Models, start: int) -> bool:
    """fixregion61: the verb at ``start`` has an event's noun (EVENT_NOUNS) for its subject,
    or its subject is "который" whose antecedent is one (_venue_towns)."""
    if not sent.parsed:
        models.parse_sentences([sent])
    toks = sent.tokens
    k = next((n for n, t in enumerate(toks) if t.start <= start < t.stop), -1)
    for t in toks:
        if k < 0 or t.head != k or t.rel not in {"nsubj", "nsubj:pass"}:
            continue
        if t.lemma in EVENT_NOUNS:
            return True
        if t.lemma == "который" and toks[k].rel == "acl:relcl" and toks[k].head >= 0:
            return toks[toks[k].head].lemma in EVENT_NOUNS
    return False


def _demonyms_of_unnamed(found: list[_Match]) -> list[_Match]:
    """region73: a demonym (_demonyms) counts only for a subject the text names no other way.
    It tells the people, not the subject's bodies: where the subject is named, a mention
    "помогли курянам" beside "министерство Курской области" would be read by the sides'
    rules as the region acting once more, so the name's own mentions stay the evidence.
    "Опыт соседей-вологжан" in a text that never names the Vologda oblast still gives it."""
    named = {m.code for m in found if m.kind != "demonym"}
    return [m for m in found if m.kind != "demonym" or m.code not in named]


def _homonymous_capitals(found: list[_Match]) -> list[_Match]:
    """A capital's name that is also a town of another subject is that town when the text
    names the other subject and never the capital's otherwise: in Bashkir news "пенсионерка
    из Благовещенска" is from the Bashkir town, not from the capital of the Amur oblast; in
    a text naming neither, or the Amur oblast, it stays the capital."""
    if not any(m.homonym for m in found):
        return found
    named = {m.code for m in found if m.kind != "city" and not m.homonym}
    return [m for m in found
            if not (m.homonym and m.homonym in named and m.code not in named)]


def _opens_institution(units: list[_Unit], j: int) -> bool:
    """The adjective ending at unit j opens a school's or university's name: its noun, after
    up to MAX_INSTITUTION_MODIFIERS lower-case words, is an institution's ("Орловским
    аграрно-технологическим государственным колледжем")."""
    return _noun_after(units, j, INSTITUTION_NOUNS, MAX_INSTITUTION_MODIFIERS)


def _is_adjective(models: Models, unit: _Unit) -> bool:
    """A capitalised single word the dictionary reads first as a full adjective."""
    parses = models.parse(unit.text) if unit.text[:1].isupper() and unit.text.isalpha() else ()
    return bool(parses) and parses[0].tag.POS == "ADJF"


def _mark_shapes(models: Models, units: list[_Unit], ms: list[_Match]) -> None:
    """region69: flag the matches whose shape may make them no place of the news (the
    passes below decide): an adjective opening an institution's name, and a one-word
    adjective in a list of capitalised adjectives, one of them no subject's, that shares a
    noun told before or a district's noun after it ("в Советском, Заречном и
    Приморском", "в Кировском и Ленинском районах")."""
    at = {m.i: m for m in ms if m.i == m.j}
    covered = {k for m in ms for k in range(m.i, m.j + 1)}
    for m in ms:
        if m.kind == "adjective" and _opens_institution(units, m.j):
            m.institution = True
    k = 0
    while k < len(units):
        if not (units[k].first and units[k].last and _is_adjective(models, units[k])):
            k += 1
            continue
        run = [k]  # a list "A, B и C" of capitalised adjectives
        while run[-1] + 2 < len(units) and units[run[-1] + 1].keys & REGION_JOINERS \
                and units[run[-1] + 2].first and units[run[-1] + 2].last \
                and _is_adjective(models, units[run[-1] + 2]):
            run.append(run[-1] + 2)
        k = run[-1] + 1
        if len(run) < 2:
            continue
        after, modifiers = _head_past_modifiers(models, units, k)
        district = _district_list(after, modifiers)
        if all(n in covered for n in run) and not district:
            continue
        shared = after is None or not after.text[:1].isalpha() \
            or bool(after.keys & PLACE_NOUNS)
        if not shared:
            continue
        for n in run:
            listed = at.get(n)
            if listed is not None and (listed.kind == "adjective" or district):
                listed.listed_place = True


def _district_list(after: _Unit | None, modifiers: frozenset[str] = frozenset()) -> bool:
    """reg48: the noun right after a list of capitalised adjectives is a district's, a
    street's or a station's (PLACE_NOUNS, less SUBJECT_PLACE_NOUNS), so every adjective of
    the list is that place's name, even where each of them is also a subject's adjective
    or the form of a town the gazetteer lists: "бригады начнут работать в Кировском и
    Всеволожском районах" names neither the Kirov oblast nor, by "Всеволожск", the
    Leningrad one ("_mark_shapes" read such a list only when one word of it matched
    nothing). A noun a subject's own name also ends in ("в Ненецком и Чукотском округах")
    leaves such a list to the subjects.
    region52: the noun may stand after up to ``MAX_PLACE_MODIFIERS`` lower-case modifiers
    (``_head_past_modifiers``: "в Энском и Зетском сельских районах"), and a subject's noun
    after a municipal unit's adjective (``MUNICIPAL_MODIFIERS``: "в Энском и Зетском
    муниципальных округах") is a district's too."""
    if after is None:
        return False
    return bool(after.keys & (PLACE_NOUNS - SUBJECT_PLACE_NOUNS)) or bool(
        after.keys & SUBJECT_PLACE_NOUNS and modifiers & MUNICIPAL_MODIFIERS)


def _head_past_modifiers(models: Models, units: list[_Unit],
                         k: int) -> tuple[_Unit | None, frozenset[str]]:
    """region52: the word at unit k, or past up to ``MAX_PLACE_MODIFIERS`` lower-case full
    adjectives or participles, the noun a list of names before them shares, with the
    modifiers' keys: after "в Энском и Зетском муниципальных округах" it is "округах",
    with "муниципальный"."""
    head = _head_index(units, k, MAX_PLACE_MODIFIERS, lambda u: u.text.isalpha()
                       and u.text.islower() and any(p.tag.POS in ("ADJF", "PRTF")
                                                    for p in models.parse(u.text)))
    end = len(units) if head is None else head
    keys = frozenset(key for u in units[k:end] for key in u.keys)
    return (None if head is None else units[head]), keys


def _mark_names(text: str, units: list[_Unit], ms: list[_Match]) -> None:
    """regpool91: flag a one-word region adjective written with a capital inside a sentence,
    after a word on the same line and before a lower-case word, as the first word of a
    thing's name: Russian writes a region adjective in lower case ("омские власти",
    "тульские пенсионеры") unless it opens a proper name ("на гастролях Пермского оперного
    театра", "экскурсия в Омскую крепость"). A name with a subject-level modifier is the
    subject's own body ("с Курским государственным университетом", "Кировский областной
    суд"), a branch serves it ("с Псковским отделением общества"), an event is held there
    ("на Казанском книжном фестивале"), and a quoted name
    ("АНО «Тульский центр волонтёров»") is left alone: a body's name mostly tells its home.
    reg46: but not a commercial company's quoted name (``_company_brand``), nor an
    international or all-Russian event's (``_gathering_name``)."""
    for m in ms:
        if m.kind != "adjective" or m.i != m.j or m.i == 0 or m.institution:
            continue
        u, prev = units[m.i], units[m.i - 1]
        if not (u.first and u.last and u.text[:1].isupper() and u.text[1:].islower()):
            continue
        brand = _company_brand(units, m.i)
        if not (prev.text.isalnum() or brand) or "\n" in text[prev.end:u.start]:
            continue
        nxt = units[m.j + 1] if m.j + 1 < len(units) else None
        if nxt is None or not (nxt.text.isalpha() and nxt.text.islower()) \
                or nxt.keys & REGION_JOINERS:
            continue
        words = []
        for k in range(m.j + 1, min(len(units), m.j + 1 + MAX_NAME_MODIFIERS)):
            if not (units[k].text.isalpha() and units[k].text.islower()):
                break
            words.append(units[k])
        if any(w.keys & (SUBJECT_LEVEL_MODIFIERS | BRANCH_NOUNS) for w in words):
            continue
        if any(w.keys & EVENT_NOUNS for w in words) and not _gathering_name(words):
            continue
        m.proper_name = True


def _company_brand(units: list[_Unit], i: int) -> bool:
    """reg46: unit i opens a quoted name after a commercial company's legal form
    (COMMERCIAL_FORMS): "соглашение с ПАО «Иркутский завод тяжёлых станков» подписал
    центр занятости Самарской области". Such a company is called after a river, a town of
    the same name or a brand, not after the subject the news is about; it counts where the
    text names the subject otherwise (``proper_name_adjectives_dropped``)."""
    return i >= 2 and units[i - 1].text in OPENING_QUOTES \
        and units[i - 2].text in COMMERCIAL_FORMS


def _gathering_name(words: list[_Unit]) -> bool:
    """reg46: an event's name with an international or all-Russian scope (EVENT_SCOPE_WORDS)
    opened by a region adjective: "на Новгородском международном туристическом форуме
    подписали соглашение Псковская область и ..." tells where sides from elsewhere met, not
    a side: the golds leave such a venue out when it is the only mention of its subject (6
    texts to 3), and list a regional event's host ("на Казанском книжном фестивале")."""
    return any(w.keys & EVENT_SCOPE_WORDS for w in words)


def _mark_quoted_adjectives(units: list[_Unit], ms: list[_Match]) -> None:
    """region52: flag a region adjective that is the whole of a quoted name as a thing's name
    (``proper_name``): a subject's name needs its noun, so a quoted adjective alone names a
    station, a hotel, a cinema or a centre ("у станции метро «Энская»", "в гостинице
    «Зетская»"), not the subject; it counts where the text names the subject otherwise
    (``proper_name_adjectives_dropped``).
    region53: so does an informal name's adjective (AREA_ADJECTIVE_WORDS: an area's or a
    river's, "прикамский", "донской") opening a longer quoted name: "агрохолдинг «Донская
    пашня» открыл вакансии в Курске" is a brand, no Rostov oblast."""
    for m in ms:
        if m.kind != "adjective" or m.i == 0 or units[m.i - 1].text not in OPENING_QUOTES:
            continue
        if (m.j + 1 < len(units) and units[m.j + 1].text in CLOSING_QUOTES) \
                or units[m.i].keys & AREA_ADJECTIVE_WORDS:
            m.proper_name = True


def _river_names_dropped(units: list[_Unit], ms: list[_Match]) -> list[_Match]:
    """region53: a subject's alias that is also its river's name (RIVER_ALIASES: "Дон",
    "Кубань") names the river after a river's word (RIVER_WORDS) right before it or one
    word before: "открыли мост через Дон", "на берегу Кубани", "на реке Дон" tell no
    subject, while "губернатор Дона" and "на Дону" keep the Rostov oblast."""
    def river(m: _Match) -> bool:
        if m.kind != "alias" or m.i != m.j or not units[m.i].keys & RIVER_ALIASES:
            return False
        return any(units[k].keys & RIVER_WORDS for k in range(max(0, m.i - 2), m.i))
    return [m for m in ms if not river(m)]


def _road_ends_dropped(toks: list[Token], ms: list[_Match]) -> list[_Match]:
    """region62: a road is named after its two ends, joined by a dash right after a road's
    noun (lexicon_regions.ROAD_NOUNS, ROAD_DASHES): "ремонт трассы Энск — Зетск", "на
    автодороге Нижний Новгород – Зетск". The towns tell where the road runs, not a
    subject the news involves, so their mentions are dropped; a town the page names
    elsewhere ("в Зетске открыли центр") keeps its other mentions."""
    ends: list[tuple[int, int]] = []
    for k, t in enumerate(toks[:-3]):
        if t.lemma not in ROAD_NOUNS:
            continue
        n = k + 1
        while n < len(toks) and toks[n].text[:1].isupper():
            n += 1
        if n == k + 1 or n + 1 >= len(toks) or toks[n].text not in ROAD_DASHES \
                or not toks[n + 1].text[:1].isupper():
            continue
        last = n + 1
        while last + 1 < len(toks) and toks[last + 1].text[:1].isupper():
            last += 1
        ends.append((toks[k + 1].start, toks[last].stop))
    if not ends:
        return ms
    return [m for m in ms if not any(a <= m.start and m.end <= b for a, b in ends)]


def _town_words(models: Models, units: list[_Unit], ms: list[_Match]) -> set[str]:
    """region52: the lemmas of towns a sentence names that no match covers and whose
    adjective a subject's adjective may be: a capitalised word the dictionary reads only
    as a noun, its lemma ending as a town's (``TOWN_ADJECTIVE_SUFFIXES``: "в Энске" →
    "энск"); and set on each one-word adjective match the town its lemma is also made from
    ("энский" → "энск"), for ``namesake_town_adjectives_dropped``."""
    for m in ms:
        if m.kind == "adjective" and m.i == m.j:
            m.town = next((k[: -len(adj)] + town for k in sorted(units[m.i].keys)
                           for adj, town in TOWN_ADJECTIVE_SUFFIXES.items()
                           if k.endswith(adj)), "")
    covered = {k for m in ms for k in range(m.i, m.j + 1)}
    towns: set[str] = set()
    for n, u in enumerate(units):
        if n in covered or not (u.first and u.last and u.text[:1].isupper()):
            continue
        keys = {k for k in u.keys if k.endswith(tuple(TOWN_ADJECTIVE_SUFFIXES.values()))}
        if keys and not any(p.tag.POS in ("ADJF", "PRTF") for p in models.parse(u.text)):
            towns |= keys
    return towns


@dataclass
class _Found:
    """The matches of a document and its (masked) text, which the passes below narrow."""

    text: str
    matches: list[_Match]
    # reg45: ambiguous abbreviations (AMBIGUOUS_ABBREVIATIONS) as written, with their offsets
    abbreviations: list[tuple[str, int, int]] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)  # reg45: every lemma key of the document
    towns: set[str] = field(default_factory=set)  # region52: towns named (_town_words)


def _qualified_abbreviations(units: list[_Unit], ms: list[_Match]) -> list[_Match]:
    """reg45: an abbreviation with its bracketed letter (QUALIFIED_ABBREVIATIONS): "Минтруд
    РС(Я)" is the Republic of Sakha (Yakutia), which "РС" alone would not tell."""
    covered = {k for m in ms for k in range(m.i, m.j + 1)}
    out: list[_Match] = []
    for k in range(len(units) - 3):
        code = QUALIFIED_ABBREVIATIONS.get((units[k].text, units[k + 2].text))
        if code and k not in covered and units[k + 1].text == "(" and units[k + 3].text == ")":
            out.append(_Match(code, "alias", k, k + 3, units[k].start, units[k + 3].end))
    return out


def _ambiguous_abbreviations(units: list[_Unit], ms: list[_Match]) -> list[tuple[str, int, int]]:
    """reg45: the ambiguous abbreviations of a sentence written as whole words in capitals
    and no part of another match ("ЧР" in "Минтруд ЧР"), for
    ``ambiguous_abbreviations_resolved``."""
    covered = {k for m in ms for k in range(m.i, m.j + 1)}
    return [(u.text, u.start, u.end) for k, u in enumerate(units)
            if u.first and u.last and u.text in AMBIGUOUS_ABBREVIATIONS and k not in covered]


def _line_bounds(text: str) -> list[int]:
    """The offset where each line of the text starts."""
    return [0, *(m.end() for m in re.finditer("\n", text))]


def menu_rows_dropped(st: _Found) -> None:
    """region67: places on a line shaped as a site's menu (boilerplate.is_menu_row: three or
    more one-to-three-word items between bars or dots) are sections of the site, not the
    article's news: "Главная | Севастополь | Крым | Происшествия | Афиша" above a story of
    Sevastopol names no Республика Крым."""
    if not st.matches:
        return
    starts = _line_bounds(st.text)
    menu: dict[int, bool] = {}
    kept: list[_Match] = []
    for m in st.matches:
        n = bisect_left(starts, m.start + 1) - 1
        if n not in menu:
            end = starts[n + 1] - 1 if n + 1 < len(starts) else len(st.text)
            menu[n] = is_menu_row(st.text[starts[n]:end])
        if not menu[n]:
            kept.append(m)
    st.matches = kept


def quoted_names_dropped(st: _Found) -> None:
    """region67: a town's or region's name that is the whole of a quoted name is a club's,
    paper's or company's name, not a place of the news: "футболист перешёл из «Тюмени»",
    "газета «Кузбасс»". A name inside a longer quoted name ("конкурс «Лучший в
    Кузбассе»") or a quoted adjective is left to the other rules."""
    text = st.text
    st.matches = [m for m in st.matches
                  if not (m.kind in ("name", "alias", "capital", "city") and m.start > 0
                          and text[m.start - 1] in OPENING_QUOTES
                          and text[m.end:m.end + 1] in CLOSING_QUOTES)]


def institution_names_named_elsewhere(st: _Found) -> None:
    """region69: a region adjective that opens a school's or university's name, when the same
    paragraph then places the story in a town of another subject, names the institution of
    that town, not a subject of the news: "соглашение заключено с Орловским аграрно-
    технологическим государственным колледжем в Ельце" names no Oryol
    oblast. It still counts when the text names the subject otherwise ("Курский
    госуниверситет и министерство Курской области"), and when no other subject's town
    follows ("Тверской государственный университет подписал соглашение": a party's region)."""
    if not any(m.institution for m in st.matches):
        return
    named = {m.code for m in st.matches
             if not m.institution and m.kind not in _NAMED_ELSEWHERE}
    starts = _line_bounds(st.text)
    towns: dict[int, list[_Match]] = {}  # the towns of each line
    for t in st.matches:
        if t.kind in ("city", "capital"):
            towns.setdefault(bisect_left(starts, t.start + 1) - 1, []).append(t)

    def town_after(m: _Match) -> bool:
        return any(t.code != m.code and t.start > m.end
                   for t in towns.get(bisect_left(starts, m.start + 1) - 1, ()))

    st.matches = [m for m in st.matches
                  if not m.institution or m.code in named or not town_after(m)]


def listed_places_dropped(st: _Found) -> None:
    """region69: a region adjective listed with adjectives that are no subject's, sharing a
    noun told before it or a district's noun after it, is a district's or town's name: "в 9
    районах города, больше всего — в Советском, Заречном и Приморском" names no
    Primorsky krai; "в Курской, Белгородской и Брянской" (all subjects) is left alone."""
    st.matches = [m for m in st.matches if not m.listed_place]


def namesake_town_adjectives_dropped(st: _Found) -> None:
    """region52: a subject's adjective that is also the adjective of a town the text names,
    a town that is no capital of that subject ("Энск" beside the Энская область's
    "энский"), names the town when the text names the subject by no name, alias or capital:
    "администрация Энска и Энский центр социального обслуживания подписали соглашение" in
    another subject's town names no Энская область (``_town_words``).
    region52 (review): only when the text names another subject (``_subjects_named``):
    the gazetteer knows no region of such a town, and one that lies in the subject its
    adjective names ("в Энске … Энский центр социального обслуживания", no other subject
    in the text) keeps it."""
    if not st.towns:
        return
    named = {m.code for m in st.matches if m.kind in ("name", "alias", "capital")}
    subjects = _subjects_named(st.matches)
    st.matches = [m for m in st.matches
                  if not (m.town and m.town in st.towns and m.code not in named
                          and subjects - {m.code})]


def _subjects_named(matches: list[_Match]) -> set[str]:
    """region52 (review): the subjects a text names by a name, an alias, a capital or a
    town of the gazetteer: where one is other than an adjective's subject, a town the text
    names may be that one's ("Энск Зетской области": "энский" there is the town's, not
    Энская область's)."""
    return {m.code for m in matches if m.kind in ("name", "alias", "capital", "city")}


def proper_name_adjectives_dropped(st: _Found) -> None:
    """regpool91: a region adjective that only opens a thing's name (_mark_names) names no
    subject of the news when the text names that subject no other way: "артисты Пермского
    оперного театра выступили в Казани" is no Пермский край. Where the subject is named
    otherwise ("в Пермском крае ... Пермского оперного театра"), the mention is left as
    it was."""
    if not any(m.proper_name for m in st.matches):
        return
    named = {m.code for m in st.matches if not m.proper_name}
    st.matches = [m for m in st.matches if not m.proper_name or m.code in named]


def ambiguous_abbreviations_resolved(st: _Found) -> None:
    """reg45: an abbreviation several subjects share (AMBIGUOUS_ABBREVIATIONS) stands for the
    one of them the text names some other way, by its name, an adjective, its capital or a
    town of it: "Минтруд ЧР провёл приём граждан в Гудермесе" is the Chechen republic,
    "Минтруд ЧР и администрация Новочебоксарска" the Chuvash one. Where the text names
    none of them, or more than one, it names no subject, except an abbreviation's own
    customary reading (ABBREVIATION_DEFAULTS: "Правительство РТ" alone is Tatarstan's;
    beside "Кызыл" or "Тыва" it is Tyva's); nor where the text names a foreign state the
    letters also stand for (ABBREVIATION_FOREIGN: "РБ" beside "Минская область" may be
    Belarus). Like a demonym (``_demonyms_of_unnamed``), the abbreviation is evidence only
    for a subject the text names no other way than by a town: where "Минтруд РБ" stands
    beside "Республика Башкортостан", the name's own mentions stay the ones the sides' rules
    read; a customary reading is always kept, as the gazetteer's alias it was."""
    if not st.abbreviations:
        return
    named = {m.code for m in st.matches}
    listed = {m.code for m in st.matches if m.kind not in (*_NAMED_ELSEWHERE, "demonym")}
    for abbr, start, end in st.abbreviations:
        if st.keys & ABBREVIATION_FOREIGN.get(abbr, frozenset()):
            continue
        codes = [c for c in AMBIGUOUS_ABBREVIATIONS[abbr] if c in named]
        if not codes and abbr in ABBREVIATION_DEFAULTS:
            codes = [ABBREVIATION_DEFAULTS[abbr]]
        if len(codes) == 1 and (codes[0] not in listed or abbr in ABBREVIATION_DEFAULTS):
            st.matches.append(_Match(codes[0], "alias", -1, -1, start, end))


REGION_PASSES = named_passes(menu_rows_dropped, quoted_names_dropped,
                             ambiguous_abbreviations_resolved,
                             namesake_town_adjectives_dropped,
                             institution_names_named_elsewhere, listed_places_dropped,
                             proper_name_adjectives_dropped)


def find_regions(analysis: Analysis, models: Models) -> list[RegionRef]:
    """Regions referred to in the text, ordered by first mention, each with all mentions."""
    matcher = get_matcher(models)
    per = _SpanIndex([(s.start, s.stop) for s in analysis.spans if s.type == "PER"])
    loc = _SpanIndex([(s.start, s.stop) for s in analysis.spans if s.type == "LOC"])
    found: list[_Match] = []
    capital_words: list[tuple[int, int, bool]] = []  # start, end, followed by a region
    state = _Found(analysis.text, found)
    for sent in analysis.sentences:
        units = _units(models, sent.tokens)
        per_s = per.within(sent.start, sent.stop)
        ms = _match_sentence(matcher, units, per_s, loc.within(sent.start, sent.stop))
        ms += _coordinated(matcher, units, ms, per_s)
        ms += _listed_after_head(matcher, units, ms, per_s)
        ms += _demonyms(models, units, ms, per_s)
        ms += _qualified_abbreviations(units, ms)
        ms = _river_names_dropped(units, ms)
        ms = _road_ends_dropped(sent.tokens, ms)
        state.abbreviations += _ambiguous_abbreviations(units, ms)
        for u in units:
            state.keys |= u.keys
        _mark_shapes(models, units, ms)
        _mark_names(analysis.text, units, ms)
        _mark_quoted_adjectives(units, ms)
        _venue_towns(units, ms, sent, models)
        state.towns |= _town_words(models, units, ms)
        found += ms
        starts = {m.i for m in ms}
        covered = {k for m in ms for k in range(m.i, m.j + 1)}
        for k, u in enumerate(units):
            if k not in covered and u.keys & CAPITAL_WORDS:
                other = k > 0 and bool(units[k - 1].keys & OTHER_CAPITAL)
                capital_words.append((u.start, u.end, other or k + 1 in starts))
    if any(m.code == "RU-MOW" for m in found):
        found += [_Match("RU-MOW", "alias", -1, -1, s, e)
                  for s, e, qualified in capital_words if not qualified]
    for p in REGION_PASSES:
        p.run(state)
    found = _homonymous_capitals(_demonyms_of_unnamed(_named_subjects_only(state.matches)))
    found.sort(key=lambda m: (m.start, m.end))
    refs: dict[str, RegionRef] = {}
    seen: set[tuple[str, int, int]] = set()
    for m in found:
        if (m.code, m.start, m.end) in seen:
            continue
        seen.add((m.code, m.start, m.end))
        _add_mention(refs, m, analysis.text)
    return list(refs.values())


def _add_mention(refs: dict[str, RegionRef], m: _Match, text: str) -> None:
    """Add a match to its region's reference, made on its first mention."""
    ref = refs.get(m.code)
    if ref is None:
        region = gazetteer.by_code(m.code)
        ref = refs[m.code] = RegionRef(m.code, region.name if region else m.code)
    ref.mentions.append(Evidence(text[m.start:m.end], m.start, m.end))


def masthead_regions(text: str, masked: str, models: Models) -> list[RegionRef]:
    """Subjects a site's header names above the article, where boilerplate masking hid them.

    A regional body's or paper's site heads every page with its own name or its region's
    ("Иркутская область", "Администрация Лузского муниципального округа Кировской
    области", "Кадровый центр Ярославской области | Центр занятости г. Рыбинска"): the
    page is that subject's. A header line counts when it names one subject only and names
    it by its name or alias, or by a town written after "город"/"г." ("Официальный сайт
    города Череповца": the town's site, in the Vologda oblast); a menu of towns
    ("Екатеринбург Челябинск Тюмень Пермь") or an adjective in a headline of other news
    ("Курганская пенсионерка ...") does not, nor
    does a line with a verb: it tells news, it names no site ("09:40В Курской области
    открыли пункт ..."), nor an advertisement's ("Реклама: Туры в Новосибирскую область",
    region67). Only the lines above the first line the masking kept are read, and above an
    aggregator feed's first timed head (``feed_items``: "18:52 | Энская область" heads a story
    of the feed, masked or not),
    without NER (a name or alias needs none): a dictionary lookup per word of the header."""
    kept = _KEPT.search(masked)
    first = kept.start() if kept else len(masked)
    feed = feed_items(text)  # region51: a feed's first timed head opens its news
    if feed:
        first = min(first, feed[0][0])
    end = text.rfind("\n", 0, first) + 1
    if not text[:end].strip():
        return []
    # region67: an advertisement's line names no site ("Реклама: Туры в ... область")
    # region68: nor a menu row's ("Новости | Город | Крым | Афиша": sections of the site)
    head = models.untagged("\n".join(
        " " * len(ln) if is_advert(ln) or is_menu_row(ln) else ln
        for ln in text[:end].split("\n")))
    matcher = get_matcher(models)
    by_line: dict[int, list[_Match]] = {}
    marked: set[int] = set()  # ids of towns written after "город"/"г." (_marked_towns)
    told: set[int] = set()  # lines with a verb: headlines of news, not a site's name
    line, pos = 0, 0
    for sent in head.sentences:  # in text order: lines are counted as they pass
        line += head.text.count("\n", pos, sent.start)
        pos = sent.start
        units = _units(models, sent.tokens)
        ms = _match_sentence(matcher, units, [], [])
        by_line.setdefault(line, []).extend(ms)
        marked.update(id(m) for m in _marked_towns(units, ms))
        if any(_is_verb(models, t.text) for t in sent.tokens):
            told.add(line)
    refs: dict[str, RegionRef] = {}
    for line, ms in by_line.items():
        if line in told or len({m.code for m in ms}) != 1 \
                or not any(m.kind in ("name", "alias") or id(m) in marked for m in ms):
            continue
        for m in ms:
            _add_mention(refs, m, text)
    return list(refs.values())


def footer_regions(text: str, masked: str, models: Models) -> list[RegionRef]:
    """region65: the subject a site's copyright line names as the page's owner.

    A regional body's site signs every page "© Администрация МР «Сыктывдинский» Республики
    Коми" or "© 2024 Министерство труда и социального развития Новосибирской области": the
    page is that subject's even when its article names only a district. Boilerplate masking
    hides the line; it is read here, like the header (masthead_regions), outside the
    document's analysis. Only the owner's name counts: the line is cut at a postal address
    ("© 2019 ФГБОУ ВО «...». 129226, г. Москва, ...": the seat of a federal university names
    no subject of the page), a subject must be named by its name or alias (a paper's
    adjective, "«Курский государственный университет»", is no owner's region), and a line
    naming two subjects names none. Only lines the masking hid and that carry a copyright
    mark are read: a dictionary lookup per word."""
    matcher = get_matcher(models)
    refs: dict[str, RegionRef] = {}
    for start, line in _hidden_lines(text, masked):
        if not any(mark in line for mark in COPYRIGHT_MARKS):
            continue
        cut = _POSTAL_CODE.search(line)
        owner = line[:cut.start()] if cut else line
        for m in _one_subject(matcher, models, owner):
            _add_mention(refs, _Match(m.code, m.kind, m.i, m.j, start + m.start, start + m.end),
                         text)
    return list(refs.values())


def _hidden_lines(text: str, masked: str) -> Iterator[tuple[int, str]]:
    """The lines boilerplate masking hid (blank in ``masked``), with their starts: the page's
    furniture that ``footer_regions``, ``hashtag_regions`` and ``imprint_regions`` read
    outside the document's analysis ("© 2024 Министерство труда Энской области", "#соцзащита
    #Энскаяобласть", "123456, Энская область, г. Энск, ул. Мира, 5")."""
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not masked[start:start + len(line)].strip():
            yield start, line


# page49: a row of hashtags only ("#соцзащита #Кубань"), and each hashtag's word
_HASHTAG_ROW = re.compile(r"[^\S\n]*(?:#[^\W\d_]\w*[^\S\n,;]*)+")
_HASHTAG = re.compile(r"(?<![\w#])#(?P<word>[^\W\d_]\w*)")
_CAMEL = re.compile(r"(?<=[а-яёa-z])(?=[А-ЯЁA-Z])")
_RUN_IN_NOUN = re.compile(r"(?<=[а-яё])(?=(?:" + "|".join(HASHTAG_SUBJECT_NOUNS) + r")$)")


def hashtag_words(word: str) -> str:
    """page49: a hashtag's word written out as words: "РеспубликаАлтай" -> "Республика
    Алтай", "Нижегородскаяобласть" -> "Нижегородская область" (a subject's generic noun
    run into its adjective, ``HASHTAG_SUBJECT_NOUNS``), "МарийЭл" -> "Марий Эл"."""
    return _RUN_IN_NOUN.sub(" ", _CAMEL.sub(" ", word))


def _one_subject(matcher: Matcher, models: Models, phrase: str) -> list[_Match]:
    """The matches of a phrase read without NER when they name one subject only, by its name
    or alias; else none (a town, an adjective or two subjects are no owner's subject)."""
    ms = [m for sent in models.untagged(phrase).sentences
          for m in _match_sentence(matcher, _units(models, sent.tokens), [], [])
          if m.kind in ("name", "alias")]
    return ms if len({m.code for m in ms}) == 1 else []


def _hashtag_row_lines(text: str, masked: str) -> Iterator[tuple[int, str]]:
    """The lines ``hashtag_regions`` reads, with their starts: those the masking hid, and
    (pub58) those it kept above the readers' comments. A post's row of tags may survive
    masking as a line of the post ("#ЭнскийДИ #Энскаяобласть #милосердие" under its last
    paragraph); the document's analysis reads its words one by one and so never a subject's
    name the tag runs together ("Энскаяобласть"). A kept row under the comments' heading is
    a reader's (``published.lines_above_comments``)."""
    above = {start for _, start, _ in lines_above_comments(text.split("\n"))}
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if start in above or not masked[start:start + len(line)].strip():
            yield start, line


def hashtag_regions(text: str, masked: str, models: Models) -> list[RegionRef]:
    """page49: the subjects a post's hashtag row names by name or alias ("#соцзащита
    #Кубань", "#Нижегородскаяобласть"). A regional post files itself under its region's tag;
    the row is page furniture that boilerplate masking hides, so it is read here, like the
    header (``masthead_regions``) and the copyright line (``footer_regions``); pub58: or a
    row the masking kept above the comments, its run-together names read here too
    (``_hashtag_row_lines``). Only rows of
    hashtags alone are read, each tag on its own: a tag naming a town or an adjective, or
    two subjects, names none (a town's tag may be any town's news). The golds list a
    subject so tagged in every dev text that has one (157 tags by name or alias, none left
    out)."""
    if "#" not in text:
        return []  # (speed only)
    matcher = get_matcher(models)
    refs: dict[str, RegionRef] = {}
    for start, line in _hashtag_row_lines(text, masked):
        if "#" not in line or not _HASHTAG_ROW.fullmatch(line):
            continue
        for h in _HASHTAG.finditer(line):
            ms = _one_subject(matcher, models, hashtag_words(h["word"]))
            if ms:
                _add_mention(refs, _Match(ms[0].code, ms[0].kind, -1, -1, start + h.start(),
                                          start + h.end()), text)
    return list(refs.values())


_IMPRINT = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(m) for m in IMPRINT_MARKS)
                      + r")(?![\w])|(?<!\d)\d{6}(?!\d)")


def imprint_regions(text: str, masked: str, models: Models) -> list[RegionRef]:
    """page49: on a page that names no subject otherwise, the subject its footer's imprint
    line names: "АНО «Пример». ОГРН 1234567890123. Энская область, г. Энск, ул. Лесная, 1" or
    "123456, Энская область, г. Энск, ул. Мира, 5" (a street, a registration number or a
    postal code, ``IMPRINT_MARKS``). A local body's or NGO's site prints its owner's address
    under every page, and a news of one town tells no subject. Only lines the masking hid,
    without a copyright mark (``footer_regions`` reads those, cut at their address: a federal
    university's seat), naming one subject by its name or alias. The caller reads it only
    when body, header, copyright and hashtags named none: an address in a footer is listed
    by the golds wherever a dev text has one (477 to 0), but a federal outlet's own address
    should not add its capital to a regional story."""
    matcher = get_matcher(models)
    refs: dict[str, RegionRef] = {}
    for start, line in _hidden_lines(text, masked):
        if not _IMPRINT.search(line) or any(mark in line for mark in COPYRIGHT_MARKS):
            continue
        for m in _one_subject(matcher, models, line):
            _add_mention(refs, _Match(m.code, m.kind, m.i, m.j, start + m.start,
                                      start + m.end), text)
    return list(refs.values())


@lru_cache(maxsize=1)
def _town_subjects() -> dict[str, frozenset[str]]:
    """Each town (a capital or another town) of the gazetteer, lower-cased, with the codes of
    the subjects a town of that name lies in."""
    out: dict[str, set[str]] = {}
    for region in gazetteer.load():
        for town in (*region.capitals, *region.cities):
            out.setdefault(_norm(town), set()).add(region.code)
    return {town: frozenset(codes) for town, codes in out.items()}


def _adjective_town(lemma: str) -> str | None:
    """The gazetteer's town a town's adjective is made from: a town in "-ск" drops its
    ending's "ий" ("братский" → "братск", ``TOWN_ADJECTIVE_SUFFIXES``), another town adds
    "-ский" to its name ("ковровский" → "ковров"); a capital's adjective is its subject's
    own and read by the matcher, so the bare name is a town's other than a capital."""
    towns = _town_subjects()
    for adj, town in TOWN_ADJECTIVE_SUFFIXES.items():
        if not lemma.endswith(adj) or len(lemma) <= len(adj) + 2:
            continue
        stem = lemma[: -len(adj)]
        if stem + town in towns:
            return stem + town
        if stem in towns and stem not in _capitals():
            return stem
    return None


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    """The gazetteer's capitals, lower-cased."""
    return frozenset(_norm(c) for region in gazetteer.load() for c in region.capitals)


def _unit_town(toks: list[Token], i: int) -> str | None:
    """The town whose adjective opens a municipal unit's name at ``toks[i]`` ("Энского
    городского округа" → "энск"), or None: a capitalised adjective made from a town of the
    gazetteer (``_adjective_town``), up to ``MAX_PLACE_MODIFIERS`` municipal kinds
    (``MUNICIPAL_MODIFIERS``) and a unit's noun (``MUNICIPAL_UNIT_NOUNS``) after it, the
    noun not followed by a town's name of one word or two (a city's own district,
    "Кировский район Зетска", "Кировский район Нижнего Энска", belongs to that city).
    fixregion56: a bare "район" after an adjective that is a common name of a city's
    districts (``URBAN_DISTRICT_ADJECTIVES``: "по Энскому району" of many a city) is read
    only with a municipal kind between ("Энский муниципальный район")."""
    t = toks[i]
    if t.pos != "ADJ" or not t.text[:1].isupper():
        return None
    stem = _adjective_town(t.lemma)
    if stem is None:
        return None
    k = i + 1
    while k < len(toks) and k - i <= MAX_PLACE_MODIFIERS and toks[k].lemma in MUNICIPAL_MODIFIERS:
        k += 1
    if k >= len(toks) or toks[k].lemma not in MUNICIPAL_UNIT_NOUNS:
        return None
    if k == i + 1 and toks[k].lemma == "район" and t.lemma in URBAN_DISTRICT_ADJECTIVES:
        return None
    if _town_follows(toks, k + 1):
        return None
    return stem


@lru_cache(maxsize=1)
def _two_word_towns() -> frozenset[tuple[str, str]]:
    """The gazetteer's towns of two words ("Нижний Тагил"), each as its first word's stem
    (the word without its last two letters: "нижн", "набережн") and its second word."""
    out = set()
    for town in _town_subjects():
        words = town.split()
        if len(words) == 2 and len(words[0]) > 3:
            out.add((words[0][:-2], words[1]))
    return frozenset(out)


def _town_follows(toks: list[Token], k: int) -> bool:
    """fixregion56: a town of the gazetteer is named at ``toks[k]``, capitalised: a town of
    one word by its lemma, or one of two ("Нижнего Тагила": the first word's lemma opening
    with the town's first word's stem, the second's lemma its second word)."""
    if k >= len(toks) or not toks[k].text[:1].isupper():
        return False
    if _norm(toks[k].lemma) in _town_subjects():
        return True
    if k + 1 >= len(toks) or not toks[k + 1].text[:1].isupper():
        return False
    first, second = _norm(toks[k].lemma), _norm(toks[k + 1].lemma)
    return any(first.startswith(stem) and second == word
               for stem, word in _two_word_towns())


def municipal_unit_regions(analysis: Analysis) -> list[RegionRef]:
    """region56: on a page that names no subject otherwise, the subject of the municipal
    unit a town's adjective names: "мэр Энского городского округа", "управление соцзащиты
    по Энскому району" tell the unit of the town Энск, which lies in one subject (the
    gazetteer's towns). A town's own site writes its unit's name and never its subject's; the
    town named alone tells no subject (``_named_subjects_only``), its unit does: the unit is
    the subject's own division. A town's name several subjects share tells none. The caller
    reads it only when body, header, copyright and hashtags named no subject."""
    towns = _town_subjects()
    refs: dict[str, RegionRef] = {}
    for sent in analysis.sentences:
        toks = sent.tokens
        for i in range(len(toks)):
            town = _unit_town(toks, i)
            codes = towns.get(town, frozenset()) if town else frozenset()
            if len(codes) == 1:
                code = next(iter(codes))
                _add_mention(refs, _Match(code, "city", i, i, toks[i].start, toks[i].stop),
                             analysis.text)
    return list(refs.values())


# region51: a feed's item head (lexicon_regions.FEED_HEAD_BARS: "18:52 | Энская область")
_FEED_HEAD = re.compile(r"^[^\S\n]*(?:\d{1,2}:\d\d|\d{1,2}\.\d\d\.\d{2,4}"
                        r"(?:,?[^\S\n]+\d{1,2}:\d\d)?)"
                        r"[^\S\n]*[" + re.escape("".join(FEED_HEAD_BARS))
                        + r"][^\S\n]*(?P<label>\S[^\n]*)$", re.M)


# region61: a feed's item head that is its headline: a time, then the headline's capital
_TITLED_HEAD = re.compile(r"^[^\S\n]*\d{1,2}:\d\d[^\S\n]+[«\"]?[А-ЯЁA-Z][^\n]*$", re.M)
FEED_TITLE_WORDS = 3  # a headline, not a timetable's "10:00 Регистрация"
# fixregion61: a header over timed lines that makes them a programme, not a feed
PROGRAMME_HEADER = re.compile(r"\b(?:[Пп]рограмм|[Рр]асписани|[Рр]аспорядок)")


def _titled_feed_items(text: str) -> list[tuple[int, int]]:
    """region61: a feed whose items open with a time and the headline itself, the story on
    the lines below ("16:40  В Энске открыли центр …" / "Центр примет …"): three or more
    such heads, each followed by a line of its own story. One-line headlines under times
    (a list of other news) are no such feed. fixregion61: nor is a programme under its header
    ("Программа визита" / "10:00 Делегация посетит …" / "Гостям покажут …"): the line above
    the first head names a programme or a schedule (PROGRAMME_HEADER). A day's digest may run
    oldest first, so the times' order tells nothing."""
    heads = list(_TITLED_HEAD.finditer(text))
    above = [ln for ln in text[:heads[0].start()].split("\n") if ln.strip()] if heads else []
    if above and PROGRAMME_HEADER.search(above[-1]):
        return []
    items = []
    for k, m in enumerate(heads):
        end = heads[k + 1].start() if k + 1 < len(heads) else len(text)
        if (len(m.group().split()) > FEED_TITLE_WORDS
                and any(ln.strip() for ln in text[m.end():end].split("\n"))):
            items.append((m.start(), end))
    return items if len(items) >= FEED_MIN_ITEMS else []


def feed_items(text: str) -> list[tuple[int, int]]:
    """region51: the stories of an aggregator's feed page, each from its timed head to the next
    head: three or more heads of a time, a bar and a short label ("17:45 | Энская область"),
    each followed by at least two lines of its own (a headline and its story). A list of
    one-line headlines, a comment thread's stamps or a timetable is no such feed."""
    heads = [m for m in _FEED_HEAD.finditer(text)
             if len(m["label"].split()) <= FEED_LABEL_WORDS]
    items = []
    for k, m in enumerate(heads):
        end = heads[k + 1].start() if k + 1 < len(heads) else len(text)
        if sum(1 for ln in text[m.end():end].split("\n") if ln.strip()) >= 2:
            items.append((m.start(), end))
    return items if len(items) >= FEED_MIN_ITEMS else _titled_feed_items(text)


def other_feed_items_dropped(regions: list[RegionRef], text: str,
                             told: list[int]) -> list[RegionRef]:
    """region51: on an aggregator's feed page (``feed_items``), the subjects named only in
    stories that tell no record are the feed's other news, not this page's: under "Лента
    новостей" with "18:20 | Энская область / Хоккеисты проиграли …" and "17:45 | Зетская
    область / Департамент и университет подписали соглашение …", only the Zetsk story's
    subjects are the record's. ``told`` are the offsets where the records' evidence starts
    (stored text); a mention outside every item (the site's header) is kept, and a page whose
    records are all told outside the feed keeps every subject."""
    items = feed_items(text) if told else []
    if not items:
        return regions
    starts = [s for s, _ in items]

    def item_of(pos: int) -> int:
        k = bisect_left(starts, pos + 1) - 1
        return k if k >= 0 and pos < items[k][1] else -1

    own = {item_of(p) for p in told}
    if own == {-1}:
        return regions
    own.add(-1)
    out = []
    for r in regions:
        kept = [m for m in r.mentions if item_of(m.start) in own]
        if kept:
            r.mentions = kept
            out.append(r)
    return out


def _marked_towns(units: list[_Unit], ms: list[_Match]) -> list[_Match]:
    """region62: towns a header writes after "город"/"г." ("Официальный сайт города
    Череповца", "Администрация г. Рыбинска"): the site is that town's, so the header names
    the town's subject as surely as its name would; a bare town in a menu line ("Главная
    Екатеринбург Челябинск Тюмень") is not marked."""
    return [m for m in ms if m.kind in ("capital", "city") and _after_city_marker(units, m.i)]


def _is_verb(models: Models, word: str) -> bool:
    """The dictionary's first reading of the word is a finite verb ("открыли")."""
    parses = models.parse(word) if word[:1].isalpha() else ()
    return bool(parses) and parses[0].tag.POS == "VERB"
