"""date55: dates of planned agreements — a draft's due day merged into the plan's month.

- A planned record's date leaves out the due day of a mention that only works on its text
  ("проект соглашения", "проект текста соглашения") in a sentence with no signing word,
  when another mention dates the plan (``merge_rules.plan_date_past_text_work``): "в мае
  подпишут соглашение … поручил к 20 мая представить проект текста соглашения" is May of
  the page's year, not the twentieth of May a year back.
"""

from __future__ import annotations

import probes
import pytest

# --- through the whole extraction ---------------------------------------------------------

_SIDES = "Управление социальной защиты Энской области и Зетский благотворительный фонд"


@pytest.mark.parametrize(("text", "published", "expected"), [
    # fails on b55dev (2023-05-20): a draft's due day, read back a year, took the May of
    # the plan
    (f"{_SIDES} в мае подпишут соглашение о помощи одиноким пенсионерам. Документ "
     "подпишут начальник управления Иван Петров и директор фонда Анна Смирнова. Губернатор "
     "поручил к 20 мая представить проект текста соглашения.",
     "2024-03-12", [("planned", "2024-05")]),
    # guards: a deadline of a past signing; a draft's day told with its signing; the
    # page's year of a plan's deadline the parse reads
    (f"{_SIDES} подписали соглашение до конца года, сообщил министр.",
     "2024-10-11", [("signed", None)]),
    (f"{_SIDES} планируют подписать соглашение о помощи пенсионерам. Проект соглашения "
     "стороны планируют подписать 15 апреля.",
     "2024-03-12", [("planned", "2024-04-15")]),
    (f"{_SIDES} подвели итоги года. Начальник управления Иван Петров сообщил, что до конца "
     "года стороны намерены заключить дополнительное соглашение, которое распространит "
     "помощь на семьи ветеранов.",
     "2025-04-04", [("planned", "2025")]),
])
def test_plan_dates_through_extraction(models, text: str, published: str,
                                       expected: list[tuple[str, str | None]]) -> None:
    assert probes.status_dates(models, text, published) == expected


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, [
        ("merge_rules", "plan_date_past_text_work"),
    ])
