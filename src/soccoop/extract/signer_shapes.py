"""Signers given in sentence shapes the first signer rules do not read: a list after a
colon ("Подписи под соглашением поставили:\\n— министр X;\\n— министр Y."), people
introduced by a meeting whom a collective subject takes up ("Министр встретилась с
министром X. ... Стороны подписали соглашение"), the announced signers of a planned
agreement ("Его подпишут министр X и министр Y") and a signer written with initials in a
coordinated subject ("Е.Н. Петрова и министр X подписали ..."), named in full before;
and the shapes of the signer shape matrix (sigshape, tests/data/signer_shapes.py): agents
of a signing noun ("подписание соглашения министром X"), the speaker of "«Я подписал …»",
the rest of a signing subject once one signer is known, and a signer's conjunct.

Each pass reads the dependency tree and morphology of a sentence; its words live in
extract.lexicon_signer_shapes. ``shape_signers`` runs once per document over the
agreements already found (called from extract.signers), adding only names they lack.
Every lookup is a bisect or bounded by a constant reach, so the cost stays linear in the
document's length.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator

from soccoop import names
from soccoop.extract.lexicon import (
    AGREEMENT_NOUNS,
    DOCUMENT_REFERENCES,
    ORDINALS,
    SIGN_NOUNS,
    SIGNATURE_NOUNS,
    SIGNATURE_VERBS,
    TRIGGERS,
)
from soccoop.extract.lexicon_officials import ACTING_PREFIXES
from soccoop.extract.lexicon_plans import ASSIGN_VERBS, PLANNED_SIGNER_REACH
from soccoop.extract.lexicon_sides import ASIDE_DASHES
from soccoop.extract.lexicon_signer_shapes import (
    ADDRESSED_SUBJECTS,
    AGENT_PATH_MAX,
    ALL_SIDES_WORDS,
    ALONG_REACH,
    ANSWER_SUBJECTS,
    ATTRIBUTION,
    BACK_OBJECTS,
    BECOMING_VERBS,
    CALLED_OFF_WORDS,
    CLOSING_QUOTES,
    COLLECTIVE_SUBJECTS,
    COMMON_GENDER_SUBJECTS,
    CONDUCT_VERBS,
    COUNT_WORDS,
    DUTY_SUBJECT_HEADS,
    DUTY_VERBS,
    FUTURE_REACH,
    GENDERED_PEOPLE,
    HEAD_NOUNS,
    HEADS_REACH,
    HOLDING_VERBS,
    INDECLINABLE_POST_PREFIXES,
    LIST_ITEMS,
    LIST_REACH,
    MEETING_NOUNS,
    MEETING_REACH,
    MEETING_VERBS,
    NAME_LOOKBACK,
    NON_AGENT_CASES,
    OPENING_QUOTES,
    PAIR_REACH,
    PAIR_WORDS,
    PARTNER_PHRASE_WORDS,
    PARTNER_PREPOSITIONS,
    PARTNER_SIGNERS_REACH,
    PERSONAL_PRONOUNS,
    PLAN_SUBJECT_HEADS,
    PLURAL_PRONOUNS,
    REFERENT_REACH,
    REFERRING_SUBJECTS,
    SCHEDULED_EVENT_VERBS,
    SCHEDULING_VERBS,
    SIDE_QUOTE_REACH,
    SIGNATURE_PUT_VERBS,
    SIGNER_NOUNS,
    SIGNING_EVENT_NOUNS,
    SIGNING_PARTICIPANTS,
    SIGNING_REFLEXIVES,
    STEM_LETTERS,
    STRAIGHT_QUOTE,
    TURN_REACH,
    WE_REACH,
    WE_SIGNERS,
)
from soccoop.extract.lexicon_signers import (
    AUTHOR_WITH_PARTNER,
    ELLIPSIS_DASHES,
    FIRST_PERSON_SIGNERS,
    GUEST_WORDS,
    NAME_GROUP_RELATIONS,
    OWN_SIDE_POSSESSIVES,
    PARTNER_CASES,
    SIDE_OPENERS,
    SIGNATURE_WORDS,
    SIGNING_EVENTS,
    SIGNING_HEADS,
    SPEAKER_WORDS,
    SUBJECT_RELATIONS,
    TOGETHER_WORDS,
)
from soccoop.extract.lexicon_status import UNDER_PREPOSITIONS
from soccoop.extract.nlp import (
    Analysis,
    Models,
    NerSpan,
    Sentence,
    Token,
    _initial_at,
    line_of,
    sentence_at,
    sentence_starts,
)
from soccoop.extract.person_names import (
    add_signers,
    person_mentions,
    same_surname,
    surname_readings,
)
from soccoop.extract.signer_captions import caption_pair_signers
from soccoop.extract.signers import (
    addressee,
    bracketed_aside,
    comitative_signer,
    dash_clause_subject,
    gapped_clause_name,
    guest_beside_signer,
    initials_post_holder,
    not_a_signer_name,
    partner_name,
    partner_of,
    persons_in,
    relative_signer,
    signed_by_sentence,
    subject_elsewhere,
    superseded_signer,
    surname_initials_post_holder,
    surname_name,
)
from soccoop.extract.signing_ahead import (
    future_event,
)
from soccoop.extract.syntax import (
    ancestors,
    climb,
    ensure_parsed,
    negated,
    signature_after_seal,
    subtree,
)
from soccoop.models import Agreement

Named = Callable[[Sentence], list[str]]

# Relations of a participle that modifies a noun rather than being the predicate.
MODIFIER_RELATIONS = frozenset({"acl", "acl:relcl", "amod"})

# Whether a planned agreement takes the signers announced for it ("Его подпишут X и Y").
# On since round 8 of issue 9: of the dev golds whose text names a planned agreement's
# future signers, three list them (round 17 twice, round 23) and one does not (round 7);
# ``future_signers`` reads the shape either way, and off restores "no signers yet".
ANNOUNCED_SIGNERS = True

_NON_SPACE = re.compile(r"\S")

_INITIALS = re.compile(r"^(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$")


# --- small readers -------------------------------------------------------------------


def _persons(analysis: Analysis, sent: Sentence) -> list[NerSpan]:
    """PER spans inside a sentence as the NER tagged them (``person_names.person_mentions``),
    less those that name no signer (``not_a_signer_name``): "Соглашение подписали Анна
    Котова и Олег Зуев" → both. (tidy50: the unused ``starts`` argument rev49 kept for the
    callers is gone.)"""
    return [s for s in person_mentions(analysis).inside(sent.start, sent.stop)
            if not not_a_signer_name(sent, s, analysis.read_by())]


def _per_spans(analysis: Analysis) -> list[NerSpan]:
    return _per_index(analysis)[0]


def _per_index(analysis: Analysis) -> tuple[list[NerSpan], list[int]]:
    """The document's PER spans as the NER tagged them, sorted by start, and their starts
    (rev49: ``person_names.person_mentions``, built once per document and shared)."""
    mentions = person_mentions(analysis)
    return mentions.tagged, mentions.tagged_starts


def _first_token(sent: Sentence, span: NerSpan) -> int | None:
    """Index of the span's first token in the sentence (None when outside it)."""
    return next((i for i, t in enumerate(sent.tokens)
                 if span.start <= t.start and t.stop <= span.stop), None)


def _group_top(sent: Sentence, k: int) -> int:
    """From a name's token up through its name group (the post it is apposed to, the
    conjunct it joins) to the group's top: "министр ... Анна Котова" → министр."""
    return climb(sent, k, NAME_GROUP_RELATIONS, limit=6)[-1]


def _post_of(sent: Sentence, k: int) -> int | None:
    """The post a name is apposed to: "министром ... Сергеем Ивановым" → министром."""
    toks = sent.tokens
    k = climb(sent, k, {"flat:name"}, limit=3)[-1]
    if toks[k].rel == "appos" and 0 <= toks[k].head < len(toks) and \
            toks[toks[k].head].pos == "NOUN":
        return toks[k].head
    return None


def _sentence_people(analysis: Analysis, sent: Sentence,
                     kept: Callable[[NerSpan], NerSpan | None]) -> list[NerSpan]:
    """The sentence's PER spans that ``kept`` keeps (as it gives them back), and always the
    name after a dash that closes a post (sigpool91: "министр ... — Анна Котова;" names the
    post's holder, ``_post_dash_name``; sig43: or with no dash, "министр ... П.С. Орлов;",
    ``post_closing_name``): the one loop over a sentence's people of ``_in_nodes`` and
    ``item_person``, which differ only in what they keep."""
    out = []
    closing = _post_dash_name(analysis, sent) or post_closing_name(analysis, sent) or \
        side_dash_post_name(analysis, sent)
    for span in _persons(analysis, sent):
        if closing is not None and span.start == closing.start:
            out.append(span)
            continue
        got = kept(span)
        if got is not None:
            out.append(got)
    return out


def _in_nodes(analysis: Analysis, sent: Sentence, nodes: set[int]) -> list[NerSpan]:
    """The sentence's PER spans whose first token is one of ``nodes`` ("Министр Олег Зуев
    подписал соглашение": the subject's nodes hold "Олег"), and a post-dash name
    (``_sentence_people``)."""

    def in_nodes(span: NerSpan) -> NerSpan | None:
        k = _first_token(sent, span)
        return span if k is not None and k in nodes else None

    return _sentence_people(analysis, sent, in_nodes)


def _subject_nodes(sent: Sentence, verb: int, relations: set[str] | frozenset[str]) -> set[int]:
    """Tokens under the verb's children in ``relations`` (its subject and their
    conjuncts, with their posts and names)."""
    toks = sent.tokens
    out: set[int] = set()
    for c in sent.children(verb):
        if toks[c].rel in relations:
            out.update(subtree(sent, c))
            out.update(_stray_subject_conjunct(sent, max(subtree(sent, c))))
    return out


def _stray_subject_conjunct(sent: Sentence, last: int) -> list[int]:
    """sig48: the parser's slip over a coordinated subject: in "..., визита министра Ольги
    Гусевой, она и глава города Пётр Шилов подпишут соглашение" it hangs "глава" as a
    conjunct of the genitive "министра" before it, not of "она". A word right after the
    subject's last word (``last``) and "и", in the nominative, hung as a conjunct on a word
    in another case outside the subject, is the subject's conjunct: its subtree."""
    toks = sent.tokens
    j = last + 2
    if j >= len(toks) or toks[last + 1].text.lower() != "и":
        return []
    t = toks[j]
    if t.rel != "conj" or t.pos not in {"NOUN", "PROPN"} or t.feats.get("Case") != "Nom" or \
            not 0 <= t.head < len(toks) or toks[t.head].feats.get("Case") in {None, "Nom"}:
        return []
    return subtree(sent, j)


def _add_names(out: list[str], analysis: Analysis, sent: Sentence, spans: Iterable[NerSpan],
               named: Named, models: Models) -> list[str]:
    """rev49: the one way a shape reader lists its signers: the nominative name of each
    span (``_name``) added to ``out`` in the order of the text, each name once, and
    ``out`` returned: "Министр Анна Котова и директор Олег Зуев подписали соглашение" →
    "Анна Котова", "Олег Зуев"; a name two spans give is listed once. Read by
    ``colon_list_signers``, ``initials_subjects``, ``future_signers`` and
    ``planned_partner_signers``; tidy74: and, a span at a time as each passes their tests,
    by ``run_on_list_signers``, ``subject_signers``, ``signing_noun_agents``,
    ``quoted_comitative_partners`` and ``occasion_colon_signers``, which had written its
    three lines again."""
    for span in spans:
        name = _name(analysis, sent, span, named, models)
        if name and name not in out:
            out.append(name)
    return out


def _name(analysis: Analysis, sent: Sentence, span: NerSpan, named: Named,
          models: Models) -> str | None:
    """A person's nominative name: the one the signer reader gives for the sentence
    (an official's name), else the officials' name reader, else initials and surname
    taken up from a full name stated before."""
    from soccoop.extract.signers import initials_nominative, nominative_name

    last = span.text.split()[-1] if span.text.split() else ""
    for n in named(sent):
        if same_surname(n, last):
            return n
    if _INITIALS.match(span.text.strip()):
        return earlier_full_name(analysis, span, models) or initials_nominative(
            re.sub(r"\.(?=\S)", ". ", span.text.strip()), models)
    found = nominative_name(sent, span, models)
    words = span.text.split()
    if found is None and len(words) > 1 and _INITIALS_AFTER.match(" ".join(words[1:])):
        # surname first, initials after ("Очиров Б.Н."): the project's initials-first form
        initials = " ".join(f"{x}." for x in re.findall(r"[А-ЯЁ]", "".join(words[1:])))
        return initials_nominative(f"{initials} {words[0]}", models)  # "О.В" too (sig30)
    return found


def earlier_full_name(analysis: Analysis, span: NerSpan, models: Models) -> str | None:
    """The full name a signer written with initials was named by before: "По словам
    министра Елены Степановой ... Е.Н. Степанова и председатель комитета X подписали
    ..." → "Елена Степанова". The text must name exactly one person in full with that
    surname among the last NAME_LOOKBACK person mentions."""
    from soccoop.extract.signers import nominative_name

    spans, starts = _per_index(analysis)
    surname = span.text.split()[-1].split(".")[-1]
    n = bisect_left(starts, span.start)
    sent_starts = sentence_starts(analysis.sentences)
    found: set[str] = set()
    for earlier in spans[max(0, n - NAME_LOOKBACK):n]:
        if _INITIALS.match(earlier.text.strip()) or earlier.stop > span.start:
            continue  # initials again, or the span itself run on from before (sig30)
        k = bisect_right(sent_starts, earlier.start) - 1
        if k < 0:
            continue
        full = nominative_name(analysis.sentences[k], earlier, models)
        if full and same_surname(full, surname):
            found.add(full)
    return found.pop() if len(found) == 1 else None


def _signing_verbs(sent: Sentence) -> list[int]:
    """Signing verbs that are predicates ("подписали", "подпишут", "подписать", the short
    participle "заключено"), not participles that modify a noun ("соглашения,
    подписанного в 2022 году")."""
    return [k for k, t in enumerate(sent.tokens)
            if t.lemma in SIGNING_HEADS and t.pos == "VERB" and
            not (t.feats.get("VerbForm") == "Part" and t.rel in MODIFIER_RELATIONS)]


# --- pass 1: a list of signers after a colon ---------------------------------------


def colon_signing(sent: Sentence) -> bool:
    """A signing clause that ends in a colon and names nobody, so that the list after
    it names the signers: "Подписи под соглашением поставили:", "Документ подписали:".
    A signing verb, or a signature as the object of a verb, and a colon last; no verb of
    attending ("На подписании присутствовали:" lists guests). Only from the parse."""
    toks = sent.tokens
    if len(toks) < 2 or toks[-1].text != ":":
        return False
    if any(t.lemma in GUEST_WORDS for t in toks):
        return False
    if _signing_verbs(sent) or _signers_heading(sent):
        return True
    # sig67: a plural signature the parser took for the subject of a subjectless verb
    # keeps its accusative ("Подписи также поставили:")
    return any(t.lemma in SIGNATURE_WORDS and
               (t.rel == "obj" or t.rel == "nsubj" and t.feats.get("Case") == "Acc")
               for t in toks)


def _signers_heading(sent: Sentence) -> bool:
    """sig89 signers_heading: a colon clause of nouns alone, no verb, whose root is a
    noun of the signers ("Подписанты:") or of the participants of the signing itself, the
    signing noun its genitive ("Участники подписания:"); not the participants of a
    meeting ("Участники встречи:"). Only from the parse."""
    toks = sent.tokens
    if any(t.pos in {"VERB", "AUX"} for t in toks):
        return False
    for k, t in enumerate(toks):
        if t.head >= 0 or t.pos != "NOUN":
            continue
        if t.lemma in SIGNER_NOUNS:
            return True
        return t.lemma in SIGNING_PARTICIPANTS and any(
            toks[c].lemma in SIGNING_EVENT_NOUNS and toks[c].feats.get("Case") == "Gen"
            for c in sent.children(k))
    return False


# sig89: a name opening a line, its post after a dash: "Ольга Кравец — директор ...;"
_NAME_DASH = re.compile(r"\s*[—–-]\s")


def _named_line(analysis: Analysis, sent: Sentence) -> bool:
    """sig89 named_line: a line of a list without a mark, opened by a person's name and
    a dash before the post: "О.В. Сомова — министр социальной защиты области;" (the
    dash stands for the mark, the name is the item's head)."""
    name = _opening_name(analysis, sent)
    return name is not None and _NAME_DASH.match(analysis.text, name.stop) is not None


def _opening_name(analysis: Analysis, sent: Sentence) -> NerSpan | None:
    """rev48: the PER span that opens the sentence and ends before it does ("О.В. Сомова"
    of "О.В. Сомова — министр ...;"), else None: the one reading of a list line's head
    name for ``_named_line`` and ``_named_comma_line``."""
    spans, starts = _per_index(analysis)
    at = bisect_left(starts, sent.start)
    if at == len(spans) or spans[at].start != sent.start or spans[at].stop >= sent.stop:
        return None
    return spans[at]


# sigpool95: a name opening a line, its post after a comma: "Анна Котова, министр ...;"
_NAME_COMMA = re.compile(r"\s*,\s")


def _named_comma_line(analysis: Analysis, sent: Sentence) -> bool:
    """sigpool95 named_comma_line: a line of a list without a mark, opened by a person's
    name and a comma before the post, with no finite verb: "Анна Сергеевна Котова,
    министр социальной защиты области;" (the comma stands where ``_named_line`` has a
    dash). A line that goes on to tell something ("Анна Котова, министр области,
    напомнила о сроках.") is prose, not an item. Read from the morphology alone."""
    name = _opening_name(analysis, sent)
    if name is None or _NAME_COMMA.match(analysis.text, name.stop) is None:
        return False
    return not any(t.pos in {"VERB", "AUX"} and t.feats.get("VerbForm") == "Fin"
                   for t in sent.tokens)


# sigpool91: a dash between a post and its holder, and what may follow a name that
# closes its line
_DASH_BEFORE_NAME = re.compile(r"\s[—–-]\s*$")
_LINE_END = re.compile(r"[\s;,.]*(?:\n|$)")


def _last_person(analysis: Analysis, sent: Sentence) -> NerSpan | None:
    """The last person span that starts inside the sentence (it may run past its end): the
    name closing a list's line, for ``_post_dash_name`` and ``post_closing_name``."""
    spans, starts = _per_index(analysis)
    last = None
    for span in spans[bisect_left(starts, sent.start):]:
        if span.start >= sent.stop:
            break
        last = span
    return last


def _post_dash_name(analysis: Analysis, sent: Sentence) -> NerSpan | None:
    """sigpool91 post_dash_name: the person of a line of a list without a mark, a post
    before a dash and the name closing the line: "министр социальной защиты области —
    Анна Сергеевна Котова;" (the mirror of ``_named_line``: the dash stands between the
    post and its holder). The line's last person span, right after a dash, with nothing
    but a semicolon, comma or stop after it to the line's end; a line opened by the name
    is not this shape."""
    text = analysis.text
    last = _last_person(analysis, sent)
    if last is None or last.start == sent.start or last.stop > sent.stop:
        return None
    if not _DASH_BEFORE_NAME.search(text, sent.start, last.start) or \
            not _LINE_END.match(text, last.stop):
        return None
    return last


