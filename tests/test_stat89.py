"""stat89: statuses and records of agreements. An initialled text is still to be signed;
an agreement about a labour contract is no cooperation of bodies; a side's name with one
compound of word beginnings among its words ("госуниверситет") is the name in full; a
present-tense "сегодня" dates no agreement; a participle of signing timed within the
current period ("в начале месяца", "на днях") is a signing of these days. Every probe is
written here, in words of its own."""

from __future__ import annotations

import probes
import pytest
from probes import parsed_analysis, side, status_date_parties

from soccoop.extract.agreements import about_labour_contract, today_of_present
from soccoop.extract.party_identity import compound_inside
from soccoop.extract.status import preposed_signing_participle, recent_signing_time
from soccoop.models import DateRef

LEAD = "Новости\n\n"

TVER = "Министерство семейной политики Тверской области"
PSKOV = "Агентство по делам пожилых Псковской области"
UNI = "Тверской государственный университет"

# (id, published, text, sorted (status, date_or_empty, sorted parties) of every record)
RECORDS = [
    # an initialled text: the signing is still to come
    ("initialled-is-planned", "2025-03-12",
     LEAD + f"Текст соглашения о соцподдержке между {TVER[0].lower() + TVER[1:]} и "
     "агентством по делам пожилых Псковской области парафирован вчера в Твери.\n",
     [("planned", "2025-03-11", sorted([TVER, PSKOV]))]),
    # negative: a text agreed and signed in one breath is signed
    ("agreed-and-signed-is-signed", "2025-03-12",
     LEAD + f"Вчера {TVER[0].lower() + TVER[1:]} и агентство по делам пожилых Псковской "
     "области подписали соглашение о соцподдержке.\n",
     [("signed", "2025-03-11", sorted([TVER, PSKOV]))]),
    # an agreement ending a job contract is no agreement of bodies
    ("labour-contract-ended", "2025-03-12",
     LEAD + "Директор фабрики заставлял швей подписывать соглашения о расторжении трудовых "
     "договоров без выплаты долгов. Суд взыскал зарплату.\n",
     []),
    # a participle of signing timed "на днях" before the noun: signed
    ("signed-these-days", "2025-03-12",
     LEAD + f"Подписанное на днях соглашение между {TVER[0].lower() + TVER[1:]} и "
     "агентством по делам пожилых Псковской области уже приносит плоды: в санатории "
     "поехали первые сорок пенсионеров.\n",
     [("signed", "", sorted([TVER, PSKOV]))]),
    # negative: a participle of an earlier year keeps the agreement a reference
    ("signed-years-ago", "2025-03-12",
     LEAD + f"Подписанное в начале 2019 года соглашение между "
     f"{TVER[0].lower() + TVER[1:]} и агентством по делам пожилых Псковской области уже "
     "приносит плоды: в санатории поехали первые сорок пенсионеров.\n",
     [("mentioned", "2019", sorted([TVER, PSKOV]))]),
    # a second mention by a compound ("госуниверситет") is the same record
    ("compound-name-same-record", "2025-03-12",
     LEAD + f"Вчера {TVER[0].lower() + TVER[1:]} подписало соглашения с агентством по делам "
     "пожилых Псковской области и Тверским государственным университетом.\n\nВторое "
     "соглашение — с Тверским госуниверситетом — касается практики студентов.\n",
     [("signed", "2025-03-11", sorted([TVER, PSKOV])),
      ("signed", "2025-03-11", sorted([TVER, UNI]))]),
]


@pytest.mark.parametrize(("case", "published", "text", "expected"), RECORDS,
                         ids=[r[0] for r in RECORDS])
def test_records(models, case: str, published: str | None, text: str, expected: list) -> None:
    assert status_date_parties(models, text, published) == expected


# (id, sentence, expected): is the agreement noun's topic a labour contract?
LABOUR = [
    ("ending", "Работникам предложили подписать соглашение о расторжении трудового договора.",
     True),
    ("changing", "Стороны заключили соглашение об изменении трудового договора.", True),
    ("cooperation", "Министерство подписало соглашение о содействии трудоустройству "
     "выпускников.", False),
    ("labour-of-others", "Министерство подписало соглашение о сотрудничестве в сфере "
     "трудовых отношений.", False),
]


