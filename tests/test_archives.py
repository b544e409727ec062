"""News collections: WARC crawls, JSON Lines and CSV dumps (gzip, bz2, zip), one document
per article, streamed. Fixtures are built here (warcio writes the WARCs); no network."""

from __future__ import annotations

import bz2
import gzip
import html
import inspect
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from soccoop.archives import (
    Article,
    Fields,
    Skipped,
    host_of,
    is_collection,
    iter_articles,
    parse_date,
)
from soccoop.cli import cli
from soccoop.ingest import Job, Result, ingest
from soccoop.models import Record, document_id, sha256_text
from soccoop.readers import InputError, read_source
from soccoop.store import Store

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


# ------------------------------------------------------------------ fixture builders


def page(title: str, body: str, charset: str = "utf-8", meta: bool = True) -> bytes:
    head = f'<meta charset="{charset}">' if meta else ""
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n") if p.strip())
    return (
        f"<!DOCTYPE html><html><head>{head}<title>{html.escape(title)}"
        f"</title></head><body><nav><a href=\"/\">Главная</a> <a href=\"/n\">Новости</a></nav>"
        f"<article><h1>{html.escape(title)}</h1>{paras}</article>"
        f"<footer>© Редакция</footer></body></html>"
    ).encode(charset)


def write_warc(path: Path, pages: list[tuple[str, bytes]], *, gz: bool = True,
               extras: bool = True, charset: str = "utf-8") -> bytes:
    """A crawl: warcinfo, then per page a request and an HTML response; with ``extras``
    also an image, a redirect and a stylesheet that are not articles."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    w.write_record(w.create_warcinfo_record(path.name, {"software": "soccoop-tests"}))

    def response(url: str, status: str, ctype: str, body: bytes) -> None:
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body),
                                            http_headers=headers))

    for url, body in pages:
        req = StatusAndHeaders("GET / HTTP/1.1", [("Host", host_of(url) or "")],
                               is_http_request=True)
        w.write_record(w.create_warc_record(url, "request", payload=io.BytesIO(b""),
                                            http_headers=req))
        response(url, "200 OK", f"text/html; charset={charset}", body)
    if extras:
        response("https://example.ru/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n")
        response("https://example.ru/old", "301 Moved Permanently", "text/html", b"<html/>")
        response("https://example.ru/s.css", "200 OK", "text/css", b"body{color:red}")
    data = buf.getvalue()
    path.write_bytes(data)
    return data


def news_please(url: str, title: str, text: str, date: str | None) -> dict[str, Any]:
    return {"authors": [], "date_download": "2024-01-10 12:00:00", "date_modify": None,
            "date_publish": date, "description": None, "filename": "x.json",
            "image_url": None, "language": "ru", "localpath": None, "maintext": text,
            "source_domain": host_of(url), "title": title, "title_page": None,
            "title_rss": None, "url": url}


def write_jsonl(path: Path, objs: list[Any], opener: Any = open) -> None:
    with opener(path, "wt", encoding="utf-8") as fh:
        for obj in objs:
            fh.write((obj if isinstance(obj, str) else json.dumps(obj, ensure_ascii=False))
                     + "\n")


def articles(path: Path | str, **kw: Any) -> list[Article | InputError | Skipped]:
    return list(iter_articles(str(path), **kw))


def only(items: list[Any], kind: type) -> list[Any]:
    return [i for i in items if isinstance(i, kind)]


def corpus_text(name: str) -> str:
    return next(CORPUS.glob(f"{name}_*.txt")).read_text(encoding="utf-8")


# ------------------------------------------------------------------ JSON Lines


def test_news_please_fields_make_an_article(tmp_path):
    p = tmp_path / "dump.jsonl"
    write_jsonl(p, [news_please("https://www.kostroma.ru/news/1", "Заголовок новости",
                                "Первый абзац.\n\n  Второй абзац.  ", "2023-09-15 10:00:00")])
    [art] = articles(p)
    assert art == Article(
        source="https://www.kostroma.ru/news/1", key="url:https://www.kostroma.ru/news/1",
        text="Заголовок новости\nПервый абзац.\nВторой абзац.", title="Заголовок новости",
        published="2023-09-15", outlet="kostroma.ru", date_from_field=True)


@pytest.mark.parametrize(("obj", "want"), [
    ({"text": "Т1", "date": "15.09.2023", "link": "http://a.ru/x"},
     ("http://a.ru/x", "2023-09-15", "a.ru", "Т1")),
    ({"content": ["Абзац один.", "Абзац два."], "published": 1694772000},
     ("FILE#1", "2023-09-15", None, "Абзац один.\nАбзац два.")),
    ({"Body": "Т3", "Published_At": "2023-09", "site": "Известия"},
     ("FILE#1", "2023-09", "Известия", "Т3")),
])
def test_other_dumps_field_names_are_recognised(tmp_path, obj, want):
    p = tmp_path / "d.ndjson"
    write_jsonl(p, [obj])
    [art] = articles(p)
    source, published, outlet, text = want
    assert (art.source, art.published, art.outlet, art.text) == (
        source.replace("FILE", str(p)), published, outlet, text)
    assert art.key == (f"url:{source}" if source.startswith("http") else f"{p.resolve()}#1")


def test_fields_named_by_options_win_and_reach_into_objects(tmp_path):
    p = tmp_path / "d.jsonl"
    write_jsonl(p, [{"text": "не это", "body": {"plain": "Вот текст."}, "url": "http://x.ru/1",
                     "permalink": "https://y.ru/2", "meta": {"day": "2022-11-28"},
                     "date": "2020-01-01", "media": "Вести", "heading": "Шапка"}])
    fields = Fields(text="body.plain", url="permalink", date="meta.day", title="heading",
                    outlet="media")
    [art] = articles(p, fields=fields)
    assert (art.source, art.published, art.outlet, art.text, art.title) == (
        "https://y.ru/2", "2022-11-28", "Вести", "Шапка\nВот текст.", "Шапка")


def test_broken_records_are_one_error_each_and_the_rest_goes_on(tmp_path):
    p = tmp_path / "d.jsonl"
    write_jsonl(p, [{"text": "Первая."}, "{oops", "", "[1, 2]", {"title": "без текста"},
                    {"text": "Последняя."}])
    items = articles(p, max_bytes=1000)
    assert [str(i) if isinstance(i, InputError) else i.text for i in items] == [
        "Первая.",
        f"{p}#2: invalid JSON: Expecting property name enclosed in double quotes at column 2",
        f"{p}#4: not a JSON object but list",
        f"{p}#5: no text (field maintext, text, content, body; choose one with --text-field)",
        "Последняя.",
    ]


def test_an_oversized_line_is_skipped_without_reading_it_whole(tmp_path):
    p = tmp_path / "d.jsonl"
    write_jsonl(p, [{"text": "x" * 5000}, {"text": "Короткая."}])
    items = articles(p, max_bytes=1000)
    assert str(items[0]) == f"{p}#1: record larger than 1000 bytes (--max-bytes)"
    assert [i.text for i in only(items, Article)] == ["Короткая."]


def test_max_bytes_bounds_a_record_not_the_archive(tmp_path):
    p = tmp_path / "d.jsonl"
    write_jsonl(p, [{"text": f"Статья {i}. " + "слово " * 20} for i in range(100)])
    assert p.stat().st_size > 10_000
    assert len(only(articles(p, max_bytes=1000), Article)) == 100


@pytest.mark.parametrize("compress", ["gz", "bz2"])
def test_compressed_dumps(tmp_path, compress):
    p = tmp_path / f"d.jsonl.{compress}"
    opener = gzip.open if compress == "gz" else bz2.open
    write_jsonl(p, [{"text": f"Статья {i}.", "url": f"https://a.ru/{i}"} for i in range(3)],
                opener)
    assert [a.source for a in articles(p)] == [f"https://a.ru/{i}" for i in range(3)]


def test_truncated_gzip_keeps_every_article_before_the_cut(tmp_path):
    lines = [json.dumps({"text": f"Статья номер {i}. " + "слово " * 50, "url": f"http://a.ru/{i}"},
                        ensure_ascii=False) for i in range(200)]
    data = gzip.compress(("\n".join(lines) + "\n").encode())
    p = tmp_path / "d.jsonl.gz"
    p.write_bytes(data[: len(data) * 2 // 3])
    items = articles(p)
    good = only(items, Article)
    assert len(good) >= 100
    assert [a.source for a in good] == [f"http://a.ru/{i}" for i in range(len(good))]
    assert all(a.text == json.loads(lines[i])["text"].strip() for i, a in enumerate(good))
    [err] = only(items, InputError)
    assert items[-1] is err
    assert str(err).startswith(f"{p}#{len(good) + 1}: truncated or corrupt compressed data (")


def test_the_reader_is_a_lazy_generator(tmp_path):
    """Flat memory: the first article comes before the rest of the file is read."""
    p = tmp_path / "big.jsonl"
    write_jsonl(p, [{"text": f"Статья {i}. " + "текст " * 100} for i in range(5000)])
    size = p.stat().st_size
    read = 0
    real_open = open

    class Counting(io.FileIO):
        def readinto(self, b: Any) -> int | None:
            nonlocal read
            n = super().readinto(b)
            read += n or 0
            return n

    def counting_open(path: Any, mode: str = "r", *a: Any, **kw: Any) -> Any:
        if str(path) == str(p) and mode == "rb":
            return io.BufferedReader(Counting(str(path), "rb"))
        return real_open(path, mode, *a, **kw)

    gen = iter_articles(str(p))
    assert inspect.isgenerator(gen)
    import builtins

    builtins.open, saved = counting_open, builtins.open
    try:
        first = next(gen)
        assert isinstance(first, Article) and first.text.startswith("Статья 0.")
        assert read < size / 20
        assert sum(1 for _ in gen) == 4999
        assert read == size
    finally:
        builtins.open = saved


# ------------------------------------------------------------------ CSV


def test_csv_export_with_russian_columns_in_cp1251(tmp_path):
    p = tmp_path / "export.csv"
    p.write_bytes(
        ("Дата;Заголовок;Текст;Ссылка;СМИ\n"
         "15.09.2023;Соглашение подписано;\"Текст; с разделителем\nи второй строкой\";"
         "https://smi44.ru/1;СМИ44\n"
         ";;;;\n"
         "16.09.2023;Без текста;;https://smi44.ru/2;СМИ44\n"
         "17.09.2023;Третья;Текст третьей;;ГТРК\n").encode("cp1251"))
    items = articles(p)
    a1, err, a3 = items
    assert (a1.source, a1.published, a1.outlet, a1.text) == (
        "https://smi44.ru/1", "2023-09-15", "smi44.ru",
        "Соглашение подписано\nТекст; с разделителем\nи второй строкой")
    assert str(err).startswith(f"{p}#3: no text")
    assert (a3.source, a3.outlet, a3.key) == (f"{p}#4", "ГТРК", f"{p.resolve()}#4")


def test_csv_comma_separated_with_long_texts(tmp_path):
    p = tmp_path / "e.csv"
    long = "Очень длинный текст, " * 20000  # over csv's default field limit (128 KiB)
    with open(p, "w", encoding="utf-8-sig", newline="") as fh:
        import csv

        w = csv.writer(fh)
        w.writerow(["url", "date", "title", "text"])
        w.writerow(["https://a.ru/1", "2023-01-02T10:00:00Z", "Т", long])
    [art] = articles(p)
    assert art.text == "Т\n" + long.strip() and art.published == "2023-01-02"


# ------------------------------------------------------------------ WARC


def test_warc_html_responses_are_articles_and_the_rest_is_skipped_and_counted(tmp_path):
    p = tmp_path / "crawl.warc.gz"
    write_warc(p, [("https://www.tatar-inform.ru/news/1",
                    page("Соглашение о сотрудничестве", "Министр подписал соглашение.\nВторой.")),
                   ("https://ugra.ru/2", page("Вторая новость", "Текст второй новости."))])
    items = articles(p)
    arts = only(items, Article)
    assert [(a.source, a.outlet, a.title) for a in arts] == [
        ("https://www.tatar-inform.ru/news/1", "tatar-inform.ru", "Соглашение о сотрудничестве"),
        ("https://ugra.ru/2", "ugra.ru", "Вторая новость")]
    saved = tmp_path / "saved.html"  # the same page saved from a browser
    saved.write_bytes(page("Соглашение о сотрудничестве", "Министр подписал соглашение.\nВторой."))
    assert arts[0].text == read_source(str(saved)).text
    assert "Министр подписал соглашение." in arts[0].text
    skipped = only(items, Skipped)
    # warcinfo, two requests, an image, a redirect, a stylesheet
    assert [s.reason for s in skipped] == ["warcinfo record", "request record", "request record",
                                           "image/png", "HTTP 301", "text/css"]
    assert skipped[0].where == f"{p}#1" and not only(items, InputError)


@pytest.mark.parametrize(("name", "gz"), [("c.warc", False), ("c.warc.gz", True)])
def test_warc_charset_from_http_header(tmp_path, name, gz):
    p = tmp_path / name
    body = page("Новость в cp1251", "Текст в кодировке.", "cp1251", meta=False)
    write_warc(p, [("http://a.ru/1", body)], gz=gz, extras=False, charset="windows-1251")
    [art] = only(articles(p), Article)
    assert art.title == "Новость в cp1251" and "\nТекст в кодировке." in art.text


def test_truncated_warc_keeps_the_records_before_the_cut(tmp_path):
    p = tmp_path / "t.warc.gz"
    pages = [(f"https://a.ru/{i}", page(f"Новость {i}", f"Текст новости номер {i}."))
             for i in range(3)]
    data = write_warc(p, pages, extras=False)
    p.write_bytes(data[:-40])
    items = articles(p)
    assert [a.source for a in only(items, Article)] == ["https://a.ru/0", "https://a.ru/1"]
    assert str(items[-1]).startswith(f"{p}#7: truncated record")


def test_a_wrongly_compressed_warc_is_one_error(tmp_path):
    p = tmp_path / "x.warc.gz"
    p.write_bytes(b"\x1f\x8b\x08\x00garbage" * 10)
    items = articles(p)
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert str(items[0]).startswith(f"{p}")


def test_old_arc_crawls_read_like_warc(tmp_path):
    """ARC (the Internet Archive's format before WARC): warcio converts its records."""
    def rec(url: str, ctype: str, body: bytes) -> bytes:
        http = (f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}"
                "\r\n\r\n").encode() + body
        return f"{url} 127.0.0.1 20230915100000 {ctype} {len(http)}\n".encode() + http + b"\n"

    desc = b"1 0 test\nURL IP-address Archive-date Content-type Archive-length\n"
    p = tmp_path / "old.arc.gz"
    p.write_bytes(gzip.compress(
        f"filedesc://old.arc 0.0.0.0 20230915100000 text/plain {len(desc)}\n".encode() + desc
        + b"\n" + rec("http://old.ru/1", "text/html", page("Новость", "Текст из ARC."))
        + rec("http://old.ru/i.png", "image/png", b"\x89PNG")))
    items = articles(p)
    assert [(a.source, a.title) for a in only(items, Article)] == [("http://old.ru/1", "Новость")]
    assert [s.reason for s in only(items, Skipped)] == ["warcinfo record", "image/png"]


