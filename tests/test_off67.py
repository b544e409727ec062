"""off67: officials at sessions, receptions and visits, and the comparison of names.

* ``person_names.same_surname`` compares the surname word, not the last word written
  ("Очиров Б. Н."); ``one_surname`` compares ``surname_key`` (a case form put into the
  nominative of its own gender), so a man and a woman sharing a surname stay two;
* a place ending the body before a name is cut off the name NER joins it to
  (``official_names._places_out_of_names``);
* a rank between a post whose field is a list ("по ... и ...") and the name is a title
  (``official_windows._joins_dependents``);
* a contracted deputy's post stays as written ("замгубернатора", as NEREL's gold keeps it);
  an abbreviated one ("зам. губернатора") is written out
  (``official_posts.abbreviated_deputies_written_out``);
* a compound post's second part is put into the nominative
  (``official_roles._compound_part_nominative``).

Every sentence and person here is invented for these tests; each table has rows where the
rule must not fire.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models
from soccoop.extract.person_names import one_surname, same_surname, surname_key

SAME_SURNAME: list[tuple[str, str, bool]] = [
    ("Очиров Б. Н.", "Бато Очиров", True),
    ("Очиров Б.Н.", "Очирова", True),
    ("Б. Н. Очиров", "Очировым", True),
    ("Анна Котова", "Котовой", True),
    # negatives: initials alone, another surname, a short one
    ("Очиров Б. Н.", "Н.", False),
    ("Очиров Б. Н.", "Бато Намсараев", False),
    ("Ким", "Кимова", False),
]


@pytest.mark.parametrize(("a", "b", "expected"), SAME_SURNAME,
                         ids=[f"same-{n}" for n in range(len(SAME_SURNAME))])
def test_same_surname_reads_the_surname_word(a: str, b: str, expected: bool) -> None:
    assert same_surname(a, b) is expected


ONE_SURNAME: list[tuple[list[str], bool]] = [
    (["Лукьянова", "Лукьяновой"], True),
    (["Петров", "Петровым"], True),
    (["Семёнова", "Семеновой"], True),
    (["Ружанская", "Ружанской"], True),
    # negatives: a man and a woman, two surnames, none
    (["Лукьянов", "Лукьянова"], False),
    (["Лукьяновым", "Лукьяновой"], False),
    (["Петров", "Сидоров"], False),
    ([], False),
]


@pytest.mark.parametrize(("surnames", "expected"), ONE_SURNAME,
                         ids=[f"one-{n}" for n in range(len(ONE_SURNAME))])
def test_one_surname_compares_nominatives_of_one_gender(surnames: list[str],
                                                        expected: bool) -> None:
    assert one_surname(surnames) is expected


def test_surname_key_keeps_an_ambiguous_form() -> None:
    # "-ову" is a man's dative or a woman's accusative: left as written
    assert surname_key("Лукьянову") == "лукьянову"


SESSIONS: list[tuple[str, str, str, str | None]] = [
    # a place ending the body before the name: not part of the name
    ("place-0", "В заседании участвовал управляющий Отделением фонда по Томской области — "
     "Томску Галина Рябова.", "Галина Рябова", "управляющий"),
    # a man and a woman of one surname keep their own posts
    ("couple-0", "На сессии выступили министр здравоохранения Тверской области Ольга Гуськова и "
     "председатель комитета по бюджету Тверской областной думы Игорь Гуськов. Ольга Гуськова "
     "рассказала о новых поликлиниках.", "Игорь Гуськов", "председатель комитета по бюджету"),
    ("couple-1", "На сессии выступили министр здравоохранения Тверской области Ольга Гуськова и "
     "председатель комитета по бюджету Тверской областной думы Игорь Гуськов. Ольга Гуськова "
     "рассказала о новых поликлиниках.", "Ольга Гуськова", "министр здравоохранения"),
    # a clergy rank after a post whose field is a list
    ("rank-0", "Соглашение подписал руководитель отдела по молодёжной политике и социальной "
     "работе Вологодской епархии протоиерей Олег Смирнов.", "Олег Смирнов",
     "руководитель отдела по молодёжной политике и социальной работе"),
    # a contracted deputy's post stays as written, an abbreviated one is written out
    ("deputy-0", "Рабочая поездка замгубернатора Тюменской области Инны Дроздовой в Ишим прошла "
     "в пятницу.", "Инна Дроздова", "замгубернатора"),
    ("deputy-1", "Вопросы задавал первый замминистра финансов Алтайского края Пётр Лавров.",
     "Пётр Лавров", "первый замминистра финансов"),
    ("deputy-2", "На встрече присутствовала зам. губернатора Прикамья Ольга Лисина.",
     "Ольга Лисина", "заместитель губернатора"),
    # the territory a post serves is part of it; a body of that level is not
    ("territory-0", "На приёме граждан работал Кстовский районный прокурор Олег Жуков.",
     "Олег Жуков", "кстовский районный прокурор"),
    ("territory-1", "Слово взял межрайонный прокурор Антон Вяткин.", "Антон Вяткин",
     "межрайонный прокурор"),
    ("territory-2", "Заседание провёл председатель городского суда Антон Вяткин.",
     "Антон Вяткин", "председатель"),
    # a compound post of a mosque
    ("imam-0", "Гостей встретил имам-хатыбом мечети «Нур» Рустамом Ганиевым.",
     "Рустам Ганиев", "имам-хатыб мечети"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "position"), probes.named_rows(SESSIONS))
def test_officials_at_sessions(models: Models, text: str, name: str,
                               position: str | None) -> None:
    found = probes.extracted_officials(models, text)
    assert name in found, found
    assert found[name][0] == position, found


NOT_NAMES: list[tuple[str, str]] = [
    # a place before the name is cut: no name keeps it
    ("Приём провёл управляющий отделением банка по Омской области — Омску Сергей Белов.",
     "Омску"),
    # "замок" is no contracted post
    ("Туристы осмотрели замок Ивана Грозного.", "замок"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word"), NOT_NAMES,
                         ids=[f"not-{n}" for n in range(len(NOT_NAMES))])
def test_no_place_in_names_and_no_castle_posts(models: Models, text: str, word: str) -> None:
    found = probes.extracted_officials(models, text)
    assert not any(word in name or word in (post or "") for name, (post, _) in found.items()), \
        found


SAINTS: list[tuple[str, str, str]] = [
    ("saint-0", "На открытии был настоятель храма во имя святого праведного Иоанна "
     "Кронштадтского протоиерей Олег Ветров.", "Олег Ветров"),
    ("saint-1", "Молебен отслужил настоятель собора святой блаженной Матроны Московской иерей "
     "Павел Гусев.", "Павел Гусев"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name"), probes.named_rows(SAINTS))
def test_a_saint_of_a_dedication_is_no_person(models: Models, text: str, name: str) -> None:
    found = probes.extracted_officials(models, text)
    assert name in found, found
    assert (found[name][0] or "").startswith("настоятель"), found
    assert not any(w in n for n in found for w in ("Иоанн", "Матрона")), found


def test_a_dedicated_body_is_named_whole(models: Models) -> None:
    found = probes.extracted_officials(
        models, "Гостей встретил настоятель храма во имя святого благоверного Александра "
        "Невского протоиерей Глеб Панин.")
    assert found.get("Глеб Панин") == (
        "настоятель", "храм во имя святого благоверного Александра Невского"), found
