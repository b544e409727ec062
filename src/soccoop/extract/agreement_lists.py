"""Lists and counted items: agreements told as items of a list or by their number.

Numbered or dashed list items that each name an agreement (``_list_items``,
``_itemised_agreements``), a member elided from a coordinated list (``_elided_member``),
counted kinds and counted items ("подписаны три соглашения: с ..., с ... и с ...";
``counted_kinds``, ``counted_item``, ``_count``), ordinal members ("первое соглашение
..., второе ..."; ``_ordinal_members``, ``_counted_members``), digest and contents
headings, partners named among unnamed ones (``named_among``), restatements of a list's
items and counted summaries and parties. It stands apart from extract.agreements because
it only reads how a text enumerates agreements; what each listed agreement's sides, status
and signers are is decided elsewhere.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import NamedTuple

from soccoop.extract.agreement_types import (
    _Candidate,
    _Party,
    _region_at,
    _spans_in,
    _token_index,
    legal_form,
)
from soccoop.extract.candidate_dates import (
    _names_agreement,
)
from soccoop.extract.candidate_signers import (
    _author_signer,
    _distinct_signer_names,
    _gapped_phrase,
    _persons,
    _segment_signers,
    _signatories,
    ordinal_standing_for_noun,
    own_words_parsed,
)
from soccoop.extract.lexicon import (
    AGREED_ITEM_VERBS,
    BODY_HEADS,
    COOPERATION_DOCUMENTS,
    COUNTED_ITEM_REACH,
    COUNTED_PLACE_NOUNS,
    INCLUDING_PHRASES,
    ITEM_CONJUNCTIONS,
    ITEM_MARK_TAGS,
    LINK_VERBS,
    LIST_JOINERS,
    LIST_LEAD_POINTERS,
    LIST_LEAD_REACH,
    NAMED_AMONG_REACH,
    NUMBER_SIGNS,
    NUMBER_WORDS,
    ONE_OF_TWO,
    ORDINAL_CHAIN_REACH,
    ORDINAL_RANKS,
    ORDINAL_REMARK_WORDS,
    ORDINALS,
    ORG_HEADS,
    OTHER_OF_TWO,
    PARTICIPANT_NOUNS,
    PARTNER_BECOME_VERBS,
    PARTNER_NOUNS,
    PLAN_WORDS,
    QUANTITY,
    REFERRING_BODY_WORDS,
    SERIES_NOUNS,
    SIDES_OWNER_PRONOUNS,
    SIDES_TOLD_REACH,
    SIGN_VERBS,
    TRIGGERS,
    UNNAMED_PARTNER_REACH,
)
from soccoop.extract.lexicon_sides import (
    BETWEEN_PREPOSITIONS,
    COLON_PART_CLOSERS,
    COLON_PART_OPENERS,
    CONTENTS_ITEMS,
    LIST_OPENERS,
    PARTNER_PREPOSITIONS,
    RELATIVE_PRONOUNS,
    RELATIVE_REACH,
    SENTENCE_END_MARKS,
    TABLE_DATE_HEADS,
    TABLE_ENDED_STATES,
    TABLE_PLANNED_STATES,
    TABLE_ROWS_MIN,
    TABLE_SIDE_HEADS,
    TABLE_SIGNER_HEADS,
    TABLE_STATUS_HEADS,
    TABLE_SUBJECT_HEADS,
)
from soccoop.extract.lexicon_signers import COLLECTIVE_WORDS
from soccoop.extract.lexicon_status import ABOUT_PREPOSITIONS, ADDENDUM_ADJECTIVES
from soccoop.extract.nlp import (
    Analysis,
    Models,
    Sentence,
    Token,
    opens_line,
    sentence_starts,
)
from soccoop.extract.normalize import nominative_phrase
from soccoop.extract.official_units import portfolio_of_body
from soccoop.extract.party_phrases import (
    GAP_DASHES,
    _parties_in,
    behalf_district,
)
from soccoop.extract.series_sides import (
    apposed_items,
    closing_item,
    colon_after_lead,
    count_side_named,
    first_item_side,
    item_signers,
    item_twins,
    lead_owner,
    one_body,
    opens_series_item,
    partners_not_common,
    ranked_item,
    restated_series,
    side_before_lead,
    spread_signers,
    table_caption,
    uncounted_series,
    verbless_series_item,
)
from soccoop.extract.status import clock_line
from soccoop.extract.syntax import (
    Window,
    relative_pronoun_before,
    verbless,
)
from soccoop.extract.turns import label_alone
from soccoop.extract.with_partner import partner_noun_after
from soccoop.models import (
    DateRef,
    Official,
    RegionRef,
)


def ordinal_chain(counted: int, chain: int, si: int) -> bool:
    """agr30: an ordinal "документ" goes on the enumeration of counted agreements while
    the previous ordinal was told a few sentences before, however far the count is:
    "подписало три соглашения. Первое соглашение заключено с X. <три фразы о нём> Второй
    документ — с Y" takes Y's agreement up as the second."""
    return counted >= 0 and chain > counted and 0 < si - chain <= ORDINAL_CHAIN_REACH


# A line that opens an item of a list: "1) ", "2. ", "— ", "• ", a keycap digit "1️⃣ ";
# agr46b: a pictographic bullet as ``signers.list_item`` reads one (a geometric shape, a
# dingbat, an emoji, its variation selector after it): "▪ с колледжем ...", "✅ с фондом ..."
_LIST_ITEM = re.compile(r"\s*(?:(?:\d{1,2}[).]|[—–•*-])\s|\d\ufe0f?\u20e3\s*|"
                        r"[\u25a0-\u25ff\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?\s)")


# dig92: an item's number standing alone as a sentence ("1." cut off "1. С фондом ...")
_BARE_MARK = re.compile(r"\s*\d{1,2}[.)]\s*")


def opens_item(text: str, offset: int) -> bool:
    """fair91: does the line holding ``offset`` open with a list item's mark ("1) ", "2. ",
    "— ", "• ")? "• соглашение с фондом «Шаг»" does, "Соглашение с фондом «Шаг»" not."""
    return _LIST_ITEM.match(text, text.rfind("\n", 0, offset) + 1) is not None


def colon_partner_count(sent: Sentence) -> int:
    """lists63: how many partners a list's lead counts right before its closing colon:
    "Фонд заключил соглашения сразу с четырьмя организациями города:" counts four — a "с",
    a numeral, adjectives or participles, a plural common noun and its bare genitives, then
    the colon ending the sentence; 0 for any other lead ("подписаны соглашения с фондом:",
    "подписаны соглашения с тремя организациями, в том числе:")."""
    toks = sent.tokens
    end = len(toks) - 1
    if end < 3 or toks[end].text != ":":
        return 0
    n = end - 1
    while n > 0 and toks[n].pos in {"NOUN", "ADJ", "DET"} and \
            not toks[n].text[:1].isupper() and toks[n].feats.get("Case") == "Gen":
        n -= 1  # "с тремя предприятиями региона:"
    if toks[n].pos != "NOUN" or toks[n].feats.get("Number") != "Plur" or \
            toks[n].text[:1].isupper():
        return 0
    j = n - 1
    while j > 0 and (toks[j].pos in {"ADJ", "DET", "ADV"} or _participle(toks[j])):
        j -= 1
    if j < 1 or toks[j].lemma not in NUMBER_WORDS or \
            toks[j - 1].lemma not in PARTNER_PREPOSITIONS:
        return 0
    return NUMBER_WORDS[toks[j].lemma]


def colon_after_preposition(sent: Sentence) -> bool:
    """lists64: a list's lead whose partner preposition stands right before its closing
    colon ("Соглашения заключены с:", "Фонд подписал соглашения о сотрудничестве с:"):
    the items below are that preposition's objects, each naming its partner with no "с"
    of its own ("• областным советом ветеранов — о …;", "1. Администрацией района")."""
    toks = sent.tokens
    return len(toks) >= 3 and toks[-1].text == ":" and \
        toks[-2].lemma in PARTNER_PREPOSITIONS and toks[-2].pos == "ADP"


def _object_item(toks: list[Token]) -> bool:
    """lists64: an item under a lead ending with "с:" (``colon_after_preposition``) names
    its partner first, in the instrumental the preposition governs ("• региональным
    отделением общества инвалидов — о …", "2. Администрацией Энского района") or by a
    legal form and a quoted name, which keep no case ("АО «Заря» — о квотах",
    "ООО «Мост»"): a noun, an adjective or a proper name in the instrumental, or a legal
    form's abbreviation (``agreement_types.legal_form``) whatever case the tagger gave it,
    its quoted name right after it (``_quoted_after_form``). fixlists64: an abbreviation
    that is no legal form ("МЧС напоминает …", "ФОК «Олимп»") or has no quoted name after
    it opens no item."""
    if not toks:
        return False
    t = toks[0]
    return t.pos in {"NOUN", "PROPN", "ADJ", "X"} and (
        t.feats.get("Case") == "Ins" and not t.text.isupper() or
        _quoted_after_form(toks, 0) is not None)


def _quoted_after_form(toks: Sequence[Token], i: int) -> int | None:
    """fixlists64: the index of the opening quote of the name the legal form at ``i``
    gives ("АО «Заря»", "ФГАОУ ВО «Университет»": further capitals, a degree of education,
    may stand between), or None when the word at ``i`` is no legal form's abbreviation
    (``agreement_types.legal_form``: "ООО", "АНО", "КГБУСО") or no quote follows."""
    if i >= len(toks) or not legal_form(toks[i].text) or not toks[i].text.isupper():
        return None
    n = i + 1
    while n < len(toks) and len(toks[n].text) > 1 and toks[n].text.isupper() and \
            toks[n].text.isalpha():
        n += 1
    return n if n < len(toks) and toks[n].text == "«" else None


def _bare_partner_item(toks: list[Token]) -> bool:
    """lists63: an item of a counted list of partners naming its partner bare, by its own
    name in the nominative, before anything else ("✅ ООО «Заря» – документ подписал
    директор ...", "— АНО «Мост»."): its first word is capitalised, a noun, a proper name
    or an abbreviation, in the nominative or with no case (a quoted name); an
    abbreviation in capitals ("ООО", "АНО") whatever case the tagger gave it."""
    if not toks:
        return False
    t = toks[0]
    return t.text[:1].isupper() and t.pos in {"NOUN", "PROPN", "X"} and \
        (t.feats.get("Case", "Nom") == "Nom" or len(t.text) > 1 and t.text.isupper())


def _line_ends_full(text: str, start: int) -> bool:
    """fixlists64: does the line opening at ``start`` end with a full stop (its last mark
    before the line break, "— о наставничестве.")? An unmarked list's last item ends so,
    the others with ";" or ","; the line after it is no item, whatever it opens with."""
    end = text.find("\n", start)
    return text[start:end if end >= 0 else len(text)].rstrip().endswith(".")


def _list_items(sents: list[Window], si: int, text: str = "", count: int = 0,
                partners: int = 0) -> list[Window]:
    """The items of a list that the sentence at si announces with a colon ("Вчера
    заключены соглашения:" then "1) с Департаментом ...;", "2) с Министерством ..."):
    the following sentences, each opening a line with a number or a bullet and naming a
    partner after "с". Two or more, or none.
    agr65: a post's list announced by a count of agreements ending its line, with no colon
    ("Подписали утром сразу три соглашения 🤝" then "1️⃣ С университетом — о ... .
    Со стороны вуза соглашение подписал ректор ...", "2️⃣ С ..."): as many items as counted,
    each opening its line; the other sentences of an item's line are the item's own.
    dig92: so too under a colon: "1. С фондом «Исток» — о ... (12 мая). Документ
    подписали ..." is one item whose line goes on past its first sentence.
    event49: a line ending with a mark pointing down (``_points_down``: "подписаны
    соглашения с партнёрами 👇") announces its list as a colon does.
    lists63: a lead counting its partners before the colon ("... сразу с тремя
    заводами района:", ``colon_partner_count``) may list them bare, one name in the
    nominative opening each item (``_bare_partner_item``: "✅ ООО «Заря» – документ
    подписал ..."); as many items as counted. The caller gives that count as ``partners``
    (fixlists63: it has read it already); a count of one ("с одной организацией:") lists
    no partners bare.
    lists64: a lead ending with "с:" (``colon_after_preposition``) lists that preposition's
    objects (``_object_item``), marked or on unmarked lines of their own; fixlists64: the
    unmarked list ends with the item whose line ends with a full stop (``_line_ends_full``)."""
    bare = partners if text and partners >= 2 else 0
    objects = bool(text) and colon_after_preposition(sents[si])
    counted = count >= 2 and bool(text) and _ends_line(text, sents[si])
    colon = sents[si].text.rstrip().endswith(":") or _points_down(text, sents[si])
    tail = bool(text) and not colon and colon_after_lead(text, sents, si)
    if not colon and not counted and not tail:
        return []
    items: list[Window] = []
    marked = False
    for n, later in enumerate(sents[si + 1 + tail:], si + 1 + tail):
        if text and _BARE_MARK.fullmatch(later.text) and opens_line(text, later.start) and \
                n + 1 < len(sents) and not opens_line(text, sents[n + 1].start):
            marked = True  # dig92: the segmenter cut the item's number off its line
            continue
        if marked:
            marked = False
            if not later.tokens or later.tokens[0].lemma not in PARTNER_PREPOSITIONS and \
                    not (objects and _object_item(later.tokens)):
                break
            items.append(later)
            continue
        m = _LIST_ITEM.match(later.text)
        if items and text and not opens_line(text, later.start) and (counted or m is None):
            continue  # agr65, dig92: the item's line goes on
        if objects and m is None and opens_line(text, later.start) and \
                _object_item(later.tokens):
            items.append(later)  # lists64: "с:" over unmarked lines, one partner a line
            if _line_ends_full(text, later.start):
                break  # fixlists64: a full stop ends an unmarked list; ";" goes on
            continue
        if m is None or counted and not opens_line(text, later.start):
            break
        toks = [t for t in later.tokens if t.start >= later.start + m.end()]
        toks = toks[ordinal_dash(toks):]
        if not toks or toks[0].lemma not in PARTNER_PREPOSITIONS and \
                sides_before_topic(toks) is None and \
                not (bare and _bare_partner_item(toks)) and \
                not (objects and _object_item(toks)):
            break
        items.append(later)
    if counted and not colon and not tail and len(items) != count:
        return []
    if bare and len(items) != bare and any(
            (m := _LIST_ITEM.match(x.text)) is not None and
            _bare_partner_item([t for t in x.tokens if t.start >= x.start + m.end()])
            for x in items):
        return []  # lists63: bare names are the counted partners only when all are there
    return items if len(items) >= 2 else []


