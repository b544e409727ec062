"""date54: publication stamps, relative days and the status of a clause, in our own words.

Each rule of the session, table-driven, with negatives: a section's one word parted from
the stamp's date by a gap under a widget row.
"""

from __future__ import annotations

import pytest

from soccoop.extract.published import find_published

HEAD = "Два района будут вместе помогать семьям участников СВО"
BODY = ("Управление социальной защиты Кировского района и центр занятости Ленинского района "
        "подписали соглашение о сотрудничестве. Документ предусматривает совместные "
        "ярмарки вакансий и обучение специалистов.")


def _page(*top: str) -> str:
    return "\n".join([*top, "", HEAD, "", BODY, "Ранее портал писал о ценах на жильё."])


# --- a section's one word, a gap, the date and its time, under a widget row
@pytest.mark.parametrize(("top", "expected"), [
    (("Курс ЦБ: USD 97,21  EUR 100,64    Киров  −14°", "", "Общество  5 февраля 2025, 11:42"),
     "2025-02-05"),
    (("Погода: +3 °C", "Экономика   12.03.2025 09:15"), "2025-03-12"),
    (("USD 90,50 EUR 98,10", "Соцзащита  14 мая 2025 в 15:40"), "2025-05-14"),
    # no time after the date: a header's today-date beside the widget
    (("Погода: +3 °C", "Общество  12.03.2025"), None),
    # one space only: a caption's or a headline's words
    (("Погода: +3 °C", "Общество 12.03.2025 09:15"), None),
    # the widget under the stamp
    (("Общество  12.03.2025 09:15", "Погода: +3 °C"), None),
])
def test_gap_sectioned_stamp_under_widget(top: tuple[str, ...], expected: str | None) -> None:
    assert find_published(_page(*top))[0] == expected
