"""mend83: the record passes after the date stage as one named tuple, and the shared runners
of the NEREL tables.

- ``merge_extra.DATED_RECORD_PASSES`` (``region_records_told_by_bodies``,
  ``lone_plans_take_common_side``), run by one loop (``coreference.run_passes``) on
  ``merge_extra.DatedRecords`` in ``pipeline.extract_from_analysis``: named, documented
  with a Russian example, defined in the order they run, listed in that order by the
  development log, and run once each on the records the extraction returns;
- ``probes.check_extracted_post``, ``check_mended_spans``, ``check_no_dev_text_quoted``
  (with ``dev_text_runs``, read once a session): the shared checks fail where the table
  row is wrong.

Every sentence and name here is invented for these tests.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import probes
import pytest

from soccoop.extract import merge_extra, pipeline
from soccoop.extract.coreference import run_passes
from soccoop.extract.merge_extra import DATED_RECORD_PASSES, DatedRecords
from soccoop.extract.passes import Pass
from soccoop.models import Agreement

DEV_LOG = Path(__file__).resolve().parent.parent / "docs" / "development-log.md"


_agreement = probes.agreement


PENZA = ("Пензенская область", "RU-PNZ")
SARATOV = ("Саратовская область", "RU-SAR")
PENZA_MIN = ("Министерство социальной защиты населения Пензенской области", "RU-PNZ")
SARATOV_DEP = ("Департамент труда и занятости Саратовской области", "RU-SAR")
COLLEGE = ("Пензенский медицинский колледж", "RU-PNZ")
KIROV_DEP = ("Департамент социального развития Кировской области", "RU-KIR")

# (case, the page's records after the date stage, each record's sides after the tuple)
PAGES: list[tuple[str, list[Agreement], list[list[str]]]] = [
    # both passes: the regions' record goes into their bodies', then the lone plan takes
    # the ministry both signed records share
    ("region_record_goes_and_plan_takes_the_ministry",
     [_agreement("signed", [PENZA, SARATOV]),
      _agreement("signed", [PENZA_MIN, SARATOV_DEP], ("Олег Сорокин",), at=100),
      _agreement("signed", [PENZA_MIN, COLLEGE], at=200),
      _agreement("planned", [KIROV_DEP], at=300)],
     [[PENZA_MIN[0], SARATOV_DEP[0]], [PENZA_MIN[0], COLLEGE[0]],
      [PENZA_MIN[0], KIROV_DEP[0]]]),
    ("region_record_goes",
     [_agreement("signed", [PENZA, SARATOV], date="2025-04-02"),
      _agreement("signed", [PENZA_MIN, SARATOV_DEP], at=100)],
     [[PENZA_MIN[0], SARATOV_DEP[0]]]),
    ("lone_plan_takes_the_ministry",
     [_agreement("signed", [PENZA_MIN, SARATOV_DEP]),
      _agreement("mentioned", [PENZA_MIN, COLLEGE], at=100),
      _agreement("planned", [KIROV_DEP], at=200)],
     [[PENZA_MIN[0], SARATOV_DEP[0]], [PENZA_MIN[0], COLLEGE[0]],
      [PENZA_MIN[0], KIROV_DEP[0]]]),
    # negatives: a regions' record with its own signers stays; a plan on a page whose
    # ministry signed once is left alone
    ("region_record_with_signers_stays",
     [_agreement("signed", [PENZA, SARATOV], ("Анна Белкина",)),
      _agreement("signed", [PENZA_MIN, SARATOV_DEP], at=100)],
     [[PENZA[0], SARATOV[0]], [PENZA_MIN[0], SARATOV_DEP[0]]]),
    ("plan_beside_one_signing_stays",
     [_agreement("signed", [PENZA_MIN, SARATOV_DEP]),
      _agreement("planned", [KIROV_DEP], at=100)],
     [[PENZA_MIN[0], SARATOV_DEP[0]], [KIROV_DEP[0]]]),
    ("records_of_another_status_stay",
     [_agreement("mentioned", [PENZA, SARATOV], date="2019"),
      _agreement("signed", [PENZA_MIN, SARATOV_DEP], at=100)],
     [[PENZA[0], SARATOV[0]], [PENZA_MIN[0], SARATOV_DEP[0]]]),
]


@pytest.mark.parametrize(("records", "sides"), probes.named_rows(PAGES))
def test_dated_record_passes_on_a_page(records: list[Agreement],
                                       sides: list[list[str]]) -> None:
    kept = records
    state = run_passes(DATED_RECORD_PASSES, DatedRecords(records))
    assert state.agreements is kept  # changed in place: the pipeline's list is the record's
    assert [[p.name for p in a.parties] for a in records] == sides


CYRILLIC = re.compile(r"[А-Яа-яЁё]{3,}")


@pytest.mark.parametrize("p", DATED_RECORD_PASSES, ids=lambda p: p.name)
def test_every_dated_record_pass_is_named_and_documented(p: Pass[DatedRecords]) -> None:
    assert re.fullmatch(r"[a-z][a-z_]*", p.name)
    assert p.run.__name__ == p.name
    doc = p.run.__doc__ or ""
    assert len(doc.split()) >= 8
    assert CYRILLIC.search(doc), f"{p.name}: no Russian example in its docstring"


def test_dated_record_passes_are_unique_and_defined_in_their_order() -> None:
    """Reading merge_extra top to bottom gives the order the passes run in."""
    names = [p.name for p in DATED_RECORD_PASSES]
    assert names == ["region_records_told_by_bodies", "lone_plans_take_common_side",
                     "draft_text_planned", "short_named_record_told_again",
                     "plan_of_a_told_signing", "caption_of_a_told_signing",
                     "subheading_over_its_record", "signing_after_the_page",
                     "quoted_mention_of_a_told_signing",
                     "page_day_signing_told_again"]
    assert len(set(names)) == len(names)
    source = Path(merge_extra.__file__).read_text(encoding="utf-8")
    at = [source.index(f"\ndef {name}(") for name in names]
    assert at == sorted(at)
    assert source.index("\nDATED_RECORD_PASSES") > at[-1]


def test_the_development_log_lists_the_dated_record_passes_in_order() -> None:
    """The development log's numbered list after "(`DATED_RECORD_PASSES`)" is the tuple."""
    text = DEV_LOG.read_text(encoding="utf-8")
    start = text.index("(`DATED_RECORD_PASSES`)")
    listed: list[str] = []
    for line in text[start:].splitlines()[1:]:
        m = re.match(r"\d+\. `([a-z_]+)`", line)
        if m:
            listed.append(m.group(1))
        elif listed:
            break
    assert listed == [p.name for p in DATED_RECORD_PASSES]


