"""Officials on NEREL, session 44 (branch nerel44): people missed because their post is
told away from their name, each a small pass in ``extract/officials.py``.

* a sentence that names no one but speaks of the one person named before by "он"/"она"
  as its subject keeps that person for the next sentence, so a post that is the next
  sentence's subject is still theirs ("Олег Ларин заявил ... . Он добавил ... . Глава
  компании выразил надежду"); a pronoun of the other gender, two people named before or
  a sentence with no pronoun subject carry no one;
* in parallel posts the parser may hang the second post's genitive on the first post; a
  genitive right after a post (adjectives of its own aside) is still that post's ("Иван
  Петров (министр финансов Тульской области) и Олег Ларин (министр финансов Курской
  области)");
* a time phrase ("в 2010 году", "в 2010–2015 годах", "с 2010 года", "в прошлом", "на тот
  момент") may date a post in a clause or an apposition after the name without breaking
  it ("Иван Петров, назначенный в 2010 году министром финансов", "Иван Петров, в прошлом
  министр финансов"); a relative clause with a copula gives its instrumental post
  ("который в 2010–2015 годах был министром финансов"), and one whose "которого" is an
  appointing verb's object too ("которого в 2010 году назначили министром финансов");
* an apposition that describes the person by a common animate noun ("известного борца с
  ксенофобией") may be followed after a comma by the post, in the same case ("члена
  Общественной палаты"); a post inside the description (someone else's) or one in
  another case does not follow;
* a courtesy title the parse makes the subject, with the name in apposition to it, is
  the name's stand-in even capitalised first in the sentence ("Господин Петров является
  министром финансов области");
* a plural post followed by names each after its own place in the genitive, with no dash
  after the post, gives each name the post in the singular and its place ("губернаторы
  Тульской области Иван Петров, Курской области Олег Ларин"); a portfolio is no place
  ("министры финансов X, экономики Y" gives the second nothing);
* biography shapes: a range of years opens a subjectless post ("В 1990–2000 годах —
  президент компании"), unless the one person named before stood in brackets (an aside);
  an acting prefix in the instrumental is a post held ("назначен исполняющим обязанности
  главы"); a second verb the parse left as a root of its own, joined by "и" and with no
  subject, shares the first one's ("окончил МГУ и с 1990 года работал директором"), but
  not across a name the parse coordinated with the first verb; an appointment noun's "на
  пост X" names the post ("назначение Ивана Петрова на пост губернатора"), and a
  departure noun's "с поста X" the post left ("отставка Ивана Петрова с поста
  губернатора");
* a clause beside the verb or a "где" clause of where the subject went, neither with a
  subject of its own, goes on about the subject ("окончил МГУ, после чего работал
  директором завода", "перешёл на работу в администрацию Тулы, где стал заместителем
  главы"), and so does a post after a dash joined to the verb ("родился в 1950 году в
  Туле, в 1990–2000 годах — президент компании").

Every sentence and person here is invented for these tests; each table has rows where the
pass must not fire.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

Expected = dict[str, tuple[str | None, str | None]]

CARRIED_BY_A_PRONOUN: list[tuple[str, Expected]] = [
    ("Олег Ларин заявил журналистам о новых планах. Он добавил, что работа продолжится. "
     "Глава компании выразил надежду на успех.", {"Олег Ларин": ("глава", "компания")}),
    ("Анна Котова заявила журналистам о новых планах. Она добавила, что работа "
     "продолжится. Министр здравоохранения выразила надежду на успех.",
     {"Анна Котова": ("министр здравоохранения", "Министерство здравоохранения")}),
    # negatives: the pronoun's gender is not the person's; two people before; no pronoun
    # subject; the person only as an object of the sentence between
    ("Олег Ларин заявил журналистам о новых планах. Она добавила, что работа продолжится. "
     "Глава компании выразил надежду на успех.", {}),
    ("Олег Ларин и Иван Петров заявили журналистам о новых планах. Он добавил, что работа "
     "продолжится. Глава компании выразил надежду на успех.", {}),
    ("Олег Ларин заявил журналистам о новых планах. Работа продолжится. Глава компании "
     "выразил надежду на успех.", {}),
    ("Олег Ларин заявил журналистам о новых планах. Журналисты спросили его, что будет "
     "дальше. Глава компании выразил надежду на успех.", {}),
]


PARALLEL_POSTS: list[tuple[str, Expected]] = [
    ("Соглашение подписали Иван Петров (министр финансов Тульской области) и Олег Ларин "
     "(министр финансов Курской области).",
     {"Иван Петров": ("министр финансов", "Министерство финансов Тульской области"),
      "Олег Ларин": ("министр финансов", "Министерство финансов Курской области")}),
    ("Соглашение подписали Иван Петров (губернатор Тульской области) и Олег Ларин "
     "(губернатор Курской области).",
     {"Иван Петров": ("губернатор", "Тульская область"),
      "Олег Ларин": ("губернатор", "Курская область")}),
    # unchanged: different posts, and appositions after commas
    ("Соглашение подписали Иван Петров (губернатор Тульской области) и Олег Ларин (мэр "
     "Курска).", {"Иван Петров": ("губернатор", "Тульская область"),
                  "Олег Ларин": ("мэр", "Курск")}),
    ("Соглашение подписали Иван Петров, губернатор Тульской области, и Олег Ларин, "
     "губернатор Курской области.", {"Иван Петров": ("губернатор", "Тульская область"),
                                     "Олег Ларин": ("губернатор", "Курская область")}),
]


MINISTER = {"Иван Петров": ("министр финансов", "Министерство финансов")}

DATED_CLAUSES: list[tuple[str, Expected]] = [
    ("Как отметил Иван Петров, занимающий с 2010 года пост министра финансов, бюджет "
     "сбалансирован.", MINISTER),
    ("Иван Петров, который в 2010–2015 годах был министром финансов, заявил о росте.",
     MINISTER),
    ("Иван Петров, который тогда был министром финансов, заявил о росте.", MINISTER),
    ("Иван Петров, назначенный в 2010 году министром финансов, заявил о росте.", MINISTER),
    ("Иван Петров, которого в 2010 году назначили министром финансов, заявил о росте.",
     MINISTER),
    ("Иван Петров, ставший в 2010 году министром финансов, заявил о росте.", MINISTER),
    ("Иван Петров, в прошлом министр финансов, заявил о росте.", MINISTER),
    ("Иван Петров, на тот момент министр финансов, заявил о росте.", MINISTER),
    ("Иван Петров, с 2010 года министр финансов, заявил о росте.", MINISTER),
    # negatives: the post is someone the person met, or the one who appoints him
    ("Иван Петров, который был с министром финансов в Туле, заявил о росте.", {}),
    ("Иван Петров, которого назначил министр финансов, заявил о росте.", {}),
    ("Иван Петров, который в 2010 году встречался с министром финансов, заявил о росте.",
     {}),
    ("Иван Петров, на тот момент встречавшийся с министром финансов, заявил о росте.", {}),
]


AFTER_A_DESCRIPTION: list[tuple[str, Expected]] = [
    ("Инициатива оказалась неожиданной для Александра Брода, известного борца с "
     "ксенофобией, члена Общественной палаты.",
     {"Александр Брод": ("член", "Общественная палата")}),
    ("Об этом рассказала Анна Котова, мать троих детей, директор школы.",
     {"Анна Котова": ("директор", "школа")}),
    # negatives: the post is of the one the description names; another case: the subject
    ("Об этом рассказал Иван Петров, отец министра финансов, на встрече.", {}),
    ("Ивана Петрова, ветерана войны, губернатор наградил орденом.", {}),
]


COURTESY_SUBJECTS: list[tuple[str, Expected]] = [
    ("Господин Петров является министром финансов области.",
     {"Петров": ("министр финансов области", "Министерство финансов области")}),
    ("Господин Петров стал министром финансов области.",
     {"Петров": ("министр финансов области", "Министерство финансов области")}),
    ("Вчера господин Петров стал министром финансов области.",
     {"Петров": ("министр финансов области", "Министерство финансов области")}),
    # negative: the name beside a capitalised proper noun is no courtesy title's
    ("Компания Петров стала партнером министерства финансов области.", {}),
]


PLACED_LISTS: list[tuple[str, Expected]] = [
    ("В мероприятии участвовали губернаторы Тульской области Иван Петров, Курской области "
     "Олег Ларин и Орловской области Сергей Смирнов.",
     {"Иван Петров": ("губернатор", "Тульская область"),
      "Олег Ларин": ("губернатор", "Курская область"),
      "Сергей Смирнов": ("губернатор", "Орловская область")}),
    ("Соглашение подписали губернаторы Тульской области Иван Петров и Курской области "
     "Олег Ларин.", {"Иван Петров": ("губернатор", "Тульская область"),
                     "Олег Ларин": ("губернатор", "Курская область")}),
    # negatives: a portfolio, not a place; a singular post
    ("Министры финансов Иван Петров, экономики Олег Ларин и культуры Анна Котова провели "
     "встречу.", {"Иван Петров": ("министр финансов", "Министерство финансов")}),
    ("Соглашение подписали губернатор Тульской области Иван Петров и Курской области Олег "
     "Ларин.", {"Иван Петров": ("губернатор", "Тульская область")}),
]


BIOGRAPHIES: list[tuple[str, Expected]] = [
    ("Иван Петров родился в 1950 году. В 1990–2000 годах — президент компании «Ромашка».",
     {"Иван Петров": ("президент", "компания «Ромашка»")}),
    ("Иван Петров был назначен исполняющим обязанности главы администрации Тулы.",
     {"Иван Петров": ("исполняющий обязанности главы", "администрация Тулы")}),
    ("Иван Петров окончил МГУ и с 1990 года работал директором завода «Ромашка».",
     {"Иван Петров": ("директор", "завод «Ромашка»")}),
    ("Назначение Ивана Петрова на пост губернатора стало неожиданным.",
     {"Иван Петров": ("губернатор", None)}),
    # negatives: the one named before is an aside in brackets; another subject; no post
    ("В 1991 году работал в банке «Ромашка» (который возглавлял Михаил Ходорковский). В "
     "1996—1997 годах — заместитель руководителя департамента.", {}),
    ("Иван Петров окончил МГУ, а Олег Ларин с 1990 года работал директором завода.",
     {}),  # not Petrov's (the parse coordinates Ларин with "окончил")
    ("Назначение Ивана Петрова на пост стало неожиданным для губернатора.", {}),
    # a departure noun's "с поста X" names the post left
    ("Отставка Ивана Петрова с поста губернатора стала неожиданной.",
     {"Иван Петров": ("губернатор", None)}),
    ("Уход Анны Котовой с поста директора школы обсуждали учителя.",
     {"Анна Котова": ("директор", "школа")}),
    ("Отставка Ивана Петрова стала неожиданной.", {}),
]


SAME_SUBJECT_CLAUSES: list[tuple[str, Expected]] = [
    ("Иван Петров окончил МГУ, после чего работал директором завода «Ромашка».",
     {"Иван Петров": ("директор", "завод «Ромашка»")}),
    ("В 1990 году Иван Петров перешел на работу в администрацию Тулы, где стал "
     "заместителем главы.", {"Иван Петров": ("заместитель главы", None)}),
    # negatives: the clause has a subject of its own, or a verb of another gender
    ("Иван Петров приехал в Тулу, где Олег Ларин стал министром финансов.",
     {"Олег Ларин": ("министр финансов", "Министерство финансов")}),
    ("Иван Петров приехал в администрацию, где работала директором его сестра.", {}),
    ("Иван Петров заявил: «Я стал министром финансов в 2010 году».", {}),
    ("Иван Петров родился в 1950 году в Туле, в 1990–2000 годах — президент компании "
     "«Ромашка».", {"Иван Петров": ("президент", "компания «Ромашка»")}),
    ("Иван Петров приехал в Тулу, его брат — министр финансов области.", {}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), probes.table_params(
    pronoun=CARRIED_BY_A_PRONOUN, parallel=PARALLEL_POSTS, dated=DATED_CLAUSES,
    described=AFTER_A_DESCRIPTION, courtesy=COURTESY_SUBJECTS, placed=PLACED_LISTS,
    biography=BIOGRAPHIES, clauses=SAME_SUBJECT_CLAUSES))
def test_officials_of_each_table(models: Models, text: str, expected: Expected) -> None:
    """Each table above: the officials of its text, name -> (post, body), exactly."""
    assert probes.officials_of(models, text) == expected
