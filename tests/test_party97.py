"""party97: side names mended by their shape. A side cut inside its «quoted» title is
closed where the text closes it; a side never ends in a preposition, a conjunction, an
open bracket, quote or dash or the agreement noun in the genitive, never opens with a dash
or a preposition and holds no relative clause and no agreement subject; a side written in
an oblique case is put in the nominative; an acronym of what people are ("участников
СВО") is no side. Every probe is written here, in words of
its own."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.side_shapes import (
    closed_quote,
    without_trailing_openers,
)

# (id, text, name read, expected) -- closed_quote reads the text only
QUOTES = [
    ("closed-on",
     "Договор заключили ГБУ «Дом милосердия «Надежда» и колледж.",
     "ГБУ «Дом милосердия", "ГБУ «Дом милосердия «Надежда»"),
    ("comma-inside",
     "Меморандум подписали ГКУ «Центр помощи детям, оставшимся без семьи, № 2» и фонд.",
     "ГКУ «Центр помощи детям", "ГКУ «Центр помощи детям, оставшимся без семьи, № 2»"),
    # negatives: the sentence ends before a quote closes; a nested title already whole
    ("sentence-ends",
     "Договор заключил ГБУ «Дом милосердия. Потом был концерт «Весна» в зале.",
     "ГБУ «Дом милосердия", None),
    ("nested-whole",
     "Договор заключили АНО «Центр «Опора» и колледж.",
     "АНО «Центр «Опора»", None),
    ("too-far",
     "Договор заключил ГБУ «Дом для тех, кто остался совсем один перед бедой и без всякой "
     "помощи» и колледж.",
     "ГБУ «Дом для", None),
]


@pytest.mark.parametrize(("case", "text", "name", "expected"), QUOTES,
                         ids=[r[0] for r in QUOTES])
def test_closed_quote(case: str, text: str, name: str, expected: str | None) -> None:
    at = text.index(name)
    assert closed_quote(text, name, at, at + len(name)) == expected


# (id, name read, expected)
LOOSE_ENDS = [
    ("open-bracket", "Всероссийское общество слепых (", "Всероссийское общество слепых"),
    ("dash", "Отделение фонда по Курской области —", "Отделение фонда по Курской области"),
    ("preposition", "Комитет по делам молодёжи при", "Комитет по делам молодёжи"),
    ("conjunction", "Союз пенсионеров Тверской области и", "Союз пенсионеров Тверской области"),
    ("agreement-genitive", "Отделение Социального фонда соглашения", "Отделение Социального фонда"),
    ("leading-dash", "— с АНО «Луч», которая откроет пункт проката",
     "АНО «Луч»"),
    ("subject", "Правительство Тверской области о сотрудничестве по линии туризма",
     "Правительство Тверской области"),
    # negatives: a preposition inside the name, a quote closed, a nested title
    ("inner-preposition", "Уполномоченный по правам детей в Тверской области",
     "Уполномоченный по правам детей в Тверской области"),
    ("closed-quote", "АНО «Луч»", "АНО «Луч»"),
    ("nested", "АНО «Центр «Опора»", "АНО «Центр «Опора»"),
    ("one-word", "Фонд", "Фонд"),
    ("quoted-about", "АНО «О людях и для людей»", "АНО «О людях и для людей»"),
]


@pytest.mark.parametrize(("case", "name", "expected"), LOOSE_ENDS,
                         ids=[r[0] for r in LOOSE_ENDS])
def test_without_trailing_openers(models, case: str, name: str, expected: str) -> None:
    assert without_trailing_openers(models, name) == expected


# (id, text, a side that must be among the sides, a side that must not be)
RECORDS = [
    ("agreement-genitive",
     "Отделение Социального фонда по Тверской области оформило соглашения сразу с парой "
     "организаций инвалидов.\n\nОт Отделения Социального фонда соглашения "
     "подписала управляющая отделением Мария Гусева. Партнёрами фонда стали Тверская "
     "областная организация Всероссийского общества слепых и Тверская областная "
     "организация Всероссийского общества глухих.",
     "Отделение Социального фонда", "Отделение Социального фонда соглашения"),
    ("people-acronym",
     "Вчера филиал фонда «Защитники Отечества» по Тверской области заключил соглашение об "
     "опеке над семьями участников СВО с министерством социальной защиты Тверской области.",
     "Министерство социальной защиты Тверской области", "СВО"),
    ("people-acronym-plan",
     "Летом министерство намерено подписать соглашение с ООО «Тверской вагонный завод» о "
     "переобучении ветеранов СВО и трудоустройстве членов их семей.",
     "ООО «Тверской вагонный завод»", "СВО"),
    # negatives: an acronym that is a body stays; a nominative name stays as written
    ("body-acronym",
     "В Твери подписано соглашение между Главным управлением МЧС по Тверской области и "
     "Тверским областным союзом пенсионеров о подготовке волонтёров.",
     "Тверской областной союз пенсионеров", "Тверским областным союзом пенсионеров"),
    ("nominative-kept",
     "Тверской государственный университет и Общество слепых Тверской области подписали "
     "соглашение о практике студентов.",
     "Тверской государственный университет", "Тверской государственный университет ("),
]


@pytest.mark.parametrize(("case", "text", "kept", "not_kept"), RECORDS,
                         ids=[r[0] for r in RECORDS])
def test_record_sides(models, case: str, text: str, kept: str, not_kept: str) -> None:
    sides = [probes.party_names(a) for a in probes.agreements_of(models, text, "2025-03-14")]
    assert any(kept in s for s in sides), sides
    assert not any(not_kept in s for s in sides), sides


PARTY97_FUNCTIONS = [("side_shapes", "closed_quote"),
                     ("side_shapes", "without_trailing_openers"),
                     ("side_shapes", "nominative_name"),
                     ("side_shapes", "_unwritten_head_nominative"),
                     ("side_shapes", "people_attribute"),
                     ("coreference", "side_name_shapes")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, PARTY97_FUNCTIONS)
