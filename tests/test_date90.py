"""date90: agreement dates. A date after a participle belongs to that participle's clause
(the base agreement "действующему с 2018 года", not the addendum signed "вчера"); a year
right after an agreement noun names it ("по договору 2018 года"); a noun named by an older
year is no paper just signed; a headline line opened by its day and a full stop dates its
signing; the last weeks of the year before a January page are the news's own time, not
history; "в начале месяца" is of the page's month; a plan dated by a step already taken
takes the time its story schedules. Every probe is written here, in words of its own, with
the near misses each rule must not fire on."""

from __future__ import annotations

import probes
import pytest
from probes import first_sentence, noun_at, status_dates

from soccoop.extract.candidate_dates import participle_of_date, year_named_after
from soccoop.extract.candidate_status import turn_of_year
from soccoop.extract.dates import find_dates
from soccoop.models import DateRef

TAMBOV = ("Управление социальной защиты Тамбовской области и Тамбовский технический "
          "университет вчера подписали дополнительное соглашение к их договору о "
          "сотрудничестве, действующему с 2018 года. Документ вводит целевое обучение.\n\n"
          "Подписи под документом поставили глава управления Ольга Сомова и ректор "
          "университета Игорь Белов.\n\n{recap} предусматривал стажировки студентов в домах "
          "престарелых, участие преподавателей университета в обучении специалистов и "
          "совместные исследования.\n")
OMSK = ("Новости\n\n{when} министерство социальной политики Омской области подписало "
        "соглашение с Омским отделением Социального фонда. Документ касается обмена "
        "данными.\n")
KIROV = ("В Кирове центр занятости населения и Кировский технологический колледж подписали "
         "соглашение о практике студентов. Документ рассчитан на три года.\n")
INITIALLED = ("Новости\n\nПроект соглашения между министерством труда Омской области и "
              "Омским отделением Социального фонда парафирован вчера в Омске. Стороны "
              "согласовали окончательный текст.\n\n{next}\n")

# (id, published, text, (status, date the text gives) of every record, in order)
CASES = [
    # the addendum signed yesterday; the base in force since 2018, told by its participle
    ("addendum-and-base", "2025-03-12", TAMBOV.format(recap="Договор 2018 года"),
     [("signed", "2025-03-11"), ("mentioned", "2018")]),
    ("addendum-recap-undated", "2025-03-12", TAMBOV.format(recap="Договор"),
     [("signed", "2025-03-11"), ("mentioned", "2018")]),
    # negative: a year told by the signing clause itself dates the signing
    ("year-of-signing", "2025-03-12",
     "В 2018 году управление социальной защиты Тамбовской области и Тамбовский "
     "технический университет подписали договор о сотрудничестве. Документ "
     "вводит практику студентов.\n", [("mentioned", "2018")]),
    # a headline line opened by its day and a full stop
    ("dateline-headline", None,
     "Новости\n\n3 марта. Центр занятости и колледж подписали соглашение о практике\n\n"
     + KIROV, [("signed", "--03-03")]),
    # negatives: the day alone on its line; a line going on past a sentence of its own
    ("day-alone", None, "Новости\n\n3 марта.\n\n" + KIROV, [("signed", None)]),
    ("dateline-two-sentences", None,
     "Новости\n\n3 марта. Центр занятости и колледж подписали соглашение о практике. "
     "Документ рассчитан на три года.\n", [("signed", None)]),
    # the last weeks of the year before a January page: the news's own signing
    ("december-day-january-page", "2025-01-20",
     OMSK.format(when="20 декабря прошлого года"), [("signed", "2024-12-20")]),
    ("year-end-january-page", "2025-01-20", OMSK.format(when="В конце года"),
     [("signed", "2024")]),
    # negatives: a February page; a year alone
    ("december-day-february-page", "2025-02-25",
     OMSK.format(when="20 декабря прошлого года"), [("mentioned", "2024-12-20")]),
    ("year-alone-january-page", "2025-01-20", OMSK.format(when="В 2024 году"),
     [("mentioned", "2024")]),
    # a part of the month with no month named: the page's month, or the one before it
    ("month-start", "2025-04-17",
     "Новости\n\nКировский центр занятости и Кировский технологический колледж заключили "
     "договор о практике в начале месяца.\n", [("signed", "2025-04")]),
    ("month-end-told-early", "2025-04-03",
     "Новости\n\nКировский центр занятости и Кировский технологический колледж заключили "
     "договор о практике в конце месяца.\n", [("signed", "2025-03")]),
    # a plan dated by its initialling yesterday takes the month its story schedules
    ("initialled-then-scheduled", "2025-04-03",
     INITIALLED.format(next="Торжественное подписание запланировано на май."),
     [("planned", "2025-05")]),
    # negatives: no later plan keeps the day; a plan that was ("было запланировано")
    ("initialled-no-plan", "2025-04-03",
     INITIALLED.format(next="Юристы ещё раз вычитают документ."),
     [("planned", "2025-04-02")]),
    ("initialled-plan-that-was", "2025-04-03",
     INITIALLED.format(next="Торжественное подписание было запланировано на май."),
     [("planned", "2025-04-02")]),
]


