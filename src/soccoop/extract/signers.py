"""Signers of an agreement in the phrasings the first signer rules (extract.agreements)
missed on unseen news: a name in an oblique case that is the agent of the signing
("подписано министром Еленой Ивановой"), a lone surname after a full mention ("Соглашение
подписал Петров"), people a plural post introduced ("Главы регионов подписали соглашение.
Это губернатор X и губернатор Y") and the other side's signer given in the next sentence
with the verb left out ("Со стороны области — губернатор X"). Each pass reads the
dependency tree and morphology of the sentence; the words live in
extract.lexicon_signers. Every lookup is a bisect or bounded, so the cost stays linear in
the document's length.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection
from functools import lru_cache
from typing import Protocol, TypeVar

from soccoop import names
from soccoop.extract.agreement_types import _token_index
from soccoop.extract.lexicon import (
    AGREEMENT_NOUNS,
    ANAPHORIC_BODIES,
    ATTENDANCE_WORDS,
    BODY_HEADS,
    CONTRAST_CONJUNCTIONS,
    EXPECT_VERBS,
    OCCASION_NOUNS,
    ONE_WORDS,
    ORG_HEADS,
    PERSON_NAME_GRAMMEMES,
    PLAN_HEADS,
    REPORT_VERBS,
    SIGN_VERBS,
    SIGNATURE_NOUNS,
    TRIGGERS,
)
from soccoop.extract.lexicon_endings import FEMININE_SURNAME_ENDINGS
from soccoop.extract.lexicon_officials import (
    ACTING_PARTICIPLES,
    CLERGY_TITLES,
    COMMEMORATIVE_WORDS,
    DUTY_NOUNS,
    POSITION_HEADS,
)
from soccoop.extract.lexicon_orgs import PORTFOLIO_NOUNS
from soccoop.extract.lexicon_sides import RELATIVE_PRONOUNS
from soccoop.extract.lexicon_signer_shapes import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    PARTNER_PREPOSITIONS,
    SIGNATURE_PUT_VERBS,
    STRAIGHT_QUOTE,
)
from soccoop.extract.lexicon_signers import (
    ABBREVIATION_LETTERS,
    ABBREVIATION_POINT,
    ADJECTIVE_GENITIVE,
    AGENT_CASES,
    AGENT_RELATIONS,
    ATTENDANCE_CLIMB,
    ATTENDING_OBJECTS,
    AUTHOR_LINE_MAX,
    AUTHOR_NOT_SURNAME_POS,
    AUTHOR_WITH_PARTNER,
    BACK_DETERMINERS,
    BACK_PRONOUNS,
    BARE_DOCUMENTS,
    BODY_KIND_ANY,
    BOTH_WORDS,
    CAPTION_HEADS_REACH,
    CAPTION_LABELS,
    CHARGE_NOUNS,
    CHARGE_REACH,
    CLAUSE_MARKS,
    COLLECTIVE_DOCUMENTS,
    COLLECTIVE_WORDS,
    COMITATIVE_SUBJECTS,
    COPULAS,
    COPY_EXCHANGE_VERBS,
    DESCRIBING_RELATIONS,
    ELIDED_ORDINAL_NEXT,
    ELLIPSIS_DASHES,
    FIRST_PERSON_SIGNERS,
    GAP_POST_WORDS,
    GENERIC_HEAD_POSTS,
    GENERIC_HEADS,
    GUEST_WORDS,
    HEAD_POSTS,
    IDENTIFYING_WORDS,
    INSTEAD_PREPOSITIONS,
    ITEM_PARAGRAPHS,
    ITEM_SENTENCES,
    LIST_ITEM_REACH,
    LOCATIVE_CASES,
    NAME_GROUP_RELATIONS,
    NAMED_NEXT_REACH,
    NAMESAKE_POST_WORDS,
    ORDINAL_DOCUMENTS,
    ORDINAL_LEAD,
    ORDINAL_PLACES,
    ORDINAL_REACH,
    OTHER_PAPERS,
    PAPER_CASES,
    PERSONAL_PAGE_NOUNS,
    POST_RUN_MARKS,
    POST_RUN_STOPS,
    PRESENCE_VERBS,
    PRONOUN_BODY_NOUNS,
    PRONOUN_NOUN_GENDERS,
    QUOTE_MARKS,
    QUOTE_TELLING_MARKS,
    REPRESENTATIVE_JOINS,
    REPRESENTATIVE_MARKS,
    REPRESENTATIVE_PHRASE,
    REPRESENTATIVE_POSSESSIVES,
    REPRESENTATIVE_REACH,
    REPRESENTED_CONTEXT,
    REPRESENTING_VERBS,
    SAME_DOCUMENT_RELATIONS,
    SAYING_NOUNS,
    SEE_ADJECTIVE_END,
    SIDE_CLAUSE_WORDS,
    SIDE_OPENERS,
    SIDE_STEM,
    SIGN_OFF_OPENERS,
    SIGNATURE_WORDS,
    SIGNER_PRONOUNS,
    SIGNER_WORDS,
    SIGNERS_LABELS,
    SIGNERS_TOLD_REACH,
    SIGNING_EVENTS,
    SIGNING_HEADS,
    SPEAKER_WORDS,
    SUBJECT_RELATIONS,
    SURNAME_LOOKBACK,
    TOGETHER_WORDS,
    WHO_WORDS,
    WRITTEN_POST_GAP,
)
from soccoop.extract.lexicon_status import UNDER_PREPOSITIONS
from soccoop.extract.nlp import (
    Analysis,
    Models,
    NerSpan,
    Sentence,
    Token,
    sentence_at,
    sentence_starts,
)
from soccoop.extract.normalize import (
    MINISTRY_ABBREVIATIONS,
    OWN_REGION_STEMS,
    ministry_abbreviation,
    stem5,
)
from soccoop.extract.normalize import mixed_case_acronym as mixed_case_shape
from soccoop.extract.person_names import (
    person_mentions,
    read_span,
    same_surname,
)
from soccoop.extract.published import _PHOTO_LINE
from soccoop.extract.signing_ahead import future_form, future_word
from soccoop.extract.syntax import climb, ensure_parsed, subtree
from soccoop.extract.turns import TurnLabels, label_alone, speaker_label
from soccoop.models import Agreement, Official, RegionRef


class _Index:
    """Starts of a document's PER spans and sentences, for bisect; built once per
    document (the last one is remembered: the extractor reads one document at a time)."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        mentions = person_mentions(analysis)  # rev49: the one list of persons, cut
        self.persons = mentions.read
        # sig56: the one-word names the NER tags a person somewhere in the document
        self.person_words = {s.text for s in self.persons if len(s.text.split()) == 1}
        self.person_starts = mentions.read_starts
        # names the NER missed, per sentence, found when a signing sentence asks
        self.untagged: dict[tuple[int, int], list[NerSpan]] = {}  # by (start, stop)
        self.spans = sorted(analysis.spans, key=lambda s: s.start)
        self.span_starts = [s.start for s in self.spans]
        # speakers' labels of a transcript, once per document
        self.labels = TurnLabels(analysis.text, analysis.sentences)
        # sig46: the sentences holding the start of a PER span as the NER tagged it, built
        # when first asked (``sentences_naming_person``)
        self.naming_person: frozenset[int] | None = None
        # fixsig52: the signature at the post's foot, read when first asked (``_footer_span``,
        # ``masked_footer_author``), held in a 1-tuple (its content None: no signature)
        self.footer: tuple[tuple[int, int, NerSpan] | None] | None = None
        self.masked_footer: tuple[str | None] | None = None


_LAST: list[_Index] = []


def _quote_depths(sent: Sentence) -> list[int]:
    """How many guillemets are open before each token of the sentence (one pass)."""
    out: list[int] = []
    depth = 0
    for t in sent.tokens:
        out.append(depth)
        depth += (t.text == "«") - (t.text == "»")
    return out


def name_mark(sent: Sentence, depths: list[int], j: int, base: int) -> bool:
    """sig69: is token ``j`` no word of a post's own phrase but a mark inside it: a quote
    mark of a body's name or a word inside its quotes (deeper than ``base``, the depth at
    the name after it: "генеральный директор АО «ВМЗ» Олег Тимофеев", whatever case the
    quoted words are in), or the point of an abbreviation ("председатель совета ветеранов
    района г. Тамбова П.С. Гусев")? ``depths`` are ``_quote_depths(sent)``. From the
    words and marks only."""
    toks = sent.tokens
    t = toks[j]
    if t.text in QUOTE_MARKS or depths[j] > base:
        return True
    if t.text != ABBREVIATION_POINT or j == 0:
        return False
    w = toks[j - 1].text
    return w.isalpha() and w.islower() and len(w) <= ABBREVIATION_LETTERS


def _name_word(tok: Token, grammeme: str, models: Models) -> bool:
    """Has the capitalised word a reading with the grammeme (first name, patronymic,
    surname) in the case the tagger gave it?"""
    from soccoop.extract.person_names import ud_case

    if not (tok.text[:1].isupper() and tok.text.isalpha() and len(tok.text) > 1):
        return False
    case = tok.feats.get("Case")
    return any(grammeme in p.tag and (case is None or ud_case(p.tag.case) == case)
               for p in models.parse(tok.text))


def _rare_first_name(sent: Sentence, i: int, models: Models) -> bool:
    """A first name the dictionary does not know ("Сэсэг", "Дарима" read as a participle),
    known by its place: apposed to a post ("председатель Союза Сэсэг Дашиева"), with a
    surname after it that the parser joins to it as the same name."""
    toks = sent.tokens
    t = toks[i]
    if t.rel != "appos" or not 0 <= t.head < len(toks) or toks[t.head].pos != "NOUN" or \
            not (t.text[:1].isupper() and t.text.isalpha()) or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return nxt.rel == "flat:name" and nxt.head == i and _name_word(nxt, "Surn", models)



def _clashes(covered: list[tuple[int, int, str]], start: int, stop: int,
             person: bool = False) -> bool:
    """A span the tagger already has overlaps [start, stop): a person span anywhere, or
    another kind unless it starts before the name and ends where the name ends (a place
    span run on over the name: "г. Рыбинска Смирнова Н.В."), or, for a name the parse
    reads as one (``person``: apposed to a noun, a surname joined to it, by
    ``_rare_first_name``), covers exactly the name (the tagger took the person for a
    place)."""
    return any(a < stop and start < b and (kind == "PER" or b != stop or a >= start) and
               not (person and kind != "PER" and (a, b) == (start, stop))
               for a, b, kind in covered)


def _see_word(tok: Token) -> bool:
    """sigpool93: a word of a see's name after a clergy title: a capitalised adjective,
    whatever the tagger called it ("Городецкий", PROPN), by its ending."""
    return tok.text[:1].isupper() and tok.text.isalpha() and (
        tok.pos == "ADJ" or bool(SEE_ADJECTIVE_END.search(tok.text)))


def _see_stretch(toks: list[Token], n: int) -> int:
    """sigpool93: the end (exclusive) of the see's adjectives after the clergy title at
    ``n``, joined by "и" ("епископ Рыбинский и Угличский"); ``n + 1`` when there are none."""
    k = n + 1
    while k < len(toks) and (_see_word(toks[k]) or toks[k].text == "и" and k > n + 1 and
                             k + 1 < len(toks) and _see_word(toks[k + 1])):
        k += 1
    return k


def clergy_names(analysis: Analysis, sent: Sentence, models: Models) -> list[NerSpan]:
    """sigpool93: a hierarch named by title, see and monastic name is a person whatever
    the tagger made of the see: "подписали глава города и епископ Тверской и Кашинский
    Амвросий", "подписано ... епископом Тверским и Кашинским Амвросием" (the tagger
    takes "Кашинским Амвросием" for a place). A clergy title (``CLERGY_TITLES``, by
    lemma), at least one see adjective, then one capitalised word with a first name's
    reading in the case the tagger gave it, not followed by another capitalised word (a
    surname: "протоиерей Андрей Кудрин" is a full name the NER reads); a secular surname
    in brackets after it is kept ("Амвросий (Ермаков)"). No person's span may cover the
    name; a place's or a body's span over it gives way."""
    toks = sent.tokens
    out: list[NerSpan] = []
    for n, tok in enumerate(toks):
        if tok.lemma not in CLERGY_TITLES:
            continue
        k = _see_stretch(toks, n)
        if k == n + 1 or k >= len(toks) or not _name_word(toks[k], "Name", models):
            continue
        after = toks[k + 1] if k + 1 < len(toks) else None
        if after is not None and after.text[:1].isupper() and after.text.isalpha():
            continue
        stop = toks[k].stop
        if k + 3 < len(toks) and toks[k + 1].text == "(" and toks[k + 3].text == ")" and \
                toks[k + 2].text[:1].isupper():
            stop = toks[k + 3].stop
        start = toks[k].start
        if any(x.type == "PER" and x.start < stop and start < x.stop
               for x in analysis.spans if sent.start <= x.start < sent.stop):
            continue
        out.append(NerSpan("PER", start, stop, analysis.text[start:stop]))
    return out


def see_of_title(sent: Sentence, span: NerSpan) -> bool:
    """sigpool93: is the PER span only words of a see after a clergy title ("епископ
    Городецкий и Ветлужский": "Городецкий" tagged a person)? A see names no one."""
    toks = sent.tokens
    inside = [j for j, t in enumerate(toks) if span.start <= t.start and t.stop <= span.stop]
    if not inside or not all(_see_word(toks[j]) for j in inside):
        return False
    j = inside[0] - 1
    while j >= 0 and (_see_word(toks[j]) or toks[j].text == "и"):
        j -= 1
    return j >= 0 and toks[j].lemma in CLERGY_TITLES and _see_stretch(toks, j) > inside[-1]


def untagged_names(analysis: Analysis, sent: Sentence) -> list[NerSpan]:
    """Full names in a signing sentence that the NER did not tag, read from morphology
    and the parse: "... и председатель отделения общества глухих Надежда Пектеева
    подписали соглашение" ("Надежда" reads first as a common noun), "подписанное ... и
    управляющим отделением банка Викторией Пак". A capitalised first name (a reading as
    one in the case the tagger gave), then an optional patronymic, then a capitalised
    surname (a reading as one, or, past the sentence's first word, the parser's flat:name
    under the first name); not inside quotes ("фонд «Надежда Севера»"), no person's span
    over it nor another span but one that ran on over it from before. Only parsed
    sentences holding a word of signing; found once per sentence."""
    if not sent.parsed or not any(t.lemma in SIGNER_WORDS for t in sent.tokens):
        return []
    models = analysis.read_by()
    idx = _index(analysis)
    found = idx.untagged.get((sent.start, sent.stop))  # a run-on's piece: its own
    if found is not None:
        return found
    toks = sent.tokens
    lo = bisect_left(idx.span_starts, sent.start)
    hi = bisect_left(idx.span_starts, sent.stop)
    # a body's span may run on over the name after it ("общества глухих Надежда
    # Пектеева"): only a person's span, one the name does not end or one that starts
    # with the name ("Роза Хутор", a place) covers it
    covered = [(s.start, s.stop, s.type) for s in idx.spans[lo:hi]]
    found = []
    quoted = _quote_depths(sent)
    i = 0
    while i < len(toks) - 1:
        shaped = initials_shape(sent, i, models)
        # sig56: a name of initials and a surname is a person's shape even when the
        # tagger took it, exactly, for a body or a place ("директор департамента
        # И. Гайнуллина" tagged ORG)
        if shaped is not None and quoted[i] <= 0 and \
                not _clashes(covered, toks[i].start, toks[shaped].stop, True):
            start, stop = toks[i].start, toks[shaped].stop
            found.append(NerSpan("PER", start, stop, analysis.text[start:stop]))
            i = shaped + 1
            continue
        j = i + 1
        first = _name_word(toks[i], "Name", models) or _rare_first_name(sent, i, models)
        if first and j < len(toks) and _name_word(toks[j], "Patr", models):
            j += 1
        # a sentence's first word is capitalised anyway: only with a surname's reading
        ok = j < len(toks) and toks[i].rel != "flat:name" and quoted[i] <= 0 and \
            first and toks[j].text[:1].isupper() and \
            toks[j].text.isalpha() and (_name_word(toks[j], "Surn", models) or
                                        i > 0 and toks[j].rel == "flat:name" and
                                        toks[j].head == i)
        # a name may be tagged a place whole ("руководитель якутского филиала Сардана
        # Николаева"): a name apposed to a noun with a surname joined to it stands
        named = j == i + 1 and _rare_first_name(sent, i, models)
        if ok and not _clashes(covered, toks[i].start, toks[j].stop, named):
            start, stop = toks[i].start, toks[j].stop
            found.append(NerSpan("PER", start, stop, analysis.text[start:stop]))
            i = j + 1
            continue
        i += 1
    if idx.person_words:
        at = {t.start: k for k, t in enumerate(toks)}
        found += [s for s in (_person_elsewhere(sent, at.get(a), b, idx.person_words, models)
                              for a, b, kind in covered
                              if kind != "PER" and analysis.text[a:b] in idx.person_words)
                  if s is not None]
    found += clergy_names(analysis, sent, models)  # sigpool93
    found = [s for s in found if not namesake(sent, s)]  # "им. М.К. Аммосова"
    idx.untagged[(sent.start, sent.stop)] = found
    return found


def _person_elsewhere(sent: Sentence, k: int | None, stop: int,
                      persons: set[str], models: Models) -> NerSpan | None:
    """sig56: a lone surname the NER tagged a place or a body in this sentence (the span
    starting at token ``k`` and ending at ``stop``) and a person elsewhere in the same
    document (``persons``), standing right after a post's noun group, is that person:
    "глава района Демин и директор центра Черникова подписали соглашение" ("Демин" tagged
    LOC here, PER in "— отметил Демин"). One capitalised word with a surname's reading;
    the word before it is a noun (the post or its body), not a preposition ("в Демине")."""
    toks = sent.tokens
    if k is None or k == 0 or toks[k].stop != stop or toks[k].text not in persons or \
            not _surname_word(toks[k], models) or toks[k - 1].pos != "NOUN":
        return None
    return NerSpan("PER", toks[k].start, stop, toks[k].text)


def _initials(toks: list[Token], k: int) -> int:
    """How many tokens of initials start at ``k``: "М." "Т." (letters and full stops, or
    "Н. В.") → 4; one initial → 2; none → 0."""
    n = 0
    while n < 4 and k + n + 1 < len(toks) and len(toks[k + n].text) == 1 and \
            toks[k + n].text.isupper() and toks[k + n].text.isalpha() and \
            toks[k + n + 1].text == ".":
        n += 2
    return n


def _surname_word(tok: Token, models: Models) -> bool:
    """A capitalised word that may be a person's surname: a proper noun or a word with a
    surname's reading ("Дзагоева", "Смирнова", "Исайкина-Сурина")."""
    return tok.text[:1].isupper() and len(tok.text) > 1 and \
        tok.text.replace("-", "").isalpha() and (tok.pos == "PROPN" or
                                                  _name_word(tok, "Surn", models))


def initials_shape(sent: Sentence, i: int, models: Models) -> int | None:
    """The last token of a name of a surname and initials starting at token ``i``, in
    either order: "Дзагоева М.Т.", "Смирновой Н. В.", "М.Т. Дзагоева", "К. Новикова";
    None when none starts there. A surname first needs initials right after it (a word
    before them is not a name: "Республики Алания" has none); initials first need a
    surname right after them. (sig30)"""
    toks = sent.tokens
    if _surname_word(toks[i], models):
        n = _initials(toks, i + 1)
        return i + n if n else None
    n = _initials(toks, i)
    if n and i + n < len(toks) and _surname_word(toks[i + n], models):
        return i + n
    return None


