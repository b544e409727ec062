"""Names written with initials, probed in words of their own (other people,
bodies and towns than the dev rounds' texts).

- a surname given only with initials keeps the gender its own form shows: beside a post
  in the nominative, "Е.В.Ефимова" (glued or spaced, initials first or last) is a woman's
  nominative, not Ефимов's genitive; in an oblique case the post's case decides, and a
  man's surname stays a man's (``officials._initials_woman_in_nominative``);
- a town or body word the tagger runs into a name before "Сорокина Е.А." or "Е.А.
  Сорокина" is no first name: the initials say which words are the person
  (``officials._initials_mark_the_person``).
"""

from __future__ import annotations

import pytest
from probes import officials_of

from soccoop.extract.officials import _initials_mark_the_person

LIPETSK = "Соглашение подписали министр социальной политики Липецкой области Игорь Котов и "
POST = "министр труда Республики Хакасия"
BY = "Документ подписан министром труда Республики Хакасия {} и министром социальной " \
    "политики Липецкой области Игорем Котовым."
OF = "Под соглашением стоят подписи министра труда Республики Хакасия {} и министра " \
    "социальной политики Липецкой области Игоря Котова."


@pytest.mark.parametrize("written, expected", [
    # a woman's surname in -ова/-ева/-ина/-ская, initials first or last, glued or spaced
    ("Л.Г.Веселова", "Л. Г. Веселова"),
    ("Л. Г. Веселова", "Л. Г. Веселова"),
    ("Веселова Л.Г.", "Л. Г. Веселова"),
    ("Веселова Л. Г.", "Л. Г. Веселова"),
    ("Н.А.Гуляева", "Н. А. Гуляева"),
    ("Малинина Т.С.", "Т. С. Малинина"),
    ("Т.С. Малинина", "Т. С. Малинина"),
    ("Р.И. Ковальская", "Р. И. Ковальская"),
    # a man's surname stays a man's
    ("Л.Г.Веселов", "Л. Г. Веселов"),
    ("Малинин Т.С.", "Т. С. Малинин"),
])
def test_initials_name_beside_a_nominative_post(models, written, expected):
    found = officials_of(models, f"{LIPETSK}{POST} {written}.")
    assert found.get(expected, (None,))[0] == "министр труда"
    assert found.get("Игорь Котов", (None,))[0] == "министр социальной политики"


@pytest.mark.parametrize("template", [BY, OF], ids=["instrumental", "genitive"])
@pytest.mark.parametrize("written, expected", [
    ("Л.Г.Веселовой", "Л. Г. Веселова"),
    ("Веселовой Л.Г.", "Л. Г. Веселова"),
    ("Т.С. Малининой", "Т. С. Малинина"),
])
def test_initials_woman_in_an_oblique_case(models, template, written, expected):
    found = officials_of(models, template.format(written))
    assert found.get(expected, (None,))[0] == "министр труда"


@pytest.mark.parametrize("written, expected", [
    ("Л.Г.Веселовым", "Л. Г. Веселов"),
    ("Малининым Т.С.", "Т. С. Малинин"),
])
def test_initials_man_in_the_instrumental(models, written, expected):
    assert officials_of(models, BY.format(written)).get(expected, (None,))[0] == "министр труда"


def test_a_man_after_a_genitive_post_stays_a_man(models):
    # "министра ... В.И. Веселова" is Веселов's genitive: a woman's would be "Веселовой"
    found = officials_of(models, "По предложению министра труда Республики Хакасия "
                                 "В.И. Веселова соглашение продлили на год.")
    assert "В. И. Веселов" in found and "В. И. Веселова" not in found


TOWN_SENT = "Соглашение подписали глава города Твери Олег Баранов и {post} {town} {name}."


@pytest.mark.parametrize("post, town", [
    ("глава администрации", "г. Великие Луки"),
    ("директор центра занятости", "г. Нижний Тагил"),
    ("директор центра занятости", "г. Рыбинска"),
])
@pytest.mark.parametrize("written, expected", [
    ("Сорокина Е.А.", "Е. А. Сорокина"),
    ("Сорокина Е. А.", "Е. А. Сорокина"),
    ("Е.А. Сорокина", "Е. А. Сорокина"),
    ("Сорокин Е.А.", "Е. А. Сорокин"),
])
def test_town_before_an_initials_name_is_no_first_name(models, post, town, written,
                                                        expected):
    found = officials_of(models, TOWN_SENT.format(post=post, town=town, name=written))
    assert expected in found
    assert found[expected][0].startswith(post.split()[0])
    assert not any(n.split()[0] in ("Лука", "Луки", "Тагил", "Рыбинск", "Рыбинска")
                   for n in found)


def test_town_before_an_initials_name_in_the_instrumental(models):
    found = officials_of(models, "Соглашение подписано главой администрации г. Великие "
                                 "Луки Сорокиной Е.А. и главой города Твери Олегом Барановым.")
    assert found.get("Е. А. Сорокина", (None,))[0] == "глава"
    assert found.get("Олег Баранов", (None,))[0] == "глава города"


# the span pass alone: (text of a PER span, what is left of it)
@pytest.mark.parametrize("span, kept", [
    ("Луки Сорокина Е.А.", "Сорокина Е.А."),
    ("Великие Луки Сорокина Е. А.", "Сорокина Е. А."),
    ("Рыбинска Смирнов Н.", "Смирнов Н."),
    ("Луки Е.А. Сорокина", "Е.А. Сорокина"),
    ("Тагила Е. А. Сорокина", "Е. А. Сорокина"),
    ("Тагила Е.А.Сорокина", "Е.А.Сорокина"),
    # nothing before the name, no initials, or a middle initial: the span as tagged
    ("Сорокина Е.А.", "Сорокина Е.А."),
    ("Е.А. Сорокина", "Е.А. Сорокина"),
    ("Елена Сорокина", "Елена Сорокина"),
    ("Джон Ф. Кеннеди", "Джон Ф. Кеннеди"),
    ("Елена Андреевна Сорокина", "Елена Андреевна Сорокина"),
])
def test_initials_mark_the_person_span(span, kept):
    text = f"глава администрации г. Великие {span} подписала"
    start = text.index(span)
    [(s, e, kind)] = _initials_mark_the_person([(start, start + len(span), "PER")], text)
    assert (text[s:e], kind) == (kept, "PER")


def test_initials_mark_the_person_leaves_other_spans():
    text = "Администрация г. Великие Луки Е.А."
    spans = [(0, len(text), "ORG"), (17, 29, "LOC")]
    assert _initials_mark_the_person(spans, text) == spans


def test_cli_lists_initials_signers_in_their_gender(listed_rows):
    text = ("Опубликовано 12.03.2025\n\nСоглашение о сотрудничестве в сфере социальной защиты "
            "подписали министр труда и социальной защиты Республики Хакасия Л.Г.Веселова и "
            "глава администрации г. Великие Луки Сорокин Е.А.\n")
    [record] = listed_rows({"n.txt": text}, "--format", "jsonl")
    assert [sorted(a["signatories"]) for a in record["agreements"]] == [
        ["Е. А. Сорокин", "Л. Г. Веселова"]]
    assert sorted(o["name"] for o in record["officials"]) == ["Е. А. Сорокин", "Л. Г. Веселова"]
