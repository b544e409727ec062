"""Signatories told around the signing rather than by it (sig38): the signing as an
occasion whose two sides' signers a colon clause names, each the subject of the clause
after it ("Подписание прошло по видеосвязи: министр X находился в Перми, министр Y — в
Ижевске"), and a photo caption set in brackets ("[Фото: X и Y после подписания
соглашения]"), read as an unbracketed one; and the announced signer of a planned
agreement under a modal of duty the parser hung the document on ("Соглашение должна
подписать министр X"); an ordinal with the agreement noun left out that opens one
counted agreement's stretch ("Первое подписано 5 мая с X. Подписи под документом
поставили ..."). Probes are written for this file; the negatives name guests or
speakers after the colon, one person only, a caption of something else, another paper or
no signing, an ordinal with a noun of its own or not opening the sentence."""

from __future__ import annotations

from typing import Any

import pytest
from probes import check_no_signers, signers_of

from soccoop.extract import signer_shapes
from soccoop.extract.signers import signing_caption
from soccoop.extract.syntax import ensure_parsed

PUB = "2025-05-29"

TULA_KALUGA = ("Правительство Тульской области подписало соглашение о сотрудничестве с "
               "Правительством Калужской области. ")

OCCASIONS = [
    # "Церемония подписания" as the subject, a feminine and a masculine signer
    ("Министерство социальной защиты Республики Татарстан подписало соглашение о "
     "сотрудничестве с Министерством труда Республики Марий Эл. Церемония подписания "
     "состоялась по видеосвязи: министр труда, занятости и социальной защиты Республики "
     "Татарстан Эльмира Зарипова была в Казани, министр труда Республики Марий Эл Игорь "
     "Зайцев — в Йошкар-Оле.", [["Игорь Зайцев", "Эльмира Зарипова"]]),
    # "Подписание" as the subject, two clauses joined by "а"
    (TULA_KALUGA + "Подписание прошло онлайн: губернатор Тульской области Дмитрий Миляев "
     "подключился из Тулы, а губернатор Калужской области Владислав Шапша — из Калуги.",
     [["Владислав Шапша", "Дмитрий Миляев"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), OCCASIONS)
def test_occasion_colon_names_both_signers(models: Any, text: str,
                                           expected: list[list[str]]) -> None:
    assert signers_of(models, text, PUB) == expected


OCCASION_NEGATIVES = [
    # guests after the colon
    (TULA_KALUGA + "Подписание прошло торжественно: присутствовали депутат Областной Думы "
     "Олег Петров и ректор университета Иван Смирнов.", {"Олег Петров", "Иван Смирнов"}),
    # speakers after the colon
    (TULA_KALUGA + "Подписание прошло в Туле: депутат Олег Петров рассказал о планах, а "
     "ректор Иван Смирнов выступил с докладом.", {"Олег Петров", "Иван Смирнов"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "not_signers"), OCCASION_NEGATIVES)
def test_occasion_colon_takes_no_guest(models: Any, text: str, not_signers: set[str]) -> None:
    check_no_signers(models, text, PUB, not_signers)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("Подписание прошло по видеосвязи: министр Анна Котова находилась в Перми, министр "
     "Пётр Гусев — в Ижевске.", ["Анна Котова", "Пётр Гусев"]),
    # one person only: no two sides told
    ("Подписание прошло по видеосвязи: министр Анна Котова находилась в Перми.", []),
    # the occasion is no subject: the colon clause tells something else
    ("Министр Анна Котова рассказала о подписании: министр Пётр Гусев был в Ижевске, "
     "губернатор Олег Ларин — в Москве.", []),
    # no colon
    ("Подписание прошло по видеосвязи, министр Анна Котова находилась в Перми, министр "
     "Пётр Гусев — в Ижевске.", []),
])
def test_occasion_colon_signers(models: Any, text: str, expected: list[str]) -> None:
    analysis = models.analyse(text)
    sent = ensure_parsed(analysis.sentences[0], models)
    found = signer_shapes.occasion_colon_signers(analysis, sent, lambda s: [], models)
    assert found == expected


BODY = ("Министерство социальной защиты Республики Карелия и Министерство труда и "
        "социального развития Мурманской области подписали соглашение о сотрудничестве. "
        "Ведомства будут вместе развивать сеть социальных гостиниц для жителей отдалённых "
        "посёлков.")
MORE = ("Стороны также договорились обмениваться специалистами для работы в "
        "домах-интернатах и проводить совместные семинары для социальных работников обоих "
        "регионов.")
HEADLINE = "Карелия и Мурманская область будут вместе развивать социальные гостиницы"
PAIR = ("министр социальной защиты Карелии Ольга Кондратьева и министр труда и "
        "социального развития Мурманской области Игорь Швецов")


def _report(caption: str) -> str:
    return f"{HEADLINE}\n\n{BODY}\n\n{caption}\n\n{MORE}\n"


@pytest.mark.slow
@pytest.mark.parametrize(("caption", "expected"), [
    (f"[Фото: {PAIR} после подписания соглашения]", [["Игорь Швецов", "Ольга Кондратьева"]]),
    (f"(На снимке: {PAIR} во время подписания)", [["Игорь Швецов", "Ольга Кондратьева"]]),
    ("[Фото: министр социальной защиты Карелии Ольга Кондратьева на встрече с ветеранами]",
     [[]]),
])
def test_bracketed_caption_names_signers(models: Any, caption: str,
                                         expected: list[list[str]]) -> None:
    assert signers_of(models, _report(caption), PUB) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    (f"[Фото: {PAIR} после подписания соглашения]", True),
    (f"(На фото: {PAIR} подписывают документ)", True),
    (f"На снимке: {PAIR} во время подписания", True),
    ("[Фото: пресс-служба Правительства Карелии]", False),  # a credit, no signing
    (f"[Видео: {PAIR} после подписания соглашения]", False),  # no caption label
])
def test_signing_caption(models: Any, text: str, expected: bool) -> None:
    sent = models.analyse(text).sentences[0]
    assert signing_caption(sent) is expected


