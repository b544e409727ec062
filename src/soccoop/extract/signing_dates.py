"""Where a signing's date stands when its own clause gives none (dates16).

Small passes that ``agreements``' date selection calls; each reads structure (the parse
where there is one, morphology, the shape of a line), never a word of one text. Words in
``datewords``.

- ``expiry_date``: a date the agreement's term ends on is no signing date ("срок действия
  соглашения истёк 31 августа"), nor one it enters into force on (``entry_into_force``:
  "Соглашение вступит в силу с 1 июня") or is in force until (``term_boundary``: "будет
  действовать до конца 2030 года");
- ``planned_by_pronoun``: a plan told in the sentence after the agreement, the agreement
  named by a pronoun ("Подписать его планируем в марте"; a year by its word: "в следующем
  году", dates24); ``signs_it_at`` the one reading of its signing infinitive and object,
  also read by ``plans_signing_it`` (date52);
- ``own_document_date``: the agreement's own text ("заключили настоящее Соглашение") is
  dated by its header ("Соглашение № 12/45 от 3 марта 2025 года", "г. Пермь   3 марта 2025 г.");
- ``timed_item_date``: an item of a day's chronicle ("12:30 — Подписание соглашения ...")
  or of a live blog (a time alone on its line, the item below it) is dated by the day
  stated above the items;
- ``signing_clause_date``: the date between the agreement and its signing verb ("дополнительное
  соглашение в среду в Липецке подписали ...") where the parse hangs the noun elsewhere;
- ``question_date``: in an interview, a day named in the question dates the signing the
  answer reports ("— В прошлую среду вы были в Пскове. С чем вернулись? — С подписанным
  соглашением");
- ``pronoun_signer_day``: a signer named by a pronoun is dated by the day of the sentence
  that introduced them ("В прошлую пятницу в Омск приехала министр ... . Вместе с коллегой
  она подписала соглашение ...", datesB);
- ``counted_day``: signings counted together ("состоялось подписание сразу двух документов")
  are dated by the count's day or by the occasion told just before it (datesD, called by
  ``agreement_dates.counted_signings``);
- ``when_clause_date``: a signing told in a "когда" clause that describes the time named just
  before it is dated by that time ("в 2022 году, когда правительства подписали соглашение",
  status56);
- ``another_event_date``: a date in a participle or relative clause of a noun dates that
  noun's event, not the signing ("В рамках форума, открывшегося 7 мая, 12 мая министерства
  подписали соглашение"; "подписали соглашение, проект которого обсуждали 20 апреля").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet

from soccoop.extract.dates import date_line, range_last_day
from soccoop.extract.datewords import (
    CEREMONY_NOUNS,
    COOPERATION_SINCE_GAP,
    COOPERATION_SINCE_VERBS,
    COUNT_REACH,
    DAY_OCCASION_NOUNS,
    DEADLINE_COMPARATIVES,
    DEADLINE_PREPOSITIONS,
    DOCUMENT_OBJECTS,
    DOCUMENT_PRONOUNS,
    DOCUMENT_SET_NOUNS,  # date47
    ENTRY_OBJECTS,
    ENTRY_VERBS,
    EXPIRY_VERBS,
    FRAME_NOUNS,
    HELD_VERBS,
    HELD_WORK_OBJECTS,
    HELD_WORK_VERBS,
    HOLDER_POS,
    HOLDER_PREPOSITIONS,
    HOLDER_REACH,
    IN_FORCE_VERBS,
    LATER_TIME_EVENTS,  # fixdate59
    LATER_TIME_PREPOSITIONS,
    LATER_TIME_REACH,
    LATER_TIME_UNITS,
    MONTH_YEAR_WORDS,
    NAMED_OCCASION_NOUNS,
    OCCASION_AT_PREPOSITIONS,  # date46
    OCCASION_DAY_REACH,
    OCCASION_RELATIVE_REACH,  # date47
    OUTCOME_NOUNS,
    OUTCOME_OF_NOUNS,
    OUTCOME_OWNER_WORDS,
    OWN_DOCUMENT_WORDS,
    PERSON_PRONOUNS,
    RESTATING_PRONOUNS,
    SINCE_CLAUSE_MARKS,
    SINCE_FILLERS,
    SINCE_PREPOSITIONS,
    START_VERBS,
    STORY_LEAD_SENTENCES,  # date59
    TERM_BOUNDARY_NOUNS,
    TERM_END_PREPOSITIONS,
    VISIT_VERBS,
    WHEN_MARKS,
    WORK_BASIS_PREPOSITIONS,
    WORK_UNDER_VERBS,
    YEAR_NOUN,
    YEAR_SPAN_NOUNS,  # dates69
    month_number,
)
from soccoop.extract.lexicon import (
    BECOME_VERBS,
    CONTRAST_CONJUNCTIONS,
    EXPECT_VERBS,
    HAPPEN_VERBS,
    INDEFINITE_COUNTS,
    JOIN_VERBS,
    LARGER_COUNT_WORDS,  # date52
    MORE_OCCASION_NOUNS,
    NUMBER_WORDS,
    OCCASION_NOUNS,
    OCCASION_VERBS,
    ORDINALS,
    PARTNERS_COUNT_REACH,  # date52
    PLAN_HEADS,
    PLAN_WORDS,
    POSTPONE_WORDS,
    PUT_OFF_UNTIL,
    SCHEDULE_VERBS,
    SIGN_NOUNS,
    SIGN_VERBS,
    SIGNATURE_NOUNS,
    SIGNATURE_VERBS,
    TERM_PREPOSITIONS,
    TRIGGERS,
)
from soccoop.extract.lexicon_plans import READY_GOAL_PREPOSITIONS, READY_WORDS, YEAR_PART_STEMS
from soccoop.extract.lexicon_sides import PARTNER_PREPOSITIONS
from soccoop.extract.lexicon_signers import SIGNING_HEADS  # quality72
from soccoop.extract.lexicon_status import (
    ABOUT_PREPOSITIONS,  # quality72
    CONDITIONAL_PARTICLES,
    COULD_VERBS,
    PERIOD_PREPOSITIONS,
    PLAN_PERIOD_NOUNS,
)
from soccoop.extract.nlp import Analysis, Sentence, Token
from soccoop.extract.signing_ahead import future_aux_word, future_finite, future_form
from soccoop.extract.syntax import ancestors, negated, past_head, subtree
from soccoop.models import DateRef

_DAY = re.compile(r"(\d{4}|-)-\d{2}-\d{2}")
# relations of a clause that modifies a noun: a participle's, a relative clause's
NOUN_CLAUSE_RELS = frozenset({"acl", "acl:relcl"})
# a date reaching one of these before any noun's clause is the signing's or the agreement's
_OWN_DATE_HEADS = frozenset(SIGN_VERBS | TRIGGERS)
_FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH_OR_DAY = re.compile(r"(\d{4}|-)-\d{2}(-\d{2})?")
_YEAR_ONLY = re.compile(r"\d{4}")


def _date_tokens(sent: Sentence, d: DateRef) -> list[int]:
    """The tokens of a parsed sentence inside the date's span ([] when it is not parsed:
    the tree passes read nothing there)."""
    if not sent.parsed:
        return []
    return [i for i, t in enumerate(sent.tokens) if d.start <= t.start < d.end]


def date_head(sent: Sentence, d: DateRef) -> int | None:
    """date51: where date ``d`` hangs in the parse: the first of its tokens whose head lies
    outside the date ("до конца года": "до" hangs on "конца", inside, and "конца" on the
    verb, so "конца"), or None (no parse, no such token). The one reader of a date's own
    head word for the passes that ask which verb or noun a time belongs to
    (``agreement_dates._plan_period``, ``candidate_dates.year_across_signing``); the head
    word itself is ``sent.tokens[i].head``."""
    inside = _date_tokens(sent, d)
    return next((i for i in inside if sent.tokens[i].head not in inside), None)


def expiry_date(sent: Sentence, d: DateRef) -> bool:
    """Is ``d`` the day a term ended or ends on: the first verb above the date is one of
    expiry? "Срок действия соглашения истёк 31 августа", "договор прекратил действие 1
    июля". Only from the parse; a deadline ("не позднее 1 июля") also without it."""
    if deadline_date(sent, d):
        return True
    inside = _date_tokens(sent, d)
    if not inside:
        return False
    if term_boundary(sent, inside):
        return True
    v = _verb_above(sent, inside)
    return v is not None and (sent.tokens[v].lemma in EXPIRY_VERBS or entry_into_force(sent, v))


def period_year(sent: Sentence, d: DateRef) -> bool:
    """status65: is ``d`` a year after "на", the period a document covers ("подписали
    дорожную карту по реализации соглашения на 2025 год", "план мероприятий на 2025 год"),
    not the year of its signing? A year alone (no month or day), right after the
    preposition (``PERIOD_PREPOSITIONS``), and not the time a signing is put off or set to
    ("подписание перенесли на 2025 год", ``rescheduled_to``) nor the year of plans ("Планы
    на 2026 год", ``PLAN_PERIOD_NOUNS``)."""
    if not d.value or not _YEAR_ONLY.fullmatch(d.value):
        return False
    toks = sent.tokens
    i = next((j for j, t in enumerate(toks) if t.start >= d.start), len(toks))
    if i == 0 or i >= len(toks) or toks[i - 1].lemma not in PERIOD_PREPOSITIONS or \
            (i > 1 and toks[i - 2].lemma in PLAN_PERIOD_NOUNS):
        return False
    if sent.parsed:
        return not rescheduled_to(sent, d) and not plan_year(sent, d)
    return not any(t.lemma in POSTPONE_WORDS or t.lemma in SCHEDULE_VERBS for t in toks[:i])


def plan_year(sent: Sentence, d: DateRef) -> bool:
    """date44: is the "на" year ``d`` the time of a plan, hanging in the parse on a word of
    planning or scheduling (``PLAN_HEADS``, ``SCHEDULE_VERBS``), not on the document whose
    period it would be? "На следующий год управление планирует подписать соглашение с
    колледжем" plans the signing for that year; "подписали отраслевое соглашение с
    профсоюзом на 2026 год" and "продлят соглашение на 2026 год" keep the year as a
    period (the year hangs on the document or on the signing's own verb). Only from the
    parse."""
    h = date_attachment(sent, _date_tokens(sent, d))
    return h is not None and sent.tokens[h].lemma in PLAN_HEADS | SCHEDULE_VERBS


def counterfactual_date(sent: Sentence, d: DateRef) -> bool:
    """status52: is ``d`` the time a signing could have had but did not? "Соглашение могло
    быть подписано ещё в марте, но стороны не сошлись в вопросе о квотах", "документ
    подписали бы уже в мае, однако ...": the first verb above the date is a signing verb
    governed by a past "мочь", or with "бы" on it or on a verb above it ("мы были бы рады
    подписать соглашение хоть завтра, но ..."), and a contrast ("но", "однако",
    "а") follows the date in the sentence. The date is no signing's (the plan's own date is
    told elsewhere: "документ подпишут 24 апреля"). Only from the parse."""
    inside = _date_tokens(sent, d)
    if not inside:
        return False
    toks = sent.tokens
    v = _verb_above(sent, inside)
    if v is None or toks[v].lemma not in SIGN_VERBS:
        return False
    h = toks[v].head
    could = 0 <= h < len(toks) and toks[h].lemma in COULD_VERBS and \
        toks[h].feats.get("Tense") == "Past" and toks[v].rel == "xcomp"
    would = any(toks[c].lemma in CONDITIONAL_PARTICLES for u in [v, *ancestors(sent, v)]
                for c in sent.children(u))  # "были бы рады подписать хоть завтра, но"
    if not (could or would):
        return False
    return any(toks[j].lemma in CONTRAST_CONJUNCTIONS and toks[j - 1].text in {",", ";", "—"}
               for j in range(inside[-1] + 1, len(toks)))  # ", но", ", однако" (an ADV too)


def _verb_above(sent: Sentence, inside: list[int]) -> int | None:
    """The first verb above the date's tokens (through nouns, numbers and prepositions),
    else None."""
    toks = sent.tokens
    k = inside[0]
    for _ in range(len(toks)):
        h = toks[k].head
        if not 0 <= h < len(toks):
            return None
        if h not in inside:
            if toks[h].pos in {"VERB", "AUX"}:
                return h
            if toks[h].pos not in {"NOUN", "NUM", "ADP"}:
                return None
        k = h
    return None


def deadline_date(sent: Sentence, d: DateRef) -> bool:
    """Is ``d`` a deadline told by a negated comparative before it: "подпишут не позднее 1
    июля", "не позже 15 мая"? It bounds the signing, it does not date it (dates24).
    Morphology only: the two words right before the date's first token."""
    toks = sent.tokens
    i = next((k for k, t in enumerate(toks) if t.start >= d.start), len(toks))
    return i >= 2 and toks[i - 1].text.lower() in DEADLINE_COMPARATIVES and \
        toks[i - 2].lemma == "не"


def entry_into_force(sent: Sentence, verb: int) -> bool:
    """Is the verb above a date one of entering into force ("Соглашение вступит в силу с 1
    июня", "договор вступает в силу 10 сентября", "начнёт действовать с 1 марта")? That
    date is when the agreement starts to apply, not when it was signed. From the parse:
    the verb and its object noun, or a verb of being in force under one of starting."""
    toks = sent.tokens
    if toks[verb].lemma in IN_FORCE_VERBS:
        h = toks[verb].head
        return 0 <= h < len(toks) and toks[h].lemma in START_VERBS
    return toks[verb].lemma in ENTRY_VERBS and \
        any(toks[c].lemma in ENTRY_OBJECTS for c in sent.children(verb))


def term_boundary(sent: Sentence, inside: list[int]) -> bool:
    """Does the date (its tokens ``inside``) end a term through a noun of a period's
    boundary: "документ будет действовать до конца 2030 года", "по окончании 2027 года"?
    The date hangs on the boundary noun and the noun takes a term preposition."""
    toks = sent.tokens
    if year_end_term(sent, inside):
        return True
    h = date_attachment(sent, inside)
    return h is not None and toks[h].lemma in TERM_BOUNDARY_NOUNS and any(
        toks[c].lemma in TERM_END_PREPOSITIONS and toks[c].pos == "ADP"
        for c in sent.children(h))


def date_attachment(sent: Sentence, inside: list[int]) -> int | None:
    """hist86: where a date (its tokens ``inside``) hangs in the parse: the word above its
    first number (its first token when it has none), climbing through the date's own words
    (None: nowhere). A date whose day hangs on one word and whose year alone on another is
    its day's: in "Соглашение было подписано 3 марта 2020 года и действует до конца 2027
    года" the parser may hang "2020 года" on "конца", and the signing's day is still no end
    of a term."""
    toks = sent.tokens
    k = next((i for i in inside if toks[i].text[:1].isdigit()), inside[0] if inside else None)
    for _ in range(len(toks)):
        if k is None or not 0 <= toks[k].head < len(toks):
            return None
        k = toks[k].head
        if k not in inside:
            return k
    return None


