"""``benchmarks/pairing_report.py``: the shared scorer's greedy pairing against the best one.

Synthetic records only (no text is scored), so each case states the pairing it checks."""
from __future__ import annotations

import json
import sys

import pytest
from conftest import SHARED
from probes import load_benchmark

pytestmark = pytest.mark.skipif(not (SHARED / "tools" / "domain_eval.py").is_file(),
                                reason="the shared scorer is not here")


def _ag(status: str, parties: list[str], signers: list[str]) -> dict:
    return {"status": status, "parties": [{"name": p} for p in parties],
            "signatories": signers}


MIN = "Министерство социальной защиты Тверской области"
GOLD = [_ag("signed", [MIN, "Министерство труда Республики Карелия"], ["Анна Петрова"]),
        _ag("planned", [MIN, "Департамент социального развития Югры"], [])]


def test_greedy_pairs_crosswise_when_the_order_differs_and_best_does_not():
    mod = load_benchmark("pairing_report")
    preds = [_ag("planned", [MIN, "Департамент социального развития Югры"], []),
             _ag("signed", [MIN, "Министерство труда Республики Карелия"], ["А. Петрова"])]
    assert mod.greedy(GOLD, preds) == [(0, 0), (1, 1)]
    assert sorted(mod.best(GOLD, preds)) == [(0, 1), (1, 0)]
    docs = [("x", GOLD, preds)]
    greedy, best = mod.figures(docs, mod.greedy), mod.figures(docs, mod.best)
    assert (greedy["status"], greedy["signatories"]) == (0.0, 0.0)
    assert (best["status"], best["signatories"]) == (1.0, 1.0)
    assert greedy["agreements"] == best["agreements"] == 1.0


def test_a_missed_agreement_shifts_greedy_pairs_but_not_best_ones():
    mod = load_benchmark("pairing_report")
    third = _ag("mentioned", [MIN, "Правительство Псковской области"], [])
    gold = [GOLD[0], third, GOLD[1]]
    preds = [GOLD[0], GOLD[1]]  # the recalled agreement is missed
    assert mod.greedy(gold, preds) == [(0, 0), (1, 1)]  # recalled one takes the plan
    assert sorted(mod.best(gold, preds)) == [(0, 0), (2, 1)]
    assert mod.figures([("x", gold, preds)], mod.best)["status"] == 1.0
    assert mod.figures([("x", gold, preds)], mod.greedy)["status"] == 0.5


def test_cli_prints_both_pairings_and_lists_unpaired(tmp_path, monkeypatch, capsys):
    mod = load_benchmark("pairing_report")
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "n01.json").write_text(json.dumps(
        {"agreements": [GOLD[0], _ag("mentioned", [MIN, "Правительство Псковской области"],
                                     []), GOLD[1]]}, ensure_ascii=False), encoding="utf-8")
    records = tmp_path / "r.jsonl"
    records.write_text(json.dumps({"source": "corpus/n01.txt", "agreements": [
        GOLD[0], GOLD[1], _ag("signed", ["Фонд пенсионного и социального страхования"], [])]},
        ensure_ascii=False) + "\n", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["pairing_report.py", str(gold_dir), str(records),
                                      "--list"])
    mod.main()
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:4] == ["pairing", "agreements", "signatories", "status"]
    assert out[1].split()[0] == "scorer" and out[2].split()[0] == "best"
    assert "n01: missed mentioned: " + MIN + "; Правительство Псковской области" in out
    assert "n01: extra signed: Фонд пенсионного и социального страхования" in out


def test_dates_compare_each_dated_gold_with_its_best_pair(tmp_path, monkeypatch, capsys):
    mod = load_benchmark("pairing_report")
    gold = [dict(GOLD[0], date="2025-03-12"), dict(GOLD[1], date="2025-06")]
    preds = [dict(GOLD[1], date="2025-06"), dict(GOLD[0], date="2025-03-11")]
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "n02.json").write_text(json.dumps({"agreements": gold},
                                                           ensure_ascii=False), encoding="utf-8")
    records = tmp_path / "r.jsonl"
    records.write_text(json.dumps({"source": "n02.txt", "agreements": preds},
                                  ensure_ascii=False) + "\n", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["pairing_report.py", str(tmp_path / "gold"),
                                      str(records), "--dates"])
    mod.main()
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[-1] == "date"
    assert out[1].split()[-1] == "0.0" and out[2].split()[-1] == "0.5"  # greedy crosswise
    assert out[3].startswith("n02: WRONG signed/signed gold 2025-03-12 pred 2025-03-11 | ")
    assert out[4].startswith("n02: ok planned/planned gold 2025-06 pred 2025-06 | ")


@pytest.mark.parametrize(("make", "message"), [
    (lambda d: d / "missing", "missing: not a directory"),
    (lambda d: d, "r.jsonl: cannot be read as records or gold (JSONDecodeError"),
])
def test_bad_input_is_one_line_with_exit_code_2(tmp_path, monkeypatch, capsys, make, message):
    mod = load_benchmark("pairing_report")
    (tmp_path / "r.jsonl").write_text("{not json\n", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["pairing_report.py", str(make(tmp_path)),
                                      str(tmp_path / "r.jsonl")])
    with pytest.raises(SystemExit) as exc:
        mod.main()
    assert exc.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert message in err and "Traceback" not in err


def test_pairing_report_signer_errors() -> None:
    """``--signers``: under the best pairing, a gold signer the paired prediction lacks is
    "missing", a predicted one no gold matches is "extra"; an unpaired prediction's
    signers are not listed (that is an agreement error)."""
    report = load_benchmark("pairing_report")
    gold = [{"parties": ["Министерство труда Курской области"], "status": "signed",
             "signatories": ["Анна Седых", "Пётр Гусев"]}]
    preds = [{"parties": [{"name": "Министерство здравоохранения Чувашии"}],
              "status": "signed", "signatories": ["Иван Орлов"]},
             {"parties": [{"name": "Министерство труда Курской области"}],
              "status": "signed", "signatories": ["Анна Седых", "Олег Рябов"]}]
    assert report.signer_errors(gold, preds) == [
        "missing signer Пётр Гусев (signed: Министерство труда Курской области)",
        "extra signer Олег Рябов (signed: Министерство труда Курской области)"]
