"""agr91: one signing told in headline, lead and signers' lines; an earlier agreement recalled
by a clause hung on its subject; an aside set apart as "другое соглашение". A quoted name
declined on its own; a bracketed aside inside a name; a branch named by its own region's
adjective; a body held by its region's bare name; the sides of "которое X заключило с Y"
and "заключённое X-ом с Y"; a place of the event before a name. Every probe is written here,
in words of its own."""

from __future__ import annotations

import probes
import pytest
from probes import parsed_analysis, status_date_parties

from soccoop.extract.agreement_clauses import signing_clause_on_subject
from soccoop.extract.agreement_types import inflected_quoted_name, side_of_name
from soccoop.extract.lexicon_sides import EVERYDAY_NAMES
from soccoop.extract.party_cleanup import _without_aside
from soccoop.extract.party_identity import other_name, own_region_branch

LEAD = "Новости\n\n"
LEGAL = EVERYDAY_NAMES[0][0]  # the Social Fund's legal name (its words not written here)


def statuses_dates(models, text: str, published: str) -> list[tuple[str, str]]:
    """(status, date or "") of every record, sorted."""
    return [(s, d) for s, d, _ in status_date_parties(models, text, published)]


# (id, published, text, sorted (status, date or "") of every record)
RECORDS = [
    # a bare quoted name in the genitive (a signer's body) is the organisation named in full
    ("quoted-name-declined", "2025-02-14",
     LEAD + "Отделение СФР по Тамбовской области заключило соглашение с "
     "Тамбовской областной общественной организацией семей погибших «Память». Документ "
     "был подписан вчера в Тамбове. Подписи поставили управляющий Отделением Пётр "
     "Соловьёв и председатель совета «Памяти» Нина Гусева.\n",
     [("signed", "2025-02-13")]),
    # negative: another quoted name is another body, and its agreement a record of its own
    ("quoted-name-other", "2025-02-14",
     LEAD + "Отделение СФР по Тамбовской области вчера заключило "
     "соглашение с Тамбовской областной общественной организацией семей погибших "
     "«Память». Ещё в 2022 году Отделение подписало договор о помощи с фондом "
     "«Надежда».\n",
     [("mentioned", "2022"), ("signed", "2025-02-13")]),
    # a branch named by its own region's adjective and a university without its bracketed
    # aside are the sides named in full after them
    ("own-region-branch", "2025-02-14",
     LEAD + "Окружное отделение Социального фонда и Ненецкий государственный университет "
     "подписали меморандум о стажировках. Этот меморандум между Отделением "
     f"Фонда{LEGAL[4:]} по Ненецкому автономному округу и Ненецким (Северным) "
     "государственным университетом был подписан в среду.\n",
     [("signed", "2025-02-12")]),
    # a headline's body held by its region's bare name, the governor signing for it
    ("body-of-bare-region", "2024-10-09",
     "Правительство Курской области, Соцфонд и фонд «Опора» заключили трёхстороннее "
     "соглашение\n\nСегодня подписано трёхстороннее соглашение о помощи семьям "
     "ветеранов. Документ подписан губернатором Курской области Иваном Дроздовым, "
     "управляющим Отделением СФР по Курской области Анной Белкиной и руководителем "
     "Курского филиала фонда «Опора» Олегом Ткачёвым.\n",
     [("signed", "2024-10-09")]),
    # a relative clause the parse hangs on the agreement's subject: its own earlier signing
    ("relative-on-subject", "2025-04-10",
     LEAD + "Министерство труда и занятости Орловской области вчера подписало соглашение с "
     "Орловским обществом глухих. Оно будет действовать вместе с соглашением об "
     "обмене данными, которое министерство подписало с Отделением СФР по Орловской "
     "области в 2022 году.\n",
     [("mentioned", "2022"), ("signed", "2025-04-09")]),
    # the new agreement after an aside set apart as another joins the signing, not the aside
    ("aside-another", "2025-04-10",
     LEAD + "Министерство труда и занятости Орловской области вчера подписало соглашение с "
     "Орловским обществом глухих. Работе помогает и другое соглашение — о передаче "
     "сведений, которое Отделение СФР по Орловской области и Орловский центр занятости "
     "заключили в марте 2023 года.\n\nПосле подписания министр сказал, что "
     "соглашение предусматривает наставничество. Первых работников по новому соглашению "
     "примут в мае.\n",
     [("mentioned", "2023-03"), ("signed", "2025-04-09")]),
]


@pytest.mark.parametrize(("case", "published", "text", "expected"), RECORDS,
                         ids=[r[0] for r in RECORDS])
def test_records(models, case: str, published: str, text: str, expected: list) -> None:
    assert statuses_dates(models, text, published) == expected


def test_relative_clause_sides(models) -> None:
    """"которое министерство заключило с Отделением": the ministry told before and the
    branch are the 2022 agreement's sides."""
    text = RECORDS[4][2]
    recalled = [p for s, d, p in status_date_parties(models, text, "2025-04-10")
                if s == "mentioned"]
    assert recalled and len(recalled[0]) == 2
    assert any(p.startswith("Министерство труда") for p in recalled[0])


