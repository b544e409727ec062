"""datepool92: agreement dates pooled over the dev rounds. A plan's month told further on in
its story by "документ" or a pronoun, past sentences that name the agreement again, dates
the plan; a later sentence of the story that puts the signing off to a month or a day dates
the plan by that new time, over the time first set. Every probe is written here, in words of
its own, with the near misses each rule must not fire on."""

from __future__ import annotations

import probes
import pytest
from probes import status_dates

DATEPOOL92_FUNCTIONS = [("agreement_dates", "_plan_story"),
                        ("agreement_dates", "plan_told_in_story"),
                        ("agreement_dates", "put_off_told_in_story")]

STORY = ("Новости\n\nЛипецкая и Тамбовская области разрабатывают соглашение о подготовке "
         "сиделок для пожилых людей. Текст обсуждали во вторник на видеосовещании "
         "министров. Само соглашение облегчит жизнь семьям, где есть лежачие больные. "
         "«Нам важно, чтобы помощь не прерывалась при переезде», — сказала министр. "
         "{then}\n")
PUT_OFF = ("Новости\n\nКостромской колледж сервиса и управление социальной защиты Костромы "
           "{first} заключить договор о сотрудничестве в подготовке помощников по уходу. "
           "Юристы сторон не успели сверить раздел о практике студентов. {middle}"
           "{then}\n")

# (id, published, text, (status, date the text gives) of every record, in order)
CASES = [
    # a plan's month told four sentences on, past a sentence naming the agreement again
    ("plan-document-later", "2026-01-20",
     STORY.format(then="Подписать документ министры рассчитывают в марте."),
     [("planned", "2026-03")]),
    ("plan-pronoun-later", "2026-01-20",
     STORY.format(then="Подписать его министры планируют в апреле, во время визита в Липецк."),
     [("planned", "2026-04")]),
    # negatives: another record's own sentence comes first; no plan word; the signing put
    # off in the plan's own sentence (the story then tells the time first set); a season
    ("plan-other-record-first", "2026-01-20",
     STORY.format(then="Кроме того, Тамбовская область вчера подписала соглашение с "
                       "Воронежским университетом. Подписать документ министры "
                       "рассчитывают в марте."),
     [("planned", None), ("signed", "2026-01-19")]),
    ("plan-no-plan-word", "2026-01-20",
     STORY.format(then="Документ обсуждали и в марте."), [("planned", None)]),
    ("plan-own-sentence-put-off", "2025-10-14",
     "Новости\n\nПодписание соглашения между управлением соцзащиты Костромы и колледжем "
     "сервиса отложено до весны. Юристы ещё не сверили текст. Документ дорабатывают обе "
     "стороны. Раньше его планировали подписать в ноябре.\n",
     [("planned", None)]),
    ("plan-season", "2026-01-20",
     STORY.format(then="Подписать документ министры рассчитывают осенью."),
     [("planned", None)]),
    # a signing put off to a month, two and three sentences on, over the day first set
    ("put-off-over-day", "2025-03-05",
     PUT_OFF.format(first="хотели 12 марта", middle="",
                    then="Из-за этого подписание отложили на май."),
     [("planned", "2025-05")]),
    ("put-off-third-sentence", "2025-03-05",
     PUT_OFF.format(first="собираются", middle="Текст вернули на доработку. ",
                    then="Поэтому подписание перенесено на июнь."),
     [("planned", "2025-06")]),
    # negatives: a meeting put off, not the signing; the postponing denied; another
    # record's own sentence before it (the day first set stays, as the tense anchors it)
    ("put-off-meeting", "2025-03-05",
     PUT_OFF.format(first="хотели 12 марта", middle="",
                    then="Из-за этого совещание отложили на май."),
     [("planned", "2024-03-12")]),
    ("put-off-denied", "2025-03-05",
     PUT_OFF.format(first="хотели 12 марта", middle="",
                    then="При этом подписание не перенесли на май."),
     [("planned", "2024-03-12")]),
    ("put-off-other-record-first", "2025-03-05",
     PUT_OFF.format(first="хотели 12 марта",
                    middle="Кроме того, 3 марта министерство подписало соглашение с "
                           "Костромским государственным университетом. ",
                    then="Подписание перенесено на май."),
     [("planned", "2024-03-12"), ("signed", "2025-03-03")]),
]


@pytest.mark.parametrize(("case", "published", "text", "expected"), CASES,
                         ids=[c[0] for c in CASES])
def test_dates(models, case: str, published: str | None, text: str, expected: list) -> None:
    assert status_dates(models, text, published) == expected


def test_docstrings_quote_no_dev_text() -> None:
    probes.check_no_dev_text_quoted(__file__, DATEPOOL92_FUNCTIONS)
