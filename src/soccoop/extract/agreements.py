"""Agreements: what was signed, planned or referred to, between whom, by whom, when.

Each mention of an agreement noun (соглашение, меморандум, договор о ...) in a sentence is a
candidate with a status read from its clause, parties (organisation and region phrases tied
to it by "между X и Y", "с X", a genitive after the noun, or the signatories'
organisations), signatories (named persons in a signing clause) and a date (a date stated in
the same sentence). Candidates that speak of the same agreement (compatible subject, parties
and date) are merged, so a document yields each agreement once: merging is in extract.merge
(``find_agreements``), its decisions in extract.merge_rules, the named passes around it in
extract.coreference; this module reads the candidates and holds the helpers those passes call.

Where the sentence has a dependency parse (extract.syntax), named passes read it first:
status from the predicate path of the noun (STATUS_PASSES: anniversary, refusal, another
document, topic or aim, infinitive under plan/duty/ability, future tense; a recent signing
participle), the sides of the signing verb (``_frame_sides``), a partner list split into
one agreement per partner (``_with_list_split``), "наше министерство" (``_our_body_subject``),
sides and signers of "они/стороны/регионы" and of a signing naming no side
(``_previous_signers``, ``_earlier_sides``, ``_previous_subject_sides``) and the date of the
signing clause (``_clause_date``). Issue 9's passes for unseen news add: partners of a
"с" list read from the words, named by their signers (``_partner_segments``); agreements a
numeral counts taken up by ordinals (``_ordinal_members``) or listed by subject
(``_topic_list``); "аналогичные/подобные" agreements with the earlier partner
(``_analogous_sides``) and "ранее" signings (``_earlier_signing``); "между правительствами
двух регионов" (``_bodies_of_both_regions``); the "с" partner and the subject in any word
order (``_with_partner``), a bare "регион" (``_bare_place_subject``) and "область и фонд"
(``_bare_subjects``); the body of the official who reports (``_reporting_official_body``);
a headline joined to the body's signing (``merge_rules``); a scheduled signing's date
(``_scheduled_date``); idioms, people's own contracts and witnesses left out. Signatories
(issue 9, round 4): signers named side by side after the signing (``_side_signers``) or by
post only (``_post_signer``); a counted signing's members, an ordinal and the signings after
it (``_counted_members``) or an elided ordinal ("..., второе — Z и W": ``_elided_member``),
with the count's subject as their own side (``_signing_subject``); a gapped second signing
("..., а Y — с B": ``_gapped_signing``); the day of the occasion told just before
(``_occasion_date``); a body named by head words only spelled out (``_spelled_out``).
Unseen news (agr14): status passes for an agreement that is the base of another act
(``_base_of_document``), a signing refused, hindered or under a negated head
(``_prevented_signing``) and one told through signatures (``_signature_event``); the clause's
actor, or the unnamed post who speaks, as the other side of a "с" partner (``_actor_side``),
a partner by pronoun (``_pronoun_partner``), an interview answer's speaker, states joined to
a known state (``_conjunct_states``), officials of two places signing a bare "договор"
(``_officials_of_places_sign``), "прежнее соглашение" (``_former``), "документ о
сотрудничестве" (``_cooperation_document``); bystanders are no signers (``_bystander``); a
referred agreement dated only by its own phrase or predicate (``_attached_date``), never by
another agreement's (``_other_agreements``); an agreement with no side found anywhere is
reported only when its own words single it out (``_identified``). Status passes of
status16 live in extract.status (negated, refuted, failed, ended, expected signings, drafts
under approval, agreements in force, signed copies, a month-dated background signing, a
headline that follows the body). The token-window rules remain the fallback. Word lists
live in extract.lexicon. Round 10's causes (agr20): a seal with signatures and a mistagged
finite signing verb sign (``sealed_with_signatures``, ``mistagged_signing_verbs``); a next
step's "для" body (``step_beneficiary``); implementers of an agreement (``implementers_clause``),
counted sides (``counted_party``, ``counted_partner``) and a company's business outside the
social sphere (``outside_social_sphere``) are no records; "договорённости с X подписали A и
B, а к ним присоединится C" (``partner_shared_by_subjects``, ``signed_arrangement``); "такой
же документ с X" (``adjacent_partner``, ``same_first_side``). Work per sentence is
bounded: run-on lines are read in parser-sized windows (extract.syntax.windows) and
officials are looked up through an index, so the cost is linear in document length.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import partial

from soccoop.extract.agreement_clauses import (
    _clause_bounds,
    _coordinate_bounds,
    _predicate_path,
    _signed_participle,
    _signing_path,
)
from soccoop.extract.agreement_extension import extended_by_noun_date  # agr54
from soccoop.extract.agreement_joins import joining_candidates
from soccoop.extract.agreement_likeness import (
    class_partner_of_likened,
    counted_set_signs_alike,
    likened_plan_sides,
)
from soccoop.extract.agreement_lists import (
    _count,
    _elided_member,
    _itemised_agreements,
    _list_items,
    _next_item,
    _ordinal_document,
    _ordinal_members,
    _topic_list,
    _without_list_restatements,
    addendum_with_partner,
    agreed_item,
    asked_count,
    became_partners,
    colon_partner_count,
    colon_partners,
    contents_item,
    coordinated_twin,
    count_of_rank,
    counted_before,
    counted_item,
    counted_kinds,
    counted_partners_named,
    counted_party,
    counted_summary,
    dash_after_counted_partner,
    digest_item_heading,
    lead_signed,
    lead_signing_year,
    list_item_lead,
    member_sides,
    named_among,
    numbered_rows,
    one_and_other,
    ordinal_chain,
    ordinal_item_named,
    partner_count,
    ranked_item_named,
    series_told_before,
    side_lines,
    signer_pair_items,
    signer_parties,
    signers_lead,
    table_rows,
    tabled_agreements,
)
from soccoop.extract.agreement_sides import (
    MAX_OPEN,
    ListSplit,
    _actor_side,
    _adjective_body,
    _analogous_sides,
    _bare_place_subject,
    _between_groups,
    _bodies_of_both_regions,
    _bodies_of_subject_regions,
    _compound_sides,
    _conjunct_span,
    _content_subject,
    _defined_term,
    _earlier_sides,
    _frame_sides,
    _holder_side,
    _linked_parties,
    _our_body_subject,
    _our_earlier_body,
    _participant_sides,
    _partner_segments,
    _plan_chain,
    _plural_body_sides,
    _previous_subject_sides,
    _pronoun_partner,
    _reporter_body,
    _reporter_list_side,
    _reporting_official_body,
    _side_phrase,
    _signers_bodies,
    _signing_noun_subject,
    _signing_subject,
    _speakers_region,
    _title_parties,
    _with_list_split,
    _with_partner,
    adjacent_partner,
    bare_body_subject,
    between_one_and_bodies,
    colon_clause_drafters,
    conjoined_subjects_named_before,
    coreferent_sides,
    counted_genitive_sides,
    counted_partner,
    dash_partner,
    official_actor_body,
    participants_told_next,
    partner_named_before,
    place_in_locative,
    plan_after_occasion,
    pronoun_signing_clause,
    pronoun_signing_partners,
    relative_subjects_named_before,
    same_first_side,
    sentence_end_between,
    short_body_subject,
    signed_for_two_sides,
    signing_subject_body,
    subject_heads,
    subject_officials_bodies,
    subjects_beside_unnamed_partner,
    topic_partner,
    venue_host_side,
    venue_named_parties,
)
from soccoop.extract.agreement_types import (
    _adjective,
    _Candidate,
    _DateIndex,
    _mentions_in,
    _Merged,
    _name_stems,
    _Party,
    _region_at,
    _spans_in,
    _this_document,
    _token_index,
    _words_within,
    covered_start,
    legal_form,
    merged_mention_dates,
)
from soccoop.extract.candidate_dates import (
    _DAY,
    _attached_date,
    _chronicle_year,
    _clause_date,
    _event_date,
    _extended_base_date,
    _names_agreement,
    _occasion_date,
    _own_phrase_date,
    _owned_by_genitive,
    _referring,
    _scheduled_date,
    _sentence_date,
    anniversary_day_next,  # date54
    anniversary_signing_date,  # date76
    base_document_signed,  # recpool96
    called_former,  # again49
    dated_by_from,  # older62
    ends_signing_walk,  # date76
    extended_object_date,
    former_document_signed,  # again49
    fronted_shared_adjuncts,
    heading_year,
    in_force_document_signed,  # agreements69
    in_speech,
    named_year,  # date90
    noun_called,  # tidy50
    older_year_of_phrase,  # date90
    plan_date_of_other_sentence,  # date62
    put_off_from_time_set,  # date76
    referred_date,
    renames_only,
    term_date,
    year_across_signing,  # passing50
)
from soccoop.extract.candidate_signers import (
    ANSWER_DASHES,
    _aside_with_guests,
    _back_reference_signers,
    _first_person,
    _gapped_signing,
    _later_signers,
    _named_signers,
    _official_name,
    _persons,
    _post_signer,
    _previous_signers,
    _refers_back,
    _segment_signers,
    _side_signers,
    _signatories,
    _signer_name,
    _signer_status,
    _speaker,
    _speaking_signer,
    _time_only,
    _transcript_speaker,
    addendum_base,
    adopted_roadmap_signed,
    agreeing_pair_signers,
    apposed_object,
    assigned_signers,
    extending_document_base,
    joint_body_of_sides,
    ordinal_standing_for_noun,
    recalled_clause_signers,
    relative_signs,
    roadmap_in_drafting,
    roadmap_named,
    roadmap_signed_next,
    side_for_signature,
    signed_roadmap,
    unsaid_author_signer,
)
from soccoop.extract.candidate_signers import (
    cooperation_document as _cooperation_document,
)
from soccoop.extract.candidate_status import (
    _alike,
    _amended_base,
    _earlier_signing,
    _negated_signing,
    _status,
    _title_end,
    alike_kind,
    date_for_status,  # status67
    draft_to_sign,
    one_more_signed,  # status67
    report_of_day,  # plan51
    report_year,  # dig92
    year_after_publication,  # status53
)
from soccoop.extract.dates import (
    occasion_part_day,
    range_month,
)
from soccoop.extract.datewords import DAY_SHIFT
from soccoop.extract.digest_summaries import summary_with_kinds
from soccoop.extract.lexicon import (
    AGREED_ITEM_VERBS,
    AGREEMENT_NOUNS,
    ANOTHER_WORDS,
    ANYONE_PRONOUNS,
    AUTHORISE_WORDS,
    BASE_NOUNS,
    BASE_WORDS,
    BEHALF_NOUNS,
    BODY_HEADS,
    CHILD_SCHOOL_NOUNS,
    CLAUSE_END_MARKS,
    COMMERCIAL_FORMS,
    CONTRAST_CONJUNCTIONS,
    COOPERATION_DOCUMENTS,
    COOPERATION_MANNER_WORDS,
    COOPERATION_PROGRAMMES,
    CORPORATION_WORDS,
    COUNTED_ITEM_REACH,
    COURT_WORDS,
    CULTURE_TOPIC_WORDS,
    DEFINITION_HEDGES,
    DOCUMENT_REFERENCES,
    DRAFT_NOUNS,
    ECONOMY_FIELDS,
    ECONOMY_TOPIC_WORDS,
    EVERY_WORDS,
    FIELD_WORD_PAIRS,
    FORMER_WORDS,
    FRAMED_ACTION_RELATIONS,
    FRAMED_ACTION_SUBJECT,
    FUNDING_GIVING_WORDS,
    FUNDING_WORDS,
    GENERAL_GOVERNMENT_HEADS,
    GENERIC_SUBJECT,
    IDIOM_VERBS,
    IMPLEMENT_NOUNS,
    IMPLEMENTING_BASES,
    JOIN_VERBS,
    LABOUR_AGREEMENT_KINDS,
    LABOUR_SIDE_WORDS,
    MORE_OCCASION_NOUNS,
    NEEDS_OBJECT,
    NEW_WORDS,
    NOM_ACC_ENDINGS,
    NON_SOCIAL_FIELD_WORDS,
    NON_SOCIAL_FIELDS,
    OBJECT_ONLY,
    OCCASION_LEAD,
    OCCASION_NOUNS,
    OCCASION_REACH,
    ONE_MORE_LEMMAS,
    ORDINALS,
    ORG_HEADS,
    OTHER_FIELD_WORDS,
    OWN_POSSESSIVE,
    OWN_SIDE_PREPOSITIONS,
    PARTNER_NOUNS,
    PERSONAL_CONTRACT_NOUNS,
    PERSONAL_CONTRACT_SUBJECTS,
    PLAN_WORDS,
    PRIVATE_PEOPLE,
    PUBLIC_WORKS_FIELDS,
    REFLEXIVE_ENDINGS,
    RESTATING_SUBJECTS,
    RETRACTION_WORDS,
    ROADMAP_DOCUMENTS,
    SCHOOL_HEADS,
    SCHOOLING_NOUNS,
    SEAL_VERBS,
    SECTORAL_KINDS,
    SERIES_NOUNS,
    SERVED_GROUP_WORDS,
    SETTLEMENT_KINDS,
    SIDE_CHAIN_RELATIONS,
    SIGN_VERBS,
    SIGNED_ARRANGEMENTS,
    SOCIAL_PROPER_WORDS,
    SOCIAL_SPHERE_WORDS,
    SPHERE_BELONGING_VERBS,
    SPHERE_LIMITING_WORDS,
    SPHERE_NAMING_WORDS,
    SPORT_AGE_ADJECTIVES,
    SPORT_CLUB_ACRONYMS,
    SPORT_CONTEST_NOUNS,
    SPORT_DISCIPLINE_STEMS,
    SUBSOIL_WORDS,
    TEACHING_WORDS,
    TEAM_DEAL_WORDS,
    TERMS_DATIVE_PREPOSITIONS,
    TERMS_NOUNS,
    TERMS_PREPOSITIONS,
    TOPIC_FRAME_NOUNS,
    TOPIC_PREPOSITIONS,
    TOPIC_TELLING_PARTICIPLES,
    TOPIC_TELLING_PASSIVES,
    TOPIC_TELLING_VERBS,
    TRADE_FRAMEWORK_STRANDS,
    TRIGGERS,
    UNNAMED_PARTNER_REACH,
    UNNAMED_PARTNER_WORDS,
    YEAR_UNIT,
)
from soccoop.extract.lexicon_officials import ACADEMIC_POSTS
from soccoop.extract.lexicon_orgs import MINISTER_WORDS
from soccoop.extract.lexicon_plans import DRAFT_SIGNING_REACH
from soccoop.extract.lexicon_regions import NAMED_STREET_NOUNS
from soccoop.extract.lexicon_sides import (
    BACKGROUND_FRAMES,
    BESIDES_PREPOSITIONS,
    BETWEEN_PREPOSITIONS,
    COMPLEMENT_PREPOSITIONS,
    FURTHER_ADVERBS,
    PARTNER_PREPOSITIONS,
    RELATIVE_PRONOUNS,
)
from soccoop.extract.lexicon_signers import (
    HEAD_POSTS,
    PARTNER_CASES,
)
from soccoop.extract.lexicon_status import (
    ABOUT_PREPOSITIONS,
    ADDENDUM_ADJECTIVES,
    ADDENDUM_TO,
    COPULA_VERBS,
    SUPPLEMENTED_DOCUMENTS,
)
from soccoop.extract.nlp import (
    Analysis,
    HeldPerDocument,
    Models,
    Sentence,
    Token,
    line_of,
    tokens_edited,
    word_lemmas,
)
from soccoop.extract.normalize import (
    _inflect_name,
    nominative_phrase,
)
from soccoop.extract.orgs import country_name
from soccoop.extract.party_cleanup import (
    _add_bodies,
    _as_sides,
    _bodies_for_regions,
    _by_first_words,
    _capital_of_named_region,
    _companies_only,
    _drop_bare_regions,
    _from_sides,
    _fuller,
    _longest_names,
    _ministry_spelled,
    _official_fuller,
    _party_key,
    _spelled_out,
    _with_named_region,
    _without_cut_quotes,
    _without_headline_towns,
    region_names,
)
from soccoop.extract.party_identity import body_is_side
from soccoop.extract.party_phrases import (
    GAP_DASHES,
    _is_gen,
    _parties_in,
    _town,
    spelled_acronym_side,
)
from soccoop.extract.sectoral_sides import sectoral_sides_named
from soccoop.extract.series_sides import (
    closing_item,
    documents_line,
    opens_series_item,
    ordinal_opening,
    postposed_subjects,
    ranked_after_count,
    ranked_item,
    side_before_lead,
)
from soccoop.extract.sides import relative_clause_subjects
from soccoop.extract.signer_interview import opens_answer_turn
from soccoop.extract.signer_shared import opens_with_item
from soccoop.extract.signers import (
    lead_signing,
    own_partner_signers,
    participle_signers,
    represented_signers,
    several_told,
)
from soccoop.extract.signing_ahead import (
    PYMORPHY_TENSES,
    decision_only,
    future_aux_word,
    future_form,
    mark_future,
)
from soccoop.extract.signing_dates import (
    period_year,
    pronoun_signer_day,  # datesB
    put_off_from_only,
    question_date,
    signing_clause_date,
    since_year_of_frame,  # statC
    when_clause_date,
)
from soccoop.extract.status import (
    background_signing,
    document_head,
    listed_past_signing,
    reminded_signing,
    reminds_of_agreement,  # date72
    signing_pending_later,
    timetable_signing_item,
)
from soccoop.extract.street_words import street_noun_at
from soccoop.extract.syntax import (
    Window,
    ancestors,
    ensure_parsed,
    signature_after_seal,
    subtree,
    windows,
)
from soccoop.extract.with_partner import names_one_partner, partner_case, with_phrase
from soccoop.models import (
    DateRef,
    Official,
    RegionRef,
)

__all__ = [  # names other modules and tests import from here
    "GAP_DASHES", "MAX_OPEN", "_CANDIDATE_WORDS", "_Candidate", "_DAY", "_DateIndex",
    "_Merged", "_Party", "_alike", "_another", "_as_sides", "_aside_with_guests",
    "_between_plural_body", "_bodies_for_regions", "_by_first_words", "_candidates",
    "_capital_of_named_region", "_chronicle_year", "_companies_only", "_conjunct_span",
    "_content_subject", "_defined_term", "_definition", "_drop_bare_regions",
    "_earlier_signing", "_event_date", "_first_person", "_former", "_from_sides", "_fuller",
    "_identified", "_inflect_name", "_is_headline", "_longest_names", "_ministry_spelled",
    "_name_stems", "_named_signers", "_negated_signing", "_new_between_same",
    "_official_fuller", "_official_name", "_parties_in", "_plan_chain", "_predicate_path",
    "_quoted_headline", "_refers_back", "_region_at", "_scheduled_date", "_side_phrase",
    "_signed_participle", "_spans_in", "_speaker", "_spelled_out", "_this_document",
    "_title_parties", "_token_index", "_town", "_with_named_region", "_without_cut_quotes",
    "_without_headline_towns", "_without_list_restatements", "_words_within", "addendum_base",
    "contents_item", "counted_party", "counted_summary", "digest_item_heading",
    "draft_of_named", "fronted_shared_adjuncts", "in_speech", "legal_form", "line_of",
    "merged_mention_dates", "ordinal_standing_for_noun", "other_field_bodies",
    "outside_social_sphere", "field_subject_bodies", "other_field_subject",
    "framed_action_lemmas", "former_document_signed", "former_told_signed",
    "sideless_outside_social_sphere", "funding_alone", "economy_topic_alone",
    "general_bodies_off_sphere",
    "place_in_locative", "sentence_end_between", "side_for_signature", "signing_to_come",
    "spelled_acronym_side", "team_dealings", "told_as_further", "topic_partner", "year_on_noun",
    "further_other_field", "several_agreements", "touched_topic_lemmas", "schools_on_teaching",
    "schooling_outside_social_sphere", "age_of_sport", "age_of_field", "field_bodies_alone",
    "works_phrase_topic",
]


def _bodies_of_signers(analysis: Analysis, models: Models, signers: list[str],
                       officials: list[Official], regions: list[RegionRef],
                       where: Sentence | None, sent: Sentence, k: int) -> list[_Party]:
    """The bodies the signers' posts name (``signer_parties``) and, when some post names
    none, the bodies named with the signers in the sentence ``where`` that names them, past
    the agreement's own title at ``k`` in its sentence: "министр X Иванов и ректор Y Петров
    подписали" (``_signers_bodies``)."""
    bodies = signer_parties(signers, officials, regions, models, analysis=analysis)
    if len(bodies) < len(signers) and where is not None:
        skip = (k, _title_end(sent, k)) if where is sent else (0, 0)
        bodies = _add_bodies(bodies, _signers_bodies(analysis, models, where, regions, skip),
                             regions)
    return bodies


def _title(models: Models, sent: Sentence, k: int, analysis: Analysis) -> tuple[str, set[str]]:
    toks = sent.tokens
    j = _title_end(sent, k)
    words = [toks[k]] + toks[k + 1:j]
    title = nominative_phrase(models, words, analysis.text)
    key = {t.lemma for i, t in enumerate(toks[:j]) if i > k and t.pos in {"NOUN", "ADJ"}
           and not year_or_count_of_sides(toks, i)} - GENERIC_SUBJECT
    return title, key


def hashtag(text: str, tok: Token) -> bool:
    """region81: the word is written as a hashtag ("#соглашение", "#договор_о_сотрудничестве"):
    a post's tag, not a sentence's noun. A line of tags names places and a document's kind
    side by side ("#Кострома #Ярославль #соглашение #соцзащита") and tells no agreement
    between them."""
    k = tok.start
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] == "_"):
        k -= 1
    return k > 0 and text[k - 1] == "#"


def year_or_count_of_sides(toks: list[Token], i: int) -> bool:
    """agr76: is the word at i, inside an agreement's name, its year or the count of its
    sides rather than what it is about? "Соглашение 2020 года" (the year, and "года"
    after it), "соглашение двух комитетов" (a plural genitive noun after a numeral): such
    words say nothing of the subject, so "соглашение о межрегиональном сотрудничестве",
    "Соглашение 2020 года" and "соглашение двух комитетов" can be one agreement. By
    morphology: a written number, "год" after one, a noun after a numeral."""
    t = toks[i]
    before = toks[i - 1] if i > 0 else None
    return t.text.isdigit() or before is not None and (
        t.lemma == "год" and before.text.isdigit() or
        t.pos == "NOUN" and before.pos == "NUM" and t.feats.get("Number") == "Plur")


def _is_headline(analysis: Analysis, sent: Sentence) -> bool:
    """A line of its own without a closing full stop, the first to name an agreement: a
    headline ("Петербург подписал соглашения с Мурманской и Новгородской областями")."""
    line = line_of(analysis.text, sent)
    return line is not None and (not line.endswith((".", "!", "?", "»", ":")) or
                                 _quoted_headline(line))


def _quoted_headline(line: str) -> bool:
    """agr34: a headline that is one quotation of its own, «Мы подпишем ещё одно соглашение
    в мае», without a full stop inside the quotes (a quoted sentence of the body ends with
    one: «... соглашение.»)."""
    return line.startswith("«") and line.endswith("»") and \
        not line[:-1].rstrip().endswith((".", "!", "?", "…"))


def signing_to_come(sent: Sentence) -> bool:
    """agr34: does the sentence tell a signing still to come ("А в мае мы подпишем
    аналогичный документ", "Следующий документ будет подписан в мае")? Its date is that
    signing's, never the date of an agreement told before it: a future-tense verb of signing,
    or the future auxiliary beside one."""
    toks = sent.tokens
    signing = [t for t in toks if t.lemma in SIGN_VERBS and t.pos in {"VERB", "AUX"}]
    return any(future_form(t) for t in signing) or bool(signing) and any(
        t.lemma == "быть" and future_aux_word(t) for t in toks)


def paper_signed_just_before(models: Models, sents: list[Window], si: int, k: int) -> bool:
    """agr51: a side-less agreement that opens the sentence right after a signing of an
    unnamed paper is that paper, signed: "Первыми подписи поставили министр труда Томской
    области Ирина Смирнова и министр труда Новосибирской области Олег Лебедев. Соглашение
    между двумя ведомствами предусматривает обмен опытом." The sentence before puts
    signatures under nothing or under a bare document (``signers.lead_signing``); the
    agreement noun is a singular subject in the nominative, the first agreement noun of
    its sentence, in a clause that signs or plans nothing of its own; the signatures were
    put (a past verb), not to be put ("поставят", "подписать планируется"), and not under
    an agreement the sentence before them names. Its signers, and their bodies as its
    sides, are then those of that sentence."""
    if si <= 0:
        return False
    sent = ensure_parsed(sents[si], models)
    toks = sent.tokens
    if not 0 <= k < len(toks):
        return False
    t = toks[k]
    if t.feats.get("Number") != "Sing" or t.feats.get("Case") != "Nom" or \
            not t.rel.startswith("nsubj") or \
            any(x.lemma in AGREEMENT_NOUNS for x in toks[:k]) or \
            any(x.lemma in SIGN_VERBS for x in toks):
        return False
    before = ensure_parsed(sents[si - 1], models)
    if not any(x.pos == "VERB" and x.feats.get("Tense") == "Past" for x in before.tokens) or \
            any(future_form(x) or x.lemma in PLAN_WORDS for x in before.tokens):
        return False  # "Подписи под ним поставят ...", "Подписать документ планируется ..."
    if si >= 2 and any(x.lemma in TRIGGERS and x.feats.get("Number") == "Sing"
                       for x in sents[si - 2].tokens):
        return False  # "... подписание соглашения между X и Y. Подписи поставили ...": that one
    return lead_signing(before)


def occasion_of_signing(sents: list[Window], si: int, k: int,
                        dates: _DateIndex) -> str | None:
    """A signing told as the event of an occasion takes the occasion's day: "Коллегия
    прошла вчера в Пензе. ... Главным событием коллегии стало подписание соглашения" is
    dated by the коллегия. The occasion noun is in the signing's sentence, outside the
    agreement's phrase; the nearest sentence before (within ``OCCASION_REACH``) naming the
    same noun with the date of a day dates it, else a sentence of the lead
    (``OCCASION_LEAD``) that does. status48: a day of a part of the occasion
    ("Во второй день форума ... подписали соглашение") dates that part, not the occasion,
    and an occasion held over a range of days dates a signing "на полях форума" by its
    month only ("форум прошёл 5–7 июня" -> June): the text gives no day of its own."""
    phrase = set(subtree(sents[si], k)) if sents[si].parsed else {k}
    nouns = {t.lemma for i, t in enumerate(sents[si].tokens)
             if i not in phrase and t.lemma in OCCASION_NOUNS | MORE_OCCASION_NOUNS}
    if not nouns:
        return None
    # status48: past the reach, the lead that introduces the occasion ("В Санкт-Петербурге
    # 5–7 июня прошёл форум ...")
    lead = sents[:min(OCCASION_LEAD, max(0, si - OCCASION_REACH))]
    for sent in [*reversed(sents[max(0, si - OCCASION_REACH):si]), *lead]:
        if not nouns & {t.lemma for t in sent.tokens}:
            continue
        inside = [d for d in dates.within(sent) if d.value and _DAY.fullmatch(d.value) and
                  not term_date(sent, d) and not occasion_part_day(d) and
                  not dates_other_agreement(sent, d)]
        if inside:
            first = min(inside, key=lambda d: (d.relative, d.start))
            return range_month(first) or first.value
    return None


