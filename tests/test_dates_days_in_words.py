"""Days told in words, a full date line right above the headline, English stamps.

Probes are written here in their own words (other months, numbers, labels and layouts than
the development texts), each with what a careful reader takes as the date. Negatives: a
calendar widget, an event's date in a menu, update stamps in Russian and English, a phone
number and order numbers that look like dates, a widget on the date's own line, a menu or a
widget between the date and the headline, the article's own date under the headline.
"""

from __future__ import annotations

import pytest

from soccoop.extract.boilerplate import heads_article, mask_boilerplate
from soccoop.extract.dates import find_dates
from soccoop.extract.datewords import day_ordinal_forms
from soccoop.extract.pipeline import guess_title
from soccoop.extract.published import find_published, stamp_line

HEAD = "Томск и Новосибирск объединят усилия в помощи пожилым людям"
BODY = ("Министры социальной политики двух областей подписали соглашение о сотрудничестве "
        "в сфере долговременного ухода и обмена опытом специалистов.")
MORE = ("Регионы будут проводить совместные стажировки для сотрудников центров социального "
        "обслуживания и обмениваться методиками реабилитации.")

# --- a day told as an ordinal before a month ---------------------------------------------

WORD_DAYS = [
    ("Восемнадцатого октября 2023 года в Казани министры подписали соглашение.",
     "2023-10-18", "Восемнадцатого октября 2023 года"),
    ("Документ подписали двадцать второго февраля.", "--02-22", "двадцать второго февраля"),
    ("Встреча перенесена на тридцатое ноября.", "--11-30", "тридцатое ноября"),
    ("Отчёт подготовят к двадцать девятому февраля 2028 г.", "2028-02-29",
     "двадцать девятому февраля 2028 г."),
    ("Соглашение заключено 9-го декабря 2022 года.", "2022-12-09", "9-го декабря 2022 года"),
    ("Прием заявлений начнётся с 1-е июня.", "--06-01", "1-е июня"),
    ("Четвёртого сентября стороны обменялись письмами.", "--09-04", "Четвёртого сентября"),
    ("тридцать первого августа 2019 г. истёк срок", "2019-08-31",
     "тридцать первого августа 2019 г."),
]


@pytest.mark.parametrize(("text", "value", "span"), WORD_DAYS)
def test_a_day_in_words_is_a_day_date(text: str, value: str, span: str) -> None:
    dates = [d for d in find_dates(text) if not d.relative]
    assert [(d.value, d.text) for d in dates] == [(value, span)]
    assert text[dates[0].start:dates[0].end] == span


@pytest.mark.parametrize(("text", "days"), [
    ("тридцать первого июня", []),            # June has thirty days
    ("двадцатого тридцатого мая", ["тридцатого мая"]),  # not one number: the last is a day
    ("тридцать десятого апреля", []),         # tens before a number above nine: no number
    ("первого заместителя министра", []),     # an ordinal without a month
    ("второго полугодия", []),
    ("пятого числа каждого месяца", []),
])
def test_no_day_date_from_ordinals_that_are_not_one(text: str, days: list[str]) -> None:
    assert [d.text for d in find_dates(text) if not d.relative] == days


def test_a_day_in_words_is_anchored_like_a_day_in_digits() -> None:
    words = find_dates("Соглашение подписали второго ноября.", "2024-11-03")
    digits = find_dates("Соглашение подписали 2 ноября.", "2024-11-03")
    assert [(d.value, d.stated, d.anchored) for d in words] == \
        [(d.value, d.stated, d.anchored) for d in digits] == [("2024-11-02", "--11-02", True)]


