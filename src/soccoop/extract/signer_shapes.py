"""Signers given in sentence shapes the first signer rules do not read: a list after a
colon ("Подписи под соглашением поставили:\\n— министр X;\\n— министр Y."), people
introduced by a meeting whom a collective subject takes up ("Министр встретилась с
министром X. ... Стороны подписали соглашение"), the announced signers of a planned
agreement ("Его подпишут министр X и министр Y") and a signer written with initials in a
coordinated subject ("Е.Н. Петрова и министр X подписали ..."), named in full before.

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
from collections.abc import Callable

from soccoop import names
from soccoop.extract.lexicon import AGREEMENT_NOUNS
from soccoop.extract.lexicon_signer_shapes import (
    BACK_OBJECTS,
    COLLECTIVE_SUBJECTS,
    DUTY_VERBS,
    FUTURE_REACH,
    HOLDING_VERBS,
    LIST_ITEMS,
    LIST_REACH,
    MEETING_NOUNS,
    MEETING_REACH,
    MEETING_VERBS,
    NAME_LOOKBACK,
    PARTNER_PREPOSITIONS,
)
from soccoop.extract.lexicon_signers import (
    GUEST_WORDS,
    NAME_GROUP_RELATIONS,
    SIGNATURE_WORDS,
    SIGNING_HEADS,
    SUBJECT_RELATIONS,
)
from soccoop.extract.nlp import Analysis, NerSpan, Sentence, get_models
from soccoop.extract.syntax import ensure_parsed, subtree
from soccoop.models import Agreement

Named = Callable[[Sentence], list[str]]

# Relations of a participle that modifies a noun rather than being the predicate.
MODIFIER_RELATIONS = frozenset({"acl", "acl:relcl", "amod"})

# Whether a planned agreement takes the signers announced for it ("Его подпишут X и Y").
# The project's convention so far is that a planned one has no signers yet (see
# extract.agreements._signer_status), and the dev golds disagree (round 7 lists none for
# "Документ подпишут X и Y", round 17 lists them for "Его подпишут X и Y"): off until the
# convention is settled; ``future_signers`` reads the shape either way.
ANNOUNCED_SIGNERS = False

_INITIALS = re.compile(r"^(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$")


# --- small readers -------------------------------------------------------------------


def _persons(analysis: Analysis, starts: list[int], sent: Sentence) -> list[NerSpan]:
    """PER spans inside a sentence; ``starts`` are the document's sorted PER spans'
    starts (the spans are ``analysis.spans`` filtered and sorted the same way)."""
    spans = _per_spans(analysis)
    out: list[NerSpan] = []
    for s in spans[bisect_left(starts, sent.start):]:
        if s.start >= sent.stop:
            break
        if s.stop <= sent.stop:
            out.append(s)
    return out


_PER_CACHE: list[tuple[Analysis, list[NerSpan], list[int], list[int]]] = []


def _per_spans(analysis: Analysis) -> list[NerSpan]:
    return _per_index(analysis)[0]


def _per_index(analysis: Analysis) -> tuple[list[NerSpan], list[int]]:
    """The document's PER spans sorted by start and their starts (built once per
    document: the last one is remembered)."""
    if not _PER_CACHE or _PER_CACHE[0][0] is not analysis:
        spans = sorted((s for s in analysis.spans if s.type == "PER"), key=lambda s: s.start)
        _PER_CACHE[:] = [(analysis, spans, [s.start for s in spans],
                          [s.start for s in analysis.sentences])]
    return _PER_CACHE[0][1], _PER_CACHE[0][2]


def _sentence_starts(analysis: Analysis) -> list[int]:
    """The document's sentence starts, built with the PER index once per document."""
    _per_index(analysis)
    return _PER_CACHE[0][3]


def _first_token(sent: Sentence, span: NerSpan) -> int | None:
    """Index of the span's first token in the sentence (None when outside it)."""
    return next((i for i, t in enumerate(sent.tokens)
                 if span.start <= t.start and t.stop <= span.stop), None)


def _group_top(sent: Sentence, k: int) -> int:
    """From a name's token up through its name group (the post it is apposed to, the
    conjunct it joins) to the group's top: "министр ... Анна Котова" → министр."""
    toks = sent.tokens
    for _ in range(6):
        if toks[k].rel not in NAME_GROUP_RELATIONS or not 0 <= toks[k].head < len(toks):
            break
        k = toks[k].head
    return k


