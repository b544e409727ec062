"""Dates in Russian news text: absolute, partial and relative, with offsets.

Pure regex/Python (no natasha ``DatesExtractor``: it knows no relative dates and does not
pickle, which the dask workers need). Values are ISO 8601 at the precision the text gives:

- ``2023-09-15`` full date; ``2023-11`` month of a year; ``2002`` a year;
- ``--04-18`` day and month with no year stated (ISO 8601:2000 reduced form); ``--10`` a
  month with no year ("в октябре": ISO 8601 has no month-only form, this follows the same
  ``--`` convention, a project extension). A year is borrowed from a coordinated date right
  after it ("18 и 19 апреля 2023 года");
- an abbreviated month only with a year ("8 окт. 2025", "12 МАР 2026"; a year-less "12 мар"
  only in an agency dateline, read by ``published``);
- ranges ("18–19 апреля") give ONE DateRef spanning the whole range, valued as the first day;
- two-digit years ("15.09.23") are read as 20YY.

Anchoring (news mode, as HeidelTime reads news): when the publication date is known to the
day, a date without a year takes the year that puts it nearest the publication day on the
side the tense of its governing verb points to: not after publication for the past (and when
the tense is unknown), on or after it for the future, the nearer of the two for the present.
Such a date has ``anchored=True`` and keeps the stated form in ``stated`` ("26 октября" in an
article of 2023-10-27: value ``2023-10-26``, stated ``--10-26``). A month after "на"
("перенесено на май", "на конец мая") is a schedule's target, anchored ahead whatever the
tense (date72). Without a publication day no year is ever invented: the value stays
``--10-26``, not from the current date either.

Relative dates ("сегодня", "вчера", "накануне", "в четверг", "в прошлую пятницу") have
``relative=True`` and are resolved against ``published`` (then ``anchored=True``): with a
full date they get a full date; with a partial ``--MM-DD`` only day shifts that are the same
in leap and common years resolve ("--03-01" minus one day is ambiguous, so None); otherwise
the value is None. A bare weekday ("в четверг") is read by tense like a date without a year;
"прошлый" means that weekday of the previous ISO week, "минувший"/"прошедший" the last one
before the publication day, "следующий" of the next week, "этот" of the same week; a bare
weekday inside a «quotation» is left unresolved unless its verb is past (a quoted plan
speaks from its own day). Further relative forms:

- "в прошлом/этом/следующем месяце" -> the month (``2025-09``);
- "в прошлом году", "прошлого года", and with a stated month or day "в марте прошлого года"
  (``2024-03``), "5 мая этого года" (``2025-05-05``): need the publication year only;
- "на прошлой/этой/следующей неделе": the ISO week told at the precision all its seven days
  share: the month, else the year, else None;
- seasons "осенью", "прошлой осенью", "этим летом", "зимой прошлого года": a year only (see
  ``_season_year`` for the convention);
- "в тот же день", "тем же днём": the day of the date just before it (``_same_day``);
- "до конца года", "до конца текущего года": the publication year (``_year_end``);
- "в минувшие выходные", "на прошлых выходных": the weekend's month, else its year
  (``_weekends``).

``stated_view`` hides a season or week told as a year by convention from agreement rules.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
import re
from collections.abc import Callable, Iterator

from soccoop import isodate
from soccoop.extract.datewords import (
    AGO_EXACT_WORD,
    AGO_UNITS,
    AGO_WORD,
    ANCHOR_SLACK_DAYS,
    BARE_MONTH_PARTS,
    CALENDAR_AFTER_DAY,
    COUNT_WORDS,
    DATE_LINE_CREDITS,
    DAY_DIGIT_SUFFIXES,
    DAY_OF_MONTH_WORD,
    DAY_SHIFT,
    DAY_TENS,
    DOCUMENT_DATE_PREPOSITIONS,
    EVE_OF_EVENT,
    EVENT_CLOSING_VERBS,
    EVENT_DAY_ORDINALS,
    EVENT_DAY_ORDINALS_GEN,
    EVENT_FIRST_DAY_NOUNS,
    EVENT_LAST_DAY_NOUNS,
    EVENT_LAST_DAY_WORDS,
    MONTH_PARTS,
    MONTH_WORD,
    NAMED_OCCASION_NOUNS,
    NEXT_TO_DAY,
    PUBLICATION_LABELS,
    RECURRING_WORDS,
    SAME_DAY,
    SEASON_AFTER,
    SEASON_BEFORE,
    SEASON_QUALIFIERS,
    SEASON_THIS,
    SEASONS,
    SEASONS_AHEAD,
    SINCE_PREPOSITIONS,
    WEEK_AFTER,
    WEEK_BEFORE,
    WEEK_LAST,
    WEEK_NEXT_OCCURRENCE,
    WEEK_PARTS,
    WEEK_SHIFT,
    WEEK_SHIFT_ACC,
    WEEK_THIS,
    WEEKDAYS,
    WEEKEND_SHIFT,
    WEEKEND_WORDS,
    YEAR_ADJECTIVE_FRAMES,
    YEAR_ADJECTIVE_SHIFT,
    YEAR_END_DEADLINE,
    YEAR_END_THIS,
    YEAR_PARTS,
    YEAR_SHIFT,
    YEAR_SHIFT_ACC,
    YEAR_SHIFT_GEN,
    day_ordinal_forms,
    month_forms,
    month_number,
    weekday_number,
)
from soccoop.extract.lexicon import EVENT_DAY_GEN_NOT_AFTER, EVENT_DAY_GOVERNOR_NOT_AFTER
from soccoop.extract.lexicon_plans import YEAR_PARTS_SCHEDULED
from soccoop.models import DateRef

# the tense of the verb that governs a date span: "past", "present", "future" or None
TenseOf = Callable[[int, int], str | None]
NounHeadOf = Callable[[int, int], bool]  # fixdate56: is the span's word hung on a noun

MIN_YEAR, MAX_YEAR = 1900, 2100


def _alt(forms: list[str]) -> str:
    return "(?:" + "|".join(forms) + ")"


# every month pattern derives from the one table in ``datewords``
MONTH_GEN = _alt(month_forms(genitive=True))
MONTH_PREP = _alt(month_forms(prepositional=True))
MONTH_NOM = _alt(month_forms(nominative=True))
# agency datelines abbreviate: "5 апр", "12 сент."
MONTH_ABBR = _alt(month_forms(abbreviated=True)) + r"(?![а-яё])"
_MONTH_GEN, _MONTH_PREP, _MONTH_ABBR = MONTH_GEN, MONTH_PREP, MONTH_ABBR
_MONTH_ANY = rf"(?:{_MONTH_PREP}|{_MONTH_GEN}|{MONTH_NOM})"
_WEEKDAY = _alt([full for _, full, _ in WEEKDAYS])
_WEEKDAY_ABBR = _alt([abbr for _, _, abbr in WEEKDAYS]) + r"\.?(?![а-яё])"
_SP = r"[^\S\n]{1,3}"  # a few spaces, never a line break (masked text is mostly spaces)
_YEAR_WORD = r"(?:года|году|год|г\.|гг\.)"
_B = r"(?<![\w\-.])"  # left boundary: no word char, hyphen or dot glued before


def _initials(*words: str) -> str:
    """The first letters of words (lower and upper case) for a ``first_char_guard`` set; a
    word that starts with regex syntax is refused (its first character is not a letter)."""
    out: set[str] = set()
    for w in words:
        if not w[:1].isalpha():
            raise ValueError(f"not a plain word for a guard: {w!r}")
        out |= {w[0].lower(), w[0].upper()}
    return "".join(sorted(out))


def first_char_guard(pattern: str, initials: str = "", *, digit: bool = False) -> str:
    """``pattern`` behind a lookahead on the characters its matches can start with.

    Python's ``re`` then turns most positions away with one set test instead of trying a
    lookbehind and every alternative there (about 3x on news text); the matches are the
    same, provided ``initials`` (and ``digit``) cover every possible first character
    (``tests/test_perf17.py`` compares guarded and bare patterns)."""
    digits = r"\d" if digit else ""
    return rf"(?=[{initials}{digits}])(?:{pattern})"


def guarded_pattern(pattern: str, initials: str = "", *, digit: bool = False) -> re.Pattern[str]:
    """``pattern`` behind its ``first_char_guard``, compiled case-insensitively: the shape
    of every pattern of dates and page furniture written in words, which news set in any
    case ("15 мая", "15 МАЯ", "Вчера", "Мы в Telegram"). The lookahead's set names both
    cases of each initial, so the flag changes nothing there."""
    return re.compile(first_char_guard(pattern, initials, digit=digit), re.IGNORECASE)


# "1 ноября, 2025" (a comma before the year) only where the line or a time follows
_COMMA_YEAR = (r",[^\S\n]{0,3}(?P<cy>\d{4})(?=[^\S\n]*(?:года|г\.|$|\n|[,|/—–-]|\d{1,2}:\d\d))")
_DAY_MONTH = guarded_pattern(
    rf"(?:(?P<wd>{_WEEKDAY}),?{_SP})?"
    rf"{_B}(?P<d>[0-3]?\d)(?:\s*[-–—]\s*(?P<d2>[0-3]?\d))?{_SP}(?P<m>{_MONTH_GEN})\b"
    rf"(?:{_SP}(?P<y>\d{{4}})(?!\d)(?:{_SP}?{_YEAR_WORD})?|{_COMMA_YEAR})?",
    _initials(*(full for full, _, _ in WEEKDAYS)), digit=True)
# date46: "со 2 по 4 октября", "с 30 сентября по 2 октября 2024 года": a range told with
# prepositions, like "2–4 октября" one date valued as its first day (the first day's month
# may be told or shared with the last day)
_FROM_TO = guarded_pattern(
    rf"(?<![\w-])(?:с|со){_SP}(?P<d>[0-3]?\d)(?:{_SP}(?P<m1>{_MONTH_GEN}))?{_SP}по{_SP}"
    rf"(?P<d2>[0-3]?\d){_SP}(?P<m>{_MONTH_GEN})\b"
    rf"(?:{_SP}(?P<y>\d{{4}})(?!\d)(?:{_SP}?{_YEAR_WORD})?)?", _initials("с"))
# "18 и 19 апреля", "5, 6 и 7 мая": a bare day that takes the month of the date after it
# (a bounded list: the lookahead must not rescan a long run of numbers from every start)
_DAY_AND = guarded_pattern(
    rf"{_B}(?P<d>[0-3]?\d)(?=(?:,{_SP}|{_SP}и{_SP})(?:[0-3]?\d(?:,{_SP}|{_SP}и{_SP})){{0,6}}"
    rf"[0-3]?\d{_SP}(?P<m>{_MONTH_GEN})\b)", digit=True)
_MONTH_YEAR = guarded_pattern(
    rf"(?<![\w])(?P<m>{_MONTH_ANY}){_SP}(?P<y>\d{{4}})(?!\d)(?:{_SP}?{_YEAR_WORD})?",
    _initials(*month_forms(genitive=True, prepositional=True, nominative=True)))
# date68: a month told first and its day after it as "N-го числа" in apposition ("в конце
# января, 29-го числа, мы подписали соглашение", "в марте 2024 года, 12-го числа"): that
# day of that month (read alone, "29-го числа" would be a day of the publication month)
_MONTH_THEN_DAY = guarded_pattern(
    rf"(?<![\w])(?P<m>{_MONTH_PREP}|{_MONTH_GEN})"
    rf"(?:{_SP}(?P<y>\d{{4}})(?!\d)(?:{_SP}?{_YEAR_WORD})?)?"
    rf",{_SP}(?P<d>[0-3]?\d)(?:-?(?:го|е))?{_SP}{DAY_OF_MONTH_WORD}(?![\w-])"
    rf"(?!{_SP}(?:{'|'.join(RECURRING_WORDS)})(?![\w-]))",
    _initials(*month_forms(genitive=True, prepositional=True)))
# "8 окт. 2025", "12 МАР 2026": an abbreviated month only with a year after it (so that
# "5 сен" inside prose is never read; agency datelines without a year go through
# ``published``)
_ABBR_YEAR = guarded_pattern(
    rf"{_B}(?P<d>[0-3]?\d){_SP}(?P<m>{_MONTH_ABBR})\.?{_SP}(?P<y>\d{{4}})(?!\d)"
    rf"(?:{_SP}?{_YEAR_WORD})?", digit=True)
_MONTH_ONLY = guarded_pattern(
    rf"(?<![\w])(?:(?:в|во){_SP}(?P<m>{_MONTH_PREP})"
    rf"|(?P<p>{'|'.join(MONTH_PARTS)}){_SP}(?P<m2>{_MONTH_GEN}))\b",
    _initials("в", "к", "на"))
# date72: a month a schedule sets a time for, after "на" in the accusative (the nominative's
# form): "подписание перенесено на май", "запись идёт на март"; not "на май 2025 года" (the
# month-and-year form reads it) nor a day ("на 5 мая", read by the day form)
_MONTH_ON = guarded_pattern(
    rf"(?<![\w-])на{_SP}(?P<m>{MONTH_NOM})(?![\w-])", _initials("на"))
# the "на" a month-only span follows ("на май", "на конец мая": a schedule's target)
_ON_BEFORE = re.compile(r"(?<![\w-])на[^\S\n]{1,3}\Z", re.IGNORECASE)
# status49: a year with its ordinal ending glued by a hyphen stands for "... году" without the
# noun: "с РТ — в 2023-м", "до 2026-го", "к 2030-му"; the noun may still follow ("в 2023-м
# году"). Only the case endings of an ordinal adjective, and no word glued after them.
_ORDINAL_END = r"-(?:м|го|й|му|ом|ый|ого|ому)(?![\w-])"
_YEAR = guarded_pattern(
    rf"{_B}(?P<y>\d{{4}})(?:(?:\s*[-–—]\s*\d{{2,4}})?{_SP}?(?:{_YEAR_WORD}|годах|годов)(?!\w)"
    rf"|{_ORDINAL_END}(?:{_SP}?{_YEAR_WORD}(?!\w))?)",
    digit=True)
# a number glued on by a dot, comma, slash or hyphen makes an order or file number, not a
# date: "заказ № 12.05.2025-0417", "приказ № 2025-08-05/17"
_NUMERIC = re.compile(first_char_guard(
    r"(?<![\w.,+/:-])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>\d{4}|\d{2})(?!\d|[.,/-]\d)",
    digit=True))
# "08-07-2025", "08/07/2025": the same separator twice and a four-digit year
_NUMERIC_SEP = re.compile(first_char_guard(
    r"(?<![\w.,+/:-])(?P<d>[0-3]\d)(?P<s>[-/])(?P<m>[01]\d)(?P=s)(?P<y>\d{4})(?![\d/-])",
    digit=True))
# rounds41: a day and month in digits opening a line, no year, words after it: a post's
# lead "25.02 министр и ректор подписали ..." (both parts of two digits: "3.5 тысячи" is
# a number; "12.50" no month)
_LINE_DAY_MONTH = re.compile(r"(?m)^(?P<d>[0-3]\d)\.(?P<m>[01]\d)(?=[^\S\n]+[А-ЯЁа-яё])")
_ISO = re.compile(first_char_guard(
    r"(?<![\w.-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-]|/\d)", digit=True))

_REL_DAY = guarded_pattern(
    rf"(?<![\w-])(?P<w>{'|'.join(DAY_SHIFT)})(?![\w-])", _initials(*DAY_SHIFT))
_NAKANUNE_EVENT = re.compile(
    rf"[^\S\n]+(?:[А-ЯЁA-Z«\"„]|(?:{'|'.join(EVE_OF_EVENT)})\w*)",
)
# stat34: a capitalised word after "накануне" that cannot be a genitive is the clause's
# subject, not an event the preposition governs ("Накануне Центр занятости ... заключил")
_CAPITAL_WORD = re.compile(r"[^\S\n]+(?P<w>[А-ЯЁ][а-яё]+)")
_GENITIVE_END = re.compile(r"(?:[аяыи]|ого|его|ой|ей|ов|ев)$")


def _eve_of_event(text: str, end: int) -> bool:
    """Is "накануне" before ``end`` a preposition with its event ("накануне Дня Победы",
    "накануне Нового года", "накануне форума")? It governs the genitive: a capitalised
    word after it in a form no genitive has is the clause's subject, and "накануне" the
    adverb "the day before": "Накануне Центр занятости и министерство заключили
    соглашение", "Накануне Правительство области утвердило ..." (stat34)."""
    if not _NAKANUNE_EVENT.match(text, end):
        return False
    m = _CAPITAL_WORD.match(text, end)
    return m is None or _GENITIVE_END.search(m["w"]) is not None


