"""Agreement identity through the store and the CLI: republished copies, filters that select
without splitting, and every read command agreeing with `list`. Records are built by hand
(no NLP); the one end-to-end run over real ingest is marked slow."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from probes import cli_json, load_benchmark
from probes import evidence_at as ev

from soccoop import nearcopy
from soccoop.cli import cli
from soccoop.ingest import Job, ingest
from soccoop.models import (
    Agreement,
    Party,
    Record,
    RegionRef,
    document_id,
    sha256_text,
)
from soccoop.store import Store

ROOT = Path(__file__).resolve().parent.parent

FILLER = (" Стороны будут обмениваться опытом работы с пожилыми людьми, семьями с детьми и "
          "инвалидами, проводить совместные семинары, конференции и стажировки специалистов "
          "учреждений социального обслуживания, развивать электронные сервисы для граждан и "
          "готовить кадры в учебно-методических центрах обоих регионов. Особое внимание "
          "уделят реабилитации участников специальной военной операции, поддержке "
          "многодетных семей и занятости людей с инвалидностью, а также обмену методиками "
          "оценки нуждаемости и качества социальных услуг.")
TEXT_TA = ("Министр социальной защиты Татарстана Клавдия Новикова и директор департамента "
           "социального развития Югры Татьяна Успенская подписали 18 апреля 2023 года в "
           "Казани соглашение о сотрудничестве в сфере социальной защиты населения." + FILLER
           + " Как рассказала Успенская, буровики из Татарстана помогают добывать нефть в "
           "Югре." + FILLER.replace("Стороны", "Регионы"))
TEXT_MOW = ("Столичный Департамент труда и соцзащиты, Администрация Луганска и Министерство "
            "труда и социальной политики Луганской Народной Республики развивают "
            "сотрудничество в рамках соглашения о взаимодействии в сфере социальной защиты."
            + FILLER + FILLER.replace("Стороны", "Партнёры"))
TEXT_GOV = ("Правительство Республики Татарстан и Правительство Югры подписали в сентябре 2023 "
            "года соглашение о сотрудничестве в сфере туризма." + FILLER)

TA_MIN = Party("Министерство социальной защиты Республики Татарстан", "RU-TA")
KHM_DEP = Party("Департамент социального развития Ханты-Мансийского автономного округа — Югры",
                "RU-KHM")


def record(text: str, source: str) -> Record:
    """The facts each text states (as extraction would give them), for any copy of it."""
    sha = sha256_text(text)
    agreements = []
    regions = {}
    if "Новикова" in text:
        agreements.append(Agreement(
            "соглашение о сотрудничестве в сфере социальной защиты населения", "signed",
            "2023-04-18", [TA_MIN, KHM_DEP], ["Клавдия Новикова", "Татьяна Успенская"],
            ["RU-KHM", "RU-TA"], ev(text, "подписали")))
        regions = {"RU-TA": ("Республика Татарстан", "Татарстана"),
                   "RU-KHM": ("Ханты-Мансийский автономный округ — Югра", "Югры")}
    if "Луганска" in text:
        agreements.append(Agreement(
            "соглашение о взаимодействии в сфере социальной защиты", "mentioned", None,
            [Party("Столичный Департамент труда и соцзащиты", "RU-MOW"),
             Party("Администрация Луганска", "RU-LPR"),
             Party("Министерство труда и социальной политики Луганской Народной Республики",
                   "RU-LPR")], [], ["RU-LPR", "RU-MOW"], ev(text, "в рамках соглашения")))
        regions = {"RU-MOW": ("Москва", "Столичный"), "RU-LPR": ("Луганская Народная "
                                                                 "Республика", "Луганска")}
    if "туризма" in text:
        agreements.append(Agreement(
            "соглашение о сотрудничестве в сфере туризма", "signed", "2023-09",
            [Party("Правительство Республики Татарстан", "RU-TA"),
             Party("Правительство Югры", "RU-KHM")], [], ["RU-KHM", "RU-TA"],
            ev(text, "подписали")))
        regions = {"RU-TA": ("Республика Татарстан", "Татарстан"),
                   "RU-KHM": ("Ханты-Мансийский автономный округ — Югра", "Югры")}
    return Record(id=document_id(sha), source=source, sha256=sha, title=text[:40],
                  published="2023-09-20" if "туризма" in text else "2023-04-18",
                  regions=[RegionRef(c, n, [ev(text, m)]) for c, (n, m) in regions.items()],
                  agreements=agreements)


ORIGINALS = {"ta.txt": TEXT_TA, "mow.txt": TEXT_MOW, "gov.txt": TEXT_GOV}
OUTLETS = 12


def copy_text(text: str, n: int) -> str:
    """Outlet n's copy: one line added; every third outlet also edits a word."""
    if n % 3 == 0:
        text = text.replace("буровики", "нефтяники")
    return f"{text}\nПерепечатка № {n}, редакция сайта outlet{n:02d}."


