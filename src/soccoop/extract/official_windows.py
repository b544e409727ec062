"""Officials, post windows: the post read in the words right before or after a name.

The token windows around a person's name where a post phrase stands: before it
("министр труда Иван Петров", ``_role_before``; across an aside, a courtesy title or an
initials name that must agree with it) and after it ("Иван Петров, министр труда",
``_role_after``; an apposition further on, after a description, a time phrase or a past
aside), with the tests that keep a window from taking a word that is no post (a governed
noun, a commemorated name, a place or field word, a quantified noun). It stands apart from
extract.officials because these passes read the words next to one name, bounded by
``MAX_WINDOW``; the clause passes (extract.official_clauses) read the predicate instead,
and ``_find`` in extract.officials chooses among them.
"""

from __future__ import annotations

import re

from soccoop.extract.lexicon import IN_PREPOSITIONS, LOCATIVE_PREPOSITIONS
from soccoop.extract.lexicon_endings import MASCULINE_ADJECTIVE_ENDINGS
from soccoop.extract.lexicon_officials import (
    ACADEMIC_TITLES,
    ACTING_WORDS,
    COMMEMORATIVE_WORDS,
    COURTESY_TITLES,
    DEGREE_FIELD,
    DEGREE_HEADS,
    FIELD_JOINERS,
    FIELD_MODIFIERS,
    GRADE_MODIFIERS,
    GROUP_LINKS,
    HELPER_HEADS,
    HOME_PREPOSITIONS,
    LEFT_POST_NOUNS,
    MAX_WINDOW,
    NAME_PREPOSITIONS,
    OFFICE_NOUNS,
    ORG_HEADS,
    POSSESSIVE_WORDS,
    POST_NOUNS,
    POST_PLACE_PREPOSITIONS,
    PRESENT_TIME_ADVERBS,
    RANK_TITLES,
    RELATIONAL_HEADS,
    RELATIVES,
    REPRESENTATIVE_HEADS,
    STREET_NOUNS,
    SUBST_PARTICIPLES,
    TERRITORIAL_MODIFIERS,
    TIME_ADVERBS,
    TIME_PHRASES,
    TIME_PREPOSITIONS,
    WEAK_HEADS,
    YEAR_ABBREVIATIONS,
    YEAR_WORDS,
)
from soccoop.extract.nlp import Models, Token
from soccoop.extract.official_clauses import (
    _ALLOWED_PUNCT,
    _DASHES,
    _genitive_participle,
    _initials_name_in_nominative,
    _participle_in_a_body,
    _starts_role,
    _verb_of_a_misattached_subject,
)
from soccoop.extract.official_grammar import (
    _agrees,
    _case,
    _deputy_contraction,
    _in_spans,
    _is_head,
    _is_modifier,
    _is_participle,
    _is_punct,
    _lemma,
    _name_cases,
    _token_cases,
)
from soccoop.extract.official_orgs import (
    _STOP_POS,
)
from soccoop.extract.official_roles import (
    _acting_participle,
    _acting_prefix,
    _acting_prefix_before,
    _graded_head,
    _is_a_place,
    _legal_title,
    _minister_word,
    _one_of,
    _place_genitive,
    _post_words,
    _qualified_head,
    _qualified_head_after,
    _Role,
    _split_role,
    acting_participle_written,
)
from soccoop.extract.official_tree import (
    _CLOSE_QUOTES,
    _INITIAL,
    _OPEN_QUOTES,
    _top,
    _Tree,
    _two_way_woman,
    _woman_in_nominative,
)
from soccoop.extract.orgs import (
    country_of_adjective,
)
from soccoop.extract.syntax import quoted_name_word


def _name_in_the_posts_case(post: Token, other: Token, name: list[Token]) -> bool:
    """nerel96: a foreign name the morphology reads in any case or in the wrong one ("Ким
    Чен Ира" reads as a nominative, "Ира" a woman's name) is the post's, not the apposition
    of the noun the tree hangs it on, when the tagger puts the name's first and last words
    in the post's case and that noun is in another: "Визит бывшего лидера Северной Кореи
    Ким Чен Ира прошёл спокойно" → Ким Чен Ир, "лидер" (the visit is no person). A name
    the tagger puts in the noun's case ("дочь президента Иванку Трамп") stays the noun's.
    Also for a relative right before the post: "внук бывшего лидера Северной Кореи Ким Чен
    Ира" is the leader's grandson, the name the leader's."""
    case = _case(post)
    words = [t for t in name if t.text[:1].isalpha()]
    return case is not None and case != _case(other) and bool(words) and \
        _case(words[0]) == case == _case(words[-1])


def _abbreviated_acting_prefix(tokens: list[Token], start: int, acting: int) -> bool:
    """abbreviated_acting_prefix: the post at tokens[start] opens with an acting prefix
    written without its participle ("и. о.", "врио"), which does not decline: the post's
    genitive says nothing of the name's case, so a name in another oblique case after it
    is still the holder's ("подписано и. о. ректора академии Олегом Рябовым"), unlike
    "исполняющей обязанности ..." or a bare post in the genitive ("супруге президента
    Наине ...")."""
    return acting > 0 and acting_participle_written(tokens[start:start + acting]) is None


def _accusative_apposition_after_a_preposition(tokens: list[Token], start: int, chosen: int,
                                                name: list[Token], models: Models) -> bool:
    """nerel51: a post right after "на" or "в" in the accusative singular of a person, with
    a name after it that can stand in that case, is the name's apposition, however the
    parser hung the name: "ответственность возложить на начальника отдела кадров П.С.
    Орлова", "жалоба на заведующего складом Е.П. Лосева". The post is the preposition's
    object, so the name is its holder. Not a plural ("кандидат в президенты", "в
    депутаты": an office run for), nor a noun of office ("на пост министра": the
    preposition governs "пост", which is no post head), nor a name that cannot stand in the
    accusative ("на директора музея Анны Котовой": the window's other readings decide)."""
    head = tokens[chosen]
    feats = head.feats or {}
    if feats.get("Case") != "Acc" or feats.get("Number") != "Sing" or \
            feats.get("Animacy") == "Inan" or any(t.pos not in ("ADJ", "NUM") for t in
                                                   tokens[start:chosen]):
        return False
    return "Acc" in _name_cases(name, models)


def _present_post_after_a_past_one(tokens: list[Token], by_tree: int, k: int, i: int,
                                   models: Models) -> bool:
    """nerel69: a post the person holds now after one he held ("бывший министр края, а
    ныне депутат областной думы Иван Петров", "экс-губернатор, теперь сенатор Пётр
    Гусев"): an adverb of the present (``PRESENT_TIME_ADVERBS``) between the post the parse
    hangs the name on and the window's own head before the name says the later post is
    the person's now; the window's head is the name's post, not the tree's."""
    return any(tokens[n].text.lower() in PRESENT_TIME_ADVERBS for n in range(by_tree + 1, k + 1)) \
        and any(_is_head(tokens[n], models) for n in range(k + 1, i))


