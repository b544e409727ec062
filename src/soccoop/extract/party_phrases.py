"""Party phrases: the organisations and regions a sentence names around an agreement noun.

A party is read from the words: an organisation name with its genitive tail and governing
body (``_extend_party``, ``_org_head_before``, ``_governing_body``), a region phrase, a
quoted name with its legal form (``_quoted_parties``), a state or a town
(``_state_side``), a body spelled out from its head words (``spelled_acronym_side``);
asides and quoted titles are kept out (``_in_aside``, ``_quoted_name_close``). This step
stands apart from extract.agreements because it only turns words into ``_Party`` values:
it knows nothing of the agreement's status, signers or dates, and every later step (sides,
signers, merging) calls it.
"""

from __future__ import annotations

import re

from soccoop.extract.agreement_types import (
    _mentions_in,
    _Party,
    _region_at,
    _spans_in,
    _token_index,
    legal_form,
)
from soccoop.extract.lexicon import (
    BODY_HEADS,
    BRANCH_HEADS,
    COLLOQUIAL_BODIES,
    COOPERATION_NOUNS,
    FOREIGN_AREA_HEADS,
    IN_PREPOSITIONS,
    LIST_JOINERS,
    OCCASION_NOUNS,
    ORG_HEADS,
    PARTY_LIST_OPENERS,
    PLACE_HEADS,
    POST_REACH,
    QUOTED_BODY_HEADS,
    REFERRING_BODY_WORDS,
    REGIONAL_POSTS,
    SIGN_VERBS,
    SUBJECT_VERBS,
    TRIGGERS,
)
from soccoop.extract.lexicon_endings import GENITIVE_ADJECTIVE_ENDINGS, MASCULINE_ADJECTIVE_ENDINGS
from soccoop.extract.lexicon_officials import (
    COMMEMORATIVE_WORDS,
)
from soccoop.extract.lexicon_sides import (
    BEHALF_GAP_LEMMAS,
    BEHALF_GAP_MARKS,
    BODY_GROUP_NOUNS,
    KIND_WORDS_REACH,
    MUNICIPAL_ADJECTIVES,
    MUNICIPAL_FORMATION,
    MUNICIPAL_NOUNS,
    NESTED_NAME_QUOTES,
    PARTNER_PREPOSITIONS,
    REGION_UNIT_NOUNS,
    SIDE_WORD_PREPOSITIONS,
    TOWN_KIND_NOUNS,
)
from soccoop.extract.lexicon_signers import QUOTE_MARKS
from soccoop.extract.nlp import (
    Analysis,
    HeldPerDocument,
    Models,
    NerSpan,
    Sentence,
    Token,
    sentence_at,
)
from soccoop.extract.normalize import (
    acronym_words,
    inflect_word,
    is_acronym,
    ministry_abbreviation,
    nominative_phrase,
)
from soccoop.extract.orgs import country_name
from soccoop.extract.regions import get_matcher
from soccoop.models import (
    RegionRef,
)


def _is_gen(tok: Token) -> bool:
    return tok.feats.get("Case") == "Gen"


def _extend_party(sent: Sentence, i: int, j: int, spans: list[NerSpan],
                  named: bool = False, head: int | None = None) -> int:
    """Grow a name phrase [i, j) over the genitive words and names that depend on it.
    ``named``: the phrase already ends in a place's name, so its body's own words are over
    and "и министерства ..." after it begins the next side ("делегации министерства ...
    Самарской области и министерства ... Оренбургской области"). ``head``: the phrase's
    first word, when known (``_name_of_its_own``)."""
    toks = sent.tokens
    while j < len(toks):
        t = toks[j]
        in_span = next((s for s in spans if s.start <= t.start < s.stop), None)
        if in_span is not None and in_span.type in {"LOC", "ORG"}:
            if head is not None and j > head and in_span.type == "ORG" and \
                    _name_of_its_own(toks, head, j):
                break  # agr65: "в Доме Правительства Министерство труда ... заключило"
            if in_span.type == "ORG" and _place_where(toks, i if head is None else head):
                break  # agr91: "в Омске ООО «Север» и ... подписали": the place of the event
            j = _token_index(sent, in_span.stop)
            named = named or in_span.type == "LOC"
            continue
        if not named and t.text in LIST_JOINERS and j + 1 < len(toks) and \
                _is_gen(toks[j + 1]) and toks[j + 1].text.islower() and \
                toks[j + 1].pos in {"NOUN", "ADJ"}:
            # "Министерство труда, социального развития и занятости населения Республики
            # Алтай": the list of a body's fields goes on to its region
            j += 1
            continue
        if not named and t.text in LIST_JOINERS and \
                _genitive_conjunct(toks, i if head is None else min(i, head), j + 1):
            j += 1  # region69: "совет ветеранов войны, труда, Вооружённых сил и ..."
            continue
        if t.pos == "PROPN" and t.feats.get("Animacy") == "Anim":
            break  # "министра труда Республики Татарстан Эльмиры ...": a person, not the body
        if t.pos in {"NOUN", "PROPN", "ADJ"} and (_is_gen(t) or t.text.isupper()):
            j += 1
            continue
        if t.text in {"-", "—", "–"} and j + 1 < len(toks) and toks[j + 1].text[:1].isupper():
            j += 1
            continue
        if t.lemma == "в" and j + 1 < len(toks) and not named and \
                toks[j + 1].feats.get("Case") == "Loc" and any(
                    toks[x].lemma in REGIONAL_POSTS for x in range(max(0, i - POST_REACH), j)):
            # agr34: "Уполномоченный по правам человека в Чувашской Республике": the post's
            # region is part of its name
            nxt = next((s for s in spans if s.start <= toks[j + 1].start < s.stop), None)
            if nxt is not None and nxt.type == "LOC":
                j = _token_index(sent, nxt.stop)
                named = True
                continue
        if t.lemma == "по" and j + 1 < len(toks) and toks[j + 1].feats.get("Case") == "Dat":
            # "Отделение Социального фонда России по Курской области": part of the name
            nxt = next((s for s in spans if s.start <= toks[j + 1].start < s.stop), None)
            if nxt is not None and nxt.type == "LOC":
                j = _token_index(sent, nxt.stop)
                continue
        break
    return j


def _place_where(toks: list[Token], i: int) -> bool:
    """agr91: does the phrase at i open with a place in the locative after "в" ("в Омске",
    "в Тюменской области"), where an event happens? No body's name begins with it, so a
    name after it is a name of its own: "11 мая в Омске ООО «Север» и центр занятости
    подписали договор"."""
    return 0 < i < len(toks) and toks[i - 1].lemma in IN_PREPOSITIONS and \
        toks[i - 1].rel == "case" and toks[i].feats.get("Case") == "Loc"


def _genitive_conjunct(toks: list[Token], i: int, k: int) -> bool:
    """region69: the capitalised genitive word at k, after a comma or "и", opens a conjunct
    the tree hangs on a word of the phrase [i, k): the list of the body's fields goes on,
    names with capitals included ("Совет ветеранов войны, труда, Вооружённых сил и
    правоохранительных органов": "сил" is a conjunct of "войны"). A genitive that the tree
    makes a conjunct of nothing inside the phrase begins another side."""
    if k >= len(toks) or not _is_gen(toks[k]) or toks[k].pos not in {"NOUN", "ADJ"} \
            or not toks[k].text[:1].isupper() or not toks[k].text[1:].islower():
        return False  # an abbreviation ("СФР и АлтГУ") is a side of its own
    h = toks[k].head if toks[k].rel == "amod" else k
    if not (k <= h < len(toks)) or toks[h].rel != "conj" or not _is_gen(toks[h]):
        return False
    up = toks[h].head
    # the fields are common words: "комитеты Тамбовской областной Думы и Законодательного
    # Собрания Пензенской области" names two bodies, not one
    return i <= up < k and _is_gen(toks[up]) and toks[up].text.islower()


def _name_of_its_own(toks: list[Token], i: int, j: int) -> bool:
    """agr65: a name that starts right after another in the nominative, the other in an
    oblique case, depends on nothing before it: it is the clause's subject, and the name
    before is a place or another side ("В Доме Правительства Министерство труда ...
    заключило соглашения": the venue and the signing ministry, not one body). A body's own
    names after its head are genitive ("Министерство труда Республики Татарстан"); an
    abbreviation (no case to read) and a place's name ("администрацией города Великие
    Луки", the place in apposition) go on as before (the caller reads organisations only)."""
    first, nxt = toks[i], toks[j]
    return nxt.text[:1].isupper() and not nxt.text.isupper() and \
        nxt.feats.get("Case") == "Nom" and first.feats.get("Case") not in {None, "Nom"}


