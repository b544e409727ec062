"""off69: officials' posts as written out in the records (``official_posts.POST_PASSES``)
and initials split from a body before a full stop.

* a helper's post told in an oblique case before the helped post, or before a double post
  joined by a dash, stays the named one's (``helpers_kept_before_the_post``);
* a post's head word read as a one-word name is no official
  (``post_words_read_as_names_dropped``), nor is the head of a family
  (``family_heads_dropped``);
* the head of a ministry told "глава министерства" is its minister when the text names the
  post so (``ministry_heads_told_as_ministers``);
* "и. о." is written out (``acting_posts_written_out``);
* "Е.В. Мельник" after a body's abbreviation is a person even when the tagger runs the
  sentence's full stop into the body (``official_names._initials_out_of_bodies``);
* "мировой судья" keeps its modifier.

Every sentence and person here is invented for these tests; each table has rows where the
rule must not fire.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

POSTS: list[tuple[str, str, str, str | None]] = [
    # a helper in the dative before the helped post in the genitive
    ("helper-0", "Заместителю руководителя исполкома по вопросам молодёжи Гульнаре "
     "Хамитовой гости вручили благодарственное письмо.", "Гульнара Хамитова",
     "заместитель руководителя"),
    # a helper before a double post joined by a dash
    ("helper-1", "Как отметила заместитель губернатора — председателя правительства Тульской "
     "области Анна Ветрова, программа продлена.", "Анна Ветрова", "заместитель губернатора"),
    # negative: the name in the genitive is the helped one's, the helper's case differs
    ("helper-2", "Отчёт главы района Ивана Сомова заслушали депутаты.", "Иван Сомов", "глава"),
    # a ministry's head is its minister when the text names the post by name
    ("minister-0", "Во вторник глава министерства социальной политики Ирина Лосева подписала "
     "соглашение. Весной документ должны подписать министр Ирина Лосева и ректор вуза.",
     "Ирина Лосева", "министр"),
    # or unnamed, with the ministry's field
    ("minister-1", "Подписи под соглашением поставили министр социальной защиты области и "
     "ректор университета. «Это важный шаг», — сказал после подписания глава регионального "
     "министерства социальной защиты Олег Панов.", "Олег Панов", "министр"),
    # negatives: another minister named, a deputy minister, no minister told at all
    ("minister-2", "Во вторник глава министерства социальной политики Ирина Лосева подписала "
     "соглашение. На встрече был министр здравоохранения Пётр Гусев.", "Ирина Лосева",
     "глава"),
    ("minister-3", "Во вторник глава министерства социальной политики Ирина Лосева подписала "
     "соглашение. На встрече выступил заместитель министра Пётр Гусев.", "Ирина Лосева",
     "глава"),
    ("minister-4", "Глава администрации Андрей Бородин открыл школу.", "Андрей Бородин",
     "глава"),
    # "и. о." written out in the holder's gender
    ("acting-0", "И.о. министра соцразвития Приангарья Татьяна Зорина подписала приказ.",
     "Татьяна Зорина", "исполняющая обязанности министра"),
    ("acting-1", "Приказ подписал и. о. ректора университета Павел Гусев.", "Павел Гусев",
     "исполняющий обязанности ректора"),
    # negative: "врио" stays as written
    ("acting-2", "Приказ подписал врио министра труда Павел Гусев.", "Павел Гусев",
     "врио министра"),
    # initials after a body's abbreviation, the full stop run into the body
    ("initials-0", "Документ подписали Д.И. Кравченко и директор ГКУ Е.В. Мельник.",
     "Е. В. Мельник", "директор"),
    ("initials-1", "Документ подписал директор ГКУ Е.В. Сидоренко.", "Е. В. Сидоренко",
     "директор"),
    # a justice of the peace keeps "мировой"
    ("judge-0", "Иск рассматривал мировой судья Тверской области по судебному участку "
     "№ 12 Ирина Лаптева.", "Ирина Лаптева", "мировой судья"),
    # negative: a district judge stays a judge
    ("judge-1", "Иск рассматривала судья районного суда Ирина Лаптева.", "Ирина Лаптева",
     "судья"),
    # no official: a post's head word capitalised and read as a name
    ("not-0", "Как отметила заместитель Губернатора — Председателя Правительства Тульской "
     "области Анна Ветрова, программа продлена.", "Губернатор", None),
    # no official: the head of a family
    ("not-1", "Глава семьи Андрей Лукин раньше работал трактористом в колхозе.", "Андрей Лукин",
     None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "position"), probes.named_rows(POSTS))
def test_posts_as_written_out(models: Models, text: str, name: str,
                              position: str | None) -> None:
    """The named one's post begins with ``position``; None: the name is no official."""
    probes.check_post_start(models, text, name, position)