def _role_before(tokens: list[Token], i: int, text: str, models: Models,
                 spans: list[tuple[int, int, str]], tree: _Tree | None = None,
                 j: int | None = None) -> _Role | None:
    """Role phrase ending right before tokens[i] (the first token of the name)."""
    if _owner_of_a_noun_after_a_preposition(tokens, i, j if j is not None else i + 1, spans,
                                            tree, models):
        return None  # "министр в кабинете Синдзо Абэ": Abe is not the minister
    k = i - 1
    described: int | None = None  # the comma before a description of the name
    joined: int | None = None  # a helper of two joined genitive posts
    while k >= 0 and i - k <= MAX_WINDOW:
        tok = tokens[k]
        if _in_spans(tok, spans, ("PER",)) and not (
                _post_read_as_a_name(tok, spans, models)
                and not (k + 1 < i and tokens[k + 1].text in _DASHES)):
            owner = k
            while owner > 0 and _in_spans(tokens[owner - 1], spans, ("PER",)):
                owner -= 1
            if _owner_of_a_noun_after_a_preposition(tokens, owner, k + 1, spans, tree, models):
                k = owner - 1  # "Министр финансов в правительстве Дмитрия Медведева Антон
                continue       # Силуанов": the owner's name is inside the post's phrase
            break
        quantified = _quantified_post(tokens, k, models)
        if quantified is not None:  # "глава одного из пяти крупнейших банков"
            k = quantified
            continue
        opening = _quoted_name_closing_at(tokens, k)
        if opening is not None:  # off48: "директор АНО «Вместе» Т. Кудряшова"
            k = opening - 1
            continue
        if tok.text == ",":
            left = tokens[k - 1] if k > 0 else None
            right = tokens[k + 1] if k + 1 < i else None
            if k == i - 1:
                opening = _participle_clause_start(tokens, k, i - MAX_WINDOW)
                if opening is not None:  # "Фонда ... детей, находящихся в ..., Марина"
                    k = opening - 1
                    continue
            if k + 1 < i and all(t.pos == "ADJ" and not t.text[:1].isupper()
                                 and not _is_modifier(t, models) for t in tokens[k + 1:i]):
                k -= 1  # "вице-губернатор края, 35-летний Александр Шемелев": the name's age
                continue
            if described is None and _description_before_name(tokens, k, i, models):
                described = k  # "директор школы, заслуженный учитель Иван Петров"
                k -= 1
                continue
            if described is not None and _academic_degree_before(tokens, k, described, i,
                                                                 models):
                described = k  # "ректор академии, доктор наук, профессор Иван Петров"
                k -= 1
                continue
            if not (left and right and _case(left) == "Gen" and _case(right) == "Gen"
                    and not _is_head(right, models)):
                break
        elif _is_punct(tok):
            if tok.text == "." and k > 0 and (_INITIAL.match(tokens[k - 1].text) or (
                    tokens[k - 1].text.isalpha() and tokens[k - 1].text.islower()
                    and len(tokens[k - 1].text) <= 3 and k + 1 < i
                    and tokens[k + 1].text[:1].isupper())):
                pass  # "имени И.Н. Ульянова", "ГУ МВД по г. Москве"
            elif tok.text not in _ALLOWED_PUNCT and tok.text not in ("(", ")") and \
                    not _in_spans(tok, spans, ("ORG",)):  # "L’Oréal", "AT&T": the name's own
                break
        elif tok.pos in _STOP_POS and not _is_head(tok, models) and not (
                tok.pos == "NUM" and k > 0 and tokens[k - 1].text == "№") and not (
                _participle_in_a_body(tokens, k, models)) and not (
                _possessive_in_a_post(tokens, k, i, models)) and not (
                tok.pos == "ADV" and k + 1 < i and tokens[k + 1].pos == "ADJ"
                and k > 0 and tokens[k - 1].pos == "ADJ"):  # "французского крайне правого"
            break
        elif tok.pos == "CCONJ":
            if k == i - 1 or _courtesy_title_between(tokens, k, i):
                break  # "(второй тренер) и Андреас Кёпке": the role is someone else's
            if _helper_of_joined_genitives(tokens, k, i, j, models):
                joined = k - 2  # "заместитель губернатора и председателя правительства края":
                k -= 1          # one post, the helper's
                continue
            if k + 1 < i and _is_modifier(tokens[k + 1], models) and k > 0 \
                    and _is_modifier(tokens[k - 1], models):
                pass  # "чрезвычайный и полномочный посол"
            elif k + 1 < i and \
                    (_is_head(tokens[k + 1], models) or _is_modifier(tokens[k + 1], models)):
                break
        elif tok.pos == "ADP":
            if k == i - 1 or k + 1 < i and _starts_role(tokens, k + 1, i, models):
                break  # "главой ФИФА после Зеппа Блаттера": the name is the preposition's
        k -= 1
    by_tree = tree.appos_position(i, j if j is not None else i + 1) if tree else None
    if by_tree is not None and (i - by_tree > MAX_WINDOW or any(
            _in_spans(t, spans, ("PER",)) for t in tokens[by_tree:i])):
        by_tree = None
    if by_tree is not None and by_tree <= k and _present_post_after_a_past_one(
            tokens, by_tree, k, i, models):
        by_tree = None  # "экс-министр края, а ныне депутат думы Иван Петров": the deputy
    if by_tree is not None and by_tree <= k:
        k = by_tree - 1  # the tree links the name to a post the window stopped before
        while k >= 0 and _is_modifier(tokens[k], models) and by_tree - k <= 3:
            k -= 1
    window = list(range(k + 1, i))
    heads = [n for n in window if (_is_head(tokens[n], models)
                                   or _graded_head(tokens, n, models))
             and not quoted_name_word(tokens, n, k + 1, i)]
    if not heads:
        return None
    chosen = heads[-1] if by_tree is None else by_tree
    up = tokens[chosen].head
    if by_tree is not None and tokens[chosen].rel == "nmod" and up in heads and up < chosen \
            and _post_of_a_woman_subject(tokens, up, models):
        chosen = by_tree = up  # "пояснила заместитель министра X": she is the deputy
    for prev in reversed(heads[:-1] if by_tree is None else []):
        cur = tokens[chosen]
        between = tokens[prev + 1:chosen]
        dash = any(t.text in ("—", "–") for t in between)
        if _case(cur) == "Gen" or (dash and _case(cur) == _case(tokens[prev])):
            chosen = prev
        elif dash and _case(tokens[prev]) == "Gen":
            continue  # a dependent inside an earlier role of a double title
        else:
            break
    if described is not None and chosen > described:
        before = [n for n in heads if n < described]
        if before:  # "ректор академии, доктор наук, профессор Иван Петров": the rector
            chosen, by_tree = before[-1], None
    if joined is not None and k < joined < chosen and _case(tokens[chosen]) == "Gen":
        chosen = joined  # the joined genitives are the helper's dependents
        by_tree = joined if by_tree is not None else None
    if _oblique_plural_post_of_one_name(tokens, chosen, i, j, spans, models):
        # "представителей президента Ивана Петрова": the president's post, not theirs
        later = [n for n in heads if n > chosen and (tokens[n].feats or {}).get("Number") != "Plur"]
        if not later:
            return None
        chosen, by_tree = later[0], None
    outer = _post_an_initials_name_agrees_with(tokens, heads, i, j, models)
    if outer is not None:
        chosen = by_tree = outer
    rank = _rank_after_an_office(tokens, heads, chosen, i, models)
    if rank is not None:  # "Начальник управления полковник Иван Петров": the office
        chosen, by_tree = rank[0], None
    if _post_inside_a_body(tokens, chosen, models) and not _holder_of_the_office(
            tokens, chosen, i, j, models):
        return None
    start = chosen
    if start - 1 > k and (_lemma(tokens[start - 1], models) in GRADE_MODIFIERS
                          or _qualified_head(tokens, start, models)
                          or _legal_title(tokens, start, models) is not None):
        start -= 1  # "ведущий инспектор", "городской голова", "детский омбудсмен": the post's
    start -= _field_of_the_post(tokens, start, k, models)
    start -= _territory_of_the_post(tokens, start, k, models)
    while start - 1 > k and (_is_modifier(tokens[start - 1], models) or start - 2 > k
                             and tokens[start - 1].pos == "CCONJ"
                             and _is_modifier(tokens[start - 2], models)):
        start -= 1
    acting = _acting_prefix_before(tokens, start)  # "и. о. министра": governs the genitive
    start -= acting
    start = _title_before_dash(tokens, start, chosen, k, models)
    name = tokens[i:j if j is not None else i + 1]
    other = tree.appos_head(i, j if j is not None else i + 1) if tree else None
    if by_tree is None and other is not None and other < start and \
            tokens[other].pos == "NOUN" and not _is_head(tokens[other], models) and \
            _agrees(tokens[other], name, models) and not _conjunct_of(tokens, chosen, other) and \
            not _apposition_across_a_name(tokens, other, start, spans) and \
            not _name_in_the_posts_case(tokens[chosen], tokens[other], name):
        # "дочь действующего президента Иванку Трамп": she is the daughter; but not
        # "автомобилем федерального судьи Эдуарда Солдатова", a car is no person
        return None
    if _commemorated(tokens, start, chosen, models):
        return None
    if start - 1 >= 0 and tokens[start - 1].pos == "ADP" and \
            tokens[start - 1].text.lower() in LOCATIVE_PREPOSITIONS and not (
                by_tree == chosen and (tokens[chosen].feats or {}).get("Number") == "Sing"
            ) and not _accusative_apposition_after_a_preposition(tokens, start, chosen,
                                                                   tokens[i:j or i + 1], models):
        # "кандидат в президенты", "баллотироваться на пост": not held; but "со ссылкой
        # на пресс-секретаря фонда Киру Ярмыш" names her post
        return None
    if start - 1 >= 0 and _lemma(tokens[start - 1], models) in RELATIVES and by_tree != chosen and \
            not (
            _agrees(tokens[chosen], name, models) and not _agrees(tokens[start - 1], name, models)
            ) and not _name_in_the_posts_case(tokens[chosen], tokens[start - 1], name):
        # "вдова президента Наина Ельцина": the post is his; but in "брата президента США
        # Джона Кеннеди" the name agrees with the post, not with the relative
        return None
    if tree is not None and by_tree is None and chosen < i - 1 and \
            _governed_by_a_person_noun(tree, i, j if j is not None else i + 1):
        return None  # "с позиции вице-президента ... за место преемника Мугабе": his successor's
    oblique = ("Gen", "Dat", "Ins", "Loc")
    # "одним из лидеров боевиков Доку Умаровым": "один" agrees with the name
    agreeing = tokens[start - 2] if start >= 2 and \
        _one_of(tokens, start - 2, models) else tokens[chosen]
    agreeing = _acting_participle(tokens, start, models) or agreeing
    if _case(agreeing) in oblique and _case(tokens[i]) in oblique and \
            _case(agreeing) != _case(tokens[i]) and not _agrees(agreeing, name, models) and \
            not _abbreviated_acting_prefix(tokens, start, acting):
        return None  # "супруге первого президента — Наине Иосифовне": someone else's post
    if tree is not None and j is not None and not acting and not (
            start > 0 and _stands_for_a_post(tokens[start - 1], models)) and \
            _oblique_post_before_a_subject(agreeing, name, by_tree == chosen, models) and \
            _is_a_verbs_subject(tree, _top(tree, i, j), i, j):
        return None
    if _plural_post_of_one_name(tokens, chosen, i, j, spans, models):
        return None
    if _case(agreeing) == "Nom" and "Nom" not in _name_cases(name, models) and \
            "Gen" in _name_cases(name, models) and not (
                _apposed_woman(tree, by_tree, chosen, name)
                and not _apposed_to_a_later_name(tree, chosen, j, spans)) and not (
                _initials_name_after_a_body(tokens, chosen, i, name, models)):
        # "представитель фонда Анны Франк", "экс-директор ФБР из администрации Билла
        # Клинтона": a subject's post and a name that cannot be a subject
        return None
    if tree is not None and by_tree is None and j is not None and j - i == 1 and \
            _lemma(tokens[chosen], models) in RELATIONAL_HEADS and (_case(tokens[i]) == "Gen" or (
                "Gen" in _name_cases(name, models) and
                "Nom" not in _name_cases(name, models))) and \
            tree.tokens[i].rel == "nmod" and start <= tree.tokens[i].head < i:
        return None  # "бывшего заместителя Мюллера": Mueller's deputy, not Mueller
    if chosen == i - 1 and j is not None and j - i == 1 and j < len(tokens) and \
            _lemma(tokens[chosen], models) in RELATIONAL_HEADS and \
            _in_spans(tokens[j], spans, ("PER",)) and "Gen" in _name_cases(name, models):
        return None  # "заместителя Мюллера Джона Пистоля": the deputy is the next name
    if tree is not None and j is not None and _inside_post_phrase(tree, chosen, i, j):
        return None  # "Помощник Хиллари Клинтон по европейским делам": hers, not her post
    if tree is None:
        cut = i
    elif by_tree == chosen:
        cut = tree.phrase_end(chosen, i)
    else:  # the tree does not link the name to this post: trust only a clear apposition
        cut = tree.apposition_after(chosen, i, j if j is not None else i + 1)
    if cut < i and any(t.text in ("—", "–") for t in tokens[cut:i]) and any(
            _is_head(t, models) and _case(t) == _case(tokens[chosen]) for t in tokens[cut:i]):
        cut = i  # a double title: "заместитель директора — ученый секретарь института"
    if cut < i and by_tree == chosen and _genitive_run(tokens, cut, i, spans, models):
        cut = i
    if cut < i and _lemma(tokens[chosen], models) in REPRESENTATIVE_HEADS and \
            _place_before_name(tokens, cut, i, spans):
        cut = i
    if rank is not None:
        cut = rank[1]  # the office's phrase runs up to the rank, the rank is a title
    if described is not None and chosen < described:
        cut = min(cut, described)  # the description after the comma is not the post's
    if _qualified_head_after(tokens, chosen, models):
        cut = min(max(cut, chosen + 2), i)  # "Папа Римский Франциск": the title is whole
    cut = _rank_closing_the_body(tokens, chosen, cut, i, name, models)
    phrase = tokens[start:cut]
    # a position directly followed by the name with nothing else is fine ("мэр Иванов")
    role = _double_title(phrase, text, models, spans) or _split_role(phrase, text, models,
                                                                      spans)
    if role is not None and start - 1 > k and tokens[start - 1].pos == "ADJ":
        place = _place_of_adjective(tokens[start - 1], models)
        if place:  # "британский премьер", "подмосковного губернатора"
            role.start = tokens[start - 1].start
            if role.organization is None:
                role.organization = place
        else:
            role.figurative = True
    return role


