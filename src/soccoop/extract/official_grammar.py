"""Officials, per-token grammar: lemmas, cases, agreement and the position head test.

The small helpers every officials pass reads a token through: its lemma (``_lemma``,
``_lemma_of``), the cases its reading allows (``_word_cases``, ``_token_cases``,
``_name_cases``), whether two words agree (``_agrees``: "министра ... Ольги Голодец" share
the genitive), the nominative of one word (``_to_nomn``), and whether a word heads a
position ("министр", "замминистра", "вице-губернатор": ``_is_head``, ``_compound_head``).
They stand apart because they hold no rule about posts or names of their own: the role
phrase, the apposition passes and the organisation lookups all build on them, and none of
them calls back into those passes. A bare word (no token) is read by ``word_lemma`` and
``genitive_word``, shared with ``official_units``. A post named in the plural for several
holders is each one's post in the singular (``_plural_word``, ``_singular_post``: "главы
поселений:" → "глава"), shared by ``officials`` and ``official_layouts``. Each reads the
dictionary through the models its caller passes (the last argument, mend62), never the
process-wide ones; the cached readers keep one answer per word form and models.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from soccoop.extract.lexicon_officials import (
    NAME_PARTICLES,
    POSITION_HEADS,
    POSITION_MODIFIERS,
    POST_PREFIXES,
    SUBST_PARTICIPLES,
)
from soccoop.extract.nlp import Models, Token
from soccoop.extract.normalize import (
    nominative_token,
)
from soccoop.extract.person_names import patronymic_cases

if TYPE_CHECKING:  # official_roles builds on this module; the role is only read here
    from soccoop.extract.official_roles import _Role


def _lemma(tok: Token, models: Models) -> str:
    if tok.pos != "NOUN":  # only an animate noun's lemma reads its features (speed)
        return _lemma_of(tok.text, tok.lemma, tok.pos, "", "", "", models)
    feats = tok.feats or {}
    return _lemma_of(tok.text, tok.lemma, tok.pos, feats.get("Animacy", ""),
                     feats.get("Case", ""), feats.get("Gender", ""), models)


def word_lemma(models: Models, word: str) -> str:
    """The dictionary lemma of a bare word (no token, so no tagger reading), quotes,
    brackets and stops stripped, lower case, "ё" as "е": "«Думы»," → "дума"."""
    return models.lemma(word.strip(",.«»\"()")).lower().replace("ё", "е")


def genitive_word(models: Models, word: str) -> bool:
    """Can a bare word be in the genitive by any dictionary reading ("министерства",
    "Думы")?"""
    return any("gent" in p.tag for p in models.parse(word))


# The passes ask for the same token's lemma many times (each window, each rule): a word
# form with its tags always gives the same answer, so it is computed once.
@lru_cache(maxsize=1 << 16)
def _lemma_of(text: str, tok_lemma: str, pos: str | None, animacy: str, case: str,
              gender: str, models: Models) -> str:
    low = text.lower()
    for stem, lemma in SUBST_PARTICIPLES.items():
        if low.startswith(stem) and len(low) - len(stem) <= 3:
            return lemma
        if low.startswith("зам" + stem) and len(low) - len(stem) <= 6:
            # nerel95: a deputy's contraction of such a post, "замглавнокомандующего"
            # (the tagger reads a verb): "зам" and the post, as "замдиректора"
            return "зам" + lemma
    lemma = (tok_lemma or low).replace("ё", "е")
    if pos == "NOUN" and lemma not in POSITION_HEADS and animacy == "Anim":
        return _person_noun_lemma(low, case, gender, models) or lemma
    return lemma


_GRAM_CASE = {"Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct",
              "Nom": "nomn"}


@lru_cache(maxsize=20_000)
def _person_noun_lemma(word: str, case: str, gender: str, models: Models) -> str | None:
    """The position noun an animate word is in the tagger's case and gender, when the
    context-free lemma is another word: "премьера" (Gen, Masc) is "премьер", not the
    premiere."""
    want_gender = {"Masc": "masc", "Fem": "femn"}.get(gender)
    for p in models.parse(word):
        if p.tag.POS == "NOUN" and p.tag.case == _GRAM_CASE.get(case) and (
                want_gender is None or p.tag.gender == want_gender):
            lemma = str(p.normal_form).replace("ё", "е")
            if lemma in POSITION_HEADS:
                return lemma
    return None


def _is_participle(tok: Token) -> bool:
    return bool(tok.feats) and tok.feats.get("VerbForm") == "Part"


def _is_head(tok: Token, models: Models) -> bool:
    lem = _lemma(tok, models)
    if lem in POSITION_HEADS:
        return True
    if _deputy_contraction(lem, models) is not None:
        return True
    for prefix in POST_PREFIXES:
        if lem.startswith(prefix) and lem[len(prefix):] in POSITION_HEADS:
            return True
    return _compound_head(lem) is not None


@lru_cache(maxsize=5_000)
def _deputy_contraction(lemma: str, models: Models) -> str | None:
    """The post a contracted deputy's title stands for, "зам" + the post in the genitive
    ("замдиректора", "замгенпрокурора", "замруководителя" → "директор", "генпрокурор",
    "руководитель"); None for any other word."""
    if not lemma.startswith("зам") or len(lemma) < 7 or "-" in lemma:
        return None
    rest = lemma[3:]
    if rest in POSITION_HEADS:
        return rest
    return next((p.normal_form for p in models.parse(rest)
                 if p.normal_form in POSITION_HEADS and p.normal_form not in ("зам",)), None)


def _deputy_title(lemma: str, models: Models) -> str | None:
    """A contracted deputy's title as written in the nominative, "зам" and the post in
    the genitive: "замгенпрокурора", "замруководителя" (the dictionary declines them as
    nouns of their own)."""
    post = _deputy_contraction(lemma, models)
    if post is None:
        return None
    gent = models.inflect(post, {"gent", "sing"})
    return f"зам{gent}" if gent else None


@lru_cache(maxsize=5_000)
def _compound_head(lemma: str) -> int | None:
    """Index of the post in a hyphenated compound that names one ("женщина-президент",
    "президент-социалист", "депутат-единоросс"), else None. The tagger lemmatises only the
    last part, so the first part is matched by its stem."""
    parts = lemma.split("-")
    if len(parts) != 2 or not all(parts):
        return None
    if parts[1] in POSITION_HEADS:
        return 1
    first = parts[0]
    if any(first.startswith(h[:-1] if len(h) > 4 else h) and len(first) - len(h) <= 2
           for h in POSITION_HEADS if "-" not in h and h[:2] == first[:2]):
        return 0
    return None


def _is_modifier(tok: Token, models: Models) -> bool:
    if tok.pos == "ADJ" and _lemma(tok, models) in POSITION_MODIFIERS:
        return True
    # a participle the tagger calls a verb: "действующим премьером", "исполняющим"
    return _is_participle(tok) and _modifier_participle(tok.text.lower())


def post_start(tokens: list[Token], h: int, models: Models) -> int:
    """Where the post whose head noun stands at ``h`` begins: before the modifiers a post
    takes ("первый заместитель", "исполняющий обязанности"), one by one to the left."""
    start = h
    while start > 0 and _is_modifier(tokens[start - 1], models):
        start -= 1
    return start


def post_before(tokens: list[Token], end: int, limit: int, complement: Callable[[Token], bool],
                models: Models) -> tuple[int, int] | None:
    """The post that ends just before ``end`` (a colon, a dash): its head noun at most
    ``limit`` words back, every word between the head and ``end`` a complement
    (``complement``: "главы муниципальных районов:"), then the head's modifiers;
    (start, head), or None when no post head stands there."""
    h = end - 1
    while h >= 0 and end - 1 - h < limit and not _is_head(tokens[h], models):
        if not complement(tokens[h]):
            return None
        h -= 1
    if h < 0 or not _is_head(tokens[h], models):
        return None
    return post_start(tokens, h, models), h


@lru_cache(maxsize=5_000)
def _modifier_participle(word: str) -> bool:
    return any(word.startswith(m[:-2]) and len(word) - len(m) <= 1 for m in POSITION_MODIFIERS
               if len(m) > 5)


_UD_OF_GRAM = {"nomn": "Nom", "gent": "Gen", "gen1": "Gen", "gen2": "Gen", "datv": "Dat",
               "accs": "Acc", "acc2": "Acc", "ablt": "Ins", "loct": "Loc", "loc1": "Loc",
               "loc2": "Loc"}


_ALL_CASES = frozenset(_UD_OF_GRAM.values())


@lru_cache(maxsize=50_000)
def _word_cases(word: str, noun: bool, models: Models) -> frozenset[str]:
    """Every case a word can be in, by any dictionary reading (of a noun, for a noun); an
    indeclinable word ("атташе", "Шевченко") can be in any."""
    out: set[str] = set()
    for p in models.parse(word):
        if noun and p.tag.POS != "NOUN":
            continue
        if "Fixd" in p.tag:
            return _ALL_CASES
        if p.tag.case and str(p.tag.case) in _UD_OF_GRAM:
            out.add(_UD_OF_GRAM[str(p.tag.case)])
    return frozenset(out)


def _token_cases(tok: Token, models: Models) -> frozenset[str]:
    """The tagger's case of a token and the other cases its form allows."""
    own = _case(tok)
    return _word_cases(tok.text, tok.pos in ("NOUN", "PROPN"), models) | ({own} if own else set())


