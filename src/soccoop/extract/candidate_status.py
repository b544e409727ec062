"""Candidate status: signed, planned or referred to, read from the noun's clause.

``_status`` reads one mention's status: the named passes on the predicate path
(STATUS_PASSES, EARLY_STATUS_PASSES: anniversary, refusal, another document, topic or aim,
infinitive under a plan, future tense, a prevented or postponed signing, signatures, the
base of another act) and the token-window fallback (negated plans and signings, "ещё не",
put off, older than the publication). It stands apart from extract.agreements because it
decides the status of one mention from its sentence alone; the status passes of
extract.status are the ones it runs, the candidate reader only calls it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from soccoop import isodate
from soccoop.extract import sides as side_passes
from soccoop.extract.agreement_clauses import (
    _clause_bounds,
    _coordinate_bounds,
    _predicate_path,
    _signed_participle,
)
from soccoop.extract.datewords import IN_FORCE_VERBS, SINCE_PREPOSITIONS, YEAR_PARTS, month_number
from soccoop.extract.lexicon import (
    ACHIEVED,
    ADOPT_VERBS,
    AMENDMENT_NOUNS,
    AMENDMENT_PREPOSITIONS,
    ANNIVERSARY_WORDS,
    AT_ONCE_ADVERBS,
    AUTHORITY_NOUNS,
    BASE_NOUNS,
    BASE_ORDER_PREPOSITIONS,
    BECOME_VERBS,
    BODY_HEADS,
    COOPERATION_NOUNS,
    DISCUSS_VERBS,
    DOCUMENT_REFERENCES,
    DRAFT_NOUNS,
    EARLIER_WORDS,
    FRAME_WORDS,
    IMPLEMENTING_BASES,
    IN_PREPOSITIONS,
    KIND_DETERMINERS,
    LIKENESS,
    LIKENESS_WITH_PARTICLE,
    NEGATED_EVENTS,
    NEGATED_PLANS,
    NOT_YET,
    OCCASION_NOUNS,
    ORG_HEADS,
    OTHER_DOCUMENTS,
    PLAN_HEADS,
    PLAN_WORDS,
    POSTPONE_WORDS,
    PREVENT_WORDS,
    REFUSE_WORDS,
    ROADMAP_DOCUMENTS,
    SAME_TIME_ADVERBS,
    SAME_TIME_DEMONSTRATIVES,
    SAME_TIME_NOUNS,
    SHORT_SPANS,
    SIGN_NOUNS,
    SIGN_VERBS,
    SIGNATURE_NOUNS,
    SIGNATURE_VERBS,
    TIME_NOUNS,
    TITLE_PREPOSITIONS,
    TOPIC_NOUNS,
    TRIGGERS,
)
from soccoop.extract.lexicon_plans import DRAFT_SIGNING_REACH, DRAFT_WORK_VERBS
from soccoop.extract.lexicon_sides import ALREADY_WORDS  # plan51
from soccoop.extract.lexicon_signers import CAPTION_LABELS
from soccoop.extract.lexicon_status import (
    ADDITIVE_PARTICLES,
    CLAUSE_BREAKS,
    GO_OUT_WORDS,  # statpool93
    IN_TIME_VERBS,  # statpool94
    ISSUE_NOUNS,
    LEAVE_PREPOSITIONS,  # statpool93
    MONTH_PART_NOUNS,
    NEXT_TIME_WORDS,
    REPORT_WORDS,
    TASKS_PREPOSITIONS,  # plan51
)
from soccoop.extract.nlp import Sentence, Token
from soccoop.extract.signing_ahead import (
    future_aux,
    future_finite,
    future_form,
    future_signing,
    status_of_tense,
)
from soccoop.extract.signing_dates import period_year
from soccoop.extract.status import (
    after_signing_to_come,  # date62
    agreed_on_agreement,  # stat34
    agreed_text,
    agreement_as_cause,
    agreement_to_be,  # status48
    approved_after_signing,
    awaited_signing,
    before_signing_to_come,  # statpool92
    conditional_signing,
    document_under_agreement,  # status67
    draft_at_stage,
    draft_under_approval,
    draft_verb_before_noun,  # statpool93
    drafted_text,
    drafting_to_come,
    ended_agreement,
    expected_signing,
    failed_signing,
    habitual_signing,  # plans69
    hearsay_signing,
    in_force,
    joined_agreement,
    lapsed_agreement,
    negated_signing_verb,
    next_in_line,  # status69
    next_step_document,
    order_from_signing,  # date46
    outcome_reached,  # date62
    past_signing_on_noun,
    past_year_on_relative_signing,
    past_year_unanchored,  # statpool92
    plan_infinitive_after_name,  # status70
    plan_infinitive_before,  # stat30
    plan_word_counts,
    preposed_signing_participle,  # stat89
    recalled_in_when_clause,  # status50
    recent_signing_time,  # stat89
    refuted_report,
    scheduled_signing,  # stat34
    sent_for_signing,
    signed_alongside,
    signed_by_named_signers,
    signed_copies,
    signed_under,
    signed_with_signatures,
    signing_as_goal,
    signing_as_time_to_come,
    signing_awaited_by_verb,  # statpool91
    signing_charged,  # hid95
    signing_noun_put_off,  # stat30
    signing_put_off_after_it,  # status69
    signing_scheduled,  # date54
    signing_to_come_on_noun,
    taken_off_programme,  # status69
    under_preposition,  # statpool93
)
from soccoop.extract.syntax import (
    ancestors,
    negated,
    quoted_name_word,
    relative_pronoun_before,
    subtree,
)
from soccoop.models import DateRef


def _status(sent: Sentence, k: int, date: str | None, published: str | None) -> str:
    toks = sent.tokens
    if (date is not None and _older_than_publication(date, published)
            or past_year_on_relative_signing(sent, k)) and \
            side_passes.relative_past_signing(sent, k):
        return "mentioned"  # hook: "соглашению ..., которое подписали в прошлом году"
    if asked_not_told(sent, k):
        return "mentioned"  # statpool95: "Планируются ли новые соглашения?"
    lo, hi = _clause_bounds(sent, k)
    if sent.parsed:
        early = _predicate_path(sent, k)
        for rule in EARLY_STATUS_PASSES:
            found = rule(sent, early)
            if found is not None:
                return found
    if _negated_plan(toks[lo:hi]):
        return "mentioned"
    if any(t.lemma in PLAN_WORDS and plan_word_counts(sent, i, k)
           for i, t in enumerate(toks[max(lo, k - 4):k], max(lo, k - 4))):
        return "planned"  # statB: not a plan word signed alongside or of a cause
    if any(t.lemma in FRAME_WORDS and not _occasion_frame(toks, i)
           for i, t in enumerate(toks[max(lo, k - 4):k], max(lo, k - 4))):
        return "mentioned"
    if _negated_signing(toks[lo:hi]):
        # "подписание ... так и не состоялось"; but "так и не подписали: церемонию отложили
        # на осень" and "пока не подписано" are still to come
        return "planned" if _put_off(sent) or _not_yet(toks[lo:hi]) or \
            _not_in_time(toks[lo:hi]) or \
            scheduled_signing(sent) else "mentioned"  # stat34: scheduled_signing
    if sent.parsed:
        path = _predicate_path(sent, k)
        for rule in STATUS_PASSES:
            found = rule(sent, path)
            if found == "signed" and date is not None and \
                    _older_than_publication(date, published):
                return "mentioned"  # "в 2022 году республика заключила соглашение"
            if found == "signed" and past_year_unanchored(sent, path, date, published):
                return "mentioned"  # statpool92: "в марте прошлого года" on a yearless page
            if found == "planned" and _signed_in_earlier_year(sent, k, date, published):
                return "mentioned"  # date62
            if found is not None:
                return found
        participle = _signed_participle(sent, k)
        if participle is not None and date is not None:
            # "Соглашение, подписанное вчера, вступит в силу с 1 мая": a recent signing;
            # "реализацию соглашения, подписанного в 2021 году": a reference
            return "mentioned" if _older_than_publication(date, published) else "signed"
        participle = participle if participle is not None else \
            preposed_signing_participle(sent, k)
        if participle is not None and recent_signing_time(sent, participle):
            return "signed"  # stat89: "подписанный в начале месяца договор уже действует"
    # the fallback reads the noun's own coordinate clause: "обсудили реализацию соглашения,
    # подписанного в 2021 году, | и договорились подготовить ..."
    c_lo, c_hi = _coordinate_bounds(sent, k, verbs=True)
    lo, hi = max(lo, c_lo), min(hi, c_hi)
    # "договор ... в области подготовки кадров": words of the agreement's own name
    named = range(k + 1, _title_end(sent, k))
    verbs = [t for t in toks[lo:hi] if t.lemma in SIGN_VERBS]
    future = any(t.lemma in {"быть"} and future_form(t) for t in toks[lo:hi])
    plan = any(t.lemma in PLAN_WORDS and not _plan_of_other(toks, n) and
               not _in_relative_clause(toks, n, k) and  # date62
               not in_quoted_name(toks, lo, n)  # agr51
               for n, t in enumerate(toks[lo:hi], lo) if n not in named)
    if (future or plan) and verbs:
        return "planned"
    old = date is not None and _older_than_publication(date, published) or \
        sent.parsed and past_year_unanchored(sent, _predicate_path(sent, k), date, published)
    finite = [t for t in verbs if t.pos in {"VERB", "AUX"} and
              t.feats.get("VerbForm") not in {"Part", "Inf"} and t.lemma not in {"подпись"}]
    infinitive = [t for t in verbs if t.feats.get("VerbForm") == "Inf"]
    if infinitive and any(t.lemma in ACHIEVED for t in toks[lo:hi]):
        finite = infinitive  # "удалось подписать"
    elif infinitive and not finite:
        if sent.parsed and all(declined_infinitive(sent, n) for n in range(lo, hi)
                               if toks[n] in infinitive):
            return "mentioned"  # statpool95: "стороны не стали его продлевать"
        return "planned"  # "подписать соглашение стороны рассчитывают до конца года"
    if sent.parsed and finite and alike_past_signing(sent, k, lo, hi):
        return "mentioned"  # statpool95: the parse hung "аналогичные соглашения" elsewhere
    short_part = [t for t in verbs if t.feats.get("VerbForm") == "Part" and
                  t.feats.get("Variant") == "Short"]
    if (finite or short_part) and not old:
        return "signed"
    if any(t.lemma == "подписание" and not _bystanders_signing(sent, i, k)
           for i, t in enumerate(toks[lo:hi], lo)) and not old:
        return "signed"
    return "mentioned"


def date_for_status(sent: Sentence, date: str | None, dates: Sequence[DateRef],
                    published: str | None = None, report: str | None = None) -> str | None:
    """status67: the date ``_status`` weighs against the publication: the agreement's date,
    unless it is the year of the period the document covers, told after "на" in the
    agreement's sentence (``signing_dates.period_year``): "подписали региональное
    соглашение о минимальной заработной плате на 2020 год" (published in December 2019) is
    signed, not a reference to a signing dated by a year alone.
    dig92: nor, when ``report`` is given (a list of signings on a page of a year's
    results, ``report_year``), a date in that year: "В 2023 году подписаны соглашения:"
    over its items under "Итоги 2023 года" is the report's news."""
    if date is not None and report is not None and date[:4] == report:
        return None
    if date is not None and any(d.value == date and period_year(sent, d) for d in dates):
        return None
    if date is not None and any(d.value == date and turn_of_year(d, published)
                                for d in dates):
        return None  # date90
    return date


