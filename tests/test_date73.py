"""date73: a newspaper's issue line closing the page with its imprint notes after it (the
year a plan's "в декабре этого года" takes), a plan first set for a day and put off in the
same sentence, and a signing dated by the occasion the next sentence opens with. In our own
words.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.agreement_dates import DATE_PASSES
from soccoop.extract.published import find_published, footer_issue, without_imprint

# --- publication: an issue line closing the page, the imprint's notes after it --------------

PAGE = ("ВЕСТИ ЗАРЕЧЬЯ\nГазета Заречного района\n\nОБЩЕСТВО\n\nЦентр и приход будут работать "
        "вместе\n\nДиректор центра рассказала, что в декабре этого года планируется подписать "
        "соглашение о сотрудничестве между Управлением социальной защиты населения "
        "Зареченского района и Зареченским отделением Российского Красного Креста."
        "\n\nА. Петрова\n\n{footer}\n")


@pytest.mark.parametrize(("footer", "expected"), [
    ("Газета «Вести Заречья» № 12 (3456), 5 мая 2022 г. Подписано в печать 4.05.2022 в "
     "15.00. Тираж 900 экз.", "2022-05-05"),
    ("Газета «Вести Заречья» № 12 (3456), 5 мая 2022 г. Тираж 900 экз. Заказ № 17.",
     "2022-05-05"),
    # no imprint after the date: read as before
    ("Газета «Вести Заречья» № 12 (3456), 5 мая 2022 г.", "2022-05-05"),
    # no issue line before the notes: the press day alone dates no page
    ("Подписано в печать 4.05.2022 в 15.00. Тираж 900 экз.", None),
    # a bare number under the text (no paper named) may cite any issue
    ("№ 12 (3456), 5 мая 2022 г. Подписано в печать 4.05.2022. Тираж 900 экз.", None),
])
def test_footer_issue_with_imprint(footer: str, expected: str | None) -> None:
    assert probes.day_read(footer_issue, PAGE.format(footer=footer)) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("«Заря» № 3 (120), 2 июня 2023 г. Подписано в печать 1.06.2023.",
     "«Заря» № 3 (120), 2 июня 2023 г."),
    ("«Заря» № 3 (120), 2 июня 2023 г.; тираж 500 экз.",
     "«Заря» № 3 (120), 2 июня 2023 г.;"),
    # a note word inside a sentence (no close before it) is no imprint note
    ("Редакция благодарит всех, кто подписано в печать не раз", "Редакция благодарит всех, "
     "кто подписано в печать не раз"),
    ("Большой тираж газеты разошёлся за день.", "Большой тираж газеты разошёлся за день."),
])
def test_without_imprint(line: str, expected: str) -> None:
    assert without_imprint(line) == expected


def test_plan_this_year_takes_the_footer_year(models: Any) -> None:
    text = PAGE.format(footer="Газета «Вести Заречья» № 12 (3456), 5 мая 2022 г. Подписано в "
                              "печать 4.05.2022 в 15.00. Тираж 900 экз.")
    assert find_published(text)[0] == "2022-05-05"
    found = [(a.status, a.date, a.date_anchored) for a in probes.agreements_of(models, text)]
    assert ("planned", "2022-12", True) in found, found


# --- a plan first set for a day, put off in the same sentence --------------------------------

DRAFT = ("Министерство социального развития Курской области и Курский государственный "
         "университет согласовали проект соглашения о подготовке социальных работников. "
         "Подписание соглашения {rest}")


@pytest.mark.parametrize("rest", [
    # put off by a pronoun: the new month, ahead of the page's day
    "сначала планировалось на 20 мая в Курске, однако было решено перенести его на июль.",
    # no object: the same
    "планировалось на 20 мая, но стороны договорились перенести на июль.",
])
def test_put_off_after_first_set(models: Any, rest: str) -> None:
    found = probes.status_dates(models, DRAFT.format(rest=rest), "2025-05-10")
    assert ("planned", "2025-07") in found, found


@pytest.mark.parametrize("rest", [
    # the verb moves another thing it names: the day first set stays
    "планировалось на 20 мая, а на июль перенесли совещание ректоров.",
    # not put off ("не стали"): the day first set stays
    "планировалось на 20 мая, и переносить его на июль не стали.",
])
def test_put_off_other_or_not(models: Any, rest: str) -> None:
    found = probes.status_dates(models, DRAFT.format(rest=rest), "2025-05-10")
    assert [st for st, _ in found] == ["planned"], found
    assert ("planned", "2025-07") not in found, found


# --- a signing dated by the occasion the next sentence opens with ----------------------------

NEWS = ("Министерство социального развития Самарской области и Самарское отделение Союза "
        "пенсионеров России обсудили итоги года и подписали соглашение о сотрудничестве.\n\n"
        "{after}")


@pytest.mark.parametrize(("after", "expected"), [
    ("Встреча состоялась накануне в Самаре, в здании правительства.", "2025-03-11"),
    ("Совещание прошло 10 марта в Самаре.", "2025-03-10"),
    # an occasion to come: no date from it (the page's day stands in)
    ("Следующая встреча пройдёт 20 марта в Тольятти.", None),
    # the occasion not opening the sentence: not the one just told
    ("В Тольятти 10 марта прошла встреча ветеранов.", None),
])
def test_occasion_opens_next(models: Any, after: str, expected: str | None) -> None:
    records = probes.agreements_of(models, NEWS.format(after=after), "2025-03-12")
    found = [(a.status, probes.text_date(a)) for a in records]
    assert ("signed", expected) in found, found


def test_new_passes_run_before_the_stand_in() -> None:
    names = [p.name for p in DATE_PASSES]
    assert names.index("put_off_later") < names.index("put_off_after_first_set") < \
        names.index("anchored_values")
    assert names.index("occasion_opens_next") < names.index("published_day")
