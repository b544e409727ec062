"""pair55: ``digest_summaries.summary_with_kinds``: a digest's verbless contents line with
plural agreements whose partner is named by its kind only makes no record of its own; the
signing told below keeps its record, and a line with a verb or a named partner first is
left alone."""

from __future__ import annotations

import pytest
from probes import agreements_of, named_rows

PUB = "2025-04-08"

BODY = ("\n\nМинистерство социальной защиты Тамбовской области и Тамбовский государственный "
        "технический университет вчера подписали соглашение о практике студентов.")

CASES = [
    ("digest_lead_kind_then_name",
     "Новые соглашения с колледжами и Социальным фондом, ярмарка вакансий в Мичуринске и "
     "ремонт центра в Котовске." + BODY,
     1),
    ("digest_lead_two_words_of_kind",
     "Соглашения с местными работодателями, новые пособия и выставка в Рассказове." + BODY,
     1),
    ("verb_keeps_its_record",
     "Министерство заключило соглашения с колледжами и Социальным фондом." + BODY,
     2),
    ("named_partner_first_keeps_its_record",
     "Новые соглашения с Социальным фондом и колледжами, ярмарка вакансий в Мичуринске."
     + BODY,
     2),
]


@pytest.mark.parametrize("text, count", named_rows(CASES))
def test_a_verbless_digest_lead_with_a_kind_is_no_record(models, text, count):
    assert len(agreements_of(models, text, PUB)) == count
