"""Publication dates on the page forms of sites, wires, channels and bulletins.

Each probe is a short page in a form Russian sites, wires, channels and bulletins print,
with what a careful reader takes as the publication date. Precision first: an event date,
a calendar, a list of other news, a copyright year, another article's URL or an update
stamp is never the publication date; a day that cannot be resolved gives no date.
"""

from __future__ import annotations

import pytest

from soccoop.extract.published import find_published

HEAD = "Чувашия и Татарстан договорились о сотрудничестве в социальной сфере"
BODY = ("Министры социальной защиты двух регионов подписали соглашение о сотрудничестве в "
        "сфере социального обслуживания граждан и обсудили планы на год.")
MORE = ("Стороны договорились обмениваться опытом работы с семьями участников СВО и "
        "проводить совместные стажировки специалистов центров социального обслуживания.")

PROBES = [
    # labelled lines in forms not written down before
    (f"{HEAD}\nОпубликовано: 12.03.2025\n{BODY}", "2025-03-12"),
    (f"{HEAD}\nДата публикации 12/03/2025\n{BODY}", "2025-03-12"),
    (f"{HEAD}\nВремя публикации: 12 марта 2025, 14:05\n{BODY}", "2025-03-12"),
    (f"{HEAD}\nНовость от 12.03.2025\n{BODY}", "2025-03-12"),
    (f"{HEAD}\nПресс-релиз от 12 марта 2025 года\n{BODY}", "2025-03-12"),
    (f"{HEAD}\nДобавлено: 12.03.2025 в 14:05\n{BODY}", "2025-03-12"),
    (f"{HEAD}\nДата публикации: 12 марта 2025 года, 14:05 (МСК)\n{BODY}", "2025-03-12"),
    (f"{HEAD}\nОпубликовано 12 марта 2025, обновлено 13 марта 2025\n{BODY}", "2025-03-12"),
    # the first publication, not the update
    (f"{HEAD}\nОбновлено: 14.03.2025 10:00\nСоздано: 12.03.2025 09:00\n{BODY}", "2025-03-12"),
    (f"{HEAD}\nДата изменения: 14.03.2025\n{BODY}\nДата создания: 12.03.2025", "2025-03-12"),
    (f"{HEAD}\n12.03.2025 09:00\n{BODY}\nОбновлено: 14.03.2025 10:00", "2025-03-12"),
    (f"{HEAD}\n{BODY}\nПоследнее изменение: 14.03.2025", None),
    # bare date lines: a full timestamp, a short year, an abbreviated month, a time first
    (f"{HEAD}\n2025-03-12T14:05:00+03:00\n{BODY}", "2025-03-12"),
    (f"{HEAD}\n12 марта 2025 г., 14:05\n{BODY}", "2025-03-12"),
    (f"{HEAD}\n12.03.25\n{BODY}", "2025-03-12"),
    (f"{HEAD}\n12 мар 2025\n{BODY}", "2025-03-12"),
    (f"{HEAD}\nСреда, 12 марта 2025 г. 10:00 · 3 мин чтения\n{BODY}", "2025-03-12"),
    (f"Новости региона\n8 окт. 2025, 09:30 | Источник: ОТВ | 1 245 просмотров\n{HEAD}\n{BODY}",
     "2025-10-08"),
    # a channel post: a pictogram before the date, a bracketed export stamp
    (f"📅 12.03.2025\n{BODY}\n{MORE}", "2025-03-12"),
    (f"🕒 12 марта 2025, 14:05\n{BODY}", "2025-03-12"),
    (f"Минтруд Чувашии, [12.03.2025 14:05]\n{BODY}\n{MORE}", "2025-03-12"),
    (f"{HEAD}\n12 марта в 14:05\n{BODY}", "--03-12"),
    # relative to the crawl, not resolvable: no date
    (f"{HEAD}\nвчера, 14:05\n{BODY}", None),
    (f"{HEAD}\nСегодня в 09:15\n{BODY}", None),
    (f"{HEAD}\n2 часа назад\n{BODY}", None),
    # a press office signs at the end of the article
    (f"{HEAD}\n{BODY}\n{MORE}\nПресс-служба Минтруда Чувашии, 12.03.2025", "2025-03-12"),
    (f"{HEAD}\n{BODY}\n{MORE}\nИнформация пресс-службы Министерства социальной защиты "
     f"Республики Татарстан | 12 марта 2025 г.", "2025-03-12"),
    # a bulletin header
    (f"Информационный бюллетень № 12 (345) от 12 марта 2025 года\n{HEAD}\n{BODY}",
     "2025-03-12"),
    (f"№ 12 (345) от 12 марта 2025 года\n{HEAD}\n{BODY}", "2025-03-12"),
    # agency datelines: the year not printed stays unknown ("The record": --MM-DD)
    (f"МОСКВА, 12 марта. /ТАСС/. {BODY}", "--03-12"),
    (f"Екатеринбург. 12 марта. INTERFAX.RU - {BODY}", "--03-12"),
    (f"ВОЛГОГРАД, 12 марта 2025, ИА REGNUM. {BODY}", "2025-03-12"),
    # dates that are not the publication date
    (f"{HEAD}\n{BODY}\nВстреча прошла 10 марта 2025 года в Чебоксарах.", None),
    (f"{HEAD}\n{BODY}\n© 2025 Минтруд Чувашии. Все права защищены.", None),
    (f"{HEAD}\n{BODY}\nhttps://cap.ru/news/2025/03/10/soglashenie-s-tatarstanom", None),
    (f"{HEAD}\n{BODY}\nЧитайте также\nВ Чебоксарах открыли центр реабилитации 10.03.2025\n"
     f"Ветеранам вручили награды 09.03.2025", None),
    (f"Март 2025\nПн Вт Ср Чт Пт Сб Вс\n1 2 3 4 5 6 7\n8 9 10 11 12 13 14\n"
     f"15 16 17 18 19 20 21\n{HEAD}\n{BODY}", None),
    # a digest: each item carries its own day, the page none
    (f"Дайджест новостей соцзащиты за неделю\n10.03.2025\n{BODY}\n11.03.2025\n{MORE}\n"
     f"12.03.2025\n{BODY}", None),
    # a list of other news stamped with their days above the article, a date-first headline
    (f"📅 10.03.2025\nВ Чебоксарах открыли центр\n📅 11.03.2025\nВетеранам вручили награды\n"
     f"{HEAD}\n{BODY}", None),
    (f"12 марта 2025 | Губернатор вручил награды ветеранам\n{HEAD}\n{BODY}", None),
    # an update stamp alone, a date that is labelled but not a publication's
    (f"Обновлено: 14.03.2025 10:00\n{HEAD}\n{BODY}", None),
    (f"{HEAD}\nДата подписания: 12.03.2025\n{BODY}", None),
    (f"{HEAD}\nОпубл. 12.03.2025\n{BODY}", "2025-03-12"),
    (f"Вестник № 5 от 12.03.2025\n{HEAD}\n{BODY}", "2025-03-12"),
    # a press office in a sentence, or without a day, signs nothing
    (f"{HEAD}\n{BODY}\n{MORE}\nПресс-служба сообщает, что следующая встреча пройдёт "
     f"12.03.2025.", None),
    (f"{HEAD}\n{BODY}\n{MORE}\nПресс-служба Минтруда Чувашии", None),
    # a sentence that opens like a dateline, a caption between paragraphs
    (f"Ранее, 22 июля, представитель министерства сообщил о подготовке соглашения. {BODY}",
     None),
    (f"Сегодня, 11 мая 2025 года, на сайте правительства опубликовано соглашение. {BODY}",
     None),
    (f"Итоги. 5 мая стороны подписали соглашение. {BODY}", None),
    (f"{HEAD}\n{BODY}\nИрина Петрова, 12 февраля 2025 года\n{MORE}", None),
    (f"{HEAD}\nВстреча министров прошла в Казани. Рассказываем о главном.\n12 марта 2025\n"
     f"{BODY}", "2025-03-12"),
    # a time before the date; an update in brackets after it
    (f"{HEAD}\n14:05, 12 марта 2025\n{BODY}", "2025-03-12"),
    (f"{HEAD}\n12 марта 2025 (обновлено 13 марта 2025)\n{BODY}", "2025-03-12"),
    # a site header's "today" is the crawl day; a labelled relative day is not resolvable
    (f"Сегодня, 12 марта 2025\nГлавная\nНовости\n{HEAD}\n{BODY}", None),
    (f"{HEAD}\nОпубликовано: вчера, 14:05\n{BODY}", None),
    # a rubric of one or two words after the date is the site's section (dates16); a
    # headline of a list after the date has more words: no date
    (f"{HEAD}\n12 марта 2025, 14:05 | Общество\n{BODY}", "2025-03-12"),
    (f"{HEAD}\n12 марта 2025, 14:05 | Губернатор вручил награды ветеранам\n{BODY}", None),
    # a repost: the page's own date line, not the original's date in the credit
    (f"{HEAD}\n12.03.2025 14:05\n{BODY}\nОригинал опубликован на сайте Минтруда 10.03.2025",
     "2025-03-12"),
]


@pytest.mark.parametrize(("text", "value"), PROBES)
def test_publication_date_of_a_page(text: str, value: str | None) -> None:
    got, ref = find_published(text)
    assert got == value
    if ref is not None:
        assert text[ref.start:ref.end] == ref.text and ref.value == value
