"""Officials' names in the nominative: a name is put in the nominative from its
case and gender read over the whole name, in every case and for both genders.

The causes come from the officials sections of the round analyses (README, "Officials and
names across rounds (offB)"): a woman's name read as a man's (a rare first name, or one the
dictionary also knows as a man's oblique form), a surname left in an oblique case (a
surname that is a common noun, an instrumental or a genitive), an unknown first name in the
dative or locative, a double surname with a part that does not decline for a woman, a name
the tagger swallows into the body before it or splits after the patronymic.

Every person and sentence here is invented for these tests; each name is run through the
same six sentence frames, one per case, and must come out in the nominative.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

# one frame per case: the post and the name agree in it
FRAMES = {
    "Nom": "Соглашение подписала министр культуры Орловской области {}.",
    "Gen": "По словам министра культуры Орловской области {}, музей откроют весной.",
    "Dat": "Слово предоставили министру культуры Орловской области {}.",
    "Acc": "Коллектив поздравил министра культуры Орловской области {} с юбилеем.",
    "Ins": "Встреча прошла с министром культуры Орловской области {}.",
    "Loc": "Газета рассказала о министре культуры Орловской области {}.",
}

# the nominative, then the name in Nom, Gen, Dat, Acc, Ins, Loc
NAMES: list[tuple[str, tuple[str, str, str, str, str, str]]] = [
    # a woman's first name the dictionary also reads as a man's genitive ("Руслан")
    ("Руслана Газзаева", ("Руслана Газзаева", "Русланы Газзаевой", "Руслане Газзаевой",
                          "Руслану Газзаеву", "Русланой Газзаевой", "Руслане Газзаевой")),
    # a man's surname that is a common noun ("буран")
    ("Антон Буран", ("Антон Буран", "Антона Бурана", "Антону Бурану", "Антона Бурана",
                     "Антоном Бураном", "Антоне Буране")),
    # a double surname whose second part does not decline for a woman
    ("Марина Орлова-Ким", ("Марина Орлова-Ким", "Марины Орловой-Ким", "Марине Орловой-Ким",
                           "Марину Орлову-Ким", "Мариной Орловой-Ким", "Марине Орловой-Ким")),
    # a woman's first name in "-ь" (the same in the accusative)
    ("Гузель Мифтахова", ("Гузель Мифтахова", "Гузель Мифтаховой", "Гузель Мифтаховой",
                          "Гузель Мифтахову", "Гузель Мифтаховой", "Гузель Мифтаховой")),
    # a man's regular surname
    ("Роман Ильин", ("Роман Ильин", "Романа Ильина", "Роману Ильину", "Романа Ильина",
                     "Романом Ильиным", "Романе Ильине")),
    # first name, patronymic and surname (the tagger ends the name at the patronymic)
    ("Светлана Игоревна Котова", (
        "Светлана Игоревна Котова", "Светланы Игоревны Котовой", "Светлане Игоревне Котовой",
        "Светлану Игоревну Котову", "Светланой Игоревной Котовой",
        "Светлане Игоревне Котовой")),
    # an indeclinable first part of a double surname
    ("Евгения Сидорова-Белых", (
        "Евгения Сидорова-Белых", "Евгении Сидоровой-Белых", "Евгении Сидоровой-Белых",
        "Евгению Сидорову-Белых", "Евгенией Сидоровой-Белых", "Евгении Сидоровой-Белых")),
    # a woman's regular surname the dictionary lacks, a common first name
    ("Ольга Тотрова", ("Ольга Тотрова", "Ольги Тотровой", "Ольге Тотровой", "Ольгу Тотрову",
                       "Ольгой Тотровой", "Ольге Тотровой")),
]

ROWS = [(case, form, nominative) for nominative, forms in NAMES
        for case, form in zip(FRAMES, forms, strict=True)]


@pytest.mark.slow
@pytest.mark.parametrize(("case", "written", "nominative"), ROWS,
                         ids=[f"{r[2]}-{r[0]}" for r in ROWS])
def test_a_name_in_each_case_comes_out_in_the_nominative(
        models: Models, case: str, written: str, nominative: str) -> None:
    officials = probes.officials_of(models, FRAMES[case].format(written))
    assert list(officials) == [nominative]


# words, the tagger's case of each, the post's case → (first name, surname, gender)
DIRECT = [
    # an unknown woman's first name in the dative: the woman's surname gives the case
    (["Сайыне", "Тотровой"], {}, None, ("Сайына", "Тотрова", "femn")),
    # in the accusative beside a post the tagger reads as genitive
    (["Айлану", "Бекоеву"], {"Айлану": "Acc", "Бекоеву": "Acc"}, "Gen",
     ("Айлана", "Бекоева", "femn")),
    # the same words beside a post in the dative: a man
    (["Руслану", "Бекоеву"], {"Руслану": "Dat", "Бекоеву": "Dat"}, "Dat",
     ("Руслан", "Бекоев", "masc")),
    # a man's surname that is a noun: declined with his first name
    (["Петром", "Курганом"], {"Петром": "Ins", "Курганом": "Ins"}, None,
     ("Пётр", "Курган", "masc")),
    # a woman's consonant-final surname stays as written
    (["Инной", "Курган"], {"Инной": "Ins", "Курган": "Ins"}, None,
     ("Инна", "Курган", "femn")),
    # a first-declension noun surname of a man ("Лука Берёза")
    (["Луки", "Берёзы"], {"Луки": "Gen", "Берёзы": "Gen"}, None, ("Лука", "Берёза", "masc")),
    # an undeclined foreign surname in "-у" stays; a genitive "-а" may be undeclined too
    (["Виктору", "Гуцу"], {"Виктору": "Dat", "Гуцу": "Dat"}, "Dat",
     ("Виктор", "Гуцу", "masc")),
    (["Мартина", "Куба"], {"Мартина": "Gen", "Куба": "Gen"}, None, ("Мартин", "Куба", "masc")),
    # a first name the dictionary lacks declines like the man's surname
    (["Зденеку", "Грабану"], {"Зденеку": "Dat", "Грабану": "Dat"}, "Dat",
     ("Зденек", "Грабан", None)),
    # a foreign man's name ending in "-и" stays as written
    (["Марко", "Драги"], {"Марко": "Gen", "Драги": "Gen"}, None, ("Марко", "Драги", None)),
]


@pytest.mark.slow
@pytest.mark.parametrize(("words", "tagged", "post", "expected"), DIRECT)
def test_the_whole_name_decides_gender_and_case(
        models: Models, words: list[str], tagged: dict[str, str], post: str | None,
        expected: tuple[str, str, str | None]) -> None:
    from soccoop.extract.person_names import nominative_person

    name = nominative_person(words, tagged, None, models, post)
    first, surname, gender = expected
    assert (name.first, name.surname) == (first, surname)
    if gender:
        assert name.gender == gender


# a name the tagger joins to the body before it, or cuts after the patronymic
IN_SENTENCES = [
    ("Документ подписали директор фонда Олег Рябов и председатель Союза Туяна Доржиева.",
     {"Олег Рябов": "директор", "Туяна Доржиева": "председатель"}),
    ("Договор заключён с управляющим Курским отделением ПАО Сбербанк Викторией Ким.",
     {"Виктория Ким": "управляющий"}),
    ("Встреча прошла под руководством директора центра Калины Н.В.",
     {"Н. В. Калина": "директор"}),
    # a consonant-final woman's first name, second of two signers
    ("Договор подписали директор центра Тимур Сафин и руководитель пермского филиала "
     "Гульназ Миниахметова.", {"Тимур Сафин": "директор", "Гульназ Миниахметова": "руководитель"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), IN_SENTENCES)
def test_names_cut_from_a_body_or_a_patronymic(models: Models, text: str,
                                               expected: dict[str, str]) -> None:
    officials = probes.officials_of(models, text)
    assert {name: post for name, (post, _) in officials.items()} == expected


NEWS = (
    "Соглашение о сотрудничестве в сфере социальной поддержки семей подписали министр "
    "труда Орловской области Руслана Газзаева и министр социальной защиты Курской области "
    "Антон Буран.\n\n"
    "Ранее с министром Бураном встречался руководитель фонда Пётр Ильин, а с министром "
    "культуры Орловской области Мариной Орловой-Ким — директор музея Ольга Тотрова.\n"
)


@pytest.mark.slow
def test_cli_lists_names_in_the_nominative(listed_rows) -> None:
    records = listed_rows({"news.txt": NEWS}, "--format", "jsonl", "--limit", "0")
    assert len(records) == 1
    officials = sorted(o["name"] for o in records[0]["officials"])
    assert officials == ["Антон Буран", "Марина Орлова-Ким", "Ольга Тотрова",
                         "Пётр Ильин", "Руслана Газзаева"]
    signers = sorted(s for a in records[0]["agreements"] for s in a["signatories"])
    assert signers == ["Антон Буран", "Руслана Газзаева"]
