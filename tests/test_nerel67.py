"""nerel67: officials found on NEREL-style news.

* a given name's plural readings do not count in a name's case, so a name in the
  genitive after a body is no subject's name ("представитель фонда Анны Франк");
* a plural post in the nominative before one name (no second name joined) belongs to
  several people the name is the complement of ("Защитники Алёхиной"):
  ``official_windows._plural_post_of_one_name``;
* a trade or a membership before a name gives way to a post in apposition after it
  (``officials._trade_before_a_post``);
* an Arabic name's case is read from the words before its first particle
  (``official_grammar._before_a_particle``).

Every sentence and person here is invented for these tests; each table has rows where the
rule must not fire.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

POSTS: list[tuple[str, str, str, str]] = [
    # a post after the name wins over a trade before it
    ("trade-0", "В новый кабинет ждут дипломата Олега Варнаева, министра иностранных дел.",
     "Олег Варнаев", "министр иностранных дел"),
    ("trade-1", "Член партии Пётр Лозин, губернатор области, выступил на съезде.",
     "Пётр Лозин", "губернатор области"),
    # an Arabic name with particles is a nominative
    ("arabic-0", "Эмир Катара Салим бен Хамад Аль Тани передал власть сыну.",
     "Салим бен Хамад Аль Тани", "эмир"),
    # a plural post with two names joined: both hold it
    ("plural-0", "На совещании выступили заместители министра Иван Гречин и Анна Серова.",
     "Анна Серова", "заместитель министра"),
    ("plural-1", "Обыск провели у его заместителей Руслана Гречина и Андрея Лозина.",
     "Руслан Гречин", "заместитель"),
    ("plural-2", "Ректоры Омского и Томского университетов Иван Гречин и Анна Лозина "
     "подписали договор.", "Анна Лозина", "ректор"),
    ("plural-3", "Министры спорта Курской и Орловской областей — Олег Варнаев и Анна Лозина — "
     "провели встречу.", "Анна Лозина", "министр спорта"),
    # the representative is the one named before, not the fund's namesake
    ("fund-0", "Иван Гречин, представитель фонда Анны Лозинской, сказал, что рукопись "
     "подлинная.", "Иван Гречин", "представитель"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "position"),
                         [pytest.param(*r[1:], id=r[0]) for r in POSTS])
def test_posts_on_news(models: Models, text: str, name: str, position: str) -> None:
    probes.check_extracted_post(models, text, name, position)


NOT_OFFICIALS: list[tuple[str, str]] = [
    # her lawyers, not her post
    ("Защитники Варнаевой представили суду характеристики.", "Варнаев"),
    ("Адвокаты Гречина подали жалобу в суд.", "Гречин"),
    # a fund named after a person
    ("Иван Гречин, представитель фонда Анны Франк, сказал, что рукопись подлинная.", "Франк"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "surname"), NOT_OFFICIALS,
                         ids=[f"not-{n}" for n in range(len(NOT_OFFICIALS))])
def test_no_post_for_a_complement(models: Models, text: str, surname: str) -> None:
    found = probes.extracted_officials(models, text)
    assert not any(surname in name for name in found), found
