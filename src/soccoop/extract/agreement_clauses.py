"""The agreement noun's clause: its bounds, its predicate path and the noun's own phrase.

Coordinate and clause bounds (``_coordinate_bounds``, ``_clause_bounds``, with quoted names
kept whole), the path from the noun up to its predicate through the dependency parse
(``_predicate_path``, ``_clause_head``, ``_signing_path``, ``_signed_participle``), the
noun's phrase (``noun_phrase``) and the other agreement nouns of the sentence
(``_other_agreements``, ``_nearest_agreement``). It stands apart from extract.agreements
because the status, date, signer and side steps all read the clause the same way and none
of these helpers looks at a candidate.
"""

from __future__ import annotations

from soccoop.extract.lexicon import (
    CONTRAST_CONJUNCTIONS,
    SIGN_VERBS,
    SUBORDINATORS,
    TRIGGERS,
)
from soccoop.extract.nlp import Sentence, Token, edit_stamp
from soccoop.extract.normalize import is_acronym
from soccoop.extract.party_phrases import (
    QUOTED_BODY_REACH,
    _aside_close,
    _body_quote_close,
    _is_quoted_name,
    _kind_quote_close,
    _legal_form_before,
    _quoted_name_close,
)
from soccoop.extract.signing_dates import (
    agreeing_participle,  # statC
)
from soccoop.extract.syntax import (
    ancestors,
    subtree,
    within_heads,
)


def _coordinate_bounds(sent: Sentence, k: int, verbs: bool = False) -> tuple[int, int]:
    """The coordinate clause of token k: "в 2022 году республика заключила соглашение с
    Оренбургской областью, | а в этом году планирует подписать аналогичный документ с
    Самарской областью" is two, cut at a comma before "а", "но", "однако"; so is "Это
    второе соглашение между регионами: | в 2021 году стороны подписали ...", at a colon.

    speed88: each token's cut is read once per sentence and kept on it (``Sentence._cuts``),
    for the ten or so mentions and passes that ask of one sentence; kept under the edit
    stamp and the ``parsed`` flag it was read under (``nlp.tokens_edited``), so a signing
    verb re-tagged later ("стороны пролонгировали" read as a finite verb) or a parse on
    demand is read anew."""
    toks = sent.tokens
    stamp = edit_stamp()
    kept = sent._cuts
    if kept is None or kept[0] is not stamp or kept[1] != sent.parsed:
        kept = sent._cuts = (stamp, sent.parsed, {})
    known = kept[2].get(verbs)
    if known is None or len(known) != len(toks):
        known = kept[2][verbs] = [None] * len(toks)

    def cut(i: int) -> bool:
        got = known[i]
        if got is None:
            got = known[i] = _cut(sent, i, verbs)
        return got

    lo = k
    while lo > 0 and not cut(lo - 1):
        lo -= 1
    hi = k + 1
    while hi < len(toks) and not cut(hi):
        hi += 1
    return lo, hi


def _cut(sent: Sentence, i: int, verbs: bool) -> bool:
    """Does a coordinate clause end at token i (``_coordinate_bounds``)?"""
    toks = sent.tokens
    if verbs and toks[i].lemma == "и" and i + 1 < len(toks) and \
            toks[i + 1].pos == "VERB" and toks[i + 1].feats.get("VerbForm") == "Fin":
        return True  # "..., подписанного в 2021 году, и договорились подготовить ..."
    if toks[i].text == ":":
        if 0 < i < len(toks) - 1 and toks[i - 1].text.isdigit() and \
                toks[i + 1].text.isdigit():
            return False  # a time of day: "3 июня в 15:00 подписали"
        # not inside a quoted name: "форума «Социальная сфера: новые горизонты»"; not
        # before a list with no verb: "с тремя регионами: Пензенской, Тамбовской и ..."
        return sum((t.text == "«") - (t.text == "»") for t in toks[:i]) <= 0 and \
            any(t.pos in {"VERB", "AUX"} for t in toks[i + 1:])
    if toks[i].text == "," and asyndetic_agreements(sent, i):
        return True
    return (
        toks[i].text == "," and i + 1 < len(toks) and
        toks[i + 1].lemma in CONTRAST_CONJUNCTIONS and
        not (i + 2 < len(toks) and toks[i + 2].lemma == "также"))  # "а также": more


def _finite(t: Token) -> bool:
    return t.pos in {"VERB", "AUX"} and t.feats.get("VerbForm") == "Fin"


