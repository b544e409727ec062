"""mend69: review mends of the first wave of round 27 (records unchanged).

* one walk reads the noun after a region adjective (``regions._noun_after``): a place noun
  (``_place_noun_after``) or an institution's (``_opens_institution``), each with its reach;
* one predicate reads a past signing (``agreement_dates._past_signing``) and one a "не"
  right before a word (``_after_not``);
* one helper reads a signature put under the agreement told before
  (``signer_shapes.signature_under_back``);
* the quote sets live in the lexicon once (``QUOTE_MARKS``, ``NESTED_NAME_QUOTES``), as
  do official_posts' words;
* the docstrings of the first wave's passes quote no run of words of a dev text.

Every sentence here is invented for these tests; each table has rows where the rule must
not fire.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract import agreement_dates, regions, signer_shapes
from soccoop.extract.lexicon_regions import INSTITUTION_NOUNS, PLACE_NOUNS

_units = probes.region_units


# (id, words, nouns, reach, the noun after the first word is one of them?)
NOUN_AFTER = [
    ("institution after two modifiers", "Орловский аграрный государственный колледж",
     INSTITUTION_NOUNS, 4, True),
    ("institution beyond the reach", "Орловский аграрный государственный колледж",
     INSTITUTION_NOUNS, 1, False),
    ("a capitalised word stops the walk", "Орловский Аграрный колледж", INSTITUTION_NOUNS,
     4, False),
    ("a place noun", "Кировский муниципальный округ", PLACE_NOUNS, 2, True),
    ("a place noun is no institution", "Кировский муниципальный округ", INSTITUTION_NOUNS,
     4, False),
]


@pytest.mark.parametrize(("words", "nouns", "reach", "expected"), probes.named_rows(NOUN_AFTER))
def test_noun_after(words: str, nouns: frozenset[str], reach: int, expected: bool) -> None:
    assert regions._noun_after(_units(words), 0, nouns, reach) is expected


def test_institution_and_place_walks_share_the_helper() -> None:
    units = _units("Орловский аграрный колледж")
    assert regions._opens_institution(units, 0) is True
    assert regions._place_noun_after(units, 0) is False


# (id, sentence, a past signing read in the first words, anywhere in the sentence)
PAST_SIGNINGS = [
    ("past finite", "Стороны подписали соглашение в марте.", True),
    ("past participle", "Соглашение было подписано 14 марта 2022 года.", True),
    ("negated", "Стороны так и не подписали соглашение.", False),
    ("future", "Стороны подпишут соглашение в мае.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), probes.named_rows(PAST_SIGNINGS))
def test_past_signing(models: Any, sentence: str, expected: bool) -> None:
    sent = probes.parsed_analysis(models, sentence).sentences[0]
    toks = sent.tokens
    assert any(agreement_dates._past_signing(toks, n) for n in range(len(toks))) is expected
    assert agreement_dates._signed_in_past(sent) is expected


# (id, sentence, the word, "не" right before it?)
AFTER_NOT = [
    ("negated", "Стороны не подписали соглашение.", "подписали", True),
    ("not negated", "Стороны подписали соглашение.", "подписали", False),
    ("first word", "Подписали соглашение стороны.", "Подписали", False),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), probes.named_rows(AFTER_NOT))
def test_after_not(models: Any, sentence: str, word: str, expected: bool) -> None:
    toks = probes.parsed_analysis(models, sentence).sentences[0].tokens
    i = next(n for n, t in enumerate(toks) if t.text == word)
    assert agreement_dates._after_not(toks, i) is expected


# (id, sentence, the signature is under the agreement told before or under nothing?)
SIGNATURES = [
    ("under it", "Подписи под ним поставят министр Олег Панов и ректор Ирина Белова.", True),
    ("under the agreement", "Подписи под соглашением поставят министр Олег Панов и ректор "
     "Ирина Белова.", True),
    ("under nothing", "Подписи поставят министр Олег Панов и ректор Ирина Белова.", True),
    ("under another paper", "Подписи под обращением поставят министр Олег Панов и ректор "
     "Ирина Белова.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), probes.named_rows(SIGNATURES))
def test_signature_under_back(models: Any, sentence: str, expected: bool) -> None:
    sent = probes.parsed_analysis(models, sentence).sentences[0]
    c = next(n for n, t in enumerate(sent.tokens) if t.lemma == "подпись")
    assert signer_shapes.signature_under_back(sent, c) is expected


def test_quote_sets_once() -> None:
    from soccoop.extract import lexicon_signers, party_phrases
    from soccoop.extract.lexicon_sides import NESTED_NAME_QUOTES

    assert not hasattr(lexicon_signers, "NAME_QUOTES")
    assert not hasattr(party_phrases, "INNER_QUOTES")
    assert not hasattr(party_phrases, "QUOTE_TOKENS")
    opening = set(NESTED_NAME_QUOTES)
    closing = {c for cs in NESTED_NAME_QUOTES.values() for c in cs}
    assert opening | closing <= lexicon_signers.QUOTE_MARKS


# the first wave's passes and helpers (round 27) whose examples were rewritten by mend69
FIRST_WAVE = [
    ("agreement_dates", "occasion_participle_day"), ("agreement_dates", "signed_at_the_same_time"),
    ("agreement_dates", "plan_not_dated_by_past_signing"),
    ("agreement_dates", "year_told_by_day_next"), ("agreement_dates", "put_off_next_sentence"),
    ("agreement_sides", "partners_on_subject"), ("agreement_sides", "subject_before_list"),
    ("agreement_sides", "terms_between"), ("agreements", "team_dealings"),
    ("official_posts", "helpers_kept_before_the_post"),
    ("official_posts", "ministry_heads_told_as_ministers"),
    ("official_posts", "acting_posts_written_out"), ("official_posts", "family_heads_dropped"),
    ("published", "footer_issue"), ("published", "edited_post_stamp"),
    ("published", "feed_post_day"), ("published", "_labelled_before_copyright"),
    ("regions", "institution_names_named_elsewhere"), ("regions", "listed_places_dropped"),
    ("signer_shapes", "duty_signature_people"), ("signer_shapes", "_pronoun_subject_only"),
    ("signers", "name_mark"), ("status", "taken_off_programme"),
    ("status", "signing_put_off_after_it"), ("status", "next_in_line"),
]


def test_first_wave_docstrings_quote_no_dev_text() -> None:
    quoted = probes.docstrings_quoting_dev_texts(FIRST_WAVE)
    assert not quoted, quoted


# round 28's first wave (nerel71, agr72, sig72, date72, pair72, status72, offreg72): its
# passes and helpers, and the ones mend70 folded them into
ROUND_28_FIRST_WAVE = [
    ("agreement_dates", "put_off_later"), ("agreement_dates", "_put_off_time"),
    ("agreement_dates", "headline_day"), ("agreement_dates", "_told_after"),
    ("agreement_sides", "_named_phrase"), ("agreement_sides", "spelled_out_subject"),
    ("agreement_types", "same_words_reordered"), ("agreements", "signers_own_bodies"),
    ("agreements", "partner_on_signing_verb"), ("with_partner", "names_one_partner"),
    ("candidate_dates", "_scheduled_date"), ("candidate_signers", "chain_bystander"),
    ("candidate_signers", "initials_of_official"), ("coreference", "_bodies_of_head"),
    ("dates", "scheduled_month"), ("digest_items", "_base_of_other"),
    ("merge", "_ordinal_with_partner"), ("merge_rules", "in_force_beside_new_plan"),
    ("merge_rules", "base_it_carries_out"), ("merge_rules", "_one_document"),
    ("merge_rules", "_in_force_now"), ("official_names", "_surname_before_an_apposed_post"),
    ("official_names", "_lone_surname"), ("official_names", "_surnames_named"),
    ("official_names", "_surname_named_before"), ("official_posts", "team_players_dropped"),
    ("official_roles", "acting_participle_written"), ("officials", "_post_apposed_after"),
    ("officials", "_acting_prefix_case"), ("person_names", "woman_by_nominative_surname"),
    ("person_names", "man_adjectival_surname"), ("person_names", "_unknown_man_instrumental"),
    ("published", "widget_row_day"), ("signer_shapes", "base_of_signed_addendum"),
    ("signers", "_signers_told_after"), ("signing_dates", "_plan_date"),
    ("signing_dates", "_put_off_just_before"), ("signing_dates", "_rescheduling_word"),
    ("signing_dates", "puts_signing_off"), ("signing_dates", "put_off_to"),
    ("status", "_passive_infinitive_of_signing"), ("status", "reminds_of_agreement"),
    ("status", "base_agreement_after"), ("status", "carries_out_base"),
]


def test_round_28_first_wave_docstrings_quote_no_dev_text() -> None:
    quoted = probes.docstrings_quoting_dev_texts(ROUND_28_FIRST_WAVE)
    assert not quoted, quoted
