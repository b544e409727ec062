"""Officials, clause and predicate passes: a post read from the verb of the person's clause.

Where the post is not beside the name but in the predicate of the clause the person is the
subject of: "Петров стал министром", "Иванова назначена заместителем губернатора"
(``_predicate_role``, ``_tree_post``, ``_post_of_the_verb``), a copula or a dash
(``_copular_post``), clauses that share the subject (``_verbs_sharing_the_subject``,
``_clauses_of_the_same_subject``), a post left or still held (``_left_post``,
``_post_in_office``), a mandate (``_mandate_post``), a successor's or predecessor's post
(``_succession_post``, ``_post_of_the_replaced``, ``_predecessor_post``) and a clause
without its own subject (``_post_of_a_subjectless_clause``). It stands apart from
extract.officials because these passes read the dependency tree of a whole clause
(extract.official_tree), not the token window around a name; ``_find`` in
extract.officials calls them and keeps the post they return.
"""

from __future__ import annotations

from soccoop.extract.lexicon import IN_PREPOSITIONS, LIST_JOINERS
from soccoop.extract.lexicon_officials import (
    ACTING_WORDS,
    APPOINTING_VERBS,
    APPOINTMENT_NOUNS,
    CLAUSE_POST_NOUNS,
    CONJUNCT_OPENERS,
    COURTESY_TITLES,
    DEPARTURE_NOUNS,
    DEPARTURE_PREPOSITIONS,
    DUTY_ASSIGNING_VERBS,
    DUTY_NOUNS,
    DUTY_VERBS,
    HOLDING_VERBS,
    LEAVING_NOUNS,
    LEAVING_VERBS,
    LEFT_POST_NOUNS,
    LEFT_POST_PREPOSITIONS,
    MANDATE_NOUNS,
    MANDATE_POST,
    MAX_WINDOW,
    MODAL_WORDS,
    NAME_PREPOSITIONS,
    OCCASION_PREPOSITIONS,
    OFFICE_NOUNS,
    OFFICE_PREPOSITIONS,
    OWNER_PRONOUNS,
    PERSONAL_PRONOUNS,
    PLACE_RELATIVES,
    POST_ANAPHORS,
    POST_NOUNS,
    PREDECESSOR_NOUNS,
    RANK_TITLES,
    ROOT_JOINERS,
    SUCCESSION_PREPOSITIONS,
    SUCCESSION_VERBS,
    TAKEN_POST_VERBS,
    TAKING_OVER_PREPOSITIONS,
    TAKING_OVER_VERBS,
    TERM_OF_OFFICE_POSTS,
)
from soccoop.extract.lexicon_sides import RELATIVE_PRONOUNS
from soccoop.extract.nlp import Models, Token
from soccoop.extract.official_grammar import (
    _agrees,
    _case,
    _in_spans,
    _is_head,
    _is_modifier,
    _is_participle,
    _is_punct,
    _lemma,
    _name_cases,
    _plural_word,
)
from soccoop.extract.official_names import (
    _Mention,
    _same_person,
)
from soccoop.extract.official_orgs import (
    _NAME_PART,
    _STOP_POS,
)
from soccoop.extract.official_roles import (
    _acting_prefix,
    _acting_prefix_before,
    _graded_head,
    _Role,
    _split_role,
)
from soccoop.extract.official_tree import (
    _INITIAL,
    _NAME_PART_RELS,
    _OPEN_QUOTES,
    _top,
    _Tree,
)
from soccoop.extract.person_names import (
    one_surname,
    surname_readings,
)
from soccoop.extract.syntax import climb, subtree

_ALLOWED_PUNCT = {"—", "–", "-", "«", "»", '"', "„", "“", "”"}


def _starts_role(tokens: list[Token], j: int, end: int, models: Models) -> bool:
    """Does a position start at tokens[j] ("заместитель", "первый заместитель")?"""
    while j < end and _is_modifier(tokens[j], models):
        j += 1
    return j < end and _is_head(tokens[j], models)


_DASHES = frozenset({"—", "–"})


def _initials_woman_in_nominative(name: list[Token], models: Models) -> bool:
    """Is a name given by initials and one surname a woman's in the nominative, by the
    surname's own form? "министр ... Республики Крым Е.В.Ефимова": "Ефимова" reads as a
    woman's nominative (or a man's genitive, which the post's nominative rules out); the
    initials say nothing of the gender, and the tagger's masculine guess is no evidence.
    Either order, glued or spaced ("Ефимова Е.В."). (names31)"""
    parts = _NAME_PART.findall(" ".join(t.text for t in name))
    words = [p for p in parts if not _INITIAL.match(p)]
    if len(words) != 1 or len(words) == len(parts):
        return False
    return ("femn", "nomn") in (surname_readings(words[0], models) or ())


def _initials_name_in_nominative(name: list[Token], models: Models) -> bool:
    """off82: is a name given by initials and one surname in the nominative by the
    surname's own form, whoever's it is? "Сорокина А.В." (hers, or a man's genitive) and
    "Тимуров А.В." (his, or the genitive plural of the first name "Тимур", which no
    surname with initials is). The dictionary's and the tagger's first guesses are no
    evidence either way."""
    parts = _NAME_PART.findall(" ".join(t.text for t in name))
    words = [p for p in parts if not _INITIAL.match(p)]
    if len(words) != 1 or len(words) == len(parts):
        return False
    return any(case == "nomn" for _, case in surname_readings(words[0], models) or ())


def _predicate_role(tree: _Tree, i: int, j: int, text: str, models: Models,
                    spans: list[tuple[int, int, str]]) -> _Role | None:
    """A post the clause gives the name (tokens i..j-1): "Иванов был назначен министром
    труда", "пост губернатора занял Петров", "избрали Петрову председателем комитета".
    The name is the subject of a holding verb (or the object of an appointment); the post
    is the verb's instrumental noun, or the genitive under "пост"/"должность"; the past
    holding a post is fine, a candidacy ("на пост") is not."""
    toks = tree.tokens
    root = _top(tree, i, j)
    misattached = _verb_of_a_misattached_subject(tree, root, i, j)
    if misattached is None and root is not None and toks[root].rel == "appos" and \
            0 <= toks[root].head < i and (
                _is_head(toks[toks[root].head], models) or toks[toks[root].head].pos == "NOUN"
            and (_common_word(toks, toks[root].head, models)
                 or _lemma(toks[toks[root].head], models) in COURTESY_TITLES)  # "Господин Петров
            and (toks[toks[root].head].rel in ("nsubj", "nsubj:pass")  # стал министром"
                 or _appointed_description(tree, toks[root].head))) and \
            _agrees(toks[toks[root].head], toks[i:j], models):
        # "назначил ... полковника Игоря Шуневича": the rank's clause; "Председателем жюри
        # стал итальянский продюсер Паоло Дель Брокко": the description's
        root = toks[root].head
    if root is not None and toks[root].rel == "nmod" and 0 <= toks[root].head < len(toks) \
            and _lemma(toks[toks[root].head], models) in DEPARTURE_NOUNS:
        # "отставка Ивана Петрова с поста губернатора": the post left
        noun = toks[root].head
        post = next((k for c in tree.kids.get(noun, []) if c > root
                     and _lemma(toks[c], models) in POST_NOUNS and _case(toks[c]) == "Gen"
                     and any(toks[p].text.lower() in DEPARTURE_PREPOSITIONS
                             for p in tree.kids.get(c, []))
                     for k in tree.kids.get(c, []) if toks[k].rel == "nmod"
                     and _is_head(toks[k], models) and _case(toks[k]) == "Gen"), None)
        return _tree_post(tree, post, i, text, models, spans) if post is not None else None
    if root is not None and toks[root].rel == "nmod" and 0 <= toks[root].head < len(toks) \
            and _lemma(toks[toks[root].head], models) in APPOINTMENT_NOUNS:
        # "о назначении Тома Донилона своим советником": the noun of an appointment
        post = _post_of_an_appointment(tree, toks[root].head, root)
        return _tree_post(tree, post, i, text, models, spans) if post is not None else None
    if misattached is None and root is not None and (
            toks[root].rel not in ("nsubj", "nsubj:pass", "obj")
            or not 0 <= toks[root].head < len(toks)):  # a subject hung on nothing
        misattached = _short_participle_hung_as_a_modifier(tree, root, j)
    if misattached is not None:
        v = misattached
        rel = "nsubj:pass" if (toks[v].feats or {}).get("Voice") == "Pass" else "nsubj"
    elif root is None or toks[root].rel not in ("nsubj", "nsubj:pass", "obj"):
        return None
    else:
        rel, v = toks[root].rel, toks[root].head
    if _bracket_between(toks, v, i, j):
        return None
    role = _post_of_the_verb(tree, root, rel, v, i, j, text, models, spans)
    if role is None and rel == "nsubj" and 0 <= v < len(toks):
        role = _post_under_a_modal(tree, root, v, i, text, models, spans)
    if role is None and rel in ("nsubj", "nsubj:pass") and 0 <= v < len(toks):
        # the name's appositions: "Иван Петров, известный юрист, который стал мэром Тулы"
        apposed = [c for n in range(i, j) for c in tree.kids.get(n, [])
                   if not i <= c < j and toks[c].rel == "appos" and toks[c].pos == "NOUN"]
        for w in _verbs_sharing_the_subject(tree, v) + [
                w for a in apposed for w in _relative_clauses(tree, a)]:
            passive = (toks[w].feats or {}).get("Voice") == "Pass"
            role = _post_of_the_verb(tree, root, "nsubj:pass" if passive else "nsubj", w,
                                     i, j, text, models, spans)
            if role is not None:
                break
    return role


