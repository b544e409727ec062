"""sig58: a page's agreements keep the signers whose posts are in their own sides
(``extract.signer_bodies``). Sentences and people invented for this file."""

from __future__ import annotations

from typing import Any

import pytest
from probes import agreements_of, party_names

from soccoop.extract.party_identity import body_is_side, body_touches_side
from soccoop.extract.signer_bodies import signers_of_own_sides
from soccoop.models import Agreement, Evidence, Official, Party

# body an official's post names, an agreement's side → is it that side? may it be?
BODIES = [
    ("АНО «Тёплый дом»", "Автономная некоммерческая организация «Центр «Тёплый дом»", True, True),
    ("фонд «Надежда»", "Благотворительный фонд «Надежда»", True, True),
    ("Министерство труда Омской области", "Министерство труда Омской области", True, True),
    # the region's adjective alone: another body of the same region
    ("Тульская организация общества слепых", "Министерство социальной защиты Тульской "
     "области", False, False),
    # two shared words: perhaps the same body under another name
    ("Минтруд Омской области", "Министерство труда Омской области", False, True),
    ("фонд «Надежда»", "АНО «Тёплый дом»", False, False),
]


@pytest.mark.parametrize(("body", "side", "is_side", "touches"), BODIES)
def test_body_and_side(body: str, side: str, is_side: bool, touches: bool) -> None:
    assert body_is_side(body, side) is is_side
    assert body_touches_side(body, side) is touches


def _agreement(sides: list[str], who: list[str], status: str = "signed") -> Agreement:
    return Agreement("Соглашение", status, None, [Party(s, None) for s in sides], who, [],
                     Evidence("", 0, 0))


MINISTRY = "Министерство социальной защиты Омской области"
OFFICIALS = [
    Official("Анна Котова", "министр", MINISTRY, None, Evidence("", 0, 0)),
    Official("Ольга Белова", "директор", "АНО «Тёплый дом»", None, Evidence("", 0, 0)),
    Official("Игорь Сомов", "президент", "фонд «Надежда»", None, Evidence("", 0, 0)),
    Official("Пётр Рябов", "председатель", "организация «Ветераны»", None, Evidence("", 0, 0)),
]
OTHER_MINISTRY = "Министерство социальной защиты Томской области"
OFFICIALS.append(Official("Олег Гусев", "министр", OTHER_MINISTRY, None, Evidence("", 0, 0)))
BRANCH = "Отделение социальной защиты Омской области"
OFFICIALS.append(Official("Вера Зорина", "управляющий", BRANCH, None, Evidence("", 0, 0)))
ALL = ["Анна Котова", "Ольга Белова", "Игорь Сомов", "Пётр Рябов"]


