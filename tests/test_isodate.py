"""Partial ISO dates (``soccoop.isodate``): the days a value spans ("2023-02" is all of
February), which values can be one date, merging the known parts, validation and the
bounds of ``--since``/``--until``."""

import pytest

from soccoop.isodate import compatible, date_bounds, is_valid, merge, parse_bound


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
