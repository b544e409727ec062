"""date38: the publication day stands in for the date of a signing no report dates, marked
``date_from_published``; it never changes identity (the record id, the merge of reports)."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner
from probes import agreements_of

from soccoop import identity
from soccoop.models import (
    PUBLISHED_MARK,
    Agreement,
    Evidence,
    Party,
    publication_stand_in,
)

TA = {"name": "Министерство социальной защиты Республики Татарстан", "region": "RU-TA"}
KHM = {"name": "Департамент социального развития Ханты-Мансийского автономного округа — Югры",
       "region": "RU-KHM"}
SIDES = ("Министерство социальной защиты Республики Татарстан и Департамент социального "
         "развития Ханты-Мансийского автономного округа — Югры")
SIGNED = SIDES + " подписали соглашение о сотрудничестве в сфере социальной защиты населения."


def _agreement(status: str, date: str | None) -> Agreement:
    return Agreement(title="соглашение", status=status, date=date,
                     parties=[Party(TA["name"], "RU-TA")], signatories=[],
                     regions=["RU-TA"], evidence=Evidence("подписали", 10, 19))


@pytest.mark.parametrize("status,date,published,expected", [
    # an undated signing of a page known to the day: the day stands in, marked
    ("signed", None, "2023-10-27", ("2023-10-27", True)),
    ("signed", None, "2023-10-27T09:15:00+03:00", ("2023-10-27", True)),
    # a flash's dateline without its year ("ОМСК, 3 февраля"): the day as stated
    ("signed", None, "--02-03", ("--02-03", True)),
    # a date of its own, even a year or a month, is kept
    ("signed", "2023-10-26", "2023-10-27", ("2023-10-26", False)),
    ("signed", "2021", "2023-10-27", ("2021", False)),
    # a plan or an earlier agreement is not signed on the day of the news
    ("planned", None, "2023-10-27", (None, False)),
    ("mentioned", None, "2023-10-27", (None, False)),
    # the publication date is not known to the day
    ("signed", None, "2023-10", (None, False)),
    ("signed", None, None, (None, False)),
])
def test_publication_stand_in(status, date, published, expected) -> None:
    a = _agreement(status, date)
    before = a.id
    publication_stand_in([a], published)
    publication_stand_in([a], published)  # idempotent (the store migration reapplies it)
    assert (a.date, a.date_from_published) == expected
    assert a.id == before


@pytest.mark.parametrize("text,published,expected", [
    # no day told anywhere: the publication day, marked
    (SIGNED, "2023-10-27", ("signed", "2023-10-27", True)),
    # a relative day of its own is the signing's date, not a stand-in
    ("Вчера " + SIGNED[0].lower() + SIGNED[1:], "2023-10-27", ("signed", "2023-10-26", False)),
    # a plan never takes it
    (SIDES + " планируют подписать соглашение о сотрудничестве.", "2023-10-27",
     ("planned", None, False)),
    # a publication month only: nothing stands in
    (SIGNED, "2023-10", ("signed", None, False)),
])
def test_extraction_dates_an_undated_signing_by_its_page(models, text, published,
                                                         expected) -> None:
    [a] = agreements_of(models, text, published)
    assert (a.status, a.date, a.date_from_published) == expected


def test_the_stand_in_leaves_the_record_id_as_without_it(models) -> None:
    [dated] = agreements_of(models, SIGNED, "2023-10-27")
    [undated] = agreements_of(models, SIGNED, None)
    assert dated.date_from_published and undated.date is None
    assert dated.id == undated.id


def _row(doc: str, date: str | None, published: str, from_published: bool = False,
         status: str = "signed") -> dict:
    return {"id": "a" + doc, "document": doc, "source": doc + ".txt", "status": status,
            "date": date, "date_from_published": from_published, "parties": [TA, KHM],
            "regions": ["RU-KHM", "RU-TA"], "title": "соглашение о сотрудничестве",
            "subject": None, "signatories": [], "published": published,
            "evidence": {"text": "x", "start": 0, "end": 1}}


@pytest.mark.parametrize("rows,date,from_published", [
    # two undated reports a day apart, each dated by its page: one signing, the earlier day
    ([_row("d1", "2023-10-28", "2023-10-28", True), _row("d2", "2023-10-27", "2023-10-27", True)],
     "2023-10-27", True),
    # "вчера" in one report, the other undated a day later: the stated day
    ([_row("d1", "2023-10-26", "2023-10-27"), _row("d2", "2023-10-28", "2023-10-28", True)],
     "2023-10-26", False),
    # a stand-in far from the stated day still joins: it is no date of its own
    ([_row("d1", "2023-12-01", "2023-12-01", True), _row("d2", "2023-10-26", "2023-10-27")],
     "2023-10-26", False),
    # an older stored report (no stand-in) and a new one: the day, not only the year
    ([_row("d1", None, "2023-10-29"), _row("d2", "2023-10-28", "2023-10-28", True)],
     "2023-10-28", True),
])
def test_a_stand_in_never_splits_an_agreement(rows, date, from_published) -> None:
    [m] = identity.identify(rows)
    assert (m["date"], m["date_from_published"]) == (date, from_published)
    assert {s["document"]: s["date_from_published"] for s in m["sources"]} == {
        r["document"]: r["date_from_published"] for r in rows}


def test_two_stated_days_still_make_two_agreements() -> None:
    rows = [_row("d1", "2023-10-26", "2023-10-27"), _row("d2", "2023-09-14", "2023-09-15")]
    assert len(identity.identify(rows)) == 2


DAY1 = "27 октября 2023\n\nВчера " + SIGNED[0].lower() + SIGNED[1:] + "\n"
DAY2 = "28 октября 2023\n\n" + SIGNED + "\n"


def test_store_merges_a_stated_and_an_undated_report_a_day_apart(listed_rows) -> None:
    docs = listed_rows({"a.txt": DAY1, "b.txt": DAY2}, "--format", "jsonl")
    dated = {d["source"].rsplit("/", 1)[-1]: d["agreements"][0] for d in docs}
    assert (dated["a.txt"]["date"], dated["a.txt"]["date_from_published"]) == (
        "2023-10-26", False)
    assert (dated["b.txt"]["date"], dated["b.txt"]["date_from_published"]) == (
        "2023-10-28", True)
    agreements = listed_rows({}, "--kind", "agreements", "--format", "jsonl")
    [one] = agreements
    assert (one["date"], one["date_from_published"], one["reports"]) == ("2023-10-26", False, 2)


def test_tables_and_show_say_the_date_is_the_publication_day(ingest_and_list, tmp_path,
                                                               ) -> None:
    from soccoop.cli import cli

    table = ingest_and_list({"b.txt": DAY2}, "--kind", "agreements", "--format", "table")
    assert "2023-10-28" + PUBLISHED_MARK in table
    csv = ingest_and_list({}, "--kind", "agreements", "--format", "csv")
    assert "2023-10-28" in csv and PUBLISHED_MARK not in csv  # machine formats: the value
    db = str(tmp_path / "t.db")
    [row] = [json.loads(x) for x in CliRunner().invoke(
        cli, ["list", "--db", db, "--kind", "agreements", "--format", "jsonl"]).stdout.split("\n")
        if x.strip()]
    shown = CliRunner().invoke(cli, ["show", row["id"], "--db", db, "--format", "table"])
    assert shown.exit_code == 0, shown.output
    assert "2023-10-28" + PUBLISHED_MARK in shown.output


def test_migration_dates_stored_undated_signings(ingest_and_list, tmp_path) -> None:
    """A store written before schema 3: its undated signing takes the publication day."""
    from soccoop.store import Store

    ingest_and_list({"b.txt": DAY2}, "--format", "jsonl")
    db = str(tmp_path / "t.db")
    con = sqlite3.connect(db)
    doc_id, raw = con.execute("SELECT id, record FROM documents").fetchone()
    rec = json.loads(raw)
    for a in rec["agreements"]:
        a["date"] = None
        a.pop("date_from_published")
    rec["schema_version"] = 2
    con.execute("UPDATE documents SET record = ?", (json.dumps(rec, ensure_ascii=False),))
    con.execute("UPDATE agreements SET date = NULL")
    con.execute("DELETE FROM migrations WHERE version = 5")
    con.commit()
    con.close()
    with Store(db) as s:
        [stored] = list(s.records())
        dates = s.query("SELECT id, date FROM agreements WHERE doc_id = ?", (doc_id,))
    [a] = stored["agreements"]
    assert (a["date"], a["date_from_published"]) == ("2023-10-28", True)
    assert stored["schema_version"] == 3
    assert [tuple(r) for r in dates] == [(a["id"], "2023-10-28")]
