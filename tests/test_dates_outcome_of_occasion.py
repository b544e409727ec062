"""Agreement dates told apart from the signing, probed in our own words.

Two shapes: a signing told as the
outcome of an occasion ("По итогам визита ... подписали") whose day is told a few sentences
before ("В прошлую пятницу ... побывала делегация"); and an agency's year-less dateline
("ОМСК, 3 июн — ...") under a stamp line whose time carries its zone ("3 июня 2026 г.,
14:05 (Мск)"), which left the page without a year. Negatives: an occasion with no day, a
dated sentence that tells no occasion, an agreement named in between, and a plan.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.dates import find_dates, stated_view
from soccoop.extract.published import find_published
from soccoop.extract.signing_dates import occasion_day_before, outcome_of_occasion

PAGE = "{pub}\n{head}\n{body}\nФото пресс-службы."


def _dated(models: Any, body: str, pub: str = "18.11.2026") -> list[str | None]:
    text = PAGE.format(pub=pub, head="Соседи договорились о помощи пожилым", body=body)
    return [d for s, d in probes.status_dates(models, text) if s == "signed"]


KUNGUR = ("глава Кунгурского муниципального округа Иван Петров и глава Кудымкарского "
          "муниципального округа Сергей Иванов подписали соглашение о межмуниципальном "
          "сотрудничестве.")
PERM_FORUM = ("12 ноября в Перми открылся форум социальных работников. Форум собрал триста "
              "участников. «Работаем вместе», — сказал губернатор. ")


# 18.11.2026 is a Wednesday
@pytest.mark.slow
@pytest.mark.parametrize(("body", "expected"), [
    # a visit told by its verb, the signing "по итогам визита" two sentences later
    ("В понедельник в Кудымкаре побывала делегация Кунгурского муниципального округа. "
     f"Гости осмотрели центр социального обслуживания. По итогам визита {KUNGUR}",
     ["2026-11-16"]),
    # a count of documents told in the course of a forum dated three sentences before it
    (PERM_FORUM + "В ходе пленарного заседания министерство социального развития Пермского "
     "края заключило сразу два соглашения. Первое соглашение министерство подписало с "
     "министерством социальной защиты Республики Коми. Второе соглашение заключено с "
     "министерством социальной политики Свердловской области.",
     ["2026-11-12", "2026-11-12"]),
    # one signing in the course of the forum
    (PERM_FORUM + "В ходе пленарного заседания министерство социального развития Пермского "
     "края подписало соглашение с министерством социальной защиты Республики Коми.",
     ["2026-11-12"]),
    # a fair is an occasion: its day, told two sentences before the count, dates both
    ("В минувшую пятницу в Кунгуре прошла осенняя ярмарка вакансий. Двадцать работодателей "
     "предложили около трёхсот рабочих мест. Главным событием ярмарки стало подписание "
     "сразу двух соглашений. Первое соглашение центр занятости населения Пермского края "
     "заключил с ООО «Кунгурский хлебозавод». Второе соглашение центр занятости подписал с "
     "АО «Уральская мебель».", ["2026-11-13", "2026-11-13"]),
    # a fair with no day told: no date from it (the publication day stands in)
    ("В Кунгуре прошла осенняя ярмарка вакансий. Главным событием ярмарки стало подписание "
     "сразу двух соглашений. Первое соглашение центр занятости населения Пермского края "
     "заключил с ООО «Кунгурский хлебозавод». Второе соглашение центр занятости подписал с "
     "АО «Уральская мебель».", [None, None]),
])
def test_occasion_day(models: Any, body: str, expected: list[str | None]) -> None:
    assert sorted(_dated(models, body), key=str) == expected


def _occasion_day_of_last(models: Any, body: str) -> str | None:
    """``occasion_day_before`` for the text's last sentence, on the stated dates."""
    analysis = models.analyse(body)
    dates = stated_view(find_dates(analysis.text, "2026-11-18"))
    sents = analysis.sentences
    last = len(sents) - 1
    assert outcome_of_occasion(sents[last])
    return occasion_day_before(sents, last, dates)


