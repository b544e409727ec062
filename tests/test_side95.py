"""side95: the side a signer stands for in a clause opened by "со стороны" naming a
district is the district, not the unit of it his post names ("со стороны Ивановского
округа – начальник управления образования округа ..."); with it, recpool94's
``district_body`` is back (its probes in tests/test_recpool94.py). A long quoted name after
a body's kind spelled out ("учреждением «...»") is read whole. Every probe is written
here, in words of its own."""

from __future__ import annotations

import probes
import pytest
from probes import parsed_analysis, signer_surnames

from soccoop.extract.party_phrases import _parties_in, behalf_district
from soccoop.extract.regions import find_regions

OPENING = ("Администрация Кольчугинского муниципального района и администрация "
           "Петушинского муниципального округа заключили соглашение о взаимодействии. ")

# (id, text after OPENING, signers' surnames of the one signed record)
GAPPED = [
    # the side after "со стороны", the post's unit of the district after a dash
    ("dash", "Со стороны Кольчугинского района документ подписал глава района Семён "
     "Блинов, со стороны Петушинского округа – начальник отдела опеки округа Лидия "
     "Кротова.", [["блинов", "кротова"]]),
    # the same with the signing's words between the side and the post
    ("verb", "Со стороны Кольчугинского района документ подписал глава района Семён "
     "Блинов, со стороны Петушинского округа документ подписала начальник отдела опеки "
     "округа Лидия Кротова.", [["блинов", "кротова"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("case", "text", "expected"), GAPPED, ids=[r[0] for r in GAPPED])
def test_restated_signing_joins(models, case: str, text: str, expected: list) -> None:
    assert signer_surnames(models, OPENING + text) == expected


# (id, text, the post's first word, the post's body, the side behalf_district reads or None)
BEHALF = [
    ("gapped", "Со стороны Петушинского округа – начальник отдела опеки округа Лидия "
     "Кротова.", "начальник", "отдел опеки округа", "Петушинский округ"),
    ("with-verb", "Со стороны Кольчугинского муниципального района документ подписал "
     "заведующий сектором культуры района Олег Зуев.", "заведующий",
     "сектор культуры района", "Кольчугинский муниципальный район"),
    # negatives: a region is no district (the ministry is the side)
    ("region", "Со стороны Владимирской области – министр социальной защиты области Анна "
     "Рябинина.", "министр", "министерство социальной защиты области", None),
    # the post's body names the district in full: that body stays
    ("body-in-full", "Со стороны Петушинского округа – начальник отдела опеки "
     "Петушинского округа Лидия Кротова.", "начальник", "отдел опеки Петушинского округа",
     None),
    # another district's noun: "района" is not the "округ" named
    ("other-noun", "Со стороны Петушинского округа – начальник отдела опеки района Лидия "
     "Кротова.", "начальник", "отдел опеки района", None),
    # no "со стороны": a district only in passing
    ("no-side", "В гостях у Петушинского округа – начальник отдела опеки округа Лидия "
     "Кротова.", "начальник", "отдел опеки округа", None),
    # something else between the side and the post
    ("words-between", "Со стороны Петушинского округа пришла на встречу начальник "
     "отдела опеки округа Лидия Кротова.", "начальник", "отдел опеки округа", None),
]


@pytest.mark.parametrize(("case", "text", "post", "body", "expected"), BEHALF,
                         ids=[r[0] for r in BEHALF])
def test_behalf_district(models, case: str, text: str, post: str, body: str,
                         expected: str | None) -> None:
    analysis = parsed_analysis(models, text)
    at = text.index(post)
    found = behalf_district(models, analysis, at, body)
    assert (found.name if found is not None else None) == expected


# (id, sentence, side names _parties_in reads in it)
KIND_QUOTED = [
    # a long name after its kind spelled out: the whole name to the closing quote
    ("long-name", "Соглашение заключено между муниципальным казённым учреждением «Центр "
     "социальной поддержки семей и детей Петушинского муниципального округа» и фондом "
     "«Опора».", {"Муниципальное казённое учреждение «Центр социальной поддержки семей и "
                  "детей Петушинского муниципального округа»", "Фонд «Опора»"}),
    # a short name was read before and still is
    ("short-name", "Соглашение заключено между учреждением «Центр поддержки» и фондом "
     "«Опора».", {"Учреждение «Центр поддержки»", "Фонд «Опора»"}),
    # negatives: a quotation with a verb after a body's kind is no name
    ("quoted-words", "Председатель организации «Мы всегда поможем каждому, кто к нам придёт "
     "за помощью» назвал девизом.", set()),
    # no kind before the quote: a long quoted phrase stays unread
    ("no-kind", "Проект «Центр социальной поддержки семей и детей нашего небольшого "
     "городка» обсудили на встрече.", set()),
]


@pytest.mark.parametrize(("case", "text", "expected"), KIND_QUOTED,
                         ids=[r[0] for r in KIND_QUOTED])
def test_kind_before_long_quoted_name(models, case: str, text: str, expected: set) -> None:
    analysis = parsed_analysis(models, text)
    sent = analysis.sentences[0]
    found = _parties_in(analysis, models, sent, 0, len(sent.tokens),
                        find_regions(analysis, models))
    assert {p.name for p in found} == expected


SIDE95_FUNCTIONS = [("party_phrases", "behalf_district"), ("agreement_lists", "signer_parties"),
                    ("party_phrases", "_kind_quote_close")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, SIDE95_FUNCTIONS)
