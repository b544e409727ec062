"""changed_docs.py BASE_DIR NEW_DIR: documents whose records differ, per sample, for samples in NEW_DIR."""
import json, os, sys
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from same import strip  # noqa: E402  (the same comparison as same.py: ids, times, source folder)


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