def _post_read_as_a_name(tok: Token, spans: list[tuple[int, int, str]],
                         models: Models) -> bool:
    """nerel65 post_read_as_a_name: is ``tok`` a post's head word written with a capital
    that the NER took alone for a person ("второй заместитель Губернатора и Председателя
    Правительства края Олег Смирнов": "Губернатора" as a PER span of one word)? Then it is
    the post's word, not a name the role phrase must stop at. A span of more words
    ("Губернатор Смирнов") is a name with its title and still stops it; so does the word
    right before a dash, the first title of a double title ("заместитель Губернатора –
    Председателя Правительства края ..."), which ``_title_before_dash`` reads from the
    title after the dash (a first try let the window run on, and the tree's phrase then
    ended at the dash and lost the second title and its body)."""
    return tok.text[:1].isupper() and _is_head(tok, models) and any(
        s == tok.start and e == tok.stop and t == "PER" for s, e, t in spans)


def _helper_of_joined_genitives(tokens: list[Token], k: int, i: int, j: int | None,
                                models: Models) -> bool:
    """nerel65 helper_of_joined_genitives: is the conjunction ``tokens[k]`` joining two
    posts in the genitive that a helper's noun (``HELPER_HEADS``) right before the first
    governs? Then the helper holds one post, the deputy of both: "второй заместитель
    губернатора и председателя правительства края Олег Смирнов" is the deputy, not the
    chairman. The helper must not be in the genitive (in "помощника губернатора и
    председателя правительства Олега Смирнова" the name may be either's), and in the
    name's case whenever the name's words give one; a name they give no case for (a
    foreign or unknown surname after initials) does not block the helper. A post after
    the conjunction in another case starts another role ("заместитель губернатора и
    председатель комитета ...": two posts, two holders)."""
    if tokens[k].text.lower() != "и" or k < 2 or k + 1 >= i:
        return False
    second, first, helper = tokens[k + 1], tokens[k - 1], tokens[k - 2]
    if not (_is_head(second, models) and _is_head(first, models)
            and _case(second) == "Gen" and _case(first) == "Gen"):
        return False
    if _lemma(helper, models) not in HELPER_HEADS or _case(helper) in (None, "Gen"):
        return False
    name = tokens[i:j if j is not None else i + 1]
    cases = _name_cases(name, models)
    return not cases or _case(helper) in cases


def _apposition_across_a_name(tokens: list[Token], other: int, start: int,
                              spans: list[tuple[int, int, str]]) -> bool:
    """Does another person's name stand between the noun the parser hung a name on and
    the post right before the name? Then that apposition crosses a person and is the
    parser's slip, not a description: in "подписали министр труда края Иван Петров и
    министр труда республики А. Х. Сидоров" the initials hung on "края" do not make
    Сидоров the region's; the post before him is his."""
    return any(_in_spans(t, spans, ("PER",)) for t in tokens[other + 1:start])


def _rank_after_an_office(tokens: list[Token], heads: list[int], chosen: int,
                          i: int, models: Models) -> tuple[int, int] | None:
    """A rank or title (``RANK_TITLES``) between a post's phrase and the name is a title,
    the post is the person's office: "Начальник управления полковник Иван Петров" →
    "начальник управления", "президент федерации шейх Салман", "глава пресс-службы
    кардинал ..."; the rank may keep its own genitive ("генерал армии", "генерал-майор
    полиции"), and a rank the lexicon has no post for ("майор") is cut off the body it
    would be read into ("начальник отдела майор ..." → "отдел", not "отдел майор"). The
    office is the nearest head before the rank in the rank's case whose phrase runs right
    up to it: only its dependents in other cases between, no punctuation, conjunction or
    verb ("губернатор, полковник Иван Петров" and "министр и генерал ..." are left alone).
    A membership or a representative ("представитель вооружённых сил полковник ...") and
    a participle title with its body in the instrumental ("Командующий Черноморским
    флотом адмирал ...") are no office of this kind: the rank keeps the post and shares
    their body (``_org_of_the_title_before``). Returns (the office's head, where the
    rank's words start), or None."""
    ranks = [n for n in range(chosen, i) if _lemma(tokens[n], models) in RANK_TITLES]
    if not ranks:
        return None
    rank = ranks[-1]  # a rank the lexicon has no post for is read inside the body before
    want = _case(tokens[rank])
    if want is None or any(_is_head(t, models) or t.pos not in ("NOUN", "ADJ", "PROPN")
                           or _case(t) != "Gen" for t in tokens[rank + 1:i]):
        return None
    first = rank
    while first - 1 >= 0 and tokens[first - 1].pos == "ADJ" and _case(tokens[first - 1]) == want:
        first -= 1  # "старший лейтенант": the rank's own adjective
    for prev in reversed(sorted({h for h in heads if h < first} | (
            {chosen} if chosen < first else set()))):
        if any(_is_punct(t) and t.text not in _OPEN_QUOTES | _CLOSE_QUOTES or
               t.pos in ("VERB", "AUX", "PRON") and not _genitive_participle(t) or
               t.pos == "CCONJ"
               and not _joins_dependents(tokens, n, first, want)
               for n, t in enumerate(tokens[prev + 1:first], prev + 1)):
            return None
        if _case(tokens[prev]) in (want, None) or \
                _deputy_contraction(_lemma(tokens[prev], models), models) is not None:
            # nerel95: a contracted deputy's title ends in a genitive whatever its own case
            # ("замглавнокомандующего", "замдиректора"): the tagger's case (none, or the
            # genitive's) says nothing, it stands in the rank's
            if _lemma(tokens[prev], models) in WEAK_HEADS or \
                    _lemma(tokens[prev], models) in SUBST_PARTICIPLES.values() and \
                    _lemma(tokens[rank], models) not in ACADEMIC_TITLES:
                # a membership, or a participle title, shares its body; but off44: an
                # academic title is no office beside one ("заведующий кафедрой истории
                # профессор Иван Петров" → "заведующий кафедрой истории")
                return None
            if prev + 1 == first and _lemma(tokens[rank], models) in ACADEMIC_TITLES:
                # nerel68: an academic title is no office even right after a bare post
                # ("ректор профессор Иван Петров" → "ректор")
                return prev, first
            return (prev, first) if prev + 1 < first else None
        if _case(tokens[prev]) not in ("Gen", "Ins", "Dat", "Loc"):
            return None
    return None


def _rank_closing_the_body(tokens: list[Token], chosen: int, cut: int, i: int,
                           name: list[Token], models: Models) -> int:
    """rank_closing_the_body: a rank or title (``RANK_TITLES``) standing right before the
    name, after the post's phrase and in the name's case, is the person's title and never
    the last word of the post's body, also where ``_rank_after_an_office`` leaves the post
    to a participle or an acting holder: "исполняющий обязанности главы епархии
    митрополит Иван" → body "епархия" (not "епархия митрополит"); "управляющий делами
    епархии протоиерей Павел Смирнов" → "епархия". The rank's own adjectives go with it
    ("старший лейтенант"). A rank that is the post itself ("митрополит Иван") or one in
    another case than the name ("кафедра профессора Иванова" before "Анна Петрова") is
    left alone. Returns where the phrase ends."""
    if cut != i or i - 1 <= chosen:
        return cut
    rank = i - 1
    if _lemma(tokens[rank], models) not in RANK_TITLES or not _agrees(tokens[rank], name, models):
        return cut
    first = rank
    while first - 1 > chosen and tokens[first - 1].pos == "ADJ" and \
            _case(tokens[first - 1]) == _case(tokens[rank]):
        first -= 1
    return first


def _joins_dependents(tokens: list[Token], n: int, first: int, want: str | None) -> bool:
    """off67: does the conjunction at ``n`` join two of an office's dependents, not two posts?
    The word after it is in an oblique case other than the rank's and the rank does not
    follow it at once: "руководитель отдела по благотворительности и социальному служению
    епархии протоиерей Андрей Ильин" (a field's list); "министр и генерал Иван Петров" joins
    two posts."""
    nxt = n + 1
    return nxt < first and _case(tokens[nxt]) not in (None, "Nom", want)


