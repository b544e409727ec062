"""statpool94: agreement status pooled over the dev rounds. A signing the sides had no time
for ("подписать не успели") is still to come; an infinitive of signing a bare paper ("Лучше
подписать документ позже") signs nothing the next sentence's agreement could be; a short
passive participle with a past "быть" ("был подписан") is a past signing, whatever plan word
the next clause holds; a headline naming its side by a place the body names inside a body's
name is the body's agreement, not an older one's. Every probe is written here, in words of
its own."""

from __future__ import annotations

import probes
import pytest
from probes import first_sentence, noun_at

from soccoop.extract.candidate_status import (
    _predicate_path,
    past_passive_signing,
    unachieved_signing,
)
from soccoop.extract.signers import lead_signing

LEAD = "Новости\n\n"
MIN = "Министерство социальной защиты Брянской области"
FUND = "ООО «Брянский текстиль»"

# (id, published, text, a side of the record, its expected status)
RECORDS = [
    # a signing the sides had no time for: still to come, whichever way the parse goes
    ("no-time-dashes", "2025-04-11",
     LEAD + "Вчера на ярмарке вакансий министерство социальной защиты Брянской области "
     "подписало соглашение с АО «Брянский хлеб». Ещё одно соглашение — с ООО «Брянский "
     "текстиль» — на ярмарке подписать не успели: юристы компании ещё изучают текст.\n",
     FUND, "planned"),
    ("no-time-verb-first", "2025-04-11",
     LEAD + "Министерство социальной защиты Брянской области и ООО «Брянский текстиль» не "
     "успели подписать договор о квотировании рабочих мест на ярмарке вакансий.\n",
     FUND, "planned"),
    # negatives: a signing that failed is referred to; one done in time is signed
    ("could-not", "2025-04-11",
     LEAD + "Министерство социальной защиты Брянской области и ООО «Брянский текстиль» не "
     "смогли подписать договор о квотировании рабочих мест.\n",
     FUND, "mentioned"),
    ("in-time", "2025-04-11",
     LEAD + "Министерство социальной защиты Брянской области и ООО «Брянский текстиль» "
     "успели подписать договор о квотировании рабочих мест до конца ярмарки.\n",
     FUND, "signed"),
    # a past passive with its auxiliary, a plan word in the next clause: a past signing
    ("was-signed-old", "2025-04-11",
     LEAD + "Соглашение министерства социальной защиты Брянской области с ООО "
     "«Брянский текстиль» было заключено в 2017 году, сейчас по нему готовятся новые "
     "проекты для ветеранов.\n",
     FUND, "mentioned"),
    # negative: the auxiliary in the future is a signing to come
    ("will-be-signed", "2025-04-11",
     LEAD + "Соглашение министерства социальной защиты Брянской области с ООО "
     "«Брянский текстиль» будет заключено в мае.\n",
     FUND, "planned"),
]


@pytest.mark.parametrize(("case", "published", "text", "side", "expected"), RECORDS,
                         ids=[r[0] for r in RECORDS])
def test_records(models, case: str, published: str | None, text: str, side: str,
                 expected: str) -> None:
    assert probes.status_of_side(models, text, published, side) == expected


# a headline naming its side by a place the body names inside a body's name
HEADLINE = ("Подписание соглашения с Гомельской областью отложено\n\n"
            "Брянск, 11 апреля 2025 года\n\n"
            "Подписание соглашения о дружбе между министерством социальной защиты Брянской "
            "области и Управлением по делам ветеранов Гомельской области, намеченное на 20 "
            "апреля, перенесено на 5 июня.\n\n"
            "Брянская область и Гомельская область связаны давними связями. Договор о "
            "приграничном сотрудничестве между правительством Брянской области и "
            "облисполкомом Гомельской области был заключён в 2016 году, по нему идут "
            "совместные проекты в сфере культуры.\n")


def test_headline_place_joins_body(models) -> None:
    rows = probes.status_parties(models, HEADLINE, None)
    planned = [parties for status, parties in rows if status == "planned"]
    assert planned == [["Министерство социальной защиты Брянской области",
                        "Управление по делам ветеранов Гомельской области"]]
    assert all(status == "mentioned" for status, parties in rows
               if any("правительство" in p.lower() for p in parties))


# (id, sentence, expected): ``lead_signing``, a signing of an unnamed paper told as done
LEAD_SIGNING = [
    ("signed-paper", "Министр вчера подписал важный документ.", True),
    ("signatures-put", "Министры поставили подписи под документом.", True),
    ("infinitive", "Лучше подписать хороший документ позже, — сказал министр.", False),
    ("signatures-to-put", "Министрам предстоит поставить подписи под документом.", False),
]


@pytest.mark.parametrize(("case", "text", "expected"), LEAD_SIGNING,
                         ids=[r[0] for r in LEAD_SIGNING])
def test_lead_signing(models, case: str, text: str, expected: bool) -> None:
    assert lead_signing(first_sentence(models, text)) is expected


# (id, sentence, expected): ``past_passive_signing`` on the participle
PAST_PASSIVE = [
    ("was-concluded", "Договор с фондом был заключён в 2017 году.", True),
    ("was-signed", "Соглашение с фондом было подписано весной.", True),
    ("will-be", "Договор с фондом будет заключён в мае.", False),
    ("bare", "Договор с фондом заключён вчера.", False),
    ("negated", "Договор с фондом так и не был заключён.", False),
]


@pytest.mark.parametrize(("case", "text", "expected"), PAST_PASSIVE,
                         ids=[r[0] for r in PAST_PASSIVE])
def test_past_passive_signing(models, case: str, text: str, expected: bool) -> None:
    sent = first_sentence(models, text)
    v = next(i for i, t in enumerate(sent.tokens)
             if t.lemma in {"заключить", "подписать"} and t.feats.get("VerbForm") == "Part")
    assert past_passive_signing(sent, v) is expected


# (id, sentence, noun lemma, expected): ``unachieved_signing`` on the noun's path
UNACHIEVED = [
    ("no-time", "Договор с колледжем на выставке так и не успели подписать.", "договор",
     "planned"),
    ("no-time-object", "Стороны не успели подписать договор с колледжем.", "договор",
     "planned"),
    ("in-time", "Стороны успели подписать договор с колледжем.", "договор", None),
    ("signed", "Стороны подписали договор с колледжем.", "договор", None),
]


@pytest.mark.parametrize(("case", "text", "lemma", "expected"), UNACHIEVED,
                         ids=[r[0] for r in UNACHIEVED])
def test_unachieved_signing(models, case: str, text: str, lemma: str,
                            expected: str | None) -> None:
    sent = first_sentence(models, text)
    assert unachieved_signing(sent, _predicate_path(sent, noun_at(sent, lemma))) == expected


STATPOOL94_FUNCTIONS = [("candidate_status", "unachieved_signing"),
                        ("candidate_status", "past_passive_signing"),
                        ("candidate_status", "_not_in_time"),
                        ("signers", "lead_signing"),
                        ("signers", "_infinitive"),
                        ("merge_rules", "_place_within_body"),
                        ("merge_rules", "_place_in_name"),
                        ("merge_rules", "headline_place_in_body")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, STATPOOL94_FUNCTIONS)