@pytest.mark.parametrize(("case", "published", "text", "expected"), CASES,
                         ids=[c[0] for c in CASES])
def test_dates(models, case: str, published: str | None, text: str, expected: list) -> None:
    assert status_dates(models, text, published) == expected


# (id, sentence, the lemma of the noun, the year after it is its own name)
NAMED = [
    ("genitive-year", "Отдел работал с фондом по договору 2018 года.", "договор", True),
    ("after-participle", "Отдел работал с фондом по договору, подписанному в 2016 году, "
     "и с центром по договору 2018 года.", "договор", False),  # the first noun: not its
    # negatives: a day, not a year; a year after another word
    ("day-after-noun", "Отдел подписал договор 3 марта 2018 года.", "договор", False),
    ("year-after-verb", "Договор подписан в 2018 году.", "договор", False),
]


@pytest.mark.parametrize(("case", "text", "lemma", "expected"), NAMED,
                         ids=[c[0] for c in NAMED])
def test_year_named_after(models, case: str, text: str, lemma: str, expected: bool) -> None:
    sent = first_sentence(models, text)
    k = noun_at(sent, lemma)
    dates = [d for d in find_dates(text, "2025-03-12") if d.value]
    assert any(year_named_after(sent, k, d) for d in dates) == expected


# (id, sentence, the lemma of the participle the date follows, or None)
PARTICIPLES = [
    ("in-force-since", "Стороны подписали дополнение к договору, действующему с 2018 года.",
     "действовать"),
    # negatives: the date after the verb; after a noun
    ("after-verb", "Стороны подписали договор в 2018 году.", None),
    ("after-noun", "Стороны подписали договор о практике с 1 марта.", None),
]


@pytest.mark.parametrize(("case", "text", "lemma"), PARTICIPLES,
                         ids=[c[0] for c in PARTICIPLES])
def test_participle_of_date(models, case: str, text: str, lemma: str | None) -> None:
    sent = first_sentence(models, text)
    d = next(d for d in find_dates(text, "2025-03-12") if d.value)
    p = participle_of_date(sent, d)
    assert (sent.tokens[p].lemma if p >= 0 else None) == lemma


# (id, date, its words, published, the turn of the year)
TURNS = [
    ("december-day", "2024-12-19", "19 декабря прошлого года", "2025-01-28", True),
    ("december-month", "2024-12", "в декабре прошлого года", "2025-01-28", True),
    ("year-end-part", "2024", "в конце года", "2025-01-10", True),
    # negatives: a page of February; November; a year named alone; two years back
    ("february-page", "2024-12-19", "19 декабря прошлого года", "2025-02-02", False),
    ("november", "2024-11-30", "30 ноября прошлого года", "2025-01-10", False),
    ("year-alone", "2024", "в 2024 году", "2025-01-10", False),
    ("first-half", "2024", "в первом полугодии", "2025-01-10", False),
    ("two-years-back", "2023-12-19", "19 декабря 2023 года", "2025-01-10", False),
]


@pytest.mark.parametrize(("case", "value", "words", "published", "expected"), TURNS,
                         ids=[c[0] for c in TURNS])
def test_turn_of_year(case: str, value: str, words: str, published: str,
                      expected: bool) -> None:
    d = DateRef(value=value, text=words, start=0, end=len(words), relative=True,
                anchored=True)
    assert turn_of_year(d, published) == expected


DATE90_FUNCTIONS = [("candidate_dates", "participle_of_date"),
                    ("candidate_dates", "year_named_after"),
                    ("candidate_dates", "older_year_of_phrase"),
                    ("candidate_status", "turn_of_year"),
                    ("agreement_dates", "dateline_headline_day"),
                    ("agreement_dates", "plan_not_dated_by_past_day"),
                    ("dates", "_bare_month_parts"),
                    ("signing_dates", "_plan_in_force")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, DATE90_FUNCTIONS)
