"""The CLI as a user meets it: exact outputs and exit codes."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import CORPUS

from soccoop.cli import cli

TATARSTAN_YUGRA = {"000_5566272fdbdfe05b", "001_a88d63b785f5f045"}


def run(*args: str, db=None, input=None):
    argv = list(args) + (["--db", str(db)] if db is not None else [])
    return CliRunner().invoke(cli, argv, input=input)


def stems(result) -> set[str]:
    return {json.loads(line)["source"].rsplit("/", 1)[-1].removesuffix(".txt")
            for line in result.stdout.splitlines()}


@pytest.mark.parametrize("command", ["ingest", "list", "regions", "eval"])
def test_every_command_has_help_with_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.stdout


def test_region_filter_accepts_every_alias(ingested_corpus):
    store, _ = ingested_corpus
    for alias in ["ХМАО", "Югра", "RU-KHM", "ru-khm", "Ханты-Мансийский автономный округ — Югра"]:
        result = run("list", "--region", alias, db=store)
        assert result.exit_code == 0, result.output
        assert stems(result) == TATARSTAN_YUGRA, alias


def test_two_regions_must_both_appear(ingested_corpus):
    store, _ = ingested_corpus
    result = run("list", "--region", "ЛНР", "--region", "Москва", db=store)
    assert stems(result) == {"004_2eed3e24b4fc0ef3"}


def test_officials_include_novikova_as_minister(ingested_corpus):
    store, _ = ingested_corpus
    result = run("list", "--kind", "officials", db=store)
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    novikova = [r for r in rows if r["name"] == "Клавдия Новикова"]
    assert novikova and "министр" in novikova[0]["position"]
    assert all({"document", "source", "evidence"} <= r.keys() for r in rows)


def test_json_and_csv_formats(ingested_corpus):
    store, _ = ingested_corpus
    as_json = json.loads(run("list", "--format", "json", db=store).stdout)
    assert len(as_json) == 5
    as_csv = run("list", "--format", "csv", db=store).stdout.splitlines()
    assert as_csv[0] == "id,source,published,title,regions,agreements,officials,copy_of"
    assert len(as_csv) == 6


def test_status_and_date_filters(ingested_corpus):
    store, _ = ingested_corpus
    rows = [json.loads(x) for x in
            run("list", "--kind", "agreements", "--status", "signed", db=store).stdout.splitlines()]
    assert rows and all(r["status"] == "signed" for r in rows)
    result = run("list", "--since", "2023-01", "--until", "2023-12-31", db=store)
    assert stems(result) == {"002_35c370552c2f6c3b"}


def test_unknown_region_is_a_usage_error(ingested_corpus):
    store, _ = ingested_corpus
    result = run("list", "--region", "Нарния", db=store)
    assert result.exit_code == 2
    assert "unknown region 'Нарния'" in result.stderr


def test_bad_date_is_a_usage_error(ingested_corpus):
    store, _ = ingested_corpus
    result = run("list", "--since", "вчера", db=store)
    assert result.exit_code == 2


def test_list_without_a_store_names_the_file(tmp_path):
    result = run("list", db=tmp_path / "none.db")
    assert result.exit_code == 1
    assert "none.db: no such store" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_ingest_is_idempotent_and_replaces_changed_files(tmp_path, db):
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name in ["000_5566272fdbdfe05b.txt", "002_35c370552c2f6c3b.txt"]:
        shutil.copy(CORPUS / name, corpus / name)
    first = run("ingest", str(corpus), "--workers", "1", "-o", "-")
    assert first.exit_code == 0, first.output
    new = [json.loads(x) for x in first.stdout.splitlines()]
    assert len(new) == 2
    again = run("ingest", str(corpus), "--workers", "1", "-o", "-")
    assert again.exit_code == 0 and again.stdout == ""
    listed = run("list", "--format", "json")
    assert sorted(r["id"] for r in json.loads(listed.stdout)) == sorted(r["id"] for r in new)
    changed = corpus / "002_35c370552c2f6c3b.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nДобавлен абзац.", encoding="utf-8")
    third = run("ingest", str(corpus), "--workers", "1", "-o", "-")
    assert third.exit_code == 0
    assert len(third.stdout.splitlines()) == 1
    after = json.loads(run("list", "--format", "json").stdout)
    assert len(after) == 2
    assert {r["source"] for r in after} == {str(corpus / "000_5566272fdbdfe05b.txt"), str(changed)}


def test_bad_inputs_are_reported_and_the_rest_is_ingested(tmp_path, db):
    good = tmp_path / "good.txt"
    good.write_text("В Казани министр труда РТ Иван Петров подписал соглашение.", encoding="utf-8")
    empty_dir = tmp_path / "empty"
    empty_dir.mkdir()
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    missing = tmp_path / "missing.txt"
    result = run("ingest", str(missing), str(empty_dir), str(binary), str(good), "--workers", "1")
    assert result.exit_code == 1
    errors = result.stderr.splitlines()
    assert len(errors) == 3
    assert any(str(missing) in e and "no such file" in e for e in errors)
    assert any(str(empty_dir) in e for e in errors)
    assert any(str(binary) in e and "binary" in e for e in errors)
    assert "Traceback" not in result.output
    assert len(json.loads(run("list", "--format", "json").stdout)) == 1


def test_stdin_is_a_source(db):
    text = "Министр социальной защиты РТ Клавдия Новикова посетила Казань."
    result = run("ingest", "-", "--workers", "1", "-o", "-", input=text.encode("utf-8"))
    assert result.exit_code == 0, result.output
    rec = json.loads(result.stdout)
    assert rec["source"] == "-"
    assert [r["code"] for r in rec["regions"]] == ["RU-TA"]


def test_foreign_store_is_refused(tmp_path):
    other = tmp_path / "x.db"
    other.write_bytes(b"not sqlite" * 50)
    result = run("list", db=other)
    assert result.exit_code == 1
    assert str(other) in result.stderr and "Traceback" not in result.output


def test_workers_and_scheduler_are_exclusive(db, tmp_path):
    result = run("ingest", str(tmp_path), "--workers", "2", "--scheduler", "tcp://127.0.0.1:1")
    assert result.exit_code == 2


def test_regions_command_resolves_any_alias():
    result = run("regions", "ХМАО-Югра", "--format", "json")
    assert result.exit_code == 0
    (row,) = json.loads(result.stdout)
    assert row["code"] == "RU-KHM" and "Югра" in row["aliases"]
    everything = json.loads(run("regions", "--format", "json").stdout)
    assert len(everything) == 89
    miss = run("regions", "Нарния")  # a bad value, like an unknown --region: exit 2
    assert miss.exit_code == 2 and miss.stderr == "Error: no region matches 'Нарния'\n"


def test_eval_needs_a_gold_directory_with_gold(tmp_path, ingested_corpus):
    store, _ = ingested_corpus
    result = run("eval", str(tmp_path), db=store)
    assert result.exit_code == 1
    assert "no gold documents" in result.stderr
    assert run("eval", str(tmp_path / "nope"), db=store).exit_code == 2


def test_text_search_is_aware_of_word_forms(ingested_corpus):
    store, _ = ingested_corpus
    result = run("list", "--text", "подписали соглашения", db=store)
    assert result.exit_code == 0
    assert stems(result) == {"000_5566272fdbdfe05b", "003_9e7ef28c786c7884"}
    assert stems(run("list", "--text", "Луганском", db=store)) == {
        "002_35c370552c2f6c3b", "004_2eed3e24b4fc0ef3"}


# -- every example runs as written -------------------------------------------------------------

def _help_examples() -> list[tuple[str, str]]:
    """(command, example line) for every "Example:" block of every command's help."""
    from soccoop.cli import cli as group

    out = []
    for name in [None, *sorted(group.commands)]:
        args = [name, "--help"] if name else ["--help"]
        text = CliRunner().invoke(group, args, terminal_width=400).stdout
        block = text.split("Example:", 1)[1] if "Example:" in text else ""
        for line in block.splitlines()[1:]:
            if not line.strip():
                break
            out.append((name or "soccoop", line.strip()))
    return out


