"""date61: agreement dates from occasions and weeks, in our own words.

Table-driven, with negatives: an occasion's ordinal day counts from another of its days
told before it in either direction ("во второй день ... в первый день" is the day before);
a signing told on by a bare "Соглашение"/"Документ" from the agreement that an occasion's
outcome ("Его итогом стало соглашение ...") named just before takes the occasion's day; a plan
dated by the first day of an occasion's range takes the later day of it its ceremony is
scheduled for; a bare weekday told in the past in a digest is a day of the past week its
heading sums up.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.dates import find_dates

# --- an occasion's ordinal day counted back from a later day told before it
FILLER = ("Участники обсудили вопросы долговременного ухода, сопровождаемого проживания, "
          "поддержки семей участников специальной военной операции, занятости людей с "
          "инвалидностью и подготовки социальных работников в колледжах. ") * 6
FORUM_BACK = ("С 9 по 11 апреля в Казани проходил межрегиональный форум социальных "
              "работников. {filler}\n\nВо второй день форума министры обсудили кадровый "
              "вопрос. {filler}\n\nКроме того, {day} министерство заключило соглашение с "
              "университетом.")


@pytest.mark.parametrize(("day", "expected"), [
    # the first day told after the second, the range out of reach: the day before it
    ("в первый день", "2025-04-09"),
    ("в третий день", "2025-04-11"),
    # the same ordinal again gives no new count
    ("во второй день", None),
])
def test_ordinal_day_counted_back(day: str, expected: str | None) -> None:
    text = FORUM_BACK.format(filler=FILLER, day=day)
    refs = [d for d in find_dates(text, published="2025-04-14")
            if d.text.lower() == day and d.start > text.index("Кроме того")]
    assert refs and refs[0].value == expected


# --- a signing told on from the agreement an occasion's outcome named just before
OUTCOME = """Псков и Великий Новгород будут обмениваться опытом

Во вторник в Пскове прошло совещание руководителей органов социальной защиты двух \
регионов. {outcome} соглашение о сотрудничестве между Комитетом по социальной защите \
Псковской области и Министерством социальной защиты Новгородской области.

{told_on} в присутствии заместителя губернатора Псковской области."""


@pytest.mark.slow
@pytest.mark.parametrize(("outcome", "told_on", "expected"), [
    # a possessive refers the outcome to the meeting: the meeting's Tuesday
    ("Его главным итогом стало", "Соглашение было подписано", "2025-03-11"),
    ("Его итогом стало", "Документ подписали", "2025-03-11"),
    # no outcome of the meeting: the page's day stands in (no day of the text)
    ("Сейчас готовится", "Соглашение было подписано", None),
    # the later sentence names another document of its own: no day carried on
    ("Его главным итогом стало", "Соглашение о практике студентов было подписано", None),
])
def test_signing_told_on_from_outcome(models: Any, outcome: str, told_on: str,
                                      expected: str | None) -> None:
    found = probes.status_dates(models, OUTCOME.format(outcome=outcome, told_on=told_on),
                                "2025-03-14")
    signed = [d for status, d in found if status == "signed"]
    assert signed and signed[-1] == expected


# --- a plan dated by an occasion's range takes the day its ceremony is scheduled for
PLAN_RANGE = """В Ижевске пройдёт форум «Забота»

Министерство социальной защиты Удмуртской Республики и Удмуртский государственный \
университет подпишут соглашение о сотрудничестве в рамках форума «Забота», который пройдёт \
в Ижевске {range}. {scheduled}

Соглашение предусматривает целевое обучение социальных работников."""


@pytest.mark.slow
@pytest.mark.parametrize(("range_", "scheduled", "expected"), [
    ("15–17 октября", "Церемония подписания запланирована на второй день форума, 16 октября.",
     "2025-10-16"),
    ("с 15 по 17 октября", "Подписание намечено на 17 октября.", "2025-10-17"),
    # a day outside the range is no day of the occasion: the range's first day stays
    ("15–17 октября", "Подписание намечено на 20 октября.", "2025-10-15"),
    # no scheduling: the range's first day
    ("15–17 октября", "В форуме примут участие делегации соседних регионов.", "2025-10-15"),
])
def test_plan_scheduled_within_range(models: Any, range_: str, scheduled: str,
                                     expected: str | None) -> None:
    found = probes.status_dates(models, PLAN_RANGE.format(range=range_, scheduled=scheduled),
                                "2025-10-03")
    assert found == [("planned", expected)]


# --- a digest's bare weekday is a day of the week its heading sums up
DIGEST = """СОЦИАЛЬНАЯ ПАНОРАМА
Новости | Регионы | Дайджест

{heading}

Каждый понедельник мы рассказываем о главных событиях социальной сферы за прошедшую неделю.

1. Кострома: центр занятости и фабрика

{day} центр занятости населения Костромы и льняная фабрика {verb} соглашение о рабочих \
местах для людей с инвалидностью."""


@pytest.mark.slow
@pytest.mark.parametrize(("heading", "day", "verb", "expected"), [
    # a Monday digest: "в понедельник" is the Monday of the week summed up
    ("Главное за неделю: 3–9 марта", "В понедельник", "подписали", "2025-03-03"),
    ("Неделя в регионах: с 3 по 9 марта", "В среду", "подписали", "2025-03-05"),
    # no week in the heading: the publication day's Monday
    ("Главное за неделю", "В понедельник", "подписали", "2025-03-10"),
    # a week that is not past: the range does not end before the page
    ("Главное за неделю: 4–10 марта", "В понедельник", "подписали", "2025-03-10"),
    # a plan told in the future keeps its day ahead
    ("Главное за неделю: 3–9 марта", "В пятницу", "подпишут", "2025-03-14"),
    # a range stated in a sentence of the text is no heading
    ("Форум прошёл в Костроме 3–9 марта.", "В понедельник", "подписали", "2025-03-10"),
])
def test_digest_weekday_in_its_week(models: Any, heading: str, day: str, verb: str,
                                    expected: str | None) -> None:
    found = probes.status_dates(
        models, DIGEST.format(heading=heading, day=day, verb=verb), "2025-03-10")
    assert found[-1][1] == expected
