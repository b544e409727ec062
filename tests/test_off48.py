"""off48: officials' errors pooled over the dev rounds (``soccoop eval`` per document), NEREL
dev / train tune / train open and the FactRuEval devset, classed by shape; rules for the
classes that stand in the regional news.

- ``official_names._first_name_alone_before_a_patronymic``: a first name the tagger reads
  as a one-word place or body, right before a PER span opening with a patronymic, is the
  person's first name (officials' spans only; ``_name_gender_fits``).
- ``official_posts.pronouns_out_of_posts``: a possessive or relative pronoun ending a post
  is no word of it ("председатель нашей" → "председатель").
- ``official_posts.bodies_of_the_own_first_name_dropped``: a body that is one word of the
  official's own name goes.
- ``lexicon_officials.POSSESSIVE_WORDS`` (read by ``official_windows._possessive_in_a_post``):
  the first and second person's possessives stand inside a post's phrase.
- ``official_windows._quoted_name_closing_at``: the walk back from a name to its post passes
  over a body's «quoted» name, whatever its words.

Every sentence here is invented. The tables say which rows fail on b48dev; the negatives
guard what each rule must not take: a man's name before a woman's patronymic, a place the
dictionary knows, a comma between the spans, a pronoun that is the post's only word, a
body that merely shares a word with the name, a quoted title that is no body of a post,
a possessive before a noun that is no post.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.official_names import (
    _first_name_alone_before_a_patronymic,
    _name_gender_fits,
)
from soccoop.extract.official_posts import (
    Posts,
    bodies_of_the_own_first_name_dropped,
    pronouns_out_of_posts,
)
from soccoop.extract.official_windows import _quoted_name_closing_at
from soccoop.models import Evidence, Official

# (case, text, name, (position, organisation) or None: not an official)
ROWS: list[tuple[str, str, str, tuple[str | None, str | None] | None]] = [
    # fails on b48dev: "Петрович Гоголев", the body "фонд Айаал"
    ("unknown-first-name-back", "Грамоту вручил руководитель фонда Айаал Петрович Гоголев.",
     "Айаал Петрович Гоголев", ("руководитель", "фонд")),
    # already right on b48dev: the tagger keeps the name whole
    ("whole-name-kept", "На совещании выступила начальник отдела кадров Туйаара Семёновна "
     "Охлопкова.", "Туйаара Семёновна Охлопкова", ("начальник", "отдел кадров")),
    # fails on b48dev: "директор нашего"
    ("possessive-out-of-post", "Подписи поставили директор нашего центра Ольга Веселова и "
     "глава района Пётр Сомов.", "Ольга Веселова", ("директор", "центр")),
    # fails on b48dev: no official at all (the walk stopped at "нашего")
    ("possessive-before-initials", "Председатель нашего общества Р.Т. Гилязова рассказала о "
     "планах на год.", "Р. Т. Гилязова", ("председатель", "общество")),
    # fails on b48dev: no official (the walk stopped at the adverb inside the quotes)
    ("quoted-name-in-post", "Работу секции открыла директор фонда «Вместе» Т. Кудряшова.",
     "Т. Кудряшова", ("директор", "фонд «Вместе»")),
    # fails on b48dev: "руководитель которого"
    ("relative-out-of-post", "В районе открыт новый клуб, руководитель которого Инна Белова "
     "пригласила жителей.", "Инна Белова", ("руководитель", None)),
    # negative: a newspaper's quoted title before a name in the genitive is no post
    ("quoted-title-no-post", "Об этом сообщила газета «Вперёд» Ивана Петрова.",
     "Ивана Петрова", None),
    # negative: a colleague is no post, with "нашего" or without
    ("possessive-no-post", "Поздравление от нашего коллеги А.Б. Смирнова зачитали на вечере.",
     "А. Б. Смирнов", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), probes.named_rows(ROWS))
def test_off48_rows(models: Any, text: str, name: str,
                    expected: tuple[str | None, str | None] | None) -> None:
    probes.check_official(models, text, name, expected, read=probes.extracted_officials)


def _spans(text: str, *parts: tuple[str, str]) -> list[tuple[int, int, str]]:
    out = []
    for part, kind in parts:
        start = text.index(part)
        out.append((start, start + len(part), kind))
    return out


# (case, text, spans as (words, type), the spans expected as (words, type))
SPAN_ROWS: list[tuple[str, str, list[tuple[str, str]], list[tuple[str, str]]]] = [
    # fails on b48dev (no such pass): the lone LOC span joins the name
    ("unknown-name-joins", "руководитель фонда Айаал Петрович Гоголев",
     [("Айаал", "LOC"), ("Петрович Гоголев", "PER")],
     [("Айаал Петрович Гоголев", "PER")]),
    ("dictionary-name-joins", "судья Саргылана Ивановна Попова",
     [("Саргылана", "ORG"), ("Ивановна Попова", "PER")],
     [("Саргылана Ивановна Попова", "PER")]),
    # negatives
    ("man-before-her-patronymic", "директор Игорь Петровна Смирнова",
     [("Игорь", "LOC"), ("Петровна Смирнова", "PER")],
     [("Игорь", "LOC"), ("Петровна Смирнова", "PER")]),
    ("known-place-stays", "в Якутске Петровна Смирнова",
     [("Якутске", "LOC"), ("Петровна Смирнова", "PER")],
     [("Якутске", "LOC"), ("Петровна Смирнова", "PER")]),
    ("comma-between", "фонд Айаал, Петрович Гоголев",
     [("Айаал", "LOC"), ("Петрович Гоголев", "PER")],
     [("Айаал", "LOC"), ("Петрович Гоголев", "PER")]),
    ("no-patronymic", "фонд Айаал Пётр Гоголев",
     [("Айаал", "LOC"), ("Пётр Гоголев", "PER")],
     [("Айаал", "LOC"), ("Пётр Гоголев", "PER")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "given", "expected"), probes.named_rows(SPAN_ROWS))
def test_first_name_alone_before_a_patronymic(models: Any, text: str,
                                              given: list[tuple[str, str]],
                                              expected: list[tuple[str, str]]) -> None:
    got = _first_name_alone_before_a_patronymic(_spans(text, *given), text, models)
    assert got == _spans(text, *expected)


@pytest.mark.slow
def test_name_gender_fits(models: Any) -> None:
    assert _name_gender_fits("Хава", "femn", models)
    assert _name_gender_fits("Айаал", "masc", models)  # unknown to the dictionary
    assert not _name_gender_fits("Игорь", "femn", models)


def _official(name: str, position: str | None, organization: str | None) -> Official:
    return Official(name, position, organization, None, Evidence(name, 0, len(name)))


# (case, position, position expected)
POST_ROWS: list[tuple[str, str | None, str | None]] = [
    ("possessive", "председатель нашей", "председатель"),  # fails on b48dev (no such pass)
    ("relative", "директор которого", "директор"),
    ("two-words-kept", "председатель правления нашего", "председатель правления"),
    ("third-person", "руководитель его", "руководитель"),
    # the lead's mend: a preposition and a comma left by the pronoun go with it
    ("preposition-left", "лидер группы, в которую", "лидер группы"),
    ("conjunction-left", "глава совета и его", "глава совета"),
    ("comma-inside-kept", "директор центра, профессор", "директор центра, профессор"),
    # negatives
    ("no-pronoun", "заместитель министра", "заместитель министра"),
    ("head-alone-stays", "наш", "наш"),
    ("no-post", None, None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("position", "expected"), probes.named_rows(POST_ROWS))
def test_pronouns_out_of_posts(models: Any, position: str | None,
                               expected: str | None) -> None:
    state = Posts([_official("Ольга Веселова", position, "центр")], models)
    pronouns_out_of_posts(state)
    assert state.officials[0].position == expected


# (case, name, organisation, organisation expected)
BODY_ROWS: list[tuple[str, str, str | None, str | None]] = [
    # fails on b48dev (no such pass)
    ("own-first-name", "Айаал Петрович Гоголев", "Айаал", None),
    # negatives
    ("other-body", "Айаал Петрович Гоголев", "Ромашка", "Ромашка"),
    ("longer-body", "Вера Ивановна Надеждина", "Вера и Надежда", "Вера и Надежда"),
    ("no-body", "Айаал Петрович Гоголев", None, None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "organization", "expected"), probes.named_rows(BODY_ROWS))
def test_bodies_of_the_own_first_name_dropped(models: Any, name: str,
                                              organization: str | None,
                                              expected: str | None) -> None:
    state = Posts([_official(name, "директор", organization)], models)
    bodies_of_the_own_first_name_dropped(state)
    assert state.officials[0].organization == expected


class _Tok:
    def __init__(self, text: str) -> None:
        self.text = text


# (case, tokens, index of the closing mark, index of the opening one or None)
QUOTE_ROWS: list[tuple[str, list[str], int, int | None]] = [
    ("plain", ["фонда", "«", "Вместе", "»"], 3, 1),
    ("nested", ["АНО", "«", "Центр", "«", "Вместе", "»", "»"], 6, 1),
    ("unbalanced", ["АНО", "«", "Центр", "«", "Вместе", "»"], 5, 3),
    # negatives
    ("lower-case-quote", ["так", "называемый", "«", "общий", "»"], 4, None),
    ("not-a-closing-mark", ["фонда", "«", "Вместе", "»"], 2, None),
    ("no-opening", ["Вместе", "»"], 1, None),
]


@pytest.mark.parametrize(("words", "k", "expected"), probes.named_rows(QUOTE_ROWS))
def test_quoted_name_closing_at(words: list[str], k: int, expected: int | None) -> None:
    tokens: Any = [_Tok(w) for w in words]
    assert _quoted_name_closing_at(tokens, k) == expected


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, official_names=("_first_name_alone_before_a_patronymic",
                                                          "_name_gender_fits"),
                                          official_posts=("pronouns_out_of_posts", "_pronoun_only",
                                                          "bodies_of_the_own_first_name_dropped"),
                                          official_windows=("_quoted_name_closing_at",))
