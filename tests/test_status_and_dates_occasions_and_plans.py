"""Status and dates of round 16 of issue 9 (status48), probed in our own words.

Status: an agreement noun that is itself the predicate of a future copula ("это будет уже
второе соглашение") is to come; a tally of more agreements than the report tells joins none
of them; a signing told as earlier than the news ("Ранее, 3 февраля, ...") stays referred
to; signatures that "appeared" under an agreement sign it; a plan after a memorandum that
names a region of its own is not the memorandum's next step. Dates: the last day of an occasion
("в заключительный день форума"); a day of a part of the occasion is not the occasion's, a
signing "на полях форума" held over a range of days is dated by its month; ordinal items
after a ceremony of signings take its day; "в тот же день" after "во второй день форума",
past a quotation; a plan dated by a month takes the day its signing is scheduled for; an
agreement concluded in a year told by the next sentence ("Документ, заключённый в 2021
году"). Negatives beside each.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import probes
import pytest

from soccoop.extract.dates import _sentences_between, find_dates, range_month
from soccoop.extract.merge_rules import tally_beyond_told
from soccoop.models import DateRef


def _by_side(models: Any, text: str, published: str, field: str) -> dict[str, Any]:
    """Each record's ``field`` ("status" or the text's date) keyed by a word of its sides;
    a word that two records share keys the last of them (probes use words of one side)."""
    out: dict[str, Any] = {}
    for a in probes.agreements_of(models, text, published):
        value = a.status if field == "status" else probes.text_date(a)
        for p in a.parties:
            for w in p.name.split():
                out[w] = value
    return out


STATUS_ROWS = [
    ("future-copula",
     "Министерство труда Курганской области и Курганский государственный университет на "
     "будущей неделе заключат соглашение о подготовке социальных работников. Для "
     "министерства это будет уже второе соглашение с вузом: в 2020 году ведомство подписало "
     "похожий документ с Шадринским педагогическим университетом.", "2024-09-20",
     {"Курганский": "planned", "Шадринский": "mentioned"}),
    ("future-become",
     "Министерство социальной защиты Орловской области и Орловский государственный "
     "университет подпишут соглашение о стажировках студентов. Это станет первым "
     "соглашением министерства с вузом.", "2024-09-20", {"Орловский": "planned"}),
    # negative: the agreement as the subject of a future "стать" is no plan
    ("copula-subject",
     "Вчера министерство труда Пермского края и Пермский государственный университет "
     "подписали соглашение о сотрудничестве. Документ станет основой совместной работы.",
     "2024-09-20", {"Пермский": "signed"}),
    ("tally",
     "Во вторник на форуме «Смена» министр социального развития Пензенской области Ирина "
     "Лосева и ректор Пензенского государственного университета Олег Ковалёв подписали "
     "соглашение о сотрудничестве. До конца года министерство планирует заключить "
     "соглашение с Пензенским отделением фонда «Защитники Отечества». Всего за дни форума "
     "делегация области подписала 17 соглашений.", "2024-09-20",
     {"Ковалёв": None, "университет": "signed", "Отечества»": "planned"}),
    ("earlier-day",
     "Вчера министерство социальной защиты Брянской области и Брянский государственный "
     "университет подписали соглашение о сотрудничестве. Ректор напомнил, что это не "
     "первый опыт вуза. Ранее, 3 февраля, университет подписал соглашение с Брянским "
     "отделением Российского Красного Креста.", "2024-09-20",
     {"Креста": "mentioned", "Брянской": "signed"}),
    # negative: "ранее" within a week of the report still reports a signing of the news
    ("earlier-this-week",
     "Министерство социальной защиты Брянской области сообщило о новых партнёрах. Ранее, "
     "17 сентября, министерство подписало соглашение с Брянским отделением Российского "
     "Красного Креста.", "2024-09-20", {"Креста": "signed"}),
    ("signatures-appeared",
     "Подписи министра социальной защиты Курской области Анны Гладких и ректора Курского "
     "государственного университета Виктора Голубева появились под соглашением о "
     "сотрудничестве в прошлый вторник.", "2024-09-20", {"Курский": "signed"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), probes.named_rows(STATUS_ROWS))
def test_status(models: Any, text: str, published: str, expected: dict[str, Any]) -> None:
    found = _by_side(models, text, published, "status")
    assert {w: found.get(w) for w in expected} == expected


@pytest.mark.parametrize(("count", "parties", "told", "dropped"), [
    (17, [], 3, True),   # "Всего ... подписала 17 соглашений" beside three told
    (2, [], 2, False),   # "подписали два соглашения" beside the two told
    (3, [], 0, False),   # nothing told: the count is the report's own signing
    (17, ["X"], 3, False),  # a mention naming a side is no tally
])
def test_tally_beyond_told(count: int, parties: list[str], told: int, dropped: bool) -> None:
    s = SimpleNamespace(c=SimpleNamespace(count=count, parties=parties),
                        recent=[object()] * told, dropped=False, done=False)
    tally_beyond_told(s)  # type: ignore[arg-type]
    assert (s.dropped, s.done) == (dropped, dropped)


DATE_ROWS = [
    ("last-day",
     "Форум «Сибирь социальная» проходил в Томске 8–11 октября. В заключительный день "
     "форума министр социальной защиты Томской области Олег Куприянов и ректор Томского "
     "государственного университета Эдуард Галажинский подписали соглашение о "
     "сотрудничестве.", "2024-10-14", {"Томский": "2024-10-11"}),
    ("fringe-of-range",
     "В Казани 14–16 мая прошёл Поволжский форум соцработников «Вместе». За три дня на "
     "площадках форума побывали тысячи гостей.\nПервый день форума был посвящён "
     "долговременному уходу. Во второй день форума министерство труда Республики Татарстан "
     "и Казанский федеральный университет подписали соглашение о подготовке кадров.\n"
     "Ректор рассказал о новых программах. «Мы ждём студентов», — сказал он. Министр "
     "добавила, что программа стартует осенью. Преподаватели пройдут стажировки. Студенты "
     "получат стипендии.\nНа полях форума также было заключено соглашение между "
     "Министерством социальной защиты Чувашской Республики и АНО «Ресурсный центр "
     "Чувашии».", "2024-05-20", {"Казанский": "2024-05-15", "Чувашии»": "2024-05"}),
    ("ceremony-items",
     "Во вторник, в первый день конгресса, прошла церемония подписания соглашений. Первым "
     "документ о сотрудничестве подписали министр социального развития Кировской области "
     "Андрей Зырянов и управляющий Отделением Социального фонда России по Кировской "
     "области Игорь Морозов. Второе соглашение заключили министерство социального "
     "развития Кировской области и АНО «Центр семейной помощи «Рядом».", "2024-09-20",
     {"Социального": "2024-09-17", "АНО": "2024-09-17"}),
    ("same-day-past-quote",
     "С 2 по 4 октября в Уфе проходил форум «Забота». Во второй день форума министр семьи, "
     "труда и социальной защиты населения Республики Башкортостан Ленара Иванова и ректор "
     "Уфимского университета Ильдар Шарипов подписали соглашение. «Нам нужны кадры. Их "
     "мало. Мы будем учить их вместе», — сказала министр. Ректор рассказал о программах. "
     "Студенты пройдут практику. Первые выпускники придут через два года. Программа "
     "рассчитана на пять лет. В тот же день на площадке форума подписано ещё одно "
     "соглашение — между Башкирским отделением Союза пенсионеров России и АНО «Серебряный "
     "возраст».", "2024-10-07", {"Башкортостан": "2024-10-03", "возраст»": "2024-10-03"}),
    ("scheduled-day",
     "Министерство социальной политики Калининградской области и Балтийский федеральный "
     "университет в следующем месяце заключат соглашение о целевом обучении. Об этом "
     "сообщили в пресс-службе министерства. Подписание запланировано на 14 октября.",
     "2024-09-20", {"Балтийский": "2024-10-14"}),
    # negative: a scheduled day outside the plan's month is no day of it
    ("scheduled-other-month",
     "Министерство социальной политики Калининградской области и Балтийский федеральный "
     "университет в декабре заключат соглашение о целевом обучении. Подписание "
     "запланировано на 14 октября.", "2024-09-20", {"Балтийский": "2024-12"}),
    ("concluded-next",
     "Центр занятости Калуги расторг соглашение с ООО «Калужский текстиль». Документ, "
     "заключённый в 2021 году, обязывал предприятие трудоустраивать людей с инвалидностью.",
     "2024-09-20", {"текстиль»": "2021"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), probes.named_rows(DATE_ROWS))
def test_date(models: Any, text: str, published: str, expected: dict[str, Any]) -> None:
    found = _by_side(models, text, published, "date")
    assert {w: found.get(w) for w in expected} == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Форум прошёл 8–11 октября. В заключительный день форума подписали соглашение.",
     "2024-10-14", "2024-10-11"),
    ("Смена прошла с 30 декабря по 2 января. В последний день смены подписали соглашение.",
     "2025-01-10", "2025-01-02"),
    ("Форум прошёл 8–11 октября. В завершающий день форума подписали соглашение.",
     None, "--10-11"),
    # negatives: no range before it, a single day before it, a range out of reach
    ("В последний день визита министры подписали соглашение.", "2024-10-14", None),
    ("Форум открылся 8 октября. В заключительный день форума подписали соглашение.",
     "2024-10-14", None),
    ("Форум прошёл 8–11 октября. " + "Гости гуляли. " * 10 +
     "В заключительный день форума подписали соглашение.", "2024-10-14", None),
])
def test_last_day_of_an_occasion(text: str, published: str | None,
                                 expected: str | None) -> None:
    last = [d.value for d in find_dates(text, published) if d.text.lower().endswith("день")]
    assert last == [expected]


def test_last_day_words_of_the_calendar_are_no_occasion() -> None:
    # "в последний день месяца" is no day of an occasion (CALENDAR_AFTER_DAY)
    assert find_dates("В последний день месяца подписали соглашение.", "2024-10-14") == []


@pytest.mark.parametrize(("text", "value", "expected"), [
    ("5–7 июня", "2024-06-05", "2024-06"),
    ("с 3 по 5 октября", "--10-03", "--10"),
    # negatives: a range over two months, a single day
    ("с 30 сентября по 2 октября", "2024-09-30", None),
    ("5 июня", "2024-06-05", None),
])
def test_range_month(text: str, value: str, expected: str | None) -> None:
    assert range_month(DateRef(value, text, 0, len(text))) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Один. Два. Три. ", 3),
    ("Один. «Два. Три. Четыре», — сказал он. Пять. ", 3),
    ("«Два. Три»", 0),
])
def test_quotations_count_as_no_sentences(text: str, expected: int) -> None:
    assert _sentences_between(text, 0, len(text)) == expected


def test_plan_of_another_region_is_no_next_step_of_a_memorandum(models: Any) -> None:
    # a digest's next item: the plan names Penza, the memorandum's sides are of Udmurtia
    text = ("1. Ижевск: министерство и комбинат подписали меморандум\n"
            "Министерство социальной политики и труда Удмуртской Республики и ООО «Ижевский "
            "трикотаж» подписали меморандум о сотрудничестве в сфере трудоустройства людей с "
            "инвалидностью.\n"
            "2. Пенза: Соцфонд и Общественная палата готовят соглашение\n"
            "Отделение Социального фонда России по Пензенской области и Общественная палата "
            "Пензенской области завершают согласование соглашения о сотрудничестве.")
    plans = [a for a in probes.agreements_of(models, text, "2024-11-15") if a.status == "planned"]
    assert plans and not any("Удмуртской" in p.name for a in plans for p in a.parties)
