"""pool.py RUN OUT [REPO]: one file of every error a run leaves, for the developers' pools.

For each sample of RUN (a folder of alldev.sh: SAMPLE.jsonl), it prints under a header the
output of ``benchmarks/pairing_report.py --list --signers --dates`` without its "ok"
lines (agreements unpaired or left over, signers missing or extra, dates wrong) and, per
document, the gold regions no predicted region matches ("region missing") and the
predicted regions no gold one matches ("region extra"), with the scorer's own region
matching. Round 51's copy lived in /tmp and was lost with the machine; this one is kept
here since round 55.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SHARED = Path("/work/shared")
sys.path.insert(0, str(SHARED / "tools"))
from domain_eval import norm, region_names, same_region  # noqa: E402


def gold_dir(repo: Path, sample: str) -> Path:
    if sample == "seeds":
        return SHARED / "seeds" / "gold"
    return repo / "tests" / "data" / "devrounds" / sample / "gold"


def region_errors(gdir: Path, records: Path) -> list[str]:
    preds = {}
    for line in records.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            preds[Path(rec.get("source", "")).stem] = rec
    out = []
    for gpath in sorted(gdir.glob("*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        pr = region_names(preds.get(gpath.stem, {}))
        gr = [norm(x) for x in gold.get("regions") or []]
        for g in gr:
            if not any(same_region(g, p) for p in pr):
                out.append(f"  {gpath.stem}: region missing: {g}")
        for p in sorted(set(pr)):
            if not any(same_region(g, p) for g in gr):
                out.append(f"  {gpath.stem}: region extra: {p}")
    return out


def main() -> None:
    run, out = Path(sys.argv[1]), Path(sys.argv[2])
    repo = Path(sys.argv[3]) if len(sys.argv) > 3 else Path(__file__).resolve().parents[2]
    py = repo / ".venv" / "bin" / "python"
    if not py.exists():
        py = Path("/work/main/.venv/bin/python")
    lines: list[str] = []
    samples = sorted(p.stem for p in run.glob("*.jsonl"))
    for sample in samples:
        gdir = gold_dir(repo, sample)
        if not gdir.is_dir():
            continue
        rec = run / f"{sample}.jsonl"
        rep = subprocess.run(
            [str(py), str(repo / "benchmarks" / "pairing_report.py"), str(gdir), str(rec),
             "--list", "--signers", "--dates"],
            capture_output=True, text=True, env={"PYTHONPATH": str(repo / "src")},
        )
        lines.append(f"===== {sample}")
        text = rep.stdout.rstrip() or rep.stderr.rstrip()
        lines.extend(ln for ln in text.splitlines() if ": ok " not in ln)
        lines.extend(region_errors(gdir, rec))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{out}: {len(samples)} samples, {len(lines)} lines")


if __name__ == "__main__":
    main()
