"""digest61: the items of a digest page, and the one agreement an item tells in several
mentions.

A weekly digest strings short news items together, each under its own heading: a numbered
line ("3. Оренбуржье и Актюбинская область готовят соглашение"), a line after a rule
("────"), a section line in capitals ("ХАНТЫ-МАНСИЙСКИЙ АВТОНОМНЫЙ ОКРУГ — ЮГРА",
"ПОНЕДЕЛЬНИК. Новое соглашение с ННГУ"), or a bullet of a "Коротко" list. Within an item the
heading, the signing and the sentences after it ("По соглашению первые 25 мест будут
выделены ...", "Соглашение даст системность") speak of the item's agreement; they name its
sides the short way (an acronym, the regions, "окружный департамент") that the merge rules,
made for whole reports, read as other sides (``one_agreement_per_item``).

Cost: one pass over the lines, and one over the records sorted by position (each record is
weighed against its item's first record only), so linear in text and records.
"""
from __future__ import annotations

import bisect
import re

from soccoop import isodate
from soccoop.extract.agreement_lists import numbered_heading
from soccoop.extract.agreement_types import (
    _Candidate,
    _Merged,
    _Party,
    _token_index,
    other_periods,
)
from soccoop.extract.candidate_status import signed_at_once
from soccoop.extract.lexicon import (
    ANOTHER_WORDS,
    BODY_HEADS,
    FORMER_WORDS,
    ORG_HEADS,
    PLACE_HEADS,
)
from soccoop.extract.party_identity import same_body
from soccoop.extract.status import carries_out_base

# "3. Оренбуржье и ...", "12) В Кузбассе ...": a numbered heading opening its line
_NUMBERED = re.compile(r"\s*" + numbered_heading(".)"))
# "────", "* * *", "=====": a rule line between items
_RULE = re.compile(r"\s*(?:[─━—–\-=_*~•·]\s*){3,}\s*")
# "— В Тобольске ...", "• 2 декабря — ...": a bullet of a list of short items
_BULLET = re.compile(r"\s*[—–•▪●]\s+\S")
_LETTERS = re.compile(r"[А-ЯЁA-Zа-яёa-z]")


def _capitals_line(line: str) -> bool:
    """A section line in capitals: at least six letters, none lower-case, twelve words at
    most ("СВЕРДЛОВСКАЯ ОБЛАСТЬ", "ПОНЕДЕЛЬНИК." opening its line)."""
    head = line.split(". ", 1)[0] if ". " in line else line
    letters = _LETTERS.findall(head)
    return len(letters) >= 6 and all(x.isupper() for x in letters) and \
        len(head.split()) <= 12


def item_starts(text: str) -> list[int]:
    """The offsets where the items of a digest begin: a numbered heading line, a rule line,
    a line opening with a section word in capitals, a bullet line. A bullet is an item of
    its line alone: the line after it begins another ("• Главные новости" over the report
    is no item holding it). Empty when the page has fewer than two (no digest: one
    report)."""
    starts: list[int] = []
    pos = 0
    after_bullet = False
    for line in text.split("\n"):
        bullet = _BULLET.match(line) is not None
        if line.strip() and (after_bullet or bullet or _NUMBERED.match(line) or
                             _RULE.fullmatch(line) or _capitals_line(line.strip())):
            starts.append(pos)
        after_bullet = bullet or after_bullet and not line.strip()
        pos += len(line) + 1
    return starts if len(starts) >= 2 else []


def _set_apart(c: _Candidate) -> bool:
    """A mention its own words set apart from the agreement told before it: "отдельное",
    "ещё одно", "прежнее", an ordinal, a count, a member of a list."""
    if c.distinct or c.ordinal or c.count >= 2 or c.listed or c.group >= 0:
        return True
    toks = c.sentence.tokens
    k = _token_index(c.sentence, c.trigger.start)
    before = {t.lemma for t in toks[max(0, k - 2):k]}
    return bool(before & (ANOTHER_WORDS | FORMER_WORDS))


def _year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def _recalled_older(a: _Merged, b: _Merged, published: str | None) -> bool:
    """Does ``a`` only mention an agreement of a year before ``b``'s (or, b undated, before
    the publication year) while b signs or plans one: "Бурятия и Якутия сотрудничают в
    рамках соглашения, заключенного в 2018 году" beside the week's signing?"""
    year, other = _year(a.date), _year(b.date) or _year(published)
    return a.status == "mentioned" and b.status != "mentioned" and \
        year is not None and other is not None and year < other


def _dates_agree(head: _Merged, other: _Merged, published: str | None) -> bool:
    """Compatible dates, no older agreement recalled beside the item's own
    (``_recalled_older``), or a mention of the item's agreement at work dated later than
    its signing ("по соглашению ... в приёмную кампанию 2025 года" after a signing of
    2024)."""
    if _recalled_older(head, other, published) or _recalled_older(other, head, published):
        return False
    if isodate.compatible(head.date, other.date):
        return True
    a, b = _year(head.date), _year(other.date)
    return other.status == "mentioned" and a is not None and b is not None and b > a