def _post_of(sent: Sentence, k: int) -> int | None:
    """The post a name is apposed to: "министром ... Сергеем Ивановым" → министром."""
    toks = sent.tokens
    for _ in range(3):
        if toks[k].rel == "flat:name" and 0 <= toks[k].head < len(toks):
            k = toks[k].head
            continue
        break
    if toks[k].rel == "appos" and 0 <= toks[k].head < len(toks) and \
            toks[toks[k].head].pos == "NOUN":
        return toks[k].head
    return None


def _in_nodes(analysis: Analysis, sent: Sentence, nodes: set[int]) -> list[NerSpan]:
    """The sentence's PER spans whose first token is one of ``nodes``."""
    starts = _per_index(analysis)[1]
    out = []
    for span in _persons(analysis, starts, sent):
        k = _first_token(sent, span)
        if k is not None and k in nodes:
            out.append(span)
    return out


def _subject_nodes(sent: Sentence, verb: int, relations: set[str] | frozenset[str]) -> set[int]:
    """Tokens under the verb's children in ``relations`` (its subject and their
    conjuncts, with their posts and names)."""
    toks = sent.tokens
    out: set[int] = set()
    for c in sent.children(verb):
        if toks[c].rel in relations:
            out.update(subtree(sent, c))
    return out


def _name(analysis: Analysis, sent: Sentence, span: NerSpan, named: Named) -> str | None:
    """A person's nominative name: the one the signer reader gives for the sentence
    (an official's name), else the officials' name reader, else initials and surname
    taken up from a full name stated before."""
    from soccoop.extract.signers import initials_nominative, nominative_name

    last = span.text.split()[-1] if span.text.split() else ""
    for n in named(sent):
        if names.surname_eq(n.split()[-1], last):
            return n
    if _INITIALS.match(span.text.strip()):
        return earlier_full_name(analysis, span) or initials_nominative(
            re.sub(r"\.(?=\S)", ". ", span.text.strip()))
    return nominative_name(sent, span)


def earlier_full_name(analysis: Analysis, span: NerSpan) -> str | None:
    """The full name a signer written with initials was named by before: "По словам
    министра Елены Степановой ... Е.Н. Степанова и председатель комитета X подписали
    ..." → "Елена Степанова". The text must name exactly one person in full with that
    surname among the last NAME_LOOKBACK person mentions."""
    from soccoop.extract.signers import nominative_name

    spans, starts = _per_index(analysis)
    surname = span.text.split()[-1].split(".")[-1]
    n = bisect_left(starts, span.start)
    sent_starts = _sentence_starts(analysis)
    found: set[str] = set()
    for earlier in spans[max(0, n - NAME_LOOKBACK):n]:
        if _INITIALS.match(earlier.text.strip()):
            continue
        k = bisect_right(sent_starts, earlier.start) - 1
        if k < 0:
            continue
        full = nominative_name(analysis.sentences[k], earlier)
        if full and names.surname_eq(full.split()[-1], surname):
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
    if _signing_verbs(sent):
        return True
    return any(t.lemma in SIGNATURE_WORDS and t.rel == "obj" for t in toks)


def _item(analysis: Analysis, sent: Sentence) -> bool:
    """A list item on a line of its own: a list mark ("—", "•", "1)", "2.") opens the
    line."""
    from soccoop.extract.signers import list_item

    text = analysis.text
    before = text[text.rfind("\n", 0, sent.start) + 1:sent.start]
    return not before.strip() and list_item(sent)


def item_person(analysis: Analysis, sent: Sentence) -> list[NerSpan]:
    """The people a list item names as its head: "— министр социальной защиты
    Республики N Анна Котова;" → Анна Котова. A name whose group (its post, the
    conjunct it joins) is the item's root; not a name deeper in it ("— советник
    губернатора, по приглашению Анны Котовой"). Only from the parse."""
    sent = ensure_parsed(sent, get_models())
    toks = sent.tokens
    # the list mark ("1)", "—") may be the parser's root: then what hangs on it is the head
    mark = next((i for i, t in enumerate(toks) if t.pos not in {"NUM", "PUNCT", "SYM", "X"}),
                len(toks))
    starts = _per_index(analysis)[1]
    out = []
    for span in _persons(analysis, starts, sent):
        k = _first_token(sent, span)
        if k is None:
            continue
        head = toks[_group_top(sent, k)].head
        if head < 0 or head < mark:
            out.append(span)
    return out


