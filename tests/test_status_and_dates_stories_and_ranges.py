"""Status and dates of round 17 of issue 9 (status50), probed in our own words.

Dates: a plan whose story, sentences further on, plans its signing for a month
("подписание планируется в декабре"; not "документ" further on, nor a plan given up); an
occasion's ordinal day after its range in apposition ("прошёл 16–17 октября, во второй день
форума") or before the range its relative clause tells ("во второй день форума,
который проходит с 11 по 13 марта"); a range "с … по …" whose later day the text gives the
signing; an indefinite count of signings ("подписанием нескольких соглашений") dated by the
ceremony told next ("Церемония прошла вчера"). Negatives beside each.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.dates import find_dates, range_last_day
from soccoop.models import DateRef


def _dates_by_side(models: Any, text: str, published: str) -> dict[str, Any]:
    """Each record's text date keyed by a word of its sides (probes use words of one side)."""
    out: dict[str, Any] = {}
    for a in probes.agreements_of(models, text, published):
        for p in a.parties:
            for w in p.name.split():
                out[w] = probes.text_date(a)
    return out


DATE_ROWS = [
    ("plan-scheduled-in-story",
     "Курган и Тюмень подпишут соглашение о реабилитации участников СВО\n"
     "Министерство социальной защиты Курганской области и департамент социального развития "
     "Тюменской области готовят соглашение о сотрудничестве. Проект соглашения обсудили на "
     "встрече в Кургане. Подписать документ предстоит министру и директору департамента. "
     "Как сообщили в министерстве, подписание планируется в марте, во время визита "
     "тюменской делегации.", "2025-02-10", {"Курганской": "2025-03"}),
    # "документ" planned further on than the next two sentences: left undated until round
    # 36 (the golds of rounds 30 and 47 leave such plans undated); datepool92's
    # plan_told_in_story dates it, as the golds of rounds 58, 120 and 125 do
    ("plan-document-later",
     "Министерство труда Омской области и Омский государственный университет готовят "
     "соглашение о целевом обучении. Проект документа обсудили во вторник. Речь идёт о "
     "подготовке социальных работников для сёл. «Нам нужны кадры», — сказал министр. "
     "Ректор пообещал помочь. Подписать документ стороны рассчитывают в начале марта.",
     "2025-02-10", {"Омский": "2025-03"}),
    # negative: a plan given up ("подписание планировалось на июнь") dates nothing
    ("plan-given-up",
     "Министерство труда Омской области и Омский государственный университет готовят "
     "соглашение о целевом обучении. Проект документа обсудили во вторник. Ранее "
     "подписание планировалось на июнь.", "2025-02-10", {"Омский": None}),
    # negative: a signing that is not planned ("подписание не планируется") dates nothing
    ("plan-not-scheduled",
     "Министерство труда Омской области и Омский государственный университет готовят "
     "соглашение о целевом обучении. Проект документа обсудили во вторник. Подписание в "
     "марте не планируется.", "2025-02-10", {"Омский": None}),
    # negative: another record's sentence ends the story
    ("plan-story-ends",
     "Министерство труда Омской области и Омский государственный университет готовят "
     "соглашение о целевом обучении. В 2021 году министерство заключило соглашение с "
     "Омским колледжем. Подписание планируется в марте.", "2025-02-10",
     {"университет": None}),
    ("second-day-after-range",
     "На Уральском социальном форуме, который прошёл в Перми 16–17 октября, во второй день "
     "форума министр социального развития Пермского края и ректор Пермского университета "
     "подписали соглашение о подготовке кадров.", "2024-10-20",
     {"университет": "2024-10-17"}),
    ("second-day-before-range",
     "Министерство труда Иркутской области и Иркутский университет подписали соглашение о "
     "стажировках. Церемония прошла во второй день форума «Байкал заботится», который "
     "проходит в Иркутске с 11 по 13 марта.", "2024-03-12", {"Иркутской": "2024-03-12"}),
    # negative: a signing whose own sentence states the range's first day keeps it
    ("own-first-day",
     "Центр занятости Читы и ООО «Забайкальский хлеб» 16 октября подписали соглашение о "
     "трудоустройстве. На Забайкальском форуме, который прошёл 16–17 октября, во второй "
     "день форума министры двух регионов обсудили уход за пожилыми.", "2024-10-20",
     {"хлеб»": "2024-10-16"}),
    # negative: a signing told on the first day keeps it though a later one is on the
    # second
    ("first-day-told-too",
     "Форум «Социальный Урал» прошёл в Перми 15–16 апреля 2025 года. В первый день форума "
     "министр социального развития Пермского края подписал соглашение с Пермским "
     "университетом.\n"
     "На следующий день, 16 апреля, министр подписал соглашение с ООО «Пермская сервисная "
     "компания».", "2025-04-17", {"университет": "2025-04-15", "компания»": "2025-04-16"}),
    ("several-ceremony-next",
     "Форум «Волга заботится», проходивший в Самаре 5–6 июня, завершился подписанием "
     "нескольких соглашений о сотрудничестве. Церемония прошла вчера в конгресс-центре.\n"
     "Затем министерство социально-демографической политики Самарской области заключило "
     "соглашение с ООО «Самарский хлебозавод». Кроме того, Отделение Социального фонда "
     "России по Самарской области подписало соглашение с Самарским советом ветеранов.",
     "2024-06-07", {"хлебозавод»": "2024-06-06", "ветеранов": "2024-06-06"}),


    # negative: the signing noun is the agreement's own event
    ("signing-noun-planned",
     "Министерство социальных отношений Свердловской области и Уральское отделение Союза "
     "пенсионеров России готовят соглашение о сотрудничестве. Подписание соглашения "
     "планируется в декабре.", "2024-10-14", {"пенсионеров": "2024-12"}),
]


