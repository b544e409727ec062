"""Signatories of sig48, probes written for this file (not copied from any round).

* A counted plural post ("руководители обоих ведомств") signing a document whose own
  predicate the parser lost ("документ ... скрепили подписями ..." with "скрепили" read
  as an adjective): the two heads named before stand for it (``agreements._post_signer``).
* A caption's mark before a closing bracket is no part of the name the NER ran over it:
  "[Фото] А. Ковалёва и ..." gives "Анна Ковалёва", never "Фото Ковалёв"
  (``person_names.after_bracket``).
* A planned signing announced with a perfective verb the tagger read as a present
  ("Документ скрепят своими подписями министр X и ректор Y"): a future
  (``signing_ahead.perfective_present_read``, tidy55; ``signer_shapes._perfective_present``
  before), and an animate passive subject of an active finite verb is its signer
  (``signer_shapes._animate_passive_subjects``).
* "Документ скрепили подписями руководители ведомства и вуза" with the two heads shown
  by a photo caption of the signing further on ("На фото: министр X и ректор Y после
  подписания соглашения"): those two (``signers.caption_heads``).
* One who was to sign, in a sentence telling who signed instead ("Ожидалось, что документ
  подпишет министр X, однако подпись поставил её заместитель Y") is no signer
  (``signers.superseded_signer``).
"""

from __future__ import annotations

from typing import Any

import pytest
from probes import check_no_signers, signers_of

from soccoop.extract.nlp import Token

PUB = "2025-05-22"

# two ministers named at a visit, the signing told by "руководители обоих ведомств"
VISIT = (
    "Томская и Кемеровская области объединят усилия в помощи семьям участников СВО\n\n"
    "ТОМСК, 14 апреля. В Томск с рабочим визитом прибыла делегация Кемеровской области во "
    "главе с министром социальной защиты населения Кузбасса Еленой Воронцовой. Гостей "
    "встретил министр социальной защиты Томской области Олег Лазарев.\n\n"
    "Днем в областном министерстве прошла рабочая встреча. Обсуждали, как организовать "
    "отдых детей из семей военнослужащих и как вместе обучать специалистов.\n\n")
SEALED = ("По итогам встречи документ о межрегиональном сотрудничестве в сфере социальной "
          "защиты населения скрепили подписями руководители обоих ведомств. Соглашение "
          "заключено на пять лет.")

