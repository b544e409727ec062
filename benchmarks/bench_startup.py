"""Start-up and filter cost of read commands, against baselines measured in the same run.

    PYTHONPATH=src python benchmarks/bench_startup.py --db soccoop.db --runs 15

Prints the median wall time of each command (a fresh process each run) and its ratio to
`soccoop --version` (the CLI's import cost) and to `list --region RU-TA` (an exact code, no
case-form lookup); `--party` is compared with `list --kind agreements` unfiltered.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

COMMANDS = [
    ["--version"],
    ["list", "--region", "RU-TA"],
    ["list", "--region", "Татарстана"],
    ["list", "--region", "Ханты-Мансийского автономного округа — Югры"],
    ["list", "--kind", "agreements"],
    ["list", "--kind", "agreements", "--party", "РТ"],
    ["list", "--kind", "officials", "--region", "Югры"],
    ["sql", "select count(*) from documents"],
]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="soccoop.db")
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    env = {**os.environ, "SOCCOOP_DB": args.db}
    times: dict[str, list[float]] = {" ".join(c): [] for c in COMMANDS}
    for _ in range(args.runs):  # interleaved, so load changes hit every command alike
        for c in COMMANDS:
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "soccoop", *c, "--format", "jsonl"]
                           if c[0] != "--version" else [sys.executable, "-m", "soccoop", *c],
                           env=env, stdout=subprocess.DEVNULL, check=True)
            times[" ".join(c)].append(time.perf_counter() - t)
    base = statistics.median(times["--version"])
    code = statistics.median(times["list --region RU-TA"])
    print(f"{'command':60} {'median s':>9} {'/version':>9} {'/RU-TA':>7}")
    for name, ts in times.items():
        m = statistics.median(ts)
        print(f"{name[:60]:60} {m:9.3f} {m / base:9.2f} {m / code:7.2f}")


if __name__ == "__main__":
    main()
