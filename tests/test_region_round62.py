"""region62: the regions a story involves, not those it names only to compare or to name a road.

- the regions a verb of a ranking places the news's region against ("уступив лишь …",
  "опередив …") are the ranking's others (``regions._ranked_regions_dropped``);
- the towns at the two ends of a road's name after a road's noun ("трасса Орёл — Тамбов")
  tell where the road runs (``regions._road_ends_dropped``).

Invented pages in the style of regional news. Failing on b62dev: the positive rows of
RANKED ("yielded and overtook", "overtook", "a prepositional phrase after" and "a new
subject" for their Tambov oblast) and ROADS ("highway", "two-word end", "motorway with a
hyphen", "town named elsewhere" for its Oryol oblast); the guards pass there too. The file
is not tests/test_region62.py: that name is an earlier pass's (a site header's town).
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

# (id, page, regions present, regions absent)
RANKED = named_rows([
    ("yielded and overtook", _SIGNING + "По числу выданных сертификатов область стала второй, "
     "уступив лишь Тамбовской области и опередив Липецкую и Орловскую.",
     {_KURSK}, {"Тамбовская область", "Липецкая область", "Орловская область"}),
    ("overtook", _SIGNING + "По доле услуг в электронном виде регион обогнал Брянскую область.",
     {_KURSK}, {"Брянская область"}),
    # a later clause's region governed by a preposition stays
    ("a prepositional phrase after", _SIGNING + "Регион уступил только Тамбовской области, а "
     "похожий договор с Липецкой областью заключили ещё весной.",
     {_KURSK, "Липецкая область"}, {"Тамбовская область"}),
    # guards: a new clause's subject and the ranked subject before the verb stay; a region
    # named elsewhere stays; a region named in passing with no ranking is not this rule's
    ("a new subject", _SIGNING + "Регион уступил только Тамбовской области, а Липецкая "
     "область подписала такой же договор.", {_KURSK, "Липецкая область"},
     {"Тамбовская область"}),
    ("ranked subject", _SIGNING + "Орловская область опередила соседей по числу волонтёров.",
     {_KURSK, "Орловская область"}, set()),
    ("named elsewhere", _SIGNING + "Регион уступил только Тамбовской области. В Тамбовской "
     "области фонд тоже откроет свой офис.", {_KURSK, "Тамбовская область"}, set()),
    ("no ranking", _SIGNING + "Похожую программу курские специалисты видели у коллег из "
     "Тамбовской области.", {_KURSK, "Тамбовская область"}, set()),
    # review of region62: a verb of ranking with an accusative object of its own hands a
    # thing over and ranks nothing (``regions._own_object``): the region it is handed to
    # stays; a place in a ranking ("первое место") is no such object
    ("handed a right", "Правительство Калужской области уступило Тульской области право "
     "провести форум и подписало с ней соглашение о помощи одиноким пенсионерам.",
     {"Калужская область", "Тульская область"}, set()),
    ("handed a right after a signing", _SIGNING + "Регион уступил Тамбовской области право "
     "принять форум волонтёров.", {_KURSK, "Тамбовская область"}, set()),
    ("yielded first place", _SIGNING + "По числу волонтёров регион уступил первое место "
     "Тамбовской области.", {_KURSK}, {"Тамбовская область"}),
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
    """The docstrings of this round's rules and this file's probes share no run of words
    with a dev text (the shared check in tests/probes.py)."""
    probes.check_no_dev_text_quoted(__file__, [
        ("regions", "_ranked_regions_dropped"),
        ("regions", "_bare_object"),
        ("regions", "_own_object"),
        ("regions", "_road_ends_dropped"),
    ])
