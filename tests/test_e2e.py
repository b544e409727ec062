"""End to end: the sample corpus through `soccoop ingest`, scored against the seeds' gold."""

from __future__ import annotations

import json
import sqlite3

import jsonschema
import pytest
from click.testing import CliRunner
from conftest import GOLD, ROOT

from soccoop.cli import cli
from soccoop.evaluate import load_gold, score
from soccoop.extract.boilerplate import mask_boilerplate


@pytest.fixture(scope="module")
def records(ingested_corpus):
    store, _ = ingested_corpus
    result = CliRunner().invoke(cli, ["list", "--db", str(store), "--format", "json"])
    assert result.exit_code == 0
    return json.loads(result.stdout)


def test_every_gold_fact_is_found(records):
    result = score(records, load_gold(GOLD))
    assert result["documents"]["matched"] == 5
    for kind in ["regions", "officials_name_position", "agreements", "signatories"]:
        assert result["kinds"][kind]["recall"] == 1.0, (kind, result["kinds"][kind])
    for kind in ["regions", "officials_name", "agreements"]:
        assert result["kinds"][kind]["precision"] == 1.0, (kind, result["kinds"][kind])
    for acc in ["agreement_status", "agreement_date", "published"]:
        assert result["accuracy"][acc]["accuracy"] == 1.0, (acc, result["accuracy"][acc])


def test_eval_command_reports_the_same(ingested_corpus):
    store, _ = ingested_corpus
    result = CliRunner().invoke(cli, ["eval", str(GOLD), "--db", str(store), "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["kinds"]["agreements"]["f1"] == 1.0


def test_records_follow_the_published_schema(records):
    schema = json.loads((ROOT / "src/soccoop/schema/record.schema.json").read_text())
    for rec in records:
        jsonschema.validate(rec, schema)


def _evidence(rec):
    for r in rec["regions"]:
        yield from r["mentions"]
    for o in rec["officials"]:
        yield o["evidence"]
    for a in rec["agreements"]:
        yield a["evidence"]
    yield from rec["dates"]


def test_evidence_offsets_point_into_the_stored_text_and_never_into_boilerplate(ingested_corpus,
                                                                                records):
    store, _ = ingested_corpus
    db = sqlite3.connect(store)
    for rec in records:
        text = db.execute("SELECT text FROM documents WHERE id = ?", (rec["id"],)).fetchone()[0]
        masked = mask_boilerplate(text)
        for ev in _evidence(rec):
            assert text[ev["start"]:ev["end"]] == ev["text"]
            kept = masked[ev["start"]:ev["end"]]
            assert kept.strip(), f"{rec['source']}: fact from boilerplate: {ev['text']!r}"


def test_no_year_is_invented(records):
    by_stem = {r["source"].rsplit("/", 1)[-1][:3]: r for r in records}
    assert by_stem["000"]["published"] == "--04-18"
    signed = [a for a in by_stem["000"]["agreements"] if a["status"] == "signed"]
    assert signed[0]["date"] == "--04-18"
    assert by_stem["003"]["agreements"][0]["date"] == "--10-26"


def test_agreement_regions_come_from_every_party(records):
    by_stem = {r["source"].rsplit("/", 1)[-1][:3]: r for r in records}
    # "Московский институт ..." is named only in a signatory's title and the headline
    assert set(by_stem["003"]["agreements"][0]["regions"]) == {"RU-ULY", "RU-MOW"}
    assert set(by_stem["002"]["agreements"][0]["regions"]) == {"RU-KOS", "RU-LPR"}