def report_year(head: Sequence[Sentence], dates: Sequence[DateRef],
                published: str | None) -> str | None:
    """dig92: the year before the publication's whose results the page reports, told in
    its headline zone or lead (``status.document_head``) by a word of a report
    (``REPORT_WORDS``) and one year: "Итоги 2023 года: соглашения министерства" or
    "Губернатор отчитался о работе в 2023 году" on a page of March 2024 gives 2023; a
    page of the same year, two years or none give None. plan51: a year told as the period
    of the tasks ahead ("за 2023 год и планах на 2024 год", ``tasks_period``) is not a
    second year of the results."""
    py = isodate.parts(published)[0] if published else None
    for sent in head:
        if not any(t.lemma in REPORT_WORDS for t in sent.tokens):
            continue
        years = {d.value[:4] for d in dates if sent.start <= d.start < sent.stop
                 and d.value and d.value[:4].isdigit() and not tasks_period(sent, d)}
        if len(years) == 1 and py is not None and int(next(iter(years))) == int(py) - 1:
            return years.pop()
    return None


def report_of_day(report: str | None, date: str | None) -> str | None:
    """plan51: the report year (``report_year``) a single mention's status weighs its date
    against: given only when the mention is dated to a day of that year. A report that
    dates a signing to the day lists it as an event of its year, its news ("15.03.2023
    подписано соглашение с Озёрным центром" under "Итоги 2023 года"); one dated by a month
    or a year alone ("В октябре прошлого года район заключил соглашение ...") is told in
    passing, and stays a signing of a month long gone (``status.background_signing``), as
    on any page. A list's lead keeps ``report_year`` whatever its date (dig92)."""
    if report is None or date is None or not isodate.parts(date)[2]:
        return None
    return report


def tasks_period(sent: Sentence, d: DateRef) -> bool:
    """plan51: is the date a period told after "на" (``TASKS_PREPOSITIONS``), the span of
    tasks or plans ahead rather than of the results reported: in "Доклад об итогах работы за
    2023 год и планах на 2024 год" the year 2024 is the tasks'. The word right before the
    date's first token."""
    toks = sent.tokens
    at = next((i for i, t in enumerate(toks) if t.start == d.start), None)
    return at is not None and at > 0 and toks[at - 1].lemma in TASKS_PREPOSITIONS


# date90: the words of a part of a year that closes it ("в конце года", "в четвёртом
# квартале"): the months of ``datewords.YEAR_PARTS`` of at most a quarter, ending in December
_CLOSING_PARTS = re.compile("|".join(k for k, months in YEAR_PARTS.items()
                                     if months[-1] == 12 and len(months) <= 3),
                            re.IGNORECASE)


def turn_of_year(d: DateRef, published: str | None) -> bool:
    """date90: is the date the last weeks of the year before a page of January? A signing
    told in the past of "19 декабря прошлого года" or "в конце года" on a page of 20
    January is the news's own, only weeks old, not an earlier agreement: its earlier year
    is the turn of the year, not history. The date is of the year before the page's,
    in December (a month or a day), or named by the part of a year that closes it
    (``_CLOSING_PARTS``); the page is of January. A year alone, another month, or a page of
    February are history as before."""
    if not published or not d.value:
        return False
    py, pm, _ = isodate.parts(published)
    y, m, _ = isodate.parts(d.value)
    if py is None or pm != "01" or y is None or int(y) != int(py) - 1:
        return False
    return m == "12" or (m is None and _CLOSING_PARTS.search(d.text) is not None)


def one_more_signed(sent: Sentence, k: int) -> bool:
    """status67: an agreement whose noun phrase opens with the additive particle "и" under
    a signing verb is one more document signed beside the one told before, not that one
    again: "Тогда же стороны подписали и региональное соглашение о минимальной заработной
    плате" (the particle modifies the noun or an adjective of it; the conjunction of
    "меморандум и соглашение" is no particle). Only from the parse."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    h = toks[k].head
    if not 0 <= h < len(toks) or toks[h].lemma not in SIGN_VERBS:
        return False
    phrase = [k] + [c for c in sent.children(k) if c < k and toks[c].rel == "amod"]
    return any(toks[c].lemma in ADDITIVE_PARTICLES and toks[c].pos == "PART" and c < k
               for x in phrase for c in sent.children(x))


def _signed_in_earlier_year(sent: Sentence, k: int, date: str | None,
                            published: str | None) -> bool:
    """date62: an agreement described by its own participle of signing and dated in a year
    before the publication's is one in force, whatever the sentence plans around it: "министерство
    намерено подписать дополнительное соглашение о пролонгации соглашения с Архангельской
    областью, подписанного в 2022 году" plans the addendum; the 2022 agreement is referred
    to."""
    year, pub = isodate.parts(date)[0] if date else None, \
        isodate.parts(published)[0] if published else None
    return bool(year and pub and int(year) < int(pub)) and \
        _signed_participle(sent, k) is not None


def _signs_another(sent: Sentence, v: int, k: int) -> bool:
    """date62: does the signing verb at v take another agreement noun than k as its object
    or passive subject? "Соглашение между министерствами станет развитием документа: в 2023
    году правительства подписали соглашение о сотрудничестве": "подписали" signs the second
    noun, not the first, which the parser made its subject. Only from the parse."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    return any(c != k and toks[c].lemma in TRIGGERS and toks[c].rel in {"obj", "nsubj:pass"}
               for c in sent.children(v))


