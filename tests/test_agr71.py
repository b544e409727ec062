"""agr71 (round 71 of issue 9, branch agr71): which agreements are records, read from the
errors the code made blind on the even dev rounds 244–278 (the blind-start pool).

One structural cause, seen on several rounds: an agreement of a body of sport with a sports
federation about a contest for children ("о проведении детского турнира", "кубок среди
детских команд") was kept as a social agreement, since "детский" is a word of the social
sphere. An adjective of age on a noun of sport's contests and teams
(``lexicon.SPORT_CONTEST_NOUNS``) now names sport's people as it did on the sport's own noun
("детского хоккея", ``agreements.age_of_sport``); "детско-юношеских турниров" was no social
word already.

Every probe is written here, in words of its own. On b71dev: ``CONTESTS``'s rows
"tournament", "cup_teams" and "championship" give a record, and ``AGE``'s rows
"tournament", "teams" and "cup" read no age of sport; the guards hold on both."""

from __future__ import annotations

import probes
import pytest

PUBLISHED = "2025-04-10"

# (id, text, kept: does a record stay)
CONTESTS = [
    ("tournament", "Министерство спорта Тверской области и областная федерация волейбола "
                   "подписали соглашение о проведении детского турнира «Весенний мяч» "
                   "на стадионе в Ржеве.", False),
    ("cup_teams", "Комитет по физической культуре Липецкой области и региональная федерация "
                  "баскетбола заключили соглашение об организации кубка области среди "
                  "детских команд.", False),
    ("championship", "Комитет по спорту Курской области и курская федерация плавания "
                     "подписали договор о проведении детского первенства по плаванию "
                     "весной.", False),
    # guards: a social side, a social group served, a care word keep the record
    ("social_side", "Министерство социальной защиты Тверской области и областная федерация "
                    "волейбола подписали соглашение о проведении детского турнира для "
                    "воспитанников социальных приютов.", True),
    ("disabled_children", "Министерство спорта Орловской области и федерация плавания "
                          "подписали соглашение о проведении детского турнира для детей-инвалидов "
                          "вместе с их семьями.", True),
    ("union_of_disabled", "Министерство спорта Ярославской области и Ярославское отделение "
                          "Всероссийского общества инвалидов заключили между собой соглашение о "
                          "проведении детского турнира по бочче.", True),
]


@pytest.mark.parametrize(("text", "kept"), probes.named_rows(CONTESTS))
def test_children_contest_of_sport_is_no_record(models, text: str, kept: bool) -> None:
    records = probes.agreements_of(models, text, PUBLISHED)
    assert bool(records) is kept


# (id, text, the word the age adjective stands on, is it read as the age of sport)
AGE = [
    ("tournament", "Федерация готовит детский турнир по самбо.", "детский", True),
    ("teams", "Соревнования пройдут среди детских команд района.", "детских", True),
    ("cup", "Клуб провёл детский кубок по шахматам.", "детский", True),
    ("sport_noun", "Стороны займутся развитием детского хоккея.", "детского", True),
    # guards: rest, care homes and kindergartens are no sport's contest
    ("rest", "Стороны займутся организацией детского отдыха летом.", "детского", False),
    ("care_home", "Волонтёры помогают детскому дому в посёлке.", "детскому", False),
    ("kindergarten", "В посёлке построят детский сад на сто мест.", "детский", False),
]


@pytest.mark.parametrize(("text", "word", "sport"), probes.named_rows(AGE))
def test_age_of_sport(models, text: str, word: str, sport: bool) -> None:
    from soccoop.extract.agreements import age_of_sport
    sent = probes.first_sentence(models, text)
    i = next(n for n, t in enumerate(sent.tokens) if t.text == word)
    assert age_of_sport(sent, i) is sport


def test_contest_nouns_are_no_sport_field() -> None:
    """The contests' nouns are read only under an age adjective: none of them is a word of
    the sport's field or of the social sphere by itself."""
    from soccoop.extract.lexicon import (
        NON_SOCIAL_FIELD_WORDS,
        SOCIAL_SPHERE_WORDS,
        SPORT_CONTEST_NOUNS,
    )
    assert not SPORT_CONTEST_NOUNS & (NON_SOCIAL_FIELD_WORDS | SOCIAL_SPHERE_WORDS)


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, agreements=("age_of_sport",))
