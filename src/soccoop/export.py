"""Exports for other tools: JSON Lines records, CSV tables, a plain SQLite database.

The SQLite export holds flat, typed tables (no FTS, no custom functions) that open directly
in sqlite-utils or Datasette; CSV writes the same tables, one file each, into a directory.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from soccoop import isodate
from soccoop.output import dumps
from soccoop.query import all_agreements, region_name
from soccoop.store import Store

# table -> [(column, SQLite type)], the first column(s) marked as the primary key by PKS
SCHEMA: dict[str, list[tuple[str, str]]] = {
    "documents": [("id", "TEXT"), ("source", "TEXT"), ("sha256", "TEXT"), ("title", "TEXT"),
                  ("published", "TEXT"), ("date_lo", "TEXT"), ("date_hi", "TEXT"),
                  ("copy_of", "TEXT"), ("regions", "INTEGER"), ("agreements", "INTEGER"),
                  ("officials", "INTEGER"), ("text", "TEXT")],
    "regions": [("code", "TEXT"), ("name", "TEXT"), ("documents", "INTEGER"),
                ("agreements", "INTEGER")],
    "document_regions": [("document_id", "TEXT"), ("code", "TEXT"), ("mentions", "INTEGER")],
    "agreements": [("id", "TEXT"), ("status", "TEXT"), ("date", "TEXT"), ("date_lo", "TEXT"),
                   ("date_hi", "TEXT"), ("title", "TEXT"), ("subject", "TEXT"),
                   ("regions", "TEXT"), ("signatories", "TEXT"), ("reports", "INTEGER"),
                   ("outlets", "INTEGER"), ("copies", "INTEGER")],
    "agreement_sources": [("agreement_id", "TEXT"), ("document_id", "TEXT"),
                          ("report_id", "TEXT"), ("source", "TEXT"), ("outlet", "TEXT"),
                          ("copy_of", "TEXT"), ("status", "TEXT"),
                          ("date", "TEXT"), ("evidence_text", "TEXT"),
                          ("evidence_start", "INTEGER"), ("evidence_end", "INTEGER")],
    "parties": [("agreement_id", "TEXT"), ("idx", "INTEGER"), ("name", "TEXT"),
                ("region", "TEXT")],
    "officials": [("document_id", "TEXT"), ("idx", "INTEGER"), ("name", "TEXT"),
                  ("position", "TEXT"), ("organization", "TEXT"), ("region", "TEXT"),
                  ("evidence_text", "TEXT"), ("evidence_start", "INTEGER"),
                  ("evidence_end", "INTEGER")],
}
PKS = {"documents": ["id"], "regions": ["code"], "document_regions": ["document_id", "code"],
       "agreements": ["id"], "agreement_sources": ["agreement_id", "document_id", "report_id"],
       "parties": ["agreement_id", "idx"], "officials": ["document_id", "idx"]}
FOREIGN = {
    "document_regions": [("document_id", "documents", "id"), ("code", "regions", "code")],
    "agreement_sources": [("agreement_id", "agreements", "id"),
                          ("document_id", "documents", "id")],
    "parties": [("agreement_id", "agreements", "id")],
    "officials": [("document_id", "documents", "id")],
    "documents": [("copy_of", "documents", "id")],
}


class ExportError(Exception):
    """The destination cannot be written (exists, is a file where a directory is needed)."""


def tables(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Every export table as rows (the store is small enough per table to hold in memory)."""
    out: dict[str, list[dict[str, Any]]] = {k: [] for k in SCHEMA}
    doc_counts: dict[str, int] = {}
    for row in store.db.execute(
            "SELECT record, text, copy_of, date_lo, date_hi FROM documents ORDER BY source, id"):
        rec = json.loads(row[0])
        out["documents"].append({
            "id": rec["id"], "source": rec["source"], "sha256": rec["sha256"],
            "title": rec.get("title"), "published": rec.get("published"),
            "date_lo": row[3], "date_hi": row[4], "copy_of": row[2],
            "regions": len(rec.get("regions", [])), "agreements": len(rec.get("agreements", [])),
            "officials": len(rec.get("officials", [])), "text": row[1]})
        for r in rec.get("regions", []):
            out["document_regions"].append({"document_id": rec["id"], "code": r["code"],
                                             "mentions": len(r.get("mentions", []))})
            doc_counts[r["code"]] = doc_counts.get(r["code"], 0) + 1
        for i, o in enumerate(rec.get("officials", [])):
            ev = o.get("evidence") or {}
            out["officials"].append({
                "document_id": rec["id"], "idx": i, "name": o["name"],
                "position": o.get("position"), "organization": o.get("organization"),
                "region": o.get("region"), "evidence_text": ev.get("text"),
                "evidence_start": ev.get("start"), "evidence_end": ev.get("end")})
    agr_counts: dict[str, int] = {}
    for a in all_agreements(store):
        lo, hi = isodate.date_bounds(a["date"])
        out["agreements"].append({
            "id": a["id"], "status": a["status"], "date": a["date"], "date_lo": lo,
            "date_hi": hi, "title": a.get("title"), "subject": a.get("subject"),
            "regions": ",".join(a["regions"]), "signatories": "; ".join(a["signatories"]),
            "reports": a["reports"], "outlets": a["outlets"], "copies": a["copies"]})
        for i, p in enumerate(a["parties"]):
            out["parties"].append({"agreement_id": a["id"], "idx": i, "name": p["name"],
                                   "region": p.get("region")})
        for s in a["sources"]:
            ev = s.get("evidence") or {}
            out["agreement_sources"].append({
                "agreement_id": a["id"], "document_id": s["document"], "report_id": s["agreement"],
                "source": s["source"], "outlet": s["outlet"], "copy_of": s["copy_of"],
                "status": s["status"], "date": s["date"],
                "evidence_text": ev.get("text"), "evidence_start": ev.get("start"),
                "evidence_end": ev.get("end")})
        for c in a["regions"]:
            agr_counts[c] = agr_counts.get(c, 0) + 1
    for c in sorted(set(doc_counts) | set(agr_counts)):
        out["regions"].append({"code": c, "name": region_name(c),
                               "documents": doc_counts.get(c, 0),
                               "agreements": agr_counts.get(c, 0)})
    return out


