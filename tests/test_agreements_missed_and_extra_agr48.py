"""agr48: agreements missed and extra on rounds 54–57, each cause a small named pass.

What is no side or no agreement:
- places in a locative list, however far from their "в" ("проверено 300 зданий в Казани,
  Елабуге и Альметьевске"; "стажировки в учреждениях Омской и Томской областей"):
  ``agreements.place_in_locative``;
- a bare agreement noun defined by "— это ...": ``agreements._definition``;
- a rumour in a comment thread whose author and time stand on lines of their own:
  ``merge._comment_entry``;
- the lead of a list whose other items are not the agreement's partners ("В номере:
  соглашение с фондом ..., переговоры с Омской областью ...): ``agreements._next_listed_item``.

What is one agreement:
- the day the text of a planned agreement was worked on is no other date:
  ``merge_rules.work_on_text``;
- an older agreement told by its date and then called old: ``merge_rules._former_again``;
- a lead that calls the agreement new is no dated reminder:
  ``merge_rules.signing_beside_dated_reminder``;
- a side named by its acronym and in full: ``merge_rules.acronym_of_name`` (each word
  giving the acronym a piece, ``normalize.acronym_words``; since agr51 a compound word's
  second stem gives one too, so "ДВФУ" spells "Дальневосточный ...");
- "закрепили подписи" is a signing (``lexicon.SEAL_VERBS``).

What is found:
- a draft's addressee named by an adjective and a noun ("направил в Курганский
  государственный университет проект соглашения"): ``coreference.draft_sent_between``;
- a list's ordinal item with a "между" partner deep in its name: ``agreements.ordinal_restatement``;
- the body a genitive body depends on ("между управлением государственной службы занятости"):
  ``agreements._governing_body``;
- a person partner with his post in apposition after the name: ``agreements._post_in_apposition``;
- unnamed partners of whom some are named "в том числе": ``agreements.named_among``;
- one agreement per partner of a list, each dated in its own stretch:
  ``agreements.partner_segment_dates``;
- a bare body noun within a digest's item: ``agreements._named_before``,
  ``agreements.digest_item_heading``;
- talks told two sentences before "Стороны договорились ...": ``agreements.talks_partner_sides``.
"""

from __future__ import annotations

import pytest
from probes import agreements_of, hand_parsed, named_rows, side_names

from soccoop.extract.agreements import _definition, digest_item_heading, place_in_locative
from soccoop.extract.merge import _comments_start
from soccoop.extract.normalize import acronym_words, ministry_abbreviation

PUB = "2024-05-16"


def _all_sides(found) -> list[set[str]]:
    return [side_names(a) for a in found]


# --- no side, no agreement --------------------------------------------------------------

NO_SIDE = [
    ("towns after one 'в'",
     "Министерство труда Республики Татарстан и региональное отделение Всероссийского "
     "общества слепых подписали соглашение о сотрудничестве.\n\n"
     "«За два года работы по соглашению мы проверили более 300 зданий в Казани, Елабуге, "
     "Альметьевске и районах республики», — сказал министр.",
     {"Елабуга", "Альметьевск"}),
    ("regions in the genitive of a venue",
     "Министерство социального развития Новосибирской области и Новосибирский "
     "государственный университет готовят соглашение о подготовке кадров.\n\n"
     "Университет предложил включить в соглашение стажировки студентов в учреждениях "
     "соцзащиты Омской и Томской областей.",
     {"Омская область", "Томская область"}),
]


@pytest.mark.parametrize("text, not_sides", named_rows(NO_SIDE))
def test_places_of_a_locative_list_are_no_sides(models, text, not_sides):
    found = agreements_of(models, text, PUB)
    assert found
    assert not any(side_names(a) & not_sides for a in found), _all_sides(found)


