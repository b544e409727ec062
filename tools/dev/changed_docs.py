"""changed_docs.py BASE_DIR NEW_DIR: documents whose records differ, per sample, for samples in NEW_DIR."""
import json, os, sys
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
def load(f):
    out = {}
    for line in Path(f).read_text().splitlines():
        if line.strip():
            r = json.loads(line); out[os.path.basename(r.pop("source", "") or "")] = strip(r)
    return out
base, new = Path(sys.argv[1]), Path(sys.argv[2])
tot = 0; per = []
for f in sorted(new.glob("*.jsonl")):
    b = base / f.name
    if not b.exists():
        continue
    a, n = load(b), load(f)
    d = sorted(k for k in set(a) | set(n) if a.get(k) != n.get(k))
    tot += len(d)
    if d:
        per.append(f"{f.stem}:{len(d)}")
print(f"changed documents: {tot}  " + " ".join(per))