def _body_after_region_adjective(sent: Sentence, j: int) -> int:
    """pair62: a region's adjective that opens a body's name, the NER tagging only the
    adjective as a place: "Ставропольская краевая организация Всероссийского общества
    слепых", "Пермское региональное отделение Союза пенсионеров". The place's last word
    (before j) is an adjective; lower-case adjectives may follow, then the head noun of a
    body (``lexicon.ORG_HEADS``, ``BODY_HEADS``, no place noun), all in the adjective's case
    and number (morphology). Returns the index after the head noun, or j when the place
    is no such adjective ("Ставропольский край", "в Ставропольском крае"). hidden41: the
    phrase is then a body (``_parties_in``), also when the gazetteer reads its adjective as
    no federal subject: "соглашение с Мордовским республиканским отделением Союза
    пенсионеров" names the branch, whatever place "Мордовским" is taken for."""
    toks = sent.tokens
    if _bracket_ends(toks, j):
        j -= 1  # region69: the span ran to the bracket, "Казанским (Приволжским)"
    a = j - 3 if _bracket_closed_at(toks, j) else j - 1  # agr65: "Казанским (Приволжским"
    if a < 0 or j >= len(toks) or not _adjective_like(toks[a]):
        return j
    case, number = toks[a].feats.get("Case"), toks[a].feats.get("Number")
    n = j + 1 if a == j - 3 else _after_bracketed_adjective(toks, j, case)
    while n < len(toks) and toks[n].pos == "ADJ" and toks[n].text.islower() and \
            toks[n].feats.get("Case") == case:
        n += 1
    if n >= len(toks):
        return j
    head = toks[n]
    if head.pos != "NOUN" or head.lemma not in (ORG_HEADS | BODY_HEADS) - PLACE_HEADS or \
            head.feats.get("Case") != case or head.feats.get("Number") != number:
        return j
    return n + 1


def lone_adjective_body(sent: Sentence, i: int, j: int) -> bool:
    """hidden41: the NER tagged a body's first adjective alone as the organisation
    ("с фондом «Опора» и Липецким областным отделением Российского союза ветеранов": only
    "Липецким"), so the body's name runs on past it, through its lower-case adjectives to
    its head noun (``_body_after_region_adjective``), as for an adjective tagged a place.
    The span [i, j) is one word that only an adjective reading has (``_adjective_like``)."""
    return j - i == 1 and _adjective_like(sent.tokens[i])


def _bracket_ends(toks: list[Token], j: int) -> bool:
    """region69: a span ends with the closing bracket of one bracketed word after an
    adjective ("Казанским (Приволжским)" | "федеральным университетом")."""
    return 1 <= j and toks[j - 1].text == ")" and _bracket_closed_at(toks, j - 1)


def _adjective_like(tok: Token) -> bool:
    """An adjective, or a capitalised word the tagger calls a proper noun whose lemma is an
    adjective's ("Казанским" of "с Казанским (Приволжским) федеральным университетом")."""
    return tok.pos == "ADJ" or \
        tok.pos == "PROPN" and tok.lemma.endswith(MASCULINE_ADJECTIVE_ENDINGS)


def _bracketed_word(tok: Token, case: str | None) -> bool:
    """A word that may be an adjective of a body's name in brackets: tagged an adjective
    or, capitalised, a proper noun, in the case of the place adjective before it."""
    return tok.pos in {"ADJ", "PROPN"} and tok.feats.get("Case") == case


def _bracket_closed_at(toks: list[Token], j: int) -> bool:
    """Is toks[j] the closing bracket of one word opened two tokens before, the NER's place
    having run to the bracketed word ("Казанским (Приволжским" | ")")?"""
    return j < len(toks) and toks[j].text == ")" and j >= 3 and toks[j - 2].text == "(" \
        and _bracketed_word(toks[j - 1], toks[j - 3].feats.get("Case"))


def _after_bracketed_adjective(toks: list[Token], n: int, case: str | None) -> int:
    """agr65: a second adjective in brackets inside a body's name, after the region's
    adjective: "с Казанским (Приволжским) федеральным университетом", "Северный
    (Арктический) федеральный университет" (the NER tags only the place adjective, or
    runs to the bracketed word: ``_bracket_closed_at``). The bracketed word is in the
    place adjective's case (morphology). Returns the index after the closing bracket, or
    n when no such bracket opens at n."""
    if n + 2 < len(toks) and toks[n].text == "(" and toks[n + 2].text == ")" and \
            _bracketed_word(toks[n + 1], case):
        return n + 3
    return n


# Words from a region name back to its body's head noun, at most: a body's list of fields
# runs long ("департамент социальной защиты, опеки и попечительства, труда и занятости
# Орловской области": eleven words).
HEAD_REACH = 16


def _org_head_before(sent: Sentence, i: int, spans: list[NerSpan]) -> int:
    """"министерством социальной защиты населения [Запорожской области]": the body's head
    noun a few dependent words before a region name (the NER often tags only the region).

    Only for a genitive name; walks back over dependent words ("труда и социального
    развития", "по труду и занятости населения") to an ORG_HEADS noun, never across another
    name, punctuation or a verb. An "и" right before the name joins two parties, not
    two words of one name ("министерством труда и Краснодарским краем").
    """
    toks = sent.tokens
    if i == 0 or toks[i].feats.get("Case") != "Gen" or toks[i - 1].lemma == "и":
        return i
    j = i - 1
    while j >= 0 and i - j <= HEAD_REACH:
        t = toks[j]
        if any(sp.start <= t.start < sp.stop for sp in spans):
            return i
        if t.lemma in ORG_HEADS and t.pos in {"NOUN", "PROPN"}:
            return j
        if not ((t.lemma == "и" and t.pos == "CCONJ") or (t.lemma == "по" and t.pos == "ADP")
                or (t.text == "," and i - j > 1)  # "по труду, занятости и ..."
                or (t.pos in {"NOUN", "ADJ", "PROPN"} and t.feats.get("Case") != "Nom")):
            return i
        j -= 1
    return i


def _phrase_start(sent: Sentence, i: int, spans: list[NerSpan] | None = None) -> int:
    """Include what governs a name span: "администрацией Луганска", "столичного Департамента"."""
    toks = sent.tokens
    body = municipal_body_start(sent, i)
    if body != i:
        return body
    if i > 0 and (toks[i - 1].lemma in ORG_HEADS or ministry_abbreviation(toks[i - 1].text)) \
            and toks[i].feats.get("Case") == "Gen":
        i -= 1
        while i > 0 and toks[i - 1].lemma in ORG_HEADS and toks[i].feats.get("Case") == "Gen" \
                and toks[i].lemma in PLACE_HEADS:
            i -= 1  # "администрация города Пензы": the body of the town
        i = _body_over_body(sent, i, spans or [])
    else:
        i = _org_head_before(sent, i, spans or [])
    while i > 0 and toks[i - 1].pos == "ADJ" and toks[i].pos in {"ADJ", "NOUN", "PROPN"}:
        i -= 1
    return _governing_body(sent, i)


def municipal_body_start(sent: Sentence, i: int) -> int:
    """hid92: a town named in apposition to its kind ("город", "село", "посёлок": the
    nominative after it, as a municipality's official name writes it) under a body of the
    municipality is that body's name: "с администрацией городского округа город Ливны"
    gives "Администрация городского округа город Ливны", not the town. Walks back from
    the kind word over the unit's genitive words ("городского округа", ``PLACE_HEADS``
    and adjectives) to a body's head noun (``ORG_HEADS``); ``i`` when there is none ("в
    город Ливны", "жители села Каменка"). rounds42: so is a name in apposition to the
    unit's own genitive word with no kind word between (``_unit_apposition``):
    "администрация городского округа Ивантеевка", "администрацией муниципального
    образования Каменский район"; failing a unit's words, the walk to the head takes the
    body's own genitive words (``_org_head_before``: "центр занятости населения города
    Ивантеевка")."""
    toks = sent.tokens
    if i < 2 or not toks[i].text[:1].isupper():
        return i
    if toks[i - 1].lemma in TOWN_KIND_NOUNS and toks[i - 1].text.islower() and i >= 3:
        k = i - 2
    elif _unit_apposition(toks, i):
        k = i - 1
    else:
        return i
    unit = False
    while k >= 0 and toks[k].feats.get("Case") == "Gen" and (
            toks[k].pos == "ADJ" or _unit_noun(toks, k)):
        unit = unit or toks[k].pos == "NOUN"
        k -= 1
    if k >= 0 and unit and toks[k].lemma in ORG_HEADS and toks[k].pos in {"NOUN", "PROPN"}:
        return k  # capitalised, the tagger may call the head a proper noun
    if k == i - 1 or not _unit_apposition(toks, i):
        return i
    # "центр занятости населения города Ивантеевка": the body's own genitive words
    h = _org_head_before(sent, i - 1, [])
    return h if h < i - 1 and toks[h].lemma not in PLACE_HEADS else i


def _unit_noun(toks: list[Token], k: int) -> bool:
    """rounds42: a municipal unit's kind word (``PLACE_HEADS``: "города", "округа",
    "района"), or "образования" of "муниципального образования"."""
    t = toks[k]
    if t.pos != "NOUN":
        return False
    return t.lemma in PLACE_HEADS or t.lemma in MUNICIPAL_FORMATION and k > 0 and \
        toks[k - 1].lemma in MUNICIPAL_ADJECTIVES


def _unit_apposition(toks: list[Token], i: int) -> bool:
    """rounds42 (``municipal_body_start``): the place's name at i stands in apposition
    right after its unit's kind word in the genitive, as an official name writes it:
    "администрацией городского округа Ивантеевка", "управление опеки города Старый
    Оскол", "администрация муниципального образования Дубовский район". The name is not
    in the genitive (a genitive after a unit word is another place: "района Самары" is a
    district of the town); a misread nominative of a genitive name is read the same. A
    region's noun is no such unit, and a body's head is no place's name: in "в Доме
    Правительства края Министерство труда ... подписало" the ministry begins a name of
    its own."""
    unit, name = toks[i - 1], toks[i]
    return _unit_noun(toks, i - 1) and unit.text.islower() and \
        unit.lemma not in REGION_UNIT_NOUNS and unit.feats.get("Case") == "Gen" and \
        name.feats.get("Case") != "Gen" and name.lemma not in ORG_HEADS | BODY_HEADS


