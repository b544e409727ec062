"""nerel70: a body in the genitive after a post in the nominative is no official
(``official_posts.bodies_read_as_names_dropped``); a genitive participle inside an office's
body does not cut the office off the rank after it (``official_windows``).

Every sentence here is invented for these tests; each table has rows where the rule must not
fire (a first name after a title, a full name, a surname; a body with no participle).
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


# (id, text, name, position, organisation or None): a rank between an office and the name
RANKS: list[tuple[str, str, str, str, str | None]] = [
    # a genitive participle ("Вооружённых", tagged a verb) inside the office's body
    ("rank-0", "Начальник управления кадров Вооруженных сил генерал-лейтенант Олег Сомов "
     "выступил на совещании.", "Олег Сомов", "начальник", "управление кадров Вооруженных сил"),
    ("rank-1", "Бывший начальник Главного управления кадров Вооруженных сил России "
     "генерал-лейтенант Олег Сомов осуждён.", "Олег Сомов", "начальник", "Главное управление"),
    # negatives: no participle in the body; a participle before the post, not in a body
    ("rank-2", "Начальник управления кадров армии генерал-лейтенант Олег Сомов выступил.",
     "Олег Сомов", "начальник", "управление кадров"),
    ("rank-3", "По словам уволенного директора Ивана Петрова, завод закрыт.", "Иван Петров",
     "директор", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "position", "org"), probes.named_rows(RANKS))
def test_rank_after_an_office(models: Models, text: str, name: str, position: str,
                              org: str | None) -> None:
    found = probes.extracted_officials(models, text)
    assert name in found, found
    assert found[name][0] == position, found
    if org is None:
        assert found[name][1] is None, found
    else:
        assert (found[name][1] or "").startswith(org), found
