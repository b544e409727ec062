"""What boilerplate masking hides: article text on clean sets, site noise on noisy ones.

Usage: PYTHONPATH=src python benchmarks/eval_masking.py [--baseline OLD_boilerplate.py]
                                                        [--show clean|noisy|all] [--limit N]

Clean sets (NEREL train+dev, FactRuEval devset: articles without site boilerplate): counts the
characters, lines and gold entity spans that fall in masked text, per rule that masked them
(``mask_reasons``), and the documents whose record title (``guess_title``) is their first line,
the headline. The right figure there is ~0 masked, every title the headline. Noisy sets
(seeds, tests/data/devrounds, corpus/): counts the masked lines and characters, which should
stay masked.

``--baseline FILE`` loads another version of ``boilerplate.py`` (e.g. ``git show
main:src/soccoop/extract/boilerplate.py > /tmp/old.py``) and also prints its figures and, for
the noisy sets, every line whose status changes (``+`` now kept, ``-`` now masked).
``--show`` prints the masked lines of a set with their rule (first ``--limit`` per set).
"""

from __future__ import annotations

import argparse
import glob
import importlib.util
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from soccoop.extract import boilerplate
from soccoop.extract.pipeline import guess_title

SHARED = Path("/work/shared")
ROOT = Path(__file__).resolve().parent.parent
Reasons = Callable[[str], list[tuple[int, int, str | None]]]


def nerel_entities(txt: str) -> list[tuple[str, int, int]]:
    """(type, start, end) of the brat ``T`` lines (discontinuous spans: first and last)."""
    out = []
    ann = Path(txt[:-4] + ".ann")
    if not ann.exists():
        return out
    for line in ann.read_text(encoding="utf-8").splitlines():
        if not line.startswith("T"):
            continue
        typ, *pos = line.split("\t")[1].replace(";", " ").split()
        out.append((typ, int(pos[0]), int(pos[-1])))
    return out


def factrueval_entities(txt: str) -> list[tuple[str, int, int]]:
    """(type, start, end) from the ``.spans`` file: ``id type start length ...``."""
    spans = Path(txt[:-4] + ".spans")
    if not spans.exists():
        return []
    out = []
    for line in spans.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 4 and parts[2].isdigit() and parts[3].isdigit():
            out.append((parts[1], int(parts[2]), int(parts[2]) + int(parts[3])))
    return out


SETS: dict[str, tuple[list[str], Callable[[str], list[tuple[str, int, int]]] | None]] = {
    "nerel": (sorted(glob.glob(str(SHARED / "nerel/train/*.txt")))
              + sorted(glob.glob(str(SHARED / "nerel/dev/*.txt"))), nerel_entities),
    "factrueval": (sorted(glob.glob(str(SHARED / "factrueval-2016/devset/book_*.txt"))),
                   factrueval_entities),
    "seeds": (sorted(glob.glob(str(SHARED / "seeds/*.txt"))), None),
    **{f"round{k}": (sorted(glob.glob(str(ROOT / f"tests/data/devrounds/round{k}/*.txt"))), None)
       for k in range(1, 5)},
    "corpus": (sorted(glob.glob(str(ROOT / "corpus/*.txt"))), None),
}
CLEAN = ("nerel", "factrueval")


