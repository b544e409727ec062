"""Publication stamps on header rows of fields, programme and mailing pages, abbreviated
labels beside an update label, run-in mastheads, and form-like pages kept as content.

Probes are short pages written here in their own words (other labels, separators and field
names than the development texts), each with what a careful reader takes as the
publication date. Negatives: a date in a menu calendar, an event date in the text, an update
stamp alone, an act's own date, a deadline in a field row.
"""

from __future__ import annotations

import pytest

from soccoop.extract.boilerplate import mask_boilerplate
from soccoop.extract.published import find_published, issue_line

HEAD = "Пенза и Саратов будут вместе помогать семьям участников СВО"
BODY = ("Министерства социальной защиты двух областей подписали соглашение о сотрудничестве "
        "и договорились проводить совместные стажировки специалистов.")
MORE = ("Стороны обменяются методиками работы с пожилыми людьми и семьями с детьми, а также "
        "проведут выездные семинары для сотрудников центров социального обслуживания.")

PROBES = [
    # a labelled stamp in a row of fields: a wide gap or a bar, then "Label: value"
    (f"Портал правовых актов области\nДата публикации: 05.06.2024    Рубрика: Акты "
     f"правительства\n\n{HEAD}\n{BODY}\n{MORE}", "2024-06-05"),
    (f"Дата размещения: 5 июня 2024 г.  |  Регистрационный номер: 42-15/7\n{HEAD}\n{BODY}",
     "2024-06-05"),
    (f"Номер документа: 0012   Дата опубликования: 05.06.2024\n{HEAD}\n{BODY}\n{MORE}",
     "2024-06-05"),
    # one word names what was published; a time-zone note after the date
    (f"ОБЪЯВЛЕНИЕ\nДата публикации сообщения: 05.06.2024 (UTC+3)\n{BODY}\n{MORE}",
     "2024-06-05"),
    (f"{HEAD}\nДата размещения документа: 05.06.2024 10:30 (МСК)\n{BODY}", "2024-06-05"),
    # a programme, an issue or a mailing dated by its release, alone or after a title
    (f"Телеканал «Губерния»\nПередача «Мой регион». Выпуск от 05.06.2024\n\n{HEAD}\n{BODY}",
     "2024-06-05"),
    (f"Подкаст «Соцзащита рядом» · Эфир от 5 июня 2024 г., 19:00\n{HEAD}\n{BODY}",
     "2024-06-05"),
    (f"Тема: новости министерства\nПисьмо от 05.06.2024\n\n{HEAD}\n{BODY}", "2024-06-05"),
    (f"Трансляция от 05.06.2024\n{HEAD}\n{BODY}\n{MORE}", "2024-06-05"),
    # an abbreviated publication label with slash dates and an update label after it
    (f"{HEAD}\nОпубл. 05/06/2024, 09:15 | Изм. 06/06/2024, 10:00\n{BODY}", "2024-06-05"),
    (f"{HEAD}\nОпубликовано 05/06/2024 · Обновл. 07/06/2024\n{BODY}", "2024-06-05"),
    # a masthead run into the article on one line
    (f"«Северный вестник» · № 12 (3456) · среда, 5 июня 2024 г. · Общество · {HEAD} · "
     f"{BODY} {MORE}", "2024-06-05"),
    # an English site template's stamp, a reading time after it
    (f"Society › Regions\nJun 5, 2024 · 3 min read\n\n{HEAD}\n{BODY}", "2024-06-05"),
    (f"{HEAD}\n5 June 2024 | 2 minutes read\n{BODY}", "2024-06-05"),
    # an English date inside a Russian sentence is no stamp
    (f"{HEAD}\n{BODY} Делегация вернётся на форум Jun 5, 2024 года.\n{MORE}", None),
    # negatives: an update stamp alone, in any of its forms
    (f"{HEAD}\nОбновлено: 06.06.2024\n{BODY}", None),
    (f"{HEAD}\nОбновл. 06/06/2024, 10:00\n{BODY}", None),
    (f"{HEAD}\nИзм. 06.06.2024\n{BODY}\n{MORE}", None),
    # an act's own date is not its publication
    (f"ПОСТАНОВЛЕНИЕ\nот 11.03.2025 г. № 214-п\nг. Пенза\n\n{BODY}\n{MORE}", None),
    # a deadline in a row of fields, a date in a menu calendar, an event in the text
    (f"Срок подачи заявок: 12.06.2024   Номер закупки: 0123\n{BODY}\n{MORE}", None),
    (f"Календарь событий\nПн Вт Ср Чт Пт Сб Вс\n3 4 5 6 7 8 9\nИюнь 2024\n{HEAD}\n{BODY}",
     None),
    (f"{HEAD}\n{BODY} Выездной семинар пройдёт 12 июня 2024 года в Саратове.\n{MORE}", None),
    (f"{HEAD}\n{BODY}\nОб этом рассказали в передаче. Выпуск от 12.06.2024 можно посмотреть "
     f"на сайте телеканала.\n{MORE}", None),
]


