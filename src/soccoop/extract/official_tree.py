"""Officials, reading one sentence's dependency tree for posts.

``_Tree`` wraps natasha's parse of a sentence ``extract.syntax`` selects and answers two
questions for the post passes: which post noun a name is in apposition to, in the name's
case ("у премьера Великобритании Бориса Джонсона" → "премьера"), and where that post's
phrase ends, i.e. where its noun-phrase relations stop ("Глава ФБР республиканец Джеймс
Коми" → "глава", "ФБР"). Children lists and the NER spans starting at each token are
built once per sentence. It stands apart because it is the one place the parse is read
for a post's extent; the token-window passes in ``officials`` fall back to it or check
against it, and it calls none of them.
"""

from __future__ import annotations

import re

from soccoop.extract.lexicon_officials import (
    FIELD_JOINERS,
    NAME_PREPOSITIONS,
    RELATIONAL_HEADS,
    TERM_NOUNS,
)
from soccoop.extract.nlp import Models, Sentence, Token
from soccoop.extract.official_grammar import (
    _agrees,
    _case,
    _is_head,
    _lemma,
    _name_cases,
    _token_cases,
)
from soccoop.extract.person_names import (
    two_way_woman_name,
    woman_in_nominative,
)

_INITIAL = re.compile(r"^[A-ZА-ЯЁ]\.?$")


def _top(tree: _Tree, i: int, j: int) -> int | None:
    """The word of tokens i..j-1 whose head lies outside them (the name's top word). A
    word hung outside only as a part of a name or a punctuation mark is a parse slip, not
    the top: in "55-летний И.Петров назначен министром" the parser may leave the initial
    "И" as a loose "flat" and make "Петров" the subject. So is an initial hung outside
    while a full word of the name is too (``_initial_hung_astray``)."""
    outside = [n for n in range(i, j) if not i <= tree.tokens[n].head < j]
    return next((n for n in outside if tree.tokens[n].rel not in _NAME_PART_RELS
                 and not _initial_hung_astray(tree.tokens, n, outside)),
                outside[0] if outside else None)


def _initial_hung_astray(toks: list[Token], n: int, outside: list[int]) -> bool:
    """Is toks[n] an initial ("К" of "К.Лагард") that the parse hangs outside its name
    while a full word of the name hangs outside too? The surname carries the name's case
    and its clause; the initial's link is a slip: in "Вчера 55-летняя К.Лагард назначена
    главой МВФ" the parser makes "К" an oblique of "Вчера" and "Лагард" the subject of
    "назначена"."""
    return bool(_INITIAL.match(toks[n].text)) and n + 1 < len(toks) and \
        toks[n + 1].text == "." and any(
            m != n and len(toks[m].text) > 1 and toks[m].text[:1].isupper()
            and toks[m].rel not in _NAME_PART_RELS for m in outside)


_NAME_PART_RELS = frozenset({"flat", "flat:name", "flat:foreign", "punct"})


def _woman_in_nominative(name: list[Token], models: Models) -> bool:
    """Can a first name and surname be a woman's in the nominative, by the surname's
    readings, whatever the first name's? A first name the dictionary lacks (or knows only
    as a man's genitive) does not make her someone else: "министр ... Республики Калмыкия
    Баира Манджиева" is the minister, in the nominative."""
    words = [t.text for t in name if t.text[:1].isalpha() and len(t.text) > 2]
    return len(words) == 2 and woman_in_nominative(words[0], words[1], models)


def _two_way_woman(name: list[Token], models: Models) -> bool:
    """Is the name a first name and surname that can be a woman's nominative as well as a
    man's genitive ("Валентина Кротова"), by ``two_way_woman_name``?"""
    words = [t.text for t in name if t.text[:1].isalpha() and len(t.text) > 2]
    return len(words) == 2 and two_way_woman_name(words[0], words[1], models)


