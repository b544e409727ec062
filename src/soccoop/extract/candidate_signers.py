"""Candidate signers: the persons who signed one agreement mention.

The named persons of the signing clause or of the sentences that follow it
(``_signatories``), and the signer passes that look further: a back reference to the
agreement ("Его подписали министр ... и ..."), the sentences that introduce the sides'
signers, a signer told at a distance or by a side ("С узбекской стороны документ
подписал ..."), collective and card signers, assigned and speaking signers, a post's
holder, the gapped and segmented signings of a list, and the signers of an earlier
mention. It stands apart from extract.agreements because it only maps a mention to the
names of its signers through the document's persons and officials; which mentions are
agreements, and their status and sides, are decided elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from soccoop import names
from soccoop.extract.agreement_clauses import (
    _signing_path,
)
from soccoop.extract.agreement_types import (
    _DateIndex,
    _official_index,
    _Party,
    _region_at,
    _token_index,
)
from soccoop.extract.candidate_dates import (
    _names_agreement,
    signing_done,
)
from soccoop.extract.candidate_status import (
    adoption_to_come,
    relative_adoption_to_come,
    signing_to_come_of,
)
from soccoop.extract.lexicon import (
    ADOPT_VERBS,
    AGREEMENT_NOUNS,
    ANAPHORIC_BODIES,
    ATTENDANCE_WORDS,
    BARE_PLACES,
    BASE_WORDS,
    BODY_HEADS,
    CONTRAST_CONJUNCTIONS,
    COOPERATION_DOCUMENTS,
    COOPERATION_PROGRAMMES,
    DOCUMENT_REFERENCES,
    EXTEND_VERBS,
    FIRST_PERSON,
    FORMER_WORDS,
    MORE_SIGNERS_CHAIN,
    OBJECT_ONLY,
    ONE_WORDS,
    ORDER_ADJECTIVES,
    ORDINALS,
    ORG_HEADS,
    OTHER_DOCUMENTS,
    PLAN_HEADS,
    PLAN_WORDS,
    REFERENCE_CHAIN,
    REPORT_VERBS,
    REPRESENT_VERBS,
    ROADMAP_DOCUMENTS,
    SIDE_COUNT_WORDS,
    SIDE_DRAFTING_VERBS,
    SIDE_OPENING,
    SIGN_VERBS,
    SIGNATURE_NOUNS,
    SIGNATURE_VERBS,
    SIGNER_HOLDERS,
    SIGNER_LEMMAS,
    STEP_NOUNS,
    TIME_WORDS,
    TRIGGERS,
)
from soccoop.extract.lexicon_officials import (
    ACTING_HEAD_WORDS,
    ACTING_WORDS,
    DUTY_VERBS,
)
from soccoop.extract.lexicon_plans import (
    ASSIGN_VERBS,
    DOCUMENT_OBJECTS,
    DUE_VERBS,
)
from soccoop.extract.lexicon_sides import AGREEING_VERBS, RELATIVE_PRONOUNS
from soccoop.extract.lexicon_signer_shapes import PARTNER_PREPOSITIONS, SIGNING_REFLEXIVES
from soccoop.extract.lexicon_signers import (
    ANSWER_DASHES,
    ASIDE_TAIL,
    ASKED_GUEST_WORDS,
    BYSTANDER_PREPOSITIONS,
    CARD_REACH,
    CHARGE_NOUNS,
    CHARGE_OPENING,
    COLLECTIVE_DOCUMENTS,
    COLLECTIVE_REACH,
    DISTAL_DETERMINERS,
    DISTANT_REACH,
    ELLIPSIS_DASHES,
    EXTENDED_TERMS,
    FAR_SIDE_REACH,
    FIRST_PERSON_SIGNERS,
    FIRST_PERSON_SUBJECTS,
    GAP_POST_WORDS,
    MORE_SIGNER_WORDS,
    NAMED_LATER_REACH,
    PARTNER_CASES,
    QUOTE_REACH,
    RELATIVE_CLAUSE_DASHES,
    REPRESENTED_CONTEXT,
    SIGNATURE_WORDS,
    SIGNER_WORDS,
    SIGNING_EVENTS,
    SIGNING_HEADS,
    SPEAKER_LOOKBACK,
    THEN_NOT_BEFORE,
    THEN_WORDS,
    WITNESS_CONJUNCTS,
)
from soccoop.extract.lexicon_status import (
    ABOUT_PREPOSITIONS,
    FUTURE_COPULAS,
    SIGNED_DOCUMENT_NOUNS,
)
from soccoop.extract.nlp import (
    Analysis,
    Models,
    NerSpan,
    Sentence,
    Token,
    edit_stamp,
    line_span,
    opens_line,
)
from soccoop.extract.normalize import (
    nominative_phrase,
)
from soccoop.extract.party_phrases import (
    GAP_DASHES,
    _parties_in,
)
from soccoop.extract.person_names import person_mentions
from soccoop.extract.signer_author import (
    author_gender,
    person_told_before,
    unsaid_author_signing,
    we_signing_told,
)
from soccoop.extract.signer_interview import (
    addressed_guest,
    asked_guest_signer,
    lead_speaker,
    opens_answer_turn,
)
from soccoop.extract.signer_shapes import sentence_pair_signers
from soccoop.extract.signers import (
    agent_head,
    aside_of_signing,
    attending,
    back_clause_persons,
    bare_renaming,
    bare_signature,
    body_head_holder,
    body_of_place,
    both_post_holders,
    bracketed_aside,
    caption_heads,
    caseless_initials_holder,
    collective_reference,
    comitative_signer,
    dash_clause_subject,
    elided_side,
    fallback_name,
    feminine_as_written,
    gapped_post_name,
    guest,
    guest_beside_signer,
    heads_body,
    identified_signers,
    initials_nominative,
    initials_post_holder,
    inside_quote,
    instrumental_initials_holder,
    introduced_pronoun_signer,
    joined_signer,
    listed_represented_signers,
    masked_author,
    name_hung_on_another,
    named_next_holders,
    next_sentence,
    other_paper,
    outer_post_name,
    page_author,
    partner_signer,
    persons_in,
    post_holders,
    presence_aside,
    pronoun_holder,
    quote_teller,
    recalls_others_signing,
    reporting_subject,
    reports_a_told_signing,
    represented_signers,
    representing_clause,
    sentence_before,
    separate_items,
    side_on_signing_verb,
    sides_of_signed,
    signed_by_author,
    signed_while_speaking,
    signer_persons,
    signers_line,
    signing_caption,
    sole_other_head,
    standing_aside,
    subject_elsewhere,
    superseded_signer,
    surname_first_name,
    surname_initials_post_holder,
    turn_label_surname,
    turn_speaker,
    verbless_mention,
    we_with_partner,
    written_agent,
)
from soccoop.extract.signing_ahead import future_aux, future_form, present_or_future
from soccoop.extract.syntax import (
    Window,
    ancestors,
    ensure_parsed,
    habit_word_on,
    negated,
    subtree,
)
from soccoop.models import (
    Official,
    RegionRef,
)


def _persons(analysis: Analysis, sent: Sentence) -> list[NerSpan]:
    # the NER's persons, cleaned and completed by the signer rules (sig22); rev49: the
    # document's one index of them (a Window's own spans are the same ones inside it)
    return signer_persons(analysis, sent, person_mentions(analysis).inside(sent.start, sent.stop))


def _signer_status(status: str) -> bool:
    """Are the people a sentence referring back to the agreement names read as its
    signers? Of an agreement signed now, and of one signed before that the text recalls
    with who signed it: "В апреле министерства подписали соглашение. Его подписали министр
    Анна Котова и министр Пётр Гусев." (a past signing is a signing; a planned one has no
    signers yet). Only by such a back reference: the recalling sentence itself is most
    often someone's words ("X напомнил, что ... подписали")."""
    return status in {"signed", "mentioned"}


def _signatories(
    analysis: Analysis, sent: Sentence, next_sent: Sentence | None, officials: list[Official],
    models: Models,
) -> tuple[list[str], Sentence | None]:
    """Named persons of a signing clause, in the trigger sentence or a following one, and
    the sentence that names them."""
    candidates: list[NerSpan] = []
    where: Sentence | None = None
    for s in (sent, next_sent):
        if s is None:
            continue
        if s is next_sent and _refers_back(s) and not _single_agreement(sent):
            continue  # "Подписи под документом поставили ...": which of the agreements?
        # sig67: or "Тот документ подписывали ещё X и Y": the older one's
        if s is next_sent and (_another_signing(s) or older_document(s)):
            break  # "Кроме того, подписано соглашение с X, его подписал ...": that one's
        if s is next_sent and separate_items(analysis.text, sent, s):
            break  # "1) с X ...;\n2) с Y (подписал ...)": the next item's signer
        if s is next_sent and _next_count_item(sent) and signing_count_item(s):
            break  # sig68: "Второе — с X. Третье — с Y, документ подписал Z": Z is the third's
        if not any(t.lemma in SIGNER_WORDS for t in s.tokens):
            # "Сторонами соглашения выступили фонд в лице директора X и ...": sig34;
            # sig46: "[Фото] Министр X и ректор Y во время подписания соглашения" (the
            # caption is the agreement's own sentence)
            # (sig68: "Второе — с X в лице министра Y", ``_item_represented``)
            candidates = listed_represented_signers(analysis, s) or \
                (_item_represented(analysis, s) or _extending_subjects(analysis, s) or
                 _caption_persons(analysis, s) if s is sent else [])
            if candidates:
                where = s
                break
            continue
        candidates = _persons(analysis, s)
        if candidates:
            where = s
            break
    if not candidates:
        # "Главы регионов подписали соглашение. Это губернатор X и губернатор Y."
        candidates = identified_signers(analysis, sent, next_sent, models)
        where = next_sent if candidates else None
    after = next_sent if where is sent else (
        next_sentence(analysis, where) if where is not None else None)
    more = _more_signers_chain(analysis, after, True) if after is not None else []
    for also in more:  # sigD
        # "С узбекской стороны документ подписал заместитель министра Бехзод Мусаев"
        candidates += [p for p in persons_in(analysis, also)
                       if not _reporter(also, p) and not subject_elsewhere(also, p) and
                       not chain_bystander(also, p, models)]
    introduced = _introduced_signers(analysis, after, officials, [], models) + \
        _represented_after(analysis, after, officials, [], models) \
        if after is not None and not _more_signers(after) else []  # sig26, sig34
    names: list[str] = []
    kept: NerSpan | None = None
    for span in candidates:
        if where is not None and (_reporter(where, span) and not signed_while_speaking(
                where, span) or _witness(where, span) or _bystander(where, span, models) and
                not joined_signer(where, kept, span) or attending(where, span) or
                prepositional_bystander(where, span) or
                recalls_others_signing(where, span) or dash_clause_subject(where, span) or
                superseded_signer(where, span) or subject_elsewhere(where, span) or
                standing_aside(where, span) or  # sig90: "...; справа — X"
                bracketed_aside(where, span) or  # r61sig: "(министр X была в отпуске)"
                guest_beside_signer(where, span)):  # sig48: attended; the deputy signed
            continue
        kept = span
        holder = next((x for x in more if x.start <= span.start < x.stop), None) or \
            _holding(span, sent, next_sent)
        name = _signer_name(analysis, holder, span, officials, models)
        if name and name not in names:
            names.append(name)
    if names and where is not None:
        # "Документ подписали министр труда и директор фонда Олег Котов": the minister too
        names += [n for n in post_holders(where, officials, models, analysis) if n not in names]
    if names and where is not None and where is not sent and sent.parsed:  # sigD
        # "Она подписала соглашение с X. Со стороны X документ подписал Y": she too
        names = [n for n in pronoun_holder(sent, officials, models, analysis)
                 if n not in names] + names
    if where is not None and any(comitative_signer(where, span) for span in candidates):
        # "«Мы с коллегой Ильёй Зуевым подписали ...», — сказала министр ...": she too
        speaker = _speaker(analysis, where, officials)
        if speaker is not None and speaker.name not in names:
            names = [speaker.name] + names
    names += [n for n in dict.fromkeys(introduced) if names and n not in names]  # sig26
    if not names:
        names = _speaker_with_unnamed_partner(analysis, sent, officials)
    if not names and where is None and sent.parsed:
        # sig36: "Её встретила министр Светлана Пашкова. Женщины подписали соглашение"
        names = sentence_pair_signers(
            analysis, sent, lambda x: _named_signers(analysis, x, officials, models), models)
    names = _author_signer(analysis, where or sent, names, officials, models)
    if where is not None and where is not sent:
        names = own_side_author(analysis, sent, where, names, officials, models)
        names = first_person_before(analysis, sent, names, officials, models)
    return names, where


def first_person_before(
    analysis: Analysis, sent: Sentence, names: list[str], officials: list[Official],
    models: Models,
) -> list[str]:
    """sig68: "я" signing in the agreement's own sentence, the other side's signer named in
    the next one: "Во вторник я заключила соглашение с фондом «Заря». Директор фонда Олег
    Петров, подписавший документ со стороны фонда, ..." → the author or the interview's
    guest (``_author_signer`` read on the signing sentence: the addressed guest, the page's
    author, the lead's speaker), first among the signers. Before, only the sentence naming
    the others was read, and the "я" of the signing sentence was lost. Only a first-person
    subject of a signing word (``signed_by_author``), as ``_author_signer`` reads it."""
    said = own_words_parsed(sent, models)
    if not said.parsed or not signed_by_author(said, opens_answer_turn(analysis, said)):
        return names
    return _author_signer(analysis, said, names, officials, models)


def own_side_author(
    analysis: Analysis, sent: Sentence, where: Sentence, names: list[str],
    officials: list[Official], models: Models,
) -> list[str]:
    """r61sig own_side_author: under a header naming the page's author ("Олег Зуев | Глава
    района"), a signing the author tells by "мы" or by a plural verb with no subject
    (``signer_author.we_signing_told``: "Сегодня подписали соглашение между администрацией
    района и фондом", "Вчера мы подписали соглашение с министерством"), whose one signer
    the next sentence names for the other side ("Со стороны фонда документ подписала
    директор Анна Котова", ``_side_opening``), was signed for the author's own side by the
    author: she goes first among the signers. Not when the signing is quoted or a turn's,
    nor when the sentence before in the paragraph names a person (who may be "мы"), nor
    when the next sentence names two signers or more (both sides told)."""
    if len(names) != 1 or not _side_opening(where) or not (
            we_signing_told(sent) or signed_by_author(sent)) or \
            inside_quote(analysis, sent) or turn_speaker(analysis, sent, officials) is not None \
            or person_told_before(analysis, sent):
        return names
    author = page_author(analysis)
    # signers63: a channel's title line masked as page chrome names the author too
    name = _signer_name(analysis, author[0], author[1], officials, models) \
        if author is not None else masked_author(analysis, models)
    return [name] + names if name and name not in names else names


def _speaker_with_unnamed_partner(analysis: Analysis, sent: Sentence,
                                  officials: list[Official]) -> list[str]:
    """sig94: the speaker who tells she signed together with a partner named by post
    alone: "Да, в апреле мы с ректором подписали соглашение с университетом" in the turn of
    a transcript's labelled speaker, an interview's answer or a quote closed by "» —
    сказала министр X" (``_speaker``, ``turn_speaker``): "мы" is she and the rector, so she
    signed (``signers.we_with_partner``: "мы" the subject of the signing, a person in the
    instrumental with "с" under it, the verb or "вместе"). The text's own "мы" (no speaker)
    and a sentence with no partner ("мы подписали соглашение с университетом": the body)
    give no one. Only from the parse."""
    if not sent.parsed or not we_with_partner(sent):
        return []
    speaker = _speaker(analysis, sent, officials) or turn_speaker(analysis, sent, officials)
    return [speaker.name] if speaker is not None else []


def own_words_parsed(sent: Sentence, models: Models) -> Sentence:
    """sig94: the sentence, parsed now when it says "я" (``FIRST_PERSON_SIGNERS``): the
    author's own signing of several documents at once is read from the tree
    (``_author_signer``); any other sentence as it is."""
    if any(t.text.lower() in FIRST_PERSON_SIGNERS for t in sent.tokens):
        return ensure_parsed(sent, models)
    return sent


