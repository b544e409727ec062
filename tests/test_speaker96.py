"""Signatories of speaker96, probes written for this file (not copied from any round).

* An interviewee's answer that signs "мы вместе с министром X" in a sentence after the
  one opening the answer turn names the interviewee (addressed by first name and
  patronymic before) and the partner (``signer_shapes.interview_we_signers`` with
  ``answering_interviewee``; "вместе"/"совместно" under the verb holds the partner).
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

_HEAD = ("Еженедельник «Тверские вести» · № 12 · 3 апреля 2025 г.\n\n"
         "Министр социальной защиты Тверской области Анна Сергеевна Котова — о помощи "
         "пожилым людям и о соседях\n\n"
         "— Анна Сергеевна, зачем области соседи в социальной сфере?\n\n"
         "— У соседей похожие беды: мало кадров, далёкие сёла, длинные очереди.\n\n"
         "— С кем из соседей уже есть договорённости?\n\n")
_TAIL = ("\n\n— А что с Новгородом?\n\n"
         "— Там пока только переписка, встреч не было.\n")

# (id, text, the signers of every record, as surnames, by status)
ROWS = [
    ("an older signing in a later sentence of the answer: 'мы вместе с министром X'",
     _HEAD + "— Ближе всех нам Псков. Ещё в 2019 году мы вместе с министром социального "
     "развития Псковской области Олегом Петровичем Беловым подписали соглашение о "
     "сотрудничестве наших министерств." + _TAIL,
     {"mentioned": [["белов", "котова"]]}),
    ("a later sentence of the answer: 'мы вместе с министром X подписали' (held on main)",
     _HEAD + "— Ближе всех нам Псков. Весной мы вместе с министром социального развития "
     "Псковской области Олегом Петровичем Беловым подписали соглашение о сотрудничестве "
     "наших министерств." + _TAIL,
     {"signed": [["белов", "котова"]]}),
    ("'совместно с' in a later sentence of the answer, an older signing",
     _HEAD + "— Прежде всего Смоленск. Ещё в 2020 году мы совместно с министром социального "
     "развития Смоленской области Олегом Петровичем Беловым подписали соглашение о "
     "сотрудничестве." + _TAIL,
     {"mentioned": [["белов", "котова"]]}),
    # negatives: the rules must not fire
    ("the author's body signs with a body, no person named with 'с'",
     _HEAD + "— Ближе всех нам Псков. Ещё в 2019 году соглашение мы заключили с "
     "министерством социального развития Псковской области." + _TAIL,
     {"mentioned": [[]]}),
    ("no one addressed by name: the 'мы' of the answer is no one named",
     "Министерство социальной защиты Тверской области — о помощи пожилым людям\n\n"
     "— С кем область дружит в социальной сфере?\n\n"
     "— Ближе всех нам Псков. Ещё в 2019 году мы вместе с министром социального "
     "развития Псковской области Олегом Петровичем Беловым подписали соглашение о "
     "сотрудничестве наших министерств." + _TAIL,
     {"mentioned": [[]]}),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(ROWS))
def test_signers(models: Any, text: str, expected: dict[str, list[list[str]]]) -> None:
    assert probes.surnames_by_status(models, text) == expected


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, signer_shapes=("interview_we_signers",
                                                         "answering_interviewee"))
