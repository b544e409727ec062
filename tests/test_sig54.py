"""sig54: signers of an old agreement and of its renewal, a signing told by a reflexive
verb under the document, and representatives "в лице" of a record made after the signing
rules. A signing likened to a past one ("Как и три года назад, подписи поставили …") signs
both the new record and the old one of the same sides
(``signer_later.likened_signing_signers``, its phrase read by ``likened_to_past``); a
reflexive verb of signing under a bare "документ" ("Под документом расписались …") refers
back to the agreement told before as "Документ подписали …" does
(``candidate_signers._refers_back``); an ordinal item of a count naming its sides "в лице"
of their heads, surname first, is signed by them
(``signer_later.represented_record_signers``). Negatives: a likening with no past time
("как и планировалось"), a planned record before a likened signing, a reflexive verb under
a paper that is no agreement or under an agreement of its own, a "в лице" formula naming no
paper. Every probe is written here, in words of its own."""

from __future__ import annotations

from typing import Any

import probes
import pytest

PUBLISHED = "2025-09-18"

HEAD = "Вести Энска | Общество\n18 сентября 2025\n\n"

NEW = ("Министерство социального обеспечения Энской области и фонд помощи пожилым "
       "«Тёплый дом» сегодня подписали новое соглашение о помощи одиноким пенсионерам. ")


def _signers(models: Any, text: str) -> dict[str, list[list[str]]]:
    """The signers of each status's records whose sides name the fund."""
    out: dict[str, list[list[str]]] = {}
    for a in probes.agreements_of(models, text, PUBLISHED):
        if any("дом" in p.name.lower() for p in a.parties):
            out.setdefault(a.status, []).append(a.signatories)
    return out


def _holds(lists: list[list[str]], surnames: list[str]) -> bool:
    return any(all(any(s in n for n in names) for s in surnames) for names in lists)


# likened_signing_signers: (text, surnames both the signed and the mentioned record must
# hold, or [] when the two must not both hold the pair); b54dev: the pair on the old
# (mentioned) record only
LIKENED = [
    (HEAD + NEW + "Срок документа — пять лет, он сменяет соглашение, которое стороны "
     "подписали зимой 2022 года. Как и три года назад, свои подписи под ним "
     "снова поставили глава ведомства Вера Андреевна Лыкова и руководитель фонда «Тёплый дом» "
     "Глеб Ильич Зимин.\n",
     ["Лыкова", "Зимин"]),
    # a year's number places the likened signing in the past too (b54dev: the old only)
    (HEAD + NEW + "Срок документа — пять лет, он сменяет соглашение, которое стороны "
     "подписали зимой 2022 года. Как и в 2022 году, свои подписи под ним "
     "снова поставили глава ведомства Вера Андреевна Лыкова и руководитель фонда «Тёплый дом» "
     "Глеб Ильич Зимин.\n",
     ["Лыкова", "Зимин"]),
    # guard: a likening that tells no past ("как и планировалось"): the pair is not
    # copied to a second record (passes on b54dev too)
    (HEAD + NEW + "Срок документа — пять лет, он сменяет соглашение, которое стороны "
     "подписали зимой 2022 года. Как и планировалось, свои подписи под ним "
     "снова поставили глава ведомства Вера Андреевна Лыкова и руководитель фонда «Тёплый дом» "
     "Глеб Ильич Зимин.\n",
     []),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "both"), LIKENED)
def test_likened_signing(models: Any, text: str, both: list[str]) -> None:
    found = _signers(models, text)
    assert found.get("signed") and found.get("mentioned"), found
    on_both = all(_holds(found[st], ["Лыкова", "Зимин"]) for st in ("signed", "mentioned"))
    if both:
        assert on_both, found
    else:
        assert not on_both, found


# guard: a likened signing signs no planned record: the next agreement, told before it, has
# no signers yet (passes on b54dev too)
PLANNED = (
    HEAD + NEW + "Следующее соглашение о помощи пенсионерам министерство и фонд «Тёплый дом» "
    "планируют подписать весной 2027 года. Как и три года назад, свои подписи под ним "
    "снова поставили глава ведомства Вера Андреевна Лыкова и руководитель фонда «Тёплый дом» "
    "Глеб Ильич Зимин.\n")


@pytest.mark.slow
def test_likened_no_planned(models: Any) -> None:
    found = _signers(models, PLANNED)
    assert not _holds(found.get("planned", []), ["Лыкова", "Зимин"]), found


# _refers_back: a reflexive verb of signing under "документ" (b54dev: no signer of the
# recalled agreement)
RECALLED = (
    HEAD + "Ровно два года назад благотворительный фонд «Тёплый дом» заключил соглашение о "
    "партнёрстве с министерством социального обеспечения Энской области. Тогда под этим "
    "документом расписались министр Вера Андреевна Лыкова и директор фонда Глеб Ильич "
    "Зимин. За это время волонтёры фонда навестили сотни стариков.\n")


