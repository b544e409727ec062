"""News collections as they come: WARC crawls, JSON Lines and CSV dumps (gzip, bz2, zip).

Each article of a collection becomes one document. Everything streams: a record is read,
turned into an :class:`Article` and handed on before the next is read, so an archive of
millions of records is never held in memory (``iter_articles`` is a generator).

Where an article is named: ``source`` is its URL when the collection gives one, else
``FILE#N`` (N: the line of a JSON Lines file, the data row of a CSV file, the record of a
WARC file, counting every record, from 1). A record that cannot be used is yielded as an
``InputError`` for ``FILE#N`` and the reading goes on; a truncated or corrupt compressed
stream ends the file with one error, after every complete article before it.

Publication dates: the text or HTML comes first (the extraction pipeline prefers a date it
finds in the text; trafilatura reads HTML metadata), the collection's date field only
fills a gap. WARC-Date is the crawl date, never a publication date, so it is not used.
"""

from __future__ import annotations

import codecs
import csv
import email.utils
import functools
import io
import json
import os
import re
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import IO, Any, BinaryIO
from urllib.parse import urlsplit

from soccoop import isodate
from soccoop.readers import InputError

COLLECTION_FORMATS = ("warc", "jsonl", "csv")
FORMATS = ("auto", *COLLECTION_FORMATS)

_SUFFIXES = {
    ".warc": "warc",
    ".arc": "warc",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
}
_COMPRESSED = (".gz", ".bz2")

# Field names recognised in dumps, in order of preference (compared after lower-casing
# and folding spaces, dashes and underscores). news-please: url, title, date_publish,
# maintext, source_domain; media-monitoring exports often use Russian column names.
TEXT_FIELDS = ("maintext", "text", "content", "body", "article_text", "full_text",
               "fulltext", "article", "текст", "текст_статьи", "содержание")
HTML_FIELDS = ("html", "raw_html", "content_html")
URL_FIELDS = ("url", "link", "source_url", "article_url", "href", "uri", "ссылка",
              "адрес", "url_статьи")
TITLE_FIELDS = ("title", "headline", "header", "заголовок", "название")
DATE_FIELDS = ("date_publish", "published", "date_published", "publish_date",
               "published_at", "pubdate", "pub_date", "date", "datetime",
               "дата_публикации", "дата", "дата_выхода")
OUTLET_FIELDS = ("outlet", "source_domain", "site", "sitename", "site_name", "domain",
                 "publisher", "media", "source", "сми", "источник", "издание")


@dataclass(frozen=True)
class Fields:
    """Field (or column) names chosen with ``--text-field`` etc.; None: recognise one.

    A dotted name reaches into nested JSON objects (``source.name``)."""

    text: str | None = None
    url: str | None = None
    date: str | None = None
    title: str | None = None
    outlet: str | None = None


@dataclass
class Article:
    """One article of a collection, ready for extraction."""

    source: str  # the URL, else FILE#N
    key: str | None  # identity across runs (resume); None: from the text (standard input)
    text: str
    title: str | None
    published: str | None  # HTML metadata date, else the collection's date field
    outlet: str | None
    # True when ``published`` is the collection's date field: then the text's own date
    # line wins over it (HTML markup's date wins over the text)
    date_from_field: bool = False


@dataclass
class Skipped:
    """A collection record that is not an article (WARC request, image, redirect, ...)."""

    where: str
    reason: str


Item = Article | InputError | Skipped


# --------------------------------------------------------------------------- detection


def _strip_compression(name: str) -> str:
    low = name.lower()
    for suf in _COMPRESSED:
        if low.endswith(suf):
            return low[: -len(suf)]
    return low


def format_of(name: str) -> str | None:
    """Collection format from a file name (``news.warc.gz`` → warc), None when not one."""
    base = _strip_compression(name)
    for suf, fmt in _SUFFIXES.items():
        if base.endswith(suf):
            return fmt
    return None


