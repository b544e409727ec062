"""pair96: records that the scorer's in-order pairing mismatched because one signing and
the agreement it adds to were read as one older agreement. A signing participle after the
base of an addendum or an extension ("к соглашению ..., заключённому в 2018 году") dates the
base, not the addendum signed now, whatever the parse; a date told between an adjective and
its noun ("на последнем в этом году заседании") says which meeting, not when the signing
was. Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest
from probes import first_sentence, noun_at

from soccoop.extract.candidate_dates import participle_of_base
from soccoop.extract.dates import find_dates
from soccoop.extract.signing_dates import date_within_attribute

LEAD = "Новости\n\n"

# (id, published, text, expected (status, date) rows of the records, sorted)
RECORDS = [
    # the base's participle, hung by the parser elsewhere, dates the base only: the
    # addendum is signed now, the base is an agreement of its own, referred to
    ("addendum-base-participle", "2025-03-20",
     LEAD + "Департамент труда и занятости жителей Чукотского автономного округа – Анадыря "
     "и Министерство семьи и социальной защиты Республики Тыва вчера скрепили подписями "
     "дополнительное соглашение к соглашению о совместной работе в сфере вахтового "
     "труда, заключённому в 2019 году.\n",
     [("mentioned", "2019"), ("signed", "2025-03-19")]),
    # a year between an adjective and its noun names the meeting, not the signing's time
    ("year-in-attribute", "2024-12-20",
     LEAD + "На последнем в этом году заседании совета министерство труда Орловской "
     "области и фонд «Опора» подписали соглашение о помощи семьям.\n",
     [("signed", "")]),
    # negatives: a year told of the signing itself, an older signing, an "от" date
    ("year-of-signing", "2024-12-20",
     LEAD + "Министерство труда Орловской области и фонд «Опора» подписали соглашение о "
     "помощи семьям ещё в 2019 году, и теперь оно приносит плоды.\n",
     [("mentioned", "2019")]),
    ("base-from-date", "2025-03-20",
     LEAD + "Отдел занятости Приморского края и Министерство труда Республики Тыва вчера "
     "скрепили подписями дополнительное соглашение к давнему соглашению об обмене "
     "вакансиями от 4 июня 2018 года.\n",
     [("mentioned", "2018-06-04"), ("signed", "2025-03-19")]),
]


@pytest.mark.parametrize(("case", "published", "text", "expected"), RECORDS,
                         ids=[r[0] for r in RECORDS])
def test_records(models, case: str, published: str, text: str,
                 expected: list[tuple[str, str]]) -> None:
    got = [(status, date) for status, date, _ in
           probes.status_date_parties(models, text, published)]
    assert got == expected


# (id, sentence, the lemma's occurrence the participle belongs to (0: first, 1: second),
# or None): ``participle_of_base`` on the sentence's signing participle
BASES = [
    ("addendum-base", "Фонд и колледж подписали дополнительное соглашение к их договору о "
     "выпуске сиделок для домов престарелых, заключённому в 2017 году.", 0),
    ("extension-base", "Фонд и колледж подписали соглашение о продлении срока действия "
     "договора о практике студентов, подписанного в 2016 году.", 0),
    # negatives: no earlier agreement noun; a participle agreeing with the addendum
    ("lone-extension", "Фонд и колледж продлили срок действия договора о практике "
     "студентов, заключённого в 2016 году.", None),
    ("addendum-own", "Фонд и колледж подписали дополнительное соглашение к их договору о "
     "практике, заключённое сроком на три года.", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), BASES, ids=[r[0] for r in BASES])
def test_participle_of_base(models, case: str, text: str, expected: int | None) -> None:
    sent = first_sentence(models, text)
    p = next(i for i, t in enumerate(sent.tokens) if t.feats.get("VerbForm") == "Part"
             and t.lemma in {"заключить", "подписать"})
    got = participle_of_base(sent, p)
    assert got == (None if expected is None else noun_at(sent, "договор"))


# (id, sentence, expected): ``date_within_attribute`` on the sentence's first date
ATTRIBUTES = [
    ("last-this-year", "На последнем в этом году заседании совета фонд и колледж подписали "
     "договор.", True),
    ("first-of-year", "В первом в 2025 году выпуске вестника напечатан текст договора.", True),
    # negatives: the year of the signing; a date after its noun
    ("year-of-signing", "В этом году фонд и колледж подписали договор.", False),
    ("day-after-noun", "На заседании 5 марта фонд и колледж подписали договор.", False),
]


@pytest.mark.parametrize(("case", "text", "expected"), ATTRIBUTES,
                         ids=[r[0] for r in ATTRIBUTES])
def test_date_within_attribute(models, case: str, text: str, expected: bool) -> None:
    sent = first_sentence(models, text)
    d = next(d for d in find_dates(text, "2025-04-10") if d.value)
    assert date_within_attribute(sent, d) is expected


PAIR96_FUNCTIONS = [("candidate_dates", "participle_of_base"),
                    ("signing_dates", "date_within_attribute")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, PAIR96_FUNCTIONS)
