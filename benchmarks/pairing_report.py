"""Which agreement-level errors cost signatories and status under the shared scorer.

Usage: python benchmarks/pairing_report.py GOLD_DIR RECORDS.jsonl [--list] [--dates] [--signers]

``/work/shared/tools/domain_eval.py`` pairs each gold agreement, in gold order, with the
first unpaired predicted agreement that shares a party. When every agreement of a text shares
one ministry, one missed or extra agreement shifts every later pair, and their signatories
and status are compared with the wrong record. This script prints the figures under that
greedy pairing next to the figures under the best one-to-one pairing (most pairs, then most
signatories found, then most statuses right), so a developer sees how much of a signatory or
status error is really an agreement missed, split or merged. ``--list`` names the gold
agreements left unpaired and the predicted ones left over, per document. The "date" column
is agreement date accuracy as the scorer computes it (only gold agreements with a date
count, on the paired ones); ``--dates`` lists, under the best pairing, each gold date next
to the predicted one (``ok``/``WRONG``; the best pairing takes most dates right last), and
the dated gold agreements left unpaired. ``--signers`` names, per document and under the
best pairing, the gold signatories of a paired agreement that its prediction lacks
("missing") and the predicted signatories no gold one matches ("extra"): the signer errors
left when the agreement itself is right.

Both pairings use the scorer's own party and name matching, imported from
``/work/shared/tools``. The best pairing is exact (a dynamic programme over the gold
agreements of one text; texts with more than 12 gold agreements fall back to greedy).
"""
from __future__ import annotations

import argparse
import json
import sys
from functools import cache
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
if not (SHARED / "tools").is_dir():
    SHARED = Path("/work/shared")
sys.path.insert(0, str(SHARED / "tools"))
from domain_eval import name_matches, parties_match, prf  # noqa: E402

from soccoop.evaluate import greedy_match  # noqa: E402

Pair = tuple[int, int]


def _names(ag: dict) -> list[str]:
    return [p.get("name", "") if isinstance(p, dict) else (p or "")
            for p in ag.get("signatories") or []]


def _gain(gold: dict, pred: dict) -> tuple[int, int]:
    found = sum(1 for g in gold.get("signatories") or []
                if any(name_matches(g, p) for p in _names(pred)))
    return found, int(pred.get("status") == gold["status"])


def greedy(golds: list[dict], preds: list[dict]) -> list[Pair]:
    """The shared scorer's pairing: first come first served, by its own party match."""
    return greedy_match(golds, preds, parties_match)


def best(golds: list[dict], preds: list[dict]) -> list[Pair]:
    """The one-to-one pairing with most pairs, then most signatories, then most statuses."""
    if len(golds) > 12:
        return greedy(golds, preds)
    ok = [[parties_match(g, p) for p in preds] for g in golds]

    @cache
    def go(j: int, used: int) -> tuple[tuple[int, int, int], tuple[Pair, ...]]:
        if j == len(preds):
            return (0, 0, 0), ()
        score, pairs = go(j + 1, used)  # prediction j left unpaired
        for i in range(len(golds)):
            if used >> i & 1 or not ok[i][j]:
                continue
            sub, rest = go(j + 1, used | 1 << i)
            sig, st = _gain(golds[i], preds[j])
            cand = (sub[0] + 1, sub[1] + sig, sub[2] + st)
            if cand > score:
                score, pairs = cand, ((i, j), *rest)
        return score, pairs

    return list(go(0, 0)[1])


def figures(docs: list[tuple[str, list[dict], list[dict]]], pairing) -> dict:
    tp = n_pred = n_gold = sig_tp = sig_pred = sig_gold = status_ok = 0
    for _, golds, preds in docs:
        pairs = pairing(golds, preds)
        tp += len(pairs)
        n_pred += len(preds)
        n_gold += len(golds)
        for i, j in pairs:
            found, st = _gain(golds[i], preds[j])
            sig_tp += found
            sig_pred += len(_names(preds[j]))
            sig_gold += len(golds[i].get("signatories") or [])
            status_ok += st
    return {"agreements": prf(tp, n_pred, n_gold)["f1"],
            "signatories": prf(sig_tp, sig_pred, sig_gold)["f1"],
            "status": round(status_ok / tp, 3) if tp else 0.0}


def best_for_dates(golds: list[dict], preds: list[dict]) -> list[Pair]:
    """``best`` with the date as a last tie-break (datesD): among the pairings with most
    pairs, signatories and statuses, the one with most dates right, so that a date error it
    reports is not one the pairing made."""
    if len(golds) > 12:
        return greedy(golds, preds)
    ok = [[parties_match(g, p) for p in preds] for g in golds]

    @cache
    def go(j: int, used: int) -> tuple[tuple[int, int, int, int], tuple[Pair, ...]]:
        if j == len(preds):
            return (0, 0, 0, 0), ()
        score, pairs = go(j + 1, used)
        for i in range(len(golds)):
            if used >> i & 1 or not ok[i][j]:
                continue
            sub, rest = go(j + 1, used | 1 << i)
            sig, st = _gain(golds[i], preds[j])
            day = int(bool(golds[i].get("date")) and preds[j].get("date") == golds[i]["date"])
            cand = (sub[0] + 1, sub[1] + sig, sub[2] + st, sub[3] + day)
            if cand > score:
                score, pairs = cand, ((i, j), *rest)
        return score, pairs

    return list(go(0, 0)[1])


