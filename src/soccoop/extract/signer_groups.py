"""sig67: the signers a list after a colon names for the agreements one sentence told
together, each for its own partner.

A sentence that tells several agreements with a side in common ("Министр Анна Белова
подписала соглашения с администрациями Шадринского, Катайского и Далматовского районов")
becomes one record per partner; the partners' signers are often listed after it, one a
line ("Подписи также поставили:\\n— глава Шадринского района Пётр Иванов;\\n— глава
Катайского района Олег Смирнов;..."). The candidate rules read such a list for a record
told alone (``signer_shapes.colon_list_signers``), but not for a group: whose list is it?
Each item's person signs for the body their post names: the record whose own side (the
one no other member has) is that body (``party_identity.body_is_side``), or whose own
side's distinct word the item's line names ("глава Катайского района" beside
"Администрация Катайского района"); a person of the common side signs them all. An item
that fits none, or more than one member, is left out.

Cost: each group reads at most LIST_REACH sentences and LIST_ITEMS items after its own,
and each item's persons against the group's members: linear in the document's length.
"""

from __future__ import annotations

import re

from soccoop import names
from soccoop.extract.candidate_signers import _named_signers, _signer_name
from soccoop.extract.lexicon import REPRESENT_VERBS, SERIES_NOUNS
from soccoop.extract.lexicon_sides import SIDE_WORD_PREPOSITIONS
from soccoop.extract.lexicon_signer_shapes import LIST_ITEMS, LIST_REACH, PAIR_WORDS
from soccoop.extract.lexicon_signers import (
    ELLIPSIS_DASHES,
    SIDE_FROM_PREPOSITIONS,
    SIDE_NOUN,
    SIDE_PHRASE_REACH,
    SIGNER_WORDS,
)
from soccoop.extract.nlp import Analysis, Models, Sentence, sentence_at
from soccoop.extract.party_identity import body_is_side
from soccoop.extract.person_names import add_signers, named_body, same_person, same_surname
from soccoop.extract.signer_shapes import _item, colon_signing, item_person
from soccoop.extract.signers import persons_in, signed_by_sentence
from soccoop.extract.syntax import ensure_parsed
from soccoop.models import Agreement, Official

STEM_LETTERS = 4  # a side's word shorter than this tells no member apart (but acronyms)
_WORD = re.compile(r"\w+")


def _telling(word: str) -> bool:
    """A word that may tell a side apart: of STEM_LETTERS letters or more, or an acronym
    ("ГАЗ", "ННГУ"), not an initial."""
    return len(word) >= STEM_LETTERS or len(word) >= 2 and word.isupper()


def _word_stem_sets(name: str) -> list[set[str]]:
    """The stems of each telling word of a side ("ПАО «ГАЗ»" → [{"пао"}, {"газ"}])."""
    return [names.stems(w) for w in _WORD.findall(name) if _telling(w)]


def _word_stems(name: str) -> set[str]:
    """The stems of a side's telling words, together."""
    return set().union(*_word_stem_sets(name))


def _listed(analysis: Analysis, n: int, officials: list[Official],
            models: Models) -> list[tuple[str, Sentence]]:
    """The persons the items after the colon clause ``n`` name, each with its item."""
    sents = analysis.sentences
    out: list[tuple[str, Sentence]] = []
    for m in range(n + 1, min(len(sents), n + 1 + LIST_ITEMS)):
        if not _item(analysis, sents[m]):
            break
        item = ensure_parsed(sents[m], models)
        for span in item_person(analysis, item, models):
            name = _signer_name(analysis, item, span, officials, models)
            if name and all(name != x for x, _ in out):
                out.append((name, item))
    return out


def _members_of(name: str, item: Sentence, officials: list[Official], common: list[str],
                own: list[list[str]], distinct: list[set[str]]) -> list[int] | None:
    """The members the person signs for: all of them (a common side's person), the one
    whose own side is their body or is named on their line; None when not told."""
    body = named_body(officials, name)
    if body:
        mine = [g for g, sides in enumerate(own) if any(body_is_side(body, s) for s in sides)]
        if len(mine) == 1:
            return mine
        if not mine and any(body_is_side(body, s) for s in common):
            return list(range(len(own)))
    said = {s for t in item.tokens for s in names.stems(t.text)}
    mine = [g for g, d in enumerate(distinct) if d & said]
    return mine if len(mine) == 1 else None


