"""same.py TAGA TAGB: how many documents' records differ (ignoring ids/time fields)"""

import json
import os
import sys
from pathlib import Path

IGN = {"ingested_at", "id", "extracted_at", "version", "extractor_version", "timings"}


def strip(x):
    if isinstance(x, dict):
        # a nested "source" holds the ingested path: runs of one text from two checkouts
        # differ only in its folder
        return {k: (os.path.basename(v) if k == "source" and isinstance(v, str) else strip(v))
                for k, v in x.items() if k not in IGN}
    if isinstance(x, list):
        return [strip(v) for v in x]
    return x


def load(tag):
    out = {}
    for f in Path(os.environ.get("RUNS", "/tmp/s"), tag).glob("*.jsonl"):
        for line in f.read_text().splitlines():
            if line.strip():
                r = json.loads(line)
                name = os.path.basename(r.pop("source", "") or "")
                out[(f.stem, name)] = strip(r)
    return out


if __name__ == "__main__":
    a, b = load(sys.argv[1]), load(sys.argv[2])
    diff = [k for k in a if a[k] != b.get(k)]
    print(f"{len(diff)} of {len(a)} documents differ ({len(b)} in B)")
    for k in diff[: int(sys.argv[3]) if len(sys.argv) > 3 else 0]:
        print(" ", k)
