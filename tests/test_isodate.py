"""Partial ISO dates (``soccoop.isodate``): the days a value spans ("2023-02" is all of
February), which values can be one date, merging the known parts, validation and the
bounds of ``--since``/``--until``."""

import pytest

from soccoop.isodate import CompatibleCount, compatible, date_bounds, is_valid, merge, parse_bound


@pytest.mark.parametrize(
    "value, lo, hi",
    [
        ("2023-09-15", "2023-09-15", "2023-09-15"),
        ("2023-02", "2023-02-01", "2023-02-28"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2023", "2023-01-01", "2023-12-31"),
        ("--04-18", None, None),
        (None, None, None),
    ],
)
def test_bounds(value, lo, hi):
    assert date_bounds(value) == (lo, hi)


@pytest.mark.parametrize(
    "a, b, ok",
    [
        ("--04-18", "2023-04-18", True),
        ("--04-18", "2023-04-19", False),
        ("2023", "2023-05", True),
        ("2022", "2023-05", False),
        (None, "2023", True),
    ],
)
def test_compatible(a, b, ok):
    assert compatible(a, b) is ok


def test_merge_keeps_the_known_parts_of_both():
    assert merge("--04-18", "2023-04") == "2023-04-18"
    assert merge("2002", None) == "2002"
    assert merge("--10", "--10-26") == "--10-26"
    assert merge("2022", "2023") == "2022"  # incompatible: the first stands


def test_validation_and_filter_bounds():
    assert is_valid("2023-02-28") and not is_valid("2023-02-30") and not is_valid("--13-01")
    assert parse_bound("2023-09", upper=True) == "2023-09-30"
    assert parse_bound("2023", upper=False) == "2023-01-01"
    with pytest.raises(ValueError):
        parse_bound("вчера", upper=False)


POOL = ["2021", "2021-05", "2021-05-14", "2021-05-15", "2021-06", "2020", "2020-05-14",
        "--05", "--05-14", "--06-01", "2021-05-14"]


@pytest.mark.parametrize("query, expected", [
    ("2021-05-14", 6),   # 2021, 2021-05, twice 2021-05-14, --05, --05-14
    ("2021-05", 7),      # also 2021-05-15
    ("2021", 9),         # the six of 2021 and the three without a year
    ("2020-05-14", 4),   # 2020, 2020-05-14, --05, --05-14
    ("--06-01", 4),      # 2021, 2021-06, 2020, --06-01
    ("1999", 3),         # the yearless ones only
])
def test_compatible_count_is_the_number_of_compatible_dates(query, expected):
    assert CompatibleCount(POOL)(query) == expected
    assert expected == sum(compatible(query, v) for v in POOL)


def test_compatible_count_of_no_dates_is_zero():
    assert CompatibleCount([])("2021-05-14") == 0
