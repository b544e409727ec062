"""Fast paths of patterns, dates and masks: each gives what the plain one gave.

* the date (and some boilerplate) patterns behind a first-character lookahead
  (``dates.first_char_guard``) match exactly what the bare patterns match, on
  table-driven text and on the seeds;
* ``date_line`` with its digit prefilter and cache equals the uncached reading;
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from probes import load_benchmark

from soccoop.extract import dates as D
from soccoop.extract.published import stamp_line

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" if (ROOT.parent / "shared").is_dir() else Path("/work/shared")
GUARDS = load_benchmark("bench_guards")


def _guarded_patterns() -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """name -> (guarded, the same pattern without its guard): the swap table of
    ``benchmarks/bench_guards.py``, keyed by module and name."""
    return {f"{module.__name__}.{name}": (guarded, bare)
            for module, name, guarded, bare in GUARDS.swap_table()}


def _matches(rx: re.Pattern[str], text: str) -> list[tuple[int, int, dict[str, str | None]]]:
    return [(m.start(), m.end(), m.groupdict()) for m in rx.finditer(text)]


# every form the patterns read, upper and lower case, glued to words, digits and dashes
TABLE = [
    "18 и 19 апреля 2023 года", "5, 6 и 7 мая", "в понедельник, 26 октября 2023",
    "Пт, 15 сентября 2023 года", "ВТОРНИК, 3 МАРТА", "среду 4 марта", "1 ноября, 2025 14:00",
    "8 окт. 2025", "12 МАР 2026", "в марте", "Во вторник", "к концу мая", "в конце мая",
    "В начале ЯНВАРЯ", "в 2019-2020 годах", "2023 г.", "15.09.23", "08-07-2025",
    "08/07/2025", "2025-09-11", "сегодня", "Вчера", "позавчера", "НАКАНУНЕ", "послезавтра",
    "в прошлую пятницу", "в минувший четверг", "в ближайшую субботу", "в прошлом году",
    "в этом месяце", "в марте прошлого года", "15 мая этого года", "прошлого года",
    "на прошлой неделе", "На следующей неделе", "осенью", "прошлой осенью",
    "летом этого года", "Зимой", "в тот же день", "тем же днём", "Декабрь 2024",
    "январе 2025 года", "x5 мая", "-5 мая", ".5 мая", "a2025-01-01", "1.2.2024", "31.12.99",
    # boilerplate's lines: social links, widgets, a date or a time at the end
    "Мы в Telegram", "ВКонтакте", "vk.com/x", "наш Дзен", "RuTube", "WhatsApp",
    "Погода +5 °C", "USD 90,1", "€ 98", "Курс валют ЦБ", "12 декабря 20:00", "10:15",
    "Сегодня, 14:00", "вчера в 9:30",
]


def _texts() -> list[str]:
    joins = [" ", "\n", "", "-", ".", ",", "«", "1", "ж"]
    out = [" ".join(TABLE), "\n".join(TABLE)]
    out += [a + j + b for a, b in zip(TABLE, TABLE[1:] + TABLE[:1], strict=True)
            for j in joins]
    return out


def test_every_date_pattern_is_guarded() -> None:
    """The hot patterns of ``find_dates`` all carry the guard (so the test below covers
    them), and the guard sets are not empty."""
    names = {name.rsplit(".", 1)[1] for name in _guarded_patterns()}
    assert {"_DAY_MONTH", "_MONTH_YEAR", "_GEN_YEAR_DATE", "_SEASON", "_YEAR", "_ISO",
            "_REL_DAY", "_REL_WEEKDAY", "_SAME_DAY", "_MONTH_ONLY", "_SOCIAL", "_WIDGET",
            "_ENDS_DATE_TIME"} <= names
    for rx, _ in _guarded_patterns().values():
        m = GUARDS._GUARDED.fullmatch(rx.pattern)
        assert m is not None and m[1]


def test_guarded_patterns_match_as_bare_ones_on_table() -> None:
    patterns = _guarded_patterns()
    found = 0
    for text in _texts():
        for name, (guarded, bare) in patterns.items():
            got, want = _matches(guarded, text), _matches(bare, text)
            assert got == want, (name, text)
            found += len(want)
    assert found > 500  # the table does exercise the patterns


def test_guarded_patterns_match_as_bare_ones_on_seeds() -> None:
    files = sorted((SHARED / "seeds").glob("*.txt"))
    if not files:
        pytest.skip("no seeds")
    patterns = _guarded_patterns()
    for f in files:
        text = f.read_text(encoding="utf-8")
        for name, (guarded, bare) in patterns.items():
            assert _matches(guarded, text) == _matches(bare, text), (name, f.name)


def test_initials_refuse_regex_syntax() -> None:
    with pytest.raises(ValueError):
        D._initials("(?:тот|этот)")
    assert D._initials("весной", "Летом") == "ВЛвл"


def _date_line_plain(line: str) -> tuple[str | None, str, int, int] | None:
    """``date_line`` without cache or prefilter: the reading it replaced."""
    if len(line) > 80 or not line.strip():
        return None
    label = D._LABELLED.match(line)
    pos = label.end() if label else 0
    refs = [r for r in D.find_dates(line[pos:]) if not r.relative and r.value]
    if not refs:
        return None
    first = refs[0]
    before, after = line[pos:pos + first.start], line[pos + first.end:]
    if not label and (D._PLACE_PREFIX.fullmatch(before) or D._CRUMBS.fullmatch(before)):
        before = ""
    if not D._DATE_LINE_REST.fullmatch(before) or not D._DATE_LINE_REST.fullmatch(after):
        return None
    if not re.fullmatch(r"\d{4}-\d\d-\d\d|--\d\d-\d\d", first.value or ""):
        return None
    return first.value, first.text, pos + first.start, pos + first.end


LINES = [
    "Уфа, 14 февраля 2024, 16:20", "18:00 | 1 ноября, 2025", "Пт, 15 сентября 2023 года",
    "Опубликовано: 14 сентября 2009 г. в 16:06", "date 2025-09-11", "вчера, 14:05",
    "Опубликовано: вчера", "Дата публикации:", "в марте 2024 года", "Главное", "",
    "   ", "Пресс-центр / Новости / 22 апреля 2025", "Сегодня 5 мая",
    "Тюмень, 22 августа 2023 года", "12.03.2025 | Просмотров: 120",
]


def test_date_line_equals_plain_reading_and_repeats() -> None:
    lines = LINES + [ln for text in _texts()[:2] for ln in text.splitlines()]
    for line in lines:
        want = _date_line_plain(line)
        for _ in range(2):  # the second call comes from the cache
            ref = D.date_line(line)
            got = None if ref is None else (ref.value, ref.text, ref.start, ref.end)
            assert got == want, line
    assert sum(_date_line_plain(ln) is not None for ln in lines) >= 5


def test_date_line_result_is_a_fresh_object() -> None:
    """Callers may change what they get; the cache must not hand out a shared object."""
    a = D.date_line("Уфа, 14 февраля 2024, 16:20")
    assert a is not None
    a.value = "changed"
    b = D.date_line("Уфа, 14 февраля 2024, 16:20")
    assert b is not None and b.value == "2024-02-14"


def test_stamp_line_without_digits_is_none() -> None:
    for line in ("Опубликовано: вчера", "Время публикации: сегодня", "Новости"):
        assert stamp_line(line) is None
    ref = stamp_line("Время публикации: 12 марта 2025, 14:05 (МСК)")
    assert ref is not None and ref.value == "2025-03-12"


def test_acting_prefix_at_and_past_the_end_of_a_sentence() -> None:
    """The first-word lookup must keep the bounds check: a post's window asks at the index
    right after the last token ("... губернатор" ends the sentence)."""
    from soccoop.extract.nlp import Token
    from soccoop.extract.officials import _acting_prefix, _acting_prefix_before

    toks = [Token(w, 0, 0) for w in ("назначен", "исполняющим", "обязанности")]
    assert _acting_prefix(toks, len(toks)) == 0
    assert _acting_prefix(toks, 1) == 2
    assert _acting_prefix(toks, 0) == 0
    assert _acting_prefix_before(toks, len(toks)) == 2
    assert _acting_prefix([Token("врио", 0, 4)], 0) == 1