def colon_list_signers(analysis: Analysis, si: int, named: Named) -> list[str]:
    """The signers a colon clause lists, in items on lines of their own right after it:
    "Документ подписали:\\n— министр труда области N Анна Котова;\\n— глава
    департамента края M Пётр Гусев." The items are read until the first line that is
    no item, LIST_ITEMS at most."""
    sents = analysis.sentences
    out: list[str] = []
    for n in range(si + 1, min(len(sents), si + 1 + LIST_ITEMS)):
        if not _item(analysis, sents[n]):
            break
        for span in item_person(analysis, sents[n]):
            name = _name(analysis, sents[n], span, named)
            if name and name not in out:
                out.append(name)
    return out


# --- pass 2: a collective signing after a meeting ----------------------------------


def collective_signing(sent: Sentence) -> bool:
    """A signing whose subject stands for people named before and names nobody:
    "Стороны подписали соглашение", "По итогам встречи руководители подписали ...".
    Only from the parse."""
    toks = sent.tokens
    for v in _signing_verbs(sent):
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
                named: Named) -> str | None:
    """The person a bare post stands for ("министр встретилась с ..."): the one named
    last before the sentence with a post of the same word ("министр труда ... Анна
    Котова находилась с рабочей поездкой ..."), not one of ``others``. Reads back
    NAME_LOOKBACK person mentions."""
    spans, starts = _per_index(analysis)
    lemma = sent.tokens[post].lemma
    sent_starts = _sentence_starts(analysis)
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
        if p is None or s.tokens[p].lemma != lemma:
            continue
        name = _name(analysis, s, earlier, named)
        if name and not any(names.surname_eq(name.split()[-1], o.split()[-1]) for o in others):
            return name
    return None


def meeting_participants(analysis: Analysis, sent: Sentence, named: Named) -> list[str]:
    """Who met in a meeting sentence: its subject (a name, or a bare post taken up from
    the one named before with it) and the partner met "с + instrumental": "Министр
    встретилась с министром труда края Сергеем Ивановым" → [министр's name, Сергей
    Иванов]; or two names joined in the subject ("В Омске встретились губернатор X и
    губернатор Y"). Empty unless both sides are found. Only from the parse."""
    verb = _meeting_verb(sent)
    if verb is None:
        return []
    partners = [_name(analysis, sent, s, named)
                for s in _in_nodes(analysis, sent, _partner_nodes(sent, verb))]
    partner = [p for p in partners if p]
    toks = sent.tokens
    subjects = [c for c in sent.children(verb) if toks[c].rel in SUBJECT_RELATIONS]
    found = [_name(analysis, sent, s, named)
             for s in _in_nodes(analysis, sent, _subject_nodes(sent, verb, SUBJECT_RELATIONS))]
    own = [f for f in found if f]
    if not partner and len(own) >= 2:
        return list(dict.fromkeys(own))  # "встретились министр X и министр Y"
    if not partner:
        return []
    if not own:
        for c in subjects:
            if toks[c].pos == "NOUN" and toks[c].feats.get("Animacy") == "Anim":
                holder = post_holder(analysis, sent, c, partner, named)
                if holder:
                    own.append(holder)
    if not own:
        return []
    return list(dict.fromkeys(own + partner))


def meeting_signers(analysis: Analysis, si: int, named: Named) -> list[str]:
    """The signers of a collective signing in sentence ``si`` ("Стороны подписали
    соглашение ...") are those who met in the nearest meeting sentence before it, within
    MEETING_REACH sentences: "Министр встретилась с министром края Сергеем Ивановым.
    Руководители обсудили ... . Стороны подписали соглашение" → both."""
    sents = analysis.sentences
    for n in range(si - 1, max(-1, si - 1 - MEETING_REACH), -1):
        s = sents[n]
        if any(t.lemma in SIGNING_HEADS for t in s.tokens):
            return []  # a signing between: the collective is that one's
        if not any(t.lemma in MEETING_VERBS or t.lemma in MEETING_NOUNS for t in s.tokens):
            continue
        return meeting_participants(analysis, ensure_parsed(s, get_models()), named)
    return []


# --- pass 3: the announced signers of a planned agreement -------------------------


def _back_object(sent: Sentence, verb: int) -> bool:
    """Is the verb's object the planned agreement referred back to: a pronoun, a bare
    document, an agreement noun with no partner of its own ("с X", "между X и Y")?"""
    toks = sent.tokens
    for c in sent.children(verb):
        t = toks[c]
        if t.rel not in {"obj", "nsubj:pass"} or t.lemma not in BACK_OBJECTS:
            continue
        if t.lemma in AGREEMENT_NOUNS and any(
                toks[x].rel == "case" and toks[x].lemma in {"с", "со", "между"}
                for y in sent.children(c) for x in sent.children(y)):
            return False
        return True
    return False


