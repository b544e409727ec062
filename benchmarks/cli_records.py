"""The evaluation scripts' one way to get records: the CLI as a user runs it.

``soccoop ingest`` into a temporary store, then ``soccoop list --format jsonl``, both with
the interpreter running the script (the project's venv), so a score measures exactly what
a user gets.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path


def soccoop() -> list[str]:
    """The CLI of the interpreter running this script (the project's venv)."""
    return [sys.executable, "-m", "soccoop"]


def records_of(docs: Path, tmp: Path, workers: int = 1, given: str | None = None) -> Path:
    """Records of every document under ``docs`` as JSON Lines in ``tmp`` (or a copy of
    ``given``, records exported before)."""
    records = tmp / "records.jsonl"
    if given:
        shutil.copy(given, records)
        return records
    db = str(tmp / "eval.db")
    subprocess.run([*soccoop(), "ingest", "--db", db, "--workers", str(workers), str(docs)],
                   check=True, stdout=subprocess.DEVNULL)
    with records.open("w", encoding="utf-8") as out:
        subprocess.run([*soccoop(), "list", "--db", db, "--format", "jsonl", "--limit", "0"],
                       check=True, stdout=out)
    return records
