"""Ingest throughput, memory and query speed, all figures from one run.

    PYTHONPATH=src python benchmarks/bench_ingest.py [--docs 200] [--list-docs 100000]
        [--repeat 3] [--skip-dask] [--skip-multi]

Builds N documents from corpus/ (paragraphs shuffled, a numbered line appended, so every
hash differs) and prints docs/s and KB/s of

* natasha's own per-Doc pipeline (segment, tag_morph, parse_syntax, tag_ner, normalize
  spans) over the raw texts, in this process after loading: the baseline. soccoop parses
  only the sentences its extractors read structurally; natasha's pipeline parses every one.
  ``--no-baseline-syntax`` drops parse_syntax from the baseline (the figure before syntax);
* ``soccoop ingest`` with 1 worker, with every core, and on a Dask LocalCluster (2 workers).
  The CLI runs are subprocesses; "steady" subtracts the time of the same command on one
  document per worker (interpreter, model loading, pool start-up), "end-to-end" does not;

The baseline and ``soccoop ingest --workers 1`` alternate ``--repeat`` times (default 3), so
both see the same load on a shared machine, in ABBA order (baseline first in odd
repetitions, soccoop first in even ones), so a load that rises or falls through the run
favours neither; each repetition prints its own CPU ratio, the table shows medians, and
the closing lines give every ratio, their median, their mean without the highest and the
lowest (from 5 repetitions) and the pooled ratio (all baseline CPU over all soccoop CPU)
(issue 9's target: the whole command with 1 worker >= 1.5x the baseline in documents per
CPU second);

plus the peak RSS of every extraction process and the wall time of
``soccoop list --region ХМАО --format jsonl`` on a store of ``--list-docs`` synthetic records.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from statistics import median

# One BLAS thread everywhere (baseline included; soccoop sets the same default itself):
# with the cores busy, multi-threaded OpenBLAS makes natasha 3-5x slower, which would
# flatter the ratios. Set before numpy loads; LocalCluster workers inherit it.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"


def make_corpus(src: Path, out: Path, n: int, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in sorted(src.glob("*.txt"))]
    out.mkdir(parents=True, exist_ok=True)
    docs = []
    for i in range(n):
        lines = texts[i % len(texts)].split("\n")
        head, body = lines[:3], lines[3:]  # keep the headline on top
        rnd.shuffle(body)
        text = "\n".join(head + body) + f"\nМатериал № {i + 1}.\n"
        (out / f"doc{i:06d}.txt").write_text(text, encoding="utf-8")
        docs.append(text)
    return docs


def baseline(docs: list[str], syntax: bool = True) -> tuple[float, float]:
    """(wall, CPU) seconds of natasha's per-Doc pipeline over ``docs`` (models loaded
    beforehand)."""
    return load_baseline(syntax)(docs)


def load_baseline(syntax: bool = True) -> Callable[[list[str]], tuple[float, float]]:
    """natasha's models, loaded once; the function times its per-Doc pipeline on docs."""
    from natasha import (
        Doc,
        MorphVocab,
        NewsEmbedding,
        NewsMorphTagger,
        NewsNERTagger,
        NewsSyntaxParser,
        Segmenter,
    )

    from soccoop.extract.nlp import _patch_pymorphy2

    _patch_pymorphy2()
    seg, emb, vocab = Segmenter(), NewsEmbedding(), MorphVocab()
    ner, morph = NewsNERTagger(emb), NewsMorphTagger(emb)
    parser = NewsSyntaxParser(emb) if syntax else None

    def run(docs: list[str]) -> tuple[float, float]:
        t, c = time.perf_counter(), time.process_time()
        for text in docs:
            doc = Doc(text)
            doc.segment(seg)
            doc.tag_morph(morph)
            if parser is not None:
                doc.parse_syntax(parser)
            doc.tag_ner(ner)
            for span in doc.spans:
                span.normalize(vocab)
        return time.perf_counter() - t, time.process_time() - c

    return run


