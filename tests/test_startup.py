"""Commands that need no NLP must not import it: start-up stays fast."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
HEAVY = {"natasha", "slovnet", "pymorphy2", "dask", "distributed", "navec", "yargy", "numpy",
         "trafilatura", "lxml", "charset_normalizer"}

PROBE = """
import sys
from soccoop.cli import cli
try:
    cli.main(args=sys.argv[1:], prog_name="soccoop", standalone_mode=False)
except SystemExit:
    pass
heavy = {heavy!r}
print(sorted({{m.split('.')[0] for m in sys.modules}} & heavy))
"""


def _loaded(args: list[str], tmp_path: Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(SRC), "SOCCOOP_DB": str(tmp_path / "s.db")}
    out = subprocess.run([sys.executable, "-c", PROBE.format(heavy=HEAVY), *args],
                         capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip().splitlines()[-1]


@pytest.fixture
def store(tmp_path):
    from soccoop.store import Store

    Store(tmp_path / "s.db").close()
    return tmp_path


@pytest.mark.parametrize("args", [
    ["--help"],
    ["--version"],
    ["ingest", "--help"],
    ["list"],
    ["list", "--region", "ХМАО", "--format", "jsonl"],
    ["list", "--kind", "officials", "--format", "json"],
    ["regions"],
    ["regions", "Югра"],
])
def test_no_heavy_imports(store, args):
    assert _loaded(args, store) == "[]"
