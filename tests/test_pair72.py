"""pair72: an ordinal mention of one of the counted agreements that names its partner
("Первое соглашение заключено с университетом") is its record's first telling, as a
mention naming two sides is (``merge._ordinal_with_partner``, used by
``merge.in_order_told``): records keep the order the text counts them in, even when the
only mention naming both sides of the first one is a caption at the end of the page."""

from __future__ import annotations

import pytest
from probes import agreements_of, named_rows

from soccoop.extract.merge import _ordinal_with_partner

PUB = "2025-03-12"
HEAD = ("Вести Прикамья\n\nПермь, 12 марта 2025\n\n"
        "Минсоц Прикамья заключил два соглашения на краевом форуме\n\n")
COUNT = ("Два соглашения о сотрудничестве подписало накануне Министерство социального "
         "развития Пермского края в рамках краевого форума «Серебряный возраст»\n\n")
FIRST = ("Первое соглашение заключено с Пермским государственным университетом. Оно "
         "предусматривает практику студентов в центрах социального обслуживания.\n\n")
SECOND = ("Второе соглашение министерство подписало с Пермским краевым отделением Союза "
          "пенсионеров России. Документ направлен на поддержку одиноких пожилых людей.\n\n")
CAPTION = ("Фото: пресс-служба министерства. На фото: ректор ПГУ Иван Петров и министр "
           "социального развития Пермского края Павел Сидоров подписывают соглашение о "
           "сотрудничестве.")

ORDERS = [
    # positive: on main the university's record sat at the caption, behind the union's
    ("counted_first_told_first_caption_last", HEAD + COUNT + FIRST + SECOND + CAPTION,
     ["университет", "Союза пенсионеров"]),
    # negative: without a caption, the order is the text's as before
    ("counted_no_caption", HEAD + COUNT + FIRST + SECOND,
     ["университет", "Союза пенсионеров"]),
    # negative: the text counts the union's agreement first, so it stays first
    ("counted_other_way_round", HEAD + COUNT
     + SECOND.replace("Второе", "Первое") + FIRST.replace("Первое", "Второе") + CAPTION,
     ["Союза пенсионеров", "университет"]),
]


@pytest.mark.parametrize("text, partners", named_rows(ORDERS))
def test_counted_agreements_keep_the_order_counted(models, text, partners):
    found = agreements_of(models, text, PUB)
    assert len(found) == len(partners)
    for a, partner in zip(found, partners, strict=True):
        assert any(partner in p.name for p in a.parties), [p.name for p in a.parties]


def _candidate(models, text, ordinal, sides):
    from soccoop.extract.agreement_types import _Candidate, _Party

    analysis = models.analyse(text)
    models.parse_sentences(analysis.sentences)
    sent = analysis.sentences[0]
    k = next(i for i, t in enumerate(sent.tokens) if t.text.lower().startswith("соглашени"))
    parties = [_Party(name, [], sent.start, sent.start + 1, models) for name in sides]
    return _Candidate(sent, sent.tokens[k], "signed", "", set(), parties, [], None,
                      ordinal=ordinal)


UNI = "Пермский государственный университет"
MIN = "Министерство социального развития Пермского края"
MENTIONS = [
    ("ordinal_with_its_partner", "Первое соглашение заключено с университетом.",
     True, [UNI], True),
    # an ordinal naming no side tells no agreement of its own yet
    ("ordinal_naming_no_side", "Первое соглашение заключено накануне.", True, [], False),
    # a plain mention naming one side keeps waiting for one that names both
    ("plain_one_side", "Соглашение заключено с университетом.", False, [UNI], False),
    # two sides named already count as a full telling without this rule
    ("ordinal_with_both_sides", "Первое соглашение министерство заключило с университетом.",
     True, [MIN, UNI], False),
]


@pytest.mark.parametrize("text, ordinal, sides, expected", named_rows(MENTIONS))
def test_ordinal_with_partner(models, text, ordinal, sides, expected):
    assert _ordinal_with_partner(_candidate(models, text, ordinal, sides)) is expected