def dates_other_agreement(sent: Sentence, d: DateRef) -> bool:
    """agr67: is the date inside the phrase of an agreement noun of the occasion's sentence,
    the day that agreement was signed, not the occasion's: "Накануне прошла встреча,
    посвящённая пятилетию соглашения ..., подписанного 14 ноября 2019 года" dates the
    meeting by "накануне". Only from the parse (the noun's subtree)."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    i = next((j for j, t in enumerate(toks) if t.start >= d.start), -1)
    return i >= 0 and any(t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"} and
                          i in subtree(sent, n) for n, t in enumerate(toks))


def _signing_verb_near(sent: Sentence, k: int) -> bool:
    """Does the agreement's coordinate clause hold a verb of signing? Then its date is the
    signing's even where the parse hangs the noun elsewhere ("Ранее, в марте 2023 года,
    аналогичный документ министерство подписало с ..."), and ``_attached_date`` is not
    needed."""
    lo, hi = _coordinate_bounds(sent, k, verbs=True)
    return any(t.lemma in SIGN_VERBS and t.pos == "VERB" for t in sent.tokens[lo:hi])


# --- agr20: round 10's causes --------------------------------------------------------------

_PYMORPHY_TENSE = PYMORPHY_TENSES
_PYMORPHY_ASPECT = {"perf": "Perf", "impf": "Imp"}
_PYMORPHY_GENDER = {"masc": "Masc", "femn": "Fem", "neut": "Neut"}
_PYMORPHY_NUMBER = {"sing": "Sing", "plur": "Plur"}


def sealed_with_signatures(sent: Sentence) -> list[int]:
    """A verb of sealing with signatures in the instrumental is the signing verb: "министры
    скрепили подписями соглашение" is "подписали соглашение", so its subjects are the
    signatories and its status signed. The verb's lemma is read as "подписать" for every
    pass after this one; a seal without signatures ("скрепили печатью") is left alone."""
    toks = sent.tokens
    sealed: list[int] = []
    for i, t in enumerate(toks):
        if t.lemma in SEAL_VERBS and (any(
                u.lemma == "подпись" and u.feats.get("Case") == "Ins"
                for u in toks[max(0, i - 3):i + 4]) or
                signature_after_seal(sent, i, {"подпись"}) is not None):  # sigpool92
            t.lemma = "подписать"
            tokens_edited()
            sealed.append(i)
    return sealed


def sealers_under_signatures(analysis: Analysis, models: Models, sent: Sentence,
                             sealed: list[int]) -> None:
    """agr58: the bodies that seal a document with their signatures are the verb's subject
    where the parser hangs them on the signatures: in "Второй договор скрепили подписями
    комитет по труду и городской колледж" it makes "договор" (accusative) the subject and
    "комитет" (nominative) a modifier of "подписями", so the signing had no sides and the
    bodies went to the agreement told before. When a verb of sealing (``sealed``, read by
    ``sealed_with_signatures``) has the signature noun in the instrumental as its child, a
    nominative noun hung on that noun after it is the verb's subject (or an inanimate
    accusative with no preposition, the tagger's reading of a neuter "управление": no noun
    governs one so; an animate one is a genitive, "подписями министра"), and the document noun
    (``TRIGGERS``, ``DOCUMENT_REFERENCES``) the parser made the subject is its object. Not
    when the verb has a subject of another word ("Министры скрепили подписями ...") or is a
    participle ("скреплён подписями": the signers are in the genitive there), nor a
    document noun made the subject ("…и скрепили подписями договор аренды", fixagr58). The
    sentence is parsed for it only when it holds such a seal (rare)."""
    if not sealed:
        return
    sent = ensure_parsed(sent, models)
    toks = sent.tokens
    edited = False
    for v in sealed:
        kids = sent.children(v)
        sig = next((c for c in kids if toks[c].lemma == "подпись" and
                    toks[c].feats.get("Case") == "Ins"), None)
        if sig is None:
            continue
        named = [c for c in sent.children(sig) if c > sig and toks[c].rel == "nmod" and
                 (toks[c].feats.get("Case") == "Nom" or toks[c].feats.get("Case") == "Acc" and
                  toks[c].feats.get("Animacy") != "Anim") and
                 toks[c].pos in {"NOUN", "PROPN", "ADJ"} and
                 toks[c].lemma not in TRIGGERS | DOCUMENT_REFERENCES and  # fixagr58: a body
                 not any(toks[x].rel == "case" for x in sent.children(c))]
        subjects = [c for c in kids if toks[c].rel in {"nsubj", "nsubj:pass"}]
        if len(named) != 1 or toks[v].feats.get("VerbForm") == "Part" or any(
                toks[c].lemma not in TRIGGERS | DOCUMENT_REFERENCES or toks[c].rel != "nsubj"
                for c in subjects):
            continue
        for c in subjects:
            toks[c].rel = "obj"
        head = toks[named[0]]
        head.head, head.rel = v, "nsubj"
        if head.pos == "ADJ" and all(p.tag.POS == "NOUN" for p in models.parse(head.text.lower())):
            head.pos = "NOUN"  # "Отделение" read as an adjective beside "подписями"
        edited = True
    if edited:
        tokens_edited()
        sent._kids = None
        whole = analysis.sentence_holding(sent.start)
        if whole is not None:
            whole._kids = None
        # fixagr58: the sentence of these tokens, parsed later, is given the edited tree
        # (it was given the parser's, which undid the edit for every pass reading it)
        models.keep_edited_tree(sent)


def mistagged_short_participles(models: Models, sent: Sentence) -> None:
    """sigpool92: a word of signing or sealing the tagger called a noun or an adjective is
    the short passive participle it is when that is the dictionary's only reading of the
    word: after a long subject ("Договор о занятости молодёжи с особыми потребностями
    скреплён вчера подписями ...") the tagger may give "скреплён" a noun's case, and every
    reader of a signing predicate (status, signers) misses it. Its features become the
    participle's (VerbForm=Part, Variant=Short, Voice=Pass, the reading's aspect, tense,
    gender and number), its case dropped. One dictionary lookup per such word."""
    for t in sent.tokens:
        if t.pos not in {"NOUN", "ADJ", "PROPN"} or t.lemma not in SIGN_VERBS | SEAL_VERBS:
            continue
        readings = models.parse(t.text.lower())
        if not readings or any(p.tag.POS != "PRTS" for p in readings):
            continue
        tokens_edited()
        t.pos = "VERB"
        t.feats = {"VerbForm": "Part", "Variant": "Short", "Voice": "Pass"}
        tag = readings[0].tag
        for key, value in (("Aspect", _PYMORPHY_ASPECT.get(str(tag.aspect))),
                           ("Tense", _PYMORPHY_TENSE.get(str(tag.tense))),
                           ("Gender", _PYMORPHY_GENDER.get(str(tag.gender))),
                           ("Number", _PYMORPHY_NUMBER.get(str(tag.number)))):
            if value:
                t.feats[key] = value


def implementers_clause(sent: Sentence, k: int) -> bool:
    """An agreement named as what bodies are charged to carry out is the agreement told
    before, its bodies implementers, no sides of a new one: "Определить министерство ... и
    управление ... органами, уполномоченными на реализацию Соглашения", "назначить
    департамент ответственным за исполнение соглашения" (the noun under a noun of
    implementing, under a word of authorising)."""
    toks = sent.tokens
    chain = list(ancestors(sent, k))
    at = next((n for n, i in enumerate(chain) if toks[i].lemma in IMPLEMENT_NOUNS), None)
    if at is None or toks[chain[at]].feats.get("Case") == "Nom":
        return False
    return any(toks[i].lemma in AUTHORISE_WORDS for i in chain[at + 1:])


def partner_subject_segments(
    analysis: Analysis, models: Models, sent: Sentence, k: int, regions: list[RegionRef],
) -> list[tuple[_Party, set[str]]]:
    """A list "соглашения с X о A, с Y о B и с Z о C" right after the agreement noun is one
    agreement per "с" partner, each about its own subject: "Правительство края подписало
    соглашения с фондом «Опора» о помощи семьям, с ПАО «Связь» о покрытии связью". A
    segment opens at "с" after the noun, a comma or "и" and holds "с PARTNER о SUBJECT";
    a place list inside a subject ("о мастер-плане агломерации A — B — C") stays in the
    subject, never a side. Needs two segments or more, each with its "о"; [] otherwise."""
    toks = sent.tokens
    if k + 1 >= len(toks) or toks[k + 1].lemma not in PARTNER_PREPOSITIONS:
        return []
    end = next((i for i in range(k + 1, len(toks)) if toks[i].text == ";"), len(toks))
    while end > k + 1 and toks[end - 1].pos == "PUNCT" and toks[end - 1].text in {".", "!"}:
        end -= 1
    starts = [k + 1] + [i for i in range(k + 2, end) if toks[i].lemma in PARTNER_PREPOSITIONS and
                        (toks[i - 1].text == "," or toks[i - 1].lemma == "и")]
    if len(starts) < 2:
        return []
    known = _parties_in(analysis, models, sent, k + 1, end, regions)
    out: list[tuple[_Party, set[str]]] = []
    for n, a in enumerate(starts):
        b = starts[n + 1] - 1 if n + 1 < len(starts) else end
        o = next((i for i in range(a + 1, b) if toks[i].lemma in ABOUT_PREPOSITIONS), None)
        if o is None or o == a + 1:
            return []
        party = next((p for p in known if toks[a + 1].start <= p.start < toks[o].start), None)
        if party is None or toks[a + 1].lemma in COMMERCIAL_FORMS | CORPORATION_WORDS:
            # "с госкорпорацией «Росатом»": the company's form is part of its name
            name = nominative_phrase(models, toks[a + 1:o], analysis.text)
            party = _Party(name, _region_at(regions, toks[a + 1].start, toks[o - 1].stop),
                           toks[a + 1].start, toks[o - 1].stop, models)
        about = {t.lemma for t in toks[o + 1:b] if t.pos in {"NOUN", "ADJ", "PROPN"}}
        out.append((party, about))
    return out


def signed_arrangement(models: Models, sent: Sentence, k: int) -> bool:
    """An arrangement that is signed is a document: "договорённости с Курской областью уже
    подписали две области" (the noun, of the lexicon's SIGNED_ARRANGEMENTS, is the object
    of a signing verb in the parse); an arrangement only reached ("достигли договорённости")
    is none."""
    if sent.tokens[k].lemma not in SIGNED_ARRANGEMENTS:
        return False
    return _signing_path(ensure_parsed(sent, models), k, SIGN_VERBS) is not None and \
        sent.tokens[k].rel in {"obj", "nsubj:pass", "nsubj"}


def _clause_end(toks: list[Token], i: int) -> int:
    """The end of the coordinate clause at token i: before ", а/но/однако" or the end."""
    for j in range(i, len(toks) - 1):
        if toks[j].text in {",", ";"} and toks[j + 1].lemma in CONTRAST_CONJUNCTIONS:
            return j
    return len(toks)


def partner_shared_by_subjects(
    sent: Sentence, k: int, regions: list[RegionRef], models: Models,
) -> list[tuple[list[_Party], bool]]:
    """An agreement noun with a "с X" partner before its signing verb, and places as the
    verb's subjects after it, is one agreement per subject, each with X: "аналогичные
    соглашения с Белгородской областью заключили Воронежская и Орловская области" gives
    Воронежская–Белгородская and Орловская–Белгородская. A following clause "а к ним
    присоединится Тамбовская" (a verb of joining with "к ним") adds its subjects' own
    agreements with X, flagged True when the joining is in the future (planned). Read
    from the words and the region mentions: the parser often hangs such a list on the
    noun."""
    toks = sent.tokens
    if k + 2 >= len(toks) or toks[k + 1].lemma not in PARTNER_PREPOSITIONS:
        return []
    verb = next((i for i in range(k + 2, min(len(toks), k + 12))
                 if toks[i].lemma in SIGN_VERBS and toks[i].pos == "VERB" and
                 toks[i].feats.get("VerbForm") == "Fin"), None)
    if verb is None:
        return []
    partner_at = _mentions_in(regions, toks[k + 1].start, toks[verb].start)
    if len({n for _, _, n in partner_at}) != 1:
        return []
    pn = partner_at[0][2]
    partner = _Party(regions[pn].name, [regions[pn].code], partner_at[0][0], partner_at[0][1],
                     models)
    end = _clause_end(toks, verb)
    subjects = _mentions_in(regions, toks[verb].stop, toks[end - 1].stop)
    if not subjects or any(n == pn for _, _, n in subjects) or \
            toks[_token_index(sent, subjects[0][0])].start > toks[min(verb + 2, end - 1)].stop:
        return []
    out: list[tuple[list[_Party], bool]] = []
    for a, b, n in subjects:
        side = _Party(regions[n].name, [regions[n].code], a, b, models)
        if all(side.key != q[0].key for q, _ in out):
            out.append(([side, partner], False))
    if end < len(toks):
        later = toks[end:_clause_end(toks, end + 2)]
        joins = any(t.lemma in JOIN_VERBS for t in later) and any(
            t.lemma == "к" and u.pos == "PRON" for t, u in zip(later, later[1:], strict=False))
        future = any(t.lemma in JOIN_VERBS and future_form(t) for t in later)
        if joins:
            for a, b, n in _mentions_in(regions, later[0].start, later[-1].stop):
                side = _Party(regions[n].name, [regions[n].code], a, b, models)
                if n != pn and all(side.key != q[0].key for q, _ in out):
                    out.append(([side, partner], future))
    return out


def mistagged_signing_verbs(models: Models, sent: Sentence) -> None:
    """A signing verb the tagger took for an adjective or a participle is finite when every
    dictionary reading of the word is a finite verb: "стороны пролонгировали соглашение"
    (tagged ADJ) is a past signing, as "подписали" would be. Only words of the signing
    lexicon are looked up, so the cost stays one dictionary lookup per such word."""
    for t in sent.tokens:
        if t.lemma not in SIGN_VERBS or t.pos == "NOUN" or (
                t.pos == "VERB" and t.feats.get("VerbForm") in {"Fin", "Inf"}):
            continue
        parses = models.parse(t.text.lower())
        tags = [p.tag for p in parses]
        if not tags or any(tag.POS != "VERB" for tag in tags):
            continue
        tenses = {tag.tense for tag in tags}
        tokens_edited()
        t.pos = "VERB"
        t.feats = {k: v for k, v in t.feats.items() if k not in {"Case", "Variant"}}
        t.feats["VerbForm"] = "Fin"
        t.feats["Mood"] = "Ind"
        if len(tenses) == 1 and next(iter(tenses)) in _PYMORPHY_TENSE:
            t.feats["Tense"] = _PYMORPHY_TENSE[str(next(iter(tenses)))]


def future_read_as_past(models: Models, sent: Sentence) -> None:
    """pair65: a finite signing verb the tagger read as past is future when every
    dictionary reading of the word is: in a headline "Соглашение о поддержке кочевых семей
    перезаключат до конца года" the tagger gives "перезаключат" Tense=Past, and the plan
    became a signing (a record apart from the plan the lead tells). Only words of the
    signing lexicon tagged past are looked up, one dictionary lookup each; a form some
    reading of which is past ("подписали") keeps the tagger's tense."""
    for t in sent.tokens:
        if t.lemma not in SIGN_VERBS or t.pos != "VERB" or \
                t.feats.get("VerbForm") != "Fin" or t.feats.get("Tense") != "Past":
            continue
        tags = [p.tag for p in models.parse(t.text.lower())]
        if tags and all(tag.POS == "VERB" and tag.tense == "futr" for tag in tags):
            mark_future(t)


# Every test of ``_candidates`` that reads a token as an agreement mention asks for one of
# these lemmas (TRIGGERS; "документ" counted, alike or with a partner: _ordinal_document,
# _alike, document_called_agreement_next, signed_for_two_sides, _cooperation_document,
# _document_with_partner, document_between_sides); only ordinal_standing_for_noun reads
# another word, the first of its sentence. Any other token is passed over at once (running
# the tests on every token cost about 4 % of the extraction's time). A test reading another
# word must add it here.
_CANDIDATE_WORDS = frozenset(TRIGGERS | {"документ"} | COOPERATION_DOCUMENTS |
                             COOPERATION_PROGRAMMES |  # agr90: cooperation_programme
                             AGREED_ITEM_VERBS |  # agr59: agreed_item
                             PARTNER_NOUNS |  # agr65: became_partners
                             ROADMAP_DOCUMENTS.keys())  # agr66: signed_roadmap


def signers_own_bodies(earlier: list[_Party], bodies: list[_Party]) -> list[_Party]:
    """sig72: a signing told by a plural subject of persons ("руководители центров",
    "директора школ"), whose signers each hold a post in a body the text names, is between
    those bodies when two or more of them are none of the sides coreference took from the
    agreement told before: "Затем подписи под договором о стажировках поставили директора
    учреждений — директор центра «Опора» Анна Ким и директор центра «Рассвет»
    Ольга Лис" is the two centres' agreement, not the one their districts signed just
    before (``party_identity.body_is_side``). Else the earlier sides stay."""
    own = [b for b in bodies if not any(body_is_side(b.name, p.name) or
                                        body_is_side(p.name, b.name) for p in earlier)]
    return bodies if len(own) >= 2 and len(own) == len(bodies) else earlier


def collective_of_count(out: list[_Candidate], count_of: _Candidate) -> list[str]:
    """many2: the signers of a count's own side told after the count with no partner of
    their own ("Министерство подписало соглашения с тремя предприятиями. От имени
    министерства соглашения подписал министр Иван Сидоров"), before its partners are
    listed line by line: they sign each listed partner's agreement. The partnerless
    candidates carrying them are removed from ``out`` (each listed one stands for them)."""
    at = next(i for i, c in enumerate(out) if c is count_of)
    signers: list[str] = []
    keep = out[:at + 1]
    for c in out[at + 1:]:
        if c.status == count_of.status and len(c.parties) <= 1 and c.signatories and \
                all(p.key in {q.key for q in count_of.parties} for p in c.parties):
            signers += [x for x in c.signatories if x not in signers]
            continue
        keep.append(c)
    signers += [x for x in count_of.signatories if x not in signers]
    out[:] = keep
    return signers


def partner_line_signers(analysis: Analysis, sents: list[Window], si: int, partner: _Party,
                         officials: list[Official], models: Models) -> list[str]:
    """many2: a partner listed on its own line signs through the person its line names by
    "в лице": "— ООО «Луч» в лице директора Павла Орлова;" → Павел Орлов."""
    line = next((x for x in sents[si + 1:] if x.start <= partner.start < x.stop), None)
    if line is None:
        return []
    names = [_signer_name(analysis, line, span, officials, models)
             for span in represented_signers(analysis, line, listed=True)]
    return [n for n in names if n][:1]


def _told_at(sent: Sentence, j: int, dates_at: _DateIndex, published: str | None
             ) -> tuple[str, str | None]:
    """tidy51: the status and the date another sentence gives an item through its noun at
    ``j``: a farther count's verb ("Подписаны три соглашения. … Первое — с фондом …"), a
    list's lead ("Вчера подписаны два документа:" / "— Соглашение между фондом и центром"),
    a count a question asks of (plan91). Its own date in the noun's clause
    (``_sentence_date``), weighed against the publication as the item's own sentence is
    (``date_for_status``, ``_status``). One reading of the three places that each wrote it."""
    date = _sentence_date(sent, dates_at, j)
    return _status(sent, j, date_for_status(sent, date, dates_at.within(sent), published),
                   published), date


def _series_status(sents: list[Window], si: int, dates_at: _DateIndex,
                   published: str | None, date: str | None) -> tuple[str, str | None]:
    """status57: a verbless ranked item ("Второй документ – соглашение с ...",
    ``ranked_item_named``) has the status of the nearest noun of documents before it whose
    own clause tells a signing or a plan (``series_told_before``, ``_told_at``): "Накануне
    стороны подписали соглашение о ... . Документ предусматривает ... . Второй документ –
    соглашение с ..." is signed, "запланировано подписание нескольких документов. Первый
    документ – соглашение с ..." planned. A noun of an older or a mere mention ("Документ
    предусматривает") is passed over; none within reach leaves the item mentioned. The
    item's own date first, else that clause's. A signing that date puts after the
    publication day is still to come ("В программу форума, который пройдёт 26 мая,
    включено подписание двух соглашений", told on 18 May): planned. fixplan57: a plan
    takes no date from that clause when the clause tells a decision taken and no signing
    (``signing_ahead.decision_only``) or its time is before the publication day
    (``_time_before``): in "В феврале министерство и фонд договорились подготовить два
    документа. Первый документ – соглашение о ..." told in April, February is when the
    plan was made, not when the signing is to be."""
    for n, j in series_told_before(sents, si):
        status, told_date = _told_at(sents[n], j, dates_at, published)
        if status == "mentioned":
            continue
        if status == "planned" and told_date is not None and (
                _time_before(told_date, published) or decision_only(sents[n])):
            told_date = None  # fixplan57: the time a plan was made, not its signing's
        when = date or told_date
        if status == "signed" and _day_after(when, published):
            status = "planned"
        return status, when
    return "mentioned", date


def _time_before(when: str, published: str | None) -> bool:
    """fixplan57: is the time ``when`` (a day, a month or a year; "--02" of the
    publication's year) wholly before the publication day? "2024-02" told on 10 April
    2024 is ("в феврале договорились"); "2024-04" and "2024" are not. False when the
    publication day is unknown."""
    if published is None or len(published) < 10:
        return False
    value = published[:4] + when[1:] if when.startswith("--") else when
    return value < published[:len(value)]


def _day_after(when: str | None, published: str | None) -> bool:
    """status57: is the day ``when`` ("2025-05-26", or "--05-26" of the publication's year)
    after the publication day? "форум, который откроется 26 мая" told on 18 May is. False
    when either is unknown or not a day."""
    if when is None or published is None or len(published) < 10:
        return False
    day = published[:4] + when[1:] if when.startswith("--") else when
    return len(day) == 10 and day > published[:10]


def _parsed_signings(sents: list[Window], si: int, reach: int, models: Models
                     ) -> list[Sentence] | None:
    """plan54: sentence ``si`` and the ``reach`` sentences after it, it and those holding a
    signing verb parsed (``candidate_status.draft_to_sign`` reads their parse). fixplan54:
    None, before any parse, when the sentence names no draft (``DRAFT_NOUNS``: "проект
    дорожной карты"): a roadmap without one is no draft's; the parsed sentences returned,
    not left to ``ensure_parsed`` parsing in place."""
    if not any(t.lemma in DRAFT_NOUNS for t in sents[si].tokens):
        return None
    return [ensure_parsed(s, models) if n == 0 or any(t.lemma in SIGN_VERBS for t in s.tokens)
            else s for n, s in enumerate(sents[si:si + 1 + reach])]


def _parsed_side_phrase(analysis: Analysis, models: Models, sent: Sentence,
                        regions: list[RegionRef], n: int) -> _Party | None:
    """series61: the body phrase token n heads (``_side_phrase``), the sentence parsed on
    demand (only a subject told after the agreement noun asks for it): "администрация
    городского округа" in "Первым подписали соглашение фонд «Заря» и администрация
    городского округа"."""
    return _side_phrase(analysis, models, ensure_parsed(sent, models), n, regions)


