"""Officials, the role phrase: splitting it into position and organisation, nominative forms.

A role phrase starts at a position head word ("министр", "директор", "врио губернатора")
and runs over its modifiers and genitive dependents. ``_split_role`` cuts it where the
organisation starts (the first organisation noun, proper noun or LOC/ORG span: "министр
социальной защиты | Правительства Москвы"), and the nominative passes put each half in the
nominative the record carries ("заместителю министра труда" → "заместитель министра
труда"; "директором Департамента" → "директор", "Департамент"), keeping acting prefixes
("временно исполняющий обязанности") and dropping dating words ("бывший"). It stands apart
from ``officials`` because it is one step of the pipeline with its own input (the tokens of
a phrase already found) and no knowledge of where the phrase came from: the passes that
find a post before or after a name, in a clause or in the tree all hand their phrase here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from soccoop.extract.lexicon_officials import (
    ACTING_PARTICIPLES,
    ACTING_PREFIXES,
    ACTING_WORDS,
    COLLOQUIAL_TITLES,
    DEDICATION_WORDS,
    DEPUTY_PREFIXES,
    FIELD_MODIFIERS,
    GRADED_HEADS,
    GRADES,
    HOLDER_ORDINALS,
    ORG_HEADS,
    POSITION_HEADS,
    POSITION_MODIFIERS,
    POSSESSIVE_WORDS,
    POST_PREFIXES,
    QUALIFIED_HEADS,
    QUALIFIED_HEADS_AFTER,
    REGION_HEADS,
    REPRESENTATIVE_HEADS,
    SERVED_BODIES,
    SERVING_HEADS,
    STATE_HEADS,
    SUBST_PARTICIPLES,
    TEMPORAL_MODIFIERS,
    TITLED_FIELDS,
)
from soccoop.extract.lexicon_orgs import (
    CIRCUMSTANCE_PO_NOUNS,
    MINISTER_WORDS,
)
from soccoop.extract.nlp import Models, Token
from soccoop.extract.normalize import (
    _CASES,
    _inflect_name,
    restore_caps,
)
from soccoop.extract.official_grammar import (
    _case,
    _closes,
    _compound_head,
    _deputy_title,
    _in_spans,
    _is_head,
    _is_modifier,
    _is_participle,
    _is_punct,
    _lemma,
    _to_nomn,
    _token_cases,
)
from soccoop.extract.orgs import (
    country_name,
    genitive_name,
)


@dataclass
class _Role:
    position: str
    organization: str | None
    start: int
    end: int
    figurative: bool = False  # "музыкальный король": no state to look for
    side: int | None = None  # start of "со стороны X" that gave the body, for the evidence
    shared: bool = False  # a plural post of several people: "губернаторы X и Y"
    of_shared: tuple[int, int] = (0, 1)  # this name's place among a shared post's names


def _org_start(tokens: list[Token], i: int, spans: list[tuple[int, int, str]],
               models: Models) -> bool:
    """Does an organisation (or place) phrase start at tokens[i]?"""
    tok = tokens[i]
    if _is_head(tok, models) or _is_punct(tok) and tok.text not in ("«", '"', "„", "“"):
        return False
    if tok.text in ("«", '"', "„", "“"):
        return True
    if _lemma(tok, models) in ORG_HEADS or _in_spans(tok, spans, ("ORG", "LOC")):
        return True
    if tok.pos == "PROPN" or (tok.text[:1].isupper() and tok.pos in ("NOUN", "X")):
        return True
    if tok.pos == "ADJ" or _is_participle(tok):  # "объединённого комитета": a participle
        j = i
        while j < len(tokens) and (tokens[j].pos == "ADJ" or _is_participle(tokens[j])
                                   or tokens[j].pos == "ADV"
                                   and j + 1 < len(tokens) and tokens[j + 1].pos == "ADJ"):
            j += 1
        if j < len(tokens) and (_lemma(tokens[j], models) in ORG_HEADS
                                or _in_spans(tokens[j], spans, ("ORG", "LOC"))):
            return True
        if tok.text[:1].isupper():
            return True
    return False


def _split_role(tokens: list[Token], text: str, models: Models,
                spans: list[tuple[int, int, str]]) -> _Role | None:
    """Split a role phrase that starts with the position (modifiers first) into parts."""
    tokens = tokens[:_circumstance_start(tokens, models)]
    while tokens and _is_punct(tokens[-1]) and not _closes(tokens):
        tokens = tokens[:-1]
    if not tokens:
        return None
    h = 0
    while h < len(tokens) and not _is_head(tokens[h], models) and \
            not _graded_head(tokens, h, models):
        h += 1
    if h == len(tokens):
        return None
    joined = _joined_trade(tokens, h, models)
    gap: tuple[int, int] | None = None  # the second title's words, left out of the post
    if joined is not None:
        c, resume = joined
        # "глава компании и совладелец фонда": the first title keeps its own body; "директор
        # и совладелец агентства": the two share the body named after the second
        if all(_is_head(t, models) for t in tokens[h + 1:c]) and resume < len(tokens):
            gap = (tokens[c - 1].stop, tokens[resume].start)
            tokens = tokens[:c] + tokens[resume:]
        else:
            tokens = tokens[:c]
    pre = _acting_prefix(tokens, 0)
    after = _qualified_head_after(tokens, h, models)  # "Папа Римский": the adjective is the post's
    # position: head + dependents until the organisation starts
    k = h + 2 if after else h + 1
    represents = _lemma(tokens[h], models) in REPRESENTATIVE_HEADS
    while k < len(tokens):
        tok = tokens[k]
        if represents and tok.text.lower() == "при":
            # "Уполномоченный при Президенте РФ по правам ребёнка": whom and what for
            # belong to the post
            k = len(tokens)
            break
        if _is_head(tok, models) or _is_modifier(tok, models) and k + 1 < len(tokens) \
                and _is_head(tokens[k + 1], models):
            k += 1
            continue
        field = None if represents else _field_word_after_po(tokens, k, spans)
        if field is not None:  # "заместитель губернатора по АПК": the field, not the body
            k = field
            continue
        if _org_start(tokens, k, spans, models) or tok.text.lower() in POSSESSIVE_WORDS:
            break
        k += 1
    if _one_of(tokens, h + 1, models):
        k = h + 1  # "глава одного из банков": the group names the body, not the post
    k = _dedicated_body_start(tokens, h, k)
    pos_toks = tokens[:k]
    org_toks = tokens[k:]
    while org_toks and org_toks[0].text.lower() in POSSESSIVE_WORDS:
        org_toks = org_toks[1:]  # "директор их фонда": the body is "фонд"
    while len(org_toks) > 1 and org_toks[-1].pos == "ADJ" and not _closes(org_toks) and \
            not _epithet_of_a_name(org_toks):
        # a noun phrase ends with its noun: a trailing adjective is the name's ("главы
        # ведомства 30-летнего Ивана Муравьева")
        org_toks = org_toks[:-1]
    while pos_toks and (_is_punct(pos_toks[-1]) or pos_toks[-1].pos == "ADP"):
        pos_toks = pos_toks[:-1]
    while len(org_toks) > 1 and org_toks[-1].pos == "ADP":
        # nerel95: a preposition whose noun the phrase lost (a place the tagger read a
        # person) is no part of the name: "директор музея из Ивановки" → "музей"
        org_toks = org_toks[:-1]
    head = tokens[h]
    gender = None
    parses = models.parse(head.text)
    if parses and parses[0].tag.gender:
        gender = parses[0].tag.gender
    elif parses and "ms-f" in parses[0].tag:  # "федерального судьи": common gender
        gender = "masc"
    if pre:  # "врио губернатора": the post stays governed by the prefix
        words = _acting_nominative(tokens, pre, models) + [t.text for t in tokens[pre:h + 1]]
    else:
        title = _legal_title(tokens, h, models)  # "детский омбудсмен": the adjective is its
        words = [_to_nomn(t, models, gender) if n == h else _modifier_nominative(t, models, gender)
                 for n, t in enumerate(tokens[: h + 1])
                 if n == h or not _drop_modifier(t, tokens[h], models)
                 and not (title and n == h - 1)]
        if words[-1] == head.text and _case(head) not in (None, "Nom") and head.lemma and \
                (head.feats or {}).get("Number") != "Plur" and "-" not in head.text:
            words[-1] = restore_caps(head.text, head.lemma)  # a word the dictionary lacks
        if len(words) >= 2 and _qualified_head(tokens, h, models):
            words[-2:] = _qualified_nominative(tokens[h - 1], tokens[h], models)
        words[-1] = _post_of_compound(words[-1], _lemma(tokens[h], models), models)
        words[-1] = _deputy_title(_lemma(tokens[h], models), models) or words[-1]  # "замдиректора"
        if title is not None:
            words[-1] = title
        if _lemma(tokens[h], models) in SUBST_PARTICIPLES.values() and _case(tokens[h]) != "Nom":
            # "от должности Уполномоченного": a participle the tagger took for a name
            one = models.inflect(tokens[h].text, {"nomn", "sing", gender or "masc"})
            words[-1] = restore_caps(tokens[h].text, one) if one else words[-1]
    if after:
        words[-1:] = [restore_caps(tokens[h].text, _lemma(tokens[h], models)),
                      _lemma(tokens[h + 1], models)]
    position = " ".join(words).replace("и . о .", "и. о.").replace("и.о.", "и. о.")
    tail = h + 2 if after else h + 1
    if len(pos_toks) > tail:
        said = text[tokens[tail - 1].stop:pos_toks[-1].stop]
        if gap is not None and tokens[tail - 1].stop <= gap[0] < pos_toks[-1].stop:
            a = gap[0] - tokens[tail - 1].stop
            said = said[:a] + " " + said[a + gap[1] - gap[0]:]
        position += said
    position = " ".join(position.split())
    position = _fold_capitals(position, models)
    position = position[:1].lower() + position[1:] if not position[:2].isupper() else position
    organization = _org_nominative(org_toks, text, models) if org_toks else None
    if org_toks and _one_of(org_toks, 0, models):
        organization = _one_of_nominative(org_toks, text, models)
    mins = [n for n in range(h, len(pos_toks)) if _lemma(pos_toks[n], models) == "министр"]
    if mins and len(pos_toks) > mins[0] + 1 and organization and \
            not any(_lemma(t, models) in ORG_HEADS for t in org_toks):
        # "министр труда ... РТ" -> "Министерство труда ... РТ"
        field_text = text[pos_toks[mins[0] + 1].start:pos_toks[-1].stop]
        organization = " ".join(f"Министерство {field_text} "
                                f"{text[org_toks[0].start:org_toks[-1].stop]}".split())
    return _Role(position, organization, tokens[0].start, tokens[-1].stop)


def _field_word_after_po(tokens: list[Token], k: int, spans: list[tuple[int, int, str]]
                         ) -> int | None:
    """field_word_after_po: a "по" in a post's own words followed by one word written as an
    abbreviation or with a capital that is no place or body the NER marks: the field the
    post deals with, which ``_org_start`` would take for the body for its capital letters.
    "заместитель губернатора по АПК Иван Петров" → "заместитель губернатора по АПК" (no
    body "АПК"); "советник президента по Интернету" → "советник президента по Интернету".
    Not a place or a body: the word after "по" is an adjective, a LOC span, or a capitalised
    word (not an abbreviation) the NER marks ORG ("представитель по Омской области", "ГУ МВД
    по Москве"); an abbreviation is read as a field even where the NER marks it ORG ("АПК",
    "ЖКХ"). Not the first word of a longer name either: the word after the field is
    capitalised or a noun, adjective or proper noun ("по ЖКХ Омской области" is left alone).
    A conjunction after the field is none of these, so "по ЖКХ и строительству" is read as
    a field and the caller walks on through "и строительству", which stays in the post. Nor
    a representative's territory (the caller leaves representatives out). Returns the index
    after the field's word, or None."""
    if tokens[k].text.lower() != "по" or k + 1 >= len(tokens):
        return None
    word = tokens[k + 1]
    if _in_spans(word, spans, ("LOC", "PER")) or word.pos not in ("NOUN", "PROPN", "X"):
        return None
    letters = word.text.replace("-", "")
    acronym = letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 6
    capital = word.text[:1].isupper() and word.text[1:].islower() and _case(word) == "Dat" \
        and not _in_spans(word, spans, ("ORG",))
    if not (acronym or capital):
        return None
    nxt = tokens[k + 2] if k + 2 < len(tokens) else None
    if nxt is not None and (nxt.text[:1].isupper() or nxt.pos in ("NOUN", "ADJ", "PROPN")):
        return None  # the word opens a longer name: "по ЖКХ Омской области" is left alone
    # a conjunction is no such word: "по ЖКХ и строительству" is a field, kept in the post
    return k + 2