def _name_cases(toks: list[Token], models: Models) -> frozenset[str]:
    """The cases a name can be in: those all its words allow (initials aside), else any
    one's: "Марии Бенешовой" is Gen, Dat or Loc whatever the tagger chose."""
    words = [t for t in _before_a_particle(toks) if t.text[:1].isalpha() and len(t.text) > 2]
    if not words:
        return _ALL_CASES
    if all(_word_cases(t.text, True, models) <= {"Nom"} for t in words) and any(
            _case(t) not in (None, "Nom") for t in words):
        # a name the dictionary reads only as written, in an oblique context: a foreign
        # name that does not decline ("депутатом ... Габриэль Гиффордс")
        return _ALL_CASES
    by_patronymic = _patronymic_case(words, models)
    if by_patronymic:
        return by_patronymic
    sets = [_given_name_cases(t, models) or _token_cases(t, models) for t in words]
    both = frozenset.intersection(*sets)
    return both or frozenset.union(*sets)


def _patronymic_case(words: list[Token], models: Models) -> frozenset[str]:
    """nerel64 name_case_by_its_patronymic: the cases of a name of three words are its
    patronymic's, when the middle word is one (``person_names.patronymic_cases``: the
    dictionary's readings, or the regular ending of one it lacks). A first name the
    dictionary lacks after a genitive chain is tagged genitive, and so was the name:
    "министр науки и занятости Бурятии Санжа Аюрович Тудупов" is a nominative by
    "-ович", and agrees with its post. Empty for other names (the words decide)."""
    if len(words) != 3:
        return frozenset()
    return patronymic_cases(words[1].text, models)