def _owner_of_a_noun_after_a_preposition(tokens: list[Token], i: int, j: int,
                                         spans: list[tuple[int, int, str]],
                                         tree: _Tree | None, models: Models) -> bool:
    """Is the name (tokens i..j-1) the genitive owner of the inanimate noun right before it,
    which a preposition governs in the locative ("в кабинете Синдзо Абэ", "в правительстве
    Владимира Путина", "при администрации Бориса Ельцина")? Then the post before is held in
    the owner's body, not by the owner: "министр обороны в кабинете Ариэля Шарона Шауль
    Мофаз" is Mofaz's post. The parser hangs the name on the noun as its genitive, or the
    name cannot be in the case of the post before the preposition (a holder's nominative
    after a place, "уполномоченный по правам человека в Приморском крае Марина Волкова",
    or a holder's genitive after a genitive post, "по мнению полпреда президента РФ в
    округе Виктора Ишаева", stay theirs); the noun is no place the tagger knows
    ("руководителя инспекции в Омской области Ивана Петрова")."""
    if i < 2 or j <= i:
        return False
    noun = tokens[i - 1]
    feats = noun.feats or {}
    cases = _name_cases(tokens[i:j], models)
    if noun.pos != "NOUN" or _is_head(noun, models) or feats.get("Animacy") == "Anim" or \
            _case(noun) != "Loc" or "Gen" not in cases or _in_spans(noun, spans, ("LOC",)):
        return False
    k = i - 2
    while k > 0 and tokens[k].pos == "ADJ" and i - k <= 4:
        k -= 1
    if tokens[k].text.lower() not in POST_PLACE_PREPOSITIONS:
        return False
    top = _top(tree, i, j) if tree is not None else None
    if top is not None and tokens[top].head == i - 1 and tokens[top].rel == "nmod" and \
            _case(tokens[top]) == "Gen":
        return True
    post = next((n for n in range(k - 1, max(-1, k - 8), -1) if _is_head(tokens[n], models)), None)
    return post is not None and _case(tokens[post]) not in (None, *cases)


def _is_a_verbs_subject(tree: _Tree, root: int | None, i: int, j: int) -> bool:
    """Is the name (tokens i..j-1, top word ``root``) the subject of a verb after it, by
    the parse or by ``_verb_of_a_misattached_subject``: "По поручению губернатора Олег
    Гусев провёл проверку"."""
    toks = tree.tokens
    if root is not None and toks[root].rel in ("nsubj", "nsubj:pass") and \
            j <= toks[root].head < len(toks) and toks[toks[root].head].pos in ("VERB", "AUX"):
        return True
    return _verb_of_a_misattached_subject(tree, root, i, j) is not None


def _stands_for_a_post(tok: Token, models: Models) -> bool:
    """A noun whose genitive is the post itself, so the post is whoever holds the office:
    "на посту губернатора", "в качестве министра", "обязанности мэра", "от должности"."""
    return _lemma(tok, models) in _POST_GOVERNORS or tok.text.lower() in ACTING_WORDS


_POST_GOVERNORS = OFFICE_NOUNS | LEFT_POST_NOUNS | POST_NOUNS


def _oblique_post_before_a_subject(post: Token, name: list[Token], linked: bool,
                                   models: Models) -> bool:
    """A post in an oblique case right before a name that can only be a subject is a
    dependent of what precedes it, not the name's title: "Указом президента Иван Петров
    освобожден от должности министра", "Решением губернатора Анна Котова назначена
    ..." — the decree is the president's; Petrov's post is the one the clause gives
    (only when the name is the subject of a verb after it, ``_is_a_verbs_subject``). When
    the parse itself hangs the name on the post, only for a name the dictionary knows."""
    if _case(post) not in ("Gen", "Dat", "Ins", "Loc"):
        return False
    if linked and not all(models.analyzer.word_is_known(t.text.lower()) for t in name
                          if t.text[:1].isalpha() and len(t.text) > 2):
        return False  # a foreign name the dictionary guesses at: trust the parse
    return _name_cases(name, models) == {"Nom"} and not _agrees(post, name, models)


def _possessive_in_a_post(tokens: list[Token], k: int, i: int, models: Models) -> bool:
    """A possessive between a post and the genitive body it heads belongs to the phrase:
    "экс-президент её бизнес-подразделения Стивен Элоп", "директор их фонда Иван Петров"."""
    return tokens[k].text.lower() in POSSESSIVE_WORDS and 0 < k and k + 1 < i and \
        _is_head(tokens[k - 1], models) and tokens[k + 1].pos == "NOUN" and \
        "Gen" in _token_cases(tokens[k + 1], models)


def _governed_by_a_person_noun(tree: _Tree, i: int, j: int) -> bool:
    """Is the name (tokens i..j-1) the complement of the animate noun right before it,
    which is no post ("за место преемника Мугабе", "дочь ... внука Ивана")? Then a post
    further back is not the name's: the noun between stands for another person."""
    toks = tree.tokens
    root = _top(tree, i, j)
    noun = toks[i - 1] if i >= 1 else None
    if root is None or noun is None or toks[root].head != i - 1 or \
            toks[root].rel not in ("nmod", "obj"):
        return False
    feats = noun.feats or {}
    return noun.pos == "NOUN" and feats.get("Animacy") == "Anim" and \
        feats.get("Number") == "Sing" and noun.text.islower() and \
        not _is_head(noun, tree.models) and \
        not _graded_head(toks, i - 1, tree.models) and "Gen" in _name_cases(toks[i:j], tree.models)


def _commemorated(tokens: list[Token], start: int, chosen: int, models: Models) -> bool:
    """Does the post phrase at ``start`` (head at ``chosen``) follow "имени", or a street's
    noun with the post in the genitive, so that post and name name a street or an
    institution after someone, not a holder today: "по улице Генерала Дорохова", "лицей
    им. генерала Ермолова"; but "на площади губернатор Сомов открыл памятник" is his post,
    and "от имени министра Белова" speaks for him (``COMMEMORATIVE_WORDS``,
    ``STREET_NOUNS``)."""
    k = start - 1
    if k >= 1 and tokens[k].text == ".":
        k -= 1  # "им."
    if k < 0:
        return False
    if tokens[k].text.lower() in COMMEMORATIVE_WORDS:
        return not (k >= 1 and tokens[k - 1].text.lower() == "от")  # "от имени": on behalf
    return k == start - 1 and _lemma(tokens[k], models) in STREET_NOUNS and \
        _case(tokens[chosen]) == "Gen"


def _courtesy_title_between(tokens: list[Token], k: int, i: int) -> bool:
    """Only courtesy titles stand between a conjunction at ``k`` and the name at ``i``:
    "Премьер-министр и мисс Саймондс поблагодарили врачей" joins two people, so the post
    before "и" is the other one's, not hers. A courtesy title ("мисс", "господин") names
    no post."""
    between = tokens[k + 1:i]
    return bool(between) and all(
        t.text.lower().rstrip(".") in COURTESY_TITLES or t.text == "." for t in between)


def _field_of_the_post(tokens: list[Token], start: int, low: int, models: Models) -> int:
    """1 when the word before the post noun is an adjective naming the post's field that
    agrees with it (the parse, when there is one, hangs it on the noun as ``amod``):
    "социальный координатор фонда Анна Белова" keeps "социальный"; else 0."""
    n = start - 1
    if n <= low or tokens[n].pos != "ADJ" or _lemma(tokens[n], models) not in FIELD_MODIFIERS:
        return 0
    adj, noun = tokens[n], tokens[start]
    if _case(adj) != _case(noun) or (adj.head >= 0 and adj.rel and adj.head != start):
        return 0
    return 1


def _territory_of_the_post(tokens: list[Token], start: int, low: int, models: Models) -> int:
    """off67: how many words before the post noun name the territory the post serves, part
    of the post as its title writes it: a level's adjective (``TERRITORIAL_MODIFIERS``)
    agreeing with the noun, and a place's adjective with a capital right before it in the
    same case: "Зеленодольский городской прокурор Айдар Закиров" → "зеленодольский
    городской прокурор", "районный судья"; 0 for "городской суд" (no post noun), an
    adjective in another case, or a trade that holds no post of a territory ("областной
    чиновник" is a "чиновник", ``WEAK_HEADS``)."""
    n = start - 1
    if n <= low or tokens[n].pos != "ADJ" or _lemma(tokens[start], models) in WEAK_HEADS or \
            _lemma(tokens[n], models) not in TERRITORIAL_MODIFIERS or \
            _case(tokens[n]) != _case(tokens[start]) or not tokens[n].text.islower():
        return 0
    place = n - 1
    if place > low and tokens[place].pos == "ADJ" and tokens[place].text[:1].isupper() and \
            tokens[place].text[1:].islower() and _case(tokens[place]) == _case(tokens[start]):
        return 2
    return 1


def _post_an_initials_name_agrees_with(tokens: list[Token], heads: list[int], i: int,
                                       j: int | None, models: Models) -> int | None:
    """A surname then initials after a post's genitive chain is the chain head's person
    when it can stand in that head's case: "с первым заместителем начальника управления
    Соколовой Н.А." is the deputy (instrumental), though the tagger, with no first name to
    go by, reads "Соколовой" as a genitive hung on "управления". nerel68: so are initials
    then a surname ("заместителю начальника отдела И.В. Петрову"), and the chain may hold
    a body's "по"/"при" complement or a participle's instrumental (``_body_chain``). None
    for another name's shape, a genitive head, or a post outside the chain."""
    if j is None or j - i < 3 or not tokens[i].text[:1].isupper() or not (
            len(tokens[i].text) >= 2 and _INITIAL.match(tokens[i + 1].text)
            or _INITIAL.match(tokens[i].text) and len(tokens[j - 1].text) >= 2
            and tokens[j - 1].text[:1].isupper()):  # nerel68: "И. В. Петрову" too
        return None
    for h in heads:
        case = _case(tokens[h])
        if case in (None, "Gen", "Nom") or case not in _name_cases(tokens[i:j], models):
            continue
        if _body_chain(tokens, h + 1, i, models):
            return h
        return None
    return None


