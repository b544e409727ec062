"""tidy74: one function serves where the code said one thing twice; no record changes.

* ``candidate_signers.relative_signs``: does a relative clause on a noun sign it ("карта,
  которую стороны намерены подписать"), the one reading of that shape for a roadmap's
  status (``signed_by_its_relative``) and for a document whose partner follows a dash
  (``agreements.document_signed_by_relative``);
* ``signer_shapes._add_names``: a shape reader's signers, each name once, in order (five
  readers wrote its three lines again);
* ``merge_rules._below``: ``without_plural_headlines`` reads the body's records below the
  headline, as its docstring says;
* ``signer_bodies._PageReads``: a signer's body and a signing sentence's stems read once
  per document for ``partners_signed_apart``;
* ``probes.check_docstrings_invented``: the docstring check thirteen round files wrote
  in their own words.

Every sentence and person here is invented for these tests; each table has rows where the
function must answer no.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import probes
import pytest

from soccoop.models import Evidence, Official

# (id, sentence, the noun's lemma, does a relative clause on it sign it)
RELATIVE = [
    ("infinitive_under_verb", "Шаги стороны опишут в дорожной карте, которую они намерены "
     "подписать до конца весны.", "карта", True),
    ("verb_itself", "Новый договор, который управление заключит с приютом, продлит помощь "
     "бездомным.", "договор", True),
    # guards: an adoption is no signing; the relative word as the subject; no relative
    ("adoption", "Сроки опишут в дорожной карте, которую утвердили в начале зимы.", "карта",
     False),
    ("relative_subject", "Соглашение, которое вступило в силу осенью, помогает семьям "
     "погорельцев.", "соглашение", False),
    ("no_relative", "Соглашение с приютом управление подписало во вторник.", "соглашение",
     False),
]


@pytest.mark.parametrize(("sentence", "lemma", "expected"), probes.named_rows(RELATIVE))
def test_relative_signs(models: Any, sentence: str, lemma: str, expected: bool) -> None:
    from soccoop.extract.candidate_signers import relative_signs

    sent = probes.first_sentence(models, sentence)
    assert relative_signs(sent, probes.noun_at(sent, lemma)) is expected


# (id, sentence, the noun's lemma, is it a document its relative clause signs with a dashed
# partner (``document_signed_by_relative``); is it signed or planned by its relative clause,
# a signing or an adoption to come (``signed_by_its_relative``)): both callers answer
# through ``relative_signs``, each with its own further test
CALLERS = [
    ("dashed_partner", "Следующий документ, который управление собирается заключить, — с "
     "приютом для бездомных.", "документ", True, True),
    ("no_dash", "Следующий документ, который управление собирается заключить, касается "
     "приютов.", "документ", False, True),
    ("roadmap_to_adopt", "Сроки стороны опишут в дорожной карте, которую предполагается "
     "утвердить к зиме.", "карта", False, True),
    # guards: a roadmap adopted already; a document whose relative clause is no signing
    ("roadmap_adopted", "Сроки опишут в дорожной карте, которую утвердили в начале зимы.",
     "карта", False, False),
    ("relative_reads", "Следующий документ, который управление изучило, — с приютом для "
     "бездомных.", "документ", False, False),
]


@pytest.mark.parametrize(("sentence", "lemma", "dashed", "roadmap"), probes.named_rows(CALLERS))
def test_relative_signs_callers(models: Any, sentence: str, lemma: str, dashed: bool,
                                roadmap: bool) -> None:
    from soccoop.extract.agreements import document_signed_by_relative
    from soccoop.extract.candidate_signers import signed_by_its_relative

    sent = probes.first_sentence(models, sentence)
    k = probes.noun_at(sent, lemma)
    assert document_signed_by_relative(sent, k) is dashed
    assert signed_by_its_relative(sent, k) is roadmap


# (id, text, the names already listed, the names listed after: each once, in order)
ADDED = [
    ("two_in_order", "Министр Инна Карпова и директор Олег Зуев подписали соглашение.", [],
     ["Инна Карпова", "Олег Зуев"]),
    # guard: a name listed before is not listed again
    ("listed_before", "Министр Инна Карпова и директор Олег Зуев подписали соглашение.",
     ["Олег Зуев"], ["Олег Зуев", "Инна Карпова"]),
    # guard: no person, nothing added
    ("nobody", "Соглашение подписали в пятницу.", ["Олег Зуев"], ["Олег Зуев"]),
]


@pytest.mark.parametrize(("text", "before", "expected"), probes.named_rows(ADDED))
def test_add_names(models: Any, text: str, before: list[str], expected: list[str]) -> None:
    from soccoop.extract.signer_shapes import _add_names, _persons

    analysis = probes.parsed_analysis(models, text)
    sent = analysis.sentences[0]
    spans = list(_persons(analysis, sent)) * 2  # a span given twice is listed once
    out = _add_names(list(before), analysis, sent, spans, lambda s: [], models)
    assert out == expected


def _mention(headline: bool, start: int) -> SimpleNamespace:
    return SimpleNamespace(headline=headline, status="signed", count=0, group=-1,
                           trigger=SimpleNamespace(feats={"Number": "Plur"}, start=start))


def _record(*mentions: tuple[bool, int]) -> SimpleNamespace:
    return SimpleNamespace(status="signed", date="2024-10-07", parties=["фонд"],
                           candidates=[_mention(h, at) for h, at in mentions])


# (id, the body's two records, each its mentions as (a headline's?, offset); the plural
# headline's record has one mention at offset 50: is it kept)
BELOW = [
    ("both_below", [[(False, 120)], [(False, 300)]], False),
    ("one_also_in_the_headline", [[(True, 50), (False, 200)], [(False, 300)]], False),
    # guards: a record told only above the headline (a rubric's line); one only in a
    # headline of its own
    ("one_above", [[(False, 10)], [(False, 300)]], True),
    ("one_only_headline", [[(True, 60)], [(False, 300)]], True),
]


@pytest.mark.parametrize(("body", "kept"), probes.named_rows(BELOW))
def test_plural_headline_reads_records_below(body: list[list[tuple[bool, int]]],
                                             kept: bool) -> None:
    from soccoop.extract.merge_rules import _below, without_plural_headlines

    head = _record((True, 50))
    records = [_record(*mentions) for mentions in body]
    below = [_below(x, 50) for x in records]  # type: ignore[arg-type]
    assert all(below) is not kept
    out = without_plural_headlines([head, *records])  # type: ignore[list-item]
    assert (head in out) is kept


class _CountedOfficials(list):  # type: ignore[type-arg]
    """A page's officials that count how often a reader walks them."""

    walks = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        type(self).walks += 1
        return super().__iter__()


