"""sig58: the signers of a page's agreements by the bodies their posts name.

A page that tells several agreements often lists the partners' signers together, in one
sentence after the signing ("Со стороны некоммерческих организаций документы подписали
директор АНО «Родные люди» Т. Волошина, председатель организации «Кубанский рубеж»
Р. Хачатуров и президент фонда «Свет в окне» И. Мельник"), and the candidate rules then
give every agreement the whole list. Each person's post names the body they signed for
(the official's organization, ``extract.officials``): an agreement each of whose sides
already has a signer from that very side keeps no signer who holds a post in a body that
is none of its sides. Only the records and the officials are read: linear in their number
(each record's signers against its own sides and each signer's one body).
"""

from __future__ import annotations

import re

from soccoop import gazetteer, names
from soccoop.extract.lexicon_signers import BODY_WORD_MIN, PAGE_RECORDS, TOUCHING_WORDS
from soccoop.extract.normalize import acronym_spells
from soccoop.extract.person_names import same_person
from soccoop.models import Agreement, Official

_QUOTED = re.compile(r"[«\"„“]([^«»\"„“”]+)")


def body_stems(name: str) -> set[str]:
    """The stems of a body's words of BODY_WORD_MIN letters or more: "фонд «Свет в окне»"
    → {"фонд", "свет", "окн"}."""
    return {names.stem(w) for w in names.words(name) if len(w) >= BODY_WORD_MIN}


def _quoted(name: str) -> set[str]:
    """The quoted proper names of a body, folded: "АНО «Родные люди»" → {"родные люди"}."""
    return {" ".join(names.words(m.group(1))) for m in _QUOTED.finditer(name)} - {""}


def body_is_side(body: str, side: str) -> bool:
    """Is the body an official's post names the agreement's side itself? The same quoted
    name ("АНО «Родные люди»" and "Центр поддержки семей «Родные люди»"), or every word
    of one found in the other ("фонд «Свет в окне»" in "Благотворительный фонд «Свет в
    окне»"; "Министерство труда Омской области" both ways).

    Not ``same_side.same_side`` (the merge's "one side named two ways"), on purpose: that
    asks whether two mentions are one party, this whether a person's body may be the side
    they sign for, and the answers differ where they must. Over the dev rounds the two
    disagree on 689 of 14,611 (document, body, side) pairs (mend61, read by kind): a
    region side against a body of that region ("Омская область" and "Министерство труда
    Омской области", 300) and a region official's body (228) are the side here (its
    minister signs for the region) and another party there (the governments' agreement and
    the ministries' one between two regions are two); a body's words inside the side's
    name (68: "Роструд", but also a district's name inside a centre's) and a «quoted» name
    cut before its closing mark (19) are asked by words here and by the name's key there.
    Making one call the other changes records (measured)."""
    if _quoted(body) & _quoted(side):
        return True
    if acronym_spells(body, side) or acronym_spells(side, body):
        return True
    a, b = body_stems(body), body_stems(side)
    return bool(a and b) and (a <= b or b <= a)


def body_touches_side(body: str, side: str) -> bool:
    """May the body be the side under another name? It is the side (``body_is_side``) or
    shares TOUCHING_WORDS of its words with it ("Министерство труда Омской области" and
    "Минтруд Омской области"), so it is never taken for another body. One shared word is
    not enough: the region's adjective names many bodies of one region ("Тульская
    организация общества слепых", "Министерство ... Тульской области")."""
    return body_is_side(body, side) or \
        len(body_stems(body) & body_stems(side)) >= TOUCHING_WORDS


def _body(officials: list[Official], name: str) -> str | None:
    """The body of the official of that name, if the text names one."""
    o = next((o for o in officials if o.organization and
              same_person(o.name, name)), None)
    return o.organization if o else None


def _may_sign(body: str, sides: list[str], others: list[list[str]]) -> bool:
    """May one holding a post in ``body`` sign an agreement between ``sides``? Yes when the
    body is one of them. No when it is the partner in another agreement of the page with
    one of these very sides: the Нижегородская ministry's minister, the partner of the
    Запорожская ministry in their agreement, signs no agreement of the Запорожская
    ministry with a university, though both ministries' names share "министерство
    социальной". Else a body that may be a side under another name
    (``body_touches_side``) may sign, and so may the side of another agreement sharing no
    side with this one (this one's side left out of the record: the host ministry of a
    three-party signing recorded with its two partners only)."""
    if any(body_is_side(body, side) for side in sides):
        return True
    elsewhere = [bool(set(other) & set(sides)) for other in others
                 if any(body_is_side(body, o) for o in other)]
    # sig58: a body that is a side of no agreement of the page may be a side left out of
    # this record (the company of a three-party signing recorded with two): it stays
    return not any(elsewhere)


def signers_of_own_sides(agreements: list[Agreement], officials: list[Official]) -> None:
    """sig58: on a page with two agreements or more, a signed agreement with two sides or
    more, each of which has a signer holding a post in that side (``body_is_side``), drops
    a signer whose post is in a body that shares no word with any of its sides
    (``body_touches_side``): that one signed for another body, another agreement of the
    page. "Министр Светлана Гончаренко подписала соглашения с АНО «Родные люди» и фондом
    «Свет в окне». Со стороны организаций документы подписали директор АНО «Родные
    люди» Татьяна Волошина и президент фонда «Свет в окне» Ирина Мельник" → the first
    agreement keeps Гончаренко and Волошина, the second Гончаренко and Мельник. A signer
    whose body the text does not name stays, and so does every signer of an agreement
    one of whose sides has none of its own or is a region named alone ("Ленинградская
    область": the company's director may sign beside the region's bodies); one whose
    body shares words with a side stays unless that body is a side of another agreement
    of the page (``_may_sign``).
    In place; linear in the records' sides and signers."""
    if not 2 <= len(agreements) <= PAGE_RECORDS:
        return
    for a in agreements:
        if a.status != "signed" or len(a.parties) < 2 or len(a.signatories) <= len(a.parties):
            continue
        bodies = {n: _body(officials, n) for n in a.signatories}
        sides = [p.name for p in a.parties]
        if any(gazetteer.lookup(side) is not None for side in sides):
            continue  # "Ленинградская область": any body of the region is of that side
        if not all(any(b and body_is_side(b, side) for b in bodies.values()) for side in sides):
            continue
        others = [[p.name for p in x.parties] for x in agreements if x is not a]
        keep = [n for n in a.signatories if not (b := bodies[n]) or _may_sign(b, sides, others)]
        if len(keep) >= len(sides):
            a.signatories = keep
