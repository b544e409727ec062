"""status65: status and agreement dates, in our own words.

Table-driven, with negatives: a stamp with a comma before its year or behind a breadcrumb's
arrow; a plan told in the past ("должны были подписать во вторник") points back, and a
signing so planned and then called off keeps no day; "Новая дата — 11 декабря" sets the day
of a signing put off; a year after "на" is a document's period, not its signing's; an
occasion's outcome told as a set of agreements dates the items after it; a plan as the aim
of a visit still to come takes the visit's day; a recalled agreement is dated by the next
sentence even when that one renames the document; a document of joining takes the day the
joining is told.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.published import stamp_line


# --- stamp lines
@pytest.mark.parametrize(("line", "expected"), [
    ("21 ноября, 2024 · 18:05 · Общество", "2024-11-21"),
    ("Новости › 18.09.2023", "2023-09-18"),
    ("Главная » Новости » 18.09.2023", "2023-09-18"),
    # negatives: a sentence with a comma before a year, a quoted name before a date, a
    # breadcrumb without a date
    ("Соглашение подписали 21 ноября, 2024 год стал для нас важным", None),
    ("Фонд «Тёплый дом» 18.09.2023", None),
    ("Новости › Все новости", None),
])
def test_stamp_lines(line: str, expected: str | None) -> None:
    found = stamp_line(line)
    assert (found.value if found else None) == expected


# --- a plan told in the past, called off or not
PAST_PLAN = ("Во вторник в администрации Ульяновска должны были подписать соглашение о "
             "сотрудничестве с АНО «Серебряный возраст». {then}")


@pytest.mark.slow
@pytest.mark.parametrize(("then", "expected"), [
    # called off, no new day: the plan keeps no date; the signing "в тот же день" is Tuesday's
    ("Однако за час до церемонии подписание отменили.\n\nПри этом в тот же день глава города "
     "Алексей Рябчиков подписал соглашение о сотрудничестве с Ульяновским региональным "
     "отделением Союза пенсионеров России.", [("planned", None), ("signed", "2024-05-28")]),
    ("Накануне церемонию перенесли, новая дата пока не назначена.", [("planned", None)]),
    # not called off: the day told is Tuesday gone by, not next Tuesday
    ("Документ предусматривает помещения для клубов.", [("planned", "2024-05-28")]),
])
def test_plan_told_in_the_past(models: Any, then: str, expected: list[Any]) -> None:
    assert probes.status_dates(models, PAST_PLAN.format(then=then), "2024-05-30") == expected


@pytest.mark.slow
def test_plan_in_the_present_points_ahead(models: Any) -> None:
    # a Monday page: "должны подписать во вторник" is tomorrow
    text = ("В администрации Ульяновска во вторник должны подписать соглашение о "
            "сотрудничестве с АНО «Серебряный возраст».")
    assert probes.status_dates(models, text, "2024-05-27") == [("planned", "2024-05-28")]


# --- the new day of a signing put off
PUT_OFF = ("Подписание соглашения о сотрудничестве между министерством труда Омской области и "
           "Омским государственным университетом, которое было запланировано на сегодня, "
           "переносится.\n\n{then} Причина — карантин.")


@pytest.mark.slow
@pytest.mark.parametrize(("then", "expected"), [
    ("Новая дата — 11 декабря.", "2024-12-11"),
    ("Новый срок подписания: 18 декабря.", "2024-12-18"),
    # negatives: no new day told, or a day told of something else
    ("", None),
    ("Занятия 11 декабря пройдут дистанционно.", None),
])
def test_new_day_named(models: Any, then: str, expected: str | None) -> None:
    found = probes.status_dates(models, PUT_OFF.format(then=then), "2024-12-04")
    assert found == [("planned", expected)]


# --- a year after "на" is a document's period
@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("Стороны договорились продлить действующее трёхстороннее соглашение между "
     "правительством Нижегородской области и объединением профсоюзов на 2025 год.", None),
    # negatives: a year the signing is planned in, a year a signing is put off to
    ("Правительство Нижегородской области и объединение профсоюзов планируют подписать "
     "соглашение в 2025 году.", "2025"),
    ("Подписание соглашения между правительством Нижегородской области и объединением "
     "профсоюзов перенесли на 2025 год.", "2025"),
])
def test_period_year(models: Any, text: str, expected: str | None) -> None:
    assert probes.status_dates(models, text, "2024-02-15") == [("planned", expected)]


# --- an occasion's outcome told as a set of agreements
FORUM = ("{day}в Челябинске прошел межрегиональный социальный форум.\n\nГлавным итогом форума "
         "стали соглашения, которые должны помочь решить кадровую проблему.\n\nПервым на "
         "сцене подписали соглашение о партнерстве между Правительством Челябинской области "
         "и ПАО «Магнитогорский металлургический комбинат».")


@pytest.mark.slow
@pytest.mark.parametrize(("day", "expected"), [
    ("Вчера ", "2024-05-22"),
    # no day told of the forum: the text dates nothing
    ("", None),
])
def test_outcome_set_dates_its_items(models: Any, day: str, expected: str | None) -> None:
    found = probes.status_dates(models, FORUM.format(day=day), "2024-05-23")
    assert found == [("signed", expected)]


# --- a plan as the aim of a visit still to come
@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("Делегация Ямало-Ненецкого автономного округа в среду прибудет в Тюмень. Главной "
     "целью визита станет подписание соглашения между Правительством ЯНАО и Правительством "
     "Тюменской области о сотрудничестве.", "2024-05-15"),
    # an occasion held today: the plan was made there, its signing has no day
    ("В понедельник в Тюмени прошла встреча делегаций. По итогам встречи правительство ЯНАО "
     "и правительство Тюменской области договорились подписать соглашение о сотрудничестве.",
     None),
])
def test_plan_on_the_visit_day(models: Any, text: str, expected: str | None) -> None:
    assert probes.status_dates(models, text, "2024-05-13") == [("planned", expected)]


# --- a recalled agreement dated by the next sentence, which renames the document
ANNIVERSARY = ("В Петрозаводске прошёл круглый стол, посвящённый пятилетию соглашения о "
               "сотрудничестве между Министерством социальной защиты Республики Карелия и "
               "общественной организацией «Родительский клуб». {next}")


@pytest.mark.slow
@pytest.mark.parametrize(("next_sentence", "expected"), [
    ("Документ стороны подписали в октябре 2019 года, он стал первым в республике "
     "соглашением органа власти с родителями.", "2019-10"),
    # another agreement named in the next sentence: its year is not this one's
    ("В октябре 2019 года министерство подписало соглашение с фондом «Вера».", None),
])
def test_recalled_agreement_renamed(models: Any, next_sentence: str,
                                    expected: str | None) -> None:
    found = probes.status_dates(models, ANNIVERSARY.format(next=next_sentence), "2024-10-16")
    assert found[0] == ("mentioned", expected)


# --- a document of joining takes the day the joining is told
JOINED = ("{lead} комплексный центр социального обслуживания Великолукского района {verb} к "
          "соглашению о сотрудничестве между комитетом по социальной защите Псковской "
          "области и министерством социальной защиты Тверской области.\n\nДополнительное "
          "соглашение о присоединении подписали председатель комитета Лариса Бурдина и "
          "директор центра Наталья Гаврилова.")


@pytest.mark.slow
@pytest.mark.parametrize(("lead", "verb", "expected"), [
    ("В пятницу, 7 ноября,", "присоединился", "2025-11-07"),
    # a joining still to come dates no signing told as done
    ("В пятницу, 14 ноября,", "присоединится", None),
])
def test_joined_day(models: Any, lead: str, verb: str, expected: str | None) -> None:
    found = probes.status_dates(models, JOINED.format(lead=lead, verb=verb), "2025-11-12")
    # the addendum's record is the last; the joining's own sentence may give one before it
    assert found[-1] == ("signed", expected)


# --- the year of the document an agreement extends, told in that document's own clause
EXTENDS = ("Вчера правительство Омской области и отделение Социального фонда подписали новое "
           "соглашение о взаимодействии.\n\nНовое соглашение фактически продлевает и "
           "расширяет действие документа, {clause}")


@pytest.mark.slow
@pytest.mark.parametrize(("clause", "expected"), [
    ("который был заключен между правительством Омской области и отделением Пенсионного "
     "фонда еще в 2015 году.", "2015"),
    ("заключенного между правительством Омской области и отделением Пенсионного фонда в "
     "2016 году.", "2016"),
])
def test_extended_document_year(models: Any, clause: str, expected: str) -> None:
    found = probes.status_dates(models, EXTENDS.format(clause=clause), "2023-07-18")
    assert ("mentioned", expected) in found


@pytest.mark.slow
def test_extended_document_year_not_from_other_clauses(models: Any) -> None:
    # a year of another event in the sentence is not the extended document's
    text = EXTENDS.format(clause="по которому с 2019 года семьи получают доплаты от "
                                 "правительства Омской области и отделения Пенсионного фонда.")
    found = probes.status_dates(models, text, "2023-07-18")
    assert ("mentioned", "2019") not in found
