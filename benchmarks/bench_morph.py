"""pymorphy2 with the DAWG C extension (``dawg2``) against its pure-Python reader.

    python benchmarks/bench_morph.py [--texts DIR] [--limit 300]

pymorphy2 reads its dictionaries with the ``dawg`` extension when it can import it and falls
back to ``dawg_python`` otherwise. This runs the same word list through both, in two fresh
processes (the pure-Python one with ``dawg`` blocked), prints the CPU time of each and checks
that every analysis (normal form, tag, score) is identical.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TEXTS = ROOT.parent / "shared" / "nerel" / "train"

WORKER = r"""
import json, sys, time
if sys.argv[1] == "python":
    sys.modules["dawg"] = None  # pymorphy2 falls back to dawg_python
from soccoop.extract import nlp
nlp._patch_pymorphy2()
import pymorphy2, pymorphy2_dicts_ru
from pymorphy2 import dawg
m = pymorphy2.MorphAnalyzer(path=pymorphy2_dicts_ru.get_path())
words = json.load(open(sys.argv[2], encoding="utf-8"))
t = time.process_time()
out = [[(p.normal_form, str(p.tag), round(p.score, 6)) for p in m.parse(w)] for w in words]
took = time.process_time() - t
json.dump({"extension": dawg.EXTENSION_AVAILABLE, "cpu": took, "parses": out},
          open(sys.argv[3], "w", encoding="utf-8"), ensure_ascii=False)
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--texts", default=str(DEFAULT_TEXTS if DEFAULT_TEXTS.is_dir()
                                           else ROOT / "corpus"))
    ap.add_argument("--limit", type=int, default=300, help="read at most N texts")
    args = ap.parse_args()
    words: set[str] = set()
    for p in sorted(Path(args.texts).glob("*.txt"))[: args.limit]:
        words |= set(re.findall(r"\w+", p.read_text(encoding="utf-8").lower()))
    with tempfile.TemporaryDirectory() as tmp:
        wl = Path(tmp) / "words.json"
        wl.write_text(json.dumps(sorted(words), ensure_ascii=False), encoding="utf-8")
        res = {}
        for kind in ("python", "extension"):
            out = Path(tmp) / f"{kind}.json"
            subprocess.run([sys.executable, "-c", WORKER, kind, str(wl), str(out)], check=True,
                           env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""})
            res[kind] = json.loads(out.read_text(encoding="utf-8"))
    py, ext = res["python"], res["extension"]
    print(f"{len(words)} distinct words from {args.texts}")
    print(f"dawg_python (pure Python): {py['cpu']:.2f} s CPU")
    print(f"dawg extension available: {ext['extension']}; {ext['cpu']:.2f} s CPU "
          f"({py['cpu'] / max(ext['cpu'], 1e-9):.1f}x faster)")
    same = py["parses"] == ext["parses"]
    print("analyses identical:", same)
    sys.exit(0 if same and ext["extension"] else 1)


if __name__ == "__main__":
    main()
