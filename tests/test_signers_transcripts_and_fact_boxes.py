"""Signers: a transcript's speaker labelled by a
surname in capitals alone, an earlier agreement recalled with who signed it, a fact box's
line of signers, and a body named by its place that the NER took for a person. Every probe
is written here, in words of its own."""

from __future__ import annotations

import pytest
from probes import signers_in_order

from soccoop.extract.lexicon_turns import TURN_LABEL
from soccoop.extract.nlp import NerSpan
from soccoop.extract.signers import body_of_place, initials_nominative
from soccoop.extract.turns import TurnLabels

PUB = "2025-06-18"


def signers_of(models, text, statuses=("signed",)):
    """The signers of each agreement of the given statuses, in the records' order."""
    return signers_in_order(models, text, PUB, statuses)


CARD = (
    "Орловская и Тульская области договорились помогать семьям вместе. В пятницу в Туле "
    "было подписано соглашение о сотрудничестве в сфере социальной защиты. Подробности о "
    "документе собраны ниже.\n\n"
    "ДОКУМЕНТ В ЦИФРАХ\n"
    "Стороны: министерство труда Орловской области; министерство социальной защиты "
    "Тульской области\n"
    "Подписали: министр труда Орловской области Пётр Самойлов; министр социальной защиты "
    "Тульской области Ирина Колесова\n"
    "Срок: три года, с продлением\n\n"
    "Пётр Самойлов рассказал, что первые семьи смогут воспользоваться новыми "
    "возможностями уже летом. Ведомства обменяются сведениями о получателях помощи и "
    "будут вместе готовить специалистов по уходу за пожилыми людьми.\n"
)

TRANSCRIPT = (
    "Брифинг министерства социальной защиты Курской области\n"
    "Участники: министр социальной защиты Курской области Ирина Колесова; начальник "
    "отдела выплат министерства Олег Дымов.\n\n"
    "ВЕДУЩИЙ: Добрый день. Ирина Викторовна, вам слово.\n\n"
    "КОЛЕСОВА: Спасибо. В понедельник в Белгороде я подписала соглашение с министерством "
    "труда Белгородской области. С белгородской стороны документ подписал министр Пётр "
    "Самойлов. Теперь семьи будут получать помощь по месту жительства.\n"
)

# (text, the signers of each agreement of any status but planned)
PROBES = [
    # a fact box after the report lists the signers on a labelled line of their own
    (CARD, [["Пётр Самойлов", "Ирина Колесова"]]),
    # "я подписала" in the turn of a speaker labelled by her surname alone: she signed,
    # with the other side's signer the next sentence names
    (TRANSCRIPT, [["Ирина Колесова", "Пётр Самойлов"]]),
    # a passive's agents joined by "и", the second's post ending in a region's name, in
    # initials and an oblique-case surname
    ("12 мая 2025 года заключено соглашение о сотрудничестве между Министерством труда "
     "Курской области и Министерством социальной защиты Республики Адыгея. Соглашение "
     "подписано министром труда Курской области Е. Лукиной и министром социальной защиты "
     "Республики Адыгея Р. С. Громовой-Ветровой.",
     [["Е. Лукина", "Р. С. Громова-Ветрова"]]),  # the officials keep both initials
    # an earlier agreement, recalled in a year's review, with who signed it in the next
    # sentence that refers back to it by a pronoun
    ("Итоги года. В марте министерство труда Орловской области и министерство социальной "
     "защиты Тульской области подписали соглашение о сотрудничестве. Его подписали "
     "министр Ирина Колесова и тульский министр Пётр Самойлов. Первыми по нему в Тулу "
     "поехали специалисты по уходу.",
     [["Ирина Колесова", "Пётр Самойлов"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", PROBES)
def test_signers_of_unseen_phrasings(models, text, expected):
    assert signers_of(models, text, ("signed", "mentioned")) == expected


@pytest.mark.slow
def test_card_line_after_another_signing_is_not_the_first_ones(models):
    """A box placed after a second signing belongs to that one, not to the first."""
    text = CARD.replace(
        "Подробности о документе собраны ниже.",
        "Кроме того, министерство труда Орловской области подписало соглашение о "
        "сотрудничестве с Орловским государственным университетом.")
    signed = signers_of(models, text)
    assert signed and signed[0] == []


@pytest.mark.slow
def test_mentioned_agreement_named_by_someone_takes_no_signers(models):
    """A recalled agreement inside a speaker's words names no signers of its own."""
    text = ("Пётр Самойлов напомнил, что в 2019 году правительства Орловской и Тульской "
            "областей подписали соглашение о сотрудничестве. Сейчас ведомства готовят "
            "новую программу.")
    assert signers_of(models, text, ("signed", "mentioned")) == [[]]


@pytest.mark.parametrize("name,expected", [
    ("Е. Лукиной", "Е. Лукина"),
    ("Р.С. Громовой-Ветровой", "Р.С. Громовой-Ветровой"),  # "Р.С." is one word: not initials
    ("Р. С. Громовой-Ветровой", "Р. С. Громова-Ветрова"),
    ("Е. Лукина", "Е. Лукина"),  # nominative already
    ("П. Седых", "П. Седых"),  # one form for every case
    ("Пётр Лукиным", "Пётр Лукиным"),  # no initials: the officials' reader's business
])
def test_initials_nominative(models, name, expected):
    assert initials_nominative(name, models) == expected


@pytest.mark.parametrize("line,surname", [
    ("КОЛЕСОВА: Спасибо, коллеги.", "КОЛЕСОВА"),
    ("ДЫМОВ-ЛЕСНОЙ: Добавлю по срокам.", "ДЫМОВ-ЛЕСНОЙ"),
    ("КРУГЛОВ Е.В.: Да, документ готов.", "КРУГЛОВ"),
    ("Петров И. И., заместитель министра: Спасибо.", "Петров"),
    ("Стороны договорились: помогать семьям.", None),  # a sentence, not a label
    ("Колесова: спасибо.", None),  # a surname in capitals only
])
def test_turn_label(line, surname):
    assert TurnLabels(line).before(len(line)) == surname
    assert TURN_LABEL  # the lexicon keeps the pattern


@pytest.mark.slow
@pytest.mark.parametrize("text,name,expected", [
    ("Соцзащита Приморья заключила соглашение с университетом.", "Соцзащита Приморья", True),
    ("Минтруд Кузбасса подписал соглашение с фондом.", "Минтруд Кузбасса", True),
    ("Министр Ирина Колесова подписала соглашение с университетом.", "Ирина Колесова",
     False),
    ("Соглашение подписал Андрей Кирова.", "Андрей Кирова", False),  # a surname too
    ("Соглашение подписала Ирина Орла.", "Ирина Орла", False),  # a first name
])
def test_body_of_place(models, text, name, expected):
    """Read as if the NER had taken the words for a person, whatever it took them for."""
    analysis = models.analyse(text)
    start = text.index(name)
    span = NerSpan("PER", start, start + len(name), name)
    assert body_of_place(analysis.sentences[0], span, models) is expected


@pytest.mark.slow
def test_cli_ingest_and_list_card_signers(listed_rows):
    rows = listed_rows({"card.txt": CARD}, "--kind", "agreements", "--format", "jsonl", "--limit",
                       "0")
    assert [(r["status"], r["signatories"]) for r in rows] == [
        ("signed", ["Пётр Самойлов", "Ирина Колесова"])]