@pytest.mark.parametrize(("text", "expected"), PROBES)
def test_publication_probe(text: str, expected: str | None) -> None:
    assert find_published(text)[0] == expected


def test_stamp_offsets_point_at_the_date() -> None:
    text = f"Передача «Мой регион». Выпуск от 05.06.2024\n{HEAD}\n{BODY}"
    value, ref = find_published(text)
    assert value == "2024-06-05" and ref is not None
    assert text[ref.start:ref.end] == "05.06.2024"


def test_run_in_masthead_needs_the_issue_number() -> None:
    # a run-in line with a date but no issue number is no masthead
    line = f"«Северный вестник» · среда, 5 июня 2024 г. · Общество · {HEAD} · {BODY}"
    assert issue_line(line) is None
    ref = issue_line(f"Газета «Север» | № 7 (88) | 5 июня 2024 · {HEAD} · {BODY}")
    assert ref is not None and ref.value == "2024-06-05"


FORM = (
    "СООБЩЕНИЕ О ПРОВЕДЕНИИ КОНКУРСА\n"
    "\n"
    "Организатор: Министерство труда и социального развития Саратовской области\n"
    "Контактное лицо: Белова Ольга Петровна, консультант отдела кадров\n"
    "Предмет конкурса: замещение должности главного специалиста в отделе опеки\n"
    "Место приёма документов: здание министерства на улице Мичурина в Саратове\n"
    "Срок: до 20.06.2024\n"
    "\n"
    "Документы принимаются в рабочие дни с девяти до восемнадцати часов по местному "
    "времени.\n"
    "\n"
    "Файлы: Заявление.docx | Анкета.pdf\n"
)


def test_form_fields_with_content_values_are_kept() -> None:
    masked = mask_boilerplate(FORM)
    assert len(masked) == len(FORM)
    for field in ("Организатор: Министерство труда", "Контактное лицо: Белова Ольга Петровна",
                  "Предмет конкурса: замещение", "Место приёма документов: здание министерства"):
        assert field in masked
    # a row of links and a short value stay masked
    assert "Заявление.docx" not in masked and "Срок: до" not in masked


@pytest.mark.parametrize("header", [
    # a news page's rows: short values, tags, links; fewer than three content fields
    "Рубрика: Общество\nТеги: пенсии, льготы, СВО\nФото: пресс-служба\n",
    "Автор: Ирина Смирнова\nИсточник: пресс-служба министерства области\n",
    "Разделы: Новости | Документы | Контакты\nТеги: семья, дети\nЯзык: русский\n",
    # three rows with sentence values, but no block: a link line between them
    "Фото: пресс-служба правительства края\nВсе новости форума →\n"
    "Репортаж: открытие нового центра в городе\nРепортаж: выпускной в доме-интернате\n",
])
def test_news_page_rows_stay_menu(header: str) -> None:
    # under the body, where rows that are no sentences are masked
    text = f"{HEAD}\n{BODY}\n{MORE}\n\n{header}"
    masked = mask_boilerplate(text)
    for line in header.splitlines():
        assert line not in masked
    assert BODY in masked


NOTICE = (
    "ИЗВЕЩЕНИЕ О ЗАКУПКЕ\n"
    "Дата размещения сообщения: 05.06.2024 (МСК+1)\n"
    "\n"
    "Заказчик: Отделение Фонда пенсионного и социального страхования Российской Федерации "
    "по Саратовской области\n"
    "Ответственный сотрудник: Белова Ольга Петровна, ведущий специалист отдела закупок\n"
    "Объект закупки: поставка слуховых аппаратов для инвалидов и детей-инвалидов\n"
    "Место поставки: Саратовская область, по месту жительства получателей\n"
    "\n"
    "Изделия выдаются получателям по направлениям Отделения в течение тридцати дней.\n"
)


@pytest.mark.slow
def test_cli_notice_is_read_and_dated(listed_rows) -> None:
    rows = listed_rows({"notice.txt": NOTICE}, "--format", "jsonl", "--limit", "0")
    assert len(rows) == 1
    assert rows[0]["published"] == "2024-06-05"
    assert [r["name"] for r in rows[0]["regions"]] == ["Саратовская область"]
