"""status69: agreements told still to come by the sentence's shape, in our own words.

A verbless "на очереди — соглашение с X" or "следующий шаг — соглашение с X" sets the
agreement next in line (``next_in_line``); a signing taken off a programme or agenda is
called off, the agreement still to be signed (``taken_off_programme``); a title that puts
a signing off by a participle the parse left apart from it ("ПОДПИСАНИЕ СОГЛАШЕНИЯ
ОТЛОЖЕНО") is still to come (``signing_put_off_after_it``). Each rule is checked against
its near misses.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

PUBLISHED = "2024-11-20"


@pytest.mark.parametrize(("sentence", "expected"), [
    # next in line, verbless
    ("На очереди — соглашение с областной организацией ветеранов.", "planned"),
    ("Следующий шаг — соглашение с отделением фонда по Пермскому краю.", "planned"),
    ("Очередной этап — соглашение с министерством образования края.", "planned"),
    # an outcome told, no adjective of order: not next in line
    ("Итог встречи — соглашение о сотрудничестве, подписанное министром и ректором.",
     "mentioned"),
    # a verb before the dash: the verb's own tense decides
    ("Министерство и фонд подписали документ — соглашение о сотрудничестве.", "signed"),
    # a title putting the signing off, parsed apart from its participle (capitals, colon)
    ("ПОДПИСАНИЕ СОГЛАШЕНИЯ С ФОНДОМ ОТЛОЖЕНО", "planned"),
    ("Пермь: подписание соглашения с фондом перенесено", "planned"),
    # the participle of another noun, or a finite verb between: not put off
    ("Подписание соглашения с фондом состоялось, а концерт перенесли на осень.", "signed"),
    # a signing taken off a programme or agenda is called off: still to come
    ("Подписание соглашения с Пензенской областью сняли с программы визита.", "planned"),
    ("Подписание соглашения с фондом исключили из повестки заседания.", "planned"),
    # a headline with no full stop, the tagger reading "Подписание" as a verb at times
    ("Подписание соглашения с Пензенской областью сняли с программы визита", "planned"),
    # the verb takes something else off: the signing told stands
    ("Стороны подписали соглашение, а концерт сняли с программы форума.", "signed"),
])
def test_clause_status(models: Any, sentence: str, expected: str) -> None:
    from soccoop.extract.candidate_status import _status

    sent = probes.first_sentence(models, sentence)
    assert _status(sent, probes.noun_at(sent), None, PUBLISHED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Министерство социальной защиты Пермского края подписало соглашение с отделением фонда. "
     "На очереди — соглашение с Пермской краевой организацией Всероссийского общества "
     "инвалидов.", ["signed", "planned"]),
    ("Подписание соглашения между министерством труда Самарской области и министерством "
     "социальной защиты Республики Мордовия сняли с программы форума.", ["planned"]),
])
def test_records(models: Any, text: str, expected: list[str]) -> None:
    assert probes.statuses_of(models, text, PUBLISHED) == expected
