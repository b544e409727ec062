"""Signatories of sigpool93, probes written for this file (not copied from any round).

* A recalled agreement in any case keeps the signers its relative clause names ("в рамках
  соглашения между X и Y, которое в 2023 году подписали министр A и ректор B"), read up to
  a dash or the next verb: ``candidate_signers.relative_of_agreement`` (in
  ``recalled_clause_signers``).
* A signing told as a reminder keeps the signers the next sentence names signing it
  ("Напомним, ... заключил соглашение ... Тогда подписи поставили X и Y"):
  ``status.reminded_signing`` (``told_after``); a sentence telling who signed "then",
  naming no agreement, refers back to the one before: ``candidate_signers.then_signing``.
* A hierarch named by title, see and monastic name is a person whatever the tagger made of
  the see ("епископом Тверским и Кашинским Амвросием"), and the see's adjective is nobody
  ("епископ Тверской и Кашинский"): ``signers.clergy_names``, ``signers.see_of_title``; a
  monastic name with its secular surname in brackets is read whole
  (``signers.secular_surname_name``).
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

_NEW = ("Министерство труда Курской области 12 марта подписало соглашение с фондом «Опора». "
        "Подписи под документом поставили министр Ирина Зайцева и директор фонда Пётр "
        "Сомов.\n\n")

# (id, text, the signers of every record, as surnames, by status)
ROWS = [
    ("a recalled agreement in the genitive, its relative clause names the signers",
     _NEW + "Стажировки студентов проходят в рамках соглашения между управлением социальной "
     "защиты области и Курским государственным университетом, которое в мае 2021 года "
     "подписали начальник управления Олег Лаптев и ректор университета Анна Бережная.",
     {"signed": [["зайцева", "сомов"]], "mentioned": [["бережная", "лаптев"]]}),
    ("a reminder of a signing, its signers told 'then' in the next sentence",
     _NEW + "Напомним, 14 августа 2022 года фонд «Опора» подписал соглашение с управлением "
     "социальной защиты Курской области о помощи семьям участников СВО. Тогда подписи "
     "поставили директор фонда Пётр Сомов и начальник управления Олег Лаптев.",
     {"signed": [["зайцева", "сомов"]], "mentioned": [["лаптев", "сомов"]]}),
    ("a bishop in the instrumental, the see taken for a place",
     "Соглашение было подписано во вторник главой Твери Алексеем Огоньковым, епископом "
     "Тверским и Кашинским Амвросием и председателем городского совета ветеранов Ниной "
     "Громовой.",
     {"signed": [["амвросий", "громова", "огоньков"]]}),
    ("a bishop's see after his name is nobody",
     "Соглашение о патронаже одиноких стариков подписали Преосвященнейший Амвросий, епископ "
     "Тверской и Кашинский, и директор "
     "центра социального обслуживания Нина Громова.",
     {"signed": [["амвросий", "громова"]]}),
    ("a nun's monastic name with her secular surname",
     "Соглашение о патронаже одиноких стариков подписали директор центра социального "
     "обслуживания Нина Громова и старшая сестра сестричества монахиня Серафима (Петрова).",
     {"signed": [["(петрова)", "громова"]]}),
    # negatives: the rules must not fire
    ("a relative clause closed by a dash: the teller after it did not sign",
     _NEW + "Стажировки студентов проходят благодаря соглашению между управлением и "
     "университетом, которое подписали в 2021 году, — рассказала директор центра Ольга Белова.",
     {"signed": [["зайцева", "сомов"]], "mentioned": [[]]}),
    ("a relative clause on another noun: no signer for the agreement",
     _NEW + "Стажировки проходят в рамках соглашения с университетом, ректор которого Анна "
     "Бережная подписала приказ о практике в 2021 году.",
     {"signed": [["зайцева", "сомов"]], "mentioned": [[]]}),
    ("'тогда' with another paper signed: not the agreement's signers",
     _NEW + "Напомним, 14 августа 2022 года фонд «Опора» подписал соглашение с управлением "
     "социальной защиты Курской области. Тогда же начальник управления Олег Лаптев подписал "
     "приказ о создании рабочей группы.",
     {"signed": [["зайцева", "сомов"]], "mentioned": [[]]}),
    ("a priest with a full name: read as the NER reads him, once",
     "Соглашение подписали директор центра социального обслуживания Нина Громова и "
     "протоиерей Андрей Белов.",
     {"signed": [["белов", "громова"]]}),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(ROWS))
def test_signers(models: Any, text: str, expected: dict[str, list[list[str]]]) -> None:
    assert probes.surnames_by_status(models, text, "2025-03-14") == expected


# (id, sentence, the agreement noun, the relative pronoun the helper finds or None)
RELATIVES = [
    ("genitive noun, neuter pronoun", "Работа идёт в рамках соглашения с вузом, которое "
     "подписали в 2020 году.", "соглашения", "которое"),
    ("dative noun, masculine pronoun", "Работа идёт благодаря договору с фондом, который "
     "заключили в 2020 году.", "договору", "который"),
    # negatives
    ("a pronoun of another gender (another noun's)", "Работа идёт в рамках соглашения с "
     "университетом, ректор которого подписал приказ.", "соглашения", None),
    ("a verb before the pronoun", "Работа идёт в рамках соглашения и продолжается, которое "
     "подписали в 2020 году.", "соглашения", None),
]


@pytest.mark.parametrize(("text", "noun", "expected"), probes.named_rows(RELATIVES))
def test_relative_of_agreement(models: Any, text: str, noun: str, expected: str | None) -> None:
    from soccoop.extract.candidate_signers import relative_of_agreement

    sent = models.analyse(text).sentences[0]
    k = next(i for i, t in enumerate(sent.tokens) if t.text == noun)
    j = relative_of_agreement(sent, k)
    assert (sent.tokens[j].text if j is not None else None) == expected


# (id, sentence after a signing, does it tell that signing's signers "then")
THEN = [
    ("signatures then", "Тогда подписи поставили министр Анна Котова и ректор Пётр Гусев.",
     True),
    ("the document signed then", "Тогда документ подписали министр Анна Котова и ректор Пётр "
     "Гусев.", True),
    # negatives
    ("another agreement named", "Тогда же министр Анна Котова подписала соглашение с "
     "фондом.", False),
    ("another paper signed", "Тогда министр Анна Котова подписала приказ о рабочей группе.",
     False),
    ("'тогда как', a contrast", "Тогда как министр Анна Котова подписала бы его сразу.", False),
    ("a signing to come", "Тогда подписи поставят министр Анна Котова и ректор Пётр Гусев.",
     False),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(THEN))
def test_then_signing(models: Any, text: str, expected: bool) -> None:
    from soccoop.extract.candidate_signers import then_signing

    sent = models.analyse(text).sentences[0]
    models.parse_sentences([sent])
    assert then_signing(sent) is expected


# (id, sentence, the NER's spans as the tagger may give them, the clergy names found)
CLERGY = [
    ("the see and the name taken for a place",
     "Соглашение подписано главой города Петром Лосевым и епископом Бийским и Белокурихинским "
     "Тихоном.", [("PER", "Петром Лосевым"), ("LOC", "Белокурихинским Тихоном")], ["Тихоном"]),
    ("a nominative title, the name tagged nothing",
     "Подписи поставили глава города Пётр Лосев и епископ Елецкий и Лебедянский Максим.",
     [("PER", "Пётр Лосев")], ["Максим"]),
    ("a secular surname in brackets kept",
     "Подписи поставили глава города Пётр Лосев и епископ Елецкий Максим (Дмитриев).",
     [("PER", "Пётр Лосев")], ["Максим (Дмитриев)"]),
    # negatives
    ("a priest's full name: no monastic name", "Подписи поставили глава города Пётр Лосев и "
     "протоиерей Андрей Белов.", [("PER", "Пётр Лосев")], []),
    ("a title with no see", "Подписи поставили глава города Пётр Лосев и епископ Максим.",
     [("PER", "Пётр Лосев")], []),
    ("the name already a person's span", "Подписи поставили глава города Пётр Лосев и епископ "
     "Елецкий Максим.", [("PER", "Пётр Лосев"), ("PER", "Максим")], []),
]


@pytest.mark.parametrize(("text", "spans", "expected"), probes.named_rows(CLERGY))
def test_clergy_names(models: Any, text: str, spans: list[tuple[str, str]],
                      expected: list[str]) -> None:
    from soccoop.extract.signers import clergy_names

    analysis = models.analyse(text)
    analysis.spans = probes.ner_spans(text, *spans)
    models.parse_sentences(analysis.sentences)
    found = [s.text for sent in analysis.sentences for s in clergy_names(analysis, sent, models)]
    assert found == expected


# (id, sentence, a PER span's words, is it only a see after a clergy title)
SEES = [
    ("a see after a bishop's title", "Подписали Преосвященнейший Максим, епископ Елецкий и "
     "Лебедянский, и директор центра.", "Елецкий", True),
    ("the second adjective of the see", "Подписали Преосвященнейший Максим, епископ Елецкий и "
     "Лебедянский, и директор центра.", "Лебедянский", True),
    # negatives
    ("a surname after a post", "Подписали директор центра Андрей Белов и министр Лебедянский.",
     "Лебедянский", False),
    ("a monastic name after the see", "Подписали епископ Елецкий и Лебедянский Максим и "
     "директор центра.", "Максим", False),
]


@pytest.mark.parametrize(("text", "words", "expected"), probes.named_rows(SEES))
def test_see_of_title(models: Any, text: str, words: str, expected: bool) -> None:
    from soccoop.extract.signers import see_of_title

    analysis = models.analyse(text)
    models.parse_sentences(analysis.sentences)
    span = probes.ner_spans(text, ("PER", words))[0]
    assert see_of_title(analysis.sentences[0], span) is expected


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, candidate_signers=("relative_of_agreement",
                                                             "then_signing",
                                                             "recalled_clause_signers"),
                                          status=("reminded_signing",),
                                          signers=("clergy_names", "see_of_title",
                                                   "secular_surname_name"))