def signers_lead(sent: Sentence, k: int) -> bool:
    """lists63: is the sentence the lead of a list of signers by agreement: the documents'
    noun at ``k`` in the plural (``SERIES_NOUNS``), told signed (``lead_signed``), the
    sentence ending with a colon ("Документы подписали:", "Эти документы подписаны:"; a
    plan, "Документы планируется подписать:", is none)? One lemma and the last token
    first: cheap enough to ask of every such noun."""
    toks = sent.tokens
    return bool(toks) and toks[-1].text == ":" and toks[k].lemma in SERIES_NOUNS and \
        toks[k].feats.get("Number") == "Plur" and lead_signed(toks)


def signer_pair_items(
    analysis: Analysis, models: Models, sents: list[Window], si: int,
    officials: list[Official], regions: list[RegionRef],
) -> list[tuple[list[_Party], list[str], set[str]]]:
    """lists63: the agreements of a list of signers under a lead of signed documents
    (``signers_lead``), one per item, each item a line opening with a list mark and naming
    two signers or more, its topic after them: "Документы подписали:" / "— министр
    труда края Анна Петрова и председатель фонда «Опора» Иван Сидоров — о ...;" / "— Анна
    Петрова и ректор университета Олег Белов — о ...". The item's sides are the bodies of
    its signers' posts (``signer_parties``; a signer named without a post takes the body
    the page gave the name), two at least; its signers, its "о ..." topic
    (``item_topic``). Every item must name two signers: a list of one signer a line
    ("Документ подписали:" / "— министр ...;" / "— ректор ...") is one agreement's
    signers, read by the signer passes. Two items or more, else nothing. Cost: the
    lines after the lead once."""
    text = analysis.text
    out: list[tuple[list[_Party], list[str], set[str]]] = []
    line = -1  # where the last item's line starts
    for later in sents[si + 1:]:
        here = text.rfind("\n", 0, later.start) + 1
        if not opens_line(text, later.start):
            if out and here == line:
                continue  # the item's line goes on
            break  # fixlists63: a sentence of a line past the list ends it
        mark = _LIST_ITEM.match(later.text)
        if mark is None:
            break
        line = here
        names = _segment_signers(analysis, later, later.start + mark.end(), later.stop,
                                 officials, models)
        if len(names) < 2:
            return []
        sides: list[_Party] = []
        for p in signer_parties(names, officials, regions, models, analysis):
            if all(p.key != q.key for q in sides):
                sides.append(p)
        out.append((sides, names, item_topic(later)))
    out = [x for x in out if len(x[0]) >= 2]  # fixlists63: two sides each, then two items
    return out if len(out) >= 2 else []


def list_item_lead(text: str, sents: list[Window], si: int, k: int) -> tuple[int, int] | None:
    """event49: the lead of a verbless list item naming its agreement: the sentence at ``si``
    opens its line after a list mark ("— ", "1️⃣ ", "• ") with the agreement noun at ``k``
    (adjectives or an ordinal before it: "Дополнительное соглашение о ..."), names its sides
    after "между" (an item naming one side and the other by a kind, "соглашение министерства
    с фондом", refers back to a body told before and is left to the merge), and has no verb
    of its own (``syntax.verbless``); the lines above it, up to ``LIST_LEAD_REACH`` of them,
    are blank or open with a list mark (the other items), and the first that does not is
    the lead (``lead_line``, the walk fair91's ``agreement_dates.list_header_signed`` reads
    too). The lead's last sentence names the documents in the plural or counted
    ("Подписанные документы:", "В присутствии министра были подписаны сразу три документа.",
    "На коллегии подписаны соглашения с партнёрами 👇"): the items are those documents, and
    the lead's verb tells their status and day. Returns the lead sentence's index and its
    noun's, or None. Only line shapes and the item's own words are read. A lead line opening
    with a clock time is a timetable's slot (``status.clock_line``), read by
    ``status.timetable_signing_item`` alone, a blank line between or not. Cost: the lead's
    lines once and one bisect for its sentence (tidy50: a walk back over every sentence
    before the item when the lead line ended between sentences)."""
    sent = sents[si]
    toks = sent.tokens
    line_start = text.rfind("\n", 0, sent.start) + 1
    mark = _LIST_ITEM.match(text, line_start)
    if mark is None or sent.start > mark.end() or not 0 <= k < len(toks):
        return None
    if any(t.start >= mark.end() and t.pos not in {"ADJ", "NUM", "PUNCT", "SYM", "X"}
           for t in toks[:k]) or not verbless(toks) or \
            not any(t.lemma in BETWEEN_PREPOSITIONS for t in toks[k + 1:]) and \
            not addendum_with_partner(toks, k):
        return None
    found = lead_line(text, line_start, reach=LIST_LEAD_REACH)
    if found is None:
        return None
    line = text[found[0]:found[1]]
    if clock_line(line):
        return None  # a timetable's slot: its items are signings to come or none
    # the sentence holding the lead line's last character (one bisect, tidy50)
    tail = found[0] + len(line.rstrip())
    lead = bisect_left(sentence_starts(sents), tail) - 1
    if not 0 <= lead < si or tail > sents[lead].stop:
        return None
    return _documents_of_lead(sents[lead], line, lead)


def addendum_with_partner(toks: Sequence[Token], k: int) -> bool:
    """status53: a list item's noun that is an addendum (an adjective of
    ``ADDENDUM_ADJECTIVES`` just before it) to an agreement named after it with its partner
    by "с": "4) Дополнительное соглашение о пролонгации на пять лет срока действия договора
    с районным союзом пенсионеров." The addendum is the item's own document, its partner named
    inside the phrase of the agreement it amends, so it reads as an item as one naming its
    sides after "между" does ("Дополнительное соглашение к соглашению между A и B");
    ``list_item_lead`` then gives it the lead's status. A plain "соглашение министерства с
    фондом" still refers back to bodies told before (no addendum adjective).
    fixreg53: another adjective may stand between ("Дополнительное трёхстороннее
    соглашение"), and the "с" must name a partner (tidy54: the one tagger reading
    ``with_partner.partner_noun_after``): "с 1 января 2026 года" and "со стороны фонда"
    name none."""
    addendum = k > 0 and toks[k - 1].lemma in ADDENDUM_ADJECTIVES or \
        k > 1 and toks[k - 2].lemma in ADDENDUM_ADJECTIVES and toks[k - 1].pos == "ADJ"
    return addendum and any(partner_noun_after(toks, x) is not None
                            for x in range(k + 1, len(toks)))


def lead_line(text: str, line_start: int, item: Callable[[str, int], bool] = opens_item,
              reach: int | None = None) -> tuple[int, int] | None:
    """The line that heads the list item on the line at ``line_start``: the nearest line
    above it that is neither blank nor an item itself (``item``: a line opening with a
    list mark, ``opens_item``), read back at most ``reach`` lines (None: to the top); its
    start and end, or None. Under "Подписаны следующие документы:" / "— Соглашение между
    фондом и колледжем;" / "— Соглашение между центром и управлением." the lead of either
    item is the line with the colon. The one walk up to a list's lead of the event49 and
    fair91 passes (tidy50: ``list_item_lead`` and ``agreement_dates._list_header`` each
    wrote it); linear in the lines read."""
    end = line_start - 1
    read = 0
    while end > 0 and (reach is None or read < reach):
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip() and not item(text, start):
            return start, end
        end = start - 1
        read += 1
    return None


def lead_signed(toks: Sequence[Token]) -> bool:
    """tidy51: does a list's lead tell its items signed? It holds a verb of signing in the
    past, a finite form or a participle, short or full, not negated ("Подписаны следующие
    соглашения:", "Подписанные документы:", "В числе заключённых соглашений:"), and no word
    of a plan ("Планируется подписать следующие документы:", "Не подписаны пока документы:"
    tell none). The one reading of event49's lead (``list_item_lead``, where its status
    reader finds no act in it) and of fair91's header (``agreement_dates.list_header_signed``
    and ``list_lead_day``); b51dev read event49's by ``signed_heading`` (a verbless
    sentence whose documents' noun bears the participle, read from a parse made for it
    alone) and fair91's so."""
    signed = any(t.pos == "VERB" and t.lemma in SIGN_VERBS and t.feats.get("Tense") == "Past"
                 and not (n > 0 and toks[n - 1].lemma == "не") for n, t in enumerate(toks))
    return signed and not any(t.lemma in PLAN_WORDS for t in toks)


def _documents_of_lead(sent: Window, line: str, n: int) -> tuple[int, int] | None:
    """event49: the lead sentence's noun of documents (``SERIES_NOUNS``) in the plural or
    counted by a numeral, the line ending with a colon, a pointing mark
    (``LIST_LEAD_POINTERS``) or the sentence itself ("Перечень заключённых соглашений:",
    "Министр подписала четыре документа."); None when there is none."""
    tail = line.rstrip()
    if not (tail.endswith((":", ".", "!")) or tail.endswith(tuple(LIST_LEAD_POINTERS))):
        return None
    toks = sent.tokens
    for j, t in enumerate(toks):
        if t.lemma not in SERIES_NOUNS:
            continue
        if t.feats.get("Number") == "Plur" or _count(sent, j) >= 2:
            return n, j
    return None


def _points_down(text: str, sent: Window) -> bool:
    """event49: does the sentence end its line with a mark pointing down to a list
    (``LIST_LEAD_POINTERS``), as a colon announces one: "На коллегии подписаны соглашения
    с партнёрами 👇"?"""
    if not text:
        return False
    after = text.find("\n", sent.stop)
    line_end = text[sent.start:len(text) if after < 0 else after].rstrip()
    return line_end.endswith(tuple(LIST_LEAD_POINTERS))


def ordinal_dash(toks: list[Token]) -> int:
    """agr46b: how many tokens an item's ordinal and its dash take before the item's partner
    ("✅ Первое — с фондом «Опора».", "2) Второе – с колледжем"): 2, else 0."""
    if len(toks) >= 3 and toks[0].lemma in ORDINALS and toks[1].text in GAP_DASHES:
        return 2
    return 0


def sides_before_topic(toks: list[Token]) -> int | None:
    """many43: an item that names both its sides before a dash and its topic after it, with
    no "с" ("1️⃣ Фонд «Опора» + Лесной колледж — о практике студентов", "2. Управление и
    АО «Заря» — об обучении"): the index in ``toks`` of that dash, None when the item is no
    such. The item opens with a capitalised word; "+" or "и" joins two words before the
    dash; "о"/"об" follows it."""
    if not toks or not toks[0].text[:1].isupper() or toks[0].pos not in {"NOUN", "PROPN", "ADJ"}:
        return None
    dash = next((i for i, t in enumerate(toks) if t.text in GAP_DASHES), None)
    if dash is None or dash + 1 >= len(toks) or toks[dash + 1].lemma not in ABOUT_PREPOSITIONS:
        return None
    joined = any(t.text == "+" or t.lemma == "и" and t.pos == "CCONJ" for t in toks[1:dash])
    return dash if joined else None


def _item_sides(analysis: Analysis, models: Models, item: Window, lo: int, hi: int,
                regions: list[RegionRef]) -> list[_Party]:
    """many43: the sides an item names before its topic's dash, tokens lo..hi, read apart
    at each "+" (the tagger may run "Фонд «Опора» + Лесной колледж" into one name)."""
    toks = item.tokens
    cuts = [lo - 1] + [i for i in range(lo, hi) if toks[i].text == "+"] + [hi]
    out: list[_Party] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if b <= a + 1:
            return []
        start, stop = toks[a + 1].start, toks[b - 1].stop
        found = [p if p.stop <= stop else
                 _Party(p.name.split(" +")[0], p.regions, p.start, stop, models)
                 for p in _parties_in(analysis, models, item, a + 1, b, regions)]
        if not found and len(cuts) > 2 and toks[a + 1].text[:1].isupper():
            # the part after "+" inside the tagger's run-together name: its words as written
            found = [_Party(analysis.text[start:stop], [r.code for r in regions if any(
                start <= m.start < stop for m in r.mentions)], start, stop, models)]
        out += found
    return out


# dig92: how many tokens after the agreement noun the colon opening its partners may stand
# ("четыре соглашения о сотрудничестве в сфере занятости:")
COLON_PARTNERS_REACH = 8


