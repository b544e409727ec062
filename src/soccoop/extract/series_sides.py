"""series59: the sides of each agreement of a series told as a list under one lead.

A page telling several agreements signed at one event by one side often names that side
once, in the list's lead, and each partner on its own item line ("Наш фонд подписал три
соглашения." then "1) С министерством ... — о ...", "2) С центром ... — о ..."). Each
item is one agreement of the lead's side and the item's partner. Three reads keep the
sides apart here:

- ``lead_owner``: a lead whose subject is the page's own body written as a bare head noun
  ("министерство подписало", "наш фонд подписал") gives the body the page's header or
  footer names in full (``page_owner``), the side shared by every item;
- ``partners_not_common``: a signers' sentence after the list naming every item's
  signer ("Подписи поставили министр ..., директор центра ... и наш председатель")
  tells each item's partner among its bodies: those are no side common to all items;
- ``item_signers``: of those signers, an item keeps the ones standing for the common side
  or for its own partner, not another item's partner's signer;
- ``colon_after_lead``: a lead sentence followed on its line by a short verbless one
  ending with a colon ("… подписали четыре соглашения. Кратко — с кем:") announces the
  list as its own colon would.

series60: the same series told in prose, one sentence per item after a count ("Министр
подписала в среду три документа. Первым стало соглашение с X. Затем ... с Y. Также министр
подписала соглашение с Z"):

- ``ranked_item``: an item opening with its rank in the instrumental before its verb
  ("Первым стало соглашение с X", "Следующим подписали договор с Y") takes up the count as
  an ordinal noun does ("Первое соглашение ...");
- ``opens_series_item``: a sentence opening with a word of the series' order
  (``SERIES_ORDER_OPENERS``: "Затем", "Также", "Кроме того") or its rank tells the next
  item;
- ``apposed_items``: an item's ordinal noun naming no side, with the agreement noun naming
  its sides in apposition after a dash ("Третий документ — соглашение области с фондом"),
  is that one item, told by the second noun; ``item_twins``: when both name the same
  partner, the second takes the count's side with the first;
- ``restated_series``: a list of partners told after the series, with the series' side and
  a partner of one of its items ("Мы подписали соглашения с тремя партнёрами: с
  минобразования, с фондом …, с городом …"), retells the series: no records of its own;
- ``verbless_series_item``: an item opening with a word of the series' order and telling no
  verb ("Затем — соглашение с фондом «Опора»") is one more item of the count, of its status;
- ``one_body``: the sides an item names are one body told twice (a town's administration
  and the town its head's post names), so the count's side is still the item's other one.

series61: the items told with their sides after the agreement noun and signers shared by
the whole series:

- ``postposed_subjects``: an item whose plural verb of signing opens the clause, its sides
  the nominative subjects told after the agreement noun ("Первым подписали соглашение
  министерство труда края и фонд «Заря»"): each subject is a side;
- ``ranked_after_count``: a ranked item ("Первым подписали соглашение ...") takes up a
  count told a few sentences before, past sentences retelling the signing in the plural
  ("состоялось подписание соглашений") and the page's date line;
- ``first_item_side``: a count naming no side of its own lends its later items the side of
  the first item that another item names too, or the one the first item names first;
- ``closing_item``: a verb of closing the event opening the sentence
  (``SERIES_CLOSING_VERBS``: "Завершило церемонию соглашение с X") tells the series' last
  item as an order word would;
- ``uncounted_series``: a ranked first item naming two sides ("Первым подписали соглашение
  A и B") with no count before it still leads the items told after it by order words: each
  naming only its partner takes the first item's side, status and day;
- ``count_side_named``: a count's side told by a bare noun ("Министерство заключило три
  соглашения") is the first item's side whose name that noun opens;
- ``spread_signers``: one line of signers after the series ("Подписи поставили министр
  ..., директор центра ... и председатель фонда ...") gives each item the signers whose
  posts' bodies are its own sides, the common side's signer to every item.

Cost: one look at the lead, the sentence after it and the page's first and last lines
per list.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from soccoop.extract.agreement_types import _adjective, _Candidate, _Party
from soccoop.extract.lexicon import (
    BODY_HEADS,
    COUNTED_ITEM_REACH,
    LEAD_SIDE_REACH,
    LIST_JOINERS,
    ORDINAL_RANKS,
    ORDINALS,
    ORG_HEADS,
    SERIES_NOUNS,
    SIGN_VERBS,
    TRIGGERS,
)
from soccoop.extract.lexicon_officials import ORG_HEADS as OFFICIAL_ORG_HEADS
from soccoop.extract.lexicon_sides import (
    ASIDE_DASHES,
    OWNER_LEGAL_FORM_HEADS,
    SERIES_CLOSING_VERBS,
    SERIES_ORDER_OPENERS,
    SERIES_RANK_WORDS,
    SPEAKER_POSSESSIVES,
)
from soccoop.extract.nlp import Analysis, Models, Sentence, Token, opens_line
from soccoop.extract.page_owner import owner_regions, page_owner
from soccoop.extract.party_identity import identity, signs_for
from soccoop.extract.party_phrases import _parties_in
from soccoop.extract.syntax import Window
from soccoop.models import RegionRef

# How many tokens a sentence after a lead may hold to be the list's announcing tail
# ("Коротко — кто и с кем:").
COLON_TAIL_MAX_TOKENS = 8

# fixseries59: the head nouns of a body's name ("министерство", "фонд", "центр",
# "организация"): a lead's bare subject must be one of them, not a post ("губернатор")
_BODY_NOUNS = frozenset(ORG_HEADS | BODY_HEADS | OFFICIAL_ORG_HEADS |
                        set(OWNER_LEGAL_FORM_HEADS.values()))


def _subject_noun(models: Models, toks: Sequence[Token], verbs: Collection[str]
                  ) -> int | None:
    """The index of a bare common noun in the nominative right before the first verb of
    ``verbs`` ("министерство подписало"; "наш фонд подписал"), with nothing but a
    first-person possessive before it in its phrase (an adverb such as "сегодня" may
    stand there: the dictionary's first reading tells an adjective); None otherwise.
    fixseries59: the noun heads a body's name (``_BODY_NOUNS``), not a post: "губернатор
    подписал" under a header "Губернатор Энской области" names a person, no side."""
    v = next((i for i, t in enumerate(toks) if t.lemma in verbs and t.pos == "VERB"), None)
    if v is None or v == 0:
        return None
    n = v - 1
    t = toks[n]
    if t.pos != "NOUN" or t.feats.get("Case") != "Nom" or t.text[:1].isupper() and n > 0 or \
            t.lemma not in _BODY_NOUNS:
        return None
    before = toks[n - 1] if n > 0 else None
    if before is not None and before.pos in {"ADJ", "DET"} and \
            before.lemma not in SPEAKER_POSSESSIVES and _adjective(models, before.text.lower()):
        return None  # "региональное министерство": a kind, not the page's body by itself
    return n


def _one(p: _Party, q: _Party, models: Models) -> bool:
    """Are p and q one side (``party_identity.identity``)?"""
    return identity(p, q, models) == "one"


def lead_owner(models: Models, text: str, lead: Window, verbs: Collection[str]
               ) -> _Party | None:
    """series59: the side a list's lead names as the page's own body: the lead's subject is
    a bare head noun before its verb of signing ("Сегодня министерство подписало три
    соглашения", "наш центр заключил два соглашения") and the page's header or footer line
    names a body of that noun in full ("Министерство социальной политики Энской области");
    that body, placed where the noun stands. None when the subject is a named body, or the
    page names no such body."""
    n = _subject_noun(models, lead.tokens, verbs)
    if n is None:
        return None
    tok = lead.tokens[n]
    name = page_owner(models, text, tok.lemma)
    if name is None:
        return None
    return _Party(name, owner_regions(models, name), tok.start, tok.stop, models)


def side_before_lead(analysis: Analysis, models: Models, sents: Sequence[Window], si: int,
                     regions: list[RegionRef]) -> list[_Party]:
    """lists64: the side common to a list whose lead names none ("Соглашения заключены
    с:", "Партнёрами центра стали:"): the body the nearest sentence before it, up to
    ``LEAD_SIDE_REACH`` back, tells signing as the subject of its verb ("Комитет социальной
    защиты Энской области подписал соглашения с тремя организациями." / "Документы
    направлены на …" / "Соглашения заключены с:" → the committee): the first body that
    sentence names in the nominative before its verb of signing (a finite verb: a
    participle, "все подписанные соглашения …", tells no signing of its own). Empty when
    none is told so (a sentence whose signing has no body for subject, "Подписаны три
    соглашения.")."""
    for n in range(si - 1, max(-1, si - 1 - LEAD_SIDE_REACH), -1):
        toks = sents[n].tokens
        v = next((i for i, t in enumerate(toks) if t.lemma in SIGN_VERBS and t.pos == "VERB"
                  and t.feats.get("VerbForm") != "Part"), None)  # not "подписанные"
        if v is None:
            continue
        for p in _parties_in(analysis, models, sents[n], 0, v, regions):
            head = next((t for t in toks if t.start >= p.start), None)
            if head is not None and head.feats.get("Case") == "Nom" and head.pos != "ADP":
                return [p]
        return []
    return []


def partners_not_common(models: Models, common: list[_Party], partners: list[_Party]
                        ) -> list[_Party]:
    """series59: of the bodies a signers' sentence after a list gives as common sides, the
    ones that are no item's partner: "Подписи поставили министр труда ..., директор
    центра ... и председатель фонда" names each item's partner's signer beside the one
    signing all, so the ministry and the centre are the items' own sides, not every
    item's."""
    return [p for p in common if not any(_one(p, q, models) for q in partners)]


def item_signers(models: Models, signers: list[str], partner: list[_Party],
                 others: list[_Party], body_of: Callable[[str], list[_Party]]
                 ) -> list[str]:
    """series59: of the signers named after a list, the ones an item keeps: not a signer
    whose post's body (``body_of``) is another item's partner and not the item's own
    ("директор центра" signs the centre's item, not the ministry's)."""
    out = []
    for name in signers:
        bodies = body_of(name)
        if bodies and any(_one(b, q, models) for b in bodies for q in others) and \
                not any(_one(b, q, models) for b in bodies for q in partner):
            continue
        out.append(name)
    return out


def colon_after_lead(text: str, sents: Sequence[Window], si: int) -> bool:
    """series59: the sentence after the one at ``si`` goes on its line, ends the line with a
    colon and is short and verbless ("Коротко — кто и с кем:"): it announces the list for
    the lead before it."""
    if si + 1 >= len(sents):
        return False
    tail = sents[si + 1]
    if opens_line(text, tail.start) or not tail.text.rstrip().endswith(":"):
        return False
    if len(tail.tokens) > COLON_TAIL_MAX_TOKENS or any(t.pos == "VERB" for t in tail.tokens):
        return False
    end = text.find("\n", tail.stop)  # fixseries59: no copy of the page's rest per call
    return not text[tail.stop:end if end >= 0 else len(text)].strip()


def table_caption(sents: Sequence[Window], n: int, text: str) -> int:
    """series59: 1 when the sentence at ``n`` is a table's caption standing alone on its
    paragraph and ending with a colon ("Список подписанных документов:"), the table's
    header line right after it holding cells parted by "|"; else 0. A lead paragraph
    telling the documents signed reaches its table past such a caption. A line naming the
    agreements themselves ("Заключены такие соглашения:") is no caption: it leads the
    table on its own, and a paragraph before it (a quote) does not."""
    if n + 1 >= len(sents) or not sents[n].text.rstrip().endswith(":"):
        return 0
    if any(t.lemma in TRIGGERS for t in sents[n].tokens):
        return 0
    if not opens_line(text, sents[n].start) or "\n" not in text[sents[n].stop:sents[n + 1].start]:
        return 0
    return 1 if any(t.text == "|" for t in sents[n + 1].tokens) else 0


def ranked_item(sent: Sentence, k: int) -> bool:
    """series60: the agreement noun at ``k`` is an item of a series taken up by its rank: the
    sentence opens with an ordinal or a word of rank (``SERIES_RANK_WORDS``) in the
    instrumental right before its verb, and the noun is the first agreement noun after it:
    "Первым стало соглашение с колледжем", "Вторым подписали договор с фондом",
    "Следующим стал меморандум с центром". Read as an ordinal item only right after a count
    (``agreements._candidates``). "Первым делом министр подписала соглашение" opens with a
    noun after the rank, not a verb: none."""
    toks = sent.tokens
    if k < 2 or len(toks) <= k or toks[k].lemma not in SERIES_NOUNS:
        return False
    t = toks[0]
    return t.pos == "ADJ" and t.feats.get("Case") == "Ins" and \
        (t.lemma in ORDINALS or t.lemma in SERIES_RANK_WORDS) and \
        toks[1].pos in {"VERB", "AUX"} and \
        not any(x.lemma in SERIES_NOUNS for x in toks[2:k])


def opens_series_item(sent: Sentence) -> bool:
    """series60: does the sentence open with a word of a series' order (``SERIES_ORDER_OPENERS``:
    "Затем глава подписал соглашение с X", "Кроме того, министр подписала ...") or an item's
    rank before its verb ("Вторым стало соглашение с Y", ``ranked_item``)? "Министр также
    подписала" is no opening: the word must stand first."""
    words = [t.text.lower() for t in sent.tokens[:4]]
    if any(tuple(words[:len(o)]) == o for o in SERIES_ORDER_OPENERS):
        return True
    if adverb_before_opener(sent):
        return True  # split62: "Тотчас после этого отделение заключило договор с X"
    if closing_item(sent):
        return True  # series61: "Завершило церемонию соглашение с X"
    return any(ranked_item(sent, k) for k in range(2, min(len(sent.tokens), 8)))


def adverb_before_opener(sent: Sentence) -> bool:
    """split62: does the sentence open with an adverb of time before an order word of two
    words or more (``SERIES_ORDER_OPENERS``)? "Тотчас после этого отделение заключило
    договор с фабрикой", "Вскоре после этого фонд подписал меморандум с центром": the
    adverb only tightens the order, the item is the next one of the series. A one-word opener
    after an adverb ("Сегодня также министр подписала ...") is no opening: "также" there
    adds to the day's news, not to a series."""
    toks = sent.tokens
    if len(toks) < 3 or toks[0].pos != "ADV":
        return False
    words = tuple(t.text.lower() for t in toks[1:4])
    return any(len(o) >= 2 and words[:len(o)] == o for o in SERIES_ORDER_OPENERS)


def ordinal_opening(sent: Sentence, k: int) -> bool:
    """split62: does the sentence open with an ordinal in the nominative right before the
    agreement noun at ``k`` (a word of ``SERIES_NOUNS``)? "Второе соглашение подписано с
    обществом инвалидов", "Третий документ ведомство оформило с пансионатом": the item of
    a series told by its rank as the sentence's subject or object, one agreement of its own
    whatever sides the series shares. "В первом соглашении говорится ..." (a preposition
    first) and "Первое заседание ..." (no agreement noun) are none."""
    toks = sent.tokens
    if k != 1 or len(toks) <= k or toks[k].lemma not in SERIES_NOUNS:
        return False
    t = toks[0]
    return t.lemma in ORDINALS and t.feats.get("Case") in {"Nom", "Acc"}


def documents_line(sent: Sentence) -> bool:
    """split62: does the sentence speak of documents in the plural (a word of
    ``SERIES_NOUNS`` in the plural), as the one line naming the signers of every item of a
    series does: "Подписи под бумагами поставили министр … и директора трёх центров",
    "Все договоры форума скрепили подписями …"? "Его подписали директор и ректор" names one
    item's signers: no."""
    return any(t.lemma in SERIES_NOUNS and t.feats.get("Number") == "Plur" for t in sent.tokens)


def apposed_rank(sent: Sentence, k: int) -> str | None:
    """split62: the ordinal of an item opening its sentence as "Ordinal noun — agreement
    noun": "Пятый документ — договор между лигой и школой плавания" (the
    agreement noun at ``k`` right after the dash, apposed to the ranked "документ",
    ``ordinal_opening``). The ordinal's lemma; None for any other shape."""
    toks = sent.tokens
    if k != 3 or len(toks) <= k or not ordinal_opening(sent, 1) or \
            toks[2].text not in ASIDE_DASHES or toks[k].lemma not in SERIES_NOUNS:
        return None
    return toks[0].lemma


def one_body(parties: Sequence[_Party], models: Models) -> bool:
    """series60: are the sides an item names one body told twice (``party_identity.identity``
    "one" for each with the first): "Администрация города Энска" and "Энск", named by its
    head's post ("глава города Энска")? Then the item has named only its partner."""
    return bool(parties) and all(_one(parties[0], q, models) for q in parties[1:])


def apposed_items(later: list[_Candidate], status: str
                  ) -> tuple[list[_Candidate], set[int]]:
    """series60: the mentions after a count that take it up, an item's ordinal noun that names
    no side left out when another mention of its sentence names sides: "Третий документ —
    это соглашение края с фондом «Опора» — ..." is one item, told by its
    apposed noun, which takes the ordinal's place (returned among the ids of the items
    taken up by rank, its own ordinal flag left as read); its status is its own
    (status53: a verbless item is signed only by signatures told of it; ``status`` unused,
    kept for the caller's reading). A sentence whose
    ordinal names its sides itself, or whose other mentions name none, stays as it is."""
    out: list[_Candidate] = []
    apposed: set[int] = set()
    for o in later:
        if o.ordinal and not o.parties:
            named = [x for x in later if x.sentence is o.sentence and x is not o and x.parties]
            if len(named) == 1:
                apposed.add(id(named[0]))
                continue
        out.append(o)
    return out, apposed


def item_twins(cands: list[_Candidate], item: _Candidate, keys: set[str]) -> list[_Candidate]:
    """series60: the other mentions of an item's own sentence naming the same sides as the
    item (``keys``, before the count's side joins it): "Второй документ — соглашение с
    фондом «Опора»" holds two agreement nouns of one item; both take the count's side and
    the item's own status (status53: a verbless item is signed only by signatures told of
    it), or the noun left with the partner alone would be a record of its own. None when the item
    named no side."""
    return [x for x in cands if x is not item and x.sentence is item.sentence and keys and
            {p.key for p in x.parties} == keys]


def restated_series(after: list[_Candidate], items: list[_Candidate], common: list[_Party],
                    models: Models) -> list[_Candidate]:
    """series60: the mentions of a plural agreement noun (a list split one per partner,
    ``_Candidate.group``, or one mention), told after the last item of a series (``items``)
    with the series' status, that retell it: each names a side of the series' own
    (``common``: "министр подписала в среду три документа") and one at least names the
    partner of an item: "Первым стало соглашение с колледжем. Затем … с
    фондом «Опора». … «Мы подписали соглашения с тремя партнёрами: с колледжем – про
    практику, с фондом – про пожилых …»" is the series told again, no agreements of its own.
    A list naming no item's partner ("Также министр подписала соглашения с A и B") or not
    the series' side stays. Linear in the mentions given."""
    if not items or not common:
        return []
    last = max(o.sentence.start for o in items)
    partners = [p for o in items for p in o.parties
                if not any(_one(p, q, models) for q in common)]
    groups: dict[int, list[_Candidate]] = {}
    for x in after:
        if x.sentence.start > last and x.status == items[0].status and \
                x.trigger.feats.get("Number") == "Plur":
            groups.setdefault(x.group if x.group >= 0 else x.trigger.start, []).append(x)
    out: list[_Candidate] = []
    for members in groups.values():
        if all(any(_one(p, q, models) for p in x.parties for q in common) for x in members) \
                and any(_one(p, q, models) for x in members for p in x.parties
                        for q in partners):
            out += members
    return out


def verbless_series_item(sent: Sentence) -> bool:
    """series60: a sentence opening with a word of a series' order (``opens_series_item``)
    and holding no verb at all tells the next item of a count by its noun alone: "Затем —
    соглашение с фондом «Опора» о помощи пожилым", "Кроме того, договор с колледжем о
    практике". "Также действует соглашение с фондом" has a verb of its own (an agreement in
    force, not an item signed): none."""
    return opens_series_item(sent) and not any(t.pos in {"VERB", "AUX"} for t in sent.tokens)


# series61: how many words may stand between a clause's opening verb of signing and its
# agreement noun ("подписали вчера соглашение")
POSTPOSED_VERB_REACH = 3
# series61: the cases a subject told after the noun is tagged in: a neuter head noun
# ("Отделение", "министерство") reads alike in the nominative and the accusative
_SUBJECT_CASES = frozenset({"Nom", "Acc"})


def _genitive_run(analysis: Analysis, models: Models, sent: Sentence, head: int,
                  found: dict[int, _Party]) -> _Party | None:
    """series61: a body's name the parse gives in no one stretch, read from the words: its
    nominative head noun at ``head``, genitive words after it and a place the party reader
    found at their end ("Администрация местного самоуправления г. Энска"): the
    stretch from the head to the place's end, of the place's regions. None when another
    word stands between."""
    toks = sent.tokens
    for n in range(head + 1, len(toks)):
        if n in found:
            q = found[n]
            return _Party(analysis.text[toks[head].start:q.stop], q.regions,
                          toks[head].start, q.stop, models)
        if toks[n].feats.get("Case") != "Gen" and toks[n].text != ".":
            return None
    return None


def postposed_subjects(analysis: Analysis, models: Models, sent: Sentence, k: int,
                       regions: list[RegionRef],
                       phrase_at: Callable[[int], _Party | None]) -> list[_Party]:
    """series61: the sides of a signing whose subjects are told after its object: a plural
    verb of signing (``SIGN_VERBS``, active) among the few words before the agreement noun
    at ``k``, no nominative noun or pronoun before that verb, and after the noun (its "о
    ..." phrase between) two bodies or more, each opening with a nominative word (a neuter
    head noun may be tagged accusative, its forms alike) after no preposition and joined
    by "и" or commas: "Первым подписали соглашение министерство труда Энской области и
    фонд «Заря»", "Вчера заключили договор о сотрудничестве колледж и центр занятости". The
    word order inverts subject and object; no side reader looked past the noun for a
    subject. A body the party reader found no name in ("администрация городского округа")
    is the phrase its head noun heads in the parse (``phrase_at``, given the head's index).
    "Подписали соглашение с фондом" (a partner after "с") or "Министр подписал
    соглашение фонда и центра" (a subject before the verb, genitive bodies) take nothing.
    Linear in the sentence's words."""
    toks = sent.tokens
    v = next((i for i in range(max(0, k - POSTPOSED_VERB_REACH), k)
              if toks[i].lemma in SIGN_VERBS and toks[i].pos == "VERB" and
              toks[i].feats.get("Number") == "Plur" and toks[i].feats.get("Voice") != "Pass"),
             None)
    if v is None or any(t.feats.get("Case") == "Nom" and t.pos in {"NOUN", "PROPN", "PRON"}
                        for t in toks[:v]):
        return []

    def subject_at(i: int) -> bool:
        return toks[i].feats.get("Case") in _SUBJECT_CASES and \
            not (i > 0 and toks[i - 1].pos == "ADP")

    found: dict[int, _Party] = {}
    for q in _parties_in(analysis, models, sent, k + 1, len(toks), regions):
        at = next((n for n, t in enumerate(toks) if t.start == q.start), None)
        if at is not None:
            found[at] = q
    first = next((i for i in sorted(found) if subject_at(i)), None)
    out: list[_Party] = []
    i = first if first is not None else len(toks)
    while i < len(toks):
        p: _Party | None = found.get(i)
        if p is None:
            head = next((n for n in range(i, len(toks)) if toks[n].pos != "ADJ"), len(toks))
            if head < len(toks) and toks[head].pos in {"NOUN", "PROPN"} and \
                    toks[head].lemma in _BODY_NOUNS and subject_at(i) and \
                    toks[head].feats.get("Case") in _SUBJECT_CASES:
                p = phrase_at(head) or _genitive_run(analysis, models, sent, head, found)
        if p is None or not subject_at(i):
            break
        if all(p.key != q.key for q in out):
            out.append(p)
        i = next((n for n in range(i, len(toks)) if toks[n].start >= p.stop), len(toks))
        if i >= len(toks) or toks[i].text not in LIST_JOINERS:
            break
        while i < len(toks) and toks[i].text in LIST_JOINERS:
            i += 1
    return out if len(out) >= 2 else []


def count_side_named(shared: list[_Party], first: list[_Party]) -> list[_Party]:
    """series61: a count's side named by a bare body noun ("Министерство заключило три
    соглашения"; ``_Candidate.subject``) is the side of the series' first item whose name
    opens with that noun ("Первым подписали соглашение министерство труда Энской области и
    фонд «Заря»"): the later items, naming only their partner ("Затем соглашение заключено
    с центром «Исток»"), share that body, not a bare word no signer's post can match. A
    side of more words, or a noun opening no side or two of the first item, stays."""
    out = []
    for p in shared:
        word = p.name.strip().lower()
        named = [q for q in first if " " not in word and q.name.lower() != word and
                 q.name.lower().split(" ", 1)[0] == word]
        out.append(named[0] if len(named) == 1 else p)
    return out


def spread_signers(models: Models, items: list[_Candidate],
                   body_of: Callable[[str], list[_Party]]) -> None:
    """series61: the signers of a series' items, read from one line after the series
    ("Подписи поставили министр труда края И. Иванов, директор центра «Исток» П. Петров и
    председатель фонда «Заря» С. Сидоров"), each go to the items whose sides their post's
    body (``body_of``) is: the minister to every item of the ministry, the centre's director
    to the centre's item only, one who heads a side of two items to both. The line is told
    by the items it was read onto: an item holding a signer of another item's side and not
    of its own (the readers gave it the whole line); only the signers of such items are
    spread, the others' own signers stay (a deputy signing the fourth document for the
    ministry on a line of its own keeps the minister off it). A signer whose post names no
    body, or a body no item has, stays where the readers put it (fixseries61: the body of a
    side's own signer often fails to match the side's long name, so neither taking such
    signers off nor giving them to every item reads right). Items naming less than two
    sides (one not read) are skipped, the others still share the line; an item of more
    than two is left as read, its sides maybe read off that very line ("Третье соглашение
    – с университетом" before "Со стороны партнёров подписали ..."), so only the items of
    two sides share it. When the line's signers of known body all head sides of one item,
    the line is that item's and its signers of no known body go with them (round 61's
    merge: a line told "под ним" after the last item, read onto the first). Linear in the
    items and the signers."""
    whole = [o for o in items if len(o.parties) >= 2]  # an unread item is skipped
    items = [o for o in items if len(o.parties) == 2]  # a side more: read off the signers?
    if len(items) < 2:
        return
    pool: list[str] = []
    for o in whole:
        pool += [n for n in o.signatories if n not in pool]
    bodies = {n: body_of(n) for n in pool}

    def sides_of(name: str, o: _Candidate) -> bool:
        return any(signs_for(b, p, models) for b in bodies[name] for p in o.parties)

    placed = {n for n in pool if any(sides_of(n, o) for o in items)}
    line: list[str] = []  # the signers of the items the line was read onto
    for o in whole:
        if any(n in placed and not sides_of(n, o) for n in o.signatories):
            line += [n for n in o.signatories if n not in line]
    if not line:
        return
    # the line's signers of known body all head sides of one item: the line is that item's,
    # and its signers of no known body sign it too ("Подписи под ним поставили министр А.
    # Белова и руководитель департамента О. Серов" after the second item, read onto the first)
    theirs = [o for o in items if any(n in placed and sides_of(n, o) for n in line)]
    owner = theirs[0] if len(theirs) == 1 else None
    for o in items:
        o.signatories = [n for n in pool
                         if (sides_of(n, o) and (n in line or n in o.signatories)
                             if n in placed else
                             (o is owner if owner is not None and n in line
                              else n in o.signatories))]



def ranked_after_count(sents: Sequence[Sentence], si: int, k: int, counted: int) -> bool:
    """series61: the agreement noun at ``k`` of sentence ``si`` is an item taken up by rank
    (``ranked_item``: "Первым подписали соглашение министерство и фонд «Заря»") of the count
    told in sentence ``counted``, up to ``COUNTED_ITEM_REACH`` sentences before, when no
    sentence between names an agreement in the singular: a headline's count, the page's
    date line and the lead retelling the signing in the plural ("состоялось подписание
    соглашений") lie between; "Фонд подписал три соглашения. ... Соглашение с центром
    действует с 2020 года. Первым ..." tells another agreement between: none; nor is there
    a count when ``counted`` is below 0 (none read yet)."""
    if counted < 0 or not 0 < si - counted <= COUNTED_ITEM_REACH or \
            not ranked_item(sents[si], k):
        return False
    return not any(t.lemma in TRIGGERS and t.pos == "NOUN" and t.feats.get("Number") != "Plur"
                   for between in sents[counted + 1:si] for t in between.tokens)


def first_item_side(models: Models, items: list[_Candidate]) -> list[_Party]:
    """series61: the side a series' later items share when the count names none of its own
    ("На заседании совета подписаны три соглашения. Первым подписали соглашение
    министерство и университет. Затем министерство подписало договор с центром. Также
    соглашение заключено с обществом слепых"): of the first item's two sides, the one a
    later item names too (the ministry), else the one the first item names first, the
    subject told before its partner. None when the first item names not exactly two
    sides."""
    first = items[0].parties
    if len(first) != 2:
        return []
    named = [p for p in first if any(_one(p, q, models) for o in items[1:] for q in o.parties)]
    return named[:1] if len(named) == 1 else first[:1]


def closing_item(sent: Sentence) -> bool:
    """series61: does the sentence open with a verb of closing an event
    (``SERIES_CLOSING_VERBS``) in the past, its subject told after it: "Завершило церемонию
    соглашение с фондом «Заря»", "Завершила программу подписания ..."? Such a sentence tells
    the last item of a series. "Министр завершила визит" opens with a noun: no."""
    t = sent.tokens[0] if sent.tokens else None
    return t is not None and t.lemma in SERIES_CLOSING_VERBS and t.pos == "VERB" and \
        t.feats.get("Tense") == "Past"


def uncounted_series(models: Models, out: list[_Candidate]) -> list[list[_Candidate]]:
    """series61: the series led by a ranked first item with no count before it (the page
    says "подписаны соглашения" or nothing): "Первым подписали соглашение министерство и
    фонд «Заря». Затем соглашение было заключено с центром «Исток». Завершило церемонию
    соглашение с обществом инвалидов". The first item (``ranked_item`` with the first rank,
    not taken up by a count, two sides) and each later mention whose sentence opens an item
    (``opens_series_item``) and names one side only: that item takes the first item's side
    (``first_item_side``), its status when read as a mention (a verbless or ranked item,
    "Завершило церемонию соглашение …") and its day when it has none. A later item naming
    two sides of its own ("Кроме того, министерство туризма и АО «Курорт» подписали
    соглашение") keeps them and stays in the series; the series ends at the first mention in
    a sentence opening no item. Returns each series' items (the first one first). Linear in
    the mentions."""
    series: list[list[_Candidate]] = []
    n = 0
    while n < len(out):
        h = out[n]
        n += 1
        toks = h.sentence.tokens
        if h.ordinal or h.count >= 2 or h.status != "signed" or len(h.parties) != 2 or \
                not toks or ORDINAL_RANKS.get(toks[0].lemma) != 1 or \
                not ranked_item(h.sentence, next((i for i, t in enumerate(toks)
                                                  if t.start == h.trigger.start), 0)):
            continue
        items = [h]
        while n < len(out) and (out[n].sentence is items[-1].sentence or
                                opens_series_item(out[n].sentence)):
            if out[n].sentence is not items[-1].sentence and out[n].count < 2:
                items.append(out[n])
            n += 1
        if len(items) < 2:
            continue
        side = first_item_side(models, items)
        for o in items[1:]:
            if len(o.parties) != 1 or not side or _one(side[0], o.parties[0], models):
                continue
            o.parties = side + o.parties
            if o.status == "mentioned" and (closing_item(o.sentence) or
                                            verbless_series_item(o.sentence) or
                                            any(ranked_item(o.sentence, i)
                                                for i in range(2, min(len(o.sentence.tokens),
                                                                      8)))):
                o.status = h.status
            o.date = o.date or h.date
        series.append(items)
    return series