@pytest.mark.slow
@pytest.mark.parametrize(("body", "expected"), [
    ("Вчера в Кунгуре прошло совещание глав двух округов. Участники обсудили помощь "
     f"пожилым жителям приграничных сёл. По итогам обсуждения {KUNGUR}", "2026-11-17"),
    ("Во вторник в Кунгур приехала делегация соседнего округа. Гости осмотрели центр. "
     f"Обсуждение было долгим. По итогам поездки {KUNGUR}", "2026-11-17"),
    # negatives: the dated sentence names no occasion
    ("Вчера в Кунгуре выпал первый снег. Участники обсудили помощь пожилым жителям. "
     f"По итогам обсуждения {KUNGUR}", None),
    # an agreement named between the occasion and the signing
    ("Вчера в Кунгуре прошло совещание глав двух округов. Напомним, соглашение о "
     f"транспорте округа заключили давно. По итогам обсуждения {KUNGUR}", None),
    # a sentence with another date in between
    ("Вчера в Кунгуре прошло совещание глав двух округов. В 2025 году помощь получили сто "
     f"человек. По итогам обсуждения {KUNGUR}", None),
    # the occasion beyond reach
    ("Вчера в Кунгуре прошло совещание глав двух округов. Гости осмотрели центр. Был снег. "
     f"Было холодно. Было ветрено. По итогам обсуждения {KUNGUR}", None),
])
def test_occasion_day_before(models: Any, body: str, expected: str | None) -> None:
    assert _occasion_day_of_last(models, body) == expected


@pytest.mark.parametrize(("page", "expected"), [
    # a year-less dateline under a stamp with time and zone: the stamp's year
    ("ИА «Пермь-инфо»\n3 июня 2026 г., 14:05 (Мск)\nЗаголовок новости\n"
     "ПЕРМЬ, 3 июн — ИА «Пермь-инфо». Министерство подписало соглашение.", "2026-06-03"),
    ("ИА «Пермь-инфо»\n3 июня 2026, 14:05 МСК\nЗаголовок новости\n"
     "ПЕРМЬ, 3 июн — ИА «Пермь-инфо». Министерство подписало соглашение.", "2026-06-03"),
    # a stamp of another day gives no year to the dateline
    ("ИА «Пермь-инфо»\n2 июня 2026 г., 14:05 (Мск)\nЗаголовок новости\n"
     "ПЕРМЬ, 3 июн — ИА «Пермь-инфо». Министерство подписало соглашение.", "--06-03"),
])
def test_dateline_takes_the_year_of_a_zoned_stamp(page: str, expected: str) -> None:
    assert find_published(page)[0] == expected


@pytest.mark.slow
def test_cli_lists_the_occasion_day(listed_rows: Any) -> None:
    text = PAGE.format(
        pub="18.11.2026", head="Кунгур и Кудымкар договорились о помощи пожилым",
        body=("В понедельник в Кудымкаре побывала делегация Кунгурского муниципального "
              "округа. Гости осмотрели центр социального обслуживания. По итогам визита "
              f"{KUNGUR}"))
    records = listed_rows({"kungur.txt": text}, "--format", "jsonl", "--limit", "0")
    assert len(records) == 1 and records[0]["published"] == "2026-11-18"
    assert [a["date"] for a in records[0]["agreements"] if a["status"] == "signed"] == \
        ["2026-11-16"]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), [
    ("По итогам визита главы подписали соглашение.", True),
    ("В ходе пленарного заседания министерство заключило два соглашения.", True),
    ("По итогам обсуждения они подписали соглашение.", True),
    # a span of time is no occasion
    ("Главным итогом недели стало подписание соглашения.", False),
    ("Главы подписали соглашение о сотрудничестве.", False),
])
def test_outcome_of_occasion(models: Any, sentence: str, expected: bool) -> None:
    assert outcome_of_occasion(models.analyse(sentence).sentences[0]) is expected