# ------------------------------------------------------------------ zip, detection, values


def test_zip_of_collections_and_plain_files(tmp_path):
    p = tmp_path / "a.zip"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("dump/n.jsonl", json.dumps({"text": "Из дампа.", "url": "https://b.ru/1"},
                                               ensure_ascii=False) + "\n")
        zf.writestr("notes/статья.txt", "Просто текст статьи.".encode("cp1251"))
        zf.writestr("__MACOSX/._n.jsonl", b"\x00\x05")
        zf.writestr("empty.txt", b"")
    items = articles(p)
    assert [(i.source, i.text) if isinstance(i, Article) else str(i) for i in items] == [
        ("https://b.ru/1", "Из дампа."),
        (f"{p}/notes/статья.txt", "Просто текст статьи."),
        f"{p}/empty.txt: empty file",
    ]


def test_collections_are_recognised_by_name_content_or_option(tmp_path):
    plain = tmp_path / "crawl.dat"
    write_warc(plain, [], gz=False, extras=False)
    assert is_collection(str(plain))
    assert all(is_collection(n) for n in ["a.warc.gz", "B.JSONL", "c.csv.bz2", "d.tsv", "e.zip"])
    assert not any(is_collection(str(tmp_path / n)) for n in ["a.txt", "b.html", "c.txt.gz"])
    assert is_collection(str(tmp_path / "dump.json"), "jsonl")


