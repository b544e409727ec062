"""The embedded SQLite store.

One JSON record per document (the public contract) plus flat tables the filters need.
Every write happens in a transaction, the database runs in WAL mode so that ``list`` works
while an ingest writes, and schema changes go through ordered, recorded migrations.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from soccoop.isodate import date_bounds
from soccoop.models import SCHEMA_VERSION, Agreement, Record, publication_stand_in
from soccoop.names import fold

APPLICATION_ID = 0x50C0C00F  # marks a file as a soccoop store (PRAGMA application_id)
DEFAULT_DB = "soccoop.db"


class StoreError(Exception):
    """A store that cannot be used: corrupt, foreign, or newer than this soccoop."""


class _Empty(Exception):
    """A store file without a schema yet (perhaps being created right now)."""


def _script(db: sqlite3.Connection, sql: str) -> None:
    """Run DDL statements inside the caller's transaction (executescript would commit)."""
    for stmt in sql.split(";"):
        if stmt.strip():
            db.execute(stmt)


def _m1(db: sqlite3.Connection) -> None:
    _script(
        db,
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            source_key TEXT NOT NULL UNIQUE,
            sha256 TEXT NOT NULL,
            title TEXT,
            published TEXT,
            date_lo TEXT,
            date_hi TEXT,
            ingested_at TEXT NOT NULL,
            record TEXT NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX documents_sha ON documents(sha256);
        CREATE TABLE doc_regions (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            mentions INTEGER NOT NULL,
            PRIMARY KEY (doc_id, code)
        );
        CREATE INDEX doc_regions_code ON doc_regions(code, doc_id);
        CREATE TABLE agreements (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            status TEXT NOT NULL,
            date TEXT,
            date_lo TEXT,
            date_hi TEXT,
            record TEXT NOT NULL,
            PRIMARY KEY (doc_id, id)
        );
        CREATE TABLE agreement_regions (
            doc_id TEXT NOT NULL,
            agreement_id TEXT NOT NULL,
            code TEXT NOT NULL,
            PRIMARY KEY (doc_id, agreement_id, code),
            FOREIGN KEY (doc_id, agreement_id) REFERENCES agreements(doc_id, id)
                ON DELETE CASCADE
        );
        CREATE INDEX agreement_regions_code ON agreement_regions(code);
        CREATE TABLE officials (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            name TEXT NOT NULL,
            position TEXT,
            organization TEXT,
            region TEXT,
            record TEXT NOT NULL,
            PRIMARY KEY (doc_id, idx)
        );
        CREATE INDEX officials_name ON officials(name);
        """
    )


def _m2(db: sqlite3.Connection) -> None:
    """Full-text search over lemmas, near-copy signatures; backfills stored documents."""
    _script(
        db,
        """
        CREATE VIRTUAL TABLE doc_fts USING fts5(doc_id UNINDEXED, lemmas);
        ALTER TABLE documents ADD COLUMN copy_of TEXT;
        ALTER TABLE documents ADD COLUMN minhash BLOB;
        CREATE TABLE doc_bands (
            band TEXT NOT NULL,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            PRIMARY KEY (band, doc_id)
        );
        CREATE INDEX doc_bands_doc ON doc_bands(doc_id);
        CREATE INDEX documents_copy_of ON documents(copy_of)
        """,
    )
    rows = db.execute("SELECT id, text FROM documents ORDER BY ingested_at, rowid").fetchall()
    for row in rows:
        _index_text(db, row[0], row[1], None)


def _rewrite_records(db: sqlite3.Connection,
                     change: Callable[[Record], Iterable[Agreement]]) -> None:
    """Each stored record through ``change`` (in place, in pages of 500 rows): the record
    is stored again and the agreements ``change`` returns get their rows' dates, date
    bounds and JSON (ids kept)."""
    last = -1
    while True:
        rows = db.execute("SELECT rowid, id, record FROM documents WHERE rowid > ?"
                          " ORDER BY rowid LIMIT 500", (last,)).fetchall()
        if not rows:
            return
        for rowid, doc_id, raw in rows:
            last = rowid
            data = json.loads(raw)
            rec = Record.from_dict(data)
            changed = list(change(rec))
            db.execute("UPDATE documents SET record = ? WHERE id = ?",
                       (dumps({**data, **rec.to_dict()}), doc_id))
            for a in changed:
                lo, hi = date_bounds(a.date or rec.published)
                db.execute("UPDATE agreements SET date = ?, date_lo = ?, date_hi = ?, record = ?"
                           " WHERE doc_id = ? AND id = ?",
                           (a.date, lo, hi, dumps(_asdict(a)), doc_id, a.id))


def _m4(db: sqlite3.Connection) -> None:
    """Anchored dates (record schema 2): a stored date without a year takes the year of its
    record's publication day; agreements' dates and date bounds follow (ids kept)."""
    from soccoop.extract.anchor import anchor_record

    def anchored(rec: Record) -> list[Agreement]:
        anchor_record(rec)
        return rec.agreements

    _rewrite_records(db, anchored)


def _m5(db: sqlite3.Connection) -> None:
    """Publication day standing in (record schema 3): a stored signing that its text does
    not date takes its record's publication day, marked ``date_from_published``
    (``models.publication_stand_in``); ids kept, date bounds follow."""

    def stood_in(rec: Record) -> list[Agreement]:
        publication_stand_in(rec.agreements, rec.published)
        rec.schema_version = SCHEMA_VERSION
        return [a for a in rec.agreements if a.date_from_published]

    _rewrite_records(db, stood_in)


class _ShingleSets:
    """Recently indexed documents' shingle sets (as 64-bit hashes), by document id.

    A near-copy check compares a new document with every LSH candidate, and re-reading and
    re-shingling each candidate's text cost more than the rest of the writer. Ids derive
    from the text, so an entry never goes stale. Bounded by the total number of shingles
    (≈ 64 bytes each); the least recently used go first.
    """

    def __init__(self, cap: int = 400_000) -> None:
        from collections import OrderedDict

        self.cap = cap
        self.size = 0
        self.sets: OrderedDict[str, frozenset[int]] = OrderedDict()

    def get(self, doc_id: str) -> frozenset[int] | None:
        got = self.sets.get(doc_id)
        if got is not None:
            self.sets.move_to_end(doc_id)
        return got

    def put(self, doc_id: str, sh: frozenset[int]) -> None:
        if doc_id in self.sets or len(sh) > self.cap:
            return
        self.sets[doc_id] = sh
        self.size += len(sh)
        while self.size > self.cap:
            _, old = self.sets.popitem(last=False)
            self.size -= len(old)


def _hashed(text: str) -> frozenset[int]:
    """A text's shingles as hashes: same Jaccard (barring a 61-bit collision), a fraction of
    the memory. The hashes the MinHash reads (``nearcopy.shingle_hashes``), so a set the
    extraction worker sent with its record compares with one built here (speed88; Python's
    ``hash`` of a string differs from process to process)."""
    from soccoop import nearcopy

    return frozenset(nearcopy.shingle_hashes(text))


def _index_text(
    db: sqlite3.Connection, doc_id: str, text: str, lemmas: str | None,
    sig: list[int] | None = None, seen: _ShingleSets | None = None,
    hashes: bytes | None = None,
) -> None:
    """Full-text row and near-copy signature of one stored document.

    ``sig``: the MinHash signature of ``text`` when the caller computed it (extraction
    workers do); ``seen``: a cache of shingle sets kept across calls; ``hashes``: the
    text's shingle hashes packed (``nearcopy.pack_hashes``), when the worker computed them
    with the signature (speed88: the text is not shingled a second time).

    Constant cost per document however many copies are stored: LSH candidates are grouped
    by copy group (their first document, ``copy_of``), the new text is compared with at most
    ``nearcopy.REPRESENTATIVES`` of each, and a copy joins the band index only while its
    group has fewer representatives than that, so the candidates of the next copy stay few.
    """
    from soccoop import nearcopy

    db.execute("INSERT INTO doc_fts(doc_id, lemmas) VALUES (?, ?)",
               (doc_id, fts_text(lemmas if lemmas is not None else text)))
    own: frozenset[int] | None = None
    if sig is None or len(sig) != nearcopy.NUM_HASHES:
        listed = nearcopy.shingle_hashes(text)
        own = frozenset(listed)
        sig = nearcopy.minhash_of(listed)
    elif hashes is not None:
        own = nearcopy.unpack_hashes(hashes)
    if sig is None:
        return
    keys = nearcopy.bands(sig)
    marks = ",".join("?" * len(keys))
    groups: dict[str, list[str]] = {}
    for cid, copy_of in db.execute(
            "SELECT DISTINCT b.doc_id, d.copy_of FROM doc_bands b JOIN documents d"
            f" ON d.id = b.doc_id WHERE b.band IN ({marks}) AND b.doc_id != ?",
            (*keys, doc_id)):
        groups.setdefault(copy_of or cid, []).append(cid)
    best: tuple[float, str] | None = None
    for root, members in groups.items():
        members.sort(key=lambda c: (c != root, c))  # the group's first document first
        for cid in members[:nearcopy.REPRESENTATIVES]:
            other = seen.get(cid) if seen is not None else None
            if other is None:
                crow = db.execute("SELECT text FROM documents WHERE id = ?", (cid,)).fetchone()
                if crow is None:
                    continue
                other = _hashed(crow[0])
                if seen is not None:
                    seen.put(cid, other)
            if own is None:
                own = _hashed(text)
            j = nearcopy.jaccard(own, other)
            if j >= nearcopy.COPY_THRESHOLD and (best is None or j > best[0]):
                best = (j, root)
    representative = best is None or len(groups[best[1]]) < nearcopy.REPRESENTATIVES
    db.execute("UPDATE documents SET minhash = ?, copy_of = ? WHERE id = ?",
               (nearcopy.pack(sig), best[1] if best else None, doc_id))
    if representative:
        if seen is not None:
            seen.put(doc_id, own if own is not None else _hashed(text))
        db.executemany("INSERT OR IGNORE INTO doc_bands(band, doc_id) VALUES (?, ?)",
                       [(k, doc_id) for k in keys])


def fts_text(text: str) -> str:
    """What the full-text index holds: lower case, ё folded to е (``names.fold``, the form
    every comparison uses)."""
    return fold(text)


def _m3(db: sqlite3.Connection) -> None:
    """Other sources of a stored text (identical files are stored once): when the stored
    source changes, the text stays stored under one of them."""
    _script(
        db,
        """
        CREATE TABLE doc_aliases (
            source_key TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE
        );
        CREATE INDEX doc_aliases_doc ON doc_aliases(doc_id)
        """,
    )


# Ordered migrations: (version, name, function). Append only; never edit a released one.
MIGRATIONS: list[tuple[int, str, Callable[[sqlite3.Connection], None]]] = [
    (1, "initial schema", _m1),
    (2, "full-text search and near-copy signatures", _m2),
    (3, "other sources of identical texts", _m3),
    (4, "dates anchored to the publication day (record schema 2)", _m4),
    (5, "publication day standing in for undated signings (record schema 3)", _m5),
]


def _check_path(path: str, create: bool) -> None:
    """Name the real reason a store cannot be opened: a missing directory, a missing file,
    a directory in its place, no permission."""
    if path == ":memory:":
        return
    if not path:
        raise StoreError(f"{path!r}: an empty store path; give a file name (--db, SOCCOOP_DB)")
    p = Path(path)
    parent = p.parent if str(p.parent) else Path(".")
    if not parent.is_dir():
        raise StoreError(f"{path}: directory {str(parent)!r} does not exist")
    if not p.exists():
        if not create:
            raise StoreError(f"{path}: no such store (run `soccoop ingest` first)")
        if not os.access(parent, os.W_OK | os.X_OK):
            raise StoreError(f"{path}: cannot create the store (no write permission on "
                             f"directory {str(parent)!r})")
        return
    if p.is_dir():
        raise StoreError(f"{path}: is a directory, not a soccoop store")
    if not os.access(p, os.R_OK):
        raise StoreError(f"{path}: cannot read the store (permission denied)")
    if create and not os.access(p, os.W_OK):
        raise StoreError(f"{path}: cannot write the store (permission denied or a read-only "
                         "medium)")


def _connect_readonly(path: str) -> sqlite3.Connection:
    """A connection that writes nothing. SQLite opens a WAL store read-only only when its
    -shm index exists or can be created; on a read-only medium without one, open it as
    immutable (nothing else can be writing to such a medium)."""
    from urllib.parse import quote

    uri = "file:" + quote(os.path.abspath(path)) if path != ":memory:" else "file::memory:"
    last: sqlite3.Error | None = None
    for params in ("?mode=ro", "?mode=ro&immutable=1"):
        db = None
        try:
            db = sqlite3.connect(uri + params, uri=True, timeout=60, isolation_level=None)
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA busy_timeout = 60000")
            db.execute("PRAGMA query_only = ON")
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return db
        except sqlite3.OperationalError as e:
            if db is not None:
                db.close()
            last = e
            if "unable to open" not in str(e) and "readonly" not in str(e):
                raise
    assert last is not None
    raise last


def _rollback(db: sqlite3.Connection) -> None:
    """Undo the open transaction, if any: a signal may arrive after COMMIT already ran."""
    if db.in_transaction:
        db.execute("ROLLBACK")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class UpsertResult:
    status: str  # "new", "unchanged", "replaced", "duplicate"
    doc_id: str
    other_source: str | None = None


class Store:
    def __init__(self, path: str | os.PathLike[str], *, create: bool = True,
                 readonly: bool = False) -> None:
        """Open (``create``: or create) a store. ``readonly``: never write, not even the WAL
        index, so reading works on a read-only medium; used by every read command."""
        self.path = str(path)
        self.readonly = readonly
        self._seen = _ShingleSets()
        _check_path(self.path, create and not readonly)
        try:
            if readonly:
                self._open_readonly()
                return
            self.db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA busy_timeout = 60000")
            self._open_retrying()
            self.db.execute("PRAGMA foreign_keys = ON")
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.path}: not a usable soccoop store ({e})") from None

    def _open_readonly(self, timeout: float = 5.0) -> None:
        """Open read-only, waiting a little while an ingest creates the store (the file
        exists before its schema commits) or switches it to WAL."""
        import time

        deadline = time.monotonic() + timeout
        while True:
            self.db = _connect_readonly(self.path)
            try:
                self._check_readonly()
                return
            except (_Empty, sqlite3.OperationalError) as e:
                self.db.close()
                transient = isinstance(e, _Empty) or "locked" in str(e) or "busy" in str(e)
                if not transient or time.monotonic() > deadline:
                    if isinstance(e, _Empty):
                        raise StoreError(str(e)) from None
                    raise
                time.sleep(0.05)
            except BaseException:
                self.db.close()
                raise

    def _check_readonly(self) -> None:
        db = self.db
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID and not db.execute(
                "SELECT 1 FROM sqlite_master LIMIT 1").fetchone():
            raise _Empty(f"{self.path}: an empty store (an ingest is creating it or never "
                         "got going; run `soccoop ingest`)")
        if app_id != APPLICATION_ID:
            raise StoreError(
                f"{self.path}: not a soccoop store (an SQLite database of something else); "
                "refusing to touch it")
        done = {r[0] for r in db.execute("SELECT version FROM migrations")}
        known = {v for v, _, _ in MIGRATIONS}
        if done - known:
            raise StoreError(
                f"{self.path}: store schema version {max(done)} is newer than this soccoop "
                f"supports ({max(known)}); upgrade soccoop")
        if known - done:
            raise StoreError(
                f"{self.path}: store schema version {max(done, default=0)} is older than this "
                f"soccoop ({max(known)}); run `soccoop ingest` on it once to migrate it")

    # -- schema ----------------------------------------------------------------------------
    def _open_retrying(self, timeout: float = 60.0) -> None:
        """Check/migrate, retrying while another process creates or migrates the same store:
        switching to WAL and WAL recovery can report "locked" without waiting on busy_timeout
        (two ingests started together on a new store)."""
        import time

        deadline = time.monotonic() + timeout
        while True:
            try:
                self._check_and_migrate()
                return
            except sqlite3.OperationalError as e:
                transient = "locked" in str(e) or "busy" in str(e)
                if not transient or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _check_and_migrate(self) -> None:
        db = self.db
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if app_id != APPLICATION_ID and tables:
            raise StoreError(
                f"{self.path}: not a soccoop store (an SQLite database of something else); "
                "refusing to touch it"
            )
        if self.path != ":memory:":
            db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(
                "CREATE TABLE IF NOT EXISTS migrations ("
                "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
            done = {r[0] for r in db.execute("SELECT version FROM migrations")}
            known = {v for v, _, _ in MIGRATIONS}
            if done - known:
                raise StoreError(
                    f"{self.path}: store schema version {max(done)} is newer than this "
                    f"soccoop supports ({max(known)}); upgrade soccoop"
                )
            for version, name, fn in MIGRATIONS:
                if version not in done:
                    fn(db)
                    db.execute(
                        "INSERT INTO migrations(version, name, applied_at) VALUES (?,?,?)",
                        (version, name, _now()),
                    )
            db.execute("COMMIT")
        except BaseException:
            _rollback(db)
            raise

    def migrations(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.db.execute("SELECT * FROM migrations ORDER BY version")]

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writes ----------------------------------------------------------------------------
    def status_of(self, source_key: str, sha256: str) -> UpsertResult | None:
        """What storing this content under this key would do, without extracting first."""
        row = self.db.execute(
            "SELECT id, sha256 FROM documents WHERE source_key = ?", (source_key,)
        ).fetchone()
        if row is not None and row["sha256"] == sha256:
            return UpsertResult("unchanged", row["id"])
        other = self.db.execute(
            "SELECT id, source FROM documents WHERE sha256 = ? AND source_key != ?",
            (sha256, source_key),
        ).fetchone()
        if other is not None:
            return UpsertResult("duplicate", other["id"], other["source"])
        return None

    def upsert(
        self, record: Record, text: str, source_key: str, lemmas: str | None = None
    ) -> UpsertResult:
        """Store one document in one transaction; a changed source replaces its old record.

        ``lemmas`` (space-joined lemmas of the text) feed full-text search; without them the
        lower-cased text is indexed.
        """
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            pre = self.status_of(source_key, record.sha256)
            if pre is not None:
                if pre.status == "duplicate":
                    self._note_duplicate(source_key, record.source, pre.doc_id)
                db.execute("COMMIT")
                return pre
            old = db.execute(
                "SELECT id FROM documents WHERE source_key = ?", (source_key,)
            ).fetchone()
            if old is not None:
                self._retire(old["id"], source_key)
            db.execute("DELETE FROM doc_aliases WHERE source_key = ?", (source_key,))
            self._insert(record, text, source_key, lemmas)
            db.execute("COMMIT")
        except BaseException:
            _rollback(db)
            raise
        return UpsertResult("replaced" if old is not None else "new", record.id)

    def record_duplicate(self, source_key: str, source: str, doc_id: str) -> None:
        """Note that ``source`` holds the same text as stored document ``doc_id``, so the
        text stays stored when the document's own source changes. A document this source
        held before goes (kept if another source still holds it)."""
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            self._note_duplicate(source_key, source, doc_id)
            db.execute("COMMIT")
        except BaseException:
            _rollback(db)
            raise

    def _note_duplicate(self, source_key: str, source: str, doc_id: str) -> None:
        db = self.db
        old = db.execute("SELECT id FROM documents WHERE source_key = ? AND id != ?",
                         (source_key, doc_id)).fetchone()
        if old is not None:
            self._retire(old["id"], source_key)
        if db.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone():
            db.execute("INSERT OR REPLACE INTO doc_aliases(source_key, source, doc_id)"
                       " VALUES (?, ?, ?)", (source_key, source, doc_id))

    def _retire(self, doc_id: str, source_key: str) -> None:
        """``source_key`` no longer holds document ``doc_id``: hand the document to another
        source with the same text when there is one, else delete it."""
        db = self.db
        alias = db.execute(
            "SELECT source_key, source FROM doc_aliases WHERE doc_id = ? AND source_key != ?"
            " ORDER BY rowid LIMIT 1", (doc_id, source_key)).fetchone()
        if alias is not None:
            row = db.execute("SELECT record FROM documents WHERE id = ?", (doc_id,)).fetchone()
            rec = {**json.loads(row[0]), "source": alias["source"]}
            db.execute("DELETE FROM doc_aliases WHERE source_key = ?", (alias["source_key"],))
            db.execute("UPDATE documents SET source_key = ?, source = ?, record = ? WHERE id = ?",
                       (alias["source_key"], alias["source"], dumps(rec), doc_id))
            return
        db.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
        db.execute("DELETE FROM doc_fts WHERE doc_id = ?", (doc_id,))
        db.execute("UPDATE documents SET copy_of = NULL WHERE copy_of = ?", (doc_id,))

    def _insert(
        self, record: Record, text: str, source_key: str, lemmas: str | None = None
    ) -> None:
        db = self.db
        lo, hi = date_bounds(record.published)
        db.execute(
            "INSERT INTO documents(id, source, source_key, sha256, title, published, date_lo,"
            " date_hi, ingested_at, record, text) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (record.id, record.source, source_key, record.sha256, record.title,
             record.published, lo, hi, _now(), dumps(record.to_dict()), text),
        )
        db.executemany(
            "INSERT INTO doc_regions(doc_id, code, mentions) VALUES (?,?,?)",
            [(record.id, r.code, len(r.mentions)) for r in record.regions],
        )
        for a in record.agreements:
            alo, ahi = date_bounds(a.date or record.published)
            db.execute(
                "INSERT OR REPLACE INTO agreements(doc_id, id, status, date, date_lo, date_hi,"
                " record) VALUES (?,?,?,?,?,?,?)",
                (record.id, a.id, a.status, a.date, alo, ahi, dumps(_asdict(a))),
            )
            db.executemany(
                "INSERT OR IGNORE INTO agreement_regions(doc_id, agreement_id, code)"
                " VALUES (?,?,?)",
                [(record.id, a.id, c) for c in a.regions],
            )
        db.executemany(
            "INSERT INTO officials(doc_id, idx, name, position, organization, region, record)"
            " VALUES (?,?,?,?,?,?,?)",
            [(record.id, i, o.name, o.position, o.organization, o.region, dumps(_asdict(o)))
             for i, o in enumerate(record.officials)],
        )
        _index_text(db, record.id, text, lemmas, record.minhash, self._seen,
                    record.shingles)

    # -- reads -----------------------------------------------------------------------------
    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM documents").fetchone()[0])

    def records(self, doc_ids: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
        if doc_ids is None:
            cur = self.db.execute("SELECT record FROM documents ORDER BY source")
            for row in cur:
                yield json.loads(row[0])
            return
        for doc_id in doc_ids:
            row = self.db.execute("SELECT record FROM documents WHERE id = ?",
                                  (doc_id,)).fetchone()
            if row is not None:
                yield json.loads(row[0])

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        return self.db.execute(sql, tuple(params)).fetchall()


def _asdict(obj: Any) -> dict[str, Any]:
    from dataclasses import asdict

    return asdict(obj)


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=False)
