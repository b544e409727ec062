"""Status and dates of expected and counted signings under page widgets, probed in our
own words.

Shapes: a stamp counting views under a weather widget row; a newspaper issue row closed by
its rubric; a past expectation of a signing ("ожидалось подписание") is a plan; a ceremony
scheduled "на март" in the sentence after a plan dates it; a season gone by ("прошлой
осенью") states its year; agreements told by their ordinal in a set counted on the day of
an occasion take that day; work "с 2023 года в рамках соглашения" dates the agreement.
Several wordings each, negatives, and one run of the CLI.
"""

from __future__ import annotations

import json
from typing import Any

import probes
import pytest

from soccoop.extract.published import find_published

ARTICLE = ("Два региона будут вместе помогать семьям участников СВО\n"
           "Министерство социальной защиты Пензенской области и министерство труда "
           "Саратовской области подписали соглашение о сотрудничестве.")


# --- a stamp counting views under a widget row
@pytest.mark.parametrize(("top", "expected"), [
    (("Пенза  +2°", "3 декабря 2025, 11:20 · Просмотров: 845"), "2025-12-03"),
    (("Курс USD 80,10  EUR 93,40", "07.04.2025 09:15 | 1 302 просмотра"), "2025-04-07"),
])
def test_counted_stamp_under_widget(top: tuple[str, ...], expected: str) -> None:
    assert find_published("\n".join([*top, ARTICLE]))[0] == expected


@pytest.mark.parametrize("top", [
    # the counter stands on no stamp, and the date under the widget is a header's
    ("Пенза  +2°", "3 декабря 2025", "Просмотров: 845"),
    # a widget under the stamp still masks it
    ("3 декабря 2025, 11:20 · Просмотров: 845", "Пенза  +2°"),
])
def test_widget_masks_uncounted_or_covered_stamp(top: tuple[str, ...]) -> None:
    assert find_published("\n".join([*top, ARTICLE]))[0] != "2025-12-03"


# --- an issue row closed by its rubric
@pytest.mark.parametrize(("row", "expected"), [
    ("«Сельская новь» · № 12 (8 331) · вторник, 18 марта 2025 г. · Общество", "2025-03-18"),
    ("Газета «Заря» | № 40 (5120) | 3 октября 2025 года | Люди и судьбы", "2025-10-03"),
])
def test_issue_row_with_rubric(row: str, expected: str) -> None:
    assert find_published(row + "\n" + ARTICLE)[0] == expected


@pytest.mark.parametrize("row", [
    # the last segment has a number: no rubric, and a legal act's row is never an issue
    "«Сельская новь» · № 12 (8 331) · 18 марта 2025 г. · стр. 4 и 5",
    "Постановление · № 12 · 18 марта 2025 г. · Общество",
])
def test_issue_row_negatives(row: str) -> None:
    text = "Общество\n" + row + "\nЗаголовок статьи\n" + ARTICLE.split("\n")[1]
    assert find_published(text)[0] != "2025-03-18"


PAGE = "Опубликовано: 12.02.2026\n{}\nДокумент предусматривает обмен опытом."


def first_on_page(models: Any, text: str) -> tuple[str, str | None]:
    """(status, date) of the first agreement of ``text`` set on a dated ``PAGE``; there
    must be one."""
    found = probes.status_dates(models, PAGE.format(text))
    assert found
    return found[0]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    ("— Министр, в декабре ожидалось подписание соглашения с Пензенской областью о "
     "реабилитации детей. Почему оно не состоялось?"),
    ("В январе ожидалось, что соглашение министерства труда Чувашии с Марий Эл о "
     "сотрудничестве будет подписано на форуме."),
])
def test_past_expectation_is_planned(models: Any, text: str) -> None:
    assert first_on_page(models, text)[0] == "planned"


@pytest.mark.slow
def test_expectation_met_is_signed(models: Any) -> None:
    text = ("Подписание соглашения между министерством труда Чувашии и министерством "
            "социальной защиты Марий Эл, которое ожидалось в январе, состоялось 5 февраля.")
    assert first_on_page(models, text)[0] == "signed"


@pytest.mark.slow
@pytest.mark.parametrize(("follow", "expected"), [
    ("Церемония запланирована на апрель, она пройдёт в Пскове.", "2026-04"),
    ("Подписание намечено на май.", "2026-05"),
])
def test_ceremony_scheduled_after_a_plan(models: Any, follow: str, expected: str) -> None:
    text = ("Псковское областное Собрание депутатов и Законодательное собрание Ленинградской "
            "области подпишут соглашение о сотрудничестве в социальной сфере. " + follow)
    assert first_on_page(models, text) == ("planned", expected)