def is_collection(path: str, forced: str = "auto") -> bool:
    """Whether ``ingest`` reads ``path`` as a collection of articles (else one document)."""
    if forced != "auto":
        return True
    if path == "-":
        return False
    return format_of(path) is not None or path.lower().endswith(".zip") or _sniff_warc(path)


def _sniff_warc(path: str) -> bool:
    """An uncompressed WARC without the extension (``crawl.dat``): its first bytes say so."""
    try:
        with open(path, "rb") as fh:
            return fh.read(8) in (b"WARC/1.0", b"WARC/1.1")
    except OSError:
        return False


# --------------------------------------------------------------------------- streams


class _Tolerant(io.RawIOBase):
    """A decompressing stream that ends cleanly where its data is cut off.

    Why: a truncated gzip raises EOFError on the read that would cross the cut, and a
    buffered reader (or warcio) then loses the data it had already decompressed. Reading
    one chunk at a time and turning the error into an end of file keeps every byte before
    the cut; ``error`` says why it ended, so the reader can flag the record it spoilt."""

    def __init__(self, raw: Any) -> None:
        super().__init__()
        self.raw = raw
        self.error: str | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buf: Any) -> int:
        if self.error is not None:
            return 0
        try:
            read1 = getattr(self.raw, "read1", None)
            data = read1(len(buf)) if read1 is not None else self.raw.read(len(buf))
        except (EOFError, OSError, zlib.error, ValueError) as exc:
            self.error = str(exc) or type(exc).__name__
            return 0
        n = len(data)
        buf[:n] = data
        return n


def _decompressing(raw: BinaryIO, name: str) -> tuple[io.BufferedReader, _Tolerant]:
    """The plain bytes of ``raw``, whatever its compression (sniffed: gzip, bz2, none)."""
    import bz2
    import gzip

    head = raw.peek(4)[:4] if hasattr(raw, "peek") else b""
    inner: Any = raw
    if head[:2] == b"\x1f\x8b":
        inner = gzip.GzipFile(fileobj=raw)
    elif head[:3] == b"BZh":
        inner = bz2.BZ2File(raw)
    tolerant = _Tolerant(inner)
    return io.BufferedReader(tolerant, 1 << 16), tolerant


def _compression_error(tolerant: _Tolerant) -> str:
    return f"truncated or corrupt compressed data ({tolerant.error})"


# --------------------------------------------------------------------------- values


@functools.lru_cache(maxsize=4096)
def _fold(name: str) -> str:
    """Field names compared loosely: "Published At", "published-at" → "published_at"."""
    return re.sub(r"[\s_\-]+", "_", name.strip().lower())


def _folded(obj: dict[str, Any]) -> dict[str, Any]:
    return {_fold(k): v for k, v in obj.items() if isinstance(k, str)}


def _pick(obj: dict[str, Any], chosen: str | None, known: tuple[str, ...],
          folded: dict[str, Any] | None = None) -> Any:
    """The value of the chosen field, else of the first recognised one that has a value."""
    if chosen is not None:
        cur: Any = obj
        if chosen in obj:
            return obj[chosen]
        for part in chosen.split("."):
            if not isinstance(cur, dict) or part not in cur:
                return None
            cur = cur[part]
        return cur
    if folded is None:
        folded = _folded(obj)
    for name in known:
        value = folded.get(name)
        if value not in (None, "", []):
            return value
    return None


