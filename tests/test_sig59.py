"""sig59: who signed which agreement at an event of several, on records whose sides are right.
At a forum a minister signs her own agreements one by one, and a shared list names the
signers of two other documents between other bodies; the candidate rules often carry the
minister (or a partner of hers) onto those records too. One who signs a record of the page
that has his own body for a side, and whose body is none of another record's sides, was
carried there when every side of that record already has a signer of its own
(``signer_bodies.carried_signers_dropped``, pass ``coreference.carried_signers``). A record
that may be one part of a three-party signing (his body's record shares a side with it)
keeps him. Every probe is written here, in words of its own."""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.models import Agreement, Evidence, Official, Party

MIN = "Министерство социальной защиты населения Тверской области"
EDU = "Министерство образования Тверской области"
FUND = "Тверской филиал фонда «Защитники Отечества»"
CITY = "Администрация города Ржева"
NGO = "АНО «Рядом»"
NGO_FULL = "Автономная некоммерческая организация «Рядом»"

OFFICIALS = [("Анна Котова", "министр социальной защиты населения", MIN),
             ("Пётр Гусев", "министр образования", EDU),
             ("Олег Зуев", "руководитель филиала", FUND),
             ("Игорь Рябов", "глава города", "Администрация города Ржева"),
             ("Ирина Сомова", "директор", NGO_FULL),
             ("Лев Орлов", "директор", None)]


def _record(status: str, sides: list[str], signers: list[str]) -> Agreement:
    return Agreement(title="", status=status, date=None, parties=[Party(s) for s in sides],
                     signatories=list(signers), regions=[],
                     evidence=Evidence(text="", start=0, end=0))


def _officials() -> list[Official]:
    return [Official(name=n, position=p, organization=o, region=None,
                     evidence=Evidence(text=n, start=0, end=0)) for n, p, o in OFFICIALS]


# (the page's records as (status, sides, signers), the signers each record keeps)
CARRIED = [
    # the minister signs her fund record and the education minister his own; both are
    # carried onto the city's record with the NGO, whose two sides have their own signers:
    # both leave it (fails on b59dev: no such pass, ImportError)
    ([("signed", [MIN, FUND], ["Анна Котова", "Олег Зуев"]),
      ("signed", [MIN, EDU], ["Анна Котова", "Пётр Гусев"]),
      ("signed", [CITY, NGO], ["Анна Котова", "Игорь Рябов", "Ирина Сомова", "Пётр Гусев"])],
     [["Анна Котова", "Олег Зуев"], ["Анна Котова", "Пётр Гусев"],
      ["Игорь Рябов", "Ирина Сомова"]]),
    # guard: her body's record shares the NGO with this one (one signing of three sides
    # read as two records): she stays
    ([("signed", [MIN, NGO_FULL], ["Анна Котова"]),
      ("signed", [CITY, NGO], ["Анна Котова", "Игорь Рябов", "Ирина Сомова"])],
     [["Анна Котова"], ["Анна Котова", "Игорь Рябов", "Ирина Сомова"]]),
    # guard: she signs no record of her own body on the page: she may be a side left out
    ([("signed", [EDU, FUND], ["Пётр Гусев", "Олег Зуев"]),
      ("signed", [CITY, NGO], ["Анна Котова", "Игорь Рябов", "Ирина Сомова"])],
     [["Пётр Гусев", "Олег Зуев"], ["Анна Котова", "Игорь Рябов", "Ирина Сомова"]]),
    # guard: the city's side has no signer of its own: nobody leaves (the minister may
    # have signed for a side the record names otherwise)
    ([("signed", [MIN, FUND], ["Анна Котова", "Олег Зуев"]),
      ("signed", [CITY, NGO], ["Анна Котова", "Ирина Сомова", "Лев Орлов"])],
     [["Анна Котова", "Олег Зуев"], ["Анна Котова", "Ирина Сомова", "Лев Орлов"]]),
    # guard: a signer with no known body stays, and so does one on a planned record
    ([("signed", [MIN, FUND], ["Анна Котова", "Олег Зуев"]),
      ("planned", [CITY, NGO], ["Анна Котова", "Игорь Рябов", "Ирина Сомова"]),
      ("signed", [CITY, NGO], ["Лев Орлов", "Игорь Рябов", "Ирина Сомова"])],
     [["Анна Котова", "Олег Зуев"], ["Анна Котова", "Игорь Рябов", "Ирина Сомова"],
      ["Лев Орлов", "Игорь Рябов", "Ирина Сомова"]]),
    # guard: one record on the page: nothing to be carried from
    ([("signed", [CITY, NGO], ["Анна Котова", "Игорь Рябов", "Ирина Сомова"])],
     [["Анна Котова", "Игорь Рябов", "Ирина Сомова"]]),
]


@pytest.mark.parametrize(("records", "expected"), CARRIED)
def test_carried_signers_dropped(records: list[tuple[str, list[str], list[str]]],
                                 expected: list[list[str]]) -> None:
    from soccoop.extract.signer_bodies import carried_signers_dropped
    agreements = [_record(*r) for r in records]
    carried_signers_dropped(agreements, _officials())
    assert [a.signatories for a in agreements] == expected


# (two lists of sides, do they share one)
SHARED = [
    ([MIN, NGO_FULL], [CITY, NGO], True),  # a short name and the full one
    ([MIN, FUND], [MIN, EDU], True),  # the same name
    ([MIN, FUND], [CITY, NGO], False),
    ([EDU], [MIN], False),  # two ministries of one region share words only
]


@pytest.mark.parametrize(("one", "other", "expected"), SHARED)
def test_shares_side(one: list[str], other: list[str], expected: bool) -> None:
    from soccoop.extract.signer_bodies import shares_side
    assert shares_side(one, other) is expected


# whole extraction, a guard: a three-party signing of a ministry, a city and a fund, the
# minister signing it beside the city's and the fund's heads and her own record with an
# NGO; she is not taken off the three-party record (or the records it is read as)
THREE = ("Вестник Верхневолжья | Общество\n12 марта 2025\n\n"
         "11 марта в Твери министр социальной защиты населения Тверской области Анна "
         "Сергеевна Котова подписала два соглашения о сотрудничестве.\n\n"
         "Первое — с автономной некоммерческой организацией «Рядом» о помощи одиноким "
         "пожилым людям. Со стороны организации его подписала директор АНО «Рядом» Ирина "
         "Павловна Сомова.\n\n"
         "Второе соглашение — между министерством, администрацией города Ржева и "
         "благотворительным фондом «Тёплый берег» — посвящено поддержке семей участников "
         "специальной военной операции. Подписи поставили Анна Котова, глава города Ржева "
         "Игорь Николаевич Рябов и президент фонда Лев Аркадьевич Орлов.\n")


@pytest.mark.slow
def test_three_party_signing_keeps_the_minister(models: Any) -> None:
    records = probes.agreements_of(models, THREE, "2025-03-12")
    with_city = [a for a in records if any("Рябов" in n for n in a.signatories)]
    assert with_city, [(a.parties, a.signatories) for a in records]
    assert all(any("Котова" in n for n in a.signatories) for a in with_city), \
        [(a.parties, a.signatories) for a in with_city]


SIG59_FUNCTIONS = [("signer_bodies", "carried_signers_dropped"),
                   ("signer_bodies", "_carried"),
                   ("signer_bodies", "shares_side"),
                   ("coreference", "carried_signers")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, SIG59_FUNCTIONS)
