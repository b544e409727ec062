"""agr53: agreements likened to the story's one ("аналогичные", "подобные", "такие же") that
other bodies signed elsewhere, told with no partner the text states: no record.

A likened agreement takes the partner of the agreement told before only when its own
clause names no partner (``agreement_sides._analogous_sides``: "Ранее аналогичные
соглашения заключили Новгородская и Тверская области" after the Social Fund's agreement
with a third region). Two shapes tell agreements of other places whose partner is not
that one and is named nowhere, so they are no record of the page (each a general remark
on how widespread such agreements are):

- ``counted_set_signs_alike``: the signing's subject is a set of places counted without a
  number ("несколько регионов", "ряд субъектов", "многие регионы"); the places named "в
  том числе" or "например" are examples of that set, not the sides of one agreement, and
  nobody signed with the page's body: "аналогичные документы подписали ещё несколько
  регионов Сибири, в том числе Томская область" (a page of Omsk's agreement with a
  federal fund's branch);
- ``class_partner_of_likened``: the likened noun or its signing verb has a "с" partner
  that is a class of partners, not a body: "Подобные соглашения с малым бизнесом
  заключили Тульская и Калужская области" (a page of a company's agreement): the company
  of the page is not their partner.

Both read the dependency parse (the sentence is parsed on demand for a likened noun);
the word classes are in the lexicon (``lexicon_sides.VAGUE_SET_WORDS``,
``lexicon.ANY_PLACE_NOUNS``, the body and place heads of ``lexicon`` and
``lexicon_officials``)."""

from __future__ import annotations

from soccoop.extract.agreement_types import _Party
from soccoop.extract.lexicon import ANY_PLACE_NOUNS, BODY_HEADS, ORG_HEADS, PLACE_HEADS
from soccoop.extract.lexicon_officials import ORG_HEADS as POST_BODY_HEADS
from soccoop.extract.lexicon_regions import COMMERCIAL_FORMS
from soccoop.extract.lexicon_sides import PARTNER_PREPOSITIONS, VAGUE_SET_WORDS
from soccoop.extract.nlp import Sentence
from soccoop.extract.syntax import subtree
from soccoop.extract.with_partner import with_phrase

_SUBJECT_RELS = frozenset({"nsubj", "nsubj:pass", "obj", "obl:agent"})
_LIST_OPENERS = frozenset({":", "—", "–", "("})
# the head nouns of a body or a place: a partner so named is one ("с комитетом", "с фондом",
# "с областью")
_PARTNER_HEADS = ORG_HEADS | BODY_HEADS | PLACE_HEADS | POST_BODY_HEADS


def _signing_verb(sent: Sentence, k: int) -> int | None:
    """The verb the agreement noun at k hangs on (as its object or subject), or None."""
    toks = sent.tokens
    h = toks[k].head
    if not 0 <= h < len(toks) or toks[h].pos != "VERB":
        return None
    return h


def vague_place_set(sent: Sentence, i: int) -> bool:
    """Is the word at i a set of places counted without a number: a place noun of
    ``ANY_PLACE_NOUNS`` with a word of ``VAGUE_SET_WORDS`` on it ("несколько регионов",
    "многие субъекты"), or such a word heading a place noun ("ряд регионов")?"""
    toks = sent.tokens
    kids = sent.children(i)
    if toks[i].lemma in ANY_PLACE_NOUNS and toks[i].feats.get("Number") == "Plur":
        return any(toks[c].lemma in VAGUE_SET_WORDS for c in kids)
    return toks[i].lemma in VAGUE_SET_WORDS and any(
        toks[c].lemma in ANY_PLACE_NOUNS and toks[c].rel == "nmod" for c in kids)


def counted_set_signs_alike(sent: Sentence, k: int) -> bool:
    """A likened agreement whose signing verb takes a set of places counted without a
    number for its subject ("В 2023 году подобные соглашения заключили несколько регионов
    Поволжья, в том числе Самарская область"): a remark on how many places have such
    agreements, the places it names examples of the set, their partner untold. From the
    parse: a subject (or the object the parse took for it: "заключил ряд регионов") of the
    verb over the noun that is ``vague_place_set``, and no "с" partner stated on the noun
    or the verb (``partner_phrases``: "аналогичные соглашения с фондом подписали ещё
    несколько регионов, среди них ..." names the partner and is read elsewhere), nor one
    deeper in the noun's phrase (``_partners_below``: "соглашения о сотрудничестве с
    фондом")."""
    if not sent.parsed:
        return False
    v = _signing_verb(sent, k)
    if v is None:
        return False
    toks = sent.tokens
    return any(c != k and toks[c].rel in _SUBJECT_RELS and vague_place_set(sent, c)
               for c in sent.children(v)) and not partner_phrases(sent, k) and \
        not _partners_below(sent, k)


