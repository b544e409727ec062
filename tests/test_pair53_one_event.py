"""pair53: an agreement prolonged by its own terms, with nothing signed, is no signing
("Соглашение пролонгировано. Подписывать новый документ стороны не стали"). Probed in our
own words.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

BODIES = ("между Министерством социальной защиты Тамбовской области и Тамбовским "
          "государственным университетом")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # prolonged by its own terms, no new document: an agreement of before
    (f"10.06.2025\nСоглашение {BODIES} пролонгировано. Подписывать новый документ стороны "
     "не стали.", [("mentioned", None)]),
    (f"10.06.2025\nСоглашение {BODIES} продлено ещё на три года: по его условиям оно "
     "автоматически продлевается, если ни одна сторона не возражает.", [("mentioned", None)]),
    # an extension the sides signed stays a signing
    (f"10.06.2025\nСоглашение {BODIES} вчера продлено ещё на три года. Дополнительное "
     "соглашение подписали министр Анна Котова и ректор Пётр Гусев.", [("signed", "2025-06-09")]),
])
def test_prolonged_by_its_terms(models: Any, text: str,
                                expected: list[tuple[str, str | None]]) -> None:
    assert probes.status_dates(models, text) == expected
