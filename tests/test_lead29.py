"""The lead's mend of session 29: an institution's proper name bears its patron's title
(``official_windows._named_after_a_patron``), so the titled person after it holds no post in
the story; an office written in lower case (or opening the sentence) still gives its holder
the post (nerel74's ``_holder_of_the_office``). Found on the FactRuEval devset after wave 1;
every sentence here is invented."""

from __future__ import annotations

from typing import Any

import probes
import pytest

# (id, text, name, expected position, or None when the name is no official there)
ROWS = [
    ("hospital", "Сотрудники Госпиталя принцессы Марины в Габороне вынудили закрыть госпиталь.",
     "Марина", None),
    ("fund", "Проект получил грант Фонда принца Эдварда и начнётся весной.", "Эдвард", None),
    # negatives: an office, not an institution's name
    ("office", "Письмо пришло в приёмную губернатора области Ивана Петрова.", "Иван Петров",
     "губернатор области"),
    ("office-opens", "Канцелярия президента Хосни Мубарака сообщила об этом вчера.",
     "Хосни Мубарак", "президент"),
    ("office-inside", "Об этом сообщили в канцелярии президента Хосни Мубарака.",
     "Хосни Мубарак", "президент"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "position"), probes.named_rows(ROWS))
def test_patron_of_an_institution(models: Any, text: str, name: str,
                                  position: str | None) -> None:
    probes.check_post(models, text, name, position)


def test_docstring_quotes_no_dev_text() -> None:
    assert not probes.docstrings_quoting_dev_texts([
        ("official_windows", "_named_after_a_patron")])