_REL_WEEKDAY = guarded_pattern(
    rf"(?<![\w-])(?:в|во){_SP}(?P<q>(?:(?:"
    rf"{'|'.join(WEEK_BEFORE + WEEK_LAST + WEEK_AFTER + WEEK_THIS + WEEK_NEXT_OCCURRENCE)})"
    rf"(?:ый|ую|ий|ое|ей|ой|от|у)?{_SP})?)(?P<wd>{_WEEKDAY})(?![\w-])", _initials("в"))


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
    """Yield (start, end, day, month, year) for every stated date, most specific first."""
    d: int | None
    mo: int | None
    y: int | None
    # every pattern but _MONTH_ONLY needs a digit: most lines have none (same \d as theirs)
    if _ANY_DIGIT.search(text) is None:
        yield from _word_days(text)
        yield from _month_only(text)
        return
    for m in _ISO.finditer(text):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if _valid(d, mo, y):
            yield m.start(), m.end(), d, mo, y
    for m in _NUMERIC.finditer(text):
        d, mo, ys = int(m["d"]), int(m["m"]), m["y"]
        y = 2000 + int(ys) if len(ys) == 2 else int(ys)
        if _valid(d, mo, y):
            yield m.start(), m.end(), d, mo, y
    for m in _NUMERIC_SEP.finditer(text):
        d, mo, y = int(m["d"]), int(m["m"]), int(m["y"])
        if _valid(d, mo, y):
            yield m.start(), m.end(), d, mo, y
    for m in _LINE_DAY_MONTH.finditer(text):
        d, mo = int(m["d"]), int(m["m"])
        if _valid(d, mo, None):
            yield m.start(), m.end(), d, mo, None
    yield from _from_to(text)
    for m in _DAY_MONTH.finditer(text):
        mo = month_number(m["m"])
        d = int(m["d"])
        ys = m["y"] or m["cy"]
        y = int(ys) if ys else None
        if mo is None or (y is not None and not MIN_YEAR <= y <= MAX_YEAR):
            if mo is not None and y is not None and _valid(d, mo, None):
                # out-of-range "year" is some other number: keep only day and month
                yield m.start("d"), m.end("m"), d, mo, None
            continue
        if not _valid(d, mo, y):
            continue
        start = m.start()
        if m["wd"] and y is not None:
            wd = weekday_number(m["wd"])
            if wd is not None and _dt.date(y, mo, d).weekday() != wd:
                start = m.start("d")  # inconsistent weekday: keep the explicit date only
        yield start, m.end(), d, mo, y
    yield from _month_then_day(text)
    yield from _word_days(text)
    for m in _ABBR_YEAR.finditer(text):
        mo, d, y = month_number(m["m"]), int(m["d"]), int(m["y"])
        if mo is not None and _valid(d, mo, y):
            yield m.start(), m.end(), d, mo, y
    for m in _DAY_AND.finditer(text):
        mo, d = month_number(m["m"]), int(m["d"])
        if mo is not None and _valid(d, mo, None):
            yield m.start(), m.end(), d, mo, None
    for m in _MONTH_YEAR.finditer(text):
        mo, y = month_number(m["m"]), int(m["y"])
        if mo is not None and MIN_YEAR <= y <= MAX_YEAR:
            yield m.start(), m.end(), None, mo, y
    yield from _month_only(text)
    for m in _YEAR.finditer(text):
        y = int(m["y"])
        if MIN_YEAR <= y <= MAX_YEAR:
            yield m.start(), m.end(), None, None, y


_ANY_DIGIT = re.compile(r"\d")


def _month_then_day(text: str) -> Iterator[tuple[int, int, int | None, int | None, int | None]]:
    """A month told first and its day after it, "N-го числа" set off by a comma, is that day
    of that month: "В конце января, 29-го числа, мы подписали соглашение" is January 29
    (its year, when not told with the month, from the publication day like "29 января")."""
    for m in _MONTH_THEN_DAY.finditer(text):
        mo, d = month_number(m["m"]), int(m["d"])
        y = int(m["y"]) if m["y"] else None
        if y is not None and not MIN_YEAR <= y <= MAX_YEAR:
            continue
        if mo is not None and _valid(d, mo, y):
            yield m.start(), m.end(), d, mo, y


def _from_to(text: str) -> Iterator[tuple[int, int, int | None, int | None, int | None]]:
    """date46: a range told with prepositions, valued as its first day: "со 2 по 4 октября"
    -> ``--10-02`` (not "4 октября" alone), "с 30 декабря 2024 по 2 января 2025 года" is
    not read here, "с 30 декабря по 2 января 2025 года" -> ``2024-12-30`` (the year goes back
    when the first month comes after the last). Both days must be valid in their months."""
    for m in _FROM_TO.finditer(text):
        mo2 = month_number(m["m"])
        mo = month_number(m["m1"]) if m["m1"] else mo2
        d, d2 = int(m["d"]), int(m["d2"])
        y = int(m["y"]) if m["y"] else None
        if mo is None or mo2 is None or (y is not None and not MIN_YEAR <= y <= MAX_YEAR):
            continue
        if y is not None and mo > mo2:
            y -= 1  # "с 30 декабря по 2 января 2025 года"
        if _valid(d, mo, y) and _valid(d2, mo2, None) and (mo, d) != (mo2, d2):
            yield m.start(), m.end(), d, mo, y

_DAY_ORDINALS = day_ordinal_forms()
# a month in the genitive, where a day told as an ordinal may end right before it
_GEN_MONTH_AT = guarded_pattern(
    rf"(?<![\w-])(?P<m>{_MONTH_GEN})(?![\w-])", _initials(*month_forms(genitive=True)))
# the day before that month, read backwards from it: "двадцать пятого ", "25-го "
_ORDINAL_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?:(?P<tens>{'|'.join(DAY_TENS)}){_SP})?"
    rf"(?P<o>{_alt(sorted(_DAY_ORDINALS, key=lambda w: (-len(w), w)))})"
    rf"|(?P<dd>[0-3]?\d)-(?:{'|'.join(sorted(DAY_DIGIT_SUFFIXES, key=len, reverse=True))}))"
    rf"{_SP}\Z", re.IGNORECASE)
_YEAR_AFTER = re.compile(rf"{_SP}(?P<y>\d{{4}})(?!\d)(?:{_SP}?{_YEAR_WORD})?", re.IGNORECASE)
_ORDINAL_REACH = 30  # "тридцать четвёртого " is the longest day told in words, with spaces


def _word_days(text: str) -> Iterator[tuple[int, int, int | None, int | None, int | None]]:
    """A day told as an ordinal before a month is a day date like "25 марта": "Двадцать
    пятого марта" -> ``--03-25``, "тридцать первого декабря 2024 года" -> ``2024-12-31``,
    "к 1-му сентября" -> ``--09-01``, "перенесли на третье мая" -> ``--05-03``.

    Found from each genitive month backwards (a month is rare, an ordinal word is not),
    so the cost stays linear in the text."""
    for m in _GEN_MONTH_AT.finditer(text):
        day = _ORDINAL_BEFORE.search(text, max(0, m.start() - _ORDINAL_REACH), m.start())
        if day is None:
            continue
        if day["dd"]:
            d = int(day["dd"])
        else:
            d = _DAY_ORDINALS[day["o"].lower()]
            if day["tens"]:
                if d > 9:
                    continue  # "двадцать десятого" is no number
                d += DAY_TENS[day["tens"].lower()]
        mo = month_number(m["m"])
        year = _YEAR_AFTER.match(text, m.end())
        y = int(year["y"]) if year and MIN_YEAR <= int(year["y"]) <= MAX_YEAR else None
        if mo is None or not _valid(d, mo, y):
            continue
        yield day.start(), year.end() if y is not None and year else m.end(), d, mo, y


def _month_only(text: str) -> Iterator[tuple[int, int, int | None, int | None, int | None]]:
    """"в марте", "в конце мая", "на май": the absolute forms without a digit."""
    for m in _MONTH_ONLY.finditer(text):
        mo = month_number(m["m"] or m["m2"])
        if m["m2"] and _YEAR_AFTER.match(text, m.end()):
            continue  # "в первых числах июня 2024 года": the month-and-year form reads it
        if mo is not None:
            # the span leaves the preposition out: "конце мая", "первых числах июня"
            start = m.start("m") if m["m"] else m.start() + len(m["p"].split()[0]) + 1
            yield start, m.end(), None, mo, None
    for m in _MONTH_ON.finditer(text):  # date72: "перенесено на май"
        mo = month_number(m["m"])
        if mo is not None and not _YEAR_AFTER.match(text, m.end()):
            yield m.start("m"), m.end(), None, mo, None


def scheduled_month(text: str, start: int) -> bool:
    """date72: is the month-only span at ``start`` the target of a schedule, told after
    "на" ("подписание перенесено на май", "намечено на конец сентября")? Such a month lies
    ahead of the decision, as a part of a year after "на" does ("перенесли на третий
    квартал", ``_year_parts``): ``find_dates`` anchors it forward whatever its verb's
    tense."""
    return _ON_BEFORE.search(text[max(0, start - 6):start]) is not None


# --- anchoring to the publication day ---------------------------------------------------

def publication_day(published: str | None) -> _dt.date | None:
    """The publication day when ``published`` states it (``2023-10-27``), else None."""
    if not published:
        return None
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)(?!\d)", published)
    if not m:
        return None
    try:
        return _dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _pick(back: tuple[str, int] | None, fwd: tuple[str, int] | None,
          tense: str | None) -> str | None:
    """Between the candidate not after publication and the one on or after it (value,
    distance): the past (and an unknown tense) looks back, the future forward, the present
    to the nearer one (a tie looks back)."""
    if back is None or fwd is None:
        return (back or fwd or (None, 0))[0]
    if tense == "future" or (tense == "present" and fwd[1] < back[1]):
        return fwd[0]
    return back[0]


def anchor_day(month: int, day: int, pub: _dt.date, tense: str | None = None) -> str | None:
    """"26 октября" in an article of 2023-10-27 -> ``2023-10-26``; with a verb in the
    future tense ("пройдёт 26 октября") -> ``2024-10-26``. 29 February: the nearest leap
    year on that side. date43: a day of the page's year within ``ANCHOR_SLACK_DAYS`` of the
    publication day stays in that year whatever the tense, as the other candidate lies a
    year away: "3 марта" under a future verb in a report of 6 March 2026 ("Договор,
    заключённый 3 марта, даст право ...") is ``2026-03-03``, not 2027; "подписали 12
    марта" in a report of 10 March is that March's."""
    if _valid(day, month, pub.year) and \
            abs((_dt.date(pub.year, month, day) - pub).days) <= ANCHOR_SLACK_DAYS:
        return _dt.date(pub.year, month, day).isoformat()
    back: tuple[str, int] | None = None
    fwd: tuple[str, int] | None = None
    for k in range(9):  # 29 February recurs within 8 years
        y = pub.year - k
        if back is None and _valid(day, month, y) and _dt.date(y, month, day) <= pub:
            back = (_dt.date(y, month, day).isoformat(), (pub - _dt.date(y, month, day)).days)
        y = pub.year + k
        if fwd is None and _valid(day, month, y) and _dt.date(y, month, day) >= pub:
            fwd = (_dt.date(y, month, day).isoformat(), (_dt.date(y, month, day) - pub).days)
    return _pick(back, fwd, tense)


def anchor_month(month: int, pub: _dt.date, tense: str | None = None) -> str | None:
    """"в октябре" in an article of 2023-11-02 -> ``2023-10``; future tense -> ``2024-10``."""
    back_y = pub.year if month <= pub.month else pub.year - 1
    fwd_y = pub.year if month >= pub.month else pub.year + 1
    back = (f"{back_y:04d}-{month:02d}", (pub.year - back_y) * 12 + pub.month - month)
    fwd = (f"{fwd_y:04d}-{month:02d}", (fwd_y - pub.year) * 12 + month - pub.month)
    return _pick(back, fwd, tense)


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


def _resolve_shift(published: str | None, days: int) -> str | None:
    full = publication_day(published)
    if full is not None:
        return (full + _dt.timedelta(days=days)).isoformat()
    if published:
        return _shift_partial(published, days)
    return None


def _resolve_weekday(published: str | None, weekday: int, qualifier: str,
                     tense: str | None = None) -> str | None:
    """"в прошлую пятницу", "в четверг" against the publication day (None without one)."""
    full = publication_day(published)
    if full is None:
        return None
    q = qualifier.lower()
    monday = full - _dt.timedelta(days=full.weekday())
    if q.startswith(WEEK_BEFORE):
        return (monday - _dt.timedelta(days=7 - weekday)).isoformat()
    if q.startswith(WEEK_LAST):
        return (full - _dt.timedelta(days=(full.weekday() - weekday) % 7 or 7)).isoformat()
    if q.startswith(WEEK_AFTER):
        return (monday + _dt.timedelta(days=7 + weekday)).isoformat()
    if q.startswith(WEEK_THIS):
        return (monday + _dt.timedelta(days=weekday)).isoformat()
    if q.startswith(WEEK_NEXT_OCCURRENCE):
        ahead = (weekday - full.weekday()) % 7 or 7
        return (full + _dt.timedelta(days=ahead)).isoformat()
    back = (full.weekday() - weekday) % 7
    ahead = (weekday - full.weekday()) % 7
    return _pick(((full - _dt.timedelta(days=back)).isoformat(), back),
                 ((full + _dt.timedelta(days=ahead)).isoformat(), ahead), tense)


