"""sig61: a signer addressed by first name and patronymic is the official of that first name.

Speakers name a partner politely by first name and patronymic, with no surname:
"«Соглашение, которое мы сегодня подписали с Асланбеком Хамзатовичем, ...», — отметила
министр" when the report names him in full elsewhere ("управляющим Отделением Соцфонда
Асланбеком Дудаевым"). Such a name says who signed only through the full name the text
gives: the one official the text names with that first name (none, or several: the name
stays as written). Never invents a name: the full name is one the text wrote. Linear in the
page's officials.
"""

from __future__ import annotations

from soccoop.extract.nlp import Models
from soccoop.extract.person_names import unknown_first_name
from soccoop.models import Agreement, Official


def _is_kind(word: str, kind: str, models: Models) -> bool:
    """Does morphology read the word as a name of ``kind`` (Name, Patr, Surn) in any of its
    readings?"""
    return any(kind in str(p.tag) for p in models.parse(word))


def patronymic_address(name: str, officials: list[Official], models: Models) -> str:
    """The full name of the one official whose first name is the first word of a name
    written as first name and patronymic ("Асланбек Хамзатович" → "Асланбек Дудаев"),
    else the name unchanged. "Асланбек Дудаев" (a surname, not a patronymic) is unchanged.
    sig47: a first name the dictionary lacks is taken only with the patronymic beside it in
    the official's full name ("Зулейха Магомедовна" → "Зулейха Магомедовна Гаджиева")."""
    words = name.split()
    if len(words) != 2 or not _is_kind(words[1], "Patr", models) or \
            _is_kind(words[1], "Surn", models):
        return name  # "Гуревич", "Костюкевич": surnames, whatever else they may be
    if _is_kind(words[0], "Name", models):
        same = {o.name for o in officials if len(o.name.split()) >= 2 and
                o.name.split()[0] == words[0] and o.name != name}
    elif unknown_first_name(words[0], models):
        # sig47: a first name the dictionary lacks ("Зулейха Магомедовна") says less: the
        # official must have both words, first name and patronymic
        same = {o.name for o in officials if len(o.name.split()) == 3 and
                o.name.split()[:2] == words}
    else:
        return name
    return same.pop() if len(same) == 1 else name


def addressed_signers_in_full(agreements: list[Agreement], officials: list[Official],
                              models: Models) -> None:
    """sig61: each record's signers written by first name and patronymic take the full name
    the text gives (``patronymic_address``), once: "Зарема Мусаева", "Асланбек
    Хамзатович" → "Зарема Мусаева", "Асланбек Дудаев". In place."""
    for a in agreements:
        if a.signatories:
            a.signatories = list(dict.fromkeys(
                patronymic_address(n, officials, models) for n in a.signatories))
