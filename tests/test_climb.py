"""``syntax.climb``: the path up a dependency tree through given relations, the one helper
the signer passes use instead of hand-written loops (issue 9: tree patterns as data).

Sentences are parsed by hand (``probes.hand_parsed``) in several word orders and cases,
worded for this file; each row gives the start token, the relations climbed through, the
step limit and the expected path."""

from __future__ import annotations

import probes
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from soccoop.extract.lexicon_signers import NAME_GROUP_RELATIONS
from soccoop.extract.nlp import Sentence, Token
from soccoop.extract.signer_shapes import _group_top, _post_of
from soccoop.extract.syntax import climb

ANIM_NOM = {"Case": "Nom", "Animacy": "Anim"}
ANIM_INS = {"Case": "Ins", "Animacy": "Anim"}


def subject_first() -> Sentence:
    """"Министр Анна Котова подписала соглашение": the post is the verb's subject."""
    return probes.hand_parsed(
        ("Министр", "министр", "NOUN", "nsubj", 3, ANIM_NOM),
        ("Анна", "анна", "PROPN", "appos", 0, {"Case": "Nom"}),
        ("Котова", "котова", "PROPN", "flat:name", 1, {"Case": "Nom"}),
        ("подписала", "подписать", "VERB", "root", -1, {"Gender": "Fem"}),
        ("соглашение", "соглашение", "NOUN", "obj", 3, {"Case": "Acc"}),
    )


def subject_last() -> Sentence:
    """"Соглашение подписала министр Анна Котова": the same group after the verb."""
    return probes.hand_parsed(
        ("Соглашение", "соглашение", "NOUN", "obj", 1, {"Case": "Acc"}),
        ("подписала", "подписать", "VERB", "root", -1, {"Gender": "Fem"}),
        ("министр", "министр", "NOUN", "nsubj", 1, ANIM_NOM),
        ("Анна", "анна", "PROPN", "appos", 2, {"Case": "Nom"}),
        ("Котова", "котова", "PROPN", "flat:name", 3, {"Case": "Nom"}),
    )


def passive_conjuncts() -> Sentence:
    """"Подписано министром Еленой Ивановой и министром Петром Кругловым": two agents in
    the instrumental, the second a conjunct of the first."""
    return probes.hand_parsed(
        ("Подписано", "подписать", "VERB", "root", -1, {"VerbForm": "Part"}),
        ("министром", "министр", "NOUN", "obl:agent", 0, ANIM_INS),
        ("Еленой", "елена", "PROPN", "appos", 1, {"Case": "Ins"}),
        ("Ивановой", "иванова", "PROPN", "flat:name", 2, {"Case": "Ins"}),
        ("и", "и", "CCONJ", "cc", 5, {}),
        ("министром", "министр", "NOUN", "conj", 1, ANIM_INS),
        ("Петром", "пётр", "PROPN", "appos", 5, {"Case": "Ins"}),
        ("Кругловым", "круглов", "PROPN", "flat:name", 6, {"Case": "Ins"}),
    )


def genitive_post() -> Sentence:
    """"Подпись заместителя губернатора Олега Сомова": the name on the inner post."""
    return probes.hand_parsed(
        ("Подпись", "подпись", "NOUN", "root", -1, {"Case": "Nom"}),
        ("заместителя", "заместитель", "NOUN", "nmod", 0, {"Case": "Gen", "Animacy": "Anim"}),
        ("губернатора", "губернатор", "NOUN", "nmod", 1, {"Case": "Gen", "Animacy": "Anim"}),
        ("Олега", "олег", "PROPN", "appos", 2, {"Case": "Gen"}),
        ("Сомова", "сомов", "PROPN", "flat:name", 3, {"Case": "Gen"}),
    )


NAME_PARTS = frozenset({"flat:name", "appos"})
GROUP = NAME_GROUP_RELATIONS

