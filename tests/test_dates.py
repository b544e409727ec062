"""Date extraction: absolute forms, relative resolution, negatives, publication date."""

from __future__ import annotations

import glob
import json
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from soccoop.extract.dates import find_dates, find_published

ABSOLUTE = [
    ("Соглашение подписали 15 сентября 2023 года.", "2023-09-15", "15 сентября 2023 года"),
    ("Форум открылся 15 сентября 2023 в Москве.", "2023-09-15", "15 сентября 2023"),
    ("Встреча прошла 18 апреля в Казани.", "--04-18", "18 апреля"),
    ("Договор заключён в 2002 году.", "2002", "2002 году"),
    ("Программа принята в 2019 г. губернатором.", "2019", "2019 г."),
    ("Визит состоялся в ноябре 2022 года.", "2022-11", "ноябре 2022 года"),
    ("Первая встреча прошла в октябре.", "--10", "октябре"),
    ("Документ датирован 15.09.2023 и вступил в силу.", "2023-09-15", "15.09.2023"),
    ("Документ датирован 15.09.23 и вступил в силу.", "2023-09-15", "15.09.23"),
    ("Выгрузка от 2023-09-15 доступна.", "2023-09-15", "2023-09-15"),
    ("Форум пройдёт в четверг, 26 октября, в Ульяновске.", "--10-26", "четверг, 26 октября"),
    ("Совещание назначено на 1 мая.", "--05-01", "1 мая"),
    ("Сессия пройдёт 18–19 апреля в Сочи.", "--04-18", "18–19 апреля"),
    ("Это было 29 февраля 2024 года.", "2024-02-29", "29 февраля 2024 года"),
]


@pytest.mark.parametrize(("text", "value", "span"), ABSOLUTE)
def test_absolute_forms(text: str, value: str, span: str) -> None:
    refs = find_dates(text)
    assert [(r.value, r.text, r.relative) for r in refs] == [(value, span, False)]
    assert text[refs[0].start:refs[0].end] == span


def test_year_is_borrowed_only_from_a_coordinated_date() -> None:
    refs = find_dates("Дни культуры пройдут 18 и 19 апреля 2023 года.")
    assert [r.value for r in refs] == ["2023-04-18", "2023-04-19"]
    refs = find_dates("18 апреля прошла встреча. Договор 2019 года продлён.")
    assert refs[0].value == "--04-18"


@pytest.mark.parametrize("published", ["2023-09-15", "2023-04-19", "--09-15", None])
def test_year_never_guessed_from_published(published: str | None) -> None:
    """A record says only what the text supports: "18 апреля" stays without a year."""
    refs = find_dates("Встреча прошла 18 апреля.", published=published)
    assert refs[0].value == "--04-18"


def test_inconsistent_weekday_is_left_out_of_the_span() -> None:
    # 26 October 2023 was a Thursday, not a Monday
    refs = find_dates("Форум открылся в понедельник, 26 октября 2023 года.")
    assert refs[0].value == "2023-10-26"
    assert refs[0].text == "26 октября 2023 года"
    refs = find_dates("Форум открылся в четверг, 26 октября 2023 года.")
    assert refs[0].text == "четверг, 26 октября 2023 года"


