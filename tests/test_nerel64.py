"""nerel64: a name's gender and case read from its patronymic.

* ``person_names.patronymic_reading`` / ``patronymic_readings``: a patronymic says the
  name's gender (and its case when only one), from the dictionary or, for one it lacks,
  from the regular ending (``lexicon_endings.PATRONYMIC_ENDINGS``); a woman's "-овна"
  wins over a first name the dictionary reads as a man's oblique form, and an unknown
  surname after a nominative patronymic keeps its written form;
* ``official_grammar._patronymic_case``: a name of three words is in its patronymic's
  case, so an unknown first name tagged genitive after a chain of genitives no longer
  keeps the name from agreeing with its post.

Every sentence and person here is invented for these tests; each table has rows where the
rule must not fire (or must leave the reading as it was).
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract import person_names
from soccoop.extract.nlp import Models

# (id, words, post case, expected first, patronymic, surname, gender)
NAMES: list[tuple[str, list[str], str | None, str, str, str, str]] = [
    # a woman's patronymic over a first name read as a man's ("Жаргала" = genitive of
    # Жаргал); fails on b64dev (masc, "Сандаков")
    ("femn-0", ["Жаргала", "Содномовна", "Сандакова"], "Nom",
     "Жаргала", "Содномовна", "Сандакова", "femn"),
    # a woman's patronymic beside a first name read only as a man's nominative; fails on
    # b64dev (masc)
    ("femn-1", ["Аминат", "Муратовна", "Хубиева"], None,
     "Аминат", "Муратовна", "Хубиева", "femn"),
    # an unknown surname after a nominative patronymic keeps its "-у"; fails on b64dev
    # ("Шхагог": the dictionary's guess of a dative)
    ("nom-0", ["Аслан", "Заурович", "Шхагогу"], "Nom",
     "Аслан", "Заурович", "Шхагогу", "masc"),
    # guards: ordinary oblique names still come to the nominative
    ("gen-0", ["Ивана", "Петровича", "Сидорова"], None,
     "Иван", "Петрович", "Сидоров", "masc"),
    ("acc-0", ["Анну", "Петровну", "Белову"], None, "Анна", "Петровна", "Белова", "femn"),
    ("gen-1", ["Дарьи", "Олеговны", "Волковой"], None, "Дарья", "Олеговна", "Волкова", "femn"),
]


@pytest.mark.parametrize(("words", "post_case", "first", "patr", "surname", "gender"),
                         [pytest.param(*r[1:], id=r[0]) for r in NAMES])
def test_name_by_its_patronymic(models: Models, words: list[str], post_case: str | None,
                                first: str, patr: str, surname: str, gender: str) -> None:
    name = person_names.nominative_person(words, {}, None, models, post_case=post_case)
    assert (name.first, name.others, name.surname, name.gender) == \
        (first, [patr], surname, gender)


READINGS: list[tuple[str, set[tuple[str, str]]]] = [
    ("Содномовна", {("femn", "nomn")}),    # unknown to the dictionary: by the ending
    ("Аюровичем", {("masc", "ablt")}),
    ("Баировича", {("masc", "gent"), ("masc", "accs")}),
    ("Петровне", {("femn", "datv"), ("femn", "loct")}),
    # guards: no patronymic
    ("Москва", set()),
    ("Вна", set()),
]


@pytest.mark.parametrize(("word", "expected"), READINGS, ids=[w for w, _ in READINGS])
def test_patronymic_readings(models: Models, word: str, expected: set[tuple[str, str]]
                             ) -> None:
    assert person_names.patronymic_readings(word, models) == expected


def test_patronymic_reading_needs_one_middle_word(models: Models) -> None:
    assert person_names.patronymic_reading([], models) is None
    assert person_names.patronymic_reading(["Содномовна", "Сандакова"], models) is None
    assert person_names.patronymic_reading(["Содномовна"], models) == ("femn", "Nom")


POSTS: list[tuple[str, str, str, str | None]] = [
    # an unknown first name after a chain of genitives: the patronymic's nominative; fails
    # on b64dev (no official)
    ("chain-0", "Договор подписал министр науки и занятости Бурятии Санжа Аюрович "
     "Тудупов.", "Санжа Аюрович Тудупов", "министр науки и занятости"),
    # a woman's name with a patronymic the dictionary lacks; fails on b64dev ("Жаргала
    # Содномовн Сандаков")
    ("chain-1", "Договор подписала министр спорта и туризма Республики Алтай Жаргала "
     "Содномовна Сандакова.", "Жаргала Содномовна Сандакова", "министр спорта и туризма"),
    # a woman's name beside a first name read as a man's; fails on b64dev ("Аминат
    # Муратовн Хубиев")
    ("femn-0", "На встрече выступила директор областного музея Аминат Муратовна Хубиева.",
     "Аминат Муратовна Хубиева", "директор"),
    # guards: a known name in the genitive still agrees with its genitive post
    ("gen-0", "Доклад заместителя министра Ивана Петровича Сидорова занял час.",
     "Иван Петрович Сидоров", "заместитель министра"),
    # a genitive name after a body is no holder of the post before the body
    ("gen-1", "Директор музея имени Ивана Петровича Сидорова Анна Белова открыла выставку.",
     "Иван Петрович Сидоров", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "position"),
                         [pytest.param(*r[1:], id=r[0]) for r in POSTS])
def test_posts_of_names_by_patronymic(models: Models, text: str, name: str,
                                      position: str | None) -> None:
    found = probes.extracted_officials(models, text)
    if position is None:
        assert name not in found, found
    else:
        assert name in found, found
        assert (found[name][0] or "").startswith(position), found


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, person_names=("patronymic_reading", "patronymic_readings",
                                                        "patronymic_cases", "_unknown_word"),
                                          official_grammar=("_patronymic_case",))
