"""Days of an occasion (date46), probed in our own words.

A range told with prepositions ("со 2 по 4 октября") is one date valued as its first day,
like "2–4 октября"; "во второй день форума" is the occasion's first day plus one, counted
from the nearest day told before it (a range's first day, "во вторник открылся форум");
"сегодня, во второй день форума" keeps the day it restates. Signings counted together
("заключило сразу три соглашения") take the day the next sentence gives their signatures
over the occasion's range. Negatives: the first day of a season or a month, no day before,
a day beyond reach, a count whose next sentence names an agreement of its own.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.dates import find_dates

PUB = "2026-11-20"  # a Friday


def _values(text: str, published: str | None = PUB) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(text, published)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Форум проходил со 2 по 4 ноября.", [("со 2 по 4 ноября", "2026-11-02")]),
    ("Выставка открыта с 28 октября по 3 ноября.",
     [("с 28 октября по 3 ноября", "2026-10-28")]),
    # the first month after the last: the year goes back
    ("Смена прошла с 29 декабря по 4 января 2026 года.",
     [("с 29 декабря по 4 января 2026 года", "2025-12-29")]),
    ("Слёт пройдёт с 10 по 12 июня 2027 года.",
     [("с 10 по 12 июня 2027 года", "2027-06-10")]),
    # one day twice is no range: the day alone
    ("с 5 по 5 ноября", [("5 ноября", "2026-11-05")]),
    # an invalid first day: no range, the last day alone
    ("с 31 по 2 ноября", [("2 ноября", "2026-11-02")]),
])
def test_ranges_with_prepositions(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the second day of a range
    ("В Ставрополе со 2 по 4 ноября проходил форум. Во второй день форума министры "
     "подписали соглашение.", "2026-11-03"),
    ("Конференция прошла в Пскове 16–17 ноября. На второй день конференции состоялось "
     "подписание.", "2026-11-17"),
    # the first day of an occasion opened on a weekday
    ("Во вторник в Омске открылся социальный форум. Первый день форума завершился "
     "подписанием соглашений.", "2026-11-17"),
    # "в первый день его работы"
    ("18 ноября в Туле начал работу съезд соцработников. Соглашение подписали в первый "
     "день его работы.", "2026-11-18"),
    # a visit told by two weekdays: the first is its first day
    ("Делегация в среду и четверг находилась в Курске. В третий день визита гости "
     "уехали.", "2026-11-20"),
    # past another year in between: the nearest day counts
    ("Форум открылся 16 ноября. В 2025 году его гостей было вдвое меньше. В третий день "
     "форума подписали соглашение.", "2026-11-18"),
])
def test_day_of_an_occasion(text: str, expected: str) -> None:
    ordinal = [v for t, v in _values(text) if t.lower().split()[-1] == "день"]
    assert ordinal == [expected]


def test_day_of_an_occasion_without_publication_day() -> None:
    text = "Форум проходил со 2 по 4 ноября. Во второй день форума подписали соглашение."
    assert [v for t, v in _values(text, None) if t.endswith("день")] == ["--11-03"]


def test_later_days_count_from_the_first() -> None:
    text = ("Делегация в среду и четверг находилась в Курске. В первый день министры "
            "подписали соглашение. Во второй день гости побывали в университете.")
    assert [v for t, v in _values(text) if t.endswith("день")] == ["2026-11-18", "2026-11-19"]


@pytest.mark.parametrize("text", [
    # a day restated by the ordinal keeps its own value: the ordinal gives none
    "Подписи поставлены сегодня, во второй день форума.",
    # the first day of a season, a month, a year
    "Соглашение подписали в первый день весны.",
    "Выплата приходит в первый день месяца.",
    # no day told before it
    "В 2025 году форум собрал тысячу человек. Во второй день форума подписали соглашение.",
    # a publication line dates the report, not the occasion
    "16.11.2026\nТретий день конгресса стал для делегации днём подписаний.",
    # the occasion's day beyond reach (more sentences than "в тот же день" looks back)
    "Форум открылся 16 ноября. " + "Было много гостей. " * 9 + "Во второй день форума "
    "подписали соглашение.",
])
def test_day_of_an_occasion_negatives(text: str) -> None:
    assert all(v is None for t, v in _values(text) if t.lower().endswith("день"))


BODY_COUNT = ("На региональном форуме некоммерческих организаций, который проходил в Пскове "
              "18–19 ноября, комитет по социальной защите Псковской области заключил сразу "
              "два соглашения о взаимодействии. {after} Первое соглашение комитет подписал "
              "с автономной некоммерческой организацией «Забота». Второе соглашение "
              "заключено с Псковской областной организацией Всероссийского общества "
              "слепых.")


@pytest.mark.slow
@pytest.mark.parametrize(("after", "expected"), [
    # the signatures' day, restated as the forum's second day
    ("Подписи под документами были поставлены вчера, во второй день форума.",
     ["2026-11-19", "2026-11-19"]),
    ("Подписание состоялось 19 ноября на пленарной сессии.", ["2026-11-19", "2026-11-19"]),
    # no day of signatures: the forum's first day, as before
    ("Участники форума обсудили помощь пожилым.", ["2026-11-18", "2026-11-18"]),
    # signatures not put: no day from that sentence
    ("Подписи под документами не были поставлены 19 ноября.", ["2026-11-18", "2026-11-18"]),
])
def test_counted_signings_take_the_signatures_day(models: Any, after: str,
                                                  expected: list[str]) -> None:
    text = f"{PUB}\nПсковские НКО стали партнёрами комитета\n{BODY_COUNT.format(after=after)}"
    got = [d for s, d in probes.status_dates(models, text) if s == "signed"]
    assert got == expected


@pytest.mark.parametrize(("kept", "new", "expected"), [
    ("2021", "--06", "2021"),
    ("--11-07", "2024", "2024"),
    ("2021", "--06-03", "2021"),
    # compatible dates that state a year merge as before
    ("2025-03", "2025-03-12", "2025-03-12"),
    ("2025", "2025-03", "2025-03"),
    ("--03", "--03-12", "--03-12"),
    (None, "--06", "--06"),
    ("2021", None, "2021"),
])
def test_merged_mention_dates(kept: str | None, new: str | None,
                              expected: str | None) -> None:
    from soccoop.extract.agreements import merged_mention_dates

    assert merged_mention_dates(kept, new) == expected


@pytest.mark.slow
def test_year_of_an_agreement_keeps_out_the_day_of_another_event(models: Any) -> None:
    text = (f"{PUB}\nЦентр в Торжке присоединился к соглашению соседей\nВ пятницу, 13 "
            "ноября, комплексный центр социального обслуживания населения Торжокского района "
            "присоединился к соглашению о сотрудничестве между Министерством социальной "
            "защиты населения Тверской области и Комитетом по социальной защите Псковской "
            "области.\nСамо межрегиональное соглашение было заключено в 2024 году. Оно "
            "предусматривает обмен опытом в работе с пожилыми гражданами.")
    assert probes.status_dates(models, text) == [("mentioned", "2024")]
