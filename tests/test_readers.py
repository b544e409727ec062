"""Tests for the input layer: discovery, decoding, HTML extraction, failure reasons."""

from __future__ import annotations

import gzip
import io
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from soccoop.readers import (
    DEFAULT_GLOBS,
    InputError,
    Source,
    discover,
    read_source,
    source_from_bytes,
)

SHORT_RU = [
    "Губернатор подписал соглашение.",
    "Министр социальной защиты встретился с коллегами из Тулы.",
    "Соглашение подписано. Оно касается помощи ветеранам.",
    "В Калуге прошла встреча. Стороны обсудили поддержку семей. Следующая встреча - в мае.",
    "СОГЛАШЕНИЕ ПОДПИСАНО",
    "Объём работ съезда",
    "Нет, не так.",
]
LONG_RU = (
    "Министр труда и социальной защиты Калужской области Павел Коновалов и заместитель "
    "председателя правительства Тульской области подписали соглашение о сотрудничестве. "
    "Документ предусматривает обмен опытом в сфере социального обслуживания граждан "
    "пожилого возраста, реабилитации инвалидов и поддержки семей с детьми.\n"
    "Стороны договорились проводить совместные совещания не реже одного раза в квартал, "
    "а также организовать стажировки специалистов центров социального обслуживания."
)
RU_CODEPAGES = ["cp1251", "koi8-r", "mac-cyrillic", "iso-8859-5", "cp866"]


def write(tmp_path: Path, name: str, data: bytes) -> str:
    p = tmp_path / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data)
    return str(p)


def reason(exc: pytest.ExceptionInfo[InputError]) -> str:
    return exc.value.reason


# ------------------------------------------------------------------ decoding


@pytest.mark.parametrize("enc", ["cp1251", "koi8-r"])
@pytest.mark.parametrize("text", SHORT_RU + [LONG_RU])
def test_cyrillic_codepages_round_trip(tmp_path: Path, enc: str, text: str) -> None:
    src = read_source(write(tmp_path, "a.txt", text.encode(enc)))
    assert src.text == text
    assert src.encoding == enc
    assert src.format == "text" and src.title is None and src.published is None


@pytest.mark.parametrize("enc", RU_CODEPAGES)
@pytest.mark.parametrize("text", SHORT_RU[:4] + [LONG_RU])
def test_other_russian_codepages(tmp_path: Path, enc: str, text: str) -> None:
    text = text.replace("—", "-")  # not in every code page
    assert read_source(write(tmp_path, "a.txt", text.encode(enc))).text == text


@pytest.mark.parametrize(
    ("data", "text", "enc"),
    [
        ("Привет, мир".encode(), "Привет, мир", "utf-8"),
        (b"\xef\xbb\xbf" + "Привет, мир".encode(), "Привет, мир", "utf-8"),
        ("\ufeffПривет".encode("utf-16-le"), "Привет", "utf-16-le"),
        ("\ufeffПривет".encode("utf-16-be"), "Привет", "utf-16-be"),
        (
            b"\xff\xfe" + "Соглашение\r\nподписано".encode("utf-16-le"),
            "Соглашение\nподписано",
            "utf-16-le",
        ),
        (b"plain ascii", "plain ascii", "utf-8"),
    ],
)
def test_utf_variants(tmp_path: Path, data: bytes, text: str, enc: str) -> None:
    src = read_source(write(tmp_path, "a.txt", data))
    assert (src.text, src.encoding) == (text, enc)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Губернатор\r\nподписал\r\nуказ", "Губернатор\nподписал\nуказ"),
        ("Губернатор\rподписал\rуказ", "Губернатор\nподписал\nуказ"),
        ("Губернатор\r\n\r\nподписал\n", "Губернатор\n\nподписал\n"),
    ],
)
def test_newlines_normalised(tmp_path: Path, raw: str, expected: str) -> None:
    assert read_source(write(tmp_path, "a.txt", raw.encode("cp1251"))).text == expected


def test_utf8_with_a_few_broken_bytes_stays_utf8(tmp_path: Path) -> None:
    data = LONG_RU.encode() + b"\xd0"  # truncated last character
    src = read_source(write(tmp_path, "a.txt", data))
    assert src.text.startswith(LONG_RU) and src.encoding.startswith("utf-8")


def test_stdin() -> None:
    src = read_source("-", stdin=io.BytesIO("Губернатор подписал указ.".encode("cp1251")))
    assert src.text == "Губернатор подписал указ." and src.path == "-"


# ------------------------------------------------------------------ HTML

PAGE = """<!DOCTYPE html><html><head><meta charset="{charset}">
<title>Соглашение подписано | Новости региона</title>
<meta property="article:published_time" content="2023-05-17T10:00:00+03:00"></head><body>
<nav><ul><li><a href="/">Главная страница</a></li><li><a href="/n">Все рубрики портала</a></li>
</ul></nav>
<article><h1>Калужская и Тульская области подписали соглашение</h1>
<p>Министр социальной защиты Калужской области Иван Петров и его тульский коллега подписали
соглашение о сотрудничестве в сфере социальной защиты населения.</p>
<p>Документ предусматривает обмен опытом в работе с ветеранами и семьями участников.</p>
<p>Стороны договорились проводить совместные совещания не реже одного раза в квартал.</p>
</article>
<footer><p>Все права защищены. Политика конфиденциальности сайта.</p></footer></body></html>"""