# "в прошлом году": the year relative to the publication year
_REL_YEAR = guarded_pattern(
    rf"(?<![\w-])(?:в|во){_SP}(?P<q>{'|'.join(YEAR_SHIFT)}){_SP}году(?![\w-])",
    _initials("в"))

# date44: "на следующий год" (a plan's year, told in the accusative)
_REL_YEAR_ACC = guarded_pattern(
    rf"(?<![\w-])на{_SP}(?P<q>{'|'.join(YEAR_SHIFT_ACC)}){_SP}год(?![\w-])", _initials("на"))


def _resolve_year(published: str | None, shift: int) -> str | None:
    m = re.match(r"(\d{4})", published or "")
    return f"{int(m[1]) + shift:04d}" if m else None


# "на прошлогоднем форуме": an occasion of a year relative to the publication year
# (status52); the frame first, so that "запасы больше прошлогодних" is no date
_YEAR_ADJECTIVE = guarded_pattern(
    rf"(?<![\w-])(?:{'|'.join(YEAR_ADJECTIVE_FRAMES)}){_SP}"
    rf"(?P<a>{'|'.join(YEAR_ADJECTIVE_SHIFT)})(?:ем|ей|его|их)(?![\w-])",
    _initials("в", "н", "п"))


def _year_adjectives(text: str, published: str | None) -> Iterator[_Hit]:
    """status52: an occasion told by an adjective of its year, "На прошлогоднем форуме мы
    подписали соглашение" in an article of 2024 -> ``2024`` - 1 = ``2023``;
    "позапрошлогодний" two years back. Only in a phrase of time (``YEAR_ADJECTIVE_FRAMES``)."""
    for m in _YEAR_ADJECTIVE.finditer(text):
        yield m.start(), m.end(), _resolve_year(published, YEAR_ADJECTIVE_SHIFT[m["a"].lower()]), \
            True


_GEN_YEAR = rf"{_SP}(?P<gy>{'|'.join(YEAR_SHIFT_GEN)}){_SP}года(?![\w-])"
# "в прошлом месяце": the month relative to the publication month
_REL_MONTH = guarded_pattern(
    rf"(?<![\w-])(?:в|во){_SP}(?P<q>{'|'.join(YEAR_SHIFT)}){_SP}{MONTH_WORD}(?![\w-])",
    _initials("в"))
# "в марте прошлого года", "15 мая этого года", "прошлого года": a stated month or day in
# a year relative to the publication year; hid95: a month in the genitive after "с" as
# well ("действует с марта прошлого года": March of the year before; "до" ends a term)
_GEN_YEAR_DATE = guarded_pattern(
    rf"(?<![\w-])(?:(?P<d>[0-3]?\d){_SP}(?P<mg>{_MONTH_GEN})"
    rf"|(?:в|во){_SP}(?P<mp>{_MONTH_PREP})"
    rf"|(?:с|со){_SP}(?P<mg3>{_MONTH_GEN})"
    rf"|(?:{'|'.join(MONTH_PARTS)}){_SP}(?P<mg2>{_MONTH_GEN}))" + _GEN_YEAR
    + rf"|(?<![\w-])(?P<gy2>{'|'.join(YEAR_SHIFT_GEN)}){_SP}года(?![\w-])",
    _initials("в", "к", "на", "с", *YEAR_SHIFT_GEN), digit=True)
# "на прошлой неделе": the ISO week relative to the publication week
_REL_WEEK = guarded_pattern(
    rf"(?<![\w-])на{_SP}(?:(?P<q>{'|'.join(WEEK_SHIFT)}){_SP}неделе"
    rf"|(?P<a>{'|'.join(WEEK_SHIFT_ACC)}){_SP}неделю)(?![\w-])", _initials("на"))
# "осенью", "прошлой осенью", "летом этого года"; not "осенью 2023 года" (a stated year)
_SEASON = guarded_pattern(
    rf"(?<![\w-])(?:(?P<q>{'|'.join(SEASON_QUALIFIERS)}){_SP})?(?P<s>{'|'.join(SEASONS)})"
    rf"(?![\w-])(?!{_SP}\d{{4}})(?:{_GEN_YEAR})?", _initials(*SEASON_QUALIFIERS, *SEASONS))
# date56: a season told ahead by a preposition, "к весне", "до лета" (the date is the
# season's word; not "к осени 2025 года", a stated year, nor "до осени прошлого года";
# fixdate56: any year qualifier of the lexicon in the genitive, "минувшего", "текущего" …)
_SEASON_AHEAD = guarded_pattern(
    rf"(?<![\w-])(?P<p>{'|'.join(SEASONS_AHEAD)}){_SP}"
    rf"(?P<s>{'|'.join(f for forms in SEASONS_AHEAD.values() for f in forms)})"
    rf"(?![\w-])(?!{_SP}(?:\d|{'|'.join(SEASON_QUALIFIERS)}|(?:{'|'.join(YEAR_SHIFT_GEN)})"
    rf"(?![\w-])))",
    _initials(*SEASONS_AHEAD))
_SAME_DAY = guarded_pattern(rf"(?<![\w-])(?:{'|'.join(SAME_DAY)})(?![\w-])",
                            _initials(*SAME_DAY))
SAME_DAY_MARK = "same-day"  # the value of "в тот же день" until the date before it is known


def same_day_phrase(d: DateRef) -> bool:
    """Is ``d`` "в тот же день" / "тем же днём" itself (no shift: not "днём ранее")?"""
    return d.relative and _SAME_DAY.fullmatch(d.text) is not None
# "днём ранее", "на следующий день" (dates24): a day next to the date before it
_NEXT_TO_DAY = guarded_pattern(
    rf"(?<![\w-])(?:{'|'.join(f'(?P<n{i}>{p})' for i, p in enumerate(NEXT_TO_DAY))})(?![\w-])",
    _initials(*NEXT_TO_DAY))
_NEXT_TO_SHIFT = list(NEXT_TO_DAY.values())
# date46: "во второй день форума" until the occasion's first day before it is known
EVENT_DAY_MARK = "event-day"
LAST_DAY_SHIFT = "last"  # status48: the shift of "в заключительный день" (the range's last day)
# date53: or the day named by the occasion's opening or closing ("в день открытия форума"
# is its first day, "в день закрытия выставки" its last)
_EVENT_DAY = guarded_pattern(
    rf"(?<![\w-])(?:(?:в|во|на){_SP})?"
    rf"(?:(?P<o>{'|'.join([*EVENT_DAY_ORDINALS, *EVENT_LAST_DAY_WORDS])}){_SP}день"
    rf"(?![\w-])(?!{_SP}(?:{'|'.join(CALENDAR_AFTER_DAY)})(?![\w-]))"
    rf"|день{_SP}(?P<n>{'|'.join([*EVENT_FIRST_DAY_NOUNS, *EVENT_LAST_DAY_NOUNS])})(?![\w-])"
    # date52: "итогом второго дня", an ordinal day in the genitive (``_genitive_event_day``)
    rf"|(?P<g>{'|'.join(EVENT_DAY_ORDINALS_GEN)}){_SP}дня(?![\w-])"
    rf"(?!{_SP}(?:{'|'.join(CALENDAR_AFTER_DAY)})(?![\w-])))",
    _initials("в", "н", "д", *EVENT_DAY_ORDINALS, *EVENT_LAST_DAY_WORDS,
              *EVENT_DAY_ORDINALS_GEN))
_QUOTE_LOOKBACK = 300  # a weekday this far into an open quotation is inside it


# "в конце прошлого месяца", "в начале этого месяца" (dates24): a part of a month told by
# its month
_REL_MONTH_PART = guarded_pattern(
    rf"(?<![\w-])(?:{'|'.join(MONTH_PARTS)}){_SP}(?P<q>{'|'.join(YEAR_SHIFT_GEN)}){_SP}месяца"
    rf"(?![\w-])", _initials("в", "к", "на"))


# date90: "в начале месяца", "в конце месяца": a part of the month no month word names
_BARE_MONTH_PART = guarded_pattern(
    rf"(?<![\w-])(?:в|во){_SP}(?P<p>{'|'.join(BARE_MONTH_PARTS)}){_SP}месяца(?![\w-])",
    _initials("в"))


def _bare_month_parts(text: str, published: str | None,
                      tense: TenseOf | None) -> Iterator[_Hit]:
    """date90: a part of a month with no month named ("Договор с колледжем заключили в
    начале месяца") is of the publication month, unless the tense points past
    it: a past report of a part not yet begun is of the month before ("в конце месяца" told
    in the past on the 5th -> the previous month), a plan for a part already over is of the
    next month. A present tense tells a habit ("пособие выплачивают в начале месяца"), no
    date; nor does a page with no publication day."""
    full = publication_day(published)
    for m in _BARE_MONTH_PART.finditer(text):
        t = tense(m.start(), m.end()) if tense is not None else None
        if full is None or t == "present":
            continue
        first, last = BARE_MONTH_PARTS[m["p"].lower()]
        shift = 0
        if t == "future" and last < full.day:
            shift = 1
        elif t != "future" and first > full.day:
            shift = -1
        yield m.start(), m.end(), _resolve_month(published, shift), True


def _resolve_month(published: str | None, shift: int) -> str | None:
    """"в прошлом месяце" in an article of 2025-04-22 -> ``2025-03``."""
    m = re.match(r"(\d{4})-(\d\d)", published or "")
    if not m:
        return None
    k = int(m[1]) * 12 + int(m[2]) - 1 + shift
    return f"{k // 12:04d}-{k % 12 + 1:02d}"


def _resolve_week(published: str | None, shift: int) -> str | None:
    """"на прошлой неделе": the week is told only as precisely as all its seven days agree,
    the month when they share one, else the year, else None (2025-11-20 -> ``2025-11``;
    the week of 2025-12-29 .. 2026-01-04 -> None)."""
    full = publication_day(published)
    if full is None:
        return None
    monday = full - _dt.timedelta(days=full.weekday()) + _dt.timedelta(weeks=shift)
    sunday = monday + _dt.timedelta(days=6)
    if (monday.year, monday.month) == (sunday.year, sunday.month):
        return f"{monday.year:04d}-{monday.month:02d}"
    return f"{monday.year:04d}" if monday.year == sunday.year else None


def week_told_span(d: DateRef, published: str | None) -> tuple[_dt.date, _dt.date] | None:
    """date67: the first and last day of the week a relative week phrase tells ("на прошлой
    неделе", "на этой неделе", "в конце прошлой недели": the whole week), counted from the
    publication day: "на прошлой неделе" in a report of Tuesday 2020-05-19 is 2020-05-11 ..
    2020-05-17. None for any other phrase or without a publication day."""
    full = publication_day(published)
    m = _REL_WEEK.fullmatch(d.text) or _WEEK_PART.fullmatch(d.text)
    if full is None or m is None:
        return None
    q, acc = m.groupdict().get("q"), m.groupdict().get("a")
    shift = WEEK_SHIFT[q.lower()] if q else WEEK_SHIFT_ACC[acc.lower()] if acc else 0
    monday = full - _dt.timedelta(days=full.weekday()) + _dt.timedelta(weeks=shift)
    return monday, monday + _dt.timedelta(days=6)


def _season_year(season: tuple[int, ...], published: str | None, qualifier: str,
                 year_shift: int | None, tense: str | None) -> str | None:
    """The year of a season; a season is told as a year only (a convention: ISO 8601 has
    no season in its basic forms).

    The season is read as its month nearest to the publication month on the side the
    tense points to, and told as that month's year: "осенью" in an article of 2026-02 ->
    November 2025 -> ``2025``; "зимой" (past) in 2023-12 -> December -> ``2023``, (future)
    in 2024-07 -> December -> ``2024``; the present takes the current season, else the
    nearer month. "прошлой осенью": the last month of the latest one over before the
    publication month (in 2025-10 -> ``2024``); "следующей весной": the first month of the
    first one not yet begun; "этой осенью": the publication year; "осенью прошлого года":
    the stated year. Needs the publication month (a stated year: the publication year).
    """
    if year_shift is not None:
        return _resolve_year(published, year_shift)
    m = re.match(r"(\d{4})-(\d\d)", published or "")
    if not m:
        return None
    py, pm = int(m[1]), int(m[2])
    now = py * 12 + pm - 1  # months since year 0
    months = [y * 12 + mo - 1 for y in range(py - 2, py + 3) for mo in season]
    inside = pm in season
    q = qualifier.lower()
    if q.startswith(SEASON_BEFORE):  # before the current occurrence, if one is under way
        start = now
        while inside and start - 1 in months:
            start -= 1
        pick = max(k for k in months if k < (start if inside else now + 1))
    elif q.startswith(SEASON_AFTER):
        end = now
        while inside and end + 1 in months:
            end += 1
        pick = min(k for k in months if k > (end if inside else now - 1))
    elif q.startswith(SEASON_THIS) or (inside and tense == "present"):
        pick = now  # "этой осенью": the season of the publication year
    else:
        back = max(k for k in months if k <= now)
        fwd = min(k for k in months if k >= now)
        chosen = _pick((str(back), now - back), (str(fwd), fwd - now), tense)
        pick = int(chosen) if chosen else now
    return f"{pick // 12:04d}"


def quoted_now(text: str, d: DateRef) -> bool:
    """date60: is the date a relative day inside a «quotation» opened on its line, the
    speaker's present rather than a day of the story ("«Сегодня в системе соцзащиты
    работают более 6 тысяч человек», — сказал ректор")?"""
    return d.relative and _in_quote(text, d.start)


def _in_quote(text: str, pos: int) -> bool:
    """Is pos inside a «quotation» opened on its line (bounded look-back: linear)?"""
    lo = max(text.rfind("\n", max(0, pos - _QUOTE_LOOKBACK), pos) + 1,
             pos - _QUOTE_LOOKBACK, 0)
    return text.rfind("«", lo, pos) > text.rfind("»", lo, pos)


def _told(folded: str, *words: str) -> bool:
    """Does one of ``words`` (lower case) occur in ``folded``, the text case-folded once? A
    pattern every match of which holds one of them (in any case: a case-insensitive
    letter of Cyrillic matches exactly the characters that fold to it, checked over all of
    Unicode) need not scan a text without any (speed only: "в прошлом году" needs "году";
    a plain substring test is ~100x cheaper than the pattern's scan)."""
    return any(w in folded for w in words)