def _locative_list() -> object:
    # "объекты в Уфе, Салавате и районах", "в рамках соглашения между Татарстаном и краем"
    return hand_parsed(
        ("объекты", "объект", "NOUN", "root", -1, {"Case": "Nom"}),
        ("в", "в", "ADP", "case", 2, {}),
        ("Уфе", "уфа", "PROPN", "nmod", 0, {"Case": "Loc"}),
        ("Салавате", "салават", "PROPN", "conj", 2, {"Case": "Loc"}),
        ("в", "в", "ADP", "case", 5, {}),
        ("рамках", "рамка", "NOUN", "nmod", 0, {"Case": "Loc"}),
        ("соглашения", "соглашение", "NOUN", "nmod", 5, {"Case": "Gen"}),
        ("между", "между", "ADP", "case", 8, {}),
        ("Татарстаном", "татарстан", "PROPN", "nmod", 6, {"Case": "Ins"}),
        ("краем", "край", "NOUN", "conj", 8, {"Case": "Ins"}),
    )


@pytest.mark.parametrize("i, venue", [
    (2, True),  # "в Уфе"
    (3, True),  # its conjunct "Салавате", with no "в" of its own
    (8, False),  # "между Татарстаном": a preposition of its own ends the climb
    (9, False),  # and its conjunct
])
def test_place_in_locative(i, venue):
    assert place_in_locative(_locative_list(), i) is venue


def test_a_definition_is_no_agreement(models):
    text = ("«Договор о сотрудничестве — это не формальность. Если партнёр получает от нас "
            "помощь, он выполняет свои обязательства», — заявил министр социальной защиты "
            "Пензенской области Олег Жуков.")
    assert agreements_of(models, text, PUB) == []


@pytest.mark.parametrize("words, defined", [
    (["«", "Соглашение", "—", "это", "шаг"], True),
    (["Наше", "соглашение", "—", "это", "шаг"], False),  # a determiner names one
    (["Соглашение", "подписано", "—", "это", "шаг"], False),
])
def test_definition(words, defined):
    lemma = {"Соглашение": "соглашение", "соглашение": "соглашение", "это": "это"}
    pos = {"«": "PUNCT", "—": "PUNCT", "подписано": "VERB", "Наше": "DET"}
    sent = hand_parsed(*[(w, lemma.get(w, w.lower()), pos.get(w, "NOUN"), "dep", -1, {})
                         for w in words])
    k = next(n for n, w in enumerate(words) if w.lower() == "соглашение")
    assert _definition(sent, k) is defined


COMMENTS = (
    "Губернатор подписал закон о компенсации стоимости путёвок многодетным семьям.\n\n"
    "Комментарии (2)\n\n"
    "Анна_К\n"
    "15 мая 2024, 10:15\n"
    "Говорят, министерство собирается подписать меморандум с ООО «Северный лагерь».\n\n"
    "Пётр\n"
    "15 мая 2024, 11:02\n"
    "Посмотрим.\n"
)


def test_a_commenter_s_rumour_is_no_record(models):
    assert agreements_of(models, COMMENTS, PUB) == []


@pytest.mark.parametrize("text, heading", [
    (COMMENTS, True),
    # the stamp line masked as boilerplate: spaces of its length
    (COMMENTS.replace("15 мая 2024, 10:15", " " * 18), True),
    # no author and time under the heading: the article goes on
    ("Комментарии\n\nМинистр прокомментировала подписание соглашения с фондом.\n", False),
])
def test_comment_thread_start(text, heading):
    assert (_comments_start(text) < len(text)) is heading


def test_a_list_item_beside_the_agreement_is_no_partner(models):
    text = ("Итоги недели в социальной сфере Омской области\n\n"
            "В номере: соглашение с фондом «Вера» о помощи семьям, переговоры с Томской "
            "областью о занятости, ремонт Тарского дома-интерната.\n\n"
            "1. Министерство труда и социального развития Омской области и благотворительный "
            "фонд «Вера» подписали соглашение о помощи семьям участников СВО.")
    found = agreements_of(models, text, PUB)
    assert found
    assert not any({p.region for p in a.parties} & {"RU-TOM"} for a in found), \
        _all_sides(found)


# --- one agreement ----------------------------------------------------------------------

