"""pair71, probes written for this file (not copied from any round).

A sentence that refers back to a signing may say why it was signed: "Соглашение
заключено в развитие договорённостей, достигнутых губернатором X и губернатором Y". The
governors are the agents of a participle describing another noun ("договорённостей"),
not signers (``candidate_signers.described_act_agent``). A signing participle
("подписанное министром X") is not such a participle.
"""

from __future__ import annotations

from typing import Any

import pytest
from probes import signer_surnames

PUBLISHED = "2024-03-12"

HEAD = ('Министерства двух регионов подписали соглашение\n'
        '\n'
        'В Новосибирске министр труда Иркутской области Анна Петрова и министр социальной '
        'защиты Красноярского края Олег Сидоров подписали соглашение о сотрудничестве между '
        'министерством труда Иркутской области и министерством социальной защиты '
        'Красноярского края.\n'
        '\n')

# (id, second paragraph, surnames of each signed record)
CASES = [
    ("arrangements reached by governors",
     'Соглашение заключено в развитие договоренностей, достигнутых губернатором Иркутской '
     'области Игорем Кобзевым и губернатором Красноярского края Михаилом Котюковым.\n',
     [["петрова", "сидоров"]]),
    ("no second paragraph",
     'Стороны будут обмениваться опытом.\n',
     [["петрова", "сидоров"]]),
]


@pytest.mark.parametrize("name,tail,signers", CASES, ids=[c[0] for c in CASES])
def test_reached_by_others(models: Any, name: str, tail: str,
                           signers: list[list[str]]) -> None:
    assert signer_surnames(models, HEAD + tail, published=PUBLISHED) == signers
