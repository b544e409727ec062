"""Officials, branch nerel56: names that read two ways beside a post.

A first name that is both a woman's nominative and a man's genitive ("Валентина",
"Евгения", "Александра") with a surname the dictionary knows only as a man's genitive
("Кротова" as Кротов's) is hers when the parse sets the name beside a post in the
nominative; a post in an oblique case keeps the man's reading. Every sentence here is
invented for these tests.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models
from soccoop.extract.person_names import two_way_woman_name

TWO_WAY = [
    # the post is the subject, the name in apposition to it: hers
    ("Подписи поставят председатель Союза ветеранов Валентина Кротова.",
     "Валентина Кротова", "председатель"),
    ("Свои подписи поставят Анна Лосева и председатель районного отделения «Союза "
     "пенсионеров России» Валентина Кротова.", "Валентина Кротова", "председатель"),
    ("На совещании выступят директор лицея Евгения Шмелькова и депутаты.",
     "Евгения Шмелькова", "директор"),
    # an oblique post keeps the man's genitive
    ("Встреча прошла у председателя фонда Валентина Кротова.", "Валентин Кротов",
     "председатель"),
    ("В гостях у директора школы Евгения Лыткина не было.", "Евгений Лыткин", "директор"),
]


@pytest.mark.parametrize(("text", "name", "position"), TWO_WAY)
def test_a_two_way_name_beside_a_post(models: Models, text: str, name: str,
                                      position: str) -> None:
    probes.check_post(models, text, name, position)


READINGS = [
    ("Валентина", "Кротова", True),   # hers or Валентин Кротов's genitive
    ("Евгения", "Шмелькова", True),
    ("Александра", "Дроздова", True),
    ("Ирина", "Кротова", False),      # "Ирина" is no man's genitive
    ("Валентина", "Кротовой", False),  # no woman's nominative in the surname
    ("Валентина", "Кротов", False),
]


@pytest.mark.parametrize(("first", "surname", "expected"), READINGS)
def test_two_way_woman_name(models: Models, first: str, surname: str,
                            expected: bool) -> None:
    assert two_way_woman_name(first, surname, models) is expected


# A body's head word named before inside a «quoted» name (a legal form, the opening mark,
# adjectives, then the head) stands for the whole name, closing mark included; a generic
# body read back to a named one keeps the name's closing mark the NER left out.
QUOTED_BODIES = [
    ("Министерство заключило соглашение с АО «Уральский приборный завод». Документ "
     "подписал директор завода Олег Рябов.", "Олег Рябов",
     ("директор", "АО «Уральский приборный завод»")),
    ("Министерство заключило соглашение с ООО «Светлый путь». Документ подписал "
     "директор компании Олег Рябов.", "Олег Рябов", ("директор", "ООО «Светлый путь»")),
    ("Центр занятости и торговая компания ООО «Северный лес» заключили соглашение. "
     "Документ подписал директор компании Олег Рябов.", "Олег Рябов",
     ("директор", "Компания ООО «Северный лес»")),
    # a plain generic head, no quoted name before: left as it is
    ("Документ подписал директор завода Олег Рябов.", "Олег Рябов", ("директор", "завод")),
]


@pytest.mark.parametrize(("text", "name", "expected"), QUOTED_BODIES)
def test_a_generic_body_read_back_to_a_quoted_name(models: Models, text: str, name: str,
                                                   expected: tuple[str, str]) -> None:
    probes.check_official(models, text, name, expected, read=probes.parsed_officials)


# Adjectives that make a director's post a post of its own ("управляющий директор",
# "операционный директор"), kept in the position; "управляющий" alone is still a head.
MODIFIED_POSTS = [
    ("Документ подписал управляющий директор банка Олег Рябов.", "Олег Рябов",
     "управляющий директор"),
    ("Слово взял операционный директор компании Олег Рябов.", "Олег Рябов",
     "операционный директор"),
    ("Документ подписал управляющий делами администрации Олег Сидоров.", "Олег Сидоров",
     "управляющий делами"),
    ("Управляющий отделением фонда Иван Котов выступил.", "Иван Котов", "управляющий"),
    ("Вчера Иван Котов, управляющий компанией «Нива», выступил против.", "Иван Котов",
     "управляющий"),
]


@pytest.mark.parametrize(("text", "name", "position"), MODIFIED_POSTS)
def test_a_directors_modifier_kept(models: Models, text: str, name: str,
                                   position: str) -> None:
    probes.check_post(models, text, name, position)


# A one-word "name" right after a title of royalty, nobility or the clergy that reads as
# an adjective is the title's epithet, no person: "Патриархом Болгарским", "принц
# Кембриджский"; a surname after a title stays a person's name.
EPITHETS = [
    ("Вчера Патриархом Болгарским впервые избрали иностранца.", "Болгарским", None),
    ("На церемонию прибыл принц Кембриджский.", "Кембриджский", None),
    ("Герцог Йоркский открыл выставку.", "Йоркский", None),
    ("На приёме выступил король Филипп.", "Филипп", "король"),
]


@pytest.mark.parametrize(("text", "name", "position"), EPITHETS)
def test_a_lone_epithet_after_a_title(models: Models, text: str, name: str,
                                      position: str | None) -> None:
    probes.check_post(models, text, name, position)
