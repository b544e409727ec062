"""Merge decisions added by agr30, kept apart from ``agreements._compatible`` and its helpers
(moved by ``mergepass``): each is a small function ``merge.find_agreements`` calls once
per candidate at the top of its first merging loop."""

from __future__ import annotations

from bisect import bisect_left

from soccoop import isodate
from soccoop.extract.agreements import _Candidate, _Merged, _token_index
from soccoop.extract.datewords import DAY_SHIFT
from soccoop.extract.lexicon import MONTH_LEMMAS, OWN_SIDE_PREPOSITIONS, SIGN_VERBS
from soccoop.extract.lexicon_sides import (
    BEHALF_PREPOSITIONS,
    BEHALF_SIDE_NOUNS,
    SIDES_NOUNS,
    TOPIC_NOUNS,
    TOPIC_VERBS,
)
from soccoop.extract.merge_rules import _names_told_side, _with_partners
from soccoop.extract.nlp import Sentence


def clarifying_restatement(sent: Sentence, k: int) -> bool:
    """The agreement noun is what "Речь идет о ..." is about: "Речь идет о соглашении между
    департаментом и Министерством ... Республики Башкортостан" (or verbless, "Речь — о
    соглашении ..."). Present tense only: "Речь шла о соглашении" tells a talk's topic."""
    toks = sent.tokens
    if not sent.parsed or not 0 <= toks[k].head < len(toks):
        return False
    h = toks[k].head
    if toks[h].lemma in TOPIC_NOUNS:
        return True
    return toks[h].lemma in TOPIC_VERBS and toks[h].feats.get("Tense") == "Pres" and \
        any(toks[c].rel == "nsubj" and toks[c].lemma in TOPIC_NOUNS for c in sent.children(h))


def sides_named_of_told(sent: Sentence, k: int) -> bool:
    """pair62: the agreement noun is the genitive of "стороны" in the instrumental, the
    predicate that names the sides of the agreement just told: "Сторонами соглашения
    выступили министерство и Пермская епархия", "Сторонами документа стали департамент и
    отделение фонда" (``lexicon_sides.SIDES_NOUNS``; case and number from the morphology).
    The clause tells who the sides are, not a signing of its own."""
    toks = sent.tokens
    if not sent.parsed or not 0 <= toks[k].head < len(toks) or \
            toks[k].feats.get("Case") != "Gen":
        return False
    h = toks[toks[k].head]
    return h.lemma in SIDES_NOUNS and h.feats.get("Case") == "Ins" and \
        h.feats.get("Number") == "Plur"


def signed_for_one_side(sent: Sentence, k: int) -> bool:
    """pair65: the agreement noun is the object of a past signing verb that says for which
    side its subject signed, "от X" or "со стороны X" (one such phrase in the sentence),
    with a person for its subject and no partner signed with ("с Y", "между"): "От
    регионального отделения Социального фонда соглашение подписала управляющий X" tells who
    signed the agreement just told for one of its sides, no signing of its own
    (``lexicon_sides.BEHALF_PREPOSITIONS``, ``BEHALF_SIDE_NOUNS``). Only from the parse."""
    toks = sent.tokens
    if not sent.parsed or toks[k].rel != "obj" or not 0 <= toks[k].head < len(toks):
        return False
    v = toks[k].head
    if toks[v].lemma not in SIGN_VERBS or toks[v].feats.get("Tense") != "Past":
        return False

    def marks(c: int) -> list[int]:
        return [x for x in sent.children(c) if toks[x].rel == "case"]

    def behalf(x: int) -> bool:
        return toks[x].lemma in BEHALF_PREPOSITIONS or any(
            toks[f].rel == "fixed" and toks[f].lemma in BEHALF_SIDE_NOUNS
            for f in sent.children(x)) or adjective_side(sent, x)

    phrases = [c for h in (v, k) for c in sent.children(h) if toks[c].rel in {"obl", "nmod"}]
    if any(toks[x].lemma in OWN_SIDE_PREPOSITIONS and not behalf(x)
           for c in phrases for x in marks(c)):
        return False  # "соглашение с университетом подписал ...": a partner of its own
    if sum(1 for x in range(len(toks)) if toks[x].rel == "case" and behalf(x)) != 1:
        return False  # "со стороны X — Y, со стороны Z — W": the sides of a signing of its own
    return any(toks[c].rel == "obl" and any(behalf(x) for x in marks(c))
               for c in sent.children(v)) and any(
        toks[c].rel == "nsubj" and toks[c].feats.get("Animacy") == "Anim"
        for c in sent.children(v))


def adjective_side(sent: Sentence, x: int) -> bool:
    """pair68: the preposition at x opens a side told by its adjective, "с X-ской стороны"
    ("С кировской стороны соглашение подписал министр ..."): "с" whose head is the side noun
    (``lexicon_sides.BEHALF_SIDE_NOUNS``) in the genitive with an adjective of its own. Only
    from the parse; "со стороны X" is the fixed phrase read beside it."""
    toks = sent.tokens
    h = toks[x].head
    if toks[x].lemma not in OWN_SIDE_PREPOSITIONS or toks[x].rel != "case" or \
            not 0 <= h < len(toks):
        return False
    return toks[h].lemma in BEHALF_SIDE_NOUNS and toks[h].feats.get("Case") == "Gen" and \
        any(toks[a].rel == "amod" and toks[a].pos == "ADJ" for a in sent.children(h))


def tells_a_date(sent: Sentence) -> bool:
    """pair68: the sentence names a day, month or year of its own (a number, a month's
    name, "вчера"): a side's signer told with no date ("С кировской стороны соглашение
    подписал ...") takes the signing's, whatever day the sentences before it lend it."""
    return any(t.pos == "NUM" or any(ch.isdigit() for ch in t.text) or
               t.lemma in MONTH_LEMMAS or t.lemma in DAY_SHIFT for t in sent.tokens)


