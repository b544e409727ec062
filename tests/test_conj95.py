"""conj95: subjects joined by "и" before a signing verb with a partner after "с" all sign:
"Колледж и центр занятости населения подписали соглашение с фондом" has three sides, the
centre read from the tree though no name was tagged in it (``conjoined_subjects``). Every
probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest
from probes import agreement_records

LEAD = "Новости\n\nВ области прошла неделя профессий. "
MINISTRY = "Комитет по социальной политике Калужской области"
PARTNER = (" подписали соглашение о наставничестве с комитетом по социальной политике "
           "Калужской области.\n")


def sides_only(models, text: str, published: str) -> list[tuple[str, list[str]]]:
    """(status, sorted side names) of every record, sorted."""
    return sorted((s, sorted(p)) for s, p in agreement_records(models, text, published,
                                                                "status", "parties"))


# (id, text, (status, sorted sides) of every record, sorted)
RECORDS = [
    # two subjects joined by "и", the second named by no tagged name, and a "с" partner
    ("two-subjects", LEAD + "Калужский государственный университет и областной центр "
     "занятости населения" + PARTNER,
     [("signed", sorted(["Калужский государственный университет",
                         "Областной центр занятости населения", MINISTRY]))]),
    # three subjects, commas and "и"
    ("three-subjects", LEAD + "Калужский государственный университет, городской центр "
     "занятости и фонд «Надёжное плечо»" + PARTNER,
     [("signed", sorted(["Калужский государственный университет", "Городской центр занятости",
                         "Фонд «Надёжное плечо»", MINISTRY]))]),
    # negatives: a person joined by "и" is a signer, no side; a conjunct of an agent inside
    # a participial phrase is no side of the signing
    ("person", LEAD + "Калужский государственный университет и его ректор Иван Петров" +
     PARTNER,
     [("signed", sorted(["Калужский государственный университет", MINISTRY]))]),
    ("agent-conjunct", LEAD + "Фонд «Надёжное плечо», созданный областной думой и "
     "городским центром занятости, подписал соглашение о наставничестве с комитетом по "
     "социальной политике Калужской области.\n",
     [("signed", sorted(["Фонд «Надёжное плечо»", MINISTRY]))]),
]


@pytest.mark.parametrize(("case", "text", "expected"), RECORDS, ids=[r[0] for r in RECORDS])
def test_records(models, case: str, text: str, expected: list) -> None:
    assert sides_only(models, text, "2025-05-14") == expected


CONJ95_FUNCTIONS = [("agreement_sides", "conjoined_subjects")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, CONJ95_FUNCTIONS)
