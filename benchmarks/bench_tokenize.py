"""Tokenizer fast path vs razdel, interleaved in one run (CPU seconds, best of 5).

    PYTHONPATH=src python benchmarks/bench_tokenize.py

Both give identical tokens (tests/test_perf_tokenize.py); this prints how much cheaper the
fast path is on the bench corpus (benchmarks/bench_ingest.py's documents) and NEREL dev.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from razdel import tokenize

from soccoop.extract.nlp import _tokenize

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_ingest import ROOT, make_corpus  # noqa: E402

SHARED = next((p for p in (ROOT.parent / "shared", Path("/work/shared")) if p.is_dir()),
              ROOT.parent / "shared")


def main() -> None:
    sets = {"bench corpus, 100 docs": make_corpus(ROOT / "corpus", Path(tempfile.mkdtemp()), 100),
            "NEREL dev": [p.read_text(encoding="utf-8")
                          for p in sorted((SHARED / "nerel" / "dev").glob("*.txt"))]}
    for name, texts in sets.items():
        base = fast = float("inf")
        for _ in range(5):  # interleaved: other load hits both alike
            t = time.process_time()
            for s in texts:
                [(x.text, x.start, x.stop) for x in tokenize(s)]
            base = min(base, time.process_time() - t)
            t = time.process_time()
            for s in texts:
                list(_tokenize(s, tokenize))
            fast = min(fast, time.process_time() - t)
        print(f"{name}: razdel {base:.3f} s, fast path {fast:.3f} s, x{base / fast:.2f}")


if __name__ == "__main__":
    main()
