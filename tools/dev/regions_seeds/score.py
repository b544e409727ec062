"""Score a round's regions under the seeds' reading (round 63).

usage: python3 tools/dev/regions_seeds/score.py ROUND_DIR RECORDS.jsonl

ROUND_DIR is a round with its writer's gold (tests/data/devrounds/round244); the regions of
each gold file are replaced by this folder's re-annotation of the same text
(`ROUND/STEM.json`, made by an annotator who saw neither the code nor the writer's gold, from
`annotator-brief.md`), and the shared scorer `domain_eval.py` is run on the copy. Prints the
writer's and the re-annotated regions figures.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = "/work/shared/tools/domain_eval.py"


def _regions(gold: Path, records: str) -> dict:
    out = subprocess.run([sys.executable, SCORER, str(gold), records, "--json"],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)["regions"]


def main() -> None:
    round_dir, records = Path(sys.argv[1]), sys.argv[2]
    notes = HERE / round_dir.name
    with tempfile.TemporaryDirectory() as tmp:
        for f in sorted((round_dir / "gold").glob("*.json")):
            gold = json.loads(f.read_text(encoding="utf-8"))
            gold["regions"] = json.loads((notes / f.name).read_text(encoding="utf-8"))["regions"]
            (Path(tmp) / f.name).write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
        print("writer's gold      ", _regions(round_dir / "gold", records))
        print("seeds' reading     ", _regions(Path(tmp), records))


if __name__ == "__main__":
    main()
