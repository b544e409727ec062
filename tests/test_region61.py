"""region61: the regions a story involves, not those a page names only in its side blocks.

- a row of weather and currency widgets between bars is the site's header
  (``boilerplate.widget_row``): its towns are the forecast's, not the article's;
- a headline of a list whose last sign belongs to a quoted name closing it ("акцию «Мы
  вместе!»") is still a headline (``boilerplate.quoted_end_dropped``), so the list under
  "Новости по теме" is masked whole;
- a short header ending in a colon right under the page's furniture (a share row) opens the
  site's list of other news (``boilerplate._furniture_header``); under the article's prose
  it opens the article's own list;
- a feed whose items open with a time and the headline itself, the story below
  (``regions._titled_feed_items``): the subjects of items that tell no record are dropped;
- a town named as the venue of an event ("на форуме в Сочи") counts its subject by itself
  (``regions._venue_towns``).

Invented pages in the style of regional news. Failing on b61dev: every row of
WIDGET_ROWS, QUOTED_ENDS and the positive rows of LIST_PAGES ("quoted end", "colon header
under share row"), FEEDS ("titled feed") and VENUES ("forum", "held in"), and the
page rows "weather row" and "feed of other news".
"""

from __future__ import annotations

from typing import Any

import probes
import pytest
from probes import check_regions, named_rows

from soccoop.extract.boilerplate import mask_boilerplate, quoted_end_dropped, widget_row
from soccoop.extract.regions import feed_items

# (id, line, a row of widgets)
WIDGET_ROWS = named_rows([
    ("weather and currency", "Погода: Энск +4 °C | Зетск +2 °C | Курс ЦБ: EUR 98,10", True),
    ("two towns", "Новгород −7° | Псков −5°", True),
    # guards: a menu, a headline with a figure, one widget alone (the old rule's)
    ("menu", "Главная | Новости | Афиша | Контакты", False),
    ("menu with a widget", "Главная | Новости | Омск +3 °C", False),
    ("headline", "Морозы до −30 °C ожидаются в Якутии на выходных | Общество", False),
    ("no bar", "Омск +3 °C", False),
])


@pytest.mark.parametrize(("line", "row"), WIDGET_ROWS)
def test_widget_row(line: str, row: bool) -> None:
    assert widget_row(line) is row


# (id, line, the line without its closing quoted name)
QUOTED_ENDS = named_rows([
    ("exclamation", "• Волонтёры провели акцию «Поможем вместе!»", "• Волонтёры провели акцию"),
    ("question", "• Стартовал конкурс «Кто, если не мы?»", "• Стартовал конкурс"),
    # guards: a quote after a colon, a line that is a quote, no quote at the end
    ("after colon", "Министр сказал: «Начнём весной.»", "Министр сказал: «Начнём весной.»"),
    ("whole quote", "«Добро рядом!»", "«Добро рядом!»"),
    ("no quote", "Центр открыт для всех.", "Центр открыт для всех."),
])


@pytest.mark.parametrize(("line", "rest"), QUOTED_ENDS)
def test_quoted_end_dropped(line: str, rest: str) -> None:
    assert quoted_end_dropped(line) == rest


_BODY = ("Министерство социальной защиты Энской области и региональное отделение Красного "
         "Креста заключили соглашение о визитах к одиноким старикам. Свои подписи поставили "
         "министр Олег Петрович Сомов и председатель отделения Вера Ильинична Грачёва.\n\n"
         "По словам министра, добровольцы начнут посещать подопечных уже в мае, а обучение "
         "пройдёт в стенах районного социального центра.\n\n")