def _caption_persons(analysis: Analysis, sent: Sentence) -> list[NerSpan]:
    """sig46: the persons of a photo caption that is itself the sentence naming the
    agreement and shows its signing (``signers.signing_caption``): "[Фото] Управляющий
    отделением СФР Олег Мальцев (слева) и директор центра занятости Светлана Чащина во
    время подписания соглашения" → both. A caption has no verb of its own: one that tells
    something of someone ("На фото: министр X выступает на церемонии подписания") names
    a speaker, not a signer. Only a caption above the report, before any sentence telling
    a signing of an agreement: one under a report of several signings ("Первое соглашение
    ... Третье соглашение ... . На фото: X и Y после подписания соглашения") does not say
    which it shows. The sentences before are read once, up to the caption."""
    if not signing_caption(sent) or any(
            t.pos in {"VERB", "AUX"} and t.feats.get("VerbForm") == "Fin" for t in sent.tokens):
        return []
    for before in analysis.sentences:
        if before.start >= sent.start:
            break
        lemmas = {t.lemma for t in before.tokens}
        if lemmas & SIGN_VERBS and lemmas & TRIGGERS:
            return []
    return _persons(analysis, sent)


def _author_signer(
    analysis: Analysis, sent: Sentence, names: list[str], officials: list[Official],
    models: Models,
) -> list[str]:
    """The author of a post who writes "От нашего ведомства документ подписывал я, с
    новгородской стороны — министр Анна Гусева" signed: the person her header line names
    ("Олег Ларин | Псковская область"), first among the signers; without such a line, the
    one official heading a body who is not among the signers named. Not in a quotation
    nor in a transcript's turn, whose "я" is the speaker's. sig91: in an interview's
    dash-opened turn, "я" is the guest the host's turns address by first name and
    patronymic (``signer_interview.addressed_guest``): "— Анна Петровна, что подписали? —
    ... Я подписывала от министерства" → Котова."""
    answer = opens_answer_turn(analysis, sent)
    if not signed_by_author(sent, answer):
        # sig45: the header's author added to the signers found; with none found, the
        # caller's later passes look further first (``unsaid_author_signer``)
        return names if answer or not names else \
            unsaid_author_signer(analysis, sent, names, officials, models)
    if inside_quote(analysis, sent) or turn_speaker(analysis, sent, officials) is not None:
        return names
    guest_name = addressed_guest(analysis, sent, officials, models)
    if guest_name is not None:
        return names if guest_name in names else [guest_name] + names
    if answer and sent.text.lstrip()[:1] in ELLIPSIS_DASHES:
        return names  # sig44: a dash-opened answer addressing no guest: its "я" is unknown
    author = page_author(analysis)
    name = _signer_name(analysis, author[0], author[1], officials, models) if author is not None \
        else lead_speaker(analysis, sent, officials) or masked_author(analysis, models) or (
            None if we_with_partner(sent) else sole_other_head(officials, names, models))
    return [name] + names if name and name not in names else names


def unsaid_author_signer(
    analysis: Analysis, sent: Sentence, names: list[str], officials: list[Official],
    models: Models,
) -> list[str]:
    """sig45: the author her page's header names signs when the signing clause leaves its
    subject out and agrees with her (``signer_author.unsaid_author_signing``): under
    "Анна Котова | Минтруд области", "Сегодня подписала соглашение с фондом «Опора»" →
    Котова first among the signers. Not in a quotation, a transcript's turn or an
    interview's answer, nor after a sentence of the paragraph naming a person (who may be
    the subject left out); no header, no author (no official is guessed for her). An
    interview's question telling the guest's signing ("вы подписали") gives the guest
    (``signer_interview.asked_guest_signer``)."""
    guest = asked_guest_signer(analysis, ensure_parsed(sent, models), officials, models) \
        if any(t.text.lower() in ASKED_GUEST_WORDS for t in sent.tokens) else None
    if guest is not None:  # "— Анна Петровна, в марте вы подписали соглашение ...?"
        return names if guest in names else [guest] + names
    if inside_quote(analysis, sent) or turn_speaker(analysis, sent, officials) is not None \
            or person_told_before(analysis, sent):
        return names
    author = page_author(analysis)
    name = _signer_name(analysis, author[0], author[1], officials, models) if author is not None \
        else masked_author(analysis, models)
    if not name or name in names or not unsaid_author_signing(
            ensure_parsed(sent, models), author_gender(name, models)):
        return names
    return [name] + names


