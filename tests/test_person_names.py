"""The one person-name normaliser (``extract.person_names``): names in the nominative with
the gender read from the whole name, through the library and the CLI.

The cases are written for these tests (people and sentences invented), one per kind of
name the issue lists: women's surnames in -ова/-ская and adjectival ones, initials, double
surnames, surnames that are common words, indeclinable and Caucasian or Turkic names.
"""

from __future__ import annotations

import pytest

from soccoop.extract.nlp import Models

# written words, the tagger's case of each, the post's case → first, patronymic, surname
NOMINATIVE = [
    (["Галиной", "Сомовой"], "Ins", None, ("Галина", "", "Сомова")),
    (["Ксении", "Мухиной"], "Gen", None, ("Ксения", "", "Мухина")),
    (["Олегу", "Сомову"], "Dat", None, ("Олег", "", "Сомов")),
    # a woman's surname that is an adjective or a noun in -а
    (["Верой", "Серой"], "Ins", None, ("Вера", "", "Серая")),
    (["Людмиле", "Весне"], "Dat", None, ("Людмила", "", "Весна")),
    # a man's that is a noun's oblique form may as well be a foreign name: as written
    (["Марко", "Драги"], "Gen", None, ("Марко", "", "Драги")),
    # adjectival surname of a woman in -ская
    (["Дарьи", "Заречинской"], "Gen", None, ("Дарья", "", "Заречинская")),
    # double surname, part by part
    (["Ольгой", "Сомовой-Мухиной"], "Ins", None, ("Ольга", "", "Сомова-Мухина")),
    # indeclinable: -ых, -ко, -ово; a consonant-final surname of a woman
    (["Тамары", "Крутых"], "Gen", None, ("Тамара", "", "Крутых")),
    (["Виктору", "Гончаренко"], "Dat", None, ("Виктор", "", "Гончаренко")),
    (["Инной", "Шевчук"], "Ins", None, ("Инна", "", "Шевчук")),
    (["Игорю", "Шевчуку"], "Dat", None, ("Игорь", "", "Шевчук")),
    # Armenian, Georgian and Kazakh names
    (["Ашотом", "Маргаряном"], "Ins", None, ("Ашот", "", "Маргарян")),
    (["Нино", "Кикнадзе"], "Nom", None, ("Нино", "", "Кикнадзе")),
    (["Бауыржан", "Сапарулы"], "Nom", None, ("Бауыржан", "", "Сапарулы")),
    # patronymics; surname first as in an official address
    (["Светланы", "Петровны", "Мухиной"], "Gen", None, ("Светлана", "Петровна", "Мухина")),
    (["Сомовой", "Анне", "Игоревне"], "Dat", None, ("Анна", "Игоревна", "Сомова")),
    # a first name the dictionary lacks: the patronymic and surname give the gender
    (["Сайаана", "Петровна", "Мухина"], "Gen", None, ("Сайаана", "Петровна", "Мухина")),
    # "Валентина Мухина" alone may be Валентин Мухин's genitive; beside a post in the
    # nominative it is a woman
    (["Валентина", "Мухина"], "Gen", "Nom", ("Валентина", "", "Мухина")),
    # initials only: the surname's readings give the gender, whatever the tagger says
    (["Заречинской"], "Nom", None, (None, "", "Заречинская")),
    (["Мухиной"], "Dat", None, (None, "", "Мухина")),
    (["Сомовой-Мухиной"], "Gen", None, (None, "", "Сомова-Мухина")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("words", "case", "post", "expected"), NOMINATIVE)
def test_a_name_in_the_nominative(models: Models, words: list[str], case: str,
                                  post: str | None, expected: tuple) -> None:
    from soccoop.extract.person_names import nominative_person

    name = nominative_person(words, {w: case for w in words}, None, models, post)
    assert (name.first, " ".join(name.others), name.surname) == expected


GENDER = [
    # readings every word shares decide; a post in the nominative narrows
    ([("Галиной", "Name"), ("Сомовой", "Surn")], [None], "femn", "Ins"),
    ([("Олегом", "Name"), ("Сомовым", "Surn")], [None], "masc", "Ins"),
    ([("Валентина", "Name"), ("Мухина", "Surn")], [None], None, None),
    ([("Валентина", "Name"), ("Мухина", "Surn")], ["Nom"], "femn", "Nom"),
    ([("Мухиной", "Surn")], [None], "femn", None),
    # an unknown first name agrees with any gender: the surname decides it alone, and
    # the case stays open (the unknown word may be in another one)
    ([("Бауыржан", "Name"), ("Сомовым", "Surn")], [None], "masc", None),
    ([("Сомовым", "Surn")], [None], "masc", "Ins"),
    # "Сомову" is his dative or her accusative: the gender stays open
    ([("Бауыржан", "Name"), ("Сомову", "Surn")], [None], None, None),
    # words that share no reading: nothing is sure
    ([("Олег", "Name"), ("Мухиной", "Surn")], [None], None, None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("words", "agreeing", "gender", "case"), GENDER)
def test_gender_and_case_of_the_whole_name(models: Models, words: list[tuple[str, str]],
                                           agreeing: list[str | None], gender: str | None,
                                           case: str | None) -> None:
    from soccoop.extract.person_names import name_reading

    assert name_reading(words, agreeing, models) == (gender, case)


@pytest.mark.slow
def test_a_surname_written_in_an_oblique_case_is_not_taken_for_the_nominative(
        models: Models) -> None:
    from soccoop.extract.person_names import nominative_person

    assert not nominative_person(["Мухиной"], {"Мухиной": "Nom"}, "Masc", models).nominative
    assert nominative_person(["Мухина"], {"Мухина": "Nom"}, "Fem", models).nominative


# sentences → the officials' names the extraction gives (one per sentence)
IN_SENTENCES = [
    ("Соглашение подписано министром труда Тверской области Г. Сомовой.", "Г. Сомова"),
    ("Слово предоставили министру социальной защиты Мухиной К.А.", "К. А. Мухина"),
    ("Встреча прошла под руководством министра труда Д.Заречинской.", "Д. Заречинская"),
    ("С министром культуры Ольгой Сомовой-Мухиной обсудили проект.", "Ольга Сомова-Мухина"),
    ("По словам заместителя губернатора Веры Серой, программа продлена.", "Вера Серая"),
    ("На встрече с министром Тамарой Крутых обсудили проект.", "Тамара Крутых"),
    # a nominative name after a genitive chain, the post in the nominative before it
    ("Отчёт представила директор центра помощи семье и детям Валентина Мухина.",
     "Валентина Мухина"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name"), IN_SENTENCES)
def test_officials_names_in_the_nominative(models: Models, text: str, name: str) -> None:
    from soccoop.extract.pipeline import extract

    record = extract(text, "news.txt", models)
    assert [o.name for o in record.officials] == [name]


NEWS = (
    "Соглашение о сотрудничестве в сфере социальной защиты подписали министр труда "
    "Тверской области Валентина Мухина и министр социального развития Курской области "
    "Олег Сомов.\n\n"
    "Ранее с министром социальной политики Калужской области Верой Серой обсудили "
    "обмен опытом, сообщила заместитель министра Д. Заречинской.\n"
)


@pytest.mark.slow
def test_cli_lists_officials_and_signatories_in_the_nominative(listed_rows) -> None:
    records = listed_rows({"news.txt": NEWS}, "--format", "jsonl", "--limit", "0")
    assert len(records) == 1
    officials = sorted(o["name"] for o in records[0]["officials"])
    assert officials == ["Валентина Мухина", "Вера Серая", "Олег Сомов"]
    signers = [s for a in records[0]["agreements"] for s in a["signatories"]]
    assert signers == ["Валентина Мухина", "Олег Сомов"]
