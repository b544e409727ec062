"""``agreements._CANDIDATE_WORDS``: tokens no mention test can take are passed over at once.

The guard must change nothing: the records of texts with every kind of mention the tests
read (a trigger, "документ" counted, alike, about cooperation or with a partner, an
ordinal standing for its noun) are the same with the guard and with every token tested.
"""

from __future__ import annotations

import pytest

from soccoop.extract import agreements
from soccoop.extract.lexicon import COOPERATION_DOCUMENTS, TRIGGERS
from soccoop.extract.nlp import Models
from soccoop.extract.pipeline import extract


class _Everything(frozenset[str]):
    def __contains__(self, item: object) -> bool:
        return True


def test_the_guard_covers_every_word_the_tests_read() -> None:
    words = agreements._CANDIDATE_WORDS
    assert TRIGGERS <= words and COOPERATION_DOCUMENTS <= words and "документ" in words


TEXTS = [
    "Министерство труда Пермского края и министерство соцзащиты Удмуртии подписали "
    "соглашение о сотрудничестве.",
    # "документ" with a partner, about cooperation, alike
    "Министр подписала документ с Тюменской областью. Затем министры заключили документ о "
    "сотрудничестве. Аналогичный документ подписан с Омской областью.",
    # a count, then ordinals standing for the noun
    "Министерство подписало два соглашения. Первое заключено с фондом «Вместе», второе — "
    "с центром занятости Курской области.",
    "Соответствующий документ был подписан 27 марта. Соглашением предусмотрен обмен опытом.",
    "Погода в Казани будет тёплой, ожидается до плюс десяти градусов.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_records_are_the_same_with_and_without_the_guard(
        models: Models, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    guarded = extract(text, "x.txt", models).to_dict()
    monkeypatch.setattr(agreements, "_CANDIDATE_WORDS", _Everything())
    assert extract(text, "x.txt", models).to_dict() == guarded
