"""date44: agreement dates one day off or missing because the day is told elsewhere than
the signing's own clause: several signings dated once for all in a later sentence ("Все три
документа она подписала 11 сентября", ``collective_signing_day``), a signing told as
following the one before ("Сразу после этого ...", ``signed_in_sequence``), signatures put
on a relative day ("Подписи во вторник поставили ..."), a noun's phrase the parser splits
before "действует с 2017 года", a headline plan whose lead names the day it was scheduled
for. The two new passes are probed on hand-made records over parsed texts (short texts
merge such signings into one record before the passes run), the rest through the whole
extraction; negatives where a rule must not fire."""

from __future__ import annotations

from typing import Any

import pytest
from probes import named_rows, status_dates

from soccoop.extract.agreement_dates import (
    DATE_PASSES,
    DateStage,
    collective_signing_day,
    day_within_range,
    opens_in_sequence,
    signed_in_sequence,
)
from soccoop.extract.dates import find_dates, stated_view
from soccoop.extract.syntax import parse_documents
from soccoop.models import Agreement, Evidence


def _stage(models: Any, text: str, records: list[tuple[str, str | None, str]]
           ) -> tuple[DateStage, list[Agreement]]:
    """A date stage over the parsed ``text`` (published 2025-09-12) with hand-made records
    (status, date, the words their evidence starts with)."""
    analysis = models.analyse(text)
    parse_documents([analysis], models)
    dates = find_dates(text, "2025-09-12")
    recs = [Agreement(title="", status=st, date=d, parties=[], signatories=[], regions=[],
                      evidence=Evidence(text=w, start=text.index(w),
                                        end=text.index(w) + len(w)))
            for st, d, w in records]
    return DateStage(analysis=analysis, stated=stated_view(dates), dates=dates,
                     published="2025-09-12", agreements=recs), recs


FORUM = ("На форуме министр подписала соглашения с университетом и с министерством Кировской "
         "области. Форум собрал шестьсот участников. Соглашение с университетом "
         "предусматривает практику студентов. ")


@pytest.mark.slow
@pytest.mark.parametrize(("closing", "records", "expected"), named_rows([
    ("all-documents-day", "Все документы министр Ольга Бегунова подписала 11 сентября, во "
     "второй день форума.", [("signed", None, "На форуме"), ("signed", None, "Соглашение с")],
     ["--09-11", "--09-11"]),
    ("three-documents-day", "Все три документа министр Ольга Бегунова подписала 11 сентября.",
     [("signed", None, "На форуме")], ["--09-11"]),
    ("both-day", "Оба соглашения министр Ольга Бегунова подписала 11 сентября.",
     [("signed", None, "На форуме")], ["--09-11"]),
    # negatives: a record with a date of its own keeps it; a plan takes no signing day; the
    # day of another verb; a document signed alone
    ("neg-own-date", "Все документы министр Ольга Бегунова подписала 11 сентября.",
     [("signed", "--09-10", "На форуме")], ["--09-10"]),
    ("neg-plan", "Все документы министр Ольга Бегунова подписала 11 сентября.",
     [("planned", None, "На форуме")], [None]),
    ("neg-other-verb", "Все документы министр Ольга Бегунова подписала на форуме, который "
     "открылся 10 сентября.", [("signed", None, "На форуме")], [None]),
    ("neg-one-document", "Документ министр Ольга Бегунова подписала 11 сентября.",
     [("signed", None, "На форуме")], [None]),
]))
def test_collective_signing_day(models: Any, closing: str,
                                records: list[tuple[str, str | None, str]],
                                expected: list[str | None]) -> None:
    stage, recs = _stage(models, FORUM + closing, records)
    collective_signing_day(stage)
    assert [a.date for a in recs] == expected


FIRST = ("Глава республики и губернатор области 4 сентября подписали соглашение о "
         "сотрудничестве. Церемония прошла в Петрозаводске. ")


@pytest.mark.slow
@pytest.mark.parametrize(("second", "first_date", "expected"), named_rows([
    ("right-after-this", "Сразу после этого министр и ректор университета подписали "
     "соглашение о подготовке кадров.", "--09-04", "--09-04"),
    ("after-this", "После этого министры подписали отдельное соглашение.", "--09-04",
     "--09-04"),
    ("next-adverb", "Следом министр и ректор университета скрепили подписями соглашение.",
     "--09-04", "--09-04"),
    ("then-adverb", "Затем министры подписали отдельное соглашение.", "--09-04", "--09-04"),
    # negatives: no word of sequence; the one before dated by a month only, or undated
    ("neg-no-sequence", "Министр и ректор университета подписали соглашение о подготовке "
     "кадров.", "--09-04", None),
    ("neg-month-before", "Следом министры подписали отдельное соглашение.", "--09", None),
    ("neg-undated-before", "Следом министры подписали отдельное соглашение.", None, None),
]))
def test_signed_in_sequence(models: Any, second: str, first_date: str | None,
                            expected: str | None) -> None:
    text = FIRST + second
    stage, recs = _stage(models, text, [("signed", first_date, "Глава"),
                                        ("signed", None, second[:12])])
    signed_in_sequence(stage)
    assert recs[1].date == expected


