"""Dates beside page widgets and of signings told by pronouns, probed in our own words.

Shapes that recur in regional news: a stamp that names its section under a currency
or weather widget row; a label that takes its weekday with "в"; a signer named by a
pronoun, dated by the day of the sentence that introduced them; a signing in a review
sectioned by months, dated by its section's month; a plan to sign "the document" by a
month in the next sentence (the golds' majority). Several wordings each, negatives, and
one run of the CLI.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.agreement_dates import section_months as month_sections  # datesD
from soccoop.extract.dates import find_dates
from soccoop.extract.published import find_published
from soccoop.models import Agreement, Evidence

HEAD = "Два региона будут вместе трудоустраивать людей с инвалидностью"
BODY = ("Министерство труда Вологодской области и комитет по труду Псковской области "
        "подписали соглашение о сотрудничестве в сфере занятости. Документ предусматривает "
        "обмен опытом и совместные ярмарки вакансий.")


def _top(*lines: str) -> str:
    return "\n".join([*lines, HEAD, BODY, "Ранее портал писал о ценах на жильё."])


# --- a stamp naming its section under a widget row
@pytest.mark.parametrize(("top", "expected"), [
    (("Новости | Рынки | Промышленность", "Курсы ЦБ: USD 79,45 ▲  EUR 91,12 ▼",
      "Промышленность · 12 февраля 2026, 14:30"), "2026-02-12"),
    (("Погода: −3 °C", "Общество | 3 марта 2025, 10:00"), "2025-03-03"),
    (("Вологда +18°", "Экономика и труд · 14.05.2025 15:40"), "2025-05-14"),
    (("USD 90,50 EUR 98,10", "Хоккей · ВХЛ · 07.08.2025"), "2025-08-07"),
    # the section last, after the date and its time
    (("Тверь  −2°", "", "Пт, 14/03/2025 - 09:15   Экономика"), "2025-03-14"),
    (("Курс USD 91,20", "14.05.2025, 15:40 | Общество"), "2025-05-14"),
])
def test_sectioned_stamp_under_a_widget(top: tuple[str, ...], expected: str) -> None:
    assert find_published(_top(*top))[0] == expected


@pytest.mark.parametrize(("stamp", "expected"), [
    ("Опубликовано в четверг, 5 июня 2025 года", "2025-06-05"),
    ("Опубликовано в среду, 4 июня 2025, 10:15", "2025-06-04"),
    ("Дата публикации: в пятницу, 6 июня 2025", "2025-06-06"),
    # no label, or an update's: no publication stamp
    ("в четверг, 5 июня 2025", None),
    ("Обновлено в четверг, 5 июня 2025", None),
])
def test_label_with_weekday(stamp: str, expected: str | None) -> None:
    assert find_published("\n".join([HEAD, stamp, BODY]))[0] == expected


@pytest.mark.parametrize("top", [
    # the widget under the stamp: the header's today-date (on the stamp's own line it
    # dates a page with no other date, status56: ``test_widget_row_dates_a_page``)
    ("Общество · 12 февраля 2026", "Курсы ЦБ: USD 79,45 ▲"),
    # no section before the date: a site header's today-date beside the widget
    ("Погода: −3 °C", "29 ноября 2026", "Главная | Новости | Афиша"),
    # a section last but no time: the header's today-date and its menu word
    ("Погода: −3 °C", "29 ноября 2026   Главная"),
    # the section last, but the widget under the stamp
    ("Пт, 14/03/2025 - 09:15   Экономика", "Тверь  −2°"),
])
def test_widget_still_masks_a_header_date(top: tuple[str, ...]) -> None:
    assert find_published(_top(*top))[0] is None


# --- a pronoun signer dated by the day of the sentence that introduced them
PAGE = "Опубликовано: 05.06.2025\n{}\nДокумент предусматривает обмен опытом."


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("В прошлую пятницу в Омск приехала министр социального развития Новосибирской области "
     "Елена Бахарева. Вместе с министром труда Омской области Владимиром Куприяновым она "
     "подписала соглашение о сотрудничестве в сфере социальной защиты.", "2025-05-30"),
    ("Вчера в Тобольск прибыл глава Уватского района Сергей Путмин. Вместе с главой "
     "Тобольского района Андреем Кольчугиным он подписал соглашение о межмуниципальном "
     "сотрудничестве в сфере социальной поддержки.", "2025-06-04"),
    ("2 июня в Курган прибыла делегация Тюменской области во главе с министром Ольгой "
     "Кузнецовой. Вместе с коллегами из Кургана они подписали соглашение о сотрудничестве в "
     "социальной сфере.", "2025-06-02"),
])
def test_pronoun_signer_takes_the_day_before(models: Any, text: str, expected: str) -> None:
    found = probes.status_dates(models, PAGE.format(text))
    assert found and found[0] == ("signed", expected)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # the sentence before names two days: none of them is told to be the signing's
    ("2 июня в Омск приехала министр социального развития Новосибирской области Елена "
     "Бахарева, а 4 июня она вернулась домой. Вместе с министром труда Омской области "
     "Владимиром Куприяновым она подписала соглашение о сотрудничестве в сфере социальной защиты."),
    # the signing's subject is no pronoun: the visit's day is not carried over
    ("В прошлую пятницу в Омск приехала министр социального развития Новосибирской области "
     "Елена Бахарева. Соглашение о сотрудничестве в сфере социальной защиты министерства "
     "подписали позднее."),
])
def test_pronoun_signer_negatives(models: Any, text: str) -> None:
    found = probes.status_dates(models, PAGE.format(text))
    assert found and found[0][1] != "2025-05-30" and found[0][1] not in {"2025-06-02",
                                                                           "2025-06-04"}


# --- a signing in a review sectioned by months
REVIEW = ("Итоги года: социальное партнёрство\n"
          "Март. Соглашение с соседями\n"
          "12 марта в Омске министры подписали соглашение о помощи семьям.\n"
          "Сентябрь. Соглашение на форуме\n"
          "На форуме в Новосибирске подписано соглашение о реабилитации.\n"
          "Ноябрь. Планы\n"
          "Подписание нового документа намечено на первый квартал 2026 года.\n")


def _agreement(text: str, sentence: str, status: str, date: str | None) -> Agreement:
    start = text.index(sentence)
    return Agreement(title="Соглашение", status=status, date=date, parties=[],
                     signatories=[], regions=[],
                     evidence=Evidence(sentence, start, start + len(sentence)))


def _month_dated(text: str, status: str, date: str | None, sentence: str,
                 published: str | None = "2025-12-26") -> str | None:
    a = _agreement(text, sentence, status, date)
    month_sections([a], find_dates(text, published), text, published)
    return a.date


@pytest.mark.parametrize(("sentence", "status", "date", "expected"), [
    # no date of its own, or one from a later section: the section's month
    ("На форуме в Новосибирске подписано", "signed", None, "2025-09"),
    ("На форуме в Новосибирске подписано", "signed", "2026", "2025-09"),
    # its own day, stated in its section, stays
    ("12 марта в Омске", "signed", "2025-03-12", "2025-03-12"),
    # a plan or a background agreement keeps what its own clause says
    ("Подписание нового документа", "planned", "2026", "2026"),
    ("На форуме в Новосибирске подписано", "mentioned", None, None),
])
def test_month_sections(sentence: str, status: str, date: str | None,
                        expected: str | None) -> None:
    assert _month_dated(REVIEW, status, date, sentence) == expected


def test_month_sections_other_wordings() -> None:
    review = REVIEW.replace("Март. ", "Март: ").replace("Сентябрь. ", "Сентябрь — ")
    assert _month_dated(review, "signed", None, "На форуме в Новосибирске") == "2025-09"
    # a review of January: "Декабрь" is the month before, of the year before
    review = "Декабрь. Итоги\nВ Томске подписано соглашение.\nЯнварь. Планы\nДалее.\n"
    assert _month_dated(review, "signed", None, "В Томске подписано",
                        "2026-01-20") == "2025-12"


@pytest.mark.parametrize("text", [
    # one month heading is no review's sections
    "Сентябрь. Соглашение на форуме\nНа форуме подписано соглашение.\n",
    # a month in lower case or inside a sentence heads nothing
    "сентябрь. Соглашение\nНа форуме подписано соглашение.\nВ ноябре. Планы\nДалее.\n",
])
def test_month_sections_negatives(text: str) -> None:
    assert _month_dated(text, "signed", None, "На форуме подписано") is None


def test_month_sections_need_a_publication_day() -> None:
    assert _month_dated(REVIEW, "signed", None, "На форуме в Новосибирске", None) is None


# --- a plan to sign "the document" in the sentence after a planned agreement
PLANNED = ("Опубликовано: 05.06.2025\n"
           "Омская и Новосибирская области готовят соглашение о сотрудничестве в сфере "
           "социальной защиты. {}\nДокумент предусматривает обмен опытом.")


@pytest.mark.slow
@pytest.mark.parametrize(("plan", "expected"), [
    ("Подписать документ стороны намерены в июле.", "2025-07"),
    ("Подписать документ планируется в сентябре в Омске.", "2025-09"),
    ("Подписать документ министерства рассчитывают в октябре.", "2025-10"),
    ("Подписать документ стороны планируют в марте.", "2026-03"),  # March has gone
    # no plan, a negated one, or no signing verb: no date
    ("Подписать документ стороны не намерены в июле.", None),
    ("Обсудить документ стороны намерены в июле.", None),
])
def test_plan_to_sign_the_document(models: Any, plan: str, expected: str | None) -> None:
    found = probes.status_dates(models, PLANNED.format(plan))
    assert found and found[0] == ("planned", expected)


# --- the CLI, as a user runs it
PORTAL = """ДЕЛОВОЙ ПОРТАЛ
Компании | Рынки | Промышленность | Регионы
Курсы ЦБ: USD 79,45 ▲  EUR 91,12 ▼
Общество · 26 декабря 2025, 11:00
Итоги года: соседи стали партнёрами
Министерство социальной защиты Амурской области подвело итоги года и рассказало о \
соглашениях с другими регионами.
Март. Соглашение с Еврейской автономной областью
12 марта в Благовещенске министр социальной защиты населения Амурской области Наталья \
Кирюшкина и начальник департамента социальной защиты населения правительства ЕАО Елена \
Глухова подписали соглашение о подготовке помощников по уходу.
Сентябрь. Соглашение на форуме
На форуме во Владивостоке подписано соглашение между министерством социальной защиты \
населения Амурской области и министерством социальной защиты Хабаровского края о \
сопровождении участников СВО.
Ноябрь. Планы
Подписание соглашения с Якутией о трудовой мобильности намечено на первый квартал 2026 года.
"""


@pytest.mark.slow
def test_cli_dates_a_sectioned_review_under_a_widget(listed_rows: Any) -> None:
    recs = listed_rows({"review.txt": PORTAL}, "--format", "jsonl", "--limit", "0")
    assert len(recs) == 1
    rec = recs[0]
    assert rec["published"] == "2025-12-26"
    by_region = {tuple(sorted(a["regions"])): (a["status"], a["date"])
                 for a in rec["agreements"]}
    assert by_region[("RU-AMU", "RU-YEV")] == ("signed", "2025-03-12")
    assert by_region[("RU-AMU", "RU-KHA")] == ("signed", "2025-09")
