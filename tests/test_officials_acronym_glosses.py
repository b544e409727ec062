"""Officials as written out: a body named by its acronym alone gets the full name the text
spells it with; a helper of a post sits in the body of that post's holder named before.

Each probe is worded for this file (no corpus sentence); the table gives the text, the
person and the organisation expected after ``gloss_acronyms`` (the acronym as written where
the text never spells it)."""

from __future__ import annotations

import pytest

from soccoop.extract.nlp import Models
from soccoop.extract.officials import bodies_of_the_helped, find_officials, gloss_acronyms
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
    # an acronym inside a name: the text's full name with the same words around it
    ("Соглашение заключено с Отделением Фонда пенсионного и социального страхования "
     "Российской Федерации по Тверской области. Подпись поставил управляющий Отделением "
     "СФР по Тверской области Иван Пухов.", "Иван Пухов",
     "Отделение Фонда пенсионного и социального страхования Российской Федерации по "
     "Тверской области"),
    # ... not another body's name whose words do not spell the acronym
    ("Соглашение заключено с Отделением Банка России по Тверской области. Подпись "
     "поставил управляющий Отделением СФР по Тверской области Иван Пухов.", "Иван Пухов",
     "Отделение СФР по Тверской области"),
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


HELPERS = [
    # the minister named before with his ministry: his deputy sits there, not in the
    # federal ministry named between them
    ("Министр здравоохранения Тверской области Анна Белова уехала на совещание в "
     "Минздрав России. Вместо неё документ подписал первый заместитель министра Олег "
     "Рябов.", "Олег Рябов", "Министерство здравоохранения Тверской области"),
    ("Губернатор Курской области Роман Старовойт открыл форум. Позже с гостями встретился "
     "помощник губернатора Иван Ершов.", "Иван Ершов", "Курская область"),
    # a helper whose post names its own field keeps his own body
    ("Министр здравоохранения Тверской области Анна Белова выступила. Затем слово взял "
     "заместитель министра финансов России Олег Рябов.", "Олег Рябов",
     "Министерство финансов России"),
    # no holder of the helped post named before: unchanged
    ("Совещание прошло в Минздраве России. Первый заместитель министра Олег Рябов "
     "рассказал о планах.", "Олег Рябов", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "organization"), HELPERS)
def test_a_helper_sits_in_the_body_of_the_post_named_before(
        models: Models, text: str, name: str, organization: str | None) -> None:
    analysis = models.analyse(text)
    parse_documents([analysis], models)
    officials = find_officials(analysis, models)
    before = {o.name: o.organization for o in officials}
    bodies_of_the_helped(officials, models)
    found = {o.name: o.organization for o in officials}
    assert name in found, found
    assert found[name] == (organization or before[name]), (before, found)
