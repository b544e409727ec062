"""Peak memory of reading a JSON Lines dump: 10,000 vs 100,000 records (flat is the goal).

Reading only (``soccoop.archives.iter_articles``: decompression, JSON, field recognition,
text normalisation), not extraction. Each measurement runs in a fresh process and reports
its own peak RSS; the baseline is a process that imports the reader and reads nothing, and
the contrast is what loading the whole dump into a list would cost, all from the same run.

    PYTHONPATH=src python benchmarks/bench_archive_memory.py               # ~1 minute
    PYTHONPATH=src python benchmarks/bench_archive_memory.py --gzip --through-store

``--through-store`` also ingests each dump with a stand-in for extraction (a bare record
per article) into a fresh store, to show that the feeding and writing path stays flat.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import subprocess
import sys
import tempfile

WORDS = ("министр труда социальной защиты соглашение о сотрудничестве подписали области "
         "республики ветеранов семей с детьми поддержка опыт делегация региона края округа "
         "центр обслуживания граждан пожилого возраста реабилитации инвалидов").split()

READ = """
import resource, sys, time
from soccoop.archives import iter_articles, Article
t = time.perf_counter(); n = 0; chars = 0
for a in iter_articles(sys.argv[1]):
    if isinstance(a, Article):
        n += 1; chars += len(a.text)
print(n, round(time.perf_counter() - t, 2),
      resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""
BASELINE = """
import resource
import soccoop.archives
print(0, 0.0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""
NAIVE = """
import gzip, json, resource, sys, time
t = time.perf_counter()
op = gzip.open if sys.argv[1].endswith(".gz") else open
with op(sys.argv[1], "rt", encoding="utf-8") as fh:
    rows = [json.loads(line) for line in fh]
print(len(rows), round(time.perf_counter() - t, 2),
      resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""
STORE = """
import resource, sys, time
from soccoop.ingest import ingest
from soccoop.models import Record, document_id, sha256_text
from soccoop.store import Store

def bare(jobs):
    for job in jobs:
        sha = sha256_text(job.text)
        yield job, Record(id=document_id(sha), source=job.path, sha256=sha, title=job.title,
                          published=job.published)

t = time.perf_counter()
with Store(sys.argv[2]) as store:
    s = ingest([sys.argv[1]], store, executor=bare)
print(s.new, round(time.perf_counter() - t, 2),
      resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def make_dump(path: str, n: int, words: int, compress: bool, seed: int = 1) -> None:
    rnd = random.Random(seed)
    opener = gzip.open if compress else open
    with opener(path, "wt", encoding="utf-8") as fh:  # type: ignore[operator]
        for i in range(n):
            text = " ".join(rnd.choice(WORDS) for _ in range(words))
            fh.write(json.dumps({
                "url": f"https://outlet{i % 50}.ru/news/{i}", "title": f"Новость {i}",
                "date_publish": f"2023-{1 + i % 12:02d}-{1 + i % 28:02d} 10:00:00",
                "maintext": f"{text}.\n{text[::-1]}.", "source_domain": f"outlet{i % 50}.ru",
            }, ensure_ascii=False) + "\n")


def run(code: str, *args: str) -> tuple[int, float, int]:
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True,
                         text=True, env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    n, secs, rss = out.stdout.split()[-3:]
    return int(n), float(secs), int(rss)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10000,100000", help="record counts (comma-separated)")
    ap.add_argument("--words", type=int, default=120, help="words per article text")
    ap.add_argument("--gzip", action="store_true", help="gzip the dumps")
    ap.add_argument("--through-store", action="store_true",
                    help="also ingest each dump (bare records, no NLP) into a fresh store")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        rows: list[tuple[str, int, float, int]] = []
        base = run(BASELINE)
        rows.append(("baseline: import the reader", *base))
        for n in sizes:
            path = os.path.join(tmp, f"d{n}.jsonl" + (".gz" if args.gzip else ""))
            make_dump(path, n, args.words, args.gzip)
            mb = os.path.getsize(path) / 2**20
            rows.append((f"iter_articles, {n} records ({mb:.0f} MB)", *run(READ, path)))
            rows.append((f"contrast: json list, {n} records", *run(NAIVE, path)))
            if args.through_store:
                db = os.path.join(tmp, f"s{n}.db")
                rows.append((f"ingest (no NLP), {n} records", *run(STORE, path, db)))
        print(f"{'':44} {'records':>8} {'s':>7} {'peak RSS MB':>12} {'over baseline':>14}")
        for label, n, secs, rss in rows:
            print(f"{label:44} {n:8d} {secs:7.2f} {rss:12d} {rss - base[2]:14d}")
        reads = [r for r in rows if r[0].startswith("iter_articles")]
        if len(reads) >= 2:
            lo, hi = reads[0], reads[-1]
            print(f"\nreading: {hi[1] / lo[1]:.0f}x the records, peak RSS over baseline "
                  f"{lo[3] - base[2]} -> {hi[3] - base[2]} MB "
                  f"({(hi[3] - base[2]) / max(1, lo[3] - base[2]):.2f}x); "
                  f"records/s {lo[1] / max(lo[2], 1e-9):.0f} / {hi[1] / max(hi[2], 1e-9):.0f}")


if __name__ == "__main__":
    main()