def _relative(text: str, published: str | None, tense: TenseOf | None,
              noun_head: NounHeadOf | None = None) -> Iterator[_Hit]:
    folded = text.casefold()
    day = _told(folded, "день", "днем", "днём")  # _SAME_DAY, _NEXT_TO_DAY, _EVENT_DAY
    for m in _REL_YEAR.finditer(text) if _told(folded, "году") else ():
        yield m.start(), m.end(), _resolve_year(published, YEAR_SHIFT[m["q"].lower()]), True
    for m in _REL_YEAR_ACC.finditer(text) if _told(folded, " год") else ():
        # the year's words after "на", as "на 2026 год" is read: the preposition before it
        # is what tells a document's period (``signing_dates.period_year``)
        yield m.start("q"), m.end(), _resolve_year(published, YEAR_SHIFT_ACC[m["q"].lower()]), \
            True
    for m in _REL_MONTH.finditer(text) if _told(folded, MONTH_WORD) else ():
        yield m.start(), m.end(), _resolve_month(published, YEAR_SHIFT[m["q"].lower()]), True
    for m in _REL_MONTH_PART.finditer(text) if _told(folded, "месяца") else ():
        yield m.start(), m.end(), _resolve_month(published, YEAR_SHIFT_GEN[m["q"].lower()]), \
            True
    for m in _GEN_YEAR_DATE.finditer(text) if _told(folded, "года") else ():
        year = _resolve_year(published, YEAR_SHIFT_GEN[(m["gy"] or m["gy2"]).lower()])
        mo = month_number(m["mg"] or m["mp"] or m["mg2"] or m["mg3"] or "")
        if year is None and mo is not None:
            continue  # "в феврале этого года" without a publication year: "--02" as stated
        value: str | None = year
        if year is not None and mo is not None:
            d = int(m["d"]) if m["d"] else None
            value = _fmt(d, mo, int(year)) if d is None or _valid(d, mo, int(year)) else None
        start = m.start("mp") if m["mp"] else m.start("mg3") if m["mg3"] else m.start()
        yield start, m.end(), value, True
    for m in _REL_WEEK.finditer(text) if _told(folded, "недел") else ():
        week = WEEK_SHIFT[m["q"].lower()] if m["q"] else WEEK_SHIFT_ACC[m["a"].lower()]
        yield m.start(), m.end(), _resolve_week(published, week), True
    yield from _week_parts(text, published)
    if _told(folded, "прошлогодн"):
        yield from _year_adjectives(text, published)
    yield from _spans_back(text, published)
    yield from _year_parts(text, published, tense)
    if _told(folded, "месяца"):
        yield from _bare_month_parts(text, published, tense)  # date90
    yield from _year_end(text, published)
    yield from _weekends(text, published)
    yield from _days_of_month(text, published, tense)
    for m in _SEASON.finditer(text) if _told(folded, *SEASONS) else ():
        shift = YEAR_SHIFT_GEN[m["gy"].lower()] if m["gy"] else None
        t = tense(m.start(), m.end()) if tense is not None else None
        yield m.start(), m.end(), _season_year(SEASONS[m["s"].lower()], published,
                                               m["q"] or "", shift, t), True
    for m in _SEASON_AHEAD.finditer(text) if _told(folded, "осен", "весн", "лет", "зим") \
            else ():
        months = SEASONS_AHEAD[m["p"].lower()].get(m["s"].lower())
        # fixdate56: a deadline of the sentence's verb of signing or planning, not of a noun
        # ("подписали соглашение о подготовке котельных к зиме": the winter is the work's,
        # no time of the signing) nor of a signing done ("подписали к лету")
        if months is not None and noun_head is not None \
                and noun_head(m.start("s"), m.end("s")):
            continue
        if months is not None:  # date56: the next such season, the one under way included
            yield m.start("s"), m.end("s"), _season_year(months, published, "", None,
                                                         "future"), True
    for m in _SAME_DAY.finditer(text) if day or _told(folded, "тогда") else ():
        yield m.start(), m.end(), SAME_DAY_MARK, True
    for m in _NEXT_TO_DAY.finditer(text) if day else ():
        shift = next(_NEXT_TO_SHIFT[i] for i in range(len(_NEXT_TO_SHIFT)) if m[f"n{i}"])
        yield m.start(), m.end(), f"{SAME_DAY_MARK}{shift:+d}", True
    for m in _EVENT_DAY.finditer(text) if _told(folded, "день", "дня") else ():
        if m["g"] and not _genitive_event_day(text, m.start(), m.end()):
            continue
        word = (m["o"] or m["n"] or m["g"]).lower()
        shift = 0 if word in EVENT_FIRST_DAY_NOUNS else \
            EVENT_DAY_ORDINALS.get(word, EVENT_DAY_ORDINALS_GEN.get(word))
        mark = LAST_DAY_SHIFT if shift is None else shift
        yield m.start(), m.end(), f"{EVENT_DAY_MARK}{mark}", True
    for m in _REL_DAY.finditer(text) if _told(folded, *DAY_SHIFT) else ():
        word = m["w"].lower()
        if word == "накануне" and _eve_of_event(text, m.end()):
            continue
        yield m.start(), m.end(), _resolve_shift(published, DAY_SHIFT[word]), True
    for m in _REL_WEEKDAY.finditer(text):
        wd = weekday_number(m["wd"])
        if wd is None or _WEEKDAY_OF_DATE.match(text, m.end()):
            continue  # "в понедельник, 26 октября 2023" with a wrong weekday: not relative
        start = m.start("q") if m["q"] else m.start("wd")
        t = tense(start, m.end()) if tense is not None and not m["q"] else None
        if not m["q"] and t != "past" and _in_quote(text, start):
            # «в среду — приём граждан»: a quoted plan speaks from its own day, not from
            # the publication day; only a quoted report of the past is read
            yield start, m.end(), None, True
            continue
        after = None if m["q"] else _WEEK_AFTER_WEEKDAY.match(text, m.end())
        if after is not None:
            shift = WEEK_SHIFT[after["q"].lower()]
            yield start, after.end(), _weekday_of_week(published, wd, shift), True
            continue
        told_week = None if m["q"] else _week_before_weekday(text, start)
        if told_week is not None:
            yield start, m.end(), _weekday_of_week(published, wd, told_week), True
            continue
        shift_q = _week_shift_of(m["q"] or "")
        if shift_q is not None and publication_day(published) is None:
            yield start, m.end(), _weekday_of_week(None, wd, shift_q), True
            continue
        yield start, m.end(), _resolve_weekday(published, wd, m["q"] or "", t), True


# date53: "во вторник на следующей неделе": the week told after the weekday
_WEEK_AFTER_WEEKDAY = re.compile(
    rf"{_SP}на{_SP}(?P<q>{'|'.join(WEEK_SHIFT)}){_SP}неделе(?![\w-])", re.IGNORECASE)
# date54: "на прошлой неделе, в пятницу": the week told before the weekday, a comma between
_WEEK_BEFORE_WEEKDAY = re.compile(
    rf"(?<![\w-])на{_SP}(?P<q>{'|'.join(WEEK_SHIFT)}){_SP}неделе[^\S\n]*,?[^\S\n]*"
    rf"(?:(?:в|во){_SP})?$", re.IGNORECASE)
_WEEK_BEFORE_READ = 40  # how far back from a weekday its week may be told


def _week_before_weekday(text: str, start: int) -> int | None:
    """date54: the week's shift when the weekday at ``start`` follows the week it is in:
    "На прошлой неделе, в пятницу, министр подписал соглашение" in a report of Friday
    2025-04-11 is Friday 2025-04-04, not the report's day. Reads a bounded window back."""
    m = _WEEK_BEFORE_WEEKDAY.search(text, max(0, start - _WEEK_BEFORE_READ), start)
    return WEEK_SHIFT[m["q"].lower()] if m else None


# date54: a relative week phrase and the weekday told right after it, a comma and "в"
# between ("на прошлой неделе, в среду")
_WEEK_PHRASE = re.compile(rf"на{_SP}(?:{'|'.join(WEEK_SHIFT)}){_SP}неделе", re.IGNORECASE)
_WEEK_TO_WEEKDAY = re.compile(rf"[^\S\n]*,?[^\S\n]*(?:(?:в|во){_SP})?", re.IGNORECASE)
_WEEKDAY_WORD = re.compile(rf"{_WEEKDAY}(?![\w-])", re.IGNORECASE)


def _week_then_weekday(refs: list[DateRef], text: str) -> None:
    """date54: a week told before its weekday is one date, the weekday's: "На прошлой
    неделе, в среду, директор подписала соглашение" on a Thursday page is last week's
    Wednesday (``_week_before_weekday`` counts it), not the month the whole week shares,
    which the readers of a sentence's first date took. The two refs become one spanning
    both; a week without a weekday, or a weekday left unresolved, stays as it was."""
    i = 0
    while i + 1 < len(refs):
        week, day = refs[i], refs[i + 1]
        if week.relative and day.relative and day.value is not None and \
                _WEEK_PHRASE.fullmatch(week.text) and _WEEKDAY_WORD.fullmatch(day.text) and \
                _WEEK_TO_WEEKDAY.fullmatch(text, week.end, day.start):
            refs[i:i + 2] = [DateRef(day.value, text[week.start:day.end], week.start, day.end,
                                     True, anchored=True)]
        i += 1


# date53: the value of a weekday of a week counted from a day not yet known (no publication
# day): the weekday and the week's shift follow the mark ("weekday1:+1")
WEEKDAY_MARK = "weekday"


def _week_shift_of(qualifier: str) -> int | None:
    """date53: the week a qualified weekday is in, counted from the week of the day it is
    told from: "в прошлый вторник" -1, "в следующую среду" +1, "в эту пятницу" 0; None for
    the last or next such weekday ("в минувший вторник", "в ближайшую среду") and a bare
    one."""
    q = qualifier.lower()
    for words, shift in ((WEEK_BEFORE, -1), (WEEK_AFTER, 1), (WEEK_THIS, 0)):
        if q.startswith(words):
            return shift
    return None


def _weekday_of_week(published: str | None, weekday: int, shift: int) -> str | None:
    """date53: the weekday of the week ``shift`` weeks from the publication week: "во
    вторник на следующей неделе" in a report of Thursday 2024-07-11 is 2024-07-16. Without
    a publication day, a mark (``WEEKDAY_MARK``) for ``_weekday_from_told_day``."""
    full = publication_day(published)
    if full is None:
        return f"{WEEKDAY_MARK}{weekday}:{shift:+d}"
    monday = full - _dt.timedelta(days=full.weekday())
    return (monday + _dt.timedelta(weeks=shift, days=weekday)).isoformat()


# --- dates22: a part of a week, a span back from the publication day, a part of a year ------

# "в конце прошлой недели", "в начале этой недели"
_WEEK_PART = guarded_pattern(
    rf"(?<![\w-])(?:в|к){_SP}(?:{'|'.join(WEEK_PARTS)}){_SP}(?:(?P<q>{'|'.join(WEEK_SHIFT)})"
    rf"{_SP})?недели(?![\w-])", _initials("в", "к"))


def _week_parts(text: str, published: str | None) -> Iterator[_Hit]:
    """A part of a week ("в конце прошлой недели подписали") is told as its week is, at the
    precision all the week's days share ("на прошлой неделе"): in an article of 2025-05-14
    -> ``2025-05``. Without a word for which week ("в начале недели", dates24) it is the
    publication week."""
    for m in _WEEK_PART.finditer(text):
        shift = WEEK_SHIFT[m["q"].lower()] if m["q"] else 0
        yield m.start(), m.end(), _resolve_week(published, shift), True


_COUNT = r"(?:\d{1,2}|" + "|".join(COUNT_WORDS) + ")"
# "три дня назад", "неделю назад", "2 месяца назад", "год назад"
_AGO = re.compile(
    rf"(?<![\w-])(?:(?P<n>{_COUNT}){_SP})?(?P<u>{'|'.join(AGO_UNITS)}){_SP}{AGO_WORD}(?![\w-])",
    re.IGNORECASE,
)


_AGO_WORD = re.compile(AGO_WORD, re.IGNORECASE)


def _spans_back(text: str, published: str | None) -> Iterator[_Hit]:
    """A span back from the publication day: "три дня назад" -> the day (2025-05-14 ->
    ``2025-05-11``), "неделю назад" -> seven days back, "два месяца назад" -> the month
    (``2025-03``), "год назад" -> the year (``2024``). A count told vaguely ("несколько
    дней назад") gives no value."""
    if _AGO_WORD.search(text) is None:
        return  # (speed only: one scan for the word instead of the count-first pattern)
    for m in _AGO.finditer(text):
        word = (m["n"] or "").lower()
        n = int(word) if word.isdigit() else COUNT_WORDS.get(word) if word else 1
        unit = m["u"].lower()
        if n is None:
            yield m.start(), m.end(), None, True  # a relative date all the same
            continue
        kind, size = AGO_UNITS[unit]
        exact = kind != "d" and _AGO_EXACT.search(text, max(0, m.start() - 12),
                                                  m.start()) is not None
        if exact:
            value = _exactly_back(published, n * (12 if kind == "y" else 1))
        elif kind == "d":
            value = _resolve_shift(published, -n * size)
        elif kind == "m":
            value = _resolve_month(published, -n)
        else:
            value = _resolve_year(published, -n)
        yield m.start(), m.end(), value, True


# date54: "ровно" right before the span's count ("Ровно год назад", "ровно два года назад")
_AGO_EXACT = re.compile(rf"(?<![\w-]){AGO_EXACT_WORD}[^\S\n]+$", re.IGNORECASE)


