"""offpool98: officials missed on the pooled dev rounds, two shapes of the walk from a name
back to its post, and the gender of an acting post written out.

- ``official_windows._parenthesised_part_of_a_name``: a body's name whose second part is in
  parentheses right after a capitalised word ("РС(Я)", "Республики Саха (Якутия)") no longer
  stops the walk back from the name to its post ("Я" was read as the pronoun): "исполняющая
  обязанности министра здравоохранения РС(Я) Ирина Кузьмина" had no official.
- ``official_windows._abbreviated_acting_prefix``: after "и. о." or "врио", which do not
  decline, the post is in the genitive whatever the name's case, so a name in another
  oblique case is still the holder ("подписан и.о. ректора академии Олегом Рябовым").
- ``official_names._person_after_a_two_part_place``: a place span whose two parts are joined
  by a dash ("Республики Северная Осетия — Алания") that the tagger ran on over the
  person's name after it ends where the place does, and the name becomes a person's span.
- ``official_posts.acting_posts_written_out`` reads the holder's gender from the name's
  nominative singular readings ("Анвар" is also the genitive plural of a woman's name).

Every sentence here is invented for these tests; the negatives guard against over-reach: a
relative of the acting holder, a parenthesis after a lower-case word or a preposition.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

# (id, text, name, expected (position, organisation) or None: no official of that name)
ROWS: list[tuple[str, str, str, tuple[str, str | None] | None]] = [
    ("acting-post-through-a-parenthesised-name", "Документ подписали исполняющая "
     "обязанности министра здравоохранения РС(Я) Ирина Кузьмина и ректор академии Павел "
     "Лобанов.", "Ирина Кузьмина",
     ("исполняющая обязанности министра здравоохранения", "Министерство здравоохранения")),
    ("abbreviated-acting-through-a-parenthesised-name", "Документ подписали и.о. директора "
     "музея РС(Я) Ирина Кузьмина и ректор академии Павел Лобанов.", "Ирина Кузьмина",
     ("и. о. директора", "музей РС(Я)")),
    ("abbreviated-acting-post-of-an-instrumental-name", "Договор подписан и.о. ректора "
     "академии Олегом Рябовым.", "Олег Рябов", ("и. о. ректора", "академия")),
    ("person-after-a-two-part-place", "Приказ подписан министром спорта Олегом Сомовым и "
     "министром культуры Республики Северная Осетия — Алания Мадиной Лаптевой.",
     "Мадина Лаптева", ("министр культуры",
                        "Министерство культуры Республики Северная Осетия — Алания")),
    # negatives
    ("two-part-place-before-a-tagged-name-unchanged", "Выставку открыли заместитель министра "
     "культуры Кемеровской области — Кузбасса Мадина Ивановна Лаптева и директор музея Олег "
     "Сомов.", "Мадина Ивановна Лаптева",
     ("заместитель министра культуры", "Министерство культуры Кемеровской области")),
    ("two-part-place-without-a-person", "Делегация Кемеровской области — Кузбасса посетила "
     "выставку в Томске.", "Кузбасс", None),
    ("parenthesis-of-a-whole-name-unchanged", "Вечер открыл заместитель министра культуры "
     "Республики Саха (Якутия) Павел Лобанов.", "Павел Лобанов",
     ("заместитель министра культуры", "Министерство культуры Республики Саха (Якутия)")),
    ("relative-of-an-acting-holder-is-no-official", "Цветы вручили супруге врио губернатора "
     "Марине Рябовой.", "Марина Рябова", None),
    ("declined-acting-prefix-unchanged", "Смета согласована врио главы посёлка Денисом "
     "Фоминым.", "Денис Фомин", ("врио главы посёлка", None)),
    ("parenthesis-after-a-lower-case-word", "Доклад сделал бывший (до прошлого года) "
     "министр Олег Рябов.", "Олег Рябов", ("министр", None)),
    ("parenthesis-after-a-preposition-phrase", "Выступили гости (из Твери) и директор Павел "
     "Лобанов.", "Павел Лобанов", ("директор", None)),
]

# (id, text, name, position of the whole extraction)
WRITTEN_OUT: list[tuple[str, str, str, str]] = [
    ("man-whose-name-has-a-feminine-plural-reading", "И.о. ректора академии Анвар Сабиров "
     "провёл учёный совет.", "Анвар Сабиров", "исполняющий обязанности ректора"),
    ("woman-stays-feminine", "Документ подписали и.о. директора музея РС(Я) Ирина Кузьмина "
     "и ректор академии Павел Лобанов.", "Ирина Кузьмина",
     "исполняющая обязанности директора"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), probes.named_rows(ROWS))
def test_offpool98_rows(models: Models, text: str, name: str,
                        expected: tuple[str, str | None] | None) -> None:
    probes.check_official(models, text, name, expected)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "position"), probes.named_rows(WRITTEN_OUT))
def test_offpool98_acting_written_out(models: Models, text: str, name: str,
                                      position: str) -> None:
    found = probes.extracted_officials(models, text)
    assert name in found, found
    assert found[name][0] == position, found


def test_examples_quote_no_dev_text() -> None:
    """The docstrings of this round's rules and this file's probes share no run of words
    with a dev text (the shared check in tests/probes.py)."""
    probes.check_no_dev_text_quoted(__file__, [
        ("official_windows", "_parenthesised_part_of_a_name"),
        ("official_windows", "_abbreviated_acting_prefix"),
        ("official_posts", "acting_posts_written_out"),
        ("official_names", "_person_after_a_two_part_place"),
    ])