def archive() -> Iterator[tuple[str, str]]:
    """(source, text): the originals, then each outlet's copies."""
    for name, text in ORIGINALS.items():
        yield f"original/{name}", text
    for n in range(1, OUTLETS + 1):
        for name, text in ORIGINALS.items():
            yield f"outlet-{n:02d}/{name}", copy_text(text, n)


@pytest.fixture
def store(db):
    with Store(db) as s:
        for source, text in archive():
            s.upsert(record(text, source), text, "/k/" + source)
    return db


def test_copies_are_marked_and_form_one_agreement_each(store):
    docs = cli_json("list")
    assert len(docs) == 3 * (OUTLETS + 1)
    roots = {d["source"]: d["id"] for d in docs if d["source"].startswith("original/")}
    for d in docs:
        if not d["source"].startswith("original/"):
            assert d["copy_of"] == roots["original/" + d["source"].split("/")[1]], d["source"]
    rows = cli_json("list", "--kind", "agreements")  # in order of the first report's source
    assert [(r["regions"], r["status"], r["date"], r["reports"], r["outlets"], r["copies"])
            for r in rows] == [
        (["RU-KHM", "RU-TA"], "signed", "2023-09", 13, 13, 12),
        (["RU-LPR", "RU-MOW"], "mentioned", None, 13, 13, 12),
        (["RU-KHM", "RU-TA"], "signed", "2023-04-18", 13, 13, 12)]
    assert rows[0]["title"].endswith("туризма")
    assert [p["name"] for p in rows[1]["parties"]] == [
        "Столичный Департамент труда и соцзащиты", "Администрация Луганска",
        "Министерство труда и социальной политики Луганской Народной Республики"]


@pytest.mark.parametrize("args,expected", [
    (["--text", "буровики"], [["RU-KHM", "RU-TA"]]),
    (["--official", "К. Новикова"], [["RU-KHM", "RU-TA"]]),
    (["--party", "Луганска"], [["RU-LPR", "RU-MOW"]]),
    (["--region", "Москва"], [["RU-LPR", "RU-MOW"]]),
    (["--status", "signed", "--since", "2023-09"], [["RU-KHM", "RU-TA"]]),
    (["--region", "Татарстан", "--sort", "-date"], [["RU-KHM", "RU-TA"], ["RU-KHM", "RU-TA"]]),
])
def test_filters_select_agreements_without_splitting_them(store, args, expected):
    everything = {r["id"]: r for r in cli_json("list", "--kind", "agreements")}
    rows = cli_json("list", "--kind", "agreements", *args)
    assert [r["regions"] for r in rows] == expected
    for r in rows:
        assert r == everything[r["id"]]  # same id, same reports, same everything


def test_text_filter_selects_by_any_report(store):
    """Only the original and two of three copies mention the drillers."""
    [row] = cli_json("list", "--kind", "agreements", "--text", "буровики")
    assert row["reports"] == OUTLETS + 1
    docs = cli_json("list", "--text", "буровики")
    assert len(docs) == 1 + OUTLETS - OUTLETS // 3


def test_show_agrees_with_list(store):
    rows = cli_json("list", "--kind", "agreements")
    for row in rows:
        out = cli_json("show", row["id"])
        assert out["kind"] == "agreement" and out["merged"] == row
    # a copy's report leads to the same agreement
    report = cli_json("list", "--kind", "agreements", "--no-merge", "--region", "Москва")[-1]
    assert cli_json("show", report["id"])["merged"] == rows[1]