def _circumstance_start(tokens: list[Token], models: Models) -> int:
    """circumstance_po_group: where a role phrase ran on into a "по" group that tells why or
    how the post was taken or left, not a field of the post or its body: its noun (after
    at most two adjectives) is a circumstance noun (``lexicon_orgs.CIRCUMSTANCE_PO_NOUNS``).
    "освобождён от должности министра труда по собственному желанию" → "министр труда";
    "назначен заместителем главы района по совместительству" → "заместитель главы
    района"; "заместитель главы по социальным вопросам" and "ГУ МВД по Тульской области"
    keep their groups. ``len(tokens)`` when there is none."""
    for p in range(1, len(tokens) - 1):
        if tokens[p].text.lower() != "по":
            continue
        n = p + 1
        while n < len(tokens) - 1 and n - p <= 2 and tokens[n].pos == "ADJ":
            n += 1
        if tokens[n].pos == "NOUN" and tokens[n].text.islower() and \
                models.lemma(tokens[n].text).replace("ё", "е") in CIRCUMSTANCE_PO_NOUNS:
            return p
    return len(tokens)


def _joined_trade(tokens: list[Token], h: int, models: Models) -> tuple[int, int] | None:
    """joined_trade: a second title of the same person joined to the post by "и": an
    animate common noun (after its adjectives) in the post head's case and number, where
    the word before "и" is no animate noun in that case (so "и" joins the two titles, not two
    words of the body). "директор музея и историк Иван Петров" → "директор", "музей" (not the
    body "музей и историк"); "бывший глава холдинга и совладелец фонда" → "глава",
    "холдинг"; "управляющий директор и совладелец агентства «Заря»" → "управляющий
    директор", "агентство «Заря»" (the body after the second title is both titles'). Not
    "председатель общества охотников и рыболовов" nor "директор приюта для бездомных и
    нищих" (plural words of the body, after an animate word). The index of "и" and of the
    word after the second title, or None."""
    while h + 1 < len(tokens) and _is_head(tokens[h + 1], models):
        h += 1  # "управляющий директор": the last word of the post is its noun
    head = tokens[h].feats or {}
    case, number = head.get("Case"), head.get("Number")
    if case is None or number is None:
        return None
    for c in range(h + 1, len(tokens) - 1):
        if tokens[c].text.lower() != "и":
            continue
        n = c + 1
        while n < len(tokens) - 1 and tokens[n].pos == "ADJ":
            n += 1
        conj, prev = tokens[n], tokens[c - 1]
        feats = conj.feats or {}
        if conj.pos != "NOUN" or not conj.text.islower() or feats.get("Animacy") != "Anim" \
                or feats.get("Case") != case or feats.get("Number") != number:
            return None
        before = prev.feats or {}
        if c > h + 1 and prev.pos in ("NOUN", "PROPN") and before.get("Animacy") == "Anim" \
                and before.get("Case") == case:
            return None  # "заместителя министра и члена ...": either may be joined
        return c, n + 1
    return None


