"""off45: officials errors of rounds 160–171 and NEREL tune/open pooled: a post and a colon
over a list of bodies and their heads, a channel's author by the post its header gives, a
first name and a surname the NER ran into a body's or place's span.

- ``official_layouts.head_of_a_listed_body``: "... главы поселений:" over lines "•
  <body in the genitive> — <name>;": each name holds the post in the singular, the body of
  its own line in the nominative.
- ``official_channels.channel_author``: a channel's title line "Name | ..." and the post
  after the bar or on a header line below it ("министр ...", "Официальный канал министра
  ..."), read as "post Name." by the sentence rules.
- ``nlp._trailing_first_name_surname``: a body's or place's span ending with a first name
  and a surname in the nominative of one gender is the body and the person.
- ``unwrap._shortest_wrap``: a narrow column of a PDF (five lines or more, under 50
  characters, most of them full) wraps at lines shorter than ``WRAP_MIN``.

Every sentence here is invented for these tests; the negatives guard against over-reach:
a list under a head that is no post, list lines under no colon, a channel header that
says no post, a name in the genitive inside a body's name, a list of short lines.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models
from soccoop.extract.unwrap import wrap_breaks

# (id, text, name, expected (position, organisation) or None: no official of that name),
# read by the whole extraction
ROWS: list[tuple[str, str, str, tuple[str, str | None] | None]] = [
    ("heads-listed-by-their-settlements", "Соглашения о помощи пожилым жителям подписали "
     "главы поселений:\n• Заречного сельского поселения — Олег Сомов;\n• Лесного сельского "
     "поселения — Анна Котова.\n\nРабота начнётся летом.", "Анна Котова",
     ("глава", "Лесное сельское поселение")),
    ("heads-listed-by-their-funds", "Меморандум о помощи семьям скрепили подписями "
     "руководители фондов:\n— фонда «Добрый берег» — Ирина Лаптева;\n— благотворительного "
     "фонда «Тёплый дом» — Павел Сомов.\n\nФонды будут вести общий список семей.",
     "Ирина Лаптева", ("руководитель", "Фонд «Добрый берег»")),
    ("channel-post-on-the-line-below", "Пётр Гусев | Соцзащита Прииртышья\nминистр "
     "социальной защиты Омской области\n12 мая 2025\n\nСегодня открыли новый пункт проката "
     "колясок для семей.", "Пётр Гусев",
     ("министр социальной защиты", "Министерство социальной защиты Омской области")),
    ("channel-named-for-its-post", "Анна Котова | Культура Верхневолжья\n3 200 "
     "подписчиков\nОфициальный канал министра культуры Тверской области. Новости отрасли.\n\n"
     "Сегодня в Торжке открыли новую библиотеку для детей.", "Анна Котова",
     ("министр культуры", "Министерство культуры Тверской области")),
    ("channel-post-after-the-bar", "Олег Сомов | Губернатор Тверской области\n28 000 "
     "подписчиков\n\n14 мая 2025\n\nСегодня провели приём граждан в Ржеве.", "Олег Сомов",
     ("губернатор", "Тверская область")),
    # negatives
    ("list-under-no-post", "Награды конкурса получили победители:\n— школы № 5 — Анна "
     "Котова;\n— гимназии № 2 — Олег Сомов.\n\nВсех поздравил директор департамента.",
     "Анна Котова", None),
    ("list-lines-under-no-colon", "Руководители фондов встретились в мэрии.\n— фонда "
     "«Добрый берег» — Ирина Лаптева;\n— фонда «Тёплый дом» — Павел Сомов.",
     "Ирина Лаптева", None),
    ("channel-header-says-no-post", "Анна Котова | Новости района\n12 000 подписчиков\n"
     "Официальный канал новостей района.\n\nСегодня в районе открыли новый сквер.",
     "Анна Котова", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), probes.named_rows(ROWS))
def test_off45_rows(models: Models, text: str, name: str,
                    expected: tuple[str, str | None] | None) -> None:
    probes.check_official(models, text, name, expected, read=probes.extracted_officials)


# (id, text, NER spans given, spans after the repair)
SPANS = [
    ("first-name-and-surname-after-a-place", "Об этом рассказала заместитель министра "
     "РС(Я) Айталина Сивцева.", [("LOC", "РС(Я) Айталина Сивцева")],
     [("LOC", "РС(Я)"), ("PER", "Айталина Сивцева")]),
    ("a-man-after-a-body", "Выступил начальник отдела Управления Айсен Николаев.",
     [("ORG", "Управления Айсен Николаев")], [("ORG", "Управления"), ("PER", "Айсен Николаев")]),
    # negatives: a body named after a person has the name in the genitive
    ("a-fund-named-after-a-man", "Грант выделил фонд Петра Котова.",
     [("ORG", "фонд Петра Котова")], [("ORG", "фонд Петра Котова")]),
    ("a-school-named-after-a-woman", "Праздник прошёл в школе имени Анны Котовой.",
     [("ORG", "школе имени Анны Котовой")], [("ORG", "школе имени Анны Котовой")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "given", "mended"), probes.named_rows(SPANS))
def test_off45_spans(models: Models, text: str, given: list[tuple[str, str]],
                     mended: list[tuple[str, str]]) -> None:
    probes.check_mended_spans(models, text, given, mended)


# (id, lines, the indexes of the lines whose break is a wrap): unwrap._shortest_wrap
COLUMNS = [
    ("a-narrow-justified-column", ["Вчера в Омске министр труда", "и занятости области Олег "
     "Сомов и", "председатель союза ветеранов", "области Анна Котова подписали",
     "соглашение о помощи пожилым", "жителям сельских районов края."], {0, 1, 2, 3, 4}),
    # negative: a list of posts one per line, most lines short, keeps its breaks
    ("a-list-of-short-lines", ["Участники:", "министр труда", "председатель союза ветеранов "
     "области", "глава района", "директор центра занятости", "ректор университета"], set()),
]


@pytest.mark.parametrize(("lines", "wraps"), probes.named_rows(COLUMNS))
def test_off45_narrow_column(lines: list[str], wraps: set[int]) -> None:
    assert wrap_breaks(lines) == wraps


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, official_layouts=("head_of_a_listed_body",
                                                            "_body_of_a_list_line",
                                                            "_post_before_a_colon"),
                                          official_channels=("channel_author",
                                                             "_post_of_a_header_part",
                                                             "_genitive_post_in_nominative"),
                                          nlp=("_trailing_first_name_surname",),
                                          unwrap=("_shortest_wrap",))