def _candidates(
    analysis: Analysis, models: Models, regions: list[RegionRef],
    officials: list[Official], dates: list[DateRef], published: str | None,
) -> list[_Candidate]:
    out: list[_Candidate] = []
    sents = windows(analysis)
    dates_at = _DateIndex(dates)
    headline = -1  # index of the headline sentence, once the first candidate is read
    counted = -10  # index of the latest sentence counting agreements ("два соглашения")
    tally = 0  # agr50: how many that sentence counts
    tabled: set[int] = set()  # dig92: the first rows of the tables read
    by_number: dict[str, _Candidate] = {}  # dig92: table rows' candidates by row number
    chain = -10  # agr30: index of the latest sentence taking a counted one up by ordinal
    doc_head = document_head(sents, analysis.text)  # headline zone and lead (status16)
    report = report_year(doc_head, dates, published)  # dig92: a page of a year's results
    settled_at = -1  # pair65: how many candidates there were at the last settlement read
    read_back: set[int] = set()  # sig46: starts of the sentences read back for a signer
    term_years: dict[int, str] = {}  # tidy54: a noun's signing date dropped as a term's
    for si, sent in enumerate(sents):
        toks = sent.tokens
        mistagged_short_participles(models, sent)  # sigpool92
        sealers_under_signatures(analysis, models, sent, sealed_with_signatures(sent))  # agr58
        mistagged_signing_verbs(models, sent)
        future_read_as_past(models, sent)  # pair65
        for k, tok in enumerate(toks):
            if k and tok.lemma not in _CANDIDATE_WORDS:
                continue  # speed: no test below can hold (see _CANDIDATE_WORDS)
            standing = ordinal_standing_for_noun(sent, k)  # agr44
            agreed = False
            ordinal = (_ordinal_document(sent, k) or standing or
                       ranked_item(sent, k)) and (  # series60: "Первым стало соглашение"
                0 < si - counted <= 2 or ordinal_chain(counted, chain, si) or
                counted_item(sents, si, k, counted, tally) or  # agr30, agr50
                ranked_after_count(sents, si, k, counted))  # series61
            asked = asked_count(sents, si) if standing else None
            ordinal = ordinal or asked is not None  # plan91: "А второй документ?" "Второй — с X"
            if tok.lemma in AGREED_ITEM_VERBS and 0 < si - counted <= COUNTED_ITEM_REACH:
                ensure_parsed(sent, models)  # rare: a verb of agreeing after a count
                if agreed_item(sents, si, k, counted, tally):
                    standing = ordinal = agreed = True  # agr59: "С ООО «X» ... договорилось"
            if tok.lemma in PARTNER_NOUNS:
                if 0 < si - counted <= COUNTED_ITEM_REACH:  # rare: parsed on demand
                    ensure_parsed(sent, models)
                    count_of = next((c for c in reversed(out) if c.count >= 2), None)
                    partners = became_partners(analysis, models, sents, si, k, counted, tally,
                                               regions) if count_of is not None else []
                    lined = partners and partners[0].start >= sent.stop
                    collective = collective_of_count(out, count_of) \
                        if lined and count_of is not None else []
                    own_days = [d.value for d in dates_at.within(sent) if d.value] \
                        if partners else []  # many2: "Сегодня партнёрами стали ..."
                    # lists64: a count told with no side ("подписаны четыре соглашения"):
                    # the lines' common side is the one the sentence before tells signing
                    owner = side_before_lead(analysis, models, sents, si, regions) \
                        if lined and count_of is not None and not count_of.parties else []
                    for n, p in enumerate(partners):  # agr65: "Партнёрами мэрии стали A и B"
                        assert count_of is not None
                        out.append(_Candidate(
                            sent, tok, count_of.status, count_of.title, count_of.subject_key,
                            owner + [p], collective + partner_line_signers(
                                analysis, sents, si, p, officials, models) if lined else [],
                            own_days[0] if own_days else count_of.date,
                            group=tok.start, member=n,
                            ordinal=True, distinct=True))
                continue
            if ordinal or _ordinal_document(sent, k) and tok.lemma in TRIGGERS and \
                    counted >= 0:
                chain = si
            alike = _alike(sent, k) or document_called_agreement_next(sents, si, k) or \
                signed_for_two_sides(sents, si, k)
            coop = _cooperation_document(sent, k) or (
                _own_document_of_signers(sent, k) and
                _own_document_of_signers(ensure_parsed(sent, models), k)) or (
                _document_with_partner(sent, k) and
                _document_with_partner(ensure_parsed(sent, models), k) and
                bool(_with_partner(analysis, models, sent, k, regions))) or (
                document_between_sides(sent, k) and
                document_between_sides(ensure_parsed(sent, models), k))  # forum95
            adopted = roadmap_named(sent, k) and si + 1 < len(sents) and \
                ensure_parsed(sent, models) is not None and \
                ensure_parsed(sents[si + 1], models) is not None and \
                adopted_roadmap_signed(sents, si, k)  # muni90
            coop = coop or roadmap_named(sent, k) and (
                adopted or signed_roadmap(ensure_parsed(sent, models), k))  # agr66, muni90
            coop = coop or roadmap_named(sent, k) and (
                drafted := _parsed_signings(sents, si, DRAFT_SIGNING_REACH, models)
            ) is not None and draft_to_sign(drafted, 0, k)  # plan54
            coop = coop or roadmap_named(sent, k) and \
                roadmap_in_drafting(ensure_parsed(sent, models), k)  # status55
            planned_next = not coop and roadmap_signed_next(sents, si, k, models)  # plan65
            coop = coop or planned_next
            coop = coop or bool(out) and base_document_signed(sent, k) and \
                base_document_signed(ensure_parsed(sent, models), k)  # recpool96
            coop = coop or bool(out) and former_document_signed(sent, k) and \
                former_document_signed(ensure_parsed(sent, models), k)  # again49
            coop = coop or bool(out) and in_force_document_signed(sent, k) and \
                in_force_document_signed(ensure_parsed(sent, models), k)  # agreements69
            lead_of_signers = tok.lemma in COOPERATION_DOCUMENTS and signers_lead(sent, k)
            coop = coop or lead_of_signers  # lists63: "Документы подписали:" then pairs
            # agr90: a roadmap beside an agreement it carries out is one too ("Документ принят
            # в развитие соглашения")
            if (tok.lemma not in TRIGGERS and not ordinal and not alike and not coop) or \
                    tok.pos not in {"NOUN", "PROPN"} and not (ordinal and standing):
                continue
            if hashtag(analysis.text, tok):
                continue  # region81: "#соглашение" tags a post, it tells no agreement
            if (ordinal or alike or coop) and not sent.parsed:
                ensure_parsed(sent, models)  # "подобные документы": rare, parsed on demand
            if tok.lemma in OBJECT_ONLY and not (
                    k + 2 < len(toks) and toks[k + 1].lemma in ABOUT_PREPOSITIONS and
                    any(t.lemma in OBJECT_ONLY[tok.lemma] for t in toks[k + 2:k + 4])):
                continue  # "протокол об административном правонарушении"
            pronoun = _pronoun_partner(analysis, models, sent, k, regions)
            if tok.lemma in NEEDS_OBJECT and not signed_arrangement(models, sent, k) and \
                    not (k + 1 < len(toks) and
                                                  toks[k + 1].lemma in ABOUT_PREPOSITIONS) \
                    and not _compound_sides(models, sent, k) \
                    and not _partner_state(analysis, models, sent, k, regions) \
                    and not (pronoun and pronoun[0].regions) \
                    and not _officials_of_places_sign(analysis, models, sent, k, regions) \
                    and not (out and likened_with_partner(ensure_parsed(sent, models), k)):
                continue  # a lease or a job contract, unless its sides are states/regions
            if k >= 2 and toks[k - 1].lemma == "к" and toks[k - 2].lemma in IDIOM_VERBS:
                continue  # "пришли к соглашению, что ...": agreed, no document
            if k >= 1 and k + 1 < len(toks) and toks[k - 1].lemma == "по" and \
                    toks[k + 1].lemma == "сторона" and _is_gen(toks[k + 1]):
                continue  # "уволился по соглашению сторон": a way to end a contract
            if _private_partner(analysis, sent, k) or _private_subject(sent, k):
                continue
            if every_agreement(toks, k):
                continue  # extra74: "каждое соглашение имеет план": agreements in general
            if repeated_in_gap(sent, k):
                continue  # agr50: "..., а Y – соглашение с B": read with the first noun
            if _retracted(ensure_parsed(sent, models), k) or hypothetical_signing(sent, k) \
                    or personal_contract(sent, k):
                continue
            if _settlement(sent, k):
                settled_at = len(out)  # pair65: settlement_told_again
                continue
            if _labour_relations(sent, k, sents[si + 1] if si + 1 < len(sents) else None) \
                    or _definition(sent, k) or defined_as_agreement(sent, k):
                continue
            if any(t.lemma in LABOUR_AGREEMENT_KINDS for t in toks[k + 1:k + 5]) and \
                    about_labour_contract(ensure_parsed(sent, models), k):
                continue  # stat89: "соглашение о расторжении трудового договора"
            if out and ordinal_restatement(ensure_parsed(sent, models), k, models):
                continue  # agr30: "это уже третье соглашение, подписанное областью"
            plural = tok.feats.get("Number") == "Plur"
            generic = plural and (counted_before(toks, k) or
                                  _kinds_of_documents(sent, k) or
                                  _unnamed_partners(sent, k) or unnamed_places(sent, k) or
                                  alike_in_general(sent, k) or
                                  alike_with_kinds(ensure_parsed(sent, models), k) or
                                  counted_kinds(analysis, sent, k) or
                                  summary_with_kinds(models, sent, k)) or \
                unnamed_neighbours(models, sent, k)
            date = _clause_date(sent, k, dates_at) or \
                when_clause_date(sent, k, dates_at.within(sent)) or \
                _chronicle_year(analysis.text, sent) \
                or signing_clause_date(sent, k, dates_at.within(sent)) \
                or referred_date(sent, k, dates_at.within(sent)) \
                or named_year(sent, k, dates_at) \
                or dated_by_from(sent, k, dates_at) \
                or year_across_signing(sent, k, dates_at.within(sent), published)  # passing50
            own_date = date is not None
            date = date or _sentence_date(sent, dates_at, k)
            headed = date is None  # date56: a heading's time is the paragraph's own
            date = date or heading_year(analysis.text, sent, k)  # date54
            headed = headed and date is not None
            # agr90: a roadmap in brackets has the status of the noun it stands for ("план
            # совместных действий («дорожную карту»)": "план" is no plan word of it)
            at = apposed_object(sent, k) if sent.parsed and roadmap_named(sent, k) else k
            # status67: not a covered period's year; date90: nor the turn of the year
            # plan51: on a page of a year's results a signing dated to a day of that year
            # date56: a month heading's time dates the record, not its status (the heading
            # of a year does both, as since date54)
            status_date = None if headed and date is not None and len(date) != 4 else date
            status = _status(sent, at, date_for_status(sent, status_date, dates_at.within(sent),
                                                       published,
                                                       report_of_day(report, status_date)),
                             published)
            if adopted:
                status = "signed"  # muni90: "Документ подписали ..." right after
            if planned_next:
                status = "planned"  # plan65: "Её планируют подписать ..." right after
            if status == "signed" and date is not None and \
                    year_after_publication(date, published):
                term_years[tok.start] = date[:4]
                date = None  # status53: "Соглашение ... до 2027 года подписали ...": a term
            if status == "mentioned" and ordinal_item_named(sent, k):
                counting = count_of_rank(sents, si)  # agr48: a farther count of rank
                if counting is not None:  # agr90: "Первый — соглашение с X" of a count's verb
                    n, j = counting
                    status, count_date = _told_at(sents[n], j, dates_at, published)
                    date = date or count_date
            verbal_item = status == "mentioned" and not ranked_item_named(sent, k) and (
                closing_series_item(sent, k) or linked_ranked_item(sent, k))
            if status == "mentioned" and (ranked_item_named(sent, k) or verbal_item):
                series = _series_status(sents, si, dates_at, published, date)
                if verbal_item and series[0] != "signed":
                    pass  # lists67: only a series told signed; the later passes read the rest
                elif series[0] != "signed" or not signing_pending_later(
                        sents, si, analysis.text, lambda w: ensure_parsed(w, models)):
                    # fixstatus57: a series signed gives way to the item's own signing
                    # told not done after it ("Под ним будут стоять подписи ...")
                    status, date = series
            if status == "mentioned" and timetable_signing_item(analysis.text, sent) and \
                    not (date and published and len(date) == 10 and date < published):
                status = "planned"  # agr48: "11:30 — Церемония подписания:" "• Соглашение ..."
            lead = list_item_lead(analysis.text, sents, si, k) if status == "mentioned" \
                else None
            listed_addendum = False  # status53: an addendum item is its own document
            if lead is not None:  # event49: "Подписанные документы:" "— Соглашение между ..."
                n, j = lead
                lead_status, lead_date = _told_at(sents[n], j, dates_at, published)
                if lead_status == "mentioned" and lead_signed(sents[n].tokens):
                    lead_status = "signed"  # "Подписанные документы:" (tidy51: one reading)
                if lead_status != "mentioned":
                    status, date = lead_status, date or lead_date
                    listed_addendum = addendum_with_partner(toks, k)
                    if listed_addendum:  # its phrase dates a term or the base, not it
                        date = lead_date or date
            if asked is not None:  # plan91: the count's verb, as for "Первый — соглашение"
                n, j = asked
                status, count_date = _told_at(sents[n], j, dates_at, published)
                date = date or count_date
            since = anniversary_signing_date(sent, k, dates_at.within(sent), published)
            if since is not None:  # date76: "исполнилось пять лет с того дня, когда ..."
                since = anniversary_day_next(sents, si, dates_at, since) or since  # date54
                status, date, own_date = "mentioned", since, True
            if status == "planned" and not own_date and date is not None and \
                    plan_date_of_other_sentence(sent, k, dates_at, date):
                date = None  # date62
            if status == "planned" and not own_date and date is not None and \
                    put_off_from_time_set(sent, k, dates_at.within(sent)):
                date = None  # date76: "которое планировалось провести сегодня, перенесено"
            if status == "mentioned" and date is not None and any(
                    d.value == date and period_year(sent, d) for d in dates_at.within(sent)):
                date = None  # agr90: "соглашения ... на 2022–2024 годы": a period, no signing
            if agreed or (ordinal and standing and tok.pos == "ADJ"):
                # agr59: an item agreed on is told as the count it belongs to; agr65: so
                # is an ordinal standing for the noun ("Второе — с АО «X»: компания
                # построит ..."), the verbs after it being its partner's
                status = next((c.status for c in reversed(out) if c.count >= 2), status)
            if _amended_base(sent, k):
                date = _own_phrase_date(sent, k, dates_at)
            elif status == "mentioned" and not own_date and not headed and \
                    date is not None and not _signing_verb_near(sent, k):
                date = _attached_date(sent, k, dates_at) or \
                    since_year_of_frame(sent, k, dates_at.within(sent))  # statC
            if status == "mentioned" and not own_date and date is not None and \
                    activity_clause_date(sent, k, dates_at.within(sent), date):
                date = None  # r18fix: "в рамках которого с 2019 года ... обмениваются"
            if status == "mentioned" and not own_date and date is not None and \
                    today_of_present(sent, dates_at.within(sent), date):
                date = None  # stat89: "по прежнему договору ... сегодня работают"
            if status == "mentioned" and date is None:
                date = extended_object_date(sent, k, dates_at)  # status65
            prev = out[-1] if out and out[-1].sentence is sent else None
            referred = (prev is not None and k >= 1 and toks[k - 1].lemma == "к" and
                        0 < k - _token_index(sent, prev.trigger.start) <= 4)
            title, key = _title(models, sent, k, analysis)
            if ordinal and standing:  # "Второе – с АО «...»": the counted noun's name
                title, key = next(((c.title, c.subject_key) for c in reversed(out)
                                   if c.count >= 2 or c.ordinal), (title, key))
            lo, hi = _clause_bounds(sent, k)
            parties = _plural_body_sides(models, analysis.text, sent, k, regions) or \
                _bodies_of_both_regions(models, sent, lo, hi, out, regions) or \
                _bodies_of_subject_regions(models, sent, lo, k, regions) or \
                _linked_parties(analysis, models, sent, k, lo, hi, regions)
            if len(parties) < 2:
                parties = _add_bodies(parties, _participant_sides(
                    analysis, models, sent, k, regions), regions)
            if len(parties) < 2:  # agr46
                parties = _add_bodies(parties, participants_told_next(
                    analysis, models, sents, si, k, regions), regions)
            if len(parties) < 2:  # lists67
                parties = _add_bodies(parties, side_lines(
                    analysis, models, sents, si, k, regions), regions)
            if len(parties) < 2:  # bcast90
                parties = _add_bodies(parties, colon_clause_drafters(
                    analysis, models, sent, k, regions), regions)
            if len(parties) < 2:
                parties = _frame_sides(analysis, models, sent, k, regions) or parties
            if not parties:  # recpool94: "трёхстороннего соглашения фонда X и вуза Y"
                parties = counted_genitive_sides(analysis, models, sent, k, hi, regions)
            if len(parties) < 2:
                parties = _compound_sides(models, sent, k) or parties
            if len(parties) < 2:  # series61: "Первым подписали соглашение A и B"
                parties = postposed_subjects(
                    analysis, models, sent, k, regions, partial(
                        _parsed_side_phrase, analysis, models, sent, regions)) or parties
            if len(parties) < 2:  # agrplan
                parties = conjoined_subjects_named_before(
                    analysis, models, sents, si, k, regions) or parties
            if len(parties) < 2:  # agr54
                parties = relative_subjects_named_before(
                    analysis, models, sents, si, k, regions, officials) or parties
            if len(parties) < 2:
                parties = _add_bodies(parties, _with_partner(analysis, models, sent, k,
                                                             regions), regions)
            if len(parties) < 2 and not plural and _count(sent, k) < 2:
                # agr46b: "Было и третье соглашение ... Мы планировали заключить его с X"
                parties = _add_bodies(parties, pronoun_signing_partners(
                    analysis, models, sents, si, k, regions), regions)
            if len(parties) < 2 and status == "signed":  # agr46
                parties = _add_bodies(parties, partner_named_before(
                    analysis, models, sents, si, k, regions), regions)
            if len(parties) == 1:
                parties = _add_bodies(parties, _signing_noun_subject(
                    analysis, models, sent, k, regions), regions)
            if len(parties) == 1:
                parties = _actor_side(analysis, models, sent, k, parties[0], regions) + parties
            if len(parties) < 2 and pronoun:
                parties = _add_bodies(parties, pronoun, regions)
            if len(parties) < 2 and (_former(sent, k) or called_base(sent, k) or
                                     in_force_document_signed(sent, k)):
                parties = _add_bodies(parties, _earlier_sides(sent, 0, 0, out, regions, models),
                                      regions)
            if not parties and tok.lemma in NEEDS_OBJECT:
                parties = _officials_of_places_sign(analysis, models, sent, k, regions)
            if len(parties) < 2 and sent.parsed:  # forum95: "Министерство и фонд X ..."
                parties = subject_heads(analysis, models, sent, lo, k, regions) or parties
            renewed = not parties and _new_between_same(sent, k) and status != "mentioned"
            plan = plan_told_before(out) if renewed and status == "planned" else None
            if plan is not None:  # agr90: the new agreement prepared is the plan told
                parties, renewed = list(plan.parties), False
                if _places_only(parties, regions):  # a headline's regions: their bodies
                    parties = _earlier_sides(sent, 0, 0, out, regions, models) or parties
            elif renewed:
                parties = _earlier_sides(sent, 0, 0, out, regions, models)
            if parties:
                bare = _bare_place_subject(sent, k, out, regions, models)
                if bare is not None and all(bare.key != p.key for p in parties):
                    parties = [bare] + parties
            holder = _holder_side(analysis, models, sent, k, regions) if parties else None
            if holder is not None and all(p.key != holder.key and
                                          not p.start <= holder.start < p.stop
                                          for p in parties):
                parties = [holder] + parties
            own_sides = parties  # the sides the clause itself names, before coreference
            parties, sides, heading = coreferent_sides(
                analysis, models, sents, si, k, (lo, hi), status, referred, out, regions,
                parties, officials)
            if not parties and status == "planned":  # agrplan
                parties = plan_after_occasion(analysis, models, sents, si, k, out, officials,
                                              regions)
            status = background_signing(
                status, date, published, sent, doc_head,
                lambda a, b: _region_at(regions, a, b),
                {r for p in parties for r in p.regions}, analysis.text)
            status = listed_past_signing(status, date, published, sent,
                                         [c.status for c in out])
            if status == "mentioned" and not parties and \
                    paper_signed_just_before(models, sents, si, k) and \
                    not older_year_of_phrase(sent, k, dates_at, published):  # date90
                status = "signed"  # agr51: its signers (and their bodies) are read below
            nxt = sents[si + 1] if si + 1 < len(sents) else None
            period = date if status == "signed" and \
                period_of_document(sent, date, dates_at) else None
            if period is not None:
                term_years[tok.start] = period[:4]
                date = None  # agr67: the signing is dated as an undated one, else keeps it
            if status == "mentioned" and date is not None and \
                    base_dated_by_plan_period(sent, k) and \
                    period_of_document(sent, date, dates_at):
                date = None  # muni90: "план по реализации меморандума на 2025 год"
            if date is None and status == "signed":
                # "Документ подписан 3 октября": one of the next two sentences dates it,
                # up to the next item of a count ("Второе соглашение подписано вчера")
                for later in sents[si + 1:si + 3]:
                    if ordinal and _next_item(later) or other_document_after_roadmap(
                            tok, later) or reminds_of_agreement(later):  # date72
                        break
                    date = _event_date(later, dates_at)
                    if ends_signing_walk(later, date, published):  # date76, agr76
                        date = None
                        break
                    if date is not None:
                        break
            if date is None and status == "signed":
                date = _occasion_date(sents, si, dates_at, analysis.text)
            if date is None and status == "signed":
                date = occasion_of_signing(sents, si, k, dates_at)
            if date is None and status == "signed":  # datesB
                date = pronoun_signer_day(sents, si, dates_at.dates)  # datesB
            if date is None and status == "signed":
                date = question_date(analysis.text, sent, dates_at.dates)
            date = date or period
            if date is None and status == "mentioned":
                # "... приуроченная к десятилетию соглашения. Документ был подписан в ноябре
                # 2014 года": the next sentence, naming no agreement of its own, dates it
                # or the one after it, past one naming neither ("Продлевать его стороны
                # не стали. Документ был подписан в 2020 году")
                for after in sents[si + 1:si + 3]:
                    if (_names_agreement(after) and not renames_only(after)) or \
                            signing_to_come(after):  # status65: "он стал первым соглашением"
                        break
                    date = _event_date(after, dates_at, any_precision=True)
                    if date is not None or dates_at.within(after):
                        break
            if date is not None and status == "planned" and \
                    put_off_from_only(sent, dates_at.within(sent)):
                # agr76: "подписание, намеченное на сегодня, перенесено. Документ подпишут
                # 5 мая": the new time told next, when it is told, else the one first set
                date = next((d for d in (_scheduled_date(x, dates_at, own=False)
                                         for x in sents[si + 1:si + 3]) if d), date)
            if date is None and status == "planned":
                for n, later in enumerate(sents[si:si + 3]):
                    if n and other_document_after_roadmap(tok, later):
                        break
                    date = _scheduled_date(later, dates_at, own=n == 0)
                    if date is not None:
                        break
            signers, where = (_signatories(analysis, sent, nxt, officials, models)
                              if status == "signed" else ([], None))
            base = addendum_base(sent, k) or extending_document_base(sent, k)  # sig52, sig69
            if not signers and _signer_status(status) and not base:
                signers, where = _back_reference_signers(analysis, sents, si, officials, models)
            if not signers and status == "signed" and not base:
                signers, where = _side_signers(analysis, sents, si, officials, models)
            if not signers and status == "mentioned" and not base:
                signers = recalled_clause_signers(analysis, sent, k, officials, models)
                where = sent if signers else where
            if not signers and status == "signed":
                signers = _post_signer(sent, k, officials, models, analysis)
                where = sent if signers else where
            if not signers and status == "signed" and not base:
                signers = agreeing_pair_signers(analysis, nxt, officials, models)
                where = nxt if signers else where
            if sides and not signers and status == "signed":
                signers = _previous_signers(analysis, sents[si - 1], officials)
            if signers and where is not None and where is not sent:
                read_back.add(where.start)  # sig46: that sentence's signers are this one's
            if not signers and status == "signed" and si > 0 and lead_signing(
                    sents[si - 1]) and not (sents[si - 1].start in read_back and
                                            opens_with_item(sent)):
                # "X подписал" (sig46: not "Первое соглашение заключено с A. Документ
                # подписала директор A Y. Второе — с B": Y signed the first item, read
                # back for it; the next item is another's)
                signers = _named_signers(analysis, sents[si - 1], officials, models)
            if status == "signed" and not base and not opens_answer_turn(analysis, sent):
                # sig45: "Сегодня подписала соглашение" under the header of its author
                signers = unsaid_author_signer(analysis, sent, signers, officials, models)
            if not signers and not parties and not base:
                # sig54: "— сказал проректор X, подписавший соглашение": the bare mention's
                signers = [n for n in (_signer_name(analysis, sent, p, officials, models)
                                       for p in participle_signers(analysis, sent, k)) if n]
            told = several_told(sent, k)  # sig57: "«мы собрали эти три соглашения ...»"
            speaker = None if told else _speaker(analysis, sent, officials) if \
                _first_person(sent, lo, hi) or \
                len(parties) == 1 and (_answer_line(analysis, sent) or _transcript_speaker(
                    analysis, sent.start, [o for o in officials if o.organization])) \
                else None
            if speaker is not None:
                # "мы подписали соглашение с ...", said by an official: the speaker's body
                own = _Party(speaker.organization or "", [speaker.region] if speaker.region
                             else [], speaker.evidence.start, speaker.evidence.end, models)
                if own.name and _party_key(own) not in {_party_key(p) for p in parties} and \
                        not joint_body_of_sides(own.name, models):
                    parties = [own] + parties
                if where is not None and any(t.text.lower() == "я" for t in where.tokens) \
                        and speaker.name not in signers:
                    signers = [speaker.name] + signers  # "его подписывали я и министр ..."
            if status == "signed" and not told:
                signers = _speaking_signer(analysis, sent, lo, hi, signers, officials, models)
            status, signers = reminded_signing(status, date, published, sent, k, signers,
                                               where)
            if signers and sides and not own_sides and parties:
                parties = signers_own_bodies(parties, _bodies_of_signers(
                    analysis, models, signers, officials, regions, where, sent, k))
            if signers and not parties:
                parties = _bodies_of_signers(analysis, models, signers, officials, regions,
                                             where, sent, k)
            elif signers and len(parties) == 1:
                # "министр X Иванова подписала соглашение с министерством Y": X's body too
                bodies = _add_bodies(parties, signer_parties(
                    signers, officials, regions, models, analysis=analysis), regions)
                # agr65: an ordinal item is one agreement of two sides; signers of more
                # bodies sign all the counted items at once ("Второе — с АО «Y». ... Со
                # стороны инвесторов подписи поставили X, Y и Z")
                # series61: so is an item taken up by rank ("Следующим стало соглашение с
                # X", ``ranked_item``) before a line of every item's signers
                # (or an item opening with an order word, ``opens_series_item``, its
                # signers read past its own sentence: the line of every item's signers)
                # split62: or an item opening with its ordinal ("Второе соглашение подписано
                # с X", ``ordinal_opening``), its signers read past its own sentence from a
                # line of every item's (``documents_line``; "Его подписали X и Y" is its own)
                one_item = ordinal and standing or ranked_item(sent, k) or \
                    opens_series_item(sent) and where is not sent or \
                    ordinal_opening(sent, k) and where is not None and where is not sent and \
                    documents_line(where)
                parties = bodies if not one_item or len(bodies) <= 2 else parties
            if heading and not parties and not several_signed(tok):
                # the last resort of a signing naming no side: the subjects before
                before = ensure_parsed(sents[si - 1], models)
                parties = _previous_subject_sides(analysis, models, before, regions)
                if parties and not signers:
                    signers = _previous_signers(analysis, sents[si - 1], officials)
                    bodies = signer_parties(signers, officials, regions, models,
                                             analysis=analysis)
                    if len(bodies) >= 2 and {r for b in bodies for r in b.regions} == \
                            {r for p in parties for r in p.regions}:
                        # "Министр ... Омской области X и министр ... Новосибирской области
                        # Y встретились. ... подписано соглашение": their ministries
                        parties = bodies
            if referred and prev is not None and not parties:
                # "дополнительное соглашение к соглашению ...": the same sides
                status, parties = "mentioned", list(prev.parties)
            if _our_body_subject(sent, k) or (len(parties) == 1 and
                                              _our_earlier_body(sent, k, out) is not None):
                # "Наше министерство подписало соглашение с X, сообщила министр ... Y":
                # Y's body, not the region named in Y's title
                own_body = _reporter_body(analysis, sent, lo, k, officials, models) or \
                    _our_earlier_body(sent, k, out)
                if own_body is not None:
                    parties = [p for p in parties
                               if not own_body.start <= p.start < own_body.stop]
                    if own_body.key not in {p.key for p in parties}:
                        parties = [own_body] + parties
            if len(parties) == 1:
                # "министр X рассказала, что ведомство готовит соглашение с Y": X's body
                own_body = _reporter_body(analysis, sent, lo, k, officials, models)
                if own_body is not None and \
                        _party_key(own_body) not in {_party_key(p) for p in parties}:
                    parties = [own_body] + parties
            reporter = None  # pair83: the side the reporting official's body lends
            if len(parties) == 1:
                own_body = _reporting_official_body(analysis, models, sent, officials,
                                                    parties[0])
                if own_body is not None:
                    parties = [own_body] + parties
                    reporter = own_body
            if len(parties) == 1 and status != "signed":  # agr46
                own_body = official_actor_body(analysis, sent, k, officials, parties[0], models)
                if own_body is not None:
                    parties = [own_body] + parties
            if len(parties) < 2 and status == "planned":  # agrmiss52
                parties = _add_bodies(parties, subject_officials_bodies(
                    analysis, sent, k, officials, models), regions)
            if len(parties) == 1:
                own_body = bare_body_subject(sent, k, out) or \
                    short_body_subject(sent, k, out)  # split62
                if own_body is not None and own_body.key != parties[0].key:
                    parties = [own_body] + parties
            if status == "signed":  # after the sides: the signers only, not their bodies
                signers = _later_signers(analysis, sents, si, officials, dates_at, signers, models)
            if status == "planned" and not signers:  # agrplan
                signers = assigned_signers(analysis, models, sents, si, officials)
            signing = status == "planned" and any(t.lemma in SIGN_VERBS for t in toks[lo:hi])
            own_side = _adjective_body(sent, k, regions, out, models) \
                if plural or len(parties) == 1 else None
            if own_side is None and plural and len(parties) >= 2:
                # fix80: the reporting official's own body before the bare "регион" read as
                # his region: a "с" list read whole (agr76's list_run_back) leaves no single
                # partner for agr46's official_actor_body to pair with his body first
                own_side = _reporter_list_side(analysis, models, sent, officials, parties)
            if own_side is None and (plural or len(parties) == 1):
                own_side = _speakers_region(analysis, sent, k, officials, regions, parties, models)
            # agreements69: a side read off the venue's own name ("в Энском университете":
            # the region of "Энском") is the host's word, not a side beside it
            inner = venue_named_parties(sent, k, parties) \
                if own_side is None and not plural and len(parties) == 2 else []
            if own_side is None and (plural or len(parties) - len(inner) == 1):  # many43
                own_side = venue_host_side(analysis, models, sent, k, regions,
                                           [p for p in parties if p not in inner])
                if own_side is not None and inner:
                    parties = [p for p in parties if p not in inner]
            if own_side is not None and len(parties) == 1 and \
                    own_side.key not in {p.key for p in parties}:
                parties = [own_side] + parties  # "калужский минтруд подписал соглашение с X"
            if own_side is None and plural and len(parties) >= 2 and sent.parsed and \
                    all(place_in_locative(sent, _token_index(sent, p.start))
                        for p in parties if p.stop <= tok.start):
                listed = [p for p in parties if p.start > tok.start]
                own_side = signing_subject_body(analysis, sent, k, officials, listed, models)
                if own_side is not None and \
                        len(_with_list_split(sent, k, parties, own_side).members(alike)) != \
                        len(listed):
                    own_side = None  # the list read from the parse misses a partner: the
                    # partners' own segments read it (``_partner_segments``)
            elided = _elided_ordinal(sent, k) if ordinal else None
            item = elided if elided is not None else gapped_document_item(sent, k)  # agr58
            if item is not None:
                # "Первое соглашение ... подписали X и Y, второе — Z и W": the first keeps
                # what comes before the elided ordinal; agr58: ", соглашение с Y – Z" alike
                cut = toks[item].start
                if where is sent:
                    first_names = _segment_signers(analysis, sent, sent.start, cut, officials,
                                                   models)
                    signers = [n for n in signers if n in first_names]
                parties = [p for p in parties if p.start < cut]
            if alike and len(parties) == 1:
                parties = same_first_side(sent, k, parties, out)
            dashed = dash_after_counted_partner(sent, k) if len(parties) < 2 else None
            after_dash = _parties_in(analysis, models, sent, dashed[0] + 1, len(toks),
                                     regions) if dashed is not None else []
            if dashed is not None and len(after_dash) == dashed[1] >= 2:
                # many2: "такие же договоры управление рассчитывает заключить летом с
                # двумя колледжами — ГБПОУ «Лира» и ГБПОУ «Вега»": one with each named
                dash_lead = [p for p in parties if p.stop <= toks[dashed[0]].start] or \
                    next((list(c.parties) for c in reversed(out)
                          if c.count >= 2 and len(c.parties) == 1), [])
                for n, partner in enumerate(after_dash):
                    out.append(_Candidate(sent, tok, status, title, key,
                                          dash_lead + [partner],
                                          [], date, False, signing, tok.start, n,
                                          distinct=True))
                continue
            if len(parties) < 2 and counted_partner(sent, k):
                continue  # "заключены соглашения с 12 субъектами": no named counterpart
            segments = partner_subject_segments(analysis, models, sent, k, regions) \
                if plural or _count(sent, k) >= 2 else []
            if segments:
                # "подписало соглашения с X о A, с Y о B": one agreement per partner, each
                # with its own subject; the subject is never a side
                lead_sides = [p for p in parties if p.stop <= tok.start]
                for n, (partner, about) in enumerate(segments):
                    out.append(_Candidate(sent, tok, status, title, key,
                                          lead_sides + [partner],
                                          [], date, generic, signing, tok.start, n,
                                          distinct=True, about=about))
                continue
            joining = joining_candidates(analysis, models, sent, tok, k, title, key, date,
                                         generic, signers, dates_at, regions, out,
                                         sents[si + 1] if si + 1 < len(sents) else None)
            out.extend(joining.candidates)  # rec93, join94: a joining planned or done
            if joining.whole:
                continue
            one_other = one_and_other(sent, k) if plural or _count(sent, k) >= 2 else None
            told_apart = _members_told_apart(analysis, models, ensure_parsed(sent, models),
                                             tok, one_other, parties, regions, dates_at,
                                             out) if one_other else []
            if told_apart:
                # rec93: "по двум соглашениям: одно ... с X, другое — в 2020 году с Y"
                for n, (pair, apart_date) in enumerate(told_apart):
                    out.append(_Candidate(sent, tok, status, title, key, pair, [],
                                          apart_date or date, False, signing, tok.start, n,
                                          distinct=True))
                continue
            shared = partner_shared_by_subjects(sent, k, regions, models)
            if not shared and plural and alike:  # miss47
                shared = [(pair, False) for pair in likened_by_subjects(
                    ensure_parsed(sent, models), k, parties)]
            if shared:
                # "договорённости с X уже подписали A и B, а к ним присоединится C": one
                # agreement per subject, each with X; a joiner's by its own verb's tense
                for n, (pair, joined) in enumerate(shared):
                    out.append(_Candidate(sent, tok, "planned" if joined else status, title,
                                          key, pair, [], None if joined else date, generic,
                                          signing, tok.start, n, distinct=True,
                                          listed=True))
                continue
            # "два соглашения": a noun counted by a numeral is plural in meaning, though
            # its form after "два", "три", "четыре" is the genitive singular
            many = plural or _count(sent, k) >= 2
            if own_side is None and many:  # agr69: "комитет заключил соглашения с A и B"
                own_side = bare_body_subject(sent, k, out)
            # the list of partners after "с", read once for both uses below
            split = _with_list_split(sent, k, parties, own_side) \
                if many and (alike or not generic) else ListSplit()
            if alike and (counted_set_signs_alike(sent, k) or class_partner_of_likened(
                    sent, k, parties, [p for c in out for p in c.parties])):
                continue  # agr53: a likened agreement of other places, its partner untold
            if alike and (len(parties) < 2 or all(p.regions for p in parties)) and \
                    not (plural and split.members()) and \
                    not (not plural and len(parties) >= 2 and
                         adjacent_partner(sent, k) is not None):
                # (an own list of partners: "у Казани действуют подобные соглашения с
                # Чебоксарами и Йошкар-Олой" names both sides of each, see below)
                members = [(pair, signers) for pair in
                           _analogous_sides(sent, k, lo, hi, parties, out, regions, models)]
                if not members and status == "planned" and not plural:
                    # plans69: "Подписать аналогичное соглашение должно было и ООО «А»"
                    prior = next((c.parties for c in reversed(out) if len(c.parties) >= 2), [])
                    if len(prior) == 2:
                        pair = likened_plan_sides(
                            ensure_parsed(sent, models), k,
                            _parties_in(analysis, models, sent, lo, hi, regions), prior)
                        members = [(pair, signers)] if pair else []
                if members:
                    for n, (pair, who) in enumerate(members):
                        # "аналогичное соглашение с X": like the one before, not that one
                        out.append(_Candidate(sent, tok, status, title, key, pair, who, date,
                                              generic, signing, tok.start, n,
                                              distinct=len(pair) >= 2))
                    continue
            named_rows = numbered_rows(analysis.text, tok.stop) if by_number else []
            if named_rows and all(num in by_number for num in named_rows):
                # dig92: "соглашения № 2–4 подписал председатель": the table's rows, no
                # record of its own; a signed row takes the sentence's signers
                for num in named_rows:
                    row_cand = by_number[num]
                    if row_cand.status == "signed":
                        row_cand.signatories += [x for x in signers
                                                 if x not in row_cand.signatories]
                continue
            if report is not None and status == "mentioned" and \
                    (plural or _count(sent, k) >= 2) and len(parties) < 2:
                # dig92: the signings a page of a year's results lists (below) are its news
                status = _status(sent, at, date_for_status(
                    sent, date, dates_at.within(sent), published, report), published) \
                    if _list_items(sents, si, analysis.text, _count(sent, k),
                                   colon_partner_count(sent)) or \
                    colon_partners(analysis, models, sent, k, regions, _count(sent, k)) or \
                    table_rows(sents, si, analysis.text) else status
            listed = colon_partners(analysis, models, sent, k, regions, _count(sent, k)) \
                if (plural or _count(sent, k) >= 2) and not parties and \
                not any(h is sent for h in doc_head) else []  # a headline joins the body's
            if listed:
                # dig92: "заключил три соглашения: с A, с B и с C": one agreement each
                own_day = date if any(d.value == date for d in dates_at.within(sent)) \
                    else None  # not a day carried over from the sentences after
                for n, partner in enumerate(listed):
                    out.append(_Candidate(sent, tok, status, title, key, [partner], [],
                                          own_day, False, signing, tok.start, n))
                continue
            by_pronoun, said, said_at = pronoun_signing_clause(
                analysis, models, sents, si, k, regions) \
                if plural or _count(sent, k) >= 2 else ([], None, -1)
            if len(by_pronoun) >= 2 and said is not None and all(
                    sent.start <= p.start < sent.stop or
                    any(p.key == q.key for q in by_pronoun) for p in parties):
                # agr46b: "подписало три документа ... Министр заключила их с A, B и C": one
                # agreement each, with the side the noun's own sentence names; whoever the
                # pronoun's clause names before it signs each
                named_here = [p for p in parties if sent.start <= p.start < sent.stop and
                              all(p.key != q.key for q in by_pronoun)]
                who = _segment_signers(analysis, said, said.start, said_at, officials, models) \
                    if status == "signed" else []
                for n, one in enumerate(by_pronoun):
                    out.append(_Candidate(sent, tok, status, title, key, named_here + [one],
                                          list(who), date, False, signing, tok.start, n))
                continue
            paired = signer_pair_items(analysis, models, sents, si, officials, regions) \
                if lead_of_signers and status == "signed" and not any(
                    sent.start <= p.start < sent.stop for p in parties) else []
            if paired:
                # lists63: "Документы подписали:" / "— министр ... и ректор ... — о ...":
                # one agreement per line, its sides its signers' bodies
                for n, (pair, who, topic) in enumerate(paired):
                    out.append(_Candidate(sent, tok, status, title, key, pair, who, date,
                                          False, signing, tok.start, n, item_about=topic))
                continue
            # lists63: a lead counting its partners before its colon ("с тремя
            # заводами:") is generic by its kind, yet its list names them, and the
            # parties read on past the colon are the list's own
            bare_count = colon_partner_count(sent)
            bare_list = bare_count >= 2
            items = _list_items(sents, si, analysis.text, _count(sent, k), bare_count) \
                if (plural or _count(sent, k) >= 2) and (not generic or bare_list) and (
                    len(parties) < 2 or bare_list and
                    sum(sent.start <= p.start < sent.stop for p in parties) < 2) else []
            if items:
                for n, (pair, who, day, topic) in enumerate(_itemised_agreements(
                        analysis, models, sents, si, items, parties, status, officials,
                        regions, dates)):
                    out.append(_Candidate(sent, tok, status, title, key, pair, who,
                                          day or date, False, signing, tok.start, n,
                                          item_about=topic))
                continue
            rows = table_rows(sents, si, analysis.text) \
                if (plural or _count(sent, k) >= 2) and len(parties) < 2 else []
            if rows and rows[0].row.start in tabled:
                rows = []  # dig92: a table read once, from the first sentence leading it
            elif rows:
                tabled.add(rows[0].row.start)
            # dig92: a summary by kinds of partners ("с органами власти и вузами") is
            # generic, and the table after it names the partners row by row
            if rows:
                # fair91: a table of agreements, one per row, with its own subject
                for n, (pair, who, about, row_state, day, number) in enumerate(
                        tabled_agreements(
                            analysis, models, rows, status, officials, regions,
                            ([p for p in parties if sent.start <= p.start < sent.stop], date,
                             dates, lead_signing_year(sents, si, analysis.text, dates)))):
                    out.append(_Candidate(sent, tok, row_state, title, key, pair, who,
                                          day or date, False, signing, tok.start, n,
                                          distinct=True, about=about or None))
                    if number is not None:
                        by_number[number] = out[-1]
                continue
            if generic and counted_partners_named(sent, k, parties):
                generic = False  # many161: "подписала пять соглашений — с A, B, C, D и E"
            members = [(pair, signers) for pair in
                       (_between_groups(sent, k, hi, parties) or
                        between_one_and_bodies(sent, k, hi, parties) or
                        split.members(alike) or
                        (subjects_beside_unnamed_partner(sent, k, parties)
                         if plural else []))] \
                if many and not generic else []
            if plural and not generic and not members:
                members = _partner_segments(analysis, models, sent, k, hi, parties,
                                            signers, officials, regions)
            if plural and not generic and not members and split.subject:
                members = [(pair, signers) for pair in split.pairs]  # agr69
            if members and where is not None and where is not sent and \
                    _names_agreement(where):
                # "X подписал соглашения с A и B" and, next, "... подписал соглашения с
                # министром A ... и председателем B ...": the next one's signers are its own
                members = [(pair, []) for pair, _ in members]
            if members and where is sent:
                members = own_partner_signers(  # sig34: the one per-partner rule
                    analysis, members, _persons(analysis, sent),
                    partial(_signer_name, analysis, sent, officials=officials, models=models))
            if headline < 0:
                headline = si if _is_headline(analysis, sent) else len(sents)
            count = _count(sent, k) or (partner_count(analysis, sent, k) if generic else 0)
            if count >= 2:
                counted, tally = si, count
                topics = _topic_list(sent, k, count)
                if topics:
                    head = nominative_phrase(models, [tok], analysis.text)
                    for n, (a, b) in enumerate(topics):
                        named = analysis.text[toks[a].start:toks[b - 1].stop]
                        out.append(_Candidate(
                            sent, tok, status, head + " " + named,
                            {t.lemma for t in toks[a:b] if t.pos in {"NOUN", "ADJ"}} -
                            GENERIC_SUBJECT, parties, signers, date, False, signing,
                            tok.start, n))
                    continue
            if settlement_told_again(tok, parties, members, settled_at == len(out)):
                continue
            terms = bool(out) and _terms_reference(ensure_parsed(sent, models), k)
            if terms:
                parties, date = [], None  # "По условиям соглашения группа поедет ..."
            if sent.parsed and implementers_clause(sent, k):
                terms, parties, date, signers = True, [], None, []
                status, members = "mentioned", []
            twin = coordinated_twin(sent, k) if not members else None
            if twin is not None:
                # rec93: "соглашение с A от 2019 года и соглашение с B, подписанное в 2020
                # году": the first keeps the sides and the date told before the second
                cut = toks[twin].start
                parties = [p for p in parties if p.start < cut]
                own_days = [d.value for d in dates_at.within(sent)
                            if d.value and tok.start <= d.start and d.end <= cut]
                date = own_days[0] if own_days else None
            if status == "signed" and former_told_signed(sent, k, models):
                status = "mentioned"  # again49: "Предыдущее соглашение заключили в 2021 году"
            distinct = twin is not None or _another(sent, k) or listed_addendum or \
                (renewed and bool(parties)) or \
                _earlier_of_same_sides(sent, k, status, parties) or \
                (alike and (len(parties) >= 2 or partner_on_noun(sent, k) or
                            partner_on_signing_verb(sent, k)))  # status72
            # "аналогичное соглашение с X": another one, though X be no side found yet
            subject = _signing_subject(analysis, models, sent, k, regions) \
                if count >= 2 else []
            own_dates = partner_segment_dates(sent, [pair for pair, _ in members],
                                              dates_at.within(sent)) if members else []
            for n, (pair, who) in enumerate(members or [(parties, signers)]):
                if own_dates:
                    date = own_dates[n]
                out.append(_Candidate(sent, tok, status, title, key, pair, who, date,
                                      generic, signing, tok.start if members else -1, n,
                                      headline == si, count, ordinal and not agreed,
                                      distinct, subject, terms,
                                      reporter=reporter if any(p is reporter for p in pair)
                                      else None))
            base_date = (_extended_base_date(sent, k, dates_at) or
                         extended_by_noun_date(sent, k, dates_at)) \
                if status == "signed" and len(parties) >= 2 and not members else None
            if base_date is not None:
                # "продлили действие соглашения, заключенного в декабре 2020 года": the
                # extension is signed, the agreement it extends was signed before
                out.append(_Candidate(sent, tok, "mentioned", title, key, list(parties), [],
                                      base_date, distinct=True))
            if elided is not None:
                pair, who = _elided_member(analysis, models, sent, elided, officials, regions)
                if pair:
                    out.append(_Candidate(sent, tok, status, title, key, pair, who, date,
                                          ordinal=True, distinct=True))
            gapped, g_lo, g_hi = _gapped_signing(analysis, models, sent, k, regions, parties) \
                if not plural and (status == "signed" and len(parties) >= 2 or
                                   status == "mentioned" and parties) else ([], 0, 0)
            if gapped:
                in_gap = [d.value for d in dates_at.within(sent) if d.value and g_hi > g_lo
                          and toks[g_lo].start <= d.start and d.end <= toks[g_hi - 1].stop]
                timed = g_hi > g_lo and _time_only(sent, g_lo, g_hi)  # "а позже — с X"
                out.append(_Candidate(sent, tok, status, title, key, gapped, [],
                                      in_gap[0] if in_gap else None if timed else date,
                                      distinct=True))
    _stamp_term_years(out, term_years)
    return _ordinal_members(analysis, out, officials, models)