def _modifier_nominative(tok: Token, models: Models, gender: str | None) -> str:
    """post_modifier_reading: a modifier of a post whose form two adjectives share is put in
    the nominative through the one the lexicon knows as a post's modifier
    (``POSITION_MODIFIERS``): "назначен временным губернатором" → "временный губернатор",
    not "временной" (of time), whose instrumental is the same word. Any other word goes
    through ``_to_nomn`` as before."""
    said = _to_nomn(tok, models, gender)
    if tok.pos != "ADJ" or said.lower() in POSITION_MODIFIERS:
        return said
    want = _CASES.get(_case(tok) or "")
    for parse in models.parse(tok.text):
        if parse.tag.POS == "ADJF" and parse.normal_form in POSITION_MODIFIERS and (
                want is None or parse.tag.case == want):
            one = parse.inflect({"nomn", "sing", gender or "masc"})
            if one is not None:
                return restore_caps(tok.text, one.word)
    return said


def _epithet_of_a_name(toks: list[Token]) -> bool:
    """off67: is the phrase's last word a capitalised epithet after a capitalised name
    ("Ксении Петербургской", "Сергия Радонежского"), part of the name it follows?"""
    return len(toks) >= 2 and toks[-1].text[:1].isupper() and toks[-1].text[1:].islower() \
        and toks[-2].pos in ("PROPN", "NOUN") and toks[-2].text[:1].isupper() \
        and toks[-2].text[1:].islower()


