"""Agreement dates and publication dates: stamp lines and signings dated outside their clause.

Each probe is written here in its own words (no development round's text): a stamp line in
a form sites print, a signing whose date stands outside its own clause, and what must stay
undated or unread. Precision first: a headline of a list, an update stamp, a weather
widget's day, a caption and an expiry day are never the date sought.
"""

from __future__ import annotations

import pytest
from probes import text_date

from soccoop.extract.dates import find_dates
from soccoop.extract.pipeline import extract
from soccoop.extract.published import find_published

HEAD = "Алтай и Тыва будут вместе готовить сиделок для пожилых людей"
BODY = ("Министерства социальной защиты двух республик подписали соглашение о подготовке "
        "помощников по уходу и договорились о стажировках специалистов.")
MORE = ("Первые двадцать слушателей начнут обучение в следующем месяце в колледже "
        "Горно-Алтайска, занятия продлятся восемь недель.")

PUBLICATION_PROBES = [
    # a site's section name beside the date, after it or before it
    (f"{HEAD}\n5 ноября 2024 · Здоровье\n{BODY}", "2024-11-05"),
    (f"Культура · Театр · 14.02.2025\n{HEAD}\n{BODY}", "2025-02-14"),
    (f"{HEAD}\n03.03.2025, 08:15 · Семья · 4 мин на чтение\n{BODY}", "2025-03-03"),
    (f"{HEAD}\n11 июня 2025 | Рубрика «Люди дела»\n{BODY}", "2025-06-11"),
    # a reading time without the word "чтения", a counter after it
    (f"{HEAD}\n3 марта 2025, 08:15 · 4 мин · 312 просмотров\n{BODY}", "2025-03-03"),
    # a place before the date, a weekday in brackets after it
    (f"{HEAD}\nТомск, 9 октября 2024 (ср), 11:05\n{BODY}", "2024-10-09"),
    # a month in the nominative after the day; an abbreviated month without a year, timed
    (f"{HEAD}\n5 Март 2025 09:40   👁 120\n{BODY}", "2025-03-05"),
    (f"Ирина Соколова | Республика Алтай\n17 окт в 09:12\n{BODY}\n{MORE}", "--10-17"),
    # the year first with dots or slashes; a bare counter last; a reading time first
    (f"{HEAD}\n2025.02.27 16:45\n{BODY}", "2025-02-27"),
    (f"{HEAD}\n2025/02/27\n{BODY}", "2025-02-27"),
    (f"{HEAD}\n27.02.2025 / 16:45 / Семья / 2 318\n{BODY}", "2025-02-27"),
    (f"{HEAD}\nВремя чтения: 5 мин · 27.02.2025\n{BODY}", "2025-02-27"),
    # a press office credited after the date
    (f"{HEAD}\n27.02.2025 | Пресс-служба Министерства труда Республики Алтай\n{BODY}",
     "2025-02-27"),
    # a menu naming the weather section is no weather widget
    (f"Главная | Погода | Афиша | Спорт\nВремя публикации: 03.04.2025 | 09:00\n{HEAD}\n{BODY}",
     "2025-04-03"),
    # a document's place and date at the right margin
    (f"ПРОТОКОЛ\nсовещания министров\nг. Омск                          12 декабря 2024 г.\n"
     f"{BODY}\n{MORE}", "2024-12-12"),
    # a masthead row, a monthly bulletin
    (f"Издаётся с 1957 года | № 14 (10233) | вторник, 8 апреля 2025 года\n{HEAD}\n{BODY}",
     "2025-04-08"),
    (f"Информационный вестник № 2 (31), февраль 2025 года\n{HEAD}\n{BODY}", "2025-02"),
    # never: an update stamp with a section, a relative day with a section, a headline of a
    # list after the date, two words and a wide gap that are no place, a weather widget
    # with its value beside the crawl day
    (f"{HEAD}\nОбновлено: 5 марта 2025 · Общество\n{BODY}", None),
    (f"{HEAD}\nВчера, 14:05 · Общество\n{BODY}", None),
    (f"{HEAD}\nВремя чтения: 5 мин · вчера в 16:45\n{BODY}", None),
    (f"{HEAD}\n16:45 · Обновлено: 28.02.2025\n{BODY}", None),
    (f"{HEAD}\n👁 120 | Изменено 28.02.2025\n{BODY}", None),
    (f"{HEAD}\n2025.02.30 16:45\n{BODY}", None),
    (f"5 марта 2025 · Минтруд открыл новый центр реабилитации\n{HEAD}\n{BODY}", None),
    (f"{HEAD}\n{BODY}\nКонцерт Оркестра   12 марта 2025 года\n{MORE}", None),
    (f"Погода: +3 °C\n12 марта 2025\nГлавная | Новости\n{HEAD}\n{BODY}", None),
    # a numbered decree inside the text is no issue line
    (f"{HEAD}\nПостановление № 12 (5) | 12 марта 2025 года о мерах поддержки семей\n{BODY}",
     None),
]


@pytest.mark.parametrize(("text", "value"), PUBLICATION_PROBES)
def test_publication_date_in_a_new_form(text: str, value: str | None) -> None:
    got, ref = find_published(text)
    assert got == value
    if ref is not None:
        assert text[ref.start:ref.end] == ref.text


# a weekday "just gone by" is the last one before the publication day (2025-06-11 is a
# Wednesday); "прошлый" keeps the previous week's
WEEKDAY_PROBES = [
    ("В минувший вторник стороны подписали соглашение.", "2025-06-10"),
    ("Соглашение подписано в прошедшую среду.", "2025-06-04"),
    ("В минувшую пятницу министры подписали соглашение.", "2025-06-06"),
    ("В прошлый вторник стороны подписали соглашение.", "2025-06-03"),
]