def _as_text(value: Any) -> str | None:
    """A string field, or paragraphs given as a list of strings."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(value)
    return None


_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T\s])")
_SLASHED = re.compile(r"^\s*(\d{4})/(\d{1,2})/(\d{1,2})\b")
_DOTTED = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\b")


def parse_date(value: Any) -> str | None:
    """A collection's date field as an ISO date at its precision; None when unreadable.

    Accepts ISO 8601 (``2023-09-15 10:00:00``, ``2023-09-15T10:00:00+03:00``: the date as
    written, not shifted to UTC), ``15.09.2023``, ``2023/09/15``, RFC 2822 (RSS) and Unix
    timestamps (seconds or milliseconds)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        secs = float(value) / (1000 if value > 1e11 else 1)
        try:
            day = datetime.fromtimestamp(secs, UTC)
        except (OverflowError, OSError, ValueError):
            return None
        return day.strftime("%Y-%m-%d") if 1990 <= day.year <= 2100 else None
    if not isinstance(value, str):
        return None
    out: str | None = None
    if m := _ISO.match(value):
        out = "-".join(p for p in m.groups() if p)
    elif m := _SLASHED.match(value):
        out = f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}"
    elif m := _DOTTED.match(value):
        out = f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}"
    else:
        try:
            out = email.utils.parsedate_to_datetime(value.strip()).strftime("%Y-%m-%d")
        except (TypeError, ValueError, IndexError):
            return None
    return out if out and isodate.is_valid(out) else None


def host_of(url: str) -> str | None:
    """The outlet of a URL: its host, lower case, without ``www.``."""
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def _article_from_fields(
    obj: dict[str, Any], where: str, key: str | None, fields: Fields, max_bytes: int
) -> Article:
    """One JSON object or CSV row → Article, or InputError naming what is missing."""
    from soccoop.readers import _extract_html, _normalise

    folded = _folded(obj)
    raw_url = _pick(obj, fields.url, URL_FIELDS, folded)
    url = raw_url.strip() if isinstance(raw_url, str) and raw_url.strip() else None
    title_v = _pick(obj, fields.title, TITLE_FIELDS, folded)
    title = " ".join(title_v.split()) if isinstance(title_v, str) and title_v.strip() else None
    published = parse_date(_pick(obj, fields.date, DATE_FIELDS, folded))
    from_field = published is not None
    text = _as_text(_pick(obj, fields.text, TEXT_FIELDS, folded))
    if text is None and fields.text is None:
        html = _pick(obj, None, HTML_FIELDS, folded)
        if isinstance(html, str) and html.strip():
            text, html_title, html_date = _extract_html(_normalise(html))
            title = title or html_title
            if html_date:
                published, from_field = html_date, False
    if text is None or not text.strip():
        wanted = fields.text or ", ".join(TEXT_FIELDS[:4])
        raise InputError(where, f"no text (field {wanted}; choose one with --text-field)")
    if len(text) > max_bytes:
        raise InputError(where, f"text larger than {max_bytes} characters (--max-bytes)")
    text = "\n".join(line.strip() for line in _normalise(text).split("\n") if line.strip())
    if title and not text.startswith(title):
        text = f"{title}\n{text}"  # the headline is part of the document, as in HTML pages
    outlet_v = _pick(obj, fields.outlet, OUTLET_FIELDS) if fields.outlet else None
    outlet = outlet_v.strip() if isinstance(outlet_v, str) and outlet_v.strip() else None
    if outlet is None and url is not None:
        outlet = host_of(url)
    if outlet is None and fields.outlet is None:
        outlet_v = _pick(obj, None, OUTLET_FIELDS, folded)
        outlet = outlet_v.strip() if isinstance(outlet_v, str) and outlet_v.strip() else None
    return Article(source=url or where, key=f"url:{url}" if url else key, text=text,
                   title=title, published=published, outlet=outlet,
                   date_from_field=from_field)


# --------------------------------------------------------------------------- JSON Lines