def _dedicated_body_start(tokens: list[Token], h: int, k: int) -> int:
    """off67: a body dedicated to a saint ("во имя", ``DEDICATION_WORDS``) is named whole,
    its noun to the saint's name: "настоятель храма во имя святой Ксении Петербургской" →
    post "настоятель", body "храм во имя святой Ксении Петербургской". Where the body starts:
    right after the post's noun when the dedication falls inside the post's words (the
    split ``k`` before it otherwise stays)."""
    for d in range(h + 2, min(k, len(tokens) - 1)):
        if (tokens[d].text.lower(), tokens[d + 1].text.lower()) in DEDICATION_WORDS:
            return h + 1
    return k


def _legal_title(tokens: list[Token], h: int, models: Models) -> str | None:
    """nerel62: the title the law gives an office named colloquially, by an adjective
    right before its noun in the noun's case: "детского омбудсмена Анны Серовой" →
    "уполномоченный по правам ребёнка" (``COLLOQUIAL_TITLES``); "омбудсмен" alone stays as
    written (the word names such offices abroad too)."""
    if h < 1 or not _token_cases(tokens[h - 1], models) & _token_cases(tokens[h], models):
        return None
    return COLLOQUIAL_TITLES.get((_lemma(tokens[h - 1], models), _lemma(tokens[h], models)))