# (id, page, a line that must be masked (or kept), masked)
LIST_PAGES = named_rows([
    ("quoted end", _BODY + "Новости по теме:\n"
     "• Активисты молодёжных отрядов Зетской области провели областную акцию «Тепло для всех!»\n"
     "• В Энске отремонтировали библиотеку\n",
     "• Активисты молодёжных отрядов Зетской области провели областную акцию «Тепло для всех!»",
     True),
    ("colon header under share row", _BODY + "Поделиться:  VK  OK  Telegram\n\n"
     "Главное за неделю:\n"
     "• Зетская область и фонд договорились о поддержке многодетных\n"
     "• В Энске открылся каток\n\n"
     "Комментарии (1)\nНина: Хорошо бы такие встречи устраивали для пенсионеров почаще.\n",
     "• Зетская область и фонд договорились о поддержке многодетных", True),
    # guard: under the article's prose a colon header opens the article's own list
    ("colon header under prose", _BODY + "Во встрече также участвовали:\n"
     "• Ольга Сергеевна Титова из Зетской области\n"
     "• Пётр Ильич Жуков из Энского района\n\n"
     "Следующая встреча участников пройдёт осенью, когда будут подведены первые итоги "
     "совместной работы добровольцев и социальных работников.\n",
     "• Ольга Сергеевна Титова из Зетской области", False),
])


@pytest.mark.parametrize(("page", "line", "masked"), LIST_PAGES)
def test_side_lists_masked(page: str, line: str, masked: bool) -> None:
    out = mask_boilerplate(page)
    start = page.index(line)
    assert (not out[start:start + len(line)].strip()) is masked, out


_ITEM = "{time}  {title}\n{story}\n\n"
_TITLED = "".join(_ITEM.format(time=t, title=h, story=s) for t, h, s in [
    ("17:20", "В Энске открыли пункт проката колясок", "Пункт работает по будням."),
    ("16:05", "Зетская область закупит автобусы для школ", "Поставки начнутся летом."),
    ("15:40", "Морозы в Энском районе продлятся до пятницы", "Синоптики ждут потепления."),
])

# (id, page, items of a feed found)
FEEDS = named_rows([
    ("titled feed", _TITLED, 3),
    # guards: a TV schedule, one-line headlines under times
    ("tv schedule", "06:00  Утро на канале Энск-24\n09:00  Новости\n12:30  «Сельский час» "
     "и другие передачи\n18:00  Вечерний выпуск\n21:00  Кино: «Зимний рейс» (12+)\n", 0),
    ("one-line headlines", "17:20  В Энске открыли пункт проката колясок\n"
     "16:05  Зетская область закупит автобусы для школ\n"
     "15:40  Морозы в Энском районе продлятся до пятницы\n", 0),
    # fixregion61: a day's digest, oldest first, is still a feed
    ("oldest first", "".join(_ITEM.format(time=t, title=h, story=s) for t, h, s in [
        ("09:10", "В Энске открыли пункт проката колясок", "Пункт работает по будням."),
        ("11:05", "Зетская область закупит автобусы для школ", "Поставки начнутся летом."),
        ("14:40", "Морозы в Энском районе продлятся до пятницы", "Синоптики ждут потепления."),
    ]), 3),
    # fixregion61 guard: a day's programme, a line under each time, the times rising
    ("programme", "Программа визита делегации\n" + "".join(
        _ITEM.format(time=t, title=h, story=s) for t, h, s in [
            ("10:00", "Делегация Зетской области посетит центр «Исток»",
             "Гостям покажут мастерские центра."),
            ("11:30", "Встреча с ветеранами в Энском доме культуры", "Выступит хор."),
            ("13:00", "Обед и осмотр нового корпуса больницы", "Экскурсию проведёт врач."),
        ]), 0),
])


@pytest.mark.parametrize(("page", "n"), FEEDS)
def test_titled_feed_items(page: str, n: int) -> None:
    assert len(feed_items(page)) == n


_SOCIAL_SIGNING = ("Министерство социальной защиты Курской области и фонд «Светлая осень» "
                   "подписали соглашение о поддержке одиноких пенсионеров "
                   "{where}. Документ подписали министр Анна Юрьевна Лаптева и "
                   "директор фонда Игорь Семёнович Рябов.\n")

