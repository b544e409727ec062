"""Officials, as general rules (nerel52): initials and a surname that the tagger runs into
the body before them ("председатель организации ВОС Т. Г. Шевцова" as one ORG span, or
"АНО А. Ситников" as one PER span) are a person of their own, while a body named after
someone keeps the name ("университет имени В. П. Астафьева"); and a name the parser hangs,
across another person's name, on a noun of an earlier post phrase still takes the post
right before it.

Each probe is worded for this file (other regions, posts, bodies, names than the corpus);
the tables give the text, the person and the expected (position, organisation)."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract import officials as O
from soccoop.extract.nlp import Models

SPLIT_OFF = [
    # an ORG span running on into the initials and the surname of the second signer
    ("Соглашение подписали министр образования Курской области Олег Седов и председатель "
     "областной организации ВОГ Л. П. Зуева.", "Л. П. Зуева",
     ("председатель", "областная организация ВОГ")),
    ("Подписи поставили директор центра Анна Белова и председатель районной организации "
     "ВОС О. Ю. Кручинина.", "О. Ю. Кручинина",
     ("председатель", "районная организация ВОС")),
    # a single initial after an abbreviation
    ("Подписи под документом поставили заместитель губернатора Омской области Иван Орлов "
     "и директор АНО Л. Соловьёв.", "Л. Соловьёв", ("директор", "АНО")),
    # the person first in the list
    ("Документ завизировали председатель организации ВОГ М. Ш. Сафина и глава района "
     "Пётр Зуев.", "М. Ш. Сафина", ("председатель", "организация ВОГ")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), SPLIT_OFF)
def test_initials_split_off_a_body(models: Models, text: str, name: str,
                                   expected: tuple[str | None, str | None]) -> None:
    probes.check_official(models, text, name, expected)


NAMED_AFTER = [
    # a body named after someone keeps the initials and the surname: the rector is the
    # person after it, and the commemorated one is nobody's official
    ("Соглашение подписал ректор Омского университета имени Ф. М. Достоевского Сергей "
     "Ларин.", "Сергей Ларин", "Достоевск"),
    ("Соглашение подписали министр Анна Белова и ректор ТвГУ им. В. К. Тредиаковского "
     "Павел Зимин.", "Павел Зимин", "Тредиаковск"),
    ("Документ подписал ректор КГПУ им. А. Н. Радищева Павел Зимин.", "Павел Зимин",
     "Радищев"),
    # no span covers the commemorated name: it is no person either
    ("Документ подписал ректор педагогического университета имени В. К. Тредиаковского "
     "Павел Зимин.", "Павел Зимин", "Тредиаковск"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "commemorated"), NAMED_AFTER)
def test_a_body_named_after_someone_keeps_the_name(models: Models, text: str, name: str,
                                                   commemorated: str) -> None:
    found = probes.officials_of(models, text)
    assert found.get(name, (None, None))[0] == "ректор", found
    assert not any(commemorated in person for person in found), found


def _tokens(words: str) -> list[O.Token]:
    out, pos = [], 0
    for w in words.split():
        out.append(O.Token(w, pos, pos + len(w)))
        pos += len(w) + 1
    return out


@pytest.mark.parametrize(("words", "other", "start", "person", "crosses"), [
    # "края" (1) is in Петров's post phrase; Сидоров's post starts at 6: Петров between
    ("министр края Иван Петров и министр республики А. Сидоров", 1, 6, (2, 4), True),
    # "дочь президента Анна Петрова": no one between the noun and the post
    ("дочь президента Анна Петрова", 0, 1, None, False),
    ("встреча с министром Олегом Зуевым и дочерью губернатора Анной Зуевой", 6, 7, (3, 5),
     False),
])
def test_an_apposition_across_a_name(words: str, other: int, start: int,
                                     person: tuple[int, int] | None, crosses: bool) -> None:
    toks = _tokens(words)
    spans = [] if person is None else [(toks[person[0]].start, toks[person[1] - 1].stop,
                                        "PER")]
    assert O._apposition_across_a_name(toks, other, start, spans) is crosses


DEPUTY_NAMED = [
    # a name after a deputy's (aide's) genitive chain that reads as a nominative is the
    # deputy's, not the genitive post's holder: a woman's nominative or a man's genitive
    ("Соглашение подписали заместитель губернатора Омской области Н. Сомова и директор "
     "центра Олег Зуев.", "Н. Сомова", ("заместитель губернатора", "Омская область")),
    # a surname that does not decline
    ("Со стороны министерства документ подписал первый заместитель министра труда "
     "Тверской области И. В. Ткаченко.", "И. В. Ткаченко",
     ("первый заместитель министра труда", "Министерство труда Тверской области")),
    ("Выступил помощник губернатора Тульской области С. А. Гришко.", "С. А. Гришко",
     ("помощник губернатора", "Тульская область")),
    # a man's surname read as a plural genitive by the dictionary
    ("Документ подписал заместитель министра труда Омской области И. В. Петров.",
     "И. В. Петров", ("заместитель министра труда", "Министерство труда Омской области")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), DEPUTY_NAMED)
def test_the_deputy_is_named(models: Models, text: str, name: str,
                             expected: tuple[str | None, str | None]) -> None:
    probes.check_official(models, text, name, expected)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "deputy"), [
    ("Вчера в Омск прибыл заместитель министра Сергея Белова.", False),  # no nominative
    ("Вчера в Омск прибыл заместитель министра Сергей Белов.", True),
    ("Вчера в Омск прибыла заместитель министра Анна Белова.", True),
    # the verb agrees with the post noun: no word on the name's gender
    ("Вчера в Омск прибыл советник министра Анна Белова.", True),
])
def test_whose_name_after_a_deputy(models: Models, text: str, deputy: bool) -> None:
    """The name after "заместитель министра" is the deputy's only when it may be a
    nominative (the rule read on the sentence's own parse)."""
    from soccoop.extract.syntax import parse_documents

    analysis = models.analyse(text)
    parse_documents([analysis], models)
    sent = analysis.sentences[0]
    tree = O._Tree(sent, [], models)
    words = [t.text for t in sent.tokens]
    h = words.index("министра")
    assert O._Tree._name_of_a_nominative_deputy(tree, h, h + 1, h + 3) is deputy
