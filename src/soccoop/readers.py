"""Input layer of ``soccoop ingest``: find files and turn them into text.

News archives hold anything: several Cyrillic code pages, BOMs, CRLF, HTML pages with
menus, gzip files, stray binaries. Every problem with a single input becomes an
:class:`InputError` (one line, "PATH: reason") so the CLI can report it and go on.

Heavy or optional libraries (charset_normalizer, trafilatura, lxml) are imported lazily
inside the functions that need them: the CLI imports this module just for discovery.
"""

from __future__ import annotations

import fnmatch
import glob
import gzip
import io
import math
import os
import re
import stat
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import BinaryIO

DEFAULT_GLOBS: tuple[str, ...] = (
    "*.txt",
    "*.html",
    "*.htm",
    "*.txt.gz",
    "*.html.gz",
    "*.htm.gz",
)
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

_HTML_SUFFIXES = (".html", ".htm", ".xhtml")


class InputError(Exception):
    """A single input that cannot be used; carries the path and a human-readable reason."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = " ".join(reason.split())  # always one line
        super().__init__(f"{path}: {self.reason}")

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class Source:
    """Decoded text of one input; fact offsets refer to ``text`` exactly as stored here."""

    path: str
    text: str
    title: str | None
    published: str | None
    format: str
    encoding: str


# --------------------------------------------------------------------------- discovery


def _matches(rel: str, name: str, globs: tuple[str, ...]) -> bool:
    """Case-insensitive match on the file name (or the relative path for patterns with '/')."""
    for pat in globs:
        target = rel if "/" in pat else name
        if fnmatch.fnmatchcase(target.lower(), pat.lower()):
            return True
    return False


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return (exc.strerror or type(exc).__name__).lower()


def _walk_dir(path: str, globs: tuple[str, ...]) -> Iterator[str | InputError]:
    """Matching files under ``path`` in sorted order; hidden dirs/files are skipped."""
    errors: list[InputError] = []
    found: list[str] = []

    def onerror(exc: OSError) -> None:
        errors.append(InputError(getattr(exc, "filename", None) or path, _os_reason(exc)))

    for dirpath, dirnames, filenames in os.walk(path, onerror=onerror):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith("."):
                continue
            full = os.path.join(dirpath, name)
            rel = os.path.relpath(full, path).replace(os.sep, "/")
            if _matches(rel, name, globs):
                found.append(full)
    found.sort()
    for full in found:
        if os.path.islink(full) and not os.path.exists(full):
            yield InputError(full, "broken symbolic link")
        elif not os.path.isfile(full):  # a FIFO or device met in a walk would block the run
            yield InputError(full, "not a regular file (a pipe or device)")
        else:
            yield full
    yield from errors
    if not found and not errors:
        yield InputError(path, f"no matching files (globs: {', '.join(globs)})")


def discover(paths: list[str], globs: list[str] | None) -> Iterator[str | InputError]:
    """Expand CLI paths into readable inputs (paths or "-"), in a deterministic order.

    Files named explicitly are taken whatever their extension; directories are searched
    recursively with ``globs``. Problems are yielded as InputError instead of raised, and
    every file is yielded once even when given twice or reached through two arguments.
    """
    pats = tuple(globs) if globs else DEFAULT_GLOBS
    seen: set[str] = set()

    def once(p: str) -> bool:
        key = p if p == "-" else os.path.realpath(p)
        if key in seen:
            return False
        seen.add(key)
        return True

    def one(path: str) -> Iterator[str | InputError]:
        if path == "-":
            if once(path):
                yield path
            return
        if not os.path.lexists(path):
            if glob.has_magic(path):
                matches = sorted(glob.glob(path, recursive=True))
                if not matches:
                    yield InputError(path, "matches nothing")
                for m in matches:
                    yield from one(m)
                return
            yield InputError(path, "no such file or directory")
            return
        if not os.path.exists(path):
            yield InputError(path, "broken symbolic link")
            return
        if os.path.isdir(path):
            for item in _walk_dir(path, pats):
                if isinstance(item, InputError) or once(item):
                    yield item
            return
        if once(path):
            yield path

    for p in paths:
        yield from one(p)


# --------------------------------------------------------------------------- reading


def _read_limited(fh: BinaryIO, max_bytes: int) -> bytes:
    """Read at most max_bytes + 1 bytes, so oversize is detected without reading it all."""
    chunks: list[bytes] = []
    left = max_bytes + 1
    while left > 0:
        chunk = fh.read(min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _gunzip(data: bytes, path: str, max_bytes: int) -> bytes:
    """Bounded decompression: a gzip bomb stops at max_bytes instead of filling memory."""
    if not data.startswith(b"\x1f\x8b"):
        raise InputError(path, "corrupt gzip: not a gzip file")
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
            out = _read_limited(gz, max_bytes)  # type: ignore[arg-type]
    except (OSError, EOFError, zlib.error, ValueError) as exc:
        raise InputError(path, f"corrupt gzip: {exc or type(exc).__name__}") from None
    if len(out) > max_bytes:
        raise InputError(path, f"larger than {max_bytes} bytes when decompressed (--max-bytes)")
    return out


_BINARY_MAGIC = (
    b"\x89PNG",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",  # JPEG
    b"%PDF-",
    b"PK\x03\x04",  # zip, docx, odt
    b"7z\xbc\xaf\x27\x1c",
    b"Rar!",
    b"\x7fELF",
    b"BZh",
    b"\xfd7zXZ\x00",
)

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

# Single-byte code pages Russian text is found in, in order of prior likelihood (ties).
_CYR_CODEPAGES = ("cp1251", "koi8-r", "mac-cyrillic", "iso-8859-5", "cp866")
_SAMPLE_BYTES = 1 << 16

# Frequent Russian bigrams: a wrong code page permutes letters and breaks them.
_RU_BIGRAMS = frozenset(
    "ст но то на ен ов ни ра во ко ал по ре пр ро ли ор ос ет ка не ан ер го ва ол ел "
    "та од ле ом ит ть ве он ой ти ес де ии ия ци ск ат ин ль ла ми ны ем ож".split()
)
# Letter frequencies of Russian in per mille, for a unigram log-likelihood.
_RU_FREQ = {
    item[0]: int(item[1:])
    for item in (
        "а80 б16 в45 г17 д30 е85 ж9 з16 и73 й12 к35 л44 м32 н67 о110 п28 "
        "р47 с55 т63 у26 ф3 х10 ц5 ч14 ш7 щ4 ъ1 ы19 ь17 э3 ю6 я20 ё1"
    ).split()
}
_RU_LOGP = {ch: math.log(f * 33 / 1000) for ch, f in _RU_FREQ.items()}
_RU_LOGP.update({ch.upper(): lp for ch, lp in _RU_LOGP.items()})
_RU_LOWER = frozenset(_RU_FREQ)
# Non-ASCII characters normal in Russian typography (not a sign of a wrong code page).
_TYPO_OK = frozenset("«»—–„“”‘’…№•·°±§©®™\u00a0")


def _cyrillic_score(text: str) -> tuple[float, float]:
    """Plausibility of ``text`` as Russian and share of Cyrillic among its letters.

    Why: charset-normalizer mixes up cp1251/koi8-r/mac-cyrillic on one or two sentences.
    A wrong Cyrillic code page permutes letters (rare letters become frequent, common
    bigrams vanish), swaps case (koi8-r vs cp1251: "Губернатор" → "гУБЕРНАТОР") or turns
    letters into symbols (mac-cyrillic, cp866). So we sum the letters' log-frequency (plus
    one: any letter beats a symbol), reward common bigrams and punish odd symbols and
    lower→upper flips inside words.
    """
    score = 0.0
    cyr = latin = odd = 0
    prev = ""
    for ch in text:
        lp = _RU_LOGP.get(ch)
        if lp is not None:
            cyr += 1
            score += 1.0 + lp + (0.1 if ch in _RU_LOWER else 0.0)
            if prev in _RU_LOGP:
                if prev in _RU_LOWER and ch not in _RU_LOWER:
                    score -= 4.0
                elif (prev + ch).lower() in _RU_BIGRAMS:
                    score += 1.0
        elif ch < "\x80":
            if ch.isalpha():
                latin += 1
        elif ch not in _TYPO_OK:
            odd += 1
            score -= 6.0
        prev = ch
    letters = cyr + latin + odd
    return score, (cyr / letters if letters else 0.0)


_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_NOT_MULTIBYTE_RE = re.compile("[\x00-\x7f\ufffd]+")


def _control_share(text: str) -> float:
    """Share of control characters other than ordinary whitespace (binary sniffing)."""
    if not text:
        return 0.0
    return (len(text) - len(_CONTROL_RE.sub("", text))) / len(text)


def _utf8_mostly(data: bytes) -> str | None:
    """Decode UTF-8 that has a few broken bytes (truncated or concatenated archives)."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    multibyte = len(_NOT_MULTIBYTE_RE.sub("", text))
    if bad and multibyte >= 20 * bad:
        return text
    return None


