"""sig60: a signer is a person's name, never a body's word the name reader kept as written.

The officials' reader takes the word after a post for its holder's name, and a headline's
short form of a body after a post reads as one: "Врио министра и замуправляющего
Соцфондом подписали соглашение" gives "Соцфондом". A name of one word that morphology
reads only as an inanimate noun in an oblique case, never as a person's name (first
name, surname, patronymic), so that the name reader could not bring it to the nominative,
is such a body word; the
signers never include it (records say only what the text supports: no invented name).
Linear in the records' signers.
"""

from __future__ import annotations

from soccoop.extract.lexicon import PERSON_NAME_GRAMMEMES
from soccoop.extract.lexicon_officials import POSITION_HEADS
from soccoop.extract.nlp import Models
from soccoop.extract.person_names import body_word_name
from soccoop.models import Agreement

__all__ = ["body_word_name", "person_signers_only", "post_word_name"]


def post_word_name(name: str, models: Models) -> bool:
    """signers66 post_word_name: is the signer's name one word that is a post's head noun
    (``lexicon_officials.POSITION_HEADS``: a class, the heads of posts) in every reading,
    none a person's name? A post written with a capital inside a long title ("заместитель
    Губернатора – Председателя Правительства Энска Анна Котова") is read as a name of its
    own: "Губернатор". "Котова", "Судьин" (surnames) are names."""
    words = name.split()
    if len(words) != 1:
        return False
    parses = models.parse(words[0])
    return bool(parses) and all(
        p.normal_form in POSITION_HEADS
        and not any(tag in p.tag for tag in PERSON_NAME_GRAMMEMES) for p in parses)

def person_signers_only(agreements: list[Agreement], models: Models) -> None:
    """sig60: drop from every record the signers that are body words, not person names
    (``body_word_name``): "… Марина Кудрявцева и … Денис Орлов подписали соглашение"
    under the headline "Врио министра и замуправляющего Соцфондом подписали соглашение"
    keeps Кудрявцева and Орлов, not "Соцфондом". signers66: nor a post's head noun read as
    a name (``post_word_name``: "Губернатор"). In place."""
    for a in agreements:
        if a.signatories:
            a.signatories = [n for n in a.signatories
                             if not body_word_name(n, models) and not post_word_name(n, models)]