def _body_chain(tokens: list[Token], start: int, end: int, models: Models) -> bool:
    """nerel68 body_chain: are tokens[start:end] the genitive chain of a post's body —
    genitives and adjectives, with two more shapes a body's name takes: a noun in the
    instrumental governed by a participle post before it ("управляющего Отделением",
    "заведующего отделом") and, after the chain's first noun, a complement opened by
    "по" or "при" that runs to the end ("директора департамента по Тульской области",
    "председателя совета при губернаторе края")? So "заместителю начальника управления
    по Курской области Петрову И.В." is the deputy's name, not the head's."""
    prev: Token | None = None
    for n in range(start, end):
        t = tokens[n]
        if t.pos == "ADP" and t.text.lower() in NAME_PREPOSITIONS and prev is not None and \
                prev.pos in ("NOUN", "PROPN") and n + 1 < end:
            return all(x.pos in ("NOUN", "ADJ", "PROPN", "CCONJ") or not x.text.isalpha()
                       for x in tokens[n + 1:end])
        if not (_case(t) == "Gen" or not t.text.isalpha() or t.pos == "ADJ" or (
                _case(t) == "Ins" and prev is not None
                and _lemma(prev, models) in SUBST_PARTICIPLES.values())):
            return False
        if t.text.isalpha():
            prev = t
    return True


def _genitive_run(tokens: list[Token], cut: int, i: int,
                  spans: list[tuple[int, int, str]], models: Models) -> bool:
    """Are tokens[cut:i], between where the parse ends a post's phrase and the name in
    apposition to the post, only a genitive group (nouns and adjectives, joined by "и" or
    commas)? Then they are the post's complement the parser hung elsewhere in a long list:
    "..., министр социального развития и труда Астраханской области Светлана Бойченко и
    ..." keeps "социального развития и труда Астраханской области". Not for a post or a
    person's name in the run ("заместителя Мюллера Джона Пистоля")."""
    run = tokens[cut:i]
    if not run or run[-1].text in FIELD_JOINERS or run[0].text in FIELD_JOINERS:
        return False
    for tok in run:
        if tok.text in FIELD_JOINERS:
            continue
        if tok.pos not in ("NOUN", "ADJ", "PROPN") or _case(tok) != "Gen" or _is_head(tok, models) \
                or _in_spans(tok, spans, ("PER",)) or (tok.feats or {}).get("Animacy") == "Anim":
            return False  # "генсека ООН норвежца Трюгве Ли": a person's description
    return True


def _place_before_name(tokens: list[Token], cut: int, i: int,
                       spans: list[tuple[int, int, str]]) -> bool:
    """Are tokens[cut:i], between where the parse ends a post's phrase and the name, only
    "в"/"во" and a place the NER marks? Then the place is the post's, which the parser hung
    elsewhere in a long list (the caller asks it for a representative's post, whose place
    is where he represents, ``REPRESENTATIVE_HEADS``): "..., первый заместитель
    председателя правительства края Елена Мартыненко и уполномоченный по правам человека
    в Ставропольском крае Алексей Селиверстов" keeps "в Ставропольском крае"."""
    run = tokens[cut:i]
    return len(run) >= 2 and run[0].text.lower() in IN_PREPOSITIONS and \
        all(_in_spans(t, spans, ("LOC",)) for t in run[1:])


def _plural_post_of_one_name(tokens: list[Token], chosen: int, i: int, j: int | None,
                             spans: list[tuple[int, int, str]], models: Models,
                             oblique: bool = False) -> bool:
    """plural_post_of_one_name: a post in the plural before one name, with no second name
    joined to it, is the post of several people the name is the complement of, not his
    own: "Защитники Алёхиной представили суду характеристики" (her lawyers), while
    "заместители министра Иван Петров и Анна Серова" lists two holders. Only a subject
    (nominative) whose form the dictionary reads as plural alone counts; ``oblique``: the
    caller (``_oblique_plural_post_of_one_name``) has read the post's number and case."""
    post = tokens[chosen]
    if not oblique and ((post.feats or {}).get("Number") != "Plur" or _case(post) != "Nom"):
        return False  # not "одним из лидеров боевиков Доку Умаровым", "избраны президентами"
    readings = [p for p in models.parse(post.text) if p.tag.POS == "NOUN"]
    if not readings or any(p.tag.number != "plur" for p in readings):
        return False
    if any(_in_spans(tokens[n], spans, ("PER",)) for n in range(chosen + 1, i)):
        return False  # "Ректоры ... Максим Орлов и Анна Серова": a later one of a list
    end = max(j if j is not None else i + 1, i + 1)
    while end < len(tokens) and _in_spans(tokens[end], spans, ("PER",)):
        end += 1  # the whole name, whatever part the caller passed
    end = past_a_name_aside(tokens, end, spans)  # "сенаторы Джон Смит (Огайо) и Питер Браун"
    if end < len(tokens) and tokens[end].text in GROUP_LINKS and any(
            _in_spans(tokens[n], spans, ("PER",)) for n in range(end + 1, min(end + 7,
                                                                             len(tokens)))):
        return False  # "губернаторы Тульской области Иван Петров, Курской области Олег
        # Ларин", "заместителей Руслана Давыдова и Андрея Струкова": holders listed
    return True


def _oblique_plural_post_of_one_name(tokens: list[Token], chosen: int, i: int, j: int | None,
                                     spans: list[tuple[int, int, str]], models: Models) -> bool:
    """oblique_plural_post_of_one_name: a post in an oblique plural before one name in the
    singular is the post of several people the name governs, not the name's own:
    "большинство членов команды Ивана Петрова осталось" (his team's members), "со ссылкой
    на представителей мэра Анны Серовой" (the mayor's staff; she is the mayor). A list of
    names after it ("депутатов Ивана Петрова и Анны Серовой"), a count or a colon ("трёх
    министров: Ивана Петрова, ...") and "один из" before it ("одним из лидеров движения
    Петром Ивановым") leave the post to the name; so does the predicative instrumental
    ("избраны депутатами Иван Петров и ...")."""
    post = tokens[chosen]
    if (post.feats or {}).get("Number") != "Plur" or \
            _case(post) not in ("Gen", "Acc", "Dat", "Loc"):
        return False  # not "избраны президентами Иван Петров (2001—2005) и ..."
    if any(_is_punct(t) for t in tokens[chosen + 1:i]) or \
            chosen > 0 and tokens[chosen - 1].pos == "NUM":
        return False  # "пяти экс-президентов: Ивана Петрова (...), ...": a list follows
    readings = [p for p in models.parse(post.text) if p.tag.POS == "NOUN"]
    if not readings or any(p.tag.number != "plur" for p in readings):
        return False  # "министра" reads as a singular too
    if any(t.text.lower() == "из" for t in tokens[max(0, chosen - 4):chosen]):
        return False
    end = max(j if j is not None else i + 1, i + 1)
    if any((t.feats or {}).get("Number") == "Plur" for t in tokens[i:end]):
        return False  # "членов семьи Ивановых": a family's name
    return _plural_post_of_one_name(tokens, chosen, i, j, spans, models, oblique=True)


# How many tokens a bracketed aside after a listed name may hold: "(Германия)",
# "(1990—2000)", "(Пуэрто-Рико)".
_ASIDE_REACH = 8


def past_a_name_aside(tokens: list[Token], end: int, spans: list[tuple[int, int, str]]) -> int:
    """name_aside: a listed name may carry its own aside before the next name of the list,
    a bracketed country or term and a home place or party after "из"/"от"
    (``HOME_PREPOSITIONS``): "сенаторы Джон Смит из Огайо и Питер Браун из Техаса",
    "вице-президенты союза Иван Петров (Тула) и Олег Ларин (Орёл)". The index after them
    (``end`` itself when the name carries none), so the list reads on to the next name."""
    for _ in range(2):  # an aside and a home, in either order
        k = end
        if k < len(tokens) and tokens[k].text == "(":
            close = next((n for n in range(k + 1, min(k + _ASIDE_REACH, len(tokens)))
                          if tokens[n].text in ("(", ")")), None)
            if close is not None and tokens[close].text == ")":
                k = close + 1
        if k + 1 < len(tokens) and tokens[k].text.lower() in HOME_PREPOSITIONS and \
                _in_spans(tokens[k + 1], spans, ("LOC", "ORG")):
            k += 1
            while k < len(tokens) and _in_spans(tokens[k], spans, ("LOC", "ORG")):
                k += 1
        if k == end:
            break
        end = k
    return end


def home_of_a_listed_name(tokens: list[Token], k: int, spans: list[tuple[int, int, str]]
                          ) -> int | None:
    """name_aside read backwards: is token ``k`` the last word of a home place or party a
    listed name carries ("Джон Смит из Огайо и ...")? The index of its preposition, right
    after the name, else None."""
    if not _in_spans(tokens[k], spans, ("LOC", "ORG")):
        return None
    m = k
    while m > 0 and _in_spans(tokens[m - 1], spans, ("LOC", "ORG")):
        m -= 1
    if m >= 2 and tokens[m - 1].text.lower() in HOME_PREPOSITIONS and \
            _in_spans(tokens[m - 2], spans, ("PER",)):
        return m - 1
    return None


def _apposed_woman(tree: _Tree | None, by_tree: int | None, chosen: int,
                   name: list[Token]) -> bool:
    """Does the parse set the name in apposition to this very post, with a surname that
    reads as a woman's nominative (``_woman_in_nominative``), or with a name that reads
    both as hers and as a man's genitive (``_two_way_woman``): "подписи поставят
    председатель Союза ветеранов Валентина Кротова" — the apposition makes her the
    chairwoman."""
    return tree is not None and by_tree == chosen and (
        _woman_in_nominative(name, tree.models) or _two_way_woman(name, tree.models))


def _initials_name_after_a_body(tokens: list[Token], chosen: int, i: int,
                                 name: list[Token], models: Models) -> bool:
    """off82 initials_name_after_a_body: a post in the nominative, its body in the
    genitive, then a surname with initials that reads as a nominative, though the
    dictionary and the tagger prefer a genitive (a man's genitive for hers, a first name's
    genitive plural for his): "Договор подписали заведующая отделением больницы Сорокина
    А.В. и председатель совета ветеранов Тимуров А.В." — they are the head and the
    chairman. No post stands between the body and the name whose holder the genitive could
    be: "помощник министра Сорокина А.В." stays the minister's aide (the word before the
    name is a post), as does a full name ("помощник министра Андрея Сорокина")."""
    if i - 1 <= chosen or not _initials_name_in_nominative(name, models):
        return False
    last = tokens[i - 1]
    return not _is_head(last, models) and not _is_participle(last) and (
        last.pos in ("NOUN", "PROPN") or _is_punct(last))