def district_body(sent: Sentence, i: int, named: int, j: int) -> bool:
    """recpool94: a body's head noun right before a district or municipal district named
    by its adjective, in the genitive, is that district's body, a side of its own though
    the district is no federal subject: in "Отделение фонда, администрация Ивановского
    района и благочиние договорились подписать соглашение" the administration signs. The
    phrase runs from the head (token i, ``ORG_HEADS``, reached by ``_phrase_start``) to the
    place name's end (token j, exclusive), whose last word is a district noun
    (``MUNICIPAL_NOUNS``: район, округ) in the singular genitive, the name (token named on)
    adjectives only: "администрацией Ивановского муниципального района". Not a town
    ("администрация города Иваново" is read by ``municipal_body_start``) nor a plural
    ("администрациями районов", ``municipal_bodies``)."""
    toks = sent.tokens
    if not i < named < j <= len(toks) or toks[i].lemma not in ORG_HEADS or \
            toks[i].pos not in {"NOUN", "PROPN"} or named != i + 1:  # capitalised: PROPN
        return False
    last = toks[j - 1]
    return last.lemma in MUNICIPAL_NOUNS and last.feats.get("Case") == "Gen" and \
        last.feats.get("Number") == "Sing" and \
        all(t.pos == "ADJ" for t in toks[named:j - 1]) and j - 1 > named


def behalf_district(models: Models, analysis: Analysis, at: int, body: str) -> _Party | None:
    """side95: the side a signer stands for in a clause opened by "со стороны" naming a
    district is that district, not the unit of it his post names: in "со стороны
    Ивановского округа – начальник управления образования округа Иван Петров" (or "...
    округа документ подписал начальник ...") the side is "Ивановский округ", which the
    record joins to the district's administration. The post (its text starting at offset
    at) must follow the side after dashes, commas or the words of a signing ("документ
    подписал"); the district is adjectives and a singular genitive ``MUNICIPAL_NOUNS`` word
    after "со стороны"; the post's body (body) names the district only by that bare noun
    ("управление ... округа"). A region is no district ("со стороны Омской области —
    министр": the ministry stays, ``official_orgs._body_of_the_side``), nor is a body named
    in full ("начальник управления Ивановского округа")."""
    words = body.split()
    if len(words) < 2 or models.lemma(words[-1]).lower() not in MUNICIPAL_NOUNS or \
            any(w[:1].isupper() for w in words[1:]):
        return None
    n = sentence_at(analysis.sentences, at)
    if n < 0:
        return None
    toks = analysis.sentences[n].tokens
    k = next((x for x, t in enumerate(toks) if t.start >= at), len(toks)) - 1
    while k >= 0 and (toks[k].text in BEHALF_GAP_MARKS or toks[k].lemma in
                      SIGN_VERBS | BEHALF_GAP_LEMMAS):
        k -= 1
    end = k
    if end < 3 or toks[end].lemma != models.lemma(words[-1]).lower() or \
            toks[end].feats.get("Case") != "Gen" or toks[end].feats.get("Number") != "Sing":
        return None
    k -= 1
    while k >= 0 and toks[k].pos == "ADJ":
        k -= 1
    if k == end - 1 or k < 1 or toks[k].lemma != "сторона" or \
            toks[k - 1].text.lower() not in SIDE_WORD_PREPOSITIONS:
        return None
    group = toks[k + 1:end + 1]
    return _Party(nominative_phrase(models, group, analysis.text), [], group[0].start,
                  group[-1].stop, models)


def _body_over_body(sent: Sentence, i: int, spans: list[NerSpan]) -> int:
    """agr81: a genitive body's head taken before a region name may itself depend on a
    body a few words before it: "с комитетом социальной защиты населения
    правительства Псковской области" is the committee of the government, not the
    government. The walk back is ``_org_head_before``'s (dependent words only, no "и"
    right before, never across a name); a head in the nominative stays as it is, and so
    does a place ("центра занятости населения города Томска" keeps the town, whose body
    is read as a body of the town)."""
    if sent.tokens[i].feats.get("Case") != "Gen":
        return i
    if sent.tokens[i].lemma in PLACE_HEADS:
        return _unnamed_body_of_town(sent, i, spans)
    return _org_head_before(sent, i, spans)


def _unnamed_body_of_town(sent: Sentence, i: int, spans: list[NerSpan]) -> int:
    """draft97: a town's kind word in the genitive ("города", token i) under a body the NER
    left untagged, written in lower case, is part of that body's name: "с департаментом
    образования города Твери" is the department of the town's education, not the town
    ("Город Твери"). The walk back is ``_org_head_before``'s (dependent genitive words to a
    body's head noun, never across a name the NER tagged: a tagged body before the town,
    "Центром занятости населения города Томска", is read from its own span and keeps the
    town as it was); the head must be no place word itself."""
    h = _org_head_before(sent, i, spans)
    if h < i and sent.tokens[h].lemma not in PLACE_HEADS:
        return h
    return i


def _governing_body(sent: Sentence, i: int) -> int:
    """agr48: the body a genitive body's name depends on, whose head noun stands right
    before it: "между управлением государственной службы занятости населения Нижегородской
    области и ..." is the directorate of the service, not the service ("Управление
    государственной службы занятости ..."); likewise "отделением фонда ...". Only a head
    noun of a body (``ORG_HEADS``) right before a genitive phrase that opens with one (its
    adjectives first)."""
    toks = sent.tokens
    h = i
    while h < len(toks) and toks[h].pos == "ADJ":
        h += 1
    if i > 0 and h < len(toks) and toks[h].lemma in ORG_HEADS and _is_gen(toks[h]) and \
            toks[i - 1].lemma in ORG_HEADS and toks[i - 1].pos in {"NOUN", "PROPN"}:
        return i - 1
    return i


def _parties_in(
    analysis: Analysis, models: Models, sent: Sentence, lo: int, hi: int,
    regions: list[RegionRef],
) -> list[_Party]:
    """Organisation and region phrases between token indexes lo and hi of a sentence."""
    spans = [s for s in _spans_in(analysis, sent) if s.type in {"ORG", "LOC"}] + \
        _regions_tagged_persons(analysis, sent, regions)
    spans.sort(key=lambda s: s.start)
    toks = sent.tokens
    out: list[_Party] = []
    quoted = _quoted_parties(analysis, models, sent, lo, hi, regions)
    covered = -1
    unknown: list[tuple[int, int]] = []
    for s in spans:
        i = _token_index(sent, s.start)
        if i < lo or i >= hi or i < covered:
            continue
        if any(q.start <= s.start < q.stop for q in quoted):
            continue
        if _in_aside(sent, i, lo):
            continue  # "(сейчас — Министерство труда ...)": a side's other name
        if _occasion_name(sent, i):
            continue  # "на форуме «Сибирь»": the forum's name, not a side
        named = i
        i = _phrase_start(sent, i, spans)
        j = _token_index(sent, s.stop)
        district = s.type == "LOC" and district_body(sent, i, named, j)  # recpool94
        if s.type == "LOC" and municipal_body_start(sent, named) == i < named or district:
            s = NerSpan("ORG", s.start, s.stop, s.text)  # the municipality's body
        body = _body_after_region_adjective(sent, j) if s.type == "LOC" or \
            s.type == "ORG" and (_bracket_ends(toks, j) or _bracket_closed_at(toks, j) or
                                 lone_adjective_body(sent, named, j)) else j
        j = _extend_party(sent, body, body, spans,
                          named=s.type == "LOC" and body == j or district, head=i)
        if s.type == "LOC" and body > _token_index(sent, s.stop):
            s = NerSpan("ORG", s.start, s.stop, s.text)  # hidden41: a place adjective's body
        j = _closing_quote(sent, i, j)
        i = _dash_body(sent, i, j)
        covered = j
        if j - i == 1 and toks[i].lemma.lower() in REFERRING_BODY_WORDS:
            continue  # agr54: "соглашение с НКО": a kind word for the body named elsewhere
        start, stop = toks[i].start, toks[j - 1].stop
        codes = _region_at(regions, start, stop)
        state = _state_side(models, sent, s, i, j) if s.type == "LOC" and not codes else None
        if state is not None:
            out.append(state)
            continue
        if s.type == "LOC" and not codes and _foreign_area(sent, i, j):
            out.append(_Party(nominative_phrase(models, toks[i:j], analysis.text), [],
                              start, stop, models))
            continue
        spelled = spelled_acronym_side(analysis, models, s) \
            if s.type == "LOC" and not codes and j - i == 1 else None
        if spelled is not None:
            out.append(spelled)
            continue
        national = national_body(models, sent, s, i, j) \
            if s.type == "LOC" and not codes else None
        if national is not None:
            out.append(_Party(nominative_phrase(models, toks[i:national], analysis.text), [],
                              start, toks[national - 1].stop, models))
            continue
        if s.type == "LOC" and not codes:
            unknown.append((i, j))  # a place that is no federal subject or state (a
            continue  # street, a town), unless a state's conjunct (``_conjunct_states``)
        full = ministry_abbreviation(toks[i].text)
        if full is not None:  # "Минтруд Чувашии": the rest stays as written
            name = full + analysis.text[toks[i].stop:stop]
        elif toks[i].lemma in REGIONAL_POSTS:
            name = post_side_name(models, sent, i, stop, analysis.text)
        else:
            name = nominative_phrase(models, toks[i:j], analysis.text)
        if s.type == "LOC" and codes and i == _token_index(sent, s.start) and \
                _token_index(sent, s.stop) == j and full is None:
            if len(codes) > 1:
                # "Тамбовской и Липецкой областей": one side per region
                out += [_Party(r.name, [r.code], start, stop, models)
                        for r in regions if r.code in codes]
                continue
            region = next(r for r in regions if r.code == codes[0])
            if not _town(models, s.text):
                name = region.name
            elif j - i == 1:
                name = _town_name(toks[i])  # "с Псковом и Смоленском" (tagged locative)
        out.append(_Party(name, codes, start, stop, models))
    out += _conjunct_states(analysis, models, sent, unknown, out)
    out += municipal_bodies(models, sent, lo, hi, out, analysis.text)
    # agr58: a quoted name read from its head inside a longer phrase is no side of its own
    # ("Новосибирская областная организация Общероссийской общественной организации
    # инвалидов «...»": the inner "организации ... «...»")
    quoted = _outside_longer(quoted, out)
    out = without_body_groups(sent, out)  # agr76
    out = plural_head_regions(models, sent, out, analysis.text, regions)
    out = plural_head_towns(models, sent, lo, hi, out, analysis.text, regions)
    out = coordinated_adjective_bodies(models, sent, lo, hi, out, analysis.text)
    quoted = plural_head_names(models, sent, quoted, analysis.text)
    out = [p for p in out if not any(q.start <= p.start < q.stop for q in quoted)]
    return legal_form_before_dash(models, sorted(out + quoted, key=lambda p: p.start),
                                  analysis.text)