def test_work_on_a_planned_agreement_s_text_is_no_other_agreement(models):
    text = ("Подписание соглашения между Министерством труда Омской области и Омским "
            "государственным университетом намечено на 20 мая. Окончательный текст "
            "соглашения стороны утвердили вчера на совещании в министерстве.")
    found = agreements_of(models, text, PUB)
    assert [a.status for a in found] == ["planned"], \
        [(a.status, a.date, side_names(a)) for a in found]


def test_the_old_agreement_named_twice_is_one(models):
    text = ("Вчера министр социальной защиты Тамбовской области Ирина Петрова и управляющий "
            "Отделением Социального фонда России по Тамбовской области Олег Ким подписали "
            "соглашение об обмене данными.\n\n"
            "Новое соглашение пришло на смену документу, подписанному в 2018 году. Тогда "
            "подписи под ним поставили председатель комитета социальной защиты Тамбовской "
            "области Анна Белова и управляющий Отделением Пенсионного фонда по Тамбовской "
            "области Иван Рыжов.\n\n"
            "«Старое соглашение писалось под другие выплаты», — пояснила Ирина Петрова.")
    found = agreements_of(models, text, PUB)
    assert sorted(a.status for a in found) == ["mentioned", "signed"], \
        [(a.status, a.date, side_names(a)) for a in found]


def test_a_lead_calling_the_agreement_new_is_no_reminder(models):
    text = ("Итоги недели: 13–17 мая 2024 года\n\n"
            "На этой неделе — новое соглашение с Омским государственным университетом и "
            "ярмарка вакансий.\n\n"
            "1. Соглашение с университетом\n\n"
            "В понедельник, 13 мая, министр труда Омской области Анна Ким и ректор Омского "
            "государственного университета Олег Серов подписали соглашение о подготовке "
            "кадров.")
    found = agreements_of(models, text, "2024-05-17")
    assert [a.status for a in found] == ["signed"], \
        [(a.status, a.date, side_names(a)) for a in found]


@pytest.mark.parametrize("acronym, name, spelled", [
    ("ДВФУ", "Дальневосточный федеральный университет", 3),  # a compound (agr51)
    ("ТюмГУ", "Тюменский государственный университет", 3),
    ("КФУ", "Казанский федеральный университет", 3),
    ("ТПУ", "Томский государственный университет", 0),
    ("ДФУ", "Донской федеральный университет", 3),
])
def test_acronym_words_of_whole_names(acronym, name, spelled):
    assert acronym_words(acronym, name.split()) == spelled


def test_signatures_sealing_an_agreement(models):
    text = ("Соглашение о сотрудничестве в сфере социальной защиты закрепили подписи "
            "министра труда Омской области Ивана Петрова и министра социальной защиты "
            "Курганской области Сергея Белова. Соглашение заключено между Министерством "
            "труда Омской области и Министерством социальной защиты Курганской области.")
    found = agreements_of(models, text, PUB)
    assert [a.status for a in found] == ["signed"], \
        [(a.status, a.date, side_names(a)) for a in found]


# --- found ------------------------------------------------------------------------------

FOUND = [
    ("a draft sent to its addressee",
     "Департамент социальной защиты населения Курганской области направил в Курганский "
     "государственный университет на согласование проект соглашения о сотрудничестве.",
     "planned", {"Курганский государственный университет"}),
    ("an ordinal item with a deep 'между'",
     "На форуме подписали два соглашения. Первым стало соглашение между министерством "
     "социальной политики Костромской области и Отделением Социального фонда России по "
     "Костромской области. Вторым стало соглашение о занятости людей с инвалидностью между "
     "управлением государственной службы занятости населения Костромской области и "
     "АО «Костромской завод».",
     None, {"АО «Костромской завод»"}),
    ("a person partner with his post after the name",
     "Соглашение с Петром Ивановым, председателем правления благотворительного фонда "
     "«Надежда», подписал Андрей Смирнов, министр социальной защиты Курской области.",
     "signed", {"Благотворительный фонд «Надежда»"}),
    ("partners named 'в том числе'",
     "Министерство образования Псковской области планирует заключить похожие соглашения и "
     "с другими колледжами области, в том числе с Псковским политехническим колледжем.",
     "planned", {"Псковский политехнический колледж"}),
    ("talks two sentences before",
     "В марте министерство труда Новосибирской области подписало соглашение с "
     "Новосибирским государственным университетом.\n\n"
     "Делегация министерства провела рабочие встречи с коллегами из Министерства "
     "социальной защиты Алтайского края. Обсуждались вопросы трудовой миграции. Стороны "
     "договорились подготовить соглашение о взаимодействии.",
     "planned", {"Министерство социальной защиты Алтайского края"}),
]