def listed_member_signers(analysis: Analysis, agreements: list[Agreement],
                          officials: list[Official], models: Models) -> None:
    """Give each signed record of a group one sentence told (same evidence, a side in
    common, an own side apiece) the persons a colon list of signers right after it names
    for that record's own side (see the module's docstring), in place. The list is the
    first colon clause of signing (``signer_shapes.colon_signing``) within LIST_REACH
    sentences, before any sentence another record was read from."""
    sents = analysis.sentences
    if not sents:
        return
    told = {sentence_at(sents, a.evidence.start) for a in agreements}
    for group in _signed_groups(agreements):
        common = set.intersection(*({p.name for p in a.parties} for a in group))
        own = [[p.name for p in a.parties if p.name not in common] for a in group]
        if not common or not all(own):
            continue
        stems = [set().union(*(_word_stems(s) for s in sides)) for sides in own]
        distinct = [o - set().union(*(x for j, x in enumerate(stems) if j != i))
                    for i, o in enumerate(stems)]
        si = sentence_at(sents, group[0].evidence.start)
        for n in range(si + 1, min(len(sents), si + 1 + LIST_REACH)):
            if n in told:
                break
            if not sents[n].text.rstrip().endswith(":") or \
                    not colon_signing(ensure_parsed(sents[n], models)):
                continue
            listed = _listed(analysis, n, officials, models)
            placed = [(name, _members_of(name, item, officials, sorted(common), own, distinct))
                      for name, item in listed]
            if not any(m is not None and len(m) == 1 for _, m in placed):
                break  # no item names a member's own side: not this group's list
            for name, members in placed:
                for g in members or []:
                    add_signers(group[g], [name])
            break


def _group_parts(group: list[Agreement], unread: bool = False
                 ) -> tuple[set[str], list[set[str]]] | None:
    """The sides all members share and each member's distinct stems (of its own sides,
    no other member's side and no common side has them); None unless there is a common
    side (or, with ``unread``, the common side was not read: ``unread_common_groups``) and
    every member has a distinct stem."""
    common = set.intersection(*({p.name for p in a.parties} for a in group))
    own = [[p.name for p in a.parties if p.name not in common] for a in group]
    if not (common or unread) or not all(own):
        return None
    stems = [set().union(*(_word_stems(s) for s in sides)) for sides in own]
    shared = set().union(*(_word_stems(s) for s in common))
    distinct: list[set[str]] = []
    for i, sides in enumerate(own):
        taken = shared.union(*(x for j, x in enumerate(stems) if j != i))
        # a word of which any form is another's tells nothing ("социальных" beside
        # "социального": both "социальн")
        distinct.append({x for s in sides for w in _word_stem_sets(s) if not w & taken
                         for x in w})
    return (common, distinct) if all(distinct) else None


def _signed_groups(agreements: list[Agreement]) -> list[list[Agreement]]:
    """The signed records of two sides or more read from one sentence, two or more, in
    order (a record of one side read beside them is no partner's)."""
    return [g for g in signed_by_sentence(agreements, 2).values() if len(g) >= 2]


def unread_common_groups(agreements: list[Agreement]) -> list[list[Agreement]]:
    """signers70 unread_common_groups: the signed records read from one sentence, two or
    more, no two of which share a side. Either the one side they all have was not read, and
    each record holds a partner only ("Министерство подписало соглашения: — с фондом «Опора»
    …; — с Энским колледжем …" read as a record of the fund and one of the college), or the
    sentence tells separate pairs, each record holding both its sides ("Министерство
    подписало соглашение с фондом, а мэрия — с колледжем"). Either way the side phrases
    after them tell each record's signer by the side it names (``side_phrase_member_signers``:
    "Со стороны фонда … , от колледжа …"). fixsigners70: the docstring says what the code
    takes, records of whole pairs too."""
    out: list[list[Agreement]] = []
    for g in signed_by_sentence(agreements, 1).values():
        sides = [{p.name for p in a.parties} for a in g]
        if len(g) >= 2 and all(not x & y for i, x in enumerate(sides) for y in sides[i + 1:]):
            out.append(g)
    return out


