"""Word lists live in the lexicon, apart from the rules (the charter): a source scan of
``extract/``'s rule modules for inline sets, tuples or lists of two or more words with a
Cyrillic letter (``{"о", "об"}``) that equal a constant of a lexicon module
(``lexicon*.py``, ``datewords.py``). Such a literal is the constant written again: import
the constant instead. The modules still holding some are listed in ``STILL_INLINE`` with
their number, which may only fall (mend60: most were "с"/"со", equal to constants of five
kinds, and "," with "и"; mend61 read each use and imported the constant of its kind: none is
left). No model is loaded.

A second count (mend62): inline sets of two or more words with a Cyrillic letter that equal
no lexicon constant (a word list or a set of endings written in a rule) are listed in
``STILL_UNLISTED`` per module and may only fall. mend62 moved 42 such (most of them
morphology endings, to ``lexicon_endings.py``); ``nlp``'s cut words are segmentation's own,
read before any extraction.
"""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import soccoop.extract
from soccoop.extract.lexicon import (
    COOPERATION_NOUNS,
    IN_PREPOSITIONS,
    LIST_JOINERS,
    SIGNATURE_NOUNS,
)
from soccoop.extract.lexicon_officials import (
    ACTING_WORDS,
    DEPARTURE_PREPOSITIONS,
    DUTY_ASSIGNING_VERBS,
    DUTY_NOUNS,
    DUTY_VERBS,
    HELPER_ORDINALS,
    HOLDER_ORDINALS,
    LEFT_POST_PREPOSITIONS,
    NAME_PREPOSITIONS,
    SIDE_PREPOSITIONS,
)
from soccoop.extract.lexicon_regions import CAPITAL_WORDS
from soccoop.extract.lexicon_sides import SIDE_WORD_PREPOSITIONS
from soccoop.extract.lexicon_signers import MORE_SIGNER_WORDS
from soccoop.extract.lexicon_status import COPULA_VERBS, FUTURE_COPULAS

HERE = Path(soccoop.extract.__file__).parent
_CYRILLIC = re.compile("[а-яё]", re.I)

# module -> inline word sets equal to a lexicon constant left today (may only fall; mend61
# moved the last 58: none is left, and none may come back)
STILL_INLINE: dict[str, int] = {}


def _lexicon_sets() -> set[frozenset[str]]:
    out: set[frozenset[str]] = set()
    for path in sorted(HERE.glob("lexicon*.py")) + [HERE / "datewords.py"]:
        module = importlib.import_module(f"soccoop.extract.{path.stem}")
        for name, value in vars(module).items():
            if name.isupper() and isinstance(value, (set, frozenset, tuple, list)) and \
                    all(isinstance(v, str) for v in value):
                out.add(frozenset(value))
    return out


def _word_literal(node: ast.AST) -> frozenset[str] | None:
    if isinstance(node, ast.Call) and getattr(node.func, "id", None) in (
            "frozenset", "set", "tuple") and node.args:
        node = node.args[0]
    if not isinstance(node, (ast.Set, ast.Tuple, ast.List)) or len(node.elts) < 2:
        return None
    words = [e.value for e in node.elts if isinstance(e, ast.Constant) and
             isinstance(e.value, str)]
    if len(words) != len(node.elts) or not any(_CYRILLIC.search(w) for w in words):
        return None
    return frozenset(words)


