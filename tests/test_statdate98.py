"""statdate98: agreement status and date errors pooled over the dev rounds; three date passes
for the shapes the pooling found read wrong in invented probes too. An agreement told as in
force since a month with no year ("действуют с марта") takes that month of the latest year
the page allows (``in_force_since_month``); an earlier agreement signed at an occasion whose
name carries its year ("на ВЭФ-2023") takes that year (``year_of_named_occasion``); a signing
whose own sentence gives no time takes the day or month of the sides' agreeing told right
before it in its paragraph (``agreed_time_before``). The negatives keep the passes to those
shapes: a future or bounded in-force span, a participle's occasion, a year alone, another
paragraph, no publication day. Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest

LEAD = "Новости\n\n"
NEWS = ("Управление социальной защиты Орловской области и фонд «Тёплый кров» подписали "
        "соглашение о помощи одиноким пенсионерам 3 сентября. ")

# (id, published, text, a word of the record's side, its expected status and date)
RECORDS = [
    # in_force_since_month: a month without a year, anchored back from the page's day
    ("in-force-month-fronted", "2024-10-05",
     LEAD + NEWS + "С марта уже действует соглашение управления с Орловским медицинским "
     "колледжем.\n",
     "колледж", ("mentioned", "2024-03")),
    ("in-force-month-after-noun", "2025-03-01",
     LEAD + NEWS + "Соглашение управления с Орловским медицинским колледжем действует с "
     "сентября.\n",
     "колледж", ("mentioned", "2024-09")),
    # year_of_named_occasion: the occasion's year written into its name
    ("occasion-year", "2025-06-10",
     LEAD + NEWS + "Как сообщалось, именно на ВЭФ-2023 управление заключило соглашение с "
     "банком «Заря» о кредитах для ветеранов.\n",
     "заря", ("mentioned", "2023")),
    # agreed_time_before: the agreeing's month dates the signing told right after it
    ("agreed-month-before", "2025-09-10",
     LEAD + "В июле управление социальной защиты Орловской области и Орловский аграрный "
     "университет договорились о стажировках для студентов. Соглашение подписали "
     "начальник управления Пётр Смирнов и ректор Анна Белова.\n",
     "университет", ("signed", "2025-07")),
]

# (id, published, text, a word of the record's side, a date the record must not have)
NOT_DATED = [
    # entry into force ahead, not a month the agreement has been in force since
    ("in-force-future", "2025-03-01",
     LEAD + NEWS + "Соглашение управления с Орловским медицинским колледжем будет "
     "действовать с апреля.\n",
     "колледж", "2025-04"),
    # a span of months is a term, not a start
    ("in-force-span", "2025-08-01",
     LEAD + NEWS + "С апреля по июнь действовало соглашение управления с Орловским "
     "медицинским колледжем.\n",
     "колледж", "2025-04"),
    # no publication day: no year to give the month
    ("in-force-month-no-page-day", None,
     LEAD + "Соглашение управления социальной защиты Орловской области с Орловским "
     "медицинским колледжем действует с сентября.\n",
     "колледж", "2024-09"),
    # a participle's occasion hangs on its own noun, the record is a plan
    ("occasion-participle", "2025-06-10",
     LEAD + NEWS + "Соглашение, подписанное на ВЭФ-2023, управление с банком «Заря» теперь "
     "продлит.\n",
     "тёплый", "2023"),
    # a year alone tells a background, not the signing's time
    ("agreed-year-before", "2024-08-15",
     LEAD + "В 2023 году управление социальной защиты Орловской области и Орловский "
     "аграрный университет договорились о стажировках. Соглашение подписали начальник "
     "управления Пётр Смирнов и ректор Анна Белова.\n",
     "университет", "2023"),
    # an agreeing to act later is a plan, not the signing's time
    ("agreed-to-sign-before", "2024-08-15",
     LEAD + "В мае управление социальной защиты Орловской области и Орловский аграрный "
     "университет договорились подписать документ о стажировках. Соглашение подписали "
     "начальник управления Пётр Смирнов и ректор Анна Белова.\n",
     "университет", "2024-05"),
    # another paragraph
    ("agreed-other-paragraph", "2024-08-15",
     LEAD + "В мае управление социальной защиты Орловской области и Орловский аграрный "
     "университет договорились о стажировках.\n\nСоглашение подписали начальник "
     "управления Пётр Смирнов и ректор Анна Белова.\n",
     "университет", "2024-05"),
]


def _side_records(models, text: str, published: str | None, side: str) -> list[tuple]:
    return [(a.status, probes.text_date(a))
            for a in probes.agreements_of(models, text, published)
            if any(side in (p.name or "").lower() for p in a.parties)]


@pytest.mark.parametrize(("case", "published", "text", "side", "expected"), RECORDS,
                         ids=[r[0] for r in RECORDS])
def test_records(models, case: str, published: str | None, text: str, side: str,
                 expected: tuple[str, str | None]) -> None:
    got = _side_records(models, text, published, side)
    assert expected in got, got


@pytest.mark.parametrize(("case", "published", "text", "side", "wrong"), NOT_DATED,
                         ids=[r[0] for r in NOT_DATED])
def test_not_dated(models, case: str, published: str | None, text: str, side: str,
                   wrong: str) -> None:
    got = _side_records(models, text, published, side)
    assert got, "the side's record is found"
    assert all(date != wrong for _, date in got), got


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, agreement_dates=("in_force_since_month",
                                                           "year_of_named_occasion",
                                                           "agreed_time_before"),
                                          signing_dates=("in_force_months", "occasion_year"))
