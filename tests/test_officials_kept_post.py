"""Officials (shapes found on NEREL): which of a person's posts the record keeps, a
helper's master, and a participle title's body in the instrumental.

Each probe is worded for this file (no corpus sentence); the tables give the text, the
person and what is expected (``None`` where "not found" or "no body" is the point)."""

from __future__ import annotations

import pytest
from probes import parsed_officials

from soccoop.extract.lexicon_officials import POSITION_HEADS, SUBST_PARTICIPLES
from soccoop.extract.nlp import Models


def test_participle_titles_are_post_heads() -> None:
    """Every participle read as a post noun is a post head too (lexicon consistency)."""
    assert set(SUBST_PARTICIPLES.values()) - {"заведующий", "управляющий", "командующий",
                                              "уполномоченный"} <= POSITION_HEADS
    assert all(lemma.startswith(stem) for stem, lemma in SUBST_PARTICIPLES.items())


RECORDS = [
    # a body the text names for the person beats the bare state of another mention
    ("Бывший президент Чили Луис Ортега прибыл в Мадрид.\nПредседатель социалистической "
     "партии «Новый путь» Луис Ортега выступил на конгрессе.", "Луис Ортега",
     ("председатель", "социалистическая партия «Новый путь»")),
    # ... but a region is what a governor's record is about: a membership does not win
    ("Губернатор Курской области Роман Старовойт подписал соглашение. Член партии «Единая "
     "Россия» Роман Старовойт отметил успехи.", "Роман Старовойт",
     ("губернатор", "Курская область")),
    # ... and a state alone is still kept when nothing else is said of the person
    ("Президент Аргентины Хуан Перес прибыл в Мадрид.", "Хуан Перес",
     ("президент", "Аргентина")),
    # a helper's post with the master's bare surname in the genitive is the next name's
    ("Газета назвала кандидатов, среди них бывшего заместителя Шмидта Клауса Вебера.",
     "Клаус Вебер", ("заместитель", None)),
    # a participle title governs its body in the instrumental; the rank after it shares it
    ("Командующий Черноморским флотом адмирал Игорь Осипов провёл смотр.", "Игорь Осипов",
     ("адмирал", "Черноморский флот")),
    ("Главнокомандующий Военно-воздушными силами генерал Павел Рябов уволен в запас.",
     "Павел Рябов", ("генерал", "Военно-воздушные силы")),
    # ... the genitive body of any title still is the rank's ("представитель ... полковник")
    ("Представитель вооружённых сил полковник Сергей Зайцев сообщил об учениях.",
     "Сергей Зайцев", ("полковник", "Вооружённые силы")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), RECORDS)
def test_the_record_of_a_person(models: Models, text: str, name: str,
                                expected: tuple[str, str | None]) -> None:
    found = parsed_officials(models, text)
    assert found.get(name) == expected, found


NOT_OFFICIALS = [
    # the master named after a helper's post holds no post of his own here
    ("Газета назвала кандидатов, среди них бывшего заместителя Шмидта Клауса Вебера.",
     "Шмидт"),
    ("На встречу пришёл советник Дюпона Жан Мартен.", "Дюпон"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "surname"), NOT_OFFICIALS)
def test_the_master_is_not_the_helper(models: Models, text: str, surname: str) -> None:
    found = parsed_officials(models, text)
    assert not any(name.split()[-1].startswith(surname) for name in found), found


@pytest.mark.slow
def test_cli_keeps_the_named_body(listed_rows) -> None:
    """As a user runs it: the record of a person named twice keeps the post with a body."""
    text = RECORDS[0][0] + "\nКомандующий Черноморским флотом адмирал Игорь Осипов провёл смотр.\n"
    records = listed_rows({"chile.txt": text}, "--format", "jsonl", "--limit", "0")
    assert len(records) == 1
    officials = sorted((o["name"], o["position"], o["organization"])
                       for o in records[0]["officials"])
    assert officials == [
        ("Игорь Осипов", "адмирал", "Черноморский флот"),
        ("Луис Ортега", "председатель", "социалистическая партия «Новый путь»"),
    ]
