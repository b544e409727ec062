"""nerel51: persons with posts pooled over NEREL dev, the tune and open folds and the
FactRuEval devset, made general where a shape was general.

- ``official_windows._accusative_apposition_after_a_preposition``: a post right after "на"
  or "в" in the accusative singular of a person is the object of the preposition, and a
  name after it that can stand in the accusative is its apposition ("ответственность
  возложить на начальника отдела В.К. Сорокина"). The window before the name dropped such a
  post as an office run for ("кандидат в президенты", "на пост") unless the parse hung the
  name on it as an apposition, which it does not for a name written with initials.

Every sentence here is invented for these tests. Negatives: a plural after the preposition
(an office run for: "в депутаты", "в губернаторы"), a name in a body's name ("школы имени
..."), a post told in another sentence, and a post whose name cannot stand in its case.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

# (id, text, name, expected (position, organisation) or None: no official of that name)
ROWS: list[tuple[str, str, str, tuple[str, str | None] | None]] = [
    # positives: the three with initials fail on b51dev (no official at all)
    ("initials-after-na-with-a-body", "Ответственность за проведение смотра возложить на "
     "начальника отдела культуры В.К. Сорокина.", "В. К. Сорокин",
     ("начальник", "отдел культуры")),
    ("initials-after-na-participle-head", "Родители пожаловались на заведующего детским "
     "садом Е.П. Лосева.", "Е. П. Лосев", ("заведующий детским садом", None)),
    ("initials-after-na-ordinal-deputy", "Проверку поручено возложить на первого заместителя "
     "главы района И.С. Рябова.", "И. С. Рябов", ("первый заместитель главы района", None)),
    ("initials-after-na-minister", "Организацию выставки возложить на министра культуры "
     "Т.Р. Зуеву.", "Т. Р. Зуева", ("министр культуры", "Министерство культуры")),
    # passes on both: the parse hangs the full name on the post itself
    ("full-name-after-na", "Жители пожаловались на директора школы Олега Фомина.",
     "Олег Фомин", ("директор", "школа")),
    # negatives
    ("plural-after-v-is-run-for", "Партия выдвинула в депутаты думы И.С. Рябова.",
     "И. С. Рябов", None),
    ("plural-governors-run-for", "Партия выдвинула в губернаторы И.С. Рябова.",
     "И. С. Рябов", None),
    ("name-of-a-body", "Средства пойдут на ремонт школы имени И.С. Рябова.",
     "И. С. Рябов", None),
    ("post-in-another-sentence", "Надежды жителей на мэра города рухнули. О.В. Горин уехал.",
     "О. В. Горин", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), probes.named_rows(ROWS))
def test_nerel51_rows(models: Models, text: str, name: str,
                      expected: tuple[str, str | None] | None) -> None:
    probes.check_official(models, text, name, expected)


def test_examples_quote_no_dev_text() -> None:
    """The docstrings of this round's rules and this file's probes share no run of words
    with a dev text (the shared check in tests/probes.py)."""
    probes.check_no_dev_text_quoted(__file__, [
        ("official_windows", "_accusative_apposition_after_a_preposition"),
    ])