def _in_relative_clause(toks: list[Token], i: int, k: int) -> bool:
    """date62: is token i inside a relative clause ("..., которое намерено построить ...")
    that the agreement noun at k stands before? Such a clause tells the intentions of the
    body it describes, not the agreement's: "Первое соглашение заключено с ООО «Иртышская
    птицефабрика», которое намерено построить комплекс" is signed. Read by tokens (the
    parser often hangs such a clause on a later noun): a comma and a relative pronoun
    (``RELATIVE_PRONOUNS``, any case, a preposition between allowed) after k and before i,
    with no comma, colon or dash between the pronoun and i; and no signing verb in the
    clause ("соглашение, которое стороны намерены подписать в мае" plans the agreement).
    The pronoun by ``syntax.relative_pronoun_before``."""
    j = relative_pronoun_before(toks, i, k, CLAUSE_BREAKS)
    if j is None:
        return False
    before = toks[j - 1] if j - 1 > k else None
    if before is not None and before.pos == "ADP" and j - 2 > k:
        before = toks[j - 2]
    if before is None or before.text != ",":
        return False
    end = next((n for n in range(j + 1, len(toks)) if toks[n].text in CLAUSE_BREAKS),
               len(toks))
    return not any(x.lemma in SIGN_VERBS for x in toks[j + 1:end])


def in_quoted_name(toks: list[Token], lo: int, i: int) -> bool:
    """agr51: is token i inside a «quoted» name opened after lo and closed after i? A plan
    word there is a word of a body's name, no plan of the agreement: "соглашение с фондом
    «Новые проекты» подписано вчера" is signed. From the quote marks: the last one before
    i opens, and a closing one follows i in the sentence (``syntax.quoted_name_word``)."""
    return quoted_name_word(toks, i, lo, len(toks))


def _plan_of_other(toks: list[Token], i: int) -> bool:
    """status44: a plan noun with a genitive of its own names what else is prepared, not the
    agreement: "в подготовке кадров министерство опирается на соглашение с университетом,
    заключенное в 2019 году" is about training staff (the agreement is in force); "проект
    соглашения", "подготовка к подписанию" still plan it."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return toks[i].pos == "NOUN" and nxt is not None and nxt.pos == "NOUN" and \
        nxt.feats.get("Case") == "Gen" and nxt.lemma not in TRIGGERS


def _occasion_frame(toks: list[Token], i: int) -> bool:
    """status44: "в рамках" of an occasion frames the signing in time and place, not under
    another agreement: "в рамках форума подписано трехстороннее соглашение" reports the
    signing ("в рамках соглашения" refers to one). The first noun after the frame word,
    its adjectives passed over, is one of ``OCCASION_NOUNS``."""
    noun = next((t for t in toks[i + 1:i + 4] if t.pos in {"NOUN", "PROPN"}), None)
    return noun is not None and noun.lemma in OCCASION_NOUNS


def _bystanders_signing(sent: Sentence, i: int, k: int) -> bool:
    """Is the signing noun at i told of a person in a participle phrase of their own that
    does not govern the agreement noun at k? "Вице-губернатор, присутствовавший на
    подписании, напомнил, что соглашение у области было и с соседями": the signing the
    guest attended is another agreement's, not this one's."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    for h in ancestors(sent, i):
        if toks[h].pos in {"VERB", "AUX"}:
            return toks[h].rel == "acl" and toks[h].feats.get("VerbForm") == "Part" and \
                h not in set(ancestors(sent, k))
    return False


def _future_signing(sent: Sentence, path: list[int]) -> str | None:
    """A signing in the future tense is planned: "Минтруд и департамент подпишут
    соглашение", "Соглашение будет подписано", "Подписание соглашения состоится завтра"."""
    toks = sent.tokens
    v = path[-1]
    if len(path) < 2 or toks[v].pos not in {"VERB", "AUX"}:
        return None
    signing = toks[v].lemma in SIGN_VERBS or any(toks[i].lemma in SIGN_NOUNS for i in path)
    future = future_finite(toks[v]) or future_aux(sent, v)
    return "planned" if signing and future else None


def _signing_to_come_in_conjunct(sent: Sentence, path: list[int]) -> str | None:
    """agr42: a clause whose verb is no signing but is joined by "и" to a signing still to
    come, of the same subject, is planned: "Соглашение прошло согласование и будет подписано
    в ближайшее время", "документ доработали и подпишут осенью" (the conjunct verb with no
    subject of its own, in the future or with "будет"). statpool92: a conjunct with no
    auxiliary of its own shares the future "будет" of the verb it is joined to:
    "Дополнительное соглашение будет доработано комиссией и подписано до 1 мая" is still to
    come, though "подписано" alone reads as a past participle (``signed_alongside``)."""
    toks = sent.tokens
    v = path[-1]
    if len(path) < 2 or toks[v].pos not in {"VERB", "AUX"} or toks[v].lemma in SIGN_VERBS:
        return None
    shared = future_aux(sent, v) and not negated(sent, v)
    for c in sent.children(v):
        if toks[c].rel != "conj" or toks[c].lemma not in SIGN_VERBS or any(
                toks[x].rel in {"nsubj", "nsubj:pass"} for x in sent.children(c)):
            continue
        if future_finite(toks[c]) or future_aux(sent, c):
            return "planned"
        if shared and not any(toks[a].rel in {"aux", "aux:pass"} for a in sent.children(c)) \
                and toks[c].feats.get("VerbForm") == "Part":
            return "planned"  # statpool92: "будет доработано и подписано"
    return None


def _infinitive_under_plan(sent: Sentence, path: list[int]) -> str | None:
    """An infinitive of signing under a word of plan, aim, duty or ability is planned
    ("планируют подписать соглашение", "сможем подписать", "соглашение должно быть
    подписано в среду"), unless it reports what was
    achieved ("удалось подписать", "смогли заключить"): signed."""
    toks = sent.tokens
    v = path[-1]
    if toks[v].lemma in PLAN_HEADS and any(toks[c].rel == "xcomp" and toks[c].lemma in SIGN_VERBS
                                           for c in sent.children(v)):
        return "planned"  # "часть соглашения должна быть подписана в среду"
    infinitive = toks[v].feats.get("VerbForm") == "Inf" or any(
        toks[c].lemma == "быть" and toks[c].feats.get("VerbForm") == "Inf"
        for c in sent.children(v))  # "должно быть подписано"
    if toks[v].lemma not in SIGN_VERBS or not infinitive:
        return None
    h = toks[v].head
    if h < 0:
        return None
    head = toks[h]
    if head.lemma in ACHIEVED and head.feats.get("Tense") == "Past":
        return "signed"
    if head.lemma in PLAN_HEADS or head.lemma in ACHIEVED:
        return "planned"
    return None


def _topic_of_signing(sent: Sentence, path: list[int]) -> str | None:
    """A signing that is a topic, aim, plan or prospect is planned: "тема подписания
    соглашения была поднята", "целью визита станет подписание соглашения", "вопрос о
    заключении соглашения", "стороны договорились о подписании соглашения"."""
    toks = sent.tokens
    if any(toks[i].lemma in TOPIC_NOUNS for i in path[1:]):
        return "planned"
    v = path[-1]
    if toks[v].lemma in PLAN_HEADS and any(toks[i].lemma in SIGN_NOUNS for i in path):
        return "planned"
    if toks[v].lemma in BECOME_VERBS and any(toks[i].lemma in SIGN_NOUNS for i in path) and \
            any(toks[c].lemma in TOPIC_NOUNS for c in sent.children(v)):
        return "planned"
    return None


def _anniversary(sent: Sentence, path: list[int]) -> str | None:
    """An anniversary of an agreement refers to it: "исполняется десять лет соглашению",
    "в годовщину подписания соглашения"."""
    return "mentioned" if any(sent.tokens[i].lemma in ANNIVERSARY_WORDS for i in path) \
        else None


def _refused_signing(sent: Sentence, path: list[int]) -> str | None:
    """A signing refused, undone or left is no signing; the agreement is referred to:
    "решил отказаться от подписания соглашения", "регион вышел из соглашения".
    statpool93: a word of going out refuses only what it leaves (``goes_out_of``): "к
    маю стороны хотят выйти на подписание договора" reaches a signing."""
    toks = sent.tokens
    return "mentioned" if any(
        toks[path[j]].lemma in REFUSE_WORDS and
        (toks[path[j]].lemma not in GO_OUT_WORDS or goes_out_of(sent, path[j - 1]))
        for j in range(1, len(path))) else None


def goes_out_of(sent: Sentence, n: int) -> bool:
    """statpool93: is the word at ``n``, under a word of going out (``GO_OUT_WORDS``), what
    it leaves: under "из" in the parse ("вышел из соглашения"), or with no preposition
    parsed at all (the old reading)? "выйти на заключение договора" is no leaving."""
    toks = sent.tokens
    preps = [toks[c].lemma for c in sent.children(n) if toks[c].rel == "case"]
    return not preps or any(p in LEAVE_PREPOSITIONS for p in preps)