# lists65: a dash after the side a line opens with, a post in lower case right after it
_SIDE_DASH_POST = re.compile(r"\S\s+[—–-]\s+(?=[а-яё])")


def side_dash_post_name(analysis: Analysis, sent: Sentence) -> NerSpan | None:
    """lists65 side_dash_post_name: the person of a list's line that opens with the side
    its signer signed for, then a dash, the post in lower case and the name closing the
    line: "Областной фонд «Опора» – председатель правления Олег Зуев;", "со стороны
    центра — директор П. С. Орлов." under "Документ подписали:" (a many-sided agreement's
    signers, each with the body they stand for). The line's last person span, not opening
    it, with nothing but a semicolon, comma or stop after it to the line's end; a dash
    with a lower-case word after it stands between the line's opening words and that span;
    the line opens a line of the text and tells no finite verb (prose is no item)."""
    text = analysis.text
    if text[text.rfind("\n", 0, sent.start) + 1:sent.start].strip():
        return None
    last = _last_person(analysis, sent)
    if last is None or last.start == sent.start or last.stop > sent.stop or \
            not _LINE_END.match(text, last.stop):
        return None
    if not _SIDE_DASH_POST.search(text, sent.start, last.start) or any(
            t.pos in {"VERB", "AUX"} and t.feats.get("VerbForm") == "Fin"
            for t in sent.tokens):
        return None
    return last


def post_closing_name(analysis: Analysis, sent: Sentence) -> NerSpan | None:
    """sig43 post_closing_name: the person of a list's line without a mark or a dash, a
    post in lower case opening the line and the name closing it: "министр культуры края
    П.С. Орлов;" (a signers' list under "Документ подписали:").
    The line's last person span, after two words at least, with nothing but a semicolon,
    comma or stop after it to the line's end; the line opens with a noun or an adjective
    written in lower case (a post, not a sentence's capital)."""
    text = analysis.text
    toks = sent.tokens
    if len(toks) < 3 or not text[sent.start:sent.start + 1].islower() or \
            toks[0].pos not in {"NOUN", "ADJ"}:
        return None
    last = _last_person(analysis, sent)
    if last is None or last.stop > sent.stop or \
            sum(1 for t in toks if t.stop <= last.start and t.pos != "PUNCT") < 2 or \
            not _LINE_END.match(text, last.stop):
        return None
    return last


def _item(analysis: Analysis, sent: Sentence) -> bool:
    """A list item on a line of its own: a list mark ("—", "•", "1)", "2.") opens the
    line, or a name before a dash (``_named_line``) or a comma (``_named_comma_line``),
    or a post before a dash and the name closing the line (``_post_dash_name``), or (sig43)
    a lower-case post with the name closing the line (``post_closing_name``), or (lists65)
    a side, a dash and a post before the name closing the line (``side_dash_post_name``)."""
    from soccoop.extract.signers import list_item

    text = analysis.text
    before = text[text.rfind("\n", 0, sent.start) + 1:sent.start]
    return not before.strip() and (list_item(sent) or _named_line(analysis, sent) or
                                   _named_comma_line(analysis, sent) or
                                   _post_dash_name(analysis, sent) is not None or
                                   post_closing_name(analysis, sent) is not None or
                                   side_dash_post_name(analysis, sent) is not None)


def item_person(analysis: Analysis, sent: Sentence, models: Models) -> list[NerSpan]:
    """The people a list item names as its head: "— министр социальной защиты
    Республики N Анна Котова;" → Анна Котова. A name whose group (its post, the
    conjunct it joins) is the item's root; not a name deeper in it ("— советник
    губернатора, по приглашению Анны Котовой"). Only from the parse."""
    sent = ensure_parsed(sent, models)
    toks = sent.tokens
    # the list mark ("1)", "—") may be the parser's root: then what hangs on it is the head
    mark = next((i for i, t in enumerate(toks) if t.pos not in {"NUM", "PUNCT", "SYM", "X"}),
                len(toks))

    def heads_the_item(span: NerSpan) -> NerSpan | None:
        span = acronym_before_initials(span)
        k = _first_token(sent, span)
        if k is None:
            return None
        head = toks[_group_top(sent, k)].head
        if head < 0 or head < mark or span.start == sent.start and (
                _named_line(analysis, sent) or _named_comma_line(analysis, sent)) \
                or written_post_holder(sent, span, models):
            # sig89: the name before a dash (sigpool95: or a comma) is the subject of its
            # post; signer95: a name with initials after the post holds it, however the
            # parser hung it
            return span
        return None

    return _sentence_people(analysis, sent, heads_the_item)


# signer95: a body's acronym the NER ran into a name written initials first
_ACRONYM_THEN_INITIALS = re.compile(r"[А-ЯЁ][а-яё]*[А-ЯЁ][А-ЯЁа-яё]*\s+"
                                    r"(?=(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$)")


def acronym_before_initials(span: NerSpan) -> NerSpan:
    """signer95 acronym_before_initials: a person's span that opens with a body's acronym
    (two capitals or more, "КГМУ", "ОмГМУ") before a name written initials first is cut to
    the name: "проректор ОмГМУ П.С. Орлов" tagged "ОмГМУ П.С. Орлов" → "П.С. Орлов"
    (initials and a surname make a whole name; a word of two capitals or more before them
    is no part of it). Word shape only."""
    m = _ACRONYM_THEN_INITIALS.match(span.text)
    if m is None:
        return span
    return NerSpan(span.type, span.start + m.end(), span.stop, span.text[m.end():])


def written_post_holder(sent: Sentence, span: NerSpan, models: Models) -> bool:
    """signer95 written_post_holder: a list item's name written with initials holds the
    item's post written right before it, however the parser hung the name, when its
    surname may be read in the nominative (``signers.initials_post_holder``,
    ``surname_initials_post_holder``): "— проректор по научной работе университета П.С.
    Орлов;" with "П.С. Орлов" hung on "университета" → Орлов. "— советник губернатора, по
    приглашению Анны Котовой;" names no holder (no initials, the name in the genitive).
    From morphology and word order only."""
    return initials_post_holder(sent, span, models) or \
        surname_initials_post_holder(sent, span, models)


def colon_list_signers(analysis: Analysis, si: int, named: Named, models: Models) -> list[str]:
    """The signers a colon clause lists, in items on lines of their own right after it:
    "Документ подписали:\\n— министр труда области N Анна Котова;\\n— глава
    департамента края M Пётр Гусев." The items are read until the first line that is
    no item, LIST_ITEMS at most."""
    sents = analysis.sentences
    out: list[str] = []
    for n in range(si + 1, min(len(sents), si + 1 + LIST_ITEMS)):
        if not _item(analysis, sents[n]):
            break
        _add_names(out, analysis, sents[n], item_person(analysis, sents[n], models), named,
                   models)
    return out


# sig89: a name opening a run-on list's next item, its post after a comma or a dash
_NAME_THEN_POST = re.compile(r"\s*[,—–-]\s")


def _run_on_colon_signing(sent: Sentence) -> bool:
    """sig89: a signing clause before a colon inside the sentence, the sentence itself
    cut at a semicolon ending the list's first item: "Подписи поставили: Анна Котова,
    министр ...;". A signing verb, or a signature as its object, before the colon; no word
    of attending."""
    toks = sent.tokens
    colon = next((k for k, t in enumerate(toks) if t.text == ":"), None)
    if colon is None or colon == len(toks) - 1 or toks[-1].text != ";" or \
            any(t.lemma in GUEST_WORDS for t in toks[:colon]):
        return False
    return any(k < colon for k in _signing_verbs(sent)) or any(
        t.lemma in SIGNATURE_WORDS and t.rel == "obj" for t in toks[:colon])


def run_on_list_signers(analysis: Analysis, si: int, named: Named,
                        models: Models) -> list[str]:
    """sig89 run_on_list_signers: the signers of a list after a colon run on in one
    paragraph, its items cut at semicolons: "Свои подписи поставили: Анна Котова, министр
    ...; Пётр Гусев, глава района ...; Ольга Лисина, директор центра ...". The items after
    the colon clause's own sentence (``_run_on_colon_signing``) are read while each opens,
    on the same line, with a person's name followed by a comma or a dash, and the item
    before ends with a semicolon; LIST_ITEMS at most."""
    sents, text = analysis.sentences, analysis.text
    if not _run_on_colon_signing(ensure_parsed(sents[si], models)):
        return []
    spans, starts = _per_index(analysis)
    out: list[str] = []
    for n in range(si + 1, min(len(sents), si + 1 + LIST_ITEMS)):
        sent, before = sents[n], sents[n - 1]
        if not before.text.rstrip().endswith(";") or "\n" in text[before.stop:sent.start]:
            break
        at = bisect_left(starts, sent.start)
        if at == len(spans) or spans[at].start != sent.start or \
                _NAME_THEN_POST.match(text, spans[at].stop) is None:
            break
        _add_names(out, analysis, sent, (spans[at],), named, models)
    return out


# --- pass 2: a collective signing after a meeting ----------------------------------


def collective_signing(sent: Sentence, back: bool = False) -> bool:
    """A signing whose subject stands for people named before and names nobody:
    "Стороны подписали соглашение", "По итогам встречи руководители подписали ...".
    With ``back``, only one whose object refers back to a document signed before ("Они
    подписали документ", "Руководители подписали его"). Only from the parse."""
    toks = sent.tokens
    for v in _signing_verbs(sent):
        if back and not _back_object(sent, v):
            continue
        for c in sent.children(v):
            t = toks[c]
            if t.rel in SUBJECT_RELATIONS and (t.lemma in COLLECTIVE_SUBJECTS or
                                                 t.text.lower() in COLLECTIVE_SUBJECTS) \
                    and not any(toks[x].pos == "PROPN" for x in sent.children(c)):
                return True
    return False


def _meeting_verb(sent: Sentence) -> int | None:
    """The verb of a meeting: "встретилась с ...", "провела рабочую встречу с ..."."""
    toks = sent.tokens
    for k, t in enumerate(toks):
        if t.pos != "VERB":
            continue
        if t.lemma in MEETING_VERBS:
            return k
        if t.lemma in HOLDING_VERBS and any(toks[c].lemma in MEETING_NOUNS and
                                            toks[c].rel == "obj" for c in sent.children(k)):
            return k
    return None


def _partner_nodes(sent: Sentence, verb: int) -> set[int]:
    """Tokens of the partner one meets, "с + instrumental" under the verb or under its
    meeting noun: "встретилась с министром X", "провела встречу с министром X"."""
    toks = sent.tokens
    heads = [verb] + [c for c in sent.children(verb) if toks[c].lemma in MEETING_NOUNS]
    out: set[int] = set()
    for h in heads:
        for c in sent.children(h):
            if toks[c].feats.get("Case") == "Ins" and any(
                    toks[x].rel == "case" and toks[x].lemma in PARTNER_PREPOSITIONS
                    for x in sent.children(c)):
                out.update(subtree(sent, c))
    return out


def post_holder(analysis: Analysis, sent: Sentence, post: int, others: list[str],
                named: Named, models: Models) -> str | None:
    """The person a bare post stands for ("министр встретилась с ..."): the one named
    last before the sentence with a post of the same word ("министр труда ... Анна
    Котова находилась с рабочей поездкой ..."), not one of ``others``. Reads back
    NAME_LOOKBACK person mentions."""
    spans, starts = _per_index(analysis)
    lemma = sent.tokens[post].lemma
    sent_starts = sentence_starts(analysis.sentences)
    n = bisect_left(starts, sent.start)
    for earlier in reversed(spans[max(0, n - NAME_LOOKBACK):n]):
        k = bisect_right(sent_starts, earlier.start) - 1
        if k < 0:
            continue
        s = analysis.sentences[k]
        if not s.parsed:
            continue
        first = _first_token(s, earlier)
        if first is None:
            continue
        p = _post_of(s, first)
        if p is None or s.tokens[p].lemma != lemma or \
                _name_between(spans, starts, s.tokens[p].stop, earlier.start):
            continue
        name = _name(analysis, s, earlier, named, models)
        if name and not any(same_surname(name, o) for o in others):
            return name
    return None


def _name_between(spans: list[NerSpan], starts: list[int], lo: int, hi: int) -> bool:
    """sig49: does another person's name stand between a post and the name the parser
    hung on it? Then the post is that other person's: in "ректор вуза Иван Котов и глава
    города Олег Рябов" the parser may make "Олег" an apposition of "ректор", yet the
    rector is Котов (by bisect on the document's PER spans)."""
    n = bisect_left(starts, lo)
    return n < len(spans) and spans[n].start < hi


def meeting_participants(analysis: Analysis, sent: Sentence, named: Named,
                         models: Models) -> list[str]:
    """Who met in a meeting sentence: its subject (a name, or a bare post taken up from
    the one named before with it) and the partner met "с + instrumental": "Министр
    встретилась с министром труда края Сергеем Ивановым" → [министр's name, Сергей
    Иванов]; or two names joined in the subject ("В Омске встретились губернатор X и
    губернатор Y"). Empty unless both sides are found. Only from the parse."""
    verb = _meeting_verb(sent)
    if verb is None:
        return noun_meeting_participants(analysis, sent, named, models)
    partners = [_name(analysis, sent, s, named, models)
                for s in _in_nodes(analysis, sent, _partner_nodes(sent, verb))]
    partner = [p for p in partners if p]
    toks = sent.tokens
    subjects = [c for c in sent.children(verb) if toks[c].rel in SUBJECT_RELATIONS]
    found = [_name(analysis, sent, s, named, models)
             for s in _in_nodes(analysis, sent, _subject_nodes(sent, verb, SUBJECT_RELATIONS))]
    own = [f for f in found if f]
    if not partner and len(own) >= 2:
        return list(dict.fromkeys(own))  # "встретились министр X и министр Y"
    if not partner:
        return []
    if not own:
        for c in subjects:
            if toks[c].pos == "NOUN" and toks[c].feats.get("Animacy") == "Anim":
                holder = post_holder(analysis, sent, c, partner, named, models)
                if holder:
                    own.append(holder)
    if not own:
        return []
    return list(dict.fromkeys(own + partner))


def noun_meeting_participants(analysis: Analysis, sent: Sentence, named: Named,
                              models: Models) -> list[str]:
    """Who met, told by the meeting noun itself: "состоялась рабочая встреча руководителя
    департамента X Новиковой К.А. с министром области Ириной Кожевниковой", "Встреча
    губернатора Ивана Петрова с министром Анной Котовой прошла в Твери". The first person
    after the noun in the genitive (the noun's own participant, through its post), then
    the next person, after "с" and an animate instrumental (the partner: "с заместителем
    директора X Петренко-Гусевой О.В.", whatever case the tagger gave the name; not "с
    участием X"); both or nothing. Read by
    morphology and order: such a long noun phrase is where the parser most often goes
    astray. (sig30)"""
    toks = sent.tokens
    noun = next((k for k, t in enumerate(toks) if t.lemma in MEETING_NOUNS and
                 t.pos == "NOUN" and t.feats.get("Number") == "Sing"), None)
    if noun is None:
        return []
    own: str | None = None
    for span in _persons(analysis, sent):
        k = _first_token(sent, span)
        if k is None or k <= noun:
            continue
        case = toks[k].feats.get("Case")
        if own is None:
            if case != "Gen" or any(toks[j].lemma in PARTNER_PREPOSITIONS and toks[j].pos == "ADP"
                                    for j in range(noun, k)):
                return []
            own = _name(analysis, sent, span, named, models)
            if own is None:
                return []
            continue
        opened = any(toks[j].lemma in PARTNER_PREPOSITIONS and toks[j].pos == "ADP" and
                     toks[j + 1].feats.get("Case") == "Ins" and
                     toks[j + 1].feats.get("Animacy") == "Anim" for j in range(noun, k))
        if opened:  # the person's word after "с" tells the case, not the name's own tag
            partner = _name(analysis, sent, span, named, models)
            return [own, partner] if partner and partner != own else []
        return []
    return []


def _subject_posts(sent: Sentence, v: int) -> list[int]:
    """The subjects of the verb at ``v`` and their conjuncts: "глава региона и
    руководитель филиала" → [глава, руководитель]."""
    toks = sent.tokens
    out = [c for c in sent.children(v) if toks[c].rel in SUBJECT_RELATIONS]
    return out + [c for k in out for c in sent.children(k) if toks[c].rel == "conj"]


def _bare_posts(analysis: Analysis, sent: Sentence) -> list[int]:
    """Two or more posts, none named, that sign together: "глава региона и руководитель
    филиала фонда скрепили подписями соглашение". Every subject of a word of signing is a
    singular animate noun with no name under it; [] otherwise."""
    toks = sent.tokens
    for v, t in enumerate(toks):
        if t.lemma not in SIGNING_HEADS or t.pos != "VERB":
            continue
        posts = _subject_posts(sent, v)
        if len(posts) >= 2 and all(
                toks[k].pos == "NOUN" and toks[k].feats.get("Animacy") == "Anim" and
                toks[k].feats.get("Number") == "Sing" for k in posts) and not \
                person_mentions(analysis).tagged_between(sent.start, sent.stop):
            return posts
    return []


def named_posts_next(analysis: Analysis, si: int, named: Named, models: Models) -> list[str]:
    """The people the next sentence names, as the subject of its verb, with the posts a
    signing gave unnamed: "Глава региона и руководитель филиала фонда скрепили подписями
    соглашение. Губернатор Станислав Воскресенский и руководитель филиала Юлия Петрова
    договорились, что ..." → both. As many named subjects as bare posts, and at least one
    post word the same in both. Only from the parse. (sig30)"""
    sents = analysis.sentences
    if si + 1 >= len(sents):
        return []
    posts = _bare_posts(analysis, sents[si])
    if not posts:
        return []
    nxt = ensure_parsed(sents[si + 1], models)
    toks = nxt.tokens
    for v, t in enumerate(toks):
        if t.pos != "VERB" or t.head >= 0:
            continue
        subjects = _subject_posts(nxt, v)
        nodes = {x for k in subjects for x in subtree(nxt, k)}
        people = [n for n in (_name(analysis, nxt, sp, named, models)
                              for sp in _in_nodes(analysis, nxt, nodes)) if n]
        lemmas = {toks[k].lemma for k in subjects}
        if len(people) == len(posts) == len(subjects) and \
                lemmas & {sents[si].tokens[k].lemma for k in posts}:
            return list(dict.fromkeys(people))
    return []


