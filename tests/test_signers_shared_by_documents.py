"""One signer of several documents told together (sig44): a plural document one person
signed ("Документы ... со стороны управления подписала его начальник X") signs each of
the agreements told next, and a collective signing ("Все документы от имени министерства
подписал министр X") reaches the paragraphs that tell the documents one by one, however
many sentences they take. Every probe is written here in words of its own; the negatives
are documents signed by a plural subject or a single document (by hand-parsed
sentences), a signing told after a paragraph about something else, and a record whose
two signers include one of the common signer's own body or one of no known body."""

from __future__ import annotations

from functools import partial

import probes
import pytest

from soccoop.extract.coreference import other_bodies_only
from soccoop.extract.signers import one_signs_many
from soccoop.models import Evidence, Official

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


JOINED_BY_OTHERS = (
    "Министр социальной политики Самарской области Ольга Гордеева подписала на форуме три "
    "соглашения. Все документы со стороны министерства подписывала она лично.\n\n"
    "Третье соглашение стало трехсторонним – к министерству присоединились администрация "
    "городского округа Тольятти и Самарский областной центр социальной помощи. Документ "
    "подписали также глава Тольятти Илья Сухов и директор Самарского областного центра "
    "социальной помощи Павел Ерёмин.\n")


COLLECTIVE = [
    # the collective signer reaches the paragraphs telling the documents one by one
    (PARAGRAPHS, ["охлопков", "петров"]),
    # two signers of other bodies ("также") leave room for the common signer
    (JOINED_BY_OTHERS, ["гордеева", "еремин", "сухов"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "signers"), COLLECTIVE)
def test_collective_signer_joins(models, text: str, signers: list[str]) -> None:
    assert signers in signer_surnames(models, text)


MINISTRY = "Министерство социальной политики Самарской области"


def _official(name: str, body: str | None) -> Official:
    return Official(name, "должность", body, None, Evidence("", 0, 0))


OFFICIALS = [_official("Ольга Гордеева", MINISTRY), _official("Илья Сухов", MINISTRY),
             _official("Павел Ерёмин", "Самарский областной центр социальной помощи"),
             _official("Анна Котова", "Администрация городского округа Тольятти"),
             _official("Олег Зуев", None)]

OTHER_BODIES = [
    ("other-bodies", ["Павел Ерёмин", "Анна Котова"], True),
    ("one-of-her-own-body", ["Илья Сухов", "Павел Ерёмин"], False),
    ("a-body-not-known", ["Павел Ерёмин", "Олег Зуев"], False),
    ("not-an-official", ["Павел Ерёмин", "Пётр Лисицын"], False),
]


@pytest.mark.parametrize(("case", "signers", "expected"), OTHER_BODIES,
                         ids=[r[0] for r in OTHER_BODIES])
def test_other_bodies_only(case: str, signers: list[str], expected: bool) -> None:
    assert other_bodies_only(OFFICIALS, ["Ольга Гордеева"], signers) is expected
