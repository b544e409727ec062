"""pdate50: the period a plan to sign is told for, and a year for a date told without one.

A plan still undated takes the period its own sentence gives its signing, read ahead of the
publication day: the end of the year ("до конца года"), a season ("осенью", under a plan
told in the present: the coming one), this or next year; the period hangs in the parse on a
word of signing or planning (``plan_period_ahead`` with ``_plan_period``,
``_plan_word_above``, ``signing_dates.date_head``, ``_told_ahead``, ``_period_ahead``);
failing that, the aim the sentence before states ("В этом году мы хотим ...",
``_period_of_aim_before``) or the next sentence planning to sign "его"
(``_period_by_pronoun_after``); a signing infinitive with its plan word after it leaves its
object out as one before it does (``signing_dates.elided_object``: "подписать рассчитываем в
мае"). On a page with no publication year, a date told without a year takes the year of the
last day the story states in full (``year_of_page_day`` with ``_page_day``). Negatives guard
each: a plan told in the past, a period of another event, an aim in another paragraph, a
next sentence of another event, a term's day on a page without a publication date.
"""

from __future__ import annotations

import probes
import pytest

PUB = "2025-03-20"  # a Thursday in March: autumn and the year's end lie ahead

LEAD = "Министр социальной защиты Энской области рассказала о работе ведомства. "


def _plans(models, text: str, published: str | None = PUB) -> list[str | None]:
    """The date of each planned record of ``text``."""
    return [a.date for a in probes.agreements_of(models, text, published)
            if a.status == "planned"]


@pytest.mark.parametrize(("told", "expected"), [
    # fails on b50dev: "до" read as a term's end, the plan left undated
    ("До конца года управление намерено заключить соглашение с Зетским обществом "
     "слепых о помощи на дому.", "2025"),
    ("Следующим шагом станет соглашение с Зетским пенсионным отделением: его "
     "рассчитывают подписать до конца года.", "2025"),
    # fails on b50dev: the tagger's "намеренный" is no plan word of the candidates
    ("Он добавил, что до конца текущего года фонд намерен подписать соглашение с "
     "Зетской епархией о помощи семьям.", "2025"),
    # fails on b50dev: a season's year hidden from the plan (``stated_view``)
    ("Осенью управление планирует подписать соглашение о социальном туризме с "
     "Зетским краевым комитетом.", "2025"),
    ("Этим летом на форуме управление рассчитывает заключить соглашение с Зетским "
     "колледжем сервиса.", "2025"),
    ("Осенью в ходе поездки в Зетск будет подписано соглашение с Зетским краевым комитетом "
     "по делам ветеранов.", "2025"),
    # right on b50dev too: a relative year the candidates read
    ("В следующем году управление намерено заключить соглашение с Зетским колледжем "
     "сервиса.", "2026"),
    # negatives: a plan told in the past, a period of another event
    ("Осенью управление планировало подписать соглашение с Зетским колледжем сервиса, "
     "но подписание отложили.", None),
    ("Осенью пройдёт выставка, на которой управление подпишет соглашение с Зетским "
     "колледжем сервиса.", None),
])
def test_plan_period_of_own_sentence(models, told: str, expected: str | None) -> None:
    assert _plans(models, LEAD + told) == [expected]


@pytest.mark.parametrize(("told", "expected"), [
    # fails on b50dev: the aim told just before dates the plan that goes on it
    ("«В этом году мы желаем чаще возить пенсионеров к соседям. Планируем подписать "
     "соглашение с администрацией Зетского района о социальном туризме», – сказал глава.",
     "2025"),
    # negative: the aim in another paragraph
    ("«В этом году мы желаем чаще возить пенсионеров к соседям.\n\nПланируем подписать "
     "соглашение с администрацией Зетского района о социальном туризме», – сказал глава.",
     None),
])
def test_period_of_aim_before(models, told: str, expected: str | None) -> None:
    assert _plans(models, LEAD + told) == [expected]


@pytest.mark.parametrize(("after", "expected"), [
    # fails on b50dev: a season's year hidden from ``planned_by_pronoun``
    ("Его планируется заключить осенью в Зетске.", "2025"),
    # negative: the next sentence tells another event
    ("Осенью в Зетске пройдёт выставка.", None),
])
def test_period_by_pronoun_after(models, after: str, expected: str | None) -> None:
    text = LEAD + ("Колледж ведёт переговоры о подписании соглашения с Зетским краевым "
                   "комитетом по делам ветеранов. ") + after
    assert _plans(models, text) == [expected]


@pytest.mark.parametrize(("after", "expected"), [
    # fails on b50dev: the plan word after the infinitive ("заключить рассчитываем")
    ("Юристы сторон текст уже одобрили, заключить рассчитываем в декабре.", "2025-12"),
    # right on both: the plan word before it
    ("Юристы сторон текст уже одобрили, рассчитываем заключить в декабре.", "2025-12"),
])
def test_elided_object_after_plan_word(models, after: str, expected: str) -> None:
    text = ("Следующий шаг — соглашение с Зетским центром реабилитации «Сосновый бор». "
            + after)
    assert _plans(models, text, "2025-11-14") == [expected]


NO_PUB = """Центр занятости города Энска и ООО «Энская фабрика» заключили соглашение о \
найме людей с инвалидностью. {told}

Министр добавила: в мае центр занятости планирует заключить такое же соглашение с \
АО «Зетский станкостроительный завод».
"""


@pytest.mark.parametrize(("told", "expected"), [
    # fails on b50dev: "--05", a month with no year
    ("Документ подписан 14 апреля 2024 года в присутствии министра.", "2024-05"),
    # negatives: a term's day is no day of the story; no year stated at all
    ("Документ начнёт действовать с 1 января 2024 года.", "--05"),
    ("Директор центра, родившаяся 14 апреля 1971 года, поблагодарила партнёров.", "--05"),
    ("Документ подписан 14 апреля в присутствии министра.", "--05"),
])
def test_year_of_page_day(models, told: str, expected: str) -> None:
    assert _plans(models, NO_PUB.format(told=told), None) == [expected]


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, agreement_dates=("plan_period_ahead", "_plan_period",
                                                           "_period_ahead", "_plan_word_above",
                                                           "_told_ahead", "_period_of_aim_before",
                                                           "_period_by_pronoun_after",
                                                           "year_of_page_day", "_page_day",
                                                           "_story_day"),
                                          signing_dates=("date_head", "elided_object"))
