"""date72: the month a signing is put off or scheduled to ("перенесено на май", "отложено до
сентября"), a headline opened by the story's day ("12 марта: ..."), and two publication
dates (the year of a dateline's day from a header row beside a widget; a stamp with the
outlet's name in quotes after it). In our own words.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.agreement_dates import DATE_PASSES
from soccoop.extract.dates import find_dates
from soccoop.extract.published import find_published, stamp_line, widget_row_day

# --- "на май": a schedule's month, read by the date reader and anchored ahead ---------------


@pytest.mark.parametrize(("text", "expected"), [
    # the decision is past, the month it sets lies ahead
    ("Подписание перенесено на май.", [("май", "2025-05", "--05")]),
    ("Встреча намечена на январь.", [("январь", "2026-01", "--01")]),
    ("Приём граждан назначен на конец ноября.", [("конец ноября", "2025-11", "--11")]),
])
def test_month_on_is_a_date_ahead(text: str, expected: list[Any]) -> None:
    got = [(d.text, d.value, d.stated) for d in find_dates(text, "2025-04-20")]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a year stated: the month-and-year form reads it
    ("Подписание перенесено на май 2026 года.", [("май 2026 года", "2026-05", None)]),
    # a day: the day form reads it, anchored by its verb's tense as before
    ("Подписание перенесли на 5 мая.", [("5 мая", "2024-05-05", "--05-05")]),
    # "в мае" told in the past is the May before
    ("В мае министры подписали соглашение.", [("мае", "2024-05", "--05")]),
    # no month: an adjective from its name, "до" (a term's end)
    ("Отдых на майские праздники.", []),
    ("Ремонт продлится до сентября.", []),
])
def test_month_on_leaves_other_forms(text: str, expected: list[Any]) -> None:
    got = [(d.text, d.value, d.stated) for d in find_dates(text, "2024-06-10")]
    assert got == expected


# --- a planned signing put off to a month ---------------------------------------------------

PLAN = ("Подписание соглашения о совместной работе между Управлением социальной защиты населения "
        "города Вельска и Вельским центром занятости населения, которое было назначено на 15 "
        "марта, {verb}.")


@pytest.mark.parametrize(("verb", "expected"), [
    ("перенесено на май", "2025-05"),
    ("отложено до сентября", "2025-09"),
    # put off with no new time: the day first set does not date it
    ("перенесено на неопределённый срок", None),
])
def test_put_off_in_own_sentence(models: Any, verb: str, expected: str | None) -> None:
    found = probes.status_dates(models, PLAN.format(verb=verb), "2025-03-14")
    assert ("planned", expected) in found, found


DRAFT = ("Специалисты министерства социального развития Курской области и Курского "
         "государственного университета закончили подготовку проекта соглашения о "
         "подготовке социальных работников. ")


@pytest.mark.parametrize(("after", "expected"), [
    # the next sentence puts the signing off by a pronoun ("его подписание")
    ("По словам сторон, проект согласован, однако его подписание, которое хотели приурочить "
     "к форуму, перенесено на октябрь.", "2025-10"),
    ("Его подписание отложено до декабря.", "2025-12"),
    # the signing is not put off ("не"): no month read
    ("Его подписание не перенесено, дату объявят позже.", None),
])
def test_put_off_next_sentence(models: Any, after: str, expected: str | None) -> None:
    found = probes.status_dates(models, DRAFT + after, "2025-06-05")
    assert ("planned", expected) in found, found


# --- a headline opened by the story's day -----------------------------------------------------

HEADLINE_PAGE = ("ВЕСТИ ПРИОКСКОГО РАЙОНА\n\nОбщество | 13.03.2025\n\n{head}\n\n"
                 "Комплексный центр социального обслуживания населения Приокского района и "
                 "Ново-Никольская епархия Русской Православной Церкви {lead}\n\n"
                 "Центр и епархия займутся помощью одиноким старикам.")


@pytest.mark.parametrize(("head", "lead", "expected"), [
    ("12 марта: центр и епархия объединили усилия",
     "подписали соглашение о сотрудничестве.", "2025-03-12"),
    # (a dash after the day: main dated this one too; kept as a guard)
    ("11 марта — центр и епархия договорились о помощи пожилым",
     "подписали соглашение о сотрудничестве.", "2025-03-11"),
    # the lead states its own day: kept
    ("12 марта: центр и епархия объединили усилия",
     "10 марта заключили соглашение о совместной работе.", "2025-03-10"),
    # no day opening the headline: the page's day only stands in (no day from the text)
    ("Центр и епархия объединили усилия", "подписали соглашение о сотрудничестве.", None),
    # a day inside the headline, not opening it, and no mark after it: no story's day
    ("Центр и епархия 12 марта объединили усилия",
     "подписали соглашение о сотрудничестве.", None),
])
def test_headline_day(models: Any, head: str, lead: str, expected: str | None) -> None:
    text = HEADLINE_PAGE.format(head=head, lead=lead)
    found = [(a.status, probes.text_date(a)) for a in probes.agreements_of(models, text)]
    assert ("signed", expected) in found, found


def test_headline_day_runs_before_the_stand_in() -> None:
    names = [p.name for p in DATE_PASSES]
    assert names.index("headline_takes_lead_day") < names.index("headline_day") < \
        names.index("published_day")


# --- publication: a dateline's year from a header row beside a widget ------------------------

DATELINE_PAGE = ("СЕВЕР-ИНФОРМ — новости Республики Коми\n{row}\n\n"
                 "Новости | Общество\n\n"
                 "Ухтинских соцработников научат работать с пожилыми\n\n"
                 "УХТА, {day}. /Север-Информ/. Министерство труда республики и Ухтинский "
                 "техникум подписали соглашение о переподготовке кадров.")


@pytest.mark.parametrize(("row", "day", "expected"), [
    ("Ухта  −21°C   |   USD 101,20   EUR 110,40   |   14.12.2024, 09:40", "14 декабря",
     "2024-12-14"),
    ("Ухта −21°   14.12.2024", "14 декабря", "2024-12-14"),
    # the row's day is another: its year is not lent (it may be the crawl day)
    ("Ухта  −21°C   |   USD 101,20   EUR 110,40   |   15.12.2024, 09:40", "14 декабря",
     "--12-14"),
])
def test_dateline_year_from_widget_row(row: str, day: str, expected: str) -> None:
    assert find_published(DATELINE_PAGE.format(row=row, day=day))[0] == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Ухта  −21°C   |   USD 101,20   EUR 110,40   |   14.12.2024, 09:40", "2024-12-14"),
    # a sentence of the same length is prose, not a header row
    ("В Ухте −21°C: синоптики обещают мороз до выходных, 14.12.2024. Одевайтесь теплее.",
     None),
    # no widget
    ("Главная   |   Новости   |   Общество   |   14.12.2024, 09:40   |   Контакты", None),
])
def test_widget_row_day(line: str, expected: str | None) -> None:
    assert probes.day_read(widget_row_day, line) == expected


# --- publication: a stamp with the outlet's name in quotes after it ---------------------------


@pytest.mark.parametrize(("line", "expected"), [
    ("18 ноября 2024, 16:40 — «Вести Приангарья. Экономика»", "2024-11-18"),
    ("18.11.2024 | «Приангарье сегодня»", "2024-11-18"),
    # words of a headline after the quotes: no stamp
    ("18 ноября 2024 — «Приангарье» подвело итоги года", None),
    # the quoted name with no separator before it
    ("18 ноября 2024 «Приангарье»", None),
])
def test_stamp_with_quoted_outlet(line: str, expected: str | None) -> None:
    assert probes.day_read(stamp_line, line) == expected


def test_quoted_outlet_stamp_dates_a_page() -> None:
    text = ("Иркутск и профсоюз помогут семьям вахтовиков\n\n"
            "18 ноября 2024, 16:40 — «Вести Приангарья. Экономика»\n\n"
            "Министерство социального развития Иркутской области и областная организация "
            "профсоюза подписали соглашение о социальном партнёрстве.")
    assert find_published(text)[0] == "2024-11-18"


# --- a reminder of an earlier agreement does not date the signing just reported --------------

ADDENDUM = ("Министерство социального развития Пензенской области и Пензенское отделение "
            "Российского Красного Креста подписали дополнительное соглашение к договору о "
            "партнёрстве.\n\n")


@pytest.mark.parametrize(("after", "expected"), [
    # a reminder retells the earlier signing: its month is not the addendum's
    ("Напомним, соглашение о сотрудничестве стороны заключили в марте 2019 года.", None),
    # the document just reported, dated in the next sentence: its day
    ("Документ подписан 3 марта в Пензе.", "2025-03-03"),
])
def test_reminder_does_not_date_the_news(models: Any, after: str, expected: str | None) -> None:
    found = probes.status_dates(models, ADDENDUM + after, "2025-03-04")
    assert ("signed", expected) in found, found


# --- a signing put off is no event that dates a signing told before it ----------------------


@pytest.mark.parametrize(("sentence", "expected"), [
    ("ПОДПИСАНИЕ ПЕРЕНЕСЛИ НА АПРЕЛЬ", None),
    ("Подписание соглашения отложено до мая.", None),
    # a signing held: its day
    ("Подписание состоялось 12 марта.", "--03-12"),
])
def test_event_date_not_of_a_put_off(models: Any, sentence: str, expected: str | None) -> None:
    from soccoop.extract.agreement_types import _DateIndex
    from soccoop.extract.candidate_dates import _event_date
    from soccoop.extract.dates import stated_view

    sent = probes.first_sentence(models, sentence)
    dates = _DateIndex(stated_view(find_dates(sentence, "2025-03-20")))
    assert _event_date(sent, dates, any_precision=True) == expected
