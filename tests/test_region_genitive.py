"""Every federal subject's official name in the oblique cases the extractors build bodies
with ("Правительство Тверской области"): the whole name inflects up to its head noun. The
expected forms are derived from the name itself: an adjective + "область"/"край"/"округ"
name must not leave its head noun in the nominative."""

from __future__ import annotations

import pytest

from soccoop import gazetteer
from soccoop.extract.normalize import _inflect_name

HEADS = {"gent": {"область": "области", "край": "края", "округ": "округа"},
         "datv": {"область": "области", "край": "краю", "округ": "округу"},
         "ablt": {"область": "областью", "край": "краем", "округ": "округом"}}


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(HEADS))
def test_head_noun_of_every_region_name_inflects(models, case):
    wrong = []
    for region in gazetteer.load():
        words = region.name.split(" — ")[0].split()
        if len(words) < 2 or words[-1] not in HEADS[case]:
            continue
        got = _inflect_name(models, region.name, case).split(" — ")[0].split()
        if got[-1] != HEADS[case][words[-1]] or got[0] == words[0]:
            wrong.append((region.name, " ".join(got)))
    assert wrong == []