CASES = [
    # sentence, start, through, limit, expected path
    (subject_first, 2, NAME_PARTS, None, [2, 1, 0]),  # stops at the subject (nsubj)
    (subject_last, 4, NAME_PARTS, None, [4, 3, 2]),
    (subject_first, 2, NAME_PARTS | {"nsubj"}, None, [2, 1, 0, 3]),  # on to the verb
    (subject_first, 3, NAME_PARTS | {"root"}, None, [3]),  # the root has no head
    (subject_first, 2, frozenset({"flat:name"}), None, [2, 1]),  # appos not climbed
    (subject_first, 0, NAME_PARTS, None, [0]),  # the start's relation is not climbed
    (subject_last, 4, NAME_PARTS, 1, [4, 3]),  # the limit counts steps
    (subject_last, 4, NAME_PARTS, 0, [4]),
    (passive_conjuncts, 7, GROUP, None, [7, 6, 5, 1]),  # through the conjunct to the agent
    (passive_conjuncts, 7, GROUP - {"conj"}, None, [7, 6, 5]),
    (passive_conjuncts, 3, GROUP, None, [3, 2, 1]),
    (passive_conjuncts, 7, GROUP, 2, [7, 6, 5]),
    (genitive_post, 4, NAME_PARTS, None, [4, 3, 2]),
    (genitive_post, 4, NAME_PARTS | {"nmod"}, None, [4, 3, 2, 1, 0]),
]


@pytest.mark.parametrize(("make", "start", "through", "limit", "expected"), CASES)
def test_climb_paths(make, start, through, limit, expected):
    assert climb(make(), start, through, limit) == expected


def test_climb_stops_at_a_head_outside_the_sentence():
    """A piece of a run-on line may keep a head past its end; the climb stops there."""
    sent = subject_last()
    sent.tokens[2].head = len(sent.tokens)
    assert climb(sent, 4, NAME_PARTS | {"nsubj"}) == [4, 3, 2]


def test_climb_through_a_cycle_is_bounded():
    """A parser may return a cycle; the default limit (the sentence's length) ends it."""
    sent = probes.hand_parsed(
        ("Анна", "анна", "PROPN", "appos", 1, {}),
        ("Котова", "котова", "PROPN", "flat:name", 0, {}),
        ("министр", "министр", "NOUN", "root", -1, {}),
    )
    assert climb(sent, 0, NAME_PARTS) == [0, 1, 0, 1]
    assert climb(sent, 0, NAME_PARTS, 1) == [0, 1]


@pytest.mark.parametrize(("make", "name", "top", "post"), [
    (subject_first, 2, 0, 0),
    (subject_last, 4, 2, 2),
    (passive_conjuncts, 7, 1, 5),  # the group's top is the first conjunct; the post its own
    (passive_conjuncts, 3, 1, 1),
    (genitive_post, 4, 2, 2),
])
def test_group_top_and_post_of(make, name, top, post):
    """The signer passes built on ``climb``: the name group's top and the name's post."""
    sent = make()
    assert _group_top(sent, name) == top
    assert _post_of(sent, name) == post


RELS = ["appos", "flat:name", "conj", "nsubj", "obj"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(-1, 7), st.sampled_from(RELS)), min_size=1, max_size=7),
       st.data())
def test_climb_path_properties(spec, data):
    """Every step goes from a token to its head through an allowed relation; the climb
    stops only at the limit, a relation not allowed or a head outside the sentence."""
    tokens = [Token(f"w{i}", 3 * i, 3 * i + 2, "NOUN", {}, f"w{i}", head, rel)
              for i, (head, rel) in enumerate(spec)]
    sent = Sentence(0, 3 * len(tokens), " ".join(t.text for t in tokens), tokens, parsed=True)
    through = frozenset(data.draw(st.sets(st.sampled_from(RELS))))
    start = data.draw(st.integers(0, len(tokens) - 1))
    limit = data.draw(st.none() | st.integers(0, 4))
    path = climb(sent, start, through, limit)
    assert path[0] == start
    for a, b in zip(path, path[1:], strict=False):
        assert tokens[a].head == b and tokens[a].rel in through
    bound = len(tokens) if limit is None else limit
    assert len(path) <= bound + 1
    last = tokens[path[-1]]
    assert len(path) == bound + 1 or last.rel not in through or \
        not 0 <= last.head < len(tokens)