def _check_new(path: Path, force: bool) -> None:
    if path.exists() and not force:
        raise ExportError(f"{path}: exists (use --force to overwrite)")


def write_sqlite(store: Store, path: str, force: bool = False) -> dict[str, int]:
    dest = Path(path)
    _check_new(dest, force)
    if dest.is_dir():
        raise ExportError(f"{dest}: is a directory")
    tmp = dest.with_name(dest.name + ".tmp")
    if tmp.exists():
        tmp.unlink()
    data = tables(store)
    db = sqlite3.connect(tmp)
    try:
        with db:
            for name, cols in SCHEMA.items():
                defs = [f'"{c}" {t}' for c, t in cols]
                defs.append("PRIMARY KEY (" + ", ".join(f'"{c}"' for c in PKS[name]) + ")")
                for col, table, ref in FOREIGN.get(name, []):
                    defs.append(f'FOREIGN KEY ("{col}") REFERENCES "{table}"("{ref}")')
                db.execute(f'CREATE TABLE "{name}" (\n  ' + ",\n  ".join(defs) + "\n)")
                marks = ",".join("?" * len(cols))
                try:  # every key is unique by construction: a clash is a bug, never dropped
                    db.executemany(f'INSERT INTO "{name}" VALUES ({marks})',
                                   [tuple(r.get(c) for c, _ in cols) for r in data[name]])
                except sqlite3.IntegrityError as e:
                    raise ExportError(f"{dest}: table {name}: {e}") from None
    except ExportError:
        db.close()
        tmp.unlink(missing_ok=True)
        raise
    finally:
        db.close()
    os.replace(tmp, dest)
    return {k: len(v) for k, v in data.items()}


def write_csv(store: Store, path: str, force: bool = False) -> dict[str, int]:
    dest = Path(path)
    if dest.exists() and not dest.is_dir():
        raise ExportError(f"{dest}: is a file; CSV export writes a directory of tables")
    if dest.is_dir() and any(dest.iterdir()) and not force:
        raise ExportError(f"{dest}: directory is not empty (use --force to overwrite)")
    dest.mkdir(parents=True, exist_ok=True)
    data = tables(store)
    for name, cols in SCHEMA.items():
        with open(dest / f"{name}.csv", "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow([c for c, _ in cols])
            for r in data[name]:
                w.writerow(["" if r.get(c) is None else r.get(c) for c, _ in cols])
    return {k: len(v) for k, v in data.items()}


def jsonl_lines(store: Store) -> Iterator[str]:
    for row in store.db.execute("SELECT record, copy_of FROM documents ORDER BY source, id"):
        yield dumps({**json.loads(row[0]), "copy_of": row[1]}) + "\n"


def write_jsonl(store: Store, out: IO[str]) -> int:
    n = 0
    for line in jsonl_lines(store):
        out.write(line)
        n += 1
    return n