def meeting_signers(analysis: Analysis, si: int, named: Named, models: Models) -> list[str]:
    """The signers of a collective signing in sentence ``si`` ("Стороны подписали
    соглашение ...") are those who met in the nearest meeting sentence before it, within
    MEETING_REACH sentences: "Министр встретилась с министром края Сергеем Ивановым.
    Руководители обсудили ... . Стороны подписали соглашение" → both; or those of a
    meeting noun in the signing sentence itself ("состоялась встреча X с Y, по итогам
    которой стороны подписали ...", sig30)."""
    sents = analysis.sentences
    if any(t.lemma in MEETING_NOUNS for t in sents[si].tokens):  # sig30
        # "... состоялась встреча X с Y, по итогам которой стороны подписали соглашение"
        found = noun_meeting_participants(analysis, sents[si], named, models)
        if found:
            return found
    for n in range(si - 1, max(-1, si - 1 - MEETING_REACH), -1):
        s = sents[n]
        if any(t.lemma in SIGNING_HEADS for t in s.tokens):
            return []  # a signing between: the collective is that one's
        if not any(t.lemma in MEETING_VERBS or t.lemma in MEETING_NOUNS for t in s.tokens):
            continue
        return meeting_participants(analysis, ensure_parsed(s, models), named, models)
    return []


# --- pass 3: the announced signers of a planned agreement -------------------------


def back_word(tok: Token) -> bool:
    """sig52: does the word refer back to the one document told before: a word of
    BACK_OBJECTS, or a third-person pronoun the tagger reads as singular, whatever lemma it
    gave ("под ним" has the lemma "они" beside Number=Sing): "Подписи под ним поставят
    министр X и ректор Y"."""
    if tok.lemma in BACK_OBJECTS:
        return True
    return tok.pos == "PRON" and tok.feats.get("Person") == "3" and \
        tok.feats.get("Number") == "Sing"


def _back_object(sent: Sentence, verb: int, modal: bool = False) -> bool:
    """Is the verb's object the planned agreement referred back to: a pronoun, a bare
    document, an agreement noun with no partner of its own ("с X", "между X и Y")? With
    ``modal``, ``verb`` is the modal word over a signing infinitive, on which the parser
    may hang that object as a subject: in the accusative ("соглашение должна подписать
    управляющий X": "соглашение" on "должна"), or an inanimate noun beside an animate
    subject ("Документ должен подписать заместитель губернатора X")."""
    toks = sent.tokens
    relations = {"nsubj", "obj"} if modal else {"obj", "nsubj:pass"}
    animate = modal and any(toks[c].rel == "nsubj" and toks[c].feats.get("Animacy") == "Anim"
                            for c in sent.children(verb))
    for c in sent.children(verb):
        t = toks[c]
        if t.rel not in relations or not back_word(t) or modal and not (
                t.feats.get("Case") == "Acc" or
                animate and t.pos == "NOUN" and t.feats.get("Animacy") == "Inan"):
            continue
        if t.lemma in AGREEMENT_NOUNS and any(
                toks[x].rel == "case" and toks[x].lemma in PARTNER_CASES and
                not _side_phrase(sent, x)
                for y in sent.children(c) for x in sent.children(y)):
            return False
        return True
    return False


def _side_phrase(sent: Sentence, x: int) -> bool:
    """sig56: is the "с" at ``x`` the opening of a side phrase, "со стороны X" (the word
    right after it is "стороны" in the genitive), which says whose signer follows, not a
    partner of the agreement? "Соглашение со стороны Петербурга подпишет председатель
    комитета X, со стороны области – министр Y": the object is still the planned
    agreement. By word order: the parser may hang a second "стороны" on the first "со"."""
    toks = sent.tokens
    return x + 1 < len(toks) and toks[x + 1].lemma == "сторона" and \
        toks[x + 1].feats.get("Case") == "Gen"


def _scheduled_agents(sent: Sentence, models: Models) -> list[int]:
    """sigpool96: the agents of a signing noun that a plan schedules, in the instrumental:
    "Подписание соглашения министром Анной Котовой и ректором Игорем Седовым намечено на 20
    мая", "его подписание председателем совета Олегом Беловым запланировано на март",
    "Подписание документа губернатором X состоится в июне". The noun (SIGNING_EVENT_NOUNS)
    is the subject of a verb of scheduling (SCHEDULING_VERBS) or of the event's own verb
    in the future (SCHEDULED_EVENT_VERBS), and it names the document in the genitive (an
    agreement noun, or a pronoun for it: "его подписание"). Its agents are the animate
    instrumental nouns under it, or under that document noun where the parser may hang
    them, with no preposition ("подписание соглашения с министром X" names a partner, read
    elsewhere). Their conjuncts hang under the first agent. Only from the parse."""
    toks = sent.tokens
    out: list[int] = []
    if not sent.parsed:
        return out
    for k, t in enumerate(toks):
        if t.lemma not in SIGNING_EVENT_NOUNS or t.rel not in {"nsubj", "nsubj:pass"}:
            continue
        h = t.head
        if not 0 <= h < len(toks) or not (
                toks[h].lemma in SCHEDULING_VERBS or
                toks[h].lemma in SCHEDULED_EVENT_VERBS and future_event(sent, h, models)):
            continue
        documents = [c for c in sent.children(k) if toks[c].feats.get("Case") == "Gen" and (
            toks[c].lemma in AGREEMENT_NOUNS or toks[c].lemma in DOCUMENT_REFERENCES)]
        if not documents:
            continue  # "подписание намечено на май, сообщил министр X": no document named
        out += [c for x in [k, *documents] for c in sent.children(x)
                if toks[c].feats.get("Case") == "Ins" and toks[c].pos in {"NOUN", "PROPN"} and
                toks[c].feats.get("Animacy") != "Inan" and
                not any(toks[d].rel == "case" for d in sent.children(c))]
    return out


def scheduled_signing_agents(sent: Sentence, agents: list[int]) -> set[int]:
    """sigpool96: the tokens of a scheduled signing's ``agents`` (``_scheduled_agents``) and
    everything under them, where their names hang: the people ``future_signers`` reads
    ("Подписание договора губернатором Ильёй Мухиным запланировано на июль" → the
    governor's tokens and his name's)."""
    return {x for c in agents for x in subtree(sent, c)}


def scheduled_bare_agents(analysis: Analysis, sent: Sentence, signers: list[str],
                          named: Named, models: Models, agents: list[int]) -> list[str]:
    """sigpool96: a bare post among a scheduled signing's agents (``_scheduled_agents``),
    beside a named one, stands for the one named before with that post (``post_holder``),
    as a bare post in a signing subject does (``bare_post_signers``): "Министр Анна
    Котова рассказала о планах. Подписание меморандума министром и ректором Игорем
    Седовым намечено на май" → Анна Котова. A singular animate noun with no name of its
    own (``_bare``); nothing unless another agent is named (``signers``). ``agents`` are
    ``_scheduled_agents``' of the sentence, read once by ``future_signers``."""
    if not signers:
        return []
    toks = sent.tokens
    agents = agents + [c for a in agents for c in sent.children(a) if toks[c].rel == "conj"]
    return _bare_post_holders(analysis, sent, agents, signers, named, models)


def _bare_post_holders(analysis: Analysis, sent: Sentence, nodes: list[int],
                       signers: list[str], named: Named, models: Models,
                       skip: frozenset[str] = frozenset()) -> list[str]:
    """The ones named before (``post_holder``) whom the bare posts among ``nodes`` stand
    for: singular animate nouns with no name of their own (``_bare``), their lemma not in
    ``skip``; each once, none of ``signers``: "Губернатор и ректор Павел Зуев подписали
    соглашение" after "Губернатор края Олег Лаптев открыл форум" → Олег Лаптев."""
    toks = sent.tokens
    out: list[str] = []
    for k in nodes:
        t = toks[k]
        if t.pos != "NOUN" or t.feats.get("Animacy") != "Anim" or \
                t.feats.get("Number") != "Sing" or t.lemma in skip or \
                not _bare(analysis, sent, k, nodes):
            continue
        holder = post_holder(analysis, sent, k, signers + out, named, models)
        if holder and holder not in out:
            out.append(holder)
    return out


def _modal_back_object(sent: Sentence, h: int) -> bool:
    """sig38: is ``h`` a modal of duty ("должна", DUTY_SUBJECT_HEADS) the parser hung the
    signing infinitive's back object on: "Соглашение должна подписать управляющий X"?"""
    return 0 <= h < len(sent.tokens) and sent.tokens[h].lemma in DUTY_SUBJECT_HEADS and \
        _back_object(sent, h, modal=True)


def future_signers(analysis: Analysis, sent: Sentence, named: Named, models: Models,
                   si: int | None = None, own: bool = False) -> list[str]:
    """The people announced as signing the planned agreement: the subject of a future
    signing verb whose object refers back to it ("Его подпишут министр области N Анна
    Котова и министр края M Пётр Гусев", "Подписывать документ будут ...", sigD); of
    future signers ("Подписантами станут X и Y", sigD); the agent of a future
    passive ("Документ будет подписан министром X", sigD); the subject of a plan or a duty
    to sign ("Соглашение планируют подписать X и Y", "Подписать его должны X и Y", sigD)
    or the dative of a duty ("Подписать документ предстоит министру Анне Котовой и ...").
    A personal pronoun in that subject is the one person of its gender a sentence just
    before ``si`` names as a verb's subject ("— она сама и министр X",
    ``announced_pronoun``). In the planned agreement's ``own`` sentence the object may
    name it with its partner ("подписывать соглашение с областью будут ..."). Only from
    the parse."""
    toks = sent.tokens
    nodes: set[int] = set()
    for v in _signing_verbs(sent):
        t = toks[v]
        if future_event(sent, v, models) and (own or _back_object(sent, v)):
            nodes |= _subject_nodes(sent, v, {"nsubj"}) or acting_prefix_root(sent, v)
            nodes |= _animate_passive_subjects(sent, v)
            if t.feats.get("VerbForm") == "Part":  # "Документ будет подписан министром X"
                nodes |= _subject_nodes(sent, v, {"obl:agent"})
        elif t.feats.get("VerbForm") == "Inf" and (_back_object(sent, v) or _modal_back_object(
                sent, t.head)):
            h = t.head
            if 0 <= h < len(toks) and toks[h].lemma in DUTY_VERBS:
                nodes |= {x for c in sent.children(h) if toks[c].feats.get("Case") == "Dat"
                          for x in subtree(sent, c)}
            elif 0 <= h < len(toks) and (toks[h].lemma in DUTY_SUBJECT_HEADS or
                                         toks[h].lemma in PLAN_SUBJECT_HEADS and (
                                             not own or _first_person_plan(sent, h))):
                # "Подписать его должны X и Y"; "Соглашение планируют подписать X и Y" after
                # the plan's own sentence (in it, "X и Y планируют подписать" tells the plan;
                # "я планирую подписать его" tells who signs it too, sig86)
                nodes |= _subject_nodes(sent, h, {"nsubj"}) or \
                    _object_apposed_people(sent, v) or plan_subject_between(sent, v, h)
    nodes |= charged_signing_people(sent)  # hid95
    scheduled = _scheduled_agents(sent, models)  # sigpool96
    nodes |= scheduled_signing_agents(sent, scheduled)
    nodes |= name_run_after_phrase(sent, nodes)  # rounds41
    for v in range(len(toks)):
        if toks[v].lemma in BECOMING_VERBS and future_event(sent, v, models) and any(
                toks[c].lemma in SIGNER_NOUNS for c in sent.children(v)):
            nodes |= _subject_nodes(sent, v, {"nsubj"})  # "Подписантами станут X и Y"
        if _future_signature(sent, v, models):  # sig46: "Подписи под ним поставят X и Y"
            nodes |= _subject_nodes(sent, v, {"nsubj"})
        nodes |= duty_signature_people(sent, v)  # sig69: "Подписи ... должны поставить X"
    if nodes:  # sig62: "..., со стороны организации — её руководитель Y": Y signs too
        nodes |= {k for k in range(len(toks)) if toks[k].pos == "PROPN" and
                  (k == 0 or toks[k - 1].pos != "PROPN") and gapped_clause_name(sent, k)}
        nodes |= {k for k in range(len(toks)) if gapped_own_side_speaker(sent, k)}  # dig93
    out = _add_names([], analysis, sent, _in_nodes(analysis, sent, nodes), named, models)
    out += scheduled_bare_agents(analysis, sent, out, named, models, scheduled)  # sigpool96
    if si is not None and (out or _pronoun_subject_only(sent, nodes)):
        for k in sorted(nodes):
            if toks[k].pos == "PRON" and toks[k].lemma in PERSONAL_PRONOUNS:
                found = told_before_pronoun(analysis, sent, k, out, named, models) or \
                    announced_pronoun(analysis, si, toks[k].feats.get("Gender"), out,
                                      named, models)
                out += [f for f in found if f not in out]
    if si is not None and not out:
        out = announced_plural(analysis, sent, nodes, si, named, models)
    if si is not None and any(toks[k].text.lower() in FIRST_PERSON_SIGNERS for k in nodes):
        who = answering_interviewee(analysis, si, models) or \
            labelled_speaker(analysis, si, models)  # sig86: "Подписывать его буду я"
        if who is not None and who not in out:
            out.insert(0, who)
    return out


def name_run_after_phrase(sent: Sentence, nodes: set[int]) -> set[int]:
    """rounds41 name_run_after_phrase: a name in the nominative right after the last word
    of a signer's phrase is that post's holder, wherever the parser hung it: "Со стороны
    области документ подпишет министр культуры Тульской области Анна Сергеевна Орлова, со
    стороны города — ..." (the parser may hang "Анна" on the next clause's post). The run
    of proper names that starts right after a node that is a noun, not a name, and ends
    an unbroken stretch of nodes that hangs on a verb (the whole post's phrase: not words
    of another clause's post the parser hung on the subject, "..., сообщил министр труда
    Энской области Иван Сомов"); a comma or a dash between them ends it."""
    toks = sent.tokens
    out: set[int] = set()
    for k in sorted(nodes):
        j = k + 1
        if j in nodes or toks[k].pos not in {"NOUN", "ADJ"} or j >= len(toks) or \
                not _phrase_on_verb(sent, nodes, k):
            continue
        while j < len(toks) and toks[j].pos == "PROPN" and toks[j].feats.get("Case") == "Nom":
            out.add(j)
            j += 1
    return out


def _phrase_on_verb(sent: Sentence, nodes: set[int], k: int) -> bool:
    """Does the unbroken stretch of ``nodes`` ending at ``k`` hang on a verb: one of its
    tokens has its head outside the stretch, and every such head is a verb?"""
    toks = sent.tokens
    first = k
    while first - 1 in nodes:
        first -= 1
    heads = {toks[x].head for x in range(first, k + 1)} - set(range(first, k + 1))
    return bool(heads) and all(0 <= h < len(toks) and toks[h].pos == "VERB" for h in heads)


def charged_signing_people(sent: Sentence) -> set[int]:
    """hid95 charged_signing_people: the people a signing noun is charged to, the dative of
    the verb of charging (``ASSIGN_VERBS``) whose object, or passive subject, the noun is:
    "Поручить подписание договора заместителю министра Анне Котовой", "Подписание
    соглашения поручено начальнику управления Петру Гусеву" (``status.signing_charged``
    reads the plan). Not negated; the dative's whole phrase (its post and name)."""
    toks = sent.tokens
    out: set[int] = set()
    for n, t in enumerate(toks):
        h = t.head
        if t.lemma not in SIGN_NOUNS or t.rel not in {"obj", "nsubj:pass"} or \
                not 0 <= h < len(toks) or toks[h].lemma not in ASSIGN_VERBS or \
                negated(sent, h):
            continue
        out |= {x for c in sent.children(h) if c != n and toks[c].feats.get("Case") == "Dat"
                and toks[c].feats.get("Animacy") == "Anim" for x in subtree(sent, c)}
    return out


def gapped_own_side_speaker(sent: Sentence, k: int) -> bool:
    """dig93: is the token at ``k`` the speaker's "я" of a side clause whose verb and noun
    of side are left out, after a dash: "Со стороны фонда подпишет директор X, с нашей — я"
    ("с нашей [стороны подпишу] — я")? "я" right after a dash, and before the dash a
    side opener (``SIDE_OPENERS``) with a possessive of the first person and nothing else
    back to a comma."""
    toks = sent.tokens
    if not 2 <= k < len(toks) or toks[k].text.lower() not in FIRST_PERSON_SIGNERS or \
            toks[k - 1].text not in ELLIPSIS_DASHES:
        return False
    j = k - 2
    while j >= 0 and toks[j].text not in {",", ";", ":"}:
        j -= 1
    words = toks[j + 1:k - 1]
    return len(words) == 2 and words[0].text.lower() in SIDE_OPENERS and \
        words[1].lemma in OWN_SIDE_POSSESSIVES


def labelled_speaker(analysis: Analysis, si: int, models: Models) -> str | None:
    """dig93: who says "я" in sentence ``si`` of a transcript whose turns open with the
    speaker's surname ("ПЕТРОВА: ... с нашей стороны подпишу я"): the full name, stated
    before, of the one person of that surname among the text's person mentions
    (``signers.turn_label_surname``). None out of a labelled turn, or with no such person
    or several."""
    from soccoop.extract.signers import nominative_name, turn_label_surname

    sents = analysis.sentences
    surname = turn_label_surname(analysis, sents[si].start)
    if surname is None:
        return None
    spans, starts = _per_index(analysis)
    sent_starts = sentence_starts(analysis.sentences)
    found: set[str] = set()
    for span in spans[:bisect_left(starts, sents[si].start)]:
        if len(span.text.split()) < 2 or not same_surname(span.text, surname):
            continue
        k = bisect_right(sent_starts, span.start) - 1
        full = nominative_name(sents[k], span, models) if k >= 0 else None
        if full and len(full.split()) >= 2 and same_surname(full, surname):
            found.add(full)
    return found.pop() if len(found) == 1 else None


def _first_person_plan(sent: Sentence, h: int) -> bool:
    """sig86: is the plan's verb at ``h`` in the first person singular ("я рассчитываю
    подписать его в мае", "Планирую подписать его сама")? The speaker is one person, who
    signs; "мы планируем" tells the body (``alone_we_of_plan``). The verb's own form
    decides: a noun the parser also hangs on it as a subject ("Проект готов, я планирую
    ...") cannot agree with it."""
    feats = sent.tokens[h].feats
    return feats.get("Person") == "1" and feats.get("Number") == "Sing"


def answering_interviewee(analysis: Analysis, si: int, models: Models) -> str | None:
    """sig86: the one an interview addresses, for a sentence ``si`` of an answer turn
    that need not open it: "— Анна Петровна, что дальше? — Кадров не хватает. Осенью мы
    подпишем соглашение с колледжем. Подписывать его буду я." → the one named "Анна
    Петровна" before (``interviewee`` of the turn's opening sentence). The turn opens at
    the nearest sentence before ``si`` (or ``si`` itself) that starts with a dash, within
    TURN_REACH sentences, and no sentence of it asks (ends with "?"): a question's "я" is
    the interviewer's."""
    sents = analysis.sentences
    for k in range(si, max(-1, si - TURN_REACH - 1), -1):
        if sents[k].text.rstrip().endswith("?"):
            return None
        if sents[k].tokens and sents[k].tokens[0].text in ELLIPSIS_DASHES:
            return interviewee(analysis, k, models)
    return None


def _pronoun_subject_only(sent: Sentence, nodes: set[int]) -> bool:
    """sig69: is a personal pronoun the announced signing's only person, the other side's
    signer told by post alone? "С областной стороны подпись под соглашением поставит он
    сам, со стороны союза — его председатель" (he is the one a sentence before names as a
    verb's subject: ``announced_pronoun``). Proper names in ``nodes`` leave it to the
    names."""
    toks = sent.tokens
    return any(toks[k].pos == "PRON" and toks[k].lemma in PERSONAL_PRONOUNS for k in nodes) \
        and not any(toks[k].pos == "PROPN" for k in nodes)