def test_every_ordinal_form_reads_back_its_day() -> None:
    forms = day_ordinal_forms()
    for word, n in forms.items():
        text = f"{word} января 2030 года" if n <= 31 else ""
        assert [d.value for d in find_dates(text)] == [f"2030-01-{n:02d}"], word
    # the tens with every unit: 21..29, 31
    for tens, base in (("двадцать", 20), ("тридцать", 30)):
        for word, n in forms.items():
            if n > 9 or base + n > 31:
                continue
            got = find_dates(f"{tens} {word} марта 2031 г.")
            assert [d.value for d in got] == [f"2031-03-{base + n:02d}"], (tens, word)


# --- numbers that look like dates -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Справки по телефону 8 (3822) 12-05-20, звонок бесплатный",
    "Номер заказа 12.05.2025-0417 указан в квитанции",
    "Приказ № 2025-08-05/17 размещён на сайте",
    "Код обращения 03.11.2024/88",
])
def test_a_phone_or_an_order_number_is_no_date(text: str) -> None:
    assert [d for d in find_dates(text) if d.value and d.value[-3] == "-"] == []


# --- a full date line right above the headline ---------------------------------------------

PUBLISHED = [
    # a widget on a line of its own, the date on its own line right above the headline
    (f"ТОМСК СЕГОДНЯ\nКурс ЦБ: USD 92,10\n\nСреда, 6 августа 2025\n\n{HEAD}\n\n{BODY}\n{MORE}",
     "2025-08-06"),
    (f"Вести Приобья\n☀ Томск +18°\nчетверг, 14 августа 2025 г.\n{HEAD}\n{BODY}\n{MORE}",
     "2025-08-14"),
    # status56: the widget on the date's own line dates the page when nothing else does
    # (every development page with such a row was published that day); never: a menu row
    # or the widget between the date and the headline; the article's own date under the
    # headline wins over the one above it
    (f"Среда, 6 августа 2025 · Томск +18°\n{HEAD}\n{BODY}\n{MORE}", "2025-08-06"),
    (f"Погода: +18 °C\nСреда, 6 августа 2025\nГлавная | Новости | Афиша\n{HEAD}\n{BODY}\n{MORE}",
     None),
    (f"Вторник, 5 августа 2025\nКурс ЦБ: USD 92,10\n{HEAD}\n{BODY}\n{MORE}", None),
    (f"Курс ЦБ: USD 92,10\nСреда, 6 августа 2025\n{HEAD}\nВторник, 5 августа 2025\n{BODY}\n"
     f"{MORE}", "2025-08-05"),
    # a calendar widget and an event's date in a menu are no publication date
    (f"Август 2025\nПн Вт Ср Чт Пт Сб Вс\n1 2 3 4 5 6 7\n8 9 10 11 12 13 14\n{HEAD}\n{BODY}\n"
     f"{MORE}", None),
    (f"Главная | Афиша: концерт 12 сентября 2025 | Контакты\n{HEAD}\n{BODY}\n{MORE}", None),
    # update stamps alone, in Russian and in English
    (f"{HEAD}\nОбновлено: 10 сентября 2025, 12:00\n{BODY}\n{MORE}", None),
    (f"{HEAD}\nLast updated on September 10, 2025\n{BODY}\n{MORE}", None),
    (f"{HEAD}\nUpdated: 10 Sep 2025 · Society\n{BODY}\n{MORE}", None),
    (f"{HEAD}\nUpdated: 6 August 2025 | Posted: 4 August 2025\n{BODY}\n{MORE}", "2025-08-04"),
    # English stamps: labels with "on" or a byline, weekdays, ordinal days, "at", AM/PM
    (f"{HEAD}\nPublished on Tuesday, 5th August 2025 at 9:40 am | Social policy\n{BODY}\n"
     f"{MORE}", "2025-08-05"),
    (f"Tomsk News\nPosted by Editorial Team on August 5, 2025\n{HEAD}\n{BODY}\n{MORE}",
     "2025-08-05"),
    (f"{HEAD}\nFri, 8 Aug 2025 16:20:00 +0700\n{BODY}\n{MORE}", "2025-08-08"),
    (f"{HEAD}\n2025-08-05T09:40:00+07:00\n{BODY}\n{MORE}", "2025-08-05"),
    # a noun with a past participle, a bare noun with a colon; a sentence is no stamp
    (f"{HEAD}\n{BODY}\nСтатья размещена 07.08.2025 в 18:30\n{MORE}", "2025-08-07"),
    (f"Публикация: 07.08.2025\n{HEAD}\n{BODY}\n{MORE}", "2025-08-07"),
    (f"{HEAD}\nПубликация 7 августа 2025 года вызвала споры.\n{BODY}\n{MORE}", None),
    # a slash date is read day first; month first only when no month can stand second
    (f"{HEAD}\nPosted: 05/08/2025 11:00\n{BODY}\n{MORE}", "2025-08-05"),
    (f"{HEAD}\nPosted: 08/15/2025 11:00\n{BODY}\n{MORE}", "2025-08-15"),
    (f"{HEAD}\nPosted: 15/15/2025 11:00\n{BODY}\n{MORE}", None),
]


