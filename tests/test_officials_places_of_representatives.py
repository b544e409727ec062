"""Officials: the place a representative's post names between the post and the name stays
the post's, even where the parser hangs it elsewhere in a long list.

Each probe is worded for this file (no corpus sentence); the table gives the text, the
person and the (position, organisation) expected."""

from __future__ import annotations

import pytest
from probes import parsed_officials

from soccoop.extract.nlp import Models

PLACES = [
    # a list whose earlier conjunct names a body of the same region (the parser hangs the
    # place on the verb here)
    ("Участие приняли первый заместитель председателя Правительства Ставропольского края "
     "Инна Белова и уполномоченный по правам человека в Ставропольском крае Олег Рябов.",
     "Олег Рябов", ("уполномоченный по правам человека", "Ставропольский край")),
    ("В заседании участвовали первый заместитель председателя Правительства Тверской "
     "области Ольга Лисина и уполномоченный по правам человека в Тверской области Пётр "
     "Жаров.", "Пётр Жаров", ("уполномоченный по правам человека", "Тверская область")),
    ("Форум открыли вице-губернатор Ольга Мирная и полномочный представитель президента в "
     "Сибирском федеральном округе Анатолий Серышев.", "Анатолий Серышев",
     ("полномочный представитель президента", "Сибирский федеральный округ")),
    # not a post of another kind: a minister's place is no part of his ministry's name
    ("Форум открыли посол США в России Джон Теффт и министр финансов в Москве Иван "
     "Петров.", "Иван Петров", ("министр финансов", "Министерство финансов")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), PLACES)
def test_the_place_of_a_representatives_post(models: Models, text: str, name: str,
                                             expected: tuple[str, str]) -> None:
    found = parsed_officials(models, text)
    assert found.get(name) == expected, found
