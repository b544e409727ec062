"""nerel97: two surnames the tagger ran into one PER span are two people.

- ``official_names._two_surnames_run_together``: a clause that ends on an indeclinable
  surname after a post ("с премьером Коваленко") and a next clause that begins with another
  person's surname ("Новак ушёл") came out of the tagger as one name, "Коваленко Новак",
  which took the post. When each word is the last word of a full name the document gives
  elsewhere ("Олега Коваленко", "Пётр Новак") and the first is no first name, the span is
  split and the post goes to its holder.

Every sentence here is invented for these tests; the negatives are two-word names of one
person: a first name the dictionary lacks but the document uses as a first name, and a
Portuguese double surname whose second word no other name ends with.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

# (id, text, name, expected (position, organisation) or None: no official of that name)
RUN_TOGETHER: list[tuple[str, str, str, tuple[str, str | None] | None]] = [
    ("indeclinable-surname-after-a-post", "Пётр Новак был министром финансов в "
     "правительстве Олега Коваленко. После спора с премьером Коваленко Новак ушёл в "
     "отставку.", "Олег Коваленко", ("премьер", "Правительство")),
    ("no-run-together-name-left", "Пётр Новак был министром финансов в правительстве "
     "Олега Коваленко. После спора с премьером Коваленко Новак ушёл в отставку.",
     "Коваленко Новак", None),
    # negatives: one person's two-word name stays whole
    ("unknown-first-name-used-as-one", "Министр спорта Торес Новак открыл стадион. На "
     "открытии выступил губернатор Олег Смирнов. Торес Новак заявил, что стадион примет "
     "матчи.", "Торес Новак", ("министр спорта", "Министерство спорта")),
    ("double-surname-second-word-alone", "Сенатор Рикардо Алмейда прибыл в Москву. Посол "
     "Алмейда Коста встретил его в аэропорту.", "Алмейда Коста", ("посол", None)),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), probes.named_rows(RUN_TOGETHER))
def test_two_surnames_run_together(models: Models, text: str, name: str,
                                   expected: tuple[str, str | None] | None) -> None:
    probes.check_official(models, text, name, expected)


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, official_names=("_two_surnames_run_together",))