def _apposed_to_a_later_name(tree: _Tree | None, chosen: int, j: int | None,
                             spans: list[tuple[int, int, str]]) -> bool:
    """apposed_to_a_later_name: the parse sets a later name, in the post's own case, in
    apposition to the same post, so a name before it that reads two ways (a woman's
    nominative or a man's genitive) is the genitive the post governs: "назначена
    заместительница Петра Кротова по науке Анна Лебедева" — she is the deputy, he is not."""
    if tree is None or j is None:
        return False
    toks = tree.tokens
    own = _case(toks[chosen])
    return own is not None and any(
        toks[k].rel == "appos" and toks[k].head == chosen and _case(toks[k]) == own
        and _in_spans(toks[k], spans, ("PER",)) for k in range(j, len(toks)))


def _post_inside_a_body(tokens: list[Token], chosen: int, models: Models) -> bool:
    """Is the post a genitive inside a body's name, right after the body's head noun:
    "Отделу ... Аппарата Губернатора Омской области (Иванов С.Н.)" names the office's
    head, not a governor."""
    n = chosen - 1
    while n >= 0 and tokens[n].pos == "ADJ":
        n -= 1
    return n >= 0 and _case(tokens[chosen]) == "Gen" and _case(tokens[n]) == "Gen" and \
        tokens[n].pos in ("NOUN", "PROPN") and _lemma(tokens[n], models) in ORG_HEADS and \
        not _is_head(tokens[n], models)


def _holder_of_the_office(tokens: list[Token], chosen: int, i: int, j: int | None,
                          models: Models) -> bool:
    """holder_of_the_office: a post that names an office ("канцелярии президента",
    ``_post_inside_a_body``) is still the post of a name right after its phrase in its own
    genitive, the one who holds it: "в приёмной губернатора области Ивана Петрова". A name
    in another case ("Аппарата Губернатора (Иванов С.Н.)") is the office's staff, and so is
    the patron an institution's own name bears (``_named_after_a_patron``)."""
    name = tokens[i:j if j is not None else i + 1]
    return _case(tokens[chosen]) == "Gen" and "Gen" in _name_cases(name, models) and \
        not _is_punct(tokens[i - 1]) and not _named_after_a_patron(tokens, chosen)


# marks after which a capital may open a quotation or a line, not a proper name
_OPENING_MARKS = frozenset({"«", "\"", "„", "“", "(", ":", "—", "-", ".", "!", "?"})


def _named_after_a_patron(tokens: list[Token], chosen: int) -> bool:
    """named_after_a_patron: a body whose head noun is capitalised inside the sentence is
    an institution's proper name, and the titled person after it is the patron it is named
    after, not someone holding a post in the story: "лечился в Больнице королевы Анны",
    "грант Фонда принца Эдварда". The body's head is the noun ``_post_inside_a_body``
    found before the post; a sentence's first word tells nothing by its capital."""
    n = chosen - 1
    while n >= 0 and tokens[n].pos == "ADJ":
        n -= 1
    return n > 0 and tokens[n].text[:1].isupper() and not tokens[n].text.isupper() and \
        tokens[n - 1].text not in _OPENING_MARKS


def _title_before_dash(tokens: list[Token], start: int, chosen: int, low: int,
                       models: Models) -> int:
    """Start of a first title joined to the post by a dash, in the same case: "заместитель
    губернатора Омской области — министр труда Иван Петров", "статс-секретаря —
    заместителя министра ..." (both halves are the person's posts); else ``start``."""
    if start - 2 <= low or tokens[start - 1].text not in _DASHES:
        return start
    want = _case(tokens[chosen])
    first = None
    for n in range(start - 2, low, -1):
        tok = tokens[n]
        if tok.text in _DASHES and _dash_inside_a_place(tokens, n, start - 1):
            continue  # "в Кемеровской области — Кузбассе — главный инспектор"
        if tok.text in _DASHES or tok.pos in ("VERB", "AUX", "PRON", "ADP") and \
                tok.text.lower() not in NAME_PREPOSITIONS and not _in_a_named_place(tokens, n):
            break
        if _is_head(tok, models) and _case(tok) == want:
            first = n
        elif _is_head(tok, models) and _case(tok) not in ("Gen", None):
            break
    if first is None:
        return start
    while first - 1 > low and _is_modifier(tokens[first - 1], models):
        first -= 1
    if first - 1 > low and tokens[first - 1].pos == "ADJ" and \
            _case(tokens[first - 1]) == _case(tokens[first]):
        return start  # "лучший игрок встречи — форвард ...": a judgement, not a title
    # a predicate before the title is not ("знакома руководитель бюро — главный эксперт")
    return first - _acting_prefix_before(tokens, first)


def _quoted_name_closing_at(tokens: list[Token], k: int) -> int | None:
    """off48: the « opening the quoted name that closes at tokens[k] ("»"), when its first
    word is capitalised: a body's proper name inside a post's phrase, whatever its words
    (an adverb, a verb: "директор фонда «Вместе» Т. Кудряшова", "глава АНО «Мы рядом»
    Иван Орлов"), is no word the walk back to the post stops at. Nested quotes count
    («Центр «Вместе»»). None when no such « opens it."""
    if tokens[k].text != "»":
        return None
    depth = 0
    for m in range(k, -1, -1):
        if tokens[m].text == "»":
            depth += 1
        elif tokens[m].text == "«":
            depth -= 1
            if depth == 0:
                return m if m + 1 < k and tokens[m + 1].text[:1].isupper() else None
    return None


def _in_a_named_place(tokens: list[Token], n: int) -> bool:
    """Is tokens[n] "в" before a capitalised word in the locative, a body's place inside a
    title: "руководитель инспекции труда в Кемеровской области — главный инспектор"?"""
    return tokens[n].text.lower() in IN_PREPOSITIONS and n + 1 < len(tokens) and \
        tokens[n + 1].text[:1].isupper() and _case(tokens[n + 1]) == "Loc"


def _dash_inside_a_place(tokens: list[Token], n: int, end: int) -> bool:
    """Is the dash tokens[n] inside a place's double name, before the dash at ``end``
    that joins the two titles? "в Кемеровской области — Кузбассе — главный инспектор":
    a noun, the dash, then one proper name in that noun's case up to the next dash."""
    if n < 1 or end - n != 2:
        return False
    noun, name = tokens[n - 1], tokens[n + 1]
    return noun.pos == "NOUN" and name.pos == "PROPN" and _case(noun) is not None and \
        _case(noun) == _case(name)


def _double_title(phrase: list[Token], text: str, models: Models,
                  spans: list[tuple[int, int, str]]) -> _Role | None:
    """A double title, two posts joined by a dash, each put in the nominative: "заместителя
    губернатора Омской области — министра труда" → "заместитель губернатора — министр
    труда"; the body is the first title's (the second names its own field). None when the
    phrase is one title."""
    if not phrase or not _is_head(phrase[_acting_prefix(phrase, 0)], models) and not (
            _is_modifier(phrase[0], models)):
        return None
    first = next((n for n in range(len(phrase)) if _is_head(phrase[n], models)), None)
    if first is None:
        return None
    dash = next((n for n in range(first + 1, len(phrase) - 1) if phrase[n].text in _DASHES
                 and
                 _starts_role(phrase, n + 1 + _acting_prefix(phrase, n + 1), len(phrase), models)),
                None)
    if dash is None:
        return None
    second = dash + 1 + _acting_prefix(phrase, dash + 1)
    while not _is_head(phrase[second], models):
        second += 1
    if _case(phrase[second]) != _case(phrase[first]):
        return None
    one = _split_role(phrase[:dash], text, models, spans)
    two = _split_role(phrase[dash + 1:], text, models, spans)
    if one is None or two is None:
        return None
    organization = one.organization or two.organization
    words = two.position.split()
    m = _minister_word(words, models)
    if one.organization and two.organization is None and m is not None and \
            m + 1 < len(words) and _is_a_place(one.organization, models):
        # "заместитель губернатора Омской области — министр труда": the region's ministry
        organization = f"Министерство {' '.join(words[m + 1:])} " \
                       f"{_place_genitive(one.organization, models)}"
    return _Role(f"{one.position} — {two.position}", organization, one.start, two.end)


def _conjunct_of(tokens: list[Token], post: int, first: int) -> bool:
    """Is the post a conjunct of the noun the parser hung the name on: "актёр, продюсер
    и директор театра Иван Петров" — each word of the row describes him, the post too."""
    n, seen = post, 0
    while 0 <= n < len(tokens) and tokens[n].rel == "conj" and seen < 6:
        n, seen = tokens[n].head, seen + 1
        if n == first:
            return True
    return False


def _inside_post_phrase(tree: _Tree, post: int, i: int, j: int) -> bool:
    """Is the name (tokens i..j-1) a dependent inside the phrase of the post at ``post``,
    the phrase going on after it? "Помощник Хиллари Клинтон по европейским делам": the
    tree hangs the name and "по делам" both on "помощник"."""
    toks = tree.tokens
    root = _top(tree, i, j)
    if root is None or toks[root].rel != "nmod" or toks[root].head != tree.top(post, i):
        return False
    return any(c >= j and toks[c].rel in ("nmod", "obl") for c in
               tree.kids.get(toks[root].head, []))


def _participle_clause_start(tokens: list[Token], close: int, low: int) -> int | None:
    """Index of the comma opening a participle clause that ends at the comma tokens[close]
    and agrees with the noun before it: "Фонда поддержки детей, находящихся в трудной
    жизненной ситуации," — the clause is part of the organisation's name."""
    c = close - 1
    while c > max(low, 0):
        tok = tokens[c]
        if tok.text == ",":
            first = tokens[c + 1] if c + 1 < close else None
            noun = tokens[c - 1]
            if first is not None and _is_participle(first) and _case(first) not in (
                    None, "Nom") and noun.pos in ("NOUN", "PROPN") \
                    and _case(noun) == _case(first):
                return c
            return None
        if _is_punct(tok) and tok.text not in _ALLOWED_PUNCT or \
                tok.pos in ("VERB", "AUX") and not _is_participle(tok):
            return None
        c -= 1
    return None