def _qualified_nominative(adjective: Token, head: Token, models: Models) -> list[str]:
    """A post of an adjective and its noun in the nominative as the pair's lemmas: the
    noun's grammatical gender is not the post's ("сельского головы" → "сельский голова",
    not "сельская голова")."""
    return [restore_caps(adjective.text, _lemma(adjective, models)),
            restore_caps(head.text, _lemma(head, models))]


def _one_of_nominative(toks: list[Token], text: str, models: Models) -> str:
    """A body named as one of many, "один" in the nominative and the rest as written:
    "одной из районных администраций Уфы" → "одна из районных администраций Уфы"."""
    gender = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}.get(
        (toks[0].feats or {}).get("Gender", ""), "masc")
    one = models.inflect(toks[0].text.lower(), {"nomn", gender}) or toks[0].text.lower()
    rest = text[toks[1].start:toks[-1].stop] if len(toks) > 1 else ""
    return " ".join(f"{one} {rest}".split())


def _post_of_compound(word: str, lemma: str, models: Models) -> str:
    """The post of a compound whose first part is not one: "женщина-президент" →
    "президент"; "президент-социалист", "вице-президент" stay, and so does a compound whose
    first part is no word of its own ("статс-секретарь"): it is one post."""
    where = _compound_head(lemma)
    if lemma in POSITION_HEADS or lemma.startswith(POST_PREFIXES) or where is None or \
            word.count("-") != 1:
        return word
    first, second = word.split("-", 1)
    if where == 1 and not models.analyzer.word_is_known(first.lower()):
        return word
    if where == 0:  # "президента-социалиста": the tagger leaves the first part as written
        return restore_caps(first, models.lemma(first)) + "-" + _compound_part_nominative(
            second, models)
    return second