def _stamp_term_years(out: list[_Candidate], term_years: dict[int, str]) -> None:
    """fixtidy54: each candidate's term year (``_Candidate.term_year``, read by
    ``merge_rules.term_ended_before``): the year of its signing's date dropped as a term's
    (status53, agr67: ``term_years``, by its noun), else the first year its phrase covers
    (``covered_start``: a plan, "планируют подписать соглашение на 2024 год", or a signing
    not dated by it). The extra candidate built as another agreement on a noun that
    already has one (``distinct``: the extended base beside the extension) takes none of
    the first's dropped date."""
    first: set[int] = set()
    for c in out:
        start = c.trigger.start
        own = None if c.distinct and start in first else term_years.get(start)
        first.add(start)
        c.term_year = (own if c.date is None else None) or covered_start(c)


def base_dated_by_plan_period(sent: Sentence, k: int) -> bool:
    """muni90: does the agreement noun at k hang on a noun of base (``BASE_NOUNS``), so
    that a period after "на" in its sentence is the period of the document built on it,
    not its own date? "Министерство и фонд согласуют план работы по исполнению соглашения
    на 2026 год" refers to the agreement, undated (``period_of_document`` tells the period). Only
    from the parse."""
    toks = sent.tokens
    if not sent.parsed or not 0 <= k < len(toks):
        return False
    h = toks[k].head
    return 0 <= h < len(toks) and toks[h].lemma in BASE_NOUNS


def period_of_document(sent: Sentence, date: str | None, dates_at: _DateIndex) -> bool:
    """agr67: is the signing's date only the period its document covers, a year after "на"
    (``signing_dates.period_year``): "По итогам встречи министр и руководитель отдела
    подписали дорожную карту по реализации соглашения на 2025 год"? Such a signing is dated
    as one with no date of its own (the occasion told before it, the next sentence), and
    keeps the year only when nothing dates it (the date stage clears it,
    ``agreement_dates.period_year_dropped``)."""
    return date is not None and any(
        d.value == date and period_year(sent, d) for d in dates_at.within(sent))


def other_document_after_roadmap(tok: Token, later: Sentence) -> bool:
    """agr67: a sentence after a roadmap's that names an agreement noun tells another
    document, so its date is not the roadmap's: "Директор департамента и председатель
    отделения подписали дорожную карту на 2024–2025 годы. Соглашение о взаимодействии они
    заключили в апреле 2019 года" leaves the roadmap undated (the day of the news, told
    elsewhere, dates it), the agreement 2019-04."""
    return tok.lemma in ROADMAP_DOCUMENTS and _names_agreement(later)


def year_on_noun(sent: Sentence, k: int) -> bool:
    """agrmiss52: does the agreement noun carry its own year in the genitive, "по условиям
    соглашения 2018 года", "договор 2017 года составлялся для прежних правил"? Such a noun
    names the agreement of that year, not the one just told (``_terms_reference``).
    older62: by word order too, wherever the parse hung the year ("по соглашению 2020 года
    о помощи ветеранам" with "года" put under the verb: ``year_in_order``)."""
    toks = sent.tokens
    return any(toks[c].lemma == "год" and toks[c].feats.get("Case") == "Gen" and
               any(toks[y].text.isdigit() and len(toks[y].text) == 4
                   for y in sent.children(c))
               for c in sent.children(k)) or year_in_order(toks, k)


def year_in_order(toks: list[Token], k: int) -> bool:
    """older62: the agreement noun at k is followed at once by a year in digits and "год"
    in the genitive: "соглашения 2019 года", "по договору 2020 г." (``year_on_noun``)."""
    return k + 2 < len(toks) and toks[k + 1].text.isdigit() and \
        len(toks[k + 1].text) == 4 and (toks[k + 2].text.lower() == "г" or (
            toks[k + 2].lemma == YEAR_UNIT and toks[k + 2].feats.get("Case") == "Gen"))


def _terms_reference(sent: Sentence, k: int) -> bool:
    """Is the agreement noun at k named only as the frame of what the sentence tells ("По
    условиям соглашения уже в сентябре первая группа пенсионеров поедет в Омск", "согласно
    соглашению область оплачивает проезд"), with no side of its own ("с", "между")? After
    an agreement told before, it is that agreement: the sentence's places and dates are
    the terms', not the sides' or the signing's. One called former or another, or with a
    signing of its own ("подписанного в 2020 году"), is not; nor is one whose relative
    clause names who signed it (agr72: "в рамках соглашения, которое правительство края и
    фонд заключили в 2019 году", ``sides.relative_clause_subjects``)."""
    toks = sent.tokens
    if not sent.parsed:
        return False
    under = subtree(sent, k)
    if any(toks[g].lemma in OWN_SIDE_PREPOSITIONS and toks[g].rel == "case" for g in under) or \
            any(toks[g].lemma in OWN_SIDE_PREPOSITIONS and not _trait_of_other(sent, g, under)
                for g in range(k + 1, _terms_verb(sent, k))):
        return False  # "в рамках соглашения о сотрудничестве между правительствами"
    if _former(sent, k) or _another(sent, k) or _alike(sent, k) or \
            _signed_participle(sent, k) is not None or year_on_noun(sent, k) or \
            relative_clause_subjects(sent, k):
        return False  # "в рамках прежнего соглашения, подписанного в 2020 году": its own
    if any(toks[c].lemma in TERMS_PREPOSITIONS and toks[c].rel == "case"
           for c in sent.children(k)):
        return True  # "согласно соглашению"
    if toks[k].rel == "obl" and toks[k].feats.get("Case") == "Dat" and any(
            toks[c].lemma in TERMS_DATIVE_PREPOSITIONS and toks[c].rel == "case"
            for c in sent.children(k)):
        return True  # "По соглашению пенсионеры смогут ...": an adverbial of the verb
    h = toks[k].head
    if h >= 0 and toks[k].rel == "nmod" and implemented_base(sent, h):
        return True
    return h >= 0 and toks[k].rel == "nmod" and toks[h].lemma in TERMS_NOUNS and \
        any(toks[c].rel == "case" for c in sent.children(h))


def _trait_of_other(sent: Sentence, g: int, under: list[int]) -> bool:
    """agr48: is the preposition at g the mark of a common noun telling a trait of another
    noun of the clause, outside the agreement noun's phrase ``under``, and naming no body:
    "По соглашению в этом году тысяча людей с инвалидностью смогут ..." (the people's "с",
    not a side of the agreement, so the noun is still a frame of terms: ``_terms_reference``).
    A body's head ("с администрацией") or a proper noun may be a side the parse hung astray."""
    toks = sent.tokens
    h = toks[g].head
    if not (0 <= h < len(toks)) or toks[g].rel != "case" or toks[h].pos != "NOUN" or \
            toks[h].lemma in ORG_HEADS | BODY_HEADS or not toks[h].text.islower():
        return False
    owner = toks[h].head
    return toks[h].rel == "nmod" and 0 <= owner < len(toks) and owner not in under and \
        toks[owner].pos == "NOUN"


def implemented_base(sent: Sentence, h: int) -> bool:
    """hid93: the agreement noun is the genitive of a noun of carrying out made an adverbial
    of the clause's verb by its preposition ("в развитие", "во исполнение", "в
    реализацию"; ``IMPLEMENTING_BASES``): "В развитие соглашения управление и колледж
    подпишут отдельный договор" names the agreement as the base of what the clause tells,
    so the clause's subjects are not its sides. A noun phrase's genitive ("план по
    реализации соглашения", nmod) is not such an adverbial."""
    toks = sent.tokens
    return toks[h].lemma in IMPLEMENTING_BASES and toks[h].rel == "obl" and \
        any(toks[c].rel == "case" for c in sent.children(h))


def _terms_verb(sent: Sentence, k: int) -> int:
    """The predicate after the agreement noun at k (its path's verb), or the sentence's end:
    "В рамках соглашения ... с администрацией города специалисты находятся на связи" reads
    the sides up to "находятся" whatever the parse attaches them to."""
    v = _predicate_path(sent, k)[-1]
    return v if v > k else len(sent.tokens)


def repeated_in_gap(sent: Sentence, k: int) -> bool:
    """agr50: is the agreement noun at k the one a gapped second signing says again after
    its dash ("X подписало соглашение с A, а Y – соглашение с B")? Its agreement is read
    with the first noun's (``_gapped_signing``), so it founds none of its own: right
    after a dash, with ", а" and a side before it and no verb or other agreement noun
    between, and an agreement noun earlier in the sentence."""
    toks = sent.tokens
    if k < 3 or toks[k - 1].text not in GAP_DASHES:
        return False
    for i in range(k - 2, 0, -1):
        if toks[i].pos in {"VERB", "AUX"} or toks[i].lemma in TRIGGERS or \
                toks[i].text in {";", ".", "—", "–"} and i != k - 1:
            return False
        if toks[i].lemma in CONTRAST_CONJUNCTIONS and toks[i - 1].text == ",":
            return i < k - 2 and any(t.lemma in TRIGGERS for t in toks[:i - 1])
    return False


def _members_told_apart(
    analysis: Analysis, models: Models, sent: Sentence, tok: Token,
    halves: tuple[int, int], parties: list[_Party], regions: list[RegionRef],
    dates_at: _DateIndex, earlier: list[_Candidate],
) -> list[tuple[list[_Party], str | None]]:
    """rec93: the two agreements of ``one_and_other``, each with the sides its own segment
    names (``member_sides``) after the noun's own subject side (a side before the noun not
    met by "с"), and the date its segment gives: "Комитет работал по двум соглашениям: одно
    заключено в 2016 году с фондом X, другое — в 2019 году с центром Y" gives комитет–X
    (2016) and комитет–Y (2019); a bare body subject is the one named before
    (``bare_body_subject``). Nothing unless both segments name a side."""
    toks = sent.tokens
    one, comma = halves
    lead = [p for p in parties if p.stop <= tok.start and not _met_by_with(sent, p)]
    subject = bare_body_subject(sent, _token_index(sent, tok.start), earlier) \
        if not lead else None
    lead = lead or ([subject] if subject is not None else [])
    out: list[tuple[list[_Party], str | None]] = []
    for lo, hi in ((one + 1, comma), (comma + 3, len(toks))):
        sides = member_sides(analysis, models, sent, lo, hi, regions)
        if not sides:
            return []
        own = [q for q in lead[:1] if q.key not in {x.key for x in sides}]
        start, stop = toks[lo].start, toks[hi - 1].stop
        days = [d.value for d in dates_at.within(sent)
                if d.value and start <= d.start and d.end <= stop]
        out.append((own + sides, days[0] if days else None))
    return out


def _met_by_with(sent: Sentence, p: _Party) -> bool:
    """Is the side's phrase right after "с" (a partner, not the subject)?"""
    i = _token_index(sent, p.start)
    return 0 < i <= len(sent.tokens) and sent.tokens[i - 1].lemma in PARTNER_PREPOSITIONS


def _elided_ordinal(sent: Sentence, k: int) -> int | None:
    """The comma before a later ordinal standing for the agreement noun left out: "Первое
    соглашение — между A и B — подписали X и Y, второе — Z и W" (or "второе — с C")."""
    toks = sent.tokens
    for e in range(k + 1, len(toks) - 3):
        if toks[e].text == "," and toks[e + 1].lemma in ORDINALS and \
                toks[e + 2].text in GAP_DASHES:
            return e
    return None


def gapped_document_item(sent: Sentence, k: int) -> int | None:
    """agr58: the comma before a later item that names another document by its own noun and
    gives its signer after a dash standing for the verb left out: "Договор аренды подписали
    директор фонда X и глава района Y, соглашение с колледжем – его директор Z, меморандум
    о спорте – тренер W." The agreement at ``k`` keeps the sides and signers told before that
    comma; the signers after it are the other documents' (told before, each its own
    record). From the tokens: after the noun at ``k``, a comma, then a document noun
    (``TRIGGERS``, ``COOPERATION_DOCUMENTS``) in the nominative and, before the next comma or
    the end, a dash (``GAP_DASHES``) with no verb between them, and after the dash, before
    the next comma or the end, a signer: a person's name or a post (``HEAD_POSTS``,
    ``ACADEMIC_POSTS``). fixagr58: not "…, договор – на пять лет", "…, документ – первый
    такого рода" (no signer after the dash)."""
    toks = sent.tokens
    for e in range(k + 1, len(toks) - 2):
        if toks[e].text != "," or toks[e + 1].lemma not in TRIGGERS | COOPERATION_DOCUMENTS or \
                toks[e + 1].pos != "NOUN" or toks[e + 1].feats.get("Case") != "Nom":
            continue
        for j in range(e + 2, len(toks)):
            if toks[j].text in GAP_DASHES:
                if _signer_after_gap(toks, j + 1):
                    return e
                break
            if toks[j].text in {",", ";", "."} or toks[j].pos in {"VERB", "AUX"}:
                break
    return None


def _signer_after_gap(toks: list[Token], lo: int) -> bool:
    """fixagr58: a person's name (a proper noun read animate) or a post's noun among the
    tokens from ``lo`` to the next comma, semicolon or the end."""
    for t in toks[lo:]:
        if t.text in {",", ";"}:
            return False
        if t.pos == "PROPN" and t.feats.get("Animacy") == "Anim" or \
                t.pos == "NOUN" and t.lemma in HEAD_POSTS | ACADEMIC_POSTS:
            return True
    return False


def former_told_signed(sent: Sentence, k: int, models: Models) -> bool:
    """again49: an agreement the text calls former ("предыдущее", "прежнее": an adjective
    of the noun, ``_former``) is an older one than the agreement the page reports, told as
    its past: its signing is no news of the page, the agreement is mentioned, whatever the
    tense of its verb and whether or not the page's own date is known to set its year
    before it. "Управление и колледж перезаключили соглашение. Предыдущее соглашение
    стороны подписали в мае 2020 года" → the 2020 agreement mentioned (without the
    page's date it read signed and joined the new one). A sentence with no former word
    is not parsed for it."""
    if not any(t.lemma in FORMER_WORDS for t in sent.tokens):
        return False
    return _former(ensure_parsed(sent, models), k)


def _former(sent: Sentence, k: int) -> bool:
    """"в рамках прежнего соглашения", "предыдущее соглашение": the earlier agreement of the
    sides just reported, so it takes their sides (``_earlier_sides``) when it names fewer
    than two. An adjective of the noun's own (the word before it without a parse; again49:
    or the adjective right before it of its number and gender, whatever head the parser gave
    it, ``candidate_dates.called_former``)."""
    return called_former(sent, k)


def called_base(sent: Sentence, k: int) -> bool:
    """hist86: the base an addendum or an extension adds to, called by its own adjective
    (``BASE_WORDS``), is the sides' agreement just reported, so it takes their sides
    (``_earlier_sides``) when it names fewer than two and has no owners of its own
    (``_owned_by_genitive``): "Стороны подписали дополнительное
    соглашение. Основное соглашение они заключили ещё в 2018 году" is the sides' agreement
    of 2018, mentioned. Unlike a former one it is not set apart: a mention of it told
    before with its own date ("к соглашению от 5 мая 2018 года") is the same agreement."""
    return noun_called(sent, k, BASE_WORDS) and not _owned_by_genitive(sent, k)


