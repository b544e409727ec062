"""Stores that are not what they should be: garbage, truncated, foreign, newer, older.

``list`` and ``ingest`` must refuse the first four with one line naming the file (exit 1)
and leave the file's bytes alone; an older store migrates in place and keeps its data.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from soccoop.cli import cli
from soccoop.models import Evidence, Official, Record, RegionRef, document_id, sha256_text
from soccoop.store import APPLICATION_ID, MIGRATIONS, Store

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "corpus" / "000_5566272fdbdfe05b.txt"


def record_for(text: str, source: str) -> Record:
    sha = sha256_text(text)
    return Record(
        id=document_id(sha), source=source, sha256=sha, title="Заголовок",
        published="2023-09-15",
        regions=[RegionRef("RU-TA", "Республика Татарстан", [Evidence(text[:2], 0, 2)])],
        officials=[Official("Эльмира Зарипова", "министр", None, "RU-TA",
                            Evidence(text[:5], 0, 5))],
    )


def soccoop_store(path: Path, n: int = 20) -> None:
    with Store(path) as s:
        for i in range(n):
            text = f"Документ {i}. " + "Татарстан и Югра подписали соглашение. " * 40
            s.upsert(record_for(text, f"{i}.txt"), text, f"/archive/{i}.txt")


def garbage(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 300)


def truncated(path: Path) -> None:
    soccoop_store(path)
    data = path.read_bytes()
    assert len(data) > 8192
    path.write_bytes(data[: len(data) // 2])


def foreign(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE photos(id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO photos(name) VALUES ('кот.jpg')")
    con.commit()
    con.close()


def newer(path: Path) -> None:
    soccoop_store(path, 1)
    con = sqlite3.connect(path)
    con.execute("INSERT INTO migrations VALUES (?, 'from the future', '2099-01-01')",
                (max(v for v, _, _ in MIGRATIONS) + 1,))
    con.commit()
    con.close()


def empty_header(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)


BAD_STORES: list[tuple[str, Callable[[Path], None], str]] = [
    ("garbage", garbage, "not a usable soccoop store"),
    ("truncated", truncated, "not a usable soccoop store"),
    ("foreign", foreign, "not a soccoop store"),
    ("newer", newer, "newer than this soccoop supports"),
    ("bad-header", empty_header, "not a usable soccoop store"),
]
COMMANDS = [
    ["list", "--format", "jsonl"],
    ["ingest", str(DOC), "--workers", "1"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=["list", "ingest"])
@pytest.mark.parametrize(("kind", "make", "reason"), BAD_STORES, ids=[b[0] for b in BAD_STORES])
def test_unusable_store_is_refused_in_one_line_and_left_untouched(
    tmp_path: Path, kind: str, make: Callable[[Path], None], reason: str, command: list[str]
) -> None:
    path = tmp_path / f"{kind}.db"
    make(path)
    for side in ("-wal", "-shm"):  # the bytes a reader sees are the main file's alone
        Path(f"{path}{side}").unlink(missing_ok=True)
    before = path.read_bytes()
    result = CliRunner().invoke(cli, [*command, "--db", str(path)])
    assert result.exit_code == 1, result.output
    err = result.stderr.strip()
    assert len(err.splitlines()) == 1, err
    assert str(path) in err and reason in err
    assert "Traceback" not in result.output and result.stdout == ""
    assert path.read_bytes() == before


def _build_old_store(path: Path, upto: int) -> str:
    """A store as an older soccoop left it: only the first ``upto`` migrations, one document
    written with plain SQL against that schema."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("BEGIN IMMEDIATE")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
               " applied_at TEXT NOT NULL)")
    for version, name, fn in MIGRATIONS[:upto]:
        fn(db)
        db.execute("INSERT INTO migrations VALUES (?, ?, '2024-01-01T00:00:00+00:00')",
                   (version, name))
    text = "Татарстан и Югра подписали соглашение о сотрудничестве в социальной сфере."
    rec = record_for(text, "old.txt")
    db.execute(
        "INSERT INTO documents(id, source, source_key, sha256, title, published, date_lo,"
        " date_hi, ingested_at, record, text) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (rec.id, rec.source, "/archive/old.txt", rec.sha256, rec.title, rec.published,
         "2023-09-15", "2023-09-15", "2024-01-01T00:00:00+00:00",
         json.dumps(rec.to_dict(), ensure_ascii=False), text),
    )
    db.execute("INSERT INTO doc_regions VALUES (?, 'RU-TA', 1)", (rec.id,))
    db.execute("INSERT INTO officials(doc_id, idx, name, position, organization, region,"
               " record) VALUES (?, 0, 'Эльмира Зарипова', 'министр', NULL, 'RU-TA', '{}')",
               (rec.id,))
    db.execute("COMMIT")
    db.close()
    return rec.id


@pytest.mark.parametrize("upto", range(1, len(MIGRATIONS) + 1))
def test_older_store_migrates_in_place_and_keeps_its_data(tmp_path: Path, upto: int) -> None:
    path = tmp_path / "old.db"
    doc_id = _build_old_store(path, upto)
    con = sqlite3.connect(path)
    tables_before = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    con.close()
    with Store(path) as s:
        assert [m["version"] for m in s.migrations()] == [v for v, _, _ in MIGRATIONS]
        assert s.count() == 1
        assert [r["id"] for r in s.records()] == [doc_id]
        assert s.query("SELECT code FROM doc_regions")[0][0] == "RU-TA"
        assert s.query("SELECT name FROM officials")[0][0] == "Эльмира Зарипова"
        assert s.query("PRAGMA integrity_check")[0][0] == "ok"
        tables = {r[0] for r in s.query("SELECT name FROM sqlite_master")}
        if "doc_fts" in tables - tables_before:  # a migration added search: old docs too
            assert s.query("SELECT doc_id FROM doc_fts")[0][0] == doc_id
    # opening again changes nothing; the CLI lists the old document
    with Store(path) as s:
        assert len(s.migrations()) == len(MIGRATIONS) and s.count() == 1
    result = CliRunner().invoke(cli, ["list", "--format", "jsonl", "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [doc_id]


def test_missing_store_is_not_created_by_list(tmp_path: Path) -> None:
    path = tmp_path / "nothing.db"
    result = CliRunner().invoke(cli, ["list", "--db", str(path)])
    assert result.exit_code == 1 and str(path) in result.stderr
    assert not path.exists()
