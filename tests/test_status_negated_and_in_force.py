"""Agreement status: negated and refuted signings,
drafts under approval, agreements in force, month-dated background signings, headlines
that follow the body. Every probe is written here, in words of its own."""

from __future__ import annotations

import pytest
from probes import statuses_of

from soccoop.extract.status import _long_before

PUB = "2025-06-10"
OMSK = "Министерство социального развития Омской области"
ALTAI = "Министерство труда Алтайского края"
BETWEEN = "между Омской областью и Алтайским краем"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # negated_signing_verb: a signing or extension denied by "не"
        ("Омская область не продлила соглашение с Алтайским краем.", ["mentioned"]),
        (f"{OMSK} и {ALTAI} так и не заключили договор о сотрудничестве.", ["mentioned"]),
        (f"Соглашение {BETWEEN} ещё не подписано.", ["planned"]),
        # ... an extension that happened is a signing
        (f"{OMSK} и {ALTAI} продлили соглашение о сотрудничестве ещё на пять лет.", ["signed"]),
        ("Опровергая слухи, министр заявил, что никакого соглашения между Омской областью и "
         "Алтайским краем не подписывалось.", ["mentioned"]),
        # refuted_report: a report of the signing that is denied
        (f"Информация о подписании соглашения {BETWEEN} не соответствует действительности.",
         ["mentioned"]),
        (f"В министерстве опровергли сообщения о подписании соглашения {BETWEEN}.",
         ["mentioned"]),
        (f"Слухи о заключении соглашения {BETWEEN} оказались ложными.", ["mentioned"]),
        (f"Сообщения о подписании соглашения {BETWEEN} не подтвердились.", ["mentioned"]),
        # draft_under_approval: a text agreed on, reworked or reviewed
        (f"Соглашение {BETWEEN} сейчас согласовывается юристами.", ["planned"]),
        (f"Соглашение {BETWEEN} находится на согласовании.", ["planned"]),
        (f"Текст соглашения {BETWEEN} дорабатывается.", ["planned"]),
        # in_force: an agreement already in force is referred to, even when extended
        (f"{OMSK} сохраняет действующее соглашение с Министерством труда Алтайского края — "
         "оно продлено до 2030 года.", ["mentioned"]),
        # ended_agreement: an agreement ended or to be ended was in force
        ("Омская область намерена расторгнуть соглашение с Алтайским краем.", ["mentioned"]),
        (f"Действие соглашения {BETWEEN} приостановлено.", ["mentioned"]),
        # failed_signing and expected_signing
        (f"Подписание соглашения {BETWEEN} сорвалось.", ["mentioned"]),
        (f"Подписание соглашения {BETWEEN} ожидается в сентябре.", ["planned"]),
        # working on a text is drafting it
        ("Омская область и Алтайский край работают над соглашением о сотрудничестве.",
         ["planned"]),
        # signed_copies: a signing told by the copies exchanged
        ("Министры Омской области и Алтайского края обменялись подписанными экземплярами "
         "соглашения о сотрудничестве.", ["signed"]),
        # "N дней назад" is this week's signing, "N лет назад" an earlier one
        ("«Мы подписали соглашение с Алтайским краем три дня назад», — рассказал министр "
         "социального развития Омской области Иван Петров.", ["signed"]),
        ("«Мы подписали соглашение с Алтайским краем пять лет назад», — рассказал министр "
         "социального развития Омской области Иван Петров.", ["mentioned"]),
        # announcements and plans stay planned
        (f"В следующий четверг {OMSK} и {ALTAI} заключат соглашение.", ["planned"]),
        (f"Подписание соглашения {BETWEEN} запланировано на осень.", ["planned"]),
        (f"Соглашение {BETWEEN} планируется подписать до конца года.", ["planned"]),
        # a signing in a quote, first person, in the past: signed
        ("«Сегодня мы подписали соглашение с Министерством труда Алтайского края», — сообщила"
         " министр социального развития Омской области Анна Петрова.", ["signed"]),
    ],
)
def test_status_of_a_clause(models, text, expected):
    assert statuses_of(models, text, PUB) == expected


LEAD = "Пенсионеры Сибири всё чаще отдыхают в соседних регионах. "
SIGNING = ("В {month} министерство социального развития Омской области и министерство труда "
           "Алтайского края подписали соглашение о сотрудничестве.")


