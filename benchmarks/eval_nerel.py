"""Officials on NEREL v1.1 (person, position, organisation), measured as a user would.

Usage: python benchmarks/eval_nerel.py [SPLIT_DIR] [--sample N] [--seed S] [--keep FILE]
                                       [--workers N] [--records FILE]

Copies the split's documents (all, or a fixed random sample of N) to a temporary directory,
runs ``soccoop ingest --db TMP`` on it, exports ``soccoop list --format jsonl`` and scores the
records with the shared scorer ``/work/shared/tools/nerel_eval.py``, once with ``--officials``
(people in state, public and organisational posts: the target) and once over every
occupation. ``--records FILE`` scores an earlier export without ingesting again.

The rules are tuned on ``nerel/dev``; a sample of ``nerel/train`` (``--sample 150``) is the
blind-ish check. Label figures accordingly.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path("/work/shared")
DEV = SHARED / "nerel" / "dev"
SCORER = SHARED / "tools" / "nerel_eval.py"


def soccoop() -> list[str]:
    """The CLI of the interpreter running this script (the project's venv)."""
    return [sys.executable, "-m", "soccoop"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("split", nargs="?", default=str(DEV))
    ap.add_argument("--sample", type=int, default=0, help="score N random documents only")
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--keep", default=None, help="also write the records (JSON Lines) here")
    ap.add_argument("--records", default=None, help="score these records, do not ingest")
    args = ap.parse_args()
    split = Path(args.split)
    anns = sorted(split.glob("*.ann"))
    if args.sample and args.sample < len(anns):
        anns = sorted(random.Random(args.seed).sample(anns, args.sample))
    with tempfile.TemporaryDirectory(prefix="nerel-") as tmp:
        docs = Path(tmp) / "docs"
        docs.mkdir()
        for ann in anns:
            shutil.copy(ann, docs / ann.name)
            shutil.copy(ann.with_suffix(".txt"), docs / f"{ann.stem}.txt")
        records = Path(tmp) / "records.jsonl"
        t0 = time.time()
        if args.records:
            shutil.copy(args.records, records)
        else:
            db = str(Path(tmp) / "nerel.db")
            subprocess.run([*soccoop(), "ingest", "--db", db, "--workers", str(args.workers),
                            str(docs)], check=True)
            with records.open("w", encoding="utf-8") as out:
                subprocess.run([*soccoop(), "list", "--db", db, "--format", "jsonl"],
                               check=True, stdout=out)
        took = time.time() - t0
        if args.keep:
            shutil.copy(records, args.keep)
        print(f"== NEREL {split.name}: {len(anns)} documents, ingest+export {took:.0f}s")
        for flag, title in (("--officials", "official posts"), ("", "all occupations")):
            print(f"-- {title}")
            cmd = [sys.executable, str(SCORER), str(docs), str(records)] + ([flag] if flag else [])
            sys.stdout.flush()
            subprocess.run(cmd, check=True)


if __name__ == "__main__":
    main()
