"""Officials with titles, offices held and helpers' posts (shapes found on NEREL), each a
general pass in ``extract/officials.py``.

* a title whose noun is a post only with its own adjective after it ("Папа Римский");
* a post held "in office": "на посту директора", "в должности главы района", "в качестве
  министра", hung on the name, a participle about it or the verb it is the subject of;
* a helper's post before a bare surname in an oblique case of the surname the same person
  is written with elsewhere is that person's helper ("Советник Трампа" is not Trump's post);
* a post further back is not the name's when the name is the complement of an animate noun
  right before it ("вице-президента ... за место преемника X": the successor's, not X's);
* a post left is read after any noun of a post left ("уволен с позиции вице-президента",
  "сложил полномочия председателя"), not only after "пост"/"должность".

Every sentence and person here is invented for these tests; each table has rows where the
pass must not fire.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

POPES: list[tuple[str, dict[str, str]]] = [
    ("Папа Римский Климент встретился с паломниками.", {"Климент": "папа римский"}),
    ("Речь папы римского Адриана XII транслировали по телевидению.",
     {"Адриан XII": "папа римский"}),
    ("Встреча министра с римским папой Павлом прошла в Ватикане.",
     {"Павел": "римский папа"}),
    # negatives: a father, with or without a name after the word
    ("Мой папа Степан Ложкин работает водителем.", {}),
    ("Папа Степана Ложкина работает водителем.", {}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), POPES,
                         ids=[f"pope-{n}" for n in range(len(POPES))])
def test_a_title_with_its_adjective_after_it(models: Models, text: str,
                                             expected: dict[str, str]) -> None:
    found = probes.officials_of(models, text)
    assert {name: pos for name, (pos, _org) in found.items()} == expected


# a post held in office
IN_OFFICE: list[tuple[str, dict[str, tuple[str, str | None]]]] = [
    ("Борис Ветров на посту директора музея провёл двенадцать лет.",
     {"Борис Ветров": ("директор", "музей")}),
    ("Нина Жукова в должности главы района проработала пять лет.",
     {"Нина Жукова": ("глава района", None)}),
    ("Борис Ветров, работавший ранее в должности заместителя министра, возглавил фонд.",
     {"Борис Ветров": ("заместитель министра", None)}),
    ("Борис Ветров выступил на форуме в качестве министра культуры.",
     {"Борис Ветров": ("министр культуры", "Министерство культуры")}),
    # negatives: "на пост" is a candidacy or an appointment, not an office held; a
    # sentry's "на посту" with no post after it; no office word at all
    ("Борис Ветров претендует на пост директора музея.", {}),
    ("Борис Ветров стоял на посту у входа в музей.", {}),
    ("Борис Ветров встретился с Ниной Жуковой.", {}),
]


# a helper's post before an oblique surname
HELPERS: list[tuple[str, dict[str, tuple[str, str | None]]]] = [
    # the helper's post is the oblique name's relation: the person's own post wins
    # (foreign surnames the tagger reads as nominatives, as it reads "Трампа")
    ("Экс-советник Бронсона получил гонорар. Губернатор Тед Бронсон уволил его.",
     {"Тед Бронсон": ("губернатор", None)}),
    ("Экс-советник Уолтерса получил гонорар. Губернатор Тед Уолтерс уволил его.",
     {"Тед Уолтерс": ("губернатор", None)}),
    ("Экс-советник Фостера получил деньги от компаний\n\nПрезидент Тед Фостер уволил его.",
     {"Тед Фостер": ("президент", None)}),
    # negatives: the name written the same way is the helper himself
    ("Советник Ветров выступил. Борис Ветров был в отпуске.",
     {"Борис Ветров": ("советник", None)}),
    ("Помощник губернатора Борис Ветров выступил. Борис Ветров был в отпуске.",
     {"Борис Ветров": ("помощник губернатора", None)}),
]


# a name governed by another person's noun
GOVERNED: list[tuple[str, dict[str, tuple[str, str | None]]]] = [
    # the subject left the post; the successor's complement holds none
    ("Ветров был уволен с должности вице-губернатора края на фоне борьбы за место "
     "преемника Жукова с его сыном.", {"Ветров": ("вице-губернатор края", None)}),
    # negatives: the post right before the name, or a body's noun between them
    ("Иск подал помощник министра финансов Борис Ветров.",
     {"Борис Ветров": ("помощник министра финансов", "Министерство финансов")}),
    ("Руководитель отдела по делам молодёжи Борис Ветров выступил.",
     {"Борис Ветров": ("руководитель", "отдел по делам молодёжи")}),
]


# a post left after any noun of a post
LEFT: list[tuple[str, dict[str, tuple[str, str | None]]]] = [
    ("Накануне Ветров был уволен с позиции вице-президента Чили.",
     {"Ветров": ("вице-президент", "Чили")}),
    ("Борис Ветров сложил с себя полномочия председателя комитета.",
     {"Борис Ветров": ("председатель", "комитет")}),
    # negatives: a position in another sense, no post after it
    ("Борис Ветров изложил позицию партии по закону.", {}),
]


@pytest.mark.slow
def test_cli_lists_a_pope_and_a_post_in_office(listed_rows) -> None:  # type: ignore[no-untyped-def]
    """As a user runs it: ``soccoop ingest`` then ``soccoop list --format jsonl``."""
    records = probes.by_file(listed_rows({
        "office.txt": "Нина Жукова в должности главы района проработала пять лет.\n",
        "visit.txt": "Папа Римский Климент встретился с паломниками.\n",
    }, "--format", "jsonl", "--limit", "0"))
    assert sorted(records) == ["office.txt", "visit.txt"]
    assert [(o["name"], o["position"], o["organization"])
            for o in records["office.txt"]["officials"]] == [
        ("Нина Жукова", "глава района", None)]
    assert [(o["name"], o["position"], o["organization"])
            for o in records["visit.txt"]["officials"]] == [("Климент", "папа римский", None)]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), probes.table_params(
    office=IN_OFFICE, helper=HELPERS, governed=GOVERNED, left=LEFT))
def test_officials_of_each_table(models: Models, text: str,
                                 expected: dict[str, tuple[str, str | None]]) -> None:
    """Each table above: the officials of its text, name -> (post, body), exactly."""
    assert probes.officials_of(models, text) == expected
