"""datepool91: agreement dates pooled over the dev rounds. "В тот же день" far from the day
it restates takes the day of the record told before it, even one not yet read as signed; an
agreement recalled as the basis of work going on since a year ("С 2021 года центр работает
по соглашению с ...", "работа, которая ведётся с 2020 года в рамках соглашения") is of that
year; a sentence opened by "Церемония" held on a day, past the signers' lines, dates the
signing told before it. Every probe is written here, in words of its own, with the near
misses each rule must not fire on."""

from __future__ import annotations

import pytest
from probes import first_sentence, named_rows, noun_at, status_dates

from soccoop.extract.dates import find_dates
from soccoop.extract.signing_dates import worked_under_since

FILLER = ("Документ касается сопровождения семей с детьми-инвалидами. Стороны будут "
          "обмениваться методиками, проводить совместные семинары и стажировки. Особое "
          "внимание уделят сельским территориям, где специалистов не хватает. Координатором "
          "назначен областной ресурсный центр. Итоги первого года подведут на коллегии.")
SAME_DAY = ("Новости\n\nСоглашение между правительством Тверской области и фондом «Опора "
            "семьи» подписано 14 мая в Твери, на форуме «Семья и общество».\n\n" + FILLER +
            "\n\n«{then} аналогичное соглашение с фондом подписало правительство Смоленской "
            "области», — рассказала директор фонда.\n")
CEREMONY = ("Новости\n\nЛипецкая и Орловская области будут вместе помогать семьям с "
            "детьми-инвалидами\n\nДепартамент социальной защиты Липецкой области и "
            "министерство труда Орловской области подписали соглашение о взаимодействии. "
            "Подписи под документом поставили:\nначальник департамента социальной защиты "
            "Липецкой области — Ирина Котова;\nминистр труда Орловской области — Олег "
            "Гусев.\n\n{then}\n\n" + FILLER + "\n")
WORK = ("Новости\n\nЦентр занятости Калужской области провёл ярмарку вакансий для людей с "
        "инвалидностью. {then}\n")

# (id, published, text, (status, date the text gives) of every record, in order)
CASES = [
    # "в тот же день", far from the day: the day of the record told before it
    ("same-day-far", "2025-05-15", SAME_DAY.format(then="В тот же день"),
     [("signed", "2025-05-14"), ("signed", "2025-05-14")]),
    # negative: no phrase of the same day; the page's day only stands in
    ("no-same-day", "2025-05-15", SAME_DAY.format(then="Позже"),
     [("signed", "2025-05-14"), ("mentioned", None)]),
    # the ceremony held on a day, past the signers' lines
    ("ceremony-day", "2025-06-03",
     CEREMONY.format(then="Церемония прошла в режиме видеосвязи в пятницу, 30 мая."),
     [("signed", "2025-05-30")]),
    # negatives: a ceremony still to come; a meeting, not the ceremony, past the signers
    ("ceremony-to-come", "2025-06-03",
     CEREMONY.format(then="Церемония вручения наград пройдёт 20 июня."), [("signed", None)]),
    ("meeting-not-ceremony", "2025-06-03",
     CEREMONY.format(then="Встреча министров прошла в пятницу, 30 мая."),
     [("signed", None)]),
    # work under an agreement since a year
    ("works-under-since", "2025-06-03",
     WORK.format(then="С 2021 года центр работает по соглашению с Калужским "
                      "государственным университетом — за это время работу нашли 40 "
                      "выпускников."),
     [("mentioned", "2021")]),
]


@pytest.mark.parametrize(("case", "published", "text", "expected"), CASES,
                         ids=[c[0] for c in CASES])
def test_dates(models, case: str, published: str | None, text: str, expected: list) -> None:
    assert status_dates(models, text, published) == expected


# (id, sentence, the year since which work goes on under the agreement, or None)
WORKED = [
    ("po-fronted", "С 2021 года центр работает по соглашению с Калужским университетом.",
     "2021"),
    ("frame-relative", "Центр дополняет работу, которая ведётся с 2020 года в рамках "
                       "соглашения с фондом.", "2020"),
    ("po-after-verb", "Центр работает с 2019 года по соглашению с областным университетом.",
     "2019"),
    # negatives: the work still to come; a year of no "с"; no verb of working
    ("future", "С 2026 года центр будет работать по соглашению с Калужским университетом.",
     None),
    ("no-since", "В 2021 году центр работал по соглашению с Калужским университетом.", None),
    ("other-verb", "С 2021 года центр отчитывается по соглашению с Калужским университетом.",
     None),
]


@pytest.mark.parametrize(("text", "expected"), named_rows(WORKED))
def test_worked_under_since(models, text: str, expected: str | None) -> None:
    sent = first_sentence(models, text)
    dates = [d for d in find_dates(text, "2025-06-03") if d.value]
    assert worked_under_since(sent, noun_at(sent), dates) == expected
