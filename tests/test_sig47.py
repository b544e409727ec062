"""sig47: signers' names written surname first in an official address, and a planned
signing whose subject the parser hung on the document. "в лице управляющего Кирсанова
Петра Ильича": a regular "-ов/-ин" surname the dictionary knows only as a town's name
agrees with the first name and patronymic by its ending (``person_names.surname_agrees``),
so it is no body and no place cut off the name (``official_names._places_out_of_names``);
"уполномоченным Гаджиевой Зулейхой Магомедовной": a first name the dictionary lacks
between a surname and a patronymic that agree is read in the usual order
(``person_names.unknown_first_between``); "директора Игоря Петровича Кулаги": a man's
first-declension surname after his genitive first name and patronymic is put in the
nominative (``person_names._man_first_declension_surname``). A person in the nominative
the parser hung on a signing infinitive's object as a nominal modifier is the plan's
subject (``signer_shapes._object_apposed_people``). A signer addressed by a first name the
dictionary lacks and a patronymic is the official named with both (``signer_address.
patronymic_address``). Negatives: a foreign name with no
patronymic keeps its "-и"; a first word that reads as a first name of the same case, a
known middle word or a last word that is no patronymic leaves the order as written; a
place before a name without a patronymic is still cut off; a genitive modifier of the
document is no signer. Every probe is written here, in words of its own."""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.person_names import unknown_first_between
from soccoop.extract.signer_address import patronymic_address
from soccoop.extract.signer_shapes import _object_apposed_people
from soccoop.models import Evidence, Official

PUBLISHED = "2025-10-15"

# (text, the name the officials reader gives); the first three fail on b47dev
OFFICIAL_NAMES = [
    # b47dev: "Пётр Ильич" with the body "Кирсанов" (the town's genitive)
    ("Фонд «Опора» в лице управляющего Кирсанова Петра Ильича и колледж заключили "
     "соглашение.", "Пётр Ильич Кирсанов"),
    # b47dev: "Гаджиева" alone (the tagger split the name at the unknown first name)
    ("Договор заключён между уполномоченным Гаджиевой Зулейхой Магомедовной и союзом.",
     "Зулейха Магомедовна Гаджиева"),
    # b47dev: "Игорь Петрович Кулаги"
    ("Встречу провёл заместитель директора Игоря Петровича Кулаги.",
     "Игорь Петрович Кулага"),
    # guards, passing on b47dev too
    ("Соглашение подписал председатель Марио Драги.", "Марио Драги"),
    ("Договор подписан в лице директора Ивановой Анны Петровны.", "Анна Петровна Иванова"),
    ("Договор подписала управляющий Отделением по Энской области — Кузбассу Вера "
     "Орлова.", "Вера Орлова"),
]


@pytest.mark.parametrize(("text", "name"), OFFICIAL_NAMES)
def test_official_name_in_the_nominative(models: Any, text: str, name: str) -> None:
    assert name in probes.officials_of(models, text)


# (three words, read surname first?)
UNKNOWN_FIRST = [
    (("Гаджиевой", "Зулейхой", "Магомедовной"), True),
    (("Гаджиевой", "Зулейхи", "Магомедовны"), True),
    (("Мариной", "Зулейхой", "Магомедовной"), False),  # a first name first
    (("Гаджиевой", "Анной", "Магомедовной"), False),  # a known middle word
    (("Гаджиевой", "Зулейхой", "Петровой"), False),  # no patronymic last
    (("Гаджиева", "Зулейха", "Магомедовна"), False),  # the nominative is read as written
]


@pytest.mark.parametrize(("words", "expected"), UNKNOWN_FIRST)
def test_unknown_first_between(models: Any, words: tuple[str, str, str],
                               expected: bool) -> None:
    assert unknown_first_between(list(words), models) is expected


SIGNED_SURNAME_FIRST = (
    "Фонд «Опора» и Заречный колледж подписали соглашение о сотрудничестве. Фонд «Опора» "
    "в лице управляющего Кирсанова Петра Ильича и колледж в лице директора Гаджиевой "
    "Зулейхой Магомедовной договорились о совместных стажировках.\n")


