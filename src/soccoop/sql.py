"""``soccoop sql``: read-only SQL over the store's tables and a few convenience views.

The store is opened read-only (``mode=ro``, ``PRAGMA query_only``), so a statement that
writes fails whatever it is. The views are TEMP views created on this connection only:
nothing is added to the store.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

from soccoop import gazetteer
from soccoop.store import Store


class SQLError(ValueError):
    """A statement SQLite refused, with its reason."""


# name → (kind, columns and meaning); shown by ``soccoop sql --tables`` and in the README.
TABLES: dict[str, tuple[str, str]] = {
    "documents": ("table", "id, source, sha256, title, published, date_lo, date_hi, "
                           "ingested_at, record (JSON), text, copy_of"),
    "doc_regions": ("table", "doc_id, code, mentions: regions each document names"),
    "agreements": ("table", "doc_id, id, status, date, date_lo, date_hi, record (JSON): "
                            "one row per agreement as one document reports it"),
    "agreement_regions": ("table", "doc_id, agreement_id, code"),
    "officials": ("table", "doc_id, idx, name, position, organization, region, record (JSON)"),
    "doc_fts": ("table", "doc_id, lemmas: FTS5 full-text index (MATCH)"),
    "gazetteer": ("view", "code, name, number, district: the 89 federal subjects"),
    "agreement_parties": ("view", "doc_id, agreement_id, status, date, party, party_region: "
                                  "one row per party of each reported agreement"),
    "agreement_signatories": ("view", "doc_id, agreement_id, status, date, signatory"),
}

_VIEWS = [
    "CREATE TEMP TABLE gazetteer (code TEXT PRIMARY KEY, name TEXT, number TEXT, district TEXT)",
    "CREATE TEMP VIEW agreement_parties AS SELECT a.doc_id, a.id AS agreement_id, a.status, "
    "a.date, json_extract(p.value, '$.name') AS party, json_extract(p.value, '$.region') AS "
    "party_region FROM agreements a, json_each(a.record, '$.parties') p",
    "CREATE TEMP VIEW agreement_signatories AS SELECT a.doc_id, a.id AS agreement_id, "
    "a.status, a.date, s.value AS signatory FROM agreements a, "
    "json_each(a.record, '$.signatories') s",
]


def _prepare(db: sqlite3.Connection) -> None:
    db.execute("PRAGMA query_only = OFF")  # temp objects only; the store stays mode=ro
    try:
        for stmt in _VIEWS:
            db.execute(stmt)
        db.executemany("INSERT INTO temp.gazetteer VALUES (?,?,?,?)",
                       [(r.code, r.name, r.number, r.district) for r in gazetteer.load()])
    finally:
        db.execute("PRAGMA query_only = ON")


def _no_files(action: int, arg1: str | None, arg2: str | None, db: str | None,
              trigger: str | None) -> int:
    """Refuse ATTACH (also the one inside ``VACUUM INTO``) and DETACH: ``mode=ro`` covers
    the store only, and ATTACH would create or change another database file. Setting the
    journal mode is refused too (SQLite would only say "disk I/O error")."""
    if action in (sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH):
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_PRAGMA and arg1 == "journal_mode" and arg2 is not None:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def run(store: Store, statement: str, params: tuple[Any, ...] = ()
        ) -> tuple[list[str], Iterator[dict[str, Any]]]:
    """Column names and rows (as dicts) of one read-only statement."""
    if not store.readonly:
        raise SQLError("soccoop sql needs a store opened read-only")
    _prepare(store.db)
    store.db.set_authorizer(_no_files)
    try:
        cur = store.db.execute(statement, params)
    except sqlite3.Error as e:
        msg = str(e)
        if ("readonly" in msg or "read-only" in msg or "query_only" in msg
                or "not authorized" in msg or "authorization denied" in msg):
            msg = "the store is opened read-only: only queries (SELECT, WITH ...) run"
        raise SQLError(msg) from None
    columns = [d[0] for d in cur.description or ()]

    def gen() -> Iterator[dict[str, Any]]:
        try:
            for row in cur:
                yield dict(zip(columns, tuple(row), strict=True))
        except sqlite3.Error as e:
            raise SQLError(str(e)) from None

    return columns, gen()
