"""speed86: less padding and fewer parses alone, the same tags and trees.

``nlp.length_batches`` cuts the length-sorted pieces where widening a batch would pad more
than a new batch costs; a tree parsed on demand serves every other view of the very same
tokens (a ``Window`` and its sentence); ``syntax.likely_asked`` also parses ahead the
sentence before an agreement that says nothing of a signing. None of it may change a tag,
a span or a tree. Invented sentences throughout.
"""

from __future__ import annotations

import pytest
from probes import check_no_dev_text_quoted

from soccoop.extract import nlp
from soccoop.extract.nlp import BATCH_OVERHEAD, BATCH_TOKENS, MAX_BATCH, Models, length_batches
from soccoop.extract.syntax import ensure_parsed, likely_asked, parse_documents, windows

# (lengths, per_position, the batches of indexes)
BATCHES = [
    # near lengths stay together: widening by one token pads little
    ([5, 6, 7, 8], 0, [[0, 1, 2, 3]]),
    # sorted by length, ties in index order
    ([8, 5, 8, 5], 0, [[1, 3, 0, 2]]),
    # a long piece after many short ones starts a batch of its own
    ([3] * 20 + [40], 0, [list(range(20)), [20]]),
    # empty pieces are no work
    ([0, 4, 0], 0, [[1]]),
    ([], 0, []),
    # a gap of five tokens over ten pieces pads more than a batch costs ...
    ([30] * 10 + [35], 0, [list(range(10)), [10]]),
    # ... but not for NER, whose batch costs its width in CRF steps too
    ([30] * 10 + [35], 2, [list(range(11))]),
]


@pytest.mark.parametrize(("lengths", "per_position", "expected"), BATCHES)
def test_length_batches(lengths, per_position, expected):
    assert list(length_batches(lengths, per_position)) == expected


@pytest.mark.parametrize("lengths", [
    [1] * 300,  # MAX_BATCH bounds the rows
    [100] * 60,  # BATCH_TOKENS bounds the padded size
    [n % 37 + 1 for n in range(500)],
])
def test_length_batches_cover_every_piece_within_bounds(lengths):
    batches = list(length_batches(lengths))
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))
    for b in batches:
        widths = [lengths[i] for i in b]
        assert widths == sorted(widths)
        assert len(b) <= MAX_BATCH and len(b) * widths[-1] <= BATCH_TOKENS
    flat = [lengths[i] for b in batches for i in b]
    assert flat == sorted(flat)


def test_a_batch_is_cut_only_where_padding_costs_more_than_a_batch():
    lengths = [n % 29 + 2 for n in range(200)]
    batches = list(length_batches(lengths))
    for before, after in zip(batches, batches[1:], strict=False):
        rows, width, nxt = len(before), lengths[before[-1]], lengths[after[0]]
        if rows < MAX_BATCH and (rows + 1) * nxt <= BATCH_TOKENS:
            assert (nxt - width) * rows > BATCH_OVERHEAD


SENTENCES = [
    "Соглашение подписано.",
    "Министр труда края Иван Белов и ректор колледжа Олег Седов обсудили набор студентов.",
    "Ведомства договорились.",
    "В пятницу в Омске прошла встреча руководителей центров занятости двух соседних "
    "регионов, на которой обсуждали вакансии, обучение и переезд семей с детьми.",
    "Фонд «Опора» поддержал проект.",
]


def _parsed_alone(models: Models, text: str) -> list[tuple[int, str]]:
    sent = models.analyse(text).sentences[0]
    models.parse_sentences([sent])
    return [(t.head, t.rel) for t in sent.tokens]


def test_tags_spans_and_trees_do_not_depend_on_the_batch(models):
    """Each sentence analysed and parsed alone against all of them in one batch (other
    lengths, other batch cuts): the same tags, NER spans and trees."""
    together = models.analyse_many(SENTENCES)
    parse_documents(together, models)
    models.parse_sentences([s for a in together for s in a.sentences])
    for text, analysis in zip(SENTENCES, together, strict=True):
        alone = models.analyse(text)
        assert [(t.pos, t.feats) for s in alone.sentences for t in s.tokens] == \
            [(t.pos, t.feats) for s in analysis.sentences for t in s.tokens]
        assert alone.spans == analysis.spans
        assert _parsed_alone(models, text) == \
            [(t.head, t.rel) for t in analysis.sentences[0].tokens]


def _counting_parses(monkeypatch) -> list[int]:
    calls: list[int] = []
    forward = nlp._parse_forward

    def counted(model, word_id, shape_id, pad_mask):
        calls.append(int((~pad_mask).sum()))
        return forward(model, word_id, shape_id, pad_mask)

    monkeypatch.setattr(nlp, "_parse_forward", counted)
    return calls


def test_a_tree_parsed_through_a_window_serves_its_sentence(models, monkeypatch):
    text = "Стороны встретились в Омске. Погода была тёплой, шёл снег."
    analysis = models.analyse(text)
    parse_documents([analysis], models)
    sent = analysis.sentences[1]
    win = windows(analysis)[1]
    assert win.tokens[0] is sent.tokens[0] and not win.parsed and not sent.parsed
    calls = _counting_parses(monkeypatch)
    ensure_parsed(win, models)
    assert len(calls) == 1
    ensure_parsed(sent, models)  # the same tokens: no second parse
    assert len(calls) == 1 and sent.parsed
    assert [(t.head, t.rel) for t in sent.tokens] == _parsed_alone(models, sent.text)


def test_a_sentence_of_other_tokens_is_parsed_anew(models, monkeypatch):
    """Negative: the same words in another analysis are other tokens: parsed again."""
    text = "Стороны встретились в Омске. Погода была тёплой, шёл снег."
    first = models.analyse(text)
    parse_documents([first], models)
    ensure_parsed(windows(first)[1], models)
    calls = _counting_parses(monkeypatch)
    second = models.analyse(text)
    ensure_parsed(second.sentences[1], models)
    assert len(calls) == 1


# (text, the sentences parsed ahead)
AHEAD = [
    # the sentence before an agreement that says nothing of its signing, same paragraph
    ("Документ утвердили глава района и директор фонда. Соглашение касается "
     "досуга пожилых людей.", ["Документ утвердили глава района и директор фонда."]),
    # and the sentence after, as before
    ("Бумагу завизировали министры. Соглашение касается подвоза пенсионеров. Оно вступит в силу "
     "весной.", ["Бумагу завизировали министры.", "Оно вступит в силу весной."]),
    # negatives: the agreement's sentence has a word of signing of its own
    ("Министры встретились в Уфе. Соглашение подписали главы ведомств.", []),
    ("Министры встретились в Уфе. Подписание договора прошло в мэрии.", []),
    # negative: the sentence before stands in another paragraph
    ("Министры встретились в Уфе.\nСоглашение касается досуга пожилых людей.", []),
]


@pytest.mark.parametrize(("text", "asked"), AHEAD)
def test_the_sentence_before_a_silent_agreement_is_parsed_ahead(models, text, asked):
    assert [s.text for s in likely_asked(models.analyse(text))] == asked


def test_no_dev_text_quoted():
    check_no_dev_text_quoted(__file__, [("nlp", "length_batches"),
                                        ("syntax", "likely_asked")])
