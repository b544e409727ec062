"""Publication and agreement dates: section names beside stamps, print issues, signing days.

Every probe is written here in its own words (other regions, sections, newspapers and
layouts than the development texts): a stamp whose section name stands apart from the date
by spaces only (one word: a caption names more), after it at the end of the line, joined
by "и" after a bar, or is a source's quoted name; a print page's issue line with grouped
digits, a wide gap and a running header's page number; a release title with an adjective;
a dateline whose year ends in "г."; a headline opened by the page's date; relative dates
told as a part of a week, a span back from the publication day or a part of a year; a
signing's date against the date of another event named in a clause of the same sentence.
Negatives: captions and headline lists, legal acts' numbers, vague counts, stated years.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.dates import find_dates
from soccoop.extract.published import find_published, issue_line, stamp_line

MENU = "Главная | Новости | Власть | Общество | Спорт"
HEAD = "Тамбовская и Липецкая области договорились о помощи семьям с детьми-инвалидами"
BODY = ("Управление социальной защиты населения Тамбовской области и управление социальной "
        "политики Липецкой области подписали соглашение о сотрудничестве в сфере реабилитации.")
MORE = ("Специалисты двух регионов проведут совместные выездные консультации и обменяются "
        "методиками ранней помощи, первые из них пройдут в Мичуринске.")

STAMPS = [
    # a section name and spaces only before the date, in any case
    ("Семья   03.02.2026 09:10", "2026-02-03"),
    ("Здравоохранение 3 февраля 2026", "2026-02-03"),
    ("СОЦИУМ 3 ФЕВРАЛЯ 2026, 09:10", "2026-02-03"),
    # a section of two nouns joined by a conjunction, after a bar or before it
    ("2026-02-03 09:10 | Власть и общество", "2026-02-03"),
    ("Наука & техника · 03.02.2026", "2026-02-03"),
    # a section last on the line after spaces or a dash
    ("03.02.2026 09:10    Регион", "2026-02-03"),
    ("3 февраля 2026, 09:10 — Новости", "2026-02-03"),
    # a broadcaster's or agency's quoted name
    ("ТРК «Липецк» | 3 февраля 2026", "2026-02-03"),
    ("3 февраля 2026 | ИА «Тамбов-информ»", "2026-02-03"),
    # the section told with its preposition after the time
    ("Размещено 03.02.2026 в 09:10 в рубрике «Соцзащита»", "2026-02-03"),
    # negatives: a short headline after the date, three words before it, a relative day
    ("03.02.2026 В Липецке открыли каток", None),
    ("Открыли новый каток   03.02.2026", None),
    # a photo caption's shape: two or more words and spaces before the date, or after it
    ("Хор ветеранов  3 февраля 2026 года", None),
    ("Губернатор и министр 3 февраля 2026 года", None),
    ("3 февраля 2026 года Хор ветеранов", None),
    ("Вчера в 09:10 · Общество", None),
    ("Обновлено 03.02.2026 · Власть и общество", None),
]


@pytest.mark.parametrize(("line", "expected"), STAMPS)
def test_stamp_lines_in_more_forms(line: str, expected: str | None) -> None:
    ref = stamp_line(line)
    assert (ref.value if ref else None) == expected
    if ref is not None:
        assert ref.value is not None and line[ref.start:ref.end] == ref.text


PAGES = [
    # a stamp with its section after a wide gap above the headline, under a menu
    (f"{MENU}\n\nЗдоровье    17.09.2025 08:30\n\n{HEAD}\n\n{BODY}\n\n{MORE}", "2025-09-17"),
    # ISO date, a time and a section of three words after a bar
    (f"2025-09-17 08:30 | Труд и занятость\n\n{HEAD}\n\n{BODY}\n{MORE}", "2025-09-17"),
    # a release titled with an adjective before the noun
    (f"Официальное сообщение от 17.09.2025\n{HEAD}\n{BODY}\n{MORE}", "2025-09-17"),
    # an agency's dateline with "г." after the year, then the first sentence
    (f"{HEAD}\nЛИПЕЦК, 17 сентября 2025 г. {BODY}\n{MORE}", "2025-09-17"),
    # a dateline closed by a slash and the agency's name
    (f"{HEAD}\nТамбов, 17.09.2025 / РИА «Тамбов» / {BODY}\n{MORE}", "2025-09-17"),
    # a headline opened by the page's date, the body right under it
    (f"17.09.2025. {HEAD}\n{BODY}\n{MORE}", "2025-09-17"),
    (f"17 сентября 2025 года — {HEAD}\n\n{BODY}\n{MORE}", "2025-09-17"),
    # negatives: two dated headlines on top (a list), a dated sentence opening the body
    (f"17.09.2025. {HEAD}\n16.09.2025. Открыли бассейн в Мичуринске\n{BODY}\n{MORE}", None),
    (f"17.09.2025 в Тамбове прошло совещание министров социальной защиты двух областей.\n"
     f"{BODY}", None),
    # negatives: a caption between paragraphs with a single space, a related list on top
    (f"{HEAD}\n{BODY}\nВыставка работ 17 сентября 2025 года\n{MORE}", None),
    (f"Читайте также\n15.09.2025 Открыли бассейн\n16.09.2025 Новый маршрут\n{HEAD}\n{BODY}",
     None),
]


@pytest.mark.parametrize(("text", "expected"), PAGES)
def test_publication_date_of_pages(text: str, expected: str | None) -> None:
    value, ref = find_published(text)
    assert value == expected
    if ref is not None:
        assert text[ref.start:ref.end] == ref.text


ISSUES = [
    # a print page: grouped digits in the running number, a wide gap, a weekday
    ("№ 47 (12 305)          среда, 17 сентября 2025 г.", "2025-09-17"),
    # a running header: masthead, number, date and the page number after wide gaps
    ("ЗНАМЯ ТРУДА      № 47 (12 305)      17 сентября 2025 г.      стр. 2", "2025-09-17"),
    ("Вестник района    № 9    17.09.2025    Страница 5", "2025-09-17"),
    # negatives: a legal act's number in a header row, a page header without an issue
    ("ПРИКАЗ      № 212      17 сентября 2025 г.", None),
    ("ЗНАМЯ ТРУДА      стр. 3", None),
]


@pytest.mark.parametrize(("line", "expected"), ISSUES)
def test_print_page_issue_lines(line: str, expected: str | None) -> None:
    ref = issue_line(line)
    assert (ref.value if ref else None) == expected


def test_print_page_dates_the_page_under_its_header() -> None:
    """The masthead and the page header above the issue line are masked; the raw issue line
    still dates the page."""
    page = ("ЗНАМЯ ТРУДА                                   стр. 2\n"
            "Общественно-политическая газета Мичуринского района\n"
            "№ 47 (12 305)                     среда, 17 сентября 2025 г.\n\n"
            f"{HEAD}\n\n{BODY}\n{MORE}\n")
    assert find_published(page)[0] == "2025-09-17"


PUB = "2025-09-17"  # a Wednesday

RELATIVE = [
    # a part of a week is told as its week: the month all its days share
    ("в конце прошлой недели подписали", "2025-09"),
    ("в начале этой недели подписали", "2025-09"),
    ("в середине прошлой недели подписали", "2025-09"),
    # a span back from the publication day
    ("пять дней назад подписали", "2025-09-12"),
    ("неделю назад подписали", "2025-09-10"),
    ("3 недели назад подписали", "2025-08-27"),
    ("полтора месяца назад подписали", None),
    ("месяц назад подписали", "2025-08"),
    ("два года назад подписали", "2023"),
    ("несколько дней назад подписали", None),
    # a part of the year: the publication year, or the one the tense points to
    ("в первом полугодии подписали", "2025"),
    ("в четвёртом квартале подписали", "2024"),
    ("в начале года подписали", "2025"),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE)
def test_relative_dates_against_the_publication_day(text: str, expected: str | None) -> None:
    refs = find_dates(text, PUB)
    assert len(refs) == 1
    assert refs[0].relative and refs[0].value == expected
    assert refs[0].start == 0 and text[refs[0].start:refs[0].end] == refs[0].text


def test_year_parts_follow_the_tense() -> None:
    """A plan for a part already over is of the next year; a report of a part of this year
    already under way is of this year."""
    def future(start: int, end: int) -> str:
        return "future"

    refs = find_dates("подпишут во втором квартале", "2025-11-20", tense=future)
    assert [r.value for r in refs] == ["2026"]
    refs = find_dates("подпишут в четвёртом квартале", "2025-11-20", tense=future)
    assert [r.value for r in refs] == ["2025"]


@pytest.mark.parametrize("text", [
    "в первом квартале 2026 года подпишут",  # a stated year
    "во втором полугодии следующего года подпишут",  # a relative year
    "в конце прошлого года подписали",
])
def test_year_parts_with_their_year_are_read_by_the_year(text: str) -> None:
    refs = find_dates(text, PUB)
    assert len(refs) == 1
    assert "квартал" not in refs[0].text and "полугоди" not in refs[0].text
    assert "конце" not in refs[0].text


def test_no_publication_day_no_value() -> None:
    """Without a publication date a span back or a part of a year stays unresolved."""
    for text in ("три дня назад подписали", "в первом квартале подписали",
                 "в конце прошлой недели подписали"):
        refs = find_dates(text)
        assert len(refs) == 1 and refs[0].relative and refs[0].value is None



STAMP = "17.09.2025 08:30"
SIDES = ("управление социальной защиты населения Тамбовской области и управление социальной "
         "политики Липецкой области")
ANOTHER_EVENT = [
    # the date of a participle clause of another noun under the signing verb is that event's
    (f"В рамках выставки, открывшейся 9 сентября, 15 сентября {SIDES} подписали соглашение "
     "о сотрудничестве.", "2025-09-15"),
    (f"{SIDES[0].upper()}{SIDES[1:]} подписали соглашение о сотрудничестве 16 сентября на "
     "семинаре, посвящённом итогам работы за 2024 год.", "2025-09-16"),
    # a date the signing verb takes directly comes before an occasion's in a noun's clause
    ("Губернаторы, встретившиеся 10 сентября в Мичуринске, в понедельник подписали "
     "соглашение о сотрудничестве.", "2025-09-15"),
]

NOT_THE_SIGNING = [
    # a clause of the agreement itself about another act on it: no signing date at all
    f"{SIDES[0].upper()}{SIDES[1:]} подписали соглашение о сотрудничестве, проект которого "
    "обсуждали 2 сентября.",
    f"{SIDES[0].upper()}{SIDES[1:]} подписали соглашение о сотрудничестве, подготовленное в "
    "августе.",
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), ANOTHER_EVENT)
def test_signing_date_not_another_events(models: Any, sentence: str,
                                         expected: str) -> None:
    text = f"{STAMP}\n\n{HEAD}\n\n{sentence}\n"
    assert probes.status_dates(models, text) == [("signed", expected)]


@pytest.mark.slow
@pytest.mark.parametrize("sentence", NOT_THE_SIGNING)
def test_another_act_on_the_agreement_dates_no_signing(models: Any, sentence: str) -> None:
    text = f"{STAMP}\n\n{HEAD}\n\n{sentence}\n"
    assert probes.status_dates(models, text) == [("signed", None)]


@pytest.mark.slow
def test_occasion_that_took_place_dates_the_signing(models: Any) -> None:
    """A clause saying the occasion took place on a day is no other event: the signing held
    there is of that day."""
    text = (f"{STAMP}\n\n{HEAD}\n\nНа семинаре, который прошёл 12 сентября, {SIDES} "
            "подписали соглашение о сотрудничестве.\n")
    assert probes.status_dates(models, text) == [("signed", "2025-09-12")]


CLI_PAGE = (
    f"{MENU}\n\nСоцполитика   17.09.2025 08:30\n\n{HEAD}\n\n"
    f"Пять дней назад {SIDES} подписали соглашение о сотрудничестве в сфере реабилитации.\n\n"
    f"{MORE}\n")


@pytest.mark.slow
def test_cli_stamp_with_spaced_section_dates_a_span_back(listed_rows: Any) -> None:
    """From the CLI: the stamp dates the page, and "пять дней назад" resolves against it."""
    rows = listed_rows({"tambov.txt": CLI_PAGE}, "--format", "jsonl", "--limit", "0")
    assert len(rows) == 1
    assert rows[0]["published"] == "2025-09-17"
    assert [(a["status"], a["date"]) for a in rows[0]["agreements"]] == [
        ("signed", "2025-09-12")]
