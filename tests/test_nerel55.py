"""nerel55: officials with posts, the errors of NEREL dev, the tune and open folds, the
FactRuEval devset and the dev rounds pooled on b55dev; two passes for shapes of the dev
rounds' clergy and town heads that no NEREL text holds.

- ``nlp.place_after_a_settlement_mark`` (in ``mend_person_spans``): a person's span of one
  word right after a settlement's abbreviated kind ("г.", "гор.", "пос.", "пгт"; lower case,
  not after a number) is the town's name: "директор школы г. Королёва Иван Рябов" had the
  town tagged a person, and the post before the name stopped at it (no official).
- ``official_windows._description_before_name``: a description between a post's comma and
  the name never opens with "и": "Анна Козлова, директор лицея, и иерей Пётр Зимин" gave him
  her post ("иерей" read as a description of the director).

Every sentence here is invented for these tests. Guards: a year's "г." before a surname, an
initial "Г.", a span of two words, a body's span; a description with "и" inside it; a rank
after ", и" that is no description (the post after the name stays his).
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models, NerSpan, place_after_a_settlement_mark

# (id, text, name, expected (position, organisation) or None: no official of that name)
ROWS: list[tuple[str, str, str, tuple[str, str | None] | None]] = [
    # positives: the first four fail on b55dev (no official, or her post given to him)
    ("town-korolev-after-g", "Директор школы г. Королёва Иван Рябов вручил ученикам "
     "грамоты.", "Иван Рябов", ("директор", "школа г. Королёва")),
    ("town-chekhov-after-g", "Директор школы г. Чехова Иван Рябов вручил ученикам грамоты.",
     "Иван Рябов", ("директор", "школа г. Чехова")),
    ("rank-after-i-post-after-name", "Договор подписали Анна Козлова, директор лицея, и "
     "иерей Пётр Зимин, благочинный Заречного округа.", "Пётр Зимин",
     ("благочинный", "Заречный округ")),
    ("rank-after-i-no-post", "Договор подписали Анна Козлова, директор лицея, и иерей Пётр "
     "Зимин.", "Пётр Зимин", None),
    # guards, passing on b55dev too
    ("her-post-kept", "Договор подписали Анна Козлова, директор лицея, и иерей Пётр Зимин.",
     "Анна Козлова", ("директор", "лицей")),
    ("town-pushkin-read-before", "Директор школы г. Пушкина Иван Рябов вручил ученикам "
     "грамоты.", "Иван Рябов", ("директор", "школа г. Пушкина")),
    ("initial-g-is-a-name", "Директор школы Г. Лиснова открыла выставку рисунков.",
     "Г. Лиснова", ("директор", "школа")),
    ("colonel-after-i", "Договор подписали Анна Козлова, директор лицея, и полковник Пётр "
     "Зимин.", "Пётр Зимин", ("полковник", None)),
    ("description-with-i-inside", "На открытии выступил директор лицея, заслуженный учитель "
     "и краевед Пётр Зимин.", "Пётр Зимин", ("директор", "лицей")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), probes.named_rows(ROWS))
def test_nerel55_rows(models: Models, text: str, name: str,
                      expected: tuple[str, str | None] | None) -> None:
    probes.check_official(models, text, name, expected)


# (text, the span's word, its type before, its type after); the first fails on b55dev (no
# such function)
SPANS = [
    ("Директор школы г. Королёва Иван Рябов", "Королёва", "PER", "LOC"),
    ("Глава посёлка пос. Кирова Виктор Лаптев", "Кирова", "PER", "LOC"),
    ("Глава администрации пгт Зорино Виктор Лаптев", "Зорино", "PER", "LOC"),
    # guards: a year's "г.", an initial, a span of two words, a body's span
    ("В 2023 г. Королёва возглавила школу", "Королёва", "PER", "PER"),
    ("Директор школы Г. Королёва открыла выставку", "Королёва", "PER", "PER"),
    ("Директор школы г. Иван Рябов", "Иван Рябов", "PER", "PER"),
    ("Директор школы г. Королёва", "Королёва", "ORG", "ORG"),
    # fixagr55 guards: "т. г." / "п. г." (of this / the last year) is no town's mark; the
    # first two fail on m55 (LOC)
    ("В январе т. г. Петров возглавил фонд.", "Петров", "PER", "PER"),
    ("В мае п. г. Сидоров открыл новую школу", "Сидоров", "PER", "PER"),
]


@pytest.mark.parametrize(("text", "word", "before", "after"), SPANS)
def test_place_after_a_settlement_mark(text: str, word: str, before: str, after: str) -> None:
    start = text.index(word)
    span = NerSpan(before, start, start + len(word), word)
    got = place_after_a_settlement_mark(span, text)
    assert (got.type, got.start, got.stop, got.text) == (after, span.start, span.stop, word)


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, nlp=("place_after_a_settlement_mark",),
                                          official_windows=("_description_before_name",))
