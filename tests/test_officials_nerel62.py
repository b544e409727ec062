"""Officials, branch nerel62: titles of the staff lists, bodies read as persons, the legal
title of a colloquial office, posts inside a quoted name.

A serving occupation with a field that is a title of the staff lists of social services
("специалист по социальной работе") is a post with no body after it, after a name and in a
held-post clause too; a person span of adjectives and an abbreviation the dictionary does
not know ("Тихвинского КЦСОН") is a body; "детский омбудсмен" is stored as the title the
law gives the office; a post noun inside a «quoted» body's name is no post. Every sentence
here is invented for these tests.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Analysis, Models, NerSpan

STAFF_TITLES = [
    # a title of the staff lists needs no body after it
    ("Грамоту получила специалист по социальной работе Вера Лапина.", "Вера Лапина",
     "специалист по социальной работе"),
    ("Среди награждённых — специалист по социальной работе из Тихвина Вера Лапина.",
     "Вера Лапина", "специалист по социальной работе"),
    # after the name, as an apposition
    ("Первое место занял Олег Рябов, специалист по социальной работе центра «Надежда».",
     "Олег Рябов", "специалист по социальной работе"),
    ("Первое место занял Олег Рябов, главный специалист отдела опеки.", "Олег Рябов",
     "главный специалист"),
    # a held-post clause
    ("Олег Рябов работает специалистом по социальной работе районного центра.",
     "Олег Рябов", "специалист по социальной работе"),
    ("Олег Рябов работает главным специалистом отдела опеки.", "Олег Рябов",
     "главный специалист"),
    # another field names a trade: no post
    ("Грамоту получила специалист по налогам Вера Лапина.", "Вера Лапина", None),
    ("Олег Рябов работает специалистом по налогам.", "Олег Рябов", None),
    # an occupation alone is still no post
    ("Первое место занял Олег Рябов, юрист из Казани.", "Олег Рябов", None),
]


@pytest.mark.parametrize(("text", "name", "position"), STAFF_TITLES)
def test_a_staff_title_is_a_post(models: Models, text: str, name: str,
                                 position: str | None) -> None:
    probes.check_post(models, text, name, position)


SPANS = [
    # adjectives and an abbreviation the dictionary does not know: a body
    ("Тихвинского КЦСОН", "ORG"),
    ("Лужского районного КЦСОН", "ORG"),
    # a surname in capitals, a byline: a person
    ("Ольга ПЕТРОВА", "PER"),
    ("Мария ИВАНОВА", "PER"),
    # a word that reads as a surname before the abbreviation: left as it is
    ("Петрова ЦСОН", "PER"),
    # no abbreviation: a person
    ("Вера Лапина", "PER"),
]


@pytest.mark.parametrize(("words", "kind"), SPANS)
def test_a_body_read_as_a_person(models: Models, words: str, kind: str) -> None:
    from soccoop.extract.official_names import _bodies_tagged_as_persons

    text = f"Выступила заведующая отделением {words}."
    start = text.index(words)
    analysis = Analysis(text, [], [NerSpan("PER", start, start + len(words), words)])
    _bodies_tagged_as_persons(analysis, models)
    assert analysis.spans[0].type == kind


TITLES = [
    ("Соглашение подписали директор центра Ирина Белова и детский омбудсмен Светлана "
     "Рыжова.", "Светлана Рыжова", "уполномоченный по правам ребёнка"),
    ("Встреча детского омбудсмена Анны Серовой с родителями прошла в школе.", "Анна Серова",
     "уполномоченный по правам ребёнка"),
    ("Финансовый омбудсмен Анна Серова рассказала о жалобах.", "Анна Серова",
     "финансовый уполномоченный"),
    # "омбудсмен" alone stays as written
    ("Омбудсмен Анна Серова рассказала о жалобах.", "Анна Серова", "омбудсмен"),
]


@pytest.mark.parametrize(("text", "name", "position"), TITLES)
def test_the_legal_title_of_a_colloquial_office(models: Models, text: str, name: str,
                                                position: str) -> None:
    probes.check_post(models, text, name, position)


QUOTED = [
    # a post noun inside a quoted name is the body's, the post is before it
    ("Встреча прошла с руководителем филиала фонда «Защитники Отечества» Олегом Рябовым.",
     "Олег Рябов", ("руководитель", "филиал фонда «Защитники Отечества»")),
    ("Во встрече участвовали руководитель регионального филиала фонда «Защитники "
     "Отечества» по Тульской области Анна Серова и другие.", "Анна Серова",
     ("руководитель",
      "региональный филиал фонда «Защитники Отечества» по Тульской области")),
    # a quoted name with no post word stays the post's body
    ("Выступил генеральный директор АО «Северная верфь» Иван Петров.", "Иван Петров",
     ("генеральный директор", "АО «Северная верфь»")),
]


@pytest.mark.parametrize(("text", "name", "expected"), QUOTED)
def test_a_post_word_inside_a_quoted_name(models: Models, text: str, name: str,
                                          expected: tuple[str, str]) -> None:
    probes.check_official(models, text, name, expected, read=probes.parsed_officials)
