"""Signers told in the shapes of round 53 (sig46): a photo caption opened by a bare
bracketed picture mark that is itself the sentence naming the agreement ("[Фото] Министр X
и ректор Y во время подписания соглашения"). Probes are written for this file; the
negatives keep a caption that tells something else of the people it shows."""

from __future__ import annotations

import re
from typing import Any

import pytest
from probes import check_no_signers, signers_of

from soccoop.extract.lexicon_signers import CAPTION_LABELS

PUB = "2024-09-12"

CAPTIONS = [
    ("[Фото] Министр социального развития Оренбургской области Анна Гречишкина и ректор "
     "Оренбургского государственного университета Сергей Ермаков во время подписания "
     "соглашения о сотрудничестве.\n\nВ Оренбурге подписано соглашение о подготовке "
     "социальных работников.", ["Анна Гречишкина", "Сергей Ермаков"]),
    ("(Снимок) Управляющий отделением СФР по Тверской области Игорь Лапин (справа) и "
     "директор центра занятости населения Тверской области Ольга Белова после подписания "
     "соглашения об обмене сведениями.\n\nОтделение и центр занятости будут обмениваться "
     "данными в электронном виде.", ["Игорь Лапин", "Ольга Белова"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), CAPTIONS)
def test_bracket_marked_caption_names_signers(models: Any, text: str,
                                              expected: list[str]) -> None:
    assert signers_of(models, text, PUB) == [sorted(expected)]


CAPTION_NEGATIVES = [
    # the caption tells the minister speaking, a finite verb of its own
    ("[Фото] Министр социального развития Оренбургской области Анна Гречишкина выступает "
     "на церемонии подписания соглашения с Оренбургским университетом.\n\nСоглашение с "
     "университетом подписано в Оренбурге.", {"Анна Гречишкина"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "not_signers"), CAPTION_NEGATIVES)
def test_caption_with_verb_names_no_signer(models: Any, text: str,
                                           not_signers: set[str]) -> None:
    check_no_signers(models, text, PUB, not_signers)


LABELS = [
    ("[Фото] Министр Анна Котова", True),
    ("(Фото) Директор Олег Сомов", True),
    ("[Фото]\nНа фото: министр Анна Котова", True),
    ("[Фото] слева направо", False),  # no capital after the bare mark: no caption's start
    ("Фотовыставка открылась в музее", False),
]


@pytest.mark.parametrize(("line", "expected"), LABELS)
def test_caption_labels(line: str, expected: bool) -> None:
    assert bool(re.match(CAPTION_LABELS, line)) is expected


# --- sig46: an acting minister in the instrumental, a side phrase of "от", the heads of
# --- the sides named elsewhere in the text

SHAPES = [
    # the acting minister's post is one phrase: the name is hers, not a bystander's
    ("В Ижевске подписано соглашение о взаимодействии между министерством социальной "
     "политики и труда Удмуртской Республики и региональным отделением общества инвалидов. "
     "Документ подписан исполняющим обязанности министра социальной политики и труда "
     "Удмуртской Республики Сергеем Ившиным и председателем отделения Галиной Мерзляковой.",
     ["Галина Мерзлякова", "Сергей Ившин"]),
    ("В Ижевске подписано соглашение о взаимодействии между министерством социальной "
     "политики и труда Удмуртской Республики и региональным отделением общества инвалидов. "
     "Соглашение подписано временно исполняющей обязанности министра Натальей Лепихиной и "
     "председателем отделения Галиной Мерзляковой.",
     ["Галина Мерзлякова", "Наталья Лепихина"]),
    # the second side's signer after a side phrase of "от имени"
    ("Правительство Курганской области и АО «Курганский машиностроительный завод» заключили "
     "соглашение о трудоустройстве людей с инвалидностью. По поручению губернатора документ "
     "подписал первый заместитель губернатора Виктор Шумков. От имени предприятия подпись "
     "поставил генеральный директор завода Олег Ситников.",
     ["Виктор Шумков", "Олег Ситников"]),
    # the heads of the two sides sign; they are named later, each with the very body
    ("Центр занятости населения Костромской области и ООО «Костромской мебельный комбинат» "
     "подписали соглашение о сотрудничестве. Комбинат обещал создать десять рабочих мест. "
     "Документ подписали руководители центра занятости и комбината.\n\n"
     "Для людей с инвалидностью это возможность найти работу рядом с домом.\n\n"
     "Ирина Гусева, директор Центра занятости населения Костромской области:\n"
     "«Мы будем оплачивать работу наставников».\n\n"
     "Павел Рябинин, генеральный директор ООО «Костромской мебельный комбинат»:\n"
     "«Нам нужны люди».",
     ["Ирина Гусева", "Павел Рябинин"]),
    # a university named by its acronym in its rector's post, a unit's head beside him
    ("В Томске министерство социальной защиты Томской области и Томский государственный "
     "университет заключили соглашение о подготовке кадров. Документ подписали руководители "
     "ведомства и вуза. Декан факультета ТГУ Ольга Карпова рассказала о практике студентов. "
     "На встрече выступили министр социальной защиты Томской области Михаил Киселёв и ректор "
     "ТГУ Эдуард Галажинский.",
     ["Михаил Киселёв", "Эдуард Галажинский"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), SHAPES)
def test_signers_of_round53_shapes(models: Any, text: str, expected: list[str]) -> None:
    assert signers_of(models, text, PUB) == [sorted(expected)]


SHAPE_NEGATIVES = [
    # a side phrase of "от" before signatures gathered under another paper
    ("Правительство Курганской области и АО «Курганский машиностроительный завод» заключили "
     "соглашение о трудоустройстве людей с инвалидностью. Документ подписал первый "
     "заместитель губернатора Виктор Шумков. От жителей посёлка подписи под обращением к "
     "губернатору собрала депутат Анна Лесная.", {"Анна Лесная"}),
    # the heads of the sides sign, but one side's head is named only as a deputy: nothing
    ("Центр занятости населения Костромской области и ООО «Костромской мебельный комбинат» "
     "подписали соглашение о сотрудничестве. Документ подписали руководители центра "
     "занятости и комбината. Ирина Гусева, директор Центра занятости населения Костромской "
     "области, рассказала о планах. Заместитель директора ООО «Костромской мебельный "
     "комбинат» Павел Рябинин показал цеха.", {"Ирина Гусева", "Павел Рябинин"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "not_signers"), SHAPE_NEGATIVES)
def test_round53_shapes_negatives(models: Any, text: str, not_signers: set[str]) -> None:
    check_no_signers(models, text, PUB, not_signers)


# --- sig46: signatures announced for a planned agreement; a name after a dash with a
# --- clause of its own

PLANNED = [
    # a future verb of putting a signature under the document, past a headline
    ("Томская и Кемеровская области подпишут соглашение о сотрудничестве в сфере соцзащиты\n\n"
     "Департамент социальной защиты населения Томской области и Министерство социальной "
     "защиты населения Кузбасса готовят к подписанию соглашение о сотрудничестве. Текст "
     "документа уже согласован. Подписи под соглашением, как ожидается, поставят начальник "
     "департамента Михаил Киселёв и министр Елена Воронина.",
     ["Елена Воронина", "Михаил Киселёв"]),
    ("Центр занятости населения города Омска и Омский государственный университет готовят "
     "соглашение о трудоустройстве выпускников. Подписать его планируется в апреле, подписи "
     "под документом поставят директор центра занятости Олег Ляхов и ректор университета.",
     ["Олег Ляхов"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), PLANNED)
def test_announced_signatures_of_planned(models: Any, text: str,
                                         expected: list[str]) -> None:
    assert signers_of(models, text, PUB, ("planned",)) == [sorted(expected)]


PLANNED_NEGATIVES = [
    # signatures under another paper, gathered by someone
    ("Центр занятости населения города Омска и Омский государственный университет готовят "
     "соглашение о трудоустройстве выпускников. Подписи под обращением к ректору соберёт "
     "председатель студенческого совета Илья Горин.", {"Илья Горин"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "not_signers"), PLANNED_NEGATIVES)
def test_planned_signatures_negatives(models: Any, text: str, not_signers: set[str]) -> None:
    check_no_signers(models, text, PUB, not_signers, ("planned",))


DASHES = [
    # the head is told absent in a clause of his own after the dash
    ("Отделение Социального фонда России по Омской области и региональная организация "
     "общества слепых подписали соглашение о взаимодействии. От имени отделения соглашение "
     "подписала заместитель управляющего Ирина Соболева — управляющий отделением Пётр "
     "Лаптев в эти дни находился в командировке. Со стороны общества документ подписал "
     "председатель организации Иван Рудаков.", ["Ирина Соболева", "Иван Рудаков"]),
    # a dash standing for the signing verb: the second side's signer signs
    ("Отделение Социального фонда России по Омской области и региональная организация "
     "общества слепых подписали соглашение о взаимодействии. Со стороны отделения документ "
     "подписала управляющий Ирина Соболева, со стороны общества — председатель организации "
     "Иван Рудаков.", ["Ирина Соболева", "Иван Рудаков"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), DASHES)
def test_dash_clause_subjects(models: Any, text: str, expected: list[str]) -> None:
    assert signers_of(models, text, PUB) == [sorted(expected)]