def year_end_term(sent: Sentence, inside: list[int]) -> bool:
    """Is the date (its tokens ``inside``) a deadline at the year's end that holds its own
    boundary noun ("до конца года", ``dates._year_end``)? A deadline bounds a signing, it
    does not date it: "соглашение планируют подписать до конца года" leaves the signing's
    date `null` (the development gold's convention, and an existing probe's, see the
    dates23 report), and "программа будет действовать до конца года" ends a term. The
    document's dates keep its value (the publication year)."""
    toks = sent.tokens
    return any(toks[i].lemma in TERM_BOUNDARY_NOUNS and any(
        toks[c].lemma in TERM_END_PREPOSITIONS for c in sent.children(i) if c in inside)
        for i in inside)


def planned_by_pronoun(sent: Sentence, dates: list[DateRef]) -> str | None:
    """The month or day of a plan to sign told after the agreement was named, the agreement
    a pronoun or "документ": "Подготовлен проект соглашения ... . Подписать его планируем в
    марте." -> March (anchored forward); "Подписать документ стороны намерены в июле"
    (datesB: the majority of the golds). A signing infinitive with such an object and a
    plan word in the same sentence, not negated; the sentence names no agreement of its
    own (the caller checks). Morphology only: such a sentence is rarely parsed. A date a
    term expires on is no plan's (status50: "Срок действия документа истекает в сентябре,
    и стороны решили продлить его ещё на три года")."""
    toks = sent.tokens
    lemmas = [t.lemma for t in toks]
    if "не" in lemmas[_after_colon(sent):]:
        return None  # "не" before a colon negates what the plan explains (datesD)
    # status50: "Срок действия документа истекает в сентябре, и стороны решили продлить его"
    dates = [d for d in dates if not expiry_date(sent, d) and not _after_expiry(sent, d)]
    scheduled = scheduled_ceremony(sent, dates)
    if scheduled is not None:
        return scheduled
    if not set(lemmas) & PLAN_HEADS:
        return _plan_date(dates, sent) if future_document_signing(sent) else None  # stat30
    for i, t in enumerate(toks):
        if t.lemma not in SIGN_VERBS or t.feats.get("VerbForm") != "Inf":
            continue
        if signs_it_at(toks, i) or elided_object(toks, i):  # plan91: "Рассчитываем
            return _plan_date(dates, sent)  # подписать в мае."
    # stat30: "в первом полугодии документ будет готов к подписанию" ("готов" is a plan head)
    return _plan_date(dates, sent) if future_document_signing(sent) else None


def signs_it_at(toks: list[Token], i: int) -> bool:
    """Is ``toks[i]`` a signing infinitive whose object is the agreement told before, by
    "его"/"её" (``DOCUMENT_PRONOUNS``) or "документ" in the accusative
    (``DOCUMENT_OBJECTS``) within two words of it ("Подписать его планируем в марте",
    "Подписать документ стороны намерены летом")? The tagger may read "его" after the verb
    as a possessive (DET): "Подписать его стороны намерены ..." is still the object. The
    one reading of that shape for ``planned_by_pronoun`` and ``plans_signing_it``
    (date52: ``agreement_dates._plans_signing_it`` was a copy)."""
    t = toks[i]
    if t.lemma not in SIGN_VERBS or t.feats.get("VerbForm") != "Inf":
        return False
    return any((x.lemma in DOCUMENT_PRONOUNS and x.pos in {"PRON", "DET"}) or (
        x.lemma in DOCUMENT_OBJECTS and x.feats.get("Case") == "Acc") or
        _bare_agreement(toks, j)
        for j, x in enumerate(toks[max(0, i - 2):i + 3], start=max(0, i - 2)))


def _bare_agreement(toks: list[Token], j: int) -> bool:
    """dates69: is token ``j`` an agreement's noun (``TRIGGERS``) in the accusative told
    bare, the agreement named before told again as "документ" would tell it: in "...
    одобрен проект соглашения с обществом слепых. Подписать соглашение стороны намерены в
    июне" the noun has no word of its own after it (the next word is no preposition, no
    noun, adjective or name in an oblique case, no quotation mark), while "подписать
    соглашение с фондом" and "подписать соглашение о практике" name a document of their
    own. Morphology only."""
    x = toks[j]
    if x.lemma not in TRIGGERS or x.pos != "NOUN" or x.feats.get("Case") != "Acc":
        return False
    if j + 1 >= len(toks):
        return True
    nxt = toks[j + 1]
    if nxt.pos == "ADP" or nxt.text[:1] in "«\"„“":
        return False
    return not (nxt.pos in {"NOUN", "PROPN", "ADJ", "DET"} and
                nxt.feats.get("Case") in {"Gen", "Ins", "Dat"})


def plans_signing_it(sent: Sentence) -> bool:
    """pdate50, date51: does ``sent`` plan to sign the agreement told before by a pronoun
    or "документ" ("Его планируется заключить осенью", "Подписать документ стороны
    рассчитывают к лету")? A signing infinitive with such an object (``signs_it_at``), a
    word of planning (``PLAN_HEADS``), no "не" anywhere. Morphology only (such a sentence
    is rarely parsed). Read by ``agreement_dates``' periods and deadlines of a plan told
    after it; ``planned_by_pronoun`` reads the same infinitive and its date."""
    toks = sent.tokens
    lemmas = {t.lemma for t in toks}
    return "не" not in lemmas and bool(lemmas & PLAN_HEADS) and \
        any(signs_it_at(toks, i) for i in range(len(toks)))


def elided_object(toks: list[Token], i: int) -> bool:
    """plan91: a signing infinitive right after its plan word, with no object of its own,
    leaves out the document just told: "Готовим договор с колледжем. ... Планируем
    подписать в мае." (``planned_by_pronoun``). No accusative word after it outside a
    prepositional phrase ("в эту пятницу" is a time), nor a "с" partner of its own, and no
    document noun anywhere in the sentence ("Договор планировалось подписать 5 мая" names
    its object before the verb: a day set for it, maybe put off). pdate50: the plan word
    may follow the infinitive ("Проект готов, подписать рассчитываем в мае")."""
    before = i >= 1 and toks[i - 1].lemma in PLAN_HEADS
    after = i + 1 < len(toks) and toks[i + 1].lemma in PLAN_HEADS
    if not (before or after) or \
            any(t.lemma in DOCUMENT_OBJECTS | TRIGGERS and t.pos in {"NOUN", "PROPN"}
                for t in toks):
        return False
    for j in range(i + 1, len(toks)):
        t = toks[j]
        if t.pos == "ADP" and t.lemma in PARTNER_PREPOSITIONS:
            return False
        if t.feats.get("Case") == "Acc" and t.pos in {"NOUN", "PROPN", "PRON", "DET", "ADJ"} \
                and not any(x.pos == "ADP" for x in toks[max(i + 1, j - 3):j]):
            return False
    return True


def _after_expiry(sent: Sentence, d: DateRef) -> bool:
    """status50: does a verb of expiry stand within two words before the date ("истекает в
    сентябре", "истёк 31 августа")? Read by morphology, for a sentence not parsed."""
    toks = sent.tokens
    i = next((j for j, t in enumerate(toks) if t.start >= d.start), len(toks))
    return any(t.lemma in EXPIRY_VERBS for t in toks[max(0, i - 2):i])


def _plan_date(dates: list[DateRef], sent: Sentence | None = None) -> str | None:
    """The first month or day of a plan's sentence, or a year told as one (a season or a
    week told as a year by convention is none, nor a deadline "до конца года"). date72: in
    a sentence that puts the signing off, the time it is put off to ("Подписание, которое
    ждали в апреле, перенесли на июль": July, ``_put_off_just_before``)."""
    found = [d for d in dates if d.value and (_MONTH_OR_DAY.fullmatch(d.value) or
                                              planned_year(d))]
    if sent is not None:
        found = [d for d in found if _put_off_just_before(sent, d)] or found
    return min(found, key=lambda d: d.start).value if found else None


def _put_off_just_before(sent: Sentence, d: DateRef) -> bool:
    """date72: does a word of postponing and "на" stand right before the date ("перенесено
    на июнь")? Morphology, for a sentence not parsed."""
    toks = sent.tokens
    i = next((j for j, t in enumerate(toks) if t.start >= d.start), len(toks))
    return i >= 2 and toks[i - 1].lemma == "на" and toks[i - 2].lemma in POSTPONE_WORDS


def _future_form(toks: list[Token], i: int) -> bool:
    """Is token i a finite verb in the future ("подпишем", "подпишут") or a short
    participle or adjective after a future "быть" ("будет подписан", "будет готов")?"""
    t = toks[i]
    if future_finite(t):
        return True
    return any(future_aux_word(x) for x in toks[max(0, i - 2):i])


def future_document_signing(sent: Sentence) -> bool:
    """stat30: the sentence tells the signing of the agreement named before as to come, the
    agreement a pronoun or "документ", without a plan word: "Документ подпишем 19 июня на
    форуме", "Его подпишут министры в марте", "Документ будет подписан в мае", "в первом
    полугодии документ будет готов к подписанию". A signing verb in the future (finite, or
    a short participle after "будет"), or "готов к подписанию" after "будет", with such a
    noun or pronoun within three words; the caller checks that no agreement is named and
    nothing is negated. Morphology only."""
    toks = sent.tokens
    for i, t in enumerate(toks):
        signing = t.lemma in SIGN_VERBS and t.feats.get("VerbForm") in {"Fin", "Part"}
        ready = t.lemma in READY_WORDS and i + 2 < len(toks) and \
            toks[i + 1].lemma in READY_GOAL_PREPOSITIONS and toks[i + 2].lemma in SIGN_NOUNS
        if not ((signing or ready) and _future_form(toks, i) or _compound_future(toks, i)):
            continue
        near = toks[max(0, i - 4):i + 4]
        if any((x.lemma in DOCUMENT_PRONOUNS and x.pos in {"PRON", "DET"}) or
               x.lemma in DOCUMENT_OBJECTS for x in near):
            return True
    return False


def _compound_future(toks: list[Token], i: int) -> bool:
    """dig93: is token i an infinitive of signing in the compound future, a future "быть"
    within two words before or after it ("будем подписывать", "подписывать его будем")?"""
    return toks[i].lemma in SIGN_VERBS and toks[i].feats.get("VerbForm") == "Inf" and \
        any(future_aux_word(x) for x in toks[max(0, i - 2):i + 3])


def _after_colon(sent: Sentence) -> int:
    """Where the clause after the sentence's last colon starts (0 without one): "Документ
    пока не подписан: подписать его предстоит ... в декабре" — the plan is told after the
    colon, the negation before it is the state the plan changes."""
    colons = [i for i, t in enumerate(sent.tokens) if t.text == ":"]
    return colons[-1] + 1 if colons else 0


def scheduled_ceremony(sent: Sentence, dates: list[DateRef]) -> str | None:
    """The month or day a sentence after a planned agreement schedules its ceremony or
    signing for (statC): "... подпишут соглашение. Церемония запланирована на март, она
    пройдет в Петрозаводске." -> March (anchored forward). The sentence opens with the
    ceremony or signing noun and a scheduling verb follows it within two words; the caller
    checks that it names no agreement of its own. status46: so does a clause the noun opens
    after a comma, from that noun on ("Проект документа уже согласован сторонами,
    церемония запланирована на 28 мая в Хабаровске" -> 28 May). Morphology only (rarely
    parsed)."""
    toks = sent.tokens
    words = [i for i, t in enumerate(toks) if t.pos != "PUNCT"]
    opens = [n for n, i in enumerate(words) if toks[i].lemma in CEREMONY_NOUNS | SIGN_NOUNS
             and (n == 0 or toks[i - 1].text in _CLAUSE_BREAKS)]
    n = next((n for n in opens
              if any(toks[i].lemma in SCHEDULE_VERBS for i in words[n + 1:n + 3])), None)
    if n is None:
        return None
    words = words[n:]
    start = toks[words[0]].start
    found = [d for d in dates if d.value and d.start >= start and (
        _MONTH_OR_DAY.fullmatch(d.value) or planned_year(d))]
    # ("на март": a month to come, read by ``dates`` since date72)
    return min(found, key=lambda d: d.start).value if found else None


# punctuation that opens a clause of a sentence ("..., церемония запланирована на ...")
_CLAUSE_BREAKS = frozenset({",", ";", "—", "–", ":"})


def planned_year(d: DateRef) -> bool:
    """A year a plan names by the word for year (dates24): "Подписать его планируется в
    следующем году", "в 2026 году"; not a season's or a week's year (no such word) nor a
    deadline ("до конца года": it bounds the plan, see README)."""
    words = d.text.lower().split()
    return bool(d.value and _YEAR_ONLY.fullmatch(d.value) and words and
                words[0] not in DEADLINE_PREPOSITIONS and
                any(w.startswith((YEAR_NOUN, *YEAR_PART_STEMS)) for w in words))


def own_document_date(analysis: Analysis, sent: Sentence, dates: list[DateRef]) -> str | None:
    """The date of the document the text itself is, for the agreement it names as "this"
    ("Стороны заключили настоящее Соглашение о нижеследующем"): the day in its header
    above, "Соглашение № 12/45 от 3 марта 2025 года" or "г. Пермь       3 марта 2025 г."
    (the nearest day before the sentence stated after "№ ... от" or alone on a line with a
    place). None when the sentence names no agreement as "настоящее"."""
    toks = sent.tokens
    if not any(t.lemma in TRIGGERS and i > 0 and toks[i - 1].lemma in OWN_DOCUMENT_WORDS
               for i, t in enumerate(toks)):
        return None
    text = analysis.text
    for d in sorted((d for d in dates if d.end <= sent.start and d.value and
                     not d.relative and _DAY.fullmatch(d.value)),
                    key=lambda d: -d.start):
        line_start = text.rfind("\n", 0, d.start) + 1
        before = text[line_start:d.start]
        if _NUMBER_FROM.search(before) or _PLACE_GAP.fullmatch(before):
            return d.value
    return None


# "№ 12/45 от ": a numbered document's date follows its number
_NUMBER_FROM = re.compile(r"№[^\S\n]*[\w/\-.]+[^\S\n]+от[^\S\n]*$")
# "г. Пермь        ": a document's place and the gap before its date on the same line
_PLACE_GAP = re.compile(r"[^\S\n]*(?:г\.[^\S\n]*)?[А-ЯЁ][\w\-]+(?:[^\S\n][А-ЯЁ][\w\-]+)?"
                        r"(?:,[^\S\n]*|[^\S\n]{2,})")
