"""The analyst's questions over a hand-built store: filters, merged agreements, near copies,
show, stats, graph, report and export. No NLP runs here."""

from __future__ import annotations

import csv
import json
import re
import shutil
import sqlite3
import subprocess
import sys

import pytest
from click.testing import CliRunner

from soccoop.cli import cli
from soccoop.models import (
    Agreement,
    DateRef,
    Evidence,
    Official,
    Party,
    Record,
    RegionRef,
    document_id,
    sha256_text,
)
from soccoop.store import Store

TA_MIN = Party("Министерство социальной защиты Республики Татарстан", "RU-TA")
KHM_DEP = Party("Департамент социального развития Ханты-Мансийского автономного округа — Югры",
                "RU-KHM")
TEXT_A = ("Министр социальной защиты Татарстана Клавдия Новикова и директор департамента "
          "социального развития Югры Татьяна Успенская подписали 18 апреля 2023 года в Казани "
          "соглашение о сотрудничестве в сфере социальной защиты населения. Стороны будут "
          "обмениваться опытом работы с пожилыми людьми, семьями с детьми и инвалидами, "
          "проводить совместные семинары и стажировки специалистов.")
TEXT_B = ("В Сургуте обсудили опыт Татарстана. Как напомнила Татьяна Успенская, 18 апреля Югра "
          "и Татарстан заключили соглашение о сотрудничестве в сфере социальной защиты.")
TEXT_C = TEXT_A + " Источник: пресс-служба министерства."
TEXT_D = ("Правительство Москвы и Тюменская область планируют подписать соглашение о "
          "сотрудничестве в сфере занятости населения, сообщил Иван Петров.")


def ev(text: str, part: str) -> Evidence:
    i = text.index(part)
    return Evidence(part, i, i + len(part))


def record(text: str, source: str, published: str | None, regions: dict[str, tuple[str, str]],
           agreements: list[Agreement], officials: list[tuple[str, str]],
           dates: list[tuple[str, str]] = ()) -> Record:
    sha = sha256_text(text)
    return Record(
        id=document_id(sha), source=source, sha256=sha, title=text[:30], published=published,
        regions=[RegionRef(code, name, [ev(text, m)]) for code, (name, m) in regions.items()],
        agreements=agreements,
        officials=[Official(n, pos, None, None, ev(text, n)) for n, pos in officials],
        dates=[DateRef(v, t, ev(text, t).start, ev(text, t).end) for v, t in dates],
    )


def agreement(text: str, status: str, date: str | None, parties: list[Party], sign: list[str],
              part: str, title: str = "соглашение о сотрудничестве в сфере социальной защиты"
              ) -> Agreement:
    return Agreement(title=title, status=status, date=date, parties=parties, signatories=sign,
                     regions=sorted({p.region for p in parties if p.region}),
                     evidence=ev(text, part))


TA_KHM = {"RU-TA": ("Республика Татарстан", "Татарстана"),
          "RU-KHM": ("Ханты-Мансийский автономный округ — Югра", "Югры")}


def records() -> list[tuple[Record, str]]:
    a = record(TEXT_A, "a.txt", "2023-04-18", TA_KHM,
               [agreement(TEXT_A, "signed", "2023-04-18", [TA_MIN, KHM_DEP],
                          ["Клавдия Новикова", "Татьяна Успенская"], "подписали")],
               [("Клавдия Новикова", "министр социальной защиты"),
                ("Татьяна Успенская", "директор")], [("2023-04-18", "18 апреля 2023 года")])
    b = record(TEXT_B, "b.txt", "2023-05-02",
               {"RU-TA": ("Республика Татарстан", "Татарстана"),
                "RU-KHM": ("Ханты-Мансийский автономный округ — Югра", "Югра")},
               [agreement(TEXT_B, "mentioned", "--04-18", [TA_MIN, KHM_DEP], [], "заключили")],
               [("Татьяна Успенская", "директор")])
    c = record(TEXT_C, "c.txt", "2023-04-19", TA_KHM,
               [agreement(TEXT_C, "signed", None, [TA_MIN, KHM_DEP],
                          ["Клавдия Новикова", "Татьяна Успенская"], "подписали")],
               [("Клавдия Новикова", "министр социальной защиты")])
    d = record(TEXT_D, "d.txt", "2022-11-03",
               {"RU-MOW": ("Москва", "Москвы"), "RU-TYU": ("Тюменская область", "Тюменская")},
               [agreement(TEXT_D, "planned", None,
                          [Party("Правительство Москвы", "RU-MOW"),
                           Party("Правительство Тюменской области", "RU-TYU")],
                          [], "планируют", "соглашение о сотрудничестве в сфере занятости")],
               [("Иван Петров", None)])
    return [(a, TEXT_A), (b, TEXT_B), (c, TEXT_C), (d, TEXT_D)]


