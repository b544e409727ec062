"""Officials of off82, probes written for this file (not copied from any round).

Signers told with their post in the same phrase, whose official record was lost:

* a surname with initials that the dictionary reads as a genitive (a man's genitive for
  a woman's surname, a first name's genitive plural for a man's) after a post in the
  nominative and its body (``official_windows._initials_name_after_a_body``);
* a surname the dictionary knows only as a place, kept before initials, which are no
  first name (``official_names._places_out_of_names``);
* two words inside a quoted body's name are no person (``official_names._inside_quotes``);
* a noun that names a post by its grade has the case of a post
  (``officials._role_head_case``), so a woman's surname after it is read as hers;
* a person's span opening with a bracket's end starts after it, and a body's span of
  initials and a surname is a person (``nlp.mend_person_spans``).
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.official_names import _places_out_of_names

# (id, text, NER spans given, spans after mending)
SPANS = [
    ("a person's span opening past a bracket",
     "Вчера министр спорта и туризма РС(Я) Н.Н. Петров подписал соглашение.",
     [("LOC", "РС("), ("PER", "Я) Н.Н. Петров")], [("LOC", "РС("), ("PER", "Н.Н. Петров")]),
    ("a body's span of initials and a surname",
     "Документ подписали директор колледжа И. Сомова и ректор.",
     [("ORG", "И. Сомова")], [("PER", "И. Сомова")]),
    # negatives
    ("a place written with an initial stays a place",
     "Форум прошёл в Н.Новгород вчера.",
     [("LOC", "Н.Новгород")], [("LOC", "Н.Новгород")]),
    ("a person's span after a closed bracket stays whole",
     "Подписал ректор вуза (Москва) Иван Петров.",
     [("LOC", "Москва"), ("PER", "Иван Петров")], [("LOC", "Москва"), ("PER", "Иван Петров")]),
    ("a body's span of a surname alone stays a body",
     "Подписал директор завода Сомова вчера.",
     [("ORG", "Сомова")], [("ORG", "Сомова")]),
]


@pytest.mark.parametrize(("text", "given", "mended"), probes.named_rows(SPANS))
def test_person_spans_mended(models: Any, text: str, given: list[tuple[str, str]],
                             mended: list[tuple[str, str]]) -> None:
    probes.check_mended_spans(models, text, given, mended)


# (id, text, PER span given, span kept)
PLACES = [
    ("a place-like surname before initials stays",
     "Подписал главный врач центра Тамбова Е.П. вчера.", "Тамбова Е.П.", "Тамбова Е.П."),
    ("another place-like surname before initials",
     "Подписала директор центра Пскова А.С. вчера.", "Пскова А.С.", "Пскова А.С."),
    # negative: a place before a first name is still cut off
    ("a place before a first name and a surname is cut",
     "Подписал управляющий отделением по Тверской области Твери Иван Петров.",
     "Твери Иван Петров", "Иван Петров"),
]


@pytest.mark.parametrize(("text", "given", "kept"), probes.named_rows(PLACES))
def test_places_out_of_names(models: Any, text: str, given: str, kept: str) -> None:
    at = text.index(given)
    found = _places_out_of_names([(at, at + len(given), "PER")], text, models)
    assert [text[a:b] for a, b, _ in found] == [kept]


# (id, text, surname, expected post or None for no official of that surname)
OFFICIALS = [
    ("a man's surname that reads as a first name's genitive plural",
     "Договор подписали директор колледжа Сорокина А.В. и председатель совета ветеранов "
     "Тимуров А.В.", "Тимуров", "председатель"),
    ("another such surname",
     "Договор подписали директор колледжа Сорокина А.В. и председатель совета ветеранов "
     "Тагиров А.В.", "Тагиров", "председатель"),
    ("a bank's chairman after the bank's quoted name",
     "Договор подписал председатель правления АО «Камила Банк» Тимуров А.В.",
     "Тимуров", "председатель правления"),
    ("a graded post's holder keeps her surname",
     "Соглашение подписали главный врач больницы Сомова Е.П. и директор фонда Петров И.И.",
     "Сомова", "главный врач"),
    # negatives
    ("a post's genitive before the name: the minister's aide is no one named",
     "Договор подписал помощник министра Тимуров А.В.", "Тимуров", None),
    ("a quoted bank's name is no person",
     "Договор подписал председатель правления АО «Камила Банк» Тимуров А.В.", "Банк", None),
    ("a surname without a post is no official",
     "Договор подписали Тимуров А.В. и Сорокина А.В. в пятницу.", "Тимуров", None),
]


@pytest.mark.parametrize(("text", "surname", "post"), probes.named_rows(OFFICIALS))
def test_officials_of_signers(models: Any, text: str, surname: str, post: str | None) -> None:
    found = {name: pos for name, (pos, _) in probes.officials_of(models, text).items()
             if surname in name.split()}
    if post is None:
        assert not found
    else:
        assert list(found.values()) == [post]
