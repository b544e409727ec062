"""rev48: the review refactor's shared readers, each the one place a logic written two to
twelve times before now lives. The sentence of an offset (``nlp.sentence_starts`` /
``nlp.sentence_at``, listed once per document and shared by every pass;
``Analysis.sentence_holding`` bisects it), the line of an offset (``nlp.line_span``), the
body the page gives a named signer (``person_names.named_official`` / ``named_body``), the
one way a record takes more signers (``person_names.add_signers``), a negated word
(``syntax.negated``), a name of initials then a surname (``signers._initials_then_surname``)
and a list line's opening name (``signer_shapes._opening_name``). Each table has guards:
an offset before the first sentence or in a gap, a person the page gives no body, a
surname the record has already, a "не" under another word, a name with a word after its
surname, a line opened by no name. Every case fails on b48dev, where none of these names
exists (an ImportError); the records they give are b48dev's (a full dev run: no document
differs). Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract import nlp
from soccoop.extract.nlp import Analysis, NerSpan, Sentence, line_span, sentence_at, sentence_starts
from soccoop.extract.person_names import add_signers, named_body, named_official
from soccoop.extract.signer_shapes import _opening_name
from soccoop.extract.signers import _initials_then_surname
from soccoop.extract.syntax import negated
from soccoop.models import Agreement, Evidence, Official

# three sentences of a made-up page with a gap of two characters between the second and
# the third and a leading blank line: "\nФонд и колледж договорились. Подписали в мае.  Всё."
PAGE = "\nФонд и колледж договорились. Подписали в мае.  Всё."
SENTENCES = [Sentence(1, 29, PAGE[1:29], []), Sentence(30, 46, PAGE[30:46], []),
             Sentence(48, 52, PAGE[48:52], [])]

# (case, offset, index of the sentence starting at or before it)
SENTENCE_AT = [
    ("before the first", 0, -1),
    ("the first's start", 1, 0),
    ("inside the first", 10, 0),
    ("the space after the first", 29, 0),
    ("the second's start", 30, 1),
    ("the gap after the second", 47, 1),
    ("the last character", 51, 2),
    ("past the text", 90, 2),
]


@pytest.mark.parametrize(("offset", "index"), probes.named_rows(SENTENCE_AT))
def test_sentence_at(offset: int, index: int) -> None:
    assert sentence_at(SENTENCES, offset) == index
    assert sentence_at(SENTENCES, offset) == \
        max((n for n, s in enumerate(SENTENCES) if s.start <= offset), default=-1)


def test_sentence_starts_are_listed_once_per_document() -> None:
    sents = list(SENTENCES)
    first = sentence_starts(sents)
    assert first == [1, 30, 48]
    assert sentence_starts(sents) is first  # the same list: built once, not per pass
    # another document's sentences in between do not lose the first one's index...
    other = [Sentence(0, 5, "Итоги", [])]
    assert sentence_starts(other) == [0]
    assert sentence_starts(sents) is first
    # ...and a list of the same sentences that is another object is listed on its own
    copy = list(SENTENCES)
    assert sentence_starts(copy) == first and sentence_starts(copy) is not first


def test_sentence_starts_keep_a_few_documents() -> None:
    pages = [[Sentence(n, n + 3, "Дом", [])] for n in range(nlp._STARTS_KEPT + 2)]
    for page in pages:
        assert sentence_starts(page) == [page[0].start]
    assert len(nlp._STARTS_HELD) == nlp._STARTS_KEPT
    assert sentence_starts(pages[0]) == [0]  # an old one is listed again, right


# (case, offset, text of the sentence holding it or None)
HOLDING = [
    ("inside the first", 5, "Фонд и колледж договорились."),
    ("the space after the first", 29, None),
    ("the gap before the third", 47, None),
    ("the third", 49, "Всё."),
    ("before the first", 0, None),
]


@pytest.mark.parametrize(("offset", "text"), probes.named_rows(HOLDING))
def test_sentence_holding(offset: int, text: str | None) -> None:
    analysis = Analysis(PAGE, SENTENCES, [])
    held = analysis.sentence_holding(offset)
    assert (held.text if held else None) == text
    # the linear reading it replaced, on every offset of the page
    for at in range(len(PAGE) + 2):
        assert analysis.sentence_holding(at) is next(
            (x for x in SENTENCES if x.start <= at < x.stop), None)


# (case, text, offset, the line's bounds)
LINES = [
    ("an answer's line", "Вопрос?\n— Мы подписали.", 10, (8, 23)),
    ("the first line", "Вопрос?\n— Мы подписали.", 3, (0, 7)),
    ("the newline itself ends its line", "Вопрос?\n— Мы подписали.", 7, (0, 7)),
    ("a text of one line", "Договор продлили.", 0, (0, 17)),
    ("an empty line", "Итоги\n\nДалее", 6, (6, 6)),
]


@pytest.mark.parametrize(("text", "at", "bounds"), probes.named_rows(LINES))
def test_line_span(text: str, at: int, bounds: tuple[int, int]) -> None:
    assert line_span(text, at) == bounds
    lo, hi = bounds
    assert "\n" not in text[lo:hi]


def _official(name: str, org: str | None) -> Official:
    return Official(name, "министр" if org else None, org, None, Evidence(name, 0, len(name)))


OFFICIALS = [
    _official("Анна Петрова", None),  # named with no body first
    _official("Анна Петрова", "Министерство труда Энской области"),
    _official("Олег Котов", "Фонд «Опора»"),
    _official("Олег Котов", "Колледж связи"),  # a namesake later: the first one counts
]

# (case, the signer's name, the body the page gives the person, or None)
BODIES = [
    ("initials and surname", "А. Петрова", "Министерство труда Энской области"),
    ("the first of two namesakes", "Олег Котов", "Фонд «Опора»"),
    ("a person the page gives no body", "Ирина Белова", None),
    ("a man of the woman's surname", "Андрей Петров", None),
]


@pytest.mark.parametrize(("name", "body"), probes.named_rows(BODIES))
def test_named_body(name: str, body: str | None) -> None:
    assert named_body(OFFICIALS, name) == body
    found = named_official(OFFICIALS, name)
    assert (found.organization if found else None) == body


# (case, the record's signers, the names added, the signers after)
ADDED = [
    ("a new surname", ["А. Петрова"], ["Олег Котов"], ["А. Петрова", "Олег Котов"]),
    ("a surname the record has", ["А. Петрова"], ["Анна Петрова"], ["А. Петрова"]),
    ("one added counts for the next", [], ["Олег Котов", "О. Котов", "Анна Петрова"],
     ["Олег Котов", "Анна Петрова"]),
    ("nothing to add", ["Олег Котов"], [], ["Олег Котов"]),
]


@pytest.mark.parametrize(("before", "names", "after"), probes.named_rows(ADDED))
def test_add_signers(before: list[str], names: list[str], after: list[str]) -> None:
    record = Agreement("соглашение", "signed", None, [], list(before), [],
                       Evidence("соглашение", 0, 10))
    add_signers(record, names)
    assert record.signatories == after


def _negation_probe(head_of_not: int) -> Sentence:
    # "Стороны не подписали договор": "не" hung on the verb (1 -> 2) or on the noun (-> 3)
    return probes.hand_parsed(
        ("Стороны", "сторона", "NOUN", "nsubj", 2, {}),
        ("не", "не", "PART", "advmod", head_of_not, {}),
        ("подписали", "подписать", "VERB", "root", -1, {}),
        ("договор", "договор", "NOUN", "obj", 2, {}),
    )


# (case, the head of "не", the token asked about, negated?)
NEGATED = [
    ("the verb's own не", 2, 2, True),
    ("не under the object: the verb is not negated", 3, 2, False),
    ("не under the object: the object is", 3, 3, True),
    ("the subject has no не", 2, 0, False),
]


@pytest.mark.parametrize(("head", "asked", "expected"), probes.named_rows(NEGATED))
def test_negated(head: int, asked: int, expected: bool) -> None:
    assert negated(_negation_probe(head), asked) is expected


def _name_probe(*words: str) -> Sentence:
    return probes.hand_parsed(*((w, w.lower(), "PUNCT" if w == "." else "PROPN", "flat", -1, {})
                                for w in words))


# (case, the sentence's words, the span's first and last word, (initial, surname) or None)
INITIALS = [
    ("two initials", ("А", ".", "В", ".", "Пермяков"), (0, 4), (0, 4)),
    ("one initial", ("В", ".", "Орлова"), (0, 2), (0, 2)),
    ("the span runs past the surname", ("В", ".", "Орлова", "Анна"), (0, 3), None),
    ("no initial", ("Анна", "Орлова"), (0, 1), None),
    ("the span starts inside a word's run", ("и", "В", ".", "Орлова"), (0, 3), None),
]


@pytest.mark.parametrize(("words", "bounds", "expected"), probes.named_rows(INITIALS))
def test_initials_then_surname(words: tuple[str, ...], bounds: tuple[int, int],
                               expected: tuple[int, int] | None) -> None:
    sent = _name_probe(*words)
    first, last = sent.tokens[bounds[0]], sent.tokens[bounds[1]]
    span = NerSpan("PER", first.start, last.stop, sent.text[first.start:last.stop])
    assert _initials_then_surname(sent, span) == expected


# (case, a list line, the PER span's words as the tagger gave them, the name or None)
OPENING = [
    ("a name and a dash", "О.В. Белова — министр труда;", "О.В. Белова", "О.В. Белова"),
    ("a name and a comma", "Анна Белова, министр труда;", "Анна Белова", "Анна Белова"),
    ("a post before the name", "министр труда Анна Белова;", "Анна Белова", None),
    ("the name is the whole line", "Анна Белова", "Анна Белова", None),
]


@pytest.mark.parametrize(("line", "name", "expected"), probes.named_rows(OPENING))
def test_opening_name(line: str, name: str, expected: str | None) -> None:
    text = "Соглашение подписали:\n" + line
    sents = [Sentence(0, 21, text[:21], []), Sentence(22, len(text), line, [])]
    at = text.index(name)
    analysis = Analysis(text, sents, [NerSpan("PER", at, at + len(name), name)])
    found = _opening_name(analysis, sents[1])
    assert (found.text if found else None) == expected


REV48_FUNCTIONS = [
    ("nlp", "sentence_starts"),
    ("nlp", "line_span"),
    ("person_names", "named_official"),
    ("person_names", "add_signers"),
    ("syntax", "negated"),
    ("signers", "_initials_then_surname"),
    ("signer_shapes", "_opening_name"),
    ("candidate_signers", "_signing_names"),
]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, REV48_FUNCTIONS)