def asyndetic_agreements(sent: Sentence, i: int) -> bool:
    """agrB: a comma that joins two main clauses with no conjunction, each with its own
    finite verb and its own agreement noun, ends a clause: "В прошлом году район заключил
    соглашение с Белозерским округом, | сейчас специалисты готовят проект соглашения с
    администрацией района" is two agreements (one past, one drafted), not one with two
    partners. From the parse: the verb after the comma is no dependent of a word after the
    verb before it (a root of its own, or its conjunct) and has a subject of its own, and
    no subordinating word ("который", "что") or participle opens the second clause."""
    toks = sent.tokens
    if not sent.parsed or sum((t.text == "«") - (t.text == "»") for t in toks[:i]) > 0:
        return False
    before = next((j for j in range(i - 1, -1, -1) if _finite(toks[j])), None)
    if before is None:
        return False
    after = None
    for j in range(i + 1, len(toks)):
        if toks[j].text in {",", ";", ":", "—", "–"} or toks[j].lemma in SUBORDINATORS or \
                toks[j].feats.get("VerbForm") in {"Part", "Conv"}:
            return False
        if _finite(toks[j]):
            after = j
            break
    if after is None or toks[after].rel not in {"root", "conj", "parataxis"}:
        return False
    if toks[after].rel != "root" and toks[after].head >= i:
        return False
    if not any(toks[c].rel in {"nsubj", "nsubj:pass"} and c > i for c in sent.children(after)) \
            and not any(toks[c].rel in {"nsubj", "nsubj:pass"} for c in range(i + 1, after)):
        return False  # "подписал соглашение с Чечней, продлит договорённости с ...": one actor
    if any(toks[j].lemma in SUBORDINATORS for j in range(before)):
        return False  # "..., что министерство подписало ..., ..." : inside a dependent clause
    return any(t.lemma in TRIGGERS and t.pos == "NOUN" for t in toks[:i]) and \
        any(t.lemma in TRIGGERS and t.pos == "NOUN" for t in toks[after:])


def _clause_bounds(sent: Sentence, k: int) -> tuple[int, int]:
    """Token range around the trigger up to the next sentence-level break."""
    breaks = {";", "«", "»", "\"", "(", ")"}
    c_lo, c_hi = _coordinate_bounds(sent, k)
    lo, hi = _clause_bounds_quoted(sent, k, breaks)
    return max(lo, c_lo), min(hi, c_hi)


def _clause_bounds_quoted(sent: Sentence, k: int, breaks: set[str]) -> tuple[int, int]:
    """Token range around k up to a break, a quoted name ("фонд «Семья»") kept whole."""
    toks = sent.tokens
    lo = k
    while lo > 0 and (toks[lo - 1].text not in breaks or acronym_aside(sent, lo - 1)):
        if acronym_aside(sent, lo - 1):
            lo -= 2  # many62: "Социальный фонд России (СФР) заключил ...": the name goes on
        lo -= 1
        if lo > 0 and toks[lo - 1].text == "»":
            opening = _quoted_name_open(sent, lo - 1)
            if opening is None:
                opening = body_quote_open(sent, lo - 1)  # agr58
            if opening is not None:
                lo = opening  # "фонд «Защитники Отечества» и ...": a name, not a quote
    hi = k + 1
    while hi < len(toks) and (toks[hi].text not in breaks or
                              _aside_close(sent, hi) is not None):
        if toks[hi].text == "(":
            hi = _aside_close(sent, hi) or hi  # "X (сейчас — Y) и Z": Z is still a side
        hi += 1
        if hi < len(toks) and toks[hi].text == "«":
            closing = _quoted_name_close(sent, hi)
            if closing is None and _legal_form_before(sent, hi) is not None:
                closing = _body_quote_close(sent, hi)  # "ГБУ «Центр помощи детям, ...»"
            if closing is None and toks[k].feats.get("Number") != "Plur":
                # agr51: "учреждением социального обслуживания «...» и ...": one agreement's
                # sides; the partners of agreements in the plural are read item by item
                closing = _kind_quote_close(sent, hi)
            if closing is not None:
                hi = closing + 1
    return lo, hi


def acronym_aside(sent: Sentence, close: int) -> bool:
    """many62: is the ")" at ``close`` the end of an acronym in brackets right after a name
    ("Социальный фонд России (СФР)", "Пенсионный фонд (ПФР)")? One token between "(" and
    ")", an acronym (``normalize.is_acronym``): the name's other spelling, no clause break."""
    toks = sent.tokens
    return toks[close].text == ")" and close >= 2 and toks[close - 2].text == "(" and \
        is_acronym(toks[close - 1].text)


