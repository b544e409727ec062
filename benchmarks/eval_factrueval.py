"""Officials extraction on the FactRuEval-2016 devset Occupation facts (and the seeds).

Usage: PYTHONPATH=src python benchmarks/eval_factrueval.py [DEVSET_DIR] [--seeds DIR]
Prints the scorer's rows; with -v also per-document misses and spurious officials.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from soccoop.evaluate import format_table_rows, load_gold, score
from soccoop.extract.nlp import get_models
from soccoop.extract.officials import find_officials

DEVSET = "/work/shared/factrueval-2016/devset"
SEEDS_TXT = "/work/shared/seeds"


def records_for(txt_dir: Path, stems: list[str]) -> list[dict]:
    models = get_models()
    records = []
    for stem in stems:
        path = txt_dir / f"{stem}.txt"
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8-sig")
        analysis = models.analyse(text)
        offs = find_officials(analysis, models)
        records.append({"source": str(path), "officials": [
            {"name": o.name, "position": o.position, "organization": o.organization}
            for o in offs]})
    return records


def show(title: str, result: dict) -> None:
    print(f"== {title}: documents matched {result['documents']['matched']}")
    for row in format_table_rows(result):
        if row["metric"].startswith("officials"):
            print(f"  {row['metric']:26s} P={row['precision']:.3f} R={row['recall']:.3f} "
                  f"F1={row['f1']:.3f}  (tp={row['tp']} fp={row['fp']} fn={row['fn']})")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("devset", nargs="?", default=DEVSET)
    ap.add_argument("--seeds", default=SEEDS_TXT)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    t0 = time.time()
    gold = load_gold(args.devset)
    recs = records_for(Path(args.devset), sorted(gold))
    result = score(recs, gold)
    show(f"FactRuEval devset Occupation ({time.time() - t0:.0f}s)", result)
    if args.verbose:
        for r in recs:
            stem = Path(r["source"]).stem
            print(stem, json.dumps(r["officials"], ensure_ascii=False))
            print("   gold", json.dumps([(o["name"], o["alternatives"])
                                         for o in gold[stem]["officials"]], ensure_ascii=False))
    seeds = Path(args.seeds)
    if (seeds / "gold").is_dir():
        sgold = load_gold(seeds / "gold")
        show("seed corpus", score(records_for(seeds, sorted(sgold)), sgold))


if __name__ == "__main__":
    main()
