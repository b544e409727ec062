"""rev49: the review refactor's shared readers, each the one place of a logic written two or
more times before. A document's person mentions are listed once (``person_names.
person_mentions``): the NER's PER spans as tagged and the same spans as the signer rules
read them (``person_names.read_span``: a caption's mark, a Latin spelling, a post run on
before a surname and initials cut off), each sorted with its starts; ``inside`` is the one
loop of a sentence's persons (``signers.persons_in`` reads the cut spans,
``signer_shapes._persons`` and ``candidate_signers._persons`` the tagged ones) and
``tagged_between`` the one bisect of the spans starting in a stretch (``signer_lines``,
``signer_shapes``). One predicate reads a person who only attended or spoke
(``signers.attending_verb``, read by ``guest`` and ``guest_beside_signer``); one grouping
of the signed records by their sentence (``signers.signed_by_sentence``); one adder of a
shape reader's names (``signer_shapes._add_names``).

Each table has guards: a span that starts before the sentence or runs past it, a span of
another type, an attending noun that is no verb's dependent, a planned record, a record of
one side, a name read twice. The tables of the index also check it against the loops it
replaced, written out here as they stood on b49dev. Every case fails on b49dev, where none
of these names exists (an ImportError); the records they give are b49dev's (a full dev
run: no document differs). Every probe is written here, in words of its own."""

from __future__ import annotations

from bisect import bisect_left

import probes
import pytest

from soccoop.extract import person_names
from soccoop.extract.nlp import Analysis, NerSpan, Sentence
from soccoop.extract.person_names import (
    PersonMentions,
    after_bracket,
    initials_name,
    person_mentions,
    read_span,
    without_transliteration,
)
from soccoop.extract.signer_shapes import _add_names
from soccoop.extract.signers import attending_verb, signed_by_sentence
from soccoop.models import Agreement, Evidence, Party


def _span(text: str, words: str, kind: str = "PER", after: int = 0) -> NerSpan:
    at = text.index(words, after)
    return NerSpan(kind, at, at + len(words), words)


# a made-up page: three sentences, a caption's mark run into a name, a Latin spelling, a
# post run on before a surname and initials, a body tagged as ORG
PAGE = ("Договор заключили фонд «Опора» и Павел Зуев (Pavel Zuev). "
        "[Фото] Г. Лосева и Ирина Мельник на встрече. "
        "Подписал документ директор ЦСО г. Энска Беляев В.П. вчера.")
_CUTS = [0, PAGE.index("[Фото]"), PAGE.index("Подписал"), len(PAGE) + 1]
SENTENCES = [Sentence(a, b - 1, PAGE[a:b - 1], []) for a, b in
             zip(_CUTS[:-1], _CUTS[1:], strict=True)]
FIRST, SECOND, THIRD = ((s.start, s.stop) for s in SENTENCES)
SPANS = [
    _span(PAGE, "Павел Зуев (Pavel Zuev)"),
    _span(PAGE, "фонд «Опора»", "ORG"),
    _span(PAGE, "Фото] Г. Лосева"),
    _span(PAGE, "Ирина Мельник"),
    _span(PAGE, "Энска Беляев В.П."),
]


def _page() -> Analysis:
    return Analysis(PAGE, SENTENCES, list(SPANS))


def test_the_page_is_as_described() -> None:
    assert [s.text for s in SENTENCES] == [PAGE[s.start:s.stop] for s in SENTENCES]
    assert SENTENCES[1].text.startswith("[Фото]") and SENTENCES[2].text.endswith("вчера.")
    assert SENTENCES[0].text.endswith("Zuev).") and SENTENCES[1].text.endswith("встрече.")


# (case, the tagged span's words, the words as the signer rules read them)
READ = [
    ("a Latin spelling in brackets goes", "Павел Зуев (Pavel Zuev)", "Павел Зуев"),
    ("a caption's mark before a bracket goes", "Фото] Г. Лосева", "Г. Лосева"),
    ("a name needs no cut", "Ирина Мельник", "Ирина Мельник"),
    ("a word run on before a surname and initials goes", "Энска Беляев В.П.", "Беляев В.П."),
]


@pytest.mark.parametrize(("tagged", "read"), probes.named_rows(READ))
def test_read_span(tagged: str, read: str) -> None:
    span = _span(PAGE, tagged)
    got = read_span(span)
    assert got.text == read and PAGE[got.start:got.stop].strip() == read
    # the three cutters, in the order ``signers._person_span`` applied them on b49dev
    assert got == initials_name(without_transliteration(after_bracket(span)))


def test_mentions_list_both_readings_in_order() -> None:
    m = person_mentions(_page())
    assert [s.text for s in m.tagged] == ["Павел Зуев (Pavel Zuev)", "Фото] Г. Лосева",
                                          "Ирина Мельник", "Энска Беляев В.П."]
    assert [s.text for s in m.read] == ["Павел Зуев", "Г. Лосева", "Ирина Мельник",
                                        "Беляев В.П."]
    assert m.tagged_starts == [s.start for s in m.tagged]
    assert m.read_starts == [s.start for s in m.read]
    assert all(s.type == "PER" for s in m.tagged + m.read)  # the ORG is no person


