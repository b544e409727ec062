"""region73: demonyms name their subject (regions._demonyms, lexicon_regions.DEMONYMS).

A plural demonym of a subject or of its capital, written in lower case ("соседи-вологжане",
"помогли курянам") or opening a sentence where it reads as no person's name ("Тюменцы
смогут ..."), names the subject. A capitalised surname of the same shape ("Андрей
Пермяков"), a car ("старый москвич"), a people's name ("ветераны-чеченцы") and a town's
people who live in no capital ("норильчане") do not.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest
from probes import named_rows

from soccoop import gazetteer
from soccoop.extract.lexicon_regions import DEMONYMS
from soccoop.extract.pipeline import extract

# (id, text, region that must be found or None, region that must be absent or None)
ROWS = [
    ("the second part of a hyphenated word", "Такую модель ухода уже опробовали "
     "соседи-вологжане, рассказала директор центра.\n", "Вологодская область", None),
    ("an oblique plural in a list", "Волонтёры фонда собрали продукты и передали их курянам "
     "и брянцам.\n", "Курская область", None),
    ("the second of a list", "Волонтёры фонда собрали продукты и передали их курянам "
     "и брянцам.\n", "Брянская область", None),
    ("a capital's people name its subject", "На семинар приехали специалисты, среди них "
     "были и уфимцы.\n", "Республика Башкортостан", None),
    ("a capitalised demonym opening the sentence", "Тюменцы смогут оформить новую выплату "
     "через портал.\n", "Тюменская область", None),
    ("a surname after a first name", "Документ подписал директор центра Андрей Пермяков.\n",
     None, "Пермский край"),
    ("a lone surname opening the sentence", "Брянцев добавил, что работа центра "
     "продолжится.\n", None, "Брянская область"),
    ("a car in the singular", "Пенсионер отдал в музей старый москвич.\n", None, "Москва"),
    ("a people's name is no demonym", "На встречу пришли ветераны-чеченцы и волонтёры.\n",
     None, "Чеченская Республика"),
    ("a town's people name no subject", "В центре встречали переселенцев: норильчане "
     "приехали всей семьёй.\n", None, "Красноярский край"),
]


def _regions(models: Any, text: str) -> set[str]:
    return {r.name for r in extract(text, "t.txt", models).regions}


@pytest.mark.parametrize(("text", "found", "absent"), named_rows(ROWS))
def test_demonyms(models: Any, text: str, found: str | None, absent: str | None) -> None:
    regions = _regions(models, text)
    if found is not None:
        assert found in regions
    if absent is not None:
        assert absent not in regions


def test_demonyms_are_dictionary_nouns_of_known_subjects(models: Any) -> None:
    """Each demonym is a subject's, and the dictionary knows it as an animate noun with
    that lemma: the rule reads the dictionary's readings only, not guesses."""
    codes = {r.code for r in gazetteer.load()}
    for code, words in DEMONYMS.items():
        assert code in codes
        for word in words:
            assert any(type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"
                       and p.normal_form == word and p.tag.POS == "NOUN"
                       and p.tag.animacy == "anim" for p in models.parse(word)), word


def test_docstring_and_rows_quote_no_dev_text() -> None:
    """The rules' docstrings give a Russian example each and, with this file's rows, share
    no run of six words with a dev text (the shared check in tests/probes.py)."""
    probes.check_rules_invented(__file__, regions=("_demonyms", "_demonyms_of_unnamed"))


# (id, text, region, the demonym that must or must not be among its mentions, must it)
MENTIONS = [
    ("a subject named otherwise keeps its name's mentions", "Министерство социального "
     "развития Омской области организовало для омичей выездные приёмы.\n",
     "Омская область", "омичей", False),
    ("a subject named only by its people", "В гости к ветеранам приехали коллеги-омичи.\n",
     "Омская область", "омичи", True),
]


@pytest.mark.parametrize(("text", "region", "word", "kept"), named_rows(MENTIONS))
def test_demonym_mentions(models: Any, text: str, region: str, word: str, kept: bool) -> None:
    refs = {r.name: [e.text for e in r.mentions] for r in extract(text, "t.txt", models).regions}
    assert region in refs
    assert (word in refs[region]) is kept