@pytest.mark.parametrize(
    ("headline", "month", "published", "expected"),
    [
        # half a year and more before publication, a headline about something else: background
        ("Как живут пенсионеры в Сибири", "ноябре", PUB, "mentioned"),
        ("Как живут пенсионеры в Сибири", "декабре 2024 года", PUB, "mentioned"),
        ("Как живут пенсионеры в Сибири", "октябре 2024 года", None, "mentioned"),
        # a recent month, or no month at all when the publication is unknown: the news
        ("Как живут пенсионеры в Сибири", "мае", PUB, "signed"),
        ("Как живут пенсионеры в Сибири", "марте", PUB, "signed"),
        ("Как живут пенсионеры в Сибири", "январе", None, "signed"),
        # a headline that names the agreement or both sides: the report's news
        ("Омская область и Алтайский край подписали соглашение", "ноябре", PUB, "signed"),
        ("Омские соцработники будут учиться у коллег из Алтайского края", "ноябре", PUB,
         "signed"),
    ],
)
def test_a_month_dated_signing_is_background_unless_the_headline_tells_it(
        models, headline, month, published, expected):
    text = headline + "\n" + LEAD + SIGNING.format(month=month)
    assert statuses_of(models, text, published) == [expected]


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("Омская область и Алтайский край подписывают соглашение о сотрудничестве",
         f"{OMSK} и {ALTAI} подпишут соглашение о сотрудничестве 20 июня.", ["planned"]),
        (f"Подписание соглашения {BETWEEN}",
         f"{OMSK} и {ALTAI} подпишут соглашение о сотрудничестве в июле.", ["planned"]),
        ("Омская область и Алтайский край подписывают соглашение о сотрудничестве",
         f"Вчера {OMSK.lower()} и {ALTAI.lower()} подписали соглашение о сотрудничестве.",
         ["signed"]),
    ],
)
def test_a_headline_without_tense_follows_the_body(models, headline, body, expected):
    assert statuses_of(models, headline + "\n" + body, PUB) == expected


@pytest.mark.parametrize(
    ("date", "published", "expected"),
    [
        ("2025-03", "2025-10-30", True),   # seven months
        ("2025-05", "2025-10-30", False),  # five months
        ("2024-12", "2025-06-10", True),   # six months across a year
        ("--11", "2025-06-10", True),      # last November
        ("--01", "2025-06-10", False),     # this January: five months
        ("--01", "2025-07-10", True),      # six months
        ("2024-10", None, True),           # a stated year, publication unknown
        ("--10", None, False),             # no year, no publication: no telling
        ("2025-03-14", "2025-10-30", False),  # a day: dated like news
        ("2025", "2025-10-30", False),     # a year alone is another rule's
    ],
)
def test_long_before_publication(date, published, expected):
    assert _long_before(date, published) is expected


OMSK_ALTAI = (
    "Омская область и Алтайский край подписывают соглашение о сотрудничестве\n"
    "Опубликовано: 10.06.2025\n"
    "Министерство социального развития Омской области и Министерство труда Алтайского "
    "края подпишут соглашение о сотрудничестве в следующую пятницу. Информация о подписании "
    "соглашения между Омской областью и Новосибирской областью, появившаяся в соцсетях, "
    "не соответствует действительности.\n")
TOMSK_REVIEW = (
    "Обзор: как сибирские регионы помогают пожилым\n"
    "Опубликовано: 20.11.2025\n"
    "Пожилые жители Сибири всё чаще получают помощь на дому.\n"
    "В апреле министерство социальной защиты Томской области и министерство труда "
    "Кемеровской области подписали соглашение о сотрудничестве. Теперь соцработники двух "
    "регионов обмениваются опытом.\n"
    "Томская область не продлила соглашение с Красноярским краем, срок которого истёк "
    "летом.\n")


def test_statuses_through_ingest_and_list(listed_rows):
    files = {"omsk_altai.txt": OMSK_ALTAI, "tomsk_review.txt": TOMSK_REVIEW}
    rows = listed_rows(files, "--kind", "agreements", "--format", "jsonl", "--limit", "0")
    got = sorted((r["status"], sorted(p["name"] for p in r["parties"])) for r in rows)
    assert got == [
        ("mentioned", ["Красноярский край", "Томская область"]),
        ("mentioned", ["Министерство социальной защиты Томской области",
                       "Министерство труда Кемеровской области"]),
        ("mentioned", ["Новосибирская область", "Омская область"]),
        ("planned", ["Министерство социального развития Омской области",
                     "Министерство труда Алтайского края"]),
    ]
    # the same store listed again (the files ingested again change nothing)
    planned = listed_rows(files, "--kind", "agreements", "--status", "planned", "--format",
                          "jsonl", "--limit", "0")
    assert [r["date"] for r in planned] == ["2025-06-20"]
