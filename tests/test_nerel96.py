"""nerel96: a foreign name the morphology misreads is the post's when the tagger puts it in
the post's case.

- ``official_windows._name_in_the_posts_case``: the role window gave a post up when the
  tree hung the name on a noun before the post ("Визит ..." or a relative, "сын ...") that
  the morphology let the name agree with; a Korean or Vietnamese name ("Ким Чен Ира", "Пак
  Чон Хи") reads as a nominative, so it agreed with the subject. When the tagger puts the
  name's first and last words in the post's case, and that noun is in another, the name is
  the post holder's.

Every sentence here is invented for these tests; the negatives are names the tagger puts in
the case of the noun before the post (the daughter, the widow, the son are the people
named).
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

# (id, text, name, expected (position, organisation) or None: no official)
NAME_IN_THE_POSTS_CASE: list[tuple[str, str, str, tuple[str, str | None] | None]] = [
    ("subject-noun-before-the-post", "Визит бывшего лидера Северной Кореи Ким Чен Ира "
     "прошёл спокойно.", "Ким Чен Ира", ("лидер", "Северная Корея")),
    ("relative-before-the-post", "Старший сын бывшего лидера Северной Кореи Ким Чен Ира "
     "живёт в Макао.", "Ким Чен Ира", ("лидер", "Северная Корея")),
    ("granddaughter-of-a-president", "Внучка покойного президента Южной Кореи Пак Чон Хи "
     "открыла выставку.", "Пак Чон Хи", ("президент", "Южная Корея")),
    ("portrait-of-a-leader", "Портрет покойного лидера Северной Кореи Ким Ир Сена висит в "
     "зале.", "Ким Ир Сена", ("лидер", "Северная Корея")),
    # negatives: the name stands in the case of the relative or noun before the post
    ("daughter-in-the-accusative", "Мы видели дочь действующего президента Иванку Трамп "
     "вчера.", "Иванку Трамп", None),
    ("widow-in-the-nominative", "Вдова президента Наина Ельцина посетила выставку.",
     "Наина Ельцина", None),
    ("daughter-in-the-instrumental", "Встреча с дочерью губернатора Анной Котовой прошла в "
     "Туле.", "Анна Котова", None),
    ("son-in-the-nominative", "Сын губернатора Олег Смирнов открыл кафе.", "Олег Смирнов",
     None),
    ("daughter-with-a-korean-name", "Дочь министра Ли Мин Хо открыла выставку в Сеуле.",
     "Ли Мин Хо", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), probes.named_rows(
    NAME_IN_THE_POSTS_CASE))
def test_name_in_the_posts_case(models: Models, text: str, name: str,
                                expected: tuple[str, str | None] | None) -> None:
    probes.check_official(models, text, name, expected)


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, official_windows=("_name_in_the_posts_case",))