@pytest.mark.parametrize(("case", "text", "expected"), LABOUR, ids=[r[0] for r in LABOUR])
def test_about_labour_contract(models, case: str, text: str, expected: bool) -> None:
    sent = parsed_analysis(models, text).sentences[0]
    k = next(n for n, t in enumerate(sent.tokens) if t.lemma == "соглашение")
    assert about_labour_contract(sent, k) is expected


# (id, short name, full name, expected)
COMPOUNDS = [
    ("university", "Тверской госуниверситет", "Тверской государственный университет", True),
    ("fund", "Омский соцфонд", "Омский социальный фонд", True),
    ("other-place", "Омский госуниверситет", "Тверской государственный университет", False),
    ("no-compound", "Тверской университет", "Тверской государственный университет", False),
    ("other-word", "Тверской госуниверситет", "Тверской государственный институт", False),
]


@pytest.mark.parametrize(("case", "short", "full", "expected"), COMPOUNDS,
                         ids=[r[0] for r in COMPOUNDS])
def test_compound_inside(models, case: str, short: str, full: str, expected: bool) -> None:
    assert compound_inside(side(models, short), side(models, full)) is expected


# (id, sentence, word of the date, expected): is "сегодня" the present of a state?
TODAY = [
    ("works-today", "По старому договору выучились сто человек, многие сегодня работают в "
     "центрах.", True),
    ("signed-today", "Сегодня министерство подписало договор с университетом.", False),
]


@pytest.mark.parametrize(("case", "text", "expected"), TODAY, ids=[r[0] for r in TODAY])
def test_today_of_present(models, case: str, text: str, expected: bool) -> None:
    sent = parsed_analysis(models, text).sentences[0]
    i = next(n for n, t in enumerate(sent.tokens) if t.text.lower() == "сегодня")
    tok = sent.tokens[i]
    date = DateRef("2025-03-12", tok.text, tok.start, tok.stop, relative=True)
    assert today_of_present(sent, [date], "2025-03-12") is expected


# (id, sentence, expected): is the agreement's participle of signing timed within the
# current period?
RECENT = [
    ("start-of-month", "Подписанный в начале месяца договор между фондом и университетом "
     "уже действует.", True),
    ("few-days", "Подписанный на днях договор между фондом и университетом уже действует.",
     True),
    ("lately", "Недавно подписанный договор между фондом и университетом уже действует.",
     True),
    ("last-month", "Подписанный в начале прошлого месяца договор между фондом и "
     "университетом уже действует.", False),
    ("a-year", "Подписанный в 2019 году договор между фондом и университетом уже действует.",
     False),
]


@pytest.mark.parametrize(("case", "text", "expected"), RECENT, ids=[r[0] for r in RECENT])
def test_recent_signing_time(models, case: str, text: str, expected: bool) -> None:
    sent = parsed_analysis(models, text).sentences[0]
    k = next(n for n, t in enumerate(sent.tokens) if t.lemma == "договор")
    p = preposed_signing_participle(sent, k)
    assert p is not None
    assert recent_signing_time(sent, p) is expected


def test_no_preposed_participle_of_other_noun(models) -> None:
    """negative: a participle agreeing with another noun is not the agreement's."""
    sent = parsed_analysis(models, "Подписанные в начале месяца бумаги и договор "
                                   "лежат на столе.").sentences[0]
    k = next(n for n, t in enumerate(sent.tokens) if t.lemma == "договор")
    assert preposed_signing_participle(sent, k) is None


STAT89_FUNCTIONS = [("agreements", "about_labour_contract"),
                    ("agreements", "today_of_present"),
                    ("party_identity", "compound_inside"),
                    ("status", "recent_signing_time"),
                    ("status", "preposed_signing_participle")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, STAT89_FUNCTIONS)