@pytest.mark.parametrize("text, status, some_sides", named_rows(FOUND))
def test_found(models, text, status, some_sides):
    found = [a for a in agreements_of(models, text, PUB) if status in {None, a.status}]
    assert any(some_sides <= side_names(a) for a in found), \
        [(a.status, side_names(a)) for a in agreements_of(models, text, PUB)]


def test_the_body_a_genitive_body_depends_on(models):
    text = ("Подписано соглашение между управлением государственной службы занятости "
            "населения Липецкой области и АО «Липецкий станкозавод».")
    found = agreements_of(models, text, PUB)
    assert any("Управление государственной службы занятости населения Липецкой области"
               in side_names(a) for a in found), _all_sides(found)


def test_each_partner_of_a_list_dated_in_its_own_stretch(models):
    text = ("Это не первое соглашение Оренбургской области в социальной сфере: ранее "
            "подобные документы область заключила с Башкортостаном — в 2020 году — и с "
            "Самарской областью — в 2022 году.")
    found = {p.region: a.date for a in agreements_of(models, text, PUB)
             for p in a.parties if p.region in {"RU-BA", "RU-SAM"}}
    assert found == {"RU-BA": "2020", "RU-SAM": "2022"}, found


def test_a_shared_date_after_the_list_dates_every_partner(models):
    text = ("Министерство труда Оренбургской области 14 мая 2024 года подписало соглашения с "
            "Министерством труда Республики Башкортостан и Министерством труда Самарской "
            "области.")
    dates = {a.date for a in agreements_of(models, text, PUB)}
    assert dates == {"2024-05-14"}, dates


DIGEST = ("Министерство социальной защиты Томской области\n\n"
          "Итоги недели: 13–17 мая 2024 года\n\n"
          "1. Томск и Кузбасс обменяются опытом\n\n"
          "Во вторник в Томске побывала делегация министерства социальной защиты Кемеровской "
          "области. По итогам встречи стороны договорились подготовить проект соглашения "
          "между министерством социальной защиты Томской области и министерством социальной "
          "защиты Кемеровской области.\n\n"
          "2. Фонд «Старшее поколение» поможет пожилым\n\n"
          "В четверг в Томске прошла встреча с представителями фонда. Министерство и "
          "благотворительный фонд «Старшее поколение» согласовали проект соглашения о "
          "помощи одиноким пожилым людям Томской области.")


def test_a_bare_body_within_a_digest_item(models):
    found = [a for a in agreements_of(models, DIGEST, PUB) if a.status == "planned"]
    fund = [a for a in found if "Благотворительный фонд «Старшее поколение»" in side_names(a)]
    assert len(fund) == 1, _all_sides(found)
    assert not any(p.region == "RU-KEM" for p in fund[0].parties), side_names(fund[0])


@pytest.mark.parametrize("line, heading", [
    ("2. Фонд «Старшее поколение» поможет пожилым", True),
    ("12. Ярмарка вакансий", True),
    ("2.5 тысячи семей получили выплату", False),
    ("В 2. половине дня", False),
])
def test_digest_item_heading(line, heading):
    text = "Итоги недели\n" + line
    sent = hand_parsed(*[(w, w.lower(), "X", "dep", -1, {}) for w in line.split()])
    sent.start, sent.stop = len("Итоги недели\n"), len(text)
    sent.text = line
    assert digest_item_heading(text, sent) is heading


def test_ministry_abbreviation_of_a_family_and_labour_ministry():
    assert ministry_abbreviation("Минсемьтруд") == \
        "Министерство семьи, труда и социальной защиты населения"
    assert ministry_abbreviation("Минсемьтруда") == \
        "Министерство семьи, труда и социальной защиты населения"
