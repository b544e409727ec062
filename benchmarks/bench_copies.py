"""Ingest cost per document at 400 vs 2,000 near-copies, both figures from one run.

    PYTHONPATH=src python benchmarks/bench_copies.py [--small 400] [--large 2000] [--full]
                                                   [--all-candidates]

The archive is the five corpus texts republished over and over, one line added per copy
(as ``benchmarks/copies.py`` writes them), so every new document has hundreds of LSH
candidates. The five texts are extracted once (real NLP); two stores are filled with 400
and 2,000 copies by ``Store.upsert``, exactly what the single ingest writer does per
document (near-copy check, agreements, full text). Then the same probe copies go into both
stores, 20 at a time, alternating, so both see the same load on a shared machine: the
median cost of one more document in each store, wall and CPU, and their ratio (target
<= 1.3).

* ``--all-candidates``: the same with every LSH candidate compared (the cost before issue
  11), for reference.
* ``--full``: probes ingested from files by ``soccoop.ingest`` with NLP (1 worker, models
  loaded once beforehand): the per-document cost a user sees.

Also prints the time of ``list --kind agreements`` (identity over every report) per store.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from copies import copy_line  # noqa: E402

from soccoop import nearcopy  # noqa: E402
from soccoop.models import Record, document_id, sha256_text  # noqa: E402
from soccoop.query import Filters, distinct_agreements  # noqa: E402
from soccoop.store import Store  # noqa: E402


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


def fill(docs: list[tuple[str, Record]], path: Path) -> float:
    """Store ``docs`` as the ingest writer would; ms per document."""
    t = time.perf_counter()
    with Store(path) as store:
        for text, rec in docs:
            store.upsert(rec, text, os.path.abspath(rec.source), lemmas=rec.lemmas)
    return 1000 * (time.perf_counter() - t) / len(docs)


def probe(stores: dict[str, Path], probes: list[tuple[str, Record]], chunk: int,
          full: Path | None = None) -> dict[str, tuple[float, float]]:
    """Marginal cost of one more copy in each store: the same probe documents go to every
    store, chunk by chunk, alternating, so each store sees the same machine load.
    ``full``: ingest real files (``soccoop.ingest``, NLP in this process, 1 worker) instead
    of storing ready records. Returns {store: (median wall ms/doc, median CPU ms/doc)}."""
    from soccoop.ingest import ingest

    per: dict[str, list[tuple[float, float]]] = {k: [] for k in stores}
    opened = {k: Store(p) for k, p in stores.items()}
    try:
        for i in range(0, len(probes), chunk):
            part = probes[i:i + chunk]
            for k, store in opened.items():
                t, c = time.perf_counter(), time.process_time()
                if full is None:
                    for text, rec in part:
                        key = f"{k}:{rec.source}"
                        store.upsert(rec, text, key, lemmas=rec.lemmas)
                else:
                    d = full / k / f"chunk{i}"
                    d.mkdir(parents=True)
                    for j, (text, _) in enumerate(part):
                        (d / f"{j}.txt").write_text(text, encoding="utf-8")
                    summary = ingest([str(d)], store)
                    assert summary.new == len(part), summary.line()
                per[k].append((1000 * (time.perf_counter() - t) / len(part),
                               1000 * (time.process_time() - c) / len(part)))
    finally:
        for store in opened.values():
            store.close()
    return {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v))
            for k, v in per.items()}


def list_time(path: Path) -> tuple[float, int, int]:
    with Store(path) as store:
        t = time.perf_counter()
        agreements = distinct_agreements(store, Filters())
        dt = time.perf_counter() - t
    return dt, len(agreements), min(a["reports"] for a in agreements)


def report(label: str, small: int, large: int, got: dict[str, tuple[float, float]]) -> None:
    (sw, sc), (lw, lc) = got["small"], got["large"]
    print(f"{label}:")
    print(f"  one more copy into {small:5d} copies: {sw:7.2f} ms/doc wall, {sc:7.2f} ms CPU")
    print(f"  one more copy into {large:5d} copies: {lw:7.2f} ms/doc wall, {lc:7.2f} ms CPU")
    print(f"  ratio {large}/{small}: {lw / sw:.2f}x wall, {lc / sc:.2f}x CPU (target <= 1.3)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--small", type=int, default=400)
    ap.add_argument("--large", type=int, default=2000)
    ap.add_argument("--probes", type=int, default=200, help="copies timed per store")
    ap.add_argument("--chunk", type=int, default=20, help="probe copies per turn")
    ap.add_argument("--full", action="store_true",
                    help="also time real ingest (NLP included) of probe files")
    ap.add_argument("--all-candidates", action="store_true",
                    help="also time the writer comparing every LSH candidate (before issue 11)")
    args = ap.parse_args()
    base = originals()
    docs = copies(base, args.large + args.probes)
    fill_docs, probes = docs[:args.large], docs[args.large:]
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        reps = nearcopy.REPRESENTATIVES
        modes = [(f"writer, <= {reps} representatives per copy group", reps)]
        if args.all_candidates:
            modes.append(("writer, every candidate compared (before issue 11)", 10**9))
        for label, n_reps in modes:
            nearcopy.REPRESENTATIVES = n_reps
            stores = {"small": tmp / f"s{n_reps}.db", "large": tmp / f"l{n_reps}.db"}
            fs = fill(fill_docs[:args.small], stores["small"])
            fl = fill(fill_docs, stores["large"])
            print(f"(filling: {fs:.2f} ms/doc for {args.small}, {fl:.2f} ms/doc for "
                  f"{args.large}; load varies)")
            report(label, args.small, args.large, probe(stores, probes, args.chunk))
            for n, key in ((args.small, "small"), (args.large, "large")):
                dt, count, least = list_time(stores[key])
                print(f"  list --kind agreements on {n + args.probes}: {dt * 1000:.0f} ms, "
                      f"{count} agreements, each with >= {least} reports")
        nearcopy.REPRESENTATIVES = modes[0][1]
        if args.full:
            stores = {"small": tmp / f"s{reps}.db", "large": tmp / f"l{reps}.db"}
            from soccoop.extract.nlp import get_models

            get_models()  # loaded once, before timing
            more = copies(base, args.large + 2 * args.probes)[args.large + args.probes:]
            report("soccoop ingest, 1 worker, NLP included", args.small + args.probes,
                   args.large + args.probes, probe(stores, more, args.chunk, tmp / "files"))


if __name__ == "__main__":
    main()
