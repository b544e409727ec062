"""Agreement status as grammar: one decision per mention from its clause, then
the mention's discourse (a reminder), then the document (a month-dated signing beside the
report's own dated news), merged with the strongest status winning. Every probe is written
here, in words of its own."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from probes import agreements_of, statuses_of

from soccoop.extract.nlp import Sentence
from soccoop.extract.status import _days_before, _month_index, earlier_than_news

PUB = "2025-06-10"  # a Tuesday
PENZA = "Министерство труда и социальной защиты Пензенской области"
SARATOV = "Министерство социального развития Саратовской области"
TAMBOV = "Министерством социальной защиты Тамбовской области"
BOTH = "между Пензенской областью и Саратовской областью"
NEWS = f"{PENZA} и {SARATOV} в понедельник подписали соглашение о сотрудничестве. "


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # signed: a finite past signing verb, a short participle, a signing event
        (f"{PENZA} и {SARATOV} заключили соглашение о взаимодействии.", ["signed"]),
        (f"Соглашение о взаимодействии {BOTH} подписано.", ["signed"]),
        (f"В Пензе прошло подписание соглашения {BOTH}.", ["signed"]),
        # planned: future tense, a plan, an intention, a draft, a stage of drafting
        (f"{PENZA} и {SARATOV} подпишут соглашение осенью.", ["planned"]),
        (f"Соглашение {BOTH} будет подписано до конца года.", ["planned"]),
        (f"{PENZA} и {SARATOV} намерены заключить соглашение о взаимодействии.", ["planned"]),
        (f"Подготовлен проект соглашения {BOTH}.", ["planned"]),
        (f"Соглашение о взаимодействии {BOTH} находится на этапе подготовки.", ["planned"]),
        (f"Соглашение {BOTH} пока остаётся на стадии доработки.", ["planned"]),
        # signing_to_come_on_noun: the noun's own relative clause tells a signing to come
        (f"Соглашение {BOTH}, которое будет подписано в августе, касается летнего отдыха "
         "детей.", ["planned"]),
        (f"Соглашение {BOTH}, которое стороны планируют заключить, коснётся ухода за "
         "пожилыми.", ["planned"]),
        # ... a past one leaves the main clause to decide
        (f"Соглашение {BOTH}, которое подписали в понедельник, касается летнего отдыха "
         "детей.", ["signed"]),
        # sent_for_signing: sent "на подпись" (not "на подписании", the ceremony itself)
        (f"Соглашение {BOTH} передано на подпись губернаторам.", ["planned"]),
        # awaited_signing: a signing hoped for
        (f"Министры выразили надежду на скорое подписание соглашения {BOTH}.", ["planned"]),
        # drafted_text: a text worked out
        (f"Главы регионов поручили проработать соглашение {BOTH}.", ["planned"]),
        # a postponement in the present
        (f"Подписание соглашения {BOTH} откладывается.", ["planned"]),
        # mentioned: a frame, an agreement in force, one signed in an earlier year
        (f"В рамках соглашения {BOTH} пенсионеры ездят в санатории.", ["mentioned"]),
        (f"Действующее соглашение {BOTH} продлится до 2027 года.", ["mentioned"]),
        (f"В 2021 году {PENZA} и {SARATOV} заключили соглашение.", ["mentioned"]),
        # joined_agreement: the agreement others plan to join exists (the plan is the joining)
        (f"Тамбовская область намерена присоединиться к соглашению {BOTH}.", ["mentioned"]),
        (f"На встрече обсудили возможность присоединения Тамбовской области к соглашению "
         f"{BOTH}.", ["mentioned"]),
    ],
)
def test_status_of_one_clause(models, text, expected):
    assert statuses_of(models, text, PUB) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reminded_signing: a reminder verb governs the signing clause ...
        (f"Министр Пётр Орлов напомнил, что в марте {PENZA[0].lower() + PENZA[1:]} уже "
         f"заключило соглашение с {TAMBOV}.", ["mentioned"]),
        # ... or an aside "Напомним," / "как сообщалось" carries it
        (f"Напомним, соглашение {BOTH} подписали в феврале.", ["mentioned"]),
        (f"Как сообщалось, в апреле {PENZA[0].lower() + PENZA[1:]} и "
         f"{SARATOV[0].lower() + SARATOV[1:]} заключили соглашение.", ["mentioned"]),
        # ... or the reminder is about the agreement itself, or its "что" clause was hung
        # elsewhere by the parser
        (f"Министр Пётр Орлов напомнил о соглашении {BOTH}, подписанном в феврале.",
         ["mentioned"]),
        (f"Напомнив, что в феврале {PENZA[0].lower() + PENZA[1:]} и "
         f"{SARATOV[0].lower() + SARATOV[1:]} подписали соглашение, министр рассказал о "
         "первых поездках.", ["mentioned"]),
        # a reminder of a signing of this week still reports it
        (f"Напомним, 6 июня {PENZA[0].lower() + PENZA[1:]} и "
         f"{SARATOV[0].lower() + SARATOV[1:]} подписали соглашение.", ["signed"]),
        # no reminder: the signing is the news
        (f"Министр Пётр Орлов рассказал, что в понедельник {PENZA[0].lower() + PENZA[1:]} "
         f"заключило соглашение с {TAMBOV}.", ["signed"]),
        # a reminder of a plan leaves the plan alone
        (f"Напомним, соглашение {BOTH} планируется подписать осенью.", ["planned"]),
    ],
)
def test_a_reminder_is_background(models, text, expected):
    assert statuses_of(models, text, PUB) == expected


@pytest.mark.slow
def test_a_reminder_keeps_the_signers_its_clause_names_not_the_speaker(models):
    text = ("Министр труда Пензенской области Пётр Орлов напомнил, что соглашение между "
            "Пензенской областью и Саратовской областью в марте подписали губернаторы "
            "Иван Белов и Олег Гуров.")
    [agreement] = agreements_of(models, text, PUB)
    assert agreement.status == "mentioned"
    assert sorted(agreement.signatories) == ["Иван Белов", "Олег Гуров"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # earlier_than_news: a month-dated signing before the news's month is background
        (f"В январе пензенское министерство уже заключило соглашение с {TAMBOV}.",
         ["signed", "mentioned"]),
        # the same month as the news: two signings reported
        (f"В июне пензенское министерство заключило соглашение с {TAMBOV}.",
         ["signed", "signed"]),
        # a plan beside the news stays a plan
        (f"В июле пензенское министерство подпишет соглашение с {TAMBOV}.",
         ["signed", "planned"]),
    ],
)
def test_an_earlier_signing_beside_the_news(models, second, expected):
    assert statuses_of(models, NEWS + second, PUB) == expected


@pytest.mark.slow
def test_without_dated_news_a_month_dated_signing_stays_signed(models):
    """No signing dated to the day: nothing to set the month against."""
    text = (f"{PENZA} и {SARATOV} подписали соглашение о сотрудничестве. "
            f"В январе пензенское министерство заключило соглашение с {TAMBOV}.")
    assert statuses_of(models, text, PUB) == ["signed", "signed"]


@pytest.mark.parametrize(
    ("date", "published", "expected"),
    [
        ("2025-06-09", PUB, 1),
        ("--06-03", PUB, 7),
        ("--12-30", PUB, 162),  # last December
        ("2025-06", PUB, None),  # no day
        ("2025-06-09", "", None),  # no publication day
    ],
)
def test_days_before_publication(date, published, expected):
    assert _days_before(date, published) == expected


@pytest.mark.parametrize(
    ("date", "published", "expected"),
    [
        ("2025-01", PUB, 2025 * 12 + 1),
        ("--01", PUB, 2025 * 12 + 1),
        ("--11", PUB, 2024 * 12 + 11),  # a month after the publication's: last year
        ("--11", None, None),
        ("2025", PUB, None),
    ],
)
def test_month_index(date, published, expected):
    assert _month_index(date, published) == expected


@dataclass
class _Cand:
    sentence: Sentence
    status: str
    date: str | None


def _sentence(text: str) -> Sentence:
    return Sentence(start=0, stop=len(text), text=text, tokens=[])


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        (["2025-06-09", "2025-01"], ["signed", "mentioned"]),
        (["2025-06-09", "2025-06"], ["signed", "signed"]),  # same month
        (["2025-06", "2025-01"], ["signed", "signed"]),  # no news dated to the day
        (["2025-06-09", "2024-11-02"], ["signed", "signed"]),  # a day is news of its own
        (["2025-03-02", "2025-05"], ["signed", "signed"]),  # after the news
    ],
)
def test_earlier_than_news_on_candidates(dates, expected):
    cands = [_Cand(_sentence(f"s{i}"), "signed", d) for i, d in enumerate(dates)]
    earlier_than_news(cands, PUB, [], "")
    assert [c.status for c in cands] == expected


def test_earlier_than_news_leaves_plans_and_undated_alone():
    cands = [_Cand(_sentence("a"), "signed", "2025-06-09"),
             _Cand(_sentence("b"), "planned", "2025-01"),
             _Cand(_sentence("c"), "signed", None)]
    earlier_than_news(cands, PUB, [], "")
    assert [c.status for c in cands] == ["signed", "planned", "signed"]


REPORT = (
    "Пенза и Саратов договорились о сотрудничестве\n"
    "Опубликовано: 10.06.2025\n"
    f"{NEWS}"
    f"Министр Пётр Орлов напомнил, что в марте пензенское министерство заключило "
    f"соглашение с {TAMBOV}. Кроме того, {PENZA[0].lower() + PENZA[1:]} и Министерство "
    "социального развития Ульяновской области готовят соглашение о сотрудничестве, оно "
    "находится в стадии согласования.\n")


@pytest.mark.slow
def test_statuses_through_the_cli(listed_rows):
    rows = listed_rows({"penza.txt": REPORT}, "--kind", "agreements", "--format", "jsonl",
                       "--limit", "0")
    got = sorted((r["status"], r["date"], sorted(p["name"] for p in r["parties"]))
                 for r in rows)
    assert got == [
        ("mentioned", "2025-03", ["Министерство социальной защиты Тамбовской области",
                                  "Министерство труда и социальной защиты Пензенской области"]),
        ("planned", None, ["Министерство социального развития Ульяновской области",
                           "Министерство труда и социальной защиты Пензенской области"]),
        ("signed", "2025-06-09", [SARATOV, PENZA]),
    ]
