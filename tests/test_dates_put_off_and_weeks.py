"""A signing put off "с 14 на 21 ноября" and a week told in the accusative (status46),
probed in our own words.

The day a signing is put off to lies ahead of the decision, even with the day it was set
for between ("перенесли с 14 на 21 ноября": not a year back by the past verb); a plan set
"на следующую неделю" is dated like "на следующей неделе" (the month all its days share).
Negatives: a week whose days span two months (its year only), a week with no shift
("на неделю").
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.dates import find_dates

PUB = "12.11.2026"  # a Thursday
SIDES = ("министерством социальной защиты Курской области и министерством труда "
         "Белгородской области")


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), [
    (f"Подписание соглашения между {SIDES} перенесли с 14 на 21 ноября.",
     [("planned", "2026-11-21")]),
    (f"Подписание соглашения между {SIDES} перенесено с 13-го на 20 ноября.",
     [("planned", "2026-11-20")]),
    (f"Подписание соглашения между {SIDES} перенесено на следующую неделю.",
     [("planned", "2026-11")]),
    # the day it is put off to, told alone, as before
    (f"Подписание соглашения между {SIDES} перенесли на 21 ноября.",
     [("planned", "2026-11-21")]),
])
def test_put_off_dates(models: Any, sentence: str,
                       expected: list[tuple[str, str | None]]) -> None:
    text = f"{PUB}\nПодписание перенесли\n{sentence}"
    assert probes.status_dates(models, text) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("перенесли на следующую неделю", "2026-11-12", "2026-11"),
    ("назначено на эту неделю", "2026-11-12", "2026-11"),
    ("на будущую неделю", "2026-11-12", "2026-11"),
    # the next week runs from 30 November to 6 December: its year only
    ("перенесли на следующую неделю", "2026-11-26", "2026"),
    # the prepositional form, as before
    ("на следующей неделе", "2026-11-12", "2026-11"),
])
def test_week_in_the_accusative(text: str, published: str, expected: str) -> None:
    assert [d.value for d in find_dates(text, published)] == [expected]


@pytest.mark.parametrize("text", [
    "неделю назад",  # a span back, not a week told by its shift
    "на неделю",
    "за следующую неделю",
])
def test_not_a_week_of_a_plan(text: str) -> None:
    assert not any(d.text.startswith("на") and d.text.endswith("неделю")
                   for d in find_dates(text, "2026-11-12"))


# status49: the day a put-off signing is set to, told in a later sentence, over the day it
# was first set for
@pytest.mark.slow
@pytest.mark.parametrize(("body", "expected"), [
    (f"Подписание соглашения между {SIDES} перенесли. Сначала документ собирались "
     "подписать 13 ноября. Теперь церемония назначена на 24 ноября.",
     [("planned", "2026-11-24")]),
    (f"Подписание соглашения между {SIDES} отложили. Изначально его планировали подписать "
     "в пятницу, 13 ноября. Новая церемония намечена на 2 декабря.",
     [("planned", "2026-12-02")]),
    # nothing set anew: the first day stays
    (f"Подписание соглашения между {SIDES} планируется 20 ноября. На встрече будут "
     "журналисты, церемония назначена на вторую половину дня.",
     [("planned", "2026-11-20")]),
])
def test_put_off_to_day_told_after(models: Any, body: str,
                                   expected: list[tuple[str, str | None]]) -> None:
    text = f"{PUB}\nПодписание перенесли\n{body}"
    assert probes.status_dates(models, text) == expected
