"""hist89: agreements told with their history.

- a "с ним"/"с ней" right after the agreement's name is its partner, the nearest side named
  before it in the sentence that agrees with the pronoun, however the parser hangs the
  pronoun (``agreement_sides._pronoun_after_title``);
- a signer's post's portfolio is no part of the side he signs for: "проректор ВятГУ по
  учебной работе" signs for "ВятГУ" (``agreement_lists.signer_parties`` with
  ``official_units.portfolio_of_body``);
- an acronym leaves out the category words that open a university's full name: "ТГУ" is
  "Национальный исследовательский Томский государственный университет"
  (``normalize.acronym_spells``).

The texts are invented."""

from __future__ import annotations

import probes
import pytest
from probes import agreement_records, named_rows

from soccoop.extract.normalize import acronym_spells

HIST89_FUNCTIONS = [("agreement_sides", "_pronoun_after_title"),
                    ("official_units", "portfolio_of_body")]

BEFORE = "Министерство соцполитики Курганской области отчиталось за год. "

# (id, text, the records: status, date, sides)
RECORDS = [
    ("pronoun_masc", BEFORE + "Надёжным партнёром министерства остаётся центр занятости "
     "«Перспектива»: договор о сотрудничестве с ним был заключён в 2022 году.",
     [("mentioned", "2022", ["Центр занятости «Перспектива»"])]),
    # negative: "с ней" agrees with no side named before (the centre is masculine)
    ("pronoun_gender", BEFORE + "Партнёром министерства остаётся центр занятости "
     "«Перспектива»: соглашение о сотрудничестве с ней было заключено в 2022 году.", []),
    ("portfolio", "12 марта в Кургане подписано соглашение о сотрудничестве. Документ о "
     "сотрудничестве с Вятским государственным университетом подписали министр соцполитики "
     "Курганской области Анна Волкова и проректор ВятГУ по учебной работе Ирина Белова.",
     [("signed", "2025-03-12", ["Министерство соцполитики Курганской области",
                                "Вятский государственный университет"])]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), named_rows(RECORDS))
def test_records(models, text, expected):
    found = agreement_records(models, text, "2025-03-14", "status", "date", "parties")
    assert found == sorted((s, d, sorted(p)) for s, d, p in expected)


# (id, short, full, spells)
ACRONYMS = [
    ("category_words", "ТГУ", "Национальный исследовательский Томский государственный "
     "университет", True),
    ("plain", "ТГУ", "Томский государственный университет", True),
    ("spelled_too", "НИ ТГУ", "Национальный исследовательский Томский государственный "
     "университет", False),
    # negatives: a category word is skipped only at the name's start; other words are not
    ("inner_word", "ТГУ", "Томский национальный государственный университет", False),
    ("other_lead", "ТГУ", "Первый Томский государственный университет", False),
    ("other_body", "ТГУ", "Национальный исследовательский Тюменский медицинский "
     "университет", False),
]


@pytest.mark.parametrize(("short", "full", "expected"), named_rows(ACRONYMS))
def test_acronym_spells(short, full, expected):
    assert acronym_spells(short, full) is expected


def test_docstrings_quote_no_dev_text():
    probes.check_no_dev_text_quoted(__file__, HIST89_FUNCTIONS)