def _other_document(sent: Sentence, path: list[int]) -> str | None:
    """Another document between the agreement noun and the verb is what was signed:
    "Президент подписал закон о ратификации соглашения" refers to the agreement."""
    return "mentioned" if any(sent.tokens[i].lemma in OTHER_DOCUMENTS for i in path[1:-1]) \
        else None


def _earlier_signing(sent: Sentence, path: list[int]) -> str | None:
    """A past signing said to be earlier than the news refers to an older agreement:
    "Ранее аналогичные соглашения заключили Новгородская и Тверская области", "ранее
    подобный документ министерство подписало с ...", "10 лет назад подписали"."""
    toks = sent.tokens
    v = path[-1]
    if len(path) < 2 or toks[v].lemma not in SIGN_VERBS or toks[v].feats.get("Tense") != "Past":
        return None
    near = sent.children(v)
    # "10 лет назад"; not "три дня назад", a signing of this week
    near += [g for c in near if toks[c].rel == "obl" and toks[c].lemma not in SHORT_SPANS
             for g in sent.children(c)]
    return "mentioned" if any(toks[c].lemma in EARLIER_WORDS and toks[c].rel == "advmod"
                              for c in near) else None


def _analogous_signing(sent: Sentence, path: list[int]) -> str | None:
    """A past signing of an agreement "like" the one reported is another, earlier one:
    "Роструд уже заключил аналогичные соглашения с 40 регионами", "подобное соглашение
    министерство подписало в прошлом году"."""
    toks = sent.tokens
    v = path[-1]
    if len(path) < 2 or toks[v].lemma not in SIGN_VERBS or toks[v].feats.get("Tense") != "Past":
        return None
    if future_aux(sent, v):
        return None  # agr34: "будет заключено аналогичное соглашение" is still to come
    if same_time_told(sent, v):
        return None  # hist86: "в тот же день аналогичное соглашение подписал и фонд"
    return "mentioned" if _alike(sent, path[0]) else None


def same_time_told(sent: Sentence, v: int) -> bool:
    """hist86: is the signing verb at v told at the time of the signing just reported: "в
    тот же день", "в этот же час" (a demonstrative, "же" and a noun of time), "тогда же"
    or "одновременно", before the verb? Such a signing is one of the same occasion, not an
    earlier one, even of an agreement "like" the reported one: "В тот же день аналогичный
    договор с фондом подписала и администрация района" is signed. Word forms only."""
    toks = sent.tokens
    for i in range(min(v, len(toks))):
        w = toks[i].lemma
        if w in AT_ONCE_ADVERBS:
            return True
        if w in SAME_TIME_ADVERBS and i + 1 < len(toks) and toks[i + 1].lemma == "же":
            return True
        if w in SAME_TIME_DEMONSTRATIVES and i + 2 < len(toks) and \
                toks[i + 1].lemma == "же" and toks[i + 2].lemma in SAME_TIME_NOUNS:
            return True
    return False


def signed_at_once(sent: Sentence, k: int) -> bool:
    """miss43: is the agreement noun at ``k`` the object of a past signing told at the time
    of the one just reported (``same_time_told``): "Тогда же стороны подписали соглашение о
    минимальной оплате труда"? Only from the parse."""
    toks = sent.tokens
    if not sent.parsed or not 0 <= k < len(toks):
        return False
    v = toks[k].head
    return 0 <= v < len(toks) and toks[v].lemma in SIGN_VERBS and \
        toks[v].feats.get("Tense") == "Past" and same_time_told(sent, v)


def _postponed_signing(sent: Sentence, path: list[int]) -> str | None:
    """A signing put off is still to come: "Подписание соглашения перенесли на осень",
    "церемонию подписания договора отложили"."""
    return "planned" if any(sent.tokens[i].lemma in POSTPONE_WORDS for i in path[1:]) \
        else None


def _discussed(sent: Sentence, path: list[int]) -> str | None:
    """An agreement discussed, drafted or prepared is planned, whatever the tense:
    "Соглашение ... обсудят на форуме", "министерства подготовили соглашение", "обсудили
    подписание соглашения"; not "обсудили реализацию соглашения", an agreement in force.
    statpool93: what is drafted is the verb's own argument, not a phrase under a
    preposition (``status.under_preposition``): "Положение о конкурсе подготовлено на основе
    договора с фондом" drafts a regulation on the basis of an agreement in force."""
    v = path[-1]
    toks = sent.tokens
    between = path[1:-1]
    return "planned" if len(path) > 1 and toks[v].pos == "VERB" and \
        toks[v].lemma in DISCUSS_VERBS and \
        all(toks[i].lemma in SIGN_NOUNS | {"проект"} for i in between) and \
        not under_preposition(sent, path[-2]) else None


def verbless_next_time(sent: Sentence, path: list[int]) -> str | None:
    """pair65: a sentence with no finite verb that sets its words in a time still to come
    (a time noun or a publication's issue under "следующий", "ближайший":
    ``NEXT_TIME_WORDS``) announces, it tells nothing done: the digest's "На следующей неделе
    в дайджесте: итоги подписания челябинского соглашения" is no signing (the noun of
    signing would make it one), but planned. Only from the parse."""
    toks = sent.tokens
    if any(t.pos in {"VERB", "AUX"} and t.feats.get("VerbForm") == "Fin" for t in toks):
        return None
    for t in toks:
        if t.pos == "ADJ" and t.lemma in NEXT_TIME_WORDS and t.rel == "amod" and \
                0 <= t.head < len(toks) and toks[t.head].lemma in TIME_NOUNS | ISSUE_NOUNS:
            return "planned"
    return None


def _past_signing(sent: Sentence, path: list[int]) -> str | None:
    """A finite signing verb in the past governs the noun: a signing reported ("в 2022
    году республика заключила соглашение ..."), whatever plan words the rest of the
    sentence holds ("..., а в этом году планирует подписать ..."); not when the noun is the
    active subject of a verb whose object is another agreement noun (date62,
    ``_signs_another``: the parser made the first noun of "Соглашение ... станет развитием
    документа: в 2023 году правительства подписали соглашение ..." the verb's subject)."""
    toks = sent.tokens
    v = path[-1]
    if len(path) < 2 or toks[v].lemma not in SIGN_VERBS or toks[v].pos != "VERB":
        return None
    if toks[path[0]].rel == "nsubj" and _signs_another(sent, v, path[0]):
        return None  # date62: an agreement signs nothing; the verb's object is another
    if toks[v].feats.get("Tense") == "Past" and toks[v].feats.get("VerbForm") == "Fin":
        return "signed"
    if past_passive_signing(sent, v):
        return "signed"  # statpool94: "договор был подписан в 2017 году"
    return None


def past_passive_signing(sent: Sentence, v: int) -> bool:
    """statpool94: a short passive participle of signing with its own auxiliary "быть" in
    the past tells a signing done as plainly as a past finite verb: "Договор между городом
    и фондом был подписан в 2017 году, сейчас по нему готовятся новые проекты" is a signing
    (referred to by its year), whatever plan word ("проекты") the next clause holds. The
    participle is perfective and not negated; "будет подписано" (the auxiliary in the
    future) and a bare "подписано" are left to the other rules."""
    toks = sent.tokens
    t = toks[v]
    if t.feats.get("VerbForm") != "Part" or t.feats.get("Variant") != "Short" or \
            t.feats.get("Voice") != "Pass" or t.feats.get("Aspect") != "Perf" or \
            negated(sent, v):
        return False
    return any(toks[c].lemma == "быть" and toks[c].rel.startswith("aux") and
               toks[c].feats.get("Tense") == "Past" for c in sent.children(v))


def _implementing_document_to_sign(sent: Sentence, path: list[int]) -> str | None:
    """A document carrying out the agreement that its sides are yet to sign is a planned
    agreement of those sides (r19agr): "Министерства собираются подписать план мероприятий
    по реализации соглашения", "стороны подпишут дорожную карту в развитие соглашения". The
    agreement noun hangs on a word of base (``BASE_NOUNS``) under the object of a signing
    verb that is planned (an infinitive under a plan word, or the future tense); a plan
    approved or adopted stays a reference (``_base_of_document``)."""
    toks = sent.tokens
    if len(path) < 4 or not any(toks[i].lemma in BASE_NOUNS for i in path[1:-2]):
        return None
    v = path[-1]
    if toks[v].lemma not in SIGN_VERBS or toks[path[-2]].rel != "obj":
        return None
    if _infinitive_under_plan(sent, path) == "planned" or _future_signing(sent, path) == "planned":
        return "planned"
    return None