def _doc_examples() -> list[tuple[str, str]]:
    """(file, command) for every `soccoop ...` command in the sh blocks of the docs the
    analyst reads (continuation lines joined)."""
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    sections = readme.split("\n## Commands", 1)[1].split("\n## At scale", 1)[0]
    docs = [("README.md", sections)] + [
        (p, (ROOT / "docs" / p).read_text(encoding="utf-8"))
        for p in ("recipes.md", "completion.md")]
    out = []
    for name, text in docs:
        for block in re.findall(r"```sh\n(.*?)```", text, re.S):
            pending = ""
            for line in re.sub(r"\\\n\s*", " ", block).splitlines():
                pending = f"{pending}\n{line}" if pending else line
                if pending.count("'") % 2:  # a quoted jq program goes on
                    continue
                cmd, pending = pending.split("  #")[0].strip(), ""
                if cmd.startswith("soccoop "):
                    out.append((name, cmd))
    return out


EXAMPLES = _help_examples()


def test_help_examples_were_found():
    commands = {c for c, _ in EXAMPLES}
    from soccoop.cli import cli as group

    assert commands == {"soccoop", *group.commands}
    assert len(EXAMPLES) >= 3 * len(commands)


@pytest.fixture(scope="module")
def example_dir(ingested_corpus, tmp_path_factory):
    """A directory as the examples assume: corpus/, tests/data/gold/ and soccoop.db."""
    from conftest import GOLD

    store, corpus = ingested_corpus
    d = tmp_path_factory.mktemp("examples")
    shutil.copytree(corpus, d / "corpus")
    shutil.copytree(GOLD, d / "tests" / "data" / "gold")
    shutil.copy(store, d / "soccoop.db")
    _archive_examples(d, corpus)
    return d