def _exactly_back(published: str | None, months: int) -> str | None:
    """date54: a span of whole months or years told to the day ("ровно год назад",
    ``AGO_EXACT_WORD``) is the page's own day so many months back: "Ровно год назад
    общество подписало соглашение" on a page of 2023-09-27 is 2023 less one year,
    ``2022-09-27`` (a 29 February back to a common year is the 28th). Without the page's
    day, the month or year the span gives as an inexact one does."""
    full = publication_day(published)
    if full is None:
        return _resolve_year(published, -months // 12) if months % 12 == 0 else \
            _resolve_month(published, -months)
    k = full.year * 12 + full.month - 1 - months
    year, month = k // 12, k % 12 + 1
    for day in (full.day, full.day - 1, full.day - 2, full.day - 3):
        try:
            return _dt.date(year, month, day).isoformat()
        except ValueError:
            continue
    return None


# "в первом квартале", "в начале года"; not "в первом квартале 2026 года" nor "... следующего
# года" (a stated or relative year, read by the other forms)
_YEAR_PART = guarded_pattern(
    rf"(?<![\w-])(?:в|во){_SP}(?P<p>{'|'.join(YEAR_PARTS)})(?![\w-])"
    rf"(?!{_SP}(?:\d{{4}}|{'|'.join(YEAR_SHIFT_GEN)}|года))", _initials("в"))
_YEAR_PART_KEYS = [(re.compile(k, re.IGNORECASE), months) for k, months in
                   (YEAR_PARTS | YEAR_PARTS_SCHEDULED).items()]
# stat30: "на второе полугодие", "на первый квартал": the part a signing is scheduled for;
# not "на второе полугодие 2026 года" nor "... следующего года" (read by the other forms)
_YEAR_PART_ON = guarded_pattern(
    rf"(?<![\w-])на{_SP}(?P<p>{'|'.join(YEAR_PARTS_SCHEDULED)})(?![\w-])"
    rf"(?!{_SP}(?:\d{{4}}|{'|'.join(YEAR_SHIFT_GEN)}|года))", _initials("на"))


def _year_parts(text: str, published: str | None, tense: TenseOf | None) -> Iterator[_Hit]:
    """A part of a year without its year ("подписать в первом квартале", "в начале года
    подписали") is of the publication year, unless the tense points past it: a past report
    of a part not yet begun is of the year before ("в конце года" in an article of
    2025-02 -> ``2024``), a plan for a part already over is of the next year ("во втором
    полугодии" planned in 2025-11 -> ``2026``). A part after "на" is a schedule's target,
    ahead whatever the verb's tense (stat30: "подписание намечено на второе полугодие" in
    2025-03 -> ``2025``). Needs the publication month."""
    m_pub = re.match(r"(\d{4})-(\d\d)", published or "")
    for m in sorted([*_YEAR_PART.finditer(text), *_YEAR_PART_ON.finditer(text)],
                    key=lambda m: m.start()):
        if m_pub is None:
            yield m.start(), m.end(), None, True
            continue
        year, month = int(m_pub[1]), int(m_pub[2])
        months = next(ms for k, ms in _YEAR_PART_KEYS if k.fullmatch(m["p"]))
        t = tense(m.start(), m.end()) if tense is not None else None
        if m.re is _YEAR_PART_ON:
            t = "future"  # stat30: "перенесли на третий квартал" schedules ahead
        if t == "future" and months[-1] < month:
            year += 1
        elif t != "future" and months[0] > month:
            year -= 1
        yield m.start(), m.end(), f"{year:04d}", True


# --- dates23: a deadline at the year's end, weekends ------------------------------------

# "до конца года", "до конца текущего года"; not "до конца 2026 года" (a stated year) nor
# "до конца следующего года" (read by the relative year forms)
_YEAR_END = guarded_pattern(
    rf"(?<![\w-])до{_SP}(?:{'|'.join(YEAR_END_DEADLINE)}){_SP}"
    rf"(?:(?:{'|'.join(YEAR_END_THIS)}){_SP})?года(?![\w-])", _initials("до"))


def _year_end(text: str, published: str | None) -> Iterator[_Hit]:
    """A deadline at the end of the year ("соглашение планируют подписать до конца года",
    "до конца текущего года") is within the publication year: in an article of 2025-05-14
    -> ``2025``; None without a publication year. Whether it dates a signing or ends a
    term ("будет действовать до конца года") is for the agreement rules
    (``signing_dates.term_boundary``)."""
    for m in _YEAR_END.finditer(text):
        yield m.start(), m.end(), _resolve_year(published, 0), True


# "в минувшие выходные", "на прошлых выходных", "в эти выходные"
_WEEKEND = guarded_pattern(
    rf"(?<![\w-])(?:в|во|на){_SP}(?P<q>{'|'.join(WEEKEND_SHIFT)}){_SP}"
    rf"(?:{'|'.join(WEEKEND_WORDS)})(?![\w-])", _initials("в", "на"))


def _resolve_weekend(published: str | None, shift: int) -> str | None:
    """The weekend before the publication day (shift -1: the last Sunday before it and the
    Saturday before that), of its ISO week (0), or the first one after it (1), told as
    precisely as its two days agree: the month, else the year, else None (a weekend of
    2025-05-10/11 -> ``2025-05``; of 2025-05-31/06-01 -> ``2025``)."""
    full = publication_day(published)
    if full is None:
        return None
    if shift < 0:
        sunday = full - _dt.timedelta(days=(full.weekday() - 6) % 7 or 7)
    elif shift == 0:
        sunday = full + _dt.timedelta(days=6 - full.weekday())
    else:
        sunday = full + _dt.timedelta(days=(5 - full.weekday()) % 7 or 7) + \
            _dt.timedelta(days=1)
    saturday = sunday - _dt.timedelta(days=1)
    if (saturday.year, saturday.month) == (sunday.year, sunday.month):
        return f"{sunday.year:04d}-{sunday.month:02d}"
    return f"{sunday.year:04d}" if saturday.year == sunday.year else None


def _weekends(text: str, published: str | None) -> Iterator[_Hit]:
    """A weekend told relative to the publication day ("в минувшие выходные министры
    подписали соглашение"): a Saturday or a Sunday, so the month both share."""
    for m in _WEEKEND.finditer(text):
        yield m.start(), m.end(), _resolve_weekend(published, WEEKEND_SHIFT[m["q"].lower()]), \
            True


# --- dates24: a day of the month without its month --------------------------------------

# "3-го числа", "15 числа"; not "20-го числа каждого месяца" (a recurring day)
_DAY_OF_MONTH = guarded_pattern(
    rf"(?<![\w.\-])(?P<d>[0-3]?\d)(?:-?(?:го|е))?{_SP}{DAY_OF_MONTH_WORD}(?![\w-])"
    rf"(?!{_SP}(?:{'|'.join(RECURRING_WORDS)})(?![\w-]))", digit=True)


def _day_of_month(day: int, published: str | None, tense: str | None) -> str | None:
    """The day of the publication month, or of the month before it for the past (the
    month after for the future) when that day is not yet reached (already gone)."""
    pub = publication_day(published)
    if pub is None or not 1 <= day <= 31:
        return None
    first = pub.replace(day=1)
    if tense == "future" and day < pub.day:
        first = (first + _dt.timedelta(days=32)).replace(day=1)
    elif tense != "future" and day > pub.day:
        first = (first - _dt.timedelta(days=1)).replace(day=1)
    return _fmt(day, first.month, first.year) if _valid(day, first.month, first.year) \
        else None


def _days_of_month(text: str, published: str | None, tense: TenseOf | None) -> Iterator[_Hit]:
    """A day told by its number alone ("министры 3-го числа подписали соглашение") is a day
    of the publication month, read by tense like a weekday: in an article of 2025-06-05
    "3-го числа" is ``2025-06-03``, "10-го числа" in the past ``2025-05-10``. None without
    a publication day (the month is unknown)."""
    for m in _DAY_OF_MONTH.finditer(text):
        t = tense(m.start(), m.end()) if tense is not None else None
        yield m.start(), m.end(), _day_of_month(int(m["d"]), published, t), True


_WEEKDAY_OF_DATE = re.compile(rf",?{_SP}[0-3]?\d{_SP}{_MONTH_GEN}\b", re.IGNORECASE)
_COORD_GAP = re.compile(r"\s*(?:и|,|[-–—]|по|до)\s*", re.IGNORECASE)

_Found = tuple[int, int, int | None, int | None, int | None, bool, str | None]


def _longest(hits: list[_Found], size: int) -> list[_Found]:
    """The longest non-overlapping spans, in text order (ties: the one yielded first).

    Linear in the covered length: each kept span marks its characters once."""
    hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))  # stable: absolute forms came first
    used = bytearray(size)
    taken: list[_Found] = []
    for h in hits:
        if not any(used[h[0]:h[1]]):
            used[h[0]:h[1]] = b"\x01" * (h[1] - h[0])
            taken.append(h)
    taken.sort(key=lambda h: h[0])
    return taken


def find_dates(text: str, published: str | None = None, *,
               tense: TenseOf | None = None,
               noun_head: NounHeadOf | None = None) -> list[DateRef]:
    """All dates in ``text`` sorted by offset; spans never overlap (the longest wins).

    ``published``: the document's publication date, which relative dates are resolved
    against and dates without a year are anchored to (when it is known to the day);
    ``tense(start, end)``: the tense of the verb governing a span (past when None);
    ``noun_head(start, end)``: is the span's word hung on a noun by the parse (fixdate56:
    "подготовка котельных к зиме" is no time of the sentence).
    """
    if not text:
        return []
    hits: list[_Found] = []
    for s, e, d, mo, y in _absolute(text):
        hits.append((s, e, d, mo, y, False, None))
    for s, e, val, _rel in _relative(text, published, tense, noun_head):
        hits.append((s, e, None, None, None, True, val))
    taken = _longest(hits, len(text))
    pub = publication_day(published)
    refs: list[DateRef] = []
    next_year: int | None = None  # year of the following date when coordinated with it
    for i in range(len(taken) - 1, -1, -1):  # backwards: "18, 19 и 20 апреля 2023"
        s, e, d, mo, y, rel, val = taken[i]
        if rel:
            refs.append(DateRef(val, text[s:e], s, e, True, anchored=val is not None))
            next_year = None
            continue
        if (y is None and mo is not None and next_year is not None
                and _COORD_GAP.fullmatch(text[e:taken[i + 1][0]])
                and (d is None or _valid(d, mo, next_year))):
            y = next_year  # "18 и 19 апреля 2023 года": the year is stated for both
        next_year = y if mo is not None else None
        if y is None and mo is not None:
            y = heading_year_at(text, s)
            if y is not None and d is not None and not _valid(d, mo, y):
                y = None
        stated = _fmt(d, mo, y)
        if y is None and mo is not None and pub is not None:
            t = tense(s, e) if tense is not None else None
            if d is None and scheduled_month(text, s):
                t = "future"  # date72: "перенесено на май" in April is this May
            value = anchor_day(mo, d, pub, t) if d is not None else anchor_month(mo, pub, t)
            if value is not None:
                refs.append(DateRef(value, text[s:e], s, e, False, anchored=True,
                                    stated=stated))
                continue
        refs.append(DateRef(stated, text[s:e], s, e, False))
    refs.reverse()
    _week_then_weekday(refs, text)
    _weekday_from_told_day(refs, text)
    _restated_relative_day(refs, text)
    _same_day(refs, text)
    _event_days(refs, text)
    # status48: "Во второй день форума ... . В тот же день ..." is that second day
    _same_day(refs, text)
    return refs


# date54: a paragraph of a history opened by its year as a heading: "2021 год." / "2021 г.:"
# / "2021 — " at the start of a line, then a capital or a day ("2021 год. В марте стороны
# ..."); a hyphen only between spaces, so that an ISO date line ("2021-03-05") heads nothing
YEAR_HEADING = re.compile(
    r"(?P<y>(?:19|20)\d\d)(?:[^\S\n]*(?:год|г\.)[^\S\n]*[.:]?|[^\S\n]*[:—–]|[^\S\n]+-)"
    r"[^\S\n]*"
    r"(?:[—–-][^\S\n]*)?(?=[«\"A-ZА-ЯЁ\d])")
HEADING_READ = 600  # how far back in its line a date may look for the line's heading
# date56: the same heading by a month and its year: "Март 2023 года." / "Сентябрь 2024 г.:"
# / "Май 2022 — " at the start of a line, then a capital; a mark after the year is required
# ("Март 2023 года стал ..." heads nothing)
MONTH_HEADING = re.compile(
    rf"(?i:(?P<m>{MONTH_NOM}))[^\S\n]+(?P<y>(?:19|20)\d\d)"
    r"(?:[^\S\n]*(?:года?|г\.)[^\S\n]*[.:]|[^\S\n]*[:—–])"
    r"[^\S\n]*(?=[«\"A-ZА-ЯЁ])")


def heading_year_at(text: str, at: int) -> int | None:
    """date54: a date told without a year ("в марте", "12 сентября") in a paragraph a
    year heads (``YEAR_HEADING``) is of that year, not the one nearest the page: in a
    timeline "2021 год. В марте университет и министерство заключили первое соглашение"
    on a page of 2025 the agreement is of March 2021. Only a heading that opens the
    line of ``at``, ends at or before ``at``, within ``HEADING_READ`` characters; a line
    that merely starts with a year ("2021 год стал ...", "2021 году") heads nothing. Read
    by a date (its start) and by a sentence that states none
    (``candidate_dates.heading_year``, its start); the search back is bounded, so a page
    with no newlines costs ``HEADING_READ`` per call, not its length."""
    line = text.rfind("\n", max(0, at - HEADING_READ), at) + 1
    if line == 0 and at > HEADING_READ:
        return None
    # the lookahead may read the char at ``at`` (a date's or a sentence's first): with
    # endpos at + 1 the match ends at ``at`` at most
    m = YEAR_HEADING.match(text, line, at + 1)
    return int(m["y"]) if m else None


def heading_month_at(text: str, at: int) -> str | None:
    """date56: the month and year (``YYYY-MM``) a heading of a history's paragraph states
    (``MONTH_HEADING``): in a chronicle "Март 2023 года. Соглашение с фондом о проактивном
    назначении выплат." the agreement is of March 2023. The same bounds as
    ``heading_year_at``: the heading opens the line of ``at`` and ends at or before it."""
    line = text.rfind("\n", max(0, at - HEADING_READ), at) + 1
    if line == 0 and at > HEADING_READ:
        return None
    m = MONTH_HEADING.match(text, line, at + 1)
    if not m:
        return None
    month = month_number(m["m"])
    return f"{m['y']}-{month:02d}" if month else None


# date61: how far into the page a digest's heading may state the week it sums up, and how
# long a heading line is at most
_DIGEST_HEAD_READ = 1500
_DIGEST_HEAD_LINE = 120
_BARE_WEEKDAY = re.compile(_WEEKDAY, re.IGNORECASE)


def digest_week_days(refs: list[DateRef], source: str, published: str | None,
                     tense: TenseOf | None = None) -> None:
    """date61: a digest sums up a past week its heading states ("Главное за неделю: 9–15
    декабря" over a page of Monday 16 December); a bare weekday told in the past in it is
    the day of that week, not the publication day's week: "В понедельник центр занятости
    и комбинат подписали соглашение" is 9 December. The heading is read in the stored text
    (``source``: headings are masked in the reading): a short line without a full stop
    within ``_DIGEST_HEAD_READ`` characters of the top, whose range of days spans at most a
    week and ends before the publication day, at most a week before it. Only weekdays of
    ``refs`` resolved after the range and not after the publication day move, and only to
    a day of the range. In place."""
    pub = publication_day(published)
    if pub is None:
        return
    week: tuple[_dt.date, _dt.date] | None = None
    head = source[:_DIGEST_HEAD_READ]
    for r in find_dates(head, published):
        last = _range_last(r)
        if last is None or not r.value or not _FULL_DAY.fullmatch(r.value) or \
                not _FULL_DAY.fullmatch(last):
            continue
        line_end = head.find("\n", r.end)
        line = head[head.rfind("\n", 0, r.start) + 1:line_end if line_end >= 0 else None]
        line = line.strip()
        if len(line) > _DIGEST_HEAD_LINE or line.endswith("."):
            continue
        first, end = _dt.date.fromisoformat(r.value), _dt.date.fromisoformat(last)
        if (end - first).days <= 6 and 0 < (pub - end).days <= 7:
            week = (first, end)
            break
    if week is None:
        return
    for r in refs:
        if not r.relative or not r.value or not _FULL_DAY.fullmatch(r.value) or \
                not _BARE_WEEKDAY.fullmatch(r.text) or \
                (tense is not None and tense(r.start, r.end) not in {None, "past"}):
            continue
        day = _dt.date.fromisoformat(r.value)
        if not week[1] < day <= pub:
            continue
        moved = week[0] + _dt.timedelta(days=(day.weekday() - week[0].weekday()) % 7)
        if moved <= week[1]:
            r.value = moved.isoformat()


