"""nerel83: a body told by its description, and posts held two at once or moved to.

- ``official_orgs._described_body`` / ``_named_for_a_described_body``: a body told only by
  lower-case adjectives and a kind noun ("крупный нефтяной концерн") stands for the one
  body the text is about, named before the post and of no other kind, unless an adjective
  tells a branch ("областная организация", ``_region_adjective``) or the text names another
  body of that kind (``_kind_in_a_quoted_name``);
- ``lexicon_officials.HOLDING_VERBS`` / ``APPOINTING_VERBS``: "совмещать" (two posts at
  once) and "перевести" (moved to a post) give a post as "занимать" and "назначить" do.

Every sentence here is invented for these tests; the tables have rows where the rules
must not fire.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

# The body the text is about, named twice before the description.
_ABOUT = "«Северойл» сократит добычу. Компания «Северойл» закроет две скважины. "

# (id, text, name, expected (position, organisation))
BODIES: list[tuple[str, str, str, tuple[str, str]]] = [
    # described_body: the description stands for the body the text is about
    ("concern", _ABOUT + "Глава крупного нефтяного концерна Иван Петров заявил, что добыча "
     "упадет.", "Иван Петров", ("глава", "Северойл")),
    ("company-after-name", _ABOUT + "Иван Петров, директор новой компании, заявил, что "
     "добыча упадет.", "Иван Петров", ("директор", "Северойл")),
    # negatives: no body the text is about; a body of another kind; a name of another's
    ("no-main-body", "Глава районной больницы Иван Петров заявил, что мест нет.",
     "Иван Петров", ("глава", "районная больница")),
    ("other-kind", "Университет «Заря» открыл набор. Университет «Заря» ждет студентов. "
     "Директор нового клуба Иван Петров заявил, что мест нет.", "Иван Петров",
     ("директор", "новый клуб")),
    ("named-after-another", _ABOUT + "Главред одноимённого журнала Иван Петров заявил, что "
     "добыча упадет.", "Иван Петров", ("главред", "одноимённый журнал")),
    # negatives: a branch's description; another body of that kind named in quotes
    ("branch", _ABOUT + "Глава областной организации Иван Петров заявил, что добыча "
     "упадет.", "Иван Петров", ("глава", "областная организация")),
    ("kind-in-quotes", _ABOUT + "Рядом работает КГБУ «Социальный центр помощи». Директор "
     "нового центра Иван Петров заявил, что мест нет.", "Иван Петров",
     ("директор", "новый центр")),
]

# (id, text, name, expected position, or None when the name is no official there)
POSTS: list[tuple[str, str, str, str | None]] = [
    # holding two posts at once, being moved to one
    ("holds-two", "Иван Петров совмещает должность вице-спикера и руководителя фракции.",
     "Иван Петров", "вице-спикер"),
    ("moved-to", "Весной Олег Смирнов был переведён в Тулу на должность мэра.",
     "Олег Смирнов", "мэр"),
    ("moved-by", "Весной Иван Петров перевёл Олега Смирнова на должность начальника "
     "отдела.", "Олег Смирнов", "начальник"),
    # negatives: the one who moves another; moving a book into a language
    ("mover", "Весной Иван Петров перевёл Олега Смирнова на должность начальника отдела.",
     "Иван Петров", None),
    ("translator", "Иван Петров перевёл книгу на русский язык.", "Иван Петров", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), probes.named_rows(BODIES))
def test_bodies_of_the_named(models: Models, text: str, name: str,
                             expected: tuple[str, str]) -> None:
    probes.check_body_of_named(models, text, name, expected)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "position"), probes.named_rows(POSTS))
def test_posts_of_the_named(models: Models, text: str, name: str,
                            position: str | None) -> None:
    found = probes.extracted_officials(models, text)
    if position is None:
        assert not any(k.split()[-1] == name.split()[-1] for k in found), found
        return
    assert name in found, found
    assert found[name][0] == position, found


# (id, organisation as read, whether it is a description of a body)
DESCRIBED: list[tuple[str, str, bool]] = [
    ("adjectives-and-kind", "российский газовый холдинг", True),
    ("one-adjective", "столичная команда", True),
    ("generic-word-alone", "компания", False),  # the generic word's own pass reads it
    ("named", "компания «Северойл»", False),
    ("capitalised", "Московский клуб", False),
    ("genitive-after", "комиссия по бюджету", False),
    ("no-kind-noun", "новая площадка", False),
    ("territorial", "районный совет", False),
    ("region-adjective", "якутская ассоциация", False),
    ("branch", "территориальный отдел", False),
]


@pytest.mark.parametrize(("org", "expected"), probes.named_rows(DESCRIBED))
def test_described_body(models: Models, org: str, expected: bool) -> None:
    from soccoop.extract.official_orgs import _described_body

    assert _described_body(org, models) is expected


def test_examples_quote_no_dev_text() -> None:
    """The docstrings of this round's rules and this file's probes share no run of words
    with a dev text (the shared check in tests/probes.py)."""
    from pathlib import Path

    assert not probes.docstrings_quoting_dev_texts([
        ("official_orgs", "_described_body"),
        ("official_orgs", "_named_for_a_described_body"),
        ("official_orgs", "_region_adjective"),
        ("official_orgs", "_kind_in_a_quoted_name"),
    ])
    # the dev texts' runs as probes reads them, once a session (``probes.dev_text_runs``)
    texts = probes.dev_text_runs()
    assert not probes._word_runs(Path(__file__).read_text(encoding="utf-8")) & texts
