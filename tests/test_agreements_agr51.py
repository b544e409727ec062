"""agr51: agreements missed on rounds 54–59, each cause a small named pass.

- a side-less agreement that opens the sentence right after a signing of an unnamed paper
  ("Первыми подписи поставили министр X и министр Y. Соглашение между двумя ведомствами
  предусматривает ...") is that paper, signed, by those signers for their bodies:
  ``agreements.paper_signed_just_before``.
"""

from __future__ import annotations

import pytest
from probes import agreements_of, named_rows

PUB = "2024-06-07"

SIGNED_JUST_BEFORE = named_rows([
    ("ministers_between_two_bodies",
     "Форум завершился подписанием нескольких соглашений.\n\nПервыми подписи поставили "
     "министр социальной защиты населения Томской области Ирина Смирнова и министр труда "
     "Новосибирской области Олег Лебедев. Соглашение между двумя ведомствами предусматривает "
     "обмен опытом.",
     {"Министерство социальной защиты населения Томской области",
      "Министерство труда Новосибирской области"}, {"Ирина Смирнова", "Олег Лебедев"}),
    ("signatures_under_a_document",
     "В Перми прошла встреча делегаций двух регионов.\n\n"
     "Министр социального развития Пермского края Павел Рогов и министр труда Кировской "
     "области Анна Зуева поставили подписи под документом. Соглашение между министерствами "
     "рассчитано на три года.",
     {"Министерство социального развития Пермского края",
      "Министерство труда Кировской области"}, {"Павел Рогов", "Анна Зуева"}),
])


@pytest.mark.parametrize("text,sides,signers", SIGNED_JUST_BEFORE)
def test_paper_signed_just_before_is_the_agreement(models, text, sides, signers):
    found = agreements_of(models, text, PUB)
    assert len(found) == 1
    a = found[0]
    assert a.status == "signed"
    assert {p.name for p in a.parties} == sides
    assert set(a.signatories) == signers


NOT_SIGNED_JUST_BEFORE = named_rows([
    # the sentence before signs a named paper of another kind: the agreement is only told
    ("another_paper_signed_before",
     "Губернатор Томской области Владимир Мазур подписал указ о мерах поддержки. "
     "Соглашение между ведомствами пока не заключено."),
    # nobody signed anything just before
    ("no_signing_before",
     "Министр труда Томской области Ирина Смирнова провела совещание. Соглашение между "
     "ведомствами обсуждается."),
])


@pytest.mark.parametrize("text", NOT_SIGNED_JUST_BEFORE)
def test_no_signing_just_before_gives_no_signed_agreement(models, text):
    assert not any(a.status == "signed" for a in agreements_of(models, text, PUB))