def colon_partners(analysis: Analysis, models: Models, sent: Window, k: int,
                   regions: list[RegionRef], count: int) -> list[_Party]:
    """dig92: the partners listed after a colon in the agreement noun's own sentence, each
    opened by "с" ("Фонд заключил три соглашения о сотрудничестве: с колледжем «Профи», с
    Советом ветеранов города и с АНО «Мост»."): the first side each part names, one per
    agreement; as many as counted (``count``, 0: two or more). A colon within
    ``COLON_PARTNERS_REACH`` tokens after the noun, nothing but the parts after it, and no
    agreement noun of their own among them (each part is then told by its own noun)."""
    toks = sent.tokens
    colon = next((n for n in range(k + 1, min(len(toks), k + 1 + COLON_PARTNERS_REACH))
                  if toks[n].text == ":"), -1)
    if colon < 0 or colon + 1 >= len(toks) or toks[colon + 1].lemma not in PARTNER_PREPOSITIONS:
        return []
    starts = [n for n in range(colon + 1, len(toks)) if toks[n].lemma in PARTNER_PREPOSITIONS
              and toks[n - 1].text in COLON_PART_OPENERS]
    end = len(toks) - (1 if toks[-1].text in SENTENCE_END_MARKS else 0)
    if any(t.lemma in TRIGGERS for t in toks[colon + 1:end]):
        return []  # "по двум соглашениям: с A — по соглашению 2017 года, ...": told by each
    out: list[_Party] = []
    for a, b in zip(starts, starts[1:] + [end], strict=False):
        b = b - 1 if toks[b - 1].text in COLON_PART_CLOSERS else b
        found = _parties_in(analysis, models, sent, a + 1, b, regions)
        if not found:
            return []
        out.append(found[0])
    return out if len(out) >= 2 and (count < 2 or len(out) == count) else []


def _cells(sent: Window) -> list[tuple[int, int]]:
    """The token ranges of a table row's cells, parted by "|" tokens (the row is one
    sentence: no full stop inside it)."""
    out: list[tuple[int, int]] = []
    lo = 0
    for n, t in enumerate(sent.tokens):
        if t.text == "|":
            out.append((lo, n))
            lo = n + 1
    out.append((lo, len(sent.tokens)))
    return out


def _column(sent: Window, cells: list[tuple[int, int]], heads: frozenset[str]) -> int:
    """The index of the header row's cell whose words name the column (``heads``), else -1."""
    return next((n for n, (lo, hi) in enumerate(cells)
                 if any(t.lemma in heads or t.text.lower() in heads
                        for t in sent.tokens[lo:hi])), -1)


class _Row(NamedTuple):
    """A row of a table of agreements (``table_rows``)."""
    row: Window  # its first sentence
    sides: tuple[int, int]  # token range of the sides' cell in ``row``
    who: tuple[int, int] | None  # character range of the signers' cell
    about: set[str]  # lemmas of the subject's cell
    line: list[Window]  # every sentence of the row's line
    when: tuple[int, int] | None = None  # dig92: character range of the day's cell
    state: frozenset[str] = frozenset()  # dig92: words of the status cell


def table_header(sents: list[Window], si: int, text: str) -> int:
    """The index of the header row of the table that the sentence at si announces, else -1.
    fair91: the next sentence, when the sentence at si ends with a colon ("Список
    соглашений, заключённых 11 марта:"). dig92: else the first sentence after the paragraph
    holding si, when it opens a line of cells parted by "|": the table that a lead
    paragraph tells about ("С начала года комитет подписал четыре соглашения. Все они
    перечислены ниже." and, after a blank line, "№ | Партнёр | Дата подписания"). Only
    sentences of one paragraph lie between: a blank line ends the reach."""
    if si + 1 >= len(sents):
        return -1
    if sents[si].text.rstrip().endswith(":"):
        return si + 1
    n = si + 1
    while n < len(sents) and "\n\n" not in text[sents[n - 1].stop:sents[n].start] and \
            "|" not in sents[n].text:
        n += 1
    if n >= len(sents) or "\n" not in text[sents[n - 1].stop:sents[n].start]:
        return -1
    n += table_caption(sents, n, text)
    return n if n < len(sents) and any(t.text == "|" for t in sents[n].tokens) else -1


def table_rows(sents: list[Window], si: int, text: str) -> list[_Row]:
    """fair91: the rows of a table of agreements that the sentence at si announces
    (``table_header``): a header row of
    cells parted by "|" that names a column of the sides ("№ | Участники | Тема |
    Подписали"), then rows of as many cells, each its own line ("1 | Комитет по труду ... —
    ООО «Опора» | наставничество | А.В. Иванов, председатель; Д.С. Петров, директор"; the
    segmenter may cut a row at a semicolon before a capital, so a row is every sentence of
    its line). Each row is one agreement (``_Row``): its first sentence, the token range of
    its sides' cell there, the character range of its signers' cell (None: no such column),
    the lemmas of its subject's cell, the row's sentences, and (dig92) the character range
    of its day's cell ("Дата подписания": "16.05.2023") and the words of its status cell
    ("Статус": "действует", "расторгнуто"). ``TABLE_ROWS_MIN`` rows or none."""
    h = table_header(sents, si, text)
    if h < 0:
        return []
    head = sents[h]
    cells = _cells(head)
    if len(cells) < 2 or not opens_line(text, head.start) or not _ends_line(text, head):
        return []
    sides = _column(head, cells, TABLE_SIDE_HEADS)
    if sides < 0:
        return []
    signers = _column(head, cells, TABLE_SIGNER_HEADS)
    subject = _column(head, cells, TABLE_SUBJECT_HEADS)
    day = _column(head, cells, TABLE_DATE_HEADS)
    state = _column(head, cells, TABLE_STATUS_HEADS)
    out: list[_Row] = []
    n = h + 1
    while n < len(sents) and opens_line(text, sents[n].start):
        line = [sents[n]]
        while not _ends_line(text, line[-1]) and n + len(line) < len(sents):
            line.append(sents[n + len(line)])
        n += len(line)
        row = line[0]
        own = _cells(row)
        bars = [t for w in line for t in w.tokens if t.text == "|"]
        if len(bars) != len(cells) - 1 or len(own) <= max(sides, subject):
            break

        def cell(c: int, bars: list[Token] = bars, row: Window = row,
                 line: list[Window] = line) -> tuple[int, int]:
            lo = bars[c - 1].stop if c > 0 else row.start
            hi = bars[c].start if c < len(bars) else line[-1].stop
            return lo, hi

        about = {t.lemma for t in row.tokens[own[subject][0]:own[subject][1]]
                 if t.pos in {"NOUN", "ADJ", "VERB"}} if subject >= 0 else set()
        words: frozenset[str] = frozenset()
        if state >= 0:
            lo, hi = cell(state)
            words = frozenset(w for x in line for t in x.tokens if lo <= t.start < hi
                              for w in (t.lemma, t.text.lower()))
        out.append(_Row(row, own[sides], cell(signers) if signers >= 0 else None, about,
                        line, cell(day) if day >= 0 else None, words))
    return out if len(out) >= TABLE_ROWS_MIN else []


def lead_signing_year(sents: list[Window], si: int, text: str, dates: list[DateRef]
                      ) -> str | None:
    """dig92: the one year in which the paragraph leading a table (from the sentence at si
    up to the table's header, ``table_header``) tells documents signed: a sentence with a
    verb of signing in the past, not negated and with no word of a plan, and one year among
    its dates ("За 2022 год комитет заключил два новых соглашения."; "Во втором полугодии
    2023 года фонд подписал шесть соглашений"). None when there is no such sentence or the
    years differ."""
    h = table_header(sents, si, text)
    years: set[str] = set()
    for sent in sents[si:max(h, si)]:
        toks = sent.tokens
        if any(t.lemma in PLAN_WORDS for t in toks) or not any(
                t.pos == "VERB" and t.lemma in SIGN_VERBS and t.feats.get("Tense") == "Past"
                and not (n > 0 and toks[n - 1].lemma == "не") for n, t in enumerate(toks)):
            continue
        years |= {d.value[:4] for d in dates if sent.start <= d.start < sent.stop
                  and d.value and d.value[:4].isdigit()}
    return years.pop() if len(years) == 1 else None


def row_status(status: str, state: frozenset[str], day: str | None, lead: str | None,
               signed_in: str | None = None) -> str:
    """dig92: the status of a table's row: its status cell when that ends the agreement
    ("расторгнуто", "прекращено": referred to) or tells work on it ("в проработке", "на
    согласовании": planned); else, when the lead paragraph signs documents in one year
    (``signed_in``, ``lead_signing_year``), a row dated that year is signed and a row dated
    before it is referred to (a register of documents in force whose lead says "За 2022
    год комитет заключил два новых соглашения": its row of "09.10.2019" was signed before);
    else the announcing sentence's status, a signed row dated in a year before the
    announcing sentence's year being referred to."""
    if state & TABLE_ENDED_STATES:
        return "mentioned"
    if state & TABLE_PLANNED_STATES:
        return "planned"
    year = day[:4] if day and day[:4].isdigit() else None
    if year and signed_in:
        return "signed" if year == signed_in else "mentioned" if year < signed_in \
            else status
    if status == "signed" and year and lead and lead[:4].isdigit() and year < lead[:4]:
        return "mentioned"
    return status


# fair91: an entry of a table's cell of signers opened by a name with initials, before or
# after the surname: "П.Р. Лосев, исполнительный директор", "Лосев П.Р., ректор"
_INITIALLED = re.compile(
    r"(?:(?P<i>[А-ЯЁ]\.[^\S\n]?[А-ЯЁ]\.)[^\S\n]?(?P<s>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)"
    r"|(?P<s2>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)[^\S\n]+(?P<i2>[А-ЯЁ]\.[^\S\n]?[А-ЯЁ]\.))"
    r"(?=[^\S\n]*(?:,|;|$))")


def initialled_entries(cell: str, found: list[str]) -> list[str]:
    """fair91: the names with initials that open the entries of a table's cell of signers,
    parted by ";" ("Е.В. Зорина, председатель комитета; П.Р. Лосев, исполнительный
    директор"), that the named-entity tagger missed (it may take "комитета; П.Р. Лосев"
    for one organisation): "П. Р. Лосев", written as the other signers are. A
    surname already among ``found`` is not read again."""
    known = {n.split()[-1].lower() for n in found if n.split()}
    out: list[str] = []
    for entry in cell.split(";"):
        m = _INITIALLED.match(entry.strip())
        if m is None:
            continue
        initials, surname = (m["i"], m["s"]) if m["i"] else (m["i2"], m["s2"])
        if surname.lower() in known:
            continue
        known.add(surname.lower())
        out.append(" ".join(initials.replace(" ", "").replace(".", ". ").split())
                   + " " + surname)
    return out


def _within_cell(analysis: Analysis, models: Models, row: Window, p: _Party, b: int,
                 regions: list[RegionRef]) -> _Party:
    """A side read in a part of a table's cell that ends before token b, cut there when the
    phrase reader ran on past the dash into the next side ("Министерство ... — ООО «X»")."""
    end = row.tokens[b - 1].stop
    if p.stop <= end:
        return p
    i = row.index(p.start)
    name = nominative_phrase(models, row.tokens[i:b], analysis.text)
    return _Party(name, _region_at(regions, p.start, end), p.start, end, models)


def tabled_agreements(
    analysis: Analysis, models: Models, rows: list[_Row], status: str,
    officials: list[Official], regions: list[RegionRef],
    lead: tuple[list[_Party], str | None, list[DateRef], str | None] = ([], None, [], None),
) -> list[tuple[list[_Party], list[str], set[str], str, str | None, str | None]]:
    """fair91: the sides, signers and subject of each row of a table of agreements
    (``table_rows``): the bodies named in the sides' cell ("Министерство социальной
    защиты края — АНО «Ступени»"), the persons named in the signers' cell when the
    row tells a signed agreement, and the subject's lemmas (read by the filters of other
    fields: "реконструкция моста через реку" is no social agreement).
    dig92: also each row's status (``row_status``) and day (the first date of its day's
    cell, else None: the caller keeps the announcing sentence's); ``lead`` holds the
    announcing sentence's sides, its date, the text's dates and the year the lead
    paragraph signs in (``lead_signing_year``); and the row's number (``row_number``). A
    row that names one side only ("Администрация Лесного района" under "Фонд ... подписал
    три соглашения") takes the announcing sentence's one side before it."""
    common, lead_date, dates, signed_in = lead
    out: list[tuple[list[_Party], list[str], set[str], str, str | None, str | None]] = []
    for r in rows:
        row, (lo, hi), who, about, line, when, state = r
        # the sides parted by a dash or a semicolon, each read on its own
        cuts = [lo - 1] + [n for n in range(lo, hi) if row.tokens[n].text in GAP_DASHES
                           or row.tokens[n].text == ";"] + [hi]
        parties = [_within_cell(analysis, models, row, p, b, regions)
                   for a, b in zip(cuts, cuts[1:], strict=False) if b > a + 1
                   for p in _parties_in(analysis, models, row, a + 1, b, regions)]
        if not parties:
            continue
        if len(parties) == 1 and len(common) == 1 and common[0].key != parties[0].key:
            parties = common + parties
        day = next((d.value for d in dates if d.value and when is not None
                    and when[0] <= d.start and d.end <= when[1]), None)
        own = row_status(status, state, day, lead_date, signed_in)
        signers: list[str] = []
        if who is not None and own == "signed":
            for w in line:
                signers += [n for n in _segment_signers(analysis, w, who[0], who[1],
                                                        officials, models)
                            if n not in signers]
            signers += initialled_entries(analysis.text[who[0]:who[1]], signers)
        out.append((parties, signers, about, own, day, row_number(r)))
    return out


