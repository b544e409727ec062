"""The 89 federal subjects of Russia and lookup by any name people type.

Kept free of NLP imports: the CLI uses it for ``--region`` filters and ``soccoop regions``
and must start fast. The data lives in ``soccoop/data/regions.json``.

Codes are ISO 3166-2:RU where the standard has one (``RU-TA``, ``RU-KHM``, ``RU-MOW``).
Six subjects have no ISO 3166-2:RU code; the project uses its own codes for them:
``RU-CR`` (Республика Крым), ``RU-SEV`` (Севастополь), ``RU-DPR`` (Донецкая Народная
Республика), ``RU-LPR`` (Луганская Народная Республика), ``RU-ZAP`` (Запорожская область)
and ``RU-KHE`` (Херсонская область).

Ambiguity rules (the data follows them; :mod:`soccoop.extract.regions` applies the
context-dependent ones):

- "Москва", "московский" mean the city of Moscow (RU-MOW); "Московская область",
  "Подмосковье", "подмосковный" mean RU-MOS.
- "Петербург", "Питер", "СПб", "петербургский" mean RU-SPE; "Ленинградская область",
  "Ленобласть", "ленинградский" mean RU-LEN.
- "Алтай" alone names no region (Республика Алтай or Алтайский край): only "Республика
  Алтай"/"Горный Алтай" give RU-AL and "Алтайский край" gives RU-ALT; the adjective
  "алтайский" alone gives nothing.
- "столица"/"столичный" give Moscow only when the document otherwise names Moscow.
- Abbreviations shared by several subjects or with common meanings (РБ, РК, РА, ЧР, УР, РМ,
  МО, НАО, ПК ...) are left out; so are foreign countries and all-Russia adjectives
  ("российский", "федеральный").
- A capital or city directly followed by another region's name belongs to that region
  ("Донецк Ростовской области" is not ДНР); adjectives before "район", "улица" etc. name
  a district or street, not the region.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    number: str
    district: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    capitals: tuple[str, ...]
    cities: tuple[str, ...]


_DASHES = re.compile(r"\s*[-‐‑‒–—―−]\s*")
_PUNCT = re.compile(r"[()\[\]«»\"'.,;:!?]+")
_SPACE = re.compile(r"\s+")


def normalize_key(s: str) -> str:
    """Lower case, ё→е, every dash to "-" without spaces, punctuation dropped, spaces collapsed.

    So "Ханты-Мансийский автономный округ — Югра" and "ханты-мансийский автономный
    округ - Югра" give the same key.
    """
    s = str(s).lower().replace("ё", "е")
    s = _PUNCT.sub(" ", s)
    s = _DASHES.sub("-", s)
    return _SPACE.sub(" ", s).strip(" -")


@lru_cache(maxsize=1)
def _load() -> tuple[Region, ...]:
    raw = resources.files("soccoop").joinpath("data/regions.json").read_text(encoding="utf-8")
    return tuple(
        Region(
            code=d["code"], name=d["name"], number=d["number"], district=d["district"],
            aliases=tuple(d.get("aliases", ())), adjectives=tuple(d.get("adjectives", ())),
            capitals=tuple(d.get("capitals", ())), cities=tuple(d.get("cities", ())),
        )
        for d in json.loads(raw)
    )


def load() -> list[Region]:
    """All 89 subjects, ordered by region number (parsed once per process)."""
    return list(_load())


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, Region], dict[str, Region]]:
    """(code → region, normalised key → region); earlier kinds win over later ones."""
    codes = {r.code.upper(): r for r in _load()}
    keys: dict[str, Region] = {}
    for kind in ("name", "aliases", "capitals", "adjectives", "cities"):
        for r in _load():
            values = [r.name] if kind == "name" else list(getattr(r, kind))
            for v in values:
                keys.setdefault(normalize_key(v), r)
    return codes, keys


def by_code(code: str) -> Region | None:
    """The region with this code (case-insensitive), or None."""
    if not isinstance(code, str):
        return None
    return _index()[0].get(code.strip().upper())


def resolve(query: str) -> Region | None:
    """The region a user means: code, number, name, alias, abbreviation, capital or city."""
    if not isinstance(query, str):
        return None
    q = query.strip()
    if not q or len(q) > 200:
        return None
    codes, keys = _index()
    hit = codes.get(q.upper())
    if hit is None and q.isdigit() and len(q) <= 2:
        hit = next((r for r in _load() if r.number == q.zfill(2)), None)
    return hit or keys.get(normalize_key(q))


def table_rows(query: str | None = None) -> list[dict[str, object]]:
    """Rows for ``soccoop regions``: the region meant (any case form), else substring matches,
    else all."""
    regions = load()
    if query and query.strip():
        hit = lookup(query)
        if hit is not None:
            regions = [hit]
        else:
            q = normalize_key(query)
            regions = [
                r for r in regions
                if any(q in normalize_key(v)
                       for v in (r.code, r.name, r.district, *r.aliases, *r.capitals))
            ]
    return [
        {"code": r.code, "name": r.name, "number": r.number, "district": r.district,
         "aliases": list(r.aliases), "capitals": list(r.capitals)}
        for r in regions
    ]


# -- what analysts type: any case form, abbreviations, "did you mean" ------------------------
#
# ``resolve`` is exact (the extractors rely on it). ``lookup`` is for people typing a filter:
# "Татарстана", "Республики Татарстан", "Ханты-Мансийский АО", "г. Москва". Words are
# compared by light stems (case endings stripped, see :mod:`soccoop.names`) so that no
# morphological analyser is imported on the CLI's start path.

# Abbreviations people write inside region names, expanded before matching.
ABBREVIATIONS: dict[str, str] = {
    "ао": "автономный округ",
    "авт": "автономный",
    "обл": "область",
    "респ": "республика",
    "р-ка": "республика",
    "нар": "народная",
}
# Words that only say what kind of place follows ("г. Москва", "город Казань").
PLACE_PREFIXES = frozenset({"г", "гор", "город", "городе", "города", "городу", "городом"})
_WORD_SPLIT = re.compile(r"[\s\-]+")
_KIND_RANK = {"name": 0, "aliases": 1, "capitals": 2, "adjectives": 3, "cities": 4}


def _words(key: str) -> list[str]:
    return [w for w in _WORD_SPLIT.split(key) if w]


def _stem_sets(words: list[str]) -> tuple[frozenset[str], ...]:
    return tuple(_word_stems(w) for w in words)


@lru_cache(maxsize=50_000)  # bounds a long-running worker's memory
def _word_stems(word: str) -> frozenset[str]:
    """speed83: a word's stems (``names.stems``), computed once per word form: every
    party's name asks ``regions_in`` for each of its spans, so "области" is stemmed again
    for every side of every record. The stems depend on the word alone."""
    from soccoop.names import stems

    return frozenset(stems(word))


@lru_cache(maxsize=1)
def _stem_index() -> dict[str, list[tuple[int, Region, tuple[frozenset[str], ...]]]]:
    """Every form of every region as stem sets per word, indexed by the first word's stems."""
    index: dict[str, list[tuple[int, Region, tuple[frozenset[str], ...]]]] = {}
    for r in _load():
        for kind, rank in _KIND_RANK.items():
            values = [r.name] if kind == "name" else list(getattr(r, kind))
            for v in values:
                words = _words(normalize_key(v))
                if not words:
                    continue
                form = (rank, r, _stem_sets(words))
                for s in form[2][0]:
                    index.setdefault(s, []).append(form)
    return index


