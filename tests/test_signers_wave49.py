"""Signers, issue 9 session wave sig49: persons listed after a word of attendance are
all attending, not only the first ("в присутствии Ирины Сорокиной и Алексея Гаврилова",
``agreements._witness``); a paper named as the topic of a topic ("договорились о
развитии программ ...") is no other paper the next "Документ подписали" could mean
(``signers.other_paper``). Probes are written for this file; the positives keep a
nominative list of signers ("подписали X, Y и Z") whole and a paper adopted ("утвердили
программу") another paper."""

from __future__ import annotations

from typing import Any

import pytest
from probes import check_no_signers, signers_of

from soccoop.extract import signers
from soccoop.extract.syntax import ensure_parsed

PUB = "2025-05-14"

HEAD = ("Департамент социальной защиты населения Томской области и ООО «Сибирский "
        "текстиль» подписали соглашение о трудоустройстве людей с инвалидностью. ")


@pytest.mark.parametrize("caption, attending", [
    ("Руководитель департамента Ольга Кисельникова и директор общества Павел Широков "
     "подписывают соглашение в присутствии Елены Морозовой и Игоря Белова.",
     {"Елена Морозова", "Игорь Белов"}),
    ("Соглашение подписали Ольга Кисельникова и Павел Широков при участии депутата Елены "
     "Морозовой, советника Игоря Белова и Сергея Ткачёва.",
     {"Елена Морозова", "Игорь Белов", "Сергей Ткачёв"}),
])
def test_conjoined_witnesses(models: Any, caption: str, attending: set[str]) -> None:
    check_no_signers(models, HEAD + caption, PUB, attending)


def test_nominative_list_still_signs(models: Any) -> None:
    text = HEAD + ("В присутствии губернатора Владимира Мазура документ подписали Ольга "
                   "Кисельникова и Павел Широков.")
    found = signers_of(models, text, PUB)
    assert ["Ольга Кисельникова", "Павел Широков"] in found


@pytest.mark.parametrize("text, word, expected", [
    ("Стороны договорились о развитии программ наставничества.", "программ", False),
    ("Речь идёт о запуске программы переобучения.", "программы", False),
    ("Губернатор утвердил программу переобучения.", "программу", True),
    ("Стороны утвердили план развития программы.", "программы", True),  # no preposition
])
def test_other_paper_topic_chain(models: Any, text: str, word: str, expected: bool) -> None:
    sent = ensure_parsed(models.analyse(text).sentences[0], models)
    i = next(n for n, t in enumerate(sent.tokens) if t.text == word)
    assert signers.other_paper(sent, i) is expected


def test_signers_named_after_a_topic_aside(models: Any) -> None:
    text = ("В тот же день подписано соглашение между Томским государственным педагогическим "
            "университетом и Томским региональным отделением Союза пенсионеров России. "
            "Стороны договорились о развитии программ наставничества для пожилых людей. "
            "Документ подписали ректор ТГПУ Андрей Кондратьев и председатель отделения "
            "Нина Соболева.")
    assert ["Андрей Кондратьев", "Нина Соболева"] in signers_of(models, text, PUB)
