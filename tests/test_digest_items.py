"""digest61: the items of a digest page and the one agreement an item tells in several
mentions (``extract.digest_items``).

- ``item_starts``: numbered heading lines, rule lines, section lines in capitals and bullets
  begin items; a page with fewer than two is no digest;
- ``one_agreement_per_item``: within an item, the heading naming a side by its acronym, a
  plan told by the regions and then by their bodies, and a later sentence about the
  agreement at work are the item's one agreement; an older agreement the item recalls by its
  year, and an item of another region, stay records of their own.
"""

from __future__ import annotations

import pytest
from probes import agreements_of, named_rows

from soccoop.extract.digest_items import item_starts

PUB = "2025-10-20"

# (id, text, how many items begin)
STARTS = named_rows([
    ("numbered",
     "Обзор недели\n\n1. Томск: новый центр\n\nТекст.\n\n2. Омск: выплаты\n\nТекст.\n", 2),
    ("rules",
     "Неделя\n\n──────────\n\nПервая новость.\n\n──────────\n\nВторая новость.\n", 2),
    ("capitals",
     "Дайджест\n\nОМСКАЯ ОБЛАСТЬ\nНовость об Омске.\n\nТОМСКАЯ ОБЛАСТЬ\nНовость о Томске.\n",
     2),
    ("weekday_sections",
     "ВТОРНИК. Соглашение с вузом\nТекст.\n\nЧЕТВЕРГ. Ярмарка вакансий\nТекст.\n", 2),
    ("bullets",
     "Коротко\n— В Омске открыли центр.\n— В Томске прошла ярмарка.\n", 2),
    ("one_report",
     "Министерство и университет подписали соглашение.\n\nДокумент рассчитан на пять лет.\n",
     0),
    ("one_numbered_line",
     "Итоги года\n\n1. Подписано соглашение о сотрудничестве.\n\nТекст без других пунктов.\n",
     0),
])


@pytest.mark.parametrize("text,count", STARTS)
def test_item_starts(text, count):
    assert len(item_starts(text)) == count


DIGEST_HEAD = (
    "Социальная неделя: главное за 13–17 октября\n\n"
    "Каждую пятницу мы рассказываем о главных событиях недели.\n\n"
)

# (id, digest items, how many agreement records, words the sides of each must hold)
ITEMS = named_rows([
    ("acronym_heading",
     "1. Новое соглашение с КемГУ\n\n"
     "В понедельник министр социальной защиты Омской области Ирина Волкова и ректор "
     "Кемеровского государственного университета Олег Петров подписали соглашение о "
     "подготовке социальных работников.\n\n"
     "2. В Томске открылся центр проката\n\n"
     "Центр выдаёт коляски и ходунки жителям области.\n",
     1, [("Омской", "университет")]),
    ("regions_then_bodies",
     "1. Курган и Тюмень готовят соглашение о трудовой мобильности\n\n"
     "Курганская область и Тюменская область договорились подготовить соглашение о "
     "сотрудничестве в сфере занятости.\n\n"
     "Подписание соглашения между департаментом труда Курганской области и департаментом "
     "труда и занятости населения Тюменской области запланировано на 2026 год.\n\n"
     "2. В Омске прошла ярмарка вакансий\n\n"
     "На ярмарку пришли более тысячи человек.\n",
     1, [("Курганской",)]),
    ("older_agreement_recalled",
     "1. Министерство и университет подписали новое соглашение\n\n"
     "В среду министерство социального развития Пензенской области и Пензенский "
     "государственный университет подписали соглашение о целевом обучении.\n\n"
     "Напомним, что соглашение министерства с университетом о производственной практике "
     "было подписано в 2018 году.\n\n"
     "2. В Пензе наградили социальных работников\n\n"
     "Награды получили двенадцать специалистов.\n",
     2, [("Пензенской",), ("Пензенской",)]),
    ("items_of_two_regions",
     "1. Омск\n\n"
     "Министерство труда Омской области и Омский государственный университет подписали "
     "соглашение о подготовке кадров.\n\n"
     "2. Томск\n\n"
     "Департамент социальной защиты Томской области и Томский государственный университет "
     "подписали соглашение о подготовке кадров.\n",
     2, [("Омской",), ("Томской",)]),
])


@pytest.mark.parametrize("items,count,sides", ITEMS)
def test_one_agreement_per_item(models, items, count, sides):
    found = agreements_of(models, DIGEST_HEAD + items, PUB)
    names = [[p.name for p in a.parties] for a in found]
    assert len(found) == count, names
    for a, words in zip(found, sides, strict=True):
        assert all(any(w in p.name for p in a.parties) for w in words), names
