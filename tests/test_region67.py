"""region67: places of other news on messy pages.

- boilerplate: a short header over marked title lines ("Новости партнёров" / "• ..."),
  a calendar of days ("КАЛЕНДАРЬ НЕДЕЛИ" / "18 марта — День ...") and a ranked list
  ("Самое читаемое" / "1. ...") are lists of other news, masked by their shape below the
  article's start; an advertisement's label masks its line. The article's own lists (a
  header with a colon, items ending with ";" or ".", a fact box of figures) stay.
- regions: places on a site's menu row ("Главная | Город | Край | Афиша") and a town's name
  that is the whole of a quoted name ("из «Тюмени»": a club) are no region of the news.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from probes import named_rows

from soccoop.extract.boilerplate import is_advert, is_menu_row, mask_boilerplate
from soccoop.extract.pipeline import extract
from soccoop.extract.regions import REGION_PASSES

BODY = ("Министерство социальной защиты и отделение Социального фонда вчера подписали "
        "соглашение об обмене сведениями в электронном виде. Документ позволит назначать "
        "выплаты без справок.\n\n"
        "Подписи под документом поставили министр и управляющий отделением. Церемония прошла "
        "в здании министерства, сообщила пресс-служба ведомства.\n\n")

# (id, lines inside the article, line that must be masked or kept, masked?)
LISTS = [
    ("partner news under a short header", "Новости партнёров\n• В Омской области открыли "
     "центр для пожилых\n• Тюменские врачи получат жильё\n", "Тюменские врачи", True),
    ("a week's calendar of days", "КАЛЕНДАРЬ НЕДЕЛИ\n\n12 апреля — День космонавтики\n"
     "15 апреля — День экологических знаний\n", "День космонавтики", True),
    ("a ranked list of most read", "Самое читаемое\n1. Где в Кирове отремонтируют дороги\n"
     "2. Кому положена компенсация за отопление\n", "Где в Кирове", True),
    ("arrow bullets", "Читают сейчас\n▸ Пермский край: открыт набор в лагеря\n"
     "▸ Удмуртия продлила выплаты\n", "Удмуртия продлила", True),
    ("a teaser between paragraphs", "Читайте также: В Омске открыли центр дневного "
     "пребывания\n", "В Омске открыли", True),
    # negatives: the article's own lists
    ("advice after a header's word", "Рекомендуем: подать заявление в Омске заранее, до "
     "конца месяца.\n", "подать заявление", False),
    ("a header with a colon opens the article's list", "Соглашение предусматривает:\n"
     "• Обмен сведениями о пенсиях\n• Совместные выездные приёмы\n", "Совместные выездные",
     False),
    ("clauses ending with a semicolon", "Основные направления\n• Обмен сведениями;\n"
     "• Совместные приёмы граждан;\n", "Совместные приёмы", False),
    ("a fact box of figures", "Цифры форума\n— 3 100 участников\n— 11 регионов\n",
     "11 регионов", False),
    ("one item only", "Новости партнёров\n• В Омской области открыли центр\n", "Омской", False),
]


@pytest.mark.parametrize(("tail", "line", "masked"), named_rows(LISTS))
def test_headline_lists_by_shape(tail: str, line: str, masked: bool) -> None:
    # the list stands between two paragraphs: what masks it is its shape, not its place
    text = "Министерство и фонд подписали соглашение\n\n" + BODY + tail + "\n" + BODY
    out = mask_boilerplate(text)
    at = text.index(line)
    assert (out[at:at + len(line)].strip() == "") == masked


# (id, the line's reader, line, what it says: a menu row's shape, an advertisement's label)
LINE_SHAPES = [
    ("sections between bars", is_menu_row, "Главная | Севастополь | Крым | Происшествия | Афиша",
     True),
    ("dots and one odd item", is_menu_row, "Новости · Власть · Экономика · Ещё ▾", True),
    ("two items are no row", is_menu_row, "Главная | Новости", False),
    ("a dateline with labels", is_menu_row,
     "Опубликовано: 15.03.2022 | Рубрика: Социум | Просмотров: 318", False),
    ("a headline with a bar", is_menu_row, "Курган и Тюмень | подписали соглашение о "
     "сотрудничестве в сфере занятости", False),
    ("a site's name", is_menu_row, "Правительство Пермского края | Официальный сайт", False),
    ("advert label with a colon", is_advert,
     "Реклама: Туры в Новосибирскую область — скидки до 20%!", True),
    ("advert label after a sign", is_advert, "📣 Реклама. ООО «Окна», ИНН 5406000000", True),
    ("the word in a sentence", is_advert,
     "Реклама услуг соцзащиты запрещена законом в ряде случаев.", False),
]


@pytest.mark.parametrize(("reader", "line", "expected"), named_rows(LINE_SHAPES))
def test_line_shape(reader: Callable[[str], bool], line: str, expected: bool) -> None:
    assert reader(line) is expected


def _regions(models: Any, text: str) -> set[str]:
    return {r.name for r in extract(text, "t.txt", models).regions}


# (id, text, region that must be absent, region that must stay)
REGIONS = [
    ("a menu row's place", "Главная | Новосибирск | Кузбасс | Спорт | Афиша\n\n"
     "Новосибирские соцработники получили новые автомобили\n\n"
     "В Новосибирской области социальные работники получили 20 новых автомобилей. Машины "
     "передал губернатор на площади перед правительством региона.\n",
     "Кемеровская область — Кузбасс", "Новосибирская область"),
    ("a club's quoted name", "Футбольный клуб «Ротор» заключил контракт с защитником\n\n"
     "Волгоградский клуб «Ротор» заключил контракт с 23-летним защитником, перешедшим из "
     "«Тюмени». Соглашение рассчитано на два года, сообщили в Волгограде.\n",
     "Тюменская область", "Волгоградская область"),
]


@pytest.mark.parametrize(("text", "absent", "kept"), named_rows(REGIONS))
def test_regions_of_other_things(models: Any, text: str, absent: str, kept: str) -> None:
    found = _regions(models, text)
    assert absent not in found
    assert kept in found


def test_region_passes_are_named() -> None:
    # region69 appended its two passes (tests/test_region69.py checks them)
    assert [p.name for p in REGION_PASSES][:2] == ["menu_rows_dropped", "quoted_names_dropped"]
    # each states its rule with a Russian example
    assert all(p.run.__doc__ and any("а" <= c <= "я" for c in p.run.__doc__)
               for p in REGION_PASSES)