@pytest.fixture
def store(db):
    with Store(db) as s:
        for rec, text in records():
            s.upsert(rec, text, "/k/" + rec.source)
    return db


IDS = {rec.source: rec.id for rec, _ in records()}


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def js(*args: str):
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def sources(rows) -> list[str]:
    return [r["source"] for r in rows]


# -- list filters ---------------------------------------------------------------------------

@pytest.mark.parametrize("args,expected", [
    ([], ["a.txt", "b.txt", "c.txt", "d.txt"]),
    (["--region", "ХМАО"], ["a.txt", "b.txt", "c.txt"]),
    (["--region", "Москва", "--region", "Тюменская область"], ["d.txt"]),
    (["--official", "Новикова"], ["a.txt", "c.txt"]),
    (["--official", "К. Новикова"], ["a.txt", "c.txt"]),
    (["--official", "Клавдии Новиковой"], ["a.txt", "c.txt"]),
    (["--official", "Успенской", "--since", "2023-05"], ["b.txt"]),
    (["--party", "министерства социальной защиты"], ["a.txt", "b.txt", "c.txt"]),
    (["--party", "правительство москвы"], ["d.txt"]),
    (["--text", "соглашения"], ["a.txt", "b.txt", "c.txt", "d.txt"]),
    (["--text", "семинаров стажировка"], ["a.txt", "c.txt"]),
    (["--text", "Сургуте"], ["b.txt"]),
    (["--text", "пресс-службы"], ["c.txt"]),
    (["--text", "ёлка"], []),
    (["--status", "planned"], ["d.txt"]),
    (["--sort", "-date"], ["b.txt", "c.txt", "a.txt", "d.txt"]),
    (["--sort", "date", "--limit", "2"], ["d.txt", "a.txt"]),
    (["--until", "2022"], ["d.txt"]),
])
def test_list_documents_filters(store, args, expected):
    assert sources(js("list", *args)) == expected


def test_near_copy_is_marked(store):
    rows = {r["source"]: r for r in js("list")}
    assert rows["c.txt"]["copy_of"] == IDS["a.txt"]
    assert [r["copy_of"] for s, r in sorted(rows.items()) if s != "c.txt"] == [None] * 3


def test_agreements_are_merged_across_reports(store):
    rows = js("list", "--kind", "agreements")
    assert len(rows) == 2
    ta_khm = rows[0]
    assert ta_khm["status"] == "signed"
    assert ta_khm["date"] == "2023-04-18"
    assert ta_khm["regions"] == ["RU-KHM", "RU-TA"]
    assert [(s["document"], s["source"], s["status"]) for s in ta_khm["sources"]] == [
        (IDS["a.txt"], "a.txt", "signed"), (IDS["b.txt"], "b.txt", "mentioned"),
        (IDS["c.txt"], "c.txt", "signed")]
    assert ta_khm["sources"][2]["copy_of"] == IDS["a.txt"]
    assert ta_khm["signatories"] == ["Клавдия Новикова", "Татьяна Успенская"]
    assert rows[1]["status"] == "planned" and rows[1]["regions"] == ["RU-MOW", "RU-TYU"]