# (id, the signers asked, in order; their bodies; walks of the officials: one per name)
READS = [
    ("one_name_asked_thrice", ["Инна Карпова", "Инна Карпова", "Инна Карпова"],
     ["Министерство социальной защиты", "Министерство социальной защиты",
      "Министерство социальной защиты"], 1),
    ("two_names", ["Инна Карпова", "Олег Зуев", "Инна Карпова"],
     ["Министерство социальной защиты", "Фонд «Опора»", "Министерство социальной защиты"], 2),
    # guard: a person the page names with no body has none, asked once
    ("no_body", ["Пётр Рябов", "Пётр Рябов"], [None, None], 1),
]


@pytest.mark.parametrize(("names", "bodies", "walks"), probes.named_rows(READS))
def test_page_reads_bodies_once(names: list[str], bodies: list[str | None],
                                walks: int) -> None:
    from soccoop.extract.signer_bodies import _PageReads

    here = Evidence("", 0, 1)
    officials = _CountedOfficials([
        Official("Инна Карпова", "министр", "Министерство социальной защиты", None, here),
        Official("Олег Зуев", "директор", "Фонд «Опора»", None, here),
        Official("Пётр Рябов", None, None, None, here)])
    _CountedOfficials.walks = 0
    reads = _PageReads(officials, [])
    assert [reads.body(n) for n in names] == bodies
    assert _CountedOfficials.walks == walks


def test_page_reads_stems_once(models: Any) -> None:
    from soccoop.extract.signer_bodies import _PageReads

    analysis = probes.parsed_analysis(
        models, "Министр подписала соглашения с фондом «Опора» и приютом «Кров».")
    reads = _PageReads([], analysis.sentences)
    first = reads.stems(0)
    assert {"фонд", "опор"} <= first
    assert reads.stems(0) is first  # kept, not read again


# (id, (module, function) pairs, does the docstring check pass)
DOCSTRINGS = [
    ("invented_examples", {"candidate_signers": ("relative_signs",),
                           "merge_rules": ("_below",)}, True),
    # guard: a docstring with no Russian example fails
    ("no_russian_example", {"agreement_dates": ("nearest_year",)}, False),
]


@pytest.mark.parametrize(("rules", "passes"), probes.named_rows(DOCSTRINGS))
def test_check_docstrings_invented(rules: dict[str, tuple[str, ...]], passes: bool) -> None:
    if passes:
        probes.check_docstrings_invented(**rules)
    else:
        with pytest.raises(AssertionError, match="no Russian example"):
            probes.check_docstrings_invented(**rules)


def test_no_dev_text_quoted() -> None:
    """The docstrings of the functions this branch made to serve several places and this
    file's probes share no run of words with a dev text (the shared check in
    tests/probes.py)."""
    probes.check_rules_invented(
        __file__,
        candidate_signers=("relative_signs", "signed_by_its_relative"),
        agreements=("document_signed_by_relative",),
        signer_shapes=("_add_names",),
        merge_rules=("without_plural_headlines", "_below"),
        signer_bodies=("partners_signed_apart", "_PageReads"),
    )
