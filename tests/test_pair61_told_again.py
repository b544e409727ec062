"""pair61: one signing told again in a later sentence is one record, and the older
agreement recalled beside it stays a record of its own.

- "Новое соглашение ..." opening a sentence, with the older agreement it replaces in the
  same sentence, is the signing (or plan) just reported:
  ``merge_rules.new_agreement_told_again``;
- a side-less mention of a signing naming again the signers of one open agreement (a photo
  caption at the page's end) is that signing, not the agreement told nearest before it:
  ``merge_rules.signers_named_again``;
"""

from __future__ import annotations

import pytest
from probes import agreements_of, named_rows

PUB = "2025-06-10"

KOSTROMA = ("Министерство социального развития Костромской области и Костромской "
            "государственный университет 5 июня подписали соглашение о подготовке социальных "
            "работников. Подписи под документом поставили министр социального развития "
            "Костромской области Ольга Мухина и ректор университета Пётр Зуев.\n\nНапомним, "
            "ранее министерство заключило аналогичное соглашение с Костромским политехническим "
            "колледжем.\n\n")

TOLD_AGAIN = [
    ("replaces_an_older_agreement_of_another_body",
     "Министерство социальной защиты Курганской области и Отделение Социального фонда России "
     "по Курганской области 3 июня подписали соглашение об обмене сведениями о семьях "
     "участников СВО.\n\nНовое соглашение заменит соглашение, которое министерство заключило "
     "в 2018 году с отделением Пенсионного фонда России по Курганской области.",
     ["signed", "mentioned"]),
    ("a plan told again",
     "Министерство труда Тамбовской области и Тамбовский государственный университет в июле "
     "подпишут соглашение о подготовке социальных работников.\n\nНовый документ заменит "
     "соглашение, которое стороны заключили в 2016 году.",
     ["planned", "mentioned"]),
    ("a new plan after a signing stays apart",
     "Министерство труда Псковской области и Псковский государственный университет вчера "
     "подписали соглашение о подготовке социальных работников.\n\nНовое соглашение "
     "министерство планирует подписать в июле с Псковским колледжем.",
     ["signed", "planned"]),
    ("a new plan after an older agreement stays apart",
     "Министерство труда Псковской области и Псковский государственный университет в 2019 "
     "году заключили соглашение о подготовке социальных работников.\n\nНовое соглашение "
     "стороны подпишут в сентябре.",
     ["mentioned", "planned"]),
    ("a caption naming the signers again is their signing",
     KOSTROMA + "На фото: министр социального развития Костромской области Ольга Мухина и "
     "ректор КГУ Пётр Зуев после подписания соглашения. Фото пресс-службы министерства",
     ["signed", "mentioned"]),
]


@pytest.mark.parametrize("text, statuses", named_rows(TOLD_AGAIN))
def test_one_signing_told_again_is_one_record(models, text, statuses):
    assert [a.status for a in agreements_of(models, text, PUB)] == statuses