@pytest.mark.parametrize("args,expected", [
    (["--status", "signed"], [["RU-KHM", "RU-TA"]]),
    (["--status", "mentioned"], []),
    (["--official", "Новиковой"], [["RU-KHM", "RU-TA"]]),
    (["--party", "Тюменской"], [["RU-MOW", "RU-TYU"]]),
    (["--since", "2023-04-18", "--until", "2023-04-18"], [["RU-KHM", "RU-TA"]]),
    (["--sort", "date"], [["RU-KHM", "RU-TA"], ["RU-MOW", "RU-TYU"]]),
    (["--sort", "-reports"], [["RU-KHM", "RU-TA"], ["RU-MOW", "RU-TYU"]]),
])
def test_agreement_filters(store, args, expected):
    assert [r["regions"] for r in js("list", "--kind", "agreements", *args)] == expected


def test_no_merge_lists_every_report(store):
    rows = js("list", "--kind", "agreements", "--no-merge", "--status", "signed")
    assert sources(rows) == ["a.txt", "c.txt"]


@pytest.mark.parametrize("args,expected", [
    (["--official", "Успенская"], [("b.txt", "Татьяна Успенская"), ("a.txt", "Татьяна Успенская")]),
    (["--official", "И. Петров"], [("d.txt", "Иван Петров")]),
])
def test_officials_filters(store, args, expected):
    rows = js("list", "--kind", "officials", "--sort", "-date", *args)
    assert [(r["source"], r["name"]) for r in rows] == expected


@pytest.mark.parametrize("args,message", [
    (["list", "--region", "Нарния"], "Error: unknown region 'Нарния' (see `soccoop regions`)\n"),
    (["list", "--sort", "colour"], "Error: cannot sort documents by 'colour'; choose from date, "
     "source, title, id, regions, agreements, officials (prefix - for descending)\n"),
    (["graph", "--region", "Нарния"], "Error: unknown region 'Нарния' (see `soccoop regions`)\n"),
    (["list", "--text", "!!!"], "Error: --text '!!!' has no words to search for\n"),
])
def test_bad_filters_exit_2_with_one_line(store, args, message):
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr == message


def test_no_merge_needs_agreements(store):
    assert run("list", "--no-merge").exit_code == 2


@pytest.mark.parametrize("command", [["list"], ["show", "d1"], ["stats"], ["graph"],
                                     ["report", "--html", "x.html"],
                                     ["export", "--format", "jsonl", "-"]])
def test_read_commands_without_a_store_name_the_file(db, command):
    result = run(*command)
    assert result.exit_code == 1
    assert result.stderr == f"Error: {db}: no such store (run `soccoop ingest` first)\n"
    assert not db.exists()


@pytest.mark.parametrize("command", ["show", "stats", "graph", "report", "export", "list"])
def test_help_has_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "Example:" in result.stdout


# -- show -----------------------------------------------------------------------------------

def test_show_document_by_prefix(store):
    out = js("show", IDS["a.txt"][:8])
    assert out["kind"] == "document"
    assert out["record"]["id"] == IDS["a.txt"]
    assert out["text"] == TEXT_A


def test_show_agreement_has_merged_view(store):
    aid = js("list", "--kind", "agreements", "--no-merge")[1]["id"]  # b.txt's report
    out = js("show", aid)
    assert out["kind"] == "agreement"
    assert out["agreement"]["status"] == "mentioned"
    assert out["merged"]["status"] == "signed"
    assert out["text"] == TEXT_B


def test_show_marks_evidence_on_a_terminal(store):
    from io import StringIO

    from soccoop import query, show
    from soccoop.store import Store as S

    with S(store) as s:
        found = query.find(s, IDS["a.txt"])
    buf = StringIO()
    show.render(found, buf, color=True)
    out = buf.getvalue()
    assert "\x1b[" in out  # styles are emitted
    assert "Клавдия Новикова" in re.sub(r"\x1b\[[0-9;]*m", "", out)


