"""Ingest cost per document at 400 vs 2,000 near-copies, both figures from one run.

    PYTHONPATH=src python benchmarks/bench_copies.py [--small 400] [--large 2000] [--full]
                                                   [--all-candidates]

The archive is the five corpus texts republished over and over, one line added per copy
(``benchmarks/copies.py``), so every new document has hundreds of LSH candidates.

* writer (default): the five texts are extracted once (real NLP); every copy is then stored
  with ``Store.upsert`` (near-copy check, agreements, full text) into a fresh store, exactly
  what the single ingest writer does per document. Per-document milliseconds over the whole
  run and over its last 200 documents; the ratio large/small is the target (<= 1.3).
* ``--all-candidates``: the same with every LSH candidate compared (the cost before issue
  11), for reference.
* ``--full``: ``soccoop ingest --workers 1`` on the two archives as subprocesses
  (NLP included), per-document wall time and the same ratio.

Also prints the time of ``list --kind agreements`` (identity over every report) per store.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from copies import copy_line, make_copies  # noqa: E402

from soccoop import nearcopy  # noqa: E402
from soccoop.models import Record, document_id, sha256_text  # noqa: E402
from soccoop.query import Filters, distinct_agreements  # noqa: E402
from soccoop.store import Store  # noqa: E402

TAIL = 200


def originals() -> list[tuple[str, Record]]:
    """The corpus texts and their records (one batched extraction)."""
    from soccoop.extract.batch import Item, extract_many
    from soccoop.extract.nlp import get_models

    paths = sorted((ROOT / "corpus").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    recs = extract_many([Item(t, str(p), None, None) for t, p in zip(texts, paths, strict=True)],
                        get_models())
    out = []
    for t, r in zip(texts, recs, strict=True):
        assert isinstance(r, Record), r
        out.append((t, r))
    return out


def copies(base: list[tuple[str, Record]], n: int) -> list[tuple[str, Record]]:
    """``n`` republished copies as the extraction workers would return them."""
    out = []
    for i in range(n):
        outlet, k = i // len(base) + 1, i % len(base)
        text0, rec0 = base[k]
        text = f"{text0.rstrip(chr(10))}\n{copy_line(outlet, k)}\n"
        rec = Record.from_dict(rec0.to_dict())
        rec.sha256 = sha256_text(text)
        rec.id = document_id(rec.sha256)
        rec.source = f"archive/outlet-{outlet:03d}/{k}.txt"
        rec.lemmas = rec0.lemmas
        rec.minhash = nearcopy.minhash(nearcopy.shingles(text))  # worker-side, not timed
        out.append((text, rec))
    return out


def writer_run(docs: list[tuple[str, Record]], path: Path) -> tuple[float, float]:
    """(ms per document overall, ms per document over the last TAIL)."""
    times = []
    with Store(path) as store:
        for text, rec in docs:
            t = time.perf_counter()
            store.upsert(rec, text, os.path.abspath(rec.source), lemmas=rec.lemmas)
            times.append(time.perf_counter() - t)
    return 1000 * sum(times) / len(times), 1000 * sum(times[-TAIL:]) / TAIL


def list_time(path: Path) -> tuple[float, int, int]:
    with Store(path) as store:
        t = time.perf_counter()
        agreements = distinct_agreements(store, Filters())
        dt = time.perf_counter() - t
    return dt, len(agreements), min(a["reports"] for a in agreements)


def full_run(n: int, tmp: Path) -> float:
    corpus = tmp / f"archive{n}"
    make_copies(corpus, n // 5)
    db = tmp / f"full{n}.db"
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "soccoop", "ingest", str(corpus), "--db", str(db),
                    "--workers", "1"], check=True,
                   env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    return 1000 * (time.perf_counter() - t) / n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--small", type=int, default=400)
    ap.add_argument("--large", type=int, default=2000)
    ap.add_argument("--full", action="store_true", help="also time real `soccoop ingest` runs")
    ap.add_argument("--all-candidates", action="store_true",
                    help="also time the writer comparing every LSH candidate (before issue 11)")
    args = ap.parse_args()
    base = originals()
    docs = copies(base, args.large)
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        reps = nearcopy.REPRESENTATIVES
        modes = [(f"writer, <= {reps} representatives per copy group", reps)]
        if args.all_candidates:
            modes.append(("writer, every candidate compared (before)", 10**9))
        for label, reps in modes:
            nearcopy.REPRESENTATIVES = reps
            small = writer_run(docs[:args.small], tmp / f"s{reps}.db")
            large = writer_run(docs, tmp / f"l{reps}.db")
            print(f"{label}:")
            print(f"  {args.small:5d} copies: {small[0]:6.2f} ms/doc, last {TAIL}: "
                  f"{small[1]:6.2f} ms/doc")
            print(f"  {args.large:5d} copies: {large[0]:6.2f} ms/doc, last {TAIL}: "
                  f"{large[1]:6.2f} ms/doc")
            print(f"  ratio {args.large}/{args.small}: {large[0] / small[0]:.2f}x per doc, "
                  f"{large[1] / small[1]:.2f}x at the end (target <= 1.3)")
            for n, name in ((args.small, f"s{reps}.db"), (args.large, f"l{reps}.db")):
                dt, count, least = list_time(tmp / name)
                print(f"  list --kind agreements on {n}: {dt * 1000:.0f} ms, {count} agreements,"
                      f" each with >= {least} reports")
        nearcopy.REPRESENTATIVES = modes[0][1]
        if args.full:
            small_ms = full_run(args.small, tmp)
            large_ms = full_run(args.large, tmp)
            print("soccoop ingest --workers 1 (end to end, NLP included):")
            print(f"  {args.small:5d} copies: {small_ms:6.1f} ms/doc")
            print(f"  {args.large:5d} copies: {large_ms:6.1f} ms/doc")
            print(f"  ratio: {large_ms / small_ms:.2f}x (target <= 1.3)")


if __name__ == "__main__":
    main()