def duty_signature_people(sent: Sentence, v: int) -> set[int]:
    """sig69: the people of a duty or plan to put a signature under the agreement referred
    back to: "Подписи под меморандумом должны были поставить губернатор X, исполняющая
    обязанности министра Y и председатель отделения Z". The word at ``v`` is a verb of
    putting (SIGNATURE_VERBS) in the infinitive under a modal of duty or plan
    (DUTY_SUBJECT_HEADS, PLAN_SUBJECT_HEADS); its object, or the modal's subject (the
    parser hangs the fronted "Подписи" on "должны"), is a signature (SIGNATURE_WORDS)
    under a document referred back to (``back_word``) or under nothing. The signers are
    the animate nominatives among the modal's subject and the infinitive's objects (the
    parser takes the subject after the verb for its object), with their subtrees. A
    signature under another paper ("подписи под обращением") gives none. Only from the
    parse and morphology."""
    toks = sent.tokens
    t = toks[v]
    if t.lemma not in SIGNATURE_VERBS or t.pos != "VERB" or t.feats.get("VerbForm") != "Inf":
        return set()
    h = t.head
    if not 0 <= h < len(toks) or toks[h].lemma not in DUTY_SUBJECT_HEADS | PLAN_SUBJECT_HEADS:
        return set()
    kids = [c for c in sent.children(v) if toks[c].rel == "obj"] + \
        [c for c in sent.children(h) if toks[c].rel == "nsubj"]
    signatures = [c for c in kids if toks[c].lemma in SIGNATURE_WORDS]
    if not signatures:
        return set()
    if not all(signature_under_back(sent, c) for c in signatures):
        return set()
    out: set[int] = set()
    for c in kids:
        if toks[c].pos in {"NOUN", "PROPN"} and toks[c].feats.get("Animacy") == "Anim" and \
                toks[c].feats.get("Case") == "Nom":
            out.update(subtree(sent, c))
    return out


def acting_prefix_root(sent: Sentence, v: int) -> set[int]:
    """pair65: the subject of a signing verb ``v`` that has none, when the parser cut the
    sentence at an indeclinable acting prefix after the verb and made it a second root:
    "Подписывать его будут врио директора департамента Олег Лапшин и президент ассоциации
    Сергей Вануйто" ("врио", tagged instrumental, a root of its own, with "президент" its
    conjunct). The root's words are the subject (``INDECLINABLE_POST_PREFIXES``). Only from
    the parse."""
    toks = sent.tokens
    return next((set(subtree(sent, r)) for r in range(v + 1, len(toks))
                 if toks[r].head == -1 and toks[r].lemma in INDECLINABLE_POST_PREFIXES),
                set())


def _object_apposed_people(sent: Sentence, v: int) -> set[int]:
    """sig52: the people the parser hung as an apposition on the inanimate object of the
    signing infinitive ``v`` when the plan's verb has no subject: "Подписать документ
    Андрей Петров и Ольга Зуева планируют в мае" ("Андрей" as appos of "документ"). A
    paper has no person for its apposition, so they are who plans to sign: animate nouns
    in the nominative, with their conjuncts. sig47: hung as a nominal modifier the same way
    ("Подписать меморандум Ольга Зуева и Пётр Ким намерены в июне", "Ольга" as nmod of
    "меморандум"): a noun's nominal modifier is never in the nominative, so a person there
    is the plan's subject too."""
    toks = sent.tokens
    out: set[int] = set()
    for o in sent.children(v):
        if toks[o].rel != "obj" or toks[o].feats.get("Animacy") != "Inan":
            continue
        for c in sent.children(o):
            if toks[c].rel in ("appos", "nmod") and toks[c].feats.get("Animacy") == "Anim" and \
                    toks[c].feats.get("Case") == "Nom" or _initials_on_paper(sent, c):
                out.update(subtree(sent, c))
    return out


def _initials_on_paper(sent: Sentence, c: int) -> bool:
    """sig86: a name written with initials ("О.Ветрова") that the parser hung on the
    signing infinitive's object as its genitive: "Подписать документ О.Ветрова и
    Н.Лукин планируют в мае". A paper is not a person's by initials, and the tagger reads
    such names in any case, so the name is of the plan's subject. The token at ``c`` is an
    initial's letter (a capital followed by its full stop) hung as a nominal modifier."""
    return sent.tokens[c].rel == "nmod" and _initial_at(sent.tokens, c)


def plan_subject_between(sent: Sentence, v: int, h: int) -> set[int]:
    """sig62: the people written between the signing infinitive ``v`` (with its object)
    and the plan's verb ``h`` after it, when the parser gave the plan no subject and hung
    them nowhere near it: "..., а подписать документ Марина Ким и министр ... Антон
    Дементьев планируют 23 января" ("министр" left a root of its own). Word order says
    they are the plan's subject: the animate nominatives of the stretch whose heads lie
    outside it, with their subtrees; the stretch holds no verb and no punctuation but
    commas."""
    toks = sent.tokens
    if not v < h:
        return set()
    lo = max([v] + [k for o in sent.children(v) if toks[o].rel == "obj"
                    for k in subtree(sent, o) if k < h]) + 1
    stretch = range(lo, h)
    if not stretch or any(toks[k].pos in {"VERB", "AUX"} or
                          toks[k].pos == "PUNCT" and toks[k].text != "," for k in stretch):
        return set()
    out: set[int] = set()
    for k in stretch:
        t = toks[k]
        if t.pos in {"NOUN", "PROPN"} and t.feats.get("Animacy") == "Anim" and \
                t.feats.get("Case") == "Nom" and not lo <= t.head < h:
            out.update(x for x in subtree(sent, k) if lo <= x < h)
    return out


def _animate_passive_subjects(sent: Sentence, v: int) -> set[int]:
    """sig48: the people the parser hung as a passive subject on a finite active verb
    ("Документ скрепят своими подписями министр X и ректор Y": "министр" as nsubj:pass
    beside "Документ"): an animate noun cannot be what is signed, so it is who signs.
    A participle's passive subject is left alone ("будет подписан")."""
    toks = sent.tokens
    if toks[v].feats.get("VerbForm") != "Fin" or toks[v].feats.get("Voice") == "Pass":
        return set()
    out: set[int] = set()
    for c in sent.children(v):
        if toks[c].rel == "nsubj:pass" and toks[c].feats.get("Animacy") == "Anim":
            out.update(subtree(sent, c))
    return out


def _headline(analysis: Analysis, sent: Sentence) -> bool:
    """sig46: is the sentence a headline, a line of its own with no closing full stop? The
    reach of its announcement counts from the body's first sentence: "Хабаровский край и
    Херсонская область подпишут соглашение (headline) / Министерства готовят к подписанию
    соглашение. Проект согласован. Подписи под соглашением поставят X и Y." """
    line = line_of(analysis.text, sent)
    return line is not None and not line.endswith((".", "!", "?", "…", ":"))


def _future_signature(sent: Sentence, v: int, models: Models) -> bool:
    """sig46: is the word at ``v`` a future verb of putting (SIGNATURE_VERBS) whose object
    is a signature under the planned document referred back to, or under nothing named?
    "Подписи под соглашением, как ожидается, поставят министр X и министр Y", "Автографы
    поставят ...". A signature under another paper ("подписи под обращением") is not.
    Only from the parse."""
    toks = sent.tokens
    if toks[v].lemma not in SIGNATURE_VERBS or toks[v].pos != "VERB" or \
            not future_event(sent, v, models):
        return False
    for c in sent.children(v):
        if toks[c].rel != "obj" or toks[c].lemma not in SIGNATURE_WORDS:
            continue
        return signature_under_back(sent, c)
    return False


def signature_under_back(sent: Sentence, c: int) -> bool:
    """Is the signature noun at ``c`` put under the agreement referred back to (``back_word``:
    "подписи под ним", "подписи под соглашением") or under nothing told, not under another
    paper ("подписи под обращением")? From the parse: its dependents with "под"
    (``UNDER_PREPOSITIONS``)."""
    toks = sent.tokens
    under = [y for y in sent.children(c) if any(
        toks[x].rel == "case" and toks[x].lemma in UNDER_PREPOSITIONS for x in sent.children(y))]
    return all(back_word(toks[y]) for y in under)


def announced_pronoun(analysis: Analysis, si: int, gender: str | None, signers: list[str],
                      named: Named, models: Models) -> list[str]:
    """The one person a pronoun in an announced signing subject stands for, beside a
    signer named with it: "Как рассказала министр Наталья Сомова, ... . Подписывать
    документ будут руководители ведомств — она сама и министр X" → Сомова. The nearest
    sentence before ``si`` (within REFERENT_REACH) with people in a verb's subject; only
    those of the pronoun's gender; nothing unless exactly one (``_referents``)."""
    found = _referents(analysis, si, gender, signers, named, models)
    return found if len(found) == 1 else []


def told_before_pronoun(analysis: Analysis, sent: Sentence, k: int, signers: list[str],
                        named: Named, models: Models) -> list[str]:
    """sig48: a singular pronoun in an announced signing's subject stands for the one
    person of its gender the same sentence names before it, in any case: "Во время визита
    министра Ольги Гусевой она и глава города Пётр Шилов подпишут соглашение" → Гусева
    beside Шилов. None when two people of that gender, or none, are named before it, or
    when that one is a signer already."""
    toks = sent.tokens
    gender = toks[k].feats.get("Gender")
    if gender is None or toks[k].feats.get("Number") != "Sing":
        return []
    found: list[str] = []
    for span in persons_in(analysis, sent):
        first = _first_token(sent, span)
        if first is None or first >= k:
            continue
        if toks[first].feats.get("Gender") != gender:
            continue
        name = _name(analysis, sent, span, named, models)
        if name and name not in found:
            found.append(name)
    if len(found) != 1 or any(same_surname(found[0], x) for x in signers if x.split()):
        return []
    return found


def announced_plural(analysis: Analysis, sent: Sentence, nodes: set[int], si: int,
                     named: Named, models: Models) -> list[str]:
    """sig48: a plural pronoun (``PLURAL_PRONOUNS``) that is an announced signing's whole
    subject (``nodes``: no other noun or name in it) stands for the people of a verb's
    subject in the sentence just before, two or more: "Проект обсудили министр Олег
    Ремизов и министр Дарья Волкова. Подписи под ним поставят именно они" → both.
    A sentence before with one person or none leaves it to nobody (the pronoun may stand
    for the sides)."""
    toks = sent.tokens
    pronouns = [k for k in nodes if toks[k].pos == "PRON" and toks[k].lemma in PLURAL_PRONOUNS]
    if not pronouns or any(toks[k].pos in {"NOUN", "PROPN"} for k in nodes) or si < 1:
        return []
    found = _referents(analysis, si, None, [], named, models)
    before = analysis.sentences[si - 1]
    return found if len(found) >= 2 and all(
        any(before.start <= s.start < before.stop and same_surname(n, s.text.split()[-1])
            for s in persons_in(analysis, before)) for n in found) else []


# --- pass 4: a signer written with initials in a coordinated subject --------------


def initials_subjects(analysis: Analysis, sent: Sentence, named: Named,
                      models: Models) -> list[str]:
    """Signers the subject of a signing writes with initials, each taken up from the
    full name stated before: "Е.Н. Петрова и председатель комитета Олег Ершов подписали
    соглашение" → "Елена Петрова" (named before as "министр Елена Петрова"), else the
    initials and the surname in the nominative. Only from the parse."""
    out: list[str] = []
    for v in _signing_verbs(sent):
        spans = _in_nodes(analysis, sent, _subject_nodes(sent, v, SUBJECT_RELATIONS))
        _add_names(out, analysis, sent, [s for s in spans if _INITIALS.match(s.text.strip())],
                   named, models)
    return out


# --- pass 5: a signing retold as developing an older agreement -------------------


def retold_signing(sent: Sentence) -> bool:
    """Does the sentence retell the signing just reported as developing an older
    agreement: "Соглашение заключено в развитие соглашения между Правительством области
    N и Правительством области M, подписанного в 2022 году"? A bare agreement noun (no
    partner, no topic of its own) is the subject of a signing verb, and another agreement
    noun stands under an oblique word of it. The parties "между X и Y" there are the older
    agreement's, and the signers reported before are not its. Only from the parse."""
    toks = sent.tokens
    for v in _signing_verbs(sent):
        bare = [c for c in sent.children(v) if toks[c].rel in SUBJECT_RELATIONS and
                toks[c].lemma in AGREEMENT_NOUNS and
                not any(toks[x].rel in {"nmod", "acl", "appos"} for x in sent.children(c))]
        if not bare:
            continue
        others = [k for k in subtree(sent, v) if k not in bare and
                  toks[k].lemma in AGREEMENT_NOUNS and toks[k].pos in {"NOUN", "PROPN"} and
                  toks[k].rel == "nmod"]
        if others:
            return True
    return False


# --- sigshape passes: shapes read from the signer shape matrix ---------------------


def _cut_by_case(sent: Sentence, k: int) -> bool:
    """Has token ``k`` a preposition that makes it no agent ("с", "при", "в" …)?"""
    toks = sent.tokens
    return any(toks[c].rel == "case" and toks[c].lemma in NON_AGENT_CASES
               for c in sent.children(k))


def _signing_predicates(sent: Sentence) -> list[int]:
    """Signing predicates: a signing verb (``_signing_verbs``), a reflexive one ("Под
    соглашением подписались X и Y") or a verb whose object is a signature ("поставили
    подписи", "скрепили подписями")."""
    toks = sent.tokens
    out = _signing_verbs(sent) + [k for k, t in enumerate(toks)
                                  if t.lemma in SIGNING_REFLEXIVES and t.pos == "VERB"]
    for t in toks:
        if t.lemma in SIGNATURE_WORDS and t.rel in {"obj", "obl"} and \
                0 <= t.head < len(toks) and toks[t.head].pos == "VERB" and t.head not in out:
            out.append(t.head)
        if t.lemma in SIGNING_EVENTS and t.rel == "obj" and 0 <= t.head < len(toks) and \
                toks[t.head].lemma in CONDUCT_VERBS and t.head not in out:
            out.append(t.head)  # sigD: "Подписание провели министр X и министр Y"
    return out


def _anchored(analysis: Analysis, sent: Sentence, signers: list[str]) -> list[NerSpan]:
    """The sentence's persons whose surname is one of the agreement's signers'."""
    return [span for span in _persons(analysis, sent)
            if span.text.split() and any(
                same_surname(_surname_word(span.text), s) for s in signers)]


def _surname_word(text: str) -> str:
    """The surname of a written name: its last word, or its first when initials follow
    ("Очиров Б.Н.")."""
    words = text.split()
    if len(words) > 1 and _INITIALS_AFTER.match(" ".join(words[1:])):
        return words[0]
    return words[-1].split(".")[-1]


# initials after a surname; the last stop may be the sentence's ("… Ковалева И.А")
_INITIALS_AFTER = re.compile(r"^[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.?)?$")


def _nominative_words(span: NerSpan, models: Models) -> bool:
    """Can every word of the name (initials aside) be a nominative? The subject's names
    are; a genitive the parser hung on the subject ("При участии представителя Игоря
    Петрова министр X подписал") is not ("Игоря" has no nominative reading)."""
    words = [w for w in re.split(r"[\s.]+", span.text) if len(w) > 1]
    return bool(words) and all(
        any(p.tag.case == "nomn" for p in models.parse(w)) or
        k == len(words) - 1 > 0 and _surname_nominative(w, models)
        for k, w in enumerate(words))


def _surname_nominative(word: str, models: Models) -> bool:
    """sigpool98: can a name's last word be a surname in the nominative by its ending,
    when the dictionary reads it only as a common noun's oblique form? "Олег Ремезов"
    ("ремезов", a bird's genitive plural), "Анна Ремезова". ``surname_readings`` reads
    the regular endings. A word the dictionary also reads as a first name's form ("Шатов",
    of "Шат") is left to the name readers."""
    parses = models.parse(word)
    if any("Name" in p.tag or "Patr" in p.tag for p in parses):
        return False
    return any(case == "nomn" for _, case in surname_readings(word, models) or ())


def _refers_back(sent: Sentence, v: int) -> bool:
    """Does the signing predicate's object refer to an agreement told before: "Документ
    подписали …", "Подписи под соглашением (под ним) поставили …"? Its object or
    passive subject is an agreement noun or a back reference, or a signature whose
    phrase holds one."""
    toks = sent.tokens
    backs = BACK_OBJECTS | AGREEMENT_NOUNS
    for c in sent.children(v):
        if toks[c].rel not in {"obj", "obl", "nsubj:pass"}:
            continue
        if toks[c].lemma in backs:
            return True
        if toks[c].lemma in SIGNATURE_WORDS and any(
                toks[d].lemma in backs for d in sent.children(c)):
            return True
        if toks[c].lemma in SIGNING_EVENTS and toks[c].rel == "obj" and not any(
                toks[x].rel == "case" and toks[x].lemma in PARTNER_CASES
                for d in sent.children(c) for x in sent.children(d)):
            return True  # sigD: "Торжественное подписание провели ..."
    return False


def subject_signers(analysis: Analysis, sent: Sentence, signers: list[str],
                    named: Named, models: Models) -> list[str]:
    """All persons in the subject of a signing predicate once one of them is known to
    sign, or, for an agreement with no signer yet, when the predicate refers back to it:
    "Подписи под соглашением поставили управляющий брянским отделением Сафронов
    Б.Н. и управляющий калужским отделением Лебедева И.А." (the parser hangs the first
    name on "отделением" as a genitive, which other rules take for a bystander). A name
    whose path to the subject passes a preposition of a partner or a witness ("в
    присутствии X") is left out. Only from the parse."""
    if not sent.parsed:
        return []
    anchored = bool(signers) and bool(_anchored(analysis, sent, signers))
    out: list[str] = []
    toks = sent.tokens
    for v in _signing_predicates(sent):
        if not anchored and (signers or not _refers_back(sent, v)):
            continue
        nodes = _subject_nodes(sent, v, SUBJECT_RELATIONS)
        for span in _in_nodes(analysis, sent, nodes):
            k = _first_token(sent, span)
            if k is None:
                continue
            cut = False
            for _ in range(AGENT_PATH_MAX):  # up to the subject, no partner/witness on the way
                if _cut_by_case(sent, k):
                    cut = True
                    break
                if toks[k].rel in SUBJECT_RELATIONS and toks[k].head == v:
                    break
                k = toks[k].head
                if not 0 <= k < len(toks):
                    cut = True
                    break
            if cut or not _nominative_words(span, models) or dash_clause_subject(sent, span) or \
                    superseded_signer(sent, span) or \
                    subject_elsewhere(sent, span) or bracketed_aside(sent, span) or \
                    guest_beside_signer(sent, span):  # sig48: "приняла участие X, однако ..."
                continue  # sig46: "— управляющий X в эти дни находился в поездке"; sig50:
                # "X был в отъезде, поэтому ..."
            _add_names(out, analysis, sent, (span,), named, models)
    return out