@pytest.mark.parametrize(("records", "expected"), [
    # each agreement keeps its own partner's signer; one of a body no record has stays
    # (perhaps a side left out of the record)
    ([([MINISTRY, "АНО «Тёплый дом»"], ALL), ([MINISTRY, "Благотворительный фонд «Надежда»"], ALL)],
     [["Анна Котова", "Ольга Белова", "Пётр Рябов"], ["Анна Котова", "Игорь Сомов", "Пётр Рябов"]]),
    # a side without a signer of its own: the agreement keeps them all
    ([([MINISTRY, "АНО «Тёплый дом»"], ["Анна Котова", "Игорь Сомов", "Пётр Рябов"]),
      ([MINISTRY, "Благотворительный фонд «Надежда»"], ["Анна Котова", "Игорь Сомов"])],
     [["Анна Котова", "Игорь Сомов", "Пётр Рябов"], ["Анна Котова", "Игорь Сомов"]]),
    # a signer the text gives no body stays
    ([([MINISTRY, "АНО «Тёплый дом»"], ["Анна Котова", "Ольга Белова", "Нина Зимина"]),
      ([MINISTRY, "Благотворительный фонд «Надежда»"], ["Анна Котова", "Игорь Сомов"])],
     [["Анна Котова", "Ольга Белова", "Нина Зимина"], ["Анна Котова", "Игорь Сомов"]]),
    # a body sharing words with a side ("Министерство ... Омской области") that is itself
    # the side of another agreement of the page signs that one only
    ([([MINISTRY, OTHER_MINISTRY], ["Анна Котова", "Олег Гусев"]),
      ([MINISTRY, "АНО «Тёплый дом»"], ["Анна Котова", "Ольга Белова", "Олег Гусев"])],
     [["Анна Котова", "Олег Гусев"], ["Анна Котова", "Ольга Белова"]]),
    # the body of another agreement that shares no side with this one: perhaps this
    # one's side left out of the record (a three-party signing), so it stays
    ([([MINISTRY, OTHER_MINISTRY], ["Анна Котова", "Олег Гусев"]),
      ([BRANCH, "АНО «Тёплый дом»"], ["Анна Котова", "Вера Зорина", "Ольга Белова"])],
     [["Анна Котова", "Олег Гусев"], ["Анна Котова", "Вера Зорина", "Ольга Белова"]]),
    # the side of another agreement sharing no side with this one, with no word of its
    # sides: perhaps its host left out of the record, so it stays
    ([([MINISTRY, OTHER_MINISTRY], ["Анна Котова", "Олег Гусев"]),
      (["организация «Ветераны»", "АНО «Тёплый дом»"],
       ["Анна Котова", "Пётр Рябов", "Ольга Белова"])],
     [["Анна Котова", "Олег Гусев"], ["Анна Котова", "Пётр Рябов", "Ольга Белова"]]),
    # the same body, not a side of another agreement: it may be the side's other name
    ([([MINISTRY, "АНО «Тёплый дом»"], ["Анна Котова", "Ольга Белова", "Олег Гусев"]),
      ([MINISTRY, "Благотворительный фонд «Надежда»"], ["Анна Котова", "Игорь Сомов"])],
     [["Анна Котова", "Ольга Белова", "Олег Гусев"], ["Анна Котова", "Игорь Сомов"]]),
    # a side that is a region named alone: every body of the region is of it, so the
    # agreement keeps its signers (the company's director beside the region's bodies)
    ([(["Омская область", "Томская область"], ["Анна Котова", "Олег Гусев", "Ольга Белова"]),
      ([MINISTRY, "Благотворительный фонд «Надежда»"], ["Анна Котова", "Игорь Сомов"])],
     [["Анна Котова", "Олег Гусев", "Ольга Белова"], ["Анна Котова", "Игорь Сомов"]]),
    # one agreement on the page: left as it is
    ([([MINISTRY, "АНО «Тёплый дом»"], ALL)], [ALL]),
])
def test_signers_of_own_sides(records: list[tuple[list[str], list[str]]],
                              expected: list[list[str]]) -> None:
    agreements = [_agreement(sides, list(who)) for sides, who in records]
    signers_of_own_sides(agreements, OFFICIALS)
    assert [a.signatories for a in agreements] == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("Вчера министр труда и социального развития Омской области Анна Котова подписала "
     "соглашения с автономной некоммерческой организацией «Тёплый дом» и благотворительным "
     "фондом «Надежда». Со стороны организаций документы подписали директор АНО «Тёплый "
     "дом» Ольга Белова и президент фонда «Надежда» Игорь Сомов.",
     {"Тёплый дом": ["Анна Котова", "Ольга Белова"],
      "Надежда": ["Анна Котова", "Игорь Сомов"]}),
    ("Министр социальной политики Курской области Олег Рыжов подписал соглашения с "
     "региональным отделением Российского Красного Креста и фондом «Милосердие». Подписи "
     "со стороны партнёров поставили председатель регионального отделения Российского "
     "Красного Креста Нина Котова и директор фонда «Милосердие» Павел Сомов.",
     {"Красного Креста": ["Олег Рыжов", "Нина Котова"],
      "Милосердие": ["Олег Рыжов", "Павел Сомов"]}),
])
def test_partners_signers_told_together(models: Any, text: str,
                                        expected: dict[str, list[str]]) -> None:
    got = {}
    for a in agreements_of(models, text, "2024-10-22"):
        key = next(k for k in expected if any(k in p for p in party_names(a)))
        got[key] = sorted(a.signatories)
    assert got == {k: sorted(v) for k, v in expected.items()}
