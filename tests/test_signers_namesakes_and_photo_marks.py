"""Signatories on unseen news (sig42): a name an institution bears after "имени"/"им."
("университет им. М.К. Аммосова", "имени первого Президента России Б.Н. Ельцина") is
nobody who signed, while "от имени министерства подписал X" keeps X; a photo caption whose
label follows a bracketed mark of a picture ("[Фото] На фото (слева направо): ...") is read
as any caption. Probes are written for this file; the negatives sign on behalf of a body,
name a caption of something else or no caption label."""

from __future__ import annotations

from typing import Any

import pytest
from probes import signers_of

from soccoop.extract.nlp import NerSpan
from soccoop.extract.signers import namesake, signing_caption
from soccoop.extract.syntax import ensure_parsed

PUB = "2025-11-26"


# --- a name an institution bears -----------------------------------------------------

NAMESAKES = [
    # initials and surname after "им."
    ("Министерство труда Республики Саха (Якутия) подписало соглашение с Северо-Восточным "
     "федеральным университетом им. М.К. Аммосова. Документ подписали министр Вадим "
     "Алексеев и ректор университета Анатолий Николаев.",
     "Аммосов", {"Вадим Алексеев", "Анатолий Николаев"}),
    # a post's phrase between "имени" and the name
    ("В Екатеринбурге подписано соглашение между Министерством социальной политики "
     "Свердловской области и Уральским федеральным университетом имени первого Президента "
     "России Б.Н. Ельцина. Документ подписали министр Елена Стрельцова и проректор Сергей "
     "Лукин.", "Ельцин", {"Елена Стрельцова", "Сергей Лукин"}),
    # a full name after "имени", the university a subject of the signing
    ("Ярославский государственный университет имени Павла Демидова и министерство труда "
     "Ярославской области подписали соглашение о сотрудничестве. Подписи поставили "
     "проректор Андрей Носков и министр Лариса Бойко.",
     "Демидов", {"Андрей Носков", "Лариса Бойко"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "bearer", "signers"), NAMESAKES)
def test_namesake_of_an_institution_signs_nothing(models: Any, text: str, bearer: str,
                                                  signers: set[str]) -> None:
    found = {n for group in signers_of(models, text, PUB) for n in group}
    assert signers <= found
    assert not any(bearer in n for n in found)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Соглашение подписано с университетом им. М.К. Аммосова.", "М.К. Аммосова", True),
    ("Соглашение подписано с университетом имени академика Ивана Павлова.", "Ивана Павлова",
     True),
    # on behalf of: the person himself
    ("Соглашение от имени Ивана Петрова подписал его заместитель.", "Ивана Петрова", False),
    # "им" the pronoun, no full stop: not an institution's name
    ("Соглашение подписали главы районов, помогал им Иван Петров.", "Иван Петров", False),
])
def test_namesake(models: Any, text: str, name: str, expected: bool) -> None:
    sent = ensure_parsed(models.analyse(text).sentences[0], models)
    start = text.index(name)
    span = NerSpan("PER", start, start + len(name), name)
    assert namesake(sent, span) is expected


@pytest.mark.slow
def test_on_behalf_of_a_body_keeps_the_signer(models: Any) -> None:
    text = ("Министерство труда Республики Саха (Якутия) подписало соглашение с фондом "
            "«Защитники Отечества». От имени министерства документ подписал министр Вадим "
            "Алексеев.")
    assert "Вадим Алексеев" in {n for group in signers_of(models, text, PUB) for n in group}


# --- a caption after a bracketed mark of a picture ------------------------------------

PAIR = "директор АНО «Вместе» Т.Кудряшова и директор КЦСОН Октябрьского района Н.Ромашкин"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    (f"[Фото] На фото (слева направо): {PAIR} во время подписания соглашения.", True),
    (f"(Фото) На снимке: {PAIR} подписывают соглашение.", True),
    ("[Фото] На фото: участники ярмарки вакансий.", False),  # no signing
    (f"[Видео] В кадре: {PAIR} во время подписания соглашения.", False),  # no caption label
])
def test_caption_after_a_picture_mark(models: Any, text: str, expected: bool) -> None:
    sent = models.analyse(text).sentences[0]
    assert signing_caption(sent) is expected


@pytest.mark.slow
def test_caption_after_a_picture_mark_names_the_signers(models: Any) -> None:
    text = ("Третье соглашение заключили автономная некоммерческая организация «Вместе» и "
            "Комплексный центр социального обслуживания населения Октябрьского района. Они "
            "будут вместе сопровождать семьи с детьми.\n\n"
            f"[Фото] На фото (слева направо): {PAIR} во время подписания соглашения.\n")
    assert signers_of(models, text, PUB) == [["Н. Ромашкин", "Т. Кудряшова"]]


# --- a name the parser hung on the post's body ------------------------------------------

BODY_POSTS = [
    # a rare first name, the tagger's span a place's, the name hung on "филиала"
    ("Министерство труда Республики Саха (Якутия) подписало соглашение с фондом «Защитники "
     "Отечества».\n\nСоглашение с фондом «Защитники Отечества» подписала руководитель "
     "якутского филиала Сардана Николаева. Оно предусматривает обмен данными о ветеранах.",
     {"Сардана Николаева"}),
    # the visit's guest in the genitive is the visit's, not a signer
    ("Соглашение между Министерством труда Республики Саха (Якутия) и фондом «Защитники "
     "Отечества» было подписано в ходе визита руководителя филиала Ивана Петрова.", set()),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), BODY_POSTS)
def test_name_hung_on_the_posts_body_signs(models: Any, text: str,
                                           expected: set[str]) -> None:
    assert {n for group in signers_of(models, text, PUB) for n in group} == expected
