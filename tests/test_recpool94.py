"""recpool94: record errors pooled over the dev rounds. A joining told by a link verb ("X
стало третьей стороной соглашения, которое A и B заключили"), a planned joiner told after
the plan's head and named after a dash ("Присоединиться к соглашению планирует ещё один
колледж — X"), a district's body as a side ("администрация Мценского района") and the
genitive sides of a noun that declares its count of sides ("трёхстороннего соглашения
фонда и вуза"). Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest
from probes import agreement_records, parsed_analysis

from soccoop.extract.agreement_joins import joining_planned, linked_joining
from soccoop.extract.agreement_sides import counted_genitive_sides
from soccoop.extract.party_phrases import _parties_in
from soccoop.extract.regions import find_regions

LEAD = "Новости\n\nПогода в городе стоит тёплая. "
MINISTRY = "Министерство социального развития Орловской области"
SOCIETY = "Орловское региональное отделение Союза пенсионеров России"
BAKERY = "ООО «Орловский хлеб»"
BASE = (MINISTRY + " и " + SOCIETY + " в 2021 году заключили соглашение о поддержке "
        "пожилых жителей области. ")


def sides_only(models, text: str, published: str) -> list[tuple[str, list[str]]]:
    """(status, sorted side names) of every record, sorted."""
    return sorted((s, sorted(p)) for s, p in agreement_records(models, text, published,
                                                                "status", "parties"))


# (id, published, text, (status, sorted sides) of every record, sorted)
RECORDS = [
    # a joining told by a link verb: the joining signed by all, the agreement joined
    ("third-side", "2025-06-20",
     LEAD + "ООО «Орловский хлеб» стало третьей стороной соглашения о поддержке пожилых "
     "жителей области, которое Министерство социального развития Орловской области и "
     "Орловское региональное отделение Союза пенсионеров России подписали в 2021 году.\n",
     [("mentioned", sorted([MINISTRY, SOCIETY])),
      ("signed", sorted([BAKERY, MINISTRY, SOCIETY]))]),
    # negative: negated, only the agreement joined is left
    ("not-third-side", "2025-06-20",
     LEAD + "ООО «Орловский хлеб» не стало третьей стороной соглашения о поддержке пожилых "
     "жителей области, которое Министерство социального развития Орловской области и "
     "Орловское региональное отделение Союза пенсионеров России подписали в 2021 году.\n",
     [("mentioned", sorted([MINISTRY, SOCIETY]))]),
    # a planned joiner after the plan's head, named after a dash
    ("dash-joiner", "2025-06-20",
     LEAD + BASE + "Присоединиться к соглашению планирует ещё одна компания — ООО «Орловский "
     "хлеб», переговоры уже идут.\n",
     [("mentioned", sorted([MINISTRY, SOCIETY])),
      ("planned", sorted([BAKERY, MINISTRY, SOCIETY]))]),
    # negatives: the plan told in the past, a joiner left unnamed
    ("dash-joiner-past", "2025-06-20",
     LEAD + BASE + "Присоединиться к соглашению планировала и компания — ООО «Орловский "
     "хлеб», но передумала.\n",
     [("mentioned", sorted([MINISTRY, SOCIETY]))]),
    ("unnamed-joiners", "2025-06-20",
     LEAD + BASE + "Присоединиться к соглашению планируют и другие компании.\n",
     [("mentioned", sorted([MINISTRY, SOCIETY]))]),
    # a district's administration among three subjects of a plan
    ("district-body", "2025-06-20",
     LEAD + "Отделение СФР по Орловской области, администрация Мценского района и Орловский "
     "государственный университет договорились заключить трёхстороннее соглашение о "
     "совместной работе.\n",
     [("planned", ["Администрация Мценского района", "Орловский государственный университет",
                   "Отделение СФР по Орловской области"])]),
    # the genitive sides of a noun declaring three sides
    ("counted-genitive", "2025-06-20",
     LEAD + "На встрече шла речь о подготовке трёхстороннего соглашения комитета, "
     "Отделения СФР по Орловской области и Орловского государственного университета о "
     "подготовке социальных работников.\n",
     [("planned", ["Орловский государственный университет",
                   "Отделение СФР по Орловской области"])]),
]


@pytest.mark.parametrize(("case", "published", "text", "expected"), RECORDS,
                         ids=[r[0] for r in RECORDS])
def test_records(models, case: str, published: str, text: str, expected: list) -> None:
    assert sides_only(models, text, published) == expected


def _noun(sent) -> int:
    return next(n for n, t in enumerate(sent.tokens) if t.lemma in {"соглашение", "договор"})


# (id, sentence, is it a joining told done by a link verb?)
LINKED = [
    ("third-side", "Фонд «Добро» стал третьей стороной соглашения, которое заключили "
     "Министерство труда Орловской области и Орловский колледж.", True),
    ("participant", "Фонд «Добро» стал участником соглашения между Министерством труда "
     "Орловской области и Орловским колледжем.", True),
    # negatives: negated, future, the role noun of no agreement, no side after the noun
    ("negated", "Фонд «Добро» не стал участником соглашения между Министерством труда "
     "Орловской области и Орловским колледжем.", False),
    ("future", "Фонд «Добро» станет участником соглашения между Министерством труда "
     "Орловской области и Орловским колледжем.", False),
    ("other-noun", "Фонд «Добро» стал участником форума, где Министерство труда Орловской "
     "области подписало соглашение с Орловским колледжем.", False),
    ("no-sides", "Фонд «Добро» стал третьей стороной соглашения о поддержке ветеранов.",
     False),
]


@pytest.mark.parametrize(("case", "text", "expected"), LINKED, ids=[r[0] for r in LINKED])
def test_linked_joining(models, case: str, text: str, expected: bool) -> None:
    analysis = parsed_analysis(models, text)
    sent = analysis.sentences[0]
    found = linked_joining(analysis, models, sent, _noun(sent),
                           find_regions(analysis, models))
    assert (found is not None) is expected


# (id, sentence, is the joining a plan?)
PLANNED = [
    ("infinitive-first", "Присоединиться к соглашению планирует и фонд «Добро».", True),
    ("short-adjective", "Присоединиться к соглашению намерен и фонд «Добро».", True),
    ("verb-after", "К соглашению планирует присоединиться и фонд «Добро».", True),
    # negatives: the plan in the past, a wish, a mere ability with no draft
    ("past", "Присоединиться к соглашению планировал и фонд «Добро».", False),
    ("wish", "Присоединиться к соглашению хотели бы и другие фонды.", False),
    ("ability", "Присоединиться к соглашению может и фонд «Добро».", False),
]


@pytest.mark.parametrize(("case", "text", "expected"), PLANNED, ids=[r[0] for r in PLANNED])
def test_joining_planned(models, case: str, text: str, expected: bool) -> None:
    sent = parsed_analysis(models, text).sentences[0]
    assert (joining_planned(sent, _noun(sent)) is not None) is expected


# (id, sentence, side names _parties_in reads in it)
DISTRICT = [
    ("district", "Администрация Мценского района подписала соглашение с фондом «Добро».",
     {"Администрация Мценского района", "Фонд «Добро»"}),
    ("municipal-district", "Соглашение подписала администрация Мценского муниципального "
     "округа.", {"Администрация Мценского муниципального округа"}),
    # negative: a district alone is no side
    ("bare-district", "Жители Мценского района получили помощь.", set()),
]


@pytest.mark.parametrize(("case", "text", "expected"), DISTRICT, ids=[r[0] for r in DISTRICT])
def test_district_body(models, case: str, text: str, expected: set) -> None:
    analysis = parsed_analysis(models, text)
    sent = analysis.sentences[0]
    found = _parties_in(analysis, models, sent, 0, len(sent.tokens),
                        find_regions(analysis, models))
    assert {p.name for p in found} == expected


# (id, sentence, side names counted_genitive_sides reads)
COUNTED = [
    ("trilateral", "Готовится трёхстороннее соглашение Отделения СФР по Орловской области, "
     "Орловского колледжа и Орловского государственного университета.",
     ["Отделение СФР по Орловской области", "Орловский колледж",
      "Орловский государственный университет"]),
    # negatives: no count of sides, no genitive list after the noun
    ("uncounted", "Готовится соглашение Отделения СФР по Орловской области и Орловского "
     "колледжа о практике.", []),
    ("title-only", "Готовится трёхстороннее соглашение о практике студентов.", []),
]


@pytest.mark.parametrize(("case", "text", "expected"), COUNTED, ids=[r[0] for r in COUNTED])
def test_counted_genitive_sides(models, case: str, text: str, expected: list) -> None:
    analysis = parsed_analysis(models, text)
    sent = analysis.sentences[0]
    found = counted_genitive_sides(analysis, models, sent, _noun(sent), len(sent.tokens),
                                   find_regions(analysis, models))
    assert [p.name for p in found] == expected


RECPOOL94_FUNCTIONS = [("agreement_joins", "linked_joining"),
                       ("agreement_joins", "linked_candidates"),
                       ("agreement_joins", "_plan_head_after"),
                       ("agreement_joins", "_named_after_dash"),
                       ("agreement_joins", "joining_candidates"),
                       ("agreement_sides", "counted_genitive_sides"),
                       ("party_phrases", "district_body")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, RECPOOL94_FUNCTIONS)
