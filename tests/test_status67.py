"""status67: the status of an agreement told beside acts and periods of its own, in our own
words.

A plan noun that names another act (the agreement's subject) plans nothing; an act that
carries an agreement out ("план мероприятий по соглашению") leaves the agreement in force;
the year of the period a document covers ("на 2025 год") is no year of its signing; an
agreement told with the additive particle ("подписали и ... соглашение") is one more
document, not the one told before.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

PUBLISHED = "2024-12-20"


@pytest.mark.parametrize(("sentence", "date", "expected"), [
    # a plan noun naming the agreement's subject, the agreement signed in its own clause
    ("Подготовке волонтёров посвящено соглашение между министерством и колледжем, "
     "подписанное 18 декабря.", "2024-12-18", "signed"),
    ("Разработке новых программ посвящено соглашение между министерством и колледжем, "
     "подписанное 18 декабря.", "2024-12-18", "signed"),
    # a plan noun the agreement hangs on still plans it
    ("Министерство завершило подготовку соглашения с колледжем.", None, "planned"),
    # an act carrying the agreement out, to come: the agreement is in force
    ("Список мероприятий опубликуют после утверждения плана мероприятий по соглашению.",
     None, "mentioned"),
    ("Программу по соглашению утвердят весной.", None, "mentioned"),
    # a signing of the implementing act is left to the signing passes
    ("Стороны подпишут план мероприятий по соглашению в марте.", None, "planned"),
])
def test_clause_status(models: Any, sentence: str, date: str | None, expected: str) -> None:
    from soccoop.extract.candidate_status import _status

    sent = probes.first_sentence(models, sentence)
    assert _status(sent, probes.noun_at(sent), date, PUBLISHED) == expected


COVERED = ("Правительство края, федерация профсоюзов и союз работодателей подписали "
           "региональное соглашение о минимальной заработной плате на 2025 год.")


@pytest.mark.parametrize(("sentence", "date", "expected"), [
    # the year after "на" is the period covered: not weighed as the signing's date
    (COVERED, "2025", None),
    # a year the signing is dated by stays
    ("Правительство края и федерация профсоюзов подписали соглашение в 2025 году.", "2025",
     "2025"),
    (COVERED, None, None),
])
def test_date_for_status(models: Any, sentence: str, date: str | None,
                         expected: str | None) -> None:
    from soccoop.extract.candidate_status import date_for_status
    from soccoop.extract.dates import find_dates

    sent = probes.first_sentence(models, sentence)
    dates = find_dates(sentence, PUBLISHED)
    assert date_for_status(sent, date, dates) == expected


def test_covered_period_signed(models: Any) -> None:
    """The whole extraction: an agreement for the coming year, signed in December."""
    assert probes.statuses_of(models, COVERED, PUBLISHED) == ["signed"]


@pytest.mark.parametrize(("sentence", "lemma", "expected"), [
    ("Тогда же стороны подписали и региональное соглашение о минимальной заработной "
     "плате.", "соглашение", True),
    ("Стороны подписали и соглашение о минимальной заработной плате.", "соглашение", True),
    # the conjunction of two documents is no particle
    ("Стороны подписали меморандум и соглашение о сотрудничестве.", "соглашение", False),
    ("Стороны подписали региональное соглашение о минимальной заработной плате.",
     "соглашение", False),
])
def test_one_more_signed(models: Any, sentence: str, lemma: str, expected: bool) -> None:
    from soccoop.extract.candidate_status import one_more_signed

    sent = probes.first_sentence(models, sentence)
    assert one_more_signed(sent, probes.noun_at(sent, lemma)) is expected
