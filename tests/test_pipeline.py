"""The order of a record's agreements: the order the text tells them (no models needed)."""

import pytest

from soccoop.extract.pipeline import text_order
from soccoop.models import Agreement, Evidence


def _agreement(status: str, start: int) -> Agreement:
    return Agreement(title="Соглашение", status=status, date=None, parties=[], signatories=[],
                     regions=[], evidence=Evidence("соглашение", start, start + 10))


@pytest.mark.parametrize("given, expected", [
    # "В 2019 году стороны заключили ... Сегодня подписано новое соглашение"
    ([("signed", 100), ("mentioned", 0)], [("mentioned", 0), ("signed", 100)]),
    # a plan named in the headline, the signing of another agreement in the body
    ([("signed", 300), ("planned", 0), ("mentioned", 50)],
     [("planned", 0), ("mentioned", 50), ("signed", 300)]),
    # two signings keep their text order whatever order they were found in
    ([("signed", 200), ("signed", 10)], [("signed", 10), ("signed", 200)]),
    ([], []),
])
def test_text_order(given: list[tuple[str, int]], expected: list[tuple[str, int]]) -> None:
    got = text_order([_agreement(s, i) for s, i in given])
    assert [(a.status, a.evidence.start) for a in got] == expected
