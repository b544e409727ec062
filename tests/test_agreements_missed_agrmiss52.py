"""agrmiss52: agreements missed on the dev rounds, each cause a small named pass.

- an acronym the tagger reads as a place is the organisation the same text spells out
  with it ("между Министерством ... и КФУ" beside "Казанского федерального университета"):
  ``agreements.spelled_acronym_side``;
- a partner of a kind of body no side of an agreement is (a university beside a ministry
  and a society) makes another agreement of the common side, even in the same region:
  ``merge_rules.partner_of_another_kind`` (probed both ways in ``test_merge_rules``);
- an agreement noun with its own year in the genitive ("в рамках соглашения 2020 года")
  is the agreement of that year, not the frame of the one just told:
  ``agreements.year_on_noun`` (read by ``_terms_reference``);
- a signing still to come whose subjects are officials with their posts is between their
  bodies: ``agreements.subject_officials_bodies``.
"""

from __future__ import annotations

import pytest
from probes import agreements_of, named_rows, side_names

from soccoop.extract import merge_rules
from soccoop.extract.agreements import _Party, spelled_acronym_side, year_on_noun
from soccoop.extract.nlp import NerSpan
from soccoop.extract.syntax import ensure_parsed

PUB = "2025-03-12"


# --- an acronym spelled out elsewhere in the text ----------------------------------------

def test_an_acronym_read_as_a_place_is_the_university_spelled_out(models):
    text = ("Студенты Казанского федерального университета проходят практику в центрах "
            "социального обслуживания по соглашению между Министерством труда, занятости "
            "и социальной защиты Республики Татарстан и КФУ.")
    found = agreements_of(models, text, PUB)
    assert len(found) == 1
    assert "Казанский федеральный университет" in side_names(found[0])


SPELLED = [
    ("spelled out in the text",
     "В Казанском федеральном университете прошла встреча. Документ подписали министр и КФУ.",
     "КФУ", "Казанский федеральный университет"),
    ("a compound word gives two letters",
     "Ректор Северо-Восточного федерального университета выступил. Соглашение с СВФУ.",
     "СВФУ", "Северо-Восточный федеральный университет"),
    ("spelled out nowhere", "Соглашение между министерством и КФУ подписано вчера.",
     "КФУ", None),
    ("another organisation's initials",
     "В Казанском медицинском университете прошла встреча. Соглашение с КФУ подписано.",
     "КФУ", None),
    ("no acronym", "В Казанском федеральном университете прошла встреча с Казанью.",
     "Казанью", None),
]


@pytest.mark.parametrize("text, acronym, name", named_rows(SPELLED))
def test_spelled_acronym_side(models, text, acronym, name):
    analysis = models.analyse(text)
    at = text.index(acronym)
    side = spelled_acronym_side(analysis, models,
                                NerSpan("LOC", at, at + len(acronym), acronym))
    assert (side.name if side is not None else None) == name


# --- partners of another kind ----------------------------------------------------------

KINDS = [
    ("a university", "Новгородский государственный университет", "университет"),
    ("a ministry abbreviated", "Минтруд Новгородской области", "министерство"),
    ("a legal form skipped", "ГБУ «Центр социального обслуживания»", None),
    ("an acronym", "НовГУ", None),
    ("a branch", "Новгородское отделение Всероссийского общества слепых", "отделение"),
]


@pytest.mark.parametrize("name, kind", named_rows(KINDS))
def test_kind_of_a_side(models, name, kind):
    assert merge_rules._kind(_Party(name, [], 0, len(name), models), models) == kind


PARTNERS = [
    ("a university after a society, one region",
     "Министерство социальной защиты Новгородской области и Новгородское отделение "
     "Всероссийского общества глухих подписали соглашение о сотрудничестве. Кроме того, "
     "министерство социальной защиты Новгородской области готовит соглашение с "
     "Новгородским государственным университетом.", 2),
    ("the same sides told again",
     "Министерство социальной защиты Новгородской области и Новгородское отделение "
     "Всероссийского общества глухих подписали соглашение о сотрудничестве. Соглашение "
     "между министерством социальной защиты Новгородской области и Новгородским "
     "отделением Всероссийского общества глухих рассчитано на пять лет.", 1),
]


@pytest.mark.parametrize("text, count", named_rows(PARTNERS))
def test_partner_of_another_kind_is_another_agreement(models, text, count):
    found = agreements_of(models, text, PUB)
    assert len(found) == count, [(a.status, side_names(a)) for a in found]


# --- a year on the agreement noun ------------------------------------------------------

KURSK_SIGNED = ("Сегодня министерство социальной защиты Курской области и Отделение "
                "Социального фонда России по Курской области подписали соглашение об обмене "
                "данными. ")
RECALLED = [
    ("a year on the noun: the older agreement",
     "Управляющий отделением напомнил, что ведомства уже работают в рамках соглашения 2020 "
     "года о выплатах семьям.", [("signed", None), ("mentioned", "2020")]),
    ("no year: the agreement just told",
     "Управляющий отделением напомнил, что ведомства уже работают в рамках соглашения о "
     "выплатах семьям.", [("signed", None)]),
]


@pytest.mark.parametrize("tail, found", named_rows(RECALLED))
def test_a_year_on_the_noun_names_an_older_agreement(models, tail, found):
    got = [(a.status, a.date if a.status == "mentioned" else None)
           for a in agreements_of(models, KURSK_SIGNED + tail, PUB)]
    assert got == found


YEAR_ON_NOUN = [
    ("genitive year", "Ведомства работают в рамках соглашения 2021 года.", "соглашения", True),
    ("a year of the verb", "В 2021 году ведомства работали в рамках соглашения.",
     "соглашения", False),
    ("a number that is no year", "Ведомства работают в рамках соглашения 15 года.",
     "соглашения", False),
]


@pytest.mark.parametrize("text, noun, expected", named_rows(YEAR_ON_NOUN))
def test_year_on_noun(models, text, noun, expected):
    sent = ensure_parsed(models.analyse(text).sentences[0], models)
    k = next(i for i, t in enumerate(sent.tokens) if t.text == noun)
    assert year_on_noun(sent, k) is expected


# --- officials as the subjects of a signing to come -------------------------------------

PLANNED_BY_OFFICIALS = [
    ("two officials of one region",
     "Заместитель министра социальной защиты Курской области Ирина Петрова и проректор "
     "Курского государственного медицинского университета Олег Смирнов подпишут "
     "соглашение о практике студентов.",
     {"Министерство социальной защиты Курской области",
      "Курский государственный медицинский университет"}),
    ("an official and a pronoun: no second body",
     "Министр социальной защиты Курской области Ирина Петрова и её заместитель подпишут "
     "соглашение.", None),
]


@pytest.mark.parametrize("text, sides", named_rows(PLANNED_BY_OFFICIALS))
def test_officials_subjects_of_a_signing_to_come(models, text, sides):
    found = [a for a in agreements_of(models, text, PUB) if a.status == "planned"]
    assert len(found) == 1
    if sides is None:
        assert len(found[0].parties) < 2
    else:
        assert side_names(found[0]) == sides
