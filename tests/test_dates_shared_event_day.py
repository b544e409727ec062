"""Agreements signed at one event share its day (date36), probed in our own words.

The shape: a headline or a sentence tells several signings at once ("Область подписала
соглашения с Камчаткой и Хакасией"), the body dates the event by a day ("Во вторник прошла
конференция. По итогам конференции ... подписал два соглашения") and only one of the
records the sentence gives picks that day up. The others take it (``one_telling_day``).
Negatives: an agreement recalled as background keeps its own year or none; two records of
one sentence dated by different days keep them; a month (an older document's) is not shared.
The pass is probed on hand-made records, then the whole extraction on texts in several
word orders.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.agreement_dates import DATE_PASSES, DateStage, one_telling_day
from soccoop.models import Agreement, Evidence


class _Sent:
    def __init__(self, start: int, stop: int) -> None:
        self.start, self.stop = start, stop


class _Analysis:
    def __init__(self, bounds: list[tuple[int, int]]) -> None:
        self.sentences = [_Sent(a, b) for a, b in bounds]
        self.text = ""


def _rec(status: str, date: str | None, at: int) -> Agreement:
    return Agreement(title="", status=status, date=date, parties=[], signatories=[],
                     regions=[], evidence=Evidence(text="", start=at, end=at + 5))


# sentences: [0, 100) the headline, [100, 200) the body's first, [200, 300) the next
@pytest.mark.parametrize(("records", "expected"), [
    # two signings of one sentence, one dated by a day: the other takes it
    ([("signed", "2025-12-02", 10), ("signed", None, 20)], ["2025-12-02", "2025-12-02"]),
    ([("signed", None, 10), ("signed", "--09-29", 10), ("signed", None, 30)],
     ["--09-29", "--09-29", "--09-29"]),
    # another sentence's signing is another event: untouched
    ([("signed", "2025-12-02", 10), ("signed", None, 150)], ["2025-12-02", None]),
    # a record only referred to keeps no date of the event's
    ([("signed", "2025-12-02", 10), ("mentioned", None, 20)], ["2025-12-02", None]),
    ([("signed", "2025-12-02", 10), ("planned", None, 20)], ["2025-12-02", None]),
    # a month or a year may be an older document's: not shared
    ([("signed", "2022-11", 10), ("signed", None, 20)], ["2022-11", None]),
    ([("signed", "2020", 110), ("signed", None, 120)], ["2020", None]),
    # two days in one sentence: which is whose is not known
    ([("signed", "2025-12-02", 10), ("signed", "2025-12-03", 20), ("signed", None, 30)],
     ["2025-12-02", "2025-12-03", None]),
    # a day and a month of one sentence: the undated one may be either's
    ([("signed", "2025-12-02", 210), ("signed", "2025-11", 220), ("signed", None, 230)],
     ["2025-12-02", "2025-11", None]),
])
def test_one_telling_day_on_records(records: list[tuple[str, str | None, int]],
                                    expected: list[str | None]) -> None:
    recs = [_rec(*r) for r in records]
    analysis: Any = _Analysis([(0, 100), (100, 200), (200, 300)])
    stage = DateStage(analysis=analysis, stated=[], dates=[], published=None,
                      agreements=recs)
    one_telling_day(stage)
    assert [a.date for a in recs] == expected


def test_the_pass_runs_on_stated_dates() -> None:
    """Before anchoring: a shared "--09-29" is anchored with the rest."""
    names = [p.name for p in DATE_PASSES]
    assert names.index("one_telling_day") < names.index("anchored_values")


PAGE = "{head}\n{pub}\n{body}\nФото пресс-службы."
CONF = ("Во вторник в Томске прошла межрегиональная конференция по активному долголетию. "
        "В её работе приняли участие представители шести регионов. ")
TWO = ("По итогам конференции начальник департамента социальной защиты населения Томской "
       "области Михаил Петров подписал два соглашения. Первое — с Министерством социального "
       "благополучия Камчатского края: подпись под ним поставила министр Инна Орлова. "
       "Второе соглашение — о социальном туризме — заключено с Министерством труда "
       "Республики Хакасия. Документ подписали Михаил Петров и министр Елена Сидорова. ")


# 03.12.2025 is a Wednesday: "во вторник" is 2 December
@pytest.mark.slow
@pytest.mark.parametrize(("head", "body"), [
    ("Томская область подписала соглашения с Камчаткой и Хакасией", CONF + TWO),
    ("Томская область заключила соглашения с Хакасией и Камчаткой", CONF + TWO),
    ("Соглашения с Камчаткой и Хакасией подписаны в Томске", CONF + TWO),
])
def test_signings_of_one_headline_share_the_event_day(models: Any, head: str,
                                                       body: str) -> None:
    text = PAGE.format(head=head, pub="03.12.2025", body=body)
    signed = [d for s, d in probes.status_dates(models, text) if s == "signed"]
    assert len(signed) == 2
    assert signed == ["2025-12-02", "2025-12-02"]


@pytest.mark.slow
@pytest.mark.parametrize("recall", [
    "Напомним, соглашение между правительствами Томской области и Новосибирской области "
    "было подписано в 2020 году.",
    "Между Томской областью и Новосибирской областью уже действует соглашение о "
    "сотрудничестве, заключённое в 2020 году.",
])
def test_a_recalled_agreement_keeps_its_own_year(models: Any, recall: str) -> None:
    text = PAGE.format(head="Томская область подписала соглашения с Камчаткой и Хакасией",
                       pub="03.12.2025", body=CONF + TWO + recall)
    dated = probes.status_dates(models, text)
    assert [d for s, d in dated if s == "signed"] == ["2025-12-02", "2025-12-02"]
    assert [d for s, d in dated if s == "mentioned"] == ["2020"]


# --- date36: the year a cooperation began dates the agreement recalled as its basis
NEWS = ("Министерство социальной защиты Алтайского края и Министерство труда Республики "
        "Тыва подписали соглашение о сотрудничестве. Документ подписали министр Анна "
        "Иванова и министр Олег Петров. ")


@pytest.mark.slow
@pytest.mark.parametrize(("recall", "expected"), [
    ("Напомним, Алтайский край с 2019 года сотрудничает с Новосибирской областью: "
     "соглашение между правительствами двух регионов было подписано на форуме.", "2019"),
    ("Алтайский край и Новосибирская область сотрудничают с 2018 года на основании "
     "соглашения между правительствами регионов.", "2018"),
    ("С 2021 года правительства Алтайского края и Новосибирской области тесно "
     "взаимодействуют по соглашению о сотрудничестве.", "2021"),
    # the year is of another verb, the cooperation's is not told
    ("С 2015 года Алтайский край принимает на отдых детей, а сотрудничает с Новосибирской "
     "областью на основании соглашения между правительствами регионов.", None),
    ("Алтайский край сотрудничает с Новосибирской областью на основании соглашения между "
     "правительствами регионов.", None),
])
def test_cooperation_since_a_year(models: Any, recall: str, expected: str | None) -> None:
    text = PAGE.format(head="Алтайский край и Тыва будут вместе помогать пожилым",
                       pub="03.12.2025", body=NEWS + recall)
    dated = probes.status_dates(models, text)
    assert [s for s, _ in dated] == ["signed", "mentioned"]
    assert dated[1][1] == expected