def joint_step_document(sent: Sentence, i: int) -> bool:
    """plan50: is the noun at ``i`` a roadmap, a document of joint steps the sides adopt beside
    their agreement: the noun after its kind ("дорожную карту", ``ROADMAP_DOCUMENTS``), or a
    plan a roadmap is apposed to in brackets or after a dash ("План мероприятий («дорожную
    карту») …": the roadmap the plan's appos or parataxis, or hung on its genitive)? A plan
    of measures named so alone ("план мероприятий по реализации соглашения") is none: the
    golds keep it a step of the agreement, not a document of its own."""
    toks = sent.tokens

    def roadmap(j: int) -> bool:
        kinds = ROADMAP_DOCUMENTS.get(toks[j].lemma, frozenset())
        return bool(kinds) and j > 0 and toks[j - 1].lemma in kinds

    if roadmap(i):
        return True
    near = [i, *(c for c in sent.children(i) if toks[c].rel == "nmod")]
    return any(toks[c].rel in {"appos", "parataxis"} and roadmap(c)
               for n in near for c in sent.children(n))


def adoption_to_come(sent: Sentence, v: int) -> bool:
    """plan50: is the verb at ``v`` an adopting (``ADOPT_VERBS``: "утвердить", "принять")
    still to come: the future ("стороны утвердят"), or an infinitive under a word of plan
    ("планируют утвердить", "должны утвердить": ``PLAN_HEADS``), neither negated? A past
    adoption ("утвердили") or one that failed ("не смогли утвердить") is none."""
    toks = sent.tokens
    t = toks[v]
    if t.lemma not in ADOPT_VERBS or t.pos != "VERB" or negated(sent, v):
        return False
    if future_finite(t):
        return True
    h = t.head
    return t.feats.get("VerbForm") == "Inf" and 0 <= h < len(toks) and \
        toks[h].lemma in PLAN_HEADS and not negated(sent, h)


def signing_to_come_of(sent: Sentence, nouns: set[str]) -> bool:
    """plan54: does the sentence tell the signing of one of ``nouns`` still to come: the
    noun the object or passive subject of a signing verb that ``signing_ahead.
    future_signing`` reads as to come ("Документ подпишут в мае", "Документ будут
    подписывать в мае", "Подписать карту планируется 3 декабря")? From the parse."""
    toks = sent.tokens
    for t in toks:
        v = t.head
        if t.lemma in nouns and t.rel in {"obj", "nsubj:pass"} and 0 <= v < len(toks) and \
                toks[v].lemma in SIGN_VERBS and future_signing(sent, v):
            return True
    return False


def draft_to_sign(sents: Sequence[Sentence], si: int, k: int) -> bool:
    """plan54: a roadmap's draft ("проект дорожной карты", the roadmap a genitive under a
    noun of draft, ``DRAFT_NOUNS``) that the sentence approves or works on (the draft the
    object or passive subject of its verb, one of ``DRAFT_WORK_VERBS``; fixplan54: not
    "отклонил проект": "Совет ветеранов одобрил проект дорожной карты о
    совместной работе министерства с обществом глухих") is a plan of its sides when
    one of the next DRAFT_SIGNING_REACH sentences, naming no agreement of its own, tells
    the roadmap's signing still to come (``signing_to_come_of``: "Дорожную карту планируется
    подписать в мае", "Документ подпишут министр и председатель"). A draft whose
    signing no sentence plans stays no record: a council approving a draft tells no
    agreement by itself. The caller tells the roadmap's noun (``candidate_signers.
    roadmap_named``); sentences parsed."""
    sent = sents[si]
    toks = sent.tokens
    h = toks[k].head
    if toks[k].rel != "nmod" or toks[k].feats.get("Case") != "Gen" or \
            not 0 <= h < len(toks) or toks[h].lemma not in DRAFT_NOUNS or \
            toks[h].rel not in {"obj", "nsubj:pass"} or \
            not 0 <= toks[h].head < len(toks) or negated(sent, toks[h].head) or \
            toks[toks[h].head].lemma not in DRAFT_WORK_VERBS:
        return False
    nouns = set(DOCUMENT_REFERENCES) | set(ROADMAP_DOCUMENTS)
    for later in sents[si + 1:si + 1 + DRAFT_SIGNING_REACH]:
        if any(t.lemma in TRIGGERS for t in later.tokens):
            return False
        if later.parsed and signing_to_come_of(later, nouns):
            return True
    return False


def implementing_plan_to_adopt(sent: Sentence, path: list[int]) -> str | None:
    """plan50: a document of joint steps carrying out the agreement (``joint_step_document``
    the adopting verb's object, a noun of carrying out, ``IMPLEMENTING_BASES``, on the
    agreement noun's path) whose adoption is still to come (``adoption_to_come``) is a
    planned document of the sides, as one still to be signed is
    (``_implementing_document_to_sign``): "В апреле стороны намерены утвердить дорожную
    карту выполнения соглашения", "План действий («дорожную карту») по исполнению
    соглашения министерства утвердят осенью". A roadmap adopted already ("утвердили дорожную
    карту по реализации соглашения") stays a reference of the agreement (``_base_of_document``)."""
    toks = sent.tokens
    if len(path) < 3 or not any(toks[i].lemma in IMPLEMENTING_BASES for i in path[1:-1]):
        return None
    v = path[-1]
    if not adoption_to_come(sent, v):
        return None
    objs = [c for c in sent.children(v) if toks[c].rel == "obj"]
    return "planned" if any(joint_step_document(sent, o) for o in objs) else None


def carried_out_by_plan_to_come(sent: Sentence, k: int) -> bool:
    """plan50: is the agreement noun at ``k`` the base of a roadmap (``joint_step_document``)
    still to be signed or adopted (``_implementing_document_to_sign``,
    ``implementing_plan_to_adopt``)? Such a noun stands for that planned document, not for
    the agreement signed before it (``merge_rules.base_of_plan_to_come``): "Соглашение
    подписали вчера. Дорожную карту по его исполнению стороны утвердят в мае". Parsed
    sentences only."""
    if not sent.parsed or not 0 <= k < len(sent.tokens):
        return False
    path = _predicate_path(sent, k)
    if implementing_plan_to_adopt(sent, path) == "planned":
        return True
    toks = sent.tokens
    return _implementing_document_to_sign(sent, path) == "planned" and any(
        toks[c].rel == "obj" and joint_step_document(sent, c) for c in sent.children(path[-1]))


def roadmap_to_adopt(sent: Sentence, path: list[int]) -> str | None:
    """plan50: a roadmap or plan of joint steps (``joint_step_document``) that is itself the
    object of an adopting still to come (``adoption_to_come``) is planned: "К весне фонд и
    управление намерены утвердить общую дорожную карту стажировок" (the
    candidate is the roadmap's noun, ``candidate_signers.signed_roadmap``)."""
    toks = sent.tokens
    if len(path) < 2 or toks[path[-2]].rel != "obj" or \
            not joint_step_document(sent, path[-2]):
        return None
    return "planned" if adoption_to_come(sent, path[-1]) else None


def roadmap_carrying_out(sent: Sentence, k: int) -> int | None:
    """agr67: the roadmap's noun (``ROADMAP_DOCUMENTS``, with its kind) the agreement noun at
    ``k`` is carried out by: "дорожную карту по реализации соглашения", the agreement noun a
    genitive under a noun of carrying out (``IMPLEMENTING_BASES``) under the roadmap's noun.
    Only from the parse; None when the noun hangs on no roadmap."""
    toks = sent.tokens
    if not sent.parsed or not 0 <= k < len(toks) or toks[k].rel != "nmod":
        return None
    base = toks[k].head
    if not 0 <= base < len(toks) or toks[base].lemma not in IMPLEMENTING_BASES:
        return None
    doc = toks[base].head
    if not 0 <= doc < len(toks) or toks[base].rel != "nmod":
        return None
    kinds = ROADMAP_DOCUMENTS.get(toks[doc].lemma, frozenset())
    return doc if doc > 0 and toks[doc - 1].lemma in kinds else None


def relative_adoption_to_come(sent: Sentence, k: int) -> bool:
    """miss58: does a relative clause on the noun at k tell its adoption still to come by a
    word of plan: "который" the object of an adopting infinitive (``adoption_to_come``)
    that is the complement of the relative verb or the subject of an impersonal one ("в
    дорожной карте, которую предполагается утвердить к осени", "которую стороны намерены
    утвердить")? A bare future ("которую утвердят к лету") stays a content of the
    agreement, as recpool96 reads it; a past adoption ("которую утвердили в марте") is
    none. From the parse."""
    toks = sent.tokens
    rel = [c for c in sent.children(k) if toks[c].rel == "acl:relcl"]
    return any(
        toks[v].feats.get("VerbForm") == "Inf" and adoption_to_come(sent, v) and
        any(toks[o].lemma == "который" and toks[o].rel == "obj" for o in sent.children(v))
        for r in rel for v in sent.children(r) if toks[v].rel in {"xcomp", "csubj"})


