"""speed49: the children index of a parsed sentence and the word checks before the
relative-date patterns change no result, only the cost."""

from __future__ import annotations

import pytest

from soccoop.extract.dates import _told, find_dates
from soccoop.extract.nlp import Sentence, Token


def _sentence(words: list[tuple[str, int]], parsed: bool) -> Sentence:
    toks, pos = [], 0
    for w, head in words:
        toks.append(Token(w, pos, pos + len(w), head=head))
        pos += len(w) + 1
    return Sentence(0, pos - 1, " ".join(w for w, _ in words), toks, parsed=parsed)


# "Министр труда подписал соглашение с фондом": heads 0-based, -1 the root
_TREE = [("Министр", 2), ("труда", 0), ("подписал", -1), ("соглашение", 2), ("с", 5),
         ("фондом", 2)]


@pytest.mark.parametrize("parsed", [True, False])
@pytest.mark.parametrize(("i", "kids"), [(2, [0, 3, 5]), (0, [1]), (5, [4]), (1, []),
                                        (-1, [2])])
def test_children_are_the_tokens_headed_by_i(parsed, i, kids):
    sent = _sentence(_TREE, parsed)
    assert sent.children(i) == kids
    assert sent.children(i) == kids  # asked twice: the same answer


def test_a_returned_list_is_the_callers_own():
    sent = _sentence(_TREE, parsed=True)
    sent.children(2).append(99)
    assert sent.children(2) == [0, 3, 5]


def test_an_unparsed_sentence_reads_heads_as_they_are_now():
    """Before parsing nothing is indexed: heads given later are seen."""
    sent = _sentence([("Губернатор", -1), ("заявил", -1)], parsed=False)
    assert sent.children(1) == []
    sent.tokens[0].head = 1
    assert sent.children(1) == [0]


@pytest.mark.parametrize(("text", "words", "told"), [
    ("Соглашение подписали в прошлом году.", ("году",), True),
    ("СОГЛАШЕНИЕ ПОДПИСАЛИ В ПРОШЛОМ ГОДУ.", ("году",), True),
    ("Соглашение подписали в 2023 году.", ("месяце",), False),
    ("Осенью стороны подведут итоги.", ("весной", "летом", "осенью", "зимой"), True),
    # a Cyrillic letter of another shape that a case-insensitive pattern matches ("ᲀ", a
    # rounded "в") folds to its plain letter
    ("Встреча \u1c80чера", ("вчера",), True),
])
def test_told_finds_a_word_in_any_case(text, words, told):
    assert _told(text.casefold(), *words) is told


@pytest.mark.parametrize(("text", "value"), [
    ("В ПРОШЛОМ ГОДУ министерство подписало соглашение.", "2024"),
    ("Соглашение подписано вчера.", "2025-05-13"),
    ("Соглашение подписано в марте прошлого года.", "2024-03"),
    ("В ЭТОМ МЕСЯЦЕ стороны подпишут соглашение.", "2025-05"),
])
def test_relative_dates_in_any_case_are_still_read(text, value):
    assert value in [d.value for d in find_dates(text, "2025-05-14")]
