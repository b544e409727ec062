"""Signatories of sigpool91, probes written for this file (not copied from any round).

* A colon clause of signing ("Подписи под соглашением поставили:") followed by lines of
  a list without a mark, each a post, a dash and the name closing the line ("министр ...
  — Анна Котова;"), names the signers: ``signer_shapes._post_dash_name`` makes such a
  line an item of ``colon_list_signers`` and its closing name the item's person.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

_HEAD = ("Министерство социальной защиты Тверской области и комитет по труду Псковской области "
         "заключили соглашение о помощи ветеранам в трудоустройстве. {colon}\n")
_TAIL = "\nЦеремония прошла в режиме видеосвязи.\n"
_LINES = ("глава министерства социальной защиты Тверской области — Анна Сергеевна Котова;\n"
          "председатель комитета по труду Псковской области — Олег Иванович Белов.\n")

# (id, text, the signers of every record, as surnames, by status)
ROWS = [
    ("post, dash and the name closing each line after a signing colon",
     _HEAD.format(colon="Подписи под соглашением поставили:") + _LINES + _TAIL,
     {"signed": [["белов", "котова"]]}),
    ("the same lines after 'Документ подписали:'",
     _HEAD.format(colon="Документ подписали:") + _LINES + _TAIL,
     {"signed": [["белов", "котова"]]}),
    ("an en dash between post and name",
     _HEAD.format(colon="Свои подписи поставили:") + _LINES.replace(" — ", " – ") + _TAIL,
     {"signed": [["белов", "котова"]]}),
    # negatives: the rule must not fire
    ("guests listed after a colon sign nothing",
     _HEAD.format(colon="На церемонии присутствовали:") + _LINES + _TAIL,
     {"signed": [[]]}),
    ("a name that does not close its line is no holder of the post",
     _HEAD.format(colon="Подписи под соглашением поставили:") +
     "глава министерства социальной защиты Тверской области — Анна Котова рассказала о планах;\n"
     "председатель комитета по труду Псковской области — Олег Белов напомнил о вакансиях.\n" +
     _TAIL,
     {"signed": [[]]}),
    ("lines with no dash before the name are no such list",
     _HEAD.format(colon="Подписи под соглашением поставили:") +
     "Сегодня на встрече выступила Анна Котова.\n"
     "Позже слово взял Олег Белов.\n" + _TAIL,
     {"signed": [[]]}),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(ROWS))
def test_signers(models: Any, text: str, expected: dict[str, list[list[str]]]) -> None:
    assert probes.surnames_by_status(models, text) == expected


# (id, a line, the person the rule reads as the line's holder or None)
LINES = [
    ("post, dash, name, semicolon", "директор центра занятости Твери — Нина Павловна Сомова;",
     "Нина Павловна Сомова"),
    ("post, dash, name, no stop", "ректор Тверского университета — Иван Орлов", "Иван Орлов"),
    # negatives
    ("the name opens the line (the other shape)", "Нина Сомова — директор центра занятости;",
     None),
    ("words after the name", "директор центра — Нина Сомова, она же автор проекта;", None),
    ("no dash", "директор центра занятости Твери Нина Сомова;", None),
]


@pytest.mark.parametrize(("line", "expected"), probes.named_rows(LINES))
def test_post_dash_name(models: Any, line: str, expected: str | None) -> None:
    from soccoop.extract.signer_shapes import _post_dash_name

    analysis = models.analyse("Документ подписали:\n" + line + "\n\nЦеремония прошла в Твери.\n")
    sent = next(s for s in analysis.sentences if s.text.startswith(line.split()[0]))
    span = _post_dash_name(analysis, sent)
    assert (analysis.text[span.start:span.stop] if span else None) == expected


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, signer_shapes=("_post_dash_name",))
