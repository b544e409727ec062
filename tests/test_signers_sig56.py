"""Signatories of sig56, probes written for this file (not copied from any round).

* A head post may carry a qualifying adjective before it ("генеральный директор",
  "исполнительный директор"): its holder heads the body, so "руководители ведомства и
  компании" can stand for him; a department's "начальник отдела" named later in a quote
  attribution is then not the only other head (``signers.heads_body``).
* A name of initials and a surname that the NER tagged, exactly, as a body is a person
  (``signers.untagged_names``).
* A record read from a signing caption itself names its sides there by definition, so it
  does not take the caption's signers from the agreement reported above
  (``coreference.caption_of_its_sides``).
* A colon or a semicolon opens an explanatory clause with a finite verb of its own whose
  subject does not sign ("подписала исполняющая обязанности министра X: министр Y в эти
  дни в отпуске", ``signers.dash_clause_subject``).
* A sentence naming exactly one "документ о сотрудничестве" and no other agreement noun
  names a single agreement, so "Его подписали X и Y" right after it gives its signers
  (``candidate_signers._single_agreement``).
* A lone surname after a post ("глава района Сомов"), tagged a place there and a person
  elsewhere in the text, is a person and signs as written (``signers._person_elsewhere``,
  ``signers.apposed_name``, ``signers.outer_post_name`` for "глава" read inanimate).
* "со стороны X" under the object of a future signing is a side phrase, not a partner:
  "Соглашение со стороны области подпишет министр X" announces the planned agreement's
  signer (``signer_shapes._back_object``, ``_side_phrase``).
"""

from __future__ import annotations

from typing import Any

import pytest
from probes import parsed_analysis, signer_surnames

from soccoop.extract.nlp import NerSpan
from soccoop.extract.signers import heads_body, untagged_names
from soccoop.models import Evidence, Official

PUB = "2024-04-12"


def _official(position: str) -> Official:
    return Official("Анна Котова", position, None, None, Evidence("Анна Котова", 0, 11))


