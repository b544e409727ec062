"""One signer of several documents told together (sig44): a plural document one person
signed ("Документы ... со стороны управления подписала его начальник X") signs each of
the agreements told next, and a collective signing ("Все документы от имени министерства
подписал министр X") reaches the paragraphs that tell the documents one by one, however
many sentences they take. Every probe is written here in words of its own; the negatives
are documents signed by a plural subject or a single document (by hand-parsed
sentences), and a signing told after a paragraph about something else."""

from __future__ import annotations

from functools import partial

import probes
import pytest

from soccoop.extract.signers import one_signs_many

PUB = "2025-06-18"

signer_surnames = partial(probes.signer_surnames, published=PUB)

SHARED = [
    # a plural document signed by one person, the agreements counted by ordinals after it
    ("На ярмарке вакансий 12 июня управление занятости Томской области заключило три "
     "соглашения с работодателями. Документы о квотировании рабочих мест со стороны "
     "управления подписала его начальник Анна Котова. Первое соглашение заключено с ООО "
     "«Томский хлеб»: директор предприятия Иван Зайцев обещал создать пять мест. Второе "
     "соглашение подписано с ООО «Сибирская мебель»: директор фабрики Ольга Белова готова "
     "принять на работу швей.",
     ["белова", "котова"], ["зайцев", "котова"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "first", "second"), SHARED)
def test_plural_documents_one_signer(models, text: str, first: list[str],
                                     second: list[str]) -> None:
    found = signer_surnames(models, text)
    assert first in found and second in found


FILLER = ("Университет откроет целевой набор. Студенты пройдут практику в центрах "
          "социального обслуживания. Набор начнется летом. Программа рассчитана на четыре "
          "года. Обучение будет бесплатным. ")

PARAGRAPHS = (
    "Министерство труда и социального развития Республики Саха (Якутия) подписало три "
    "соглашения о сотрудничестве на Северном форуме 25 ноября.\n\n"
    "Все документы от имени министерства подписал министр Вадим Петров.\n\n"
    "Соглашение с Северо-Восточным федеральным университетом касается подготовки "
    "социальных работников. " + FILLER + "\n\n"
    "Соглашение с фондом «Опора» подписала руководитель фонда Сардана Николаева. " +
    FILLER + "\n\n"
    "Третий документ — с ООО «Северная строительная компания». Генеральный директор "
    "компании Игорь Охлопков подписал соглашение о трудоустройстве людей с "
    "инвалидностью.\n")


@pytest.mark.slow
def test_collective_signer_reaches_item_paragraphs(models) -> None:
    found = signer_surnames(models, PARAGRAPHS)
    assert ["охлопков", "петров"] in found


NOT_SHARED = [
    # the collective signing, then a paragraph about something else, then a new signing
    ("Министерство труда Республики Саха (Якутия) подписало два соглашения на форуме 25 "
     "ноября. Все документы от имени министерства подписал министр Вадим Петров.\n\n" +
     FILLER + FILLER + "\n\nКроме того, 30 ноября управление ветеринарии подписало "
     "соглашение с ООО «Северная строительная компания». Документ подписал генеральный "
     "директор компании Игорь Охлопков.", "охлопков", {"петров"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "signer", "not_signers"), NOT_SHARED)
def test_collective_signer_stays_within_its_documents(models, text: str, signer: str,
                                                      not_signers: set[str]) -> None:
    found = signer_surnames(models, text)
    own = [who for who in found if signer in who]
    assert own and not set(own[0]) & not_signers


SING = {"Number": "Sing"}
PLUR = {"Number": "Plur"}
ANIM = {"Number": "Sing", "Animacy": "Anim"}


def _signing(doc: str, doc_feats: dict[str, str], verb: str, verb_feats: dict[str, str],
             subject: str, subject_feats: dict[str, str]) -> tuple:
    """"<documents> <signed> <subject> <name>." parsed by hand: the document the object."""
    return probes.hand_parsed(
        (doc, "документ", "NOUN", "obj", 1, doc_feats),
        (verb, "подписать", "VERB", "root", -1, verb_feats),
        (subject, subject.lower(), "NOUN", "nsubj", 1, subject_feats),
        ("Котова", "котова", "PROPN", "appos", 2, ANIM),
        (".", ".", "PUNCT", "punct", 1, {}),
    )


ONE_SIGNS_MANY = [
    ("one-person-plural-documents", _signing("Документы", PLUR, "подписала", SING,
                                             "начальник", ANIM), True),
    ("plural-subject", _signing("Документы", PLUR, "подписали", PLUR, "министры",
                                {"Number": "Plur", "Animacy": "Anim"}), False),
    ("one-document", _signing("Документ", SING, "подписала", SING, "начальник", ANIM),
     False),
    ("inanimate-subject", _signing("Документы", PLUR, "подписало", SING, "министерство",
                                   {"Number": "Sing", "Animacy": "Inan"}), False),
]


@pytest.mark.parametrize(("case", "sent", "expected"), ONE_SIGNS_MANY,
                         ids=[r[0] for r in ONE_SIGNS_MANY])
def test_one_signs_many(case: str, sent, expected: bool) -> None:
    assert one_signs_many(sent, 0) is expected