def conjoined_signers(analysis: Analysis, sent: Sentence, signers: list[str],
                      named: Named, models: Models) -> list[str]:
    """A person joined by "и" to a known signer signs too: "После встречи Новикова и
    Ершов подписали соглашение" (the parser reads "встречи Новикова" as a genitive, but
    "Новикова" is Ершов's conjunct). The two names' tokens are linked by ``conj`` either
    way; a preposition on the joined name cuts it ("с X и Y"). Only from the parse."""
    if not sent.parsed:
        return []
    anchors = _anchored(analysis, sent, signers)
    if not anchors:
        return []
    toks = sent.tokens
    anchor_tokens = {i for span in anchors for i, t in enumerate(toks)
                     if span.start <= t.start and t.stop <= span.stop}
    out: list[str] = []
    for span in _persons(analysis, sent):
        if span in anchors:
            continue
        k = _first_token(sent, span)
        if k is None or _cut_by_case(sent, k):
            continue
        joined = toks[k].rel == "conj" and toks[k].head in anchor_tokens or any(
            toks[a].rel == "conj" and toks[a].head == k for a in anchor_tokens)
        if joined:
            name = _name(analysis, sent, span, named, models) if len(span.text.split()) > 1 \
                else earlier_full_name(analysis, span, models)  # a surname after a full mention
            if name and name not in out:
                out.append(name)
    return out


def _acting_prefix_after(toks: list[Token], j: int) -> range:
    """sigpool92: the words of an acting prefix right after a signature noun ``j``, which
    the parser may make a root of its own ("подписями исполняющего обязанности министра X
    и ректора Y": "обязанности" the root, the owners hung under it): they stand for the
    signature's owner, so a name climbing to them reaches the signature
    (``ACTING_PREFIXES``). Empty when no prefix follows."""
    for prefix in ACTING_PREFIXES:
        words = [t.text.lower() for t in toks[j + 1:j + 1 + len(prefix)]]
        if tuple(words) == prefix:
            return range(j + 1, j + 1 + len(prefix))
    return range(0)


def signing_noun_agents(analysis: Analysis, sent: Sentence, named: Named,
                        models: Models) -> list[str]:
    """The agents of a signing noun, in the instrumental: "прошло подписание соглашения
    о сотрудничестве министром Андреем Лисовым и директором Еленой Костиной", or of a
    signing participle on the agreement ("Подписанное министром X … соглашение"), and
    the genitive owners of a signature under a signing verb ("скреплено подписями
    министра X и министра Y"). A name
    whose own words are instrumental climbs the tree to the signing noun (that has an
    agreement noun under it) within AGENT_PATH_MAX steps, through no preposition of a
    partner or a witness ("подписание соглашения с министром X" names a partner body's
    official, who is read by the partner rules). Only from the parse."""
    if not sent.parsed:
        return []
    toks = sent.tokens
    events = {k for k, t in enumerate(toks) if t.lemma in SIGNING_EVENTS and t.pos == "NOUN"
              and any(toks[c].lemma in AGREEMENT_NOUNS for c in sent.children(k))}
    # "подписанное министром X … соглашение": a signing participle on an agreement noun
    events |= {k for k, t in enumerate(toks) if t.lemma in SIGNING_HEADS and
               t.feats.get("VerbForm") == "Part" and t.rel in MODIFIER_RELATIONS and
               0 <= t.head < len(toks) and toks[t.head].lemma in AGREEMENT_NOUNS}
    # "скреплено подписями министра X": the owners of a signature under a signing verb
    # (the parser may hang "скреплено" under "подписями" instead)
    owners = {k for k, t in enumerate(toks) if t.lemma in SIGNATURE_WORDS and (
        0 <= t.head < len(toks) and toks[t.head].lemma in SIGNING_HEADS or
        any(toks[c].lemma in SIGNING_HEADS for c in sent.children(k)))}
    # sigpool92: "скреплено в прошлую пятницу подписями министра X": the signatures past
    # the verb's adjunct, which the parser hung apart from it
    owners |= {j for i, t in enumerate(toks) if t.lemma in SIGNING_HEADS
               for j in [signature_after_seal(sent, i, SIGNATURE_WORDS)] if j is not None}
    owners |= {a for j in list(owners) for a in _acting_prefix_after(toks, j)}
    if not events and not owners:
        return []
    out: list[str] = []
    for span in _persons(analysis, sent):
        k = _first_token(sent, span)
        case = toks[k].feats.get("Case") if k is not None else None
        heads = events if case == "Ins" else owners if case == "Gen" else set()
        if k is None or not heads:
            continue
        for _ in range(AGENT_PATH_MAX):
            if k in heads or _cut_by_case(sent, k):
                break
            k = toks[k].head
            if not 0 <= k < len(toks):
                break
        if 0 <= k < len(toks) and k in heads:
            _add_names(out, analysis, sent, (span,), named, models)
    return out


def quoted_first_person_signer(analysis: Analysis, sent: Sentence, named: Named,
                               models: Models) -> list[str]:
    """The speaker of a quote that says "я подписал": "«Я подписал соглашение с
    Калужской областью», — сообщил министр Олег Кравцов" → Олег Кравцов. "я" is the
    subject of a signing verb before the closing quote mark; the speaker is the person
    in the subject of a verb after that mark. Only from the parse."""
    if not sent.parsed:
        return []
    toks = sent.tokens
    close = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].text == "»"), None)
    if close is None:
        return []
    if not any(t.text.lower() in FIRST_PERSON_SIGNERS and t.rel in SUBJECT_RELATIONS and
               0 <= t.head < close and toks[t.head].lemma in SIGNING_HEADS
               for t in toks[:close]):
        return []
    for v in range(close + 1, len(toks)):
        if toks[v].pos != "VERB":
            continue
        nodes = _subject_nodes(sent, v, SUBJECT_RELATIONS)
        for span in _in_nodes(analysis, sent, nodes):
            name = _name(analysis, sent, span, named, models)
            if name:
                return [name]
    return []


def quote_close(text: str, at: int) -> int | None:
    """The offset of the mark closing the quotation that offset ``at`` stands in, within
    its paragraph: "«Документ подпишем в мае», — сказал ..." (guillemets, nested ones
    counted, or straight quotes); None when ``at`` is in no quotation. Reads the
    paragraph only."""
    start = text.rfind("\n", 0, at) + 1
    stop = text.find("\n", at)
    stop = len(text) if stop < 0 else stop
    before = text[start:at]
    depth = sum(before.count(c) for c in OPENING_QUOTES) - \
        sum(before.count(c) for c in CLOSING_QUOTES)
    if depth > 0:
        for k in range(at, stop):
            depth += (text[k] in OPENING_QUOTES) - (text[k] in CLOSING_QUOTES)
            if depth == 0:
                return k
        return None
    if before.count(STRAIGHT_QUOTE) % 2:
        k = text.find(STRAIGHT_QUOTE, at, stop)
        return k if k >= 0 else None
    return None


def _first_person(sent: Sentence, k: int) -> bool:
    """Is the verb ``k`` in the first person: by its person, or a subject "мы"/"я"?"""
    toks = sent.tokens
    return toks[k].feats.get("Person") == "1" or any(
        toks[c].rel in SUBJECT_RELATIONS and toks[c].text.lower() in WE_SIGNERS
        for c in sent.children(k))


def _we_sign(sent: Sentence, k: int) -> bool:
    """Is token ``k`` a verb of signing in the first person: "подпишем", "подписали"
    under "мы", "я подписал"? By the verb's person, or a first-person subject. sig55: a
    gerund of signing takes the person of the verb it hangs on: "Подписывая этот
    документ, мы берём на себя обязательство ...", "Подписав соглашение, я ..."."""
    toks = sent.tokens
    t = toks[k]
    if t.pos != "VERB" or not (t.lemma in SIGNING_HEADS or signature_put(sent, k)) or \
            _many_objects(sent, k):
        return False
    if _first_person(sent, k):
        return True
    h = t.head
    return t.feats.get("VerbForm") == "Conv" and t.rel == "advcl" and 0 <= h < len(toks) \
        and toks[h].pos == "VERB" and _first_person(sent, h)


def signature_put(sent: Sentence, k: int) -> bool:
    """signers63 signature_put: is the verb at ``k`` one of putting (``SIGNATURE_PUT_VERBS``)
    whose object is a signature (``SIGNATURE_NOUNS``) in the singular, a signing told by
    the signer's own hand: "я поставил подпись под документом", "подпись под ним мы
    поставили вчера"? Not "подписи под документами поставили" (papers in the plural: the
    object's own number or a plural paper under it). From the parse."""
    toks = sent.tokens
    if toks[k].lemma not in SIGNATURE_PUT_VERBS:
        return False
    return any(toks[c].rel == "obj" and toks[c].lemma in SIGNATURE_NOUNS and
               (toks[c].feats.get("Number") != "Plur" or our_signatures(sent, k, c)) and
               not any(toks[d].feats.get("Number") == "Plur" for d in sent.children(c)
                       if toks[d].rel == "nmod") for c in sent.children(k))


def our_signatures(sent: Sentence, k: int, c: int) -> bool:
    """signers71 our_signatures: is the object at ``c`` of the putting verb at ``k``
    signatures in the plural that "мы" put under one paper: the verb's subject is "мы"
    (``AUTHOR_WITH_PARTNER``) and a paper in the singular hangs on the signatures by "под"
    ("Сегодня мы с Ириной Олеговной поставили подписи под договором": each of the two put
    one signature, under one paper)? Not "мы поставили подписи под тремя договорами",
    nor "подписи" alone (which papers is not said). From the parse and morphology."""
    toks = sent.tokens
    if toks[c].feats.get("Number") != "Plur" or not any(
            toks[s].rel in SUBJECT_RELATIONS and toks[s].text.lower() in AUTHOR_WITH_PARTNER
            for s in sent.children(k)):
        return False
    return any(toks[d].rel == "nmod" and toks[d].feats.get("Number") == "Sing" and
               toks[d].pos == "NOUN" and not any(
                   toks[x].rel.startswith("nummod") for x in sent.children(d)) and
               any(toks[x].rel == "case" and toks[x].lemma in UNDER_PREPOSITIONS
                   for x in sent.children(d))
               for d in sent.children(c))


def _many_objects(sent: Sentence, k: int) -> bool:
    """Does the verb sign several documents at once: a plural or counted object, "мы
    подписываем сразу три документа", "подписали соглашения"? Then which agreement the
    speaker signed is not said."""
    toks = sent.tokens
    # signers71: signatures "мы" put under one paper are one per signer, not many papers
    return any(toks[c].rel == "obj" and (
        toks[c].feats.get("Number") == "Plur" and not our_signatures(sent, k, c) or
        c > 0 and toks[c - 1].pos == "NUM" or any(
            toks[x].rel.startswith("nummod") for x in sent.children(c)))
        for c in sent.children(k))


def _clause_partner(sent: Sentence, k: int) -> set[int]:
    """Tokens of "с + instrumental" after the verb ``k`` in its own clause (up to a comma,
    a quote mark or another verb), by morphology and order where the parse hung the
    phrase on another verb: "согласуем дату, документ подпишем лично с Ириной
    Кольцовой"."""
    toks = sent.tokens
    out: set[int] = set()
    opened = False
    for j in range(k + 1, len(toks)):
        t = toks[j]
        if t.text in {",", ";", ":"} or t.text in OPENING_QUOTES + CLOSING_QUOTES + \
                STRAIGHT_QUOTE or t.pos == "VERB":
            break
        if t.lemma in PARTNER_PREPOSITIONS and t.pos == "ADP":
            opened = True
        elif opened and t.feats.get("Case") == "Ins":
            out.add(j)
    return out


def _patronymic_last(name: str, models: Models) -> bool:
    """Does the name end in a patronymic ("Оксана Владимировна"): a first name and
    patronymic say whom the text means but give no surname to sign with."""
    last = name.split()[-1] if name.split() else ""
    return any("Patr" in p.tag for p in models.parse(last))


def quote_speaker(analysis: Analysis, at: int, named: Named, models: Models) -> str | None:
    """Who speaks the quotation closed at offset ``at``: the person in the subject of a
    verb after the mark ("», — сказал министр Олег Петров", "», — сказала Чупрова"), or
    the one a bare post there stands for, named before with the same post ("», —
    рассказал министр"). Only when an attribution follows the mark (ATTRIBUTION)."""
    text = analysis.text
    if not _ATTRIBUTION.match(text[at + 1:at + 1 + 40]):
        return None
    starts = sentence_starts(analysis.sentences)
    k = bisect_right(starts, at) - 1
    if k < 0:
        return None
    sent = ensure_parsed(analysis.sentences[k], models)
    toks = sent.tokens
    for v, t in enumerate(toks):
        if t.start <= at or t.pos != "VERB":
            continue
        for span in _in_nodes(analysis, sent, _subject_nodes(sent, v, SUBJECT_RELATIONS)):
            name = _name(analysis, sent, span, named, models) or \
                surname_name(analysis, sent, span, models)
            if name and not _patronymic_last(name, models):
                return name
        for c in sent.children(v):
            if toks[c].rel in SUBJECT_RELATIONS and toks[c].pos == "NOUN" and \
                    toks[c].feats.get("Animacy") == "Anim":
                return post_holder(analysis, sent, c, [], named, models)
        return None
    return None


def quoted_we_signer(analysis: Analysis, sent: Sentence, named: Named, models: Models) -> list[str]:
    """The speaker of a quotation that signs in the first person signed for their side:
    "«На прошлой неделе мы подписали соглашение с агентством ...», — рассказал министр",
    "«Документ подпишем лично с коллегой», — сказал Сергей Брянцев", "«Мы договорились,
    что в сентябре подпишем соглашение», – сообщил директор департамента X". The verb is
    in the first person (or under "мы"/"я") inside a quotation of its paragraph; the
    speaker is read after the closing mark (``quote_speaker``). Only from the parse.
    (sig30)"""
    if not sent.parsed or several_documents(sent):
        return []
    for k in range(len(sent.tokens)):
        if not _we_sign(sent, k):
            continue
        close = quote_close(analysis.text, sent.tokens[k].start)
        if close is None:
            continue
        speaker = quote_speaker(analysis, close, named, models)
        if not speaker:
            return []
        partners = [_name(analysis, sent, p, named, models)
                    for p in _in_nodes(analysis, sent, _partner_nodes(sent, k) |
                                       _clause_partner(sent, k))]
        return [speaker] + [p for p in partners if p and p != speaker]
    return []


def alone_we_of_plan(status: str, signers: list[str], found: list[str]) -> bool:
    """A speaker's "мы подпишем" alone tells which bodies will sign, not who: "«А в мае мы
    подпишем аналогичный документ с министерством Белгородской области», — добавила
    председатель комитета" announces no signer (sig34). The speaker of a planned signing
    is announced as its signer only beside a named counterpart: a partner person in the
    clause ("документ подпишем лично с Ириной Кольцовой", ``quoted_we_signer``) or a
    signer the text already announced ("Со стороны соседей его подпишет министр X"). Of
    a signing told as done, the speaker stays (``quoted_we_signer``). sig58: so with an
    older agreement the text only recalls: "«Три года назад мы подписывали этот документ с
    осторожностью ...», — отметил председатель общества инвалидов" tells which body signed
    it, not who."""
    return status in {"planned", "mentioned"} and not signers and len(found) < 2


def side_quote_signers(analysis: Analysis, si: int, own: Counter[int], signers: list[str],
                       named: Named, models: Models) -> list[str]:
    """sig55: the speakers of the first-person signing quotes after a signed agreement's
    sentence ``si``, each the signer for their side: "Агентство и компания заключили
    соглашение. ... «Я подписал соглашение ...», — сказал директор компании X. «Подписывая
    сегодня этот документ, мы берём на себя обязательство ...», — прокомментировала
    руководитель агентства Y" → X, Y (``quoted_we_signer``, its speaker only). Within
    SIDE_QUOTE_REACH sentences, up to a sentence another agreement was read from; only
    while the agreement has fewer than two signers, and up to two. sig65: so is a speaker a
    relative clause of signing describes ("— заявил председатель фонда X, который поставил
    подпись под документом со стороны фонда", ``relative_clause_signers``)."""
    sents = analysis.sentences
    out = list(signers)
    for n in range(si + 1, min(len(sents), si + 1 + SIDE_QUOTE_REACH)):
        if len(out) >= 2 or n in own:
            break
        if not any(t.lemma in SIGNING_HEADS for t in sents[n].tokens):
            continue
        found = quoted_we_signer(analysis, ensure_parsed(sents[n], models), named, models) or \
            relative_clause_signers(analysis, sents[n], named, models)
        if found and not any(same_surname(found[0], s) for s in out):
            out.append(found[0])
        if found:  # signers63: "«Мы с X подписали …»", X beside the speaker
            out += [p for p in quoted_comitative_partners(analysis, sents[n], named, models)
                    if not any(same_surname(p, s) for s in out)][:max(0, 2 - len(out))]
    return out[len(signers):]


def quoted_comitative_partners(analysis: Analysis, sent: Sentence, named: Named,
                               models: Models) -> list[str]:
    """signers63 quoted_comitative_partners: the persons a quoted first-person signing
    names beside its "мы" or "я" by "с" (``signers.comitative_signer``): "«Мы с Олегом
    Петровичем Лыковым сегодня подписали документ …», — сказала министр" → Лыков, who
    signed with the speaker (``quoted_we_signer`` reads the speaker). Not a partner of the
    verb ("мы подписали соглашение с министром X": a side's phrase, read elsewhere). Only
    from the parse."""
    if not sent.parsed:
        return []
    out: list[str] = []
    for span in persons_in(analysis, sent):
        if comitative_signer(sent, span) and \
                quote_close(analysis.text, span.start) is not None:
            _add_names(out, analysis, sent, (span,), named, models)
    return out


def relative_clause_signers(analysis: Analysis, sent: Sentence, named: Named,
                            models: Models) -> list[str]:
    """sig65: the one person of the sentence a relative clause of signing describes
    (``signers.relative_signer``): "«...», — заявил председатель фонда Глеб Сорокин, который
    поставил подпись под документом" → Сорокин. None when two are so described."""
    found = [s for s in persons_in(analysis, sent) if relative_signer(sent, s)]
    if len(found) != 1:
        return []
    name = _name(analysis, sent, found[0], named, models)
    return [name] if name else []


_ATTRIBUTION = re.compile(ATTRIBUTION)


def _first(agreement: Agreement, found: list[str]) -> None:
    """Put the names first (the author, the speaker) when no signer has their surname."""
    before = list(agreement.signatories)
    agreement.signatories = []
    add_signers(agreement, found)
    add_signers(agreement, before)


# --- the hook ---------------------------------------------------------------------


