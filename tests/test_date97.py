"""date97: agreement dates pooled over the dev rounds; the conventions the pooling
re-counted and kept. A plan signed "до конца года" (this year) or in a bare season stays
undated: over every dev round the golds leave such plans `null` far more often than they
date them (20 to 7, 18 to 3), and `soccoop eval`, which the dev floors read, counts a date
given for a `null` gold as wrong. A deadline with its own year ("до конца следующего года",
"до конца 2026 года") keeps dating the plan by that year. Every probe is written here, in
words of its own. pdate50 reverses the first convention as its brief asks (a plan takes the
period the text gives it; the golds of rounds 151–195 date every such plan): the three
"-undated" probes now expect the publication year, and the dev floors of the older rounds
fail on it (the development log, round 50, pdate50)."""

from __future__ import annotations

import probes
import pytest

LEAD = "Новости\n\n"
NEWS = ("Комитет социальной защиты Курской области и фонд «Светлый дом» подписали "
        "соглашение о помощи одиноким пенсионерам. ")
COLLEGE = "колледж"

# (id, published, text, a side of the plan, its expected status and date from the text)
RECORDS = [
    # kept conventions: a deadline at this year's end and a bare season date no plan
    ("year-end-undated", "2025-06-03",
     LEAD + NEWS + "До конца года комитет собирается заключить соглашение с Курским базовым "
     "медицинским колледжем.\n",
     COLLEGE, ("planned", "2025")),  # pdate50
    ("this-year-end-undated", "2025-06-03",
     LEAD + NEWS + "Комитет рассчитывает до конца текущего года подписать соглашение с "
     "Курским базовым медицинским колледжем.\n",
     COLLEGE, ("planned", "2025")),  # pdate50
    ("season-undated", "2025-06-03",
     LEAD + NEWS + "Осенью комитет собирается подписать соглашение с Курским базовым "
     "медицинским колледжем.\n",
     COLLEGE, ("planned", "2025")),  # pdate50
    # a deadline with a year of its own dates the plan by that year
    ("next-year-end", "2025-06-03",
     LEAD + NEWS + "До конца следующего года комитет собирается заключить соглашение с "
     "Курским базовым медицинским колледжем.\n",
     COLLEGE, ("planned", "2026")),
    ("stated-year-end", "2025-06-03",
     LEAD + NEWS + "До конца 2026 года комитет собирается заключить соглашение с Курским "
     "базовым медицинским колледжем.\n",
     COLLEGE, ("planned", "2026")),
]


@pytest.mark.parametrize(("case", "published", "text", "side", "expected"), RECORDS,
                         ids=[r[0] for r in RECORDS])
def test_records(models, case: str, published: str | None, text: str, side: str,
                 expected: tuple[str, str | None]) -> None:
    got = [(a.status, probes.text_date(a))
           for a in probes.agreements_of(models, text, published)
           if any(side in (p.name or "").lower() for p in a.parties)]
    assert expected in got, got


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, [])