@pytest.mark.parametrize("charset", ["utf-8", "windows-1251", "koi8-r"])
def test_html_article_extracted(tmp_path: Path, charset: str) -> None:
    page = PAGE.format(charset=charset).encode(charset)
    src = read_source(write(tmp_path, "news.html", page))
    assert src.format == "html"
    assert "Иван Петров" in src.text
    assert "Стороны договорились" in src.text
    assert "Главная страница" not in src.text
    assert "Политика конфиденциальности" not in src.text
    assert src.title and "подписали соглашение" in src.title
    assert src.text.startswith(src.title)
    assert src.published == "2023-05-17"
    # paragraphs stay on separate lines
    assert "\nДокумент предусматривает" in src.text


def test_html_sniffed_without_extension(tmp_path: Path) -> None:
    src = read_source(write(tmp_path, "page.txt", PAGE.format(charset="utf-8").encode()))
    assert src.format == "html" and "Иван Петров" in src.text


def test_html_title_prepended_when_not_in_body(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Встреча министров</title></head><body><div>"
        "<p>Министры обсудили вопросы сотрудничества в сфере социальной защиты населения "
        "и договорились о регулярных встречах в следующем году.</p></div></body></html>"
    )
    src = read_source(write(tmp_path, "a.htm", page.encode()))
    assert src.text.split("\n")[0] == src.title
    assert "Министры обсудили" in src.text


def test_html_fallback_strips_tags(tmp_path: Path) -> None:
    page = "<html><body><script>var x=1;</script><b>Коротко</b></body></html>"
    src = read_source(write(tmp_path, "a.html", page.encode()))
    assert "Коротко" in src.text and "var x" not in src.text


def test_html_without_text_is_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        read_source(write(tmp_path, "a.html", b"<html><body><script>1</script></body></html>"))


# ------------------------------------------------------------------ gzip


def test_gzip_text(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt.gz", gzip.compress(LONG_RU.encode("koi8-r")))
    src = read_source(path)
    assert src.text == LONG_RU and src.format == "text" and src.encoding == "koi8-r"


def test_gzip_html(tmp_path: Path) -> None:
    path = write(tmp_path, "a.html.gz", gzip.compress(PAGE.format(charset="utf-8").encode()))
    src = read_source(path)
    assert src.format == "html" and "Иван Петров" in src.text


@pytest.mark.parametrize(
    "data",
    [
        gzip.compress(b"some text here", mtime=0)[:12],  # truncated
        b"\x1f\x8b\x08\x00garbage-garbage-garbage",
        b"not gzip at all",
    ],
)
def test_corrupt_gzip(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(InputError) as exc:
        read_source(write(tmp_path, "a.txt.gz", data))
    assert reason(exc).startswith("corrupt gzip")


def test_gzip_bomb_stopped(tmp_path: Path) -> None:
    path = write(tmp_path, "bomb.txt.gz", gzip.compress(b"a" * 1_000_000))
    with pytest.raises(InputError) as exc:
        read_source(path, max_bytes=10_000)
    assert "larger than 10000 bytes" in reason(exc)


# ------------------------------------------------------------------ failures


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"", "empty file"),
        (b"  \n\r\n\t ", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", "binary file (not text)"),
        (bytes(range(256)) * 4, "binary file (not text)"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (not text)"),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f", "binary file (not text)"),
    ],
)
def test_bad_content(tmp_path: Path, data: bytes, why: str) -> None:
    with pytest.raises(InputError) as exc:
        read_source(write(tmp_path, "a.txt", data))
    assert reason(exc) == why
    assert str(exc.value) == f"{exc.value.path}: {why}"


def test_too_large(tmp_path: Path) -> None:
    with pytest.raises(InputError) as exc:
        read_source(write(tmp_path, "a.txt", b"x" * 101), max_bytes=100)
    assert reason(exc) == "larger than 100 bytes (--max-bytes)"
    assert read_source(write(tmp_path, "b.txt", b"x" * 100), max_bytes=100).text == "x" * 100


def test_too_large_stdin() -> None:
    with pytest.raises(InputError, match="larger than 5 bytes"):
        read_source("-", max_bytes=5, stdin=io.BytesIO(b"abcdefgh"))


