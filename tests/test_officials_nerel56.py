"""Officials, branch nerel56: names that read two ways beside a post.

A first name that is both a woman's nominative and a man's genitive ("Валентина",
"Евгения", "Александра") with a surname the dictionary knows only as a man's genitive
("Кротова" as Кротов's) is hers when the parse sets the name beside a post in the
nominative; a post in an oblique case keeps the man's reading. Every sentence here is
invented for these tests.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models
from soccoop.extract.person_names import two_way_woman_name

TWO_WAY = [
    # the post is the subject, the name in apposition to it: hers
    ("Подписи поставят председатель Союза ветеранов Валентина Кротова.",
     "Валентина Кротова", "председатель"),
    ("Свои подписи поставят Анна Лосева и председатель районного отделения «Союза "
     "пенсионеров России» Валентина Кротова.", "Валентина Кротова", "председатель"),
    ("На совещании выступят директор лицея Евгения Шмелькова и депутаты.",
     "Евгения Шмелькова", "директор"),
    # an oblique post keeps the man's genitive
    ("Встреча прошла у председателя фонда Валентина Кротова.", "Валентин Кротов",
     "председатель"),
    ("В гостях у директора школы Евгения Лыткина не было.", "Евгений Лыткин", "директор"),
]


@pytest.mark.parametrize(("text", "name", "position"), TWO_WAY)
def test_a_two_way_name_beside_a_post(models: Models, text: str, name: str,
                                      position: str) -> None:
    probes.check_post(models, text, name, position)


READINGS = [
    ("Валентина", "Кротова", True),   # hers or Валентин Кротов's genitive
    ("Евгения", "Шмелькова", True),
    ("Александра", "Дроздова", True),
    ("Ирина", "Кротова", False),      # "Ирина" is no man's genitive
    ("Валентина", "Кротовой", False),  # no woman's nominative in the surname
    ("Валентина", "Кротов", False),
]


@pytest.mark.parametrize(("first", "surname", "expected"), READINGS)
def test_two_way_woman_name(models: Models, first: str, surname: str,
                            expected: bool) -> None:
    assert two_way_woman_name(first, surname, models) is expected