@pytest.mark.parametrize(("value", "want"), [
    ("2023-09-15 10:00:00", "2023-09-15"),
    ("2023-09-15T23:30:00-05:00", "2023-09-15"),
    ("2023-09", "2023-09"),
    ("2023", "2023"),
    ("15.09.2023", "2023-09-15"),
    ("5.9.2023 10:00", "2023-09-05"),
    ("2023/9/15", "2023-09-15"),
    ("Fri, 15 Sep 2023 10:00:00 +0300", "2023-09-15"),
    (1694772000, "2023-09-15"),
    (1694772000000, "2023-09-15"),
    ("2023-02-30", None),
    ("вчера", None),
    (None, None),
    (True, None),
    (12, None),
])
def test_collection_dates(value, want):
    assert parse_date(value) == want


@pytest.mark.parametrize(("url", "want"), [
    ("https://www.Tatar-Inform.ru/news/1", "tatar-inform.ru"),
    ("http://ugra.ru:8080/x", "ugra.ru"),
    ("не адрес", None),
])
def test_outlet_is_the_url_host(url, want):
    assert host_of(url) == want


# ------------------------------------------------------------------ ingest (no NLP)


def fake_extract(jobs: Iterator[Job]) -> Iterator[Result]:
    """Stands in for the NLP executors: a bare record per job, so these tests are fast."""
    for job in jobs:
        sha = sha256_text(job.text)
        yield job, Record(id=document_id(sha), source=job.path, sha256=sha, title=job.title,
                          published=job.published or job.fallback_date)