# "12:30 — ": an item of a day's chronicle opens with a time of day and a dash
_TIMED_ITEM = re.compile(r"^[^\S\n]*[0-2]?\d[:.][0-5]\d[^\S\n]*[—–-]", re.MULTILINE)
_ITEM_HEAD = re.compile(r"[^\S\n]*(?:[0-2]?\d[:.][0-5]\d[^\S\n]*[—–-][^\S\n]*)?")
# "11:40" alone on its line: an entry of a live blog, its text on the lines below
_TIME_LINE = re.compile(r"^[^\S\n]*[0-2]?\d:[0-5]\d[^\S\n]*$", re.MULTILINE)
# what may stand before the page's day on its line: a label and a separator ("ОНЛАЙН ·
# 24 апреля 2025", "Трансляция: 24 апреля 2025")
_DAY_LABEL = re.compile(r"[^\n]{0,60}?[·|:—–,][^\S\n]*")


def timed_item_date(analysis: Analysis, sent: Sentence, dates: list[DateRef],
                    published: str | None = None) -> str | None:
    """The day of a chronicle's item: a sentence that opens a line with a time of day and a
    dash ("12:30 — Подписание соглашения ...") in a text with two or more such items, or
    one in the paragraph right under a time alone on its line (a live blog: "11:40" /
    "Подписано! Министерства ... заключили соглашение"), takes the day stated above the
    items ("Рабочий визит: хроника дня / 14 мая 2025", "ТРАНСЛЯЦИЯ · 24 апреля 2025"),
    when no other day is stated between; with no date stated above at all (the page's
    header left out as boilerplate), the publication day, the day the page reports."""
    text = analysis.text
    line_start = text.rfind("\n", 0, sent.start) + 1
    if _TIMED_ITEM.match(text, line_start) and \
            _ITEM_HEAD.fullmatch(text, line_start, sent.start):
        items = [m.start() for m in _TIMED_ITEM.finditer(text)]
    elif _under_time_line(text, line_start):
        items = [m.start() for m in _TIME_LINE.finditer(text)]
    else:
        return None  # not the line's first sentence, nor a live blog's entry
    if len(items) < 2:
        return None
    before = [d for d in dates if d.end <= line_start and d.value]
    if not before:
        return published if published and _FULL_DAY.fullmatch(published) else None
    last = max(before, key=lambda d: d.start)
    if not _DAY.fullmatch(last.value or "") or last.relative:
        return None
    ls = text.rfind("\n", 0, last.start) + 1
    le = text.find("\n", last.end)
    if not _DAY_LABEL.fullmatch(text, ls, last.start) and text[ls:last.start].strip() or \
            text[last.end:len(text) if le < 0 else le].strip(" \t.,г"):
        return None  # not a day ending its line, alone or after a label
    if not any(last.end <= p <= line_start for p in items):
        return None
    return last.value


def _under_time_line(text: str, line_start: int) -> bool:
    """Is the line at ``line_start`` the text of a live blog's entry: the line above it (no
    blank line between) a time of day alone?"""
    if line_start < 2:
        return False
    above = text.rfind("\n", 0, line_start - 1) + 1
    return _TIME_LINE.fullmatch(text, above, line_start - 1) is not None


def signing_clause_date(sent: Sentence, k: int, dates: list[DateRef]) -> str | None:
    """The date standing between the agreement noun at k and the signing verb right after
    it, in one stretch of words, under that verb in the parse: "дополнительное соглашение в
    среду в Липецке подписали министры ..." is dated by "в среду" where the parser hangs
    the noun on another clause's verb (a long sentence glued from a header and a lead).
    None when a clause break, another verb or a term ("до 2030 года") stands between."""
    if not sent.parsed:
        return None
    toks = sent.tokens
    verb = None
    for j in range(k + 1, len(toks)):
        t = toks[j]
        if t.pos in {"VERB", "AUX"}:
            verb = j if t.lemma in SIGN_VERBS and t.feats.get("VerbForm") == "Fin" else None
            break
        if t.pos == "PUNCT" and t.text not in {"«", "»", '"'}:
            return None  # a clause break before the verb
    if verb is None:
        return None
    for d in dates:
        inside = [i for i in range(k + 1, verb) if d.start <= toks[i].start < d.end]
        if not d.value or not inside or expiry_date(sent, d) or \
                _governor_below(sent, inside[0], verb) != verb:
            continue
        return d.value
    return None


def when_clause_date(sent: Sentence, k: int, dates: Sequence[DateRef]) -> str | None:
    """status56: the agreement's signing verb opens a "когда" clause right after a time
    expression, which the clause describes: "Соглашение развивает договорённости,
    достигнутые в 2022 году, когда правительства двух областей подписали соглашение о
    сотрудничестве" dates the governments' agreement 2022, "сотрудничают с 2019 года, когда
    было заключено соглашение" 2019. The noun's first verb above it is a signing verb with
    a "когда" mark before it; the date ends right before the comma that opens the clause
    (only "году"/"года" between). Read from the tokens too, since the parser often leaves
    such a clause unattached."""
    if not sent.parsed:
        return None
    toks = sent.tokens
    v = next((h for h in ancestors(sent, k) if toks[h].pos in {"VERB", "AUX"}), None)
    if v is None or toks[v].lemma not in SIGN_VERBS or negated(sent, v):
        return None
    mark = next((c for c in sent.children(v) if toks[c].rel in {"mark", "advmod"} and c < v
                 and toks[c].lemma in WHEN_MARKS), None)
    if mark is None:
        mark = _when_hung_before(sent, v)
    if mark is None or mark < 2 or toks[mark - 1].text != ",":
        return None
    comma = toks[mark - 1].start
    for d in dates:
        if not d.value or d.end > comma:
            continue
        gap = [t for t in toks if d.end <= t.start < comma]
        if all(t.lemma == YEAR_NOUN for t in gap):
            return d.value
    return None


def _when_hung_before(sent: Sentence, v: int) -> int | None:
    """date43: the "когда" that opens the clause of the verb at v when the parser hung it on
    the verb before the comma ("дружба, завязавшаяся в 2017 году, когда меморандум заключили
    музей и школа": "когда" under the participle): the nearest "когда" before v with no
    comma and no other verb between them, else None."""
    toks = sent.tokens
    for j in range(v - 1, -1, -1):
        if toks[j].lemma in WHEN_MARKS:
            return j
        if toks[j].text == "," or toks[j].pos in {"VERB", "AUX"}:
            return None
    return None


def _governor_below(sent: Sentence, i: int, verb: int) -> int:
    """The first verb above token i in the parse (-1 when none below the root)."""
    toks = sent.tokens
    for _ in range(len(toks)):
        h = toks[i].head
        if not 0 <= h < len(toks):
            return -1
        if h == verb or toks[h].pos in {"VERB", "AUX"}:
            return h
        i = h
    return -1


_STOPS = {".", "!", "?", "…"}


def inner_sentence(sent: Sentence, k: int) -> tuple[int, int]:
    """Token range of the sentence inside ``sent`` that holds token k, where a quotation
    glues several into one: "«Соглашение выполнило свою задачу, — пояснил министр. — Но
    сегодня повестка другая»": "сегодня" is not in the agreement's sentence."""
    toks = sent.tokens
    lo = k
    while lo > 0 and toks[lo - 1].text not in _STOPS:
        lo -= 1
    hi = k + 1
    while hi < len(toks) and toks[hi - 1].text not in _STOPS:
        hi += 1
    return lo, hi


def dated_opening(sent: Sentence, dates: list[DateRef]) -> str | None:
    """The date a sentence opens with, set off by a colon or a dash, dates all it says:
    "12 марта: Чувашия и Татарстан подписали соглашение", "Вчера — подписание соглашения
    ..." (a dated headline or lead, whose colon is no clause boundary)."""
    toks = sent.tokens
    for d in dates:
        if not d.value or d.start != sent.start:
            continue
        after = next((t for t in toks if t.start >= d.end), None)
        if after is not None and after.text in {":", "—", "–"}:
            return d.value
    return None


ANSWER_DASHES = ("—", "–", "-")


def question_date(text: str, sent: Sentence, dates: list[DateRef]) -> str | None:
    """In an interview, a day named in the question dates the event the answer reports:
    "— В прошлую среду вы были в Пскове. С чем вернулись? — Вернулись с подписанным
    соглашением." The signing's sentence is on an answer line (one opening with a dash)
    and the line before it, a question (ending in "?"), gives a date of a day; None
    otherwise."""
    start = text.rfind("\n", 0, sent.start) + 1
    if not text[start:sent.start + 1].lstrip().startswith(ANSWER_DASHES):
        return None
    stop = start - 1
    while stop > 0 and not text[stop - 1:stop].strip():
        stop -= 1  # blank lines between question and answer
    q_start = text.rfind("\n", 0, stop) + 1
    if q_start >= stop or not text[q_start:stop].rstrip().endswith("?"):
        return None
    inside = [d for d in dates if q_start <= d.start and d.end <= stop and d.value and
              _DAY.fullmatch(d.value)]
    return inside[0].value if inside else None


# --- r14agr: round 14's causes ---------------------------------------------------------------


def agreeing_participle(sent: Sentence, k: int, verbs: set[str] | frozenset[str]) -> int | None:
    """A signing participle after the agreement noun that the parser hung on another noun of
    the phrase (inside the agreement's phrase or above it) but that agrees in case and number
    with the agreement noun, not with that noun, is the agreement's own clause: in "план на
    2026 год по реализации соглашения с министерством Калмыкии, заключенного в 2023 году"
    the genitive "заключенного" is the соглашение's, so the agreement is dated 2023 and the
    plan's year stays the plan's. The noun it hangs on may also be one the parser took out
    of the agreement's phrase, as long as it stands between the agreement noun and the
    participle: in "в рамках соглашения о торгово-экономическом ... сотрудничестве,
    подписанного правительствами ..." the genitive neuter "подписанного" is the
    соглашение's, not the prepositional "сотрудничестве"'s. A singular participle agrees in
    gender too, feminine or not ("заключенного" is masculine and neuter alike)."""
    toks = sent.tokens
    noun = toks[k].feats
    hosts = set(subtree(sent, k)) | set(ancestors(sent, k))
    for i in range(k + 1, len(toks)):
        t = toks[i]
        if t.rel != "acl" or t.lemma not in verbs or t.head == k or \
                not (t.head in hosts or k < t.head < i) or t.feats.get("VerbForm") != "Part":
            continue
        host = toks[t.head].feats
        if t.feats.get("Case") == noun.get("Case") != host.get("Case") and \
                t.feats.get("Number") == noun.get("Number") and \
                (t.feats.get("Number") != "Sing" or "Gender" not in t.feats or
                 (t.feats["Gender"] == "Fem") == (noun.get("Gender") == "Fem")):
            return i
    return None


# --- dates22: the signing's date vs another event's in the same sentence ---------------------


def another_event_date(sent: Sentence, d: DateRef, verb: int | None = None) -> bool:
    """Is ``d`` the date of another event the sentence names in a clause of a noun: a
    participle or a relative clause between the date and the signing verb at ``verb`` (the
    root when None)? "В рамках форума, открывшегося 7 мая, 12 мая министерства подписали
    соглашение"; "подписали соглашение на совещании, посвящённом итогам работы за 2024 год";
    "подписали соглашение, проект которого обсуждали 20 апреля". Then it does not date the
    signing. A clause saying an occasion took place ("на форуме, который прошёл 10 мая")
    dates the signing held there, and a clause of being in force ("Действующее с 2016
    года соглашение") tells the agreement's own time; verbs in a row ("провели переговоры
    и подписали") share their dates. Only from the parse."""
    if date_within_attribute(sent, d):
        return True  # pair96: "на последнем в этом году заседании"
    h = _noun_clause(sent, d, verb)
    return h is not None and not _occasion_took_place(sent, h) and (
        sent.tokens[h].lemma not in IN_FORCE_VERBS or  # "действующее с 2016 года соглашение"
        in_force_of_other_noun(sent, h))


def in_force_of_other_noun(sent: Sentence, h: int) -> bool:
    """date53: is the clause at h a participle of being in force that describes a noun other
    than an agreement — a body, a centre, a programme — and agrees with it in gender, number
    and case? "подписали соглашение с ресурсным центром, действующим с 2019 года": the
    year is the centre's, no time of the agreement; nor does "Зетский фонд, действующий с
    2015 года, и управление подписали договор" date the signing. The participle hangs on
    its noun in the parse ("acl"), and the noun is no agreement or document noun
    (``_OWN_DATE_HEADS``, ``DOCUMENT_OBJECTS``); a participle the parser hangs on a noun it
    does not agree with ("в рамках соглашения между ведомствами, действующего с 2018 года")
    stays the agreement's. fixdate53: the gender only in the singular (a plural participle
    has none): "с ресурсными центрами, действующими с 2019 года"."""
    toks = sent.tokens
    t = toks[h]
    n = t.head
    if t.feats.get("VerbForm") != "Part" or not 0 <= n < len(toks) or \
            toks[n].pos not in {"NOUN", "PROPN"} or \
            toks[n].lemma in _OWN_DATE_HEADS | DOCUMENT_OBJECTS:
        return False
    feats = ("Gender", "Number") if t.feats.get("Number") == "Sing" else ("Number",)
    return all(t.feats.get(f) == toks[n].feats.get(f) for f in feats) and \
        t.feats.get("Case") is not None and toks[n].feats.get("Case") is not None and \
        _same_case(t, toks[n])


def date_within_attribute(sent: Sentence, d: DateRef) -> bool:
    """pair96: is ``d`` told inside a noun phrase, between an adjective and the noun it
    agrees with ("На последнем в этом году заседании совета стороны подписали
    соглашение", "в первом в 2025 году выпуске")? The date then says which of its noun's
    kind is meant (the year's last meeting), not when the sentence's signing took place,
    whatever the parse says (the parser may hang the adjective on the verb). By word order
    and the tagger's case: a full adjective right before the date (and its preposition), a
    noun right after it in the adjective's case and number."""
    inside = _date_tokens(sent, d)
    if not inside:
        return False
    toks = sent.tokens
    a, b = inside[0], inside[-1]
    if a > 0 and toks[a - 1].pos == "ADP":
        a -= 1
    if a < 1 or b + 1 >= len(toks):
        return False
    adj, noun = toks[a - 1], toks[b + 1]
    return adj.pos == "ADJ" and adj.feats.get("Variant") != "Short" and \
        noun.pos in {"NOUN", "PROPN"} and adj.feats.get("Case") is not None and \
        adj.feats.get("Case") == noun.feats.get("Case") and \
        adj.feats.get("Number") == noun.feats.get("Number")


