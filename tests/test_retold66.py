"""retold66 (round 66 of issue 9, branch retold66): one signing told more than once.

A page tells its signing short in the lead ("Министерства Дагестана и Ингушетии
подписали соглашение", "ГАУ ЦЗП СО и ... заключили соглашение") and again in full further
on ("Соглашение между Министерством семейной политики РД и ... предусматривает",
"Стороны соглашения — государственное автономное учреждение ...").
Two ways of naming one side are read, each where it is safe:

- acronyms alone, each for a run of the full name's words, in any order
  (``party_identity.acronym_words``, a way of ``WAYS``; the acronym side is listed once by
  the full name, ``merge_rules.without_acronym_twins``);
- a body named by its head and its region alone (``party_identity.head_of_region``), asked
  only where every side of the retelling is matched to its own side of the signing
  (``merge_rules._sides_named_otherwise``, read by ``signing_beside_other_sides`` and
  ``no_common_side``); the short name is then listed once by the full one
  (``merge_rules.without_head_region_twins``).

Every probe is written here, in words of its own. On b66dev: ``acronym_words``,
``head_of_region`` and ``without_head_region_twins`` do not exist; ``RETOLD``'s
"region_acronyms" and "acronyms" rows give two records (the signing and a mentioned record
of the same sides named in full), "short_lead" a mentioned record beside the signing. The
guards hold on both."""

from __future__ import annotations

import probes
import pytest

CENTRE = ("Государственное автономное учреждение Тверской области «Центр социальной "
          "поддержки населения»")

# (id, the short name, the full name, one side?)
ACRONYM_WORDS = [
    ("three_runs", "ГАУ ЦСПН ТО", CENTRE, True),
    ("other_order", "ЦСПН ГАУ ТО", CENTRE, True),
    # guards: letters left over, another legal form, one acronym alone, plain words
    ("letters_left", "ГАУ ЦСПН", CENTRE, False),
    ("other_form", "ГКУ ЦСПН ТО", CENTRE, False),
    ("one_acronym", "ЦСПН", CENTRE, False),
    ("plain_words", "Центр Твери", CENTRE, False),
    # fixretold66 guard: two-letter pieces that are no region's abbreviation (fails on m66)
    ("two_letter_pieces", "ГАУ ЦС ПН ТО", CENTRE, False),
]


@pytest.mark.parametrize(("short", "full", "one"), probes.named_rows(ACRONYM_WORDS))
def test_acronym_words(models, short: str, full: str, one: bool) -> None:
    from soccoop.extract.party_identity import acronym_words, same_side
    p, q = probes.side(models, short), probes.side(models, full, "RU-TVE")
    assert acronym_words(p, q) is one
    if one:  # a way of WAYS ("ЦСПН" alone is the «quoted» name's, another way)
        assert same_side(p, q, models)


DAG = ("Министерство семейной политики Республики Дагестан", "RU-DA")

# (id, the short name and its region, the full name and its region, one side?)
HEAD_OF_REGION = [
    ("ministry", ("Министерство Дагестана", "RU-DA"), DAG, True),
    # guards: another region, another head, a short name with a field word of its own
    ("other_region", ("Министерство Ингушетии", "RU-IN"), DAG, False),
    ("other_head", ("Департамент Дагестана", "RU-DA"), DAG, False),
    ("three_words", ("Министерство здравоохранения Дагестана", "RU-DA"), DAG, False),
    # fixretold66 guards: the second word is a field, not the region's name, the region
    # read from the page (fail on m66)
    ("field_word", ("Министерство здравоохранения", "RU-DA"),
     ("Министерство труда Республики Дагестан", "RU-DA"), False),
    ("field_word_school", ("Министерство образования", "RU-DA"), DAG, False),
]


@pytest.mark.parametrize(("short", "full", "one"), probes.named_rows(HEAD_OF_REGION))
def test_head_of_region(models, short: tuple[str, str], full: tuple[str, str],
                        one: bool) -> None:
    from soccoop.extract.party_identity import head_of_region
    p, q = probes.side(models, *short), probes.side(models, *full)
    assert head_of_region(p, q, models) is one