def date_accuracy(docs: list[tuple[str, list[dict], list[dict]]], pairing) -> float:
    """Agreement date accuracy as ``domain_eval`` computes it (datesD): of the paired gold
    agreements that have a date, the share whose prediction has exactly that date."""
    ok = n = 0
    for _, golds, preds in docs:
        for i, j in pairing(golds, preds):
            if golds[i].get("date"):
                n += 1
                ok += (preds[j].get("date") or "") == golds[i]["date"]
    return round(ok / n, 3) if n else 1.0


def date_lines(docs: list[tuple[str, list[dict], list[dict]]]) -> list[str]:
    """Per dated gold agreement, under the best pairing: gold date, predicted date, status and
    parties (datesD), so each date error can be read in its text."""
    out: list[str] = []
    for stem, golds, preds in docs:
        paired = dict(best_for_dates(golds, preds))
        for i, g in enumerate(golds):
            if not g.get("date"):
                continue
            names = "; ".join((p.get("name") if isinstance(p, dict) else p) or ""
                              for p in g.get("parties") or [])
            if i not in paired:
                out.append(f"{stem}: unpaired {g['status']} gold {g['date']} | {names}")
                continue
            p = preds[paired[i]]
            got = p.get("date") or "-"
            mark = "ok" if got == g["date"] else "WRONG"
            out.append(f"{stem}: {mark} {g['status']}/{p.get('status')} gold {g['date']} "
                       f"pred {got} | {names}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=(
        "examples: python benchmarks/pairing_report.py tests/data/devrounds/round20/gold "
        "records.jsonl --list; ... --signers --dates (errors on the paired agreements)"))
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("records", type=Path)
    ap.add_argument("--list", action="store_true", help="name unpaired agreements per text")
    ap.add_argument("--dates", action="store_true",
                    help="list each gold date with the predicted one (best pairing)")
    ap.add_argument("--signers", action="store_true",
                    help="name signers missing or extra on paired agreements (best pairing)")
    args = ap.parse_args()
    if not args.gold_dir.is_dir():
        ap.error(f"{args.gold_dir}: not a directory")
    preds: dict[str, list[dict]] = {}
    docs = []
    path = args.records
    try:
        for line in args.records.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                preds[Path(rec.get("source", "")).stem] = rec.get("agreements") or []
        for path in sorted(args.gold_dir.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            docs.append((path.stem, gold["agreements"], preds.get(path.stem, [])))
    except (OSError, UnicodeDecodeError, ValueError, KeyError, AttributeError) as exc:
        ap.error(f"{path}: cannot be read as records or gold ({type(exc).__name__}: {exc})")
    print("pairing  " + "  ".join(f"{k:>11}" for k in ("agreements", "signatories", "status",
                                                        "date")))
    for label, pairing in (("scorer", greedy), ("best", best)):
        dated = best_for_dates if pairing is best else pairing  # datesD
        f = figures(docs, pairing) | {"date": date_accuracy(docs, dated)}
        print(f"{label:7}  " + "  ".join(f"{f[k]:>11}" for k in f))
    if args.dates:
        for line in date_lines(docs):
            print(line)
    if args.list:
        for stem, golds, ps in docs:
            pairs = best(golds, ps)
            for i, g in enumerate(golds):
                if i not in {a for a, _ in pairs}:
                    names = [p.get("name") if isinstance(p, dict) else p
                             for p in g.get("parties") or []]
                    print(f"{stem}: missed {g['status']}: {'; '.join(n or '' for n in names)}")
            for j, p in enumerate(ps):
                if j not in {b for _, b in pairs}:
                    names = [x.get("name", "") for x in p.get("parties") or []]
                    print(f"{stem}: extra {p.get('status')}: {'; '.join(names)}")
    if args.signers:
        for stem, golds, ps in docs:
            for line in signer_errors(golds, ps):
                print(f"{stem}: {line}")


def signer_errors(golds: list[dict], preds: list[dict]) -> list[str]:
    """Signer differences on the agreements the best pairing pairs, one line each."""
    out = []
    for i, j in sorted(best(golds, preds)):
        gold_names = golds[i].get("signatories") or []
        pred_names = _names(preds[j])
        parties = "; ".join(x.get("name", "") for x in preds[j].get("parties") or [])
        for g in gold_names:
            if not any(name_matches(g, p) for p in pred_names):
                out.append(f"missing signer {g} ({golds[i]['status']}: {parties})")
        for p in pred_names:
            if not any(name_matches(g, p) for g in gold_names):
                out.append(f"extra signer {p} ({preds[j].get('status')}: {parties})")
    return out


if __name__ == "__main__":
    main()
