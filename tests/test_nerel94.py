"""nerel94: a rank or title before a name gives way to the office its clause names; the
table of states completed.

- ``officials._office_beside_a_title``: a name whose only role is a rank or title
  (``RANK_TITLES``: "генерал-полковник", "полковник полиции", "профессор") and no body takes
  the post its clause says the person leaves or holds in office, when that post names a
  body: "Генерал-полковник Олег Смирнов покидает пост командующего войсками округа" →
  "командующий войсками". The clause is read from the title when the parser makes the title
  the subject and the name its apposition. A post with no body, another person's post, or
  no post in the clause leave the title as it is.
- ``orgs._TABLE``: states often named in news that the table lacked (Словения, Перу,
  Зимбабве, Тунис, Малайзия, ОАЭ, ...). A state post of one of them now sits in its body
  ("премьер-министр Словении" → "Правительство Словении") and a bare state post takes the
  state named before it, as for the states listed already.

Every sentence here is invented for these tests; each table has rows where the rule must not
fire.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

# (id, text, name, expected (position, organisation))
TITLE_THEN_OFFICE: list[tuple[str, str, str, tuple[str, str | None]]] = [
    ("left-post-of-a-general", "Генерал-полковник Олег Смирнов покидает пост командующего "
     "войсками Южного военного округа.", "Олег Смирнов",
     ("командующий войсками", "Войска Южного военного округа")),
    ("relieved-police-colonel", "Полковник полиции Павел Лосев освобождён от должности "
     "начальника управления МВД по Курской области.", "Павел Лосев",
     ("начальник", "управление МВД по Курской области")),
    ("in-office-professor", "Профессор Вера Лосева на посту ректора университета провела "
     "реформу.", "Вера Лосева", ("ректор", "университет")),
    # negatives: a post left without a body; a post the name takes from someone else; no
    # post in the clause at all; a post with no body says no more than the title
    ("no-post-named", "Полковник Олег Смирнов ушёл с должности по собственному желанию.",
     "Олег Смирнов", ("полковник", None)),
    ("someone-elses-post", "Генерал-майор Олег Смирнов освободил Павла Лосева от должности "
     "начальника штаба округа.", "Олег Смирнов", ("генерал-майор", None)),
    ("no-clause-post", "Профессор Вера Лосева прочла лекцию студентам.", "Вера Лосева",
     ("профессор", None)),
    ("post-without-body", "Генерал-майор Олег Смирнов покинул пост командира.",
     "Олег Смирнов", ("генерал-майор", None)),
]

STATES: list[tuple[str, str, str, tuple[str, str | None]]] = [
    ("premier-of-a-listed-state", "Премьер-министр Словении Янез Новак подал в отставку.",
     "Янез Новак", ("премьер-министр", "Правительство Словении")),
    ("president-of-the-state-before", "Выборы в Гане завершились без происшествий. "
     "Президент Кофи Менса признал итоги.", "Кофи Менса", ("президент", "Гана")),
    # negatives: an envoy's state stays a state; a post of a body keeps the body
    ("envoy", "Посол Малайзии Ахмад Рахман вручил верительные грамоты.", "Ахмад Рахман",
     ("посол", "Малайзия")),
    ("body-post", "Директор компании «Андес» Хуан Торрес прилетел из Перу.", "Хуан Торрес",
     ("директор", "компания «Андес»")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"),
                         probes.named_rows(TITLE_THEN_OFFICE + STATES))
def test_official_records(models: Models, text: str, name: str,
                          expected: tuple[str, str | None]) -> None:
    probes.check_official(models, text, name, expected)


@pytest.mark.parametrize(("phrase", "expected"), [
    ("Словении", "Словения"), ("Перу", "Перу"), ("Зимбабве", "Зимбабве"),
    ("Объединённых Арабских Эмиратов", "ОАЭ"), ("Шри-Ланка", "Шри-Ланка"),
    ("Франции", "Франция"),
    # not states: a common noun that sounds like one, a city, a region of Russia
    ("эмират", None), ("Москва", None), ("Тульская область", None),
])
def test_country_name(models: Models, phrase: str, expected: str | None) -> None:
    from soccoop.extract.orgs import country_name

    assert country_name(models, phrase) == expected


@pytest.mark.parametrize(("word", "expected"), [
    ("тунисского", "Тунис"), ("перуанский", "Перу"), ("малайзийской", "Малайзия"),
    ("тульский", None),
])
def test_country_of_adjective(models: Models, word: str, expected: str | None) -> None:
    from soccoop.extract.orgs import country_of_adjective

    assert country_of_adjective(models, word) == expected


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, officials=("_bare_title", "_office_beside_a_title"))
