"""hid94: records of rounds 142 and 143's constructions, probes written for this file (not
copied from any round).

* "Помимо этого, завод заключил соглашение с комитетом по спорту" after the factory's
  signing with the employment centre: a signing told as one more (an additive adverb or
  "помимо этого", "кроме того" on its verb, its partner under "с"/"между") whose side lists
  each hold a side the other lacks is another agreement (``agreements.told_as_further``,
  ``merge_rules.further_signing_other_sides``); one such of a body of sport, tourism or
  culture naming nothing of the social sphere is no record (``agreements.
  further_other_field``).
* A record told in a headline naming an occasion with no day takes the day the next
  sentence gives that occasion by a participle of taking place (``agreement_dates.
  _occasion_told_next``).
* A plan put off to a month takes the day of that month a later nominal sentence names as
  the new time ("Новая дата — 9 июня"; ``agreement_dates.new_time_named_later``,
  ``_day_within_month``).
* A newspaper's masthead of two capitalised words before its quoted name, a section and the
  date, is the page's stamp (``published._RUBRIC``).
"""

from __future__ import annotations

from typing import Any

import probes
import pytest
from probes import first_sentence, noun_at, status_parties

LEAD = "Новости\n\n"
PUB = "2025-06-07"
SIGNING = ("АО «Тамбовский станкозавод» и Центр занятости населения Тамбовской области 3 марта "
           "подписали соглашение о наставничестве молодых станочников. ")


# (id, text after the signing, (status, parties each record must hold) of every record)
RECORDS = [
    ("a further signing of a sports body is no record",
     "Помимо этого, 3 марта предприятие заключило соглашение с комитетом физической культуры "
     "и спорта Тамбовской области: команда завода выступит на спартакиаде. Документ "
     "подписали председатель комитета Олег Тихонов и директор завода Павел Гусев.",
     [("signed", ["АО «Тамбовский станкозавод»",
                  "Центр занятости населения Тамбовской области"])]),
    ("a further signing of a tourism body is no record",
     "Кроме того, завод тоже заключил соглашение с комитетом по туризму Тамбовской области "
     "о заводских экскурсиях.",
     [("signed", ["АО «Тамбовский станкозавод»",
                  "Центр занятости населения Тамбовской области"])]),
    # negatives: a further signing of the social sphere stays a record of its own
    ("a further signing about mentoring",
     "Кроме того, завод тоже заключил соглашение с Тамбовским политехническим колледжем о "
     "наставничестве.",
     [("signed", ["АО «Тамбовский станкозавод»",
                  "Центр занятости населения Тамбовской области"]),
      ("signed", ["Тамбовский политехнический колледж"])]),
    ("a further signing of a sports body about adaptive sport",
     "Помимо этого, 3 марта предприятие заключило соглашение с комитетом физической культуры "
     "и спорта Тамбовской области о развитии адаптивного спорта.",
     [("signed", ["АО «Тамбовский станкозавод»",
                  "Центр занятости населения Тамбовской области"]),
      ("signed", ["Комитет физической культуры и спорта Тамбовской области"])]),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(RECORDS))