@pytest.mark.parametrize(("text", "value"), WEEKDAY_PROBES)
def test_weekday_just_gone_by(text: str, value: str) -> None:
    found = [d for d in find_dates(text, "2025-06-11") if d.relative]
    assert [(d.value, d.anchored) for d in found] == [(value, True)]


# (text, publication date given, status, date expected of the first agreement)
SIGNING_PROBES = [
    # the day itself as the occasion told just before the signing
    ("Сегодня знаменательный день для нашего ведомства! Министерство социальной защиты "
     "Алтайского края подписало соглашение о сотрудничестве с министерством труда и "
     "социальной защиты Новосибирской области.", "2025-06-10", "signed", "2025-06-10"),
    # the end of a term is no signing date; the signing's own sentence two sentences on
    ("Срок действия соглашения о сотрудничестве между министерством социальной защиты "
     "Омской области и министерством труда и социального развития Новосибирской области "
     "истёк 30 июня. Продлевать его стороны не будут. Документ был подписан в 2019 году.",
     "2025-09-03", "mentioned", "2019"),
    # a plan to sign told after the project is named, by a pronoun: the month ahead
    ("Министерство социального обеспечения Курской области подготовило проект соглашения о "
     "сотрудничестве с министерством социальной защиты Орловской области. Подписать его "
     "стороны намерены в ноябре.", "2025-09-03", "planned", "2025-11"),
    # the document the text is, dated by its header
    ("Договор № 7-СП от 14 января 2025 года о сотрудничестве между управлением социальной "
     "защиты населения Липецкой области и министерством социальной защиты Воронежской "
     "области\nг. Липецк                                   14 января 2025 г.\n"
     "Управление социальной защиты населения Липецкой области, именуемое в дальнейшем "
     "«Сторона 1», в лице начальника управления Петрова Ивана Сергеевича, и министерство "
     "социальной защиты Воронежской области, именуемое в дальнейшем «Сторона 2», заключили "
     "настоящее Соглашение о нижеследующем.", None, "signed", "2025-01-14"),
    # an item of a day's chronicle, dated by the day above the items
    ("Поездка делегации в Самару: хроника\n22 апреля 2025\nДелегация министерства провела в "
     "Самаре весь день. Рассказываем по порядку.\n10:00 — Встреча с заместителем "
     "председателя правительства Самарской области.\n11:30 — Подписание соглашения о "
     "сотрудничестве между министерством семейной политики Ульяновской области и "
     "министерством социально-демографической политики Самарской области.\n14:00 — "
     "Посещение центра социального обслуживания в Тольятти.", None, "signed", "2025-04-22"),
    # a quotation's next sentence ("Сегодня ...") does not date the agreement of the first
    ("«Соглашение между Тверской и Ярославской областями, подписанное в 2018 году, свою "
     "роль сыграло, — заявил министр. — Сегодня нам нужны новые формы работы»",
     "2025-06-10", "mentioned", "2018"),
    # a headline that opens with its date and a colon dates the signing it reports
    ("5 мая: Хакасия и Тыва подписали соглашение о помощи ветеранам\nМинистерство "
     "социальной защиты Республики Хакасия и министерство труда и социальной политики "
     "Республики Тыва подписали соглашение о сотрудничестве.", "2025-05-07", "signed",
     "2025-05-05"),
    # without a chronicle's items, a day line above a signing does not date it
    ("Новости министерства\n22 апреля 2025\nМинистерство семейной политики Ульяновской "
     "области и министерство социально-демографической политики Самарской области "
     "подписали соглашение о сотрудничестве.", None, "signed", None),
    # a plan whose object is not a pronoun, and a plan denied, stay undated
    ("Министерство социального обеспечения Курской области подготовило проект соглашения о "
     "сотрудничестве с министерством социальной защиты Орловской области. Подписывать его "
     "в ноябре стороны не намерены.", "2025-09-03", "planned", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "status", "date"), SIGNING_PROBES)
def test_signing_date_outside_its_clause(models, text: str, published: str | None,
                                         status: str, date: str | None) -> None:
    agreements = extract(text, "probe.txt", models, published=published).agreements
    assert agreements, "no agreement found"
    assert (agreements[0].status, text_date(agreements[0])) == (status, date)


@pytest.mark.slow
def test_ingest_and_list_read_a_new_stamp_and_anchor_yesterday(listed_rows) -> None:
    page = (
        "Новости Костромы\n"
        "Кострома, 3 июня 2025 (вт), 10:20\n"
        "Кострома и Иваново договорились о помощи семьям участников СВО\n"
        "Вчера министерство социальной защиты Костромской области и департамент социальной "
        "защиты населения Ивановской области подписали соглашение о сотрудничестве в сфере "
        "поддержки семей участников специальной военной операции.\n"
        "Стороны будут обмениваться опытом работы социальных координаторов.\n")
    [rec] = listed_rows({"kostroma.txt": page}, "--format", "jsonl", "--limit", "0")
    assert rec["published"] == "2025-06-03"
    assert [(a["status"], a["date"], a["date_anchored"]) for a in rec["agreements"]] == [
        ("signed", "2025-06-02", True)]
    yesterday = [d for d in rec["dates"] if d["text"] == "Вчера"]
    assert [(d["value"], d["relative"], d["anchored"]) for d in yesterday] == [
        ("2025-06-02", True, True)]
