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
from soccoop.extract.signers import namesake, signing_caption, unnamed_document_signing
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
    # sig44: the person after the namesake, in the nominative, is of the report
    ("Соглашение подписал ректор университета имени Виссариона Белинского Андрей Гуляков.",
     "Виссариона Белинского", True),
    ("Соглашение подписал ректор университета имени Виссариона Белинского Андрей Гуляков.",
     "Андрей Гуляков", False),
    ("Соглашение подписал ректор университета имени академика Ивана Павлова Олег Зуев.",
     "Олег Зуев", False),
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


# --- the one signing of a report, signatures naming no document -----------------------

SFR = ("Отделение Социального фонда России по Новосибирской области и министерство труда и "
       "социального развития Новосибирской области подписали соглашение об информационном "
       "взаимодействии. Теперь региональные пособия будут назначаться без лишних справок.")

ONE_SIGNING = [
    # the verb without an object, after the report
    (SFR + "\n\nПодписали управляющий отделением Игорь Щукин и министр Елена Бахарева.",
     [["Елена Бахарева", "Игорь Щукин"]]),
    # signatures told before the sentence naming the agreement
    ("Документ о взаимодействии в социальной сфере подписан накануне в Калуге.\n\nПодписи "
     "поставили министр труда Калужской области Павел Рябинин и председатель комитета Виктор "
     "Левченко.\n\nНовое соглашение между министерством труда Калужской области и "
     "Гомельским облисполкомом заключено в развитие прежнего.",
     [["Виктор Левченко", "Павел Рябинин"]]),
    # the document referred back to right after, the agreement's sentence naming two nouns
    ("Министерство социального развития Саратовской области и Министерство труда Пензенской "
     "области 3 марта подписали дополнительное соглашение к соглашению о сотрудничестве, "
     "заключенному в 2020 году. Документ подписали заместитель министра социального "
     "развития Саратовской области Инна Лазарева и первый заместитель министра труда "
     "Пензенской области Дмитрий Курмаев.", [["Дмитрий Курмаев", "Инна Лазарева"]]),
    # the record's sentence names a bare "документ"; the sentence between names the
    # agreement, no other paper
    ("Центр занятости населения Тульской области и многофункциональный центр Тульской "
     "области с 1 апреля начнут совместный прием граждан. Соответствующий документ был "
     "подписан 27 марта в здании министерства. Соглашением предусмотрено, что в офисах МФЦ "
     "будут организованы окна консультирования. Свои подписи поставили директор центра "
     "занятости Марина Лаврентьева и директор МФЦ Денис Ковалёв.",
     [["Денис Ковалёв", "Марина Лаврентьева"]]),
    # a second signing told after the first: the pass gives the first nothing
    (SFR + "\n\nВ тот же день правительство Омской области заключило соглашение с Омским "
     "государственным университетом.\n\nПодписали управляющий отделением Игорь Щукин и "
     "министр Елена Бахарева.", None),
    # another paper named: not the agreement's signatures
    (SFR + "\n\nПриказ подписали управляющий отделением Игорь Щукин и министр Елена "
     "Бахарева.", [[]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), ONE_SIGNING)
def test_one_signing_takes_signatures_naming_no_document(
        models: Any, text: str, expected: list[list[str]] | None) -> None:
    found = signers_of(models, text, PUB)
    if expected is None:
        assert len(found) == 2 and found[0] == []  # two signings: not the first's
    else:
        assert found == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("Подписали управляющий отделением Игорь Щукин и министр Елена Бахарева.", True),
    ("Подписи поставили министр Павел Рябинин и председатель комитета Виктор Левченко.",
     True),
    ("Соглашение подписали министр Павел Рябинин и председатель Виктор Левченко.", False),
    ("Его подписали министр Павел Рябинин и председатель Виктор Левченко.", False),
])
def test_unnamed_document_signing(models: Any, text: str, expected: bool) -> None:
    from soccoop.extract.lexicon import OTHER_DOCUMENTS, TRIGGERS

    sent = ensure_parsed(models.analyse(text).sentences[0], models)
    assert unnamed_document_signing(sent, TRIGGERS | OTHER_DOCUMENTS) is expected


# --- one who signed all the documents of an event, named once -------------------------

FORUM = ("На форуме «Социальный Нижний» подписаны три соглашения о сотрудничестве. Первым "
         "был подписан документ с Нижегородским университетом: со стороны вуза подпись "
         "поставил проректор Денис Колесов. Третье соглашение — межрегиональное. Его со "
         "стороны соседнего региона подписала министр социального развития Кировской "
         "области Лариса Шутова. ")

COLLECTIVE = [
    # named after the documents told one by one
    (FORUM + "Все три документа министр социальной политики Нижегородской области Ольга "
     "Бегунова подписала 11 сентября.", "Ольга Бегунова", True),
    # named before them
    ("На форуме подписаны два соглашения о сотрудничестве. Все документы от имени "
     "министерства подписал министр социальной политики Нижегородской области Ольга "
     "Бегунова. Первым был подписан документ с Нижегородским университетом: со стороны вуза "
     "подпись поставил проректор Денис Колесов. Соглашение с министерством социального "
     "развития Кировской области подписала министр Лариса Шутова.", "Ольга Бегунова", True),
    # a single document: no one named for all
    (FORUM + "Документ с университетом министр социальной политики Нижегородской области "
     "Ольга Бегунова подписала 11 сентября.", "Ольга Бегунова", False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "in_all"), COLLECTIVE)
def test_collective_signer_signs_each_document(models: Any, text: str, name: str,
                                               in_all: bool) -> None:
    groups = signers_of(models, text, PUB)
    assert len(groups) >= 2
    assert all(name in g for g in groups) is in_all