def _place_of_adjective(tok: Token, models: Models) -> str | None:
    """The country or Russian region an adjective names, or None."""
    from soccoop import gazetteer

    country = country_of_adjective(models, tok.text)
    if country:
        return country
    lemma = _lemma(tok, models)
    region = gazetteer.resolve(lemma) if lemma.endswith(MASCULINE_ADJECTIVE_ENDINGS) else None
    if region is not None and lemma in {a.lower().replace("ё", "е") for a in region.adjectives}:
        return region.name
    return None


def _role_after(tokens: list[Token], j: int, text: str, models: Models,
                spans: list[tuple[int, int, str]], tree: _Tree | None = None,
                depth: int = 0, hung: bool = False, plural: bool = False,
                copula: bool = False) -> _Role | None:
    """Apposition after the name ending at tokens[j-1]: ", директор школы", "(глава ...)".
    Of appositions in a row (", генерал, замначальника штаба ВМС"), the first that names
    an organisation. ``hung``: the parse hangs the post on a name further back, not on
    the word before tokens[j]. ``copula``: tokens[j] is a pronoun whose post follows it
    with no dash ("Она заместитель министра")."""
    if j >= len(tokens) or tokens[j].text not in (",", "(", "—", "–", "-") and not (
            depth and tokens[j].text.lower() == "и") and not copula:
        return None
    j = _past_aside(tokens, j, models)
    j += _time_phrase(tokens, j + 1)
    one_of = _one_of(tokens, j + 1, models)
    j += one_of
    k = j + 1 + _acting_prefix(tokens, j + 1)
    while k < len(tokens) and \
            (_is_modifier(tokens[k], models) or k - j <= 3 and tokens[k].pos == "ADJ"
             and tokens[k].text.islower()):
        k += 1  # ", духовный лидер": any adjective of the post
    conj = _description_conjunction(tokens, k, models)
    if conj is not None and depth < 2:
        # "Владимир Ремек - космонавт и депутат Европарламента": the post after "и"
        return _role_after(tokens, conj, text, models, spans, None, depth + 1)
    if k < len(tokens) and not _is_head(tokens[k], models) and \
            not _graded_head(tokens, k, models) and depth < 2:
        # "Александра Брода, известного борца с ксенофобией, члена Общественной палаты"
        return _post_after_a_person_noun(tokens, k, text, models, spans, tree, depth,
                                         tokens[j].text in _DASHES)
    if k >= len(tokens) or not _is_head(tokens[k], models) and \
            not _graded_head(tokens, k, models):
        return None
    if _apposition_of_the_next_name(tree, tokens, k, spans) or \
            not hung and _disagreeing_apposition(tree, tokens, j, k, spans, models):
        return None
    if tokens[k].feats and tokens[k].feats.get("Number") == "Plur" and not one_of \
            and not plural:
        return None  # "Следуя предложению Медведева, депутаты ...": not an apposition
    end = k + 1 + _one_of(tokens, k + 1, models)  # "директор одного из интернатов"
    while end < len(tokens) and end - j <= MAX_WINDOW:
        tok = tokens[end]
        if _in_spans(tok, spans, ("PER",)):
            break
        if tok.pos == "NUM" and end > k + 1 and _one_of(tokens, end - 2, models):
            end += 1  # "одного из пяти"
            continue
        if _is_punct(tok):
            if tok.text not in _ALLOWED_PUNCT or tok.text in ("—", "–") and \
                    end + 1 < len(tokens) and tokens[end + 1].pos == "VERB":
                break
        elif tok.pos in _STOP_POS or tok.pos == "CCONJ" and end + 1 < len(tokens) \
                and _is_head(tokens[end + 1], models):
            break
        elif tok.pos == "ADP" and end + 1 < len(tokens) and \
                tokens[end + 1].text[:1].isdigit():
            break  # "директор РУСАДА с 1 марта 2011": a time, not the organisation
        end += 1
    name_end = end
    while name_end < len(tokens) and _in_spans(tokens[name_end], spans, ("PER",)):
        name_end += 1
    if name_end > end and tokens[j].text == "," and \
            _agrees(tokens[k], tokens[end:name_end], models) \
            and _case(tokens[end]) in _token_cases(tokens[k], models) | {None} and not (
                tree is not None and tree.tokens[end].rel == "nmod"
                and k <= tree.tokens[end].head < end):  # "заместитель Клишаса": his
        # "Обамы, генерального прокурора штата Иллинойс Патрика Фитцжеральда": a post
        # right before the next name is that name's
        return None
    if tree is not None:
        end = tree.phrase_end(k, end)
    role = _split_role(tokens[j + 1:end], text, models, spans)
    stronger = _post_after_a_description(role, tokens, end, text, models, spans, tree, depth)
    if stronger is not None:
        return stronger
    if role is not None and role.organization is None and depth < 2 and end < len(tokens) \
            and tokens[end].text == ",":
        nxt = _role_after(tokens, end, text, models, spans, tree, depth + 1)
        if nxt is not None and nxt.organization:
            return nxt
    return role


def _post_after_a_person_noun(tokens: list[Token], k: int, text: str, models: Models,
                              spans: list[tuple[int, int, str]], tree: _Tree | None,
                              depth: int, dashed: bool = False) -> _Role | None:
    """An apposition that describes the person by a common animate noun, no post, may be
    followed after a comma by one that names the post, in the same case: "для Александра
    Брода, известного борца с ксенофобией, члена Общественной палаты" → "член". The
    description (tokens[k] its noun) runs to the next comma with no verb, name or other
    punctuation in it. ``dashed``: the description is a predicate after a dash, and a
    predicate clause of the same subject may stand between it and the post
    (``_predicate_clause_end``)."""
    noun = tokens[k]
    if noun.pos != "NOUN" or not noun.text.islower() or \
            (noun.feats or {}).get("Animacy") != "Anim" and not _animate_compound(noun, models):
        return None
    for n in range(k + 1, min(len(tokens), k + MAX_WINDOW)):
        tok = tokens[n]
        if tok.text == ",":
            if dashed:
                n = _predicate_clause_end(tokens, n, spans) or n
            role = _role_after(tokens, n, text, models, spans, tree, depth + 1)
            head = next((t for t in tokens[n:] if role is not None and t.start >= role.start
                         and _is_head(t, models)), None)
            if role is None or head is None or \
                    not _token_cases(head, models) & _token_cases(noun, models):
                return None  # the post agrees with the description: the same person's
            return role
        if _in_spans(tok, spans, ("PER",)) or tok.pos in ("VERB", "AUX") or \
                _is_punct(tok) and tok.text not in _ALLOWED_PUNCT or _is_head(tok, models):
            return None
    return None


def _animate_compound(tok: Token, models: Models) -> bool:
    """animate_compound: a hyphenated noun the tagger does not know is animate when its
    first part is an animate noun by the dictionary: "предприниматель-миллиардер",
    "инженер-строитель" describe a person, as "предприниматель" does."""
    first = tok.text.lower().split("-")[0]
    return "-" in tok.text and any(p.tag.POS == "NOUN" and "anim" in p.tag
                                   for p in models.parse(first))


def _predicate_clause_end(tokens: list[Token], comma: int,
                          spans: list[tuple[int, int, str]]) -> int | None:
    """predicate_clause_end: after a dash, the nouns describing the subject may be
    joined by a clause of its own finite verb in the singular, up to the next comma:
    "Иван Петров — предприниматель, входит в число богатейших людей края, бывший мэр
    Тулы" → the comma before "бывший мэр". The clause holds no name, no other
    punctuation and no second verb; returns that comma's index, else None."""
    n = comma + 1
    feats = tokens[n].feats or {} if n < len(tokens) else {}
    if n >= len(tokens) or tokens[n].pos not in ("VERB", "AUX") or \
            feats.get("VerbForm") != "Fin" or feats.get("Number") != "Sing":
        return None
    for m in range(n + 1, min(len(tokens), n + MAX_WINDOW)):
        tok = tokens[m]
        if tok.text == ",":
            return m
        if _in_spans(tok, spans, ("PER",)) or tok.pos in ("VERB", "AUX") or _is_punct(tok):
            return None
    return None


def _description_conjunction(tokens: list[Token], k: int, models: Models) -> int | None:
    """The "и" after a description that is no post, when a post may follow it: "Иван
    Петров - космонавт и депутат", "Иван Петров, ветеран бюро и нынешний начальник
    службы безопасности" (the description may keep one or two genitive words of its own).
    Returns the index of "и", else None."""
    if k >= len(tokens) or _is_head(tokens[k], models) or tokens[k].pos != "NOUN":
        return None
    n = k + 1
    while n < len(tokens) and n - k <= 2 and tokens[n].pos in ("NOUN", "PROPN") and \
            tokens[n].text.lower() != "и" and not _is_head(tokens[n], models) and \
            _case(tokens[n]) in ("Gen", None) and _case(tokens[n - 1]) != "Gen":
        n += 1
    return n if n < len(tokens) and tokens[n].text.lower() == "и" else None


def _name_before(tokens: list[Token], j: int, spans: list[tuple[int, int, str]]) -> int:
    """The first token of the PER span that ends at tokens[j-1] (j when there is none)."""
    i = j
    while i > 0 and _in_spans(tokens[i - 1], spans, ("PER",)) and \
            not _is_punct(tokens[i - 1]):
        i -= 1
    return i


def _apposition_of_the_next_name(tree: _Tree | None, tokens: list[Token], k: int,
                                 spans: list[tuple[int, int, str]]) -> bool:
    """Is the post at tokens[k], after a name and a comma, the post of the next name the
    parse sets in apposition to it, with no comma between? "Стивен Элоп, руководитель
    подразделения Microsoft Entertainment Робби Бах" — the post is Бах's, not Элоп's."""
    if tree is None:
        return False
    for n in range(k + 1, min(len(tokens), k + MAX_WINDOW)):
        tok = tokens[n]
        if tok.text in (",", ";", ":", "(", ")") or tok.pos in ("VERB", "AUX"):
            return False
        if _in_spans(tok, spans, ("PER",)) and tree.tokens[n].head == k and \
                tree.tokens[n].rel == "appos":
            stop = n
            while stop < len(tokens) and _in_spans(tokens[stop], spans, ("PER",)):
                stop += 1
            return _agrees(tokens[k], tokens[n:stop], tree.models)
    return False


