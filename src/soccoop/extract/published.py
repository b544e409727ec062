"""The publication date of a news text, wherever sites print it.

Uses both ``boilerplate`` (which publication line survives masking) and ``dates`` (what a
date line says); neither imports this module, so there is no cycle. In order:

1. a labelled line anywhere: "Опубликовано: 14 сентября 2009 г. в 16:06", "Дата первого
   показа: 01.02.2024", "date 2025-09-11", "Дата: 02 ДЕК 2025 11:00" (a metadata line);
2. a line that is only a date and survived masking: "18:00 | 1 ноября, 2025",
   "- 08-07-2025 10:00", "Пт, 15 сентября 2023 года", "15.09.2023 12:30", a header in
   capitals with an abbreviated month "12 МАР 2026, 14:05", a credit after the date "8 окт.
   2025, 09:30 | Источник: пресс-служба", a breadcrumb ending in the date "Пресс-центр /
   Новости / 22 апреля 2025";
3. an agency dateline opening one of the first paragraphs: "МОСКВА, 23 янв - РИА Новости",
   "(Казань, 18 апреля, «Татар-информ»)"; a year it does not print stays unknown (``--01-23``).

A year-less date from 2 or 3 gives way to a date line of the same day with a year above it
among the first lines (the raw line: masking keeps one publication line): "12 МАР 2026,
14:05" over "НАЛЬЧИК, 12 мар - РИА Новости" is 2026-03-12.

Between 1 and 2, a newspaper issue line among the first lines: "№ 34 (1256) от 23 августа
2024 г.", "Выпуск № 12 от 05.03.2024", "Газета «Север» № 45 (12345) | 14 ноября 2023" (the
issue date is the publication date; a site header may mask it as a masthead, so the raw
line is read).

Never a copyright line ("©2023 ..."), a headline list ("...12 декабря 20:00", "... | 12 дек.
2024") or a site header's today-date next to a weather or currency widget: boilerplate masks
those first, and the year is never taken from them either.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from soccoop.extract.boilerplate import beside_widget, mask_boilerplate
from soccoop.extract.dates import (
    _SP,
    _YEAR_WORD,
    MONTH_ABBR,
    MONTH_GEN,
    _fmt,
    _valid,
    date_line,
    find_dates,
    is_labelled,
)
from soccoop.extract.datewords import (
    DOCUMENT_TITLES,
    ISSUE_WORDS,
    NEWSPAPER_WORDS,
    month_number,
)
from soccoop.models import DateRef

_DATELINE = re.compile(
    rf"^[^\S\n]*\(?[^\S\n]*[А-ЯЁA-Z][\w.\-]*(?:[^\S\n][А-ЯЁA-Z][\w.\-]*){{0,2}}"
    rf",[^\S\n]*(?P<date>"
    rf"[0-3]?\d{_SP}(?:{MONTH_GEN}|{MONTH_ABBR}\.?)(?:{_SP}\d{{4}}(?:{_SP}?{_YEAR_WORD})?)?"
    rf"|[0-3]?\d\.[01]?\d\.\d{{2,4}})[^\S\n]*(?:[,)—–-]|\.\s)",
    re.MULTILINE,
)
_ABBR_DATE = re.compile(rf"(?P<d>[0-3]?\d){_SP}(?P<m>{MONTH_ABBR})\.?(?:{_SP}(?P<y>\d{{4}}))?",
                        re.IGNORECASE)

_NEWSPAPER = "(?:" + "|".join(NEWSPAPER_WORDS) + ")"
_ISSUE_WORD = "(?:" + "|".join(ISSUE_WORDS) + r")(?![\w])"
_NAME = r"[А-ЯЁA-Z][\w\-]*"
# the head of an issue line, up to its date: an optional newspaper name (quoted, or after
# "газета"), then "№ 34 (1256)" or "Выпуск [№] 12", then "от" or a separator
_ISSUE_HEAD = re.compile(
    rf"[^\S\n]*(?:(?:(?:{_NEWSPAPER})[^\S\n]+)?(?:«[^»\n]{{1,60}}»|\"[^\"\n]{{1,60}}\")"
    rf"[^\S\n]*,?[^\S\n]*"
    rf"|(?:{_NEWSPAPER})[^\S\n]+{_NAME}(?:[^\S\n]+{_NAME}){{0,2}}[^\S\n]*,?[^\S\n]*)?"
    rf"(?:{_ISSUE_WORD}[^\S\n]*(?:№[^\S\n]*)?|№[^\S\n]*)"
    rf"\d{{1,6}}(?:[-/]\d{{1,6}})?(?:[^\S\n]*\([^\S\n]*\d{{1,7}}[^\S\n]*\))?"
    rf"[^\S\n]*(?:от(?![\w])[^\S\n]*|[|,/—–-][^\S\n]*)",
    re.IGNORECASE,
)
_DOCUMENT_TITLE = re.compile(r"[^\w]*(?:" + "|".join(DOCUMENT_TITLES) + r")(?![\w])",
                             re.IGNORECASE)
_COPYRIGHT = re.compile(r"©|\(c\)|copyright|все\s+права", re.IGNORECASE)
_HEAD_LINES = 4  # an issue line stands among the first lines that survive masking
_YEAR_LINES = 8  # a date line that gives a dateline its year stands among the first lines


def issue_line(line: str) -> DateRef | None:
    """The date of a newspaper issue line, else None; offsets are into ``line``.

    "№ 34 (1256) от 23 августа 2024 г." -> 2024-08-23. The line must open with the issue
    number (or a newspaper name and then the number) and end with the date alone, so that a
    decree in running text ("Постановление № 123 от 12 мая 2023 ...") or a copyright line
    ("© Газета «Север», № 5, 2023") is never one.
    """
    if len(line) > 120 or _COPYRIGHT.search(line):
        return None
    head = _ISSUE_HEAD.match(line)
    if head is None:
        return None
    ref = date_line(line[head.end():])
    if ref is None or ref.start != 0:
        return None
    s, e = head.end() + ref.start, head.end() + ref.end
    return DateRef(ref.value, line[s:e], s, e, False)


def _issue_date(text: str, masked: str) -> DateRef | None:
    """An issue line among the first lines; the raw line is read (a masthead is masked).

    Not the number line under a document title ("ПОСТАНОВЛЕНИЕ" / "№ 123 от 12 мая 2023").
    """
    seen = 0
    previous = ""
    for (off, line), (_, kept) in zip(_lines(text), _lines(masked), strict=True):
        ref = issue_line(line)
        if ref is not None and not _DOCUMENT_TITLE.match(previous):
            return DateRef(ref.value, ref.text, off + ref.start, off + ref.end)
        if line.strip():
            previous = line
        seen += bool(kept.strip())
        if seen >= _HEAD_LINES:
            return None
    return None


def _abbreviated(text: str) -> list[DateRef]:
    """"5 апр" of an agency dateline as a date ("--04-05")."""
    m = _ABBR_DATE.match(text)
    if not m:
        return []
    d, mo = int(m["d"]), month_number(m["m"])
    y = int(m["y"]) if m["y"] else None
    if mo is None or not _valid(d, mo, y):
        return []
    return [DateRef(_fmt(d, mo, y), m.group(), m.start(), m.end(), False)]


def _lines(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def find_published(
    text: str, *, masked: str | None = None
) -> tuple[str | None, DateRef | None]:
    """The publication date (ISO, at the precision printed) and where it stands, or None.

    Works on the raw text: boilerplate is masked first. ``masked``: ``mask_boilerplate(text)``
    when the caller has it already (masking is costly; the pipeline masks once).
    """
    if not text or not text.strip():
        return None, None
    if masked is None or len(masked) != len(text):
        masked = mask_boilerplate(text)
    # 1. an explicit label wins, wherever it is (the label line itself may be masked as a
    # duplicate), unless it is a site header's date beside a weather or currency widget
    lines = text.split("\n")
    for i, (off, line) in enumerate(_lines(text)):
        if is_labelled(line):
            ref = date_line(line)
            if ref is not None and not beside_widget(lines, i):
                return ref.value, DateRef(ref.value, ref.text, off + ref.start, off + ref.end)
    # 1b. a newspaper issue line among the first lines: "№ 34 (1256) от 23 августа 2024 г."
    issue = _issue_date(text, masked)
    if issue is not None:
        return issue.value, issue
    # 2. a line that is only a date and survived masking (the kept publication line)
    for off, line in _lines(masked):
        ref = date_line(line)
        if ref is not None:
            found = _with_year(text, lines, DateRef(
                ref.value, text[off + ref.start:off + ref.end], off + ref.start, off + ref.end))
            return found.value, found
    # 3. an agency dateline "(Казань, 18 апреля, ...)" opening one of the first paragraphs
    seen = 0
    for off, line in _lines(masked):
        if not line.strip():
            continue
        seen += 1
        if seen > 4:
            break
        m = _DATELINE.match(line)
        if m:
            refs = find_dates(line[m.start("date"):m.end("date")]) or _abbreviated(
                line[m.start("date"):m.end("date")])
            if refs and refs[0].value:
                s = off + m.start("date") + refs[0].start
                e = off + m.start("date") + refs[0].end
                found = DateRef(refs[0].value, text[s:e], s, e)
                found = _with_year(text, lines, found)
                return found.value, found
    return None, None


def _with_year(text: str, lines: list[str], found: DateRef) -> DateRef:
    """A year-less publication date gives way to a date line with the year of the same day
    above it ("НАЛЬЧИК, 12 мар - РИА Новости" under "12 МАР 2026, 14:05").

    The raw lines are read (masking keeps one publication line only), but only above the
    year-less date (a headline list comes after the body) and never a line beside a weather
    or currency widget (the crawl day) nor a copyright line.
    """
    if not found.value or not found.value.startswith("--"):
        return found
    seen = 0
    for i, (off, line) in enumerate(_lines(text)):
        if off >= found.start:
            break
        if not line.strip():
            continue
        seen += 1
        if seen > _YEAR_LINES:
            break
        ref = date_line(line)
        if (ref is not None and ref.value and ref.value[4:] == found.value[1:]
                and ref.value[:1] != "-"
                and not _COPYRIGHT.search(line) and not beside_widget(lines, i)):
            return DateRef(ref.value, ref.text, off + ref.start, off + ref.end)
    return found