def _post_under_a_modal(tree: _Tree, root: int | None, v: int, i: int, text: str,
                        models: Models, spans: list[tuple[int, int, str]]) -> _Role | None:
    """post_under_a_modal: the subject of "должен" (``MODAL_WORDS``) whose infinitive is a
    verb of holding takes the instrumental post, which the parse may hang on the modal word
    rather than on the infinitive: "Министром труда должен стать Иван Петров", "Анна Котова
    должна остаться директором школы". Not when the infinitive appoints ("должен назначить
    Олега Смирнова директором": the subject appoints), nor after "может" or "хочет" (a
    possibility is no post)."""
    toks = tree.tokens
    if _lemma(toks[v], models) not in MODAL_WORDS:
        return None
    verb = next((w for w in tree.kids.get(v, []) if toks[w].rel == "xcomp"
                 and toks[w].lemma in HOLDING_VERBS and toks[w].lemma not in APPOINTING_VERBS),
                None)
    if verb is None:
        return None
    for host in (verb, v):
        for c in tree.kids.get(host, []):
            if c in (root, verb) or toks[c].rel not in ("xcomp", "obl") or \
                    not _is_head(toks[c], models) or _case(toks[c]) != "Ins" or \
                    _plural_word(toks[c], models):
                continue
            return _tree_post(tree, c, i, text, models, spans)
    return None


def _bracket_between(toks: list[Token], v: int, i: int, j: int) -> bool:
    """bracket_between: a name inside brackets is not the subject or object of a verb
    outside them, nor the other way round, whatever the parse hung on what: "Иван Петров
    занял пост советника министра (ведомство тогда возглавлял Пётр Сидоров)" — the
    clause's post is Petrov's, not Sidorov's. The brackets from the verb to the far end of
    the name must leave one of them open."""
    if not 0 <= v < len(toks):
        return False
    lo, hi = (v + 1, j) if v < i else (i, v)  # the name's own words too: a span may run
    # into a bracketed second spelling
    opened = closed = 0
    for t in toks[lo:hi]:
        if t.text == "(":
            opened += 1
        elif t.text == ")":
            if opened:
                opened -= 1
            else:
                closed += 1
    return bool(opened or closed)


def _post_of_an_appointment(tree: _Tree, noun: int, appointee: int) -> int | None:
    """The post head an appointment noun (``APPOINTMENT_NOUNS``) names, other than its
    appointee ``appointee``: its instrumental ("о назначении Ивана Петрова советником") or
    the genitive under "на пост"/"на должность" ("назначение Ивана Петрова на пост
    губернатора"); None when it names none."""
    toks, models = tree.tokens, tree.models
    post = next((c for c in tree.kids.get(noun, []) if c != appointee
                 and _is_head(toks[c], models) and _case(toks[c]) == "Ins"), None)
    if post is None:
        post = next((k for c in tree.kids.get(noun, []) if c != appointee
                     and _lemma(toks[c], models) in POST_NOUNS and _case(toks[c]) == "Acc"
                     for k in tree.kids.get(c, []) if toks[k].rel == "nmod"
                     and _is_head(toks[k], models) and _case(toks[k]) == "Gen"), None)
    if post is None and appointee >= 0:
        post = _post_group_hung_back(tree, noun, appointee)
    return post


def _post_group_hung_back(tree: _Tree, noun: int, appointee: int) -> int | None:
    """post_group_hung_back: the "на пост"/"на должность" group right after an appointment
    noun's appointee that the parse hung on an earlier verb, reaching back over the noun's
    phrase: in "Петров уехал из Тулы после перевода его друга — Ивана Смирнова в Орёл на
    должность мэра" the group is the transfer's, not the verb "уехал"'s. The group follows
    the appointee's words at once (a "в"/"во" place in between, as "перевод в Орёл"), its
    post noun is in the accusative under "на" with a genitive post head, and its parse head
    stands before the appointment noun and is no appointing verb; a verb after the noun
    may govern the group itself ("после назначения Петрова на должность мэра претендовал
    Смирнов") and is left alone. The post head's index, or None."""
    toks, models = tree.tokens, tree.models
    k = max(subtree(tree.sent, appointee)) + 1
    if k < len(toks) and toks[k].text.lower() in IN_PREPOSITIONS:  # "в Орёл", "во Владимир"
        k += 1
        while k < len(toks) and toks[k].pos == "ADJ":
            k += 1
        if k >= len(toks) or toks[k].pos not in ("NOUN", "PROPN") or _case(toks[k]) != "Acc":
            return None
        k += 1
    if k + 1 >= len(toks) or toks[k].text.lower() != "на" or \
            _lemma(toks[k + 1], models) not in POST_NOUNS or _case(toks[k + 1]) != "Acc":
        return None
    group = k + 1
    head = toks[group].head
    if _within(tree, group, noun) or not 0 <= head < noun or \
            _lemma(toks[head], models) in APPOINTING_VERBS:
        return None
    return next((c for c in tree.kids.get(group, []) if toks[c].rel == "nmod"
                 and _is_head(toks[c], models) and _case(toks[c]) == "Gen"), None)


def _within(tree: _Tree, k: int, top: int) -> bool:
    """Is token ``k`` ``top`` or under it? (The climb is bounded by the sentence.)"""
    toks = tree.tokens
    for _ in range(len(toks) + 1):
        if k == top:
            return True
        if not 0 <= k < len(toks):
            return False
        k = toks[k].head
    return False


def _appointment_of_the_addressee(tree: _Tree, i: int, j: int, text: str, models: Models,
                                  spans: list[tuple[int, int, str]]) -> _Role | None:
    """appointment_of_the_addressee: the post of an appointment one is congratulated or
    greeted on is the post of the one greeted, the verb's object or addressee: "Министр
    поздравил Ивана Петрова с назначением на должность ректора", "направил телеграмму
    Анне Котовой в связи с избранием на пост мэра" → "ректор", "мэр". The appointment noun
    hangs on the same verb after "с" (``OCCASION_PREPOSITIONS``) and has no appointee of
    its own ("поздравил Петрова с назначением его сына" is the son's). The name stands as
    the object, or beside the object it is sent ("телеграмму Анне Котовой"), or beside a
    description that is an appointment noun's genitive ("после перевода их протеже —
    Ивана Петрова на должность мэра")."""
    toks = tree.tokens
    root = _top(tree, i, j)
    if root is None:
        return None
    person = _description_of_the_name(tree, root, i)
    v = toks[person].head
    if not 0 <= v < len(toks):
        return None
    if person != root and toks[person].rel == "nmod" and \
            _lemma(toks[v], models) in APPOINTMENT_NOUNS:
        post = _post_of_an_appointment(tree, v, person)
        return _tree_post(tree, post, i, text, models, spans) if post is not None else None
    if toks[person].rel not in ("obj", "iobj") or toks[v].pos != "VERB":
        return None
    for noun in tree.kids.get(v, []):
        if toks[noun].rel != "obl" or _lemma(toks[noun], models) not in APPOINTMENT_NOUNS or \
                not _on_an_occasion(tree, noun):
            continue
        if any(toks[c].rel == "nmod" and (toks[c].pos == "PROPN" or _case(toks[c]) == "Gen"
                                          and toks[c].pos in ("NOUN", "PRON"))
               for c in tree.kids.get(noun, [])):
            return None  # the appointment of someone named with it
        post = _post_of_an_appointment(tree, noun, -1)
        if post is None and noun + 1 < len(toks) and toks[noun + 1].head == v and \
                _is_head(toks[noun + 1], models) and _case(toks[noun + 1]) == "Ins":
            post = noun + 1  # "с назначением главой района", the post hung on the verb
        if post is not None:
            return _tree_post(tree, post, i, text, models, spans)
    return None


def _description_of_the_name(tree: _Tree, root: int, i: int) -> int:
    """The common noun before a name that the parse sets the name in apposition to, a
    description that is no post ("юрист Иван Петров", "их протеже — Анна Котова",
    "телеграмму Ивану Петрову"): it takes the name's place in its clause. Else ``root``
    itself."""
    toks = tree.tokens
    head = toks[root].head
    if toks[root].rel == "appos" and 0 <= head < i and toks[head].pos == "NOUN" and \
            toks[head].text.islower() and not _is_head(toks[head], tree.models):
        return head
    return root


