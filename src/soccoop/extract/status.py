"""Status passes of agreements (issue 9, status16): signed, planned or mentioned.

Each pass reads the dependency parse of one sentence (``extract.syntax``) along the
agreement noun's predicate path (the noun and its heads up to the first verb, built by
``agreements._predicate_path``) and returns a status, or None when it does not apply;
``agreements.STATUS_PASSES`` runs them in order. Two passes read more than a sentence: a
month-dated signing told as background (``background_signing``) and a headline that takes
the status of the body's report (``headline_follows_body``). Word lists live in
``extract.lexicon`` (the "Status of an agreement" section) and, for status22's passes,
``extract.lexicon_status``.

Precedence (status22), one decision per mention, then per agreement: the clause's own
grammar decides first (``agreements._status``: the governing verb's tense, aspect, mood and
negation, a participle or "в рамках", a date older than the publication); then passes over
the mention's discourse overrule a "signed": a reminder (``reminded_signing``), a month-dated
background signing (``background_signing``), one more item of a list in force
(``listed_past_signing``); then passes over the document: a headline takes the body's
status (``headline_follows_body``, ``body_overrules_headline``) and a month-dated signing
told beside the report's own dated news is background (``earlier_than_news``). Mentions of
one agreement are merged last and the strongest status wins (signed > planned > mentioned).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol, TypeVar

from soccoop import isodate
from soccoop.extract.dates import find_dates
from soccoop.extract.datewords import (
    CEREMONY_NOUNS,
    EXPIRY_VERBS,
    WEEKDAYS,
    WHEN_MARKS,
    month_forms,
    month_number,
)
from soccoop.extract.lexicon import (
    ABSENCE_PREPOSITIONS,
    ABSENCE_WORDS,
    ACHIEVED,
    APPROVAL_NOUNS,
    APPROVAL_VERBS,
    BASE_NOUNS,
    COPY_NOUNS,
    END_VERBS,
    EXPECT_VERBS,
    EXTEND_NOUNS,
    EXTEND_VERBS,
    FAILED_EVENTS,
    FRAME_WORDS,
    HEARSAY_WORDS,
    IMPLEMENTING_BASES,
    IN_FORCE_WORDS,
    MATCH_VERBS,
    NEGATABLE_SIGNINGS,
    NEGATED_EVENTS,
    NOT_YET,
    ORDER_ADJECTIVES,
    ORDINALS,
    PAST_YEAR_WORDS,
    PLACE_HEADS,
    PLAN_HEADS,
    PLAN_WORDS,
    POSTPONE_WORDS,
    RATIFY_VERBS,
    REFUTE_WORDS,
    REPORT_NOUNS,
    SEAL_VERBS,
    SIGN_NOUNS,
    SIGN_VERBS,
    SIGNATURE_NOUNS,
    SIGNATURE_VERBS,
    STEP_NOUNS,
    TRIGGERS,
    WORK_ON_PREPOSITIONS,
    WORK_ON_VERBS,
)
from soccoop.extract.lexicon_endings import PAST_VERB_ENDINGS, SHORT_PARTICIPLE_ENDINGS
from soccoop.extract.lexicon_plans import ASSIGN_VERBS, HOPE_VERBS
from soccoop.extract.lexicon_sides import BETWEEN_PREPOSITIONS
from soccoop.extract.lexicon_signer_shapes import BECOMING_VERBS
from soccoop.extract.lexicon_signers import EXTENDED_TERMS
from soccoop.extract.lexicon_status import (
    ABOUT_PREPOSITIONS,
    AFTER_PREPOSITIONS,
    AGREE_ON_VERBS,
    AGREED_TEXT_VERBS,
    AS_WORDS,
    AWAIT_NOUNS,
    AWAIT_VERBS,  # statpool91
    BACKGROUND_MONTHS,
    BEFORE_NEWS_ADVERBS,  # statpool93
    BEFORE_PREPOSITIONS,  # statpool92
    CALLED_OFF_WORDS,
    CAUSE_PREPOSITIONS,
    CLOSING_QUOTES,
    CONDITIONAL_PARTICLES,
    COPULA_DASHES,
    COPULA_VERBS,
    CURRENT_PERIOD_WORDS,
    CURRENT_PERIODS,
    DASH_ITEM_RELATIONS,
    DIRECT_CASES,
    DOCUMENT_PRONOUNS,
    DRAFT_MARK_REACH,
    DRAFT_MARKS,
    DRAFT_VERBS,
    DRAFT_WORK_NOUNS,
    DRAFTING_VERBS,
    EARLIER_REPORT_VERBS,
    EVENT_LIST_ITEMS,
    FEW_DAYS,
    FROM_POINT_NOUNS,
    FROM_POINT_PREPOSITIONS,
    FURTHER_WORDS,
    FUTURE_COPULAS,
    GO_OUT_WORDS,  # statpool93
    GOAL_PREPOSITIONS,
    HEAD_SENTENCES,
    IMPLEMENTING_NOUNS,
    IN_LINE_NOUNS,
    IN_LINE_PREPOSITIONS,
    JOIN_WORDS,
    LISTED_BEFORE,
    MATTER_NOUNS,  # statpool92
    NOUN_PHRASE_POS,
    OFF_PREPOSITIONS,
    OPENING_QUOTES,
    ORDINAL_SIGNING_REACH,
    PAST_REFLEXIVE_ENDINGS,
    PERIOD_PARTS,
    PLAN_ACT_NOUNS,
    PROGRAMME_NOUNS,
    REACH_PREPOSITIONS,  # statpool93
    RECENT_ADVERBS,
    RECENT_MONTHS,  # statpool93
    REMINDER_DAYS,
    REMINDER_STEMS,  # statpool93
    REMINDER_VERBS,
    RESUME_VERBS,  # statpool92
    SCHEDULED_WORDS,
    SEAL_REACH,  # statpool92
    SEND_FOR_NOUNS,
    SEND_FOR_PREPOSITIONS,
    SIGN_ONESELF_PERFECTIVE,
    SIGN_ONESELF_VERBS,
    SIGNATURE_MARKS,
    SIGNATURE_STATE_VERBS,
    SIGNED_DOCUMENT_NOUNS,
    SIGNING_REFUSALS,  # statpool92
    SINGULAR_PRONOUN_FORMS,
    STAGE_NOUNS,
    START_VERBS,
    TAKE_OFF_VERBS,
    TALKS_NOUNS,  # statpool92
    TALKS_REACH,  # statpool92
    TIMETABLE_ITEM_LINES,
    TIMETABLE_ITEM_MARKS,
    TOLD_BEFORE_WORDS,
    TURN_OF_YEAR_WORDS,  # statpool92
    UNDER_AGREEMENT_PREPOSITIONS,
    UNDER_PREPOSITIONS,
    WITH_PREPOSITIONS,
    YEAR_NOUNS,
)
from soccoop.extract.nlp import Sentence, Token
from soccoop.extract.signing_ahead import (
    future_aux_word,
    future_finite,
    future_form,
    future_word,
    past_or_future,
    present_or_future,
    status_of_tense,
)
from soccoop.extract.signing_dates import inner_sentence
from soccoop.extract.syntax import (
    ancestors,
    habit_word_on,
    negated,
    put_done,
    signature_after_seal,
    subtree,
    verbless,
)
from soccoop.models import Agreement, DateRef

if TYPE_CHECKING:
    from soccoop.extract.agreement_dates import DateStage


def negated_signing_verb(sent: Sentence, path: list[int]) -> str | None:
    """A signing or extension verb that governs the agreement and is itself negated did
    not happen: the agreement is referred to ("Омск не продлил договор с Томском",
    "соглашение так и не заключено"). A "not yet" ("пока не подписано", "ещё не
    продлили") keeps it planned."""
    toks = sent.tokens
    v = path[-1]
    if len(path) < 2 or toks[v].lemma not in NEGATABLE_SIGNINGS or not negated(sent, v):
        return None
    before = [toks[c - 1].lemma for c in sent.children(v)
              if toks[c].lemma == "не" and c > 0]
    yet = any(w in NOT_YET for w in before) or any(
        toks[c].lemma in NOT_YET for c in sent.children(v))
    return "planned" if yet else "mentioned"


def refuted_report(sent: Sentence, path: list[int]) -> str | None:
    """A report of the signing that is denied refers to the agreement but reports no
    signing: "Сведения о заключении договора между областями опровергли в
    правительстве", "информация о подписании меморандума не соответствует
    действительности"."""
    toks = sent.tokens
    v = path[-1]
    if len(path) < 2:
        return None
    if any(toks[i].lemma in REFUTE_WORDS for i in path[1:]):
        return "mentioned"
    reported = any(toks[i].lemma in REPORT_NOUNS for i in path[1:])
    if not reported:
        return None
    if toks[v].lemma in MATCH_VERBS and negated(sent, v):
        return "mentioned"  # "не соответствует действительности", "не подтвердилась"
    if any(toks[c].lemma in REFUTE_WORDS for c in sent.children(v)):
        return "mentioned"  # "сообщения ... оказались ложными"
    return None


def hearsay_signing(sent: Sentence, path: list[int]) -> str | None:
    """A signing told with "якобы" ("будто", "мол") is a claim the text passes on without
    vouching for it: no signing is reported, the agreement is referred to ("В сети пишут,
    что области якобы подписали договор"). A draft or plan told elsewhere still wins."""
    toks = sent.tokens
    v = path[-1]
    if len(path) < 2 or toks[v].lemma not in SIGN_VERBS:
        return None
    if any(toks[c].lemma in HEARSAY_WORDS for c in sent.children(v)):
        return "mentioned"
    return None


def conditional_signing(sent: Sentence, path: list[int]) -> str | None:
    """A signing verb in the conditional mood (its own "бы") tells a signing that may come,
    no signing done: "Регионы подписали бы соглашение, если бы нашлись деньги", "мы бы
    заключили договор уже весной" are planned, like "могут подписать". (statgram; listed
    after ``hearsay_signing``, the pass of the same verb's modality.)"""
    toks = sent.tokens
    v = path[-1]
    if len(path) < 2 or toks[v].lemma not in SIGN_VERBS or negated(sent, v):
        return None
    return "planned" if any(toks[c].rel == "aux" and toks[c].lemma in CONDITIONAL_PARTICLES
                            for c in sent.children(v)) else None


def approved_after_signing(sent: Sentence, path: list[int]) -> str | None:
    """Approving or ratifying an agreement that the clause calls signed is a later step, not
    the signing: "Депутаты одобрили соглашение между правительствами, подписанное в мае"
    and "парламент ратифицировал договор" refer to the agreement. An approval of an
    agreement not yet called signed is left to the other passes ("комиссия утвердила
    текст соглашения")."""
    toks = sent.tokens
    v, k = path[-1], path[0]
    if len(path) < 2 or toks[v].lemma not in RATIFY_VERBS or negated(sent, v):
        return None
    if toks[v].lemma.startswith("ратифицир"):
        return "mentioned"
    signed = any(toks[c].lemma in SIGN_VERBS and toks[c].feats.get("VerbForm") == "Part" and
                 toks[c].rel in {"acl", "amod"} for c in sent.children(k))
    return "mentioned" if signed else None


def draft_under_approval(sent: Sentence, path: list[int]) -> str | None:
    """An agreement being agreed on, reworked or reviewed is still to be signed:
    "Текст договора сейчас дорабатывается", "меморандум находится на согласовании у
    юристов", "документ направлен на рассмотрение"."""
    toks = sent.tokens
    v = path[-1]
    if len(path) < 2 or toks[v].pos not in {"VERB", "AUX"} or toks[v].lemma in SIGN_VERBS:
        return None
    if toks[v].lemma in APPROVAL_VERBS and toks[v].feats.get("Tense") != "Past" and \
            not negated(sent, v):
        return "planned"
    if any(toks[c].lemma in APPROVAL_NOUNS and toks[c].rel == "obl"
           for c in sent.children(v)):
        return "planned"
    if toks[v].lemma in WORK_ON_VERBS and any(
            toks[c].rel == "case" and toks[c].lemma in WORK_ON_PREPOSITIONS
            for c in sent.children(path[-2])):
        return "planned"  # "министерства работают над договором"
    return None


def draft_verb_before_noun(sent: Sentence, path: list[int]) -> str | None:
    """statpool93: an agreement right after a finite verb of drafting in the present that
    agrees with it, the noun in the nominative, is the draft that verb tells, whatever the
    parse hung the noun on: "Весной фонд хочет открыть ещё два центра: согласовывается
    договор с мэрией Твери" (a parser may take "договор" for the subject of "хочет"). Not
    negated ("не согласовывается"), not in the past
    ("согласовывался договор" is told as done), and the number must agree ("готовятся
    соглашения")."""
    toks = sent.tokens
    k = path[0]
    if k < 1 or path[-1] == k - 1:
        return None  # no verb before it, or the parse reads it already
    v, noun = toks[k - 1], toks[k]
    if v.lemma not in APPROVAL_VERBS or v.feats.get("VerbForm") != "Fin" or \
            v.feats.get("Tense") != "Pres" or negated(sent, k - 1):
        return None
    if noun.feats.get("Case") != "Nom" or v.feats.get("Number") != noun.feats.get("Number"):
        return None
    return "planned"


def ended_agreement(sent: Sentence, path: list[int]) -> str | None:
    """An agreement that is ended, suspended or denounced was in force: it is referred to,
    whether the ending is done, planned or wished ("стороны решили расторгнуть договор",
    "действие соглашения приостановлено", "намерены денонсировать соглашение")."""
    toks = sent.tokens
    return "mentioned" if len(path) > 1 and any(toks[i].lemma in END_VERBS for i in path[1:]) \
        else None


def lapsed_agreement(sent: Sentence, path: list[int]) -> str | None:
    """status55: an agreement whose term ran out or runs out was in force, so it is referred
    to, not signed nor planned, though its clause goes on to a signing still to come:
    "Договор 2021 года между центром и фондом истёк в декабре, а новый пока не подписан",
    "Срок действия соглашения с университетом истекает в мае". The agreement noun, or a
    noun of its term over it (``EXTENDED_TERMS``: "срок", "действие"), is the subject of
    the verb of expiry (``datewords.EXPIRY_VERBS``) the noun's predicate path ends in,
    that verb not negated; or, where the parse hung the noun on a later verb, the first
    finite verb after the nominative noun is one of expiry agreeing with it in number and
    gender (``_expiry_after``). A verb of ending with another subject ("Подписанием
    соглашения завершился форум") is none, and so is a noun whose own participle tells its
    signing: that signing's time decides (the status passes after this one). A sentence
    telling an extension, a verb or noun of extending ("Договор с колледжем истёк в мае, и
    стороны думают, продлевать ли его"), is left to the passes of extensions: the record
    is the extension to come. fixstatus55: nor is a noun whose first verb after it tells
    its signing done ("Договор … подписан сегодня, он прекратит действие в 2029 году",
    "Договор с фондом «Добро» заключён на пять лет и завершится в 2030 году"): the term of an
    agreement just signed is no lapse (``_first_verb_after``)."""
    toks = sent.tokens
    if len(path) < 2 or any(toks[c].lemma in SIGN_VERBS and toks[c].rel.startswith("acl")
                            for c in sent.children(path[0])):
        return None  # "Соглашение, подписанное сегодня, истекает в 2027 году": its signing
    first = _first_verb_after(sent, path[0])
    if first is not None and toks[first].lemma in SIGN_VERBS and \
            toks[first].feats.get("Tense") == "Past" and not negated(sent, first):
        return None  # "Договор … подписан сегодня, он прекратит действие в 2029 году"
    if any(t.lemma in EXTEND_VERBS or t.lemma in EXTEND_NOUNS for t in toks):
        return None  # "истекло, и стороны пока не решили, стоит ли его продлить": its extension
    v = path[-1]
    if toks[v].lemma in EXPIRY_VERBS and not negated(sent, v) and \
            toks[path[-2]].rel.startswith("nsubj") and \
            all(toks[i].lemma in EXTENDED_TERMS for i in path[1:-1]):
        return "mentioned"
    return "mentioned" if _expiry_after(sent, path[0]) else None


def _expiry_after(sent: Sentence, k: int) -> bool:
    """status55: is the first finite verb after the nominative agreement noun at ``k`` a
    verb of expiry (``EXPIRY_VERBS``, read by its lemma: the tagger may take "истекло" for
    an adjective), unnegated, agreeing with the noun in number and, in the past, in gender
    where the tags tell them: "договор 2021 года между центром и фондом истёк в декабре,
    а новый пока не подписан" (the parser hangs the noun on "подписан")? A finite verb
    between (a relative clause's "которое подписали") ends the reading, and so does a short
    participle (fixstatus55: "заключено на три года и завершится в 2028 году" tells the
    noun's signing; the expiry is the next conjunct's)."""
    toks = sent.tokens
    noun = toks[k].feats
    if noun.get("Case") != "Nom" or not toks[k].rel.startswith("nsubj"):
        return False
    v = _first_verb_after(sent, k)
    if v is None:
        return False
    t = toks[v]
    number, gender = t.feats.get("Number"), t.feats.get("Gender")
    return t.lemma in EXPIRY_VERBS and not negated(sent, v) and \
        number in {None, noun.get("Number")} and \
        (number == "Plur" or gender in {None, noun.get("Gender")})


def _first_verb_after(sent: Sentence, k: int) -> int | None:
    """fixstatus55: the first verb after the word at ``k``: a verb of expiry by its lemma
    (the tagger may take "истекло" for an adjective), a finite verb or a short participle
    ("подписан", "заключено"); None if there is none."""
    toks = sent.tokens
    for v in range(k + 1, len(toks)):
        t = toks[v]
        if t.lemma in EXPIRY_VERBS or t.pos in {"VERB", "AUX"} and (
                t.feats.get("VerbForm") == "Fin" or t.feats.get("Variant") == "Short"):
            return v
    return None


def failed_signing(sent: Sentence, path: list[int]) -> str | None:
    """A signing that fell through did not happen and is not planned: "Подписание договора
    между областями сорвалось". One called off by decision is cancelled as an event, and the
    agreement stays unsigned, to be signed later (stat34): "Подписание соглашения, намеченное
    на 20 марта, отменено", "церемонию подписания отменили" are planned."""
    toks = sent.tokens
    if len(path) < 2 or not any(toks[i].lemma in SIGN_NOUNS | {"церемония"} for i in path[1:]):
        return None
    if any(toks[i].lemma in CALLED_OFF_WORDS and not negated(sent, i) for i in path[1:]):
        return "planned"
    return "mentioned" if any(toks[i].lemma in FAILED_EVENTS for i in path[1:]) else None


def _told_as_habit(sent: Sentence, v: int) -> bool:
    """plans69: a verb told as a habit: a word of a habit hangs on it or on one of its
    dependents (``syntax.habit_word_on``: "ежегодно", "каждый год", "с каждым партнёром";
    not "с каждым из трёх фондов"), or "как правило" does."""
    toks = sent.tokens
    if habit_word_on(sent, v):
        return True
    for c in sent.children(v):
        if toks[c].lemma == "правило" and any(toks[d].lemma == "как"
                                              for d in sent.children(c)):
            return True
    return False


def habitual_signing(sent: Sentence, path: list[int]) -> str | None:
    """plans69: a verb of signing in the present tense of the imperfective aspect told as a
    habit (``_told_as_habit``) tells how agreements are signed as a rule, not a signing done:
    the agreement is only referred to. "В соседней области такие соглашения заключаются
    ежегодно", "Обычно департамент подписывает подобные договоры с каждым вузом", "Как
    правило, соглашения с фондами заключают на три года". Before, the finite verb made the
    mention signed, and a sideless mention of that kind turned the page's plan signed.
    Not taken: a present told of the moment ("Сегодня министр подписывает соглашение"), a
    past or future habit word ("ежегодно подписывали", "будут подписывать ежегодно": other
    tenses are read by their own passes)."""
    toks = sent.tokens
    v = path[-1]
    if len(path) < 2 or toks[v].lemma not in SIGN_VERBS:
        return None
    f = toks[v].feats
    if f.get("VerbForm") != "Fin" or f.get("Tense") != "Pres" or f.get("Aspect") != "Imp":
        return None
    return "mentioned" if _told_as_habit(sent, v) else None


def signing_noun_put_off(sent: Sentence, path: list[int]) -> str | None:
    """stat30: the tagger reads a signing noun at the head of a clause as a verb at times
    ("Подписание соглашения с Калугой отложено": "Подписание" a past participle), so the
    noun's path stops at it and never reaches the verb that tells what became of the
    signing. Past such a noun, its own head decides: put off ("отложено", "перенесли на
    декабрь") and called off by decision ("отменили", stat34) are planned, fallen through
    ("сорвалось") is mentioned, as
    ``_postponed_signing`` and ``failed_signing`` read them on a right
    parse. So does the infinitive of a verb the parse made the signing noun the subject of:
    "подписание соглашения пришлось отложить до осени", "подписание договора решили
    перенести" (planned), "церемонию подписания соглашения было решено отменить"
    (mentioned)."""
    toks = sent.tokens
    v = path[-1]
    if len(path) < 2:
        return None
    if toks[v].lemma in SIGN_NOUNS and toks[v].pos != "NOUN":
        h = toks[v].head
    elif any(toks[i].lemma in SIGN_NOUNS for i in path[1:-1]):
        # "подписание соглашения пришлось отложить до осени": the parse makes the signing
        # noun the subject of "пришлось", the verb of putting off its infinitive
        h = next((c for c in sent.children(v) if toks[c].rel in {"csubj", "xcomp"} and
                  toks[c].feats.get("VerbForm") == "Inf"), -1)
    else:
        return None
    if not 0 <= h < len(toks) or negated(sent, h):
        return None
    if toks[h].lemma in POSTPONE_WORDS or toks[h].lemma in CALLED_OFF_WORDS:
        return "planned"  # stat34: called off is planned, as in ``failed_signing``
    return "mentioned" if toks[h].lemma in FAILED_EVENTS else None


def signing_put_off_after_it(sent: Sentence, path: list[int]) -> str | None:
    """status69: a headline or item title that puts a signing off by a short participle
    ("Подписание соглашения с союзом отложено", "Тамбов: подписание соглашения перенесено",
    also in capitals) is still to come, when the parser has not made the participle the
    signing noun's head (capitals and a title's colon break the parse). The noun's path
    reaches a signing noun (``SIGN_NOUNS``; the tagger may read it as a verb); after it,
    with no finite verb between, stands a short passive participle of putting off or
    calling off (``POSTPONE_WORDS``, ``CALLED_OFF_WORDS``) agreeing with it in gender and
    number, not negated; ``signing_noun_put_off`` and ``_postponed_signing`` read the right
    parses."""
    toks = sent.tokens
    noun = next((i for i in path[1:] if toks[i].lemma in SIGN_NOUNS), None)
    if noun is None:
        return None
    for j in range(noun + 1, len(toks)):
        t = toks[j]
        if t.pos in {"VERB", "AUX"} and t.feats.get("VerbForm") == "Fin":
            return None
        if t.feats.get("VerbForm") == "Part" and t.feats.get("Variant") == "Short" and \
                (t.lemma in POSTPONE_WORDS or t.lemma in CALLED_OFF_WORDS):
            if toks[j - 1].lemma == "не" or not _agrees(t, toks[noun]):
                return None
            return "planned"
    return None


def signing_scheduled(sent: Sentence, path: list[int]) -> str | None:
    """date54: a signing, or its ceremony, set for a time by a verb of scheduling is still to
    come: "Подписание нового соглашения — с АНО «Забота рядом», которая возьмёт на себя уход,
    — назначено на 20 октября", "Церемонию подписания договора назначили на пятницу". The
    agreement noun's path runs through a signing or ceremony noun up to a verb of
    scheduling, not negated ("не назначено" is left to other passes)."""
    toks = sent.tokens
    if len(path) < 3:
        return None
    v = path[-1]
    if toks[v].lemma not in SCHEDULED_WORDS or negated(sent, v):
        return None
    if not any(toks[i].lemma in SIGN_NOUNS or toks[i].lemma in CEREMONY_NOUNS
               for i in path[1:-1]):
        return None
    return "planned"


def plan_infinitive_before(sent: Sentence, path: list[int]) -> str | None:
    """stat30: when the parse finds no predicate above the agreement noun (a second root:
    "стороны договорились подготовить до конца года трёхстороннее соглашение" hangs the
    noun on its adjective), the nearest verb before it decides, read by morphology: an
    infinitive of signing or drafting under a verb of plan or accord ("договорились
    подготовить ... соглашение", "намерены заключить в следующем году новое соглашение") is
    planned. Only nouns, adjectives, numerals, prepositions and adverbs may stand between
    the infinitive and the noun; a negation of either verb leaves it to other passes."""
    toks = sent.tokens
    k, v = path[0], path[-1]
    if toks[v].pos in {"VERB", "AUX"}:
        return None
    i = k - 1
    while i >= 0 and toks[i].pos in {"NOUN", "PROPN", "ADJ", "NUM", "ADP", "ADV", "DET"} \
            and toks[i].lemma != "не":
        i -= 1
    if i < 1 or toks[i].feats.get("VerbForm") != "Inf" or \
            toks[i].lemma not in SIGN_VERBS | DRAFTING_VERBS or toks[i - 1].lemma == "не":
        return None
    h = toks[i].head if 0 <= toks[i].head < len(toks) else i - 1
    if toks[h].lemma not in PLAN_HEADS or negated(sent, h):
        return None
    return "planned"


def plan_infinitive_after_name(sent: Sentence, path: list[int]) -> str | None:
    """status70: an agreement noun in the nominative or accusative whose own phrase runs
    straight into a word of plan with an infinitive of signing is planned, whatever the parse
    hung it on: a quoted name with a dash or a colon of its own splits the sentence
    ("соглашение о продвижении программы «Моя пенсия — моя ответственность» планируется
    подписать в июне" hangs the noun on "ответственность"), a colon before it joins it to the
    clause before, and an infinitive taken for the plan's passive subject is no xcomp. The
    phrase runs through nouns, adjectives, numerals, adverbs, prepositions and conjunctions,
    and through whatever stands inside quotation marks; a conjunction right before the plan
    makes it a verb of its own ("подписали соглашение и планируют подписать ещё одно"), and a
    negated plan is left to other passes. The mirror of plan_infinitive_before. status72: the
    infinitive may be the passive "быть" with a short participle of signing ("Договор между
    двумя фондами мог быть заключён ещё весной, но ..." is planned; the parse may hang the
    noun on the verb after the comma); not under a word of achievement in the past ("смогло
    быть подписано" tells it done)."""
    toks = sent.tokens
    k = path[0]
    if toks[k].feats.get("Case") not in {"Nom", "Acc"}:
        return None  # "в рамках соглашения с фондом планируется подписать дорожную карту"
    i, depth = k + 1, 0
    while i < len(toks):
        t = toks[i]
        if t.text in OPENING_QUOTES:
            depth += 1
        elif t.text in CLOSING_QUOTES and depth:
            depth -= 1
        elif not depth and (t.pos not in NOUN_PHRASE_POS or t.lemma == "не") and \
                not comma_inside_name(toks, i):
            break
        i += 1
    if depth or i + 1 >= len(toks) or toks[i].lemma not in PLAN_HEADS or \
            toks[i - 1].pos == "CCONJ" or toks[i - 1].lemma == "не" or negated(sent, i):
        return None
    inf = toks[i + 1]
    if inf.feats.get("VerbForm") == "Inf" and inf.lemma in SIGN_VERBS:
        return "planned"
    return "planned" if _passive_infinitive_of_signing(toks, i) else None


def comma_inside_name(toks: list[Token], i: int) -> bool:
    """agr73: a comma between two words of one oblique case joins the members of a body's
    name, not two clauses: "соглашение между фондом и министерством труда, занятости и
    социальной политики края должно быть подписано" runs on through the comma to the plan
    word. A nominative on either side ("Соглашение с фондом, министерство ...") or any
    other word after it (a participle, a pronoun, a plan word) ends the phrase."""
    if toks[i].text != "," or i == 0 or i + 1 >= len(toks):
        return False
    before, after = toks[i - 1], toks[i + 1]
    case = before.feats.get("Case")
    return case not in {None, "Nom", "Acc"} and after.feats.get("Case") == case and \
        before.pos in {"NOUN", "PROPN"} and after.pos in {"ADJ", "NOUN"}


def _passive_infinitive_of_signing(toks: list[Token], i: int) -> bool:
    """status72: does the plan word at i take "быть" and a short participle of signing
    ("могло быть подписано", "должен быть заключён"), its head no word of achievement in the
    past ("смогло быть подписано")?"""
    if i + 2 >= len(toks) or toks[i].lemma in ACHIEVED and toks[i].feats.get("Tense") == "Past":
        return False
    aux, part = toks[i + 1], toks[i + 2]
    return aux.lemma == "быть" and aux.feats.get("VerbForm") == "Inf" and \
        part.lemma in SIGN_VERBS and part.feats.get("VerbForm") == "Part" and \
        part.feats.get("Variant") == "Short"


def expected_signing(sent: Sentence, path: list[int]) -> str | None:
    """A signing, or an agreement, that is expected is still to come: "Подписание
    меморандума ожидается в сентябре", "соглашение предполагается к подписанию". An
    expectation told in the past tense names no signing done either (statC): "в сентябре
    ожидалось подписание соглашения. Почему этого не произошло?" is still planned; a
    signing that came about is told by its own verb ("подписание, которое ожидалось,
    состоялось" does not reach the noun through "ожидалось")."""
    toks = sent.tokens
    v = path[-1]
    if len(path) > 1 and toks[v].lemma in EXPECT_VERBS and not negated(sent, v):
        return "planned"
    return None


def _bare(sent: Sentence, k: int) -> bool:
    """Is the agreement noun at k bare, with no word of its own ("Соглашение вступит в силу
    ...", "шли к подписанию соглашения")? Such a noun is mostly the agreement told before,
    whose own report decides its status: statgram's planned shapes leave it alone."""
    return all(sent.tokens[c].rel == "punct" for c in sent.children(k))


def _time_of_signing(sent: Sentence, c: int) -> bool:
    """Is token c a signing noun told as a point in time after which something follows
    ("после подписания")?"""
    toks = sent.tokens
    return toks[c].lemma in SIGN_NOUNS and any(
        toks[p].rel == "case" and toks[p].lemma in AFTER_PREPOSITIONS
        for p in sent.children(c))


def signing_as_time_to_come(sent: Sentence, path: list[int]) -> str | None:
    """An agreement whose clause, in the future tense, counts from its signing has not been
    signed yet: "Соглашение вступит в силу после подписания", "договор начнёт действовать после
    подписания" (the noun is the subject of a future finite verb that has a signing noun
    under "после" as its own dependent; "с момента подписания" is left alone: reports of a
    signing done say it too). A bare "Соглашение" with no word of its own is the agreement
    told before ("... подписали соглашение. Соглашение вступит в силу после подписания
    губернаторами"), left to that report. (statgram; listed after
    ``expected_signing``, the pass of signings still to come.)"""
    toks = sent.tokens
    k, v = path[0], path[-1]
    if len(path) != 2 or toks[k].rel != "nsubj" or negated(sent, v) or \
            not future_finite(toks[v]):
        return None
    if _bare(sent, k):
        return None  # a bare "Соглашение" is the one told before: its report decides
    return "planned" if any(_time_of_signing(sent, c) for c in sent.children(v)) else None


def order_from_signing(sent: Sentence, path: list[int]) -> str | None:
    """date46: a decree's order that counts from an agreement's signing tells a signing still
    to come: "Со дня подписания Соглашения считать утратившим силу договор ... от 3 мая
    2018 года" (the noun is the genitive of a signing noun under "с" + "день"/"момент",
    ``FROM_POINT_NOUNS``, and the clause's verb is an infinitive under no finite verb, the
    order's own mood, or a finite verb in the future). A bare noun with no word of its own
    (``_bare``: the decree's defined term, the agreement it approved) is only referred to
    there, "mentioned", so the record told before keeps its status. "С момента подписания
    соглашения прошло два года" (a finite verb in the past) is left to the other passes."""
    toks = sent.tokens
    if len(path) < 4 or toks[path[1]].lemma not in SIGN_NOUNS or \
            toks[path[2]].lemma not in FROM_POINT_NOUNS or not any(
                toks[c].rel == "case" and toks[c].lemma in FROM_POINT_PREPOSITIONS
                for c in sent.children(path[2])):
        return None
    v = path[-1]
    feats = toks[v].feats
    if negated(sent, v):
        return None
    if not (feats.get("VerbForm") == "Inf" and not any(
            toks[h].feats.get("VerbForm") == "Fin" for h in ancestors(sent, v))
            or future_finite(toks[v])):
        return None
    return "mentioned" if _bare(sent, path[0]) else "planned"


def _planned_by_next_verb(sent: Sentence, k: int, present: bool = False) -> str | None:
    """"planned" when the first finite verb after token ``k``, within its inner sentence
    (``inner_sentence``) and before a closing quotation mark, is in the future (or, with
    ``present``, in the present too) or a future auxiliary; ``None`` when it is in another
    tense or there is none. Shared by the passes that time a signing noun by the clause it
    bounds ("после подписания", "до подписания"). tidy55: the tense read by
    ``signing_ahead``."""
    _, hi = inner_sentence(sent, k)
    for t in sent.tokens[k + 1:hi]:
        if t.text in CLOSING_QUOTES:
            return None
        if t.feats.get("VerbForm") == "Fin" and t.pos in {"VERB", "AUX"}:
            future = present_or_future(t) if present else future_form(t)
            return "planned" if future or future_aux_word(t) else None
    return None


def after_signing_to_come(sent: Sentence, path: list[int]) -> str | None:
    """date62: an agreement whose signing is the time after which something will be, in a
    sentence told in the future, is not signed yet: "«После подписания соглашения семьям не
    придётся дважды подтверждать сведения», — пояснила министр" (the noun is the genitive
    of a signing noun under "после"). Read by tokens (the parser hangs such a phrase on a
    verb of the sentence before when a quote glues two): the first finite verb after the
    noun, within its inner sentence (``inner_sentence``) and before a closing quotation
    mark, is in the future tense. "После подписания соглашения министры ответили на
    вопросы" is a signing done."""
    toks = sent.tokens
    k = path[0]
    s = k - 1
    if s < 1 or toks[s].lemma not in SIGN_NOUNS or \
            toks[s - 1].lemma not in AFTER_PREPOSITIONS:
        return None
    return _planned_by_next_verb(sent, k)


def before_signing_to_come(sent: Sentence, path: list[int]) -> str | None:
    """statpool92: an agreement whose signing bounds a state that holds now or will hold
    ("до подписания", until then) is not signed yet: "До подписания нового договора
    заявления принимают по старым правилам" (the noun is the genitive of a signing noun
    under "до"; the first finite verb after the noun, within its inner sentence and before
    a closing quotation mark, is in the present or the future tense). "До подписания
    соглашения министры провели переговоры" (past) tells the time before a signing done,
    and is left to the other passes. The mirror of ``after_signing_to_come``."""
    toks = sent.tokens
    k = path[0]
    s = toks[k].head
    if not 0 <= s < k or toks[s].lemma not in SIGN_NOUNS or toks[k].rel != "nmod" or \
            not any(toks[c].rel == "case" and toks[c].lemma in BEFORE_PREPOSITIONS
                    for c in sent.children(s)):
        return None
    return _planned_by_next_verb(sent, k, present=True)


def signed_copies(sent: Sentence, path: list[int]) -> str | None:
    """Copies of the agreement described as signed, handed over or exchanged, tell a
    signing: "Губернаторы обменялись подписанными экземплярами договора" is signed (in
    the future, "обменяются подписанными текстами", planned)."""
    toks = sent.tokens
    v = path[-1]
    if len(path) < 3 or toks[v].pos != "VERB" or toks[v].feats.get("VerbForm") != "Fin":
        return None
    copies = [i for i in path[1:-1] if toks[i].lemma in COPY_NOUNS]
    if not any(toks[c].lemma in SIGN_VERBS and toks[c].feats.get("VerbForm") == "Part" and
               toks[c].rel == "amod" for i in copies for c in sent.children(i)):
        return None
    if negated(sent, v):
        return None
    return status_of_tense(toks[v])


def in_force(sent: Sentence, path: list[int]) -> str | None:
    """An agreement described as already in force is referred to, whatever happens to it
    in the clause: "область сохраняет действующие договоры с соседями", "существующее
    соглашение продлено до 2030 года" is no new signing."""
    toks = sent.tokens
    k = path[0]
    return "mentioned" if any(toks[c].lemma in IN_FORCE_WORDS and c < k and (
        toks[c].rel == "amod" or in_force_participle_phrase(toks[c]))
        for c in sent.children(k)) else None


def in_force_participle_phrase(t: Token) -> bool:
    """status71: a present participle of being in force with words of its own, standing
    before the agreement noun, is a participle phrase the parser hangs on the noun as a
    clause (``acl``), not as an adjective (``amod``): "Речь идёт о действующем с 2022 года
    соглашении между управлением и фондом", "действующее с прошлой весны соглашение". It
    tells the agreement in force as "действующее соглашение" does (``in_force``). Only the
    present participle ("действовавшее с 2019 года", past, may be the one renewed now) and
    only before the noun (after it, "соглашение, действующее до 2030 года", tells the term
    of the one signed). From morphology and the parse."""
    return t.rel == "acl" and t.feats.get("VerbForm") == "Part" and \
        t.feats.get("Tense") == "Pres"


def next_step_document(sent: Sentence, path: list[int]) -> str | None:
    """An agreement announced as the next step or outcome by a future copula is still to
    come: "следующим шагом станет аналогичное соглашение с Псковской областью", "итогом
    переговоров будет договор о сотрудничестве" (the noun is the subject of a future
    "стать/быть" whose complement is a noun of step or outcome). Not when a signing told as
    done stands between the noun and the copula (status50: "соглашение ... было подписано
    в 2019 году, и новый документ станет его продолжением": the parser hung the noun on the
    second clause's verb)."""
    toks = sent.tokens
    k, v = path[0], path[-1]
    if len(path) != 2 or toks[k].rel != "nsubj" or negated(sent, v):
        return None
    if any(_past_signing_clause(sent, i) for i in range(min(k, v) + 1, max(k, v))):
        return None  # status50: "соглашение ... было подписано в 2019 году, и новый
        # документ станет его продолжением": the noun's own clause signed it (a misparse)
    if toks[v].lemma in STEP_NOUNS:
        # "Итогом переговоров будет соглашение": the step noun heads, the copula hangs on it
        return "planned" if any(toks[c].rel == "cop" and future_word(toks[c])
                                for c in sent.children(v)) else None
    if toks[v].lemma not in BECOMING_VERBS or not future_word(toks[v]):
        return None
    return "planned" if any(toks[c].lemma in STEP_NOUNS and toks[c].rel in
                            {"xcomp", "obl", "nmod", "obj"} or _order_complement(toks[c])
                            for c in sent.children(v)) \
        else None


def next_in_line(sent: Sentence, path: list[int]) -> str | None:
    """status69: a verbless sentence that sets an agreement after a dash as the next thing
    in line tells it still to come: "На очереди — соглашение с краевой организацией
    инвалидов", "Следующий шаг — соглашение с отделением фонда". The words before the
    dash are "на очереди" (``IN_LINE_NOUNS`` under ``IN_LINE_PREPOSITIONS``) or a step
    noun (``STEP_NOUNS``) under an adjective of order (``ORDER_ADJECTIVES``); nothing but
    them stands before the dash, and no verb or participle stands before the agreement
    (a told outcome, "Итог встречи — соглашение", has no adjective of order and is left to
    the other passes). Read by tokens and tags: the parser often makes the two halves two
    roots."""
    toks = sent.tokens
    k = path[0]
    left = min([k] + [c for c in sent.children(k) if c < k and toks[c].rel == "amod"])
    if left < 2 or toks[left - 1].text not in COPULA_DASHES or left - 1 > 4:
        return None
    before = toks[:left - 1]
    if any(t.pos in {"VERB", "AUX"} for t in before):
        return None
    lemmas = [t.lemma for t in before if t.pos != "PUNCT"]
    in_line = len(lemmas) == 2 and lemmas[0] in IN_LINE_PREPOSITIONS and \
        lemmas[1] in IN_LINE_NOUNS
    next_step = len(lemmas) == 2 and lemmas[0] in ORDER_ADJECTIVES and lemmas[1] in STEP_NOUNS
    return "planned" if in_line or next_step else None


def taken_off_programme(sent: Sentence, path: list[int]) -> str | None:
    """status69: a signing taken off a programme or agenda is called off, and the agreement
    stays to be signed, as under ``CALLED_OFF_WORDS``: "Подписание соглашения с городом
    сняли с программы визита", "подписание договора исключено из повестки". The noun's
    path reaches a verb of taking off (``TAKE_OFF_VERBS``, not negated) through a signing
    noun (``SIGN_NOUNS``; or the noun, read as a verb by the tagger, hangs on it), and the
    verb has a dependent noun of programme or agenda
    (``PROGRAMME_NOUNS``) under "с"/"из" (``OFF_PREPOSITIONS``)."""
    toks = sent.tokens
    v = path[-1]
    if toks[v].lemma in SIGN_NOUNS and toks[v].pos != "NOUN" and 0 <= toks[v].head < len(toks):
        v = toks[v].head  # the tagger reads a clause-initial "Подписание" as a verb at times
    elif not any(toks[i].lemma in SIGN_NOUNS for i in path[1:-1]):
        return None
    if toks[v].lemma not in TAKE_OFF_VERBS or negated(sent, v):
        return None
    return "planned" if any(
        toks[c].lemma in PROGRAMME_NOUNS and
        any(toks[p].lemma in OFF_PREPOSITIONS and toks[p].rel == "case"
            for p in sent.children(c))
        for c in sent.children(v)) else None


def outcome_reached(sent: Sentence, path: list[int]) -> str | None:
    """date62: an agreement told as the outcome or step a past "стать/быть" made of it, its
    signing told in the same sentence, was signed: "Итогом встречи стало соглашение о
    сотрудничестве: его подписали X и Y" (the parser hangs the colon's clause on the
    copula, so the noun's path ends at "стало" and the signing verb is read as the
    sentence's). The past counterpart of ``next_step_document``: the noun the subject of a
    past copula whose complement is a noun of step or outcome (``STEP_NOUNS``), and a
    finite past signing verb, not negated, in the sentence. Without one the outcome is left
    to the signing the next sentences may tell ("Его итогом стало соглашение ... .
    Соглашение о практике было подписано ..." names another document). Not a plural or
    counted noun ("Итогом визита стали три документа, подписанные ..." sums up the signings
    told one by one after it)."""
    toks = sent.tokens
    k, v = path[0], path[-1]
    if len(path) != 2 or toks[k].rel != "nsubj" or negated(sent, v):
        return None
    if toks[k].feats.get("Number") == "Plur" or \
            any(toks[c].rel.startswith("nummod") for c in sent.children(k)):
        return None
    if not any(t.lemma in SIGN_VERBS and t.pos == "VERB" and
               t.feats.get("VerbForm") == "Fin" and t.feats.get("Tense") == "Past" and
               not negated(sent, n) for n, t in enumerate(toks)):
        return None
    if toks[v].lemma in STEP_NOUNS:  # "Итогом переговоров было соглашение"
        return "signed" if any(toks[c].rel == "cop" and toks[c].feats.get("Tense") == "Past"
                               for c in sent.children(v)) else None
    if toks[v].lemma not in BECOMING_VERBS or toks[v].feats.get("Tense") != "Past":
        return None
    return "signed" if any(toks[c].lemma in STEP_NOUNS and toks[c].rel in
                           {"xcomp", "obl", "nmod", "obj"} for c in sent.children(v)) \
        else None


def _order_complement(t: Token) -> bool:
    """date62: an adjective of order in the instrumental, the step noun left out, is the
    complement of a future "станет": "следующим станет соглашение с департаментом ЯНАО"
    (``ORDER_ADJECTIVES``; an ordinal, "первым станет договор", ``ORDINALS``, is one too)."""
    return t.pos == "ADJ" and t.feats.get("Case") == "Ins" and (
        t.lemma in ORDER_ADJECTIVES or t.lemma in ORDINALS)


def recalled_in_when_clause(sent: Sentence, path: list[int]) -> str | None:
    """status50: a signing told in the imperfective past inside a "когда" clause is the
    time of something else, recalled: "«Когда мы подписывали соглашение, речь шла в
    основном о практике для студентов»" is mentioned, not a signing of the news. The noun's
    verb is a past imperfective signing verb with "когда" as its marker; the perfective
    ("Когда министры подписали соглашение, ...") may tell the news and is left to the
    other passes."""
    toks = sent.tokens
    v = path[-1]
    if len(path) < 2 or toks[v].lemma not in SIGN_VERBS or negated(sent, v):
        return None
    f = toks[v].feats
    if f.get("Tense") != "Past" or f.get("Aspect") != "Imp" or f.get("VerbForm") != "Fin":
        return None
    return "mentioned" if any(toks[c].rel == "mark" and toks[c].lemma == "когда"
                              for c in sent.children(v)) else None


def agreement_to_be(sent: Sentence, path: list[int]) -> str | None:
    """status48: an agreement noun that is itself the predicate of a future copula names a
    document still to come: "Для министерства это будет уже второе соглашение с вузом: в
    2019 году ведомство подписало аналогичный документ ..." is planned, whatever verb the
    parser hangs the noun on across the colon; so is "Это станет первым соглашением
    ..." (the noun in the instrumental under a future "стать"). statpool92: so is the
    subject of a future "быть" of being ("Весной будет соглашение с фондом", "обещали, что
    будет договор"). Not negated ("это не будет соглашением", "соглашения не будет"). Read
    before the signing verbs of the sentence."""
    toks = sent.tokens
    k = path[0]
    if negated(sent, k):
        return None
    if any(toks[c].rel == "cop" and toks[c].lemma in FUTURE_COPULAS and future_word(toks[c])
           for c in sent.children(k)):
        return "planned"
    h = toks[k].head
    if toks[k].rel == "xcomp" and 0 <= h < len(toks) and toks[h].lemma == "стать" and \
            future_word(toks[h]) and toks[k].feats.get("Case") == "Ins" and not negated(sent, h):
        return "planned"
    if toks[k].rel == "nsubj" and 0 <= h < len(toks) and toks[h].lemma == "быть" and \
            future_word(toks[h]) and not negated(sent, h):
        return "planned"  # statpool92: "говорили, что будет соглашение с центром"
    return None


# --- passes over more than one sentence -----------------------------------------------------


def document_head(sents: Sequence[Sentence], text: str) -> list[Sentence]:
    """The lines above the body and the body's first sentence: the headline zone (lines of
    their own without a final full stop: outlet, rubric, headline, byline) and the lead."""
    head: list[Sentence] = []
    for sent in sents[:HEAD_SENTENCES]:
        head.append(sent)
        line_end = text.find("\n", sent.stop)
        line = text[text.rfind("\n", 0, sent.start) + 1:len(text) if line_end < 0
                    else line_end].strip()
        if line.endswith((".", "!", "?", "…")) or line != sent.text.strip():
            break  # the lead: a sentence that ends like one, or one of several on its line
    return head


def _long_before(date: str, published: str | None) -> bool:
    """Is ``date`` a month without a day, BACKGROUND_MONTHS or more before the publication's
    month? A month without a year is the latest such month not after the publication's
    ("в январе" of a July report: six months; "в ноябре" of a May one: six). With no
    publication month, a month with a stated year counts ("в октябре 2024 года"): a report
    of this season's signing seldom states the year."""
    y, mo, day = isodate.parts(date)
    if mo is None or day is not None:
        return False
    py, pmo, _ = isodate.parts(published) if published else (None, None, None)
    if pmo is None:
        return y is not None
    if y is None or py is None:
        return (int(pmo) - int(mo)) % 12 >= BACKGROUND_MONTHS
    return (int(py) - int(y)) * 12 + int(pmo) - int(mo) >= BACKGROUND_MONTHS


def background_signing(
    status: str, date: str | None, published: str | None, sent: Sentence,
    head: list[Sentence], regions_at: Callable[[int, int], list[str]],
    party_regions: set[str], text: str = "",
) -> str:
    """A past signing dated by a month only, half a year or more before the publication (or
    with its year stated when the publication day is unknown), is background when the
    headline and the lead speak of no agreement and do not name all its sides' regions:
    in "Уход по-разному: как регионы строят систему ухода ... В марте этого года
    департаменты двух областей подписали соглашение" (published in October) the agreement
    is mentioned. A report about that signing names it up front ("Министр — о
    сотрудничестве с Калугой ... В апреле мы подписали соглашение"): signed."""
    if status != "signed" or date is None or any(s is sent for s in head):
        return status
    if not _long_before(date, published):
        return status
    if _year_in_review(head, published) and _same_year(date, published):
        return status
    if text and _event_list_item(text, sent) and _same_year(date, published):
        return status
    for s in head:
        if any(t.lemma in TRIGGERS | SIGN_VERBS for t in s.tokens):
            return status
    named = {r for s in head for r in regions_at(s.start, s.stop)}
    if party_regions and party_regions <= named:
        return status
    return "mentioned"


def _year_in_review(head: list[Sentence], published: str | None = None) -> bool:
    """Does the headline or lead take the year itself as its span ("Десять событий года",
    "Итоги уходящего года", "Чем запомнился год")? The word "год" without a number
    before it names the period the report covers, so what was signed in any month of it
    is the report's own news, not background. "в 2019 году" (a number) is a date, unless
    it is the publication's own year as the span of a headline without a verb (status44:
    "Итоги 2023 года: социальная сфера в цифрах", published in December 2023)."""
    year = isodate.parts(published)[0] if published else None
    for s in head:
        toks = s.tokens
        verbless = not any(t.pos in {"VERB", "AUX"} for t in toks)
        for i, t in enumerate(toks):
            if t.lemma != "год" or t.feats.get("Number") == "Plur":
                continue
            if not (i > 0 and (toks[i - 1].text[:1].isdigit() or toks[i - 1].pos == "NUM")):
                return True
            if verbless and year is not None and toks[i - 1].text == year and \
                    not any(x.pos == "ADP" for x in toks[max(0, i - 3):i - 1]):
                return True
    return False


# "8. Стажировки у коллег": a short numbered heading line of its own, no final full stop
_ITEM_HEADING = re.compile(r"^[ \t]*\d{1,2}[.)][ \t]+[^\n]{1,80}[^.!?…\s][ \t]*$", re.M)


def _event_list_item(text: str, sent: Sentence) -> bool:
    """Is the sentence the first paragraph under a numbered heading of a list of events
    (two or more such headings left on the page)? A ranking or digest of the period's events
    tells each item as its own news: "5. Соседи стали ближе\nВ марте министерства двух
    областей подписали соглашение ..." is signed, however many months ago. Only line
    shapes are read, so the check costs one pass over the text."""
    line_start = text.rfind("\n", 0, sent.start) + 1
    if text[line_start:sent.start].strip():
        return False  # not the paragraph's first sentence
    before = text[:line_start].rstrip("\n \t")
    heading = before[before.rfind("\n") + 1:]
    if not _ITEM_HEADING.fullmatch(heading):
        return False
    return len(_ITEM_HEADING.findall(text)) >= EVENT_LIST_ITEMS


# agr48: a clock time opening a timetable's line ("11:30 —", "11:15–11:40")
_CLOCK_TIME = re.compile(r"^[ \t]*(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d)")


def clock_line(line: str) -> bool:
    """event49: does the line open with a clock time, a timetable's slot ("11:30 — Церемония
    подписания документов:")? Its items are read by ``timetable_signing_item`` alone."""
    return _CLOCK_TIME.match(line) is not None


def _signing_named(line: str) -> bool:
    """Does the line name a signing by a noun of signing ("Церемония подписания документов",
    "ПОДПИСАНИЕ СОГЛАШЕНИЙ"), read by its stem in any case?"""
    return any(w.lower().startswith(n[:-1]) for w in re.findall(r"\w+", line)
               for n in SIGN_NOUNS)


def timetable_signing_item(text: str, sent: Sentence) -> bool:
    """agr48: is the sentence an item of a timetable's signing: a line opened by a list mark
    (``TIMETABLE_ITEM_MARKS``) under a lead line that opens with a clock time and names a
    signing ("15:00 — Церемония подписания документов:" then "• Меморандум о ... между A и B"),
    the lines between being items or lines of their own (who signs, what the document
    develops), no blank line between, at most ``TIMETABLE_ITEM_LINES`` of them? A timetable
    tells what is to be done: its items are signings to come, as the programme of a visit
    or forum lists them before the day. Only line shapes are read."""
    line_start = text.rfind("\n", 0, sent.start) + 1
    opening = text[line_start:sent.start + 1].strip()
    if not opening or opening[0] not in TIMETABLE_ITEM_MARKS or \
            len(text[line_start:sent.start].strip()) > 1:
        return False
    end = line_start - 1
    for _ in range(TIMETABLE_ITEM_LINES + 1):
        if end <= 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip():
            return False  # a blank line: the item's block is over
        if _CLOCK_TIME.match(line):
            return _signing_named(line)
        end = start - 1
    return False


def _same_year(date: str, published: str | None) -> bool:
    """A month with no year, or the publication's own year."""
    y = isodate.parts(date)[0]
    py = isodate.parts(published)[0] if published else None
    return y is None or y == py


class _Reading(Protocol):
    sentence: Sentence
    status: str


_R = TypeVar("_R", bound=_Reading)


def _tensed(toks: list[Token]) -> bool:
    """A verb or short participle in the past or future, or the future "будет": the
    headline tells its own time."""
    return any(t.pos in {"VERB", "AUX"} and past_or_future(t) and
               t.feats.get("VerbForm") != "Inf" and
               (t.feats.get("VerbForm") != "Part" or t.feats.get("Variant") == "Short")
               for t in toks)


def headline_follows_body(cands: Sequence[_R], is_headline: Callable[[Sentence], bool],
                          regions_of: Callable[[_R], set[str]]) -> None:
    """A headline in the present ("Омск и Томск подписывают соглашение") or without a verb
    ("Подписание соглашения между Омском и Томском") does not say whether the signing is
    done: the body's first report of a signing or plan of the same sides does ("подпишут в
    пятницу": planned; a reference to their older agreement does not count). A headline
    with a past or future verb keeps its own status."""
    for i, c in enumerate(cands):
        if c.status != "signed" or not is_headline(c.sentence) or _tensed(c.sentence.tokens):
            continue
        mine = regions_of(c)
        if not mine:
            continue
        for b in cands[i + 1:]:
            if b.sentence is c.sentence or is_headline(b.sentence):
                continue
            theirs = regions_of(b)
            if b.status != "mentioned" and theirs and (mine <= theirs or theirs <= mine):
                c.status = b.status
                break


# --- r14agr: round 14's causes ---------------------------------------------------------------


def absent_agreement(sent: Sentence, k: int) -> bool:
    """An agreement said not to exist is no agreement at all, not even a mentioned one:
    "но соглашений с ними у министерства нет", "договор между ведомствами отсутствует",
    "районы работают без соглашения". Read from the parse: the noun's own head is a word of
    absence, or the noun is governed by "без" (``own_preposition``: the one before it)."""
    if not sent.parsed or not 0 <= k < len(sent.tokens):
        return False
    toks = sent.tokens
    own = own_preposition(sent, k)
    if own is not None and toks[own].lemma in ABSENCE_PREPOSITIONS:
        return True
    h = toks[k].head
    return 0 <= h < len(toks) and toks[k].rel in {"nsubj", "obj", "nsubj:pass"} and \
        toks[h].lemma in ABSENCE_WORDS and not negated(sent, h)


def own_preposition(sent: Sentence, k: int) -> int | None:
    """hidden41: the preposition that governs the noun at ``k``: the nearest ``case`` child
    the parse gives it before the noun (a Russian preposition stands before its noun). A
    ``case`` child after the noun is the parser's misreading of another noun's preposition:
    in "благодаря соглашению с фондом справку можно получить в центре, без визита в
    фонд" the parser may hang "без" of "без визита" on "соглашению", whose own preposition
    is "благодаря". None when the noun has none. Only from the parse."""
    before = [c for c in sent.children(k) if c < k and sent.tokens[c].rel == "case"]
    return max(before) if before else None


def body_overrules_headline(cands: Sequence[_R], is_headline: Callable[[Sentence], bool],
                            regions_of: Callable[[_R], set[str]]) -> None:
    """The text rules over its headline: a headline that says signed ("Тверь и Псков
    подписали соглашение") while the body reports the signing of the same sides only as
    coming ("соглашение будет подписано в пятницу") takes the body's status, so the two are
    one agreement. Only when the body names exactly the headline's regions and reports no
    signing of them at all."""
    for i, c in enumerate(cands):
        if c.status != "signed" or not is_headline(c.sentence):
            continue
        mine = regions_of(c)
        if len(mine) < 2:
            continue
        body = [b for b in cands[i + 1:]
                if b.sentence is not c.sentence and not is_headline(b.sentence) and
                regions_of(b) == mine]
        if body and all(b.status == "planned" for b in body):
            c.status = "planned"


def _past_year(sent: Sentence, date: str | None, published: str | None) -> bool:
    """The clause is dated by a year before the publication's: "в прошлом году", or a year
    stated with no month ("в 2023 году" in a 2025 report)."""
    toks = sent.tokens
    if any(t.lemma == "год" and i > 0 and toks[i - 1].lemma in PAST_YEAR_WORDS
           for i, t in enumerate(toks)):
        return True
    if date is None or published is None:
        return False
    y, mo, _ = isodate.parts(date)
    py = isodate.parts(published)[0]
    return y is not None and mo is None and py is not None and int(y) < int(py)


def past_year_on_relative_signing(sent: Sentence, k: int) -> bool:
    """A relative clause on the agreement noun dates its signing by a past year ("по
    соглашению, которое в прошлом году подписали с краевым ведомством"): the signing is
    before the report even when the publication day, and so the year, is unknown (r19agr).
    The year words are read inside the relative clause only."""
    toks = sent.tokens
    for c in sent.children(k):
        if toks[c].rel != "acl:relcl" or toks[c].lemma not in SIGN_VERBS:
            continue
        inside = set(subtree(sent, c))
        if any(toks[i].lemma == "год" and i > 0 and i - 1 in inside and
               toks[i - 1].lemma in PAST_YEAR_WORDS for i in inside):
            return True
    return False


def listed_past_signing(status: str, date: str | None, published: str | None,
                        sent: Sentence, earlier: Sequence[str]) -> str:
    """A signing of a past year told after a list of agreements in force is one more item of
    that list, no news: in a report "У нас действуют соглашения с Тулой и с Калугой ... А в
    прошлом году мы подписали соглашение с Рязанью" the Рязань agreement is mentioned.
    ``earlier``: the statuses of the document's agreements before it; two or more mentioned
    make the list."""
    if status != "signed" or not _past_year(sent, date, published):
        return status
    if sum(s == "mentioned" for s in earlier) >= LISTED_BEFORE:
        return "mentioned"
    return status


# --- status22: reminders, joined agreements, drafts at a stage, earlier signings beside news ---


def joined_agreement(sent: Sentence, path: list[int]) -> str | None:
    """An agreement others are to join exists already: in "Участники обсудили возможность
    присоединения Пензенской области к соглашению", "Тамбов планирует присоединиться к
    договору" the plan is the joining, a step of its own; the agreement joined is referred
    to (mentioned). A joining told as done ("присоединилась к соглашению") is left to the
    other passes. The noun hangs by "к" on a word of joining."""
    toks = sent.tokens
    k = path[0]
    if len(path) < 2 or toks[path[1]].lemma not in JOIN_WORDS or not any(
            toks[c].rel == "case" and toks[c].lemma == "к" for c in sent.children(k)):
        return None
    j = path[1]
    done = toks[j].pos == "VERB" and toks[j].feats.get("Tense") == "Past" and \
        toks[j].feats.get("VerbForm") == "Fin"
    return None if done else "mentioned"


def _agrees(a: Token, b: Token) -> bool:
    """Same gender and number (a relative "который" and the noun it stands for)."""
    return all(a.feats.get(f) == b.feats.get(f) for f in ("Gender", "Number"))


def _clauses_on_noun(sent: Sentence, k: int) -> list[int]:
    """The clauses on the noun at k: its own participle or relative clauses, and a relative
    clause the parse hung on a word of the noun's phrase whose "который" agrees with the
    noun, not with that word ("Соглашение между областями, которое будет подписано": the
    parser may hang "которое" on "областями"), a participle of the noun's case hung on such
    a word (date54, ``_participle_of``), or left as a root of its own (statB:
    "соглашению между областью и краем, которое губернаторы подписали в 2024 году" parsed
    as two sentences in one)."""
    toks = sent.tokens
    phrase = set(subtree(sent, k))
    out = []
    for c, t in enumerate(toks):
        if t.rel in {"root", "parataxis"} and c > k and c not in _path_up(sent, k):
            whom = [r for r in sent.children(c) if toks[r].lemma == "который" and r > k]
            before = _noun_before(sent, whom[0]) if whom else k
            if whom and _agrees(toks[whom[0]], toks[k]) and before in phrase and (
                    before == k or not _agrees(toks[whom[0]], toks[before])):
                out.append(c)
            continue
        if t.rel not in {"acl", "acl:relcl"} or t.head not in phrase:
            continue
        if t.head == k:
            out.append(c)
            continue
        rel = [toks[r] for r in sent.children(c) if toks[r].lemma == "который"]
        if rel and _agrees(rel[0], toks[k]) and not _agrees(rel[0], toks[t.head]):
            out.append(c)
        elif not rel and _participle_of(t, toks[k]) and not _participle_of(t, toks[t.head]):
            out.append(c)  # date54: "продление соглашения о сотрудничестве, заключённого ..."
    return out


def _participle_of(part: Token, noun: Token) -> bool:
    """date54: is ``part`` a participle in the case, gender and number of ``noun``? The
    parser may hang a participle on the last noun of the agreement's name ("соглашения о
    сотрудничестве, заключённого в 2023 году": "заключённого" on "сотрудничестве"); its
    case tells which noun it describes."""
    return part.feats.get("VerbForm") == "Part" and part.feats.get("Case") is not None and \
        part.feats.get("Case") == noun.feats.get("Case") and _agrees(part, noun)


def _noun_before(sent: Sentence, r: int) -> int:
    """The nearest noun before token r (r itself when there is none)."""
    return next((i for i in range(r - 1, -1, -1)
                 if sent.tokens[i].pos in {"NOUN", "PROPN"}), r)


def _past_signing_clause(sent: Sentence, c: int) -> bool:
    """Is clause c a signing told as done ("которое подписали", "подписанному"), unnegated
    and with no future "быть"?"""
    t = sent.tokens[c]
    if t.lemma not in SIGN_VERBS or negated(sent, c):
        return False
    if any(sent.tokens[a].lemma == "быть" and future_word(sent.tokens[a])
           for a in sent.children(c)):
        return False
    return t.feats.get("Tense") == "Past" or (
        "Tense" not in t.feats and t.feats.get("Aspect") == "Perf" and
        t.text.lower().endswith(PAST_VERB_ENDINGS))


def _year_gone_by(sent: Sentence, c: int) -> bool:
    """Does clause c date itself by a year alone: a number ("ещё в 2023 году") or a word
    of a past year ("в прошлом году", "осенью прошлого года")?"""
    toks = sent.tokens
    inside = set(subtree(sent, c))
    for i in inside:
        if toks[i].lemma not in YEAR_NOUNS:
            continue
        mods = [m for m in sent.children(i)] + ([i - 1] if i > 0 else [])
        if any(toks[m].lemma in PAST_YEAR_WORDS or
               (toks[m].text.isdigit() and len(toks[m].text) == 4) for m in mods):
            return True
    return False


def past_year_unanchored(sent: Sentence, path: list[int], date: str | None,
                         published: str | None) -> bool:
    """statpool92: a signing verb dated by a word of a past year ("в прошлом году", "в
    марте прошлого года", "в конце прошлого года") is before the report's year even when
    that year is unknown (a page with no publication day, or a day without its year), so
    the date carries no year to weigh: "В марте прошлого года центр заключил соглашение с
    обществом слепых" on such a page refers to an agreement in force, mentioned. The word
    is read in the verb's own adverbials, not in the agreement noun's phrase; not at the
    turn of the year (a December, or "в конце прошлого года", on a page of January, as
    ``candidate_status.turn_of_year`` has it for dated pages)."""
    if len(path) < 2 or (date is not None and isodate.parts(date)[0] is not None):
        return False
    toks = sent.tokens
    k, v = path[0], path[-1]
    if toks[v].lemma not in SIGN_VERBS or toks[v].pos not in {"VERB", "AUX"}:
        return False
    pub_month = isodate.parts(published)[1] if published else None
    phrase = set(subtree(sent, k))
    for c in sent.children(v):
        if c in phrase or toks[c].rel not in {"obl", "advmod", "nmod"}:
            continue
        inside = set(subtree(sent, c))
        for i in inside:
            if toks[i].lemma not in YEAR_NOUNS:
                continue
            mods = [m for m in sent.children(i)] + ([i - 1] if i > 0 else [])
            if any(toks[m].lemma in PAST_YEAR_WORDS for m in mods):
                month = isodate.parts(date)[1] if date else None
                closing = month == "12" or (month is None and any(
                    toks[x].lemma in TURN_OF_YEAR_WORDS for x in inside))
                return not (pub_month == "01" and closing)
    return False


def past_signing_on_noun(sent: Sentence, path: list[int]) -> str | None:
    """A clause on the agreement noun that tells its signing as done in a year gone by makes
    the agreement a background one, whatever the main clause says of plans or
    possibilities: "Поездка стала возможной благодаря соглашению между областью и краем,
    которое губернаторы подписали ещё в 2024 году", "работаем по договору, заключённому в
    прошлом году" are mentioned (statB: the relative clause, read before the plan words of
    the clause's window; a year alone counts as past, as ``agreements._older_than_
    publication`` has it). A clause whose own predicate signs or extends the agreement
    ("продлили действие соглашения, подписанного в мае 2019 года") is left to the other
    passes: the base agreement and its extension are read apart there; an extension only
    intended ("договорились продлить соглашение, которое было подписано в 2021 году": an
    infinitive) leaves the base agreement a background one, mentioned."""
    toks = sent.tokens
    if any(toks[i].lemma in SIGN_VERBS | EXTEND_VERBS and not (
            toks[i].lemma in EXTEND_VERBS and toks[i].feats.get("VerbForm") == "Inf")
           for i in path[1:]):
        return None
    return "mentioned" if any(_past_signing_clause(sent, c) and _year_gone_by(sent, c)
                              for c in _clauses_on_noun(sent, path[0])) else None


def plan_word_counts(sent: Sentence, i: int, k: int) -> bool:
    """Does the plan word at i, one of the four words before the agreement noun at k, make
    the agreement planned? Not when it is coordinated with a signing done ("Стороны
    согласовали и подписали соглашение"), nor when the agreement is the cause of what it
    calls possible ("Обмен стал возможным благодаря соглашению с краем") (statB)."""
    if not sent.parsed:
        return True
    toks = sent.tokens
    if _signed_alongside(sent, i) or plan_noun_of_other(sent, i, k) or \
            plan_of_based_document(sent, i, k):
        return False
    return not any(toks[p].rel == "case" and toks[p].lemma in CAUSE_PREPOSITIONS
                   for p in sent.children(k))


def plan_of_based_document(sent: Sentence, i: int, k: int) -> bool:
    """muni90: a plan word that governs a noun of base (``BASE_NOUNS``) on which the
    agreement hangs plans the document built on the agreement, not the agreement: "План
    работы подготовлен на основе соглашения, заключённого в 2020 году", "Программа
    разработана в развитие договора о сотрудничестве" (the agreement is referred to; the
    status passes of bases read it). Only from the parse."""
    toks = sent.tokens
    b = toks[k].head
    return 0 <= b < len(toks) and toks[b].lemma in BASE_NOUNS and toks[b].head == i


def under_preposition(sent: Sentence, n: int) -> bool:
    """statpool93: does the noun at ``n`` take a preposition of its own in the parse (a
    child of relation "case" tagged ADP, a compound one included): "по договору", "в
    соответствии с договором"? Such a noun is an adjunct of its verb (a basis, a frame), not
    what the verb drafts: "Порядок выплат разработан по договору с фондом"."""
    toks = sent.tokens
    return any(toks[c].rel == "case" and toks[c].pos == "ADP" for c in sent.children(n))


def plan_noun_of_other(sent: Sentence, i: int, k: int) -> bool:
    """status67: a noun of an act of planning (``PLAN_ACT_NOUNS``) plans the agreement only
    when the agreement hangs on it ("подготовка соглашения", "согласование проекта
    договора"); one that the agreement's noun does not hang on names another act, often
    what the agreement is about: "Именно подготовке таких кадров посвящено соглашение,
    подписанное в тот же день" (the training is the agreement's subject; its own clause
    tells it signed). Only from the parse."""
    t = sent.tokens[i]
    return t.lemma in PLAN_ACT_NOUNS and t.pos in {"NOUN", "PROPN"} and \
        k not in subtree(sent, i) and \
        not genitive_next_to(sent, i, k)  # a capital opening the sentence may be tagged PROPN


def genitive_next_to(sent: Sentence, i: int, k: int) -> bool:
    """statpool95: the noun at k in the genitive right after the noun at i, with only
    adjectives in the genitive between ("проекта областного трёхстороннего соглашения"),
    hangs on it whatever the parse says: a long list of sides after the agreement or a
    numbered item before it may hang the agreement on another word, yet "сформировать
    группу по подготовке проекта регионального соглашения между ... и ..." drafts the
    agreement. Morphology only."""
    toks = sent.tokens
    if not i < k or toks[k].feats.get("Case") != "Gen":
        return False
    return all(toks[j].pos == "ADJ" and toks[j].feats.get("Case") == "Gen"
               for j in range(i + 1, k))


def document_under_agreement(sent: Sentence, path: list[int]) -> str | None:
    """status67: an agreement that an act carrying it out hangs on by "по" (a plan, a
    programme, events: ``IMPLEMENTING_NOUNS``) is one in force, whatever the clause tells
    of that act: "Список будет опубликован после утверждения плана мероприятий по
    соглашению", "Программу по соглашению подготовят к маю" are mentioned (the plan is
    to come, not the agreement); a plan signed or to be signed is left to the signing
    passes. Only from the parse."""
    toks = sent.tokens
    k = path[0]
    if len(path) < 2 or toks[path[1]].lemma not in IMPLEMENTING_NOUNS or \
            toks[path[1]].pos != "NOUN" or toks[path[-1]].lemma in SIGN_VERBS:
        return None  # "подпишут план мероприятий по соглашению": the signing passes read it
    return "mentioned" if any(toks[c].rel == "case" and
                              toks[c].lemma in UNDER_AGREEMENT_PREPOSITIONS
                              for c in sent.children(k)) else None


def agreement_as_cause(sent: Sentence, path: list[int]) -> str | None:
    """An agreement named as the cause of what the clause tells is one in force, whatever
    the clause says is possible or planned: "Реабилитация детей стала возможна благодаря
    договору о сотрудничестве с Крымом", "благодаря соглашению с Пермским краем удастся
    открыть новые маршруты" are mentioned (the noun hangs by "благодаря"; a signing verb
    over it is left to the other passes) (statB)."""
    toks = sent.tokens
    k, v = path[0], path[-1]
    if len(path) < 2 or toks[v].lemma in SIGN_VERBS or not any(
            toks[p].rel == "case" and toks[p].lemma in CAUSE_PREPOSITIONS
            for p in sent.children(k)):
        return None
    return "mentioned"


def signed_by_named_signers(sent: Sentence, path: list[int]) -> str | None:
    """A signing participle on the agreement noun whose agent is named by person tells who
    signed, a report of the signing: "Подписанное министром Андреем Лисовым и директором
    Еленой Костиной соглашение предусматривает обмен опытом" is signed (the clause's date
    still makes an earlier year's signing a reference; "соглашение, подписанное
    губернаторами", with no name, and a participle after the noun, "Второе соглашение,
    подписанное X и Y, касается ...", which other passes tie to the agreement told before,
    are left to them) (statB)."""
    toks = sent.tokens
    k = path[0]
    parts = [c for c in sent.children(k) if toks[c].rel in {"acl", "amod"}]
    if len(path) > 1 and toks[path[1]].feats.get("VerbForm") == "Part":
        parts.append(path[1])  # the parse may hang the noun on its own participle
    for c in parts:
        t = toks[c]
        if t.lemma not in SIGN_VERBS or t.feats.get("VerbForm") != "Part" or c > k or \
                t.feats.get("Tense") != "Past" or negated(sent, c):
            continue
        agents = [a for a in sent.children(c) if toks[a].rel == "obl:agent"]
        if any(toks[n].pos == "PROPN" for a in agents for n in subtree(sent, a)):
            return "signed"
    return None


def signed_under(sent: Sentence, path: list[int]) -> str | None:
    """People who put their signatures under the agreement signed it: "Под соглашением
    подписались министр Олег Кравцов и министр Наталья Глебова" is signed, "под договором
    подпишутся губернаторы" planned (the noun hangs by "под" on a verb of signing oneself)
    (statB)."""
    toks = sent.tokens
    k, v = path[0], path[-1]
    if len(path) != 2 or toks[v].lemma not in SIGN_ONESELF_VERBS or negated(sent, v) or \
            not any(toks[p].rel == "case" and toks[p].lemma in UNDER_PREPOSITIONS
                    for p in sent.children(k)):
        return None
    if toks[v].feats.get("Tense") == "Past" or \
            toks[v].text.lower().endswith(PAST_REFLEXIVE_ENDINGS):
        return "signed"
    return "planned" if toks[v].lemma in SIGN_ONESELF_PERFECTIVE else None


def _signatures_after(toks: list[Token], i: int) -> bool:
    """statpool92: does an instrumental of signatures follow the seal at i within
    ``SEAL_REACH`` words, no punctuation between, whatever the parse hung it on: "Договор
    скреплён в прошлую среду подписями ректора и министра"?"""
    for t in toks[i + 1:i + 1 + SEAL_REACH]:
        if t.pos == "PUNCT":
            return False
        if t.lemma in SIGNATURE_MARKS and t.feats.get("Case") == "Ins":
            return True
    return False


def signed_with_signatures(sent: Sentence, path: list[int]) -> str | None:
    """An agreement sealed with signatures is signed: "Соглашение скреплено подписями
    министров", "договор будет скреплён подписями глав" planned (a word of sealing, or of
    signing, as ``agreements.sealed_with_signatures`` renames it, and a signature noun on
    the noun's path, whatever part of speech the tagger gives the short participle)
    (statB). statpool92: the signatures may follow the seal past its time, hung elsewhere by
    the parse (``_signatures_after``), and a short participle read as a noun counts.)"""
    toks = sent.tokens
    on_path = set(path[1:])
    near = on_path | {c for i in on_path for c in sent.children(i)}
    near |= {j for i in on_path if toks[i].lemma in SEAL_VERBS | SIGN_VERBS  # sigpool92
             for j in [signature_after_seal(sent, i, SIGNATURE_MARKS)] if j is not None}
    seals = [i for i in near if toks[i].lemma in SEAL_VERBS | SIGN_VERBS and
             not negated(sent, i) and toks[i].feats.get("VerbForm") != "Inf"]
    if not seals or not (any(toks[i].lemma in SIGNATURE_MARKS for i in near) or
                         any(_signatures_after(toks, i) for i in seals)):
        return None
    if any(future_form(toks[i]) or any(
            toks[a].lemma == "быть" and future_word(toks[a]) for a in sent.children(i))
           for i in seals):
        return "planned"  # "поставят подписи", "будет скреплён подписями"
    return "signed" if any(toks[i].feats.get("Tense") == "Past" or toks[i].pos == "ADJ" or
                           toks[i].feats.get("VerbForm") == "Part" or
                           toks[i].pos == "NOUN" and  # statpool92: "скреплено" read as a noun
                           toks[i].text.lower().endswith(SHORT_PARTICIPLE_ENDINGS)
                           for i in seals) else None


def signing_to_come_on_noun(sent: Sentence, path: list[int]) -> str | None:
    """A clause on the agreement noun that tells its signing as still to come makes the
    mention planned, whatever the main clause says of the agreement: "Соглашение, которое
    будет подписано в июле, касается обмена опытом", "договор, который стороны подпишут
    осенью", "соглашение, которое планируется заключить" (the relative clause's own tense
    or plan word)."""
    toks = sent.tokens
    for c in _clauses_on_noun(sent, path[0]):
        if negated(sent, c):
            continue
        if toks[c].lemma in SIGN_VERBS and (
                future_finite(toks[c])
                or any(toks[a].lemma == "быть" and future_word(toks[a])
                       for a in sent.children(c))):
            return "planned"
        if toks[c].lemma in PLAN_HEADS and any(
                toks[x].rel == "xcomp" and toks[x].lemma in SIGN_VERBS
                for x in sent.children(c)):
            return "planned"
    return None


def sent_for_signing(sent: Sentence, path: list[int]) -> str | None:
    """A document sent or put forward for signing is not signed yet: "Соглашение направлено
    на подпись губернатору", "договор внесён на подписание" (a destination "на" + the
    accusative of a signing noun on the agreement's verb; "на подписании", the locative, is
    the ceremony itself)."""
    toks = sent.tokens
    v = path[-1]
    if len(path) < 2 or toks[v].pos not in {"VERB", "AUX"} or negated(sent, v):
        return None
    for c in sent.children(v):
        if toks[c].lemma in SEND_FOR_NOUNS and toks[c].feats.get("Case") == "Acc" and any(
                toks[p].rel == "case" and toks[p].lemma in SEND_FOR_PREPOSITIONS
                for p in sent.children(c)):
            return "planned"
    return None


def awaited_signing(sent: Sentence, path: list[int]) -> str | None:
    """A signing hoped for or awaited is still to come: "министр выразил надежду на
    подписание соглашения", "достигнута договорённость о подписании договора" (a noun of
    hope or accord governs the signing noun)."""
    toks = sent.tokens
    if len(path) >= 3 and any(toks[i].lemma in SIGN_NOUNS for i in path[1:]) and \
            any(toks[i].lemma in AWAIT_NOUNS for i in path[2:]):
        return "planned"
    return None


def signing_awaited_by_verb(sent: Sentence, path: list[int]) -> str | None:
    """statpool91: a signing that is the object of a verb of awaiting is still to come,
    whatever the verb's tense: "Стороны ждут подписания договора к осени", "Гости форума
    ожидали подписания соглашения между двумя фондами" (an awaiting told in the past names
    no signing done; one that came about is told by its own verb). The signing noun
    governs the agreement noun and is the unnegated verb's object; "не стали ждать
    подписания" and "дождались подписания" (the perfective: it came) do not count."""
    toks = sent.tokens
    if len(path) < 3 or toks[path[1]].lemma not in SIGN_NOUNS:
        return None
    v = path[2]
    if toks[v].lemma not in AWAIT_VERBS or toks[path[1]].rel not in {"obj", "obl"}:
        return None
    h = toks[v].head  # "не стали ждать": the negation on the verb the infinitive serves
    if negated(sent, v) or toks[v].rel == "xcomp" and 0 <= h < len(toks) and negated(sent, h):
        return None
    return "planned"


def draft_preamble(sents: Sequence[Sentence], si: int) -> bool:
    """hid95 draft_preamble: the preamble of a draft's own text signs nothing: "ПРОЕКТ /
    ДОГОВОР о взаимодействии / ... департамент и фонд «Опора» подписали настоящее
    Соглашение о следующем" pasted under a decree that approves it is an agreement still to
    be signed. Sentence ``si`` names "настоящее" agreement (the text's own), and a line of
    the draft mark alone (``DRAFT_MARKS``, brackets allowed) stands within
    ``DRAFT_MARK_REACH`` sentences above; a preamble with no such mark is the agreement's
    text as signed."""
    toks = sents[si].tokens
    if not any(t.lemma == "настоящий" and n + 1 < len(toks) and
               toks[n + 1].lemma in TRIGGERS for n, t in enumerate(toks)):
        return False
    for n in range(si - 1, max(-1, si - 1 - DRAFT_MARK_REACH), -1):
        if sents[n].text.strip(" \t()[]").lower() in DRAFT_MARKS:
            return True
    return False


def signing_charged(sent: Sentence, path: list[int]) -> str | None:
    """hid95 signing_charged: a signing given to someone to do is still to come, whatever
    the verb's tense: "Поручить подписание договора начальнику управления Ивановой А.П.",
    "Подписание соглашения поручено первому заместителю министра" (an order's item, a
    decision). The signing noun governs the agreement noun and is the object, or the
    passive subject, of an unnegated verb of charging (``ASSIGN_VERBS``); a signing the
    charged one did is told by its own verb ("по поручению губернатора подписал")."""
    toks = sent.tokens
    if len(path) < 3 or toks[path[1]].lemma not in SIGN_NOUNS or \
            toks[path[1]].rel not in {"obj", "nsubj:pass"}:
        return None
    v = path[2]
    if toks[v].lemma not in ASSIGN_VERBS or negated(sent, v):
        return None
    return "planned"


def signing_as_goal(sent: Sentence, path: list[int]) -> str | None:
    """A signing the sides move towards is not reached yet: "Стороны приблизились к
    подписанию соглашения", "регионы подошли к заключению договора", "соглашение готово к
    подписанию" (a signing noun right above the agreement, or on the predicate of the
    agreement as subject, hangs by "к" on the clause's verb). Starting the act ("приступили
    к подписанию") is the signing itself and is left to the other passes. (statgram; listed
    after ``awaited_signing``.)"""
    toks = sent.tokens
    v = path[-1]
    if len(path) == 3:
        goals = [path[1]]  # "приблизились к подписанию соглашения"
    elif len(path) == 2 and toks[path[0]].rel in {"nsubj", "nsubj:pass"}:
        goals = sent.children(v)  # "Соглашение готово к подписанию"
    else:
        return None
    if toks[v].lemma in START_VERBS or negated(sent, v) or _bare(sent, path[0]):
        return None
    return "planned" if any(
        toks[s].lemma in SIGN_NOUNS and toks[s].rel == "obl" and any(
            toks[p].rel == "case" and (toks[p].lemma in GOAL_PREPOSITIONS or
                                       _reached(toks[v], toks[p], toks[s]))
            for p in sent.children(s)) for s in goals) else None


def _reached(verb: Token, prep: Token, noun: Token) -> bool:
    """statpool93: a signing reached by going out "на" it, in the accusative: "К лету
    фонд и мэрия рассчитывают выйти на подписание договора" (``GO_OUT_WORDS``,
    ``REACH_PREPOSITIONS``); not "на подписании" (the locative of the occasion)."""
    return verb.lemma in GO_OUT_WORDS and prep.lemma in REACH_PREPOSITIONS and \
        noun.feats.get("Case") == "Acc"


def drafted_text(sent: Sentence, path: list[int]) -> str | None:
    """An agreement being worked out is a draft, whatever the tense: "губернаторы дали
    поручение проработать соглашение", "текст договора доработали с учётом замечаний"."""
    toks = sent.tokens
    v = path[-1]
    if len(path) > 1 and toks[v].lemma in DRAFT_VERBS and not negated(sent, v) and \
            not _signed_alongside(sent, v):
        return "planned"
    return None


def _signed_alongside(sent: Sentence, v: int) -> bool:
    """Is verb v coordinated with a signing verb in the past, unnegated and not conditional
    ("согласовано и подписано", "доработали и подписали"): the text was worked out and
    signed."""
    toks = sent.tokens
    h = toks[v].head
    pair = [c for c in sent.children(v) if toks[c].rel == "conj"]
    if toks[v].rel == "conj" and 0 <= h < len(toks):
        pair.append(h)
    return any(toks[c].lemma in SIGN_VERBS and toks[c].pos in {"VERB", "AUX"} and
               toks[c].feats.get("Tense") == "Past" and not negated(sent, c) and
               not any(toks[a].lemma in CONDITIONAL_PARTICLES for a in sent.children(c))
               and not (c != h and _own_subject(sent, c)) for c in pair)


def _own_subject(sent: Sentence, c: int) -> bool:
    """stat30: a coordinated signing verb with a subject of its own tells another document's
    signing: "Соглашение станет вторым для Сахалина: в 2024 году аналогичный документ был
    подписан с Камчатским краем" (the parse joins the two clauses as conjuncts); "Соглашение
    согласовано и подписано" shares its subject."""
    return any(sent.tokens[x].rel in {"nsubj", "nsubj:pass"} for x in sent.children(c))


def signed_alongside(sent: Sentence, path: list[int]) -> str | None:
    """An agreement worked out and signed in one breath is signed: "Соглашение согласовано
    и подписано", "текст доработали и подписали" (the noun's verb is coordinated with a past
    signing verb; the clause's date still makes an earlier year's signing a reference).
    (statgram; listed before ``agreements._discussed``, which would read the verb of
    agreeing as a discussion, and before ``drafted_text``.)"""
    v = path[-1]
    return "signed" if len(path) > 1 and sent.tokens[v].pos in {"VERB", "AUX"} and \
        not negated(sent, v) and _signed_alongside(sent, v) else None


def drafting_to_come(sent: Sentence, path: list[int]) -> str | None:
    """An agreement that a word of plan, need or duty says is still to be drafted or agreed
    is a draft to sign: "Соглашение ещё предстоит согласовать", "договор необходимо
    доработать" (the noun's path ends in a plan head whose infinitive complement is a verb of
    drafting work; "соглашение предстоит выполнить" is no draft). (statgram; listed after
    ``agreed_text``.)"""
    toks = sent.tokens
    v = path[-1]
    if len(path) < 2 or negated(sent, v) or _bare(sent, path[0]):
        return None
    h = toks[v].head
    if toks[v].lemma in DRAFTING_VERBS and toks[v].feats.get("VerbForm") == "Inf" and \
            toks[v].rel in {"xcomp", "csubj"} and 0 <= h < len(toks) and \
            toks[h].lemma in PLAN_HEADS and not negated(sent, h):
        return "planned"  # "Текст соглашения предстоит обсудить": the noun under the infinitive
    if toks[v].lemma not in PLAN_HEADS:
        return None
    return "planned" if any(toks[c].rel in {"xcomp", "csubj"} and
                            toks[c].lemma in DRAFTING_VERBS and
                            toks[c].feats.get("VerbForm") == "Inf"
                            for c in sent.children(v)) else None


def agreed_text(sent: Sentence, path: list[int]) -> str | None:
    """An agreement whose text the sides have agreed on is still a draft to sign, in any
    tense or voice: "Текст соглашения согласован сторонами", "министерства согласовали
    проект договора" (a verb of agreeing a text heads the noun's path, with no signing verb
    coordinated with it: "согласовано и подписано" is signed). (statgram; listed after
    ``drafted_text``.)"""
    toks = sent.tokens
    v = path[-1]
    if len(path) < 2 or toks[v].lemma not in AGREED_TEXT_VERBS or negated(sent, v) or \
            _signed_alongside(sent, v) or _bare(sent, path[0]):
        return None
    return "planned"


def draft_at_stage(sent: Sentence, path: list[int]) -> str | None:
    """An agreement at a stage of drafting is still to be signed: "Соглашение находится в
    стадии разработки", "договор пока на этапе согласования" (the stage noun, the predicate
    or its dependent, governs a noun of drafting work)."""
    toks = sent.tokens
    v = path[-1]
    if len(path) < 2 or negated(sent, v):
        return None
    for c in [v] + sent.children(v):  # "договор пока в стадии согласования": no verb
        if toks[c].lemma in STAGE_NOUNS and any(
                toks[g].lemma in DRAFT_WORK_NOUNS for g in sent.children(c)):
            return "planned"
    return None


def _governing_verb(sent: Sentence, k: int) -> int | None:
    """The first verb above the agreement noun at k (the noun's clause predicate)."""
    toks = sent.tokens
    h, seen = toks[k].head, 0
    while 0 <= h < len(toks) and seen <= len(toks):
        if toks[h].pos in {"VERB", "AUX"}:
            return h
        h, seen = toks[h].head, seen + 1
    return None


def _told_before(verb: Token) -> bool:
    """status44: an aside of reporting tells an earlier report unless its verb is in the
    present: "как сообщалось", "как писали ранее" remind, while "Как сообщает пресс-служба
    министерства, 2 октября ... подписали" names the source of this very news."""
    return verb.feats.get("Tense") != "Pres"


def _reminder_marked(sent: Sentence, v: int) -> bool:
    """Is the clause of verb v told as a reminder? Its head is "напомнить" ("министр
    напомнила, что ... подписали"), or it carries the aside "Напомним," / "как сообщалось"
    (a verb of an earlier report opened by "как", ``_told_before``). A verb joined by "и"
    to such a clause shares it. So does the agreement the reminder itself is about
    ("министр напомнил о соглашении, подписанном в марте"), and a complement "что ..."
    right after the reminder verb that the parser hung elsewhere ("Напомнив, что в марте
    области подписали ...")."""
    toks = sent.tokens
    if toks[v].lemma in REMINDER_VERBS:
        return True
    for m in sent.children(v):
        if toks[m].rel == "mark" and toks[m].lemma == "что" and m >= 2 and \
                toks[m - 1].text == "," and toks[m - 2].lemma in REMINDER_VERBS:
            return True
    for _ in range(2):
        h = toks[v].head
        if toks[v].rel in {"ccomp", "parataxis"} and 0 <= h < len(toks) and \
                toks[h].lemma in REMINDER_VERBS:
            return True
        for c in sent.children(v):
            if toks[c].rel not in {"parataxis", "discourse", "advcl", "advmod"}:
                continue
            if toks[c].lemma in REMINDER_VERBS:
                return True
            if toks[c].lemma in EARLIER_REPORT_VERBS and _told_before(toks[c]) and any(
                    toks[g].lemma in AS_WORDS for g in sent.children(c)):
                return True
        if toks[v].rel != "conj" or not 0 <= h < len(toks):
            return False
        v = h
    return False


def _days_before(date: str, published: str) -> int | None:
    """Days from a date with a day to the publication day; a day without a year ("--06-09")
    is the latest such day not after the publication. None without both days."""
    try:
        pub = dt.date.fromisoformat(published)
        if date.startswith("--"):
            day = dt.date.fromisoformat(f"{pub.year}{date[1:]}")
            if day > pub:
                day = day.replace(year=pub.year - 1)
        else:
            day = dt.date.fromisoformat(date)
    except ValueError:
        return None
    return (pub - day).days


def _in_clause(sent: Sentence, v: int, name: str) -> bool:
    """Is the person ``name`` written inside the clause of verb v (its subtree)? Compared by
    the surname's first four letters, so any case form counts ("Обама", "Обамой")."""
    stem = name.split()[-1][:4].lower() if name.split() else ""
    if not stem:
        return False
    toks = sent.tokens
    todo, seen = [v], {v}
    while todo:
        i = todo.pop()
        if toks[i].text[:4].lower() == stem:
            return True
        for c in sent.children(i):
            if c not in seen:
                seen.add(c)
                todo.append(c)
    return False


def reminded_signing(status: str, date: str | None, published: str | None,
                     sent: Sentence, k: int, signers: list[str],
                     told_after: Sentence | None = None) -> tuple[str, list[str]]:
    """A signing told as a reminder is background the reader already knows: "Министр
    напомнила, что в феврале область уже заключила соглашение с соседями", "Напомним,
    договор был подписан в 2010 году", "Как сообщалось, в марте регионы подписали
    соглашение" refer to the agreement (mentioned). Only a reminder of a signing dated to a
    day within REMINDER_DAYS of the publication still reports the news ("Напомним, во
    вторник губернаторы подписали соглашение"). Its signers are those the signing clause
    names ("был подписан министрами Ивановым и Петровым"), never the one who reminds;
    sigpool93: and those the sentence after it names signing it (``told_after``, read by
    the caller as a back reference: "Напомним, в 2021 году фонд заключил соглашение с
    министерством. Тогда подписи поставили директор X и министр Y"), when the reminding
    sentence does not name them."""
    if status != "signed" or not sent.parsed or not 0 <= k < len(sent.tokens):
        return status, signers
    v = _governing_verb(sent, k)
    if v is None or not _reminder_marked(sent, v):
        return status, signers
    if date and published:
        days = _days_before(date, published)
        if days is not None and 0 <= days <= REMINDER_DAYS:
            return status, signers
    return "mentioned", [s for s in signers if _in_clause(sent, v, s) or
                         told_after is not None and told_after is not sent and
                         _named_in(told_after, s) and not _named_in(sent, s)]


def _named_in(sent: Sentence, name: str) -> bool:
    """sigpool93: is the person ``name`` written in the sentence (the surname's first four
    letters, any case form, as ``_in_clause`` compares)?"""
    stem = name.split()[-1][:4].lower() if name.split() else ""
    return bool(stem) and any(t.text[:4].lower() == stem for t in sent.tokens)


def reminds_of_agreement(sent: Sentence) -> bool:
    """date72: does the sentence tell an agreement as a reminder ("Напомним, соглашение о
    сотрудничестве стороны заключили ещё в марте 2019 года", ``_reminder_marked``)? It retells
    an earlier signing, so its date is not that of a signing just reported before it
    ("... подписали дополнительное соглашение. Напомним, само соглашение ... в 2019 году").
    Only from the parse."""
    if not sent.parsed:
        return False
    for k, t in enumerate(sent.tokens):
        if t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"}:
            v = _governing_verb(sent, k)
            if v is not None and _reminder_marked(sent, v):
                return True
    return False


class _Dated(Protocol):
    sentence: Sentence
    status: str
    date: str | None


_D = TypeVar("_D", bound=_Dated)


def _month_index(date: str, published: str | None) -> int | None:
    """Months since year 0 of a date with a month; a month without a year is the latest
    such month not after the publication's. None without a month or a year to read."""
    y, mo, _ = isodate.parts(date)
    if mo is None:
        return None
    if y is None:
        py, pmo, _ = isodate.parts(published) if published else (None, None, None)
        if py is None or pmo is None:
            return None
        return int(py) * 12 + int(mo) - (12 if int(mo) > int(pmo) else 0)
    return int(y) * 12 + int(mo)


def earlier_than_news(cands: Sequence[_D], published: str | None, head: list[Sentence],
                      text: str) -> None:
    """A signing dated by a month only, in a month before the report's own signing (dated to
    the day), is background told beside the news: "Во вторник министерства подписали
    соглашение ... В январе министерство уже заключило соглашение с соседней областью"
    refers to the January agreement. A review of the year ("Итоги года") or a numbered list
    of events tells every item as news, and a report with no signing dated to the day has no
    news to set it against. statpool93: nor is the month right before the news's month
    (``RECENT_MONTHS``) background: "А в марте мы с Вологдой тоже заключили договор"
    beside a signing of 11 April is the last weeks' news (a radio guest's, a press
    conference's), not history, unless told as earlier all the same (``_told_as_earlier``)."""
    news = [_month_index(c.date, published) for c in cands
            if c.status == "signed" and c.date and isodate.parts(c.date)[2] is not None]
    news_months = [m for m in news if m is not None]
    if not news_months or _year_in_review(head, published):
        return
    latest = max(news_months)
    for c in cands:
        if c.status != "signed" or not c.date or isodate.parts(c.date)[2] is not None:
            continue
        month = _month_index(c.date, published)
        if month is None or month >= latest or any(c.sentence is s for s in head):
            continue
        if month >= latest - RECENT_MONTHS and not _told_as_earlier(c.sentence, text):
            continue  # statpool93: last month's signing beside the news
        if text and _event_list_item(text, c.sentence):
            continue
        c.status = "mentioned"


def _told_as_earlier(sent: Sentence, text: str) -> bool:
    """statpool93: is the signing's sentence told as earlier than the news, so that even
    last month's signing is background: an adverb of "before" in it ("уже", "ранее":
    ``BEFORE_NEWS_ADVERBS``), or a paragraph opened as a reminder ("Напомним, ...",
    ``REMINDER_STEMS``): "Напомним, такие договоры фонд заключает давно. А в марте он
    подписал договор с Вологдой"."""
    if any(t.lemma in BEFORE_NEWS_ADVERBS for t in sent.tokens):
        return True
    line_start = text.rfind("\n", 0, sent.start) + 1 if text else sent.start
    return any(w.lower().startswith(REMINDER_STEMS)
               for w in re.findall(r"\w+", text[line_start:sent.start]))


# --- r17st: which agreement a mention belongs to, before its status is merged ---------------


def _agreement_nouns(sent: Sentence) -> list[int]:
    return [i for i, t in enumerate(sent.tokens) if t.lemma in TRIGGERS]


def parties_of_nested_agreement(sent: Sentence, k: int, spans: Sequence[tuple[int, int]]) -> bool:
    """The sides named under another agreement noun of the clause belong to that agreement,
    not to the one at k: in "Соглашение заключено в развитие соглашения между правительствами
    областей, подписанного в 2022 году" the governments signed the older agreement; the new
    one ("Соглашение", the subject) is the one the report is about and names no side of its
    own. Only when that other noun is outside the phrase of k and k outside its phrase ("к
    соглашению между X и Y" inside "дополнительное соглашение к ..." is the new one's)."""
    toks = sent.tokens
    if not spans or not sent.parsed or not 0 <= k < len(toks) or \
            toks[k].rel not in {"nsubj", "nsubj:pass"}:
        return False
    v = _path_up(sent, k)[-1]
    if v == k or toks[k].head != v:
        return False
    mine = set(subtree(sent, k))
    clause = set(subtree(sent, v))
    for j in _agreement_nouns(sent):
        if j in mine:
            continue
        w = _when_clause_verb(sent, j)
        if w is not None and w > v:
            theirs = subtree(sent, w)  # the "когда" clause's subject signed it
        elif j in clause:
            theirs = subtree(sent, j)
        else:
            continue
        if k in theirs:
            continue
        if all(any(a <= toks[i].start and toks[i].stop <= b for i in theirs) and
               all(i in theirs for i, t in enumerate(toks) if a <= t.start and t.stop <= b)
               for a, b in spans):
            return True
    return False


def sides_of_when_clause(sent: Sentence, k: int, spans: Sequence[tuple[int, int]]) -> list[bool]:
    """status56: which of the sides found for the agreement at k (character spans) stand in
    the "когда" clause of another agreement noun told after it, and so signed that older
    one: in "Соглашение заключено в развитие договорённостей, достигнутых в 2021 году,
    когда правительства двух областей подписали соглашение о ..." the governments are not
    sides of the new "Соглашение", whatever other sides it took from the sentences
    before."""
    toks = sent.tokens
    out = [False] * len(spans)
    if not spans or not sent.parsed or not 0 <= k < len(toks):
        return out
    for j in _agreement_nouns(sent):
        w = _when_clause_verb(sent, j) if j > k else None
        if w is None:
            continue
        theirs = set(subtree(sent, w))
        if k in theirs:
            continue
        lo = min(toks[i].start for i in theirs)
        hi = max(toks[i].stop for i in theirs)
        for n, (a, b) in enumerate(spans):
            out[n] = out[n] or lo <= a and b <= hi
    return out


def _when_clause_verb(sent: Sentence, j: int) -> int | None:
    """status56: the signing verb of the agreement noun at j when it opens a "когда" clause
    after another clause ("..., достигнутых в 2022 году, когда правительства X и Y подписали
    соглашение"): the clause tells an older signing, whoever it names signed that one. The
    parser often leaves such a clause unattached, so only the verb's own mark is read."""
    toks = sent.tokens
    w = next((h for h in ancestors(sent, j) if toks[h].pos in {"VERB", "AUX"}), None)
    if w is None or toks[w].lemma not in SIGN_VERBS:
        return None
    return w if any(toks[c].rel in {"mark", "advmod"} and c < w and
                    toks[c].lemma in WHEN_MARKS for c in sent.children(w)) else None


def _path_up(sent: Sentence, k: int) -> list[int]:
    """The noun at k and its heads up to the first finite verb (the clause it is told in)."""
    toks = sent.tokens
    out, h = [k], toks[k].head
    while 0 <= h < len(toks) and h not in out:
        out.append(h)
        if toks[h].pos in {"VERB", "AUX"} and toks[h].feats.get("VerbForm") == "Fin":
            break
        h = toks[h].head
    return out


def _with_phrase(sent: Sentence, c: int) -> bool:
    """Is token c a noun in the instrumental led by "с" ("с министерством")?"""
    toks = sent.tokens
    return toks[c].pos in {"NOUN", "PROPN"} and toks[c].feats.get("Case") == "Ins" and any(
        toks[p].rel == "case" and toks[p].lemma in WITH_PREPOSITIONS for p in sent.children(c))


def counterpart_spans(sent: Sentence, k: int) -> list[tuple[int, int]]:
    """Character spans of the partners a bare mention's clause names with "с" + the
    instrumental on the agreement noun or a word above it: "Мы договорились с министерством
    Якутии подготовить соглашение", "соглашение с Тулой планируем подписать осенью". The
    parser hangs a fronted partner on a later verb at times: with none on the path, an
    oblique "с" phrase on any verb of the sentence counts, unless it lies inside another
    agreement noun's phrase."""
    toks = sent.tokens
    if not sent.parsed or not 0 <= k < len(toks):
        return []
    found = [c for h in _path_up(sent, k) for c in sent.children(h) if _with_phrase(sent, c)]
    if not found:
        others = {i for j in _agreement_nouns(sent) if j != k for i in subtree(sent, j)}
        found = [c for c, t in enumerate(toks) if t.rel == "obl" and c not in others and
                 0 <= t.head < len(toks) and toks[t.head].pos == "VERB" and
                 _with_phrase(sent, c)]
    out = []
    for c in found:
        cut = {i for x in sent.children(c) if place_with_preposition(sent, c, x)
               for i in subtree(sent, x)}
        span = [i for i in subtree(sent, c) if i not in cut and
                not (toks[i].rel == "case" and toks[i].head == c)]
        out.append((toks[span[0]].start, toks[span[-1]].stop))
    return out


def place_with_preposition(sent: Sentence, x: int, c: int) -> bool:
    """agr26: a place's name takes no phrase of its own preposition under it; the parse may
    hang the other side there ("с Псковской областью у Новгородской области действует
    соглашение": "у Новгородской области" is a second side, not part of the partner's
    name). A body keeps its "по" phrase ("с Отделением ... по Курской области"): only a
    place head (область, край, район) is cut."""
    toks = sent.tokens
    return toks[x].lemma in PLACE_HEADS and toks[c].rel == "nmod" and \
        any(toks[y].rel == "case" and toks[y].pos == "ADP" for y in sent.children(c))


def other_partner_mention(sent: Sentence, k: int, regions: set[str],
                          regions_at: Callable[[int, int], list[str]]) -> bool:
    """A mention that names no side of its own but whose clause names a partner ("с" + the
    instrumental) of regions none of which an agreement has is another agreement: after
    "По соглашению с департаментом Москвы дети проходят реабилитацию" the plan "Мы
    договорились с министерством Якутии подготовить соглашение" must not join the Moscow
    agreement and make it planned. ``regions_at``: region codes named in a character span."""
    if not regions:
        return False
    named = {r for a, b in counterpart_spans(sent, k) for r in regions_at(a, b)}
    return bool(named) and not named & regions


def further_documents(sent: Sentence, k: int) -> bool:
    """A plan of further documents names other agreements than those told before: in
    "Обсудили присоединение к соглашению двух республик: проекты дополнительных соглашений
    поручено подготовить" or "новое соглашение будет подписано в мае" the documents to come
    are not the agreement in force (plural agreement noun, or one called additional, new,
    next)."""
    toks = sent.tokens
    if not sent.parsed or not 0 <= k < len(toks):
        return False
    return toks[k].feats.get("Number") == "Plur" or any(
        toks[c].rel == "amod" and toks[c].lemma in FURTHER_WORDS for c in sent.children(k))


def keeps_status(m_status: str, c_status: str, c_named: bool, sent: Sentence, k: int) -> bool:
    """Whose status wins when a mention joins an agreement (r17st): a mention that names no
    side and plans further documents (``further_documents``) is no news of a signed or
    mentioned agreement and must not join it and make it planned. When it could join only
    such agreements it names no agreement of its own and is left out ("проекты
    дополнительных соглашений поручено подготовить": drafts, sides unnamed)."""
    return not c_named and c_status == "planned" and m_status != "planned" and \
        further_documents(sent, k)


def missed_partners(sent: Sentence, k: int, own: set[str],
                    regions_at: Callable[[int, int], list[str]]) -> list[tuple[int, int]]:
    """Partners a plan's clause names with "с" ("Мы договорились с министерством Костромы
    подготовить соглашение") of regions none of the mention's sides has: the mention
    missed them (only the speaker's side found), and merged without them it would join the
    speaker's agreement in force and make it planned. Spans of text, each naming a region."""
    return [(a, b) for a, b in counterpart_spans(sent, k)
            if regions_at(a, b) and not set(regions_at(a, b)) & own]


def base_agreement_after(sent: Sentence, k: int, hi: int) -> int:
    """status72: where the clause of the agreement at k names another agreement as the base
    it carries out ("в развитие", "во исполнение", "в реализацию" of it:
    ``IMPLEMENTING_BASES``), what is named from there on belongs to the base agreement: in
    "Договор с заводом заключён во исполнение областного соглашения между правительством
    области, профсоюзами и работодателями" the government, the unions and the employers are
    the sides of the regional agreement, and the contract is not that agreement
    (``carries_out_base``). The index of the word of implementation, whose noun phrase
    (adjectives, numerals and determiners) ends in an agreement noun, else ``hi``. Read by
    morphology, so it holds where the parse hangs the base's words elsewhere."""
    toks = sent.tokens
    for i in range(k + 1, hi):
        if toks[i].lemma not in IMPLEMENTING_BASES:
            continue
        t = i + 1
        while t < hi and toks[t].pos in {"ADJ", "DET", "NUM"}:
            t += 1
        if t < hi and toks[t].lemma in TRIGGERS and toks[t].pos in {"NOUN", "PROPN"}:
            return i
    return hi


def carries_out_base(sent: Sentence, k: int, j: int) -> bool:
    """status72: is the agreement noun at j the base that the agreement at k carries out,
    named after k's word of implementation (``base_agreement_after``)? "Договор с заводом
    заключён во исполнение областного соглашения": the contract is not the regional
    agreement, so no mention of one joins the other's record."""
    n = len(sent.tokens)
    if not (0 <= k < n and 0 <= j < n) or j <= k:
        return False
    return base_agreement_after(sent, k, n) < j


def bare_anaphor_sides(sent: Sentence, k: int, spans: Sequence[tuple[int, int]]) -> bool:
    """A bare "Соглашение" subject ("Соглашение позволит выстроить работу системно") after
    a report of a signing is that agreement: the sides found for it before its own clause
    (regions of the previous clause, the speaker's body) are not sides of another one. The
    noun is singular with no word of its own but punctuation, its verb no signing (a list
    after "Подписаны соглашения:" names the sides of each)."""
    toks = sent.tokens
    if not spans or not sent.parsed or not 0 <= k < len(toks) or \
            toks[k].rel not in {"nsubj", "nsubj:pass"} or \
            toks[k].feats.get("Number") != "Sing" or \
            any(toks[c].rel != "punct" for c in sent.children(k)):
        return False
    v = _path_up(sent, k)[-1]
    if toks[v].lemma in SIGN_VERBS:
        return False
    lo = toks[subtree(sent, v)[0]].start
    return all(b <= lo for a, b in spans)


# --- r18fix: round 18's causes ---------------------------------------------------------------


class _Triggered(Protocol):
    sentence: Sentence
    status: str
    trigger: Token


_T = TypeVar("_T", bound=_Triggered)


def _ordinal_noun(sent: Sentence, k: int) -> bool:
    """The agreement noun carries an ordinal of its own ("Второе соглашение", "Третий
    документ"): one item of a list the text goes through, told by the sentences after it."""
    if not 0 <= k < len(sent.tokens):
        return False
    if sent.parsed:
        toks = sent.tokens
        return any(toks[c].rel == "amod" and toks[c].lemma in ORDINALS
                   for c in sent.children(k)) or _ordinal_predicate(sent, k) or \
            _ordinal_subject(sent, k)
    return k > 0 and sent.tokens[k - 1].lemma in ORDINALS


def _ordinal_predicate(sent: Sentence, k: int) -> bool:
    """An ordinal told of the noun by a copula verb (statC): "Первым стало соглашение между
    ..." — the ordinal opens the sentence and hangs on the verb the noun is the subject
    of, so the noun is one item of the list as "Второе соглашение" is."""
    toks = sent.tokens
    words = [i for i, t in enumerate(toks) if t.pos != "PUNCT"]
    if not words or toks[words[0]].lemma not in ORDINALS or words[0] >= k:
        return False
    v = toks[k].head
    return toks[k].rel.startswith("nsubj") and toks[words[0]].head == v and \
        0 <= v < len(toks) and toks[v].lemma in COPULA_VERBS


def _ordinal_subject(sent: Sentence, k: int) -> bool:
    """agrplan: the agreement noun is what an ordinal document noun is said to be, with no
    verb between them: "Третий документ – трёхстороннее соглашение между ..." (the parse
    makes the ordinal's noun the subject of the agreement noun; status53: or hangs the
    agreement noun on it by ``DASH_ITEM_RELATIONS``)."""
    toks = sent.tokens
    if toks[k].pos not in {"NOUN", "PROPN"}:
        return False
    h = toks[k].head
    if toks[k].rel in DASH_ITEM_RELATIONS and 0 <= h < k and _ordinal_document(sent, h):
        return True  # status53: "Второй документ — соглашение между ..." (the dash's parse)
    return any(toks[c].rel == "nsubj" and _ordinal_document(sent, c) for c in sent.children(k))


def _ordinal_document(sent: Sentence, c: int) -> bool:
    """Is the token at c a document noun with an ordinal of its own ("второй документ")?"""
    toks = sent.tokens
    return toks[c].lemma in SIGNED_DOCUMENT_NOUNS and \
        any(toks[d].rel == "amod" and toks[d].lemma in ORDINALS for d in sent.children(c))


def _verbless_item(sent: Sentence, k: int) -> bool:
    """The agreement noun opens a sentence that tells no act (``syntax.verbless``; tidy50:
    no verb nor participle of any form before), an item of a review or a list that the
    next sentences tell (statC): "Март. Соглашение с министерством Новосибирской области о
    сотрудничестве в сфере занятости. Документ подписали ..." """
    toks = sent.tokens
    words = [i for i, t in enumerate(toks) if t.pos != "PUNCT"]
    return bool(words) and words[0] == k and verbless(toks)


def _signed_after_colon(sent: Sentence, k: int) -> bool:
    """agr42: a list item told without a verb, then after a colon the signing of it: "Третий
    документ — с автономной некоммерческой организацией «Серебряный возраст 76»: его
    подписали министр и руководитель АНО". A past, unnegated signing verb after a colon
    that follows the noun, with a singular pronoun object."""
    toks = sent.tokens
    colon = next((i for i in range(k + 1, len(toks)) if toks[i].text == ":"), None)
    if colon is None:
        return False
    for v in range(colon + 1, len(toks)):
        t = toks[v]
        if t.lemma not in SIGN_VERBS or t.feats.get("Tense") != "Past" or negated(sent, v):
            continue
        if any(toks[c].rel == "obj" and toks[c].lemma in DOCUMENT_PRONOUNS and
               singular_pronoun(toks[c]) for c in sent.children(v)):
            return True
    return False


def _reports_document_signed(sent: Sentence) -> bool:
    """The sentence says a document was signed: a past, unnegated signing verb whose object
    or passive subject is a document noun ("документ подписала первый заместитель
    министра", "Ректоры ... подписали документ") or, agrplan, a singular pronoun object
    standing for the item just told ("Ректор и министр подписали его")."""
    toks = sent.tokens
    for v, t in enumerate(toks):
        if t.lemma not in SIGN_VERBS or t.feats.get("Tense") != "Past" or negated(sent, v):
            continue
        if any(toks[c].rel in {"obj", "nsubj:pass", "nsubj"} and
               toks[c].lemma in SIGNED_DOCUMENT_NOUNS for c in sent.children(v)):
            return True
        if any(toks[c].rel == "obj" and toks[c].lemma in DOCUMENT_PRONOUNS and
               singular_pronoun(toks[c]) for c in sent.children(v)):
            return True
    return signatures_under_document(sent)


def singular_pronoun(t: Token) -> bool:
    """agr48: is the third-person pronoun singular: so tagged, or tagged with no number in a
    form that is singular whatever its reading (``SINGULAR_PRONOUN_FORMS``): the tagger
    reads "его" in "Со стороны фонда его подписал директор" as a determiner without a
    number, though as the verb's object it stands for the document just told."""
    number = t.feats.get("Number")
    return number == "Sing" or number is None and t.text.lower() in SINGULAR_PRONOUN_FORMS


def signatures_under_document(sent: Sentence) -> bool:
    """agr30, stat30: the sentence tells signatures put under a document in the past: "Подписи под
    ним поставили министр ... и заместитель губернатора ...", "Под документом свои подписи
    поставили ..."; status56: or signatures standing under it, the state a signing leaves,
    in the present as in the past ("Под ним стоят подписи министра и ректора"). A past,
    unnegated verb of putting whose child is a signature noun (or a present or past verb
    of standing whose subject is one), and a document noun or a singular pronoun under
    "под" in the sentence."""
    toks = sent.tokens
    under = any((t.lemma in SIGNED_DOCUMENT_NOUNS | DOCUMENT_PRONOUNS or
                 t.pos == "PRON" and t.feats.get("Person") == "3") and  # "ним": "они"
                t.feats.get("Number", "Sing") == "Sing" and
                any(toks[c].lemma in UNDER_PREPOSITIONS for c in sent.children(i))
                for i, t in enumerate(toks))
    if not under:
        return False
    for v, t in enumerate(toks):
        state = t.lemma in SIGNATURE_STATE_VERBS and t.feats.get("Tense") in {"Past", "Pres"}
        if not state and (t.lemma not in SIGNATURE_VERBS or t.feats.get("Tense") != "Past") \
                or t.pos != "VERB":
            continue
        children = sent.children(v)
        if any(toks[c].lemma == "не" for c in children):
            continue
        if any(toks[c].lemma in SIGNATURE_NOUNS and
               (not state or toks[c].rel == "nsubj") for c in children):
            return True
    return False


def signatures_put(sent: Sentence) -> bool:
    """status53: the sentence tells signatures put in the past with no document named:
    "Подписи поставили председатель комитета и директор центра." Read only inside an
    ordinal or verbless item's paragraph, before the list's next item
    (``ordinal_signed_later``), where the signatures can only be the item's; elsewhere a
    document under "под" is asked (``signatures_under_document``). A past, unnegated verb
    of putting (``SIGNATURE_VERBS``) whose object or subject is a signature noun; a verb of
    signatures standing ("стоят подписи") tells no act and is left to that reading."""
    toks = sent.tokens
    for v in range(len(toks)):
        if not put_done(sent, v, SIGNATURE_VERBS):
            continue
        if any(toks[c].lemma in SIGNATURE_NOUNS and toks[c].rel in {"obj", "nsubj:pass"}
               for c in sent.children(v)):
            return True
    return False


def _called_off(sent: Sentence) -> bool:
    """statpool92: does the sentence tell a signing that did not take place: a signing
    verb or event negated ("так и не подписали", "не состоялось"), or a signing or its
    ceremony refused or called off ("отказался от подписания", "церемонию отменили")?"""
    toks = sent.tokens
    if any(t.lemma in NEGATED_EVENTS and any(x.lemma == "не" for x in toks[max(0, i - 3):i])
           for i, t in enumerate(toks)):
        return True
    return any(t.lemma in CALLED_OFF_WORDS | SIGNING_REFUSALS for t in toks) and \
        any(t.lemma in SIGN_NOUNS | CEREMONY_NOUNS for t in toks)


def _talks_go_on(sent: Sentence) -> bool:
    """statpool92: does the sentence say that talks go on or will resume: a verb of going
    on (``RESUME_VERBS``), unnegated and not in the past, whose subject or object is a noun
    of talks, or the subject of the modal it completes ("переговоры продолжатся", "диалог
    может возобновиться"), or that the sides
    will come back to the matter ("вернёмся к вопросу осенью")? From the parse."""
    toks = sent.tokens
    for i, t in enumerate(toks):
        if t.lemma not in RESUME_VERBS or t.feats.get("Tense") == "Past" or negated(sent, i):
            continue
        kids = list(sent.children(i))
        h = t.head
        if t.rel == "xcomp" and 0 <= h < len(toks) and toks[h].feats.get("Tense") != "Past":
            kids += sent.children(h)  # "переговоры могут возобновиться": the modal's subject
        if any(toks[c].lemma in TALKS_NOUNS and toks[c].rel in {"nsubj", "obj"} for c in kids):
            return True
        if any(toks[c].lemma in MATTER_NOUNS and toks[c].rel == "obl" for c in kids) and \
                future_form(t):
            return True
    return False


def called_off_talks_go_on(cands: Sequence[_T], sentences: Sequence[Sentence],
                           parse: Callable[[Sentence], Sentence]) -> None:
    """statpool92: a signing called off, refused or not done, read as referred to, is
    still to come when one of the next ``TALKS_REACH`` sentences says the talks go on or
    will resume: "Подписание договора с заводом сорвалось: церемонию отменили. ... В
    министерстве заверили, что переговоры продолжатся" is planned (the plan stands, put
    off). Only a "mentioned" mention whose own sentence tells the call-off
    (``_called_off``); the talks are read up to the next sentence that names another
    agreement."""
    starts = {s.start: n for n, s in enumerate(sentences)}
    own = {c.sentence.start for c in cands}
    for c in cands:
        sent = c.sentence
        if c.status != "mentioned" or sent.start not in starts or not _called_off(sent):
            continue
        n = starts[sent.start]
        for later in sentences[n + 1:n + 1 + TALKS_REACH]:
            if later.start in own:
                break  # another agreement's sentence: its talks are its own
            if _talks_go_on(parse(later)):
                c.status = "planned"
                break


def ordinal_signed_later(cands: Sequence[_T], sentences: Sequence[Sentence], text: str,
                         parse: Callable[[Sentence], Sentence]) -> None:
    """An ordinal agreement of a list ("Второе соглашение связало Смоленщину с
    Калининградской областью. Со стороны министерства документ подписала первый заместитель
    министра ...") whose own clause says no status is signed when a following sentence of
    its paragraph, before the list's next item, reports the document signed in the past.
    Only a "mentioned" mention whose noun has its own ordinal; at most
    ``ORDINAL_SIGNING_REACH`` sentences are read (parsed on demand) per such mention."""
    starts = {s.start: n for n, s in enumerate(sentences)}
    for c in cands:
        sent = c.sentence
        if c.status != "mentioned" or sent.start not in starts:
            continue
        k = next((n for n, t in enumerate(sent.tokens) if t.start == c.trigger.start), -1)
        if not (_ordinal_noun(sent, k) or _verbless_item(sent, k)):
            continue
        if _signed_after_colon(parse(sent), k):
            c.status = "signed"
            continue
        n = starts[sent.start]
        for later in sentences[n + 1:n + 1 + ORDINAL_SIGNING_REACH]:
            if "\n" in text[sent.stop:later.start]:
                break  # another paragraph
            later = parse(later)
            if any(t.lemma in ORDINALS for t in later.tokens[:2]):
                break  # the list's next item ("Третье соглашение ...")
            if _reports_document_signed(later) or signatures_put(later):
                c.status = "signed"
                break



def signing_pending_later(sentences: Sequence[Sentence], n: int, text: str,
                          parse: Callable[[Sentence], Sentence]) -> bool:
    """fixstatus57: does a following sentence of the paragraph of list item ``n``, before
    the list's next item (the reach of ``ordinal_signed_later``), tell the item's own
    signing as not done: still to come, put off or not done (``_signing_pending``)? "Второй
    документ – соглашение с ... . Под ним будут стоять подписи ..." or "... . Подписание
    перенесли на осень": the item is not signed by a signing of the series told before it
    (``agreements._series_status`` gives way; a series of plans still makes it planned,
    which such a sentence agrees with). The item stays as its own sentences read it
    (mentioned, the older guard of status56)."""
    sent = sentences[n]
    for later in sentences[n + 1:n + 1 + ORDINAL_SIGNING_REACH]:
        if "\n" in text[sent.stop:later.start]:
            break  # another paragraph
        later = parse(later)
        if any(t.lemma in ORDINALS for t in later.tokens[:2]):
            break  # the list's next item
        if _signing_pending(later):
            return True
    return False


def _signing_pending(sent: Sentence) -> bool:
    """fixstatus57: does the sentence tell a signing not done: a verb of signing, of putting
    signatures or of signatures standing (``SIGN_VERBS``, ``SIGNATURE_VERBS``,
    ``SIGNATURE_STATE_VERBS``) negated ("не стоят", "так и не подписали"), in the future
    ("подпишут", "будут стоять": a future auxiliary of its own) or the infinitive of a plan
    ("планируется подписать") or of a negated verb ("подписать не смогли"); signatures
    absent ("нет подписей"); or a signing noun beside a word of putting off ("подписание
    перенесли") or a signing called off (``_called_off``)? From the parse."""
    toks = sent.tokens
    verbs = SIGN_VERBS | SIGNATURE_VERBS | SIGNATURE_STATE_VERBS
    for v, t in enumerate(toks):
        if t.lemma not in verbs or t.pos != "VERB":
            continue
        kids = list(sent.children(v))
        if t.lemma not in SIGN_VERBS and not any(toks[c].lemma in SIGNATURE_NOUNS
                                                 for c in kids):
            continue  # "форум пройдёт": signatures or a signing only
        if any(toks[c].lemma in TRIGGERS and any(
                toks[i].lemma in WITH_PREPOSITIONS | BETWEEN_PREPOSITIONS
                for i in subtree(sent, c)) for c in kids):
            continue  # "подпишут соглашение с ...": another agreement, named with its side
        h = t.head
        if negated(sent, v) or future_form(t) or \
                any(toks[c].rel == "aux" and future_word(toks[c]) for c in kids) or \
                t.feats.get("VerbForm") == "Inf" and 0 <= h < len(toks) and \
                (toks[h].lemma in PLAN_WORDS or negated(sent, h)):
            return True
    if any(t.lemma in ABSENCE_WORDS and any(toks[c].lemma in SIGNATURE_NOUNS
                                            for c in sent.children(i))
           for i, t in enumerate(toks)):
        return True  # "Под ним ещё нет подписей"
    return any(t.lemma in SIGN_NOUNS for t in toks) and \
        any(t.lemma in POSTPONE_WORDS for t in toks) or _called_off(sent)


# --- stat34: a signing dated to a day of the report's year is the report's ---------------


def told_as_earlier(sent: Sentence, date: str, published: str | None,
                    earlier: Callable[[Sentence, list[int]], str | None],
                    path_of: Callable[[Sentence, int], list[int]]) -> bool:
    """status48: does the sentence tell its signing as earlier than the news ("Ранее, 12
    марта, филиал подписал соглашение с университетом" in a report of 17 April), more than
    ``REMINDER_DAYS`` before the publication day? Such a day dates a background signing:
    the record stays referred to (``day_dated_signing`` does not make it signed). An
    agreement noun of the sentence whose predicate path ``earlier`` reads as an earlier
    signing (``agreements._earlier_signing``), or, statpool91, in a clause told as a
    reminder (``reminded_clause``); a parsed sentence only."""
    if not sent.parsed or not published:
        return False
    days = _days_before(date, published)
    if days is None or days <= REMINDER_DAYS:
        return False
    return any(t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"} and
               (earlier(sent, path_of(sent, i)) is not None or reminded_clause(sent, i))
               for i, t in enumerate(sent.tokens))


def reminded_clause(sent: Sentence, k: int) -> bool:
    """statpool91: is the agreement noun at k in a clause told as a reminder
    (``_reminder_marked``: "Напомним, 3 марта фонд заключил соглашение с управлением", "Как
    сообщалось, 5 апреля стороны подписали договор")? ``reminded_signing`` makes such a
    signing referred to; ``told_as_earlier`` keeps ``day_dated_signing`` from turning it
    back into the report's own signing by its day."""
    v = _governing_verb(sent, k)
    return v is not None and _reminder_marked(sent, v)


def day_dated_signing(records: Sequence[Agreement], published: str | None) -> None:
    """A record still read as only referred to whose signing the text dates to a day of the
    report's own year, on or before the publication day, was signed as the report tells it:
    "Соглашение ... вступило в силу. Документ подписали 27 января министр ... и начальник
    ..." (a flash of 3 March) is signed. A day is what a report gives its own signing; an
    agreement only referred to is dated by its year ("действует с 2021 года") or by an
    earlier year's day ("соглашение от 12 мая 2019 года"), which stays mentioned, as does a
    day still to come. In place."""
    pub = isodate.parts(published) if published else (None, None, None)
    for r in records:
        if r.status != "mentioned" or not r.date:
            continue
        y, m, d = isodate.parts(r.date)
        if m is None or d is None or pub[1] is None:
            continue
        if y is not None and (pub[0] is None or y != pub[0]):
            continue  # another year, or a year the publication does not state
        if (int(m), int(d)) > (int(pub[1]), int(pub[2] or 31)):
            continue  # a day after the report: not a signing it tells of
        r.status = "signed"


def agreed_on_agreement(sent: Sentence, path: list[int]) -> str | None:
    """stat34: an agreement the sides came to terms on ("договорились о ...") is a thing
    still to make, not one signed: "На форуме стороны договорились о четырёхстороннем
    соглашении", "Министерства договариваются о новом соглашении", "об этом договоре
    условились ещё весной" are planned. The noun hangs on the verb of agreeing by "о/об";
    a negated verb is left to the other passes ("так и не договорились о соглашении")."""
    toks = sent.tokens
    if len(path) != 2:
        return None
    k, v = path
    if toks[v].lemma not in AGREE_ON_VERBS or toks[k].rel != "obl" or negated(sent, v):
        return None
    if not any(toks[c].rel == "case" and toks[c].lemma in ABOUT_PREPOSITIONS
               for c in sent.children(k)):
        return None
    return "planned"


def scheduled_signing(sent: Sentence) -> bool:
    """stat34: does the sentence set the signing for a time in a noun's clause ("Подписание
    соглашения ..., которое было намечено на 14 ноября, не состоялось", "намеченное на 20
    марта подписание не прошло")? A signing so set that did not take place is still to come,
    as one put off is (``agreements._put_off``): the plan stands, no agreement exists. The
    parser may hang the clause on a noun of the agreement's name, so any noun's clause of
    the sentence counts; a negated schedule does not ("не было намечено")."""
    toks = sent.tokens
    return sent.parsed and any(
        t.lemma in SCHEDULED_WORDS and t.rel in {"acl", "acl:relcl", "amod"} and
        not negated(sent, i) for i, t in enumerate(toks))


# --- status52: a signing told in the sentence after a mention that says nothing of it ------


def _status_words(sent: Sentence, skip: frozenset[int] = frozenset()) -> bool:
    """Does the sentence hold a word that gives an agreement a status of its own: a signing
    or a plan, a frame ("в рамках"), an agreement in force, ended, extended or put off, or
    one told as before ("уже", "ранее", "прошлый")? Tokens at ``skip`` are not read."""
    return any(i not in skip and (
        t.lemma in SIGN_VERBS or t.lemma in SIGN_NOUNS or t.lemma in PLAN_WORDS or
        t.lemma in PLAN_HEADS or t.lemma in FRAME_WORDS or t.lemma in IN_FORCE_WORDS or
        t.lemma in END_VERBS or t.lemma in EXTEND_VERBS or t.lemma in POSTPONE_WORDS or
        t.lemma in TOLD_BEFORE_WORDS or t.lemma in SIGNATURE_NOUNS)
        for i, t in enumerate(sent.tokens))


def agreement_topic(sent: Sentence, k: int | None) -> frozenset[int]:
    """forum95: the words of what the agreement at k is about, the subtree of its "о"/"об"
    complement: in "договор о партнёрстве в подготовке волонтёров" "подготовка" is the
    field of the work agreed, not a document being prepared, and gives the agreement no
    status. Empty without a parse or an index."""
    toks = sent.tokens
    if k is None or not sent.parsed or not 0 <= k < len(toks):
        return frozenset()
    return frozenset(i for c in sent.children(k) if toks[c].rel.startswith("nmod") and any(
        toks[x].rel == "case" and toks[x].lemma in ABOUT_PREPOSITIONS
        for x in sent.children(c)) for i in subtree(sent, c))


def signing_told_next(sent: Sentence, later: Sentence, k: int | None = None) -> bool:
    """status52: an agreement whose own sentence says nothing of its status ("Такую
    поддержку даёт договор о партнёрстве между отделением и колледжем") is
    the one whose signing the next sentence reports: "Подписи под ним поставили директор
    отделения и ректор", "Документ подписали министр и ректор". The mention's
    sentence holds no word of signing, plan, frame, force, end, extension or an earlier
    time (``_status_words``); the later one reports a document signed in the past
    (``_reports_document_signed``: a past unnegated signing verb with a document noun or a
    singular pronoun, or signatures put under a document) and names no agreement of its own
    (its noun would be a mention of its own). Both sentences parsed. A word of status in
    what the agreement at k is about (``agreement_topic``: "договор о партнёрстве в
    подготовке волонтёров") is not read."""
    if not sent.parsed or not later.parsed or _status_words(sent, agreement_topic(sent, k)):
        return False
    if any(t.lemma in TRIGGERS for t in later.tokens):
        return False
    return _reports_document_signed(later)


def signing_told_before(sent: Sentence, k: int, earlier: Sentence) -> bool:
    """status56: the mirror of ``signing_told_next``: an agreement whose own sentence says
    nothing of its status ("Соглашение касается информирования людей с инвалидностью ...")
    is the document the sentence right before reports signed without naming an agreement
    ("Ещё один документ подписали управляющий отделением и председатель общества
    инвалидов"). The same tests as ``signing_told_next``, the two sentences swapped, but the
    earlier sentence names the document by a noun (a pronoun, "Его подписали ...", refers to
    an agreement told before it) and the mention at k is no ordinal item of a list
    (``ordinal_signed_later`` reads the sentences after those); the mention is the bare
    subject of its clause, naming no partner of its own ("на основании соглашения между
    правительствами регионов" is another agreement, recalled)."""
    if _ordinal_noun(sent, k) or not _bare_subject(sent, k) or \
            not signing_told_next(sent, earlier, k):
        return False
    toks = earlier.tokens
    return any(t.lemma in SIGN_VERBS and t.feats.get("Tense") == "Past" and
               not negated(earlier, v) and
               any(toks[c].rel in {"obj", "nsubj:pass", "nsubj"} and
                   toks[c].lemma in SIGNED_DOCUMENT_NOUNS for c in earlier.children(v))
               for v, t in enumerate(toks))


def _bare_subject(sent: Sentence, k: int) -> bool:
    """status56: is the agreement noun at k the subject of its clause with no partner under
    it ("Соглашение касается ...", not "соглашение между X и Y", "соглашение с X")?"""
    toks = sent.tokens
    return 0 <= k < len(toks) and toks[k].rel in {"nsubj", "nsubj:pass"} and not any(
        toks[i].lemma in WITH_PREPOSITIONS | BETWEEN_PREPOSITIONS for i in subtree(sent, k))


def recent_signing_time(sent: Sentence, v: int) -> bool:
    """stat89: a signing verb (a participle on the agreement noun) timed within the current
    period with no date to weigh, a signing of these days: "Подписанный в начале месяца
    договор уже действует", "недавно подписанное соглашение", "подписанное на днях
    соглашение" (``lexicon_status.RECENT_ADVERBS``, ``FEW_DAYS``, ``PERIOD_PARTS`` of
    ``CURRENT_PERIODS``; "в начале прошлого месяца" is another period). Read from the
    verb's own dependents in the parse."""
    toks = sent.tokens
    if not sent.parsed:
        return False
    for c in sent.children(v):
        t = toks[c]
        cases = {toks[g].lemma for g in sent.children(c) if toks[g].rel == "case"}
        if t.rel == "advmod" and t.lemma in RECENT_ADVERBS:
            return True
        if t.rel != "obl":
            continue
        if t.lemma == FEW_DAYS[1] and FEW_DAYS[0] in cases and \
                t.feats.get("Number") == "Plur" and \
                not any(toks[g].rel in {"amod", "nummod", "det"} for g in sent.children(c)):
            return True
        if t.lemma in PERIOD_PARTS and "в" in cases and any(
                toks[g].lemma in CURRENT_PERIODS and toks[g].rel == "nmod" and
                all(toks[a].lemma in CURRENT_PERIOD_WORDS for a in sent.children(g)
                    if toks[a].rel in {"amod", "det"})
                for g in sent.children(c)):
            return True
    return False


def preposed_signing_participle(sent: Sentence, k: int) -> int | None:
    """stat89: a participle of signing standing before the agreement noun, in its case and
    number, every word between it and the noun its own dependent: "Заключённый в середине
    недели договор фонда с колледжем ..." (the parser may hang such a participle on a later
    word of a long sentence). The nominative and the accusative, one form for such nouns,
    count as one case. Its index, None when there is none."""
    toks = sent.tokens
    if not sent.parsed or k == 0:
        return None
    for j in range(k - 1, max(-1, k - 8), -1):
        t = toks[j]
        if t.lemma in SIGN_VERBS and t.feats.get("VerbForm") == "Part":
            inside = set(subtree(sent, j))
            cases = {t.feats.get("Case"), toks[k].feats.get("Case")}
            agrees = t.feats.get("Number") == toks[k].feats.get("Number") and \
                (len(cases) == 1 or cases == DIRECT_CASES)
            return j if agrees and all(i in inside for i in range(j, k)) else None
    return None


# status52: status and plan told by tense, aspect and mood across two sentences or lines,
# read on the merged records just before the date stage (``status_told_after``): they
# change a record's status, which the date passes read, and a signing they settle is read
# for its signers as the date stage's are (``pipeline``, sig43).


def _signing_told(toks: list[Token], ahead: bool = False) -> bool:
    """status52: do the tokens tell a signing in the past (or, ``ahead``, in the future:
    ``signing_ahead.future_form``, a perfective) by a finite verb of the indicative, not
    negated (a "не" right before it) and with no particle of the conditional in the
    sentence: "подписали", "поставили подписи" (a verb of signature, ``SIGNATURE_VERBS``,
    with a noun of signature, ``SIGNATURE_NOUNS``), "подпишем"; ``ahead`` also a finite
    verb of planning (``PLAN_HEADS``) over a signing infinitive ("надеемся подписать",
    "собираемся заключить"). Morphology only: the sentence may be left unparsed."""
    if any(t.lemma in CONDITIONAL_PARTICLES for t in toks):
        return False
    signature = any(t.lemma in SIGNATURE_NOUNS and t.pos == "NOUN" for t in toks)
    for i, t in enumerate(toks):
        if t.feats.get("VerbForm") != "Fin" or t.feats.get("Mood") == "Cnd" or \
                i and toks[i - 1].lemma == "не":
            continue
        signing = t.lemma in SIGN_VERBS or signature and t.lemma in SIGNATURE_VERBS
        if signing and (future_form(t) and t.feats.get("Aspect") == "Perf" if ahead else
                        t.feats.get("Tense") == "Past"):
            return True
        if ahead and t.lemma in PLAN_HEADS | HOPE_VERBS and any(
                x.lemma in SIGN_VERBS and x.feats.get("VerbForm") == "Inf"
                for x in toks[i + 1:i + 4]):
            return True
    return False


def conditional_signing_told(toks: list[Token]) -> bool:
    """status52: do the tokens tell a signing in the conditional mood, a verb of signing
    with "бы" within two words of it ("подписали бы ещё весной", "мы бы заключили",
    "можно было бы подписать")? The counterfactual of a signing that did not happen then.
    Morphology only."""
    return any(t.lemma in SIGN_VERBS and t.pos == "VERB" and any(
        x.lemma in CONDITIONAL_PARTICLES for x in toks[max(0, i - 3):i + 3])
        for i, t in enumerate(toks))


def _dates_in(s: DateStage, sent: Sentence) -> list[DateRef]:
    """The anchored dates of the stage that stand in ``sent``, with a value."""
    return [d for d in s.dates if sent.start <= d.start < sent.stop and d.value]


def counterfactual_told_next(s: DateStage) -> None:
    """status52: a signing told in the conditional ("мы подписали бы соглашение с фондом ещё
    осенью, если бы не ...", planned by ``conditional_signing``) is what the next sentence
    of its paragraph says came of it, when that sentence names no agreement of its own (no
    agreement noun: it goes on the same document) and tells a signing in the indicative:
    in the past ("Сегодня наконец подписали", "поставили подписи") the agreement is signed,
    dated by that sentence (the publication day when it states none: ``published_day``);
    in the future or by a plan ("думаем, подпишем в марте", "надеемся подписать к лету")
    it stays planned and takes that sentence's time, read ahead of the publication day.
    Tense, aspect and mood are read from morphology (the next sentence is often left
    unparsed). Planned records only."""
    sents = s.analysis.sentences
    text = s.analysis.text
    own = {s.sentence_at(a.evidence.start) for a in s.agreements}
    for a in s.agreements:
        k = s.sentence_at(a.evidence.start)
        if a.status != "planned" or k < 0 or k + 1 >= len(sents) or k + 1 in own or \
                not conditional_signing_told(sents[k].tokens):
            continue
        nxt = sents[k + 1]
        if "\n\n" in text[sents[k].stop:nxt.start] or any(
                t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"} for t in nxt.tokens):
            continue
        dated = _dates_in(s, nxt)
        if _signing_told(nxt.tokens):
            a.status = "signed"
            a.date = dated[0].value if len(dated) == 1 else None
            a.date_anchored = bool(dated) and dated[0].relative
        elif _signing_told(nxt.tokens, ahead=True):
            ahead = {v for d in dated
                     if (v := _time_ahead(d, s.published)) is not None}
            if len(ahead) == 1:
                a.date, a.date_anchored = ahead.pop(), True


def _time_ahead(d: DateRef, published: str | None) -> str | None:
    """status52: the value of a date of a plan read ahead of the publication day (a relative
    one, "в декабре", read again in the future tense), None when before it."""
    value = d.value or ""
    if d.relative:
        again = find_dates(d.text, published, tense=lambda _a, _b: "future")
        value = again[0].value if len(again) == 1 and again[0].value else value
    if published and value and value[:len(published)] < published[:len(value)]:
        return None
    return value or None


# status52: a timetable's day heading, a day and a month alone on a line with the weekday
# before or after ("19 марта, вторник", "Вторник, 19 марта"), the year too or not
_DAY_HEADING = re.compile(
    r"^[^\S\n]*(?:(?:" + "|".join(full for _, full, _ in WEEKDAYS) + r")[,.]?[^\S\n]+)?"
    r"(?P<d>[0-3]?\d)[^\S\n]+(?P<m>" + "|".join(month_forms(genitive=True)) + r")"
    r"(?:[^\S\n]+(?P<y>\d{4})(?:[^\S\n]*(?:года|г\.))?)?"
    r"(?:[,.]?[^\S\n]+(?:" + "|".join(full for _, full, _ in WEEKDAYS) + r"))?[^\S\n]*$",
    re.MULTILINE | re.IGNORECASE)


def _past_told(toks: list[Token]) -> bool:
    """status52: do the tokens hold a finite verb of the indicative in the past tense
    ("Делегация провела в городе весь день", "Обсудили выплаты")?"""
    return any(t.feats.get("VerbForm") == "Fin" and t.feats.get("Tense") == "Past" and
               t.feats.get("Mood") != "Cnd" for t in toks)


def timetable_signing_to_come(s: DateStage) -> None:
    """status52: a timetable's slot that names a signing by its noun and no verb ("11:00 –
    Подписание соглашения между фондом и колледжем.") announces it: the agreement is
    planned, unless the page up to its last clock line tells anything in the past (a finite
    verb of the indicative: "Делегация провела в городе весь день", "Подписи под документом
    поставили ...": a day's chronicle) or its date is before the publication day. A
    timetable is a page of two clock-time lines at least (``clock_line``); a slot under a
    day heading ("19 марта, вторник") takes that day (its year from the publication, or
    left to ``year_of_page_day``), read in the stored text (masking blanks such lines).
    Signed records only; line shapes and morphology."""
    text = s.analysis.text
    lines = text.split("\n")
    if sum(clock_line(x) for x in lines) < 2:
        return
    sents = s.analysis.sentences
    pub = s.published
    last = max(m.end() for m in re.finditer(r"^[^\n]*$", text, re.M) if clock_line(m.group()))
    if any(_signing_told(x.tokens) or _past_told(x.tokens)
           for x in sents if x.start < last):
        return  # the page tells its day in the past: a chronicle, not an announcement
    for a in s.agreements:
        k = s.sentence_at(a.evidence.start)
        if a.status != "signed" or k < 0:
            continue
        sent = sents[k]
        lo = text.rfind("\n", 0, sent.start) + 1
        hi = text.find("\n", sent.start)
        hi = len(text) if hi < 0 else hi
        words = [t for t in sent.tokens if t.pos not in {"PUNCT", "NUM"} and
                 any(c.isalpha() for c in t.text)]
        if not clock_line(text[lo:hi]) or text[lo:sent.start].strip() or \
                not words or words[0].lemma not in SIGN_NOUNS or not verbless(sent.tokens):
            continue
        if a.date and pub and a.date[:len(pub)] < pub[:len(a.date)]:
            continue
        a.status = "planned"
        if a.date is None:
            heads = list(_DAY_HEADING.finditer(s.source or text, 0, lo))
            if heads:
                dated = [h for h in heads if h["y"]]
                a.date, a.date_anchored = _heading_day(
                    heads[-1], pub if pub else _heading_day(dated[-1], None)[0]
                    if dated else None)


def _heading_day(m: re.Match[str], published: str | None) -> tuple[str | None, bool]:
    """status52: the day a day heading names, with its year, or the year of ``published``
    (the publication day, or on a page without one the last heading giving its year:
    "Понедельник, 18 марта 2024" over the week's days), the next when before that day (a
    timetable points ahead), or none ("--03-19") when the page gives none."""
    month, day = month_number(m["m"]), int(m["d"])
    if month is None:
        return None, False
    if m["y"]:
        value, anchored = f"{int(m['y']):04d}-{month:02d}-{day:02d}", False
    elif published and re.match(r"\d{4}-\d\d-\d\d$", published):
        year = int(published[:4])
        year += f"{year:04d}-{month:02d}-{day:02d}" < published
        value, anchored = f"{year:04d}-{month:02d}-{day:02d}", True
    else:
        value, anchored = f"--{month:02d}-{day:02d}", False
    return (value, anchored) if isodate.is_valid(value) else (None, False)


def status_told_after(s: DateStage) -> None:
    """status52: the statuses a later sentence or line settles, on the merged records before
    the date stage (``pipeline``): a conditional signing whose next sentence tells what came
    of it ("... подписали бы ещё осенью, если бы не ... . Вчера наконец подписали",
    ``counterfactual_told_next``), then a timetable's verbless slot of a signing ("11:00 –
    Подписание соглашения ...", ``timetable_signing_to_come``)."""
    counterfactual_told_next(s)
    timetable_signing_to_come(s)
