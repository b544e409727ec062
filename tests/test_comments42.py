"""comments42: one recogniser of a readers' comment section (``merge.comments_start``),
read by records, regions and officials alike. A heading ("Комментарии (3)") followed by a
thread of the chat layout, lines "Имя[, Город]: текст" or "Имя Фамилия: текст" whose words may
run on over a line and whose replies are set in under the comment they answer, opens the
section as the author/time shape did; a region, an agreement or an official named only after
it is left out (the writers' brief: "Leave out regions named only in site noise ... comments").
Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.merge import _comments_start
from soccoop.extract.pipeline import extract

ARTICLE = ("Каток в Вытегре\n\nВ пятницу в Вытегре залили новый каток у школы искусств. "
           "Губернатор Вологодской области Алексей Ручьев поблагодарил строителей.\n\n")

# (id, the lines after the heading, whether the heading opens the comment section)
THREADS = probes.named_rows([
    ("run_on_then_reply",
     "Комментарии (3)\nСтепан Жуков: Каток отличный, внуки в восторге.\nЛёд ровный.\n"
     "    Нина, Белозерск: Нам бы такой тоже.\nТамара: Спасибо!\n", True),
    ("indented_reply_second",
     "Комментарии\nГеннадий: Когда будет прокат коньков?\nИ раздевалка?\n    Алла Сомова: "
     "Обещали к декабрю.\n", True),
    ("two_lines_of_words_first",
     "Обсуждение:\nЛюба, Тотьма: Хорошо бы и у нас залили.\nДети просят уже месяц.\nИ "
     "взрослые тоже.\nВадим: Поддерживаю.\n", True),
    # negatives: one named line alone is a quoted expert, not a thread
    ("one_expert_under_opinions",
     "Мнения\nАнна Лосева: Катки нужны в каждом районе.\nСтроители обещают ещё два катка к "
     "весне, их зальют у стадиона и в парке.\n", False),
    ("heading_over_prose",
     "Комментарии\nГлава района рассказал, что на катке будут дежурить медики.\nВход "
     "свободный.\n", False),
])


@pytest.mark.parametrize("thread,cut", THREADS)
def test_chat_thread_opens_comments(thread: str, cut: bool) -> None:
    text = ARTICLE + thread
    at = text.index(thread.split("\n", 1)[0])
    assert (_comments_start(text) == at) is cut


COMMENTED = (ARTICLE + "Комментарии (4)\nСтепан Жуков: А у нас вот в Архангельской области катков "
             "нет совсем,\nи министр спорта Архангельской области Пётр Кузовлев молчит.\n"
             "    Нина, Белозерск: Зато в Карелии залили три.\nТамара: Молодцы!\n")


def test_regions_named_only_by_readers_left_out(models) -> None:
    codes = {r.code for r in extract(COMMENTED, "t.txt", models).regions}
    assert "RU-VLG" in codes
    assert not codes & {"RU-ARK", "RU-KR"}, codes


def test_commenter_official_left_out(models) -> None:
    names = {o.name for o in extract(COMMENTED, "t.txt", models).officials}
    assert "Пётр Кузовлев" not in names, names


def test_article_regions_kept_without_a_thread(models) -> None:
    # a heading over the article's own prose opens no comment section
    text = (ARTICLE + "Комментарии\nЛыжную базу в Котласе Архангельской области откроют в январе.\n"
            "Вход будет свободным.\n")
    codes = {r.code for r in extract(text, "t.txt", models).regions}
    assert {"RU-VLG", "RU-ARK"} <= codes, codes


COMMENTS42_FUNCTIONS = [("merge", "_chat_thread"), ("merge", "comments_start"),
                        ("pipeline", "_before_comments")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, COMMENTS42_FUNCTIONS)