def test_missing_directory_and_broken_link(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or directory"):
        read_source(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="is a directory"):
        read_source(str(tmp_path))
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "gone.txt")
    with pytest.raises(InputError, match="broken symbolic link"):
        read_source(str(link))


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read chmod 000 files")
def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path, "secret.txt", b"text")
    os.chmod(path, 0)
    try:
        with pytest.raises(InputError, match="permission denied"):
            read_source(path)
    finally:
        os.chmod(path, 0o644)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.one_of(
        st.binary(max_size=600),
        st.text(max_size=300).map(lambda s: s.encode("utf-8", "surrogatepass")),
        st.binary(max_size=200).map(lambda b: b"<html><body>" + b),
        st.binary(max_size=200).map(lambda b: b"\xff\xfe" + b),
        st.binary(max_size=200).map(lambda b: b"\x1f\x8b" + b),
    ),
    name=st.sampled_from(["x.txt", "x.html", "x.txt.gz", "x.bin"]),
)
def test_read_source_never_crashes(tmp_path: Path, data: bytes, name: str) -> None:
    path = write(tmp_path, name, data)
    try:
        src = read_source(path, max_bytes=500)
    except InputError as exc:
        assert "\n" not in str(exc)
    else:
        assert isinstance(src, Source) and isinstance(src.text, str)
        assert "\r" not in src.text


# ------------------------------------------------------------------ discovery


def tree(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    for rel in [
        "b.txt",
        "a.html",
        "c.txt.gz",
        "skip.xml",
        "sub/d.htm",
        "sub/deeper/e.TXT",
        ".hidden/f.txt",
        "sub/.g.txt",
    ]:
        write(root, rel, b"x")
    return root


def test_discover_directory_sorted_recursive_skips_hidden(tmp_path: Path) -> None:
    root = tree(tmp_path)
    got = list(discover([str(root)], None))
    rels = [os.path.relpath(p, root) for p in got]  # type: ignore[arg-type]
    assert rels == ["a.html", "b.txt", "c.txt.gz", "sub/d.htm", "sub/deeper/e.TXT"]


@pytest.mark.parametrize(
    ("globs", "expected"),
    [
        (["*.xml"], ["skip.xml"]),
        (["*.txt"], ["b.txt", "sub/deeper/e.TXT"]),
        (["*.htm", "*.html"], ["a.html", "sub/d.htm"]),
    ],
)
def test_discover_globs(tmp_path: Path, globs: list[str], expected: list[str]) -> None:
    root = tree(tmp_path)
    got = [os.path.relpath(p, root) for p in discover([str(root)], globs)]  # type: ignore[arg-type]
    assert got == expected


def test_discover_errors(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)
    write(empty, "notes.md", b"x")
    link = tmp_path / "dangling"
    link.symlink_to(tmp_path / "gone")
    items = list(
        discover(
            [str(empty), str(tmp_path / "missing.txt"), str(link), str(tmp_path / "*.xml")], None
        )
    )
    assert all(isinstance(i, InputError) for i in items)
    reasons = [i.reason for i in items]  # type: ignore[union-attr]
    assert reasons == [
        f"no matching files (globs: {', '.join(DEFAULT_GLOBS)})",
        "no such file or directory",
        "broken symbolic link",
        "matches nothing",
    ]


def test_discover_explicit_file_any_extension_and_dedup(tmp_path: Path) -> None:
    root = tree(tmp_path)
    xml = str(root / "skip.xml")
    b = str(root / "b.txt")
    got = list(discover([xml, xml, b, str(root), "-", "-"], None))
    assert got.count(xml) == 1 and got.count("-") == 1
    assert sum(1 for p in got if isinstance(p, str) and p.endswith("b.txt")) == 1
    assert len(got) == 1 + 5 + 1  # xml, the directory's five files, stdin


def test_discover_glob_pattern_path(tmp_path: Path) -> None:
    root = tree(tmp_path)
    got = list(discover([str(root / "*.txt")], None))
    assert got == [str(root / "b.txt")]


def test_discover_broken_link_inside_directory(tmp_path: Path) -> None:
    root = tmp_path / "c"
    write(root, "ok.txt", b"x")
    (root / "bad.txt").symlink_to(root / "gone.txt")
    got = list(discover([str(root)], None))
    assert got[1] == str(root / "ok.txt")
    assert isinstance(got[0], InputError) and got[0].reason == "broken symbolic link"


@pytest.mark.skipif(os.geteuid() == 0, reason="root can list chmod 000 directories")
def test_discover_unreadable_dir(tmp_path: Path) -> None:
    root = tmp_path / "c"
    write(root, "locked/a.txt", b"x")
    os.chmod(root / "locked", 0)
    try:
        got = list(discover([str(root)], None))
        assert any(isinstance(i, InputError) and i.reason == "permission denied" for i in got)
    finally:
        os.chmod(root / "locked", 0o755)


@pytest.mark.parametrize(("name", "data"), [
    ("a.txt", LONG_RU.encode("cp1251")),
    ("a.html", b"<html><head><title>T</title></head><body><p>" + LONG_RU.encode() + b"</p></html>"),
    ("a.txt.gz", gzip.compress(LONG_RU.encode("koi8-r"), mtime=0)),
])
def test_bytes_from_an_archive_member_read_like_a_file(
    tmp_path: Path, name: str, data: bytes
) -> None:
    """Zip members go through the same decoding as files (source_from_bytes)."""
    path = write(tmp_path, name, data)
    assert source_from_bytes(path, data) == read_source(path)


def test_empty_archive_member(tmp_path: Path) -> None:
    with pytest.raises(InputError) as exc:
        source_from_bytes("a.zip/x.txt", b"")
    assert str(exc.value) == "a.zip/x.txt: empty file"