PAGE = ("Пенза, 2 апреля 2025\n\n"
        "Министерство социальной защиты населения Пензенской области подписало соглашение "
        "с Пензенским медицинским колледжем. Документ подписали министр Олег Сорокин и "
        "директор колледжа Анна Белкина.")


@pytest.mark.slow
def test_the_pipeline_runs_the_tuple_once_on_the_records_it_returns(
        models: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[list[Agreement]] = []

    def count_records(s: DatedRecords) -> None:
        seen.append(s.agreements)

    monkeypatch.setattr(pipeline, "DATED_RECORD_PASSES",
                        (*DATED_RECORD_PASSES, Pass("count_records", count_records)))
    rec = pipeline.extract(PAGE, "t.txt", models, published="2025-04-02")
    assert len(seen) == 1
    assert seen[0] is rec.agreements
    assert rec.agreements


# --- the shared runners of the probe tables ---------------------------------------------

POSTED = "Губернатор Пензенской области Олег Сорокин открыл новую школу."


@pytest.mark.slow
@pytest.mark.parametrize(("name", "position", "holds"), probes.named_rows([
    ("the_post_held", "Олег Сорокин", "губернатор", True),
    ("no_official_named_so", "Анна Белкина", None, True),
    # negatives: the runner fails on a wrong or longer post, a missing name, or an
    # official said to be none, by the whole name or the surname
    ("another_post", "Олег Сорокин", "мэр", False),
    ("a_longer_post", "Олег Сорокин", "губернатор Пензенской области", False),
    ("no_such_official", "Анна Белкина", "губернатор", False),
    ("said_to_be_none", "Олег Сорокин", None, False),
    ("surname_said_to_be_none", "Сорокин", None, False),
]))
def test_check_extracted_post(models: Any, name: str, position: str | None,
                              holds: bool) -> None:
    if holds:
        probes.check_extracted_post(models, POSTED, name, position)
    else:
        with pytest.raises(AssertionError):
            probes.check_extracted_post(models, POSTED, name, position)


NAMED = "Подписал директор колледжа Анна Белкина вчера."


@pytest.mark.slow
@pytest.mark.parametrize(("mended", "holds"), probes.named_rows([
    ("the_span_kept", [("PER", "Анна Белкина")], True),
    # negative: the runner fails when the table expects another span
    ("another_span", [("PER", "Белкина")], False),
]))
def test_check_mended_spans(models: Any, mended: list[tuple[str, str]], holds: bool) -> None:
    given = [("PER", "Анна Белкина")]
    if holds:
        probes.check_mended_spans(models, NAMED, given, mended)
    else:
        with pytest.raises(AssertionError):
            probes.check_mended_spans(models, NAMED, given, mended)


def test_dev_text_runs_are_read_once() -> None:
    assert probes.dev_text_runs() is probes.dev_text_runs()
    assert len(probes.dev_text_runs()) > 1000


def test_check_no_dev_text_quoted(tmp_path: Path) -> None:
    probes.check_no_dev_text_quoted(__file__, [("merge_extra", "lone_plans_take_common_side")])
    # negatives: a file that repeats six words of a dev text; a docstring with no Russian
    quoting = tmp_path / "quoting.py"
    quoting.write_text(" ".join(sorted(probes.dev_text_runs())[0]), encoding="utf-8")
    with pytest.raises(AssertionError):
        probes.check_no_dev_text_quoted(str(quoting), [])
    with pytest.raises(AssertionError):
        probes.check_no_dev_text_quoted(__file__, [("passes", "named_passes")])
