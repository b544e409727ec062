"""regpool91: a region adjective that only opens a thing's name names no subject.

- regions._mark_names: a one-word region adjective written with a capital inside a
  sentence (after a word on the same line, before a lower-case word) opens a proper name;
  a subject-level modifier ("областной", "государственный") keeps it the subject's own
  body, an event's noun ("фестиваль") the place the event is held, and a quoted name is
  left alone.
- regions.proper_name_adjectives_dropped: such a mention counts only when the text names
  the subject some other way.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest
from probes import named_rows

from soccoop.extract.pipeline import extract

# (id, text, region that must be found or None, region that must be absent or None)
ROWS = [
    ("a theatre called after a town",
     "Артисты Пермского оперного театра выступили в Казани с новой программой.\n",
     "Республика Татарстан", "Пермский край"),
    ("a fortress called after a town",
     "Пенсионеры из Кургана съездят на экскурсию в Омскую крепость.\n",
     "Курганская область", "Омская область"),
    ("a museum called after a town, mid-sentence",
     "Мастера из Вологды провели занятие в Рязанском историческом музее.\n",
     "Вологодская область", "Рязанская область"),
    # negatives: what the rule must leave alone
    ("the subject named otherwise keeps it",
     "В Пермском крае прошли гастроли Пермского оперного театра.\n", "Пермский край", None),
    ("an adjective at the sentence start",
     "Тульские пенсионеры смогут отдохнуть в санаториях Крыма.\n", "Тульская область", None),
    ("an adjective at a line's start",
     "Новости\nОмские семьи получат новые выплаты.\n", "Омская область", None),
    ("a lower-case adjective is the region",
     "Соглашение подписали с омскими властями в среду.\n", "Омская область", None),
    ("a regional body's name",
     "Договор подписан с Кировским областным центром социального обслуживания.\n",
     "Кировская область", None),
    ("a branch serves the region its adjective names",
     "Центр давно работает с Брянским отделением общества «Знание».\n",
     "Брянская область", None),
    ("a state university is the subject's",
     "Соглашение заключено с Курским государственным медицинским университетом.\n",
     "Курская область", None),
    ("a list of adjectives sharing a noun",
     "Делегации Тульской и Калужской областей обсудили поддержку семей.\n",
     "Тульская область", None),
    ("an event is held where its town lies",
     "Соглашение подписали на Казанском книжном фестивале в субботу.\n",
     "Республика Татарстан", None),
    ("a quoted body's name tells its home",
     "Центр занятости заключил договор с АНО «Тульский центр волонтёров».\n",
     "Тульская область", None),
    ("a long quoted phrase is no name",
     "Министр сказал: «Омские семьи получат поддержку уже в этом году».\n",
     "Омская область", None),
]


def _regions(models: Any, text: str) -> set[str]:
    return {r.name for r in extract(text, "t.txt", models).regions}


@pytest.mark.parametrize(("text", "found", "absent"), named_rows(ROWS))
def test_proper_name_adjectives(models: Any, text: str, found: str | None,
                                absent: str | None) -> None:
    names = _regions(models, text)
    if found is not None:
        assert found in names
    if absent is not None:
        assert absent not in names


def test_examples_are_invented() -> None:
    probes.check_rules_invented(__file__, regions=("_mark_names", "proper_name_adjectives_dropped"))
