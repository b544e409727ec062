"""nerel93: a body written as one contracted word, and a generic word for a body described
a few sentences before.

- ``official_orgs._contracted_body_in_post``: a post whose complement is a body written as
  one contraction of a level and a governing body's noun ("облизбирком", "горсовет",
  "облспорткомитет") names that body when nothing else gives one: "председатель
  облизбиркома Иван Петров" → "Облизбирком". Not a place ("райцентр"), nor the body noun
  alone.
- ``official_orgs._kind_noun_described_before``: a generic word for a body ("комитета")
  stands for the same noun named in the last sentences with a complement that tells which
  body it is, a genitive ("комитет молодёжной политики"); a mention without one, or with
  a "по" group only ("в учреждении по договору"), tells nothing.

Every sentence here is invented for these tests; each table has rows where the rule must not
fire.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

# (id, text, name, expected (position, organisation))
CONTRACTED_BODIES: list[tuple[str, str, str, tuple[str, str | None]]] = [
    ("election-commission", "Итоги голосования огласил председатель облизбиркома Олег "
     "Смирнов.", "Олег Смирнов", ("председатель облизбиркома", "Облизбирком")),
    ("city-council", "Председатель горсовета Анна Котова закрыла последнюю сессию года.",
     "Анна Котова", ("председатель горсовета", "Горсовет")),
    ("sport-committee", "Кубок вручил председатель облспорткомитета Павел Лосев.",
     "Павел Лосев", ("председатель облспорткомитета", "Облспорткомитет")),
    # negatives: a place written as a contraction; a body noun of its own, named in full
    ("district-town", "Гостей у вокзала встретил глава райцентра Павел Лосев.",
     "Павел Лосев", ("глава райцентра", None)),
    ("plain-committee", "Кубок вручил председатель комитета по физической культуре Павел "
     "Лосев.", "Павел Лосев", ("председатель", "комитет по физической культуре")),
]

DESCRIBED_BEFORE: list[tuple[str, str, str, tuple[str, str | None]]] = [
    ("genitive", "При мэрии Тулы создали комитет молодёжной политики. Он займётся отдыхом "
     "школьников. Руководителем комитета назначена Вера Лосева.", "Вера Лосева",
     ("руководитель", "Комитет молодёжной политики")),
    ("two-genitives", "В городе появился комитет охраны памятников истории. Председатель "
     "комитета Павел Лосев рассказал о первых планах.", "Павел Лосев",
     ("председатель", "Комитет охраны памятников истории")),
    # negatives: no description before; the noun before has no complement of its own;
    # a "по" group after it says how, not which body
    ("nothing-before", "Губернатор провёл приём граждан. Председатель комитета Павел Лосев "
     "рассказал о первых планах.", "Павел Лосев", ("председатель", "комитет")),
    ("bare-noun-before", "Депутаты похвалили работу комитета. Председатель комитета Павел "
     "Лосев рассказал о первых планах.", "Павел Лосев", ("председатель", "комитет")),
    ("po-circumstance", "Иван Петров трудился в учреждении по срочному договору. Директор "
     "учреждения Вера Лосева его уволила.", "Вера Лосева", ("директор", "учреждение")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"),
                         probes.named_rows(CONTRACTED_BODIES + DESCRIBED_BEFORE))
def test_official_records(models: Models, text: str, name: str,
                          expected: tuple[str, str | None]) -> None:
    probes.check_official(models, text, name, expected)


@pytest.mark.parametrize(("word", "expected"), [
    ("облизбирком", True), ("горсовет", True), ("облспорткомитет", True),
    ("гордума", True), ("райцентр", False), ("комитет", False), ("горячий", False),
])
def test_contracted_body(word: str, expected: bool) -> None:
    from soccoop.extract.official_orgs import _contracted_body

    assert _contracted_body(word) is expected


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, official_orgs=("_contracted_body_in_post",
                                                         "_kind_noun_described_before"))
