"""Officials beside bracketed region names, feminine posts and social workers: a person's name the
tagger runs on after a region's bracketed second name is a name of its own; the brackets do
not cut a post's phrase; a woman holds a post that is the subject of a feminine verb, so the
name on its genitive is hers, in the nominative; "социальный работник" (and "соцработник")
is a post; contracted "соц-" words of a post are written out.

Every probe is worded for this file (other regions, posts and names than any corpus); the
tables give the text, the person and what is expected."""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.nlp import Models
from soccoop.extract.normalize import spell_out_contractions

Record = tuple[str | None, str | None]


RECORDS: list[tuple[str, str, Record]] = [
    # a name run on after a region's bracketed name: split off, the post kept
    ("Переговоры провёл министр образования Республики Саха (Якутия) Эрчим Туприн.",
     "Эрчим Туприн",
     ("министр образования", "Министерство образования Республики Саха (Якутия)")),
    ("Выступил глава Ханты-Мансийского автономного округа (Югры) Руслан Кудрин.",
     "Руслан Кудрин", ("глава", "Ханты-Мансийский автономный округ (Югры)")),
    # the brackets of the region do not cut the deputy's post off the name
    ("Как пояснила первый заместитель министра труда Республики Саха (Якутия) Сайаана "
     "Павлова, речь идёт о вахтовой работе.", "Сайаана Павлова",
     ("первый заместитель министра труда", "Министерство труда Республики Саха (Якутия)")),
    # the feminine verb makes her the deputy, not the minister of the genitive
    ("Как пояснила заместитель министра финансов Республики Алтай (Горный Алтай) Сайаана "
     "Кычкина, бюджет сбалансирован.", "Сайаана Кычкина",
     ("заместитель министра финансов",
      "Министерство финансов Республики Алтай (Горный Алтай)")),
    # a social worker is a post with its adjective, written out when contracted
    ("Пенсионерку навестила социальный работник Дарья Осипова.", "Дарья Осипова",
     ("социальный работник", None)),
    ("Вчера к ветерану пришла соцработник Нурсият Гаджиева.", "Нурсият Гаджиева",
     ("социальный работник", None)),
    # a post word right after the name, with no comma, is the next subject's: its body is
    # not the name's; the university named before is
    ("Гости побывали в Вятском государственном университете. С ректором вуза Олегом "
     "Дружининым управляющий кировским отделением Соцфонда обсудил практику студентов.",
     "Олег Дружинин", ("ректор вуза", "Вятский государственный университет")),
    # a contracted field of a post is spelled out
    ("Форум открыл министр соцразвития Приморья Олег Ткаченко.", "Олег Ткаченко",
     ("министр социального развития", "Министерство соцразвития Приморья")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), RECORDS)
def test_the_record_of_a_person(models: Models, text: str, name: str,
                                expected: Record) -> None:
    probes.check_official(models, text, name, expected)


NOT_A_PERSON: list[tuple[str, str]] = [
    # a city after the bracketed name is a place, not a person
    ("Делегация Республики Саха (Якутия) Якутск посетила вчера.", "Якутск"),
    # a post described by its holder's seniority is a worker's trade, not an office
    ("Социальный работник с 10-летним стажем Ольга Белова подала иск к центру.",
     "Ольга Белова"),
    # staff of a centre are no post
    ("Работник центра Дарья Осипова навестила пенсионерку.", "Дарья Осипова"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name"), NOT_A_PERSON)
def test_what_is_no_official(models: Models, text: str, name: str) -> None:
    found = probes.officials_of(models, text)
    assert all(name not in k for k in found), found


class _Unread:
    """Models no rule may read: the posts of the hand-parsed sentence are read by their
    lemmas alone (``official_grammar._lemma``), with no dictionary."""

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"the models were read: {name}")


_UNREAD: Any = _Unread()


def _deputy_sentence(verb_gender: str, verb_pos: str = "VERB", rel: str = "nsubj"):
    """"Как пояснила заместитель министра Петровой ..." parsed by hand: the post is the
    verb's subject, the name hung on the minister's genitive."""
    return probes.hand_parsed(
        ("Как", "как", "SCONJ", "mark", 1, {}),
        ("пояснила", "пояснить", verb_pos, "root", -1,
         {"Gender": verb_gender, "Number": "Sing", "Tense": "Past"}),
        ("заместитель", "заместитель", "NOUN", rel, 1,
         {"Case": "Nom", "Number": "Sing", "Animacy": "Anim", "Gender": "Masc"}),
        ("министра", "министр", "NOUN", "nmod", 2,
         {"Case": "Gen", "Number": "Sing", "Animacy": "Anim", "Gender": "Masc"}),
        ("Лины", "лин", "PROPN", "appos", 3, {"Case": "Gen"}),
    )


@pytest.mark.parametrize(("gender", "pos", "rel", "expected"), [
    ("Fem", "VERB", "nsubj", "Nom"),    # a woman's post: her name, nominative
    ("Masc", "VERB", "nsubj", None),    # a man's: whose name it is stays unsure
    ("Fem", "NOUN", "nsubj", None),     # no verb over the post
    ("Fem", "VERB", "obj", None),       # the post is no subject
])
def test_a_feminine_verb_says_who_holds_the_post(gender: str, pos: str, rel: str,
                                                 expected: str | None) -> None:
    from soccoop.extract.officials import _oblique_post_case

    sent = _deputy_sentence(gender, pos, rel)
    assert _oblique_post_case(sent.tokens, 3, _UNREAD) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("phrase", "expected"), [
    ("министр соцзащиты", "министр социальной защиты"),
    ("Соцработник", "Социальный работник"),
    ("начальник соцотдела", "начальник социального отдела"),
    ("соцработники", "социальные работники"),
    ("социум", "социум"),            # not a contraction: the rest is no known noun
    ("министр труда", "министр труда"),
])
def test_contractions_are_spelled_out(models: Models, phrase: str, expected: str) -> None:
    assert spell_out_contractions(models, phrase) == expected


@pytest.mark.slow
def test_cli_lists_the_new_readings(listed_rows) -> None:
    """As a user runs it: a name after a bracketed region and a social worker."""
    records = listed_rows({
        "yakutia.txt": "В Якутске прошла встреча. Переговоры провёл министр образования "
                       "Республики Саха (Якутия) Эрчим Туприн. Пенсионерку навестила "
                       "социальный работник Дарья Осипова.\n",
    }, "--format", "jsonl", "--limit", "0")
    assert len(records) == 1
    officials = {o["name"]: (o["position"], o["organization"])
                 for o in records[0]["officials"]}
    assert officials == {
        "Эрчим Туприн": ("министр образования",
                         "Министерство образования Республики Саха (Якутия)"),
        "Дарья Осипова": ("социальный работник", None),
    }