def _expand(key: str) -> list[str]:
    """Words of a normalised query with abbreviations expanded and "г."/"город" dropped."""
    words: list[str] = []
    for w in _words(key):
        words += _words(ABBREVIATIONS.get(w, w))
    while len(words) > 1 and words[0] in PLACE_PREFIXES:
        words = words[1:]
    return words


def _stem_match(words: list[str]) -> Region | None:
    """The one region whose form matches ``words`` word by word in some case form."""
    if not words:
        return None
    query = _stem_sets(words)
    hits: dict[str, tuple[int, Region]] = {}
    for s in query[0]:
        for rank, region, form in _stem_index().get(s, ()):
            if len(form) == len(query) and all(a & b for a, b in zip(query, form, strict=True)):
                best = hits.get(region.code)
                if best is None or rank < best[0]:
                    hits[region.code] = (rank, region)
    if not hits:
        return None
    top = min(rank for rank, _ in hits.values())
    winners = [r for rank, r in hits.values() if rank == top]
    return winners[0] if len(winners) == 1 else None


def lookup(query: str) -> Region | None:
    """The region a person means, in any case form of any name, alias, abbreviation, capital,
    adjective or city: "Татарстана", "Югры", "Костромской области", "Республики Татарстан",
    "Ханты-Мансийский АО", "г. Москва". None when nothing (or more than one region) fits."""
    hit = resolve(query)
    if hit is not None or not isinstance(query, str) or len(query) > 200:
        return hit
    words = _expand(normalize_key(query))
    if not words:
        return None
    return resolve(" ".join(words)) or _stem_match(words)


def suggest(query: str, n: int = 3) -> list[Region]:
    """Regions whose names are closest to a query that matched nothing (for "did you mean")."""
    import difflib

    if not isinstance(query, str) or not query.strip() or len(query) > 200:
        return []
    _, keys = _index()
    q = " ".join(_expand(normalize_key(query)))
    out: list[Region] = []
    for key in difflib.get_close_matches(q, list(keys), n=n * 3, cutoff=0.7):
        region = keys[key]
        if region not in out:
            out.append(region)
    return out[:n]


def regions_in(text: str, max_words: int = 6) -> set[str]:
    """Codes of the regions named anywhere in a short text (a party's name), any case form."""
    return set(_regions_in(text, max_words))


@lru_cache(maxsize=20_000)  # bounds a long-running worker's memory
def _regions_in(text: str, max_words: int) -> frozenset[str]:
    """speed83: ``regions_in`` once per text: the passes ask for the regions of the same
    side's name again for every record it is on ("Управление соцзащиты Тверской области"
    in three records of one page, and on every page of the same site). The
    gazetteer is fixed once loaded, so the answer depends on the text alone; the caller
    gets a set of its own."""
    words = _expand(normalize_key(text))
    found: set[str] = set()
    i = 0
    while i < len(words):
        for size in range(min(max_words, len(words) - i), 0, -1):
            span = words[i:i + size]
            hit = resolve(" ".join(span)) or _stem_match(span)
            if hit is not None:
                found.add(hit.code)
                i += size
                break
        else:
            i += 1
    return frozenset(found)