def _acting_post_of_an_appointee(tree: _Tree, i: int, j: int, text: str, models: Models,
                                 spans: list[tuple[int, int, str]]) -> _Role | None:
    """acting_post_of_an_appointee: an acting post written with an indeclinable prefix
    ("врио", "и. о.") has no instrumental to mark it as the predicate of an appointment, so
    the parse does not hang it on the verb: "Врио главы района назначен Иван Петров",
    "Анна Котова назначена и. о. директора школы". The name is the subject of a passive
    appointing verb (``APPOINTING_VERBS``); the acting prefix, its post head and the post's
    genitives stand right before the verb (an auxiliary between) or right after it."""
    toks = tree.tokens
    root = _top(tree, i, j)
    if root is not None:
        root = _description_of_the_name(tree, root, i)  # "назначен юрист Иван Петров"
    if root is None or toks[root].rel not in ("nsubj", "nsubj:pass"):
        return None
    v = toks[root].head
    if not 0 <= v < len(toks) or toks[v].lemma not in APPOINTING_VERBS or \
            (toks[v].feats or {}).get("Voice") != "Pass":
        return None
    after = v + 1
    if after < len(toks) and _acting_prefix(toks, after) and after != i:
        start = after
    else:
        end = v
        while end > 0 and toks[end - 1].pos == "AUX":
            end -= 1  # "был назначен"
        start = end - 1
        while start > 0 and start > v - MAX_WINDOW and toks[start].pos in ("NOUN", "ADJ", "PROPN") \
                and _case(toks[start]) == "Gen":
            start -= 1  # back over the post's genitives to its head
        while start > 0 and not _acting_prefix(toks, start) and (
                toks[start].text == "." or toks[start].text.lower() in ACTING_WORDS):
            start -= 1  # inside "и. о."
        if not _acting_prefix(toks, start) or any(
                _in_spans(t, spans, ("PER",)) for t in toks[start:end]):
            return None
    head = start + _acting_prefix(toks, start)
    if head >= len(toks) or not _is_head(toks[head], models) or _case(toks[head]) != "Gen":
        return None
    start = head - _acting_prefix_before(toks, head)  # the longest: "временно исполняющим ..."
    stop = head + 1
    while stop < len(toks) and stop != i and toks[stop].pos in ("NOUN", "ADJ", "PROPN") and \
            _case(toks[stop]) == "Gen" and not _in_spans(toks[stop], spans, ("PER",)):
        stop += 1  # "директора школы", "главы администрации района"
    return _split_role(toks[start:stop], text, models, spans)


def _on_an_occasion(tree: _Tree, noun: int) -> bool:
    """Is the noun introduced by "с" (``OCCASION_PREPOSITIONS``), alone or closing a
    compound preposition ("в связи с назначением")?"""
    toks = tree.tokens
    for c in tree.kids.get(noun, []):
        if toks[c].rel != "case":
            continue
        words = [c] + [f for f in tree.kids.get(c, []) if toks[f].rel == "fixed"]
        if toks[max(words)].text.lower() in OCCASION_PREPOSITIONS:
            return True
    return False


def _short_participle_hung_as_a_modifier(tree: _Tree, root: int, j: int) -> int | None:
    """A short participle after the name that the parse hangs as a modifier ("acl") on the
    name or on the noun the name is in apposition to: a short form is always a predicate,
    so it is the name's. "Сын магната, Джеймс Мердок, переизбран главой совета
    директоров" (the parser makes "Сын" the root and "переизбран" its modifier). The
    participle must have no subject of its own."""
    toks = tree.tokens
    hosts = [root]
    if toks[root].rel == "appos" and 0 <= toks[root].head < root and \
            toks[toks[root].head].pos == "NOUN":
        hosts.append(toks[root].head)
    for host in hosts:
        for c in tree.kids.get(host, []):
            feats = toks[c].feats or {}
            if c >= j and toks[c].rel == "acl" and feats.get("VerbForm") == "Part" and \
                    feats.get("Variant") == "Short" and not any(
                        toks[k].rel in ("nsubj", "nsubj:pass") for k in tree.kids.get(c, [])):
                return c
    return None


def _verb_of_a_misattached_subject(tree: _Tree, root: int | None, i: int, j: int
                                   ) -> int | None:
    """The verb a name in the nominative is the subject of when the parse hangs it as an
    apposition on the oblique noun before it, which it cannot agree with: "Указом
    президента Иван Петров освобожден от должности министра", "Решением губернатора Анна
    Котова назначена министром" — Petrov is the subject of "освобожден". None otherwise."""
    toks = tree.tokens
    loose = _verb_of_a_modifier_heading_the_name(tree, root, i, j)
    if loose is not None:
        return loose
    if root is None or toks[root].rel != "appos" or not 0 <= toks[root].head < i:
        return None
    noun = toks[root].head
    if _case(toks[noun]) not in ("Gen", "Dat", "Ins", "Loc") or \
            _name_cases(toks[i:j], tree.models) != {"Nom"} or \
            _agrees(toks[noun], toks[i:j], tree.models):
        return None
    v = toks[climb(tree.sent, noun, ("nmod",), 3)[-1]].head  # "Решением губернатора"
    if not 0 <= v < len(toks) or v < j or toks[v].pos not in ("VERB", "AUX") or any(
            toks[c].rel in ("nsubj", "nsubj:pass") for c in tree.kids.get(v, [])):
        return None
    return v


def _verb_of_a_modifier_heading_the_name(tree: _Tree, root: int | None, i: int, j: int
                                         ) -> int | None:
    """The verb a nominative name is the subject of when the parser makes the modifier
    right before it the head and hangs the name on it as a part of a name: "Как стало
    известно, 55-летний Г.Арефьев назначен министром" (the initial "Г" a "flat" of
    "55-летний", the age an "obl" of "назначен"). The modifier is an adjective or a
    numeral in the nominative (or caseless) hung on a verb after the name that has no
    subject of its own. None otherwise."""
    toks = tree.tokens
    astray = _verb_of_a_stray_initial(tree, root, i, j)
    if astray is not None:
        return astray
    if root is None or toks[root].rel not in _NAME_PART_RELS or toks[root].head != i - 1:
        return None
    mod = toks[i - 1]
    v = mod.head
    if mod.pos not in ("ADJ", "NUM") or _case(mod) not in (None, "Nom") or \
            _name_cases(toks[i:j], tree.models) != {"Nom"} or not j <= v < len(toks) or \
            toks[v].pos not in ("VERB", "AUX") or any(
                toks[c].rel in ("nsubj", "nsubj:pass") for c in tree.kids.get(v, [])):
        return None
    return v


_CORE_RELS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "appos", "conj"})


def _verb_of_a_stray_initial(tree: _Tree, root: int | None, i: int, j: int) -> int | None:
    """The verb a nominative name written with an initial is the subject of when the parser
    makes the initial the name's top and hangs it on a word before the name by no core
    relation: in "Вчера 61-летний Р.Гущин назначен начальником порта" the initial "Р" is
    an oblique of "Вчера" (the surname its "flat:name"), and "назначен" has no subject.
    The verb is the one the stray link climbs to (at most three steps), after the name,
    with no subject of its own and not of the other gender. None otherwise."""
    toks = tree.tokens
    if root is None or not _INITIAL.match(toks[root].text) or root + 1 >= j or \
            toks[root + 1].text != "." or toks[root].rel in _CORE_RELS or \
            not 0 <= toks[root].head < i:
        return None
    cases = _name_cases(toks[i:j], tree.models)
    v = toks[root].head
    for _ in range(3):
        if toks[v].pos in ("VERB", "AUX") or not 0 <= toks[v].head < len(toks):
            break
        v = toks[v].head
    if not j <= v < len(toks) or toks[v].pos not in ("VERB", "AUX") or any(
            toks[c].rel in ("nsubj", "nsubj:pass") for c in tree.kids.get(v, [])):
        return None
    woman = (toks[v].feats or {}).get("Gender") == "Fem"
    if cases != {"Nom"} and not (woman and _initials_woman_in_nominative(toks[i:j], tree.models)):
        return None
    return v


def _verbs_sharing_the_subject(tree: _Tree, v: int) -> list[int]:
    """Predicates that share the subject of ``v``: verbs joined to it with no subject of
    their own ("Иван Петров окончил институт и стал мэром Тулы", "Анна Котова вернулась в
    Тулу и была назначена министром": the parse hangs "стал", "назначена" on the first
    verb as ``conj``), and, when ``v`` is a noun the subject is ("Он был убеждённым
    социалистом, который впервые был избран президентом"), the relative clauses of that
    noun. A conjunct with a subject of its own is another's ("Петров уехал, а мэром стал
    Сидоров")."""
    toks = tree.tokens
    # a name the parser coordinated with the verb is the next conjunct's own subject:
    # "Петров окончил МГУ, а Олег Ларин с 1990 года работал директором"
    named = [c for c in tree.kids.get(v, []) if toks[c].rel == "conj" and toks[c].pos == "PROPN"]
    out = [c for c in tree.kids.get(v, []) if toks[c].rel == "conj"
           and toks[c].pos in ("VERB", "AUX") and not any(v < n < c for n in named)
           and not any(toks[k].rel in ("nsubj", "nsubj:pass") for k in tree.kids.get(c, []))]
    if toks[v].rel == "root":
        out += _roots_joined_after(tree, v)
    if toks[v].pos in ("VERB", "AUX"):
        out += _clauses_of_the_same_subject(tree, v)
    if toks[v].pos == "NOUN" and not _is_head(toks[v], tree.models):
        out += _relative_clauses(tree, v)
    return out + _converbs(tree, v)


