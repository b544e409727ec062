"""hist88: a place's name read from inside a longer «quoted» name is no side of the
agreement (``coreference.quoted_fragments``, ``coreference._quoted_fragment``): a club
«Кубань-Арена» that signs with a player gives no side "Кубань" (with no side left the
record goes, ``unidentified``); a place named outside the quotes too stays a side, and so
does a body whose name is not a place's;
- a plural subject of an alike signing is several bodies of their own, not the one side of
  the agreement told before whose head word it shares (``agreement_sides.
  subject_side_of_prior``): "аналогичные соглашения с фондом подписали правительства двух
  областей" gives each government an agreement with the fund.

The texts are invented."""

from __future__ import annotations

import probes
import pytest
from probes import agreements_of, named_rows, party_names

from soccoop.extract.agreement_types import _Party
from soccoop.extract.coreference import _quoted_fragment

HIST88_FUNCTIONS = [("coreference", "quoted_fragments"), ("coreference", "_quoted_fragment"),
                    ("agreement_sides", "subject_side_of_prior")]

# (id, sentences of the agreement, the side's name, is it a fragment of a quoted name)
FRAGMENTS = [
    ("hyphened_club", ["Клуб «Кубань-Арена» и игрок подписали соглашение."], "Кубань", True),
    ("more_words", ["Фонд «Приморье без границ» и игрок подписали соглашение."], "Приморье",
     True),
    ("inflected", ["Тренер «Южного Урала-Спорт» подписал соглашение."], "Южный Урал", True),
    # negatives: the whole quoted name; the place also outside the quotes; no quotes; a body
    ("whole_quote", ["Клуб «Кубань» и игрок подписали соглашение."], "Кубань", False),
    ("also_outside", ["Кубань и клуб «Кубань-Арена» подписали соглашение."], "Кубань", False),
    ("no_quotes", ["Кубань и Адыгея подписали соглашение."], "Кубань", False),
    ("speech_quote", ["«Мы давно дружим с Кубанью, и соглашение с краем продлим», — сказал "
                      "министр."], "Кубань", False),
    ("body_not_place", ["АНО «Центр занятости молодёжи» подписала соглашение."],
     "Центр занятости", False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sents", "name", "expected"), named_rows(FRAGMENTS))
def test_quoted_fragment(models, sents, name, expected):
    assert _quoted_fragment(sents, _Party(name, [], 0, 0, models)) is expected


@pytest.mark.slow
def test_region_outside_quotes_stays(models):
    text = ("Правительство Краснодарского края и фонд «Кубань-Забота» подписали соглашение о "
            "летнем отдыхе детей из многодетных семей.")
    found = agreements_of(models, text, "2025-02-20")
    assert [party_names(a) for a in found] == [
        sorted(["Правительство Краснодарского края", "Фонд «Кубань-Забота»"])]


ALIKE = ("18 марта в Твери Правительство Тверской области и фонд «Заря» подписали соглашение "
         "о помощи одиноким старикам.\n\n{}")
TVER = "Правительство Тверской области"
FUND = "Фонд «Заря»"

# (id, the sentence after the first signing, the sides of the records after the first)
ALIKE_SIDES = [
    ("plural_subject_new_sides",
     "Тогда же похожие соглашения с фондом подписали правительства Смоленской и "
     "Брянской областей.",
     [sorted([FUND, "Правительство Смоленской области"]),
      sorted([FUND, "Правительство Брянской области"])]),
    # negative: a singular subject is the side told before
    ("singular_subject_shared",
     "Ранее аналогичные соглашения Правительство заключило с Правительством Смоленской "
     "области и Правительством Брянской области.",
     [sorted([TVER, "Правительство Смоленской области"]),
      sorted([TVER, "Правительство Брянской области"])]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), named_rows(ALIKE_SIDES))
def test_alike_sides(models, sentence, expected):
    found = agreements_of(models, ALIKE.format(sentence), "2025-03-19")
    assert [party_names(a) for a in found[1:]] == expected


def test_docstrings_quote_no_dev_text():
    probes.check_no_dev_text_quoted(__file__, HIST88_FUNCTIONS)