def without_body_groups(sent: Sentence, parties: list[_Party]) -> list[_Party]:
    """agr76: the sides left when the groups of bodies (``body_group_phrase``) go, with the
    places joined to a group's own place by "и" ("министерства социального блока Твери и
    Пскова": Пскова is the group's second region, no side of its own). The conjunct is
    read from the parse: its head lies inside a dropped group."""
    toks = sent.tokens
    groups = [p for p in parties if body_group_phrase(sent, p)]
    if not groups:
        return parties
    out = []
    for p in parties:
        if p in groups:
            continue
        i = _token_index(sent, p.start)
        h = toks[i].head if sent.parsed and 0 <= i < len(toks) and toks[i].rel == "conj" \
            else -1
        if 0 <= h < len(toks) and any(g.start <= toks[h].start < g.stop for g in groups):
            continue
        out.append(p)
    return out


def body_group_phrase(sent: Sentence, p: _Party) -> bool:
    """agr76: is the side a group of bodies named by their field, not a body? "соглашение
    между министерствами финансового блока двух областей" names no ministry: the head
    noun's genitive is a word of grouping (``lexicon_sides.BODY_GROUP_NOUNS``: блок,
    сфера), "Министерство финансов области" is one. By morphology: the first noun of the
    side's words, then the next noun, in the genitive, of that list."""
    nouns = [t for t in sent.tokens if p.start <= t.start < p.stop and t.pos == "NOUN"]
    return len(nouns) >= 2 and nouns[1].lemma in BODY_GROUP_NOUNS and \
        nouns[1].feats.get("Case") == "Gen"


def legal_form_before_dash(models: Models, parties: list[_Party], text: str) -> list[_Party]:
    """agr76: a side cut at a dash, its words only the body's kind ("Государственное
    учреждение —"), and the body named right after the dash are one side: "соглашение с
    Государственным учреждением — Тверским отделением Пенсионного фонда" is the
    учреждение's agreement, named "Государственное учреждение — Тверское отделение
    Пенсионного фонда", not two sides. Only a side of no region that ends with the dash
    ("Тверская область — отделение фонда" names two sides) and a side that starts after
    it, nothing but spaces between; linear in the sides."""
    out: list[_Party] = []
    for p in parties:
        prev = out[-1] if out else None
        if prev is not None and not prev.regions and \
                prev.name.rstrip().endswith(tuple(GAP_DASHES)) and \
                not text[prev.stop:p.start].strip():
            out[-1] = _Party(prev.name.rstrip() + " " + p.name, prev.regions + [
                r for r in p.regions if r not in prev.regions], prev.start, p.stop, models)
            continue
        out.append(p)
    return out


def coordinated_adjective_bodies(models: Models, sent: Sentence, lo: int, hi: int,
                                 parties: list[_Party], text: str) -> list[_Party]:
    """hid92: capitalised adjectives joined by "и" or commas over one body's head noun in
    the plural name one body each: "соглашения с Курской и Белгородской епархиями" gives
    "Курская епархия" and "Белгородская епархия", "подписать планируют Северное и Южное
    благочиния" two deaneries; the words after the head that a side read there holds are
    every body's ("Северное и Южное благочиния Курской епархии"). The head a body's noun
    (``ORG_HEADS``, ``BODY_HEADS``) that can be plural, each adjective one that can be
    singular (by the dictionary: the tagger reads such pairs any way), at least two. Sides
    read over the phrase give way to them. Region adjectives under a region's plural noun
    are ``sides.distributed_heads``'s ("Курская и Белгородская области" has no body noun).
    rounds42: a plural district noun (``MUNICIPAL_NOUNS``) names one district each the
    same way, the lower-case plural adjectives before it shared by all
    (``shared_unit_adjectives``): "соглашения с Верхним и Нижним муниципальными
    районами" gives "Верхний муниципальный район" and "Нижний муниципальный район"; not
    over a side read already (regions, "с администрациями Верхнего и Нижнего районов").
    One sweep over the words between lo and hi."""
    toks = sent.tokens
    out = list(parties)
    for h in range(max(lo, 2), min(hi, len(toks))):
        unit = toks[h].lemma in MUNICIPAL_NOUNS
        if toks[h].pos != "NOUN" or toks[h].lemma not in ORG_HEADS | BODY_HEADS and not unit \
                or not _can_be(models, toks[h].text, "NOUN", "plur"):
            continue
        shared = shared_unit_adjectives(toks, lo, h, lower_case=True) if unit else []
        adjs: list[int] = []
        x = h - 1 - len(shared)
        while x >= lo and toks[x].text[:1].isupper() and \
                _can_be(models, toks[x].text, "ADJF", "sing"):
            adjs.append(x)
            if x - 2 < lo or toks[x - 1].text not in LIST_JOINERS:
                break
            x -= 2
        if len(adjs) < 2:
            continue
        adjs.reverse()
        over = [p for p in out if p.start < toks[h].stop and p.stop > toks[adjs[0]].start]
        if unit and over:
            continue  # regions ("с Ханты-Мансийским и Ямало-Ненецким автономными
            # округами") or the units of a body read already ("с администрациями A и B
            # районов", ``municipal_bodies``)
        stop = max([toks[h].stop] + [p.stop for p in over])
        noun = models.inflect(toks[h].lemma, {"sing", "nomn"}) or toks[h].lemma
        noun = " ".join([*(_singular_like(models, toks[x], toks[h], "nomn") for x in shared),
                         noun])
        rest = text[toks[h].stop:stop].strip()
        out = [p for p in out if p not in over]
        for a in adjs:
            adj = _singular_like(models, toks[a], toks[h], "nomn")
            name = " ".join(w for w in (adj[:1].upper() + adj[1:], noun, rest) if w)
            out.append(_Party(name, [], toks[a].start, stop if a == adjs[-1] else toks[a].stop,
                              models))
    return sorted(out, key=lambda p: p.start)


def _can_be(models: Models, word: str, pos: str, number: str) -> bool:
    """Has the word a dictionary reading of this part of speech and number
    ("епархии": a plural noun, among others; "Южной": a singular adjective)?"""
    return any(pos in q.tag and number in q.tag for q in models.parse(word.lower()))


def plural_subject(models: Models, sent: Sentence, i: int) -> bool:
    """agr51: is the noun at i a plural subject the tagger read as a singular genitive?
    "Правительства Якутии и Магаданской области подписали соглашение": "Правительства"
    is tagged genitive singular, but the parse makes it the subject of a verb in the plural
    and morphology allows a plural nominative of the word. Never a word the parse hangs
    elsewhere ("в рамках соглашения правительства области с ...")."""
    toks = sent.tokens
    if not sent.parsed or not toks[i].rel.startswith("nsubj") or \
            not 0 <= toks[i].head < len(toks):
        return False
    verb = toks[toks[i].head]
    return verb.pos in {"VERB", "AUX"} and verb.feats.get("Number") == "Plur" and \
        any("plur" in q.tag and "nomn" in q.tag and "NOUN" in q.tag
            for q in models.parse(toks[i].text.lower()))


