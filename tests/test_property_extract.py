"""Extraction never crashes, whatever the text, and every offset it reports is true.

News archives hold run-on sentences, tables of numbers, mixed scripts and control
characters; hypothesis feeds the whole pipeline such text and checks that every evidence
and date slice of the input equals the text the record states.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from soccoop.models import Record

pytestmark = pytest.mark.slow

# The conftest profile (derandomized, no database, a deadline per example); each example
# runs the whole pipeline, so few of them. Run-ons are bounded at 20k characters.
SETTINGS = settings(max_examples=15,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow, HealthCheck.data_too_large])

RU_WORDS = ("губернатор", "Татарстан", "Югра", "соглашение", "подписали", "министр",
            "социальной", "защиты", "2023", "года", "апреля", "Москва", "Иванов", "Пётр")
SCRIPTS = st.sampled_from([
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ",
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "漢字中文日本語한국어",
    "العربيةمرحبا",
    "😀🎉👍🏽🇷🇺‍",
    "0123456789",
    " \t\n\r\u00a0\u2009\u200b\u2028\u2029",
    "\x00\x01\x07\x0b\x0c\x1b\x7f\x85\x9f",
    ".,;:!?«»\"'()[]—–-…№%/\\",
    "\u0301\u0308\ufe0f",  # combining marks without a base
])
MIXED = st.lists(SCRIPTS.flatmap(lambda s: st.text(alphabet=s, min_size=1, max_size=40)),
                 max_size=30).map("".join)


def run_on_sentence(words: list[str], n: int) -> str:
    """5–20k characters of words without a single punctuation mark."""
    out: list[str] = []
    size = 0
    i = 0
    while size < n:
        w = words[i % len(words)]
        out.append(w)
        size += len(w) + 1
        i += 1
    return " ".join(out)[:n]


ADVERSARIAL = st.one_of(
    st.text(alphabet=st.characters(exclude_categories=["Cs"]),
            max_size=300),
    MIXED,
    st.builds(run_on_sentence, st.lists(st.sampled_from(RU_WORDS), min_size=1, max_size=8),
              st.integers(5_000, 20_000)),
    st.text(alphabet="0123456789 .,:-/\n", max_size=500),  # only numbers
    st.text(alphabet=" \t\n\r\u00a0\u3000", max_size=200),  # only whitespace
    st.lists(st.sampled_from(RU_WORDS + (".", ",", "\n", "«", "»", "—", " ", "\x1b")),
             max_size=200).map(" ".join),
)


def check(text: str, record: Record) -> None:
    assert isinstance(record, Record)
    Record.from_dict(record.to_dict())  # serialisable round trip
    spans: list[Any] = [m for r in record.regions for m in r.mentions]
    spans += [o.evidence for o in record.officials] + [a.evidence for a in record.agreements]
    for ev in spans:
        assert 0 <= ev.start <= ev.end <= len(text)
        assert text[ev.start:ev.end] == ev.text
    for d in record.dates:
        assert 0 <= d.start <= d.end <= len(text)
        assert text[d.start:d.end] == d.text


@SETTINGS
@given(text=ADVERSARIAL)
def test_extract_never_crashes_and_offsets_slice_the_text(models: Any, text: str) -> None:
    from soccoop.extract.pipeline import extract

    check(text, extract(text, "x", models))


@pytest.mark.parametrize("text", [
    "",
    " ",
    "\n" * 1000,
    "1" * 20_000,
    "." * 5_000,
    "А" * 20_000,
    "\x01\x02\x03",
    "\ufeff",
    "Губернатор" + "\u0301" * 500,
    "Татарстан " * 2_000,
    "Соглашение подписали губернатор Татарстана и губернатор Югры. " * 300,
    "🇷🇺" * 3_000,
])
def test_extract_edge_cases(models: Any, text: str) -> None:
    from soccoop.extract.pipeline import extract

    check(text, extract(text, "x", models))


@pytest.mark.parametrize("text", ["ТАТАРСТАН \x00", "Республика Татарстан \x00 и Югра"])
def test_nul_token(models: Any, text: str) -> None:
    from soccoop.extract.pipeline import extract

    check(text, extract(text, "x", models))
