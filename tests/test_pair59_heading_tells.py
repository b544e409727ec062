"""pair59: ONE mechanism decides whether the page's heading and a sentence of the body tell
the same signing: ``merge_rules.heading_tells`` (its gate ``heading_over_body``, its ways
``HEADING_WAYS``), asked by ``distinct_mention``, ``headline_in_short_names``,
``other_subject`` and ``headline_over_bodies`` (designed by pair58, ported onto the passes
that take the models)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from probes import named_rows, side

# ``heading_tells``: (case, heading status, heading sides, headline?, body status, body
# sides, ways asked, same signing?)
TVER, KURSK, OREL = ("Тверь", "RU-TVE"), ("Курск", "RU-KRS"), ("Орёл", "RU-ORL")
MIN_TVER = ("Министерство социальной защиты Тверской области", "RU-TVE")
MIN_KURSK = ("Министерство социального обеспечения Курской области", "RU-KRS")
TVER_OBL, KURSK_OBL = ("Тверская область", "RU-TVE"), ("Курская область", "RU-KRS")


def _mention(models, text, start, status, sides, headline=False):
    # plans68: the words a heading's tense is read from (none here: no future announced)
    # and the noun of the mention (``merge_rules.headline_announcing``)
    sent = SimpleNamespace(text=text, start=start, stop=start + len(text), tokens=[])
    return SimpleNamespace(sentence=sent, status=status, headline=headline, date=None,
                           trigger=SimpleNamespace(lemma="соглашение"),
                           parties=[side(models, n, r, stop=1) for n, r in sides])


def _record(h):
    keys = {p.key for p in h.parties}
    return SimpleNamespace(candidates=[h], status=h.status, date=None, parties=h.parties,
                           party_keys=keys, regions={r for p in h.parties for r in p.regions})


HEADINGS = [
    ("headline_sides_within_the_body", "signed", [TVER, KURSK], True, "signed",
     [TVER, KURSK, OREL], ("sides within",), True),
    ("heading_line_over_the_body", "signed", [TVER, KURSK], False, "signed", [KURSK],
     ("sides within",), True),
    ("another_status", "planned", [TVER, KURSK], True, "signed", [TVER, KURSK],
     ("sides within",), False),
    ("another_partner", "signed", [TVER, OREL], True, "signed", [TVER, KURSK],
     ("sides within",), False),
    ("regions_named_bare_over_their_bodies", "planned", [TVER_OBL, KURSK_OBL], True,
     "planned", [MIN_TVER, MIN_KURSK], ("regions of bodies",), True),
    ("same_regions_way_not_asked", "planned", [TVER_OBL, KURSK_OBL], True, "planned",
     [MIN_TVER, MIN_KURSK], ("sides within",), False),
    ("same_regions_asked", "signed", [TVER_OBL, KURSK_OBL], True, "signed",
     [MIN_TVER, MIN_KURSK], ("same regions",), True),
    ("one_region_is_no_summary", "signed", [TVER], True, "signed", [MIN_TVER],
     ("same regions",), False),
    ("side_named_alike", "signed", [MIN_TVER], True, "signed", [MIN_TVER, MIN_KURSK],
     ("side named alike",), True),
    ("side_named_alike_other_status", "planned", [MIN_TVER], True, "signed",
     [MIN_TVER, MIN_KURSK], ("side named alike",), False),
]


@pytest.mark.parametrize("h_status, h_sides, headline, c_status, c_sides, ways, one",
                         named_rows(HEADINGS))
def test_heading_tells_the_same_signing(models, h_status, h_sides, headline, c_status,
                                        c_sides, ways, one):
    from soccoop.extract.merge_rules import heading_tells
    heading = "Тверь и Курск подписали соглашение о сотрудничестве"
    h = _mention(models, heading, 0, h_status, h_sides, headline)
    c = _mention(models, "В Курске министры подписали соглашение.", len(heading) + 2, c_status,
                 c_sides)
    bare = frozenset({"Тверская область", "Курская область"})
    assert heading_tells(_record(h), c, bare, models, ways) is one


def test_every_way_is_named_in_the_table():
    from soccoop.extract.merge_rules import HEADING_WAYS, SET_APART_WAYS
    assert set(SET_APART_WAYS) <= set(HEADING_WAYS)
