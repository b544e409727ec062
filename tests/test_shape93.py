"""shape93: code shape, no new rule.

- ``party_identity``: the one module that says whether two names are one side.
  ``identity`` answers "one" (one side named two ways, ``same_side``), "two" (two bodies
  named apart, ``names_apart``, and no way makes them one) or None; ``two_bodies`` is its
  "two", read by the merge's "another body of one region"; ``alike_by`` asks part of the
  ways by name (``NAMED_ALIKE``: a heading's side, a digest item's ``same_body``); a
  signer's body is asked apart (``body_is_side``).
- ``turns``: the one reader of turns also reads a reader's comment handle
  (``handle_line``, ``comment_author``, for ``merge``) and an interview's dash-opened
  turns (``dash_turn``, ``dash_turns``, for ``signer_interview``).

Every name and sentence here is written for these probes.
"""

from __future__ import annotations

import probes
import pytest
from probes import named_rows, side

from soccoop.extract import merge, merge_rules, signer_bodies, signer_interview
from soccoop.extract.party_identity import (
    NAMED_ALIKE,
    alike_by,
    body_is_side,
    identity,
    names_apart,
    same_body,
    same_side,
    two_bodies,
)
from soccoop.extract.turns import comment_author, dash_turn, dash_turns, handle_line

# --- identity: "one", "two" or None, either way round --------------------------------------

# (id, name, its regions, other name, its regions, identity)
IDENTITY = [
    # an abbreviation and the full name
    ("acronym-of-university", "ОГАУ", [], "Омский государственный аграрный университет",
     ["RU-OMS"], "one"),
    ("compound-short-name", "Минтруд Омской области", ["RU-OMS"],
     "Министерство труда и занятости Омской области", ["RU-OMS"], "one"),
    ("acronym-inside", "Отделение ФПС по Омской области", ["RU-OMS"],
     "Отделение Фонда поддержки семьи по Омской области", ["RU-OMS"], "one"),
    # a branch and its parent
    ("branch-by-own-adjective", "Областное отделение Пенсионного фонда", [],
     "Отделение Пенсионного фонда России по Омской области", ["RU-OMS"], "one"),
    ("branch-of-quoted-fund", "Омский филиал фонда «Светлый путь»", ["RU-OMS"],
     "Благотворительный фонд «Светлый путь»", [], "one"),
    ("branches-of-two-regions", "Филиал фонда «Светлый путь» по Омской области", ["RU-OMS"],
     "Филиал фонда «Светлый путь» по Томской области", ["RU-TOM"], "two"),
    # a region's adjective and its name
    ("adjective-for-genitive", "Центр занятости Кургана", ["RU-KGN"],
     "Курганский центр занятости", ["RU-KGN"], "one"),
    ("region-and-its-university", "Омская область", ["RU-OMS"],
     "Омский государственный аграрный университет", ["RU-OMS"], None),
    # two ministries of one region that differ by field
    ("ministries-by-field", "Министерство здравоохранения Омской области", ["RU-OMS"],
     "Министерство труда и занятости Омской области", ["RU-OMS"], "two"),
    ("committees-by-field", "Комитет по делам молодёжи Омска", ["RU-OMS"],
     "Комитет по физической культуре Омска", ["RU-OMS"], "two"),
    ("two-kinds-of-body", "Министерство образования Омской области", ["RU-OMS"],
     "Федерация профсоюзов Омской области", ["RU-OMS"], "two"),
    # a town's executive named two ways: two heads, yet one side
    ("town-executive", "Мэрия города Ишима", ["RU-TYU"], "Администрация города Ишима",
     ["RU-TYU"], "one"),
    # written alike
    ("written-alike", "Фонд «Светлый путь»", [], "фонд «Светлый путь»", [], "one"),
    # the names do not say
    ("bare-kind-and-fund", "центр", [], "Фонд «Светлый путь»", [], None),
]


@pytest.mark.parametrize(("a", "ar", "b", "br", "expected"), named_rows(IDENTITY))
def test_identity(models, a: str, ar: list[str], b: str, br: list[str],
                  expected: str | None) -> None:
    p, q = side(models, a, *ar), side(models, b, *br)
    assert identity(p, q, models) == expected
    assert identity(q, p, models) == expected
    assert two_bodies(p, q, models) is (expected == "two")


# Where the words alone would part them, a way makes them one: "one" wins over
# ``names_apart`` (the merge asked ``names_apart`` only after ``same_side`` said no).
# (id, name, regions, other, regions)
ONE_OVER_APART = [
    ("branch-by-own-adjective", "Областное отделение Пенсионного фонда", [],
     "Отделение Пенсионного фонда России по Омской области", ["RU-OMS"]),
    ("town-executive", "Мэрия города Ишима", ["RU-TYU"], "Администрация города Ишима",
     ["RU-TYU"]),
]


@pytest.mark.parametrize(("a", "ar", "b", "br"), named_rows(ONE_OVER_APART))
def test_a_way_wins_over_the_words(models, a: str, ar: list[str], b: str,
                                   br: list[str]) -> None:
    p, q = side(models, a, *ar), side(models, b, *br)
    assert names_apart(models, p, q) and same_side(p, q, models)
    assert identity(p, q, models) == "one" and not two_bodies(p, q, models)


# --- part of the ways, by name --------------------------------------------------------------