def _clauses_of_the_same_subject(tree: _Tree, v: int) -> list[int]:
    """Clauses after the verb ``v`` with no subject of their own that go on about its
    subject: a clause set beside it ("Иван Петров окончил МГУ, после чего работал
    директором завода": parataxis) and a clause of place about where the subject went
    ("перешёл на работу в администрацию Тулы, где стал заместителем главы"). A past verb
    whose gender differs from ``v``'s is someone else's."""
    toks = tree.tokens
    gender = (toks[v].feats or {}).get("Gender")

    def own(c: int) -> bool:
        said = (toks[c].feats or {}).get("Gender")
        return c > v and toks[c].pos in ("VERB", "AUX") and (
            gender is None or said is None or said == gender) and not any(
            toks[k].rel in ("nsubj", "nsubj:pass") for k in tree.kids.get(c, []))

    out = [c for c in tree.kids.get(v, []) if toks[c].rel == "parataxis" and own(c)]
    # "родился в 1950 году в Туле, в 1990–2000 годах — президент компании": a post after
    # a dash, joined to the verb, is the subject's predicate
    out += [c for c in tree.kids.get(v, []) if c > v and toks[c].rel in ("conj", "parataxis")
            and toks[c].pos == "NOUN" and _is_head(toks[c], tree.models) and any(
                toks[k].text in ("—", "–") and k < c for k in tree.kids.get(c, []))
            and not any(toks[k].rel in ("nsubj", "nsubj:pass") for k in tree.kids.get(c, []))]
    for o in tree.kids.get(v, []):
        if toks[o].rel == "obl":
            out += [c for c in tree.kids.get(o, []) if toks[c].rel == "acl:relcl" and own(c)
                    and any(toks[k].text.lower() in PLACE_RELATIVES for k in tree.kids.get(c, []))]
    return out


def _roots_joined_after(tree: _Tree, v: int) -> list[int]:
    """Verbs the parse left as roots of their own after the root ``v``, joined to it by
    "и"/"а" and with no subject of their own: a conjunct the parser failed to hang ("Иван
    Петров окончил МГУ и с 1990 года работал директором завода" may come with two roots).
    Only up to the next root that has a subject: that one starts another clause."""
    toks = tree.tokens
    out = []
    for c in tree.kids.get(-1, []):
        if c <= v:
            continue
        kids = tree.kids.get(c, [])
        if any(toks[k].rel in ("nsubj", "nsubj:pass") for k in kids):
            break
        if toks[c].pos in ("VERB", "AUX") and any(
                toks[k].rel == "cc" and toks[k].text.lower() in ROOT_JOINERS for k in kids):
            out.append(c)
    return out


def _converbs(tree: _Tree, v: int) -> list[int]:
    """Adverbial participles of the verb ``v``: a деепричастие has no subject of its own,
    it is the main verb's, so a post it gives is the subject's: "Иван Петров, являясь
    министром финансов, подписал указ", "Анна Котова, работая директором школы, открыла
    музей", "Петров, став губернатором, уволил ..."; with "будучи" the parse hangs the post
    noun itself on the verb, its copula the converb ("Петров, будучи министром, ...")."""
    toks = tree.tokens
    out = []
    for c in tree.kids.get(v, []):
        if toks[c].rel not in ("advcl", "obl"):
            continue
        if toks[c].pos == "VERB" and _is_converb(toks[c]) or toks[c].pos == "NOUN" and any(
                toks[k].rel == "cop" and _is_converb(toks[k]) for k in tree.kids.get(c, [])):
            out.append(c)
    return out


def _is_converb(tok: Token) -> bool:
    return (tok.feats or {}).get("VerbForm") == "Conv"


def _relative_clauses(tree: _Tree, n: int) -> list[int]:
    """Verbs of the relative clauses of the noun ``n`` whose subject is "который": "юрист,
    который стал мэром Тулы" → "стал"."""
    toks = tree.tokens
    return [c for c in tree.kids.get(n, []) if toks[c].rel == "acl:relcl"
            and toks[c].pos in ("VERB", "AUX")
            and any(toks[k].rel in ("nsubj", "nsubj:pass") and _lemma(toks[k], tree.models) in
                    RELATIVE_PRONOUNS for k in tree.kids.get(c, []))]


def _post_of_the_verb(tree: _Tree, root: int | None, rel: str, v: int, i: int, j: int, text: str,
                      models: Models, spans: list[tuple[int, int, str]]) -> _Role | None:
    """The post the verb ``v`` gives its subject or object (the name's top word ``root``,
    related to it by ``rel``): ``_predicate_role``'s reading of one predicate."""
    toks = tree.tokens
    if rel == "nsubj" and 0 <= v < len(toks) and not i <= v < j:
        copular = _copular_post(tree, v, i, text, models, spans)
        if copular is not None:
            return copular
    if rel == "nsubj" and 0 <= v < len(toks) and not i <= v < j:
        duties = _duties_carried_out(tree, v, i, j, text, models, spans)
        if duties is not None:
            return duties
    if not 0 <= v < len(toks) or toks[v].lemma not in HOLDING_VERBS:
        return None
    if rel == "obj" and toks[v].lemma not in APPOINTING_VERBS:
        return None
    feats = toks[v].feats or {}
    if rel == "nsubj" and toks[v].lemma in APPOINTING_VERBS and \
            feats.get("Voice") != "Pass" and feats.get("VerbForm") != "Part":
        return None  # "Медведев назначил руководителем ... Муравьева": he appoints
    for c in tree.kids.get(v, []):
        if c == root or toks[c].rel not in ("obj", "obl", "xcomp", "iobj", "nsubj") and not (
                toks[c].rel == "obl:agent" and not _plural_word(toks[c], models)):
            continue  # "была назначена министром": the parse may call the post an agent
        post = c
        if _lemma(toks[c], models) in POST_NOUNS:
            if any(toks[k].text.lower() == "на" for k in tree.kids.get(c, [])) and \
                    toks[v].lemma not in APPOINTING_VERBS:
                return None  # "претендовать на пост": not held; "назначить на пост" is
            post = next((k for k in tree.kids.get(c, []) if toks[k].rel == "nmod"
                         and _is_head(toks[k], models)), -1)
        elif _acting_prefix(toks, c) and _case(toks[c]) == "Ins" and \
                c + _acting_prefix(toks, c) < len(toks) and \
                _is_head(toks[c + _acting_prefix(toks, c)], models):
            post = c + _acting_prefix(toks, c)  # "назначен исполняющим обязанности главы"
        elif not ((_is_head(toks[c], models) or _graded_head(toks, c, models))
                  and _case(toks[c]) == "Ins") or (
                feats.get("Number") == "Sing" and _plural_word(toks[c], models)):
            continue  # "была избрана депутатами председателем": the plural elects her
        if post < 0 or any(toks[k].text.lower() in OFFICE_PREPOSITIONS and toks[k].rel == "case"
                           for k in tree.kids.get(post, [])):
            continue
        return _tree_post(tree, post, i, text, models, spans)
    if rel == "obj" and toks[v].lemma in APPOINTING_VERBS:
        hung = _post_hung_on_the_name(tree, i, j)
        if hung is not None:
            return _tree_post(tree, hung, i, text, models, spans)
    return None


_CARRYING_OUT_VERBS = DUTY_VERBS - DUTY_ASSIGNING_VERBS


def _duties_carried_out(tree: _Tree, v: int, i: int, j: int, text: str, models: Models,
                        spans: list[tuple[int, int, str]]) -> _Role | None:
    """The acting post of the subject of a verb of carrying out whose object is the duties
    of a post: "Расмуссен будет исполнять обязанности главы правительства" → "исполняющий
    обязанности главы правительства"; "Петров временно исполнял обязанности министра".
    The post is the genitive head under "обязанности"; "исполнять свои обязанности" (no
    post) gives nothing. The participle takes the subject's gender, by the verb or else by
    the name's last word ("Анна Котова исполняет обязанности" → "исполняющая")."""
    toks = tree.tokens
    if _lemma(toks[v], models) not in _CARRYING_OUT_VERBS:
        return None
    duty = next((c for c in tree.kids.get(v, []) if toks[c].rel == "obj"
                 and _lemma(toks[c], models) in DUTY_NOUNS), None)
    if duty is None:
        return None
    post = next((k for k in tree.kids.get(duty, []) if k > duty and toks[k].rel == "nmod"
                 and _is_head(toks[k], models) and _case(toks[k]) == "Gen"), None)
    if post is None:
        return None
    role = _tree_post(tree, post, i, text, models, spans)
    if role is not None:
        role.position = _acting_for(role.position, models)
        gender = (toks[v].feats or {}).get("Gender") or (toks[j - 1].feats or {}).get("Gender")
        if gender == "Fem" and role.position.startswith("исполняющий "):
            role.position = "исполняющая " + role.position[len("исполняющий "):]
    return role


def _appointed_description(tree: _Tree, n: int) -> bool:
    """Is the noun a description the name stands beside as an appointing verb's object:
    "назначил свою жену Мехрибан первым вице-президентом" — she is appointed."""
    toks = tree.tokens
    v = toks[n].head
    return toks[n].rel == "obj" and 0 <= v < len(toks) and toks[v].lemma in APPOINTING_VERBS


def _post_hung_on_the_name(tree: _Tree, i: int, j: int) -> int | None:
    """The appointee's instrumental post that the parser hung on the name itself rather
    than on the verb (often after an initial: "назначил В.Петрова директором школы"):
    a post head in the instrumental right after the name, depending on one of its words."""
    toks = tree.tokens
    for n in range(i, j):
        for c in tree.kids.get(n, []):
            if c >= j and c - j <= 1 and _is_head(toks[c], tree.models) and \
                    _case(toks[c]) == "Ins" \
                    and (toks[c].feats or {}).get("Number") != "Plur":
                return c
    return None


