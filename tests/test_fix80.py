"""fix80: a reporting official's own body is a side of each partner of a "с" list read
whole, before the bare "регион" is read as his region. Every sentence is invented."""

from __future__ import annotations

import pytest
from probes import agreement_records

PUB = "2025-05-14"

CASES = [
    # positive: a minister reports; his ministry is a side of each listed region
    ("minister_ministry",
     "Министр труда Тамбовской области Анна Смирнова сообщила, что подобные соглашения "
     "регион подписал с Тульской и Рязанской областями.",
     [("mentioned", ["Министерство труда Тамбовской области", "Рязанская область"]),
      ("mentioned", ["Министерство труда Тамбовской области", "Тульская область"])]),
    # guard (passes on main too): a list whose partners the parse reads itself keeps the
    # ministry as before
    ("minister_other_partners",
     "Министр социальной защиты Пензенской области Олег Иванов отметил, что такие "
     "соглашения регион уже заключил с Саратовской и Ульяновской областями.",
     [("signed", ["Министерство социальной защиты Пензенской области",
                     "Саратовская область"]),
      ("signed", ["Министерство социальной защиты Пензенской области",
                     "Ульяновская область"])]),
    # negative: a governor has no ministry; the bare "регион" stays his region
    ("governor_region",
     "Губернатор Липецкой области Игорь Артамонов напомнил, что аналогичные соглашения "
     "регион уже заключил с Курской и Орловской областями.",
     [("mentioned", ["Курская область", "Липецкая область"]),
      ("mentioned", ["Липецкая область", "Орловская область"])]),
    # negative: an official with no region named adds no side
    ("no_region_official",
     "Губернатор Иван Петров напомнил, что регион уже заключил такие соглашения с "
     "Курской и Орловской областями.",
     [("mentioned", ["Курская область", "Орловская область"])]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_reporter_body_before_bare_region(models, text, expected):
    assert agreement_records(models, text, PUB, "status", "parties") == expected