def _compound_part_nominative(part: str, models: Models) -> str:
    """off67: the second part of a compound post in the nominative when every noun reading
    of it is an oblique case of one noun: "имам-хатыбом" → "имам-хатыб",
    "президента-социалиста" → "президент-социалист"; a part that may be a nominative
    stays as written."""
    nouns = [p for p in models.parse(part) if p.tag.POS == "NOUN"]
    lemmas = {p.normal_form for p in nouns}
    if not nouns or len(lemmas) != 1 or any(p.tag.case == "nomn" or p.tag.number == "plur"
                                            for p in nouns):
        return part
    return restore_caps(part, lemmas.pop())


_ACTING_FIRST = frozenset(pre[0] for pre in ACTING_PREFIXES)


def _acting_prefix(tokens: list[Token], i: int) -> int:
    """Length of an acting prefix ("врио", "исполняющий обязанности", "и. о.") starting at
    tokens[i], else 0: it changes the post and governs it ("врио губернатора")."""
    if i >= len(tokens) or tokens[i].text.lower() not in _ACTING_FIRST:  # most tokens: none
        return 0
    for pre in ACTING_PREFIXES:
        if i + len(pre) <= len(tokens) and all(
                tokens[i + n].text.lower() == w for n, w in enumerate(pre)):
            return len(pre)
    return 0


def _acting_participle(tokens: list[Token], start: int, models: Models) -> Token | None:
    """The participle of an acting prefix at tokens[start], which agrees with the name while
    the post after it is in the genitive: "с исполняющей обязанности главы района Мариной
    Гончаровой" (Ins with Ins), so the post is hers."""
    pre = _acting_prefix(tokens, start)
    if not pre:
        return None
    part = next((t for t in tokens[start:start + pre] if _lemma(t, models) != "временно"), None)
    return part if part is not None and _case(part) is not None else None


def _acting_nominative(tokens: list[Token], pre: int, models: Models) -> list[str]:
    """An acting prefix with its participle in the nominative of its own gender and number:
    "исполняющей обязанности" → "исполняющая обязанности", "исполняющим обязанности" →
    "исполняющий обязанности"; "врио", "и. о." as written."""
    words = [t.text.lower() for t in tokens[:pre]]
    tok = acting_participle_written(tokens[:pre])
    if tok is not None and _case(tok) not in (None, "Nom"):
        gender = "femn" if (tok.feats or {}).get("Gender") == "Fem" else "masc"
        form = models.inflect(tok.text.lower(), {"nomn", "sing", gender})
        n = next(n for n, t in enumerate(tokens[:pre]) if t is tok)
        words[n] = form or words[n]
    return words


def acting_participle_written(prefix: list[Token]) -> Token | None:
    """The participle an acting prefix writes out, which has a case of its own, else None
    for an abbreviation: "исполняющей" in "исполняющей обязанности директора"; none in
    "врио", "и. о.". The one reading of the prefix's participle, for its nominative
    (``_acting_nominative``) and for the case a name after the post takes
    (``officials._acting_prefix_case``)."""
    return next((t for t in prefix if t.text.lower() in ACTING_PARTICIPLES), None)


def _acting_prefix_before(tokens: list[Token], i: int) -> int:
    """Length of an acting prefix ending right before tokens[i], else 0."""
    for pre in ACTING_PREFIXES:
        if i - len(pre) >= 0 and _acting_prefix(tokens, i - len(pre)) == len(pre):
            return len(pre)
    return 0


def _post_words(position: str) -> list[str]:
    """The words of a position without an acting prefix: "врио губернатора" → ["губернатора"]."""
    words = position.lower().replace("ё", "е").split()
    while words and words[0] in ACTING_WORDS:
        words = words[1:]
    return words


