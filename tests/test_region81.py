"""region81: places the region rules misread, and agreements told by a hashtag.

- regions._first_name_of: a town that is also a man's first name, before a surname of the
  same gender and case, is a person even inside NER's place span ("Владимир Рочев").
- regions._instrumental_misread: a capital's instrumental after "в"/"на"/"о" is another
  word's locative ("в Смоленском" is a village Смоленское, not the town).
- regions._elliptic_other_gender: a region adjective standing alone in a gender its
  subject's noun does not have names a village ("в Ильинском и Вологодском").
- lexicon_regions.EXTRA_ALIASES: "Таймыр", "Эвенкия" are the Krasnoyarsk krai's north.
- agreements.hashtag: "#соглашение" in a line of tags tells no agreement.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest
from probes import named_rows

from soccoop.extract import regions
from soccoop.extract.pipeline import extract

# (id, text, region that must be found or None, region that must be absent or None)
ROWS = [
    ("a capital's instrumental after 'в' is a village",
     "Летние площадки открылись в Смоленском, сообщили в администрации.\n",
     None, "Смоленская область"),
    ("so it is at the end of a list after 'в'",
     "К работе готовы подключиться приходы в Ильинском и Архангельском.\n",
     None, "Архангельская область"),
    ("an adjective alone in another gender is a village",
     "Новая служба открылась в Вологодском.\n", None, "Вологодская область"),
    ("so it is before a comma", "Ярмарку провели в Тамбовском, сообщили организаторы.\n",
     None, "Тамбовская область"),
    ("and at the end of a list", "Новые службы открылись в Ильинском и Вологодском.\n",
     None, "Вологодская область"),
    ("Taymyr is the Krasnoyarsk krai", "Делегация прилетела на Таймыр в понедельник.\n",
     "Красноярский край", None),
    ("Evenkia is the Krasnoyarsk krai", "Вахтовики из Эвенкии получат новые выплаты.\n",
     "Красноярский край", None),
    # negatives: what the rules must leave alone
    ("the instrumental after 'с' is the town", "Соглашение с Архангельском подписали в мае.\n",
     "Архангельская область", None),
    ("the locative of the town", "Гости побывали в Смоленске и Вологде.\n",
     "Смоленская область", None),
    ("an adjective alone in its subject's gender", "Центры открылись в Курской и Орловской.\n",
     "Орловская область", None),
    ("a krai's adjective alone in the masculine", "Такой центр уже открылся в Пермском.\n",
     "Пермский край", None),
    ("an adjective before a quoted name", "Тренер возглавлял новосибирский «Кедр».\n",
     "Новосибирская область", None),
    ("a district's noun after the list", "Опыт переняли в Вологодском и Кирилловском районах.\n",
     None, "Вологодская область"),
    ("a town alone still names no subject", "Переселенцы из Норильска получат выплаты.\n",
     None, "Красноярский край"),
]


def _regions(models: Any, text: str) -> set[str]:
    return {r.name for r in extract(text, "t.txt", models).regions}


@pytest.mark.parametrize(("text", "found", "absent"), named_rows(ROWS))
def test_region_rules(models: Any, text: str, found: str | None, absent: str | None) -> None:
    names = _regions(models, text)
    if found is not None:
        assert found in names
    if absent is not None:
        assert absent not in names


# (id, text, the words NER reads as one place, Vladimir oblast expected)
FIRST_NAMES = [
    ("a first name before an unknown regular surname",
     "Сообщил министр финансов Республики Коми Владимир Рочкин.", "Владимир Рочкин", False),
    ("a first name before a known surname", "Сообщил министр Республики Коми Владимир Петров.",
     "Владимир Петров", False),
    ("the town's locative before a nominative surname",
     "Во Владимире Соколов открыл выставку.", "Владимире", True),
    ("the town after 'город'", "Делегация приехала в город Владимир Петровский.",
     "Владимир Петровский", True),
]


@pytest.mark.parametrize(("text", "loc", "town"), named_rows(FIRST_NAMES))
def test_first_name_in_a_place_span(models: Any, text: str, loc: str, town: bool) -> None:
    """NER's place span is given, as NER may read a name after a region's into it."""
    matcher = regions.get_matcher(models)
    start = text.index(loc)
    found = set()
    for sent in models.analyse(text).sentences:
        units = regions._units(models, sent.tokens)
        found |= {m.code for m in regions._match_sentence(
            matcher, units, [], [(start, start + len(loc))])}
    assert ("RU-VLA" in found) is town


# (id, text, agreements expected)
HASHTAGS = [
    ("a line of tags", "Фонд помог семьям участников СВО.\n\n#Кострома #Ярославль #соглашение "
     "#соцзащита\n", 0),
    ("a tag with an underscore", "Фонд помог семьям.\n\n#Минтруд_Коми #соглашение_о_сотрудничестве "
     "#Киров\n", 0),
    ("a sentence's agreement beside a tag", "Костромская и Ярославская области подписали "
     "соглашение о партнёрстве.\n\n#соглашение\n", 1),
]


@pytest.mark.parametrize(("text", "n"), named_rows(HASHTAGS))
def test_hashtag_tells_no_agreement(models: Any, text: str, n: int) -> None:
    assert len(extract(text, "t.txt", models).agreements) == n


REGION81_FUNCTIONS = [
    ("regions", "_first_name_of"), ("regions", "_instrumental_misread"),
    ("regions", "_elliptic_other_gender"), ("regions", "_subject_gender"),
    ("agreements", "hashtag"),
]


def test_docstrings_quote_no_dev_text() -> None:
    quoted = probes.docstrings_quoting_dev_texts(REGION81_FUNCTIONS)
    assert not quoted, quoted


def test_rows_quote_no_dev_text() -> None:
    texts = probes.dev_text_runs()
    rows = [r[1] for r in ROWS + FIRST_NAMES + HASHTAGS]
    shared = [r for r in rows if probes._word_runs(r) & texts]
    assert not shared, shared
