"""A republished archive: each corpus text copied by many outlets, one line added per copy.

    PYTHONPATH=src python benchmarks/copies.py OUT_DIR [--copies 60]

Writes ``OUT_DIR/outlet-NN/NAME.txt`` for every text of ``corpus/`` and every outlet NN:
the original text with one line of the outlet's own appended ("Источник: ..."), so every
copy has its own hash and is a near-copy of its original (5-word shingle Jaccard well above
0.8). The parent directory is the copy's outlet, as in an archive gathered per site. The
issue-11 test corpus is ``--copies 60`` (300 files, 60 reports of each text).
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def copy_line(outlet: int, i: int) -> str:
    """The line outlet ``outlet`` adds to its copy of text ``i`` (no date, no region: it
    must not change what is extracted)."""
    return f"Перепечатка № {outlet * 100 + i + 1}, редакция сайта outlet{outlet:02d}."


def make_copies(out: Path, copies: int = 60, src: Path = ROOT / "corpus",
                originals: bool = False) -> list[Path]:
    """Write ``copies`` republished copies of every text of ``src`` under ``out`` (and the
    originals themselves under ``out/original`` when asked); return the paths written."""
    texts = sorted(src.glob("*.txt"))
    written = []
    if originals:
        d = out / "original"
        d.mkdir(parents=True, exist_ok=True)
        for p in texts:
            written.append(d / p.name)
            written[-1].write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    for n in range(1, copies + 1):
        d = out / f"outlet-{n:02d}"
        d.mkdir(parents=True, exist_ok=True)
        for i, p in enumerate(texts):
            text = p.read_text(encoding="utf-8").rstrip("\n")
            written.append(d / p.name)
            written[-1].write_text(f"{text}\n{copy_line(n, i)}\n", encoding="utf-8")
    return written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--copies", type=int, default=60)
    ap.add_argument("--originals", action="store_true", help="also write the originals")
    args = ap.parse_args()
    paths = make_copies(args.out, args.copies, originals=args.originals)
    print(f"{len(paths)} files in {args.out}")


if __name__ == "__main__":
    main()
