"""The SQLite store (``soccoop.store``): upserts are idempotent and replace a changed
source, migrations are recorded once, and a foreign, corrupt, newer or missing file is
refused without being touched or created."""

import sqlite3

import pytest

from soccoop.models import Evidence, Official, Record, RegionRef, document_id, sha256_text
from soccoop.store import APPLICATION_ID, MIGRATIONS, Store, StoreError


def make_record(text="Текст новости.", source="a.txt", region="RU-TA"):
    sha = sha256_text(text)
    return Record(
        id=document_id(sha), source=source, sha256=sha, title="T", published="2023-09-15",
        regions=[RegionRef(region, "Республика Татарстан", [Evidence("РТ", 0, 2)])],
        officials=[Official("Клавдия Новикова", "министр", None, region, Evidence("x", 0, 1))],
    )


def test_upsert_is_idempotent_and_replaces_changed_sources(tmp_path):
    with Store(tmp_path / "s.db") as s:
        r1 = make_record("один")
        assert s.upsert(r1, "один", "/k/a.txt").status == "new"
        assert s.upsert(r1, "один", "/k/a.txt").status == "unchanged"
        r2 = make_record("два")
        assert s.upsert(r2, "два", "/k/a.txt").status == "replaced"
        assert s.count() == 1
        assert [r["id"] for r in s.records()] == [r2.id]
        # same content under another path is a duplicate, not a second record
        assert s.upsert(r2, "два", "/k/b.txt").status == "duplicate"
        assert s.count() == 1
        assert s.query("SELECT count(*) FROM officials")[0][0] == 1
        assert s.query("SELECT count(*) FROM doc_regions")[0][0] == 1


def test_migrations_are_recorded_once(tmp_path):
    path = tmp_path / "s.db"
    Store(path).close()
    with Store(path) as s:
        assert [m["version"] for m in s.migrations()] == [v for v, _, _ in MIGRATIONS]
        assert s.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_foreign_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t(x)")
    con.execute("INSERT INTO t VALUES (1)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a soccoop store"):
        Store(path)
    assert path.read_bytes() == before


def test_corrupt_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "bad.db"
    path.write_bytes(b"this is not a database at all" * 100)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="bad.db"):
        Store(path)
    assert path.read_bytes() == before


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "s.db"
    with Store(path) as s:
        s.db.execute("INSERT INTO migrations VALUES (999, 'future', 'x')")
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_missing_store_is_not_created_for_reads(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "none.db", create=False)
    assert not (tmp_path / "none.db").exists()