def adopted_by_relative_to_come(sent: Sentence, path: list[int]) -> str | None:
    """miss58: a roadmap (its noun after its kind, ``ROADMAP_DOCUMENTS``) whose own relative
    clause tells its adoption still to come is planned, whatever the verb it hangs on tells
    of its content ("Сроки стороны опишут в дорожной карте, которую они намерены утвердить
    к осени": ``relative_adoption_to_come``). Only a roadmap: a court's approval of a settlement
    ("мировое соглашение, которое утвердит суд") is no plan of cooperation."""
    if not path:
        return None
    toks = sent.tokens
    k = path[0]
    kinds = ROADMAP_DOCUMENTS.get(toks[k].lemma, frozenset())
    return "planned" if k > 0 and toks[k - 1].lemma in kinds and \
        relative_adoption_to_come(sent, k) else None


def signed_implementing_roadmap(sent: Sentence, path: list[int]) -> str | None:
    """agr67: a roadmap carrying out an agreement that its sides signed is a document of its
    own, signed, the agreement noun under it standing for it: "министр и руководитель
    социального отдела епархии подписали дорожную карту по реализации соглашения на 2025
    год" (``roadmap_carrying_out``); the roadmap the object of a finite signing verb in the
    past. One approved or adopted stays a reference of the agreement
    (``_base_of_document``), one to be signed is planned
    (``_implementing_document_to_sign``)."""
    toks = sent.tokens
    if len(path) != 4 or roadmap_carrying_out(sent, path[0]) != path[2] or \
            toks[path[2]].rel != "obj":
        return None
    v = path[-1]
    return "signed" if toks[v].lemma in SIGN_VERBS and toks[v].pos == "VERB" and \
        toks[v].feats.get("Tense") == "Past" and \
        toks[v].feats.get("VerbForm") == "Fin" else None


def _base_of_document(sent: Sentence, path: list[int]) -> str | None:
    """An agreement named as the base of another act or document is referred to, whatever
    that act's tense: "Утвердили план мероприятий по реализации соглашения", "Дорожная
    карта принята в развитие соглашения", "на основании соглашения будет создан центр"
    (the plan or the centre is no new agreement)."""
    return "mentioned" if any(sent.tokens[i].lemma in BASE_NOUNS for i in path[1:]) \
        else None


def unachieved_signing(sent: Sentence, path: list[int]) -> str | None:
    """statpool94: a signing the sides had no time for (a negated verb of having time,
    ``IN_TIME_VERBS``, over the infinitive of signing) is not done but still to come:
    "Договор с колледжем на выставке так и не успели подписать" and "Третий договор — с
    колледжем — подписать не успели" are planned, whether the parse hangs the noun on the
    infinitive or on "успели". A negated verb of achieving other than that ("не удалось",
    "не смогли", ``ACHIEVED``) the parse made the noun's head tells a signing that did not
    happen: referred to, as ``_prevented_signing`` reads it on the infinitive."""
    toks = sent.tokens
    v = path[-1]
    if len(path) < 2:
        return None
    if toks[v].lemma in SIGN_VERBS and toks[v].feats.get("VerbForm") == "Inf" and \
            toks[v].rel in {"xcomp", "csubj"} and 0 <= toks[v].head < len(toks):
        a = toks[v].head
        if toks[a].lemma in IN_TIME_VERBS and negated(sent, a):
            return "planned"
        return None
    if toks[v].lemma not in ACHIEVED | IN_TIME_VERBS or not negated(sent, v):
        return None
    # the verb's one infinitive is the signing, and no other subject stands before it:
    # "делегация не смогла приехать" after the noun is another deed the parse hung it on
    kids = sent.children(v)
    infinitives = [c for c in kids if toks[c].feats.get("VerbForm") == "Inf"]
    if len(infinitives) != 1 or toks[infinitives[0]].lemma not in SIGN_VERBS or \
            any(toks[c].rel.startswith("nsubj") and c != path[-2] and c < v for c in kids):
        return None
    return "planned" if toks[v].lemma in IN_TIME_VERBS else "mentioned"


def _prevented_signing(sent: Sentence, path: list[int]) -> str | None:
    """An infinitive of signing under a refusal, a hindrance or a negated head did not
    happen, and is not planned either: the agreement is referred to. "Руководство области
    отказалось подписывать соглашение", "Разногласия не позволили областям заключить
    соглашение", "стороны не смогли подписать договор", "решено не подписывать"."""
    toks = sent.tokens
    v = path[-1]
    if len(path) < 2 or toks[v].lemma not in SIGN_VERBS or toks[v].feats.get("VerbForm") != "Inf":
        return None
    if negated(sent, v):
        return "mentioned"
    h = toks[v].head
    if h < 0 or toks[v].rel not in {"xcomp", "csubj", "obj", "advcl"}:
        return None
    if toks[h].lemma in REFUSE_WORDS | PREVENT_WORDS or negated(sent, h):
        return "mentioned"
    return None


_CAPTION = re.compile(CAPTION_LABELS)


def _signature_event(sent: Sentence, path: list[int]) -> str | None:
    """A signing told through the act of signing, not a verb of signing: "Подписи под
    соглашением поставили министр ... и ...", "соглашение скрепили подписями", "подписание
    соглашения состоялось в Кирове" is signed; in the future ("подписи поставят") planned.
    Negated, it is only referred to. sig55: in a photo caption the present tense tells the
    moment the picture shows, so a past act: "[Фото 1 из 3] Подписи под соглашением ставят
    министр ... и ректор ..." is signed."""
    toks = sent.tokens
    v = path[-1]
    finite = toks[v].feats.get("VerbForm") == "Fin" or any(
        toks[c].rel == "nsubj" for c in sent.children(v))  # a form mistagged as participle
    if len(path) < 2 or toks[v].lemma not in SIGNATURE_VERBS or toks[v].pos != "VERB" or \
            not finite:
        return None
    nouns = path[1:-1] + sent.children(v) + [toks[v].head]  # "скрепили подписями"
    if not any(toks[i].lemma in SIGNATURE_NOUNS for i in nouns):
        return None
    if negated(sent, v):
        return "mentioned"
    if toks[v].feats.get("Tense") == "Pres" and _CAPTION.match(sent.text):  # sig55
        return "signed"
    return status_of_tense(toks[v])


def _amended_base(sent: Sentence, k: int) -> bool:
    """Is the agreement noun at k the base that another document amends or adds to? It
    hangs by "к"/"в" on an agreement noun or an amendment: "подписали дополнительное
    соглашение к соглашению о сотрудничестве от 5 мая 2018 года", "внесли изменения в
    договор". From the parse, or
    (basis60: ``_amended_base_in_order``) from the words' order."""
    if not sent.parsed:
        return False
    if _amended_base_in_order(sent, k):
        return True
    toks = sent.tokens
    h = toks[k].head
    if not 0 <= h < len(toks) or toks[h].lemma not in TRIGGERS | AMENDMENT_NOUNS:
        return False
    return any(toks[c].rel == "case" and toks[c].lemma in AMENDMENT_PREPOSITIONS
               for c in sent.children(k))


def _amended_base_in_order(sent: Sentence, k: int) -> bool:
    """basis60: the agreement noun at k right after "к" that follows an agreement noun or
    an amendment at once is the base of that document, wherever the parser hung it: in
    "обсудили черновик дополнительного соглашения к договору о партнёрстве от 3 мая 2020
    года" the parser may hang "к соглашению" on the meeting; the words' order tells the
    base all the same. Only "к" (``BASE_ORDER_PREPOSITIONS``): "соглашение в ..." starts
    a place or a field as often as an amended document."""
    toks = sent.tokens
    return k >= 2 and toks[k - 1].lemma in BASE_ORDER_PREPOSITIONS and \
        toks[k - 2].lemma in TRIGGERS | AMENDMENT_NOUNS


def _base_agreement(sent: Sentence, path: list[int]) -> str | None:
    """The base of an addendum or amendment is referred to, whatever happened to the
    addendum: "Стороны заключили дополнительное соглашение к договору 2020 года" signs the
    addendum, not the договор."""
    return "mentioned" if _amended_base(sent, path[0]) else None


