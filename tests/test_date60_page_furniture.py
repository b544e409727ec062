"""date60: publication dates in page furniture, and the dates that count from them, in our
own words.

Table-driven, with negatives: a masthead row with an issue number and its running total
dates the issue whatever notes stand beside the date; a dateline right above the lead is
read however many menu rows stand above it; a dateline may print the time before the
agency's dash; a broadcaster's stamp may carry the clip's running time. An occasion's
ordinal day counts on from the one told before it; a quoted "сегодня" ends no signing's story.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.published import find_published, stamp_line

LEAD = ("Министерство социальной защиты области и районный комплексный центр социального "
        "обслуживания подписали соглашение о помощи одиноким пожилым людям, живущим в "
        "отдалённых сёлах.\n\nПо документу социальные работники будут навещать их каждую "
        "неделю и привозить лекарства и продукты.")


def _newspaper(row: str) -> str:
    return f"«РАЙОННЫЕ ВЕСТИ»\nГазета Заречного района\n{row}\n\nОБЩЕСТВО\n\n" \
           f"Соседей не оставят одних\n\n{LEAD}"


@pytest.mark.parametrize(("row", "expected"), [
    # a founding note after the date
    ("№ 12 (10 344) · Среда, 5 марта 2025 г. · Издаётся с 1935 года", "2025-03-05"),
    # a founding note before the number, parted by a full stop; a weekday after a comma
    ("Основана в 1935 году. № 12 (10344), среда, 5 марта 2025 г.", "2025-03-05"),
    # the rubric and the date before the number
    ("Люди | 5 марта 2025 года, № 12 (10344)", "2025-03-05"),
    # two days on the row: no issue date from it
    ("№ 12 (10344) · 5 марта 2025 г. · следующий номер 12 марта 2025 г.", None),
    # a decree's number has no running total in brackets
    ("Постановление № 12 · 5 марта 2025 г. · Издаётся с 1935 года", None),
])
def test_numbered_masthead_row(row: str, expected: str | None) -> None:
    assert find_published(_newspaper(row))[0] == expected


MENU = ("Вести Заречья | Новости района\nЗаречный  Лесной  Озёрный  Сосновка  Берёзовка\n"
        "Политика | Экономика | Общество | Спорт\n\n"
        "Соседей не оставят одних\n\n{dateline}\n\n{lead}")


@pytest.mark.parametrize(("dateline", "expected"), [
    ("Заречный, 5 марта 2025. Вести Заречья.", "2025-03-05"),
    ("ЗАРЕЧНЫЙ, 05.03.2025 11:40 — «Вести Заречья»", "2025-03-05"),
    # a sentence that goes on after the date is no dateline
    ("Ранее, 5 марта, глава района осмотрел новый центр.", None),
])
def test_dateline_over_the_lead(dateline: str, expected: str | None) -> None:
    assert find_published(MENU.format(dateline=dateline, lead=LEAD))[0] == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("5 марта 2025, 18:20  ▶ Видео 3:05", "2025-03-05"),
    ("05.03.2025 · Видео: 01:47", "2025-03-05"),
    # a clip's title after the date is a headline, not a stamp
    ("05.03.2025 Видео о новом центре", None),
])
def test_stamp_with_a_clip(line: str, expected: str | None) -> None:
    ref = stamp_line(line)
    assert (ref.value if ref else None) == expected


# --- an occasion's ordinal day counted on from the one told before it
FILLER = ("Участники обсудили вопросы долговременного ухода, сопровождаемого проживания, "
          "поддержки семей участников специальной военной операции, занятости людей с "
          "инвалидностью и подготовки социальных работников в колледжах. ") * 6
FORUM = ("С 9 по 11 апреля в Казани проходил межрегиональный форум социальных работников. "
         "{filler}\n\n{first}{filler}\n\nТак, во второй день министерство заключило "
         "соглашение с университетом.")


@pytest.mark.parametrize(("first", "expected"), [
    # the first day told near the second: counted on from it
    ("В первый день форума министры обсудили кадровый вопрос. ", "2025-04-10"),
    # no day of the occasion near it: the range is out of reach, no day
    ("", None),
])
def test_ordinal_day_counted_on(first: str, expected: str | None) -> None:
    from soccoop.extract.dates import find_dates
    text = FORUM.format(first=first, filler=FILLER)
    second = [d for d in find_dates(text, published="2025-04-14")
              if d.text.lower() == "во второй день"]
    assert second and second[0].value == expected


# --- a quoted "сегодня" is the speaker's present, no day between two signings
CONFERENCE = """Министерство и университет будут вместе готовить социальных работников

