"""Agreements on NEREL v1.1 (parties, signatories, status), measured as a user would.

Usage: python benchmarks/eval_nerel_agreements.py [SPLIT_DIR ...] [--keep FILE] [--records FILE]
                                                  [--gold-dir DIR] [--show]

Nobody here wrote NEREL's texts or annotation, so it is a check of generalisation. NEREL has
no "agreement" type; gold agreements are derived from its entities and relations:

* an agreement mention is a LAW or EVENT entity whose text holds an agreement word
  (соглашение, договор, меморандум, договорённость, пакт; a law *about* an agreement, "закон
  о ратификации соглашения", is not one), or a signing EVENT ("подписали", "заключили")
  whose INANIMATE_INVOLVED is such a LAW;
* mentions linked by ALTERNATIVE_NAME / INANIMATE_INVOLVED are one agreement, and so are
  agreements of one document with the same (or included) set of parties;
* parties: the ORGANIZATION / COUNTRY / STATE_OR_PROVINCE / CITY / NATIONALITY arguments
  (AGENT, PARTICIPANT_IN, PRODUCES) of the mentions, and the WORKPLACE of a PERSON or
  PROFESSION argument; an agreement whose arguments are only private people ("Мел Гибсон и
  Оксана Григорьева пришли к соглашению") is *not* one between bodies and not gold; one
  without any argument is gold with unknown parties (it matches any prediction of the
  document, as in the shared scorer);
* signatories: PERSON arguments of the signing events (in the nominative); status:
  ``signed`` when a signing event is dated without a year or not at all (the news of the
  day), ``planned`` for a draft ("проект"), else ``mentioned`` (approximate: NEREL gives no
  publication date, so "подписан ... 8 апреля 2010 года" counts as a reminder).

Documents scored: every document of the splits whose text mentions соглашение / договор /
меморандум, whether or not it yields gold, so agreements found where the text has none
between bodies count as false positives. Records come from ``soccoop ingest`` and
``soccoop list --format jsonl --limit 0`` and are scored by ``/work/shared/tools/domain_eval.py``
(party match by content-word stems).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cli_records import records_of

SHARED = Path("/work/shared")
SPLITS = [SHARED / "nerel" / "train", SHARED / "nerel" / "dev"]
SCORER = SHARED / "tools" / "domain_eval.py"

DOC_WORDS = re.compile(r"соглашени|договор|меморандум", re.I)
AGREEMENT = re.compile(r"соглашени|договор(а|у|ом|е|ы|ов|ам|ами|ах)?\b|договор[её]нност|меморандум"
                       r"|пакт", re.I)
NOT_AGREEMENT = re.compile(r"^\W*(федеральн\w*\s+)?(закон|указ|распоряжен|постановлен)", re.I)
SIGNING = re.compile(r"подпис|заключ", re.I)
DRAFT = re.compile(r"проект", re.I)
BODY = {"ORGANIZATION", "COUNTRY", "STATE_OR_PROVINCE", "CITY", "NATIONALITY"}
PERSONISH = {"PERSON", "PROFESSION"}
PARTY_RELS = {"AGENT", "PARTICIPANT_IN", "PRODUCES"}
LINK_RELS = {"ALTERNATIVE_NAME", "INANIMATE_INVOLVED"}


def read_ann(path: Path) -> tuple[dict[str, tuple[str, str]], list[tuple[str, str, str]]]:
    """Entities {id: (type, text)} and relations [(type, arg1, arg2)] of a brat file."""
    ents: dict[str, tuple[str, str]] = {}
    rels: list[tuple[str, str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T") and len(parts) >= 3:
            ents[parts[0]] = (parts[1].split()[0], parts[2])
        elif parts[0].startswith("R"):
            bits = parts[1].split()
            if len(bits) == 3:
                rels.append((bits[0], bits[1].split(":", 1)[1], bits[2].split(":", 1)[1]))
    return ents, rels


def stems(s: str) -> frozenset[str]:
    """Content-word stems, as the shared scorer compares parties."""
    s = re.sub(r"[«»\"'().,\-]", " ", s.lower().replace("ё", "е"))
    return frozenset(w[:5] for w in s.split() if len(w) >= 4)


_MORPH: list = []


def nominative(name: str) -> str:
    """A person's name in the nominative ("Бараком Обамой" -> "Барак Обама"), by pymorphy2."""
    if not _MORPH:
        from soccoop.extract.nlp import _patch_pymorphy2
        _patch_pymorphy2()
        import os

        import pymorphy2
        _MORPH.append(pymorphy2.MorphAnalyzer(path=os.environ["PYMORPHY2_DICT_PATH"]))
    out = []
    for w in name.split():
        parses = [p for p in _MORPH[0].parse(w) if {"Name", "Surn", "Patr"} & set(p.tag.grammemes)]
        if not parses or any("nomn" in p.tag.grammemes for p in parses):
            out.append(w)
            continue
        parse = parses[0]
        form = parse.inflect({"nomn"}) if parse is not None else None
        out.append(form.word.capitalize() if form is not None else w)
    return " ".join(out)