def test_mentions_are_built_once_per_document() -> None:
    page = _page()
    person_names.hold_person_mentions(page)  # tidy50: held while the spans are final
    try:
        first = person_mentions(page)
        assert person_mentions(page) is first  # one index, read by every pass
        other = Analysis("Иван Орлов.", [Sentence(0, 11, "Иван Орлов.", [])],
                         [NerSpan("PER", 0, 10, "Иван Орлов")])
        assert [s.text for s in person_mentions(other).tagged] == ["Иван Орлов"]
        assert person_mentions(page) is first  # another page asked between: the held one
    finally:
        person_names.hold_person_mentions(None)
    again = person_mentions(page)  # not held: built again, alike
    assert again is not first and again.tagged == first.tagged and again.read == first.read


def _old_signers_loop(analysis: Analysis, sent: Sentence) -> list[NerSpan]:
    # ``signers.persons_in``'s loop over ``signers._Index.persons`` on b49dev (the cut spans)
    persons = [read_span(s) for s in sorted((s for s in analysis.spans if s.type == "PER"),
                                            key=lambda s: s.start)]
    starts = [s.start for s in persons]
    out = []
    for s in persons[bisect_left(starts, sent.start):]:
        if s.start >= sent.stop:
            break
        if s.stop <= sent.stop:
            out.append(s)
    return out


def _old_shapes_loop(analysis: Analysis, sent: Sentence) -> list[NerSpan]:
    # ``signer_shapes._persons``' loop over ``_per_index`` on b49dev (the tagged spans)
    return [s for s in sorted((s for s in analysis.spans if s.type == "PER"),
                              key=lambda s: s.start)
            if sent.start <= s.start < sent.stop and s.stop <= sent.stop]


def _old_spans_in(analysis: Analysis, sent: Sentence) -> list[NerSpan]:
    # ``candidate_signers._persons``' scan (``agreement_types._spans_in``) on b49dev
    return [s for s in analysis.spans
            if sent.start <= s.start and s.stop <= sent.stop and s.type == "PER"]


# (case, start, stop of the stretch asked, the read spans inside, the tagged spans inside)
INSIDE = [
    ("the first sentence", *FIRST, ["Павел Зуев"], ["Павел Зуев (Pavel Zuev)"]),
    ("the second: the cut name and the tagged run", *SECOND, ["Г. Лосева", "Ирина Мельник"],
     ["Фото] Г. Лосева", "Ирина Мельник"]),
    ("the third", *THIRD, ["Беляев В.П."], ["Энска Беляев В.П."]),
    ("a stretch a span runs past keeps none of it", SECOND[0], PAGE.index("сева"), [], []),
    ("a stretch starting inside a tagged run: its cut name is inside, the run is not",
     PAGE.index("] Г."), SECOND[1], ["Г. Лосева", "Ирина Мельник"], ["Ирина Мельник"]),
    ("the whole page", 0, len(PAGE), ["Павел Зуев", "Г. Лосева", "Ирина Мельник",
                                      "Беляев В.П."],
     ["Павел Зуев (Pavel Zuev)", "Фото] Г. Лосева", "Ирина Мельник", "Энска Беляев В.П."]),
]


@pytest.mark.parametrize(("start", "stop", "read", "tagged"), probes.named_rows(INSIDE))
def test_inside(start: int, stop: int, read: list[str], tagged: list[str]) -> None:
    page = _page()
    m = person_mentions(page)
    sent = Sentence(start, stop, PAGE[start:stop], [])
    assert [s.text for s in m.inside(start, stop, read=True)] == read
    assert [s.text for s in m.inside(start, stop)] == tagged
    assert m.inside(start, stop, read=True) == _old_signers_loop(page, sent)
    assert m.inside(start, stop) == _old_shapes_loop(page, sent)
    assert m.inside(start, stop) == _old_spans_in(page, sent)


# (case, start, stop, the tagged spans starting in the stretch)
BETWEEN = [
    ("a span running past the stretch is kept", 0, PAGE.index("(Pavel"),
     ["Павел Зуев (Pavel Zuev)"]),
    ("a stretch after a span's start keeps none", PAGE.index("(Pavel"), SECOND[0], []),
    ("the second sentence", *SECOND, ["Фото] Г. Лосева", "Ирина Мельник"]),
    ("an empty stretch", SECOND[0], SECOND[0], []),
]


@pytest.mark.parametrize(("start", "stop", "tagged"), probes.named_rows(BETWEEN))
def test_tagged_between(start: int, stop: int, tagged: list[str]) -> None:
    page = _page()
    got = person_mentions(page).tagged_between(start, stop)
    assert [s.text for s in got] == tagged
    # ``signer_lines._persons``' scan on b49dev, with ``lo`` = start - 1
    assert got == [s for s in page.spans if s.type == "PER" and start <= s.start < stop]


