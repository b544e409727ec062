"""speak92: one reader of the speaker labels of transcripts, interviews and Q&A pages
(``extract.turns``). Every probe is written here, in words of its own.

* ``turns.speaker_label``: does a sentence open with a speaker's label, where does the label
  end, who speaks (a name, a role word, or none); read by ``nlp.split_speaker_label``,
  ``agreement_lists.asked_count``, ``signers.turn_label_name``, ``signers.addressee`` and
  ``signers.verbless_mention`` (through ``turns.label_alone``).
* ``turns.TurnLabels``: a transcript's labels naming the speaker by surname, read once per
  text, for ``signers.turn_speaker`` and ``candidate_signers._transcript_speaker``; a verb
  after the surname unmakes the label, as it does for ``speaker_label``.
* ``Analysis.stored`` / ``Analysis.stored_aligned``: the stored text as a documented part
  of the analysis.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.nlp import Analysis, Sentence, Token, split_speaker_label
from soccoop.extract.turns import TurnLabels, label_alone, speaker_label


def _hand(words: list[tuple[str, str | None, str | None, str]]) -> Sentence:
    """A sentence of tokens given by hand: (text, pos, animacy, lemma), one space apart."""
    toks: list[Token] = []
    pos = 0
    for text, tag, animacy, lemma in words:
        feats = {"Animacy": animacy} if animacy else {}
        toks.append(Token(text, pos, pos + len(text), tag, feats, lemma or text.lower()))
        pos += len(text) + 1
    line = " ".join(w[0] for w in words)
    return Sentence(0, len(line), line, toks)


P = ("PUNCT", None, "")
# (id, tokens given by hand, (start, end, speaker) of the label, or None)
HAND = [
    ("role", [("Корреспондент", "NOUN", "Anim", "корреспондент"), (":", *P),
              ("Когда", "ADV", None, "когда")], (0, 2, "корреспондент")),
    ("name", [("Ирина", "PROPN", "Anim", "ирина"), ("Сомова", "PROPN", "Anim", "сомов"),
              (":", *P), ("Да", "PART", None, "да")], (0, 3, "Ирина Сомова")),
    ("dash-role-read-as-verb", [("—", *P), ("Вопрос", "VERB", None, "вопрос"), (":", *P),
                                ("Когда", "ADV", None, "когда")], (1, 3, "вопрос")),
    ("capitals", [("ГУРЬЕВА", "PUNCT", None, "гурьева"), (":", *P),
                  ("Договор", "NOUN", "Inan", "договор")], (0, 2, "ГУРЬЕВА")),
    ("initial", [("Т", "PROPN", "Anim", "т"), (".", *P), ("Гурьев", "PROPN", "Anim", "гурьев"),
                 (":", *P), ("Да", "PART", None, "да")], (0, 4, "Т . Гурьев")),
    ("name-and-post", [("Ирина", "PROPN", "Anim", "ирина"), ("Сомова", "PROPN", "Anim", "сомов"),
                       (",", *P), ("директор", "NOUN", "Anim", "директор"),
                       ("центра", "NOUN", "Inan", "центр"), (":", *P)], (0, 6, "Ирина Сомова")),
    # capitals that name no one: still a label (a transcript's print), no speaker
    ("capitals-no-one", [("ИТОГИ", "NOUN", "Inan", "итог"), (":", *P),
                         ("подписано", "VERB", None, "подписать")], (0, 2, None)),
    # negatives: a common noun, a preposition first, a verb before the colon, a place, a
    # colon past the bound, no colon
    ("common-noun", [("Итоги", "NOUN", "Inan", "итог"), (":", *P),
                     ("подписано", "VERB", None, "подписать")], None),
    ("preposition", [("По", "ADP", None, "по"), ("словам", "NOUN", "Inan", "слово"),
                     ("Ирины", "PROPN", "Anim", "ирина"), (":", *P)], None),
    ("verb-before", [("Министр", "NOUN", "Anim", "министр"), ("сказал", "VERB", None, "сказать"),
                     (":", *P), ("спасибо", "NOUN", "Inan", "спасибо")], None),
    ("place", [("Тамбов", "PROPN", "Inan", "тамбов"), (",", *P), ("12", "NUM", None, "12"),
               ("мая", "NOUN", "Inan", "май"), (":", *P)], None),
    ("too-far", [("Ирина", "PROPN", "Anim", "ирина")] + [("и", "CCONJ", None, "и")] * 10 +
     [(":", *P)], None),
    ("no-colon", [("Ирина", "PROPN", "Anim", "ирина"), ("Сомова", "PROPN", "Anim", "сомов")],
     None),
]


@pytest.mark.parametrize(("words", "expected"), probes.named_rows(HAND))
def test_speaker_label_by_hand(words: list[Any], expected: tuple | None) -> None:
    label = speaker_label(_hand(words))
    assert (None if label is None else (label.start, label.end, label.speaker)) == expected


# (id, line, the label's words, its speaker, kind "name"/"role"/None; or None: no label)
LINES = [
    ("role", "Корреспондент: Когда заработает новый порядок выплат?",
     ("Корреспондент", "корреспондент", "role")),
    ("host", "Ведущая: Зинаида Павловна, с чего всё началось?", ("Ведущая", "ведущий", "role")),
    ("name", "Ирина Сомова: Соглашение с фондом мы подписали во вторник.",
     ("Ирина Сомова", "Ирина Сомова", "name")),
    ("dash-question", "— Вопрос: Кто получит помощь первым?", ("Вопрос", "вопрос", "role")),
    ("cut-role", "Корр.: Зинаида Павловна, что подписали?", ("Корр.", "корр", "role")),
    ("outlet", "Вопрос («Заречная правда»): Зинаида Павловна, что изменится?",
     ("Вопрос («Заречная правда»)", "вопрос", "role")),
    ("initial", "Т. Гурьев: Мы подписали договор с колледжем.", ("Т. Гурьев", "Т. Гурьев", "name")),
    # negatives: a heading word, a name's preposition, a verb, a name inside the sentence
    ("heading", "Итоги: подписано соглашение о поддержке молодых многодетных семей.", None),
    ("preposition", "По словам Ирины Сомовой: соглашение вступит в силу в мае.", None),
    ("verb", "Министр заявил: соглашение вступит в силу в мае.", None),
    ("name-inside", "Соглашение подписала Ирина Сомова: она представляла фонд.", None),
]


def _kind(label: Any) -> str | None:
    return "role" if label.role else "name" if label.name else None


@pytest.mark.parametrize(("line", "expected"), probes.named_rows(LINES))
def test_speaker_label(models: Any, line: str, expected: tuple | None) -> None:
    label = speaker_label(models.analyse(line).sentences[0])
    assert (None if label is None else (label.words, label.speaker, _kind(label))) == expected


# (id, text, the first sentence's text after the split)
SPLITS = [
    ("capitals", "ГУРЬЕВА: С колледжем договор действует давно.", "ГУРЬЕВА:"),
    ("dash-capitals", "— ГУРЬЕВА: С колледжем договор действует давно.", "— ГУРЬЕВА:"),
    # not split: a label in small letters (read where it stands), a heading, a lone word
    # after the colon
    ("mixed-case", "Ирина Сомова: С колледжем договор действует давно.",
     "Ирина Сомова: С колледжем договор действует давно."),
    ("heading", "Итоги: договор с колледжем подписан.", "Итоги: договор с колледжем подписан."),
    ("one-word-after", "ГУРЬЕВА: Да", "ГУРЬЕВА: Да"),
]


@pytest.mark.parametrize(("text", "first"), probes.named_rows(SPLITS))
def test_split_speaker_label(models: Any, text: str, first: str) -> None:
    analysis = models.analyse(text)
    assert analysis.sentences[0].text == first
    whole = [t for s in analysis.sentences for t in s.tokens]
    sent = Sentence(whole[0].start, whole[-1].stop, text[whole[0].start:whole[-1].stop], whole)
    assert split_speaker_label(text, sent)[0].text == first


# (id, sentence, the label alone is the whole sentence)
ALONE = [
    ("name-and-post", "Зинаида Гурьева, директор центра «Луч»:", True),
    ("capitals", "ГУРЬЕВА:", True),
    # negatives: words after the colon, a list header that names no one
    ("words-after", "Зинаида Гурьева: договор подписан.", False),
    ("list-header", "Участники совещания:", False),
]


@pytest.mark.parametrize(("line", "alone"), probes.named_rows(ALONE))
def test_label_alone(models: Any, line: str, alone: bool) -> None:
    assert (label_alone(models.analyse(line).sentences[0]) is not None) is alone


_TRANSCRIPT = ("Стенограмма совещания\n"
               "ГУРЬЕВА З.П.: Коллеги, начнём.\n"
               "Мы подписали соглашение с центром.\n"
               "МОДЕРАТОР: Спасибо.\n"
               "Сомов И.И., заместитель министра: Добавлю.\n")


@pytest.mark.parametrize(("part", "reach", "surname"), [
    ("Коллеги", None, "ГУРЬЕВА"),  # the label's own line
    ("Мы подписали", None, "ГУРЬЕВА"),  # a line of the same turn
    ("Спасибо", None, "МОДЕРАТОР"),  # a label naming no official ends the turn before
    ("Добавлю", None, "Сомов"),
    ("Мы подписали", 5, None),  # the label out of reach
    ("Стенограмма", None, None),  # before any label
])
def test_turn_labels(part: str, reach: int | None, surname: str | None) -> None:
    assert TurnLabels(_TRANSCRIPT).before(_TRANSCRIPT.index(part), reach) == surname


# (id, line, the surname of its turn label, or None)
TOLD = [
    ("surname-initials", "СОМОВА И.И.: Мы подписали соглашение с центром.", "СОМОВА"),
    ("post-after", "Сомова И.И., заместитель министра: Документ готов.", "Сомова"),
    # negative: a verb after the surname, the colon closing a clause that tells
    ("told", "Сомова И.И. подчеркнула, что работа с вузами важна: в мае подпишем договор.",
     None),
]


@pytest.mark.parametrize(("line", "surname"), probes.named_rows(TOLD))
def test_turn_label_told(models: Any, line: str, surname: str | None) -> None:
    analysis = models.analyse(line)
    assert TurnLabels(analysis.text, analysis.sentences).before(len(line)) == surname


def test_stored_aligned() -> None:
    """The stored text is read at the reading text's offsets only when the lengths agree
    (no wrapped line was joined)."""
    same = Analysis("     \nМинистр подписал.", [], [], stored="Шапка\nМинистр подписал.")
    assert same.stored_aligned() == "Шапка\nМинистр подписал."
    joined = Analysis("подписание", [], [], stored="подпи-\nсание")
    assert joined.stored_aligned() is None
    assert Analysis("текст", [], []).stored_aligned() is None


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, turns=("speaker_label", "_name_words", "label_alone",
                                                 "TurnLabels"),
                                          nlp=("split_speaker_label",),
                                          signers=("turn_label_name", "verbless_mention"))
