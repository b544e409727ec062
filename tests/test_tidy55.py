"""tidy55: one reading of the future tense and one reading of "another paper told"; no
behaviour is meant to change, so these tests read the pooled functions (each shape and its
guards), and that no second reading is left.

- ``signing_ahead``: the only module of ``soccoop.extract`` that compares the tagger's
  ``Tense`` with the future: ``future_form`` (a synthetic future or perfective present
  tagged future), ``future_finite``, ``past_or_future``, ``present_or_future``,
  ``future_aux_word`` / ``future_word`` / ``future_be`` (the auxiliary "будет" by its
  form), ``perfective_present`` / ``perfective_present_read`` (a perfective tagged
  present), ``future_event`` (moved from ``signer_shapes._future``: the analytic future
  "будут подписывать"), ``status_of_tense``, ``tense_name``, ``mark_future``.
  ``lexicon_signer_shapes.FUTURE_AUXILIARIES``, a copy of ``lexicon.FUTURE_AUX``, is gone.
- ``signers.tells_other_paper``: also the reading of ``plan_signers._story_planned``
  (``ahead``: a paper still to come counts in a plan's story; ``papers``: the class of
  ``lexicon_plans.STORY_OTHER_PAPERS``).

The new names fail at import on b55dev (no ``future_form``, no ``future_event``, no
``ahead`` keyword); the grep test fails there too (16 modules compared ``Tense`` with the
future). Every probe is written here, in words of its own."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import probes
import pytest

import soccoop
from soccoop.extract.nlp import Token

SRC = Path(soccoop.__file__).resolve().parent  # the package the run imports


def _tok(text: str, lemma: str, pos: str, **feats: str) -> Token:
    return Token(text, 0, len(text), pos, dict(feats), lemma)


# (token, future_form, future_finite, past_or_future, present_or_future, future_word,
#  future_be, perfective_present, status_of_tense, tense_name)
TOKENS = [
    # a synthetic future of a perfective verb
    (_tok("подпишут", "подписать", "VERB", Aspect="Perf", Tense="Fut", VerbForm="Fin"),
     True, True, True, True, True, False, False, "planned", "future"),
    # "стать" in the future
    (_tok("станет", "стать", "VERB", Aspect="Perf", Tense="Fut", VerbForm="Fin"),
     True, True, True, True, True, False, False, "planned", "future"),
    # the auxiliary tagged future, and tagged present by the tagger's mistake
    (_tok("будут", "быть", "AUX", Tense="Fut", VerbForm="Fin"),
     True, True, True, True, True, True, False, "planned", "future"),
    (_tok("будет", "быть", "AUX", Tense="Pres", VerbForm="Fin"),
     False, False, False, True, True, True, False, None, "present"),
    # a perfective tagged present: a future by its aspect, not by its tag
    (_tok("скрепят", "скрепить", "VERB", Aspect="Perf", Tense="Pres", VerbForm="Fin"),
     False, False, False, True, False, False, True, None, "present"),
    # guards: a present imperfective, a past, "есть", a participle in the past, an infinitive
    (_tok("подписывают", "подписывать", "VERB", Aspect="Imp", Tense="Pres", VerbForm="Fin"),
     False, False, False, True, False, False, False, None, "present"),
    (_tok("подписали", "подписать", "VERB", Aspect="Perf", Tense="Past", VerbForm="Fin"),
     False, False, True, False, False, False, False, "signed", "past"),
    (_tok("есть", "быть", "AUX", Tense="Pres", VerbForm="Fin"),
     False, False, False, True, False, False, False, None, "present"),
    (_tok("подписанный", "подписать", "VERB", Aspect="Perf", Tense="Past", VerbForm="Part"),
     False, False, True, False, False, False, False, "signed", "past"),
    (_tok("подписать", "подписать", "VERB", Aspect="Perf", VerbForm="Inf"),
     False, False, False, False, False, False, False, None, None),
]


@pytest.mark.parametrize(("tok", "form", "finite", "past_fut", "pres_fut", "word", "be",
                          "perf_pres", "status", "name"), TOKENS)
def test_future_by_the_tags(tok: Token, form: bool, finite: bool, past_fut: bool,
                            pres_fut: bool, word: bool, be: bool, perf_pres: bool,
                            status: str | None, name: str | None) -> None:
    from soccoop.extract import signing_ahead as sa

    assert sa.future_form(tok) is form
    assert sa.future_finite(tok) is finite
    assert sa.past_or_future(tok) is past_fut
    assert sa.present_or_future(tok) is pres_fut
    assert sa.future_word(tok) is word
    assert sa.future_aux_word(tok) is (tok.text in {"будет", "будут"})
    assert sa.future_be(tok) is be
    assert sa.perfective_present(tok) is perf_pres
    assert sa.status_of_tense(tok) == status
    assert sa.tense_name(tok) == name


def test_mark_future() -> None:
    """pair65's retagging is written by the one reading too."""
    from soccoop.extract.signing_ahead import PYMORPHY_TENSES, future_form, mark_future

    tok = _tok("перезапишут", "перезаписать", "VERB", Tense="Past", VerbForm="Fin")
    assert not future_form(tok)
    mark_future(tok)
    assert future_form(tok)
    assert future_form(_tok("x", "x", "VERB", Tense=PYMORPHY_TENSES["futr"]))
    assert not future_form(_tok("x", "x", "VERB", Tense=PYMORPHY_TENSES["pres"]))