def body_quote_open(sent: Sentence, close: int) -> int | None:
    """agr58: the opening quote of a body's name after its legal form, read back from its
    closing quote: "ГКУ «Центр занятости населения Республики Саха (Якутия)» подписал
    соглашения с ..." (a name longer than a short quoted name, brackets inside); agr51: or
    after its kind spelled out in words (``_kind_quote_close``: "директора бюджетного
    учреждения области «Центр ...» и ..."). The name
    is the body's when the quote it opens is closed exactly there (``_body_quote_close``);
    the clause of the verb after it then reaches back to the subject. Bounded by
    ``QUOTED_BODY_REACH`` tokens."""
    toks = sent.tokens
    for o in range(close - 1, max(-1, close - QUOTED_BODY_REACH), -1):
        if toks[o].text in {"»", "\"", ".", "!", "?", ";"}:
            return None
        if toks[o].text == "«":
            if _legal_form_before(sent, o) is not None and _body_quote_close(sent, o) == close:
                return o
            if _kind_quote_close(sent, o) == close:
                return o  # agr51: "Руководители бюджетного учреждения Омской области «...»"
            return None
    return None


def _quoted_name_open(sent: Sentence, close: int) -> int | None:
    toks = sent.tokens
    for o in range(close - 1, max(-1, close - 8), -1):
        if toks[o].text == "«":
            if not _is_quoted_name(toks[o + 1:close]):
                return None
            outer = _outer_open(sent, o, close)
            return o if outer is None else outer
        if toks[o].text in {"»", "\""}:
            return None
    return None


def _outer_open(sent: Sentence, inner: int, close: int) -> int | None:
    """The opening quote of a name that holds the quoted name opened at ``inner`` and
    closes with it, its two closing quotes written as one: in «Центр поддержки семьи
    «Вместе» the one "»" closes both; None when the quote at ``inner`` opens no inner
    name (no unclosed "«" right before it) or the outer name is no name."""
    toks = sent.tokens
    for o in range(inner - 1, max(-1, inner - 6), -1):
        if toks[o].text == "«":
            return o if _is_quoted_name(toks[o + 1:close]) else None
        if toks[o].text in {"»", "\""}:
            return None
    return None


# relations of a clause's arguments: their head is the predicate
_ARGUMENTS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent"}


def _predicate_path(sent: Sentence, k: int) -> list[int]:
    """The agreement noun and its heads up to the first verb, through the nouns that govern
    it: "Тема [подписания [соглашения]] была поднята" gives соглашения, подписания, тема,
    поднята. Stops at the root; bounded by the sentence length."""
    path = [k]
    for h in ancestors(sent, k):
        below = sent.tokens[path[-1]].rel
        path.append(h)
        if sent.tokens[h].pos in {"VERB", "AUX"} or below in _ARGUMENTS:
            break  # a verb, or a predicate of another part of speech ("должна")
    return path


def _clause_head(sent: Sentence, k: int) -> int | None:
    """The head the agreement noun's predicate path ends in ("Область и фонд подписали
    соглашение": подписали); None in an unparsed sentence or when the noun heads itself."""
    if not sent.parsed:
        return None
    path = _predicate_path(sent, k)
    return path[-1] if len(path) >= 2 else None


def _signing_path(sent: Sentence, k: int, verbs: set[str] | frozenset[str]) -> list[int] | None:
    """The predicate path of the agreement noun at k when it ends in a verb of ``verbs``
    ("Министерство подписало соглашение": соглашение, подписало); None for an unparsed
    sentence or another head."""
    if not sent.parsed:
        return None
    path = _predicate_path(sent, k)
    return path if len(path) > 1 and sent.tokens[path[-1]].lemma in verbs else None


def _signed_participle(sent: Sentence, k: int) -> int | None:
    """A signing verb in a clause on the agreement noun: "соглашение, подписанное вчера",
    "соглашение, которое стороны подписали в марте"; also one the parser hung on a noun of
    the agreement's phrase but that agrees with the agreement noun (``agreeing_participle``:
    "соглашения о ... сотрудничестве, подписанного правительствами ...")."""
    for c in sent.children(k):
        t = sent.tokens[c]
        if t.rel in {"acl", "acl:relcl"} and t.lemma in SIGN_VERBS:
            return c
    if not sent.parsed:
        return None
    found = agreeing_participle(sent, k, SIGN_VERBS)
    return found if found is not None else signing_clause_on_subject(sent, k)