@pytest.mark.slow
def test_ceremony_without_schedule_gives_no_date(models: Any) -> None:
    text = ("Псковское областное Собрание депутатов и Законодательное собрание Ленинградской "
            "области подпишут соглашение о сотрудничестве в социальной сфере. Церемония "
            "пройдёт в Пскове, на неё пригласят ветеранов.")
    assert first_on_page(models, text) == ("planned", None)


@pytest.mark.slow
@pytest.mark.parametrize(("when", "expected"), [
    ("прошлой осенью", "2025"), ("минувшей весной", "2025"), ("осенью 2024 года", "2024"),
])
def test_season_gone_by_dates_background(models: Any, when: str, expected: str) -> None:
    text = ("Дети отдохнули в лагерях в рамках соглашения между министерством социального "
            f"развития Тамбовской области и министерством труда Липецкой области, "
            f"подписанного {when}.")
    assert first_on_page(models, text) == ("mentioned", expected)


COUNTED = ("Опубликовано: 21.05.2025\n"
           "20 мая в Казани прошла межрегиональная конференция по социальной защите. "
           "На конференции заключены два соглашения о сотрудничестве.\n"
           "{first}\n"
           "Второе соглашение заключили министерство труда Татарстана и министерство "
           "социальной защиты Удмуртии.")


@pytest.mark.slow
@pytest.mark.parametrize("first", [
    ("Первым стало соглашение между министерством труда Татарстана и министерством "
     "социального развития Чувашии. Документ подписали министры двух республик."),
    ("Первое соглашение подписали министерство труда Татарстана и министерство "
     "социального развития Чувашии."),
])
def test_counted_set_takes_the_occasion_day(models: Any, first: str) -> None:
    found = probes.status_dates(models, COUNTED.format(first=first))
    assert [d for s, d in found if s == "signed"] == ["2025-05-20", "2025-05-20"]


@pytest.mark.slow
def test_count_without_occasion_day_carries_none(models: Any) -> None:
    text = ("Опубликовано: 21.05.2025\n"
            "20 мая в Казани было по-летнему тепло. На конференции заключены два "
            "соглашения.\n"
            "Второе соглашение заключили министерство труда Татарстана и "
            "министерство социальной защиты Удмуртии.")
    found = probes.status_dates(models, text)
    assert all(d != "2025-05-20" for _, d in found)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("Фонд с 2021 года работает в рамках соглашения о социальном партнёрстве с "
     "правительством Тульской области.", "2021"),
    ("Центр занятости с 2022 года действует в рамках соглашения о взаимодействии с "
     "министерством труда Курской области.", "2022"),
])
def test_work_since_year_under_agreement(models: Any, text: str, expected: str) -> None:
    assert first_on_page(models, text) == ("mentioned", expected)


@pytest.mark.slow
def test_year_inside_relative_clause_is_the_work(models: Any) -> None:
    text = ("Министерство труда Курской области и министерство социальной защиты Орловской "
            "области связывает соглашение, в рамках которого с 2019 года специалисты "
            "обмениваются опытом.")
    assert first_on_page(models, text)[1] != "2019"


@pytest.mark.slow
def test_cli_lists_counted_day_and_issue_date(ingest_and_list: Any) -> None:
    text = ("«Сельская новь» · № 21 (8 340) · среда, 21 мая 2025 г. · Общество\n"
            "Две конференции — два соглашения\n"
            + COUNTED.split("\n", 1)[1].format(
                first="Первое соглашение подписали министерство труда Татарстана и "
                      "министерство социального развития Чувашии."))
    out = ingest_and_list({"n1.txt": text}, "--format", "jsonl", "--limit", "0")
    rec = json.loads(out.strip().splitlines()[0])
    assert rec["published"] == "2025-05-21"
    assert sorted(a["date"] for a in rec["agreements"] if a["status"] == "signed") == \
        ["2025-05-20", "2025-05-20"]


REVIEW = ("Итоги года: межрегиональное сотрудничество\n"
          "Министерство труда Курской области подвело итоги года.\n"
          "Апрель. {item} Документ подписали министры двух областей.\n"
          "Октябрь. 9 октября в Курске министр подписал соглашение с фондом «Опора».\n"
          "Опубликовано 26 декабря 2025")


@pytest.mark.slow
def test_verbless_review_item_signed_by_next_sentence(models: Any) -> None:
    item = ("Соглашение с министерством социальной защиты Белгородской области о "
            "реабилитации участников СВО.")
    found = probes.status_dates(models, REVIEW.format(item=item))
    assert ("signed", "2025-04") in found


@pytest.mark.slow
def test_item_with_its_own_verb_keeps_its_status(models: Any) -> None:
    item = ("Соглашение с министерством социальной защиты Белгородской области о "
            "реабилитации участников СВО обсуждают до сих пор.")
    found = probes.status_dates(models, REVIEW.format(item=item).replace(
        " Документ подписали министры двух областей.", ""))
    assert ("signed", "2025-04") not in found
