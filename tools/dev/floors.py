"""floors.py REPO TAG [--apply] [--new a,b] [--only-new]
Compare tests/test_devrounds.py SAMPLES floors with /tmp/s/TAG/NAME.eval (soccoop eval json).
Failing: score < floor. Raisable: floor more than 0.05 below score -> floor2(score - 0.03).
--new: add these samples with every floor = floor2(score - 0.03) (capped 0.98)."""

import ast
import json
import math
import os
import re
import sys
from pathlib import Path

repo, tag = Path(sys.argv[1]), sys.argv[2]
apply = "--apply" in sys.argv
new = sys.argv[sys.argv.index("--new") + 1].split(",") if "--new" in sys.argv else []
only_new = "--only-new" in sys.argv
F1 = ("regions", "agreements", "signatories", "officials_name", "officials_full")
ACC = ("agreement_status", "agreement_date", "published")


def fl(x):
    return min(0.98, math.floor((x - 0.03) * 100 + 1e-9) / 100)


def scores(name):
    e = json.loads(Path(os.environ.get("RUNS", "/tmp/s"), tag, name + ".eval").read_text())
    out = {k: e["kinds"][k]["f1"] for k in F1 if k in e["kinds"]}
    out.update(
        {
            k: e["accuracy"][k]["accuracy"]
            for k in ACC
            if e["accuracy"].get(k) and e["accuracy"][k]["accuracy"] is not None
        }
    )
    return out


path = repo / "tests/test_devrounds.py"
src = path.read_text()
start = src.index("SAMPLES = {")
end = src.index("\n}\n", start) + 2
samples = ast.literal_eval(src[start + len("SAMPLES = ") : end])
failing, raised = [], []
out = src
for name, (f1, acc) in samples.items():
    if only_new or name in new:
        continue
    if not Path(os.environ.get("RUNS", "/tmp/s"), tag, name + ".eval").exists():
        print("no eval:", name)
        continue
    s = scores(name)
    for k, v in {**f1, **acc}.items():
        if k not in s:
            continue
        if s[k] < v:
            failing.append((name, k, v, s[k]))
        elif s[k] - v > 0.05 and fl(s[k]) > v:
            raised.append((name, k, v, fl(s[k])))
if apply:
    for name, k, old, newv in raised:
        b = out.index(f'    "{name}": (\n')
        e = out.index("\n    ),\n", b)
        block = out[b:e]
        block2, n = re.subn(
            rf'"{k}": {re.escape(repr(old))}0*(?![\d])', f'"{k}": {newv}', block, count=1
        )
        if n != 1:
            print("could not raise", name, k)
            continue
        out = out[:b] + block2 + out[e:]


def render(name, f1, acc):
    a = ", ".join(f'"{k}": {v}' for k, v in f1.items() if k != "officials_full")
    body = (
        f'    "{name}": (\n        {{{a},\n         "officials_full": {f1["officials_full"]}}},\n'
    )
    body += "        {" + ", ".join(f'"{k}": {v}' for k, v in acc.items()) + "},\n    ),\n"
    return body


for name in new:
    s = scores(name)
    f1 = {k: fl(s[k]) for k in F1}
    acc = {k: fl(s[k]) for k in ACC if k in s}
    end = out.index("\n}\n", out.index("SAMPLES = {"))  # the close of the SAMPLES table
    out = out[:end] + "\n" + render(name, f1, acc).rstrip("\n") + out[end:]
    print("new", name, f1, acc)
if apply:
    path.write_text(out)
for r in failing:
    print("FAILING", *r)
print(f"{len(failing)} failing; {len(raised)} raisable" + (" (applied)" if apply else ""))
for r in raised[:300]:
    print("  raise", *r)