def plural_head_names(models: Models, sent: Sentence, quoted: list[_Party],
                      text: str) -> list[_Party]:
    """agr69: a body's head noun in the plural before a list of «quoted» names is that body
    of each name: "соглашения с благотворительными фондами «Добрый дом» и «Надежда»" gives
    "Благотворительный фонд «Добрый дом»" and "Благотворительный фонд «Надежда»". The side
    read at the head (adjectives and a plural head noun before the first quote) holds the
    first name; each «name» after it, parted from the one before by nothing but a comma or
    "и", takes the head in the singular nominative. Linear in the sides and the list."""
    toks = sent.tokens
    out: list[_Party] = []
    for p in quoted:
        i = _token_index(sent, p.start)
        o = next((x for x in range(i, min(len(toks), i + 6)) if toks[x].text == "«"), None)
        if o is None or o == i or toks[o - 1].pos != "NOUN" or \
                toks[o - 1].feats.get("Number") != "Plur" or \
                toks[o - 1].lemma not in QUOTED_BODY_HEADS | ORG_HEADS or \
                any(t.pos != "ADJ" for t in toks[i:o - 1]):
            out.append(p)
            continue
        noun = toks[o - 1]
        words = [_singular_like(models, a, noun, "nomn") for a in toks[i:o - 1]] + [noun.lemma]
        one = " ".join(words)
        one = one[:1].upper() + one[1:]
        members = [_Party(f"{one} {text[toks[o].start:p.stop]}", p.regions, p.start, p.stop,
                          models)]
        last = _token_index(sent, p.stop)
        while last + 1 < len(toks) and toks[last].text in LIST_JOINERS and \
                toks[last + 1].text == "«":
            close = _quoted_name_close(sent, last + 1)
            if close is None:
                break
            members.append(_Party(f"{one} {text[toks[last + 1].start:toks[close].stop]}",
                                  p.regions, toks[last + 1].start, toks[close].stop, models))
            joiner, last = toks[last].text, close + 1
            if joiner == "и":
                break  # "..., B и C": C closes the list
        if len(members) < 2:
            out.append(p)
            continue
        for q in members:  # bodies of one kind told apart by their names, not their kind
            name = re.findall(r"\w+", q.name[q.name.index("«"):])
            q.key = q.key.replace("|", " " + " ".join(w[:5].lower() for w in name[:2]) + "|",
                                  1)
        out += members
    return out


def plural_head_regions(models: Models, sent: Sentence, parties: list[_Party],
                        text: str, regions: list[RegionRef]) -> list[_Party]:
    """many62: a body's head noun in the plural over a list of regions is that body of each
    region: "соглашения с правительствами Татарстана, Ульяновской области и Чувашии" gives
    "Правительство Татарстана", "Правительство Ульяновской области" and "Правительство
    Чувашии", "с администрациями Кимрского и Бежецкого районов" two administrations.
    The side read at the head holds the first region; each region side after it,
    parted from it by nothing but a comma or "и", in the genitive as the first, takes the
    head noun in the singular and the words between the head and the first region. (Region
    adjectives under one plural noun, "правительствами Курганской и Тюменской областей",
    are ``sides.distributed_heads``.) One sweep over the sides: linear."""
    toks = sent.tokens
    out: list[_Party] = []
    n = 0
    while n < len(parties):
        p = parties[n]
        out.append(p)
        n += 1
        i = _token_index(sent, p.start)
        j = _token_index(sent, p.stop)
        head = toks[i] if i < len(toks) else None
        if head is None or len(p.regions) != 1 or j - i < 2 or head.pos != "NOUN" or \
                not (head.feats.get("Number") == "Plur" or plural_subject(models, sent, i)) or \
                head.lemma not in ORG_HEADS or toks[i + 1].feats.get("Case") != "Gen":
            continue
        at = next((m.start for r in regions if r.code == p.regions[0] for m in r.mentions
                   if toks[i + 1].start <= m.start < p.stop), None)
        if at is None:
            continue
        one = models.inflect(head.lemma, {"sing", "nomn"}) or head.lemma
        # the words between the head and the first region are every body's ("министерствами
        # социальной защиты Марий Эл и Татарстана")
        one = " ".join(w for w in (one[:1].upper() + one[1:], text[toks[i + 1].start:at].strip())
                       if w)
        members = [_Party(f"{one} {text[at:p.stop]}", p.regions, p.start, p.stop, models)]
        last = j
        while n < len(parties):
            q = parties[n]
            a = _token_index(sent, q.start)
            b = _token_index(sent, q.stop)
            between = toks[last:a]
            if len(q.regions) != 1 or not between or len(between) > 2 or \
                    any(t.text not in LIST_JOINERS for t in between) or \
                    not _may_be_genitive(models, toks[a]) or \
                    any(q.regions == m.regions for m in members):
                break
            members.append(_Party(f"{one} {text[q.start:q.stop]}", q.regions, q.start,
                                  q.stop, models))
            n += 1
            last = b
            if between[-1].text == "и":
                break  # "..., B и C": C closes the list
        if len(members) >= 2:
            out[-1:] = members
    return out


def plural_head_towns(models: Models, sent: Sentence, lo: int, hi: int,
                      parties: list[_Party], text: str,
                      regions: list[RegionRef]) -> list[_Party]:
    """many161: a body's head noun in the plural over a list of towns and districts, each
    named in the genitive, is that body of each: "соглашения с администрациями Торжка,
    Кашина и Лихославльского района" gives "Администрация Торжка", "Администрация Кашина"
    and "Администрация Лихославльского района" (``plural_head_regions`` takes regions
    only, a different one each; ``municipal_bodies`` district adjectives over one plural
    noun). The head (``ORG_HEADS``, tokens ``lo``..``hi``) is followed by a capitalised
    genitive; the items (``_town_item``) are parted by "," and "и" (the item after "и"
    closes the list). Two items at least, of one region at most, else nothing changes;
    the sides read over the head and the list (a town read alone, "Администрации Торжка")
    give way to them. One sweep over the tokens: linear but for the lists' sides."""
    toks = sent.tokens
    out = list(parties)
    h = lo
    while h < min(hi, len(toks)) - 1:
        head = toks[h]
        if head.pos != "NOUN" or head.feats.get("Number") != "Plur" or \
                head.lemma not in ORG_HEADS or not toks[h + 1].text[:1].isupper() or \
                not _may_be_genitive(models, toks[h + 1]):
            h += 1
            continue
        items = _town_items(models, toks, h + 1)
        names = [text[toks[a].start:toks[b - 1].stop] for a, b in items]
        if len(items) < 2 or len(set(names)) < len(names) or \
                any(p.start < head.start < p.stop for p in out) or \
                len({c for a, b in items
                     for c in _region_at(regions, toks[a].start, toks[b - 1].stop)}) > 1:
            h += 1
            continue  # the bodies of several regions are plural_head_regions'
        one = models.inflect(head.lemma, {"sing", "nomn"}) or head.lemma
        one = one[:1].upper() + one[1:]
        first, last = head.start, toks[items[-1][1] - 1].stop
        out = [p for p in out if not (p.start < last and first < p.stop)]
        for n, (a, b) in enumerate(items):
            start, stop = toks[a].start, toks[b - 1].stop
            out.append(_Party(f"{one} {names[n]}", _region_at(regions, start, stop),
                              first if n == 0 else start, stop, models))
        h = items[-1][1]
    return sorted(out, key=lambda p: p.start) if len(out) != len(parties) or \
        any(p is not q for p, q in zip(out, parties, strict=True)) else parties


def _town_items(models: Models, toks: list[Token], k: int) -> list[tuple[int, int]]:
    """The items of a genitive list from token ``k`` (``plural_head_towns``): parted by ","
    (a comma before a word of no item ends the list) and "и" (its item closes the list);
    token ranges."""
    items: list[tuple[int, int]] = []
    while k < len(toks):
        end = _town_item(models, toks, k)
        if end is None:
            break
        items.append((k, end))
        if end >= len(toks) or toks[end].text not in LIST_JOINERS:
            break
        if toks[end].text == "и":
            last = _town_item(models, toks, end + 1)
            if last is not None:
                items.append((end + 1, last))
            break
        k = end + 1
    return items


def _town_item(models: Models, toks: list[Token], k: int) -> int | None:
    """Where an item of a genitive list opening at ``k`` ends: one capitalised word (a town:
    "Торжка"), or capitalised adjectives over a singular district noun of
    ``MUNICIPAL_NOUNS`` ("Кашинского муниципального округа"). None for other words."""
    if k >= len(toks) or not toks[k].text[:1].isupper() or \
            not _may_be_genitive(models, toks[k]):
        return None
    t = toks[k]
    if t.pos in {"NOUN", "PROPN"} and not _adjective_like(t) and \
            not (k + 1 < len(toks) and toks[k + 1].pos in {"NOUN", "PROPN"}):
        return k + 1  # a town ("Канашского и ... округов" is municipal_bodies')
    end = k
    while end < len(toks) and toks[end].pos == "ADJ" and \
            toks[end].feats.get("Number") != "Plur":
        end += 1
    if end == k or end >= len(toks) or toks[end].pos != "NOUN" or \
            toks[end].feats.get("Number") == "Plur" or \
            toks[end].feats.get("Case") != "Gen":
        return None
    end += 1
    return end if toks[end - 1].lemma in MUNICIPAL_NOUNS else None  # a district


def _outside_longer(quoted: list[_Party], out: list[_Party]) -> list[_Party]:
    """agr58: the quoted parties that no longer phrase of ``out`` holds, in one sweep over
    both sorted by start (linear but for the sort)."""
    if not quoted or not out:
        return quoted
    spans = sorted(out, key=lambda p: p.start)
    kept: list[_Party] = []
    i, reach = 0, -1
    for q in sorted(quoted, key=lambda p: p.start):
        while i < len(spans) and spans[i].start < q.start:
            reach = max(reach, spans[i].stop)
            i += 1
        if q.stop > reach:
            kept.append(q)
    return kept