@pytest.mark.parametrize("ident,message", [
    ("dzzzz", "Error: no document or agreement with id 'dzzzz'\n"),
    ("", "Error: no document or agreement with id ''\n"),
    ("%", "Error: no document or agreement with id '%'\n"),
])
def test_show_unknown_id(store, ident, message):
    result = run("show", ident)
    assert result.exit_code == 1
    assert result.stderr == message


def test_show_ambiguous_prefix(store):
    result = run("show", "d")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: id prefix 'd' is ambiguous: ")


# -- stats, graph ---------------------------------------------------------------------------

def test_stats(store):
    out = js("stats")
    assert out["documents"] == 4 and out["agreements"] == 2
    assert out["regions"][:2] == [
        {"code": "RU-KHM", "name": "Ханты-Мансийский автономный округ — Югра", "documents": 3,
         "agreements": 1},
        {"code": "RU-TA", "name": "Республика Татарстан", "documents": 3, "agreements": 1}]
    assert out["months"] == [
        {"month": "2022-11", "documents": 1, "agreements": 0},
        {"month": "2023-04", "documents": 2, "agreements": 1},
        {"month": "2023-05", "documents": 1, "agreements": 0},
        {"month": "unknown", "documents": 0, "agreements": 1}]
    assert out["statuses"] == [{"status": "signed", "agreements": 1, "reports": 2},
                               {"status": "planned", "agreements": 1, "reports": 1},
                               {"status": "mentioned", "agreements": 0, "reports": 1}]
    assert out["officials"][0] == {"name": "Клавдия Новикова", "mentions": 2, "documents": 2,
                                   "position": "министр социальной защиты"}


def test_stats_unknown_month_bucket(db):
    text = "Соглашение подписано 5 мая."
    rec = record(text, "x.txt", "--05-05", {}, [], [])
    with Store(db) as s:
        s.upsert(rec, text, "/k/x.txt")
    assert js("stats")["months"] == [{"month": "unknown", "documents": 1, "agreements": 0}]


def test_graph_json_and_filters(store):
    g = json.loads(run("graph", "--format", "json").stdout)
    assert [n["id"] for n in g["nodes"]] == ["RU-KHM", "RU-MOW", "RU-TA", "RU-TYU"]
    assert [(e["source"], e["target"], e["count"], e["statuses"], e["dates"])
            for e in g["edges"]] == [("RU-KHM", "RU-TA", 1, ["signed"], ["2023-04-18"]),
                                     ("RU-MOW", "RU-TYU", 1, ["planned"], [])]
    g = json.loads(run("graph", "--format", "json", "--region", "Югра").stdout)
    assert [n["id"] for n in g["nodes"]] == ["RU-KHM", "RU-TA"]


def test_graph_dot_and_graphml(store, tmp_path):
    dot = run("graph").stdout
    assert dot.startswith("graph soccoop {")
    assert '"RU-KHM" -- "RU-TA" [label="1: signed"' in dot
    out = tmp_path / "g.graphml"
    assert run("graph", "--format", "graphml", "-o", str(out)).exit_code == 0
    import xml.etree.ElementTree as ET

    root = ET.parse(out).getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall(".//g:node", ns)) == 4
    assert len(root.findall(".//g:edge", ns)) == 2


# -- report ---------------------------------------------------------------------------------

@pytest.fixture
def report_file(store, tmp_path):
    path = tmp_path / "r.html"
    result = run("report", "--html", str(path))
    assert result.exit_code == 0, result.output
    return path


def test_report_is_self_contained(report_file):
    html = report_file.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html)
    assert "http://" not in html and "https://" not in html
    assert html.count("<svg") == 2
    assert html.count('<tr class="agreement"') == 2
    assert "Министерство социальной защиты Республики Татарстан" in html
    assert "<script" not in html