def test_signers_surname_first(models: Any) -> None:
    # b47dev: ["Пётр Ильич", "Зулейхой Магомедовной"]
    assert probes.signers_of(models, SIGNED_SURNAME_FIRST, PUBLISHED) == [
        ["Зулейха Магомедовна Гаджиева", "Пётр Ильич Кирсанов"]]


def _plan(*people: tuple[str, str, str, str, int]) -> Any:
    """"Подписать договор <people> собираются в июне", the people hung by ``people``."""
    noun = {"Animacy": "Inan", "Case": "Acc", "Gender": "Masc", "Number": "Sing"}
    return probes.hand_parsed(
        ("Подписать", "подписать", "VERB", "xcomp", 2 + len(people), {"VerbForm": "Inf"}),
        ("договор", "договор", "NOUN", "obj", 0, noun),
        *[(text, lemma, pos, rel, head, feats) for (text, lemma, pos, rel, head), feats in
          zip(people, [_feats(p[0]) for p in people], strict=True)],
        ("собираются", "собираться", "VERB", "root", -1, {"VerbForm": "Fin"}),
        ("в", "в", "ADP", "case", 4 + len(people), {}),
        ("июне", "июнь", "NOUN", "obl", 2 + len(people), {"Case": "Loc"}))


def _feats(word: str) -> dict[str, str]:
    if word[:1].isupper():
        return {"Animacy": "Anim", "Case": "Nom", "Number": "Sing"}
    return {"Animacy": "Anim", "Case": "Gen", "Number": "Sing"}


# (people after the object with their parse, the token indices taken as the plan's subject)
OBJECT_HUNG = [
    # nmod: no person on b47dev
    ([("Тимур", "тимур", "PROPN", "nmod", 1), ("Зуев", "зуев", "PROPN", "flat:name", 2)],
     {2, 3}),
    ([("Тимур", "тимур", "PROPN", "appos", 1), ("Зуев", "зуев", "PROPN", "flat:name", 2)],
     {2, 3}),
    # a genitive modifier of the document ("договор ректора") is nobody's signature
    ([("ректора", "ректор", "NOUN", "nmod", 1)], set()),
]


@pytest.mark.parametrize(("people", "expected"), OBJECT_HUNG)
def test_object_apposed_people(people: list[tuple[str, str, str, str, int]],
                               expected: set[int]) -> None:
    assert _object_apposed_people(_plan(*people), 0) == expected


def _official(name: str) -> Official:
    return Official(name, "уполномоченный", None, None, Evidence(name, 0, len(name)))


PAGE = [_official("Сацита Магомедовна Гаджиева"), _official("Олег Рябов"),
        _official("Тоита Ринатовна Хакимова"), _official("Тоита Петровна Сафина")]

# (written name, the name it stands for on a page of PAGE's officials); "Сацита" and
# "Тоита" have no reading as a first name in the dictionary
ADDRESSED = [
    # b47dev: as written
    ("Сацита Магомедовна", "Сацита Магомедовна Гаджиева"),
    ("Тоита Ринатовна", "Тоита Ринатовна Хакимова"),  # two Тоита: the patronymic decides
    # guards: another patronymic, a known first name with no official, a surname
    ("Сацита Ахмедовна", "Сацита Ахмедовна"),
    ("Игорь Олегович", "Игорь Олегович"),
    ("Олег Гуревич", "Олег Гуревич"),
]


@pytest.mark.parametrize(("written", "full"), ADDRESSED)
def test_patronymic_address_of_an_unknown_first_name(models: Any, written: str,
                                                     full: str) -> None:
    assert patronymic_address(written, PAGE, models) == full


SIG47_FUNCTIONS = [("person_names", "unknown_first_between"),
                   ("person_names", "_man_first_declension_surname"),
                   ("person_names", "surname_agrees"),
                   ("person_names", "_surname_first"),
                   ("official_names", "_places_out_of_names"),
                   ("official_names", "_surnames_out_of_bodies"),
                   ("official_names", "_surname_then_name"),
                   ("signer_shapes", "_object_apposed_people"),
                   ("signer_address", "patronymic_address"),
                   ("person_names", "unknown_first_name")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, SIG47_FUNCTIONS)
