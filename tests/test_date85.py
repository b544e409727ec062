"""date85: a day told with an occasion's closing ("12 марта завершилась выставка") is its
last day, so "в заключительный день" after it is that day when no range of days was told.
Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.dates import find_dates

DATE85_FUNCTIONS = [("dates", "_closing_day"), ("dates", "_last_event_day")]


def _last_day(text: str, published: str) -> str | None:
    """The value of the occasion's last day told in ``text``."""
    refs = [r for r in find_dates(text, published) if "заключительный" in r.text.lower()
            or "последний" in r.text.lower()]
    assert len(refs) == 1
    return refs[0].value


# (id, published, text, the value of "в заключительный день")
CASES = [
    # positives (main leaves the closing day without a value)
    ("closed_by_verb", "2025-03-14",
     "12 марта в Омске завершилась выставка «Мастера». В заключительный день выставки "
     "министерство подписало соглашение с колледжем.", "2025-03-12"),
    ("finished_its_work", "2024-05-20",
     "Форум «Вместе» 18 мая завершил работу в Туле. В последний день форума подписали "
     "соглашение о сотрудничестве.", "2024-05-18"),
    ("closed_reflexive", "2024-10-04",
     "Конгресс закрылся 2 октября. В заключительный день конгресса стороны подписали "
     "соглашение.", "2024-10-02"),
    # negatives: a day with no closing gives no last day; a range keeps its own last day
    ("opened_not_closed", "2025-03-14",
     "12 марта в Омске открылась выставка «Мастера». В заключительный день выставки "
     "министерство подписало соглашение с колледжем.", None),
    ("range_kept", "2024-09-10",
     "Форум проходил 3–6 сентября и завершился концертом. В заключительный день форума "
     "подписали соглашение.", "2024-09-06"),
    ("publication_line", "2025-03-14",
     "14 марта 2025\n\nВыставка в Омске завершилась. В заключительный день выставки "
     "подписали соглашение.", None),
]


@pytest.mark.parametrize(("case", "published", "text", "expected"), CASES,
                         ids=[c[0] for c in CASES])
def test_last_day(case: str, published: str, text: str, expected: str | None) -> None:
    assert _last_day(text, published) == expected


def test_docstrings_quote_no_dev_text() -> None:
    assert probes.docstrings_quoting_dev_texts(DATE85_FUNCTIONS) == {}
