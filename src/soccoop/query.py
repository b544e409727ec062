"""Filtering stored records: documents, agreements and officials as flat rows.

Filters run in SQL over the flat tables where they can (regions, dates, status) and the
JSON record carries the rest. Nothing here imports NLP libraries.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from soccoop import gazetteer
from soccoop.isodate import parse_bound
from soccoop.store import Store

KINDS = ("documents", "agreements", "officials")


class QueryError(ValueError):
    """A filter value that cannot be understood (unknown region, bad date)."""


@dataclass
class Filters:
    regions: list[str] = field(default_factory=list)  # region codes; all must appear
    since: str | None = None  # first day, ISO
    until: str | None = None  # last day, ISO
    status: str | None = None
    limit: int | None = None

    @classmethod
    def build(
        cls,
        regions: tuple[str, ...] | list[str] = (),
        since: str | None = None,
        until: str | None = None,
        status: str | None = None,
        limit: int | None = None,
    ) -> Filters:
        codes = []
        for q in regions:
            region = gazetteer.resolve(q)
            if region is None:
                raise QueryError(f"unknown region {q!r} (see `soccoop regions`)")
            codes.append(region.code)
        try:
            lo = parse_bound(since, upper=False) if since else None
            hi = parse_bound(until, upper=True) if until else None
        except ValueError as e:
            raise QueryError(str(e)) from None
        return cls(codes, lo, hi, status, limit)


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


def _limit(sql: str, params: list[Any], f: Filters) -> tuple[str, list[Any]]:
    if f.limit is not None:
        sql += " LIMIT ?"
        params.append(f.limit)
    return sql, params


def documents(store: Store, f: Filters) -> Iterator[dict[str, Any]]:
    where, params = _date_clause(f, "d.date_lo", "d.date_hi")
    for code in f.regions:
        where.append("EXISTS (SELECT 1 FROM doc_regions r WHERE r.doc_id = d.id AND r.code = ?)")
        params.append(code)
    if f.status:
        where.append("EXISTS (SELECT 1 FROM agreements a WHERE a.doc_id = d.id AND a.status = ?)")
        params.append(f.status)
    sql = "SELECT d.record FROM documents d"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY d.source"
    sql, params = _limit(sql, params, f)
    for row in store.db.execute(sql, params):
        yield json.loads(row[0])


def agreements(store: Store, f: Filters) -> Iterator[dict[str, Any]]:
    where, params = _date_clause(f, "a.date_lo", "a.date_hi")
    for code in f.regions:
        where.append(
            "EXISTS (SELECT 1 FROM agreement_regions r WHERE r.doc_id = a.doc_id"
            " AND r.agreement_id = a.id AND r.code = ?)"
        )
        params.append(code)
    if f.status:
        where.append("a.status = ?")
        params.append(f.status)
    sql = ("SELECT a.record, d.id AS doc_id, d.source FROM agreements a "
           "JOIN documents d ON d.id = a.doc_id")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY d.source, a.rowid"
    sql, params = _limit(sql, params, f)
    for row in store.db.execute(sql, params):
        rec = json.loads(row["record"])
        yield {"document": row["doc_id"], "source": row["source"], **rec}


def officials(store: Store, f: Filters) -> Iterator[dict[str, Any]]:
    where, params = _date_clause(f, "d.date_lo", "d.date_hi")
    for code in f.regions:
        where.append("EXISTS (SELECT 1 FROM doc_regions r WHERE r.doc_id = d.id AND r.code = ?)")
        params.append(code)
    sql = ("SELECT o.record, d.id AS doc_id, d.source FROM officials o "
           "JOIN documents d ON d.id = o.doc_id")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY d.source, o.idx"
    sql, params = _limit(sql, params, f)
    for row in store.db.execute(sql, params):
        rec = json.loads(row["record"])
        yield {"document": row["doc_id"], "source": row["source"], **rec}


def rows(store: Store, kind: str, f: Filters) -> Iterator[dict[str, Any]]:
    return {"documents": documents, "agreements": agreements, "officials": officials}[kind](
        store, f
    )


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
    }


TABLE_COLUMNS = {
    "documents": ["id", "source", "published", "title", "regions", "agreements", "officials"],
    "agreements": ["document", "status", "date", "parties", "signatories", "regions", "title"],
    "officials": ["document", "name", "position", "organization", "region"],
}


def table_row(kind: str, row: dict[str, Any]) -> dict[str, Any]:
    if kind == "documents":
        return document_row(row)
    if kind == "agreements":
        return {**row, "parties": [p["name"] for p in row.get("parties", [])]}
    return row
