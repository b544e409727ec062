"""nerel70: a body in the genitive after a post in the nominative is no official
(``official_posts.bodies_read_as_names_dropped``).

Every sentence here is invented for these tests; the table has rows where the rule must not
fire (a first name after a title, a full name, a surname).
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

# (id, text, name the reader may take, kept as an official?)
BODIES: list[tuple[str, str, str, bool]] = [
    # a club in the genitive after a nominative post: the post's body, not a person
    ("club-0", "Защитник Спартака продлил контракт с клубом.", "Спартака", False),
    ("club-1", "Капитан Локомотива получил травму на тренировке.", "Локомотива", False),
    # negatives: a title before a first name, a full name, a surname in the genitive
    ("name-0", "Шейх Хамад прибыл в Дубай с визитом.", "Хамад", True),
    ("name-1", "Директор Сергей Петров подписал приказ.", "Сергей Петров", True),
    ("name-2", "Председатель Путина поддержал инициативу.", "Путин", True),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "kept"), probes.named_rows(BODIES))
def test_bodies_read_as_names(models: Models, text: str, name: str, kept: bool) -> None:
    found = probes.extracted_officials(models, text)
    assert (name in found) == kept, found
