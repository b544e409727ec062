"""nerel89: an appointment's "на должность" group that the parse hung back on an earlier verb.

- ``official_clauses._post_group_hung_back`` (called by ``_post_of_an_appointment``): in
  "... после перевода его друга — Ивана Смирнова в Орёл на должность мэра" the parser may
  hang "на должность мэра" on the clause's verb before the noun rather than on "перевода";
  the group right after the appointee (a "в" place between) is the appointment's, so the
  appointee is the mayor. Not when the group hangs on a verb after the noun (it may govern
  the group: "претендовал"), on an appointing verb, or names no post ("на работу").

Every sentence here is invented for these tests; the tables have rows where the rule must
not fire.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models, Sentence

# (id, text, name, expected (position, organisation) or None: no post)
APPOINTMENTS: list[tuple[str, str, str, tuple[str, str | None] | None]] = [
    ("left-town", "Иван Петров уехал из Тулы после перевода его друга — Олега Смирнова в "
     "Орёл на должность мэра.", "Олег Смирнов", ("мэр", "Орловская область")),
    ("moved", "Иван Петров переехал в Тулу после перевода его друга — Олега Смирнова в "
     "Москву на должность мэра.", "Олег Смирнов", ("мэр", "Москва")),
    ("colleague", "Сотрудники музея грустили после перевода их коллеги — Анны Котовой в "
     "Тверь на должность директора библиотеки.", "Анна Котова", ("директор", "библиотека")),
    # negatives: no post noun in the group; a later verb that governs the group itself
    ("to-work", "Иван Петров ушёл на пенсию после перевода Олега Смирнова в Москву на "
     "работу.", "Олег Смирнов", None),
    ("claimed", "После назначения Петра Иванова на должность мэра претендовал Олег "
     "Смирнов.", "Олег Смирнов", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), probes.named_rows(APPOINTMENTS))
def test_post_group_of_an_appointment(models: Models, text: str, name: str,
                                      expected: tuple[str, str | None] | None) -> None:
    probes.check_official(models, text, name, expected)


_NOUN = {"Animacy": "Inan", "Case": "Gen", "Gender": "Masc", "Number": "Sing"}
_NAME = {"Animacy": "Anim", "Case": "Gen", "Gender": "Masc", "Number": "Sing"}
_POST = {"Animacy": "Inan", "Case": "Acc", "Gender": "Fem", "Number": "Sing"}
_MAYOR = {"Animacy": "Anim", "Case": "Gen", "Gender": "Masc", "Number": "Sing"}


def _sentence(verb: str, verb_lemma: str, group_head: int) -> Sentence:
    """"Петров {verb} после перевода Смирнова на должность мэра", the group "на должность"
    hung on token ``group_head`` (1: the verb before the noun; 8: a verb set after it)."""
    return probes.hand_parsed(
        ("Петров", "петров", "PROPN", "nsubj", 1, {"Case": "Nom"}),
        (verb, verb_lemma, "VERB", "root", -1, {}),
        ("после", "после", "ADP", "case", 3, {}),
        ("перевода", "перевод", "NOUN", "obl", 1, _NOUN),
        ("Смирнова", "смирнов", "PROPN", "nmod", 3, _NAME),
        ("на", "на", "ADP", "case", 6, {}),
        ("должность", "должность", "NOUN", "obl", group_head, _POST),
        ("мэра", "мэр", "NOUN", "nmod", 6, _MAYOR),
        ("вчера", "вчера", "ADV", "advmod", 1, {}),
    )


@pytest.mark.slow
@pytest.mark.parametrize(("verb", "lemma", "group_head", "post"), [
    ("уехал", "уехать", 1, 7),        # hung back on the verb before the noun: the transfer's
    ("назначил", "назначить", 1, None),  # an appointing verb takes the group itself
    ("уехал", "уехать", 8, None),     # a word after the noun: not reached back
    ("уехал", "уехать", 3, None),     # the parse already gave it to the noun: not this pass
])
def test_post_group_hung_back_by_hand(models: Models, verb: str, lemma: str, group_head: int,
                                      post: int | None) -> None:
    from soccoop.extract import official_clauses as C

    tree = C._Tree(_sentence(verb, lemma, group_head), [], models)
    assert C._post_group_hung_back(tree, 3, 4) == post


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, official_clauses=("_post_group_hung_back",))