def side_before_post(sent: Sentence, lo: int, at: int) -> int:
    """signers70 side_before_post: the end (an offset) of the words that may name a member's
    side before a name at ``at``, for a group whose common side was not read: the words up
    to the first dash or finite verb since ``lo`` ("со стороны Тверской области — министр
    труда …", "за Лесной район расписался глава района …", "с колледжем подписала
    директор …"), not the post's own words after it; ``lo`` (no words) when there is no
    such mark. The head of the unread side is placed on no member by a region's word in
    his post ("Со стороны министерства документы подписал министр труда Энской области
    …": "области" may be one partner's word only)."""
    for t in sent.tokens:
        if lo <= t.start < at and (t.text in ELLIPSIS_DASHES or
                                   t.pos in {"VERB", "AUX"} and t.feats.get("VerbForm") == "Fin"):
            return t.start
    return lo


def verbless_side_clauses(sent: Sentence) -> bool:
    """signers70 verbless_side_clauses: a sentence of side phrases each giving its signer
    after a dash, the verb of signing left out ("Со стороны фонда — директор Олег Котов,
    со стороны колледжа — исполняющая обязанности директора Анна Лыкова."): a side phrase
    opens it (``signer_later``'s reading: "со стороны"/"от" and a genitive), a dash
    stands for the verb, and no finite verb is said (a participle of a post, "исполняющий
    обязанности", is no verb of the clause)."""
    toks = sent.tokens
    if len(toks) < 3 or not (
            toks[0].text.lower() in SIDE_WORD_PREPOSITIONS and toks[1].lemma == SIDE_NOUN or
            toks[0].text.lower() in SIDE_FROM_PREPOSITIONS and
            toks[1].pos in {"NOUN", "PROPN", "ADJ"} and toks[1].feats.get("Case") == "Gen"):
        return False
    return any(t.text in ELLIPSIS_DASHES for t in toks) and not any(
        t.pos in {"VERB", "AUX"} and t.feats.get("VerbForm") == "Fin" for t in toks)


def _side_of(sent: Sentence, lo: int, at: int, distinct: list[set[str]]) -> int | None:
    """The member whose distinct stem a word of ``sent`` between offsets ``lo`` and
    ``at`` names last ("за Оленёкский район расписался ... X": Оленёкский); None when
    none does, or the last such word names several."""
    best: tuple[int, list[int]] | None = None
    for t in sent.tokens:
        if not lo <= t.start < at or not _telling(t.text):
            continue
        said = names.stems(t.text)
        mine = [g for g, d in enumerate(distinct) if d & said]
        if mine:
            best = (t.start, mine)
    if best is None or len(best[1]) != 1:
        return None
    return best[1][0]


def _names_common(sent: Sentence, lo: int, at: int, common: set[str]) -> bool:
    """pair70: does a word of ``sent`` between offsets ``lo`` and ``at`` name a side all
    members share (a telling word with a stem of ``common``: that side's words no member's
    own side has, so "министр" names no common ministry beside partner ministries)? Such
    a signer's post is the common side's, whatever member word it holds: "Со стороны
    центра занятости документы подписала начальник отдела по Северному району Анна
    Белова" signs every member, though "Северному" is a word of one partner ("ООО
    «Северный хлебозавод»")."""
    return any(lo <= t.start < at and _telling(t.text) and names.stems(t.text) & common
               for t in sent.tokens)


def _of_common_side(name: str, officials: list[Official], common: set[str]) -> bool:
    """Is the person an official whose body is one of the sides all members share?"""
    return any(o.organization and same_person(o.name, name) and
               any(body_is_side(o.organization, c) for c in common) for o in officials)