def in_noun_clause(sent: Sentence, d: DateRef, verb: int | None = None) -> bool:
    """Does ``d`` stand in a clause of a noun, an occasion's included? A date the signing
    verb takes directly comes first: "Министры, встретившиеся 10 мая, в понедельник
    подписали соглашение" is dated Monday."""
    return _noun_clause(sent, d, verb) is not None


def _noun_clause(sent: Sentence, d: DateRef, verb: int | None) -> int | None:
    """The verb of the participle or relative clause that holds ``d`` below ``verb`` (the
    root when None), else None; a clause its comma closed before the date holds it not, nor
    one the date reaches through an agreement noun (the agreement's own date)."""
    inside = _date_tokens(sent, d)
    if not inside:
        return None
    toks = sent.tokens
    k = inside[0]
    for _ in range(len(toks)):
        h = toks[k].head
        if h == verb or not 0 <= h < len(toks) or toks[h].lemma in _OWN_DATE_HEADS:
            return None  # (on an agreement noun: its own date, "соглашения ... от 2 ноября")
        if h not in inside and toks[h].pos in {"VERB", "AUX"} and \
                toks[h].rel in NOUN_CLAUSE_RELS:
            return None if _clause_closed(sent, h, inside[0]) else h
        k = h
    return None


def _occasion_took_place(sent: Sentence, h: int) -> bool:
    """Is the clause at h one of an occasion taking place ("форум, который прошёл 10 мая";
    "министры, которые встретились 10 мая")?"""
    toks = sent.tokens
    noun = toks[h].head
    return toks[h].lemma in OCCASION_VERBS or (
        toks[h].lemma in HAPPEN_VERBS and 0 <= noun < len(toks) and
        toks[noun].lemma in OCCASION_NOUNS | MORE_OCCASION_NOUNS) or \
        occasion_scheduled(sent, h)


def occasion_scheduled(sent: Sentence, h: int) -> bool:
    """plan62: is the clause at h one scheduling an occasion ("в ходе визита делегации,
    который намечен на 23 мая": the signing planned at the visit is of its day)? The
    clause's verb is one of scheduling (``SCHEDULE_VERBS``), its subject "который", and
    the nearest occasion noun (``OCCASION_NOUNS``, ``MORE_OCCASION_NOUNS``) before that
    word agrees with it in gender and number, whatever noun the parse hung the clause on
    (it may hang it on the agreement). From the parse and morphology."""
    toks = sent.tokens
    if toks[h].lemma not in SCHEDULE_VERBS:
        return False
    rel = next((c for c in sent.children(h) if toks[c].lemma == "который" and
                toks[c].rel.startswith("nsubj")), None)
    if rel is None:
        return False
    noun = next((i for i in range(rel - 1, -1, -1)
                 if toks[i].lemma in OCCASION_NOUNS | MORE_OCCASION_NOUNS), None)
    return noun is not None and \
        toks[noun].feats.get("Number") == toks[rel].feats.get("Number") and (
            toks[rel].feats.get("Number") != "Sing" or
            toks[noun].feats.get("Gender") == toks[rel].feats.get("Gender"))


def _clause_closed(sent: Sentence, h: int, i: int) -> bool:
    """Does a comma of the clause headed at h stand between h and token i after it? Then i
    is past the clause, whatever the parse hung it on: in "форума, открывшегося 7 мая, 12 мая
    подписали" the parser may hang "12 мая" on "открывшегося", but the comma closed it."""
    toks = sent.tokens
    return any(toks[j].text == "," and toks[j].head == h for j in range(h + 1, i))


