"""agr51: agreements missed on rounds 54–59, each cause a small named pass.

- a side-less agreement that opens the sentence right after a signing of an unnamed paper
  ("Первыми подписи поставили министр X и министр Y. Соглашение между двумя ведомствами
  предусматривает ...") is that paper, signed, by those signers for their bodies:
  ``agreements.paper_signed_just_before``;
- an acronym spells a compound word by both its stems, the second after the linking vowel
  ("ДВФУ": "Дальне-восточный федеральный университет"), so a mention "с ДВФУ" joins the
  signing with the university named in full: ``normalize.compound_stems``,
  ``normalize.acronym_words``.
"""

from __future__ import annotations

import pytest
from probes import agreements_of, named_rows

from soccoop.extract.normalize import acronym_words, compound_stems

PUB = "2024-06-07"

SIGNED_JUST_BEFORE = named_rows([
    ("ministers_between_two_bodies",
     "Форум завершился подписанием нескольких соглашений.\n\nПервыми подписи поставили "
     "министр социальной защиты населения Томской области Ирина Смирнова и министр труда "
     "Новосибирской области Олег Лебедев. Соглашение между двумя ведомствами предусматривает "
     "обмен опытом.",
     {"Министерство социальной защиты населения Томской области",
      "Министерство труда Новосибирской области"}, {"Ирина Смирнова", "Олег Лебедев"}),
    ("signatures_under_a_document",
     "В Перми прошла встреча делегаций двух регионов.\n\n"
     "Министр социального развития Пермского края Павел Рогов и министр труда Кировской "
     "области Анна Зуева поставили подписи под документом. Соглашение между министерствами "
     "рассчитано на три года.",
     {"Министерство социального развития Пермского края",
      "Министерство труда Кировской области"}, {"Павел Рогов", "Анна Зуева"}),
])


@pytest.mark.parametrize("text,sides,signers", SIGNED_JUST_BEFORE)
def test_paper_signed_just_before_is_the_agreement(models, text, sides, signers):
    found = agreements_of(models, text, PUB)
    assert len(found) == 1
    a = found[0]
    assert a.status == "signed"
    assert {p.name for p in a.parties} == sides
    assert set(a.signatories) == signers


NOT_SIGNED_JUST_BEFORE = named_rows([
    # the sentence before signs a named paper of another kind: the agreement is only told
    ("another_paper_signed_before",
     "Губернатор Томской области Владимир Мазур подписал указ о мерах поддержки. "
     "Соглашение между ведомствами пока не заключено."),
    # the signatures are still to be put
    ("signatures_to_come",
     "Стороны согласовали проект. Подписи под ним поставят министр труда Томской области "
     "Ирина Смирнова и ректор Томского государственного университета Олег Серов. "
     "Соглашение между ведомствами даёт понятный механизм."),
    # the signing of a paper is planned, not done
    ("signing_planned",
     "Проект направлен на согласование сторонам. Подписать документ планируется в марте, "
     "сообщила министр труда Томской области Ирина Смирнова. Соглашение предусматривает "
     "обмен опытом."),
    # nobody signed anything just before

    ("no_signing_before",
     "Министр труда Томской области Ирина Смирнова провела совещание. Соглашение между "
     "ведомствами обсуждается."),
])


@pytest.mark.parametrize("text", NOT_SIGNED_JUST_BEFORE)
def test_no_signing_just_before_gives_no_signed_agreement(models, text):
    assert not any(a.status == "signed" for a in agreements_of(models, text, PUB))


@pytest.mark.parametrize("acronym,name,spelled", named_rows([
    ("compound_first_word", "ДВФУ", "Дальневосточный федеральный университет", 3),
    ("compound_not_needed", "ДФУ", "Дальневосточный федеральный университет", 3),
    # a suffix is no stem: "-нный" of "государственный" gives no piece
    ("suffix_no_stem", "ГНУ", "государственный научный", 0),
    ("letters_out_of_order", "ВДФУ", "Дальневосточный федеральный университет", 0),
]))
def test_acronym_spells_a_compound_by_its_stems(acronym, name, spelled):
    assert acronym_words(acronym, name.split()) == spelled


@pytest.mark.parametrize("word,stems", named_rows([
    ("far_eastern", "дальневосточный", True),
    ("no_linking_vowel", "казанский", False),
    ("suffix_only", "государственный", False),
]))
def test_compound_stems(word, stems):
    assert bool(compound_stems(word)) == stems


def test_acronym_mention_joins_the_signing_named_in_full(models):
    text = ("Итоги недели в социальной сфере\n\n"
            "На этой неделе — новое соглашение с ДВФУ и ярмарка вакансий.\n\n"
            "1. Соглашение с ДВФУ\n\n"
            "В понедельник, 3 июня, министр труда Приморского края Ольга Кравец и ректор "
            "Дальневосточного федерального университета Борис Шаров подписали соглашение о "
            "подготовке кадров.")
    found = agreements_of(models, text, PUB)
    assert len(found) == 1, [(a.status, [p.name for p in a.parties]) for a in found]
    assert "ДВФУ" not in {p.name for p in found[0].parties}


def test_signatures_under_the_agreement_named_before_are_no_new_paper(models):
    text = ("Итоги форума\n\n"
            "Главным итогом форума стало подписание соглашения между министерством труда "
            "Томской области и министерством труда Новосибирской области. Подписи поставили "
            "министр труда Томской области Ирина Смирнова и министр труда Новосибирской "
            "области Олег Лебедев. Соглашение касается обучения помощников по уходу.")
    found = agreements_of(models, text, PUB)
    assert len(found) == 1, [(a.status, [p.name for p in a.parties]) for a in found]