def _declared_charset(data: bytes) -> str | None:
    """Charset from <meta charset> / http-equiv in the first bytes of an HTML page."""
    m = re.search(
        rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""",
        data[:8192],
        re.IGNORECASE,
    )
    if not m:
        return None
    import codecs

    name = m.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _decode(data: bytes, path: str, html: bool) -> tuple[str, str]:
    """Bytes → (text, encoding name), refusing text that is mostly control characters."""
    text, enc = _decode_any(data, path, html)
    if _control_share(text) > 0.01:
        raise InputError(path, "binary file (not text)")
    return text, enc


def _decode_any(data: bytes, path: str, html: bool) -> tuple[str, str]:
    """BOM, then NUL/magic sniffing, strict UTF-8, nearly-UTF-8, <meta charset> (HTML),
    the best-scoring Russian code page, and charset-normalizer for everything else."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(enc), enc
            except UnicodeDecodeError as exc:
                if enc != "utf-8":
                    raise InputError(
                        path,
                        f"undecodable: invalid {enc} after its BOM at byte {exc.start + len(bom)}",
                    ) from None
                fixed = _utf8_mostly(data[len(bom) :])
                if fixed is not None:
                    return fixed, "utf-8 (broken bytes replaced)"
                data = data[len(bom) :]
                break
    if b"\x00" in data or data.startswith(_BINARY_MAGIC):
        raise InputError(path, "binary file (not text)")
    # Valid UTF-8 with non-ASCII bytes is almost never anything else: it beats the meta tag.
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    fixed = _utf8_mostly(data)
    if fixed is not None:
        return fixed, "utf-8 (broken bytes replaced)"
    if html:
        declared = _declared_charset(data)
        if declared and declared not in ("utf-8", "utf-16", "utf-32"):
            try:
                text = data.decode(declared)
            except UnicodeDecodeError:
                pass
            else:
                if _control_share(text) <= 0.01:
                    return text, declared
    # Score a sample (speed on 20 MB files), then decode the whole file with the winner.
    ranked: list[tuple[float, int, str]] = []
    for prio, enc in enumerate(_CYR_CODEPAGES):
        score, share = _cyrillic_score(data[:_SAMPLE_BYTES].decode(enc, errors="replace"))
        if share >= 0.5:
            ranked.append((-score, prio, enc))
    for _, _, enc in sorted(ranked):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _control_share(text) <= 0.01:
            return text, enc
    import charset_normalizer

    try:
        match = charset_normalizer.from_bytes(data).best()
    except Exception:  # the detector must not take the run down on odd bytes
        match = None
    if match is None:
        raise InputError(path, "binary file (not text)")
    text = str(match)
    if _control_share(text) > 0.01:
        raise InputError(path, "binary file (not text)")
    return text, match.encoding


def _normalise(text: str) -> str:
    """Newlines to "\\n" and BOM/NUL removed: offsets of facts refer to this text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\ufeff", "").replace("\x00", "")


_HTML_SNIFF = re.compile(
    rb"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
    re.IGNORECASE | re.DOTALL,
)


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048]
    for bom, enc in _BOMS:
        if head.startswith(bom):
            head = head.decode(enc, "ignore").encode("ascii", "ignore")
            break
    return bool(_HTML_SNIFF.match(head))


class _TextStripper(HTMLParser):
    """Fallback HTML → text: drop scripts/styles/menus, one line per block element."""

    _SKIP = {
        "script",
        "style",
        "noscript",
        "nav",
        "header",
        "footer",
        "aside",
        "template",
        "svg",
        "head",
        "form",
        "button",
        "select",
    }
    _BLOCK = {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "section",
        "article",
        "blockquote",
        "pre",
        "dd",
        "dt",
        "hr",
        "main",
        "figcaption",
        "title",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        if tag in self._SKIP:
            self.skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in self._SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skip:
            self.parts.append(data)


def _strip_tags(html: str) -> tuple[str, str | None]:
    parser = _TextStripper()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient, but never let markup crash a run
        pass
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    title = " ".join("".join(parser.title).split()) or None
    return "\n".join(line for line in lines if line), title


def _today() -> str:
    import datetime

    return datetime.date.today().isoformat()


def _extract_html(html: str) -> tuple[str, str | None, str | None]:
    """Main text, title and ISO date of a page; the title is kept as the first line."""
    text = title = date = None
    try:
        import trafilatura

        # the date from markup only (meta tags, JSON-LD, <time>, the URL): htmldate's
        # extensive search reads the page text, where a header's today-date or a copyright
        # year would pass for it; the text's own date lines are read later (find_published)
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True,
            date_extraction_params={"original_date": True, "extensive_search": False,
                                    "max_date": _today()},
        )
        if doc is not None:
            get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
            text, title, date = get("text"), get("title"), get("date")
    except Exception:  # trafilatura/lxml can fail on hostile markup: fall back below
        text = None
    title = " ".join(title.split()) if isinstance(title, str) and title.strip() else None
    date = date if isinstance(date, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else None
    if not text or not text.strip():
        text, fallback_title = _strip_tags(html)
        title = title or fallback_title
    text = "\n".join(line.strip() for line in text.split("\n") if line.strip())
    if title and not text.lstrip().startswith(title):
        text = f"{title}\n{text}" if text else title
    return text, title, date


def read_source(
    path: str, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None
) -> Source:
    """Read one input ("-" is stdin) into a Source, or raise InputError saying why not."""
    name = path
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        try:
            data = _read_limited(stream, max_bytes)
        except OSError as exc:
            raise InputError(path, _os_reason(exc)) from None
    else:
        if os.path.islink(path) and not os.path.exists(path):
            raise InputError(path, "broken symbolic link")
        try:
            st = os.stat(path)
            if stat.S_ISDIR(st.st_mode):
                raise InputError(path, "is a directory")
            if stat.S_ISREG(st.st_mode) and st.st_size > max_bytes:
                raise InputError(path, f"larger than {max_bytes} bytes (--max-bytes)")
            with open(path, "rb") as fh:
                data = _read_limited(fh, max_bytes)
        except OSError as exc:
            raise InputError(path, _os_reason(exc)) from None
    if len(data) > max_bytes:
        raise InputError(path, f"larger than {max_bytes} bytes (--max-bytes)")
    return source_from_bytes(name, data, max_bytes)


def source_from_bytes(path: str, data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """A file's bytes (named ``path``: a file, or a member of a zip archive) → Source."""
    name = path
    if not data:
        raise InputError(path, "empty file")
    lowered = name.lower()
    if lowered.endswith(".gz") or data.startswith(b"\x1f\x8b"):
        data = _gunzip(data, path, max_bytes)
        if lowered.endswith(".gz"):
            lowered = lowered[:-3]
    if not data.strip():
        raise InputError(path, "empty file")
    is_html = lowered.endswith(_HTML_SUFFIXES) or _looks_like_html(data)
    text, encoding = _decode(data, path, is_html)
    text = _normalise(text)
    if not is_html:
        if not text.strip():
            raise InputError(path, "empty file")
        return Source(path, text, None, None, "text", encoding)
    body, title, published = _extract_html(text)
    if not body.strip():
        raise InputError(path, "no text found in HTML page")
    return Source(path, _normalise(body), title, published, "html", encoding)
