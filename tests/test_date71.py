"""date71: a signing whose own sentence states no date takes the day the next sentence,
in its paragraph or opening the next, gives the signing of "the document" it refers back
to (``agreement_dates.document_signed_next``). In our own words.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.agreement_dates import DATE_PASSES, DateStage, document_signed_next
from soccoop.extract.dates import find_dates, stated_view
from soccoop.models import Agreement, Evidence

# two sentences first, so the signing's next sentence is past the lead (``lead_date``)
LEAD = ("В Кургане прошло заседание областной трёхсторонней комиссии.\n\nЕго открыл "
        "губернатор области.\n\nПравительство Курганской области, областной союз "
        "профсоюзов и объединение работодателей заключили региональное "
        "трёхстороннее соглашение на 2026–2028 годы.")


@pytest.mark.parametrize(("after", "expected"), [
    # the next paragraph tells the document's signing day
    ("\n\nДокумент подписали 26 декабря губернатор, председатель профсоюзов и глава "
     "объединения работодателей.", "2025-12-26"),
    # the same sentence in the same paragraph, passive
    (" Документ был подписан 26 декабря в здании правительства.", "2025-12-26"),
    # the people as the subject ("они"), not the document: no day read from it
    ("\n\nОни подписали 26 декабря обращение к жителям области.", None),
])
def test_document_signed_next(models: Any, after: str, expected: str | None) -> None:
    found = [(a.status, probes.text_date(a))
             for a in probes.agreements_of(models, LEAD + after, "2025-12-29")]
    assert found and all(d == expected for st, d in found if st == "signed"), found


def test_own_sentence_date_kept(models: Any) -> None:
    """A signing dated in its own sentence keeps that day."""
    text = ("В Кургане прошло заседание комиссии.\n\nЕго открыл губернатор.\n\n"
            "Правительство Курганской области и объединение работодателей 22 декабря "
            "заключили трёхстороннее соглашение.\n\nДокумент подписали 26 декабря "
            "губернатор и глава объединения.")
    found = [(a.status, probes.text_date(a))
             for a in probes.agreements_of(models, text, "2025-12-29")]
    assert ("signed", "2025-12-22") in found, found


def test_runs_before_anchoring() -> None:
    names = [p.name for p in DATE_PASSES]
    assert names.index("signatures_told_next") < names.index("document_signed_next") < \
        names.index("anchored_values")


SIGNED = ("Правительство области, союз профсоюзов и объединение работодателей заключили "
          "трёхстороннее соглашение.")


def _stage_date(models: Any, next_sentence: str, status: str = "signed") -> str | None:
    """The date ``document_signed_next`` gives an undated record told by ``SIGNED``."""
    text = SIGNED + next_sentence
    analysis = models.analyse(text)
    models.parse_sentences(analysis.sentences)  # the pass reads parsed sentences only
    stated = stated_view(find_dates(text, "2025-12-29"))
    rec = Agreement(title="", status=status, date=None, parties=[], signatories=[],
                    regions=[], evidence=Evidence(text="", start=0, end=10))
    document_signed_next(DateStage(analysis, stated, stated, "2025-12-29", [rec]))
    return rec.date


@pytest.mark.parametrize(("next_sentence", "status", "expected"), [
    ("\n\nДокумент подписали 26 декабря губернатор и председатель профсоюзов.", "signed",
     "--12-26"),
    (" Документ был подписан 26 декабря в здании правительства.", "signed", "--12-26"),
    # a plan is not dated by it
    ("\n\nДокумент подписали 26 декабря губернатор и председатель.", "planned", None),
    # a pronoun subject is the signers, not the document
    ("\n\nОни подписали 26 декабря обращение к жителям.", "signed", None),
    # not signed
    ("\n\nДокумент не подписали 26 декабря из-за разногласий.", "signed", None),
    # two days: which one is not known
    ("\n\nДокумент подписали 26 декабря, а 27 декабря направили в министерство.",
     "signed", None),
    # the next sentence names an agreement of its own
    ("\n\nСоглашение о занятости подписали 26 декабря.", "signed", None),
])
def test_document_signed_next_on_stage(models: Any, next_sentence: str, status: str,
                                       expected: str | None) -> None:
    assert _stage_date(models, next_sentence, status) == expected
