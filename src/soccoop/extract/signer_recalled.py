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
