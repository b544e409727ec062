"""Sentences parsed ahead (``syntax.likely_asked``, ``Models.parse_sentences(ahead=...)``).

A sentence a rule often parses on demand is parsed in the document batch instead, and its
tree kept aside: until a rule asks (``ensure_parsed``) the sentence looks unparsed, and when
one asks it gets exactly the tree a parse of its own would give.
"""

from __future__ import annotations

import pytest

from soccoop.extract.nlp import Analysis, Models
from soccoop.extract.syntax import ensure_parsed, likely_asked, parse_documents, windows


def _analyse(models: Models, text: str) -> Analysis:
    return models.analyse(text)


@pytest.mark.parametrize(("text", "asked"), [
    # the sentence after one with an agreement word
    ("Соглашение с Пермским краем стало первым. 14 февраля его подписали министры.",
     ["14 февраля его подписали министры."]),
    ("Министры обсудили меры поддержки. Подписание намечено на март. Оно пройдёт в Казани.",
     ["Оно пройдёт в Казани."]),
    # no agreement word: nothing is parsed ahead
    ("Погода в Казани будет тёплой. Ожидается до плюс десяти градусов.", []),
    # the last sentence has no sentence after it
    ("Губернатор рассказал о погоде. Договор подписан вчера.", []),
])
def test_the_sentence_after_an_agreement_word_is_parsed_ahead(
        models: Models, text: str, asked: list[str]) -> None:
    assert [s.text for s in likely_asked(_analyse(models, text))] == asked


def test_a_sentence_parsed_ahead_looks_unparsed_until_asked(models: Models) -> None:
    text = ("Первым документом года стало соглашение с министерством Башкортостана. "
            "Четырнадцатого февраля его подписали министры двух регионов в Уфе.")
    analysis = _analyse(models, text)
    parse_documents([analysis], models)
    after = analysis.sentences[1]
    assert not after.parsed
    assert all(t.head == -1 and t.rel == "" for t in after.tokens)
    ensure_parsed(after, models)
    assert after.parsed
    got = [(t.head, t.rel) for t in after.tokens]
    # the same tree as a parse of its own, in a fresh analysis
    alone = _analyse(models, text).sentences[1]
    models.parse_sentences([alone])
    assert got == [(t.head, t.rel) for t in alone.tokens]
    assert any(t.rel == "root" for t in after.tokens)


def test_a_window_of_the_sentence_gets_the_kept_tree(models: Models) -> None:
    """Windows share their sentence's tokens: asking through a window gives the tree too."""
    text = ("Министерство подписало соглашение с фондом. "
            "Его подписали в Казани главы двух ведомств.")
    analysis = _analyse(models, text)
    parse_documents([analysis], models)
    win = windows(analysis)[1]
    assert not win.parsed
    ensure_parsed(win, models)
    got = [(t.head, t.rel) for t in win.tokens]
    alone = _analyse(models, text).sentences[1]
    models.parse_sentences([alone])
    assert got == [(t.head, t.rel) for t in alone.tokens]


def test_each_batch_replaces_the_trees_kept_aside(models: Models) -> None:
    """Only the current batch's trees are held: memory does not grow with the corpus."""
    first = _analyse(models, "Соглашение подписано в среду. Его подписали министры.")
    parse_documents([first], models)
    kept = dict(models._ahead)
    assert len(kept) == 1
    second = _analyse(models, "Договор заключён в пятницу. Его заключили главы городов.")
    parse_documents([second], models)
    assert len(models._ahead) == 1 and set(models._ahead) != set(kept)
    # the first document's sentence, asked for now, is parsed on its own: the same tree
    later = first.sentences[1]
    ensure_parsed(later, models)
    alone = _analyse(models, "Соглашение подписано в среду. Его подписали министры.")
    models.parse_sentences([alone.sentences[1]])
    assert [(t.head, t.rel) for t in later.tokens] == \
        [(t.head, t.rel) for t in alone.sentences[1].tokens]