def partner_phrases(sent: Sentence, k: int) -> list[int]:
    """The nouns of "с" phrases on the agreement noun (nmod) or on the verb over it (an
    instrumental obl); a "со стороны" (a fixed "с") is no partner."""
    toks = sent.tokens
    heads = [k]
    v = _signing_verb(sent, k)
    if v is not None:
        heads.append(v)
    found = []
    for h in heads:
        for c in sent.children(h):
            if c == k or toks[c].rel not in {"nmod", "obl"} or \
                    toks[c].pos not in {"NOUN", "PROPN"}:
                continue
            if with_phrase(sent, c):
                found.append(c)
    return found


_CLAUSE_RELS = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "xcomp", "csubj",
                          "parataxis", "conj"})


def _partners_below(sent: Sentence, k: int) -> list[int]:
    """fixagr53: instrumental "с" nouns deeper in the agreement noun's subtree, the parser
    having hung the partner on the "о" phrase ("аналогичные соглашения о сотрудничестве с
    Пенсионным фондом подписали ещё несколько регионов": "с фондом" under "о
    сотрудничестве"). The walk keeps to the noun's phrase: it enters no clause
    (``_CLAUSE_RELS``, a verb) and skips the noun's direct children, read by
    ``partner_phrases``. Only the count of places reads it: for a class of partners
    (``class_partner_of_likened``) a deeper "с" is a topic ("о работе с малым бизнесом").
    Linear: each token is visited once."""
    toks = sent.tokens
    found: list[int] = []
    stack = [(c, 1) for c in sent.children(k)]
    while stack:
        i, depth = stack.pop()
        t = toks[i]
        if t.rel in _CLAUSE_RELS or t.pos in {"VERB", "AUX"}:
            continue
        if depth > 1 and t.rel == "nmod" and t.pos in {"NOUN", "PROPN"} and \
                t.feats.get("Case") == "Ins" and with_phrase(sent, i):
            found.append(i)
        stack.extend((c, depth + 1) for c in sent.children(i))
    return sorted(found)


def _names_earlier_side(word: str, earlier: list[_Party]) -> bool:
    """Does a common noun name a side told before by a word of its name ("с фондом" after
    "Благотворительный фонд «...»", "с центром занятости" after "Центр занятости
    населения")? Words compared by their first four letters, the stem the cases keep."""
    stem = word.lower()[:4]
    return len(stem) == 4 and any(w.lower()[:4] == stem
                                  for p in earlier for w in p.name.split())


def class_partner_of_likened(sent: Sentence, k: int, parties: list[_Party],
                             earlier: list[_Party]) -> bool:
    """A likened agreement whose "с" partner is a class of partners, not a body ("подобные
    соглашения с малым бизнесом заключили Тульская и Калужская области"): its partner is
    not the side of the agreement told before, and no body is named for it. From the parse:
    a "с" phrase on the noun or its signing verb (``partner_phrases``) whose noun is a
    common noun in the instrumental ("с прошлого года" is a time) with no name in it (no
    proper noun, no capital, no quote), no head word of a body or a place
    (``_PARTNER_HEADS``: "с фондом" is the fund told before) and no word of a side told before
    (``_names_earlier_side``), in the plural or an inanimate singular (an animate singular,
    "с ректором", is one person's body), no side of the clause found inside it, and no
    list opened right after it ("с крупными работодателями: ООО «А» и ООО «Б»" names
    them). Every "с" phrase the parse gives the noun and its verb must be such: one that
    names a body, though the parser hung a class from the next clause beside it ("... с
    Союзом художников — сотрудничество с местными коллегами ..."), keeps the record."""
    if not sent.parsed:
        return False
    phrases = partner_phrases(sent, k)
    return bool(phrases) and all(_class_phrase(sent, c, parties, earlier) for c in phrases)


def _class_phrase(sent: Sentence, c: int, parties: list[_Party],
                  earlier: list[_Party]) -> bool:
    """Is the "с" phrase headed at c a class of partners (``class_partner_of_likened``)?"""
    toks = sent.tokens
    t = toks[c]
    if t.pos != "NOUN" or t.feats.get("Case") != "Ins" or t.lemma in _PARTNER_HEADS or \
            _names_earlier_side(t.text, earlier):
        return False
    if t.feats.get("Number") != "Plur" and t.feats.get("Animacy") == "Anim":
        return False
    span = subtree(sent, c)
    if any(toks[i].pos == "PROPN" or toks[i].text in {"«", '"', "„"} or
           (toks[i].text[:1].isupper() and i > 0 and toks[i].rel != "case") for i in span):
        return False  # a name ("с Союзом художников", "с Тульской областью")
    start, stop = min(toks[i].start for i in span), max(toks[i].stop for i in span)
    last = max(i for i in span if toks[i].pos != "PUNCT")
    return not any(start <= p.start < stop for p in parties) and \
        not (last + 1 < len(toks) and toks[last + 1].text in _LIST_OPENERS)


# plans69: the relations a likened plan's new side stands in to the verbs over the noun:
# their subject, or their object when the parser took the agreement noun for the subject
_NEW_SIDE_RELS = frozenset({"nsubj", "nsubj:pass"})
_SWAPPED_RELS = frozenset({"obj"})
_INFINITIVE_RELS = frozenset({"xcomp", "csubj"})


