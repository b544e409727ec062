"""Filtering stored records: documents, agreements and officials as flat rows.

Filters run in SQL over the flat tables where they can (regions, dates, status, full text)
and in Python over the JSON record for the rest (names, parties). Nothing here imports NLP
libraries at import time; ``--text`` lemmatises its words with pymorphy2 lazily and falls
back to stem-prefix search when pymorphy2 is unavailable.
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from soccoop import gazetteer, identity, isodate
from soccoop.abbreviations import ORGANISATIONS
from soccoop.isodate import parse_bound
from soccoop.models import STATUS_RANK, shown_date
from soccoop.names import fold, name_matches, stem, stems, words
from soccoop.store import Store


class QueryError(ValueError):
    """A filter value that cannot be understood (unknown region, bad date, bad sort key)."""


STATUSES = ("signed", "planned", "mentioned")


def region_code(query: str) -> str:
    """The code of the region a person typed (any case form of any alias); QueryError with
    the closest names when nothing fits."""
    region = gazetteer.lookup(query)
    if region is not None:
        return region.code
    close = gazetteer.suggest(query)
    hint = ("; did you mean " + " or ".join(f"{r.name} ({r.code})" for r in close) + "?"
            if close else "")
    raise QueryError(f"unknown region {query!r}{hint} (see `soccoop regions`)")


# Sort keys per kind; prefix with "-" for descending. Unknown values always sort last.
SORTS: dict[str, tuple[str, ...]] = {
    "documents": ("date", "source", "title", "id", "regions", "agreements", "officials"),
    "agreements": ("date", "status", "source", "reports", "region", "title", "id"),
    "officials": ("name", "date", "source", "region", "organization", "position"),
}


@dataclass
class Filters:
    regions: list[str] = field(default_factory=list)  # region codes; all must appear
    since: str | None = None  # first day, ISO
    until: str | None = None  # last day, ISO
    status: str | None = None
    limit: int | None = None
    officials: list[str] = field(default_factory=list)  # names in any form; all must appear
    parties: list[str] = field(default_factory=list)  # party name parts; all must appear
    text: str | None = None  # full-text query (words, all must appear)
    sort: str | None = None  # one of SORTS[kind], optionally prefixed with "-"
    merge: bool = True  # agreements: one row per distinct agreement

    @classmethod
    def build(
        cls,
        regions: tuple[str, ...] | list[str] = (),
        since: str | None = None,
        until: str | None = None,
        status: str | None = None,
        limit: int | None = None,
        *,
        officials: Iterable[str] = (),
        parties: Iterable[str] = (),
        text: str | None = None,
        sort: str | None = None,
        merge: bool = True,
    ) -> Filters:
        codes = [region_code(q) for q in regions]
        if status is not None:
            status = status.strip().lower()
            if status not in STATUSES:
                raise QueryError(f"unknown status {status!r}; choose from {', '.join(STATUSES)}")
        try:
            lo = parse_bound(since, upper=False) if since else None
            hi = parse_bound(until, upper=True) if until else None
        except ValueError as e:
            raise QueryError(str(e)) from None
        if lo is not None and hi is not None and lo > hi:  # ISO days compare as strings
            raise QueryError(f"--since {since} is after --until {until}: nothing can match")
        if text is not None and not _WORD.findall(text):
            raise QueryError(f"--text {text!r} has no words to search for")
        return cls(codes, lo, hi, status, limit, [o for o in officials if o.strip()],
                   [p for p in parties if p.strip()], text, sort, merge)

    def check_sort(self, kind: str) -> None:
        if self.sort and self.sort.lstrip("-") not in SORTS[kind]:
            raise QueryError(
                f"cannot sort {kind} by {self.sort!r}; choose from {', '.join(SORTS[kind])} "
                "(prefix - for descending)"
            )


# -- full text ------------------------------------------------------------------------------

_WORD = re.compile(r"\w+")
_MORPH: Any = None


def _analyzer() -> Any:
    """pymorphy2, imported only when a --text query needs it; None when unavailable."""
    global _MORPH
    if _MORPH is None:
        try:
            from soccoop.extract.nlp import _patch_pymorphy2

            _patch_pymorphy2()
            import pymorphy2

            _MORPH = pymorphy2.MorphAnalyzer()
        except Exception:  # no pymorphy2 or its dictionaries: prefix search only
            _MORPH = False
    return _MORPH or None


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def fts_query(text: str, lemmatise: Callable[[str], list[str]] | None = None) -> str:
    """An FTS5 query: every word must match as one of its lemmas or by its stem prefix."""
    parts = []
    for word in _WORD.findall(fold(text)):
        alts = {_quote(word)}
        for lemma in lemmatise(word) if lemmatise else []:
            lemma = fold(lemma)
            alts.add(_quote(lemma))
            common = os.path.commonprefix([word, lemma])
            if len(common) >= 4:  # the unlemmatised text: "семинар*" finds "семинары"
                alts.add(_quote(common) + "*")
        s = stem(word)
        if len(s) >= 3:
            alts.add(_quote(s) + "*")
        parts.append("(" + " OR ".join(sorted(alts)) + ")")
    return " AND ".join(parts)


def _lemmas(word: str) -> list[str]:
    morph = _analyzer()
    if morph is None:
        return []
    return list(dict.fromkeys(p.normal_form for p in morph.parse(word)[:3]))


def _text_clause(f: Filters, col: str) -> tuple[list[str], list[Any]]:
    if not f.text:
        return [], []
    return ([f"{col} IN (SELECT doc_id FROM doc_fts WHERE doc_fts MATCH ?)"],
            [fts_query(f.text, _lemmas)])


# -- SQL helpers ----------------------------------------------------------------------------

def _date_clause(f: Filters, lo_col: str, hi_col: str) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if f.since:
        where.append(f"{hi_col} IS NOT NULL AND {hi_col} >= ?")
        params.append(f.since)
    if f.until:
        where.append(f"{lo_col} IS NOT NULL AND {lo_col} <= ?")
        params.append(f.until)
    return where, params


def _in_range(f: Filters, value: str | None) -> bool:
    if not f.since and not f.until:
        return True
    lo, hi = isodate.date_bounds(value)
    if lo is None or hi is None:
        return False
    return (not f.since or hi >= f.since) and (not f.until or lo <= f.until)


def _finish(rows: Iterable[dict[str, Any]], kind: str, f: Filters) -> Iterator[dict[str, Any]]:
    """Sort (materialising only when asked) and limit."""
    if f.sort:
        desc = f.sort.startswith("-")
        key = _SORT_KEYS[kind][f.sort.lstrip("-")]
        known: list[tuple[Any, dict[str, Any]]] = []
        unknown: list[tuple[Any, dict[str, Any]]] = []
        for r in rows:
            k = key(r)
            (unknown if k is None or k == "" else known).append((k, r))
        known.sort(key=lambda kr: kr[0], reverse=desc)
        rows = [r for _, r in known] + [r for _, r in unknown]
    return islice(rows, f.limit) if f.limit is not None else iter(rows)


def _date_key(value: str | None) -> str | None:
    return isodate.date_bounds(value)[0]


# -- parties --------------------------------------------------------------------------------

@dataclass(frozen=True)
class PartyQuery:
    """A --party value: regions it names (codes) and its other words (as stem sets)."""

    regions: frozenset[str]
    words: tuple[frozenset[str], ...]


def _expanded_words(text: str) -> list[str]:
    """Folded words with organisation abbreviations (Минтруд, СФР) written out."""
    out: list[str] = []
    for w in words(text):
        out += ORGANISATIONS.get(w, w).split()
    return out


@functools.lru_cache(maxsize=4096)
def parse_party(query: str) -> PartyQuery:
    """Split a --party value into region names (longest spans first: "Республики Татарстан",
    "РТ", "ХМАО") and plain words ("министерство", "труда")."""
    ws = _expanded_words(query)
    codes: set[str] = set()
    rest: list[frozenset[str]] = []
    i = 0
    while i < len(ws):
        for size in range(min(6, len(ws) - i), 0, -1):
            region = gazetteer.lookup(" ".join(ws[i:i + size]))
            if region is not None:
                codes.add(region.code)
                i += size
                break
        else:
            rest.append(frozenset(stems(ws[i])))
            i += 1
    return PartyQuery(frozenset(codes), tuple(rest))


@functools.lru_cache(maxsize=65536)
def _party_profile(name: str) -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
    """(regions named in a party's name, stem sets of its words)."""
    return (frozenset(gazetteer.regions_in(name)),
            tuple(frozenset(stems(w)) for w in _expanded_words(name)))


def party_matches(query: str, name: str, region: str | None = None) -> bool:
    """Does the party ``name`` (of ``region``) fit ``query``? Every word of the query must be
    a whole word of the name in some case form ("РТ" is not part of "Департамент"), and every
    region the query names must be the party's region or named in its name."""
    q = parse_party(query)
    if not q.regions and not q.words:
        return False
    named, name_words = _party_profile(name)
    if not q.regions <= (named | ({region} if region else set())):
        return False
    return all(any(qw & nw for nw in name_words) for qw in q.words)


def _any_party(q: str, parties: Iterable[dict[str, Any]]) -> bool:
    return any(party_matches(q, p.get("name") or "", p.get("region")) for p in parties)


# -- documents ------------------------------------------------------------------------------

def _doc_matches(rec: dict[str, Any], f: Filters) -> bool:
    for q in f.officials:
        names = [o["name"] for o in rec.get("officials", [])]
        names += [s for a in rec.get("agreements", []) for s in a.get("signatories", [])]
        if not any(name_matches(q, n) for n in names):
            return False
    for q in f.parties:
        if not _any_party(q, (p for a in rec.get("agreements", []) for p in a.get("parties", []))):
            return False
    return True


def _document_clauses(f: Filters, regions: bool = True) -> tuple[list[str], list[Any]]:
    """SQL conditions on a document ``d``: its date, regions, agreement status and text."""
    where, params = _date_clause(f, "d.date_lo", "d.date_hi")
    for code in f.regions if regions else ():
        where.append("d.id IN (SELECT doc_id FROM doc_regions WHERE code = ?)")
        params.append(code)
    if f.status:
        where.append("EXISTS (SELECT 1 FROM agreements a WHERE a.doc_id = d.id AND a.status = ?)")
        params.append(f.status)
    w, p = _text_clause(f, "d.id")
    where += w
    params += p
    return where, params


def documents(store: Store, f: Filters) -> Iterator[dict[str, Any]]:
    """Document records (plus ``copy_of``: the id of the earlier text this one republishes)."""
    where, params = _document_clauses(f)
    sql = "SELECT d.record, d.copy_of FROM documents d"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY d.source, d.id"

    def gen() -> Iterator[dict[str, Any]]:
        for row in store.db.execute(sql, params):
            rec = json.loads(row[0])
            if _doc_matches(rec, f):
                yield {**rec, "copy_of": row[1]}

    return _finish(gen(), "documents", f)


# -- agreements -----------------------------------------------------------------------------

def agreement_reports(store: Store, f: Filters, *, dated: bool = True) -> Iterator[dict[str, Any]]:
    """One row per agreement as one document reports it (``dated``: apply date/status in SQL).

    Each row carries its document's ``published``, ``copy_of`` and ``outlet`` (the record's
    own, when an archive reader stored one; the source otherwise)."""
    where: list[str] = []
    params: list[Any] = []
    if dated:
        where, params = _date_clause(f, "a.date_lo", "a.date_hi")
        if f.status:
            where.append("a.status = ?")
            params.append(f.status)
    for code in f.regions:
        where.append(
            "EXISTS (SELECT 1 FROM agreement_regions r WHERE r.doc_id = a.doc_id"
            " AND r.agreement_id = a.id AND r.code = ?)"
        )
        params.append(code)
    w, p = _text_clause(f, "a.doc_id")
    where += w
    params += p
    sql = ("SELECT a.record, d.id AS doc_id, d.source, d.published, d.copy_of,"
           " json_extract(d.record, '$.outlet') AS outlet FROM agreements a"
           " JOIN documents d ON d.id = a.doc_id")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY d.source, a.rowid"
    for row in store.db.execute(sql, params):
        rec = json.loads(row["record"])
        outlet = row["outlet"] if isinstance(row["outlet"], str) else None
        yield {"document": row["doc_id"], "source": row["source"], **rec,
               "published": row["published"], "copy_of": row["copy_of"],
               "outlet": identity.outlet_of(row["source"], outlet)}


def _agreement_matches(a: dict[str, Any], f: Filters) -> bool:
    for q in f.officials:
        if not any(name_matches(q, s) for s in a.get("signatories", [])):
            return False
    for q in f.parties:
        if not _any_party(q, a.get("parties", [])):
            return False
    return True


def all_agreements(store: Store) -> list[dict[str, Any]]:
    """Every distinct agreement in the store (``soccoop.identity`` over every report).

    Identity is decided before any filter, so an agreement's id and reports are the same
    whatever a listing selects; ``list``, ``show``, ``stats``, ``graph``, ``report`` and
    ``export`` all read this."""
    return identity.identify(agreement_reports(store, Filters(), dated=False))


def _text_documents(store: Store, f: Filters) -> set[str] | None:
    """Ids of the documents the full-text filter selects (None: no such filter)."""
    if not f.text:
        return None
    where, params = _text_clause(f, "d.id")
    return {r[0] for r in store.db.execute(
        "SELECT d.id FROM documents d WHERE " + " AND ".join(where), params)}


def select_agreements(agreements: Iterable[dict[str, Any]], f: Filters,
                      text_docs: set[str] | None = None) -> list[dict[str, Any]]:
    """The merged agreements every filter accepts: status, dates and parties of the merged
    view; regions among its regions; ``text_docs``: one of its reports' documents."""
    return [
        a for a in agreements
        if (not f.status or a["status"] == f.status) and _in_range(f, a["date"])
        and all(c in a["regions"] for c in f.regions)
        and (text_docs is None or any(s["document"] in text_docs for s in a["sources"]))
        and _agreement_matches(a, f)
    ]


def distinct_agreements(store: Store, f: Filters) -> list[dict[str, Any]]:
    """Distinct agreements passing every filter; the filters select agreements, they never
    change which reports form one."""
    return select_agreements(all_agreements(store), f, _text_documents(store, f))


def agreements(store: Store, f: Filters) -> Iterator[dict[str, Any]]:
    if f.merge:
        return _finish(distinct_agreements(store, f), "agreements", f)
    return _finish((r for r in agreement_reports(store, f) if _agreement_matches(r, f)),
                   "agreements", f)


# -- officials ------------------------------------------------------------------------------

def officials(store: Store, f: Filters) -> Iterator[dict[str, Any]]:
    """Officials; --region means the official's own region, or the document's regions when
    the official has none."""
    where, params = _document_clauses(f, regions=False)
    for code in f.regions:
        where.append("(o.region = ? OR ((o.region IS NULL OR o.region = '') AND d.id IN "
                     "(SELECT doc_id FROM doc_regions WHERE code = ?)))")
        params += [code, code]
    sql = ("SELECT o.record, d.id AS doc_id, d.source, d.published FROM officials o "
           "JOIN documents d ON d.id = o.doc_id")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY d.source, o.idx"

    def gen() -> Iterator[dict[str, Any]]:
        for row in store.db.execute(sql, params):
            rec = json.loads(row["record"])
            if not all(name_matches(q, rec.get("name", "")) for q in f.officials):
                continue
            if not all(party_matches(q, rec.get("organization") or "", rec.get("region"))
                       for q in f.parties):
                continue
            yield {"document": row["doc_id"], "source": row["source"], **rec,
                   "published": row["published"]}

    return _finish(gen(), "officials", f)


def region_name(code: str) -> str:
    """The gazetteer name of a region code (the code itself when unknown)."""
    try:
        region = gazetteer.by_code(code)
    except Exception:  # an unknown code must never break a listing
        region = None
    return region.name if region is not None else code


def rows(store: Store, kind: str, f: Filters) -> Iterator[dict[str, Any]]:
    f.check_sort(kind)
    return {"documents": documents, "agreements": agreements, "officials": officials}[kind](
        store, f
    )


def _first(xs: list[Any]) -> Any:
    return xs[0] if xs else None


_SORT_KEYS: dict[str, dict[str, Callable[[dict[str, Any]], Any]]] = {
    "documents": {
        "date": lambda r: _date_key(r.get("published")),
        "source": lambda r: r.get("source"),
        "title": lambda r: fold(r.get("title") or ""),
        "id": lambda r: r.get("id"),
        "regions": lambda r: len(r.get("regions", [])),
        "agreements": lambda r: len(r.get("agreements", [])),
        "officials": lambda r: len(r.get("officials", [])),
    },
    "agreements": {
        "date": lambda r: _date_key(r.get("date") or identity.effective_date(r)),
        "status": lambda r: STATUS_RANK.get(r.get("status", ""), 0),
        "source": lambda r: r.get("source") or (_first(r.get("sources", [])) or {}).get("source"),
        "reports": lambda r: r.get("reports", 1),
        "region": lambda r: _first(r.get("regions", [])),
        "title": lambda r: fold(r.get("title") or ""),
        "id": lambda r: r.get("id"),
    },
    "officials": {
        "name": lambda r: fold(r.get("name") or ""),
        "date": lambda r: _date_key(r.get("published")),
        "source": lambda r: r.get("source"),
        "region": lambda r: r.get("region"),
        "organization": lambda r: fold(r.get("organization") or ""),
        "position": lambda r: fold(r.get("position") or ""),
    },
}


def document_row(rec: dict[str, Any]) -> dict[str, Any]:
    """The short view of a document record for tables."""
    return {
        "id": rec["id"],
        "source": rec["source"],
        "published": rec.get("published"),
        "title": rec.get("title"),
        "regions": [r["code"] for r in rec.get("regions", [])],
        "agreements": len(rec.get("agreements", [])),
        "officials": len(rec.get("officials", [])),
        "copy_of": rec.get("copy_of"),
    }


TABLE_COLUMNS = {
    "documents": ["id", "source", "published", "title", "regions", "agreements", "officials",
                  "copy_of"],
    "agreements": ["id", "status", "date", "parties", "signatories", "regions", "title",
                   "reports", "outlets", "copies"],
    "agreements-reports": ["document", "status", "date", "parties", "signatories", "regions",
                           "title"],
    "officials": ["document", "name", "position", "organization", "region", "source"],
}


def table_row(kind: str, row: dict[str, Any], marks: bool = True) -> dict[str, Any]:
    """The row a table (``marks``) or a CSV shows: parties by name; in a table, a date the
    publication day stands in for says so ("2023-10-27 (published)")."""
    if kind == "documents":
        return document_row(row)
    if kind == "agreements":
        out = {**row, "parties": [p["name"] for p in row.get("parties", [])]}
        if marks and "date" in row:
            out["date"] = shown_date(row)
        return out
    return row


# -- show -----------------------------------------------------------------------------------

def find(store: Store, ident: str) -> dict[str, Any]:
    """A document (id or unique prefix) or an agreement (id or unique prefix) with its text.

    Returns ``{"kind": "document", "record", "text"}`` or ``{"kind": "agreement",
    "agreement", "record", "text", "reports"}``; raises QueryError when nothing or more than
    one thing matches.
    """
    ident = ident.strip()
    if not ident or "%" in ident or "_" in ident:
        raise QueryError(f"no document or agreement with id {ident!r}")
    docs = store.query("SELECT id FROM documents WHERE id = ? OR id LIKE ? LIMIT 3",
                       (ident, ident + "%"))
    agrs = store.query("SELECT DISTINCT id FROM agreements WHERE id = ? OR id LIKE ? LIMIT 3",
                       (ident, ident + "%"))
    exact = [r[0] for r in (*docs, *agrs) if r[0] == ident]
    ids = exact or [r[0] for r in (*docs, *agrs)]
    merged_all: list[dict[str, Any]] | None = None
    if not ids and ident.startswith("a"):  # an agreement id derived on an id clash
        merged_all = all_agreements(store)
        ids = [a["id"] for a in merged_all if a["id"].startswith(ident)]
    if not ids:
        raise QueryError(f"no document or agreement with id {ident!r}")
    if len(set(ids)) > 1:
        raise QueryError(f"id prefix {ident!r} is ambiguous: {', '.join(sorted(set(ids)))}")
    target = ids[0]
    if any(r[0] == target for r in docs):
        row = store.query("SELECT record, text, copy_of FROM documents WHERE id = ?", (target,))[0]
        return {"kind": "document", "record": {**json.loads(row[0]), "copy_of": row[2]},
                "text": row[1]}
    merged_all = merged_all if merged_all is not None else all_agreements(store)
    merged = next((a for a in merged_all if a["id"] == target), None) or next(
        (a for a in merged_all if any(s["agreement"] == target for s in a["sources"])), None)
    if merged is None:  # cannot happen for a stored report; kept as a clear error
        raise QueryError(f"no document or agreement with id {ident!r}")
    # the report shown: this id's own report when it names one, else the agreement's first
    src = next((x for x in merged["sources"] if x["agreement"] == target), merged["sources"][0])
    row = store.query(
        "SELECT a.record, d.record AS doc, d.text FROM agreements a JOIN documents d "
        "ON d.id = a.doc_id WHERE a.id = ? AND a.doc_id = ?", (src["agreement"],
                                                                src["document"]))[0]
    return {"kind": "agreement", "agreement": json.loads(row[0]), "record": json.loads(row[1]),
            "text": row[2], "merged": merged}
