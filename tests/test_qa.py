"""Regressions found by QA of the merged CLI, used as a new user would use it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


def _soccoop(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "soccoop", *args], capture_output=True,
                          env={**os.environ, **(env or {})}, timeout=120)


@pytest.mark.slow
@pytest.mark.parametrize("env", [{"PYTHONIOENCODING": "ascii"},
                                 {"PYTHONIOENCODING": "latin-1"},
                                 {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0"}])
@pytest.mark.parametrize("args", [["list"], ["list", "--format", "csv"],
                                  ["report", "--html", "-"], ["export", "--format", "jsonl", "-"]])
def test_output_is_utf8_whatever_the_locale(ingested_corpus, env, args):
    store, _ = ingested_corpus
    proc = _soccoop(*args, "--db", str(store), env=env)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in proc.stderr
    text = proc.stdout.decode("utf-8")  # strict: the bytes are UTF-8
    assert "Татарстан" in text
    if args == ["list"]:
        assert all(json.loads(line)["id"] for line in text.splitlines())


@pytest.mark.parametrize("statement", ["attach '{d}/other.db' as other",
                                       "vacuum into '{d}/copy.db'",
                                       "pragma journal_mode = delete"])
def test_sql_writes_no_other_file_and_keeps_the_journal(ingested_corpus, tmp_path, statement):
    from click.testing import CliRunner

    from soccoop.cli import cli

    store, _ = ingested_corpus
    before = store.read_bytes()
    result = CliRunner().invoke(cli, ["sql", statement.format(d=tmp_path), "--db", str(store)])
    assert result.exit_code == 1
    assert result.stderr == ("Error: sql: the store is opened read-only: only queries "
                             "(SELECT, WITH ...) run\n")
    assert list(tmp_path.iterdir()) == []
    assert store.read_bytes() == before
    journal = CliRunner().invoke(cli, ["sql", "pragma journal_mode", "--db", str(store)])
    assert journal.stdout == '{"journal_mode": "wal"}\n'


def test_warc_record_without_headers_is_named_not_warcio_internals(tmp_path, db):
    from click.testing import CliRunner

    from soccoop.cli import cli

    warc = tmp_path / "bad.warc"
    warc.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nab")
    result = CliRunner().invoke(cli, ["ingest", str(warc), "--workers", "1"])
    assert result.exit_code == 1
    assert result.stderr == f"error: {warc}#1: invalid WARC record: malformed record headers\n"


@pytest.mark.parametrize("name,data", [("header.csv", b"url,title,text\n"),
                                       ("blank.jsonl", b"\n  \n\n"),
                                       ("empty.zip", b"PK\x05\x06" + b"\0" * 18)])
def test_collection_without_records_is_an_error(tmp_path, db, name, data):
    from click.testing import CliRunner

    from soccoop.cli import cli

    path = tmp_path / name
    path.write_bytes(data)
    result = CliRunner().invoke(cli, ["ingest", str(path), "--workers", "1"])
    assert result.exit_code == 1
    assert result.stderr == f"error: {path}: no records in it\n"


@pytest.mark.parametrize("args", [["export", "--format", "sqlite", "{db}", "--force"],
                                  ["export", "--format", "jsonl", "{db}", "--force"],
                                  ["report", "--html", "{db}", "--force"],
                                  ["graph", "-o", "{db}", "--force"],
                                  ["export", "--format", "sqlite", "{db}-wal", "--force"]])
def test_no_output_overwrites_the_store_even_with_force(ingested_corpus, tmp_path, args):
    import shutil

    from click.testing import CliRunner

    from soccoop.cli import cli

    shared, _ = ingested_corpus
    store = tmp_path / "store.db"
    shutil.copy(shared, store)  # a copy: without the fix the store is lost
    before = store.read_bytes()
    argv = [a.format(db=store) for a in args] + ["--db", str(store)]
    result = CliRunner().invoke(cli, argv)
    assert result.exit_code == 1
    assert result.stderr == f"Error: {argv[-4]}: is the store (--db); write to another file\n"
    assert store.read_bytes() == before
    assert CliRunner().invoke(cli, ["list", "--db", str(store)]).stdout.count("\n") == 5


@pytest.mark.parametrize("command", ["list", "stats", "graph"])
def test_since_after_until_is_a_usage_error(db, command):
    from click.testing import CliRunner

    from soccoop.cli import cli

    result = CliRunner().invoke(cli, [command, "--since", "2024", "--until", "2023-12-31"])
    assert result.exit_code == 2
    assert result.stderr == "Error: --since 2024 is after --until 2023-12-31: nothing can match\n"


@pytest.mark.slow
def test_ingest_does_not_read_its_own_output_or_store(tmp_path):
    import shutil

    from click.testing import CliRunner
    from conftest import CORPUS

    from soccoop.cli import cli

    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    out, store = corpus / "new.txt", corpus / "store.db"
    result = CliRunner().invoke(cli, ["ingest", str(corpus), "--glob", "*", "-o", str(out),
                                      "--db", str(store), "--workers", "1"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(list(CORPUS.iterdir()))
    listed = CliRunner().invoke(cli, ["list", "--db", str(store)])
    assert sorted(json.loads(line)["source"] for line in listed.stdout.splitlines()) == sorted(
        str(corpus / p.name) for p in CORPUS.iterdir())


@pytest.mark.parametrize("name,args", [("dump.jsonl", ["--format", "warc"]),
                                       ("crawl.warc", [])])
def test_text_read_as_warc_is_one_error_not_warcio_warnings(tmp_path, db, name, args):
    from click.testing import CliRunner

    from soccoop.cli import cli

    path = tmp_path / name
    path.write_text('{"text": "Минтруд Татарстана и Югры подписали соглашение."}\n{broken\n',
                    encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", str(path), *args, "--workers", "1"])
    assert result.exit_code == 1
    assert result.stderr == (f"error: {path}: not a WARC or ARC file (no 'WARC/' or "
                             "'filedesc://' at its start)\n")


@pytest.mark.parametrize("kind,fields", [("agreements", ["reports", "outlets", "copies"]),
                                         ("officials", ["document", "source"])])
def test_csv_rows_carry_the_counts_and_sources_of_json(ingested_corpus, kind, fields):
    import csv
    import io

    from click.testing import CliRunner

    from soccoop.cli import cli

    store, _ = ingested_corpus
    runner = CliRunner()
    as_json = [json.loads(line) for line in runner.invoke(
        cli, ["list", "--kind", kind, "--db", str(store)]).stdout.splitlines()]
    as_csv = list(csv.DictReader(io.StringIO(runner.invoke(
        cli, ["list", "--kind", kind, "--format", "csv", "--db", str(store)]).stdout)))
    assert as_json and len(as_csv) == len(as_json)
    assert [[str(r[f]) for f in fields] for r in as_csv] == [
        [str(r[f]) for f in fields] for r in as_json]


@pytest.mark.parametrize("content,reason", [
    ("{broken", "invalid JSON (Expecting property name enclosed in double quotes: line 1 "
                "column 2 (char 1))"),
    ("[1, 2]", "not a JSON object but list"),
    ('{"regions": 5}', "'regions' is not a list of strings"),
    ('{"officials": ["Новикова"]}', "'officials' is not a list of objects"),
])
def test_broken_gold_file_is_named_not_skipped_or_a_traceback(tmp_path, db, content, reason):
    from click.testing import CliRunner

    from soccoop.cli import cli

    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.json").write_text('{"regions": ["Республика Татарстан"]}', encoding="utf-8")
    (gold / "b.json").write_text(content, encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(gold)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {gold}: cannot read gold: b.json: {reason}\n"


def test_a_fifo_in_a_directory_is_reported_not_waited_on(tmp_path):
    from soccoop.readers import InputError, discover

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Текст", encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    found = list(discover([str(folder)], None))
    assert found[0] == str(folder / "a.txt")
    assert [str(e) for e in found[1:] if isinstance(e, InputError)] == [
        f"{folder / 'pipe.txt'}: not a regular file (a pipe or device)"]
    assert len(found) == 2


@pytest.mark.parametrize("command", [["list"], ["ingest", "-"]])
def test_an_empty_db_path_is_named_as_such(command):
    from click.testing import CliRunner

    from soccoop.cli import cli

    result = CliRunner().invoke(cli, [*command, "--db", ""], input="")
    assert result.exit_code == 1
    assert result.stderr == ("Error: '': an empty store path; give a file name "
                             "(--db, SOCCOOP_DB)\n")
