"""date67: a channel's day divider dates the page; a signing at an occasion named by its
noun takes the day the text gives where it tells that occasion held; a signing dated only by
a week takes the one signing day of that week told later; a headline's undated signing takes
the lead's day. In our own words.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.agreement_dates import headline_takes_lead_day
from soccoop.extract.published import channel_day_divider, find_published

CHANNEL = """Минсоц Прикамья
@minsoc_perm · 8 300 подписчиков
Официальный канал министерства. Новости, меры поддержки.

{divider}

Вчера министр социального развития края и директор колледжа подписали соглашение о \
практике студентов в центрах социального обслуживания.

👁 2.1K
"""


@pytest.mark.parametrize(("divider", "expected"), [
    # a day between two rules: the first post's day (None before date67)
    ("────────── 12 апреля 2024 ──────────", "2024-04-12"),
    ("━━━━━ 3 марта 2023 ━━━━━", "2023-03-03"),
    ("------ 21.09.2022 ------", "2022-09-21"),
    # a divider holding anything but a day, or a day without its year: no page date
    ("────────── Итоги 2024 года ──────────", None),
    ("────────── 12 апреля ──────────", None),
    ("────────── 12 апреля 2024, важное ──────────", None),
])
def test_channel_day_divider(divider: str, expected: str | None) -> None:
    assert find_published(CHANNEL.format(divider=divider))[0] == expected


def test_first_divider_of_several_wins() -> None:
    text = CHANNEL.format(divider="───── 12 апреля 2024 ─────") + \
        "\n───── 13 апреля 2024 ─────\n\nЗавтра в Перми пройдёт ярмарка вакансий.\n"
    found = channel_day_divider(text)
    assert found is not None and found.value == "2024-04-12"


OCCASION_ROWS = [
    # the occasion held on a day told paragraphs before the signing at its close
    ("collegium-far",
     "12 марта в Перми состоялась расширенная коллегия министерства труда Пермского края.\n\n"
     "С докладом выступил министр. Он рассказал о результатах работы за год.\n\n"
     "Заместитель председателя правительства отметила рост числа социальных контрактов.\n\n"
     "«Работы в этом году будет не меньше», — сказал министр.\n\n"
     "Опытом поделились руководители центров занятости из трёх городов края.\n\n"
     "В завершение коллегии министр труда Пермского края и управляющий отделением "
     "Социального фонда подписали соглашение об обмене сведениями.",
     "2024-03-13", "2024-03-12"),
    # "накануне" counted from the page's day, the signing told as the meeting's outcome
    ("meeting-eve",
     "Накануне в администрации Ишимбая прошло совещание министра семьи Башкортостана с "
     "руководителями городских служб.\n\n"
     "Министр рассказала о мерах поддержки, которые сегодня действуют в республике.\n\n"
     "По итогам совещания подписаны два документа. Министр семьи Башкортостана и ректор "
     "Уфимского колледжа подписали соглашение о переобучении ветеранов.\n\n"
     "Второе соглашение — между администрацией Ишимбая и центром занятости — подписали "
     "глава администрации и директор центра.",
     "2023-09-08", "2023-09-07"),
    # the trip's day told after the signing
    ("trip-after",
     "Департамент социального развития Югры и Нижневартовский университет подписали "
     "соглашение о сотрудничестве. Подписи под документом поставили директор департамента и "
     "ректор вуза во время рабочей поездки заместителя губернатора в Нижневартовск.\n\n"
     "Рабочая поездка заместителя губернатора в Нижневартовск состоялась 11 октября.",
     "2023-10-12", "2023-10-11"),
]

TRIP = ("Министерство труда Пермского края и колледж подписали соглашение о практике студентов "
        "во время совещания в Кунгуре.\n\nСтуденты пройдут практику в центрах занятости."
        "\n\n{told}")

OCCASION_NEGATIVE_ROWS = [
    # the occasion's day told after the signing, past other paragraphs (None before date67)
    ("told-after", TRIP.format(told="Совещание в Кунгуре прошло 12 марта."), "2024-03-13",
     "2024-03-12"),
    # two occasions of that name on two days: no one day
    ("two-days", TRIP.format(told="Одно совещание прошло 10 марта. Другое совещание прошло "
                                  "12 марта."), "2024-03-13", None),
    # an occasion still to come gives no day
    ("future-occasion", TRIP.format(told="Следующее совещание пройдёт 20 марта."),
     "2024-03-13", None),
]


@pytest.mark.parametrize(("text", "published", "expected"),
                         probes.named_rows(OCCASION_ROWS + OCCASION_NEGATIVE_ROWS))
def test_named_occasion_day(models: Any, text: str, published: str,
                            expected: str | None) -> None:
    signed = [probes.text_date(a) for a in probes.agreements_of(models, text, published)
              if a.status == "signed"]
    assert signed and all(d == expected for d in signed)


WEEK = ("На прошлой неделе министерство труда Якутии и компания «Алмазы Севера» заключили "
        "соглашение о занятости людей с инвалидностью. Компания создаст не менее сорока рабочих "
        "мест. Первые сотрудники выйдут на работу летом.\n\n"
        "Документ, подписанный {day} в Якутске министром и генеральным директором, рассчитан "
        "до конца 2022 года.\n\n"
        "Напомним, в 2019 году аналогичное соглашение министерство труда Якутии заключило с "
        "ассоциацией работодателей.")

WEEK_ROWS = [
    # the week's one signing day, told paragraphs later (May before date67)
    ("day-in-week", WEEK.format(day="14 мая"), "2020-05-19", "2020-05-14"),
    ("day-in-week-this", WEEK.format(day="14 мая").replace("прошлой", "этой"), "2020-05-15",
     "2020-05-14"),
    # a day outside that week is not the week's: the month stays
    ("day-outside-week", WEEK.format(day="4 мая"), "2020-05-19", "2020-05"),
]


@pytest.mark.parametrize(("text", "published", "expected"), probes.named_rows(WEEK_ROWS))
def test_week_told_by_day(models: Any, text: str, published: str,
                          expected: str | None) -> None:
    signed = [probes.text_date(a) for a in probes.agreements_of(models, text, published)
              if a.status == "signed"]
    assert signed and signed[0] == expected



HEADLINE = ("Больничные без бумаги: ФСС и Минтруд Кузбасса подписали соглашение{end}\n\n"
            "{lead} управляющий отделением фонда и министр труда Кемеровской области "
            "подписали соглашение об электронном обмене сведениями.\n\n"
            "Стороны будут обмениваться сведениями для назначения пособий.")

HEADLINE_ROWS = [
    # the headline's record, apart from the lead's, takes the lead's day (None before)
    ("headline", HEADLINE.format(end="", lead="В четверг, 2 февраля,"), "2017-02-02",
     "2017-02-02"),
    # a lead dated by the page only gives nothing
    ("lead-undated", HEADLINE.format(end="", lead="В Кемерове"), None, None),
    # a line closed by a full stop is a sentence of the story, not a headline
    ("full-stop", HEADLINE.format(end=".", lead="В четверг, 2 февраля,"), "2017-02-02",
     None),
]


@pytest.mark.parametrize(("text", "lead_date", "expected"), probes.named_rows(HEADLINE_ROWS))
def test_headline_takes_lead_day(models: Any, text: str, lead_date: str | None,
                                 expected: str | None) -> None:
    stage, (head, lead) = probes.date_stage(models, text, "2017-02-06", [
        ("signed", None, "Больничные без бумаги"), ("signed", lead_date, "управляющий")])
    headline_takes_lead_day(stage)
    assert head.date == expected
