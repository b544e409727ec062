"""Dates, publication date and boilerplate on run-on lines: cost against length.

    PYTHONPATH=src python benchmarks/bench_dates.py [--sizes 2000 20000 80000]

For each kind of pathological line (dates, lists of numbers, "1 и 2 и ...", plain words)
prints the time of ``find_dates`` + ``find_published`` + ``mask_boilerplate`` per size, and
the baseline of the same run: one ``re.findall(r"\\w+")`` pass over the same line (linear by
construction). Linear cost shows as a constant ratio to the baseline across sizes.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable

PIECES = {
    "dates": "1 мая 2023 года, 2 и 3 июня, вчера в четверг 15.09.2023 | ",
    "numbers": "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, ",
    "ands": "1 и 2 и 3 и 4 и 5 и ",
    "words": "министр подписал соглашение о сотрудничестве ",
}


def best(f: Callable[[str], object], line: str, repeat: int = 3,
         clock: Callable[[], float] = time.perf_counter) -> float:
    """The shortest of ``repeat`` runs by ``clock`` (``time.process_time`` counts only this
    process's CPU, which another job on the machine does not stretch)."""
    out = float("inf")
    for _ in range(repeat):
        t = clock()
        f(line)
        out = min(out, clock() - t)
    return out


def main() -> None:
    from soccoop.extract.boilerplate import mask_boilerplate
    from soccoop.extract.dates import find_dates
    from soccoop.extract.published import find_published

    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000, 80000])
    args = ap.parse_args()

    def ours(line: str) -> None:
        find_dates(line, "2023-09-15")
        find_published(line)
        mask_boilerplate(line)

    def baseline(line: str) -> None:
        re.findall(r"\w+", line)

    print(f"{'line':8} {'chars':>7} {'ours ms':>9} {'baseline ms':>12} {'ratio':>7}")
    for name, piece in PIECES.items():
        for n in args.sizes:
            line = (piece * (n // len(piece) + 1))[:n]
            t, b = best(ours, line), best(baseline, line)
            print(f"{name:8} {n:7d} {t * 1000:9.1f} {b * 1000:12.2f} {t / b:7.0f}")


if __name__ == "__main__":
    main()