def gold_agreements(ann: Path) -> list[dict]:
    """The agreements between bodies a NEREL document annotates (see the module doc)."""
    ents, rels = read_ann(ann)

    def is_agreement(tid: str) -> bool:
        typ, text = ents[tid]
        return typ in ("LAW", "EVENT") and bool(AGREEMENT.search(text)) \
            and not NOT_AGREEMENT.search(text)

    mentions = {t for t in ents if is_agreement(t)}
    # signing events whose object is an agreement join it
    for r, a1, a2 in rels:
        if r == "INANIMATE_INVOLVED" and a1 in mentions and ents.get(a2, ("",))[0] == "EVENT" \
                and SIGNING.search(ents[a2][1]):
            mentions.add(a2)
    parent = {t: t for t in mentions}

    def find(t: str) -> str:
        while parent[t] != t:
            t = parent[t]
        return t

    for r, a1, a2 in rels:
        if r in LINK_RELS and a1 in mentions and a2 in mentions:
            parent[find(a1)] = find(a2)
    workplace: dict[str, list[str]] = {}
    for r, a1, a2 in rels:
        if r == "WORKPLACE" and a2 in ents and ents[a2][0] in BODY | {"DISTRICT"}:
            workplace.setdefault(a1, []).append(ents[a2][1])
    groups: dict[str, dict] = {}
    for t in mentions:
        g = groups.setdefault(find(t), {"parties": [], "signatories": [], "people": 0,
                                        "signed": False, "draft": False, "texts": [],
                                        "evidence": []})
        g["evidence"].append(ents[t][1])
        typ, text = ents[t]
        if not (typ == "EVENT" and SIGNING.search(text)):
            g["texts"].append(text)
        g["draft"] |= bool(DRAFT.search(text))
        signing = typ == "EVENT" and bool(SIGNING.search(text))
        dates = [ents[a2][1] for r, a1, a2 in rels if r == "POINT_IN_TIME" and a1 == t]
        if signing and not any(re.search(r"\d{4}|год", d, re.I) for d in dates):
            g["signed"] = True
        for r, a1, a2 in rels:
            if r not in PARTY_RELS or a2 != t or a1 not in ents:
                continue
            atyp, atext = ents[a1]
            if atyp in BODY:
                g["parties"].append(atext)
            elif atyp in PERSONISH:
                g["people"] += 1
                g["parties"].extend(workplace.get(a1, []))
                if atyp == "PERSON" and signing:
                    g["signatories"].append(nominative(atext))
    out: list[dict] = []
    for g in groups.values():
        if not g["parties"] and g["people"]:
            continue  # people's private agreement, not between bodies
        parties = list(dict.fromkeys(g["parties"]))
        status = "signed" if g["signed"] else "planned" if g["draft"] else "mentioned"
        item = {"parties": parties, "signatories": list(dict.fromkeys(g["signatories"])),
                "status": status, "evidence": g["evidence"]}
        keys = {stems(p) for p in parties} or {stems(" ".join(g["texts"]))}
        same = next((o for o in out if o["_keys"] <= keys or keys <= o["_keys"]), None)
        if same is not None:
            same["parties"] = list(dict.fromkeys(same["parties"] + parties))
            same["signatories"] = list(dict.fromkeys(same["signatories"] + item["signatories"]))
            same["_keys"] |= keys
            if status == "signed" or (status == "planned" and same["status"] == "mentioned"):
                same["status"] = status
            same["evidence"] += item["evidence"]
            continue
        item["_keys"] = keys
        out.append(item)
    # a mention without parties beside exactly one agreement with parties is that agreement
    # ("Ратификация договора" in a report on the СНВ treaty)
    with_parties = [o for o in out if o["parties"]]
    if len(with_parties) == 1:
        for o in [o for o in out if not o["parties"]]:
            with_parties[0]["evidence"] += o["evidence"]
            out.remove(o)
    for o in out:
        del o["_keys"]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("splits", nargs="*", default=[str(s) for s in SPLITS])
    ap.add_argument("--keep", default=None, help="also write the records (JSON Lines) here")
    ap.add_argument("--records", default=None, help="score these records, do not ingest")
    ap.add_argument("--gold-dir", default=None, help="also write the derived gold here")
    ap.add_argument("--show", action="store_true", help="print gold and predictions per document")
    args = ap.parse_args()
    txts = [t for s in args.splits for t in sorted(Path(s).glob("*.txt"))
            if DOC_WORDS.search(t.read_text(encoding="utf-8"))]
    with tempfile.TemporaryDirectory(prefix="nerel-agr-") as tmp:
        docs, gold_dir = Path(tmp) / "docs", Path(tmp) / "gold"
        docs.mkdir()
        gold_dir.mkdir()
        n_gold = 0
        for txt in txts:
            name = f"{txt.parent.name}_{txt.stem}"
            shutil.copy(txt, docs / f"{name}.txt")
            ags = gold_agreements(txt.with_suffix(".ann"))
            n_gold += len(ags)
            gold = {"agreements": ags, "officials": [], "regions": []}
            (gold_dir / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1),
                                                   encoding="utf-8")
        if args.gold_dir:
            shutil.copytree(gold_dir, args.gold_dir, dirs_exist_ok=True)
        t0 = time.time()
        records = records_of(docs, Path(tmp), 1, args.records)
        took = time.time() - t0
        if args.keep:
            shutil.copy(records, args.keep)
        if args.show:
            preds = {}
            for line in records.read_text(encoding="utf-8").splitlines():
                rec = json.loads(line)
                preds[Path(rec.get("source", "")).stem] = rec.get("agreements") or []
            for g in sorted(gold_dir.glob("*.json")):
                gold = json.loads(g.read_text(encoding="utf-8"))["agreements"]
                pred = preds.get(g.stem, [])
                if not gold and not pred:
                    continue
                print(f"== {g.stem}")
                for a in gold:
                    print(f"  gold {a['status']:9} {a['parties']} {a['signatories']}")
                for a in pred:
                    ps = [p.get("name") if isinstance(p, dict) else p
                          for p in a.get("parties") or []]
                    ss = [p.get("name") if isinstance(p, dict) else p
                          for p in a.get("signatories") or []]
                    print(f"  pred {a.get('status') or '':9} {ps} {ss}")
        res = json.loads(subprocess.run([sys.executable, str(SCORER), str(gold_dir), str(records),
                                         "--json"], check=True, capture_output=True,
                                        text=True).stdout)
        print(f"== NEREL agreements: {len(txts)} documents, {n_gold} gold agreements, "
              f"ingest+export {took:.0f}s")
        for key in ("agreements", "signatories"):
            v = res[key]
            print(f"{key:12} P {v['p']:.3f} R {v['r']:.3f} F1 {v['f1']:.3f} "
                  f"(tp {v['tp']}, pred {v['pred']}, gold {v['gold']})")
        print(f"status accuracy on matched pairs {res['agreement_status_acc']:.3f}")


if __name__ == "__main__":
    main()