def _since_year(sent: Sentence, v: int) -> bool:
    """plan51: is the verb at v told as holding since a year: an oblique "с" + a year among
    its children ("действует с 2018 года", "с прошлого года"), or, where the parser hung
    that phrase elsewhere, right after the verb ("действует | с 2018 года")? A month or a
    day ("действует с 1 марта": a new agreement's start) and "с момента подписания" are
    not."""
    toks = sent.tokens

    def year(n: int) -> bool:
        return toks[n].text.isdigit() and len(toks[n].text) == 4 or toks[n].lemma == "год"

    for c in sent.children(v):
        if toks[c].rel == "obl" and year(c) and any(
                toks[g].lemma in SINCE_PREPOSITIONS and toks[g].rel == "case"
                for g in sent.children(c)):
            return True
    return v + 2 < len(toks) and toks[v + 1].lemma in SINCE_PREPOSITIONS and \
        (year(v + 2) or v + 3 < len(toks) and year(v + 3))


def _told_a_year(sent: Sentence, i: int) -> bool:
    """review51: does the phrase of the word at i tell a year ("заключённое в 2020 году",
    "подписанный в прошлом году")?"""
    return any(sent.tokens[n].lemma == "год" or sent.tokens[n].text.isdigit() and
               len(sent.tokens[n].text) == 4 for n in subtree(sent, i))


def recalled_in_force(sent: Sentence, path: list[int]) -> str | None:
    """plan51: an agreement noun in the nominative whose own coordinate clause says it is in
    force now (a present verb of ``datewords.IN_FORCE_VERBS``) since a year or "already"
    (``_since_year``, ``lexicon_sides.ALREADY_WORDS``) is an older agreement the page
    recalls, whatever another clause of the sentence plans: "Договор между городами
    действует с 2019 года, а весной стороны подпишут новый" and "у фонда уже действует
    соглашение с союзом ветеранов, и на его основе фонд планирует подписать ещё одно" read
    the first agreement mentioned
    (the window's plan words, or a parse that made the noun the subject of the plan's verb,
    took the plan of the second clause). Not "already" in force when the noun's own phrase
    tells it signed with no year ("Подписанное сегодня соглашение уже действует": the new
    one; "заключённое в 2020 году" stays recalled). Read in the clause
    (``_coordinate_bounds``), not
    on the parse path, which a long sentence breaks: the noun is the verb's subject, or
    only its own phrase stands between them. Not a verb in the future or negated, nor a
    bare "действует" (a new agreement's term: "Соглашение действует до 2030 года"), nor a
    verb inside the noun's own phrase ("подписали дополнение к договору, который действует
    с 2019 года": the base is in force, not the supplement), nor one with other words
    between (the noun of a later clause: "договор действует с 2018 года, и мы хотим
    подписать новый")."""
    toks = sent.tokens
    k = path[0]
    if toks[k].feats.get("Case") != "Nom":
        return None
    lo, hi = _coordinate_bounds(sent, k, verbs=True)
    phrase = set(subtree(sent, k))
    for v in range(lo, hi):
        t = toks[v]
        if t.lemma not in IN_FORCE_VERBS or t.pos != "VERB" or \
                t.feats.get("Tense") != "Pres" or t.feats.get("VerbForm") != "Fin" or \
                negated(sent, v) or v in phrase:
            continue  # v in the noun's phrase: "соглашение к договору, который действует"
        if not (toks[k].head == v and toks[k].rel == "nsubj") and any(
                i not in phrase and toks[i].pos != "PUNCT"
                for i in range(min(k, v) + 1, max(k, v))):
            continue  # the subject of "действует", or the noun's own phrase right before it
        already = any(toks[c].lemma in ALREADY_WORDS and toks[c].rel == "advmod"
                      for c in sent.children(v)) or \
            v > 0 and toks[v - 1].lemma in ALREADY_WORDS
        if already and any(toks[i].lemma in SIGN_VERBS and toks[i].feats.get("VerbForm") ==
                           "Part" and not _told_a_year(sent, i) for i in phrase):
            continue  # "Подписанное сегодня соглашение уже действует": the new one
        if already or _since_year(sent, v):
            return "mentioned"
    return None


STATUS_PASSES = (refuted_report, hearsay_signing, conditional_signing,  # statB: statgram listed
                 signing_to_come_on_noun,  # status22
                 approved_after_signing, _anniversary,
                 _base_agreement, _implementing_document_to_sign,
                 implementing_plan_to_adopt, roadmap_to_adopt,  # plan50
                 _base_of_document,
                 document_under_agreement,  # status67
                 agreement_to_be,  # status48
                 _earlier_signing, _analogous_signing,
                 _postponed_signing, signing_noun_put_off,  # stat30
                 signing_scheduled,  # date54
                 taken_off_programme, signing_put_off_after_it,  # status69
                 failed_signing,
                 habitual_signing,  # plans69
                 negated_signing_verb, _refused_signing,
                 unachieved_signing,  # statpool94
                 _prevented_signing, _other_document,
                 _topic_of_signing, next_step_document, next_in_line,  # status69
                 outcome_reached,  # date62
                 _infinitive_under_plan,
                 plan_infinitive_before,  # stat30
                 plan_infinitive_after_name,  # status70
                 agreed_on_agreement,  # stat34
                 _future_signing, _signing_to_come_in_conjunct,  # agr42
                 signed_alongside, _discussed,
                 draft_under_approval, draft_at_stage, sent_for_signing, awaited_signing,
                 draft_verb_before_noun,  # statpool93
                 signing_awaited_by_verb,  # statpool91
                 signing_charged,  # hid95
                 signing_as_goal, drafted_text, agreed_text, drafting_to_come,  # status22
                 expected_signing, signing_as_time_to_come,
                 order_from_signing,  # date46
                 in_force, agreement_as_cause,
                 verbless_next_time,  # pair65
                 after_signing_to_come,  # date62
                 before_signing_to_come,  # statpool92
                 signed_copies,
                 signed_under, signed_with_signatures, signed_by_named_signers,  # statB
                 _signature_event, recalled_in_when_clause,  # status50
                 _past_signing)


# passes that overrule the plan and frame words of the clause's window: "намерены
# расторгнуть соглашение" ends an agreement in force, whatever the intention
EARLY_STATUS_PASSES = (ended_agreement, lapsed_agreement,  # status55
                       joined_agreement,  # status22: joined_agreement
                       recalled_in_force,  # plan51: before the window's plan words
                       past_signing_on_noun,  # statB: before the window's plan words
                       signed_implementing_roadmap,  # agr67: before its frame words
                       adopted_by_relative_to_come)  # miss58


def declined_infinitive(sent: Sentence, n: int) -> bool:
    """statpool95: an infinitive of signing or extending (``SIGN_VERBS``) at n whose
    governing finite verb is negated ("не стали", "не захотели", "не решились") tells a
    signing the sides chose not to make: the agreement is referred to, not planned, as
    "не стали подписывать" is by ``_negated_signing``: "Договор истёк весной, и
    продлевать его стороны не стали". A "not yet" before the negation ("пока не решили
    продлевать") and a verb of having time ("не успели", ``IN_TIME_VERBS``) keep the
    signing to come. Only from the parse."""
    toks = sent.tokens
    g = toks[n].head
    if toks[n].lemma not in SIGN_VERBS or toks[n].feats.get("VerbForm") != "Inf" or \
            not 0 <= g < len(toks) or toks[g].pos != "VERB" or \
            toks[g].feats.get("VerbForm") != "Fin" or toks[g].lemma in IN_TIME_VERBS:
        return False
    nots = [c for c in sent.children(g) if toks[c].lemma == "не"]
    return bool(nots) and not any(c > 0 and toks[c - 1].lemma in NOT_YET for c in nots)


def alike_past_signing(sent: Sentence, k: int, lo: int, hi: int) -> bool:
    """statpool95: ``_analogous_signing`` read in the window when the parse hangs the noun
    on another verb: an agreement "like" the one reported (``_alike``) whose clause [lo, hi)
    holds a past finite verb of signing, not told at the time of the reported signing
    (``same_time_told``), is an earlier one: "Министр добавил, что подобные договоры фонд
    уже подписал с тремя колледжами, и пообещал, что к ним прибавятся школы" (the parse
    may make the noun the subject of "прибавятся") is mentioned."""
    toks = sent.tokens
    if not _alike(sent, k):
        return False
    return any(t.lemma in SIGN_VERBS and t.pos == "VERB" and t.feats.get("VerbForm") == "Fin"
               and t.feats.get("Tense") == "Past" and not future_aux(sent, v)
               and not same_time_told(sent, v)
               for v, t in enumerate(toks[lo:hi], lo))


def asked_not_told(sent: Sentence, k: int) -> bool:
    """statpool95: a direct yes/no question (the particle "ли" in the sentence, which ends
    in a question mark) asks whether an agreement is signed or planned, it tells neither:
    an interviewer's "Планируются ли новые соглашения с соседями?" or "Подписан ли уже
    договор?" refers to agreements; the answer's own clause tells the status. Word forms
    only; an indirect question ("обсудили, можно ли подписать ...") ends in a full stop."""
    toks = sent.tokens
    last = next((t for t in reversed(toks) if t.pos != "PUNCT" or t.text == "?"), None)
    return last is not None and last.text == "?" and \
        any(t.lemma == "ли" and t.pos == "PART" for t in toks)