def _tree_post(tree: _Tree, post: int, i: int, text: str, models: Models,
               spans: list[tuple[int, int, str]]) -> _Role | None:
    """The role phrase of the post noun at ``post`` read off the tree: its modifiers, an
    acting prefix, and its dependents up to where its noun phrase ends (never into the
    name at ``i``)."""
    toks = tree.tokens
    first = post
    while first > 0 and (_is_modifier(toks[first - 1], models) or toks[first - 1].rel == "amod"
                         and toks[first - 1].head == post):
        first -= 1
    first -= _acting_prefix_before(toks, first)
    end = tree.phrase_end(post, len(toks))
    if first <= i < end:  # the name inside its own post phrase: parse error
        end = i
    # "назначен министром обороны США вместо ушедшего в отставку Роберта Гейтса": whom the
    # holder replaces is never part of the post's phrase
    end = next((k for k in range(post + 1, end)
                if toks[k].text.lower() in SUCCESSION_PREPOSITIONS), end)
    # of posts in a row ("был премьер-министром, руководителем министерств"), the first
    end = next((k for k in range(post + 1, end) if toks[k].text in LIST_JOINERS
                and _starts_role(toks, k + 1, end, models)), end)
    # "был мэром Тулы, а затем губернатором": "а"/"но" opens another conjunct; "мэром
    # области с 2010 года": a time is no part of the post
    end = next((k for k in range(post + 1, end) if toks[k].text == "," and k + 1 < end
                and toks[k + 1].text.lower() in CONJUNCT_OPENERS
                or toks[k].pos == "ADP" and k + 1 < end and toks[k + 1].text[:1].isdigit()),
               end)
    end = _before_a_predicate(toks, post, end)
    end = _before_a_bracketed_post(toks, post, end, models)
    if end <= first:
        return None
    return _split_role(toks[first:end], text, models, spans)


def _before_a_bracketed_post(toks: list[Token], post: int, end: int, models: Models) -> int:
    """bracketed_post: a post phrase read off the tree ends before a bracket that opens
    another name of the post, a post head of its own: "Министром труда (главой
    департамента занятости) стал Иван Петров" gives "министр труда". A bracketed
    abbreviation or name stays in the phrase ("председателем Союза (СПР)")."""
    return next((k for k in range(post + 1, end) if toks[k].text == "(" and k + 1 < end
                 and _is_head(toks[k + 1], models)), end)


def _before_a_predicate(toks: list[Token], post: int, end: int) -> int:
    """A post phrase read off the tree ends before a predicate the parser joined to it:
    "Министром экономики, торговли и промышленности назначен Иван Петров" (the parser may
    make "назначен" a conjunct of "Министром") gives "министр экономики, торговли и
    промышленности". A predicate is a finite verb or a short participle; a full participle
    ("управляющий делами") belongs to the phrase."""
    for k in range(post + 1, end):
        feats = toks[k].feats or {}
        if toks[k].pos in ("VERB", "AUX") and (feats.get("VerbForm") != "Part"
                                               or feats.get("Variant") == "Short"):
            return k
    return end


def _copular_post(tree: _Tree, v: int, i: int, text: str, models: Models,
                  spans: list[tuple[int, int, str]]) -> _Role | None:
    """A post that is the predicate of the name, with a dash or a copula: "Вероника
    Мишель Бачелет — первая женщина-президент Чили", "главой группы является Вадим
    Поляков". The post noun governs the name as its subject, in the nominative or, with
    a copula, in the instrumental."""
    toks = tree.tokens
    post = toks[v]
    acting = _acting_copula(tree, v)
    if acting is not None:
        return _tree_post(tree, acting, i, text, models, spans)
    if post.pos != "NOUN" or not _is_head(post, models) or \
            (post.feats or {}).get("Number") == "Plur":
        return None
    cop = any(toks[c].rel == "cop" for c in tree.kids.get(v, []))
    if _case(post) == "Nom" and (cop or any(
            toks[c].text in ("—", "–") for c in tree.kids.get(v, []))) or \
            _case(post) == "Ins" and cop:
        return _tree_post(tree, v, i, text, models, spans)
    return None


def _acting_copula(tree: _Tree, v: int) -> int | None:
    """The post behind an acting prefix that is itself the predicate with a copula: "Ранее
    Иван Петров был исполняющим обязанности главы города" (the parser makes the participle
    the root, "был" its copula or auxiliary): the post noun after the prefix, else None."""
    toks = tree.tokens
    pre = _acting_prefix(toks, v)
    if not pre or _case(toks[v]) != "Ins" or v + pre >= len(toks) or \
            not _is_head(toks[v + pre], tree.models) or \
            not any(toks[c].rel == "cop" or toks[c].lemma == "быть"
                    for c in tree.kids.get(v, [])):
        return None  # "была исполняющей обязанности": the parser may call "была" an aux
    return v + pre


def _left_post(tree: _Tree, i: int, j: int, text: str, models: Models,
               spans: list[tuple[int, int, str]]) -> _Role | None:
    """A post the name leaves or is relieved of: "освободил Павла Астахова от должности
    Уполномоченного по правам ребенка", "Карпин, который подал в отставку с поста
    главного тренера", "Алекс Фергюсон заявил об уходе с поста главного тренера". The
    name is the subject or object of a verb (its clause's, or a relative clause's about
    it); the post is the genitive after "с/от поста (должности)" in the rest of that
    clause, or after a verb or noun of leaving ("покинул пост президента", "о сложении с
    себя полномочий премьер-министра"), with no other person
    named between. Read off the tokens: the parser often hangs the post above "пост"."""
    toks = tree.tokens
    root = _top(tree, i, j)
    if root is None:
        return None
    verbs = [c for c in tree.kids.get(root, []) if toks[c].rel == "acl:relcl"]
    if toks[root].rel in ("nsubj", "nsubj:pass", "obj") and 0 <= toks[root].head < len(toks):
        verbs.append(toks[root].head)
    misattached = _verb_of_a_misattached_subject(tree, root, i, j)
    if misattached is not None:
        verbs.append(misattached)
    for v in verbs:
        if toks[v].pos not in ("VERB", "AUX"):
            continue
        leaving = _lemma(toks[v], models) in LEAVING_VERBS
        for k in range(v + 1, min(len(toks), v + MAX_WINDOW)):
            tok = toks[k]
            if tok.text in (",", ".", ";", ":", "—", "–", "(") or k != i and \
                    not i <= k < j and _in_spans(tok, spans, ("PER",)):
                break
            if _lemma(tok, models) not in LEFT_POST_NOUNS:
                continue
            b = k - 1
            if b >= 2 and toks[b].text.lower() == "себя" and toks[b - 1].text.lower() == "с":
                b -= 2  # "сложил с себя полномочия"
            before = toks[b].text.lower()
            if before in LEFT_POST_PREPOSITIONS or (leaving and b == v) or \
                    _lemma(toks[b], models) in LEAVING_VERBS | LEAVING_NOUNS:
                stop = next((e for e in range(k + 1, len(toks)) if toks[e].text in (
                    ",", ".", ";", "—", "–", ")", "!", "?")), len(toks))
                return _post_phrase_at(toks, k, stop, text, models, spans, None)
            break
    return None


def _post_in_office(tree: _Tree, i: int, j: int, text: str, models: Models,
                    spans: list[tuple[int, int, str]]) -> _Role | None:
    """A post the name holds "in office": "Роберт Мюллер на посту директора ФБР провёл
    десять лет", "Анна Серова, работавшая в должности главного врача", "Картер принёс
    присягу в качестве министра обороны". The office noun (``OFFICE_NOUNS``, locative,
    after "в"/"на") hangs on the name, on a participle or relative clause about it, or on
    the verb the name is the subject of, or follows the name right away whatever the parse
    hangs it on; the post is the genitive after it. "на пост" (accusative: a candidacy, an
    appointment) is not read here."""
    toks = tree.tokens
    root = _top(tree, i, j)
    if root is None:
        return None
    hosts = [root] + [c for c in tree.kids.get(root, []) if toks[c].rel in ("acl", "acl:relcl")]
    if toks[root].rel in ("nsubj", "nsubj:pass") and 0 <= toks[root].head < len(toks) \
            and toks[toks[root].head].pos in ("VERB", "AUX"):
        hosts.append(toks[root].head)
        hosts += _office_hosts_in_the_clause(tree, toks[root].head, j)
    if toks[root].rel in ("nmod", "appos") and 0 <= toks[root].head < i and \
            _lemma(toks[toks[root].head], models) in PREDECESSOR_NOUNS:
        # "сменщики Роберта Мюллера на посту директора ФБР": successor and predecessor
        # share the post, so the name held it (whether the parse reads the name as the
        # noun's genitive or its apposition)
        hosts.append(toks[root].head)
    offices = [c for host in hosts for c in tree.kids.get(host, [])
               if not (c < j and host != root or c < i)]
    if j + 1 < len(toks) and toks[j].text.lower() in OFFICE_PREPOSITIONS:
        # the office right after the name, wherever the parse hangs it: "назвала
        # кандидатов в сменщики Роберта Мюллера на посту директора ФБР" ("на посту" read
        # as the verb's)
        offices.append(j + 1)
    for c in offices:
        office = _office_word(tree, c)
        if office is None or any(_in_spans(t, spans, ("PER",)) for t in toks[j:office]):
            continue  # another person named between: the office is theirs
        stop = next((e for e in range(office + 1, len(toks)) if toks[e].text in (
            ",", ".", ";", "—", "–", ")", "!", "?")), len(toks))
        role = _post_phrase_at(toks, office + 1, stop, text, models, spans, "Gen")
        if role is not None:
            return role
    return None