# (id, text, regions present, regions absent)
VENUES = named_rows([
    ("forum", _SOCIAL_SIGNING.format(where="на экономическом форуме в Сочи"),
     {"Курская область", "Краснодарский край"}, set()),
    ("held in", "Экономический форум, который проходит в Сочи, собрал гостей из многих "
     "регионов. " + _SOCIAL_SIGNING.format(where="на стенде региона"),
     {"Курская область", "Краснодарский край"}, set()),
    # guards: a town someone travels to or lives in names no subject by itself
    ("travel", _SOCIAL_SIGNING.format(where=", которым раньше приходилось ездить в Сочи"),
     {"Курская область"}, {"Краснодарский край"}),
    ("lives in", _SOCIAL_SIGNING.format(where="; дочь одной из подопечных живёт в Сочи"),
     {"Курская область"}, {"Краснодарский край"}),
    # fixregion61 guards: "прошло"/"проходить" of a childhood or a treatment, a past event
    ("childhood", _SOCIAL_SIGNING.format(where="в Курске") + "Министр Анна Лаптева "
     "рассказала, что её детство прошло в Сочи.", {"Курская область"}, {"Краснодарский край"}),
    ("treatment", _SOCIAL_SIGNING.format(where="в Курске") + "По нему дети из Курска будут "
     "проходить в Сочи реабилитацию.", {"Курская область"}, {"Краснодарский край"}),
    ("past event", _SOCIAL_SIGNING.format(where="в Курске") + "Ранее курский боксёр "
     "победил на турнире в Сочи.", {"Курская область"}, {"Краснодарский край"}),
    ("flew to", _SOCIAL_SIGNING.format(where="в Курске") + "Министр прилетела в Сочи на "
     "отдых.", {"Курская область"}, {"Краснодарский край"}),
    ("forum held", "Форум социальных проектов проходит в Сочи третий день. "
     + _SOCIAL_SIGNING.format(where="на стенде региона"),
     {"Курская область", "Краснодарский край"}, set()),
    ("forum nn", _SOCIAL_SIGNING.format(where="на форуме в Нижнем Новгороде"),
     {"Курская область", "Нижегородская область"}, set()),
])


@pytest.mark.parametrize(("text", "present", "absent"), VENUES)
def test_venue_town(models: Any, text: str, present: set[str], absent: set[str]) -> None:
    check_regions(models, text, present, absent)


_HEAD = "ЭНСК-ИНФО — новости Энской области\n"
# (id, page, regions present, regions absent)
PAGES = named_rows([
    ("weather row", "КУРСК-ИНФО — новости Курской области\nГлавная / Общество\n"
     "Погода: Курск +4 °C | Белгород +5 °C | Курс ЦБ: USD 91,20\n\n12.04.2024, 10:15\n\n"
     "В Курске подписали соглашение о поддержке пенсионеров\n\n"
     + _SOCIAL_SIGNING.format(where="в Курске"), {"Курская область"}, {"Белгородская область"}),
    ("feed of other news", "".join(_ITEM.format(time=t, title=h, story=s) for t, h, s in [
        ("17:40", "В Брянской области из-за снегопада закрыли две трассы",
         "Дорожные службы обещают открыть движение на обеих трассах к утру субботы."),
        ("17:20", "В Курске подписали соглашение о помощи пожилым",
         _SOCIAL_SIGNING.format(where="в Курске")),
        ("16:05", "Орловская область и Белоруссия договорились о поставках зерна",
         "Документ предусматривает рост поставок зерна через пограничный переход в 2025 году."),
        ("15:40", "В Тамбове морозы достигли −25 градусов", "Занятия в школах отменены."),
    ]), {"Курская область"}, {"Орловская область", "Брянская область"}),
])


@pytest.mark.parametrize(("text", "present", "absent"), PAGES)
def test_page_regions(models: Any, text: str, present: set[str], absent: set[str]) -> None:
    check_regions(models, text, present, absent)


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, boilerplate=("widget_row", "quoted_end_dropped",
                                                       "_furniture_header"),
                                          regions=("_titled_feed_items", "_venue_towns"))