def _place_only(p: _Party, bare: frozenset[str]) -> bool:
    """A side named by its place alone: a region's name, or a name with a place noun and no
    body noun ("Павлодарская область Казахстана", not "Министерство труда Омской области")."""
    words = set(p.name.lower().split())
    return p.name in bare or bool(words & PLACE_HEADS) and not words & (ORG_HEADS | BODY_HEADS)


def _sides_agree(head: _Merged, other: _Merged, bare: frozenset[str]) -> bool:
    """The regions of one record are among the other's, and one of them names only places,
    or one names a part of the other's sides, or the sides one names beside those they
    share (or its single side) are the other's named otherwise
    (``party_identity.same_body``): a forum item's three signings of one ministry with three
    partners stay three."""
    if not (other.regions <= head.regions or head.regions <= other.regions):
        return False
    if all(_place_only(p, bare) for p in head.parties) or \
            all(_place_only(p, bare) for p in other.parties):
        return True
    mine = [p for p in head.parties if p.key not in other.party_keys]
    yours = [p for p in other.parties if p.key not in head.party_keys]
    if head.party_keys & other.party_keys and (not mine or not yours):
        return True  # one names a part of the other's sides
    if head.party_keys & other.party_keys or len(head.parties) <= 1 or \
            len(other.parties) <= 1:
        return any(same_body(p, q) for p in yours for q in mine)
    return False


def _continues(head: _Merged, other: _Merged, bare: frozenset[str],
               published: str | None) -> bool:
    """Does record ``other``, told later in the item of ``head``, speak of head's agreement?
    Of its status (or one of them only mentions it), a date that agrees, sides that agree,
    and no mention of it set apart by its own words."""
    if head.status != other.status and "mentioned" not in (head.status, other.status):
        return False
    if any(_set_apart(c) for c in other.candidates) or _base_of_other(head, other) or \
            other_periods(head, other):  # miss43: two terms of one line of agreements
        return False
    if any(signed_at_once(c.sentence, _token_index(c.sentence, c.trigger.start)) and
           c.subject_key and not c.subject_key <= head.subject_key
           for c in other.candidates if c.status == "signed"):
        return False  # miss43: another signing of the same occasion, on a subject of its own
    return _dates_agree(head, other, published) and _sides_agree(head, other, bare)


def _base_of_other(a: _Merged, b: _Merged) -> bool:
    """status72: does one record tell the base agreement the other carries out, in the same
    sentence ("Договор с заводом заключён во исполнение областного соглашения ...":
    ``status.carries_out_base``)? Then the two are no one agreement of the item."""
    by_sentence: dict[int, list[_Candidate]] = {}
    for y in b.candidates:
        by_sentence.setdefault(id(y.sentence), []).append(y)
    for x in a.candidates:
        i = _token_index(x.sentence, x.trigger.start)
        for y in by_sentence.get(id(x.sentence), []):  # only mentions of one sentence
            j = _token_index(y.sentence, y.trigger.start)
            if carries_out_base(x.sentence, i, j) or carries_out_base(x.sentence, j, i):
                return True
    return False


def _joined(a: _Merged, b: _Merged) -> _Merged:
    """One record of the mentions of both, added in the order told. A record that only
    mentions the agreement gives no date and no signers to one that signs or plans it: "по
    соглашению ... в приёмную кампанию 2025 года" does not date the signing told before,
    and "Руководитель департамента X подтвердил, что документ готов" signs no plan."""
    for x, y in ((a, b), (b, a)):
        if x.status != "mentioned" and y.status == "mentioned":
            for c in y.candidates:  # nor signers: "X подтвердил, что документ готов"
                c.signatories = []
    cands = sorted(a.candidates + b.candidates, key=lambda c: c.trigger.start)
    out = _Merged(cands[0])
    for c in cands[1:]:
        out.add(c)
    for x, y in ((a, b), (b, a)):
        if x.status != "mentioned" and y.status == "mentioned":
            out.date = x.date
    return out


def one_agreement_per_item(text: str, merged: list[_Merged], bare: frozenset[str],
                           published: str | None = None) -> list[_Merged]:
    """digest61: in a digest (``item_starts``), a record told later in an item than the
    item's first record, that the merge rules kept apart, is the item's agreement again
    when nothing sets it apart (``_continues``): the heading "ПОНЕДЕЛЬНИК. Новое соглашение
    с ННГУ" and the signing under it by the university's full name; "Оренбуржье и
    Актюбинская область готовят соглашение" and "Подписание соглашения между министерством
    ... и управлением ... запланировано на 2025 год"; a signing and "По словам ректора,
    первые 25 целевых мест по соглашению будут выделены в 2025 году". An older agreement
    the item recalls by its year, a second partner's signing, "ещё одно соглашение" stay
    records of their own. The item of a record is that of its first mention."""
    starts = item_starts(text)
    if not starts:
        return merged
    heads: dict[int, int] = {}  # item -> index in out of its first record
    out: list[_Merged] = []
    for m in sorted(merged, key=lambda x: x.first):
        item = bisect.bisect_right(starts, m.first)  # 0: the page before its first item
        h = heads.get(item) if item else None
        if h is not None and _continues(out[h], m, bare, published):
            out[h] = _joined(out[h], m)
            continue
        if h is None:
            heads[item] = len(out)
        out.append(m)
    return out
