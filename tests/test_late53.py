"""late53 (round 53): a programme's line of signers under the document it signs.

An event's programme lists the documents to be signed as items, each followed on the next
line by who signs it: "• Соглашение ... между A и B.\\nПодписывают: министр Гринёва А.П.,
директор Жданов С.Л." (initials after the surname, or before it, or no post at all). The
officials that line names are the planned signers of that one document
(``candidate_signers.programme_signers``).

The guards keep the rule to its shape: a label line that is not right under the item (a
line between), an item naming two documents, a label of another verb ("Выступают:"), and a
label inside a paragraph. Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest

PUB = "2025-03-03"

HEAD = ("Программа визита делегации Озёрного края в Лесную область 14 марта 2025 года\n\n"
        "10:00 — Церемония подписания документов:\n")

ITEM = ("• Соглашение об уходе за пожилыми между министерством социальной защиты Озёрного края и "
        "министерством социальной защиты Лесной области в сфере долговременного ухода.\n")

TAIL = "\n12:30 — Посещение реабилитационного центра «Родник».\n"

CASES = [
    ("surname first", HEAD + ITEM + "Подписывают: министр социальной защиты Озёрного края "
     "Гринёва А.П., министр социальной защиты Лесной области Жданов С.Л." + TAIL,
     [["гринева", "жданов"]]),
    ("initials first", HEAD + ITEM + "Подписывают: министр социальной защиты Озёрного края "
     "А.П. Гринёва, министр социальной защиты Лесной области С.Л. Жданов." + TAIL,
     [["гринева", "жданов"]]),
    ("no posts", HEAD + ITEM + "Подписывают: А.П. Гринёва, С.Л. Жданов." + TAIL,
     [["гринева", "жданов"]]),
]

GUARDS = [
    ("a line between", HEAD + ITEM + "Документ рассчитан на три года.\nПодписывают: министр "
     "социальной защиты Озёрного края Гринёва А.П., министр социальной защиты Лесной "
     "области Жданов С.Л." + TAIL),
    ("another label", HEAD + ITEM + "Выступают: министр социальной защиты Озёрного края "
     "Гринёва А.П., министр социальной защиты Лесной области Жданов С.Л." + TAIL),
    ("inside a paragraph", HEAD + ITEM.rstrip("\n") + " Подписывают: министр социальной "
     "защиты Озёрного края Гринёва А.П., министр социальной защиты Лесной области "
     "Жданов С.Л." + TAIL),
]


@pytest.mark.parametrize("case,text,expected", CASES)
def test_programme_signers(models, case: str, text: str, expected: list[list[str]]) -> None:
    got = probes.surnames_by_status(models, text, PUB).get("planned")
    assert got == expected, case


@pytest.mark.parametrize("case,text", GUARDS)
def test_programme_signers_guards(models, case: str, text: str) -> None:
    got = probes.surnames_by_status(models, text, PUB)
    assert all(not s for rows in got.values() for s in rows), (case, got)


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, [
        ("candidate_signers", "programme_signers"),
    ])