# a full day's value
_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")


# a day stated with its weekday ("в четверг, 11 июля"): the weekday's word at its start
_WEEKDAY_LEAD = re.compile(rf"(?P<wd>{_WEEKDAY}),?{_SP}[0-3]?\d", re.IGNORECASE)
# how many dates on either side of a weekday of a week are looked at for the day it counts
# from (bounded: no scan of all dates)
_TOLD_DAY_REFS = 3


def _weekday_from_told_day(refs: list[DateRef], text: str) -> None:
    """date53: a weekday of a week counted from a day the text states with its weekday,
    when the page has no publication day: "Соглашение подпишут во вторник на следующей
    неделе. Об этом в четверг, 11 июля, сообщила министр" is ``--07-16`` (the week after
    that of Thursday 11 July). The nearest such day among a few dates on either side, in
    the same or the next sentence (at most one sentence end between), not a range of days;
    its year when it has one. Anchored when that day was. Otherwise None. In place."""
    for i, r in enumerate(refs):
        if not (r.value or "").startswith(WEEKDAY_MARK):
            continue
        wd_s, shift_s = r.value[len(WEEKDAY_MARK):].split(":")  # type: ignore[index]
        r.value, r.anchored = None, False
        lo, hi = max(0, i - _TOLD_DAY_REFS), min(len(refs), i + _TOLD_DAY_REFS + 1)
        near = sorted((j for j in range(lo, hi) if j != i), key=lambda j: abs(j - i))
        for j in near:
            told = refs[j]
            lead = _WEEKDAY_LEAD.match(told.text)
            a, b = (told.end, r.start) if j < i else (r.end, told.start)
            if told.relative or lead is None or _range_last(told) is not None or \
                    _sentences_between(text, a, b) > 1:
                continue
            told_wd = weekday_number(lead["wd"])
            value = _counted_weekday(told.value or "", told_wd, int(wd_s), int(shift_s))
            if value is not None:
                r.value, r.anchored = value, told.anchored
                break


def _counted_weekday(day: str, day_weekday: int | None, weekday: int,
                     shift: int) -> str | None:
    """date53: the ``weekday`` of the week ``shift`` weeks from that of ``day`` (a full
    date or ``--MM-DD``), ``day_weekday`` being the weekday the text gives the day
    ("четверг, 11 июля"). Without a year the count is made in a leap and a common year and
    kept only when both agree (no count across an unknown 29 February)."""
    y, mo, d = isodate.parts(day)
    if mo is None or d is None or day_weekday is None:
        return None
    out: set[str] = set()
    for year in ([int(y)] if y is not None else [2001, 2004]):
        try:
            base = _dt.date(year, int(mo), int(d))
        except ValueError:
            continue
        known = base.weekday() if y is not None else day_weekday
        got = base + _dt.timedelta(days=7 * shift + weekday - known)
        out.add(got.isoformat() if y is not None else f"--{got.month:02d}-{got.day:02d}")
    return out.pop() if len(out) == 1 else None


# "в тот же день" refers to a date at most this many characters back (stat34: 1000 -> 1600,
# the sentences between may be long quotes; the sentence count below is the main bound)
_SAME_DAY_REACH = 1600
# and at most this many sentences (stat30: a report may tell a paragraph or two of detail
# between the day and "в тот же день"; a long run of sentences is another story)
_SAME_DAY_SENTENCES = 8
_SENTENCE_END = re.compile(r"[.!?…](?=\s)")
_QUOTED = re.compile(r"«[^«»]*»")


def _sentences_between(text: str, start: int, end: int) -> int:
    """How many sentences end between two offsets, a «quotation» counting as none of its
    own (status48: a minister's three quoted sentences between "Во второй день форума" and
    "В тот же день" are one aside, not three steps of the story). Linear in the span."""
    return len(_SENTENCE_END.findall(_QUOTED.sub("«»", text[start:end])))


def _restated_relative_day(refs: list[DateRef], text: str) -> None:
    """status48: a day without a year that restates the relative day right before it
    ("завтра, 20 февраля", "вчера, 19 мая") is that day: in a report of 19 February 2025
    "Документ планировали подписать завтра, 20 февраля" is 2025-02-20, whatever the tense
    of "планировали" says. Only when both name the same month and day. In place."""
    for i in range(1, len(refs)):
        r, before = refs[i], refs[i - 1]
        if not (r.anchored and r.stated and before.relative and before.value and
                len(before.value) == 10 and _APPOSED.fullmatch(text, before.end, r.start)):
            continue
        if before.value[4:] == r.stated[1:] and r.value != before.value:
            r.value = before.value


def _same_day(refs: list[DateRef], text: str = "") -> None:
    """"в тот же день" takes the day of the date just before it, past years and months
    (``_day_before``), within a few sentences (``_SAME_DAY_REACH`` characters,
    ``_SAME_DAY_SENTENCES`` sentence ends), when that date is
    told to the day; it is anchored when that date was. "Днём ранее", "на следующий день"
    (dates24) take the day before or after it. A day of an occasion before it ("Во второй
    день форума ...") is read first (``_event_days``): such a mark is left for the second
    call. In place."""
    for i, r in enumerate(refs):
        if not (r.value or "").startswith(SAME_DAY_MARK):
            continue
        shift = int(r.value[len(SAME_DAY_MARK):] or 0)  # type: ignore[index]
        prev = _day_before(refs, i, text)
        if prev is not None and (prev.value or "").startswith(EVENT_DAY_MARK):
            continue  # status48: read again once the occasion's days are known
        r.value, r.anchored = None, False
        if _AT_THAT_TIME.fullmatch(r.text):
            _at_that_time(refs, i, text)
            continue
        if prev is not None and text and \
                _sentences_between(text, prev.end, r.start) > _SAME_DAY_SENTENCES:
            continue
        if (prev is not None and prev.value and r.start - prev.end <= _SAME_DAY_REACH
                and re.fullmatch(r"\d{4}-\d\d-\d\d|--\d\d-\d\d", prev.value)):
            r.value, r.anchored = _next_to(prev.value, shift), prev.anchored
            r.anchored = r.anchored and r.value is not None


def _at_that_time(refs: list[DateRef], i: int, text: str) -> None:
    """date68: "тогда же" ("at that same time") is the time told just before it, whatever
    it is: a day ("19 декабря подписано соглашение ... . Тогда же подписали и ..." is
    December 19), a month or a year ("посетила Воронеж в феврале. Тогда же было решено
    ...": that February), within the reach of "в тот же день"; never a day further back
    (which "в тот же день" looks for past a month or a year). In place."""
    r = refs[i]
    if i == 0:
        return
    last = refs[i - 1]
    if (last.value and r.start - last.end <= _SAME_DAY_REACH
            and re.fullmatch(r"\d{4}(?:-\d\d(?:-\d\d)?)?|--\d\d(?:-\d\d)?", last.value)
            and (not text or _sentences_between(text, last.end, r.start)
                 <= _SAME_DAY_SENTENCES)):
        r.value, r.anchored = last.value, last.anchored


_YEAR_OR_MONTH = re.compile(r"\d{4}(?:-\d\d)?|--\d\d")
_AT_THAT_TIME = re.compile(r"тогда[^\S\n]+же", re.IGNORECASE)
# what may stand between a date and the occasion's day that restates it ("сегодня, во
# второй день форума")
_APPOSED = re.compile(r"[^\S\n]*,?[^\S\n]*(?:—[^\S\n]*)?")


def _on_date_line(text: str, d: DateRef) -> bool:
    """Does the date stand on a line of its own (a page's publication line)? It dates the
    report, not an occasion: "16.10.2025\n...\nТретий день конгресса стал днём подписаний"
    is no day after the 16th."""
    lo = text.rfind("\n", max(0, d.start - _DATE_LINE_MAX), d.start) + 1
    hi = text.find("\n", d.end, d.end + _DATE_LINE_MAX)
    hi = len(text) if hi < 0 and len(text) - d.end <= _DATE_LINE_MAX else hi
    if (lo == 0 and d.start > _DATE_LINE_MAX) or hi < 0:
        return False  # a line longer than any date line (bounded: no scan of a long line)
    line = text[lo:hi]
    # a line with an occasion's day is no date line (and ``date_line`` reads dates again)
    return _EVENT_DAY.search(line) is None and date_line(line) is not None


_DATE_LINE_MAX = 80  # ``date_line`` reads no longer line


def _event_days(refs: list[DateRef], text: str) -> None:
    """date46: "во второй день форума" is the occasion's first day plus one: the day of the
    nearest date before it that names a day (past years and months, and past other days of
    the occasion: "В первый день ... . Во второй день ..." both count from the start), the
    first day of a range ("со 2 по 4 октября", "20–21 марта"), within the reach of "в тот
    же день" (``_SAME_DAY_REACH``, ``_SAME_DAY_SENTENCES``), not on a publication line
    (``_on_date_line``): "В Махачкале со 2 по 4 октября
    проходил форум. Во второй день форума было подписано соглашение" is 3 October. A day
    restated by it ("сегодня, во второй день форума") keeps its own value: the ordinal
    gives none; a range of days told just before it restates only its first day (status50:
    "на форуме, который прошёл 16–17 октября, во второй день форума" is the 17th). Anchored
    when the first day was. In place."""
    shifts: dict[int, int] = {}  # the ordinals read so far: index -> days after the first
    for i, r in enumerate(refs):
        if not (r.value or "").startswith(EVENT_DAY_MARK):
            continue
        if r.value == f"{EVENT_DAY_MARK}{LAST_DAY_SHIFT}":
            _last_event_day(refs, i, text)
            continue
        shift = int(r.value[len(EVENT_DAY_MARK):])  # type: ignore[index]
        shifts[i] = shift
        r.value, r.anchored = None, False
        # "сегодня, во второй день форума": the date before tells the day; a range does
        # not, past its first day (status50: "прошёл 16–17 октября, во второй день
        # форума"; "10–11 октября, в первый день" is the range's own first day)
        if i > 0 and _APPOSED.fullmatch(text, refs[i - 1].end, r.start) and \
                (shift == 0 or _range_last(refs[i - 1]) is None):
            continue
        prev = None
        for j in range(i - 1, -1, -1):  # bounded by the reach: a run of ordinals is short
            if r.start - refs[j].end > _SAME_DAY_REACH:
                break
            if not _YEAR_OR_MONTH.fullmatch(refs[j].value or "") and \
                    not _EVENT_DAY.fullmatch(refs[j].text) and \
                    not _quoted_relative_day(text, refs[j]) and \
                    not _pending_same_day(refs[j]):
                prev = _listed_first_day(refs, j, text)
                break
        if prev is None or not prev.value or r.start - prev.end > _SAME_DAY_REACH or \
                _sentences_between(text, prev.end, r.start) > _SAME_DAY_SENTENCES \
                or _on_date_line(text, prev):
            prev = _range_told_after(refs, i, text)
            if prev is None:
                # date60: counted on from the occasion's day told just before
                r.value, r.anchored = _from_ordinal_before(refs, i, text, shifts)
                if r.value is None and (far := _named_span_before(refs, i, text)) and \
                        far.value and _DAY_VALUE.fullmatch(far.value):
                    # date59: the named occasion's range told past the reach
                    r.value = _next_to(far.value, shift)
                    r.anchored = far.anchored and r.value is not None
                continue
        elif (span := _span_before(refs, i, text)) is not None and \
                (_before_span(prev, span) or _inside_span(prev, span)):
            prev = span  # date54: the occasion's range, not an earlier day told between;
            # date70: nor a later day of the range ("23–24 апреля ... 24 апреля подпишут")
        if prev is None or not prev.value:
            continue
        if re.fullmatch(r"\d{4}-\d\d-\d\d|--\d\d-\d\d", prev.value):
            r.value = _next_to(prev.value, shift)
            r.anchored = prev.anchored and r.value is not None


def _pending_same_day(d: DateRef) -> bool:
    """date60: is the date "в этот же день" / "на следующий день" still waiting for the day
    before it (its value a mark: that day is an occasion's ordinal day, read by this very
    walk)? It restates or counts from a day told before it, so it is passed over and the
    occasion's days are counted from its start: "С 15 по 17 мая шёл форум. В первый день
    ... В этот же день подписали соглашение ... Второй день был посвящён ..." is 16 May
    (the range's first day plus one), not undated."""
    return (d.value or "").startswith(SAME_DAY_MARK)


def _quoted_relative_day(text: str, d: DateRef) -> bool:
    """date70: is the date a relative day without digits ("сегодня") inside a quotation
    left open on its line? A speaker's "сегодня" is the time of speaking, not a day of the
    occasion to count from: "Два дня, 25 и 26 апреля, шёл форум. «Всё, что сегодня
    работает лучше всего, сделано вместе», — сказала она. Во второй день форума прошла
    церемония подписания" counts from 25 April. Bounded by the line (``_DATE_LINE_MAX``
    times ten characters back)."""
    if not d.relative or any(c.isdigit() for c in d.text):
        return False
    lo = text.rfind("\n", max(0, d.start - 10 * _DATE_LINE_MAX), d.start) + 1
    before = text[lo:d.start]
    return before.count("«") > before.count("»")


def _listed_first_day(refs: list[DateRef], j: int, text: str) -> DateRef:
    """date70: the first of two days of one month told as a list ("25 и 26 апреля", "3 и 4
    октября"), when ``refs[j]`` is the second: the occasion's days, counted from the first
    ("Два дня, 25 и 26 апреля, шёл форум. Во второй день форума ..." is the 26th, not the
    27th). The bare first number has the second day's month; otherwise ``refs[j]``. date52:
    or two consecutive days over a month's end, each with its month ("31 мая и 1 июня")."""
    d = refs[j]
    if j == 0:
        return d
    first = refs[j - 1]
    if not _LISTED_DAYS_JOIN.fullmatch(text, first.end, d.start):
        return d
    if not first.text.isdigit():
        # date52: two days of two months, the second the day after the first ("30 сентября
        # и 1 октября"): the occasion's days over a month's end, counted from the first
        return first if first.value and d.value and _DAY_VALUE.fullmatch(first.value) and \
            _next_to(first.value, 1) == d.value else d
    if not first.value or not d.value or first.value[:-2] != d.value[:-2] or \
            first.value[-2:] >= d.value[-2:] or not _DAY_VALUE.fullmatch(first.value):
        return d
    return first


