"""The sides of an agreement as the text names them: in full and in the nominative.

Small passes called from ``agreements.py`` through two hooks: ``candidate_sides`` on the
sides read from one sentence (before mentions merge) and ``final_sides`` on an agreement's
merged sides. Plus ``relative_past_signing`` for the status. Passes read the dependency parse
(tokens carry ``head``/``rel``) and morphology; their words live in ``lexicon_sides``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from soccoop.extract.lexicon import (
    BRANCH_HEADS,
    COLLOQUIAL_BODIES,
    LIST_JOINERS,
    ORG_HEADS,
    OWN_REGION_ADJECTIVES,
    SIGN_VERBS,
)
from soccoop.extract.lexicon_endings import PAST_VERB_ENDINGS
from soccoop.extract.lexicon_sides import (  # agrbg
    BACKGROUND_FRAMES,
    CITY_BODIES,
    CITY_DEFAULT_BODY,
    CITY_HEAD_POSTS,
    CITY_NOUNS,
    COMPLEMENT_PREPOSITIONS,
    COOPERATION_VERBS,
    DESCRIBING_COMPOUNDS,
    DESCRIBING_HEADS,
    FRAME_PREPOSITIONS,
    GENERIC_BODY_HEADS,
    NAME_FILLERS,
    PARTNER_PREPOSITIONS,
    REGION_NOUNS,
    RELATIVE_PRONOUNS,
    RELATIVE_REACH,
    SPEAKER_POSSESSIVES,
    UNDONE_PAST_WORDS,
)
from soccoop.extract.nlp import Models, Sentence, Token
from soccoop.extract.normalize import acronym_words, ministry_abbreviation, nominative_phrase
from soccoop.extract.regions import get_matcher
from soccoop.extract.side_shapes import nominative_written
from soccoop.extract.syntax import ancestors, subtree
from soccoop.models import Official, RegionRef

_HEADS = ORG_HEADS | BRANCH_HEADS | GENERIC_BODY_HEADS
_TOWN_KINDS = frozenset({"capital", "city"})
_GROUP_REACH = 12  # tokens from a body's head to its region noun, at most
# UD case → pymorphy2 grammeme, for putting a region noun in its adjectives' case.
_CASES = {"Gen": "gent", "Dat": "datv", "Loc": "loct", "Ins": "ablt"}


@dataclass(frozen=True)
class Side:
    """One side: its name, region codes and where the text names it."""

    name: str
    regions: tuple[str, ...]
    start: int
    stop: int


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def _codes(models: Models, phrase: str, kinds: frozenset[str] | None = None) -> list[str]:
    """Region codes a phrase names as a whole ("Курганской области", "Томска")."""
    m = get_matcher(models)
    return sorted({e.code for e in m.lookup(m.phrase_keys(phrase))
                   if kinds is None or e.kind in kinds})


def _token_at(sent: Sentence, offset: int) -> int | None:
    return next((i for i, t in enumerate(sent.tokens) if t.start <= offset < t.stop), None)


def _span_head(sent: Sentence, start: int, stop: int) -> int | None:
    """The token of a span whose head lies outside the span (its syntactic head)."""
    inside = [i for i, t in enumerate(sent.tokens) if t.start >= start and t.stop <= stop]
    for i in inside:
        if sent.tokens[i].head not in inside:
            return i
    return None


def _overlaps(s: Side, start: int, stop: int) -> bool:
    return s.start < stop and start < s.stop


# --- candidate passes: the sides read from one sentence ----------------------------------


def distributed_heads(models: Models, sent: Sentence, sides: list[Side],
                      member: bool = False) -> list[Side]:
    """A plural body with coordinated region adjectives is one body per adjective:
    "между правительствами Курганской и Тюменской областей" → "Правительство Курганской
    области", "Правительство Тюменской области" (nominative singular head, the region in
    the singular of its adjectives' case: "отделениями фонда по Омской и Томской областям"
    → "Отделение фонда по Омской области"). The words between head and adjectives are
    shared ("управления социальной защиты населения Омской и Томской областей"). For one of
    several agreements of one noun (``member``: "соглашения с отделениями ... по Омской и
    Томской областям") only the partner that agreement had is replaced."""
    if not sent.parsed:
        return sides
    toks = sent.tokens
    for h, t in enumerate(toks):
        if t.lemma not in _HEADS or t.pos != "NOUN" or not _plural(models, t):
            continue
        noun = next((n for n in range(h + 1, min(len(toks), h + _GROUP_REACH))
                     if toks[n].lemma in REGION_NOUNS and
                     toks[n].feats.get("Number") == "Plur"), None)
        if noun is None:
            continue
        adjs = _coordinated_adjectives(sent, noun)
        if len(adjs) < 2 or adjs[0] <= h or not all(
                x.lemma in COMPLEMENT_PREPOSITIONS or x.feats.get("Case") == "Gen" and
                x.pos in {"ADJ", "NOUN", "PROPN"} for x in toks[h + 1:adjs[0]]):
            continue  # the head and its region words form one noun group, by position
        case = _CASES.get(toks[adjs[0]].feats.get("Case", ""), "gent")
        region_noun = models.inflect(toks[noun].lemma, {"sing", case}) or toks[noun].text
        head = _cap(models.inflect(t.lemma, {"sing", "nomn"}) or t.lemma)
        shared = " ".join(x.text for x in toks[h + 1:adjs[0]])
        out: list[Side] = []
        for a in adjs:
            codes = _codes(models, f"{toks[a].text} {region_noun}")
            if len(codes) != 1:
                break
            name = " ".join(w for w in (head, shared, toks[a].text, region_noun) if w)
            out.append(Side(name, tuple(codes), toks[a].start, toks[a].stop))
        else:
            if len({s.regions for s in out}) == len(out):
                lo, hi = t.start, toks[noun].stop
                rest = [s for s in sides if not _overlaps(s, lo, hi)]
                if member:  # one agreement per partner: only the partners it had
                    had = [s for s in sides if _overlaps(s, lo, hi)]
                    out = [d for d in out if any(h.start <= d.start < h.stop for h in had)]
                return sorted(out + rest, key=lambda x: x.start)
    return sides


def _plural(models: Models, t: Token) -> bool:
    """Plural by the tagger, or written as the nominative plural ("правительства")."""
    return t.feats.get("Number") == "Plur" or \
        t.text.lower() == (models.inflect(t.lemma, {"plur", "nomn"}) or "")


def _coordinated_adjectives(sent: Sentence, noun: int) -> list[int]:
    """The singular adjectives joined by "и"/"," right before a plural noun, in order:
    "Курганской и Тюменской областей" → [Курганской, Тюменской]. By position, not by
    the parse, which often hangs the first adjective elsewhere."""
    toks = sent.tokens
    out: list[int] = []
    i = noun - 1
    dangling = False
    while i >= 0:
        t = toks[i]
        if not (t.pos in {"ADJ", "PROPN"} and t.feats.get("Number") == "Sing" and
                t.text[:1].isupper()):
            break
        out.append(i)
        i -= 1
        dangling = i >= 0 and toks[i].text in LIST_JOINERS
        if not dangling:
            break
        i -= 1
    return [] if dangling else out[::-1]


def _earlier_bodies(models: Models, text: str, sents: list[Sentence], words: list[str],
                    regions: list[RegionRef], before: int) -> dict[str, Side]:
    """Bodies named before ``before`` whose first words have the lemmas ``words`` and whose
    genitive complement ends with one region: "делегация департамента социального развития
    Тюменской области" gives "Департамент социального развития Тюменской области"."""
    ends = {e.end: r.code for r in regions for e in r.mentions}
    found: dict[str, Side] = {}
    n = len(words)
    for sent in sents:
        if sent.start >= before:
            break
        toks = sent.tokens
        for i in range(len(toks) - n + 1):
            if [t.lemma for t in toks[i:i + n]] != words:
                continue
            j, case = i + n, "Gen"
            while j < len(toks) and toks[j].stop <= before:
                t = toks[j]
                if t.lemma in COMPLEMENT_PREPOSITIONS and case == "Gen":
                    case = "Dat"  # "комитет по социальной защите населения ..."
                elif t.pos not in {"ADJ", "NOUN", "PROPN"} or \
                        t.feats.get("Case") not in {"Gen", case}:
                    break
                j += 1
                if toks[j - 1].stop in ends:
                    break  # the body ends with its region
            code = ends.get(toks[j - 1].stop)
            if code is None or j == i + n:
                continue
            name = nominative_phrase(models, toks[i:j], text)
            found.setdefault(name.lower(), Side(name, (code,), toks[i].start, toks[j - 1].stop))
    return found


def between_members(models: Models, text: str, sents: list[Sentence], sent: Sentence, k: int,
                    sides: list[Side], regions: list[RegionRef]) -> list[Side]:
    """The one reader of "между X и Y" whose members are bare body heads
    (``GENERIC_BODY_HEADS``): each names a body the text told before the trigger
    (``_earlier_bodies``, read once per head's words). Its shapes are the steps below,
    tried in this order: ``generic_between`` (two bare heads, "между департаментом и
    главным управлением") and ``plural_between`` (one bare plural head, "между центрами")
    while the sentence gave no side, then ``region_adjective_member`` (a region adjective
    and a head, "между челябинским министерством и ЮУрГУ") beside the sides found. How a
    head is tied to "между" is read once (``_between_ties``); each shape says which ties
    make its member. Cost: one scan of the sentences before per head's words."""
    if not sent.parsed:
        return sides
    heads = {i: _between_ties(sent, i) for i, t in enumerate(sent.tokens)
             if t.lemma in GENERIC_BODY_HEADS}
    if not heads:
        return sides
    before = sent.tokens[k].start
    told: dict[tuple[str, ...], dict[str, Side]] = {}

    def earlier(words: list[str]) -> dict[str, Side]:
        key = tuple(words)
        if key not in told:
            told[key] = _earlier_bodies(models, text, sents, words, regions, before)
        return told[key]

    for shape in (generic_between, plural_between, region_adjective_member):
        sides = shape(models, sent, heads, sides, earlier)
    return sides


# How a body head is tied to "между": "между" hangs on it ("child"), on the first conjunct of
# its chain ("chain": itself when it is no conjunct), stands right before it wherever the
# parser hung it ("before"), or the head is itself a conjunct ("conj").
_Ties = frozenset[str]
# dependents a bare head may have besides its adjectives
_BARE_RELATIONS = frozenset({"amod", "cc", "case", "conj", "punct"})


def _between_ties(sent: Sentence, i: int) -> _Ties:
    toks = sent.tokens
    ties = set()
    if any(toks[c].lemma == "между" for c in sent.children(i)):
        ties.add("child")
    if toks[i].rel == "conj":
        ties.add("conj")
    if i > 0 and toks[i - 1].lemma == "между":
        ties.add("before")
    top = i
    for _ in range(len(toks)):  # bounded: a malformed parse cannot loop
        if toks[top].rel != "conj" or not 0 <= toks[top].head < len(toks):
            break
        top = toks[top].head
    if any(toks[c].lemma == "между" for c in sent.children(top)):
        ties.add("chain")
    return frozenset(ties)


def generic_between(models: Models, sent: Sentence, heads: dict[int, _Ties],
                    sides: list[Side], earlier: Callable[[list[str]], dict[str, Side]]
                    ) -> list[Side]:
    """"между X и Y" of bare heads names the bodies with those heads told before: "Стороны
    обсудили соглашение между департаментом и главным управлением" after "делегация
    департамента социального развития Тюменской области" and "начальник Главного управления
    социальной защиты населения Курганской области" gives those two bodies. Each member must
    find exactly one fuller body of one region; else nothing changes."""
    if sides:
        return sides
    toks = sent.tokens
    members = [i for i, ties in heads.items() if ties & {"conj", "child"}]
    bare = [i for i in members if all(toks[c].rel in _BARE_RELATIONS
                                      for c in sent.children(i))]
    if len(bare) != 2 or bare != members:
        return sides
    out: list[Side] = []
    for i in bare:
        words = [toks[c].lemma for c in sent.children(i) if toks[c].rel == "amod"] + \
            [toks[i].lemma]
        found = earlier(words)
        if len(found) != 1:
            return sides
        s = next(iter(found.values()))
        out.append(Side(s.name, s.regions, toks[i].start, toks[i].stop))
    return out if out[0].regions != out[1].regions else sides


def region_adjective_member(models: Models, sent: Sentence, heads: dict[int, _Ties],
                            sides: list[Side],
                            earlier: Callable[[list[str]], dict[str, Side]]) -> list[Side]:
    """agr60: a member of "между X и Y" written as a region adjective and a bare body head
    ("соглашение между челябинским министерством и ЮУрГУ") is the body of that head and
    region the text named before ("делегация министерства социальных отношений Челябинской
    области" gives "Министерство социальных отношений Челябинской области"), beside the
    sides found for the other members. Only a head with no other dependent than the
    adjective (and "между", the next member, a conjunction or punctuation), an adjective
    naming exactly one region, and exactly one such body named before; else nothing
    changes."""
    toks = sent.tokens
    members = [i for i, ties in heads.items() if "chain" in ties]
    added: list[Side] = []
    for i in members:
        if any(s.start <= toks[i].start < s.stop for s in sides):
            continue
        kids = sent.children(i)
        adjectives = [c for c in kids if toks[c].rel == "amod"]
        if len(adjectives) != 1 or any(toks[c].rel not in _BARE_RELATIONS for c in kids):
            continue
        codes = _codes(models, toks[adjectives[0]].lemma)
        if len(codes) != 1:
            continue
        found = [s for s in earlier([toks[i].lemma]).values() if s.regions == (codes[0],)]
        if len(found) != 1 or any(s.name.lower() == found[0].name.lower() for s in sides):
            continue
        name = found[0].name  # "председатель комитета ...": a name opens with a capital
        added.append(Side(name[:1].upper() + name[1:], found[0].regions,
                          toks[adjectives[0]].start, toks[i].stop))
    if not added:
        return sides
    return sorted(sides + added, key=lambda s: s.start)


def plural_between(models: Models, sent: Sentence, heads: dict[int, _Ties],
                   sides: list[Side], earlier: Callable[[list[str]], dict[str, Side]]
                   ) -> list[Side]:
    """"между центрами" (a bare plural head) names the two bodies with that head told
    before: after "ярмарку организовали Центр занятости населения Тульской области и центр
    занятости населения Калужской области", "соглашение, заключенное между центрами" is
    theirs ("между" is read next to the noun too, wherever the parser hung it). Exactly two
    earlier bodies of that head, of two regions; else nothing changes."""
    if sides:
        return sides
    toks = sent.tokens
    plural = [i for i, ties in heads.items() if toks[i].feats.get("Number") == "Plur" and
              ties & {"child", "before"} and
              all(toks[c].rel in {"case", "punct"} for c in sent.children(i))]
    if len(plural) != 1:
        return sides
    i = plural[0]
    found = list(earlier([toks[i].lemma]).values())
    if len(found) != 2 or found[0].regions == found[1].regions:
        return sides
    return [Side(s.name, s.regions, toks[i].start, toks[i].stop) for s in found]


def _passive(sent: Sentence, v: int) -> bool:
    t = sent.tokens[v]
    return t.feats.get("Voice") == "Pass" or t.feats.get("Variant") == "Short" or \
        any(sent.tokens[c].rel == "aux:pass" for c in sent.children(v))


def _signing_verb(sent: Sentence, k: int) -> int | None:
    return next((a for a in ancestors(sent, k) if sent.tokens[a].lemma in SIGN_VERBS), None)


def colon_subject(models: Models, text: str, sent: Sentence, k: int, sides: list[Side],
                  regions: list[RegionRef]) -> list[Side]:
    """A passive signing with only its "с" partner, in a clause a colon elaborates, has the
    subject of the elaborated clause as its other side: "Новосибирская область уже имеет
    подобный опыт: в 2021 году такое соглашение было подписано с Алтайским краем" is between
    Новосибирская область and Алтайский край."""
    if len(sides) != 1 or not sent.parsed:
        return sides
    toks = sent.tokens
    v = _signing_verb(sent, k)
    if v is None or not _passive(sent, v) or toks[v].head < 0 or toks[v].head > v:
        return sides
    owner = toks[v].head
    colon = [i for i in range(owner + 1, v) if toks[i].text == ":"]
    if not colon:
        return sides
    subj = next((c for o in [owner, *ancestors(sent, owner)] for c in sent.children(o)
                 if toks[c].rel == "nsubj" and c < colon[0]), None)
    if subj is None:
        return sides
    span = sorted(subtree(sent, subj))
    lo, hi = toks[span[0]].start, toks[span[-1]].stop
    codes = sorted({r.code for r in regions for e in r.mentions if lo <= e.start < hi})
    if len(codes) != 1 or (codes[0],) == sides[0].regions:
        return sides
    name = nominative_phrase(models, [toks[i] for i in span], text)
    return [Side(name, tuple(codes), lo, hi)] + sides


def other_clause_partner(sent: Sentence, k: int, sides: list[Side]) -> list[Side]:
    """A "с" partner inside a second coordinated clause with a predicate of its own is no
    side: "Омское отделение заключило соглашение с Курганским отделением, и обмен поездками
    с Курганом проходит ежегодно" — "Курган" partners the exchange, not the agreement."""
    if len(sides) < 3 or not sent.parsed:
        return sides
    toks = sent.tokens
    path = list(ancestors(sent, k))
    keep: list[Side] = []
    for s in sides:
        h = _span_head(sent, s.start, s.stop)
        if h is None:
            keep.append(s)
            continue
        chain = [h] + [a for a in ancestors(sent, h) if a not in path and a != k]
        conj = next((c for c in chain if toks[c].rel == "conj" and toks[c].head in
                     ([k] + path) and toks[c].lemma not in _HEADS and
                     toks[c].pos in {"NOUN", "VERB"} and
                     any(toks[x].rel == "cc" for x in sent.children(c))), None)
        own_verb = conj is not None and any(
            t.pos == "VERB" and t.lemma not in SIGN_VERBS and i > conj and
            t.feats.get("VerbForm") not in {"Inf", "Part", "Conv"}
            for i, t in enumerate(toks))
        if not own_verb:
            keep.append(s)
    return keep if len(keep) >= 2 else sides


def _clause_verb(sent: Sentence, i: int) -> int | None:
    """The nearest finite verb above token i: the predicate of the clause it is in."""
    for a in ancestors(sent, i):
        t = sent.tokens[a]
        if t.pos in {"VERB", "AUX"} and t.feats.get("VerbForm") == "Fin":
            return a
    return None


def _coordination_top(sent: Sentence, v: int) -> int:
    """The first of the verbs coordinated with v ("подписала ..., продлит ... и утвердила")."""
    for _ in range(len(sent.tokens)):
        t = sent.tokens[v]
        if t.rel not in {"conj", "parataxis"} or t.head < 0:
            break
        v = t.head
    return v


def partner_of_own_verb(sent: Sentence, k: int, sides: list[Side]) -> list[Side]:
    """A sentence listing several verbs with different partners is one clause per verb:
    in "Пенза подписала соглашение с Саратовом, продлит договор с Самарой и утвердила план с
    Тамбовом" the соглашение's sides are Пенза and Саратов only. A partner under another
    finite verb coordinated with the agreement's own (not inside the agreement's phrase) is
    no side; the verbs' shared subject stays."""
    if len(sides) < 3 or not sent.parsed:
        return sides
    toks = sent.tokens
    own = _clause_verb(sent, k)
    if own is None:
        return sides
    phrase = set(subtree(sent, k))
    keep: list[Side] = []
    for s in sides:
        h = _span_head(sent, s.start, s.stop)
        verb = None if h is None else _clause_verb(sent, h)
        if h is None or verb is None or verb == own or verb in phrase:
            keep.append(s)
            continue
        a, b = _coordination_top(sent, verb), _coordination_top(sent, own)
        coordinated = a == b or (toks[a].head < 0 and toks[b].head < 0)
        top = next((a for a in [h, *ancestors(sent, h)] if toks[a].head == verb), h)
        if not coordinated or toks[top].rel in {"nsubj", "nsubj:pass"} or \
                toks[h].rel in {"nsubj", "nsubj:pass"}:
            # many62: a side that is a subject itself is no partner of another verb, however
            # the parse hangs it ("когда правительства A, B и C подписали соглашение" with
            # "правительства" read as the subject of the clause before)
            keep.append(s)
    return keep if len(keep) >= 2 else sides


def candidate_sides(
    models: Models, text: str, sents: list[Sentence], sent: Sentence, trigger: Token,
    sides: list[Side], regions: list[RegionRef], member: bool = False,
) -> list[Side]:
    """The sentence-level passes, in order (see each pass). ``member``: the candidate is one
    of several agreements one noun names."""
    k = next((i for i, t in enumerate(sent.tokens) if t.start == trigger.start), None)
    if k is None:
        return sides
    sides = distributed_heads(models, sent, sides, member)
    sides = between_members(models, text, sents, sent, k, sides, regions)
    sides = colon_subject(models, text, sent, k, sides, regions)
    sides = other_clause_partner(sent, k, sides)
    sides = dashed_name(text, sides)  # agr30
    return partner_of_own_verb(sent, k, sides)


# "— АО «Шадринский литейный завод» —": a legal form (optional) and a quoted name between
# dashes (or a dash and a comma) right after a side.
_DASHED_NAME = re.compile(r"\s*[—–]\s*((?:[А-ЯЁA-Z]{2,5}\s+)?«[^»\n]{2,80}»+)\s*[—–,]")


def _description(name: str) -> bool:
    """A side named by what it is, not by a name: no quote, no capital after the first word
    ("Ещё одно крупное предприятие региона")."""
    words = name.split()
    return "«" not in name and '"' not in name and \
        not any(w[:1].isupper() for w in words[1:])


def dashed_name(text: str, sides: list[Side]) -> list[Side]:
    """agr30: a side described by what it is, with its quoted name in a dashed apposition,
    is that name: "Ещё одно крупное предприятие региона — АО «Шадринский литейный завод» —
    от подписания аналогичного соглашения отказалось" → "АО «Шадринский литейный завод»"."""
    out: list[Side] = []
    for s in sides:
        m = _DASHED_NAME.match(text, s.stop)
        if m is not None and _description(s.name):
            s = replace(s, name=m.group(1), start=m.start(1), stop=m.end(1))
        out.append(s)
    return out


# --- agreement passes: the merged sides ------------------------------------------------


def _city_signers(models: Models, sent: Sentence) -> list[tuple[str, str]]:
    """Towns whose heads the sentence names, as (town in the genitive, region code):
    "глава города Кемерово" → ("Кемерово", RU-KEM), "мэр Томска" → ("Томска", RU-TOM)."""
    toks = sent.tokens
    out: list[tuple[str, str]] = []
    for i, t in enumerate(toks[:-1]):
        if t.lemma not in CITY_HEAD_POSTS:
            continue
        j = i + 1
        if toks[j].lemma in CITY_NOUNS and j + 1 < len(toks):
            j += 1
        elif t.lemma != "мэр":
            continue
        codes = _codes(models, toks[j].text, _TOWN_KINDS)
        if toks[j].text[:1].isupper() and len(codes) == 1:
            out.append((toks[j].text, codes[0]))
    return out


def city_sides(models: Models, sents: list[Sentence], sides: list[Side],
               region_names: frozenset[str]) -> list[Side]:
    """A town named as a town keeps a town's body as its side: "глава города Кемерово Игорь
    Свиридов и мэр Томска Валерий Кудашкин подписали соглашение ... между администрациями
    двух городов" is between "Администрация города Кемерово" and "Администрация города
    Томска", not the regions' administrations (a capital maps to its region only for the
    regions list). The body is the plural head over "городов" when the text gives one."""
    towns: list[tuple[str, str]] = []
    body = CITY_DEFAULT_BODY
    for sent in sents:
        for town in _city_signers(models, sent):
            if all(town != t for t in towns):
                towns.append(town)
        for t in sent.tokens:
            if t.lemma in CITY_NOUNS and t.head >= 0 and \
                    sent.tokens[t.head].lemma in CITY_BODIES:
                body = _cap(sent.tokens[t.head].lemma)
    # two towns of one region ("мэр Череповца и глава Вологды"): which is which is unknown
    towns = [t for t in towns if sum(c == t[1] for _, c in towns) == 1]
    if not towns:
        return sides
    out: list[Side] = []
    for s in sides:
        first = s.name.split()[0].lower() if s.name else ""
        match = next((tw for tw in towns if s.regions == (tw[1],)), None)
        town_words = [w for w in s.name.split() if _codes(models, w, _TOWN_KINDS)]
        # a side already named by its town ("Череповец") is a town's side as it is
        region_level = s.name in region_names or first in CITY_BODIES and not town_words
        if match is None or not region_level:
            out.append(s)
            continue
        out.append(Side(f"{body} города {match[0]}", s.regions, s.start, s.stop))
    return out


def speaker_body(models: Models, sents: list[Sentence], sides: list[Side]) -> list[Side]:
    """"наше отделение" is the speaker's body whose head is that noun, not a unit of it: a
    side "управление установления пенсий Отделения Социального фонда России по Свердловской
    области" read for "наше отделение заключило соглашения" is "Отделение Социального фонда
    России по Свердловской области"."""
    heads = {s.tokens[t.head].lemma for s in sents for t in s.tokens
             if t.lemma in SPEAKER_POSSESSIVES and t.head >= 0 and
             s.tokens[t.head].lemma in _HEADS}
    if not heads:
        return sides
    out: list[Side] = []
    for s in sides:
        words = s.name.split()
        cut = next((n for n, w in enumerate(words) if n > 0 and
                    models.lemma(w.lower()) in heads), None)
        if cut is None or cut == len(words) - 1 or models.lemma(words[0].lower()) in heads or \
                any("«" in w for w in words[:cut + 1]):
            out.append(s)  # (a «quoted» name is whole: "ГБУ СО «Карельский центр ...»")
            continue
        head = models.lemma(words[cut].lower())
        out.append(Side(" ".join([_cap(head)] + words[cut + 1:]), s.regions, s.start, s.stop))
    return out


def bracketed_alias(sides: list[Side], known: list[Side]) -> list[Side]:
    """A one-word side the document defines in brackets after a full name ("Федеральная
    служба по труду и занятости (Роструд)", then "Роструд уже заключил аналогичные
    соглашения") is that full name, without the bracket."""
    full: dict[str, set[str]] = {}
    for k in known:
        name, _, alias = k.name.rstrip(")").rpartition(" (")
        if name and alias and " " not in alias and k.name.endswith(")"):
            full.setdefault(alias, set()).add(name)
    out: list[Side] = []
    for s in sides:
        names = full.get(s.name, set())
        out.append(replace(s, name=next(iter(names))) if len(names) == 1 else s)
    return out


def described_duplicate(models: Models, sides: list[Side]) -> list[Side]:
    """A side written as a description, a region adjective and a bare or colloquial head
    ("карельское учреждение", from "директор карельского учреждения"; "оренбургская
    соцзащита"), is the side of that region the agreement names by name: it is dropped
    when one such side exists."""
    out: list[Side] = []
    for s in sides:
        words = s.name.split()
        described = len(words) == 2 and bool(s.regions) and \
            models.lemma(words[1].lower()) in _HEADS | COLLOQUIAL_BODIES and \
            (words[0].islower() or bool(_codes(models, words[0].lower())))
        same = [o for o in sides if o is not s and o.regions == s.regions and
                len(o.name.split()) > 2]
        if described and len(same) == 1:
            continue
        out.append(s)
    return out


def _body_words(models: Models, name: str, codes: tuple[str, ...]) -> list[str] | None:
    """A body's own words without its region ("Министерство труда Тувы" → министерство,
    труда) as lower-case stems, or None when the name holds no body head."""
    words = name.split()
    for n in range(min(4, len(words)), 0, -1):  # the region phrase at the end
        if set(_codes(models, " ".join(words[-n:]))) & set(codes):
            words = words[:-n]
            break
    words = [w for w in words if not set(_codes(models, w)) & set(codes)]  # "Омское"
    lower = [w.lower().strip("«»\"") for w in words if any(c.isalpha() for c in w)]
    if not any(w in _HEADS for w in lower):
        return None
    return [w[:5] for w in lower if w not in NAME_FILLERS]


def _short(models: Models, text: str, s: Side, mine: list[str]) -> bool:
    """Is a side written short: an abbreviated head ("Минтруд Тувы", "Минсоцразвития
    Пермского края") or a bare head with its region ("Омское отделение")? A body written in
    full keeps its name even when a longer one of its region exists (a renamed ministry)."""
    written = text[s.start:s.stop].split()
    return len(mine) == 1 or bool(written) and \
        ministry_abbreviation(written[0].strip("«»\"")) is not None


def _named_in_full(sides: list[Side], body_of: Callable[[Side], Side | None]) -> list[Side]:
    """Each side that ``body_of`` finds one fuller body for is that body, at the side's own
    place in the text; the others stay as written. The one mechanism of ``fuller_body``
    (an abbreviated name: "Минсоцзащиты Энской области" → "Министерство социальной защиты
    населения Энской области") and ``described_body`` (a description: "филиал фонда" →
    "филиал фонда «Опора»"), which differ only in how they find the body."""
    out: list[Side] = []
    for s in sides:
        k = body_of(s)
        out.append(s if k is None else Side(k.name, k.regions, s.start, s.stop))
    return out


def fuller_body(models: Models, text: str, sides: list[Side],
                known: list[Side]) -> list[Side]:
    """A short or abbreviated body is the full body of the same region and head the text
    names: "Минсоцзащиты Энской области" (→ "Министерство социальной защиты Энской
    области") next to "Министерство социальной защиты населения Энской области" is the
    latter; so is a side named after a signer's post ("в лице министра культуры и туризма
    Энской области" → the ministry of that name). Only when exactly one fuller body of that
    region says more (``_named_in_full``)."""

    def fuller(s: Side) -> Side | None:
        mine = _body_words(models, s.name, s.regions) if s.regions else None
        if not mine or not _short(models, text, s, mine):
            return None
        found: dict[str, Side] = {}
        for k in known:
            if k.regions != s.regions or len(k.name) <= len(s.name):
                continue
            theirs = _body_words(models, k.name, k.regions)
            if theirs and theirs[0] == mine[0] and set(mine) < set(theirs) or \
                    theirs and mine[0] in theirs and set(mine) < set(theirs) and \
                    len(mine) == 1:
                found[k.name] = k
        return next(iter(found.values())) if len(found) == 1 else None

    return _named_in_full(sides, fuller)


def _described(models: Models, s: Side) -> tuple[str, list[str], set[str]] | None:
    """A side written as a description of a body, not its name: a head (a body noun or a
    describing one, "ведомство") with common adjectives and genitives ("филиал фонда",
    "местное отделение", "Министерство", "региональное Отделение Соцфонда"; capitalised
    only the head, a first word, a region adjective or a compound of
    ``DESCRIBING_COMPOUNDS``). Gives the head's lemma, the other words' lemmas and the
    region codes its adjectives name; None for a name ("Союз пенсионеров России", «…»)."""
    words = s.name.split()
    if not words or len(words) > 4 or any(not w.replace("-", "").isalpha() for w in words):
        return None
    head, rest, codes = "", list[str](), set[str]()
    for n, w in enumerate(words):
        lemma = models.lemma(w.lower())
        if not head and (lemma in _HEADS or lemma in DESCRIBING_HEADS):
            head = lemma
            continue
        named = set(_codes(models, w.lower()))
        if w[:1].isupper() and not (n == 0 and (named or lemma in OWN_REGION_ADJECTIVES)) \
                and lemma not in DESCRIBING_COMPOUNDS:
            return None
        if named:
            codes |= named
        elif lemma in DESCRIBING_COMPOUNDS:
            rest += DESCRIBING_COMPOUNDS[lemma]
        elif lemma not in NAME_FILLERS:
            rest.append(lemma)
    return (head, rest, codes) if head else None


def _describes(models: Models, head: str, rest: list[str], codes: set[str], k: Side) -> bool:
    """Does a body's full name ``k`` fit the description: its head in the nominative (or a
    head the describing noun stands for), each adjective and genitive among its words (an
    own-region adjective, "региональный", for a body of a region), the regions it names?"""
    words = [w.strip("«»\"„“()") for w in k.name.split()]
    lemmas = {models.lemma(w.lower()) for w in words if w}
    heads = DESCRIBING_HEADS.get(head, frozenset({head}))
    if not any(w.lower() in heads for w in words):  # "Центр", not "Фонда"
        return False
    if codes and not codes <= set(k.regions):
        return False
    return all(r in lemmas or r in OWN_REGION_ADJECTIVES and bool(k.regions) for r in rest)


def described_body(models: Models, sides: list[Side], known: list[Side]) -> list[Side]:
    """sidecoref: a side written as a short description of a body ("филиал фонда",
    "ведомство", "местное отделение") is the one body named in full before it that fits
    the description (``_described``, ``_describes``): "Соглашение подписали Министерство
    социального развития Энской области и филиал фонда «Опора». ... Министерство и филиал
    фонда договорились ..." → the later "филиал фонда" is "филиал фонда «Опора»". A side
    of the same record that fits is the body first; two fitting bodies anywhere in the
    text (a regional ministry and a federal one, a digest's ministries) leave it as
    written; a name that is itself a description is no candidate (``_named_in_full``)."""

    def described(s: Side) -> Side | None:
        d = _described(models, s)
        if d is None:
            return None
        fits = [k for k in sides if k is not s and _fits(models, d, s, k)]
        if not fits:
            fits = [k for k in known if _fits(models, d, s, k)]
        found: dict[str, Side] = {}
        for k in fits:
            found.setdefault(k.name.lower(), k)
        names = list(found)  # one body's shorter name inside a longer one is that body
        names = [n for n in names if not any(n != m and n in m for m in names)]
        one = found[names[0]] if len(names) == 1 else None
        if one is not None and (one in sides or any(
                o.start < s.start for o in fits if o.name.lower() in names[0])):
            return one
        return None

    return _named_in_full(sides, described)


def _fits(models: Models, d: tuple[str, list[str], set[str]], s: Side, k: Side) -> bool:
    """A body's full name, longer than the description ``s`` and no description itself,
    that fits it (``_describes``)."""
    return len(k.name.split()) > len(s.name.split()) and \
        _described(models, k) is None and _describes(models, *d, k)


def nominative_sides(models: Models, text: str, sents: list[Sentence],
                     sides: list[Side]) -> list[Side]:
    """A side taken as written in an oblique case is put in the nominative
    (``side_shapes.nominative_written``, on the tokens of its sentence that write it):
    "с Тамбовским областным отделением Союза ветеранов труда" → "Тамбовское областное
    отделение Союза ветеранов труда"."""
    out: list[Side] = []
    for s in sides:
        sent = next((x for x in sents if x.start <= s.start < x.stop), None)
        span = [t for t in sent.tokens if t.start >= s.start and t.stop <= s.stop] \
            if sent is not None else []
        written = " ".join(text[s.start:s.stop].split())
        got = nominative_written(models, text, span, written) \
            if span and written == " ".join(s.name.split()) else None
        out.append(s if got is None else Side(got, s.regions, s.start, s.stop))
    return out


def official_bodies(officials: list[Official]) -> list[Side]:
    """The bodies officials work for, with a region, as sides a short name may stand for."""
    return [Side(o.organization, (o.region,), o.evidence.start, o.evidence.end)
            for o in officials if o.organization and o.region]


def place_before_body(models: Models, sides: list[Side]) -> list[Side]:
    """A place glued before a body's name is where it happened, not part of the side: "в
    Грозном Министерство социальной политики ..." or a dateline "Ульяновск. Сегодня в
    Ульяновске Министерство ..." give a side named "Грозный Министерство ...". When the
    words before a capitalised body head are all place names (pymorphy's Geox), the side
    starts at the head."""
    out: list[Side] = []
    for s in sides:
        words = s.name.split()
        cut = next((i for i, w in enumerate(words[:3]) if i > 0 and w[:1].isupper() and
                    models.lemma(w.lower()) in ORG_HEADS), None)
        if cut is not None and all(
                any("Geox" in p.tag for p in models.parse(w)[:2]) for w in words[:cut]):
            out.append(replace(s, name=" ".join(words[cut:])))
        else:
            out.append(s)
    return out


def final_sides(
    models: Models, text: str, sents: list[Sentence], sides: list[Side], officials: list[Official],
    known: list[Side], region_names: frozenset[str],
) -> list[Side]:
    """The agreement-level passes, in order (see each pass). ``known``: every side the
    document names, for ``fuller_body``; officials' bodies join them."""
    bodies = known + official_bodies(officials)
    sides = city_sides(models, sents, sides, region_names)
    sides = speaker_body(models, sents, sides)
    sides = described_duplicate(models, sides)
    sides = bracketed_alias(sides, known)
    sides = nominative_sides(models, text, sents, sides)
    sides = fuller_body(models, text, sides, bodies)
    sides = described_body(models, sides, bodies)
    sides = place_before_body(models, sides)
    return [s for n, s in enumerate(sides) if all(q.name != s.name for q in sides[:n])]


def relative_past_signing(sent: Sentence, k: int) -> bool:
    """A past finite signing verb in a relative clause on the agreement noun tells of a
    signing before: "благодаря соглашению ..., которое подписали осенью прошлого года" is a
    background agreement whatever modality the main clause has ("стало возможно")."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    for c in sent.children(k):
        t = toks[c]
        if t.rel != "acl:relcl" or t.lemma not in SIGN_VERBS or t.pos != "VERB":
            continue
        if t.feats.get("VerbForm") in {"Inf", "Part", "Conv"}:
            continue
        if t.feats.get("Tense") == "Past" or (
                "Tense" not in t.feats and t.feats.get("Aspect") == "Perf" and
                t.text.lower().endswith(PAST_VERB_ENDINGS)):
            if not any(toks[x].lemma in UNDONE_PAST_WORDS for x in sent.children(c)):
                return True
    return False


# --- agrbg: the sides of a background agreement, read from the parse ---------------------


def _with_conjuncts(sent: Sentence, nodes: list[int]) -> list[int]:
    """The nodes and the conjuncts under them ("Бурятия и Якутия"), in text order."""
    toks = sent.tokens
    out = list(nodes)
    for n in nodes:
        out += [c for c in sent.children(n) if toks[c].rel == "conj" and
                toks[c].pos in {"NOUN", "PROPN"}]
    return sorted(set(out))


def relative_clause_subjects(sent: Sentence, k: int) -> list[int]:
    """The subject of a relative clause on the agreement noun at k that signs it, with its
    conjuncts: "в рамках соглашения о шефской помощи, которое Тверская область и Луганская
    Народная Республика заключили ещё в 2022 году" gives the two regions. The pronoun
    follows a comma within a few words of the noun and agrees with it in gender and number
    (not "соглашения о помощи, которая ..."); its verb is a signing verb, however the
    parser hung the clause."""
    if not sent.parsed or not 0 <= k < len(sent.tokens):
        return []
    toks = sent.tokens
    noun = toks[k]
    for j in range(k + 1, min(len(toks), k + RELATIVE_REACH)):
        t = toks[j]
        if t.lemma == noun.lemma or t.text in {".", ";", ":"}:
            return []  # another agreement noun, or the clause has ended
        if t.lemma not in RELATIVE_PRONOUNS:
            continue
        if toks[j - 1].text != "," or any(
                t.feats.get(f) and noun.feats.get(f) and t.feats[f] != noun.feats[f]
                for f in ("Gender", "Number")):
            return []
        v = t.head
        if not 0 <= v < len(toks) or toks[v].lemma not in SIGN_VERBS or \
                t.rel not in {"obj", "nsubj:pass"}:
            return []
        return _with_conjuncts(sent, [c for c in sent.children(v)
                                      if toks[c].rel == "nsubj" and c != j])
    return []


def cooperation_frame(sent: Sentence, k: int) -> tuple[list[int], list[int]]:
    """The subjects and the "с" partners of a verb of working together under whose frame
    the agreement noun at k stands: "с Челябинской областью министерство сотрудничает в
    рамках соглашения, подписанного в 2019 году" gives (министерство, областью);
    "министерства двух субъектов работают по соглашению 2020 года" gives the subject only.
    Empty lists when the noun is no such frame."""
    if not sent.parsed or not 0 <= k < len(sent.tokens):
        return [], []
    toks = sent.tokens
    h = toks[k].head
    if not 0 <= h < len(toks):
        return [], []
    if toks[h].lemma in BACKGROUND_FRAMES and toks[k].rel == "nmod":
        v = toks[h].head  # "в рамках соглашения", "на основе соглашения"
    elif any(toks[c].rel == "case" and toks[c].lemma in FRAME_PREPOSITIONS
             for c in sent.children(k)):
        v = h  # "работают по соглашению"
    else:
        return [], []
    verb: int | None = v
    if not 0 <= v < len(toks) or toks[v].lemma not in COOPERATION_VERBS:
        verb = cooperation_verb_before(sent, k)  # rec92: the frame hung elsewhere
    if verb is None:
        return [], []
    subjects = _with_conjuncts(sent, [c for c in sent.children(verb)
                                      if toks[c].rel == "nsubj"])
    return subjects, cooperation_partners(sent, verb)


def cooperation_verb_before(sent: Sentence, k: int) -> int | None:
    """rec92: the verb of working together whose frame the agreement noun at k is, when
    the parser hung the frame on another word: the one such verb before the noun in its
    clause, no stop, colon or other finite verb between ("Союз взаимодействует с
    прокуратурой района в рамках договора прошлых лет: ..." with "рамках" hung on the
    next clause's verb; "фонд сотрудничает с мэрией по соглашению" with "по соглашению"
    on "мэрией"). None when there is no such verb."""
    toks = sent.tokens
    for i in range(k - 1, -1, -1):
        t = toks[i]
        if t.text in {".", ";", ":", "?", "!"}:
            return None
        if t.lemma in COOPERATION_VERBS and t.pos == "VERB":
            return i
        if t.pos in {"VERB", "AUX"} and t.feats.get("VerbForm") == "Fin":
            return None
    return None


def cooperation_partners(sent: Sentence, v: int) -> list[int]:
    """The "с" partners of the verb of working together at v, with their conjuncts: its
    own instrumental obliques, and those of an adverb of togetherness under it ("работает
    вместе с районной больницей": the parser hangs the partner on "вместе")."""
    toks = sent.tokens
    owners = [v] + [c for c in sent.children(v) if toks[c].pos == "ADV"]
    return _with_conjuncts(sent, [
        c for o in owners for c in sent.children(o) if toks[c].rel in {"obl", "nmod"} and
        toks[c].feats.get("Case") == "Ins" and
        any(toks[x].rel == "case" and toks[x].lemma in PARTNER_PREPOSITIONS
            for x in sent.children(c))])


def colon_cooperation_partners(sent: Sentence, k: int) -> list[int]:
    """The "с" partners of a verb of working together in the clause a colon elaborates
    with the agreement noun at k: "Давно работаем с Чувашией: соглашение между нашими
    министерствами действует с 2020 года" gives Чувашией (the other side is the speaker's,
    found with the noun)."""
    if not sent.parsed or not 0 <= k < len(sent.tokens):
        return []
    toks = sent.tokens
    colon = max((i for i in range(k) if toks[i].text == ":"), default=-1)
    verbs = [i for i in range(colon) if toks[i].lemma in COOPERATION_VERBS and
             not any(toks[j].text in {".", ";", ":"} for j in range(i, colon))]
    if colon < 0 or len(verbs) != 1:
        return []
    return _with_conjuncts(sent, [
        c for c in sent.children(verbs[0]) if toks[c].rel in {"obl", "nmod"} and
        toks[c].feats.get("Case") == "Ins" and
        any(toks[x].rel == "case" and toks[x].lemma in PARTNER_PREPOSITIONS
            for x in sent.children(c))])


def colon_cooperation_frame(sent: Sentence, k: int) -> tuple[list[int], list[int]]:
    """rec92: the subjects and the "с" partners of the one verb of working together in the
    clause a colon elaborates with the agreement noun at k, both found: "Колледж давно
    сотрудничает с районной библиотекой: договор между ними продлён до 2027 года" gives
    (колледж, библиотекой), the sides of an agreement that names none of its own."""
    if not sent.parsed or not 0 <= k < len(sent.tokens):
        return [], []
    toks = sent.tokens
    colon = max((i for i in range(k) if toks[i].text == ":"), default=-1)
    verbs = [i for i in range(colon) if toks[i].lemma in COOPERATION_VERBS and
             toks[i].pos == "VERB" and
             not any(toks[j].text in {".", ";", ":"} for j in range(i, colon))]
    if colon < 0 or len(verbs) != 1 or \
            any(toks[j].pos in {"VERB", "AUX"} and toks[j].feats.get("VerbForm") == "Fin"
                for j in range(colon + 1, k)):
        return [], []
    subjects = _with_conjuncts(sent, [c for c in sent.children(verbs[0])
                                      if toks[c].rel == "nsubj" and c < verbs[0]])
    partners = [c for c in cooperation_partners(sent, verbs[0]) if c < colon] or \
        _partner_after(sent, verbs[0], colon)
    return (subjects, partners) if subjects and partners else ([], [])


def _partner_after(sent: Sentence, v: int, end: int) -> list[int]:
    """The noun of the first "с" phrase between the verb at v and token ``end``, read from
    word forms (the parser may hang it on the next clause): "с" and adjectives, then a noun
    in the instrumental."""
    toks = sent.tokens
    for i in range(v + 1, end):
        if toks[i].lemma in PARTNER_PREPOSITIONS and toks[i].pos == "ADP":
            j = i + 1
            while j < end and toks[j].pos == "ADJ":
                j += 1
            if j < end and toks[j].pos in {"NOUN", "PROPN"} and \
                    toks[j].feats.get("Case") == "Ins":
                return [j]
            return []
    return []


def colon_owner_and_partners(sent: Sentence, k: int) -> tuple[list[int], list[int]]:
    """The subject of the clause a colon elaborates and the "с" partners inside the agreement
    noun's own phrase (at k, after the colon): "Калужская область уже реализует похожие
    проекты: с 2024 года действует соглашение о социальном туризме с Республикой Беларусь"
    gives (область, Республикой). Empty lists unless both are found."""
    if not sent.parsed or not 0 <= k < len(sent.tokens):
        return [], []
    toks = sent.tokens
    colon = max((i for i in range(k) if toks[i].text == ":"), default=-1)
    if colon < 0:
        return [], []
    verbs = [i for i in range(colon) if toks[i].pos == "VERB" and
             toks[i].feats.get("VerbForm") == "Fin"]
    owners = [c for v in verbs[:1] for c in sent.children(v)
              if toks[c].rel == "nsubj" and c < colon]
    partners = [x for x in subtree(sent, k) if x != k and toks[x].rel == "nmod" and
                toks[x].feats.get("Case") == "Ins" and
                any(toks[y].rel == "case" and toks[y].lemma in PARTNER_PREPOSITIONS
                    for y in sent.children(x))]
    if len(verbs) != 1 or len(owners) != 1 or not partners:
        return [], []
    return _with_conjuncts(sent, owners), partners


def spelled_acronym(models: Models, text: str, acronym: str, named: list[Side],
                    orgs: list[list[Token]],
                    regions_at: Callable[[int, int], list[str]]) -> Side | None:
    """The body a side written as an acronym stands for: a side the report names in full,
    else an organisation it names, whose first words the acronym spells
    (``normalize.acronym_words``): "подписи поставили ректор ТюмГУ и проректор КФУ" beside
    "заключили Тюменский государственный университет и Крымский федеральный университет"
    → those universities. The longest side name first, then the longest organisation; None
    when nothing fits or two bodies of other first words do (unsure)."""
    fits: list[tuple[str, Side]] = []  # (the spelled words, the side)
    for side in named:
        words = [w.strip(",.;:()«»\"") for w in side.name.split()]
        n = acronym_words(acronym, words)
        if n:
            fits.append((" ".join(words[:n]).lower(), side))
    if not fits:
        for toks in orgs:
            words = [t.text for t in toks]
            n = acronym_words(acronym, words)
            if n and toks[0].text[:1].isupper():
                start, stop = toks[0].start, toks[-1].stop
                codes = tuple(regions_at(start, stop))
                fits.append((" ".join(words[:n]).lower(), Side(
                    nominative_phrase(models, toks, text), codes, start, stop)))
    if not fits or len({_lemmas(models, lead) for lead, _ in fits}) > 1:
        return None
    return max((side for _, side in fits), key=lambda side: len(side.name))


def _lemmas(models: Models, phrase: str) -> tuple[str, ...]:
    """The lemmas of a phrase's words: one body named in two cases reads the same."""
    return tuple(models.lemma(w) for w in phrase.split())
