"""Dates in Russian news text: absolute, partial and relative, with offsets.

Pure regex/Python (no natasha ``DatesExtractor``: it knows no relative dates and does not
pickle, which the dask workers need). Values are ISO 8601 at the precision the text gives:

- ``2023-09-15`` full date; ``2023-11`` month of a year; ``2002`` a year;
- ``--04-18`` day and month with no year stated (ISO 8601:2000 reduced form). A year is
  never guessed: not from the publication date, not from the current date. It is only
  borrowed from a coordinated date right after it ("18 и 19 апреля 2023 года");
- ``--10`` a month with no year ("в октябре"). ISO 8601 has no month-only form; this
  follows the same ``--`` convention and is a project extension;
- ranges ("18–19 апреля") give ONE DateRef spanning the whole range, valued as the first day;
- two-digit years ("15.09.23") are read as 20YY.

Relative dates ("сегодня", "вчера", "накануне", "в четверг", "в прошлую пятницу") have
``relative=True`` and are resolved against ``published``: with a full date they get a full
date; with a partial ``--MM-DD`` only day shifts that are the same in leap and common years
resolve ("--03-01" minus one day is ambiguous, so None); otherwise the value is None. A bare
weekday ("в четверг") means its latest occurrence on or before the publication day (news
report the past); "прошлый" means that weekday of the previous ISO week, "следующий" of the
next week, "этот" of the same week. Weeks ("на прошлой неделе") are not resolved.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator

from soccoop.models import DateRef

MIN_YEAR, MAX_YEAR = 1900, 2100

# month stem -> number; forms: nominative, genitive, prepositional ("январь/января/январе")
_MONTHS: dict[str, int] = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6,
    "июл": 7, "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}
_MONTH_GEN = (r"(?:январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?"
              r"|сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь])")
_MONTH_PREP = (r"(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре"
               r"|ноябре|декабре)")
# agency datelines abbreviate: "5 апр", "12 сент."
_MONTH_ABBR = r"(?:янв|февр|фев|мар|апр|июн|июл|авг|сент|сен|окт|нояб|ноя|дек)(?![а-яё])"
_MONTH_ANY = rf"(?:{_MONTH_PREP}|{_MONTH_GEN})"
_WEEKDAYS = ("понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресень")
_WEEKDAY = (r"(?:понедельник|вторник|сред[аеуы]|четверг|пятниц[аеуы]|суббот[аеуы]"
            r"|воскресень[ея])")
_SP = r"[^\S\n]{1,3}"  # a few spaces, never a line break (masked text is mostly spaces)
_YEAR_WORD = r"(?:года|году|год|г\.|гг\.)"
_B = r"(?<![\w\-.])"  # left boundary: no word char, hyphen or dot glued before

_DAY_MONTH = re.compile(
    rf"(?:(?P<wd>{_WEEKDAY}),?{_SP})?"
    rf"{_B}(?P<d>[0-3]?\d)(?:\s*[-–—]\s*(?P<d2>[0-3]?\d))?{_SP}(?P<m>{_MONTH_GEN})\b"
    rf"(?:{_SP}(?P<y>\d{{4}})(?!\d)(?:{_SP}?{_YEAR_WORD})?)?",
    re.IGNORECASE,
)
# "18 и 19 апреля", "5, 6 и 7 мая": a bare day that takes the month of the date after it
_DAY_AND = re.compile(
    rf"{_B}(?P<d>[0-3]?\d)(?=(?:,{_SP}|{_SP}и{_SP})(?:[0-3]?\d(?:,{_SP}|{_SP}и{_SP}))*"
    rf"[0-3]?\d{_SP}(?P<m>{_MONTH_GEN})\b)",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(
    rf"(?<![\w])(?P<m>{_MONTH_ANY}|январь|февраль|апрель|май|июнь|июль|сентябрь|октябрь"
    rf"|ноябрь|декабрь){_SP}(?P<y>\d{{4}})(?!\d)(?:{_SP}?{_YEAR_WORD})?",
    re.IGNORECASE,
)
_MONTH_ONLY = re.compile(
    rf"(?<![\w])(?:(?:в|во){_SP}(?P<m>{_MONTH_PREP})"
    rf"|(?:в|к){_SP}(?:начале|середине|конце){_SP}(?P<m2>{_MONTH_GEN}))\b",
    re.IGNORECASE,
)
_YEAR = re.compile(
    rf"{_B}(?P<y>\d{{4}})(?:\s*[-–—]\s*\d{{2,4}})?{_SP}?(?:{_YEAR_WORD}|годах|годов)(?!\w)",
    re.IGNORECASE,
)
_NUMERIC = re.compile(r"(?<![\w.,+/:-])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>\d{4}|\d{2})"
                      r"(?!\d|\.\d|,\d|-\d)")
_ISO = re.compile(r"(?<![\w.-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])")

_REL_DAY = re.compile(
    r"(?<![\w-])(?P<w>позавчера|вчера|сегодня|послезавтра|завтра|накануне)(?![\w-])",
    re.IGNORECASE,
)
_REL_SHIFT = {"позавчера": -2, "вчера": -1, "сегодня": 0, "завтра": 1, "послезавтра": 2,
              "накануне": -1}
# "накануне Дня Победы / накануне встречи": the eve of an event, not of the publication
_NAKANUNE_EVENT = re.compile(
    r"[^\S\n]+(?:[А-ЯЁA-Z«\"„]|(?:дня|праздник|нового|встреч|подписани|визит|заседани|выбор"
    r"|начала|открыти|старт|юбиле|форум|конференци|совещани|съезд|саммит|фестивал)\w*)",
)
_REL_WEEKDAY = re.compile(
    rf"(?<![\w-])(?:в|во){_SP}(?P<q>(?:(?:прошл|минувш|предыдущ|следующ|будущ|эт|ближайш)"
    rf"(?:ый|ую|ий|ое|ей|ой|от|у)?{_SP})?)(?P<wd>{_WEEKDAY})(?![\w-])",
    re.IGNORECASE,
)


def _month_num(word: str) -> int | None:
    w = word.lower()
    if w.startswith("ма") and not w.startswith("мар"):
        return 5
    for stem, num in _MONTHS.items():
        if stem != "ма" and w.startswith(stem):
            return num
    return None


def _weekday_num(word: str) -> int | None:
    w = word.lower()
    for i, stem in enumerate(_WEEKDAYS):
        if w.startswith(stem):
            return i
    return None


def _days_in_month(month: int, year: int | None) -> int:
    if month == 2:
        if year is None:
            return 29
        return 29 if (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _valid(day: int, month: int, year: int | None) -> bool:
    if not 1 <= month <= 12:
        return False
    if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
        return False
    return 1 <= day <= _days_in_month(month, year)


def _fmt(day: int | None, month: int | None, year: int | None) -> str:
    if year is not None and month is not None and day is not None:
        return f"{year:04d}-{month:02d}-{day:02d}"
    if year is not None and month is not None:
        return f"{year:04d}-{month:02d}"
    if year is not None:
        return f"{year:04d}"
    if month is not None and day is not None:
        return f"--{month:02d}-{day:02d}"
    return f"--{month:02d}"


_Hit = tuple[int, int, str | None, bool]  # start, end, value, relative


def _absolute(text: str) -> Iterator[tuple[int, int, int | None, int | None, int | None]]:
    d: int | None
    mo: int | None
    y: int | None
    """Yield (start, end, day, month, year) for every stated date, most specific first."""
    for m in _ISO.finditer(text):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if _valid(d, mo, y):
            yield m.start(), m.end(), d, mo, y
    for m in _NUMERIC.finditer(text):
        d, mo, ys = int(m["d"]), int(m["m"]), m["y"]
        y = 2000 + int(ys) if len(ys) == 2 else int(ys)
        if _valid(d, mo, y):
            yield m.start(), m.end(), d, mo, y
    for m in _DAY_MONTH.finditer(text):
        mo = _month_num(m["m"])
        d = int(m["d"])
        y = int(m["y"]) if m["y"] else None
        if mo is None or (y is not None and not MIN_YEAR <= y <= MAX_YEAR):
            if mo is not None and y is not None and _valid(d, mo, None):
                # out-of-range "year" is some other number: keep only day and month
                yield m.start("d"), m.end("m"), d, mo, None
            continue
        if not _valid(d, mo, y):
            continue
        start = m.start()
        if m["wd"] and y is not None:
            wd = _weekday_num(m["wd"])
            if wd is not None and _dt.date(y, mo, d).weekday() != wd:
                start = m.start("d")  # inconsistent weekday: keep the explicit date only
        yield start, m.end(), d, mo, y
    for m in _DAY_AND.finditer(text):
        mo, d = _month_num(m["m"]), int(m["d"])
        if mo is not None and _valid(d, mo, None):
            yield m.start(), m.end(), d, mo, None
    for m in _MONTH_YEAR.finditer(text):
        mo, y = _month_num(m["m"]), int(m["y"])
        if mo is not None and MIN_YEAR <= y <= MAX_YEAR:
            yield m.start(), m.end(), None, mo, y
    for m in _MONTH_ONLY.finditer(text):
        word = m["m"] or m["m2"]
        mo = _month_num(word)
        if mo is not None:
            start = m.start("m") if m["m"] else m.start() + len(m.group().split()[0]) + 1
            yield start, m.end(), None, mo, None
    for m in _YEAR.finditer(text):
        y = int(m["y"])
        if MIN_YEAR <= y <= MAX_YEAR:
            yield m.start(), m.end(), None, None, y


def _shift_partial(published: str, days: int) -> str | None:
    """Shift "--MM-DD" by days when the result is the same in leap and common years."""
    m = re.fullmatch(r"--(\d\d)-(\d\d)", published)
    if not m:
        return None
    mo, d = int(m[1]), int(m[2])
    results = set()
    for year in (2000, 2001):  # a leap and a common year
        if not _valid(d, mo, year):
            continue
        results.add((_dt.date(year, mo, d) + _dt.timedelta(days=days)).strftime("--%m-%d"))
    return results.pop() if len(results) == 1 else None


def _full_date(published: str | None) -> _dt.date | None:
    if not published:
        return None
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)(?!\d)", published)
    if not m:
        return None
    try:
        return _dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _resolve_shift(published: str | None, days: int) -> str | None:
    full = _full_date(published)
    if full is not None:
        return (full + _dt.timedelta(days=days)).isoformat()
    if published:
        return _shift_partial(published, days)
    return None


def _resolve_weekday(published: str | None, weekday: int, qualifier: str) -> str | None:
    full = _full_date(published)
    if full is None:
        return None
    q = qualifier.lower()
    monday = full - _dt.timedelta(days=full.weekday())
    if q.startswith(("прошл", "минувш", "предыдущ")):
        return (monday - _dt.timedelta(days=7 - weekday)).isoformat()
    if q.startswith(("следующ", "будущ")):
        return (monday + _dt.timedelta(days=7 + weekday)).isoformat()
    if q.startswith("эт"):
        return (monday + _dt.timedelta(days=weekday)).isoformat()
    if q.startswith("ближайш"):
        ahead = (weekday - full.weekday()) % 7 or 7
        return (full + _dt.timedelta(days=ahead)).isoformat()
    back = (full.weekday() - weekday) % 7
    return (full - _dt.timedelta(days=back)).isoformat()


# "в прошлом году": the year relative to the publication year
_REL_YEAR = re.compile(
    rf"(?<![\w-])(?:в|во){_SP}(?P<q>позапрошлом|прошлом|минувшем|прошедшем|предыдущем|этом"
    rf"|текущем|нынешнем|следующем|будущем|наступающем){_SP}году(?![\w-])",
    re.IGNORECASE,
)
_REL_YEAR_SHIFT = {"позапрошлом": -2, "прошлом": -1, "минувшем": -1, "прошедшем": -1,
                   "предыдущем": -1, "этом": 0, "текущем": 0, "нынешнем": 0, "следующем": 1,
                   "будущем": 1, "наступающем": 1}


def _resolve_year(published: str | None, shift: int) -> str | None:
    m = re.match(r"(\d{4})", published or "")
    return f"{int(m[1]) + shift:04d}" if m else None


def _relative(text: str, published: str | None) -> Iterator[_Hit]:
    for m in _REL_YEAR.finditer(text):
        yield m.start(), m.end(), _resolve_year(published, _REL_YEAR_SHIFT[m["q"].lower()]), True
    for m in _REL_DAY.finditer(text):
        word = m["w"].lower()
        if word == "накануне" and _NAKANUNE_EVENT.match(text, m.end()):
            continue
        yield m.start(), m.end(), _resolve_shift(published, _REL_SHIFT[word]), True
    for m in _REL_WEEKDAY.finditer(text):
        wd = _weekday_num(m["wd"])
        if wd is None or _WEEKDAY_OF_DATE.match(text, m.end()):
            continue  # "в понедельник, 26 октября 2023" with a wrong weekday: not relative
        start = m.start("q") if m["q"] else m.start("wd")
        yield start, m.end(), _resolve_weekday(published, wd, m["q"] or ""), True


_WEEKDAY_OF_DATE = re.compile(rf",?{_SP}[0-3]?\d{_SP}{_MONTH_GEN}\b", re.IGNORECASE)
_COORD_GAP = re.compile(r"\s*(?:и|,|[-–—]|по|до)\s*", re.IGNORECASE)


def find_dates(text: str, published: str | None = None) -> list[DateRef]:
    """All dates in ``text`` sorted by offset; spans never overlap (the longest wins)."""
    if not text:
        return []
    hits: list[tuple[int, int, int | None, int | None, int | None, bool, str | None]] = []
    for s, e, d, mo, y in _absolute(text):
        hits.append((s, e, d, mo, y, False, None))
    for s, e, val, _rel in _relative(text, published):
        hits.append((s, e, None, None, None, True, val))
    # keep the longest non-overlapping spans (absolute forms were yielded first: stable sort)
    hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
    taken: list[tuple[int, int, int | None, int | None, int | None, bool, str | None]] = []
    for h in hits:
        if all(h[1] <= t[0] or h[0] >= t[1] for t in taken):
            taken.append(h)
    taken.sort(key=lambda h: h[0])
    refs: list[DateRef] = []
    next_year: int | None = None  # year of the following date when coordinated with it
    for i in range(len(taken) - 1, -1, -1):  # backwards: "18, 19 и 20 апреля 2023"
        s, e, d, mo, y, rel, val = taken[i]
        if rel:
            refs.append(DateRef(val, text[s:e], s, e, True))
            next_year = None
            continue
        if (y is None and mo is not None and next_year is not None
                and _COORD_GAP.fullmatch(text[e:taken[i + 1][0]])
                and (d is None or _valid(d, mo, next_year))):
            y = next_year  # "18 и 19 апреля 2023 года": the year is stated for both
        next_year = y if mo is not None else None
        refs.append(DateRef(_fmt(d, mo, y), text[s:e], s, e, False))
    refs.reverse()
    return refs


# --- publication date -------------------------------------------------------------------

_LABEL = (r"(?:дата\s+(?:публикации|первого\s+показа|размещения|создания|выхода)"
          r"|опубликован[оа]?|размещено|дата|published|posted)")
_LABELLED = re.compile(rf"^[^\S\n]*{_LABEL}[^\S\n]*:?[^\S\n]*", re.IGNORECASE | re.MULTILINE)
_TIME = r"(?:в[^\S\n]+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
_DATE_LINE_REST = re.compile(
    rf"[\s,|/—–-]*(?:{_TIME}|{_WEEKDAY}|года|г\.|г|мск|msk)?[\s,|/—–.-]*"
    rf"(?:{_TIME})?[\s,|/—–.-]*",
    re.IGNORECASE,
)


# a place or section before the date of a dateline: "Уфа, ...", "Новости | ..."
_PLACE_PREFIX = re.compile(r"[^\S\n]*[А-ЯЁ][а-яё]+(?:[-\s][А-ЯЁа-яё][а-яё]+){0,2}"
                           r"[^\S\n]*(?:,|[|/])[^\S\n]*")  # "Новости | 02.11.2023, 14:00"


def is_labelled(line: str) -> bool:
    """Does the line start with a publication label ("Дата публикации:", "Опубликовано")?"""
    m = _LABELLED.match(line)
    return m is not None and bool(m.group().strip())


def date_line(line: str) -> DateRef | None:
    """The date of a line that is only a date (weekday, label and time allowed), else None.

    Such lines are datelines ("Уфа, 14 февраля 2024, 16:20" too) or "Дата публикации: ..."
    lines; offsets are into ``line``.
    """
    if len(line) > 80 or not line.strip():
        return None
    label = _LABELLED.match(line)
    pos = label.end() if label else 0
    refs = [r for r in find_dates(line[pos:]) if not r.relative and r.value]
    if not refs:
        return None
    first = refs[0]
    before = line[pos:pos + first.start]
    after = line[pos + first.end:]
    if not label and _PLACE_PREFIX.fullmatch(before):
        before = ""  # "Тюмень, 22 августа 2023 года": an agency dateline without brackets
    if not _DATE_LINE_REST.fullmatch(before) or not _DATE_LINE_REST.fullmatch(after):
        return None
    if not re.fullmatch(r"\d{4}-\d\d-\d\d|--\d\d-\d\d", first.value or ""):
        return None  # a year or a month is not a publication date
    return DateRef(first.value, first.text, pos + first.start, pos + first.end, False)


_DATELINE = re.compile(
    rf"^[^\S\n]*\(?[^\S\n]*[А-ЯЁA-Z][\w.\-]*(?:[^\S\n][А-ЯЁA-Z][\w.\-]*){{0,2}}"
    rf",[^\S\n]*(?P<date>"
    rf"[0-3]?\d{_SP}(?:{_MONTH_GEN}|{_MONTH_ABBR}\.?)(?:{_SP}\d{{4}}(?:{_SP}?{_YEAR_WORD})?)?"
    rf"|[0-3]?\d\.[01]?\d\.\d{{2,4}})[^\S\n]*(?:[,)—–-]|\.\s)",
    re.MULTILINE,
)


_ABBR_DATE = re.compile(rf"(?P<d>[0-3]?\d){_SP}(?P<m>{_MONTH_ABBR})\.?(?:{_SP}(?P<y>\d{{4}}))?",
                        re.IGNORECASE)
_ABBR_NUM = {"янв": 1, "фев": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9,
             "окт": 10, "ноя": 11, "дек": 12}


def _abbreviated(text: str) -> list[DateRef]:
    """"5 апр" of an agency dateline as a date ("--04-05")."""
    m = _ABBR_DATE.match(text)
    if not m:
        return []
    d, mo = int(m["d"]), _ABBR_NUM[m["m"].lower()[:3]]
    y = int(m["y"]) if m["y"] else None
    if not _valid(d, mo, y):
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
    """The publication date: a labelled date line, else a dateline at the top, else None.

    Works on the raw text: boilerplate (copyright, headline lists, calendars) is masked
    first, so "©2023 ..." or "Новость12 декабря 20:00" never count. Dates inside body
    sentences are not publication dates. ``masked``: ``mask_boilerplate(text)`` when the
    caller has it already (masking is costly; the pipeline masks once).
    """
    if not text or not text.strip():
        return None, None
    if masked is None or len(masked) != len(text):
        from soccoop.extract.boilerplate import mask_boilerplate  # lazy: an import cycle

        masked = mask_boilerplate(text)
    # 1. an explicit label wins, wherever it is (only on lines that are not boilerplate
    # for other reasons: the label line itself may be masked as a duplicate)
    for off, line in _lines(text):
        if _LABELLED.match(line):
            ref = date_line(line)
            if ref is not None:
                return ref.value, DateRef(ref.value, ref.text, off + ref.start, off + ref.end)
    # 2. a line that is only a date and survived masking (the kept publication line)
    for off, line in _lines(masked):
        ref = date_line(line)
        if ref is not None:
            return ref.value, DateRef(ref.value, text[off + ref.start:off + ref.end],
                                      off + ref.start, off + ref.end)
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
                return refs[0].value, DateRef(refs[0].value, text[s:e], s, e)
    return None, None
