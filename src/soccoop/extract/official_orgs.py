"""Officials, the organisation of a post taken from context.

When the role phrase names no organisation ("главы ведомства", "министр", "спикер"), the
organisation comes only from clear context: a generic word from the matching name before
("областного комитета" → "Комитет по социальной политике Ленинградской области"), a
state post's state from the paragraph before or the state the text is about, a speaker's
chamber from the sentence, the side of an agreement the person signs for; acronyms are
glossed by their spelled-out form in the text ("ПФР" → "Пенсионный фонд России"). Lookups
go through per-document indexes (``_DocIndex``, ``_PlaceIndex``, bisect) so the cost stays
linear in the document's length. It stands apart because it is a separate step: it runs
after a post and its holder are found, reads the whole document rather than the sentence,
and none of the role-finding passes depends on it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from soccoop.extract.lexicon_endings import MASCULINE_ADJECTIVE_ENDINGS
from soccoop.extract.lexicon_officials import (
    ACTING_WORDS,
    ANAPHORA_SENTENCES,
    BODY_NAME_JOINERS,
    BRANCH_ADJECTIVES,
    FULL_NAME_TRIES,
    FULL_NAME_WORDS,
    FUNCTION_WORDS,
    GENERIC_PLACE_ADJECTIVES,
    GLOSS_TRIES,
    HELPER_ORDINALS,
    KIND_QUOTE_REACH,
    KIND_QUOTE_TRIES,
    LEGISLATURES,
    MINISTER_NO_FIELD_PREPOSITIONS,
    NAME_PREPOSITIONS,
    NAMED_AFTER_ANOTHER,
    OBLIQUE_CASES,
    ORG_HEADS,
    ORG_HYPERNYMS,
    OWNER_PRONOUN_AGREEMENT,
    OWNER_PRONOUNS,
    POSITION_HEADS,
    RANK_TITLES,
    REGION_HEADS,
    SIDE_PREPOSITIONS,
    SPEAKER_HEADS,
    STATE_HEAD_PAIRS,
    STATE_HEADS,
    STATE_WORDS,
    SUBST_PARTICIPLES,
)
from soccoop.extract.lexicon_orgs import (
    ALWAYS_BODY_POSTS,
    APPOSITION_HEADS,
    BODY_BEFORE_HEADS,
    BODY_OF_ANY_STATE,
    BODY_OF_POST,
    CIRCUMSTANCE_PO_NOUNS,
    CONTRACTED_BODY_HEADS,
    CONTRACTED_LEVELS,
    DEPUTY_WORDS,
    FIELD_BODY_NOUNS,
    GENERIC_BODY_KINDS,
    MINISTER_WORDS,
    NAMED_AFTER_HEADS,
    OFFICE_OF_POST,
    ORG_COMPLEMENT_NOUNS,
    ORG_NAME_BREAKS,
    ORG_POST_HEADS,
    PORTFOLIO_NOUNS,
    POST_BODY_AGREEMENT,
    POST_BODY_KINDS,
    POST_CONTRACTIONS,
    REGION_KIND_NOUNS,
    REGION_KIND_WORDS,
    SHORT_NAME_STATES,
    STATE_BODY_NOUNS,
    STATE_BODY_SHORT_NAMES,
    STATE_COMPLEMENTS,
    TEAM_NOUNS,
    TEAM_NOUNS_NAMED_ONLY,
    TEAM_ROLE_HEADS,
)
from soccoop.extract.lexicon_sides import SIDE_WORD_PREPOSITIONS
from soccoop.extract.nlp import Analysis, Models, Token, sentence_starts
from soccoop.extract.normalize import (
    _spelled_by,
    acronym_variant,
    acronym_words,
    acronyms_spell_to,
    is_acronym,
    name_words,
    nominative_phrase,
)
from soccoop.extract.official_grammar import (
    _case,
    _closes,
    _is_head,
    _is_modifier,
    _is_punct,
    _lemma,
)
from soccoop.extract.official_roles import (
    _is_a_place,
    _minister_word,
    _org_nominative,
    _place_genitive,
    _post_words,
    _Role,
)
from soccoop.extract.orgs import (
    country_name,
    country_of_adjective,
    country_of_capital,
    genitive_name,
)
from soccoop.extract.syntax import ensure_parsed
from soccoop.names import fold

_STOP_POS = {"VERB", "AUX", "PRON", "ADV", "SCONJ", "DET", "NUM", "PART", "INTJ", "SYM"}


_NAME_PART = re.compile(r"[A-ZА-ЯЁ]\.|[A-Za-zА-Яа-яЁё]+(?:[-’'][A-Za-zА-Яа-яЁё]+)*")


@dataclass
class _Place:
    start: int
    kind: str  # "country" or "region"
    key: str  # canonical name, to count mentions of one place
    name: str  # the name as the text gives it (nominative), else the canonical one
    case: str | None = None  # grammatical case of the mention's first word
    stop: int = 0  # end offset of an "org" mention (an ORG span that names no state)


def _place_mentions(analysis: Analysis, models: Models) -> list[_Place]:
    """Every country and Russian region the document names (LOC/ORG spans, capitals,
    place adjectives, a region ending a body's name), and every other ORG span as an
    "org", in text order."""
    from soccoop import gazetteer

    out: list[_Place] = []
    for sp in analysis.spans:
        if sp.type not in ("LOC", "ORG"):
            continue
        words = sp.text.split()
        country = country_name(models, sp.text)
        if country:
            name = country
            if len(words) == 1:  # "Беларуси" -> "Беларусь", "РФ" stays
                w = words[0]
                name = w if w.isupper() else models.lemma(w).capitalize()
            out.append(_Place(sp.start, "country", country, name))
            continue
        capital = country_of_capital(models, sp.text)
        if capital:
            out.append(_Place(sp.start, "country", capital, capital))
            continue
        if sp.type == "LOC":
            key = " ".join(models.lemma(w) for w in words) if len(words) <= 4 else ""
            region = gazetteer.resolve(sp.text) or (gazetteer.resolve(key) if key else None)
            if region is None and _names_a_region(words, models):
                region = gazetteer.lookup(sp.text)  # "Кемеровской области", any case
            if region is not None:
                out.append(_Place(sp.start, "region", region.name, region.name))
        else:  # any other body: for a post named without one (``_org_named_before``)
            key = " ".join(models.lemma(w) for w in words).lower()  # "Спартака" ~ "Спартак"
            out.append(_Place(sp.start, "org", key, sp.text, stop=sp.stop))
            inner = _region_in_org_name(sp.text, models)
            if inner is not None:
                out.append(_Place(sp.start + inner[0], "region", inner[1], inner[1]))
    for sent in analysis.sentences:
        for tok in sent.tokens:
            country = None
            if tok.pos == "ADJ":
                country = country_of_adjective(models, tok.text)
            elif tok.pos in ("NOUN", "PROPN") and tok.text[1:].islower() \
                    and _lemma(tok, models).endswith("ец"):
                lem = _lemma(tok, models)  # "итальянцы" -> "итальянский", "немцы" -> "немецкий"
                country = country_of_adjective(models, lem[:-2] + "ский") or \
                    country_of_adjective(models, lem + "кий")
            if country:
                out.append(_Place(tok.start, "country", country, country))
    cases = {t.start: _case(t) for sent in analysis.sentences for t in sent.tokens}
    for p in out:
        p.case = cases.get(p.start)
    out.sort(key=lambda p: p.start)
    return out


_NEWLINE = re.compile("\n")


class _PlaceIndex:
    """The places of a document by kind, with their starts and the one place the text is
    about, computed once so each official's lookup is a bisect."""

    def __init__(self, places: list[_Place], text: str) -> None:
        self.by_kind: dict[str, list[_Place]] = {}
        for p in places:
            self.by_kind.setdefault(p.kind, []).append(p)
        self.starts = {k: [p.start for p in v] for k, v in self.by_kind.items()}
        self.main: dict[str, str | None] = {}
        for kind, cands in self.by_kind.items():
            counts: dict[str, int] = {}
            for p in cands:
                counts[p.key] = counts.get(p.key, 0) + 1
            ranked = sorted(counts.values(), reverse=True)
            top = None
            if ranked and ranked[0] >= 2 and (len(ranked) == 1 or ranked[0] >= 2 * ranked[1]):
                key = max(counts, key=lambda k: counts[k])  # the one place the text is about
                top = next(p.name for p in cands if p.key == key)
            self.main[kind] = top
        # the regex engine scans in C: a per-character Python loop was 0.4 ms per document
        self.newlines = [m.start() for m in _NEWLINE.finditer(text)]
        # ``bodies_of_kind``: per set of kinds, the keys of the ORG places of that kind, read
        # once; ``org_at``: each ORG key's indexes in ``by_kind["org"]``, ascending
        self._of_kind: dict[frozenset[str], frozenset[str]] = {}
        self.org_at: dict[str, list[int]] = {}
        for i, p in enumerate(self.by_kind.get("org", ())):
            self.org_at.setdefault(p.key, []).append(i)

    def bodies_of_kind(self, kinds: frozenset[str], models: Models) -> frozenset[str]:
        """The keys of the ORG places whose names tell a body of one of ``kinds`` ("суд"
        for a judge: "Северный районный суд", not "Судоверфь"): the page's bodies are read
        once per set of kinds (a few per document, ``POST_BODY_KINDS``), not once per post."""
        found = self._of_kind.get(kinds)
        if found is None:
            found = self._of_kind[kinds] = frozenset(
                p.key for p in self.by_kind.get("org", ()) if _org_lemmas(p.name, models) & kinds)
        return found


def _org_from_context(role: _Role, places: _PlaceIndex, models: Models,
                      sent_end: int) -> str | None:
    """The state (or region) a state-level (regional) position without an organisation
    belongs to: the nearest country (region) named before the role in its paragraph, else
    the first named after it in its sentence in the genitive, else the one the whole text is
    about (named at least twice, and twice as often as any other); else nothing."""
    words = _post_words(role.position)
    while len(words) > 1 and words[0] in HELPER_ORDINALS:
        words = words[1:]  # "первый вице-губернатор": a deputy's rank, the post after it
    if not words:
        return None
    head = models.lemma(words[0]) if words[0] != role.position.split()[0].lower() else words[0]
    region = _region_of_its_kind(role, words, places, models)
    if region is not None:
        return region
    kind = None
    if head in STATE_HEADS or any(models.lemma(w) in STATE_HEADS for w in words[1:4]):
        kind = "country"  # "помощник заместителя госсекретаря" serves a state too
    elif head in REGION_HEADS:
        kind = "region"
    elif head in STATE_HEAD_PAIRS and len(words) > 1 and models.lemma(words[1]) in STATE_WORDS:
        kind = "country"
    if kind is None or kind not in places.by_kind:
        return None
    cands, starts = places.by_kind[kind], places.starts[kind]
    nl = bisect_left(places.newlines, role.start) - 1
    para = places.newlines[nl] + 1 if nl >= 0 else 0
    if role.shared and role.of_shared[1] > 1:
        # "Калуга и Тула будут вместе ... подписали губернаторы Владислав Шапша и Дмитрий
        # Миляев во время встречи в Туле": as many places named before in the paragraph as
        # names, each name its place in order, not the place of the meeting for both
        n, count = role.of_shared
        row: list[str] = []
        for p in cands[bisect_left(starts, para):bisect_left(starts, role.start)]:
            if p.name not in row:
                row.append(p.name)
        if len(row) == count:
            return row[n]
    k = bisect_left(starts, role.start) - 1
    if k >= 0 and cands[k].start >= para:
        return cands[k].name
    k = bisect_left(starts, role.end)
    if k < len(cands) and cands[k].start < sent_end and cands[k].case == "Gen":
        # "Глава государства Медведев и Председатель Правительства РФ Путин"; not a
        # destination ("Сенатор Джон Керри прибыл в Пакистан")
        return cands[k].name
    return places.main[kind]


@dataclass
class _DocIndex:
    """Flat tokens of a document with the lookups the context rules need, built once
    (linear), so a rule run per official costs no pass over the whole text."""

    tokens: list[Token]
    starts: list[int]
    stops: list[int]
    by_lemma: dict[str, list[int]]
    org_of: dict[int, tuple[int, int]]  # token index → the ORG span (start, stop) it is in
    per_starts: set[int]  # start offsets of tokens inside PER spans
    sent_starts: list[int]
    loc_of: dict[int, int] = field(default_factory=dict)  # first token of a LOC → its stop
    initials: str = ""  # first letters of the tokens, lower-cased ("_spelled_out"), lazily
    by_first: dict[str, list[int]] = field(default_factory=dict)  # capitalised words by letter
    glosses: dict[str, str | None] = field(default_factory=dict)  # ``_acronym_glossed``


def _doc_index(analysis: Analysis, models: Models) -> _DocIndex:
    tokens = [t for sent in analysis.sentences for t in sent.tokens]
    starts = [t.start for t in tokens]
    by_lemma: dict[str, list[int]] = {}
    for n, t in enumerate(tokens):
        by_lemma.setdefault(_lemma(t, models), []).append(n)
    org_of: dict[int, tuple[int, int]] = {}
    per_starts: set[int] = set()
    loc_of: dict[int, int] = {}
    for sp in analysis.spans:
        n = bisect_left(starts, sp.start)
        if sp.type == "LOC" and n < len(tokens):
            loc_of[n] = sp.stop
        while n < len(tokens) and tokens[n].stop <= sp.stop:
            if sp.type == "ORG":
                org_of[n] = (sp.start, sp.stop)
            elif sp.type == "PER":
                per_starts.add(tokens[n].start)
            n += 1
    by_first: dict[str, list[int]] = {}
    for n, t in enumerate(tokens):
        if t.text[:1].isupper() and not t.text.isupper():
            by_first.setdefault(t.text[0].lower(), []).append(n)
    return _DocIndex(tokens, starts, [t.stop for t in tokens], by_lemma, org_of, per_starts,
                     sentence_starts(analysis.sentences), loc_of, by_first=by_first)


def _sentence_end(text: str, offset: int, index: _DocIndex) -> int:
    """Where the sentence holding ``offset`` ends: the first ".!?" or line break after it,
    looked for no further than the tokenizer's sentence end."""
    k = bisect_right(index.sent_starts, offset) - 1
    nxt = index.sent_starts[k + 1] if k + 1 < len(index.sent_starts) else len(text)
    stops = [text.find(c, offset, nxt) for c in ".!?\n"]
    return min([x for x in stops if x >= 0], default=nxt)


def _legislature_from_context(role: _Role, analysis: Analysis, models: Models,
                              index: _DocIndex) -> str | None:
    """The chamber a speaker presides over, named before the role in its sentence: "В Сенате,
    где демократы сохранили большинство, спикер Гарри Рид заявил"."""
    words = role.position.lower().split()
    if not words or words[0] not in SPEAKER_HEADS:
        return None
    k = bisect_right(index.sent_starts, role.start) - 1
    if k < 0 or role.start >= analysis.sentences[k].stop:
        return None
    tokens = analysis.sentences[k].tokens
    for n in range(len(tokens) - 1, -1, -1):
        tok = tokens[n]
        if tok.start >= role.start or _lemma(tok, models) not in LEGISLATURES:
            continue
        for m in range(n - 1, max(n - 5, -1), -1):  # "Палаты представителей Конгресса"
            if _case(tokens[m + 1]) != "Gen":
                break
            if _lemma(tokens[m], models) in LEGISLATURES:
                n, tok = m, tokens[m]
        end = tok.stop
        if n + 1 < len(tokens) and _case(tokens[n + 1]) == "Gen" and tokens[n + 1].start \
                < role.start:
            end = min(_dependents_end(tokens, n + 1, index.per_starts, len(tokens), models) or end,
                      role.start)
        b = n
        while b > 0 and tokens[b - 1].pos == "ADJ":  # "Государственной думе"
            b -= 1
        phrase = [t for t in tokens if tokens[b].start <= t.start and t.stop <= end]
        return nominative_phrase(models, phrase, analysis.text) or None
    return None


def _closing_quote(text: str, tokens: list[Token], starts: list[int],
                   span: tuple[int, int], cut: int) -> int:
    """sig47: the end of an ORG span that opens a «quoted» name and stops short of its
    closing mark (the NER's slip: "[Ассоциация «Союз работодателей Ямала]»") taken on to
    that mark, so the body is named whole: "Ассоциация «Союз работодателей Ямала»"."""
    inside = text[span[0]:span[1]]
    if inside.count("«") <= inside.count("»"):
        return span[1]
    m = bisect_left(starts, span[1])
    if m < cut and tokens[m].text == "»" and tokens[m].start - span[1] <= 1:
        return tokens[m].stop
    return span[1]


def _head_inside_a_quoted_name(tokens: list[Token], first: int, n: int) -> bool:
    """Is the body's head word ``n`` inside a «quoted» name its ORG span (from ``first``)
    opens with a legal form: capitalised abbreviations, the opening mark, then adjectives
    only? "АО «Барнаульский завод механических прессов»": the head "завод" stands for the
    whole name, not for "Завод механических прессов»"."""
    k = first
    while k < n and tokens[k].text.isupper() and tokens[k].text.isalpha():
        k += 1
    if k == first or k >= n or tokens[k].text not in ("«", '"', "„", "“"):
        return False
    return all(t.pos == "ADJ" for t in tokens[k + 1:n])


def _menu_gap(gap: str) -> bool:
    """agr87: the space between two words is a menu's or a line's break (a line end, a tab,
    three spaces or more), so a capitalised word after a kind noun is the next item, not
    its name: "О фонде   Проекты   Новости" names no "Фонд Проекты"."""
    return "\n" in gap or "\t" in gap or "   " in gap


def _specific_org(org: str, before: int, analysis: Analysis, models: Models,
                  index: _DocIndex) -> str:
    """A one-word generic organisation ("партии", "концерна") replaced by the nearest
    earlier named one with that head: "партия «Яблоко»", an ORG span "концерн Volkswagen"."""
    words = org.split()
    if not words or len(words) > 3 or not all(w.isalpha() and w.islower() for w in words):
        return org
    need: set[str] = set()
    stem = _place_stem(words, models)
    for w in words[:-1] if stem is None else ():
        # "областной комитет": the committee named before, of a region
        adj = models.lemma(w).replace("ё", "е")
        if adj not in GENERIC_PLACE_ADJECTIVES:
            return org
        need |= set(GENERIC_PLACE_ADJECTIVES[adj].split())
    head = models.lemma(words[-1] if stem is None else words[1]).replace("ё", "е")
    if head not in ORG_HEADS:
        return org
    tokens = index.tokens
    cut = bisect_right(index.stops, before)  # tokens[:cut] end before the role

    def org_span(n: int) -> tuple[int, int] | None:
        sp = index.org_of.get(n)
        return sp if sp is not None and sp[1] <= before else None

    text = analysis.text
    for n in reversed(index.by_lemma.get(head, [])):
        if n >= cut:
            continue
        tok = tokens[n]
        start = tok.start
        own_span = org_span(n)
        nxt = tokens[n + 1] if n + 1 < cut else None
        span = org_span(n + 1) if nxt is not None else None
        if own_span is not None:  # "Московским институтом ..." inside an ORG span: all of it
            # but for words before the head other than its adjectives, the NER's slip:
            # "на стенде [Санкт-Петербурга комитет по труду ...]"
            first = bisect_left(index.starts, own_span[0])
            if all(t.pos == "ADJ" for t in tokens[first:n]) or \
                    _head_inside_a_quoted_name(tokens, first, n):
                start = min(own_span[0], start)
            end = _closing_quote(text, tokens, index.starts, own_span, cut)
        elif nxt is None:
            continue
        elif nxt.text in ("«", '"', "„", "“"):  # "партии «Яблоко»"
            close = next((m for m in range(n + 2, min(n + 12, cut))
                          if tokens[m].text in ("»", '"', "“", "”")), None)
            if close is None:
                continue
            end = tokens[close].stop
        elif span is not None:  # "концерна Volkswagen"
            end = _closing_quote(text, tokens, index.starts, span, cut)
        elif nxt.text[:1].isupper() and nxt.pos in ("PROPN", "X", "NOUN") and \
                nxt.start not in index.per_starts and not _menu_gap(text[tok.stop:nxt.start]):
            end = nxt.stop  # not a person's name: "команды Дмитрия Аленичева" is his
        elif nxt.text in NAME_PREPOSITIONS or _case(nxt) == "Gen":
            # "Комитета по труду и занятости населения Ленинградской области"; a lower-case
            # head with a place in its chain too: "департаментом социального развития
            # Тюменской области"
            dep_end = _dependents_end(tokens, n + 1, index.per_starts, cut, models)
            if dep_end is None or not tok.text[:1].isupper() and not any(
                    t.text[:1].isupper() for t in tokens[n + 1:bisect_right(index.stops,
                                                                           dep_end)]):
                continue
            end = dep_end
        else:
            continue
        # genitive dependents the NER left out: "... профобразования работников сферы"
        m = min(bisect_left(index.starts, end), cut)
        while m < cut and tokens[m].pos in ("ADJ", "NOUN") and \
                tokens[m].text.islower() and _case(tokens[m]) == "Gen" and m - n < 15:
            end = tokens[m].stop
            m += 1
        if not need:
            end = _place_genitive_end(m, index, cut) or end
        end = _field_group_end(tokens, bisect_left(index.starts, end), index, cut, models) or end
        if need and m < cut and _case(tokens[m]) == "Gen":
            # the region the generic adjective points at: "Комитета по труду" + "Ленинградской
            # области" (the NER's ORG span stops before the place)
            end = _dependents_end(tokens, m, index.per_starts, cut, models) or end
        phrase = tokens[bisect_left(index.starts, start):bisect_right(index.stops, end)]
        if need and not any(_lemma(t, models) in need for t in phrase):
            continue
        if stem is not None and (not any(t.text[:1].isupper() and any(
                part.startswith(stem) for part in t.text.lower().split("-"))  # "Санкт-
                for t in phrase[1:]) or not all(any(t.text.lower()[:3] == w[:3]  # Петербурга"
                                                        for t in phrase[1:]) for w in words[2:])):
            continue  # the place, and the field the short name gives ("соцзащиты")
        return nominative_phrase(models, phrase, text) or org
    if len(words) == 1 and head in ORG_HYPERNYMS:
        return _org_by_kind(org, head, cut, analysis, models, index)
    return org


def _field_group_end(tokens: list[Token], m: int, index: _DocIndex, cut: int,
                     models: Models) -> int | None:
    """End offset of a "по ..." group right after a body's name, which names the body's
    field: "комитета Волгоградской областной Думы по социальной политике" is the committee
    on social policy of the Duma. None when tokens[m] opens no such group."""
    if m >= cut or tokens[m].text != "по" or m + 1 >= cut or \
            tokens[m + 1].pos not in ("NOUN", "ADJ"):
        return None
    end = _dependents_end(tokens, m, index.per_starts, cut, models)
    group = tokens[m + 1:bisect_right(index.stops, end)] if end is not None else []
    if any(t.pos == "NOUN" and _lemma(t, models) in CIRCUMSTANCE_PO_NOUNS for t in group):
        return None  # "по итогам года": how, not the body's field
    return end


_PLACE_ADJECTIVE = re.compile(r"^(?P<stem>(?P<root>[а-яё]{2,}?)(?:ск|цк))"
                              r"(?:ий|ая|ое|ого|ой|ому|им|ом|ую)$")


def _place_stem(words: list[str], models: Models) -> tuple[str, ...] | None:
    """The stems the place an adjective-named body is of may begin with, its head a body's
    noun: "кемеровское управление соцзащиты" → "кемеров" (the body named before has
    "Кемерова" in its name), "омское управление" → "омск" ("Омска"). None for another
    shape, and for generic adjectives ("областной комитет": ``GENERIC_PLACE_ADJECTIVES``)."""
    if len(words) < 2 or models.lemma(words[0]).replace("ё", "е") in GENERIC_PLACE_ADJECTIVES:
        return None
    m = _PLACE_ADJECTIVE.match(words[0])
    if m is None or models.lemma(words[1]).replace("ё", "е") not in ORG_HEADS:
        return None
    stems = tuple(x for x in (m["stem"], m["root"]) if len(x) >= 4)
    return stems or None


def _place_genitive_end(m: int, index: _DocIndex, cut: int) -> int | None:
    """End of a place in the genitive right after a body's name, which keeps it: the NER
    ends "Департамент труда населения города" before "Севастополя", "Комитет по
    социальной политике" before "Омской области". None when no such place follows."""
    stop = index.loc_of.get(m)
    if m >= cut or stop is None:
        return None
    last = bisect_right(index.stops, stop)
    if last > cut or not all(_case(t) in ("Gen", None) for t in index.tokens[m:last]):
        return None
    return stop


def _org_by_kind(org: str, head: str, cut: int, analysis: Analysis, models: Models,
                 index: _DocIndex) -> str:
    """A generic word for an organisation ("ведомство", "предприятие") replaced by the
    nearest earlier ORG span whose name says it is of that kind: "и.о. главы ведомства"
    after "Федеральной службы по надзору в сфере образования и науки" is that service;
    "директор предприятия" after 'ООО "МНКТ"' is that company (``ORG_HYPERNYMS``)."""
    best = -1
    for kind in ORG_HYPERNYMS[head] | _short_names_of_kinds(ORG_HYPERNYMS[head], models):
        for n in reversed(index.by_lemma.get(kind, [])):
            if n < cut and n in index.org_of:
                best = max(best, n)
                break
    if best < 0:
        return org
    start, stop = index.org_of[best]
    stop = _closing_quote(analysis.text, index.tokens, index.starts, (start, stop),
                          len(index.tokens))  # 'ООО «Светлый путь»', its mark kept
    phrase = index.tokens[bisect_left(index.starts, start):bisect_right(index.stops, stop)]
    return nominative_phrase(models, phrase, analysis.text) or org


@lru_cache(maxsize=8)
def _short_names_of_kinds(kinds: frozenset[str], models: Models) -> frozenset[str]:
    """officials71: the lemmas of the state bodies' short names (``STATE_BODY_SHORT_NAMES``)
    whose full name is of one of ``kinds``: a short name says its kind as well as the full
    one, so "пресс-секретарь ведомства" after "В Минэкономразвития отказались" is that
    ministry, not a "Министерство финансов" named before it ("Минэкономразвития" is a
    "министерство", "ФНС" a "служба")."""
    return frozenset(lemma for _short, lemma, full in _short_name_rows(models)
                     if full & kinds)


def _dependents_end(tokens: list[Token], m: int, per_starts: set[int],
                    limit: int, models: Models) -> int | None:
    """End offset of the dependents of an organisation noun starting at tokens[m] (looking
    no further than tokens[limit - 1]): nouns and adjectives in an oblique case, a name in
    apposition to such a noun ("Республики Узбекистан"), "по"/"при" groups, "и" between
    such words."""
    end = None
    k = m
    while k < limit and k - m < 15:
        tok = tokens[k]
        nxt = tokens[k + 1] if k + 1 < limit else None
        if tok.start in per_starts:
            break
        if tok.pos in ("NOUN", "PROPN", "ADJ") and _case(tok) not in (None, "Nom", "Acc"):
            end = tok.stop
        elif end is not None and tok.text[:1].isupper() and tok.pos in ("PROPN", "NOUN") \
                and _case(tok) in (None, "Nom") and _case(tokens[k - 1]) == "Gen" \
                and _lemma(tokens[k - 1], models) in APPOSITION_HEADS:
            end = tok.stop  # a name in apposition stays as it is: "Республики Узбекистан"
        elif tok.text in NAME_PREPOSITIONS and nxt is not None and nxt.pos in ("NOUN", "ADJ"):
            pass
        elif tok.pos == "CCONJ" and tok.text == "и" and nxt is not None and \
                nxt.pos in ("NOUN", "ADJ") and nxt.text.islower() and \
                _lemma(nxt, models) not in ORG_HEADS:
            pass
        else:
            break
        k += 1
    return end


def _org_of_post(role: _Role, organization: str | None, analysis: Analysis, models: Models,
                 index: _DocIndex, places: _PlaceIndex, person: int = -1) -> str | None:
    """The organisation passes, in order. Reading the post itself: a second title off the
    end (``_without_second_title``), the post's own complement (``_org_in_position``), a
    minister's field (``_ministry_of_minister``), the body between the post and the name
    (``_org_between_post_and_name``), the body of a title right before the post
    (``_org_of_the_title_before``), the body of a post joined by "и"
    (``_body_of_a_coordinated_post``), the side a signatory stands for
    (``_side_named_before``); a circumstance the role phrase ran on into is cut off
    (``_without_circumstance``). Unless the post is figurative: a chamber without the
    member's constituency (``_without_constituency``), the body a state post sits in
    (``_body_of_post``), then for a post still without one the body named just before
    (``_org_named_before``), and for a generic word the body it stands for
    (``_org_a_generic_word_stands_for``), and last a body the post's complement writes as
    one contracted word (``_contracted_body_in_post``). A deputy's portfolio is cut off first
    (``_without_portfolio``); an abbreviation the text spells out is spelled out last
    (``_spelled_out``). A post without a body also takes the body of the
    same post named before (``_same_post_named_before``) or the body of its kind
    (``_body_of_the_posts_kind``), a team's role its team (``_team_named_near``); a body
    noun followed by another person's name is
    named after him (``_org_named_after_person``); ``person`` is where the official's
    name starts."""
    organization = _without_second_title(organization, models)
    organization = _without_circumstance(organization)
    organization = _without_portfolio(role, organization, models)
    organization = _whole_genitive_chain(role, organization, analysis, models, index)
    organization = _org_in_position(role, organization, analysis, models, index)
    organization = _ministry_of_minister(role, organization, models)
    if organization is None:
        organization = _org_between_post_and_name(role, analysis, models, index) or \
            _body_of_a_coordinated_post(role, analysis, models, index)
    if organization is None:
        organization = _org_of_the_title_before(role, analysis, models, index)
    if organization is None:
        organization = _side_named_before(role, analysis, models, index)
    organization = _body_of_the_side(role, organization, analysis, models, index, places)
    if role.figurative and not _belongs_to_a_body(role, models):
        # "музыкальный король": read the post only, look for no body; "прежний министр
        # финансов" still has the ministry the text names
        return _short_name_the_text_uses(role, organization, models, index)
    organization = _without_constituency(organization, models)
    organization = _body_of_post(role, organization, models)
    organization = _office_of_the_post(role, organization, models)
    organization = _org_named_after_person(role, organization, models, index, person)
    if organization is None:
        organization = _body_the_possessive_stands_for(role, analysis, models, index) or \
            _same_post_named_before(role, analysis, models, index) or \
            _body_of_the_posts_kind(role, analysis, models, index, places) or \
            _team_named_near(role, analysis, models, index) or \
            _org_named_before(role, analysis, models, index, places) or \
            _contracted_body_in_post(role, analysis, models, index)
    elif _generic_org(organization, models):
        organization = _org_a_generic_word_stands_for(organization, role, analysis, models,
                                                      index, places)
    elif _described_body(organization, models):
        organization = _named_for_a_described_body(organization, role, analysis, models,
                                                   index, places)
    organization = _short_name_the_text_uses(role, organization, models, index)
    organization = _agreeing_body_of_a_state_post(role, organization, analysis, models, index)
    return _spelled_out(organization, role, analysis, models, index)


def _role_tokens(role: _Role, index: _DocIndex) -> list[Token]:
    """The tokens of a role phrase (a bisect into the document's flat tokens)."""
    return index.tokens[bisect_left(index.starts, role.start):
                        bisect_right(index.stops, role.end)]


def _org_lemmas(org: str | None, models: Models) -> set[str]:
    return {models.lemma(w).lower().replace("ё", "е")
            for w in _NAME_PART.findall(org or "")}


def _second_title_after_a_comma(toks: list[Token], h: int, models: Models) -> bool:
    """nerel67: is the role phrase two posts joined by a comma (``officials.
    _titles_joined_by_a_comma``), a post's head noun in the first head's case right after a
    comma (its modifiers first)? Then the body was chosen between the two posts' bodies and
    the first post's complement is not read again with the second post's words after it:
    "координатор комиссии, заместитель губернатора области" is no body "Комиссия,
    заместитель губернатора области". A comma inside a body's name ("департамент труда,
    занятости и ...") is followed by no post."""
    for c in range(h + 1, len(toks) - 1):
        if toks[c].text != ",":
            continue
        n = c + 1
        while n < len(toks) - 1 and _is_modifier(toks[n], models):
            n += 1
        if _is_head(toks[n], models) and _case(toks[n]) == _case(toks[h]):
            return True
    return False


def _org_in_position(role: _Role, organization: str | None, analysis: Analysis,
                     models: Models, index: _DocIndex) -> str | None:
    """A post whose own complement is a body: the complement, with the rest of the role
    phrase after it, is the organisation. "директор ростовского цирка" → "Ростовский цирк";
    "председатель кабинета министров Испании" → "Кабинет министров Испании"; "глава
    полиции района" → "Полиция района"; with a state from context: "начальник генштаба
    армии" (Китай) → "Генштаб армии Китая". An organisation the phrase already starts
    with that noun stays."""
    toks = _role_tokens(role, index)
    h = next((n for n, t in enumerate(toks) if _is_head(t, models)), None)
    if h is None or _second_title_after_a_comma(toks, h, models):
        return organization
    n = h + 1
    while n < len(toks):
        t = toks[n]
        if t.start in index.per_starts or t.pos in _STOP_POS or t.pos in ("VERB", "CCONJ") \
                or _is_punct(t) or t.pos == "ADP" and t.text.lower() not in NAME_PREPOSITIONS:
            return organization
        if t.pos in ("NOUN", "PROPN") and _case(t) in ("Gen", "Ins") and (
                _lemma(t, models) in ORG_COMPLEMENT_NOUNS or _lemma(t, models) in ORG_HEADS):
            break
        n += 1
    else:
        return organization
    if _lemma(toks[n], models) in _org_lemmas(role.organization, models) | _org_lemmas(
            organization, models):
        # "заместитель начальника управления ...": already the organisation, or what a
        # generic word of it ("главы ведомства") was found to stand for
        return organization
    b = n
    while b - 1 > h and toks[b - 1].pos == "ADJ" and _case(toks[b - 1]) == _case(toks[n]):
        b -= 1
    phrase = toks[b:]
    while phrase and _is_punct(phrase[-1]) and not _closes(phrase):
        phrase = phrase[:-1]
    out = nominative_phrase(models, phrase, analysis.text)
    if not out or len(phrase) == 1 and phrase[0].text.islower() and not organization:
        return organization  # a bare "директор лаборатории" names no body to tell apart
    if role.organization is None and organization:
        state = country_name(models, organization)
        if state is None:
            return organization  # a body from context ("Сенат"): not this complement's
        out = f"{out} {genitive_name(models, organization)}"
    return out


def _contracted_body(word: str) -> bool:
    """Is the word (a lemma) a body written as one contraction of a level and a governing
    body's noun, "облизбирком", "горсовет", "облспорткомитет" (``CONTRACTED_LEVELS``,
    ``CONTRACTED_BODY_HEADS``)? The body noun alone ("комитет") or a place ("райцентр") is
    not one."""
    word = word.lower().replace("ё", "е")
    if not word.isalpha() or not word.startswith(CONTRACTED_LEVELS):
        return False
    return any(word.endswith(head) and len(word) - len(head) >= 3
               for head in CONTRACTED_BODY_HEADS)


def _contracted_body_in_post(role: _Role, analysis: Analysis, models: Models,
                             index: _DocIndex) -> str | None:
    """nerel93: a post whose complement is a body written as one contracted word, and no
    body found anywhere else: that word, with the rest of the role phrase after it, is the
    organisation, as "председатель областного комитета" names its committee: "председатель
    облизбиркома Анна Котова" → "Облизбирком"; "депутат горсовета по округу № 5" →
    "Горсовет". A post is kept as it is written."""
    toks = _role_tokens(role, index)
    h = next((n for n, t in enumerate(toks) if _is_head(t, models)), None)
    if h is None:
        return None
    for n in range(h + 1, len(toks)):
        t = toks[n]
        if t.start in index.per_starts or _is_punct(t) or t.pos in ("VERB", "CCONJ"):
            return None
        if t.pos in ("NOUN", "PROPN", "X") and t.text.islower() and \
                _case(t) in ("Gen", "Ins", None) and (
                _contracted_body(_lemma(t, models)) or _contracted_body(t.text)):
            phrase = toks[n:]
            while phrase and _is_punct(phrase[-1]) and not _closes(phrase):
                phrase = phrase[:-1]
            return nominative_phrase(models, phrase, analysis.text) or None
    return None


def ministry_of_post(position: str, models: Models, state: str | None = None,
                     evidence: str = "") -> str | None:
    """The ministry a minister's post names by its field, of the state when one is given:
    "министр экономического развития" → "Министерство экономического развития";
    "заместитель министра труда" with "Республика Беларусь" → "Министерство труда
    Республики Беларусь" (the state's name in the genitive, as ``evidence`` writes it after
    the field when it does, else inflected). None when the post names no field: no
    minister ("посол"), nothing after the minister word ("министр"), "министр по делам",
    or a field cut short at an adjective ("министра социальной")."""
    words = position.split()
    k = _minister_word(words, models)  # "и. о. министра труда", "заместитель министра"
    if k is None or k + 1 >= len(words) or \
            words[k + 1].lower() in MINISTER_NO_FIELD_PREPOSITIONS or \
            any(p.tag.POS == "ADJF" for p in models.parse(words[-1])[:1]):
        return None
    field_text = " ".join(words[k + 1:])
    if state is None:
        return f"Министерство {field_text}"
    written = _state_as_written(evidence, field_text, state) or genitive_name(models, state)
    return f"Министерство {field_text} {written}"


def _state_as_written(evidence: str, field_text: str, state: str) -> str | None:
    """The words right after a post's field in its evidence, as many as the state's name
    has, when each opens as that name's word does (its first four letters): "Республики
    Беларусь" after "министр труда" for "Республика Беларусь", where inflecting the name
    would give "Беларуси". None when the evidence does not hold them."""
    at = evidence.lower().find(field_text.lower()) if evidence else -1
    if at < 0:
        return None
    names = state.split()
    after = evidence[at + len(field_text):].split()[:len(names)]
    if len(after) != len(names) or any(a[:4].lower() != n[:4].lower()
                                       for a, n in zip(after, names, strict=True)):
        return None
    return " ".join(a.strip(",.;:") for a in after)


def _ministry_of_minister(role: _Role, organization: str | None,
                          models: Models) -> str | None:
    """A minister without a ministry in the phrase heads the ministry of the post's field:
    "министр экономического развития" → "Министерство экономического развития"; with a
    state from context, "министр финансов" (Франция) → "Министерство финансов Франции"
    (``ministry_of_post``)."""
    state = country_name(models, organization) if organization else None
    if organization and (role.organization is not None or state is None):
        return organization
    return ministry_of_post(role.position, models, organization) or organization


def _body_of_post(role: _Role, organization: str | None, models: Models) -> str | None:
    """A post that sits in one body of a state names that body, the state after it:
    "премьер-министр Эстонии" → "Правительство Эстонии", "сенатор" (США) → "Сенат США"
    (``BODY_OF_POST``); a post of another organisation keeps it."""
    words = _post_words(role.position)
    if len(words) > 1 and all(models.lemma(w) in STATE_COMPLEMENTS for w in words[1:]):
        words = words[:1]  # "премьер страны": the state is the organisation's
    body = BODY_OF_POST.get(words[0]) if len(words) == 1 else None
    if body is None:
        return organization
    if organization is None:
        return body if body in BODY_OF_ANY_STATE else None
    state = country_name(models, organization)
    if state is None:
        return organization
    return f"{body} {genitive_name(models, organization)}"


def _office_of_the_post(role: _Role, organization: str | None, models: Models) -> str | None:
    """A post whose office is a body named after it, with only a place for a body: the
    place's office ("помощник прокурора Омска" → "Прокуратура Омска", ``OFFICE_OF_POST``);
    a body the text names, or a country, stays."""
    words = _post_words(role.position)
    if not organization or not words or not organization[:1].isupper():
        return organization
    office = OFFICE_OF_POST.get(models.lemma(words[-1]).replace("ё", "е"))
    if office is None or models.lemma(organization.split()[0]).lower() in ORG_HEADS or \
            country_name(models, organization) is not None:
        return organization  # a state's prosecutor sits in a body of its own kind
    return f"{office} {_place_genitive(organization, models)}"


def _org_named_before(role: _Role, analysis: Analysis, models: Models, index: _DocIndex,
                      places: _PlaceIndex) -> str | None:
    """A post of an organisation given without one belongs to the body named last before
    it, in its sentence or the sentence before in its paragraph: "В заявлении компании
    Apple говорится, что ... назначен ее операционный директор Тим Кук" → "Apple". Only
    for posts that always have an organisation (``ORG_POST_HEADS``), not a state's."""
    head = _head_lemma(role, models)
    if head not in ORG_POST_HEADS and head not in BODY_BEFORE_HEADS:
        return None
    cands = places.by_kind.get("org")
    if not cands:
        return None
    k = bisect_left(places.starts["org"], role.start) - 1
    while k >= 0 and cands[k].stop > role.start:
        k -= 1
    if k < 0:
        return None
    place = cands[k]
    s = bisect_right(index.sent_starts, role.start) - 1
    if bisect_right(index.sent_starts, place.start) - 1 < s - 1:
        return None  # further back than the sentence before
    if bisect_left(places.newlines, place.start) != bisect_left(places.newlines, role.start):
        return None  # another paragraph
    return _place_phrase(place, analysis, models, index, role.start) or None


def _agrees(tok: Token, want: tuple[tuple[str, ...], str]) -> bool:
    """Does the noun agree with a possessive in gender and number
    (``lexicon_officials.OWNER_PRONOUN_AGREEMENT``: "её" and "администрация")? A plural
    possessive asks the number only; a noun the tagger gives no gender never agrees with a
    singular one."""
    genders, number = want
    feats = tok.feats or {}
    if feats.get("Number", "Sing") != number:
        return False
    return not genders or feats.get("Gender") in genders


def _body_the_possessive_stands_for(role: _Role, analysis: Analysis, models: Models,
                                    index: _DocIndex) -> str | None:
    """officials72: a post owned by a third-person possessive ("его", "её", "их":
    ``OWNER_PRONOUNS``) and naming no body sits in the body the possessive stands for: the
    nearest body before it, in its sentence or the one before in its paragraph, that is
    its clause's subject (the parse's ``nsubj``) and whose head noun agrees with the
    possessive in gender and number (the tagger's features): "В банк назначена временная
    администрация. Её руководителем стал Иван Петров" → "временная администрация" (not
    the masculine "банк"); "Фонд «Заря» открыл приют. Его председатель" → the fund, not
    the shelter, its object. A body is an ORG span (a kind noun before it agrees for
    it: "компания «Заря»" gives "Заря") or a noun of a body (``ORG_HEADS``) with its
    adjectives, genitive dependents and name; a bare kind noun ("Университет") is left to
    the other passes. A person of the possessive's gender named nearer stops the search ("его
    заместитель" after "министр Иван Петров" is the minister's deputy,
    ``bodies_of_the_helped``), and so does a subject that agrees and is no body
    ("Фестиваль открылся … Его директор"). Only for posts that always belong to a body
    (``ORG_POST_HEADS``)."""
    toks = index.tokens
    k = bisect_left(index.starts, role.start)
    if not 0 < k < len(toks) or toks[k].start != role.start:
        return None
    want = OWNER_PRONOUN_AGREEMENT.get(toks[k - 1].text.lower())
    if want is None or \
            _head_lemma(role, models) not in ORG_POST_HEADS:
        return None
    s = _sentence_of(index, role.start)
    back = index.sent_starts[max(0, s - 1)]
    para = analysis.text.rfind("\n", back, role.start)  # no further than the paragraph
    low = bisect_left(index.starts, max(back, para + 1))
    for sent in analysis.sentences[max(0, s - 1):s + 1]:
        ensure_parsed(sent, models)  # rare (a possessive before a post without a body)
    n = k - 2
    while n >= low:
        tok = toks[n]
        if tok.start in index.per_starts:
            if _agrees(tok, want):
                return None  # a person of the possessive's gender: his or her post
            n -= 1
            continue
        span = index.org_of.get(n)
        first, last, kind = n, n, n
        if span is not None:
            first = kind = bisect_left(index.starts, span[0])
            j = first - 1
            while j > 0 and set(toks[j].text) <= _QUOTES_OPEN:
                j -= 1
            if j >= 0 and toks[j].pos == "NOUN" and _lemma(toks[j], models) in ORG_HEADS:
                kind = j  # "компания «Заря»": the kind noun agrees, the span is the name
        elif not (tok.pos == "NOUN" and _agrees(tok, want)):
            n -= 1
            continue
        group = toks[kind:last + 1]
        noun = next((t for t in group if t.pos in ("NOUN", "PROPN")), None)
        subject = any(t.rel in _SUBJECT_RELS for t in group)
        if noun is not None and _agrees(noun, want) and (
                span is not None or _lemma(noun, models) in ORG_HEADS):
            if subject:
                return _body_group(first, last, role, analysis, models, index)
        elif subject and noun is not None and _agrees(noun, want):
            return None  # the clause's subject, no body: the possessive stands for it
        n = kind - 1
    return None


_SUBJECT_RELS = frozenset({"nsubj", "nsubj:pass"})


def _body_group(first: int, m: int, role: _Role, analysis: Analysis, models: Models,
                index: _DocIndex) -> str | None:
    """A body's words, tokens[first..m], with the adjectives before them, and after them
    the genitive dependents and a name in quotes (``_name_after_kind_noun``: "учреждение
    области «Центр занятости»"), up to the post and the sentence's end, in the
    nominative; None for a bare kind noun."""
    toks = index.tokens
    while first > 0 and toks[first - 1].pos == "ADJ" and \
            _case(toks[first - 1]) == _case(toks[first]):
        first -= 1
    stop = _sentence_end(analysis.text, toks[m].start, index)
    limit = min(bisect_left(index.starts, role.start), bisect_left(index.starts, stop))
    last = m
    if m + 1 < limit:
        end = _dependents_end(toks, m + 1, index.per_starts, limit, models)
        last = bisect_right(index.stops, end) - 1 if end is not None else m
    if last + 1 < limit and set(toks[last + 1].text) <= _QUOTES_OPEN:
        named = _name_after_kind_noun(last, index, limit)  # "учреждение … «Центр …»"
        last = named[1] if named is not None else last
    end = toks[last].stop
    phrase = toks[first:bisect_right(index.stops, end)]
    if len(phrase) == 1 and index.org_of.get(first) is None:
        return None
    return nominative_phrase(models, phrase, analysis.text) or None


def _generic_org(org: str, models: Models) -> bool:
    """One lower-case word for a kind of body ("издание", "корпорация", "фонд")."""
    words = org.split()
    if len(words) != 1 or not org.isalpha() or not org.islower():
        return False
    lemma = models.lemma(org).replace("ё", "е")
    return lemma not in STATE_BODY_NOUNS and lemma in ORG_HEADS | ORG_COMPLEMENT_NOUNS


def _described_body(org: str, models: Models) -> bool:
    """nerel83: a body told only by its kind with lower-case adjectives before it, no name
    and nothing after the kind noun ("российский газовый холдинг", "новый клуб",
    "столичная команда"): a description of a body, like a generic word alone. The
    adjectives are read by morphology (every reading of each word is an adjective or a
    participle). An adjective of a level of territory or of a Russian region ("областная
    организация", "районный совет", "якутская ассоциация") makes it a branch's description,
    not the description of a body the text is about: no description here."""
    words = org.split()
    if len(words) < 2 or not all(w.isalpha() and w.islower() for w in words):
        return False
    if not _generic_org(words[-1], models):
        return False
    for w in words[:-1]:
        parses = models.parse(w)
        if not parses or not all(p.tag.POS in ("ADJF", "PRTF") for p in parses):
            return False
        lemma = str(parses[0].normal_form).replace("ё", "е")
        if lemma in BRANCH_ADJECTIVES or lemma in GENERIC_PLACE_ADJECTIVES or (
                _region_adjective(lemma)):
            return False
    return True


def _region_adjective(lemma: str) -> bool:
    """Is the adjective (a lemma) one of a Russian region's ("якутский", "югорский")?"""
    from soccoop import gazetteer

    region = gazetteer.resolve(lemma) if lemma.endswith(MASCULINE_ADJECTIVE_ENDINGS) else None
    return region is not None and lemma in {a.lower().replace("ё", "е")
                                            for a in region.adjectives}


def _named_for_a_described_body(org: str, role: _Role, analysis: Analysis, models: Models,
                                index: _DocIndex, places: _PlaceIndex) -> str:
    """nerel83: a description stands for the one body the text is about (``_PlaceIndex.main``:
    named at least twice, twice as often as any other), named before the post and of no
    other kind (as ``_org_a_generic_word_stands_for`` checks): "Глава крупного нефтяного
    концерна Иван Петров" after "«Северойл» сократит добычу ... «Северойл» закроет две
    скважины" → "Северойл". Only that body: the nearest name before a description is as
    often a venue or another party. A page about no one body, a page that names another
    body of the description's kind ("директор центра" beside "Центр занятости «Заря»": the side
    passes read it), or a description that says the name is another's
    (``NAMED_AFTER_ANOTHER``: "одноимённый журнал"), keeps it."""
    words = org.split()
    main = places.main.get("org")
    if main is None or any(models.lemma(w).replace("ё", "е") in NAMED_AFTER_ANOTHER
                           for w in words):
        return org
    kind = models.lemma(words[-1]).replace("ё", "е")
    place = next(p for p in places.by_kind["org"] if p.name == main)
    if any(p.key != place.key and kind in {models.lemma(w).lower().replace("ё", "е")
                                           for w in _NAME_PART.findall(p.name)}
           for p in places.by_kind["org"]) or _kind_in_a_quoted_name(kind, index):
        return org  # the text names another body of that kind: the description may be it
    names = _NAME_PART.findall(place.name)
    heads = {models.lemma(w).lower().replace("ё", "е") for w in names} & ORG_HEADS
    if place.start >= role.start or not names or _generic_org(place.name, models) or \
            heads and kind not in heads:
        return org
    return _place_phrase(place, analysis, models, index, role.start) or org


def _kind_in_a_quoted_name(kind: str, index: _DocIndex) -> bool:
    """Does the kind noun (a lemma) open or stand inside a name in quotes that the tagger
    may have left untagged ("КГБУ «Социальный центр помощи»" for "директор центра")? A
    quote mark at most ``KIND_QUOTE_REACH`` words before it says so; at most
    ``KIND_QUOTE_TRIES`` places of the word are looked at."""
    for n in index.by_lemma.get(kind, [])[:KIND_QUOTE_TRIES]:
        if any(set(t.text) <= _QUOTES_OPEN for t in index.tokens[max(0, n - KIND_QUOTE_REACH):n]):
            return True
    return False


def _org_a_generic_word_stands_for(org: str, role: _Role, analysis: Analysis,
                                   models: Models, index: _DocIndex,
                                   places: _PlaceIndex) -> str:
    """A generic word the text uses for a body it named before: "В журнале The New Yorker
    ... главред издания Дэвид Ремник" → "The New Yorker"; "ведущих управляющих корпорации"
    after "Microsoft" → "Microsoft". The nearest ORG span before, within the last
    ``ANAPHORA_SENTENCES`` sentences, whose name holds no other kind of body (a "фонд" is
    not a "университет ..."); else the one body the text is about (named at least twice,
    and twice as often as any other)."""
    kind = models.lemma(org).replace("ё", "е")
    named = _kind_noun_with_name(kind, role, analysis, models, index)
    if named is not None:
        return named
    cands = places.by_kind.get("org") or []
    s = bisect_right(index.sent_starts, role.start) - 1

    def fits(place: _Place) -> bool:
        words = _NAME_PART.findall(place.name)
        if not words or _generic_org(place.name, models):
            return False
        heads = {models.lemma(w).lower().replace("ё", "е") for w in words} & ORG_HEADS
        return not heads or kind in heads

    k = bisect_left(places.starts.get("org", []), role.start) - 1
    found: list[_Place] = []  # the bodies that fit, in the window, nearest first
    while k >= 0:
        place = cands[k]
        if bisect_right(index.sent_starts, place.start) - 1 < s - ANAPHORA_SENTENCES:
            break
        if place.stop <= role.start and fits(place):
            found.append(place)
        k -= 1
    if found:
        place = _subject_body_first(found, kind, models, index)
        return _place_phrase(place, analysis, models, index, role.start) or org
    described = _kind_noun_described_before(kind, role, analysis, models, index)
    if described is not None:
        return described
    main = places.main.get("org")
    if main is not None:
        place = next(p for p in cands if p.name == main)
        if place.start < role.start and fits(place):
            return _place_phrase(place, analysis, models, index, role.start) or org
    return org


def _subject_body_first(found: list[_Place], kind: str, models: Models,
                        index: _DocIndex) -> _Place:
    """officials71: of the bodies a generic word may stand for (``found``, nearest first),
    the nearest, unless it is named in an oblique case (a place of work, a tournament, a
    partner: "в областном театре", "в чемпионате лиги") and a body farther back in the
    window is the subject of its clause (the parse's ``nsubj``), the body the story is
    about, with as much evidence of the kind (both name the generic word's noun, or
    neither does): "Клуб «Заря» уволил тренера после поражений в чемпионате КХЛ ...
    президент клуба" → "Клуб «Заря»". A name in apposition ('бизнес-центра «Заря»') is
    no subject."""
    first = found[0]
    if first.case not in OBLIQUE_CASES:
        return first

    def named_kind(place: _Place) -> bool:
        return kind in {models.lemma(w).lower().replace("ё", "е")
                        for w in _NAME_PART.findall(place.name)}

    for place in found[1:]:
        toks = index.tokens[bisect_left(index.starts, place.start):
                            bisect_left(index.starts, place.stop)]
        if any(t.rel.startswith("nsubj") for t in toks) and \
                named_kind(place) == named_kind(first):
            return place
    return first


def _kind_noun_described_before(kind: str, role: _Role, analysis: Analysis, models: Models,
                                 index: _DocIndex) -> str | None:
    """nerel93: the generic word's own noun named before, in the last
    ``ANAPHORA_SENTENCES`` sentences, with a genitive complement that tells which body it
    is, when no name was found for it: "В мэрии создан комитет молодёжной политики. ...
    Руководителем комитета стала Анна Котова" → "Комитет молодёжной политики". The nearest
    such mention; one without a genitive complement ("комитета", "в учреждении по договору":
    a "по" group may say how, not which body) is passed over."""
    first = bisect_left(index.starts, role.start)
    s = _sentence_of(index, role.start)
    toks = index.tokens
    for n in reversed(index.by_lemma.get(kind, [])):
        if n >= first:
            continue
        if _sentence_of(index, index.starts[n]) < s - ANAPHORA_SENTENCES:
            break
        if not toks[n].text.islower() or toks[n].pos != "NOUN" or n + 1 >= first:
            continue
        nxt = toks[n + 1]
        if nxt.start in index.per_starts or nxt.pos not in ("NOUN", "ADJ") or \
                _case(nxt) != "Gen" or _lemma(nxt, models) in ORG_HEADS:
            continue
        stop = _sentence_end(analysis.text, toks[n].start, index)
        limit = min(first, bisect_left(index.starts, stop))
        end = _dependents_end(toks, n + 1, index.per_starts, limit, models)
        if end is None:
            continue
        phrase = toks[n:bisect_right(index.stops, end)]
        if not any(t.pos in ("NOUN", "PROPN") for t in phrase[1:]):
            continue
        return nominative_phrase(models, phrase, analysis.text) or None
    return None


def _place_phrase(place: _Place, analysis: Analysis, models: Models, index: _DocIndex,
                  before: int) -> str:
    """An ORG mention's words with the genitive dependents the NER left out, up to
    ``before`` and the sentence's end, the leading noun group in the nominative: "с
    Министерством труда и социальной защиты Херсонской области" → "Министерство труда и
    социальной защиты Херсонской области"."""
    first = bisect_left(index.starts, place.start)
    m = bisect_right(index.stops, place.stop)
    s = bisect_right(index.sent_starts, place.start)
    sent_stop = index.sent_starts[s] if s < len(index.sent_starts) else len(analysis.text)
    limit = min(bisect_left(index.starts, before), bisect_left(index.starts, sent_stop))
    end = _dependents_end(index.tokens, m, index.per_starts, limit, models) if m < limit else None
    toks = index.tokens[first:bisect_right(index.stops, end or place.stop)]
    while toks and set(toks[0].text) <= _APOSTROPHES:  # wiki quotes: "''Samsung''"
        toks = toks[1:]
    while toks and set(toks[-1].text) <= _APOSTROPHES:
        toks = toks[:-1]
    return nominative_phrase(models, toks, analysis.text)


_APOSTROPHES = frozenset("'`")


_QUOTE_CHARS = frozenset("«»\"„“”'`")


def _org_between_post_and_name(role: _Role, analysis: Analysis, models: Models,
                               index: _DocIndex) -> str | None:
    """An ORG span right between a post and the name, in quotes of any style or after
    "от", is the post's body even when the role phrase stopped before it: "депутат от
    «Справедливой России» Илья Пономарев" → "Справедливая Россия", "руководителя
    ''Samsung Electronics'' Сан Джин Пака" → "Samsung Electronics"."""
    toks, n = index.tokens, bisect_left(index.starts, role.end)

    def skip_quotes(k: int) -> int:
        while k < len(toks) and set(toks[k].text) <= _QUOTE_CHARS:
            k += 1
        return k

    opened = skip_quotes(n)
    n = opened
    if n < len(toks) and toks[n].text.lower() == "от":
        n = skip_quotes(n + 1)
    span = index.org_of.get(n)
    if span is None and opened > bisect_left(index.starts, role.end):
        span = _quoted_name(toks, n)  # "главы ''Samsung'' Ли Джэён": no ORG span in quotes
    if span is None:
        return None
    m = skip_quotes(bisect_left(index.starts, span[1]))
    if m >= len(toks) or toks[m].start not in index.per_starts:
        return None
    words = [t for t in toks[n:bisect_right(index.stops, span[1])]
             if not set(t.text) <= _QUOTE_CHARS]
    return nominative_phrase(models, words, analysis.text) or None


def _quoted_name(toks: list[Token], n: int) -> tuple[int, int] | None:
    """The (start, stop) offsets of up to six capitalised words from tokens[n] up to a
    closing quote, or None: a name the quotes mark as one."""
    m = n
    while m < len(toks) and m - n < 6 and not set(toks[m].text) <= _QUOTE_CHARS:
        if not toks[m].text[:1].isupper() and not toks[m].text[:1].isdigit():
            return None
        m += 1
    if m == n or m >= len(toks) or m - n >= 6:
        return None
    return toks[n].start, toks[m - 1].stop


def _without_constituency(org: str | None, models: Models) -> str | None:
    """A chamber's "от" group names the member's party or constituency, not the body:
    "Госдума от ЛДПР" → "Госдума", "Госдума от Свердловской области" → "Госдума"."""
    if not org or " от " not in org:
        return org
    head, _, _ = org.partition(" от ")
    words = head.split()
    if any(models.lemma(w).lower().replace("ё", "е") in LEGISLATURES for w in words):
        return head  # also "Палата представителей Конгресса США от штата Аризона"
    return org


def _without_circumstance(org: str | None) -> str | None:
    """A role phrase that ran on past its body loses the circumstance after it
    (``ORG_NAME_BREAKS``): "Зимбабве на фоне борьбы за место преемника" → "Зимбабве";
    "американские ВВС и даже после того, как оставил" → "американские ВВС"."""
    if not org:
        return org
    low = f" {org.lower()} "
    cuts = [low.find(f" {w} ") for w in ORG_NAME_BREAKS]
    cut = min((c for c in cuts if c > 0), default=-1)
    if cut <= 0:
        return org
    return org[:cut - 1].rstrip(" ,;:—–-") or None


def _region_in_org_name(name: str, models: Models) -> tuple[int, str] | None:
    """The Russian region a body's name ends with, which the NER tags no LOC inside an ORG:
    "Департамента социальной защиты населения Кемеровской области" → (offset of
    "Кемеровской", "Кемеровская область — Кузбасс"), so a governor named next is that
    region's. Tries the last three, two, then one words (as written, then as lemmas)."""
    from soccoop import gazetteer

    words = name.split()
    for n in (3, 2, 1):
        if len(words) <= n:
            continue
        tail = words[-n:]
        if n == 1 and (tail[0].isupper() or not tail[0][:1].isupper()):
            continue  # one lower-case word or an abbreviation names no region alone
        phrase = " ".join(tail)
        region = gazetteer.resolve(phrase) or gazetteer.resolve(
            " ".join(models.lemma(w) for w in tail)) or (
            gazetteer.lookup(phrase) if _names_a_region(tail, models) else None)
        if region is not None:
            return name.rfind(phrase), region.name
    return None


def _names_a_region(words: list[str], models: Models) -> bool:
    """Does a phrase name a region by its kind ("Кемеровской области", "Республики
    Татарстан")? Only then is it looked up in any case form: a city is no region."""
    return any(models.lemma(w).lower() in REGION_KIND_WORDS for w in words)


def _without_second_title(org: str | None, models: Models) -> str | None:
    """A double title joined by a dash ends the first title's organisation: "заместитель
    председателя правительства Чувашии — министр труда" → "правительство Чувашии"; a dash
    inside a name stays ("округа — Югры")."""
    if not org:
        return org
    for dash in (" — ", " – ", " - "):
        head, sep, tail = org.partition(dash)
        words = tail.split()
        if sep and head and words and (
                models.lemma(words[0]).lower() in POSITION_HEADS
                or words[0].lower() in ACTING_WORDS):
            return head
    return org


def _org_of_the_title_before(role: _Role, analysis: Analysis, models: Models,
                             index: _DocIndex) -> str | None:
    """Two titles in a row before a name share the first one's body: "представитель
    вооружённых сил полковник Сансерн Каевкамнерд" → "вооружённые силы" for "полковник";
    "заместитель главы вооружённых сил генерал-лейтенант ..." likewise. The first title's
    genitive group must end right where the post starts; a minister's field is no body. A
    title that is a participle governs its body in the instrumental: "Главнокомандующий
    Сухопутными войсками генерал армии ..." → "Сухопутные войска"."""
    toks = index.tokens
    k = bisect_left(index.starts, role.start) - 1
    end = k
    while k >= 0 and toks[k].pos in ("NOUN", "ADJ", "PROPN") and \
            _case(toks[k]) in ("Gen", "Ins") and toks[k].start not in index.per_starts \
            and not _is_head(toks[k], models):
        k -= 1
    if k == end or k < 0 or not _is_head(toks[k], models) or \
            _lemma(toks[k], models) in MINISTER_WORDS:
        return None
    if _case(toks[k + 1]) == "Ins" and \
            _lemma(toks[k], models) not in SUBST_PARTICIPLES.values() or \
            any(_case(t) == "Ins" for t in toks[k + 2:end + 1]) and _case(toks[k + 1]) != "Ins":
        return None  # only a participle's body is in the instrumental, and only first
    if bisect_right(index.sent_starts, toks[k].start) != bisect_right(index.sent_starts,
                                                                     role.start):
        return None
    group = toks[k + 1:end + 1]
    while group and group[-1].pos == "ADJ":  # the name's own: "... 74-летнего Ратко"
        group = group[:-1]
    if not any(t.pos in ("NOUN", "PROPN") for t in group):
        return None
    return nominative_phrase(models, group, analysis.text) or None


def _region_of_its_kind(role: _Role, words: list[str], places: _PlaceIndex,
                        models: Models) -> str | None:
    """A head of a region named by the region's kind ("глава республики", "губернатор
    округа") heads the region of that kind named last before the role: "Правительство
    Кабардино-Балкарии ... глава республики Заур Хутов" → "Кабардино-Балкарская Республика".
    Only a two-word post (head + kind noun, ``REGION_KIND_NOUNS``) and only a region whose
    canonical name holds that noun."""
    if len(words) != 2 or "region" not in places.by_kind:
        return None
    head = models.lemma(words[0]).replace("ё", "е")
    if head not in REGION_HEADS and head not in STATE_HEAD_PAIRS:
        return None
    kind = models.lemma(words[1]).replace("ё", "е")
    if kind not in REGION_KIND_NOUNS:
        return None
    cands = places.by_kind["region"]
    k = bisect_left(places.starts["region"], role.start) - 1
    while k >= 0:
        if kind in models.lemma(cands[k].name.split()[-1]).lower() or any(
                models.lemma(w).lower() == kind for w in cands[k].name.split()):
            return cands[k].name
        k -= 1
    return None


def _without_portfolio(role: _Role, org: str | None, models: Models) -> str | None:
    """A deputy's portfolio is part of the post, not of the body: "заместитель генерального
    директора компании по организационным вопросам" → "компания" (then read as the company
    named before). Only after a body that names no field of its own ("компания", a town's
    name; not "комитет по социальной политике", ``FIELD_BODY_NOUNS``) and for a post of a
    deputy or aide (``DEPUTY_WORDS``)."""
    if not org or " по " not in org:
        return org
    words = _post_words(role.position)
    if not words or models.lemma(words[0]).replace("ё", "е") not in DEPUTY_WORDS:
        return org
    head, _, tail = org.partition(" по ")
    head_words, tail_words = head.split(), tail.split()
    if not head_words or not tail_words:
        return org
    if any(models.lemma(w).lower().replace("ё", "е") in FIELD_BODY_NOUNS for w in head_words):
        return org  # "комитет Госсовета Республики Татарстан по социальной политике"
    if not any(models.lemma(w).lower() in PORTFOLIO_NOUNS for w in tail_words[:4]):
        return org
    return head


_ACRONYM = re.compile(r"^[А-ЯЁ]{2,6}$")


def _spelled_out(org: str | None, role: _Role, analysis: Analysis, models: Models,
                 index: _DocIndex) -> str | None:
    """An abbreviation inside a longer name replaced by the words the same text spells it
    out with, so one body gets one name: "Отделение СФР по Курганской области" after
    "Отделение Социального фонда России по Курганской области" → the latter; "Департамент
    социальной политики ЧАО" with "Чукотского автономного округа" named before → spelled
    out. An acronym matches a run of words starting with a capital whose first letters spell
    it; any abbreviation matches the body named right before it in brackets ("Федеральной
    службы по труду и занятости (Роструд)"). A name that is the abbreviation alone ("ФБР",
    "Роструд") is the text's own name for the body and stays, as do a country ("РФ"), a
    bracketed gloss and words found in another case than the genitive (unsure)."""
    if not org:
        return org
    words = org.split(" ")
    changed = False
    for n, w in enumerate(words):
        core = w.strip(",.;:«»\"")
        if n == 0 or not core[:1].isupper() or country_name(models, core) is not None:
            continue  # a bracketed gloss, a country's "РФ" stay
        toks = _bracketed_body(core, role, models, index)
        if toks is None and _ACRONYM.match(core):
            toks = _acronym_words(core, role, index)
        head = next((t for t in toks or [] if t.pos in ("NOUN", "PROPN")), None)
        if toks is None or head is None or _case(head) not in ("Gen", None):
            continue  # the words' head stands in another case: unsure
        full = " ".join(analysis.text[toks[0].start:toks[-1].stop].split())
        if not full or full.lower() == core.lower():
            continue
        words[n] = w.replace(core, full)
        changed = True
    return " ".join(words) if changed else org


# An acronym's parts: a capital and the lower-case letters after it ("ТюмГУ" → "Тюм", "Г",
# "У"); the body's words (a hyphenated word's parts each) must start with them in turn.
_ACRONYM_PARTS = re.compile(r"[А-ЯЁ][а-яё]{0,3}")


_MIXED_ACRONYM = re.compile(r"^(?:[А-ЯЁ][а-яё]{0,3}){2,6}$")


def _acronym_glossed(org: str | None, analysis: Analysis, models: Models,
                     index: _DocIndex) -> str | None:
    """A body named by its acronym alone gets the full name the same text spells it with,
    the acronym kept after it in brackets, so both names of the body are in the record:
    "ректор КГУ" with "в Курском государственном университете" elsewhere → "Курский
    государственный университет (КГУ)"; "ТюмГУ" → "Тюменский государственный университет
    (ТюмГУ)". The full name is a run of words starting with a capital, the rest lower-case,
    none of a person's name, whose words (a hyphenated word's parts each) start with the
    acronym's parts in turn ("Северо-Восточный федеральный университет" for "СВФУ"), ending
    in a noun; its first words go to the nominative, an ORG span that runs on from the same
    word ("… имени М. К. Аммосова") keeps its tail as written. A country ("РФ") and an
    acronym the text never spells stay as they are; the first run found counts."""
    if not org or " " in org:
        return org
    if not _MIXED_ACRONYM.match(org):  # "Тюмгу": a step wrote "ТюмГУ" as a word
        org = next((index.tokens[n].text for n in index.by_lemma.get(org.lower(), [])
                    if index.tokens[n].text.lower() == org.lower()
                    and _MIXED_ACRONYM.match(index.tokens[n].text)), org)
    if not _MIXED_ACRONYM.match(org) or sum(c.isupper() for c in org) < 2 or \
            country_name(models, org) is not None:
        return org
    if org not in index.glosses:
        index.glosses[org] = _acronym_gloss(org, analysis, models, index)
    full = index.glosses[org]
    return f"{full} ({org})" if full else org


def _written_in_full(org: str | None, analysis: Analysis, models: Models,
                     index: _DocIndex) -> str | None:
    """A body's name with an acronym inside is written as the same text names the body in
    full, the same words around the acronym (``normalize.acronym_variant``): "Отделение СФР
    по Пермскому краю" with "совместно с Отделением Фонда пенсионного и социального
    страхования Российской Федерации по Пермскому краю" in the text → "Отделение Фонда
    пенсионного и социального страхования Российской Федерации по Пермскому краю". The
    full name starts with a word of the first word's lemma and ends on the name's last word
    (its first five letters) within ``FULL_NAME_WORDS`` words, its head to the nominative;
    the first one found counts."""
    name = org or ""
    words = name.split()
    if len(words) < 3 or not any(map(is_acronym, words[1:-1])):
        return org
    key = "\x00" + name
    if key not in index.glosses:
        index.glosses[key] = None
        toks, last = index.tokens, fold(words[-1])[:5]
        for n in index.by_lemma.get(models.lemma(words[0]).replace("ё", "е"),
                                    [])[:FULL_NAME_TRIES]:
            end = next((k for k in range(n + len(words), min(n + FULL_NAME_WORDS,
                                                             len(toks)))
                        if fold(toks[k].text)[:5] == last), None)
            if end is None:
                continue
            full = nominative_phrase(models, toks[n:end + 1], analysis.text)
            if acronym_variant(name, full):
                index.glosses[key] = full
                break
    return index.glosses[key] or org


def _acronym_first_in_full(org: str | None, analysis: Analysis, models: Models,
                           index: _DocIndex) -> str | None:
    """nerel58: a body's name opening with an acronym and going on in words is written as
    the same text names the body in full, the acronym's words first and the same words
    after them (``normalize._spelled_by``): "директор ЦЗН Кировской области" with
    "«Центр занятости населения Кировской области»" in the text → "Центр занятости
    населения Кировской области"; "КЦСОН Октябрьского района" with "Комплексный центр
    социального обслуживания населения Октябрьского района". The full name starts with a
    capitalised word of the acronym's first letter, no word of it a person's name, and ends
    on the name's last word (its first five letters) within ``FULL_NAME_WORDS`` words; its
    head goes to the nominative; the first one found counts (``FULL_NAME_TRIES`` tried)."""
    name = org or ""
    words = name.split()
    if len(words) < 2 or not is_acronym(words[0]) or any(map(is_acronym, words[1:])) \
            or any(c in name for c in "«»\"()"):
        return org
    key = "\x01" + name
    if key not in index.glosses:
        index.glosses[key] = None
        toks, last = index.tokens, fold(words[-1])[:5]
        for n in index.by_first.get(words[0][0].lower(), [])[:FULL_NAME_TRIES]:
            if toks[n].text.isupper():
                continue
            end = next((k for k in range(n + len(words), min(n + FULL_NAME_WORDS, len(toks)))
                        if fold(toks[k].text)[:5] == last), None)
            if end is None or any(t.start in index.per_starts for t in toks[n:end + 1]):
                continue
            full = nominative_phrase(models, toks[n:end + 1], analysis.text)
            spelled = acronym_words(words[0], full.split()) if full else 0
            if spelled and len(full.split()) - spelled <= len(words) and \
                    _spelled_by(words, full.split()):
                index.glosses[key] = full
                break
    return index.glosses[key] or org


def _acronyms_read_in_full(org: str | None, analysis: Analysis, models: Models,
                          index: _DocIndex) -> str | None:
    """acro47: a body's name that goes on from its own words to acronyms ("Рязанская
    городская организация ВОП", "городская организация ВОП") is written as the same text
    names the body in full, the acronyms spelled out in turn with the other words
    (``normalize.acronyms_spell_to``): with "... в Рязанской городской организации
    Общероссийского союза «Всероссийское общество пчеловодов» прошло собрание" in the text
    → "Рязанская городская организация Общероссийского союза «Всероссийское общество
    пчеловодов»". The full name starts at a word of the name's first word's lemma (or the
    capitalised word right before it, when the name's first word is in lower case), no
    word of it a person's, and ends where the reading ends (a closing quote mark kept),
    within ``FULL_NAME_WORDS`` words; its head goes to the nominative; the first one found
    counts (``FULL_NAME_TRIES`` tried)."""
    name = org or ""
    short = name_words(name)
    if len(short) < 2 or is_acronym(short[0]) or not any(map(is_acronym, short[1:])):
        return org
    key = "\x02" + name
    if key not in index.glosses:
        index.glosses[key] = None
        toks = index.tokens
        for n in index.by_lemma.get(models.lemma(short[0]).replace("ё", "е"),
                                    [])[:FULL_NAME_TRIES]:
            before = toks[n - 1].text if n > 0 else ""
            lo = n - 1 if short[0][:1].islower() and before[:1].isupper() and \
                before.isalpha() and not before.isupper() else n
            words: list[str] = []
            owner: list[int] = []
            for k in range(lo, min(lo + FULL_NAME_WORDS, len(toks))):
                for part in name_words(toks[k].text):
                    words.append(part)
                    owner.append(k)
            end = acronyms_spell_to(short, words)
            if not end:
                continue
            last = owner[end - 1]
            run = toks[lo:last + 1]
            opened = sum(t.text.count("«") - t.text.count("»") for t in run)
            while opened > 0 and last + 1 < len(toks) and toks[last + 1].text == "»":
                last, opened = last + 1, opened - 1
            run = toks[lo:last + 1]
            if any(t.start in index.per_starts for t in run):
                continue
            full = nominative_phrase(models, run, analysis.text)
            if len(name_words(full)) > len(short):
                index.glosses[key] = full
                break
    return index.glosses[key] or org


def _acronym_gloss(acronym: str, analysis: Analysis, models: Models,
                   index: _DocIndex) -> str | None:
    """The full name of ``acronym`` in the text, in the nominative (``_acronym_glossed``)."""
    parts = [p.lower() for p in _ACRONYM_PARTS.findall(acronym)]
    if "".join(parts) != acronym.lower():
        return None
    toks = index.tokens
    tries = 0
    for k in index.by_first.get(parts[0][0], []):
        tries += 1
        if tries > GLOSS_TRIES:
            break
        n, m = k, 0
        while m < len(parts) and n < len(toks):
            word = toks[n].text
            if n > k and not word.islower() or toks[n].start in index.per_starts:
                break
            pieces = [x.lower() for x in word.split("-") if x]
            if not pieces or m + len(pieces) > len(parts) or not all(
                    piece.startswith(part) and piece.isalpha()
                    for piece, part in zip(pieces, parts[m:m + len(pieces)], strict=True)):
                break
            m += len(pieces)
            n += 1
        if m != len(parts) or n - k < 2 or toks[n - 1].pos != "NOUN":
            continue
        run = toks[k:n]
        span = index.org_of.get(k)
        tail = ""
        if span is not None and span[0] == toks[k].start and span[1] > run[-1].stop:
            tail = analysis.text[run[-1].stop:span[1]]
            if "(" in tail or "\n" in tail:
                tail = ""
        head = _org_nominative(run, analysis.text, models)
        if head:
            return " ".join((head + tail).split())
    return None


def _acronym_words(acronym: str, role: _Role, index: _DocIndex) -> list[Token] | None:
    """The first run of words in the text, the first capitalised, none of a person's name,
    whose first letters spell ``acronym`` ("Социального фонда России" for "СФР")."""
    if not index.initials:
        index.initials = "".join(t.text[:1].lower() if t.text[:1].isalpha() else " "
                                 for t in index.tokens)
    low = acronym.lower()
    k = index.initials.find(low)
    while k >= 0:
        run = index.tokens[k:k + len(low)]
        if run[0].text[:1].isupper() and not run[0].text.isupper() and \
                not any(t.start in index.per_starts for t in run) and \
                not any(t.text.isupper() and len(t.text) > 1 for t in run):
            return run
        k = index.initials.find(low, k + 1)
    return None


def _bracketed_body(word: str, role: _Role, models: Models,
                    index: _DocIndex) -> list[Token] | None:
    """The ORG span right before a bracketed abbreviation with the lemma of ``word``:
    "Федеральная служба по труду и занятости (Роструд)" for "Роструда"."""
    lemma = models.lemma(word).lower()
    for n in index.by_lemma.get(lemma, []) or index.by_lemma.get(word.lower(), []):
        if n < 2 or index.tokens[n - 1].text != "(":
            continue
        span = index.org_of.get(n - 2)
        if span is None:  # the NER's span may hold the brackets too
            continue
        toks = index.tokens[bisect_left(index.starts, span[0]):n - 1]
        if toks:
            return toks
    return None


def _whole_genitive_chain(role: _Role, org: str | None, analysis: Analysis, models: Models,
                          index: _DocIndex) -> str | None:
    """A role phrase that stopped inside its organisation's genitive chain gets the rest of
    the chain, up to the name: "Начальник отдела содействия | занятости инвалидов
    регионального кадрового центра Оксана Мухина" → "отдел содействия занятости инвалидов
    регионального кадрового центра". Only lower-case words in an oblique case right after
    the role (``_dependents_end``), never a name's."""
    if not org or role.organization is None or org != role.organization:
        return org
    toks = index.tokens
    m = bisect_left(index.starts, role.end)
    if m >= len(toks) or not toks[m].text.islower() or _case(toks[m]) != "Gen" or \
            toks[m].pos not in ("NOUN", "ADJ"):
        return org
    s = bisect_right(index.sent_starts, role.end)
    limit = bisect_left(index.starts, index.sent_starts[s]) if s < len(index.sent_starts) \
        else len(toks)
    end = _dependents_end(toks, m, index.per_starts, limit, models)
    if end is None:
        return org
    n = bisect_right(index.stops, end)
    if n >= len(toks) or toks[n].start not in index.per_starts:
        return org  # the chain must run up to the name the role is of
    if toks[n - 1].pos not in ("NOUN", "PROPN") or \
            (toks[n - 1].feats or {}).get("Animacy") == "Anim":
        return org  # the person's own words: "генсек ООН норвежца Трюгве Ли", "30-летнего"
    if any(_lemma(t, models) in RANK_TITLES for t in toks[m:n]):
        return org  # nerel95: the person's rank, "... по области полковника полиции Ивана"
    return f"{org} {' '.join(analysis.text[toks[m].start:end].split())}"


def _side_named_before(role: _Role, analysis: Analysis, models: Models,
                       index: _DocIndex) -> str | None:
    """The side a post's holder stands for, named by "со стороны" right before the post:
    "со стороны общественной организации — ее председатель Наталья Лазарева" → the public
    organisation, the one named before if the words are generic (``_specific_org``). Only
    dashes, commas and a possessive pronoun may stand between the side and the post."""
    toks = index.tokens
    k = bisect_left(index.starts, role.start) - 1
    while k >= 0 and (toks[k].text in ("—", "–", "-", ",")
                      or toks[k].text.lower() in OWNER_PRONOUNS):
        k -= 1
    end = k
    while k >= 0 and end - k < 6 and toks[k].pos in ("NOUN", "ADJ", "PROPN") and \
            _case(toks[k]) == "Gen" and _lemma(toks[k], models) != "сторона":
        k -= 1
    if k == end or k < 1 or _lemma(toks[k], models) != "сторона" or \
            toks[k - 1].text.lower() not in SIDE_WORD_PREPOSITIONS:
        return None
    if bisect_right(index.sent_starts, toks[k].start) != bisect_right(index.sent_starts,
                                                                     role.start):
        return None
    group = toks[k + 1:end + 1]
    if not any(t.pos in ("NOUN", "PROPN") for t in group):
        return None
    org = nominative_phrase(models, group, analysis.text)
    if not org:
        return None
    org = org[:1].lower() + org[1:] if group[0].text[:1].islower() else org
    return _specific_org(org, role.start, analysis, models, index)


def _side_region(toks: list[Token], first: int, low: int, models: Models) -> tuple[str, int] | None:
    """The region a side is named by right before tokens[first], in the sentence starting
    at tokens[low], with the side's start offset: "с новосибирской стороны", "со стороны
    Тюмени —"."""
    from soccoop import gazetteer

    for n in range(first - 1, max(low, first - 12) - 1, -1):
        if _lemma(toks[n], models) != "сторона" or n < 1:
            continue
        region = None
        if toks[n - 1].pos == "ADJ" and n >= 2 and toks[n - 2].text.lower() in \
                SIDE_PREPOSITIONS:
            region, start = gazetteer.lookup(toks[n - 1].text), toks[n - 2].start
        elif toks[n - 1].text.lower() in SIDE_PREPOSITIONS:
            end = n + 1
            while end < first and end - n <= 4 and toks[end].pos in ("ADJ", "NOUN", "PROPN") \
                    and _case(toks[end]) in ("Gen", None):
                end += 1
            if end > n + 1:
                region = gazetteer.lookup(" ".join(t.text for t in toks[n + 1:end]))
                start = toks[n - 1].start
        return (region.name, start) if region is not None else None
    return None


def _body_ending_with_place(m: int, index: _DocIndex, limit: int,
                            models: Models) -> tuple[int, int] | None:
    """The body whose name ends with the place starting at tokens[m]: a body noun and its
    genitive field right before it ("Министерство социального развития" + "Новосибирской
    области"). (index of the body noun, end offset of the place) or None."""
    toks = index.tokens
    stop = index.loc_of.get(m)
    span = index.org_of.get(m)
    if stop is None and span is not None:  # the place inside an ORG span: the span's body
        n = bisect_left(index.starts, span[0])
        ok = _lemma(toks[n], models) in ORG_HEADS and bisect_right(index.stops, span[1]) <= limit
        return (n, span[1]) if ok else None
    if stop is None:
        return None
    n = m - 1
    while n >= 0 and m - n <= 8:
        tok = toks[n]
        if _lemma(tok, models) in ORG_HEADS and tok.pos in ("NOUN", "PROPN"):
            return (n, stop) if bisect_right(index.stops, stop) <= limit else None
        if not (tok.pos in ("ADJ", "NOUN") and _case(tok) == "Gen"
                or tok.text.lower() in BODY_NAME_JOINERS):
            return None
        n -= 1
    return None


def _body_of_the_side(role: _Role, organization: str | None, analysis: Analysis,
                      models: Models, index: _DocIndex, places: _PlaceIndex) -> str | None:
    """A post's holder who signs for a side named by its region ("с новосибирской стороны
    документ подписал министр ...", "со стороны Тюмени — заместитель директора
    департамента ...") stands for the body of that region the text named before: the
    nearest one whose name ends with the region, of the kind the post names if it names
    one ("департамента" → a "Департамент ..."). A body named in full stays; the bare side
    ("Омская область") gives way to its body."""
    kind = None
    place = None
    if organization is not None and _is_a_place(organization, models):
        # "со стороны Омской области — министр": the side, not yet a body
        place, organization = organization, None
    if organization is not None:
        words = organization.split()
        if _region_in_org_name(organization, models) is not None or len(words) > 6:
            return organization  # "Министерство труда Омской области": named in full
        kind = models.lemma(words[0]).lower().replace("ё", "е")
        if kind not in ORG_HEADS:
            return organization
    toks = index.tokens
    first = bisect_left(index.starts, role.start)
    low = bisect_left(index.starts, index.sent_starts[_sentence_of(index, role.start)])
    side = _side_region(toks, first, low, models)
    if side is None or "region" not in places.by_kind:
        return organization or place
    region, role.side = side
    cands = places.by_kind["region"]
    k = bisect_left(places.starts["region"], role.start) - 1
    while k >= 0:
        p = cands[k]
        k -= 1
        if p.name != region:
            continue
        body = _body_ending_with_place(bisect_left(index.starts, p.start), index, first, models)
        if body is None:
            continue
        n, stop = body
        if kind is not None and _lemma(toks[n], models) != kind:
            continue
        phrase = toks[n:bisect_right(index.stops, stop)]
        return nominative_phrase(models, phrase, analysis.text) or organization
    if organization is not None and organization[:1].isupper():
        # "со стороны Магаданской области — министр социальной политики": the body the
        # post names is the side's
        return f"{organization} {_place_genitive(region, models)}"
    return organization or place


def _head_lemma(role: _Role, models: Models) -> str | None:
    """Lemma of the post's head noun: without an acting prefix ("врио губернатора" →
    "губернатор") and without the adjectives before it (``_adjective_before_noun``:
    "генеральный директор" → "директор", "главный редактор" → "редактор")."""
    words = _post_words(role.position)
    while len(words) > 1 and _adjective_before_noun(words[0], words[1], models):
        words = words[1:]
    if not words:
        return None
    for stem, lemma in SUBST_PARTICIPLES.items():  # "управляющий": not the verb's lemma
        if words[0].startswith(stem) and len(words[0]) - len(stem) <= 3:
            return lemma
    return models.lemma(words[0]).replace("ё", "е")


def _adjective_before_noun(word: str, nxt: str, models: Models) -> bool:
    """The first word of a post in the nominative is an adjective of the noun after it,
    by the dictionary: every reading of the word an adjective (or a participle), one in
    the nominative, the next word's first reading a noun ("генеральный директор", "первый
    заместитель", "официальный представитель"); not a substantivised participle of a post
    (``SUBST_PARTICIPLES``: "управляющий делами") nor a word before a preposition
    ("уполномоченный по правам человека")."""
    if any(word.startswith(stem) for stem in SUBST_PARTICIPLES):
        return False
    parses, after = models.parse(word), models.parse(nxt)
    if _ordinal_before_noun(parses, after):
        return True
    return bool(parses) and bool(after) and after[0].tag.POS == "NOUN" and \
        all(p.is_known and p.tag.POS in ("ADJF", "PRTF") for p in parses) and \
        any(p.tag.case == "nomn" for p in parses)


def _ordinal_before_noun(parses: tuple[Any, ...], after: tuple[Any, ...]) -> bool:
    """nerel70: an ordinal in the nominative before a noun is the noun's adjective, though
    the dictionary also knows a rare noun of its letters ("второй тренер": "втора", a
    part in music; "третий секретарь"): its first reading an ordinal (``Anum``) that can
    be in the nominative, the next word's first reading a noun."""
    return bool(parses) and bool(after) and after[0].tag.POS == "NOUN" and \
        parses[0].tag.POS == "ADJF" and "Anum" in parses[0].tag and \
        any(p.tag.POS == "ADJF" and "Anum" in p.tag and p.tag.case == "nomn" for p in parses)


def _belongs_to_a_body(role: _Role, models: Models) -> bool:
    """A post that is always held in some body (a director, a judge, a deputy minister),
    whatever adjective comes before it (``ALWAYS_BODY_POSTS``): "ее операционный
    директор" is no figure of speech like "музыкальный король", so the body named before
    is still looked for; "предыдущий лидер" of a chart is not."""
    return _head_lemma(role, models) in ALWAYS_BODY_POSTS



def _sentence_of(index: _DocIndex, offset: int) -> int:
    return bisect_right(index.sent_starts, offset) - 1


def _body_of_the_posts_kind(role: _Role, analysis: Analysis, models: Models,
                            index: _DocIndex, places: _PlaceIndex) -> str | None:
    """A post held in a body of one kind (``POST_BODY_KINDS``), named without one, is of
    the nearest body of that kind the text named in the last ``ANAPHORA_SENTENCES``
    sentences: "Магистратский суд лондонского района Вестминстер принял решение ...
    Однако судья Говард Риддли" → "Магистратский суд лондонского района Вестминстер"."""
    kinds = POST_BODY_KINDS.get(_head_lemma(role, models) or "")
    cands = places.by_kind.get("org")
    if not kinds or not cands:
        return None
    s = _sentence_of(index, role.start)
    k = bisect_left(places.starts["org"], role.start) - 1
    found: list[_Place] = []  # the bodies of the kind, nearest first
    while k >= 0:
        place = cands[k]
        if _sentence_of(index, place.start) < s - ANAPHORA_SENTENCES:
            break
        if place.stop <= role.start and _org_lemmas(place.name, models) & kinds and \
                not _superior_in_a_name(cands, k, analysis.text or ""):
            if not role.shared:
                if _regions_between(places, place.start, role.start) > 1:
                    return None  # bodies of two regions named: whose post is unsure
                return _place_phrase(place, analysis, models, index, role.start) or None
            found.append(place)
        k -= 1
    if k >= 0 and not found and not role.shared:
        return _the_one_body_of_the_kind(role, kinds, k, analysis, models, index, places)
    if role.shared and role.of_shared[1] > 1:
        # "Министерство ... Мордовия и Министерство ... Пензенской области заключили ...
        # Подписи поставили министры Наталья Кечайкина и Игорь Ушаков": in order
        n, count = role.of_shared
        row = [_place_phrase(p, analysis, models, index, role.start)
               for p in found[:count][::-1]]
        if len(row) == count and len(set(row)) == count:
            return row[n] or None
    return None


def _the_one_body_of_the_kind(role: _Role, kinds: frozenset[str], k: int, analysis: Analysis,
                              models: Models, index: _DocIndex,
                              places: _PlaceIndex) -> str | None:
    """officials72: a post of a body of one kind with none of that kind in the last
    ``ANAPHORA_SENTENCES`` sentences is of the one body of that kind the whole text names,
    farther back: "Ленинский районный суд Самары вынес приговор … (four sentences) …
    Судья Анна Котова отклонила ходатайство" → the court of the lead. Only when every ORG
    mention of that kind in the text is that one body (by its key), named before the post
    (``cands[:k + 1]``), and no two regions are named between."""
    cands = places.by_kind["org"]
    ones = places.bodies_of_kind(kinds, models)  # read once per document
    if len(ones) != 1:
        return None
    at = places.org_at[next(iter(ones))]  # that body's mentions, ascending
    j = bisect_right(at, k) - 1  # the last body of the kind in ``cands[:k + 1]``
    while j >= 0 and cands[at[j]].stop > role.start:
        j -= 1
    if j < 0:
        return None
    i = at[j]
    place = cands[i]
    while i > 0 and cands[i - 1] == place:
        i -= 1  # a span listed twice is read at its first place, as ``cands.index`` did
    if _regions_between(places, place.start, role.start) > 1 or \
            _superior_in_a_name(cands, i, analysis.text or ""):
        return None
    return _place_phrase(place, analysis, models, index, role.start) or None


def _team_named_near(role: _Role, analysis: Analysis, models: Models,
                     index: _DocIndex) -> str | None:
    """nerel70: a team's role named without its team (a coach, a captain, a player:
    ``TEAM_ROLE_HEADS``) is of the team the text names by a team's noun (``TEAM_NOUNS``)
    nearest before it within ``ANAPHORA_SENTENCES`` sentences, else first after it in its
    own sentence: "Сборная Италии проиграла … Второй тренер Олег Сомов" → "Сборная
    Италии" (not past another body named between, ``_body_between``); "Тренер Олег
    Сомов назвал Ивана Петрова лучшим игроком сборной команды" → "сборная команда". The
    team is the noun in the nominative with the name or the
    genitive written right after it; "клуб" and "команда" are a team only with a name
    after them (``TEAM_NOUNS_NAMED_ONLY``: "команда волонтёров" is none)."""
    if _head_lemma(role, models) not in TEAM_ROLE_HEADS and not any(
            w in TEAM_ROLE_HEADS for w in _post_words(role.position)[:2]):
        return None  # "нападающий": the tagger's lemma is the verb's
    first = bisect_left(index.starts, role.start)
    last = bisect_left(index.starts, role.end)
    s = _sentence_of(index, role.start)
    # the window's tokens: from the first of sentence s - ANAPHORA_SENTENCES to the last of s
    lo = bisect_left(index.starts, index.sent_starts[s - ANAPHORA_SENTENCES]) \
        if s - ANAPHORA_SENTENCES >= 0 else 0
    hi = bisect_left(index.starts, index.sent_starts[s + 1]) \
        if s + 1 < len(index.sent_starts) else len(index.starts)
    before: list[int] = []
    after: list[int] = []
    for noun in TEAM_NOUNS:
        at = index.by_lemma.get(noun, [])  # token indexes, ascending
        for n in at[bisect_left(at, lo):bisect_left(at, hi)]:
            if n < first:
                before.append(n)
            elif n >= last:
                after.append(n)
    between = _BodiesBetween(first, index)
    for n in sorted(before, reverse=True) + sorted(after):
        if n < first and between.other_than(n):
            return None  # "с «Авангардом» … вратарю соперника": the nearer body's
        team = _team_phrase(n, analysis.text or "", index, models)
        if team:
            return team
    return None


class _BodiesBetween:
    """Is a body's span (ORG) other than the one holding the token ``n`` named between it
    and the token ``first`` (``_team_named_near``: a nearer body named without a team's
    noun, "в матче с «Авангардом» получил травму вратарь соперника", is left to the
    readers of a body named before)? Asked of tokens ever farther before ``first``, it
    reads each token between once (a long sentence's many team nouns stay linear)."""

    def __init__(self, first: int, index: _DocIndex) -> None:
        self.index = index
        self.next = first - 1  # the next token to read, going back
        self.seen: set[tuple[int, int]] = set()  # the bodies read between

    def other_than(self, n: int) -> bool:
        org_of = self.index.org_of
        while self.next > n:
            own = org_of.get(self.next)
            if own is not None:
                self.seen.add(own)
            self.next -= 1
        own = org_of.get(n)
        return any(o != own for o in self.seen)


def _team_phrase(n: int, text: str, index: _DocIndex, models: Models) -> str | None:
    """The team the team's noun at ``n`` names, in the nominative: the noun with the
    quoted name, the capitalised words or the one genitive noun right after it ("сборной
    Италии" → "сборная Италии"), an adjective "сборный" with the team noun after it
    ("сборной команды" → "сборная команда") or alone for its noun ("в сборной" →
    "сборная"); ``None`` for a "клуб" or "команда" with no name after it."""
    toks = index.tokens
    k = n + 1
    if toks[n].pos == "ADJ":  # "сборной команды": the team noun's adjective
        if k < len(toks) and _lemma(toks[k], models) in TEAM_NOUNS:
            n, k = n + 1, k + 1
            toks_before: list[Token] = index.tokens[n - 1:n]
        else:  # "в сборной": the adjective stands for its noun
            return next((p.normal_form for p in models.parse(toks[n].text.lower())
                         if p.tag.POS == "NOUN"), None)
    else:
        toks_before = []
    if k < len(toks) and toks[k].text in ("«", '"', "„"):
        while k < len(toks) and toks[k].text not in ("»", '"', "“") and k - n < 8:
            k += 1
        k += 1
    else:
        while k < len(toks) and toks[k].text[:1].isupper() and toks[k].pos in (
                "PROPN", "NOUN", "ADJ") and k - n < 4:
            k += 1
        if k == n + 1 and not toks_before and \
                _lemma(toks[n], models) in TEAM_NOUNS_NAMED_ONLY:
            return None
        if k == n + 1 and not toks_before and k < len(toks) and toks[k].pos == "NOUN" and \
                _case(toks[k]) == "Gen":
            k += 1
    if k > len(toks):
        return None
    return _org_nominative(toks_before + toks[n:min(k, len(toks))], text, models)


def _regions_between(places: _PlaceIndex, start: int, stop: int) -> int:
    """How many Russian regions the text names from ``start`` to ``stop``, with the
    sentence's: a bare "министр" after the ministries of two regions could be either's."""
    regions = places.by_kind.get("region") or []
    lo = bisect_left(places.starts.get("region", []), start)
    hi = bisect_left(places.starts.get("region", []), stop)
    return len({p.key for p in regions[lo:hi]})


def _superior_in_a_name(cands: list[_Place], k: int, text: str) -> bool:
    """Is the body ``cands[k]`` a genitive right after another body's name, so a part of
    that name ("институт труда» Министерства труда России": the institute's ministry), not
    a body the text names for itself?"""
    place = cands[k]
    return place.case == "Gen" and k > 0 and cands[k - 1].stop <= place.start and \
        not text[cands[k - 1].stop:place.start].strip(" »\"”")


def _same_post_named_before(role: _Role, analysis: Analysis, models: Models,
                            index: _DocIndex) -> str | None:
    """A post named without its body after the same post was named with one, in the last
    ``ANAPHORA_SENTENCES`` sentences, is of that body: "Новый генеральный секретарь ООН
    заступит на должность ... Нынешний генсек Пан Ги Мун" → "ООН". The body is an ORG span
    right after the earlier post, in the genitive; a contracted post ("генсек",
    ``POST_CONTRACTIONS``) matches the full one's last word. Not for a post of a state,
    found by the state named."""
    head = _head_lemma(role, models)
    if head is None or head in STATE_HEADS or head in REGION_HEADS or not (
            head in ORG_POST_HEADS or head in BODY_BEFORE_HEADS):
        return None
    words = _post_words(role.position)
    lemmas = {head, POST_CONTRACTIONS.get(words[0], head)}
    first = bisect_left(index.starts, role.start)
    s = _sentence_of(index, role.start)
    best = None
    for lemma in lemmas:
        for n in reversed(index.by_lemma.get(lemma, [])):
            if n >= first or n + 1 >= len(index.tokens):
                continue
            if _sentence_of(index, index.starts[n]) < s - ANAPHORA_SENTENCES:
                break
            span = _body_after_post(n, index, first, models)
            if span is not None:
                best = max(best or (n, span), (n, span))
                break
    if best is None:
        return None
    a, b = best[1]
    toks = index.tokens[a:b]
    opened = sum(t.text in ("«", "„") for t in toks) - sum(t.text == "»" for t in toks)
    if opened > 0 and b < len(index.tokens) and index.tokens[b].text in ("»", "“"):
        toks = index.tokens[a:b + 1]  # the NER's span left the closing quote out
    out = nominative_phrase(models, toks, analysis.text)
    return " ".join(re.sub(r"''+|``+", " ", out).split()).strip("'`") or None  # "''Acme''"


def _body_after_post(n: int, index: _DocIndex, limit: int, models: Models) -> tuple[int,
                                                                                    int] | None:
    """The body right after a post at tokens[n], as a token range ending before limit: an
    ORG span in the genitive ("секретарь ООН"), or an organisation noun in the genitive
    with its name ("директора компании «Ромашка»", ``_name_after_kind_noun``)."""
    k = n + 1
    if k >= limit or _case(index.tokens[k]) != "Gen":
        return None
    span = index.org_of.get(k)
    if span is not None and span[0] == index.starts[k]:
        end = bisect_right(index.stops, span[1])
        return (k, end) if end <= limit else None
    if _lemma(index.tokens[k], models) not in ORG_HEADS:
        return None
    named = _name_after_kind_noun(k, index, limit)
    if named is None:
        return None
    end = named[1]
    if end < limit and set(index.tokens[end].text) <= _QUOTE_CHARS:
        end += 1  # the closing quote
    return k, end


def _org_named_after_person(role: _Role, org: str | None, models: Models,
                            index: _DocIndex, person: int) -> str | None:
    """A body noun ending the role phrase and followed by someone else's name in the
    genitive is named after that person: "Маатье Мостарт, представитель фонда Анны Франк"
    → "фонд Анны Франк" (``NAMED_AFTER_HEADS``). Only when the official is named before
    the role, so the name after it cannot be his own ("директор фонда Ивана Петрова")."""
    if not org or " " in org or not org.isalpha() or not org.islower() or \
            person >= role.start or models.lemma(org) not in NAMED_AFTER_HEADS:
        return org
    toks = index.tokens
    n = bisect_left(index.starts, role.end)
    if n == 0 or n >= len(toks) or toks[n].start not in index.per_starts or \
            _case(toks[n]) != "Gen" or _lemma(toks[n - 1], models) != models.lemma(org):
        return org
    m = n
    while m < len(toks) and toks[m].start in index.per_starts and m - n < 4:
        m += 1
    name = " ".join(t.text for t in toks[n:m])
    return f"{org} {name}"


_QUOTES_OPEN = frozenset("«\"„“'")


_QUOTES_CLOSE = frozenset("»\"“”'")


def _name_after_kind_noun(n: int, index: _DocIndex, limit: int) -> tuple[int, int] | None:
    """The name right after a kind noun at tokens[n] (looking no further than limit): an
    ORG span, a name in quotes of any style ("«Коммерсантъ»", "''The New Yorker''") or a
    run of capitalised Latin words ("журнал Forbes"). Token range (start, stop)."""
    toks = index.tokens
    k = n + 1
    if k >= limit:
        return None
    span = index.org_of.get(k)
    if span is not None and span[0] == index.starts[k]:
        return k, min(bisect_right(index.stops, span[1]), limit)
    if set(toks[k].text) <= _QUOTES_OPEN:
        a = k
        while a < limit and set(toks[a].text) <= _QUOTES_OPEN:
            a += 1
        b = a
        while b < limit and b - a < 8 and not set(toks[b].text) <= _QUOTES_CLOSE:
            b += 1
        return (a, b) if a < b < limit and toks[a].text[:1].isupper() else None
    b = k
    while b < limit and toks[b].text[:1].isascii() and toks[b].text[:1].isupper() \
            and toks[b].text.isalpha():
        b += 1
    return (k, b) if b > k else None


def _kind_noun_with_name(kind: str, role: _Role, analysis: Analysis, models: Models,
                         index: _DocIndex) -> str | None:
    """The nearest noun of the generic word's kinds (``GENERIC_BODY_KINDS``) before the
    role, in the last ``ANAPHORA_SENTENCES`` sentences, that is followed by a name: "в
    журнале ''The New Yorker'' главред издания Дэвид Ремник" → "The New Yorker". The NER
    often tags no ORG in such a name, so the kind noun and the quotes say it is one."""
    kinds = GENERIC_BODY_KINDS.get(kind)
    if not kinds:
        return None
    first = bisect_left(index.starts, role.start)
    s = _sentence_of(index, role.start)
    best: tuple[int, int] | None = None
    for lemma in kinds:
        for n in reversed(index.by_lemma.get(lemma, [])):
            if n >= first:
                continue
            if _sentence_of(index, index.starts[n]) < s - ANAPHORA_SENTENCES:
                break
            found = _name_after_kind_noun(n, index, first)
            if found is not None:
                if best is None or found[0] > best[0]:
                    best = found
                break
    if best is None:
        return None
    toks = [t for t in index.tokens[best[0]:best[1]] if not set(t.text) <= _QUOTE_CHARS]
    return " ".join(analysis.text[toks[0].start:toks[-1].stop].split()) if toks else None


def _body_of_a_coordinated_post(role: _Role, analysis: Analysis, models: Models,
                                index: _DocIndex) -> str | None:
    """Two posts joined by "и" share the body named after the second: "являющийся
    председателем правления и управляющим компании Berkshire Hathaway" → "компания
    Berkshire Hathaway" for the chairman too. The second post is a post head (adjectives
    before it allowed) right after "и"; its body an ORG span, or an organisation noun in
    the genitive or instrumental with its name (an ORG span, quotes, Latin words) or its
    genitive dependents; no person's name in between."""
    toks = index.tokens
    n = bisect_left(index.starts, role.end)
    if n >= len(toks) or toks[n].text != "и":
        return None
    k = n + 1
    while k < len(toks) and toks[k].pos == "ADJ" and k - n < 4:
        k += 1
    if k + 1 >= len(toks) or not _is_head(toks[k], models) or toks[k].start in index.per_starts:
        return None
    b = k + 1
    s = _sentence_of(index, role.start)
    limit = bisect_left(index.starts, index.sent_starts[s + 1]) \
        if s + 1 < len(index.sent_starts) else len(toks)
    span = index.org_of.get(b)
    if span is not None and span[0] == index.starts[b]:
        phrase = toks[b:min(bisect_right(index.stops, span[1]), limit)]
    elif _lemma(toks[b], models) in ORG_HEADS | ORG_COMPLEMENT_NOUNS and \
            _case(toks[b]) in ("Gen", "Ins") and toks[b].start not in index.per_starts:
        named = _name_after_kind_noun(b, index, limit)
        if named is not None:
            phrase = toks[b:named[1] + (1 if named[1] < limit and
                                        set(toks[named[1]].text) <= _QUOTE_CHARS else 0)]
        else:
            end = _dependents_end(toks, b + 1, index.per_starts, limit, models) if b + 1 < limit \
                else None
            if end is None:
                return None  # a bare "управляющим компании" names no body to tell apart
            phrase = toks[b:bisect_right(index.stops, end)]
    else:
        return None
    return nominative_phrase(models, phrase, analysis.text) or None


def _content_lemmas(phrase: str, models: Models) -> list[str]:
    return [models.lemma(w).lower().replace("ё", "е") for w in _NAME_PART.findall(phrase)
            if w.lower() not in FUNCTION_WORDS]


@lru_cache(maxsize=4)
def _short_name_rows(models: Models) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """(short name, its lemma, the lemmas of the full name) per row of the lexicon."""
    rows = []
    for line in STATE_BODY_SHORT_NAMES.strip().splitlines():
        short, full = (x.strip() for x in line.split("|"))
        rows.append((short, models.lemma(short).lower() if not short.isupper()
                     else short.lower(), frozenset(_content_lemmas(full, models))))
    return tuple(rows)


def _split_state(org: str, models: Models) -> tuple[str, str | None]:
    """A name and the state its last words name: "Министерство финансов РФ" →
    ("Министерство финансов", "Россия"); no state → (org, None)."""
    words = org.split()
    for n in range(max(1, len(words) - 3), len(words)):
        state = country_name(models, " ".join(words[n:]))
        if state is not None:
            return " ".join(words[:n]), state
    return org, None


def _state_after(n: int, index: _DocIndex, models: Models) -> str | None:
    """The state named right after the token ``n`` ("МИД Франции"), or None."""
    for m in (n + 1, n + 2):
        if m < len(index.tokens) and index.tokens[m].text[:1].isupper():
            state = country_name(models, index.tokens[m].text)
            if state is not None or m == n + 1 and not _is_punct(index.tokens[m]):
                return state
    return None


def _short_name_the_text_uses(role: _Role, org: str | None, models: Models,
                              index: _DocIndex) -> str | None:
    """A body built from the post ("министр финансов" → "Министерство финансов РФ") is
    written by the short name the same text uses for it: "Глава ведомства Алексей Кудрин
    ... В Минфине считают" → "Минфин России" (``STATE_BODY_SHORT_NAMES``). The short name
    must stand for the same state: with another state after it ("МВД Украины") it is
    another body; bare, it is the body the text is about."""
    if not org:
        return org
    core, state = _split_state(org, models)
    lemmas = set(_content_lemmas(core, models))
    if len(lemmas) < 2 or _content_lemmas(core, models)[0] in {
            _lemma(t, models) for t in _role_tokens(role, index)}:
        return org  # the role phrase named its body itself: the text's own words
    rows = [r for r in _short_name_rows(models) if lemmas <= r[2]]
    for short, lemma, _full in sorted(rows, key=lambda r: len(r[2])):
        for n in index.by_lemma.get(lemma, []):
            there = _state_after(n, index, models)
            if there is not None and state is not None and there != state:
                continue
            state = state or there
            return f"{short} {genitive_name(models, state)}" if state else short
    return org


def _agreeing_body_of_a_state_post(role: _Role, org: str | None, analysis: Analysis,
                                   models: Models, index: _DocIndex) -> str | None:
    """A state post whose organisation is only its state sits in the body of an agreeing
    kind the text names for that state, the nearest one: "Депутат Иван Сидоров (Россия)
    ... законопроект внесён в Госдуму" → "Госдума"; "сенатор" ↔ Совет Федерации, Сенат
    США; "госсекретарь" ↔ Госдепартамент (``POST_BODY_AGREEMENT``). The body's state is
    the one named in or right after it, an adjective before it ("американский Сенат"),
    or, for a short name, its own (``SHORT_NAME_STATES``, else Russia); a body of no
    known state is not taken."""
    if not org:
        return org
    state = country_name(models, org)
    kinds = POST_BODY_AGREEMENT.get(_head_lemma(role, models) or "")
    if state is None or not kinds or country_name(models, org) != state:
        return org
    shorts = {r[1] for r in _short_name_rows(models)} | set(SHORT_NAME_STATES)
    toks = index.tokens
    best: tuple[int, list[Token], bool] | None = None
    for kind in kinds:
        first, *rest = kind.split()
        for n in index.by_lemma.get(first, []):
            if rest and (n + 1 >= len(toks) or _lemma(toks[n + 1], models) != rest[0]):
                continue
            last = n + len(rest)
            span = index.org_of.get(n)
            if span is not None:
                phrase = toks[bisect_left(index.starts, span[0]):
                              bisect_right(index.stops, span[1])]
                last = max(last, n + len(phrase) - 1)
            else:
                phrase = toks[n:last + 1]
            named = _split_state(" ".join(t.text for t in phrase), models)[1]
            there = named or _state_after(last, index, models) or \
                (country_of_adjective(models, toks[n - 1].text) if n > 0 else None)
            if there is None and first in shorts:
                there = SHORT_NAME_STATES.get(first, "Россия")
            if there != state:
                continue
            if named is None and last + 1 < len(toks) and \
                    country_name(models, toks[last + 1].text) == state:
                phrase = toks[n:last + 2]
                named = state
            distance = abs(toks[n].start - role.start)
            if best is None or distance < best[0]:
                best = (distance, phrase, named is None and len(phrase) == last - n + 1)
    if best is None:
        return org
    body = nominative_phrase(models, best[1], analysis.text)
    if not body:
        return org
    # "Госдепартамент" of the USA says so; Russia's own bodies go without ("Госдума")
    return f"{body} {genitive_name(models, state)}" if best[2] and state != "Россия" \
        and _split_state(body, models)[1] is None else body
