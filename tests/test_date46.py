"""date46: publication and agreement dates of official and odd genres, in our own words. An
official portal's label with an adjective ("Дата официального опубликования"), a news feed's
heading naming its one day ("Лента за ...") and a stamp whose sections form a path after a
wide gap date the page. A decree's order counted from an agreement's signing ("Со дня
подписания Соглашения считать ...") tells no signing done: the bare defined term is only
referred to, a named agreement is still to come. An occasion told with a day as the place
of something done at it ("Вчера итоги обсудили на совещании") dates a signing made at it.
An agreement only referred to whose years in force are counted ("За шесть лет действия
старого соглашения") takes the year that many years before the page's.
Negatives guard each against over-reach.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.dates import find_dates
from soccoop.extract.published import find_published, stamp_line
from soccoop.extract.signing_dates import occasion_held_day

# --- the publication date -------------------------------------------------------------------

PORTAL = ("Официальный портал правовой информации Зетской области\n"
          "Главная / Документы / Распоряжения\n\n{}\n\n"
          "РАСПОРЯЖЕНИЕ\n\nО подготовке проекта соглашения о взаимодействии с фондом «Опора»\n\n"
          "1. Министерству социальной политики Зетской области подготовить проект соглашения "
          "о взаимодействии с фондом «Опора» и представить его на рассмотрение.\n")
FEED = ("ЗЕТСК-ИНФО | Лента новостей\nВсе новости | Зетск | Районы | Общество\n\n{}\n\n"
        "18:40\nСегодня министерство и фонд «Опора» подписали соглашение о помощи одиноким "
        "пенсионерам. Документ подписали министр Ольга Белова и директор фонда Пётр Рыбин.\n\n"
        "17:05\nВ Зетске открылся новый сквер у реки, где высадили сорок лип.\n")
CLIP = ("ЗЕТСК-ТВ  Телеканал Зетского края\nНовости | Программы | Эфир\n\n"
        "Пенсионерам Зетского края помогут добровольцы фонда\n\n{}\n\n"
        "Министерство и фонд «Опора» подписали соглашение о помощи одиноким пенсионерам на "
        "дому. Документ подписали министр Ольга Белова и директор фонда Пётр Рыбин.\n")


@pytest.mark.parametrize(("case", "page", "line", "expected"), [
    ("portal-label-with-adjective", PORTAL, "Дата официального опубликования: 21.05.2025",
     "2025-05-21"),
    ("feed-heading-day", FEED, "Лента за 3 июня 2025 года", "2025-06-03"),
    ("feed-heading-digits", FEED, "Лента новостей за 03.06.2025", "2025-06-03"),
    ("stamp-with-section-path", CLIP, "12.05.2025 14:20   Новости / Соцзащита", "2025-05-12"),
    ("stamp-with-longer-path", CLIP, "12.05.2025 14:20   Новости / Общество / Соцзащита",
     "2025-05-12"),
    # negative: a headline after the stamp's gap (the page stays undated)
    ("headline-after-gap", CLIP, "12.05.2025   Министр открыла новый пункт проката / фото",
     None),
])
def test_publication_line(case: str, page: str, line: str, expected: str | None) -> None:
    assert find_published(page.format(line))[0] == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Дата официального опубликования: 21.05.2025", "2025-05-21"),
    ("Лента за 3 июня 2025 года", "2025-06-03"),
    ("12.05.2025 14:20   Новости / Соцзащита", "2025-05-12"),
    ("12.05.2025 14:20   Министр открыла новый пункт проката / фото", None),
    ("Лента за неделю 3 июня 2025 года", None),
    ("Дата вступления в силу: 01.06.2025", None),
])
def test_stamp_line(line: str, expected: str | None) -> None:
    ref = stamp_line(line)
    assert (ref.value if ref else None) == expected


# --- a decree's order counted from a signing ---------------------------------------------------

DECREE = ("ГУБЕРНАТОР ЗЕТСКОЙ ОБЛАСТИ\n\nРАСПОРЯЖЕНИЕ\n\nот 4 июня 2025 года № 77-р\n\n"
          "Об утверждении проекта Соглашения о сотрудничестве между Правительством Зетской "
          "области и региональным отделением фонда «Опора»\n\n"
          "1. Утвердить проект Соглашения (прилагается).\n\n")
OLD = ("Соглашение о сотрудничестве между Правительством Зетской области и Зетским филиалом "
       "благотворительного фонда «Надежда» от 2 марта 2019 года")


@pytest.mark.parametrize(("case", "order", "expected", "absent"), [
    ("bare-defined-term",
     f"3. Со дня подписания Соглашения признать утратившим силу {OLD}.\n",
     ("mentioned", "2019-03-02"), "signed"),
    ("named-agreement-to-come",
     "3. Со дня подписания договора о соцконтрактах между министерством социальной политики "
     "Зетской области и центром «Доверие» признать утратившим силу приказ министерства от 2 "
     "марта 2019 года.\n",
     None, "mentioned"),
])
def test_order_from_signing(models, case: str, order: str,
                            expected: tuple[str, str | None] | None, absent: str) -> None:
    got = probes.status_dates(models, DECREE + order, "2025-06-06")
    assert expected is None or expected in got, got
    assert all(status != absent for status, _ in got), got


def test_signing_counted_from_in_the_past_is_left(models) -> None:
    # a finite verb in the past: the order's pass does not apply, the signing stays done
    text = ("С момента подписания соглашения между министерством социальной политики Зетской "
            "области и фондом «Опора» 3 марта 2024 года прошло больше года.\n")
    got = probes.status_dates(models, text, "2025-06-06")
    assert all(status != "planned" for status, _ in got), got


# --- an occasion told as the place of something done at it -------------------------------------

MEETING = ("Зетск-новости\nГлавная | Общество\n\n21.05.2025\n\n"
           "Год совместной работы: соцзащита и фонд подвели итоги\n\n"
           "{} Министр социальной политики Зетской области Ольга Белова отметила, что число "
           "выездов к одиноким пенсионерам выросло вдвое.\n\n"
           "По итогам совещания министерство социальной политики Зетской области и фонд "
           "«Опора» подписали соглашение о сопровождаемом проживании.\n")


@pytest.mark.parametrize(("case", "first", "expected"), [
    ("discussed-at-the-meeting-yesterday",
     "Вчера итоги года обсудили на выездном совещании в Зетске.", "2025-05-20"),
    ("told-at-the-meeting-on-a-day",
     "19 мая о работе за год рассказали на расширенном совещании в Зетске.", "2025-05-19"),
    # (these two are dated by the candidates' own reading of "по итогам" on main too: guards)
    # negatives: the meeting is still to come; no occasion named, only a place
    ("meeting-to-come", "Итоги года обсудят на выездном совещании в Зетске.", None),
    ("no-occasion", "Вчера итоги года обсудили в министерстве в Зетске.", None),
])
def test_occasion_done_at(models, case: str, first: str, expected: str | None) -> None:
    got = probes.status_dates(models, MEETING.format(first), "2025-05-21")
    assert ("signed", expected) in got, got


@pytest.mark.parametrize(("case", "sentence", "expected"), [
    ("discussed-at-the-meeting-yesterday",
     "Вчера итоги года обсудили на выездном совещании в Зетске.", "2025-05-20"),
    ("told-at-the-meeting-on-a-day",
     "19 мая о работе за год рассказали на расширенном совещании в Зетске.", "2025-05-19"),
    # negatives: to come; negated; the occasion is no place of the act
    ("to-come", "Завтра итоги года обсудят на выездном совещании в Зетске.", None),
    ("negated", "Вчера итоги года не обсудили на выездном совещании в Зетске.", None),
    ("subject-of-another-verb", "Вчера выездное совещание в Зетске перенесли.", None),
])
def test_occasion_held_day_reads_the_place_of_an_act(models, case: str, sentence: str,
                                                     expected: str | None) -> None:
    # the sentence alone, far from any signing: what ``named_occasion_day`` reads
    sent = probes.first_sentence(models, sentence)
    assert occasion_held_day(sent, "совещание", find_dates(sentence, "2025-05-21")) == expected


# --- the years an agreement referred to has been in force ---------------------------------------

SIGNING = ("Министерство социальной политики Зетской области и фонд «Опора» подписали новое "
           "соглашение о помощи одиноким пенсионерам.")


@pytest.mark.parametrize(("case", "sentence", "expected"), [
    ("six-years-of-the-former",
     "За шесть лет действия старого соглашения с фондом «Опора» министерство открыло восемь "
     "пунктов проката.", "2018"),
    ("three-years-in-digits",
     "За 3 года действия соглашения с центром «Доверие» министерство открыло восемь пунктов "
     "проката.", "2021"),
    # negatives: a plan's years ahead; a span of the work, not of the agreement
    ("years-ahead",
     "За пять лет действия нового соглашения с фондом «Опора» министерство планирует открыть "
     "восемь пунктов проката.", None),
    ("span-of-work",
     "За пять лет работы фонд «Опора» открыл восемь пунктов проката, сообщили в министерстве.",
     None),
])
def test_years_in_force_counted(models, case: str, sentence: str, expected: str | None) -> None:
    got = probes.status_dates(models, f"{SIGNING} {sentence}\n", "2024-06-10")
    if expected is None:
        assert all(date not in {"2018", "2019"} for _, date in got), got
    else:
        assert ("mentioned", expected) in got, got


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, status=("order_from_signing",),
                                          signing_dates=("_done_at", "_done_at_unparsed"),
                                          agreement_dates=("years_in_force_counted",))