def shape_signers(analysis: Analysis, agreements: list[Agreement], named: Named,
                  models: Models) -> None:
    """Give the agreements found the signers the shapes above name, in place: the list
    after a colon clause within LIST_REACH sentences of a signed (or recalled) one; the
    meeting's participants for a signed one whose signing subject is collective and that
    has no signers; the announced signers of a planned one with none, within
    FUTURE_REACH sentences (behind ANNOUNCED_SIGNERS); initials in the signing subject
    of a signed one; the two sides' signers a colon clause after the signing as an
    occasion names, for a signed one with none (sig38); first, a signing retold as
    developing an older agreement drops the signers it copied. A sentence another
    agreement was read from ends the reach. ``named`` reads a sentence's signers
    (officials' names)."""
    sents = analysis.sentences
    if not sents or not agreements:
        return
    where = [sentence_at(sents, a.evidence.start) for a in agreements]
    own = Counter(where)
    _drop_retold(analysis, agreements, where)
    announced = ANNOUNCED_SIGNERS and any(a.status == "planned" for a in agreements) and \
        not called_off_signing(analysis, models)  # one scan per document
    planned: list[tuple[Agreement, list[int]]] = []
    for a, si in zip(agreements, where, strict=True):
        if si < 0:
            continue
        if own[si] > 1:  # one sentence read as several agreements: whose list?
            if a.status == "signed" and sents[si].parsed:
                add_signers(a, initials_subjects(analysis, sents[si], named, models))
            continue
        reach = list(range(si, min(len(sents), si + 1 + max(LIST_REACH, FUTURE_REACH, WE_REACH))))
        stop = next((n for n in reach[1:] if n in own), None)
        if stop is not None:
            reach = [n for n in reach if n < stop]
        if a.status in {"signed", "mentioned"}:
            for n in reach[:LIST_REACH + 1]:
                if sents[n].text.rstrip().endswith(":") and \
                        colon_signing(ensure_parsed(sents[n], models)):
                    add_signers(a, colon_list_signers(analysis, n, named, models))
                    break
                if ":" in sents[n].text and sents[n].text.rstrip().endswith(";"):
                    add_signers(a, run_on_list_signers(analysis, n, named, models))  # sig89
        if a.status == "signed" and sents[si].parsed:
            # sig52: also beside others
            add_signers(a, addressed_signers(analysis, si, named, models))
            if not a.signatories and collective_signing(sents[si]):
                add_signers(a, meeting_signers(analysis, si, named, models))
            _later_collective(analysis, a, reach[1:LIST_REACH + 1], named, models)
            _later_pair(analysis, a, reach, named, models)  # sig36
            _later_occasion(analysis, a, reach, named, models)  # sig38
            _later_heads(analysis, a, reach, named, models)  # sig37
            if si + 1 in reach:  # sig30: "Глава региона и ректор подписали ... . Губернатор X и"
                add_signers(a, named_posts_next(analysis, si, named, models))
            add_signers(a, initials_subjects(analysis, sents[si], named, models))
            if a.signatories:
                add_signers(a, referring_signers(analysis, si, a.signatories, named, models))
                add_signers(a, bare_post_signers(analysis, sents[si], a.signatories, named, models))
        if a.status in {"signed", "mentioned"}:
            _shape_matrix_signers(analysis, a, si, reach[:LIST_REACH + 1], named, models)
        if a.status == "planned" and not a.signatories and announced:
            # pair65: a headline's announcement reach counts from the body's first sentence
            # (sig46), one sentence past the common reach
            ahead = [n for n in range(si, min(len(sents), si + 2 + FUTURE_REACH))
                     if stop is None or n < stop]
            for n in ahead[:FUTURE_REACH + 1 + _headline(analysis, sents[si])]:
                if not _announcing(sents[n]) or in_other_item(sents, si, n, a):  # plan62
                    continue
                found = future_signers(analysis, ensure_parsed(sents[n], models), named, models,
                                       n, own=n == si)
                if found:
                    add_signers(a, found)
                    break
        if a.status == "planned":
            planned.append((a, reach))
        for n in reach[:WE_REACH + 1]:  # sig30: "«Мы подписали ...», — сказал X"
            if any(t.lemma in SIGNING_HEADS for t in sents[n].tokens):
                found = quoted_we_signer(analysis, ensure_parsed(sents[n], models), named, models)
                if found and not alone_we_of_plan(a.status, a.signatories, found):
                    add_signers(a, found)
                    break
        if a.status == "signed" and len(a.signatories) < 2:  # sig55
            add_signers(a, side_quote_signers(analysis, si, own, a.signatories, named, models))
        if not a.signatories:  # sig53: "– Осенью мы с министром X планируем подписать ..."
            add_signers(a, interview_we_signers(analysis, si, named, models))
        if a.status in {"signed", "mentioned"} and a.signatories:
            add_signers(a, along_with_signers(analysis, a, si, stop, named, models))
    partner_sentence_signers(analysis, agreements, named, models)  # sig44
    caption_pair_signers(analysis, agreements, named)  # cap89
    if announced:
        sole_planned_signers(analysis, agreements, where, named, models)
        last_told_planned_signers(analysis, agreements, where, named, models)
    for a, reach in planned:  # sig36, once the announced signers are known
        if a.signatories:
            add_signers(a, announced_bare_posts(analysis, a.signatories, reach, named, models))
            if sents[reach[0]].parsed:  # sig89
                add_signers(a, planned_partner_signers(analysis, sents[reach[0]], named, models))


def planned_partner_signers(analysis: Analysis, sent: Sentence, named: Named,
                            models: Models) -> list[str]:
    """sig89 planned_partner_signers: the partner a future signing names as a person, by
    a post with the name under it or by the name alone, in a "с"-phrase of the verb or of
    its object, signs with the subject: "В мае он подпишет соглашение с ректором
    университета Анной Котовой" → Анна Котова. Read for a planned agreement whose signer
    the subject already is (a body as the partner, "с университетом", names no one).
    Only from the parse."""
    toks = sent.tokens
    nodes: set[int] = set()
    for v in _signing_verbs(sent):
        if not future_event(sent, v, models) or not any(
                toks[c].rel == "nsubj" for c in sent.children(v)):
            continue
        holders = [v] + [c for c in sent.children(v) if toks[c].rel == "obj"]
        for h in holders:
            for c in sent.children(h):
                t = toks[c]
                if t.feats.get("Case") != "Ins" or not any(
                        toks[x].lemma in PARTNER_PREPOSITIONS for x in sent.children(c)):
                    continue
                if t.pos == "PROPN":
                    nodes.add(c)  # "с Анной Котовой"
                elif t.pos == "NOUN" and t.feats.get("Animacy") == "Anim":
                    nodes |= {x for x in sent.children(c)
                              if toks[x].rel == "appos" and toks[x].pos == "PROPN"}
    return _add_names([], analysis, sent, _in_nodes(analysis, sent, nodes), named, models)


def _partner_marks(sent: Sentence, distinct: list[set[str]]) -> list[int] | None:
    """Where a sentence names each partner in a "с"-phrase ("с региональным министерством",
    "с центром занятости"): for each member's distinct stems, the first instrumental word
    within PARTNER_PHRASE_WORDS after "с"/"со" that has one of them. None unless every
    member is found, each at a place of its own."""
    toks = sent.tokens
    marks: list[int] = []
    for own in distinct:
        found = next((t.start for i, t in enumerate(toks)
                      if t.feats.get("Case") == "Ins" and names.stems(t.text) & own and
                      any(x.lemma in PARTNER_PREPOSITIONS
                          for x in toks[max(0, i - PARTNER_PHRASE_WORDS):i])), None)
        if found is None or found in marks:
            return None
        marks.append(found)
    return marks


def partner_sentence_signers(analysis: Analysis, agreements: list[Agreement],
                             named: Named, models: Models) -> None:
    """sig44: the signed agreements one sentence told together, with a side in common,
    take each the persons a later signing sentence names after its own partner: "Были
    подписаны три соглашения ... Соглашение с региональным министерством скреплено
    подписью министра Елены Лунёвой, с центром занятости – подписью директора Ирины
    Сафоновой, с общественной организацией – подписью ее председателя Николая
    Трегубова." Each partner is found by a stem of its own side no other member's side
    has, in a "с"-phrase (``_partner_marks``); each person signs for the partner named
    last before it (``signers.partner_of``) and leaves the other members. The first such
    sentence within PARTNER_SIGNERS_REACH after theirs; all members or none."""
    sents = analysis.sentences
    starts = sentence_starts(sents)
    groups = signed_by_sentence(agreements)
    for start, group in groups.items():
        if len(group) < 2:
            continue
        common = set.intersection(*({p.name for p in a.parties} for a in group))
        own = [{x for p in a.parties if p.name not in common for w in names.words(p.name)
                if len(w) >= STEM_LETTERS for x in names.stems(w)} for a in group]
        distinct = [o - set().union(*(x for x in own if x is not o)) for o in own]
        if not common or not all(distinct):
            continue
        si = bisect_right(starts, start) - 1
        for n in range(si + 1, min(len(sents), si + 1 + PARTNER_SIGNERS_REACH)):
            if not any(t.lemma in SIGNATURE_WORDS or t.lemma in SIGNING_HEADS
                       for t in sents[n].tokens):
                continue
            marks = _partner_marks(sents[n], distinct)
            if marks is None:
                continue
            mine: list[list[str]] = [[] for _ in group]
            for span in persons_in(analysis, sents[n]):
                g = partner_of(marks, span.start)
                name = _name(analysis, sents[n], span, named, models) if g >= 0 else None
                if name:
                    mine[g].append(name)
            if all(mine):
                told = [x for m in mine for x in m]
                for a, who in zip(group, mine, strict=True):
                    kept = [x for x in a.signatories
                            if not any(same_surname(x, y)
                                       for y in told)]
                    a.signatories = kept + [x for x in who if x not in kept]
            break


def called_off_signing(analysis: Analysis, models: Models) -> bool:
    """Does the text say a signing was called off, not just put off: "Подписание
    соглашения отменено", "Церемонию подписания отменили"? Then the signers announced for
    a planned agreement will not sign it. A verb or noun of calling off with a signing
    noun as its subject, object or dependent, or under them. Only from the parse, and
    only of sentences that have such a word."""
    for sent in analysis.sentences:
        if not any(t.lemma in CALLED_OFF_WORDS for t in sent.tokens):
            continue
        s = ensure_parsed(sent, models)
        toks = s.tokens
        for k, t in enumerate(toks):
            if t.lemma not in CALLED_OFF_WORDS:
                continue
            near = list(s.children(k))
            near += [x for c in near for x in s.children(c)]
            if any(toks[x].lemma in SIGNING_EVENTS for x in near):
                return True
    return False


def addressee_full_name(analysis: Analysis, sent: Sentence, models: Models) -> str | None:
    """The full name, stated before, of the one a question turn of ``sent`` addresses by
    first name and patronymic (``signers.addressee``): "Начальник департамента Михаил
    Киняйкин рассказал ... – Михаил Александрович, вы подписали ..." → "Михаил
    Киняйкин". Exactly one person with that first name among the last NAME_LOOKBACK
    person mentions before it."""
    from soccoop.extract.signers import nominative_name

    spans, starts = _per_index(analysis)
    sent_starts = sentence_starts(analysis.sentences)
    for span in spans[bisect_left(starts, sent.start):bisect_left(starts, sent.stop)]:
        if not addressee(sent, span, models):
            continue
        first = span.text.split()[0].lower().replace("ё", "е")
        n = bisect_left(starts, span.start)
        found: set[str] = set()
        for earlier in spans[max(0, n - NAME_LOOKBACK):n]:
            k = bisect_right(sent_starts, earlier.start) - 1
            full = nominative_name(analysis.sentences[k], earlier, models) if k >= 0 else None
            if full and len(full.split()) >= 2 and \
                    full.split()[0].lower().replace("ё", "е") == first:
                found.add(full)
        return found.pop() if len(found) == 1 else None
    return None


def _answer_sentences(analysis: Analysis, si: int) -> list[int]:
    """The sentences of the paragraph after the one sentence ``si`` stands in: the
    answer to a question turn (sig52: past blank lines between the turns)."""
    text, sents = analysis.text, analysis.sentences
    end = text.find("\n", sents[si].stop)
    if end < 0:
        return []
    begin = _NON_SPACE.search(text, end)
    if begin is None:
        return []
    stop = text.find("\n", begin.start())
    stop = len(text) if stop < 0 else stop
    n = bisect_left(sentence_starts(analysis.sentences), begin.start())
    out = []
    while n < len(sents) and sents[n].start < stop:
        out.append(n)
        n += 1
    return out


def addressed_signers(analysis: Analysis, si: int, named: Named, models: Models) -> list[str]:
    """An interviewer's question "– Михаил Александрович, в четверг вы подписали
    соглашение с Кузбассом" names the one addressed as its signer: the full name stated
    before for that first name (``addressee_full_name``); the answer turn after it adds
    the partner the interviewee signed with ("Соглашение мы подписали с министром Еленой
    Воронковой ...", ``signers.partner_name``). The question's signing verb has "вы" as
    its subject; the answer's has "мы"/"я". sig52: a question naming another subject
    ("– Гульнара Ринатовна, министерство подписало соглашение с вузом. Зачем?") names the
    one addressed too when the answer turn signs with "мы"/"я" ("– Документ мы подписали
    вместе с ректором X"): the interviewee tells of her own signing. Only from the
    parse."""
    sent = analysis.sentences[si]
    toks = sent.tokens
    asked = any(toks[c].text.lower() in ADDRESSED_SUBJECTS and toks[c].rel in SUBJECT_RELATIONS
                for v in _signing_verbs(sent) for c in sent.children(v))
    who = addressee_full_name(analysis, sent, models)
    if who is None:
        return []
    out = [who]
    answered = False
    for n in _answer_sentences(analysis, si):
        if not any(t.lemma in SIGNING_HEADS for t in analysis.sentences[n].tokens):
            continue
        answer = ensure_parsed(analysis.sentences[n], models)
        atoks = answer.tokens
        if not any(atoks[c].text.lower() in ANSWER_SUBJECTS and
                   atoks[c].rel in SUBJECT_RELATIONS
                   for v in _signing_verbs(answer) for c in answer.children(v)):
            continue
        answered = True
        for span in _persons(analysis, answer):
            name = partner_name(answer, span, models)
            if name and name not in out:
                out.append(_name(analysis, answer, span, named, models) or name)
        break
    return out if asked or answered else []


def interviewee(analysis: Analysis, si: int, models: Models) -> str | None:
    """The one an interview addresses, for an answer turn ``si``: the full name
    (``addressee_full_name``) of the first name and patronymic that opens the nearest
    earlier turn among the last NAME_LOOKBACK person mentions: "– Анна Викторовна,
    как прошёл год? ... – Что дальше? – Мы с ректором X подпишем ..." → the one named
    "Анна ..." before. None unless ``si`` opens a turn with a dash. (sig53)"""
    sents = analysis.sentences
    if not sents[si].tokens or sents[si].tokens[0].text not in ELLIPSIS_DASHES:
        return None
    spans, starts = _per_index(analysis)
    sent_starts = sentence_starts(analysis.sentences)
    n = bisect_left(starts, sents[si].start)
    for earlier in reversed(spans[max(0, n - NAME_LOOKBACK):n]):
        k = bisect_right(sent_starts, earlier.start) - 1
        if k < 0 or not sents[k].tokens or sents[k].tokens[0].text not in ELLIPSIS_DASHES:
            continue
        sent = ensure_parsed(sents[k], models)
        if addressee(sent, earlier, models):
            return addressee_full_name(analysis, sent, models)
    return None


def _we_plan(sent: Sentence) -> Iterator[tuple[int, int]]:
    """The signing verbs of a first-person plan and the verb "мы"/"я" stands under:
    "мы с министром X планируем подписать" → (подписать, планируем); a first-person
    signing verb is its own ("подпишем")."""
    toks = sent.tokens
    for k in _signing_verbs(sent):
        if _we_sign(sent, k):
            yield k, k
            continue
        h = toks[k].head
        if toks[k].rel == "xcomp" and h >= 0 and toks[h].pos == "VERB" and (
                toks[h].feats.get("Person") == "1" or any(
                    toks[c].rel in SUBJECT_RELATIONS and toks[c].text.lower() in WE_SIGNERS
                    for c in sent.children(h))) and not _many_objects(sent, k):
            yield k, h


def _we_with(sent: Sentence, w: int) -> set[int]:
    """Tokens of the "с + instrumental" right after "мы" ("мы с министром X"), by order
    and morphology wherever the parse hung it: the phrase whose "с" follows "мы"."""
    toks = sent.tokens
    if w + 1 >= len(toks) or toks[w + 1].lemma not in PARTNER_PREPOSITIONS:
        return set()
    h = toks[w + 1].head
    if h <= w + 1 or toks[h].feats.get("Case") != "Ins":
        return set()
    return set(subtree(sent, h))


def first_person_plan(sent: Sentence) -> bool:
    """plans67: does the sentence tell a signing still to come in the first person: "мы
    планируем подписать", "подпишем" (``_we_plan``), no verb of it in the past ("мы
    подписали" is done) and none negated (``syntax.negated``: "мы не хотим подписывать
    документ наспех" tells a reason for waiting, not the speaker's signing)? Read by
    ``plan_signers.plan_speaker_beside_announced``."""
    toks = sent.tokens
    return any(toks[k].feats.get("Tense") != "Past" and toks[h].feats.get("Tense") != "Past"
               and not negated(sent, k) and not negated(sent, h)
               for k, h in _we_plan(sent))


def interview_we_signers(analysis: Analysis, si: int, named: Named, models: Models) -> list[str]:
    """An interviewee's answer that signs in the first person beside a named partner
    signs for her side: "– Что в планах? – Осенью мы с министром соседней республики
    Иваном Петровым планируем подписать соглашение" → the one the interview addresses
    (``interviewee``) and Иван Петров. The partner is "с + instrumental" under the
    signing verb, the verb "мы" stands under, "мы" itself ("мы с X") or (speaker96)
    "вместе"/"совместно" under the verb ("мы вместе с X подписали"). Without a
    named partner the answer tells which bodies sign, not who (``alone_we_of_plan``):
    nothing. Only from the parse. (sig53) speaker96: the answer need not open its turn;
    a later sentence of the same answer turn ("– Ближе всех нам Псков. Осенью мы
    вместе с министром X подписали ...") is the interviewee's too
    (``answering_interviewee``: the turn's dash within TURN_REACH, no question between)."""
    sent = analysis.sentences[si]
    if not sent.tokens or not any(t.lemma in SIGNING_HEADS for t in sent.tokens):
        return []
    if sent.tokens[0].text not in ELLIPSIS_DASHES and \
            answering_interviewee(analysis, si, models) is None:
        return []
    sent = ensure_parsed(sent, models)
    toks = sent.tokens
    for k, h in _we_plan(sent):
        we = [c for c in sent.children(h) if toks[c].rel in SUBJECT_RELATIONS and
              toks[c].text.lower() in WE_SIGNERS]
        nodes = _partner_nodes(sent, k) | _partner_nodes(sent, h) | _clause_partner(sent, k)
        for c in sent.children(k):  # speaker96: "мы вместе с министром X подписали"
            if toks[c].lemma in TOGETHER_WORDS:
                nodes |= _partner_nodes(sent, c)
        for w in we:
            nodes |= _partner_nodes(sent, w) | _we_with(sent, w)
        partners = [p for p in (_name(analysis, sent, span, named, models)
                                for span in _in_nodes(analysis, sent, nodes)) if p]
        if not partners:
            return []
        who = interviewee(analysis, si, models) or answering_interviewee(analysis, si, models)
        if who is None:
            return []
        return [who] + [p for p in partners if p != who]
    return []