def test_records(models: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    got = status_parties(models, LEAD + SIGNING + text, PUB)
    probes.check_status_records(got, expected)


# (id, sentence, is its agreement noun signed as one more, with its partner told there)
FURTHER = [
    ("an additive adverb", "Кроме того, завод тоже заключил соглашение с колледжем.", True),
    ("a passive with also", "На встрече также было подписано соглашение между фондом «Опора» "
     "и техникумом.", True),
    ("besides this", "Помимо этого, управление заключило соглашение с центром занятости.",
     True),
    # negatives
    ("more signers, no partner", "Соглашение подписали также глава района Олег Тихонов и "
     "директор школы Павел Гусев.", False),
    ("no signing verb", "Завод также выполняет соглашение с колледжем.", False),
    ("no additive word", "Завод заключил соглашение с колледжем.", False),
    ("no partner told", "Кроме того, завод тоже заключил соглашение.", False),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(FURTHER))
def test_told_as_further(models: Any, text: str, expected: bool) -> None:
    from soccoop.extract.agreements import told_as_further

    sent = first_sentence(models, text)
    assert told_as_further(sent, noun_at(sent)) is expected


# (id, a record's sentence, the next one, does the next name the same occasion)
OCCASIONS = [
    ("the rally named again", "На слёте «Равные возможности» подписано соглашение.",
     "На площадке слёта, прошедшего 5 июня, фонд и колледж заключили соглашение.", True),
    # negatives
    ("no occasion in the record's sentence", "Фонд и колледж подписали соглашение.",
     "На площадке слёта, прошедшего 5 июня, фонд и колледж заключили соглашение.", False),
    ("another occasion next", "На слёте «Равные возможности» подписано соглашение.",
     "Фонд и колледж подписали соглашение на заседании 5 июня.", False),
]


@pytest.mark.parametrize(("first", "second", "expected"), probes.named_rows(OCCASIONS))
def test_occasion_told_next(models: Any, first: str, second: str, expected: bool) -> None:
    from soccoop.extract.agreement_dates import _occasion_told_next

    sents = probes.parsed_analysis(models, first + " " + second).sentences
    assert len(sents) == 2
    assert _occasion_told_next(sents[0], sents[1]) is expected


PUT_OFF = ("Подписание соглашения между региональным управлением социальной защиты Тамбовской "
           "области и фондом «Опора» перенесли на июнь\n\nПодписание соглашения о помощи одиноким "
           "пенсионерам между региональным управлением социальной защиты Тамбовской области и "
           "фондом «Опора», намеченное на 20 мая, перенесено. Новая дата — {}. Документ "
           "подпишут в Мичуринске.")

# (id, the new time named, the plan's date)
NEW_DAYS = [
    ("a day of the month put off to", "9 июня", "2025-06-09"),
    # negative: a day of another month leaves the month told first
    ("a day of another month", "9 июля", "2025-06"),
]


@pytest.mark.parametrize(("day", "expected"), probes.named_rows(NEW_DAYS))
def test_new_day_of_put_off_month(models: Any, day: str, expected: str) -> None:
    got = probes.status_dates(models, LEAD + PUT_OFF.format(day), "2025-05-12")
    assert got == [("planned", expected)], got


# (id, day, month, is the day within the month)
WITHIN = [
    ("same month and year", "2025-06-09", "2025-06", True),
    ("a day with no year", "--06-09", "2025-06", True),
    # negatives
    ("another month", "2025-07-09", "2025-06", False),
    ("another year", "2024-06-09", "2025-06", False),
    ("a month, no day", "2025-06", "2025-06", False),
]


@pytest.mark.parametrize(("day", "month", "expected"), probes.named_rows(WITHIN))
def test_day_within_month(day: str, month: str, expected: bool) -> None:
    from soccoop.extract.agreement_dates import _day_within_month

    assert _day_within_month(day, month) is expected


# (id, a page's first line, the publication day found)
MASTHEADS = [
    ("two capitalised words before the quoted name",
     "РАЙОННАЯ ГАЗЕТА «СЕВЕРНЫЙ КРАЙ» • Общество • 3 мая 2025, 10:15", "2025-05-03"),
    ("one word before it, as before", "Газета «Северный край» • Общество • 3 мая 2025",
     "2025-05-03"),
    # negatives: a headline of a list, many words before a quoted name
    ("a headline of a list",
     "Губернатор вручил награды коллективу «Северный край» • 3 мая 2025", None),
]


@pytest.mark.parametrize(("line", "expected"), probes.named_rows(MASTHEADS))
def test_masthead_stamp(line: str, expected: str | None) -> None:
    from soccoop.extract.published import stamp_line

    ref = stamp_line(line)
    assert (ref.value if ref is not None else None) == expected


def test_masthead_dates_page() -> None:
    from soccoop.extract.published import find_published

    text = ("РАЙОННАЯ ГАЗЕТА «СЕВЕРНЫЙ КРАЙ» • Общество • 3 мая 2025, 10:15\n\n"
            "В районе открыли пункт проката колясок\n\n"
            "Районное управление соцзащиты открыло пункт, где жители с инвалидностью берут "
            "коляски и костыли на время. Первые десять колясок уже выданы.\n")
    assert find_published(text)[0] == "2025-05-03"


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, agreements=("told_as_further", "further_other_field"),
                                          merge_rules=("further_signing_other_sides", "_bare_head"),
                                          agreement_dates=("_occasion_told_next",
                                                           "_day_within_month",
                                                           "new_time_named_later"))