def test_report_escapes_text(db, tmp_path):
    text = "Соглашение <script>alert(1)</script> подписали."
    rec = record(text, "x.txt", "2023", {}, [agreement(
        text, "signed", "2023", [Party("<b>Орган</b>", "RU-TA"), Party("Другой", "RU-KHM")], [],
        "подписали", title="соглашение <script>")], [])
    with Store(db) as s:
        s.upsert(rec, text, "/k/x.txt")
    path = tmp_path / "r.html"
    assert run("report", "--html", str(path)).exit_code == 0
    html = path.read_text(encoding="utf-8")
    assert "<script" not in html and "&lt;b&gt;Орган&lt;/b&gt;" in html


def _browser() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def test_report_renders_in_a_headless_browser(report_file, tmp_path):
    browser = _browser()
    if browser is None:
        pytest.skip("no chromium on PATH")
    proc = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom",
         report_file.as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    dom = proc.stdout
    assert '<table id="agreements">' in dom, proc.stderr[-2000:]
    assert dom.count("<svg") == 2
    assert "<circle" in dom


# -- export ---------------------------------------------------------------------------------

def test_export_sqlite_plain_typed_tables(store, tmp_path):
    out = tmp_path / "e.db"
    result = run("export", "--format", "sqlite", str(out))
    assert result.exit_code == 0, result.output
    con = sqlite3.connect(out)
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert names == {"documents", "regions", "document_regions", "agreements",
                     "agreement_sources", "parties", "officials"}
    assert con.execute("SELECT count(*) FROM agreements").fetchone()[0] == 2
    assert con.execute("SELECT count(*) FROM agreement_sources").fetchone()[0] == 4
    assert con.execute("SELECT typeof(reports) FROM agreements LIMIT 1").fetchone()[0] == \
        "integer"
    assert con.execute("SELECT copy_of FROM documents WHERE source = 'c.txt'").fetchone()[0] == \
        IDS["a.txt"]
    assert con.execute("SELECT documents, agreements FROM regions WHERE code = 'RU-TA'"
                       ).fetchone() == (3, 1)
    con.close()
    again = run("export", "--format", "sqlite", str(out))
    assert again.exit_code == 1 and "exists" in again.stderr


def test_export_csv_and_jsonl(store, tmp_path):
    d = tmp_path / "csv"
    assert run("export", "--format", "csv", str(d)).exit_code == 0
    with open(d / "officials.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 5 and rows[0]["name"] == "Клавдия Новикова"
    lines = run("export", "--format", "jsonl", "-").stdout.splitlines()
    assert sources(json.loads(x) for x in lines) == ["a.txt", "b.txt", "c.txt", "d.txt"]


# -- store ----------------------------------------------------------------------------------

def test_lemmas_feed_the_index(db):
    text = "Договорились регионы."
    rec = record(text, "x.txt", "2023", {}, [], [])
    with Store(db) as s:
        s.upsert(rec, text, "/k/x.txt", lemmas="договориться регион")
    assert sources(js("list", "--text", "договориться")) == ["x.txt"]


def test_replaced_document_leaves_the_index(db):
    with Store(db) as s:
        for text in ("Первая версия про соглашение.", "Вторая версия про договор."):
            rec = record(text, "x.txt", "2023", {}, [], [])
            s.upsert(rec, text, "/k/x.txt")
        assert s.query("SELECT count(*) FROM doc_fts")[0][0] == 1
    assert js("list", "--text", "соглашение") == []


def test_read_commands_do_not_import_nlp(store):
    code = ("import sys; from soccoop.cli import cli; from click.testing import CliRunner;"
            "r = CliRunner();"
            "[r.invoke(cli, a) for a in (['list'], ['list', '--kind', 'agreements'], ['stats'],"
            " ['graph'])];"
            "bad = [m for m in ('natasha', 'slovnet', 'pymorphy2', 'dask') if m in sys.modules];"
            "print(bad)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert proc.stdout.strip() == "[]", proc.stderr
