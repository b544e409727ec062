"""Cost of a hostile run-on "sentence" against ordinary news of the same length.

    PYTHONPATH=src python benchmarks/bench_runon.py [--sizes 5000,10000,20000,50000]
        [--profile 20000] [--repeat 1]

For each size N it builds (a) N characters of one unpunctuated run-on dense with agreement
words, officials' names, regions and dates, and (b) N characters of ordinary news (the texts
of ``corpus/`` and the held-out samples concatenated), extracts both with the full pipeline
(boilerplate, NLP, syntax, regions, dates, officials, agreements) and prints the seconds of
each step and the run-on / news ratio. Both are measured in the same run, so the ratio is
meaningful on a busy machine. ``--profile N`` adds a cProfile of the run-on of size N (top
functions by cumulative time). Target (issue 12): ratio ≤ 3 at 20 000 characters.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

# The vocabulary of the run-on: agreement words, signing verbs, positions, names, regions,
# dates; no punctuation at all, so razdel sees one sentence.
RUNON_WORDS = (
    "соглашение о сотрудничестве между Правительством Республики Татарстан и Правительством "
    "Ханты-Мансийского автономного округа Югры подписали министр социальной защиты "
    "Клавдия Новикова и губернатор Наталья Комарова 15 апреля 2023 года меморандум "
    "договор Министерство труда Костромской области Иван Петров заместитель министра "
    "Ольга Смирнова в рамках соглашения 2022 года планируется подписать договор "
    "губернатор Рустам Минниханов 18 сентября 2024 года Югра Татарстан"
).split()


def runon_text(n: int) -> str:
    """Exactly ``n`` characters of the run-on (the word list cycled with small shifts, so
    names and dates recombine as in a scraped page)."""
    out: list[str] = []
    size = 0
    i = 0
    while size < n:
        w = RUNON_WORDS[(i * 7 + i // len(RUNON_WORDS)) % len(RUNON_WORDS)]
        out.append(w)
        size += len(w) + 1
        i += 1
    return " ".join(out)[:n]


NEWS_DIRS = (ROOT / "corpus", *sorted((ROOT / "tests" / "data").glob("heldout*")),
             Path("/work/shared/factrueval-2016/devset"))


def news_text(n: int) -> str:
    """Exactly ``n`` characters of ordinary news: the texts of ``corpus/``, then of the
    held-out samples (about 44 000 characters in all), then FactRuEval's where present,
    concatenated. Distinct text: a repeated paragraph would be masked as boilerplate and
    cost nothing, which would flatter the news side. Repeats only beyond what exists."""
    texts: list[str] = []
    size = 0
    for d in NEWS_DIRS:
        for p in sorted(d.glob("*.txt")) if d.is_dir() else []:
            texts.append(p.read_text(encoding="utf-8"))
            size += len(texts[-1]) + 2
            if size >= n:
                break
        if size >= n:
            break
    whole = "\n\n".join(texts)
    return ((whole + "\n\n") * (n // max(1, len(whole)) + 1))[:n]


# The steps of pipeline.extract, by the name the pipeline module calls them (wrapped with a
# timer, so the benchmark follows the pipeline whatever else it does); "nlp" is
# Models.analyse, "other" whatever the pipeline does besides these.
STEPS = ("boilerplate", "nlp", "syntax", "published", "regions", "dates", "officials",
         "agreements", "other")
WRAPPED = {"mask_boilerplate": "boilerplate", "parse_documents": "syntax",
           "find_published": "published", "find_regions": "regions", "find_dates": "dates",
           "find_officials": "officials", "find_agreements": "agreements"}


def timed_extract(text: str, models: Any) -> dict[str, float]:
    """Seconds of each step of ``pipeline.extract`` for one document."""
    from soccoop.extract import pipeline

    t: dict[str, float] = dict.fromkeys(STEPS, 0.0)

    def timer(name: str, fn: Any) -> Any:
        def run(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                t[name] += time.perf_counter() - t0
        return run

    saved = {n: getattr(pipeline, n) for n in WRAPPED if hasattr(pipeline, n)}
    analyse = models.analyse
    try:
        for n, fn in saved.items():
            setattr(pipeline, n, timer(WRAPPED[n], fn))
        models.analyse = timer("nlp", analyse)
        t0 = time.perf_counter()
        pipeline.extract(text, "bench", models)
        total = time.perf_counter() - t0
    finally:
        for n, fn in saved.items():
            setattr(pipeline, n, fn)
        del models.analyse  # back to the class's method
    t["other"] = max(0.0, total - sum(t.values()))
    t["total"] = total
    return t


def best_of(text: str, models: Any, repeat: int) -> dict[str, float]:
    runs = [timed_extract(text, models) for _ in range(repeat)]
    return min(runs, key=lambda r: r["total"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="5000,10000,20000,50000")
    ap.add_argument("--repeat", type=int, default=1, help="best of this many runs")
    ap.add_argument("--profile", type=int, default=0,
                    help="also cProfile the run-on of this many characters")
    args = ap.parse_args()
    from soccoop.extract.nlp import get_models

    models = get_models()
    timed_extract(news_text(3000), models)  # warm caches (gazetteer trie, lemmas)
    print(f"{'chars':>6} {'kind':<6} " + " ".join(f"{s[:9]:>9}" for s in STEPS)
          + f" {'total':>7} {'ratio':>6}")
    for n in (int(x) for x in args.sizes.split(",")):
        news = best_of(news_text(n), models, args.repeat)
        runon = best_of(runon_text(n), models, args.repeat)
        for kind, t in (("news", news), ("run-on", runon)):
            ratio = t["total"] / news["total"]
            print(f"{n:>6} {kind:<6} " + " ".join(f"{t[s]:>9.3f}" for s in STEPS)
                  + f" {t['total']:>7.2f} {ratio:>6.2f}", flush=True)
    if args.profile:
        prof = cProfile.Profile()
        text = runon_text(args.profile)
        prof.enable()
        timed_extract(text, models)
        prof.disable()
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(30)
        print(buf.getvalue())


if __name__ == "__main__":
    main()
