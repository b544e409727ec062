from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = Path(__file__).resolve().parent / "data" / "gold"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def db(tmp_path, monkeypatch):
    """Every test gets its own store, selected the way a user would: SOCCOOP_DB."""
    path = tmp_path / "store.db"
    monkeypatch.setenv("SOCCOOP_DB", str(path))
    return path


@pytest.fixture(scope="session")
def models():
    from soccoop.extract.nlp import get_models

    return get_models()


@pytest.fixture(scope="session")
def ingested_corpus(tmp_path_factory):
    """The sample corpus ingested once into a store shared by read-only tests."""
    from soccoop.cli import cli

    tmp = tmp_path_factory.mktemp("corpus")
    corpus = tmp / "corpus"
    shutil.copytree(CORPUS, corpus)
    store = tmp / "store.db"
    result = CliRunner().invoke(cli, ["ingest", str(corpus), "--db", str(store), "--workers", "1"])
    assert result.exit_code == 0, result.output
    return store, corpus
