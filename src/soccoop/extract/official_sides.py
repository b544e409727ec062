"""An official's body written as the agreement names it.

A text that names a side of its agreement in full ("Кировское областное государственное
казенное учреждение «Центр занятости населения Кировской области»") usually names its
officials' bodies shorter ("директор ЦЗН Кировской области Ольга Баранова"). When the
official's body and one side of the same record are one body named two ways
(``party_identity.other_name``), the official's body is written as the side: the fuller name
the text itself gives. Run on the records as written out, after the agreements were read
and before acronyms are spelled out (``officials.gloss_acronyms``), so that a side named
"Отделение СФР по …" is spelled out like any other body.
"""
from __future__ import annotations

from soccoop.extract.agreement_types import Side, side_of_name
from soccoop.extract.lexicon_officials import SIDE_NAME_LIMIT, SIDE_NAME_WAYS
from soccoop.extract.nlp import Models
from soccoop.extract.party_identity import other_name
from soccoop.models import Agreement, Official


def bodies_named_as_sides(officials: list[Official], agreements: list[Agreement],
                          models: Models) -> None:
    """nerel58: an official's body that is one of the record's sides named otherwise, in
    one of the ways ``SIDE_NAME_WAYS`` (a shorter name, an acronym, the same «quoted» name
    after another legal form), takes that side's name when the side's name is the longer
    one and no other side is the body too: "директор ГКУ НО «НЦЗН» Игорь Лапшин" beside the
    side "государственное казенное учреждение Нижегородской области «Нижегородский центр
    занятости населения»" → that name. A body named by its kind noun alone
    ("Отделение") is left: the kind noun fits too many sides. At most ``SIDE_NAME_LIMIT``
    distinct sides are read, so the cost stays linear in the officials."""
    sides: dict[str, Side] = {}
    for a in agreements:
        for p in a.parties:
            if p.name and p.name not in sides and len(sides) < SIDE_NAME_LIMIT:
                sides[p.name] = side_of_name(models, p.name, p.region)
    if not sides:
        return
    for o in officials:
        org = o.organization
        if not org:
            continue
        body = side_of_name(models, org, o.region)
        fits = [name for name, side in sides.items()
                if len(name) > len(org) and other_name(body, side, models) in SIDE_NAME_WAYS]
        if len(fits) == 1 and org not in sides:
            o.organization = fits[0]