# (sentence, the verb read, future_event, future_tense)
EVENTS = [
    # a synthetic future
    ("Договор о поддержке многодетных подпишут министр и ректор.", "подпишут", True, True),
    # "будут" + infinitive: the analytic future
    ("Документ будут подписывать министр и глава фонда.", "подписывать", True, True),
    # "будет" + a short participle
    ("Договор будет подписан до конца весны.", "подписан", True, True),
    # guards: a present imperfective, a past, "будет" as a copula with a noun
    ("Договор о поддержке многодетных подписывают министр и ректор.", "подписывают",
     False, False),
    ("Договор о поддержке многодетных подписали министр и ректор.", "подписали",
     False, False),
    ("Председателем совета опекунов будет директор фонда.", "председателем", False, None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "word", "event", "tense"), EVENTS)
def test_future_event(models: Any, sentence: str, word: str, event: bool,
                      tense: bool | None) -> None:
    from soccoop.extract.signing_ahead import future_event, future_tense

    sent = probes.first_sentence(models, sentence)
    v = next(i for i, t in enumerate(sent.tokens) if t.text.lower() == word)
    assert future_event(sent, v, models) is event
    assert future_event(sent, v) is event  # no dictionary needed for these tags
    if tense is not None:  # ``future_tense`` reads any "будет" beside the word
        assert future_tense(sent, v) is tense


@pytest.mark.slow
@pytest.mark.parametrize(("word", "future"), [
    ("скрепят", True),  # a perfective: its "present" is a future
    ("подпишут", True),
    ("подписывают", False),  # guard: an imperfective present
])
def test_perfective_present_read(models: Any, word: str, future: bool) -> None:
    from soccoop.extract.signing_ahead import perfective_present_read

    tok = _tok(word, word, "VERB", Tense="Pres", VerbForm="Fin")
    assert perfective_present_read(tok, models) is future


# (sentence, the plan story's reading, the signers' reading: made paper, any tense)
STORY_PAPERS = [
    # a contract still to come ends a plan's story; the signers' reading leaves a sentence
    # told only ahead
    ("Также управа заключит контракт на ремонт школьной крыши.", True, False),
    ("Комитет утвердит смету работ по благоустройству.", True, False),
    # a paper of the signers' class, made
    ("Губернатор подписал указ о поддержке семей погибших.", True, True),
    # fixagr55: the story's reading is the one before tidy55 (``anywhere``): a paper noun
    # after a preposition, in the accusative, ends a plan's story too; the three fail with
    # tidy55's reading (m55)
    ("Часть средств района пойдёт на муниципальный контракт по ремонту дороги.", True, False),
    ("Деньги на эти цели будут включены в новую программу.", True, False),
    ("Мероприятия войдут в план на 2026 год.", True, False),
    # guards: a contract after a preposition in the dative (a topic), a paper not of the
    # story's class, a paper in the genitive
    ("Работы оплачены по контракту с подрядчиком.", False, False),
    ("Протокол заседания выложили на сайте управы.", False, True),
    ("Глава управы рассказал о ходе исполнения программы.", False, False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "story", "signers"), STORY_PAPERS)
def test_story_other_paper(models: Any, sentence: str, story: bool, signers: bool) -> None:
    from soccoop.extract.lexicon_plans import STORY_OTHER_PAPERS
    from soccoop.extract.signers import tells_other_paper

    sent = probes.first_sentence(models, sentence)
    assert tells_other_paper(sent, made=True, ahead=True, papers=STORY_OTHER_PAPERS,
                             anywhere=True) is story
    assert tells_other_paper(sent, made=True) is signers


_FUT = re.compile(r"""["']Fut["']""")


def test_no_module_other_than_signing_ahead_reads_the_future_tag() -> None:
    """No module of the package other than ``signing_ahead`` compares ``Tense`` with the
    future (a "Fut" literal), and no module but ``lexicon`` lists the auxiliary's forms."""
    readers = sorted(str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
                     if _FUT.search(p.read_text(encoding="utf-8")))
    assert readers == ["extract/signing_ahead.py"]
    aux_lists = sorted(str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
                       if re.search(r"""["']будете["']""", p.read_text(encoding="utf-8")))
    assert aux_lists == ["extract/lexicon.py"]


def test_second_readings_gone() -> None:
    from soccoop.extract import (
        anchor,
        lexicon_signer_shapes,
        plan_signers,
        signer_shapes,
        status,
    )

    assert not hasattr(lexicon_signer_shapes, "FUTURE_AUXILIARIES")
    assert not hasattr(signer_shapes, "_future")
    assert not hasattr(signer_shapes, "_perfective_present")
    assert not hasattr(status, "_future")
    assert not hasattr(anchor, "_future_aux")
    assert not hasattr(anchor, "_TENSES")
    assert not hasattr(plan_signers, "PAPER_CASES")


TIDY55_FUNCTIONS = [
    ("signing_ahead", "future_form"),
    ("signing_ahead", "future_finite"),
    ("signing_ahead", "past_or_future"),
    ("signing_ahead", "present_or_future"),
    ("signing_ahead", "future_aux_word"),
    ("signing_ahead", "future_word"),
    ("signing_ahead", "future_be"),
    ("signing_ahead", "perfective_present"),
    ("signing_ahead", "perfective_present_read"),
    ("signing_ahead", "mark_future"),
    ("signing_ahead", "status_of_tense"),
    ("signing_ahead", "tense_name"),
    ("signing_ahead", "future_event"),
    ("signing_ahead", "future_tense"),
    ("signing_ahead", "future_aux"),
    ("signers", "tells_other_paper"),
    ("signers", "other_paper"),
    ("plan_signers", "_story_planned"),
    ("status", "_planned_by_next_verb"),
    ("status", "_signing_told"),
]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, TIDY55_FUNCTIONS)