# what joins two listed days of a month ("25 и 26 апреля")
_LISTED_DAYS_JOIN = re.compile(r"[^\S\n]+и[^\S\n]+")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d|--\d\d-\d\d")
# fixdate60: how many reaches of "в тот же день" the walk of ``_from_ordinal_before`` may
# span in all from the ordinal day, however many years or months link it
_STORY_REACH_LINKS = 2


def _from_ordinal_before(refs: list[DateRef], i: int, text: str,
                         shifts: dict[int, int]) -> tuple[str | None, bool]:
    """date60: an occasion's day counted on from the one of its days told just before, when
    the occasion's first day is past the reach of "в тот же день" from it but not from that
    day: "С 3 по 5 ноября в Энске проходил форум. В первый день форума ... [a long
    story] ... Так, во второй день ... заключили соглашение" is 4 November (the first day's
    3 November plus one). date61: counted back too, when a later day was told first ("Во
    второй день форума подписали соглашение ... [a long story] ... Ещё одно соглашение
    заключили в первый день форума" is the second day minus one). The nearest ordinal day
    before, within the reach (``_SAME_DAY_REACH``, ``_SAME_DAY_SENTENCES``), already read
    as a day; its value and anchoring, shifted by the difference of the two ordinals (none
    for the same ordinal); else no value. date60: the reach is a story's: it runs on over a
    year or a month told between (the occasion's story goes on, each date within the
    reach of the next): "Итогом первого дня стал договор министерства с фондом ... [a
    long paragraph] ... дорогу построят в 2025–2027 годах. Во второй день форума ..." is the
    first day plus one; a full day of any other kind told between stops the walk
    (fixdate60), and the whole walk stays within twice the reach of the ordinal day itself
    (``_STORY_REACH_LINKS`` links: a run of years told does not carry it on without end)."""
    r = refs[i]
    shift = shifts[i]
    later = r.start
    for j in range(i - 1, -1, -1):
        if later - refs[j].end > _SAME_DAY_REACH or \
                _sentences_between(text, refs[j].end, later) > _SAME_DAY_SENTENCES or \
                r.start - refs[j].end > _STORY_REACH_LINKS * _SAME_DAY_REACH or \
                _sentences_between(text, refs[j].end, r.start) > \
                _STORY_REACH_LINKS * _SAME_DAY_SENTENCES:
            break
        if j not in shifts:
            if _DAY_VALUE.fullmatch(refs[j].value or ""):
                break  # fixdate60: another day told between ends the story
            if _YEAR_OR_MONTH.fullmatch(refs[j].value or ""):
                later = refs[j].start  # date60: the story runs on over a year or a month
            continue
        value = refs[j].value
        if not value or not re.fullmatch(r"\d{4}-\d\d-\d\d|--\d\d-\d\d", value) or \
                shift == shifts[j]:
            break
        found = _next_to(value, shift - shifts[j])
        return found, refs[j].anchored and found is not None
    return None, False


def _span_before(refs: list[DateRef], i: int, text: str) -> DateRef | None:
    """date54: the nearest range of days before ``refs[i]`` within the reach of "в тот же
    день" (``_SAME_DAY_REACH``, ``_SAME_DAY_SENTENCES``): "Форум пройдет в Хабаровске 23–24
    апреля. ... «Кадровый вопрос сегодня ключевой» ... В первый день форума министерство
    заключит соглашение" counts from 23 April; a day before the range told between
    ("сегодня", the report's day) is no day of the occasion. Bounded by the reach."""
    r = refs[i]
    for j in range(i - 1, -1, -1):
        if r.start - refs[j].end > _SAME_DAY_REACH:
            return None
        if _range_last(refs[j]) is not None and refs[j].value:
            if _sentences_between(text, refs[j].end, r.start) > _SAME_DAY_SENTENCES or \
                    _on_date_line(text, refs[j]):
                return None
            return refs[j]
    return None


def _before_span(d: DateRef, span: DateRef) -> bool:
    """Does the day ``d`` come before the first day of the range ``span`` (month and day
    compared: a relative day carries the page's year, a range may carry none)? Such a day
    cannot be the occasion's first day; one after the range may be another occasion's
    ("Регистрация открыта с 1 по 20 апреля. 23 апреля открылся форум")."""
    if not d.value or not span.value or len(d.value) < 5 or d.value[-3] != "-":
        return False
    return d.value[-5:] < span.value[-5:]


def _inside_span(d: DateRef, span: DateRef) -> bool:
    """date70: is the day ``d`` a later day of the range ``span`` (past its first day, up to
    its last; month and day compared)? The occasion's days count from the range's first
    day, not from one of its later days told between: "Форум пройдёт 23–24 апреля. ...
    Документ 24 апреля подпишут министр и ректор. ... В первый день форума министерство
    заключит соглашение" is 23 April."""
    last = _range_last(span)
    if not d.value or not span.value or last is None or len(d.value) < 5 or \
            d.value[-3] != "-" or span.value[-3] != "-":
        return False
    return span.value[-5:] < d.value[-5:] <= last[-5:]


# how far after "во второй день форума" the occasion's range may be told in its sentence
_RANGE_AFTER_REACH = 200


def _range_told_after(refs: list[DateRef], i: int, text: str) -> DateRef | None:
    """status50: the range of days an occasion's ordinal day counts from, told after it in
    the same sentence when no day before it serves: "Церемония прошла во второй день
    форума «Сибирь заботится», который проходит в Новосибирске с 11 по 13 марта" counts
    from 11 March. Only the next date, only a range of days (``_range_last``), within
    ``_RANGE_AFTER_REACH`` characters and no sentence end between."""
    if i + 1 >= len(refs):
        return None
    nxt, r = refs[i + 1], refs[i]
    if nxt.start - r.end > _RANGE_AFTER_REACH or _range_last(nxt) is None or \
            _sentences_between(text, r.end, nxt.start) > 0:
        return None
    return nxt


def _last_event_day(refs: list[DateRef], i: int, text: str) -> None:
    """status48: "в заключительный день ВЭФ" is the last day of the occasion's range told
    before it: "форум, который проходил 3–6 сентября ... В заключительный день ВЭФ
    подписали соглашение" is 6 September. The nearest range of days before it within the
    reach of "в тот же день" (``_SAME_DAY_REACH``, ``_SAME_DAY_SENTENCES``), not on a
    publication line; other dates between (a quoted "сегодня", another day of the
    occasion) are passed over, since only a range has a last day. None when there is no
    such range. Anchored when the range was. In place."""
    r = refs[i]
    r.value, r.anchored = None, False
    closing: DateRef | None = None
    for j in range(i - 1, -1, -1):  # bounded by the reach
        prev = refs[j]
        if r.start - prev.end > _SAME_DAY_REACH or \
                _sentences_between(text, prev.end, r.start) > _SAME_DAY_SENTENCES:
            break
        last = _range_last(prev)
        if last is not None and not _on_date_line(text, prev):
            r.value, r.anchored = last, prev.anchored
            return
        if closing is None and _closing_day(text, prev):
            closing = prev
    if closing is not None:
        r.value, r.anchored = closing.value, closing.anchored
        return
    span = _named_span_before(refs, i, text)  # date59
    if span is not None:
        r.value, r.anchored = _range_last(span), span.anchored


def _named_span_before(refs: list[DateRef], i: int, text: str) -> DateRef | None:
    """date59: the range of days of the occasion an ordinal day names, told before it past
    the reach of "в тот же день": "С 17 по 19 мая в Зетске проходил форум «Забота» ...
    [three paragraphs on the first two days: "В первый день форума ...", "Во второй
    день, 18 мая, ..."] ... В заключительный день форума министр подписал соглашение" is
    19 May, the last day of the forum's range. The noun right after the ordinal day
    ("форума") names the occasion; the range is the nearest before it, not on a
    publication line, whose sentence names that noun (its stem, any case: "форум",
    "форума"); None without such a noun or range. The story must go on from the range to
    the ordinal day: each date told between within the reach of "в тот же день" of the
    next (``_SAME_DAY_REACH``, ``_SAME_DAY_SENTENCES``), so a range followed by ten
    sentences that tell no day ("Форум прошёл 8–11 октября. Гости гуляли. ...") is still
    out of reach. Linear: one walk back over the dates."""
    m = _OCCASION_WORD_AFTER.match(text, refs[i].end)
    stem = _occasion_stem(m["w"]) if m else None
    if stem is None:
        return None
    later = refs[i].start
    for j in range(i - 1, -1, -1):
        d = refs[j]
        if later - d.end > _SAME_DAY_REACH or \
                _sentences_between(text, d.end, later) > _SAME_DAY_SENTENCES:
            return None  # the story broke off between the range and the day
        later = d.start
        if _range_last(d) is None or not d.value or _on_date_line(text, d):
            continue
        lo = max(0, d.start - _CLOSING_REACH)
        stops = [m.end() for m in _SENTENCE_STOP.finditer(text, lo, d.start)]
        lo = stops[-1] if stops else lo
        stop = _SENTENCE_STOP.search(text, d.end, d.end + _CLOSING_REACH)
        hi = stop.start() if stop else min(len(text), d.end + _CLOSING_REACH)
        if any(_occasion_stem(w) == stem for w in _WORD.findall(text, lo, hi)):
            return d
        return None  # the nearest range is another occasion's
    return None


# date59: the noun an ordinal day names ("в заключительный день форума"), the word right
# after it; fixdate59: a form of an occasion's noun (``NAMED_OCCASION_NOUNS``: its stem and
# a case ending), not any word ("в первый день работы центра" names no occasion)
_OCCASION_WORD_AFTER = re.compile(rf"{_SP}(?P<w>[а-яё]+)(?![\w-])", re.IGNORECASE)
_WORD = re.compile(r"[а-яё]+", re.IGNORECASE)
_OCCASION_FORM = re.compile(
    "(?P<stem>" + "|".join(sorted({n.rstrip("аеёиоуыэюяйь") for n in NAMED_OCCASION_NOUNS},
                                  key=len, reverse=True)) + ")[аеёиоуыюяйьмхв]{0,4}",
    re.IGNORECASE)


def _occasion_stem(word: str) -> str | None:
    """fixdate59: the stem of the occasion's noun (``NAMED_OCCASION_NOUNS``) ``word`` is a
    form of ("форума", "форумом": "форум"; "встречи": "встреч"), None for another word
    ("работы", "работали", "центра")."""
    m = _OCCASION_FORM.fullmatch(word)
    return m["stem"].lower() if m else None


_CLOSING_VERB = re.compile(rf"(?<![\w-])(?:{'|'.join(EVENT_CLOSING_VERBS)})(?![\w-])",
                           re.IGNORECASE)
_SENTENCE_STOP = re.compile(r"[.!?\n]")
_CLOSING_REACH = 300  # the sentence of a closing day is read no further either way


def _closing_day(text: str, d: DateRef) -> bool:
    """date85: is ``d`` a single day (not relative, not on a publication line) told in a
    sentence of an occasion's closing? That day is the occasion's last, so "в
    заключительный день форума" after it is that day, when no range of days was told:
    "12 марта в Омске завершилась выставка «Мастера». В заключительный день выставки
    подписали соглашение" is 12 March. Not a day told with no closing ("12 марта в Омске
    открылась выставка"), nor a range (``_range_last`` reads those). The sentence is read
    within ``_CLOSING_REACH`` characters of the date."""
    if d.relative or not _DAY_VALUE.fullmatch(d.value or "") or _range_last(d) is not None \
            or _on_date_line(text, d):
        return False
    lo = max(0, d.start - _CLOSING_REACH)
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, lo, d.start)]
    lo = stops[-1] if stops else lo
    stop = _SENTENCE_STOP.search(text, d.end, d.end + _CLOSING_REACH)
    hi = stop.start() if stop else min(len(text), d.end + _CLOSING_REACH)
    return _CLOSING_VERB.search(text, lo, hi) is not None


# the last day and month of a range of days: "3–6 сентября", "с 30 сентября по 2 октября"
_RANGE_LAST = re.compile(
    rf"(?:[0-3]?\d\s*[-–—]\s*|(?<![\w-])(?:с|со){_SP}[0-3]?\d(?:{_SP}(?:{_MONTH_GEN}))?{_SP}по"
    rf"{_SP})(?P<d>[0-3]?\d){_SP}(?P<m>{_MONTH_GEN})\b", re.IGNORECASE)


def _range_last(d: DateRef) -> str | None:
    """status48: the last day of a range a date spans ("3–6 сентября" valued 2024-09-03 is
    2024-09-06; "с 30 декабря по 2 января" valued 2024-12-30 is 2025-01-02), at the
    precision of its value (``--09-06`` without a year); None for a single day."""
    m = _RANGE_LAST.search(d.text)
    y, mo, day = isodate.parts(d.value or "")
    if m is None or mo is None or day is None:
        return None
    last_mo, last_day = month_number(m["m"]), int(m["d"])
    if last_mo is None:
        return None
    if y is None:
        value = f"--{last_mo:02d}-{last_day:02d}"
    else:
        year = int(y) + (last_mo < int(mo))  # the range runs into the next year
        value = f"{year}-{last_mo:02d}-{last_day:02d}"
    return value if isodate.is_valid(value) and value != d.value else None


def _genitive_event_day(text: str, start: int, end: int) -> bool:
    """date52: does an ordinal day in the genitive at ``start`` ("второго дня") name a day
    of the occasion, as the complement of a noun ("Итогом второго дня выставки стали два
    договора", "по итогам первого дня съезда")? Not after a preposition that
    makes it a span's boundary (``EVENT_DAY_GEN_NOT_AFTER``: "работает с первого дня",
    "в течение первого дня"), nor under a word itself under one ("до начала второго дня",
    ``_day_under_boundary``); nor when a day written
    in numbers is apposed right after it, which tells the day itself ("событием второго
    дня форума, в четверг, 12 мая, стало ...": ``_DAY_APPOSED_AFTER``)."""
    if _day_under_boundary(text, start):
        return False
    return _DAY_APPOSED_AFTER.match(text, end) is None


def _day_under_boundary(text: str, start: int) -> bool:
    """fixdate52: is the genitive day at ``start`` a span's boundary: right after a boundary
    preposition (``lexicon.EVENT_DAY_GEN_NOT_AFTER``: "с первого дня работы", "накануне
    второго дня форума"), or governed by a word that is itself under one ("до начала второго
    дня работы форума", "после окончания первого дня", ``EVENT_DAY_GOVERNOR_NOT_AFTER``)?
    The two words before it, on its line."""
    before = [w.lower().strip("«(\"") for w in
              text[max(0, start - 40):start].split("\n")[-1].split()[-2:]]
    if before and before[-1] in EVENT_DAY_GEN_NOT_AFTER:
        return True
    return len(before) == 2 and before[0] in EVENT_DAY_GOVERNOR_NOT_AFTER and before[1].isalpha()