def caseless_initials_holder(sent: Sentence, span: NerSpan, models: Models) -> bool:
    """sig54: a name of initials and a surname that the parser hangs, by its first initial,
    as a dependent of a noun before it is no dependent when its surname is in the
    nominative: an initial ("А.") carries no case of its own, so the parser's guess of a
    genitive for it says nothing, and the surname tells the name's case. "Документ
    подписали управляющий отделением А. В. Пермяков и ректор ..." → Пермяков holds the post
    (not "of the branch"); "в день визита председателя В. И. Котова" stays the visit's (the
    surname in the genitive). From the parse and morphology only."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    found = _initials_then_surname(sent, span)
    if found is None or toks[found[0]].rel != "nmod" or namesake(sent, span):
        return False
    surname = toks[found[1]]
    # the dictionary must allow the nominative too (or a caseless short form, "Сомов"):
    # "имени К. Э. Циолковского" has neither
    return _surname_word(surname, models) and surname.feats.get("Case") == "Nom" and \
        any(p.tag.case in {"nomn", None} for p in models.parse(surname.text))


def initials_post_holder(sent: Sentence, span: NerSpan, models: Models) -> bool:
    """sig65: a name of initials and a surname whose surname may be read in the
    nominative holds the post written right before it when that post is a nominative
    animate noun, however the parser hung the name: "Документ подписали управляющий
    отделением Е. А. Смирнова и председатель областной организации ВОИ В.Г. Колесников"
    (initials confuse the parser: "Смирнова" tagged a masculine genitive, "В." hung on
    "отделением"). Between the post and the initials only the post's own phrase: words in
    an oblique case, prepositions, commas and "и" between genitives, at most
    WRITTEN_POST_GAP words. "в день визита председателя В. И. Котова" stays the visit's
    (the post in the genitive). From morphology and word order only."""
    found = _initials_then_surname(sent, span)
    if found is None or not _nominative_surname(sent.tokens[found[1]], models):
        return False
    return _nominative_post_before(sent, found[0])


def instrumental_initials_holder(sent: Sentence, span: NerSpan, models: Models) -> bool:
    """sig58: a name of initials and a surname, either order, written right after a post in
    the instrumental that is the agent of a passive signing holds that post, however the
    parser hung the name: "Соглашение подписано директором центра О.П. Стрелковой и
    ректором колледжа И.С. Рябининым" (the initials confuse the parser; a woman's surname
    in "-ой" is read a genitive and the name taken as "of the centre"). The surname must
    allow the instrumental in the dictionary; the post (or the first post it is joined to by
    "и") hangs on a form of a signing verb with no preposition of its own ("встреча с
    министром О.П. Стрелковой" is no signing's agent). From morphology, word order and
    the post's own head."""
    toks = sent.tokens
    found = _initials_then_surname(sent, span)
    if found is not None:
        first, surname = found
    else:
        first = surname = _token_index(sent, span.start)
        n = _initials(toks, first + 1) if first < len(toks) else 0
        if not n or toks[first].start != span.start or \
                span.stop not in {toks[first + n].stop, toks[first + n - 1].stop}:
            return False  # "Стрелковой О.П.": the surname first, its initials after
    if not _surname_word(toks[surname], models) or \
            not any(p.tag.case == "ablt" for p in models.parse(toks[surname].text)):
        return False
    j = _written_post_noun(sent, first, past_deputy=True)
    return j is not None and toks[j].feats.get("Case") == "Ins" and _signing_agent(sent, j)


def _signing_agent(sent: Sentence, j: int) -> bool:
    """Is the instrumental post at ``j`` (or the first post of its chain of conjuncts) hung
    with no preposition on a form of a signing verb ("подписан директором ...") that signs
    an agreement (fixsig58, ``_signed_agreement``)?"""
    toks = sent.tokens
    for _ in range(4):
        if any(toks[c].rel == "case" for c in sent.children(j)):
            return False
        if toks[j].rel != "conj" or not 0 <= toks[j].head < len(toks):
            break
        j = toks[j].head
    h = toks[j].head
    return 0 <= h < len(toks) and toks[h].lemma in SIGN_VERBS | SIGNING_HEADS and \
        toks[h].pos == "VERB" and _signed_agreement(sent, h)


def _signed_agreement(sent: Sentence, h: int) -> bool:
    """fixsig58: does the signing form at ``h`` sign an agreement: its passive subject (on
    the first verb of a chain of "и", through "который" to the noun it stands for) or the
    participle's head noun an agreement noun or "документ", not a draft, a letter or the
    minutes of a meeting ("Проект документа был подписан начальником отдела ...",
    "протокол заседания подписан секретарём ...")?"""
    toks = sent.tokens
    v = h
    subjects: list[int] = []
    for _ in range(4):
        subjects = [c for c in sent.children(v) if toks[c].rel in {"nsubj:pass", "nsubj"}]
        if subjects or toks[v].rel != "conj" or not 0 <= toks[v].head < len(toks):
            break
        v = toks[v].head
    if subjects and toks[subjects[0]].lemma in RELATIVE_PRONOUNS or \
            not subjects and toks[v].rel in {"acl", "amod"}:
        noun = toks[v].head  # "соглашение, которое подписано ...", "подписанное ... соглашение"
    else:
        noun = subjects[0] if subjects else -1
    return 0 <= noun < len(toks) and \
        toks[noun].lemma in TRIGGERS | COLLECTIVE_DOCUMENTS and not any(
            toks[c].lemma in OCCASION_NOUNS and toks[c].feats.get("Case") == "Gen" and
            toks[c].rel == "nmod" for c in sent.children(noun))


def _initials_then_surname(sent: Sentence, span: NerSpan) -> tuple[int, int] | None:
    """rev48: the tokens of a span that is initials then a surname and nothing more ("А. В.
    Пермяков", "В.Г. Колесников"): (the first initial's, the surname's), else None; the
    one reading of such a name for ``caseless_initials_holder`` and
    ``initials_post_holder`` (a bisect: asked for every person of a sentence)."""
    toks = sent.tokens
    k = _token_index(sent, span.start)
    n = _initials(toks, k) if k < len(toks) and toks[k].start == span.start else 0
    if not n or k + n >= len(toks) or toks[k + n].stop != span.stop:
        return None
    return k, k + n


def _nominative_surname(surname: Token, models: Models) -> bool:
    """A word that may be a surname in the nominative: a surname word the dictionary allows
    in the nominative (or caseless), or, sig69, a woman's surname the dictionary knows only
    as a place's oblique case ("Е.В. Кунцева", read as "Кунцево"): its ending is a
    nominative's."""
    return _surname_word(surname, models) and (
        any(p.tag.case in {"nomn", None} for p in models.parse(surname.text)) or
        surname.text.lower().endswith(FEMININE_SURNAME_ENDINGS))


def surname_initials_post_holder(sent: Sentence, span: NerSpan, models: Models) -> bool:
    """sig84: a name written surname first, its initials after it ("Рябова А.В."), holds
    the post written right before it as ``initials_post_holder``'s name does: "Документ
    подписали директор фонда «Опора» Рябова А.В. и глава района Седых П.Л." (the tagger
    reads the surname and the initials in the genitive, and the parser hangs the name on
    the body's genitive, so it looked "of the fund"). The surname may be read in the
    nominative; the post's phrase before it is read the same way. "в день визита
    председателя фонда Рябова А.В." stays the visit's (the post in the genitive). From
    morphology and word order only."""
    toks = sent.tokens
    k = _token_index(sent, span.start)
    if k >= len(toks) or toks[k].start != span.start or \
            not _nominative_surname(toks[k], models):
        return False
    n = _initials(toks, k + 1)
    if not n or span.stop not in {toks[k + n].stop, toks[k + n - 1].stop}:
        return False
    return _nominative_post_before(sent, k)


def _nominative_post_before(sent: Sentence, k: int) -> bool:
    """Is the name starting at token ``k`` written right after a post in the nominative,
    an animate noun, with only the post's own phrase between (words in an oblique case,
    prepositions, commas and "и" between genitives, quoted names and a body's acronym, at
    most WRITTEN_POST_GAP words)? "директор районного отделения ВОГ" before "Н.Е.
    Сомов"; "визита председателя" (a genitive post) is none. sig81: a post's genitive
    that is itself a post ("заместитель министра") belongs to the post before it."""
    j = _written_post_noun(sent, k, past_deputy=True)
    return j is not None and sent.tokens[j].feats.get("Case") == "Nom"


def _written_post_noun(sent: Sentence, k: int, *, past_deputy: bool) -> int | None:
    """The post noun (animate) written right before the name at token ``k``, walking back
    through the post's own phrase only (oblique words, prepositions, commas and "и" between
    genitives or obliques, quoted names, a body's acronym; at most WRITTEN_POST_GAP words),
    or None where a word of another kind stands first. ``past_deputy``: a post's genitive
    that is itself a post ("заместитель министра") is passed for the post before it.
    signers69: a body's quoted name counts as one word of the gap, and an animate noun in
    the genitive plural is the body's members named in its name, not the post
    (``members_in_name``: "с председателем региональной организации ветеранов боевых
    действий «Рубеж» Олегом Сомовым")."""
    toks = sent.tokens
    depths = _quote_depths(sent)
    gap = 0
    for j in range(k - 1, -1, -1):
        t = toks[j]
        if name_mark(sent, depths, j, depths[k]):
            continue  # sig69: "директор учреждения «Центр ... района» Н. А. Белова"
        gap += 1
        if gap > WRITTEN_POST_GAP:
            return None
        if members_in_name(t):
            continue
        if t.pos == "NOUN" and t.feats.get("Animacy") == "Anim":
            if past_deputy and _post_of_post(toks, j):
                continue  # sig81: "заместитель министра А.А. Котова": the deputy's name
            return j
        if t.pos == "ADP" or _joins_genitives(toks, j) or _joins_obliques(toks, j) or \
                _body_acronym(t) or mixed_case_acronym(t):
            continue
        if t.pos not in {"NOUN", "ADJ", "PROPN"} or t.feats.get("Case") in {None, "Nom"}:
            return None
    return None


def members_in_name(t: Token) -> bool:
    """signers69: is ``t`` an animate noun in the genitive plural, the members a body is
    named by ("общество инвалидов", "союз пенсионеров", "организация ветеранов", "совет
    родителей")? A post written before one person's name is never such a word: a post
    holder's noun is singular, or stands in the case of the post's own clause."""
    return t.pos == "NOUN" and t.feats.get("Animacy") == "Anim" and \
        t.feats.get("Case") == "Gen" and t.feats.get("Number") == "Plur"


def mixed_case_acronym(t: Token) -> bool:
    """signer95 mixed_case_acronym: a body's acronym written in capitals and small letters
    ("ОмГМУ", "КемГУ", ``normalize.mixed_case_acronym``), a capital first: it does not
    decline, so whatever case the tagger gives it says nothing, and it stays inside the
    post's phrase ("проректор ОмГМУ" before a name) as a capitals-only acronym does
    (``_body_acronym``). A hyphenated surname ("Петрова-Водкина"), a word capitalised at
    its start only or one in capitals only is not this shape. Word shape only."""
    w = t.text
    return t.pos in {"PROPN", "NOUN"} and w[:1].isupper() and \
        w.replace("-", "").isalpha() and mixed_case_shape(w)


def _body_acronym(t: Token) -> bool:
    """sig84: is the word a body's acronym, capitals only and read in no case ("КМН",
    "ВОИ")? Such a word does not decline, so it carries none of the post phrase's cases
    (the genitive of "председатель правления ВОИ") and is still of that phrase."""
    return t.pos in {"PROPN", "NOUN"} and len(t.text) >= 2 and t.text.isalpha() and \
        t.text.isupper() and t.feats.get("Case") is None


def _post_of_post(toks: list[Token], j: int) -> bool:
    """sig81: is the animate noun at ``j`` the genitive of a post right before it, itself
    an animate noun ("заместитель министра", "помощник управляющего")? Then the post is
    the whole phrase and the name after it is its holder's: "подпись поставила заместитель
    министра А.А. Котова"; "в день визита министра А.А. Котова" is no post's (a visit is
    no person). From morphology and word order only."""
    return toks[j].feats.get("Case") == "Gen" and j > 0 and toks[j - 1].pos == "NOUN" and \
        toks[j - 1].feats.get("Animacy") == "Anim"


def feminine_as_written(sent: Sentence, span: NerSpan, official: str) -> bool:
    """sig54: a woman's name as written beats the official's name found for it, read in the
    masculine ("Айталина Никифорова" taken for the genitive of "Айталин Никифоров"): the
    name, with its post, is the subject of a feminine verb ("документ подписала проректор
    Айталина Никифорова"), so it is a woman's nominative, and the official's name is the
    written one with each word's feminine "а" dropped. From the parse and morphology."""
    a, b = official.split(), span.text.split()
    if len(a) != len(b) or len(b) < 2 or a == b or \
            any(x != y and x + "а" != y for x, y in zip(a, b, strict=True)):
        return False
    found = _subject_of(sent, span)
    if found is None:
        return False
    verb = sent.tokens[found[1]]
    return verb.feats.get("Gender") == "Fem" and verb.feats.get("Number") == "Sing"


def dash_clause_subject(sent: Sentence, span: NerSpan) -> bool:
    """sig46: a name, with its post, after a dash that opens a clause with a finite verb of
    its own, not a signing: "подписала заместитель управляющего Наталья Ермолаева —
    управляющий отделением Константин Лесков в эти дни находился в поездке" (he is told
    absent, not signing; "со стороны фонда — директор X" has no verb and signs); sig56: a
    colon or a semicolon opens such a clause too (``CLAUSE_MARKS``: "подписала исполняющая
    обязанности министра X: глава ведомства Y находится в командировке"), after a person
    named before it (the signer); with no one named before, the clause after the colon
    tells the partner's head ("Соглашение заключено с ООО «Хлеб»: директор X обещал ..."). Read by
    order: back from the name over the post's nouns and adjectives to the dash, on to the
    next punctuation for the verb (the parser hangs such a name on the first signer).
    sig62: the subject of such a clause is in the nominative; a name wholly in an oblique
    case after a dash inside a place's name stays in the phrase before ("Подписи ... и
    управляющего Отделением по Чувашской Республике – Чувашии Юрия Терентьева
    появились под соглашением")."""
    toks = sent.tokens
    inside = _inside(sent, span)
    if not inside or all(toks[k].feats.get("Case") not in {None, "Nom"} for k in inside):
        return False
    i = inside[0]
    j = i - 1
    while j >= 0 and i - j <= GAP_POST_WORDS + 1 and toks[j].pos in {"NOUN", "PROPN", "ADJ"}:
        j -= 1
    if j < 0 or toks[j].text not in CLAUSE_MARKS:
        return False
    if toks[j].text not in ELLIPSIS_DASHES and not any(
            t.pos == "PROPN" and t.feats.get("Animacy") == "Anim" for t in toks[:j]):
        return False  # "заключено с ООО «Хлеб»: директор X обещал ...": no signer before
    for t in toks[inside[-1] + 1:]:
        if t.pos == "PUNCT":
            return False
        if t.pos in {"VERB", "AUX"} and t.feats.get("VerbForm") == "Fin":
            return t.lemma not in SIGNING_HEADS and t.lemma not in SIGNER_WORDS
    return False


def name_hung_on_another(sent: Sentence, span: NerSpan) -> bool:
    """sig90: is the name, wholly in the nominative, hung as a part of a name ("flat",
    "flat:name") on a proper noun outside its own span in an oblique case? The parts of
    one name stand in one case, so the parse slipped and joined two names: in "ректор
    университета им. М. К. Петрова Иван Сомов" the rector's name was hung on the
    genitive "Петрова" of the university's name; it is his own, no bystander's. Only
    from the parse and morphology."""
    toks = sent.tokens
    inside = _inside(sent, span)
    if not inside or any(toks[k].feats.get("Case") not in {None, "Nom"} for k in inside):
        return False
    top = next((k for k in inside if not inside[0] <= toks[k].head <= inside[-1]), None)
    if top is None or toks[top].rel not in {"flat", "flat:name"}:
        return False
    h = toks[top].head
    return 0 <= h < len(toks) and toks[h].pos == "PROPN" and \
        toks[h].feats.get("Case") not in {None, "Nom"}


def standing_aside(sent: Sentence, span: NerSpan) -> bool:
    """sig90: a name in a clause after a semicolon that has no verb and tells only where
    someone is, after a signing clause that names its own signers before the semicolon:
    "На снимке: Анна Котова и Пётр Гусев подписывают соглашение; справа — заместитель
    губернатора Олег Сомов" (he stands by). The clause runs from the semicolon to the
    name's dash; its words before the dash name no side ("; со стороны фонда — директор
    X", "; от фонда — X" sign, ``SIDE_CLAUSE_WORDS``), and no finite verb follows up to
    the next semicolon. Read by order and morphology; a name before the semicolon and a
    signing word there are required."""
    toks = sent.tokens
    inside = _inside(sent, span)
    if not inside:
        return False
    i = inside[0]
    semi = next((j for j in range(i - 1, -1, -1) if toks[j].text == ";"), None)
    if semi is None or not any(t.lemma in SIGNING_HEADS for t in toks[:semi]) or not any(
            t.pos == "PROPN" and t.feats.get("Animacy") == "Anim" for t in toks[:semi]):
        return False
    dash = next((j for j in range(semi + 1, i) if toks[j].text in ELLIPSIS_DASHES), None)
    if dash is None or dash == semi + 1 or any(
            t.lemma in SIDE_CLAUSE_WORDS or t.text.lower() in SIDE_CLAUSE_WORDS
            for t in toks[semi + 1:dash]):
        return False
    end = next((j for j in range(i, len(toks)) if toks[j].text == ";"), len(toks))
    return not any(t.pos in {"VERB", "AUX"} and t.feats.get("VerbForm") == "Fin"
                   for t in toks[semi + 1:end])


def bracketed_aside(sent: Sentence, span: NerSpan) -> bool:
    """r61sig bracketed_aside: a name inside round brackets that hold a clause of their
    own, with a finite verb and no word of signing, after a signing clause that names its
    own signer before the bracket, tells of someone else, not a signer: "Документ по
    доверенности подписал заместитель директора Олег Сомов (директор Анна Котова была в
    отпуске)". A bracket that tells the signing ("(подпись поставил главный врач X)")
    or holds no verb ("(директор — X)") is left to the other readers. Read by order and
    morphology only; the brackets are looked for within the sentence."""
    toks = sent.tokens
    inside = _inside(sent, span)
    if not inside:
        return False
    i = inside[0]
    opened = next((j for j in range(i - 1, -1, -1) if toks[j].text in {"(", ")"}), None)
    if opened is None or toks[opened].text != "(":
        return False
    closed = next((j for j in range(inside[-1] + 1, len(toks)) if toks[j].text in {"(", ")"}),
                  None)
    if closed is None or toks[closed].text != ")":
        return False
    before, within = toks[:opened], toks[opened + 1:closed]
    if not any(t.lemma in SIGNING_HEADS for t in before) or not any(
            t.pos == "PROPN" and t.feats.get("Animacy") == "Anim" for t in before):
        return False
    if any(t.lemma in SIGNER_WORDS or t.lemma in SIGNING_HEADS for t in within):
        return False
    return any(t.pos in {"VERB", "AUX"} and t.feats.get("VerbForm") == "Fin" for t in within)


def gapped_post_name(sent: Sentence, i: int) -> bool:
    """Does the name at token ``i`` end a post's phrase that opens a clause whose verb is
    left out, after a dash: "Со стороны района документ подписал глава района X, со
    стороны кожууна – председатель администрации кожууна Аяс Ооржак"? The parser hangs
    such a name on any noun of the phrase; the post (an animate noun in the nominative
    right after the dash) is what it stands in, so it is no bystander of another noun.
    Words between are nouns and adjectives of the post's phrase only, at most
    GAP_POST_WORDS, and a side phrase opens the stretch before the dash
    (``_side_before``). (sig30) sig62: the post's phrase may hold a preposition ("со
    стороны отделения — управляющий Отделением СФР по Новосибирской области Виктор Гусев")
    and open with a possessive ("со стороны организации — её руководитель Елизавета
    Кондакова")."""
    toks = sent.tokens
    depths = _quote_depths(sent)
    for j in range(i - 1, max(-1, i - 1 - GAP_POST_WORDS), -1):
        t = toks[j]
        if t.text in ELLIPSIS_DASHES:
            p = j + 1
            if p < i and toks[p].text.lower() in REPRESENTATIVE_POSSESSIVES:
                p += 1  # "её руководитель"
            while p < i and toks[p].pos == "ADJ" and toks[p].feats.get("Case") == "Nom":
                p += 1  # sig69: "— генеральный директор"
            if p >= i:
                return False
            post = toks[p]
            return post.pos == "NOUN" and post.feats.get("Case") == "Nom" and \
                post.feats.get("Animacy") == "Anim" and _side_before(sent, j)
        if name_mark(sent, depths, j, depths[i]):
            continue  # sig69: "— директор АО «ВМЗ» Олег Тимофеев"
        if t.pos not in {"NOUN", "PROPN", "ADJ", "ADP"} and \
                t.text.lower() not in REPRESENTATIVE_POSSESSIVES:
            return False
    return False


def gapped_clause_name(sent: Sentence, i: int) -> bool:
    """sig62: does the name at token ``i`` stand in a side's clause whose verb is left out
    after a dash, with its post ("со стороны отделения — управляющий Виктор Гусев",
    ``gapped_post_name``) or alone ("со стороны отделения — Виктор Гусев")? Such a clause
    repeats the signing of the clause before it."""
    toks = sent.tokens
    if 0 < i < len(toks) and toks[i - 1].text in ELLIPSIS_DASHES:
        return _side_before(sent, i - 1)
    return gapped_post_name(sent, i)


def _side_before(sent: Sentence, j: int) -> bool:
    """Does a side phrase ("со стороны X", "от X") open the stretch of the sentence before
    the dash at ``j``, back to the previous comma, colon or the sentence's start? Then the
    dash stands for the verb left out, not for a description ("X – выпускник ...")."""
    toks = sent.tokens
    for k in range(j - 1, -1, -1):
        t = toks[k]
        if t.text in {",", ":", ";"}:
            return False
        if t.text.lower() == "от" or t.lemma == "сторона" and k > 0 and \
                toks[k - 1].text.lower() in SIDE_OPENERS:
            return True
    return False


def side_body(sent: Sentence, span: NerSpan) -> bool:
    """A one-word "person" that a side phrase names is the side, a body or a place, not
    who signed for it: "со стороны Соцфонда — управляющий отделением Андрей Бовт" (the NER
    tags "Соцфонда" as a person). The word right after "со/с стороны" or "от"; a full
    name there ("со стороны Ивана Петрова") stays a person."""
    toks = _span_tokens(sent, span)
    if len(toks) != 1:
        return False
    k = next((i for i, t in enumerate(sent.tokens) if t is toks[0]), None)
    if k is None or k == 0:
        return False
    before = sent.tokens[k - 1]
    if before.text.lower() == "от":
        return True
    return before.lemma == "сторона" and k >= 2 and \
        sent.tokens[k - 2].text.lower() in SIDE_OPENERS


def addressee(sent: Sentence, span: NerSpan, models: Models) -> bool:
    """A name said to someone, not of someone who signed: the vocative of an interview's
    question, a first name and patronymic with no surname, opening the turn and set off by
    a comma: "— Анна Викторовна, в мае вы подписали соглашение ...". The "вы" it
    addresses is the interviewee, named in full elsewhere."""
    toks = _span_tokens(sent, span)
    if len(toks) != 2 or not _name_word(toks[0], "Name", models) or \
            not _name_word(toks[1], "Patr", models):
        return False
    k = next((i for i, t in enumerate(sent.tokens) if t is toks[0]), None)
    if k is None or k + 2 >= len(sent.tokens) or sent.tokens[k + 2].text != ",":
        return False
    # talk91: or after the asker's label of a transcript ("Ведущая: Анна Викторовна, ...")
    label = speaker_label(sent)
    opening = 0 if label is None else label.end
    return all(t.text in ELLIPSIS_DASHES or t.pos == "PUNCT" for t in sent.tokens[opening:k])


def turn_label_name(sent: Sentence, span: NerSpan) -> bool:
    """talk91: the name of a transcript's speaker label, opening the turn before its colon,
    names who speaks, not who signed: "Ольга Зимина: Да, сегодня министр Пётр Орлов и
    директор фонда Инна Белова подписали соглашение" (the signers are the two named in the
    clause). The speaker who says she signed ("Анна Котова: Вчера я подписала ...", "мы с
    ректором X подписали ...": a first-person subject of the signing verb) keeps her name.
    The label is ``turns.speaker_label``'s, its words the name's."""
    toks = _span_tokens(sent, span)
    label = speaker_label(sent)
    return bool(toks) and label is not None and sent.tokens[label.end - 2] is toks[-1] and \
        sent.tokens[label.start] is toks[0] and not _first_person_signing(sent)


def _first_person_signing(sent: Sentence) -> bool:
    """Does the sentence sign in the first person: "я" or "мы" in the nominative and a
    finite signing verb ("вчера мы с ректором X подписали ...")? Morphology only: the parse
    may hang "мы" on a noun before it."""
    toks = sent.tokens
    return any(t.text.lower() in FIRST_PERSON_SIGNERS | AUTHOR_WITH_PARTNER and
               t.feats.get("Case") in {"Nom", None} for t in toks) and \
        any(t.lemma in SIGNING_HEADS and t.pos == "VERB" and t.feats.get("VerbForm") == "Fin"
            for t in toks)


def namesake(sent: Sentence, span: NerSpan) -> bool:
    """A name an institution bears, not a person of the report: "Северо-Восточный
    федеральный университет им. М.К. Аммосова", "университет имени первого Президента
    России Б.Н. Ельцина". The name follows "имени"/"им." (``COMMEMORATIVE_WORDS``; not "от
    имени", on behalf), with only the words of a post's phrase between (nouns, adjectives,
    numerals, proper nouns; at most NAMESAKE_POST_WORDS). The name an institution bears is
    in the genitive: a surname in the nominative after it is a person of the report, the
    namesake told before it ("ректор университета имени Козьмы Минина Виктор Шубин",
    sig44)."""
    toks = sent.tokens
    k = next((i for i, t in enumerate(toks) if t.start >= span.start), None)
    if k is None or toks[k].start >= span.stop:
        return False
    last = max(i for i in range(k, len(toks)) if toks[i].start < span.stop)
    if toks[last].feats.get("Case") == "Nom" and not _right_after_commemorative(toks, k):
        return False
    for j in range(k - 1, max(-1, k - 2 - NAMESAKE_POST_WORDS), -1):
        word = toks[j].text.lower()
        if word == "." and j >= 1 and toks[j - 1].text.lower() in COMMEMORATIVE_WORDS:
            continue  # "им."
        if word.rstrip(".") in COMMEMORATIVE_WORDS:
            dotted = word.endswith(".") or toks[j + 1].text == "."
            return (word == "имени" or dotted) and \
                not (j >= 1 and toks[j - 1].text.lower() == "от")  # "от имени": on behalf
        if toks[j].pos not in {"NOUN", "PROPN", "ADJ", "NUM"}:
            return False
    return False


def _right_after_commemorative(toks: list[Token], k: int) -> bool:
    """agr65: a name that opens right after "имени" (or "им.") is the name an institution
    bears, whatever case the tagger read on its surname: "ПАО «Татнефть» имени В.Д.
    Шашина" ("Шашина" read as a woman's nominative). A person of the report follows the
    namesake, never "имени" itself ("университета имени Козьмы Минина Виктор Шубин")."""
    if k >= 2 and toks[k - 1].text == "." and toks[k - 2].text.lower() in COMMEMORATIVE_WORDS:
        return True
    return k >= 1 and toks[k - 1].text.lower() == "имени" and \
        not (k >= 2 and toks[k - 2].text.lower() == "от")


def not_a_signer_name(sent: Sentence, span: NerSpan, models: Models) -> bool:
    """A PER span that names no one who could sign: a side (``side_body``), one
    addressed (``addressee``) or one an institution is named after (``namesake``), or
    a see after a clergy title (``see_of_title``)."""
    return side_body(sent, span) or addressee(sent, span, models) or namesake(sent, span) or \
        turn_label_name(sent, span) or see_of_title(sent, span)  # sigpool93


def only_intended_signing(sent: Sentence) -> bool:
    """Does the sentence only say someone is ready, means or plans to sign a document it
    refers back to: every signing word is an infinitive under a word of plan or readiness,
    and no agreement is named in it, "Министр подтвердил, что белорусская сторона готова
    подписать документ в любой день"? Nobody signed in it, so it names no signer of an
    agreement signed before. A sentence naming its own agreement ("министерство
    планирует заключить соглашение с X") keeps its persons: their bodies are its sides.
    Only from the parse."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    if any(t.lemma in AGREEMENT_NOUNS and t.pos in {"NOUN", "PROPN"} for t in toks):
        return False
    signing = [t for t in toks if t.lemma in SIGNER_WORDS]
    return bool(signing) and all(
        t.pos == "VERB" and t.feats.get("VerbForm") == "Inf" and 0 <= t.head < len(toks)
        and toks[t.head].lemma in PLAN_HEADS for t in signing)


def signer_persons(analysis: Analysis, sent: Sentence, spans: list[NerSpan]) -> list[NerSpan]:
    """The persons of a sentence as the signer rules read them: the NER's PER ``spans``
    without a bracketed Latin spelling, the side a side phrase names (``side_body``) or
    one addressed (``addressee``), and with the full names it missed in a signing
    sentence (``untagged_names``), in the order of the text; none in a sentence that only
    intends a signing (``only_intended_signing``)."""
    if only_intended_signing(sent):
        return []
    out = [read_span(s) for s in spans if not not_a_signer_name(sent, s, analysis.read_by())]
    out += [s for s in untagged_names(analysis, sent) if not turn_label_name(sent, s)]
    return sorted(out, key=lambda s: s.start)


def _index(analysis: Analysis) -> _Index:
    if not _LAST or _LAST[0].analysis is not analysis:
        _LAST[:] = [_Index(analysis)]
    return _LAST[0]


def sentences_naming_person(analysis: Analysis) -> frozenset[int]:
    """sig46: the indices of the document's sentences holding the start of a PER span as
    the NER tagged it, built in one pass per document (a rule asking of each sentence
    whether it names a person reads a set, not every span again)."""
    idx = _index(analysis)
    if idx.naming_person is None:
        sents, starts = analysis.sentences, sentence_starts(analysis.sentences)
        held = set()
        for sp in analysis.spans:
            k = bisect_right(starts, sp.start) - 1
            if sp.type == "PER" and k >= 0 and sp.start < sents[k].stop:
                held.add(k)
        idx.naming_person = frozenset(held)
    return idx.naming_person


def _span_tokens(sent: Sentence, span: NerSpan) -> list[Token]:
    return [t for t in sent.tokens if span.start <= t.start and t.stop <= span.stop]


def nominative_name(sent: Sentence, span: NerSpan, models: Models) -> str | None:
    """A person's full name in the nominative, whatever the case it is written in, by the
    officials' name reader: "Еленой Ивановой" → "Елена Иванова", "Дмитрием Медведевым" →
    "Дмитрий Медведев". None for a bare surname (nothing says who it is)."""
    from soccoop.extract.officials import (  # the one name reader
        _apposed_post_case,
        _full_name,
        _mention,
        _post_case,
    )

    toks = _span_tokens(sent, span)
    if len(toks) < 2 or not all(t.text[:1].isupper() for t in toks if t.text.isalpha()):
        return None
    # sig72: in the case of the post it stands beside, as the officials' reader reads it
    inside = _inside(sent, span)
    i, j = (inside[0], inside[-1] + 1) if inside else (0, 0)
    post_case = (_post_case(sent, i, j, models) or _apposed_post_case(sent, i, j, models)) \
        if inside else None
    m = _mention(toks, span.text, span.start, span.stop, models, post_case)
    if m is None or not m.first:
        return None
    return _full_name(m)



def _inside(sent: Sentence, span: NerSpan) -> list[int]:
    """Indexes of the sentence's tokens that lie within the span."""
    return [i for i, t in enumerate(sent.tokens) if span.start <= t.start and t.stop <= span.stop]


def _parsed(
    sent: Sentence, span: NerSpan,
    nodes: Callable[[Sentence, NerSpan], list[int]] = _inside,
) -> list[int]:
    """The span's tokens (``_inside``, or ``nodes``' choice of them) in a parsed sentence;
    none in an unparsed one, so that a rule of the tree reads no heads there (the sig61
    readers of the clause a name stands in, and every tree pass on a name)."""
    return nodes(sent, span) if sent.parsed else []


def _subject_verb(sent: Sentence, k: int, subject_rels: set[str]) -> int | None:
    """The verb whose subject the name's group is: from token ``k`` up through its post
    (a few steps) to a token in one of ``subject_rels``, then its head; None otherwise."""
    toks = sent.tokens
    k = climb(sent, k, NAME_GROUP_RELATIONS - subject_rels, limit=3)[-1]
    if toks[k].rel not in subject_rels:
        return None
    return toks[k].head if toks[k].head >= 0 else None

def agent_head(sent: Sentence, span: NerSpan) -> int | None:
    """sig52 agent_head: the one reading of a name as the agent of a signing word, the
    index of that word (None when the name is no agent). Two shapes of one relation:

    - the name's group (a post and its name, the parts of a name, conjuncts: at most five
      steps) tops a word hung on a signing word as its agent in the case that word
      governs, with no preposition along the way: "подписано министром Еленой Ивановой"
      (instrumental under the verb or participle), "подписи министра Ивана Петрова"
      (genitive under "подпись"); not "с министром ..." (a partner) nor "при участии
      министра ..." (no signing word above);
    - sig51: a name written before a short passive signing verb ("В 2021 году министром
      Анной Котовой и ректором Олегом Гусевым подписано соглашение"), whose words the
      parser may hang anywhere inside its post's group ("министром А. А. Котовой"): its
      first word climbs (at most four steps, all before the verb) to an instrumental noun,
      the post, hung on the verb with no preposition of its own; not "с ректором Олегом
      Гусевым подписано" (a partner, its "с").

    Shared by ``agent_name`` (a signer's oblique name) and
    ``candidate_signers._agents_before`` (a recalled agreement's agents before its verb).
    Only from the parse."""
    inside = _parsed(sent, span)
    if not inside:
        return None
    toks = sent.tokens
    case = toks[inside[-1]].feats.get("Case")
    heads = AGENT_CASES.get(case or "")
    if heads is not None:
        path = climb(sent, inside[0], NAME_GROUP_RELATIONS, limit=5)
        t = toks[path[-1]]
        if not any(toks[c].rel == "case" for k in path for c in sent.children(k)) and \
                0 <= t.head < len(toks) and t.rel not in NAME_GROUP_RELATIONS and \
                t.rel in AGENT_RELATIONS and toks[t.head].lemma in heads and \
                t.feats.get("Case") == case:
            return t.head
    return _post_agent_before(sent, inside[0])


def _post_agent_before(sent: Sentence, k: int) -> int | None:
    """sig51: the short passive signing verb that the word ``k`` (a name's first word,
    written before it) reaches up through its post, an instrumental noun hung on the verb
    with no preposition (``agent_head``'s second shape): "министром А. А. Котовой
    подписано" → "подписано"; None otherwise."""
    toks = sent.tokens
    path: list[int] = []
    for _ in range(5):
        if not 0 <= k < len(toks):
            return None
        path.append(k)
        t = toks[k]
        h = t.head
        if not 0 <= h < len(toks):
            return None
        v = toks[h]
        if v.pos == "VERB" and v.feats.get("Variant") == "Short" and v.lemma in SIGNING_HEADS:
            if any(j >= h for j in path):
                return None
            return h if t.pos == "NOUN" and t.feats.get("Case") == "Ins" and \
                t.rel in {"obl", "obl:agent"} and \
                not any(toks[c].rel == "case" for c in sent.children(k)) else None
        k = h
    return None


def _written_post(sent: Sentence, span: NerSpan) -> int | None:
    """The post a name stands after in the text, whatever the parser hung it on: the
    nearest animate noun before the name in the name's case with only words of its
    genitive phrase between ("министром социальной защиты Пензенской области Аллой
    Ветровой" → министром). From morphology and word order only; sig62: a place's own
    name apposed to a genitive word of that phrase is part of it whatever case the tagger
    gives it (``_apposed_place_name``), and so are the commas and conjunctions joining its
    genitives (``_joins_genitives``)."""
    inside = [i for i, t in enumerate(sent.tokens) if span.start <= t.start and
              t.stop <= span.stop]
    if not inside:
        return None
    toks = sent.tokens
    case = toks[inside[-1]].feats.get("Case")
    for j in range(inside[0] - 1, max(-1, inside[0] - 1 - WRITTEN_POST_GAP), -1):
        t = toks[j]
        if t.pos == "NOUN" and t.feats.get("Case") == case:
            return j if t.feats.get("Animacy") == "Anim" else None
        if _apposed_place_name(sent, j) or _joins_genitives(toks, j):
            continue
        if t.feats.get("Case") != "Gen" or t.pos not in {"NOUN", "ADJ", "PROPN"}:
            return None
    return None


def _joins_genitives(toks: list[Token], j: int) -> bool:
    """sig62: is token ``j`` a comma or a conjunction between two genitive words, inside a
    post's genitive phrase ("министром семьи, труда и социальной защиты населения")?"""
    return (toks[j].text == "," or toks[j].pos == "CCONJ") and 0 < j < len(toks) - 1 and \
        toks[j - 1].feats.get("Case") == "Gen" and toks[j + 1].feats.get("Case") == "Gen"


_OBLIQUE_CASES = frozenset({"Gen", "Dat", "Ins", "Loc"})


def _joins_obliques(toks: list[Token], j: int) -> bool:
    """far152 _joins_obliques: is token ``j`` a comma or a conjunction between two nouns or
    adjectives in oblique cases, not necessarily one case, inside a post's phrase? A
    body's name may join the words of its "по" phrase under a genitive: "руководитель
    агентства по делам молодёжи и семейной политике края Т.Н. Ким" ("молодёжи" genitive,
    "семейной" dative). A nominative after it ("и директор") opens another person."""
    return (toks[j].text == "," or toks[j].pos == "CCONJ") and 0 < j < len(toks) - 1 and \
        all(toks[x].pos in {"NOUN", "ADJ", "PROPN"} and
            toks[x].feats.get("Case") in _OBLIQUE_CASES for x in (j - 1, j + 1))


def _apposed_place_name(sent: Sentence, j: int) -> bool:
    """sig62: is token ``j`` an inanimate proper name apposed to the genitive word right
    before it, a region's own name after its kind ("Республики Башкортостан", "Республики
    Марий Эл")? The tagger often reads such a name as a nominative, though it stands in the
    genitive phrase of a post: "министром семьи, труда и социальной защиты населения
    Республики Башкортостан Ленаром Хасановым". Only from the parse and morphology."""
    toks = sent.tokens
    t = toks[j]
    if t.pos != "PROPN" or t.feats.get("Animacy") == "Anim" or \
            t.rel not in {"appos", "flat", "flat:name"}:
        return False
    h = t.head
    while 0 <= h < j and toks[h].pos == "PROPN" and toks[h].feats.get("Case") != "Gen" and \
            toks[h].rel in {"appos", "flat", "flat:name"}:
        h = toks[h].head  # "Марий Эл": up through the name's first word
    return 0 <= h < j and toks[h].feats.get("Case") == "Gen" and \
        all(toks[x].pos == "PROPN" for x in range(h + 1, j + 1))


def written_agent(sent: Sentence, span: NerSpan) -> bool:
    """Is the name, in the instrumental, the signer through the post it is written
    after, when the parser hung it elsewhere: "подписано министром социальной защиты
    Пензенской области Аллой Ветровой и министром ..." (the parser may hang "Аллой" on
    a side's noun). The post (``_written_post``) is the agent of a signing verb or
    participle, or a conjunct of such an agent. Only from the parse and morphology."""
    if not sent.parsed:
        return False
    post = _written_post(sent, span)
    if post is None:
        return False
    toks = sent.tokens
    heads = AGENT_CASES.get(toks[post].feats.get("Case") or "")
    if not heads or toks[post].feats.get("Case") != "Ins":
        return False
    k = post
    for _ in range(3):
        t = toks[k]
        if not 0 <= t.head < len(toks):
            return False
        if t.rel == "conj" and toks[t.head].feats.get("Case") == "Ins":
            k = t.head
            continue
        return t.rel in {"obl:agent", "obl"} and toks[t.head].lemma in heads and \
            not any(toks[c].rel == "case" for c in sent.children(k))
    return False


def _joined_to(sent: Sentence, before: NerSpan, span: NerSpan) -> bool:
    """Only a conjunction, commas and the next one's post stand between two names in
    one case: "министром Еленой Ивановой и министром Петром Кругловым" (where the parser
    hung the second name elsewhere); a post may be a participle ("и управляющим
    отделением банка Викторией Пак")."""
    between = [j for j, t in enumerate(sent.tokens)
               if before.stop <= t.start and t.stop <= span.start]
    toks = [sent.tokens[j] for j in between]
    if not any(t.pos == "CCONJ" or t.text == "," for t in toks):
        return False
    depths = _quote_depths(sent)
    base = depths[between[-1] + 1] if between[-1] + 1 < len(depths) else 0
    # sig69: the post's body may be named in quotes or after an abbreviation ("директор
    # учреждения «Центр ... района» Н. А. Белова", "района г. Тамбова П.С. Гусев")
    return all(t.pos in {"CCONJ", "NOUN", "ADJ", "PROPN"} or t.text == "," or
               t.feats.get("VerbForm") == "Part" or  # "управляющим отделением"
               name_mark(sent, depths, j, base) for j, t in zip(between, toks, strict=True))


def agent_name(analysis: Analysis, sent: Sentence, span: NerSpan, models: Models) -> str | None:
    """The nominative name of a person in an oblique case who signed: the agent of a
    passive or participle ("Соглашение подписано министром Натальей Соколовой" → "Наталья
    Соколова") or the owner of a signature ("за подписью губернатора Ивана Петрова"), or
    a name joined by "и" to such an agent in the same case."""
    persons = persons_in(analysis, sent)
    if span not in persons:
        return None
    n = persons.index(span)
    case = next((t.feats.get("Case") for t in reversed(_span_tokens(sent, span))), None)
    while n >= 0:
        s = persons[n]
        s_case = next((t.feats.get("Case") for t in reversed(_span_tokens(sent, s))), None)
        if s_case != case:
            return None
        if agent_head(sent, s) is not None or written_agent(sent, s):
            return nominative_name(sent, span, models)
        if n == 0 or not _joined_to(sent, persons[n - 1], s):
            return None
        n -= 1
    return None


def surname_name(analysis: Analysis, sent: Sentence, span: NerSpan, models: Models) -> str | None:
    """A lone surname in the nominative ("Соглашение подписал Петров") is the person the
    text named in full before with that surname ("министр Иван Петров провёл ..."), when it
    named exactly one such person; the full name in the nominative."""
    toks = _span_tokens(sent, span)
    if len(toks) != 1 or toks[0].feats.get("Case") != "Nom" or not toks[0].text.isalpha():
        return None
    idx = _index(analysis)
    n = bisect_left(idx.person_starts, span.start)
    sents = analysis.sentences
    found: set[str] = set()
    for earlier in idx.persons[max(0, n - SURNAME_LOOKBACK):n]:
        k = sentence_at(analysis.sentences, earlier.start)
        if k < 0:
            continue
        full = nominative_name(sents[k], earlier, models)
        if full and same_surname(full, toks[0].text):
            found.add(full)
    return found.pop() if len(found) == 1 else None


def fallback_name(analysis: Analysis, sent: Sentence, span: NerSpan,
                  models: Models) -> str | None:
    """A signer's name where no official matched and it is no full nominative name: an
    oblique-case agent, else a lone surname named in full before, else a name apposed to a
    nominative post or the partner one signs with."""
    return agent_name(analysis, sent, span, models) or \
        surname_name(analysis, sent, span, models) or \
        apposed_name(sent, span, models) or partner_name(sent, span, models) or \
        initials_full_name(analysis, sent, span, models) or \
        secular_surname_name(sent, span, models)


def secular_surname_name(sent: Sentence, span: NerSpan, models: Models) -> str | None:
    """sigpool93: a monastic name with the secular surname in brackets, in the nominative:
    "монахиня Серафима (Петрова)" → "Серафима (Петрова)", whichever part the NER tagged
    (it may stop at the bracket or tag the surname alone). A first name's reading, "(",
    a surname's reading, ")", both nominative by the tagger; else None."""
    toks = sent.tokens
    i = next((j for j, t in enumerate(toks) if span.start <= t.start < span.stop and
              t.text.isalpha()), None)
    if i is None:
        return None
    k = i - 2 if i >= 2 and toks[i - 1].text == "(" else i
    if k + 3 >= len(toks) or toks[k + 1].text != "(" or toks[k + 3].text != ")":
        return None
    first, surname = toks[k], toks[k + 2]
    if first.feats.get("Case") != "Nom" or surname.feats.get("Case") != "Nom" or \
            not _name_word(first, "Name", models) or not _name_word(surname, "Surn", models):
        return None
    return f"{first.text} ({surname.text})"


def initials_full_name(analysis: Analysis, sent: Sentence, span: NerSpan,
                       models: Models) -> str | None:
    """A name of initials and a surname (``initials_person``) as the full name the text
    gave it before, if it named exactly one such person ("По словам министра Анны
    Захаровой ... А.В. Захарова и директор X подписали" → "Анна Захарова"), else as
    written, initials first. (sig30)"""
    from soccoop.extract.signer_shapes import earlier_full_name  # the one reader of it

    written = initials_person(sent, span, models)
    if written is None:
        return None
    return earlier_full_name(analysis, NerSpan(span.type, span.start, span.stop, written), models) \
        or written


def initials_person(sent: Sentence, span: NerSpan, models: Models) -> str | None:
    """A name of a surname and initials, in either order and any case, as initials then
    the surname: "Дзагоева М.Т." → "М. Т. Дзагоева", "Новиковой К.А." → "К. А.
    Новиковой" (``initials_nominative`` then reads the surname in the nominative). The
    span must be exactly such a name (``initials_shape``). (sig30)"""
    idx = _inside(sent, span)
    if not idx or initials_shape(sent, idx[0], models) != idx[-1]:
        return None
    toks = [sent.tokens[k] for k in idx]
    letters = [f"{t.text}." for t in toks if len(t.text) == 1 and t.text.isalpha()]
    surname = next(t.text for t in toks if len(t.text) > 1)
    return " ".join(letters + [surname])


def next_sentence(analysis: Analysis, sent: Sentence) -> Sentence | None:
    """The document's sentence after ``sent`` (bisect on sentence starts)."""
    k = bisect_left(sentence_starts(analysis.sentences), sent.stop)
    return analysis.sentences[k] if k < len(analysis.sentences) else None


def persons_in(analysis: Analysis, sent: Sentence) -> list[NerSpan]:
    """PER spans inside a sentence, by bisect, as the signer rules read them
    (``person_names.read_span``), and the names the NER missed (``untagged_names``)."""
    out = [s for s in person_mentions(analysis).inside(sent.start, sent.stop, read=True)
           if not not_a_signer_name(sent, s, analysis.read_by())]
    extra = untagged_names(analysis, sent)
    return sorted(out + extra, key=lambda s: s.start) if extra else out


def elided_side(sent: Sentence) -> bool:
    """A side's signer given with the verb left out, after a sentence naming the first
    side's: "Со стороны Костромской области — заместитель губернатора Ирина Ширшова.",
    "От фонда — руководитель филиала Елена Смирнова." A side phrase opens the sentence, a
    dash stands for the verb, and there is no verb."""
    toks = sent.tokens
    if len(toks) < 3 or toks[0].text.lower() not in SIDE_OPENERS:
        return False
    lemmas = [t.lemma for t in toks]
    if toks[0].text.lower() != "от" and "сторона" not in lemmas[:4]:
        return False
    if any(t.pos in {"VERB", "AUX"} for t in toks):
        return False
    return any(t.text in ELLIPSIS_DASHES for t in toks)


def _plural_post_subject(sent: Sentence) -> bool:
    """Is the subject of the signing a plural post with no name: "Главы регионов
    подписали соглашение", "Министры подписали ..."?"""
    toks = sent.tokens
    for v, t in enumerate(toks):
        if t.lemma not in SIGNING_HEADS or t.pos != "VERB":
            continue
        for c in sent.children(v):
            s = toks[c]
            if s.rel == "nsubj" and s.pos == "NOUN" and s.feats.get("Number") == "Plur" \
                    and s.feats.get("Animacy") == "Anim" and \
                    not any(toks[x].pos == "PROPN" for x in sent.children(c)):
                return True
    return False


def identified_signers(analysis: Analysis, sent: Sentence,
                       next_sent: Sentence | None, models: Models) -> list[NerSpan]:
    """The people a plural post stood for, named next in a sentence that only identifies
    them: "Главы регионов подписали соглашение о сотрудничестве. Это губернатор Тверской
    области Игорь Руденя и губернатор Смоленской области Василий Анохин." The next
    sentence opens with "это"/"ими" and has no verb but a copula ("Ими стали ...")."""
    if next_sent is None or not next_sent.tokens:
        return []
    toks = next_sent.tokens
    if toks[0].text.lower() not in IDENTIFYING_WORDS:
        return []
    if any(t.pos in {"VERB", "AUX"} and t.lemma not in COPULAS for t in toks):
        return []
    persons = persons_in(analysis, next_sent)
    if not persons:
        return []
    # a sentence with neither a name nor an agreement word was not parsed in the batch;
    # rare enough (an identifying sentence follows) to parse on demand
    if not _plural_post_subject(ensure_parsed(sent, models)):
        return []
    return persons


def _post_nodes(sent: Sentence, verb: int) -> list[int]:
    """The subject of a signing verb and its conjuncts, or the agent of a passive one."""
    toks = sent.tokens
    out: list[int] = []
    for c in sent.children(verb):
        if toks[c].rel in {"nsubj", "nsubj:pass", "obl:agent"}:
            out.append(c)
            out += [x for x in sent.children(c) if toks[x].rel == "conj"]
    return out


def named_here(sent: Sentence, name: str, post: int) -> bool:
    """Does the sentence name the person by surname beside a second word of the same
    post ("министр Пётр Сухов")? Then the bare post at ``post`` ("Документ подписала
    министр, с вологодской стороны — министр Пётр Сухов") stands for someone else. With
    one such word, the name the parser did not hang on it may well be its holder's
    ("подписали ... и начальник дороги — филиала ОАО «РЖД» Андрей Рыжков")."""
    toks = sent.tokens
    if not any(k != post and t.lemma == toks[post].lemma for k, t in enumerate(toks)):
        return False
    return any(t.text[:1].isupper() and same_surname(t.text, name) for t in toks)


def _signing_clause(sent: Sentence, k: int) -> bool:
    """Does token k hang on a signing: on a signing verb, or on the verb whose object is
    a signature ("поставили подписи")? The parser may take the signer for the object of
    a plural verb ("Документ подписали оба министра"), so any relation counts."""
    toks = sent.tokens
    h = toks[k].head
    if not 0 <= h < len(toks):
        return False
    return toks[h].lemma in SIGNING_HEADS or any(
        toks[c].lemma in SIGNATURE_WORDS for c in sent.children(h))


def _first_name_gender(name: str, models: Models) -> str | None:
    """The gender of a full name's first name by morphology ("Анна Гусева" → femn)."""
    first = name.split()[0]
    return next((p.tag.gender for p in models.parse(first) if "Name" in p.tag), None)


def _named_before_in(sent: Sentence, official: Official, pronoun: Token) -> bool:
    """sig61: is the official named in the sentence itself, before the pronoun?"""
    return sent.start <= official.evidence.start and official.evidence.end <= pronoun.start


def pronoun_holder(sent: Sentence, officials: list[Official], models: Models,
                   analysis: Analysis | None = None) -> list[str]:
    """A signer named by a pronoun, the subject of the signing verb: "Министр Анна Гусева
    рассказала о планах. Она подписала документ вместе с ..." → Анна Гусева. The one
    official named last before the sentence whose first name agrees with "она"/"он" in
    gender; none when the text names none before. sig61: one named earlier in the same
    sentence counts first ("Минтруд представлял заместитель министра Олег Рябов — он
    подписал соглашение вместо министра" → Рябов, not an official of the sentence before).
    sig90: none when, with the ``analysis`` at hand, the pronoun stands for a body
    (``body_antecedent``). Only from the parse."""
    toks = sent.tokens
    for k, t in enumerate(toks):
        gender = SIGNER_PRONOUNS.get(t.text.lower())
        if gender is None or t.rel not in SUBJECT_RELATIONS or \
                not 0 <= t.head < len(toks) or not _signs(sent, t.head):
            continue
        if _signed_thing(sent, k):
            continue
        if analysis is not None and body_antecedent(
                sentence_before(analysis, sent), sent, k, models):
            return []
        before = [o for o in sorted(officials, key=lambda o: o.evidence.start)
                  if o.evidence.start < sent.start or _named_before_in(sent, o, t)]
        last = last_official_of_gender(before, gender, models)
        return [last] if last is not None else []
    return []


def last_official_of_gender(officials: list[Official], gender: str,
                            models: Models) -> str | None:
    """The name of the last of ``officials`` (in text order) whose first name is of
    ``gender`` by morphology ("femn", "masc"): a personal pronoun's holder ("Министр Анна
    Гусева рассказала о планах. Она …" → Анна Гусева)."""
    return next((o.name for o in reversed(officials)
                 if _first_name_gender(o.name, models) == gender), None)


def _signed_thing(sent: Sentence, k: int) -> bool:
    """sigpool98: is the pronoun at ``k`` the subject of a passive signing, so the paper
    signed and never its signer? "Договор заключён в мае: он подписан директором центра
    Олегом Седовым и ректором Петром Гусевым" ("он" is the contract). The pronoun's
    relation is the passive subject's, or its verb is a passive form (a short participle
    the parser took for an active verb's head). Only from the parse."""
    t = sent.tokens[k]
    head = sent.tokens[t.head]
    return t.rel == "nsubj:pass" or head.feats.get("Voice") == "Pass"


def sentence_before(analysis: Analysis, sent: Sentence) -> Sentence | None:
    """The document's sentence before ``sent`` (bisect on sentence starts)."""
    k = bisect_left(sentence_starts(analysis.sentences), sent.start)
    return analysis.sentences[k - 1] if k > 0 else None


def body_antecedent(before: Sentence | None, sent: Sentence, k: int, models: Models) -> bool:
    """sig90: does the personal pronoun at ``k`` ("он"/"она") stand for a body rather than
    a person? "Таких выпускников у колледжа было немало. В прошлом году он заключил
    соглашение с обществом глухих" (the college signed, no man named before). Read
    over the sentence before and the pronoun's own words before it: a singular noun of a
    body (``ORG_HEADS``, ``BODY_HEADS``, ``PRONOUN_BODY_NOUNS``) in the pronoun's gender,
    not under a post ("директор центра" is the director's), with no person (a name or an
    animate noun) after it, and no person the subject of a clause there ("Министр Анна
    Гусева посетила администрацию района. Она подписала ..." is Гусева). Only from the
    parse and morphology."""
    gender = PRONOUN_NOUN_GENDERS.get(sent.tokens[k].text.lower())
    if gender is None:
        return False
    words: list[tuple[Sentence, int]] = []
    if before is not None:
        before = ensure_parsed(before, models)
        words = [(before, i) for i in range(len(before.tokens))]
    words += [(sent, i) for i in range(k)]
    body = False
    for where, i in words:
        t = where.tokens[i]
        if t.pos not in {"NOUN", "PROPN"}:
            continue
        if t.feats.get("Animacy") == "Anim":
            if t.rel in SUBJECT_RELATIONS or _subject_name(where, i):
                return False  # a person told as a clause's subject
            body = False  # a person after the body: the nearer one
            continue
        h = t.head
        if t.lemma in ORG_HEADS | BODY_HEADS | PRONOUN_BODY_NOUNS and \
                t.feats.get("Gender") == gender and t.feats.get("Number") == "Sing" and \
                not (0 <= h < len(where.tokens) and where.tokens[h].pos == "NOUN" and
                     where.tokens[h].feats.get("Animacy") == "Anim"):
            body = True
    return body


def _subject_name(sent: Sentence, i: int) -> bool:
    """sig90: is the name part at ``i`` inside a subject's group (a name apposed to a
    post, the parts of a name): "Министр Анна Гусева посетила ..."?"""
    toks = sent.tokens
    for _ in range(4):
        if toks[i].rel in SUBJECT_RELATIONS:
            return True
        if toks[i].rel not in NAME_GROUP_RELATIONS or not 0 <= toks[i].head < len(toks):
            return False
        i = toks[i].head
    return False


def _signs(sent: Sentence, v: int) -> bool:
    """Is the word at ``v`` a signing: a signing word, or a verb whose object is a
    signature ("Она и поставила подпись под соглашением", sig26)? From the parse."""
    toks = sent.tokens
    return toks[v].lemma in SIGNING_HEADS or toks[v].pos == "VERB" and any(
        toks[c].rel == "obj" and toks[c].lemma in SIGNATURE_WORDS for c in sent.children(v))


def both_post_holders(sent: Sentence, officials: list[Official], models: Models) -> list[str]:
    """Two signers counted by their common post, named before with it: "Министр Анна
    Гусева приняла министра Петра Сухова. ... Документ подписали оба министра" → both;
    "Подписи поставили главы обоих ведомств" → the two heads of bodies; "Губернаторы
    скрепили документ подписями" (a plural post with no name). "оба"/"обе" counts the post
    (or the bodies under a head word), or the post is a plural subject; it hangs on the
    signing, and the text names exactly two officials with that post, neither in this
    sentence. Only from the parse."""
    toks = sent.tokens
    posts = [t.head for t in toks if t.lemma in BOTH_WORDS and 0 <= t.head < len(toks)]
    posts += [k for k, t in enumerate(toks)  # "Губернаторы скрепили документ подписями"
              if t.pos == "NOUN" and t.rel == "nsubj" and t.feats.get("Number") == "Plur" and
              t.feats.get("Animacy") == "Anim" and
              not any(toks[c].pos == "PROPN" for c in sent.children(k))]
    for post in posts:
        if toks[post].feats.get("Animacy") == "Inan" and toks[post].rel == "nmod" and \
                0 <= toks[post].head < len(toks) and \
                toks[toks[post].head].lemma in GENERIC_HEADS:
            post = toks[post].head  # "главы обоих ведомств"
        if toks[post].pos != "NOUN" or not _signing_clause(sent, post):
            continue
        lemma = toks[post].lemma
        holders = [o for o in sorted(officials, key=lambda o: o.evidence.start)
                   if (heads_body(o, models) if lemma in GENERIC_HEADS else
                       (o.position or "").lower().split()[:1] == [lemma]) and
                   not named_here(sent, o.name, post)]
        found = list(dict.fromkeys(o.name for o in holders))
        return found if len(found) == 2 else []
    return []


def post_holders(sent: Sentence, officials: list[Official], models: Models,
                 analysis: Analysis | None = None) -> list[str]:
    """Signers named by post only, each the one official the text names with that post:
    "Министр труда Ирина Абрамова провела встречу ... . Документ подписали министр труда и
    директор фонда Олег Котов" → Ирина Абрамова (and Олег Котов by name elsewhere). A post
    is a singular animate noun, subject or agent of the signing verb, with no name under
    it; its lemma is the first word of exactly one official's position, leaving out those
    the sentence names ("подписала министр, с вологодской стороны — министр Пётр Сухов":
    the first minister is not Сухов). sig55: nor a post read on to a name the parser hung
    elsewhere (``name_after_post``: "подписала заместитель министра ... Анна Котова")."""
    if not officials or not any(t.lemma in SIGNING_HEADS for t in sent.tokens):
        return []
    toks = ensure_parsed(sent, models).tokens  # "Документ подписал министр труда."
    both = both_post_holders(sent, officials, models)
    if both:
        return both
    out: list[str] = pronoun_holder(sent, officials, models, analysis)
    for v, t in enumerate(toks):
        if t.lemma not in SIGNING_HEADS or t.pos not in {"VERB", "ADJ"}:
            continue
        for c in _post_nodes(sent, v):
            post = toks[c]
            if post.pos != "NOUN" or post.feats.get("Animacy") != "Anim" or \
                    post.feats.get("Number") == "Plur":
                continue
            if any(toks[x].pos == "PROPN" or toks[x].rel in {"appos", "flat:name"}
                   for x in sent.children(c)) or name_after_post(sent, c):
                continue  # "министр Иван Петров": named here, not by post only
            same = {o.name for o in officials if o.position and
                    o.position.split()[0].lower() == post.lemma and
                    not named_here(sent, o.name, c)}
            if not same and post.lemma in GENERIC_HEADS:
                same = generic_head_holders(sent, v, officials, models) or \
                    body_head_holder(sent, c, v, officials, models)  # sigD, sig62
            if len(same) == 1 and not same <= set(out):
                out += sorted(same)
    return out


def name_after_post(sent: Sentence, post: int) -> bool:
    """sig55: is the post written with its holder's name after its complements, though
    the parser hung the name elsewhere? "Соглашение скрепила подписью первый заместитель
    министра труда края Анна Котова, ..." names the deputy here: the words read
    on from the post, with no punctuation mark, conjunction or verb between, reach a
    person's name (an animate proper noun); a conjunction only inside a body's name (a
    genitive after it), quotes and brackets of a name (``POST_RUN_MARKS``); fixsig55: past
    a preposition, not a co-signer's or witness's name under a post of its own in another
    case (``_anothers_name``: "ректор в присутствии губернатора Олега Белова"). Then the post
    is not told by post only, and no other official whose post opens with the same word
    (a deputy chairman of the government who attended) is read for it. Linear in the
    sentence."""
    toks = sent.tokens
    past_adp = False
    for k in range(post + 1, len(toks)):
        t = toks[k]
        if t.pos in POST_RUN_STOPS or not t.text[:1].isalnum() and t.text not in POST_RUN_MARKS:
            return False
        if t.pos == "CCONJ" and (k + 1 >= len(toks) or toks[k + 1].feats.get("Case") != "Gen"):
            return False  # "министр труда и директор фонда X": two posts; "труда и
            # социальной защиты": one body's name
        if t.pos == "PROPN" and t.feats.get("Animacy") == "Anim" and t.text[:1].isupper() \
                and t.text.isalpha() and len(t.text) > 1 and not named_for(toks, k) and \
                not (past_adp and _anothers_name(toks, k, post)):
            return True
        past_adp = past_adp or t.pos == "ADP"
    return False


def _anothers_name(toks: list[Token], k: int, post: int) -> bool:
    """fixsig55: is the name at k, read past a preposition, another person's, the holder of
    a post of its own? It follows an animate noun in its own case (over the name's earlier
    words), and that case is not the post's: "министр вместе с ректором Иваном Котовым",
    "ректор в присутствии губернатора Олега Белова" (a co-signer, a witness). A name in the
    post's case, or after a body's name ("управляющий отделением по области Смирнова
    Е.А.", the surname's case read either way), is still the post's. Either case unknown:
    no."""
    case, own = toks[k].feats.get("Case"), toks[post].feats.get("Case")
    if case is None or own is None or case == own:
        return False
    j = k - 1
    while j > post and toks[j].pos == "PROPN":
        j -= 1
    return toks[j].pos == "NOUN" and toks[j].feats.get("Animacy") == "Anim" and \
        toks[j].feats.get("Case") == case



def named_for(toks: list[Token], k: int) -> bool:
    """sig55: is the name at k a body's namesake ("университет имени Ломоносова", "имени
    М.К. Аммосова"), read back over the name's words and initials to "имени"?"""
    j = k - 1
    while j >= 0 and (toks[j].pos == "PROPN" or toks[j].text in {".", "-"}):
        j -= 1
    return j >= 0 and toks[j].lemma == "имя" and toks[j].feats.get("Case") == "Gen"


def holds_post(official: Official, words: set[str]) -> bool:
    """Does the official's position open with the post (its lemma or form in ``words``)?
    sig47: a minister is also the head of a ministry named by a generic head post: "глава
    регионального минтруда Ярослав Фролов" holds the post "министр"."""
    position = (official.position or "").lower().split()
    if not position:
        return False
    if position[0] in words:
        return True
    if "министр" not in words or position[0] not in GENERIC_HEAD_POSTS:
        return False
    # the body the head post governs: its first noun after any adjectives ("глава
    # регионального минтруда"), else the organisation's ("глава" of "Минтруд"); "глава
    # отдела министерства" heads a department, not the ministry
    body = [w for w in position[1:] if not w.endswith(ADJECTIVE_GENITIVE)] or \
        _own_region_dropped((official.organization or "").lower().split())
    return bool(body) and (body[0].startswith("министерств")
                          or ministry_abbreviation(body[0]) is not None
                          or _ministry_stem(body[0]))


_MINISTRY_SHORT_STEMS = frozenset(names.stem(w) for w in MINISTRY_ABBREVIATIONS)


def _own_region_dropped(words: list[str]) -> list[str]:
    """signers67: an organisation's words with the own region's adjectives before its
    noun left out (``normalize.OWN_REGION_STEMS``, by ``stem5``: any case and gender, ё as
    е): "краевое минсоцразвитие" → "минсоцразвитие", so that the noun after the adjective
    says what body the head post governs."""
    i = 0
    while i < len(words) - 1 and stem5(words[i]) in OWN_REGION_STEMS:
        i += 1
    return words[i:]


def ministry_named(official: Official) -> bool:
    """signers67: is the official's organisation a ministry told by its short name, the own
    region's adjective maybe before it ("областной Минздрав", "Минтруд")? Read by
    ``signer_posts.other_ministry``."""
    words = _own_region_dropped((official.organization or "").lower().split())
    return len(words) == 1 and (ministry_abbreviation(words[0]) is not None or
                                _ministry_stem(words[0]))


def _ministry_stem(word: str) -> bool:
    """signers67: is the word a ministry's short name (``normalize.MINISTRY_ABBREVIATIONS``,
    the class of them) in any form the stem keeps, a nominative the lemmatiser makes of an
    indeclinable one too ("Минсоцразвития" lemmatised "минсоцразвитие")?"""
    return names.stem(word) in _MINISTRY_SHORT_STEMS


def named_next_holders(analysis: Analysis, sent: Sentence,
                       officials: list[Official], reach: int = NAMED_NEXT_REACH) -> list[str]:
    """sig44: signers a sentence of signing names by post only, each named in full with
    that post in the sentences right after it: "Со стороны департамента подпись под
    соглашением поставил его директор, со стороны Отделения — управляющий. Директор
    департамента Игорь Рахманов пояснил ... Управляющий Отделением Наиля Габдуллина
    добавила ..." → both, whoever else of the text holds such a post (a "директор
    департамента дорожной инфраструктуры" told earlier). The posts are the bare animate
    singular nouns of the signing's subject (``_post_nodes``) and the posts in apposition
    to them (the second side's, after a dash); each one's holder is the first official
    after the sentence, within NAMED_NEXT_REACH sentences, whose position opens with that
    post and who is not taken yet. All the posts or none: a post with no holder named
    next leaves the signing to the other rules. Only from the parse."""
    toks = sent.tokens
    posts: list[int] = []
    for v in range(len(toks)):
        if not _signs(sent, v):
            continue
        for c in _post_nodes(sent, v):
            posts += [c] + [x for x in sent.children(c) if toks[x].rel == "appos"]
    bare = [c for c in dict.fromkeys(posts) if toks[c].pos == "NOUN" and
            toks[c].feats.get("Animacy") == "Anim" and toks[c].feats.get("Number") != "Plur"
            and not any(toks[x].pos == "PROPN" or toks[x].rel == "flat:name"
                        for x in sent.children(c))]
    if not bare:
        return []
    end = sent.stop
    later: Sentence | None = sent
    for _ in range(reach):
        later = next_sentence(analysis, later) if later is not None else None
        if later is not None:
            end = later.stop
    told = [o for o in sorted(officials, key=lambda o: o.evidence.start)
            if sent.stop <= o.evidence.start < end and o.position]
    out: list[str] = []
    for c in bare:
        words = {toks[c].lemma, toks[c].text.lower()}
        holder = next((o.name for o in told if o.name not in out and holds_post(o, words)),
                      None)
        if holder is None:
            return []
        out.append(holder)
    return out


def generic_head_holders(sent: Sentence, verb: int, officials: list[Official],
                         models: Models) -> set[str]:
    """The one official a bare generic head stands for: "С пензенской стороны документ
    подписала глава ведомства" → the official named elsewhere in the text who heads a body
    (``heads_body``) of the side the sentence names by its adjective ("пензенской" in
    the organisation "Министерство ... Пензенской области") and whose first name has the
    gender of the past-tense verb. Nothing unless exactly one is left (sigD)."""
    toks = sent.tokens
    heads = [o for o in officials if heads_body(o, models) and o.organization]
    sides = [toks[c].text.lower()[:SIDE_STEM] for k, t in enumerate(toks)
             if t.lemma == "сторона" for c in sent.children(k) if toks[c].pos == "ADJ"]
    if not sides:
        return set()
    heads = [o for o in heads if any(st in (o.organization or "").lower() for st in sides)]
    gender = {"Fem": "femn", "Masc": "masc"}.get(toks[verb].feats.get("Gender") or "")
    if gender:
        heads = [o for o in heads if _first_name_gender(o.name, models) in {gender, None}]
    found = {o.name for o in heads}
    return found if len(found) == 1 else set()


def body_head_holder(sent: Sentence, post: int, verb: int, officials: list[Official],
                     models: Models) -> set[str]:
    """sig62: the one official a generic head of a body named by its kind alone stands
    for: "Министр ... Максим Терентьев провёл совещание. На следующий день глава
    ведомства подписал соглашение с ООО «X»" → Терентьев. The post at ``post`` is a
    generic head ("глава", "руководитель") whose genitive is a body word with nothing of
    its own under it ("ведомства", "министерства"); the holder is the official named
    before who heads a body (``heads_body``) of that kind (any government body for
    "ведомство"), whose first name has the gender of the past-tense verb. Nothing unless
    exactly one is left."""
    toks = sent.tokens
    kinds = [toks[c].lemma for c in sent.children(post) if toks[c].lemma in ANAPHORIC_BODIES
             and toks[c].feats.get("Case") == "Gen" and not sent.children(c)]
    if toks[post].lemma not in GENERIC_HEADS or len(kinds) != 1:
        return set()
    bodies = ANAPHORIC_BODIES - {BODY_KIND_ANY} if kinds[0] == BODY_KIND_ANY else {kinds[0]}
    gender = {"Fem": "femn", "Masc": "masc"}.get(toks[verb].feats.get("Gender") or "")
    found = {o.name for o in officials
             if o.evidence.start < sent.start and heads_body(o, models) and
             (o.organization or "").split()[:1] and
             (o.organization or "").split()[0].lower() in bodies and
             (not gender or _first_name_gender(o.name, models) in {gender, None})}
    return found if len(found) == 1 else set()


def aside_of_signing(analysis: Analysis, sent: Sentence, agreement_lemma: str) -> bool:
    """A sentence between a signing and the one naming its signers that tells something
    else of the same document and signs nothing: "Соглашение рассчитано на пять лет." No
    signing word, no agreement noun but the one signed, and no person but one who only
    tells of it (``teller``; another may have signed something else: "Губернатор Олег
    Мельниченко поблагодарил ..."). sig46: a lone word the NER tagged a person in the
    locative is none (``lone_locative``: "... в Шарканском, Кизнерском и Увинском")."""
    if any(not teller(sent, p) and not lone_locative(sent, p, analysis.read_by())
           for p in persons_in(analysis, sent)):
        return False
    if tells_other_paper(sent):
        return False  # "Губернатор утвердил программу.": "документ" may be that one
    return not any(t.lemma in SIGNING_HEADS or t.lemma in SIGNER_WORDS or
                   t.lemma in AGREEMENT_NOUNS and t.lemma != agreement_lemma
                   for t in sent.tokens)


def tells_other_paper(sent: Sentence, *, made: bool = False, ahead: bool = False,
                      papers: Collection[str] = OTHER_PAPERS, anywhere: bool = False) -> bool:
    """Does the sentence tell of another paper (``other_paper``: a word of ``papers``, no
    topic after a preposition), one a bare "документ" after it may mean: "Губернатор
    утвердил региональную программу"? Not when it tells only what is to come
    (``told_ahead``: "Университет откроет новую программу" makes no paper yet), unless
    ``ahead``. With ``made``, only a paper in the nominative or accusative
    (``PAPER_CASES``), the subject or object of its verb: "Центр молодёжных программ" and
    "в рамках реализации программы" name a body and a topic, no paper made. tidy54: the
    one reading of ``aside_of_signing`` (no signer read past such a sentence, any case:
    "Глава рассказал о ходе программы." stops it, as before tidy54) and
    ``signer_later._past_paper`` (no record left open past it; ``made``); tidy55: and of
    ``plan_signers._story_planned`` (``made``, ``ahead``, the papers of
    ``lexicon_plans.STORY_OTHER_PAPERS``: "Также администрация заключит контракт на
    ремонт дороги. Его подпишет глава района" — a plan's story is told ahead, so a paper
    to come is another paper there). fixagr55: with ``anywhere`` (``_story_planned``'s own
    reading, as before tidy55), a noun of ``papers`` is a paper after a preposition too
    ("Мероприятия войдут в план на год"), and only a noun (``other_paper`` not read)."""
    if not ahead and told_ahead(sent):
        return False
    toks = sent.tokens
    if anywhere:
        return any(t.lemma in papers and t.pos == "NOUN" and
                   (not made or t.feats.get("Case") in PAPER_CASES) for t in toks)
    return any((not made or toks[i].feats.get("Case") in PAPER_CASES) and
               other_paper(sent, i, papers) for i in range(len(toks)))


def lone_locative(sent: Sentence, span: NerSpan, models: Models) -> bool:
    """sig46: is the person's span one word every dictionary reading of which is in the
    locative, a district's adjective the NER took for a name ("сёла в Шарканском и
    Увинском" → "Увинском")? No one signs in the locative."""
    toks = _span_tokens(sent, span)
    if len(toks) != 1:
        return False
    readings = models.parse(toks[0].text)
    return bool(readings) and all(str(p.tag.case) in LOCATIVE_CASES for p in readings)


def told_ahead(sent: Sentence) -> bool:
    """sig52: does the sentence tell only what is to come, every finite verb of it in the
    future tense (morphology)? A paper it names is still to be made, so "документ" signed
    in the next sentence cannot be that one: "Университет откроет магистерскую программу,
    а министерство предоставит базы практики. Документ подписали министр X и ректор Y."
    """
    verbs = [t for t in sent.tokens if t.feats.get("VerbForm") == "Fin"]
    return bool(verbs) and all(future_word(t) for t in verbs)


def signed_while_speaking(sent: Sentence, span: NerSpan) -> bool:
    """The one who speaks and signs: "«...», — отметил министр Юрий Зайцев, подписав
    соглашение": the gerund of signing hangs on the verb whose subject the name is (or
    on the name's own clause), so the speaker is a signer, not a mere reporter; or a
    participle of signing describes the speaker (``described_as_signer``)."""
    inside = _parsed(sent, span)
    if not inside:
        return False
    toks = sent.tokens
    if described_as_signer(sent, inside[0]) or relative_signer(sent, span):  # sig65
        return True
    after = inside[-1] + 2  # sig54: "..., — сказала министр X, поставившая подпись под ..."
    if after < len(toks) and _signing_participle(sent, after) and \
            _apposed_participle(sent, inside, after):
        return True
    verb = _subject_verb(sent, inside[0], {"nsubj"})
    if verb is None:
        return False
    # the parser may hang the gerund on the quote the report verb is a parataxis of
    heads = [verb] + ([toks[verb].head] if toks[verb].rel == "parataxis" else [])
    return any(toks[c].lemma in SIGNING_HEADS and toks[c].feats.get("VerbForm") == "Conv"
               for h in heads if h >= 0 for c in sent.children(h))


def described_as_signer(sent: Sentence, k: int) -> bool:
    """sig36: a participle of signing describes the person at token ``k`` or the post the
    name is apposed to: "— сказала министр Светлана Кривошеева, подписавшая документ
    вместе с карельским коллегой", "— отметил подписавший соглашение министр Юрий Зайцев".
    From the name up through its name relations (at most four steps) to the post; a
    participle as a modifier (``acl``/``amod``) under any of them. Only from the parse.
    sig62: a participle describes a noun of its own number; a plural one the parser hung
    on a singular post describes something else ("Заместитель губернатора Ольга Гусева
    подчеркнула, что все соглашения, заключённые на форуме, ...": the agreements)."""
    toks = sent.tokens
    nodes = [k]
    for _ in range(4):
        t = toks[nodes[-1]]
        if t.rel not in {"flat:name", "appos"} or not 0 <= t.head < len(toks):
            break
        nodes.append(t.head)
    return any(toks[c].lemma in SIGNING_HEADS and toks[c].feats.get("VerbForm") == "Part"
               and toks[c].rel in {"acl", "amod"} and toks[c].feats.get("Voice") != "Pass"
               and _same_number(toks[c], toks[n])
               for n in nodes for c in sent.children(n))


def _same_number(a: Token, b: Token) -> bool:
    """Do two words agree in number, or does either lack it?"""
    x, y = a.feats.get("Number"), b.feats.get("Number")
    return x is None or y is None or x == y


def relative_signer(sent: Sentence, span: NerSpan) -> bool:
    """sig65: a relative clause of signing describes the person named right before it:
    "«...», — заявил председатель фонда Глеб Сорокин, который поставил подпись под
    документом со стороны фонда" (the speaker signed, as with a participle,
    ``described_as_signer``). ", который" (in the nominative, of the name's number) right
    after the name, and its verb a past signing or the putting of a signature
    (``_signs``), not of another paper ("который подписал указ"). From word order, the
    parse and morphology."""
    inside = _parsed(sent, span)
    if not inside:
        return False
    toks = sent.tokens
    last = inside[-1]
    rel = last + 2
    if rel >= len(toks) or toks[last + 1].text != "," or \
            toks[rel].lemma not in RELATIVE_PRONOUNS or \
            toks[rel].feats.get("Case") != "Nom" or not _same_number(toks[rel], toks[last]):
        return False
    v = toks[rel].head
    return 0 <= v < len(toks) and v > rel and toks[v].feats.get("Tense") == "Past" and \
        _signs(sent, v) and not any(other_paper(sent, c) for c in sent.children(v))


def participle_signers(analysis: Analysis, sent: Sentence, k: int) -> list[NerSpan]:
    """sig54: the persons an active participle of signing whose object is the agreement noun
    at ``k`` describes (``described_as_signer``): "«...», — сказал проректор Иван Седов,
    подписавший соглашение по доверенности ректора" → Седов signed the agreement the noun
    takes up. Only from the parse; the participle must govern this very noun."""
    if not sent.parsed:
        return []
    toks = sent.tokens
    h = toks[k].head
    if toks[k].rel != "obj" or not 0 <= h < len(toks) or toks[h].lemma not in SIGNING_HEADS \
            or toks[h].feats.get("VerbForm") != "Part":
        return []
    found = []
    for span in persons_in(analysis, sent):
        inside = _inside(sent, span)
        if inside and (described_as_signer(sent, inside[0]) and
                       _described_by(sent, inside[0], h) or _apposed_participle(sent, inside, h)):
            found.append(span)
    return found


def _signing_participle(sent: Sentence, j: int) -> bool:
    """sig54: is the word at ``j`` an active participle of signing, or of putting the
    signature that is its object ("подписавший", "поставившая подпись")?"""
    t = sent.tokens[j]
    return t.feats.get("VerbForm") == "Part" and t.feats.get("Voice") != "Pass" and \
        _signs(sent, j)


def _apposed_participle(sent: Sentence, inside: list[int], part: int) -> bool:
    """The participle at ``part`` stands right after the name, a comma between, and agrees
    with the name's last word in case, number and gender: "..., — сказал проректор Иван
    Седов, подписавший соглашение" describes Седов whatever word the parser hung it on.
    From word order and morphology."""
    toks = sent.tokens
    last = inside[-1]
    if part != last + 2 or toks[last + 1].text != ",":
        return False
    name, p = toks[last].feats, toks[part].feats
    return all(name.get(f) is not None and name.get(f) == p.get(f)
               for f in ("Case", "Number")) and \
        (name.get("Number") == "Plur" or name.get("Gender") == p.get("Gender"))


def _described_by(sent: Sentence, k: int, part: int) -> bool:
    """Does the participle at ``part`` hang on the name at token ``k`` or on a node its name
    relations climb to (at most four steps, as ``described_as_signer`` climbs)?"""
    toks = sent.tokens
    node = k
    for _ in range(5):
        if toks[part].head == node:
            return True
        t = toks[node]
        if t.rel not in {"flat:name", "appos"} or not 0 <= t.head < len(toks):
            return False
        node = t.head
    return False


def guest(sent: Sentence, span: NerSpan) -> bool:
    """A person named as a guest of a signing, not a signer: "На церемонии присутствовал
    заместитель губернатора Алексей Петров", "В подписании принял участие сенатор Иван
    Орлов", "На церемонии выступил губернатор Олег Котов" (sigD: one who speaks there); or
    one who only tells of it (``teller``). From the name up through its post to the
    subject, whose verb is one of attending or speaking or has "участие" as its object
    (``attending_verb``). Only from the parse."""
    inside = _parsed(sent, span)
    if not inside:
        return False
    if teller(sent, span) or _attendance_climb(sent, inside[0]):
        return True
    verb = _subject_verb(sent, inside[0], {"nsubj", "nsubj:pass"})
    return verb is not None and attending_verb(sent, verb)


def _signing_clause_verb(sent: Sentence, v: int) -> bool:
    """sig48: does the verb at ``v`` sign: a signing verb ("подписал") or a verb whose
    object is a signature ("поставил подпись")?"""
    toks = sent.tokens
    return toks[v].pos == "VERB" and (toks[v].lemma in SIGNER_WORDS or any(
        toks[c].lemma in SIGNATURE_WORDS and toks[c].rel == "obj" for c in sent.children(v)))


def attending_verb(sent: Sentence, v: int) -> bool:
    """rev49: the one reader of a person who only attended or spoke at the occasion, not
    signed: is the word at ``v`` (her subject's verb) one of attending or speaking
    ("присутствовал", "участвовала", "выступил"; ``GUEST_WORDS``, ``SPEAKER_WORDS``), or
    has it "участие" among its dependents ("приняла участие")? "На церемонии присутствовал
    заместитель губернатора Алексей Петров", "Во встрече приняла участие министр Анна
    Орлова" → yes; "Соглашение подписал министр Олег Котов" → no. Read by ``guest`` (the
    verb of the name's subject, whatever its part of speech) and by sig48's
    ``guest_beside_signer`` and ``_subjectless_attending_before`` (a verb). Only from the
    parse."""
    toks = sent.tokens
    return toks[v].lemma in GUEST_WORDS | SPEAKER_WORDS or any(
        toks[c].lemma in GUEST_WORDS for c in sent.children(v))


def _subjectless_attending_before(sent: Sentence, k: int, verb: int) -> int | None:
    """sig48: the parser's slip over a subject put after its verb: in "Во встрече приняла
    участие министр Анна Орлова, однако подпись поставил её заместитель Олег Сомов" it
    hangs "министр" on "поставил" as a second subject. The name's group (from token ``k``)
    is then the subject of the verb of attending just before it: that verb has no subject
    of its own, every word between it and the group is its own (its object, its place),
    a comma parts the group from the signing verb's other subject, and the signing verb
    comes after that comma. That verb, or None."""
    toks = sent.tokens
    top = climb(sent, k, NAME_GROUP_RELATIONS - {"nsubj", "nsubj:pass"}, limit=3)[-1]
    others = [c for c in sent.children(verb)
              if toks[c].rel in {"nsubj", "nsubj:pass"} and c != top]
    if not others or verb < top or not any(
            t.text == "," for t in toks[top:min(verb, *others)]):
        return None
    group = set(subtree(sent, top))
    first = min(group)
    att = first - 1
    while att >= 0 and toks[att].pos != "VERB":
        att -= 1
    if att < 0 or not attending_verb(sent, att) or any(
            toks[c].rel in {"nsubj", "nsubj:pass"} for c in sent.children(att)):
        return None
    between = range(att + 1, first)
    owned = {x for c in sent.children(att) for x in subtree(sent, c)}
    return att if all(i in owned for i in between) else None


def guest_beside_signer(sent: Sentence, span: NerSpan) -> bool:
    """sig48: one told attending or speaking (the subject of a verb of ``attending_verb``) in a
    sentence whose other clause signs with a subject of its own does not sign: "Во
    встрече приняла участие министр Анна Орлова, однако подпись под документом поставил
    её первый заместитель Олег Сомов"
    (the deputy signed for his chief). The name's own verb is one of attending or
    speaking (or has "участие" as its object), is no signing one and has no signing verb
    among its conjuncts ("приняли участие в форуме и подписали соглашение" keeps both),
    and another verb of the sentence signs with its own subject. Only from the parse."""
    inside = _parsed(sent, span, _inside)
    if not inside:
        return False
    toks = sent.tokens
    verb = _subject_verb(sent, inside[0], {"nsubj", "nsubj:pass"})
    if verb is not None and _signing_clause_verb(sent, verb):
        verb = _subjectless_attending_before(sent, inside[0], verb)
    if verb is None or toks[verb].pos != "VERB" or not attending_verb(sent, verb):
        return False  # not ``teller``: a signer's name the parser hung on "сообщил" after it
    own = {verb, *(c for c in sent.children(verb) if toks[c].rel == "conj")}
    if toks[verb].rel == "conj" and 0 <= toks[verb].head < len(toks):
        own.add(toks[verb].head)
    if any(_signing_clause_verb(sent, v) for v in own):
        return False
    return any(v not in own and _signing_clause_verb(sent, v) and any(
        toks[c].rel in {"nsubj", "nsubj:pass"} for c in sent.children(v))
        for v in range(len(toks)))


def verbless_mention(sent: Sentence, span: NerSpan) -> bool:
    """sig91: a person named in a sentence with no verb does nothing of the occasion when
    the name is in an oblique case, a broadcast's hand-over to its reporter ("Подробности
    — у корреспондента Анны Лисиной", "Слово — нашему корреспонденту Ивану Орлову") or a
    credit ("Фото Ольги Седых"), or when the sentence is a speaker's label alone, the words
    that follow it on their own line (``turns.label_alone``: "Анна ЛИСИНА, директор фонда
    «Опора»:"). No verb, auxiliary or participle in the sentence; a verbless "Со стороны
    фонда — директор Анна Смирнова" names its signer in the nominative, and is no label."""
    if any(t.pos in {"VERB", "AUX"} for t in sent.tokens):
        return False
    if label_alone(sent) is not None:
        return True
    inside = _inside(sent, span)
    return bool(inside) and all(sent.tokens[i].feats.get("Case") not in {None, "Nom"}
                                for i in inside if sent.tokens[i].pos in {"PROPN", "NOUN"})


def attendance_genitive(sent: Sentence, span: NerSpan) -> bool:
    """sig50: a person in the genitive of a noun of attendance is a guest of the occasion,
    however far the list runs: "Церемония прошла в присутствии губернатора области Андрея
    Селиванова и заместителя министра труда Ольги Кравцовой" (both attend). From the name up
    through its post, apposition and conjuncts (``NAME_GROUP_RELATIONS``, at most
    ``ATTENDANCE_CLIMB`` steps) to an ``nmod`` of "присутствие" or "участие". Only from the
    parse."""
    inside = _parsed(sent, span)
    return bool(inside) and _attendance_climb(sent, inside[0])


def _attendance_climb(sent: Sentence, k: int) -> bool:
    """From token ``k`` of a name up to an ``nmod`` of a noun of attendance."""
    toks = sent.tokens
    path = climb(sent, k, NAME_GROUP_RELATIONS | {"nmod"}, limit=ATTENDANCE_CLIMB)
    return any(toks[k].rel == "nmod" and 0 <= toks[k].head < len(toks) and
               toks[toks[k].head].lemma in ATTENDANCE_WORDS for k in path)


def teller(sent: Sentence, span: NerSpan) -> bool:
    """A person who only tells of the document in a sentence that signs nothing: "Как
    рассказал журналистам министр Анна Гусева, документ рассчитан на три года", "По
    словам министра Анны Гусевой, ...". The name, through its post, is the subject of a
    reporting verb or hangs on "слово" of "по словам". The caller checks that the
    sentence has no word of signing. Only from the parse."""
    nodes = _parsed(sent, span, _group_nodes)
    if not nodes:
        return False
    toks = sent.tokens
    top = toks[nodes[-1]]
    if not 0 <= top.head < len(toks):
        return False
    head = toks[top.head]
    return top.rel == "nsubj" and head.lemma in REPORT_VERBS or \
        top.rel == "nmod" and head.lemma in SAYING_NOUNS


def collective_reference(sent: Sentence, documents: frozenset[str]) -> bool:
    """A signing that refers back to several documents at once: "Все четыре документа со
    стороны области подписала директор ...", "Оба соглашения подписал министр ...". A
    document noun of the signing sentence has "все"/"оба" or a numeral of two or more
    under it; or, plural, it is what one person signed (``one_signs_many``). Only from
    the parse."""
    toks = sent.tokens
    if not sent.parsed or not any(t.lemma in SIGNING_HEADS for t in toks):
        return False
    for i, t in enumerate(toks):
        if t.lemma not in documents or t.pos not in {"NOUN", "PROPN"}:
            continue
        if one_signs_many(sent, i):
            return True
        for c in sent.children(i):
            d = toks[c]
            if d.lemma in COLLECTIVE_WORDS or d.text.lower() in COLLECTIVE_WORDS:
                return True
            if d.pos == "NUM" and d.lemma not in ONE_WORDS:
                return True
    return False


def several_told(sent: Sentence, k: int) -> bool:
    """sig57: is the plural document noun at ``k`` a back reference to several agreements
    told before ("«Мы специально собрали эти три соглашения в один пакет», — пояснила
    министр", "оба документа", "все эти соглашения"): a demonstrative or "все"/"оба" under
    it or under its numeral (a bare numeral, "подписали три соглашения", may tell a
    signing of its own)? Such a clause tells of agreements already reported, so the one
    who says it adds neither herself nor her body to the agreement told next. Read from
    the parse or, unparsed, from the two words before the noun."""
    toks = sent.tokens
    if not 0 <= k < len(toks):
        return False
    kids = sent.children(k) if sent.parsed else list(range(max(0, k - 2), k))
    # "эти три соглашения": the parser may hang the demonstrative on the numeral
    near = [toks[c] for c in kids] + [toks[g] for c in kids if toks[c].pos == "NUM"
                                      for g in sent.children(c)]
    counted = any(d.pos == "NUM" and d.lemma not in ONE_WORDS for d in near)
    if toks[k].feats.get("Number") != "Plur" and not counted:  # "три соглашения": Gen Sing
        return False
    return any(d.lemma in BACK_DETERMINERS for d in near) or \
        any(d.lemma in COLLECTIVE_WORDS or d.text.lower() in COLLECTIVE_WORDS for d in near)


def items_run_end(analysis: Analysis, m: int) -> int:
    """The last sentence of the paragraphs after sentence ``m`` that tell documents one
    by one, one paragraph each: "Все документы от имени министерства подписал министр X.
    \nСоглашение с университетом касается ...\nС магаданскими коллегами министерство
    договорилось ... Подпись под документом поставила ...\nЧетвертый документ — с ООО
    ..." (sig44). Each paragraph of the run names a document or a signing
    (``COLLECTIVE_DOCUMENTS``, ``SIGNING_HEADS``, ``SIGNATURE_WORDS``); the first that names
    none ends it, and so does the ``ITEM_PARAGRAPHS``-th. ``m`` itself when its own
    paragraph runs on to the end. Bounded: at most ITEM_PARAGRAPHS paragraphs and
    ITEM_SENTENCES sentences are read, so a page without paragraph breaks stays linear."""
    sents = analysis.sentences
    text = analysis.text
    last = m
    paragraphs = 0
    telling = False
    for n in range(m + 1, min(len(sents), m + 1 + ITEM_SENTENCES)):
        if "\n" in text[sents[n - 1].stop:sents[n].start]:  # a new paragraph
            if paragraphs and not telling or paragraphs == ITEM_PARAGRAPHS:
                break
            paragraphs += 1
            telling = False
        elif not paragraphs:
            continue  # the rest of the collective sentence's own paragraph
        if any(t.lemma in COLLECTIVE_DOCUMENTS or t.lemma in SIGNING_HEADS or
               t.lemma in SIGNATURE_WORDS for t in sents[n].tokens):
            telling = True
        if telling:
            last = n
    return last


def one_signs_many(sent: Sentence, i: int) -> bool:
    """sig44: is the plural document noun at ``i`` the object of a signing verb whose
    subject is one person, so that she signed each of them: "Документы о квотировании
    рабочих мест со стороны управления подписала его начальник Светлана Мельникова" (the
    three agreements told before and after)? The verb singular, its nominal subject an
    animate singular noun or a person's name. "Соглашения подписали министры" (a plural
    subject) may pair each document with its own signers. Only from the parse."""
    toks = sent.tokens
    t = toks[i]
    h = t.head
    if t.feats.get("Number") != "Plur" or t.rel not in {"obj", "nsubj:pass"} or \
            not 0 <= h < len(toks) or toks[h].lemma not in SIGNING_HEADS or \
            toks[h].pos != "VERB" or toks[h].feats.get("Number") != "Sing":
        return False
    return any(toks[c].rel == "nsubj" and toks[c].feats.get("Number") == "Sing" and
               (toks[c].feats.get("Animacy") == "Anim" or toks[c].pos == "PROPN")
               for c in sent.children(h))


def turn_speaker(analysis: Analysis, sent: Sentence, officials: list[Official]) -> Official | None:
    """The official who speaks a sentence of a transcript: the one whose surname opens
    the nearest speaker's label before it ("КРУГЛОВА Е.В.: ... На прошлой неделе мы
    подписали ..."), the label's line or a line after it up to the next label
    (``turns.TurnLabels``). The officials' surname is compared whatever the letter case;
    one official exactly."""
    surname = turn_label_surname(analysis, sent.start)
    if surname is None:
        return None
    same = [o for o in officials if same_surname(o.name, surname)]
    return same[0] if len({o.name for o in same}) == 1 else None


def turn_label_surname(analysis: Analysis, at: int, reach: int | None = None) -> str | None:
    """The surname of the transcript's label whose turn holds offset ``at`` (within
    ``reach`` characters back when given): the document's labels are read once."""
    return _index(analysis).labels.before(at, reach)


def heads_body(official: Official, models: Models) -> bool:
    """Does the official head the body she speaks for ("министр", "директор департамента"),
    so that "мы подписали" in her words was signed by her? sig56: a qualifying adjective
    may stand before the head post ("генеральный директор", "исполнительный директор"),
    read by morphology; "заместитель директора" heads nothing (the post is the first noun)."""
    words = (official.position or "").lower().split()
    if not words:
        return False
    if words[0] in HEAD_POSTS:
        return True
    return len(words) >= 2 and words[1] in HEAD_POSTS and _qualifier(words[0], models)


@lru_cache(maxsize=4096)
def _qualifier(word: str, models: Models) -> bool:
    """sig56: is the word, by its first dictionary reading, a full adjective in the
    nominative ("генеральный", "исполнительный"), not a noun that is a post's own head
    ("заместитель")?"""
    parses = models.parse(word)
    return bool(parses) and "ADJF" in parses[0].tag and "nomn" in parses[0].tag


def bare_signature(sent: Sentence, documents: frozenset[str] | set[str]) -> bool:
    """A sentence of signatures naming no document at all, so that it can only be of the
    one signed just before: "Подписи поставили министр Светлана Гусева и министр Олег
    Дроздов.", "Автографы оставили ..."."""
    lemmas = {t.lemma for t in sent.tokens}
    return bool(lemmas & SIGNATURE_WORDS) and not lemmas & documents


def unnamed_document_signing(sent: Sentence, documents: frozenset[str] | set[str]) -> bool:
    """A sentence of signatures or of signing that names no document at all, so that it can
    only be of one signed before: signatures put (``bare_signature``, "Подписи поставили
    министр X и директор Y") or a signing verb whose clause has a subject but no object
    ("Подписали управляющий отделением Игорь Щукин и министр Елена Бахарева."). Only from
    the parse."""
    if bare_signature(sent, documents):
        return True
    toks = sent.tokens
    if not sent.parsed or any(t.lemma in documents for t in toks):
        return False
    for v, t in enumerate(toks):
        if t.lemma not in SIGNING_HEADS or t.rel != "root":
            continue
        rels = {toks[c].rel for c in sent.children(v)}
        if "nsubj" in rels and not rels & {"obj", "iobj", "xcomp", "ccomp"}:
            return True
    return False


def outer_post_name(sent: Sentence, span: NerSpan) -> bool:
    """Is the name the holder of the outer post of "post of post", though the parser hangs
    it on the inner one: "первый заместитель министра социальной защиты области И.В.
    Назаренко" names the deputy. The name is apposed to a genitive animate noun that is
    itself the dependent of another animate noun, and the name's last word is not in the
    genitive ("заместитель министра Ивана Петрова" is the minister's). The inner noun may
    be the post's body ("руководитель якутского филиала Сардана Николаева"): a body bears
    no person's name, so a name not wholly in the genitive is the post's. Only from the
    parse."""
    inside = _parsed(sent, span)
    if not inside:
        return False
    toks = sent.tokens
    k = climb(sent, inside[0], {"flat:name"}, limit=3)[-1]
    p = toks[k].head
    if toks[k].rel != "appos" or not 0 <= p < len(toks):
        return False
    q = toks[p].head
    if not (toks[p].pos == "NOUN" and toks[p].feats.get("Case") == "Gen" and
            toks[p].rel == "nmod" and 0 <= q < len(toks) and toks[q].pos == "NOUN" and
            (toks[q].feats.get("Animacy") == "Anim" or toks[q].lemma in GENERIC_HEADS)):
        return False  # sig56: "глава" the tagger may read as a chapter (inanimate)
    if toks[p].feats.get("Animacy") == "Anim":
        return toks[inside[-1]].feats.get("Case") not in {None, "Gen"}
    return toks[q].feats.get("Case") == "Nom" and \
        any(toks[j].feats.get("Case") == "Nom" for j in inside)


def partner_signer(sent: Sentence, span: NerSpan) -> bool:
    """The person one signs with: "Министр Светлана Гусева подписала соглашение о
    сотрудничестве с министром ... Олегом Дроздовым", "скрепила документ подписью вместе
    с коллегой Петром Суховым". The name, through its post, is in the instrumental with
    "с" and hangs on the signing, on the agreement noun, on the topic under it (where the
    parser may put it) or on "вместе", a few steps up. Only from the parse."""
    inside = _parsed(sent, span)
    if not inside:
        return False
    k = climb(sent, inside[0], NAME_GROUP_RELATIONS, limit=4)[-1]
    return _signing_partner(sent, k) or written_partner(sent, span)


def written_partner(sent: Sentence, span: NerSpan) -> bool:
    """far152 written_partner: a name written right after the post of the one signed with
    (an animate noun in the instrumental with "с", hung on the signing as
    ``partner_signer`` reads it), only the post's own phrase between (oblique words,
    prepositions, a body's quoted name or acronym, at most WRITTEN_POST_GAP words), is
    that post's holder however the parser hung it: "Договор министр подписала с
    председателем фонда «Светлый берег» Ларисой Олеговной Котовой" (the parser hangs the
    name on the quoted name). A name after "имени" is the institution's namesake. From
    word order and the post's parse."""
    toks = sent.tokens
    k = _token_index(sent, span.start)
    if k >= len(toks) or toks[k].start != span.start or _right_after_commemorative(toks, k):
        return False
    j = _written_post_noun(sent, k, past_deputy=False)
    return j is not None and _signing_partner(sent, j)


def _signing_partner(sent: Sentence, k: int) -> bool:
    """Is token ``k`` in the instrumental with "с" and hung on the signing, on the
    agreement noun, on the topic under it or on "вместе", a few steps up (the post or name
    of ``partner_signer``)?"""
    toks = sent.tokens
    if toks[k].feats.get("Case") != "Ins" or not any(
            toks[c].rel == "case" and toks[c].lemma in PARTNER_PREPOSITIONS
            for c in sent.children(k)):
        return False
    h = toks[k].head
    for _ in range(3):  # the verb, the noun, or the topic under the noun
        if h < 0:
            return False
        if toks[h].lemma in SIGNING_HEADS or toks[h].lemma in AGREEMENT_NOUNS:
            return True
        if toks[h].lemma not in TOGETHER_WORDS and (toks[h].pos != "NOUN" or
                                                    toks[h].rel != "nmod"):
            return False
        h = toks[h].head  # "вместе с коллегой ...": the adverb's verb
    return False


def other_paper(sent: Sentence, i: int, papers: Collection[str] = OTHER_PAPERS) -> bool:
    """Is token i another paper the text tells of, one "документ" after it may mean:
    "Губернатор утвердил региональную программу", not "обучение по программам «Горное
    дело»" (a preposition before it and its adjectives: a topic, no paper). sig49: so is
    one in the genitive under such a noun: "Стороны условились о расширении программ
    семейного отдыха" (one step of the chain, read by order). tidy55:
    ``papers`` the class read (the signers' ``OTHER_PAPERS`` unless told)."""
    toks = sent.tokens
    if toks[i].lemma not in papers:
        return False
    j = _before_modifiers(toks, i)
    if j >= 0 and toks[j].pos == "NOUN" and toks[i].feats.get("Case") == "Gen":
        j = _before_modifiers(toks, j)  # "о развитии программ": the topic's genitive
    return not (j >= 0 and toks[j].pos == "ADP")


def _before_modifiers(toks: list[Token], i: int) -> int:
    """The index of the word before token i and the adjectives, determiners and numbers
    right before it (-1 at the sentence's start)."""
    j = i - 1
    while j >= 0 and toks[j].pos in {"ADJ", "DET", "NUM"}:
        j -= 1
    return j


# sig67: a pictographic bullet (a geometric shape, a dingbat, an emoji; its variation
# selector after it) marks an item as a dash does: "▫️ глава района X;", "🔹 с фондом ..."
_LIST_MARKER = re.compile(r"\s*(?:\d{1,2}[).]|[a-zа-я]\)|[-–—•*·]|"
                          r"[\u25a0-\u25ff\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?)\s")


def list_item(sent: Sentence) -> bool:
    """Does the sentence open with a list marker: "1) с министерством ...", "— с фондом
    ...", "• с университетом ...", "▫️ с колледжем ..."?"""
    return bool(_LIST_MARKER.match(sent.text))


def separate_items(text: str, sent: Sentence, next_sent: Sentence) -> bool:
    """Are both sentences items of one list? Then whoever the next item names signed that
    item's agreement, not this one: "1) с департаментом ... о ... ; 2) с министерством ...
    (подписал министр Y)". (The list's opening line, "Подписаны соглашения:", keeps the
    first item's signer: it stands for the list until its items are agreements of their
    own.) sig68: the items of one list follow each other (``one_list``): a post opening with
    an emoji ("📝 Соглашение подписано сегодня.") over a header line and a list of its sides
    ("Стороны:" then "▪️ министерство ...") is no item of the sides' list."""
    return list_item(next_sent) and list_item(sent) and one_list(text, sent, next_sent)


def one_list(text: str, sent: Sentence, next_sent: Sentence) -> bool:
    """sig68: do the marked lines of ``sent`` and ``next_sent`` stand in one list: every line
    between them blank or opening with a list mark itself? An unmarked line between ("Стороны:",
    "Подписаны документы:") ends one list or opens another: "🔹 Соглашение заключено в
    Туле.\nУчастники:\n🔸 фонд «Заря»" holds two lists, "1) с фондом;\n\n2) с
    университетом" one. Read on the document's text ``text``, the lines between alone."""
    first = text.find("\n", sent.start, next_sent.start)
    if first < 0:
        return True
    lines = text[first + 1:text.rfind("\n", 0, next_sent.start) + 1].split("\n")
    return all(not line.strip() or _LIST_MARKER.match(line) for line in lines)


def _group_nodes(sent: Sentence, span: NerSpan) -> list[int]:
    """The name's first token and the tokens it hangs on through a name group (its post,
    the post's conjunct): "заместитель мэра Олег Сомов" → Олег, заместитель."""
    inside = _inside(sent, span)
    if not inside:
        return []
    return climb(sent, inside[0], NAME_GROUP_RELATIONS - {"conj"}, limit=3)


def _subject_of(sent: Sentence, span: NerSpan) -> tuple[list[int], int] | None:
    """The name's word group (with its post) and the verb it is the subject of, from the
    parse: "министр Инна Петрова подпишет" → the group and "подпишет". Both a signer put
    aside and one who only tells of a signing start from the clause the name heads."""
    nodes = _parsed(sent, span, _group_nodes)
    if not nodes:
        return None
    top = sent.tokens[nodes[-1]]
    if top.rel not in SUBJECT_RELATIONS or not 0 <= top.head < len(sent.tokens):
        return None
    return nodes, top.head


_SIGNING_WORDS = SIGN_VERBS | SIGNER_WORDS


def quote_teller(sent: Sentence, span: NerSpan) -> bool:
    """sig50: is the name the teller of a quote that alone tells the signing: the sentence
    opens a quote (or carries on one opened before it), the quote closes with "»" and a
    comma or dash right after it, the name and the verb it is the subject of stand after
    that close, the verb is no signing, and every word of signing stands inside the quote:
    "«Первый такой договор фонд заключил ещё в 2021 году», — прокомментировала директор
    департамента Анна Белова" (she tells of a signing, whatever her verb of telling). A
    body's name in guillemets ("«Центр «Ихлас»") closes no quote. From the parse and the
    marks."""
    found = _subject_of(sent, span)
    if found is None:
        return False
    _, verb = found
    toks = sent.tokens
    i = _token_index(sent, span.start)
    close = max((j for j in range(i) if toks[j].text == "»"), default=-1)
    if close < 0 or close + 1 >= len(toks) or toks[close + 1].text not in QUOTE_TELLING_MARKS:
        return False
    opened = sum(t.text == "«" for t in toks[:close])
    closed = sum(t.text == "»" for t in toks[:close + 1])
    if toks[0].text != "«" and opened >= closed:
        return False  # the quote neither opens the sentence nor was opened before it
    if verb <= close or toks[verb].lemma in _SIGNING_WORDS:
        return False
    signing = [j for j, t in enumerate(toks) if t.lemma in _SIGNING_WORDS]
    return bool(signing) and all(j < close for j in signing)


def reporting_subject(sent: Sentence, span: NerSpan) -> bool:
    """sig54: is the name the subject of a verb of telling ("министр Анна Петрова
    напомнила, что ...")? From the parse."""
    toks = sent.tokens
    found = _subject_of(sent, span)
    if found is not None and toks[found[1]].lemma in REPORT_VERBS:
        return True
    # the parser may lose the subject ("Открывая заседание, министр X напомнила, что"): a
    # nominative name with the verb of telling right after it
    inside = _parsed(sent, span)
    nxt = inside[-1] + 1 if inside else len(toks)
    return nxt < len(toks) and toks[inside[-1]].feats.get("Case") == "Nom" and \
        toks[nxt].lemma in REPORT_VERBS and toks[nxt].feats.get("VerbForm") == "Fin"


def reports_a_told_signing(sent: Sentence, span: NerSpan) -> bool:
    """sig62: is the name the subject of a verb of telling (``reporting_subject``) in a
    sentence that tells the signing by no finite verb, only by a participle or a noun of
    the agreement ("Ольга Гурьева подчеркнула, что все соглашения, заключённые на форуме,
    войдут в план")? Then the name tells of agreements, it signs none; one said to sign
    while speaking ("— сказал министр X, подписавший соглашение") still does
    (``signed_while_speaking``). From the parse and morphology."""
    if not reporting_subject(sent, span) or signed_while_speaking(sent, span):
        return False
    return not any(t.lemma in SIGNING_HEADS and t.pos in {"VERB", "AUX"} and
                   t.feats.get("VerbForm") in {"Fin", "Inf", "Conv"} for t in sent.tokens)


def side_on_signing_verb(sent: Sentence) -> bool:
    """sig50: a side phrase ("со стороны X") hung on a finite verb of signing anywhere in the
    sentence, not only at its start: "Директор завода был в командировке, поэтому со стороны
    предприятия документ подписал его заместитель Y". sig54: "от имени X" is such a phrase
    too, and the signature a finite verb puts (``_signs``) is a signing, the phrase hung on
    the verb or on the signature: "Ректор был в отпуске, и по его поручению подпись от имени
    вуза поставил проректор Y". Only from the parse."""
    return _side_phrase_start(sent) is not None


def _side_phrase_start(sent: Sentence) -> int | None:
    """The first token of a side phrase hung on a finite verb of signing, or None. Read once
    per sentence (the last sentence asked is remembered: the rules ask it for each person
    of one sentence in turn, and a run-on line may hold hundreds)."""
    if not sent.parsed:
        return None
    for toks, known in _SIDE_START:
        if toks is sent.tokens:
            return known
    found = _find_side_phrase_start(sent)
    _SIDE_START[:] = [(sent.tokens, found)] + _SIDE_START[:SIDE_START_KEPT - 1]
    return found


SIDE_START_KEPT = 8  # sentences (or windows of a run-on line) remembered
_SIDE_START: list[tuple[list[Token], int | None]] = []


def _find_side_phrase_start(sent: Sentence) -> int | None:
    toks = sent.tokens
    for k, t in enumerate(toks):
        if t.pos != "VERB" or t.feats.get("VerbForm") != "Fin":
            continue
        if t.lemma in SIGNER_WORDS:
            for c in sent.children(k):
                side = [x for x in range(max(0, c - 2), c + 1) if toks[x].lemma == "сторона"]
                if toks[c].rel == "obl" and side:
                    return max(0, side[0] - 1)  # "со" of "со стороны"
        if t.lemma in SIGNER_WORDS or _signs(sent, k):
            found = _on_behalf(sent, k)
            if found is not None:
                return found
    return None


def _on_behalf(sent: Sentence, v: int) -> int | None:
    """sig54: the "от" of an "от имени X" hung on the signing verb at ``v`` or on the
    signature that is its object ("подпись от имени вуза поставил ..."), or None."""
    toks = sent.tokens
    holders = [v] + [c for c in sent.children(v)
                     if toks[c].rel == "obj" and toks[c].lemma in SIGNATURE_WORDS]
    for h in holders:
        for c in sent.children(h):
            if toks[c].lemma != "имя":
                continue
            case = next((x for x in sent.children(c)
                         if toks[x].rel == "case" and toks[x].lemma == "от"), None)
            if case is not None:
                return case
    return None


def _finite_after(toks: list[Token], stop: int) -> int | None:
    """The first finite verb after token ``stop`` in the name's own clause (no comma
    between), or None."""
    for j in range(stop + 1, len(toks)):
        if toks[j].text in {",", ";", ":", "—", "–"}:
            return None
        if toks[j].pos in {"VERB", "AUX"} and toks[j].feats.get("VerbForm") == "Fin":
            return j
    return None


def _signing_with_subject(sent: Sentence, after: int) -> bool:
    """Is there, past a comma after token ``after``, a finite signing verb (or one that puts
    a signature) with a person's noun of its own as subject (animate: a post or a name,
    not "стороны" or "министерство", which may stand for the first clause's people)
    standing after ``after``? From the parse."""
    toks = sent.tokens
    comma = next((j for j in range(after + 1, len(toks)) if toks[j].text == ","), None)
    if comma is None:
        return False
    for v in range(comma + 1, len(toks)):
        t = toks[v]
        if t.pos != "VERB" or t.feats.get("VerbForm") != "Fin" or not _signs(sent, v):
            continue
        if any(c > after and toks[c].rel == "nsubj" and toks[c].pos in {"NOUN", "PROPN"}
               and toks[c].feats.get("Case") == "Nom" and
               toks[c].feats.get("Animacy") == "Anim" for c in sent.children(v)):
            return True
    return False


def away_subject(sent: Sentence, span: NerSpan) -> bool:
    """sig61: a person whose own clause tells something else (a finite verb right after
    the name, not one of signing), in a sentence whose later clause has a signing verb
    with a subject of its own, did not sign: "Министр Анна Котова в эти дни находится в
    командировке, поэтому от имени министерства документ подписал её заместитель Олег
    Лапин" → Лапин only; "Губернатор Пётр Ильин приветствовал гостей, после чего
    соглашение подписали министр X и ректор Y" → not Ильин. Needs no side phrase (the
    parser often hangs "от имени" on the first verb); a name apposed to a signing verb's
    subject ("Министр X подписала документ, а ректор Y ...") keeps its verb of signing."""
    inside = _parsed(sent, span)
    if not inside:
        return False
    toks = sent.tokens
    if toks[inside[-1]].feats.get("Case") not in {None, "Nom"}:
        return False
    v = _finite_after(toks, inside[-1])
    if v is None or toks[v].lemma in SIGNER_WORDS or _signs(sent, v):
        return False
    return _signing_with_subject(sent, v)


def charging_person(sent: Sentence, span: NerSpan) -> bool:
    """sig61: the one on whose charge, or in whose stead, another signs is no signer: "По
    поручению генерального директора Олега Рыбина документ подписал его заместитель Иван
    Сомов" → not Рыбин; "документ он подписал вместо министра Алины Котовой" → not
    Котова. The name hangs (through its post, a few steps) on "поручение" under "по", or
    has "вместо" as its post's or its own preposition; sig48: not a nominative subject
    the parser hung on the charge (``_nominative_subject``). From the parse."""
    inside = _parsed(sent, span)
    if not inside:
        return False
    toks = sent.tokens
    k = inside[0]
    for _ in range(4):
        if any(toks[c].rel == "case" and toks[c].lemma in INSTEAD_PREPOSITIONS
               for c in sent.children(k)):
            return True
        h = toks[k].head
        if not 0 <= h < len(toks) or toks[h].pos in {"VERB", "AUX"}:
            break
        if toks[h].lemma in CHARGE_NOUNS:
            return not _nominative_subject(toks[k]) and any(
                toks[c].lemma == "по" and toks[c].rel == "case" for c in sent.children(h))
        k = h
    return charge_by_order(sent, inside)


def charge_by_order(sent: Sentence, inside: list[int]) -> bool:
    """sig58: the one on whose charge another signs, read on the token order where the
    parser hangs the genitive name on the signer's post across the verb: "По поручению
    генерального директора АО «Северный литейный завод» Олега Рыбина соглашение подписал
    заместитель директора Иван Сомов" ("Олега" an apposition of "заместитель"). The name is
    in the genitive, and the words before it back to "по поручению" (``CHARGE_NOUNS`` after
    "по") are a genitive phrase: a post and its body, a quoted name (its marks paired by
    position, ``_quoted_tokens``: „…“, «…», "…"), a preposition's phrase inside it
    ("директора по кадрам"), a body in the instrumental its post governs ("управляющего
    отделением"); a verb, a comma, or a noun or adjective outside quotes in another case
    and in no preposition's phrase (an accusative object) ends it (fixsig58)."""
    toks = sent.tokens
    if toks[inside[0]].feats.get("Case") != "Gen":
        return False
    low = max(0, inside[0] - CHARGE_REACH + 1)
    quoted = _quoted_tokens(toks, low, inside[0])
    for j in range(inside[0] - 1, low - 1, -1):
        t = toks[j]
        if j in quoted:
            continue
        if t.lemma in CHARGE_NOUNS:
            return j > 0 and toks[j - 1].lemma == "по"
        if t.pos in {"VERB", "AUX"} or t.text in {",", ";", ":", "—", "–", "."} or \
                t.pos in {"NOUN", "PROPN", "ADJ"} and \
                t.feats.get("Case") not in {None, "Gen", "Ins"} and not _in_prepositional(toks, j):
            return False
    return False


def _quoted_tokens(toks: list[Token], low: int, high: int) -> set[int]:
    """fixsig58: the indexes in [low, high) of the quote marks and of the words inside
    quotes, the marks paired by position: "“" closes an open "„" and opens otherwise, a
    straight quote closes an open one and opens otherwise, "«" and "»" nest ("завода
    „Северный литейный“", "АО "Северный завод"", "фонда «Дом «Опора»»")."""
    out: set[int] = set()
    open_marks: list[str] = []
    for j in range(low, high):
        c = toks[j].text
        if c in OPENING_QUOTES + CLOSING_QUOTES + STRAIGHT_QUOTE:
            out.add(j)
            top = open_marks[-1] if open_marks else ""
            if c == "»" and top == "«" or c == "“" and top == "„" or \
                    c == "”" and top == "“" or c == STRAIGHT_QUOTE and top == STRAIGHT_QUOTE:
                open_marks.pop()
            elif c in OPENING_QUOTES or c == STRAIGHT_QUOTE:
                open_marks.append(c)
        elif open_marks:
            out.add(j)
    return out


def _in_prepositional(toks: list[Token], j: int) -> bool:
    """fixsig58: does a preposition stand before the word at ``j``, over adjectives and
    numerals only ("по кадрам", "по социальным вопросам")?"""
    for k in range(j - 1, max(-1, j - 4), -1):
        if toks[k].pos == "ADP":
            return True
        if toks[k].pos not in {"ADJ", "DET", "NUM"}:
            return False
    return False


def _nominative_subject(t: Token) -> bool:
    """sig48: a post hung as a subject in the nominative charges no one: the parser hangs
    the second signer on a charge set off by dashes ("подписали заместитель министра X —
    по поручению министра — и директор фонда Y": "директор" under "поручению"), but
    one on whose charge another signs is in the genitive."""
    return t.rel in {"nsubj", "nsubj:pass"} and t.feats.get("Case") == "Nom"


def _attributive_signing(sent: Sentence, k: int) -> bool:
    """Is the signing word at k only an attribute of a paper: a participle ("подписанный
    документ", "заключённое соглашение") hung by ``amod`` or ``acl`` on a noun that names
    no person, with no object of its own? "Пётр Гусев, подписавший документ" describes a
    signer (his signing), not a paper.

    signers73: the participle is passive (no ``Voice=Act``): an active one describes its
    agent, whatever noun the parser hangs it on: in "— отметил подписавший документ
    министр Пётр Ланин" the parser makes "подписавший" an ``amod`` of "документ", but it is
    Ланин who signed."""
    toks = sent.tokens
    t = toks[k]
    if t.rel not in {"amod", "acl"} or not (t.feats.get("VerbForm") == "Part" or t.pos == "ADJ"):
        return False
    if t.feats.get("Voice") == "Act":
        return False
    if not 0 <= t.head < len(toks) or toks[t.head].pos == "PROPN" or \
            toks[t.head].feats.get("Animacy") == "Anim":
        return False
    return not any(toks[c].rel == "obj" for c in sent.children(k))


def _exchanges_signed_copies(sent: Sentence, verb: int) -> bool:
    """signers73: is the verb at ``verb`` an exchange of copies (``COPY_EXCHANGE_VERBS``)
    whose own object, the bare instrumental of what is exchanged, is the paper a signing
    participle describes? "Министр и директор обмениваются подписанными экземплярами"
    tells the signing's scene, the exchange being its last act: its subjects signed
    (caption96's rule), they do not speak of a paper signed before. An exchange of other
    things is not it: "обменялись мнениями о подписанном соглашении" (the participle under
    another noun), "обменялись подарками после подписанного соглашения" (a noun under a
    preposition)."""
    toks = sent.tokens
    if toks[verb].lemma not in COPY_EXCHANGE_VERBS:
        return False
    for c in sent.children(verb):
        if toks[c].rel not in {"obl", "obj", "iobj"} or toks[c].pos not in {"NOUN", "PROPN"} \
                or toks[c].feats.get("Case") != "Ins" or \
                any(toks[g].rel == "case" for g in sent.children(c)):
            continue
        if any(toks[g].lemma in _SIGNING_WORDS or toks[g].lemma in SIGNING_HEADS
               for g in sent.children(c) if toks[g].rel in {"amod", "acl"}):
            return True
    return False


def signed_paper_subject(sent: Sentence, span: NerSpan) -> bool:
    """signers72 signed_paper_subject: in a sentence whose every word of signing is a
    participle describing the document ("подписанный документ", ``_attributive_signing``),
    the person who is the subject of another verb speaks of, hands over or praises a
    paper signed before, and signed nothing in that sentence: "Вице-губернатор Олег Зуев
    назвал подписанное соглашение важным шагом" → not Зуев. One of those participles is of
    signing proper (``SIGNING_HEADS``): "в продлённом документе" alone (an extension, read
    as a signing elsewhere) is left to the readers as before. The signing's own people
    stand under the participle ("подписанное министром Анной Котовой соглашение": the
    agent) or are subjects of a signing verb, and are kept. From the parse."""
    found = _subject_of(sent, span)
    if found is None:
        return False
    toks = sent.tokens
    verb = found[1]
    if toks[verb].pos != "VERB" or toks[verb].lemma in _SIGNING_WORDS or _signs(sent, verb):
        return False
    if _exchanges_signed_copies(sent, verb):
        return False
    signing = [k for k, t in enumerate(toks)
               if t.lemma in _SIGNING_WORDS or t.lemma in SIGNING_HEADS or _signs(sent, k)]
    return any(toks[k].lemma in SIGNING_HEADS for k in signing) and \
        all(_attributive_signing(sent, k) for k in signing)


def subject_elsewhere(sent: Sentence, span: NerSpan) -> bool:
    """sig50: in a sentence whose verb of signing has a side phrase (``side_on_signing_verb``),
    a person who is the subject of another clause tells of something else: "Директор завода
    Игорь Б. был в командировке, поэтому со стороны предприятия документ подписал Y" (only Y
    signs). Either the parse makes the name the subject of another verb, or a finite verb or
    auxiliary follows the name before the comma that opens the side phrase's clause (the
    parser may hang a subject across it)."""
    if away_subject(sent, span) or charging_person(sent, span) or \
            expected_signer(sent, span) or \
            signed_paper_subject(sent, span):  # sig61, signers72
        return True
    side = _side_phrase_start(sent)
    if side is None:
        return False
    toks = sent.tokens
    inside = _inside(sent, span)
    if not inside:
        return False
    stop = inside[-1]
    comma = next((j for j in range(side - 1, stop, -1) if toks[j].text == ","), None)
    if comma is not None and any(t.feats.get("VerbForm") == "Fin" and t.pos in {"VERB", "AUX"}
                                 and t.lemma not in SIGNER_WORDS for t in toks[stop + 1:comma]):
        return True
    found = _subject_of(sent, span)
    if found is None:
        return False
    verb = toks[found[1]]
    # sig54: the verb that puts the signature signs ("подпись поставил проректор Y")
    return verb.pos == "VERB" and verb.lemma not in SIGNER_WORDS and \
        not _signs(sent, found[1]) and not represents_side(sent, found[1])  # sig91


def _future_signing_of(sent: Sentence, span: NerSpan) -> int | None:
    """The future signing verb ("подпишет") the name, through its post, is the subject of,
    or None: who was to sign, for ``superseded_signer`` and ``expected_signer``."""
    found = _subject_of(sent, span)
    if found is None:
        return None
    v = found[1]
    if not future_form(sent.tokens[v]) or not _signs(sent, v):
        return None
    return v


def superseded_signer(sent: Sentence, span: NerSpan) -> bool:
    """sig48: one who was to sign, in a sentence telling who signed instead: "Ожидалось,
    что документ подпишет министр Инна Петрова, однако подпись под соглашением поставил
    её заместитель Олег Котов" → Петрова is no signer. The name, through its post, is the
    subject of a future signing ("подпишет"), and the sentence has a past signing or
    signature verb ("поставил подпись", "подписал") of its own. Only from the parse."""
    if expected_signer(sent, span):  # sig61
        return True
    v = _future_signing_of(sent, span)
    if v is None:
        return False
    toks = sent.tokens
    return any(k != v and t.pos == "VERB" and t.feats.get("Tense") == "Past" and _signs(sent, k)
               for k, t in enumerate(toks))


def expected_signer(sent: Sentence, span: NerSpan) -> bool:
    """sig61: one who was expected to sign, in a sentence that turns to say otherwise:
    "Ожидалось, что документ подпишет министр Инна Петрова, однако она находится в
    командировке" (who signed instead is told in the next sentence) → Петрова is no
    signer. The name, through its post, is the subject of a future signing under a verb of
    expecting ("ожидалось", "предполагалось"), and a contrasting word ("однако", "но")
    follows the name in the same sentence. Only from the parse."""
    v = _future_signing_of(sent, span)
    if v is None:
        return False
    toks = sent.tokens
    h = toks[v].head
    if not 0 <= h < len(toks) or toks[h].lemma not in EXPECT_VERBS:
        return False
    inside = _inside(sent, span)
    after = inside[-1] + 1 if inside else len(toks)
    return any(t.lemma in CONTRAST_CONJUNCTIONS - {"а"} for t in toks[after:])


def attending(sent: Sentence, span: NerSpan) -> bool:
    """A person a clause of her own describes as attending, not signing: "Заместитель
    мэра Олег Сомов, присутствовавший на церемонии, рассказал ...", "Сенатор Анна
    Орлова, принявшая участие в церемонии, ...". A participle or relative clause under
    the name or its post whose verb is one of attending or has "участие" as its object.
    Only from the parse."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    for k in _group_nodes(sent, span):
        for c in sent.children(k):
            if toks[c].rel not in DESCRIBING_RELATIONS:
                continue
            if toks[c].lemma in GUEST_WORDS or any(
                    toks[x].lemma in ATTENDING_OBJECTS for x in sent.children(c)):
                return True
    return False


def apposed_name(sent: Sentence, span: NerSpan, models: Models) -> str | None:
    """A full name apposed to a post in the nominative is in the nominative, whatever
    case the tagger gave it (an indeclinable first name misleads it): "Соглашение
    подписали ... и директор центра Айгуль Сафина" → "Айгуль Сафина"; so is one the parser
    hung on the post's body (``outer_post_name``: "подписала руководитель якутского
    филиала Сардана Николаева"). The name as written, two or three capitalised words;
    sig56: or a lone surname, as a district paper names its head ("глава района Демин и
    директор центра Черникова подписали ..." → "Демин"), a proper noun or a word with a
    surname's reading (``_surname_word``) in the nominative. Only from the parse."""
    if not sent.parsed:
        return None
    toks = sent.tokens
    inside = _inside(sent, span)
    lone = len(inside) == 1 and toks[inside[0]].feats.get("Case") == "Nom" and \
        _surname_word(toks[inside[0]], models)
    if not (2 <= len(inside) <= 3 or lone) or not all(
            toks[i].text[:1].isupper() and toks[i].text.isalpha() for i in inside):
        return None
    first = toks[inside[0]]
    if first.rel != "appos" or first.head < 0 or first.head in inside:
        return None
    post = toks[first.head]
    if outer_post_name(sent, span):
        post = toks[post.head]
    if post.pos != "NOUN" or post.feats.get("Case") != "Nom" or \
            post.feats.get("Animacy") == "Inan" and post.lemma not in GENERIC_HEADS:
        return None
    return " ".join(toks[i].text for i in inside)


def surname_first_name(sent: Sentence, span: NerSpan, models: Models) -> str | None:
    """A full name written surname first, as a document's preamble gives it, in the
    nominative and in the usual order: "в лице министра Лисицыной Марины Олеговны" →
    "Марина Олеговна Лисицына". Three words that morphology reads as surname, first name and
    patronymic in one case and gender (the patronymic's). The tagger's span may leave the
    surname out ("Марины Олеговны"): the word just before it is read as one then."""
    words = span.text.split()
    inside = _inside(sent, span)
    if len(words) == 2 and inside and inside[0] > 0:
        words = [sent.tokens[inside[0] - 1].text] + words
    if len(words) != 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    from soccoop.extract.person_names import nominative_person, ud_case

    patr = [p for p in models.parse(words[2]) if PERSON_NAME_GRAMMEMES[2] in p.tag]
    for pp in patr:
        gender, case = pp.tag.gender, pp.tag.case
        if all(any(part in p.tag and p.tag.gender == gender and p.tag.case == case and
                   p.tag.number == "sing" for p in models.parse(word))
               for word, part in zip(words, PERSON_NAME_GRAMMEMES, strict=True)):
            name = nominative_person([words[1], words[2], words[0]],
                                     dict.fromkeys(words, ud_case(case)), None, models)
            return " ".join([name.first or words[1], *name.others, name.surname])
    return None


def signed_by_author(sent: Sentence, answer_turn: bool = False) -> bool:
    """Does the text's author say she signed: "От нас документ подписывал я"? A
    first-person pronoun is the subject of a signing verb, outside any quotation. Only
    from the parse. sig44: a sentence opening with a dash is a quote's ("— Подписал я, —
    сказал министр") unless the caller found it opens an interview's answer
    (``answer_turn``, ``signer_interview.opens_answer_turn``). fixsigners68: guillemets
    around a name only ("я подписала соглашение с фондом «Опора»", ``names_quoted_only``)
    are no quotation."""
    if not sent.parsed or QUOTE_MARKS & set(sent.text) and not names_quoted_only(sent.text) or \
            sent.text.lstrip()[:1] in ELLIPSIS_DASHES and not answer_turn:
        return False  # "«... подписал я», — сказал министр": the speaker's, not the author's
    toks = sent.tokens
    return any(t.text.lower() in FIRST_PERSON_SIGNERS and t.rel in SUBJECT_RELATIONS and
               (0 <= t.head < len(toks) and toks[t.head].lemma in SIGNING_HEADS or
                _inverted_first_person(sent, k))
               for k, t in enumerate(toks)) or we_with_partner(sent)


QUOTED_SPAN = re.compile(r"«([^«»]*)»")


def names_quoted_only(text: str) -> bool:
    """fixsigners68: are a sentence's quote marks only guillemets around names: flat pairs,
    none opening the sentence, none holding "я" ("с фондом «Опора»"; not "«Подписал я», —
    сказал министр", nor "Подписывал я», — сказал он", nor a nested name's one mark)?"""
    if set(text) & QUOTE_MARKS - {"«", "»"} or text.lstrip()[:1] == "«":
        return False
    spans = QUOTED_SPAN.findall(text)
    if set(QUOTED_SPAN.sub("", text)) & {"«", "»"}:
        return False
    return not any(w.lower() in FIRST_PERSON_SIGNERS
                   for span in spans for w in re.findall(r"\w+", span))


def _inverted_first_person(sent: Sentence, k: int) -> bool:
    """sig52: is the first-person pronoun at ``k`` written right after a finite singular
    signing verb that has no subject of its own, the subject put last? The parser may hang
    it on the next clause's verb: "От района документ подписал я, от фонда подпись
    поставила его директор" ("я" read as the subject of "поставила")."""
    toks = sent.tokens
    if k == 0:
        return False
    v = toks[k - 1]
    return v.lemma in SIGNING_HEADS and v.pos == "VERB" and v.feats.get("VerbForm") == "Fin" \
        and v.feats.get("Number") == "Sing" and not any(
            toks[c].rel in SUBJECT_RELATIONS for c in sent.children(k - 1))


def we_with_partner(sent: Sentence) -> bool:
    """The author and a person named with "с" sign together: "Вчера мы вместе с главой
    соседней республики Иваном Петровым подписали соглашение", "мы с министром Анной
    Котовой подписали ...". "мы" is the subject of a signing verb, and a person in the
    instrumental with "с" hangs on "мы", on the verb or on "вместе"/"совместно" under
    it: "мы" is the author and that person ("мы подписали соглашение с областью" alone
    is the author's body, no signer). Only a header naming the author tells who that is
    (the caller does not guess among the officials). Only from the parse."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    for w, v in _we_and_verb(sent):
        hosts = {w, v} | {c for c in sent.children(v) if toks[c].lemma in TOGETHER_WORDS}
        if w == v:  # the "мы" left out: only "вместе с X" says the author was one of them
            hosts -= {v}
        for k, p in enumerate(toks):
            if p.head in hosts and p.feats.get("Case") == "Ins" and \
                    (p.feats.get("Animacy") == "Anim" or p.pos == "PROPN") and \
                    any(toks[c].rel == "case" and toks[c].lemma in PARTNER_PREPOSITIONS
                        for c in sent.children(k)):
                return True
    return False


def _we_and_verb(sent: Sentence) -> list[tuple[int, int]]:
    """The "мы" subjects of signing verbs with their verbs, and (talk91) a finite signing
    verb in the past plural or the first person plural with no subject at all, the "мы" of
    a post left out, as the verb paired with itself: "Сегодня вместе с министром Анной
    Котовой подписали соглашение" (only "вместе с X" under it then says who "мы" are).
    signers73: "мы" putting signatures (``puts_signatures``) signs as "мы подписали" does:
    "Подписи под договором мы поставили вместе с директором фонда Анной Котовой", "С
    директором фонда мы поставили подписи под документом" (the author and that person)."""
    toks = sent.tokens
    out = [(w, t.head) for w, t in enumerate(toks)
           if t.text.lower() in AUTHOR_WITH_PARTNER and t.rel in SUBJECT_RELATIONS and
           0 <= t.head < len(toks) and (toks[t.head].lemma in SIGNING_HEADS or
                                        puts_signatures(sent, t.head))]
    for v, t in enumerate(toks):
        if t.lemma in SIGNING_HEADS and t.pos == "VERB" and (
                t.feats.get("VerbForm") == "Fin" and t.feats.get("Number") == "Plur" and
                t.feats.get("Person") in {None, "1"} or past_plural_as_converb(t)) \
                and not any(toks[c].rel in SUBJECT_RELATIONS and not item_number(sent, c)
                            for c in sent.children(v)):
            out.append((v, v))
    return out


def we_signings(sent: Sentence) -> list[int]:
    """r61sig: the signing verbs told by "мы" or in the plural with no subject at all
    (``_we_and_verb``'s verbs): "Вчера мы подписали соглашение с министерством",
    "Сегодня подписали соглашение между администрацией района и фондом"."""
    return [v for _, v in _we_and_verb(sent)] if sent.parsed else []


def past_plural_as_converb(t: Token) -> bool:
    """r61sig past_plural_as_converb: the tagger reads a past plural opening a sentence
    with its subject left out as a converb ("Подписали документ вместе с директором" →
    VerbForm Conv, no number); no Russian converb ends in "-ли" (they end in "-в",
    "-вши", "-ши", "-я", "-а"), so a verb so tagged and so written is the past plural."""
    return t.pos == "VERB" and t.feats.get("VerbForm") == "Conv" and \
        t.text.lower().endswith("ли")


def item_number(sent: Sentence, k: int) -> bool:
    """sig44 item_number: is token k the number of a list item opening the sentence
    ("1️⃣", "2.", "3)"), which the parser may hang on the verb as its subject: "2️⃣ Вместе с
    главой района Олегом Зуевым подписали соглашение" has no subject of its own. Digits,
    with nothing but punctuation or other digits before them."""
    toks = sent.tokens
    return toks[k].text.isdigit() and all(
        t.pos == "PUNCT" or t.text.isdigit() or not any(c.isalnum() for c in t.text)
        for t in toks[:k])


def page_author(analysis: Analysis) -> tuple[Sentence, NerSpan] | None:
    """The author of a post or column, named by the header line it opens with: "Олег
    Ларин | Псковская область", then the post "Мы подписали соглашение ...". The first
    line is short, and a person's name opens it (only punctuation before it); else the
    sign-off line it closes with (``closing_author``); None when neither. sig45: the line
    as stored, when the reading text joined the next line to it ("Анна Котова | Минтруд
    области" over "министр труда области": ``Analysis.stored_aligned``)."""
    text = analysis.text
    lead = len(text) - len(text.lstrip())
    lines = analysis.stored_aligned() or text
    end = lines.find("\n", lead)
    end = len(text) if end < 0 else end
    if end - lead > AUTHOR_LINE_MAX:
        return closing_author(analysis)
    idx = _index(analysis)
    n = bisect_left(idx.person_starts, lead)
    if n >= len(idx.persons) or idx.persons[n].stop > end:
        return closing_author(analysis)
    span = idx.persons[n]
    if text[lead:span.start].strip(" \t\"«'-—–|:") and \
            not _owned_page_line(analysis, text[lead:end], span.stop - lead):
        return closing_author(analysis)
    k = sentence_at(analysis.sentences, span.start)
    if k < 0:
        return None
    return analysis.sentences[k], span


def _owned_page_line(analysis: Analysis, line: str, name_end: int) -> bool:
    """hid95 owned_page_line: a header line that names a person's own page, the noun of
    the page first and the owner's name closing it: "Блог губернатора области Анны
    Котовой", "Колонка министра Петра Гусева" (``PERSONAL_PAGE_NOUNS``; the name in the
    genitive, nothing but punctuation after it). "Блог" of no one named last is none."""
    words = line.split()
    if not words or line[name_end:].strip(" \t.,:;|!") or analysis.models is None:
        return False
    return analysis.models.lemma(words[0].lower().strip("«\"")) in PERSONAL_PAGE_NOUNS


def masked_author(analysis: Analysis, models: Models) -> str | None:
    """talk91: the author of a channel's post whose title line was masked as page chrome:
    the stored text's first line, short, opening with a first name and a surname (by the
    dictionary; the surname may be a word it does not know) in the nominative, then "|",
    a comma or the line's end: "Анна Котова | Омская область ✔" → "Анна Котова". Read only
    when the masked reading text holds nothing of that line (``Analysis.stored_aligned``).
    sig52: with no such title line, the signature at the post's masked foot
    (``masked_footer_author``)."""
    stored = analysis.stored_aligned()
    if not stored:
        return None
    lead = len(stored) - len(stored.lstrip())
    end = stored.find("\n", lead)
    end = len(stored) if end < 0 else end
    m = None if end - lead > AUTHOR_LINE_MAX or analysis.text[lead:end].strip() else \
        header_author(stored[lead:end], models)
    # sig52: no title line naming the author: a signature at the post's masked foot
    return masked_footer_author(analysis, models) if m is None else f"{m.group(1)} {m.group(2)}"


_HEADER_AUTHOR = re.compile(
    r"([А-ЯЁ][а-яё]+)[^\S\n]+([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)[^\S\n]*(?:[|,]|$)")


def header_author(line: str, models: Models) -> re.Match[str] | None:
    """A channel's title line that opens with its author's first name and surname (by the
    dictionary; the surname may be a word it does not know) in the nominative, then "|", a
    comma or the line's end: "Анна Котова | Омская область ✔" (groups: first name, surname;
    the match ends after the bar or comma). Shared by ``masked_author`` and
    ``official_layouts.channel_author``."""
    m = _HEADER_AUTHOR.match(line)
    if m is None:
        return None
    first, last = (models.parse(w) for w in m.groups())
    if not any("Name" in p.tag and "nomn" in p.tag for p in first) or \
            any(p.tag.POS in AUTHOR_NOT_SURNAME_POS and "Surn" not in p.tag for p in last):
        return None
    return m


def closing_author(analysis: Analysis) -> tuple[Sentence, NerSpan] | None:
    """The author of an address or a letter, named by the sign-off line it closes with:
    "Ваш губернатор Олег Баранцев", "С уважением, министр Анна Котова" (sigD). The last
    non-empty line is short, opens with a sign-off formula (SIGN_OFF_OPENERS; a caption
    "На фото: министр X" is none) and ends with a person's name."""
    text = analysis.text.rstrip()
    start = text.rfind("\n") + 1
    line = text[start:].strip()
    if len(line) > AUTHOR_LINE_MAX or not line.lower().startswith(SIGN_OFF_OPENERS):
        return footer_author(analysis)
    idx = _index(analysis)
    n = bisect_left(idx.person_starts, start)
    spans = [sp for sp in idx.persons[n:] if sp.stop <= len(text)]
    if not spans or text[spans[-1].stop:].strip():
        return None
    k = sentence_at(analysis.sentences, spans[-1].start)
    if k < 0:
        return None
    return analysis.sentences[k], spans[-1]


_WORD_OF_TEXT = re.compile(r"(?<![#\w])[^\W\d_]{4,}")
_CLOSING_STOP = re.compile(r"(?:[!?…]|[а-яё]{2}\.)$")


def _footer_paragraph(text: str) -> tuple[int, int] | None:
    """sig52: where the last paragraph of words of a post stands (start, stop), before the
    network's counters and emoji after it (paragraphs with no word of four letters outside
    a hashtag: "👁 3,2K 🔁 41"): "Министр труда области\nИ.П. Орлов"; None when it is long
    (more than two author lines), closes with a sentence's stop ("Спасибо за внимание.":
    a closing sentence, not a signature) or, fixsig52, is a photo's caption or credit
    (``_photo_paragraph``)."""
    stop = len(text.rstrip())
    while stop > 0:
        start = text.rfind("\n\n", 0, stop) + 1
        if _WORD_OF_TEXT.search(text[start:stop]):
            break
        stop = len(text[:start].rstrip())
    else:
        return None
    lead = start + len(text[start:stop]) - len(text[start:stop].lstrip())
    if stop - lead > 2 * AUTHOR_LINE_MAX or _CLOSING_STOP.search(text[lead:stop]) or \
            _photo_paragraph(text[lead:stop]):
        return None
    return lead, stop


def _photo_paragraph(paragraph: str) -> bool:
    """fixsig52: does a line of the post's last paragraph open with a photo's label, caption
    or credit (``published._PHOTO_LINE``: "Фото (3)", "На фото: ...", "Фото: ...")? The
    person it names is shown or credited, not signing: "На фото: министр труда области
    Анна Котова", "Фото: пресс-служба губернатора Ивана Петрова" are no signature."""
    return any(_PHOTO_LINE.match(line) for line in paragraph.split("\n"))


def footer_author(analysis: Analysis) -> tuple[Sentence, NerSpan] | None:
    """sig52 footer_author: the author of a channel's post or a page's column who signs it
    at its foot with his post, as officials sign their posts: "Министр социальной защиты
    населения области\nИ.И. Петров", "Иван Петров, глава района", "Заместитель
    председателя правительства области Анна Котова". The post's last paragraph of words
    (``_footer_paragraph``), before the readers' comments (``merge.comments_start``),
    holds exactly one person's name, a post's head word (``POSITION_HEADS``: "министр",
    "глава", "заместитель") outside it and no verb; None otherwise (a caption, a credit
    "Фото: Иван Петров" or a closing sentence). A footer masked as page chrome is read
    from the stored text (``masked_footer_author``)."""
    idx = _index(analysis)
    if idx.footer is None:
        idx.footer = (_footer_span(analysis, idx),)
    if idx.footer[0] is None:
        return None
    lead, stop, span = idx.footer[0]
    sents = analysis.sentences
    words: list[Token] = []
    for sent in sents[max(sentence_at(sents, lead), 0):]:  # fixsig52: the foot's only
        if sent.start >= stop:
            break
        words += [t for t in sent.tokens if lead <= t.start and t.stop <= stop]
    if any(t.pos in {"VERB", "AUX"} for t in words) or not any(
            t.lemma in POSITION_HEADS and not span.start <= t.start < span.stop
            for t in words):
        return None
    k = sentence_at(sents, span.start)
    return None if k < 0 else (sents[k], span)


def _footer_span(analysis: Analysis, idx: _Index) -> tuple[int, int, NerSpan] | None:
    """fixsig52: ``footer_author``'s reading of the text alone, once per document (held by
    the document's ``_Index``; its callers come once per signing sentence): the post's
    last paragraph of words before the readers' comments (``_footer_paragraph``) and the
    one person's name in it, "Министр труда области\nЛ.В. Горелов" → (its start, its
    stop, "Л.В. Горелов"); None when no such paragraph, or no name or two in it. The
    words' tags (``footer_author``'s verb and post) are read on each call: a pass may
    retag a signing word later."""
    from soccoop.extract.merge import comments_start

    where = _footer_paragraph(analysis.text[:comments_start(analysis)])
    if where is None:
        return None
    lead, stop = where
    n = bisect_left(idx.person_starts, lead)
    spans = [sp for sp in idx.persons[n:] if sp.stop <= stop]
    return (lead, stop, spans[0]) if len(spans) == 1 else None


# fixsig52: a lookahead, so that ``finditer`` tries every start of a word (a post's word may
# open the leftmost reading: "Министр Иван Петров")
_FOOTER_NAME = re.compile(
    r"(?:^|(?<=[\s,]))(?=(?:(?P<initials>[А-ЯЁ]\.\s?[А-ЯЁ]\.)\s?"
    r"(?P<surname>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)"
    r"|(?P<first>[А-ЯЁ][а-яё]+)(?P<patronymic>\s+[А-ЯЁ][а-яё]+)?\s+"
    r"(?P<last>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?))\s*$)")


def footer_name(part: str, models: Models) -> tuple[str, int] | None:
    """fixsig52 footer_name: the name a line or comma part of a post's foot closes with, by
    its form alone, and where it starts: initials and a surname ("Т.Г.Намсараев" →
    "Т.Г. Намсараев"), or a first name (by the dictionary, in the nominative), an optional
    patronymic and a surname. Every start is tried, left to right, and the first whose
    first word is a first name kept: a capitalised post's word before the name is no first
    name read with the name's as a patronymic ("Министр Иван Петров" → "Иван Петров",
    "Глава Республики Энстан Тимур Асланов" → "Тимур Асланов"). None when none."""
    for m in _FOOTER_NAME.finditer(part):
        if m.group("initials"):
            return f"{m.group('initials').replace(' ', '')} {m.group('surname')}", m.start()
        if any("Name" in p.tag and "nomn" in p.tag for p in models.parse(m.group("first"))):
            return " ".join(w for w in (m.group("first"), (m.group("patronymic") or "")
                                        .strip(), m.group("last")) if w), m.start()
    return None


def masked_footer_author(analysis: Analysis, models: Models) -> str | None:
    """sig52: the author signing a post at its foot (``footer_author``) when the reading
    text masked that paragraph as page chrome: the stored text's last paragraph of words
    (``_footer_paragraph``), blank in the reading text, one of whose lines or comma parts
    closes with a name by its form alone (``footer_name``) and whose other words hold a
    post's head word (``POSITION_HEADS``): "Министр труда области\nЛ.В.Горелов" →
    "Л.В. Горелов"; None when no name, two, or no post."""
    idx = _index(analysis)  # fixsig52: read once per document
    if idx.masked_footer is None:
        idx.masked_footer = (_masked_footer_name(analysis, models),)
    return idx.masked_footer[0]


def _masked_footer_name(analysis: Analysis, models: Models) -> str | None:
    """fixsig52: ``masked_footer_author``'s reading, once per document: "Министр труда
    области\nЛ.В.Горелов", masked, → "Л.В. Горелов"."""
    stored = analysis.stored_aligned()
    if not stored:
        return None
    from soccoop.extract.merge import comments_start

    where = _footer_paragraph(stored[:comments_start(analysis)])
    if where is None or analysis.text[where[0]:where[1]].strip():
        return None
    found: list[str] = []
    posts = False
    for part in re.split(r"[\n,]", stored[where[0]:where[1]]):
        name = footer_name(part, models)
        if name is not None:
            found.append(name[0])
        rest = part if name is None else part[:name[1]]
        posts = posts or any(models.lemma(w.lower()) in POSITION_HEADS
                             for w in re.findall(r"[А-ЯЁа-яё-]+", rest))
    return found[0] if len(found) == 1 and posts else None


def sole_other_head(officials: list[Official], signers: list[str],
                    models: Models) -> str | None:
    """The author of a first-person post whose header is gone (masked as page chrome):
    the one official of the text who heads a body and is not among the signers named
    ("... подписал я, с новгородской — министр Анна Гусева"; "Олег Ларин — начальник
    управления" named elsewhere). None when there are several or none."""
    heads = {o.name for o in officials if heads_body(o, models) and o.name not in signers}
    return heads.pop() if len(heads) == 1 else None


def _sole_agreement_noun(sent: Sentence, agreement_lemma: str) -> int | None:
    """The index of the parsed sentence's one agreement noun when it is the given word
    (the agreement just signed named again), else None."""
    if not sent.parsed:
        return None
    nouns = [i for i, t in enumerate(sent.tokens) if t.lemma in AGREEMENT_NOUNS and
             t.pos in {"NOUN", "PROPN"}]
    if len(nouns) != 1 or sent.tokens[nouns[0]].lemma != agreement_lemma:
        return None
    return nouns[0]


def bare_renaming(sent: Sentence, agreement_lemma: str) -> bool:
    """Does the sentence name the agreement just signed again, bare, to say who signed it
    for each side: "С тувинской стороны соглашение подписал министр ..., с
    хакасской — его заместитель ..."? Its one agreement noun is the same word with nothing of
    its own under it (no topic, no partner, no adjective: those may make another one) and
    is the object of a signing verb, or the paper a signature is put under ("подпись
    под соглашением поставил его директор", sig44). Only from the parse."""
    k = _sole_agreement_noun(sent, agreement_lemma)
    if k is None:
        return False
    toks = sent.tokens
    h = toks[k].head
    under = toks[k].rel == "nmod" and 0 <= h < len(toks) and toks[h].lemma in SIGNATURE_WORDS
    if any(toks[c].rel not in SAME_DOCUMENT_RELATIONS and not (under and toks[c].rel == "case")
           for c in sent.children(k)):
        return False
    if under:
        return toks[h].rel == "obj"  # sig44: "подпись под соглашением поставил ..."
    return toks[k].rel in {"obj", "nsubj:pass"} and 0 <= h < len(toks) and \
        toks[h].lemma in SIGNING_HEADS


def sides_of_signed(sent: Sentence, agreement_lemma: str) -> bool:
    """Does the sentence name the agreement just signed again only as whose sides it
    speaks of: "Стороны соглашения, согласно тексту документа, выступают в лице министра
    ..."? Its one agreement noun is the same word, bare (``SAME_DOCUMENT_RELATIONS`` only
    under it), in the genitive under a side noun ("сторона"): the sides of that one, not
    a new document (sig44). Only from the parse."""
    k = _sole_agreement_noun(sent, agreement_lemma)
    if k is None:
        return False
    toks = sent.tokens
    h = toks[k].head
    return toks[k].feats.get("Case") == "Gen" and 0 <= h < len(toks) and \
        toks[h].lemma in REPRESENTED_CONTEXT and \
        all(toks[c].rel in SAME_DOCUMENT_RELATIONS for c in sent.children(k))


def representing_clause(sent: Sentence) -> bool:
    """Does the sentence say who represented a side, a body or a group of the signing:
    "Омское министерство представлял его руководитель Владимир Кудрявцев",
    "Работодателей представляли президент ассоциации X и вице-президент Y" (sig44),
    "Окружную организацию ВОИ представляла председатель X" (sig47)? A
    verb of representing (``REPRESENTING_VERBS``, the imperfective "представлять": the
    perfective "представил проект" presents a thing) whose object is a side, the head of
    a body (``lexicon.ORG_HEADS``, ``lexicon.BODY_HEADS``) or people (an animate noun).
    A body's accusative that is also a nominative ("министерство", "управление") the
    parser may take for a second subject beside the person's: a side or a body that is a
    subject next to an animate one is the object. Only from the parse."""
    if not sent.parsed:
        return False
    return any(_represents(sent, v) for v in range(len(sent.tokens)))


def represents_side(sent: Sentence, v: int) -> bool:
    """sig91: is token ``v`` a verb of representing a side or a body at the signing, which
    signs as a verb of signing does, so that its subject is a signer, not "the subject of
    another clause" (``subject_elsewhere``)? "Со стороны фонда документ подписал директор
    Иван Орлов, колледж представляла его директор Нина Белова" (both sign). Its object as
    ``representing_clause`` reads it, or a body's noun in the nominative or accusative
    that opens its clause, after the comma, which the parser may hang elsewhere (on the
    signer before, as a conjunct). Only from the parse."""
    if _represents(sent, v):
        return True
    toks = sent.tokens
    if not sent.parsed or toks[v].lemma not in REPRESENTING_VERBS or toks[v].pos != "VERB":
        return False
    j = v - 1
    while j >= 0 and toks[j].text not in {",", ";", "—"}:
        j -= 1
    return any(t.lemma in ORG_HEADS | BODY_HEADS and t.feats.get("Case") in {"Nom", "Acc"}
               for t in toks[j + 1:v])


def _represents(sent: Sentence, v: int) -> bool:
    """Is token ``v`` a verb of representing a side, a body or a group of the signing, read
    by its object or subjects (``representing_clause``, for one verb)?"""
    toks = sent.tokens
    t = toks[v]
    if not sent.parsed or t.lemma not in REPRESENTING_VERBS or t.pos != "VERB":
        return False
    kids = [c for c in sent.children(v) if toks[c].pos in {"NOUN", "PROPN"}]
    people = any(toks[c].rel == "nsubj" and toks[c].feats.get("Animacy") == "Anim"
                 for c in kids)
    for c in kids:
        o = toks[c]  # a body opening the sentence may be tagged a proper noun
        # sig47: a union or a society is a body as a ministry is ("Окружную
        # организацию ВОИ представляла председатель ...")
        body = o.lemma in REPRESENTED_CONTEXT or o.lemma in ORG_HEADS | BODY_HEADS
        if o.rel == "obj" and (body or o.pos == "NOUN" and
                               o.feats.get("Animacy") == "Anim") or \
                o.rel == "nsubj" and body and people:
            return True
    return False


def inside_quote(analysis: Analysis, sent: Sentence) -> bool:
    """Does the sentence stand inside a quotation opened earlier in its paragraph:
    "«Мы готовились год. Документ подписывал я», — сказал министр"? More opening than
    closing guillemets between the paragraph's start and the sentence. Read back to the
    last line break only. sig68: a nested name written with one closing mark for both
    ("с ООО «Заря «Восход». Документ подписывала я.") leaves its paragraph unbalanced for
    good, as ``nlp.join_open_quotes`` reads it: the quotes the whole paragraph leaves open
    are such names (``lasting_open_quotes``: an inner "«" closed with the outer by one
    "»"), no quotation the sentence stands in."""
    text = analysis.text
    start = text.rfind("\n", 0, sent.start) + 1
    before = text[start:sent.start]
    return before.count("«") - before.count("»") > lasting_open_quotes(text, start)


NESTED_NAME = re.compile(r"(?<=\w\s)«[^«»\n]*«[^«»\n]*»(?!»)")


def lasting_open_quotes(text: str, start: int) -> int:
    """sig68: how many nested names closed by one mark ("АНО «Центр «Маяк»") the paragraph
    from ``start`` to its line break holds: an inner "«" whose one closing "»" closes the
    outer too, each leaving one opening mark unclosed for good; fixsigners68: the outer
    written after a word (its kind, "ООО «", "с АНО «"), not opening the paragraph or a
    clause. Only such names; a paragraph left open otherwise is a quotation running on
    over paragraphs ("«Мы долго готовились. Документ подписывал я.\n«Теперь ...», —
    сказал министр"), whose sentences stand inside it. 0 when there is none."""
    end = text.find("\n", start)
    para = text[start:end if end >= 0 else len(text)]
    return len(NESTED_NAME.findall(para))


def partner_name(sent: Sentence, span: NerSpan, models: Models) -> str | None:
    """The nominative name of the partner one signs with, named in the instrumental: "Мы
    с коллегой Ильёй Зуевым подписали соглашение" → "Илья Зуев" (``partner_signer``)."""
    return nominative_name(sent, span, models) if partner_signer(sent, span) or \
        comitative_signer(sent, span) else None


def comitative_signer(sent: Sentence, span: NerSpan) -> bool:
    """One who signs together with the speaker: "Сегодня мы с коллегой Ильёй Зуевым
    подписали соглашение" (Зуев and the speaker). The name, through its post, is in the
    instrumental with "с" under "мы"/"я", the subject of a signing verb. Only from the
    parse."""
    nodes = _parsed(sent, span, _group_nodes)
    if not nodes:
        return False
    toks = sent.tokens
    k = _comma_apposed_post(sent, nodes[-1])
    if toks[k].feats.get("Case") != "Ins" or not any(
            toks[c].rel == "case" and toks[c].lemma in PARTNER_PREPOSITIONS
            for c in sent.children(k)):
        return False
    h = toks[k].head
    if 0 <= h < len(toks) and toks[h].lemma in TOGETHER_WORDS:
        return _together_with_speaker(sent, h)
    if h < 0 or toks[h].text.lower() not in COMITATIVE_SUBJECTS or \
            toks[h].rel not in SUBJECT_RELATIONS:
        return False
    v = toks[h].head
    return 0 <= v < len(toks) and (toks[v].lemma in SIGNING_HEADS or puts_signatures(sent, v))


def puts_signatures(sent: Sentence, v: int) -> bool:
    """signers71 puts_signatures: is the word at ``v`` a verb of putting
    (``SIGNATURE_PUT_VERBS``) whose object is a signature, in either number ("Мы с
    директором Ильёй Зуевым поставили подписи под договором", "я с коллегой поставил
    подпись")? It signs as "подписали" does for a partner beside "мы" or "я". From the
    parse."""
    toks = sent.tokens
    return toks[v].lemma in SIGNATURE_PUT_VERBS and toks[v].pos == "VERB" and any(
        toks[c].rel == "obj" and toks[c].lemma in SIGNATURE_NOUNS for c in sent.children(v))


def _comma_apposed_post(sent: Sentence, k: int) -> int:
    """sig94: the post a name stands beside after a comma, which the parser reads as its
    conjunct: "с ректором, Игорем Петровым" (a conjunct with no conjunction, in the post's
    case) → the post; else ``k`` itself."""
    toks = sent.tokens
    h = toks[k].head
    if toks[k].rel != "conj" or not 0 <= h < k or \
            toks[k].feats.get("Case") != toks[h].feats.get("Case") or \
            any(toks[c].rel == "cc" for c in sent.children(k)):
        return k
    return h


def _together_with_speaker(sent: Sentence, h: int) -> bool:
    """sig94: does "вместе"/"совместно" at ``h`` hang on a signing verb whose subject is
    "мы"/"я": "Подписывали мы совместно с деканом Ильёй Зуевым" (the partner and the
    speaker)? Only from the parse."""
    toks = sent.tokens
    v = toks[h].head
    return 0 <= v < len(toks) and toks[v].lemma in SIGNING_HEADS and any(
        toks[c].text.lower() in COMITATIVE_SUBJECTS and toks[c].rel in SUBJECT_RELATIONS
        for c in sent.children(v))


_CAPTION = re.compile(CAPTION_LABELS)


def signing_caption(sent: Sentence) -> bool:
    """A photo caption that shows people signing: "На снимке: министр Анна Котова и
    министр Пётр Гусев во время подписания", "На фото: главы ведомств подписывают
    документ". A caption label opens it and it holds the signing as an occasion or a
    signing verb; whom it names signed the agreement just reported."""
    if not _CAPTION.match(sent.text):
        return False
    return any(t.lemma in SIGNING_EVENTS or t.lemma in SIGNING_HEADS for t in sent.tokens)


def _plural_heads_sign(sent: Sentence) -> bool:
    """sig48: is a plural generic head with no name under it ("руководители ведомства и
    вуза", "главы обоих министерств") on a signing in the sentence? Any relation: the
    parser may take the signer for the object of a plural verb. Only from the parse."""
    toks = sent.tokens
    return sent.parsed and any(
        t.lemma in GENERIC_HEADS and t.pos == "NOUN" and t.feats.get("Number") == "Plur" and
        _signing_clause(sent, k) and not any(
            toks[c].pos == "PROPN" or toks[c].rel in {"appos", "flat:name"}
            for c in sent.children(k))
        for k, t in enumerate(toks))


def _nameless(sent: Sentence, k: int) -> bool:
    """Is the token at ``k`` a singular animate noun with no name under it (a post told
    without its holder's name: "ректор вуза", "глава Минтруда": a body's name in the
    genitive is no holder's)?"""
    t = sent.tokens[k]
    return t.pos == "NOUN" and t.feats.get("Animacy") == "Anim" and \
        t.feats.get("Number") == "Sing" and not any(
            sent.tokens[c].rel in {"appos", "flat:name"} or
            sent.tokens[c].pos == "PROPN" and sent.tokens[c].rel != "nmod"
            for c in sent.children(k))


def _nameless_posts_sign(sent: Sentence) -> bool:
    """sig58: do two singular posts or more with no name under either, joined, sign in the
    sentence: "Подписи под документом поставили глава республиканского Минтруда и ректор
    вуза"? A nameless post on the signing and a nameless post joined to it. Only from the
    parse."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    return any(_nameless(sent, k) and _signing_clause(sent, k) and any(
        toks[c].rel == "conj" and _nameless(sent, c) for c in sent.children(k))
        for k in range(len(toks)))


def caption_heads(analysis: Analysis, sent: Sentence, officials: list[Official],
                  models: Models) -> list[str]:
    """sig48: the heads a plural generic post stands for, shown by a photo caption of the
    signing further on: "Документ скрепили подписями руководители ведомства и вуза. ...
    На фото: министр Анна Котова и ректор Пётр Гусев после подписания соглашения" → both.
    The first signing caption (``signing_caption``) within CAPTION_HEADS_REACH sentences
    after the sentence must name exactly two officials, each heading a body
    (``heads_body``); nothing otherwise. sig58: so do two singular posts joined with no
    name under either ("Подписи поставили глава Минтруда и ректор вуза. [Фото: министр
    Анна Котова и ректор Пётр Гусев во время подписания]", ``_nameless_posts_sign``).
    Only from the parse."""
    if not officials or not (_plural_heads_sign(sent) or _nameless_posts_sign(sent)):
        return []
    starts = sentence_starts(analysis.sentences)
    si = bisect_right(starts, sent.start) - 1
    for later in analysis.sentences[si + 1:si + 1 + CAPTION_HEADS_REACH]:
        if not signing_caption(later):
            continue
        heads = list(dict.fromkeys(o.name for o in officials if heads_body(o, models) and
                                   later.start <= o.evidence.start < later.stop))
        return heads if len(heads) == 2 else []
    return []


def signers_line(analysis: Analysis, sent: Sentence) -> bool:
    """A fact box's line of signers: a line of its own opening with a signing label and a
    colon, "Подписали: министр Анна Котова; министр Пётр Гусев". Whom it names signed the
    agreement the box is about."""
    toks = sent.tokens
    at_line = sent.start == 0 or analysis.text[sent.start - 1] == "\n"
    if at_line and len(toks) > 2 and toks[0].lemma in SIGNERS_LABELS and toks[1].text == ":":
        return True
    return answers_who_signed(analysis, sent)


def answers_who_signed(analysis: Analysis, sent: Sentence) -> bool:
    """The answer of a question-and-answer card to who signed: a line of its own right
    under a line that asks it, "Кто подписал документ?\nГубернатор Анна Котова и глава
    соседней области Пётр Гусев." The question opens with a question word of a person
    and holds a signing word; whom the answer names signed the agreement the card is
    about, as a fact box's "Подписали: ..." line does."""
    text = analysis.text
    if sent.start > 0 and text[sent.start - 1] != "\n":
        return False
    starts = sentence_starts(analysis.sentences)
    k = bisect_left(starts, sent.start) - 1
    if k < 0:
        return False
    question = analysis.sentences[k]
    toks = question.tokens
    if not toks or toks[-1].text != "?" or toks[0].lemma not in WHO_WORDS:
        return False
    if question.start > 0 and text[question.start - 1] != "\n":
        return False  # a question inside a paragraph is no card's heading
    if "\n" not in text[question.stop:sent.start] or text[question.stop:sent.start].strip():
        return False
    return any(t.lemma in SIGNER_WORDS for t in toks)


def body_of_place(sent: Sentence, span: NerSpan, models: Models) -> bool:
    """A body named by its place that the NER took for a person: "Соцзащита Сахалина
    заключила соглашения", "Минтруд Кузбасса подписал ...". Its last word reads only as a
    place first and never as a person ("Кирова" is a surname too), and no word of it reads
    as a first name or patronymic."""
    words = [t.text for t in _span_tokens(sent, span) if t.text.isalpha()]
    if len(words) < 2:
        return False
    last = models.parse(words[-1])
    if not last or "Geox" not in last[0].tag or \
            any("Surn" in p.tag or "anim" in p.tag for p in last):
        return False  # "Приморья" reads first as the place; "Кирова" also as a surname
    return not any("Name" in p.tag or "Patr" in p.tag for w in words[:-1]
                   for p in models.parse(w))


def joined_signer(sent: Sentence, kept: NerSpan | None, span: NerSpan) -> bool:
    """Is the name joined by "и" right after a signer just kept, with only its own post
    between? "подписано министром ... А.Г. Елизаровой и министром ... Республики Мордовия
    Т.В. Исайкиной-Суриной": the parser may hang the second name on the region in its
    post (and the tagger read the two in different cases), yet it signs like the first."""
    if kept is None or not _joined_to(sent, kept, span):
        return False
    between = [t for t in sent.tokens if kept.stop <= t.start and t.stop <= span.start]
    return bool(between) and between[0].lemma == "и"


_INITIAL_WORD = re.compile(r"^[А-ЯЁ]\.$")


def initials_nominative(name: str, models: Models) -> str:
    """A name of initials and a surname in an oblique case, as a passive's agent gives it,
    with the surname in the nominative: "Т. Исайкиной-Суриной" → "Т. Исайкина-Сурина".
    The initials give no gender: the surname's own readings do, by the project's one
    person-name normaliser (``person_names``); a surname that may be a nominative stays
    ("И. Петрова", "И. Седых")."""
    from soccoop.extract.person_names import nominative_person

    words = name.split()
    if len(words) < 2 or not all(_INITIAL_WORD.match(w) for w in words[:-1]):
        return written_nominative(name, models)
    surname = nominative_person(words[-1:], {}, None, models).surname
    return " ".join(words[:-1] + [surname])


def written_nominative(name: str, models: Models) -> str:
    """A full name kept as written because the tagger read it as a nominative, with the
    surname read again by the project's one name normaliser (``person_names``) for the
    whole name: "Гульназ Садыковой" (the second of "подписями министра X и министра Y",
    a genitive) → "Гульназ Садыкова". Only the surname is changed, and only when the
    whole name has no nominative reading ("Ольга Самарина", "Лев Толстой", "Марина Седых"
    stay); an unknown first name keeps its written form. Only a woman's name: her oblique
    surname ("-ой", "-ую") has no nominative reading, while a man's genitive ("Павла
    Нечаева") reads as a woman's nominative and cannot be told from the string alone."""
    from soccoop.extract.person_names import nominative_person

    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha()
                                           for w in words):
        return name
    read = nominative_person(words, {}, None, models)
    if read.gender != "femn" or read.surname == words[-1] or \
            read.surname.lower()[:3] != words[-1].lower()[:3]:
        return name
    return " ".join(words[:-1] + [read.surname])


def _ordinal_place(sent: Sentence) -> int | None:
    """The place of the agreement an ordinal near a sentence's start takes up: "Второе
    соглашение, подписанное ..., касается ..." → 1; "Первый документ подписали ..." → 0.
    The ordinal stands right before a document noun within ORDINAL_LEAD tokens; or it
    opens the sentence with the noun left out (``_elided_ordinal``)."""
    toks = sent.tokens
    for i in range(min(ORDINAL_LEAD, len(toks) - 1)):
        place = ORDINAL_PLACES.get(toks[i].lemma)
        if place is not None and (toks[i + 1].lemma in ORDINAL_DOCUMENTS or
                                  _elided_ordinal(toks, i)):
            return place
    return None


def _elided_ordinal(toks: list[Token], i: int) -> bool:
    """sig38: an ordinal that opens its sentence and counts the agreements with the noun
    left out: "Первое подписано 3 июня с министерством ...", "Второе — с колледжем ...".
    Only punctuation before it, and right after it a predicate, a preposition or a dash
    (ELIDED_ORDINAL_NEXT, ELLIPSIS_DASHES), not a noun of its own ("Первое время
    ...") nor a comma ("Первое, что ...")."""
    if any(t.pos != "PUNCT" for t in toks[:i]):
        return False
    nxt = toks[i + 1]
    return nxt.pos in ELIDED_ORDINAL_NEXT or nxt.text in ELLIPSIS_DASHES


def ordinal_stretches(analysis: Analysis, si: int) -> dict[int, list[Sentence]]:
    """The sentences that tell of each agreement a signing in sentence ``si`` counted,
    each opened by its ordinal: "Область подписала два соглашения — с университетом и с
    банком. Первое соглашение касается подготовки кадров. Подписи под ним поставили ... .
    \\nВторое соглашение, подписанное ..., посвящено ...". A stretch runs from its ordinal
    sentence to the end of that paragraph (its line) or to the next ordinal. The first
    ordinal stands within ORDINAL_REACH sentences; each sentence is looked at once."""
    sents = analysis.sentences
    text = analysis.text
    out: dict[int, list[Sentence]] = {}
    line_end = -1
    last = si  # the last sentence of a stretch (or the counted one)
    for n in range(si + 1, len(sents)):
        sent = sents[n]
        if _ordinal_place(sent) == len(out):  # the next in order: "первое", "второе", ...
            out[len(out)] = [sent]
            found = text.find("\n", sent.start)
            line_end = len(text) if found < 0 else found
            last = n
        elif out and sent.start < line_end:
            out[len(out) - 1].append(sent)
            last = n
        elif n - last > ORDINAL_REACH:
            break
    return out


def _signing_sentence(sent: Sentence) -> bool:
    """Does the sentence hold a word of signing: "подписали", "подписанное", "подписи"?"""
    return any(t.lemma in SIGNING_HEADS or t.lemma in SIGNER_WORDS for t in sent.tokens)


def member_places(
    members: list[set[str]], stretches: dict[int, list[Sentence]],
    mentions: list[tuple[int, str]],
) -> list[int] | None:
    """Which ordinal stretch tells of which member: by the region only that member has
    among its sides, named in one stretch alone ("Первый документ заключен с департаментом
    ... Тюменской области" is the member with Тюменская область, wherever the headline
    listed it); by order when no member has a region of its own (two partners of one
    region: "с университетом и с банком"). None when the regions do not settle it.
    ``members``: each member's region codes; ``mentions``: (offset, code), sorted."""
    common = set.intersection(*members) if members else set()
    own = [m - common for m in members]
    if not any(own):
        return list(range(len(members)))
    starts = [x for x, _ in mentions]
    told: dict[int, set[str]] = {}
    for n, part in stretches.items():
        lo, hi = bisect_left(starts, part[0].start), bisect_left(starts, part[-1].stop)
        told[n] = {code for _, code in mentions[lo:hi]}
    places: list[int] = []
    for codes in own:
        hits = [n for n, t in told.items() if codes & t]
        if len(hits) != 1 or hits[0] in places:
            return None
        places.append(hits[0])
    return places


def ordinal_member_signers(
    analysis: Analysis, stretches: dict[int, list[Sentence]], si: int,
    members: list[list[str]], places: list[int], named: Callable[[Sentence], list[str]],
) -> list[list[str]]:
    """The signers of each of the agreements one signing in sentence ``si`` counted and
    the next paragraphs take up by ordinal (``places``: each member's stretch): the
    people the counted sentence names as signers (the side that signed them all) and
    those its own stretch names in a signing sentence ("Подписи под ним поставили X и Y",
    "Второе соглашение, подписанное X и Z, ..."), after those it had that no other
    stretch names (in their order). A member whose stretch names none keeps what it had,
    less the other stretches' signers. ``named`` reads a sentence's signers. Unchanged
    when no stretch names a signer. cap89: a member also keeps another stretch's signer
    whom a signing sentence names beside a signer of its own (one no stretch, no counted
    sentence and no other member names), e.g. a caption naming both sides ("На снимке:
    ректор Иван Орлов и министр Анна Белова подписывают соглашение"): the common side's
    signer signed it too."""
    found = {place: [n for s in part if _signing_sentence(s) for n in named(s)]
             for place, part in stretches.items()}
    if len(stretches) < 2 or not any(found.values()):
        return members
    own = named(analysis.sentences[si])
    everyone = {n for names in found.values() for n in names}
    counts: dict[str, int] = {}
    for old in members:
        for n in set(old):
            counts[n] = counts.get(n, 0) + 1
    out: list[list[str]] = []
    for place, old in zip(places, members, strict=True):
        mine = found.get(place, [])
        solo = {n for n in old if counts[n] == 1 and n not in everyone and n not in own}
        beside = _named_beside(analysis, solo, named) if solo else set()
        kept = [n for n in old if n not in everyone or n in mine or n in own or n in beside]
        out.append(list(dict.fromkeys(kept + own + mine)))
    return out


def _named_beside(analysis: Analysis, solo: set[str], named: Callable[[Sentence], list[str]]
                  ) -> set[str]:
    """cap89: the people a signing sentence names together with one of ``solo`` (a
    member's own signers): "На фото: ректор Иван Орлов и А.Б. Белова подписывают
    соглашение" → Белова, beside Орлов."""
    out: set[str] = set()
    for sent in analysis.sentences:
        if _signing_sentence(sent):
            found = named(sent)
            if solo.intersection(found):
                out.update(found)
    return out


def signed_by_sentence(agreements: list[Agreement],
                       sides: int = 0) -> dict[int, list[Agreement]]:
    """rev49: the signed records grouped by the sentence they were read from (the start of
    their evidence), in the order of the records, each of ``sides`` sides or more: "Фонд
    подписал сразу два соглашения — с университетом и с банком" gives two records of one
    sentence, one group. The one grouping of ``counted_member_signers``,
    ``signer_shapes.partner_sentence_signers`` and ``signer_groups._signed_groups``."""
    groups: dict[int, list[Agreement]] = {}
    for a in agreements:
        if a.status == "signed" and len(a.parties) >= sides:
            groups.setdefault(a.evidence.start, []).append(a)
    return groups


def counted_member_signers(
    analysis: Analysis, agreements: list[Agreement], regions: list[RegionRef],
    named: Callable[[Sentence], list[str]], models: Models,
) -> None:
    """Give each of the signed agreements one sentence counted and split ("подписало
    сразу два соглашения — с университетом и с банком") the signers its ordinal stretch
    names (``ordinal_member_signers``), in place. Agreements are grouped by the sentence
    they were read from (``signed_by_sentence``); each finds its stretch by
    ``member_places``."""
    groups = signed_by_sentence(agreements)
    mentions = sorted((m.start, r.code) for r in regions for m in r.mentions)
    for start, group in groups.items():
        si = sentence_at(analysis.sentences, start)
        if len(group) < 2 or si < 0:
            continue
        stretches = ordinal_stretches(analysis, si)
        places = member_places([{p.region for p in a.parties if p.region} for a in group],
                               stretches, mentions)
        if places is None:
            continue
        new = ordinal_member_signers(analysis, stretches, si,
                                     [a.signatories for a in group], places, named)
        for a, who in zip(group, new, strict=True):
            a.signatories = who
    # signers in the shapes of extract.signer_shapes (a list after a colon, a meeting
    # taken up by "стороны", a planned agreement's announced signers, initials)
    from soccoop.extract.signer_shapes import shape_signers  # the hook, in one place

    shape_signers(analysis, agreements, named, models)


def lead_signing(sent: Sentence) -> bool:
    """Does the sentence tell of a signing of a paper it does not name, so that the next
    sentence's agreement is that paper? "Министр труда Олег Клыков в четверг подписал
    важный документ. Соглашение о сотрудничестве заключено с ...", "Министры поставили
    подписи под документом." A signing verb with a bare document as its object, or a
    signature put under one or under nothing; no agreement noun and no other paper
    ("подписал указ") in it. statpool94: the signing told as done, its verb (the signature's
    head) no infinitive: "Подписать этот документ мы хотим весной" signs nothing yet. Only
    from the parse."""
    if not sent.parsed:
        return False
    toks = sent.tokens
    if any(t.lemma in AGREEMENT_NOUNS for t in toks) or \
            any(other_paper(sent, i) for i in range(len(toks))):
        return False
    for k, t in enumerate(toks):
        kids = [toks[c] for c in sent.children(k)]
        if t.pos == "VERB" and t.lemma in SIGNING_HEADS and not _infinitive(t) and \
                any(c.rel == "obj" and c.lemma in BARE_DOCUMENTS for c in kids):
            return True  # "подписал важный документ"
        if t.lemma in SIGNATURE_WORDS and t.rel == "obj" and \
                not (0 <= t.head < len(toks) and _infinitive(toks[t.head])) and \
                all(c.lemma in BARE_DOCUMENTS for c in kids if c.pos == "NOUN") and \
                not signature_under_pronoun(sent, k):
            return True  # "поставили подписи (под документом)"
    return False


def _infinitive(t: Token) -> bool:
    """statpool94: is the verb an infinitive ("подписать", "поставить")?"""
    return t.feats.get("VerbForm") == "Inf"


def signature_under_pronoun(sent: Sentence, k: int) -> bool:
    """sig84: is the signature at ``k`` put under a third-person pronoun ("Подписи под ним
    поставили директор X и ректор Y")? The pronoun refers back to a paper told before, so
    the sentence closes that paper's telling and leads into no next one: after "Второе
    соглашение заключено с союзом. Подписи под ним поставили X и Y." an agreement told
    next ("Третье соглашение заключили университет и фонд") is not what X and Y signed.
    The pronoun hangs on the signature or on its verb ("поставили под ним подписи"), with
    "под" (``UNDER_PREPOSITIONS``). Only from the parse and morphology."""
    toks = sent.tokens
    h = toks[k].head
    heads = [k, h] if 0 <= h < len(toks) else [k]
    return any(toks[c].pos == "PRON" and toks[c].feats.get("Person") == "3" and
               any(toks[x].rel == "case" and toks[x].lemma in UNDER_PREPOSITIONS
                   for x in sent.children(c))
               for head in heads for c in sent.children(head))


def _distinct_word(own: str, others: list[str]) -> str | None:
    """The first word of a side's name, of four letters or more, that no other member's
    own side has: "Беловский район Курской области" beside "Глушковский район" →
    "Беловский"."""
    taken = {s for other in others for w in names.words(other) for s in names.stems(w)}
    return next((w for w in names.words(own)
                 if len(w) >= 4 and not names.stems(w) & taken), None)


def side_named_in(sent: Sentence, a: Agreement, others: list[Agreement]) -> bool:
    """sig51: does the sentence name a side of the agreement by a word of four letters or
    more that no side of the other agreements has (``_distinct_word``)? "директор ООО
    «Швея» В. Петрова" names "ООО «Швея»" beside an agreement with "АО «Мебель»"; the
    ministry both share names neither."""
    taken = [p.name for b in others for p in b.parties]
    for p in a.parties:
        if p.name in taken:
            continue
        word = _distinct_word(p.name, taken)
        if word and any(names.stems(t.text) & names.stems(word) for t in sent.tokens):
            return True
    return False


def _signer_offsets(analysis: Analysis, sent: Sentence, who: list[str]) -> list[int] | None:
    """Where the sentence names each of the signers, by surname (any case); None when it
    does not name them all."""
    spans = persons_in(analysis, sent)
    out: list[int] = []
    for name in who:
        at = next((s.start for s in spans if same_surname(s.text, name)), None)
        if at is None:
            return None
        out.append(at)
    return out


def partner_of(marks: list[int], at: int) -> int:
    """The one per-partner signer rule (sig34): a person named at offset ``at`` of a
    signing sentence that lists the partners ("с главой Северного района Иваном Белым,
    главой Южного района Петром Серым") is named with the partner whose mark (an offset
    in the sentence) comes last before the name: its index in ``marks``, or -1 when the
    name comes before every partner (the one who signed for all: "Сомов подписал
    соглашения с ..."). Linear in the number of partners."""
    best = -1
    for n, m in enumerate(marks):
        if m < at and (best < 0 or m > marks[best]):
            best = n
    return best


class _Placed(Protocol):
    """A side as the candidate stage holds it: where its name stands in the text."""

    start: int
    stop: int


P = TypeVar("P", bound=_Placed)


def own_partner_signers(
    analysis: Analysis, members: list[tuple[list[P], list[str]]], persons: list[NerSpan],
    name_of: Callable[[NerSpan], str | None],
) -> list[tuple[list[P], list[str]]]:
    """The per-partner rule (``partner_of``) on one sentence's members while candidates
    are read: "X подписал соглашения с главой района A Иваном ..., главой района B Петром
    ... и главой района C Марией ...": one agreement per partner (each member's last
    side), each signed by the common signer and by the person named right after its own
    partner only (at most a word between its name's end and the person). Persons before
    the first partner, and signers the sentence does not name, are common to all; a person
    in the list right after no partner signs none of them. ``persons`` are the sentence's
    persons, ``name_of`` reads a person's name as a signer's.

    Why the rule also runs on records (``partner_own_signers``), measured by turning each
    off (records of seeds, dev rounds, NEREL, the tests): without this stage the record
    signers end the same, but a record's ``regions``, computed from its signers when
    candidates merge, gain the other partners' regions (round 13, x06); without the record
    stage a member merged with the headline's report of the signing keeps every signer the
    headline carried (tests/test_sig22.py, "districts"). So the rule is one and is applied
    at both stages; the partners are found by their offsets here, by a distinct word there."""
    partners = sorted((pair[-1] for pair, _ in members if pair), key=lambda p: p.start)
    starts = [p.start for p in partners]
    if len(starts) != len(members) or len(set(starts)) != len(starts):
        return members
    stretch: dict[str, int] = {}
    for span in persons:
        name = name_of(span)
        n = partner_of(starts, span.start + 1)  # a partner starting where the name does
        if name is None or n < 0:
            continue
        gap = analysis.text[partners[n].stop:span.start].split()
        stretch[name] = n if len(gap) <= 1 else -1
    out = []
    for pair, who in members:
        n = starts.index(pair[-1].start)
        out.append((pair, [w for w in who if stretch.get(w, n) == n]))
    return out


def partner_own_signers(analysis: Analysis, agreements: list[Agreement]) -> None:
    """The per-partner rule (``partner_of``) on the merged records, in place: agreements
    one signing split per partner each keep, of the signers that signing named, the one
    who signed for all and the one named with their own partner: "заместитель губернатора
    Олег Сомов подписал соглашения с главой Северного района Иваном Белым, главой Южного
    района Петром Серым и главой Западного района Анной Рыжовой" gives three agreements,
    each with Сомов and its own district's head. The members are signed agreements sharing
    a side and a signer (``_signing_groups``), each with one side of its own; one of their
    sentences names all their signers; each partner's mark is the first token of a word
    of its side that no other member's side has. Unchanged unless every member finds a
    signer of its own. Why the rule runs at two stages: ``own_partner_signers``."""
    for group in _signing_groups(agreements):
        who = list(dict.fromkeys(n for a in group for n in a.signatories))
        if len(who) <= len(group):
            continue
        common = set.intersection(*({p.name for p in a.parties} for a in group))
        owns = [[p.name for p in a.parties if p.name not in common] for a in group]
        if any(len(o) != 1 for o in owns):
            continue
        words = [_distinct_word(o[0], [x[0] for x in owns if x is not o]) for o in owns]
        if any(w is None for w in words):
            continue
        for start in dict.fromkeys(a.evidence.start for a in group):
            k = sentence_at(analysis.sentences, start)
            sent = analysis.sentences[k] if k >= 0 else None
            offsets = _signer_offsets(analysis, sent, who) if sent else None
            if sent is None or offsets is None:
                continue
            found = [next((t.start for t in sent.tokens
                           if names.stems(t.text) & names.stems(w or "")), None)
                     for w in words]
            marks = [m for m in found if m is not None]
            if len(marks) != len(found) or len(set(marks)) != len(marks):
                continue
            shared: list[str] = []
            own: list[list[str]] = [[] for _ in group]
            for n, at in zip(who, offsets, strict=True):
                g = partner_of(marks, at)
                (own[g] if g >= 0 else shared).append(n)
            if all(own):
                for a, mine in zip(group, own, strict=True):
                    a.signatories = shared + mine
            break
        else:
            _signers_by_posts(analysis, group, who, common, owns,
                              sentence_starts(analysis.sentences))


def _signers_by_posts(
    analysis: Analysis, group: list[Agreement], who: list[str], common: set[str],
    owns: list[list[str]], starts: list[int],
) -> None:
    """pair70: the per-partner signers of a split signing told in the sentence after it, each
    by the words of his own post: "ЦЗН подписал соглашения с тремя предприятиями: ООО
    «Хлебозавод», АО «Цементный завод» и ООО «Автоцентр». Со стороны центра занятости
    документы подписала начальник отдела Анна Белова, со стороны работодателей — директор
    хлебозавода Олег Серов, директор цементного завода Иван Рыжов и директор автоцентра
    Пётр Седов" (Белова for all three, each director for his own). A signer's post is the
    stretch between the person named before him (or the sentence's start) and his name.
    It names a partner by a word of four letters or more of that partner's side that no
    other member's own side has; a post naming a word of the common side (one no member's
    own side has), or no partner, is the common signer's. Unchanged unless every signer is
    found in that one sentence, every post names at most one partner, and every member
    gets a signer of its own. agr72: the signers may be told over the two sentences after
    it (``_signers_told_after``). Linear: those sentences, their tokens once per signer."""
    def stems_of(side: str, others: list[str]) -> set[str]:
        taken = {x for o in others for w in names.words(o) for x in names.stems(w)}
        return {x for w in names.words(side) if len(w) >= 4
                for x in names.stems(w)} - taken
    own_stems = [stems_of(o[0], [x[0] for x in owns if x is not o]) for o in owns]
    common_stems = {x for c in common for w in names.words(c) if len(w) >= 4
                    for x in names.stems(w)} - {x for o in owns for w in names.words(o[0])
                                                for x in names.stems(w)}
    for start in dict.fromkeys(a.evidence.start for a in group):
        k = bisect_right(starts, start)  # the sentence after the signing's
        told = _signers_told_after(analysis, k, who)
        if told is None:
            continue
        shared: list[str] = []
        own: list[list[str]] = [[] for _ in group]
        for n, (sent, spans, sp) in zip(who, told, strict=True):
            before = max((x.stop for x in spans if x.stop <= sp.start), default=sent.start)
            words = {x for t in sent.tokens if before <= t.start < sp.start
                     for x in names.stems(t.text)}
            hits = [g for g, st in enumerate(own_stems) if words & st]
            if len(hits) > 1:
                return
            if hits and not words & common_stems:
                own[hits[0]].append(n)
            else:
                shared.append(n)
        if shared and all(own):
            for a, mine in zip(group, own, strict=True):
                a.signatories = shared + mine
        return


def _signers_told_after(analysis: Analysis, k: int, who: list[str],
                        ) -> list[tuple[Sentence, list[NerSpan], NerSpan]] | None:
    """Each signer of ``who`` where the sentences from index ``k`` name him: his sentence,
    its persons and his span, the fewest sentences first, up to ``SIGNERS_TOLD_REACH``
    (agr72: "Со стороны министерства документы подписал министр Иван Петров. Со стороны
    партнёров — директор фонда «Опора» Анна Белова и председатель общества «Надежда» Олег
    Серов": the common signer in one sentence, the partners' in the next). None unless
    every signer is found."""
    window: list[tuple[Sentence, list[NerSpan]]] = []
    for sent in analysis.sentences[k:k + SIGNERS_TOLD_REACH]:
        window.append((sent, persons_in(analysis, sent)))
        found = [next(((x, spans, sp) for x, spans in window for sp in spans
                       if same_surname(sp.text, n)), None) for n in who]
        if all(f is not None for f in found):
            return [f for f in found if f is not None]
    return None


def _signing_groups(agreements: list[Agreement]) -> list[list[Agreement]]:
    """Signed agreements with two signers or more, grouped when they share a side and a
    signer with a member (the members one signing was split into; one may carry them all,
    merged with the headline's report of it). Groups of two or more, in order."""
    groups: list[list[Agreement]] = []
    by_key: dict[tuple[str, str], int] = {}  # (side, signer) → its group: one lookup each
    for a in agreements:
        if a.status != "signed" or len(a.signatories) < 2:
            continue
        keys = [(p.name, n) for p in a.parties for n in a.signatories]
        home = next((by_key[k] for k in keys if k in by_key), None)
        if home is None:
            home = len(groups)
            groups.append([])
        groups[home].append(a)
        for k in keys:
            by_key.setdefault(k, home)
    return [g for g in groups if len(g) >= 2]


def recalls_others_signing(sent: Sentence, span: NerSpan) -> bool:
    """One who recalls or tells of a signing by someone else is no signer of it:
    "Министр Анна Котова напомнила, что весной область уже подписала такое соглашение с
    соседями". The name, through its post, is the subject of a reporting verb, and a
    signing verb in a clause under that verb has a subject of its own that is neither
    the name's group nor a pronoun ("напомнила, что мы подписали ...", "рассказала, что
    его подписали она и ...": hers may be the signature). Only from the parse."""
    found = _subject_of(sent, span)
    if found is None:
        return False
    toks = sent.tokens
    nodes, report = found
    if toks[report].lemma not in REPORT_VERBS:
        return False
    for v, t in enumerate(toks):
        if t.lemma not in SIGNING_HEADS or t.pos != "VERB":
            continue
        h = v
        for _ in range(4):  # the signing's clause under the report verb, a few steps
            if h == report or not 0 <= h < len(toks):
                break
            h = toks[h].head
        if h != report:
            continue
        subjects = [c for c in sent.children(v) if toks[c].rel in SUBJECT_RELATIONS]
        if subjects and all(c not in nodes and toks[c].pos != "PRON" for c in subjects):
            return True
    return False


def presence_aside(sent: Sentence) -> bool:
    """A sentence between a signing and the signers named side by side that only tells
    who came, led or represented a side (a verb of ``PRESENCE_VERBS``), with no signing
    word and no agreement noun: "Подписано соглашение. Делегацию возглавил вице-премьер
    Анатолий Семёнов. Со стороны республики документ подписал министр ..." (sig26). Its
    people sign nothing there; one who only thanks or speaks ("Губернатор поблагодарил
    участников") may start another story, so such a sentence is no aside."""
    lemmas = {t.lemma for t in sent.tokens}
    return bool(lemmas & PRESENCE_VERBS) and \
        not lemmas & (SIGNER_WORDS | SIGNING_HEADS | AGREEMENT_NOUNS)


def introduced_pronoun_signer(aside: Sentence, sent: Sentence,
                              officials: list[Official], models: Models) -> list[str]:
    """The signer a pronoun stands for, introduced in the sentence just before it that
    tells only of her presence: "Кузбасс на церемонии представляла министр Елена
    Воронина. Она и поставила подпись под соглашением" → Елена Воронина (sig26). The
    pronoun's referent (``pronoun_holder``) must be an official named in ``aside``."""
    if not presence_aside(aside):
        return []
    found = pronoun_holder(ensure_parsed(sent, models), officials, models)
    return [n for n in found if any(o.name == n and aside.start <= o.evidence.start <
                                    aside.stop for o in officials)]


def list_items_after(analysis: Analysis, sent: Sentence) -> list[Sentence]:
    """muni90: the sentences that go on with a list ``sent`` leaves open: the segmenter
    cuts a list of items at each semicolon before a capital letter, so "Сторонами
    соглашения выступили: Министерство X в лице министра A; Университет Y в лице ректора
    B; Фонд Z в лице директора C." is three sentences. Each next sentence is taken while
    the one before ends with a semicolon (``LIST_ITEM_REACH`` at most: linear)."""
    out: list[Sentence] = []
    cur = sent
    while len(out) < LIST_ITEM_REACH and cur.text.rstrip().endswith(";"):
        nxt = next_sentence(analysis, cur)
        if nxt is None:
            break
        out.append(nxt)
        cur = nxt
    return out


def listed_represented_signers(analysis: Analysis, sent: Sentence) -> list[NerSpan]:
    """muni90: the representatives of a list of sides ``sent`` opens ("Сторонами
    соглашения выступили: Министерство X в лице министра A; Университет Y в лице ректора
    B; ..."), its own (``represented_signers``) and those of the items the segmenter cut
    off at semicolons (``list_items_after``), each item's "в лице" read as in the opening
    sentence. Nothing when the opening sentence names no representative."""
    own = represented_signers(analysis, sent)
    if not own:
        return []
    out = list(own)
    for item in list_items_after(analysis, sent):
        out += [p for p in represented_signers(analysis, item, listed=True) if p not in out]
    return out


def represented_signers(analysis: Analysis, sent: Sentence,
                        listed: bool = False) -> list[NerSpan]:
    """The persons a sentence names in the legal formula "X в лице <post> <name>", who act
    for a side and sign for it: "Третьей стороной выступил центр социального обслуживания
    в лице директора Галины Поповой" → Попова (sig34). From morphology, since the parser
    hangs the post of a second "в лице" anywhere: after "в лице", only words of the post
    in the genitive (and its possessive, "в лице его председателя") up to the name, or a
    word the parse hangs on one of them ("в лице управляющего отделением X"); a comma, a
    dash or another word ends the phrase. A phrase of two representatives joined by "и"
    names both: "Стороны выступают в лице министра X Егора Лаптева и министра Y Оксаны
    Чернышовой" (sig44; the conjunction and the second post go on in the genitive). Only
    in a sentence about a side or a document ("стороной", "соглашение", "документ"):
    "Регион в лице губернатора Ивана Петрова поддержал инициативу" signs nothing.
    ``listed``: the sentence is an item of a list of sides opened before
    (``listed_represented_signers``), which stands for that context."""
    toks = sent.tokens
    if not listed and not any(t.lemma in REPRESENTED_CONTEXT or t.lemma in AGREEMENT_NOUNS or
                              t.lemma in BARE_DOCUMENTS for t in toks):
        return []
    spans = persons_in(analysis, sent)
    if not spans:
        return []
    at = {s.start: s for s in spans}
    out: list[NerSpan] = []
    prep, noun = REPRESENTATIVE_PHRASE
    for i in range(len(toks) - 2):
        if toks[i].lemma != prep or toks[i + 1].lemma != noun:
            continue
        phrase = {i + 1}
        reach = i + 2 + REPRESENTATIVE_REACH
        j = i + 2
        while j < min(len(toks), reach):
            found = at.get(toks[j].start)
            if found is not None:
                if found not in out:
                    out.append(found)
                j = max(_inside(sent, found), default=j) + 1
                if j < len(toks) and (toks[j].lemma in REPRESENTATIVE_JOINS or
                                      _next_representative(toks, j)):
                    reach = j + 1 + REPRESENTATIVE_REACH  # "... Лаптева и министра ..."
                    phrase.add(j)
                    j += 1
                    continue
                break
            t = toks[j]
            portfolio = _portfolio_end(toks, j) if j > i + 2 else -1
            if portfolio > j:  # muni90: "в лице заместителя главы по социальным вопросам"
                phrase.update(range(j, portfolio + 1))
                j = portfolio + 1
                continue
            if t.text.lower() in ACTING_PARTICIPLES | DUTY_NOUNS or _post_goes_on(toks, j):
                phrase.add(j)  # dig94: "в лице исполняющей обязанности министра труда,
                j += 1  # занятости и социального развития области Елены ..."
                continue
            if t.pos == "PUNCT" or t.lemma not in REPRESENTATIVE_POSSESSIVES and \
                    t.pos != "CCONJ" and t.feats.get("Case") != "Gen" and t.head not in phrase:
                break
            phrase.add(j)
            j += 1
    return out


def _post_goes_on(toks: list[Token], j: int) -> bool:
    """dig94: does the comma or dash at ``j`` go on with a representative's post in the
    genitive, a body's fields listed ("министра спорта, туризма и молодёжной политики")
    or a second post of the same person ("заместителя губернатора — руководителя
    департамента")? The next word is in the genitive and no punctuation."""
    return toks[j].text in REPRESENTATIVE_MARKS and j + 1 < len(toks) and \
        toks[j + 1].pos != "PUNCT" and toks[j + 1].feats.get("Case") == "Gen"


def _next_representative(toks: list[Token], j: int) -> bool:
    """dig94: after a representative's name, does the comma at ``j`` open the next one's
    post, an animate noun in the genitive: "в лице министра Ивана Петрова, директора фонда
    Анны Сидоровой и ректора ..." (each a signer)."""
    return toks[j].text == "," and j + 1 < len(toks) and toks[j + 1].pos == "NOUN" and \
        toks[j + 1].feats.get("Case") == "Gen" and toks[j + 1].feats.get("Animacy") == "Anim"


def _portfolio_end(toks: list[Token], j: int) -> int:
    """muni90: the last token of a deputy's portfolio that opens at ``j`` inside a
    representative's post, "по" and adjectives up to a portfolio noun in the dative
    (``lexicon_orgs.PORTFOLIO_NOUNS``): "(в лице заместителя главы) по социальным
    вопросам". -1 when none opens there."""
    if toks[j].lemma != "по":
        return -1
    for m in range(j + 1, min(len(toks), j + 4)):
        t = toks[m]
        if t.lemma in PORTFOLIO_NOUNS and t.feats.get("Case") == "Dat":
            return m
        if t.pos != "ADJ":
            return -1
    return -1


def back_clause_persons(analysis: Analysis, sent: Sentence, k: int) -> list[NerSpan]:
    """The persons of a later clause of the agreement's own sentence that signs the
    agreement again by a pronoun: "Итогом встречи стало соглашение: его подписали Андрей
    Колесников и Галина Мерзлякова" (sig34). A signing verb after the agreement noun at
    ``k``, other than the verb governing it, with a third-person pronoun in the
    accusative in its subtree (its object, however the parser hung it); the persons in
    that subtree after the noun. Only from the parse.

    sig62: a clause in the first person too ("мы с министерством края подписали
    соглашение — я подписывала его вместе с министром Ларисой Ковальчук": Ковальчук here,
    the speaker of "я" added by the caller). Left out before (sig34) because round 31's
    record was listed after a planned one and the scorer's pairing crossed them; the
    records now follow the text's order (pair58)."""
    if not sent.parsed:
        return []
    toks = sent.tokens
    governing = toks[k].head
    for v in range(k + 1, len(toks)):
        if v == governing or toks[v].pos != "VERB" or toks[v].lemma not in SIGNING_HEADS:
            continue
        under = [x for x in subtree(sent, v) if x > k]
        if not any(toks[c].pos == "PRON" and toks[c].lemma in BACK_PRONOUNS and
                   (toks[c].rel == "obj" or toks[c].feats.get("Case") == "Acc")
                   for c in under):
            continue
        lo, hi = max(toks[under[0]].start, toks[k].stop), toks[under[-1]].stop
        return [p for p in persons_in(analysis, sent) if lo <= p.start and p.stop <= hi]
    return []
