"""date38: agreement dates missed or wrong on unseen news (dev rounds 30-39), by shape: the
page's stamp and dateline, a pronoun taking up the document, a quoted "сегодня", a partner
named with its day in a nearby sentence."""

from __future__ import annotations

import pytest
from probes import agreements_of

from soccoop.extract.published import find_published

LEAD = "\n\nПрикамье и Удмуртия обменяются опытом\n\nМинистерства подписали соглашение."


@pytest.mark.parametrize("text,published", [
    # a site's name with its domain before the sections and the day (a weekday after it)
    ("Пермь.ру  |  Новости  |  12 ноября 2024, вт" + LEAD, "2024-11-12"),
    ("NGS.ru · 12.11.2024" + LEAD, "2024-11-12"),
    # a masthead ending with the day gives the dateline's day its year
    ("Карелия.Новости — 29.05.2025\n\nПЕТРОЗАВОДСК, 29 мая. На конференции подписаны "
     "соглашения.", "2025-05-29"),
    # ... only when it is the dateline's day
    ("Карелия.Новости — 28.05.2025\n\nПЕТРОЗАВОДСК, 29 мая. На конференции подписаны "
     "соглашения.", "--05-29"),
    # a sentence with a dotted name is no stamp
    ("Пермь.ру. Глава края 12 ноября 2024 года сказал" + LEAD, None),
])
def test_publication_stamps_and_datelines(text, published) -> None:
    assert find_published(text)[0] == published


SILVER = "автономной некоммерческой организацией «Серебряный волонтер Ярославии»"


@pytest.mark.parametrize("text,published,expected", [
    # a pronoun taking up the document, a short passive participle of signing: its day
    ("Комплексный центр социального обслуживания заключил соглашение с Ярославским "
     "колледжем сервиса и дизайна. Оно было подписано 2 сентября. Студенты будут проводить "
     "занятия.", "2024-09-03", [("2024-09-02", False)]),
    ("Комплексный центр социального обслуживания заключил соглашение с Ярославским "
     "колледжем сервиса и дизайна. Он был подписан 2 сентября.", "2024-09-03",
     [("2024-09-02", False)]),
    # a quoted speaker's "сегодня" is no occasion's day: the signing is dated by the page
    ("«Сегодня в сельских центрах не хватает специалистов», — пояснила министр после "
     "церемонии.\n\nМинистерство социальной защиты Новосибирской области и технический "
     "университет подписали соглашение о подготовке кадров.", "2024-10-22",
     [("2024-10-22", True)]),
    # the partner named with its day in a sentence near the record's own (a caption here);
    # agr44: "Первое подписано ..." is the first item itself, so its record comes first
    ("Учреждением заключены два соглашения о сотрудничестве.\n\nПервое подписано 29 августа "
     f"с {SILVER}. Волонтеры будут помогать пожилым.\n\nВторое соглашение – с Ярославским "
     "колледжем сервиса и дизайна. Оно было подписано 2 сентября.\n\nФото 1. Подписание "
     "соглашения с АНО «Серебряный волонтер Ярославии»", "2024-09-03",
     [("2024-08-29", False), ("2024-09-02", False)]),
])
def test_signing_dates_told_around_the_record(models, text, published, expected) -> None:
    got = [(a.date, a.date_from_published) for a in agreements_of(models, text, published)
           if a.status == "signed"]
    assert got == expected
