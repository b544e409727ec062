"""nerel74: people in posts the officials missed on unseen news, by five shapes.

* a listed name's aside or home (``official_windows.past_a_name_aside``,
  ``home_of_a_listed_name``) no longer ends the list under a plural post;
* the post of an appointment the name is congratulated on
  (``official_clauses._appointment_of_the_addressee``);
* an acting post by an indeclinable prefix in a passive appointment
  (``official_clauses._acting_post_of_an_appointee``);
* a post naming an office is the post of the genitive name right after it
  (``official_windows._holder_of_the_office``);
* a first name, a patronymic and a surname end a name
  (``official_names._names_end_after_the_surname``).

Every sentence here is invented for these tests; each table has rows where the rule must
not fire.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

# (id, text, name, expected position, or None when the name is no official there)
POSTS: list[tuple[str, str, str, str | None]] = [
    # name_aside: each listed name carries a bracketed place or a home after "из"
    ("bracketed-first", "Кандидатуры выдвинули вице-президенты союза Иван Петров (Тула) и "
     "Олег Смирнов (Орёл).", "Иван Петров", "вице-президент"),
    ("bracketed-second", "Кандидатуры выдвинули вице-президенты союза Иван Петров (Тула) и "
     "Олег Смирнов (Орёл).", "Олег Смирнов", "вице-президент"),
    ("home-first", "Кандидатуры выдвинули сенаторы Джон Смит из Огайо и Питер Браун из "
     "Техаса.", "Джон Смит", "сенатор"),
    ("home-second", "Кандидатуры выдвинули сенаторы Джон Смит из Огайо и Питер Браун из "
     "Техаса.", "Питер Браун", "сенатор"),
    # negatives: a plural post before one name with its aside is his people's, not his
    ("one-name-home", "Защитники Ивана Петрова из Тулы подали жалобу.", "Иван Петров", None),
    ("one-name-aside", "Защитники Анны Котовой (Тула) представили суду документы.",
     "Анна Котова", None),
    # appointment_of_the_addressee
    ("congratulated", "Губернатор поздравил Анну Котову с назначением на должность министра "
     "здравоохранения.", "Анна Котова", "министр здравоохранения"),
    ("telegram", "Президент направил телеграмму Ивану Петрову в связи с избранием на пост "
     "председателя совета.", "Иван Петров", "председатель"),
    ("transfer", "Это случилось после перевода их протеже — Сергея Петрова на должность мэра.",
     "Сергей Петров", "мэр"),
    # negatives: the appointment is someone else's; the name congratulates; no occasion
    ("son's", "Губернатор поздравил Анну Котову с назначением её сына на должность министра.",
     "Анна Котова", None),
    ("subject", "Иван Петров поздравил коллег с избранием на пост мэра.", "Иван Петров", None),
    ("discussed", "Министр обсудил с Анной Котовой назначение на пост ректора.", "Анна Котова",
     None),
    # acting_post_of_an_appointee
    ("acting-before", "Врио главы района назначен Иван Петров, сообщила пресс-служба.",
     "Иван Петров", "врио главы района"),
    ("acting-after", "Анна Котова назначена и. о. директора школы.", "Анна Котова",
     "исполняющая обязанности директора"),
    ("acting-described", "И.о. руководителя был назначен молодой юрист Игорь Петров.",
     "Игорь Петров", "исполняющий обязанности руководителя"),
    # negatives: no post in the appointment; the name is no appointee
    ("no-post", "Указом губернатора назначен Иван Петров.", "Иван Петров", None),
    ("met", "Врио главы района встретился с Иваном Петровым.", "Иван Петров", None),
    # holder_of_the_office
    ("office-staff", "Гостей встретили сотрудники канцелярии президента республики Салеха.",
     "Салех", "президент республики"),
    ("office-car", "Автомобиль канцелярии президента Египта Салеха доставил гостей в аэропорт.",
     "Салех", "президент"),
    ("office-guard", "Охрана администрации губернатора области Петрова усилена.", "Петров",
     "губернатор области"),
    # negative: a name in brackets, in the nominative, is the office's staff
    ("office-bracketed", "Ответ направлен в отдел Аппарата Губернатора Тульской области "
     "(Петров И.С.).", "Петров И.С.", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "position"), probes.named_rows(POSTS))
def test_posts_of_unseen_shapes(models: Models, text: str, name: str,
                                position: str | None) -> None:
    probes.check_extracted_post(models, text, name, position)


# (id, name words as the tagger ran them together, the spans' words after the repair)
NAME_ENDS: list[tuple[str, str, list[str]]] = [
    ("run-on", "Олег Викторович Сомов Иванов", ["Олег Викторович Сомов", "Иванов"]),
    ("run-on-woman", "Анна Сергеевна Котова Петрова", ["Анна Сергеевна Котова", "Петрова"]),
    # negatives: a whole Russian name; a foreign name of four words; a name with no
    # patronymic second
    ("whole", "Олег Викторович Сомов", ["Олег Викторович Сомов"]),
    ("foreign", "Хосе Луис Родригес Сапатеро", ["Хосе Луис Родригес Сапатеро"]),
    ("no-patronymic", "Джон Фицджеральд Кеннеди Смит", ["Джон Фицджеральд Кеннеди Смит"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("words", "expected"), probes.named_rows(NAME_ENDS))
def test_names_end_after_the_surname(models: Models, words: str, expected: list[str]) -> None:
    from soccoop.extract.official_names import _names_end_after_the_surname

    text = f"Вчера {words} выступил."
    start = text.index(words)
    spans = _names_end_after_the_surname([(start, start + len(words), "PER")], text, models)
    assert [text[a:b] for a, b, kind in spans if kind == "PER"] == expected


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, official_windows=("past_a_name_aside",
                                                            "home_of_a_listed_name",
                                                            "_holder_of_the_office"),
                                          official_clauses=("_post_of_an_appointment",
                                                            "_appointment_of_the_addressee",
                                                            "_on_an_occasion",
                                                            "_acting_post_of_an_appointee",
                                                            "_description_of_the_name"),
                                          official_names=("_names_end_after_the_surname",))
