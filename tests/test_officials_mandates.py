"""Officials (a shape found on NEREL): a deputy known only by the mandate the person wins,
keeps or gives up ("Депутатский мандат получил X", "Сохранили свои мандаты X и Y").

Each probe is worded for this file (no corpus sentence); the tables give the text, the
person and the post expected, or (negatives) the person who is no deputy."""

from __future__ import annotations

import pytest
from probes import check_post, parsed_officials

from soccoop.extract.nlp import Models

MANDATES = [
    # the name is the subject of the verb whose object is the mandate
    ("Иван Петров сложил депутатский мандат в связи с переходом в правительство.",
     "Иван Петров", "депутат"),
    # ... or stands in apposition to a trade noun that is the subject
    ("Депутатский мандат впервые получил бывший чемпион по плаванию, пловец Олег Лосев.",
     "Олег Лосев", "депутат"),
    # ... or is one of coordinated subjects, each with a trade of its own
    ("Сохранили свои мандаты художник Пётр Орлов, композитор Андрей Зуев.",
     "Пётр Орлов", "депутат"),
    ("Сохранили свои мандаты художник Пётр Орлов, композитор Андрей Зуев.",
     "Андрей Зуев", "депутат"),
]

NOT_DEPUTIES = [
    # a mandate with a complement of its own is no seat: an errand, an organisation's
    ("Иван Петров получил мандат на переговоры с профсоюзами.", "Иван Петров"),
    ("Профессор Анна Белова получила мандат ЮНЕСКО на исследование.", "Анна Белова"),
    # the mandate of another verb's subject is not the name's
    ("Иван Петров поздравил Олега Лосева, который впервые получил мандат.", "Иван Петров"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "position"), MANDATES)
def test_a_mandate_makes_a_deputy(models: Models, text: str, name: str,
                                  position: str) -> None:
    check_post(models, text, name, position)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name"), NOT_DEPUTIES)
def test_no_seat_no_deputy(models: Models, text: str, name: str) -> None:
    found = parsed_officials(models, text)
    assert found.get(name, (None, None))[0] != "депутат", found


@pytest.mark.slow
def test_a_held_post_is_kept_over_the_mandate(models: Models) -> None:
    """A post the name is given in apposition stays the record's: the mandate is the last
    resort for people with no stated post."""
    found = parsed_officials(models, "Мандат сохранил губернатор Тульской области Олег Лосев.")
    assert found.get("Олег Лосев") == ("губернатор", "Тульская область"), found