STATUS_ROWS = [
    ("signed-then-next-document",
     "Вице-губернатор напомнил, что соглашение о сотрудничестве между Правительством "
     "Омской области и Правительством Республики Алтай было подписано в 2018 году, и новый "
     "отраслевой документ станет его продолжением.", "2024-10-14", {"Алтай": "mentioned"}),
    # negative: an agreement announced as the next step is planned
    ("next-step",
     "Министерство труда Омской области подписало соглашение с Омским университетом. "
     "Следующим шагом станет соглашение с Правительством Республики Алтай.", "2024-10-14",
     {"Алтай": "planned"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), probes.named_rows(STATUS_ROWS))
def test_status(models: Any, text: str, published: str, expected: dict[str, Any]) -> None:
    found: dict[str, Any] = {}
    for a in probes.agreements_of(models, text, published):
        for p in a.parties:
            for w in p.name.split():
                found[w] = a.status
    assert {w: found.get(w) for w in expected} == expected


@pytest.mark.parametrize(("text", "published", "expected"), probes.named_rows(DATE_ROWS))
def test_date(models: Any, text: str, published: str, expected: dict[str, Any]) -> None:
    found = _dates_by_side(models, text, published)
    assert {w: found.get(w) for w in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Департамент социального развития Курганской области и Курганский государственный "
        "университет в 2019 году подписали соглашение о практике студентов. «Когда мы "
        "подписывали соглашение, речь шла только о практике», — сказала директор "
        "департамента Анна Петрова.", [("mentioned", "2019")], id="when-we-were-signing"),
    # negative: a perfective "когда" clause may tell the news
    pytest.param(
        "Вчера в Кургане прошла встреча губернатора с ректорами. Когда министр социальной "
        "защиты Курганской области и ректор Курганского государственного университета "
        "подписали соглашение о практике студентов, губернатор поблагодарил их.",
        [("signed", "2024-10-13")], id="when-they-signed"),
])
def test_signing_recalled_in_a_when_clause(models: Any, text: str,
                                           expected: list[tuple[str, str]]) -> None:
    assert probes.status_dates(models, text, "2024-10-14") == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "Министерство социальной защиты Республики Коми намерено подписать дополнительное "
        "соглашение с министерством труда Архангельской области. Срок действия документа "
        "истекает в сентябре, и стороны решили продлить его ещё на три года.",
        [("planned", None)], id="expiry-month-is-no-plan"),
])
def test_expiry_month_dates_no_plan(models: Any, text: str,
                                  expected: list[tuple[str, str | None]]) -> None:
    assert probes.status_dates(models, text, "2025-07-30") == expected


def test_work_under_an_agreement_dates_no_plan(models: Any) -> None:
    """A plan of work under the agreement ("результаты работы по соглашению ... планируют
    подвести в январе") gives its month to no agreement; pdate50: the plan's "до конца
    года" dates it by the publication year."""
    text = ("На прошлой неделе в Екатеринбурге подписано соглашение о трудоустройстве людей с "
            "инвалидностью. Подписи под соглашением в среду поставили министр социальных "
            "отношений Свердловской области и председатель областной организации "
            "Всероссийского общества слепых. Первые результаты работы по соглашению ведомства "
            "планируют подвести в январе. До конца года аналогичное соглашение министерство "
            "планирует заключить с Уральским отделением Союза пенсионеров России.")
    assert probes.status_dates(models, text, "2024-10-14") == [
        ("signed", "2024-10-09"), ("planned", "2024")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Форум проходит в Томске с 11 по 13 марта.", "--03-13"),
    ("Форум прошёл 16–17 октября.", "--10-17"),
    ("Форум прошёл 16 октября.", None),
])
def test_range_last_day(text: str, expected: str | None) -> None:
    d = next(d for d in find_dates(text, None) if d.value)
    assert range_last_day(DateRef(d.stated or d.value, d.text, d.start, d.end)) == expected
