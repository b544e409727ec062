"""agrmiss52: agreements missed on the dev rounds, each cause a small named pass.

- an acronym the tagger reads as a place is the organisation the same text spells out
  with it ("между Министерством ... и КФУ" beside "Казанского федерального университета"):
  ``agreements.spelled_acronym_side``;
- a partner of a kind of body no side of an agreement is (a university beside a ministry
  and a society) makes another agreement of the common side, even in the same region:
  ``merge_rules.partner_of_another_kind`` (probed both ways in ``test_merge_rules``).
"""

from __future__ import annotations

import pytest
from probes import agreements_of, named_rows

from soccoop.extract import merge_rules
from soccoop.extract.agreements import _Party, spelled_acronym_side
from soccoop.extract.nlp import NerSpan

PUB = "2025-03-12"


def _sides(a) -> set[str]:
    return {p.name for p in a.parties}


# --- an acronym spelled out elsewhere in the text ----------------------------------------

def test_an_acronym_read_as_a_place_is_the_university_spelled_out(models):
    text = ("Студенты Казанского федерального университета проходят практику в центрах "
            "социального обслуживания по соглашению между Министерством труда, занятости "
            "и социальной защиты Республики Татарстан и КФУ.")
    found = agreements_of(models, text, PUB)
    assert len(found) == 1
    assert "Казанский федеральный университет" in _sides(found[0])


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
    assert merge_rules._kind(_Party(name, [], 0, len(name))) == kind


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
    assert len(found) == count, [(a.status, _sides(a)) for a in found]