def row_number(row: _Row) -> str | None:
    """dig92: the number a table's row opens with in its first cell ("3 | Фонд «Опора» |
    ..."; "| 3 | ..." with a leading bar), else None."""
    cells = [c for c in _cells(row.row) if c[1] > c[0]]
    if not cells:
        return None
    first = row.row.tokens[cells[0][0]:cells[0][1]]
    return first[0].text if len(first) == 1 and first[0].text.isdigit() else None


# dig92: the numbers of a table's rows that a sentence names after its agreement noun
# ("соглашения № 2–4", "соглашения № 2 и 5", "соглашение № 3")
_ROW_REFERENCE = re.compile(r"[^\S\n]*№[^\S\n]*(\d{1,3})(?:[^\S\n]*[–—-][^\S\n]*(\d{1,3})|"
                            r"((?:[^\S\n]*(?:,|и)[^\S\n]*\d{1,3})+))?")


def numbered_rows(text: str, after: int) -> list[str]:
    """dig92: the row numbers a register's sentence names right after its agreement noun
    (its end at ``after``), a range spelled out: "Со стороны комитета соглашения № 2–4
    подписал его председатель" gives ["2", "3", "4"]; "соглашения № 1 и 6" gives ["1",
    "6"]; no "№" right after the noun gives []."""
    m = _ROW_REFERENCE.match(text, after)
    if m is None:
        return []
    lo = int(m[1])
    if m[2]:
        hi = int(m[2])
        return [str(n) for n in range(lo, hi + 1)] if lo < hi <= lo + 50 else []
    return [m[1]] + re.findall(r"\d{1,3}", m[3] or "")


def _ends_line(text: str, sent: Window) -> bool:
    """Does the sentence end its line (no letter or digit after it on the line)?"""
    after = text.find("\n", sent.stop)
    rest = text[sent.stop:len(text) if after < 0 else after]
    return not any(ch.isalnum() for ch in rest)


def _itemised_agreements(
    analysis: Analysis, models: Models, sents: list[Window], si: int, items: list[Window],
    parties: list[_Party], status: str, officials: list[Official],
    regions: list[RegionRef], dates: list[DateRef] | None = None,
) -> list[tuple[list[_Party], list[str], str | None, set[str]]]:
    """One agreement per item of a list of partners ("Подписаны соглашения: 1) с
    Департаментом ... Югры — об обмене опытом (подписала директор ... Мария Кравченко);
    2) с Министерством ... Свердловской области — ..."): the item's first named body is
    the partner, the persons the item names as signing are its signers. The side common to
    all is the one the announcing sentence names, or else the one that signs all of them
    in the sentence right after the list ("Все четыре документа со стороны Тюменской
    области подписала ... Ирина Белозерова").
    dig92: an item's signers are read over its whole line (``item_line``), and its day is
    the one date its line holds (else None: the list's own date stands): "1. С фондом
    «Исток» — о ... (12 мая). Документ подписали ...".
    fixfield59: each item also gives its own topic (``item_topic``)."""
    dates = dates or []
    sent = sents[si]
    common = [p for p in parties if sent.start <= p.start < sent.stop]  # not an item's
    common_signers: list[str] = []
    from_signers = False  # series59: the common sides read off the signers after the list
    last = next(n for n in range(si + 1, len(sents)) if sents[n] is items[-1])
    # agr65: past the last item's line
    after = next((x for x in sents[last + 1:] if opens_line(analysis.text, x.start)), None)
    if not common and colon_after_preposition(sent):
        # lists64: "Соглашения заключены с:" names no side; the sentence before tells it
        common = side_before_lead(analysis, models, sents, si, regions)
        from_signers = bool(common)  # the signers after the list sign item by item
    if status == "signed" and after is not None and \
            any(t.lemma in SIGN_VERBS for t in after.tokens) and not _names_agreement(after):
        # sig94: "я" signing them all is the author a post's header names
        common_signers = _author_signer(analysis, own_words_parsed(after, models), _segment_signers(
            analysis, after, after.start, after.stop, officials, models), officials, models)
        if not common:
            common = signer_parties(common_signers, officials, regions, models)
            from_signers = bool(common)
    if status == "signed" and not common and after is not None and \
            any(t.lemma in SIGN_VERBS for t in after.tokens) and \
            any(t.text.lower() in COLLECTIVE_WORDS for t in after.tokens):
        # agr65: "От министерства ... все три документа подписывал я": the body every item
        # was signed for, when the list's own sentence names none
        common = _parties_in(analysis, models, after, 0, len(after.tokens), regions)[:1]
    found_of = [_parties_in(analysis, models, item, 0, len(item.tokens), regions)
                for item in items]
    firsts = [f[0] for f in found_of if f]
    if from_signers:
        # series59: the bodies of the signers after the list that are items' partners
        common = partners_not_common(models, common, firsts)
    if not common:
        owner = lead_owner(models, analysis.text, sent, SIGN_VERBS)
        common = [owner] if owner is not None else []
    out: list[tuple[list[_Party], list[str], str | None, set[str]]] = []
    for item, found in zip(items, found_of, strict=True):
        partner = [p for p in found if all(p.key != q.key for q in common)][:1]
        shared = item_signers(
            models, common_signers, partner, [q for q in firsts if q not in partner],
            lambda name: signer_parties([name], officials, regions, models)) \
            if from_signers else common_signers
        mark = _LIST_ITEM.match(item.text)
        first = next((i for i, t in enumerate(item.tokens)
                      if mark is None or t.start >= item.start + mark.end()), 0)
        first += ordinal_dash(item.tokens[first:])
        dash = sides_before_topic(item.tokens[first:])
        named = _item_sides(analysis, models, item, first, first + dash, regions) \
            if dash is not None else []
        if len(named) < 2 and not partner:
            continue
        line = item_line(sents, item, analysis.text)
        signers: list[str] = []
        for w in line if status == "signed" else []:
            if any(t.lemma in SIGN_VERBS for t in w.tokens):
                signers += [n for n in _segment_signers(analysis, w, w.start, w.stop,
                                                        officials, models)
                            if n not in signers]
        if status == "signed" and not signers:
            # agr46b: a line telling no signing names its partner's signer by post ("✅ Второе
            # — с фондом «Опора». Директор фонда Анна Белова будет ..."; "(со стороны
            # предприятия — директор Иван Орлов)"): the one person the line names, not one
            # thanked ("Спасибо директору Ивану Орлову")
            on_line = list(dict.fromkeys(n for w in line for n in _segment_signers(
                analysis, w, w.start, w.stop, officials, models)
                if n not in thanked_names(analysis, w, officials, models)))
            signers = [n for n in on_line if n not in common_signers] \
                if len(on_line) == 1 else []
        days = {d.value for d in dates if d.value and line[0].start <= d.start
                and d.end <= line[-1].stop}
        out.append((named if len(named) >= 2 else common + partner,  # many43: "A + B — о"
                    [n for n in shared if n not in signers] + signers,
                    days.pop() if len(days) == 1 else None, item_topic(item)))
    return out


def item_topic(item: Window) -> set[str]:
    """fixfield59: the lemmas of the nouns and adjectives in a list item's own "о ..."
    phrases, each from the preposition to the next punctuation mark: "2) с ООО «Дом» — о
    развитии квартала у реки;" gives "развитие", "квартал", "река" — the topic of that
    item's agreement, which its list's lead noun in the plural does not tell."""
    out: set[str] = set()
    inside = False
    for t in item.tokens:
        if t.lemma in ABOUT_PREPOSITIONS and t.pos == "ADP":
            inside = True
        elif t.pos == "PUNCT":
            inside = False
        elif inside and t.pos in {"NOUN", "ADJ", "PROPN"}:
            out.add(t.lemma)
    return out


def thanked_names(analysis: Analysis, sent: Sentence, officials: list[Official],
                  models: Models) -> list[str]:
    """agr46b: the persons a sentence names in the dative, the ones it thanks or addresses
    ("Спасибо председателю совета Ивану Орлову за помощь"), who are no signers by that."""
    spans = [s for s in _persons(analysis, sent) if any(
        t.feats.get("Case") == "Dat" and t.pos == "PROPN" for t in sent.tokens
        if s.start <= t.start < s.stop)]
    return _distinct_signer_names(analysis, sent, spans, officials, models) if spans else []


def item_line(sents: list[Window], item: Window, text: str) -> list[Window]:
    """dig92: the sentences of a list item's line: the item's own and those after it that
    open no line ("2. С колледжем — о практике. Подписал директор Иван Орлов.")."""
    n = next(i for i, w in enumerate(sents) if w is item)
    end = n + 1
    while end < len(sents) and not opens_line(text, sents[end].start):
        end += 1
    return sents[n:end]


def _elided_member(
    analysis: Analysis, models: Models, sent: Sentence, e: int, officials: list[Official],
    regions: list[RegionRef],
) -> tuple[list[_Party], list[str]]:
    """Sides and signers of the agreement an elided ordinal stands for (``_elided_ordinal``):
    "..., второе — Людмила Беспалова и министр ... Иван Семенов" names its signers and
    their bodies, "..., второе — с министерством ... Татарстана" its partner."""
    toks = sent.tokens
    cut = toks[e].start
    signers = _segment_signers(analysis, sent, cut, sent.stop, officials, models)
    parties: list[_Party] = []
    if toks[e + 3].lemma == "с":
        end = next((i for i in range(e + 4, len(toks)) if toks[i].text in {",", ";", "."}),
                   len(toks))
        partner = _gapped_phrase(analysis, models, sent, e + 4, end, regions)
        parties = [partner] if partner is not None else []
    elif toks[e + 3].lemma in BETWEEN_PREPOSITIONS:  # rec93: "..., второе — между C и D"
        parties = member_sides(analysis, models, sent, e + 3, len(toks), regions)
    if not parties:
        parties = signer_parties(signers, officials, regions, models)
    return parties, signers


def member_sides(
    analysis: Analysis, models: Models, sent: Sentence, lo: int, hi: int,
    regions: list[RegionRef],
) -> list[_Party]:
    """rec93: the sides one member of a told-apart pair of agreements names between tokens lo
    and hi: its "с" partner ("..., другое — в 2021 году с фондом X"), or both sides of its
    "между" ("..., второе — между колледжем и центром X"), the first such preposition of
    the segment (a time may come before it). The segment ends at ",", ";" or "." after the
    preposition; a "между" pair is split at its one "и" when the names are not found as
    two phrases."""
    toks = sent.tokens
    p = next((i for i in range(lo, hi) if toks[i].pos == "ADP" and
              toks[i].lemma in PARTNER_PREPOSITIONS | BETWEEN_PREPOSITIONS), None)
    if p is None or p + 1 >= hi:
        return []
    end = next((i for i in range(p + 1, hi) if toks[i].text in {",", ";", "."}), hi)
    if toks[p].lemma not in BETWEEN_PREPOSITIONS:
        partner = _gapped_phrase(analysis, models, sent, p + 1, end, regions)
        return [partner] if partner is not None else []
    found = _parties_in(analysis, models, sent, p + 1, end, regions)
    if len(found) >= 2:
        return found
    conj = [i for i in range(p + 2, end) if toks[i].lemma == "и"]
    if len(conj) != 1:
        return []
    pair = (_gapped_phrase(analysis, models, sent, p + 1, conj[0], regions),
            _gapped_phrase(analysis, models, sent, conj[0] + 1, end, regions))
    return [x for x in pair if x is not None] if all(pair) else []


def coordinated_twin(sent: Sentence, k: int) -> int | None:
    """rec93: a second agreement noun joined to the one at k by "и", each with its own "с"
    partner right after it: "действуют соглашение с фондом X от 3 мая 2018 года и
    соглашение с центром Y, подписанное в 2020 году" tells two agreements, not one of X and
    Y. Returns the second noun's index (the first keeps what comes before it); None when
    either noun has no partner of its own or a clause mark other than a comma ends the
    first's phrase before the "и"."""
    toks = sent.tokens
    if k + 2 >= len(toks) or toks[k + 1].lemma not in PARTNER_PREPOSITIONS:
        return None
    for i in range(k + 2, len(toks) - 2):
        t = toks[i]
        if t.text in {";", ":", "."} or t.pos in {"VERB", "AUX"} and \
                t.feats.get("VerbForm") == "Fin":
            return None
        if t.lemma == "и" and toks[i + 1].lemma in TRIGGERS and \
                toks[i + 2].lemma in PARTNER_PREPOSITIONS:
            return i + 1
    return None


def one_and_other(sent: Sentence, k: int) -> tuple[int, int] | None:
    """rec93: two agreements a counted noun announces before a colon, each told by a
    pronoun standing for the noun: "работал по двум договорам: один заключён в 2016 году с
    X, другой — в 2019 году с Y" (``ONE_OF_TWO``, then ", другой —" or ", второй —").
    Returns the index of the first pronoun and of the comma before the second; None when
    the words after the colon are no such pair."""
    toks = sent.tokens
    colon = next((i for i in range(k + 1, min(len(toks), k + 3)) if toks[i].text == ":"),
                 None)
    if colon is None or colon + 1 >= len(toks) or toks[colon + 1].lemma not in ONE_OF_TWO:
        return None
    for e in range(colon + 3, len(toks) - 3):
        if toks[e].text == "," and toks[e + 1].lemma in OTHER_OF_TWO and \
                toks[e + 2].text in GAP_DASHES:
            return colon + 1, e
    return None


