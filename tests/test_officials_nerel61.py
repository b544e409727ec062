"""Officials, branch nerel61: surnames written first, helpers named by a possessive.

Official style writes the surname first, then the first name and the patronymic ("в лице
директора Лаптева Игоря Семёновича"); the tagger may read that surname as a body or a
place of its own, and the name must still be the whole person's. A helper's post with a
possessive before it ("её первый заместитель X") is the helper of the person the
possessive stands for: "первый заместитель министра". Every sentence here is invented for
these tests.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models
from soccoop.extract.person_names import surname_agrees

SURNAME_FIRST = [
    # the tagger reads the surname as a body of its own: the name keeps it
    ("Договор заключён с ООО «Северная верфь» в лице генерального директора Лаптева "
     "Игоря Семёновича.", "Игорь Семёнович Лаптев", "генеральный директор"),
    # a surname that also reads as a common word and a first name
    ("Центр в лице директора Кашиной Марины Андреевны, действующей на основании устава, "
     "и фонд заключили договор.", "Марина Андреевна Кашина", "директор"),
    # the tagger's own whole span stays as it was
    ("Встреча с начальником управления Смирновой Анной Павловной прошла в мэрии.",
     "Анна Павловна Смирнова", "начальник"),
]


AGREEING = [
    ("Пирогова", ["Вадима", "Олеговича"], True),    # his genitive
    ("Шестаковой", ["Ольги", "Викторовны"], True),  # her genitive
    ("Кашиной", ["Марины", "Андреевны"], True),     # also a common noun's form
    ("Пирогова", ["Ольги", "Викторовны"], False),   # his genitive, her name
    ("Шестаковой", ["Вадима", "Олеговича"], False),
    ("Шестаковой", ["Ольге", "Викторовне"], True),  # her dative
    ("Шестаковой", ["Ольгу", "Викторовну"], False),  # her accusative is "Шестакову"
    ("министерства", ["Вадима", "Олеговича"], False),  # no capital: no surname
    ("Москвы", ["Ольги", "Викторовны"], False),    # a place
]


@pytest.mark.parametrize(("word", "name", "expected"), AGREEING)
def test_surname_agrees(models: Models, word: str, name: list[str], expected: bool) -> None:
    assert surname_agrees(word, name, models) is expected


DEPUTIES = [
    ("Министр труда области Ирина Белова была в отпуске, поэтому соглашение подписал её "
     "первый заместитель Олег Мартынов.", "Олег Мартынов", "первый заместитель министра"),
    ("Председатель городской думы Сергей Ветров не приехал. Вместо него выступила его "
     "заместитель Алла Лисина.", "Алла Лисина", "заместитель председателя"),
    ("Директор школы Анна Котова рассказала, что её заместитель Павел Носов уехал на "
     "учёбу.", "Павел Носов", "заместитель директора"),
    # the person the possessive stands for holds no post here: nothing is added
    ("Иван Петров рассказал, что его заместитель Ольга Ким уехала.", "Ольга Ким",
     "заместитель"),
    # a helper's helper: nothing is added
    ("Заместитель губернатора Олег Сомов приехал с коллегами. Его заместитель Инна "
     "Лаптева рассказала о планах.", "Инна Лаптева", "заместитель"),
    # a helped post written out stays as written
    ("Министр Ирина Белова и её заместитель министра Олег Мартынов приехали в район.",
     "Олег Мартынов", "заместитель министра"),
]


# a surname written first is the person's; a helper named by a possessive is the helper of
# the post the possessive's person holds
@pytest.mark.parametrize(("text", "name", "position"),
                         probes.table_params(surname_first=SURNAME_FIRST, deputies=DEPUTIES))
def test_the_post_of_the_named_official(models: Models, text: str, name: str,
                                        position: str) -> None:
    probes.check_post(models, text, name, position)


QUOTES = [
    # the tagger's span stops short of the closing mark: the body is named whole
    ("Договор заключён между министерством и АО «Северная верфь» (в лице генерального "
     "директора Лаптева Игоря Семёновича).", "Игорь Семёнович Лаптев",
     ("генеральный директор", "АО «Северная верфь»")),
    ("Соглашение подписали министерство и АНО «Центр помощи «Рядом»» в лице директора "
     "Ольги Седовой.", "Ольга Седова", ("директор", "АНО «Центр помощи «Рядом»»")),
]


@pytest.mark.parametrize(("text", "name", "expected"), QUOTES)
def test_a_quoted_body_keeps_its_closing_mark(models: Models, text: str, name: str,
                                              expected: tuple[str, str]) -> None:
    probes.check_official(models, text, name, expected)