def _another_signing(sent: Sentence) -> bool:
    """Does the sentence sign an agreement of its own with a partner named, whose signers
    are that agreement's? "Кроме того, министерство подписало соглашение с университетом,
    его подписал ректор ...": an agreement noun, or the signing verb above it, has a "с"
    or "между" phrase under it. Only from the parse."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    for k, t in enumerate(toks):
        if t.lemma not in TRIGGERS or t.pos not in {"NOUN", "PROPN"}:
            continue
        owners = [k] + ([t.head] if t.head >= 0 and toks[t.head].lemma in SIGN_VERBS else [])
        for o in owners:
            for c in sent.children(o):
                if toks[c].pos in {"NOUN", "PROPN"} and any(
                        toks[x].rel == "case" and toks[x].lemma in PARTNER_CASES
                        for x in sent.children(c)):
                    return True
    return False


def older_document(sent: Sentence) -> bool:
    """sig67: does the sentence name a document by a distal determiner, pointing past the
    agreement just signed to an older one told beside it? "Документ подписан ... и
    развивает положения соглашения 2018 года. Тот документ подписывали ещё директор
    департамента X и Y": X and Y signed the older one, not the new. A document noun with a
    DISTAL_DETERMINERS word hung on it (its own "det"/"amod", not followed by "же": "тот же
    документ" is the same one). Only from the parse."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    for k, t in enumerate(toks):
        if t.lemma not in DISTAL_DETERMINERS or t.rel not in {"det", "amod"} or \
                not 0 <= t.head < len(toks):
            continue
        if toks[t.head].lemma in TRIGGERS | DOCUMENT_REFERENCES and \
                not (k + 1 < len(toks) and toks[k + 1].lemma == "же"):
            return True
    return False


def _refers_back(sent: Sentence) -> bool:
    """A signing phrase naming no agreement of its own but referring back to the document
    signed before: "Документ подписали ...", "Подписи под ним поставили ...". sig54: a
    reflexive verb of signing under the document signs it as well (``SIGNING_REFLEXIVES``:
    "Под документом расписались министр Анна Котова и директор Олег Гусев")."""
    lemmas = {t.lemma for t in sent.tokens}
    nouns = {t.lemma for t in sent.tokens if t.pos in {"NOUN", "PROPN"}}
    return bool(lemmas & (SIGN_VERBS | SIGNING_REFLEXIVES) and lemmas & DOCUMENT_REFERENCES
                and not nouns & TRIGGERS)


def then_signing(sent: Sentence) -> bool:
    """sigpool93: a signing told "then", naming no agreement of its own, refers back to the
    one of the sentence before as "Документ подписали" does: "Договор с центром подписан
    в 2020 году. Тогда подписи поставили министр Анна Котова и директор Олег Гусев" →
    both signed the 2020 agreement. "Тогда" (``THEN_WORDS``, not "тогда как")
    stands before the first signing word (``SIGN_VERBS``); a signing verb is of the past
    and signs nothing but a signature or the document (not "Тогда министр подписал
    приказ о ..."). By morphology and the parse."""
    toks = sent.tokens
    if any(t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"} for t in toks):
        return False
    w = next((j for j, t in enumerate(toks) if t.lemma in SIGN_VERBS), None)
    if w is None or not any(t.lemma in THEN_WORDS and (j + 1 >= len(toks) or
                                                      toks[j + 1].lemma not in THEN_NOT_BEFORE)
                            for j, t in enumerate(toks[:w])) and not any(
            t.lemma in THEN_WORDS for t in toks[w:w + 2]):
        return False
    verbs = [j for j, t in enumerate(toks) if t.pos == "VERB" and
             (t.lemma in SIGN_VERBS or toks[w].lemma in SIGNATURE_WORDS and
              t.feats.get("VerbForm") == "Fin")]
    if any(toks[j].feats.get("Tense") not in {None, "Past"} for j in verbs):
        return False
    return all(toks[c].lemma in SIGNATURE_WORDS | DOCUMENT_REFERENCES
               for j in verbs for c in sent.children(j) if toks[c].rel == "obj")


def earlier_paper(sent: Sentence, k: int) -> bool:
    """basis60: is the token at k a document noun (``COOPERATION_DOCUMENTS``) right after an
    adjective of a base or a former agreement (``BASE_WORDS``, ``FORMER_WORDS``)? "Базовый
    документ стороны подписывали в 2019 году" names one agreement, the older one the page recalls,
    so "Подписи под ним поставили X и Y" after it are its signers. By the words' order."""
    toks = sent.tokens
    return toks[k].lemma in COOPERATION_DOCUMENTS and k > 0 and \
        toks[k - 1].lemma in BASE_WORDS | FORMER_WORDS


def _single_agreement(sent: Sentence) -> bool:
    """Does the sentence name exactly one agreement, so that "документ" after it is that
    one? "... подписали соглашение о сотрудничестве" yes; "... соглашение и меморандум" no;
    agr44: an ordinal standing for the noun yes ("Первое подписано с X",
    ``ordinal_standing_for_noun``); sig56: a document named by the cooperation it is about
    (``cooperation_document``) yes, when it is the only one ("Первым был подписан документ
    о сотрудничестве между A и B. Его подписали X и Y"); hidden41: so is a document an
    ordinal counts (``_ordinal_paper``): "Второй документ фонд заключил с колледжем.
    Подпись под ним поставил директор колледжа X" → X."""
    if any(not_one_counted(sent, i) for i in range(len(sent.tokens))):
        return False  # signer95: "подписано не одно соглашение" tells of several
    count = sum(t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"} and
                not addendum_base(sent, i) for i, t in enumerate(sent.tokens))
    if count > 1:  # sig69: "... о продлении срока действия соглашения ...": the extended one
        count -= sum(extended_base(sent, i) for i in range(len(sent.tokens)))
        count = max(count, 1)
    if count == 0:
        count = sum(cooperation_document(sent, i) or _ordinal_paper(sent, i) or
                    earlier_paper(sent, i) for i in range(len(sent.tokens)))
        return count == 1 or count == 0 and ordinal_standing_for_noun(sent, 0)
    return count == 1


def _ordinal_paper(sent: Sentence, k: int) -> bool:
    """hidden41: "Второй документ фонд подписал с X", "третий договор заключён": a document
    noun one ordinal counts (as ``agreement_lists._ordinal_document`` reads it), one
    document of a count told before, in a sentence telling its signing (a word of
    ``SIGN_VERBS``; "Третий документ — трёхсторонний" tells none)."""
    toks = sent.tokens
    return k > 0 and toks[k].lemma in TRIGGERS | {"документ"} and \
        toks[k - 1].lemma in ORDINALS and toks[k - 1].pos == "ADJ" and \
        any(t.lemma in SIGN_VERBS for t in toks)


def not_one_counted(sent: Sentence, k: int) -> bool:
    """signer95 not_one_counted: an agreement noun counted by "один" that "не" negates
    tells of several agreements, not of one: "В тот день в мэрии было заключено не одно
    соглашение" (more than one were signed; so no later "Подписи поставили X и Y" is
    this noun's alone). The numeral hangs on the noun (``nummod``) and the particle "не"
    on the numeral, or stands right before it; "ни одного соглашения" and "не подписано
    одно соглашение" (the verb negated) are not this shape. Only from the parse."""
    toks = sent.tokens
    if not sent.parsed or toks[k].lemma not in TRIGGERS or toks[k].pos not in {"NOUN", "PROPN"}:
        return False
    for c in sent.children(k):
        if toks[c].rel != "nummod" or toks[c].lemma not in ONE_WORDS:
            continue
        if any(toks[g].lemma == "не" for g in sent.children(c)) or \
                c > 0 and toks[c - 1].lemma == "не" and toks[c - 1].head in {c, k}:
            return True
    return False


def cooperation_document(sent: Sentence, k: int) -> bool:
    """"документ о сотрудничестве", "документы о взаимодействии": a document named by the
    cooperation it is about is an agreement ("министры подписали документ о
    сотрудничестве"); a bare "документ" is not."""
    toks = sent.tokens
    return toks[k].lemma in COOPERATION_DOCUMENTS and k + 2 < len(toks) and \
        toks[k + 1].lemma in ABOUT_PREPOSITIONS and \
        any(t.lemma in OBJECT_ONLY["протокол"] for t in toks[k + 2:k + 4]) or \
        cooperation_programme(sent, k)


def cooperation_programme(sent: Sentence, k: int) -> bool:
    """agr90: "программа сотрудничества", "программу взаимодействия на 2025–2027 годы": a
    programme named by the cooperation it plans (the noun of cooperation in the genitive
    right after it) is an agreement of its sides, as a document about cooperation is; a
    programme of anything else ("программа реабилитации", "государственная программа") is
    not."""
    toks = sent.tokens
    return toks[k].lemma in COOPERATION_PROGRAMMES and k + 1 < len(toks) and \
        toks[k + 1].lemma in OBJECT_ONLY["протокол"] - {"намерение"} and \
        toks[k + 1].feats.get("Case") == "Gen"


def programme_or_roadmap(sent: Sentence, k: int) -> bool:
    """miss97: is the noun at ``k`` a cooperation programme ("программа сотрудничества",
    ``cooperation_programme``) or a roadmap ("дорожная карта": ``ROADMAP_DOCUMENTS`` after
    its kind)? A document of joint steps its sides adopt, beside the agreement they sign."""
    toks = sent.tokens
    kinds = ROADMAP_DOCUMENTS.get(toks[k].lemma, frozenset())
    return cooperation_programme(sent, k) or bool(kinds) and k > 0 and toks[k - 1].lemma in kinds


def agrees_with(word: Token, noun: Token) -> bool:
    """miss97: is ``word`` (a pronoun, "который") of the noun's gender, feminine or not
    ("его" is masculine and neuter alike), and number?"""
    return (word.feats.get("Gender") == "Fem") == (noun.feats.get("Gender") == "Fem") and \
        word.feats.get("Number") == noun.feats.get("Number")


def planned_object(sent: Sentence, o: int) -> bool:
    """miss97: is the token at ``o`` the object of an infinitive of signing or adopting
    (``SIGN_VERBS``, ``ADOPT_VERBS``) that a word of plan (``PLAN_HEADS``) governs, neither
    negated: "(которую) планируют утвердить", "Подписать её намерены"?"""
    toks = sent.tokens
    v = toks[o].head
    if toks[o].rel != "obj" or not 0 <= v < len(toks) or \
            toks[v].lemma not in SIGN_VERBS | ADOPT_VERBS or toks[v].feats.get("VerbForm") != "Inf":
        return False
    h = toks[v].head
    return 0 <= h < len(toks) and toks[h].lemma in PLAN_HEADS and \
        not any(toks[x].lemma == "не" for x in (*sent.children(v), *sent.children(h)))


def roadmap_named(sent: Sentence, k: int) -> bool:
    """agr66: cheap test before any parse: the noun of a joint-steps document right after
    its kind ("дорожную карту"), in a sentence naming no agreement noun."""
    toks = sent.tokens
    return roadmap_at(toks, k) and not any(t.lemma in TRIGGERS for t in toks)


def roadmap_at(toks: Sequence[Token], k: int) -> bool:
    """agr66 (fixdates68: shared): is the token at ``k`` a joint-steps document's noun
    right after its kind (``ROADMAP_DOCUMENTS``: "дорожную карту")?"""
    kinds = ROADMAP_DOCUMENTS.get(toks[k].lemma, frozenset())
    return bool(kinds) and k > 0 and toks[k - 1].lemma in kinds


def signed_roadmap(sent: Sentence, k: int) -> bool:
    """agr66: a roadmap its sides sign is an agreement of theirs, signed or planned as the
    verb tells: "Соцзащита Ямала и Союз пенсионеров подписали дорожную карту", "До конца
    года центры занятости планируют подписать дорожную карту по обмену вакансиями",
    "Стороны договорились разработать и подписать дорожную карту". The noun (with its kind,
    ``roadmap_named``) is the object of a signing verb, or of a verb joined to one ("разработать
    и подписать"), in a parsed sentence with no agreement noun: a roadmap carrying out an
    agreement ("дорожная карта по реализации соглашения") is read through that agreement
    (``_implementing_document_to_sign``); one only approved or drawn up is no signing.
    plan50: one whose adoption is still to come is planned as one to be signed is ("До
    конца года ведомства планируют утвердить дорожную карту", "стороны утвердят дорожную
    карту": ``candidate_status.adoption_to_come``)."""
    toks = sent.tokens
    if not sent.parsed or not roadmap_named(sent, k):
        return False
    if signed_by_its_relative(sent, k):
        return True
    k = apposed_object(sent, k)
    if toks[k].rel not in {"obj", "nmod"}:
        return False
    h = toks[k].head
    if not 0 <= h < len(toks):
        return False
    if toks[h].lemma in SIGN_VERBS or adoption_to_come(sent, h):
        return True  # plan50: "стороны планируют утвердить дорожную карту"
    joined = [j for j, t in enumerate(toks) if t.rel == "conj" and t.head == h]
    if toks[h].rel == "conj" and 0 <= toks[h].head < len(toks):
        joined.append(toks[h].head)
    return any(toks[j].lemma in SIGN_VERBS and toks[j].pos == "VERB" for j in joined)


def signed_by_its_relative(sent: Sentence, k: int) -> bool:
    """recpool96: a roadmap its own relative clause signs is signed or planned as that
    clause tells: "Шаги стороны опишут в плане — «дорожной карте», которую намерены
    подписать к лету". From the parse: "который" is the object of a signing verb in a
    relative clause on the noun (the verb itself or an infinitive under it). miss58: or of
    an adoption still to come (``candidate_status.relative_adoption_to_come``): "Сроки
    стороны опишут в дорожной карте, которую предполагается утвердить к осени" is a
    roadmap planned; "которую утвердили в марте" is none."""
    toks = sent.tokens
    rel = [c for c in sent.children(k) if toks[c].rel == "acl:relcl"]
    return any(
        toks[v].lemma in SIGN_VERBS and
        any(toks[o].lemma == "который" and toks[o].rel == "obj" for o in sent.children(v))
        for r in rel for v in [r, *(x for x in sent.children(r) if toks[x].rel == "xcomp")]) \
        or relative_adoption_to_come(sent, k)


def roadmap_in_drafting(sent: Sentence, k: int) -> bool:
    """status55: a roadmap its sides are drafting now or will draft is a plan of theirs, as
    a draft approved whose signing is planned is (``candidate_status.draft_to_sign``): "Центр
    и общество слепых сейчас разрабатывают дорожную карту о досуге незрячих",
    "Министерство и епархия подготовят дорожную карту", "Вскоре центром и фондом будет
    подготовлена дорожная карта". The noun (with its kind,
    ``roadmap_named``; or the noun it is apposed to) is the object or passive subject of a
    verb of drafting (``SIDE_DRAFTING_VERBS``), unnegated, whose drafting is under way or
    to come: finite in the present or future, the future auxiliary beside it ("будет
    подготовлена"), or an infinitive under a word of plan ("планируют разработать"). A
    roadmap drafted in the past ("подготовили дорожную карту") is left to the readers of
    its signing; an approval or a discussion is no drafting. From the parse; sentences with
    an agreement noun are left to that noun's own status. fixstatus55: the drafting must
    name two sides (``_drafting_sides``): one body drafting a roadmap of its own
    ("Министерство здравоохранения области разрабатывает дорожную карту") is no
    agreement; nor is a drafting told as a habit ("Ежегодно ... готовит",
    ``syntax.habit_word_on``)."""
    toks = sent.tokens
    if not sent.parsed or not roadmap_named(sent, k):
        return False
    k = apposed_object(sent, k)
    h = toks[k].head
    if toks[k].rel not in {"obj", "nsubj:pass"} or not 0 <= h < len(toks) or \
            toks[h].lemma not in SIDE_DRAFTING_VERBS or negated(sent, h) or \
            not _drafting_sides(sent, h, k):
        return False
    t = toks[h]
    if present_or_future(t) and t.feats.get("VerbForm") == "Fin" or future_aux(sent, h):
        return not habit_word_on(sent, h)
    p = t.head
    return t.feats.get("VerbForm") == "Inf" and 0 <= p < len(toks) and \
        toks[p].lemma in PLAN_HEADS and not negated(sent, p)


def _drafting_sides(sent: Sentence, h: int, k: int) -> bool:
    """fixstatus55: does the drafting verb at ``h`` (of the roadmap at ``k``) name two
    sides? Its subject or agent, or that of a verb it is the infinitive or clause of
    ("стороны договорились подготовить", "договорились, что будет подготовлена"), is
    conjoined ("Центр и фонд разрабатывают", "центром и фондом будет подготовлена") or a
    plural noun ("стороны", "ведомства обеих областей подготовят") or a singular one its
    verb takes in the plural (the parse hung the second subject lower: "что министерство
    спорта и Министерство культуры края готовят"); or a partner is
    named with "с" on the verb or the roadmap ("Пока готовим с фондом дорожную карту …")."""
    toks = sent.tokens
    verbs, v = [h], h
    for _ in range(2):
        if toks[v].rel not in {"xcomp", "ccomp"} or not 0 <= toks[v].head < len(toks):
            break
        v = toks[v].head
        verbs.append(v)
    for v in verbs:
        if sum(toks[c].rel == "nsubj" and toks[c].pos in {"NOUN", "PROPN"}
               for c in sent.children(v)) > 1:
            return True  # the parse hangs each of the conjoined subjects on the verb
        for c in sent.children(v):
            t = toks[c]
            agent = t.rel == "obl" and t.feats.get("Case") == "Ins" and \
                toks[v].feats.get("Voice") == "Pass" and \
                not any(toks[d].rel == "case" for d in sent.children(c))
            if (t.rel in {"nsubj", "obl:agent"} or agent) and t.pos in {"NOUN", "PROPN"} and (
                    t.feats.get("Number") == "Plur" or
                    t.rel == "nsubj" and toks[v].feats.get("Number") == "Plur" or
                    any(toks[j].rel == "conj" for j in sent.children(c))):
                return True
    return any(toks[c].rel in {"obl", "nmod"} and toks[c].feats.get("Case") == "Ins" and
               any(toks[d].lemma == "с" and toks[d].rel == "case" for d in sent.children(c))
               for x in (h, k) for c in sent.children(x))


def adopted_roadmap_signed(sents: Sequence[Sentence], si: int, k: int) -> bool:
    """muni90: a roadmap its sides adopt (``ADOPT_VERBS``: "приняли", "утвердили") is signed
    when the very next sentence tells the document signed, its signing verb in the past
    taking a word that refers back (``DOCUMENT_REFERENCES``, the roadmap's noun) as its
    object or passive subject: "Мэрия и фонд утвердили дорожную карту до 2027 года.
    Документ в пятницу подписали заместитель мэра и директор фонда". A roadmap only
    adopted, or one whose signing is still to come ("Документ подпишут в мае"), is none
    (``signed_roadmap``)."""
    sent = sents[si]
    toks = sent.tokens
    if si + 1 >= len(sents) or not sent.parsed or not roadmap_named(sent, k) or \
            toks[k].rel != "obj" or not 0 <= toks[k].head < len(toks) or \
            toks[toks[k].head].lemma not in ADOPT_VERBS:
        return False
    nxt = sents[si + 1]
    if not nxt.parsed:
        return False
    later = nxt.tokens
    for t in later:
        if t.rel not in {"obj", "nsubj:pass"} or \
                t.lemma not in DOCUMENT_REFERENCES and t.lemma not in ROADMAP_DOCUMENTS or \
                not 0 <= t.head < len(later):
            continue
        verb = later[t.head]
        if verb.lemma in SIGN_VERBS and verb.feats.get("Tense") == "Past":
            return True
    return False


def roadmap_signed_next(sents: Sequence[Sentence], si: int, k: int, models: Models) -> bool:
    """plan65: a roadmap named with its partner ("с" and an instrumental noun hung on it) in
    a sentence with no verb of its own, told as a step to come ("Следующий этап – дорожная
    карта с управлением культуры", "Следующим шагом станет дорожная карта с колледжем"), is
    a plan when the very next sentence signs it, still to come, by a pronoun of its gender
    and number ("Её намерены подписать к лету", "Её в мае подпишут директор и
    председатель": ``candidate_status.signing_to_come_of``). The roadmap's sentence has no
    finite verb but a copula (``FUTURE_COPULAS``) not in the past, and a noun of a step or
    an adjective of order (``STEP_NOUNS``, ``ORDER_ADJECTIVES``); the next names no
    agreement noun of its own. fixplans65: not a roadmap only set apart ("Отдельно –
    дорожная карта с X") nor one that was an outcome ("Итогом встречи стала дорожная карта
    с X"). A roadmap named so and signed in the past ("Её подписали вчера") is left to the
    readers of signings; one only drafted or discussed after is no record; one with no
    partner in its phrase ("дорожная карта по досугу пожилых") is left too: its sides are
    not in its sentence (a first try took the story's sides for it). Each sentence is
    parsed only once the cheap tests before its parse pass."""
    if si + 1 >= len(sents) or not roadmap_named(sents[si], k):
        return False
    toks = sents[si].tokens
    if any(t.pos in {"VERB", "AUX"} and t.feats.get("VerbForm") == "Fin" and
           (t.lemma not in FUTURE_COPULAS or t.feats.get("Tense") == "Past") for t in toks):
        return False
    if not any(t.lemma in STEP_NOUNS or t.lemma in ORDER_ADJECTIVES for t in toks):
        return False
    later = sents[si + 1].tokens
    if any(t.lemma in TRIGGERS for t in later):
        return False
    pronouns = {t.lemma for t in later if t.pos == "PRON" and t.feats.get("Person") == "3"
                and agrees_with(t, toks[k])}
    if not pronouns:
        return False
    sent = ensure_parsed(sents[si], models)
    if not any(toks[c].rel == "nmod" and toks[c].feats.get("Case") == "Ins" and
               any(toks[p].lemma == "с" and toks[p].rel == "case" for p in sent.children(c))
               for c in sent.children(k)):
        return False
    return signing_to_come_of(ensure_parsed(sents[si + 1], models), pronouns)


def apposed_object(sent: Sentence, k: int) -> int:
    """agr90: the noun a roadmap named in brackets or apposition stands for, so that its
    verb is that noun's: "Стороны подписали план совместных действий («дорожную карту») на
    два года" signs the roadmap. The roadmap hangs on a noun of the phrase as an apposition
    (appos, or parataxis for the bracketed one); the phrase's top is reached through
    genitive nouns ("план ... действий") and must be in the roadmap's case. Else ``k``
    itself: "план по реализации дорожной карты" is no apposition."""
    toks = sent.tokens
    if toks[k].rel not in {"appos", "parataxis"}:
        return k
    x = toks[k].head
    for _ in range(3):
        if not 0 <= x < len(toks) or toks[x].pos not in {"NOUN", "PROPN"}:
            return k
        if toks[x].rel != "nmod" or toks[x].feats.get("Case") != "Gen":
            break
        x = toks[x].head
    if not 0 <= x < len(toks) or toks[x].feats.get("Case") != toks[k].feats.get("Case"):
        return k
    return x


def addendum_base(sent: Sentence, i: int) -> bool:
    """sig52: is the agreement noun at ``i`` the document an addendum is made to, under
    "к" right after another agreement noun: "подписали дополнительное соглашение к
    соглашению о сотрудничестве"? The sentence then signs one document, the addendum, and
    "документ" after it is that one. By word order: "к" and adjectives or participles
    between ("к действующему соглашению")."""
    toks = sent.tokens
    j = i - 1
    while j >= 0 and (toks[j].pos in {"ADJ", "DET", "NUM"} or
                      toks[j].feats.get("VerbForm") == "Part"):
        j -= 1
    return j >= 1 and toks[j].lemma == "к" and toks[j - 1].lemma in TRIGGERS and \
        toks[j - 1].pos in {"NOUN", "PROPN"}


def extended_base(sent: Sentence, i: int) -> bool:
    """sig69: is the agreement noun at ``i`` the document whose effect or term another one
    extends, in the genitive right after a noun of EXTENDED_TERMS: "подписан договор о
    продлении на год срока действия соглашения о партнёрстве от 2019 года"? The sentence
    then signs one document, and "Документ подписали ..." after it is that one. By word
    order and morphology (the parser often leaves "действия" hanging). rounds41: a
    possessive or an adjective may stand between ("действие их соглашения продлевается",
    "срок действия нашего соглашения")."""
    toks = sent.tokens
    t = toks[i]
    j = i - 1
    while j > 0 and toks[j].pos in {"DET", "ADJ"}:
        j -= 1
    return t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"} and \
        t.feats.get("Case") == "Gen" and j >= 0 and toks[j].lemma in EXTENDED_TERMS


def extending_document_base(sent: Sentence, k: int) -> bool:
    """sig69: is the agreement noun at ``k`` the extended document (``extended_base``) of a
    sentence that names another agreement, the one signed ("дополнительное соглашение о
    продлении срока действия соглашения")? Its signers are not told there: the people a
    later "Документ подписали ..." names signed the other. A lone "продлили срок действия
    соглашения" keeps its own."""
    toks = sent.tokens
    return extended_base(sent, k) and any(
        j != k and t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"} and
        not extended_base(sent, j) and not addendum_base(sent, j) for j, t in enumerate(toks))


def _back_clause_signers(analysis: Analysis, sent: Sentence, signed: str,
                         officials: list[Official], models: Models) -> list[str]:
    """The signers a later clause of the agreement's own sentence names, signing it again
    by a pronoun: "В конце прошлого года мы с министерством края подписали соглашение — я
    подписывала его вместе с министром Ларисой Ковальчук" (sig34; the speaker of "я" is
    added by the caller, as for a back reference in the next sentence)."""
    k = next((i for i, t in enumerate(sent.tokens)
              if t.lemma == signed and t.pos in {"NOUN", "PROPN"}), None)
    if k is None:
        return []
    spans = (s for s in back_clause_persons(analysis, sent, k) if not _reporter(sent, s))
    return _distinct_signer_names(analysis, sent, spans, officials, models)


def agreeing_pair_signers(
    analysis: Analysis, after: Sentence | None, officials: list[Official], models: Models,
) -> list[str]:
    """sig63: the people who, in the sentence right after a signing that named nobody,
    "agreed" together are its signers: "Отделение фонда подписало соглашение с
    университетом. Управляющий отделением Анна Котова и ректор Пётр Гусев договорились о
    практике студентов." The sentence names no agreement and no signing of its own, its
    first finite verb is an agreeing verb of the past in the plural (``AGREEING_VERBS``),
    and at least two persons are written before it (its subject: one of each side).
    A single name, or names after the verb ("с ними договорился министр X"), sign
    nothing."""
    if after is None:
        return []
    lemmas = {t.lemma for t in after.tokens}
    if lemmas & (SIGNER_WORDS | SIGNING_HEADS | AGREEMENT_NOUNS | TRIGGERS):
        return []
    v = _clause_verb(after, -1)
    if v is None or after.tokens[v].lemma not in AGREEING_VERBS or \
            after.tokens[v].feats.get("Tense") != "Past" or \
            after.tokens[v].feats.get("Number") != "Plur":
        return []
    spans = [p for p in _persons(analysis, after) if p.stop <= after.tokens[v].start]
    names = _distinct_signer_names(analysis, after, spans, officials, models)
    return names if len(names) >= 2 else []


def _clause_verb(sent: Sentence, k: int) -> int | None:
    """The first finite verb or short participle after token k, by morphology (the parse
    may hang the noun of "...: тогда соглашение подписали" on the clause before)."""
    for j in range(k + 1, len(sent.tokens)):
        t = sent.tokens[j]
        if t.pos in {"VERB", "AUX"} and (t.feats.get("VerbForm") == "Fin" or
                                         t.feats.get("Variant") == "Short"):
            return j
    return None


def relative_of_agreement(sent: Sentence, k: int) -> int | None:
    """sigpool93: the relative pronoun opening a clause on the agreement noun ``k``, in
    the nominative or accusative and in the noun's gender and number, after a comma and
    before any finite verb: "в рамках соглашения между фондом и университетом, которое
    подписали ..." (the noun in the genitive, the clause telling who signed it). By
    morphology only; None when there is none."""
    toks = sent.tokens
    noun = toks[k]
    for j in range(k + 1, len(toks)):
        t = toks[j]
        if t.pos in {"VERB", "AUX"} and (t.feats.get("VerbForm") == "Fin" or
                                         t.feats.get("Variant") == "Short"):
            return None
        if t.lemma in RELATIVE_PRONOUNS:
            if toks[j - 1].text != "," or t.feats.get("Case") not in {"Nom", "Acc"}:
                return None
            agree = all(t.feats.get(f) == noun.feats.get(f) for f in ("Gender", "Number")
                        if t.feats.get(f) and noun.feats.get(f))
            return j if agree else None
    return None


def _relative_clause_end(sent: Sentence, v: int) -> int:
    """sigpool93: where the relative clause of the signing verb ``v`` ends: at the first
    dash or finite verb after it ("..., которое подписали в 2019 году, — рассказала
    директор X": X tells, she does not sign), else at the sentence's end."""
    toks = sent.tokens
    for j in range(v + 1, len(toks)):
        t = toks[j]
        if t.text in RELATIVE_CLAUSE_DASHES or t.pos in {"VERB", "AUX"} and \
                t.feats.get("VerbForm") == "Fin":
            return j
    return len(toks)


def recalled_clause_signers(
    analysis: Analysis, sent: Sentence, k: int, officials: list[Official], models: Models,
) -> list[str]:
    """sig63: an agreement the page only recalls keeps the signers its own clause names.
    "Сотрудничество началось в 2019 году: тогда соглашение подписали министр Пётр Гусев и
    ректор Олег Котов" tells who signed the earlier document, as a signing sentence does.
    By morphology, as the parse may hang the noun on the clause before: the agreement
    noun ``k`` is the clause's subject or object (nominative or accusative), or, in any
    case, the antecedent of a relative clause that tells the signing (sigpool93: "по
    соглашению между фондом и вузом, которое в 2023 году подписали директор Анна Котова и
    ректор Олег Гусев" → both; ``relative_of_agreement``), whose persons are read up to a
    dash or the next verb (not "благодаря соглашению, которое подписали в 2019 году, —
    рассказала директор X"), the first verb after it is a signing one of the
    past (not "подпишут", not "планируют подписать"), and the signers are the persons
    written after that verb in the case of its agent, every word of the name: nominative
    after an active verb,
    instrumental after "подписано" (not "подписали с министром X", a partner; not "с
    университетом им. И. И. Петрова"). Those who only tell or attend are dropped as in a
    signing sentence. A recalling sentence naming nobody keeps nobody; the page's new
    signers are never borrowed (``signer_recalled``)."""
    toks = sent.tokens
    relative = relative_of_agreement(sent, k)
    if toks[k].feats.get("Case") not in {"Nom", "Acc"} and relative is None:
        return []
    v = _clause_verb(sent, k)
    if relative is None and (v is None or toks[v].lemma not in SIGNING_HEADS):
        v = _passive_head_before(sent, k)  # sig51: "... подписано соглашение"
    if v is None or toks[v].lemma not in SIGNING_HEADS or toks[v].feats.get("Tense") != "Past":
        return []
    agent = "Ins" if toks[v].feats.get("Variant") == "Short" else "Nom"
    # sigpool93: the relative clause's own persons only, before a dash or another verb
    end = _relative_clause_end(sent, v) if relative is not None and \
        toks[k].feats.get("Case") not in {"Nom", "Acc"} else len(toks)
    spans = [p for p in _persons(analysis, sent) if p.start >= toks[v].stop and
             p.stop <= (toks[end].start if end < len(toks) else sent.stop) and
             all(t.feats.get("Case", agent) == agent for t in toks
                 if p.start <= t.start and t.stop <= p.stop) and
             not (_reporter(sent, p) or _witness(sent, p) or _bystander(sent, p, models) or
                  attending(sent, p))]
    if agent == "Ins" and relative is None:  # sig51: "министром X ... подписано соглашение"
        spans = [p for p in _agents_before(sent, _persons(analysis, sent), v)
                 if not (_reporter(sent, p) or _witness(sent, p) or
                         _bystander(sent, p, models) or attending(sent, p))] + spans
    return _distinct_signer_names(analysis, sent, spans, officials, models)


def _agents_before(sent: Sentence, persons: list[NerSpan], v: int) -> list[NerSpan]:
    """sig51: the agents written before the short passive signing verb ``v``: each name
    the one agent reading (``signers.agent_head``) hangs on it, and a name after such an
    agent joined to it by "и" with only its own post between (``signers.joined_signer``,
    the join ``agent_name`` reads), every word of it in the instrumental by morphology
    (the parser may lose the second post's tie in a long body name: "министром Анной
    Котовой и управляющим отделением фонда, курирующим выплаты семьям, Олегом Гусевым
    подписано соглашение" → both). sig52: one reading with ``agent_name``'s, no copy."""
    toks = sent.tokens
    out: list[NerSpan] = []
    for p in sorted(persons, key=lambda x: x.start):
        if p.stop > toks[v].start:
            break
        if agent_head(sent, p) == v:
            out.append(p)
            continue
        words = [t for t in toks if p.start <= t.start and t.stop <= p.stop and t.pos != "PUNCT"]
        if out and words and all(t.feats.get("Case") == "Ins" for t in words) and \
                joined_signer(sent, out[-1], p):
            out.append(p)
    return out


def _passive_head_before(sent: Sentence, k: int) -> int | None:
    """sig51: the short passive signing verb written before the agreement noun ``k`` that
    the noun is the subject of ("В 2021 году министром ... подписано соглашение": the
    verb first, the noun after it), from the parse; None when the noun stands otherwise."""
    toks = sent.tokens
    h = toks[k].head
    if toks[k].rel != "nsubj:pass" or not 0 <= h < k:
        return None
    t = toks[h]
    return h if t.pos == "VERB" and t.feats.get("Variant") == "Short" and \
        t.lemma in SIGNING_HEADS else None


def _back_reference_signers(
    analysis: Analysis, sents: list[Window], si: int, officials: list[Official],
    models: Models,
) -> tuple[list[str], Sentence | None]:
    """The signers of the single agreement signed in sentence si, named a sentence or two
    later in sentences that refer back to it: "Соглашение подписано в Тюмени. Документ
    подписан 14 мая. Подписи под ним поставили министр Иван Петров и директор Олег
    Сидоров." Each sentence on the way must be such a back reference. Those who only
    report, witness or attend the signing are no signers (sig90: "Вице-губернатор Олег
    Котов, присутствовавший на подписании, отметил ...", ``signers.attending``). dig93: in
    a guest's answer, "Подписывали его мы с директором X" names the guest too
    (``_author_signer``, ``signer_interview.addressed_guest``)."""
    if not _single_agreement(sents[si]):
        return [], None
    signed = next((t.lemma for t in sents[si].tokens
                   if t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"}), "")
    own = _back_clause_signers(analysis, sents[si], signed, officials, models)  # sig34
    if own:
        return own, sents[si]
    for window in sents[si + 1:si + 1 + REFERENCE_CHAIN]:
        if separate_items(analysis.text, sents[si], window) or _next_count_item(window):
            break  # "1) с X ...;\n2) с Y, документ подписала Z": the next item's
        if not _refers_back(window) and not (window is sents[si + 1] and
                                             then_signing(window)):
            if aside_of_signing(analysis, window, signed):
                continue  # "Соглашение рассчитано на пять лет. Подписи под ним поставили"
            break
        later: Sentence = window
        names = pronoun_holder(later, officials, models, analysis)  # "Она подписала его ..."
        spans = _persons(analysis, later)
        if not spans:
            # "Документ подписали руководители ведомств. Ими стали X и Y."
            after = next_sentence(analysis, later)
            spans = identified_signers(analysis, later, after, models)
            if not spans:  # "Документ подписал министр труда.": the one so named
                names = post_holders(later, officials, models, analysis)
                # sig48; sig58: the caption's heads when the posts name fewer than two,
                # the ones they name among them ("глава Минтруда и ректор вуза")
                shown = caption_heads(analysis, later, officials, models) \
                    if len(names) < 2 else []
                names = shown if shown and set(names) <= set(shown) else names
                if names:
                    return names, later
            later = after if spans and after is not None else later
        kept: NerSpan | None = None
        for span in spans:
            # sig62: a name joined by "и" to a signer just kept signs like it
            # (``joined_signer``), as in the signing sentence itself
            # sig90: "X, присутствовавший на подписании, подчеркнул ..." attended it
            if _reporter(later, span) and not signed_while_speaking(later, span) or \
                    _witness(later, span) or _bystander(later, span, models) and \
                    not joined_signer(later, kept, span) or attending(later, span) or \
                    superseded_signer(later, span) or \
                    subject_elsewhere(later, span) or guest_beside_signer(later, span):
                # sig48: "Ожидалось, что ... подпишет X"; round 48: "Министр X в отпуске,
                # поэтому по её поручению документ подписал заместитель Y", as in a signing
                # sentence (``subject_elsewhere``, ``guest_beside_signer``)
                continue  # sig47: "Документ подписан в день визита министра ... X": X's visit
            kept = span
            name = _signer_name(analysis, later, span, officials, models)
            if name and name not in names:
                names.append(name)
        # dig93: "Подписывали его мы с ректором X" in a guest's answer: the guest signs too
        names = _author_signer(analysis, later, names, officials, models)
        if names:
            # sig55: a back reference to a sentence that tells no signing ("Соглашение
            # предусматривает ...") reads no "от" side past an aside (``_past_side_aside``);
            # fixsig55: a signing told done, signature verbs and tense read
            # (``_signing_told``: "поставили подписи" tells one, "подпишут" none)
            told = _signing_told(sents[si])
            return names + _following_signers(analysis, later, officials, names, models,
                                              by_from=told), later
    return paragraph_signers(analysis, sents, si, signed, officials, models)


def _bare_paper(sent: Sentence, signed: str, own: set[str]) -> bool:
    """sig49: does every agreement noun of the sentence repeat the signed one's noun, alone
    or with words of its own naming (``own``: "дополнительное" of "дополнительное
    соглашение") and in the singular ("Договор подписали ...", "Этот договор ...", not
    "договор с фондом", "новое соглашение", "соглашения")?"""
    toks = sent.tokens
    for i, t in enumerate(toks):
        if t.lemma not in TRIGGERS or t.pos not in {"NOUN", "PROPN"}:
            continue
        if t.lemma != signed or t.feats.get("Number") == "Plur" or any(
                toks[c].rel not in {"det", "punct"} and toks[c].lemma not in own
                for c in sent.children(i)):
            return False
    return True


def _signing_told(sent: Sentence) -> bool:
    """sig49: a signing told done: a signing verb of the past ("подписали", "подписи
    поставили") or a short participle ("подписан"), and no word of the future or of a plan
    in the sentence ("будет подписано", "планируют подписать"). The verb's form is
    ``candidate_dates.signing_done``'s, with the signers' verbs (tidy50: a full participle,
    "подписанный в марте", tells no signing here either)."""
    toks = sent.tokens
    if any(future_form(t) or t.lemma in PLAN_WORDS for t in toks):
        return False
    return signing_done(sent, SIGNER_WORDS | SIGNATURE_VERBS)


def paragraph_signers(
    analysis: Analysis, sents: list[Window], si: int, signed: str, officials: list[Official],
    models: Models,
) -> tuple[list[str], Sentence | None]:
    """sig49: an agreement that opens its own paragraph or list item, one agreement to a
    paragraph as a page of several signings tells them, is signed by the persons of the
    first signing sentence of that paragraph, however many sentences of its terms stand
    between: "— Соглашение между комитетом и фондом «Опора» о помощи пожилым. Фонд купит
    кровати для интернатов. Волонтёры будут навещать жильцов. Подписали: председатель
    комитета А. И. Ветрова и президент фонда О. П. Кузина." → both. The signing sentence
    names no agreement of its own (at most the signed noun again, alone: "Договор
    подписали ..."), tells no plan, and stands on the same line; a sentence naming
    another agreement or a signing of its own before it ends the walk, as does the line's
    end (the next item is another agreement's). The agreement is the line's subject, its
    noun in the nominative: not "Соглашением предусмотрено ..." nor "Срок действия
    соглашения истекает ...", which tell of an agreement named before. Linear: one pass
    over the line's sentences."""
    head = sents[si]
    if not opens_line(analysis.text, head.start, past_marks=True) or \
            not _single_agreement(head) or not signed:
        return [], None
    noun = next((i for i, t in enumerate(head.tokens) if t.lemma == signed and
                 t.pos in {"NOUN", "PROPN"}), None)
    if noun is None or head.tokens[noun].feats.get("Case") != "Nom":
        return [], None
    own = {head.tokens[c].lemma for c in head.children(noun) if head.tokens[c].rel == "amod"}
    text = analysis.text
    for later in sents[si + 1:]:
        if "\n" in text[head.start:later.start] or _next_count_item(later) or \
                not _bare_paper(later, signed, own):
            break
        if not _signing_told(later):
            if any(t.lemma in SIGN_VERBS for t in later.tokens):
                break
            continue
        names = _named_signers(analysis, later, officials, models)
        return (names, later) if names else ([], None)
    return [], None


def _ordinal_item(sent: Sentence) -> bool:
    """agr42: a sentence opening with an ordinal agreement noun tells another item of a
    list, not the one before: in "«... соглашение — не бумага для отчета», — подчеркнула
    директор. Третье соглашение — межрегиональное. Его подписала министр ..." the minister
    signed the third. An ordinal among the first two words, before an agreement noun.
    agr84: so does an ordinal standing for the noun a count left out
    (``ordinal_standing_for_noun``): after "Итогом визита стали два договора", "Первый — о
    наставничестве. Его подписали директор колледжа и глава фонда" names the first one's
    signers, not the count's."""
    toks = sent.tokens
    if ordinal_standing_for_noun(sent, 0):
        return True
    words = [t for t in toks if t.pos != "PUNCT"][:3]
    return len(words) >= 2 and any(
        a.lemma in ORDINALS and b.lemma in TRIGGERS | SIGNED_DOCUMENT_NOUNS and
        b.pos in {"NOUN", "PROPN"} for a, b in zip(words, words[1:], strict=False))


def signing_count_item(sent: Sentence) -> bool:
    """sig68: does the sentence open the next item of a count and sign it ("Третье — с
    фондом «Заря», документ подписал директор Олег Петров.", ``_next_count_item`` with a
    signing verb)? The signer it names is that item's, not the one told before it, as
    ``_distant_signers`` reads it: "Второе — с министерством в лице министра Анны Котовой.
    Третье — с фондом, его подписал Олег Петров." gives Петров to the third alone."""
    return _next_count_item(sent) and any(t.lemma in SIGN_VERBS for t in sent.tokens)


def _item_represented(analysis: Analysis, sent: Sentence) -> list[NerSpan]:
    """sig68: the representative an item of a count names in "в лице" with its agreement
    noun left out: "Второе — с министерством труда Энской области в лице министра Анны
    Котовой." → Котова. The ordinal standing for the noun (``ordinal_standing_for_noun``)
    is the document the formula needs around it (``represented_signers``' context), as a
    list of sides opened before is. Not an ordinal that heads a noun of its own."""
    if not ordinal_standing_for_noun(sent, 0):
        return []
    return represented_signers(analysis, sent, listed=True)


def _next_count_item(sent: Sentence) -> bool:
    """pair83: a sentence opening an item of a count, with its agreement noun ("Второй
    документ подписали ...", ``_ordinal_item``) or an ordinal standing for it ("Первое — с
    фондом «Заря».", ``ordinal_standing_for_noun``), tells that item: its signers are not
    the signers of the sentence before, nor of the count ("Подписаны два соглашения. Первое
    — с фондом «Заря». Его подписали ..." gives the count no signers)."""
    return _ordinal_item(sent) or ordinal_standing_for_noun(sent, 0)


def _following_signers(
    analysis: Analysis, sent: Sentence, officials: list[Official], known: list[str], models: Models,
    by_from: bool = True,
) -> list[str]:
    """The other side's signer in the sentence after the one naming the first: "Документ
    подписала министр Елена Петухова. С удмуртской стороны подпись поставил министр
    Сергей Кузнецов." (or "Со стороны фонда — директор Анна Смирнова."). pair83: not from
    the next item of a count ("Второй документ подписали ...", ``_next_count_item``)."""
    after = next_sentence(analysis, sent)
    if after is not None and _next_count_item(after):
        return []
    if after is not None and not _more_signers(after):  # sig26, sig34
        found = _introduced_signers(analysis, after, officials, known, models)
        found += [n for n in _represented_after(analysis, after, officials, known, models)
                  if n not in found]
        # sig65: past one aside, the next side's sentence ("Председатель комитета X,
        # находящийся в командировке, поприветствовал участников. Со стороны области
        # подпись поставила ...", ``_past_side_aside``)
        beyond = None if found else _past_side_aside(analysis, after, by_from)
        if beyond is None:
            return found
        after = beyond
    if after is None or _another_signing(after):  # sigD
        return []  # "... также подписала соглашение с X, которое со стороны X подписал Y"
    out: list[str] = []
    # sig47: one side per sentence, in a row: "Подпись за отделение поставил его
    # управляющий X. Организацию ВОИ представляла председатель Y, а союз — президент Z."
    for also in _more_signers_chain(analysis, after, by_from) or [after]:
        for span in persons_in(analysis, also):
            if _reporter(also, span) or _witness(also, span) or subject_elsewhere(also, span):
                continue
            name = _signer_name(analysis, also, span, officials, models)
            if name and name not in known and name not in out:
                out.append(name)
    return out


def _extending_subjects(analysis: Analysis, sent: Sentence) -> list[NerSpan]:
    """The persons in the subject of a verb extending an agreement: who extends one signs
    its extension: "Председатель комитета X и председатель комитета Y пролонгировали
    соглашение о сотрудничестве ещё на пять лет", "Соглашение продлили министр X и
    министр Y" (sig34). Only from the parse: the agreement noun is the verb's object; one
    who only tells of it ("Министр X рассказала, что области продлили соглашение") is
    outside that subject."""
    if not sent.parsed:
        return []
    toks = sent.tokens
    nodes: set[int] = set()
    for i, t in enumerate(toks):
        kids = sent.children(i)
        if t.lemma in EXTEND_VERBS and any(toks[c].rel == "obj" and toks[c].lemma in TRIGGERS
                                           for c in kids):
            nodes.update(x for c in kids if toks[c].rel == "nsubj" for x in subtree(sent, c))
    if not nodes:
        return []
    return [p for p in _persons(analysis, sent) if _token_index(sent, p.start) in nodes]


def _represented_after(analysis: Analysis, after: Sentence, officials: list[Official],
                       known: list[str], models: Models) -> list[str]:
    """After a named signing, a further side's signer given by the formula "в лице" in the
    next sentence: "Со стороны района — глава района X. Третьей стороной выступил центр
    социального обслуживания в лице директора Галины Поповой" → Галина Попова (sig34;
    ``signers.represented_signers``). Not when that sentence signs an agreement of its own
    ("Кроме того, фонд в лице директора Y заключил соглашение с ...")."""
    if _another_signing(after) or _names_agreement(after) and \
            any(t.lemma in SIGNER_WORDS for t in after.tokens):
        return []
    out: list[str] = []
    for span in represented_signers(analysis, after):
        name = _signer_name(analysis, after, span, officials, models)
        if name and name not in known and name not in out:
            out.append(name)
    return out


def _introduced_signers(analysis: Analysis, aside: Sentence, officials: list[Official],
                        known: list[str], models: Models) -> list[str]:
    """After a named signing, the other side's signer introduced in ``aside`` and named
    by a pronoun in the sentence after it: "Со стороны Крыма документ подписал министр X.
    Кузбасс на церемонии представляла министр Елена Воронина. Она и поставила подпись"
    → Елена Воронина (sig26). Not when that sentence signs an agreement of its own."""
    then = next_sentence(analysis, aside)
    if then is None or _another_signing(then):
        return []
    return [n for n in introduced_pronoun_signer(aside, then, officials, models) if n not in known]


def _side_introduction(sent: Sentence) -> bool:
    """A sentence naming signers side by side: a side phrase ("со стороны X", "от X", "X
    сторону") with a verb of signing or representing: "Со стороны министерства документ
    подписал министр Артем Филиппов, со стороны организации — её председатель ...", "От
    департамента подпись поставил ...", "Калужскую сторону представлял ..."."""
    lemmas = [t.lemma for t in sent.tokens]
    if not (SIGNER_LEMMAS | REPRESENT_VERBS) & set(lemmas):
        return False
    return "сторона" in lemmas or (bool(lemmas) and lemmas[0] == "от") or \
        representing_clause(sent)  # sig44: "Омское министерство представлял его руководитель"


def _side_signers(
    analysis: Analysis, sents: list[Window], si: int, officials: list[Official], models: Models
) -> tuple[list[str], Sentence | None]:
    """The signers of the single agreement signed in sentence si, named side by side in
    one of the next sentences: "Министерство подписало соглашение с обществом инвалидов.
    Церемония прошла 27 марта. Со стороны министерства документ подписал министр Артем
    Филиппов, со стороны общества — её председатель Наталья Лазарева." A sentence on the
    way may only tell of the occasion: it names no agreement and no person."""
    if not _single_agreement(sents[si]):
        return [], None
    signed = next((t.lemma for t in sents[si].tokens
                   if t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"}), "")
    asides, told = 0, False
    for n, later in enumerate(sents[si + 1:si + 2 + REFERENCE_CHAIN + ASIDE_TAIL]):
        if n - asides >= REFERENCE_CHAIN:
            break
        if _names_agreement(later) and not bare_renaming(later, signed) and \
                not sides_of_signed(later, signed) or \
                separate_items(analysis.text, sents[si], later):
            break  # "С тувинской стороны соглашение подписал ...": the same one
        represented = listed_represented_signers(analysis, later)  # sig44: "Стороны ... в лице"
        persons = represented or _persons(analysis, later)
        if told and asides <= ASIDE_TAIL and not persons and _tells_on(later):
            asides += 1  # sig54: "... напомнила, что ... . Средний возраст ... 52 года."
            continue
        told = False
        if not persons and _side_introduction(later):
            # sig44: "Со стороны департамента подпись поставил его директор, со стороны
            # Отделения — управляющий. Директор департамента Игорь Рахманов пояснил ..."
            by_post = named_next_holders(analysis, later, officials)
            if by_post:
                return by_post, later
        if not persons and not n and _signs_the_document(later):
            # sig47: "Подписи под документом поставили министр ... региона и ректор вуза.
            # ... — подчеркнул ... глава регионального минтруда Ярослав Фролов. Ректор
            # НГУЭУ Алина Ковалева напомнила ...": each post's holder named in what follows
            by_post = named_next_holders(analysis, later, officials, NAMED_LATER_REACH)
            if by_post:
                return by_post, later
        if represented or _side_introduction(later) or elided_side(later):  # sig22
            names = _signing_names(analysis, later, persons, officials, models)
            if names:
                return names + _following_signers(analysis, later, officials, names, models), later
        if persons and not asides and (presence_aside(later) or _reported_aside(later, persons)):
            asides += 1  # sig26: "Делегацию возглавил вице-премьер X. Со стороны ..."
            told = not presence_aside(later)
            continue
        if persons:
            break
    return [], None


def far_side_signers(
    analysis: Analysis, sents: list[Window], si: int, officials: list[Official], models: Models
) -> tuple[list[str], Sentence | None]:
    """sig65: the signers of the single agreement signed in sentence ``si``, named side by side
    further on than ``_side_signers`` reads, past the agreement's terms (which end
    ``_distant_signers``'s reach), a list and the guests' words: "Соглашение ... подписано 27
    февраля между комитетами. ... (its terms, the guests) ... Со стороны Петербурга документ
    подписал исполняющий обязанности председателя комитета X. ... Со стороны области подпись
    поставила председатель комитета Y." The sentence is a side phrase ("со стороны") with a past
    signing of the document referred to (``_signs_the_document``, no agreement noun of its own but
    the one signed, bare); the reach (FAR_SIDE_REACH sentences) ends at a sentence signing another
    agreement or another paper, or several documents at once ("все три документа"), or naming an
    agreement noun under a signing verb that is not the one signed again, bare, or naming a person
    who acts on the occasion, not a guest or a speaker (``_acting_person``: "Губернатор X
    поблагодарил участников"). A plural agreement noun ("соглашения с A, B и C") is several. The
    other sides' signers follow as after any side's (``_following_signers``, past one aside of a
    head who only greets: "Председатель комитета X, находящийся в командировке, поприветствовал
    участников")."""
    noun = next((t for t in sents[si].tokens
                 if t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"}), None)
    if not _single_agreement(sents[si]) or noun is None or \
            noun.feats.get("Number") == "Plur":  # "соглашения с A, B и C": several
        return [], None
    for later in sents[si + 1:si + 1 + FAR_SIDE_REACH]:
        lemmas = {t.lemma for t in later.tokens}
        signing = bool(lemmas & (SIGN_VERBS | SIGNER_WORDS))
        if signing and (_names_agreement(ensure_parsed(later, models)) and
                        not bare_renaming(later, noun.lemma) or _another_signing(later) or
                        collective_reference(later, COLLECTIVE_DOCUMENTS) or
                        any(other_paper(later, i) for i in range(len(later.tokens)))):
            break  # "все три документа подписала ...": several, not this one
        if not signing or "сторона" not in lemmas or not _signs_the_document(later) or \
                not any(t.lemma in SIGN_VERBS and t.feats.get("Tense") == "Past"
                        for t in later.tokens):
            if _acting_person(analysis, later, models):
                break  # "Губернатор X поблагодарил участников": whose signing is next?
            continue
        ensure_parsed(later, models)
        names = _signing_names(analysis, later, _persons(analysis, later), officials, models)
        if not names:
            break
        return names + _following_signers(analysis, later, officials, names, models), later
    return [], None


def _acting_person(analysis: Analysis, sent: Sentence, models: Models) -> bool:
    """sig65: does the sentence name a person who does something of the occasion, not
    only a guest ("На церемонии присутствовали X и Y", ``guest``, ``_witness``,
    ``attending``), a speaker of words ("«...», — отметил X", ``_reporter``) or one only
    named without a verb (sig91, ``verbless_mention``: "Подробности — у корреспондента
    Анны Лисиной")? Such a
    sentence ends ``far_side_signers``'s reach: "Губернатор Олег Мельниченко поблагодарил
    участников. Со стороны министерства документ подписал ..." may tell another
    occasion's signing."""
    persons = persons_in(analysis, sent)
    if not persons:
        return False
    sent = ensure_parsed(sent, models)
    return any(not (_reporter(sent, p) or guest(sent, p) or _witness(sent, p) or
                    attending(sent, p) or verbless_mention(sent, p)) for p in persons)


def _tells_on(sent: Sentence) -> bool:
    """sig54: a sentence after a reported aside that goes on with what was told: no
    signing word, no agreement noun, no side phrase ("Средний возраст работников
    превышает 52 года")."""
    lemmas = {t.lemma for t in sent.tokens}
    return not lemmas & (SIGNER_WORDS | SIGNING_HEADS | AGREEMENT_NOUNS | {"сторона"})


def _reported_aside(sent: Sentence, persons: list[NerSpan]) -> bool:
    """sig54: a sentence between a signing and its signers named side by side in which
    everyone named only tells something (``_reporter``), with no signing word and no
    agreement noun, is an aside of the occasion: "Подписание прошло в рамках коллегии.
    Открывая заседание, министр Анна Петрова напомнила, что ... Со стороны вуза документ
    подписала проректор Ольга Белова." Only from the parse."""
    lemmas = {t.lemma for t in sent.tokens}
    return sent.parsed and not lemmas & (SIGNER_WORDS | SIGNING_HEADS | AGREEMENT_NOUNS) and \
        all(_reporter(sent, p) or reporting_subject(sent, p) for p in persons)


def _signer_name(analysis: Analysis, sent: Sentence, span: NerSpan,
                 officials: list[Official], models: Models) -> str | None:
    """A signer's name in the nominative: the official it is, else the full name as
    written, else an oblique-case agent or a surname named in full before. A name written
    surname first ("Лисицыной Марины Олеговны") is read whole when the official found for it
    lacks that surname."""
    official = _official_name(span, officials)
    if official is None and body_of_place(sent, span, models):
        return None  # "Соцзащита Сахалина подписала ...": a body, not a person
    turned = surname_first_name(sent, span, models)
    if turned and (official is None or turned.split()[-1] not in official):
        return turned
    if official and feminine_as_written(sent, span, official):
        official = span.text  # sig54: "документ подписала проректор Айталина Никифорова"
    name = official or _nominative_person(sent, span) or \
        fallback_name(analysis, sent, span, models) or initials_of_official(span.text, officials)
    return initials_nominative(name, models) if name else None


def _distinct_signer_names(analysis: Analysis, sent: Sentence, spans: Iterable[NerSpan],
                           officials: list[Official], models: Models) -> list[str]:
    """The signer's name (``_signer_name``) of each span in turn, each name once: "министр
    Иван Петров ... Иван Петров подчеркнул" gives one name; a span with no name none."""
    names: list[str] = []
    for span in spans:
        name = _signer_name(analysis, sent, span, officials, models)
        if name and name not in names:
            names.append(name)
    return names


def _signing_names(analysis: Analysis, sent: Sentence, spans: Iterable[NerSpan],
                   officials: list[Official], models: Models) -> list[str]:
    """rev48: the signer's names (``_distinct_signer_names``) of the spans that neither only
    report the signing (``_reporter``: "..., сообщила министр Анна Котова") nor witness it
    (``_witness``: "в присутствии губернатора ..."), read span by span in turn: one reading
    for the side-by-side signers of ``_side_signers`` and ``far_side_signers``."""
    return _distinct_signer_names(
        analysis, sent, (s for s in spans if not (_reporter(sent, s) or _witness(sent, s))),
        officials, models)


def _named_signers(
    analysis: Analysis, sent: Sentence, officials: list[Official], models: Models
) -> list[str]:
    """The persons a signing sentence names as signers, in the nominative: not those who
    report it, attend it or stand inside another noun's phrase (``_signers_named``).

    speed64: read once per sentence of a document. The candidates, the record passes
    (counted members, shapes, the sentence after a signing) and the merge ask it again of
    the same sentence ("Соглашение подписали министр Иван Сомов и директор фонда Анна
    Белова" read for each agreement told there); the answer is kept while the document,
    the sentence, its tokens (``nlp.edit_stamp``), its NER spans and the officials' names,
    posts, bodies and places stay as they were (``_NAMED``), and each caller gets its own
    list."""
    key = (len(analysis.spans), edit_stamp(), tuple(
        (o.name, o.position, o.organization, o.region, o.evidence.start) for o in officials))
    if _NAMED_DOC and _NAMED_DOC[0] is not analysis:
        _NAMED_DOC.clear()
        _NAMED.clear()
    kept = _NAMED.get(id(sent))
    if kept is not None and kept[0] is sent and kept[1] is officials and kept[2] is models \
            and kept[3] == key:
        return list(kept[4])
    found = _signers_named(analysis, sent, officials, models)
    _NAMED_DOC[:] = [analysis]
    _NAMED[id(sent)] = (sent, officials, models, key, tuple(found))
    return found


# speed64: ``_named_signers``'s answers for the document last read (``_NAMED_DOC``), by the
# sentence's id, each entry holding the sentence, the officials' list and the models it
# was read with (held, so no later object takes their ids) and the state it was read in
_NAMED_DOC: list[Analysis] = []
_NAMED: dict[int, tuple[Sentence, list[Official], Models, tuple[object, ...],
                        tuple[str, ...]]] = {}


def _signers_named(
    analysis: Analysis, sent: Sentence, officials: list[Official], models: Models
) -> list[str]:
    """``_named_signers`` read afresh."""
    out: list[str] = []
    kept: NerSpan | None = None
    for span in _persons(analysis, sent):
        if _reporter(sent, span) or _witness(sent, span) or _bystander(sent, span, models) and \
                not joined_signer(sent, kept, span) or attending(sent, span) or \
                recalls_others_signing(sent, span) or subject_elsewhere(sent, span) or \
                reports_a_told_signing(sent, span) or standing_aside(sent, span) or \
                bracketed_aside(sent, span) or \
                guest_beside_signer(sent, span):  # sig62, sig90, r61sig; sig48: the deputy
            continue
        kept = span
        name = _signer_name(analysis, sent, span, officials, models)
        if name and name not in out:
            out.append(name)
    # "Она подписала документ вместе с министром Петром Суховым": she, named before
    return [n for n in pronoun_holder(sent, officials, models, analysis) if n not in out] + out


def _aside_with_guests(analysis: Analysis, sent: Sentence, agreement_lemma: str,
                       models: Models) -> bool:
    """A sentence between a signing and the one naming its signers that tells of the same
    occasion and signs nothing: no signing word, no other agreement or document noun, and
    any person it names only a guest ("На церемонии присутствовал заместитель губернатора
    Алексей Петров") or inside another noun's phrase ("университет имени И. П. Бардина").
    The signing as an occasion, with no document of its own after it, is the same one.
    sigpool96: so is one named without a verb in an oblique case, a credit (``verbless_mention``:
    "Репортаж Анны Лисиной.", "Фото Ольги Седых")."""
    toks = sent.tokens
    for i, t in enumerate(toks):
        if t.lemma in SIGNING_EVENTS and t.pos == "NOUN" and not (
                i + 1 < len(toks) and toks[i + 1].pos in {"NOUN", "PROPN"} and
                toks[i + 1].feats.get("Case") == "Gen"):
            continue  # "На подписании присутствовали депутаты": the same occasion
        if t.lemma in SIGN_VERBS or t.lemma in SIGNER_WORDS or other_paper(sent, i):
            return False
        if t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"} and t.lemma != agreement_lemma \
                and not _other_papers_in_plural(t):
            return False
    return all(guest(sent, p) or _bystander(sent, p, models) or verbless_mention(sent, p)
               for p in _persons(analysis, sent))


def _other_papers_in_plural(t: Token) -> bool:
    """sig50: an agreement noun in the plural and an oblique case tells of a kind of papers,
    not of one document a later "Подписи под документом поставили ..." could refer back to:
    "Ректор отметил, что в вузе уже учатся 64 студента по целевым договорам"."""
    return t.feats.get("Number") == "Plur" and t.feats.get("Case") not in {None, "Nom", "Acc"}


def _distant_signers(
    analysis: Analysis, sents: list[Window], si: int, officials: list[Official],
    dates: _DateIndex, models: Models,
) -> tuple[list[str], Sentence | None]:
    """The signers of the single agreement signed in sentence si, named at the end of the
    report in a sentence that refers back to it, past sentences on its content and its
    guests: "Трёхстороннее соглашение заключено сегодня в Томске. Центр занятости будет
    подбирать вакансии. На церемонии присутствовал депутат Павел Смирнов. Документ
    подписали глава департамента Ольга Ефимова и ректор Андрей Зуев." A
    sentence naming the same agreement noun without signing tells of it too ("Участником
    соглашения стал фонд ..."); one with a date may be of another, earlier one; far152: the
    next item of a count told signed ("Третий документ подписан с ...",
    ``_next_count_item``) ends the search, its signers are its own (an item that only
    names its partner, "Второе — с фондом «Заря».", does not). sig61: the
    other sides' signers the sentences right after name join them, as after a nearer back
    reference (``_following_signers``): "... Документ позволит ... . От имени министерства этот
    документ подписал заместитель министра X. Со стороны фонда подпись поставил
    управляющий Y." → X and Y."""
    if not _single_agreement(sents[si]):
        return [], None
    signed = next((t.lemma for t in sents[si].tokens
                   if t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"}), "")
    for later in sents[si + 1:si + 1 + DISTANT_REACH]:
        if separate_items(analysis.text, sents[si], later) or signing_count_item(later):
            break  # far152: "Третий документ министр подписала с ...": that item's signers
        if _refers_back(later) or bare_signature(later, TRIGGERS | OTHER_DOCUMENTS) or \
                signing_caption(later) or _renamed_bare(later, signed, models):
            # dig93: "мы с ректором X" in a guest's answer: the guest, too (``_author_signer``)
            names = _author_signer(analysis, later,
                                   _named_signers(analysis, later, officials, models),
                                   officials, models)
            if names:
                return names + _following_signers(analysis, later, officials, names,
                                                  models), later
            continue  # "Документ подписан сроком на пять лет": of the same one
        if not _aside_with_guests(analysis, later, signed, models) or \
                _names_agreement(later) and dates.within(later):
            break
    return [], None


def _renamed_bare(sent: Sentence, signed: str, models: Models) -> bool:
    """sig51: a signing sentence naming the agreement signed before again by its bare noun
    refers back to it as "Документ подписали" does: "... подписали протокол о намерениях.
    Стороны договорились ... . Протокол подписали директор департамента А и директор
    завода Б.", "... подписали соглашение. Оно вступает в силу с мая. Свои подписи под
    соглашением поставили ректор А и директор Б." (``bare_renaming``: the same noun,
    nothing of its own under it, the object of the signing or the paper a signature is put
    under). A noun that is an agreement with its object alone (``OBJECT_ONLY``:
    "протокол") is never one of its own; any other ("соглашение") is one document, named
    with no partner of its own: not in the plural ("Соглашения подписали ..." after
    several), and no "с" in the sentence ("С фондом соглашение заключили летом, подписывал
    его ..." tells another signing; a first try, reading any noun, gave those signers to
    the agreement told before it). Read only when a signing word is in the sentence; only
    from the parse."""
    if not signed or not any(t.lemma in SIGN_VERBS for t in sent.tokens) or \
            not any(t.lemma == signed for t in sent.tokens):
        return False
    if signed not in OBJECT_ONLY and (
            any(t.lemma in PARTNER_PREPOSITIONS for t in sent.tokens) or
            any(t.lemma == signed and t.feats.get("Number") == "Plur" for t in sent.tokens)):
        return False
    return bare_renaming(ensure_parsed(sent, models), signed)


def _collective_signers(
    analysis: Analysis, sents: list[Window], si: int, officials: list[Official], models: Models
) -> list[str]:
    """Who signed every one of several agreements signed before, named once for all: "В
    Омске подписаны соглашения с Алтайским краем и с Томским университетом. Все три
    документа от имени области подписал министр Владимир Куприянов." The first sentence
    within COLLECTIVE_REACH after si that signs with "все"/"оба"/a numeral on a document
    noun; its signers join this agreement's. sig94: "я" signing them is the author a post's
    header names (``_author_signer``): "Ольга Лаптева | начальник управления ... Все три
    документа от управления подписывала я"."""
    for later in sents[si + 1:si + 1 + COLLECTIVE_REACH]:
        if not any(t.lemma in SIGNER_WORDS for t in later.tokens):
            continue
        if collective_reference(later, COLLECTIVE_DOCUMENTS):
            return _author_signer(analysis, own_words_parsed(later, models),
                                  _named_signers(analysis, later, officials, models),
                                  officials, models)
    return []


def _card_signers(
    analysis: Analysis, sents: list[Window], si: int, officials: list[Official], models: Models
) -> list[str]:
    """The signers a fact box after the report lists, of the single agreement signed in
    sentence si: "В пятницу подписано соглашение ... . СОГЛАШЕНИЕ В ЦИФРАХ. Стороны: ... .
    Подписали: министр Анна Котова; министр Пётр Гусев". The box's line of signers
    (``signers_line``) within CARD_REACH sentences, before any other signing of an
    agreement."""
    if not _single_agreement(sents[si]):
        return []
    for later in sents[si + 1:si + 1 + CARD_REACH]:
        if signers_line(analysis, later):
            # the officials the line names, in order: a name at the line's end may run into
            # the next line's label for the NER ("Марина Русских\nПредмет")
            listed = [o.name for o in sorted(officials, key=lambda o: o.evidence.start)
                      if later.start <= o.evidence.start < later.stop]
            named = _named_signers(analysis, later, officials, models)
            return list(dict.fromkeys(listed + named)) if listed else named
        lemmas = {t.lemma for t in later.tokens}
        if lemmas & SIGN_VERBS and _names_agreement(later):
            break  # another signing: whatever box follows is of that one
    return []


def _later_signers(
    analysis: Analysis, sents: list[Window], si: int, officials: list[Official],
    dates: _DateIndex, signers: list[str], models: Models,
) -> list[str]:
    """Signers named further on, added to those of the signing in sentence si: the ones a
    back reference at the end of the report names when none was found nearer
    (``_distant_signers``; sig65: past the agreement's terms, by the sides,
    ``far_side_signers``), and the one who signed all of several documents
    (``_collective_signers``). Read after the sides, so they add no party."""
    out = list(signers) or _distant_signers(analysis, sents, si, officials, dates, models)[0] or \
        far_side_signers(analysis, sents, si, officials, models)[0] or \
        _card_signers(analysis, sents, si, officials, models)
    return out + [n for n in _collective_signers(analysis, sents, si, officials, models)
                  if n not in out]


def signing_charges(sent: Sentence, heads: frozenset[str] | set[str]
                    ) -> list[tuple[int, int, list[int]]]:
    """plan62: the one reader of a signing charged or due to someone: each word of
    ``heads`` (a verb of charging, of what is due, or of plan) over an infinitive of
    signing, with the words in the dative (``iobj`` or ``obl``) hung on either: "Подписать
    документ поручено министру Анне Котовой", "Подписать соглашение предстоит ей и ректору
    Олегу Лыкову" → (the word of charge, the infinitive, the datives). The callers choose
    the heads and which datives name signers (``assigned_signers``,
    ``plan_signers.dative_signers``). From the parse and morphology."""
    toks = sent.tokens
    out: list[tuple[int, int, list[int]]] = []
    for v, t in enumerate(toks):
        if t.lemma not in heads:
            continue
        for c in sent.children(v):
            if toks[c].lemma not in SIGN_VERBS or toks[c].feats.get("VerbForm") != "Inf":
                continue
            given = [d for w in (v, c) for d in sent.children(w)
                     if toks[d].rel in {"iobj", "obl"} and toks[d].feats.get("Case") == "Dat"]
            out.append((v, c, given))
    return out


def _assigned_signer_spans(analysis: Analysis, sent: Sentence) -> list[NerSpan]:
    """The persons a sentence charges with signing a document: the dative of a verb of
    charging whose clause is a signing infinitive with a document object ("Подписать
    документ поручено министру ... Ольге Шамовой")."""
    toks = sent.tokens
    # sig50: "предстоит министру X"; plan62: through the one reader of charges
    for v, c, given in signing_charges(sent, ASSIGN_VERBS | DUE_VERBS):
        given = [d for d in given if toks[d].head == v]
        if not given or not any(toks[d].rel == "obj" and toks[d].lemma in DOCUMENT_OBJECTS
                                for d in sent.children(c)):
            continue
        nodes = {n for c in given for n in subtree(sent, c)}
        # sig50: not ``_persons``, which drops the persons of a sentence that only intends a
        # signing ("предстоит" is a word of plan): here they are the planned signers
        return [sp for sp in persons_in(analysis, sent)
                if _token_index(sent, sp.start) in nodes]
    return []


def assigned_signers(
    analysis: Analysis, models: Models, sents: list[Window], si: int,
    officials: list[Official],
) -> list[str]:
    """agrplan: the signers of a planned agreement are the persons charged with signing it,
    in its sentence or the next one that names no agreement of its own: "Вскоре
    будет заключено соглашение ... . Подписать документ от томской стороны поручено
    министру труда Томской области Ирине Волковой" (read from the parse). rounds41: a
    sentence on the agreement's terms between them, signing nothing and naming no one
    (``_terms_aside``), is passed, as is one telling the plan again of "документ" with
    no one charged: "Готов проект соглашения ... . Подписать документ планируется в мае.
    Соглашением предусмотрены гастроли театров. Подписать его предполагается министру
    Анне Орловой" (two such sentences at most)."""
    n, reach = si, si + 2
    while n < min(reach, len(sents)):
        if n > si and reach < si + 4 and _terms_aside(analysis, sents[n]):
            reach, n = reach + 1, n + 1
            continue
        sent = ensure_parsed(sents[n], models) if n > si and _signing_charge(sents[n]) \
            else sents[n]
        if n > si and _names_agreement(sent) and not _signing_charge(sent):
            break
        n += 1
        if not sent.parsed:
            continue
        names = [x for sp in _assigned_signer_spans(analysis, sent)
                 if (x := _signer_name(analysis, sent, sp, officials, models)) is not None]
        if names:
            return list(dict.fromkeys(names))
    return []


def _terms_aside(analysis: Analysis, sent: Sentence) -> bool:
    """rounds41: does the sentence, naming no person, tell an agreement's terms and nothing
    of its signing (an agreement noun in the instrumental, no verb of signing: "Соглашением
    предусмотрены стажировки"), or the planned signing again of a bare "документ" (a
    signing infinitive first, its object "документ" or "его": "Подписать документ
    планируется в мае")?"""
    toks = sent.tokens
    if persons_in(analysis, sent) or not toks:
        return False
    if toks[0].lemma in SIGN_VERBS and toks[0].feats.get("VerbForm") == "Inf":
        return len(toks) > 1 and toks[1].lemma in DOCUMENT_OBJECTS
    return any(t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"} and
               t.feats.get("Case") == "Ins" for t in toks) and \
        not any(t.lemma in SIGN_VERBS for t in toks)


def _signing_charge(sent: Sentence) -> bool:
    """Does the sentence hold a verb of charging and a signing verb (worth a parse)?"""
    lemmas = {t.lemma for t in sent.tokens}
    return bool(lemmas & (ASSIGN_VERBS | DUE_VERBS)) and bool(lemmas & SIGN_VERBS)


def _speaking_signer(
    analysis: Analysis, sent: Sentence, lo: int, hi: int, signers: list[str],
    officials: list[Official], models: Models,
) -> list[str]:
    """"Мы подписали соглашение с министерством ЛНР. Документ со стороны республики
    подписала министр Лариса Шевчук", said by the minister of a transcript's turn
    ("КРУГЛОВА Е.В.: ...") or of a quote: the head of the speaker's body signed for it,
    when the other side's signer is named and none of the speaker's body ("в октябре мы
    подписали соглашение с X" alone tells of the bodies, not of who signed). A speaker
    who is no head ("мы", said by a press secretary) adds no one. sig91: so does an item of
    a count the speaker told in the first person (``_item_of_own_count``): "Вчера мы
    подписали два соглашения. Первое — с фондом «Опора». С его стороны документ подписала
    директор Анна Белова"."""
    if not signers or not (_first_person(sent, lo, hi) or _item_of_own_count(analysis, sent)):
        return signers
    speaker = _speaker(analysis, sent, officials) or turn_speaker(analysis, sent, officials)
    if speaker is None or speaker.name in signers or not heads_body(speaker, models):
        return signers
    own = [o for o in officials if o.name in signers and o.organization and
           o.organization == speaker.organization]
    return signers if own else [speaker.name] + signers


def _item_of_own_count(analysis: Analysis, sent: Sentence) -> bool:
    """sig91: does the sentence open with an ordinal ("Первое — с фондом «Опора»", "Второй
    документ — с колледжем") right after a sentence that counts signed documents in the
    first person ("Вчера мы подписали два соглашения")? A numeral and a first-person clause
    in the sentence before, with a signing verb."""
    toks = sent.tokens
    if not toks or toks[0].lemma not in ORDINALS:
        return False
    before = sentence_before(analysis, sent)
    if before is None:
        return False
    lemmas = {t.lemma for t in before.tokens}
    return bool(lemmas & SIGN_VERBS) and any(t.pos == "NUM" for t in before.tokens) and \
        _first_person(before, 0, len(before.tokens))


def _post_signer(sent: Sentence, k: int, officials: list[Official], models: Models,
                 analysis: Analysis | None = None) -> list[str]:
    """A signer named only by post, the subject of the signing verb ("По итогам встречи
    министр подписала соглашение с ...", "глава региона подписал ..."), is the official
    the text named with that post before, when it named exactly one: "Министр труда ...
    Ирина Абрамова провела встречу ...". Only from the parse; the post's first word
    against the officials' positions."""
    path = _signing_path(sent, k, SIGN_VERBS)
    if path is None:
        # sig48: the parser lost the document's own predicate ("По итогам встречи документ
        # ... скрепили подписями руководители обоих ведомств": "скрепили" read as an
        # adjective), yet a counted plural post hangs on the signing: the two it counts
        return both_post_holders(sent, officials, models) if sent.parsed else []
    verb = path[-1]
    toks = sent.tokens
    for c in sent.children(verb):
        t = toks[c]
        if t.rel != "nsubj" or t.pos != "NOUN" or t.feats.get("Number") == "Plur" or any(
                toks[x].lemma not in BARE_PLACES | ANAPHORIC_BODIES for x in sent.children(c)):
            continue  # a bare post ("министр", "глава региона"), not "министр Иван Петров"
        same = {o.name for o in officials if o.position and o.evidence.start < t.start and
                o.position.split()[0].lower() == t.lemma}
        if not same:  # sig62: "глава ведомства подписал ..."
            same = body_head_holder(sent, c, verb, officials, models)
        return sorted(same) if len(same) == 1 else []
    return post_holders(sent, officials, models, analysis)  # "... подписал министр труда"


def _more_signers(sent: Sentence) -> bool:
    """A sentence after a named signing that names the other side's signer: "С ... стороны
    документ подписал ...", "От имени X подпись поставил ...", "Документ также подписал
    ..."."""
    lemmas = [t.lemma for t in sent.tokens]
    if elided_side(sent):
        return True  # "Со стороны фонда — директор Анна Смирнова."
    if "сторона" in lemmas and REPRESENT_VERBS & set(lemmas) or representing_clause(sent):
        return True  # "Белгородскую сторону представлял министр Олег Дроздов." (sig44: a body)
    if not SIGNER_WORDS & set(lemmas):
        return False
    # sig46: a side phrase of "от" opens it as "со стороны" does: "От имени предприятия
    # подпись поставил генеральный директор завода Игорь Латыпов"
    return "сторона" in lemmas[:6] or lemmas[:1] == ["от"] and _signs_the_document(sent) or \
        _charged_opening(lemmas) and _signs_the_document(sent) or \
        bool(MORE_SIGNER_WORDS & set(lemmas[:4])) or \
        side_for_signature(sent) and _signs_the_document(sent) or \
        side_on_signing_verb(sent) and _signs_the_document(sent)  # sig50


def _charged_opening(lemmas: list[str]) -> bool:
    """sig61: a sentence opening with the charge its signer acted on opens a side as "от
    имени" does: "По поручению генерального директора завода Олега Рыбина документ
    подписал директор по персоналу Иван Сомов" (the one charged signs; the one charging
    is in the genitive and does not)."""
    return lemmas[:1] == [CHARGE_OPENING] and bool(set(lemmas[1:2]) & CHARGE_NOUNS)  # sig58


def side_for_signature(sent: Sentence) -> bool:
    """sig47: a side phrase of "за" (a body in the accusative) hung on the signature or on
    the verb of signing, as "от" and "со стороны" are: "Подпись за отделение фонда
    поставил его управляющий", "За министерство документ подписал его глава". Only from
    the parse, and only a body or a side: "за неделю до форума" is a time, not a side."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    for t in toks:
        if t.lemma != "за" or t.rel != "case":
            continue
        noun, h = toks[t.head], toks[t.head].head
        if noun.feats.get("Case") == "Acc" and \
                noun.lemma in ORG_HEADS | BODY_HEADS | REPRESENTED_CONTEXT and \
                0 <= h < len(toks) and (toks[h].lemma == "подпись" or toks[h].lemma in SIGN_VERBS):
            return True
    return False


def _signs_the_document(sent: Sentence) -> bool:
    """sig46: does the sentence sign or put a signature, and under nothing but the document
    or a pronoun for it? "От имени предприятия подпись поставил директор" yes; "От жителей
    подписи под обращением собрала депутат" no (another paper, and signatures gathered)."""
    toks = sent.tokens
    lemmas = {t.lemma for t in toks}
    if not (lemmas & (SIGN_VERBS - SIGNATURE_NOUNS) or
            "подпись" in lemmas and lemmas & SIGNATURE_VERBS):
        return False
    for k, t in enumerate(toks[:-1]):
        if t.lemma == "под":
            noun = next((w for w in toks[k + 1:k + 3] if w.pos in {"NOUN", "PROPN", "PRON"}),
                        None)
            if noun is not None and noun.lemma not in TRIGGERS | DOCUMENT_REFERENCES:
                return False
    return True


def chain_bystander(sent: Sentence, span: NerSpan, models: Models) -> bool:
    """sig72: in a further sentence of a signing that names no signer of its own (a passive
    "Документ подписан ..." with no agent), a person inside another noun's phrase signs
    nothing, as in the signing's own sentence (``_bystander``): "Документ подписан по
    итогам переговоров мэра Ивана Серова и главы района Олега Белова" tells whose talks
    led to it. Read on the parse (the sentence is parsed here: a chain is a sentence or
    two)."""
    return _bystander(ensure_parsed(sent, models), span, models)


def _more_signers_chain(analysis: Analysis, after: Sentence,
                        by_from: bool = False) -> list[Sentence]:
    """The sentences after a named signing that each name a further side's signers
    (``_more_signers``), in a row, at most ``MORE_SIGNERS_CHAIN``: "От имени правительства
    соглашение подписали X и Y. Со стороны профсоюзов подписи поставили Z и W.
    Работодателей представляли U, V и T." → all seven (sig44: a three-sided agreement
    told side by side). The first sentence that names no more signers, or signs an
    agreement of its own, ends the row."""
    out: list[Sentence] = []
    nxt: Sentence | None = after
    skipped = False
    while nxt is not None and len(out) < MORE_SIGNERS_CHAIN:
        if not _more_signers(nxt) and not skipped:
            beyond = _past_side_aside(analysis, nxt, by_from)  # sig50; sig55: "от"
            if beyond is not None:
                skipped, nxt = True, beyond
        if not _more_signers(nxt) or _another_signing(nxt) or older_document(nxt):
            break
        out.append(nxt)
        nxt = next_sentence(analysis, nxt)
    return out


def _past_side_aside(analysis: Analysis, aside: Sentence,
                     by_from: bool = True) -> Sentence | None:
    """sig50: one sentence between two sides' signers that signs nothing and names no
    agreement, when the sentence after it opens with the next side and signs: "Со стороны
    ведомства соглашение скрепил подписью его первый заместитель X. Сам министр Y была в
    этот день в командировке. Со стороны общества подпись поставил его председатель Z" →
    the sentence of Z (Y, in the aside, is never read). sig55: the next side may open with
    "от" as ``_more_signers`` reads it ("... Начальница департамента Y приехать не смогла.
    От районной администрации свою подпись поставил её глава Z, от фирмы — ..."),
    ``_side_opening``; only for the side after the signers found for a sentence telling
    a signing (``by_from``: ``_following_signers``' default, so ``_signatories``,
    ``_side_signers``, ``far_side_signers`` and ``_distant_signers`` read it, all after the
    sentence of the signing; not after a back reference to a sentence telling no signing
    done, ``_signing_told``, in ``_back_reference_signers``:
    "Соглашение предусматривает ... . Документ со стороны X подписал ... . [aside] От Y
    ..." would give the content sentence the whole row, and the row's bodies as the sides
    of a record of its own). Else None."""
    lemmas = [t.lemma for t in aside.tokens]
    if set(lemmas) & SIGNER_WORDS or _names_agreement(aside):
        return None
    beyond = next_sentence(analysis, aside)
    if beyond is None or not _more_signers(beyond) or not (
            _side_opening(beyond) if by_from else
            "сторона" in [t.lemma for t in beyond.tokens][:SIDE_OPENING]):
        return None
    return beyond


def _side_opening(sent: Sentence) -> bool:
    """sig55: does the sentence open with a side of a signing, "со стороны X" (its
    "сторона" among the first ``SIDE_OPENING`` words) or a phrase of "от" ("От
    администрации района подпись поставил ...", "От имени фонда ...")? The two openings
    ``_more_signers`` reads as the next side's signer. An "от" opening signs the document
    or a signature only, no agreement noun of its own ("От компании договор поставки
    автобусов подписал директор ...": another paper)."""
    lemmas = [t.lemma for t in sent.tokens]
    return "сторона" in lemmas[:SIDE_OPENING] or \
        lemmas[:1] == ["от"] and not _names_agreement(sent)


def _reporter(sent: Sentence, span: NerSpan) -> bool:
    """"..., сообщила министр ... Алла Елизарова": the subject of a reporting verb only
    told of the signing. Also "по словам X", and sig50: the teller of a quote that alone
    tells the signing, whatever the verb (``signers.quote_teller``)."""
    toks = sent.tokens
    i = _token_index(sent, span.start)
    j = i - 1
    while j >= 0 and toks[j].text not in {",", "—", "–", ".", ";", ":", "«", "»"}:
        if toks[j].lemma in REPORT_VERBS:
            return True
        if toks[j].lemma in SIGN_VERBS:
            return False
        j -= 1
    return i >= 2 and toks[i - 1].lemma == "слово" and toks[i - 2].lemma == "по" or \
        _after_words_of(toks, i) or quote_teller(sent, span)  # sig50


def _after_words_of(toks: list[Token], i: int) -> bool:
    """sig67: is the name the end of a "по словам" phrase whose posts stand between, every
    word of them genitive? "По словам заместителя губернатора, заместителя председателя
    правительства области Дениса Лыкова, следующим шагом станет подписание ..." (he
    only tells of it). Read back from the name over genitive words and commas only."""
    j = i - 1
    while j >= 1 and (toks[j].text == "," or toks[j].feats.get("Case") == "Gen"):
        j -= 1
    return j >= 1 and j < i - 1 and toks[j].lemma == "слово" and toks[j - 1].lemma == "по"


def _bystander(sent: Sentence, span: NerSpan, models: Models) -> bool:
    """A person named inside another noun's phrase does not sign: "Соглашение было
    подписано ... в последний день визита председателя КНР Ху Цзиньтао" (the visit's). The
    name, through its appositions, is the dependent (nmod) of a noun other than "лицо" or
    "подпись" ("в лице министра Ивана Петрова", "подпись министра" are signers). A name
    right after a dash stands in a clause whose verb is left out ("со стороны ведомства —
    Олег Котов"), whatever the parser hangs it on. A name under a post is the post's own
    ("министр Гусева"), however hung; the post's phrase decides. Only from the parse."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    i = _token_index(sent, span.start)
    if i >= len(toks) or i > 0 and toks[i - 1].text in GAP_DASHES:
        return False
    if gapped_post_name(sent, i):  # sig30: "со стороны X – председатель Y Аяс Ооржак"
        return False
    if partner_signer(sent, span):
        return False  # "подписала соглашение о сотрудничестве с министром X": X signed too
    if caseless_initials_holder(sent, span, models):
        return False  # sig54: "управляющий отделением А. В. Пермяков" (the initial read Gen)
    if initials_post_holder(sent, span, models) or \
            surname_initials_post_holder(sent, span, models) or \
            instrumental_initials_holder(sent, span, models):  # sig58: "подписан директором"
        return False  # sig65: "председатель организации ВОИ В.Г. Колесников" (parse slip)
    if outer_post_name(sent, span) or written_agent(sent, span):  # sigD: the name's own post
        return False
    if forward_apposed_name(sent, i):  # sig62: hung on a word after it, its post before
        return False
    if name_hung_on_another(sent, span):  # sig90: "им. М. К. Петрова Иван Сомов"
        return False
    for _ in range(4):
        h = toks[i].head
        if h < 0:
            break
        if toks[i].rel in {"appos", "flat", "flat:name"} or toks[i].rel == "nmod" and \
                toks[i].pos == "PROPN" and toks[h].pos == "NOUN" and \
                toks[h].feats.get("Animacy") == "Anim":
            i = h  # "министр Гусева", hung as "of" the post: the post's own name
            continue
        if _acting_duties(sent, i):
            i = toks[h].head  # sig46: "исполняющей обязанности министра X": X's own post
            continue
        if toks[i].rel == "conj" and h < i and toks[h].pos == "NOUN" and \
                toks[h].feats.get("Animacy") == "Anim" and toks[h].rel == "nmod":
            i = h  # sig72: "визита мэра X и главы района Y": Y's post stands as X's does
            continue
        if _under_acting_head(sent, i):
            i = h  # sig73: "врио директора X и ректор Y подписали": the acting post's own
            continue
        break
    i = _acting_participle(sent, i)
    if described_act_agent(sent, i):
        return True
    h = toks[i].head
    return toks[i].rel == "nmod" and 0 <= h < len(toks) and toks[h].pos == "NOUN" and \
        toks[h].lemma not in SIGNER_HOLDERS and not misplaced_subject_post(sent, i)


def described_act_agent(sent: Sentence, k: int) -> bool:
    """pair71: is the post or name at ``k`` the agent of a participle that describes
    another noun, the participle not a signing word? Then the person did that noun's act,
    not the signing: "Соглашение заключено в развитие договорённостей, достигнутых
    губернатором Кузбасса Сергеем Цивилевым и губернатором Алтайского края Виктором
    Томенко" (the governors reached the arrangements; the ministers signed). A conjunct
    agent counts as its first one. "Соглашение, подписанное министром X" keeps X (a
    signing participle). Only from the parse and morphology."""
    toks = sent.tokens
    for _ in range(3):
        if toks[k].rel == "conj" and 0 <= toks[k].head < len(toks):
            k = toks[k].head  # "... губернатором X и губернатором Y": Y as X
        else:
            break
    t = toks[k]
    p = t.head
    if t.rel not in {"obl:agent", "obl"} or t.feats.get("Case") != "Ins" or \
            not 0 <= p < len(toks):
        return False
    part = toks[p]
    if part.feats.get("VerbForm") != "Part" or part.rel not in {"acl", "amod"} or \
            part.lemma in SIGNING_HEADS or part.lemma in SIGN_VERBS:
        return False
    n = part.head
    return 0 <= n < len(toks) and toks[n].pos in {"NOUN", "PROPN"}


def forward_apposed_name(sent: Sentence, i: int) -> bool:
    """sig62: is the name at token ``i`` hung as the apposition of a word after it, while
    an animate post in the name's case stands right before it? An apposition follows
    what it names, so the parse slipped: "подписала проректор по учебной работе Наталья
    Каверина, со стороны вуза — проректор по образовательной деятельности ..." (the name
    hung on "деятельности"); the post written before it is its own. Between the post and
    the name only the post's phrase (nouns, adjectives, prepositions), at most
    GAP_POST_WORDS words. From the parse and morphology."""
    toks = sent.tokens
    t = toks[i]
    if t.rel != "appos" or t.head <= i:
        return False
    case = t.feats.get("Case")
    for j in range(i - 1, max(-1, i - 1 - GAP_POST_WORDS), -1):
        w = toks[j]
        if w.pos == "NOUN" and w.feats.get("Animacy") == "Anim" and \
                w.feats.get("Case") == case:
            return True
        if w.pos not in {"NOUN", "ADJ", "ADP", "PROPN"}:
            return False
    return False


def misplaced_subject_post(sent: Sentence, k: int) -> bool:
    """sig62: is the post at ``k``, hung as a noun's dependent, a nominative that no noun
    governs? A noun's dependent stands in an oblique case; an animate post in the
    nominative under a noun of another case is the parser's slip, most often the subject
    hung on the place phrase before it: "В епархиальном управлении председатель комитета
    Наталья Ермакова и протоиерей Олег Савин подписали соглашение" (the chairwoman is no
    part of the office). Only from morphology."""
    toks = sent.tokens
    t, h = toks[k], toks[k].head
    return t.pos == "NOUN" and t.feats.get("Animacy") == "Anim" and \
        t.feats.get("Case") == "Nom" and 0 <= h < len(toks) and \
        toks[h].feats.get("Case") not in {None, "Nom"}


def _under_acting_head(sent: Sentence, k: int) -> bool:
    """sig73: is the post at ``k`` the genitive of a one-word acting prefix the parse took for
    its head noun ("врио", "и.о.")? Then the prefix and the post are one acting post, and
    the name under it is its holder's, no bystander inside another noun's phrase: in "врио
    начальника управления Анна Котова и директор центра Олег Белов подписали соглашение"
    both sign. Only from the parse."""
    toks = sent.tokens
    h = toks[k].head
    return toks[k].rel == "nmod" and 0 <= h < len(toks) and \
        toks[h].text.lower() in ACTING_HEAD_WORDS


def _acting_participle(sent: Sentence, k: int) -> int:
    """sig47: the participle of an acting post when the name is hung on its "обязанности"
    ("по поручению исполняющего обязанности главы республики Сергея Ившина"): the whole
    phrase is the post, and the participle says whose phrase it stands in (here the
    instruction's, so Ившин gave it and signed nothing); else k itself. Only from the
    parse."""
    toks = sent.tokens
    v = toks[k].head
    if toks[k].text.lower() in ACTING_WORDS and 0 <= v < len(toks) and \
            toks[v].lemma in DUTY_VERBS and toks[v].feats.get("VerbForm") == "Part":
        return v
    return k


def _acting_duties(sent: Sentence, k: int) -> bool:
    """sig46: is the post at ``k`` the genitive of "обязанности" under a participle of
    carrying out duties, so that the whole phrase is one acting post ("подписан исполняющей
    обязанности министра ... Ольгой Пахомовой": the name is the acting minister's, not a
    bystander's)? Only from the parse."""
    toks = sent.tokens
    h = toks[k].head
    if toks[k].rel != "nmod" or not 0 <= h < len(toks) or \
            toks[h].text.lower() not in ACTING_WORDS:
        return False
    v = toks[h].head
    return 0 <= v < len(toks) and toks[v].lemma in DUTY_VERBS and \
        toks[v].feats.get("VerbForm") == "Part"


def prepositional_bystander(sent: Sentence, span: NerSpan) -> bool:
    """sigpool98: a person under a preposition that sets her beside the signing is no
    signer: "Договор мы заключили с клубом, записаться можно у Ивана Седова, тренера
    команды" (a contact), "передали письмо для министра Олега Котова". The name, or the
    post it is apposed to or named under, takes a preposition of ``BYSTANDER_PREPOSITIONS``
    as its case mark. Only from the parse."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    i = _token_index(sent, span.start)
    if not 0 <= i < len(toks):
        return False
    for _ in range(3):  # "у министра Ивана Седова": the post's phrase marks the name
        if any(toks[c].rel == "case" and toks[c].lemma in BYSTANDER_PREPOSITIONS
               for c in sent.children(i)):
            return True
        h = toks[i].head
        if toks[i].rel not in {"appos", "flat", "flat:name", "nmod"} or not 0 <= h < len(toks) \
                or toks[h].feats.get("Animacy") != "Anim":
            return False
        i = h
    return False


def _witness(sent: Sentence, span: NerSpan) -> bool:
    """"при участии губернатора ... Романа Старовойта", "в присутствии министра ...": one
    who attends a signing does not sign. A word of attendance a few words before the
    name, with no comma, verb or conjunction between them. sig49: nor does a name joined
    by "и" or a comma to an attending one, in the same oblique case: "подписывают
    соглашение в присутствии Ирины Сорокиной и Алексея Гаврилова" (both attend; a
    nominative list "подписали X, Y и Z" is never such). At most WITNESS_CONJUNCTS names
    back."""
    toks = sent.tokens
    i = _token_index(sent, span.start)
    case = toks[i].feats.get("Case") if 0 <= i < len(toks) else None
    lo, chained = i - 8, 0
    j = i - 1
    while j > max(-1, lo):
        t = toks[j]
        if t.lemma in ATTENDANCE_WORDS:
            return True
        if (t.text == "," or t.pos == "CCONJ") and case not in {None, "Nom"} and j > 0 and \
                toks[j - 1].pos == "PROPN" and toks[j - 1].feats.get("Case") == case and \
                chained < WITNESS_CONJUNCTS:
            lo, chained = j - 8, chained + 1  # "Ирины Сорокиной и Алексея Гаврилова"
            j -= 1
            continue
        if t.text in {",", ";", "—", "(", ")"} or t.pos in {"VERB", "AUX", "CCONJ"}:
            return False
        j -= 1
    return False


def _holding(span: NerSpan, sent: Sentence, other: Sentence | None) -> Sentence:
    """Which of two sentences holds the span."""
    if other is not None and other.start <= span.start < other.stop:
        return other
    return sent


def _nominative_person(sent: Sentence, span: NerSpan) -> str | None:
    """A full name that is the subject of the signing ("... подписали Ирина Колосова, ...")
    is a signatory even when no position was recognised for it."""
    i = _token_index(sent, span.start)
    toks = sent.tokens[i:_token_index(sent, span.stop)]
    words = [t for t in toks if t.text[:1].isupper() and t.text.isalpha()]
    if len(words) < 2 or len(words) != len(toks):
        return None
    if not all(t.feats.get("Case") == "Nom" for t in toks):
        return None
    return " ".join(t.text for t in toks)


def _official_name(span: NerSpan, officials: list[Official]) -> str | None:
    """The official a PER mention refers to, by soccoop.names: every part of the mention
    must match a part of the official's name, so "Анна Петрова" is not the governor "Андрей
    Петров". Among several matches (a bare surname), the official whose own phrase holds
    the mention, else the one whose surname has the mention's form. No name match: the
    official whose phrase holds the mention."""
    index = _official_index(officials)
    matching = index.matching(span.text)
    holding = index.holding(span.start, span.stop)
    if len(matching) > 1:
        inside = [o for o in matching if o in holding]
        same = [o for o in matching if names.words(o.name)[-1:] == names.words(span.text)[-1:]]
        matching = inside or same or matching
    if matching:
        return matching[0].name
    return holding[0].name if holding else None


def initials_of_official(text: str, officials: list[Official]) -> str | None:
    """sig72: a signer written by surname and initials ("Орлов П.С.") whom no official
    matches by every part, because the page names the person in full later without a
    patronymic for the second initial ("Павел Орлов"), is still that one official's
    signature: the name as written, initials first ("П. С. Орлов"). Not the official's full
    name: the official's body, told elsewhere, is no side read from this sentence. None
    when the mention has a first name written out, or no official or several fit."""
    parts = names.split_name(text)
    words = [w for w in re.split(r"[\s.]+", text) if len(w) > 1]
    if parts is None or parts.first is not None or parts.initial is None or len(words) != 1:
        return None
    fit = {o.name for o in officials if names.same_person(text, o.name) and
           (p := names.split_name(o.name)) is not None and p.first is not None}
    if len(fit) != 1:
        return None
    letters = [f"{c.upper()}." for c in (parts.initial, parts.middle) if c]
    return " ".join(letters + words)


def _gapped_phrase(
    analysis: Analysis, models: Models, sent: Sentence, lo: int, hi: int,
    regions: list[RegionRef],
) -> _Party | None:
    """The one side named between tokens lo and hi of a gapped clause: an organisation or
    region phrase found there, else a body phrase headed by its first word ("департамент
    по труду и занятости")."""
    found = _parties_in(analysis, models, sent, lo, hi, regions)
    if len(found) == 1:
        return found[0]
    toks = sent.tokens
    if found or hi <= lo or toks[lo].lemma not in ORG_HEADS | BODY_HEADS:
        return None
    start, stop = toks[lo].start, toks[hi - 1].stop
    return _Party(nominative_phrase(models, toks[lo:hi], analysis.text),
                  _region_at(regions, start, stop), start, stop, models)


def _gapped_signing(
    analysis: Analysis, models: Models, sent: Sentence, k: int, regions: list[RegionRef],
    parties: list[_Party] | None = None,
) -> tuple[list[_Party], int, int]:
    """A second signing whose verb and noun are left out after "а": "Департамент X
    подписал соглашение с министерством Y, а департамент Z — с министерством W" is also
    an agreement between Z and W. Read from the words: ", а" + a side, a dash, "с" + a
    side up to the next comma or the end, with no verb in between. agrB: when the words
    before the dash name no side but only when ("В 2021 году министерство заключило
    соглашение с департаментом Вологодской области, а в прошлом году — с Республикой
    Коми"), the subject is the first signing's (its first side, when it has two) and the
    gap's own time is its date. Returns the sides and the token range of the gap."""
    toks = sent.tokens
    n = len(toks)
    for a in range(k + 1, n - 4):
        if toks[a].text != "," or toks[a + 1].lemma not in CONTRAST_CONJUNCTIONS:
            continue
        d = next((i for i in range(a + 2, n) if toks[i].text in GAP_DASHES or
                  toks[i].text in {",", ";", "."} or toks[i].pos in {"VERB", "AUX"}), n)
        # agr50: the noun may be said again after the dash ("..., а Y – соглашение с B")
        w = d + 2 if d < n - 2 and toks[d + 1].lemma in TRIGGERS else d + 1
        if d >= n - 1 or toks[d].text not in GAP_DASHES or w >= n or toks[w].lemma != "с":
            return [], 0, 0
        e = next((i for i in range(w + 1, n) if toks[i].text in {",", ";", ".", "!"} or
                  toks[i].pos in {"VERB", "AUX"}), n)
        if e < n and toks[e].pos in {"VERB", "AUX"}:
            return [], 0, 0
        subject = _gapped_phrase(analysis, models, sent, a + 2, d, regions)
        partner = _gapped_phrase(analysis, models, sent, w + 1, e, regions)
        if partner is None:
            return [], 0, 0
        if subject is None and parties is not None and _time_only(sent, a + 2, d):
            shared = parties[:1] if len(parties) >= 2 else []
            return [*shared, partner], a + 2, d
        return ([subject, partner], a + 2, d) if subject is not None else ([], 0, 0)
    return [], 0, 0


def _time_only(sent: Sentence, lo: int, hi: int) -> bool:
    """Do tokens lo..hi hold only a time adverbial ("в прошлом году", "в 2023 году",
    "летом", "позже")? A gap that names no actor, so the clause keeps the first's."""
    toks = sent.tokens
    return hi > lo and not any(t.pos in {"PROPN", "VERB", "AUX"} for t in toks[lo:hi]) and \
        any(t.lemma in TIME_WORDS or t.text.isdigit() or t.pos == "ADV"
            for t in toks[lo:hi])


def _segment_signers(
    analysis: Analysis, sent: Sentence, a: int, b: int, officials: list[Official], models: Models
) -> list[str]:
    """Named persons between offsets a and b of a sentence who may sign: not the ones who
    report or attend."""
    spans = (s for s in _persons(analysis, sent) if a <= s.start < b and not (
        _reporter(sent, s) or _witness(sent, s) or attending(sent, s)))
    return _distinct_signer_names(analysis, sent, spans, officials, models)


def ordinal_standing_for_noun(sent: Sentence, k: int) -> bool:
    """agr44: an ordinal opening its sentence with no noun after it stands for the agreement
    noun a count before it left out: "Министерство подписало два соглашения. Первое
    заключено с общественной организацией ..." and "Второе – с АО «Омский хлебокомбинат»"
    (the ordinal followed by a verb or a dash, in the nominative: "Первым стало соглашение
    между ..." names its noun). Read as an ordinal mention only right after a count
    (``_candidates``)."""
    toks = sent.tokens
    return k == 0 and len(toks) > 3 and toks[0].lemma in ORDINALS and \
        toks[0].pos == "ADJ" and toks[0].feats.get("Number", "Sing") == "Sing" and \
        toks[0].feats.get("Case", "Nom") in {"Nom", "Acc"} and \
        (toks[1].text in GAP_DASHES or toks[1].pos in {"VERB", "AUX"}) and \
        not any(t.lemma in TRIGGERS for t in toks[1:])


def _previous_signers(
    analysis: Analysis, sent: Sentence, officials: list[Official]
) -> list[str]:
    """"Губернатор X Иван Петров и губернатор Y Олег Сидоров встретились. Они подписали
    соглашение": the persons in the subject of the sentence before are the signers."""
    if not sent.parsed:
        return []
    out: list[str] = []
    for span in _persons(analysis, sent):
        i = _token_index(sent, span.start)
        if i >= len(sent.tokens):
            continue
        chain = [i, *ancestors(sent, i)]
        toks = sent.tokens
        if not any(toks[c].rel == "nsubj" or (toks[c].rel in {"obl", "nmod"} and any(
                toks[x].rel == "case" and toks[x].lemma in PARTNER_PREPOSITIONS
                for x in sent.children(c))) for c in chain):
            continue  # the subject, or one met "с": "провёл встречу с губернатором ..."
        name = _official_name(span, officials) or _nominative_person(sent, span)
        if name and name not in out:
            out.append(name)
    return out if len(out) >= 2 else []


def _first_person(sent: Sentence, lo: int, hi: int) -> bool:
    """"мы подписали", "подписываем", "я подписал", "у нас договор", "визит нашей
    делегации": a first-person clause."""
    return any(t.text.lower() in FIRST_PERSON_SUBJECTS or t.lemma in FIRST_PERSON or
               (t.pos in {"VERB", "AUX"} and t.feats.get("Person") == "1")
               for t in sent.tokens[lo:hi])


def joint_body_of_sides(name: str, models: Models) -> bool:
    """mend92: a body whose name counts the sides it is made of ("трёхсторонняя комиссия
    края", "двусторонняя рабочая группа") is where
    the sides meet, not a side: its chairman saying "мы выполнили соглашение почти целиком"
    speaks for the sides, whose own bodies sign it. Not "Министерство труда" nor
    "Трёхгорная мануфактура" (no word counting sides first)."""
    words = name.split()
    return bool(words) and models.lemma(words[0].lower()) in SIDE_COUNT_WORDS


def _speaker(analysis: Analysis, sent: Sentence, officials: list[Official]) -> Official | None:
    """Who speaks a first-person sentence: the official after "» — пояснила" closing the
    quote that holds it, or, for an interview answer line ("— Мы ..."), the official the
    text introduces first. Only officials with an organisation are of use."""
    text = analysis.text
    line_start, line_end = line_span(text, sent.start)
    known = [o for o in officials if o.organization]
    if not known:
        return None
    tail = text[sent.start:line_end]
    quote = re.search(r"»\s*,?\s*[—–-]\s*(.+)", tail)
    if quote:
        said = quote.group(1)
        said_stems = {names.stem(w) for w in names.words(said)}
        return next((o for o in known if names.words(o.name) and
                     names.stem(names.words(o.name)[-1]) in said_stems), None)
    # agr46: the one the line itself names ("— Мы подписали ..., — рассказала министр X")
    # or one introduced outside the dialogue's lines, not an official another answer
    # speaks of ("— ... Игорь Стасюк, председатель регионального отделения, лично
    # курирует этот проект")
    introduced = [o for o in known if line_start <= o.evidence.start < line_end or
                  not _dialogue_line(text, o.evidence.start)]
    if text[line_start:sent.start].lstrip().startswith(ANSWER_DASHES) or \
            text[line_start:line_end].lstrip().startswith(ANSWER_DASHES):
        return min(introduced, key=lambda o: o.evidence.start) if introduced else None
    if _unattributed_quote(text, sent.start):
        return min(introduced, key=lambda o: o.evidence.start) if introduced else None
    return _transcript_speaker(analysis, sent.start, known)


def _dialogue_line(text: str, at: int) -> bool:
    """Does the line holding offset ``at`` open with a dash, a line of an interview's
    questions and answers?"""
    start = text.rfind("\n", 0, at) + 1
    return text[start:at].lstrip().startswith(ANSWER_DASHES)


def _unattributed_quote(text: str, at: int) -> bool:
    """Is offset ``at`` inside a quotation of whole paragraphs that names no speaker after
    it ("«Мы продолжаем выполнять соглашение ... \n А в 2024 году мы подписали ...»" under
    "главное из отчёта губернатора")? Then the words are the official's the text introduces
    first, as an interview's answer lines are. The quote opens a line; the look is bounded
    (QUOTE_REACH characters each way)."""
    before = text[max(0, at - QUOTE_REACH):at + 1]  # the sentence may open the quote
    opening = before.rfind("«")
    if opening < 0 or before.rfind("»") > opening or \
            (opening > 0 and before[opening - 1] != "\n"):
        return False
    after = text[at + 1:at + QUOTE_REACH]
    closing = after.find("»")
    if closing < 0 or "«" in after[:closing]:
        return False
    tail = after[closing + 1:closing + 40].split("\n", 1)[0]
    return not re.match(r"\s*,?\s*[—–-]", tail)  # "» — сказал X": named, not this pass


def _transcript_speaker(analysis: Analysis, at: int, known: list[Official]) -> Official | None:
    """The speaker of a transcript ("СОРОКИН А.В.: ...", "КРУГЛОВА Е.В.: ... мы
    подписали"): the official named by the label of the turn that holds offset ``at``
    (``signers.turn_label_surname``), within a bounded look-back."""
    surname = turn_label_surname(analysis, at, SPEAKER_LOOKBACK)
    if surname is None:
        return None
    said = names.stem(surname.capitalize())
    return next((o for o in known if names.words(o.name) and
                 names.stem(names.words(o.name)[-1]) == said), None)