@pytest.mark.slow
def test_recalled_reflexive_signing(models: Any) -> None:
    found = _signers(models, RECALLED)
    assert _holds(found.get("mentioned", []), ["Лыкова", "Зимин"]), found


# represented_record_signers: an ordinal item of a count names its sides' representatives
# "в лице", surname first; b54dev: no signer of the first item
COUNTED = (
    HEAD + "На форуме старшего поколения в Энске подписаны два соглашения о партнёрстве. "
    "Первым из них стало соглашение между администрацией Энского района в лице главы района "
    "Орлова Ивана Петровича и благотворительным фондом «Тёплый дом» в лице директора "
    "Лыковой Анны Сергеевны. Стороны будут вместе помогать одиноким пенсионерам дровами и "
    "лекарствами.\n\nВторым документом стало соглашение администрации с Энским центром "
    "социального обслуживания о доставке продуктов. Его подписали глава района Иван Орлов и "
    "директор центра Пётр Зуев.\n")


@pytest.mark.slow
def test_represented_item_signers(models: Any) -> None:
    found = _signers(models, COUNTED)
    assert _holds(found.get("signed", []), ["Орлов", "Лыкова"]), found


# guard: a "в лице" formula in a sentence that is no record's own signs nothing (passes on
# b54dev too): the region "в лице губернатора" supports an initiative, no paper is named
SUPPORT = (
    HEAD + "Благотворительный фонд «Тёплый дом» и министерство социального обеспечения "
    "Энской области заключили соглашение о помощи одиноким пенсионерам. Его подписали "
    "министр Вера Лыкова и директор фонда Глеб Зимин. Энская область в лице губернатора "
    "Петрова Олега Ивановича поддержала инициативу фонда.\n")


@pytest.mark.slow
def test_represented_no_paper(models: Any) -> None:
    found = _signers(models, SUPPORT)
    assert found.get("signed"), found
    assert not any("Петров" in n for s in found["signed"] for n in s), found


# ``likened_to_past``: (sentence, likened to a past signing); the function is new, so every
# row fails at import on b54dev
LIKENED_PHRASES = [
    ("Как и три года назад, подписи поставили министр Вера Лыкова и директор Глеб Зимин.",
     True),
    ("Как и в прошлый раз, документ подписали министр Вера Лыкова и директор Глеб Зимин.",
     True),
    # guards: a likening of no past time; a past time with no likening
    ("Как и планировалось, документ подписали министр Вера Лыкова и директор Глеб Зимин.",
     False),
    ("Три года назад документ подписали министр Вера Лыкова и директор Глеб Зимин.",
     False),
    # fixsig54: the date of this signing, hung by the parser on the likened verb, is no past
    # one (m54: True, the whole subtree of "договаривались" / "обещали" was read)
    ("Как и договаривались, 12 мая 2024 года документ подписали министр Вера Лыкова и "
     "директор Глеб Зимин.", False),
    ("Документ подписали, как и обещали, 12 мая 2024 года министр Вера Лыкова и директор "
     "Глеб Зимин.", False),
    # guard: a fronted year keeps the likening
    ("Как и в 2021 году, подписи поставили министр Вера Лыкова и директор Глеб Зимин.",
     True),
]


@pytest.mark.parametrize(("text", "likened"), LIKENED_PHRASES)
def test_likened_to_past(models: Any, text: str, likened: bool) -> None:
    from soccoop.extract.signer_later import likened_to_past

    assert likened_to_past(probes.first_sentence(models, text)) is likened


# ``_refers_back``: (sentence, refers back to the document signed before); the first fails
# on b54dev
REFERS = [
    ("Под документом расписались министр Вера Лыкова и директор Глеб Зимин.", True),
    ("Документ подписали министр Вера Лыкова и директор Глеб Зимин.", True),
    # guards: an agreement of its own named; a paper that is no document reference
    ("Под соглашением с фондом расписались министр Вера Лыкова и директор Глеб Зимин.",
     False),
    ("Под обращением расписались министр Вера Лыкова и директор Глеб Зимин.", False),
]


@pytest.mark.parametrize(("text", "refers"), REFERS)
def test_refers_back(models: Any, text: str, refers: bool) -> None:
    from soccoop.extract.candidate_signers import _refers_back

    assert _refers_back(probes.first_sentence(models, text)) is refers


SIG54_FUNCTIONS = [("signer_later", "likened_to_past"),
                   ("signer_later", "_likening_words"),
                   ("signer_later", "_same_sides"),
                   ("signer_later", "likened_signing_signers"),
                   ("candidate_signers", "_refers_back"),
                   ("coreference", "likened_signing"),
                   ("signer_later", "represented_record_signers"),
                   ("coreference", "represented_record")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, SIG54_FUNCTIONS)
