"""Officials whose post the page's layout, not a sentence, gives (off45).

- ``head_of_a_listed_body``: a post and a colon over a list, one body and its head per line
  ("Документы подписали руководители фондов:\\n— фонда «Добрый берег» — Анна Котова;"):
  each name holds the post in the singular at the body of its own line.
"""

from __future__ import annotations

import re

from soccoop.extract.nlp import Models, Sentence, Token, line_span
from soccoop.extract.normalize import nominative_phrase
from soccoop.extract.official_grammar import (
    _case,
    _is_punct,
    _singular_post,
    post_before,
)
from soccoop.extract.official_roles import _Role, _split_role

# what may open a list line before its body: a bullet, a dash, a number "1." or "2)"
_BULLETS = frozenset("•—–-·*▪►●")
_DASHES = frozenset("—–-")
# a list line under the head: an optional bullet, words, a dash, the rest of the line
_LIST_LINE = re.compile(r"^\s*(?:[•—–·*▪►●-]|\d{1,2}[.)])?\s*\S.*\s[—–-]\s+\S.*$")
MAX_LIST_LINES = 15  # lines of the list above a name before its head line
MAX_BODY_TOKENS = 16  # a body on a list line is a noun phrase, not a sentence
MAX_HEAD_COMPLEMENT = 3  # "руководители НКО:", "главы муниципальных районов:"


def _body_of_a_list_line(tokens: list[Token], line_start: int, i: int) -> list[Token] | None:
    """The body a list line names before the dash that leads to the name at ``i``: "•
    областного общества ветеранов — Олег Сомов" → "областного общества ветеранов". The body
    opens in the genitive (or with an abbreviation or quote, which have no case), holds no
    verb and no other person; None for any other line."""
    line = [t for t in tokens[:i] if t.start >= line_start]
    if len(line) < 2 or line[-1].text not in _DASHES:
        return None
    body = line[:-1]
    while body and (body[0].text in _BULLETS or body[0].text.isdigit() or
                    body[0].text in (".", ")")):
        body = body[1:]
    if not body or len(body) > MAX_BODY_TOKENS or \
            any(t.pos in ("VERB", "AUX") for t in body):
        return None
    first = next((t for t in body if not _is_punct(t)), None)
    head = next((t for t in body if t.pos in ("NOUN", "PROPN")), None)
    if first is None or not (_case(first) == "Gen" or head is not None and _case(head) == "Gen"
                             or first.text.isupper() and len(first.text) > 1):
        return None
    return body


def _head_line(text: str, line_start: int) -> int | None:
    """The offset of the colon ending the line the list above ``line_start`` hangs from:
    lines up through list lines ("— фонда «Добрый берег» — Анна Котова;") to one ending in
    ":"; None when another line comes first or the list runs on too long."""
    end = line_start - 1
    for _ in range(MAX_LIST_LINES + 1):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].rstrip()
        if line.endswith(":"):
            return start + len(line) - 1
        if not _LIST_LINE.match(line) or line.endswith(":"):
            return None
        end = start - 1
    return None



def _genitive_complement(t: Token) -> bool:
    """A word of a listed post's complement: a noun or adjective in the genitive, or an
    acronym ("руководители НКО:")."""
    return t.pos in ("NOUN", "PROPN", "ADJ") and (_case(t) == "Gen" or t.text.isupper())


def _post_before_a_colon(sents: list[Sentence], colon: int, text: str,
                         models: Models) -> _Role | None:
    """The post that ends a sentence at its colon, its complement in the genitive kept out:
    "подписали руководители НКО:" → "руководитель", "со стороны районов — главы:" → "глава".
    The post goes to the nominative singular (``official_grammar._singular_post``, as for a
    plural post before names): each line holds one of its holders."""
    sent = next((s for s in sents if s.start <= colon < s.stop), None)
    if sent is None:
        return None
    tokens = sent.tokens
    c = next((n for n, t in enumerate(tokens) if t.start == colon and t.text == ":"), None)
    if c is None:
        return None
    span = post_before(tokens, c, MAX_HEAD_COMPLEMENT, _genitive_complement, models)
    if span is None:
        return None
    start, h = span
    role = _split_role(tokens[start:h + 1], text, models, [])
    return _singular_post(role, tokens, models, listed=True) if role is not None else None


def head_of_a_listed_body(sents: list[Sentence], k: int, i: int, name_end: int, text: str,
                          models: Models) -> _Role | None:
    """off45 head_of_a_listed_body: a post and a colon over a list whose lines each give a
    body in the genitive, a dash and its head's name: "Соглашения подписали главы
    поселений:\\n• Заречного сельского поселения — Олег Сомов;\\n• Лесного сельского
    поселения — Анна Котова." Each name holds the post in the singular ("глава"), the body
    of its own line in the nominative its organisation ("Заречное сельское поселение").
    The name ends its line; a line that is a sentence, a line above that is no list line
    or a head line without a post gives nothing."""
    tokens = sents[k].tokens
    line_start, line_end = line_span(text, tokens[i].start)
    if text[name_end:line_end].strip() not in ("", ";", ".", ","):
        return None
    body = _body_of_a_list_line(tokens, line_start, i)
    if body is None:
        return None
    colon = _head_line(text, line_start)
    if colon is None:
        return None
    role = _post_before_a_colon(sents, colon, text, models)
    if role is None:
        return None
    role.organization = nominative_phrase(models, body, text)
    role.start, role.end = body[0].start, body[-1].stop
    return role