def load(path: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location("baseline_boilerplate", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def reasons_of(mod: ModuleType) -> Reasons:
    """The module's ``mask_reasons``, or one built from ``content_blocks`` (reason '?')."""
    if hasattr(mod, "mask_reasons"):
        return mod.mask_reasons  # type: ignore[no-any-return]

    def reasons(text: str) -> list[tuple[int, int, str | None]]:
        kept = set(mod.content_blocks(text))
        out, pos = [], 0
        for line in text.split("\n"):
            s, e = pos, pos + len(line)
            out.append((s, e, None if (s, e) in kept or not line.strip() else "?"))
            pos = e + 1
        return out
    return reasons


def measure(name: str, reasons: Reasons, show: int) -> dict[str, object]:
    files, entities = SETS[name]
    lines = chars = m_lines = m_chars = ents = m_ents = 0
    by_rule: Counter[str] = Counter()
    ent_rule: Counter[str] = Counter()
    ent_type: Counter[str] = Counter()
    status: dict[tuple[str, int], bool] = {}
    shown = titles = 0
    for path in files:
        text = Path(path).read_text(encoding="utf-8")
        rs = reasons(text)
        for k, (s, e, why) in enumerate(rs):
            line = text[s:e]
            if not line.strip():
                continue
            lines += 1
            chars += len(line.strip())
            status[(path, k)] = why is None
            if why is not None:
                m_lines += 1
                m_chars += len(line.strip())
                by_rule[why] += 1
                if shown < show:
                    shown += 1
                    print(f"  [{why}] {Path(path).name}:{k + 1}: {line.strip()[:110]}")
        if entities:
            # the record's title should be the headline, the text's first line
            out = list(text)
            for s, e, w in rs:
                if w is not None:
                    out[s:e] = " " * (e - s)
            first = next((ln.strip() for ln in text.split("\n") if ln.strip()), "")
            titles += guess_title(text, "".join(out)) == first[:300]
            masked = [(s, e, w) for s, e, w in rs if w is not None]
            for typ, s, _e in entities(path):
                ents += 1
                hit = next((w for ms, me, w in masked if ms <= s < me), None)
                if hit:
                    m_ents += 1
                    ent_rule[hit] += 1
                    ent_type[typ] += 1
    return {"files": len(files), "lines": lines, "masked_lines": m_lines, "chars": chars,
            "masked_chars": m_chars, "entities": ents, "titles": titles, "masked_entities": m_ents,
            "by_rule": by_rule, "ent_rule": ent_rule, "ent_type": ent_type, "status": status}


def report(name: str, r: dict[str, object], label: str) -> None:
    pct = 100 * int(r["masked_chars"]) / max(1, int(r["chars"]))  # type: ignore[call-overload]
    line = (f"{name:11s} {label:8s} files {r['files']:4d}  masked lines {r['masked_lines']:5d}"
            f"/{r['lines']:6d}  chars {r['masked_chars']:7d} ({pct:4.1f}%)")
    if r["entities"]:
        line += (f"  entities {r['masked_entities']:5d}/{r['entities']:6d}"
                 f"  title=first line {r['titles']}")
    print(line)
    rules = ", ".join(f"{k} {v}" for k, v in r["by_rule"].most_common())  # type: ignore[attr-defined]
    print(f"    lines by rule: {rules or '-'}")
    if r["entities"]:
        ents = ", ".join(f"{k} {v}" for k, v in r["ent_rule"].most_common())  # type: ignore[attr-defined]
        types = ", ".join(f"{k} {v}" for k, v in r["ent_type"].most_common(8))  # type: ignore[attr-defined]
        print(f"    entities by rule: {ents or '-'}\n    entities by type: {types or '-'}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--baseline", default=None,
                    help="another boilerplate.py to compare with, e.g. /tmp/old_boilerplate.py")
    ap.add_argument("--show", choices=("clean", "noisy", "all"), default=None,
                    help="print the masked lines of these sets, e.g. --show clean")
    ap.add_argument("--limit", type=int, default=40, help="masked lines shown per set")
    ap.add_argument("--sets", default=",".join(SETS), help="e.g. nerel,seeds")
    args = ap.parse_args()
    old = reasons_of(load(args.baseline)) if args.baseline else None
    for name in args.sets.split(","):
        clean = name in CLEAN
        want = args.show == "all" or args.show == ("clean" if clean else "noisy")
        now = measure(name, boilerplate.mask_reasons, args.limit if want else 0)
        if old is not None:
            before = measure(name, old, 0)
            report(name, before, "before")
        report(name, now, "after" if old else "")
        if old is not None and not clean:
            b, a = before["status"], now["status"]  # type: ignore[index]
            for key in sorted(a):  # type: ignore[call-overload]
                if a[key] != b.get(key):  # type: ignore[index, union-attr]
                    path, k = key
                    text = Path(path).read_text(encoding="utf-8").split("\n")[k]
                    sign = "+" if a[key] else "-"  # type: ignore[index]
                    print(f"  {sign} {Path(path).parent.name}/{Path(path).name}:{k + 1}: "
                          f"{text.strip()[:110]}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
