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
from probes import cli_json
from probes import evidence_at as ev

from soccoop.cli import cli
from soccoop.models import (
    Agreement,
    DateRef,
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


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


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
    assert sources(cli_json("list", *args)) == expected


def test_near_copy_is_marked(store):
    rows = {r["source"]: r for r in cli_json("list")}
    assert rows["c.txt"]["copy_of"] == IDS["a.txt"]
    assert [r["copy_of"] for s, r in sorted(rows.items()) if s != "c.txt"] == [None] * 3


def test_agreements_are_merged_across_reports(store):
    rows = cli_json("list", "--kind", "agreements")
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
    assert [r["regions"] for r in cli_json("list", "--kind", "agreements", *args)] == expected


def test_no_merge_lists_every_report(store):
    rows = cli_json("list", "--kind", "agreements", "--no-merge", "--status", "signed")
    assert sources(rows) == ["a.txt", "c.txt"]


@pytest.mark.parametrize("args,expected", [
    (["--official", "Успенская"], [("b.txt", "Татьяна Успенская"), ("a.txt", "Татьяна Успенская")]),
    (["--official", "И. Петров"], [("d.txt", "Иван Петров")]),
])
def test_officials_filters(store, args, expected):
    rows = cli_json("list", "--kind", "officials", "--sort", "-date", *args)
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
    out = cli_json("show", IDS["a.txt"][:8])
    assert out["kind"] == "document"
    assert out["record"]["id"] == IDS["a.txt"]
    assert out["text"] == TEXT_A


def test_show_agreement_has_merged_view(store):
    aid = cli_json("list", "--kind", "agreements", "--no-merge")[1]["id"]  # b.txt's report
    out = cli_json("show", aid)
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
    out = cli_json("stats")
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
    assert cli_json("stats")["months"] == [{"month": "unknown", "documents": 1, "agreements": 0}]


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
    assert '<table id="matrix">' in dom and "<details><summary>" in dom
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
    assert sources(cli_json("list", "--text", "договориться")) == ["x.txt"]


def test_replaced_document_leaves_the_index(db):
    with Store(db) as s:
        for text in ("Первая версия про соглашение.", "Вторая версия про договор."):
            rec = record(text, "x.txt", "2023", {}, [], [])
            s.upsert(rec, text, "/k/x.txt")
        assert s.query("SELECT count(*) FROM doc_fts")[0][0] == 1
    assert cli_json("list", "--text", "соглашение") == []


def test_read_commands_do_not_import_nlp(store):
    code = ("import sys; from soccoop.cli import cli; from click.testing import CliRunner;"
            "r = CliRunner();"
            "[r.invoke(cli, a) for a in (['list'], ['list', '--kind', 'agreements'], ['stats'],"
            " ['graph'], ['sql', 'select 1'], ['report', '--html', '-'],"
            " ['list', '--region', 'Татарстана', '--party', 'РТ'])];"
            "bad = [m for m in ('natasha', 'slovnet', 'pymorphy2', 'dask') if m in sys.modules];"
            "print(bad)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert proc.stdout.strip() == "[]", proc.stderr


# -- issue 13: answers in the analyst's words ----------------------------------------------

@pytest.mark.parametrize("region,expected", [
    ("Татарстана", ["a.txt", "b.txt", "c.txt"]),
    ("Югры", ["a.txt", "b.txt", "c.txt"]),
    ("Республики Татарстан", ["a.txt", "b.txt", "c.txt"]),
    ("Ханты-Мансийский АО", ["a.txt", "b.txt", "c.txt"]),
    ("Ханты-Мансийского автономного округа — Югры", ["a.txt", "b.txt", "c.txt"]),
    ("г. Москва", ["d.txt"]),
    ("Москвы", ["d.txt"]),
    ("Тюменской области", ["d.txt"]),
])
def test_region_in_any_case_form(store, region, expected):
    assert sources(cli_json("list", "--region", region)) == expected


def test_unknown_region_suggests_the_closest(store):
    result = run("list", "--region", "Татарстн")
    assert result.exit_code == 2
    assert result.stderr == ("Error: unknown region 'Татарстн'; did you mean Республика "
                             "Татарстан (RU-TA)? (see `soccoop regions`)\n")
    result = run("regions", "Югрра")
    assert result.exit_code == 2
    assert result.stderr == ("Error: no region matches 'Югрра'; did you mean Ханты-Мансийский "
                             "автономный округ — Югра (RU-KHM)?\n")


@pytest.fixture
def parties_store(db):
    """Agreements whose parties test word matching: "РТ" inside "Департамент", abbreviations."""
    text = "Департамент труда Москвы и Министерство труда ЛНР подписали соглашение."
    a = record(text, "p.txt", "2023-03-01", {}, [agreement(
        text, "signed", "2023-03-01",
        [Party("Департамент труда и социальной защиты населения города Москвы", "RU-MOW"),
         Party("Министерство труда и социальной политики Луганской Народной Республики", None)],
        [], "подписали")], [])
    with Store(db) as s:
        s.upsert(a, text, "/k/p.txt")
        for rec, t in records():
            s.upsert(rec, t, "/k/" + rec.source)
    return db


@pytest.mark.parametrize("party,expected", [
    ("РТ", [["RU-KHM", "RU-TA"]]),  # not "Депа-рт-амент"
    ("Республики Татарстан", [["RU-KHM", "RU-TA"]]),
    ("ЛНР", [["RU-MOW"]]),  # named in the party's name, region unknown
    ("ХМАО", [["RU-KHM", "RU-TA"]]),
    ("Минтруд", [["RU-MOW"]]),  # abbreviation: министерство труда
    ("министерство труда ЛНР", [["RU-MOW"]]),
    ("департаментом", [["RU-KHM", "RU-TA"], ["RU-MOW"]]),
    ("Москвы", [["RU-MOW", "RU-TYU"], ["RU-MOW"]]),
    ("департ", []),  # words, not fragments
])
def test_party_as_words_with_abbreviations(parties_store, party, expected):
    rows = cli_json("list", "--kind", "agreements", "--party", party, "--sort", "source")
    assert [r["regions"] for r in rows] == expected


@pytest.fixture
def officials_store(db):
    text = ("Министр Татарстана Клавдия Новикова, директор департамента Югры Татьяна Успенская и "
            "Иван Петров обсудили сотрудничество.")
    rec = record(text, "o.txt", "2023-06-01", TA_KHM, [], [])
    rec.officials = [
        Official("Клавдия Новикова", "министр", None, "RU-TA", ev(text, "Клавдия Новикова")),
        Official("Татьяна Успенская", "директор", None, "RU-KHM", ev(text, "Татьяна Успенская")),
        Official("Иван Петров", None, None, None, ev(text, "Иван Петров")),
    ]
    with Store(db) as s:
        s.upsert(rec, text, "/k/o.txt")
    return db


@pytest.mark.parametrize("region,expected", [
    ("RU-TA", ["Клавдия Новикова", "Иван Петров"]),  # Петров: no region, document's apply
    ("Югры", ["Татьяна Успенская", "Иван Петров"]),
    ("Москва", []),
])
def test_officials_by_their_own_region(officials_store, region, expected):
    rows = cli_json("list", "--kind", "officials", "--region", region)
    assert [r["name"] for r in rows] == expected


def test_officials_region_help_says_so():
    out = run("list", "--help").stdout
    assert "official's own region" in " ".join(out.split())


@pytest.mark.parametrize("status", ["SIGNED", "Signed", "signed"])
def test_status_any_case(store, status):
    assert [r["regions"] for r in cli_json("list", "--kind", "agreements", "--status", status)] == [
        ["RU-KHM", "RU-TA"]]


def test_bad_status_exit_2(store):
    result = run("list", "--status", "done")
    assert result.exit_code == 2 and "'done' is not one of" in result.stderr


def table(*args: str, columns: int = 80):
    result = CliRunner(env={"COLUMNS": str(columns)}).invoke(cli, [*args, "--format", "table"])
    assert result.exit_code == 0, result.output
    return result.stdout


def _table_words(out: str) -> list[str]:
    cells = re.split(r"[│┃]", out)
    return [w for c in cells for w in c.split() if not set(w) <= set("─━┼┬┴├┤┌┐└┘╇┡┩┏┓┗┛═╪• ")]


@pytest.mark.parametrize("kind", ["documents", "agreements", "officials"])
@pytest.mark.parametrize("columns", [60, 80, 120])
def test_tables_fit_the_terminal_and_never_break_words(store, kind, columns):
    out = table("list", "--kind", kind, columns=columns)
    table_lines = [line for line in out.splitlines() if line[:1] in "┌│├└"]
    assert table_lines and all(len(line) <= columns for line in table_lines)
    assert table_lines[0].endswith("┐") and table_lines[-1].endswith("┘")
    rows = cli_json("list", "--kind", kind)
    whole = set(re.findall(r"[\w.:/@-]+|\S", json.dumps(rows, ensure_ascii=False)))
    for word in _table_words("\n".join(table_lines)):
        core = word.rstrip("…").lstrip("…")
        # every word is whole, or cut with "…" (a prefix of a real word, or a path's tail)
        assert word in whole or core in whole or any(
            w.startswith(core) or w.endswith(core) for w in whole), word


def test_table_rows_are_separated(store):
    out = table("list", "--kind", "agreements", columns=250)
    assert out.count("├") == 2  # under the header and between the two agreements
    assert "• Министерство социальной защиты Республики Татарстан" in out


def test_table_says_how_many_rows_and_limit_0_is_all(store):
    out = table("list", "--limit", "2", columns=200)
    assert out.splitlines()[-1] == "2 of 4 rows (use --limit 0 for all)"
    out = table("list", "--limit", "0", columns=200)
    assert "of 4 rows" not in out
    assert sum(line.startswith("│ d") for line in out.splitlines()) == 4
    assert len(cli_json("list", "--limit", "0")) == 4


def test_table_default_limit_50(db):
    with Store(db) as s:
        for i in range(60):
            text = f"Документ номер {i} о сотрудничестве регионов, вариант {i * 7919}."
            s.upsert(record(text, f"n{i:02d}.txt", "2023", {}, [], []), text, f"/k/{i}")
    out = table("list", columns=200)
    assert out.splitlines()[-1] == "50 of 60 rows (use --limit 0 for all)"
    assert len(cli_json("list")) == 60


def test_narrow_table_names_the_hidden_columns(store):
    out = table("list", columns=60)
    assert "columns not shown at this width:" in out
    assert "copy_of" in out.split("columns not shown at this width:")[1]


def test_read_commands_leave_the_store_untouched(store):
    before = store.read_bytes()
    for args in (["list"], ["stats"], ["graph"], ["sql", "select count(*) from documents"],
                 ["show", IDS["a.txt"]], ["list", "--kind", "agreements"]):
        assert run(*args).exit_code == 0, args
    assert store.read_bytes() == before


def test_store_on_a_read_only_medium(store, tmp_path):
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mnt)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        shutil.copy(store, mnt / "s.db")
        assert subprocess.run(["mount", "-o", "remount,ro", str(mnt)]).returncode == 0
        ro = str(mnt / "s.db")
        assert sources(cli_json("list", "--db", ro)) == ["a.txt", "b.txt", "c.txt", "d.txt"]
        assert run("stats", "--db", ro, "--format", "json").exit_code == 0
        result = run("export", "--format", "jsonl", "-", "--db", ro)
        assert result.exit_code == 0 and len(result.stdout.splitlines()) == 4
        assert sorted(p.name for p in mnt.iterdir()) == ["s.db"]
        write = run("ingest", "-", "--db", ro, input="Текст.")
        assert write.exit_code == 1
        assert write.stderr == (f"Error: {ro}: cannot write the store (permission denied or a "
                                "read-only medium)\n")
    finally:
        if subprocess.run(["umount", str(mnt)]).returncode != 0:
            subprocess.run(["umount", "-l", str(mnt)])


@pytest.mark.parametrize("make,message", [
    (lambda d: d / "nodir" / "s.db", "directory '{parent}' does not exist"),
    (lambda d: d / "none.db", "no such store (run `soccoop ingest` first)"),
    (lambda d: (d / "e.db").touch() or d / "e.db",
     "an empty store (an ingest is creating it or never got going; run `soccoop ingest`)"),
])
def test_store_errors_name_the_cause(tmp_path, make, message):
    path = make(tmp_path)
    result = run("list", "--db", str(path))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {path}: {message.format(parent=path.parent)}\n"


def test_one_convention_for_outputs(store, tmp_path):
    html = run("report", "--html", "-")
    assert html.exit_code == 0 and html.stdout.startswith("<!DOCTYPE html>")
    assert not (tmp_path / "-").exists()
    for args, path in ((["report", "--html"], tmp_path / "r.html"),
                       (["graph", "-o"], tmp_path / "g.dot"),
                       (["export", "--format", "jsonl"], tmp_path / "e.jsonl"),
                       (["export", "--format", "sqlite"], tmp_path / "e.db")):
        path.write_text("keep me")
        result = run(*args, str(path))
        assert result.exit_code == 1, args
        assert result.stderr == f"Error: {path}: exists (use --force to overwrite)\n"
        assert path.read_text() == "keep me"
        assert run(*args, str(path), "--force").exit_code == 0, args
        assert path.read_bytes() != b"keep me"


def test_ingest_output_needs_force_before_any_work(db, tmp_path):
    out = tmp_path / "new.jsonl"
    out.write_text("keep me")
    result = run("ingest", str(tmp_path / "missing.txt"), "-o", str(out))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {out}: exists (use --force to overwrite)\n"
    assert out.read_text() == "keep me" and not db.exists()


@pytest.mark.parametrize("fmt", ["sqlite", "csv"])
def test_binary_exports_refuse_stdout(store, fmt):
    result = run("export", "--format", fmt, "-")
    assert result.exit_code == 2
    assert f"--format {fmt} cannot go to stdout ('-')" in result.stderr


def test_stats_machine_formats(store):
    lines = [json.loads(x) for x in run("stats", "--format", "jsonl").stdout.splitlines()]
    assert lines[0] == {"section": "total", "key": "documents", "documents": 4, "agreements": 2}
    assert {"section": "statuses", "key": "planned", "status": "planned", "agreements": 1,
            "reports": 1} in lines
    assert [x["key"] for x in lines if x["section"] == "months"] == [
        "2022-11", "2023-04", "2023-05", "unknown"]
    rows = list(csv.DictReader(run("stats", "--format", "csv").stdout.splitlines()))
    assert list(rows[0]) == ["section", "key", "name", "documents", "agreements", "reports",
                             "mentions", "position"]
    assert rows[1]["section"] == "regions" and rows[1]["key"] == "RU-KHM"


def test_graph_machine_formats(store, tmp_path):
    out = run("graph", "--format", "csv").stdout
    assert out.splitlines() == [
        "Source,Target,Type,Weight,Label,Statuses,Dates",
        "RU-KHM,RU-TA,Undirected,1,Ханты-Мансийский автономный округ — Югра — Республика "
        "Татарстан,signed,2023-04-18",
        "RU-MOW,RU-TYU,Undirected,1,Москва — Тюменская область,planned,"]
    lines = [json.loads(x) for x in run("graph", "--format", "jsonl").stdout.splitlines()]
    assert [x["type"] for x in lines] == ["node"] * 4 + ["edge"] * 2
    assert lines[4]["source"] == "RU-KHM" and lines[4]["count"] == 1


def test_show_never_prints_none(db):
    text = "Правительство Москвы и Тюменская область обсудят соглашение."
    rec = record(text, "x.txt", None, {}, [agreement(
        text, "mentioned", None, [Party("Правительство Москвы", "RU-MOW")], [], "соглашение")],
        [])
    rec.title = None
    with Store(db) as s:
        s.upsert(rec, text, "/k/x.txt")
    from io import StringIO

    from soccoop import query, show

    with Store(db) as s:
        doc = query.find(s, rec.id)
        agr = query.find(s, rec.agreements[0].id)
    for found in (doc, agr):
        buf = StringIO()
        show.render(found, buf)
        assert "None" not in buf.getvalue() and "—" in buf.getvalue()


def test_eval_warns_when_no_gold_document_matched(store, tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "other.json").write_text('{"regions": ["Республика Татарстан"]}', encoding="utf-8")
    result = run("eval", str(gold), "--format", "json")
    assert result.exit_code == 0
    assert result.stderr == (f"warning: none of the 1 gold documents in {gold} matches a stored "
                             "document by file name (4 stored); the scores below are empty\n")
    (gold / "a.json").write_text('{"regions": ["Республика Татарстан"]}', encoding="utf-8")
    assert run("eval", str(gold), "--format", "json").stderr == ""


def test_sql_reads_with_every_format(store):
    rows = cli_json("sql", "select source, published from documents order by source")
    assert rows == [{"source": "a.txt", "published": "2023-04-18"},
                    {"source": "b.txt", "published": "2023-05-02"},
                    {"source": "c.txt", "published": "2023-04-19"},
                    {"source": "d.txt", "published": "2022-11-03"}]
    out = run("sql", "select code, name from gazetteer where code = 'RU-TA'", "--format", "csv")
    assert out.stdout == "code,name\nRU-TA,Республика Татарстан\n"
    parties = cli_json("sql", "select distinct party from agreement_parties where party_region = "
                        "'RU-TA'")
    assert parties == [{"party": TA_MIN.name}]
    names = {r["name"] for r in cli_json("sql", "--tables")}
    assert {"documents", "agreements", "officials", "gazetteer", "agreement_parties"} <= names


@pytest.mark.parametrize("statement", [
    "delete from documents", "update documents set title = 'x'", "create table x(a)",
    "insert into doc_regions values ('x', 'RU-TA', 1)", "drop table officials",
])
def test_sql_refuses_writes(store, statement):
    before = store.read_bytes()
    result = run("sql", statement)
    assert result.exit_code == 1
    assert result.stderr == ("Error: sql: the store is opened read-only: only queries (SELECT, "
                             "WITH ...) run\n")
    assert store.read_bytes() == before
    assert len(cli_json("list")) == 4


def test_sql_errors_are_one_line(store):
    result = run("sql", "select nope from documents")
    assert result.exit_code == 1 and result.stderr == "Error: sql: no such column: nope\n"
    assert run("sql").exit_code == 2


def test_report_reads_like_a_page(store, tmp_path):
    path = tmp_path / "r.html"
    result = run("report", "--html", str(path), "--region", "Югры", "--since", "2023")
    assert result.exit_code == 0, result.output
    html = path.read_text(encoding="utf-8")
    assert ('<p class="filters">Filters: region Ханты-Мансийский автономный округ — Югра; '
            "since 2023.</p>") in html
    assert '<table id="matrix">' in html and '<svg id="timeline"' in html
    assert "<title>Agreements by month</title>" in html
    assert ("<li>Министерство социальной защиты Республики Татарстан "
            '<span class="muted">(Республика Татарстан)</span></li>') in html
    assert "<li>Клавдия Новикова</li><li>Татьяна Успенская</li>" in html
    assert "<summary>3 reports in 1 outlet, 1 of them copy of another</summary>" in html
    assert "<blockquote>подписали</blockquote>" in html
    assert "a.txt and 1 more" in html  # a.txt and its copy c.txt: one entry
    assert html.count('<tr class="agreement"') == 1


def test_report_matrix_counts_pairs(store):
    html = run("report", "--html", "-").stdout
    matrix = html.split('<table id="matrix">')[1].split("</table>")[0]
    assert matrix.count("<tr>") == 5  # header + 4 regions
    assert 'title="Республика Татарстан — Ханты-Мансийский автономный округ — Югра: 1">1<' in \
        matrix
    assert 'title="Республика Татарстан — Москва: 0"><' in matrix


def test_report_collapses_hundreds_of_reports(db, tmp_path):
    """300 republished reports of one signing: one row, one disclosure, a few entries."""
    outlets = ["tatar-inform.ru", "ugra-news.ru", "kazan.today", "surgut.info", "rt.ru"]
    with Store(db) as s:
        for i in range(300):
            text = TEXT_A + f" Источник {i}."
            source = f"/archive/{outlets[i % 5]}/{i:03d}.txt"
            rec = record(text, source, f"2023-04-{18 + i % 3}", TA_KHM,
                         [agreement(text, "signed", "2023-04-18", [TA_MIN, KHM_DEP],
                                    ["Клавдия Новикова", "Татьяна Успенская"], "подписали")],
                         [])
            s.upsert(rec, text, source)
    result = run("report", "--html", "-")
    assert result.exit_code == 0, result.output
    html = result.stdout
    assert html.count('<tr class="agreement"') == 1
    summary = re.search(r"<summary>(\d+) reports in (\d+) outlets, (\d+) of them copies of "
                        r"another</summary>", html)
    assert summary and summary.group(1, 2) == ("300", "5") and int(summary.group(3)) > 200
    entries = html.split("<details>")[1].split("</details>")[0].count("<li>")
    assert entries == 1  # one text, its copies folded in
    assert "2023-04-18 … 2023-04-20 · 300 reports in kazan.today, rt.ru, surgut.info" in html
    assert html.count("/archive/") == 1  # not 300 raw paths
