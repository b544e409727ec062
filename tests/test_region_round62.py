"""region62: the towns at the two ends of a road's name after a road's noun ("трасса Орёл —
Тамбов") tell where the road runs, not a subject the news involves
(``regions._road_ends_dropped``).

Round 62 also dropped the regions a verb of a ranking places the news's region against
("уступив лишь …", "опередив …"); round 63 took that pass out: the seeds' gold, the
project's model of the hidden sets' reading, lists every federal subject the item's own
text names, in passing too (seed 004 lists the ДНР named only in a quote about aid), and
the writer brief now says so. RANKED checks that a ranking's rivals are listed again
(failing on b63dev: its positive rows).

Invented pages in the style of regional news. Failing on b62dev: the positive rows of
ROADS ("highway", "two-word end", "motorway with a hyphen", "town named elsewhere" for its
Oryol oblast); the guards pass there too. The file is not tests/test_region62.py: that
name is an earlier pass's (a site header's town).
"""

from __future__ import annotations

from typing import Any

import probes
import pytest
from probes import check_regions, named_rows

_SIGNING = ("Фонд «Добрый сосед» и министерство социальной защиты Курской области заключили "
            "соглашение о доставке горячих обедов маломобильным пенсионерам. Документ "
            "скрепили подписями министр Вера Павловна Сомова и директор фонда Олег Петрович "
            "Гринёв.\n")
_KURSK = "Курская область"

# (id, page, regions present, regions absent): a ranking's rivals are regions the item names
RANKED = named_rows([
    ("yielded and overtook", _SIGNING + "По числу выданных сертификатов область стала второй, "
     "уступив лишь Тамбовской области и опередив Липецкую и Орловскую.",
     {_KURSK, "Тамбовская область", "Липецкая область", "Орловская область"}, set()),
    ("overtook", _SIGNING + "По доле услуг в электронном виде регион обогнал Брянскую область.",
     {_KURSK, "Брянская область"}, set()),
    ("yielded first place", _SIGNING + "По числу волонтёров регион уступил первое место "
     "Тамбовской области.", {_KURSK, "Тамбовская область"}, set()),
    # guard: a ranked subject stays as before
    ("ranked subject", _SIGNING + "Орловская область опередила соседей по числу волонтёров.",
     {_KURSK, "Орловская область"}, set()),
])


@pytest.mark.parametrize(("text", "present", "absent"), RANKED)
def test_ranked_regions(models: Any, text: str, present: set[str], absent: set[str]) -> None:
    check_regions(models, text, present, absent)


ROADS = named_rows([
    ("highway", _SIGNING + "Фонд также поможет отремонтировать остановки на трассе Орёл — "
     "Тамбов.", {_KURSK}, {"Орловская область", "Тамбовская область"}),
    ("two-word end", _SIGNING + "Волонтёры фонда дежурят на автодороге Нижний Новгород – "
     "Саранск.", {_KURSK}, {"Нижегородская область", "Республика Мордовия"}),
    ("motorway with a hyphen", _SIGNING + "Пункт обогрева откроют у шоссе Орёл - Тамбов.",
     {_KURSK}, {"Орловская область", "Тамбовская область"}),
    # guards: a trip by road names its town; a road's noun with a verb after it; a town
    # the page names elsewhere keeps its subject
    ("trip", _SIGNING + "Дорога в Тамбов заняла у волонтёров пять часов.",
     {_KURSK, "Тамбовская область"}, set()),
    ("road and verb", _SIGNING + "Трасса идёт через Тамбов — это главный выезд на юг.",
     {_KURSK, "Тамбовская область"}, set()),
    ("town named elsewhere", _SIGNING + "Остановки на трассе Орёл — Тамбов отремонтируют. "
     "В Тамбове фонд откроет пункт выдачи.", {_KURSK, "Тамбовская область"},
     {"Орловская область"}),
])


@pytest.mark.parametrize(("text", "present", "absent"), ROADS)
def test_road_ends(models: Any, text: str, present: set[str], absent: set[str]) -> None:
    check_regions(models, text, present, absent)


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, regions=("_road_ends_dropped",))
