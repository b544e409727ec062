"""tidy54: one reading per rule for round 53's review leftovers; no behaviour is meant to
change, so these tests read the folded functions (each reading and its guards), not a case
that fails on s54start.

- The year of a signing's date that the candidate stage drops as a term's (status53: a year
  after the publication's; agr67: a period's year) is kept on ``_Candidate.term_year``,
  which ``merge_rules.term_ended_before`` reads (``agreement_types.covered_start``, the
  merge's second reading of it from the text, is gone).
- ``with_partner``: the "с" partner read once on the parse (``partner_case``,
  ``with_phrase``) and once on the tagger's features (``partner_noun_after``,
  ``names_one_partner``), for ``agreements``, ``agreement_likeness``, ``agreement_sides``
  and ``agreement_lists`` alike.
- ``signers.tells_other_paper``: the one reading of "another paper told" for
  ``signers.aside_of_signing`` and ``signer_later._past_paper``.

Every probe is written here, in words of its own."""

from __future__ import annotations

from typing import Any
from unittest.mock import patch

import probes
import pytest

SIDES = ("Правительство Зетской области, Зетский союз профсоюзов и областное объединение "
         "работодателей ")
LEAD = "Новости края\n\n"


def _candidates_of(models: Any, text: str, published: str) -> list[Any]:
    """The candidates the extraction of ``text`` reads (``merge._candidates`` watched)."""
    from soccoop.extract import merge

    seen: list[Any] = []
    real = merge._candidates

    def watched(*args: Any, **kwargs: Any) -> list[Any]:
        out = real(*args, **kwargs)
        seen.extend(out)
        return out

    with patch.object(merge, "_candidates", watched):
        probes.agreements_of(models, text, published)
    return seen


