"""The signing's own date, and only that.

Every probe is written here in its own words, with other months, weekdays, verbs and layouts
than the development rounds the rules were drawn from: a date an agreement enters into force
on or is in force until is no signing date, nor does it refine the year an earlier signing
states; a live blog's entry under a time alone on its line takes the page's day; a weekday
in the signing's clause is the last such day on or before publication; a deadline, a term
and an event's date in another paragraph date no signing.
"""

from __future__ import annotations

from typing import Any

import pytest
from probes import parsed_analysis

from soccoop.extract.dates import find_dates
from soccoop.extract.pipeline import extract
from soccoop.extract.signing_dates import expiry_date, signing_clause_date

ORENBURG = (
    "Оренбуржье и Башкирия будут вместе помогать ветеранам\n10 сентября 2025, 12:00\n\n"
    "Вчера министерство социального развития Оренбургской области и министерство семьи, "
    "труда и социальной защиты населения Республики Башкортостан заключили соглашение о "
    "взаимодействии в сфере социальной поддержки ветеранов.\n\n"
    "Соглашение вступит в силу с 1 октября.\n")

KURGAN = (
    "Курганская область подписала соглашение с Тюменской областью\n22 января 2025, 09:30\n\n"
    "В понедельник министр социальной политики Курганской области и директор департамента "
    "социального развития Тюменской области подписали соглашение о сотрудничестве в сфере "
    "реабилитации инвалидов.\n\n"
    "Курганская область уже имеет такой опыт: в 2020 году подобное соглашение было заключено "
    "с Челябинской областью, по нему реабилитацию прошли более двухсот человек.\n\n"
    "Соглашение вступает в силу с 15 февраля.\n")


def _lipetsk(weekday: str, stamp: str) -> str:
    return (f"Липецк и Воронеж договорились о соцподдержке\n{stamp}, 10:00\n\n"
            f"{weekday} министр социальной защиты Липецкой области и министр социальной "
            "защиты Воронежской области подписали соглашение о сотрудничестве в сфере "
            "социального обслуживания.\n")


OMSK_RELATIVE = (
    "Омск и Тюмень договорились\n8 июля 2025, 10:00\n\nСоглашение, которое в пятницу "
    "подписали министерство социального развития Омской области и департамент социального "
    "развития Тюменской области, вступит в силу с 1 августа.\n")

NOVGOROD_DEADLINE = (
    "Соглашение планируют подписать до конца ноября\n3 октября 2025, 10:00\n\n"
    "Министерство социального развития Новгородской области и Комитет по социальной защите "
    "Псковской области подготовили проект соглашения о сотрудничестве. Стороны намерены "
    "подписать соглашение до 1 декабря.\n")

YAROSLAVL_OTHER_EVENT = (
    "Ярославль и Кострома объединили усилия\n9 октября 2025, 10:00\n\n"
    "В среду министр труда и социальной поддержки Ярославской области и директор "
    "департамента по труду и социальной защите населения Костромской области подписали "
    "соглашение о сотрудничестве в сфере социальной защиты.\n\n"
    "Следующая встреча министров пройдёт 20 ноября в Костроме.\n")


def _live_blog(day_line: str) -> str:
    return (
        "VOLGA-NEWS\nНовости | Регион | Экономика | Спорт | Онлайн\n\n"
        f"{day_line}\n"
        "Межрегиональный форум «Серебряный возраст»: главное в режиме онлайн\n\n"
        "Обновляется. Последняя запись: 15:30\n\n"
        "15:30\nФорум завершил работу. Итоги подведём в вечернем выпуске новостей, а "
        "фотографии с площадок опубликуем завтра утром.\n\n"
        "13:15\nНа круглом столе о долговременном уходе директор Саратовского центра "
        "социального обслуживания Марина Петровна Белова рассказала о подготовке помощников "
        "по уходу для сельских районов.\n\n"
        "12:00\nЕсть подпись! Министерство социального развития Саратовской области и "
        "Министерство социальной защиты Пензенской области заключили соглашение о "
        "сотрудничестве в сфере активного долголетия. Документ подписали министр социального "
        "развития Саратовской области Олег Воронин и министр социальной защиты Пензенской "
        "области Ирина Лосева.\n\n"
        "Пенсионеры двух регионов смогут бесплатно заниматься в клубах активного долголетия "
        "соседей.\n\n"
        "10:45\nОткрылось пленарное заседание. Губернатор Саратовской области приветствовал "
        "участников форума из двенадцати регионов Поволжья.\n")


