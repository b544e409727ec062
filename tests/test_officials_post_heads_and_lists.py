"""Officials on NEREL, session 38 (branch nerel38): the head noun of a post, an office
right after the name, plural posts over lists, and a trade's chief as a post; each a small
pass in ``extract/officials.py`` (words in ``extract/lexicon_officials.py``).

* the head of a post is its noun, not an adjective before it, so a post that always sits
  in a body finds the body named in the sentence before ("Компания «Ростелеком» ... .
  Генеральный директор Иван Петров ..." → "Ростелеком");
* an office phrase ("на посту директора ...") right after a name is that name's, whatever
  word the parse hangs it on ("кандидатов в преемники Ивана Петрова на посту директора
  ...");
* a plural post with a prefix ("экс-министры") is read by the word after the prefix, and a
  post before names in the nominative counts only its nominative readings ("Главы МИД X
  и Y": "главы" is a genitive singular or a nominative plural), so every name of the list
  gets it in the singular;
* "главный" with a trade is a post ("главный врач больницы", "главный инженер завода",
  "главный санитарный врач" with an adjective of the field between);
  "главврач", "главбух" are post words; the trade alone is no post.

Every sentence and person here is invented for these tests; each table has rows where the
pass must not fire.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

Expected = dict[str, tuple[str | None, str | None]]

HEAD_NOUN: list[tuple[str, Expected]] = [
    ("Компания «Ростелеком» сообщила о росте выручки. Генеральный директор Иван Петров "
     "рассказал об этом.", {"Иван Петров": ("генеральный директор", "Ростелеком")}),
    ("Фонд «Вера» открыл новый центр. Исполнительный директор Анна Котова рассказала о "
     "планах.", {"Анна Котова": ("исполнительный директор", "Фонд «Вера»")}),
    # negatives: posts that are no company's keep no body; a post before a preposition
    # keeps its own head
    ("Компания «Ростелеком» сообщила о росте выручки. Генеральный прокурор Иван Петров "
     "прокомментировал это.", {"Иван Петров": ("генеральный прокурор", None)}),
    ("Компания «Ростелеком» сообщила о росте выручки. Уполномоченный по правам человека "
     "Иван Петров прокомментировал это.",
     {"Иван Петров": ("уполномоченный по правам человека", None)}),
]

OFFICE_AFTER_NAME: list[tuple[str, Expected]] = [
    ("Газета назвала кандидатов в преемники Ивана Петрова на посту директора Федерального "
     "бюро расследований.",
     {"Иван Петров": ("директор", "Федеральное бюро расследований")}),
    ("Газета сообщила, что Иван Петров на посту мэра Тулы построил десять школ.",
     {"Иван Петров": ("мэр", "Тула")}),
    # negative: a post of the traffic police is a place, no office
    ("Полиция задержала Ивана Петрова на посту ГАИ у въезда в город.", {}),
]

PLURAL_LISTS: list[tuple[str, Expected]] = [
    ("Экс-министры Иван Петров и Сергей Смирнов арестованы.",
     {"Иван Петров": ("экс-министр", None), "Сергей Смирнов": ("экс-министр", None)}),
    ("Среди задержанных — экс-губернаторы Иван Петров и Олег Ларин.",
     {"Иван Петров": ("экс-губернатор", None), "Олег Ларин": ("экс-губернатор", None)}),
    ("Главы МИД Иван Петров и Олег Ларин провели переговоры.",
     {"Иван Петров": ("глава", "МИД"), "Олег Ларин": ("глава", "МИД")}),
    # negative: names in the genitive after a genitive singular post: one head only
    ("Заявление главы МИД Ивана Петрова и Олега Ларина было опубликовано.",
     {"Иван Петров": ("глава", "МИД")}),
]

TRADE_CHIEFS: list[tuple[str, Expected]] = [
    ("Главный врач больницы Иван Петров рассказал о вакцинации.",
     {"Иван Петров": ("главный врач", "больница")}),
    ("Главврач больницы Иван Петров рассказал о вакцинации.",
     {"Иван Петров": ("главврач", "больница")}),
    ("Главный бухгалтер компании Анна Котова задержана.",
     {"Анна Котова": ("главный бухгалтер", "компания")}),
    ("Главный режиссёр театра Иван Петров поставил спектакль.",
     {"Иван Петров": ("главный режиссёр", "театр")}),
    ("Главный инженер завода Иван Петров рассказал о ремонте.",
     {"Иван Петров": ("главный инженер", "завод")}),
    # an adjective of the post's field between "главный" and the trade
    ("Главный санитарный врач России Анна Попова ввела ограничения.",
     {"Анна Попова": ("главный санитарный врач", "Россия")}),
    # negatives: the trade alone, a "главный" that is no trade
    ("Санитарный врач Иван Петров проверил столовую.", {}),
    ("Врачи больницы Иван Петров и Сергей Смирнов провели операцию.", {}),
    ("Известный врач Иван Петров открыл клинику.", {}),
    ("Инженер Иван Петров изобрёл новый станок.", {}),
    ("Главный герой фильма Иван Петров спасает мир.", {}),
]


@pytest.mark.parametrize(("text", "expected"), probes.table_params(
    head=HEAD_NOUN, office=OFFICE_AFTER_NAME, plural=PLURAL_LISTS, trade=TRADE_CHIEFS))
def test_post_heads_offices_and_lists(models: Models, text: str, expected: Expected) -> None:
    assert probes.officials_of(models, text) == expected
