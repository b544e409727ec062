"""sig67: the signers a list after a colon names for the agreements one sentence told
together, each for its own partner.

A sentence that tells several agreements with a side in common ("Министр Анна Белова
подписала соглашения с администрациями Шадринского, Катайского и Далматовского районов")
becomes one record per partner; the partners' signers are often listed after it, one a
line ("Подписи также поставили:\\n— глава Шадринского района Пётр Иванов;\\n— глава
Катайского района Олег Смирнов;..."). The candidate rules read such a list for a record
told alone (``signer_shapes.colon_list_signers``), but not for a group: whose list is it?
Each item's person signs for the body their post names: the record whose own side (the
one no other member has) is that body (``signer_bodies.body_is_side``), or whose own
side's distinct word the item's line names ("глава Катайского района" beside
"Администрация Катайского района"); a person of the common side signs them all. An item
that fits none, or more than one member, is left out.

Cost: each group reads at most LIST_REACH sentences and LIST_ITEMS items after its own,
and each item's persons against the group's members: linear in the document's length.
"""

from __future__ import annotations

from bisect import bisect_right

from soccoop import names
from soccoop.extract.candidate_signers import _signer_name
from soccoop.extract.lexicon_signer_shapes import LIST_ITEMS, LIST_REACH
from soccoop.extract.nlp import Analysis, Models, Sentence
from soccoop.extract.person_names import same_person, same_surname
from soccoop.extract.signer_bodies import body_is_side
from soccoop.extract.signer_shapes import _item, colon_signing, item_person
from soccoop.extract.syntax import ensure_parsed
from soccoop.models import Agreement, Official

STEM_LETTERS = 4  # a side's word shorter than this tells no member apart


def _word_stems(name: str) -> set[str]:
    return {s for w in names.words(name) if len(w) >= STEM_LETTERS for s in names.stems(w)}


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
    body = next((o.organization for o in officials
                 if o.organization and same_person(o.name, name)), None)
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
    starts = [s.start for s in sents]
    told = {bisect_right(starts, a.evidence.start) - 1 for a in agreements}
    groups: dict[int, list[Agreement]] = {}
    for a in agreements:
        if a.status == "signed":
            groups.setdefault(a.evidence.start, []).append(a)
    for start, group in groups.items():
        if len(group) < 2:
            continue
        common = set.intersection(*({p.name for p in a.parties} for a in group))
        own = [[p.name for p in a.parties if p.name not in common] for a in group]
        if not common or not all(own):
            continue
        stems = [set().union(*(_word_stems(s) for s in sides)) for sides in own]
        distinct = [o - set().union(*(x for x in stems if x is not o)) for o in stems]
        si = bisect_right(starts, start) - 1
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
                    a = group[g]
                    if not any(same_surname(name, s) for s in a.signatories):
                        a.signatories.append(name)
            break
