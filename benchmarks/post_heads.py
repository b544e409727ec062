"""Post heads the annotations use and the officials lexicon lacks: the source of
``lexicon_officials.ANNOTATED_HEADS``.

Usage: PYTHONPATH=src python benchmarks/post_heads.py [--min N] [--all]

Reads the head noun (the first noun after leading adjectives, participles and "и. о.",
"экс-", "врио") of every post two annotated collections give a person:
- NEREL train, tune fold only (``eval_nerel.fold_of``; the check fold is never read),
  PROFESSION entities a PERSON ``WORKS_AS``;
- FactRuEval-2016 devset, the ``Position`` of each ``Occupation`` fact.
Prints each head lemma that both collections use, at least ``--min`` times in all (3 by
default), is an animate noun by the dictionary (a person's role, not "обязанность"), and
is not a head of ``POSITION_HEADS`` yet: the list to paste into ``ANNOTATED_HEADS``.
``--all`` lists the heads of one collection too, with their counts, for reading.
The output depends only on the two collections and the dictionary, so the list is
reproducible; a head is never added for one text.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from eval_nerel import SPLITS, fold_of

from soccoop.extract.lexicon_officials import POSITION_HEADS
from soccoop.extract.nlp import get_models

FACTRUEVAL = Path("/work/shared/factrueval-2016/devset")
SKIPPED = {"и", "о", "экс", "врио"}


def head_of(post: str) -> str | None:
    """The head noun's lemma of a post as written (``None`` when it starts otherwise)."""
    models = get_models()
    for word in re.findall(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*", post):
        low = word.lower()
        readings = models.parse(low)
        if low in SKIPPED or readings and readings[0].tag.POS in ("ADJF", "PRTF", "NUMR"):
            continue
        nouns = [p for p in readings if p.tag.POS == "NOUN"]
        return str(nouns[0].normal_form).replace("ё", "е") if nouns else None
    return None


def nerel_posts() -> list[str]:
    out = []
    for ann in sorted(SPLITS["train"].glob("*.ann")):
        if fold_of(ann.stem) != "tune":
            continue
        ents, rels = {}, []
        for line in ann.read_text(encoding="utf-8").splitlines():
            f = line.split("\t")
            if line.startswith("T") and len(f) >= 3:
                ents[f[0]] = (f[1].split(" ", 1)[0], f[2])
            elif line.startswith("R") and len(f) >= 2:
                typ, a1, a2 = f[1].split()[:3]
                rels.append((typ, a1.split(":", 1)[1], a2.split(":", 1)[1]))
        out += [ents[b][1] for typ, a, b in rels if typ == "WORKS_AS"
                and ents.get(a, ("",))[0] == "PERSON" and ents.get(b, ("",))[0] == "PROFESSION"]
    return out


def factrueval_posts() -> list[str]:
    out = []
    for facts in sorted(FACTRUEVAL.glob("*.facts")):
        for line in facts.read_text(encoding="utf-8").splitlines():
            if line.startswith("Position "):
                parts = line.split(" ", 2)
                if len(parts) == 3:
                    out.append(parts[2])
    return out


def animate(lemma: str) -> bool:
    return any(p.tag.POS == "NOUN" and p.tag.animacy == "anim"
               for p in get_models().parse(lemma))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--min", type=int, default=3, help="least uses in both collections")
    ap.add_argument("--all", action="store_true", help="also heads one collection uses")
    args = ap.parse_args()
    counts: Counter[str] = Counter()
    where: dict[str, set[str]] = defaultdict(set)
    for source, posts in (("nerel", nerel_posts()), ("factrueval", factrueval_posts())):
        for post in posts:
            head = head_of(post)
            if head:
                counts[head] += 1
                where[head].add(source)
    for head, n in sorted(counts.items(), key=lambda x: (-x[1], x[0])):
        if head in POSITION_HEADS or n < args.min:
            continue
        both = len(where[head]) == 2 and animate(head)
        if both or args.all:
            print(f"{head}\t{n}\t{','.join(sorted(where[head]))}" if args.all else head)


if __name__ == "__main__":
    main()