14 марта в Курганском государственном университете прошла научно-практическая конференция \
о социальной работе.

В ходе конференции губернатор Курганской области подписал соглашение о сотрудничестве \
с Отделением Фонда пенсионного и социального страхования Российской Федерации по Курганской \
области.

{quote}, — отметил ректор.

Министерство социальной защиты населения Курганской области подписало соглашение \
с Курганским государственным университетом о подготовке социальных работников."""


@pytest.mark.slow
@pytest.mark.parametrize(("quote", "expected"), [
    ("«Сегодня в системе соцзащиты работают шесть тысяч наших выпускников»", "2025-03-14"),
    # a day told between the two signings ends the story
    ("«17 марта в университете откроется новый центр практики»", None),
])
def test_quoted_today_ends_no_story(models: Any, quote: str, expected: str | None) -> None:
    found = probes.status_dates(models, CONFERENCE.format(quote=quote), "2025-03-18")
    assert found[0] == ("signed", "2025-03-14")
    assert found[-1] == ("signed", expected)


# --- a signing right after the sentence that tells an occasion's day saw signings
OPENING = """Форум социальных работников открылся в Кургане

На площадке выставочного центра {day} открылся межрегиональный форум социальных работников. \
За два дня его посетили больше трёх тысяч человек.

«Каждый пятый житель области — пенсионер, и от нас ждут новых решений», — напомнил \
заместитель губернатора, открывая форум.

{told} Министерство социальной защиты населения Курганской области заключило соглашение \
с Курганским государственным университетом о подготовке социальных работников.

Следом министр и директор Курганского педагогического колледжа скрепили подписями \
соглашение о практике студентов."""


@pytest.mark.slow
@pytest.mark.parametrize(("day", "told", "expected"), [
    ("во вторник", "Первый день форума завершился чередой подписаний.", "2025-03-11"),
    ("11 марта", "Открытие форума завершилось чередой подписаний.", "2025-03-11"),
    # no day told for the occasion: the signing keeps no day of the text
    ("", "Первый день форума завершился чередой подписаний.", None),
])
def test_signings_told_before(models: Any, day: str, told: str,
                              expected: str | None) -> None:
    found = probes.status_dates(models, OPENING.format(day=day, told=told), "2025-03-13")
    assert found[0] == ("signed", expected)


# --- an occasion's ordinal day opening a paragraph is no item of a set
DAYS = """Форум социальных работников открылся в Кургане

Во вторник в Кургане открылся межрегиональный форум социальных работников. За два дня \
его посетили больше трёх тысяч человек.

Первый день форума завершился чередой подписаний. Министерство социальной защиты \
населения Курганской области заключило соглашение с Курганским государственным \
университетом о подготовке кадров.

{quote}, — пояснила министр.

Министерство социальной защиты населения Курганской области подписало соглашение \
с Отделением Фонда пенсионного и социального страхования Российской Федерации по Курганской \
области."""


@pytest.mark.slow
@pytest.mark.parametrize(("quote", "expected"), [
    # the paragraph opens with the occasion's first day: the later signing is of that day
    ("«Сегодня в сельских центрах не хватает каждого седьмого специалиста»", "2025-03-11"),
    # another day of the story told between the two signings ends it (round 48: a past
    # one; a day still to come, "17 марта откроется", is no day of the story, date48)
    ("«10 марта в Кургане открылся новый центр»", None),
])
def test_ordinal_day_is_no_item(models: Any, quote: str, expected: str | None) -> None:
    found = probes.status_dates(models, DAYS.format(quote=quote), "2025-03-13")
    assert found[0] == ("signed", "2025-03-11")
    assert found[-1] == ("signed", expected)