def _archive_examples(d: Path, corpus: Path) -> None:
    """The collections the ingest examples name, made from the corpus texts."""
    import bz2
    import csv

    from test_archives import news_please, page, write_jsonl, write_warc

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(corpus).glob("*.txt"))]
    write_warc(d / "crawl.warc.gz", [(f"https://news{i}.example.ru/a{i}", page(f"Новость {i}", t))
                                     for i, t in enumerate(texts[:2])])
    write_jsonl(d / "news-please.jsonl.bz2",
                [news_please(f"https://np.example.ru/{i}", f"Статья {i}", t, "2023-04-20")
                 for i, t in enumerate(texts[2:4])], opener=bz2.open)
    with open(d / "export.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["url", "date", "title", "text"])
        w.writerow(["https://csv.example.ru/1", "2023-05-01", "Статья", texts[4]])


def _run_example(cmd: str, cwd) -> subprocess.CompletedProcess:
    bare = re.sub(r"'[^']*'", "''", cmd)  # pipes inside jq programs are not commands
    tools = {seg.split()[0] for seg in re.split(r"\||&&|\$\(", bare) if seg.split()}
    missing = sorted(t for t in tools if t != "soccoop" and not t.startswith(('"', "'"))
                     and shutil.which(t) is None)
    if missing:
        pytest.skip(f"needs {', '.join(missing)}")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    env.pop("SOCCOOP_DB", None)
    return subprocess.run(["bash", "-o", "pipefail", "-c", cmd], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.mark.slow
@pytest.mark.parametrize("command,example", EXAMPLES, ids=[e for _, e in EXAMPLES])
def test_every_help_example_runs_as_written(example_dir, command, example):
    proc = _run_example(example, example_dir)
    assert proc.returncode == 0, f"{command}: {example}\n{proc.stderr[-1500:]}"
    assert "Traceback" not in proc.stderr


DOC_EXAMPLES = _doc_examples()


@pytest.mark.slow
@pytest.mark.parametrize("doc,example", DOC_EXAMPLES, ids=[e for _, e in DOC_EXAMPLES])
def test_every_doc_example_runs_as_written(example_dir, doc, example):
    proc = _run_example(example, example_dir)
    assert proc.returncode == 0, f"{doc}: {example}\n{proc.stderr[-1500:]}"
    assert "Traceback" not in proc.stderr
