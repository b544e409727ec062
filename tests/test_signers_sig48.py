"""Signatories of sig48, probes written for this file (not copied from any round).

* A counted plural post ("руководители обоих ведомств") signing a document whose own
  predicate the parser lost ("документ ... скрепили подписями ..." with "скрепили" read
  as an adjective): the two heads named before stand for it (``agreements._post_signer``).
"""

from __future__ import annotations

from typing import Any

import pytest
from probes import check_no_signers, signers_of

PUB = "2025-05-22"

# two ministers named at a visit, the signing told by "руководители обоих ведомств"
VISIT = (
    "Томская и Кемеровская области объединят усилия в помощи семьям участников СВО\n\n"
    "ТОМСК, 14 апреля. В Томск с рабочим визитом прибыла делегация Кемеровской области во "
    "главе с министром социальной защиты населения Кузбасса Еленой Воронцовой. Гостей "
    "встретил министр социальной защиты Томской области Олег Лазарев.\n\n"
    "Днем в областном министерстве прошла рабочая встреча. Обсуждали, как организовать "
    "отдых детей из семей военнослужащих и как вместе обучать специалистов.\n\n")
SEALED = ("По итогам встречи документ о межрегиональном сотрудничестве в сфере социальной "
          "защиты населения скрепили подписями руководители обоих ведомств. Соглашение "
          "заключено на пять лет.")

BOTH_HEADS = [
    (VISIT + SEALED, [["Елена Воронцова", "Олег Лазарев"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), BOTH_HEADS)
def test_heads_of_both_bodies_sign(models: Any, text: str, expected: list[list[str]]) -> None:
    assert signers_of(models, text, PUB) == expected


BOTH_HEADS_NOT = [
    # a third head named before: "обоих" cannot tell which two
    (VISIT.replace("Днем", "Министр здравоохранения Томской области Игорь Шаров провёл "
                   "для гостей экскурсию. Днем") + SEALED,
     {"Елена Воронцова", "Олег Лазарев", "Игорь Шаров"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "not_signers"), BOTH_HEADS_NOT)
def test_heads_of_both_bodies_ambiguous(models: Any, text: str, not_signers: set[str]) -> None:
    check_no_signers(models, text, PUB, not_signers)