def test_stats_graph_report_and_exports_agree_with_list(store, tmp_path):
    rows = cli_json("list", "--kind", "agreements")
    ids = [r["id"] for r in rows]
    stats = cli_json("stats")
    assert stats["agreements"] == len(rows) == 3
    assert sum(s["agreements"] for s in stats["statuses"]) == 3
    assert sum(s["reports"] for s in stats["statuses"]) == 3 * (OUTLETS + 1)
    g = cli_json("graph")
    assert [(e["source"], e["target"], e["count"], sorted(e["agreements"]))
            for e in g["edges"]] == [("RU-KHM", "RU-TA", 2, sorted([ids[0], ids[2]])),
                                     ("RU-LPR", "RU-MOW", 1, [ids[1]])]
    html = tmp_path / "r.html"
    assert CliRunner().invoke(cli, ["report", "--html", str(html)]).exit_code == 0
    page = html.read_text(encoding="utf-8")
    assert page.count('<tr class="agreement"') == 3
    assert all(page.count(f'id="{i}"') == 1 for i in ids)
    out = tmp_path / "e.db"
    assert CliRunner().invoke(cli, ["export", "--format", "sqlite", str(out)]).exit_code == 0
    con = sqlite3.connect(out)
    assert [r[0] for r in con.execute("SELECT id FROM agreements ORDER BY rowid")] == ids
    assert con.execute("SELECT agreement_id, count(*) FROM agreement_sources GROUP BY 1"
                       " ORDER BY 1").fetchall() == sorted((i, OUTLETS + 1) for i in ids)
    assert con.execute("SELECT agreement_id, count(*) FROM parties GROUP BY 1 ORDER BY 1"
                       ).fetchall() == sorted([(ids[0], 2), (ids[1], 3), (ids[2], 2)])
    con.close()
    d = tmp_path / "csv"
    assert CliRunner().invoke(cli, ["export", "--format", "csv", str(d)]).exit_code == 0
    with open(d / "agreements.csv", encoding="utf-8") as fh:
        assert [(r["id"], int(r["reports"])) for r in csv.DictReader(fh)] == \
            [(r["id"], r["reports"]) for r in rows]


def test_near_copy_check_compares_a_few_representatives(db, monkeypatch):
    """Constant cost per document: the 40th copy is compared with as many documents as
    the 5th, and only a few copies join the band index."""
    calls: list[int] = []
    real = nearcopy.jaccard
    monkeypatch.setattr(nearcopy, "jaccard", lambda a, b: calls.append(1) or real(a, b))
    per_doc = []
    with Store(db) as s:
        for n in range(1, 41):
            text = copy_text(TEXT_MOW, n)
            before = len(calls)
            s.upsert(record(text, f"o{n}/mow.txt"), text, f"/k/o{n}/mow.txt")
            per_doc.append(len(calls) - before)
        first = s.query("SELECT id FROM documents WHERE source = 'o1/mow.txt'")[0][0]
        assert {r[0] for r in s.query("SELECT copy_of FROM documents WHERE id != ?",
                                      (first,))} == {first}
        indexed = s.query("SELECT count(DISTINCT doc_id) FROM doc_bands")[0][0]
    assert indexed <= nearcopy.REPRESENTATIVES + 1
    assert max(per_doc) <= nearcopy.REPRESENTATIVES
    assert per_doc[-1] == per_doc[10]


def _fake_executor(jobs: Iterator[Job]):
    """Extraction without NLP: the hand-made facts of each text."""
    for job in jobs:
        yield job, record(job.text, job.path)


def test_identical_file_keeps_its_text_when_the_other_changes(tmp_path, db):
    a, b = tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt"
    for p in (a, b):
        p.parent.mkdir()
        p.write_text(TEXT_TA, encoding="utf-8")
    with Store(db) as s:
        first = ingest([str(tmp_path)], s, executor=_fake_executor)
        assert (first.new, first.duplicate) == (1, 1)
        a.write_text(TEXT_GOV, encoding="utf-8")  # the stored one changes
        second = ingest([str(tmp_path)], s, executor=_fake_executor)
        stored = {Path(r[0]).parent.name: r[1] for r in s.query(
            "SELECT source, text FROM documents")}
        assert stored == {"a": TEXT_GOV, "b": TEXT_TA}
        assert s.query("SELECT count(*) FROM doc_aliases")[0][0] == 0
        third = ingest([str(tmp_path)], s, executor=_fake_executor)
    assert (second.replaced, second.unchanged + second.duplicate) == (1, 1)
    assert (third.unchanged, third.new, third.replaced) == (2, 0, 0)


