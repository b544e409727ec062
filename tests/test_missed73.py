"""missed73 (round 73 of issue 9, branch missed73): agreements the gold has that the code
loses, read from the "missed" record lines of the tunable pools (blind start and b73).

One class recurs over many rounds: an older agreement of the story's sides, recalled by its
own year beside the story's new signing or plan ("самое первое соглашение стороны
подписали весной 2018 года"), merged into the story's record or dropped for naming no side
of its own.
``agreement_background.older_agreement_sides`` gives such a mention the story's sides when
its year is before the page's year or the story's record's; a post with no page date whose
story record is dated by day and month only ("14 марта"), or is a plan, gave no year to
compare, and the older agreement was lost. ``_older_by_status`` reads the statuses instead:
a mention told in force or recalled by a year of its own is older than the story's signing
or plan.

Every probe is written here, in words of its own. On b73dev: ``PAGES``'s row "undated_post"
keeps the signed record only (the 2018 agreement is lost); the other rows hold on both.
"""

from __future__ import annotations

import probes
import pytest

OLD = "Министерство семейной политики Республики Марий Эл"

SIGNED = ("Друзья, у нас радостная новость! 14 марта наша организация и Министерство "
          "семейной политики Республики Марий Эл вместе подписали свежее соглашение о "
          "партнёрстве.\n")
RECALLED = ("Многие знают, что мы дружим с министерством с 2018 года: именно тогда "
            "мы заключили самое первое соглашение, и оно работало четыре года.")

# (id, text, page date, the records as (status, year or None) in order told)
PAGES = [
    ("undated_post", SIGNED + RECALLED, None, [("signed", None), ("mentioned", "2018")]),
    # the same page dated: the year compared with the page's, as before
    ("dated_post", SIGNED + RECALLED, "2025-03-16", [("signed", "2025"), ("mentioned", "2018")]),
    ("plan_undated", "Ирина Лебедева побывала в Курганском педагогическом колледже.\n"
                     "Стороны условились подготовить к осени свежее соглашение о партнёрстве "
                     "между министерством и Курганским педагогическим колледжем: практика "
                     "студентов в центрах социального обслуживания.\nНапомним, соглашение "
                     "министерства с колледжем работало с 2015 года, но его срок уже вышел.",
     None, [("planned", None), ("mentioned", "2015")]),
    # guards: a clause naming a partner of its own under the older paper ("работает с
    # волонтёрами по соглашению") takes no side of the story; a year not before the page's
    # keeps the page's one record
    ("own_partner", SIGNED + "С 2019 года министерство работает с волонтёрами по соглашению.",
     None, [("signed", None)]),
    ("same_year", SIGNED + "Соглашение 2025 года рассчитано на три года.", "2025-03-16",
     [("signed", "2025")]),
    # guard (review): the signing retold with its full date on an undated post is the same
    # agreement, not an older one
    ("retold_same_day", SIGNED + "Соглашение, подписанное 14 марта 2025 года, заключено "
     "на пять лет.", None, [("signed", "2025")]),
]


def _year(date: str | None) -> str | None:
    return date[:4] if date and date[:4].isdigit() else None


@pytest.mark.parametrize(("text", "published", "expected"), probes.named_rows(PAGES))
def test_older_agreement_kept(models, text: str, published: str | None,
                              expected: list[tuple[str, str | None]]) -> None:
    records = probes.agreements_of(models, text, published)
    assert [(a.status, _year(a.date)) for a in records] == expected


def test_older_takes_story_side(models) -> None:
    """The older agreement recalled on an undated post takes the story's side it names
    ("с министерством"), so the scorer pairs it with its own gold agreement."""
    records = probes.agreements_of(models, SIGNED + RECALLED, None)
    assert [OLD in probes.party_names(a) for a in records] == [True, True]


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, agreement_background=("_older_by_status",))
