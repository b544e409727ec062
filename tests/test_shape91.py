"""shape91: code shape and regions. Every probe is written here, in words of its own.

* A short header over lines each opened by a day in figures ("Соседи пишут" / "11.03.2025
  В ... открыли ...") is a list of other days' news (``boilerplate._ITEM_MARK``): its places
  are no region of the article.
* bcast90's and muni90's filters of agreements outside the social sphere are one pass,
  ``agreements.other_field_subject`` (side pass ``other_field_alone``), over one lexicon
  entry of fields (``lexicon.NON_SOCIAL_FIELDS``): public works alone whoever the sides are;
  a field a body may serve unless two regions are the sides themselves.
* The publication-date passes walk the page's top lines with one walker
  (``published._top_lines``) and try their finders in order with one helper
  (``published._first_found``).
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.boilerplate import mask_boilerplate
from soccoop.extract.lexicon import (
    ECONOMY_FIELDS,
    NON_SOCIAL_FIELDS,
    OTHER_FIELD_WORDS,
    PUBLIC_WORKS_FIELDS,
)
from soccoop.extract.pipeline import extract
from soccoop.extract.published import _first_found, _top_lines, find_published
from soccoop.models import DateRef

PUB = "2025-06-18"

# --- lists of other days' news ----------------------------------------------------------

HEAD = "Тверские студенты пройдут практику в центре занятости\n\n17.06.2025 09:40\n\n"
BODY = ("Центр занятости населения Твери и Тверской колледж сервиса вчера заключили "
        "соглашение о практике студентов. Выпускники с инвалидностью смогут пройти "
        "стажировку на предприятиях города.\n\n"
        "Документ подписали директор центра и директор колледжа, сообщила пресс-служба "
        "центра занятости.\n\n")

# (id, the lines under the article, a line that must be masked or kept, masked?)
DATED_LISTS = [
    ("days in figures under a short header", "Соседи пишут\n16.06.2025 В Смоленской области "
     "открыли новый пункт проката\n15.06.2025 Брянские ветераны получили путёвки\n",
     "Брянские ветераны", True),
    ("a day and its time", "Ещё из рубрики\n16.06.2025, 18:20 Калужские школьники сдали "
     "нормы ГТО\n16.06.2025 12:05 Под Орлом отремонтируют мост\n", "Калужские школьники",
     True),
    ("a short year", "Соседи пишут\n16.06.25 В Смоленской области открыли пункт проката\n"
     "15.06.25 Брянские ветераны получили путёвки\n", "В Смоленской области", True),
    # negatives: the article's own dated entries end as sentences; one item is no list; a
    # date over a line is the page's stamp, not an item's mark
    ("a chronicle of sentences", "Хроника\n16.06.2025 Центр провёл ярмарку вакансий.\n"
     "15.06.2025 Колледж открыл приёмную комиссию.\n", "Колледж открыл", False),
    ("one dated item", "Соседи пишут\n16.06.2025 В Смоленской области открыли пункт "
     "проката\n", "В Смоленской области", False),
    ("a day then a small letter", "Соседи пишут\n16.06.2025 в Смоленской области открыли "
     "пункт\n15.06.2025 брянские ветераны получили путёвки\n", "брянские ветераны", False),
]


@pytest.mark.parametrize(("tail", "line", "masked"), probes.named_rows(DATED_LISTS))
def test_dated_headline_lists(tail: str, line: str, masked: bool) -> None:
    text = HEAD + BODY + tail + "\n" + BODY
    out = mask_boilerplate(text)
    at = text.index(line)
    assert (out[at:at + len(line)].strip() == "") == masked


def test_places_of_other_days_news_are_no_region(models: Any) -> None:
    text = HEAD + BODY + ("Новости соседей\n16.06.2025 В Смоленской области открыли пункт "
                          "проката\n15.06.2025 Брянские ветераны получили путёвки\n")
    found = {r.name for r in extract(text, "t.txt", models).regions}
    assert "Тверская область" in found
    assert not found & {"Смоленская область", "Брянская область"}


# --- agreements of fields outside the social sphere: one pass ---------------------------

# (id, text, how many records)
FIELDS = [
    # public works between two regions named as the sides: no record (works, whoever)
    ("a bridge between two regions", "Вчера Смоленская область и Брянская область "
     "заключили соглашение о строительстве моста через Десну.\n", 0),
    # a road body's field between a government and a town: no record
    ("transport between a government and a town", "Вчера правительство Смоленской области и "
     "администрация Рославля заключили соглашение о развитии транспортного "
     "сообщения.\n", 0),
    # sport between two regions' ministries of economy: no record
    ("sport between ministries of economy", "Вчера министерство экономики Смоленской области "
     "и министерство экономики Брянской области заключили соглашение о строительстве "
     "спортивных баз.\n", 0),
    # negatives: two regions keep transport; a social word beside the works in the
    # sentence keeps them; a social side keeps them
    ("transport between two regions", "Вчера Смоленская область и Брянская область "
     "заключили соглашение о развитии транспортного сообщения.\n", 1),
    ("works beside a social word in the sentence", "Вчера правительство Смоленской области "
     "и администрация Рославля заключили соглашение о строительстве объездной дороги, "
     "по которой будут ходить автобусы для инвалидов.\n", 1),
    ("works with a social side", "Вчера министерство социального развития Брянской "
     "области и администрация Клинцов заключили соглашение о строительстве "
     "пандусов.\n", 1),
]


@pytest.mark.parametrize(("text", "count"), probes.named_rows(FIELDS))
def test_fields_outside_the_social_sphere(models: Any, text: str, count: int) -> None:
    assert len(probes.agreements_of(models, text, PUB)) == count


def test_one_lexicon_entry_of_fields() -> None:
    # the words of the fields a body may serve are the entry's, all but building works and
    # (extra97) the fields of the economy
    assert OTHER_FIELD_WORDS == frozenset().union(
        *(w for f, w in NON_SOCIAL_FIELDS.items() if f != "works" and f not in ECONOMY_FIELDS))
    assert "строительство" not in OTHER_FIELD_WORDS and "дорожный" in OTHER_FIELD_WORDS
    assert PUBLIC_WORKS_FIELDS <= NON_SOCIAL_FIELDS.keys()


# --- one walker of the top lines, one helper for the finders ------------------------------

TOP = "Погода +4\n\nОбщество\n\n\nЗаголовок\nПодзаголовок\nТекст\nЕщё\n"


# (id, body's first line index or None, most, the indices walked)
WALKS = [
    ("the first non-blank lines", None, 3, [0, 2, 5]),
    ("blank lines do not count", None, 4, [0, 2, 5, 6]),
    ("up to the body's first line", (5, 8), 6, [0, 2]),
    ("the body at the top", (0, 8), 6, []),
]


@pytest.mark.parametrize(("body", "most", "expected"), probes.named_rows(WALKS))
def test_top_lines(body: tuple[int, int] | None, most: int, expected: list[int]) -> None:
    walked = list(_top_lines(TOP, body, most))
    assert [i for i, _, _ in walked] == expected
    assert all(TOP[off:off + len(line)] == line for _, off, line in walked)


def test_first_found_stops_at_the_first_date() -> None:
    day = DateRef("2025-06-17", "17.06.2025", 0, 10)
    called: list[str] = []

    def finder(name: str, ref: DateRef | None) -> Any:
        return lambda: called.append(name) or ref

    assert _first_found(finder("a", None), finder("b", day), finder("c", None)) is day
    assert called == ["a", "b"]
    assert _first_found(finder("d", None)) is None


def test_rubric_heading_still_dates_the_page() -> None:
    # pub89's heading, found through the shared walker: a section's heading set apart
    text = ("Главная | Новости | Контакты\n\nЗДОРОВЬЕ  17.06.2025\n\nВ Твери открыли центр "
            "реабилитации\n\nЦентр реабилитации детей с инвалидностью открыли в Твери. "
            "В нём будут заниматься сорок детей.\n")
    assert find_published(text)[0] == "2025-06-17"


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, agreements=("other_field_subject",),
                                          coreference=("other_field_alone",),
                                          published=("_first_found", "_top_lines"))
