"""date63: publication stamps under a head that prints the day first, and a stamp's longer
section name, in our own words.

A head line (a church calendar, a "today" row) that prints the stamp's very day first does
not hide the stamp under it, and the top lines count again from it; another day first still
does. A section name of up to five words between two separators, with a counter after it,
is part of a stamp line; the same words last on the line are a headline.
"""

from __future__ import annotations

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