def side_phrase_member_signers(analysis: Analysis, agreements: list[Agreement],
                               officials: list[Official], models: Models) -> None:
    """sig67: the records one sentence told together, one per partner, each keep the
    signers a later signing sentence names after that partner's own side phrase: "За
    Булунский район подпись поставил глава района X. Со стороны Анабарского района
    документ подписал Y, за Оленёкский район расписался Z" → X signs the Булунский
    record, Y the Анабарский one, Z the Оленёкский one, whichever record the candidate
    rules gave them to. Not an official of a common side (one who signed for it signed
    them all); each other signer is placed by the member word (a telling word of its own
    side no other side has in any form) that stands last before the name since the person
    named before it, in a sentence of signing or representing within SIDE_PHRASE_REACH
    sentences of the group's own, past any sentence another record was read from. A
    signer placed so leaves the other members; a signer not found so stays where it is.
    A person such a later sentence names as a signer (``candidate_signers._named_signers``)
    that neither a member nor another signed record without a common side has yet is
    placed the same way: "Тульское ведомство
    представлял министр X, калужское — министр Y. От Рязанской области документ подписала
    Z" gives each of the university's three records its partner's signer."""
    sents = analysis.sentences
    if not sents:
        return
    groups = [(g, False) for g in _signed_groups(agreements)] + \
        [(g, True) for g in unread_common_groups(agreements)]  # signers70
    for group, unread in groups:
        parts = _group_parts(group, unread)
        if parts is None:
            continue
        common, distinct = parts
        # the common side's own words: none a member's own side has in any form
        common_stems = set().union(*(_word_stems(c) for c in common)) - set().union(
            *(_word_stems(p.name) for a in group for p in a.parties if p.name not in common))
        movable = [n for n in dict.fromkeys(n for a in group for n in a.signatories)
                   if not _of_common_side(n, officials, common) and not (
                       unread and all(n in a.signatories for a in group))]
        si = sentence_at(sents, group[0].evidence.start)
        others = {sentence_at(sents, a.evidence.start)
                  for a in agreements if a.evidence.start != group[0].evidence.start}
        placed: dict[str, int] = {}
        # the signers of the group, and of another signing none of whose sides is common
        signers = {n for a in agreements if any(a is b for b in group) or
                   a.status == "signed" and not common & {p.name for p in a.parties}
                   for n in a.signatories}
        for n in range(si, min(len(sents), si + 1 + SIDE_PHRASE_REACH)):
            sent = sents[n]
            if n in others or not any(t.lemma in SIGNER_WORDS or t.lemma in REPRESENT_VERBS
                                      for t in sent.tokens) and not verbless_side_clauses(sent):
                continue
            told: list[str] | None = None  # the sentence's own signers, read when needed
            lo = sent.start
            for span in persons_in(analysis, sent):
                g = _side_of(sent, lo, side_before_post(sent, lo, span.start) if unread
                             else span.start, distinct)
                if g is not None and _names_common(sent, lo, span.start, common_stems):
                    g = None  # pair70: "со стороны центра ... начальник отдела по X району"
                lo = span.stop
                if g is None:
                    continue
                name = next((x for x in movable if same_surname(x, span.text)), None)
                if name is None and n != si:
                    # one the candidate rules gave no record: "Тульское ведомство
                    # представлял министр X, калужское — министр Y"
                    if told is None:
                        told = _named_signers(analysis, ensure_parsed(sent, models),
                                              officials, models)
                    name = next((x for x in told if same_surname(x, span.text) and
                                 not any(same_surname(x, y) for y in signers)), None)
                if name is not None and name not in placed:
                    placed[name] = g
        for name, g in placed.items():
            for j, a in enumerate(group):
                if j != g:
                    a.signatories = [x for x in a.signatories if not same_surname(x, name)]
            add_signers(group[g], [name])


_QUOTES = frozenset("«»\"„“”'")


def _side_phrases(sent: Sentence) -> list[tuple[int, list[set[str]]]]:
    """sigside48: the side phrases "со стороны X" of a sentence, each as its end offset and
    the stems of its telling words (X's genitive words, quotes passed over, up to the first
    word in another case, punctuation or verb): "Со стороны центра документ подписал ..." →
    [центр]; "со стороны «Союза ветеранов» — ..." → [союз, ветеран]."""
    toks = sent.tokens
    out: list[tuple[int, list[set[str]]]] = []
    for i in range(len(toks) - 1):
        if toks[i].text.lower() not in SIDE_WORD_PREPOSITIONS or \
                toks[i + 1].text.lower() != "стороны":
            continue
        words: list[set[str]] = []
        end = toks[i + 1].stop
        for t in toks[i + 2:]:
            if t.text in _QUOTES:
                end = t.stop
                continue
            if t.pos in {"PUNCT", "VERB", "AUX"} or t.feats.get("Case") not in {"Gen", None} \
                    or not (t.text[:1].isalnum()):
                break
            if t.feats.get("Case") is None and t.pos != "PROPN" and not t.text.isupper():
                break
            if _telling(t.text):
                words.append(names.stems(t.text))
            end = t.stop
        if words:
            out.append((end, words))
    return out


