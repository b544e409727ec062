"""status56 (round 56): the history of cooperation — older, renewed and replaced agreements
told beside a signing — pooled over the dev rounds (round 218 first): the status errors
and the planned or mentioned agreements missed or extra, and why the scorer's pairing and
the best pairing part on round 218.

- a recalled agreement with one branch of an organisation and a signing, paragraphs on,
  with a branch of another organisation of the same region are two agreements, though
  the first words of both branches ("Курское региональное отделение ...") make one side
  key: each branch is named by a «quoted» name of its own, and the two names share no
  word (``party_identity.other_quoted_names``, read by the merge pass
  ``merge_rules.only_key_of_other_names``). Joined, the signing took the recalled
  branch's name and the scorer paired it with the recalled agreement's gold;
- a quoted acronym beside the name it stands for, the same quoted name told twice, or
  two quoted names sharing a word are left to the ways of ``identity`` as before.

Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.agreement_types import _Party
from soccoop.extract.party_identity import other_quoted_names

CHRONICLE = """Курский вестник
Новости

15 марта 2024

Итоги года: партнёры комитета социальной защиты

2021 год. Соглашение с Курским региональным отделением Всероссийского общественного \
движения {recalled}. По нему волонтёры навещают одиноких пенсионеров.

Вчера председатель комитета социальной защиты Курской области Ольга Петровна Сомова и \
председатель Курского регионального отделения Всероссийского движения \
«Милосердие без границ» Игорь Ильич Баранов подписали соглашение о помощи маломобильным \
пенсионерам сёл.
"""


@pytest.mark.parametrize(("case", "recalled", "expected"), [
    # fails on b56dev: the recalled veterans' branch joins the signing, which takes its name
    # (one record: the signing, named after the veterans' branch)
    ("other organisation", "ветеранов «Союз ветеранов труда»", [
        ("mentioned", "Союз ветеранов труда"),
        ("signed", "Милосердие"),
    ]),
    # guard: the same branch recalled and signing again is not split by the quoted-name
    # pass; since date56 the "2021 год." heading dates the recalled one, which then stays
    # a record of its own beside the signing (one signed record on b56dev and status56)
    ("same organisation", "«Милосердие без границ»", [
        ("mentioned", "Милосердие"),
        ("signed", "Милосердие"),
    ]),
])
def test_branches_of_other_organisations(models, case: str, recalled: str,
                                         expected: list[tuple[str, str]]) -> None:
    records = probes.agreements_of(models, CHRONICLE.format(recalled=recalled), "2024-03-15")
    got = [(a.status, next((w for _, w in expected if any(w in p.name for p in a.parties)),
                           "")) for a in records]
    assert got == expected, case


@pytest.mark.parametrize(("case", "first", "second", "expected"), [
    # fail on b56dev at import (a new function)
    ("two organisations", "Тульское отделение Всероссийского общественного движения «Союз "
     "садоводов России»", "Тульское отделение Всероссийского общественного движения «Милосердие "
     "без границ»", True),
    ("two funds", "Благотворительный фонд «Тёплый дом»", "Благотворительный фонд «Светлая "
     "память»", True),
    # guards: the same quoted name, an acronym beside its name, a name without quotes,
    # two quoted names sharing a word
    ("same name", "Тульское отделение движения «Милосердие без границ»",
     "Отделение «Милосердие без границ»", False),
    ("acronym", "Тульское отделение «ВОГ»", "Тульское отделение «Всероссийское общество "
     "глухих»", False),
    ("unquoted", "Тульское региональное отделение Союза садоводов", "Тульское региональное "
     "отделение «Милосердие без границ»", False),
    ("a shared word", "Благотворительный фонд «Тёплый дом»", "Благотворительный фонд «Тёплый "
     "край»", False),
])
def test_other_quoted_names(models, case: str, first: str, second: str,
                            expected: bool) -> None:
    p = _Party(first, ["RU-TUL"], 0, 1, models)
    q = _Party(second, ["RU-TUL"], 2, 3, models)
    assert other_quoted_names(p, q) is expected, case
    assert other_quoted_names(q, p) is expected, case


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, party_identity=("other_quoted_names",),
                                          merge_rules=("only_key_of_other_names",))