def _post_appointed_over_a_title(tree: _Tree, i: int, j: int, text: str, models: Models,
                                 spans: list[tuple[int, int, str]]) -> _Role | None:
    """nerel95: the appointee of an active appointing verb (``APPOINTING_VERBS``) named by a
    rank or title (``RANK_TITLES``) right after the post in the instrumental holds that
    post: "Губернатор назначил начальником управления полковника Ивана Петрова" →
    "начальник управления". The parser hangs the title on the post's body, not on the verb,
    so it is read off the tokens: the title (with its own genitive, "генерал-майора
    полиции") stands right before the name, in the accusative (or the genitive an animate
    accusative looks like), and only the post's dependents (genitives, a "по" group, the
    instrumental a participle governs: "командующим флотом") stand between the post and
    the title. Not a passive ("назначен начальником ... полковник" names the subject,
    read by ``_predicate_role``), not a verb with an object of its own."""
    toks = tree.tokens
    rank = next((r for r in range(i - 1, max(-1, i - 4), -1)
                 if _lemma(toks[r], models) in RANK_TITLES), None)
    if rank is None or _case(toks[rank]) not in ("Acc", "Gen") or any(
            _case(t) != "Gen" or t.pos not in ("NOUN", "PROPN", "ADJ")
            for t in toks[rank + 1:i]):
        return None
    first = rank
    while first > 0 and toks[first - 1].pos == "ADJ" and \
            _case(toks[first - 1]) == _case(toks[rank]):
        first -= 1  # "старшего лейтенанта": the rank's own adjective
    k = first - 1
    while k >= 0 and first - k <= MAX_WINDOW and not (
            _is_head(toks[k], models) and _case(toks[k]) == "Ins"):
        t = toks[k]
        if not (t.pos == "ADP" and t.text.lower() in NAME_PREPOSITIONS) and (
                _case(t) not in ("Gen", "Dat", "Loc", "Ins")
                or t.pos not in ("NOUN", "PROPN", "ADJ", "VERB")
                or t.pos == "VERB" and (t.feats or {}).get("VerbForm") != "Part"
                or _in_spans(t, spans, ("PER",))):
            return None  # only the post's body between: "штаба вооружённых сил", "по области"
        k -= 1
    if k < 0 or first - k > MAX_WINDOW:
        return None
    v = toks[k].head
    if not 0 <= v < len(toks) or toks[v].pos != "VERB" or \
            _lemma(toks[v], models) not in APPOINTING_VERBS:
        return None
    feats = toks[v].feats or {}
    if feats.get("Voice") == "Pass" or feats.get("VerbForm") == "Part" or any(
            toks[c].rel == "obj" and not first <= c < j for c in tree.kids.get(v, [])):
        return None  # a passive's subject, or the verb appoints someone else
    return _post_phrase_at(toks, k, first, text, models, spans, "Ins")


def _mandate_post(tree: _Tree, i: int, j: int) -> _Role | None:
    """A deputy known by the mandate the name wins, keeps or loses: the name (or the post
    noun it is in apposition to, or a conjunct of either) is the subject of a verb whose
    object is a mandate with no complement of its own: "Депутатский мандат впервые получил
    супертяжеловес Николай Валуев", "Сохранили свои мандаты певец Иосиф Кобзон, режиссер
    Станислав Говорухин" → "депутат". "мандат на переговоры", "мандат ООН" (a complement)
    are no seat."""
    toks = tree.tokens
    root = _top(tree, i, j)
    if root is None:
        return None
    top = climb(tree.sent, root, ("appos", "conj", "flat:name"))[-1]
    verb = toks[top].head
    if toks[top].rel != "nsubj" or not 0 <= verb < len(toks) or toks[verb].pos != "VERB":
        return None
    for c in tree.kids.get(verb, []):
        if _lemma(toks[c], tree.models) in MANDATE_NOUNS and toks[c].rel in ("obj", "obl") and \
                not any(
                toks[k].rel.startswith("nmod") for k in tree.kids.get(c, [])):
            return _Role(MANDATE_POST, None, toks[c].start, toks[c].stop)
    return None


def _term_of_office_post(tree: _Tree, i: int, j: int) -> _Role | None:
    """term_of_office_post: a name in the genitive of a noun that names a term of office
    (``TERM_OF_OFFICE_POSTS``) held that office: "Завод построили в годы президентства
    Ивана Петрова" → "президент", "в начале губернаторства Анны Котовой" → "губернатор".
    The name must hang on the noun itself (the parse's genitive), not on a word after it."""
    toks = tree.tokens
    root = _top(tree, i, j)
    if root is None or toks[root].rel != "nmod" or _case(toks[root]) != "Gen":
        return None
    up = toks[root].head
    if not 0 <= up < i:
        return None
    post = TERM_OF_OFFICE_POSTS.get(_lemma(toks[up], tree.models))
    return _Role(post, None, toks[up].start, toks[up].stop) if post else None


def _office_hosts_in_the_clause(tree: _Tree, v: int, j: int) -> list[int]:
    """Words after the name (tokens ..j-1) in the clause of its verb ``v`` that an office
    may hang on besides the verb: an infinitive the verb governs ("С.Петров пожелал
    остаться на должности председателя совета") and a thing noun the verb takes ("Анна
    Котова приступила к работе на посту министра"). Not a person noun: "встретился с
    губернатором на посту" is no office of the subject's."""
    toks = tree.tokens
    return [c for c in tree.kids.get(v, []) if c >= j and (
        toks[c].rel == "xcomp" and toks[c].pos == "VERB"
        or toks[c].rel == "obl" and toks[c].pos == "NOUN"
        and (toks[c].feats or {}).get("Animacy") == "Inan")]


def _office_word(tree: _Tree, c: int) -> int | None:
    """The office noun of a dependent ``c``: ``c`` itself ("на посту", "в должности"), or
    the word the parse fixes to the preposition of the post ``c`` ("в качестве министра":
    "качестве" hangs on "в", "министра" is the dependent)."""
    toks = tree.tokens
    cases = [k for k in tree.kids.get(c, []) if toks[k].rel == "case"
             and toks[k].text.lower() in OFFICE_PREPOSITIONS]
    if _lemma(toks[c], tree.models) in OFFICE_NOUNS and _case(toks[c]) == "Loc" and cases:
        return c
    for k in cases:
        fixed = [f for f in tree.kids.get(k, []) if toks[f].rel == "fixed"
                 and _lemma(toks[f], tree.models) in OFFICE_NOUNS]
        if fixed and fixed[-1] < c:
            return fixed[-1]
    return None


def _succession_post(tree: _Tree, i: int, j: int, text: str, models: Models,
                     spans: list[tuple[int, int, str]]) -> _Role | None:
    """The post someone leaves to a successor is the post the clause names: "стал мэром
    Харькова, сменив на этом посту Михаила Добкина", "станет главой ФИФА после Зеппа
    Блаттера", "назначен министром обороны вместо Роберта Гейтса", "уступил пост
    президента Алану Гарсии", "На посту директора Apple его сменит Тим Кук". The name is
    the object (or subject) of a verb of succession, or follows "вместо"/"после"; the post
    is "на посту X" under that verb, else the instrumental post of the holding verb the
    verb depends on."""
    toks = tree.tokens
    instead = _post_instead_of(tree, i, text, models, spans)
    if instead is not None:
        return instead
    root = _top(tree, i, j)
    if root is None or not 0 <= toks[root].head < len(toks):
        return None
    rel, v = toks[root].rel, toks[root].head
    verb = _succession_verb_before(toks, i, models)
    if verb is not None and _lemma(toks[v], models) not in SUCCESSION_VERBS:
        rel, v = "obj", verb  # the parser hung the name elsewhere
    preps = {toks[c].text.lower() for c in tree.kids.get(root, []) if toks[c].rel == "case"}
    if rel == "appos" and v < i and toks[v].pos == "NOUN" and toks[v].text.islower() and \
            0 <= toks[v].head < len(toks):
        if _lemma(toks[v], models) in POST_NOUNS:  # "уступил пост президента Алану Гарсии"
            rel, v = "iobj", toks[v].head
        elif not _is_head(toks[v], models):  # "сменив ... своего знакомого Михаила Добкина"
            rel, v = toks[v].rel, toks[v].head
    if preps & SUCCESSION_PREPOSITIONS:
        if _is_head(toks[v], models) and 0 <= toks[v].head < len(toks):
            v = toks[v].head  # "главой ФИФА после Зеппа Блаттера" hung on the post
        if toks[v].lemma not in HOLDING_VERBS and _lemma(toks[v], models) not in SUCCESSION_VERBS:
            return None
        subject = False
    elif _lemma(toks[v], models) in SUCCESSION_VERBS and rel in ("obj", "iobj", "obl", "nsubj") \
            and not preps:
        subject = rel == "nsubj"
    else:
        return None
    for _ in range(3):
        for c in tree.kids.get(v, []):
            if _lemma(toks[c], models) in POST_NOUNS:  # "на посту директора", "уступил пост X"
                post = next((k for k in tree.kids.get(c, []) if toks[k].rel == "nmod"
                             and _is_head(toks[k], models)), None)
                if post is not None:
                    return _tree_post(tree, post, i, text, models, spans)
            elif not subject and toks[v].lemma in HOLDING_VERBS and c != root and \
                    _is_head(toks[c], models) and _case(toks[c]) == "Ins" and \
                    toks[c].rel in ("xcomp", "obl", "obj") and \
                    (toks[c].feats or {}).get("Number") != "Plur":
                return _tree_post(tree, c, i, text, models, spans)
        if subject or toks[v].rel not in ("advcl", "conj", "acl", "xcomp") or \
                not 0 <= toks[v].head < len(toks):
            return None
        v = toks[v].head  # "стал мэром ..., сменив на этом посту ...": the main clause
    return None


