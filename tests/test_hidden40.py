"""hidden40: errors of round 40's hidden pair, classed and fixed by general rules. A
mobile page's stamp with its reading link ("Читать 3 мин") and a post's edited flag with its
time on the line under the counters' row are publication dates; an agreement about trade or
farming alone is no record of this domain, between regions too. Every probe is written here,
in words of its own."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.published import edited_post_stamp, find_published

HEADLINE = "Липецкие соцработники начнут навещать одиноких пенсионеров чаще"
PROSE = ("Управление социальной защиты населения Липецкой области расширило список услуг "
         "на дому для пожилых жителей сёл.")

# (id, text, expected publication date)
PAGES = [
    ("reading-link",
     f"НОВОСТИ\n\n{HEADLINE}\n\n3 ноября 2025, 11:40  •  Читать 2 мин\n\n{PROSE}\n",
     "2025-11-03"),
    ("edited-under-counters",
     f"Липецк онлайн\n\n{HEADLINE}\n\n{PROSE}\n\n👁 1,4K   ❤️ 88   🔥 5\n"
     f"✏️ изменено   7 мая 2025, 09:05\n\n💬 Комментарии (4)\n",
     "2025-05-07"),
    # negative: an update label opening a line under ordinary prose is no post's time
    ("edited-under-prose",
     f"{HEADLINE}\n\n{PROSE}\n\nизменено 7 мая 2025, 09:05\n",
     None),
    # negative: a reading link with no date is nothing
    ("reading-link-alone",
     f"{HEADLINE}\n\nЧитать 2 мин\n\n{PROSE}\n",
     None),
]


@pytest.mark.parametrize(("case", "text", "expected"), PAGES, ids=[r[0] for r in PAGES])
def test_publication_page_shapes(case: str, text: str, expected: str | None) -> None:
    assert find_published(text)[0] == expected


def test_edited_flag_needs_counters_above() -> None:
    text = f"{PROSE}\nКомментарий редакции\n✏️ изменено   7 мая 2025, 09:05\n"
    assert edited_post_stamp(text) is None


# (id, text, side word, kept?)
FIELDS = [
    ("farming-between-regions",
     "Главы Липецкой и Тамбовской областей скрепили подписями соглашение о совместном "
     "развитии сельских кооперативов и агропромышленного рынка. Речь идёт о сахарной свёкле.",
     "област", False),
    ("trade-with-foreign-province",
     "Липецкая область и провинция Хэйлунцзян подписали соглашение о торгово-экономических "
     "связях на пять лет вперёд.",
     "област", False),
    # negative: trade beside the social sphere keeps the agreement
    ("trade-and-social",
     "Липецкая и Тамбовская области заключили соглашение о торгово-экономическом и "
     "социальном сотрудничестве.",
     "област", True),
    # negative: a ministry of labour on rural employment is social
    ("rural-employment",
     "Липецкое областное управление занятости и аграрный колледж подписали "
     "соглашение о трудоустройстве выпускников в сельском хозяйстве.",
     "управление", True),
]


@pytest.mark.parametrize(("case", "text", "side", "kept"), FIELDS, ids=[r[0] for r in FIELDS])
def test_economy_fields(models, case: str, text: str, side: str, kept: bool) -> None:
    rows = probes.status_date_parties(models, text, "2025-06-10")
    got = any(side in p.lower() for _, _, parties in rows for p in parties)
    assert got == kept, rows


HIDDEN40_FUNCTIONS = [("published", "edited_post_stamp"),
                      ("agreements", "other_field_subject")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, HIDDEN40_FUNCTIONS)