HEADS = [
    ("министр", True),
    ("генеральный директор", True),
    ("исполнительный директор", True),
    ("заместитель директора", False),
    ("первый заместитель министра", False),
    ("главный специалист", False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("position", "expected"), HEADS)
def test_heads_body_reads_a_qualifying_adjective(models: Any, position: str,
                                                 expected: bool) -> None:
    assert heads_body(_official(position), models) is expected


SIGNED = [
    # the plural heads stand for the two heads of the caption, not for a department's head
    ("heads", "В Сургуте подписано соглашение о сотрудничестве между департаментом "
     "социального развития Югры и АО «Сургутские сети». Документ подписали руководители "
     "ведомства и компании.\n\n[Фото]\nДиректор департамента социального развития Югры "
     "Мария Соколова и генеральный директор АО «Сургутские сети» Павел Гусев после "
     "подписания соглашения. Фото: пресс-служба департамента\n\nКомпания создаст десять "
     "рабочих мест для людей с инвалидностью.\n\n«Мы подбираем людей под конкретные "
     "задачи», – пояснила начальник отдела трудоустройства центра занятости Сургута Ольга "
     "Литвинова.\n", [["гусев", "соколова"]]),
    # the minister away is told after a colon: the acting minister signs
    ("colon", "В четверг в Хабаровске министерство социальной защиты Хабаровского края и "
     "краевая организация Всероссийского общества слепых подписали соглашение о "
     "сотрудничестве. От министерства документ подписала исполняющая обязанности министра "
     "Анна Котова: министр Олег Сидоров в эти дни находится в отпуске. Со стороны "
     "общественной организации подпись поставил ее председатель Иван Белов.\n",
     [["белов", "котова"]]),
    # "документ о сотрудничестве" is the one agreement "Его" refers back to
    ("cooperation document", "Псковская область и Карелия подписали пакет соглашений. По "
     "итогам визита подписаны два соглашения. Первым был подписан документ о сотрудничестве "
     "между комитетом по социальной защите Псковской области и Министерством социальной "
     "защиты Республики Карелия. Его подписали председатель комитета Олег Ларин и министр "
     "социальной защиты Карелии Анна Гусева. Соглашение предусматривает обмен опытом. Второе "
     "соглашение заключили Псковский государственный университет и Петрозаводский "
     "государственный университет. Подписи поставили ректор Псковского университета Игорь "
     "Павлов и ректор Петрозаводского университета Мария Белова.\n",
     # round 60: "подписаны два соглашения" and "Первым был подписан документ" are one
     # record, no umbrella record of the two regions besides it
     [["гусева", "ларин"], ["белова", "павлов"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "text", "expected"), SIGNED, ids=[r[0] for r in SIGNED])
def test_signers_sig56(models: Any, name: str, text: str,
                       expected: list[list[str]]) -> None:
    assert signer_surnames(models, text, published=PUB) == expected


def test_lone_surname_after_a_post_signs(models: Any) -> None:
    """"Сомов" is tagged a place in the signing sentence and a person in the quote's
    attribution: the head of the district signs with the director."""
    text = ("В минувший четверг в администрации района глава района Сомов и директор центра "
            "занятости Лапина подписали соглашение о временном трудоустройстве подростков. "
            "Подростки будут работать в школах и на благоустройстве. «Для ребят это первый "
            "заработок», — отметил Сомов.\n")
    found = signer_surnames(models, text, published=PUB)
    assert len(found) == 1 and "сомов" in found[0]


CAPTION_BASE = (
    "Новости района\n\n12 апреля 2024 г.\n\nСтуденты помогут пожилым жителям района\n\n"
    "Чурапчинский комплексный центр социального обслуживания населения и Арктический "
    "государственный агротехнологический университет заключили соглашение о "
    "сотрудничестве. Документ подписан 10 апреля в Чурапче, в зале центра.\n\nСогласно "
    "соглашению, студенты Института ветеринарной медицины АГАТУ будут проходить в центре "
    "практику и помогать одиноким пожилым людям.\n\n[Фото] На снимке: {} подписывают "
    "соглашение. Фото автора.\n\n«Наши бабушки и дедушки очень ждут студентов», — говорит "
    "Туйара Семеновна.\n")

CAPTIONS = [
    "директор КЦСОН Туйара Семеновна Иванова и директор Института ветеринарной медицины "
    "АГАТУ П. Н. Николаев",
    "директор КЦСОН Туйара Иванова и директор Института ветеринарной медицины Петр Николаев",
]


@pytest.mark.slow
@pytest.mark.parametrize("caption", CAPTIONS)
def test_caption_below_the_report_keeps_its_signers(models: Any, caption: str) -> None:
    """The agreement reported above (the first record) keeps the caption's signers; the
    caption's own record does not take them away."""
    found = signer_surnames(models, CAPTION_BASE.format(caption), published=PUB)
    assert found and found[0] == ["иванова", "николаев"]


INITIALS = [
    ("Документ подписали директор пермского департамента И. Галиуллина и директор "
     "свердловского ведомства С. Кравец.", "И. Галиуллина"),
    ("Соглашение подписали министр Татарстана Э. Зарипова и министр Чувашии А. Ахмадуллина.",
     "А. Ахмадуллина"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name"), INITIALS)
def test_initials_tagged_as_a_body_are_a_person(models: Any, text: str, name: str) -> None:
    """The NER's mistake is simulated: the person's span is turned into a body's; the
    name of initials and a surname is still read as a person."""
    analysis = parsed_analysis(models, text)
    span = next(s for s in analysis.spans if s.text == name)
    analysis.spans[analysis.spans.index(span)] = NerSpan("ORG", span.start, span.stop,
                                                         span.text)
    sent = analysis.sentences[0]
    found = [s.text for s in untagged_names(analysis, sent)]
    assert name in found


PLANNED = [
    # the side phrases say whose signer follows; the object is still the planned agreement
    ("Подписание соглашения о сотрудничестве между министерством социальной защиты Омской "
     "области и министерством труда Республики Алтай, намеченное на 5 декабря, переносится. "
     "Новая дата будет согласована позднее. Соглашение со стороны Омской области подпишет "
     "министр труда и социального развития Владимир Куприянов, со стороны Республики Алтай – "
     "министр труда Елена Чепкина. Текст документа согласован.\n",
     [["куприянов", "чепкина"]]),
    ("Министерство социальной защиты Омской области и министерство труда Республики Алтай "
     "подпишут соглашение о сотрудничестве в декабре. Соглашение со стороны Омской области "
     "подпишет министр Владимир Куприянов.\n", [["куприянов"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), PLANNED)
def test_side_phrase_keeps_the_planned_object(models: Any, text: str,
                                              expected: list[list[str]]) -> None:
    assert signer_surnames(models, text, ("planned",), published="2024-11-27") == expected
