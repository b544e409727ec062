"""Heavy models are built once and passed in (the charter): a rule reads the models its
caller gives it, never the process-wide ``nlp.get_models()``.

- A source scan: no module of ``extract/`` but ``nlp`` (which builds the models) calls
  ``get_models()``, except the modules listed in ``STILL_FETCHING`` with the number of calls
  each still makes. The number may only fall: a module cleaned leaves the list, and no new
  module (nor a new call in a listed one) joins it. The list is empty since mend65: ``_Party``,
  which reads the morphology for its key when it is built, takes the models as its last
  argument (not kept), like every reader (mend60 freed ``signer_shapes``, the official
  readers and nine of ``signers``' ten calls; mend61 the tenth, ``signers._name_word``: the
  person readers take the models of the analysis they read, ``Analysis.read_by()``, which
  ``Models.analyse_many`` sets; mend62 ``official_grammar``'s cached token readers,
  ``_lemma``, ``_is_head``, ``_word_cases`` and the rest, which take the models as their
  last argument, as do the 50 officials' functions that had none).
- Behaviour: the rules freed of the global read the models they are given (a stub here, so
  no model is loaded): ``signers.heads_body`` ("генеральный директор" heads a body by the
  dictionary reading of "генеральный"), ``party_identity.bare_kind_of`` ("фабрика" of "АО
  «Швейная фабрика»" by its lemma) and ``party_identity.other_name``; a side's key reads the
  adjectives that open its name with the models given (``_Party``).
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest

import soccoop.extract
from soccoop.extract.agreement_types import _Party
from soccoop.extract.nlp import Analysis, Sentence, Token
from soccoop.extract.official_grammar import genitive_word, word_lemma
from soccoop.extract.party_identity import bare_kind_of, other_name
from soccoop.extract.signers import heads_body, initials_shape
from soccoop.models import Evidence, Official

# module of extract/ -> its get_models() calls left today (may only fall)
STILL_FETCHING: dict[str, int] = {}


def _get_models_calls(path: Path) -> int:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return sum(1 for node in ast.walk(tree) if isinstance(node, ast.Call) and
               "get_models" in {getattr(node.func, "id", None), getattr(node.func, "attr", None)})


def test_extract_modules_read_the_models_they_are_given() -> None:
    here = Path(soccoop.extract.__file__).parent
    fetching = {p.name: n for p in sorted(here.glob("*.py")) if p.name != "nlp.py"
                for n in [_get_models_calls(p)] if n}
    new = {name: n for name, n in fetching.items() if n > STILL_FETCHING.get(name, 0)}
    assert not new, f"pass the models in instead of calling get_models(): {new}"
    cleaned = set(STILL_FETCHING) - set(fetching)
    assert not cleaned, f"no get_models() left: take these off STILL_FETCHING: {cleaned}"
    fewer = {name: n for name, n in fetching.items() if n < STILL_FETCHING[name]}
    assert not fewer, f"fewer get_models() calls now: lower STILL_FETCHING to {fewer}"


class _Reading:
    def __init__(self, *grammemes: str) -> None:
        self.tag = frozenset(grammemes)


class _StubModels:
    """The two dictionary reads the freed rules make: ``parse`` and ``lemma``."""

    def __init__(self, readings: dict[str, tuple[_Reading, ...]], lemmas: dict[str, str]):
        self.readings = readings
        self.lemmas = lemmas

    def parse(self, word: str) -> tuple[_Reading, ...]:
        return self.readings.get(word, ())

    def lemma(self, word: str) -> str:
        return self.lemmas.get(word, word)


def _official(position: str) -> Official:
    return Official("Анна Котова", position, None, None, Evidence("Анна Котова", 0, 11))


@pytest.mark.parametrize(("position", "readings", "expected"), [
    ("министр", {}, True),  # the post itself heads: no reading needed
    ("генеральный директор", {"генеральный": (_Reading("ADJF", "nomn"),)}, True),
    # the same words, read otherwise by the models given: no qualifier, no head
    ("генеральный директор", {"генеральный": (_Reading("NOUN", "nomn"),)}, False),
    ("заместитель директора", {"заместитель": (_Reading("NOUN", "nomn"),)}, False),
])
def test_heads_body_reads_the_given_models(position: str, readings: Any, expected: bool) -> None:
    models: Any = _StubModels(readings, {})
    assert heads_body(_official(position), models) is expected


PLANT = _Party("АО «Швейная фабрика»", [], 0, 20, _StubModels({}, {}))


@pytest.mark.parametrize(("word", "lemmas", "expected"), [
    ("фабрики", {"фабрики": "фабрика"}, True),  # a kind noun by its lemma
    ("фабрики", {}, False),  # the given models read no kind noun: not the side
    ("Ковров", {}, False),
])
def test_bare_kind_of_reads_the_given_models(word: str, lemmas: Any, expected: bool) -> None:
    models: Any = _StubModels({}, lemmas)
    assert bare_kind_of(_Party(word, [], 30, 30 + len(word), models), PLANT, models) is expected
    way = other_name(_Party(word, [], 30, 30 + len(word), models), PLANT, models)
    assert (way == "kind noun alone") is expected


@pytest.mark.parametrize(("word", "lemmas", "expected"), [
    ("«Думы»,", {"Думы": "Дума"}, "дума"),  # quotes and stops stripped, lower case
    ("Объёма", {"Объёма": "объём"}, "объем"),  # "ё" as "е"
    ("КГУ", {}, "кгу"),  # a word the models do not know: itself
])
def test_word_lemma_reads_the_given_models(word: str, lemmas: Any, expected: str) -> None:
    models: Any = _StubModels({}, lemmas)
    assert word_lemma(models, word) == expected


@pytest.mark.parametrize(("word", "readings", "expected"), [
    ("министерства", {"министерства": (_Reading("NOUN", "nomn", "plur"),
                                       _Reading("NOUN", "gent", "sing"))}, True),
    ("министерство", {"министерство": (_Reading("NOUN", "nomn"),)}, False),
    ("Думы", {}, False),  # no reading given: no genitive
])
def test_genitive_word_reads_the_given_models(word: str, readings: Any, expected: bool) -> None:
    models: Any = _StubModels(readings, {})
    assert genitive_word(models, word) is expected


@pytest.mark.parametrize(("readings", "expected"), [
    # "Котова" read as a surname by the models given: a surname with initials after it
    ({"Котова": (_Reading("Surn", "nomn"),)}, 4),
    ({}, None),  # the same word with no reading given: no name
])
def test_initials_shape_reads_the_given_models(readings: Any, expected: int | None) -> None:
    words = [("Котова", 0), ("А", 7), (".", 8), ("В", 9), (".", 10)]
    sent = Sentence(0, 11, "Котова А.В.", [Token(w, a, a + len(w)) for w, a in words])
    models: Any = _StubModels(readings, {})
    assert initials_shape(sent, 0, models) == expected


def test_an_analysis_carries_the_models_that_read_it() -> None:
    models: Any = _StubModels({}, {})
    assert Analysis("", [], [], models).read_by() is models
    with pytest.raises(ValueError):
        Analysis("", [], []).read_by()


@pytest.mark.parametrize(("readings", "key"), [
    # "Омский" and "государственный" read as adjectives: the key runs to the head noun
    ({"Омский": (_Reading("ADJF"),), "государственный": (_Reading("ADJF"),),
      "педагогический": (_Reading("ADJF"),)}, "омски госуд педаг униве|"),
    # the same words, read as nouns by the models given: the first two words only
    ({}, "омски госуд|"),
])
def test_party_key_reads_the_given_models(readings: Any, key: str) -> None:
    models: Any = _StubModels(readings, {})
    name = "Омский государственный педагогический университет"
    assert _Party(name, [], 0, len(name), models).key == key