# date52: a day apposed after an occasion's day: one word of the occasion at most, a
# comma, a weekday with its preposition and comma at most, then the day's number
_DAY_APPOSED_AFTER = re.compile(
    r"(?:[^\S\n]+[^\W\d_]+)?[^\S\n]*,[^\S\n]*(?:(?:в|во)[^\S\n]+)?(?:[^\W\d_]+,[^\S\n]*)?\d")


def occasion_part_day(d: DateRef) -> bool:
    """status48: is the date a day of an occasion counted from its start or end ("во второй
    день форума", "в заключительный день ВЭФ")? It tells when one part of the occasion
    took place, not when the occasion did."""
    return _EVENT_DAY.fullmatch(d.text) is not None


def range_last_day(d: DateRef) -> str | None:
    """status50: the last day of a range of days the date spans ("с 11 по 13 марта" valued
    ``--03-11`` is ``--03-13``, ``_range_last``); None for a single day."""
    return _range_last(d)


def range_month(d: DateRef) -> str | None:
    """status48: the month of a range of days within one month ("5–7 июня" valued
    ``--06-05`` is ``--06``; in 2024, ``2024-06``); None for a single day or a range over
    two months."""
    last = _range_last(d)
    if last is None or not d.value or last[:-3] != d.value[:-3]:
        return None
    return d.value[:-3]


def _day_before(refs: list[DateRef], i: int, text: str = "") -> DateRef | None:
    """The date "в тот же день" at ``refs[i]`` refers to: the one just before it, past
    dates that name no day (stat34: "Во вторник центр и фонд подписали договор сроком до
    2028 года. Прежний договор у них действовал с 2018 года. В тот же день центр заключил
    договор и с колледжем" is Tuesday's; a year or a month is no day to be the same as),
    and past a relative day inside quoted speech (date76: ``_speaker_now``), and past the
    first day of a period (agr89: ``_period_start``). basis60: past a document's own date
    too (``document_date``), when a day of the story stands before it: "2 марта стороны
    подписали дополнительное соглашение к договору от 5 мая 2022 года. В тот же день фонд
    подписал договор и с колледжем" is March 2; the day of an older document is no day the
    story tells."""
    paper = None
    for j in range(i - 1, -1, -1):
        if _YEAR_OR_MONTH.fullmatch(refs[j].value or "") or _speaker_now(refs[j], text) or \
                _period_start(refs[j], text):
            continue
        if document_date(refs[j], text):
            paper = paper or refs[j]
            continue
        return refs[j]
    return paper


def document_date(d: DateRef, text: str) -> bool:
    """basis60: is d a document's own date, after "от" (``DOCUMENT_DATE_PREPOSITIONS``:
    "соглашение от 5 мая 2022 года", "к договору от 12.03.2021")? Such a day names the
    paper, not a day of the story."""
    if not text:
        return False
    word = _WORD_BEFORE.search(text, max(0, d.start - 12), d.start)
    return word is not None and word.group(1).lower() in DOCUMENT_DATE_PREPOSITIONS


_WORD_BEFORE = re.compile(r"(?<![\w-])(\w+)[ \t]*$")  # a whole word right before, on its line


def _period_start(d: DateRef, text: str) -> bool:
    """agr89: is d the first day of a period, after "с"/"со" ("С 1 марта пособие вырастет")?
    Such a day is when something starts to hold, no day of the story a later "в тот же
    день" goes back to: "Они подписали договор 12 февраля. С 1 марта пособие вырастет.
    В тот же день обе стороны подписали и второй договор" is February 12."""
    if not text:
        return False
    words = text[max(0, d.start - 4):d.start].split()
    return bool(words) and words[-1].lower() in SINCE_PREPOSITIONS


def _speaker_now(d: DateRef, text: str) -> bool:
    """date76: is d a relative day said inside a quotation of its paragraph (more opening
    «» marks than closing ones before it)? The speaker's "сегодня" is the time of speaking
    or "nowadays", no day of the story a later "в тот же день" goes back to: "В среду
    центр и фонд заключили договор. «Сегодня очередь на реабилитацию — полгода», —
    отметила директор центра. В тот же день центр заключил договор и с колледжем" is
    Wednesday."""
    if not d.relative or not text:
        return False
    start = text.rfind("\n", 0, d.start) + 1
    before = text[start:d.start]
    return before.count("«") > before.count("»")


def _next_to(value: str, shift: int) -> str | None:
    """A full or year-less day shifted by ``shift`` days ("днём ранее" of "3 июня" is 2
    June); a year-less day only when leap and common years agree."""
    if not shift:
        return value
    if value.startswith("--"):
        return _shift_partial(value, shift)
    return (_dt.date.fromisoformat(value) + _dt.timedelta(days=shift)).isoformat()


def stated_view(dates: list[DateRef]) -> list[DateRef]:
    """The dates as the text states them: anchored ones back to ``--MM-DD`` (relative dates
    keep their resolved value). For rules that reason about what the text says.

    A season or a week told as a year by convention ("осенью" -> ``2025``) has no value
    here: the text states no year, and a signing dated by a year alone reads as history.
    """
    return [DateRef(d.stated, d.text, d.start, d.end, d.relative) if d.stated
            else DateRef(None, d.text, d.start, d.end, True) if _year_by_convention(d)
            else d for d in dates]


def _year_by_convention(d: DateRef) -> bool:
    """A relative season or week whose value is a year only ("осенью прошлого года" states
    its year: not by convention; nor does a season gone by, statC: "соглашение, подписанное
    прошлой осенью" is of the year before, as "в прошлом году" is)."""
    if not (d.relative and d.value is not None and len(d.value) == 4):
        return False
    season = _SEASON.fullmatch(d.text)
    if season and (season["q"] or "").lower().startswith(SEASON_BEFORE):
        return False
    return bool((season and not season["gy"]) or _REL_WEEK.fullmatch(d.text)
                or _WEEK_PART.fullmatch(d.text))


# --- publication lines (boilerplate keeps one; ``published`` reads it) -----------------

_LABEL = "(?:" + "|".join(PUBLICATION_LABELS) + r")(?![\w])"
_LABELLED = re.compile(rf"^[^\S\n]*{_LABEL}[^\S\n]*:?[^\S\n]*", re.IGNORECASE | re.MULTILINE)
_TIME = r"(?:в[^\S\n]+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
# a credit after the date, up to the next separator: "| Источник: пресс-служба Минтруда"
_CREDIT = "|".join(DATE_LINE_CREDITS)
# what may stand beside the date on a publication line, in any order: separators, a time,
# a weekday, a year word, a time zone, a views counter ("| Просмотров: 1234"). One character
# or one word per step, so that a failing match cannot backtrack over ways to split spaces.
_DATE_LINE_REST = re.compile(
    rf"(?:[\s,|/—–.\-•·]|{_TIME}|{_WEEKDAY}|{_WEEKDAY_ABBR}|(?:года|г\.?|мск|msk)(?![а-яё])"
    rf"|(?:просмотр[а-яё]*|комментари[а-яё]*|views|👁)[^\S\n]*:?[^\S\n]*\d+"
    rf"|(?>(?:{_CREDIT})[^\S\n]*:[^|•·\n]*))*",
    re.IGNORECASE,
)


# a place or section before the date of a dateline: "Уфа, ...", "Новости | 02.11.2023,
# 14:00"; date82: or a newspaper's name in guillemets over its issue ("«Вечерний край», 14
# марта 2025 года")
_PLACE_PREFIX = re.compile(r"[^\S\n]*(?:[А-ЯЁ][а-яё]+(?:[-\s][А-ЯЁа-яё][а-яё]+){0,2}"
                           r"|«[А-ЯЁA-Z][^«»\n]{0,40}»)"
                           r"[^\S\n]*(?:,|[|/])[^\S\n]*")
# a breadcrumb ending in the date: "Пресс-центр / Новости / 22 апреля 2025", "Главная »
# Новости » 3 июня 2024": up to five short sections (a capital, at most four words each)
_CRUMBS = re.compile(r"[^\S\n]*(?:[А-ЯЁA-Z][\w\-]*(?:[^\S\n]+[\w\-]+){0,3}"
                     r"[^\S\n]*(?:/|»|>|→|\|)[^\S\n]*){1,5}")


def is_labelled(line: str) -> bool:
    """Does the line start with a publication label ("Дата публикации:", "Опубликовано")?"""
    m = _LABELLED.match(line)
    return m is not None and bool(m.group().strip())


def date_line(line: str) -> DateRef | None:
    """The date of a line that is only a date (weekday, label and time allowed), else None.

    Such lines are datelines ("Уфа, 14 февраля 2024, 16:20", "18:00 | 1 ноября, 2025",
    "Пт, 15 сентября 2023 года") or labelled lines ("Опубликовано: 14 сентября 2009 г. в
    16:06", "date 2025-09-11"); offsets are into ``line``.
    """
    if len(line) > 80 or not line.strip():
        return None
    found = _date_line(line)
    return DateRef(found[0], found[1], found[2], found[3], False) if found else None


# date76: a views or comments counter whose thousands are set apart by a space ("Просмотров:
# 1 284", "👁 2 317"): the digits of one count
_GROUPED_COUNT = re.compile(
    r"((?:просмотр[а-яё]*|комментари[а-яё]*|views|👁)[^\S\n]*:?[^\S\n]*)"
    r"(\d{1,3}(?:[^\S\n\d]\d{3})+)(?!\d)", re.IGNORECASE)


def stamp_line(line: str) -> DateRef | None:
    """date76: ``date_line`` of a page's stamp whose views counter writes its thousands
    apart ("Опубликовано: 03.10.2024  •  Просмотров: 2 517" is 3 October 2024), read as
    that count written whole. For the headline zone only (``boilerplate._headline_zone``):
    elsewhere such a line keeps its former reading."""
    whole = _GROUPED_COUNT.sub(lambda m: m[1] + re.sub(r"\D", "", m[2]), line)
    return date_line(whole) if whole != line else date_line(line)


@functools.lru_cache(maxsize=4096)
def _date_line(line: str) -> tuple[str, str, int, int] | None:
    """``date_line`` as a tuple, memoised: boilerplate asks up to three times per line and
    ``published`` again, and site templates repeat lines across documents (a bounded
    cache, so memory stays flat over a corpus)."""
    label = _LABELLED.match(line)
    pos = label.end() if label else 0
    if _ANY_DIGIT.search(line, pos) is None:
        return None  # a date told to the day always has a digit (its day)
    refs = [r for r in find_dates(line[pos:]) if not r.relative and r.value]
    if not refs:
        return None
    first = refs[0]
    before = line[pos:pos + first.start]
    after = line[pos + first.end:]
    if not label and (_PLACE_PREFIX.fullmatch(before) or _CRUMBS.fullmatch(before)):
        before = ""  # "Тюмень, 22 августа 2023 года": an agency dateline without brackets
    if not _DATE_LINE_REST.fullmatch(before) or not _DATE_LINE_REST.fullmatch(after):
        return None
    if not first.value or not re.fullmatch(r"\d{4}-\d\d-\d\d|--\d\d-\d\d", first.value):
        return None  # a year or a month is not a publication date
    return first.value, first.text, pos + first.start, pos + first.end


# --- date58: a feed's items, each under its own dateline ----------------------------------

# "30.01, 17:20  ПРИМОРЬЕ", "29.01.2025 11:10": an item's dateline, a day and month (the year
# optional) and the time of day, then at most a short label in capitals (the item's place)
_ITEM_DATELINE = re.compile(
    r"^[^\S\n]*(?P<d>[0-3]?\d)\.(?P<m>[01]\d)(?:\.(?P<y>\d{4}))?,?[^\S\n]+[0-2]?\d:[0-5]\d"
    r"(?:[^\S\n]+(?-i:[A-ZА-ЯЁ][A-ZА-ЯЁ\-]*(?:[^\S\n]+[A-ZА-ЯЁ][A-ZА-ЯЁ\-]*){0,3}))?"
    r"[^\S\n]*$", re.MULTILINE)
# how long a paragraph under a dateline must be to be an item's prose
_ITEM_PROSE = 60


def item_datelines(text: str, published: str | None = None) -> list[tuple[int, int, str]]:
    """date58: the items of a feed of short news, each under its own dateline with a time
    of day ("30.01, 17:20  ПРИМОРЬЕ" / "Министерство ... сегодня подписали соглашение ..."),
    as (start, end, day): the item runs from the end of its dateline to the next one (the
    last to the end of its paragraphs). The day takes the year the line states, else the
    year anchored to the publication day, else none ("--01-30"). Only when two or more such
    lines each stand over a paragraph of prose; one timed line is a page's stamp."""
    pub = publication_day(published)
    found: list[tuple[int, int, str]] = []
    for m in _ITEM_DATELINE.finditer(text):
        d, mo = int(m["d"]), int(m["m"])
        y = int(m["y"]) if m["y"] else None
        if not _valid(d, mo, y):
            continue
        nxt = text.find("\n", m.end() + 1)
        below = text[m.end() + 1:len(text) if nxt < 0 else nxt]
        if len(below.strip()) < _ITEM_PROSE or not re.search(r"[.!?…]", below):
            continue
        day = _fmt(d, mo, y)
        if y is None and pub is not None:
            day = anchor_day(mo, d, pub) or day
        found.append((m.start(), m.end(), day))
    if len(found) < 2:
        return []
    items = []
    for n, (_s, e, day) in enumerate(found):
        stop = found[n + 1][0] if n + 1 < len(found) else _paragraphs_end(text, e)
        items.append((e, stop, day))
    return items


def _paragraphs_end(text: str, start: int) -> int:
    """The end of the last item: its first blank line after one paragraph of prose."""
    at = text.find("\n\n", text.find("\n", start + 1) + 1)
    return len(text) if at < 0 else at


def dated_item_days(refs: list[DateRef], text: str, source: str, published: str | None,
                    tense: TenseOf | None = None) -> None:
    """date58: a relative day in an item of a feed is counted from the item's own dateline,
    not from the page's day: "29.01, 18:30  ЧУКОТКА / Департамент ... сегодня договорились
    ..." is 29 January even when the page is of 30 January; "накануне" under "30.01" is 29
    January. Each item is read again with its day standing in for the publication day (the
    items' text read once more: linear), and the relative dates of ``refs`` (of ``text``,
    the reading) inside it take their new values. ``source``: the stored text, whose
    datelines masking may have blanked in ``text`` (same offsets)."""
    items = item_datelines(source, published)
    if not items:
        return
    starts = [r.start for r in refs]
    for lo, hi, day in items:
        first, last = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
        if not any(refs[i].relative for i in range(first, last)):
            continue
        shifted = None if tense is None else (lambda s, e, lo=lo: tense(s + lo, e + lo))
        again = {r.start + lo: r for r in find_dates(text[lo:hi], day, tense=shifted)
                 if r.relative}
        for i in range(first, last):
            new = again.get(refs[i].start)
            if refs[i].relative and new is not None and new.value is not None:
                refs[i] = DateRef(new.value, refs[i].text, refs[i].start, refs[i].end, True,
                                  anchored=True)
