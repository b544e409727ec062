"""nerel98: two NEREL error shapes of person + position (+ organisation), made general.

- ``officials._before_the_first_post`` / ``_quoted_name_opening``: of two posts joined by a
  comma before a name, the first may end on its body's name in quotes ("председатель
  хорового общества «Лира», доцент X"); the walk back to the first post's start read the
  closing quote as the end of the phrase, so only the second, a bare title, was kept.
- ``lexicon_officials.TIME_ADVERBS`` gains "некогда" and "когда-то": they date an
  apposition's post as "в прошлом" does ("Пётр Ганин, некогда министр юстиции края"); the
  apposition was not read at all.

Every sentence here is invented for these tests; the negatives guard against over-reach: a
list whose first post has its own holder, a quote opened after a preposition, "некогда" on
a word that is no post, and outside an apposition.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

# (id, text, name, expected (position, organisation) or None: no official of that name)
ROWS: list[tuple[str, str, str, tuple[str, str | None] | None]] = [
    ("quoted-body-ends-the-first-post", "На встрече выступили председатель хорового "
     "общества «Лира», доцент Инна Сомова и другие гости.", "Инна Сомова",
     ("председатель", "хоровое общество «Лира»")),
    ("nekogda-dates-an-apposition", "Против поправок выступил Пётр Ганин, некогда министр "
     "юстиции края.", "Пётр Ганин", ("министр юстиции края", "Министерство юстиции края")),
    ("kogda-to-dates-an-apposition", "Против поправок выступил Пётр Ганин, когда-то "
     "министр юстиции края.", "Пётр Ганин", ("министр юстиции края",
                                             "Министерство юстиции края")),
    # negatives
    ("first-post-has-its-own-holder", "На встрече выступили директор театра «Лира» Олег "
     "Фомин, доцент Инна Сомова и другие гости.", "Инна Сомова", ("доцент", None)),
    ("quote-after-a-preposition-is-no-post", "На встрече выступили гости из «Лиры», доцент "
     "Инна Сомова и другие.", "Инна Сомова", ("доцент", None)),
    ("nekogda-before-no-post", "Против поправок выступил Пётр Ганин, некогда известный "
     "лыжник.", "Пётр Ганин", None),
    ("nekogda-outside-an-apposition", "Некогда тихий посёлок вырос втрое, отметил глава "
     "района Пётр Ганин.", "Пётр Ганин", ("глава района", None)),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), probes.named_rows(ROWS))
def test_nerel98_rows(models: Models, text: str, name: str,
                      expected: tuple[str, str | None] | None) -> None:
    probes.check_official(models, text, name, expected)


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, officials=("_before_the_first_post",
                                                     "_quoted_name_opening"))