def _holds_side(a: Agreement, words: list[set[str]]) -> bool:
    """Does one of the record's sides have every telling word of the side phrase, in some
    form ("центра" of "Центр занятости населения")?"""
    return any(all(any(w & s for s in _word_stem_sets(p.name)) for w in words)
               for p in a.parties)


def _several_papers(sent: Sentence) -> bool:
    """A sentence of several documents ("Документы со стороны фонда подписал ...", "все три
    соглашения"): its signer signs each of them, not one."""
    toks = sent.tokens
    return any(t.lemma in SERIES_NOUNS and (
        t.feats.get("Number") == "Plur" or
        i > 0 and (toks[i - 1].pos == "NUM" or toks[i - 1].lemma in PAIR_WORDS))
        for i, t in enumerate(toks))


def _sentences_naming(analysis: Analysis, held: set[str]) -> dict[str, int]:
    """How many sentences of the page name each held signer by surname ("Орлов напомнил
    ..." after "Со стороны фонда документ подписал Пётр Орлов" makes two). One pass over
    the page's persons."""
    out: dict[str, int] = {}
    for sent in analysis.sentences:
        for n in {n for span in persons_in(analysis, sent) for n in held
                  if same_surname(n, span.text)}:
            out[n] = out.get(n, 0) + 1
    return out


def side_phrase_owners(analysis: Analysis, agreements: list[Agreement]) -> None:
    """sigside48: a signer a side's phrase introduces ("Со стороны X документ подписал P",
    "со стороны X — P") signs a record that has X among its sides, not the nearest record:
    when a record of the page has X, P leaves each record that lacks it ("Ведомство
    подписало соглашение с союзом ветеранов. Упомянут и давний договор с фондом. Со стороны
    фонда документ подписал директор Пётр Орлов" → Орлов leaves the союз record, however
    the candidate rules placed him). When the sentence names several sides by such phrases
    ("Со стороны центра эту бумагу подписал директор A, со стороны ассоциации — B"), its
    signers sign the one record holding all of them, when one does and another record
    of the page was given one of them (B signs the центр record, not the ministry's the
    association also signed with). A side word no record of the page has (a kind word,
    "со стороны вуза" beside "университет") moves nobody, nor does a sentence of several
    documents ("все три документа"), nor one the page names in another sentence too (she
    may have signed another of its agreements there: "Подписи поставили министр Анна
    Белова и ... . Со стороны министерства документ с вузом подписала Анна Белова"). A
    record of one side keeps P: it may lack the side only because it was read short of it
    ("Третий документ — с университетом. Со стороны фонда его подписал ..."). Pages of
    one record untouched.
    Each sentence is read once: linear in the document."""
    if sum(1 for a in agreements if a.parties) < 2:
        return
    held = {n for a in agreements for n in a.signatories}
    if not held:
        return
    named: dict[str, int] | None = None  # sentences naming each held signer, on demand
    for sent in analysis.sentences:
        if not any(t.lemma in SIGNER_WORDS for t in sent.tokens) or _several_papers(sent):
            continue
        phrases = _side_phrases(sent)
        if not phrases:
            continue
        phrases = [(e, w) for e, w in phrases if any(_holds_side(a, w) for a in agreements)]
        if not phrases:
            continue
        every = [a for a in agreements if all(_holds_side(a, w) for _, w in phrases)]
        lo = sent.start
        for span in persons_in(analysis, sent):
            mine = [w for e, w in phrases if lo <= e <= span.start]
            lo = span.stop
            name = next((x for x in held if same_surname(x, span.text)), None)
            if not mine or name is None:
                continue
            if named is None:
                named = _sentences_naming(analysis, held)
            if named.get(name, 0) > 1:
                continue  # named again: may have signed another of the page's agreements
            owners = [a for a in agreements if _holds_side(a, mine[-1])]
            if len(phrases) > 1 and len(every) == 1:
                owners = every
            if len(owners) != 1 and not any(same_surname(x, name)
                                            for a in owners for x in a.signatories):
                continue  # several records have the side, none of them has P: left
            moved = False
            for a in agreements:
                if len(a.parties) >= 2 and not any(a is b for b in owners) and \
                        any(same_surname(x, name) for x in a.signatories):
                    a.signatories = [x for x in a.signatories if not same_surname(x, name)]
                    moved = True
            if moved and len(owners) == 1:
                add_signers(owners[0], [name])  # a move only: P left a record for it
