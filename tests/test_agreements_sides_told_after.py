"""agr46: sides an agreement's own sentence leaves unnamed, told around it, and mentions
that name no side of their own.

- the sides told by the next sentences as the agreement's participants, drafters or those
  it unites ("Его участниками стали ...", "Его подготовят ...", "Документ объединяет
  усилия ..."): ``agreements.participants_told_next``;
- the body of the official who discusses a plan ("Министр ... обсудил с коллегами проект
  соглашения"): ``agreements.official_actor_body``;
- a "с" partner named by its kind noun alone ("Соглашение с фондом ...") is the body of that
  kind named just before: ``agreements.partner_named_before``;
- a "с" partner the parser hangs inside the agreement's name: ``agreements.topic_partner``;
- the subjects between the agreement's name and its verb ("Соглашение о ... министерство X
  и департамент Y заключили"): ``agreements.subjects_after_name``;
- a province of another state with its state's name, the partner of talks ("с коллегами из
  Гродненской области Беларуси"): ``agreements._foreign_area``, ``agreements.origin_party``;
- what is no side: a word that only refers to a body ("директор ведомства",
  ``agreements.anaphoric_body``), a venue in a "с" list ("... и реабилитация в Норильске"),
  anyone who signs a contract for himself ("те, кто заключит договор",
  ``agreements._private_subject``);
- one body written with acronyms and in full: ``normalize.acronym_quoted_variant``.
"""

from __future__ import annotations

import pytest
from probes import agreements_of, hand_parsed, named_rows, side_names

from soccoop.extract.agreements import topic_partner
from soccoop.extract.normalize import acronym_quoted_variant

PUB = "2025-04-10"


TOLD_AFTER = [
    ("participants",
     "Четыре организации Ханты-Мансийска объединили усилия\n\n"
     "Ханты-Мансийск, 3 апреля. Четырехстороннее соглашение о содействии занятости граждан "
     "с инвалидностью подписано накануне в окружной столице. Его участниками стали "
     "департамент труда и занятости населения Ханты-Мансийского автономного округа – Югры, "
     "Отделение Социального фонда России по Ханты-Мансийскому автономному округу – Югре, "
     "окружная организация Всероссийского общества слепых и Ассоциация «Деловая Югра».\n\n"
     "От департамента соглашение подписал директор ведомства Иван Сидоров.",
     "signed", {"Ассоциация «Деловая Югра»"}),
    ("drafters",
     "Стороны договорились о трехстороннем соглашении по поддержке семей с детьми. Его "
     "подготовят министерство социальной защиты Тульской области, Тульская областная "
     "федерация профсоюзов и Союз промышленников Тульской области. Подписать документ "
     "планируется в июне.",
     "planned", {"Министерство социальной защиты Тульской области",
                 "Союз промышленников Тульской области"}),
    ("united",
     "В Калуге подписано трехстороннее соглашение о сопровождаемом трудоустройстве. "
     "Свои подписи под документом поставили руководители трех организаций. Документ "
     "объединяет усилия Министерства труда Калужской области, Калужского государственного "
     "университета и АО «Калужский завод».",
     "signed", {"Министерство труда Калужской области", "АО «Калужский завод»"}),
]


@pytest.mark.parametrize("text, status, some_sides", named_rows(TOLD_AFTER))
def test_sides_told_by_the_next_sentences(models, text, status, some_sides):
    found = [a for a in agreements_of(models, text, PUB) if a.status == status]
    assert len(found) == 1
    assert some_sides <= side_names(found[0]), side_names(found[0])


def test_sides_of_several_agreements_are_not_one_agreements(models):
    # a counted noun: its sides are shared out one partner per agreement, not all to one
    text = ("Вчера были подписаны два соглашения о взаимодействии. Сторонами документов "
            "выступили Министерство труда Тверской области с одной стороны и Тверской "
            "государственный университет, а также Тверской медицинский колледж — с другой.")
    found = agreements_of(models, text, PUB)
    assert all(len(a.parties) <= 2 for a in found), [side_names(a) for a in found]


def test_official_who_discusses_a_plan_gives_his_body(models):
    text = ("Министр труда и социальной защиты Республики Калмыкия Олег Бадмаев обсудил с "
            "астраханскими коллегами проект соглашения о межрегиональном сотрудничестве. "
            "Стороны договорились подписать его до конца года.")
    found = [a for a in agreements_of(models, text, PUB) if a.status == "planned"]
    assert len(found) == 1
    regions = {p.region for p in found[0].parties}
    assert {"RU-KL", "RU-AST"} <= regions, [(p.name, p.region) for p in found[0].parties]


