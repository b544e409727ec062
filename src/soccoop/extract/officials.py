"""Officials: named persons with the position and organisation the text gives them.

Rules over natasha's PER spans, the tagged tokens (lemma, part of speech, case) and, for
the sentences ``extract.syntax`` selects, natasha's dependency parse. Each is a small pass:

- ``_Tree.appos_position``: the post noun a name is in apposition to, in the name's case
  ("у премьера Великобритании Бориса Джонсона");
- ``_Tree.phrase_end``: the post's phrase ends where its noun-phrase relations end
  ("Глава ФБР республиканец Джеймс Коми" → "глава", "ФБР");
- ``_role_before`` / ``_role_after``: the token window for unparsed sentences and for what
  the tree misses: "директор Департамента ... Татьяна Успенская", "Евгений Стружак,
  министр Правительства Москвы";
- ``_predicate_role``: a post given by the clause ("был назначен председателем ...");
- ``_appointment_of_the_addressee``: the post of an appointment the name is congratulated
  on ("поздравил Ивана Петрова с назначением на должность ректора");
- ``_acting_post_of_an_appointee``: an acting post by an indeclinable prefix in an
  appointment ("Врио главы района назначен Иван Петров");
- ``_clergy_mentions``: title, see and monastic name ("епископ Выборгский и Приозерский
  Игнатий");
- ``_held_post_clause``: a participle or relative clause next to the name ("Андрей
  Бельянинов, возглавлявший должность главы ФТС", "пост директора занимал Раис Ханнанов");
- ``_mandate_post``: a deputy known only by the mandate the name wins, keeps or gives up
  ("Депутатский мандат получил супертяжеловес Николай Валуев" → "депутат");
- ``_term_of_office_post``: a name in the genitive of a term of office ("в годы
  президентства Ивана Петрова" → "президент");
- ``_role_before_aside``: a post, an aside between commas, the name ("Спикер Госдумы,
  объявившая минуту молчания, Сергей Нарышкин");
- ``_post_of_a_list`` / ``_singular_post``: a plural post before a list of names, each
  one's in the singular ("пять экс-президентов: Альберто Фухимори, Алехандро Толедо");
- ``_role_across_a_name``: a genitive chain naming another person before the holder
  ("пресс-секретарь президента России Владимира Путина Дмитрий Песков");
- ``_apposition_further_on`` / ``_disagreeing_apposition``: an apposition agrees in case
  with its own name ("Ли Пэн, соратник Цзян Цзэминя, премьер Госсовета" → Ли Пэн's);
- ``_subject_description`` / ``_name_the_description``: a post that is the subject of a
  sentence naming no one, then the one person the next sentence names ("Директор бюро
  заявил ... . По словам Питера Стефана, ...");
- ``_led_org`` / ``_org_by_kind``: the organisation a verb of leading takes ("Центрами ...
  руководит их бывший директор") or a generic word stands for ("главы ведомства").
- ``_post_in_the_role_of``: the post of a verb's "как" group for its subject ("Иван Петров
  выступил на форуме как председатель комитета");
- ``_leader_of_a_group_of_posts``: the leader of a group of post holders holds their post
  ("группа депутатов во главе с Иваном Петровым" → "депутат");
- ``_agent_of_someone``: "его/её представитель" naming no body is a private person's agent,
  no post.
- ``_one_of_the_other_holders``: a name joined by "и" to "другие" and a plural post is
  one of its holders ("Иван Петров и другие депутаты думы" → "депутат думы").

The role phrase starts at a position head word (``lexicon_officials``) and is split into
the position (head, its modifiers and non-organisation dependents: "министр социальной
защиты", "заместитель председателя", "врио губернатора") and the organisation (from the
first organisation noun, proper noun or LOC/ORG span on). Words go to the nominative with
the project's one normaliser (``normalize.nominative_token``); mentions of one person merge
by the one rule of ``soccoop.names``. People without a stated role (journalists' bylines
included) are not officials. Context lookups use per-document indexes (bisect), so the
cost stays linear in the document's length.

Details that matter on unseen news:
- the role phrase may hold a participle clause ("Фонда поддержки детей, находящихся в
  трудной жизненной ситуации,"), initials ("имени И.Н. Ульянова"), adverbs inside adjectives
  ("крайне правого") and posts named by participles ("управляющий Отделением");
- dating words ("бывший", "новый") and ordinals of one-holder posts ("первый президент")
  are not part of the position; "первый заместитель" is;
- surnames keep the form written as the nominative in the document, and indeclinable ones
  ("Толстых", "Шевченко") stay as written in every case;
- a post is not the person's when it depends on a relative ("супруге президента — Наине")
  or an oblique case disagrees with the name's;
- an organisation not in the role phrase comes only from clear context: a generic one
  ("областного комитета") from the matching name before; a state post's state from the
  paragraph before, a genitive after in the sentence, or the state the text is about; a
  speaker's chamber from the sentence; otherwise it is left empty.

Steps that stand apart live in their own modules and are imported here: per-token grammar
(``official_grammar``), the role phrase and its nominative forms (``official_roles``), and
the organisation of a post taken from context (``official_orgs``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from soccoop.extract.lexicon import EARLIER_WORDS, LIST_JOINERS
from soccoop.extract.lexicon_officials import (
    ACTING_DUTY_VERBS,
    ADJ_ENDS,
    AGENT_HEADS,
    ALL_PERSONAL_PRONOUNS,
    APPOINTING_VERBS,
    ASIDE_WORDS,
    BIOGRAPHY_SENTENCES,
    CAREER_TIME_WORDS,
    CLAUSE_HOLDING_VERBS,
    CLAUSE_POST_NOUNS,
    CLERGY_TITLES,
    CONTRACTION_PREFIXES,
    DEPUTY_STEM,
    DUTY_NOUNS,
    DUTY_VERBS,
    FIELD_JOINERS,
    FIELDS_REACH,
    FORMER_PREFIXES,
    FUNCTION_WORDS,
    GROUP_LEADER_PHRASES,
    GROUP_LEADER_WORDS,
    GROUP_LINKS,
    GROUP_SUBJECTS,
    HELPER_HEADS,
    HELPER_ORDINALS,
    HOLDING_VERBS,
    INTRODUCTORY_PHRASES,
    KIN_GROUPS,
    KIND_BODY_WORDS,
    LEADING_VERBS,
    LEAVING_VERBS,
    LEFT_POST_NOUNS,
    LIKENESS_WORDS,
    MAX_WINDOW,
    NAME_PREPOSITIONS,
    NOBLE_TITLES,
    OFFICE_PREPOSITIONS,
    ORG_HEADS,
    OTHER_MEMBERS_WORDS,
    OWNER_PRONOUNS,
    PAST_COPULAS,
    PERSONAL_POSSESSIVES,
    PERSONAL_PRONOUNS,
    POSSESSIVE_GENDER,
    POSSESSIVE_WORDS,
    POST_PREFIXES,
    QUANTIFIERS,
    RANK_TITLES,
    RECENT_SENTENCES,
    RELATIONAL_HEADS,
    RELATIVES,
    RESTATING_HEADS,
    ROLE_OF_REACH,
    SENIORITY_NOUNS,
    SUBJECT_JOINERS,
    TEMPORAL_MODIFIERS,
    TRANSIENT_GROUPS,
    WEAK_HEADS,
)
from soccoop.extract.lexicon_orgs import (
    REGION_ANAPHORS,
    REGION_KIND_NOUNS,
)
from soccoop.extract.lexicon_sides import RELATIVE_PRONOUNS, STAFF_PREPOSITIONS
from soccoop.extract.lexicon_signers import BOTH_WORDS
from soccoop.extract.nlp import Analysis, Models, Sentence, Token, sentence_at
from soccoop.extract.normalize import (
    is_acronym,
    nominative_phrase,
    restore_caps,
    spell_out_contractions,
)
from soccoop.extract.official_clauses import (
    _ALLOWED_PUNCT,
    _DASHES,
    _acting_for,
    _acting_post_of_an_appointee,
    _appointment_of_the_addressee,
    _common_noun,
    _initials_woman_in_nominative,
    _left_post,
    _mandate_post,
    _post_appointed_over_a_title,
    _post_in_office,
    _post_of_a_subjectless_clause,
    _post_of_the_replaced,
    _post_of_this_post,
    _post_phrase_at,
    _post_phrase_end,
    _predecessor_post,
    _predicate_role,
    _succession_post,
    _term_of_office_post,
    _verb_of_a_misattached_subject,
)
from soccoop.extract.official_grammar import (
    _ALL_CASES,
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
    _singular_post,
    _to_nomn,
    _token_cases,
    _word_cases,
    post_before,
    post_start,
)
from soccoop.extract.official_layouts import head_of_a_listed_body
from soccoop.extract.official_names import (
    _CYRILLIC,
    _full_name,
    _initials_mark_the_person,
    _Mention,
    _mention,
    _same_person,
    _sentence_spans,
)
from soccoop.extract.official_orgs import (
    _NAME_PART,
    _STOP_POS,
    _acronym_first_in_full,
    _acronym_glossed,
    _acronyms_read_in_full,
    _body_ending_with_place,
    _doc_index,
    _DocIndex,
    _legislature_from_context,
    _org_from_context,
    _org_of_post,
    _place_mentions,
    _PlaceIndex,
    _sentence_end,
    _specific_org,
    _without_circumstance,
    _written_in_full,
)
from soccoop.extract.official_roles import (
    _acting_prefix,
    _acting_prefix_before,
    _graded_head,
    _is_a_place,
    _minister_word,
    _org_nominative,
    _place_genitive,
    _post_words,
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
from soccoop.extract.official_windows import (
    _YEAR,
    _apposition_across_a_name,
    _membership,
    _place_of_adjective,
    _post_of_a_woman_subject,
    _role_after,
    _role_before,
    _time_phrase,
    home_of_a_listed_name,
)
from soccoop.extract.orgs import (
    country_name,
)
from soccoop.extract.person_names import (
    _name_word_nomn,
    one_surname,
)
from soccoop.extract.person_names import _regular_surname as _regular_surname  # tests' import
from soccoop.extract.syntax import ensure_parsed
from soccoop.models import Evidence, Official
from soccoop.names import fold

__all__ = [  # names other modules and tests import from here
    "Token", "_Tree", "_acting_prefix", "_acting_prefix_before", "_apposition_across_a_name",
    "_full_name", "_initials_mark_the_person", "_mention", "_oblique_post_case",
    "_regular_surname", "_without_circumstance", "bodies_of_the_helped", "find_officials",
    "gloss_acronyms",
]

_CASES = {"Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct",
          "Nom": "nomn"}


def find_officials(analysis: Analysis, models: Models) -> list[Official]:
    """Officials of one analysed document. A crash is a bug to see, not to hide: the
    ingest reports the file that failed."""
    return _find(analysis, models)[0]


# nerel69: a second post of a person, its record, the person's main record and whether the
# second post is told before the main one
OtherPost = tuple[Official, Official, bool]


def find_officials_and_other_posts(analysis: Analysis, models: Models
                                   ) -> tuple[list[Official], list[OtherPost]]:
    """The officials of ``find_officials`` and, apart, the other posts of the same people
    (``_other_posts``: "Анна Котова — член палаты" after "министр Анна Котова"), which the
    page's agreements never read: ``other_posts_placed`` puts them beside their person's
    record once the agreements are done."""
    return _find(analysis, models)


def other_posts_placed(officials: list[Official], others: list[OtherPost]) -> None:
    """nerel69 other_posts_placed: each second post of a person ("директор центра Иван
    Петров … Иван Петров одновременно является депутатом думы": a director's record, then
    a deputy's) joins the records beside its person's main record, before it when the text tells it
    first, so that the records of one person follow the text; a second post whose main
    record was dropped (a comment's) is dropped too."""
    for extra, main, first in others:
        at = next((k for k, o in enumerate(officials) if o is main), None)
        if at is None:
            continue
        while not first and at + 1 < len(officials) and officials[at + 1].name == main.name:
            at += 1  # after the person's records placed already
        officials.insert(at if first else at + 1, extra)


def bodies_of_the_helped(officials: list[Official], models: Models,
                         told: list[Official] | None = None) -> None:
    """A helper named by whom he helps, without a body in his own words, sits in the body of
    the last official named before him with that post: "министр труда Новосибирской
    области Елена Бахарева ... (в Минтруде России) ... первый заместитель министра Игорь
    Шмаков" → "Министерство труда ... Новосибирской области", not the body named nearest.
    A helper's post is a helper's noun (``HELPER_HEADS``), an ordinal before it at most,
    and the helped post in the genitive, nothing after it; a body whose words the helper's
    own phrase holds stays. Run on the records as written out, after the agreements.
    fixnerel69: ``told``, records read as holders of the helped posts only, never mended
    (the officials, for the people's other posts)."""
    last: dict[str, str] = {}  # the post's head lemma → the organisation of its last holder
    mended = {id(o) for o in officials}
    for o in sorted(officials + (told or []), key=lambda o: o.evidence.start):
        words = (o.position or "").lower().split()
        while len(words) > 1 and words[0] in HELPER_ORDINALS:
            words = words[1:]
        if not words:
            continue
        head = models.lemma(words[0]).replace("ё", "е")
        if head in HELPER_HEADS and len(words) == 2:
            helped = models.lemma(words[1]).replace("ё", "е")
            body = last.get(helped)
            if body and id(o) in mended and not _body_in_own_words(o.organization, o.evidence.text):
                o.organization = body
            continue
        if o.organization and head not in HELPER_HEADS:
            last[head] = o.organization


def _body_in_own_words(org: str | None, phrase: str) -> bool:
    """Does the official's own phrase hold a content word of ``org`` (first five letters)?"""
    low = phrase.lower().replace("ё", "е")
    return any(w[:5] in low for w in re.findall(r"\w{4,}", (org or "").lower().replace(
        "ё", "е")))


def gloss_acronyms(officials: list[Official], analysis: Analysis, models: Models) -> None:
    """The officials' organisations named by an acronym alone get the full name the text
    spells it with (``_acronym_glossed``). Run on the records as written out, after the
    agreements were read: the other steps reason on the names as the text uses them."""
    if not any(o.organization and (" " not in o.organization or any(
            map(is_acronym, o.organization.split()))) for o in officials):
        return
    index = _doc_index(analysis, models)
    for o in officials:
        o.organization = _acronym_glossed(o.organization, analysis, models, index)
        o.organization = _written_in_full(o.organization, analysis, models, index)
        o.organization = _acronym_first_in_full(o.organization, analysis, models, index)
        o.organization = _acronyms_read_in_full(o.organization, analysis, models, index)


# ---------------------------------------------------------------------------------------
# token helpers
# ---------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------
# role phrases
# ---------------------------------------------------------------------------------------


def _role_head_case(tokens: list[Token], role: _Role, models: Models) -> str | None:
    """The case of the post's head word in the sentence (the first post noun of the role's
    phrase), None when the phrase holds none. off82 graded_head_has_a_case: a noun that
    names a post by its grade counts ("главный инженер завода Сорокина А.В." is in the
    nominative, as "директор завода" is)."""
    for n, tok in enumerate(tokens):
        if tok.start >= role.end:
            break
        if tok.start >= role.start and (_is_head(tok, models) or _graded_head(
                tokens, n, models) or _acting_prefix(tokens, n)):
            return _case(tok)
    return None


def _subject_of_a_feminine_verb(tree: _Tree | None, i: int, j: int) -> bool:
    """Is the name (tokens i..j-1) the subject of a verb in the feminine ("Вчера
    В.Дорохова назначена главой управления")? Then it is a woman's name in the nominative,
    whatever case the post after the verb is in."""
    if tree is None:
        return False
    toks = tree.tokens
    root = _top(tree, i, j)
    v = _verb_of_a_misattached_subject(tree, root, i, j)
    if v is None and root is not None and toks[root].rel in ("nsubj", "nsubj:pass"):
        v = toks[root].head
    return v is not None and 0 <= v < len(toks) and toks[v].pos in ("VERB", "AUX") and \
        (toks[v].feats or {}).get("Gender") == "Fem"


def _acting_holder_of_a_feminine_verb(tokens: list[Token], role: _Role) -> bool:
    """off44 acting_holder_of_a_feminine_verb: does the role open with an acting
    abbreviation ("врио", "и. о.": no case of its own) that a verb in the feminine
    singular governs, with no other subject? Then the abbreviation is the verb's subject
    and its holder a woman in the nominative, though the post after it is in the genitive:
    "Совещание провела врио министра культуры области Евгения Лапина" (hers, not Евгений
    Лапин's genitive, as the tagger reads the name after "министра"). The parse often takes
    the abbreviation for the verb's object; a subject of its own keeps the verb's ("Губернатор
    поблагодарила врио министра Евгения Лапина": his accusative)."""
    for n, tok in enumerate(tokens):
        if tok.start >= role.end:
            return False
        if tok.start < role.start:
            continue
        pre = _acting_prefix(tokens, n)
        if not pre:
            continue
        if acting_participle_written(tokens[n:n + pre]) is not None:
            return False  # a written participle has its own case
        v = tok.head
        if tok.rel not in ("nsubj", "nsubj:pass", "obj", "iobj") or not 0 <= v < len(tokens):
            return False
        verb = tokens[v]
        if verb.pos not in ("VERB", "AUX") or (verb.feats or {}).get("Gender") != "Fem" or \
                (verb.feats or {}).get("Number") != "Sing":
            return False
        return not any(t.head == v and t.rel in ("nsubj", "nsubj:pass") and k != n
                       for k, t in enumerate(tokens))
    return False


def _role_before_aside(tokens: list[Token], i: int, text: str, models: Models,
                       spans: list[tuple[int, int, str]]) -> _Role | None:
    """A post before the name with an aside between, set off by commas: a participle or
    relative clause ("Спикер Госдумы, объявившая минуту молчания, Сергей Нарышкин",
    "Руководитель пресс-службы «Новой газеты», где работала Политковская, Надежда
    Прусенкова") or a second apposition in the name's case ("художественному
    руководителю театра Сатиры, полному кавалеру ордена Александру Ширвиндту"). The post
    must agree in case with the name."""
    if i < 3:
        return None
    closed = tokens[i - 1].text == ","
    c = next((n for n in range(i - 1 - closed, max(0, i - MAX_WINDOW), -1)
              if tokens[n].text in (",", ".", ";", ":", "—", "–", "(", ")")
              or _in_spans(tokens[n], spans, ("PER",)) and not closed), None)
    if c is None or tokens[c].text != "," or c + 1 >= i - closed:
        return None
    if not closed and all(t.pos == "ADJ" and t.text.islower() and not _is_modifier(t, models)
                          for t in tokens[c + 1:i]):
        # "арендатору теплохода «Булгария», 40-летней Светлане Инякиной": the name's age
        # is not the aside; the apposition before it is
        return _role_before_aside(tokens, c + 1, text, models, spans)
    first = tokens[c + 1]
    want = _case(tokens[i])
    appos = first.pos in ("ADJ", "NOUN") and want not in (None, "Nom") and \
        _case(first) == want and not _is_head(first, models)
    aside = closed and (_is_participle(first) or _lemma(first, models) in RELATIVE_PRONOUNS
                        | ASIDE_WORDS) or appos
    if not aside:
        return None
    role = _role_before(tokens, c, text, models, spans)
    if role is None or _apposed_to_a_name_before(tokens, role, spans):
        return None
    head = next((t for t in tokens if t.start >= role.start and _is_head(t, models)), None)
    if head is None or _case(head) not in (None, want) and not (
            want in (None, "Nom") and _case(head) in (None, "Nom")):
        return None
    return role


def _apposed_to_a_name_before(tokens: list[Token], role: _Role,
                              spans: list[tuple[int, int, str]]) -> bool:
    """post_of_the_name_before: is the post before an aside already the apposition of a
    name right before it, after a comma? Then it is that person's, and the name after the
    aside starts a clause of its own: "Как сообщила Анна Котова, пресс-секретарь суда,
    который вынес приговор, Петров уже вышел на свободу" → Котова is the press secretary,
    Петров nothing (the aside's pass gave him her post)."""
    r = next((n for n, t in enumerate(tokens) if t.start >= role.start), None)
    return r is not None and r >= 2 and tokens[r - 1].text == "," and \
        _in_spans(tokens[r - 2], spans, ("PER",))


def _role_across_a_name(tokens: list[Token], i: int, j: int, text: str, models: Models,
                        spans: list[tuple[int, int, str]]) -> _Role | None:
    """A post whose genitive chain names another person before the holder's name:
    "пресс-секретарь президента России Владимира Путина Дмитрий Песков", "бывшему
    пресс-секретарю экс-президента США Билла Клинтона Джо Локхарту". The other person is
    in the genitive; the holder's post is the first post of the chain not in the genitive
    that agrees in case with the holder's surname (any of its readings: the tagger often
    misreads foreign names)."""
    if i == 0 or not _in_spans(tokens[i - 1], spans, ("PER",)):
        return None
    b = i - 1
    while b > 0 and _in_spans(tokens[b - 1], spans, ("PER",)):
        b -= 1
    if not any(_case(t) == "Gen" for t in tokens[b:i]):
        return None
    s = b  # the chain: posts, their modifiers and genitive words before the other name
    while s > 0 and b - s < MAX_WINDOW:
        t = tokens[s - 1]
        if _in_spans(t, spans, ("PER",)) or not (
                _is_head(t, models) or _is_modifier(t, models) or t.pos in ("NOUN", "PROPN", "ADJ")
                and _case(t) == "Gen" or t.text.lower() in STAFF_PREPOSITIONS
                and _case(tokens[s]) == "Gen"):  # "экс-директор ФБР из администрации"
            break
        s -= 1
    last = j - 1  # the surname, not a Latin spelling in brackets after it
    while last > i and not _CYRILLIC.search(tokens[last].text):
        last -= 1
    cases = {str(p.tag.case) for p in models.parse(tokens[last].text) if p.tag.case}
    if _case(tokens[last]):
        cases.add(_CASES[_case(tokens[last]) or "Nom"])
    # "заместителя Мюллера Джона Пистоля": a helper's post with a bare surname in the
    # genitive names the helper's master, whatever the case of the whole chain
    helper = i - b == 1 and b >= 1 and _lemma(tokens[b - 1], models) in RELATIONAL_HEADS and \
        "Gen" in _token_cases(tokens[b], models)
    for h in range(s, b):
        tok = tokens[h]
        fixed = _token_cases(tok, models) == _ALL_CASES  # "замгенпрокурора": any case
        if _is_head(tok, models) and (_case(tok) not in (None, "Gen") and _CASES.get(
                _case(tok) or "") in cases or fixed and h + 1 < b
                or helper and h == b - 1):
            first = h
            while first > 0 and _is_modifier(tokens[first - 1], models):
                first -= 1
            first -= _acting_prefix_before(tokens, first)
            stop = next((n for n in range(h + 1, b) if tokens[n].pos == "ADP"), b)
            role = _split_role(tokens[first:stop], text, models, spans)  # not "из ..."
            if role is not None:
                role.end = tokens[b - 1].stop
            return role
    return None


def _post_of_a_list(tokens: list[Token], i: int, text: str, models: Models,
                    spans: list[tuple[int, int, str]]) -> _Role | None:
    """A plural post before a list of names is each one's post, in the singular: "пять
    экс-президентов: Альберто Фухимори (1990—2000), Алехандро Толедо (2001—2006) и
    Ольянта Умала", "министры финансов Иван Петров и Пётр Сидоров". The list is names,
    commas, "и" and bracketed asides, and a name's home (``home_of_a_listed_name``:
    "сенаторы Джон Смит из Огайо и Питер Браун"); a colon or dash may open it."""
    k = i - 1
    depth = 0
    names = 0
    while k >= 0:
        t = tokens[k]
        if t.text == ")":
            depth += 1
        elif t.text == "(":
            depth -= 1
            if depth < 0:
                return None
        elif depth:
            pass
        elif _in_spans(t, spans, ("PER",)):
            if k + 1 < len(tokens) and not _in_spans(tokens[k + 1], spans, ("PER",)):
                names += 1
        elif (home := home_of_a_listed_name(tokens, k, spans)) is not None:
            k = home  # "Джон Смит из Огайо и ...": on to the name before its home
        elif t.text not in (",",) and t.text.lower() != "и":
            break
        k -= 1
    if k >= 0 and tokens[k].text in (":", "—", "–"):
        k -= 1
    elif names == 0:
        return None  # a single name right after the post: ``_role_before``'s case
    if k < 0:
        return None
    role = _role_before(tokens, k + 1, text, models, spans)
    if role is None or \
            _singular_post(role, tokens, models, _nominative_name(tokens, i, spans, models)) \
            is None:
        return None
    return role


def _nominative_name(tokens: list[Token], i: int, spans: list[tuple[int, int, str]],
                     models: Models) -> bool:
    """The name starting at ``i`` can be a nominative and not a genitive ("Джон Керри",
    "Сергей Лавров"; not "Сергея Лаврова")."""
    j = i
    while j < len(tokens) and _in_spans(tokens[j], spans, ("PER",)):
        j += 1
    cases = _name_cases(tokens[i:j], models)
    return "Nom" in cases and "Gen" not in cases


def _genitive_word(tok: Token, spans: list[tuple[int, int, str]]) -> bool:
    """A word of a genitive noun phrase or a place or body's name ("Саратовской области")."""
    return tok.pos in ("ADJ", "NOUN", "PROPN") and _case(tok) == "Gen" and \
        not _in_spans(tok, spans, ("PER",)) or _in_spans(tok, spans, ("LOC", "ORG"))


def _plural_post_complement(tok: Token) -> bool:
    """A word between a plural post's head and its dash or colon: "губернаторы нескольких
    регионов -" (a complement, a count)."""
    return tok.pos in ("ADJ", "NOUN", "PROPN", "NUM", "DET")


def _post_of_a_placed_list(tokens: list[Token], i: int, text: str, models: Models,
                           spans: list[tuple[int, int, str]]) -> _Role | None:
    """A plural post, a dash or colon, then names each after its own place or body in the
    genitive: "губернаторы нескольких регионов - Приморского края С.Дарькин, Саратовской
    области Павел Ипатов и Кировской области Никита Белых". Each person gets the post in
    the singular, and the place before the name as its organisation."""
    own = i
    while own > 0 and i - own < 6 and _genitive_word(tokens[own - 1], spans):
        own -= 1
    if own == i:
        return None
    k = own - 1
    names = 0
    while k >= 0:
        t = tokens[k]
        if _in_spans(t, spans, ("PER",)):
            if not _in_spans(tokens[k + 1], spans, ("PER",)):
                names += 1
        elif not (t.text == "," or t.text.lower() == "и" or _genitive_word(t, spans)):
            break
        k -= 1
    bare = names > 0 and k >= 0 and _is_head(tokens[k], models) and _plural_word(tokens[k], models)
    if bare:
        # no dash: the first name's place follows the post ("губернаторы Тульской области
        # Иван Петров, Курской области Олег Ларин"); a portfolio ("министры финансов X,
        # экономики Y") is no place and not read here
        h, k = k, k + 1
        start = post_start(tokens, h, models)
    elif k < 1 or tokens[k].text not in (":", "—", "–", "-") or \
            names == 0 and tokens[own - 1].text not in (":", "—", "–", "-"):
        return None
    else:
        span = post_before(tokens, k, 7, _plural_post_complement, models)
        if span is None:
            return None
        start, h = span
    cut = next((n for n in range(h + 1, k) if tokens[n].pos in ("NUM", "DET")
                or _lemma(tokens[n], models) in QUANTIFIERS), k)  # "нескольких регионов": whose
    role = _split_role(tokens[start:cut], text, models, spans)
    if role is None or _singular_post(role, tokens, models) is None:
        return None
    role.organization = nominative_phrase(models, tokens[own:i], text)
    if bare and not _is_a_place(role.organization, models):
        return None
    return role


_COORDINATED_PLACES = re.compile(
    r"^(?P<prefix>.*?)(?P<adjs>[А-ЯЁ][а-яё-]+(?:(?:,\s*|\s+и\s+)[А-ЯЁ][а-яё-]+)+)"
    r"\s+(?P<noun>[а-яё]+)$")


def _distribute_shared_bodies(mentions: list[_Mention], models: Models) -> None:
    """A plural post over as many names as its body has coordinated place adjectives gives
    each name, in order, its own body: "губернаторы Курганской и Тюменской областей Вадим
    Шумков и Александр Моор" → "Курганская область" and "Тюменская область";
    "министры труда Омской и Томской областей" → "Министерство труда Омской области", ...
    Anything else (another count, a body that is no such coordination) stays as it is."""
    groups: dict[int, list[_Mention]] = {}
    for m in mentions:
        if m.role is not None and m.role.shared:
            groups.setdefault(m.role.start, []).append(m)
    for group in groups.values():
        for n, m in enumerate(group):
            assert m.role is not None
            m.role.of_shared = (n, len(group))
        org = group[0].role.organization if group[0].role else None
        match = _COORDINATED_PLACES.match(org or "")
        if match is None and len(group) > 1:
            bodies = _coordinated_genitives(org, len(group), models)
            for m, body in zip(group, bodies or [], strict=False):
                assert m.role is not None
                m.role = _Role(m.role.position, body, m.role.start, m.role.end,
                               m.role.figurative, m.role.side, True, m.role.of_shared)
        if match is None or len(group) < 2:
            continue
        adjs = re.split(r",\s*|\s+и\s+", match["adjs"])
        noun = models.parse(match["noun"])
        if len(adjs) != len(group) or not noun or "plur" not in noun[0].tag or \
                noun[0].tag.POS != "NOUN":
            continue
        case = "gent" if match["prefix"].strip() else "nomn"
        one = models.inflect(match["noun"], {case, "sing"})
        gender = str(noun[0].tag.gender or "femn")
        forms = [models.inflect(a.lower(), {case, "sing", gender}) for a in adjs]
        if one is None or any(f is None or "ADJF" not in models.parse(a.lower())[0].tag
                              for f, a in zip(forms, adjs, strict=True)):
            continue
        for m, adj, form in zip(group, adjs, forms, strict=True):
            assert m.role is not None and form is not None
            body = f"{match['prefix']}{restore_caps(adj, form)} {one}"
            m.role = _Role(m.role.position, body[:1].upper() + body[1:], m.role.start,
                           m.role.end, m.role.figurative, m.role.side, True, m.role.of_shared)


_COORDINATED_NOUNS = re.compile(
    r"^(?P<prefix>(?:[А-ЯЁа-яё-]+\s+)*)(?P<nouns>[А-ЯЁ][А-ЯЁа-яё-]+"
    r"(?:,\s*[А-ЯЁ][А-ЯЁа-яё-]+)*\s+и\s+[А-ЯЁ][А-ЯЁа-яё-]+)$")


def _coordinated_genitives(org: str | None, count: int, models: Models) -> list[str] | None:
    """A plural post's body ending with as many coordinated places in the genitive as the
    post has names gives each name, in order, its own: "президенты России и Белоруссии
    Владимир Путин и Александр Лукашенко" → "Россия", "Белоруссия"; "министры обороны
    России и Китая Сергей Шойгу и Вэй Фэнхэ" → "оборона России", "оборона Китая" (read
    as a ministry later, as for one minister), "Министерство финансов Армении и Грузии"
    → "Министерство финансов Армении", "Министерство финансов Грузии". None for another
    count or shape."""
    match = _COORDINATED_NOUNS.match(org or "")
    if match is None:
        return None
    nouns = re.split(r",\s*|\s+и\s+", match["nouns"])
    prefix = match["prefix"]
    if len(nouns) != count:
        return None
    out: list[str] = []
    for n, noun in enumerate(nouns):
        places = [p for p in models.parse(noun) if "Geox" in p.tag]
        if not places:
            return None  # "председатели Совета Федерации и Госдумы": bodies, not places
        if prefix or n == 0 or "Fixd" in places[0].tag:
            out.append(f"{prefix}{noun}")  # the first noun is already in the nominative
            continue
        if not any("gent" in p.tag for p in places):
            return None
        one = models.inflect(noun, {"nomn", "sing"})
        if one is None:
            return None
        out.append(restore_caps(noun, one))
    return out


def _plural_apposition_of_a_list(tokens: list[Token], i: int, j: int, text: str,
                                 models: Models, spans: list[tuple[int, int, str]]
                                 ) -> _Role | None:
    """A plural post in apposition after a list of names is each one's post, in the
    singular: "Иван Петров и Сергей Смирнов, губернаторы Тульской и Курской областей,
    подписали ...", "с Анной Котовой и Олегом Лариным, министрами труда двух областей".
    The list is two names or more joined by commas and "и"; the post agrees in case with
    them and its number is plural (one name before a plural word is no such list:
    "По предложению Медведева, депутаты ...")."""
    lo = i
    while lo > 0 and (_in_spans(tokens[lo - 1], spans, ("PER",))
                      or tokens[lo - 1].text == "," or tokens[lo - 1].text.lower() == "и"):
        lo -= 1
    hi = j
    while hi < len(tokens) and (_in_spans(tokens[hi], spans, ("PER",)) or (
            tokens[hi].text == "," or tokens[hi].text.lower() == "и")
            and hi + 1 < len(tokens) and _in_spans(tokens[hi + 1], spans, ("PER",))):
        hi += 1
    while lo < i and not _in_spans(tokens[lo], spans, ("PER",)):
        lo += 1  # the list starts with a name
    names = sum(1 for n in range(lo, hi) if _in_spans(tokens[n], spans, ("PER",))
                and not (n + 1 < hi and _in_spans(tokens[n + 1], spans, ("PER",))))
    if names < 2 or tokens[hi - 1].text in (",",) or not any(
            tokens[n].text.lower() == "и" for n in range(lo, hi)):
        return None
    if hi + 1 >= len(tokens) or tokens[hi].text not in (",", "(", "—", "–"):
        return None
    k = hi + 1
    while k < len(tokens) and k - hi <= 3 and (_is_modifier(tokens[k], models)
                                               or tokens[k].pos == "ADJ"):
        k += 1
    if k >= len(tokens) or not _is_head(tokens[k], models) or not _plural_word(tokens[k], models) \
            or not _agrees(tokens[k], tokens[i:j], models):
        return None
    role = _role_after(tokens, hi, text, models, spans, plural=True)
    if role is None or _singular_post(role, tokens, models) is None:
        return None
    return role


def _apposition_further_on(tree: _Tree, i: int, j: int, text: str, models: Models,
                           spans: list[tuple[int, int, str]]) -> _Role | None:
    """Of appositions in a row after a name, the parse may hang a later one on the name
    over a first that is no post: "Ли Пэн, соратник Цзян Цзэминя, премьер Госсовета" →
    "премьер". The later post must open after a comma and stand in the name's case."""
    toks = tree.tokens
    for h in range(j + 2, min(len(toks), j + MAX_WINDOW)):
        if toks[h].text in (";", ":") or toks[h].pos in ("VERB", "AUX"):
            return None
        if not i <= toks[h].head < j or toks[h].rel not in ("appos", "conj") or \
                not _is_head(toks[h], models) or _case(toks[h]) != _case(toks[j - 1]):
            continue
        start = h
        while start > j and (_is_modifier(toks[start - 1], models) or toks[start - 1].pos == "ADJ"):
            start -= 1
        if toks[start - 1].text != ",":
            return None
        return _role_after(toks, start - 1, text, models, spans, tree, hung=True)
    return None


# ---------------------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------------------


def _post_case(sent: Sentence, i: int, j: int, models: Models) -> str | None:
    """"Nom" when the name in tokens i..j is given by initials only and stands beside a
    post in the nominative, with which it agrees: "министр К. Новикова подписала", "Заместитель
    министра К.Новикова провела" (the name hangs on "заместитель"), where the tagger reads
    "Новикова" as a man's genitive. The post is the head the parse gives the name's first
    token, else the word before it. None otherwise: "доклад министра А. Новикова"."""
    toks = sent.tokens
    full = [t for t in toks[i:j] if t.text.isalpha() and len(t.text) > 1 and
            t.text[:1].isupper() and not _INITIAL.match(t.text)]
    if not any(_INITIAL.match(t.text) for t in toks[i:j]) or len(full) != 1:
        return None  # a first name written out says the gender itself
    h = toks[i].head if sent.parsed and toks[i].rel in {"appos", "nmod", "flat:name",
                                                        "flat"} else i - 1
    if not 0 <= h < len(toks) or i <= h < j:
        return None
    if sent.parsed:
        h = _post_over_a_body_chain(toks, h, i, models)
    post = toks[h]
    if post.pos == "NOUN" and post.feats.get("Case") == "Nom" and \
            post.feats.get("Number") == "Sing" and post.feats.get("Animacy") == "Anim":
        return "Nom"
    return None


def _post_over_a_body_chain(toks: list[Token], h: int, i: int, models: Models) -> int:
    """The post over a body's genitive chain the parse hangs an initials name on: "директор
    центра социальной помощи Корнилова Е.В." hangs "Корнилова" on "центра", yet she is the
    director, in the director's case. A post inside the chain stops the walk ("доклад
    министра А. Новикова": the minister's own name, case unsure), and so does any word
    between the post and the name outside its phrase. ``h`` itself when no post is found."""
    k = h
    for _ in range(len(toks)):
        tok = toks[k]
        if tok.pos not in ("NOUN", "PROPN") or tok.feats.get("Case") != "Gen" or \
                _is_head(tok, models) or tok.rel != "nmod" or not 0 <= tok.head < k:
            break
        k = tok.head
    if k == h or not _is_head(toks[k], models) or \
            not all(_under(toks, n, k) for n in range(k + 1, i)):
        return h
    return k


def _apposed_post_case(sent: Sentence, i: int, j: int, models: Models) -> str | None:
    """"Nom" when the parse sets the name in tokens i..j in apposition to a post (a position
    head word) in the nominative singular, right after the post's phrase: "директор
    центра помощи семье и детям Валентина Ильина" is a woman in the nominative, though the
    tagger, after the genitive chain, reads the name as Валентин Ильин's genitive. None
    otherwise (and unparsed)."""
    toks = sent.tokens
    if sent.parsed and toks[i].rel != "appos":
        return _post_apposed_after(toks, i, j, models)
    if not sent.parsed:
        return None
    h = toks[i].head
    if h > i:
        h = _post_before_fields(toks, i, models)  # the parse hangs the name on a later post
    if not 0 <= h < i or not all(_under(toks, k, h) or _stray_body_word(toks[k])
                                 for k in range(h + 1, i)):
        return None  # "главред журнала, совладелец компании; дочь ... Александра Жукова"
    post = toks[h]
    if post.pos == "NOUN" and _is_head(post, models) and post.feats.get("Case") == "Nom" and \
            post.feats.get("Number") == "Sing" and post.feats.get("Animacy") == "Anim":
        return "Nom"
    if not _is_head(post, models) and _post_of_a_woman_subject(
            toks, _post_over_a_body_chain(toks, h, i, models), models):
        # sig72: "Председатель совета депутатов Петрова, ..., напомнила": the chair's name,
        # past the body's genitive chain, as after a post's own genitive
        return "Nom"
    if _post_listed_beside_a_named_holder(toks, h, i, j, models):
        return "Nom"  # sig73
    return _oblique_post_case(toks, h, models)  # "тренера Александра Тихонова": no post, None


def _post_listed_beside_a_named_holder(toks: list[Token], h: int, i: int, j: int,
                                       models: Models) -> bool:
    """sig73: a name hung on a genitive post (``h``) under a nominative post that "и" joins
    to another nominative post with its holder named in the nominative is the first post's
    holder, in the nominative too: in "заседание провели заместитель министра Нарыйана
    Котова и начальник отдела Олег Белов" she is the deputy, not the minister "Нарыйан Котов"
    in the genitive. Only when every word of the name (tokens i..j-1) has a singular
    nominative reading, so "помощник губернатора Сергея Смирнова и ..." keeps the
    governor's genitive. From the parse and the dictionary; linear in the sentence."""
    post = toks[h]
    up = post.head
    if post.rel != "nmod" or post.feats.get("Case") != "Gen" or not _is_head(post, models) or \
            not 0 <= up < len(toks) or not _nominative_post(toks[up], models):
        return False
    mates = [c for c, t in enumerate(toks) if t.rel == "conj" and t.head == up]
    if toks[up].rel == "conj" and 0 <= toks[up].head < len(toks):
        mates.append(toks[up].head)
    if not any(_nominative_post(toks[c], models) and any(
            t.head == c and t.rel == "appos" and t.pos == "PROPN" and
            t.feats.get("Case") == "Nom" for t in toks) for c in mates):
        return False
    words = [t.text for t in toks[i:j] if t.text.isalpha() and len(t.text) > 2]
    return bool(words) and all(_singular_nominative(w, models) for w in words)


def _nominative_post(tok: Token, models: Models) -> bool:
    """A post head noun in the nominative singular."""
    return tok.pos == "NOUN" and _is_head(tok, models) and tok.feats.get("Case") == "Nom" and \
        tok.feats.get("Number") == "Sing"


def _singular_nominative(word: str, models: Models) -> bool:
    """Has the word a dictionary reading in the nominative singular ("Федорова": a woman's
    surname; not "Анны", whose nominative is plural, nor "Сергея")?"""
    return any(p.tag.case == "nomn" and p.tag.number in ("sing", None)
               for p in models.parse(word))


def _post_apposed_after(toks: list[Token], i: int, j: int, models: Models) -> str | None:
    """nerel71: "Nom" when a post head in the nominative singular after a comma is the
    parse's apposition of the name (tokens i..j-1): "Сорокина, председатель комитета,
    ответила" is a woman in the nominative, not Сорокин's genitive. None otherwise."""
    if j >= len(toks) or toks[j].text != ",":
        return None
    for c in range(j + 1, min(len(toks), j + 5)):
        if i <= toks[c].head < j and toks[c].rel == "appos":
            post = toks[c]
            return "Nom" if _is_head(post, models) and post.feats.get("Case") == "Nom" and \
                post.feats.get("Number") == "Sing" else None
    return None


def _post_before_fields(toks: list[Token], i: int, models: Models) -> int:
    """The post a name stands right after, past the post's fields and body, when the parse
    sets the name in apposition to a later word: "подписали министр труда, занятости и
    социальной защиты Республики Татарстан Эльмира Зарипова и министр ... Павел Фокин"
    hangs "Эльмира" on the second "министр", yet she is the first one. Back from the name
    over inanimate body words, commas and "и" (FIELDS_REACH tokens at most) to the first
    post head word; -1 when another word comes first."""
    for k in range(i - 1, max(-1, i - 1 - FIELDS_REACH), -1):
        tok = toks[k]
        if tok.pos == "NOUN" and _is_head(tok, models):
            return k
        if not (_stray_body_word(tok) or tok.text in FIELD_JOINERS):
            return -1
    return -1


def _oblique_post_case(toks: list[Token], h: int, models: Models) -> str | None:
    """The oblique case of the post ``h`` a name is set in apposition to, which the name
    shares: "поблагодарила министра труда Алану Гацоеву" (accusative, read by the tagger as
    the genitive: the caller lets either stand). None for a post in the genitive under
    another post ("заместитель министра Валентина Мухина": she is the deputy, in the
    nominative, whatever the parse hangs her on) and for a plural post."""
    post = toks[h]
    case = post.feats.get("Case")
    if post.pos != "NOUN" or not _is_head(post, models) or case in (None, "Nom") or \
            post.feats.get("Number") != "Sing":
        return None
    pre = _acting_prefix_before(toks, h)
    if pre:
        return _acting_prefix_case(toks[h - pre:h])
    up = post.head
    if case in ("Gen", "Acc") and 0 <= up < len(toks) and (
            _is_head(toks[up], models) or toks[up].pos in ("NOUN", "PROPN")) and post.rel == "nmod":
        # "заместитель министра", "доклад министра": whose case is unsure
        return "Nom" if _post_of_a_woman_subject(toks, up, models) else None
    if _word_cases(post.text, True, models) == {"Nom"}:
        # offreg72: a form that reads only as a nominative ("проректор": the animate
        # accusative is "проректора") is no oblique post, whatever the tagger says
        return "Nom"
    return str(case)


def _acting_prefix_case(prefix: list[Token]) -> str | None:
    """sig72: the case of a name after an acting holder's post: the acting prefix's, not
    the genitive post's it governs. A written participle gives its own case ("с
    исполняющей обязанности директора Ольгой Зуевой": Ins); an abbreviation ("и.о.",
    "врио") has none, so None lets the name's own readings decide ("и.о. директора Ольга
    Зуева подписала": hers, not Олег Зуев's genitive)."""
    part = acting_participle_written(prefix)
    return part.feats.get("Case") if part is not None else None




def _stray_body_word(tok: Token) -> bool:
    """A word of a post's phrase the parse hangs elsewhere, which does not cut the name
    off the post: an inanimate noun or name of a body or place ("руководитель Комитета
    по занятости РСО-Алания Алана Гацоева", the region hung on an earlier noun). No
    punctuation and no person noun ("дочь", "совладелец"): those may start another
    phrase the name belongs to; but the brackets of a region's second name ("Республики
    Саха (Якутия)") are part of the body's name."""
    if tok.text in ("(", ")"):
        return True
    return tok.pos in ("NOUN", "PROPN", "ADJ") and tok.feats.get("Animacy") != "Anim" \
        and tok.text[:1].isalpha()


def _under(toks: list[Token], k: int, h: int) -> bool:
    """Is token k in the phrase of token h (h an ancestor of k in the parse)?"""
    for _ in range(len(toks)):
        k = toks[k].head
        if k == h:
            return True
        if not 0 <= k < len(toks):
            return False
    return False


# ---------------------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------------------


def _clergy_mentions(sent: Sentence, models: Models) -> list[_Mention]:
    """Clergy named by title, see and monastic name: "епископ Выборгский и Приозерский
    Игнатий" → Игнатий, "епископ Выборгский и Приозерский". The NER often takes the see's
    adjectives for a place, so this reads the tokens: a title, capitalised adjectives
    (joined by "и"), then one capitalised first name."""
    out: list[_Mention] = []
    tokens = sent.tokens
    n = 0
    while n < len(tokens):
        tok = tokens[n]
        if _lemma(tok, models) not in CLERGY_TITLES:
            n += 1
            continue
        k = n + 1
        while k + 1 < len(tokens) and (
                _see_word(tokens[k], tokens[k + 1])
                or tokens[k].text == "и" and k > n + 1 and tokens[k + 1].text[:1].isupper()):
            k += 1
        name = tokens[k] if k < len(tokens) and k > n + 1 else None
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if name is None or not name.text[:1].isupper() or not name.text.isalpha() or (
                after is not None and after.text[:1].isupper() and after.text.isalpha()) \
                or not any("Name" in p.tag for p in models.parse(name.text)):
            n = k
            continue
        gender = "masc" if _lemma(tok, models) != "игумения" else "femn"
        first = _name_word_nomn(name.text, _case(name), gender, "Name", models)
        see = [_to_nomn(t, models, gender) if t.pos == "ADJ" else t.text
               for t in tokens[n + 1:k]]
        position = " ".join([_to_nomn(tok, models).lower(), *see])
        stop = name.stop
        if k + 3 < len(tokens) and tokens[k + 1].text == "(" and tokens[k + 3].text == ")" \
                and tokens[k + 2].text[:1].isupper():
            stop = tokens[k + 3].stop  # "Симеон (Костадинов)": the secular surname
        m = _Mention(None, None, first, [], name.start, stop, gender=gender,
                     nominative=_case(name) == "Nom")
        m.role = _Role(position, None, tok.start, stop, figurative=True)
        out.append(m)
        n = k + 1
    return out


_ADJECTIVE_END = re.compile(r"(?:[сц]кий|[сц]кая|[сц]кого|[сц]кой|[сц]кому|[сц]ким|ный|ного)$")


def _see_word(tok: Token, nxt: Token) -> bool:
    """A word of a see's name: a capitalised adjective, whatever the tagger called it
    ("Иваново-Вознесенский", PROPN), or the first half of a pair cut at its hyphen
    ("Средне- и Западноевропейский")."""
    if not tok.text[:1].isupper():
        return False
    return tok.pos == "ADJ" or bool(_ADJECTIVE_END.search(tok.text)) or \
        tok.text.endswith("-") and nxt.text == "и"


def _holding_word(tok: Token, models: Models, finite: bool) -> bool:
    """A form of a verb that gives a post (``CLAUSE_HOLDING_VERBS``): a full participle
    ("занимавший", "возглавлявшего"), or with ``finite`` any verb form ("был назначен",
    "возглавляет"). Morphology decides, whatever part of speech the tagger chose."""
    low = tok.text.lower()
    for p in models.parse(low):
        if str(p.normal_form).replace("ё", "е") not in CLAUSE_HOLDING_VERBS and \
                (tok.lemma or "") not in CLAUSE_HOLDING_VERBS:
            continue
        if p.tag.POS == "PRTF" or finite and p.tag.POS in ("VERB", "PRTS", "INFN") and not (
                p.tag.POS != "PRTS" and str(p.normal_form) in APPOINTING_VERBS):
            return True  # "который назначил её министром": the one who appoints
    return False


def _held_post_clause(tokens: list[Token], i: int, j: int, text: str, models: Models,
                      spans: list[tuple[int, int, str]]) -> _Role | None:
    """A post named by a clause about the name (tokens i..j-1) next to it: a participle
    of holding before the name ("Занимающая с июня 2016 года пост премьер-министра
    Великобритании Тереза Мэй") or after it ("Андрей Бельянинов, возглавлявший должность
    главы ФТС", "Барак Обама — в то время занимавший пост президента США"), or a relative
    clause after it ("Леона Панетту, который сегодня был назначен министром обороны
    США"). A few adverbial words may stand between; a candidacy ("на пост") is not a
    post held."""
    # after the name
    if j < len(tokens) and tokens[j].text in (",", "—", "–", "("):
        k = j + 1
        relative = k < len(tokens) and _lemma(tokens[k], models) in RELATIVE_PRONOUNS \
            and _case(tokens[k]) in (None, "Nom")
        appointed = k < len(tokens) and _lemma(tokens[k], models) in RELATIVE_PRONOUNS \
            and _case(tokens[k]) == "Acc"
        k += relative or appointed
        copula = -1  # the index of "был" in "который был министром"
        aside = -1  # the closing comma of a parenthetical word: "который, правда, остался"
        reach = k + 6 + _time_phrase(tokens, k)
        for n in range(k, min(reach + 3, len(tokens))):
            tok = tokens[n]
            if n <= aside:
                continue
            if n >= reach and aside < 0:
                break
            if tok.text == "." and n > k and re.search(r"\d|^гг?$", tokens[n - 1].text):
                continue  # "в 1999г. выполнявшего"
            if relative and _parenthetical_word(tokens, n, models):
                aside = n + 2
                continue
            if _is_punct(tok) and not (n > k and _YEAR.match(tokens[n - 1].text)) \
                    or _in_spans(tok, spans, ("PER",)):
                break
            if relative and (tok.pos == "AUX" or _lemma(tok, models) == "быть"):
                copula = n
                continue  # "который был назначен"
            if relative and copula >= 0 and _is_head(tok, models) and _case(tok) == "Ins" and all(
                    _is_modifier(t, models) or
                    t.pos in ("ADJ", "ADV") for t in tokens[copula + 1:n]):
                # "который в 2010–2015 годах был министром финансов"
                stop = next((e for e in range(n, len(tokens)) if tokens[e].text in (
                    ",", ".", ";", "—", "–", ")", "!", "?")), len(tokens))
                return _post_phrase_at(tokens, n, stop, text, models, spans, "Ins")
            if _holding_word(tok, models, finite=relative) or appointed and (
                    _lemma(tok, models) in APPOINTING_VERBS or models.lemma(tok.text) in
                    APPOINTING_VERBS):  # "которого в 2010 году назначили министром"
                m = n + 1
                if m < len(tokens) and \
                        (tokens[m].pos == "AUX" or _lemma(tokens[m], models) == "быть"):
                    m += 1
                while m < len(tokens) and m - n <= 3 and tokens[m].pos == "ADV":
                    m += 1  # "назначенный сегодня на пост руководителя"
                m += _time_phrase(tokens, m)  # "назначенный в 2010 году министром"
                if m < len(tokens) and tokens[m].text.lower() in OFFICE_PREPOSITIONS and \
                        _lemma(tokens[n], models) not in APPOINTING_VERBS:
                    break
                if m < len(tokens) and tokens[m].text.lower() in OFFICE_PREPOSITIONS:
                    m += 1
                stop = next((e for e in range(m, len(tokens)) if tokens[e].text in (
                    ",", ".", ";", "—", "–", ")", "!", "?")), len(tokens))
                role = _post_phrase_at(tokens, m, stop, text, models, spans, "Ins")
                if role is not None:
                    return _duties_carried_out(role, tokens, n, m, text, models)
                break
            if tok.pos in ("VERB", "AUX") or _is_head(tok, models):
                break
    # before the name: "<participle> ... пост <post> <Name>", or the post as the object
    # of the name's verb: "пост генерального директора занимал Раис Ханнанов"
    verb = i - 1 if i > 0 and tokens[i - 1].pos in ("VERB", "AUX") and _holding_word(
        tokens[i - 1], models, finite=True) and _lemma(tokens[i - 1], models) not in \
        APPOINTING_VERBS else None
    for p in range(i - 1 - (verb is not None), max(-1, i - MAX_WINDOW), -1):
        tok = tokens[p]
        if _in_spans(tok, spans, ("PER",)) or _is_punct(tok) and tok.text not in \
                _ALLOWED_PUNCT:
            return None
        if _lemma(tok, models) in CLAUSE_POST_NOUNS:
            if p > 0 and tokens[p - 1].text.lower() in OFFICE_PREPOSITIONS:
                return None
            if verb is None and not any(_holding_word(t, models, finite=False)
                                        for t in tokens[max(0, p - 6):p]):
                return None
            return _post_phrase_at(tokens, p, verb if verb is not None else i, text,
                                   models, spans, None)
    return None


def _duties_carried_out(role: _Role, tokens: list[Token], verb: int, m: int, text: str,
                        models: Models) -> _Role:
    """off43 duties_carried_out: a clause that says the person carries out a post's
    duties makes her its acting holder: "Анна Котова, которая с марта исполняет
    обязанности министра здравоохранения области" → "и. о. министра здравоохранения"
    (written out by the holder's gender later: "исполняющая обязанности министра ...").
    The post keeps its genitive as written, word for word with the post the clause gave
    (``ACTING_DUTY_VERBS``, "обязанности" their object); any other holding verb's post is
    left."""
    if _lemma(tokens[verb], models) not in ACTING_DUTY_VERBS or m >= len(tokens) or \
            tokens[m].text.lower() != "обязанности":
        return role
    words = role.position.split()
    written = tokens[m + 1:m + 1 + len(words)]
    if len(written) != len(words) or _lemma(written[0], models) != words[0].lower():
        return role
    return replace(role, position="и. о. " + text[written[0].start:written[-1].stop])


def _parenthetical_word(tokens: list[Token], n: int, models: Models) -> bool:
    """Is tokens[n] a comma opening a one-word aside closed by another comma, an adverb or
    a particle ("который, правда, остался главой фракции", "который, впрочем, был
    назначен ...")?"""
    if n + 2 >= len(tokens) or tokens[n].text != "," or tokens[n + 2].text != ",":
        return False
    word = tokens[n + 1]
    return word.text.isalpha() and word.text.islower() and \
        word.pos in ("ADV", "PART", "INTJ") and not _is_head(word, models)


def _trade_by_seniority(position: str, models: Models) -> bool:
    """Is the post described by its holder's seniority ("с" and a noun of
    ``SENIORITY_NOUNS``)? Then it names a trade, not an office: "Социальный работник с
    12-летним стажем Анна Иванова была уволена" is a worker's story."""
    words = position.split()
    return any(w == "с" and any(models.lemma(x).lower() in SENIORITY_NOUNS
                                for x in words[n + 1:n + 4])
               for n, w in enumerate(words))


def _bare_title(role: _Role, models: Models) -> bool:
    """nerel94: is the role only a rank or title (``RANK_TITLES``: "генерал армии",
    "полковник", "профессор", "митрополит"), with no body of its own?"""
    words = _post_words(role.position)
    return role.organization is None and bool(words) and \
        models.lemma(words[0]).replace("ё", "е") in RANK_TITLES


def _office_beside_a_title(tree: _Tree, i: int, j: int, text: str, models: Models,
                           spans: list[tuple[int, int, str]]) -> _Role | None:
    """nerel94: a rank or title before a name is no office; the post its clause says the
    person leaves or holds in office, with its body, is: "Генерал армии Иван Петров
    покидает пост главнокомандующего Сухопутными войсками" → "главнокомандующий",
    "Сухопутные войска"; "Полковник полиции Иван Петров освобождён от должности начальника
    управления МВД" → "начальник", "управление МВД". A post with no body says no more
    than the title and is not taken ("Полковник Иван Петров ушёл с должности"). The parser
    often makes the title the verb's subject and the name its apposition: the clause is
    then read from the title."""
    spots = [(i, j)]
    root = _top(tree, i, j)
    if root is not None and tree.tokens[root].rel == "appos" and \
            0 <= tree.tokens[root].head < i:
        spots.append((tree.tokens[root].head, tree.tokens[root].head + 1))
    for a, b in spots:
        office = _left_post(tree, a, b, text, models, spans) or \
            _post_in_office(tree, a, b, text, models, spans) or \
            _post_appointed_over_a_title(tree, a, b, text, models, spans)
        if office is not None and office.organization:
            return office
    return None


def _leader_of_a_group_of_posts(tokens: list[Token], i: int, text: str, models: Models,
                                spans: list[tuple[int, int, str]]) -> _Role | None:
    """leader_of_a_group_of_posts: the name (from tokens[i]) that leads ("во главе с",
    ``GROUP_LEADER_WORDS``) a group of holders of a post in the plural is one of them, and
    holds that post in the singular: "группа депутатов во главе с Иваном Петровым внесла
    законопроект" → "депутат"; "сенаторы во главе с Анной Котовой". A group of another noun
    ("делегация во главе с Иваном Петровым", "волонтёры во главе с ...") gives none."""
    n = len(GROUP_LEADER_WORDS)
    if i <= n or tuple(t.text.lower() for t in tokens[i - n:i]) not in GROUP_LEADER_PHRASES:
        return None
    k = i - n - 1
    if not _is_head(tokens[k], models) or not _plural_word(tokens[k], models):
        return None
    role = _split_role(tokens[k:k + 1], text, models, spans)
    return _singular_post(role, tokens, models) if role is not None else None


def _one_of_the_other_holders(tokens: list[Token], i: int, j: int, text: str, models: Models,
                              spans: list[tuple[int, int, str]]) -> _Role | None:
    """one_of_the_other_holders: a name (tokens[i:j]) joined by "и" to a plural post that
    "другие", "прочие" or "остальные" (``OTHER_MEMBERS_WORDS``) qualifies is one of that
    post's holders, and holds it in the singular with its complements: "встретился с Иваном
    Петровым и другими депутатами областной думы" → "депутат областной думы". A bracketed
    aside may follow the name ("Иваном Петровым (Ivan Petrov) и другими ..."). The word of
    "others" agrees in case with the name. Not a plural of another noun ("Иван Петров и
    другие участники форума"), nor a post with no "others" ("Иван Петров и депутаты думы":
    a list, not a kind), nor kin ("и другие члены семьи": ``KIN_GROUPS``)."""
    k = j
    if k < len(tokens) and tokens[k].text == "(":
        k = next((n + 1 for n in range(k + 1, min(len(tokens), k + MAX_WINDOW))
                  if tokens[n].text == ")"), k)
    if k + 2 >= len(tokens) or tokens[k].text.lower() != "и" or \
            _lemma(tokens[k + 1], models) not in OTHER_MEMBERS_WORDS:
        return None
    others, h = tokens[k + 1], k + 2
    while h < len(tokens) and h - k <= 4 and not _is_head(tokens[h], models) and (
            tokens[h].pos == "ADJ" or _is_modifier(tokens[h], models)):
        h += 1  # "и другие высокопоставленные чиновники"
    if h >= len(tokens) or not _is_head(tokens[h], models) or \
            not _plural_word(tokens[h], models):
        return None
    if _case(others) is not None and _case(others) not in _name_cases(tokens[i:j], models):
        return None
    end = _post_phrase_end(tokens, h, h, len(tokens), spans)
    if any(_lemma(t, models) in KIN_GROUPS for t in tokens[h + 1:end]):
        return None  # "и другие члены семьи": kin, no post
    role = _split_role(tokens[h:end], text, models, spans)
    return _singular_post(role, tokens, models) if role is not None else None


def _post_in_the_role_of(tokens: list[Token], j: int, text: str, models: Models,
                         spans: list[tuple[int, int, str]]) -> _Role | None:
    """post_in_the_role_of: a name in the nominative before a finite verb takes the post
    in the nominative that the verb's "как" group names, the role the subject acts in:
    "Иван Петров выступил на форуме как председатель комитета" → "председатель комитета".
    The words from the name (ending before tokens[j]) to "как" hold a finite verb and no
    punctuation, other name or word of likeness ("так", "такой": ``LIKENESS_WORDS``); not
    a comparison with someone ("как и министр Олег Смирнов", a post before a name), nor a
    plural ("как руководители"). nerel69: the verb may stand in a relative clause right
    after the name ("Иван Петров, который выступил как директор фонда").
    A second post joined by "и как" is the same person's too (``_role_of_joined_as``)."""
    verb = False
    n = j
    while n < len(tokens) and n - j <= ROLE_OF_REACH:
        tok = tokens[n]
        if tok.text.lower() == "как":
            break
        if n == j and tok.text == "," and n + 1 < len(tokens) and \
                _lemma(tokens[n + 1], models) in RELATIVE_PRONOUNS and \
                (tokens[n + 1].feats or {}).get("Case") == "Nom":
            n += 2  # "Иван Петров, который выступил как …": the clause's subject is his
            continue
        if _is_punct(tok) or _in_spans(tok, spans, ("PER",)) or \
                tok.text.lower() in LIKENESS_WORDS or _lemma(tok, models) in LIKENESS_WORDS:
            return None
        verb = verb or (tok.pos in ("VERB", "AUX")
                        and (tok.feats or {}).get("VerbForm") == "Fin")
        n += 1
    else:
        return None
    if not verb or n + 1 >= len(tokens) or tokens[n + 1].text.lower() == "и":
        return None
    role = _post_phrase_at(tokens, n + 1, len(tokens), text, models, spans, "Nom")
    if role is None:
        return None
    after = bisect_left([t.start for t in tokens], role.end)
    if after < len(tokens) and _in_spans(tokens[after], spans, ("PER",)):
        return None  # "как министр Олег Смирнов": Smirnov's post
    return role


def _role_of_joined_as(tokens: list[Token], role: _Role, text: str, models: Models,
                       spans: list[tuple[int, int, str]]) -> _Role | None:
    """nerel69: the second post of a "как" group joined by "и как" right after the first
    ("выступил одновременно как директор фонда и как председатель совета ветеранов" →
    "председатель", the second post the person holds), in the nominative, not followed by
    a name (someone else's post)."""
    after = bisect_left([t.start for t in tokens], role.end)
    if after + 2 >= len(tokens) or tokens[after].text.lower() != "и" or \
            tokens[after + 1].text.lower() != "как":
        return None
    second = _post_phrase_at(tokens, after + 2, len(tokens), text, models, spans, "Nom")
    if second is None:
        return None
    end = bisect_left([t.start for t in tokens], second.end)
    if end < len(tokens) and _in_spans(tokens[end], spans, ("PER",)):
        return None
    return second


def _agent_of_someone(tokens: list[Token], role: _Role, models: Models) -> bool:
    """agent_of_someone: a representative owned by a personal possessive ("его", "её",
    "их": ``PERSONAL_POSSESSIVES``) and naming no body is someone's agent, a private
    person's spokesman or lawyer, not a post: "«Певица здорова», — сказала её представитель
    Анна Котова" gives Kotova none. A body named in the post keeps it ("её представитель
    в министерстве"), and so does any other post owned by a possessive ("его заместитель
    Иван Петров" is a deputy)."""
    if role.organization is not None:
        return False
    k = bisect_left([t.start for t in tokens], role.start)
    if not 0 < k < len(tokens) or tokens[k].start != role.start:
        return False
    return _lemma(tokens[k], models) in AGENT_HEADS and \
        tokens[k - 1].text.lower() in PERSONAL_POSSESSIVES


def _led_org(tokens: list[Token], i: int, j: int, text: str, models: Models,
             spans: list[tuple[int, int, str]]) -> str | None:
    """The organisation a verb of leading next to the name (tokens i..j-1) takes as its
    object, for a post given without one: "Центрами по контролю и предотвращению
    заболеваний ... руководит их бывший директор — доктор Джули Гербердинг", "директор
    Иван Петров, возглавляющий «Ромашку»". The object is an ORG span right after the verb,
    or one in the instrumental before it."""
    for v in range(max(0, i - 10), min(len(tokens), j + 6)):
        if i <= v < j or _lemma(tokens[v], models) not in LEADING_VERBS and \
                models.lemma(tokens[v].text) not in LEADING_VERBS:
            continue
        if v == j and _is_head(tokens[v], models):
            continue  # "с ректором вуза X управляющий отделением ...": the next subject's post
        found = _led_object(tokens, v, spans, models)
        if found is not None:
            return _org_nominative(tokens[found[0]:found[1]], text, models)
    return None


def _led_object(tokens: list[Token], v: int, spans: list[tuple[int, int, str]], models: Models
                ) -> tuple[int, int] | None:
    """The token range of the organisation a verb of leading at tokens[v] takes: a noun of
    organisation (or an ORG span) in the verb's case, after it or (fronted) before it with
    no other person between; with its adjectives and dependents."""
    # the object: a noun of organisation in the verb's case, after it or (fronted)
    # before it with no other person between
    want = ("Acc",) if _lemma(tokens[v], models).startswith("возглав") else ("Ins",)
    cands = [n for n in range(v + 1, min(len(tokens), v + 4))] + \
        [n for n in range(v - 1, max(-1, v - 12), -1)]
    for n in cands:
        tok = tokens[n]
        if n < v and _in_spans(tok, spans, ("PER",)):
            break
        if _case(tok) not in want or not (_lemma(tok, models) in ORG_HEADS or _in_spans(
                tok, spans, ("ORG",))):
            continue
        first = n
        while first > 0 and tokens[first - 1].pos == "ADJ" and \
                _case(tokens[first - 1]) == _case(tok):
            first -= 1
        end = n + 1
        while end < len(tokens) and end != v and not _in_spans(tokens[end], spans,
                                                                  ("PER",)):
            t = tokens[end]
            if _is_punct(t) and t.text not in _ALLOWED_PUNCT or t.pos in _STOP_POS \
                    or t.pos in ("VERB", "AUX") or t.pos == "ADP" and \
                    t.text.lower() not in NAME_PREPOSITIONS or t.pos == "ADJ" and \
                    _case(t) in (None, "Nom"):  # "командой должен был руководить"
                break
            if t.pos == "NOUN" and t.text.islower() and _case(t) not in ("Gen", None) and \
                    tokens[end - 1].text.lower() not in NAME_PREPOSITIONS and \
                    not _in_spans(t, spans, ("ORG",)):
                break  # "возглавил администрацию год назад": a circumstance
            end += 1
        return first, end
    return None


def _pronoun_with_post(tokens: list[Token], models: Models) -> bool:
    """Might the sentence give "он"/"она" a post ("он был назначен министром")? A
    nominative personal pronoun, a post in the instrumental or a "пост"/"должность", and
    a verb of holding or leaving one: few sentences, each parsed on demand."""
    if any(_dash_copula(tokens, n, models) or _bare_copula(tokens, n, models)
           for n in range(len(tokens))):
        return True
    return any(t.lemma in PERSONAL_PRONOUNS and _case(t) in (None, "Nom") for t in tokens) \
        and any(_is_head(t, models) and _case(t) == "Ins" or _lemma(t, models) in LEFT_POST_NOUNS
                for t in tokens) and any(
            t.lemma in HOLDING_VERBS or t.lemma in LEAVING_VERBS or t.lemma == "быть"
            or _lemma(t, models) in LEFT_POST_NOUNS for t in tokens)


def _dash_copula(tokens: list[Token], n: int, models: Models) -> bool:
    """Is tokens[n] "он"/"она" with a dash for the verb and a post in the nominative
    after it: "С 2010 года он — мэр Тулы", "Сейчас она – заместитель министра"?"""
    if n + 2 >= len(tokens) or tokens[n].pos != "PRON" or \
            _lemma(tokens[n], models) not in PERSONAL_PRONOUNS or \
            _case(tokens[n]) not in (None, "Nom") \
            or tokens[n + 1].text not in ("—", "–", "-"):
        return False
    acting = _acting_prefix(tokens, n + 2)  # "он - врио губернатора": the post governed
    k = n + 2 + acting
    while k < len(tokens) and k - n <= 5 and \
            (_is_modifier(tokens[k], models) or tokens[k].pos == "ADJ"):
        k += 1
    return k < len(tokens) and _is_head(tokens[k], models) and (
        acting > 0 or _case(tokens[k]) in (None, "Nom"))


def _bare_copula(tokens: list[Token], n: int, models: Models) -> bool:
    """off43 bare_copula: is tokens[n] "он"/"она" opening its clause with a post in the
    nominative right after it and no dash, as the rule writes a pronoun's predicate: "Она
    заместитель председателя правительства", "Сейчас он врио министра". Only at the
    clause's start (the sentence's first word, or after an adverb or a comma) and with the
    post's head read as a nominative (an acting prefix governs the post: "он врио
    губернатора"); "она директору" or "он директор" inside a longer clause are left."""
    if n + 1 >= len(tokens) or tokens[n].pos != "PRON" or \
            _lemma(tokens[n], models) not in PERSONAL_PRONOUNS or _case(tokens[n]) != "Nom" or \
            n > 0 and tokens[n - 1].pos not in ("ADV", "PUNCT", "CCONJ"):
        return False
    acting = _acting_prefix(tokens, n + 1)
    k = n + 1 + acting
    while k < len(tokens) and k - n <= 4 and (_is_modifier(tokens[k], models) or (
            tokens[k].pos == "ADJ" and tokens[k].text.isalpha() and
            _lemma(tokens[k], models) != "самый" and
            (tokens[k].feats or {}).get("Degree") != "Sup")):
        k += 1  # not a rank: "он самый возрастной игрок", "он 4-й игрок"
    return k < len(tokens) and _is_head(tokens[k], models) and (
        acting > 0 or _case(tokens[k]) == "Nom")


def _pronoun_posts(tree: _Tree, previous: list[_Mention], current: list[_Mention],
                   text: str, models: Models, spans: list[tuple[int, int, str]]
                   ) -> list[_Mention]:
    """Posts a clause gives to "он"/"она" belong to the person the pronoun stands for:
    "Иван Петров родился в Туле. В 2010 году он был назначен министром", "Она занимала
    пост мэра", "С 2010 года он — мэр Тулы". The antecedent is the last person of the
    pronoun's gender named before it in its sentence (in the nominative, if one is), else
    the one such person of the sentence before (the one named in the nominative when
    there are several); otherwise nothing is said."""
    out: list[_Mention] = []
    toks = tree.tokens
    for n, tok in enumerate(toks):
        dash = _dash_copula(toks, n, models)  # "С 2010 года он — мэр Тулы"
        bare = not dash and _bare_copula(toks, n, models)  # "Она заместитель министра"
        if not dash and not bare and (
                tok.pos != "PRON" or _lemma(tok, models) not in PERSONAL_PRONOUNS or
                _case(tok) not in (None, "Nom") or tok.rel not in ("nsubj", "nsubj:pass")):
            continue
        gender = "femn" if tok.text.lower() == "она" else "masc"
        role = _role_after(toks, n + 1, text, models, spans, tree) if dash else \
            _role_after(toks, n, text, models, spans, tree, copula=True) if bare else \
            _predicate_role(tree, n, n + 1, text, models, spans) or \
            _left_post(tree, n, n + 1, text, models, spans)
        if role is None:
            continue
        before = [m for m in current if m.end <= tok.start and _may_be(m, gender)]
        cands = [m for m in previous if _may_be(m, gender)]
        if not before and len(cands) > 1:
            cands = [m for m in cands if m.nominative]
        if before:  # the subject named before: "Джефф Сешнс представляет Алабаму ..., он"
            who = ([m for m in before if m.nominative] or before)[-1]
        elif one_surname(m.surname for m in cands):
            who = cands[0]
        else:
            continue
        out.append(_Mention(who.first, who.initial, who.surname, list(who.others),
                            tok.start, tok.stop, role=role, gender=who.gender))
    return out


def _carried_by_a_pronoun(tokens: list[Token], previous: list[_Mention],
                          models: Models) -> list[_Mention]:
    """The people of the sentence before, kept for the next one when this sentence names
    no one and speaks of one of them by "он"/"она" as its subject: "Цукерберг заявил ... .
    Он добавил, что ... . Глава Facebook выразил надежду" — the post of the third sentence
    is still Цукерберг's. The pronoun must be nominative and come before the sentence's
    first finite verb, and its gender must fit the one person named before (by surname);
    otherwise nothing is carried."""
    v = next((n for n, t in enumerate(tokens) if t.pos in ("VERB", "AUX")
              and (t.feats or {}).get("VerbForm") == "Fin"), len(tokens))
    pron = next((t for t in tokens[:v] if t.pos == "PRON" and _lemma(t, models) in PERSONAL_PRONOUNS
                 and _case(t) in (None, "Nom")), None)
    if pron is None:
        return []
    gender = "femn" if pron.text.lower() == "она" else "masc"
    fits = [m for m in previous if _may_be(m, gender)]
    if not one_surname(m.surname for m in previous) or not fits:
        return []
    return previous


def _carried_through_a_biography(tokens: list[Token], previous: list[_Mention],
                                 spans: list[tuple[int, int, str]],
                                 before: list[Token] | None, models: Models) -> list[_Mention]:
    """The person of the sentence before, kept for the next one when this sentence is a
    biography's clause without a subject: "Олег Пастухов родился в 1961 году. В 1983 году
    окончил институт. С 1992 года — начальник управления ФСБ" — the second sentence names
    no one and has no subject, so the third is still about Пастухов. The sentence names no
    person, has a finite verb with no noun or pronoun in the nominative before it, and
    every finite verb is singular, in the person's gender when it has one; one person
    (by surname) was named before. Where the chain starts (``before``, the sentence that
    named the person; None further on) the person is its subject: named in the
    nominative, not in brackets, with no noun in the nominative before the name ("Его
    учитель — академик Виктор Виноградов" is not about Виноградов). Otherwise nothing is
    carried."""
    if not one_surname(m.surname for m in previous) or any(
            kind == "PER" for _, _, kind in spans):
        return []
    if before is not None and not any(_subject_of_its_sentence(m, before) for m in previous):
        return []
    gender = previous[0].gender
    finite = False
    for n, t in enumerate(tokens):
        feats = (_verb_read_as_an_adjective(t, models) if n == 0 else None) or t.feats or {}
        if t.pos in ("VERB", "AUX") and feats.get("VerbForm") == "Fin" or \
                feats.get("VerbForm") == "Fin" and n == 0:
            said = feats.get("Gender")
            if feats.get("Number") == "Plur" or said is not None and gender is not None \
                    and said[:3].lower() != gender[:3]:
                return []
            finite = True
        elif not finite and t.pos in ("NOUN", "PROPN", "PRON") and t.text.isalpha() and \
                _case(t) in ("Nom", None):
            return []  # "Завод выпускал тракторы": a subject of its own
    return previous if finite else []


def _verb_read_as_an_adjective(tok: Token, models: Models) -> dict[str, str] | None:
    """The verb features of a capitalised word opening a sentence that the tagger read as
    something else but the dictionary reads first as a finite verb: "Окончил институт."
    (tagged an adjective) is "окончил", past, masculine, singular. None otherwise."""
    if tok.pos in ("VERB", "AUX") or not tok.text[:1].isupper() or not tok.text.isalpha():
        return None
    parses = models.parse(tok.text.lower())
    if not parses or parses[0].tag.POS != "VERB":
        return None
    tag = parses[0].tag
    out = {"VerbForm": "Fin", "Number": "Plur" if tag.number == "plur" else "Sing"}
    if tag.gender in ("masc", "femn"):
        out["Gender"] = "Masc" if tag.gender == "masc" else "Fem"
    return out


def _subject_of_its_sentence(m: _Mention, tokens: list[Token]) -> bool:
    """Is the mention, named in the nominative, the first thing its sentence speaks of: no
    noun or pronoun in the nominative before it, and not in brackets?"""
    if not m.nominative or _in_brackets(tokens, m.start):
        return False
    return not any(t.pos in ("NOUN", "PROPN", "PRON") and t.text.isalpha()
                   and _case(t) in ("Nom", None) for t in tokens if t.stop <= m.start)


def _may_be(m: _Mention, gender: str) -> bool:
    """May a pronoun of this gender stand for the mention? A foreign name whose first name
    the dictionary lacks has only the tagger's guess from its ending ("Шейк Модибо Диарра
    ... он"), which does not rule a pronoun out."""
    return m.gender in (gender, None) or m.guessed


def _described_again(tokens: list[Token], previous: list[_Mention], text: str,
                     models: Models, spans: list[tuple[int, int, str]]) -> list[_Mention]:
    """A sentence that names no one but describes someone by a post of a state ("В
    прошлом году российский премьер не попал в тройку", "смерти палестинского лидера",
    "Бывший президент ЮАР и лауреат премии") after a sentence that named one person speaks
    of that person. Only a post tied to a place by an adjective or a genitive counts, with
    no personal pronoun in its clause, and only when the text gives the person no post of
    its own (``echo``). A post in the genitive right after another post is that post's
    complement, not a post of its own ("занимал пост заместителя главы администрации
    района" is no "глава")."""
    if not one_surname(m.surname for m in previous) or any(
            _in_spans(t, spans, ("PER",)) for t in tokens):
        return []
    for h, tok in enumerate(tokens):
        if not _is_head(tok, models) or (tok.feats or {}).get("Number") == "Plur" or \
                _lemma(tok, models) in WEAK_HEADS or _lemma(tok, models) in RELATIONAL_HEADS or \
                _in_spans(tok, spans, ("ORG",)) or any(
                    _lemma(t, models) in ORG_HEADS for t in tokens[max(0, h - 3):h]):
            continue  # "Управления делами Президента РФ": a post inside a body's name
        if h > 0 and _is_head(tokens[h - 1], models) and _case(tok) == "Gen":
            continue  # "пост заместителя главы администрации района": the deputy's head
        start = h
        while start > 0 and _is_modifier(tokens[start - 1], models):
            start -= 1
        if _kin_of_the_post(tokens, start, h, models) or _office_offered(tokens, start, h, models):
            continue
        place = _place_of_adjective(tokens[start - 1], models) \
            if start > 0 and tokens[start - 1].pos == "ADJ" else None
        end = h + 1
        while end < len(tokens) and end - h <= 4 and _genitive_word(tokens[end], spans):
            end += 1
        if place is None and not any(_in_spans(t, spans, ("LOC",)) for t in tokens[h + 1:end]):
            continue
        lo = next((n for n in range(h, -1, -1) if tokens[n].text in (",", ";", ":")), -1)
        hi = next((n for n in range(h, len(tokens)) if tokens[n].text in (",", ";", ":")),
                  len(tokens))
        if any(t.pos == "PRON" and
               _lemma(t, models) in PERSONAL_PRONOUNS for t in tokens[lo + 1:hi]):
            return []  # "Губернатор области ответил ему": the pronoun is the one named
        role = _split_role(tokens[start:end], text, models, spans)
        if role is None:
            continue
        if place is not None:
            role.start = tokens[start - 1].start
            role.organization = role.organization or place
        who = previous[0]
        if _verb_disagrees(tokens, h, who):
            return []  # "Анна Котова посетила школу. Губернатор области осмотрел классы"
        return [_Mention(who.first, who.initial, who.surname, list(who.others),
                         tok.start, tok.stop, role=role, gender=who.gender, echo=True)]
    return []


def _kin_of_the_post(tokens: list[Token], start: int, h: int, models: Models) -> bool:
    """kin_of_the_post: a post in the genitive right after a noun of kinship describes the
    relative, not the holder, so it does not carry the person named before: "Иван Ли
    погиб в аварии. Сын южнокорейского министра возвращался домой" — the son is Li, the
    minister is someone else."""
    n = start - 1
    while n >= 0 and tokens[n].pos == "ADJ":  # the place's adjective: "южнокорейского"
        n -= 1
    return n >= 0 and _case(tokens[h]) == "Gen" and _lemma(tokens[n], models) in RELATIVES


def _office_offered(tokens: list[Token], start: int, h: int, models: Models) -> bool:
    """office_offered: a post in the genitive after a noun of office or of duties ("пост",
    "должность", "обязанности") names the office itself, offered, sought or filled, not
    the one named before: "Иван Петров встретился с депутатом. Он предложил ему должность
    исполняющего обязанности губернатора области" — Petrov is no governor."""
    return start > 0 and _case(tokens[h]) == "Gen" and \
        _lemma(tokens[start - 1], models) in LEFT_POST_NOUNS | DUTY_NOUNS


def _verb_disagrees(tokens: list[Token], h: int, who: _Mention) -> bool:
    """Is the post tokens[h] a subject in the nominative whose verb, the first finite one
    after it, has a gender that cannot be the person's ("Губернатор осмотрел" of a
    woman)?"""
    if _case(tokens[h]) not in ("Nom", None):
        return False
    v = next((n for n in range(h + 1, len(tokens)) if tokens[n].pos in ("VERB", "AUX")
              and (tokens[n].feats or {}).get("VerbForm") == "Fin"), None)
    if v is None:
        return False
    gender = {"Masc": "masc", "Fem": "femn"}.get((tokens[v].feats or {}).get("Gender", ""))
    return gender is not None and not _may_be(who, gender)


def _subject_of_the_one_before(tokens: list[Token], previous: list[_Mention],
                               before: list[Token], held: set[str], text: str,
                               models: Models, spans: list[tuple[int, int, str]]
                               ) -> list[_Mention]:
    """A sentence that names no one and whose subject is a singular post speaks of the one
    person the sentence before named in the nominative, when the verb agrees in gender:
    "Марк Цукерберг заявил ... . Глава Facebook выразил надежду", "Дмитрий Медведев
    пообещал ... . Глава российского государства во время форума заявил", "Свой пост
    покинет Любовь Глебова. Своему преемнику сенатор посоветовала ...". "Оба"/"обе" and
    a post, or a plural post whose body names one place for each, with a plural verb,
    speaks of the people the sentence before named, each in the nominative and none with
    a post, in order: "Соглашение подписали Иван Петров и Олег Ларин. Губернаторы
    Тульской и Курской областей отметили ..."; a bare plural is a body's members ("X и Y
    выступили против. Депутаты приняли закон"). The post is the first noun in the
    nominative before the finite verb, with adjectives before it and its genitive body
    after; a post the sentence before
    also uses is someone else's ("Иван Петров встретился с губернатором. Губернатор
    заявил"), and so is a post the text gave someone before ("ректор Бадма Каруев ... .
    Ректор напомнил"). A last resort (``echo``): a post the text gives the person itself
    wins."""
    people: list[_Mention] = []
    for m in previous:
        if all(fold(p.surname) != fold(m.surname) for p in people):
            people.append(m)
    if not people or len(people) > 4 or any(
            _in_spans(t, spans, ("PER",)) for t in tokens[:_told_clause(tokens)]):
        return []
    tokens = tokens[_introduction_end(tokens):]
    people = _the_unposted_subject(people, tokens)
    if _pronoun_subject_before_the_name(before, people, models):
        return []
    many = len(people) > 1
    if any(not m.nominative and (many or not _named_alone(m, before, models)) or m.first is None
           and m.initial is None and _common_noun(m.surname, models)
           or many and m.role is not None for m in people):
        return []  # "напомнил Папа. Глава католической церкви ...": a title, no name
    v = next((n for n, t in enumerate(tokens) if t.pos in ("VERB", "AUX")
              and (t.feats or {}).get("VerbForm") == "Fin"), None)
    if v is None or v < 1:
        return []
    verb = tokens[v].feats or {}
    gender = {"Masc": "masc", "Fem": "femn"}.get(verb.get("Gender", ""))
    if (verb.get("Number") == "Plur") != many or not many and (
            gender is None and verb.get("Tense") == "Past"
            or gender is not None and people[0].gender not in (gender, None)):
        return []  # even a guessed gender: "Баира Николаевна Очирова ... Ректор напомнил"
    h = next((n for n in range(v) if tokens[n].pos in ("NOUN", "PROPN", "PRON")
              and _case(tokens[n]) in ("Nom", None) or tokens[n].text in (",", ";", ":")
              or tokens[n].text.lower() in SUBJECT_JOINERS), None)
    both = many and h is None and v >= 2 and _lemma(tokens[0], models) in BOTH_WORDS
    if both:  # "Оба губернатора отметили": the post in the genitive singular
        h = 1
    after = h is None  # "Как отметила министр здравоохранения области, ...": after the verb
    if after:
        h = v + 1
        while h < len(tokens) and h - v <= 3 and (_is_modifier(tokens[h], models) or
                                                  tokens[h].pos == "ADJ"):
            h += 1
        if h >= len(tokens) or _case(tokens[h]) not in ("Nom", None):
            return []
    if h is None or not _is_head(tokens[h], models) or (_plural_word(tokens[h], models) != many
                                                 and not both) or \
            "Nom" not in _token_cases(tokens[h], models) and not both or \
            _lemma(tokens[h], models) in WEAK_HEADS or \
            _lemma(tokens[h], models) in RELATIONAL_HEADS and not _of_a_body(
                tokens, h, spans, models) or \
            _in_spans(tokens[h], spans, ("ORG",)):
        return []
    low = v + 1 if after else int(both)
    start = h
    while start > low and (_is_modifier(tokens[start - 1], models)
                           or tokens[start - 1].pos == "ADJ"
                           and "Nom" in _token_cases(tokens[start - 1], models)):
        start -= 1
    if start > low and (tokens[start - 1].text.lower() in POSSESSIVE_WORDS
                        or tokens[start - 1].pos == "DET"):
        return []  # "Его заместитель заявил": someone else's
    stop = next((n for n in range(h + 1, len(tokens)) if _is_punct(tokens[n]) and
                 tokens[n].text not in _OPEN_QUOTES | _CLOSE_QUOTES), len(tokens)) \
        if after else v
    end = h + 1
    while end < stop and end - h <= 6 and (
            _genitive_word(tokens[end], spans) or tokens[end].text in _OPEN_QUOTES | _CLOSE_QUOTES
            or many and tokens[end].text.lower() in LIST_JOINERS and end + 1 < stop
            and _genitive_word(tokens[end + 1], spans)):  # "Тульской и Курской областей"
        end += 1
    if any(_is_punct(t) and t.text not in _OPEN_QUOTES | _CLOSE_QUOTES
           or t.pos in ("NOUN", "PROPN", "PRON") and _case(t) == "Nom"
           for t in tokens[end:stop]):
        return []  # another subject or clause between the post and its verb (or the end
        # of its clause)
    if any(t.pos == "PRON" and _lemma(t, models) in PERSONAL_PRONOUNS for t in tokens):
        return []  # "Губернатор области ответил ему": the pronoun is the one named
    head = _lemma(tokens[h], models)
    if any(_lemma(t, models) == head for t in before) or head in held:
        return []  # the post of someone named before: "ректор Бадма Каруев ... Ректор"
    role = _split_role(tokens[start:end], text, models, spans)
    if role is None or many and _singular_post(role, tokens, models) is None:
        return []
    out = [_Mention(m.first, m.initial, m.surname, list(m.others), tokens[h].start,
                    tokens[h].stop, role=replace(role), gender=m.gender, echo=True)
           for m in people]
    if many:
        _distribute_shared_bodies(out, models)
        if not both and len({m.role.organization for m in out if m.role}) < len(out):
            return []  # "X и Y выступили против. Депутаты приняли закон": the chamber
    return out


def _of_a_body(tokens: list[Token], h: int, spans: list[tuple[int, int, str]],
               models: Models) -> bool:
    """of_a_body: a post of someone's staff ("секретарь", "советник", ``RELATIONAL_HEADS``)
    whose genitive is a body, not a person or a post, is a post of its own: "Секретарь
    совета безопасности заявил" describes a holder as well as "Губернатор заявил" does,
    while "Советник губернатора заявил" is a third person's aide."""
    if h + 1 >= len(tokens):
        return False
    nxt = tokens[h + 1]
    return _case(nxt) == "Gen" and not _is_head(nxt, models) and (
        _in_spans(nxt, spans, ("ORG",)) or nxt.pos == "NOUN"
        and (nxt.feats or {}).get("Animacy") == "Inan")


def _told_clause(tokens: list[Token]) -> int:
    """told_clause: the index where a clause of what is told starts, a comma and "что"
    after the sentence's first finite verb, or len(tokens): "Губернатор заявил, что Иван
    Петров уволен" — a name told there is no subject of the sentence, so the post before
    the verb may still describe the one named the sentence before."""
    v = next((n for n, t in enumerate(tokens) if t.pos in ("VERB", "AUX")
              and (t.feats or {}).get("VerbForm") == "Fin"), None)
    if v is None:
        return len(tokens)
    return next((n for n in range(v + 1, len(tokens) - 1) if tokens[n].text == ","
                 and tokens[n + 1].text.lower() == "что"), len(tokens))


def _named_only_in_what_is_told(tokens: list[Token], mentions: list[_Mention]) -> bool:
    """Are all the people this sentence names inside its clause of what is told
    (``_told_clause``)? "Министр сообщил, что Анна Котова назначена" — yes; "Министр Анна
    Котова сообщила, что ..." — no."""
    n = _told_clause(tokens)
    return n < len(tokens) and all(m.start >= tokens[n].start for m in mentions)


def _introduction_end(tokens: list[Token]) -> int:
    """introduction_end: the index after an introductory word or phrase and its comma at the
    start of a sentence (``INTRODUCTORY_PHRASES``), or 0: "Впрочем, глава фонда уже
    ответил" — the subject is read from "глава"; the phrase is no subject of its own."""
    words = [t.text.lower() for t in tokens[:5]]
    for n in range(1, 5):
        if n < len(words) and words[n] == "," and tuple(words[:n]) in INTRODUCTORY_PHRASES:
            return n + 1
    return 0


def _pronoun_subject_before_the_name(before: list[Token], people: list[_Mention],
                                     models: Models) -> bool:
    """pronoun_subject_before_the_name: a personal pronoun in the nominative ahead of every
    name of the sentence before is that sentence's subject, someone named earlier still,
    and a post that opens the next sentence goes on with them, not with a name told inside
    their clause: "В интервью он заметил, что слова Ивана Ли его удивили. Тем не менее,
    губернатор заявил ..." — the governor is "он", not Li."""
    first = min(m.start for m in people)
    return any(t.pos == "PRON" and _case(t) == "Nom" and t.stop <= first
               and _lemma(t, models) in PERSONAL_PRONOUNS for t in before)


def _the_unposted_subject(people: list[_Mention], tokens: list[Token]) -> list[_Mention]:
    """the_unposted_subject: when the sentence before named several people and the next
    sentence's verb is singular, the one described by a post there is the only one named in
    the nominative with no post of their own; the others are told apart by their posts or
    are objects of the telling: "Иван Петров подписал указ, по которому директор школы Олег
    Смирнов стал советником. Об этом губернатор области сообщил журналистам" — the governor
    is Petrov. Two people in the nominative without posts, or a plural verb, leave the list
    as it was (the plural reading, or nothing)."""
    if len(people) < 2:
        return people
    v = next((t for t in tokens if t.pos in ("VERB", "AUX")
              and (t.feats or {}).get("VerbForm") == "Fin"), None)
    if v is None or (v.feats or {}).get("Number") != "Sing":
        return people
    bare = [m for m in people if m.nominative and m.role is None]
    return bare if len(bare) == 1 else people


def _named_alone(m: _Mention, before: list[Token], models: Models) -> bool:
    """Is the person, named in an oblique case in the sentence before, the only person
    that sentence speaks of, with no post there: no other animate noun and no personal
    pronoun (``ALL_PERSONAL_PRONOUNS``) beside the name, which is in the genitive or the accusative
    (a dative or instrumental person is the one something is given to or done with, by
    someone the next sentence may describe)? Then a post that is the next sentence's
    subject is theirs:
    "62-летнего Ивана Петрова задержали в аэропорту. Сейчас глава фонда находится в
    участке"; not "Иван Петров встретился с губернатором. Губернатор заявил" (a
    governor of their own)."""
    named = [t for t in before if m.start <= t.start and t.stop <= m.end]
    if not named or _case(named[-1]) in ("Dat", "Ins"):
        return False  # "Ивану Петрову вручили награду. Губернатор заявил": the giver
    return m.role is None and not any(
        t.stop <= m.start or t.start >= m.end for t in before
        if t.pos == "NOUN" and (t.feats or {}).get("Animacy") == "Anim"
        or t.pos == "PRON" and _lemma(t, models) in ALL_PERSONAL_PRONOUNS)


def _territorial_epithet(tokens: list[Token], i: int, j: int, models: Models) -> bool:
    """Does the name (tokens i..j-1) after a title of royalty or nobility end with a
    territorial epithet, an adjective the dictionary knows as no surname? "принца Гарри
    Уэльского", "герцогиня Анна Йоркская" — the person is Гарри, Анна; "князь Андрей
    Вишневский" keeps its surname."""
    if j - i != 2 or i == 0 or _lemma(tokens[i - 1], models) not in NOBLE_TITLES:
        return False
    parses = models.parse(tokens[j - 1].text)
    return bool(parses) and all(str(p.tag).startswith("ADJF") for p in parses)


def _lone_epithet(tokens: list[Token], i: int, models: Models) -> bool:
    """Is the one-word name at tokens[i], right after a title of royalty, nobility or the
    clergy, an adjective of a see or a territory (its likeliest reading an adjective)?
    "избран Патриархом Болгарским", "принц Кембриджский": the title and its epithet, no
    person named; "князь Вишневский" (a surname first) keeps its name."""
    if i == 0 or _lemma(tokens[i - 1], models) not in NOBLE_TITLES | CLERGY_TITLES:
        return False
    parses = models.parse(tokens[i].text)
    return bool(parses) and str(parses[0].tag).startswith("ADJF")


def _subject_description(tokens: list[Token], text: str, models: Models,
                         spans: list[tuple[int, int, str]], named: set[str]
                         ) -> tuple[_Role, str | None, set[str]] | None:
    """The post that is the subject of a sentence whose main clause names no one, with the
    body it heads right before the verb: "Тем временем директор похоронного бюро города
    Вустера заявил, что ..." → ("директор", "похоронное бюро города Вустера"), the verb's
    gender ("masc", "femn" or None) and the surnames the sentence names (``named``: people
    named after a comma, in a clause of their own, are not the one described). A definite
    description only: a singular post in the nominative with a genitive complement, no
    other noun in the nominative before it."""
    v = next((n for n, t in enumerate(tokens) if t.pos in ("VERB", "AUX")
              and (t.feats or {}).get("VerbForm") == "Fin"), None)
    if v is None or v < 2:
        return None
    clause_end = next((n for n in range(v, len(tokens)) if tokens[n].text in (",", ";", ":")),
                      len(tokens))
    if any(_in_spans(t, spans, ("PER",)) for t in tokens[:clause_end]):
        return None
    h = next((n for n in range(v) if _is_head(tokens[n], models)), None)
    if h is None or not (_case(tokens[h]) == "Nom" or h == 0 and "Nom" in _token_cases(
            tokens[h], models)) or \
            (tokens[h].feats or {}).get("Number") != "Sing" or h + 1 >= v or any(
                t.pos in ("NOUN", "PROPN", "PRON") and _case(t) in ("Nom", None)
                or t.text.lower() in SUBJECT_JOINERS for t in tokens[:h]):
        return None
    field = False  # "по Псковской области": the body's field or area, in the dative
    for t in tokens[h + 1:v]:
        field = field or t.text.lower() == "по"
        if not (_case(t) == "Gen" and t.pos in ("NOUN", "PROPN", "ADJ")
                or field and (t.text.lower() == "по" or _case(t) == "Dat")
                or _in_spans(t, spans, ("ORG", "LOC")) or t.text in _OPEN_QUOTES
                or t.text in _CLOSE_QUOTES):
            return None
    start = h
    while start > 0 and _is_modifier(tokens[start - 1], models):
        start -= 1
    start -= _acting_prefix_before(tokens, start)
    role = _split_role(tokens[start:v], text, models, spans)
    if role is None:
        return None
    gender = {"Masc": "masc", "Fem": "femn"}.get((tokens[v].feats or {}).get("Gender", ""))
    return role, gender, named


def _name_the_description(described: tuple[_Role, str | None, set[str]],
                          tokens: list[Token], named: list[_Mention], models: Models) -> None:
    """A post that was the subject of the sentence before, which named no one, is the
    post of the one person the next sentence names, when that sentence gives no post at
    all and the person is its subject or the one quoted ("По словам X"): a last resort
    (``echo``), as when a sentence describes the person named before it."""
    role, gender, before = described
    if not named or not one_surname(m.surname for m in named) or \
            any(m.role is not None for m in named) or any(_is_head(t, models) for t in tokens) or \
            fold(named[0].surname) in before:
        return  # "Губернатор встретился с X, ... . X рассказал": X is not the governor
    m = named[0]
    if gender is not None and not _may_be(m, gender):
        return
    n = next((k for k, t in enumerate(tokens) if t.start >= m.start), 0)
    if any(t.pos == "PRON" and (_lemma(t, models) in PERSONAL_PRONOUNS
                                or (t.feats or {}).get("Person") == "3") for t in tokens[:n]):
        return  # "С ним согласился Иван Петров": the pronoun is the one described
    quoted = n >= 2 and tokens[n - 1].text.lower() == "словам" and \
        tokens[n - 2].text.lower() == "по"
    if not quoted and n >= 1 and tokens[n - 1].pos in ("NOUN", "PROPN", "ADJ"):
        return  # "Ученица Анна Петрова", "Главврач Иван Петров": a description of its own
    if not (m.nominative or quoted):
        return
    m.role = _Role(role.position, role.organization, role.start, role.end)
    m.echo = True


def _first_name_only(m: _Mention, by_first: dict[str, list[_Mention]],
                     models: Models) -> _Mention | None:
    """The person a mention by first name alone stands for: the one person of the
    document with that first name ("Алексей уходит с поста худрука" after "Алексей
    Ратманский"). None when the word may be a surname or names no one, or two people."""
    if m.first is not None or m.others or " " in m.surname:
        return None
    same = by_first.get(fold(m.surname), [])
    if len(same) != 1:
        return None
    parses = models.parse(m.surname)
    if not any("Name" in p.tag for p in parses) or any("Surn" in p.tag for p in parses):
        return None
    return same[0]


def _find(analysis: Analysis, models: Models) -> tuple[list[Official], list[OtherPost]]:
    text = analysis.text or ""
    mentions: list[_Mention] = []
    previous: list[_Mention] = []  # the people named in the sentence before
    before: list[Token] = []  # the sentence before's tokens
    before_spans: list[tuple[int, int, str]] = []  # and its names
    # the last few sentences with their names (``_post_taken_before`` reads them)
    recent: list[tuple[list[Token], list[tuple[int, int, str]]]] = []
    post_words: set[str] = set()  # words of the posts of mentions[:counted]
    counted = 0
    # a post that is the subject of the sentence before, which named no one
    described: tuple[_Role, str | None, set[str]] | None = None
    biography = 0  # sentences in a row the person before was carried through
    for n_sent, (sent, spans) in enumerate(zip(analysis.sentences,
                                               _sentence_spans(analysis, models), strict=True)):
        tokens = sent.tokens
        tree: _Tree | None = None
        here = len(mentions)
        clergy = _clergy_mentions(sent, models)
        mentions += clergy
        taken = {(m.start, m.end) for m in clergy}
        token_starts = [t.start for t in tokens]
        for s_start, s_end, s_type in spans:
            if s_type != "PER" or any(a < s_end and s_start < b for a, b in taken):
                continue
            i = bisect_left(token_starts, s_start)
            j = i
            while j < len(tokens) and tokens[j].stop <= s_end:
                j += 1
            if j == i:
                continue
            if _territorial_epithet(tokens, i, j, models):
                j -= 1  # "принца Гарри Уэльского": the epithet is no surname
                s_end = tokens[j - 1].stop
            if j - i == 1 and i == 0 and _common_noun(tokens[i].text, models):
                continue  # "Внук бывшего президента ...": capitalised as the first word
            if j - i == 1 and _lone_epithet(tokens, i, models):
                continue  # "стал Патриархом Болгарским": a see's adjective, no one's name
            m = _mention(tokens[i:j], text[s_start:s_end], s_start, s_end, models,
                         _post_case(sent, i, j, models) or _apposed_post_case(sent, i, j, models))
            if m is None:
                continue
            if sent.parsed and tree is None:
                tree = _Tree(sent, spans, models)
            role = _role_before(tokens, i, text, models, spans, tree, j)
            if role is None or role.organization is None or _membership(role):
                # "с полковником Игорем Шуневичем, главой МВД": the apposition after
                # names the post with its organisation
                after = _role_after(tokens, j, text, models, spans, tree)
                if after is not None and (role is None or after.organization
                                          or _trade_before_a_post(role, after)):
                    role = after
            if role is None and tree is not None:
                # "Ли Пэн, соратник Цзян Цзэминя, премьер Госсовета": a later apposition
                role = _apposition_further_on(tree, i, j, text, models, spans)
            if role is None:
                # "Руководитель пресс-службы «Новой газеты», где работала Политковская,
                # Надежда Прусенкова"
                role = _role_before_aside(tokens, i, text, models, spans)
            if role is None:
                # "пять экс-президентов: Альберто Фухимори (1990—2000), Алехандро Толедо"
                role = _post_of_a_list(tokens, i, text, models, spans)
            if role is None:
                # "Иван Петров и Сергей Смирнов, губернаторы Тульской и Курской областей,"
                role = _plural_apposition_of_a_list(tokens, i, j, text, models, spans)
            if role is None:
                # "губернаторы регионов - Саратовской области Павел Ипатов, Кировской ..."
                role = _post_of_a_placed_list(tokens, i, text, models, spans)
            if role is None:
                # "Анна Серова и её муж Олег Ларин (оба являются советниками мэра)"
                role = _post_of_a_group(tokens, i, j, text, models, spans)
            if role is None:
                # "пресс-секретарь президента России Владимира Путина Дмитрий Песков"
                role = _role_across_a_name(tokens, i, j, text, models, spans)
            if (role is None or role.organization is None or _membership(role)) and \
                    tree is not None:
                # "назначил на пост главы МВД полковника Игоря Шуневича"; a membership
                # gives way to the clause's post: "Член партии Иван Петров стал мэром"
                said = _predicate_role(tree, i, j, text, models, spans)
                if said is not None and (role is None or said.organization or _membership(
                        role) and not _membership(said)):
                    role = said
            if role is None and tree is not None:
                # "поздравил Ивана Петрова с назначением на должность ректора"
                role = _appointment_of_the_addressee(tree, i, j, text, models, spans)
            if role is None and tree is not None:
                # "Врио главы района назначен Иван Петров"
                role = _acting_post_of_an_appointee(tree, i, j, text, models, spans)
            if role is None and tree is not None:
                # "стал мэром Харькова, сменив на этом посту Михаила Добкина"
                role = _succession_post(tree, i, j, text, models, spans)
            if role is None and tree is not None and previous:
                # "Трамп назначил Джона Хантсмена послом в России. Он сменит Джона Теффта"
                role = _post_of_the_replaced(tree, i, j, previous)
            if role is None and tree is not None:
                # "выдвинут на пост ректора. Он хочет сменить на этом посту Олега Смирнова"
                role = _post_of_this_post(before, before_spans, tree, i, j, text, models,
                                          recent)
            if role is None:
                # "Абэ сменил своего предшественника Дзюнъитиро Коидзуми"
                role = _predecessor_post(tokens, i, mentions, here, previous, models)
            if role is None:
                # "Мэр ушёл в отпуск. Его обязанности будет исполнять Пётр Семёнов"
                role = _duties_of_the_one_before(tokens, i, j, text, spans, mentions,
                                                 here, previous, models)
            if role is None:
                # "Губернатор\nОмской области          А.Л. Петров": an act's signature
                role = _signature_post(analysis.sentences, n_sent, i, s_end, text, models,
                                       spans) or \
                    _signature_post_below(analysis.sentences, n_sent, i, s_end, text, models) \
                    or _post_after_a_bar(analysis.sentences, s_start, s_end, text, models) \
                    or head_of_a_listed_body(analysis.sentences, n_sent, i, s_end, text, models)
                if role is not None:  # a signature is written in the nominative
                    m = _mention(tokens[i:j], text[s_start:s_end], s_start, s_end, models,
                                 "Nom") or m
            if role is None and tree is not None:
                # "освободил Павла Астахова от должности Уполномоченного по правам ребенка"
                role = _left_post(tree, i, j, text, models, spans)
            if role is None and tree is not None:
                # "Роберт Мюллер на посту директора ФБР провёл десять лет"
                role = _post_in_office(tree, i, j, text, models, spans)
            if role is None and tree is not None:
                # "Депутатский мандат получил супертяжеловес Николай Валуев"
                role = _mandate_post(tree, i, j)
            if role is None and tree is not None:
                # "в годы президентства Ивана Петрова"
                role = _term_of_office_post(tree, i, j)
            if role is None:
                # "группа депутатов во главе с Иваном Петровым"
                role = _leader_of_a_group_of_posts(tokens, i, text, models, spans)
            if role is None:
                # "встретился с Иваном Петровым и другими депутатами думы"
                role = _one_of_the_other_holders(tokens, i, j, text, models, spans)
            joined_as: _Role | None = None
            if role is None and m.nominative:
                # "Иван Петров выступил на форуме как председатель комитета"
                role = _post_in_the_role_of(tokens, j, text, models, spans)
                if role is not None:  # "… как директор фонда и как председатель совета"
                    joined_as = _role_of_joined_as(tokens, role, text, models, spans)
            if role is None or role.organization is None or _membership(role):
                # "Андрей Бельянинов, возглавлявший должность главы ФТС", "Леона Панетту,
                # который был назначен министром обороны США"
                held = _held_post_clause(tokens, i, j, text, models, spans)
                if held is not None and (role is None or held.organization
                                         or _membership(role) and not _membership(held)):
                    role = held
            if role is not None and role.organization is None and tree is not None and \
                    _bare_title(role, models):
                # "Генерал армии Иван Петров покидает пост главнокомандующего войсками"
                role = _office_beside_a_title(tree, i, j, text, models, spans) or role
            if role is not None and _membership(role):
                role = _post_before_membership(role, tokens, text, models, spans) or role
            elif role is not None and role.end <= tokens[i].start:
                # "депутат Законодательного собрания, председатель комитета ... Сергей Пак"
                role = _titles_joined_by_a_comma(role, tokens, i, text, models, spans) or role
            if role is not None and not m.nominative and (
                    _woman_in_nominative(tokens[i:j], models)
                    or _initials_woman_in_nominative(tokens[i:j], models)) \
                    and (_role_head_case(tokens, role, models) == "Nom"
                         or _subject_of_a_feminine_verb(tree, i, j)) \
                    or role is not None and not m.nominative and sent.parsed \
                    and (_two_way_woman(tokens[i:j], models)
                         or _woman_in_nominative(tokens[i:j], models)) \
                    and _acting_holder_of_a_feminine_verb(tokens, role):
                # "заместитель хокима Самаркандской области Дилноза Рахимова": hers, in
                # the nominative of her post, whatever the parse hung the name on
                m = _mention(tokens[i:j], text[s_start:s_end], s_start, s_end, models,
                             "Nom") or m
            if role is not None and _trade_by_seniority(role.position, models):
                role = None
            if role is not None and _agent_of_someone(tokens, role, models):
                role = None  # "— сказала её представитель Анна Котова": no post
            if role is not None:
                _singular_post(role, tokens, models)
                if role.organization is None and not role.figurative:
                    role.organization = _led_org(tokens, i, j, text, models, spans)
            m.role = role
            mentions.append(m)
            if joined_as is not None and role is not None:
                # the second post as a mention of its own, the same person's (_other_posts)
                mentions.append(replace(m, role=joined_as, extra=[]))
        _distribute_shared_bodies(mentions[here:], models)
        _deputies_of_the_one_before(tokens, mentions[here:], previous, models)
        if described is not None:
            # "Директор похоронного бюро заявил ... . По словам Питера Стефана, ..."
            _name_the_description(described, tokens, mentions[here:], models)
        described = _subject_description(tokens, text, models, spans,
                                         {fold(m.surname) for m in mentions[here:]})
        if len(mentions) == here and previous:
            # "Ясира Арафата. ... причин смерти палестинского лидера": the one person
            # named before, described by a post
            mentions += _described_again(tokens, previous, text, models, spans)
        if previous and (len(mentions) == here or _named_only_in_what_is_told(
                tokens, mentions[here:])):
            # "Марк Цукерберг заявил ... . Глава Facebook выразил надежду"
            for m in mentions[counted:]:  # the words of posts given so far, kept up to
                if m.role is not None:       # date here so the test stays linear
                    post_words.update(m.role.position.lower().split())
            counted = len(mentions)
            mentions += _subject_of_the_one_before(tokens, previous, before, post_words,
                                                   text, models, spans)
        if len(mentions) == here and previous:
            # "Галина Волчек пришла в театр в 1956 году. С 1971 года — главный режиссёр"
            mentions += _subjectless_post(tokens, previous, text, models, spans, before)
        if len(mentions) == here and previous and _subjectless_holding(tokens, previous,
                                                                      models, spans):
            # "Иван Петров окончил юрфак. В 2005 году переехал в Тулу и стал депутатом"
            ensure_parsed(sent, models)  # rare: worth a parse of its own
            tree = tree or _Tree(sent, spans, models)
            mentions += _post_of_a_subjectless_clause(tree, previous, text, models, spans)
        if (previous or len(mentions) > here) and _pronoun_with_post(tokens, models):
            ensure_parsed(sent, models)  # rare: worth a parse of its own
            tree = tree or _Tree(sent, spans, models)
            mentions += _pronoun_posts(tree, previous, mentions[here:], text, models, spans)
        carried = [] if len(mentions) > here else _carried_by_a_pronoun(tokens, previous, models)
        if not carried and len(mentions) == here and biography < BIOGRAPHY_SENTENCES:
            # "Олег Пастухов родился в Туле. В 1983 году окончил институт. С 1992 года —
            # начальник управления": the subject goes on through the clauses without one
            carried = _carried_through_a_biography(tokens, previous, spans,
                                                   None if biography else before, models)
        biography = biography + 1 if carried and not _carried_by_a_pronoun(
            tokens, previous, models) else 0
        previous = mentions[here:] or carried
        before, before_spans = tokens, spans
        recent = (recent + [(tokens, spans)])[-RECENT_SENTENCES:]
    # merge mentions into people, fullest name first
    people: list[_Mention] = []
    by_stem: dict[str, list[_Mention]] = {}  # surnames compared within their first letters
    order = sorted(mentions, key=lambda m: (-(m.first is not None), -len(m.others), m.start))
    by_first: dict[str, list[_Mention]] = {}
    for m in order:
        bucket = by_stem.setdefault(fold(m.surname)[:3], [])
        for p in bucket:
            if _same_person(p, m):
                p.extra.append(m)
                break
        else:
            named = _first_name_only(m, by_first, models)
            if named is not None:
                named.extra.append(m)
                continue
            people.append(m)
            bucket.append(m)
            if m.first:
                by_first.setdefault(fold(m.first), []).append(m)
    index = _doc_index(analysis, models)
    places = _PlaceIndex(_place_mentions(analysis, models), text)
    out: list[Official] = []
    others: list[OtherPost] = []
    for p in sorted(people, key=lambda x: min([x.start] + [e.start for e in x.extra])):
        roles = sorted(([p] + p.extra), key=lambda x: x.start)
        roles = [r for r in roles if not _helper_of_an_oblique_name(r, roles, text)]
        with_role = [r for r in roles if r.role and not r.echo] or [r for r in roles if r.role]
        if not with_role:
            continue
        best = _best_mention(with_role, models)
        nominative = next((r for r in roles if r.nominative and _same_person(r, p)), None)
        if nominative is not None and not p.nominative:
            p.surname = nominative.surname  # the form written as the nominative wins
        main = _official_of(p, best, analysis, models, index, places)
        out.append(main)
        for m in _other_posts(best, with_role, models, analysis):
            others.append((_official_of(p, m, analysis, models, index, places), main,
                           m.start < best.start))
    return out, others


def _official_of(p: _Mention, best: _Mention, analysis: Analysis, models: Models,
                 index: _DocIndex, places: _PlaceIndex) -> Official:
    """The record of the person ``p`` by the post of one of its mentions, ``best``: the
    organisation settled from the role, the text around it and the page's places
    ("министр края Анна Котова" → "министр", the ministry of the region)."""
    text = analysis.text or ""
    role = best.role
    assert role is not None
    s = min(role.start, best.start)
    e = max(role.end, best.end)
    organization = _region_the_word_names(role, role.organization, places, index, models)
    if organization is None and not role.figurative:
        organization = _org_from_context(role, places, models,
                                         _sentence_end(text, role.end, index)) or \
            _legislature_from_context(role, analysis, models, index)
    if organization and role.organization:
        organization = _specific_org(organization, role.start, analysis, models, index)
    organization = _org_of_post(role, organization, analysis, models, index, places, best.start)
    organization = _closed_quote(organization, text, s, e)
    if role.side is not None:
        s = min(s, role.side)  # the side's words gave the body: the evidence shows them
    position = spell_out_contractions(models, role.position) if role.position else None
    return Official(_full_name(p), position, organization, None, Evidence(text[s:e], s, e))


def _post_head(position: str) -> str:
    """The head noun of a position, acting words and leading adjectives skipped:
    "первый заместитель министра" → "заместитель"."""
    words = [w for w in _post_words(position) if not w.endswith(ADJ_ENDS)] or \
        _post_words(position)
    return words[0] if words else ""


def _same_post_head(a: str, b: str) -> bool:
    """Do two heads name one post: the same word ("министр", "министра"), a compound
    ending in the other after a contraction's prefix (``_contracted``: "главврач",
    "гендиректор" and "врач", "директор"; not "директор" and "ректор"), or two deputies'
    heads ("замминистра", "заместитель")?"""
    return a[:5] == b[:5] or _contracted(a, b) or _contracted(b, a) or \
        a.startswith(DEPUTY_STEM) and b.startswith(DEPUTY_STEM)


def _contracted(a: str, b: str) -> bool:
    """fixnerel69: is ``a`` the compound of a contraction's prefix and ``b``
    (``CONTRACTION_PREFIXES``: "главврач" and "врач"), not another post that merely ends
    like it ("директор" and "ректор", "проректор" and "ректор")?"""
    return a.endswith(b) and a[:len(a) - len(b)] in CONTRACTION_PREFIXES


def _other_posts(best: _Mention, with_role: list[_Mention], models: Models,
                 analysis: Analysis) -> list[_Mention]:
    """The person's other posts: a mention whose post has another head than the chosen
    one's is a second post the person holds, and a record of its own ("директор центра
    Иван Петров … Иван Петров одновременно является депутатом думы" → "директор" and
    "депутат"). A head that only restates a post as a kind
    (``_restating_role``: "глава ведомства", "руководитель" without a body of its own;
    "глава Мичуринского района" is a post) or restated by one, a
    membership or title (``WEAK_HEADS``) without a body, a post the person has left (an
    "экс-" post, a post told as held before: ``_held_before``) and a second mention of one
    head are no other post."""
    assert best.role is not None
    if _restating_role(best.role):
        return []  # "глава ведомства Анна Котова … министр Анна Котова": one post
    seen = [_post_head(spell_out_contractions(models, best.role.position))]
    out: list[_Mention] = []
    for m in with_role:
        if m is best or m.echo or m.role is None or not m.role.position:
            continue
        head = _post_head(spell_out_contractions(models, m.role.position))
        if not head or any(_same_post_head(head, h) for h in seen) or \
                _restating_role(m.role) or _former_post(m.role, analysis.text or "") or \
                _held_before(m.role, analysis):
            continue
        if head in {w[:5] for w in WEAK_HEADS} and not m.role.organization:
            continue
        if not (_predicated(m, analysis.text or "") or _predicated(best, analysis.text or "")):
            continue  # two posts each read beside the name: a list's or a caption's, not his
        seen.append(head)
        out.append(m)
    return out


def _predicated(m: _Mention, text: str) -> bool:
    """Is the mention's post told of the named person by a clause after the name ("Иван
    Петров, который также является депутатом", "Иван Петров — член палаты", "Иван Петров
    занимает должность советника"): after the name, within a clause's reach, with no
    capitalised word (another name, a body) between? One of a person's two posts must be
    told so to be a second post; two posts each read beside the name (a list's "Анна
    Котова и Иван Петров, ректор вуза", a signature's block, a bare apposition after a
    comma) are not."""
    role = m.role
    if role is None or role.start < m.end:
        return False
    between = text[m.end:role.start]
    words = re.findall(r"\w+", between)
    return len(between) <= _PREDICATE_REACH and not any(w[:1].isupper() for w in words) \
        and (bool(words) or any(d in between for d in _DASHES))


# How far after the name a clause telling the person's post may reach.
_PREDICATE_REACH = 60


def _former_post(role: _Role, text: str) -> bool:
    """Is the post one the person has left: written with a prefix of a former post
    (``FORMER_PREFIXES``: "экс-министр") or right after such a word, which the position
    itself drops ("бывший президент страны" → "президент")?"""
    before = text[max(0, role.start - _FORMER_REACH):role.start].lower().split()[-1:]
    first = text[role.start:role.end].lower().split()[:1]
    return role.position.lower().startswith(FORMER_PREFIXES) or any(
        w.startswith(FORMER_PREFIXES) for w in before + first)


# How far before a post's first word the word saying it is a former post is looked for.
_FORMER_REACH = 40


def _held_before(role: _Role, analysis: Analysis) -> bool:
    """Is the post told as one held before: its sentence has an adverb of earlier time
    (``EARLIER_WORDS``: "Ранее она работала заместителем министра") or a verb of holding
    a post in the imperfective past ("занимал должность проректора", "являлась депутатом")?
    A perfective past ("был назначен министром", "стала депутатом") tells the post taken,
    still held; the past copula before a noun ("она была заместителем", ``PAST_COPULAS``)
    a post held before: fixnerel69, the copula's next word a noun or an adjective in the
    instrumental inside the post's own words ("был на форуме" tells no post)."""
    k = sentence_at(analysis.sentences, role.start)
    if k < 0:
        return False
    for tok in analysis.sentences[k].tokens:
        if tok.text.lower() in EARLIER_WORDS:
            return True
        feats = tok.feats or {}
        if tok.lemma in HOLDING_VERBS and feats.get("Tense") == "Past" and \
                feats.get("Aspect") == "Imp":
            return True
    toks = analysis.sentences[k].tokens
    for n, tok in enumerate(toks[:-1]):
        nxt = toks[n + 1]
        if tok.lemma in PAST_COPULAS and (tok.feats or {}).get("Tense") == "Past" and \
                nxt.pos in ("NOUN", "ADJ") and (nxt.feats or {}).get("Case") == "Ins" and \
                (nxt.feats or {}).get("VerbForm") != "Part" and \
                role.start <= nxt.start < role.end:
            return True  # "она была первым заместителем министра"; not "был избран",
            # not "был на форуме" (fixnerel69: the copula's noun is the role's own)
    return False


def _restating_role(role: _Role) -> bool:
    """fixnerel69: does a role only restate another post: a restating head
    (``_restating``) with no body of its own, or with a body named only as a kind
    ("глава ведомства", "глава региона": ``KIND_BODY_WORDS``)? "Глава Мичуринского района"
    and "руководитель управления соцзащиты" name their own post."""
    if not _restating(role.position):
        return False
    words = re.findall(r"\w+", (role.organization or "").lower())
    return not words or (len(words) == 1 and words[0][:5] in {w[:5] for w in KIND_BODY_WORDS})


def _restating(position: str) -> bool:
    """Does a position only restate another post as a kind ("глава", "руководитель")?"""
    words = [w for w in _post_words(position) if not w.endswith(ADJ_ENDS)]
    return bool(words) and any(words[0].startswith(h[:5]) for h in RESTATING_HEADS)


# How far around the official's evidence a body's closing quote is looked for.
_QUOTE_REACH = 400


def _closed_quote(org: str | None, text: str, start: int, end: int) -> str | None:
    """nerel61: a body named with an opening «, as the tagger cut it short of the closing
    mark, gets that mark when the text writes the name with it near the official: "АО
    «Уральский трубный завод" → "АО «Уральский трубный завод»" (from "АО «Уральский
    трубный завод» (в лице директора ...)"). The search is bounded (``_QUOTE_REACH``)."""
    while org and org.count("«") > org.count("»") and text.find(
            org + "»", max(0, start - _QUOTE_REACH), end + _QUOTE_REACH) >= 0:
        org += "»"  # a name quoted inside a name closes twice: "АНО «Центр «Рядом»»"
    return org


_LAYOUT_GAP = re.compile(r"(?:^|[ \t]{2,})$")


def _signature_post(sents: list[Sentence], k: int, i: int, name_end: int, text: str,
                    models: Models, spans: list[tuple[int, int, str]]) -> _Role | None:
    """A legal act's signature block: the post across one or two lines, then initials and
    a surname ending the last line after a wide gap: "Губернатор\nОмской области
    А.Л. Петров". The layout, not a sentence, links the post to the name."""
    tokens = sents[k].tokens
    if not _INITIAL.match(tokens[i].text):
        return None
    line_start = text.rfind("\n", 0, tokens[i].start) + 1
    line_end = text.find("\n", name_end)
    if text[name_end:line_end if line_end >= 0 else len(text)].strip() or \
            not _LAYOUT_GAP.search(text, line_start, tokens[i].start):
        return None
    block = [t for t in tokens[:i] if t.start >= line_start]
    if k > 0 and line_start > 0:
        above = text.rfind("\n", 0, line_start - 1) + 1
        prev = sents[k - 1]
        if prev.start >= above and text[above:line_start].strip():
            block = [t for t in prev.tokens if t.start >= above] + block
    return _nominative_post_block(block, text, models, spans)


def _nominative_post_block(block: list[Token], text: str, models: Models,
                           spans: list[tuple[int, int, str]]) -> _Role | None:
    """The post a block of tokens written apart from its holder's name spells out: after an
    acting prefix and modifiers, a post's head in the nominative ("Уполномоченный по правам
    человека в Тверской области"); anything else gives none. Shared by the layouts that put
    the post on a line of its own."""
    first = _acting_prefix(block, 0)
    while first < len(block) and _is_modifier(block[first], models):
        first += 1
    if first >= len(block) or not _is_head(block[first], models) or \
            _case(block[first]) not in (None, "Nom"):
        return None
    return _split_role(block, text, models, spans)


def _signature_post_below(sents: list[Sentence], k: int, i: int, name_end: int, text: str,
                          models: Models) -> _Role | None:
    """off43 signature_post_below: a signature that writes the name on a line of its own,
    maybe closed by a comma, and the post on the whole next line: "С уважением,\nА.Л.
    Петрова,\nУполномоченный по правам человека в Тверской области". The layout links the
    post to the name. The post line opens with a post's head in the nominative (after an
    acting prefix or modifiers) and holds no verb; a name inside a sentence, or a line
    after it that is a sentence, gives nothing."""
    tokens = sents[k].tokens
    line_start = text.rfind("\n", 0, tokens[i].start) + 1
    line_end = text.find("\n", name_end)
    if line_end < 0 or k + 1 >= len(sents) or \
            text[line_start:tokens[i].start].strip() or \
            text[name_end:line_end].strip() not in ("", ","):
        return None
    nxt = sents[k + 1]
    below_end = text.find("\n", line_end + 1)
    below_end = len(text) if below_end < 0 else below_end
    block = [t for t in nxt.tokens if t.start < below_end]
    if not block or text[line_end:block[0].start].count("\n") != 1 or \
            nxt.stop < below_end and text[nxt.stop:below_end].strip() or \
            len(block) > MAX_WINDOW or any(t.pos in ("VERB", "AUX") for t in block):
        return None
    return _nominative_post_block(block, text, models, [])


_BAR_AFTER_A_NAME = re.compile(r"[ \t]*\|[ \t]*")


def _post_after_a_bar(sents: list[Sentence], i_start: int, name_end: int, text: str,
                      models: Models) -> _Role | None:
    """off44 post_after_a_bar: a header line that opens with a name and gives the post after
    a vertical bar, the rest of the line: "Ольга Сомова | Министр культуры Тверской
    области" (a channel's or a page's head). The layout links the post to the name; the post
    part opens with a post's head in the nominative (after an acting prefix or modifiers)
    and holds no verb. A name inside a line, or a bar before anything but a post, gives
    nothing."""
    line_start = text.rfind("\n", 0, i_start) + 1
    bar = _BAR_AFTER_A_NAME.match(text, name_end)
    if text[line_start:i_start].strip() or bar is None or bar.end() == name_end or \
            "|" not in text[name_end:bar.end()]:
        return None
    line_end = text.find("\n", bar.end())
    line_end = len(text) if line_end < 0 else line_end
    block = [t for sent in sents if sent.stop > bar.end() and sent.start < line_end
             for t in sent.tokens if bar.end() <= t.start and t.stop <= line_end]
    for n, t in enumerate(block[1:], 1):
        if t.pos == "NUM" or _is_punct(t) and t.text not in _OPEN_QUOTES | _CLOSE_QUOTES \
                | {"(", ")", "-", "—"} or t.pos in ("NOUN", "PROPN") and _case(t) == "Nom" \
                and t.text.islower():
            block = block[:n]  # a line the page joined to the head: "... области канал ·"
            break
    if not block or "|" in text[bar.end():line_end] or len(block) > MAX_WINDOW or \
            any(t.pos in ("VERB", "AUX") for t in block):
        return None
    return _nominative_post_block(block, text, models, [])


def _region_the_word_names(role: _Role, organization: str | None, places: _PlaceIndex,
                           index: _DocIndex, models: Models) -> str | None:
    """"региона" ending a post stands for the region named before it: "В Пензенской области
    ... министр труда региона Олег Кузьмин" → "министр труда", "Министерство труда
    Пензенской области" (``REGION_ANAPHORS``); so does a region's kind noun after a field
    ("министр труда края": a region of that kind). The region of a body of the post's
    field named before wins ("Министерство труда Омской области и ... Тюменской области
    ... министр труда региона" → Омской); else the nearest; else the one the text is
    about."""
    words = role.position.split()
    if len(words) < 2:
        return organization
    last = models.lemma(words[-1]).lower().replace("ё", "е")
    m = _minister_word(words, models)
    with_field = m is not None and m + 1 < len(words) - 1
    kind = last if last in REGION_KIND_NOUNS and with_field else None  # not "главы края"
    if last not in REGION_ANAPHORS and kind is None:
        return organization
    field = {models.lemma(w).lower() for w in words[m + 1:-1]} - FUNCTION_WORDS \
        if m is not None else set()
    cands = places.by_kind.get("region", [])
    k = bisect_left(places.starts.get("region", []), role.start) - 1
    first = bisect_left(index.starts, role.start)
    region = nearest = None
    while k >= 0 and region is None:
        p = cands[k]
        k -= 1
        if kind is not None and not any(kind in models.lemma(w).lower()
                                        for w in p.name.split()):
            continue
        nearest = nearest or p.name
        body = _body_ending_with_place(bisect_left(index.starts, p.start), index, first, models) \
            if field else None
        if body is not None and field <= {_lemma(t, models) for t in index.tokens[
                body[0]:bisect_right(index.stops, body[1])]}:
            region = p.name
    region = region or nearest or (places.main.get("region") if kind is None else None)
    if region is None:
        return organization
    gen = _place_genitive(region, models)
    role.position = " ".join(words[:-1])
    if organization and models.lemma(organization.split()[-1]).lower() == last:
        return " ".join(organization.split()[:-1] + [gen])
    if organization is None:
        if m is not None and m + 1 < len(words) - 1:
            return f"Министерство {' '.join(words[m + 1:-1])} {gen}"
        return region
    return organization


def _post_before_membership(role: _Role, tokens: list[Token], text: str, models: Models,
                            spans: list[tuple[int, int, str]]) -> _Role | None:
    """A post in the same case set before a membership, a comma between: "заявил первый
    вице-спикер, представитель Коммунистической партии Игорь Калетник" — both describe him,
    the post says what he holds."""
    m = next((n for n, t in enumerate(tokens) if t.start >= role.start), None)
    if m is None or m < 2 or tokens[m - 1].text != "," or not _is_head(tokens[m], models):
        return None
    k = _before_the_first_post(tokens, m, spans)
    heads = [n for n in range(k + 1, m - 1) if _is_head(tokens[n], models)
             and _case(tokens[n]) == _case(tokens[m]) and
             _lemma(tokens[n], models) not in WEAK_HEADS]
    if not heads:
        return None
    start = heads[0]
    while start > k + 1 and _is_modifier(tokens[start - 1], models):
        start -= 1
    return _split_role(tokens[start:m - 1], text, models, spans)


# The longest first post (words) of two joined by a comma: "депутат Народного Собрания
# Республики Дагестан, председатель комитета ..." has five.
_JOINED_TITLE_WORDS = 8


def _titles_joined_by_a_comma(role: _Role, tokens: list[Token], i: int, text: str,
                              models: Models, spans: list[tuple[int, int, str]]
                              ) -> _Role | None:
    """Two posts in one case joined by a comma, no name between them, the name after the
    second: both are that person's, the first first: "депутат Законодательного собрания
    края, председатель комитета по социальной политике Сергей Пак" → "депутат,
    председатель" (``_joined_body`` says which body). The first post must name its body (a
    bare
    "губернатор, министр финансов X" may be a list whose first item has no name)."""
    m = next((n for n, t in enumerate(tokens) if t.start >= role.start), None)
    if m is not None and m < len(tokens) and tokens[m - 1].text != ",":
        return _second_title_after(role, tokens, m, i, text, models, spans)
    if m is None or m < 3 or tokens[m - 1].text != ",":
        return None
    head = m
    while head < len(tokens) and tokens[head].stop <= role.end and \
            not _is_head(tokens[head], models):
        head += 1
    if head >= len(tokens) or tokens[head].stop > role.end or _case(tokens[head]) is None:
        return None
    k = _before_the_first_post(tokens, m, spans)
    if k >= 0 and (_in_spans(tokens[k], spans, ("PER",)) or tokens[k].text == "," or (
            tokens[k].text == "и" and not (k > 0 and _in_spans(tokens[k - 1], spans, ("PER",))))):
        return None  # "Иван Петров, министр ..., глава ...", or a list's item with no name
    heads = [n for n in range(k + 1, m - 1) if _is_head(tokens[n], models)
             and _case(tokens[n]) == _case(tokens[head]) and
             _lemma(tokens[n], models) not in WEAK_HEADS]
    if not heads or heads[0] >= m - 2:
        return None  # the first post names no body of its own
    start = heads[0]
    while start > k + 1 and _is_modifier(tokens[start - 1], models):
        start -= 1
    one = _split_role(tokens[start:m - 1], text, models, spans)
    named = one is not None and _named_body(one.organization)
    if one is None or not (named or _standing_body(one.organization)):
        return None
    # a standing body in lower case: the body stays the one the window gave the name
    organization = _joined_body(one.organization, role.organization, models) if named else \
        role.organization or one.organization
    return _Role(f"{one.position}, {role.position}", organization, one.start, role.end)


def _before_the_first_post(tokens: list[Token], m: int,
                           spans: list[tuple[int, int, str]]) -> int:
    """Where the first of two posts joined by a comma (the comma at m - 1) begins: the index
    of the token before it — punctuation, a stop word, a preposition, a conjunction or a
    name — walking back at most ``_JOINED_TITLE_WORDS`` words; a body's name in quotes is
    read through (``_quoted_name_opening``): in "выступила заведующая библиотекой «Исток»,
    поэт Зоя Рябова" the first post starts at "заведующая", past «Исток»."""
    k = m - 2
    while k >= 0 and m - 1 - k <= _JOINED_TITLE_WORDS:
        opening = _quoted_name_opening(tokens, k)
        if opening is not None:
            k = opening - 1  # "председатель клуба «Парус», доцент ...": the body's name
            continue
        if _is_punct(tokens[k]) or tokens[k].pos in _STOP_POS | {"ADP", "CCONJ"} or \
                _in_spans(tokens[k], spans, ("PER",)):
            break
        k -= 1
    return k


def _quoted_name_opening(tokens: list[Token], k: int) -> int | None:
    """nerel98, quoted_body_of_a_joined_post: is tokens[k] the closing quote of a body's
    name in quotes that ends the first of two posts joined by a comma? Then the index of its
    opening quote, so that ``_titles_joined_by_a_comma`` reads the whole first post:
    "руководитель хорового общества «Лира», доцент Инна Сомова" → "руководитель, доцент",
    хоровое общество «Лира» (main kept only "доцент", no body). A quote with no word of its
    own between, or no opening quote within a few words, is none."""
    if tokens[k].text not in _CLOSING_QUOTES or k < 3:
        return None
    for q in range(k - 2, max(0, k - 1 - _QUOTED_NAME_WORDS), -1):
        if tokens[q].text in _OPENING_QUOTES:
            return q if not _is_punct(tokens[q - 1]) else None
        if _is_punct(tokens[q]) and tokens[q].text not in ("-", "–"):
            return None
    return None


_CLOSING_QUOTES = ("»", '"', "”")
_OPENING_QUOTES = ("«", '"', "“", "„")
_QUOTED_NAME_WORDS = 5


def _joined_body(first: str | None, second: str | None, models: Models) -> str | None:
    """The body of two joined posts: the first's when the second names none or only a unit
    written in lower case ("депутат Законодательного собрания края, председатель комитета по
    бюджету" → Законодательное собрание края); the second's when it names a body
    by its name or the first names only a place ("заместитель губернатора области, директор
    Департамента ..." → the department: a signer's body, which the agreements read). nerel67:
    a second post that names only a place (a country, a region: "председатель союза
    ветеранов, народный депутат Белоруссии") names no body by its name, so the first's body
    stays when the first names one."""
    if second and (second[:1].isupper() and not (first and _is_a_place(second, models))
                   or first is None or _is_a_place(first, models)):
        return second
    return first


def _named_body(organization: str | None) -> bool:
    """Does the first of two joined posts name its body by a name ("Законодательного
    собрания края", "Думы", "ОБСЕ")? A bare common noun ("руководитель группы, начальник
    отдела ...": a visiting group) is a passing role, not the first post."""
    return organization is not None and any(w.lstrip("«\"“„")[:1].isupper()
                                            for w in organization.split())


def _standing_body(organization: str | None) -> bool:
    """nerel67: does the first of two joined posts name a standing body by a common noun
    (``ORG_HEADS`` in the nominative the body is written in, not a group gathered for one
    task, ``TRANSIENT_GROUPS``)? "заместитель главы администрации района, начальник отдела
    культуры Ольга Жукова", "координатор комиссии, заместитель губернатора Иван Петров":
    both posts are hers and his, as a body named by a name is (``_named_body``); "руководитель
    группы, начальник отдела ..." stays a passing role. Only the position is joined then: the
    body stays the one the window gave the name (the callers skip ``_joined_body``), so no
    agreement's side moves with it."""
    if not organization:
        return False
    words = [w.lower() for w in organization.split()]
    head = next((w for w in words if w in ORG_HEADS), None)
    return head is not None and head not in TRANSIENT_GROUPS and words.index(head) <= 1


def _second_title_after(role: _Role, tokens: list[Token], m: int, i: int, text: str,
                        models: Models, spans: list[tuple[int, int, str]]) -> _Role | None:
    """The other side of ``_titles_joined_by_a_comma``: the window kept the first of the two
    posts ("... и заместитель губернатора Курганской области, директор департамента Вера
    Кольцова" gave "заместитель губернатора"); the second, between the comma and the name,
    joins it."""
    named = _named_body(role.organization)
    if not (named or _standing_body(role.organization)):
        return None
    e = next((n for n in range(m, len(tokens)) if tokens[n].start >= role.end), None)
    if e is None or tokens[e].text != ",":
        return None
    name = next((n for n in range(e + 1, min(len(tokens), e + 2 + _JOINED_TITLE_WORDS))
                 if _in_spans(tokens[n], spans, ("PER",))), None)
    if name != i or name - e < 2 or any(
            _is_punct(t) and t.text not in ("«", "»", "(", ")", '"') or t.pos in _STOP_POS
            for t in tokens[e + 1:name]):
        return None
    first = next((n for n in range(m, e) if _is_head(tokens[n], models)), None)
    second = next((n for n in range(e + 1, name) if _is_head(tokens[n], models)), None)
    if first is None or second is None or _case(tokens[first]) != _case(tokens[second]) or \
            _lemma(tokens[second], models) in WEAK_HEADS:
        return None
    two = _split_role(tokens[e + 1:name], text, models, spans)
    if two is None:
        return None
    organization = _joined_body(role.organization, two.organization, models) if named else \
        role.organization  # a standing body in lower case: the window's body stays
    return _Role(f"{role.position}, {two.position}", organization, role.start, two.end)


def _trade_before_a_post(before: _Role, after: _Role) -> bool:
    """trade_gives_way_to_a_post: a weak head before the name (a trade or a membership,
    ``WEAK_HEADS``) gives way to a post in apposition after it: "ждут дипломата Яна
    Петрова, министра иностранных дел" → министр иностранных дел."""
    return _membership(before) and not _membership(after)


def _helper_of_an_oblique_name(m: _Mention, mentions: list[_Mention], text: str) -> bool:
    """Is ``m`` a helper's post before a bare surname that is an oblique form of the
    surname the same person is written with elsewhere? "Экс-советник Трампа получил ..."
    with "Дональд Трамп" in the text is Trump's adviser, not Trump, however the tagger read
    "Трампа" (a helper's post is ``RELATIONAL_HEADS``)."""
    if m.role is None or m.first is not None or m.role.start > m.start:
        return False
    words = _post_words(m.role.position)
    head = words[0] if words else ""
    for prefix in POST_PREFIXES:
        head = head[len(prefix):] if head.startswith(prefix) else head
    if head not in RELATIONAL_HEADS:
        return False
    span = _NAME_PART.findall(text[m.start:m.end])
    written = span[-1].lower().replace("ё", "е") if span else ""
    for o in mentions:
        other = o.surname.lower().replace("ё", "е")
        if o is not m and o.first is not None and written != other and \
                written.startswith(other) and len(written) - len(other) <= 2:
            return True
    return False


def _best_mention(with_role: list[_Mention], models: Models) -> _Mention:
    """The mention whose role stands for the person: a post over a membership ("член
    партии", "представитель партии" when the text also calls him "губернатор штата"),
    then one with an organisation, then one whose organisation is a body rather than only
    a state (``_names_only_a_state``), then the first."""
    def rank(m: _Mention) -> tuple[bool, bool, bool]:
        assert m.role is not None
        # the noun, past adjectives: "превосходный член партии" is a membership too
        words = [w for w in _post_words(m.role.position) if not w.endswith(ADJ_ENDS)]
        org = m.role.organization
        return (bool(words) and words[0] in WEAK_HEADS, org is None,
                _names_only_a_state(org, models))
    return min(with_role, key=rank)


def _names_only_a_state(org: str | None, models: Models) -> bool:
    """Does a role's organisation name only a country ("президент Египта" → "Египет")? A
    body the text names for the same person says more: "Свергнутый президент Египта
    Мухаммед Мурси ... бывший лидер организации «Братья мусульмане» Мухаммед Мурси" keeps
    the leader's post with its organisation, the state being implied by the body."""
    return country_name(models, org) is not None


# ---------------------------------------------------------------------------------------
# the organisation of a post, settled last: passes over the organisation ``_find`` chose
# ---------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------
# organisation passes of round 4 (regional news): a region by its kind, a deputy's
# portfolio, abbreviations the text spells out
# ---------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------
# organisation passes of round 14 (unseen text): a post's body named before by its kind,
# by the same post, a body named after a person, a kind noun with its name, a post joined
# by "и"
# ---------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------
# organisation passes of round 17: the body the document itself names, by its short name
# (``STATE_BODY_SHORT_NAMES``) or by a kind that agrees with the post
# (``POST_BODY_AGREEMENT``)
# ---------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------
# recall passes of round 17: a plural predicate of a group, the duties of the one before
# ---------------------------------------------------------------------------------------


def _post_of_a_group(tokens: list[Token], i: int, j: int, text: str, models: Models,
                     spans: list[tuple[int, int, str]]) -> _Role | None:
    """The people of a list that a group word takes up hold the plural post its predicate
    names, each in the singular: "Анна Серова и её муж Олег Ларин (оба являются
    советниками мэра)" → "советник мэра" for both; "..., все — депутаты горсовета". Only
    names, "и", commas and a relative's words ("её мужа") stand between the name and the
    group word (``GROUP_SUBJECTS``); a holding verb may follow it, then the post in the
    plural."""
    k = j
    while k < len(tokens) and k - j < 12 and (
            _in_spans(tokens[k], spans, ("PER",)) or tokens[k].text.lower() in GROUP_LINKS
            or tokens[k].text.lower() in OWNER_PRONOUNS or _lemma(tokens[k], models) in RELATIVES):
        k += 1
    if k < len(tokens) and tokens[k].text in ("(", "—", "–"):
        k += 1
    if k >= len(tokens) or _lemma(tokens[k], models) not in GROUP_SUBJECTS and \
            tokens[k].text.lower() not in GROUP_SUBJECTS:
        return None
    k += 1
    if k < len(tokens) and tokens[k].text in ("—", "–", "-"):
        k += 1
    while k < len(tokens) and (tokens[k].pos == "AUX" or _lemma(tokens[k], models) in HOLDING_VERBS
                               or tokens[k].pos == "ADV"):
        k += 1
    first = k
    k += _acting_prefix(tokens, k)
    while k < len(tokens) and _is_modifier(tokens[k], models):
        k += 1
    if k >= len(tokens) or not _is_head(tokens[k], models) or \
            (tokens[k].feats or {}).get("Number") != "Plur":
        return None
    end = _post_phrase_end(tokens, first, k, len(tokens), spans)
    return _split_role(tokens[first:end], text, models, spans)


def _duties_of_the_one_before(tokens: list[Token], i: int, j: int, text: str,
                              spans: list[tuple[int, int, str]], mentions: list[_Mention],
                              here: int, previous: list[_Mention], models: Models
                              ) -> _Role | None:
    """Who carries out someone's duties holds, for now, that one's post: "Глава района
    Олег Орлов ушёл в отпуск. Его обязанности будет исполнять Пётр Семёнов" →
    "исполняющий обязанности главы района" (``_acting_for``). The duties are "его/её
    обязанности" with a verb of carrying out (``DUTY_VERBS``) in the sentence; the name
    is within a few words of them, no other name between; the possessive's person is the
    one person of its gender with a post named earlier in the sentence, else a post
    without a holder named earlier in it ("До назначения нового главного тренера его
    обязанности будет исполнять X", ``_post_the_possessive_stands_for``), else the one
    person of the sentence before."""
    duty = next((n for n in range(1, len(tokens)) if _lemma(tokens[n], models) in DUTY_NOUNS and
                 tokens[n - 1].text.lower() in POSSESSIVE_GENDER),
        None)
    if duty is None or not any(_lemma(t, models) in DUTY_VERBS for t in tokens):
        return None
    low, high = (j, duty) if j <= duty else (duty + 1, i)
    if high - low > 6 or any(_in_spans(t, spans, ("PER",)) for t in tokens[low:high]):
        return None
    gender = POSSESSIVE_GENDER[tokens[duty - 1].text.lower()]
    here_ = [m for m in mentions[here:] if m.end <= tokens[duty].start]
    if not any(m.role is not None for m in here_):
        post = _post_the_possessive_stands_for(tokens, duty - 1, gender, spans, models)
        if post is not None:
            role = _post_phrase_at(tokens, post, duty - 1, text, models, spans, None)
            if role is not None:
                role.position = _acting_for(role.position, models)
                return role
    for group in (here_, previous):
        held = [m for m in group if m.role is not None and not m.role.figurative
                and m.gender in (gender, None)]
        if not held:
            continue
        if not one_surname(m.surname for m in held):
            return None
        was = held[-1].role
        assert was is not None
        return _Role(_acting_for(was.position, models), was.organization, was.start,
                     was.end)
    return None


def _in_brackets(tokens: list[Token], offset: int) -> bool:
    """Is the character at ``offset`` inside parentheses among the sentence's tokens?"""
    depth = 0
    for t in tokens:
        if t.start >= offset:
            break
        depth += (t.text == "(") - (t.text == ")" and depth > 0)
    return depth > 0


def _subjectless_post(tokens: list[Token], previous: list[_Mention], text: str,
                      models: Models, spans: list[tuple[int, int, str]],
                      before: list[Token]) -> list[_Mention]:
    """A biography sentence without a subject states a post of the one person the sentence
    before named: "Ирина Лосева окончила МГУ. С 1998 года — декан экономического
    факультета" (a dash, the post in the nominative); "В 2004 году была назначена
    министром культуры" (a holding verb whose gender agrees, the post in the
    instrumental). Only a time phrase may come first; no name, no pronoun in it. The
    mention is an echo: a post stated with the name wins. A person named in brackets in
    the sentence before is an aside, not the one the biography is about: "занимал
    должности в «Менатепе» (которое возглавлял Михаил Ходорковский). В 1996—1997 годах —
    заместитель руководителя ..." is not his post."""
    if not one_surname(m.surname for m in previous) or any(
            _in_spans(t, spans, ("PER",)) for t in tokens) or all(
            _in_brackets(before, m.start) for m in previous):
        return []
    k = 0
    while k < len(tokens) and k < 8 and (
            tokens[k].pos in ("ADP", "NUM") or tokens[k].text.isdigit()
            or _lemma(tokens[k], models) in CAREER_TIME_WORDS or tokens[k].text == "."
            or _YEAR.match(tokens[k].text)):  # "В 1990–2000 годах — президент компании"
        k += 1
    if k >= len(tokens):
        return []
    who = previous[0]
    if tokens[k].text in ("—", "–"):
        if k == 0:
            return []  # a line of dialogue, not a time phrase and a dash
        want = "Nom"
        k += 1
    else:
        first = k
        while k < len(tokens) and tokens[k].pos in ("AUX", "VERB") and k - first < 3:
            gender = (tokens[k].feats or {}).get("Gender")
            if gender is not None and who.gender is not None and \
                    gender[:3].lower() != who.gender[:3]:
                return []  # "была назначена" after a man's name: another subject
            k += 1
        if k == first or not any(_holding_word(t, models, True)
                                 for t in tokens[first:k]):
            return []
        want = "Ins"
    role = _post_phrase_at(tokens, k, len(tokens), text, models, spans, want)
    if role is None:
        return []
    tok = tokens[k]
    return [_Mention(who.first, who.initial, who.surname, list(who.others), tok.start,
                     tok.stop, role=role, gender=who.gender, echo=True)]


def _subjectless_holding(tokens: list[Token], previous: list[_Mention], models: Models,
                         spans: list[tuple[int, int, str]]) -> bool:
    """Might the sentence be a biography's clause without a subject about the one person
    named before? No name, no noun or pronoun in the nominative, and a verb of holding a
    post whose gender (in the past) is the person's: a cheap test before a parse."""
    if not one_surname(m.surname for m in previous) or any(
            _in_spans(t, spans, ("PER",)) for t in tokens):
        return False
    gender = previous[0].gender
    held = False
    for t in tokens:
        if t.pos in ("NOUN", "PROPN", "PRON") and _case(t) in ("Nom", None) and t.text.isalpha():
            return False
        if t.pos in ("VERB", "AUX") and t.lemma in HOLDING_VERBS:
            said = (t.feats or {}).get("Gender")
            if said is not None and gender is not None and said[:3].lower() != gender[:3]:
                return False
            held = True
    return held


def _deputies_of_the_one_before(tokens: list[Token], current: list[_Mention],
                                previous: list[_Mention], models: Models) -> None:
    """nerel61: a helper's post with a possessive before it and no helped post after it names
    whose helper he is: "Министр ... Елена Ломакина в отъезде, поэтому документ подписал
    её первый заместитель Артём Кравчук" → "первый заместитель министра". The possessive's
    gender picks the nearest person of that gender named before, in the sentence or the
    one before it; that person's post noun, in the genitive, completes the helper's post
    (and ``bodies_of_the_helped`` then seats him in that person's body). Nothing is taken
    when that person has no post or is a helper too ("его заместитель" of a deputy)."""
    starts = {t.start: n for n, t in enumerate(tokens)}
    for m in current:
        role = m.role
        k = starts.get(role.start, 0) if role is not None else 0
        if role is None or k == 0 or \
                tokens[k - 1].text.lower() not in POSSESSIVE_GENDER or \
                _helped_word(role.position, models) is not None:
            continue
        words = role.position.lower().split()
        while len(words) > 1 and words[0] in HELPER_ORDINALS:
            words = words[1:]
        if len(words) != 1 or models.lemma(words[0]).replace("ё", "е") not in HELPER_HEADS:
            continue
        gender = POSSESSIVE_GENDER[tokens[k - 1].text.lower()]
        before = [x for x in current if x.end <= role.start] or previous
        one = next((x for x in reversed(before) if x.gender == gender), None)
        head = _helped_word(one.role.position, models) if one is not None and \
            one.role is not None and not one.role.figurative else None
        if head is not None:
            m.role = replace(role, position=f"{role.position} {head}")


def _helped_word(position: str, models: Models) -> str | None:
    """The head noun of a post, not a helper's, in the genitive singular: "министр
    социальной защиты" → "министра", "председатель комитета" → "председателя"; None for
    a helper's post ("первый заместитель") or a post without a noun to read."""
    for word in position.lower().split():
        if word in HELPER_ORDINALS:
            continue
        parse = next((p for p in models.parse(word) if p.tag.POS == "NOUN"
                      and p.tag.case == "nomn" and p.tag.number == "sing"), None)
        if parse is None or parse.normal_form.replace("ё", "е") in HELPER_HEADS:
            return None
        form = parse.inflect({"gent"})
        return form.word if form is not None else None
    return None


def _post_the_possessive_stands_for(tokens: list[Token], poss: int, gender: str,
                                    spans: list[tuple[int, int, str]],
                                    models: Models) -> int | None:
    """Where the post a possessive stands for starts: a singular post noun of its gender
    earlier in the sentence, no name after it ("до избрания нового ректора его
    обязанности" → "ректора"). Its leading modifiers are kept but for a temporal one
    ("нового главного тренера" → "главного тренера")."""
    want = "Masc" if gender == "masc" else "Fem"
    for h in range(poss - 1, -1, -1):
        tok = tokens[h]
        if _in_spans(tok, spans, ("PER",)):
            return None
        if _is_head(tok, models) and (tok.feats or {}).get("Number") != "Plur" and \
                (tok.feats or {}).get("Gender") in (want, None):
            while h > 0 and _is_modifier(tokens[h - 1], models) and \
                    _lemma(tokens[h - 1], models) not in TEMPORAL_MODIFIERS:
                h -= 1
            return h
    return None
