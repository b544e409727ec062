"""Relative years, weekends and more page stamps.

Every probe is written here in its own words (other regions and layouts than the
development texts): a deadline at the year's end ("до конца года": the publication year
among the document's dates, no signing's date), a weekend told relative to the
publication day, relative years dating a signing; page stamps with an
agency's quoted name, a bare "от" date line, a headline row with two dates after tabs.
Negatives: a year in another noun's clause, "в прошлом году" about another event in the
same sentence, a term "до конца года", a planned "до конца года" beside an explicit date,
dates in prose that are no stamps.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.dates import find_dates
from soccoop.extract.published import find_published

PUB = "2025-09-17"  # a Wednesday

RELATIVE = [
    ("до конца года", "2025"),
    ("до конца текущего года", "2025"),
    ("до окончания года", "2025"),
    ("в позапрошлом году", "2023"),
    ("в следующем году", "2026"),
    ("в текущем году", "2025"),
    ("в этом году", "2025"),
    # the last weekend before a Wednesday: 13-14 September
    ("в минувшие выходные", "2025-09"),
    ("на прошлых выходных", "2025-09"),
    ("в прошедшие выходные", "2025-09"),
    # the weekend of the publication week: 20-21 September
    ("в эти выходные", "2025-09"),
    ("в ближайшие выходные", "2025-09"),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE)
def test_relative_years_and_weekends(text: str, expected: str) -> None:
    refs = find_dates(text, PUB)
    assert len(refs) == 1
    assert refs[0].relative and refs[0].value == expected
    assert refs[0].start == 0 and refs[0].end == len(text)


@pytest.mark.parametrize(("published", "phrase", "expected"), [
    ("2025-06-02", "в минувшие выходные", "2025"),  # 31 May and 1 June: the year only
    ("2025-06-01", "в минувшие выходные", "2025-05"),  # a Sunday: the weekend before
    ("2025-05-26", "на прошлых выходных", "2025-05"),  # a Monday: 24-25 May
    ("2026-01-01", "в минувшие выходные", "2025-12"),  # 27-28 December
    ("2025-12-31", "в следующие выходные", "2026-01"),  # 3-4 January
    ("2025-12-17", "до конца года", "2025"),
])
def test_weekend_and_year_end_across_months(published: str, phrase: str,
                                            expected: str) -> None:
    assert [r.value for r in find_dates(phrase, published)] == [expected]


def test_weekend_across_the_new_year_has_no_value() -> None:
    """A weekend of 2022-12-31 and 2023-01-01 shares neither month nor year."""
    refs = find_dates("в минувшие выходные", "2023-01-04")
    assert len(refs) == 1 and refs[0].relative and refs[0].value is None


def test_no_publication_day_no_value() -> None:
    for text in ("до конца года", "до конца текущего года", "в минувшие выходные"):
        refs = find_dates(text)
        assert len(refs) == 1 and refs[0].relative and refs[0].value is None


@pytest.mark.parametrize("text", [
    "до конца 2026 года",  # a stated year
    "до конца следующего года",  # a relative year, read by the relative year form
    "до конца месяца",
    "выходные дни",
    "в выходные",  # no qualifier: which weekend is not told
])
def test_not_a_year_end_nor_a_weekend(text: str) -> None:
    refs = find_dates(text, PUB)
    assert all("конца" not in r.text and "выходн" not in r.text for r in refs)


HEAD = "Омская и Новосибирская области договорились о помощи ветеранам"
BODY = ("Министерство труда и социального развития Омской области и министерство социальной "
        "политики Новосибирской области подписали соглашение о сотрудничестве.")
MORE = ("Специалисты двух регионов обменяются опытом и проведут совместные семинары для "
        "работников центров социального обслуживания.")

STAMPS = [
    (f"РИА «Иртыш», 14.05.2025\n\n{HEAD}\n\n{BODY}\n\n{MORE}\n", "2025-05-14"),
    (f"ИА «Сибирь-информ» — 14 мая 2025 г., 10:20\n\n{HEAD}\n\n{BODY}\n\n{MORE}\n",
     "2025-05-14"),
    (f"{HEAD}\nот 14.05.2025\n\n{BODY}\n\n{MORE}\n", "2025-05-14"),
    (f"от 14 мая 2025 года\n\n{HEAD}\n\n{BODY}\n\n{MORE}\n", "2025-05-14"),
    (f"{HEAD}\t\t14.05.2025\t\t16.05.2025\n\n{BODY}\n\n{MORE}\n", "2025-05-14"),
    (f"{HEAD}     14.05.2025 10:20     16.05.2025 08:00\n\n{BODY}\n\n{MORE}\n", "2025-05-14"),
    # negatives: an agreement's date in prose, a document title's number line, a caption,
    # a headline with one date only after a gap (a caption's shape), a year-less "от" line
    (f"{HEAD}\n\n{BODY} Соглашение от 14.05.2025 действует три года.\n\n{MORE}\n", None),
    (f"{HEAD}\n\n{BODY}\n\nИван Петров, 12 февраля 2025 года\n\n{MORE}\n", None),
    (f"{HEAD}\t\t14.05.2025\n\n{BODY}\n\n{MORE}\n", None),
    (f"{HEAD}\nот 14 мая\n\n{BODY}\n\n{MORE}\n", None),
    (f"{HEAD}\n\n{BODY}\n\n{MORE}\n\nот 14.05.2025\n", None),
]


@pytest.mark.parametrize(("text", "expected"), STAMPS + [
    # a dateline without a year: the day as stated, no year invented
    (f"{HEAD}\n\nОМСК, 14 мая. {BODY}\n\n{MORE}\n", "--05-14"),
])
def test_more_page_stamps(text: str, expected: str | None) -> None:
    value, ref = find_published(text)
    assert value == expected
    if ref is not None:
        assert text[ref.start:ref.end] == ref.text



STAMP = "17.09.2025 08:30"
SIDES = ("министерство труда и социального развития Омской области и министерство "
         "социальной политики Новосибирской области")
CAP = SIDES[0].upper() + SIDES[1:]

SIGNING_DATES = [
    (f"{CAP} подпишут соглашение о сотрудничестве в следующем году.", "2026"),
    (f"В минувшие выходные {SIDES} подписали соглашение о сотрудничестве.", "2025-09"),
    (f"{CAP} подписали соглашение о сотрудничестве на прошлых выходных.", "2025-09"),
    (f"{CAP} подписали соглашение о сотрудничестве в позапрошлом году.", "2023"),
    # negatives: "в прошлом году" of another event in the same sentence; a planned
    # "до конца года" beside an explicit date of the signing
    (f"12 сентября {SIDES} подписали соглашение о сотрудничестве, а программу, принятую в "
     "прошлом году, продлили.", "2025-09-12"),
    (f"{CAP} планируют подписать соглашение о сотрудничестве 20 октября, а до конца года "
     "провести совместный форум.", "2025-10-20"),
    # pdate50: a deadline on the signing verb or on a verb of a plan dates the plan by the
    # publication year (the older golds left it null); a term is no signing date
    (f"{CAP} планируют подписать соглашение о сотрудничестве до конца года.", "2025"),
    (f"Проект соглашения о сотрудничестве {SIDES} согласовали, подписать соглашение "
     "стороны рассчитывают до конца текущего года.", "2025"),
    (f"{CAP} подписали соглашение о сотрудничестве, которое будет действовать до конца "
     "года.", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), SIGNING_DATES)
def test_relative_dates_of_a_signing(models: Any, sentence: str, expected: str | None) -> None:
    got = probes.status_dates(models, f"{STAMP}\n\n{HEAD}\n\n{sentence}\n\n{MORE}\n")
    assert len(got) == 1
    assert got[0][1] == expected


@pytest.mark.slow
def test_relative_year_without_a_publication_day_is_null(models: Any) -> None:
    """No page date: a relative year or a weekend has no value, never the current year."""
    for sentence in SIGNING_DATES[:4]:
        got = probes.status_dates(models, f"{HEAD}\n\n{sentence[0]}\n\n{MORE}\n")
        assert len(got) == 1 and got[0][1] is None


CLI_PAGE = f"РИА «Иртыш», 17.09.2025\n\n{HEAD}\n\n{SIGNING_DATES[1][0]}\n\n{MORE}\n"


@pytest.mark.slow
def test_cli_agency_stamp_dates_a_weekend(listed_rows: Any) -> None:
    """From the CLI: the agency stamp dates the page, "в минувшие выходные" resolves
    against it (13-14 September 2025)."""
    rows = listed_rows({"omsk.txt": CLI_PAGE}, "--format", "jsonl", "--limit", "0")
    assert len(rows) == 1
    assert rows[0]["published"] == "2025-09-17"
    assert [(a["status"], a["date"]) for a in rows[0]["agreements"]] == [
        ("signed", "2025-09")]


# status49: a year with a hyphenated ordinal ending, the noun left out or kept
ORDINAL_YEARS = [
    ("договор с Чувашией подписали в 2022-м.", "2022", "2022-м"),
    ("программа рассчитана до 2027-го", "2027", "2027-го"),
    ("к 2030-му охват вырастет вдвое", "2030", "2030-му"),
    ("в 2019-м году центр открылся", "2019", "2019-м году"),
]


@pytest.mark.parametrize(("text", "expected", "span"), ORDINAL_YEARS)
def test_year_with_ordinal_ending(text: str, expected: str, span: str) -> None:
    refs = find_dates(text, PUB)
    assert [r.value for r in refs] == [expected]
    assert text[refs[0].start:refs[0].end] == span


@pytest.mark.parametrize("text", ["номер 2023-мм", "код 2023-1", "счёт 2023-мой"])
def test_not_a_year_with_ordinal_ending(text: str) -> None:
    assert find_dates(text, PUB) == []
