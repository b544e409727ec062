"""Officials whose post the clause gives in shapes of news prose the window and the
apposition rules do not see: a verb of staying or working in a post, an adverbial
participle ("являясь", "будучи", "работая") that shares the main verb's subject, and a
name in the nominative that the parser hangs on an oblique noun before it ("Указом
президента Иван Петров ..."); a bracketed post after each name of a list; and the post
heads generated from the annotations
(``lexicon_officials.ANNOTATED_HEADS``, ``benchmarks/post_heads.py``). Each probe is
worded for this file (invented people and sentences, several cases and word orders);
``None`` means "no post for this name".
"""

from __future__ import annotations

import pytest
from probes import check_post, parsed_officials

from soccoop.extract.lexicon_officials import ANNOTATED_HEADS, POSITION_HEADS
from soccoop.extract.nlp import Models

pytestmark = pytest.mark.slow


STAYING_AND_WORKING = [
    # staying in a post holds it, in either word order
    ("Олег Гусев остаётся губернатором Тверской области.", "Олег Гусев", "губернатор"),
    ("Главой района остаётся Пётр Лыков.", "Пётр Лыков", "глава района"),
    ("Вера Зотова осталась председателем комитета.", "Вера Зотова", "председатель"),
    # working in a post for a time holds it
    ("Игорь Седов проработал министром культуры шесть лет.", "Игорь Седов",
     "министр культуры"),
    ("Нина Рябова трудится директором библиотеки.", "Нина Рябова", "директор"),
    # ... but staying or working without a post noun gives none
    ("Олег Гусев остался дома.", "Олег Гусев", None),
    ("Игорь Седов проработал в школе двадцать лет.", "Игорь Седов", None),
    ("Вера Зотова осталась довольна результатом.", "Вера Зотова", None),
]

CONVERBS = [
    # an adverbial participle is the main verb subject's: its post is the subject's
    ("Игорь Седов, являясь министром культуры, подписал приказ.", "Игорь Седов",
     "министр культуры"),
    ("Нина Рябова, работая директором библиотеки, открыла музей.", "Нина Рябова",
     "директор"),
    ("Работая директором библиотеки, Нина Рябова открыла музей.", "Нина Рябова",
     "директор"),
    ("Олег Гусев, став губернатором, сменил правительство.", "Олег Гусев", "губернатор"),
    ("Пётр Лыков, будучи министром финансов, ввёл новый налог.", "Пётр Лыков",
     "министр финансов"),
    # ... a participle that names someone else's post does not
    ("Пётр Лыков, встретившись с министром финансов, уехал домой.", "Пётр Лыков", None),
    ("Олег Гусев, поговорив с губернатором, уехал.", "Олег Гусев", None),
    ("Пётр Лыков, будучи студентом, ввёл новый обычай.", "Пётр Лыков", None),
]

MISATTACHED_SUBJECTS = [
    # the genitive post before the name is the decree's author, not the name's post
    ("Указом президента Пётр Лыков освобождён от должности министра финансов.",
     "Пётр Лыков", "министр финансов"),
    ("Решением губернатора Вера Зотова назначена министром культуры.", "Вера Зотова",
     "министр культуры"),
    ("По поручению губернатора Олег Гусев провёл проверку.", "Олег Гусев", None),
    # ... while a name in the post's own case is its holder
    ("Встреча министра финансов Петра Лыкова с журналистами прошла в Твери.",
     "Пётр Лыков", "министр финансов"),
    ("С министром культуры Верой Зотовой встретились журналисты.", "Вера Зотова",
     "министр культуры"),
]


@pytest.mark.parametrize(("text", "name", "position"),
                         STAYING_AND_WORKING + CONVERBS + MISATTACHED_SUBJECTS)
def test_the_clause_gives_the_post(models: Models, text: str, name: str,
                                   position: str | None) -> None:
    check_post(models, text, name, position)


def test_the_converbs_post_keeps_its_body(models: Models) -> None:
    found = parsed_officials(models, "Нина Рябова, работая директором библиотеки, "
                                     "открыла музей.")
    assert found["Нина Рябова"] == ("директор", "библиотека"), found


ANNOTATED = [
    # a head the annotations give people is a post before and after the name
    ("Астронавт Европейского космического агентства Томас Грин вернулся на Землю.",
     "Томас Грин", "астронавт"),
    ("На борт поднялся Томас Грин, астронавт Европейского космического агентства.",
     "Томас Грин", "астронавт"),
    ("Снимки сделала фотограф агентства «Север» Ольга Лыкова.", "Ольга Лыкова", "фотограф"),
    # ... but the thing it makes is no post
    ("На выставке показали фотографии Ольги Лыковой.", "Ольга Лыкова", None),
]


def test_annotated_heads_are_post_heads() -> None:
    assert ANNOTATED_HEADS and ANNOTATED_HEADS <= POSITION_HEADS


@pytest.mark.parametrize(("text", "name", "position"), ANNOTATED)
def test_an_annotated_head_is_a_post(models: Models, text: str, name: str,
                                     position: str | None) -> None:
    check_post(models, text, name, position)


BRACKETED_IN_A_LIST = [
    # a bracket that opens with a post is the name's apposition, a comma after it or not
    ("В совещании участвовали Пётр Лыков (министр финансов), Вера Зотова (министр "
     "культуры) и Олег Гусев (глава района).", "Пётр Лыков", "министр финансов"),
    ("В совещании участвовали Пётр Лыков (министр финансов), Вера Зотова (министр "
     "культуры) и Олег Гусев (глава района).", "Вера Зотова", "министр культуры"),
    ("На встрече были Пётр Лыков (первый заместитель министра), Вера Зотова.",
     "Пётр Лыков", "первый заместитель министра"),
    ("На встрече были Пётр Лыков (и. о. министра финансов), Вера Зотова.",
     "Пётр Лыков", "и. о. министра финансов"),
    # ... while an aside in brackets is still skipped, and names no post
    ("На встрече были Пётр Лыков (58 лет), Вера Зотова.", "Пётр Лыков", None),
]


@pytest.mark.parametrize(("text", "name", "position"), BRACKETED_IN_A_LIST)
def test_a_bracketed_post_in_a_list(models: Models, text: str, name: str,
                                    position: str | None) -> None:
    check_post(models, text, name, position)
