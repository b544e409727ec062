"""agr69: which agreements get a record. Several agreements told by one plural noun give one
record per partner (partners hung on the subject phrase, a verb's own subject before the
list, a plural head noun over «quoted» names); a club's dealings with players and sponsors
and the business of transport bodies give none. Every probe is written here, in words of
its own."""

from __future__ import annotations

import pytest
from probes import agreement_records

from soccoop.extract.agreement_types import side_of_name

PUB = "2024-03-12"

CASES = [
    # (id, text, sorted (status, sorted parties) of each record expected)
    ("partners-on-subject-phrase",
     "Центр занятости населения Курской области подписал соглашения о содействии "
     "занятости молодёжи с двумя предприятиями города: ООО «Курский мясокомбинат» и "
     "АО «Сейм».",
     [("signed", ["АО «Сейм»", "Центр занятости населения Курской области"]),
      ("signed", ["ООО «Курский мясокомбинат»", "Центр занятости населения Курской области"])]),
    ("own-subject-before-list",
     "В прошлом году наш центр заключил соглашения с БУ «Сургутский политехнический колледж» и с "
     "местным отделением движения «Волонтёры Победы».",
     [("mentioned", ["БУ «Сургутский политехнический колледж»"]),
      ("mentioned", ["Местное отделение движения «Волонтёры Победы»"])]),
    # a player's contract, a transfer and a sponsor are a club's business
    ("player-contract-is-none",
     "«Сокол» подписал соглашение с нападающим Иваном Петровым на два сезона.", []),
    ("transfer-is-none",
     "Липецкий «Металлург» достиг соглашения с «Факелом» о переходе вратаря Олега Сомова.",
     []),
    ("sponsor-is-none",
     "Клуб продлил соглашение с генеральным спонсором — ООО «Липецкая сталь» — ещё на "
     "три года.", []),
    # "между" inside what the agreement is to do names no sides
    ("between-in-its-terms",
     "Министерство социальной защиты Курской области отложило подписание соглашения с "
     "Курским областным отделением Российского Красного Креста. Соглашение должно определить "
     "порядок передачи сведений между поликлиниками и КЦСОН: врачи будут сообщать о "
     "пациентах, которым нужна помощь на дому.",
     [("planned", ["Курское областное отделение Российского Красного Креста",
                   "Министерство социальной защиты Курской области"])]),
    # transport bodies about roads: another field
    ("road-bodies-are-none",
     "Министерство транспорта Курской области и Федеральное дорожное агентство подписали "
     "соглашение о предоставлении области субсидии на ремонт моста.", []),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_records_of_agreements(models, case: str, text: str, expected: list) -> None:
    assert agreement_records(models, text, PUB, "status", "parties") == expected


KEPT = [
    # a social subject keeps a transport body's agreement, and a team's with a social aim
    ("transport-with-pensioners",
     "Министерство транспорта Курской области и Министерство социального обеспечения "
     "Курской области подписали соглашение о льготном проезде пенсионеров."),
    ("sponsor-of-disabled-children",
     "Клуб «Сокол» и Курская областная организация Всероссийского общества инвалидов "
     "подписали соглашение о занятиях спортом для детей с инвалидностью со спонсорской "
     "помощью клуба."),
]


@pytest.mark.parametrize(("case", "text"), KEPT, ids=[c[0] for c in KEPT])
def test_social_agreements_kept(models, case: str, text: str) -> None:
    assert [s for (s,) in agreement_records(models, text, PUB, "status")] == ["signed"]


@pytest.mark.parametrize(("a", "b"), [
    ("БУ «Сургутский политехнический колледж»", "БУ «Сургутский центр занятости»"),
    ("КУ «Центр занятости населения»", "КУ «Центр социальных выплат»"),
])
def test_short_legal_forms_no_key_words(models, a: str, b: str) -> None:
    """The legal form "БУ", "КУ" is no word of the side's key: two bodies of one form are
    two sides."""
    assert side_of_name(models, a).key != side_of_name(models, b).key


def test_plural_head_over_quoted_names(models) -> None:
    from soccoop.extract.party_phrases import _parties_in
    from soccoop.extract.syntax import ensure_parsed, windows

    text = "Фонд заключил соглашения с благотворительными фондами «Добрый дом» и «Надежда»."
    analysis = models.analyse(text)
    sent = ensure_parsed(windows(analysis)[0], models)
    names = [p.name for p in _parties_in(analysis, models, sent, 0, len(sent.tokens), [])]
    assert "Благотворительный фонд «Добрый дом»" in names
    assert "Благотворительный фонд «Надежда»" in names