def _drop_modifier(tok: Token, head: Token, models: Models) -> bool:
    """Words before the head that say when, not what the post is: "бывший министр",
    "новый губернатор"; and the ordinal of a one-holder post ("первый президент"), unlike
    "первый заместитель" or "первый вице-губернатор", posts of their own."""
    lem = _lemma(tok, models)
    if lem in TEMPORAL_MODIFIERS or _is_participle(tok) and any(
            tok.text.lower().startswith(m[:-2]) for m in TEMPORAL_MODIFIERS if len(m) > 6):
        return True  # "действующим премьером": the tagger's lemma is the verb
    head_lemma = _lemma(head, models)
    if head_lemma.startswith(DEPUTY_PREFIXES):
        return False
    if _compound_head(head_lemma) == 1:  # "первая женщина-президент"
        head_lemma = head_lemma.split("-", 1)[1]
    return lem in HOLDER_ORDINALS and (
        head_lemma in STATE_HEADS or head_lemma in REGION_HEADS)


def _org_nominative(toks: list[Token], text: str, models: Models) -> str | None:
    """Leading adjective+noun group to the nominative, dependents as written."""
    while toks and _is_punct(toks[-1]) and not _closes(toks):
        toks = toks[:-1]
    if not toks:
        return None
    n = 0
    while n < len(toks) and (toks[n].pos == "ADJ" or _is_participle(toks[n])
                             or toks[n].pos == "ADV" and n > 0
                             and n + 1 < len(toks) and toks[n + 1].pos == "ADJ"):
        n += 1
    if n >= len(toks) or toks[n].pos not in ("NOUN", "PROPN"):
        return " ".join(text[toks[0].start:toks[-1].stop].split())
    noun_gender = None
    for p in models.parse(toks[n].text):
        if p.tag.POS == "NOUN":
            noun_gender = p.tag.gender
            break
    head_words = [_to_nomn(t, models, noun_gender) for t in toks[: n + 1]]
    out = " ".join(head_words)
    if len(toks) > n + 1:
        out += text[toks[n].stop:toks[-1].stop]
    out = " ".join(out.split())
    return out[:1].upper() + out[1:] if toks[0].text[:1].isupper() else out


def _graded_head(tokens: list[Token], n: int, models: Models) -> bool:
    """Is tokens[n] a noun that names a post by the grade right before it, in its case:
    "ведущий специалист отдела опеки", "главным специалистом", "главный врач больницы";
    the adjectives of the post's field may stand between, in its case ("главный
    государственный санитарный врач"); not "специалисты центра", "врачи больницы"."""
    if _head_serving_a_body(tokens, n, models):
        return True
    if n < 1:
        return _qualified_head_after(tokens, n, models)
    lemma, grade = _lemma(tokens[n], models), tokens[n - 1]
    if lemma in GRADED_HEADS:
        g = n - 1
        while g > 0 and n - g <= 2 and \
                _lemma(tokens[g], models) in FIELD_MODIFIERS | POSITION_MODIFIERS \
                and _lemma(tokens[g], models) not in GRADES and \
                _case(tokens[g]) == _case(tokens[n]):
            g -= 1
        grade = tokens[g]
        return _lemma(grade, models) in GRADES and _case(grade) == _case(tokens[n])
    return _qualified_head(tokens, n, models) or _qualified_head_after(tokens, n, models)


def _head_serving_a_body(tokens: list[Token], n: int, models: Models) -> bool:
    """Is tokens[n] an occupation noun in the singular that names a post by the body it
    serves, right after it in the genitive, a field with "по" between at most: "юрист
    общественной приёмной Иван Петров", "юрисконсульт центра", "специалист по социальной
    работе комплексного центра Анна Серова"; not "юрист Иван Петров", "специалисты
    центра" (plural: an occupation), "специалист по налогам Анна Серова"
    (``SERVING_HEADS``, ``SERVED_BODIES``). nerel62: a field that is a title of the staff
    lists ("специалист по социальной работе Анна Серова", ``TITLED_FIELDS``) needs no
    body."""
    tok = tokens[n]
    if _lemma(tok, models) not in SERVING_HEADS or (tok.feats or {}).get("Number") == "Plur":
        return False
    k = n + 1
    if k < len(tokens) and tokens[k].text.lower() == "по":
        k += 1  # "специалист по социальной работе": the field, then the body
        while k < len(tokens) and k - n <= 4 and tokens[k].pos in ("ADJ", "NOUN") and \
                _case(tokens[k]) in ("Dat", "Loc"):
            k += 1
        if tuple(_lemma(t, models) for t in tokens[n + 2:k]) in TITLED_FIELDS:
            return True
    while k < len(tokens) and k - n <= 6 and tokens[k].pos == "ADJ" and \
            _case(tokens[k]) == "Gen":
        k += 1
    return k < len(tokens) and _case(tokens[k]) == "Gen" and \
        _lemma(tokens[k], models) in SERVED_BODIES


