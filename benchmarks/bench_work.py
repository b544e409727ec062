"""Where extraction spends, for two or more versions of the code, back to back.

    PYTHONPATH=src python benchmarks/bench_work.py s37start . [--docs 150] [--repeat 3]
        [--calls] [--corpus corpus]

Each version is a directory holding ``src/soccoop`` (".", a worktree) or a git revision
(a tag, a hash: its ``src`` is read with ``git archive`` into a temporary directory). The
corpus is ``bench_ingest.py``'s (N documents of ``corpus/``, paragraphs shuffled); every
version reads it in a process of its own, in batches of ``ingest.BATCH_DOCS`` documents
through ``extract.batch.extract_many`` (what ``soccoop ingest --workers 1`` runs), models
loaded and the heap frozen first, and the versions alternate in ABBA order ``--repeat``
times, so a load that rises or falls favours none.

Printed per version:

* the CPU seconds of each stage (masking, unwrapping, NER, morphology, the batched parse,
  every parse on demand included, the extractors), medians over the repetitions: on a
  shared machine these swing by a third from one run to the next, as the whole command's
  CPU does in ``bench_ingest.py``;
* counts of work, which the load does not move: sentences and tokens parsed in the batch,
  parsed ahead, asked for on demand and how many of those were given a tree kept aside,
  the padded token positions of the parser's batches, the collector's runs by generation,
  and with ``--calls`` the Python function calls of the whole extraction (under
  cProfile, so the stage times of that run are not comparable and are not printed).

Two versions that do the same work read the same counts; a stage whose CPU differs while
its counts do not differs by the load it ran under (speed94: s37start and round 37's final
code, whose ``bench_ingest.py`` ratios read 2.06 and 1.66).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from statistics import median
from typing import Any

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("mask", "unwrap", "ner", "morph", "parse batch", "parse all", "extract", "total")
COUNTS = ("documents", "sentences", "tokens", "batch sentences", "batch tokens",
          "ahead sentences", "ahead tokens", "asked sentences", "asked tokens",
          "given kept trees", "parser padded positions", "gc gen0", "gc gen1", "gc gen2",
          "calls")


def version_tree(version: str, tmp: Path) -> Path:
    """The directory whose ``src`` holds this version of the code."""
    path = Path(version)
    if (path / "src" / "soccoop").is_dir():
        return path.resolve()
    out = tmp / version.replace("/", "_")
    out.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", version, "src"],
                             check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(out)], input=archive, check=True)
    return out


def child(tree: Path, corpus: Path, calls: bool) -> dict[str, Any]:
    """One version's stages and counts on the corpus (run in a process of its own)."""
    import gc
    import time

    sys.path.insert(0, str(tree / "src"))
    from soccoop.extract import batch, boilerplate, nlp, pipeline, syntax, unwrap
    from soccoop.ingest import BATCH_DOCS

    if not nlp.__file__.startswith(str(tree)):
        raise SystemExit(f"imported {nlp.__file__}, not the code under {tree}")
    clock = time.process_time
    cpu = dict.fromkeys(STAGES, 0.0)
    count = dict.fromkeys(COUNTS, 0)

    def timed(owner: Any, name: str, stage: str) -> None:
        fn = getattr(owner, name)

        def run(*a: Any, **k: Any) -> Any:
            t = clock()
            try:
                return fn(*a, **k)
            finally:
                cpu[stage] += clock() - t
        setattr(owner, name, run)

    timed(boilerplate, "mask_boilerplate", "mask")
    timed(unwrap, "unwrap", "unwrap")
    timed(nlp.Models, "_ner_many", "ner")
    timed(nlp.Models, "_morph_many", "morph")
    timed(syntax, "parse_documents", "parse batch")
    timed(nlp.Models, "parse_sentences", "parse all")
    timed(pipeline, "extract_from_analysis", "extract")
    parse = nlp.Models.parse_sentences

    def counted_parse(self: Any, sents: list[Any], ahead: list[Any] | None = None) -> Any:
        new = [s for s in sents if not s.parsed]
        kind = "batch" if ahead is not None else "asked"
        count[f"{kind} sentences"] += len(new)
        count[f"{kind} tokens"] += sum(len(s.tokens) for s in new)
        for s in ahead or ():
            if not s.parsed:
                count["ahead sentences"] += 1
                count["ahead tokens"] += len(s.tokens)
        return parse(self, sents, ahead)
    nlp.Models.parse_sentences = counted_parse
    kept = nlp.Models._kept_tree

    def counted_kept(self: Any, sent: Any) -> bool:
        given: bool = kept(self, sent)
        count["given kept trees"] += given
        return given
    nlp.Models._kept_tree = counted_kept
    forward = nlp._parse_forward

    def counted_forward(model: Any, word_id: Any, *rest: Any) -> Any:
        count["parser padded positions"] += int(word_id.size)
        return forward(model, word_id, *rest)
    nlp._parse_forward = counted_forward
    analyse = nlp.Models.analyse_many

    def counted_analyse(self: Any, texts: list[str]) -> Any:
        found = analyse(self, texts)
        count["sentences"] += sum(len(a.sentences) for a in found)
        count["tokens"] += sum(len(s.tokens) for a in found for s in a.sentences)
        return found
    nlp.Models.analyse_many = counted_analyse

    def collected(phase: str, info: dict[str, int]) -> None:
        if phase == "stop":
            count[f"gc gen{info['generation']}"] += 1

    models = nlp.get_models()
    nlp.freeze_heap()
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    items = [batch.Item(t, str(p), None, None, None)
             for t, p in zip(texts, sorted(corpus.glob("*.txt")), strict=True)]
    count["documents"] = len(items)
    profile = None
    if calls:
        import cProfile

        profile = cProfile.Profile()
        profile.enable()
    gc.callbacks.append(collected)
    t0 = clock()
    for k in range(0, len(items), BATCH_DOCS):
        for got in batch.extract_many(items[k:k + BATCH_DOCS], models, budget=120.0):
            if isinstance(got, Exception):
                raise got
    cpu["total"] = clock() - t0
    gc.callbacks.remove(collected)
    if profile is not None:
        import pstats

        profile.disable()
        count["calls"] = pstats.Stats(profile).total_calls  # type: ignore[attr-defined]
    return {"cpu": cpu, "count": count}


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n")[0],
        epilog="example: PYTHONPATH=src python benchmarks/bench_work.py s37start . --calls",
    )
    ap.add_argument("versions", nargs="*", default=["."],
                    help="directories holding src/soccoop, or git revisions")
    ap.add_argument("--docs", type=int, default=150, help="documents per run (default 150)")
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs of each version, taken in turn (default 3)")
    ap.add_argument("--corpus", default=str(ROOT / "corpus"),
                    help="texts the documents are drawn from (default: the repository's corpus)")
    ap.add_argument("--calls", action="store_true",
                    help="count the Python function calls (one more run each, profiled)")
    ap.add_argument("--child", nargs=2, metavar=("TREE", "CORPUS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(Path(args.child[0]), Path(args.child[1]), args.calls)))
        return
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_ingest import make_corpus

    with tempfile.TemporaryDirectory(prefix="soccoop-work-") as d:
        tmp = Path(d)
        make_corpus(Path(args.corpus), tmp / "corpus", args.docs)
        trees = {v: version_tree(v, tmp / "trees") for v in args.versions}
        runs: dict[str, list[dict[str, Any]]] = {v: [] for v in trees}

        def run(version: str, calls: bool = False) -> dict[str, Any]:
            cmd = [sys.executable, __file__, "--child", str(trees[version]),
                   str(tmp / "corpus"), *(["--calls"] if calls else [])]
            out = subprocess.run(cmd, check=True, capture_output=True, text=True,
                                 env={**os.environ, "PYTHONPATH": ""})
            return dict(json.loads(out.stdout.strip().splitlines()[-1]))

        for r in range(args.repeat):
            for v in (args.versions if r % 2 == 0 else args.versions[::-1]):
                runs[v].append(run(v))
                print(f"  repetition {r + 1}, {v}: {runs[v][-1]['cpu']['total']:.2f} CPU-s, "
                      f"load {os.getloadavg()[0]:.1f}", flush=True)
        called = {v: run(v, calls=True)["count"]["calls"] for v in trees} if args.calls else {}
        width = max(12, *(len(v) for v in trees))
        print(f"\n{'CPU s (median)':24}" + "".join(f"{v:>{width + 2}}" for v in trees))
        for stage in STAGES:
            print(f"{stage:24}" + "".join(
                f"{median(x['cpu'][stage] for x in runs[v]):>{width + 2}.3f}" for v in trees))
        print(f"\n{'work (every run)':24}" + "".join(f"{v:>{width + 2}}" for v in trees))
        for name in COUNTS:
            cells = []
            for v in trees:
                seen = {x["count"][name] for x in runs[v]}
                value = called.get(v, 0) if name == "calls" else min(seen)
                cells.append(f"{value}{'' if len(seen) == 1 else '~'}")
            if name != "calls" or called:
                print(f"{name:24}" + "".join(f"{c:>{width + 2}}" for c in cells))
        print("\n~: the count differed between repetitions (the smallest shown)")


if __name__ == "__main__":
    main()
