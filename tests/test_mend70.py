"""mend70: review mends of round 28's first wave (records unchanged).

* one predicate reads a man's adjectival surname in "-ой" (``person_names.
  man_adjectival_surname``): before any reading (sig72's proof, a man's first name) and
  after the whole name's reading (offreg72's proof, ``read``);
* one helper finds the participle an acting prefix writes out
  (``official_roles.acting_participle_written``), for its nominative and for the case of
  the name after the post (``officials._acting_prefix_case``);
* one walk reads the sentences after a plan's own (``agreement_dates._told_after``);
* the tests share the dev-text quotation check (``probes.docstrings_quoting_dev_texts``)
  and the post-prefix check (``probes.check_post_start``).

Every sentence and person here is invented for these tests; each table has rows where the
rule must not fire.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import probes
import pytest

from soccoop.extract import agreement_dates, person_names
from soccoop.extract.nlp import Token
from soccoop.extract.official_roles import acting_participle_written
from soccoop.extract.officials import _acting_prefix_case

# (id, first name, surname as written, the whole name's reading (gender, surname's
# nominative) or None before any reading, a man's adjectival "-ой" surname?)
MAN_ADJECTIVAL = [
    ("before: a man's first name", "Пётр", "Боровской", None, True),
    ("before: a woman's first name", "Анна", "Боровской", None, False),
    ("before: a regular surname's oblique case", "Пётр", "Сомовой", None, False),
    ("before: no -ой", "Пётр", "Боровский", None, False),
    ("after: a man's reading, made a woman's -ая", "Павел", "Заречной",
     ("masc", "Заречная"), True),
    ("after: a woman's reading", "Павел", "Заречной", ("femn", "Заречная"), False),
    ("after: a regular surname", "Павел", "Сомовой", ("masc", "Сомова"), False),
    ("after: kept as written", "Павел", "Заречной", ("masc", "Заречной"), False),
]


@pytest.mark.parametrize(("first", "surname", "read", "expected"),
                         probes.named_rows(MAN_ADJECTIVAL))
def test_man_adjectival_surname(models: Any, first: str, surname: str,
                                read: tuple[str | None, str] | None, expected: bool) -> None:
    assert person_names.man_adjectival_surname(first, surname, models, read) is expected


def test_one_adjectival_surname_predicate() -> None:
    assert not hasattr(person_names, "_man_adjectival_surname")


def _token(text: str, case: str | None) -> Token:
    return Token(text, 0, len(text), "NOUN", {"Case": case} if case else {}, text, -1, "dep")


# (id, the acting prefix's words with their case, the participle written out, the case of
# the name after the post)
ACTING = [
    ("a written participle", [("исполняющим", "Ins"), ("обязанности", "Gen")],
     "исполняющим", "Ins"),
    ("after 'временно'", [("временно", None), ("исполняющая", "Nom"), ("обязанности", "Gen")],
     "исполняющая", "Nom"),
    ("an abbreviation", [("врио", "Gen")], None, None),
    ("initials", [("и.", None), ("о.", None)], None, None),
]


@pytest.mark.parametrize(("words", "participle", "case"), probes.named_rows(ACTING))
def test_acting_participle_written(words: list[tuple[str, str | None]],
                                   participle: str | None, case: str | None) -> None:
    prefix = [_token(w, c) for w, c in words]
    found = acting_participle_written(prefix)
    assert (found.text if found is not None else None) == participle
    assert _acting_prefix_case(prefix) == case


# (id, text, how many sentences after the first the walk reads)
TOLD_AFTER = [
    ("two sentences within reach", "Стороны готовят соглашение. Подписание назначено на май. "
     "Церемония пройдёт в мэрии. Гостей встретит оркестр.", 2),
    ("stops at another agreement", "Стороны готовят соглашение. Подписание назначено на май. "
     "Договор с колледжем подпишут позже. Церемония пройдёт в мэрии.", 1),
    ("stops at once", "Стороны готовят соглашение. Договор с лицеем подпишут позже. "
     "Подписание назначено на май.", 0),
]


@pytest.mark.parametrize(("text", "count"), probes.named_rows(TOLD_AFTER))
def test_told_after(models: Any, text: str, count: int) -> None:
    analysis = models.analyse(text)
    starts = [x.start for x in analysis.sentences]
    stage = SimpleNamespace(analysis=analysis,
                            sentence_at=lambda offset: max(
                                n for n, st in enumerate(starts) if st <= offset))
    record = SimpleNamespace(evidence=SimpleNamespace(start=0))
    later = list(agreement_dates._told_after(stage, record))  # type: ignore[arg-type]
    assert later == analysis.sentences[1:1 + count]


def test_probes_flag_a_docstring_with_no_russian_example() -> None:
    found = probes.docstrings_quoting_dev_texts([("agreement_dates", "_told_after"),
                                                 ("agreement_dates", "nearest_year")])
    assert list(found) == ["agreement_dates.nearest_year"]
