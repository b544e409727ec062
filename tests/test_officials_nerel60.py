"""Officials, branch nerel60: two posts joined by a comma before one name; church offices.

Two post phrases in one case, a comma between them and no name between them, describe the
person named right after the second: the position is both, the first first; the body is the
first's unless the second names a body by its name or the first names only a place. The
first post must
name its body by a name (a capitalised word): "руководитель группы, начальник отдела X" keeps
the second alone. A list whose first
item has no name and no body of its own ("губернатор, министр финансов X"), a name before
the first post ("X, заместитель губернатора, директор департамента Y") and a first post in
another case are left as they were. The Orthodox church offices (благочинный, наместник,
ключарь) are posts like "настоятель", the clergy ranks after them titles. Every sentence
here is invented for these tests.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

JOINED = [
    # the second names only a unit in lower case: the first's body
    ("На встрече выступил депутат Законодательного собрания Омской области, председатель "
     "комитета по труду Игорь Сомов.", "Игорь Сомов",
     ("депутат, председатель", "Законодательное собрание Омской области")),
    ("Доклад сделал заместитель председателя Городской думы Твери, председатель комиссии "
     "по бюджету Пётр Жуков.", "Пётр Жуков",
     ("заместитель председателя, председатель", "Городская дума Твери")),
    # the first post names only a region: the second's body
    ("Соглашение подписали ректор университета Олег Лунин и заместитель губернатора "
     "Курганской области, директор департамента социальной политики Вера Кольцова.",
     "Вера Кольцова",
     ("заместитель губернатора, директор", "департамент социальной политики")),
]


@pytest.mark.parametrize(("text", "name", "expected"), JOINED)
def test_two_posts_joined_by_a_comma(models: Models, text: str, name: str,
                                     expected: tuple[str, str]) -> None:
    probes.check_official(models, text, name, expected)


NOT_JOINED = [
    # a list: the first item has no name and no body, the second post alone is his
    ("В совещании участвовали губернатор, министр финансов Иван Сорокин и мэр Сергей "
     "Ломов.", "Иван Сорокин", "министр финансов"),
    # a name before the first post: the first post is that person's
    ("Выступили Анна Лыкова, заместитель губернатора, директор департамента Ольга Седова и "
     "другие.", "Ольга Седова", "директор"),
    # the first post in another case is someone else's: "по словам заместителя губернатора"
    ("По словам заместителя губернатора области, министр финансов Иван Сорокин доложил о "
     "работе.", "Иван Сорокин", "министр финансов"),
    # the first post's body is a bare common noun: a passing role, the second is the post
    ("Об опыте рассказала руководитель группы, начальник отдела опеки курганского "
     "министерства Инна Лосева.", "Инна Лосева", "начальник"),
    # posts of three people in a row, each with its name
    ("Министр финансов Антон Рябов, глава банка Инна Жукова и министр экономики Павел "
     "Лисин обсудили бюджет.", "Инна Жукова", "глава"),
]


@pytest.mark.parametrize(("text", "name", "position"), NOT_JOINED)
def test_posts_not_joined(models: Models, text: str, name: str, position: str) -> None:
    probes.check_post(models, text, name, position)


CHURCH_OFFICES = [
    ("Благочинный Северного округа протоиерей Олег Сомов рассказал о работе приходов.",
     "Олег Сомов", "благочинный"),
    ("В заседании участвовал благочинный церквей Заречного округа иерей Павел Лунин.",
     "Павел Лунин", "благочинный"),
    ("Наместник монастыря игумен Сергий Котов встретил паломников.", "Сергий Котов",
     "наместник монастыря"),
]


@pytest.mark.parametrize(("text", "name", "position"), CHURCH_OFFICES)
def test_church_offices_are_posts(models: Models, text: str, name: str,
                                  position: str) -> None:
    probes.check_post(models, text, name, position)


# A first title before a dash is kept after a short predicate adjective ("знакома") and
# across a place's own double name or "в" and a place inside the first title's body.
DASHED = [
    ("С планом знакома руководитель Главного бюро экспертизы по Тверской области — главный "
     "эксперт Анна Лосева.", "Анна Лосева", "руководитель — главный эксперт"),
    ("Руководитель Государственной инспекции труда в Ханты-Мансийском автономном округе — "
     "Югре — главный государственный инспектор труда Олег Рябов выступил.", "Олег Рябов",
     "руководитель — главный государственный инспектор труда"),
    # a judgement before the post is no title: "лучший игрок матча — форвард X"
    ("Лучший игрок матча — нападающий Иван Сомов.", "Иван Сомов", "нападающий"),
]


@pytest.mark.parametrize(("text", "name", "position"), DASHED)
def test_titles_joined_by_a_dash(models: Models, text: str, name: str,
                                 position: str) -> None:
    probes.check_post(models, text, name, position)
