"""date63: publication stamps under a head that prints the day first, and a stamp's longer
section name, in our own words.

A head line (a church calendar, a "today" row) that prints the stamp's very day first does
not hide the stamp under it, and the top lines count again from it; another day first still
does. A section name of up to five words between two separators, with a counter after it,
is part of a stamp line; the same words last on the line are a headline. An agreement named
by its ordinal takes the day of a sentence before it that tells the set signed in the plural.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.published import find_published, stamp_line

HEAD = """ПОКРОВСКИЙ БЛАГОЧИННИЧЕСКИЙ ОКРУГ
Русской Православной Церкви
Главная  Новости  Приходы  Социальное служение  Контакты

Церковный календарь
{calendar}
Неделя 20-я по Пятидесятнице. Свт. Иоанна, архиеп. Новгородского. Поста нет, разрешается рыба.

Новости округа  |  {stamp}

Приход и центр соцобслуживания будут вместе помогать одиноким людям

Во вторник в здании центра социального обслуживания населения подписали соглашение о \
сотрудничестве между приходом и центром. Документ подписали настоятель храма и директор \
центра.
"""


@pytest.mark.parametrize(("calendar", "stamp", "expected"), [
    # the head's day and the stamp's are one: the stamp is read
    ("20 октября 2025 г. (7 октября ст. ст.)", "20 октября 2025 г.", "2025-10-20"),
    ("Сегодня 3 марта 2024 года", "3 марта 2024 г.", "2024-03-03"),
    # another day first: no page date
    ("19 октября 2025 г. (6 октября ст. ст.)", "20 октября 2025 г.", None),
    # a day without a year first: no page date
    ("20 октября (7 октября ст. ст.)", "20 октября 2025 г.", None),
])
def test_head_day_keeps_the_stamp(calendar: str, stamp: str, expected: str | None) -> None:
    text = HEAD.format(calendar=calendar, stamp=stamp)
    assert find_published(text)[0] == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("08 ноя 2024 · Центр содействия трудоустройству выпускников · 👁 286", "2024-11-08"),
    ("12 марта 2025 | Отдел социальной защиты населения | 1 204 просмотра", "2025-03-12"),
    ("5 апреля 2025 · Управление по делам молодежи · просмотров: 37", "2025-04-05"),
    # the same words last on the line: a headline of a list
    ("08 ноя 2024 · Центр содействия трудоустройству выпускников", None),
    # six words or more between the separators: no section
    ("08 ноя 2024 · Центр содействия трудоустройству выпускников и молодежи · 👁 286", None),
    # no separator closes the name before the counter
    ("08 ноя 2024 · Центр содействия трудоустройству выпускников 👁 286", None),
])
def test_long_section_between_separators(line: str, expected: str | None) -> None:
    ref = stamp_line(line)
    assert (ref.value if ref is not None else None) == expected


# --- an ordinal item takes the day of the plural set signed before it
SET = """Минтруд региона подписал соглашения с тремя компаниями

{lead} на ярмарке вакансий «Работа в Пензе — 2025» министерство труда и социальной защиты \
Пензенской области {verb} соглашения о реализации инвестиционных проектов с тремя \
компаниями. Всего компании готовы создать около 120 рабочих мест.

Первое соглашение заключено с ООО «Пензенский хлебозавод», которое намерено открыть в цехе \
40 оборудованных рабочих мест. Второе — с АО «Сурский трикотаж»: компания переоборудует \
швейный участок. Третьим партнёром министерства стал кооператив «Сурский», который \
планирует взять на работу 30 человек.

От имени министерства документы подписал министр Олег Смирнов. Со стороны компаний подписи \
поставили директор «Пензенского хлебозавода» Иван Орлов, генеральный директор «Сурского \
трикотажа» Анна Белова и председатель кооператива «Сурский» Пётр Гусев.
"""


@pytest.mark.slow
@pytest.mark.parametrize(("lead", "verb", "expected"), [
    # the plural set signed on a weekday or a date: the ordinal item is of that day
    ("В среду", "подписало", "2025-03-19"),
    ("18 марта", "заключило", "2025-03-18"),
    # a set only discussed is no signing: no day is carried to the item
    ("В среду", "обсудило", None),
])
def test_ordinal_item_takes_the_plural_sets_day(models: Any, lead: str, verb: str,
                                                 expected: str | None) -> None:
    found = probes.status_dates(models, SET.format(lead=lead, verb=verb), "2025-03-20")
    assert found[0] == ("signed", expected)