def _before_a_particle(toks: list[Token]) -> list[Token]:
    """particle_names_read_by_the_given_name: an Arabic name's case is read from the words
    before its first particle (``NAME_PARTICLES``), as the family name after it does not
    decline: "Эмир Катара Хамад бен Халифа Аль Тани" is a nominative, though "Тани" reads
    as a genitive."""
    for n, t in enumerate(toks):
        if n and t.text.lower() in NAME_PARTICLES:
            return toks[:n]
    return toks


@lru_cache(maxsize=20_000)
def _given_name_word_cases(word: str, models: Models) -> frozenset[str]:
    """The cases of a word read as one person's given name (singular): "Анны" is Gen, not
    a plural nominative; empty when the word is no given name."""
    out = {_UD_OF_GRAM[str(p.tag.case)] for p in models.parse(word)
           if "Name" in p.tag and p.tag.number == "sing" and str(p.tag.case) in _UD_OF_GRAM}
    return frozenset(out)


def _given_name_cases(tok: Token, models: Models) -> frozenset[str]:
    """given_name_is_singular: a word that reads only as a given name names one person, so
    its plural readings do not count: "представитель фонда Анны Франк" has "Анны" in the
    genitive only, not a plural nominative, and the name cannot be the representative.
    Empty for any other word."""
    if not tok.text[:1].isupper() or any("Name" not in p.tag for p in models.parse(tok.text)):
        return frozenset()
    own = _case(tok)
    return _given_name_word_cases(tok.text, models) | ({own} if own else set())


