"""Candidate dates: the date of one agreement mention.

The date of the signing clause (``_clause_date``), of the noun's own phrase
(``_own_phrase_date``), of the sentence or event told around it (``_sentence_date``,
``_event_date``), a date attached to a referred agreement (``_attached_date``), a scheduled
signing's day (``_scheduled_date``), the occasion's day told just before
(``_occasion_date``), an extended agreement's base date (``_extended_base_date``), a
chronicle's year (``_chronicle_year``) and a referred agreement's date (``referred_date``).
It stands apart from extract.agreements because it only maps a mention to a date through
the per-document date index; what the date belongs to (status, sides) is decided elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from soccoop import isodate
from soccoop.extract.agreement_clauses import (
    _coordinate_bounds,
    _other_agreements,
    _predicate_path,
    _signed_participle,
    noun_phrase,
)
from soccoop.extract.agreement_types import (
    _DateIndex,
    _token_index,
)
from soccoop.extract.dates import heading_month_at, heading_year_at
from soccoop.extract.datewords import (
    COUNT_WORDS,
    DAY_OCCASION_NOUNS,
    IN_FORCE_VERBS,
    SENTENCE_STOPS,
    SINCE_PHRASE_WIDTH,
    SINCE_PREPOSITIONS,
)
from soccoop.extract.lexicon import (
    ANNIVERSARY_WORDS,
    BASE_NOUNS,
    BASE_SIGNING_PARTICIPLES,
    BASE_WORDS,
    COOPERATION_DOCUMENTS,
    DATED_ACTS,
    ELAPSE_VERBS,
    EVENT_NOUNS,
    EVENT_REFERENCES,
    EVENT_VERBS,
    EXTEND_VERBS,
    FORMER_WORDS,
    HAPPEN_VERBS,
    IN_FORCE_PARTICIPLES,
    LINK_VERBS,
    NOM_ACC_ENDINGS,
    OCCASION_NOUNS,
    OCCASION_VERBS,
    OTHER_DOCUMENTS,
    PLAN_HEADS,
    PLAN_WORDS,
    POSTPONE_WORDS,
    SCHEDULE_VERBS,
    SIGN_NOUNS,
    SIGN_VERBS,
    SINCE_CLAUSE_WORDS,
    SINCE_POINT_NOUNS,
    SPAN_CLAUSE_MARKS,
    TERM_PREPOSITIONS,
    THEN_ADVERBS,
    TRIGGERS,
    YEAR_UNIT,
)
from soccoop.extract.lexicon_sides import (
    REFERRING_WORDS,
    SPEECH_CLOSE,
    SPEECH_OPEN,
)
from soccoop.extract.lexicon_signers import ABBREVIATION_LETTERS, EXTENDED_TERMS
from soccoop.extract.nlp import Sentence, Token
from soccoop.extract.signing_ahead import future_be, future_form
from soccoop.extract.signing_dates import (
    agreeing_participle,
    another_event_date,
    counterfactual_date,
    date_head,
    dated_opening,
    expiry_date,
    in_noun_clause,
    inner_sentence,
    later_time_told,  # fixdate59
    planned_by_pronoun,  # statC
    put_off_to,  # date72
    puts_signing_off,  # date72
)
from soccoop.extract.syntax import (
    Window,
    ancestors,
    negated,
    relative_pronoun_before,
    subtree,
    under_clause,
)
from soccoop.models import (
    DateRef,
)


def _clause_date(sent: Sentence, k: int, dates: _DateIndex) -> str | None:
    """The date inside the clause that signs the agreement, before any other date of the
    sentence: "Соглашение, подписанное 18 апреля, вступит в силу с 1 мая" is dated 18
    April. Only from the parse; None without a signing clause or a date in it."""
    if not sent.parsed:
        return None
    path = _predicate_path(sent, k)
    verb = path[-1] if len(path) > 1 and sent.tokens[path[-1]].lemma in SIGN_VERBS else \
        _signed_participle(sent, k)
    if verb is None:
        verb = agreeing_participle(sent, k, SIGN_VERBS)
    if verb is None:
        return None
    under = subtree(sent, verb)
    if k in under:
        # the noun is inside the verb's subtree: keep to the verb's own dependents
        # that are not the noun's phrase
        noun = noun_phrase(sent, k)
        under = [i for i in under if i not in noun]
    mark = clause_mark(sent, verb)  # date76
    under = [i for i in under if i > mark]
    others = _other_agreements(sent, k)
    # the verb's own coordinate clause: "в понедельник подписали соглашение, а в мае
    # планируют подписать ещё одно" - May is the second clause's
    lo, hi = _coordinate_bounds(sent, k, verbs=True)
    starts = {sent.tokens[i].start for i in under if i not in others and lo <= i < hi}
    phrases = (set(subtree(sent, k)) | others) - {verb}
    inside = [d for d in dates.within(sent) if d.value and d.start in starts and
              not term_date(sent, d) and not another_event_date(sent, d, verb) and
              participle_of_date(sent, d) not in phrases and  # date90
              not _dates_other(sent, k, d)]
    if not inside:
        # date54: "в прошлый четверг я была в Тюмени и подписала соглашение"
        shared = {sent.tokens[i].start for i in fronted_shared_adjuncts(sent, verb)}
        inside = [d for d in dates.within(sent) if d.value and d.start in shared and
                  not term_date(sent, d)]
    inside.sort(key=lambda d: (in_noun_clause(sent, d, verb), d.relative, d.start))
    return inside[0].value if inside else None


def clause_mark(sent: Sentence, verb: int) -> int:
    """date76: where the subordinate clause of the signing verb at ``verb`` opens, at its
    conjunction ("что", the verb's ``mark`` dependent in the parse) or its relative pronoun
    after a comma ("..., с которой ..."); -1 for none. What
    stands before it is the main clause's, even when the parser hangs it on the signing
    verb: in "Министр 14 ноября подтвердил, что соглашение будет подписано в декабре" the
    day is the confirming, December the signing."""
    toks = sent.tokens
    marks = [i for i in sent.children(verb) if toks[i].rel == "mark" and i < verb]
    # agr44: a relative pronoun of the verb opens its clause too, its preposition with it:
    # in "В мае ждём гостей из Энской области, с которой в 2023 году подписали соглашение"
    # May is the waiting, 2023 the signing (the parser may hang both on the signing verb)
    for i in sent.children(verb):
        if toks[i].lemma != "который" or not 0 < i < verb:
            continue
        j = i - 1 if toks[i - 1].pos == "ADP" else i
        if j >= 1 and toks[j - 1].text == ",":
            marks.append(j)
    return min(marks) if marks else -1


def fronted_shared_adjuncts(sent: Sentence, verb: int) -> list[int]:
    """date54: the tokens of the adjuncts a coordination shares, when the signing verb at
    ``verb`` is a later conjunct: those fronted before the first conjunct's head, on that
    head. "В прошлый четверг я была в Тюмени и подписала соглашение": "в прошлый четверг"
    dates both the stay and the signing. An adjunct after the first conjunct's head ("была
    в Тюмени в четверг и подписала") is its own; so is a conjunct not in the past or with a
    subject of its own ("Сегодня это занимает минуты, ради чего соглашение и заключается").
    Only from the parse."""
    toks = sent.tokens
    h = toks[verb].head
    if toks[verb].rel != "conj" or not 0 <= h < verb or toks[verb].feats.get("Tense") != "Past":
        return []
    if any(toks[c].rel.startswith("nsubj") for c in sent.children(verb)):
        return []  # a subject of its own: a clause of its own, not a shared coordination
    out: list[int] = []
    for c in sent.children(h):
        if c < h and toks[c].rel in _ADJUNCT_RELS:
            out += subtree(sent, c)
    return out


_ADJUNCT_RELS = frozenset({"obl", "nmod", "advmod", "obl:tmod"})


_CHRONICLE_ENTRY = re.compile(r"((?:19|20)\d\d)\s*(?:г\.|год)?\s*[—–-]\s")


def _chronicle_year(text: str, sent: Sentence) -> str | None:
    """A line of a chronology opens with its year and a dash, and the year dates what the
    line tells: "2019 — правительства двух республик подписали соглашение". Only a
    sentence that starts its line."""
    if sent.start > 0 and text[sent.start - 1] != "\n":
        return None
    m = _CHRONICLE_ENTRY.match(text, sent.start, sent.stop)
    return m.group(1) if m else None


def heading_year(text: str, sent: Sentence, k: int) -> str | None:
    """date54: a sentence that states no date, in a paragraph a year heads, tells that
    year: "2022 год. Стороны подписали дополнительное соглашение к договору" is of 2022,
    not of the page's day (``dates.heading_year_at``, which also gives the heading's year
    to a month or day told without one in the paragraph). The heading opens the sentence's
    line and ends at or before the sentence. The year dates what the sentence tells done, not
    an agreement noun k in a prepositional phrase (the older "к договору", "по
    соглашению": the base an addendum is signed to keeps its own time). date56: a heading
    by a month and its year gives the month ("Май 2022 года. Договор с колледжем о
    практике студентов." is ``2022-05``: ``dates.heading_month_at``)."""
    if k >= 1 and sent.tokens[k - 1].pos == "ADP":
        return None
    y = heading_year_at(text, sent.start)
    return str(y) if y is not None else heading_month_at(text, sent.start)


def plan_date_of_other_sentence(sent: Sentence, k: int, dates: _DateIndex, value: str) -> bool:
    """date62: is the sentence's date ``value`` that a plan would take only in another
    sentence a quote glues to the noun's? "«... и сегодня им приходится дважды подтверждать
    сведения. После подписания соглашения этого не потребуется», — пояснила министр":
    "сегодня" is no day of the signing to come. A full stop between the date and the noun
    ends a sentence when a word of three letters or more stands before it and a capital
    after it (``SENTENCE_STOPS``): "им. Л. Н. Толстого" has none."""
    toks = sent.tokens

    def stop_between(a: int, b: int) -> bool:
        return any(toks[n].text in SENTENCE_STOPS and len(toks[n - 1].text) >= 3 and
                   toks[n + 1].text[:1].isupper() for n in range(max(a, 1), min(b, len(toks) - 1)))

    found = [_token_index(sent, d.start) for d in dates.within(sent) if d.value == value]
    found = [i for i in found if 0 <= i < len(toks)]
    return bool(found) and all(stop_between(min(i, k), max(i, k)) for i in found)


def _own_phrase_date(sent: Sentence, k: int, dates: _DateIndex) -> str | None:
    """The date inside the agreement noun's own phrase, not the sentence's: "к соглашению
    от 5 мая 2018 года" is dated 5 May 2018 even though the addendum was signed "вчера"."""
    phrase = noun_phrase(sent, k) - _other_agreements(sent, k)
    starts = {sent.tokens[i].start for i in phrase}
    inside = [d for d in dates.within(sent) if d.value and
              (d.start in starts or from_date_of(sent, k, d) or
               year_named_after(sent, k, d) or
               participle_of_base(sent, participle_of_date(sent, d)) == k or  # pair96
               participle_of_date(sent, d) in phrase - {k}) and  # date90
              not term_date(sent, d) and not _dates_other(sent, k, d)]
    inside.sort(key=lambda d: (d.relative, d.start))
    return inside[0].value if inside else None


def participle_of_date(sent: Sentence, d: DateRef) -> int:
    """date90: the participle a date's prepositional phrase follows at once, whose adjunct
    it is whatever the parse says (-1: none). "Стороны вчера подписали дополнительное
    соглашение к договору, действующему с 2018 года": the parser may hang "с 2018 года" on
    "подписали", but the year is the time "действующему" tells, so it dates the base
    договор, not the addendum. The date's first word follows one preposition, which follows
    the participle (``VerbForm=Part``, full form) with no punctuation between."""
    toks = sent.tokens
    i = _token_index(sent, d.start)
    if not 2 <= i < len(toks) or toks[i - 1].pos != "ADP":
        return -1
    p = toks[i - 2]
    return i - 2 if p.feats.get("VerbForm") == "Part" and \
        p.feats.get("Variant") != "Short" else -1


def participle_of_base(sent: Sentence, p: int) -> int | None:
    """pair96: the base agreement whose signing participle stands at ``p``, by word order,
    whatever the parse: a participle of signing (``BASE_SIGNING_PARTICIPLES``, full form)
    right after a comma whose nearest agreement noun before it, with no verb or other
    punctuation between, is the base of an addendum ("к соглашению") or of an extension
    (after "срока действия", ``EXTENDED_TERMS``) that another agreement noun before it
    adds to or extends. In "Центр и фонд подписали дополнительное соглашение к их договору о
    сотрудничестве в сфере реабилитации, заключённому в 2020 году" the year dates the
    договор, not the addendum signed now, even when the parser hangs "заключённому" on the
    subject. A participle in the case of the earlier noun and not the base's ("...,
    заключённое сроком на три года", by the tagger's case or by a nominative or
    accusative ending, ``NOM_ACC_ENDINGS``) is the earlier noun's. None: no such base."""
    toks = sent.tokens
    if not 2 <= p < len(toks) or toks[p - 1].text != "," or \
            toks[p].lemma not in BASE_SIGNING_PARTICIPLES or \
            toks[p].feats.get("VerbForm") != "Part" or toks[p].feats.get("Variant") == "Short":
        return None
    j = next((j for j in range(p - 2, -1, -1)
              if toks[j].pos in {"VERB", "AUX"} or toks[j].pos == "PUNCT" and
              toks[j].text not in {"«", "»", '"', "(", ")"} or
              toks[j].lemma in TRIGGERS and toks[j].pos in {"NOUN", "PROPN"}), -1)
    if j < 1 or toks[j].lemma not in TRIGGERS or toks[j].pos not in {"NOUN", "PROPN"}:
        return None
    b = j - 1
    while b >= 0 and (toks[b].pos in {"ADJ", "DET", "NUM"} or
                      toks[b].feats.get("VerbForm") == "Part"):
        b -= 1
    if b < 0 or not (toks[b].lemma == "к" or toks[b].lemma in EXTENDED_TERMS and
                     toks[j].feats.get("Case") == "Gen"):
        return None
    earlier = [i for i in range(b) if toks[i].lemma in TRIGGERS and
               toks[i].pos in {"NOUN", "PROPN"}]
    if not earlier:
        return None
    case = toks[p].feats.get("Case")
    if case != toks[j].feats.get("Case") and \
            any(_same_case(toks[p], toks[i]) for i in earlier):
        return None
    if toks[p].text.lower().endswith(NOM_ACC_ENDINGS) and \
            toks[j].feats.get("Case") not in {"Nom", "Acc"}:
        return None  # the tagger's case aside: "заключённое" is no "к договору"'s
    return j


def older_year_of_phrase(sent: Sentence, k: int, dates: _DateIndex,
                         published: str | None) -> bool:
    """date90: does the agreement noun at k carry in its own phrase a year before the
    page's ("Договор 2018 года предусматривал стажировки" on a page of 2025)? Such a noun
    names an earlier agreement, never the paper whose signing the sentence before told:
    "Свои подписи под договором оставили министр и ректор. Договор 2018 года
    предусматривал ..." recalls the older one."""
    own = _own_phrase_date(sent, k, dates)
    year = isodate.parts(own)[0] if own else None
    page = isodate.parts(published)[0] if published else None
    return year is not None and page is not None and year < page


def _names_agreement(sent: Sentence) -> bool:
    """Does the sentence name an agreement noun of its own?"""
    return any(t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"} for t in sent.tokens)


def ends_signing_walk(sent: Sentence, found: str | None, published: str | None) -> bool:
    """date76: does the walk over the sentences after an undated signing, looking for its
    day, end at this one? It does at a sentence naming an agreement noun of its own
    (``_names_agreement``, not only a predicate renaming the document, ``renames_only``)
    that tells a signing done (``signing_done``) and gives no day: one telling the same
    signing again ("Центр и колледж подписали соглашение" over "Во вторник директор центра
    и директор колледжа подписали соглашение о практике") leaves the day to that mention,
    which merging joins; a day told further on ("О намерении заключить такое соглашение
    директор объявил ещё 3 февраля") is not the signing's. ("Ничто не помешало сторонам
    заключить соглашение. Документ подписан во вторник" goes on to the day.) It does too at
    one dating an agreement noun of its own in a year before the publication's: "Подписи
    под дополнительным соглашением поставили министры. Основное соглашение было подписано
    9 мая 2019 года" tells the older agreement, not the addendum's day. mend77: the one test
    for every sentence of the walk, a headline's lead among them (agr76 had a second copy of
    it for the lead alone: "Фонд и колледж подписали соглашение" over a lead telling that
    signing again leaves the day to the lead). agreements69: so does one telling a document
    called base signed (``base_document_signed``) or one called in force signed in a year
    told (``in_force_document_signed``: "Действующий документ стороны подписали в мае 2019
    года": the base of an addendum signed now, not its day; "Действующий документ подписан
    сроком на три года", no year, may be the page's own and goes on to the day)."""
    if any(called_former(sent, k) for k, t in enumerate(sent.tokens)
           if t.lemma in TRIGGERS | COOPERATION_DOCUMENTS and t.pos in {"NOUN", "PROPN"}):
        return True  # again49: "Прежний документ стороны подписали в 2019 году"
    if any(base_document_signed(sent, k) or in_force_document_signed(sent, k)
           for k, t in enumerate(sent.tokens) if t.pos == "NOUN"):
        return True  # agreements69: "Действующий документ был подписан в 2019 году"
    if not _names_agreement(sent) or renames_only(sent):
        return False
    if found is None:
        return signing_done(sent)
    year, pub = isodate.parts(found)[0], isodate.parts(published)[0] if published else None
    return year is not None and pub is not None and year < pub


def called_former(sent: Sentence, k: int) -> bool:
    """again49: does the agreement noun at k carry an adjective of a former agreement
    (``FORMER_WORDS``: "прежнее", "предыдущее")? Its own "amod" in the parse, or the word
    right before it, an adjective of the noun's number and gender (the parser may hang the
    adjective on the next noun: in "Предыдущее соглашение управление и колледж заключили
    ..." it takes "управление" for its head); unparsed, the word right before it. Such a
    noun tells the older agreement of the sides, never the one the page reports: a walk
    for the day of an undated signing ends at it, or at "прежний документ"
    (``ends_signing_walk``), so a renewal does not take the year of the agreement it
    replaces."""
    if noun_called(sent, k, FORMER_WORDS):
        return True
    if not sent.parsed or k == 0:
        return False
    # the adjective right before the noun, hung by the parser on another word
    before, noun = sent.tokens[k - 1], sent.tokens[k].feats
    return before.lemma in FORMER_WORDS and before.pos == "ADJ" and \
        all(before.feats.get(f) == noun.get(f) for f in ("Number", "Gender")
            if noun.get(f) and before.feats.get(f))


def noun_called(sent: Sentence, k: int, words: frozenset[str] | set[str]) -> bool:
    """Does the agreement noun at k carry an adjective of ``words``: its own "amod" in the
    parse, the word right before it without a parse? "Основное соглашение стороны заключили
    в 2018 году" with ``BASE_WORDS``: yes; "соглашение о предыдущем этапе": no (the
    adjective is another noun's). The one reading of an agreement noun called by its own
    adjective (tidy50: ``agreements._noun_called`` until round 50, which
    ``called_former`` wrote again for ``FORMER_WORDS``)."""
    toks = sent.tokens
    if sent.parsed:
        return any(toks[c].lemma in words and toks[c].rel == "amod"
                   for c in sent.children(k))
    return k > 0 and toks[k - 1].lemma in words


def signing_done(sent: Sentence, verbs: Collection[str] = SIGN_VERBS) -> bool:
    """date76: does the sentence hold a verb of signing (``verbs``) in a finite past form,
    a past converb or a short participle ("подписали", "подписав", "было подписано"), by
    morphology? Not an infinitive ("помешали заключить"), not a full participle
    ("подписанное ранее соглашение" names a document, it tells no signing). The one
    reading of a signing done (tidy50: ``candidate_signers._signing_told`` wrote it again
    with its own verbs). A converb tells its subject's act ("Подписав соглашение, стороны
    ..."), and the tagger reads a sentence's first "Подписали" as one ("Подписали документ
    министр и ректор"): sig49's reader took it, date76's did not."""
    return any(t.lemma in verbs and (
        t.feats.get("Tense") == "Past" and t.feats.get("VerbForm") in {"Fin", "Conv"} or
        t.feats.get("VerbForm") == "Part" and t.feats.get("Variant") == "Short")
        for t in sent.tokens)


def renames_only(sent: Sentence) -> bool:
    """status65: is every agreement noun of the sentence an instrumental predicate of a
    verb of being ("Документ стороны подписали в октябре 2019 года, он стал первым в
    республике соглашением органа власти с ..."): a noun that says what the document told
    before was, naming no other agreement? Only from the parse (the noun's head)."""
    toks = sent.tokens
    nouns = [i for i, t in enumerate(toks) if t.lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"}]
    if not sent.parsed or not nouns:
        return False
    for i in nouns:
        h = toks[i].head
        if toks[i].feats.get("Case") != "Ins" or not (0 <= h < len(toks)
                                                       and toks[h].lemma in LINK_VERBS):
            return False
    return True


def in_speech(text: str, at: int) -> bool:
    """Offset ``at`` stands inside an open quotation of its paragraph: more opening marks
    than closing ones before it (a quoted name, «Почта России», is closed)."""
    line = text[text.rfind("\n", 0, at) + 1:at]
    opened = sum(line.count(q) for q in SPEECH_OPEN if q not in SPEECH_CLOSE)
    closed = sum(line.count(q) for q in SPEECH_CLOSE if q not in SPEECH_OPEN)
    return opened > closed


def _occasion_date(sents: list[Window], si: int, dates: _DateIndex, text: str) -> str | None:
    """The day of the occasion told of just before a signing that gives no date: "Во
    вторник в Томске прошло совещание ... . Департамент подписал соглашение с ...". The
    sentence before (or the one before it, past one naming neither date nor agreement)
    names an occasion noun, no agreement of its own and a date of a day; the day itself is
    an occasion: "Друзья, сегодня важный день! Мы подписали соглашение ...". A relative
    day a quoted speaker says is the speaker's present, not the occasion's day (date38:
    "«Сегодня в сельских центрах не хватает специалистов», — пояснила министр после
    церемонии"). fixdate59: not for a signing told at a later time ("Через несколько дней
    ... заключили соглашение", ``signing_dates.later_time_told``)."""
    if later_time_told(sents[si]):
        return None
    for back in (1, 2):
        if si - back < 0:
            return None
        sent = sents[si - back]
        if _names_agreement(sent):
            return None
        inside = [d for d in dates.within(sent) if d.value and _DAY.fullmatch(d.value) and
                  not term_date(sent, d) and not (d.relative and in_speech(text, d.start))]
        if inside:
            lemmas = {t.lemma for t in sent.tokens}
            if not lemmas & (OCCASION_NOUNS | DAY_OCCASION_NOUNS):
                if not lemmas & OCCASION_VERBS:
                    return None  # "Во вторник в Самаре встретились делегации ..." is one too
                inside = [d for d in inside if not _in_relative_clause(sent, d)]
                if not inside:
                    return None
            return min(inside, key=lambda d: (d.relative, d.start)).value
        if dates.within(sent):
            return None
    return None


def _in_relative_clause(sent: Sentence, d: DateRef) -> bool:
    """A date inside a relative clause dates the noun it describes, not the occasion its
    sentence tells by a verb: "Министерство подвело итоги коллегии, которая прошла 10
    октября" tells no day of the summing up; "В четверг подвели итоги" does. From the parse
    (an "acl:relcl" on the date's way to the root, ``syntax.under_clause``), else a
    relative pronoun before the date (``syntax.relative_pronoun_before``)."""
    toks = sent.tokens
    i = _token_index(sent, d.start)
    if not 0 <= i < len(toks):
        return False
    if sent.parsed:
        return under_clause(sent, i)
    return relative_pronoun_before(toks, i) is not None


def term_date(sent: Sentence, d: DateRef) -> bool:
    """"продлили соглашение до 2027 года", "действует до конца года", "срок действия
    истёк 31 августа": a term, not the day of a signing; nor is the time a signing could
    have had ("могло быть подписано ещё в марте, но ...": ``counterfactual_date``)."""
    i = _token_index(sent, d.start)
    return (0 < i <= len(sent.tokens) and sent.tokens[i - 1].lemma in TERM_PREPOSITIONS) or \
        expiry_date(sent, d) or counterfactual_date(sent, d) or extended_for(sent, i)


def extended_for(sent: Sentence, i: int) -> bool:
    """agr76: is the date at token i the span an agreement was extended for, "на" after a
    past verb of extending in the sentence? "Соглашение продлили на 2026 год", "договор
    продлён на 2025–2027 годы": a term, not the day of the signing. An extension still to
    come ("продлят на 2025 год") keeps the year as the plan's, as before."""
    return 0 < i <= len(sent.tokens) and sent.tokens[i - 1].lemma == "на" and \
        any(t.lemma in EXTEND_VERBS and (t.feats.get("Tense") == "Past" or
                                         t.feats.get("Variant") == "Short")
            for t in sent.tokens[:i - 1])


def _sentence_date(sent: Sentence, dates: _DateIndex, k: int | None = None) -> str | None:
    inside = [d for d in dates.within(sent) if d.value and not term_date(sent, d) and
              not another_event_date(sent, d)]
    if k is not None:
        lo, hi = _coordinate_bounds(sent, k, verbs=True)
        a, b = sent.tokens[lo].start, sent.tokens[hi - 1].stop
        inside = [d for d in inside if a <= d.start < b]
        # "дополнительное соглашение к соглашению от 15.03.2021": a date after "от" dates
        # the agreement noun just before it, not an earlier one in the sentence
        inside = [d for d in inside if not _dates_other(sent, k, d)]
        if sent.parsed:
            others = _other_agreements(sent, k)
            inside = [d for d in inside if _token_index(sent, d.start) not in others]
        if not inside:
            return then_clause_date(sent, lo, k, dates) or \
                dated_opening(sent, dates.within(sent))
    inside.sort(key=lambda d: (d.relative, d.start))
    return inside[0].value if inside else None


def other_clause_past_semicolon(sent: Sentence, k: int, d: DateRef) -> bool:
    """date53 (read by ``referred_date``): is ``d`` told in another clause than the
    agreement noun at k, a semicolon
    or a quotation's inner full stop between them (``_clause_stop``), and does the parse
    hang it on a verb of that clause that tells no signing or event? "Директор добавил, что
    обмен сведениями ещё в прошлом году ускорил выплаты; третьим документом стал
    меморандум с фондом": last year is the exchange's, not the memorandum's. A date of a
    signing verb before the semicolon still dates what follows it ("14 мая министерство
    подписало договор с фондом; управление — с колледжем"), and so does a clause that
    names a signing anywhere ("…; подписать его планируется в марте"). Only a past
    event's time (the verb, or the verb an infinitive hangs on, a past indicative: "смог
    ещё в прошлом году ускорить выплаты"): a time put off or planned in the other
    clause ("…; визит перенесён на октябрь", "…; документ планируется внести в декабре")
    may be the agreement's plan. A parsed sentence only."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    i = _token_index(sent, d.start)
    if not 0 <= i < len(toks):
        return False
    lo, hi = (i, k) if i < k else (k, i)
    semis = [j for j in range(lo + 1, hi) if _clause_stop(toks, j)]
    if not semis:
        return False
    v = toks[i].head
    for _ in range(len(toks)):
        if not 0 <= v < len(toks) or toks[v].pos in {"VERB", "AUX"}:
            break
        v = toks[v].head
    if not 0 <= v < len(toks) or toks[v].lemma in SIGN_VERBS | EVENT_VERBS | HAPPEN_VERBS:
        return False
    told = v
    for _ in range(len(toks)):  # "помог сократить в прошлом году": the verb that governs
        h = toks[told].head
        if toks[told].feats.get("VerbForm") != "Inf" or not 0 <= h < len(toks) or \
                toks[h].pos not in {"VERB", "AUX"}:
            break
        told = h
    if toks[told].feats.get("Tense") != "Past" or toks[told].feats.get("VerbForm") != "Fin":
        return False  # "…; визит перенесён на октябрь", "…; его планируется внести в мае"
    stops = [j for j in range(len(toks)) if _clause_stop(toks, j)]
    a = max((j for j in stops if j < i), default=-1)
    b = min((j for j in stops if j > i), default=len(toks))
    if any(t.lemma in SIGN_VERBS | EVENT_VERBS | HAPPEN_VERBS for t in toks[a + 1:b]):
        return False  # "…; подписать его планируется в марте": a signing of its own clause
    return v < semis[0] if i < k else v > semis[-1]


def _clause_stop(toks: list[Token], j: int) -> bool:
    """date53: does token j end a clause of its own: a semicolon, or a full stop inside a
    sentence joined by a quotation, the next word capitalised ("«В прошлом году клубов
    было мало. Эти соглашения — первый шаг», — сказала министр"); not a stop of an
    abbreviation ("в 2021 г. подписали"). fixdate53: nor the point of an initial or of an
    abbreviation before a capital ("с фондом А. В. Петрова", "в г. Энске", "ул. Ленина"):
    the word before the stop is one letter, or a lower-case word of at most
    ``ABBREVIATION_LETTERS`` letters (``lexicon_signers``)."""
    if toks[j].text == ";":
        return True
    if toks[j].text not in SENTENCE_STOPS or j + 1 >= len(toks) or \
            not toks[j + 1].text[:1].isupper():
        return False
    w = toks[j - 1].text if j > 0 else ""
    return len(w) > 1 and not (w.isalpha() and w.islower() and len(w) <= ABBREVIATION_LETTERS)


def then_clause_date(sent: Sentence, lo: int, k: int, dates: _DateIndex) -> str | None:
    """pair62: a clause of the agreement noun that says "тогда" (``lexicon.THEN_ADVERBS``)
    takes the date told last before the clause in the same sentence: "Сотрудничество
    министерства и университета началось 17 декабря 2019 года: тогда соглашение подписали
    министр и ректор" (2019-12-17, the old agreement's day, not today's). Only an adverb
    between the clause's start and the noun, or right after it, and only a date before
    the clause."""
    toks = sent.tokens
    if not any(t.lemma in THEN_ADVERBS and t.pos == "ADV"
               for t in toks[lo:min(len(toks), k + 2)]):
        return None
    start = toks[lo].start
    before = [d for d in dates.within(sent) if d.value and d.end <= start and
              not term_date(sent, d)]
    return max(before, key=lambda d: d.start).value if before else None


def _event_date(sent: Sentence, dates: _DateIndex, any_precision: bool = False) -> str | None:
    """"Документ подписан 3 октября в Пензе", "Церемония прошла 11 апреля": the sentence
    after a report of signing that dates the signing itself. For a signing reported as
    news only a month or a day; ``any_precision`` (an agreement referred to): a year too
    ("Документ был подписан в 2014 году"). date72: never a sentence that puts a signing
    off ("Подписание перенесли на апрель": the time of a signing to come)."""
    if puts_signing_off(sent):
        return None
    lemmas = {t.lemma for t in sent.tokens[:8]}
    if not (lemmas & EVENT_NOUNS and {t.lemma for t in sent.tokens} & EVENT_VERBS) and \
            not _happened(sent) and not _pronoun_signed(sent):
        return None
    date = _sentence_date(sent, dates)
    if any_precision:
        return date
    # a year alone dates an earlier signing: "Это второе соглашение: в 2021 году ..."
    return date if date is not None and isodate.parts(date)[1] is not None else None


def _pronoun_signed(sent: Sentence) -> bool:
    """Does the sentence open with a pronoun taking up the document just reported, its
    verb a short passive participle of signing? "Второе соглашение – с колледжем сервиса.
    Оно было подписано 2 сентября" (date38). Read by morphology (such a sentence names no
    agreement, so it is not parsed): a third-person pronoun in the nominative among the
    first two words, the participle among the first four."""
    words = [t for t in sent.tokens[:5] if t.pos != "PUNCT"]
    return any(t.pos == "PRON" and t.feats.get("Person") == "3" and
               t.feats.get("Case") == "Nom" for t in words[:2]) and \
        any(t.lemma in SIGN_VERBS and t.feats.get("Voice") == "Pass" and
            t.feats.get("Variant") == "Short" for t in words[:4])


def _happened(sent: Sentence) -> bool:
    """Does the sentence open by saying the event just reported happened? "Это произошло
    14 апреля в ходе форума", "Событие состоялось 3 марта": its subject points back, its
    verb is of happening, the two first in the sentence."""
    words = [t for t in sent.tokens[:3] if t.pos != "PUNCT"]
    return len(words) >= 2 and words[0].lemma in EVENT_REFERENCES and \
        words[1].lemma in HAPPEN_VERBS


def in_force_since_in_order(sent: Sentence, k: int, dates: _DateIndex) -> str | None:
    """basis60: an agreement told by a participle of being in force with the year it holds
    since, right before its noun ("работают по действующему с 2021 года договору с
    фондом"), is dated by that year, wherever the parser hung the phrase: the words between
    the participle (``IN_FORCE_VERBS``) and the noun are "с" (``SINCE_PREPOSITIONS``) and
    one date of a year, nothing else. A date after the noun ("действующего соглашения от
    5 мая") is read by the parse; a participle of a term ("действующего до 2027 года")
    gives none."""
    toks = sent.tokens
    j = k - 1
    while j >= 0 and k - j <= SINCE_PHRASE_WIDTH and not (
            toks[j].lemma in IN_FORCE_VERBS and toks[j].feats.get("VerbForm") == "Part"):
        j -= 1
    if j < 0 or k - j > SINCE_PHRASE_WIDTH or toks[j + 1].lemma not in SINCE_PREPOSITIONS:
        return None
    lo, hi = toks[j + 2].start if j + 2 < k else -1, toks[k - 1].stop
    own = [d for d in dates.within(sent) if d.value and d.start == lo and d.end <= hi and
           len(d.value) == 4]
    covered = own and all(t.start >= own[0].start and t.stop <= own[0].end or
                          t.lemma == YEAR_UNIT for t in toks[j + 2:k])
    return own[0].value if covered else None


def _attached_date(sent: Sentence, k: int, dates: _DateIndex) -> str | None:
    """The date of an agreement referred to must belong to it: stated on the agreement
    noun ("соглашения ... от 12 марта 2021 года") or under the predicate its phrase
    depends on ("в 2019 году подписали соглашение", "договор действует с 2017 года"), not
    on another event of the sentence: "На прошлой неделе прошла встреча, приуроченная к
    десятилетию соглашения" does not date the agreement. Unparsed: the sentence's date."""
    if not sent.parsed:
        return _sentence_date(sent, dates, k)
    since = in_force_since_in_order(sent, k, dates)
    if since is not None:
        return since
    toks = sent.tokens
    path = _predicate_path(sent, k)
    another_event = any(toks[i].lemma in ANNIVERSARY_WORDS | BASE_NOUNS | OTHER_DOCUMENTS
                        for i in path[1:]) or \
        planned_work_under(sent, path)  # "в этом году исполняется пять лет соглашению"
    tops = [path[-1] if len(path) > 1 and toks[path[-1]].pos in {"VERB", "AUX"} and
            not another_event else k]
    # "соглашения, которое X и Y подписали в прошлом году": the relative clause's verb,
    # wherever the parser hung it
    tops += [i for i in range(k + 1, len(toks)) if toks[i].pos == "VERB" and
             any(toks[c].lemma == "который" for c in sent.children(i))]
    lo, hi = inner_sentence(sent, k)  # not a date of the quote's next sentence
    starts = {toks[i].start for top in tops for i in subtree(sent, top) if lo <= i < hi}
    inside = [d for d in dates.within(sent) if d.value and d.start in starts and
              not term_date(sent, d) and not _dates_other(sent, k, d)]
    inside.sort(key=lambda d: (d.relative, d.start))
    return inside[0].value if inside else None


def planned_work_under(sent: Sentence, path: list[int]) -> bool:
    """status50: is the agreement only the frame of work that a verb of plan schedules?
    "Первые результаты работы по соглашению ведомства планируют подвести в январе": the
    noun hangs by a preposition on another noun ("работы по соглашению"), and the
    predicate its path ends in plans ("планируют"): the date under it is the work's, not
    the agreement's. A signing noun on the way ("подписание соглашения планируется в
    марте") is the agreement's own event. agr81: so is work a future verb tells
    ("Занятия по соглашению начнутся 1 марта", ``_future_predicate``)."""
    toks = sent.tokens
    if len(path) < 3 or (toks[path[-1]].lemma not in PLAN_HEADS | PLAN_WORDS and
                         not _future_predicate(sent, path[-1])):
        return False
    if not any(toks[c].rel == "case" for c in sent.children(path[0])):
        return False
    return not any(toks[i].lemma in SIGN_NOUNS | TRIGGERS for i in path[1:-1])


def _future_predicate(sent: Sentence, i: int) -> bool:
    """agr81: is verb i in the future tense ("Занятия по соглашению начнутся 1 марта",
    "приём по договору будет вестись с апреля")? Work under an agreement that is yet to
    start is, like work planned under it (``planned_work_under``), no date of the agreement:
    the agreement exists, its work lies ahead."""
    toks = sent.tokens
    if toks[i].pos != "VERB":
        return False
    return future_form(toks[i]) or any(
        toks[c].rel.startswith("aux") and future_be(toks[c]) for c in sent.children(i))


def _scheduled_date(sent: Sentence, dates: _DateIndex, own: bool = False) -> str | None:
    """"Подписание запланировано на апрель": the planned agreement's own sentence, or one
    after it naming no agreement of its own, that schedules its signing (a signing noun
    under a verb of scheduling: "проект соглашения, подписание которого намечено на
    сентябрь") dates it, by the date under that verb (from the parse); date72: so does its
    own sentence putting its signing off, by the time it is put off to (``put_off_to``:
    "подписание соглашения ... перенесено на май"); or a sentence after it that plans to
    sign it by a pronoun ("Подписать его планируем в марте")."""
    if not own and _names_agreement(sent):
        return None
    if not sent.parsed:
        return None if own else planned_by_pronoun(sent, dates.within(sent))
    toks = sent.tokens
    for i, t in enumerate(toks):
        h = t.head
        if t.lemma not in SIGN_NOUNS or not 0 <= h < len(toks):
            continue
        if toks[h].lemma in POSTPONE_WORDS:
            # date72: "Подписание соглашения ..., назначенное на 20 марта, перенесено на
            # май": the time it is put off to, not the one first set; in its own sentence
            # only (a later one is read once mentions are merged, ``put_off_later``)
            target = put_off_to(sent, h, dates.within(sent)) if own else None
            if target is not None:
                return target
            continue
        if toks[h].lemma not in SCHEDULE_VERBS:
            continue
        phrase = set(subtree(sent, i))
        starts = {toks[j].start for j in subtree(sent, h) if j not in phrase}
        inside = [d for d in dates.within(sent) if d.value and d.start in starts]
        if inside:
            # ("на апрель": a month to come, read by ``dates``, anchored ahead, date72)
            return min(inside, key=lambda d: (d.relative, d.start)).value
    return None if own else planned_by_pronoun(sent, dates.within(sent))


def _dates_other(sent: Sentence, k: int, d: DateRef) -> bool:
    """Is d an "от"-date of another agreement noun than the one at k, the year that
    names another (``year_named_after``, date90), or the date of a base's participle
    (``participle_of_base``, pair96) that is not k's?"""
    i = _token_index(sent, d.start)
    if any(year_named_after(sent, j, d) for j in (i - 1,) if j != k):
        return True
    if participle_of_base(sent, participle_of_date(sent, d)) not in {None, k}:
        return True
    if i <= 0 or sent.tokens[i - 1].lemma != "от":
        return False
    owner = max((j for j in range(i) if sent.tokens[j].lemma in TRIGGERS), default=None)
    return owner is not None and owner != k


def year_named_after(sent: Sentence, k: int, d: DateRef) -> bool:
    """date90: is d a year in the genitive right after the agreement noun at k, the year
    that names it ("по договору 2018 года", "Соглашение 2020 года предусматривает")? Such
    a year is the noun's own wherever the parse hangs it: in "работали по договору,
    подписанному в 2016 году, и по договору 2018 года" the parser may hang "2018 года" on
    "подписанному"."""
    toks = sent.tokens
    if not 0 <= k < len(toks) or toks[k].lemma not in TRIGGERS or \
            toks[k].pos not in {"NOUN", "PROPN"} or not d.value or \
            isodate.parts(d.value)[0] is None or isodate.parts(d.value)[1] is not None:
        return False
    return _token_index(sent, d.start) == k + 1 and toks[k + 1].text[:1].isdigit()


def named_year(sent: Sentence, k: int, dates: _DateIndex) -> str | None:
    """date90: the year that names the agreement noun at k (``year_named_after``)."""
    return next((d.value for d in dates.within(sent) if year_named_after(sent, k, d)), None)


def dated_by_from(sent: Sentence, k: int, dates: _DateIndex) -> str | None:
    """older62: an agreement named by its date after "от" ("в рамках соглашения № 7 от
    2 июня 2020 г.", ``from_date_of``) is dated by it, before any other date of its
    sentence: in "с 2020 года министерство работает по соглашению № 7 от 2 июня 2020 г."
    the year the work runs from is the sentence's first date, the day the document
    carries is its own. A term ("от ... до ...", ``term_date``) names no document. Only a
    choice between dates: a sentence whose one date is the "от"-date is left to the passes
    after this one ("Соглашение от 9 мая 2019 года предусматривало ..." may be an agreement
    just told, taken up)."""
    told = [d for d in dates.within(sent) if d.value]
    own = next((d for d in told if from_date_of(sent, k, d) and not term_date(sent, d)), None)
    return own.value if own is not None and any(d.start < own.start for d in told) else None


def from_date_of(sent: Sentence, k: int, d: DateRef) -> bool:
    """date76: is d an "от"-date of the agreement noun at k by word order, the nearest
    agreement noun before it, with no verb between (what ``_dates_other`` reads the other way
    round)? The parse may hang the date on the addendum before the base: in "подписали
    дополнительное соглашение № 3 к соглашению о сотрудничестве от 21 мая 2018 года"
    the day is the base agreement's (told after "к"), not the addendum's. fixolder62: nor
    a document of another kind between (``DATED_ACTS``): in "по соглашению о реализации
    постановления от 5 мая 2019 года" the day is the decree's, not the agreement's."""
    toks = sent.tokens
    i = _token_index(sent, d.start)
    if not k < i - 1 < len(toks) or toks[i - 1].lemma != "от":
        return False
    return not any(t.lemma in TRIGGERS | DATED_ACTS or t.pos in {"VERB", "AUX"}
                   for t in toks[k + 1:i - 1])


def anniversary_signing_date(sent: Sentence, k: int, dates: list[DateRef],
                             published: str | None) -> str | None:
    """date76: the date of a signing told as the point a span of years runs from: "В мае
    исполнилось пять лет с того дня, когда центр и фонд подписали соглашение" (published in
    2023) is a signing of May 2018, referred to, not this year's news. By word order (the
    parser often splits such a sentence at "когда"): before the agreement noun, a clause
    word (``SINCE_CLAUSE_WORDS``) right after "с того дня ," / "с тех пор ,"
    (``SINCE_POINT_NOUNS``), a verb of the span (``ANNIVERSARY_WORDS``, ``ELAPSE_VERBS``)
    and a count of years (a number or a count word, then ``YEAR_UNIT``) before that. The
    date: the one told before the clause word (its year, else the publication's) less the
    count, to its month; without one, the year alone. None when the sentence says no such
    thing, or the count or the year is unknown. date53: the point told by a noun of signing
    too ("исполнилось три года со дня подписания соглашения", ``since_signing_noun``)."""
    toks = sent.tokens
    mark = next((i for i in range(k - 1, 3, -1) if toks[i].lemma in SINCE_CLAUSE_WORDS and
                 toks[i - 1].text == "," and toks[i - 2].lemma in SINCE_POINT_NOUNS and
                 toks[i - 3].lemma == "тот" and toks[i - 4].lemma == "с"), None)
    if mark is None or not any(t.lemma in SIGN_VERBS for t in toks[mark + 1:k]):
        since = since_signing_noun(sent, k)
        if since is None:
            return None
        return _years_back(sent, since, dates, published) or \
            _years_back(sent, since, dates, published, after=k + 1)
    return _years_back(sent, mark - 4, dates, published)


def anniversary_day_next(sents: Sequence[Sentence], si: int, dates: _DateIndex,
                         since: str) -> str | None:
    """date54: a signing's date counted back from an anniversary (``anniversary_signing_
    date``: a year, or a year and month) is told to the day by the next sentence when that
    sentence, naming no agreement noun of its own, tells the signing of the document
    (a verb of signing) on a date within the counted one: "Вчера исполнилось три года
    с момента заключения договора. Свои подписи под документом 9 апреля 2022 года
    поставили глава округа и председатель общества" (a page of 2025) is 2022-04-09, not
    2022. A date of another year, or a next sentence naming another agreement, leaves the
    count's date."""
    if si + 1 >= len(sents):
        return None
    nxt = sents[si + 1]
    if _names_agreement(nxt) or not any(t.lemma in SIGN_VERBS and t.pos in {"VERB", "AUX"}
                                        for t in nxt.tokens):
        return None
    return next((d.value for d in dates.within(nxt) if d.value and not d.relative and
                 d.value.startswith(since) and len(d.value) > len(since)), None)


def since_signing_noun(sent: Sentence, k: int) -> int | None:
    """date53: the index of "с"/"со" that opens a nominal point of signing right before
    the agreement noun at k ("со дня подписания соглашения", "с момента заключения
    договора", "с подписания меморандума"), else None. The noun of the signing is the
    noun's governor by word order ("подписание"/"заключение", ``SIGN_VERBS``' nouns), a
    point noun (``SINCE_POINT_NOUNS``) may stand between it and the preposition."""
    toks = sent.tokens
    if k < 2 or toks[k - 1].lemma not in SIGN_VERBS or toks[k - 1].pos != "NOUN":
        return None
    at = k - 2
    if toks[at].lemma in SINCE_POINT_NOUNS:
        at -= 1
    return at if at >= 0 and toks[at].lemma == "с" else None


def _years_back(sent: Sentence, cut: int, dates: list[DateRef], published: str | None,
                after: int | None = None) -> str | None:
    """date76: the signing's date of a span of years told before token ``cut``: a verb of
    the span (``ANNIVERSARY_WORDS``, ``ELAPSE_VERBS``) and a count of years; the date told
    before ``cut`` (its year, else the publication's) less the count, to its month. date53:
    shared by the clause ("с того дня, когда подписали") and the noun ("со дня
    подписания") of the point: "Весной исполнилось пять лет со дня подписания договора".
    The span told ``after`` a token instead, the point first: "Со дня подписания договора
    прошло три года"; then no other agreement or signing noun may stand there."""
    toks = sent.tokens
    head = toks[:cut] if after is None else toks[after:]
    if after is not None:  # fixdate53: the span's own clause, up to a comma or semicolon
        head = head[:next((i for i, t in enumerate(head) if t.text in SPAN_CLAUSE_MARKS),
                          len(head))]
    if after is not None and any(t.lemma in SIGN_VERBS | TRIGGERS for t in head):
        return None
    if not any(t.lemma in ANNIVERSARY_WORDS | ELAPSE_VERBS for t in head):
        return None
    count = next((_count_of(head[i - 1]) for i in range(1, len(head))
                  if head[i].lemma == YEAR_UNIT), None)
    if not count:
        return None
    told = [d.value for d in dates if d.value and d.end <= toks[cut].start]
    year, month, _ = isodate.parts(told[-1]) if told else (None, None, None)
    year = year or (isodate.parts(published)[0] if published else None)
    if year is None:
        return None
    back = str(int(year) - count)
    return f"{back}-{month}" if month else back


def _count_of(t: Token) -> int | None:
    """The count a token states: a number in digits, or a count word ("десять")."""
    if t.text.isdigit():
        return int(t.text)
    return COUNT_WORDS.get(t.text.lower())


def put_off_from_time_set(sent: Sentence, k: int, dates: list[DateRef]) -> bool:
    """date76: is the signing of the agreement noun at k put off in its own sentence with no
    time it is put off to? Then the sentence's dates are the time first set, gone: in
    "Подписание соглашения, которое планировалось провести сегодня на форуме, перенесено"
    "сегодня" dates no plan (a later sentence may: "Документ подпишут 3 июля"). From the
    parse: the noun's predicate path runs through a signing noun (``SIGN_NOUNS``) to a verb
    of postponing (``POSTPONE_WORDS``), not negated, that ``put_off_to`` finds no time
    for."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    path = _predicate_path(sent, k)
    verb = path[-1]
    if len(path) < 3 or toks[verb].lemma not in POSTPONE_WORDS or \
            not any(toks[i].lemma in SIGN_NOUNS for i in path[1:-1]):
        return False
    if negated(sent, verb):
        return False
    return put_off_to(sent, verb, dates) is None


def _same_case(a: Token, b: Token) -> bool:
    """Case agreement as the tagger gives it, the nominative and accusative taken as one
    (an inanimate noun's accusative is its nominative: "договор, заключенный")."""
    ca, cb = a.feats.get("Case"), b.feats.get("Case")
    return ca == cb or {ca, cb} <= {"Nom", "Acc"}


def _extended_base_date(sent: Sentence, k: int, dates: _DateIndex) -> str | None:
    """The date of the earlier signing of an agreement that the clause extends: "Стороны
    продлили действие соглашения о сотрудничестве, заключенного в марте 2019 года, ещё
    на три года" extends the agreement signed in March 2019, which is an agreement of its
    own (``mentioned``, dated so) beside the signed extension. From the parse: an
    extension verb over the noun (``_predicate_path``), and a past participle of signing
    in the noun's phrase that agrees with the noun in case and number (the parser often
    hangs it on the noun's last word, "о сотрудничестве, заключенного"); the date is the
    one inside the participle's phrase, with its year stated."""
    if not sent.parsed:
        return None
    toks = sent.tokens
    if not any(toks[v].lemma in EXTEND_VERBS for v in _predicate_path(sent, k)[1:]):
        return None
    noun = toks[k].feats
    phrase = set(subtree(sent, k))
    for i in sorted(phrase):
        t = toks[i]
        if t.lemma not in BASE_SIGNING_PARTICIPLES or t.feats.get("VerbForm") != "Part" or \
                t.feats.get("Number") != noun.get("Number") or not _same_case(t, toks[k]):
            continue
        own = _dated_phrase_year(sent, i, dates)
        if own:
            return own
    return None


def _dated_phrase_year(sent: Sentence, i: int, dates: _DateIndex) -> str | None:
    """The first date with a year stated inside the phrase headed at i (a signing
    participle's own clause: "подписанного в 2022 году", "который был заключен ... в 2015
    году"); a day without its year dates no base document."""
    toks = sent.tokens
    starts = {toks[j].start for j in subtree(sent, i)}
    own = [d.value for d in dates.within(sent) if d.value and d.start in starts]
    return own[0] if own and isodate.parts(own[0])[0] is not None else None


def extended_object_date(sent: Sentence, k: int, dates: _DateIndex) -> str | None:
    """status65: the year of the document an agreement extends, told in that document's
    own clause: "Новое соглашение фактически продлевает и расширяет действие документа,
    который был заключен между Правительством региона и Отделением ... еще в 2015 году"
    dates the document extended (the record its sides make) 2015. The noun at k is the
    subject of a verb of extending (``EXTEND_VERBS``, or a verb joined to one by "и");
    the verb's object phrase holds a signing verb or participle (``BASE_SIGNING_PARTICIPLES``:
    "который был заключен", "заключенного") whose phrase states a date with its year.
    Only from the parse."""
    if not sent.parsed:
        return None
    toks = sent.tokens
    v = toks[k].head
    if not 0 <= v < len(toks) or toks[k].rel not in {"nsubj", "obj"} or \
            toks[v].lemma not in EXTEND_VERBS:
        return None
    verbs = [v] + [c for c in sent.children(v) if toks[c].rel == "conj"
                   and toks[c].pos == "VERB"]
    for verb in verbs:
        for obj in sent.children(verb):
            if toks[obj].rel != "obj" or obj == k:
                continue
            for i in subtree(sent, obj):
                if toks[i].lemma not in BASE_SIGNING_PARTICIPLES or \
                        toks[i].feats.get("VerbForm") != "Part":
                    continue
                own = _dated_phrase_year(sent, i, dates)
                if own:
                    return own
    return None


def _referring(sent: Sentence, k: int) -> bool:
    """Is the agreement noun at k marked as the one just told of ("соответствующее
    соглашение")? The marking word modifies the noun (the parse), or stands right before."""
    toks = sent.tokens
    return any(toks[j].lemma in REFERRING_WORDS and (toks[j].head == k if sent.parsed
                                                     else j == k - 1)
               for j in range(max(0, k - 2), k))


def referred_date(sent: Sentence, k: int, dates: list[DateRef]) -> str | None:
    """The date of the cooperation an agreement noun refers back to in its own sentence:
    "Энская область с 2023 года работает вместе с Зетской областью: это соглашение стороны
    заключили ..." is of 2023. Only the one date before the noun, with
    none after it, and only for a referring noun (``_referring``); date53: never a date of
    another clause's verb past a semicolon (``other_clause_past_semicolon``)."""
    if not _referring(sent, k):
        return None
    at = sent.tokens[k].start
    before = [d for d in dates if d.end <= at and d.value]
    if len(before) != 1 or any(d.start >= at for d in dates) or \
            other_clause_past_semicolon(sent, k, before[0]):
        return None
    return before[0].value


_DAY = re.compile(r"(\d{4}|-)-\d{2}-\d{2}")


def year_across_signing(sent: Sentence, k: int, dates: list[DateRef],
                        published: str | None) -> str | None:
    """passing50: the year of an older signing the parser hung across its signing verb. A
    time told in the verb's clause cannot belong to a clause on the far side of that verb
    that does not hold it: when the path of the agreement noun ends in a signing verb
    (``SIGN_VERBS``) and a year-only date's head lies on the other side of that verb, the
    verb not under that head (the arc crosses the verb), the date is the signing's.
    "Это не первый их договор: в 2021 году институт заключил договор с фондом, по
    которому работает клуб" (the parser hangs the year on "работает") and "… того, что
    заложено раньше: центр и фонд подписали соглашение ещё в 2021 году" (on "заложено")
    date the signing 2021. Only a year before the page's: the older agreement a page
    recalls, which the status passes then read as mentioned; a date of the page's year is
    left to the date passes."""
    if not sent.parsed or not published or not published[:4].isdigit():
        return None
    path = _predicate_path(sent, k)
    if len(path) < 2 or sent.tokens[path[-1]].lemma not in SIGN_VERBS or \
            sent.tokens[path[-2]].rel == "nsubj":
        return None  # the subject of an active signing is no agreement: a misparse
    v = path[-1]
    for d in dates:
        if not d.value or len(d.value) != 4 or d.value >= published[:4]:
            continue
        i = date_head(sent, d)
        if i is None:
            continue
        h = sent.tokens[i].head
        if h < 0 or not min(i, h) < v < max(i, h) or h in (path + [v]):
            continue
        if h not in set(ancestors(sent, v)) | {v}:
            return d.value
    return None


def former_document_signed(sent: Sentence, k: int) -> bool:
    """again49: a document called former (``FORMER_WORDS``) that was signed, told after an
    agreement, is the older agreement of the sides just reported, as a base document is
    (``base_document_signed``): "Стороны перезаключили соглашение ... Прежний документ был
    заключён в 2018 году сроком на три года" is the sides' agreement of 2018 (``_former``
    gives it their sides and sets it apart from the new one). The same shapes as a base
    document: unparsed, a former word right before the noun and a verb of signing in the
    sentence; parsed, the noun the object or passive subject of a verb of signing, or with
    a participle of signing, and the former word its adjective."""
    return _document_signed_called(sent, k, FORMER_WORDS)


def base_document_signed(sent: Sentence, k: int) -> bool:
    """recpool96: a document called base (``BASE_WORDS``) that was signed, told after an
    agreement, is that agreement's base, an agreement itself: "Продлили соглашение ...
    Первоначальный документ стороны подписали в 2016 году" (``called_base`` then gives it
    the sides just reported, and its own year sets it apart from the extension). Unparsed,
    a cheap look (a base word right before the noun, a verb of signing in the sentence);
    parsed, the noun is the object or the passive subject of a verb of signing and carries
    the base word as its adjective, or a participle of signing as its clause ("Основной
    документ, подписанный в 2016 году, ...")."""
    return _document_signed_called(sent, k, BASE_WORDS)


def in_force_document_signed(sent: Sentence, k: int) -> bool:
    """agreements69: a document called in force (``IN_FORCE_PARTICIPLES``: "действующий")
    that was signed in a year its sentence states, told after an agreement, is the agreement
    now in force, the one the page's renewal, extension or new agreement builds on, an
    agreement of its own: "Министерство и колледж намерены продлить соглашение о практике.
    Действующий документ был подписан в марте 2021 года" is the sides' agreement of 2021,
    mentioned (``agreements._candidates`` then gives it the sides just reported, as it does
    a base, ``agreements.called_base``). The same shapes
    as a base document (``base_document_signed``), and a year told ("в 2021 году", "20 мая
    2021 года": ``_states_year``): a document in force signed for a term and no year
    ("Действующий документ подписан сроком на три года") may be the page's own, and a
    document with owners of its own in the genitive ("действующий документ министерства и
    фонда", ``_owned_by_genitive``) is not the sides' just reported."""
    return _document_signed_called(sent, k, IN_FORCE_PARTICIPLES) and _states_year(sent) and \
        not _owned_by_genitive(sent, k)


def _states_year(sent: Sentence) -> bool:
    """Does the sentence state a year: a four-digit number of this century or the last one's
    end right before a form of "год" ("в 2021 году", "в октябре 2021 года")?"""
    toks = sent.tokens
    return any(t.text.isdigit() and len(t.text) == 4 and 1990 <= int(t.text) <= 2099 and
               toks[i + 1].lemma == "год" for i, t in enumerate(toks[:-1]))


def _document_signed_called(sent: Sentence, k: int, words: frozenset[str] | set[str]) -> bool:
    """A document noun signed (the object or passive subject of a verb of signing, or with
    a participle of signing as its clause) and carrying an adjective of ``words``; unparsed,
    the word right before the noun and a verb of signing in the sentence."""
    toks = sent.tokens
    if toks[k].lemma not in COOPERATION_DOCUMENTS:
        return False
    if not sent.parsed:
        return k > 0 and toks[k - 1].lemma in words and \
            any(t.lemma in SIGN_VERBS and t.pos in {"VERB", "AUX"} for t in toks)
    h = toks[k].head
    signed = toks[k].rel in {"obj", "nsubj:pass"} and 0 <= h < len(toks) and \
        toks[h].lemma in SIGN_VERBS and toks[h].pos == "VERB"
    signed = signed or any(toks[c].rel == "acl" and toks[c].lemma in SIGN_VERBS
                           for c in sent.children(k))  # "Основной документ, подписанный ..."
    return signed and noun_called(sent, k, words)


def _owned_by_genitive(sent: Sentence, k: int) -> bool:
    """A base told with two owners in the genitive names its own sides, common nouns
    though they may be: "Основное соглашение министерства и университета было подписано
    в 2020 году" is theirs, not the sides of the accession just reported (one owner,
    "Основное соглашение фонда", is one side and still takes the other)."""
    toks = sent.tokens

    def genitive_noun(i: int) -> bool:
        return toks[i].pos in {"NOUN", "PROPN"} and toks[i].feats.get("Case") == "Gen"

    if not sent.parsed:
        return False
    owners = [c for c in sent.children(k) if toks[c].rel == "nmod" and genitive_noun(c)]
    owners += [g for c in owners for g in sent.children(c)
               if toks[g].rel == "conj" and genitive_noun(g)]
    return len(owners) >= 2