def future_signers(analysis: Analysis, sent: Sentence, named: Named) -> list[str]:
    """The people announced as signing the planned agreement: the subject of a future
    signing verb whose object refers back to it ("Его подпишут министр области N Анна
    Котова и министр края M Пётр Гусев"), or the dative of a duty to sign it
    ("Подписать документ предстоит министру Анне Котовой и ..."). Only from the parse."""
    toks = sent.tokens
    nodes: set[int] = set()
    for v in _signing_verbs(sent):
        t = toks[v]
        if t.feats.get("Tense") == "Fut" and _back_object(sent, v):
            nodes |= _subject_nodes(sent, v, {"nsubj"})
        elif t.feats.get("VerbForm") == "Inf" and _back_object(sent, v):
            h = t.head
            if 0 <= h < len(toks) and toks[h].lemma in DUTY_VERBS:
                nodes |= {x for c in sent.children(h) if toks[c].feats.get("Case") == "Dat"
                          for x in subtree(sent, c)}
    out: list[str] = []
    for span in _in_nodes(analysis, sent, nodes):
        name = _name(analysis, sent, span, named)
        if name and name not in out:
            out.append(name)
    return out


# --- pass 4: a signer written with initials in a coordinated subject --------------


def initials_subjects(analysis: Analysis, sent: Sentence, named: Named) -> list[str]:
    """Signers the subject of a signing writes with initials, each taken up from the
    full name stated before: "Е.Н. Петрова и председатель комитета Олег Ершов подписали
    соглашение" → "Елена Петрова" (named before as "министр Елена Петрова"), else the
    initials and the surname in the nominative. Only from the parse."""
    out: list[str] = []
    for v in _signing_verbs(sent):
        for span in _in_nodes(analysis, sent, _subject_nodes(sent, v, SUBJECT_RELATIONS)):
            if _INITIALS.match(span.text.strip()):
                name = _name(analysis, sent, span, named)
                if name and name not in out:
                    out.append(name)
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


# --- the hook ---------------------------------------------------------------------


def _add(agreement: Agreement, found: list[str]) -> None:
    """Add the names whose surname no signatory of the agreement has yet."""
    for name in found:
        if not any(names.surname_eq(name.split()[-1], s.split()[-1])
                   for s in agreement.signatories if s.split()):
            agreement.signatories.append(name)


def shape_signers(analysis: Analysis, agreements: list[Agreement], named: Named) -> None:
    """Give the agreements found the signers the shapes above name, in place: the list
    after a colon clause within LIST_REACH sentences of a signed (or recalled) one; the
    meeting's participants for a signed one whose signing subject is collective and that
    has no signers; the announced signers of a planned one with none, within
    FUTURE_REACH sentences (behind ANNOUNCED_SIGNERS); initials in the signing subject
    of a signed one; first, a signing retold as developing an older agreement drops the
    signers it copied. A sentence another agreement was read from ends the reach.
    ``named`` reads a sentence's signers (officials' names)."""
    sents = analysis.sentences
    if not sents or not agreements:
        return
    starts = [s.start for s in sents]
    where = [bisect_right(starts, a.evidence.start) - 1 for a in agreements]
    own = Counter(where)
    _drop_retold(analysis, agreements, where)
    for a, si in zip(agreements, where, strict=True):
        if si < 0:
            continue
        if own[si] > 1:  # one sentence read as several agreements: whose list?
            if a.status == "signed" and sents[si].parsed:
                _add(a, initials_subjects(analysis, sents[si], named))
            continue
        reach = list(range(si, min(len(sents), si + 1 + max(LIST_REACH, FUTURE_REACH))))
        stop = next((n for n in reach[1:] if n in own), None)
        if stop is not None:
            reach = [n for n in reach if n < stop]
        if a.status in {"signed", "mentioned"}:
            for n in reach[:LIST_REACH + 1]:
                if sents[n].text.rstrip().endswith(":") and \
                        colon_signing(ensure_parsed(sents[n], get_models())):
                    _add(a, colon_list_signers(analysis, n, named))
                    break
        if a.status == "signed" and sents[si].parsed:
            if not a.signatories and collective_signing(sents[si]):
                _add(a, meeting_signers(analysis, si, named))
            _add(a, initials_subjects(analysis, sents[si], named))
        if a.status == "planned" and not a.signatories and ANNOUNCED_SIGNERS:
            for n in reach[:FUTURE_REACH + 1]:
                if not any(t.lemma in SIGNING_HEADS for t in sents[n].tokens):
                    continue
                found = future_signers(analysis, ensure_parsed(sents[n], get_models()), named)
                if found:
                    _add(a, found)
                    break


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