# (published, text, the lemma of the agreement noun, its candidate's term_year)
TERM_YEARS = [
    # status53: a year after the publication's dates no signing; it is the term's
    ("2025-12-19", LEAD + SIDES + "подписали трёхстороннее соглашение о размере оплаты "
     "труда на 2026 год.\n", "соглашение", "2026"),
    # a span of years is no date the candidate stage reads; fixtidy54: its first year is
    # the term's start, read from the phrase (``covered_start``) as before tidy54
    ("2025-12-19", LEAD + SIDES + "подписали новое отраслевое соглашение на 2026–2029 "
     "годы.\n", "соглашение", "2026"),
    # guard: a signing dated in the publication's year keeps its date, no term year
    ("2025-12-19", LEAD + "В марте 2025 года правительство Зетской области, Зетский союз "
     "профсоюзов и областное объединение работодателей подписали трёхстороннее соглашение "
     "о размере оплаты труда.\n", "соглашение", None),
    # fixtidy54: a plan's term is read from its phrase, as the merge read it before tidy54
    ("2025-12-19", LEAD + SIDES + "планируют подписать трёхстороннее соглашение о размере "
     "оплаты труда на 2026 год.\n", "соглашение", "2026"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("published", "text", "lemma", "year"), TERM_YEARS)
def test_term_year(models: Any, published: str, text: str, lemma: str,
                   year: str | None) -> None:
    cands = [c for c in _candidates_of(models, text, published) if c.trigger.lemma == lemma]
    assert cands, "no candidate"
    assert {c.term_year for c in cands} == {year}, [(c.status, c.date, c.term_year)
                                                    for c in cands]
    if year is not None and "подписали" in text:
        assert all(c.date is None for c in cands)


@pytest.mark.parametrize(("status", "period", "other_status", "other", "expected"), [
    # the term's year read as the signing's: the older term ended before it
    ("mentioned", "2021-2023", "signed", "2026", True),
    # guards: a term that runs into it, a signing with no year at all, two mentions
    ("mentioned", "2024-2026", "signed", "2026", False),
    ("mentioned", "2021-2023", "signed", None, False),
    ("mentioned", "2021-2023", "mentioned", "2026", False),
])
def test_ended_before_reads_year(status: str, period: str, other_status: str,
                                 other: str | None, expected: bool) -> None:
    from soccoop.extract.merge_rules import ended_before

    assert ended_before(status, period, other_status, other) is expected


# (sentence, the word after "с" or a noun under it, partner_case found, with_phrase)
WITH_CASES = [
    ("Министерство подписало соглашение с областным фондом поддержки семьи.", "фонд", True),
    ("Соглашение заключено с Зетским колледжем искусств.", "колледж", True),
    # guards: the compound "со стороны" and another preposition name no partner
    ("Подпись со стороны фонда поставил его директор.", "сторона", False),
    ("Стороны договорились о помощи многодетным семьям.", "помощь", False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "lemma", "expected"), WITH_CASES)
def test_with_phrase(models: Any, sentence: str, lemma: str, expected: bool) -> None:
    from soccoop.extract.with_partner import partner_case, with_phrase

    sent = probes.first_sentence(models, sentence)
    i = probes.noun_at(sent, lemma)
    assert with_phrase(sent, i) is expected
    x = partner_case(sent, i)
    assert (x is not None) is expected
    if x is not None:
        assert sent.tokens[x].lemma in {"с", "со"}


# (sentence, the lemma of the noun named after the first "с", or None; names one partner)
AFTER_CASES = [
    ("Центр подписал договор с районным союзом ветеранов.", "союз", True),
    ("Управление заключило соглашение с Ириной Котовой.", "Ирина", True),
    # a plural after the "с" is a kind of partners: a noun, but no one partner
    ("Управление заключит договоры с крупными работодателями района.", "работодатель", False),
    # guards: a date, a genitive after "со", a manner noun
    ("Договор действует с 1 марта следующего года.", None, False),
    ("Подпись со стороны фонда поставил его директор.", None, False),
    ("Договор подписан с учётом пожеланий ветеранов.", "учёт", False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "lemma", "one"), AFTER_CASES)
def test_partner_noun_after(models: Any, sentence: str, lemma: str | None,
                            one: bool) -> None:
    from soccoop.extract.with_partner import names_one_partner, partner_noun_after

    toks = probes.first_sentence(models, sentence).tokens
    x = next(i for i, t in enumerate(toks) if t.lemma in {"с", "со"})
    n = partner_noun_after(toks, x)
    if lemma is None:
        assert n is None
    else:
        assert n is not None and toks[n].lemma.lower() == lemma.lower()
    assert names_one_partner(toks, x) is one
    # a token that is no "с" has no partner after it
    assert partner_noun_after(toks, x - 1) is None


# fixtidy54: (sentence, the partner's word after "с" on the signing verb is one partner)
# status72 read the first noun after the "с", past a quote or a number
SIGNING_PARTNER_CASES = [
    ("Школа подписала с «Движением первых» такое же соглашение.", True),
    ("Такое же соглашение школа подписала с «Движением первых».", True),
    ("Центр подписал с «Зетским фондом милосердия» такое же соглашение.", True),
    ("Центр подписал с районным союзом ветеранов похожее соглашение.", True),
    # guards: a manner noun, a kind of partners (a plural, past a number too)
    ("Центр подписал с учётом пожеланий ветеранов такое же соглашение.", False),
    ("Центр подписал с крупными работодателями подобные соглашения.", False),
    ("Центр подписал с 12 районными советами похожее соглашение.", False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), SIGNING_PARTNER_CASES)
def test_partner_on_signing_verb(models: Any, sentence: str, expected: bool) -> None:
    from soccoop.extract.agreements import partner_on_signing_verb

    sent = probes.first_sentence(models, sentence)
    assert partner_on_signing_verb(sent, probes.noun_at(sent, "соглашение")) is expected


# (sentence, tells another paper in any case (aside_of_signing), a paper made: in the
# nominative or accusative (``made``, signer_later._past_paper))
PAPER_CASES = [
    ("Губернатор утвердил областную программу наставничества.", True, True),
    ("В прошлом году правительство приняло региональную программу помощи.", True, True),
    # fixtidy54: a genitive paper still stops the reading of signers, as before tidy54
    ("Глава района высоко оценил итоги выполнения программы поддержки ветеранов.", True,
     False),
    # guards: a paper still to be made, a topic after a preposition
    ("Университет откроет новую программу подготовки социальных работников.", False, False),
    ("Студентов будет курировать центр социальных программ «Исток».", None, False),
    ("Стороны обсудили ход работы по программе поддержки.", None, False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "any_case", "made"), PAPER_CASES)
def test_tells_other_paper(models: Any, sentence: str, any_case: bool | None,
                           made: bool) -> None:
    from soccoop.extract.signer_later import _past_paper
    from soccoop.extract.signers import tells_other_paper

    sent = probes.first_sentence(models, sentence)
    if any_case is not None:
        assert tells_other_paper(sent) is any_case
    assert tells_other_paper(sent, made=True) is made
    # ``_past_paper`` reads the made paper, for a sentence with a past finite verb
    past = any(t.feats.get("VerbForm") == "Fin" and t.feats.get("Tense") == "Past"
               for t in sent.tokens)
    assert _past_paper(sent) is (made and past)


def test_readings_gone() -> None:
    """The second readings are gone: each rule is read in one place."""
    from soccoop.extract import (
        agreement_likeness,
        agreement_lists,
        agreements,
        merge_rules,
        with_partner,
    )

    # fixtidy54: the phrase's year is read once, by the candidate stage, not by the merge
    assert not hasattr(merge_rules, "covered_start")
    assert not hasattr(agreement_lists, "_instrumental_partner")
    assert not hasattr(agreements, "_partner_noun")
    assert agreement_likeness.with_phrase is with_partner.with_phrase


TIDY54_FUNCTIONS = [
    ("merge_rules", "term_ended_before"),
    ("with_partner", "partner_case"),
    ("with_partner", "with_phrase"),
    ("with_partner", "partner_noun_after"),
    ("with_partner", "names_one_partner"),
    ("agreements", "partner_on_signing_verb"),
    ("agreement_lists", "addendum_with_partner"),
    ("signers", "tells_other_paper"),
    ("signers", "aside_of_signing"),
    ("signer_later", "_past_paper"),
]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, TIDY54_FUNCTIONS)
