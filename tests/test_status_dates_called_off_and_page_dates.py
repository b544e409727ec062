"""Status, agreement dates and publication dates on the shapes of rounds 30–35 (stat34).

Probes written for this file, in several wordings, word orders and cases per cause, with
negatives where a rule must not fire: where pages print their date (a plural "Новости от",
a site name with "сегодня" in an earlier field of the header row, a dateline under a site
title, a timed stamp under the body, a lead "Сегодня, 28 января, ..." under its headline);
dates ("Накануне" before a subject, "в тот же день" past a year, a day a signing is put off
to, a scheduling participle, signatures told in the next sentence); statuses (a
signing called off stays planned, an agreement agreed on is planned, a day-dated signing of
the report's year is signed). One test runs the CLI end to end."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from probes import status_dates

from soccoop.extract.agreement_dates import DATE_PASSES, nearest_year
from soccoop.extract.dates import find_dates
from soccoop.extract.published import find_published

BODY = ("Министерства социальной защиты двух регионов подписали соглашение о сотрудничестве в "
        "сфере социального обслуживания граждан пожилого возраста и людей с инвалидностью.")
MORE = ("Стороны будут обмениваться опытом, проводить совместные семинары и стажировки для "
        "специалистов комплексных центров социального обслуживания населения.")

# (id, page text, publication date or None)
PAGES: list[tuple[str, str, str | None]] = [
    # --- a plural heading of the news page as the label ----------------------------------
    ("news-from-plural-footer", f"Общество глухих\nПроекты | Новости\n{BODY}\n{MORE}\n"
     "Новости от 05.06.2025", "2025-06-05"),
    ("news-from-plural-header", f"Новости от 14 мая 2025 года\n{BODY}\n{MORE}", "2025-05-14"),
    ("neg-news-from-without-date", f"Все новости от министерства\n{BODY}\n{MORE}", None),
    # --- a site name holding "сегодня" in another field of the header row ---------------
    ("today-in-site-name", f"Калмыкия сегодня | Новости | 19.12.2025 | 👁 148\n\n{BODY}\n\n"
     f"{MORE}", "2025-12-19"),
    ("today-in-site-name-month", f"Курск сегодня | Общество | 3 марта 2025\n\n{BODY}\n\n"
     f"{MORE}", "2025-03-03"),
    ("neg-today-header-of-crawl-day", f"Сегодня, 19 декабря 2025\n\n{BODY}\n\n{MORE}", None),
    # --- a dateline under a site title that passes for prose ----------------------------
    ("dateline-under-title", "Социальный фонд России. Региональные новости: Удмуртская "
     f"Республика\nИжевск, 22 мая 2025 г.\n{BODY}\n{MORE}", "2025-05-22"),
    ("dateline-under-title-year-word", "Пенсионный фонд. Новости отделения: Пермский край и "
     f"Удмуртия\nПермь, 3 июня 2025 года\n{BODY} {MORE}", "2025-06-03"),
    ("neg-caption-under-paragraph", f"{BODY}\nИрина Петрова, 12 февраля 2025 года\n{MORE}",
     None),
    ("neg-caption-under-lead-below-headline", f"Новости региона\n{BODY}\nИрина Петрова, 12 "
     f"февраля 2025 года\n{MORE}", None),
    ("neg-date-under-notice-line", f"{BODY}\nАфиша: 1 февраля 2026 года — ярмарка вакансий\n"
     f"Экономика | 3 февраля 2026\n{MORE}", None),
    # --- a timed stamp under the last paragraph -----------------------------------------
    ("footer-time-first", f"БизнесВолог\nКомпании | Финансы\n\n{BODY}\n\n{MORE}\n\n"
     "09:20, 4 июня 2025\nТеги: металлургия, инвестиции", "2025-06-04"),
    ("footer-after-author", f"АСТВ.ру\nНовости  Видео\n\n{BODY}\n\n{MORE}\n\nМатериал: "
     "Станислав Дубровин\n11:05, 30 января", "--01-30"),
    ("footer-time-after", f"Новости края\n\n{BODY}\n\n{MORE}\n\n4 июня 2025, 09:20",
     "2025-06-04"),
    ("neg-footer-list-of-news", f"{BODY}\n{MORE}\nЧитайте также\n13 декабря 10:00\n"
     "В городе открыли каток12 декабря 20:00", None),
    ("neg-footer-two-stamps", f"{BODY}\n{MORE}\n10:00, 3 июня 2025\n12:30, 4 июня 2025", None),
    # --- a page lead that dates itself "today" ------------------------------------------
    ("today-lead-no-year", "Губернатор и фонд договорились о кадровом проекте\nСегодня, 28 "
     f"января, глава региона и руководитель филиала фонда подписали соглашение. {MORE}",
     "--01-28"),
    ("today-lead-with-year", "Министры подписали соглашение\nСегодня, 3 марта 2025 года, в "
     f"Курске министры двух регионов подписали соглашение о сотрудничестве. {MORE}",
     "2025-03-03"),
    ("neg-today-lead-fragment", "Сегодня, 11 мая 2025 года, на сайте правительства "
     f"опубликовано соглашение. {BODY}", None),
    ("neg-today-in-later-paragraph", f"Министры подписали соглашение\n{BODY}\nСегодня, 28 "
     f"января, стороны обсудили планы. {MORE}", None),
]


@pytest.mark.parametrize(("text", "value"), [pytest.param(t, v, id=i) for i, t, v in PAGES])
def test_publication_date_of_a_page(text: str, value: str | None) -> None:
    got, ref = find_published(text)
    assert got == value
    if value is not None:
        assert ref is not None and text[ref.start:ref.end] == ref.text


# (id, text, publication day, [(stated text, value)] of the relative dates found)
DATES: list[tuple[str, str, str, list[tuple[str, str | None]]]] = [
    ("eve-adverb-before-subject", "Накануне Центр занятости и министерство заключили "
     "соглашение.", "2025-06-20", [("Накануне", "2025-06-19")]),
    ("eve-adverb-before-neuter-subject", "Накануне Правительство области утвердило план.",
     "2025-06-20", [("Накануне", "2025-06-19")]),
    ("eve-adverb-before-short-name", "Накануне Минтруд подписал соглашение.", "2025-06-20",
     [("Накануне", "2025-06-19")]),
    ("neg-eve-of-holiday", "Накануне Дня Победы министры подписали соглашение.",
     "2025-06-20", []),
    ("neg-eve-of-new-year", "Накануне Нового года подписали соглашение.", "2025-06-20", []),
]


@pytest.mark.parametrize(("text", "published", "expected"),
                         [pytest.param(t, p, e, id=i) for i, t, p, e in DATES])
def test_relative_dates(text: str, published: str,
                        expected: list[tuple[str, str | None]]) -> None:
    got = [(d.text, d.value) for d in find_dates(text, published) if d.relative]
    assert got == expected


@pytest.mark.parametrize(("between", "value"), [
    ("Первоначально документ был заключён в 2020 году на пять лет.", "2025-05-16"),
    ("Он продлён до 2030 года, а в октябре 2024 года стороны обсуждали продление.",
     "2025-05-16"),
    ("", "2025-05-16"),
])
def test_same_day_refers_past_years_and_months(between: str, value: str) -> None:
    """"В тот же день" takes the last day told before it, not a year or a month between."""
    text = ("В минувшую пятницу министры подписали соглашение. " + between +
            " В тот же день было подписано соглашение между центрами.")
    same = [d for d in find_dates(text, "2025-05-21") if d.text == "В тот же день"]
    assert [d.value for d in same] == [value]


def test_same_day_with_no_day_before_refers_to_nothing() -> None:
    text = "В 2020 году министры подписали соглашение. В тот же день подписан договор."
    same = [d for d in find_dates(text, "2025-05-21") if d.text == "В тот же день"]
    assert [d.value for d in same] == [None]


@pytest.mark.parametrize(("value", "pub", "expected"), [
    ("--03-20", dt.date(2025, 3, 19), "2025-03-20"),
    ("--11-15", dt.date(2024, 11, 7), "2024-11-15"),
    ("--01-10", dt.date(2024, 12, 20), "2025-01-10"),
    ("--12-28", dt.date(2025, 1, 5), "2024-12-28"),
    ("--04", dt.date(2025, 3, 1), "2025-04"),
    ("--02-29", dt.date(2025, 3, 1), "2024-02-29"),
    ("2023-05-01", dt.date(2025, 3, 1), "2023-05-01"),
])
def test_nearest_year(value: str, pub: dt.date, expected: str) -> None:
    assert nearest_year(value, pub) == expected


def test_stat34_date_passes_run_in_order() -> None:
    """The signatures' day is read as stated, before anchoring; the schedules after it; the
    day-dated signing is decided last, on the final dates."""
    names = [p.name for p in DATE_PASSES]
    for name in ("signatures_told_next", "scheduled_by_participle", "rescheduled_ahead",
                 "signed_on_a_day"):
        assert names.count(name) == 1
    assert names.index("signatures_told_next") < names.index("anchored_values") < \
        names.index("scheduled_by_participle")
    assert names.index("planned_days_ahead") < names.index("rescheduled_ahead")
    assert names[-2:] == ["signed_on_a_day", "published_day"]  # the stand-in after all


A = "между министерством социальной защиты Курской области и министерством труда Орловской области"

# (id, publication day, text, [(status, date)] in the records' order)
PROBES: list[tuple[str, str, str, list[tuple[str, str | None]]]] = [
    # --- a signing called off by decision stays to be signed ---------------------------
    ("called-off-participle-date", "2025-03-19",
     f"Подписание соглашения о сотрудничестве {A}, намеченное на 20 марта, отменено. О новой "
     "дате будет сообщено дополнительно.", [("planned", "2025-03-20")]),
    ("called-off-planned-participle", "2025-03-19",
     f"Запланированное на 21 марта подписание соглашения {A} отменено.",
     [("planned", "2025-03-21")]),
    ("called-off-active", "2025-03-19",
     f"Церемонию подписания соглашения {A} отменили из-за непогоды.", [("planned", None)]),
    ("scheduled-not-held", "2025-11-20",
     f"Подписание соглашения о сотрудничестве {A}, которое было намечено на 14 ноября, не "
     "состоялось. Новую дату определят после согласования текста.", [("planned", None)]),
    ("scheduled-not-held-participle", "2025-11-20",
     f"Намеченное на 14 ноября подписание соглашения {A} не состоялось.",
     [("planned", "2025-11-14")]),
    ("neg-not-held-unscheduled", "2025-11-20",
     f"Подписание соглашения о сотрудничестве {A} так и не состоялось.", [("mentioned", None)]),
    ("neg-fell-through", "2025-03-19",
     f"Подписание соглашения {A} сорвалось.", [("mentioned", None)]),
    # --- a day a signing is put off to lies ahead of the decision ----------------------
    ("put-off-to-day", "2024-11-07",
     f"Подписание соглашения {A}, которое планировалось на 8 ноября, перенесено на 15 "
     "ноября.", [("planned", "2024-11-15")]),
    ("put-off-over-new-year", "2024-12-20",
     f"Подписание соглашения {A} перенесли на 10 января.", [("planned", "2025-01-10")]),
    # --- an agreement the sides agreed on is still to make -----------------------------
    ("agreed-on-agreement", "2025-10-03",
     "На форуме министерство социальной защиты Курской области и министерство труда "
     "Орловской области договорились о соглашении по поддержке занятости семей.",
     [("planned", None)]),
    ("agreeing-on-new-agreement", "2025-10-03",
     "Министерство социальной защиты Курской области и министерство труда Орловской "
     "области договариваются о новом соглашении.", [("planned", None)]),
    ("neg-agreed-on-its-implementation", "2025-10-03",
     "Министерство социальной защиты Курской области и министерство труда Орловской "
     "области договорились о реализации соглашения, подписанного в 2019 году.",
     [("mentioned", "2019")]),
    # --- a signing dated to a day of the report's year ---------------------------------
    ("in-force-signed-day", "2025-03-03",
     f"Соглашение о сотрудничестве {A} вступило в силу. Документ подписали 27 января "
     "министры двух регионов.", [("signed", "2025-01-27")]),
    ("neg-in-force-signed-earlier-year", "2025-03-03",
     f"Соглашение о сотрудничестве {A} вступило в силу. Документ подписали 27 января 2023 "
     "года министры двух регионов.", [("mentioned", "2023-01-27")]),
    # --- signatures told in the next sentence date the signing -------------------------
    ("signatures-next-day", "2025-10-03",
     "Форум, прошедший в Самаре 1–2 октября, завершился подписанием документов. Министр "
     "социальной защиты Курской области Ольга Смирнова и министр труда Орловской области "
     "Павел Игнатов заключили соглашение о сотрудничестве в сфере реабилитации. Подписи "
     "под документом они поставили 2 октября.",
     [("signed", "2025-10-02")]),
    ("neg-signatures-not-put", "2025-10-03",
     "Форум, прошедший в Самаре 1–2 октября, завершился подписанием документов. Министр "
     "социальной защиты Курской области Ольга Смирнова и министр труда Орловской области "
     "Павел Игнатов заключили соглашение о сотрудничестве в сфере реабилитации. Подписи "
     "под документом не поставили 2 октября.",
     [("signed", "2025-10-01")]),
]


def test_probes_are_varied() -> None:
    """Ids unique, every status among the answers, negatives present."""
    ids = [p[0] for p in PROBES] + [p[0] for p in PAGES] + [p[0] for p in DATES]
    assert len(set(ids)) == len(ids)
    assert {s for p in PROBES for s, _ in p[3]} == {"signed", "planned", "mentioned"}
    assert sum(i.startswith("neg-") for i in ids) >= 12


@pytest.mark.slow
@pytest.mark.parametrize(("published", "text", "expected"),
                         [pytest.param(p, t, e, id=i) for i, p, t, e in PROBES])
def test_status_and_date_probe(models: Any, published: str, text: str,
                               expected: list[tuple[str, str | None]]) -> None:
    assert status_dates(models, text, published) == expected


@pytest.mark.slow
@pytest.mark.parametrize("day", ["Вчера", "Накануне", "Сегодня"])
def test_a_relative_day_after_it_signs_nothing(models: Any, day: str) -> None:
    """A relative day told after the mention reports the day's news, often another
    signing's: the agreement in force stays referred to, whatever date the record takes."""
    text = (f"Соглашение о сотрудничестве {A} вступило в силу.\n{day} министры подписали "
            "документ о летнем отдыхе детей с Калугой.")
    assert [s for s, _ in status_dates(models, text, "2025-03-03")] == ["mentioned"]


@pytest.mark.slow
def test_cli_called_off_signing_under_footer_stamp(listed_rows: Any) -> None:
    """A user ingests a centre's notice that a signing is called off, its date printed
    under the text: ``soccoop list`` shows the page's date and the agreement still planned,
    dated by the day it was set for."""
    text = ("Центр занятости населения Орловской области\nГражданам | Работодателям\n\n"
            "Подписание соглашения о сотрудничестве между министерством социальной защиты "
            "Курской области и министерством труда Орловской области, намеченное на 20 "
            "марта, отменено. О новой дате подписания будет сообщено дополнительно.\n\n"
            "Справки по телефону горячей линии центра занятости населения в рабочие дни.\n\n"
            "10:15, 19 марта 2025\nТеги: занятость\n")
    rows = listed_rows({"orel.txt": text}, "--format", "jsonl", "--limit", "0")
    assert len(rows) == 1
    assert rows[0]["published"] == "2025-03-19"
    assert [(a["status"], a["date"]) for a in rows[0]["agreements"]] == \
        [("planned", "2025-03-20")]