RELATIVE = [
    # text, published, expected value
    ("Сегодня министр подписал соглашение.", "2023-09-15", "2023-09-15"),
    ("Вчера министр подписал соглашение.", "2023-09-15", "2023-09-14"),
    ("Позавчера министр подписал соглашение.", "2023-09-15", "2023-09-13"),
    ("Завтра гости посетят центры.", "2023-09-15", "2023-09-16"),
    ("Совещание прошло накануне.", "2023-03-01", "2023-02-28"),
    ("Вчера прошла встреча.", "2024-03-01", "2024-02-29"),
    # 2023-09-15 is a Friday
    ("Соглашение подписали в четверг.", "2023-09-15", "2023-09-14"),
    ("Соглашение подписали в пятницу.", "2023-09-15", "2023-09-15"),
    ("Соглашение подписали в прошлую пятницу.", "2023-09-15", "2023-09-08"),
    ("Встреча пройдёт в следующий вторник.", "2023-09-15", "2023-09-19"),
    # partial publication date: day shifts only when unambiguous
    ("Сегодня министр подписал соглашение.", "--04-18", "--04-18"),
    ("Вчера министр подписал соглашение.", "--04-18", "--04-17"),
    ("Вчера министр подписал соглашение.", "--01-01", "--12-31"),
    ("Вчера министр подписал соглашение.", "--03-01", None),
    ("Завтра министр подпишет соглашение.", "--02-28", None),
    ("Соглашение подписали в четверг.", "--04-18", None),
    # no or year-only publication date
    ("Сегодня министр подписал соглашение.", None, None),
    ("Сегодня министр подписал соглашение.", "2023", None),
]


@pytest.mark.parametrize(("text", "published", "value"), RELATIVE)
def test_relative_resolution(text: str, published: str | None, value: str | None) -> None:
    refs = find_dates(text, published)
    assert len(refs) == 1
    assert refs[0].relative is True
    assert refs[0].value == value
    assert text[refs[0].start:refs[0].end] == refs[0].text


def test_nakanune_of_an_event_is_not_a_date() -> None:
    assert find_dates("Накануне Дня Победы ветеранам вручили подарки.", "2023-05-08") == []
    assert find_dates("Накануне встречи стороны обменялись письмами.", "2023-05-08") == []


def test_weeks_are_not_resolved() -> None:
    assert find_dates("На прошлой неделе прошла встреча.", "2023-09-15") == []


NEGATIVES = [
    "В Госсовете РТ 7 комитетов.",
    "Школа-интернат № 1 приняла гостей.",
    "Прибыли около 20 человек.",
    "Телефон: +7 843 222 0 999",
    "Начало в 12:30.",
    "420066, г. Казань, ул. Декабристов, д. 2",
    "IV форум собрал гостей.",
    "©2023 ИА «Татар-информ»",
    "Выделено 2500 рублей на 1500 семей.",
    "Версия 1.2.3 вышла.",
    "В 3000 году никто не знает.",
    "Заседание 45 мая не состоится.",
    "Счёт 31.02.2023 недействителен.",
    "",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_dates(text: str) -> None:
    assert find_dates(text, "2023-09-15") == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 .-–:,\nгодаапреляв сегодня2019")) |
               st.characters(), max_size=200),
       st.sampled_from([None, "2023-09-15", "--03-01", "--12-31", "2023", "мусор"]))
def test_never_raises_and_offsets_slice(text: str, published: str | None) -> None:
    for ref in find_dates(text, published):
        assert text[ref.start:ref.end] == ref.text
        assert ref.start < ref.end
    value, ref = find_published(text)
    if ref is not None:
        assert text[ref.start:ref.end] == ref.text
        assert ref.value == value


