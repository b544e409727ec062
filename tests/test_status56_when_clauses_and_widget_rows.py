"""status56: an older signing told in a "когда" clause, signatures standing under a document,
and a header row joining the page's date and a weather widget, in our own words.

Each rule of the session, table-driven, with negatives: a "когда" clause after a time
expression is dated by it, and the sides it names signed that older agreement, not the new
one before it; "Под ним стоят подписи ..." reports the list item before it signed (not in
the future); a header row with one full date and a widget dates a page that prints no
other date (never a today-word, two dates, a date without its year, or beside another date
line).
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.dates import find_dates
from soccoop.extract.published import find_published
from soccoop.extract.signing_dates import when_clause_date
from soccoop.extract.status import signing_told_before

NEWS = ("Министерство социальной защиты Курской области и министерство труда Орловской области "
        "подписали соглашение о сотрудничестве. ")
GOVERNMENTS = ["Правительство Курской области", "Правительство Орловской области"]
MINISTRIES = ["Министерство социальной защиты Курской области",
              "Министерство труда Орловской области"]


# --- a signing told in a "когда" clause after a time expression -------------------------
@pytest.mark.parametrize(("text", "expected"), [
    # the clause's sides signed the older agreement; the new one keeps its own sides
    (NEWS + "Соглашение заключено в развитие договорённостей, достигнутых в 2021 году, когда "
     "правительства Курской и Орловской областей подписали соглашение о "
     "социально-экономическом сотрудничестве.",
     [("mentioned", GOVERNMENTS, "2021"), ("signed", MINISTRIES, None)]),
    # a month and a year before "когда"
    (NEWS + "Документ продолжает сотрудничество, начатое в марте 2022 года, когда губернаторы "
     "двух регионов подписали соглашение о дружбе и сотрудничестве.",
     [("mentioned", MINISTRIES, "2022-03"), ("signed", MINISTRIES, None)]),
    # a passive signing after "с ... года, когда"
    ("Курская и Орловская области сотрудничают в социальной сфере с 2019 года, когда было "
     "заключено соглашение между правительствами двух регионов.",
     [("mentioned", GOVERNMENTS, "2019")]),
])
def test_signing_in_when_clause(models: Any, text: str, expected: list[Any]) -> None:
    assert probes.agreement_records(models, text, "2024-05-14", "status", "parties",
                                    "date") == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Область развивает договорённости, достигнутые в 2021 году, когда министерства "
     "подписали соглашение.", "2021"),
    ("Регионы сотрудничают с марта 2022 года, когда было заключено соглашение.", "2022-03"),
    # the year does not stand right before the clause
    ("Стажировки начались в 2021 году в Курске, и когда министерства подписали соглашение, "
     "их стало больше.", None),
    # a "когда" clause opening the sentence names no time before it
    ("Когда министерства подписали соглашение, в 2021 году начались стажировки.", None),
    # the clause's verb is no signing
    ("Это было в 2021 году, когда министерства обсуждали соглашение.", None),
])
def test_when_clause_date(models: Any, text: str, expected: str | None) -> None:
    sent = probes.parsed_analysis(models, text).sentences[0]
    k = next(i for i, t in enumerate(sent.tokens) if t.lemma == "соглашение")
    assert when_clause_date(sent, k, find_dates(text, "2024-05-14")) == expected


# --- signatures standing under a document -------------------------------------------------
TWO_DOCUMENTS = (
    "В Курске 14 мая подписаны два документа. Первый документ – соглашение с Курским "
    "государственным медицинским университетом. Его подписали министр социального "
    "обеспечения Курской области Анна Волкова и ректор университета Виктор Лазаренко. Второй "
    "документ – соглашение о сотрудничестве с Юго-Западным государственным университетом. "
    "Под ним {} подписи первого заместителя министра Ивана Петрова и ректора университета "
    "Олега Смирнова.")


@pytest.mark.parametrize(("verb", "expected"), [
    ("стоят", ["signed", "signed"]),
    ("стояли", ["signed", "signed"]),
    # signatures still to come are no signing
    ("будут стоять", ["mentioned", "signed"]),
    ("не стоят", ["mentioned", "signed"]),
])
def test_signatures_standing_under_item(models: Any, verb: str, expected: list[str]) -> None:
    assert sorted(probes.statuses_of(models, TWO_DOCUMENTS.format(verb),
                                     "2024-05-14")) == expected


# --- a header row joining the page's date and a widget ------------------------------------
HEAD = "Два района будут вместе помогать семьям участников СВО"
BODY = ("Управление социальной защиты Кировского района и центр занятости Ленинского района "
        "подписали соглашение о сотрудничестве. Документ предусматривает совместные "
        "ярмарки вакансий и обучение специалистов.")


def _page(*top: str) -> str:
    return "\n".join(["КИРОВ-ОНЛАЙН", "городской портал", *top, "", HEAD, "", BODY,
                      "Ранее портал писал о ценах на жильё."])


@pytest.mark.parametrize(("top", "expected"), [
    (("27 ноября 2024, среда   Киров −6°, снег",), "2024-11-27"),
    (("18.06.2024  |  Киров  +21°",), "2024-06-18"),
    (("Суббота, 22 марта 2025 | Киров −3° | USD 92,10",), "2025-03-22"),
    # never: a today-word, two dates, a date without its year
    (("Сегодня, 18 июня 2024 | Киров +21°",), None),
    (("18.06.2024 | Киров +21° | 17.06.2024",), None),
    (("пятница, 21 марта | Киров +1°",), None),
    # another date line wins
    (("18.06.2024  |  Киров  +21°", "Опубликовано: 17 июня 2024"), "2024-06-17"),
])
def test_widget_row_dates_a_page(top: tuple[str, ...], expected: str | None) -> None:
    assert find_published(_page(*top))[0] == expected


# --- a signing told in the sentence right before a mention that says nothing of it --------
SIGNERS = ("управляющий отделением Социального фонда России по Кировской области Андрей Рылов и "
           "председатель Кировской областной организации Всероссийского общества инвалидов "
           "Нина Зайцева.")


@pytest.mark.parametrize(("told", "mention", "expected"), [
    ("Ещё один документ подписали", "Соглашение касается обучения специалистов.", True),
    ("На форуме документ подписали", "Соглашение предусматривает стажировки.", True),
    # a pronoun refers to an agreement told before
    ("Его подписали", "Соглашение касается обучения специалистов.", False),
    # a signing to come, or none
    ("Документ подпишут", "Соглашение касается обучения специалистов.", False),
    ("Документ так и не подписали", "Соглашение касается обучения специалистов.", False),
    # the mention names partners of its own: another agreement
    ("Документ подписали", "Области сотрудничают на основании соглашения между "
     "правительствами регионов.", False),
    ("Документ подписали", "Соглашение с университетом касается обучения специалистов.",
     False),
])
def test_signing_told_before(models: Any, told: str, mention: str, expected: bool) -> None:
    sents = probes.parsed_analysis(models, f"{told} {SIGNERS} {mention}").sentences
    later = sents[-1]
    k = next(i for i, t in enumerate(later.tokens) if t.lemma == "соглашение")
    assert signing_told_before(later, k, sents[-2]) is expected


# --- a plan to sign "документ" told in the sentence after a mention ----------------------
PLAN_NEXT = ("Министерство социальной защиты Курской области и министерство труда Орловской "
             "области решили закрепить сотрудничество соглашением. Его проект готов, а {}")


@pytest.mark.parametrize(("told", "expected"), [
    ("подписать документ министры планируют 23 января.", [("planned", "2025-01-23")]),
    ("подписать документ стороны намерены в феврале.", [("planned", "2025-02")]),
    # no plan to sign, or a new document: the agreement stays as told
    ("обсуждать документ министры будут в январе.", [("mentioned", None)]),
    ("министры готовы подписать новый документ в январе.", [("mentioned", None)]),
])
def test_plan_of_document_told_next(models: Any, told: str, expected: list[Any]) -> None:
    assert probes.status_dates(models, PLAN_NEXT.format(told), "2024-12-20") == expected
