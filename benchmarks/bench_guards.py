"""The first-character guards of the date and boilerplate patterns: CPU with and without.

    PYTHONPATH=src python benchmarks/bench_guards.py [DIR ...] [--repeat 5]

Reads every ``*.txt`` of each DIR (default: ``corpus/`` and, when present, NEREL dev in
``/work/shared/nerel/dev``) and times ``mask_boilerplate`` + ``find_published`` +
``find_dates`` (on the masked text, as the pipeline does) over all of them, alternating the
guarded patterns (``dates.first_char_guard``) and the same patterns without their guard
(the baseline, swapped in within this process), ``--repeat`` times each; the ``date_line``
cache is emptied before every pass. Prints each pass and the medians; also checks that
both give the same dates.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path
from statistics import median

from soccoop.extract import boilerplate, dates
from soccoop.extract.boilerplate import mask_boilerplate
from soccoop.extract.published import find_published

ROOT = Path(__file__).resolve().parent.parent
_GUARDED = re.compile(r"\(\?=\[([^\]]*)\]\)\(\?:(.*)\)", re.DOTALL)


def swap_table() -> list[tuple[object, str, re.Pattern[str], re.Pattern[str]]]:
    """(module, name, guarded, bare) for every guarded pattern."""
    out = []
    for module in (dates, boilerplate):
        for name in dir(module):
            rx = getattr(module, name)
            if isinstance(rx, re.Pattern):
                m = _GUARDED.fullmatch(rx.pattern)
                if m:
                    out.append((module, name, rx, re.compile(m[2], rx.flags)))
    return out


def one_pass(texts: list[str]) -> tuple[float, list[object]]:
    dates._date_line.cache_clear()
    found: list[object] = []
    c = time.process_time()
    for text in texts:
        masked = mask_boilerplate(text)
        found.append(find_published(text, masked=masked))
        found.append(dates.find_dates(masked, "2025-03-01"))
    return time.process_time() - c, found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    dirs = [Path(d) for d in args.dirs] or [
        d for d in (ROOT / "corpus", Path("/work/shared/nerel/dev")) if d.is_dir()]
    table = swap_table()
    print(f"{len(table)} guarded patterns")
    for d in dirs:
        texts = [p.read_text(encoding="utf-8") for p in sorted(d.glob("*.txt"))]
        size = sum(map(len, texts))
        runs: dict[str, list[float]] = {"bare": [], "guarded": []}
        results: dict[str, list[object]] = {}
        for _ in range(args.repeat):
            for kind in ("bare", "guarded"):
                for module, name, guarded, bare in table:
                    setattr(module, name, bare if kind == "bare" else guarded)
                cpu, results[kind] = one_pass(texts)
                runs[kind].append(cpu)
        for module, name, guarded, _ in table:
            setattr(module, name, guarded)
        same = results["bare"] == results["guarded"]
        b, g = median(runs["bare"]), median(runs["guarded"])
        print(f"{d}: {len(texts)} texts, {size / 1e6:.2f} M chars, same output: {same}")
        for kind, cpu in runs.items():
            print(f"  {kind:8s} " + " ".join(f"{x:.3f}" for x in cpu) + " CPU-s")
        print(f"  median bare {b:.3f} s, guarded {g:.3f} s: x{b / g:.2f}")


if __name__ == "__main__":
    main()