def _agrees(word: dict[str, str], noun: dict[str, str]) -> bool:
    """Do a relative pronoun's or a participle's number and, in the singular, gender
    (feminine or not) match the noun's?"""
    if word.get("Number") != noun.get("Number"):
        return False
    return word.get("Number") != "Sing" or "Gender" not in word or \
        (word["Gender"] == "Fem") == (noun.get("Gender") == "Fem")


def signing_clause_on_subject(sent: Sentence, k: int) -> int | None:
    """agr91: a signing clause the parser hung on a noun of the agreement's own phrase (its
    "о ..." subject) is the agreement's: what is signed is a document, not the subject it is
    about. "опирается на соглашение об обмене данными, которое департамент заключил с
    фондом в 2021 году" ("которое", the verb's object, agrees with "соглашение" as with
    "обмене"); "договор о сотрудничестве, заключённый фондом с колледжем" (the
    participle's case read wrongly as the subject noun's). The host is no agreement noun,
    no agreement noun stands between, and the pronoun or participle agrees in number and
    gender with the agreement noun (``_agrees``)."""
    toks = sent.tokens
    inside = set(subtree(sent, k)) - {k}
    noun = toks[k].feats
    for i in range(k + 1, len(toks)):
        t = toks[i]
        if toks[i].lemma in TRIGGERS and t.pos in {"NOUN", "PROPN"}:
            return None
        if t.rel not in {"acl", "acl:relcl"} or t.lemma not in SIGN_VERBS or \
                t.head not in inside or toks[t.head].lemma in TRIGGERS:
            continue
        if t.rel == "acl":
            word = t.feats if t.feats.get("VerbForm") == "Part" else None
        else:
            word = next((toks[c].feats for c in sent.children(i)
                         if toks[c].lemma == "который" and
                         toks[c].rel in {"obj", "nsubj:pass"}), None)
        return i if word is not None and _agrees(word, noun) else None
    return None


def _other_agreements(sent: Sentence, k: int) -> set[int]:
    """Tokens in the phrases of the sentence's other agreement nouns: a date there is
    theirs. "В развитие соглашения 2019 года министерства подписали дополнительное
    соглашение": 2019 dates the first, not the signing of the second. A token belongs to
    its nearest agreement noun above it (``_nearest_agreement``, once per sentence); one
    whose noun is k or governs k is not another's."""
    owner = _nearest_agreement(sent)
    above = {k, *ancestors(sent, k)}
    others: dict[int, set[int]] = {}
    for j, t in enumerate(owner):
        if t >= 0 and t not in above:
            others.setdefault(t, set()).add(j)
    # status52: not beyond the noun's own heads ("в среду, 16 апреля" hung by the parser on
    # the older agreement's clause across the verb is the signing's)
    return {j for t, js in others.items() for j in within_heads(sent, js, t)}


def noun_phrase(sent: Sentence, k: int) -> set[int]:
    """agr52 and status52: the tokens of the noun at k's phrase: its subtree, less what lies
    beyond the noun's own heads (``syntax.within_heads``). A dependent the parse hangs on the
    noun across its verb is no part of it: in "Центр занятости и фабрика в среду, 16 апреля,
    подписали дополнительное соглашение к соглашению, заключённому в 2022 году" the parser
    may hang "в среду, 16 апреля" on "заключённому"; the day dates the signing, the year the
    base agreement."""
    return within_heads(sent, subtree(sent, k), k)


_OWNERS: dict[int, tuple[Sentence, list[int]]] = {}


def _nearest_agreement(sent: Sentence) -> list[int]:
    """For each token, the nearest agreement noun at or above it in the parse (-1: none).
    Remembered per sentence (by identity), so a sentence dense with agreement nouns costs
    one pass, not one subtree per noun per mention."""
    hit = _OWNERS.get(id(sent))
    if hit is not None and hit[0] is sent:
        return hit[1]
    toks = sent.tokens
    owner = [-2] * len(toks)

    def find(j: int) -> int:
        chain: list[int] = []
        x = j
        while 0 <= x < len(toks) and owner[x] == -2 and len(chain) <= len(toks):
            if toks[x].lemma in TRIGGERS and toks[x].pos in {"NOUN", "PROPN"}:
                owner[x] = x
                break
            chain.append(x)
            x = toks[x].head
        found = owner[x] if 0 <= x < len(toks) and owner[x] != -2 else -1
        for c in chain:
            owner[c] = found
        return found

    for j in range(len(toks)):
        if owner[j] == -2:
            find(j)
    if len(_OWNERS) > 64:
        _OWNERS.clear()
    _OWNERS[id(sent)] = (sent, owner)
    return owner
