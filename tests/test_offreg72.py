"""offreg72: officials' names and who counts as an official.

* a team player's playing role is no post (``official_posts.team_players_dropped``);
* a post after an acting holder's prefix ("и.о. министра") tells no case for the name
  beside it (sig72's ``officials._acting_prefix_case``, which the merge kept);
* a post form that reads only as a nominative is no oblique post, whatever the tagger says
  ("проректор" tagged as an accusative; ``officials._oblique_post_case``);
* a consonant-final first name beside a woman's-only nominative surname, after a post in
  the nominative, is a woman's (sig72's ``person_names.woman_by_nominative_surname``, which
  the merge kept);
* a man's adjectival surname in "-ой" stays his (``person_names.man_adjectival_surname``,
  one function with sig72's since mend70);
* a man's name the dictionary lacks, told in the instrumental of its post, loses "-ом"/"-ем"
  (``person_names._unknown_man_instrumental``).

Every sentence and person here is invented for these tests; each table has rows where the
rule must not fire.
"""

from __future__ import annotations

from pathlib import Path

import probes
import pytest

from soccoop.extract.nlp import Models

ROWS: list[tuple[str, str, str, str | None]] = [
    # players: no officials
    ("player-0", "Клуб подписал контракт с вратарём. Вратарь Степан Оленев перешёл из "
     "Омска.", "Степан Оленев", None),
    ("player-1", "Накануне матча крайний защитник Олег Лунин получил травму колена.",
     "Олег Лунин", None),
    ("player-2", "Нападающий Тимур Сабиров забил два мяча в ворота соперников.",
     "Тимур Сабиров", None),
    # negatives: a coach, a defender of a party in court
    ("player-3", "Главный тренер Олег Лунин поблагодарил болельщиков за поддержку.",
     "Олег Лунин", "главный тренер"),
    # an acting holder's prefix: the name beside it is a woman's nominative
    ("acting-0", "Вчера и.о. министра труда Приморского края Марина Огнева и ректор "
     "университета Павел Гусев подписали соглашение.", "Марина Огнева",
     "исполняющая обязанности министра"),
    # negative: the man's genitive after the prefix stays his
    ("acting-1", "Письмо и.о. министра труда Андрея Ракитина зачитали на совещании.",
     "Андрей Ракитин", "исполняющий обязанности министра"),
    # a consonant-final woman's name beside a nominative post
    ("woman-0", "В заседании участвовала уполномоченный по правам ребёнка в Республике "
     "Ингушетия Айшат Евлоева.", "Айшат Евлоева", "уполномоченный"),
    # negative: a man's surname in the nominative keeps him a man
    ("woman-1", "В заседании участвовал уполномоченный по правам ребёнка в Республике "
     "Ингушетия Ахмед Евлоев.", "Ахмед Евлоев", "уполномоченный"),
    # a man's adjectival surname in "-ой" the dictionary lacks
    ("adjectival-0", "На встрече был руководитель миссионерского отдела епархии иерей "
     "Павел Рожанской.", "Павел Рожанской", "руководитель"),
    # negative: a woman's oblique "-ой" still turns to "-ая"
    ("adjectival-1", "Грамоту вручили руководителю миссионерского отдела Анне Рожанской.",
     "Анна Рожанская", "руководитель"),
    # a man's unknown name in the instrumental
    ("instrumental-0", "В Омск приехала делегация во главе с заместителем министра труда "
     "республики Тумуром Ондаром.", "Тумур Ондар", "заместитель министра"),
    # negative (passes on main too): the tagger's own instrumental reading still serves
    ("instrumental-1", "Переговоры вела группа во главе с первым заместителем министра "
     "Тумуром Ондаром.", "Тумур Ондар", "первый заместитель министра"),
    # negative: a known man's name declines by the dictionary, not by its ending
    ("instrumental-2", "В Омск приехала делегация во главе с заместителем министра труда "
     "республики Игорем Лаптевым.", "Игорь Лаптев", "заместитель министра"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "position"), probes.named_rows(ROWS))
def test_officials(models: Models, text: str, name: str, position: str | None) -> None:
    """The named one's post begins with ``position``; None: the name is no official."""
    probes.check_post_start(models, text, name, position)


POST_CASES: list[tuple[str, str, str | None]] = [
    # a nominative-only form the tagger read as an accusative: nominative
    ("проректор-acc", "проректор", "Nom"),
    # negative: an animate accusative form stays the tagger's case
    ("проректора-acc", "проректора", "Acc"),
]


@pytest.mark.parametrize(("post", "expected"), probes.named_rows(POST_CASES))
def test_nominative_only_post(models: Models, post: str, expected: str | None) -> None:
    """``_oblique_post_case`` of a post the tagger reads as an accusative, with a name set
    in apposition to it: "Nom" when the form reads only as a nominative."""
    from soccoop.extract.officials import _oblique_post_case

    sent = probes.hand_parsed(
        ("Приказ", "приказ", "NOUN", "obj", 1, {"Case": "Acc", "Animacy": "Inan"}),
        ("подписала", "подписать", "VERB", "root", -1, {}),
        (post, "проректор", "NOUN", "obj", 1,
         {"Case": "Acc", "Number": "Sing", "Animacy": "Anim", "Gender": "Masc"}),
        ("Ольга", "ольга", "PROPN", "appos", 2, {"Case": "Acc"}),
        ("Светлова", "светлов", "PROPN", "flat:name", 3, {"Case": "Acc"}),
    )
    assert _oblique_post_case(sent.tokens, 2, models) == expected


def test_pass_is_in_the_posts_tuple_and_log() -> None:
    from soccoop.extract import official_posts

    names = [p.name for p in official_posts.POST_PASSES]
    assert "team_players_dropped" in names
    log = (Path(__file__).resolve().parent.parent / "docs" / "development-log.md").read_text(
        encoding="utf-8")
    assert "team_players_dropped" in log


def test_docstrings_quote_no_dev_text() -> None:
    probes.check_docstrings_invented(
        official_posts=("team_players_dropped",),
        officials=("_acting_prefix_case",),
        person_names=(
            "woman_by_nominative_surname", "man_adjectival_surname", "_unknown_man_instrumental",
        ),
    )