# agrmiss52: the organisation names of the last document read, by the first letter of
# their first word (``spelled_acronym_side``)
_SPELLED: HeldPerDocument[Analysis, dict[str, list[tuple[Sentence, int, int, list[str]]]]] = \
    HeldPerDocument(1)


SPELLED_PER_LETTER = 64  # names kept per first letter: the lookup's cost stays bounded


def _spelled_names(analysis: Analysis) -> dict[str, list[tuple[Sentence, int, int, list[str]]]]:
    """The document's organisation spans of three words or more (to an eponym's "имени"),
    each with its sentence, token bounds and words (hyphenated halves apart), indexed by
    the first letter; built once per document, in one pass over its spans."""
    return _SPELLED.get(analysis, _spelled_index)


def _spelled_index(analysis: Analysis) -> dict[str, list[tuple[Sentence, int, int, list[str]]]]:
    index: dict[str, list[tuple[Sentence, int, int, list[str]]]] = {}
    spans = sorted((x for x in analysis.spans if x.type == "ORG"), key=lambda x: x.start)
    n = 0
    for sent in analysis.sentences:
        while n < len(spans) and spans[n].start < sent.start:
            n += 1
        while n < len(spans) and spans[n].stop <= sent.stop:
            x = spans[n]
            n += 1
            words = [w for word in x.text.split() for w in word.split("-") if w]
            cut = next((k for k, w in enumerate(words)
                        if w.lower().rstrip(".") in COMMEMORATIVE_WORDS), len(words))
            if cut < 3 or not words[0][:1].isalpha():
                continue
            bucket = index.setdefault(words[0][:1].lower(), [])
            if len(bucket) < SPELLED_PER_LETTER:
                bucket.append((sent, _token_index(sent, x.start), _token_index(sent, x.stop),
                               words[:cut]))
    return index


def spelled_acronym_side(analysis: Analysis, models: Models, s: NerSpan) -> _Party | None:
    """agrmiss52: an acronym the tagger reads as a place, which no gazetteer entry knows, is
    the organisation whose name the same text spells out with it: "соглашения между
    Министерством труда ... Республики Саха (Якутия) и СВФУ" beside "В Северо-Восточном
    федеральном университете имени М. К. Аммосова прошло заседание" is the university,
    named in the nominative. An acronym the text spells out nowhere stays a place."""
    if not is_acronym(s.text):
        return None
    for sent, i, j, words in _spelled_names(analysis).get(s.text[:1].lower(), []):
        if acronym_words(s.text, words) == len(words):
            name = nominative_phrase(models, sent.tokens[i:j], analysis.text)
            return _Party(name, [], s.start, s.stop, models)
    return None


def _regions_tagged_persons(analysis: Analysis, sent: Sentence,
                            regions: list[RegionRef]) -> list[NerSpan]:
    """agr48: a span the NER tags as a person that is exactly a region's mention is the
    region ("край заключил с Удмуртией — в 2021 году — и с РТ", where "Удмуртией" is tagged
    PER): the gazetteer already leaves out names inside a person's name, so a mention it
    counts is a place. Returned as LOC spans."""
    at = {(m.start, m.end) for r in regions for m in r.mentions
          if sent.start <= m.start < sent.stop}
    return [NerSpan("LOC", s.start, s.stop, s.text) for s in _spans_in(analysis, sent)
            if s.type == "PER" and (s.start, s.stop) in at]


def post_side_name(models: Models, sent: Sentence, i: int, stop: int, text: str) -> str:
    """agr34: a post that is a side is named in the nominative singular, its "по ..." and
    "в ..." words as written: "между Уполномоченным по правам человека в Республике Марий
    Эл" gives "Уполномоченный по правам человека в Республике Марий Эл" (the post word is a
    noun made of an adjective, so the phrase's head noun would be "правам")."""
    tok = sent.tokens[i]
    word = inflect_word(models, tok.text, None, None, {"nomn", "sing", "masc"})
    return word + text[tok.stop:stop]


def _foreign_area(sent: Sentence, i: int, j: int) -> bool:
    """A province of another state named by an adjective and its kind ("Атырауская
    область", "Могилёвской областью") is a side, though no federal subject: the phrase
    ends in an area noun with an adjective of its own."""
    toks = sent.tokens
    if j - i >= 2 and toks[j - 1].lemma in FOREIGN_AREA_HEADS and toks[j - 2].pos == "ADJ":
        return True
    # agr46: "Павлодарской области Казахстана": the area followed by its state's name
    return j - i >= 3 and toks[j - 2].lemma in FOREIGN_AREA_HEADS and \
        toks[j - 3].pos == "ADJ" and toks[j - 1].pos == "PROPN" and _is_gen(toks[j - 1])


def _dash_body(sent: Sentence, i: int, j: int) -> int:
    """A place explained by a dash and its body ("с коллегами из Кузбасса — Министерством
    социальной защиты населения Кузбасса") is the body: the phrase starts after the dash
    when a body noun follows it ("Ханты-Мансийский автономный округ — Югра" stays whole)."""
    toks = sent.tokens
    return next((x + 1 for x in range(i + 1, j - 1) if toks[x].text in GAP_DASHES and
                 toks[x + 1].lemma in COLLOQUIAL_BODIES), i)


def _closing_quote(sent: Sentence, i: int, j: int) -> int:
    """A name the tagger ends before its closing quote ("АО «Почта России" of "АО «Почта
    России» во вторник ...") takes the quote: one more token when the phrase opens more
    quotes than it closes and "»" follows."""
    toks = sent.tokens
    opened = sum(t.text == "«" for t in toks[i:j]) - sum(t.text == "»" for t in toks[i:j])
    return j + 1 if opened > 0 and j < len(toks) and toks[j].text == "»" else j


def _conjunct_states(
    analysis: Analysis, models: Models, sent: Sentence, unknown: list[tuple[int, int]],
    found: list[_Party],
) -> list[_Party]:
    """A place the country list does not know, joined by "и" to a state side, is a state
    too: "соглашение между Россией и Южной Осетией", "Абхазия и Россия подписали
    договор". ``unknown``: token ranges of such places; ``found``: the sides read so far
    (a state side has no region code and is a known country)."""
    toks = sent.tokens
    states = [p for p in found if not p.regions and country_name(models, p.name) is not None]
    out: list[_Party] = []
    for i, j in unknown:
        before = i >= 2 and toks[i - 1].lemma == "и" and any(
            p.stop == toks[i - 2].stop for p in states)
        after = j + 1 < len(toks) and toks[j].lemma == "и" and any(
            p.start == toks[j + 1].start for p in states)
        if (before or after) and all(t.text[:1].isupper() or t.pos == "ADJ" for t in toks[i:j]):
            out.append(_Party(nominative_phrase(models, toks[i:j], analysis.text), [],
                              toks[i].start, toks[j - 1].stop, models))
    return out


def _unit_list(toks: list[Token], k: int) -> list[tuple[int, int]]:
    """From token ``k``, the runs of adjectives parted by "," and "и", each with the
    bracketed words inside it ("Анабарского национального (долгано-эвенкийского)"), up to
    the first other word: the token ranges of the runs."""
    runs: list[tuple[int, int]] = []
    start = k
    depth = 0
    while k < len(toks):
        t = toks[k]
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth -= 1
        elif depth == 0 and t.text in LIST_JOINERS:
            if k == start:
                return []
            runs.append((start, k))
            start = k + 1
        elif depth == 0 and t.pos not in {"ADJ", "PROPN"}:
            break  # the tagger reads some district adjectives as names ("Кимрского")
        k += 1
    if depth == 0 and k > start:
        runs.append((start, k))
    return runs