def pronoun_signer_day(sents: Sequence[Sentence], si: int, dates: list[DateRef]) -> str | None:
    """The day of the sentence before, when the signing's subject is a personal pronoun
    that takes up that sentence's subject (datesB): "В прошлую пятницу в Нязепетровск
    приехала глава округа Анна Константинова. Вместе с главой соседнего округа она
    подписала соглашение" is dated by the visit. The sentence before names one day, no
    agreement and a subject of its own; the pronoun is the subject of a signing verb (a
    parsed sentence only). None otherwise: "Он напомнил, что соглашение подписали ..." has
    no signing subject."""
    if si <= 0 or not sents[si].parsed or not sents[si - 1].parsed:
        return None
    sent, before = sents[si], sents[si - 1]
    toks = sent.tokens
    if not any(t.lemma in PERSON_PRONOUNS and t.rel.startswith("nsubj") and 0 <= t.head
               < len(toks) and toks[t.head].lemma in SIGN_VERBS for t in toks):
        return None
    if any(t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"} for t in before.tokens):
        return None  # the sentence before tells of an agreement of its own
    if not any(t.rel.startswith("nsubj") and t.pos in {"NOUN", "PROPN"}
               for t in before.tokens):
        return None
    return sole_day(before, dates)


def sole_day(sent: Sentence, dates: list[DateRef]) -> str | None:
    """The one full day (no month or year alone) that ``sent`` states, else None: readers of
    a sentence that tells a signing took place share it, so two days in the sentence ("5 и
    6 марта") date nothing."""
    days = one_day_each([d for d in dates if sent.start <= d.start < sent.stop and d.value
                         and _DAY.fullmatch(d.value)])
    return days.pop() if len(days) == 1 else None


def one_day_each(within: Sequence[DateRef]) -> set[str]:
    """date58: the days that dates of one sentence give, a day stated without its year
    counted once with the full day of the same month and day beside it: "Вчера, 27 марта,
    в Зетске прошёл форум" gives ``2025-03-27`` (the relative "вчера", resolved on the
    page's day) and ``--03-27`` (the day as stated), one day, the full value (its year
    read from the page stays marked when the records are anchored). Two days of one
    month ("5 и 6 марта", "вчера, 6 марта, ... 5 марта") stay two. fixdate58: only the
    resolution of a relative word takes the day stated beside it; a full day stated with
    its own year ("5 марта, через год после меморандума от 5 марта 2024 года") is another
    day, not the bare day's year."""
    full: dict[str, set[str]] = {}
    for d in within:
        if d.value and d.relative and _FULL_DAY.fullmatch(d.value):
            full.setdefault(d.value[5:], set()).add(d.value)
    days: set[str] = set()
    for d in within:
        v = d.value or ""
        same = full.get(v[2:], set()) if v.startswith("--") else set()
        days.add(next(iter(same)) if len(same) == 1 else v)
    return days


def _day_of(sent: Sentence, dates: list[DateRef]) -> str | None:
    """The one day a sentence states, else None. A range of days beside one day within it
    is the occasion's span, not a day of its own (date54): "Три соглашения подписано
    накануне в рамках форума, который проходит 23–25 апреля" states the day of
    "накануне"; a day stated beside its relative word is one day (``one_day_each``)."""
    within = [d for d in dates if sent.start <= d.start < sent.stop and d.value
              and _DAY.fullmatch(d.value)]
    days = one_day_each(within)
    if len(days) > 1:
        days = one_day_each([d for d in within if not _spans_other(d, within)])
    return days.pop() if len(days) == 1 else None


def joined_on_day(sent: Sentence, dates: list[DateRef]) -> str | None:
    """status65: the one day of a sentence that tells, in a past verb of joining not
    negated, that a body joined an agreement ("В пятницу, 7 ноября, центр присоединился к
    соглашению ..."), else None."""
    toks = sent.tokens
    if not any(t.lemma in JOIN_VERBS and t.feats.get("Tense") == "Past" and
               not (i > 0 and toks[i - 1].lemma == "не") for i, t in enumerate(toks)):
        return None
    return _day_of(sent, dates)


def _spans_other(d: DateRef, within: list[DateRef]) -> bool:
    """Is ``d`` a range of days ("23–25 апреля") that holds another single day of
    ``within``, month and day compared (a relative day carries the page's year, a range
    may carry none)?"""
    last = range_last_day(d)
    if last is None or not d.value:
        return False
    return any(x is not d and x.value and range_last_day(x) is None and
               d.value[-5:] < x.value[-5:] <= last[-5:] for x in within if x.value)


def _ordinal_item(sent: Sentence) -> bool:
    """Does the sentence name an agreement by its ordinal ("Первым стало соглашение")?"""
    toks = sent.tokens
    return any(t.lemma in TRIGGERS and t.pos == "NOUN" and any(
        u.lemma in ORDINALS for u in toks[max(0, i - 3):i]) for i, t in enumerate(toks))


def _counts_agreements(sent: Sentence) -> bool:
    """Does the sentence count agreements with a number ("заключены три соглашения"), or
    tell the signing of a set of them in the plural (status48: "В среду, во второй день
    форума, прошла церемония подписания соглашений", the set its ordinal items take up:
    "Первыми документ подписали ... . Второе соглашение заключили ...")? Not a plan.
    date63: or a plural agreement noun that a past signing verb takes ("В среду министерство
    подписало соглашения ... с тремя компаниями. Первое соглашение заключено с ...")."""
    toks = sent.tokens
    return any(t.lemma in TRIGGERS and t.pos == "NOUN" and (any(
        u.pos == "NUM" for u in toks[max(0, i - 2):i]) or _signed_set(toks, i)
        or signed_plural(toks, i))
        for i, t in enumerate(toks)) or signed_document_set(toks)  # date47


def signed_document_set(toks: list[Token]) -> bool:
    """date47: does the sentence tell a set of documents signed, a noun of a set
    (``DOCUMENT_SET_NOUNS``) right before the genitive plural of an agreement or document
    noun (one adjective may stand between), with a signing verb in the past, finite or a
    short participle, not negated, and no plan or future ("В пятницу в мэрии был подписан
    пакет документов", "подписали ряд соглашений")? The set its ordinal items take up after
    it ("Третье соглашение подписали ..."): morphology only, so unparsed sentences read
    alike; "будет подписан пакет документов" and "планируют подписать ряд соглашений" are
    plans."""
    if any(t.lemma in PLAN_HEADS or t.lemma in PLAN_WORDS or future_aux_word(t)
           for t in toks):
        return False
    signed = any(t.lemma in SIGN_VERBS and t.feats.get("Tense") == "Past" and
                 t.feats.get("VerbForm") in {"Fin", "Part"} and
                 (t.feats.get("VerbForm") == "Fin" or t.feats.get("Variant") == "Short") and
                 not (i > 0 and toks[i - 1].lemma == "не") for i, t in enumerate(toks))
    if not signed:
        return False
    for i, t in enumerate(toks):
        if t.lemma not in DOCUMENT_SET_NOUNS or t.pos != "NOUN":
            continue
        j = i + 1
        if j < len(toks) and toks[j].pos == "ADJ":
            j += 1
        if j < len(toks) and (toks[j].lemma in TRIGGERS or toks[j].lemma in DOCUMENT_OBJECTS) \
                and toks[j].feats.get("Case") == "Gen" and toks[j].feats.get("Number") == "Plur":
            return True
    return False


def signed_plural(toks: list[Token], i: int) -> bool:
    """date63: is the agreement noun at i a plural that a signing verb in the past governs
    ("министерство подписало соглашения о реализации проектов с тремя компаниями")? The set
    its ordinal items take up after it ("Первое соглашение заключено с ..."). Morphology and
    the parse only; a plan's verb (infinitive, future) is not past."""
    return toks[i].feats.get("Number") == "Plur" and past_head(toks, i, SIGN_VERBS) is not None \
        and not any(t.lemma in PLAN_HEADS or future_aux_word(t) for t in toks)


def _signed_set(toks: list[Token], i: int) -> bool:
    """status48: is the agreement noun at i a plural right after a noun of signing, in a
    sentence that tells no plan ("церемония подписания соглашений")? Morphology only.
    dates68: a noun of a set (``DOCUMENT_SET_NOUNS``) may stand between, the plural then
    in the genitive ("Вчера состоялось подписание ряда соглашений", "подписание пакета
    соглашений"): the set is the signing's object as the plural alone is."""
    j = i - 1
    if j > 0 and toks[j].lemma in DOCUMENT_SET_NOUNS and toks[j].pos == "NOUN" and \
            toks[i].feats.get("Case") == "Gen":
        j -= 1
    return toks[i].feats.get("Number") == "Plur" and j >= 0 and \
        toks[j].lemma in SIGN_NOUNS and toks[j].pos == "NOUN" and \
        not any(t.lemma in PLAN_HEADS or t.lemma in PLAN_WORDS or
                future_aux_word(t) for t in toks)


def counted_signing_day(sents: Sequence[Sentence], si: int, k: int,
                        dates: list[DateRef]) -> str | None:
    """An agreement told by its place in a set counted before takes the day of that count
    (statC): "13 ноября прошёл форум. В рамках форума заключены три соглашения. ... Первым
    стало соглашение между ... . ... Второе соглашение заключили ..." are all of 13
    November. The noun has an ordinal within three words before it; the nearest sentence
    back (within ``COUNT_REACH``) that counts agreements by a number gives its day, else the
    sentence right before that count, if it names an occasion and no agreement. Morphology
    only."""
    toks = sents[si].tokens
    if not any(t.lemma in ORDINALS for t in toks[max(0, k - 3):k]):
        # "Первым стало соглашение ... . Документ подписали ...": the document of the
        # item just named
        if si == 0 or toks[k].lemma not in DOCUMENT_OBJECTS or not _ordinal_item(sents[si - 1]):
            return None
        si -= 1
    return _day_of_nearest_count(
        sents, si, dates, _counts_agreements,
        OCCASION_NOUNS | MORE_OCCASION_NOUNS | OCCASION_VERBS | DAY_OCCASION_NOUNS)


def _day_of_nearest_count(sents: Sequence[Sentence], before: int, dates: list[DateRef],
                          counts: Callable[[Sentence], bool],
                          occasions: AbstractSet[str]) -> str | None:
    """The day of the nearest sentence before index ``before`` (within ``COUNT_REACH``)
    that ``counts`` agreements: "В рамках форума заключены три соглашения" dated, its day;
    undated, the day of the sentence right before it when that one names an occasion (a
    lemma of ``occasions``) and no agreement ("13 ноября прошёл форум"); else None. A day
    the sentence right after the count gives the signatures (``signatures_put_day``) comes
    first; past an undated sentence of no occasion, the occasion a little further back
    (``occasion_day_before``, date58); date52: an undated count right after another count
    of the set takes that one's day. The walk back that ``counted_signing_day`` and
    ``counted_day`` share."""
    for back in range(before - 1, max(-1, before - 1 - COUNT_REACH), -1):
        if not counts(sents[back]):
            continue
        if back + 1 < before and (put := signatures_put_day(sents[back + 1], dates)):
            return put
        day = _day_of(sents[back], dates)
        if day is not None or back == 0:
            return day
        lemmas = {t.lemma for t in sents[back - 1].tokens}
        if lemmas & TRIGGERS:
            # date52: the same set counted again right before, with its day ("в четверг
            # подписало соглашения сразу с тремя соседями. Все три документа подписал
            # министр ..."); any other agreement named there gives no day
            return _day_of(sents[back - 1], dates) if counts(sents[back - 1]) else None
        if not lemmas & occasions:
            # date58: the occasion told a little further back, past sentences of its
            # course that state no day: "В прошлую пятницу прошла ярмарка вакансий. Больше
            # двадцати работодателей предложили ... . Но главным событием дня стало
            # подписание сразу трёх соглашений" (``occasion_day_before``)
            return occasion_day_before(sents, back, dates)
        return _day_of(sents[back - 1], dates)
    return None


def signatures_put_day(sent: Sentence, dates: list[DateRef]) -> str | None:
    """date46: the one day of a sentence right after a count of documents that tells, naming
    no agreement, that their signatures were put: "На форуме, который проходил 20–21 марта,
    министерство заключило сразу три соглашения. Подписи под документами были поставлены
    сегодня, во второй день форума" dates the three by "сегодня", not by the forum's first
    day; so does "Церемония прошла вчера" after "Форум, проходивший 5–6 июня, завершился
    подписанием нескольких соглашений" (status50). Morphology only (such a sentence is
    seldom parsed): a noun of signatures, of a signing or of a ceremony and a past verb of
    putting them or of its taking place, not negated."""
    toks = sent.tokens
    if any(t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"} for t in toks) or \
            any(t.lemma == "не" for t in toks):
        return None
    if not any((t.lemma in SIGNATURE_NOUNS or t.lemma in CEREMONY_NOUNS) and t.pos == "NOUN"
               for t in toks) or \
            not any(t.lemma in SIGNATURE_VERBS and t.feats.get("Tense") == "Past" for t in toks):
        return None
    return _day_of(sent, dates)


def _counts_documents(sent: Sentence) -> bool:
    """Does the sentence count agreements or documents, two or more, and tell no plan
    ("подписали два соглашения", "состоялось подписание сразу двух документов", status50:
    "завершился подписанием нескольких соглашений"), or (status52) tells the signing of a
    set of them in the plural ("В среду, 9 октября, прошла церемония подписания
    соглашений", ``_signed_set``), or (status65) names them as an occasion's outcome
    ("Главным итогом форума стали соглашения", ``_outcome_set``); not
    "планируют подписать два документа", "будут подписаны три соглашения" (a plan inside a
    relative clause on the noun is the content's: "соглашения, которые должны помочь")?"""
    toks = sent.tokens
    relative = _relative_clauses(sent)
    if any(t.lemma in PLAN_HEADS or t.lemma in PLAN_WORDS or future_aux_word(t)
           for j, t in enumerate(toks) if j not in relative):
        return False
    return any(t.pos == "NOUN" and (t.lemma in TRIGGERS or t.lemma in DOCUMENT_OBJECTS) and
               (_counted_before(toks, i) or
                t.lemma in TRIGGERS and (_signed_set(toks, i)  # status52
                                         or _outcome_set(sent, i)  # status65
                                         or _partners_counted(toks, i)))  # date52
               for i, t in enumerate(toks))


def _count_word(u: Token) -> bool:
    """Is ``u`` a number word counting two or more: "два"-"семь" (``NUMBER_WORDS``), date52:
    a larger one (``LARGER_COUNT_WORDS``: "подписано девять соглашений", "с двенадцатью
    колледжами"), or "несколько" (``INDEFINITE_COUNTS``)? Digits are
    ``_digits_counting``'s (fixdate52): a number in digits is as often a day or a clause."""
    return u.pos == "NUM" and (
        u.lemma in NUMBER_WORDS or u.lemma in INDEFINITE_COUNTS or u.lemma in LARGER_COUNT_WORDS)


def _digits_counting(toks: list[Token], i: int) -> bool:
    """fixdate52: does the number in digits at i count the plural noun right after it, two
    to 99 ("заключено 12 соглашений", "с 12 колледжами")? Not a day ("12 марта соглашение
    подписали ...": a month stands between), nor a clause ("в соответствии с пунктом 3
    соглашения": the noun singular). Decimal digits only ("²" is a digit, not a number)."""
    if i + 1 >= len(toks):
        return False
    u, noun = toks[i], toks[i + 1]
    return u.text.isdecimal() and 2 <= int(u.text) <= 99 and noun.pos == "NOUN" and \
        noun.feats.get("Number") == "Plur"


def _counted_before(toks: list[Token], i: int) -> bool:
    """fixdate52: is the noun at i counted, two or more, by a number word among the two words
    before it ("подписали два новых соглашения", "девять соглашений") or by digits right
    before it, the noun plural (``_digits_counting``: "12 соглашений")?"""
    return any(_count_word(u) for u in toks[max(0, i - 2):i]) or \
        (i > 0 and _digits_counting(toks, i - 1))


def _partners_counted(toks: list[Token], i: int) -> bool:
    """date52: is the agreement noun at i a plural whose partners are counted after it, two
    or more, by "с" and a number ("управление заключило договоры о практике с четырьмя
    колледжами", "подписали меморандумы с двумя фондами", fixdate52: "с девятью
    колледжами", "с 12 колледжами")? One document with each partner: a set of documents
    counted by their partners, whose items later sentences tell. The number within
    ``PARTNERS_COUNT_REACH`` words after the noun, right after "с"/"со"
    (``PARTNER_PREPOSITIONS``), before any verb or punctuation. Morphology only; the caller
    refuses a plan."""
    if toks[i].feats.get("Number") != "Plur":
        return False
    for j in range(i + 1, min(len(toks), i + 1 + PARTNERS_COUNT_REACH)):
        u = toks[j]
        if toks[j - 1].lemma in PARTNER_PREPOSITIONS and \
                (_count_word(u) or _digits_counting(toks, j)):
            return True
        if u.pos in {"VERB", "PUNCT"} and u.text not in {"«", "»"}:
            return False
    return False


def _relative_clauses(sent: Sentence) -> set[int]:
    """The tokens of the sentence's relative clauses (``acl:relcl``, "соглашения, которые
    должны помочь ..."): what they plan is the plan of the noun's content, not a signing
    still to come. Empty without a parse."""
    if not sent.parsed:
        return set()
    return {j for i, t in enumerate(sent.tokens) if t.rel == "acl:relcl"
            for j in subtree(sent, i)}


def _outcome_set(sent: Sentence, i: int) -> bool:
    """status65: is the agreement noun at i a plural subject of a past verb of becoming
    whose instrumental is an outcome noun ("Главным итогом форума стали соглашения,
    которые ...")? The set of agreements an occasion ended in, told before its items
    ("Первым на сцене подписали соглашение ..."). Only from the parse."""
    toks = sent.tokens
    if not sent.parsed or toks[i].feats.get("Number") != "Plur" or \
            toks[i].feats.get("Case") != "Nom" or toks[i].rel != "nsubj":
        return False
    h = past_head(toks, i, BECOME_VERBS)
    if h is None:
        return False
    return any(toks[c].lemma in OUTCOME_NOUNS and toks[c].feats.get("Case") == "Ins"
               for c in sent.children(h))


def counted_day(sents: Sequence[Sentence], before: int, dates: list[DateRef]) -> str | None:
    """The day of the nearest count of documents among the sentences before index
    ``before`` (within ``COUNT_REACH``, datesD): "Накануне в Томске состоялось подписание
    сразу двух документов" gives the day of "накануне"; a
    count without a day ("Итогом визита стали сразу два документа") takes the day of the
    sentence just before it when that one names an occasion and no agreement ("В понедельник
    в Липецке прошла рабочая встреча"). None when the nearest count gives no day."""
    return _day_of_nearest_count(sents, before, dates, _counts_documents,
                                 OCCASION_NOUNS | MORE_OCCASION_NOUNS | DAY_OCCASION_NOUNS)


def outcome_of_occasion(sent: Sentence) -> bool:
    """Does the sentence tell a signing as the outcome or the course of an occasion ("По
    итогам визита ...", "В ходе пленарного заседания ...", "Итогом форума стало ...")? An
    occasion noun anywhere, or an outcome noun followed (past adjectives) by a noun of a
    discussion ("по итогам обсуждения"), or (date61) led (past adjectives) by a
    third-person possessive standing for the occasion told before ("Его главным итогом
    стало соглашение ..."); not "Главным итогом недели стало ...". quality72: the occasion
    noun is the event the signing is the outcome or the course of, so not one the
    agreement is about (``occasion_is_topic``: "подписали соглашение о проведении
    форума")."""
    occasions = OCCASION_NOUNS | MORE_OCCASION_NOUNS
    toks = sent.tokens
    for i, t in enumerate(toks):
        if t.lemma in occasions and not occasion_is_topic(sent, i):
            return True
        if t.lemma in OUTCOME_NOUNS:
            nxt = next((u for u in toks[i + 1:i + 4] if u.pos != "ADJ"), None)
            if nxt is not None and nxt.lemma in OUTCOME_OF_NOUNS:
                return True
            before = next((u for u in reversed(toks[max(0, i - 3):i]) if u.pos != "ADJ"),
                          None)
            if before is not None and before.text.lower() in OUTCOME_OWNER_WORDS:
                return True
    return False


def occasion_is_topic(sent: Sentence, i: int) -> bool:
    """quality72 occasion_is_topic: is the occasion noun at ``i`` in the topic of an
    agreement noun, not the event of its signing? In the parse, walking up from the noun
    by nouns only, an agreement noun (``TRIGGERS``) is reached through its dependent
    marked "о"/"об" (``ABOUT_PREPOSITIONS``): "Министерство и фонд подписали соглашение о
    проведении форума семей" tells what the agreement is for, not when it was signed. Not
    when a verb, a signing word (``SIGNING_HEADS``: "соглашение, подписанное на форуме")
    or an outcome noun ("соглашение по итогам форума") comes first, nor a noun hung on the
    agreement by another preposition anywhere on the way ("соглашение в рамках форума", "соглашение
    о сотрудничестве в рамках форума"); an unparsed sentence
    keeps the noun (no tree to read)."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    below = i
    for h in ancestors(sent, i):
        u = toks[h]
        if u.lemma in SIGNING_HEADS or u.lemma in OUTCOME_NOUNS or \
                u.pos not in {"NOUN", "PROPN"}:
            return False
        if any(toks[c].rel == "case" and toks[c].lemma not in ABOUT_PREPOSITIONS
               for c in sent.children(below)):
            return False  # review: "о сотрудничестве в рамках форума" frames the signing
        if u.lemma in TRIGGERS:
            return any(toks[c].lemma in ABOUT_PREPOSITIONS and toks[c].rel == "case"
                       for c in sent.children(below))
        below = h
    return False


def signings_told_before(sents: Sequence[Sentence], k: int) -> bool:
    """date60: does the sentence right before ``k`` tell that an occasion saw signings,
    by a signing noun beside an occasion noun, with no agreement noun of its own ("Первый
    день форума завершился чередой подписаний." over "Министерство ... заключило
    соглашение ...")? Then sentence ``k`` tells one of those signings, as the outcome of
    the occasion."""
    if k <= 0:
        return False
    lemmas = {t.lemma for t in sents[k - 1].tokens}
    return bool(lemmas & SIGN_NOUNS and lemmas & (OCCASION_NOUNS | MORE_OCCASION_NOUNS)) \
        and not any(t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"}
                    for t in sents[k - 1].tokens)


def occasion_day_before(sents: Sequence[Sentence], at: int,
                        dates: list[DateRef]) -> str | None:
    """The day of the occasion told before sentence ``at`` (dates26): "Накануне в Объячеве
    прошла рабочая встреча ... . Участники обсудили ... . По итогам обсуждения они
    подписали соглашение" gives the day of "накануне". Walking back at most
    ``OCCASION_DAY_REACH`` sentences, past ones that state no date and name no agreement,
    the first dated sentence must state one day and name an occasion (a noun, or a verb of a
    visit: "В прошлую пятницу ... побывала делегация"); anything else gives None."""
    for back in range(at - 1, max(-1, at - 1 - OCCASION_DAY_REACH), -1):
        sent = sents[back]
        lemmas = {t.lemma for t in sent.tokens}
        if any(t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"} for t in sent.tokens):
            return None
        if not any(sent.start <= d.start < sent.stop for d in dates):
            continue
        if not lemmas & (OCCASION_NOUNS | MORE_OCCASION_NOUNS | VISIT_VERBS):
            return None
        return _day_of(sent, dates)
    return None


def later_time_told(sent: Sentence) -> bool:
    """fixdate59: does the sentence tell a later time with no day, a span after something
    told before or an event after it ("Через несколько дней министерство и фонд заключили
    соглашение", "Спустя неделю ...", "После возвращения из Зетска министр подписала
    ...")? Such a signing is not of the day of the occasion or the story told before it.
    A preposition of ``LATER_TIME_PREPOSITIONS`` with a unit of ``LATER_TIME_UNITS``
    within ``LATER_TIME_REACH`` tokens, or "после" right before a noun of
    ``LATER_TIME_EVENTS``. Lemmas only."""
    toks = sent.tokens
    return any(t.lemma in LATER_TIME_PREPOSITIONS and
               any(u.lemma in LATER_TIME_UNITS for u in toks[n + 1:n + 1 + LATER_TIME_REACH])
               or t.lemma == "после" and n + 1 < len(toks) and
               toks[n + 1].lemma in LATER_TIME_EVENTS
               for n, t in enumerate(toks))


def story_lead_day(sents: Sequence[Sentence], before: int,
                   dates: list[DateRef]) -> tuple[int, str, bool] | None:
    """date59: the lead of a story that dates its signings once, for all: among the first
    ``STORY_LEAD_SENTENCES`` sentences of the story (dates63: the page's stamp and menu lines
    not counted, ``story_opening``) before index ``before``, the first that states a day
    and has a verb, when it tells either a set of documents signed that day ("В четверг, 13
    мая, в рамках форума область и инвесторы подписали пакет документов", "На площадке
    форума, который прошёл в минувшую среду, подписано более десятка документов":
    ``_counts_agreements``) or an occasion held that day ("В минувший вторник в Зетске
    прошёл социальный форум": ``occasion_held_day``). Gives the sentence's index, the day
    and whether it is an occasion only (its signings must then be counted after it before
    a record takes the day); None when that sentence tells anything else (a single
    signing's day is ``lead_date``'s) or tells a plan. A dated line without a finite verb
    naming no agreement, document or occasion is the page's stamp ("3 мая 2025, 09:05 |
    Просмотров: 77", "Опубликовано: 03.05.2025") and is passed over."""
    for k in story_opening(sents, STORY_LEAD_SENTENCES):
        if k >= before:
            break
        sent = sents[k]
        if not any(d.value and sent.start <= d.start < sent.stop for d in dates):
            continue
        day = _day_of(sent, dates)
        if day is None or any(t.lemma in PLAN_HEADS or t.lemma in PLAN_WORDS or
                              future_aux_word(t) for t in sent.tokens):
            return None
        if _counts_agreements(sent):
            return k, day, False
        if any(occasion_held_day(sent, o, dates) == day for o in occasions_named(sent)):
            return k, day, True
        return None
    return None


def story_opening(sents: Sequence[Sentence], n: int) -> list[int]:
    """dates63: the indices of the story's first ``n`` sentences, the page's lines before
    and around them that are no sentence of a story passed over (``_stamp_like``: a site's
    name, its menu, the stamp "2025-03-14 10:20"): on a page opened by "ИА Зетск | Лента" /
    "Политика   Общество   Спорт" / "14.03.2025, 10:20" / "Фонд и колледж подписали
    соглашение" / "Накануне в Зетске подписан ряд соглашений ...", the lead is the fifth
    line, yet the story's second sentence. A story's lead is counted from its own start, not
    from the top of the page, whose header is as long as the site makes it. Linear: stops
    once ``n`` are counted. A sentence told by a short participle ("В пятницу сделан ещё
    один шаг к ...") has no finite verb, yet is the story's; not a labelled stamp
    ("Опубликовано: 14.03.2025, 10:20", ``dates.date_line``)."""
    found: list[int] = []
    for k, sent in enumerate(sents):
        if len(found) >= n:
            break
        if not _stamp_like(sent) or date_line(sent.text.strip()) is None and any(
                t.feats.get("Variant") == "Short" and t.feats.get("VerbForm") == "Part"
                for t in sent.tokens):
            found.append(k)
    return found


def _stamp_like(sent: Sentence) -> bool:
    """date59: is the sentence a page's stamp rather than a story's: no finite verb, and no
    noun of an agreement, a document or an occasion ("Опубликовано: 03.05.2025, 10:20")?"""
    return not any(t.feats.get("VerbForm") == "Fin" for t in sent.tokens) and \
        not any(t.lemma in TRIGGERS or t.lemma in DOCUMENT_OBJECTS or
                t.lemma in NAMED_OCCASION_NOUNS for t in sent.tokens)


def counts_set(sent: Sentence) -> bool:
    """date59: does the sentence count documents signed together, by a number or as a set
    (``_counts_documents``, ``_counts_agreements``: "Министр подписала три соглашения",
    "Главным итогом форума стали соглашения")?"""
    return _counts_documents(sent) or _counts_agreements(sent)


def occasions_named(sent: Sentence) -> set[str]:
    """date67: the occasions a sentence names by their noun ("В завершение коллегии министр
    ... подписали соглашение" names a "коллегия"), as lemmas."""
    return {t.lemma for t in sent.tokens if t.lemma in NAMED_OCCASION_NOUNS and
            t.pos in {"NOUN", "PROPN"}}


def occasion_held_day(sent: Sentence, occasion: str, dates: list[DateRef]) -> str | None:
    """date67: the one day a sentence gives when it tells the occasion ``occasion`` (a lemma)
    held, its noun the subject of a verb of taking place ("14 марта в Кемерове состоялась
    расширенная коллегия", "Накануне в администрации прошло выездное совещание"), else None;
    not an occasion still to come ("Следующее заседание пройдёт 20 мая"). From the parse, or
    from morphology where the sentence is not parsed (the noun in the nominative beside a
    past verb of taking place); a sentence naming an agreement tells more than the
    occasion."""
    toks = sent.tokens
    if any(t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"} for t in toks):
        return None
    if sent.parsed:
        held = any(t.lemma == occasion and t.rel.startswith("nsubj") and
                   0 <= t.head < len(toks) and _held_verb(sent, t.head) and
                   toks[t.head].feats.get("Tense") == "Past" for t in toks) or \
            any(t.lemma == occasion and _done_at(sent, i) for i, t in enumerate(toks))
    else:
        held = any(t.lemma == occasion and t.feats.get("Case") == "Nom" for t in toks) and \
            any((t.lemma in HELD_VERBS or _held_work_unparsed(toks, i)) and
                t.feats.get("Tense") == "Past" for i, t in enumerate(toks)) or \
            any(t.lemma == occasion and _done_at_unparsed(toks, i) for i, t in enumerate(toks))
    held = held or any(t.lemma == occasion and held_by_relative(toks, i)  # date47
                       for i, t in enumerate(toks))
    return _day_of(sent, dates) if held else None


def _held_verb(sent: Sentence, v: int) -> bool:
    """Is the verb at ``v`` one of taking place (``HELD_VERBS``: "прошёл форум"), or
    (dates68) one of starting or ending with "работу" as its object (``HELD_WORK_VERBS``:
    "В четверг завершил работу форум", "съезд начал работу"), not negated? From the
    parse."""
    toks = sent.tokens
    if toks[v].lemma in HELD_VERBS:
        return True
    return toks[v].lemma in HELD_WORK_VERBS and not negated(sent, v) and any(
        toks[c].lemma in HELD_WORK_OBJECTS and toks[c].rel == "obj" for c in sent.children(v))


def _held_work_unparsed(toks: list[Token], v: int) -> bool:
    """dates68: ``_held_verb``'s starting or ending its work read from morphology where the
    sentence is not parsed: the verb at ``v`` (``HELD_WORK_VERBS``), not after "не", with
    "работу" in the accusative right after it or after one determiner or possessive
    between ("завершил работу форум", "форум завершил свою работу"; fixdates68)."""
    if toks[v].lemma not in HELD_WORK_VERBS or v > 0 and toks[v - 1].lemma == "не":
        return False
    w = v + 1
    if w < len(toks) and toks[w].pos == "DET":
        w += 1  # fixdates68: "свою", "эту"
    return w < len(toks) and toks[w].lemma in HELD_WORK_OBJECTS and \
        toks[w].feats.get("Case") == "Acc"


def held_by_relative(toks: list[Token], i: int) -> bool:
    """date47: is the occasion noun at i told held by a relative clause on it, "который"
    in the nominative agreeing with it in gender and number, then (an adverb between at
    most) a verb of taking place in the past, finite and not negated ("по итогам визита
    делегации в Зетск, который прошёл в среду", "встреча, которая состоялась накануне")?
    Read from morphology, parsed or not: the relative word is the first one within
    ``OCCASION_RELATIVE_REACH`` tokens after the noun, so a clause on a later noun ("визита
    делегации, которая приехала ...") fails the agreement. Not "форума, который пройдёт в
    среду"."""
    noun = toks[i]
    for j in range(i + 1, min(len(toks), i + 1 + OCCASION_RELATIVE_REACH)):
        rel = toks[j]
        if rel.lemma != "который":
            continue
        if rel.feats.get("Case") != "Nom" or \
                rel.feats.get("Number") != noun.feats.get("Number") or \
                noun.feats.get("Number") == "Sing" and \
                rel.feats.get("Gender") != noun.feats.get("Gender"):
            return False
        k = j + 1
        if k < len(toks) and toks[k].pos == "ADV":
            k += 1
        return k < len(toks) and toks[k].lemma in HELD_VERBS and \
            toks[k].feats.get("Tense") == "Past" and toks[k].feats.get("VerbForm") == "Fin"
    return False


def _done_at(sent: Sentence, i: int) -> bool:
    """date46: is the occasion noun at i the place of something done at it, so the occasion
    was held then: "Вчера итоги года обсудили на выездном совещании в Твери" (the noun, in the
    locative under "на"/"в", ``OCCASION_AT_PREPOSITIONS``, is an oblique of a finite verb in
    the past, not negated)? "На совещании обсудят итоги года" is to come."""
    toks = sent.tokens
    t = toks[i]
    v = t.head
    if t.rel != "obl" or t.feats.get("Case") != "Loc" or not 0 <= v < len(toks) or \
            toks[v].pos != "VERB" or toks[v].feats.get("VerbForm") != "Fin" or \
            toks[v].feats.get("Tense") != "Past":
        return False
    if negated(sent, v):
        return False
    return any(toks[c].rel == "case" and toks[c].lemma in OCCASION_AT_PREPOSITIONS
               for c in sent.children(i))


def _done_at_unparsed(toks: list[Token], i: int) -> bool:
    """date46: ``_done_at`` read from morphology where the sentence is not parsed: the
    occasion noun at i in the locative after "на"/"в" with only adjectives between, in a
    sentence whose finite verbs are all in the past and none negated."""
    if toks[i].feats.get("Case") != "Loc":
        return False
    j = i - 1
    while j >= 0 and toks[j].pos == "ADJ" and i - j <= 3:
        j -= 1
    if j < 0 or toks[j].lemma not in OCCASION_AT_PREPOSITIONS:
        return False
    finite = [n for n, t in enumerate(toks) if t.pos in {"VERB", "AUX"} and
              t.feats.get("VerbForm") == "Fin"]
    return bool(finite) and all(
        toks[n].feats.get("Tense") == "Past" and not (n > 0 and toks[n - 1].lemma == "не")
        for n in finite)


def nearest_count(sents: Sequence[Sentence], at: int) -> int | None:
    """The index of the nearest sentence before ``at`` (within ``COUNT_REACH``) that counts
    documents signed together ("заключило сразу два соглашения"), else None."""
    for back in range(at - 1, max(-1, at - 1 - COUNT_REACH), -1):
        if _counts_documents(sents[back]):
            return back
    return None


_YEAR_VALUE = re.compile(r"\d{4}")


def since_year_of_frame(sent: Sentence, k: int, dates: list[DateRef]) -> str | None:
    """The year since which work goes on under an agreement dates it (statC): "Агрохолдинг с
    2023 года работает в рамках соглашения с правительством области" -> 2023, as "соглашение
    действует с 2020 года" is. The noun hangs on a frame noun ("в рамках") that is an
    oblique of a verb; the verb's own "с"-year (not one in a clause on the noun: "в рамках
    которого с 2019 года обмениваются" dates the work, ``activity_clause_date``). A parsed
    sentence only."""
    if not sent.parsed:
        return None
    toks = sent.tokens
    frame = toks[k].head
    if not 0 <= frame < len(toks) or toks[frame].lemma not in FRAME_NOUNS or \
            toks[frame].rel != "obl":
        return None
    v = toks[frame].head
    if not 0 <= v < len(toks) or toks[v].pos != "VERB":
        return None
    for c in sent.children(v):
        if toks[c].rel != "obl" or not any(toks[x].rel == "case" and
                                           toks[x].lemma in SINCE_PREPOSITIONS
                                           for x in sent.children(c)):
            continue
        span = {toks[j].start for j in subtree(sent, c)}
        years = [d for d in dates if d.start in span and d.value and
                 _YEAR_VALUE.fullmatch(d.value) and not d.relative]
        if years:
            return years[0].value
    return None


def in_force_since(sent: Sentence, k: int, dates: list[DateRef]) -> str | None:
    """The year since which the agreement at token k is in force, told of the noun itself
    (datesD): "соглашение с томским департаментом действует с 2020 года, и за это время мы
    провели ..." or "в рамках соглашения с министерством ..., которое действует с 2022
    года, и пообещала ..." -> the year. "действовать" (not in the future: "будет
    действовать с 2026 года" is entry into force) followed by "с" and a year stated as
    such; its subject is the noun, with only the noun's own phrase between them, or
    "который" agreeing with the noun in gender and number right after that phrase. Read
    by morphology and the noun's phrase: the parser often hangs "с 2022 года" on the main
    verb. fixdate52: a participle agrees with the noun in gender, number and case
    (``_in_force_participle`` after the noun): "соглашение с ресурсным центром, действующим
    с 2019 года" is not of 2019. A parsed sentence only."""
    if not sent.parsed:
        return None
    toks = sent.tokens
    phrase = set(subtree(sent, k))
    for v in range(k + 1, len(toks) - 2):
        t = toks[v]
        if t.lemma not in IN_FORCE_VERBS or future_form(t) or \
                future_aux_word(toks[v - 1]) or \
                toks[v + 1].lemma not in SINCE_PREPOSITIONS:
            continue
        year = next((d.value for d in dates if d.start == toks[v + 2].start and d.value and
                     _YEAR_VALUE.fullmatch(d.value) and not d.relative), None)
        if year is None:
            continue
        if t.feats.get("VerbForm") == "Part" and \
                not _in_force_participle(t, toks[k], after=True):
            continue  # fixdate52: "с центром, действующим с 2019 года" is the centre's
        between = [j for j in range(k + 1, v) if toks[j].pos != "PUNCT"]
        rel = between[-1] if between and (toks[between[-1]].lemma == "который" or
                                           _restating_pronoun(sent, between[-1])) else None
        if rel is not None:
            between = between[:-1]
            noun = toks[k].feats
            if any(toks[rel].feats.get(f) != noun.get(f) for f in ("Gender", "Number")):
                continue
        hung = _hung_prepositional(sent, between)
        if all(j in phrase or j in hung for j in between):
            return year
    return fronted_in_force_since(sent, k, dates) or in_force_around_noun(sent, k, dates)


# date45: a time since which an agreement is in force, a year or a month of a year
_SINCE_VALUE = re.compile(r"\d{4}(?:-\d\d)?")


def in_force_around_noun(sent: Sentence, k: int, dates: list[DateRef]) -> str | None:
    """date45: the year (or month of a year) since which the agreement at token k is in
    force, told around the noun in three orders the readers above miss: a participle of
    being in force before the noun, its "с" phrase between ("Действующее с 2017 года
    соглашение о помощи семьям себя оправдало"); the participle after the noun's phrase and
    a comma ("договор с фондом, действовавший с апреля 2019 года, прекращён"); a fronted
    "с" phrase before the noun, the verb after the noun's phrase ("Ректор сказал, что с
    2018 года похожее соглашение действует и с колледжем"). The participle agrees with
    the noun in gender and number; only adjectives of the noun stand between the date and
    the noun; no verb is in the future. Read by morphology and the noun's phrase (the
    parser makes such a participle a subject or a root). A parsed sentence only."""
    if not sent.parsed:
        return None
    toks = sent.tokens
    noun = toks[k]
    phrase = set(subtree(sent, k))
    for d in dates:
        if not d.value or d.relative or not _SINCE_VALUE.fullmatch(d.value):
            continue
        i = next((j for j, t in enumerate(toks) if t.start >= d.start), None)
        if i is None or i < 1 or toks[i - 1].lemma not in SINCE_PREPOSITIONS:
            continue
        p = i - 2
        if i < k:
            e = next((j for j in range(i, k + 1) if toks[j].start >= d.end), k)
            if any(toks[j].pos not in {"ADJ", "DET"} for j in range(e, k)):
                continue
            if p >= 0 and _in_force_participle(toks[p], noun):
                return d.value
            v = next((j for j in range(k + 1, len(toks))
                      if j not in phrase and toks[j].pos != "PUNCT"), None)
            if v is not None and toks[v].lemma in IN_FORCE_VERBS and \
                    toks[v].feats.get("VerbForm") in {None, "Fin"} and \
                    not future_form(toks[v]) and \
                    not future_aux_word(toks[v - 1]):
                return d.value
        elif p > k and toks[p - 1].text == "," and \
                _in_force_participle(toks[p], noun, after=True) and \
                all(j in phrase or toks[j].pos == "PUNCT" for j in range(k + 1, p - 1)):
            return d.value
    return None


def _in_force_participle(t: Token, noun: Token, after: bool = False) -> bool:
    """date45: is ``t`` a participle of being in force, not future, agreeing with the
    agreement noun in gender and number ("действующее"/"действовавшее" соглашение)?
    fixdate52: a participle ``after`` the noun, past a comma, agrees in case too, and never
    by the shared oblique form alone: in "заключило соглашение с ресурсным центром,
    действующим с 2019 года" the instrumental is the centre's (``_same_case``)."""
    if not (t.lemma in IN_FORCE_VERBS and t.feats.get("VerbForm") == "Part" and
            not future_form(t)):
        return False
    if after:
        return (all(t.feats.get(f) == noun.feats.get(f) for f in ("Gender", "Number")) or
                _shared_oblique_form(t, noun)) and _same_case(t, noun)
    return all(t.feats.get(f) == noun.feats.get(f) for f in ("Gender", "Number")) or \
        _shared_oblique_form(t, noun)


# fixdate52: the cases the tagger confuses on a neuter or inanimate noun ("соглашение,
# действующее ...": the noun an object, the participle read nominative)
_DIRECT_CASES = frozenset({"Nom", "Acc"})


def _same_case(t: Token, noun: Token) -> bool:
    """fixdate52: do the participle and the noun it follows stand in one case ("договору,
    действующему с 2020 года"), the nominative and the accusative taken as one ("подписали
    соглашение, действующее с 2019 года")? A case missing on either agrees."""
    a, b = t.feats.get("Case"), noun.feats.get("Case")
    return a is None or b is None or a == b or (a in _DIRECT_CASES and b in _DIRECT_CASES)


# date52: the oblique cases in which a masculine and a neuter singular adjective or
# participle share one form ("действующего", "действующему", "действующим")
_SHARED_OBLIQUE_CASES = frozenset({"Gen", "Dat", "Ins", "Loc"})
_SHARED_OBLIQUE_GENDERS = frozenset({"Masc", "Neut"})


def _shared_oblique_form(t: Token, noun: Token) -> bool:
    """date52: does the participle ``t`` agree with the neuter or masculine noun by its form,
    whatever gender the tagger gave it? In the oblique singular cases the masculine and the
    neuter share every form, and the tagger often tags the participle masculine before a
    neuter noun it reads in another case or number ("по условиям действовавшего с 2016
    года соглашения с колледжем": "действовавшего" Masc, "соглашения" Neut). A singular participle
    in such a case (``_SHARED_OBLIQUE_CASES``) and a noun of either of the two genders. After
    the noun the case must agree too (``_in_force_participle``): "в рамках соглашения между
    ведомствами, действующего с 2018 года" is the agreement's."""
    return t.feats.get("Number") == "Sing" and \
        t.feats.get("Case") in _SHARED_OBLIQUE_CASES and \
        t.feats.get("Gender") in _SHARED_OBLIQUE_GENDERS and \
        noun.feats.get("Gender") in _SHARED_OBLIQUE_GENDERS


def in_force_months(sent: Sentence) -> list[tuple[int, int]]:
    """statdate98: the months without a year since which agreements of the sentence are in
    force, as (index of the agreement noun, month): "С апреля у отделения действуют
    соглашения с обществом слепых, а с июля — соглашение с советом ветеранов" gives the
    first noun April and the second July; "соглашение с колледжем действует с сентября"
    gives September. "с" and a month in the genitive with no year or digit after it (a
    month of a stated year is a date the reader has already read), "действовать" not in
    the future ("будет действовать с января" is entry into force). Fronted ("с апреля
    действуют соглашения"): the verb after the month and its fillers, the first agreement
    noun within the verb's next four words; after the noun ("соглашение ... действует с
    сентября"): the verb's subject is the noun, or "который" of a relative clause hung on
    it (parsed sentences only for that order)."""
    toks = sent.tokens
    out: list[tuple[int, int]] = []
    for i in range(len(toks) - 1):
        if toks[i].lemma not in SINCE_PREPOSITIONS:
            continue
        m = toks[i + 1]
        mo = month_number(m.text)
        if mo is None or m.feats.get("Case") not in {None, "Gen"}:
            continue
        after = toks[i + 2] if i + 2 < len(toks) else None
        if after is not None and (after.text[:1].isdigit() or after.lemma in MONTH_YEAR_WORDS
                                  or after.lemma in TERM_END_PREPOSITIONS):
            continue  # a stated year, or a span "с апреля по июнь"
        v = i + 2
        while v < len(toks) and (toks[v].lemma in SINCE_FILLERS or toks[v].text in {"—", "–"}):
            v += 1
        v = _past_holder(toks, v)  # miss43: "с июня у области действует соглашение"
        if v < len(toks) and _in_force_verb(toks[v]):
            k = next((j for j in range(v + 1, min(len(toks), v + 5))
                      if toks[j].lemma in TRIGGERS and toks[j].pos in {"NOUN", "PROPN"}), None)
            if k is not None:
                out.append((k, mo))
                continue
        if i > 0 and _in_force_verb(toks[i - 1]) and sent.parsed:
            k = _in_force_subject(sent, i - 1)
            if k is not None:
                out.append((k, mo))
    return out


def _past_holder(toks: list[Token], v: int) -> int:
    """miss43: the index past the holder's "у"-phrase standing at ``v`` between a month and
    the verb of being in force ("С июня у Курской области действует соглашение с ..."):
    "у" and the genitive words of the holder's name, at most HOLDER_REACH of them; ``v``
    itself when no such phrase stands there."""
    if v >= len(toks) or toks[v].lemma not in HOLDER_PREPOSITIONS:
        return v
    j = v + 1
    while j < len(toks) and j - v <= HOLDER_REACH and toks[j].pos in HOLDER_POS and \
            toks[j].feats.get("Case") in {None, "Gen"}:
        j += 1
    return j if j > v + 1 else v


def _in_force_verb(t: Token) -> bool:
    return t.lemma in IN_FORCE_VERBS and not future_form(t) and \
        t.feats.get("VerbForm") in {None, "Fin"}


def _in_force_subject(sent: Sentence, v: int) -> int | None:
    """The agreement noun that is the subject of the verb at ``v``, directly or through
    "который" of a relative clause hung on the noun."""
    toks = sent.tokens
    for j, t in enumerate(toks):
        if t.head != v or t.rel not in {"nsubj", "nsubj:pass"}:
            continue
        if t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"}:
            return j
        if t.lemma == "который" and toks[v].rel == "acl:relcl" and \
                0 <= toks[v].head < len(toks) and toks[toks[v].head].lemma in TRIGGERS:
            return toks[v].head
    return None


# statdate98: a named occasion with its year glued by a hyphen ("на ПМЭФ-2024", "в ходе
# ВЭФ-2023"): the occasion's name, a capital first, then the year
_OCCASION_YEAR = re.compile(
    r"(?<![\w-])(?:на|в\s+ходе|в\s+рамках)\s+[А-ЯЁA-Z][А-ЯЁA-Zа-яёa-z]*[-–](?P<y>(?:19|20)\d\d)"
    r"(?![\w-])")


def occasion_year(sent: Sentence, text: str) -> str | None:
    """statdate98: the year of the named occasion a past signing took place at, written
    into the occasion's name: "Ещё на ВЭФ-2023 управление заключило с банком договор"
    -> ``2023``. One such name in the sentence, and a verb of signing in the past
    (not a participle: "подписанное на ВЭФ-2023" hangs on another noun)."""
    found = {m["y"] for m in _OCCASION_YEAR.finditer(text, sent.start, sent.stop)}
    if len(found) != 1:
        return None
    if not any(t.lemma in SIGN_VERBS and t.pos == "VERB" and t.feats.get("Tense") == "Past"
               and t.feats.get("VerbForm") in {None, "Fin"} for t in sent.tokens):
        return None
    return found.pop()


def _restating_pronoun(sent: Sentence, j: int) -> bool:
    """agr87: a personal pronoun in the nominative after a colon or dash takes the noun up
    again as the subject of what follows: "у ведомств было соглашение об обмене опытом:
    оно действовало с 2017 по 2020 год" (gender and number checked as for "который")."""
    toks = sent.tokens
    return toks[j].pos == "PRON" and toks[j].lemma in RESTATING_PRONOUNS and \
        toks[j].feats.get("Case") == "Nom" and j > 0 and toks[j - 1].text in {":", "—", "–"}


def _hung_prepositional(sent: Sentence, between: list[int]) -> set[int]:
    """date44: the tokens of prepositional phrases among ``between`` that the parser hung
    on the verb after them, not on the noun before ("рамочное соглашение о ... сотрудничестве
    между правительствами ... действует с 2017 года": "о ... сотрудничестве" as the verb's
    oblique): a noun of an oblique case with a preposition of its own and no verb under it
    is still of the noun's phrase."""
    toks = sent.tokens
    out: set[int] = set()
    for m in between:
        t = toks[m]
        if t.pos not in {"NOUN", "PROPN"} or t.feats.get("Case") in {None, "Nom"} or \
                not any(toks[c].pos == "ADP" for c in sent.children(m)):
            continue
        under = subtree(sent, m)
        if not any(toks[j].pos in {"VERB", "AUX"} for j in under):
            out.update(under)
    return out


def cooperation_since(sent: Sentence, k: int, dates: list[DateRef]) -> str | None:
    """date36: the year since which the sides cooperate dates the agreement the sentence
    then gives as the cooperation's basis: "Томская область с 2020 года сотрудничает с
    Новосибирской областью: соглашение между правительствами было подписано на форуме",
    "Регионы сотрудничают с 2019 года на основании соглашения о ...", "С 2021 года
    ведомства тесно взаимодействуют по соглашению ..." -> the year. "с" and a year stated
    as such (the sentence's only date) right after a verb of cooperation not in the future,
    or up to ``COOPERATION_SINCE_GAP`` words before it; the agreement noun (token ``k``)
    after the verb with no other verb between them (not "сотрудничают с 2015 года, а новое
    соглашение подпишут ..."). Morphology only."""
    toks = sent.tokens
    # datepool93: a term told of the agreement ("соглашение между ними действует до 2027
    # года") is no other date of the sentence
    within = [d for d in dates if sent.start <= d.start < sent.stop and d.value and
              not _after_term_preposition(sent, d)]
    if len(within) != 1 or not _YEAR_VALUE.fullmatch(within[0].value or "") or \
            within[0].relative:
        return None
    d = within[0]
    i = next((j for j, t in enumerate(toks) if t.start <= d.start < t.stop), None)
    if i is None:
        return None
    if toks[i].lemma not in SINCE_PREPOSITIONS:
        i -= 1  # the date may start at its number: "с [2020 года]"
    if i < 0 or toks[i].lemma not in SINCE_PREPOSITIONS:
        return None
    after = next((j for j in range(i + 1, len(toks)) if toks[j].start >= d.end), len(toks))
    verbs = [v for v in range(after, min(len(toks), after + COOPERATION_SINCE_GAP + 1))
             if toks[v].pos in {"VERB", "AUX"}][:1]
    if i > 0 and toks[i - 1].pos == "VERB":
        verbs.append(i - 1)  # "сотрудничают с 2019 года"
    for v in verbs:
        t = toks[v]
        if t.lemma not in COOPERATION_SINCE_VERBS or future_form(t) or \
                (v > 0 and future_aux_word(toks[v - 1])) or v >= k:
            continue
        if not any(toks[j].pos in {"VERB", "AUX"} for j in range(max(v, after), k)
                   if j != v):
            return d.value
    return None


def _after_term_preposition(sent: Sentence, d: DateRef) -> bool:
    """datepool93: does a term's preposition ("до", "по") open the date: "действует до 2027
    года", "на 2025 по 2027 год"? Morphology only."""
    i = next((j for j, t in enumerate(sent.tokens) if t.start >= d.start), len(sent.tokens))
    return i > 0 and sent.tokens[i - 1].lemma in TERM_PREPOSITIONS


def held_since(sent: Sentence, k: int, dates: list[DateRef]) -> str | None:
    """datepool93: a verbless clause of having, its holder "у" and a person or a body, tells
    the agreement at token ``k`` held since a year: "С 2018 года у школы договор о
    практике с хосписом", "У центра с 2020 года соглашение с университетом" -> the
    year. "с" and a year stated as such, the only year before the noun, and the holder
    before the noun; no verb before the noun (a verb's "с"-year is read by the passes of
    verbs: "с 2019 года работает ..."; "у нас подписано соглашение" is a signing).
    Morphology only."""
    toks = sent.tokens
    if k >= len(toks) or any(t.pos in {"VERB", "AUX"} for t in toks[:k]):
        return None
    if not any(toks[j].lemma in HOLDER_PREPOSITIONS and
               toks[j + 1].pos in {"PRON", "NOUN", "PROPN"} for j in range(k - 1)):
        return None
    years = [d for d in dates if sent.start <= d.start < toks[k].start and d.value and
             _YEAR_VALUE.fullmatch(d.value) and not d.relative]
    if len(years) != 1:
        return None
    i = next((j for j, t in enumerate(toks) if t.start <= years[0].start < t.stop), None)
    if i is not None and toks[i].lemma not in SINCE_PREPOSITIONS:
        i -= 1  # the date may start at its number: "с [2021 года]"
    if i is None or i < 0 or toks[i].lemma not in SINCE_PREPOSITIONS:
        return None
    return years[0].value


def worked_under_since(sent: Sentence, k: int, dates: list[DateRef]) -> str | None:
    """datepool91: the year since which work goes on under the agreement at token ``k``
    dates it: "С 2022 года центр работает по соглашению с политехническим университетом",
    "работа, которая ведётся с 2023 года в рамках соглашения между отделением и фондом" ->
    the year. The noun is the basis of a verb of working (``datewords.WORK_UNDER_VERBS``),
    not in the future: its oblique with "по"/"согласно", or hung on a frame noun ("в
    рамках") that is the verb's oblique; the verb's own oblique "с" and a year stated as
    such gives the year ("будет работать с 2026 года по соглашению" is a plan's start, not
    the agreement's). A parsed sentence only."""
    if not sent.parsed:
        return None
    toks = sent.tokens
    basis = k
    h = toks[k].head
    if 0 <= h < len(toks) and toks[h].lemma in FRAME_NOUNS:
        basis = h
    elif not any(toks[x].rel == "case" and toks[x].lemma in WORK_BASIS_PREPOSITIONS
                 for x in sent.children(k)):
        return None
    v = toks[basis].head
    if toks[basis].rel != "obl" or not 0 <= v < len(toks) or \
            toks[v].lemma not in WORK_UNDER_VERBS or future_form(toks[v]) or \
            any(future_aux_word(x) for x in toks[max(0, v - 2):v]):
        return None
    for c in sent.children(v):
        if c == basis or toks[c].rel != "obl" or \
                not any(toks[x].rel == "case" and toks[x].lemma in SINCE_PREPOSITIONS
                        for x in sent.children(c)):
            continue
        span = {toks[j].start for j in subtree(sent, c)}
        years = [d for d in dates if d.start in span and d.value and
                 _YEAR_VALUE.fullmatch(d.value) and not d.relative]
        if len(years) == 1:
            return years[0].value
    return _fronted_since_year(sent, v, dates)


def _fronted_since_year(sent: Sentence, v: int, dates: list[DateRef]) -> str | None:
    """datepool91: "с" and a year stated as such, fronted before the verb ``v`` of its own
    clause, which the parser often hangs on a verb after a dash ("С 2022 года он работает
    по соглашению ... — за это время работу нашли 74 выпускника"): no verb and no clause
    mark (dash, colon, semicolon) between the year and ``v``. Morphology only."""
    toks = sent.tokens
    for d in dates:
        if not d.value or not _YEAR_VALUE.fullmatch(d.value) or d.relative:
            continue
        i = next((j for j, t in enumerate(toks) if t.start <= d.start < t.stop), None)
        if i is None or i >= v:
            continue
        if toks[i].lemma not in SINCE_PREPOSITIONS:
            i -= 1
        if i < 0 or toks[i].lemma not in SINCE_PREPOSITIONS:
            continue
        after = next((j for j in range(i + 1, v) if toks[j].start >= d.end), v)
        if not any(toks[j].pos in {"VERB", "AUX"} or toks[j].text in SINCE_CLAUSE_MARKS
                   for j in range(after, v)):
            return d.value
    return None


def fronted_in_force_since(sent: Sentence, k: int, dates: list[DateRef]) -> str | None:
    """stat30: the year told before the verb and the noun after it, the order of a
    background remark: "с 2020 года действует соглашение с министерством ...", "С 2018 года
    у области уже действует договор с ...". "с" and a year stated as such, then (past
    adverbs of manner) "действовать" not in the future, then the noun's own phrase: only
    the noun's phrase, or a "у"-phrase of its holder, between verb and noun. Read by
    morphology (the parser often hangs the fronted year on a verb before a colon)."""
    toks = sent.tokens
    phrase = set(subtree(sent, k))
    for d in dates:
        if not d.value or not _YEAR_VALUE.fullmatch(d.value) or d.relative:
            continue
        i = next((j for j, t in enumerate(toks) if t.start == d.start), None)
        if i is None or i >= k:
            continue
        if toks[i].lemma not in SINCE_PREPOSITIONS and (
                i == 0 or toks[i - 1].lemma not in SINCE_PREPOSITIONS):
            continue
        v = next((j for j in range(i, k) if toks[j].start >= d.end), k)
        while v < k and toks[v].lemma in SINCE_FILLERS:
            v += 1
        t = toks[v] if v < k else None
        if t is None or t.lemma not in IN_FORCE_VERBS or future_form(t) or \
                t.feats.get("VerbForm") not in {None, "Fin"}:
            continue
        between = [j for j in range(v + 1, k) if toks[j].pos != "PUNCT"]
        if all(j in phrase or toks[j].lemma in SINCE_FILLERS for j in between):
            return d.value
    return None


def scheduled_participle_date(sent: Sentence, dates: list[DateRef]) -> str | None:
    """stat34: the date a participle of scheduling hangs on the signing noun itself, the
    mirror of "подписание намечено на 20 марта" (the noun under the verb): "Подписание
    соглашения, намеченное на 20 марта, отменено", "запланированная на апрель церемония
    подписания договора перенесена". The date inside the participle's phrase, the day or
    month first; None when the sentence is not parsed or names no such participle."""
    if not sent.parsed:
        return None
    toks = sent.tokens
    for i, t in enumerate(toks):
        if t.lemma not in SIGN_NOUNS | CEREMONY_NOUNS:
            continue
        for c in sent.children(i):
            if toks[c].lemma not in SCHEDULE_VERBS or toks[c].rel not in NOUN_CLAUSE_RELS | {
                    "amod"}:
                continue
            starts = {toks[j].start for j in subtree(sent, c)}
            inside = [d for d in dates if d.value and d.start in starts and not d.relative
                      and _MONTH_OR_DAY.fullmatch(d.value)]
            if inside:
                return min(inside, key=lambda d: d.start).value
    return None


def rescheduled_to(sent: Sentence, d: DateRef) -> bool:
    """stat34: is ``d`` the time a signing is put off or set to, the "на" complement of a
    word of putting off or scheduling ("перенесено на 15 ноября", "подписание назначено на
    20 марта", "перенос на 15 ноября")? Such a date lies ahead of the decision, whatever its
    verb's tense. status46: the day it is put off from may stand between ("перенесли с 14 на
    21 ноября": the parser hangs "на 21" on "с 14"). From word order, then the parse
    (``_rescheduling_word``)."""
    return _rescheduling_word(sent, d) is not None


def postponed_to(sent: Sentence, d: DateRef) -> bool:
    """fair91: is ``d`` the "на" complement of a word of postponing, not of scheduling
    ("его перенесли на ноябрь", not "планировали на октябрь")? From word order, then the
    parse (``_rescheduling_word``)."""
    h = _rescheduling_word(sent, d)
    return h is not None and sent.tokens[h].lemma in POSTPONE_WORDS


def _rescheduling_word(sent: Sentence, d: DateRef) -> int | None:
    """The word of putting off or scheduling whose "на" complement ``d`` is
    (``rescheduled_to``), else None. dates65: a verb of postponing standing right before
    the date's "на" is its word, whatever the parse says (``_put_off_by_order``)."""
    inside = _date_tokens(sent, d)
    toks = sent.tokens
    by_order = _put_off_by_order(sent, inside)
    if by_order is not None:
        return by_order
    for i in inside:
        h = toks[i].head
        if not 0 <= h < len(toks) or h in inside:
            continue
        if toks[h].pos == "NUM" and 0 <= toks[h].head < len(toks) and any(
                toks[c].lemma == "с" for c in sent.children(h)):
            h = toks[h].head  # "с 14 на 21 ноября": past the day it was set for
        if (toks[h].lemma in POSTPONE_WORDS or toks[h].lemma in SCHEDULE_VERBS) and any(
                toks[c].rel == "case" and toks[c].lemma == "на" for c in sent.children(i)):
            return h
    return None


def _put_off_by_order(sent: Sentence, inside: list[int]) -> int | None:
    """dates65: the verb of postponing (``POSTPONE_WORDS``) whose "на" time the date at
    tokens ``inside`` is by word order: "на" opens the date right after the verb. The parse
    may hang that time on a participle of the first setting told before it: in "Подписание
    договора, назначенное на 3 мая, перенесено на 10 мая" the tree can give "на 10 мая" to
    "назначенное", and the plan would keep the day it was moved from. A verb only (not the
    noun "перенос", whose "на" may be another word's), not negated."""
    if not inside or inside[0] < 2:
        return None
    toks = sent.tokens
    first = _year_span_start(toks, inside[0])  # dates69
    v = first - 2
    if v < 0 or toks[first - 1].lemma != "на" or toks[v].lemma not in POSTPONE_WORDS or \
            toks[v].pos not in {"VERB", "AUX"} or negated(sent, v):
        return None
    return v


def _year_span_start(toks: list[Token], i: int) -> int:
    """dates69: the first token of the part of a year that the year at token ``i`` closes,
    told in the genitive after the part's noun (``datewords.YEAR_SPAN_NOUNS``, an ordinal
    adjective before it): in "перенесено на весну следующего года" and "отложили на вторую
    половину 2025 года" the "на" time is the season or the half, whose year the date is, so
    the signing is put off to that year. ``i`` itself when no such noun stands right before
    the year. Morphology only."""
    j = i
    if j >= 1 and toks[j - 1].lemma in YEAR_SPAN_NOUNS and toks[j - 1].pos == "NOUN":
        j -= 1
        if j >= 1 and toks[j - 1].pos == "ADJ" and toks[j - 1].feats.get("Case") == "Acc":
            j -= 1
    return j


def puts_signing_off(sent: Sentence) -> bool:
    """date72: does the sentence hold a signing noun and a word of postponing ("его
    подписание, намеченное на июнь, перенесено на осень")? Morphology only: such a sentence
    after a plan is parsed on demand, for ``put_off_to`` to read the time from the tree."""
    lemmas = {t.lemma for t in sent.tokens}
    return bool(lemmas & SIGN_NOUNS) and bool(lemmas & POSTPONE_WORDS)


def put_off_from_only(sent: Sentence, dates: Sequence[DateRef]) -> bool:
    """agr76: does the sentence put a signing off (``puts_signing_off``) without saying when
    to, so that its dates are only the time the signing had been set for? "Подписание,
    которое планировалось провести сегодня, перенесено": the plan's date is the new one
    when the next sentences tell it ("Документ будут подписывать 5 мая"). Not
    so when a date is the "на" complement of the word of postponing ("перенесено на
    май", ``_rescheduling_word``). Only from the parse."""
    if not sent.parsed or not puts_signing_off(sent):
        return False
    toks = sent.tokens
    for d in dates:
        w = _rescheduling_word(sent, d) if d.value else None
        if w is not None and toks[w].lemma in POSTPONE_WORDS:
            return False
    return True


def put_off_to(sent: Sentence, verb: int, dates: Sequence[DateRef]) -> str | None:
    """date72: the time a verb of postponing (``POSTPONE_WORDS``) at token ``verb`` puts a
    signing off to: its "на" date (``rescheduled_to``: "подписание перенесено на май",
    "перенесли с 14 на 21 ноября"), else a month in the genitive it governs with "до"
    ("подписание отложено до сентября": the month the signing now waits for, a month no
    date form reads, as "до" marks a deadline elsewhere). Not the date it was first set
    for ("намеченного на 3 марта": under another verb), nor a negated verb.
    The stated value (``--05``); the date stage anchors a plan's month ahead. Only from
    the parse."""
    toks = sent.tokens
    if not sent.parsed or negated(sent, verb):
        return None
    for d in sorted(dates, key=lambda d: d.start):
        if d.value and _rescheduling_word(sent, d) == verb:
            return d.value
    for c in sent.children(verb):
        month = month_number(toks[c].text)
        if month is not None and toks[c].feats.get("Case") == "Gen" and any(
                toks[x].lemma in PUT_OFF_UNTIL for x in sent.children(c)):
            return f"--{month:02d}"
    return None


def signatures_day(sent: Sentence, dates: list[DateRef], own_noun: int = -1) -> str | None:
    """stat34: the one day of a sentence that tells, naming no agreement of its own, that
    the signatures were put: "Подписи под договором министры поставили 2 октября на пленарной
    сессии", "Подпись под ним министр поставила 12 марта"; a relative day too (date44:
    "Подписи во вторник поставили ...", resolved against the publication day). The noun of
    signatures is the object or subject of a past verb of putting them, not negated; a
    parsed sentence only. fixdates70: ``own_noun``, the index of an agreement noun the
    caller has read as the record's own (``agreement_dates._own_noun_restated``), names no
    agreement of its own."""
    if not sent.parsed:
        return None
    toks = sent.tokens
    if any(t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"} and i != own_noun
           for i, t in enumerate(toks)):
        return None
    put = any(
        t.lemma in SIGNATURE_NOUNS and 0 <= t.head < len(toks) and
        toks[t.head].lemma in SIGNATURE_VERBS and toks[t.head].feats.get("Tense") == "Past"
        and not negated(sent, t.head)
        for t in toks)
    if not put:
        return None
    return sole_day(sent, dates)


# the relations by which a signing noun is what a verb of planning plans
_PLANNED_SUBJECT_RELS = frozenset({"nsubj", "nsubj:pass", "obj"})


def _plan_in_force(sent: Sentence, h: int) -> bool:
    """date90: is the past-tagged verb at h a short passive participle with no auxiliary,
    a plan still in force ("Подписание запланировано на май", "намечено на 5 марта"), not
    one that was ("подписание было запланировано на июнь", "планировалось")?"""
    t = sent.tokens[h]
    return t.feats.get("VerbForm") == "Part" and t.feats.get("Variant") == "Short" and \
        not any(sent.tokens[c].rel.startswith("aux") for c in sent.children(h))


def planned_signing_date(sent: Sentence, dates: list[DateRef]) -> str | None:
    """status50: the month or day a sentence plans a signing for, the signing told by its
    noun alone: "Как уточнили в ведомстве, подписание планируется в декабре" is
    ``--12``; so is "Его подписание намечено на 5 марта" (date89: and "подписание
    ожидается в мае", ``EXPECT_VERBS``). The signing noun is the subject
    or object of a verb of planning or scheduling (``PLAN_WORDS``, ``SCHEDULE_VERBS``), not
    negated ("подписание не планируется") nor past (a plan given up: "подписание
    планировалось на июнь"); the date hangs under that verb, outside the
    noun's own phrase ("подписание соглашения от 3 марта 2021 года планируется ..." is no
    plan of March 2021). A deadline ("до конца года") plans no month. Parsed sentences only."""
    if not sent.parsed:
        return None
    toks = sent.tokens
    for i, t in enumerate(toks):
        h = t.head
        if t.lemma not in SIGN_NOUNS or t.rel not in _PLANNED_SUBJECT_RELS or \
                not 0 <= h < len(toks) or \
                toks[h].lemma not in PLAN_WORDS | SCHEDULE_VERBS | EXPECT_VERBS or \
                toks[h].feats.get("Tense") == "Past" and not _plan_in_force(sent, h) or \
                negated(sent, h):
            continue
        phrase = set(subtree(sent, i))
        starts = {toks[j].start for j in subtree(sent, h) if j not in phrase}
        inside = [d for d in dates if d.start in starts]
        found = _plan_date(inside)
        if found is not None:
            return found
    return None