def _inline_word_sets(path: Path) -> list[frozenset[str]]:
    """Every inline word set of a module, a frozenset({...}) call and its set literal
    once."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    seen: set[int] = set()
    out = []
    for node in ast.walk(tree):
        words = _word_literal(node)
        if words is None or id(node) in seen:
            continue
        if isinstance(node, ast.Call):
            seen.add(id(node.args[0]))
        out.append(words)
    return out


def _inline_lexicon_sets(path: Path, lexicon: set[frozenset[str]]) -> int:
    return sum(words in lexicon for words in _inline_word_sets(path))


def _rule_modules() -> list[Path]:
    return [p for p in sorted(HERE.glob("*.py"))
            if not p.name.startswith("lexicon") and p.name != "datewords.py"]


def test_rule_modules_import_the_lexicon_word_sets() -> None:
    lexicon = _lexicon_sets()
    found = {p.name: n for p in _rule_modules()
             for n in [_inline_lexicon_sets(p, lexicon)] if n}
    more = {name: n for name, n in found.items() if n > STILL_INLINE.get(name, 0)}
    assert not more, f"import the lexicon constant instead of writing its words: {more}"
    fewer = {name: n for name, n in found.items() if n < STILL_INLINE.get(name, 0)}
    gone = set(STILL_INLINE) - set(found)
    assert not fewer and not gone, f"lower STILL_INLINE: {fewer}, take off: {gone}"


# module -> inline word sets equal to no lexicon constant left today (may only fall; mend62
# moved 42 of 43)
STILL_UNLISTED: dict[str, int] = {"nlp.py": 1}


def test_rule_modules_write_no_word_set_of_their_own() -> None:
    lexicon = _lexicon_sets()
    found = {p.name: n for p in _rule_modules()
             for n in [sum(w not in lexicon for w in _inline_word_sets(p))] if n}
    more = {name: n for name, n in found.items() if n > STILL_UNLISTED.get(name, 0)}
    assert not more, f"name the word set or the endings in a lexicon module: {more}"
    fewer = {name: n for name, n in found.items() if n < STILL_UNLISTED.get(name, 0)}
    gone = set(STILL_UNLISTED) - set(found)
    assert not fewer and not gone, f"lower STILL_UNLISTED: {fewer}, take off: {gone}"


def test_the_scan_sees_a_word_set_written_again() -> None:
    lexicon = {frozenset({"о", "об"})}
    tree = ast.parse('x = t.lemma in {"о", "об"} and y in ("с", "со")')
    hits = [w for node in ast.walk(tree) for w in [_word_literal(node)] if w is not None]
    assert sum(w in lexicon for w in hits) == 1


# words moved out of the rules (mend60): each in the constant of its kind
MOVED = [
    ("партнерство", COOPERATION_NOUNS),  # "о сотрудничестве Департамента ..."
    ("подписание", SIGNATURE_NOUNS),  # taken out of the signing verbs
    ("обязанности", DUTY_NOUNS),  # "исполнять обязанности министра"
    ("возлагать", DUTY_ASSIGNING_VERBS),  # "обязанности возложены на ..."
    ("врио", ACTING_WORDS),  # an acting post stays as written
    ("третий", HELPER_ORDINALS),  # "первый вице-губернатор"
    ("первый", HOLDER_ORDINALS),  # "первый президент"
    ("стать", FUTURE_COPULAS),  # "это станет первым соглашением"
    ("столичный", CAPITAL_WORDS),
    ("также", MORE_SIGNER_WORDS),  # "Документ также подписал ..."
    # mend61
    ("и", LIST_JOINERS),  # "Курганской, Тюменской и Омской областей"
    ("от", LEFT_POST_PREPOSITIONS),  # "освобождён от должности"
    ("со", DEPARTURE_PREPOSITIONS),  # "отставка ... с поста губернатора"
    ("со", SIDE_WORD_PREPOSITIONS),  # "со стороны Тюмени"
    ("во", IN_PREPOSITIONS),  # "во Владимирской области"
    ("при", NAME_PREPOSITIONS),  # "совет при губернаторе"
]


def test_moved_words_stand_in_their_constants() -> None:
    for word, constant in MOVED:
        assert word in constant, word
    # the duties laid on someone are no duties carried out
    assert DUTY_ASSIGNING_VERBS <= DUTY_VERBS
    assert FUTURE_COPULAS <= COPULA_VERBS
    # a departure's post and a side's "сторона" take no "от" ("от должности" leaves a post)
    assert "от" not in DEPARTURE_PREPOSITIONS and DEPARTURE_PREPOSITIONS < LEFT_POST_PREPOSITIONS
    assert SIDE_WORD_PREPOSITIONS < SIDE_PREPOSITIONS and "от" not in SIDE_WORD_PREPOSITIONS
