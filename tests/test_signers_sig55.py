"""Signers of sig55: a gallery caption in the present tense tells the signing the picture
shows ("[Фото 1 из 3] Подписи под соглашением ставят министр X и ректор Y"). Probes are
written for this file."""

from __future__ import annotations

from typing import Any

import pytest
from probes import agreements_of, check_no_signers, signers_of

PUB = "2025-04-02"

GALLERY_CAPTIONS = [
    ("Сегодня в Вологде подписано соглашение о сотрудничестве между департаментом "
     "социальной защиты населения Вологодской области и Вологодским государственным "
     "университетом. Документ рассчитан на три года.\n\nСтуденты пройдут практику в "
     "центрах социального обслуживания.\n\n[Фото 1 из 3] Подписи под соглашением ставят "
     "начальник департамента социальной защиты населения Вологодской области Лариса "
     "Каманина и ректор ВоГУ Игорь Кудрин.\n[Фото 2 из 3] Участники встречи",
     ["Игорь Кудрин", "Лариса Каманина"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), GALLERY_CAPTIONS)
def test_present_tense_caption_names_signers(models: Any, text: str,
                                             expected: list[str]) -> None:
    assert signers_of(models, text, PUB) == [sorted(expected)]


PRESENT_OUTSIDE_CAPTION = [
    # no caption: the present tense of an ordinary sentence keeps its reading (the
    # signatures are only promised, the agreement is not told as signed by this sentence)
    ("Подписи под соглашением о сотрудничестве с центром занятости министр труда Ольга "
     "Белякова ставит только после согласования текста с юристами."),
]


@pytest.mark.slow
@pytest.mark.parametrize("text", PRESENT_OUTSIDE_CAPTION)
def test_present_tense_outside_caption_not_signed(models: Any, text: str) -> None:
    assert all(a.status != "signed" for a in agreements_of(models, text, PUB))



# --- the speaker of a first-person signing quote signs for their side, however far the
# --- quote stands after the report (within SIDE_QUOTE_REACH sentences)

SIDE_QUOTES = [
    ("Департамент социальной защиты населения Ивановской области и компания «ТекстильПром» "
     "заключили соглашение о трудоустройстве людей с инвалидностью. Документ подписали в "
     "Иванове.\n\nКомпания выпускает спецодежду. Сейчас на фабрике работают 20 человек с "
     "инвалидностью. По соглашению фабрика создаст ещё 15 рабочих мест.\n\n«Я подписал "
     "соглашение и отвечаю за эти места», — сказал генеральный директор ООО «ТекстильПром» "
     "Андрей Белов.\n\n«Подписывая этот документ, мы обещаем сопровождать каждого "
     "работника», — отметила директор департамента социальной защиты населения Ивановской "
     "области Елена Сорокина.",
     ["Андрей Белов", "Елена Сорокина"]),
    ("Министерство социальной политики Калининградской области и фонд «Опора» заключили "
     "соглашение о сотрудничестве. Фонд будет помогать семьям участников СВО. Первые "
     "консультации пройдут в мае. Фонд работает в регионе пять лет. Волонтёры фонда "
     "навещают ветеранов.\n\n«Подписав соглашение, мы получили надёжного партнёра», — "
     "сказала министр социальной политики Калининградской области Алла Зайцева.",
     ["Алла Зайцева"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), SIDE_QUOTES)
def test_side_quote_speaker_signs(models: Any, text: str, expected: list[str]) -> None:
    assert signers_of(models, text, PUB) == [sorted(expected)]


SIDE_QUOTE_NEGATIVES = [
    # the gerund hangs on a verb of the third person: the speaker tells the sides' view
    ("Министерство социальной политики Калининградской области и фонд «Опора» заключили "
     "соглашение о сотрудничестве. Фонд будет помогать семьям участников СВО. Первые "
     "консультации пройдут в мае. Фонд работает в регионе пять лет.\n\n«Подписывая такие "
     "документы, стороны берут на себя серьёзные обязательства», — сказал депутат "
     "областной думы Олег Смирнов.", {"Олег Смирнов"}),
    # many documents signed at once: which one is not said
    ("Министерство социальной политики Калининградской области и фонд «Опора» заключили "
     "соглашение о сотрудничестве. Фонд будет помогать семьям участников СВО. Первые "
     "консультации пройдут в мае. Фонд работает в регионе пять лет.\n\n«За год мы подписали "
     "двенадцать соглашений с некоммерческими организациями», — сказал заместитель министра "
     "Олег Смирнов.", {"Олег Смирнов"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "not_signers"), SIDE_QUOTE_NEGATIVES)
def test_side_quote_not_first_person(models: Any, text: str, not_signers: set[str]) -> None:
    check_no_signers(models, text, PUB, not_signers)
