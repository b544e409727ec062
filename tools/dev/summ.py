"""summ.py DIR: one line per sample of domain_eval figures -> DIR/all.scores"""

import json
import re
import sys
from pathlib import Path

d = Path(sys.argv[1])
rows = []


def key(p):
    m = re.search(r"(\d+)$", p.stem)
    return (0 if p.stem == "seeds" else 1, int(m.group(1)) if m else 0)


for f in sorted(d.glob("*.score"), key=key):
    try:
        s = json.loads(f.read_text())
    except Exception:
        rows.append(f"{f.stem:10} ERROR")
        continue
    rows.append(
        f"{f.stem:10} agr {s['agreements']['f1']:.3f} sig {s['signatories']['f1']:.3f} "
        f"status {s['agreement_status_acc']:.3f} date {s['agreement_date_acc']:.3f} "
        f"pub {s['published_acc']:.3f} offpos {s['officials+position']['f1']:.3f} "
        f"reg {s['regions']['f1']:.3f} docs {s['documents_with_records']}/{s['documents_scored']}"
    )
(d / "all.scores").write_text("\n".join(rows) + "\n")
print(len(rows), "samples ->", d / "all.scores")
