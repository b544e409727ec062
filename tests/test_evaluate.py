"""Scorer on tiny hand-made records and gold, and FactRuEval parsing."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SHARED

from soccoop.evaluate import (
    format_table_rows,
    load_factrueval,
    load_gold,
    names_match,
    organisations_match,
    positions_match,
    score,
)

DEVSET = SHARED / "factrueval-2016" / "devset"

GOLD = {"doc1": {
    "officials": [
        {"name": "Клавдия Новикова", "position": "министр социальной защиты",
         "organization": "Министерство социальной защиты Республики Татарстан"},
        {"name": "Татьяна Успенская", "position": "директор",
         "organization": "Департамент труда и социальной защиты населения"},
    ],
    "regions": ["Республика Татарстан"],
    "agreements": [{"parties": ["Министерство социальной защиты Республики Татарстан",
                                "Департамент труда и социальной защиты населения"],
                    "signatories": ["Клавдия Новикова"], "date": "--04-18",
                    "status": "signed"}],
    "published": "--04-18",
}}


def record(officials: list[dict], **kw: object) -> dict:
    rec = {"source": "corpus/doc1.txt", "officials": officials,
           "regions": [{"code": "TA", "name": "Республика Татарстан"}],
           "agreements": [{"parties": [
               {"name": "Министерство социальной защиты РТ"},
               {"name": "Департамент труда и социальной защиты населения"}],
               "signatories": ["К. Новикова"], "date": "2016-04-18", "status": "signed"}],
           "published": "2016-04-18"}
    rec.update(kw)
    return rec


PERFECT = [dict(o) for o in GOLD["doc1"]["officials"]]


def test_perfect_match_scores_one() -> None:
    res = score([record(PERFECT)], GOLD)
    assert res["documents"]["matched"] == 1
    for kind in ("officials_name", "officials_name_position", "officials_full", "regions",
                 "agreements", "signatories"):
        assert res["kinds"][kind]["f1"] == 1.0, kind
    assert res["accuracy"]["agreement_status"]["accuracy"] == 1.0
    assert res["accuracy"]["agreement_date"]["accuracy"] == 1.0
    assert res["accuracy"]["published"]["accuracy"] == 1.0


def test_miss_lowers_recall_spurious_lowers_precision() -> None:
    miss = score([record(PERFECT[:1])], GOLD)["kinds"]["officials_name"]
    assert miss["recall"] == 0.5 and miss["precision"] == 1.0
    extra = PERFECT + [{"name": "Иван Петров", "position": "мэр", "organization": None}]
    spur = score([record(extra)], GOLD)["kinds"]["officials_name"]
    assert spur["recall"] == 1.0 and spur["precision"] == pytest.approx(2 / 3, abs=1e-3)


def test_wrong_position_counts_for_name_only() -> None:
    offs = [dict(PERFECT[0], position="заместитель министра"), PERFECT[1]]
    kinds = score([record(offs)], GOLD)["kinds"]
    assert kinds["officials_name"]["f1"] == 1.0
    assert kinds["officials_name_position"]["tp"] == 1


def test_unmatched_documents_do_not_count() -> None:
    res = score([dict(record(PERFECT), source="corpus/other.txt")], GOLD)
    assert res["documents"]["matched"] == 0
    assert res["kinds"] == {}  # nothing annotated was matched, so nothing is scored


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("К.Новикова", "Клавдия Новикова", True),
    ("Т.Новикова", "Клавдия Новикова", False),
    ("Клавдия Новиковой", "Клавдия Новикова", True),
    ("Ху Цзиньтао", "Цзиньтао Ху", True),
    ("Иван Петров", "Пётр Петров", False),
    ("Обама", "Барак Обама", True),
])
def test_names_match(a: str, b: str, expected: bool) -> None:
    assert names_match(a, b) is expected


@pytest.mark.parametrize(("gold", "system", "expected"), [
    ("мэра", "мэр", True),
    ("директор", "директор департамента", True),
    ("заместитель министра", "министр", False),
    ("премьер-министра", "премьер-министр", True),
])
def test_positions_match(gold: str, system: str, expected: bool) -> None:
    assert positions_match(gold, system) is expected


@pytest.mark.parametrize(("gold", "system", "expected"), [
    ("Министерство социальной защиты Республики Татарстан",
     "Министерство социальной защиты РТ", True),
    ("Россия", "российская сборная", True),
    ("Министерство финансов", "Правительство Москвы", False),
])
def test_organisations_match(gold: str, system: str, expected: bool) -> None:
    assert organisations_match(gold, system) is expected


def test_format_table_rows() -> None:
    rows = format_table_rows(score([record(PERFECT)], GOLD))
    metrics = {r["metric"] for r in rows}
    assert {"officials_name", "published", "documents_matched"} <= metrics
    assert all(set(r) >= {"metric", "precision", "accuracy"} for r in rows)


@pytest.mark.skipif(not DEVSET.is_dir(), reason="FactRuEval devset not available")
def test_factrueval_parsing_of_one_document(tmp_path: Path) -> None:
    for suffix in (".facts", ".coref", ".spans", ".objects", ".txt"):
        (tmp_path / f"book_100{suffix}").write_bytes((DEVSET / f"book_100{suffix}").read_bytes())
    gold = load_gold(tmp_path)
    assert gold == load_factrueval(tmp_path)
    offs = {o["name"]: o for o in gold["book_100"]["officials"]}
    assert offs["Юрий Лужков"]["position"] == "мэра"
    assert offs["Юрий Лужков"]["organization"] == "Москва"
    assert len(offs["Михаил Вельмакин"]["alternatives"]) == 2
    assert len(offs) == 4


def test_hyphenated_compound_lemmas_as_a_whole() -> None:
    from soccoop.evaluate import positions_match, word_lemma

    assert word_lemma("экс-премьера") == "экс-премьер"
    assert word_lemma("вице-президента") == "вице-президент"
    assert positions_match("Экс-премьера", "экс-премьер")