@pytest.mark.slow
def test_sequence_within_reach(models: Any) -> None:
    """Five sentences of detail on, "Следом" no longer follows the signing told before."""
    detail = "Гости осмотрели центр. " * 5
    text = FIRST + detail + "Следом министры подписали отдельное соглашение."
    stage, recs = _stage(models, text, [("signed", "--09-04", "Глава"),
                                        ("signed", None, "Следом")])
    signed_in_sequence(stage)
    assert recs[1].date is None


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Следом министр подписал соглашение.", True),
    ("Сразу после этого министры подписали соглашение.", True),
    ("Вслед за этим министры подписали соглашение.", True),
    ("Министры подписали соглашение, а затем осмотрели центр.", False),
    ("После форума министры подписали соглашение.", False),
])
def test_opens_in_sequence(models: Any, sentence: str, expected: bool) -> None:
    analysis = models.analyse(sentence)
    parse_documents([analysis], models)
    assert opens_in_sequence(analysis.sentences[0]) is expected


RANGE = ("Министерство подписало соглашения с университетом и с фондом в рамках форума, "
         "прошедшего в Якутске 24–25 ноября. Все документы подписал министр Вадим Алексеев. ")


@pytest.mark.slow
@pytest.mark.parametrize(("ceremony", "expected"), named_rows([
    ("ceremony-day", "Церемония прошла 25 ноября в Доме дружбы народов.", "--11-25"),
    ("signed-day", "Соглашение с фондом Алексеев подписал 25 ноября.", "--11-25"),
    # negatives: no day told of the signing; a day outside the range; another event's day
    ("neg-no-day", "Церемония прошла в Доме дружбы народов.", "--11-24"),
    ("neg-outside", "Церемония прошла 27 ноября в Доме дружбы народов.", "--11-24"),
    ("neg-other-event", "Выставка открылась 25 ноября в Доме дружбы народов.", "--11-24"),
]))
def test_day_within_range(models: Any, ceremony: str, expected: str) -> None:
    """A signing dated by the first day of its event's range takes the day of the range
    the text tells the signing on."""
    stage, recs = _stage(models, RANGE + ceremony, [("signed", "--11-24", "Министерство")])
    day_within_range(stage)
    assert recs[0].date == expected


PAGE = ("Соцфонд и общество инвалидов края будут вместе помогать людям с инвалидностью\n\n"
        "Опубликовано: 22 октября 2025\n\n"
        "Отделение Фонда пенсионного и социального страхования Российской Федерации по "
        "Красноярскому краю и Красноярская региональная организация Общероссийской "
        "общественной организации «Всероссийское общество инвалидов» подписали соглашение о "
        "взаимодействии. Подписи {when} поставили управляющий отделением Юлия Бражникова и "
        "председатель краевой организации ВОИ Геннадий Шубин.\n\nСтороны будут информировать "
        "людей с инвалидностью о мерах поддержки.")

PROBES: list[tuple[str, str | None, str, list[tuple[str, str | None]]]] = [
    # --- signatures put on a relative day, told in the next sentence (22 October 2025 is a
    # Wednesday) ------------------------------------------------------------------------
    ("signatures-on-weekday", None, PAGE.format(when="во вторник"),
     [("signed", "2025-10-21")]),
    ("signatures-yesterday", None, PAGE.format(when="вчера"), [("signed", "2025-10-21")]),
    ("signatures-day-before", None, PAGE.format(when="накануне"),
     [("signed", "2025-10-21")]),
    ("neg-signatures-today", None, PAGE.format(when="сегодня"),
     [("signed", "2025-10-22")]),
    # --- a noun's phrase split by the parser before "действует с" -------------------------
    ("in-force-long-phrase", "2025-06-05",
     "Министр напомнила, что регионы связывает давнее партнёрство: рамочное соглашение о "
     "торгово-экономическом, научно-техническом и социально-культурном сотрудничестве между "
     "правительствами Свердловской области и Республики Башкортостан действует с 2017 года.",
     [("mentioned", "2017")]),
    # --- a headline plan, the lead naming the day it was scheduled for -------------------
    ("headline-plan-scheduled", None,
     "Подписание соглашения между минсоцразвития Оренбуржья и Башкирским отделением "
     "Соцфонда перенесли\n\nПодписание соглашения о взаимодействии между министерством "
     "социального развития Оренбургской области и Отделением Социального фонда России по "
     "Республике Башкортостан, намеченное на 12 ноября, перенесено на неопределённый срок.",
     [("planned", "--11-12")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("published", "text", "expected"), named_rows(PROBES))
def test_probe(models: Any, published: str | None, text: str,
               expected: list[tuple[str, str | None]]) -> None:
    assert status_dates(models, text, published) == expected


def test_passes_run_before_the_stand_in() -> None:
    """The new passes read stated dates before they are anchored, and run before the
    publication day stands in for an undated signing."""
    names = [p.name for p in DATE_PASSES]
    for name in ("collective_signing_day", "day_within_range", "signed_in_sequence"):
        assert names.count(name) == 1
        assert names.index(name) < names.index("anchored_values") < \
            names.index("published_day")