def municipal_bodies(models: Models, sent: Sentence, lo: int, hi: int, found: list[_Party],
                     text: str) -> list[_Party]:
    """many63: a body's head in the plural over several districts is that body of each
    district, though a district is no federal subject: "соглашения с администрациями
    Ржевского и Кимрского районов" → "Администрация Ржевского района", "Администрация
    Кимрского района"; "с администрациями трёх районов — Анабарского национального,
    Булунского и Оленёкского" names them after a dash. recpool96: a district's adjective
    the tagger calls a proper noun counts too (``_adjective_like``: "с администрациями
    Томпонского, Кобяйского и Усть-Майского улусов"). Tokens ``lo``..``hi``; a head inside
    a side already ``found`` is left to it. The district noun is in ``MUNICIPAL_NOUNS``; at
    least two districts. One sweep over the tokens: linear."""
    toks = sent.tokens
    out: list[_Party] = []
    done = -1
    for h in range(lo, min(hi, len(toks))):
        if h < done or toks[h].lemma not in ORG_HEADS or toks[h].pos != "NOUN" or \
                toks[h].feats.get("Number") != "Plur" or \
                any(p.start <= toks[h].start < p.stop for p in found):
            continue
        k = h + 1
        while k < len(toks) and (toks[k].text in LIST_JOINERS or toks[k].pos in {"ADJ", "NUM"}
                                 and toks[k].feats.get("Case") == "Gen" or
                                 _genitive_name_adjective(toks[k])):
            k += 1  # "трёх арктических", "Ржевского и Кимрского"
        if k >= len(toks) or toks[k].lemma not in MUNICIPAL_NOUNS or \
                toks[k].feats.get("Number") != "Plur":
            continue
        noun = k
        if noun + 2 < len(toks) and toks[noun + 1].text in {"—", "–", ":"}:
            runs = _unit_list(toks, noun + 2)  # "трёх районов — A, B и C"
            unit = models.inflect(toks[noun].lemma, {"sing", "gent"}) or toks[noun].lemma
            names = [f"{text[toks[a].start:toks[b - 1].stop]} {unit}" for a, b in runs]
            spans = [(toks[a].start, toks[b - 1].stop) for a, b in runs]
        else:
            shared = shared_unit_adjectives(toks, h + 1, noun)
            own = noun - 1 - len(shared)  # a unit's own adjective before the shared ones
            if own <= h or not _adjective_like(toks[own]):
                shared = []
            adjs = [x for x in range(h + 1, noun - len(shared)) if _adjective_like(toks[x])]
            joined = all(toks[x].text in LIST_JOINERS or _adjective_like(toks[x])
                         for x in range(h + 1, noun))
            unit = models.inflect(toks[noun].lemma, {"sing", "gent"}) or toks[noun].lemma
            if not joined or any(b - a != 2 for a, b in zip(adjs, adjs[1:], strict=False)):
                continue  # one adjective per district: "Ржевского и Кимрского"
            unit = " ".join([*(_singular_like(models, toks[x], toks[noun]) for x in shared),
                             unit])
            names = [f"{toks[x].text} {unit}" for x in adjs]
            spans = [(toks[x].start, toks[x].stop) for x in adjs]
        if len(names) < 2:
            continue
        head = models.inflect(toks[h].lemma, {"sing", "nomn"}) or toks[h].lemma
        head = head[:1].upper() + head[1:]
        out += [_Party(f"{head} {n}", [], a, b, models)
                for n, (a, b) in zip(names, spans, strict=True)]
        done = noun + 1
    return out


def _genitive_name_adjective(tok: Token) -> bool:
    """recpool96: a district's adjective the tagger calls a proper noun, in the genitive by
    its ending whatever case the tagger gives it ("Томпонского", "Кобяйского")."""
    return tok.pos == "PROPN" and _adjective_like(tok) and \
        tok.text.lower().endswith(GENITIVE_ADJECTIVE_ENDINGS)


def shared_unit_adjectives(toks: list[Token], floor: int, noun: int, *,
                           lower_case: bool = False) -> list[int]:
    """pair67: plural adjectives right before the plural unit noun belong to every unit,
    while each unit's own adjective is singular: in "с местными администрациями
    Сосновского и Ольховского муниципальных округов" "муниципальных" is shared, each unit
    being "... муниципального округа". rounds42: the same for units named by
    capitalised adjectives with no body's head, the shared ones then written in lower
    case (``lower_case``): "с Верхним и Нижним муниципальными районами" ("муниципальными"
    is each district's). The one reader of both (``municipal_bodies``,
    ``coordinated_adjective_bodies``); each caller checks the units' own adjectives
    before the run. Token indexes after ``floor``, up to ``noun``."""
    out: list[int] = []
    x = noun - 1
    while x > floor and toks[x].pos == "ADJ" and toks[x].feats.get("Number") == "Plur" and \
            (not lower_case or toks[x].text.islower()):
        out.insert(0, x)
        x -= 1
    return out


def _singular_like(models: Models, adj: Token, noun: Token, case: str = "gent") -> str:
    """An adjective in the singular of ``case``, in the gender of ``noun``'s lemma:
    "муниципальных" before "округов" → "муниципального"."""
    gender = next((g for g in ("masc", "femn", "neut")
                   if any(g in q.tag for q in models.parse(noun.lemma)[:1])), "masc")
    return models.inflect(adj.text.lower(), {"sing", case, gender}) or adj.text.lower()


def _town(models: Models, text: str) -> bool:
    """Is a place name a town of a region rather than the region ("Череповец", "Казань";
    not "Татарстан", "Югра")? A town that signs is a side of its own: "Череповец заключил
    соглашения с Архангельском" is between the towns."""
    matcher = get_matcher(models)
    kinds = {e.kind for e in matcher.lookup(matcher.phrase_keys(text))}
    return bool(kinds) and kinds <= {"capital", "city"}


def _town_name(tok: Token) -> str:
    """A one-word town in the nominative from its lemma, capitalised as written:
    "Смоленском" → "Смоленск", "Ростове-на-Дону" → "Ростов-на-Дону"."""
    parts = tok.lemma.split("-")
    written = tok.text.split("-")
    if len(parts) != len(written):
        return tok.lemma[:1].upper() + tok.lemma[1:]
    return "-".join(p[:1].upper() + p[1:] if w[:1].isupper() else p
                    for p, w in zip(parts, written, strict=True))


def _may_be_genitive(models: Models, tok: Token) -> bool:
    """Tagged genitive, or a form the genitive shares ("Мордовии": genitive, dative or
    locative, and the tagger picks one)."""
    return tok.feats.get("Case") == "Gen" or any(
        q.tag.case == "gent" for q in models.parse(tok.text.lower()))


def national_body(models: Models, sent: Sentence, s: NerSpan, i: int, j: int) -> int | None:
    """many62: a body's head noun governing a state's name is that state's body, though the
    tagger marks only the state: "Социальный фонд России (СФР) заключил соглашения" is
    the fund, not a place. The phrase [i, j) opens before the state's name with a head of
    ``ORG_HEADS``; it ends before an acronym in brackets. Where it ends, or None."""
    toks = sent.tokens
    si = _token_index(sent, s.start)
    if not i < si or not any(t.lemma in ORG_HEADS and t.pos == "NOUN" for t in toks[i:si]):
        return None
    end = next((n for n in range(si, j) if toks[n].text == "("), j)
    if end <= si or country_name(models, " ".join(t.text for t in toks[si:end])) is None:
        return None
    return end


def _state_side(models: Models, sent: Sentence, s: NerSpan, i: int, j: int) -> _Party | None:
    """A state named on its own is a side: "соглашение между Россией и Южной Осетией",
    "договор об экстрадиции между США и Таиландом" (the canonical name of
    extract.orgs). Only when the phrase is the place's name alone, so "посольство США"
    stays out here and "в России" after the noun ("первое в России соглашение") is a place,
    not a side: the name must follow "между", "с"/"со" or a conjunction, and a "с"-state
    must depend on the agreement noun or a signing verb where the sentence is parsed."""
    toks = sent.tokens
    if i != _token_index(sent, s.start) or j != _token_index(sent, s.stop):
        return None
    if i == 0:
        # "Россия и Турция подписали соглашение": a state that begins the sentence is a
        # side only as the subject of a signing verb
        h = toks[0].head
        if sent.parsed and toks[0].rel == "nsubj" and 0 <= h < len(toks) and \
                toks[h].lemma in SUBJECT_VERBS:
            name = country_name(models, s.text)
            return _Party(name, [], s.start, s.stop, models) if name is not None else None
        return None
    if toks[i - 1].lemma not in PARTY_LIST_OPENERS:
        return None
    head = toks[i].head
    if toks[i - 1].lemma in PARTNER_PREPOSITIONS and sent.parsed and 0 <= head < len(toks) and \
            toks[head].lemma not in TRIGGERS | SUBJECT_VERBS and \
            not _cooperation_of_agreement(sent, head):
        return None  # "укрепления связей с Россией": a partner of something else
    name = country_name(models, s.text)
    return _Party(name, [], s.start, s.stop, models) if name is not None else None


def _cooperation_of_agreement(sent: Sentence, h: int) -> bool:
    """"соглашение о сотрудничестве с Республикой Беларусь": the partner hangs on the
    cooperation the agreement is about."""
    toks = sent.tokens
    up = toks[h].head
    return toks[h].lemma in COOPERATION_NOUNS and 0 <= up < len(toks) and \
        toks[up].lemma in TRIGGERS


def _quoted_parties(
    analysis: Analysis, models: Models, sent: Sentence, lo: int, hi: int,
    regions: list[RegionRef],
) -> list[_Party]:
    """"государственный фонд поддержки ... «Защитники Отечества»": a body whose name ends in
    a quoted name, from its head noun (within a few dependent words) to the closing quote."""
    toks = sent.tokens
    out: list[_Party] = []
    for o in range(max(lo, 1), hi):
        if toks[o].text != "«":
            continue
        if out and toks[o].start < out[-1].stop:
            continue  # agr58: the inner name of «Центр поддержки семей «Родные люди»
        form = _legal_form_before(sent, o)
        close = _quoted_name_close(sent, o) or (_body_quote_close(sent, o)
                                                if form is not None else None) or \
            _kind_quote_close(sent, o)
        if close is None:
            continue
        h = o - 1 if form is None else form
        while h >= 0 and o - h <= 8 and toks[h].lemma not in QUOTED_BODY_HEADS and \
                form is None:
            t = toks[h]
            if not (t.pos in {"NOUN", "ADJ", "PROPN"} and t.feats.get("Case") != "Nom"):
                h = -1
                break
            h -= 1
        if h < 0 or o - h > 8 or h < lo:
            continue
        new_kind = form is None and toks[h].lemma not in ORG_HEADS  # agr58: a union's, a
        # society's name, read from its head since agr58
        while h > lo and toks[h - 1].pos == "ADJ":
            h -= 1
        if h - 1 >= lo and toks[h - 1].lemma in BRANCH_HEADS and _is_gen(toks[h]):
            h -= 1  # "филиал государственного фонда «...»": the branch is the side
            while h > lo and toks[h - 1].pos == "ADJ":
                h -= 1
        end = _branch_region_end(sent, close, hi, regions)
        start, stop = toks[h].start, toks[end].stop
        codes = _region_at(regions, start, stop)
        if new_kind:
            h = _after_place_adjectives(sent, h, o, regions)
        name = nominative_phrase(models, toks[h:end + 1], analysis.text)
        out.append(_Party(name, codes, toks[h].start, stop, models))
    return out