def _qualified_head_after(tokens: list[Token], n: int, models: Models) -> bool:
    """Is tokens[n] a noun that is a post only with its own adjective right after it, in
    its case: "Папа Римский Франциск", "папы римского"; "папа" alone is a father. The
    pairs are ``QUALIFIED_HEADS_AFTER``."""
    if n + 1 >= len(tokens):
        return False
    adjective = tokens[n + 1]
    return _lemma(adjective, models) in QUALIFIED_HEADS_AFTER.get(_lemma(tokens[n], models),
                                                                  frozenset()) \
        and bool(_token_cases(adjective, models) & _token_cases(tokens[n], models))


def _qualified_head(tokens: list[Token], n: int, models: Models) -> bool:
    """Is tokens[n] a noun that is a post only with its own adjective right before it, in
    its case: "городской голова Геннадий Кернес", "сельского головы"; alone ("голова
    болит") no post. The pairs are ``QUALIFIED_HEADS``."""
    if n < 1:
        return False
    adjective = tokens[n - 1]
    return _lemma(adjective, models) in QUALIFIED_HEADS.get(_lemma(tokens[n], models),
                                                            frozenset()) and \
        bool(_token_cases(adjective, models) & _token_cases(tokens[n], models))


def _place_genitive(name: str, models: Models) -> str:
    """A place's canonical name in the genitive: a region's by its own rule ("Республики
    Бурятия", "Кабардино-Балкарской Республики"), a country's or a city's word by word."""
    from soccoop import gazetteer

    if gazetteer.resolve(name) is not None:
        return _inflect_name(models, name, "gent")
    return genitive_name(models, name)


def _is_a_place(name: str, models: Models) -> bool:
    """Does the phrase name a Russian region or a country, not a body?"""
    from soccoop import gazetteer

    return gazetteer.resolve(name) is not None or country_name(models, name) is not None


def _one_of(tokens: list[Token], k: int, models: Models) -> int:
    """2 when "один из" opens a post at tokens[k]: the plural post after it is the
    person's, in the singular ("Сэлис, один из руководителей компании «Ferrero»"); else 0."""
    if k + 2 < len(tokens) and _lemma(tokens[k], models) == "один" and \
            tokens[k + 1].text.lower() == "из":
        return 2
    return 0


def _fold_capitals(position: str, models: Models) -> str:
    """A post written in capitals, as a signature block does ("МИНИСТР", "ПРЕДСЕДАТЕЛЬ
    ПРАВИТЕЛЬСТВА"), in lower case; abbreviations ("ГКУ", "РТ") stay as written."""
    if not any(w.isupper() and len(w) > 2 for w in position.split()):
        return position
    return " ".join(w.lower() if _capitalised_word(w, models) else w
                    for w in position.split(" "))


@lru_cache(maxsize=5_000)
def _capitalised_word(word: str, models: Models) -> bool:
    """An ordinary word written in capitals: all letters upper, three or more of them,
    known to the dictionary and not as an abbreviation."""
    letters = word.replace("-", "")
    if len(letters) < 3 or not letters.isalpha() or not word.isupper():
        return False
    low = word.lower()
    if any(p.normal_form in POSITION_HEADS for p in models.parse(low)):
        return True
    return all(models.analyzer.word_is_known(part)
               and not any("Abbr" in p.tag for p in models.parse(part))
               for part in low.split("-") if part)


def _minister_word(words: list[str], models: Models) -> int | None:
    """Index of the minister's word in a post, in any case ("и. о. министра труда")."""
    return next((n for n, w in enumerate(words)
                 if w.lower() in MINISTER_WORDS or models.lemma(w).lower() in MINISTER_WORDS),
                None)
