"""nerel71: people in posts the officials missed because the tagger left a lone surname
that opens a sentence untagged. Before a comma and an apposed post it is a name
(``official_names._surname_before_an_apposed_post``), read in the post's nominative
(``officials._post_apposed_after``); as the surname of a person named before, it is that
person again (``official_names._surname_named_before``).

Every sentence here is invented for these tests; each table has rows where the rule must
not fire.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.nlp import Models

# (id, text, name, expected position or None when the name is no official)
SURNAMES: list[tuple[str, str, str, str | None]] = [
    # a lone surname first, a comma, a post in the nominative
    ("minister", "Журавлёв, министр здравоохранения области, открыл новую больницу.",
     "Журавлёв", "министр здравоохранения"),
    ("former", "Сорокина, бывший председатель комитета, не ответила на вопросы.",
     "Сорокина", "председатель"),
    ("press", "Кузнецов, пресс-секретарь губернатора, опроверг слухи.", "Кузнецов",
     "пресс-секретарь"),
]
# (id, text): nothing read as a person before the comma
NOT_SURNAMES: list[tuple[str, str]] = [
    ("place", "Самара, столица губернии, готовится к празднику."),
    ("particle", "Впрочем, глава района с этим не согласился."),
    ("post-first", "Директор, назначенный весной, уволился."),
    ("oblique-post", "Журавлёва, министра здравоохранения, наградили орденом."),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "position"), probes.named_rows(SURNAMES))
def test_surname_before_an_apposed_post(models: Models, text: str, name: str,
                                        position: str) -> None:
    probes.check_post_start(models, text, name, position)


@pytest.mark.slow
@pytest.mark.parametrize("text", probes.named_rows(NOT_SURNAMES))
def test_no_surname_before_an_apposed_post(models: Models, text: str) -> None:
    first = text.split(",", 1)[0]
    assert first not in probes.extracted_officials(models, text)


# (id, text, sentence index, its first word's span kept a person's?): the tagger's PER
# span of that word is taken out first, as when it misses a lone first word
NAMED_BEFORE: list[tuple[str, str, int, bool]] = [
    ("same-case", "Губернатор Олег Журавлёв открыл школу. Журавлёв занимает пост с 2019 года.",
     1, True),
    ("oblique-before", "Выставку открыли при участии Анны Беловой. Белова назначена "
     "министром в 2020 году.", 1, True),
    # negatives: no one of that surname named before; the person named only after
    ("unnamed", "Губернатор Олег Журавлёв открыл школу. Белова назначена министром.", 1,
     False),
    ("named-after", "Журавлёв занимает пост губернатора. Губернатор Олег Журавлёв открыл "
     "школу.", 0, False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "n", "kept"), probes.named_rows(NAMED_BEFORE))
def test_surname_named_before(models: Models, text: str, n: int, kept: bool) -> None:
    from soccoop.extract.official_names import _sentence_spans

    analysis = models.analyse(text)
    first = analysis.sentences[n].tokens[0]
    analysis.spans[:] = [s for s in analysis.spans if not s.start <= first.start < s.stop]
    spans = _sentence_spans(analysis, models)[n]
    assert ((first.start, first.stop, "PER") in spans) == kept, spans