# (id, the record's sides (name, region), the names left)
TWINS = [
    ("one_full", [("Министерство Дагестана", "RU-DA"), DAG],
     ["Министерство семейной политики Республики Дагестан"]),
    # guard: two ministries of the region; which one the short name is, nothing says
    ("two_full", [("Министерство Дагестана", "RU-DA"), DAG,
                  ("Министерство здравоохранения Республики Дагестан", "RU-DA")],
     ["Министерство Дагестана", "Министерство семейной политики Республики Дагестан",
      "Министерство здравоохранения Республики Дагестан"]),
    # fixretold66 guard: a short side of a field, its region from the page, is no twin of
    # another ministry of that region (fails on m66)
    ("field_short", [("Министерство здравоохранения", "RU-DA"), DAG],
     ["Министерство здравоохранения", "Министерство семейной политики Республики Дагестан"]),
]


@pytest.mark.parametrize(("sides", "left"), probes.named_rows(TWINS))
def test_without_head_region_twins(models, sides: list[tuple[str, str]],
                                   left: list[str]) -> None:
    from soccoop.extract.merge_rules import without_head_region_twins
    parties = [probes.side(models, n, r) for n, r in sides]
    assert [p.name for p in without_head_region_twins(parties, models)] == left


LEAD = ("Министерства Дагестана и Ингушетии подписали в Махачкале соглашение о совместной "
        "поддержке ветеранов труда.\n\n")
TOLD = "нацелено на обмен методиками ухода за одинокими стариками."
TORZHOK = ["ООО «Днепровский текстиль»", "Администрация города Рославля",
           "Государственное автономное учреждение Смоленской области «Центр занятости и "
           "профориентации»"]

# (id, the page, the (status, sides) expected)
RETOLD = [
    # the ministries named by regions' acronyms, once in the lead's sentence and again
    # (fails on b66dev: a second, mentioned record of the same two names)
    ("region_acronyms",
     LEAD + "Соглашение между Министерством семейной политики РД и Министерством социальной "
     "поддержки РИ " + TOLD,
     [("signed", ["Министерство семейной политики РД", "Министерство социальной поддержки РИ"])]),
    # the signing by acronyms, then its sides in full (fails on b66dev: two records)
    ("acronyms",
     "В среду ГАУ ЦЗП СО, администрация города Рославля и ООО «Днепровский текстиль» "
     "подписали в Рославле трёхстороннее соглашение о квотах рабочих мест для инвалидов.\n\n"
     "Стороны соглашения — государственное автономное учреждение Смоленской области "
     "«Центр занятости и профориентации», администрация города Рославля и ООО «Днепровский "
     "текстиль».",
     [("signed", sorted(TORZHOK))]),
    # guard: the ministries' full names alone, one record on both
    ("full_names",
     LEAD + "Соглашение между Министерством семейной политики Республики Дагестан и "
     "Министерством социальной поддержки Республики Ингушетия " + TOLD,
     [("signed", ["Министерство семейной политики Республики Дагестан",
                  "Министерство социальной поддержки Республики Ингушетия"])]),
    # guard: the health ministries of the two regions recalled by their year stay apart
    ("older_other_bodies",
     LEAD + "Ещё в 2019 году договор о партнёрстве заключили Министерство "
     "здравоохранения Республики Дагестан и Министерство здравоохранения Республики "
     "Ингушетия.",
     [("mentioned", ["Министерство здравоохранения Республики Дагестан",
                     "Министерство здравоохранения Республики Ингушетия"])]),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(RETOLD))
def test_signing_retold_in_full(models, text: str, expected: list[tuple[str, list[str]]]) -> None:
    records = probes.agreement_records(models, text, "2025-03-12", "status", "parties")
    got = [(s, sorted(p)) for s, p in records]
    if expected[0][0] == "mentioned":  # a guard: the older record, the signing aside
        assert [x for x in got if x[0] == "mentioned"] == expected, records
    else:
        assert got == expected, records


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, party_identity=("acronym_words", "head_of_region"),
                                          merge_rules=("without_head_region_twins",
                                                       "no_common_side"))
