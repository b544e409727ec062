"""sig60: the signers of a recalled agreement who are the signers of the page's new one.

A page that reports a signing often recalls an older agreement of the same sides ("Само
соглашение было заключено в 2018 году", "действие соглашения продлено", "в рамках
соглашения 2021 года"), and the candidate rules then give the recalled record the people
of the sentences around it: the signers of the new document, named just before. Those
people signed what the page reports as signed; the text does not say they signed the
recalled one. Only the records are read: linear in their signers.
"""

from __future__ import annotations

from soccoop.extract.person_names import same_person, same_surname
from soccoop.models import Agreement
from soccoop.names import words


def _signed_here(name: str, signed: list[str]) -> bool:
    """Is the person one of the signers of the page's signed records (``same_person``:
    "Толмачёва" and "Анна Толмачёва")?"""
    return any(same_person(name, n) for n in signed)


def _named_in_own_sentence(a: Agreement, name: str) -> bool:
    """Does the record's own sentence name the signer ("Тогда же Анна Котова и Пётр Гусев
    подписали и региональное соглашение")? Then the text tells them signing it."""
    return any(same_surname(w, name) for w in words(a.evidence.text))


def recalled_without_new_signers(agreements: list[Agreement]) -> None:
    """sig60: a record only mentioned (recalled, not signed nor planned here) all of whose
    signers are signers of a record the page reports signed keeps none: "Ключарёв и
    Толмачёва подписали дополнительное соглашение, которым действие соглашения о
    взаимодействии продлено. Само соглашение было заключено в 2018 году ... — отметила
    Анна Толмачёва" → the 2018 agreement has no signer; the supplement keeps both. A
    recalled record with a signer of its own, whom no signed record has ("соглашение 2019
    года подписывала прежний министр Ольга Рябова"), or whose own sentence names them
    ("Тогда же Котова и Гусев подписали и региональное соглашение":
    ``_named_in_own_sentence``), keeps all of its signers. In place;
    linear in the records' signers."""
    signed = [n for a in agreements if a.status == "signed" for n in a.signatories]
    if not signed:
        return
    for a in agreements:
        if a.status == "mentioned" and a.signatories and \
                all(_signed_here(n, signed) and not _named_in_own_sentence(a, n)
                    for n in a.signatories):
            a.signatories = []


def _older(a: Agreement, b: Agreement) -> bool:
    """Is record ``a`` dated to an earlier year than record ``b`` (both dated)?"""
    return a.date is not None and b.date is not None and a.date[:4] < b.date[:4]


def _shares_side(a: Agreement, b: Agreement) -> bool:
    """Do the two records name one side in the same words?"""
    names = {p.name.lower() for p in a.parties}
    return any(p.name.lower() in names for p in b.parties)


def new_signers_from_recalled(agreements: list[Agreement]) -> None:
    """basis60: the signers the candidate rules gave to an older agreement the page only
    recalls belong to the page's new signed agreement of the same sides when that one has
    none: "Министерство и фонд скрепили подписями соглашение о реабилитации. Документ
    развивает договор, который стороны подписывали в 2022 году. Свои подписи под ним
    оставили министр Анна Котова и директор фонда Пётр Гусев" → Котова and Гусев sign the
    new agreement; the 2022 one has no signer. The signing told after both names no
    agreement of its own, so the nearest record before it, the recalled one, took them.
    Only a recalled record dated to a year before the signed one, sharing a side with it,
    whose own sentence does not name the signers (``_named_in_own_sentence``: "тогда же
    Котова и Гусев подписали и то соглашение"), and only when one signed record without
    signers shares its side. In place; linear in the records."""
    for m in agreements:
        if m.status != "mentioned" or not m.signatories or \
                any(_named_in_own_sentence(m, n) for n in m.signatories):
            continue
        new = [a for a in agreements if a.status == "signed" and _shares_side(a, m)
               and _older(m, a)]
        if len(new) == 1 and not new[0].signatories:
            new[0].signatories, m.signatories = m.signatories, []