def test_mentions_keep_no_span_of_another_document() -> None:
    empty = Analysis("Без имён.", [Sentence(0, 9, "Без имён.", [])], [])
    m = PersonMentions(empty)
    assert m.tagged == m.read == [] and m.inside(0, 9) == [] and m.tagged_between(0, 9) == []
    assert person_names.person_mentions(empty).analysis is empty


def _attending_probe(verb: tuple[str, str, str], obj: tuple[str, str, str] | None = None
                     ) -> Sentence:
    # "<verb> [<object>] министр Анна Орлова": the name's post is the verb's subject
    rows = [(verb[0], verb[1], verb[2], "root", -1, {})]
    if obj is not None:
        rows.append((obj[0], obj[1], obj[2], "obj", 0, {}))
    rows += [("министр", "министр", "NOUN", "nsubj", 0, {}),
             ("Анна", "анна", "PROPN", "appos", len(rows), {}),
             ("Орлова", "орлова", "PROPN", "flat:name", len(rows) + 1, {})]
    return probes.hand_parsed(*rows)


# (case, the verb, its object, attending?)
ATTENDING = [
    ("a verb of attending", ("присутствовала", "присутствовать", "VERB"), None, True),
    ("a verb of speaking", ("выступила", "выступить", "VERB"), None, True),
    ("a verb with участие as its object", ("приняла", "принять", "VERB"),
     ("участие", "участие", "NOUN"), True),
    ("a verb of signing", ("подписала", "подписать", "VERB"), None, False),
    ("a verb with the agreement as its object", ("приняла", "принять", "VERB"),
     ("решение", "решение", "NOUN"), False),
    ("the word is read whatever its part of speech", ("участвуя", "участвовать", "ADV"), None,
     True),
]


@pytest.mark.parametrize(("verb", "obj", "expected"), probes.named_rows(ATTENDING))
def test_attending_verb(verb: tuple[str, str, str], obj: tuple[str, str, str] | None,
                        expected: bool) -> None:
    sent = _attending_probe(verb, obj)
    assert attending_verb(sent, 0) is expected
    assert attending_verb(sent, len(sent.tokens) - 1) is False  # the name is no verb


def _record(status: str, start: int, *sides: str) -> Agreement:
    return Agreement("соглашение", status, None, [Party(s) for s in sides], [], [],
                     Evidence("соглашение", start, start + 10))


RECORDS = [
    _record("signed", 0, "фонд", "колледж"),
    _record("signed", 0, "фонд", "банк"),
    _record("planned", 0, "фонд", "театр"),  # planned: never grouped
    _record("signed", 0, "фонд"),  # one side
    _record("signed", 40, "центр", "школа"),
]

# (case, the fewest sides, the groups: their sentence and the records' indexes)
GROUPS = [
    ("every signed record", 0, {0: [0, 1, 3], 40: [4]}),
    ("records of two sides or more", 2, {0: [0, 1], 40: [4]}),
    ("records of three sides: none", 3, {}),
]


@pytest.mark.parametrize(("sides", "groups"), probes.named_rows(GROUPS))
def test_signed_by_sentence(sides: int, groups: dict[int, list[int]]) -> None:
    got = signed_by_sentence(RECORDS, sides)
    assert {k: [RECORDS.index(a) for a in v] for k, v in got.items()} == groups
    assert list(got) == sorted(got)  # in the order of the records


# (case, the spans' words, the names the page gives, the names added to ["Пётр Гусев"])
NAMES = [
    ("two names in order", ["Анна Котова", "Олег Зуев"], ["Анна Котова", "Олег Зуев"],
     ["Пётр Гусев", "Анна Котова", "Олег Зуев"]),
    ("a name read twice is added once", ["Анна Котова", "Котова"], ["Анна Котова"],
     ["Пётр Гусев", "Анна Котова"]),
    ("a name the list has is not added again", ["Пётр Гусев"], ["Пётр Гусев"],
     ["Пётр Гусев"]),
    ("no spans", [], ["Анна Котова"], ["Пётр Гусев"]),
]


@pytest.mark.parametrize(("words", "given", "expected"), probes.named_rows(NAMES))
def test_add_names(words: list[str], given: list[str], expected: list[str]) -> None:
    text = "Соглашение подписали " + " и ".join(words) + "."
    sent = Sentence(0, len(text), text, [])
    at, spans = 0, []
    for w in words:
        spans.append(_span(text, w, after=at))
        at = spans[-1].stop
    page = Analysis(text, [sent], spans)
    out = ["Пётр Гусев"]
    got = _add_names(out, page, sent, spans, lambda _: list(given), None)  # type: ignore[arg-type]
    assert got is out and out == expected


REV49_FUNCTIONS = [
    ("person_names", "read_span"),
    ("person_names", "after_bracket"),
    ("person_names", "initials_name"),
    ("person_names", "without_transliteration"),
    ("person_names", "PersonMentions"),
    ("person_names", "person_mentions"),
    ("signers", "attending_verb"),
    ("signers", "signed_by_sentence"),
    ("signer_shapes", "_add_names"),
]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, REV49_FUNCTIONS)
