"""agr51 (round 51): which signed agreements exist, pooled over the dev rounds; a side the
page names in full is read in full, where a signing clause spells a body's kind out in words
before its quoted name or names the bodies through their heads or one plural head.

- a body's kind in words, with up to three genitive words of it, before a quoted name
  ("учреждением социального обслуживания «...»") closes the name at its quote, so the
  clause of the agreement noun runs past it to the next side, forward and back
  (``party_phrases.kind_before_quote``, ``party_phrases._kind_quote_close``,
  ``agreement_clauses._clause_bounds_quoted``, ``agreement_clauses.body_quote_open``);
- an inner quoted name may be a call in the imperative («Центр «Делай добро»»): its verb
  is a word of the name (``party_phrases._nested_name_close``);
- the heads of bodies in the subject ("Руководители X и Y подписали") name the bodies as
  sides (``lexicon_sides.STAFF_NOUNS``);
- a plan word inside a body's quoted name, which the clause now runs past, plans nothing
  (``candidate_status.in_quoted_name``);
- a plural head the tagger read as a genitive singular subject ("Правительства X и Y
  подписали") is plural, and the side that takes that head is a subject with it
  (``party_phrases.plural_subject``, ``agreement_sides.head_shared_member``).

The negatives keep each reading to its shape: a project's quoted name after "в рамках",
a quotation with a verb, a genitive the parse hangs on another noun.
Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.party_phrases import kind_before_quote

PUB = "2024-06-15"
HEAD = "Новости\n\n"
CENTRE = "Государственное бюджетное учреждение «Семейный центр Энска»"
KCSON = ("Областное бюджетное учреждение социального обслуживания «Центр социального "
         "сопровождения граждан Энского района»")
MIN = "Министерство социальной защиты Энской области"


def _records(models, text: str) -> list[tuple[str, list[str]]]:
    return probes.agreement_records(models, HEAD + text, PUB, "status", "parties")


@pytest.mark.parametrize(("case", "text", "expected"), [
    # fails on b51dev (sides "АНО" and the bare quoted name): the clause stopped at the
    # quote after the body's kind, and the signers' bodies named the sides
    ("a kind before a quoted name",
     "Вчера в Энске заключено соглашение о взаимодействии между государственным бюджетным "
     "учреждением «Семейный центр Энска» и автономной некоммерческой "
     "организацией «Соседская помощь». Свои подписи поставили директор центра Марина Лыкова "
     "и председатель АНО Пётр Сомов.",
     [("signed", sorted([CENTRE, "Автономная некоммерческая организация «Соседская помощь»"]))]),
    # fails on b51dev (sides "КЦСОН" and the fund's short name)
    ("the kind's genitive words before the quote",
     "Вчера в Энске заключено соглашение о взаимодействии между областным бюджетным "
     "учреждением социального обслуживания «Центр социального сопровождения граждан "
     "Энского района» и благотворительным фондом «Рука помощи». Документ "
     "подписали директор КЦСОН Марина Лыкова и президент фонда Пётр Сомов.",
     [("signed", sorted([KCSON, "Благотворительный фонд «Рука помощи»"]))]),
    # fails on b51dev (a third side "АНО", the second without its kind)
    ("an inner name in the imperative",
     "Вчера в Энске заключено соглашение о взаимодействии между государственным бюджетным "
     "учреждением «Семейный центр Энска» и автономной некоммерческой "
     "организацией «Центр добровольчества «Делай добро». Подписи поставили директор "
     "центра Анна Белова и директор АНО Иван Мухин.",
     [("signed", sorted([CENTRE, "Автономная некоммерческая организация «Центр "
                                 "добровольчества «Делай добро»"]))]),
    # fails on b51dev (no record: the heads' bodies were no subject)
    ("the heads of the bodies sign",
     "Руководители бюджетного учреждения Энской области «Центр социального обслуживания "
     "населения Заречного района» и Заречной районной больницы заключили соглашение о "
     "совместной работе. Отныне медики станут передавать сведения о пациентах, "
     "которым нужен уход.",
     [("signed", sorted(["Бюджетное учреждение Энской области «Центр социального "
                         "обслуживания населения Заречного района»",
                         "Заречная районная больница"]))]),
    # fails on b51dev ("Магаданская область": the head read as a genitive singular)
    ("one plural head of two governments",
     "Правительства Бурятии и Магаданской области накануне заключили соглашение о "
     "трудовой мобильности.",
     [("signed", ["Правительство Бурятии", "Правительство Магаданской области"])]),
    # negatives: a project's quoted name after "в рамках" is no side; a quotation with a
    # verb in it is no body's name (both pass on b51dev too)
    ("a project's name",
     "Министерство социальной защиты Энской области подписало соглашение о партнёрстве "
     "с Энским союзом ветеранов труда в рамках проекта «Активное долголетие». "
     "Сотрудничество продлится три года.",
     [("signed", sorted([MIN, "Энский союз ветеранов труда"]))]),
    # fails on b51dev (planned): a plan word inside a body's quoted name plans nothing,
    # the more needed now that the clause runs past such names
    ("a plan word in a quoted name",
     "Соглашение о партнёрстве между Правительством Энской области и фондом "
     "«Содружество социальных проектов» подписано вчера в Москве.",
     [("signed", sorted(["Правительство Энской области",
                         "Фонд «Содружество социальных проектов»"]))]),
    ("a quotation",
     "Министерство социальной защиты Энской области подписало соглашение о партнёрстве "
     "с общественной организацией «Мы поможем каждому, кто придёт к нам». Об этом "
     "сообщила пресс-служба ведомства.",
     [("signed", [MIN])]),
])
def test_sides_named_in_full(models, case: str, text: str, expected: list) -> None:
    assert _records(models, text) == expected, case


def _sentence(words: list[tuple[str, str, str, str]]):
    return probes.hand_parsed(*[(w, lemma, pos, "dep", 0, {"Case": case} if case else {})
                                for w, lemma, pos, case in words])


@pytest.mark.parametrize(("case", "words", "head"), [
    ("right before", [("с", "с", "ADP", ""), ("учреждением", "учреждение", "NOUN", "Ins"),
                      ("«", "«", "PUNCT", ""), ("Центр", "центр", "NOUN", "Nom")], 1),
    ("over two genitive words",
     [("учреждением", "учреждение", "NOUN", "Ins"), ("социального", "социальный", "ADJ", "Gen"),
      ("обслуживания", "обслуживание", "NOUN", "Gen"), ("«", "«", "PUNCT", ""),
      ("Центр", "центр", "NOUN", "Nom")], 0),
    # negatives: no kind word ("проекта"); a word in another case between; too far back
    ("no kind word", [("рамках", "рамка", "NOUN", "Loc"), ("проекта", "проект", "NOUN", "Gen"),
                      ("«", "«", "PUNCT", ""), ("Старт", "старт", "NOUN", "Nom")], None),
    ("another case between",
     [("организацией", "организация", "NOUN", "Ins"), ("в", "в", "ADP", ""),
      ("области", "область", "NOUN", "Loc"), ("«", "«", "PUNCT", ""),
      ("Старт", "старт", "NOUN", "Nom")], None),
    ("too far back",
     [("учреждением", "учреждение", "NOUN", "Ins"), ("помощи", "помощь", "NOUN", "Gen"),
      ("детям", "ребёнок", "NOUN", "Gen"), ("сельских", "сельский", "ADJ", "Gen"),
      ("районов", "район", "NOUN", "Gen"), ("«", "«", "PUNCT", ""),
      ("Старт", "старт", "NOUN", "Nom")], None),
])
def test_kind_before_quote(case: str, words, head: int | None) -> None:
    sent = _sentence(words)
    opening = next(i for i, t in enumerate(sent.tokens) if t.text == "«")
    assert kind_before_quote(sent, opening) == head, case


def test_plural_subject(models) -> None:
    from soccoop.extract.party_phrases import plural_subject

    def sent(rel: str, head: int, number: str):
        return probes.hand_parsed(
            ("Правительства", "правительство", "NOUN", rel, head,
             {"Case": "Gen", "Number": "Sing"}),
            ("областей", "область", "NOUN", "nmod", 0, {"Case": "Gen"}),
            ("подписали", "подписать", "VERB", "root", -1, {"Number": number}),
            ("соглашение", "соглашение", "NOUN", "obj", 2, {"Case": "Acc"}))
    assert plural_subject(models, sent("nsubj", 2, "Plur"), 0)
    # negatives: a genitive the parse hangs on a noun; a verb in the singular
    assert not plural_subject(models, sent("nmod", 3, "Plur"), 0)
    assert not plural_subject(models, sent("nsubj", 2, "Sing"), 0)


def test_in_quoted_name() -> None:
    from soccoop.extract.candidate_status import in_quoted_name

    sent = probes.hand_parsed(*[(w, w.lower(), "NOUN", "dep", 0, {}) for w in
                                ["с", "центром", "«", "Новые", "проекты", "»", "подписано"]])
    assert in_quoted_name(sent.tokens, 0, 4)
    # negatives: after the closing quote; no opening quote in the clause
    assert not in_quoted_name(sent.tokens, 0, 6)
    assert not in_quoted_name(sent.tokens, 3, 4)


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, party_phrases=("kind_before_quote", "_kind_quote_close",
                                                         "_nested_name_close", "plural_subject"),
                                          agreement_sides=("head_shared_member",),
                                          candidate_status=("in_quoted_name",))