# Relations that leave a post's phrase: another noun set beside it ("Глава ФБР
# республиканец Джеймс Коми"), a clause's arguments, an aside.
_OUT_OF_PHRASE = frozenset({"appos", "parataxis", "nsubj", "nsubj:pass", "obj", "iobj",
                            "advcl", "ccomp", "discourse", "vocative", "dislocated",
                            "orphan", "reparandum"})


_OPEN_QUOTES = frozenset({"«", '"', "„", "“"})


_CLOSE_QUOTES = frozenset({"»", '"', "“", "”"})


class _Tree:
    """The dependency tree of one parsed sentence, read for posts: which post a name is in
    apposition to, and where that post's phrase ends. Children lists and the NER spans
    starting at each token are built once per sentence."""

    def __init__(self, sent: Sentence, spans: list[tuple[int, int, str]], models: Models) -> None:
        self.sent = sent
        self.models = models  # the models the passes reading the tree were given
        self.tokens = sent.tokens
        self.kids: dict[int, list[int]] = {}
        for n, t in enumerate(sent.tokens):
            self.kids.setdefault(t.head, []).append(n)
        first = {t.start: n for n, t in enumerate(sent.tokens)}
        self.named: dict[int, int] = {}  # token index → stop offset of an ORG/LOC span
        for s_start, s_stop, s_type in spans:
            if s_type in ("ORG", "LOC") and s_start in first:
                self.named[first[s_start]] = s_stop

    def appos_head(self, i: int, j: int) -> int | None:
        """The word a name (tokens i..j-1) is in apposition to, if any."""
        root = _top(self, i, j)
        if root is None or self.tokens[root].rel != "appos":
            return None
        h = self.tokens[root].head
        return h if 0 <= h < len(self.tokens) else None

    def appos_position(self, i: int, j: int) -> int | None:
        """The post noun before a name (tokens i..j-1) that the name is in apposition to,
        in the name's case: "премьера Великобритании Бориса Джонсона" → "премьера"; in
        "с заместителем министра ... Александром Налбандовым" the parser's "министра"
        (genitive) gives way to "заместителем" (instrumental) above it."""
        root = _top(self, i, j)
        if root is None or self.tokens[root].rel != "appos":
            return None
        h = self.tokens[root].head
        want = _case(self.tokens[i])
        described = False
        for _ in range(len(self.tokens)):
            if not 0 <= h < i:
                return None
            tok = self.tokens[h]
            if _is_head(tok, self.models) and (self._governed_post(h, i, j)
                                               or self._name_of_a_nominative_deputy(h, i, j)):
                h = tok.head  # "заместитель директора департамента Ирина": hers is above
                continue
            if _is_head(tok, self.models) and (
                    want in (None, "Nom") or _case(tok) in (None, want)
                    or _agrees(tok, self.tokens[i:j], self.models)
                    or _case(tok) == "Nom" and (
                        _woman_in_nominative(self.tokens[i:j], self.models)
                        or _two_way_woman(self.tokens[i:j], self.models))):
                return self._last_conjunct(h, i)
            if not described and tok.pos == "NOUN" and tok.rel == "appos" and \
                    tok.text.islower() and _agrees(tok, self.tokens[i:j], self.models):
                # a description between the post and the name: "председатель партии,
                # миллиардер Бидзина Иванишвили"
                described = True
                h = tok.head
                continue
            if tok.rel != "nmod" or not _is_head(tok, self.models):  # only up a chain of posts
                return None
            h = tok.head
        return None

    def _governed_post(self, h: int, i: int, j: int) -> bool:
        """Is the post at ``h`` a genitive governed by another post above it, with a name
        that cannot be a genitive: "заместитель директора департамента Ирина Лаврова" —
        the parser hangs her on "директора", but she is the deputy."""
        tok = self.tokens[h]
        if tok.rel != "nmod" or _case(tok) != "Gen" or not 0 <= tok.head < h:
            return False
        above = self.tokens[tok.head]
        name = self.tokens[i:j]
        return _is_head(above, self.models) and _case(above) == _case(self.tokens[i]) == "Nom" and \
            "Gen" not in _name_cases(name, self.models)

    def _name_of_a_nominative_deputy(self, h: int, i: int, j: int) -> bool:
        """Is the post at ``h`` the genitive of a deputy's (or aide's) head in the
        nominative (``RELATIONAL_HEADS``), with a name that may be a nominative? Then the
        name is the deputy's, whatever case the tagger guessed for a name that reads
        either way: "присутствовала заместитель губернатора области Валентина Петрова",
        "подписали заместитель губернатора области Н. Сомова и ..." (a woman's nominative
        or a man's genitive), "первый заместитель министра И. В. Ткаченко" (a surname
        that does not decline). Not "заместитель губернатора Анны Петровой" (no
        nominative). The verb's gender says nothing: "прибыл советник министра Анна
        Белова" agrees with the post noun."""
        tok = self.tokens[h]
        if tok.rel != "nmod" or not 0 <= tok.head < h or \
                "Gen" not in _token_cases(tok, self.models):
            return False
        above = self.tokens[tok.head]
        name = self.tokens[i:j]
        return _lemma(above, self.models) in RELATIONAL_HEADS and _case(above) == "Nom" and \
            "Nom" in _name_cases(name, self.models)

    def _last_conjunct(self, h: int, i: int) -> int:
        """Of posts in a row, the one next to the name is its own post: "министр по делам
        разведки, глава Комиссии по атомной энергии Дан Меридор" → "глава"."""
        for _ in range(len(self.tokens)):
            nxt = [c for c in self.kids.get(h, []) if h < c < i
                   and self.tokens[c].rel == "conj" and _is_head(self.tokens[c], self.models)]
            if not nxt:
                break
            h = nxt[-1]
        return h

    def apposition_after(self, head: int, end: int, name_end: int) -> int:
        """The first noun set beside the post before ``end`` ("Глава ФБР республиканец"),
        else ``end``: where a phrase stops when the parse is not trusted further. A
        modifier of the name (tokens end..name_end-1) stops it too ("30-летнего Ивана"),
        not one the parser hangs on a word further on ("министр финансов Курской области
        Олег Ланин, ..." in a long list)."""
        for n in range(head + 1, end):
            tok = self.tokens[n]
            if tok.head == head and tok.rel == "appos" or end <= tok.head < name_end and \
                    tok.rel in ("amod", "nummod", "det"):
                return n
        return end

    def top(self, head: int, end: int) -> int:
        """The noun a post word modifies inside the phrase: "управляющий директор" is a
        director, whatever reading the participle got."""
        for _ in range(3):
            up = self.tokens[head].head
            if head < up < end and self.tokens[head].rel in ("amod", "det", "nummod") \
                    and _is_head(self.tokens[up], self.models):
                head = up
            else:
                break
        return head

    def phrase_end(self, head: int, end: int) -> int:
        """Where the phrase of the post at ``head`` stops, at most at ``end``: the first
        token after the head that does not hang from it through noun-phrase relations.
        "Временный премьер Мали с 1991 по 1992 годы Сумана Сакко" stops before "с"."""
        head = self.top(head, end)
        inside: set[int] = set()
        verbal = self.tokens[head].pos == "VERB"  # "управляющий компанией": its object
        self._collect(head, head, inside, verbal)
        gen = next((n for n in range(head + 1, end) if self.tokens[n].pos != "ADJ"), end)
        if gen < end and self._genitive_hung_back(gen, head):
            self._collect(gen, head, inside, False)
        depth = 0  # quotes and brackets are one piece whatever their inner parse:
        named_until = -1  # «Говорит Москва», "северной (скандинавской) ходьбы"
        for n in range(head + 1, end):
            tok = self.tokens[n]
            t = tok.text
            if n in self.named and (n in inside or n - 1 in inside and n - 1 > head):
                named_until = self.named[n]  # an ORG/LOC name is whole: "проекта Mushroom
            if (t in _OPEN_QUOTES or t == "(") and (t != '"' or depth == 0):  # works"
                depth += 1
            elif (t in _CLOSE_QUOTES or t == ")") and depth:
                depth -= 1
                continue
            if n not in inside and t.lower() in NAME_PREPOSITIONS and n - 1 in inside \
                    and n < tok.head < end:
                # "совета при главном архитекторе Москвы": the parser may hang the group
                # on the verb; after a noun of the phrase it is the noun's complement
                self._collect(tok.head, tok.head, inside, False)
                inside.add(n)
            if n not in inside and not depth and tok.stop > named_until:
                if not self._coordinated_genitive(n, end, inside):
                    return n
                inside.add(n)
        return end

    def _genitive_hung_back(self, n: int, head: int) -> bool:
        """Is tokens[n], a genitive noun right after the post at ``head``, hung by the
        parser on a word before the post? In parallel phrases the parser may hang the
        second post's complement on the first one: "Иван Петров (министр финансов Тульской
        области) и Олег Ларин (министр финансов Курской области)" — the second "финансов"
        and its "Курской области" are still the second minister's; so is "области" of
        "(губернатор Курской области)". Only adjectives of the genitive may stand between."""
        tok = self.tokens[n]
        return tok.pos in ("NOUN", "PROPN") and tok.rel == "nmod" and _case(tok) == "Gen" \
            and 0 <= tok.head < head and all(t.pos == "ADJ" and t.head == n
                                             for t in self.tokens[head + 1:n])

    def _coordinated_genitive(self, n: int, end: int, inside: set[int]) -> bool:
        """Is tokens[n] part of a coordination of genitives inside the phrase, whatever the
        parser hung it on? "министр труда, социальной защиты и демографии Пензенской
        области": a comma or "и" between genitives, and the genitives after it."""
        toks = self.tokens

        def gen(k: int) -> bool:
            t = toks[k]
            return t.pos in ("NOUN", "ADJ", "PROPN") and _case(t) == "Gen" and \
                not any(ch.isdigit() for ch in t.text) and not _is_head(t, self.models)

        t = toks[n]
        if t.text in FIELD_JOINERS:
            return n - 1 in inside and gen(n - 1) and n + 1 < end and gen(n + 1)
        prev = n - 1
        return gen(n) and prev in inside and toks[prev].text not in FIELD_JOINERS and \
            any(toks[k].text in FIELD_JOINERS and k in inside for k in range(max(0, n - 4), n)) \
            or gen(n) and toks[prev].text in FIELD_JOINERS and prev in inside

    def _collect(self, root: int, head: int, inside: set[int], verbal: bool) -> None:
        stack = [root]
        while stack:
            n = stack.pop()
            if n in inside:
                continue
            inside.add(n)
            # an apposition to the post is another noun ("республиканец"); one deeper
            # names an organisation ("компании RCA")
            out = _OUT_OF_PHRASE if n == head else _OUT_OF_PHRASE - {"appos"}
            if verbal and n == head:
                out = out - {"obj", "iobj"}
            stack.extend(c for c in self.kids.get(n, []) if self.tokens[c].rel not in out
                         and not self._term_of_office(c))

    def _term_of_office(self, c: int) -> bool:
        """Is tokens[c] the noun of a term of office after "на", which says how long the
        post is held and is no part of its body: "назначен главой МВФ на пятилетний срок",
        "избрана председателем комитета на новый срок" (the parser hangs the term on the
        body's noun)?"""
        return _lemma(self.tokens[c], self.models) in TERM_NOUNS and any(
            self.tokens[k].text.lower() == "на" and self.tokens[k].rel == "case"
            for k in self.kids.get(c, []))
