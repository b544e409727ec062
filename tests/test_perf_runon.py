"""Bounded cost on hostile input: a run-on "sentence" costs about what news of its length does.

A scraped page can hold 20 000 characters without a full stop, dense with agreement words,
names and dates; every extractor reads a sentence as a unit, so such a page once took 30-50x
the time of ordinary news. ``nlp.split_run_ons`` cuts it before extraction. The speed bound
is a ratio measured in this test's own run (the machine's load cancels out), with a generous
bound; ``benchmarks/bench_runon.py`` prints the figures for 5k-50k characters.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from probes import load_benchmark

from soccoop.extract.nlp import SENTENCE_TOKENS, Sentence, Token, split_run_ons

ROOT = Path(__file__).resolve().parent.parent


def _sentence(text: str) -> Sentence:
    from razdel import tokenize

    toks = [Token(t.text, t.start, t.stop) for t in tokenize(text)]
    return Sentence(0, len(text), text, toks)


def _check_pieces(text: str, sent: Sentence, pieces: list[Sentence], limit: int) -> None:
    assert [t for p in pieces for t in p.tokens] == sent.tokens  # all tokens, in order
    for p in pieces:
        assert 0 < len(p.tokens) <= limit
        assert p.text == text[p.start:p.stop]
        assert (p.start, p.stop) == (p.tokens[0].start, p.tokens[-1].stop)


def test_short_sentences_are_untouched():
    text = "Соглашение подписали губернатор Татарстана и глава Югры 15 апреля 2023 года."
    sent = _sentence(text)
    assert split_run_ons(text, [sent]) == [sent]


def test_run_on_is_cut_after_commas_first():
    text = ", ".join(["губернатор Иван Петров подписал соглашение"] * 20)
    sent = _sentence(text)
    pieces = split_run_ons(text, [sent], limit=20)
    _check_pieces(text, sent, pieces, 20)
    assert len(pieces) > 1
    assert all(p.tokens[-1].text == "," for p in pieces[:-1])


def test_run_on_without_commas_is_cut_before_a_conjunction_or_at_the_limit():
    text = " ".join(["министр Ольга Смирнова и губернатор Иван Петров"] * 20)
    sent = _sentence(text)
    pieces = split_run_ons(text, [sent], limit=20)
    _check_pieces(text, sent, pieces, 20)
    assert all(p.tokens[0].text == "и" for p in pieces[1:])
    bare = " ".join(["слово"] * 95)
    sent = _sentence(bare)
    pieces = split_run_ons(bare, [sent], limit=30)
    _check_pieces(bare, sent, pieces, 30)
    assert [len(p.tokens) for p in pieces] == [30, 30, 30, 5]


def test_default_limit_spares_ordinary_sentences():
    """The default limit is far above a news sentence (measured on FactRuEval and NEREL:
    0.2% of sentences exceed 100 tokens)."""
    text = ("Министр труда и социальной защиты Республики Татарстан Эльмира Зарипова и "
            "заместитель губернатора Ханты-Мансийского автономного округа — Югры, "
            "курирующий социальную сферу, подписали в Казани соглашение о сотрудничестве "
            "в сфере социальной защиты, занятости и трудовых отношений на 2024–2026 годы.")
    assert len(_sentence(text).tokens) < SENTENCE_TOKENS / 2


@pytest.mark.slow
def test_run_on_costs_at_most_five_times_news(models):
    from soccoop.extract.nlp import _segment
    from soccoop.extract.pipeline import extract

    bench = load_benchmark("bench_runon")
    n = 20_000
    runon, news = bench.runon_text(n), bench.news_text(n)
    assert len(runon) == len(news) == n
    assert len(_segment(runon)) == 1  # one razdel sentence: no punctuation at all

    def run(text: str) -> Any:
        return extract(text, "x", models)

    # the first run of each (the warm-up) is timed too and counts towards the best: it can
    # only be slower than a warm run, never make the ratio pass that would fail
    t = time.process_time()
    record = run(runon)  # the run-on still yields facts
    runon_s = [time.process_time() - t]
    assert record.agreements and {"RU-TA", "RU-KHM"} <= {r.code for r in record.regions}
    t = time.process_time()
    run(news)
    news_s = [time.process_time() - t]
    best = load_benchmark("bench_dates").best
    # interleaved, best of each: load spikes hit both; four runs of each (the warm-up and
    # three more), since with two a spike over both run-on runs (0.65 s against a usual
    # 0.47 s) once failed a fresh-clone run
    for _ in range(3):
        # the process's own CPU time, not the wall clock: another job on the machine (a
        # dev-round run beside a fresh-clone suite) stretches wall time, not this process's
        news_s.append(best(run, news, 1, clock=time.process_time))
        runon_s.append(best(run, runon, 1, clock=time.process_time))
    ratio = min(runon_s) / min(news_s)
    # 5, not 3.5: on the same code the ratio measured 2.47 to 3.05 (round 33) and 2.63 to
    # 3.54 (round 34, 3.54 with a dev-round run beside the suite) from run to run on this
    # 2-core machine; the claim is that a run-on is cut, and a run-on left uncut once cost
    # 30-50 times news (above), far past this bound still
    assert ratio <= 5.0, f"run-on {min(runon_s):.2f} s vs news {min(news_s):.2f} s"