def _lines(stream: io.BufferedReader, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) pairs; None for a line longer than ``limit`` (skipped unread)."""
    n = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        n += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while True:
                rest = stream.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield n, None
            continue
        yield n, line


def _iter_jsonl(stream: io.BufferedReader, tolerant: _Tolerant, name: str,
                keybase: str | None, fields: Fields, max_bytes: int) -> Iterator[Item]:
    pending: tuple[int, bytes | None] | None = None

    def one(n: int, line: bytes | None) -> Item | None:
        where = f"{name}#{n}"
        if line is None:
            return InputError(where, f"record larger than {max_bytes} bytes (--max-bytes)")
        if n == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[3:]
        if not line.strip():
            return None
        try:
            obj = json.loads(line.decode("utf-8"))
        except UnicodeDecodeError as exc:
            return InputError(where, f"not UTF-8 (byte {exc.start})")
        except json.JSONDecodeError as exc:
            return InputError(where, f"invalid JSON: {exc.msg} at column {exc.colno}")
        if not isinstance(obj, dict):
            return InputError(where, f"not a JSON object but {type(obj).__name__}")
        try:
            return _article_from_fields(obj, where, keybase and f"{keybase}#{n}", fields,
                                        max_bytes)
        except InputError as exc:
            return exc

    # One line of look-ahead: a line cut by a truncated stream is an error, not an article.
    for n, line in _lines(stream, max_bytes):
        if pending is not None and (item := one(*pending)) is not None:
            yield item
        pending = (n, line)
    if pending is not None:
        n, line = pending
        if tolerant.error is not None and line is not None and not line.endswith(b"\n"):
            yield InputError(f"{name}#{n}", _compression_error(tolerant))
            return
        if (item := one(n, line)) is not None:
            yield item
        n += 1
    else:
        n = 1
    if tolerant.error is not None:
        yield InputError(f"{name}#{n}", _compression_error(tolerant))


# --------------------------------------------------------------------------- CSV


def _csv_encoding(head: bytes) -> str:
    """UTF-8 (with or without BOM) unless the first bytes say a Cyrillic code page."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    from soccoop.readers import _decode_any

    try:
        _, enc = _decode_any(head[: head.rfind(b"\n") + 1] or head, "", False)
    except InputError:
        return "utf-8"
    return "utf-8" if enc.startswith("utf-8") else enc