def trimmed_mean(xs: list[float]) -> float:
    """The mean without the highest and the lowest value (from 5 values on; the plain mean
    of fewer): one repetition disturbed by another program's burst moves it little."""
    xs = sorted(xs)
    if len(xs) >= 5:
        xs = xs[1:-1]
    return sum(xs) / len(xs)


class PeakRSS:
    """Polls a process tree; remembers the peak RSS (VmHWM) of every process in it."""

    def __init__(self, pid: int) -> None:
        import psutil

        self.root = psutil.Process(pid)
        self.peaks: dict[int, tuple[str, int]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except Exception:
                break
            for p in procs:
                try:
                    hwm = _vmhwm(p.pid)
                    name = " ".join(p.cmdline()[1:3])[:40]
                except Exception:
                    continue
                self.peaks[p.pid] = (name, max(hwm, self.peaks.get(p.pid, ("", 0))[1]))
            time.sleep(0.1)

    def stop(self) -> dict[int, tuple[str, int]]:
        self._stop.set()
        self._thread.join()
        return self.peaks


def _vmhwm(pid: int | str = "self") -> int:
    """Peak resident set size in bytes (Linux), else current RSS through psutil."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    import psutil

    return int(psutil.Process(None if pid == "self" else int(pid)).memory_info().rss)


def _children_cpu() -> float:
    import resource

    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_cli(args: list[str], env: dict[str, str]
            ) -> tuple[float, float, dict[int, tuple[str, int]]]:
    """(wall, CPU of the command and its worker processes, peak RSS per process)."""
    c = _children_cpu()
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "soccoop", *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        mon: PeakRSS | None = PeakRSS(proc.pid)
    except ImportError:  # no psutil: the largest process of the tree, after the fact
        mon = None
    _, err = proc.communicate()
    wall = time.perf_counter() - t
    cpu = _children_cpu() - c
    if mon is not None:
        peaks = mon.stop()
    else:
        import resource

        peaks = {0: ("", resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024)}
    if proc.returncode != 0:
        raise SystemExit(f"soccoop {' '.join(args)} failed:\n{err.decode()[-2000:]}")
    return wall, cpu, peaks


def ingest_cli(corpus: Path, one: Path, workers: int, tmp: Path, env: dict[str, str],
               scale: float) -> tuple[float, float, int, float]:
    """(end-to-end s, steady s, peak worker RSS, steady CPU s) for ``--workers``.

    Steady: the time of the corpus minus the time of the small corpus ``one`` (start-up,
    model loading in every worker), scaled by ``scale`` = N / (N - k) to N documents."""
    for db in (tmp / f"one{workers}.db", tmp / f"w{workers}.db"):
        db.unlink(missing_ok=True)
    w1, c1, _ = run_cli(["ingest", str(one), "--db", str(tmp / f"one{workers}.db"),
                         "--workers", str(workers)], env)
    wall, cpu, peaks = run_cli(["ingest", str(corpus), "--db", str(tmp / f"w{workers}.db"),
                           "--workers", str(workers)], env)
    workers_rss = [rss for name, rss in peaks.values() if "multiprocessing" in name]
    if not workers_rss:  # in-process extraction: the main process is the worker
        workers_rss = [max(rss for _, rss in peaks.values())]
    return wall, (wall - w1) * scale, max(workers_rss), (cpu - c1) * scale


def ingest_dask(corpus: Path, tmp: Path, n_workers: int = 2
                ) -> tuple[float, float, int, float | None]:
    from dask.distributed import Client, LocalCluster

    from soccoop.ingest import ingest, run_dask
    from soccoop.store import Store

    t0 = time.perf_counter()
    with LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                      host="127.0.0.1", dashboard_address=None) as cluster, \
            Client(cluster) as client:
        client.run(_warm)
        (tmp / "dask.db").unlink(missing_ok=True)
        t = time.perf_counter()
        with Store(tmp / "dask.db") as store:
            summary = ingest([str(corpus)], store, executor=run_dask(cluster.scheduler_address))
        steady = time.perf_counter() - t
        wall = time.perf_counter() - t0
        peak = max(client.run(_vmhwm).values())
    if summary.failed:
        raise SystemExit(f"dask ingest: {summary.line()}")
    return wall, steady, peak, None


def _warm() -> None:
    from soccoop.extract.nlp import get_models

    get_models()


def build_big_store(path: Path, template_db: Path, n: int, seed: int = 3) -> None:
    """``n`` synthetic records in one transaction (no NLP): real records with new ids,
    sources and a random choice of regions."""
    from soccoop import gazetteer
    from soccoop.models import Record, RegionRef
    from soccoop.store import Store

    rnd = random.Random(seed)
    codes = [r.code for r in gazetteer.load()]
    with Store(template_db) as src:
        templates = list(src.records())
    with Store(path) as store:
        store.db.execute("BEGIN")
        for i in range(n):
            rec = Record.from_dict(templates[i % len(templates)])
            sha = f"{i:064x}"
            rec.id, rec.sha256, rec.source = "d" + sha[-15:], sha, f"/synthetic/{i:07d}.txt"
            mention = rec.regions[0].mentions if rec.regions else []
            rec.regions = [RegionRef(c, c, mention) for c in rnd.sample(codes, rnd.randint(1, 4))]
            store._insert(rec, "", rec.source)
        store.db.execute("COMMIT")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--list-docs", type=int, default=100_000)
    ap.add_argument("--corpus", default=str(ROOT / "corpus"))
    ap.add_argument("--skip-dask", action="store_true")
    ap.add_argument("--no-baseline-syntax", action="store_true",
                    help="natasha's baseline without parse_syntax")
    ap.add_argument("--repeat", type=int, default=3,
                    help="Run each measurement this many times, the baseline and one "
                         "worker alternating, and print medians and every ratio (the "
                         "figures are noisy on a shared machine).")
    ap.add_argument("--skip-multi", action="store_true",
                    help="Skip the run with one worker per core.")
    args = ap.parse_args()
    cores = os.cpu_count() or 1
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(SRC), *filter(None, [os.environ.get("PYTHONPATH")])])}

    with tempfile.TemporaryDirectory(prefix="soccoop-bench-") as d:
        tmp = Path(d)
        docs = make_corpus(Path(args.corpus), tmp / "corpus", args.docs)
        # the start-up run: one document per worker, so every worker starts and loads
        one = tmp / "one"
        one.mkdir()
        k = max(2, cores)
        for i in range(k):
            (one / f"x{i}.txt").write_text(docs[i] + f"\nещё {i}\n", encoding="utf-8")
        scale = len(docs) / (len(docs) - k)
        kb = sum(len(t.encode("utf-8")) for t in docs) / 1024
        print(f"{len(docs)} documents, {kb:.0f} KB, {cores} cores, "
              f"OPENBLAS_NUM_THREADS={os.environ['OPENBLAS_NUM_THREADS']}", flush=True)

        load0 = os.getloadavg()[0]
        rows: list[tuple[str, float, float | None, int | None, float | None]] = []
        run_baseline = load_baseline(not args.no_baseline_syntax)
        base_label = ("natasha per-Doc (baseline)" if args.no_baseline_syntax
                      else "natasha per-Doc + syntax (baseline)")
        # the baseline and one worker alternate, so both see the same load; each
        # repetition gives its own ratio, and every figure below is the median
        base_runs: list[tuple[float, float]] = []
        one_runs: list[tuple[float, float, int, float]] = []
        for r in range(args.repeat):
            if r % 2 == 0:  # ABBA: the order alternates, so a load trend cancels out
                base_runs.append(run_baseline(docs))
                one_runs.append(ingest_cli(tmp / "corpus", one, 1, tmp, env, scale))
            else:
                one_runs.append(ingest_cli(tmp / "corpus", one, 1, tmp, env, scale))
                base_runs.append(run_baseline(docs))
            print(f"  repetition {r + 1}: baseline {base_runs[-1][1]:.2f} CPU-s, "
                  f"soccoop ingest --workers 1 {one_runs[-1][3]:.2f} CPU-s (steady), "
                  f"ratio (CPU) {base_runs[-1][1] / one_runs[-1][3]:.2f}, "
                  f"load {os.getloadavg()[0]:.1f}", flush=True)
        t_base = median(w for w, _ in base_runs)
        c_base = median(c for _, c in base_runs)
        rows.append((base_label, t_base, None, _vmhwm(), c_base))
        ratios = [b[1] / o[3] for b, o in zip(base_runs, one_runs, strict=True)]
        labelled = [("soccoop ingest --workers 1", one_runs)]
        if not args.skip_multi:
            labelled.append((f"soccoop ingest --workers {cores}",
                             [ingest_cli(tmp / "corpus", one, cores, tmp, env, scale)
                              for _ in range(args.repeat)]))
        for label, runs in labelled:
            rows.append((label, median(r[1] for r in runs), median(r[0] for r in runs),
                         max(r[2] for r in runs), median(r[3] for r in runs)))
        if not args.skip_dask:
            dask_runs = [ingest_dask(tmp / "corpus", tmp) for _ in range(args.repeat)]
            rows.append(("Dask LocalCluster, 2 workers", median(r[1] for r in dask_runs),
                         median(r[0] for r in dask_runs), max(r[2] for r in dask_runs), None))
        print(f"\nload average (1 min) before/after: {load0:.1f}/{os.getloadavg()[0]:.1f} "
              f"(other programs competing for the {cores} cores make every figure lower)")
        print(f"{'':30} {'docs/s':>7} {'KB/s':>6} {'x base':>7} {'e2e docs/s':>11} "
              f"{'docs/CPU-s':>11} {'x base':>7} {'peak RSS':>9}")
        for label, steady, wall, peak, cpu in rows:
            e2e = f"{len(docs) / wall:11.1f}" if wall else f"{'':11}"
            cpus = (f"{len(docs) / cpu:11.1f} {c_base / cpu:7.2f}" if cpu
                    else f"{'':11} {'':7}")
            mem = f"{peak / 2**20:6.0f} MB" if peak else ""
            print(f"{label:30} {len(docs) / steady:7.1f} {kb / steady:6.0f} "
                  f"{t_base / steady:7.2f} {e2e} {cpus} {mem:>9}")
        if not args.skip_multi:
            print(f"\n{cores} workers vs 1 worker (steady wall): x{rows[1][1] / rows[2][1]:.2f}")
        pooled = sum(c for _, c in base_runs) / sum(r[3] for r in one_runs)
        print(f"\nratio (CPU), soccoop --workers 1 vs baseline, per repetition: "
              f"{', '.join(f'{x:.2f}' for x in ratios)}; median {median(ratios):.2f}, "
              f"trimmed mean {trimmed_mean(ratios):.2f}, pooled {pooled:.2f} "
              f"(issue 9 target: >= 1.5)")
        print("docs/s: steady wall throughput (start-up subtracted); e2e: whole command; "
              "docs/CPU-s: documents per CPU second of all the command's processes, "
              "start-up subtracted (robust to other load); peak RSS: per extraction process")

        big = tmp / "big.db"
        t = time.perf_counter()
        build_big_store(big, tmp / "w1.db", args.list_docs)
        print(f"\nstore of {args.list_docs} synthetic documents built in "
              f"{time.perf_counter() - t:.1f} s")
        timings = []
        for _ in range(3):
            t = time.perf_counter()
            out = subprocess.run([sys.executable, "-m", "soccoop", "list", "--region", "ХМАО",
                                  "--format", "jsonl", "--db", str(big)], env=env,
                                 capture_output=True)
            timings.append(time.perf_counter() - t)
            if out.returncode != 0:
                raise SystemExit(out.stderr.decode())
        n_rows = out.stdout.count(b"\n")
        print(f"soccoop list --region ХМАО --format jsonl > /dev/null: {min(timings):.2f} s "
              f"(best of 3; {n_rows} rows)")



if __name__ == "__main__":
    main()