def named_among(sent: Sentence, i: int) -> bool:
    """agr48: partners left unnamed, some of whom the sentence names after all: "планирует
    заключить похожие соглашения и с другими вузами республики, в том числе с Башкирским
    государственным педагогическим университетом" (``INCLUDING_PHRASES``, then a "с" and a
    capitalised name within two words, before the clause's end at ";")."""
    toks = sent.tokens
    lemmas = [t.lemma for t in toks]
    for j in range(i, min(len(toks), i + NAMED_AMONG_REACH)):
        if toks[j].text in {";", "."}:
            return False
        for phrase in INCLUDING_PHRASES:
            e = j + len(phrase)
            if tuple(lemmas[j:e]) != phrase:
                continue
            while e < len(toks) and toks[e].text in {",", "—", "–"}:
                e += 1
            if e + 1 < len(toks) and lemmas[e] in PARTNER_PREPOSITIONS and \
                    toks[e + 1].text[:1].isupper():
                return True
    return False


def counted_kinds(analysis: Analysis, sent: Sentence, k: int) -> bool:
    """agr54: plural agreements whose "с" partner is a kind of body counted by a numeral or
    a quantity word, named no further than by the places it is in, are such agreements in
    general, no record: "в регионе подобные соглашения уже действуют с 14 работодателями,
    но ...", "подобные соглашения планируется заключить ещё с несколькими предприятиями
    Перми, Березников и Чайковского". The partner is the first "с" after the noun (a few
    words on, no punctuation between) or, in the parse, a "с" dependent of the noun or of
    the verb it hangs from; its genitive places are the places the NER tags. A «quoted»
    name, another capitalised word, a list after a colon, a dash or a comma with a name
    ("с двумя вузами, КФУ и КНИТУ"), or "в том числе с X" names them."""
    toks = sent.tokens
    if toks[k].feats.get("Number") != "Plur":
        return False
    places = [(s.start, s.stop) for s in _spans_in(analysis, sent) if s.type == "LOC"]
    return any(_counted_kind_at(sent, c, places) for c in _with_partner_nouns(sent, k))


def _with_partner_nouns(sent: Sentence, k: int) -> list[int]:
    """The nouns a "с" introduces as the agreement noun's partner (``counted_kinds``): the
    first "с" within ``UNNAMED_PARTNER_REACH`` words after the noun, with no punctuation
    between (its noun after a numeral and adjectives), and the parse's "с" dependents of the
    noun and of the verb it hangs from."""
    toks = sent.tokens
    found: list[int] = []
    for j in range(k + 1, min(len(toks) - 1, k + UNNAMED_PARTNER_REACH)):
        if toks[j].pos == "PUNCT":
            break
        if toks[j].lemma in PARTNER_PREPOSITIONS and toks[j].pos == "ADP":
            n = j + 1
            while n < len(toks) - 1 and (toks[n].pos in {"NUM", "ADJ", "DET", "ADV"} or
                                         toks[n].lemma in QUANTITY or _participle(toks[n])):
                # agr65: "с тремя социально ориентированными организациями"
                n += 1
            found.append(n)
            break
    if sent.parsed:
        heads = [k]
        v = toks[k].head
        if 0 <= v < len(toks) and toks[v].pos == "VERB":
            heads.append(v)
        for h in heads:
            found += [c for c in sent.children(h) if c != k and
                      toks[c].rel in {"nmod", "obl"} and
                      any(toks[g].rel == "case" and toks[g].lemma in PARTNER_PREPOSITIONS
                          for g in sent.children(c))]
    return found


def _participle(tok: Token) -> bool:
    """agr65: a participle before a noun modifies it as an adjective does ("с тремя социально
    ориентированными организациями"; the tagger calls it a verb)."""
    return tok.feats.get("VerbForm") == "Part"


def partner_count(analysis: Analysis, sent: Sentence, k: int) -> int:
    """agr65: how many agreements plural agreements with a counted kind of partner are
    (``counted_kinds``): "министерство подписало соглашения с тремя компаниями" counts
    three, one per partner, which the next sentences may take up by ordinal ("Первое
    соглашение заключено с ООО «X». Второе — с АО «Y»"). The number is the numeral before
    the partner noun (its adjectives between); 0 when there is none or no such partner."""
    if not counted_kinds(analysis, sent, k):
        return 0
    toks = sent.tokens
    for n in _with_partner_nouns(sent, k):
        j = n - 1
        while j >= 0 and (toks[j].pos in {"ADJ", "DET", "ADV"} or _participle(toks[j])):
            j -= 1
        if j >= 0 and toks[j].lemma in NUMBER_WORDS:
            return NUMBER_WORDS[toks[j].lemma]
    return 0


def _counted_kind_at(sent: Sentence, n: int, places: list[tuple[int, int]]) -> bool:
    """Is token n a plural common noun counted by a numeral or a quantity word, with only
    places after it, ending its clause without naming anyone (``counted_kinds``)? After a
    comma only a conjunction opening another clause ends it: "с 40 регионами, в том числе в
    прошлом месяце — со Ставропольским краем" names some."""
    toks = sent.tokens
    noun = toks[n]
    if noun.pos != "NOUN" or noun.feats.get("Number") != "Plur" or noun.text[:1].isupper():
        return False
    j = n - 1
    counted = False
    while j >= 0 and (toks[j].pos in {"NUM", "ADJ", "DET"} | {"ADV"} or _participle(toks[j])):
        counted = counted or toks[j].pos == "NUM" or toks[j].lemma in QUANTITY
        j -= 1
    if not counted or j < 0 or toks[j].lemma not in PARTNER_PREPOSITIONS:
        return False

    def place(t: Token) -> bool:
        return any(a <= t.start and t.stop <= b for a, b in places)

    e = n + 1
    while e < len(toks):
        t = toks[e]
        if place(t) or (t.text in LIST_JOINERS and e + 1 < len(toks) and place(toks[e + 1])):
            e += 1
        elif t.pos in {"NOUN", "ADJ", "DET"} and not t.text[:1].isupper() and \
                t.feats.get("Case") == "Gen":
            e += 1  # "с десятью предприятиями нашего края"
        else:
            break
    if e >= len(toks) or toks[e].text in {".", "!", ";", "?"}:
        return True
    if toks[e].text in {":", "—", "–", "(", "«", "\""} or toks[e].text[:1].isupper() or \
            named_among(sent, e):
        return False
    if toks[e].text == ",":  # only a conjunction opening another clause ("..., но ...")
        nxt = toks[e + 1] if e + 1 < len(toks) else None
        return nxt is None or nxt.pos in {"CCONJ", "SCONJ"} and not (
            e + 2 < len(toks) and toks[e + 2].lemma == "именно")
    return True


def _topic_list(sent: Sentence, k: int, count: int) -> list[tuple[int, int]]:
    """"подписали два соглашения: о сотрудничестве в сфере реабилитации инвалидов и об
    обмене информацией": the subjects of the counted agreements listed after a colon, one
    "о ..." phrase each, as many as counted; token ranges, or empty."""
    toks = sent.tokens
    j = k + 1
    if j >= len(toks) or toks[j].text != ":":
        return []
    starts: list[int] = []
    i = j + 1
    end = len(toks)
    while i < len(toks):
        t = toks[i]
        if t.lemma in ABOUT_PREPOSITIONS and (i == j + 1 or toks[i - 1].text in LIST_JOINERS):
            starts.append(i)
        elif t.text in {".", ";", "!", "?"} or t.pos in {"VERB", "AUX"}:
            end = i
            break
        i += 1
    if len(starts) != count:
        return []
    ranges = []
    for n, a in enumerate(starts):
        b = starts[n + 1] - 1 if n + 1 < len(starts) else end
        ranges.append((a, b))
    return ranges


def _count(sent: Sentence, k: int) -> int:
    """How many agreements a numeral on the noun counts: "подписала два соглашения" 2.
    dig94: only adjectives and participles stand between the numeral and the noun ("два
    новых соглашения", "три подписанных соглашения"), and a number after the sign "№" is
    a body's label, no count: "Управление № 12 заключило соглашение" counts nothing."""
    toks = sent.tokens
    for i in range(max(0, k - 2), k):
        t = toks[i]
        if any(x.pos != "ADJ" and x.feats.get("VerbForm") != "Part" for x in toks[i + 1:k]) \
                or i and toks[i - 1].text in NUMBER_SIGNS:
            continue
        if t.lemma in NUMBER_WORDS:
            return NUMBER_WORDS[t.lemma]
        if t.text.isdigit() and t.pos == "NUM" and len(t.text) < 3:
            return int(t.text)
    return 0


def documents_counted(sent: Sentence, nouns: frozenset[str] | set[str]) -> int:
    """hidden41: how many documents a numeral on a noun of ``nouns`` counts in the sentence
    (``_count``): "Директор подписала три соглашения" 3; 0 when none is counted."""
    return max((_count(sent, k) for k, t in enumerate(sent.tokens) if t.lemma in nouns),
               default=0)


def ordinal_item_named(sent: Sentence, k: int) -> bool:
    """agr90: "Второй — договор с ООО «X» о ...": an ordinal opening the sentence, a dash,
    then the agreement noun (adjectives between) names one of the documents a count told
    before; the noun is the verbless predicate of the ordinal (by word order: the parse
    makes the ordinal its subject or leaves it apart). agr48: the ordinal may follow a
    conjunction and carry a remark between commas before the dash (``ordinal_item_dash``):
    "А второе, самое долгожданное, — соглашение с ..."."""
    toks = sent.tokens
    dash = ordinal_item_dash(sent)
    return dash is not None and dash < k < len(toks) and \
        all(t.pos == "ADJ" for t in toks[dash + 1:k]) and \
        not any(t.pos in {"VERB", "AUX"} for t in toks)


def ordinal_item_dash(sent: Sentence) -> int | None:
    """agr48: the dash after an ordinal opening a verbless list item, or None: "Третье —",
    after the item's mark (``_item_ordinal``: "• Третье —") or a coordinating conjunction
    ("И третье —", "А третье —"), the ordinal's remark between commas before the dash ("И
    третье, для нас главное, — ..."). The remark holds no verb (a clause there is no
    remark)."""
    toks = sent.tokens
    o = _item_ordinal(toks)
    if o is None:
        return None
    if toks[o + 1].text in GAP_DASHES:
        return o + 1
    if toks[o + 1].text != ",":
        return None
    shut = next((i for i in range(o + 2, min(len(toks), o + 2 + ORDINAL_REMARK_WORDS + 1))
                 if toks[i].text == ","), None)
    if shut is None or shut + 1 >= len(toks) or toks[shut + 1].text not in GAP_DASHES or \
            any(t.pos in {"VERB", "AUX"} for t in toks[o + 2:shut]):
        return None
    return shut + 1


def _item_ordinal(toks: list[Token]) -> int | None:
    """The index of the ordinal opening a list item, past the item's marks (a bullet, an
    emoji: punctuation or symbols) and a coordinating conjunction ("• А второе — ..."); None
    when the item opens otherwise."""
    o = next((i for i, t in enumerate(toks) if t.pos not in ITEM_MARK_TAGS), len(toks))
    if o < len(toks) and toks[o].lemma in ITEM_CONJUNCTIONS:
        o += 1
    if len(toks) < o + 3 or toks[o].lemma not in ORDINALS or toks[o].pos != "ADJ":
        return None
    return o


def count_of_rank(sents: list[Window], si: int) -> tuple[int, int] | None:
    """agr48: the count a verbless ordinal item takes up (``ordinal_item_named``): the
    nearest sentence counting documents or agreements told at most two sentences before
    (``count_told_before``) or, when the earlier items took more sentences, the nearest up
    to ``COUNTED_ITEM_REACH`` before whose numeral is at least the item's rank, with no
    agreement noun in the plural between (a plural there tells the counted set again, as in
    ``counted_item``): "Подписаны три соглашения. С банком — о ... . Работы начнутся
    весной. С фондом — о ... . Третье — соглашение с ..." (the third of the count)."""
    near = count_told_before(sents, si)
    if near is not None:
        return near
    dash = ordinal_item_dash(sents[si])
    if dash is None:
        return None
    toks = sents[si].tokens
    o = _item_ordinal(toks)
    rank = ORDINAL_RANKS.get(toks[o].lemma, 0) if o is not None else 0
    if rank < 2:
        return None
    return _count_reaching(sents, si, rank, plural_stops=True)


def _count_reaching(sents: Sequence[Sentence], before: int, rank: int, *,
                    plural_stops: bool = False) -> tuple[int, int] | None:
    """The nearest count of documents reaching ``rank`` (a document noun whose numeral,
    ``_count``, is at least it) in the ``COUNTED_ITEM_REACH`` sentences before ``before``,
    as (sentence, token): "Подписаны три соглашения. ... Второе — с фондом" → the
    "соглашения" of the first; else None. With ``plural_stops``, a sentence naming
    agreements in the plural without such a count ends the walk ("Соглашения обсуждали
    долго." between them)."""
    for n in range(before - 1, max(-1, before - 1 - COUNTED_ITEM_REACH), -1):
        for j, t in enumerate(sents[n].tokens):
            if (t.lemma in TRIGGERS or t.lemma in COOPERATION_DOCUMENTS) and \
                    t.pos == "NOUN" and _count(sents[n], j) >= rank:
                return n, j
        if plural_stops and any(
                t.lemma in TRIGGERS and t.pos == "NOUN" and t.feats.get("Number") == "Plur"
                for t in sents[n].tokens):
            return None
    return None