def _negated_plan(toks: list[Token]) -> bool:
    """"не планирует подписывать соглашение", "не собираются заключать": a plan denied;
    the agreement is only referred to."""
    return any(t.lemma in NEGATED_PLANS and i > 0 and toks[i - 1].lemma == "не"
               for i, t in enumerate(toks))


def _negated_signing(toks: list[Token]) -> bool:
    """"так и не было подписано", "не состоялось": a signing that did not happen."""
    for i, t in enumerate(toks):
        if t.lemma in NEGATED_EVENTS and any(x.lemma == "не" for x in toks[max(0, i - 3):i]):
            return True
    return False


def _not_yet(toks: list[Token]) -> bool:
    """"соглашение пока не подписано", "ещё не заключён": a signing not done yet is
    expected, so planned. A word of "not yet" right before the negation."""
    return any(t.lemma == "не" and i > 0 and toks[i - 1].lemma in NOT_YET
               for i, t in enumerate(toks))


def _not_in_time(toks: list[Token]) -> bool:
    """statpool94: "не успели подписать": a verb of having time (``IN_TIME_VERBS``) right
    after "не"; the signing waits, so planned (``unachieved_signing`` on the parse)."""
    return any(t.lemma in IN_TIME_VERBS and i > 0 and toks[i - 1].lemma == "не"
               for i, t in enumerate(toks))


def _put_off(sent: Sentence) -> bool:
    """A signing not done is still planned when the same sentence puts it off: "Соглашение
    так и не подписали: церемонию отложили на осень". A verb of postponing, not negated,
    anywhere in the sentence."""
    toks = sent.tokens
    return any(t.lemma in POSTPONE_WORDS and t.pos == "VERB" and
               not (i > 0 and toks[i - 1].lemma == "не") for i, t in enumerate(toks))


def year_after_publication(date: str, published: str | None) -> bool:
    """status53: is ``date`` in a year after the publication's? A signing told done is
    never dated so: the year is a term's ("договор о партнёрстве до 2031 года") or a
    period's, which dates no signing (the date stage finds one)."""
    y = isodate.parts(date)[0]
    py = isodate.parts(published)[0] if published else None
    return y is not None and py is not None and int(y) > int(py)


def _older_than_publication(date: str, published: str | None) -> bool:
    """A signing dated by year alone, or in an earlier year than publication, is history.
    status53: not a year after the publication's, which no signing told done can have: the
    year of a term in the noun's phrase ("Договор о партнёрстве до 2031 года скрепили
    подписями министр и председатель союза") is no signing's date to weigh."""
    if year_after_publication(date, published):
        return False
    y, mo, _ = isodate.parts(date)
    py = isodate.parts(published)[0] if published else None
    if y is not None and mo is None:
        return True
    return bool(y and py and int(y) < int(py))


def _title_end(sent: Sentence, k: int) -> int:
    """End of the agreement's name: "Соглашение о сотрудничестве в области ..."."""
    toks = sent.tokens
    j = k + 1
    while j < len(toks):
        t = toks[j]
        if t.text in {",", ";", ".", "(", ")", "«", "»", ":"} or t.lemma == "между" or \
                t.pos in {"VERB", "AUX"} or (t.pos == "ADP" and t.lemma == "с"):
            break
        if t.pos == "ADP" and t.lemma not in TITLE_PREPOSITIONS:
            break
        if t.lemma == "по" and j + 1 < len(toks) and toks[j + 1].lemma in AUTHORITY_NOUNS:
            break  # agr89: "соглашение по доверенности ректора": how it was signed
        if t.feats.get("Case") == "Nom" and t.pos in {"NOUN", "ADJ", "PROPN"}:
            break  # the clause's subject, not the agreement's name
        if t.pos == "ADJ" and t.feats.get("Variant") == "Short":
            # pair65: a short adjective is a predicate, "соглашение должны подписать", with
            # the words that lead up to it: "Соглашение почти готово", "Соглашения – это
            # хорошо"
            while j > k + 1 and toks[j - 1].pos in {"ADV", "PART", "PRON", "PUNCT"}:
                j -= 1
            break
        if j == k + 1 and t.feats.get("Case") == "Acc" and t.pos in {"NOUN", "ADJ"}:
            break  # agr46: "включить в соглашение пункт о стажировках": the verb's object
        if time_adjunct(sent, j) or day_adjunct(sent, j):
            break
        if t.feats.get("Case") == "Gen" and j > k + 1 and toks[j - 1].lemma in \
                COOPERATION_NOUNS and \
                (t.text[:1].isupper() or t.pos == "ADJ" and j + 1 < len(toks) and
                 toks[j + 1].text[:1].isupper() or cooperating_body(t)):
            break  # "о сотрудничестве Департамента ...": a party, not the subject
        j += 1
    return j


def cooperating_body(t: Token) -> bool:
    """hid92: a body's common noun in the genitive right after a noun of cooperation names
    who cooperates, as a capitalised name there does: "соглашение о сотрудничестве
    министерства и областной епархии" is the ministry's and the eparchy's agreement, its
    subject nothing more than cooperation, so it is one with the headline's "Министерство
    с епархией заключили соглашение о поддержке семей". The noun a head of a body
    (``ORG_HEADS``, ``BODY_HEADS``); "о сотрудничестве в сфере занятости" and "о
    взаимодействии служб" are no such noun."""
    return t.pos == "NOUN" and t.feats.get("Case") == "Gen" and \
        t.lemma in ORG_HEADS | BODY_HEADS


def time_adjunct(sent: Sentence, j: int) -> bool:
    """agr36: "в"/"во" opening a time phrase ends an agreement's name: "подписали соглашение
    в минувший четверг в здании правительства", "соглашение во вторник", "соглашение в 2024
    году" are about when, not about what (a name's "в" is "в сфере", "в области").
    plan54: so is a part of a time named by the time after it ("подпишем меморандум в
    середине апреля", "в конце года": ``MONTH_PART_NOUNS`` over a time noun or a number)."""
    toks = sent.tokens
    if toks[j].lemma not in IN_PREPOSITIONS or toks[j].pos != "ADP":
        return False
    for n, t in enumerate(toks[j + 1:j + 4], j + 1):
        if t.lemma in TIME_NOUNS or t.pos == "NUM":
            return True
        if t.lemma in MONTH_PART_NOUNS and n + 1 < len(toks) and \
                (toks[n + 1].lemma in TIME_NOUNS or toks[n + 1].pos == "NUM"):
            return True
        if t.pos not in {"ADJ", "DET"}:
            return False
    return False


def day_adjunct(sent: Sentence, j: int) -> bool:
    """agr54: a day and its month right after the agreement noun end its name, as a "в"
    time phrase does (``time_adjunct``): "подпишем соглашение 15 октября", "подписали
    соглашение 3 марта в Казани" tell when, not what."""
    toks = sent.tokens
    return j + 1 < len(toks) and toks[j].text.isdigit() and len(toks[j].text) <= 2 and \
        month_number(toks[j + 1].text) is not None


def _alike(sent: Sentence, k: int) -> bool:
    """"аналогичное соглашение", "подобный документ", "такой же документ": an agreement
    like the one just reported (a word of likeness right before the noun or its amod in
    the parse)."""
    toks = sent.tokens
    if toks[k].lemma not in TRIGGERS | {"документ"}:
        return False
    if k > 0 and toks[k - 1].lemma in LIKENESS:
        return True
    if k > 1 and toks[k - 2].lemma in LIKENESS_WITH_PARTICLE and toks[k - 1].lemma == "же":
        return True  # "такой же документ", "тот же договор"
    return sent.parsed and any(toks[c].rel == "amod" and toks[c].lemma in LIKENESS
                               for c in sent.children(k))


def alike_kind(sent: Sentence, k: int) -> bool:
    """old89: plural agreements "like the one reported" (``_alike``) or of a kind named by a
    determiner of the parse ("таких соглашений в области уже три десятка", "опыт заключения
    таких договоров с вузами"): the plural noun speaks of a kind, as "подобные соглашения"
    does. A singular "такое соглашение" stays the agreement just told."""
    toks = sent.tokens
    if toks[k].feats.get("Number") != "Plur":
        return False
    return _alike(sent, k) or sent.parsed and toks[k].lemma in TRIGGERS | {"документ"} and \
        any(toks[c].rel in {"det", "amod"} and toks[c].lemma in KIND_DETERMINERS
            for c in sent.children(k))