# --- a duty to sign a planned agreement, the document hung on the modal ---------------

PLAN = ("Министерство социальной защиты Курской области направило в Министерство труда "
        "Белгородской области проект соглашения о сотрудничестве в сфере реабилитации. "
        "Белгородские коллеги изучают документ. ")


@pytest.mark.slow
@pytest.mark.parametrize(("duty", "expected"), [
    # the accusative object and the woman's modal
    ("Со стороны Белгородской области соглашение должна подписать министр труда "
     "Белгородской области Анна Котова.", [["Анна Котова"]]),
    # "документ" read as a nominative beside the animate subject
    ("Документ должен подписать заместитель губернатора Белгородской области Пётр Гусев.",
     [["Пётр Гусев"]]),
    # another paper: no signer of the agreement
    ("Со стороны Белгородской области приказ должна подписать министр труда Белгородской "
     "области Анна Котова.", [[]]),
    # no signing under the modal
    ("Соглашение должна одобрить министр труда Белгородской области Анна Котова.", [[]]),
])
def test_duty_to_sign_names_the_planned_signer(models: Any, duty: str,
                                               expected: list[list[str]]) -> None:
    assert signers_of(models, PLAN + duty, PUB, statuses=("planned",)) == expected


# --- an ordinal with the agreement noun left out opens a member's stretch --------------

COUNTED = ("Курская соцзащита подписала соглашения с Орлом и Брянском\n\n"
           "Министерство социального обеспечения Курской области в мае заключило сразу два "
           "соглашения о межрегиональном сотрудничестве.\n\n")
ORYOL = ("с министерством социальной защиты Орловской области. Подписи под документом "
         "поставили министр социального обеспечения Курской области Анна Котова и министр "
         "социальной защиты Орловской области Олег Гусев. Стороны будут обмениваться опытом "
         "по социальному контракту.\n\n")
BRYANSK = ("с департаментом семейной политики Брянской области. Его подписали Анна Котова и "
           "директор департамента семейной политики Брянской области Пётр Сухов. Документ "
           "касается людей с инвалидностью.\n")
BOTH = [["Анна Котова", "Олег Гусев"], ["Анна Котова", "Пётр Сухов"]]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # "Первое подписано ... с X", the second with its noun
    COUNTED + "Первое подписано 5 мая в Орле " + ORYOL +
    "Второе соглашение подписано 20 мая в Курске — " + BRYANSK,
    # both with a dash
    COUNTED + "Первое — " + ORYOL + "Второе — " + BRYANSK,
])
def test_elided_ordinals_split_the_signers(models: Any, text: str) -> None:
    assert signers_of(models, text, PUB) == BOTH


@pytest.mark.slow
@pytest.mark.parametrize(("text", "place"), [
    ("Первое подписано 5 мая в Орле с министерством.", 0),
    ("Второе — с департаментом семейной политики.", 1),
    ("Второе соглашение касается людей с инвалидностью.", 1),  # the noun written
    ("Первое время стороны обсуждали текст.", None),  # a noun of its own
    ("Первое, что нужно сделать, — подписать соглашение.", None),  # a comma
    ("Министр назвала первое подписанное соглашение важным.", None),  # not opening it
])
def test_ordinal_place(models: Any, text: str, place: int | None) -> None:
    from soccoop.extract.signers import _ordinal_place

    assert _ordinal_place(models.analyse(text).sentences[0]) == place
