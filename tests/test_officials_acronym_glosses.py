"""Officials: a body named by its acronym alone gets the full name the text spells it with.

Each probe is worded for this file (no corpus sentence); the table gives the text, the
person and the organisation expected after ``gloss_acronyms`` (the acronym as written where
the text never spells it)."""

from __future__ import annotations

import pytest

from soccoop.extract.nlp import Models
from soccoop.extract.officials import find_officials, gloss_acronyms
from soccoop.extract.syntax import parse_documents

GLOSSES = [
    # the full name elsewhere in the text, in another case, goes to the nominative
    ("Соглашение подписано в Орловском государственном университете. Документ подписали "
     "губернатор Иван Лебедев и ректор ОГУ Павел Зуев.", "Павел Зуев",
     "Орловский государственный университет (ОГУ)"),
    # an acronym with lower-case letters: each capital starts a word, the letters after it
    # start that word too
    ("Томский государственный университет примет студентов из сёл. Ректор ТомГУ Пётр "
     "Савин рассказал об этом журналистам.", "Пётр Савин",
     "Томский государственный университет (ТомГУ)"),
    # a hyphenated word gives two letters; the ORG span's tail "имени ..." stays as written
    ("Северо-Западный федеральный университет имени А. С. Попова открыл кафедру. "
     "Ректор СЗФУ Анна Котова выступила на открытии.", "Анна Котова",
     "Северо-Западный федеральный университет имени А. С. Попова (СЗФУ)"),
    # an acronym the text never spells stays as it is
    ("Ректор ОГУ Павел Зуев выступил на форуме в Орле.", "Павел Зуев", "ОГУ"),
    # words that spell it but hold a person's name are no body's name
    ("Об этом рассказала Ольга Громова. Ректор ОГ Павел Зуев выступил на форуме.",
     "Павел Зуев", "ОГ"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "organization"), GLOSSES)
def test_an_acronym_gets_the_full_name_the_text_gives(models: Models, text: str, name: str,
                                                      organization: str) -> None:
    analysis = models.analyse(text)
    parse_documents([analysis], models)
    officials = find_officials(analysis, models)
    gloss_acronyms(officials, analysis, models)
    found = {o.name: o.organization for o in officials}
    assert found.get(name) == organization, found