def collection(tmp_path: Path) -> list[str]:
    warc = tmp_path / "c.warc.gz"
    write_warc(warc, [("https://a.ru/1", page("Первая", "Текст первой.")),
                      ("https://b.ru/2", page("Вторая", "Текст второй."))])
    jsonl = tmp_path / "d.jsonl"
    write_jsonl(jsonl, [news_please("https://c.ru/3", "Третья", "Текст третьей.", "2023-09-15"),
                        "{broken", {"maintext": "Без адреса."}])
    return [str(warc), str(jsonl)]


def test_ingest_stores_each_article_once_and_resumes(tmp_path):
    paths = collection(tmp_path)
    errors: list[str] = []
    with Store(tmp_path / "s.db") as store:
        first = ingest(paths, store, executor=fake_extract, on_error=errors.append)
        assert (first.new, first.failed, first.skipped) == (4, 1, 6)
        assert errors == [f"{paths[1]}#2: invalid JSON: Expecting property name enclosed in "
                          "double quotes at column 2"]
        rows = {r["source"]: r for r in store.records()}
        assert sorted(rows) == sorted(["https://a.ru/1", "https://b.ru/2", "https://c.ru/3",
                                       f"{paths[1]}#3"])
        assert {s: r["outlet"] for s, r in rows.items()} == {
            "https://a.ru/1": "a.ru", "https://b.ru/2": "b.ru", "https://c.ru/3": "c.ru",
            f"{paths[1]}#3": None}
        assert rows["https://c.ru/3"]["published"] == "2023-09-15"
        again = ingest(paths, store, executor=fake_extract)
        assert (again.new, again.unchanged, again.failed) == (0, 4, 1)
        assert store.count() == 4
    assert "skipped 6 archive records that are not HTML responses" in first.line()