def count_told_before(sents: list[Window], si: int) -> tuple[int, int] | None:
    """agr90: the sentence (at most two before ``si``) counting documents or agreements by
    a numeral of two or more, and the counted noun's index: "Во вторник стороны подпишут
    три документа." (then "Первый — договор с ..."). The nearest; None
    when there is none. Its verb gives the items told by ordinal their status."""
    for n in range(si - 1, max(-1, si - 3), -1):
        toks = sents[n].tokens
        for j, t in enumerate(toks):
            if (t.lemma in TRIGGERS or t.lemma in COOPERATION_DOCUMENTS) and \
                    t.pos == "NOUN" and _count(sents[n], j) >= 2:
                return n, j
    return None


def ranked_item_named(sent: Sentence, k: int) -> bool:
    """status57: a verbless item of a series opening with an ordinal and its own noun of
    documents (``SERIES_NOUNS``) before the dash, the agreement noun at ``k`` the dash's
    predicate (adjectives between), the item naming its kind: "Второй документ – соглашение
    с ...". ``ordinal_item_named`` reads the bare ordinal ("Второй — договор с ..."); this
    reads the ordinal with its noun. Not the ordinal's own noun with a partner after the
    dash ("Второй документ — с департаментом ..."): agr50 reads that counted item's status
    from the sentences after it (older guards: "Подписи под ним пока не поставили" leaves it
    mentioned). No verb in the sentence (a verb tells the item's own status)."""
    toks = sent.tokens
    o = _item_ordinal(toks)
    if o is None or toks[o + 1].lemma not in SERIES_NOUNS or toks[o + 1].pos != "NOUN" or \
            toks[o + 2].text not in GAP_DASHES:
        return False
    dash = o + 2
    return dash < k < len(toks) and all(t.pos == "ADJ" for t in toks[dash + 1:k]) and \
        not any(t.pos in {"VERB", "AUX"} for t in toks)


def series_told_before(sents: Sequence[Sentence], si: int) -> list[tuple[int, int]]:
    """status57: the nouns of documents (``SERIES_NOUNS``) of the ``ORDINAL_CHAIN_REACH``
    sentences before a verbless ranked item (``ranked_item_named``), nearest first, as
    (sentence, token): where the series it ranks in was told, a count without a numeral
    ("министр заключил ряд документов. Первый документ – соглашение с ...") or the item
    before ("Стороны подписали соглашение о ... . Второй документ – соглашение с ...").
    The caller takes the first whose own clause tells a signing or a plan."""
    return [(n, j) for n in range(si - 1, max(-1, si - 1 - ORDINAL_CHAIN_REACH), -1)
            for j, t in enumerate(sents[n].tokens)
            if t.lemma in SERIES_NOUNS and t.pos == "NOUN"]


def counted_item(sents: list[Window], si: int, k: int, counted: int, tally: int) -> bool:
    """agr50: an ordinal agreement noun whose rank is within the count told in sentence
    ``counted`` (up to ``COUNTED_ITEM_REACH`` sentences before) is one of the counted,
    however the items before it were told: "заключены сразу три соглашения. Первым было
    подписано соглашение ... Затем ... скрепили подписями соглашение ... Третий документ —
    о содействии занятости — подписали ..." (the first two not taken up by an ordinal noun,
    so no chain of ordinals reaches the third). The second rank at least ("первый документ"
    far from a count may be anything's first), and only when no sentence between names the
    counted agreements again in the plural: "Соглашения подписаны с A, B, C и D" lists the
    partners, which the count's own reading splits."""
    toks = sents[si].tokens
    rank = ORDINAL_RANKS.get(toks[k - 1].lemma, 0) if k > 0 else 0
    if not (0 < si - counted <= COUNTED_ITEM_REACH and 2 <= rank <= tally):
        return False
    return not any(t.lemma in TRIGGERS and t.pos == "NOUN" and
                   t.feats.get("Number") == "Plur"
                   for between in sents[counted + 1:si] for t in between.tokens)


def asked_count(sents: list[Window], si: int) -> tuple[int, int] | None:
    """plan91: an ordinal standing for its noun that answers a question naming that item
    ("А третий договор?" — "Третий — с колледжем.") takes up the count of documents told
    before the question ("Мы подписали три договора."), however many sentences of the first
    items lie between: the question reopened the enumeration. The question is the sentence
    before, a speaker's label aside, ending in "?" and holding the same ordinal on a
    document noun (``_ordinal_document``); the count, within ``COUNTED_ITEM_REACH``
    sentences before it, counts documents or agreements by a numeral of at least that rank.
    Returns the count's sentence and the counted noun's index (as ``count_told_before``)."""
    if not ordinal_standing_for_noun(sents[si], 0):
        return None
    ordinal = sents[si].tokens[0].lemma
    rank = ORDINAL_RANKS.get(ordinal, 0)
    q = si - 1
    if q > 0 and label_alone(sents[q]) is not None:  # speak92: the question's label
        q -= 1
    if rank < 2 or q < 1 or not sents[q].text.rstrip().endswith("?"):
        return None
    toks = sents[q].tokens
    if not any(_ordinal_document(sents[q], j) and toks[j - 1].lemma == ordinal
               for j in range(1, len(toks))):
        return None
    return _count_reaching(sents, q, rank)


def agreed_item(sents: list[Window], si: int, k: int, counted: int, tally: int) -> bool:
    """agr59: after a count of agreements, an item told by its partner and a verb of coming
    to terms, with no agreement noun in its sentence, is one of the counted: "Минтруд
    заключил три соглашения. С ООО «Заря» министерство договорилось о квотировании рабочих
    мест" (the verb at k stands for the noun; its "с" partner and subject are the sides).
    Only a past affirmative verb with its own "с" partner and an "о" topic ("договорились
    встретиться ещё раз" agrees on no document), up to ``COUNTED_ITEM_REACH`` sentences
    after a count of two or more, with no plural agreement noun between (as
    ``counted_item``). The sentence must be parsed."""
    sent = sents[si]
    toks = sent.tokens
    tok = toks[k]
    if not (tok.lemma in AGREED_ITEM_VERBS and tok.pos == "VERB" and
            tok.feats.get("Tense") == "Past" and _item_after_count(sent, si, counted, tally)):
        return False
    kids = sent.children(k)
    if any(toks[c].lemma == "не" for c in kids):
        return False  # "не договорились": no agreement
    marks = {toks[x].lemma for c in kids if toks[c].rel in {"obl", "nmod"}
             for x in sent.children(c) if toks[x].rel == "case"}
    if not (marks & PARTNER_PREPOSITIONS and marks & ABOUT_PREPOSITIONS):
        return False
    return not any(t.lemma in TRIGGERS and t.pos == "NOUN" and
                   t.feats.get("Number") == "Plur"
                   for between in sents[counted + 1:si] for t in between.tokens)


def _item_after_count(sent: Window, si: int, counted: int, tally: int) -> bool:
    """Can sentence si tell one item of the count of ``tally`` agreements made at sentence
    ``counted``? Parsed, up to ``COUNTED_ITEM_REACH`` sentences after a count of two or
    more, and naming no agreement of its own ("Второе соглашение ..." is read at its noun)."""
    return tally >= 2 and 0 < si - counted <= COUNTED_ITEM_REACH and sent.parsed and \
        not any(t.lemma in TRIGGERS | COOPERATION_DOCUMENTS for t in sent.tokens)


def became_partners(
    analysis: Analysis, models: Models, sents: list[Window], si: int, k: int, counted: int,
    tally: int, regions: list[RegionRef],
) -> list[_Party]:
    """agr65: after a count of agreements, a partner noun as the complement of a verb of
    becoming names the counted items by their partners, one each: "Мэрия подписала
    соглашения с тремя НКО. Партнёрами мэрии стали АНО «A», фонд «B» и общество «C»",
    "... Третьим партнёром министерства стал кооператив «Любинский», который ...". The noun
    at k (``PARTNER_NOUNS``) is in the instrumental under ``PARTNER_BECOME_VERBS`` (the parse);
    the partners are the bodies after the verb up to a relative clause or a colon (the
    genitive owner before the verb is the count's own side). Only up to
    ``COUNTED_ITEM_REACH`` sentences after a count of two or more, with no agreement noun
    in the sentence (one there is read at the noun). The sentence must be parsed."""
    sent = sents[si]
    toks = sent.tokens
    tok = toks[k]
    if not (tok.lemma in PARTNER_NOUNS and tok.pos == "NOUN" and
            tok.feats.get("Case") == "Ins" and _item_after_count(sent, si, counted, tally)):
        return []
    v = tok.head
    if not (0 <= v < len(toks) and toks[v].lemma in PARTNER_BECOME_VERBS and v > k):
        v = verb_after_partner_noun(toks, k)
    if v < 0:
        return []
    end = next((i for i in range(v + 1, len(toks)) if toks[i].text == ":" or (
        toks[i].text == "," and i + 1 < len(toks) and
        toks[i + 1].lemma in RELATIVE_PRONOUNS)), len(toks))
    if end == v + 1 == len(toks) - 1:
        return partner_lines(analysis, models, sents, si, regions, whole=True)[:tally]
    found = _parties_in(analysis, models, sent, v + 1, end, regions)
    listed = nominative_conjuncts(analysis, models, sent, v + 1, end, regions)
    return (listed if len(listed) > len(found) and len(listed) <= tally else found)[:tally]


def nominative_conjuncts(
    analysis: Analysis, models: Models, sent: Sentence, lo: int, hi: int,
    regions: list[RegionRef],
) -> list[_Party]:
    """many2: the bodies a verb of becoming lists after it as its subjects, read from
    the list's own marks where the tagger names fewer of them: "партнёрами центра стали
    районная библиотека, средняя школа № 2 посёлка Заречного и фермерское хозяйство
    «Нива»" → three. The span lo..hi is parted at commas and "и" outside quotes; each
    part must open with a word in the nominative (an adjective or the head noun), so a
    name with an inner "и" ("управление культуры и молодёжной политики": "молодёжной" is
    a genitive) gives no list, nor one naming a person ("партнёрами выступили директор
    завода Иван Петров и ...": the partners' signers). Two parts or more, or none."""
    toks = sent.tokens
    parts: list[tuple[int, int]] = []
    first, depth = lo, 0
    for i in range(lo, hi):
        t = toks[i]
        if t.text in {"«", "„", "“"}:
            depth += 1
        elif t.text in {"»", "“", "”"} and depth:
            depth -= 1
        if depth == 0 and (t.text == "," or t.lemma == "и" and t.pos == "CCONJ"):
            parts.append((first, i))
            first = i + 1
    parts.append((first, hi))
    while parts and parts[-1][1] > parts[-1][0] and toks[parts[-1][1] - 1].pos == "PUNCT" \
            and toks[parts[-1][1] - 1].text not in {"»", "”", "“"}:
        parts[-1] = (parts[-1][0], parts[-1][1] - 1)
    persons = [x for x in sent.spans if x.type == "PER"] if isinstance(sent, Window) else \
        [x for x in analysis.spans if x.type == "PER" and sent.start <= x.start < sent.stop]
    out: list[_Party] = []
    for a, b in parts:
        if b - a < 2 or toks[a].pos not in {"NOUN", "ADJ", "PROPN"} or \
                toks[a].feats.get("Case") != "Nom":
            return []
        if any(toks[a].start <= x.start < toks[b - 1].stop and len(x.text.split()) >= 2
               for x in persons):  # a full name (a lone place adjective may be tagged one)
            return []  # "партнёрами выступили директор завода Иван Петров и ...": signers
        name = analysis.text[toks[a].start:toks[b - 1].stop]
        name = name[0].upper() + name[1:]
        lo_at, hi_at = toks[a].start, toks[b - 1].stop
        out.append(_Party(name, [r.code for r in regions
                                 if any(lo_at <= m.start < hi_at for m in r.mentions)],
                          lo_at, hi_at, models))
    return out if len(out) >= 2 else []


def verb_after_partner_noun(toks: list[Token], k: int) -> int:
    """many2: the verb of becoming right after the partner noun at k, past only the noun's
    own dependents ("партнёрами центра стали"), where the parse hangs the noun elsewhere
    (on an adverb before it: "Вчера вечером партнёрами фонда стали ..."); -1 if
    none within three words."""
    for v in range(k + 1, min(len(toks), k + 4)):
        if toks[v].lemma in PARTNER_BECOME_VERBS and toks[v].pos == "VERB":
            return v
        if toks[v].head != k:
            return -1
    return -1