def test_partner_named_by_its_kind_is_the_body_named_before(models):
    text = ("Первое соглашение министерство социальной защиты Пензенской области подписало с "
            "автономной некоммерческой организацией «Вместе». Вторым партнером министерства "
            "стал благотворительный фонд «Солнечный круг». Соглашение с фондом подписала "
            "также министр Анна Белова.")
    found = agreements_of(models, text, PUB)
    assert any("Благотворительный фонд «Солнечный круг»" in side_names(a) for a in found), \
        [side_names(a) for a in found]
    assert len(found) == 2


SHAPES = [
    ("a foreign province with its state",
     "— Да, с коллегами из Гродненской области Беларуси мы обсуждаем меморандум о "
     "взаимодействии в сфере трудовой миграции.",
     "Гродненская область Беларуси"),
]


@pytest.mark.parametrize("text, side", named_rows(SHAPES))
def test_sides_in_shapes_the_other_passes_miss(models, text, side):
    found = agreements_of(models, text, PUB)
    assert any(side in side_names(a) for a in found), [side_names(a) for a in found]


NO_SIDE = [
    ("a word referring to a body",
     "От департамента занятости соглашение подписала директор ведомства Анна Петрова.",
     "ведомство"),
    ("a venue in a list after the partner",
     "Главное в социальной сфере Иркутской области за неделю: соглашения с соседями, новые "
     "выплаты и реабилитация в Братске\n\n"
     "В этом выпуске — два подписанных соглашения и новое отделение реабилитации.\n\n"
     "1. Иркутск и Улан-Удэ будут вместе поддерживать пожилых\n\n"
     "Во вторник в Улан-Удэ подписано соглашение о сотрудничестве между министерством "
     "социального развития Иркутской области и Министерством социальной защиты населения "
     "Республики Бурятия.",
     "Братск"),
]


@pytest.mark.parametrize("text, word", named_rows(NO_SIDE))
def test_no_side(models, text, word):
    found = agreements_of(models, text, PUB)
    assert not any(word in side_names(a) for a in found), [side_names(a) for a in found]


def test_anyone_signing_a_contract_is_no_agreement(models):
    text = ("Для тех, кто заключит договор о целевом обучении, предусмотрена ежемесячная "
            "доплата к стипендии.")
    assert agreements_of(models, text, PUB) == []


ACRONYMS = [
    ("legal form and name", "ГКУ НСО «ЦЗН Новосибирска»",
     "Государственное казённое учреждение Новосибирской области «Центр занятости населения "
     "города Новосибирска»", True),
    ("name alone", "КУ Омской области «ЦЗН»",
     "Казенное учреждение Омской области «Центр занятости населения Омской области»", True),
    ("another district", "ГКУ «ЦЗН Ленинского района»",
     "Государственное казенное учреждение «Центр занятости населения Кировского района»",
     False),
    ("another legal form", "ООО «ЦЗН»",
     "Государственное казенное учреждение «Центр занятости населения»", False),
    ("no quoted name", "Омский государственный университет",
     "Омский государственный педагогический университет", False),
]


@pytest.mark.parametrize("a, b, same", named_rows(ACRONYMS))
def test_acronym_quoted_variant(a, b, same):
    assert acronym_quoted_variant(a, b) is same
    assert acronym_quoted_variant(b, a) is same


def _topic_sentence(partner_lemma: str, partner_case: str) -> object:
    # "соглашение о подготовке кадров с X колледжем", the parser hanging "с X" on "кадров"
    return hand_parsed(
        ("соглашение", "соглашение", "NOUN", "obj", -1, {"Case": "Acc"}),
        ("о", "о", "ADP", "case", 2, {}),
        ("подготовке", "подготовка", "NOUN", "nmod", 0, {"Case": "Loc"}),
        ("кадров", "кадр", "NOUN", "nmod", 2, {"Case": "Gen"}),
        ("с", "с", "ADP", "case", 6, {}),
        ("Тамбовским", "тамбовский", "ADJ", "amod", 6, {"Case": partner_case}),
        ("партнёром", partner_lemma, "NOUN", "nmod", 3, {"Case": partner_case}),
    )


@pytest.mark.parametrize("lemma, case, found", [
    ("колледж", "Ins", 6),  # a body's head noun in the instrumental: the partner
    ("опыт", "Ins", None),  # "с опытом": no body
    ("колледж", "Gen", None),  # no "с" + instrumental
])
def test_topic_partner_hung_inside_the_name(lemma, case, found):
    assert topic_partner(_topic_sentence(lemma, case), 0) == found
