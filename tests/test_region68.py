"""region68: a street's name and a site's menu row in the header name no region.

- regions: a region adjective right after a street's noun ("ул. Рязанская", "улица
  Ярославского") is the street's name; "от имени курского министерства" stays the region's.
- masthead_regions: a menu row above the article ("Новости | Город | Кузбасс | Афиша") names
  sections of the site, not the site's own subject.
"""

from __future__ import annotations

from typing import Any

import pytest
from probes import named_rows

from soccoop.extract.pipeline import extract

TOMSK = ("В Томске центр занятости и университет подписали соглашение о трудоустройстве "
         "выпускников с инвалидностью. Документ подписали директор центра и ректор.\n\n")

# (id, text, region that must be absent or None, region that must stay)
CASES = [
    ("an address's street after ул.", TOMSK + "Консультации: г. Томск, ул. Ярославского, 12, "
     "каб. 5.\n", "Ярославская область", "Томская область"),
    ("a street's full noun", TOMSK + "Приём ведётся по адресу: улица Рязанская, дом 7.\n",
     "Рязанская область", "Томская область"),
    ("on behalf of a region's ministry", TOMSK + "От имени курского министерства документ "
     "подписал заместитель министра.\n", None, "Курская область"),
    ("a region's adjective with its noun", TOMSK + "В Рязанской области такое соглашение "
     "подписали в прошлом году.\n", None, "Рязанская область"),
    ("a menu row in the header", "ОМСК. ГЛАВНОЕ\nНовости города\n\nНовости | Город | Власть | "
     "Общество | Кузбасс | Афиша\n\nОбщество\n\n15.09.2025 | 12:40\n\n"
     "Омские соцработники получили новые автомобили\n\n"
     "В Омске социальные работники получили 20 новых автомобилей. Машины передал губернатор "
     "на площади перед правительством региона, сообщила пресс-служба министерства.\n",
     "Кемеровская область — Кузбасс", "Омская область"),
]


@pytest.mark.parametrize(("text", "absent", "kept"), named_rows(CASES))
def test_streets_and_menu_rows(models: Any, text: str, absent: str | None, kept: str) -> None:
    found = {r.name for r in extract(text, "t.txt", models).regions}
    if absent is not None:
        assert absent not in found
    assert kept in found
