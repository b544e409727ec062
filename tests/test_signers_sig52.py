"""Signatories of sig52, probes written for this file (not copied from any round).

* A third-person pronoun the tagger reads as singular refers back to the one planned
  document whatever lemma it was given ("под ним" is lemmatised "они"), so "Подписи под
  ним поставят министр X и ректор Y" announces the planned agreement's signers
  (``signer_shapes.back_word``).
* A sentence between a signing and the one naming its signers that tells only what is to
  come (every finite verb in the future tense) names no paper the later "документ" could
  mean, though it names a programme: "Университет откроет магистерскую программу, а
  министерство предоставит базы практики. Документ подписали ..."
  (``signers.told_ahead``).
* A supplementary agreement made "к соглашению" signs one document, so the signers named
  after an aside are the addendum's (``agreements.addendum_base``).
* Signers the parser hung as an apposition on the object of a planned signing ("Подписать
  документ Андрей Петров и Ольга Зуева планируют в мае") are who plans to sign
  (``signer_shapes._object_apposed_people``).
* The addendum's base ("к соглашению ..., заключённому в 2020 году"), read as a record of
  its own, takes none of the signers named after (``agreements.addendum_base``).
* In an interview, a question addressing the interviewee by first name and patronymic and
  naming another subject of the signing ("министерство подписало") makes the interviewee
  a signer when the answer turn, past a blank line, signs with "мы"/"я"
  (``signer_shapes.addressed_signers``, ``_answer_sentences``).
* A sole bare post as the subject of a signing that names nobody stands for the one named
  before with that post when the other side's signer is told in the next sentence:
  "Министр подписала соглашение с ... . Со стороны организации документ подписала её
  председатель X" (``signer_shapes.bare_post_signers``).
"""

from __future__ import annotations

from typing import Any

import pytest
from probes import check_no_signers, parsed_analysis, signers_of

from soccoop.extract.agreements import addendum_base
from soccoop.extract.signers import told_ahead

PUB = "2025-04-18"

PLANNED = ("Министерство социальной защиты Вологодской области и областное отделение "
           "Союза пенсионеров России подпишут соглашение о сотрудничестве. ")