# (id, name, other, named alike in NAMED_ALIKE's ways, same_body)
ALIKE = [
    ("shorter", "Министерство труда Омской области",
     "Министерство труда и занятости Омской области", True, True),
    ("acronym", "ОГАУ", "Омский государственный аграрный университет", True, True),
    ("quoted-name", "АНО «Тёплый дом»", "Автономная некоммерческая организация «Тёплый дом»",
     True, True),
    # a one-word short name inside the other's name: a digest's item only
    ("one-word-inside", "«Родник»", "АНО «Центр помощи семье „Родник“»", False, True),
    # negatives: other bodies; a bare kind noun is no short name
    ("other-ministry", "Министерство здравоохранения Омской области",
     "Министерство труда Омской области", False, False),
    ("kind-noun", "центр", "Омский центр занятости населения", False, False),
]


@pytest.mark.parametrize(("a", "b", "alike", "body"), named_rows(ALIKE))
def test_alike_by_named_ways(models, a: str, b: str, alike: bool, body: bool) -> None:
    p, q = side(models, a), side(models, b)
    assert (alike_by(p, q, NAMED_ALIKE) or alike_by(q, p, NAMED_ALIKE)) is alike
    assert same_body(p, q) is body and same_body(q, p) is body


# --- a signer's body: another question, asked apart ---------------------------------------

# (id, the body a post names, the side, may sign for it, one side as two mentions)
SIGNER_BODY = [
    # the region's minister signs for the region; as mentions they are two parties
    ("ministry-for-region", "Министерство труда Омской области", "Омская область", True,
     False),
    ("fund-by-its-name", "фонд «Светлый путь»", "Благотворительный фонд «Светлый путь»",
     True, True),
    ("other-ministry", "Министерство здравоохранения Омской области",
     "Министерство труда Омской области", False, False),
]


@pytest.mark.parametrize(("body", "name", "signs", "one"), named_rows(SIGNER_BODY))
def test_signer_body_is_asked_apart(models, body: str, name: str, signs: bool,
                                    one: bool) -> None:
    assert body_is_side(body, name) is signs
    regions = ["RU-OMS"] if "Омск" in body else []
    p = side(models, body, *regions)
    q = side(models, name, *(["RU-OMS"] if "Омск" in name else []))
    assert (identity(p, q, models) == "one") is one


def test_one_home_of_party_identity() -> None:
    """The relations live in ``party_identity`` only: their old homes define none."""
    assert not hasattr(merge_rules, "_acronym_alike")
    assert not hasattr(merge_rules, "names_apart")
    assert signer_bodies.body_is_side is body_is_side


# --- turns: a reader's comment handle, an interview's dash turns -----------------------------

# (id, line, a comment opening with its author's handle and a colon)
HANDLE_LINES = [
    ("handle", "Петрович: А у нас в районе такого центра нет", True),
    ("short-name", "Ольга В.: Спасибо за новость", True),
    ("reader-tag", "Марина, Ишим: Когда откроют запись?", True),
    ("bracketed-stamp", "Гость (02.03.2025 18:40): Хорошее дело", True),
    # negatives: a sentence with a colon, a handle with nothing after it, no colon
    ("sentence-colon", "Министр напомнила о главном: работа продолжится", False),
    ("nothing-after", "Петрович:", False),
    ("no-colon", "Петрович пишет, что центр откроют летом", False),
]


@pytest.mark.parametrize(("line", "expected"), named_rows(HANDLE_LINES))
def test_handle_line(line: str, expected: bool) -> None:
    assert handle_line(line) is expected


# (id, line, a reader's handle or short name alone)
AUTHORS = [
    ("handle", "Сергей_73", True),
    ("name-and-initial", "Анна К.", True),
    ("words", "Спасибо за новость, очень нужно", False),
    ("four-words", "Очень нужное и доброе дело", False),
]


@pytest.mark.parametrize(("line", "expected"), named_rows(AUTHORS))
def test_comment_author(line: str, expected: bool) -> None:
    assert comment_author(line) is expected


# (id, line, its words after the opening dash, or None)
DASH_TURNS = [
    ("em-dash", "— Ольга Сергеевна, что изменится для семей?",
     "Ольга Сергеевна, что изменится для семей?"),
    ("en-dash-indented", "   – Подписали в пятницу.", "Подписали в пятницу."),
    ("hyphen", "- Да, документ готов.", "Да, документ готов."),
    # negatives: a line that opens otherwise; a dash inside the line
    ("no-dash", "Ольга Сергеевна рассказала о центре.", None),
    ("inner-dash", "Центр — первый в области.", None),
]


@pytest.mark.parametrize(("line", "expected"), named_rows(DASH_TURNS))
def test_dash_turn(line: str, expected: str | None) -> None:
    assert dash_turn(line) == expected


def test_dash_turns_before_a_stop() -> None:
    text = ("Интервью с директором центра.\n"
            "— Ольга Сергеевна, что подписали?\n"
            "— Соглашение с колледжем.\n"
            "— А что дальше?\n")
    stop = text.index("— А что")
    assert dash_turns(text, stop) == [
        (text.index("— Ольга"), "Ольга Сергеевна, что подписали?"),
        (text.index("— Соглашение"), "Соглашение с колледжем."),
    ]
    assert dash_turns(text, text.index("— Ольга")) == []


def test_one_reader_of_turns() -> None:
    """The comment handle and the dash turns are read in ``turns`` only."""
    assert not hasattr(merge, "_handle_line") and not hasattr(merge, "_COMMENT_AUTHOR")
    assert not hasattr(signer_interview, "_turns")


SHAPE93_FUNCTIONS = [("party_identity", "identity"),
                     ("party_identity", "two_bodies"),
                     ("party_identity", "alike_by"),
                     ("party_identity", "same_body"),
                     ("party_identity", "_short_name_inside"),
                     ("turns", "dash_turn"),
                     ("turns", "comment_author"),
                     ("turns", "handle_line")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, SHAPE93_FUNCTIONS)