def partner_lines(
    analysis: Analysis, models: Models, sents: list[Window], si: int,
    regions: list[RegionRef], whole: bool = False,
) -> list[_Party]:
    """many2: the partners a sentence ending in a colon right after its verb of becoming
    lists line by line, one a line behind a dash or bullet: "Партнёрами выступили:" then
    "— ООО «Луч» в лице директора Павла Орлова;", "— АО «Заря» — 5 рабочих мест." Each
    line's first body (before "в лице", whose signer is the line's own) is one partner;
    the list ends at the first line opening with no mark. Two lines or more, or none.
    lists64: a number the segmenter cut off its line ("1." alone, then "КГБУ «Центр …»;")
    marks the sentence after it, as in ``_list_items``: "Партнёрами центра стали:" over
    "1. АНО «Мост»;" / "2. Фонд «Опора»." lists both.
    lists67: ``whole`` (a lead of one agreement's sides, ``side_lines``) reads a line that
    is a name and nothing else whole (``_whole_line_name``) before its first body."""
    text = analysis.text
    out: list[_Party] = []
    marked = False
    for later in sents[si + 1:]:
        if _BARE_MARK.fullmatch(later.text) and opens_line(text, later.start):
            marked = True  # the next sentence is the item this number opens
            continue
        if not marked and (not opens_line(text, later.start) or
                           _LIST_ITEM.match(later.text) is None):
            break
        marked = False
        found = (whole and _whole_line_name(analysis, models, later, regions)) or \
            _parties_in(analysis, models, later, 0, len(later.tokens), regions) or \
            _legal_form_name(models, later, regions)
        if not found:
            break
        out.append(found[0])
    return out if len(out) >= 2 else []


# lists67: the most words a list line naming one side whole may hold ("Тюменская областная
# общественная организация ветеранов (пенсионеров) войны, труда, Вооруженных Сил и
# правоохранительных органов" holds fourteen)
WHOLE_LINE_WORDS = 20


def _whole_line_name(analysis: Analysis, models: Models, line: Window,
                     regions: list[RegionRef]) -> list[_Party]:
    """lists67: a list line under a lead of one agreement's sides (``sides_lead``) that is
    a side's name and nothing else: "• Энская областная организация ветеранов (пенсионеров)
    войны, труда и правоохранительных органов;" — the name tagger may cut such a name at
    its inner commas or capitals, so the words from the mark to the line's closing ";" or
    "." are the side as written. The line's first word is a noun, an adjective or a
    proper name in the nominative, or a legal form's abbreviation; the line has no verb
    but a participle ("Вооружённых Сил" is one),
    no dash outside quotes ("• АО «Заря» — о квотах": a topic follows) and no person's
    full name ("• директор фонда Иван Петров"), and at most ``WHOLE_LINE_WORDS`` words.
    None otherwise (the caller reads the line's first body)."""
    m = _LIST_ITEM.match(line.text)
    toks = [t for t in line.tokens if m is None or t.start >= line.start + m.end()]
    while toks and toks[-1].pos == "PUNCT" and toks[-1].text in {";", ".", ","}:
        toks = toks[:-1]
    if not toks or len(toks) > WHOLE_LINE_WORDS or not (
            toks[0].pos in {"NOUN", "ADJ", "PROPN"} and toks[0].feats.get("Case") == "Nom" or
            legal_form(toks[0].text) and toks[0].text.isupper()):
        return []
    depth = 0
    for t in toks:
        depth += (t.text == "«") - (t.text == "»")
        if t.pos in {"VERB", "AUX"} and not _participle(t) or \
                depth <= 0 and t.text in GAP_DASHES:
            return []
    start, stop = toks[0].start, toks[-1].stop
    if "\n" in analysis.text[start:stop] or any(
            x.type == "PER" and start <= x.start < stop and len(x.text.split()) >= 2
            for x in analysis.spans):
        return []
    name = analysis.text[start:stop]
    return [_Party(name[0].upper() + name[1:], [r.code for r in regions if any(
        start <= x.start < stop for x in r.mentions)], start, stop, models)]


# lists67: the most words a lead announcing one agreement's sides line by line may hold
# before its colon ("Сторонами нового соглашения стали:" holds five)
SIDES_LEAD_WORDS = 6


def sides_lead(sent: Sentence) -> int | None:
    """lists67: the owner a sentence announcing one agreement's sides line by line names,
    when it is such a lead: a participant noun in the plural (``PARTICIPANT_NOUNS``) ending
    in a colon, alone ("Стороны:") or with its owner in the genitive ("Участники
    договора:"), or in the instrumental under a link verb ("Сторонами документа стали:",
    "Его участниками выступили:"). The words before the colon are the noun, at most one
    link verb (``LINK_VERBS``), the owner — an agreement noun (``TRIGGERS``), a document
    noun (``COOPERATION_DOCUMENTS``) or a possessive pronoun (``SIDES_OWNER_PRONOUNS``) —
    and the owner's adjectives, no more than ``SIDES_LEAD_WORDS`` beside the owner's own
    topic. fixlists67: the words hanging under the owner are its topic and pass ("Сторонами
    соглашения о трудоустройстве стали:"); a numeral in the nominative and a body's head
    noun (``ORG_HEADS``, ``BODY_HEADS``) may close the lead after the link verb ("Его
    сторонами стали три организации:"). Returns the owner's
    index, -1 when the lead names none ("Стороны:"), None for any other sentence: "Со
    стороны фонда:" (a preposition), "Участники подписания:" (the people at the table),
    "Стороны договорились:" (a verb of their own) lead no sides."""
    toks = [t for t in sent.tokens if t.pos not in {"PUNCT", "SYM"} or t.text == ":"]
    if len(toks) < 2 or toks[-1].text != ":" or sent.tokens[-1].text != ":":
        return None
    counted = _counted_bodies(toks)
    toks = [t for t in toks if t not in counted]
    nouns = [t for t in toks[:-1] if t.lemma in PARTICIPANT_NOUNS and t.pos == "NOUN"]
    verbs = [t for t in toks[:-1] if t.pos in {"VERB", "AUX"}]
    if len(nouns) != 1 or nouns[0].feats.get("Number") != "Plur" or len(verbs) > 1 or \
            any(v.lemma not in LINK_VERBS for v in verbs) or \
            nouns[0].feats.get("Case") not in ({"Ins"} if verbs else {"Nom", None}):
        return None
    if counted and not (verbs and toks.index(verbs[0]) == len(toks) - 2):
        return None  # the counted bodies follow the link verb
    owner, topic = -1, set()
    for t in toks[:-1]:
        if t is nouns[0] or t in verbs or sent.tokens.index(t) in topic:
            continue
        if t.lemma in TRIGGERS | COOPERATION_DOCUMENTS and t.feats.get("Case") == "Gen" and \
                t.feats.get("Number") != "Plur" or t.text.lower() in SIDES_OWNER_PRONOUNS:
            if owner >= 0:
                return None
            owner = sent.tokens.index(t)
            topic = {n for n in _subtree(sent.tokens, owner) if n > owner}
        elif not (t.pos in {"ADJ", "DET"} and t.feats.get("Case") == "Gen"):
            return None
    words = [t for t in toks[:-1] if sent.tokens.index(t) not in topic]
    return owner if len(words) <= SIDES_LEAD_WORDS else None


def _counted_bodies(toks: list[Token]) -> list[Token]:
    """fixlists67: the numeral in the nominative and the body's head noun closing a lead of
    sides before its colon, with any adjectives between ("три организации:", "четыре
    региональные организации:", ``ORG_HEADS`` and ``BODY_HEADS``); none otherwise."""
    if len(toks) < 3 or toks[-2].pos != "NOUN" or toks[-2].lemma not in ORG_HEADS | BODY_HEADS:
        return []
    n = len(toks) - 3
    while n >= 0 and toks[n].pos == "ADJ":
        n -= 1
    if n < 0 or toks[n].pos != "NUM" or toks[n].feats.get("Case") not in {"Nom", None}:
        return []
    return toks[n:-1]


def _subtree(toks: list[Token], i: int) -> set[int]:
    """fixlists67: the indices of the word at i and of every word hanging under it."""
    out = {i}
    grew = True
    while grew:
        grew = False
        for n, t in enumerate(toks):
            if n not in out and t.head in out:
                out.add(n)
                grew = True
    return out


def side_lines(
    analysis: Analysis, models: Models, sents: list[Window], si: int, k: int,
    regions: list[RegionRef],
) -> list[_Party]:
    """lists67: the sides of one agreement listed a line each after a lead of its sides
    (``sides_lead``): "Подписано многостороннее соглашение о ... ." then "Сторонами
    соглашения стали:" (or "Стороны:") over "• Департамент ...;", "• АО «...»;" — each
    line's first body (``partner_lines``). The lead is the agreement noun's own sentence,
    the noun its owner, or one of the next ``SIDES_TOLD_REACH`` sentences, none naming an
    agreement between but the lead itself. Of one agreement only: a noun in the plural or
    counted ("три соглашения") shares its sides out by the passes of lists."""
    sent = sents[si]
    noun = sent.tokens[k]
    if noun.feats.get("Number") == "Plur" or _count(sent, k) >= 2:
        return []
    if sides_lead(sent) == k:
        return partner_lines(analysis, models, sents, si, regions, whole=True)
    for n in range(si + 1, min(len(sents), si + 1 + SIDES_TOLD_REACH)):
        owner = sides_lead(sents[n])
        if owner is not None:
            return partner_lines(analysis, models, sents, n, regions, whole=True)
        if any(t.lemma in TRIGGERS for t in sents[n].tokens):
            return []
    return []


def _legal_form_name(models: Models, line: Window, regions: list[RegionRef]) -> list[_Party]:
    """lists64: a list line's partner the name tagger missed, told as a legal form's
    abbreviation and a quoted name ("2. КГБУСО «Дом-интернат для престарелых»;"): the words
    from the abbreviation through the closing quote, as written. Only a legal form's
    abbreviation (``agreement_types.legal_form``: "ООО", "АНО", "КГБУСО"; fixlists64: not
    any word in capitals, "МЧС «Спасатель»") opening the line's words, its quoted name
    after it (``_quoted_after_form``); none otherwise."""
    toks = line.tokens
    m = _LIST_ITEM.match(line.text)
    i = next((n for n, t in enumerate(toks) if m is None or t.start >= line.start + m.end()),
             len(toks))
    q = _quoted_after_form(toks, i)
    if q is None or q + 1 >= len(toks):
        return []
    depth, end = 0, -1
    for n in range(q, len(toks)):
        depth += (toks[n].text == "«") - (toks[n].text == "»")
        if depth == 0:
            end = n
            break
    if end < 0:
        return []
    start, stop = toks[i].start, toks[end].stop
    name = line.text[start - line.start:stop - line.start]
    return [_Party(name, [r.code for r in regions if any(
        start <= x.start < stop for x in r.mentions)], start, stop, models)]


def counted_before(toks: list[Token], k: int) -> bool:
    """A numeral or a quantity word among the four words before the agreement noun at k
    ("подписали 12 соглашений", "несколько соглашений"): agreements counted in general.
    agr65: a number after a sign that labels a place counts nothing ("в Доме правительства
    № 1 состоялось подписание соглашений", ``NUMBER_SIGNS``)."""
    return any((t.lemma in QUANTITY or t.pos == "NUM") and
               not (i > 0 and toks[i - 1].text in NUMBER_SIGNS)
               for i, t in enumerate(toks[:k]) if i >= k - 4)


def _ordinal_document(sent: Sentence, k: int) -> bool:
    """"Первый документ", "второе соглашение": an agreement noun counted by an ordinal."""
    toks = sent.tokens
    return toks[k].lemma in TRIGGERS | {"документ"} and k > 0 and \
        toks[k - 1].lemma in ORDINALS and toks[k - 1].pos == "ADJ"


def _next_item(sent: Sentence) -> bool:
    """agr44: the sentence takes up an item of a count by ordinal ("Второе соглашение
    подписано вчера", "Второе – с X"): what it dates is that item's."""
    return ordinal_standing_for_noun(sent, 0) or any(
        _ordinal_document(sent, k) for k in range(len(sent.tokens)))