BOTH_HEADS = [
    (VISIT + SEALED, [["Елена Воронцова", "Олег Лазарев"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), BOTH_HEADS)
def test_heads_of_both_bodies_sign(models: Any, text: str, expected: list[list[str]]) -> None:
    assert signers_of(models, text, PUB) == expected


BOTH_HEADS_NOT = [
    # a third head named before: "обоих" cannot tell which two
    (VISIT.replace("Днем", "Министр здравоохранения Томской области Игорь Шаров провёл "
                   "для гостей экскурсию. Днем") + SEALED,
     {"Елена Воронцова", "Олег Лазарев", "Игорь Шаров"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "not_signers"), BOTH_HEADS_NOT)
def test_heads_of_both_bodies_ambiguous(models: Any, text: str, not_signers: set[str]) -> None:
    check_no_signers(models, text, PUB, not_signers)


CAPTION_BODY = (
    "Сегодня в Оренбурге подписано соглашение о сотрудничестве между Министерством "
    "социального развития Оренбургской области и Оренбургским государственным "
    "университетом.\n\n")
CAPTION_AFTER = (
    "\n\nПо словам министра социального развития Оренбургской области Анны Ковалёвой, "
    "региону нужны молодые специалисты. Ректор ОГУ Сергей Мирошников напомнил, что "
    "кафедра социальной работы открылась в 2019 году.")

CAPTIONS = [
    (CAPTION_BODY + "[Фото] А. Ковалёва и С. Мирошников ставят подписи под соглашением. "
     "Фото пресс-службы министерства" + CAPTION_AFTER,
     [["Анна Ковалёва", "Сергей Мирошников"]]),
    (CAPTION_BODY + "(фото) А. Ковалёва и С. Мирошников подписывают соглашение." +
     CAPTION_AFTER, [["Анна Ковалёва", "Сергей Мирошников"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), CAPTIONS)
def test_caption_mark_is_no_name(models: Any, text: str, expected: list[list[str]]) -> None:
    found = signers_of(models, text, PUB)
    assert found == expected
    assert not any(n.startswith(("Фото", "фото")) for group in found for n in group)


PLANNED = (
    "Министерство социального развития Оренбургской области и Оренбургский "
    "государственный университет подпишут соглашение о подготовке социальных работников. ")

ANNOUNCED = [
    (PLANNED + "Документ скрепят своими подписями министр социального развития "
     "Оренбургской области Анна Ковалёва и ректор ОГУ Сергей Мирошников.",
     [["Анна Ковалёва", "Сергей Мирошников"]]),
    (PLANNED + "Документ скрепят подписями ректор ОГУ Сергей Мирошников и министр "
     "социального развития Оренбургской области Анна Ковалёва.",
     [["Анна Ковалёва", "Сергей Мирошников"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), ANNOUNCED)
def test_perfective_announces_signers(models: Any, text: str,
                                      expected: list[list[str]]) -> None:
    assert signers_of(models, text, PUB, ("planned",)) == expected


PRESENTS = [
    # (word, tagged tense, is a perfective future)
    ("скрепят", "Pres", True),   # "скрепить" has no present
    ("подпишут", "Pres", True),
    ("подписывают", "Pres", False),  # imperfective: a present
    ("ставят", "Pres", False),
    ("скрепили", "Past", False),  # a past is no present to reread
]


@pytest.mark.slow
@pytest.mark.parametrize(("word", "tense", "future"), PRESENTS)
def test_perfective_present(models: Any, word: str, tense: str, future: bool) -> None:
    tok = Token(word, 0, len(word), "VERB", {"Tense": tense, "VerbForm": "Fin"}, word)
    from soccoop.extract.signing_ahead import perfective_present_read

    assert perfective_present_read(tok, models) is future


HEADS_BODY = (
    "Сегодня в главном корпусе Оренбургского государственного университета подписано "
    "соглашение о сотрудничестве между министерством социального развития Оренбургской "
    "области и университетом. Документ скрепили подписями руководители ведомства и "
    "вуза.\n\nСоглашение рассчитано на три года. Студенты будут проходить практику в "
    "центрах социального обслуживания.\n\n")
# an earlier agreement told between the signing and the caption
EARLIER = ("Напомним, ранее министерство заключило похожее соглашение с Оренбургским "
           "медицинским колледжем.\n\n")
HEADS_TWO = ("министр социального развития Оренбургской области Анна Ковалёва и ректор ОГУ "
             "Сергей Мирошников")

CAPTION_HEADS = [
    (HEADS_BODY + "На фото: " + HEADS_TWO + " после подписания соглашения.",
     [["Анна Ковалёва", "Сергей Мирошников"]]),
    (HEADS_BODY + EARLIER + "На фото: " + HEADS_TWO + " после подписания соглашения.",
     [["Анна Ковалёва", "Сергей Мирошников"]]),
    (HEADS_BODY + "На снимке: " + HEADS_TWO + " во время подписания документа.",
     [["Анна Ковалёва", "Сергей Мирошников"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), CAPTION_HEADS)
def test_caption_shows_the_heads(models: Any, text: str, expected: list[list[str]]) -> None:
    # the first signed agreement is the one signed; an earlier one told after it has none
    assert signers_of(models, text, PUB)[:1] == expected


CAPTION_HEADS_NOT = [
    # the caption shows another occasion, no signing
    (HEADS_BODY + "На фото: " + HEADS_TWO + " на открытии учебной лаборатории.",
     {"Анна Ковалёва", "Сергей Мирошников"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "not_signers"), CAPTION_HEADS_NOT)
def test_caption_heads_not_read(models: Any, text: str, not_signers: set[str]) -> None:
    check_no_signers(models, text, PUB, not_signers)


INSTEAD = (
    "Министерство труда и социальной защиты Омской области и Омская областная организация "
    "Всероссийского общества глухих заключили соглашение о сотрудничестве. ")

SUPERSEDED = [
    (INSTEAD + "Ожидалось, что документ подпишет министр труда и социальной защиты Омской "
     "области Ирина Лукина, однако из-за болезни подпись под соглашением поставил её "
     "заместитель Олег Вострецов.", "Ирина Лукина", "Олег Вострецов"),
    (INSTEAD + "Предполагалось, что соглашение подпишет министр труда и социальной защиты "
     "Омской области Ирина Лукина, но документ подписал её первый заместитель Олег "
     "Вострецов.", "Ирина Лукина", "Олег Вострецов"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "was_to_sign", "signed"), SUPERSEDED)
def test_superseded_signer(models: Any, text: str, was_to_sign: str, signed: str) -> None:
    found = {n for group in signers_of(models, text, PUB) for n in group}
    assert signed in found
    assert was_to_sign not in found
