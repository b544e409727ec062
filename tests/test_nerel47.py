"""nerel47: NEREL officials' errors (dev, train tune and open) pooled and classed again; one
shape of the organisation made general.

- ``officials._led_earlier`` (read by ``officials._led_org``): a post given without a body
  took the object of a verb of leading beside the name even when that verb was told as
  earlier than the post, by an adverb or a phrase of earlier time next to it
  (``lexicon_officials.EARLIER_ADVERBS``, ``EARLIER_PHRASES``): "Пост мэра занял Иван
  Орлов, ранее возглавлявший штаб округа" gave the mayor the staff. Such a verb gives no
  body now, unless the post is a former one itself (``officials._former_post``: "экс-",
  "бывший", "прежний"), whose body the earlier act may well name.

Every sentence here is invented for these tests; the negatives guard against over-reach: a
verb of leading with no word of earlier time (present or past), a time phrase that is no
earlier act ("с прошлого года"), a former post keeping the body it led, and a post that
names its own body.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

# (id, text, name, expected (position, organisation) or None: no official of that name)
ROWS: list[tuple[str, str, str, tuple[str, str | None] | None]] = [
    # positives: each of the four failed on b47dev (the body of the earlier act was given)
    ("ranee-before-the-verb", "Пост мэра занял Иван Орлов, ранее возглавлявший штаб "
     "военного округа.", "Иван Орлов", ("мэр", None)),
    ("do-etogo-before-the-verb", "Пост губернатора занял Олег Фомин, до этого "
     "возглавлявший мэрию Тары.", "Олег Фомин", ("губернатор", None)),
    ("prezhde-before-the-verb", "Директором назначен Семён Ракитин, прежде руководивший "
     "сельской школой.", "Семён Ракитин", ("директор", None)),
    ("v-proshlom-before-the-verb", "Председателем избран Семён Ракитин, в прошлом "
     "возглавлявший редакцию районной газеты.", "Семён Ракитин", ("председатель", None)),
    # negatives: the body of the act is kept
    ("present-verb-keeps-its-body", "Директор Иван Орлов, возглавляющий музей с прошлого "
     "года, дал интервью.", "Иван Орлов", ("директор", "музей")),
    ("past-verb-with-no-earlier-word", "Глава Иван Орлов, возглавлявший администрацию, "
     "уехал в отпуск.", "Иван Орлов", ("глава", "администрация")),
    ("former-post-keeps-the-body", "Бывший директор Иван Орлов, ранее возглавлявший музей, "
     "дал показания.", "Иван Орлов", ("директор", "музей")),
    ("post-with-its-own-body", "Пост мэра Тары занял Иван Орлов, ранее возглавлявший штаб "
     "военного округа.", "Иван Орлов", ("мэр", "Тара")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), probes.named_rows(ROWS))
def test_nerel47_rows(models: Models, text: str, name: str,
                      expected: tuple[str, str | None] | None) -> None:
    probes.check_official(models, text, name, expected)


@pytest.mark.parametrize(("words", "earlier"), [
    (["Иван", "Орлов", ",", "ранее", "возглавлявший"], True),
    (["Иван", "Орлов", ",", "до", "этого", "возглавлявший"], True),
    (["Иван", "Орлов", ",", "возглавлявший", "раньше"], True),
    (["Иван", "Орлов", ",", "возглавлявший"], False),
    (["Иван", "Орлов", ",", "ранее", "работавший", "и", "возглавлявший"], False),
])
def test_led_earlier(words: list[str], earlier: bool) -> None:
    """``_led_earlier`` reads only the words right next to the verb (its last word here,
    or the one before "раньше")."""
    from soccoop.extract.nlp import Token
    from soccoop.extract.officials import _led_earlier

    tokens, at = [], 0
    for w in words:
        tokens.append(Token(text=w, start=at, stop=at + len(w), pos="X", lemma=w.lower()))
        at += len(w) + 1
    v = max(n for n, w in enumerate(words) if w.startswith("возглав"))
    assert _led_earlier(tokens, v) is earlier


def test_examples_quote_no_dev_text() -> None:
    """The docstrings of this round's rules and this file's probes share no run of words
    with a dev text (the shared check in tests/probes.py)."""
    probes.check_no_dev_text_quoted(__file__, [
        ("officials", "_led_earlier"),
        ("officials", "_former_post"),
        ("officials", "_led_org"),
    ])