def _disagreeing_apposition(tree: _Tree | None, tokens: list[Token], j: int, k: int,
                            spans: list[tuple[int, int, str]], models: Models) -> bool:
    """An apposition agrees in case with its name: a nominative post after a genitive
    name hung on a noun before it is the post of the person that noun describes, not the
    name's. "Ли Пэн, соратник Цзян Цзэминя, премьер Госсовета" — Ли Пэн was the premier.
    Only when the name cannot be read in the post's case and the parse hangs the post
    elsewhere (or there is no parse)."""
    i = _name_before(tokens, j, spans)
    if i >= j:
        return False
    if tree is None:
        return not _agrees(tokens[k], tokens[i:j], models)
    # the tagger's cases in context, the readings being too loose for foreign names; a
    # post in the nominative or instrumental only, forms no other case shares (an
    # animate genitive and accusative are one form)
    post_case, name_case = _case(tokens[k]), _case(tokens[j - 1])
    return post_case in ("Nom", "Ins") and name_case not in (None, post_case) \
        and not i <= tree.tokens[k].head < j


def _post_after_a_description(role: _Role | None, tokens: list[Token], end: int, text: str,
                              models: Models, spans: list[tuple[int, int, str]],
                              tree: _Tree | None, depth: int) -> _Role | None:
    """A description of a trade joined by "и" to a post: the post says what the person
    holds ("Пётр Орлов — дипломат и посол Чехии в Дании" → "посол"). Only after a weak
    head (``WEAK_HEADS``); two real posts keep the first."""
    if role is None or not _membership(role) or depth >= 2 or end >= len(tokens) or \
            tokens[end].text.lower() != "и":
        return None
    # the parser often hangs a conjunct far away: the window reads its phrase
    nxt = _role_after(tokens, end, text, models, spans, None, depth + 1)
    return nxt if nxt is not None and not _membership(nxt) else None


def _description_before_name(tokens: list[Token], comma: int, i: int, models: Models) -> bool:
    """Between a post's phrase and the name, after a comma, a description that is no
    post: "директор школы, заслуженный учитель Иван Петров", "глава отдела, известный
    изобретатель и футуролог Рэй Курцвейл" — the post before the comma is the name's.
    Only lower-case adjectives and nouns (and "и") in the name's case, and only after a
    post's phrase with a complement (not a row of bare posts: "губернатор, мэр, фотограф
    Иван Петров" names no post of his). nerel55: never one opened by a conjunction — in
    "Анна Орлова, директор лицея, и иерей Пётр Зимин" the "и" joins another person to the
    list, and the post before the comma is hers."""
    words = tokens[comma + 1:i]
    if words and words[0].pos == "CCONJ":
        return False  # nerel55: the conjunction joins another person to the list
    if not 0 < len(words) <= 5 or comma < 2 or _is_head(tokens[comma - 1], models) or \
            _is_punct(tokens[comma - 1]) and tokens[comma - 1].text not in ("»", '"', "”"):
        return False
    if _academic_degree(words, models):
        return _case(words[0]) in (_case(tokens[i]), None) and _case(tokens[i]) is not None
    nouns = [t for t in words if t.pos == "NOUN"]
    if not nouns or words[-1].pos != "NOUN":
        return False
    for t in words:
        if _is_head(t, models) or not t.text.islower() and t.text != "и" or \
                t.pos not in ("ADJ", "NOUN", "CCONJ") or \
                t.pos == "CCONJ" and t.text.lower() != "и":
            return False
    return all(_case(t) in (_case(tokens[i]), None) for t in nouns) and \
        _case(tokens[i]) is not None


def _academic_degree_before(tokens: list[Token], comma: int, described: int, i: int,
                            models: Models) -> bool:
    """nerel68 academic_degree_before: a scholar's degree and title may come one after
    another, each set off by a comma, between a post and the name: "ректор университета,
    доктор технических наук, профессор Иван Петров", "заведующая кафедрой, кандидат
    филологических наук, доцент Анна Котова". ``_description_before_name`` takes the
    last of them (the comma at ``described``); the words from the comma at ``comma`` up
    to it are one more when they are a degree or an academic title too
    (``_academic_degree``) in the name's case, after a post's phrase (a word that is no
    post's head and no punctuation before the comma). Then the post before them is the
    name's, not the title "профессор"."""
    words = tokens[comma + 1:described]
    if comma < 2 or not words or _is_head(tokens[comma - 1], models) or \
            _is_punct(tokens[comma - 1]) and tokens[comma - 1].text not in ("»", '"', "”"):
        return False
    return _academic_degree(words, models) and \
        _case(words[0]) in (_case(tokens[i]), None) and _case(tokens[i]) is not None


def _academic_degree(words: list[Token], models: Models) -> bool:
    """off44 academic_degree: are the words a scholar's degree or title and nothing else —
    "доктор исторических наук", "кандидат технических наук" (``DEGREE_HEADS``, lower-case
    adjectives, "наук"), or one academic title ("профессор", ``ACADEMIC_TITLES``)? Set
    between a post and the name after a comma, they describe the person: "заведующая
    кафедрой истории, доктор исторических наук Анна Петрова" holds the chair."""
    if len(words) == 1:
        return words[0].text.islower() and _lemma(words[0], models) in ACADEMIC_TITLES
    return len(words) >= 2 and words[0].text.islower() and \
        _lemma(words[0], models) in DEGREE_HEADS and \
        _lemma(words[-1], models) == DEGREE_FIELD and \
        all(t.text.islower() and (t.pos == "ADJ" or t.pos == "NOUN" and _case(t) == "Gen")
            for t in words[1:-1])  # nerel68: "филологических" tagged a noun


def _quantified_post(tokens: list[Token], k: int, models: Models) -> int | None:
    """The post a "один из [пяти] ..." group after it complements, when tokens[k] is a
    word of the group's opening: "глава одного из трёх крупнейших банков страны Иван
    Петров" — the group is the post's genitive, so the window runs on to "глава".
    Returns the index of the post's head, else None."""
    for m in range(k, max(0, k - 2) - 1, -1):
        if m >= 1 and m + 1 < len(tokens) and _lemma(tokens[m], models) == "один" and \
                tokens[m + 1].text.lower() == "из" and \
                all(t.pos == "NUM" for t in tokens[m + 2:k + 1]) and \
                _is_head(tokens[m - 1], models) and _case(tokens[m]) in ("Gen", None):
            return m - 1
    return None


_YEAR = re.compile(r"^\d{4}(?:[-–—]\d{2,4})?(?:-[хе])?$")


def _time_phrase(tokens: list[Token], k: int) -> int:
    """Number of tokens of a time phrase at tokens[k], which dates a post in a clause or
    an apposition and is no part of it: adverbs of time ("тогда", "ранее"), a fixed phrase
    ("в прошлом", "на тот момент") or a preposition with years ("в 2010 году", "с 2005
    по 2010 год", "в 2010–2015 годах", "с 2010 г."), one after another. "назначенный в
    2010 году министром финансов" → 3, "министром"'s index follows."""
    n = k
    while n < len(tokens) and n - k < 12:
        low = tokens[n].text.lower()
        if low in TIME_ADVERBS:
            n += 1
            continue
        fixed = next((len(p) for p in TIME_PHRASES if tuple(
            t.text.lower() for t in tokens[n:n + len(p)]) == p), 0)
        if fixed:
            n += fixed
            continue
        if low in TIME_PREPOSITIONS and n + 1 < len(tokens) and _YEAR.match(tokens[n + 1].text):
            m = n + 2
            while m < len(tokens) and (tokens[m].text.lower().rstrip(".") in YEAR_WORDS
                                       or tokens[m].text == "." and
                                       tokens[m - 1].text.lower() in YEAR_ABBREVIATIONS):
                m += 1
            n = m
            continue
        break
    return n - k


def _past_aside(tokens: list[Token], j: int, models: Models) -> int:
    """A bracketed aside right after a name that a dash or comma follows is skipped: the
    apposition comes after it ("Никита Камаев (14 февраля 2016 года, 52 года) —
    исполнительный директор РУСАДА"). Returns the index of that dash or comma, else j.
    A bracket that opens with a post is the apposition itself, not an aside: "Иван Петров
    (министр финансов), Анна Котова (министр юстиции)"."""
    if tokens[j].text != "(" or j + 1 < len(tokens) and (
            _is_head(tokens[j + 1], models) or _is_modifier(tokens[j + 1], models)
            or _acting_prefix(tokens, j + 1)):
        return j
    depth = 0
    for n in range(j, min(len(tokens), j + MAX_WINDOW)):
        t = tokens[n].text
        depth += (t == "(") - (t == ")")
        if depth == 0:
            if n + 1 < len(tokens) and tokens[n + 1].text in (",", "—", "–"):
                return n + 1
            return j
    return j


def _post_of_a_woman_subject(toks: list[Token], up: int, models: Models) -> bool:
    """Is the post ``up`` (in the nominative) the subject of a verb in the feminine
    singular? Then a woman holds it, and a name hung on the post's genitive is hers, in the
    nominative: "Как пояснила первый заместитель министра Айталина Николаева" (not the
    minister Айталин Николаев's genitive)."""
    post = toks[up]
    verb = post.head
    return _is_head(post, models) and post.feats.get("Case") == "Nom" and post.rel == "nsubj" and \
        0 <= verb < len(toks) and toks[verb].pos in ("VERB", "AUX") and \
        toks[verb].feats.get("Gender") == "Fem" and toks[verb].feats.get("Number") == "Sing"


def _membership(role: _Role) -> bool:
    """Is the role a membership rather than a post ("представитель Демократической партии
    Апхисит Ветчачива, занимавший пост премьера"): a post stated beside it wins."""
    words = _post_words(role.position)
    return bool(words) and words[0] in WEAK_HEADS