def test_participle_agent_sides(models) -> None:
    """"заключённое заводом ... с центром занятости": the plant named before is a side; the
    place of the event ("в Брянске") is no word of the plant's name."""
    text = LEAD + ("12 мая в Брянске АО «Брянский литейный завод» и центр занятости "
                   "Брянской области подписали меморандум о найме ветеранов. С его подписанием "
                   "теряет силу соглашение о сотрудничестве, заключённое заводом в 2021 "
                   "году с центром занятости Клинцовского района.\n")
    records = status_date_parties(models, text, "2025-05-13")
    recalled = [p for s, d, p in records if s == "mentioned"]
    assert recalled and "АО «Брянский литейный завод»" in recalled[0]
    assert not any("Брянск АО" in name for _, _, p in records for name in p)


# (id, a name, another, are they one body by ``inflected_quoted_name``)
QUOTED = [
    ("genitive", "«Памяти»", "Общественная организация «Память»", True),
    ("two-words", "«Доброго сердца»", "АНО «Доброе сердце»", True),
    ("other-name", "«Надежды»", "АНО «Память»", False),
    ("not-bare", "Фонд «Памяти»", "Общественная организация «Память»", False),
    ("other-word", "«Марса»", "АНО «Марина»", False),
]


@pytest.mark.parametrize(("case", "a", "b", "expected"), QUOTED, ids=[r[0] for r in QUOTED])
def test_inflected_quoted_name(case: str, a: str, b: str, expected: bool) -> None:
    assert inflected_quoted_name(a, b) is expected


# (id, a name, another, the way they are one side or None)
WAYS = [
    ("own-region", "Областное отделение Социального фонда",
     "Отделение Социального фонда России по Ивановской области", "shorter"),
    ("own-region-legal", "Региональное отделение Социального фонда",
     f"Отделение {LEGAL} по Ивановской области", "own region branch"),
    ("aside", "Томский государственный университет",
     "Томский (Сибирский) государственный университет", "shorter"),
    ("other-fund", "Областное отделение Пенсионного фонда",
     "Отделение Социального фонда России по Ивановской области", None),
    ("adjective-more", "Томский государственный университет",
     "Томский государственный педагогический университет", None),
]


@pytest.mark.parametrize(("case", "a", "b", "expected"), WAYS, ids=[r[0] for r in WAYS])
def test_same_side_ways(models, case: str, a: str, b: str, expected: str | None) -> None:
    assert other_name(side_of_name(models, a), side_of_name(models, b), models) == expected


def test_own_region_branch_needs_place(models) -> None:
    """The full name must go on with its place: "Социальный фонд России" itself is none."""
    assert not own_region_branch(side_of_name(models, "Областное отделение Социального фонда"),
                                 side_of_name(models, "Социальный фонд России"))


@pytest.mark.parametrize(("name", "expected"), [
    ("Томский (Сибирский) государственный университет", "Томский государственный университет"),
    ("Томский государственный университет", "Томский государственный университет"),
])
def test_without_aside(name: str, expected: str) -> None:
    assert _without_aside(name) == expected


# (id, sentence, the lemma of the signing verb the clause on the subject gives, or None)
CLAUSES = [
    ("relative", "Работа опирается на соглашение об обмене данными, которое департамент "
     "заключил с фондом в 2021 году.", "заключить"),
    ("participle", "Теряет силу соглашение о сотрудничестве, заключённое фондом с "
     "колледжем.", "заключить"),
    # negative: the pronoun is the subject of its clause, not the signed object
    ("subject-pronoun", "Работа опирается на соглашение об обмене данными с фондом, который "
     "подписал его в 2021 году.", None),
    # negative: another verb than a signing
    ("other-verb", "Работа опирается на соглашение об обмене данными, которое департамент "
     "обсуждал с фондом.", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), CLAUSES, ids=[r[0] for r in CLAUSES])
def test_signing_clause_on_subject(models, case: str, text: str, expected: str | None) -> None:
    sent = parsed_analysis(models, text).sentences[0]
    k = next(n for n, t in enumerate(sent.tokens) if t.lemma in {"соглашение", "договор"})
    found = signing_clause_on_subject(sent, k)
    assert (sent.tokens[found].lemma if found is not None else None) == expected


AGR91_FUNCTIONS = [("agreement_types", "inflected_quoted_name"),
                   ("agreement_types", "_outside_brackets"),
                   ("party_identity", "own_region_branch"),
                   ("party_cleanup", "_without_aside"),
                   ("merge_rules", "_region_of_body"),
                   ("merge_rules", "set_apart_as_another"),
                   ("agreement_clauses", "signing_clause_on_subject"),
                   ("coreference", "agent_of_kind"),
                   ("agreement_sides", "_ministry_named_before"),
                   ("party_phrases", "_place_where")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, AGR91_FUNCTIONS)