PUBLISHED = [
    ("Заголовок новости о соглашении\n28 ноября 2022 года\nВ Москве подписали соглашение "
     "о сотрудничестве в социальной сфере между регионами.", "2022-11-28"),
    ("Заголовок новости о соглашении\nПятница, 15 сентября 2023\nВ Москве подписали "
     "соглашение о сотрудничестве в социальной сфере между регионами.", "2023-09-15"),
    ("(Казань, 18 апреля, \"Татар-информ\"). Сегодня министры подписали соглашение о "
     "сотрудничестве в социальной сфере.", "--04-18"),
    ("МОСКВА, 3 марта 2021 — РИА. Министры подписали соглашение о сотрудничестве.",
     "2021-03-03"),
    # an abbreviated month in an agency flash
    ("ЧЕБОКСАРЫ, 5 апр — РИА Новости. Министры подписали соглашение о сотрудничестве.",
     "--04-05"),
    ("ОМСК, 12 сент. 2023 — ТАСС. Министры подписали соглашение о сотрудничестве.",
     "2023-09-12"),
    # a labelled date wins over a dateline
    ("Заголовок новости о соглашении\n14 сентября 2023\nМинистры подписали соглашение о "
     "сотрудничестве в социальной сфере.\nОпубликовано: 15.09.2023 12:30", "2023-09-15"),
    ("Министры подписали соглашение о сотрудничестве в социальной сфере.\n"
     "Дата публикации: 01.02.2024", "2024-02-01"),
    # an agency dateline without brackets, alone on its line (time allowed)
    ("Заголовок новости о соглашении\nТюмень, 22 августа 2023 года\nМинистры подписали "
     "соглашение о сотрудничестве в социальной сфере.", "2023-08-22"),
    ("Заголовок новости о соглашении\nРостов-на-Дону, 14 февраля 2024, 16:20\nМинистры "
     "подписали соглашение о сотрудничестве в социальной сфере.", "2024-02-14"),
    ("Заголовок новости о соглашении\nНижний Новгород, 3 мая\nМинистры подписали "
     "соглашение о сотрудничестве в социальной сфере.", "--05-03"),
    ("Заголовок новости о соглашении\nНовости | 02.11.2023, 14:00\nМинистры подписали "
     "соглашение о сотрудничестве в социальной сфере.", "2023-11-02"),
    # body dates, copyright and headline lists are not publication dates
    ("Заголовок новости о соглашении\nВстреча в Уфе, по итогам 3 мая\nМинистры подписали "
     "соглашение о сотрудничестве в социальной сфере.", None),
    ("Соглашение заключено в четверг, 26 октября, сообщает пресс-служба правительства.",
     None),
    ("©2023 ИА «Новости региона»\nМинистры подписали соглашение о сотрудничестве в "
     "социальной сфере и обсудили планы.", None),
    ("Министры подписали соглашение о сотрудничестве в социальной сфере и обсудили планы.\n"
     "Новости\n13 декабря 10:00\nВ городе открыли каток12 декабря 20:00\n"
     "Губернатор вручил награды12 декабря 17:00", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "value"), PUBLISHED)
def test_find_published(text: str, value: str | None) -> None:
    got, ref = find_published(text)
    assert got == value
    if ref is not None:
        assert text[ref.start:ref.end] == ref.text


CORPUS = "/work/main/corpus"
GOLD = "/work/shared/seeds/gold"


@pytest.mark.skipif(not os.path.isdir(GOLD), reason="gold not available")
@pytest.mark.parametrize("path", sorted(glob.glob(f"{CORPUS}/*.txt")))
def test_published_on_corpus(path: str) -> None:
    name = os.path.basename(path)[:-4]
    gold = json.load(open(f"{GOLD}/{name}.json", encoding="utf-8"))
    text = open(path, encoding="utf-8").read()
    assert find_published(text)[0] == gold["published"]


@pytest.mark.skipif(not os.path.isdir(GOLD), reason="gold not available")
@pytest.mark.parametrize("path", sorted(glob.glob(f"{CORPUS}/*.txt")))
def test_agreement_dates_found_on_corpus(path: str) -> None:
    """Every gold agreement date is among the dates found in the masked text."""
    from soccoop.extract.boilerplate import mask_boilerplate

    name = os.path.basename(path)[:-4]
    gold = json.load(open(f"{GOLD}/{name}.json", encoding="utf-8"))
    text = open(path, encoding="utf-8").read()
    published = find_published(text)[0]
    values = {r.value for r in find_dates(mask_boilerplate(text), published)}
    for agreement in gold["agreements"]:
        if agreement["date"]:
            assert agreement["date"] in values | {published}


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Соглашение подписали в прошлом году.", "2023-08-12", "2022"),
        ("Соглашение подписали в позапрошлом году.", "2023-08-12", "2021"),
        ("Соглашение подпишут в следующем году.", "--08-12", None),
        ("В этом году выплаты выросли.", "2024-01-10", "2024"),
    ],
)
def test_relative_year(text: str, published: str, value: str | None) -> None:
    refs = find_dates(text, published)
    assert [(r.value, r.relative) for r in refs] == [(value, True)]