def _kind_quote_close(sent: Sentence, opening: int) -> int | None:
    """side95: the closing quote of a long name after the body's kind spelled out in words
    (``QUOTED_BODY_HEADS`` before the quote, up to ``KIND_WORDS_REACH`` genitive words
    between since agr51: ``kind_before_quote``): "между казённым учреждением «Центр
    помощи семьям и детям Ивановского муниципального округа» и ..." names the
    institution, however many words its name has (``_quoted_name_close`` takes six at
    most, the length of a name quoted bare). The name holds no verb, as a quotation would:
    after "организации «Мы поможем каждому, кто придёт»" no side is read."""
    toks = sent.tokens
    if kind_before_quote(sent, opening) is None:
        return None
    close = _body_quote_close(sent, opening)
    if close is None or any(t.pos in {"VERB", "AUX"} for t in toks[opening + 1:close]):
        return None
    return close


def kind_before_quote(sent: Sentence, opening: int) -> int | None:
    """agr51: the head of a body's kind spelled out in words before the quote at
    ``opening`` (``QUOTED_BODY_HEADS``): right before it ("учреждением «Центр ...»"), or
    over up to ``KIND_WORDS_REACH`` genitive words of the kind ("казённым учреждением
    социальной помощи «Опора»", "организацией инвалидов «...»").
    The words between are nouns or adjectives in the genitive, as the parse and morphology
    give them; a word in another case ("проекта «...»" after "в рамках"), a verb or a
    punctuation mark ends the walk with no head."""
    toks = sent.tokens
    h = opening - 1
    while h >= 0 and opening - 1 - h <= KIND_WORDS_REACH:
        t = toks[h]
        if t.lemma in QUOTED_BODY_HEADS and t.pos in {"NOUN", "PROPN"}:
            return h
        if t.pos not in {"NOUN", "ADJ"} or t.feats.get("Case") != "Gen":
            return None
        h -= 1
    return None


def _after_place_adjectives(sent: Sentence, h: int, o: int, regions: list[RegionRef]) -> int:
    """agr58: a lower-case adjective of a place before a body's kind tells where the body
    is, it is no word of its name: "с петербургской автономной некоммерческой организацией
    «Старшее поколение»" is "Автономная некоммерческая организация «Старшее поколение»"
    (of Saint Petersburg), while "Краснодарской краевой общественной организацией" opens
    its name with a capital. The place stays the side's region."""
    toks = sent.tokens
    while h + 1 < o and toks[h].pos == "ADJ" and toks[h].text[:1].islower() and \
            toks[h + 1].pos in {"ADJ", "NOUN"} and \
            _region_at(regions, toks[h].start, toks[h].stop):
        h += 1
    return h


# Tokens of a body's quoted name after its legal form, at most: "ГБУ СО «Центр помощи
# детям, оставшимся без попечения родителей, и детям-инвалидам Республики Карелия»".
QUOTED_BODY_REACH = 30


def _legal_form_before(sent: Sentence, opening: int) -> int | None:
    """The legal form ("ГБУ", "ГАУСОН", "АО") a «quoted» name follows, with at most one
    abbreviation between ("ГБУ СО «...»"): the index where the body's name starts."""
    toks = sent.tokens
    for h in range(opening - 1, max(-1, opening - 3), -1):
        if legal_form(toks[h].text):
            return h
        if not (toks[h].text.isupper() and toks[h].text.isalpha()):
            return None
    return None


def _body_quote_close(sent: Sentence, opening: int) -> int | None:
    """The closing quote of a body's name after its legal form: the name runs to it,
    commas and participles included ("«Центр помощи детям, оставшимся без попечения
    родителей, и детям-инвалидам ...»"); never across a sentence end or another quote."""
    toks = sent.tokens
    if opening + 1 >= len(toks) or not toks[opening + 1].text[:1].isupper():
        return None
    for c in range(opening + 1, min(len(toks), opening + QUOTED_BODY_REACH)):
        if toks[c].text == "»":
            return c
        if toks[c].text in {"«", "\"", ".", "!", "?", ";"}:
            return None
    return None


def _branch_region_end(sent: Sentence, close: int, hi: int, regions: list[RegionRef]) -> int:
    """The last token of a quoted body's name: the closing quote, or the region after it
    that the body serves ("фонда «Защитники Отечества» по Кемеровской области — Кузбассу",
    "Отделения СФР по Омской области")."""
    toks = sent.tokens
    if close + 2 >= min(hi, len(toks)) or toks[close + 1].lemma != "по":
        return close
    at = toks[close + 2].start
    mention = next(((s, e) for s, e, _ in _mentions_in(regions, at, sent.stop) if s == at),
                   None)
    if mention is None:
        return close
    last = close + 2
    while last + 1 < min(hi, len(toks)) and toks[last + 1].start < mention[1]:
        last += 1
    return last


# How many tokens a bracketed aside inside a clause may hold.
ASIDE_TOKENS = 12


def _occasion_name(sent: Sentence, i: int) -> bool:
    """Is token i inside the quoted name of an occasion ("форум «Сибирь»", "на конференции
    «Старшее поколение»")? Such a name is no side of an agreement signed there."""
    toks = sent.tokens
    for o in range(i, max(-1, i - 6), -1):
        if toks[o].text == "»" and o < i:
            return False
        if toks[o].text == "«":
            return o > 0 and toks[o - 1].lemma in OCCASION_NOUNS
    return False


def _aside_close(sent: Sentence, opening: int) -> int | None:
    """The ")" closing a short aside opened at ``opening`` that holds no verb: "между
    министерством социального развития края (ныне — министерство труда) и ...". Such an
    aside renames or explains a side; the clause goes on after it. None otherwise."""
    toks = sent.tokens
    if toks[opening].text != "(":
        return None
    for c in range(opening + 1, min(len(toks), opening + ASIDE_TOKENS + 1)):
        if toks[c].text == ")":
            return c if c > opening + 1 else None
        if toks[c].pos in {"VERB", "AUX"} or toks[c].text in {"(", ".", ";"}:
            return None
    return None


def _in_aside(sent: Sentence, i: int, lo: int) -> bool:
    """Is token i inside a short bracketed aside that starts at or after lo?"""
    toks = sent.tokens
    for o in range(i - 1, max(lo, i - ASIDE_TOKENS) - 1, -1):
        if toks[o].text == ")":
            return False
        if toks[o].text == "(":
            close = _aside_close(sent, o)
            return close is not None and i < close
    return False


def _is_quoted_name(toks: list[Token]) -> bool:
    """A few capitalised words with no verb between « and »: a name ("Защитники
    Отечества", "Семья"), not a quotation."""
    return 0 < len(toks) <= 6 and toks[0].text[:1].isupper() and \
        not any(t.pos in {"VERB", "AUX"} or t.text in {".", "!", "?", ",", "—"} for t in toks)


def _quoted_name_close(sent: Sentence, opening: int) -> int | None:
    toks = sent.tokens
    for c in range(opening + 1, min(len(toks), opening + 8)):
        if toks[c].text == "»":
            return c if _is_quoted_name(toks[opening + 1:c]) else None
        if toks[c].text in NESTED_NAME_QUOTES:
            return _nested_name_close(sent, opening, c)
        if toks[c].text == "\"":
            return None
    return None


def _nested_name_close(sent: Sentence, opening: int, inner: int) -> int | None:
    """The closing quote of a name with a quoted name inside, «Центр поддержки семьи
    «Вместе»» or, its two closing quotes written as one, «Центр поддержки семьи «Вместе»:
    the second "»" when there is one, else the one "»" that closes both; region69: also
    «Центр поддержки семьи „Тёплый дом“», whose inner name is in „“. agr51: the inner
    name may be a call in the imperative («Центр добровольчества «Делай добро»»): a verb
    of it in the imperative mood is a word of a name, no told clause."""
    toks = sent.tokens
    closes = NESTED_NAME_QUOTES[toks[inner].text]
    for c in range(inner + 1, min(len(toks), inner + 8)):
        if toks[c].text in closes:
            if c + 1 < len(toks) and toks[c + 1].text == "»":
                c += 1
            elif toks[c].text != "»":  # region69: „...“ closed, the outer «» must follow
                return None
            # region69: the inner name's quotes are no words of the name
            words = [t for n, t in enumerate(toks[opening + 1:c], opening + 1)
                     if t.text not in QUOTE_MARKS and
                     not (n > inner and t.feats.get("Mood") == "Imp")]
            return c if _is_quoted_name(words) else None
        if toks[c].text in {"«", "„", "\""}:
            return None
    return None



GAP_DASHES = ("—", "–")