def signing_of_that_side(merged: list[_Merged], c: _Candidate, last: _Merged) -> _Merged:
    """pair68: one side's signer of a signing ("С кировской стороны соглашение подписал
    министр ... Кировской области X") belongs to the signing, among those told with several
    partners at once ("подписала соглашения с министерством ... Кировской области,
    министерством ... Владимирской области и ..."), whose side is of the signer's region:
    the latest signed one sharing a region with it, when the last one told does not."""
    regions = {r for p in c.parties for r in p.regions}
    if not regions or regions & last.regions:
        return last
    told = [m for m in merged if m.status == "signed" and regions & m.regions and
            len(m.parties) >= 2 and m.last < c.trigger.start]
    return max(told, key=lambda m: m.last) if told else last


def join_restatement(merged: list[_Merged], c: _Candidate) -> bool:
    """agr30: a clarifying restatement ("Речь идет о соглашении между X и Y"; pair62: the
    sides named of it, "Сторонами соглашения выступили X и Y", ``sides_named_of_told``,
    unless its own date is another; pair65: one side's signer of a signing, "От отделения
    соглашение подписала управляющий X", ``signed_for_one_side``) is the
    agreement told last before it, whatever status its own clause reads and however
    differently it names the sides ("с башкирскими коллегами" / "Министерством ...
    Республики Башкортостан"), when one of its regions is that agreement's or that one
    was told with one side only. Joins it and returns True; else False and the candidate
    goes through the usual merging."""
    if not c.parties or not merged:
        return False
    sent = c.sentence
    k = _token_index(sent, c.trigger.start)
    sides_named = sides_named_of_told(sent, k)
    one_side = not sides_named and c.status == "signed" and signed_for_one_side(sent, k)
    if not sides_named and not one_side and not clarifying_restatement(sent, k):
        return False
    last = max(merged, key=lambda m: m.last)
    if one_side:
        last = signing_of_that_side(merged, c, last)  # pair68
    if one_side and (last.status != "signed" or c.date and last.date and c.date != last.date
                     and tells_a_date(sent)):
        return False  # pair65: a side's signer of the signing told last, of its day
    if sides_named and c.date and last.date and c.date != last.date:
        return False  # pair62: "Сторонами соглашения 2019 года были ...": an older one
    told = last.candidates[-1].sentence
    if told.stop > sent.start or last.last >= c.trigger.start:
        return False
    regions = {r for p in c.parties for r in p.regions}
    if regions and not regions & last.regions and len(last.parties) >= 2:
        return False  # two other sides told: another agreement
    last.add(c)
    return True


def stages_of_one_history(merged: list[_Merged], published: str | None) -> None:
    """agr76: on a page that tells the life of one agreement (every record with sides has
    the same regions), a mention with no side but a date of its own that no other record
    shares is an earlier stage of that agreement, with the sides of the record told just
    before it (else the first after): "Соглашение между министерством и фондом продлили
    ещё на два года. Дополнительное соглашение № 1 от марта 2020 года касалось выплат"
    (the addendum, 2020-03, is a record of the same two sides); "Соглашение было подписано
    в мае 2019 года" after an extension signed this year is the original. A mention whose
    date another record shares is that record's (left to the merge), and a page of
    several regions' agreements leaves side-less mentions alone (they would be guesses), and
    so does a mention naming a "с" partner that is none of those sides ("у завода действует
    соглашение с центром занятости", ``merge_rules._with_partners``).
    An earlier stage is dated before the page's publication: "Новые правила обмена начнут
    действовать с 1 июля" (after the news) is the new addendum's term. Linear: one
    walk over the records in the order told, each donor found by a bisection (``_donor``),
    each shared date counted in constant time (``isodate.CompatibleCount``)."""
    sided = [m for m in merged if m.parties]
    if not sided or len({frozenset(m.regions) for m in sided}) != 1 or \
            not next(iter(sided)).regions:
        return
    lowest = _lowest_first_from(sided)
    sharing = isodate.CompatibleCount([m.date for m in merged if m.date])
    for m in merged:
        if m.parties or m.status != "mentioned" or m.date is None or \
                isodate.parts(m.date)[0] is None or \
                published is not None and m.date >= published[:len(m.date)] or \
                any(c.terms or c.listed for c in m.candidates):
            continue
        donor = _donor(sided, lowest, m)
        if any(not _names_told_side(t, donor.parties) for c in m.candidates
               for t in _with_partners(c.sentence)) or \
                sharing(m.date) > 1:  # another record's date is compatible
            continue
        m.parties = list(donor.parties)
        m.party_keys = set(donor.party_keys)
        m.regions = set(donor.regions)


def _lowest_first_from(sided: list[_Merged]) -> list[int]:
    """For each place i of ``sided``, the lowest ``first`` from i on: a non-decreasing list
    that ``_donor`` bisects."""
    lowest: list[int] = []
    for o in reversed(sided):
        lowest.append(min(o.first, lowest[-1]) if lowest else o.first)
    return lowest[::-1]


def _donor(sided: list[_Merged], lowest: list[int], m: _Merged) -> _Merged:
    """The record whose sides an earlier stage of one history takes: the last record with
    sides in ``sided`` told before ``m``, else the first one. In "Соглашение края с фондом
    продлили. Дополнительное соглашение от мая 2021 года касалось выплат" the addendum
    takes the sides of the extension told before it. The last place whose ``first`` is
    below m's is the last place whose lowest ``first`` from there on is (``lowest``,
    non-decreasing), so a bisection finds it."""
    at = bisect_left(lowest, m.first) - 1
    return sided[at] if at >= 0 else sided[0]
