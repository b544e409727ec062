"""sig60: a signer is a person's name, never a body's word the name reader kept as written.

The officials' reader takes the word after a post for its holder's name, and a headline's
short form of a body after a post reads as one: "Врио министра и замуправляющего
Соцфондом подписали соглашение" gives "Соцфондом". A name of one word that morphology
reads neither as a person's name (first name, surname, patronymic) nor in the nominative,
so that the name reader could not bring it to the nominative, is such a body word; the
signers never include it (records say only what the text supports: no invented name).
Linear in the records' signers.
"""

from __future__ import annotations

from soccoop.extract.nlp import Models
from soccoop.models import Agreement

_PERSON_TAGS = ("Surn", "Name", "Patr")


def body_word_name(name: str, models: Models) -> bool:
    """Is the signer's name one word with no reading as a person's name and none in the
    nominative ("Соцфондом": only "соцфонд" in the instrumental)? "Демин" (a surname) and
    "Белоус" (a nominative reading) are names."""
    words = name.split()
    if len(words) != 1:
        return False
    parses = models.parse(words[0])
    return bool(parses) and not any(
        any(tag in p.tag for tag in _PERSON_TAGS) or p.tag.case == "nomn" for p in parses)


def person_signers_only(agreements: list[Agreement], models: Models) -> None:
    """sig60: drop from every record the signers that are body words, not person names
    (``body_word_name``): "… Марина Кудрявцева и … Денис Орлов подписали соглашение"
    under the headline "Врио министра и замуправляющего Соцфондом подписали соглашение"
    keeps Кудрявцева and Орлов, not "Соцфондом". In place."""
    for a in agreements:
        if a.signatories:
            a.signatories = [n for n in a.signatories if not body_word_name(n, models)]