def _earlier_of_same_sides(sent: Sentence, k: int, status: str,
                           parties: list[_Party]) -> bool:
    """"Предыдущее трёхстороннее соглашение действовало с 2022 по 2024 год": an agreement
    called former, told as a reference, is another agreement than the one reported,
    though it has the same sides; it gets a record of its own (``_Candidate.distinct``)
    instead of joining the new one. Only with sides (its own, or the ones before)."""
    return status == "mentioned" and len(parties) >= 2 and _former(sent, k) and \
        not _terms_reference(sent, k)


def _document_with_partner(sent: Sentence, k: int) -> bool:
    """"подписать документ с Тюменью", "документ заключат с Омской областью": a document
    signed with a partner is an agreement. Unparsed, a cheap look (a signing verb in the
    sentence, "с" within three words after the noun) says whether to parse; parsed, the
    noun is the object of a verb of signing and "с X" hangs on that verb or the noun."""
    toks = sent.tokens
    if toks[k].lemma not in COOPERATION_DOCUMENTS:
        return False
    if not sent.parsed:
        return (any(t.lemma in PARTNER_PREPOSITIONS for t in toks[k + 1:k + 4]) or
                k + 2 < len(toks) and toks[k + 2].lemma == "который") and \
            any(t.lemma in SIGN_VERBS and t.pos == "VERB" for t in toks)
    if document_signed_by_relative(sent, k):
        return True
    h = toks[k].head
    if toks[k].rel not in {"obj", "nsubj:pass"} or not 0 <= h < len(toks) or \
            toks[h].lemma not in SIGN_VERBS:
        return False
    # "с", not the compound "со стороны", "с помощью" (``with_partner.with_phrase``)
    return any(toks[c].rel in {"obl", "nmod"} and toks[c].lemma not in BEHALF_NOUNS and
               with_phrase(sent, c)
               for o in (k, h) for c in sent.children(o)) or dash_partner(sent, k) is not None


def document_between_sides(sent: Sentence, k: int) -> bool:
    """forum95: "Вчера подписан документ между департаментом и колледжем": a document
    signed between sides is an agreement, as one signed with a partner is
    (``_document_with_partner``). Unparsed, a cheap look (a signing verb in the sentence,
    "между" right after the noun or one word later); parsed, the noun is the object or the
    passive subject of a verb of signing and "между X и Y" hangs on the noun."""
    toks = sent.tokens
    if toks[k].lemma not in COOPERATION_DOCUMENTS:
        return False
    if not sent.parsed:
        return any(t.lemma in BETWEEN_PREPOSITIONS for t in toks[k + 1:k + 3]) and \
            any(t.lemma in SIGN_VERBS and t.pos in {"VERB", "AUX"} for t in toks)
    if _signing_verb_over(sent, k) is None:
        return False
    return any(toks[c].rel == "nmod" and any(
        toks[x].rel == "case" and toks[x].lemma in BETWEEN_PREPOSITIONS
        for x in sent.children(c)) for c in sent.children(k))


def _signing_verb_over(sent: Sentence, k: int) -> int | None:
    """The verb of signing whose object (or passive subject) the noun at k is: its head, or
    (miss47) the infinitive of signing under the verb the parser hung a fronted object on
    as its subject: "Документ между министерством и комитетом планируем подписать в
    декабре" (the noun read as the subject of "планируем", "подписать" its xcomp). None
    when there is no such verb."""
    toks = sent.tokens
    h = toks[k].head
    if not 0 <= h < len(toks):
        return None
    if toks[k].rel in {"obj", "nsubj:pass"} and toks[h].lemma in SIGN_VERBS:
        return h
    if toks[k].rel in {"obj", "nsubj"} and toks[h].pos == "VERB" and \
            toks[h].lemma not in SIGN_VERBS:
        return next((x for x in sent.children(h) if toks[x].rel == "xcomp" and
                     toks[x].lemma in SIGN_VERBS and toks[x].pos == "VERB" and
                     not any(toks[c].rel == "obj" for c in sent.children(x))), None)
    return None


def document_signed_by_relative(sent: Sentence, k: int) -> bool:
    """pair83: a document its own relative clause signs, its partner told after a dash, is
    an agreement with that partner: "Очередной документ, который ведомство намерено
    заключить, — с университетом". From the parse: "который" is the object of a
    signing verb in a relative clause on the noun (the verb itself or an infinitive under
    it: ``candidate_signers.relative_signs``), and "с X" hangs on the noun (the dash's
    predicate, parsed as the noun's dependent)."""
    return relative_signs(sent, k) and dash_partner(sent, k) is not None


def _own_document_of_signers(sent: Sentence, k: int) -> bool:
    """agr84: a document two or more subjects sign as "свой" is their agreement, signed or
    not: "Министерство и фонд свой документ на форуме так и не подписали, подписание
    перенесли на март". The noun ("документ", ``COOPERATION_DOCUMENTS``) carries "свой"
    and is the object of a verb of signing in the plural that has a subject of its own (a
    single side would say "свой документ" of its paperwork: "министр подписал свой
    приказ" has no plural verb). Unparsed, a cheap look: "свой" right before the noun and
    a verb of signing in the sentence."""
    toks = sent.tokens
    if toks[k].lemma not in COOPERATION_DOCUMENTS or k == 0 or \
            toks[k - 1].lemma != OWN_POSSESSIVE:
        return False
    if not sent.parsed:
        return any(t.lemma in SIGN_VERBS and t.pos == "VERB" for t in toks)
    h = toks[k].head
    if toks[k].rel != "obj" or not 0 <= h < len(toks) or toks[h].lemma not in SIGN_VERBS or \
            toks[h].feats.get("Number") != "Plur":
        return False
    return any(toks[c].rel == "nsubj" and toks[c].pos in {"NOUN", "PROPN"}
               for c in sent.children(h))


def _kinds_of_documents(sent: Sentence, k: int) -> bool:
    """Plural agreement nouns of two kinds joined by "и" speak of documents in general:
    "изменений в действующие международные договоры и двусторонние соглашения",
    "соглашений и меморандумов"."""
    toks = sent.tokens
    for j in range(max(0, k - 4), min(len(toks), k + 5)):
        if j == k or toks[j].lemma not in TRIGGERS or toks[j].lemma == toks[k].lemma or \
                toks[j].feats.get("Number") != "Plur":
            continue
        a, b = min(j, k), max(j, k)
        if any(t.lemma == "и" for t in toks[a + 1:b]) and \
                all(t.pos in {"ADJ", "CCONJ", "ADV"} for t in toks[a + 1:b]):
            return True
    return False


def _another(sent: Sentence, k: int) -> bool:
    """"заключили отдельное соглашение", "подписано ещё одно соглашение": an agreement
    the text sets apart from those named before it."""
    toks = sent.tokens
    before = [t.lemma for t in toks[max(0, k - 2):k]]
    return bool(before and before[-1] in ANOTHER_WORDS) or tuple(before) == ONE_MORE_LEMMAS \
        or one_more_signed(sent, k)  # status67: "подписали и региональное соглашение"


def _new_between_same(sent: Sentence, k: int) -> bool:
    """"будет подписано новое соглашение, которое дополнит действующее": a new agreement
    naming no sides is a further one between the sides of the agreement just named (a
    word of newness on the noun)."""
    toks = sent.tokens
    return (k > 0 and toks[k - 1].lemma in NEW_WORDS) or (
        sent.parsed and any(toks[c].rel == "amod" and toks[c].lemma in NEW_WORDS
                            for c in sent.children(k)))


def _places_only(parties: list[_Party], regions: list[RegionRef]) -> bool:
    """Sides that are only region names ("Курганская и Тюменская области подпишут новое
    соглашение"): a plan told so by a headline stands for the bodies the text names, so
    "Стороны намерены подписать новое соглашение" after the two bodies' old agreement takes
    those bodies, not the headline's places."""
    names = region_names(regions)
    return bool(parties) and all(p.name in names for p in parties)


def plan_told_before(earlier: list[_Candidate]) -> _Candidate | None:
    """agr90: a new agreement still to be made that names no sides ("при подготовке нового
    соглашения") is the plan the text told before, when it told one: "новое" sets it
    against the agreement in force, not against that plan. "Подписание соглашения между
    управлением и обществом инвалидов перенесли на июнь. ... Опыт прежнего договора учтут в
    новом соглашении" is the plan with the society. The latest planned mention naming two
    sides or more; None when there is none (``_earlier_sides`` then gives the sides)."""
    return next((c for c in reversed(earlier) if c.status == "planned" and
                 len(c.parties) >= 2), None)


def _settlement(sent: Sentence, k: int) -> bool:
    """agr38: an agreement that ends a dispute or a case is no cooperation of bodies:
    "суд утвердил мировое соглашение между жительницей города и Отделением Социального
    фонда" (a kind of ``SETTLEMENT_KINDS`` right before the noun or among its modifiers)."""
    toks = sent.tokens
    kinds = {t.lemma for t in toks[max(0, k - 2):k] if t.pos == "ADJ"}
    if sent.parsed:
        kinds |= {toks[c].lemma for c in sent.children(k) if toks[c].rel == "amod"}
    return bool(kinds & SETTLEMENT_KINDS)


def settlement_told_again(tok: Token, parties: list[_Party],
                          members: list[tuple[list[_Party], list[str]]],
                          since_settlement: bool) -> bool:
    """pair65: a singular agreement noun naming no side, read after a settlement
    (``_settlement``) with no other agreement between, is that settlement again: "Суд
    одобрил мировое соглашение управы с ООО «X». ... Решение по этому соглашению огласила
    судья Y" (no record, where the headline's sides made one; agr84 rewrote the example
    in words of its own). agr84: so is one whose sides are read off the court that
    approves it: "Суд одобрил мировое соглашение пенсионера с фондом. Соглашение утвердил
    судья районного суда города" names the court and its town, no party to a cooperation
    (``_court_side``)."""
    return since_settlement and not members and tok.feats.get("Number") != "Plur" and \
        (not parties or any(_court_side(p) for p in parties))


def _court_side(party: _Party) -> bool:
    """agr84: is the side a court (a word of ``COURT_WORDS`` in its name: "Ленинский
    районный суд")?"""
    return any(w.lower() in COURT_WORDS for w in party.name.split())


def bare_plural_partner(toks: list[Token], n: int) -> bool:
    """talk91: is the partner after "с" a bare plural common noun closing the phrase, no
    word under it and none after it but a mark that ends the clause ("зачем области
    соглашения с соседями, что они дают")? Such partners are left unnamed, as under a word
    of ``UNNAMED_PARTNER_WORDS`` ("с другими регионами"); "с вузами Томска", "с
    министерствами: ..." or a list in the partner's case after a comma ("с соседями,
    Тверской и Псковской областями") name theirs."""
    noun = toks[n]
    after = toks[n + 1] if n + 1 < len(toks) else None
    listed = after is not None and after.text == "," and n + 2 < len(toks) and \
        toks[n + 2].feats.get("Case") == noun.feats.get("Case")  # "с соседями, Псковской ..."
    return noun.pos == "NOUN" and noun.feats.get("Number") == "Plur" and \
        noun.text[:1].islower() and (after is None or after.text in CLAUSE_END_MARKS) and \
        not listed


def unnamed_neighbours(models: Models, sent: Sentence, k: int) -> bool:
    """talk91: agreements in general with a partner told by a bare plural common noun
    (``bare_plural_partner``): "рассказал, зачем области соглашения с соседями, кто ...".
    The noun's form may read plural by the dictionary though the tagger took it for a
    singular genitive ("соглашения"); the first "с" within UNNAMED_PARTNER_REACH words,
    before any mark, takes the partner, and no list after it names them."""
    toks = sent.tokens
    if not any("plur" in p.tag for p in models.parse(toks[k].text)):
        return False
    for j in range(k + 1, min(len(toks) - 1, k + UNNAMED_PARTNER_REACH)):
        if toks[j].text in CLAUSE_END_MARKS:
            return False
        if toks[j].lemma in PARTNER_PREPOSITIONS and toks[j].pos == "ADP":
            return bare_plural_partner(toks, j + 1) and not named_among(sent, j + 2)
    return False


def _unnamed_partners(sent: Sentence, k: int) -> bool:
    """agr38: plural agreements with partners left unnamed are agreements in general, no
    record: "Якутия активно подписывает соглашения с другими регионами", "соглашения о
    сотрудничестве с различными ведомствами", "подобные соглашения уже заключены с девятью
    крупными работодателями" (status44: a numeral counts them and the clause ends there;
    "с 40 регионами, в том числе с ..." names some). The first "с" after the
    noun (within a few words) takes a plural noun under a word of
    ``UNNAMED_PARTNER_WORDS`` or a numeral, and no list after a colon or a dash names them
    ("с другими регионами: Бурятией и ...")."""
    toks = sent.tokens
    for j in range(k + 1, min(len(toks) - 2, k + UNNAMED_PARTNER_REACH)):
        if toks[j].text in {",", ";", ":", "—", "–", "."}:
            return False
        if toks[j].lemma not in PARTNER_PREPOSITIONS or toks[j].pos != "ADP":
            continue
        word, n = toks[j + 1], j + 2
        if word.pos == "NUM":  # status44: "с девятью крупными работодателями", counted
            while n < len(toks) - 1 and toks[n].pos == "ADJ":
                n += 1
        noun = toks[n]
        if (word.lemma not in UNNAMED_PARTNER_WORDS and word.pos != "NUM") or \
                noun.pos != "NOUN" or noun.feats.get("Number") != "Plur":
            return False
        after = toks[n + 1] if n + 1 < len(toks) else None
        if word.pos == "NUM":  # counted: only when the clause ends there, naming none
            return after is None or after.text in {".", "!", ";"}
        return (after is None or after.text not in {":", "—", "–", "("}) and \
            not named_among(sent, n + 1)
    return False


def unnamed_places(sent: Sentence, k: int) -> bool:
    """agr50: plural agreements told as concluded in places left unnamed are agreements in
    general, no record: "аналогичные соглашения в последние годы заключены во многих
    районах края", "В других регионах подобные соглашения уже действуют". A "в" within the
    noun's clause (no punctuation between, ``UNNAMED_PARTNER_REACH`` words either way)
    takes a plural noun under a word of ``UNNAMED_PARTNER_WORDS``; none named after all
    ("в том числе в ...", ``named_among``)."""
    toks = sent.tokens
    stops = {",", ";", ":", "—", "–", ".", "!", "?"}
    after = range(k + 1, min(len(toks) - 2, k + UNNAMED_PARTNER_REACH))
    before = range(k - 1, max(-1, k - UNNAMED_PARTNER_REACH), -1)
    for span in (after, before):
        for j in span:
            if toks[j].text in stops:
                break
            if toks[j].lemma != "в" or toks[j].pos != "ADP" or j + 2 >= len(toks):
                continue
            word, noun = toks[j + 1], toks[j + 2]
            if word.lemma in UNNAMED_PARTNER_WORDS and noun.pos == "NOUN" and \
                    noun.feats.get("Number") == "Plur" and not named_among(sent, j + 3):
                return True
    return False


def _definition(sent: Sentence, k: int) -> bool:
    """agr48: an agreement noun defined by "— это ..." speaks of agreements in general,
    not of one: "«Соглашение — это не бумажка для отчёта», — сказала министр", "Договор о
    сотрудничестве — это ..." (no side is the speaker's body). Only the noun with its own
    name at most, opening its sentence or quote: "Наше соглашение — это ...", "Это
    соглашение — ..." and "Соглашение между X и Y — это ..." name one."""
    toks = sent.tokens
    first = 0
    while first < k and toks[first].pos == "PUNCT":
        first += 1
    end = min(_title_end(sent, k),
              next((j for j in range(k + 1, len(toks)) if toks[j].text in GAP_DASHES),
                   len(toks)))
    return first == k and end + 1 < len(toks) and toks[end].text in GAP_DASHES and \
        toks[end + 1].lemma == "это" and toks[k].feats.get("Number") != "Plur"


def defined_as_agreement(sent: Sentence, k: int) -> bool:
    """agr54: an agreement noun that is the predicate of a definition, "X — это (своего
    рода) соглашение между ...", says what X is, not that an agreement was made:
    "Социальный контракт — это своего рода соглашение между семьей и государством". Only
    when the noun's own words name no one (no capitalised word or quote up to the clause's
    end): "Итог визита — это соглашение между Пензой и Саранском" tells one."""
    toks = sent.tokens
    j = k - 1
    while j >= 0 and toks[j].lemma in DEFINITION_HEDGES:
        j -= 1
    if j < 1 or toks[j].lemma != "это" or toks[j - 1].text not in GAP_DASHES:
        return False
    for t in toks[k + 1:]:
        if t.text in {",", ".", ";", ":", "!", "?", "»"}:
            break
        if t.text[:1].isupper() or t.text in {"«", "\""}:
            return False
    return True


def _labour_relations(sent: Sentence, k: int, nxt: Sentence | None = None) -> bool:
    """An agreement of labour relations, not of cooperation between bodies: "Федеральное
    отраслевое соглашение по угольной промышленности", "коллективный договор"
    (an adjective of that kind right before the noun, or among its modifiers). agr89: a
    sectoral one whose sides the text names (in its phrase or the sentence ``nxt`` right
    after it) is a record (``sectoral_sides.sectoral_sides_named``)."""
    toks = sent.tokens
    kinds = {t.lemma for t in toks[max(0, k - 2):k] if t.pos == "ADJ"}
    if sent.parsed:
        kinds |= {toks[c].lemma for c in sent.children(k) if toks[c].rel == "amod"}
    if kinds & (LABOUR_AGREEMENT_KINDS - SECTORAL_KINDS):
        return True
    return bool(kinds & SECTORAL_KINDS) and sectoral_labour(sent, k) and \
        not sectoral_sides_named(sent, k, nxt)


def about_labour_contract(sent: Sentence, k: int) -> bool:
    """stat89: an agreement whose topic is a labour contract settles that contract between
    an employer and a worker, it is no cooperation between bodies: "бригадир подписал
    соглашение о прекращении трудового договора", "соглашение об изменении трудового
    договора" (the noun's "о"-topic governs, as its genitive, an agreement noun
    of labour relations: ``_labour_relations``). Read from the parse."""
    toks = sent.tokens
    if not sent.parsed:
        return False
    for c in sent.children(k):
        if toks[c].rel != "nmod" or not any(
                toks[g].rel == "case" and toks[g].lemma in ABOUT_PREPOSITIONS
                for g in sent.children(c)):
            continue
        if any(toks[g].rel == "nmod" and toks[g].lemma in TRIGGERS and
               toks[g].feats.get("Case") == "Gen" and _labour_relations(sent, g)
               for g in sent.children(c)):
            return True
    return False


def _ranking_ordinal(tok: Token, models: Models | None) -> bool:
    """old89: an ordinal numeral ranking an agreement, whatever its rank: the list's
    ordinals (``ORDINALS``) or any adjective the morphology tags an ordinal numeral
    ("восьмое", "двенадцатое", "сороковое")."""
    if tok.lemma in ORDINALS:
        return True
    if models is None:  # the tagger may call a rare ordinal a verb ("двенадцатое")
        return False
    parses = models.parse(tok.text.lower())
    return bool(parses) and "Anum" in parses[0].tag


def ordinal_restatement(sent: Sentence, k: int, models: Models | None = None) -> bool:
    """agr30: an agreement noun counted by an ordinal as the predicate of "это" or of the
    document told before ranks that agreement among others, it is no agreement of its own:
    "это уже третье межрегиональное соглашение, подписанное областью в этом году",
    "Документ стал вторым соглашением министерства с Казахстаном", and the noun ranked by
    an ordinal predicate, "Соглашение станет вторым для Сахалина". Read from the parse: the
    noun is the root (or the complement of a copula) with such a subject, or the subject of
    a copula with an ordinal complement and no partner of its own. old89: any rank the
    morphology reads (``_ranking_ordinal``: "это уже двенадцатое подобное соглашение"),
    and the noun as the predicate of a told clause ("в министерстве отметили, что это уже
    десятое соглашение с работодателями")."""
    toks = sent.tokens
    if not sent.parsed:
        return False
    h = toks[k].head
    if toks[k].rel == "nsubj" and 0 <= h < len(toks) and toks[h].lemma in COPULA_VERBS:
        # "Соглашение станет вторым для Сахалина": ranked by an ordinal predicate, with no
        # partner of its own ("Первым стало соглашение с X" is a list's item; agr48: so is
        # "Третьим стало соглашение о трудоустройстве людей с инвалидностью между X и Y",
        # whose "между" the parse hangs deeper in the name)
        return any(toks[c].rel in {"xcomp", "obl"} and toks[c].lemma in ORDINALS
                   for c in sent.children(h)) and \
            not any(toks[g].lemma in PARTNER_CASES for c in sent.children(k)
                    for g in sent.children(c) if toks[g].rel == "case") and \
            not any(toks[g].lemma == "между" and toks[g].rel == "case"
                    for g in subtree(sent, k)) and \
            not partner_before_topic(sent, k)
    if not any(toks[c].rel == "amod" and _ranking_ordinal(toks[c], models)
               for c in sent.children(k)):
        return False
    holder = k
    if toks[k].rel in {"xcomp", "obl"} and 0 <= toks[k].head < len(toks) and \
            toks[toks[k].head].lemma in COPULA_VERBS:
        holder = toks[k].head
    elif toks[k].rel not in {"root", "ccomp"} and toks[k].head >= 0:
        return False  # old89: a clause's predicate, or a second root the parse left
    return any(toks[c].rel in {"nsubj", "nsubj:pass"} and
               toks[c].lemma in RESTATING_SUBJECTS for c in sent.children(holder))


def closing_series_item(sent: Sentence, k: int) -> bool:
    """lists67: the agreement noun at ``k`` is the last item of a series told by the verb of
    closing the event that opens its sentence (``series_sides.closing_item``), the first
    noun of documents after it: "Завершило церемонию четырёхстороннее соглашение о
    помощи семьям" — the item has no signing verb of its own and takes the series' status
    as a verbless ranked item does (``_series_status``), when the series is told signed
    (a series told planned or mentioned leaves it to the passes that read the sentences
    after it: "Первым стало соглашение ... . Документ подписали ..."). The verb's object
    is the event
    (a noun in the accusative), and only the noun's adjectives or participles, or the
    event's genitives ("церемонию подписания"), stand between it and the noun.
    "Завершила визит министр, а соглашение подпишут позже": a person closes the visit."""
    toks = sent.tokens
    return closing_item(sent) and 2 <= k <= 6 and toks[1].pos == "NOUN" and \
        toks[1].feats.get("Case") == "Acc" and toks[1].lemma not in SERIES_NOUNS and \
        all(t.pos in {"ADJ", "DET", "NUM"} or t.feats.get("VerbForm") == "Part" or
            t.pos == "NOUN" and t.feats.get("Case") == "Gen" and t.lemma not in SERIES_NOUNS
            for t in toks[2:k])


def linked_ranked_item(sent: Sentence, k: int) -> bool:
    """lists67: an item of a series taken up by its rank before a copula in the past
    (``series_sides.ranked_item`` with a verb of ``COPULA_VERBS``): "Вторым стало
    соглашение с фондом «Заря» о ...". The copula tells no signing of its own, so the item
    takes the series' status as a verbless ranked item does (``_series_status``) when the
    series is told signed (else the item stays mentioned for the passes reading the
    sentences after it); "Вторым подписали договор с фондом" tells its own. "Вторым
    станет соглашение с фондом" (a future copula) ranks a plan, read by the plan passes:
    no."""
    toks = sent.tokens
    return ranked_item(sent, k) and toks[1].lemma in COPULA_VERBS and \
        toks[1].feats.get("Tense") == "Past"


def partner_before_topic(sent: Sentence, k: int) -> bool:
    """lists67: does the agreement noun at ``k`` name a partner after "с" before its topic,
    though the parse hangs the preposition deeper in the first side's name: "Третьим стало
    соглашение управления занятости Энской области с АО «Заря» о квотах" (the "с" under
    "области", not under the noun)? A "с"/"со" marking a case in the noun's subtree, after
    it and before its first "о"/"об" (``ABOUT_PREPOSITIONS``): a "с" inside the topic ("о
    работе с семьями") names no partner. Such an item of a series is an agreement of its
    own, no ordinal restatement."""
    toks = sent.tokens
    under = subtree(sent, k)
    topic = next((i for i in under if i > k and toks[i].lemma in ABOUT_PREPOSITIONS),
                 len(toks))
    return any(k < i < topic and toks[i].rel == "case" and toks[i].lemma in PARTNER_CASES
               for i in under)


def sectoral_labour(sent: Sentence, k: int) -> bool:
    """agr30: "отраслевое соглашение" is of labour relations when it covers a branch ("по
    угольной промышленности", "по учреждениям социального обслуживания"), the sentence
    names a trade union or employers, or it is plural (the genre, "отраслевые соглашения
    и коллективные договоры"); else it is the one sectoral agreement two
    regions' ministries sign under their governments' one ("министерства ... подписали
    новое отраслевое соглашение")."""
    toks = sent.tokens
    if toks[k].feats.get("Number") == "Plur" or any(t.lemma in LABOUR_SIDE_WORDS for t in toks):
        return True  # "отраслевые соглашения и коллективные договоры": the genre
    if k + 1 < len(toks) and toks[k + 1].lemma in COMPLEMENT_PREPOSITIONS:
        return True
    return sent.parsed and any(
        toks[c].rel == "nmod" and any(toks[g].lemma in COMPLEMENT_PREPOSITIONS and
                                      toks[g].rel == "case" for g in sent.children(c))
        for c in sent.children(k))


# extra74: words that may stand between a determiner and its noun ("каждое подписанное
# сегодня соглашение", "любой заключённый нами договор"): adjectives, participles (a verb
# of ``VerbForm=Part`` only), adverbs, pronouns and other determiners.
_EVERY_BETWEEN_POS = frozenset({"ADJ", "ADV", "DET", "NUM", "PRON"})
_EVERY_REACH = 4


def every_agreement(toks: list[Token], k: int) -> bool:
    """extra74: a singular agreement noun under a determiner of every member of its class
    (``EVERY_WORDS``) of its own case, number and gender, before it with only modifiers
    between, speaks of agreements in general, no one document: "по каждому соглашению у нас
    есть график работ", "За каждым договором стоят живые люди", "любой заключённый нами
    меморандум мы выполняем". The documents it sums up are told by their own mentions. A
    plural noun ("каждое из трёх соглашений": counted members told elsewhere), the
    determiner of a partner ("соглашения с каждым районом") and a subject "каждый" before
    its verb ("каждый подписал договор") are no such noun."""
    noun = toks[k]
    if noun.feats.get("Number") != "Sing":
        return False
    for j in range(k - 1, max(-1, k - 1 - _EVERY_REACH), -1):
        t = toks[j]
        if t.lemma in EVERY_WORDS:
            return all(t.feats.get(f) == noun.feats.get(f) for f in ("Case", "Number")) and \
                t.feats.get("Gender", noun.feats.get("Gender")) == noun.feats.get("Gender")
        if t.pos not in _EVERY_BETWEEN_POS and not (
                t.pos == "VERB" and t.feats.get("VerbForm") == "Part"):
            return False
    return False


def alike_in_general(sent: Sentence, k: int) -> bool:
    """agr50: plural agreements "like the one reported" in a sentence that signs nothing
    speak of such agreements in general, no record: "... отметил, что подобные соглашения
    должны работать «не на бумаге, а в каждом районе»" (old89: and plural agreements of a
    kind, "таких соглашений у нас уже три десятка", ``alike_kind``). A verb or noun of
    signing anywhere in the sentence keeps them ("Аналогичные соглашения подписали Курская
    и Орловская области"), and so does a partner of their own after the noun ("у Вологды уже есть
    подобные соглашения с Череповцом и Архангельском")."""
    toks = sent.tokens
    return alike_kind(sent, k) and \
        not any(t.lemma in SIGN_VERBS for t in toks) and \
        not any(t.lemma in PARTNER_CASES and t.pos == "ADP"
                for t in toks[k + 1:k + UNNAMED_PARTNER_REACH]) and \
        not partner_of_alike_clause(sent, k)


