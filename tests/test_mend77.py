"""mend77: review of round 29's first wave (nerel74, nerel75, agr76, date76, sig76), records
unchanged. agr76's ``signing_retold_in_lead`` and date76's ``ends_signing_walk`` ended the
same walk (the sentences after an undated signing, looking for its day) on the same
sentences, one for a headline's lead only: the one test that is left is
``ends_signing_walk``. The wave's helpers without a Russian example got one, and every
function the wave added is checked against the dev texts. In our own words.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract import candidate_dates, merge_extra
from soccoop.extract.candidate_dates import ends_signing_walk

# --- one walk-ending test -------------------------------------------------------------------

# (case, sentence after an undated signing, the day it gives, publication day, ends the walk)
WALK_ENDS = [
    # the same signing told again, with no day: the walk stops there (a headline's lead,
    # which agr76 stopped at, and any later sentence, which date76 stopped at)
    ("retold-past", "Центр и колледж подписали соглашение о практике студентов.",
     None, "2024-05-20", True),
    ("retold-short-passive", "Соглашение о практике было подписано директорами.",
     None, "2024-05-20", True),
    # an older agreement's day, in a year before the publication's
    ("older-agreement", "Основное соглашение было подписано 9 мая 2019 года.",
     "2019-05-09", "2024-05-20", True),
    # negatives: a signing not done, no agreement noun of its own, a day of this year
    ("infinitive", "Ничто не помешало сторонам заключить соглашение.",
     None, "2024-05-20", False),
    ("no-agreement-noun", "Директор центра поблагодарил студентов за помощь.",
     None, "2024-05-20", False),
    ("no-signing", "Соглашение рассчитано на три года.", None, "2024-05-20", False),
    ("this-year", "Соглашение было подписано 14 мая 2024 года.",
     "2024-05-14", "2024-05-20", False),
]


@pytest.mark.parametrize(("sentence", "found", "published", "expected"),
                         probes.named_rows(WALK_ENDS))
def test_ends_signing_walk(models: Any, sentence: str, found: str | None, published: str,
                           expected: bool) -> None:
    sent = probes.parsed_analysis(models, sentence).sentences[0]
    assert ends_signing_walk(sent, found, published) is expected


def test_one_walk_ending_test() -> None:
    # agr76's headline-only copy of the test is folded into date76's
    assert not hasattr(candidate_dates, "signing_retold_in_lead")
    assert not hasattr(merge_extra, "donor_sides")


def test_headline_signing_left_to_the_lead(models: Any) -> None:
    """A headline's signing that an undated lead tells again ends the headline's walk at the
    lead (``ends_signing_walk`` on the lead), so the two are one signed record, whatever day
    the lead's own walk then finds."""
    text = ("Фонд и колледж подписали соглашение\n\n"
            "Директор фонда и ректор колледжа подписали соглашение о подготовке "
            "социальных работников. О намерении подписать документ министр сообщила "
            "12 марта.\n")
    found = probes.status_dates(models, text, "2024-05-20")
    assert [status for status, _ in found] == ["signed"], found


# --- the wave's functions quote no dev text ---------------------------------------------------

def test_wave_1_docstrings_quote_no_dev_text() -> None:
    # every function round 29's first wave added (as main had them after the merges), less
    # the ones mend77 folded away; agreement_dates' last one was reworded by the wave
    probes.check_docstrings_invented(
        agreement_sides=("subject_side_of_prior", "list_run_back", "home_of_a_kind"),
        agreements=("year_or_count_of_sides",),
        candidate_dates=(
            "clause_mark", "ends_signing_walk", "signing_done", "extended_for", "from_date_of",
            "anniversary_signing_date", "_count_of", "put_off_from_time_set",
        ),
        coreference=(
            "ordinal_signed_by_pronoun", "_signed_by_pronoun", "_outside_partner",
            "_signatures_near", "signatures_of_its_sides",
        ),
        dates=("_day_before", "_speaker_now", "stamp_line"),
        merge=("_accession_told_by_joining",),
        merge_extra=("stages_of_one_history", "_donor"),
        merge_rules=(
            "addendum_beside_base", "_addendum", "_base_told", "joined_base",
            "body_of_bare_region", "partner_words_fit",
        ),
        official_clauses=(
            "_bracket_between", "_post_of_an_appointment", "_appointment_of_the_addressee",
            "_description_of_the_name", "_acting_post_of_an_appointee", "_on_an_occasion",
        ),
        official_names=("_names_end_after_the_surname",),
        official_windows=(
            "_oblique_plural_post_of_one_name", "past_a_name_aside", "home_of_a_listed_name",
            "_apposed_to_a_later_name", "_holder_of_the_office",
        ),
        officials=("_kin_of_the_post",),
        party_phrases=("without_body_groups", "body_group_phrase", "legal_form_before_dash"),
        signing_dates=("put_off_from_only",),
        agreement_dates=("plan_not_dated_by_past_signing",),
    )
