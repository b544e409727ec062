"""Batched NLP (Models.analyse_many) against natasha's per-Doc pipeline: speed and agreement.

    PYTHONPATH=src python benchmarks/bench_nlp.py [--docs 100] [--corpus corpus]

Used to choose the batching bounds in soccoop.extract.nlp (NER_CHUNK, BATCH_TOKENS, ...).
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path
from typing import Any


def natasha_doc(models: Any, text: str) -> tuple[list[tuple[str, int, int]], list[str]]:
    """NER spans and POS tags the way natasha computes them, one Doc at a time."""
    from natasha import Doc

    doc = Doc(text)
    doc.segment(models.segmenter)
    doc.tag_ner(models.ner)
    doc.tag_morph(models.morph_tagger)
    spans = [(s.type, s.start, s.stop) for s in doc.spans]
    tags = [f"{t.pos}|{sorted((t.feats or {}).items())}" for t in doc.tokens]
    return spans, tags


def ours(analysis: Any) -> tuple[list[tuple[str, int, int]], list[str]]:
    spans = [(s.type, s.start, s.stop) for s in analysis.spans]
    tags = [f"{t.pos}|{sorted(t.feats.items())}" for s in analysis.sentences for t in s.tokens]
    return spans, tags


def agreement(a: list[Any], b: list[Any]) -> float:
    """Share of items in either list that are in both (1.0 = identical)."""
    sa, sb = set(a), set(b)
    return len(sa & sb) / max(1, len(sa | sb))


def make_docs(corpus: Path, n: int, seed: int = 1) -> list[str]:
    rnd = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    out = []
    for i in range(n):
        paras = texts[i % len(texts)].split("\n")
        rnd.shuffle(paras)
        out.append("\n".join(paras) + f"\nДокумент № {i}.\n")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=50)
    ap.add_argument("--corpus", default=str(Path(__file__).resolve().parent.parent / "corpus"))
    args = ap.parse_args()
    from soccoop.extract.nlp import Models

    models = Models()
    docs = make_docs(Path(args.corpus), args.docs)
    models.analyse_many(docs[:2])
    natasha_doc(models, docs[0])

    t = time.perf_counter()
    base = [natasha_doc(models, d) for d in docs]
    t_base = time.perf_counter() - t
    t = time.perf_counter()
    got = [ours(a) for a in models.analyse_many(docs)]
    t_many = time.perf_counter() - t
    t = time.perf_counter()
    for d in docs:
        models.analyse(d)
    t_one = time.perf_counter() - t

    span_agree = sum(agreement(b[0], g[0]) for b, g in zip(base, got, strict=True)) / len(docs)
    same_tok = sum(len(b[1]) == len(g[1]) for b, g in zip(base, got, strict=True))
    tag_eq = sum(x == y for b, g in zip(base, got, strict=True)
                 for x, y in zip(b[1], g[1], strict=False))
    tag_n = sum(len(b[1]) for b in base)
    print(f"docs {len(docs)}  KB {sum(len(d.encode()) for d in docs) / 1024:.0f}")
    print(f"natasha per-Doc     {t_base:7.2f} s  {len(docs) / t_base:6.1f} docs/s")
    print(f"analyse one by one  {t_one:7.2f} s  {len(docs) / t_one:6.1f} docs/s  "
          f"x{t_base / t_one:.2f}")
    print(f"analyse_many        {t_many:7.2f} s  {len(docs) / t_many:6.1f} docs/s  "
          f"x{t_base / t_many:.2f}")
    print(f"NER span agreement {span_agree:.4f}; same token count in {same_tok}/{len(docs)} "
          f"docs; POS+feats equal {tag_eq}/{tag_n} = {tag_eq / max(1, tag_n):.4f}")


if __name__ == "__main__":
    main()