def _announcing(sent: Sentence) -> bool:
    """Has the sentence a word that may announce signers (a signing, a signature, a
    signer; hid95: a signing noun charged to someone, ``charged_signing_people``)? The
    cheap test before parsing it."""
    return any(t.lemma in SIGNING_HEADS or t.lemma in SIGNATURE_WORDS or
               t.lemma in SIGNER_NOUNS or t.lemma in SIGN_NOUNS for t in sent.tokens)


def ranked_item_opener(sent: Sentence) -> bool:
    """plan62: does the sentence open an item of a list of papers by its rank: an ordinal
    (``ORDINALS``) in the nominative first (a neuter's may be tagged accusative), then a
    dash or an agreement noun ("Первое — о строительстве школы.", "Второе соглашение — о
    занятости — заключат …")? Not "Первым делом министр …" (the instrumental,
    ``series_sides.ranked_item``'s shape). From morphology and word order."""
    toks = sent.tokens
    return len(toks) > 1 and toks[0].lemma in ORDINALS and \
        toks[0].feats.get("Case") in {"Nom", "Acc"} and \
        (toks[1].text in ASIDE_DASHES or toks[1].lemma in TRIGGERS)


def _item_stems(sent: Sentence) -> set[str]:
    """fixplan62: the stems (``_stem``) of the content words (nouns, adjectives, proper
    names; no agreement noun) of a ranked item opener's phrase after its rank, up to the
    next dash ("Второе соглашение — о помощи семьям — заключат …" → помо, семь)."""
    toks = sent.tokens
    out: set[str] = set()
    for t in toks[2:]:
        if t.text in ASIDE_DASHES:
            if out:
                break
            continue
        if t.pos in {"NOUN", "ADJ", "PROPN"} and t.lemma not in TRIGGERS and len(t.text) > 3:
            out.add(_stem(t.text))
    return out


def _stem(word: str) -> str:
    """fixplan62: a word's crude stem, its first four letters lowercased ("семьям",
    "семьи" → "семь"): enough to match an item's phrase with a record's title."""
    return word.lower()[:4]


def _record_stems(record: Agreement) -> set[str]:
    """fixplan62: the stems of the record's subject, or of its title when no subject was
    read ("Соглашение — о помощи семьям —" → помо, семь), words of four letters or more,
    agreement nouns left out."""
    words = re.findall(r"\w+", record.subject or record.title or "")
    return {_stem(w) for w in words if len(w) > 3 and w.lower() not in TRIGGERS}


def in_other_item(sents: list[Sentence], own_si: int, si: int, record: Agreement) -> bool:
    """plan62: does story sentence ``si`` stand in an item of a ranked list other than the
    record's: the nearest item opener (``ranked_item_opener``) after the record's own
    sentence and up to ``si`` does not tell the record's subject, and another opener of the
    list within ``PLANNED_SIGNER_REACH`` after ``si`` does: "Планируется подписать два
    соглашения с фондом. Первое — о строительстве школы. Его подпишут мэр и директор
    фонда. Второе соглашение — о помощи семьям — заключат министерство и фонд. Подписи
    под ним поставят министр и заместитель директора." (the plan of help to families
    takes the last two, not the school's signers). fixplan62: an opener tells the record's
    subject when a word of its phrase shares a stem with the record's subject, or with its
    title when no subject was read (``_record_stems``, ``_item_stems``), not by a substring
    test. A record with neither, or a story with no opener before ``si``, is no such case.
    From word order and the words' stems."""
    mark = _record_stems(record)
    if not mark:
        return False
    openers = [k for k in range(own_si + 1, min(len(sents), si + 1 + PLANNED_SIGNER_REACH))
               if ranked_item_opener(sents[k])]
    mine = [k for k in openers if k <= si]
    return bool(mine) and not _item_stems(sents[mine[-1]]) & mark and \
        any(_item_stems(sents[k]) & mark for k in openers if k != mine[-1])


def sole_planned_signers(analysis: Analysis, agreements: list[Agreement], where: list[int],
                         named: Named, models: Models) -> None:
    """The one planned agreement of a text, still without signers, takes the signers a
    later sentence announces for it anywhere in the text (``future_signers``), past the
    reach of its first mention: "Депутаты утвердили текст договора с соседней областью
    (headline) ... Подписать соглашение планируется в апреле. Документ подпишут
    губернатор X и губернатор Y." Only one planned record told before the announcement,
    so it can be of no other (rounds42: a plan told only after it, "Позже фонд намерен
    заключить такой же договор с колледжем", is no candidate); a sentence another record
    was read from is skipped. One pass over the sentences after it, parsing only those
    with a word of signing."""
    planned = [n for n, a in enumerate(agreements) if a.status == "planned"]
    if not planned or where[planned[0]] < 0:
        return
    a, si = agreements[planned[0]], where[planned[0]]
    if a.signatories:
        return
    others = set(where)
    sents = analysis.sentences
    for n in range(si + 1, len(sents)):
        if any(0 <= where[m] < n for m in planned[1:]):
            return  # rounds42: a second plan told before: which one is announced is open
        if n in others or not _announcing(sents[n]) or in_other_item(sents, si, n, a):
            continue  # plan62: a ranked list's other item
        found = future_signers(analysis, ensure_parsed(sents[n], models), named, models, n)
        if found:
            add_signers(a, found)
            return


def last_told_planned_signers(analysis: Analysis, agreements: list[Agreement],
                              where: list[int], named: Named, models: Models) -> None:
    """sig86: a planned agreement still without signers takes the signers a later
    sentence announces (``future_signers``: a back-referring object, "его", "документ",
    "соглашение" with no partner of its own) past the reach of its first mention, when no
    other record is read from a sentence between them: the announcement refers back to
    the last agreement told. "Подписание соглашения между фондом и колледжем перенесли
    на осень. Об этом сообщили в фонде. По словам его директора, стороны решили дополнить
    текст. «Нужно всё согласовать», — сказала она. Подписать соглашение должны директор
    фонда Ольга Лаптева и ректор колледжа Пётр Зимин." One record per sentence; the
    stretches of the planned records are disjoint, so one pass over the sentences,
    parsing only those with a word of signing."""
    sents = analysis.sentences
    told = sorted({w for w in where if w >= 0})
    own = Counter(where)
    for a, si in zip(agreements, where, strict=True):
        if a.status != "planned" or a.signatories or si < 0 or own[si] > 1:
            continue
        stop = next((w for w in told if w > si), len(sents))
        for n in range(si + 1, stop):
            if not _announcing(sents[n]) or in_other_item(sents, si, n, a):
                continue  # plan62: a ranked list's other item
            found = future_signers(analysis, ensure_parsed(sents[n], models), named, models, n)
            if found:
                add_signers(a, found)
                break


def announced_bare_posts(analysis: Analysis, signers: list[str], reach: list[int],
                         named: Named, models: Models) -> list[str]:
    """sig36: a bare post beside an announced signer of a planned agreement stands for the
    one named before with that post (``bare_post_signers``): "Об этом сообщил министр
    Баатр Очиров. Документ подпишут министр и руководитель агентства Мадина Утегенова" →
    Баатр Очиров. Only in the sentence announcing a known signer (``future_signers``
    names one of ``signers``), so a past signing nearby lends no post."""
    sents = analysis.sentences
    for n in reach:
        if not _announcing(sents[n]):
            continue
        sent = ensure_parsed(sents[n], models)
        announced = future_signers(analysis, sent, named, models, n, own=n == reach[0])
        if any(same_surname(x, y)
               for x in announced for y in signers if x.split() and y.split()):
            return bare_post_signers(analysis, sent, signers, named, models)
    return []


def referring_subjects(sent: Sentence) -> list[int]:
    """Subjects of a signing (or their conjuncts) that stand for someone named before
    and carry no name of their own: "они" in "Вместе с директором X они подписали
    соглашение", "гостья" in "Гостья и министр X подписали соглашение". A name right
    after the word is its own ("гостья Анна Иванова"). Only from the parse."""
    toks = sent.tokens
    out: list[int] = []
    for v in _signing_verbs(sent):
        subjects = [c for c in sent.children(v) if toks[c].rel in SUBJECT_RELATIONS]
        subjects += [c for s in subjects for c in sent.children(s) if toks[c].rel == "conj"]
        for k in subjects:
            t = toks[k]
            if not (t.lemma in REFERRING_SUBJECTS or t.text.lower() in REFERRING_SUBJECTS):
                continue
            if k + 1 < len(toks) and toks[k + 1].pos == "PROPN":
                continue
            out.append(k)
    return out


def _bare(analysis: Analysis, sent: Sentence, k: int, subjects: list[int]) -> bool:
    """Does the subject word at ``k`` carry no name of its own: no person starts after it
    before the conjunction joining the next subject, a comma or a verb ("губернатор и
    министр X": bare; "губернатор области Иван Петров и ...": named; the "и" of "труда и
    социальной защиты" joins no subjects)? A comma inside the post's own title does not
    end it (``_title_comma``): "министр труда, занятости и социальной защиты Татарстана
    Эльмира Зарипова" is named."""
    toks = sent.tokens
    stop = next((j for j in range(k + 1, len(toks))
                 if toks[j].rel == "cc" and toks[j].head in subjects or
                 toks[j].text in {",", "—", "–"} and not _title_comma(sent, k, j) or
                 toks[j].pos == "VERB"), len(toks))
    end = toks[stop].start if stop < len(toks) else sent.stop
    return not person_mentions(analysis).tagged_between(toks[k].stop, end)


def _title_comma(sent: Sentence, post: int, j: int) -> bool:
    """Is the comma at ``j`` one joining the words of the title under the post at
    ``post`` ("министр труда, занятости и социальной защиты": the comma hangs on
    "занятости", under "министр")? Only from the parse."""
    return sent.parsed and sent.tokens[j].text == "," and post in ancestors(sent, j)


def bare_post_signers(analysis: Analysis, sent: Sentence, signers: list[str],
                      named: Named, models: Models) -> list[str]:
    """A bare post joined to a named signer in the signing subject stands for the one
    named before with that post: "Губернатор Курской области Роман Старовойт открыл
    форум. ... Губернатор и министр труда Чувашии Олег Рыжов подписали соглашение" →
    Роман Старовойт (``post_holder``). A singular animate noun with no name of its own
    (``_bare``). sig52: so does a sole bare post subject of a sentence that names nobody,
    the other side's signer told in another sentence: "Министр подписала соглашение с
    отделением Союза пенсионеров. Со стороны организации документ подписала её
    председатель X" → the minister named before. Only from the parse."""
    toks = sent.tokens
    out: list[str] = []
    for v in _signing_verbs(sent):
        subjects = [c for c in sent.children(v) if toks[c].rel in SUBJECT_RELATIONS]
        subjects += [c for s in subjects for c in sent.children(s) if toks[c].rel == "conj"]
        if len(subjects) < 2 and not (subjects and _names_nobody(analysis, sent)):
            continue
        out += [h for h in _bare_post_holders(analysis, sent, subjects, signers + out, named,
                                              models, REFERRING_SUBJECTS) if h not in out]
    return out


def _names_nobody(analysis: Analysis, sent: Sentence) -> bool:
    """Has the sentence no person's span (by bisect on the document's PER spans)?"""
    spans, starts = _per_index(analysis)
    n = bisect_left(starts, sent.start)
    return n >= len(spans) or spans[n].start >= sent.stop


def _nominative_stand_in(sent: Sentence, verb: int) -> set[int]:
    """sig67: the subject of a finite verb the parser gave none, when one of its other
    dependents is an animate noun in the nominative it hung as an object: "Об этом
    рассказала врио министра труда края Олеся Кругликова" ("врио" read as "iobj") → the
    group of "врио". Only a finite verb, and only one such dependent; else nothing."""
    toks = sent.tokens
    if toks[verb].feats.get("VerbForm") != "Fin":
        return set()
    found = [c for c in sent.children(verb)
             if toks[c].rel in {"obj", "iobj", "obl"} and toks[c].pos == "NOUN" and
             toks[c].feats.get("Case") == "Nom" and toks[c].feats.get("Animacy") == "Anim"]
    return set(subtree(sent, found[0])) if len(found) == 1 else set()


def _referents(analysis: Analysis, si: int, gender: str | None, signers: list[str],
               named: Named, models: Models) -> list[str]:
    """The people in a verb's subject of the nearest sentence before ``si``, within
    REFERENT_REACH, that has any: only those whose first word has ``gender`` when given,
    none already among ``signers``."""
    sents = analysis.sentences
    for n in range(si - 1, max(-1, si - 1 - REFERENT_REACH), -1):
        s = ensure_parsed(sents[n], models)
        toks = s.tokens
        spans: list[NerSpan] = []
        for v, t in enumerate(toks):
            if t.pos in {"VERB", "AUX"} or t.rel == "root":
                nodes = _subject_nodes(s, v, SUBJECT_RELATIONS) or _nominative_stand_in(s, v)
                for span in _in_nodes(analysis, s, nodes):
                    if span not in spans:
                        spans.append(span)
        if not spans:
            continue
        found: list[str] = []
        for span in spans:
            first = _first_token(s, span)
            if gender and (first is None or toks[first].feats.get("Gender") != gender):
                continue
            name = _name(analysis, s, span, named, models)
            if name and name not in found and not any(
                    same_surname(name, x)
                    for x in signers if x.split()):
                found.append(name)
        return found
    return []


def referring_signers(analysis: Analysis, si: int, signers: list[str],
                      named: Named, models: Models) -> list[str]:
    """The people a referring subject of the signing in sentence ``si`` stands for,
    beside the signer it names: those in a verb's subject in the nearest sentence
    before, within REFERENT_REACH, that has any (``_referents``). "В Иваново приехала
    министр Елена Клементьева. Вместе с директором АНО Ольгой Шмелёвой они подписали
    соглашение" → Клементьева; a gendered noun takes only those of its gender ("Прибыли
    министр Оксана Бородулина и её заместитель Виктор Ким. Гостья и министр X подписали
    ..." → Бородулина); a noun of either gender ("коллега") takes a single person only.
    Nothing when a noun leaves several."""
    sent = analysis.sentences[si]
    out: list[str] = []
    for k in referring_subjects(sent):
        word = sent.tokens[k]
        noun = word.pos == "NOUN"
        gender = word.feats.get("Gender") if noun and \
            word.lemma not in COMMON_GENDER_SUBJECTS else None
        found = _referents(analysis, si, gender, signers, named, models)
        if noun and len(found) != 1:
            continue
        out += [f for f in found if f not in out]
    return out


def _pair_subject(sent: Sentence) -> tuple[str, str] | None:
    """The plural referring subject of a signing that names nobody, as ("post", lemma) or
    ("gender", Fem/Masc): a post counted by "оба"/"обе" ("Документ подписали оба
    председателя"), a plural animate post ("Министры подписали ..."), or a plural noun of
    people by their sex ("Женщины подписали ...", "обе женщины"). Collective words
    ("стороны", "руководители") are ``collective_signing``'s. A noun counted by a
    nominative "оба" is the subject whatever relation the parser gave its genitive (it
    may call "председателя" in "Документ подписали оба председателя" an object). Only
    from the parse."""
    toks = sent.tokens
    for v in _signing_verbs(sent):
        for c in sent.children(v):
            t = toks[c]
            if t.lemma in PAIR_WORDS and t.rel in SUBJECT_RELATIONS:
                # the parser may hang the noun on the numeral
                c = next((x for x in sent.children(c) if toks[x].pos == "NOUN"), c)
                t = toks[c]
            counted = any(toks[x].lemma in PAIR_WORDS and
                          toks[x].feats.get("Case", "Nom") == "Nom"
                          for x in sent.children(c)) or t.lemma in PAIR_WORDS
            if t.rel not in SUBJECT_RELATIONS and not (counted and t.rel == "obj"):
                continue
            if t.pos != "NOUN" or t.lemma in COLLECTIVE_SUBJECTS or any(
                    toks[x].pos == "PROPN" for x in sent.children(c)):
                continue
            if not counted and (t.feats.get("Number") != "Plur" or
                                t.feats.get("Animacy") != "Anim"):
                continue
            if t.lemma in GENDERED_PEOPLE:
                return "gender", GENDERED_PEOPLE[t.lemma]
            return "post", t.lemma
    return None


def pair_signers(analysis: Analysis, n: int, named: Named, models: Models) -> list[str]:
    """sig36: the two people a plural referring subject of the signing in sentence ``n``
    stands for (``_pair_subject``): those named within PAIR_REACH sentences before it
    with that post, or whose first name is of that gender. "Председатель Законодательного
    Собрания Андрей Луценко и председатель областного Собрания Екатерина Прокопьева
    отметили ... . Документ подписали оба председателя" → both; "Приехала министр Наталья
    Б. ... Её встретила министр Светлана П. Женщины подписали соглашение" → both. Exactly
    two people, else nothing; an earlier signing ends the search (its people are its)."""
    sents = analysis.sentences
    what = _pair_subject(ensure_parsed(sents[n], models))
    if what is None:
        return []
    kind, value = what
    found: list[str] = []
    for m in range(n - 1, max(-1, n - 1 - PAIR_REACH), -1):
        s = sents[m]
        if any(t.lemma in SIGNING_HEADS for t in s.tokens):
            break
        s = ensure_parsed(s, models)
        for span in reversed(_persons(analysis, s)):
            first = _first_token(s, span)
            if first is None:
                continue
            if kind == "gender":
                if s.tokens[first].feats.get("Gender") != value:
                    continue
            else:
                post = _post_of(s, first)
                if post is None or s.tokens[post].lemma != value:
                    continue
            name = _name(analysis, s, span, named, models)
            if name and not any(same_surname(name, f)
                                for f in found):
                found.append(name)
    return list(reversed(found)) if len(found) == 2 else []


def sentence_pair_signers(analysis: Analysis, sent: Sentence, named: Named,
                          models: Models) -> list[str]:
    """sig36: ``pair_signers`` of a signing sentence given as such (an agreement's own
    sentence, read before the records are merged): "Женщины подписали соглашение"."""
    starts = sentence_starts(analysis.sentences)
    n = bisect_right(starts, sent.start) - 1
    if n < 0 or analysis.sentences[n].start != sent.start:
        return []
    return pair_signers(analysis, n, named, models)


def _later_pair(analysis: Analysis, a: Agreement, reach: list[int], named: Named,
                models: Models) -> None:
    """sig36: a signed agreement with no signers whose own sentence, or the first later
    one telling a signing of a document referred back to ("Документ подписали оба
    председателя"), has a plural referring subject takes the two people it stands for
    (``pair_signers``)."""
    if a.signatories or not reach:
        return
    for n in _own_or_next_signing(analysis, reach, SIGNING_HEADS):
        sent = ensure_parsed(analysis.sentences[n], models)
        if n == reach[0] or any(_back_object(sent, v) for v in _signing_verbs(sent)):
            add_signers(a, pair_signers(analysis, n, named, models))