def partner_of_alike_clause(sent: Sentence, k: int) -> bool:
    """miss47: a partner of their own keeps plural agreements "like the one reported" however
    far the parse hangs it from the noun: "подобные соглашения у районного центра занятости
    уже действуют с ООО «Рассвет» и с районной больницей" (the owner "у ..." puts the "с"
    past the word window of ``alike_in_general``). From the parse: a "с" (case) under a
    nominal that is a dependent (nmod) of the noun or an oblique (obl) of the verb the noun
    is the subject or object of, whose phrase names a body (a proper noun, a capital or a
    quoted name: ``_names_a_body``). A plural kind ("с работодателями") names none."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    args = [c for c in sent.children(k) if toks[c].rel == "nmod"]
    v = toks[k].head
    if 0 <= v < len(toks) and toks[v].pos == "VERB" and toks[k].rel in {"nsubj", "obj",
                                                                         "nsubj:pass"}:
        args += [c for c in sent.children(v) if c != k and toks[c].rel == "obl"]
    return any(any(toks[c].rel == "case" and toks[c].lemma in PARTNER_CASES
                   for c in sent.children(a)) and _names_a_body(sent, a) for a in args)


def likened_with_partner(sent: Sentence, k: int) -> bool:
    """miss47: a "договор" likened to the agreement told before ("подобный", "аналогичный",
    "такой же": ``_alike``) with a named "с" partner of its own is an agreement of that kind,
    though no "о ..." follows: "техникум два года назад подписал подобный договор с АО
    «Энский завод»". From the parse: ``_alike`` and a "с" partner naming a body on the noun
    or on its verb (``partner_of_alike_clause``); a genitive kind right after the noun
    ("подобный договор аренды с ООО ...") keeps it a contract."""
    toks = sent.tokens
    if not sent.parsed or not _alike(sent, k):
        return False
    if k + 1 < len(toks) and toks[k + 1].pos == "NOUN" and \
            toks[k + 1].feats.get("Case") == "Gen":
        return False
    return partner_of_alike_clause(sent, k)


def likened_by_subjects(sent: Sentence, k: int, parties: list[_Party]) -> list[list[_Party]]:
    """miss47: plural agreements like the one told, their "с" partner on the noun, signed by
    two or more subjects named after the verb, are one agreement per subject: "ранее
    аналогичные соглашения с министерством и центром занятости подписали АО «Энский уголь»
    и ООО «Энская пристань»" gives one with the АО and one with the ООО, each with the
    partners the "с" phrase names as sides (a description in lower case names none here:
    it is the story's, "министерством"). From the parse: the noun the object (or passive
    subject) of a finite signing verb, a "с" dependent on the noun, and the verb's subject
    with its conjuncts after the verb, each holding one of ``parties``;
    ``partner_shared_by_subjects`` reads the shape with regions."""
    toks = sent.tokens
    if not sent.parsed or not partner_on_noun(sent, k):
        return []
    v = toks[k].head
    if not 0 <= v < len(toks) or toks[v].lemma not in SIGN_VERBS or \
            toks[v].pos != "VERB" or toks[k].rel not in {"obj", "nsubj:pass"}:
        return []
    subj = next((c for c in sent.children(v) if toks[c].rel == "nsubj" and c > v), None)
    if subj is None:
        return []
    heads = [subj] + [c for c in sent.children(subj) if toks[c].rel == "conj"]
    own = [next((p for p in parties if p.start <= toks[h].start < p.stop), None)
           for h in heads]
    if len(heads) < 2 or any(p is None for p in own):
        return []
    lo = toks[k].stop
    partners = [p for p in parties if lo <= p.start < toks[v].start]
    return [partners + [p] for p in own if p is not None]


def _names_a_body(sent: Sentence, a: int) -> bool:
    """miss47: does the phrase under the nominal at a name a body by a name: a proper noun, a
    word in capitals or a quotation mark ("с ООО «Рассвет»", "с Энским колледжем")?"""
    toks = sent.tokens
    return any(toks[i].pos == "PROPN" or toks[i].text[:1].isupper() or
               toks[i].text in {"«", "\""} for i in subtree(sent, a))


def alike_with_kinds(sent: Sentence, k: int) -> bool:
    """agr50: plural agreements "like the one reported" whose partners or makers are named
    by their kind only, a plural common noun with no name under it, are such agreements in
    general, no record: "Подобные договорённости с работодателями и колледжами планируется
    заключить также в Златоусте и Миассе", "опыт Иркутской области, где подобные
    договорённости заключают даже небольшие пекарни и автосервисы". Read from the parse:
    a "с" dependent of the noun, or another core or "с" argument of the verb it hangs
    from."""
    toks = sent.tokens
    if not sent.parsed or not alike_kind(sent, k):  # old89: "таких договоров с вузами" too
        return False
    v = toks[k].head
    args = [c for c in sent.children(k) if toks[c].rel == "nmod"]
    if 0 <= v < len(toks) and toks[v].pos == "VERB":
        args += [c for c in sent.children(v) if c != k and
                 toks[c].rel in {"nsubj", "obj", "nsubj:pass", "obl"}]
    for a in args:
        if toks[a].rel in {"nmod", "obl"} and not any(
                toks[c].rel == "case" and toks[c].lemma in PARTNER_PREPOSITIONS
                for c in sent.children(a)):
            continue
        under = subtree(sent, a)
        if toks[a].pos == "NOUN" and toks[a].feats.get("Number") == "Plur" and \
                not any(toks[i].pos == "PROPN" or toks[i].text[:1].isupper() or
                        toks[i].text in {"«", "\""} for i in under):
            return True
    return False


def activity_clause_date(sent: Sentence, k: int, dates: list[DateRef], value: str) -> bool:
    """A date in a relative clause on the agreement that tells what is done under it dates
    that work, not the agreement: "соглашение ..., в рамках которого с 2019 года центры
    обмениваются опытом" has no date of its own (r18fix). The date stands after a relative
    pronoun that follows the noun, and no verb from the pronoun to the first verb after the
    date signs ("которое ... заключили ещё в 2018 году" keeps its year)."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    for d in dates:
        if d.value != value:
            continue
        i = _token_index(sent, d.start)
        rel = next((r for r in range(k + 1, i) if toks[r].lemma in RELATIVE_PRONOUNS), None)
        if rel is None:
            continue
        verb = next((v for v in range(i, len(toks)) if toks[v].pos == "VERB"), None)
        return verb is not None and not any(  # "которое ... заключили ещё в 2018 году"
            toks[v].lemma in SIGN_VERBS for v in range(rel, verb + 1))
    return False


def today_of_present(sent: Sentence, dates: list[DateRef], value: str) -> bool:
    """stat89: "сегодня" of a verb in the present tense tells the state of things now, not a
    day something happened: "За годы действия старого договора обучение прошли двести
    человек, многие из них сегодня работают в центрах" gives the agreement no date. The
    date the mention took from its sentence is a word of ``DAY_SHIFT`` of no shift whose
    head in the parse is a verb in the present tense."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    for d in dates:
        if d.value != value or DAY_SHIFT.get(d.text.lower()) != 0:
            continue
        i = _token_index(sent, d.start)
        h = toks[i].head if 0 <= i < len(toks) else -1
        if 0 <= h < len(toks) and toks[h].pos in {"VERB", "AUX"} and \
                toks[h].feats.get("Tense") == "Pres":
            return True
    return False


def _partner_state(
    analysis: Analysis, models: Models, sent: Sentence, k: int, regions: list[RegionRef],
) -> bool:
    """The agreement noun's "с"/"между" dependent is a state or a federal subject: then a
    bare "договор"/"договорённость" is one between bodies ("о предварительной
    договорённости с Россией", "договор с Татарстаном"), not a lease or a job contract."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    for c in sent.children(k):
        if toks[c].rel != "nmod" or not any(toks[x].rel == "case" and
                                             toks[x].lemma in PARTNER_CASES
                                             for x in sent.children(c)):
            continue
        t = toks[c]
        if _region_at(regions, t.start, t.stop):
            return True
        span = next((s for s in _spans_in(analysis, sent)
                     if s.type == "LOC" and s.start <= t.start < s.stop), None)
        if span is not None and country_name(models, span.text) is not None:
            return True
    return False


def _private_partner(analysis: Analysis, sent: Sentence, k: int) -> bool:
    """The agreement noun's "с"-partner is a person, not a body: "Предыдущее соглашение с
    67-летним Венгером истекло" is a person's contract. From the parse: the noun's "с"
    dependent is itself a person's name ("соглашение с главой Чувашии Олегом Николаевым"
    has a post noun there, a side's representative, and is kept; agr48: so has "соглашение
    с Ильдаром Гайнуллиным, председателем правления фонда «Дом милосердия»", the post in
    apposition after the name, ``_post_in_apposition``)."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    persons = _persons(analysis, sent)
    for c in sent.children(k):
        if toks[c].rel != "nmod" or not any(
                toks[x].rel == "case" and toks[x].lemma in PARTNER_PREPOSITIONS
                for x in sent.children(c)):
            continue
        if any(p.start <= toks[c].start < p.stop for p in persons) and \
                not _post_in_apposition(sent, c):
            return True
    return False


def _post_in_apposition(sent: Sentence, c: int) -> bool:
    """agr48: a person's name with a post set off after it, the post's noun in the name's
    case: "с Ильдаром Гайнуллиным, председателем правления фонда ..." (a common noun the
    parse hangs on the name as its apposition, with a body in its genitive)."""
    toks = sent.tokens
    return any(toks[a].rel == "appos" and toks[a].pos == "NOUN" and a > c and
               toks[a].feats.get("Case") == toks[c].feats.get("Case") and
               any(toks[g].rel == "nmod" and _is_gen(toks[g]) for g in sent.children(a))
               for a in sent.children(c))


def _private_subject(sent: Sentence, k: int) -> bool:
    """People who sign a contract for themselves: "Жители региона могут заключить договор о
    целевом обучении с колледжем" is no agreement between bodies. From the parse: the
    subject of the verb over the noun names private people, or is the "кто" of a relative
    clause, anyone who signs ("те, кто заключит договор": agr46)."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    path = _predicate_path(sent, k)
    if len(path) < 2 or toks[path[-1]].lemma not in SIGN_VERBS:
        return False  # "Согласно соглашению ..., жители могут ...": they only benefit
    heads = [path[-1]] + [h for h in ancestors(sent, path[-1])][:1]
    if any(toks[c].rel == "nsubj" and toks[c].lemma in PRIVATE_PEOPLE
           for h in heads for c in sent.children(h)):
        return True
    if toks[path[-1]].rel == "acl:relcl" and any(
            toks[c].rel == "nsubj" and toks[c].lemma in ANYONE_PRONOUNS
            for c in sent.children(path[-1])):
        return True  # agr46: "Для тех, кто заключит договор о целевом обучении, ..."
    c = _counted_subject(sent, path[-1])
    return c is not None and toks[c].lemma in PRIVATE_PEOPLE


def _retracted(sent: Sentence, k: int) -> bool:
    """A clause the text withdraws reports nothing: in "В предыдущей версии ошибочно
    указано, что соглашение подписали министр X и министр Y" the signing told under
    "ошибочно указано" is the error a correction note corrects, no agreement or signers of
    its own. From the parse: a word of error (RETRACTION_WORDS) on the verb over the
    agreement's clause or on any verb above it."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    v = _predicate_path(sent, k)[-1]
    for h in [v, *ancestors(sent, v)]:
        if toks[h].pos not in {"VERB", "AUX"}:
            continue
        if any(toks[c].lemma in RETRACTION_WORDS and toks[c].rel in {"advmod", "obl", "amod"}
               for c in sent.children(h)):
            return True
    return False


def personal_contract(sent: Sentence, k: int) -> bool:
    """agr58: "по договору о целевом обучении с учреждениями соцобслуживания", "заключить
    договоры о целевом обучении с выпускниками": a contract a person signs with a body, no
    agreement between bodies (``lexicon.PERSONAL_CONTRACT_SUBJECTS``); pair65: "получить
    консультацию по оформлению договора о предоставлении социальных услуг на дому" (a
    recipient's contract with the care provider). From word forms: the noun, "о", then the
    subject's first two words."""
    toks = sent.tokens
    return toks[k].lemma in PERSONAL_CONTRACT_NOUNS and k + 3 < len(toks) and \
        toks[k + 1].lemma in ABOUT_PREPOSITIONS and \
        (toks[k + 2].lemma, toks[k + 3].lemma) in PERSONAL_CONTRACT_SUBJECTS


def partner_on_noun(sent: Sentence, k: int) -> bool:
    """agr58: does the agreement noun govern a "с" partner of its own ("по аналогичному
    соглашению с областным комитетом")? From the parse: a dependent of the noun with a
    simple "с" (not "со стороны")."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    return any(toks[c].rel == "nmod" and toks[c].pos in {"NOUN", "PROPN"} and
               with_phrase(sent, c) for c in sent.children(k))


def partner_on_signing_verb(sent: Sentence, k: int) -> bool:
    """status72: does a signing verb of the agreement noun's clause govern a "с" partner
    ("аналогичный договор управление собирается подписать с городским советом ветеранов")?
    The partner of a signing told for a noun of likeness sets that agreement apart from
    the one it is likened to, as a partner on the noun does (``partner_on_noun``), though
    the partner be no side found yet. From the parse: an instrumental dependent (obl) of a
    verb of ``SIGN_VERBS`` inside the noun's clause, with a simple "с" (not "со стороны":
    ``with_partner.partner_case``, the reading of ``with_phrase``), that names a body or a
    person (``with_partner.names_one_partner``): "подписано с учётом замечаний" names
    none."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    lo, hi = _clause_bounds(sent, k)
    return any(toks[v].lemma in SIGN_VERBS and toks[v].pos == "VERB" and any(
        toks[c].rel == "obl" and toks[c].feats.get("Case") == "Ins" and
        (x := partner_case(sent, c)) is not None and
        names_one_partner(toks, x, first_noun=True)
        for c in sent.children(v))
        for v in range(lo, hi) if v != k)


