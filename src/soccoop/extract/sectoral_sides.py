"""agr89: a sectoral agreement of labour relations whose two sides the text names.

"Отраслевое соглашение по организациям социального обслуживания" is of labour relations
(``agreements.sectoral_labour``) and told as the genre it is no record; but one told with
its own sides is the agreement of a ministry and a regional trade union, a record like any
other: "подписание отраслевого соглашения между министерством и областной организацией
профсоюза отложено", "министерство планирует заключить отраслевое соглашение с краевой
организацией профсоюза", or a sentence right after it naming its sides ("Его сторонами
станут министерство и областная организация профсоюза"). A federal one told with no side
("действующее Федеральное отраслевое соглашение по угольной промышленности") and the plural
genre ("отраслевые соглашения и коллективные договоры") stay out.
"""

from __future__ import annotations

from soccoop.extract.lexicon import PARTICIPANT_NOUNS, SIDES_OWNER_PRONOUNS, SIGN_VERBS
from soccoop.extract.lexicon_officials import ORG_HEADS
from soccoop.extract.lexicon_signers import PARTNER_CASES
from soccoop.extract.nlp import Sentence, Token

# Tokens that end the noun's own phrase when looking for its named sides to the right
_PHRASE_ENDS = frozenset({".", ";", "!", "?", ":"})
# How many words (adjectives of the body) may stand between the preposition and the body
_BODY_REACH = 4


def _body_after(toks: list[Token], i: int) -> bool:
    """A body's head noun in the instrumental within a few words after index ``i``
    ("с Курской областной организацией", "между министерством")."""
    for t in toks[i + 1:i + 1 + _BODY_REACH]:
        if t.pos in {"NOUN", "PROPN"}:
            return t.feats.get("Case") == "Ins" and t.lemma in ORG_HEADS
        if t.pos != "ADJ":
            return False
    return False


def sides_in_sentence(sent: Sentence, k: int) -> bool:
    """The noun at ``k`` is followed in its own phrase by "между"/"с" and a body in the
    instrumental: "отраслевое соглашение на три года между департаментом и краевой
    организацией профсоюза"."""
    toks = sent.tokens
    for i in range(k + 1, len(toks)):
        if toks[i].text in _PHRASE_ENDS:
            return False
        if toks[i].lemma in PARTNER_CASES and toks[i].pos == "ADP" and \
                _body_after(toks, i):
            return True
    return False


def sides_sentence_next(nxt: Sentence | None) -> bool:
    """The next sentence opens with the pronoun's side noun: "Его сторонами станут ..."
    (the shape ``coreference._sides_frame`` reads the sides of)."""
    if nxt is None or len(nxt.tokens) < 2:
        return False
    first, second = nxt.tokens[0], nxt.tokens[1]
    return first.text.lower() in SIDES_OWNER_PRONOUNS and \
        second.lemma in PARTICIPANT_NOUNS and second.feats.get("Case") == "Ins"


def sides_as_subject(sent: Sentence, k: int) -> bool:
    """hid95 sides_as_subject: the noun at ``k`` is signed by a verb of signing
    (``SIGN_VERBS``) after which it stands, and before that verb two bodies' head nouns in
    the nominative are joined by "и": "В марте министерство и краевая организация
    профсоюза подпишут отраслевое соглашение по учреждениям соцобслуживания" (the sides
    are the signing's subject). Read from the morphology, not from the tree (the parser
    may hang the second body on the noun). A body in another case ("министерство с
    профсоюзом") or a single one is not this shape."""
    toks = sent.tokens
    v = next((i for i in range(k - 1, -1, -1) if toks[i].lemma in SIGN_VERBS and
              toks[i].pos == "VERB"), None)
    if v is None:
        return False
    bodies = [i for i in range(v) if toks[i].lemma in ORG_HEADS and toks[i].pos == "NOUN"
              and toks[i].feats.get("Case") == "Nom"]
    return len(bodies) >= 2 and any(t.lemma == "и" and t.pos == "CCONJ"
                                    for t in toks[bodies[0] + 1:bodies[-1]])


def sectoral_sides_named(sent: Sentence, k: int, nxt: Sentence | None) -> bool:
    """A singular sectoral agreement noun whose sides the text names, in its phrase or in
    the sentence right after it: "отраслевое соглашение с краевой организацией профсоюза"
    (see the module's docstring); not the plural "отраслевые соглашения"."""
    if sent.tokens[k].feats.get("Number") == "Plur":
        return False
    return sides_in_sentence(sent, k) or sides_sentence_next(nxt) or sides_as_subject(sent, k)
