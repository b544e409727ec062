"""offpool98: officials missed on the pooled dev rounds: an oblique name after an abbreviated
acting post, a person's name the tagger ran into a two-part place, and the gender of an
acting post written out.

- ``official_windows._abbreviated_acting_prefix``: after "и. о." or "врио", which do not
  decline, the post is in the genitive whatever the name's case, so a name in another
  oblique case is still the holder ("подписан и.о. ректора академии Олегом Рябовым").
- ``official_names._person_after_a_two_part_place``: a place span whose two parts are joined
  by a dash ("Республики Северная Осетия — Алания") that the tagger ran on over the
  person's name after it ends where the place does, and the name becomes a person's span.
- ``official_posts.acting_posts_written_out`` reads the holder's gender from the name's
  nominative singular readings ("Анвар" is also the genitive plural of a woman's name).

Every sentence here is invented for these tests; the negatives guard against over-reach: a
relative of the acting holder, a declined acting prefix, a two-part place with no person
after it or before a name the tagger kept apart.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

# (id, text, name, expected (position, organisation) or None: no official of that name)
ROWS: list[tuple[str, str, str, tuple[str, str | None] | None]] = [
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
    ("relative-of-an-acting-holder-is-no-official", "Цветы вручили супруге врио губернатора "
     "Марине Рябовой.", "Марина Рябова", None),
    ("declined-acting-prefix-unchanged", "Смета согласована врио главы посёлка Денисом "
     "Фоминым.", "Денис Фомин", ("врио главы посёлка", None)),
]

# (id, text, name, position of the whole extraction)
WRITTEN_OUT: list[tuple[str, str, str, str]] = [
    ("man-whose-name-has-a-feminine-plural-reading", "И.о. ректора академии Анвар Сабиров "
     "провёл учёный совет.", "Анвар Сабиров", "исполняющий обязанности ректора"),
    ("woman-stays-feminine", "И.о. директора музея Ирина Кузьмина провела экскурсию.",
     "Ирина Кузьмина", "исполняющая обязанности директора"),
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
    probes.check_rules_invented(__file__, official_windows=("_abbreviated_acting_prefix",),
                                          official_posts=("acting_posts_written_out",),
                                          official_names=("_person_after_a_two_part_place",))