def _agrees(post: Token, name: list[Token], models: Models) -> bool:
    """Can a post noun and a name stand in one case (an apposition agrees)? Readings
    count, not just the tagger's guess: "о министре юстиции Марии Бенешовой" (Loc), "с
    замминистра Бобом Уорком" (an indeclinable post)."""
    return bool(_token_cases(post, models) & _name_cases(name, models))


def _is_punct(tok: Token) -> bool:
    return not any(ch.isalnum() for ch in tok.text)


def _case(tok: Token) -> str | None:
    return tok.feats.get("Case") if tok.feats else None


def _to_nomn(tok: Token, models: Models, gender: str | None = None) -> str:
    """The token in the nominative, keeping number (and gender for adjectives): the
    project's one normaliser, ``normalize.nominative_token``."""
    if _case(tok) is None and tok.pos != "ADJ":  # untagged adjectives: "Экспертно-..."
        return tok.text
    return nominative_token(models, tok, None, gender)


def _in_spans(tok: Token, spans: list[tuple[int, int, str]], types: tuple[str, ...]) -> bool:
    return any(s <= tok.start and tok.stop <= e and t in types for s, e, t in spans)


def _closes(tokens: list[Token]) -> bool:
    """Is the last token a closing quote, or a bracket the phrase opened ("(FN)")?"""
    last = tokens[-1].text
    if last in ("»", '"', "”"):
        return True
    return last == ")" and sum(t.text == "(" for t in tokens) > sum(
        t.text == ")" for t in tokens[:-1])


def _plural_word(tok: Token, models: Models, nominative: bool = False) -> bool:
    """Is the word plural, by the tagger or, when the tagger says otherwise, by every
    dictionary reading of it? A capitalised first word is often tagged as a name in the
    genitive singular: "Президенты России и Белоруссии Владимир Путин и Александр
    Лукашенко" (only a plural reading in the dictionary). A post with a prefix is read by
    the word after it ("экс-министры", which the dictionary does not know). With
    ``nominative`` (the word is in apposition to names in the nominative) only its
    nominative readings count: "Главы МИД Сергей Лавров и Джон Керри" ("главы" is a
    genitive singular or a nominative plural, and the names are nominative)."""
    number = (tok.feats or {}).get("Number")
    if number == "Plur":
        return True
    word = tok.text.lower()
    pre = next((pre for pre in POST_PREFIXES if word.startswith(pre)), "")
    parses = models.parse(word[len(pre):]) if len(word) > len(pre) + 2 else ()
    if nominative:
        parses = tuple(p for p in parses if p.tag.case == "nomn")
    return bool(parses) and all(p.is_known and "plur" in p.tag for p in parses)


def _singular_post(role: _Role, tokens: list[Token], models: Models,
                   nominative: bool = False, listed: bool = False) -> _Role | None:
    """A post named in the plural for several people ("губернаторы Тверской и Псковской
    областей Игорь Руденя и Михаил Ведерников") is each one's post in the singular:
    "губернатор". None when the post's head is not plural (``nominative``: as
    ``_plural_word``'s, the names are in the nominative); ``listed``: the holders are the
    lines of a list under the post and its colon ("со стороны районов — главы:"), which
    say there are several whatever number the tagger reads."""
    first = next((n for n, t in enumerate(tokens) if t.start >= role.start), None)
    if first is None:
        return None
    h = next((n for n in range(first, len(tokens)) if _is_head(tokens[n], models)
              and tokens[n].stop <= role.end), None)
    counted = first > 0 and \
        (tokens[first - 1].pos == "NUM" or _lemma(tokens[first - 1], models) == "оба")
    if h is None or not listed and not _plural_word(tokens[h], models, nominative) and \
            not counted:
        return None  # "три экс-министра": a numeral's genitive singular counts too
    if not listed and _deputy_contraction(_lemma(tokens[h], models), models) is not None:
        return None  # "замгенпрокурора" is written so in the singular
    words = role.position.split()
    forms: dict[str, str] = {}
    for t in tokens[first:h + 1]:
        one = models.inflect(t.text, {"sing", "nomn"})
        if one:
            forms[(models.inflect(t.text, {"plur", "nomn"}) or t.text).lower()] = one.lower()
            forms[t.text.lower()] = one.lower()
    n_pre = h + 1 - first
    role.position = " ".join([forms.get(w.lower(), w) for w in words[:n_pre]] + words[n_pre:])
    role.shared = True
    return role