ANNOUNCED = [
    # the pronoun under "под" stands for the planned document
    (PLANNED + "Подписание намечено на 25 апреля. Подписи под ним поставят министр Ирина "
     "Котельникова и председатель отделения Геннадий Жуков.",
     [["Геннадий Жуков", "Ирина Котельникова"]]),
    (PLANNED + "Подписи под ним поставят министр Ирина Котельникова и председатель "
     "отделения Геннадий Жуков.", [["Геннадий Жуков", "Ирина Котельникова"]]),
    # a memorandum referred back to by "ним" two sentences on
    ("Министерство труда Томской области и областной центр занятости подпишут меморандум "
     "о взаимодействии. Церемония пройдёт в Томске. Свои подписи под ним поставят министр "
     "Олег Дымов и директор центра Анна Серова.", [["Анна Серова", "Олег Дымов"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), ANNOUNCED)
def test_signature_under_pronoun_announces_signers(models: Any, text: str,
                                                    expected: list[list[str]]) -> None:
    assert signers_of(models, text, PUB, ("planned",)) == expected


ANNOUNCED_NOT = [
    # signatures under other papers, named in the plural, announce nothing for this one
    PLANNED + "Подписи под ними поставят участники форума Ирина Котельникова и Геннадий "
    "Жуков.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", ANNOUNCED_NOT)
def test_plural_pronoun_announces_no_signers(models: Any, text: str) -> None:
    assert signers_of(models, text, PUB, ("planned",)) in ([], [[]])


SIGNED = ("Во вторник министерство социальной политики Курганской области и Курганский "
          "государственный университет подписали соглашение о сотрудничестве в подготовке "
          "кадров. ")
NAMED = ("\n\nДокумент подписали министр социальной политики Курганской области Олег "
         "Карпов и ректор университета Надежда Дубова.")

AHEAD = [
    # a programme still to be opened is no paper the later "документ" may mean
    (SIGNED + "Университет с осени откроет магистерскую программу, а министерство "
     "предоставит базы практики." + NAMED, [["Надежда Дубова", "Олег Карпов"]]),
    (SIGNED + "Вуз разработает новую программу повышения квалификации." + NAMED,
     [["Надежда Дубова", "Олег Карпов"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), AHEAD)
def test_aside_told_ahead_keeps_signers(models: Any, text: str,
                                        expected: list[list[str]]) -> None:
    assert signers_of(models, text, PUB) == expected


AHEAD_NOT = [
    # a programme approved before: "документ" may be that one, so its signers are not
    # the agreement's
    SIGNED + "Губернатор утвердил региональную программу." + NAMED,
]


@pytest.mark.slow
@pytest.mark.parametrize("text", AHEAD_NOT)
def test_aside_in_past_blocks_signers(models: Any, text: str) -> None:
    assert signers_of(models, text, PUB) == [[]]


TOLD_AHEAD = [
    ("Университет откроет программу, а министерство предоставит базы практики.", True),
    ("Вуз будет готовить специалистов по программе.", True),
    ("Губернатор утвердил программу, и вуз откроет её.", False),
    ("Программа рассчитана на пять лет.", False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), TOLD_AHEAD)
def test_told_ahead(models: Any, text: str, expected: bool) -> None:
    sent = parsed_analysis(models, text).sentences[0]
    assert told_ahead(sent) is expected


ADDENDUM = ("Центр занятости населения Республики Марий Эл и ООО «Йошкар-Олинская мебельная "
            "фабрика» во вторник подписали дополнительное соглашение к соглашению о "
            "сотрудничестве, заключённому в 2021 году. Согласно поправкам, фабрика создаст "
            "ещё восемь рабочих мест для людей с инвалидностью.\n\nСо стороны центра "
            "документ подписал директор Сергей Лапин, со стороны фабрики — генеральный "
            "директор Марина Осипова.")


@pytest.mark.slow
def test_addendum_signers_after_aside(models: Any) -> None:
    found = signers_of(models, ADDENDUM, PUB)
    assert ["Марина Осипова", "Сергей Лапин"] in found


ADDENDUM_BASE = [
    ("подписали дополнительное соглашение к соглашению о сотрудничестве", "соглашению", True),
    ("подписали дополнительное соглашение к действующему соглашению", "соглашению", True),
    ("подписали дополнительное соглашение к соглашению о сотрудничестве", "соглашение",
     False),
    # two documents side by side, no addendum
    ("подписали соглашение и меморандум о сотрудничестве", "меморандум", False),
    # "к" after a noun that is no agreement
    ("присоединились к соглашению о сотрудничестве", "соглашению", False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "expected"), ADDENDUM_BASE)
def test_addendum_base(models: Any, text: str, word: str, expected: bool) -> None:
    sent = parsed_analysis(models, "Стороны " + text + ".").sentences[0]
    i = next(n for n, t in enumerate(sent.tokens) if t.text == word)
    assert addendum_base(sent, i) is expected


PLAN = ("По итогам встречи стороны договорились подготовить соглашение о сотрудничестве "
        "между министерством социальной защиты Ивановской области и министерством "
        "социального развития Костромской области. ")

APPOSED = [
    (PLAN + "Подписать документ Андрей Петров и Ольга Зуева планируют в начале следующего "
     "года.", [["Андрей Петров", "Ольга Зуева"]]),
    (PLAN + "Подписать его Андрей Петров и Ольга Зуева планируют в марте.",
     [["Андрей Петров", "Ольга Зуева"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), APPOSED)
def test_planned_signers_apposed_to_object(models: Any, text: str,
                                           expected: list[list[str]]) -> None:
    assert signers_of(models, text, PUB, ("planned",)) == expected


APPOSED_NOT = [
    # the paper is another one, so who plans to sign it signs nothing of this agreement
    PLAN + "Губернатор Андрей Петров планирует подписать указ в марте.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", APPOSED_NOT)
def test_no_planned_signers_of_other_paper(models: Any, text: str) -> None:
    assert signers_of(models, text, PUB, ("planned",)) in ([], [[]])


BASE = ("Министерство труда Тверской области и министерство социальной защиты Смоленской "
        "области 5 марта подписали дополнительное соглашение к соглашению о "
        "сотрудничестве, заключенному в 2019 году. Документ подписали заместитель министра "
        "труда Тверской области Олег Сомов и заместитель министра социальной защиты "
        "Смоленской области Нина Грачёва.")


@pytest.mark.slow
def test_addendum_base_takes_no_signers(models: Any) -> None:
    found = signers_of(models, BASE, PUB, ("signed", "mentioned"))
    assert ["Нина Грачёва", "Олег Сомов"] in found
    assert all(f in (["Нина Грачёва", "Олег Сомов"], []) for f in found)
    assert found.count(["Нина Грачёва", "Олег Сомов"]) == 1


INTRO = ("Министр социальной защиты Пензенской области Светлана Ковалёва рассказала "
         "газете о кадрах и новых партнёрах.\n\n")

INTERVIEW = [
    # the question names the ministry as the subject, the answer "мы подписали вместе с"
    (INTRO + "— Светлана Игоревна, на прошлой неделе министерство подписало соглашение с "
     "Пензенским государственным университетом. Для чего?\n\n— Документ мы подписали "
     "вместе с ректором Андреем Гуляковым. Университет будет готовить для нас психологов.",
     ["Андрей Гуляков", "Светлана Ковалёва"]),
    # the question asks "вы подписали", the answer past a blank line names the partner
    (INTRO + "— Светлана Игоревна, в среду вы подписали соглашение с Пензенским "
     "государственным университетом?\n\n— Да, соглашение мы подписали с ректором Андреем "
     "Гуляковым. Университет будет готовить для нас психологов.",
     ["Андрей Гуляков", "Светлана Ковалёва"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), INTERVIEW)
def test_interviewee_signs_with_we(models: Any, text: str, expected: list[str]) -> None:
    assert signers_of(models, text, PUB) == [expected]


INTERVIEW_NOT = [
    # the answer tells of no signing of "мы": the interviewee only comments on it
    INTRO + "— Светлана Игоревна, на прошлой неделе министерство подписало соглашение с "
    "Пензенским государственным университетом. Для чего?\n\n— Университет будет готовить "
    "для нас психологов, а мы предоставим базы практики.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", INTERVIEW_NOT)
def test_interviewee_without_we_signs_nothing(models: Any, text: str) -> None:
    check_no_signers(models, text, PUB, {"Светлана Ковалёва"})


MINISTER = ("Министр социальной защиты населения Курской области Ольга Дроздова провела "
            "приём граждан в Рыльске. ")

BARE_POST = [
    (MINISTER + "В четверг министр подписала соглашение о взаимодействии с областным "
     "отделением Союза пенсионеров России. Со стороны общественной организации документ "
     "подписала её председатель Галина Рыбина.", ["Галина Рыбина", "Ольга Дроздова"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), BARE_POST)
def test_sole_bare_post_with_side_signer(models: Any, text: str, expected: list[str]) -> None:
    assert expected in signers_of(models, text, PUB)


BARE_POST_NOT = [
    # the post named before is another's ("губернатор"), so the bare "министр" has no holder
    "Губернатор Курской области Роман Старков провёл приём граждан в Рыльске. В четверг "
    "министр подписала соглашение о взаимодействии с областным отделением Союза "
    "пенсионеров России. Со стороны общественной организации документ подписала её "
    "председатель Галина Рыбина.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", BARE_POST_NOT)
def test_sole_bare_post_without_holder(models: Any, text: str) -> None:
    check_no_signers(models, text, PUB, {"Роман Старков"})