def _ordinal_members(
    analysis: Analysis, out: list[_Candidate], officials: list[Official], models: Models
) -> list[_Candidate]:
    """"Марина Сурикова подписала два соглашения о сотрудничестве. Первый документ
    заключен с Министерством ... ЛНР, его подписал министр Денис Коновалов. Второе
    соглашение подписано с Министерством ... Херсонской области ...": the agreements a
    numeral counts are the ones the next sentences take up by ordinal; each is between
    the counted signing's side and its own partner, signed by the counted signing's
    signer and its own. The counted mention then says nothing more."""

    def bodies_of(name: str) -> list[_Party]:  # the sides a shared line's signer speaks for
        return signer_parties([name], officials, [], models, analysis=analysis)

    drop: set[int] = set()
    for n, c in enumerate(out):
        if c.count < 2 or c.status != "signed":
            continue
        later = _counted_members(c, out[n + 1:n + 1 + 2 * c.count])
        if len(later) < 2 or any(not o.parties for o in later):
            continue
        first = next(i for i in range(n + 1, len(out)) if out[i] is later[0])
        if any(o.count >= 2 and o.status == "signed" and o.sentence is not c.sentence
               for o in out[n + 1:first]):
            # "Чувашия подписала два соглашения" (headline) and "Министерство ... подписало
            # два соглашения" (lead): the nearer count takes the ordinals up
            drop.add(n)
            continue
        own_signers = _signatories(analysis, c.sentence, None, officials, models)[0]
        head = later[0]
        # series61: "Министерство заключило три соглашения": the first item's ministry
        subject = count_side_named(c.subject, head.parties) or \
            ([] if c.parties else first_item_side(models, later))
        if not head.signatories and ranked_item(head.sentence, _token_index(
                head.sentence, head.trigger.start)):
            # series60: the signers a count read past its sentence ("Подписи под ним
            # поставили ...") are its ranked first item's, told there
            head.signatories = [s for s in c.signatories if s not in own_signers]
        for o in later:
            keys = {p.key for p in o.parties}
            regions = {r for p in o.parties for r in p.regions}
            # the counted signing's own side: named in its own sentence, not a signer of
            # the next one
            # (agr65: a side of the count's region too, when the item names only its partner:
            # "Министерство ... Курской области подписало соглашения с тремя предприятиями.
            # Первое заключено с ООО «Курский хлеб»")
            # series60: an item naming one body twice ("с администрацией города", signed
            # by "глава города") named its partner only (``series_sides.one_body``)
            partner_only = one_body(o.parties, models)
            # series61: an item opening with an order word and naming two bodies of its
            # own ("Также администрация района и федерация спорта подписали соглашение")
            # is that pair's; the count's side joins an item naming its partner only
            own_pair = len(o.parties) >= 2 and not partner_only and \
                opens_series_item(o.sentence)
            shared = [] if own_pair else \
                [p for p in counted_own_sides(c, o) or subject if p.key not in keys and
                      not (set(p.regions) & regions and len(o.parties) >= 2 and
                           not partner_only) and
                      not any(one_body([p, q], models) for q in o.parties)]
            twins = item_twins(out, o, keys)  # series60: "Второй документ — соглашение с X"
            for twin in twins:
                twin.parties = shared + twin.parties
                twin.status = o.status  # one item, one status: the item's own (status53)
            o.parties = shared + o.parties
            if o.status == "mentioned" and (ranked_item(o.sentence, _token_index(
                    o.sentence, o.trigger.start)) or verbless_series_item(o.sentence) or
                    closing_item(o.sentence)):  # series61: "Завершило церемонию соглашение"
                o.status = c.status  # series60: "Первым стало соглашение с X" was signed
            o.signatories = [s for s in own_signers if s not in o.signatories] + o.signatories
            o.date = o.date or c.date
        # series61: one line of signers after the series: each item its own sides' signers
        spread_signers(models, later, bodies_of)
        # series60: a list after the series naming its side and an item's partner retells it
        reach = out[first:first + 3 * c.count]
        again = restated_series(reach, later, c.parties + c.subject, models)
        drop.update(i for i in range(first, first + len(reach)) if out[i] in again)
        drop.add(n)
    kept = [c for n, c in enumerate(out) if n not in drop]
    for items in uncounted_series(models, kept):  # series61: "Первым подписали ..." alone
        spread_signers(models, items, bodies_of)
    return kept


def counted_own_sides(c: _Candidate, item: _Candidate) -> list[_Party]:
    """pair81: the sides of a counted signing's own sentence that an item of the count
    shares. A count whose list is split into one agreement per partner (``c.group``) lends
    an item that names a side of a region none of the count's sides is in only its own
    side, not the partner it lists after "с": in "Фонд «Заря» подписал два соглашения — с
    департаментом Курганской области и с министерством Омской области. ... Второй
    документ фонд подписал с министром Омской области" the fund is the side the second
    item shares, the Kurgan department the first item's partner, not the second's. An
    unsplit count keeps its partner, shared by its items ("подписал два соглашения с фондом
    «Заря»: первое ..., второе ..."), and so does an item naming no such side ("Первое
    соглашение подписано министром", its partner the first listed); so does a sentence
    whose sides are all partners so told (the subject left to ``c.subject``)."""
    own = [q for q in c.parties if c.sentence.start <= q.start < c.sentence.stop]
    mine = {r for q in own for r in q.regions}
    if c.group < 0 or not any(p.regions and not set(p.regions) & mine for p in item.parties):
        return own
    toks = c.sentence.tokens
    partners = set()
    for q in own:
        i = next((n for n, t in enumerate(toks) if t.start == q.start), None)
        if i is not None and i > 0 and toks[i - 1].lemma in PARTNER_PREPOSITIONS:
            partners.add(q.key)
    return [q for q in own if q.key not in partners] or own


def _counted_members(c: _Candidate, after: list[_Candidate]) -> list[_Candidate]:
    """The agreements a counted signing's next sentences take up: those named by ordinal,
    and once the first is, any other signing with sides of its own: "Область заключила
    два соглашения. Первое соглашение — между A и B — подписали ... . В тот же день X и
    Y подписали соглашение о ..." (the second one, named without an ordinal)."""
    later, apposed = apposed_items([o for o in after if o.sentence is not c.sentence],
                                   c.status)  # series60
    first = next((i for i, o in enumerate(later) if o.ordinal or id(o) in apposed), None)
    if first is None:
        return []
    members = [o for i, o in enumerate(later) if o.ordinal or id(o) in apposed or (
        i > first and (o.status == "signed" or verbless_series_item(o.sentence)) and
        o.parties and o.count < 2 and o.sentence is not later[first].sentence)]
    return members[:c.count]


def numbered_heading(marks: str) -> str:
    """The pattern of a digest's numbered heading, shared by its two readers: a number of
    one or two digits, one of ``marks`` after it, a space, then a capital or an opening
    quote ("4. «Деловая Россия» поможет ...", "12) В Кузбассе ..."). The readers differ
    only in what they take around it: ``digest_items.item_starts`` cuts a page's raw lines
    into items (spaces before the number, "12)" as well as "12."), ``digest_item_heading``
    reads a sentence opening its line ("4." only; taking "12)" there too changes records,
    measured by mend61)."""
    return rf"\d{{1,2}}[{marks}]\s+[«\"А-ЯЁA-Z]"


_NUMBERED_HEADING = re.compile(numbered_heading("."))


def digest_item_heading(text: str, sent: Sentence) -> bool:
    """agr48: is the sentence a numbered item's heading of a digest, opening its line ("4.
    «Деловая Россия» поможет трудоустроить ветеранов СВО")? The items of a digest are
    separate news: what a bare noun stands for is told within its own item."""
    return (sent.start == 0 or text[sent.start - 1] == "\n") and \
        _NUMBERED_HEADING.match(sent.text) is not None


def anaphoric_body(o: Official) -> bool:
    """agr46: a signer's body given only by a word that stands for a body named elsewhere
    and never heads a body's name ("директор ведомства Наталья Ефимова" after "от
    департамента занятости") names no side: that word alone, with no region. ("руководитель
    департамента" is kept: the side passes spell a head noun out from the body the text
    names with it.)"""
    return o.region is None and o.organization is not None and \
        o.organization.strip().lower() in REFERRING_BODY_WORDS


def signer_parties(
    signers: list[str], officials: list[Official], regions: list[RegionRef], models: Models,
    analysis: Analysis | None = None,
) -> list[_Party]:
    """The bodies the signers' posts name, each a side. With the analysis in hand, a
    signer standing for a district named by "со стороны" before the post gives the
    district, not the unit of it the post names (``behalf_district``)."""
    out: list[_Party] = []
    for name in signers:
        o = next((o for o in officials if o.name == name), None)
        if o is None or not o.organization or anaphoric_body(o):
            continue
        shared = _region_at(regions, o.evidence.start, o.evidence.end) \
            if " и " in o.organization else []
        if len(shared) >= 2:
            # "Губернаторы Тамбовской и Липецкой областей Максим Егоров и Игорь
            # Артамонов": a post of several regions stands for each of them
            out += [_Party(r.name, [r.code], o.evidence.start, o.evidence.end, models)
                    for r in regions if r.code in shared and
                    all(r.code not in p.regions for p in out)]
            continue
        codes = [o.region] if o.region else []
        # hist89: a post's portfolio is no part of the side ("проректор" of "ТГУ по
        # учебной работе" signs for "ТГУ")
        split = portfolio_of_body(o, models)
        body = split[1] if split is not None else o.organization
        behalf = behalf_district(models, analysis, o.evidence.start, body) \
            if analysis is not None and not codes else None
        out.append(behalf if behalf is not None else
                   _Party(body, codes, o.evidence.start, o.evidence.end, models))
    return out


def _without_list_restatements(cands: list[_Candidate]) -> list[_Candidate]:
    """A second agreement noun in the sentence of a split list that names only the list's
    partners is the list again, not an agreement between the partners: "Ранее ведомство
    подписало похожие документы с Курской и Орловской областями, и каждое соглашение ..."
    gives two agreements, not a third between Kursk and Oryol."""
    listed: dict[int, set[str]] = {}
    for c in cands:
        if c.group >= 0:
            listed.setdefault(c.sentence.start, set()).update(p.key for p in c.parties)
    return [c for c in cands if c.group >= 0 or c.signatories or not c.parties or
            not {p.key for p in c.parties} <= listed.get(c.sentence.start, set())]


def _in_relative_clause(toks: list[Token], i: int) -> bool:
    """pair62: is the verb at i in a relative clause of one item, "который" before it with
    no comma between ("В этом выпуске — университет, который будет готовить специалистов,
    соглашение Тывы и Хакасии, ...")? Such a verb tells of the item, the line still has none
    of its own. Reads back at most ``RELATIVE_REACH`` words
    (``syntax.relative_pronoun_before``)."""
    return relative_pronoun_before(toks, i, max(-1, i - 1 - RELATIVE_REACH), {","}) is not None


def contents_item(sent: Sentence, k: int) -> tuple[int, int] | None:
    """agr52: the item of a contents line the agreement noun at k stands in, as a token range:
    a sentence with no verb at all whose list, after a dash or colon, holds at least
    ``CONTENTS_ITEMS`` items parted by commas: "В этом выпуске — новые соглашения о
    подготовке кадров в Перми и Приморье, поправки к соглашению в Чувашии, новый закон в
    Ленинградской области". The item runs from the comma (or the list's mark) before the
    noun to the comma after it. None when the sentence is no such line."""
    toks = sent.tokens
    if any(t.pos in {"VERB", "AUX"} and not _in_relative_clause(toks, i)
           for i, t in enumerate(toks)):
        return None
    opener = next((i for i, t in enumerate(toks) if t.text in LIST_OPENERS), None)
    if opener is None or opener > k:
        return None
    commas = [i for i in range(opener + 1, len(toks)) if toks[i].text == ","]
    if len(commas) + 1 < CONTENTS_ITEMS:
        return None
    lo = max([opener] + [i for i in commas if i < k]) + 1
    hi = min([i for i in commas if i > k], default=len(toks))
    return lo, hi


def counted_summary(c: _Candidate, bare: frozenset[str] = frozenset()) -> bool:
    """A mention counting several agreements whose partners it does not name ("Область
    подписала два соглашения с соседями") sums up the members told after it: its one side
    names no agreement of its own, so it joins them as a bare mention does (founding one of
    its own made the ordinal "Второй документ" lose its signers to it). agrB: so does one
    whose sides are only region names ``bare`` ("Липецкая область и Северная Осетия
    подписали два соглашения"): the bodies that signed each are told after it, and as a
    side-holder it joined both members into one."""
    if c.count < 2 or c.group >= 0:
        return False
    return len(c.parties) == 1 or (len(c.parties) >= 2 and
                                   all(p.name in bare for p in c.parties))


def counted_partners_named(sent: Sentence, k: int, parties: list[_Party]) -> bool:
    """many161: agreements counted by a numeral right before the noun whose partners the
    sentence then names, as many as counted, are those agreements, not agreements counted
    in general: "министр подписала пять соглашений — с администрациями Торжка, Кашина,
    Ржева, Кимр и Бежецка" is five records, one per town, though "пять соглашений" (a
    plural noun after a numeral, ``counted_before``) reads as a count. The count is
    ``_count``'s (only adjectives between numeral and noun); the partners are the sides
    read after the noun. "подписали 12 соглашений с A и B" stays a count."""
    n = _count(sent, k)
    after = [p for p in parties if p.start > sent.tokens[k].start]
    if n >= 2 and len(after) == n:
        return True
    at = dash_after_counted_partner(sent, k)  # many2
    return at is not None and at[1] >= 2 and \
        len([p for p in parties if p.start > sent.tokens[at[0]].start]) == at[1]


def dash_after_counted_partner(sent: Sentence, k: int) -> tuple[int, int] | None:
    """many2: a partner noun counted by a numeral after the agreement noun at k, followed
    at once by a dash or colon: "такие же договоры управление рассчитывает заключить летом
    с двумя колледжами — ГБПОУ «Лира» и ГБПОУ «Вега»" → (the dash, 2). The bodies after
    the dash, as many as counted, are the partners, one agreement each
    (``counted_partners_named``); None otherwise."""
    toks = sent.tokens
    for n in _with_partner_nouns(sent, k):
        j = n - 1
        while j >= 0 and (toks[j].pos in {"ADJ", "DET", "ADV"} or _participle(toks[j])):
            j -= 1
        if not (j >= 0 and toks[j].lemma in NUMBER_WORDS):
            continue
        if n + 1 < len(toks) and toks[n + 1].text in {"—", "–", ":"}:
            return n + 1, NUMBER_WORDS[toks[j].lemma]
    return None


def counted_party(models: Models, p: _Party) -> bool:
    """A side that is a number of places is a count, no named body: "действуют подобные
    соглашения с 15 регионами России", "с десятью субъектами" (a numeral, then a place
    noun of the lexicon)."""
    words = p.name.split()
    if len(words) < 2:
        return False
    first = words[0].lower()
    numeral = first.isdigit() or first in NUMBER_WORDS or any(
        q.tag.POS == "NUMR" for q in models.parse(first))
    return numeral and models.lemma(words[1].lower()) in COUNTED_PLACE_NOUNS
