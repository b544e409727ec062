"""date76: agreement dates and status over an agreement's life: a publication line with a
views counter in thousands, a headline's signing left to the lead's day, a later sentence's
day of an older agreement, an addendum apart from the agreement it adds to (and an accession
told where the joining is), the base's "от" day, a quoted "сегодня", a plan's day after
"что", an anniversary of a signing, a put-off signing's first day. In our own words.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.boilerplate import mask_boilerplate
from soccoop.extract.dates import date_line, stamp_line
from soccoop.extract.merge_rules import MERGE_PASSES

# --- a publication line with a views counter written in thousands ------------------------


@pytest.mark.parametrize(("line", "expected"), [
    ("Опубликовано: 03.10.2024  •  Просмотров: 2 517", "2024-10-03"),
    ("03.10.2024 | Просмотров: 12 345 678", "2024-10-03"),
    ("03.10.2024 | Просмотров: 2517", "2024-10-03"),
    # a group of two digits is no thousands group: the line is not a stamp
    ("03.10.2024 | Просмотров: 25 17", None),
    # a count of something else after the date: not a stamp
    ("03.10.2024 | Участников: 2 517", None),
])
def test_counter_in_thousands(line: str, expected: str | None) -> None:
    assert probes.day_read(stamp_line, line) == expected
    if " 517" in line or "345" in line:
        assert date_line(line) is None  # elsewhere the line keeps its former reading


def test_stamp_zone_keeps_no_menu_row() -> None:
    # a menu row over the headline over such a stamp stays masked; the headline is kept
    page = ("Главная / Новости / Общество\n\n"
            "Курский колледж и центр занятости договорились о стажировках\n\n"
            "03.10.2024, 10:15  |  Просмотров: 2 517\n\n"
            "Центр занятости населения города Курска и Курский колледж сервиса подписали "
            "соглашение о стажировках выпускников колледжа на предприятиях города.\n")
    masked = mask_boilerplate(page)
    assert "Курский колледж и центр занятости договорились" in masked
    assert "Главная / Новости" not in masked


HEADED = ("ВЕСТИ ЗАРЕЧЬЯ  |  Новости района\nГлавное  Район  Общество  Спорт\n\nОбщество\n\n"
          "2 октября в Курске подписано соглашение о трудоустройстве выпускников\n\n"
          "Опубликовано: 03.10.2024  •  Просмотров: 2 517\n\n"
          "Центр занятости населения города Курска и Курский колледж сервиса договорились "
          "помогать выпускникам колледжа с поиском первой работы.\n\n"
          "Соглашение предусматривает ярмарки вакансий и стажировки на предприятиях города.\n")


def test_headline_over_counter_line_dates_the_signing(models: Any) -> None:
    found = probes.status_dates(models, HEADED, "2024-10-03")
    assert ("signed", "2024-10-02") in found, found


# --- an undated signing: the walk over the next sentences ---------------------------------

LEAD = ("Центр занятости и колледж подписали соглашение о практике\n\n"
        "Во вторник, 12 марта, директор Центра занятости населения города Курска Ирина "
        "Павлова и директор Курского колледжа сервиса Олег Смирнов подписали соглашение о "
        "сотрудничестве в сфере производственной практики.\n\n{after}\n")


@pytest.mark.parametrize("after", [
    # a day further on is the intention's, not the signing's
    "О намерении заключить такое соглашение Ирина Павлова впервые объявила на совещании "
    "5 февраля.",
    # a day of an older agreement told next
    "Первое соглашение центр и колледж заключили 4 февраля 2019 года.",
])
def test_headline_left_to_the_lead(models: Any, after: str) -> None:
    found = probes.status_dates(models, LEAD.format(after=after), "2024-03-13")
    signed = [d for st, d in found if st == "signed"]
    assert signed == ["2024-03-12"], found


@pytest.mark.parametrize("after", [
    # no agreement noun of its own in the next sentence: it dates the signing as before
    "Церемония прошла 12 марта в здании колледжа.",
    # an agreement noun under no signing done ("помешала заключить"): read on to the day
    "Даже болезнь директора не помешала сторонам заключить соглашение вовремя. Документ "
    "подписан 12 марта в здании колледжа.",
])
def test_walk_still_reads_a_day_told_next(models: Any, after: str) -> None:
    text = ("Центр занятости населения города Курска и Курский колледж сервиса подписали "
            "соглашение о сотрудничестве в сфере производственной практики.\n\n"
            f"{after}\n")
    assert ("signed", "2024-03-12") in probes.status_dates(models, text, "2024-03-14")


# --- an addendum apart from the agreement it adds to; an accession told by the joining -------

ACCESSION = ("В прошлую среду Отделение Социального фонда России по Курской области "
             "присоединилось к соглашению о совместной реабилитации, которое с 2020 года "
             "действовало между Министерством социального обеспечения Курской области и "
             "Курским государственным университетом. С этой целью три стороны подписали "
             "дополнительное соглашение о присоединении.\n\n"
             "Под дополнительным соглашением расписались министр социального обеспечения "
             "Курской области Анна Петрова, ректор университета Олег Смирнов и управляющий "
             "отделением Иван Сидоров.\n\n"
             "Основное соглашение министерства и университета было подписано 9 мая 2020 "
             "года.\n")


def test_accession_apart_from_the_base(models: Any) -> None:
    found = probes.status_dates(models, ACCESSION, "2024-11-19")
    # the accession first (told where the joining is), then the agreement joined
    assert found == [("signed", "2024-11-13"), ("mentioned", "2020-05-09")], found


def test_addendum_base_and_plan(models: Any) -> None:
    text = ("Вчера подписано дополнительное соглашение к региональному соглашению между "
            "Правительством Курской области, Федерацией профсоюзов Курской области и "
            "Союзом работодателей Курской области на 2024–2026 годы. Оно сохраняет силу "
            "соглашения ещё на год.\n\n"
            "Как рассказали в комиссии, вместо нового документа стороны договорились продлить "
            "прежний и одновременно разработать соглашение другого формата.\n")
    found = [st for st, _ in probes.status_dates(models, text, "2024-12-06")]
    assert found == ["signed", "mentioned", "planned"], found


@pytest.mark.parametrize("text", [
    # the base is the agreement signed just before: the joining joins it
    "Министерство социального обеспечения Курской области и Курский государственный "
    "университет подписали соглашение о сотрудничестве. К соглашению присоединился и "
    "Курский колледж сервиса.",
    # an addendum of no base told: one record
    "Министерство социального обеспечения Курской области и Курский государственный "
    "университет подписали дополнительное соглашение о продлении сотрудничества.",
])
def test_no_base_apart(models: Any, text: str) -> None:
    found = probes.status_dates(models, text, "2024-12-06")
    assert [st for st, _ in found] == ["signed"], found


# --- the base's "от" day, when the parse hangs it on the addendum ------------------------


def test_from_day_of_the_base(models: Any) -> None:
    text = ("Вчера в Курске состоялось подписание дополнительного соглашения № 2 к соглашению "
            "о сотрудничестве в сфере занятости от 14 марта 2019 года между министерством "
            "социального обеспечения Курской области и Курским государственным "
            "университетом.\n")
    found = probes.status_dates(models, text, "2024-07-26")
    assert ("mentioned", "2019-03-14") in found, found
    assert ("signed", "2024-07-25") in found, found


# --- a quoted "сегодня" is no day "в тот же день" goes back to -----------------------------


def test_same_day_past_a_quoted_today(models: Any) -> None:
    text = ("В прошлый четверг Курский государственный университет и Министерство "
            "социального обеспечения Курской области подписали соглашение о подготовке "
            "кадров.\n\n«Нехватка социальных работников сегодня достигает двухсот человек», "
            "— отметила министр.\n\nВ тот же день университет заключил ещё одно соглашение — "
            "с Курской областной организацией Всероссийского общества инвалидов.\n")
    found = probes.status_dates(models, text, "2025-04-21")
    assert found == [("signed", "2025-04-17"), ("signed", "2025-04-17")], found


# --- a plan's day after "что": not the day it was told ------------------------------------


def test_plan_day_inside_that_clause(models: Any) -> None:
    text = ("Министр социального обеспечения Курской области Анна Петрова на встрече с "
            "ветеранами 14 ноября подтвердила, что новое соглашение с Курским областным "
            "советом ветеранов будет подписано в декабре.\n")
    found = probes.status_dates(models, text, "2024-11-20")
    assert found == [("planned", "2024-12")], found


def test_plan_day_of_the_clause_kept(models: Any) -> None:
    # the day inside the clause stays the plan's
    text = ("Министр социального обеспечения Курской области Анна Петрова сообщила, что "
            "соглашение с Курским областным советом ветеранов будет подписано 5 декабря.\n")
    found = probes.status_dates(models, text, "2024-11-20")
    assert found == [("planned", "2024-12-05")], found


# --- an anniversary of a signing -------------------------------------------------------


@pytest.mark.parametrize(("sentence", "expected"), [
    ("В мае исполнилось пять лет с того дня, когда Курский колледж сервиса и Министерство "
     "социального обеспечения Курской области подписали соглашение о сотрудничестве.",
     ("mentioned", "2018-05")),
    ("Прошло 10 лет с того момента, как Курский колледж сервиса и Министерство социального "
     "обеспечения Курской области заключили соглашение о сотрудничестве.",
     ("mentioned", "2013")),
])
def test_anniversary_of_signing(models: Any, sentence: str, expected: tuple[str, str]) -> None:
    assert probes.status_dates(models, sentence, "2023-06-02") == [expected]


def test_signing_day_itself_no_anniversary(models: Any) -> None:
    # "с того дня" names no span of years: the signing of this week stays signed
    text = ("С того дня, когда Курский колледж сервиса и Министерство социального обеспечения "
            "Курской области подписали соглашение о сотрудничестве, прошла неделя.")
    assert [st for st, _ in probes.status_dates(models, text, "2023-06-02")] == ["signed"]


# --- a signing put off with no new time: the day first set is gone -----------------------


def test_put_off_signing_loses_the_day_first_set(models: Any) -> None:
    text = ("Церемонию подписания соглашения о сотрудничестве между министерствами "
            "социальной защиты Курской и Белгородской областей, которую собирались провести "
            "сегодня на форуме «Социальное Черноземье» в Курске, перенесли. По сведениям "
            "пресс-службы, стороны подпишут документ 3 июля в Белгороде.\n")
    found = probes.status_dates(models, text, "2024-06-10")
    assert found == [("planned", "2024-07-03")], found


def test_put_off_to_a_time_keeps_it(models: Any) -> None:
    text = ("Подписание соглашения о сотрудничестве между Министерством социального "
            "обеспечения Курской области и Министерством труда Белгородской области "
            "перенесено на 3 июля.\n")
    found = probes.status_dates(models, text, "2024-06-10")
    assert found == [("planned", "2024-07-03")], found


def test_addendum_pass_in_table() -> None:
    names = [rule.__name__ for rule in MERGE_PASSES]
    assert names.index("distinct_mention") < names.index("addendum_beside_base") < \
        names.index("no_common_side")


def test_docstrings_quote_no_dev_text() -> None:
    probes.check_docstrings_invented(
        candidate_dates=(
            "ends_signing_walk", "signing_done", "from_date_of", "clause_mark",
            "anniversary_signing_date", "_count_of", "put_off_from_time_set",
        ),
        merge_rules=("addendum_beside_base", "_addendum", "_base_told", "joined_base"),
        merge=("_accession_told_by_joining",),
        dates=("_speaker_now", "_day_before", "stamp_line"),
    )
