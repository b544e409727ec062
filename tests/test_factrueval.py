"""The FactRuEval-2016 target, measured as the README says (skipped without ../shared)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import SHARED

from soccoop.cli import cli

DEVSET = SHARED / "factrueval-2016" / "devset"


@pytest.mark.slow
@pytest.mark.skipif(not DEVSET.is_dir(), reason="FactRuEval devset not beside the repository")
def test_occupation_f1_on_the_devset(tmp_path):
    db = str(tmp_path / "dev.db")
    runner = CliRunner()
    ingest = runner.invoke(cli, ["ingest", str(DEVSET), "--glob", "*.txt", "--db", db])
    assert ingest.exit_code == 0, ingest.output
    result = runner.invoke(cli, ["eval", str(DEVSET), "--db", db, "--format", "json"])
    assert result.exit_code == 0
    kinds = json.loads(result.stdout)["kinds"]
    assert kinds["officials_full"]["f1"] >= 0.70, kinds
    assert kinds["officials_name_position"]["f1"] >= 0.78, kinds