def _delimiter(header: str, name: str) -> str:
    """The separator that splits the header line most (header cells rarely quote one)."""
    if _strip_compression(name).endswith(".tsv"):
        return "\t"
    counts = {d: header.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _iter_csv(stream: io.BufferedReader, tolerant: _Tolerant, name: str,
              keybase: str | None, fields: Fields, max_bytes: int) -> Iterator[Item]:
    head = stream.peek(1 << 16)[: 1 << 16]
    text = io.TextIOWrapper(stream, encoding=_csv_encoding(head), errors="replace", newline="")
    header_line = text.readline()
    if not header_line.strip():
        yield InputError(name, "empty file" if tolerant.error is None
                         else _compression_error(tolerant))
        return
    delim = _delimiter(header_line, name)
    header = next(csv.reader([header_line], delimiter=delim))
    csv.field_size_limit(max(csv.field_size_limit(), min(max_bytes, sys.maxsize)))
    reader = csv.reader(text, delimiter=delim)
    n = 0
    pending: tuple[int, list[str] | csv.Error] | None = None

    def one(n: int, row: list[str] | csv.Error) -> Item | None:
        where = f"{name}#{n}"
        if isinstance(row, csv.Error):
            return InputError(where, f"invalid CSV: {row}")
        if not any(cell.strip() for cell in row):
            return None
        try:
            return _article_from_fields(dict(zip(header, row, strict=False)), where,
                                        keybase and f"{keybase}#{n}", fields, max_bytes)
        except InputError as exc:
            return exc

    while True:
        try:
            row: list[str] | csv.Error = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            row = exc
        n += 1
        if pending is not None and (item := one(*pending)) is not None:
            yield item
        pending = (n, row)
    if tolerant.error is not None:
        # the last row may be cut anywhere (even inside a quoted text): not an article
        yield InputError(f"{name}#{max(n, 1)}", _compression_error(tolerant))
        return
    if pending is not None and (item := one(*pending)) is not None:
        yield item


# --------------------------------------------------------------------------- WARC

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _iter_warc(stream: io.BufferedReader, tolerant: _Tolerant, name: str,
               keybase: str | None, max_bytes: int) -> Iterator[Item]:
    """HTML responses through the saved-page path (trafilatura); the rest is Skipped."""
    from warcio.archiveiterator import ArchiveIterator

    records = iter(ArchiveIterator(stream, arc2warc=True))
    n = 0
    while True:
        try:
            record = next(records)
        except StopIteration:
            break
        except Exception as exc:  # warcio raises its own types for malformed records
            # ... and Python's own (AttributeError) on a record missing required headers,
            # whose message would name warcio's internals rather than the file's fault
            detail = (str(exc) or type(exc).__name__ if type(exc).__module__.startswith("warcio")
                      else "malformed record headers")
            reason = (_compression_error(tolerant) if tolerant.error is not None
                      else f"invalid WARC record: {detail}")
            yield InputError(f"{name}#{n + 1}", reason)
            return
        n += 1
        where = f"{name}#{n}"
        item = _warc_article(record, where, keybase and f"{keybase}#{n}", max_bytes)
        if isinstance(item, Article) and record.raw_stream.limit > 0:
            item = InputError(where, "truncated record" + (
                f": {_compression_error(tolerant)}" if tolerant.error is not None else ""))
        yield item
        if tolerant.error is not None and isinstance(item, InputError):
            return
    if tolerant.error is not None:
        yield InputError(f"{name}#{n + 1}", _compression_error(tolerant))


def _warc_article(record: Any, where: str, key: str | None, max_bytes: int) -> Item:
    from soccoop.readers import _decode, _extract_html, _looks_like_html, _normalise

    rtype = record.rec_type
    if rtype not in ("response", "resource"):
        return Skipped(where, f"{rtype} record")
    url = (record.rec_headers.get_header("WARC-Target-URI") or "").strip() or None
    http = record.http_headers
    if rtype == "response" and http is not None:
        status = http.get_statuscode() or ""
        if not status.startswith("2"):
            return Skipped(where, f"HTTP {status or 'status unknown'}")
        ctype = http.get_header("Content-Type") or ""
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
    mime = ctype.split(";")[0].strip().lower()
    if mime and mime not in _HTML_TYPES:
        return Skipped(where, mime)
    try:
        data = record.content_stream().read(max_bytes + 1)
    except Exception as exc:  # a broken chunked or compressed body
        return InputError(where, f"unreadable body: {exc or type(exc).__name__}")
    if len(data) > max_bytes:
        return InputError(where, f"larger than {max_bytes} bytes (--max-bytes)")
    if not mime and not _looks_like_html(data):
        return Skipped(where, "not HTML")
    if not data.strip():
        return InputError(where, "empty response")
    m = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", ctype, re.IGNORECASE)
    html: str | None = None
    if m:
        try:
            html = data.decode(codecs.lookup(m.group(1)).name)
        except (LookupError, UnicodeDecodeError):
            html = None
    try:
        if html is None:
            html, _ = _decode(data, where, True)
    except InputError as exc:
        return exc
    body, title, published = _extract_html(_normalise(html))
    if not body.strip():
        return InputError(where, "no text found in HTML page")
    return Article(source=url or where, key=f"url:{url}" if url else key,
                   text=_normalise(body), title=title, published=published,
                   outlet=host_of(url) if url else None)


# --------------------------------------------------------------------------- entry point


def iter_articles(
    path: str,
    forced: str = "auto",
    fields: Fields | None = None,
    max_bytes: int = 20 * 1024 * 1024,
    stdin: BinaryIO | None = None,
) -> Iterator[Item]:
    """Articles of the collection at ``path`` ("-": standard input), one at a time.

    ``forced``: a format from ``--format`` (else from the name: ``.warc[.gz]``,
    ``.jsonl``, ``.ndjson``, ``.csv``, ``.tsv``, each also ``.gz``/``.bz2``; ``.zip``
    holds any of them, or plain texts and HTML pages). ``max_bytes`` bounds one record.
    """
    empty = True
    for item in _iter_articles(path, forced, fields or Fields(), max_bytes, stdin):
        empty = False
        yield item
    if empty:  # a CSV of a header only, blank JSON Lines, an empty zip: say so, as for a file
        yield InputError(path, "no records in it")


def _iter_articles(path: str, forced: str, fields: Fields, max_bytes: int,
                   stdin: BinaryIO | None) -> Iterator[Item]:
    if path != "-" and path.lower().endswith(".zip"):
        yield from _iter_zip(path, forced, fields, max_bytes)
        return
    fmt = forced if forced != "auto" else (format_of(path) or "warc")
    try:
        raw: Any = (stdin if stdin is not None else sys.stdin.buffer) if path == "-" \
            else open(path, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        from soccoop.readers import _os_reason

        yield InputError(path, _os_reason(exc))
        return
    try:
        if not hasattr(raw, "peek"):
            raw = io.BufferedReader(raw)
        if not raw.peek(1):
            yield InputError(path, "empty file")
            return
        keybase = None if path == "-" else os.path.abspath(path)
        yield from _iter_stream(raw, path, keybase, fmt, fields, max_bytes)
    finally:
        if path != "-":
            raw.close()


def _iter_stream(raw: BinaryIO, name: str, keybase: str | None, fmt: str, fields: Fields,
                 max_bytes: int) -> Iterator[Item]:
    stream, tolerant = _decompressing(raw, name)
    if fmt == "jsonl":
        yield from _iter_jsonl(stream, tolerant, name, keybase, fields, max_bytes)
    elif fmt == "csv":
        yield from _iter_csv(stream, tolerant, name, keybase, fields, max_bytes)
    else:
        head = stream.peek(64)
        if not head and tolerant.error is not None:
            yield InputError(name, _compression_error(tolerant))
            return
        if head and not head.lstrip(b"\r\n").startswith((b"WARC/", b"filedesc://")):
            # warcio would read any line of text as an ARC header: warnings, nothing stored
            yield InputError(name, "not a WARC or ARC file (no 'WARC/' or 'filedesc://' "
                                   "at its start)")
            return
        yield from _iter_warc(stream, tolerant, name, keybase, max_bytes)


def _iter_zip(path: str, forced: str, fields: Fields, max_bytes: int) -> Iterator[Item]:
    """Members in archive order: collections by their names (or ``forced``), other files
    as documents."""
    import zipfile

    from soccoop.readers import _os_reason, source_from_bytes

    try:
        zf = zipfile.ZipFile(path)
    except OSError as exc:
        yield InputError(path, _os_reason(exc))
        return
    except (zipfile.BadZipFile, ValueError) as exc:
        yield InputError(path, f"corrupt zip: {exc}")
        return
    keybase = os.path.abspath(path)
    with zf:
        for info in zf.infolist():
            base = os.path.basename(info.filename)
            if info.is_dir() or base.startswith(".") or info.filename.startswith("__MACOSX"):
                continue
            name = f"{path}/{info.filename}"
            try:
                member = zf.open(info)
            except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError) as exc:
                yield InputError(name, f"unreadable zip member: {exc}")
                continue
            with member:
                fmt = format_of(info.filename) or (forced if forced != "auto" else None)
                if fmt is not None:
                    yield from _iter_stream(io.BufferedReader(member), name,  # type: ignore[type-var]
                                            f"{keybase}/{info.filename}", fmt, fields,
                                            max_bytes)
                    continue
                try:
                    data = _read_member(member, name, max_bytes)
                    src = source_from_bytes(name, data, max_bytes)
                except InputError as exc:
                    yield exc
                    continue
                yield Article(source=name, key=f"{keybase}/{info.filename}", text=src.text,
                              title=src.title, published=src.published, outlet=None)


def _read_member(member: IO[bytes], name: str, max_bytes: int) -> bytes:
    import zipfile

    try:
        data = member.read(max_bytes + 1)
    except (zipfile.BadZipFile, EOFError, OSError, zlib.error) as exc:
        raise InputError(name, f"corrupt zip member: {exc}") from None
    if len(data) > max_bytes:
        raise InputError(name, f"larger than {max_bytes} bytes (--max-bytes)")
    return data