def _own_or_next_signing(analysis: Analysis, reach: list[int],
                         words: frozenset[str]) -> Iterator[int]:
    """The sentences of ``reach`` (an agreement's own sentence first, then the ones after
    it) that hold one of ``words``, up to the first later one: the first signing after an
    agreement is the one that may tell it again ("Соглашение заключено ... . Документ
    подписали оба председателя"), a second one is another occasion."""
    sents = analysis.sentences
    for n in reach:
        if not any(t.lemma in words for t in sents[n].tokens):
            continue
        yield n
        if n > reach[0]:
            return


# --- sig38: the signing as an occasion, its signers told after a colon ------------------


def _occasion_subject(sent: Sentence, colon: int) -> bool:
    """Is a signing as an occasion the subject of the clause before the colon: "Подписание
    прошло ...", "Церемония подписания состоялась ..."? A signing noun (SIGNING_EVENTS)
    that is a subject, or that hangs on one ("церемония подписания")."""
    toks = sent.tokens
    for k in range(colon):
        if toks[k].lemma not in SIGNING_EVENTS:
            continue
        top = toks[k].head if toks[k].rel == "nmod" and 0 <= toks[k].head < colon else k
        if toks[top].rel in SUBJECT_RELATIONS:
            return True
    return False


def occasion_colon_signers(analysis: Analysis, sent: Sentence, named: Named,
                           models: Models) -> list[str]:
    """The two sides' signers a sentence on the signing as an occasion names after its
    colon, each the subject of the clause there: "Подписание прошло в режиме
    видеоконференции: министр X находился в Перми, министр Y — в Ижевске." → X, Y. The
    clause before the colon has the signing as its subject (``_occasion_subject``); at
    least two people after the colon whose name groups are subjects (or their conjuncts)
    of a verb after it; no guest or speaker word in the sentence ("Подписание прошло
    торжественно: присутствовали X и Y" names guests). Only from the parse."""
    toks = sent.tokens
    colon = next((i for i, t in enumerate(toks) if t.text == ":"), None)
    if colon is None or not _occasion_subject(sent, colon) or \
            any(t.lemma in GUEST_WORDS or t.lemma in SPEAKER_WORDS for t in toks):
        return []
    out: list[str] = []
    for span in _persons(analysis, sent):
        k = _first_token(sent, span)
        if k is None or k <= colon:
            continue
        top = climb(sent, _group_top(sent, k), {"conj"}, limit=4)[-1]
        if toks[top].rel not in SUBJECT_RELATIONS or toks[top].head <= colon:
            continue
        _add_names(out, analysis, sent, (span,), named, models)
    return out if len(out) >= 2 else []


def _later_occasion(analysis: Analysis, a: Agreement, reach: list[int], named: Named,
                    models: Models) -> None:
    """sig38: a signed agreement with no signers whose own sentence, or the first later
    one naming the signing as an occasion, tells who was where after a colon
    (``occasion_colon_signers``): "Министерство подписало соглашение с министерством
    Удмуртии. Подписание прошло по видеосвязи: министр X находился в Перми, министр Y — в
    Ижевске." A later occasion is another signing's."""
    if a.signatories or not reach:
        return
    for n in _own_or_next_signing(analysis, reach, SIGNING_EVENTS):
        if analysis.sentences[n].text.find(":") < 0:
            continue
        add_signers(a, occasion_colon_signers(
            analysis, ensure_parsed(analysis.sentences[n], models), named, models))


# --- sig37: "the heads of all the parties" sign ----------------------------------------


def _signing_clause(sent: Sentence) -> bool:
    """Does the sentence tell a signing as its predicate: a signing verb ("подписали"), a
    "скрепить" the tagger may call an adjective ("скрепили подписями"), or a verb whose
    object is a signature ("подписи поставили")?"""
    toks = sent.tokens
    return bool(_signing_verbs(sent)) or any(t.lemma == "скрепить" for t in toks) or any(
        t.lemma in SIGNATURE_WORDS and t.rel in {"obj", "iobj"} and 0 <= t.head < len(toks)
        and toks[t.head].pos == "VERB" for t in toks)


def heads_subject(analysis: Analysis, sent: Sentence) -> int | None:
    """The count a plural "heads of all the parties" subject of a signing states, 0 when
    it states none, None when the sentence has no such subject: "Документ подписали
    руководители всех четырёх организаций" → 4, "подписи поставили главы трёх сторон" →
    3, "Соглашение подписали руководители ведомств" → 0. A nominative plural head noun
    (HEAD_NOUNS) with no person named after it, whose genitive group right after it says
    "all", a count or the sides (ALL_SIDES_WORDS), or joins the bodies by a conjunction
    (``joined_bodies``, sig46: "руководители центра занятости и завода" → 0). Read by
    morphology and order: the parser often gives such a subject a wrong relation ("главы"
    as an object)."""
    if not _signing_clause(sent):
        return None
    toks = sent.tokens
    for k, t in enumerate(toks):
        if t.lemma not in HEAD_NOUNS or t.pos != "NOUN" or \
                t.feats.get("Number") != "Plur" or t.feats.get("Case") != "Nom":
            continue
        if person_mentions(analysis).tagged_between(toks[k].stop, sent.stop):
            continue  # "руководители ... X и Y": named in place
        count, sides = 0, False
        for j in range(k + 1, min(len(toks), k + 5)):
            w = toks[j]
            if w.feats.get("Case") not in {"Gen", None} and w.pos != "NUM":
                break
            if w.pos == "PUNCT":
                break
            if w.lemma in COUNT_WORDS:
                count, sides = COUNT_WORDS[w.lemma], True
            elif w.text.isdigit():
                count, sides = int(w.text), True
            elif w.lemma in ALL_SIDES_WORDS or w.text.lower() in ALL_SIDES_WORDS:
                sides = True
        if sides or joined_bodies(sent, k):
            return count
    return None


def joined_bodies(sent: Sentence, k: int) -> bool:
    """sig46: does the plural head noun at ``k`` head bodies joined by a conjunction, one
    head for each ("Документ подписали руководители центра занятости и завода",
    "руководители ведомства и вуза")? A genitive noun in a conjunct's relation inside the
    head's genitive group; the parser hangs the second body on the nearest noun of the
    first ("занятости"), so the whole group is read. Only from the parse."""
    toks = sent.tokens
    group = [c for c in sent.children(k) if toks[c].rel == "nmod" and
             toks[c].feats.get("Case") == "Gen" and toks[c].pos == "NOUN"]
    seen = 0
    while group and seen < len(toks):
        c = group.pop()
        seen += 1
        for x in sent.children(c):
            t = toks[x]
            if t.rel == "conj" and t.pos == "NOUN" and t.feats.get("Case") == "Gen":
                return True
            if t.rel == "nmod" and t.feats.get("Case") == "Gen":
                group.append(x)
    return False


def _stems(words: list[str]) -> set[str]:
    """Lowercased stems (the first STEM_LETTERS letters) of the alphabetic words."""
    return {w.lower()[:STEM_LETTERS] for w in words if w.isalpha() and len(w) > 2}


def _finite(t: Token) -> bool:
    """A verb that is a predicate, not a participle standing for a post ("управляющий
    Отделением", which the tagger may call a verb)."""
    return t.pos in {"VERB", "AUX"} and t.feats.get("VerbForm") != "Part"


def _post_words(analysis: Analysis, sent: Sentence, span: NerSpan) -> list[str]:
    """The words of the post a person is named with, back from the name to the previous
    person, comma or verb: "управляющий Отделением СФР по Омской области Людмила Г." →
    its words; [] when no animate noun (a post) is among them. A comma inside the post's
    own title ("министр труда, занятости и ...") does not cut it."""
    toks = sent.tokens
    first = _first_token(sent, span)
    if first is None:
        return []
    ends = [s.stop for s in analysis.spans
            if s.type == "PER" and sent.start <= s.stop <= span.start]
    after = max(ends, default=sent.start)
    j = first - 1
    while j >= 0 and toks[j].start >= after and not _finite(toks[j]) and \
            not (toks[j].text in {",", ":", "—", "–", ";"} and
                 not any(_title_comma(sent, p, j) for p in range(j + 1, first)
                         if toks[p].pos == "NOUN" and
                         toks[p].feats.get("Animacy") == "Anim")):
        j -= 1
    words = toks[j + 1:first]
    if not any(w.pos == "NOUN" and w.feats.get("Animacy") == "Anim" or
               w.feats.get("VerbForm") == "Part" for w in words):
        return []
    return [w.text for w in words]


def heads_signers(analysis: Analysis, n: int, parties: list[str], named: Named,
                  models: Models) -> list[str]:
    """sig37: the people a "heads of all the parties" subject of the signing in sentence
    ``n`` stands for (``heads_subject``): those named with posts within HEADS_REACH
    sentences before it, one per party, each post's words (its organisation or region)
    matching a different party best: "В церемонии приняли участие министр труда Омской
    области Владимир К., управляющий Отделением СФР по Омской области Людмила Г., ... .
    Документ подписали руководители всех четырёх организаций" → the four. Words every
    party shares ("области") tell no party apart and are left out. Every party gets
    exactly one person and a stated count must equal the parties', else nothing; an
    earlier signing ends the search (its people are its)."""
    sents = analysis.sentences
    count = heads_subject(analysis, ensure_parsed(sents[n], models))
    if count is None or len(parties) < 2 or count and count != len(parties):
        return []
    stems = [_stems(re.findall(r"[А-Яа-яЁё]+", p)) for p in parties]
    common = set.intersection(*stems)
    stems = [s - common for s in stems]
    best: dict[int, str] = {}
    for m in range(n - 1, max(-1, n - 1 - HEADS_REACH), -1):
        s = sents[m]
        if any(t.lemma in SIGNING_HEADS for t in s.tokens):
            break
        s = ensure_parsed(s, models)
        for span in _persons(analysis, s):
            post = _stems(_post_words(analysis, s, span)) - common
            scores = [len(post & p) for p in stems]
            top = max(scores)
            if top == 0:
                continue  # heads no party
            if scores.count(top) > 1:
                return []  # which party is not told
            party = scores.index(top)
            name = _name(analysis, s, span, named, models)
            if name is None:
                continue
            if party in best and not same_surname(best[party], name):
                return []  # two heads of one party
            best[party] = name
    if len(best) != len(parties):
        return []
    return [best[p] for p in range(len(parties))]


def _later_heads(analysis: Analysis, a: Agreement, reach: list[int], named: Named,
                 models: Models) -> None:
    """sig37: a signed agreement with no signers whose own sentence, or the first later
    one telling a signing, has a "heads of all the parties" subject takes one head per
    party named before it (``heads_signers``)."""
    if a.signatories or not reach:
        return
    parties = [p.name for p in a.parties]
    for n in _own_or_next_signing(analysis, reach, SIGNING_HEADS | SIGNATURE_WORDS):
        add_signers(a, heads_signers(analysis, n, parties, named, models))


def _later_collective(analysis: Analysis, a: Agreement, reach: list[int],
                      named: Named, models: Models) -> None:
    """A signed agreement with no signers whose signing a later sentence tells again
    with a collective subject referring back to it takes the people introduced just
    before that sentence: "Соглашение заключено на форуме. В церемонии участвовали
    министр X и министр Y. Они подписали документ ..." → X, Y (``meeting_signers``
    stops at any signing between, so only the people of this occasion)."""
    if a.signatories:
        return
    sents = analysis.sentences
    for n in reach:
        if not any(t.lemma in SIGNING_HEADS for t in sents[n].tokens):
            continue
        if collective_signing(ensure_parsed(sents[n], models), back=True):
            add_signers(a, meeting_signers(analysis, n, named, models))
        return  # the first signing after it is the one that may tell it again


def _comitative_pronoun(sent: Sentence, k: int) -> bool:
    """sigpool95: is token ``k`` a third-person pronoun in the instrumental under "с"
    ("с ним", "с ней", "с ними")? It stands for people named before."""
    t = sent.tokens[k]
    return t.pos == "PRON" and t.feats.get("Person") == "3" and \
        t.feats.get("Case") == "Ins" and \
        any(sent.tokens[c].rel == "case" and sent.tokens[c].lemma in PARTNER_PREPOSITIONS
            for c in sent.children(k))


def _along_with_verb(sent: Sentence) -> int | None:
    """sigpool95: the signing verb of a sentence that signs "together with" people named
    before: "Вместе с ним подписи поставили X и Y", "С ней документ подписали X и Y". A
    signing verb (or the verb of a signature, its object) on which a comitative
    third-person pronoun hangs, straight or through "вместе"/"совместно"
    (``TOGETHER_WORDS``). Only from the parse."""
    toks = sent.tokens
    verbs = set(_signing_verbs(sent)) | {
        t.head for t in toks if t.lemma in SIGNATURE_WORDS and t.rel == "obj" and
        0 <= t.head < len(toks) and toks[t.head].pos == "VERB"}
    for v in sorted(verbs):
        for c in sent.children(v):
            if _comitative_pronoun(sent, c):
                return v
            if toks[c].lemma in TOGETHER_WORDS and \
                    any(_comitative_pronoun(sent, g) for g in sent.children(c)):
                return v
    return None


def along_with_signers(analysis: Analysis, a: Agreement, si: int, stop: int | None,
                       named: Named, models: Models) -> list[str]:
    """sigpool95 along_with_signers: the people a later sentence says signed together
    with the agreement's signer named just before: "Соглашение подписал министр Пётр
    Гусев. Вместе с ним подписи поставили директор фонда Анна Котова и ректор Иван
    Орлов." → Котова, Орлов beside Гусев. The sentence's signing verb takes a comitative
    third-person pronoun (``_along_with_verb``), and the last person the sentence before
    names is a signer the agreement has (the pronoun's antecedent). Sentences after the
    agreement's own are read up to another agreement's (``stop``), ALONG_REACH at most;
    the first such sentence gives the people it names. "С ним мы обсудили проект" signs
    nothing (no signing verb); "Вместе с ней подписи поставили X и Y" after a sentence
    naming someone who did not sign gives nobody."""
    sents = analysis.sentences
    spans, starts = _per_index(analysis)
    last = min(len(sents), si + 1 + ALONG_REACH, len(sents) if stop is None else stop)
    for n in range(si + 1, last):
        if not any(t.lemma in SIGNING_HEADS or t.lemma in SIGNATURE_WORDS
                   for t in sents[n].tokens):
            continue
        before = spans[bisect_left(starts, sents[n - 1].start):
                       bisect_left(starts, sents[n - 1].stop)]
        if not before or not any(same_surname(before[-1].text, s) for s in a.signatories):
            continue
        sent = ensure_parsed(sents[n], models)
        if _along_with_verb(sent) is not None:
            return list(named(sent))
    return []


def _drop_retold(analysis: Analysis, agreements: list[Agreement], where: list[int]) -> None:
    """A signed record read from a sentence that retells the signing before it as
    developing an older agreement (``retold_signing``) loses the signers it shares with
    the signed record before it: they signed the new agreement, not the older one."""
    sents = analysis.sentences
    signed = sorted((si, n) for n, (a, si) in enumerate(zip(agreements, where, strict=True))
                    if a.status == "signed" and si >= 0)
    before: set[str] = set()  # the signers of signed records read from earlier sentences
    k = 0
    for si, n in signed:
        while k < len(signed) and signed[k][0] < si:
            before.update(agreements[signed[k][1]].signatories)
            k += 1
        a = agreements[n]
        if a.signatories and sents[si].parsed and set(a.signatories) <= before and \
                retold_signing(sents[si]):
            a.signatories = []


def several_documents(sent: Sentence) -> bool:
    """Does the sentence sign several documents joined by "и" ("подписали соглашение о
    сотрудничестве и меморандум о взаимодействии")? Then whose are the signatures the next
    sentence names ("Подписи под документом поставили …") is not said. Only from the
    parse: an agreement noun that is a conjunct in another's phrase (the parser may hang
    "меморандум" on the first one's topic, "о сотрудничестве")."""
    toks = sent.tokens
    for t in toks:
        if t.lemma not in AGREEMENT_NOUNS or t.rel != "conj":
            continue
        k = t.head
        for _ in range(3):
            if not 0 <= k < len(toks):
                break
            if toks[k].lemma in AGREEMENT_NOUNS:
                return True
            k = toks[k].head
    return False


def base_of_signed_addendum(a: Agreement, sent: Sentence) -> bool:
    """sig72: a recalled agreement read from a sentence that signs an addendum to it ("X и
    Y в пятницу подписали допсоглашение к действующему соглашению")
    takes none of that sentence's signing subjects: they signed the addendum, a record of
    its own (``candidate_signers.addendum_base``, ``extended_base``)."""
    from soccoop.extract.candidate_signers import addendum_base, extended_base  # cycle

    return a.status == "mentioned" and any(
        addendum_base(sent, i) or extended_base(sent, i) for i in range(len(sent.tokens)))


def _lead_retelling(analysis: Analysis, a: Agreement, si: int, reach: list[int]) -> bool:
    """sig51: is a signed agreement read from a headline told again by the body's first
    sentence, so that the sentence after that one is the very next of its signing? The
    headline ("Области утвердили дорожную карту", a line of its own, ``_headline``), then
    the lead telling one signing of one document ("Сегодня министерства подписали дорожную
    карту ...": a signing word, no several documents, no agreement read from it on its
    own: it is in ``reach``, which ends at another's sentence), then "Свои подписи под
    картой поставили глава X и ректор Y" → both sign the headline's record. By the lines
    and the parse."""
    sents = analysis.sentences
    if a.status != "signed" or a.signatories or si + 2 not in reach or \
            not _headline(analysis, sents[si]):
        return False
    lead = sents[si + 1]
    return lead.parsed and not _headline(analysis, lead) and \
        any(t.lemma in SIGNING_HEADS and t.pos == "VERB" for t in lead.tokens) and \
        not several_documents(lead)


def _shape_matrix_signers(analysis: Analysis, a: Agreement, si: int, reach: list[int],
                          named: Named, models: Models) -> None:
    """The sigshape passes for one signed or recalled agreement read from sentence
    ``si``: agents of a signing noun and the speaker of "«Я подписал …»" in that
    sentence when it names no signer yet; then, in the sentences within ``reach``, the
    others in a signing subject that names a known signer or refers back to the
    agreement, and the conjuncts of a signer."""
    sents = analysis.sentences
    sent = sents[si]
    if not sent.parsed:
        return
    if not a.signatories:
        add_signers(a, signing_noun_agents(analysis, sent, named, models))
        _first(a, quoted_first_person_signer(analysis, sent, named, models))
    lead = _lead_retelling(analysis, a, si, reach)  # sig51
    for n in reach:
        if not sents[n].parsed:
            continue
        # with no known signer, only the agreement's own sentence or, for a signed one,
        # the very next: past an aside the signing told may be another's ("Губернатор
        # утвердил программу. Документ подписали ..."), and the sentence after a recalled
        # one may sign a new document ("Дополнительное соглашение подписали X и Y")
        if a.signatories or n == si and not base_of_signed_addendum(a, sent) or \
                n == si + 1 and a.status == "signed" and not several_documents(sent) or \
                n == si + 2 and lead:
            add_signers(a, subject_signers(analysis, sents[n], a.signatories, named, models))
        if a.signatories:
            add_signers(a, conjoined_signers(analysis, sents[n], a.signatories, named, models))
