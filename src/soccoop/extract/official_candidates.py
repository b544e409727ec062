"""nerel71: a candidate for a post is read as holding the candidacy ("кандидат в президенты").

A candidate holds no post yet, so the post windows (``official_windows``) refuse a name after
"в президенты"; but the candidacy itself is a public position, and a news text that names a
candidate names them by it: "кандидат в мэры Иван Петров", "Кандидатом в губернаторы
выдвинут Иван Петров". The position is the candidate noun in the nominative with its "в" and
the post in the plural as written ("кандидат в президенты"); no organisation is read, the
place after the post ("в мэры города") being the post's, not the candidate's body.

Two shapes, both structural:
- ``_candidate_before``: the candidate phrase right before the name, agreeing with it in case
  ("встретился с кандидатом в депутаты Олегом Ивановым");
- ``_candidate_of_the_clause``: the name is the subject of a holding or nominating verb whose
  instrumental is the candidate noun, in either order ("Кандидатом в президенты стал Иван
  Петров", "Иван Петров выдвинут кандидатом в губернаторы").
"""

from __future__ import annotations

from soccoop.extract.lexicon import IN_PREPOSITIONS
from soccoop.extract.lexicon_officials import (
    CANDIDACY_VERBS,
    CANDIDATE_NOUNS,
    HOLDING_VERBS,
    MAX_WINDOW,
)
from soccoop.extract.nlp import Models, Token
from soccoop.extract.official_grammar import _agrees, _in_spans, _is_head, _lemma
from soccoop.extract.official_roles import _Role
from soccoop.extract.official_tree import _top, _Tree

# the parts of speech a candidate phrase may hold between its post and the name: the
# post's place or party ("в президенты Франции от партии"), an age ("57-летний")
_INSIDE_POS = frozenset({"NOUN", "PROPN", "ADJ", "ADP", "NUM", "DET"})
_QUOTES = frozenset({"«", "»", '"', "„", "“"})  # a quoted party: "от партии «Родина»"
_SUBJECT_RELS = frozenset({"nsubj", "nsubj:pass"})


def _candidacy_at(tokens: list[Token], c: int, models: Models) -> int | None:
    """The index of the plural post when tokens[c] opens a candidacy ("кандидата в мэры"),
    else None: the candidate noun, "в", a post head in the plural."""
    if c + 2 >= len(tokens) or _lemma(tokens[c], models) not in CANDIDATE_NOUNS:
        return None
    post = tokens[c + 2]
    if tokens[c + 1].text.lower() not in IN_PREPOSITIONS or not _is_head(post, models):
        return None
    return c + 2 if (post.feats or {}).get("Number") == "Plur" else None


def _candidate_role(tokens: list[Token], c: int, post: int, models: Models) -> _Role:
    """The role "кандидат в <post>" for a candidacy at tokens[c..post]."""
    noun = _lemma(tokens[c], models)
    return _Role(f"{noun} в {tokens[post].text.lower()}", None, tokens[c].start,
                 tokens[post].stop)


def _candidate_before(tokens: list[Token], i: int, j: int, models: Models,
                      spans: list[tuple[int, int, str]]) -> _Role | None:
    """A candidacy right before the name (tokens i..j-1), in the name's case, with only the
    post's own words between: "поддержал кандидата в мэры Москвы Ивана Петрова" →
    "кандидат в мэры". Not across a verb, a comma or another person ("кандидат в президенты
    поддержал Ивана Петрова" names no candidate), nor when the name's case is not the
    candidate's ("кандидат в мэры встретился с Иваном Петровым")."""
    for c in range(i - 3, max(-1, i - MAX_WINDOW - 1), -1):
        between = tokens[c + 3] if c + 3 < i else None  # joins the words before the name
        if between is not None and (between.pos not in _INSIDE_POS
                                    and between.text not in _QUOTES
                                    or _in_spans(between, spans, ("PER",))):
            return None
        post = _candidacy_at(tokens, c, models)
        if post is not None:
            return _candidate_role(tokens, c, post, models) if _agrees(
                tokens[c], tokens[i:j], models) else None
    return None


def _candidate_of_the_clause(tree: _Tree, i: int, j: int, models: Models) -> _Role | None:
    """The name (tokens i..j-1) is the subject of a holding or nominating verb whose
    instrumental is a candidacy, before or after it: "Кандидатом в мэры стал Иван Петров",
    "Иван Петров зарегистрирован кандидатом в депутаты". Not "Иван Петров поддержал
    кандидата в мэры" (the candidate is the object, not in the instrumental)."""
    toks = tree.tokens
    top = _top(tree, i, j)
    if top is None or toks[top].rel not in _SUBJECT_RELS:
        return None
    verb = toks[top].head
    if not 0 <= verb < len(toks) or \
            _lemma(toks[verb], models) not in HOLDING_VERBS | CANDIDACY_VERBS:
        return None
    for c in tree.kids.get(verb, []):
        if (toks[c].feats or {}).get("Case") != "Ins":
            continue
        post = _candidacy_at(toks, c, models)
        if post is not None:
            return _candidate_role(toks, c, post, models)
    return None


def candidate_post(tokens: list[Token], i: int, j: int, tree: _Tree | None, models: Models,
                   spans: list[tuple[int, int, str]]) -> _Role | None:
    """The candidacy a name (tokens i..j-1) is given, by apposition or by its clause."""
    role = _candidate_before(tokens, i, j, models, spans)
    if role is None and tree is not None:
        role = _candidate_of_the_clause(tree, i, j, models)
    return role