def hypothetical_signing(sent: Sentence, k: int) -> bool:
    """agr58: a signing told as a condition reports none: "Пишите нам: если в вашем регионе
    подписано соглашение в сфере социальной защиты, присылайте новости", "если стороны
    заключат соглашение, ...". From the parse: the signing verb over the agreement noun
    has "если" for its subordinator."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    v = _predicate_path(sent, k)[-1]
    return v != k and toks[v].lemma in SIGN_VERBS and \
        any(toks[c].lemma == "если" and toks[c].rel == "mark" for c in sent.children(v))


def _counted_subject(sent: Sentence, v: int) -> int | None:
    """A group counted by a number right before a verb is its subject, in the genitive the
    number demands: "Ещё 12 выпускников заключили договоры" (the parse may take
    "выпускников" for the object or hang it elsewhere). The nearest genitive noun with a
    number on it before the verb, with no other verb between; None if there is none."""
    toks = sent.tokens
    for i in range(v - 1, -1, -1):
        t = toks[i]
        if t.pos in {"VERB", "AUX"} or t.text in {".", ";", ":"}:
            return None
        if t.pos == "NOUN" and t.feats.get("Case") == "Gen" and \
                any(toks[x].rel.startswith("nummod") for x in sent.children(i)):
            return i
    return None


def partner_segment_dates(sent: Sentence, pairs: list[list[_Party]],
                          dates: list[DateRef]) -> list[str | None]:
    """agr48: one agreement per partner of a list, each dated in its own stretch: "ранее
    подобные документы край заключил с Удмуртией — в 2021 году — и с Татарстаном — в 2023
    году" gives 2021 to the first and 2023 to the second. A partner's stretch runs from its
    name to the next partner's; when a date stands between two partners, each agreement
    takes the date of its own stretch (none when it states none), else the clause's date
    stays (empty list): "подписали соглашения с A и B 12 марта" dates both."""
    partners = [pair[-1] for pair in pairs if pair]
    if len(partners) != len(pairs) or len(partners) < 2 or \
            any(a.start >= b.start for a, b in zip(partners, partners[1:], strict=False)):
        return []
    bounds = [p.start for p in partners[1:]] + [sent.stop]
    found: list[str | None] = []
    for p, end in zip(partners, bounds, strict=True):
        own = [d for d in dates if p.stop <= d.start < end]
        found.append(own[0].value if len(own) == 1 else None)
    return found if any(found[:-1]) else []


def several_signed(tok: Token) -> bool:
    """agr52: a signing heading whose agreement noun is plural and counted by no numeral
    sums up several signings, each told with its own sides after it: "В форуме приняли
    участие делегации пяти регионов. Центральным событием дня стала церемония подписания
    соглашений. Первым подписано соглашение между ..." The subjects of the sentence before
    are the occasion's guests, not the sides of every one of them, so the heading takes no
    sides from there (``_previous_subject_sides``) and joins the agreements told next."""
    return tok.feats.get("Number") == "Plur"


def _officials_of_places_sign(
    analysis: Analysis, models: Models, sent: Sentence, k: int, regions: list[RegionRef],
) -> list[_Party]:
    """A bare "договор" is one between bodies when two or more subjects of the verb that
    signs it each hold a state's or a region's name: "премьер-министр Эфиопии и президент
    Эритреи заключили мирный договор", "губернатор Курской области и глава ДНР заключили
    договор" (not "жители области заключили договор": PRIVATE_PEOPLE are read before).
    The places are the sides (a state by its canonical name, a region by its own)."""
    path = _signing_path(sent, k, SIGN_VERBS)
    if path is None:
        return []
    toks = sent.tokens
    subjects = [c for c in sent.children(path[-1]) if toks[c].rel == "nsubj"]
    subjects += [d for c in subjects for d in sent.children(c) if toks[d].rel == "conj"]
    if len(subjects) < 2:
        return []
    sides: dict[int, _Party] = {}  # subject -> the place its own phrase names
    for sp in _spans_in(analysis, sent):
        if sp.type != "LOC":
            continue
        codes = _region_at(regions, sp.start, sp.stop)
        i = _token_index(sent, sp.start)
        state = None if codes else country_name(models, sp.text)
        if not codes and state is None and i < len(toks) and toks[i].head in subjects and \
                toks[i].rel == "nmod":
            # "президент Эритреи": the place a post is of, though the country list lacks it
            state = nominative_phrase(models, toks[i:_token_index(sent, sp.stop)],
                                      analysis.text)
        if not (codes or state):
            continue
        owner = next((h for h in [i, *ancestors(sent, i)] if h in subjects), None) \
            if i < len(toks) else None
        if owner is not None and owner not in sides:
            name = state or next(r.name for r in regions if r.code == codes[0])
            sides[owner] = _Party(name, codes[:1], sp.start, sp.stop, models)
    return list(sides.values()) if len(sides) == len(subjects) else []


def _answer_line(analysis: Analysis, sent: Sentence) -> bool:
    """Is the sentence on an interview answer line ("— С ними договор действует ...")?
    All of it is the interviewee's, so a one-sided agreement there is the speaker's body's
    with the partner named."""
    text = analysis.text
    line_start = text.rfind("\n", 0, sent.start) + 1
    return text[line_start:sent.start + 1].lstrip().startswith(ANSWER_DASHES)


def document_called_agreement_next(sents: list[Window], si: int, k: int) -> bool:
    """agr38: "документ" a referring word marks as the one just told of, signed, is an
    agreement when the next sentence calls it one: "ЦЗН и МФЦ с 1 апреля начнут совместный
    прием граждан. Соответствующий документ был подписан 27 марта. Соглашением
    предусмотрено ...". Its sides are those of the cooperation told before it
    (``referred_sides``); a decree or an order ("Соответствующий документ подписал
    губернатор. Постановлением предусмотрено ...") is not named so."""
    sent = sents[si]
    toks = sent.tokens
    if toks[k].lemma not in COOPERATION_DOCUMENTS or si + 1 >= len(sents) or \
            not _referring(sent, k) or \
            not any(t.lemma in SIGN_VERBS and t.pos in {"VERB", "AUX"} for t in toks):
        return False
    return any(t.lemma in TRIGGERS and t.pos == "NOUN" and t.feats.get("Number") == "Sing"
               for t in sents[si + 1].tokens)


def draft_of_named(sent: Sentence, k: int) -> bool:
    """A draft named by no side of its own is the agreement just told, and the day its
    draft was agreed on is no signing date: "Соглашение между Тверью и Псковом подпишут в
    июле. Проект соглашения одобрен в апреле." is one agreement, to be signed in July."""
    if not sent.parsed or not 0 <= k < len(sent.tokens):
        return False
    t = sent.tokens[k]
    return t.rel == "nmod" and 0 <= t.head < len(sent.tokens) and \
        sent.tokens[t.head].lemma in DRAFT_NOUNS


def _about_lemmas(c: _Candidate) -> set[str]:
    """Lemmas of nouns and adjectives in the "о/об ..." phrases of the candidate's clause
    (what the agreement is about): each runs from the preposition to the next punctuation
    mark ("с ВЭБ.РФ о мастер-плане агломерации, с ПАО ... о покрытии связью"). agr53: the
    capitalised words right after a street's noun name the street, not the subject
    (``street_name_word``: "о ремонте тротуаров на проспекте Пенсионеров")."""
    if c.about is not None:
        return c.about
    sent = c.sentence
    toks = sent.tokens
    k = _token_index(sent, c.trigger.start)
    lo, hi = _clause_bounds(sent, k)
    out: set[str] = set()
    inside = False
    for i in range(max(lo, k), hi):
        t = toks[i]
        if t.lemma in ABOUT_PREPOSITIONS and t.pos == "ADP":
            inside = True
        elif t.pos == "PUNCT":
            inside = False
        elif inside and t.pos in {"NOUN", "ADJ", "PROPN"} and not age_of_field(sent, i) and \
                not street_name_word(toks, i):
            out.update(word_lemmas(t))  # social60: a hyphenated noun's parts too
    return out


def street_name_word(toks: list[Token], i: int) -> bool:
    """agr53: is the word at i part of a street's name: capitalised, after a street's noun
    (``lexicon_regions.NAMED_STREET_NOUNS``: "улица", "проспект", "площадь") with only
    capitalised words between? "на проспекте Ветеранов", "по улице Инвалидов войны" name
    streets; their words tell no subject of the agreement ("о ремонте остановок на проспекте
    Ветеранов" is no agreement on veterans). The street's noun is found as the region
    reading finds it (``street_words.street_noun_at``: "на ул. Ветеранов", the "." a token of
    its own)."""
    if not toks[i].text[:1].isupper():
        return False
    j = i
    while j > 0 and toks[j - 1].text[:1].isupper() and toks[j - 1].pos != "PUNCT":
        j -= 1
    j = street_noun_at(lambda m: toks[m].text, j)  # "ул. Ветеранов": past the "."
    return j >= 0 and (toks[j].text.lower().rstrip(".") in NAMED_STREET_NOUNS or
                       toks[j].lemma in NAMED_STREET_NOUNS)


def age_of_field(sent: Sentence, i: int) -> bool:
    """extras63: is the word at ``i`` an adjective of age that names no social sphere where
    it stands: on a noun of sport (``age_of_sport``) or on the noun of a school for children
    (``CHILD_SCHOOL_NOUNS``), its head in the parse or, unparsed, the next word? "будут
    построены жильё, детский сад и школа", "детская школа искусств" name schooling, not
    the social sphere of children; "детский дом", "детский отдых" stay social."""
    if age_of_sport(sent, i):
        return True
    toks = sent.tokens
    if toks[i].lemma not in SPORT_AGE_ADJECTIVES:
        return False
    if sent.parsed:
        h = toks[i].head
        return toks[i].rel == "amod" and 0 <= h < len(toks) and \
            toks[h].lemma in CHILD_SCHOOL_NOUNS
    return i + 1 < len(toks) and toks[i + 1].lemma in CHILD_SCHOOL_NOUNS


def age_of_sport(sent: Sentence, i: int) -> bool:
    """event49: is the word at ``i`` an adjective of the age of those who do a sport
    (``SPORT_AGE_ADJECTIVES``: "детский", "юношеский") on a noun of sport (a word of
    ``NON_SOCIAL_FIELDS["sport"]``), its head in the parse or, unparsed, the next word?
    "о развитии детского хоккея", "детского футбола" tell a sport for children, not the
    social sphere of children, as "о развитии детско-юношеского хоккея" does; "детского
    отдыха", "детского дома" and "детей-инвалидов" are no sport and stay social. agr71: so
    does the adjective on a noun of sport's contests and teams (``SPORT_CONTEST_NOUNS``):
    "соглашение о проведении детского турнира по плаванию", "кубок области среди детских
    команд" as "детско-юношеских турниров" (no word of the social sphere) already did."""
    toks = sent.tokens
    if toks[i].lemma not in SPORT_AGE_ADJECTIVES:
        return False
    sport = NON_SOCIAL_FIELDS["sport"] | SPORT_CONTEST_NOUNS
    if sent.parsed:
        h = toks[i].head
        return toks[i].rel == "amod" and 0 <= h < len(toks) and toks[h].lemma in sport
    return i + 1 < len(toks) and toks[i + 1].lemma in sport


def framed_action_lemmas(c: _Candidate) -> set[str]:
    """extra45: lemmas of the nouns and adjectives of what is done under an agreement that
    frames a predicate ("в рамках соглашения", "на основе соглашения": the noun under a
    frame noun of ``BACKGROUND_FRAMES``, itself an oblique of the verb): the verb's object,
    or the subject of a passive or reflexive verb (``FRAMED_ACTION_RELATIONS``), each read
    as its subtree: "в рамках соглашения 2020 года завершается строительство моста" gives
    "строительство", "мост". An agreement only recalled so tells its topic by that
    action, not by an "о ..." phrase of its own. An unparsed sentence, or a noun that frames
    nothing, gives none."""
    sent = c.sentence
    if not sent.parsed:
        return set()
    toks = sent.tokens
    k = _token_index(sent, c.trigger.start)
    h = toks[k].head
    if toks[k].rel != "nmod" or not 0 <= h < len(toks) or \
            toks[h].lemma not in BACKGROUND_FRAMES or toks[h].rel != "obl":
        return set()
    v = toks[h].head
    if not 0 <= v < len(toks) or toks[v].pos != "VERB":
        return set()
    reflexive = toks[v].text.lower().endswith(REFLEXIVE_ENDINGS)
    out: set[str] = set()
    for x in sent.children(v):
        rel = toks[x].rel
        if rel in FRAMED_ACTION_RELATIONS or reflexive and rel == FRAMED_ACTION_SUBJECT:
            out |= {toks[i].lemma for i in subtree(sent, x)
                    if toks[i].pos in {"NOUN", "ADJ", "PROPN"}}
    return out


def outside_social_sphere(models: Models, parties: list[_Party], m: _Merged) -> bool:
    """An agreement with a company about a subject outside the social sphere is no record
    of this domain: "соглашение с ООО «Горный комбинат» о строительстве фабрики",
    "соглашения с ПАО «Ростелеком» о покрытии связью". It is one when its subject or any
    side names a word of the social sphere (lexicon SOCIAL_SPHERE_WORDS: "о социальном
    обслуживании", "о сотрудничестве", a ministry of labour) or no side is a company
    (legal form or corporation; for one partner of a "с X о A, с Y о B" list, any partner
    that is no public body), or no subject is stated. multi47: a subject told by a verb
    whose subject the agreement is counts as stated ("Соглашение с АО «Вектор» касается
    создания лаборатории": ``touched_topic_lemmas``)."""
    about: set[str] = set()
    for c in m.candidates:
        about |= _about_lemmas(c) | touched_topic_lemmas(c)
    if not about or about & SOCIAL_SPHERE_WORDS:
        return False
    named = [c for c in m.candidates if c.parties]  # bare mentions may have joined it
    if named and all(c.about is not None for c in named) and parties:
        # one partner of a "с X о A, с Y о B" list: a partner that is no public body
        # ("с ВЭБ.РФ о мастер-плане агломерации") is business as a company is
        partner = parties[-1]
        if not partner.regions and \
                (partner.name.split() or [""])[0].lower() not in ORG_HEADS:
            return True
    if not any(_company(p, models) for p in parties):
        return False
    side_words = {models.lemma(w.strip("«»\"().,").lower()) for p in parties
                  for w in p.name.split()}
    return not side_words & SOCIAL_SPHERE_WORDS



def other_field_bodies(models: Models, parties: list[_Party], m: _Merged) -> bool:
    """pair65: an agreement whose every side is a body of a field next to the social sphere
    (sport, tourism, culture: ``lexicon.OTHER_FIELD_WORDS`` in its name) and whose subject
    names nothing of the social sphere proper is no record of this domain: "соглашение об
    обмене выставками и гастролями между Министерством культуры края и Комитетом по
    туризму области", "Проект соглашения между Министерством культуры области и
    Департаментом культуры города направлен сторонам" (draft97: capitals or not, a draft
    or a signing). A side with a word of the social sphere in its name ("Министерство
    социального развития и туризма", "по делам молодёжи и спорта") or a subject with one
    ("о социальном туризме", "о реабилитации инвалидов средствами спорта") keeps it; words
    of the manner of working together (``COOPERATION_MANNER_WORDS``) say nothing of the
    field."""
    proper = SOCIAL_PROPER_WORDS
    if not parties:
        return False
    about: set[str] = set()
    for c in m.candidates:
        about |= _about_lemmas(c)
    if about & proper:
        return False
    for p in parties:
        words = _side_words(models, p)
        if not words & OTHER_FIELD_WORDS or words & proper:
            return False
    return True


def _side_words(models: Models, p: _Party) -> set[str]:
    """Lemmas of the words of a side's name; extra97: a word naming a sport by its
    discipline (``SPORT_DISCIPLINE_STEMS``, whatever lemma the tagger guesses for it:
    "Федерация биатлона") adds "спорт"; extras63: so does a club's acronym opening the
    name (``SPORT_CLUB_ACRONYMS``: "ХК «Сокол»", "ФК «Звезда»")."""
    raw = [w.strip("«»\"().,").lower() for w in p.name.split()]
    words = {models.lemma(w) for w in raw}
    if any(w.startswith(SPORT_DISCIPLINE_STEMS) for w in raw) or \
            raw[:1] and raw[0] in SPORT_CLUB_ACRONYMS:
        words.add("спорт")
    return words


def field_subject_bodies(models: Models, parties: list[_Party], m: _Merged) -> bool:
    """pair67: an agreement that a body of a field next to the social sphere (sport,
    tourism, culture: ``OTHER_FIELD_WORDS`` in its name) makes with a side of no field at
    all, about a stated subject of no social word, is no record of this domain either:
    "инспекция по охране объектов культурного наследия и епархия подписали соглашение о
    сотрудничестве в сфере сохранения объектов культурного наследия", "Министерство спорта
    области и Федерация футбола подписали соглашение о развитии детско-юношеского
    футбола". The subject is what the "о/об ..." phrase says beyond the sides' own words
    and the manner of working together, so a bare "о сотрудничестве" keeps it; a side or a
    subject with a word of the social sphere proper ("с Отделением Социального фонда",
    "о развитии адаптивного спорта") keeps it."""
    if not parties:
        return False
    proper = SOCIAL_PROPER_WORDS
    words = [_side_words(models, p) for p in parties]
    about: set[str] = set()
    for c in m.candidates:
        about |= _about_lemmas(c)
    own = set().union(*words)
    if about & proper or not about - own - COOPERATION_MANNER_WORDS:
        return False
    if any(w & proper for w in words):
        return False
    return any(w & OTHER_FIELD_WORDS for w in words)


def told_as_further(sent: Sentence, k: int) -> bool:
    """hid94: is the agreement noun at ``k`` the object (or passive subject) of a verb of
    signing (``SIGN_VERBS``) told as one more act beside the one before it, with its
    partner named there? The verb bears an additive adverb ("также", "тоже":
    ``FURTHER_ADVERBS``) or "помимо этого", "кроме того" (``BESIDES_PREPOSITIONS``), and
    the noun or the verb a partner under "с" or "между": "Кроме того, завод тоже заключил
    соглашение с колледжем", "На встрече также было подписано соглашение между фондом и
    техникумом". Not "Соглашение подписали также
    глава района и директор школы": no partner told, only more signers; nor "Завод также
    выполняет соглашение с колледжем": no signing. Only from the parse."""
    if not sent.parsed or not 0 <= k < len(sent.tokens):
        return False
    toks = sent.tokens
    h = toks[k].head
    if not 0 <= h < len(toks) or toks[h].lemma not in SIGN_VERBS or \
            toks[k].rel not in {"obj", "nsubj:pass"}:
        return False
    kids = sent.children(h)
    further = any(toks[x].lemma in FURTHER_ADVERBS and toks[x].rel == "advmod" for x in kids) \
        or any(toks[x].pos == "PRON" and any(toks[y].lemma in BESIDES_PREPOSITIONS and
                                               toks[y].rel == "case"
                                               for y in sent.children(x)) for x in kids)
    if not further:
        return False
    return any(toks[y].rel == "case" and toks[y].lemma in PARTNER_PREPOSITIONS |
               BETWEEN_PREPOSITIONS for x in sent.children(k) + kids
               for y in sent.children(x))


def further_other_field(models: Models, parties: list[_Party], m: _Merged) -> bool:
    """hid94: an agreement the text tells as one more beside the story's (a mention told
    as further, ``told_as_further``, or set apart as another, ``_another``), a side of it a
    body of a field next to the social sphere (sport, tourism, culture: ``OTHER_FIELD_WORDS``
    in its name) and no side nor the clause of that mention naming the social sphere proper,
    is that field's business, no record: "Кроме того, завод тоже заключил соглашение с
    комитетом по туризму области" beside the factory's agreement with the employment
    centre. A bare "о сотрудничестве" does not keep it (the words of the manner of working
    together name no field); "также подписали соглашение с министерством спорта о развитии
    адаптивного спорта" or a side of social protection keeps it."""
    proper = SOCIAL_PROPER_WORDS
    further = [c for c in m.candidates if c.parties and (
        told_as_further(c.sentence, _token_index(c.sentence, c.trigger.start)) or
        _another(c.sentence, _token_index(c.sentence, c.trigger.start)))]
    if not further or not parties:
        return False
    words = [_side_words(models, p) for p in parties]
    if any(w & proper for w in words) or not any(w & OTHER_FIELD_WORDS for w in words):
        return False
    for c in further:
        k = _token_index(c.sentence, c.trigger.start)
        lo, hi = _clause_bounds(c.sentence, k)
        if any(t.lemma in proper for t in c.sentence.tokens[lo:hi]):
            return False
    return True


def other_field_subject(models: Models, parties: list[_Party], m: _Merged,
                        bare: frozenset[str] = frozenset()) -> bool:
    """shape91 (bcast90's and muni90's filters, one pass): an agreement whose stated subject
    (the "о/об ..." phrase) names a field outside the social sphere (lexicon
    ``NON_SOCIAL_FIELDS``) and nothing of the social sphere proper, none of its sides a body
    of the social sphere, is no record of this domain:

    - a subject of public works alone (building, roads, the transport they serve:
      ``PUBLIC_WORKS_FIELDS``, a word of works among them), whoever its sides are, unless a
      sentence of the agreement names the social sphere: "Правительство области и
      госкомпания заключили соглашение о строительстве объездной дороги", "край и
      муниципальный район заключили соглашение о субсидии на ремонт автодорог"; works
      beside tourism, sport or culture are read as those fields ("о развитии туризма и
      строительстве дорог к курортам"); extra97: farming and food are such a field
      (``ECONOMY_FIELDS``), even between two regions: "главы двух республик заключили
      соглашение о развитии сельского хозяйства и обеспечении края продовольствием"
      ("сельское хозяйство" read as one word, ``FIELD_WORD_PAIRS``); hidden40: a sentence
      names the social sphere also by a compound's first half ("о торгово-экономических
      и социально-бытовых связях", ``_names_social_sphere``); not trade ("о
      торгово-экономическом сотрудничестве" is the regions' framework);
    - a subject of a field a body may serve (sport, tourism, culture, transport and roads:
      ``OTHER_FIELD_WORDS``), between sides that are not two or more regions named as the
      sides themselves (``bare``: cooperation between regions is this domain's, whatever
      its field: "край и республика договорились о развитии туристических маршрутов"; their
      ministries of economy on tourism are not): "правительство края и мэрия заключили
      соглашение о выделении средств на ремонт дорожной сети";

    A social word in the subject or in a side's name keeps it ("о строительстве
    реабилитационного центра", "соглашение с министерством социальной политики о ремонте
    дорог к интернатам", "о развитии адаптивного спорта"); a roadmap's kind ("дорожная
    карта") is no road. extra45: an agreement recalled as the frame of an action, with no
    "о ..." phrase, tells its field by that action (``framed_action_lemmas``) for public
    works and the economy: "в рамках соглашения 2020 года завершается строительство моста"
    is works; "в рамках соглашения регионы реализуют проекты в сфере туризма" stays."""
    proper = SOCIAL_PROPER_WORDS
    about: set[str] = set()
    framed: set[str] = set()
    for c in m.candidates:
        if several_agreements(c):  # extras63: a set's topic is not this agreement's
            continue
        about |= _about_lemmas(c)
        framed |= framed_action_lemmas(c)  # extra45: "в рамках соглашения" + what is done
    for noun, kinds in ROADMAP_DOCUMENTS.items():
        if noun in about:
            about -= kinds
    if (about | framed) & proper or any(_side_words(models, p) & proper for p in parties):
        return False
    about |= {word for pair, word in FIELD_WORD_PAIRS.items() if pair <= about}
    # extra45: what is done under a framework tells its field for public works and the
    # economy only; a field a body may serve is often one strand of a broad framework
    # ("в рамках соглашения регионы реализуют проекты в сфере туризма")
    fields = {f for f, words in NON_SOCIAL_FIELDS.items() if (about | framed) & words}
    works = PUBLIC_WORKS_FIELDS | ECONOMY_FIELDS
    if fields & (ECONOMY_FIELDS | {"works"}) and fields <= works and \
            not _names_social_sphere(m, proper):
        return True
    regions_alone = all(p.name in bare for p in parties) and \
        len({r for p in parties for r in p.regions}) >= 2 and \
        not (any(field_agents_told(c, proper) for c in m.candidates) and
             not any(_clause_names_sphere(c, proper | SERVED_GROUP_WORDS)
                     for c in m.candidates))
    return bool(about & (OTHER_FIELD_WORDS | CULTURE_TOPIC_WORDS)) and bool(parties) and \
        not regions_alone


def field_agents_told(c: _Candidate, proper: frozenset[str]) -> bool:
    """social60: does the clause of a mention (``_clause_bounds``) tell who made the
    agreement as a field's officials or bodies, a post or a body's noun (``ORG_HEADS``,
    ``MINISTER_WORDS``) with a word of a field a body may serve (``OTHER_FIELD_WORDS``)
    hung on it, and name nothing of the social sphere proper? "министр культуры края и
    министр культуры области подписали соглашение о гастролях театров", "соглашение от
    лица министерств культуры обеих республик заключили их заместители": the two regions
    are the sides by name only, the bodies that act are culture's. Regions alone keep any field
    in ``other_field_subject``; told so, they do not, unless the clause of any mention of
    the record names the sphere ("Соглашение о нём подписали министры социальной защиты
    двух областей" joined to it keeps it). "министр социального развития и министр
    культуры подписали соглашение о социальном туризме" names the sphere. fixsocial60: so do
    the groups it serves told by their own adjective (``SERVED_GROUP_WORDS``): "министры
    культуры двух республик подписали соглашение о доступности музеев для незрячих
    посетителей" is social whatever its venue. Only from the parse."""
    sent = c.sentence
    if not sent.parsed or _clause_names_sphere(c, proper | SERVED_GROUP_WORDS):
        return False
    toks = sent.tokens
    lo, hi = _clause_bounds(sent, _token_index(sent, c.trigger.start))
    heads = ORG_HEADS | MINISTER_WORDS
    return any(toks[i].lemma in OTHER_FIELD_WORDS and toks[i].rel == "nmod" and
               0 <= toks[i].head < len(toks) and toks[toks[i].head].lemma in heads
               for i in range(lo, hi))


def works_phrase_topic(models: Models, parties: list[_Party], m: _Merged) -> bool:
    """field59: an agreement whose topic phrase, read whole (``_about_phrase_lemmas`` with
    frames and economy: the "о ..." noun's subtree past its commas, "по ..." on a roadmap),
    names public works (``NON_SOCIAL_FIELDS["works"]``) and no field but works, transport
    and the economy, nothing of the social sphere proper, no side of it a body of that
    sphere and no sentence of it naming the sphere, is works' business, no record, as
    ``other_field_subject`` reads it from the words right after "о": "дорожная карта по
    реконструкции трассы и по запуску автобусных маршрутов", "соглашение о кредитовании
    проектов области, в частности возведения мостов и дорог" (the works told past the
    comma). A roadmap's kind ("дорожная карта") is no road; "о
    строительстве реабилитационного центра" or a sentence naming the sphere keeps it."""
    proper = SOCIAL_PROPER_WORDS
    topic: set[str] = set()
    for c in m.candidates:
        topic |= _about_phrase_lemmas(c, frames=True, economy=True)
        topic -= ROADMAP_DOCUMENTS.get(c.trigger.lemma, frozenset())
    if topic & proper or any(_side_words(models, p) & proper for p in parties):
        return False
    topic |= {word for pair, word in FIELD_WORD_PAIRS.items() if pair <= topic}
    fields = {f for f, words in NON_SOCIAL_FIELDS.items() if topic & words}
    if "works" not in fields or not fields <= PUBLIC_WORKS_FIELDS | ECONOMY_FIELDS:
        return False
    return not _names_social_sphere(m, proper)


def _names_social_sphere(m: _Merged, proper: frozenset[str], compounds: bool = True) -> bool:
    """hidden40: does a sentence of the agreement name the social sphere, by a word of
    ``proper`` or, with ``compounds``, as the first half of a compound adjective
    ("социально-культурный": "социально" read as "социальный")? multi47: a mention of
    several agreements at once (``several_agreements``: "Оба соглашения касаются
    социальной сферы") speaks of the set, not of the one it may have joined, so its
    sentence is not read."""
    return _sentences_name_sphere(m.candidates, proper, compounds)


def _sentences_name_sphere(cands: list[_Candidate], proper: frozenset[str],
                           compounds: bool = True) -> bool:
    """``_names_social_sphere`` over the given candidates' sentences (event49: those that
    name a side, ``schooling_outside_social_sphere``): "Министерство и вуз заключили
    соглашение о практике студентов в домах-интернатах" names the sphere by its care home."""
    for c in cands:
        if several_agreements(c):
            continue
        others = other_agreement_phrases(c.sentence, _token_index(c.sentence, c.trigger.start))
        for i, t in enumerate(c.sentence.tokens):
            if age_of_field(c.sentence, i) or i in others:
                continue
            if any(w in proper for w in word_lemmas(t)) or compounds and any(
                    half.endswith("о") and f"{half[:-1]}ый" in proper
                    for half in t.lemma.split("-")[:-1]):
                return True
    return False


def other_agreement_phrases(sent: Sentence, k: int) -> set[int]:
    """social60: the token indexes of the other agreements a sentence names beside the one
    at ``k``, each read as its noun's subtree in the parse (a noun of ``TRIGGERS`` or a
    roadmap, ``ROADMAP_DOCUMENTS``, with its kind): "подписали соглашение о строительстве
    дороги, а в марте подпишут дорожную карту по уходу за пожилыми" names care for the
    roadmap, not for the road's agreement, so a sentence of the road's agreement does not
    name the social sphere by it; the other noun's coordinate clause (``_coordinate_bounds``,
    cut at ", а") is its own too when the one at ``k`` is not in it, as the parser may hang
    its phrase elsewhere. A noun under the one at ``k`` ("дополнительное соглашение к
    прежнему соглашению о социальном обслуживании") or over it tells its own topic and is
    kept; an unparsed sentence gives none."""
    toks = sent.tokens
    if not sent.parsed or not 0 <= k < len(toks):
        return set()
    own = set(subtree(sent, k)) | set(ancestors(sent, k))
    out: set[int] = set()
    for j, t in enumerate(toks):
        if j in own or j in out or t.pos != "NOUN":
            continue
        kinds = ROADMAP_DOCUMENTS.get(t.lemma)
        if t.lemma in TRIGGERS or kinds is not None and any(
                toks[x].lemma in kinds for x in sent.children(j)):
            out |= set(subtree(sent, j))
            lo, hi = _coordinate_bounds(sent, j)  # "…, а в марте подпишут карту по уходу"
            if not lo <= k < hi:
                out |= set(range(lo, hi))
    return out


def several_agreements(c: _Candidate) -> bool:
    """multi47: is the candidate's agreement noun a mention of several agreements at once, in
    the plural or counted by a numeral ("Три соглашения касаются занятости", "два
    соглашения", "оба договора"), with no side of its own? Such a sentence tells what a set
    of agreements is about, not what one of them is; a mention naming its sides ("соглашения
    с фондом и центром") is read as before. Only from the parse."""
    return not c.parties and plural_agreement_noun(c)


def plural_agreement_noun(c: _Candidate) -> bool:
    """Is the candidate's agreement noun in the plural or counted by a numeral, whatever
    sides it names ("подписали соглашения", "два соглашения", "оба договора")? The test of
    ``several_agreements`` (multi47) before its own "no side"; signers69 reads it on the
    mentions joined to a record (``merge``). Only from the parse."""
    sent = c.sentence
    if not sent.parsed:
        return False
    toks = sent.tokens
    k = _token_index(sent, c.trigger.start)
    if not 0 <= k < len(toks):
        return False
    return c.count > 1 or toks[k].feats.get("Number") == "Plur" or \
        any(toks[x].rel.startswith("nummod") for x in sent.children(k))


def touched_topic_lemmas(c: _Candidate) -> set[str]:
    """multi47: lemmas of the nouns and adjectives of the topic a verb of ``TOPIC_TELLING_VERBS``
    gives the agreement noun, its subject: "Соглашение с АО «Вектор» касается создания
    лаборатории микроэлектроники" gives "создание", "лаборатория", "микроэлектроника"; and
    the same verb's participle on the noun ("соглашение, касающееся поставок зерна"); agr57:
    a verb of ``TOPIC_TELLING_PASSIVES`` whose passive subject the noun is ("Соглашение с
    АО «Вектор» посвящено ремонту котельных"), or its participle ("соглашение, посвящённое
    ремонту котельных"). Each
    object or oblique of the verb is read as its subtree. An unparsed sentence, or a noun
    that is no such subject, gives none."""
    sent = c.sentence
    if not sent.parsed:
        return set()
    toks = sent.tokens
    k = _token_index(sent, c.trigger.start)
    if not 0 <= k < len(toks):
        return set()
    verbs = [x for x in sent.children(k) if toks[x].rel in {"acl", "amod"} and
             toks[x].lemma in TOPIC_TELLING_VERBS | TOPIC_TELLING_PARTICIPLES |
             TOPIC_TELLING_PASSIVES]
    h = toks[k].head
    if toks[k].rel == "nsubj" and 0 <= h < len(toks) and toks[h].lemma in TOPIC_TELLING_VERBS:
        verbs.append(h)
    # agr57: "Соглашение посвящено содержанию трасс": the noun the subject of a passive
    if toks[k].rel == "nsubj:pass" and 0 <= h < len(toks) and \
            toks[h].lemma in TOPIC_TELLING_PASSIVES:
        verbs.append(h)
    verbs += _subjectless_topic_verbs(sent, k)
    out: set[str] = set()
    for v in verbs:
        for x in sent.children(v):
            if toks[x].rel in {"obj", "obl", "iobj"} and x != k:
                out |= {toks[i].lemma for i in subtree(sent, x)
                        if toks[i].pos in {"NOUN", "ADJ", "PROPN"}}
    return out


def _subjectless_topic_verbs(sent: Sentence, k: int) -> list[int]:
    """event49: the verbs of ``TOPIC_TELLING_VERBS`` the parser left with no subject, each a
    root of its own after the agreement noun, itself a root: a noun set off by dashes before
    its verb splits the tree ("Третье соглашение — между городом и ООО «Вектор» — касается
    ремонта стадиона": "соглашение" and "касается" both roots). Such a verb tells the topic
    of the noun before it as its subject would. A verb with a subject of its own ("Вопрос
    касается ...") or the noun under another head gives none."""
    toks = sent.tokens
    if toks[k].rel != "root":
        return []
    return [v for v in range(k + 1, len(toks))
            if toks[v].rel == "root" and toks[v].lemma in TOPIC_TELLING_VERBS and
            not any(toks[x].rel.startswith("nsubj") for x in sent.children(v))]


def schooling_outside_social_sphere(models: Models, parties: list[_Party], m: _Merged) -> bool:
    """event49: an agreement about schooling alone, no side of it a body of the social sphere,
    is education's business, no record. Its own words (the "о ..." phrases of its clause,
    "в сфере ...", the verb telling its topic: ``_about_lemmas``, ``_about_phrase_lemmas``
    with frames, ``touched_topic_lemmas``) name teaching or schools (``TEACHING_WORDS``,
    ``SCHOOLING_NOUNS``) and nothing else of the social sphere proper; a side of it is a
    school, a body of education, a company or a body of a field outside the social sphere
    (``_schooling_side``); every other side names no kind of body at all (no word of
    ``ORG_HEADS``: a short or cut name, "Сибстрин"). "Министерство образования области и
    АО «Стройтрест» подписали соглашение о строительстве трёх школ", "министерство
    строительства и технический университет — об обучении инженеров для дорожных трестов",
    "с ООО «Код» — о создании лаборатории образовательных приложений".

    A side of the social sphere ("с министерством социальной защиты о подготовке
    социальных работников"), a topic naming it ("о переобучении инвалидов", "о
    строительстве детского дома") or a sentence of the agreement that names a side and
    names the sphere keeps the record (a bare mention joined to it may be another item's:
    "Соглашение позволит развить систему ухода"): the golds keep training staff for social
    services. A side of another kind of body keeps it, whatever its name says of its field
    ("Отделение СФР по области и университет — об обучении сотрудников фонда, принимающих
    посетителей": the fund named by its acronym); a record of one side read needs it to be
    a body of education or of another field, not a school or a company, whose partner left
    unread may be of the social sphere ("ведомство готовит договор об обучении кадров с
    техническим университетом" on a ministry's page); sides none of which is such a body
    ("Правительство области и мэрия") are left to the other passes."""
    if not parties:
        return False
    proper = SOCIAL_PROPER_WORDS - TEACHING_WORDS
    words = [_side_words(models, p) for p in parties]
    if any(w & proper for w in words):
        return False
    topic: set[str] = set()
    for c in m.candidates:
        topic |= _about_lemmas(c) | _about_phrase_lemmas(c, frames=True) | \
            touched_topic_lemmas(c)
    if not topic & (TEACHING_WORDS | SCHOOLING_NOUNS) or topic & proper:
        return False
    if len(parties) < 2 and not words[0] & (TEACHING_WORDS | NON_SOCIAL_FIELD_WORDS):
        return False  # a school or company alone: its partner, unread, may be social
    schooling = [_schooling_side(p, w, models) for p, w in zip(parties, words, strict=True)]
    if not any(schooling) or any(not school and w & ORG_HEADS
                                 for school, w in zip(schooling, words, strict=True)):
        return False
    named = [c for c in m.candidates if c.parties] or m.candidates
    return not _sentences_name_sphere(named, proper)


def _schooling_side(p: _Party, words: set[str], models: Models) -> bool:
    """event49: is the side a school (``SCHOOL_HEADS``), a body of education (a teaching word
    in its name: "Министерство образования и науки"), a company (``_company``) or a body of
    a field outside the social sphere (a word of ``NON_SOCIAL_FIELDS`` in its name:
    "Министерство строительства")?"""
    return bool(words & (SCHOOL_HEADS | TEACHING_WORDS | NON_SOCIAL_FIELD_WORDS)) or \
        _company(p, models)


def schools_on_teaching(models: Models, parties: list[_Party], m: _Merged) -> bool:
    """multi47: an agreement every side of which is a school (a university, an institute, a
    college: ``SCHOOL_HEADS`` in its name) and none a body of the social sphere, whose
    stated subject (the "о ..." phrase) names nothing of the social sphere but teaching
    (``TEACHING_WORDS``: "образовательный", "кадр", "специалист") and the manner of working
    together, no sentence of it naming more, is the schools' own business, no record: "Ректоры
    двух технических университетов скрепили подписями договор об образовательной программе
    двух дипломов по геологии". Teaching counts as social when a school trains staff for the
    social sphere ("об обучении социальных работников", "о программе по гериатрии") or a
    side serves it ("с министерством социальной защиты"). A record with one side read needs
    its sentences to name two schools (``_schools_named``): "соглашение о подготовке кадров
    с техническим университетом" on a ministry's page may train the ministry's own staff."""
    if not parties or len(parties) < 2 and _schools_named(m) < 2:
        return False
    proper = SOCIAL_PROPER_WORDS - TEACHING_WORDS
    for p in parties:
        words = _side_words(models, p)
        if not words & SCHOOL_HEADS or words & proper:
            return False
    about: set[str] = set()
    for c in m.candidates:
        about |= _about_phrase_lemmas(c)
    if not about & TEACHING_WORDS or about & proper:
        return False
    return not _names_social_sphere(m, proper)


def _schools_named(m: _Merged) -> int:
    """multi47: the most schools one sentence of the agreement names, each noun of
    ``SCHOOL_HEADS`` one, a plural one two: "ректор Энского университета и ректор
    Омского университета" and "ректоры двух университетов" name two."""
    most = 0
    for c in m.candidates:
        n = sum(2 if t.feats.get("Number") == "Plur" else 1 for t in c.sentence.tokens
                if t.lemma in SCHOOL_HEADS)
        most = max(most, n)
    return most


def sideless_outside_social_sphere(parties: list[_Party], m: _Merged) -> bool:
    """pair67: an agreement with no side found anywhere whose stated subject names no word
    of the social sphere (``SOCIAL_SPHERE_WORDS``) is business of another field, no record:
    "министерство и округ намерены подписать соглашение о передаче участка дороги в
    собственность района", "соглашение о предоставлении субсидии
    футбольному клубу уже подписано". A sentence of the agreement naming the social sphere
    elsewhere keeps it, its sides told by their officials: "министр социальной защиты
    области и ректор университета подписали соглашение о практике студентов". With no
    subject stated, ``_identified`` decides."""
    if parties:
        return False
    about: set[str] = set()
    for c in m.candidates:
        about |= _about_lemmas(c)
    if not about or about & SOCIAL_SPHERE_WORDS:
        return False
    return not any(t.lemma in SOCIAL_SPHERE_WORDS for c in m.candidates
                   for t in c.sentence.tokens)


def _about_phrase_lemmas(c: _Candidate, frames: bool = False, economy: bool = False
                         ) -> set[str]:
    """extra97: lemmas of the nouns and adjectives of the "о/об ..." phrases hung on the
    candidate's agreement noun in the parse, each read as its noun's subtree ("соглашение о
    предоставлении субсидии посёлок получил весной" gives "предоставление", "субсидия", not
    the words after it); an unparsed sentence gives none. topic43: with ``frames``, also a
    phrase of a noun framing a field under its own preposition (``TOPIC_FRAME_NOUNS``:
    "соглашение в сфере торговли", "по вопросам занятости") and the noun's own adjectives
    ("инвестиционное соглашение"). agr55: with ``economy`` (``economy_topic_alone`` alone;
    fixagr55: not ``frames``, which the schooling pass reads too), also a phrase under a
    preposition of topic (``TOPIC_PREPOSITIONS``: "дорожная карта по развитию торговли") and
    an "о ..." phrase the parser hung on a side of the noun (``side_topic_heads``); agr57: and
    a genitive of cooperation told on the noun with no preposition (``cooperation_genitive``:
    "дорожная карта торгово-экономического сотрудничества")."""
    sent = c.sentence
    if not sent.parsed:
        return set()
    toks = sent.tokens
    k = _token_index(sent, c.trigger.start)
    out: set[str] = set()
    heads = [x for x in sent.children(k) if toks[x].rel == "nmod"]
    if economy:  # agr55: a topic the parser hung on the last side of "между X и Y"
        heads += side_topic_heads(sent, k)
        for x in cooperation_genitive(sent, k):  # agr57: "карта торгового сотрудничества"
            out |= {w for i in subtree(sent, x) if toks[i].pos in {"NOUN", "ADJ", "PROPN"}
                    for w in word_lemmas(toks[i])}
    if frames:
        out |= {toks[x].lemma for x in sent.children(k) if toks[x].rel == "amod"}
    for x in heads:
        cases = {toks[y].lemma for y in sent.children(x) if toks[y].rel == "case"}
        framed = frames and bool(cases & TOPIC_FRAME_NOUNS.get(toks[x].lemma, frozenset()))
        framed |= economy and bool(cases & TOPIC_PREPOSITIONS)  # agr55: "карта по торговле"
        if cases & ABOUT_PREPOSITIONS or framed:  # social60: a hyphenated noun's parts too
            out |= {w for i in subtree(sent, x)
                    if toks[i].pos in {"NOUN", "ADJ", "PROPN"} and not age_of_field(sent, i)
                    for w in word_lemmas(toks[i])}
    if economy and k + 1 < len(toks) and toks[k + 1].lemma in ABOUT_PREPOSITIONS:
        # status70: the phrase right after the noun, read by morphology wherever the parser
        # hung its words
        out |= {w for i in about_run(sent, k + 1) for w in word_lemmas(toks[i])}
    return out


def about_run(sent: Sentence, y: int) -> list[int]:
    """status70: the words of the "о/об ..." phrase whose preposition is at ``y``, read by
    morphology: the run right after it of adjectives and nouns in the prepositional case
    (with the commas and conjunctions between them), up to the first word of another case.
    The parser often tears a list of adjectives off their noun, or hangs the preposition on
    a side named after it: in "подписали договор о морском, речном и авиационном
    сообщении" the noun's subtree may lose "морском"; read so, the phrase keeps every one
    (``_about_phrase_lemmas`` with ``economy``, for the phrase right after the agreement
    noun). Not past the phrase: "о сотрудничестве между областью и республикой" stops at
    "между". Morphology only."""
    toks = sent.tokens
    out: list[int] = []
    for i in range(y + 1, len(toks)):
        t = toks[i]
        if t.pos in {"ADJ", "NOUN", "PROPN"} and t.feats.get("Case") == "Loc":
            out.append(i)
        elif t.pos == "CCONJ" or t.text == ",":
            continue
        else:
            break
    return out


def cooperation_genitive(sent: Sentence, k: int) -> list[int]:
    """agr57: the genitives of a noun of the manner of working together
    (``COOPERATION_MANNER_WORDS``: "сотрудничество", "взаимодействие") hung on the agreement
    noun at ``k`` with no preposition of their own: they name the document's field as an
    "о ..." phrase does, by their adjectives: "подписали новую дорожную карту
    торгово-экономического сотрудничества" tells trade as "соглашение о торгово-экономическом
    сотрудничестве" does;
    "программа межрегионального взаимодействия в сфере занятости" tells employment. Not a
    genitive of a side ("соглашение правительства края") nor one under a preposition
    ("карта по развитию сотрудничества" is read as the preposition's phrase). Only from the
    parse."""
    toks = sent.tokens
    if not 0 <= k < len(toks):
        return []
    return [x for x in sent.children(k)
            if toks[x].rel == "nmod" and toks[x].lemma in COOPERATION_MANNER_WORDS and
            toks[x].feats.get("Case") == "Gen" and
            not any(toks[y].rel == "case" for y in sent.children(x))]


def side_topic_heads(sent: Sentence, k: int) -> list[int]:
    """agr55: the "о ..." phrases the parser hangs on a side instead of on the agreement noun
    at ``k``: in "подписали соглашение между правительством области и облисполкомом о
    торговом сотрудничестве" the topic becomes a child of "облисполкомом", the last conjunct
    of the noun's "между" phrase. A side is reached from the noun through its "между"/"с"
    phrase (``OWN_SIDE_PREPOSITIONS``) and the conjuncts and names under it (``nmod``, ``conj``,
    ``flat``, ``appos``); an "о" phrase hung on one of those words is the noun's topic. Not a
    phrase inside a clause (a relative clause or a participle on a side: "с фондом, который
    рассказал о …") nor under another preposition ("по вопросам о …" hangs on its own noun)."""
    toks = sent.tokens
    out: list[int] = []
    stack: list[int] = []
    for x in sent.children(k):
        cases = {toks[y].lemma for y in sent.children(x) if toks[y].rel == "case"}
        if toks[x].rel == "nmod" and cases & OWN_SIDE_PREPOSITIONS:
            stack.append(x)
    seen: set[int] = set()
    while stack:
        x = stack.pop()
        if x in seen:
            continue
        seen.add(x)
        for y in sent.children(x):
            rel = toks[y].rel.split(":")[0]
            cases = {toks[z].lemma for z in sent.children(y) if toks[z].rel == "case"}
            if rel in {"nmod", "conj"} and cases & ABOUT_PREPOSITIONS:
                out.append(y)
            elif rel in SIDE_CHAIN_RELATIONS and not cases - OWN_SIDE_PREPOSITIONS:
                stack.append(y)
    return out


def economy_topic_alone(models: Models, parties: list[_Party], m: _Merged) -> bool:
    """topic43: an agreement the story tells as signed or planned whose own words name its
    topic (the "о ..." phrase, "в сфере ...", "по вопросам ...", the noun's adjectives:
    ``_about_phrase_lemmas`` with frames and economy) as trade, industry, investment,
    science or farming (``ECONOMY_TOPIC_WORDS``) and nothing of the social sphere proper, of
    the fields beside it or of the humanities, none of its sides a body of the social sphere
    and no sentence of it naming that sphere, is the economy's business, no record:
    "Правительство края и облисполком соседней страны подписали соглашение о развитии
    торговли и промышленной кооперации". A framework only recalled ("mentioned": "документ
    продолжает давний договор регионов о торгово-экономическом сотрудничестве") stays, and so
    does a topic with a social word or compound ("о торговых и
    социально-культурных связях", "о содействии занятости и торговле"). agr55: culture and
    the humanities are strands of such a framework, no field that keeps it
    (``TRADE_FRAMEWORK_STRANDS``: "край и облисполком соседней страны заключили договор о
    научно-техническом, культурном и торгово-экономическом сотрудничестве" is no record;
    "… и социально-культурном …" is); a framework whose topic is told only where it is the
    base of another document ("в развитие соглашения о …", "во исполнение", ``BASE_NOUNS``:
    ``base_dated_by_plan_period``) is recalled, whatever status the sentence gave it, and
    stays ("Во исполнение соглашения министерства создадут рабочую группу", told after the
    signing of the trade agreement, names no topic: the signed one goes); a roadmap's kind
    ("дорожная карта по торговле") is no road."""
    if m.status == "mentioned":
        return False
    topic: set[str] = set()
    told = []  # agr55: the candidates that tell the topic, each under a noun of base or not
    for c in m.candidates:
        own = _about_phrase_lemmas(c, frames=True, economy=True)
        topic |= own
        if own:
            told.append(base_dated_by_plan_period(
                c.sentence, _token_index(c.sentence, c.trigger.start)))
    if told and all(told):  # "в развитие соглашения о …" recalls a base, told only so
        return False
    # agr55: beside trade, "гуманитарный" names the humanities, not humanitarian aid
    proper = SOCIAL_PROPER_WORDS - TRADE_FRAMEWORK_STRANDS
    for c in m.candidates:  # agr55: a roadmap's kind ("дорожная карта") is no road
        topic -= ROADMAP_DOCUMENTS.get(c.trigger.lemma, frozenset())
    # agr55: culture and the humanities beside trade are the strands of the regions' trade
    # framework, no field of their own ("о торгово-экономическом, научно-техническом и
    # культурном сотрудничестве")
    if not topic & ECONOMY_TOPIC_WORDS or \
            topic & (proper | (OTHER_FIELD_WORDS - TRADE_FRAMEWORK_STRANDS)) or \
            any(half.endswith("о") and f"{half[:-1]}ый" in proper
                for word in topic for half in word.split("-")[:-1]):
        return False
    # fixagr55: a side's name keeps the whole list ("Российский государственный гуманитарный
    # университет" is a side of the sphere, as before agr55); the sentences' check keeps
    # ``proper``, as it reads the topic's own words too ("в гуманитарной и
    # торгово-экономической сферах")
    if any(_side_words(models, p) & SOCIAL_PROPER_WORDS for p in parties):
        return False
    return not _names_social_sphere(m, proper)


def general_bodies_off_sphere(models: Models, analysis: Analysis, regions: list[RegionRef],
                              parties: list[_Party], status: str) -> bool:
    """agreements69: an agreement whose every side is a region or a body of a region's or a
    town's general government (``GENERAL_GOVERNMENT_HEADS``: "правительство",
    "облисполком", "администрация") on a page that names nothing of the social sphere, by
    no word of its sentences (``SOCIAL_PROPER_WORDS`` beside the strands of the regions'
    trade framework, ``TRADE_FRAMEWORK_STRANDS``, or the first half of a compound:
    "социально-культурный"), is the regions' general business, no record, when the page
    names a field of that business (``_page_names_business``: trade, tourism, transport,
    building; a page naming no field at all tells nothing of it): "Энская область
    и соседняя область Казахстана утвердили план совместных выставок и поставок зерна", a
    tourism route of two regions, a roadmap built on their trade agreement, signed or
    planned, whether or not its own words name a topic (``economy_topic_alone`` reads
    only a topic the agreement's own words give). A framework only recalled ("mentioned":
    "ещё в 2002 году правительства подписали договор о торговле") stays, as
    ``economy_topic_alone`` keeps it. A side of a field ("Министерство
    сельского хозяйства", a company) keeps the record for the field passes to judge; one
    side at least (a side lost does not keep the other). Regions named as places ("Энская
    область и соседний край подписали соглашение о туризме") keep it: bcast90 reads their
    cooperation as the regions' own, whatever its field."""
    if not parties or status == "mentioned":
        return False
    for p in parties:
        words = _side_words(models, p)
        if not words & GENERAL_GOVERNMENT_HEADS or words & SOCIAL_PROPER_WORDS:
            return False
    return _page_reading(analysis, "business", _page_names_business) and \
        not _page_reading(analysis, "sphere", _page_names_sphere)


# fixagreements69: the page readings of the last few analyses asked about: every merged
# record reaching ``general_bodies_off_sphere`` asks the same page, read once per question
_PAGE_READINGS: HeldPerDocument[Analysis, dict[str, bool]] = HeldPerDocument(4)


def _page_reading(analysis: Analysis, question: str,
                  read: Callable[[Analysis], bool]) -> bool:
    """``read(analysis)``, read once per analysis and question (lazily: a question not
    asked is not read)."""
    held = _PAGE_READINGS.get(analysis, lambda _: {})
    if question not in held:
        held[question] = read(analysis)
    return held[question]


# the fields ``_page_names_business`` reads, one union for every page
_BUSINESS_FIELD_WORDS = ECONOMY_TOPIC_WORDS | NON_SOCIAL_FIELD_WORDS | SUBSOIL_WORDS | \
    TRADE_FRAMEWORK_STRANDS


def _page_names_business(analysis: Analysis) -> bool:
    """Does any sentence of the page name a field of the economy or another field outside the
    social sphere (``ECONOMY_TOPIC_WORDS``, ``NON_SOCIAL_FIELD_WORDS``, ``SUBSOIL_WORDS``, the
    trade framework's strands ``TRADE_FRAMEWORK_STRANDS``: "товарооборот", "туристический",
    "мост")? A page naming no field at all ("Соглашение между двумя областями так и не
    подписали") tells nothing of the business."""
    fields = _BUSINESS_FIELD_WORDS
    for sent in analysis.sentences:
        toks = sent.tokens
        for i, t in enumerate(toks):
            kind = ROADMAP_DOCUMENTS.get(toks[i + 1].lemma, frozenset()) \
                if i + 1 < len(toks) else frozenset()
            if t.lemma not in kind and any(w in fields for w in word_lemmas(t)):
                return True  # a roadmap's kind ("дорожная карта") is no road
    return False


def _page_names_sphere(analysis: Analysis) -> bool:
    """Does any sentence of the page name the social sphere, by a word of
    ``SOCIAL_PROPER_WORDS`` (not the strands of a trade framework, ``TRADE_FRAMEWORK_STRANDS``)
    or the first half of a compound ("социально-культурный")?"""
    proper = SOCIAL_PROPER_WORDS - TRADE_FRAMEWORK_STRANDS
    for sent in analysis.sentences:
        for t in sent.tokens:
            if any(w in proper for w in word_lemmas(t)) or any(
                    half.endswith("о") and f"{half[:-1]}ый" in proper
                    for half in t.lemma.split("-")[:-1]):
                return True
    return False


def sphere_disowned(c: _Candidate) -> bool:
    """extra44: is the mention an agreement its own clause says is not of the social sphere,
    another field's business, no record? "Пятое соглашение к социальной сфере не относится:
    администрация края и авиакомпания договорились о новых рейсах" (``_disowns_sphere``).
    The story says so itself; neither the sides nor a topic word need tell it."""
    return _disowns_sphere(c.sentence, _token_index(c.sentence, c.trigger.start))


def _disowns_sphere(sent: Sentence, k: int) -> bool:
    """Is the agreement noun at ``k`` the subject of a verb of belonging
    (``SPHERE_BELONGING_VERBS``: "относиться", "касаться") negated by "не" right before it
    (a word between at most: "прямо не относится"), with the social sphere named in the same
    clause, up to a colon or a semicolon, by its own adjective (``SPHERE_NAMING_WORDS``: "к
    социальной сфере", "социальных вопросов"; not "не касается выплат": a topic left out)?
    Read by the parse (the noun's head), or, unparsed, the verb after the noun in its
    clause. "не только"/"не лишь" before the sphere is a sphere and more: "Соглашение
    касается не только социальной сферы" is no disowning."""
    toks = sent.tokens
    lo = k
    while lo > 0 and toks[lo - 1].text not in {":", ";"}:
        lo -= 1
    hi = k + 1
    while hi < len(toks) and toks[hi].text not in {":", ";"}:
        hi += 1
    if sent.parsed:
        verbs = [toks[k].head] if toks[k].rel == "nsubj" and lo <= toks[k].head < hi else []
    else:
        verbs = [i for i in range(k + 1, hi) if toks[i].lemma in SPHERE_BELONGING_VERBS][:1]
    for v in verbs:
        if toks[v].lemma not in SPHERE_BELONGING_VERBS:
            continue
        negated = any(toks[i].lemma == "не" for i in range(max(lo, v - 2), v))
        limited = any(toks[i].lemma in SPHERE_LIMITING_WORDS for i in range(lo, hi))
        social = any(toks[i].lemma in SPHERE_NAMING_WORDS for i in range(lo, hi))
        if negated and not limited and social:
            return True
    return False


def funding_alone(models: Models, parties: list[_Party], m: _Merged) -> bool:
    """extra97: an agreement whose stated subject is only the grant of money (a subsidy, a
    grant, a transfer: ``FUNDING_WORDS``, beside the words of giving it) is a funding
    contract, not cooperation, when nothing of the social sphere proper is named by its
    subject, its sides' names or any sentence telling it: "Деньги на ремонт моста выделят
    из областного бюджета: соглашение о предоставлении субсидии посёлок подписал с
    министерством строительства ещё весной". A subsidy "на оплату сиделок одиноким
    старикам", a side of social protection ("с департаментом соцзащиты области") or a
    sentence of the record naming people with disabilities keeps it
    (``_names_social_sphere``, by whole words only: "социально-экономического развития"
    beside a subsidy names no social sphere); with no subject stated, other passes decide."""
    proper = SOCIAL_PROPER_WORDS
    about: set[str] = set()
    for c in m.candidates:
        about |= _about_phrase_lemmas(c)
    if not about & FUNDING_WORDS or about - FUNDING_WORDS - FUNDING_GIVING_WORDS:
        return False
    if any(_side_words(models, p) & proper for p in parties):
        return False
    return not _names_social_sphere(m, proper, compounds=False)


def team_dealings(models: Models, parties: list[_Party], m: _Merged) -> bool:
    """agr69: an agreement told in a clause naming a sports team's dealings (a player by
    his position, a transfer, a sponsor: ``TEAM_DEAL_WORDS``) is a club's business, no
    record of this domain: "«Сокол» подписал соглашение с нападающим Ивановым", "клуб
    достиг соглашения о переходе вратаря", "клуб продлил соглашение с титульным
    спонсором". A word of the social sphere proper in that clause or in a side's name
    keeps it ("соглашение со спонсором турнира для детей с инвалидностью"). Read from the
    lemmas of each mention's clause."""
    proper = SOCIAL_PROPER_WORDS
    clause: set[str] = set()
    for c in m.candidates:
        k = _token_index(c.sentence, c.trigger.start)
        lo, hi = _clause_bounds(c.sentence, k)
        clause |= {t.lemma for t in c.sentence.tokens[lo:hi]}
    if not clause & TEAM_DEAL_WORDS or clause & proper:
        return False
    return not any(_side_words(models, p) & proper for p in parties)


def field_bodies_alone(analysis: Analysis, models: Models, parties: list[_Party],
                       m: _Merged) -> bool:
    """field59: an agreement a body of a field outside the social sphere makes (a ministry,
    a department or a committee whose own name names building, transport, industry, trade,
    the economy or farming, or sport, culture or tourism: every field of
    ``NON_SOCIAL_FIELDS`` with ``ECONOMY_TOPIC_WORDS``; fixfield59: "министерство культуры"
    with a company "о реставрации усадьбы" is no record, with "о бесплатных экскурсиях для
    пенсионеров" one) with a
    company or with no other side read, about a stated topic (``_field_topic``) naming
    nothing of the social sphere proper, is that field's business, no record:
    "министерство строительства области и группа компаний «Северный дом» подписали
    соглашение о развитии квартала у реки", "соглашение с министерством
    промышленности и торговли о выпуске станков". The bodies' own fields tell it where
    the topic alone does not ("о развитии квартала у реки" names no field). A side
    of the social sphere, a topic naming it ("о трудоустройстве инвалидов на заводе") or a
    sentence told of what the agreement gives people ("Документ предусматривает квоты
    для людей с инвалидностью": a bare mention joined to it) keeps the record; a side that
    is a region, a town or a body of no field (``ORG_HEADS`` without a field's word:
    "Правительство области") leaves it to the other passes; a bare "о сотрудничестве" tells
    no topic and keeps it."""
    if not parties:
        return False
    proper = SOCIAL_PROPER_WORDS
    words = [_side_words(models, p) for p in parties]
    if any(w & proper for w in words):
        return False
    fields = NON_SOCIAL_FIELD_WORDS | ECONOMY_TOPIC_WORDS
    kinds = [_field_body(w, fields) or _company(p, models) or _company_told(analysis, p)
             for p, w in zip(parties, words, strict=True)]
    if not all(kinds) or not any(_field_body(w, fields) for w in words):
        return False
    topic = _field_topic(m) - set().union(*words) - COOPERATION_MANNER_WORDS
    if not topic or topic & proper or any(
            half.endswith("о") and f"{half[:-1]}ый" in proper
            for word in topic for half in word.split("-")[:-1]):
        return False
    named = [c for c in m.candidates if c.parties]
    bare = [c for c in m.candidates if not c.parties and not several_agreements(c)]
    return not any(_clause_names_sphere(c, proper) for c in named) and \
        not _sentences_name_sphere(bare, proper)


def _field_body(words: set[str], fields: frozenset[str]) -> bool:
    """field59: is a side's name (its lemmas) a body (``ORG_HEADS``: "министерство",
    "департамент") whose name names a field outside the social sphere ("Министерство
    строительства", "Департамент промышленности и торговли")? A school of a field
    (``SCHOOL_HEADS``: "сельскохозяйственная академия") is none: it teaches people."""
    return bool(words & ORG_HEADS) and bool(words & fields) and not words & SCHOOL_HEADS


def _company_told(analysis: Analysis, p: _Party) -> bool:
    """field59: is the side a company by the word the text puts right before its name, past
    its opening quote, when the side's name left it out: "группа компаний «Северный дом»"
    gives the side "Северный дом", told as a company (``CORPORATION_WORDS``,
    ``COMMERCIAL_FORMS``)."""
    sent = analysis.sentence_holding(p.start)
    if sent is None:
        return False
    toks = sent.tokens
    k = next((i for i, t in enumerate(toks) if t.start >= p.start), len(toks))
    k -= 1
    while k >= 0 and toks[k].text in {"«", "\"", "„", "“"}:
        k -= 1
    return k >= 0 and (toks[k].lemma in CORPORATION_WORDS or
                       toks[k].text.lower() in COMMERCIAL_FORMS)


def _field_topic(m: _Merged) -> set[str]:
    """field59: the lemmas of the topic an agreement's mentions naming its sides give it:
    the "о ..." phrases, "в сфере ...", "по ..." and the noun's adjectives of a field
    (``_about_phrase_lemmas`` with frames and economy) and what a verb of topic says of it
    (``touched_topic_lemmas``). The noun's other adjectives tell which agreement, not its
    topic ("аналогичное соглашение", "второе", "отдельное"); a noun in the plural or
    counted tells the topic of a set of agreements ("подписало соглашения о реализации
    проектов с тремя компаниями"), not of one, and is not read. fixfield59: an item of a
    list under that plural noun tells its own topic on its line ("подписало два
    соглашения: ... 2) с ООО «Дом» — о развитии квартала у реки"), read from the item
    (``_Candidate.item_about``)."""
    fields = NON_SOCIAL_FIELD_WORDS | ECONOMY_TOPIC_WORDS
    out: set[str] = set()
    for c in m.candidates:
        if c.parties and c.item_about is not None:
            out |= c.item_about
            continue
        sent = c.sentence
        k = _token_index(sent, c.trigger.start)
        if not c.parties or not 0 <= k < len(sent.tokens) or c.count > 1 or \
                sent.tokens[k].feats.get("Number") == "Plur":
            continue
        own = {sent.tokens[x].lemma for x in sent.children(k)
               if sent.tokens[x].rel == "amod"} - fields
        out |= (_about_phrase_lemmas(c, frames=True, economy=True) - own) | \
            touched_topic_lemmas(c) | addendum_topic_lemmas(sent, k)
    return out


def addendum_topic_lemmas(sent: Sentence, k: int) -> set[str]:
    """social60: the topic of an addendum (the agreement noun at ``k`` with an adjective of
    ``ADDENDUM_ADJECTIVES``) is the topic of the document it is made to, under "к"
    (``ADDENDUM_TO``, a noun of ``SUPPLEMENTED_DOCUMENTS``): the lemmas of the nouns and
    adjectives of that noun's subtree. "дополнительное соглашение к государственному
    контракту на капитальный ремонт моста" is about the bridge's repair, as "соглашение о
    ремонте моста" is; "дополнительное соглашение к прежнему соглашению о социальном
    обслуживании" about social service. An addendum with no such noun, or a noun of no addendum,
    gives none; only from the parse."""
    toks = sent.tokens
    if not sent.parsed or not 0 <= k < len(toks):
        return set()
    kids = sent.children(k)
    if not any(toks[x].rel == "amod" and toks[x].lemma in ADDENDUM_ADJECTIVES for x in kids):
        return set()
    out: set[str] = set()
    for x in kids:
        if toks[x].rel == "nmod" and toks[x].lemma in SUPPLEMENTED_DOCUMENTS and any(
                toks[y].rel == "case" and toks[y].lemma in ADDENDUM_TO
                for y in sent.children(x)):
            out |= {w for i in subtree(sent, x) if toks[i].pos in {"NOUN", "ADJ", "PROPN"}
                    for w in word_lemmas(toks[i])}
    return out


def _clause_names_sphere(c: _Candidate, proper: frozenset[str]) -> bool:
    """field59: does the clause of the mention (``_clause_bounds``, cut at a colon after the
    agreement noun: what follows a colon tells the works, "…: здесь появятся квартал и
    детский сад") name the social sphere by a word of ``proper`` or a compound's first
    half ("социально-")?"""
    sent = c.sentence
    toks = sent.tokens
    k = _token_index(sent, c.trigger.start)
    lo, hi = _clause_bounds(sent, k)
    hi = next((i for i in range(k, hi) if toks[i].text == ":"), hi)
    for i in range(lo, hi):
        if age_of_field(sent, i):
            continue
        lemma = toks[i].lemma
        if any(w in proper for w in word_lemmas(toks[i])) or any(
                half.endswith("о") and f"{half[:-1]}ый" in proper
                for half in lemma.split("-")[:-1]):
            return True
    return False


def other_field_signing(c: _Candidate, m: _Merged) -> bool:
    """r60sig: is the mention a signing of another field's agreement that joined a social
    record of the same event? Its own topic (the "о ..." phrase with its frames, or what a
    verb of topic says: ``_about_phrase_lemmas``, ``touched_topic_lemmas``) names a field
    outside the social sphere (``NON_SOCIAL_FIELD_WORDS``, ``ECONOMY_TOPIC_WORDS``,
    ``SUBSOIL_WORDS``) and nothing of the sphere proper, nor does its clause
    (``_clause_names_sphere``), while another mention of the record names the sphere in its
    clause: "министр экономики и глава соседнего округа подписали соглашение о
    разведке месторождений" after "министерство и департамент заключили соглашение о
    социальном обслуживании пожилых". Its signers are that other agreement's
    (``merge.record_signers``). A mention of no topic ("подписали соглашение о
    сотрудничестве") or a plural one is not read. fixsig60: only a signing that joined the
    record as a mention of its own; when the social mention names no signer and the other
    field's signing follows it, the social mention's own candidate takes those persons
    (``candidate_signers._signatories`` reads the next sentence) and nothing here sees it."""
    if not c.signatories or len(m.candidates) < 2 or several_agreements(c) or \
            not c.sentence.parsed:
        return False
    proper = SOCIAL_PROPER_WORDS
    topic = (_about_phrase_lemmas(c, frames=True) | touched_topic_lemmas(c)) - \
        COOPERATION_MANNER_WORDS
    if not topic & (NON_SOCIAL_FIELD_WORDS | ECONOMY_TOPIC_WORDS | SUBSOIL_WORDS) or \
            topic & proper or _clause_names_sphere(c, proper):
        return False
    return any(d is not c and d.parties and _clause_names_sphere(d, proper)
               for d in m.candidates)


def _company(p: _Party, models: Models) -> bool:
    """A side named as a commercial company or a state corporation: "ООО «Север»", "ПАО
    «Ростелеком»", "госкорпорация «Росатом»". miss43: the legal form needs a name after
    it; a form's letters alone are no company ("НАО" written alone is the Nenets okrug).
    mentioned67: the form may follow one adjective in the nominative, a place's or a
    kind's, with a name after it ("Челябинское ПАО «Уралтруба»", "Новое ООО «Берег»").
    fixmentioned67: an adjective by the dictionary's first reading (the models given,
    ``agreement_types._adjective``), not by its ending alone: "Санаторий АО «Заря»" opens
    with a noun, no company. The dictionary is read only for a word a form follows."""
    words = p.name.lower().split()
    forms = COMMERCIAL_FORMS | CORPORATION_WORDS
    if len(words) >= 3 and words[1] in forms and words[0].endswith(NOM_ACC_ENDINGS) and \
            words[0].isalpha() and _adjective(models, words[0]):
        words = words[1:]  # the adjective opening the name: the form comes next
    return len(words) >= 2 and words[0] in forms


def _identified(m: _Merged) -> bool:
    """An agreement whose sides the text does not name is reported only when its own words
    single it out, by what it is about: "Договор о коллективной безопасности", "проект
    соглашения по борьбе с выбросами углерода" (a subject beyond cooperation in general).
    A bare "соглашение", "соглашение о сотрудничестве" or "мирное соглашение" with no side
    found anywhere says nothing a reader could use: "Документ планируется подписать до
    конца года" after "обсудили ход подготовки соглашения" is no record. A passing
    reference (``mentioned``) needs a proper name, the agreement noun capitalised inside
    its sentence ("на основе Договора о коллективной безопасности"), not only a subject
    ("в результате соглашения о разделе власти")."""
    if m.status != "mentioned":
        return bool(m.subject_key)
    return any(_proper_title(c) for c in m.candidates) and bool(m.subject_key)


def _proper_title(c: _Candidate) -> bool:
    """Is the agreement noun written as a name, capitalised after the sentence's first
    word and not after an opening quote or a full stop?"""
    toks = c.sentence.tokens
    k = next((i for i, t in enumerate(toks) if t.start == c.trigger.start), 0)
    return k > 0 and c.trigger.text[:1].isupper() and toks[k - 1].text not in {"«", "\"", ".",
                                                                             "—", "-", ":"}


def _between_plural_body(sent: Sentence, k: int) -> str | None:
    """The lemma of a plural body noun the agreement is "между": "соглашение о
    сотрудничестве между комитетами" gives "комитет"; None otherwise."""
    if not sent.parsed or not 0 <= k < len(sent.tokens):
        return None
    toks = sent.tokens
    for i in subtree(sent, k):
        t = toks[i]
        if t.lemma in ORG_HEADS and t.feats.get("Number") == "Plur" and any(
                toks[c].rel == "case" and toks[c].lemma in BETWEEN_PREPOSITIONS
                for c in sent.children(i)):
            return t.lemma
    return None


