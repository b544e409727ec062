"""reg46: regions named only by a row of links to other pages, by a company's brand, or by
the venue of an international gathering.

- boilerplate.is_menu_row / _link_row: a row of four or more links after a label and a
  colon, items of one to three words or two names joined by "и", maybe closed by an
  ellipsis, is a site's row of links (regions.menu_rows_dropped reads it).
- regions._company_brand (in _mark_names): a region adjective opening a quoted name after a
  commercial company's legal form (lexicon_regions.COMMERCIAL_FORMS) opens a thing's name;
  proper_name_adjectives_dropped keeps it only where the text names the subject otherwise.
- regions._gathering_name (in _mark_names): so does one opening an international or
  all-Russian event's name (lexicon_regions.EVENT_SCOPE_WORDS); a regional event's host
  stays a subject.
Every probe is written here, in words of its own.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.boilerplate import is_menu_row

# (id, line, whether it is a row of the site's links)
ROWS = probes.named_rows([
    ("label_pairs_and_ellipsis",
     "Наши филиалы: Тамбов и Тамбовская область | Республика Марий Эл | Пермский край | "
     "Алтайский край | ...", True),
    ("label_and_four_plain_items",
     "Приёмные в округах: Сургут | Нефтеюганск | Когалым | Лангепас", True),
    ("unicode_ellipsis",
     "Смотрите у соседей: Курган и Курганская область | Омская область | Томская область | "
     "Новосибирская область | …", True),
    # negatives: a headline split by bars, a dateline, three items only, a long body's name
    ("headline_with_bars",
     "Новости: В Тамбове открыли центр | Пенсионеры получат выплаты | Погода на неделю",
     False),
    ("dateline_with_digits",
     "Источник: пресс-служба | 12.05.2025 | 10:40 | Просмотров: 312", False),
    ("three_items_only",
     "Полезные ссылки: Правительство Омской области | Госуслуги | Прокуратура", False),
    ("a_long_body_name",
     "Партнёры проекта: Министерство социального развития и труда Омской области | Клуб "
     "серебряного возраста | Школа ухода за близкими | Госуслуги", False),
])


@pytest.mark.parametrize("line,menu", ROWS)
def test_reg46_link_rows(line: str, menu: bool) -> None:
    assert is_menu_row(line) is menu


STORY = ("Центр занятости и колледж подписали соглашение\n\n"
         "В понедельник Липецкий центр занятости населения и колледж транспорта заключили "
         "договор о практике студентов, сообщили в управлении труда Липецкой "
         "области.\n\n")

# (id, text, region names that must be found, names that must be absent)
REGION_ROWS = probes.named_rows([
    ("a_row_of_other_branches",
     STORY + "Филиалы фонда: Тамбов и Тамбовская область | Республика Марий Эл | Пермский "
     "край | Алтайский край | ...\n",
     {"Липецкая область"},
     {"Тамбовская область", "Республика Марий Эл", "Пермский край", "Алтайский край"}),
    ("a_plant_called_after_a_town",
     "Министерство труда Самарской области и ПАО «Иркутский завод тяжёлых станков» "
     "договорились о квотах для людей с инвалидностью.\n", {"Самарская область"},
     {"Иркутская область"}),
    ("a_company_brand_told_twice",
     "Выпускники пришли работать на Курский кондитерский. Соглашение с ООО «Курский "
     "кондитерский дом» подписал центр занятости Орловской области.\n",
     {"Орловская область"}, {"Курская область"}),
    ("an_international_forum_venue",
     "На Новгородском международном туристическом форуме соглашение подписали Псковская "
     "область и Тверская область.\n",
     {"Псковская область", "Тверская область"}, {"Новгородская область"}),
    ("an_all_russian_congress_venue",
     "Министр труда Чувашии подписал соглашение с фондом на Казанском всероссийском "
     "конгрессе социальных работников.\n",
     {"Чувашская Республика — Чувашия"}, {"Республика Татарстан"}),
    # negatives: the subject named otherwise; a non-profit's quoted name; a regional event
    ("brand_subject_named_otherwise",
     "В Курской области ООО «Курский кондитерский дом» взяло на работу выпускников.\n",
     {"Курская область"}, set()),
    ("a_non_profit_quoted_name",
     "Центр занятости заключил договор с АНО «Брянский центр добровольцев».\n",
     {"Брянская область"}, set()),
    ("a_regional_forum_host",
     "Соглашение подписали на Вологодском социальном форуме в пятницу.\n",
     {"Вологодская область"}, set()),
    ("international_forum_town_named",
     "На Новгородском международном туристическом форуме в Великом Новгороде подписали "
     "соглашение.\n", {"Новгородская область"}, set()),
    ("a_state_plant_of_the_subject",
     "АО «Тамбовский областной завод» подписал соглашение с центром занятости.\n",
     {"Тамбовская область"}, set()),
])


@pytest.mark.slow
@pytest.mark.parametrize("text,present,absent", REGION_ROWS)
def test_reg46_region_rows(models, text: str, present: set[str], absent: set[str]) -> None:
    probes.check_regions(models, text, present, absent)


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, boilerplate=("_link_row",),
                                          regions=("_company_brand", "_gathering_name",
                                                   "_mark_names"))
