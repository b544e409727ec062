"""nerel86: a name quoted by wiki's two apostrophes, and a post that ran on into why it was
taken or left.

- ``homoglyphs._fold_wiki_quotes``: a pair of apostrophes that opens or closes a name
  ("компании ''Заря''") is read as a quote mark, so the body's name is not cut off;
- ``official_roles._circumstance_start``: a "по" group whose noun tells why or how
  ("по собственному желанию", "по состоянию здоровья", "по совместительству";
  ``lexicon_orgs.CIRCUMSTANCE_PO_NOUNS``) is no part of the post or of its body.

Every sentence here is invented for these tests; the tables have rows where the rules
must not fire.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.homoglyphs import fold_homoglyphs
from soccoop.extract.nlp import Models

# (id, raw text, the copy the NLP reads)
FOLDS: list[tuple[str, str, str]] = [
    ("pair", "компании ''Заря'' и", 'компании  "Заря"  и'),
    ("before-comma", "компании ''Заря'', и", 'компании  "Заря" , и'),
    ("in-brackets", "(''Заря'')", '( "Заря" )'),
    ("two-words", "главой ''Северная звезда'' стал", 'главой  "Северная звезда"  стал'),
    ("after-a-point", "назвал ''Всё.'' и", 'назвал  "Всё."  и'),
    # negatives: inside a word, wiki's bold (three), one apostrophe, none at all
    ("inside-a-word", "Жанна Д''Арк", "Жанна Д''Арк"),
    ("bold", "'''Заря''' и", "'''Заря''' и"),
    ("one-apostrophe", "компании 'Заря' и", "компании 'Заря' и"),
    ("nothing", "компании «Заря» и", "компании «Заря» и"),
]


@pytest.mark.parametrize(("raw", "folded"), probes.named_rows(FOLDS))
def test_wiki_quotes_folded(raw: str, folded: str) -> None:
    got = fold_homoglyphs(raw)
    assert got == folded
    assert len(got) == len(raw)


def test_a_text_without_apostrophes_is_the_same_object() -> None:
    text = "Директор компании «Заря» Иван Петров"
    assert fold_homoglyphs(text) is text


# (id, text, name, expected (position, organisation))
BODIES: list[tuple[str, str, str, tuple[str, str]]] = [
    ("one-of", "Иван Петров, один из руководителей компании ''Заря'', придумал новый "
     "продукт.", "Иван Петров", ("руководитель", 'компания "Заря"')),
    ("latin-and-more", "Иван Петров, один из руководителей компании ''Ferrero'' и автор "
     "книги, придумал новый продукт.", "Иван Петров", ("руководитель", 'компания "Ferrero"')),
    # negatives: no quotes at all; quotes of the ordinary kind stay as they were read
    ("bare-kind", "Иван Петров, один из руководителей компании, придумал новый продукт.",
     "Иван Петров", ("руководитель", "компания")),
    ("guillemets", "Иван Петров, один из руководителей компании «Заря», придумал новый "
     "продукт.", "Иван Петров", ("руководитель", "компания «Заря»")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), probes.named_rows(BODIES))
def test_bodies_in_wiki_quotes(models: Models, text: str, name: str,
                               expected: tuple[str, str]) -> None:
    probes.check_body_of_named(models, text, name, expected)


# (id, text, name, expected (position, organisation))
POSTS: list[tuple[str, str, str, tuple[str, str | None]]] = [
    ("own-wish", "Иван Петров освобождён от должности министра труда по собственному "
     "желанию.", "Иван Петров", ("министр труда", "Министерство труда")),
    ("health", "Освободить Петрова Ивана Сергеевича от должности министра спорта области "
     "по состоянию здоровья.", "Иван Сергеевич Петров",
     ("министр спорта области", "Министерство спорта области")),
    ("second-job", "Назначить Петрова Ивана Сергеевича министром спорта области по "
     "совместительству.", "Иван Сергеевич Петров",
     ("министр спорта области", "Министерство спорта области")),
    # negatives: a "по" group that is the post's field or its body's place stays
    ("field", "Заместитель мэра по социальным вопросам Иван Петров открыл выставку.",
     "Иван Петров", ("заместитель мэра по социальным вопросам", None)),
    ("rights", "Уполномоченный по правам ребёнка Иван Петров открыл выставку.",
     "Иван Петров", ("уполномоченный по правам ребёнка", None)),
    ("place", "Начальник ГУ МВД по Тульской области Олег Смирнов открыл выставку.",
     "Олег Смирнов", ("начальник", "ГУ МВД по Тульской области")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), probes.named_rows(POSTS))
def test_posts_without_a_circumstance(models: Models, text: str, name: str,
                                      expected: tuple[str, str | None]) -> None:
    probes.check_body_of_named(models, text, name, expected)


def test_examples_quote_no_dev_text() -> None:
    """The docstrings of this round's rules and this file's probes share no run of words
    with a dev text (the shared check in tests/probes.py)."""
    from pathlib import Path

    assert not probes.docstrings_quoting_dev_texts([
        ("homoglyphs", "_fold_wiki_quotes"),
        ("official_roles", "_circumstance_start"),
    ])
    # the dev texts' runs as probes reads them, once a session (``probes.dev_text_runs``)
    texts = probes.dev_text_runs()
    assert not probes._word_runs(Path(__file__).read_text(encoding="utf-8")) & texts
