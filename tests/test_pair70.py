"""pair70, probes written for this file (not copied from any round).

One sentence tells a body's agreements with several employers, split one per partner; the
next sentence names the signers, the common side's first ("Со стороны центра занятости
... подписала"), then each employer's by a post naming it ("директор хлебозавода ...").
Each record keeps the common signer and its own partner's
(``signers._signers_by_posts``). A common signer's post may hold a word of one partner
("по Северному району" beside "ООО «Северный хлебозавод»"): it names the common side too,
so the signer is not placed with that partner (``signer_groups._names_common``).
"""

from __future__ import annotations

from typing import Any

import pytest
from probes import signer_surnames

PUBLISHED = "2024-04-18"


def _employers(common_post: str, posts: list[str]) -> str:
    """A jobs centre's signing with three employers, the signers in the next sentence."""
    names = ["Олег Юрьевич Серов", "Ирина Павловна Рыжова", "Пётр Ильич Седов"]
    listed = ", ".join(f"{p} {n}" for p, n in zip(posts[:-1], names, strict=False))
    return ('Выпускникам — работа в районе\n'
            '\n'
            'На прошлой неделе ОГКУ «Центр занятости населения Калужской области» подписал '
            'соглашения о содействии трудоустройству выпускников с тремя предприятиями района: ООО '
            '«Северный хлебозавод», АО «Ольховский кирпичный завод» и ООО «Автоцентр '
            '„Калуга“».\n'
            '\n'
            f'{common_post} Анна Сергеевна Белова, со стороны работодателей — {listed} и '
            f'{posts[-1]} {names[-1]}.\n'
            '\n'
            'Подписание прошло 11 апреля в районном техникуме в присутствии студентов.\n')


OWN = [["белова", "серов"], ["белова", "рыжова"], ["белова", "седов"]]
POSTS = ["директор хлебозавода", "заместитель директора кирпичного завода по персоналу",
         "директор автоцентра"]

# (id, text, surnames of each signed record, in order)
CASES = [
    ("common post holds a partner's word",
     _employers("Со стороны центра занятости документы подписала начальник отдела по "
                "Северному району ОГКУ «ЦЗН»", POSTS), OWN),
    ("common post plain",
     _employers("Со стороны центра занятости документы подписала начальник отдела",
                POSTS), OWN),
]


@pytest.mark.parametrize("name,text,signers", CASES, ids=[c[0] for c in CASES])
def test_each_employer_its_signer(models: Any, name: str, text: str,
                                  signers: list[list[str]]) -> None:
    assert signer_surnames(models, text, published=PUBLISHED) == signers