def test_identical_file_changing_to_another_stored_text(tmp_path, db):
    """b held the same text as a; b now holds c's text: a's text is kept, nothing twice."""
    a, b, c = (tmp_path / f"{n}.txt" for n in "abc")
    a.write_text(TEXT_TA, encoding="utf-8")
    b.write_text(TEXT_TA, encoding="utf-8")
    c.write_text(TEXT_MOW, encoding="utf-8")
    with Store(db) as s:
        ingest([str(tmp_path)], s, executor=_fake_executor)
        b.write_text(TEXT_MOW, encoding="utf-8")
        a.write_text(TEXT_GOV, encoding="utf-8")
        ingest([str(tmp_path)], s, executor=_fake_executor)
        texts = sorted(r[0] for r in s.query("SELECT text FROM documents"))
    assert texts == sorted([TEXT_GOV, TEXT_MOW])


@pytest.mark.slow
def test_republished_corpus_end_to_end(tmp_path):
    """Real ingest: the corpus and 3 outlets' copies give the originals' agreements, each
    reported 4 times as often, and every read command counts them the same way."""
    orig, copies = tmp_path / "orig", tmp_path / "copies"
    shutil.copytree(ROOT / "corpus", orig)
    load_benchmark("copies").make_copies(copies, 3)
    r = CliRunner()

    def rows(db: Path, *args: str) -> list[dict]:
        out = r.invoke(cli, ["list", "--kind", "agreements", "--db", str(db), "--format",
                             "jsonl", *args])
        assert out.exit_code == 0, out.output
        return [json.loads(x) for x in out.stdout.splitlines()]

    for path, db in ((orig, tmp_path / "o.db"), (copies, tmp_path / "c.db")):
        res = r.invoke(cli, ["ingest", str(path), "--db", str(db), "--workers", "1"])
        assert res.exit_code == 0, res.output
    base, got = rows(tmp_path / "o.db"), rows(tmp_path / "c.db")
    assert [(a["id"], a["status"], a["date"], a["regions"], a["parties"]) for a in got] == \
        [(a["id"], a["status"], a["date"], a["regions"], a["parties"]) for a in base]
    assert [a["reports"] for a in got] == [3 * a["reports"] for a in base]
    assert all(a["outlets"] == 3 for a in got)
    ta_khm = [a for a in got if a["regions"] == ["RU-KHM", "RU-TA"] and a["status"] == "signed"]
    assert len(ta_khm) == 1 and len(ta_khm[0]["parties"]) == 2
    stats = json.loads(r.invoke(cli, ["stats", "--db", str(tmp_path / "c.db"), "--format",
                                      "json"]).stdout)
    assert stats["agreements"] == len(base)


def test_colliding_report_ids_stay_two_agreements_everywhere(db, tmp_path):
    """Two texts giving one report id to two different agreements: two ids in list, both
    shown by show, both exported."""
    with Store(db) as s:
        for text in (TEXT_TA, TEXT_GOV):
            rec = record(text, f"{len(text)}.txt")
            rec.agreements[0].id = "a000000000000001"
            s.upsert(rec, text, "/k/" + rec.source)
    rows = cli_json("list", "--kind", "agreements")
    assert len(rows) == 2 and len({r["id"] for r in rows}) == 2
    assert "a000000000000001" in {r["id"] for r in rows}
    for r in rows:
        assert cli_json("show", r["id"])["merged"] == r
    out = tmp_path / "e.db"
    assert CliRunner().invoke(cli, ["export", "--format", "sqlite", str(out)]).exit_code == 0
    con = sqlite3.connect(out)
    assert sorted(x[0] for x in con.execute("SELECT id FROM agreements")) == \
        sorted(r["id"] for r in rows)
    con.close()