def test_an_interrupted_archive_completes_on_the_next_run(tmp_path):
    paths = [str(tmp_path / "d.jsonl")]
    write_jsonl(Path(paths[0]), [{"text": f"Статья {i}.", "url": f"https://a.ru/{i}"}
                                 for i in range(30)])

    def dies_after_ten(jobs: Iterator[Job]) -> Iterator[Result]:
        for n, pair in enumerate(fake_extract(jobs)):
            if n == 10:
                raise KeyboardInterrupt
            yield pair

    with Store(tmp_path / "s.db") as store:
        with pytest.raises(KeyboardInterrupt):
            ingest(paths, store, executor=dies_after_ten)
        assert store.count() == 10
        rest = ingest(paths, store, executor=fake_extract)
        assert (rest.new, rest.unchanged) == (20, 10)
        assert sorted(r["source"] for r in store.records()) == sorted(
            f"https://a.ru/{i}" for i in range(30))


def test_the_same_article_in_two_dumps_is_stored_once(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.csv"
    write_jsonl(a, [{"text": "Одна и та же статья.", "url": "https://a.ru/1"}])
    b.write_text("url,text\nhttps://a.ru/1,Одна и та же статья.\n", encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        s = ingest([str(a), str(b)], store, executor=fake_extract)
        assert (s.new, s.unchanged, store.count()) == (1, 1, 1)


@pytest.mark.slow
def test_articles_flow_to_dask_workers_in_batches(tmp_path, monkeypatch):
    distributed = pytest.importorskip("dask.distributed")
    from soccoop import ingest as ing

    def fake_jobs(jobs: list[Job]) -> list[Record | Exception]:
        """Runs on the worker (a pickled copy): the batch size goes back in the title."""
        out: list[Record | Exception] = []
        for _, rec in fake_extract(iter(jobs)):
            assert isinstance(rec, Record)
            rec.title = f"{len(jobs)} {rec.source}"
            out.append(rec)
        return out

    monkeypatch.setattr("soccoop.ingest.extract_jobs", fake_jobs)
    p = tmp_path / "d.jsonl"
    write_jsonl(p, [{"text": f"Статья {i}.", "url": f"https://a.ru/{i}"} for i in range(40)])
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                       dashboard_address=None)
    try:
        with Store(tmp_path / "s.db") as store:
            s = ingest([str(p)], store, executor=ing.run_dask(cluster.scheduler_address))
            assert s.new == 40 and store.count() == 40
            sizes = {r["title"].split()[1]: int(r["title"].split()[0]) for r in store.records()}
    finally:
        cluster.close()
    assert sorted(sizes) == sorted(f"https://a.ru/{i}" for i in range(40))
    assert 1 < max(sizes.values()) <= ing.BATCH_DOCS


# ------------------------------------------------------------------ CLI


def test_cli_rejects_field_options_for_warc(tmp_path):
    result = CliRunner().invoke(cli, ["ingest", "x.warc", "--format", "warc", "--text-field",
                                      "body", "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Error: --text-field, --url-field, --date-field, --title-field and --outlet-field "
        "apply to JSON Lines and CSV, not WARC")


def test_cli_reports_each_broken_record_and_exits_1(tmp_path):
    p = tmp_path / "d.jsonl"
    write_jsonl(p, ["{no", "", '"just a string"', {"title": "Без текста"}])
    result = CliRunner().invoke(cli, ["ingest", str(p), "--db", str(tmp_path / "s.db"),
                                      "--workers", "1", "-o", "-"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"error: {p}#1: invalid JSON: Expecting property name enclosed in double quotes at "
        "column 2",
        f"error: {p}#3: not a JSON object but str",
        f"error: {p}#4: no text (field maintext, text, content, body; choose one with "
        "--text-field)",
    ]


def test_whole_file_gzip_warc(tmp_path):
    """warcio wants one gzip member per record; a crawl gzipped as one file works too."""
    plain = tmp_path / "c.warc"
    data = write_warc(plain, [("https://a.ru/1", page("Новость", "Текст новости."))],
                      gz=False)
    p = tmp_path / "c.warc.gz"
    p.write_bytes(gzip.compress(data))
    assert [a.source for a in only(articles(p), Article)] == ["https://a.ru/1"]
    assert len(only(articles(p), Skipped)) == 5


@pytest.mark.slow
def test_warc_jsonl_and_csv_give_five_records_with_urls(tmp_path):
    """The issue's target, end to end through the CLI with real extraction."""
    warc = tmp_path / "crawl.warc.gz"
    t3, t4 = corpus_text("003"), corpus_text("004")
    write_warc(warc, [("https://ulgov.ru/news/1", page(t3.split("\n")[0], t3)),
                      ("https://www.mos.ru/news/2", page("Опыт Москвы", t4))])
    jsonl = tmp_path / "news.jsonl"
    t1, t2 = corpus_text("001").strip(), corpus_text("002")
    write_jsonl(jsonl, [
        news_please("https://tatar-inform.ru/news/3", t1.split("\n")[0], t1, "2023-04-20 09:00:00"),
        news_please("https://smi44.ru/news/4", t2.split("\n")[0], t2, "2023-09-20 08:00:00")])
    csvp = tmp_path / "export.csv"
    csvp.write_text("url,date,title,text\nhttps://example.ru/5,2023-10-01,Новость,"
                    "\"Министр труда Татарстана встретился с коллегами из Югры.\"\n",
                    encoding="utf-8")
    db = tmp_path / "s.db"
    argv = ["ingest", str(warc), str(jsonl), str(csvp), "--db", str(db), "--workers", "1",
            "-o", "-"]
    result = CliRunner().invoke(cli, argv)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    recs = {r["source"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert sorted(recs) == ["https://example.ru/5", "https://smi44.ru/news/4",
                            "https://tatar-inform.ru/news/3", "https://ulgov.ru/news/1",
                            "https://www.mos.ru/news/2"]
    assert recs["https://tatar-inform.ru/news/3"]["published"] == "2023-04-20"  # text has none
    assert recs["https://smi44.ru/news/4"]["published"] == "2023-09-15"  # the text's own date
    assert recs["https://example.ru/5"]["published"] == "2023-10-01"
    assert recs["https://www.mos.ru/news/2"]["outlet"] == "mos.ru"
    import jsonschema

    schema = json.loads((CORPUS.parent / "src/soccoop/schema/record.schema.json").read_text())
    for rec in recs.values():
        jsonschema.validate(rec, schema)
    assert any(r["agreements"] for r in recs.values())
    again = CliRunner().invoke(cli, argv)
    assert again.exit_code == 0 and again.stdout == ""
    with Store(db) as store:
        assert store.count() == 5
