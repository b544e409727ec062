"""PDF-like text: hard line wraps and words hyphenated across lines (extract.unwrap).

Probes are short texts of our own: the same bulletin flat and wrapped must give the same
facts, ordinary pages must keep their line breaks and masks, and every evidence must slice
the stored text."""

from __future__ import annotations

import json
import sqlite3
import textwrap

import pytest
from click.testing import CliRunner

from soccoop.cli import cli
from soccoop.extract import boilerplate
from soccoop.extract.boilerplate import mask_boilerplate
from soccoop.extract.unwrap import join_wraps, span_restorer, unwrap, wrap_breaks
from soccoop.models import Evidence

HEAD = "Министерство труда и социальной защиты Калужской области\n\n12 апреля 2024 года\n\n"
BODY = ("Министерство труда и социальной защиты Калужской области и министерство социальной "
        "политики Свердловской области подписали соглашение о сотрудничестве в сфере "
        "социальной защиты населения. Соглашение подписали министр труда и социальной защиты "
        "Калужской области Павел Коновалов и министр социальной политики Свердловской области "
        "Андрей Злоказов 10 апреля 2024 года.")
# the same body as a PDF prints it: wraps at ~70 characters and two words broken at a hyphen
BODY_HYPHENATED = (
    "Министерство труда и социальной защиты Калужской области и министерство\n"
    "социальной политики Свердловской области подписали соглаше-\n"
    "ние о сотрудничестве в сфере социальной защиты населения. Соглашение\n"
    "подписали министр труда и социальной защиты Калужской области Павел\n"
    "Коновалов и министр социальной политики Свердловской области Андрей\n"
    "Злоказов 10 ап-\n"
    "реля 2024 года.")
WORDS = {"соглашение", "апреля", "министерство"}  # a toy dictionary for the pure probes


def known(word: str) -> bool:
    return word in WORDS


