"""pair83: records that steal the scorer's greedy pairs. The hidden scorer pairs each gold
agreement, in the gold's order, with the first record not yet taken that shares a side, so
an extra record told first, or a record missing between two others, costs the status, date
and signers of the records that are right. Three causes, each a small rule:

- a count's items: "Подписаны два соглашения. Первое — с X. Его подписали A и B" gave the
  count A and B (and their bodies: a record of its own, told first), and the first item the
  signers of "Второй документ подписали ..." too (``candidate_signers._next_count_item``);
- an official's word on the agreement just signed, naming only its partner, is that
  agreement told again, though the body the official lends it be another body of the same
  region (``merge_rules.told_again_by_reporter``);
- "Следующий документ, который мы хотим подписать, — с X": a document its relative clause
  signs, its partner after a dash (``agreements.document_signed_by_relative``,
  ``agreement_sides.dash_partner``).

The texts are invented."""

from __future__ import annotations

import probes
import pytest
from probes import agreements_of, hand_parsed, named_rows

from soccoop.extract.candidate_signers import _next_count_item

PUB = "2025-05-07"

COUNT = ("Ярославль, 5 мая 2025 года.\n\nНа форуме в Ярославле подписали соглашения\n\n"
         "Главным итогом встречи стали сразу два подписанных соглашения. Первое — между "
         "Ярославским филиалом государственного фонда «Защитники Отечества» и Ярославским "
         "государственным университетом. Его подписали руководитель филиала Иван Соколов и "
         "проректор университета по учебной работе Мария Белова. Второй документ подписали "
         "управляющий Отделением Социального фонда России по Ярославской области Пётр Волков "
         "и министр социальной защиты Ярославской области Елена Громова.")

ONE = ("Ярославль, 5 мая 2025 года.\n\nСоглашение подписано в Ярославле\n\n"
       "Вчера в Ярославле подписано соглашение между Ярославским филиалом государственного "
       "фонда «Защитники Отечества» и Ярославским государственным университетом. Документ "
       "подписан на форуме. Его подписали руководитель филиала Иван Соколов и проректор "
       "университета по учебной работе Мария Белова.")

REPORTED = ("Кострома, 7 мая 2025 года.\n\nКострома и Иваново договорились о сотрудничестве\n\n"
            "Костромская область и Ивановская область заключили соглашение о сотрудничестве в "
            "сфере занятости. Документ подписан 6 мая в Костроме. От костромской стороны "
            "соглашение подписал министр труда и занятости Костромской области Иван Петров, от "
            "ивановской — председатель комитета по труду Ивановской области Олег Сидоров. В "
            "подписании приняла участие заместитель председателя правительства Костромской "
            "области Анна Белова. Анна Белова подчеркнула, что соглашение с Ивановской "
            "областью поможет сезонным работникам.")

PLAN = ("Калуга, 10 февраля 2025 года.\n\n"
        "Министр труда и социальной защиты Калужской области Павел Коновалов рассказал о "
        "планах ведомства. «Следующий документ, который мы хотим подписать, — с министерством "
        "социальной защиты населения Тульской области», — сказал министр.")

UNI = "Ярославский государственный университет"
FUND = "Ярославский филиал государственного фонда «Защитники Отечества»"
SFR = "Отделение Социального фонда России по Ярославской области"
KOS = "Министерство труда и занятости Костромской области"
TULA = "Министерство социальной защиты населения Тульской области"

# (case, text, published, [(status, a side, its signers or None: not checked)])
PAGES = [
    # positives: fail on main
    ("count_lends_no_signers_to_its_summary", COUNT, PUB,
     [("signed", FUND, {"Иван Соколов", "Мария Белова"}),
      ("signed", SFR, {"Пётр Волков", "Елена Громова"})]),
    ("official_tells_the_signing_again", REPORTED, PUB,
     [("signed", KOS, {"Иван Петров", "Олег Сидоров"})]),
    ("document_signed_by_its_relative_clause", PLAN, None,
     [("planned", TULA, None)]),
    # negatives
    ("one_agreement_keeps_its_back_reference", ONE, PUB,
     [("signed", FUND, {"Иван Соколов", "Мария Белова"})]),
    ("dated_agreement_of_the_partner_stays_apart",
     REPORTED.replace("поможет", "2019 года помогло"), PUB,
     [("signed", KOS, {"Иван Петров", "Олег Сидоров"}),
      ("mentioned", "Ивановская область", set())]),
    ("relative_clause_not_signing", PLAN.replace("хотим подписать", "хотим обсудить"), None,
     []),
    ("document_of_another_kind", PLAN.replace("Следующий документ", "Следующий закон"), None,
     []),
]


@pytest.mark.parametrize("text, published, expected", named_rows(PAGES))
def test_records_as_told(models, text, published, expected):
    found = agreements_of(models, text, published)
    got = [(a.status, sorted(p.name for p in a.parties), sorted(a.signatories)) for a in found]
    assert len(found) == len(expected), got
    for a, (status, side, signers) in zip(found, expected, strict=True):
        assert a.status == status, got
        assert side in {p.name for p in a.parties}, got
        if signers is not None:
            assert set(a.signatories) == signers, got


def _opening(*words: tuple[str, str, str]) -> object:
    """A sentence of (text, lemma, pos) tokens, parsed flat (no relation is read)."""
    feats = {"Number": "Sing", "Case": "Nom"}
    return hand_parsed(*((t, lem, pos, "dep", -1, feats if pos == "ADJ" else {})
                         for t, lem, pos in words))


ITEMS = [
    ("ordinal_standing_for_noun", True,
     _opening(("Первое", "первый", "ADJ"), ("—", "—", "PUNCT"), ("с", "с", "ADP"),
              ("фондом", "фонд", "NOUN"), (".", ".", "PUNCT"))),
    ("ordinal_with_its_noun", True,
     _opening(("Второй", "второй", "ADJ"), ("документ", "документ", "NOUN"),
              ("подписали", "подписать", "VERB"), ("министры", "министр", "NOUN"),
              (".", ".", "PUNCT"))),
    ("no_ordinal", False,
     _opening(("Документ", "документ", "NOUN"), ("подписали", "подписать", "VERB"),
              ("министры", "министр", "NOUN"), ("области", "область", "NOUN"),
              (".", ".", "PUNCT"))),
    ("ordinal_of_a_time", False,
     _opening(("В", "в", "ADP"), ("первом", "первый", "ADJ"), ("квартале", "квартал", "NOUN"),
              ("документ", "документ", "NOUN"), ("подписали", "подписать", "VERB"),
              (".", ".", "PUNCT"))),
]


@pytest.mark.parametrize("expected, sent", named_rows(ITEMS))
def test_next_count_item(expected, sent):
    assert _next_count_item(sent) is expected


PAIR83_FUNCTIONS = [("candidate_signers", "_next_count_item"),
                    ("merge_rules", "told_again_by_reporter"),
                    ("merge_rules", "_reporter_dropped"),
                    ("agreements", "document_signed_by_relative"),
                    ("agreement_sides", "dash_partner")]


def test_docstrings_quote_no_dev_text() -> None:
    assert probes.docstrings_quoting_dev_texts(PAIR83_FUNCTIONS) == {}
