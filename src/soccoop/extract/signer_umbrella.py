"""sigpool97: a plural signing's umbrella record beside its own per-partner records.

A body signing with several partners in one day ("Министр Анна Котова подписала
соглашения с университетом, колледжем и фондом «Рядом»") may be read as one record of all
the sides beside records of the body with some partners alone. The umbrella then holds
the signers of every partner, though each signed only their own paper: the sides that
have a record of their own, with their signers, leave the umbrella for that record. Only
the records, their sides and the officials' bodies are read.
"""

from __future__ import annotations

from soccoop.extract.agreement_types import side_of_name
from soccoop.extract.nlp import Models
from soccoop.extract.party_identity import body_is_side, identity
from soccoop.extract.person_names import named_body, same_person
from soccoop.models import Agreement, Official, Party


def _one(p: Party, q: Party, models: Models) -> bool:
    """Are the two sides one (``party_identity.identity``)?"""
    if p.name == q.name or body_is_side(p.name, q.name) or body_is_side(q.name, p.name):
        return True  # "Правительство Приморского края" is the side "Приморский край"
    return identity(side_of_name(models, p.name, p.region),
                    side_of_name(models, q.name, q.region), models) == "one"


def own_partner_records(u: Agreement, agreements: list[Agreement],
                        models: Models) -> list[tuple[Agreement, Party, Party]]:
    """The two-sided records of u's status and date whose both sides are sides of the
    umbrella u, one of them a side common to all of them: each with its partner and the
    common side. "соглашения с университетом, колледжем и фондом" read as one record of four
    sides and one of the ministry with the fund → [(that record, the fund, the
    ministry)]. Empty unless a side is common to every such record; of several (a single
    such record), the umbrella's first side, its subject, is the common one."""
    pairs = [r for r in agreements if r is not u and r.status == u.status and
             r.date == u.date and len(r.parties) == 2 and
             all(any(_one(p, q, models) for q in u.parties) for p in r.parties)]
    if not pairs:
        return []
    common = [c for c in u.parties
              if all(any(_one(c, p, models) for p in r.parties) for r in pairs)]
    if not common:
        return []
    common = common[:1]  # the umbrella's first side, the body signing with them all
    out = []
    for r in pairs:
        partner = [p for p in r.parties if not _one(common[0], p, models)]
        if len(partner) != 1:
            return []
        out.append((r, partner[0], common[0]))
    return out


def umbrella_partners(agreements: list[Agreement], officials: list[Official],
                      models: Models) -> None:
    """A signed record of three sides or more, whose partners beside one common side
    have their own two-sided records of the same date, keeps only the common side and the
    partners without a record: "Министр Анна Котова подписала соглашения с
    министерством соседней области, университетом и фондом «Рядом». С другой стороны
    документы подписали министр Олег Белов, ректор Пётр Гусев и директор фонда Ирина
    Сомова" → the ministries' record signed by Котова and Белов; Гусев and Сомова, signers
    of the university's and the fund's own records, leave it (a signer whose body is
    such a partner goes to that partner's record if it lacks them). The common side's
    one signer on the umbrella signs a partner record that has none of its own. Nothing
    when fewer than two sides would stay."""
    for u in agreements:
        if u.status != "signed" or len(u.parties) < 3:
            continue
        own = own_partner_records(u, agreements, models)
        if not own:
            continue
        rest = [p for p in u.parties
                if not any(_one(p, partner, models) for _, partner, _ in own)]
        if len(rest) < 2:
            continue
        common = own[0][2]
        heads = [s for s in u.signatories
                 if (b := named_body(officials, s)) and body_is_side(b, common.name)]
        keep = list(u.signatories)
        for r, partner, _ in own:
            for s in u.signatories:
                b = named_body(officials, s)
                mine = any(same_person(s, x) for x in r.signatories)
                if not mine and b and body_is_side(b, partner.name):
                    r.signatories = r.signatories + [s]
                    mine = True
                if mine and s not in heads:
                    keep = [k for k in keep if k != s]
            if len(heads) == 1 and not any(
                    (b := named_body(officials, x)) and body_is_side(b, common.name)
                    for x in r.signatories) and not any(
                    same_person(heads[0], x) for x in r.signatories):
                r.signatories = [heads[0], *r.signatories]
        u.parties = rest
        u.signatories = keep