def _verb_chain(sent: Sentence, k: int) -> list[int]:
    """The verb the agreement noun at k hangs on and the heads of that verb while it is an
    infinitive under them ("Подписать соглашение должно было ...": подписать, должно;
    "Соглашение собиралось заключить ...": собиралось, and its infinitive заключить)."""
    toks = sent.tokens
    h = toks[k].head
    if not 0 <= h < len(toks) or toks[h].pos not in {"VERB", "AUX", "ADJ"}:
        return []
    chain = [h]
    while toks[chain[-1]].feats.get("VerbForm") == "Inf" and \
            toks[chain[-1]].rel in _INFINITIVE_RELS and 0 <= toks[chain[-1]].head < len(toks) \
            and len(chain) < 4:
        chain.append(toks[chain[-1]].head)
    chain += [c for v in list(chain) for c in sent.children(v)
              if toks[c].rel in _INFINITIVE_RELS and toks[c].feats.get("VerbForm") == "Inf"
              and c not in chain]
    return chain


def _side_kind(name: str) -> str:
    """A side's kind for telling which side of an earlier agreement a new body takes the
    place of: a company's legal form (``COMMERCIAL_FORMS``: "ООО", "АО") is one kind,
    otherwise the first four letters of the name's first word ("Министерство", "Колледж")."""
    first = name.split()[0] if name.split() else ""
    return "company" if first in COMMERCIAL_FORMS else first.lower()[:4]


def likened_plan_sides(sent: Sentence, k: int, named: list[_Party],
                       earlier: list[_Party]) -> list[_Party]:
    """plans69: a likened agreement ("аналогичное", "такое же") to be signed, or not signed
    after all, by one body its clause names as the subject of the verbs over the noun is
    that body's agreement with the side it shares with the agreement told before:
    "Подписать аналогичное соглашение должно было и ООО «Альфа»", "Такой же документ
    планировал подписать колледж «Вега»", "Аналогичное соглашение в мае подпишет и АО
    «Бета»" after "Министерство подписало соглашение с ООО «Гамма»" are the ministry's
    with the new body. From the parse: the verb chain over the noun (``_verb_chain``: the
    signing infinitive and the modal or plan word over it, an adjective predicate
    "должно" too), its one subject that is a named side of the sentence (``named``), or its
    object when the parser made the noun the subject. The shared side is the earlier side
    of another kind than the new body (``_side_kind``: a company takes a company's place),
    or the earlier agreement's first side when neither is of its kind. ``earlier`` are
    the sides of the agreement told before, two of them. A "с" partner on the noun or a
    verb of the chain (``partner_phrases``, ``with_phrase``) must name a side told before
    ("такое же соглашение с министерством собирается заключить колледж"), and so must any
    instrumental after "с" in the sentence (the parser may hang "и с краем" off the chain).
    Not read: a partner of its own
    ("аналогичное соглашение X заключил с Y": the likened passes'), a new body that is a
    side told before (the same agreement), two or more new bodies (the list passes'), a
    likened agreement signed or referred to (the sides of signed agreements are another
    lane's; this reads plans only, as its caller asks)."""
    if not sent.parsed or len(earlier) != 2:
        return []
    toks = sent.tokens
    chain = _verb_chain(sent, k)
    partners = partner_phrases(sent, k) + [c for v in chain for c in sent.children(v)
                                           if toks[c].rel in {"nmod", "obl"} and
                                           toks[c].pos in {"NOUN", "PROPN"} and
                                           with_phrase(sent, c)]
    partners += [j for i, t in enumerate(toks) if t.lemma in PARTNER_PREPOSITIONS and t.pos == "ADP"
                 for j in range(i + 1, min(i + 4, len(toks)))
                 if toks[j].pos in {"NOUN", "PROPN"} and toks[j].feats.get("Case") == "Ins"][:8]
    if any(not _names_earlier_side(toks[c].text, earlier) for c in partners):
        return []  # "аналогичное соглашение X заключил с Y": a partner of its own
    rels = _NEW_SIDE_RELS | (_SWAPPED_RELS if toks[k].rel in _NEW_SIDE_RELS else frozenset())
    found: list[_Party] = []
    for v in chain:
        for c in sent.children(v):
            if c == k or c in chain or toks[c].rel not in rels or \
                    toks[c].pos not in {"NOUN", "PROPN"} or \
                    any(toks[d].rel == "case" for d in sent.children(c)):
                continue
            p = next((p for p in named if p.start <= toks[c].start < p.stop), None)
            if p is not None and p.key not in {q.key for q in found}:
                found.append(p)
    if len(found) != 1 or found[0].key in {q.key for q in earlier}:
        return []
    new = found[0]
    others = [q for q in earlier if _side_kind(q.name) != _side_kind(new.name)]
    shared = others[0] if len(others) == 1 else earlier[0]
    return [shared, new]