def _post_of_the_replaced(tree: _Tree, i: int, j: int, previous: list[_Mention]
                          ) -> _Role | None:
    """Whom "он"/"она" replaces held the post the pronoun's person was given in the
    sentence before: "Трамп назначил Джона Хантсмена послом в России. Он сменит Джона
    Теффта" — Tefft was the ambassador. Only when one person of the pronoun's gender had
    a post there."""
    toks = tree.tokens
    root = _top(tree, i, j)
    if root is None or toks[root].rel != "obj" or not 0 <= toks[root].head < len(toks):
        return None
    v = toks[root].head
    if _lemma(toks[v], tree.models) not in SUCCESSION_VERBS:
        return None
    subject = next((c for c in tree.kids.get(v, []) if toks[c].rel == "nsubj"
                    and toks[c].pos == "PRON" and
                    _lemma(toks[c], tree.models) in PERSONAL_PRONOUNS), None)
    if subject is None:
        return None
    gender = "femn" if toks[subject].text.lower() == "она" else "masc"
    held = [m for m in previous if m.role is not None and not m.role.figurative
            and m.gender in (gender, None)]
    if not one_surname(m.surname for m in held) or held[0].role is None:
        return None
    was = held[0].role
    return _Role(was.position, was.organization, was.start, was.end)


def _post_of_this_post(prev: list[Token], spans: list[tuple[int, int, str]], tree: _Tree,
                       i: int, j: int, text: str, models: Models,
                       recent: list[tuple[list[Token], list[tuple[int, int, str]]]] | None = None
                       ) -> _Role | None:
    """"этот пост" / "на этом посту" under a verb of succession or of holding stands for the
    post named last before it, in its sentence or else in the sentence before, and the
    name the verb governs (the one replaced, the successor, the holder) held it: "Иван
    Петров выдвинут на пост ректора академии. Он хочет сменить на этом посту Олега
    Смирнова" (Smirnov is the rector); "Олег Смирнов покинул пост мэра. Его сменил на этом
    посту Иван Петров"; "Петров стал самым молодым мэром города с 1990 года, когда этот пост
    занял Олег Смирнов". Not when the post noun has a post of its own here
    (``_succession_post`` reads that one)."""
    toks = tree.tokens
    v = _succession_verb_before(toks, i, models)  # the parse may hang the name nowhere
    root = _top(tree, i, j)
    if root is not None:
        root = _description_of_the_name(tree, root, i)  # "сменит ... юриста Олега Смирнова"
    if v is None and root is not None:
        v = _taken_over_from(tree, root, i)
    if v is None:
        if root is None or toks[root].rel not in ("obj", "nsubj") or \
                not 0 <= toks[root].head < len(toks):
            return None
        v = toks[root].head
    if _lemma(toks[v], models) not in SUCCESSION_VERBS and not (
            toks[v].lemma in HOLDING_VERBS and root is not None and toks[root].rel == "nsubj"
            and toks[root].head == v) and _lemma(toks[v], models) not in TAKING_OVER_VERBS:
        return None  # "Олег Смирнов занял этот пост": the subject holds it
    here = [c for c in tree.kids.get(v, []) if _lemma(toks[c], models) in POST_NOUNS
            and toks[c].rel in ("obj", "obl")
            and any(_lemma(toks[d], models) in POST_ANAPHORS for d in tree.kids.get(c, []))
            and not any(toks[d].rel == "nmod" for d in tree.kids.get(c, []))]
    if not here:
        return None
    return _post_named_last(toks, min(here[0], i), spans, text, models) or \
        _post_taken_before(recent or [], text, models) or (
            _post_named_last(prev, len(prev), [], text, models) if prev else None)


def _taken_over_from(tree: _Tree, root: int, i: int) -> int | None:
    """taken_over_from: a verb of taking over (``TAKING_OVER_VERBS``) before a name that
    follows "у" takes the post from that one, as a verb of succession does: "Анна Котова
    примет этот пост у Олега Смирнова" — Smirnov held it (the parse may hang the name on a
    participle between, "у занимавшего его Олега Смирнова"). The verb's index, or None;
    without "у" the name is no holder ("примет этот пост вместе с Олегом Смирновым")."""
    toks = tree.tokens
    if not any(toks[c].rel == "case" and toks[c].text.lower() in TAKING_OVER_PREPOSITIONS
               for c in tree.kids.get(root, [])):
        return None
    return next((k for k in range(i - 1, -1, -1) if toks[k].pos == "VERB"
                 and _lemma(toks[k], tree.models) in TAKING_OVER_VERBS), None)


def _post_taken_before(recent: list[tuple[list[Token], list[tuple[int, int, str]]]],
                       text: str, models: Models) -> _Role | None:
    """post_taken_before: "этот пост" of one who takes over stands for the post a sentence
    shortly before gave by a verb of becoming or appointment (``TAKEN_POST_VERBS``), the
    post in the instrumental, rather than for any post named last there (a former post, a
    post held now beside it): "Анна Котова назначена директором музея. Она, бывший
    заведующий библиотекой, сменит на этой должности Олега Смирнова" — Smirnov was the
    director. The latest such sentence of ``recent`` (the few sentences before, nearest
    last) counts; its first singular post head in the instrumental is the post."""
    for tokens, spans in reversed(recent):
        if not any(t.pos in ("VERB", "AUX") and t.lemma in TAKEN_POST_VERBS for t in tokens):
            continue
        for k, tok in enumerate(tokens):
            if not _instrumental(tok, models) or not _is_head(tok, models) or \
                    (tok.feats or {}).get("Number") == "Plur" or _in_spans(tok, spans, ("PER",)):
                continue
            first = k
            while first > 0 and _is_modifier(tokens[first - 1], models):
                first -= 1
            end = _post_phrase_end(tokens, first, k, len(tokens), spans)
            role = _split_role(tokens[first:end], text, models, spans)
            if role is not None:
                return role
    return None


def _instrumental(tok: Token, models: Models) -> bool:
    """Is the word in the instrumental, by the tagger or, when the tagger reads another
    case, by a dictionary reading of the word ("дирижёром", sometimes tagged a genitive
    adjective)?"""
    if _case(tok) == "Ins":
        return True
    return any(p.tag.case == "ablt" for p in models.parse(tok.text.lower()))


def _post_named_last(tokens: list[Token], stop: int, spans: list[tuple[int, int, str]],
                     text: str, models: Models) -> _Role | None:
    """The post named last before tokens[stop]: a singular post head, or "пост" /
    "должность" with the post in the genitive, walked back to the start of its genitive
    chain ("заместителя министра" is the deputy's post, not "министр")."""
    for n in range(stop - 1, -1, -1):
        if _in_spans(tokens[n], spans, ("PER",)) or not (
                _lemma(tokens[n], models) in POST_NOUNS or _is_head(tokens[n], models)
                and (tokens[n].feats or {}).get("Number") != "Plur"):
            continue
        while n > 0 and _case(tokens[n]) == "Gen" and (
                _is_head(tokens[n - 1], models) or _lemma(tokens[n - 1], models) in POST_NOUNS):
            n -= 1
        if n > 0 and _lemma(tokens[n - 1], models) in POST_ANAPHORS:
            continue
        role = _post_phrase_at(tokens, n, stop, text, models, spans, None)
        if role is not None:
            return role
    return None