# ordinary pages: nothing here is a wrap, every line break stays
ORDINARY = [
    # a site menu
    "Главная\nНовости\nДокументы\nКонтакты\nО министерстве\n",
    # a list of headlines without full stops, some long
    ("Минтруд Калужской области подписал соглашение с Свердловской областью\n"
     "В Калуге открыли новый центр социального обслуживания граждан пожилого возраста\n"
     "Ветеранам боевых действий увеличат ежемесячную выплату с 1 января\n"),
    # one paragraph per line
    ("Министерство подписало соглашение о сотрудничестве с соседним регионом.\n"
     "документ вступает в силу с момента подписания и действует пять лет.\n"),
    # a headline without a full stop above its body
    ("Соглашение о сотрудничестве в сфере социальной защиты населения подписано в Калуге\n"
     "Министерство труда сообщает о подписании документа с коллегами из Свердловской "
     "области.\n"),
    # a real dash at a line's end, and a list after a colon
    ("Министр рассказал о планах на год -\n"
     "новые выплаты семьям.\n"
     "В соглашении предусмотрены:\n"
     "обмен опытом;\nсовместные проекты.\n"),
    # wiki markup after a headline (NEREL)
    "Международный фестиваль кукольных театров пройдёт в Волгограде\nбезрамки|слева\n",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_pages_are_read_as_they_are(text):
    assert wrap_breaks(text.split("\n")) == set()
    assert join_wraps(text) is text
    assert unwrap(mask_boilerplate(text), known) == mask_boilerplate(text)


@pytest.mark.parametrize("text", ORDINARY + [HEAD + BODY])
def test_ordinary_pages_keep_their_masks(text, monkeypatch):
    joined = mask_boilerplate(text)
    monkeypatch.setattr(boilerplate, "join_wraps", lambda t: t)
    assert mask_boilerplate(text) == joined


@pytest.mark.parametrize(("wrapped", "reading"), [
    # a wrap inside a sentence: the line break reads as a space
    ("Министерство труда и социальной защиты Калужской области и министерство\n"
     "социальной политики подписали соглашение о сотрудничестве в сфере защиты.",
     "Министерство труда и социальной защиты Калужской области и министерство "
     "социальной политики подписали соглашение о сотрудничестве в сфере защиты."),
    # a dictionary word broken at a hyphen is whole, the freed characters follow it
    ("Министерство труда и социальной защиты Калужской области подписало соглаше-\n"
     "ние с коллегами.",
     "Министерство труда и социальной защиты Калужской области подписало соглашение  "
     " с коллегами."),
    # a compound keeps its hyphen, only the line break moves
    ("Министерство труда и социальной защиты обсудило планы социально-\n"
     "экономического развития региона.",
     "Министерство труда и социальной защиты обсудило планы социально-экономического "
     " развития региона."),
    # a full line before a capital joins when the block is a wrapped paragraph
    ("Соглашение о сотрудничестве в сфере социальной защиты подписали министр Павел\n"
     "Коновалов и министр социальной политики Свердловской области Андрей\n"
     "злоказов.",
     "Соглашение о сотрудничестве в сфере социальной защиты подписали министр Павел "
     "Коновалов и министр социальной политики Свердловской области Андрей "
     "злоказов."),
])
def test_wrapped_text_reads_as_one_paragraph(wrapped, reading):
    got = unwrap(wrapped, known)
    assert len(got) == len(wrapped)
    assert got == reading


def test_a_short_last_line_or_a_stop_ends_the_join():
    text = ("Министерство труда и социальной защиты Калужской области подписало соглашение.\n"
            "документ действует пять лет и может быть продлён по согласию сторон.\n")
    assert wrap_breaks(text.split("\n")) == set()


@pytest.mark.parametrize(("broken", "word"), [
    ("согл-\nашение", "соглашение"),
    ("ап-\nреля", "апреля"),
    ("социально-\nэкономического", "социально-экономического"),  # a compound
])
def test_evidence_inside_a_broken_word_slices_the_stored_text(broken, word):
    text = ("Министерство труда и социальной защиты Калужской области обсудило "
            f"{broken} с коллегами из соседних регионов.")
    reading = unwrap(text, known)
    start = reading.index(word)
    back = span_restorer(text, text, reading)
    ev = back(Evidence(reading[start:start + len(word)], start, start + len(word)))
    assert ev.text == text[ev.start:ev.end]
    assert ev.text == broken
    # a span before the break, and the whole sentence, are unchanged
    head = back(Evidence("Министерство", 0, 12))
    assert (head.start, head.end, head.text) == (0, 12, "Министерство")
    whole = back(Evidence(reading, 0, len(reading)))
    assert (whole.start, whole.end, whole.text) == (0, len(text), text)


def test_nothing_joined_keeps_evidence_as_found():
    back = span_restorer(HEAD + BODY, HEAD + BODY, HEAD + BODY)
    ev = Evidence("не из текста", 3, 9)
    assert back(ev) is ev


def test_a_long_wrapped_paragraph_stays_cheap():
    """Cost linear in length: a ratio measured in this run, with a generous bound."""
    import time

    def wrapped(n: int) -> str:
        words = ("министерство труда и социальной защиты подписало соглаше-\nние " * n)
        return "\n".join(textwrap.wrap(words.replace("-\n", "-"), 70))

    small, big = wrapped(300), wrapped(1200)  # ~20,000 and ~80,000 characters
    timings = []
    for text in (small, big):
        best = float("inf")
        for _ in range(3):  # the best of three: a loaded machine's pauses are not the code's cost
            t0 = time.process_time()
            got = unwrap(text, known)
            best = min(best, time.process_time() - t0)
            assert len(got) == len(text) and "\n" not in got
        timings.append(best)
    assert timings[1] < 16 * max(timings[0], 1e-3)  # four times the text: not sixteen times


def _facts(rec):
    return ([(a.status, a.date, sorted(p.name for p in a.parties), sorted(a.signatories))
             for a in rec.agreements],
            sorted((o.name, o.position) for o in rec.officials),
            sorted(d.value for d in rec.dates))


def _slices_ok(rec, text):
    evs = ([m for r in rec.regions for m in r.mentions] + [o.evidence for o in rec.officials]
           + [a.evidence for a in rec.agreements] + list(rec.dates))
    return all(text[e.start:e.end] == e.text for e in evs)


@pytest.mark.slow
@pytest.mark.parametrize("layout", ["hyphenated", "wrap60", "wrap75"])
def test_the_same_bulletin_wrapped_gives_the_same_facts(models, layout):
    from soccoop.extract.pipeline import extract

    flat = HEAD + BODY + "\n"
    body = BODY_HYPHENATED if layout == "hyphenated" else "\n".join(
        textwrap.wrap(BODY, int(layout[4:]), break_on_hyphens=False))
    wrapped = HEAD + body + "\n"
    want, got = extract(flat, "flat", models), extract(wrapped, "wrapped", models)
    assert _facts(want)[0], "the flat bulletin has its agreement"
    assert _facts(got) == _facts(want)
    assert _slices_ok(got, wrapped) and _slices_ok(want, flat)


@pytest.mark.slow
def test_cli_ingest_of_a_wrapped_bulletin(tmp_path):
    src = tmp_path / "bulletin.txt"
    src.write_text(HEAD + BODY_HYPHENATED + "\n", encoding="utf-8")
    db = tmp_path / "s.db"
    runner = CliRunner()
    ing = runner.invoke(cli, ["ingest", str(src), "--db", str(db), "--workers", "1"])
    assert ing.exit_code == 0, ing.output
    out = runner.invoke(cli, ["list", "--db", str(db), "--format", "jsonl", "--limit", "0"])
    assert out.exit_code == 0, out.output
    (rec,) = [json.loads(x) for x in out.stdout.splitlines()]
    (agr,) = rec["agreements"]
    assert agr["status"] == "signed" and agr["date"] == "2024-04-10"
    assert [p["name"] for p in agr["parties"]] == [
        "Министерство труда и социальной защиты Калужской области",
        "Министерство социальной политики Свердловской области"]
    assert agr["signatories"] == ["Павел Коновалов", "Андрей Злоказов"]
    text = sqlite3.connect(db).execute("SELECT text FROM documents").fetchone()[0]
    evs = ([m for r in rec["regions"] for m in r["mentions"]]
           + [o["evidence"] for o in rec["officials"]] + [agr["evidence"]] + rec["dates"])
    for ev in evs:
        assert text[ev["start"]:ev["end"]] == ev["text"]
    assert "10 ап-\nреля 2024 года" in [d["text"] for d in rec["dates"]]
