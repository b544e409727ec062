"""Officials extraction on the FactRuEval-2016 devset Occupation facts (and the seeds).

Usage: PYTHONPATH=src python benchmarks/eval_factrueval.py [DEVSET_DIR] [--seeds DIR]
       [--txt DIR]
--txt names the texts' directory when it is apart from the gold, e.g.
  tests/data/devrounds/round1/gold --txt tests/data/devrounds/round1
Prints the scorer's rows; with -v also per-document misses and spurious officials.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from soccoop.evaluate import (
    _alternatives,
    _official_ok,
    format_table_rows,
    load_gold,
    names_match,
    score,
)
from soccoop.extract.boilerplate import mask_boilerplate
from soccoop.extract.nlp import get_models
from soccoop.extract.normalize import expand_abbreviations
from soccoop.extract.officials import find_officials
from soccoop.extract.syntax import parse_documents

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
        analysis = models.analyse(mask_boilerplate(text))  # as pipeline.extract does
        parse_documents([analysis], models)
        offs = find_officials(analysis, models)
        for o in offs:
            if o.organization:
                o.organization = expand_abbreviations(models, o.organization)
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
    ap.add_argument("--txt", default=None, help="directory of the texts (default: DEVSET_DIR)")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    t0 = time.time()
    gold = load_gold(args.devset)
    recs = records_for(Path(args.txt or args.devset), sorted(gold))
    result = score(recs, gold)
    show(f"FactRuEval devset Occupation ({time.time() - t0:.0f}s)", result)
    if args.verbose:
        full, pos = _official_ok("full"), _official_ok("position")
        for r in recs:
            stem = Path(r["source"]).stem
            golds = gold[stem]["officials"]
            for s in r["officials"]:
                g = next((g for g in golds if names_match(g["name"], s["name"])), None)
                tag = ("OK  " if full(g, s) else "ORG " if pos(g, s) else "POS ") if g else "FP  "
                if g and not any(p for p, _ in _alternatives(g)):
                    tag = "NOP "
                print(stem, tag, json.dumps([s["name"], s["position"], s["organization"]],
                                            ensure_ascii=False))
                if g and tag in ("ORG ", "POS "):
                    print("        gold", json.dumps(_alternatives(g), ensure_ascii=False))
            for g in golds:
                if not any(names_match(g["name"], s["name"]) for s in r["officials"]):
                    print(stem, "MISS", json.dumps([g["name"], _alternatives(g)],
                                                   ensure_ascii=False))
    seeds = Path(args.seeds)
    if (seeds / "gold").is_dir():
        sgold = load_gold(seeds / "gold")
        show("seed corpus", score(records_for(seeds, sorted(sgold)), sgold))


if __name__ == "__main__":
    main()