# (text, the agreements as (status, date, first party's words) sorted)
PROBES = [
    # entry into force: the signing keeps "вчера", no agreement is dated 1 October
    (ORENBURG, [("signed", "2025-09-09")]),
    # entry into force in another paragraph does not refine a year stated in an earlier
    # signing's own clause; the Monday before a Wednesday publication
    (KURGAN, [("mentioned", "2020"), ("signed", "2025-01-20")]),
    # a weekday equal to the publication day's is that day; an earlier one, of that week or
    # the week before
    (_lipetsk("В понедельник", "6 октября 2025"), [("signed", "2025-10-06")]),
    (_lipetsk("В пятницу", "6 октября 2025"), [("signed", "2025-10-03")]),
    (_lipetsk("В четверг", "10 июля 2025"), [("signed", "2025-07-10")]),
    (_lipetsk("Во вторник", "10 июля 2025"), [("signed", "2025-07-08")]),
    # the signing's relative clause, not the entry into force the sentence states
    (OMSK_RELATIVE, [("signed", "2025-07-04")]),
    # a deadline dates no plan; an event's date in another paragraph dates no signing
    (NOVGOROD_DEADLINE, [("planned", None)]),
    (YAROSLAVL_OTHER_EVENT, [("signed", "2025-10-08")]),
    # a live blog's entry under its time takes the page's day; with no day on the page and
    # no publication date it stays undated
    (_live_blog("ПРЯМАЯ ТРАНСЛЯЦИЯ · 17 сентября 2025"), [("signed", "2025-09-17")]),
    (_live_blog("ПРЯМАЯ ТРАНСЛЯЦИЯ"), [("signed", None)]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), PROBES)
def test_signing_date_probe(models: Any, text: str, expected: list[tuple[str, str | None]]
                            ) -> None:
    got = sorted(((a.status, a.date) for a in extract(text, "probe.txt", models).agreements),
                 key=lambda x: (x[0], x[1] or ""))
    assert got == expected


def _parsed(models: Any, sentence: str, published: str = "2025-03-14") -> tuple[Any, Any]:
    analysis = parsed_analysis(models, sentence)
    assert analysis.sentences[0].parsed
    return analysis.sentences[0], find_dates(analysis.text, published)


# (sentence, the date's text, is it an expiry, entry into force or a term's end)
TERM_PROBES = [
    ("Соглашение вступит в силу с 1 апреля.", "1 апреля", True),
    ("Договор вступает в силу 20 мая.", "20 мая", True),
    ("Документ будет действовать до конца 2031 года.", "2031 года", True),
    ("Срок действия договора истекает 30 июня.", "30 июня", True),
    ("Соглашение начнёт действовать с 1 августа.", "1 августа", True),
    ("Договор действует с 2017 года.", "2017 года", False),
    ("Соглашение подписали 12 марта в Казани.", "12 марта", False),
    ("Министры заключили договор в 2019 году.", "2019 году", False),
    ("В конце 2023 года министры подписали соглашение.", "2023 года", False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "date_text", "term"), TERM_PROBES)
def test_expiry_entry_and_term_are_no_signing_date(models: Any, sentence: str,
                                                  date_text: str, term: bool) -> None:
    sent, dates = _parsed(models, sentence)
    (d,) = [d for d in dates if d.text == date_text]
    assert expiry_date(sent, d) is term


# (sentence, the agreement noun's text, the date the pass gives)
CLAUSE_PROBES = [
    ("Новое соглашение в пятницу в Кирове заключили министры двух областей.", "соглашение",
     "2025-03-14"),
    ("Дополнительный договор 4 марта в Перми подписали губернаторы.", "договор", "2025-03-04"),
    # a clause break, a term or no signing verb right after the noun: none
    ("Соглашение, о котором говорили 4 марта, подписали губернаторы.", "Соглашение", None),
    ("Соглашение до конца 2028 года продлили министры.", "Соглашение", None),
    ("Соглашение 4 марта обсудили министры.", "Соглашение", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "noun", "value"), CLAUSE_PROBES)
def test_signing_clause_date(models: Any, sentence: str, noun: str, value: str | None
                             ) -> None:
    sent, dates = _parsed(models, sentence)
    k = next(i for i, t in enumerate(sent.tokens) if t.text == noun)
    assert signing_clause_date(sent, k, dates) == value


@pytest.mark.slow
def test_cli_ingest_and_list_dates_signings_only(listed_rows: Any) -> None:
    rows = listed_rows(
        {"kurgan.txt": KURGAN, "blog.txt": _live_blog("ПРЯМАЯ ТРАНСЛЯЦИЯ · 17 сентября 2025")},
        "--kind", "agreements", "--format", "jsonl", "--limit", "0")
    got = sorted((r["status"], r["date"], [p["name"] for p in r["parties"]]) for r in rows)
    assert got == [
        # the colon elaborates "Курганская область уже имеет такой опыт": its subject is
        # the other side (sides.colon_subject)
        ("mentioned", "2020", ["Курганская область", "Челябинская область"]),
        ("signed", "2025-01-20",
         ["Курганская область", "Департамент социального развития Тюменской области"]),
        ("signed", "2025-09-17",
         ["Министерство социального развития Саратовской области",
          "Министерство социальной защиты Пензенской области"]),
    ]