@pytest.mark.parametrize(("text", "value"), PUBLISHED)
def test_publication_date(text: str, value: str | None) -> None:
    got, ref = find_published(text)
    assert got == value
    if ref is not None:
        assert text[ref.start:ref.end] == ref.text


def test_heads_article_needs_the_headline_next() -> None:
    lines = ["Курс ЦБ: USD 92,10", "", "Суббота, 9 августа 2025", "", HEAD, BODY]
    assert heads_article(lines, 2)
    assert not heads_article(lines[:4] + ["Главная | Новости | Афиша"] + lines[4:], 2)
    assert not heads_article(["Суббота, 9 августа", HEAD, BODY], 0)  # no year: no full date
    assert not heads_article(["Суббота, 9 августа 2025 | +24°", HEAD, BODY], 0)


def test_the_kept_date_line_is_no_title() -> None:
    text = f"Курс ЦБ: USD 92,10\n\nСреда, 6 августа 2025\n\n{HEAD}\n\n{BODY}\n{MORE}"
    masked = mask_boilerplate(text)
    assert "Среда, 6 августа 2025" in masked  # kept as the publication line
    assert guess_title(text, masked) == HEAD


@pytest.mark.parametrize(("line", "value"), [
    ("Posted on March 3rd, 2026 at 10:00 PM", "2026-03-03"),
    ("Published: the 21st of May 2026", None),   # an article before the day: not a stamp
    ("Published: 21st of May 2026", "2026-05-21"),
    ("Updated on March 3, 2026", None),
])
def test_english_stamp_lines(line: str, value: str | None) -> None:
    ref = stamp_line(line)
    assert (ref.value if ref else None) == value


# --- the CLI as a user runs it ---------------------------------------------------------------

PAGE = (f"ВЕСТИ ОБЛАСТИ\nКурс ЦБ: USD 92,10 · EUR 99,40\n\nПятница, 8 августа 2025\n\n{HEAD}\n\n"
        "Седьмого августа в Томске министр социальной политики Томской области Иван Петров "
        "и министр труда и социального развития Новосибирской области Ольга Сидорова "
        "подписали соглашение о сотрудничестве в сфере социальной защиты населения.\n"
        f"{MORE}\n")


@pytest.mark.slow
def test_cli_dates_a_page_with_a_widget_and_a_day_in_words(listed_rows) -> None:
    rows = listed_rows({"page.txt": PAGE}, "--format", "jsonl", "--limit", "0")
    assert len(rows) == 1
    assert rows[0]["published"] == "2025-08-08"
    assert rows[0]["title"] == HEAD
    words = [d for d in rows[0]["dates"] if d["text"] == "Седьмого августа"]
    assert [(d["value"], d["stated"], d["anchored"]) for d in words] == \
        [("2025-08-07", "--08-07", True)]
    assert [a["date"] for a in rows[0]["agreements"]] == ["2025-08-07"]
