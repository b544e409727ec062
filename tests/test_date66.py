"""date66: an English (Latin-script) stamp day with no year, and a post's footer day under
its timed counter row, in our own words.

A stamp line may print the day in English without a year ("June 21", "21 Jun"): read as a
year-less day on a stamp line only, never inside a sentence. A social network's post prints
its time on a counter row under the last paragraph and the day alone on the next line: the
pair is one stamp, in Russian or English.
"""

from __future__ import annotations

import pytest

from soccoop.extract.published import find_published, stamp_line

POST = """Ольга Смирнова | министр социальной политики области
1,2K subscribers

Подписали соглашение с областным отделением Социального фонда 🤝

Теперь семьи участников СВО будут получать помощь в одном окне: специалисты министерства и \
фонда станут работать вместе в каждом районе.

Документ от министерства подписывала я. О первых результатах расскажу здесь.

#соглашения #соцзащита

{row}
{day}
"""


@pytest.mark.parametrize(("row", "day", "expected"), [
    # the day alone under a counter row with the time: read (None before date66)
    ("👁 2.4K   edited  09:15", "June 21", "--06-21"),
    ("👁 2.4K   edited  09:15", "21 Jun", "--06-21"),
    ("👁 1 204   изменено  09:15", "21 июня", "--06-21"),
    ("09:15", "March 3rd", "--03-03"),
    # no time on the row above: a bare day under the tags is no stamp (unchanged)
    ("👁 2.4K", "June 21", None),
    # the day line goes on with words: no stamp
    ("👁 2.4K   edited  09:15", "June 21 we met the minister", None),
    # not a day: a month and a year only
    ("👁 2.4K   edited  09:15", "June 2025", None),
])
def test_post_footer_day(row: str, day: str, expected: str | None) -> None:
    assert find_published(POST.format(row=row, day=day))[0] == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("June 21", "--06-21"),
    ("21 June", "--06-21"),
    ("Jun 21 · 3 min read", "--06-21"),
    ("10th of July", "--07-10"),
    # a year still wins where printed (unchanged)
    ("June 21, 2025", "2025-06-21"),
    ("21 June 2025", "2025-06-21"),
    # never inside a sentence, nor an impossible day or a month alone
    ("The meeting was held on June 21 in Kazan.", None),
    ("June 31", None),
    ("June", None),
    ("Version 21", None),
])
def test_english_stamp_day(line: str, expected: str | None) -> None:
    ref = stamp_line(line)
    assert (ref.value if ref else None) == expected