def _predecessor_post(tokens: list[Token], i: int, mentions: list[_Mention], here: int,
                      previous: list[_Mention], models: Models) -> _Role | None:
    """A predecessor or successor held the post of the one he is named against: "Абэ
    сменил своего предшественника Дзюнъитиро Коидзуми", "Предшественник Кравцова Иван
    Муравьёв", "Его предшественник Олег Сидоров". That one is the person named in the
    genitive after the noun, else the one named last before it in the sentence, else
    (after "его"/"её") the one person of the sentence before; the post is the last one
    the text gave that person before (a singular noun only: "преемников" are candidates).
    """
    noun = next((n for n in range(i - 1, max(-1, i - 6), -1)
                 if _lemma(tokens[n], models) in PREDECESSOR_NOUNS), None)
    if noun is None or (tokens[noun].feats or {}).get("Number") == "Plur":
        return None
    if _case(tokens[noun]) not in ("Nom", None) and not any(
            _lemma(t, models) in SUCCESSION_VERBS for t in tokens[max(0, noun - 2):noun]):
        return None  # "после отставки своего предшественника X": whose post, unsaid
    here_ = mentions[here:]
    between = [m for m in here_ if tokens[noun].stop <= m.start and m.end <= tokens[i].start]
    if any(not (t.pos in ("PROPN", "PUNCT") or t.text[:1].isupper())
           for t in tokens[noun + 1:i]):
        return None  # "предшественника на этом посту" and the like: not a plain apposition
    if between:
        other = between[-1]
    else:
        if noun != i - 1:
            return None
        before = [m for m in here_ if m.end <= tokens[noun].start]
        if not before and noun > 0 and tokens[noun - 1].text.lower() in OWNER_PRONOUNS and \
                one_surname(m.surname for m in previous):
            before = previous[:1]  # "Министром стал Петров. Его предшественник ..."
        if not before:
            return None
        other = before[-1]
    held = [m for m in mentions if m.role is not None and not m.echo and
            not m.role.figurative and _same_person(m, other)]
    if not held:
        return None
    was = held[-1].role
    assert was is not None
    return _Role(was.position, was.organization, was.start, was.end)


def _succession_verb_before(toks: list[Token], i: int, models: Models) -> int | None:
    """Index of a verb of succession right before the name, "на (этом) посту" aside:
    "сменив на этом посту Чака Хейгела"; else None."""
    k = i - 1
    while k >= 0 and i - k <= 4 and (toks[k].pos in ("ADP", "DET")
                                     or _lemma(toks[k], models) in POST_NOUNS):
        k -= 1
    if k >= 0 and _lemma(toks[k], models) in SUCCESSION_VERBS and toks[k].pos == "VERB":
        return k
    return None


def _post_instead_of(tree: _Tree, i: int, text: str, models: Models,
                     spans: list[tuple[int, int, str]]) -> _Role | None:
    """"вместо"/"после" before a name, perhaps with a participle between, says whose post
    the nearest post taken before it was, however the parser hung the name: "был назначен
    министром обороны США вместо ушедшего в отставку Роберта Гейтса" — Gates held it."""
    toks = tree.tokens
    p = i - 1
    while p >= 0 and i - p <= 6 and toks[p].text.lower() not in SUCCESSION_PREPOSITIONS:
        if _is_punct(toks[p]) or _in_spans(toks[p], spans, ("PER",)):
            return None
        p -= 1
    if p < 0 or i - p > 6 or p + 1 < i and not _is_participle(toks[p + 1]):
        return None  # "после смерти Ивана Петрова": not a successor's
    for c in range(p - 1, max(-1, p - 12), -1):
        tok = toks[c]
        if _is_punct(tok) and tok.text not in _ALLOWED_PUNCT:
            return None
        if _is_head(tok, models) and _case(tok) == "Ins" and \
                (tok.feats or {}).get("Number") != "Plur" \
                and 0 <= tok.head < len(toks) and toks[tok.head].lemma in HOLDING_VERBS:
            return _tree_post(tree, c, i, text, models, spans)
    return None


def _post_phrase_at(tokens: list[Token], k: int, stop: int, text: str, models: Models,
                    spans: list[tuple[int, int, str]], want_case: str | None
                    ) -> _Role | None:
    """The post a holding word's object names, from tokens[k] up to ``stop``: "пост /
    должность / обязанности" and the post in the genitive, or the post itself in
    ``want_case`` ("назначен министром обороны США" → Ins)."""
    if k < stop and \
            _lemma(tokens[k], models) in CLAUSE_POST_NOUNS | LEFT_POST_NOUNS | {"обязанности"}:
        k += 1
        want_case = "Gen"
    first = k
    k += _acting_prefix(tokens, k)
    while k < stop and _is_modifier(tokens[k], models):
        k += 1
    if k >= stop or not _is_head(tokens[k], models) or want_case and _case(tokens[k]) not in (
            None, want_case) or (tokens[k].feats or {}).get("Number") == "Plur":
        return None
    end = _post_phrase_end(tokens, first, k, stop, spans)
    return _split_role(tokens[first:end], text, models, spans)


def _post_phrase_end(tokens: list[Token], first: int, k: int, stop: int,
                     spans: list[tuple[int, int, str]]) -> int:
    """Where a post phrase begun at ``first`` and headed at ``k`` ends: before a name, a
    word of a stop part of speech, a preposition other than "по"/"при", a conjunction, or
    punctuation a post does not hold ("председатель комитета по труду" keeps its "по"
    group), and never past the window."""
    end = k + 1
    while end < stop and end - first <= MAX_WINDOW:
        tok = tokens[end]
        if _in_spans(tok, spans, ("PER",)) or _is_punct(tok) and tok.text not in \
                _ALLOWED_PUNCT or tok.pos in _STOP_POS and not (
                _participle_in_a_body(tokens, end, None)) or tok.pos == "ADP" and \
                tok.text.lower() not in NAME_PREPOSITIONS or tok.pos == "CCONJ":
            break
        end += 1
    return end


def _participle_in_a_body(tokens: list[Token], k: int, models: Models | None) -> bool:
    """Is tokens[k] a genitive participle between two genitive nouns, an adjective inside a
    body's name ("управления кадров Вооружённых сил")? nerel95: or one that opens the body
    right after its post's head, in any case ("Глава Объединенного штаба генерал Иван
    Петров": the tagger reads "Объединенного" a verb); without ``models`` only the first.
    A post phrase runs on over such a participle too ("начальником штаба вооружённых сил
    Украины")."""
    if not (0 < k < len(tokens) - 1 and _genitive_participle(tokens[k])):
        return False
    before, after = tokens[k - 1], tokens[k + 1]
    return after.pos in ("NOUN", "PROPN") and _case(after) == "Gen" and \
        before.pos in ("NOUN", "PROPN") and (_case(before) == "Gen" or (
            models is not None and _is_head(before, models)))


def _genitive_participle(t: Token) -> bool:
    """A participle in the genitive is an adjective of the office's body, no verb between the
    office and the rank: "начальник управления кадров Вооружённых сил генерал-лейтенант
    Олег Сомов" (the tagger reads "Вооружённых" a verb)."""
    feats = t.feats or {}
    return t.pos == "VERB" and feats.get("VerbForm") == "Part" and feats.get("Case") == "Gen"


def _common_word(tokens: list[Token], n: int, models: Models) -> bool:
    """Is tokens[n] written as a common word: in lower case, or capitalised only because it
    opens the sentence (after at most an opening quote or dash) and a dictionary word with
    no reading as a name: "Юрист Дэвид Уэстин занял пост президента ABC News" describes
    him as "юрист" would in mid-sentence."""
    word = tokens[n].text
    if word.islower():
        return True
    opening = all(t.text in _OPEN_QUOTES or t.text in _DASHES for t in tokens[:n])
    return opening and word[:1].isupper() and word[1:].islower() and \
        _common_noun(word, models)


def _common_noun(word: str, models: Models) -> bool:
    """A dictionary word with no reading as a name or surname ("Внук", "Дочь")."""
    parses = models.parse(word)
    return bool(parses) and all(
        p.is_known and not {"Name", "Surn", "Patr"} & set(str(p.tag).replace(" ", ",")
                                                           .split(","))
        for p in parses)


def _acting_for(position: str, models: Models) -> str:
    """The acting holder's post: "глава района" → "исполняющий обязанности главы
    района" (the words up to the post's noun in the genitive); an acting post stays."""
    words = position.split()
    if not words or words[0].lower() in ACTING_WORDS:
        return position
    out = []
    for n, w in enumerate(words):
        parses = models.parse(w.lower())
        form = models.inflect(w.lower(), {"gent", "sing"})
        out.append(form or w)
        if not parses or parses[0].tag.POS == "NOUN" or form is None:
            out += words[n + 1:]
            break
    return "исполняющий обязанности " + " ".join(out)


def _post_of_a_subjectless_clause(tree: _Tree, previous: list[_Mention], text: str,
                                  models: Models, spans: list[tuple[int, int, str]]
                                  ) -> list[_Mention]:
    """A biography sentence without a subject whose predicates (the root and the verbs
    joined to it) give a post: the post of the one person the sentence before named, as
    ``_subjectless_post`` reads a holding verb at the start: "Иван Петров окончил юрфак. В
    2005 году переехал в Тулу и стал депутатом городской думы", "Стал генералом, работал
    министром". An echo: a post stated with the name wins."""
    toks = tree.tokens
    root = next((n for n, t in enumerate(toks) if t.rel == "root"), None)
    if root is None or any(toks[k].rel in ("nsubj", "nsubj:pass")
                           for k in tree.kids.get(root, [])):
        return []
    for v in [root] + _verbs_sharing_the_subject(tree, root):
        passive = (toks[v].feats or {}).get("Voice") == "Pass"
        role = _post_of_the_verb(tree, -1, "nsubj:pass" if passive else "nsubj", v, -1, -1,
                                 text, models, spans)
        if role is not None:
            who = previous[0]
            return [_Mention(who.first, who.initial, who.surname, list(who.others),
                             toks[v].start, toks[v].stop, role=role, gender=who.gender,
                             echo=True)]
    return []
