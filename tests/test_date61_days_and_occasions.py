"""date61: agreement dates from occasions and weeks, in our own words.

Table-driven, with negatives: an occasion's ordinal day counts from another of its days
told before it in either direction ("во второй день ... в первый день" is the day before).
"""

from __future__ import annotations

import pytest

from soccoop.extract.dates import find_dates

# --- an occasion's ordinal day counted back from a later day told before it
FILLER = ("Участники обсудили вопросы долговременного ухода, сопровождаемого проживания, "
          "поддержки семей участников специальной военной операции, занятости людей с "
          "инвалидностью и подготовки социальных работников в колледжах. ") * 6
FORUM_BACK = ("С 9 по 11 апреля в Казани проходил межрегиональный форум социальных "
              "работников. {filler}\n\nВо второй день форума министры обсудили кадровый "
              "вопрос. {filler}\n\nКроме того, {day} министерство заключило соглашение с "
              "университетом.")


@pytest.mark.parametrize(("day", "expected"), [
    # the first day told after the second, the range out of reach: the day before it
    ("в первый день", "2025-04-09"),
    ("в третий день", "2025-04-11"),
    # the same ordinal again gives no new count
    ("во второй день", None),
])
def test_ordinal_day_counted_back(day: str, expected: str | None) -> None:
    text = FORUM_BACK.format(filler=FILLER, day=day)
    refs = [d for d in find_dates(text, published="2025-04-14")
            if d.text.lower() == day and d.start > text.index("Кроме того")]
    assert refs and refs[0].value == expected
