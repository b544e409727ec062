"""The order of a record's agreements: the report's own news first (no models needed)."""

import pytest

from soccoop.extract.pipeline import news_first
from soccoop.models import Agreement, Evidence


def _agreement(status: str, start: int) -> Agreement:
    return Agreement(title="Соглашение", status=status, date=None, parties=[], signatories=[],
                     regions=[], evidence=Evidence("соглашение", start, start + 10))


@pytest.mark.parametrize("given, expected", [
    # "В 2019 году стороны заключили ... Сегодня подписано новое соглашение"
    ([("mentioned", 0), ("signed", 100)], [("signed", 100), ("mentioned", 0)]),
    # a plan named in the headline, the signing of another agreement in the body
    ([("planned", 0), ("mentioned", 50), ("signed", 300)],
     [("signed", 300), ("planned", 0), ("mentioned", 50)]),
    # two signings keep their text order
    ([("signed", 200), ("signed", 10)], [("signed", 10), ("signed", 200)]),
    ([], []),
])
def test_news_first(given: list[tuple[str, int]], expected: list[tuple[str, int]]) -> None:
    got = news_first([_agreement(s, i) for s, i in given])
    assert [(a.status, a.evidence.start) for a in got] == expected
