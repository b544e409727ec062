"""agr50: agreements missed and extra on rounds 59–61, each cause a small named pass.

What is no side or no agreement:
- a word that only refers to a university named before ("со стороны вуза — ректор X"):
  ``lexicon.REFERRING_BODY_WORDS``, read by ``agreements.anaphoric_body``;
- a rumour in a comment thread in the chat layout ("Семёныч: А я слышал ..."), its heading
  masked or not: ``turns.handle_line``, ``merge.find_agreements`` (``Analysis.stored``);
- plural agreements concluded in places left unnamed ("во многих районах"):
  ``agreements.unnamed_places``;
- plural agreements "like this one" in a sentence that signs nothing:
  ``agreements.alike_in_general``;
- plural agreements "like this one" whose partners or makers are a kind only ("с
  работодателями и колледжами"): ``agreements.alike_with_kinds``;
- a name inside a participial aside of a side ("ООО «X», управляющее сетью «Y», ..."):
  ``agreements.participial_aside``.

What is one agreement:
- the former agreement whose past signing a pronoun retells stays a reference and joins
  the former one named before: ``coreference.pronoun_signing``;
- a headline naming two regions announces the plan of their bodies:
  ``merge_rules.heading_tells`` (the regions of bodies way);
- a side named by an acronym of a hyphenated name ("СВФУ"), the eponym after "имени"
  left out, and listed once: ``merge_rules.acronym_of_name``, ``without_acronym_twins``;
- a bare ordinal item ("Третий документ — трёхсторонний.") opens the agreement told next:
  ``merge_rules.ordinal_item_told_next``.

What is found:
- an ordinal item within the rank of a count told a few sentences before, however the
  items before it were told: ``agreements.counted_item``;
- a draft sent in the passive, its sender the drafter named the sentence before:
  ``coreference._drafter_and_addressee``;
- a gapped second signing that says its noun again ("..., а Y – соглашение с B"):
  ``agreements._gapped_signing``, ``agreements.repeated_in_gap``.
"""

from __future__ import annotations

import pytest
from probes import agreements_of, named_rows, side_names

from soccoop.extract.merge import _comments_start
from soccoop.extract.turns import handle_line

PUB = "2024-05-16"


# --- no side, no agreement --------------------------------------------------------------

def test_a_referring_word_for_a_university_is_no_side(models):
    text = ("Министерство социальной политики Курской области и Курский государственный "
            "университет вчера подписали соглашение о подготовке кадров.\n\n"
            "Со стороны министерства соглашение подписал министр Павел Орлов, со стороны "
            "вуза — ректор Ольга Белова.")
    found = agreements_of(models, text, PUB)
    assert len(found) == 1
    assert not any(p.name.lower() == "вуз" for a in found for p in a.parties)


CHAT_COMMENTS = [
    ("two handles",
     "Комментарии (2)\nПетрович: А я слышал, что мэрия уже подписала меморандум с заводом.\n"
     "Ирина_К: Это слухи.\n", True),
    ("handles with initials, blank lines between",
     "Комментарии\n\nОльга В.: Наконец-то!\n\nОтвет для Ольги: Согласна.\n", True),
    ("one handle only", "Комментарии\nПетрович: А я слышал ...\nСпасибо за материал.\n",
     False),
    ("a quoted speaker in prose", "Комментарии\nМинистр сказал: «Соглашение готово».\n"
     "Работа продолжится.\n", False),
]


@pytest.mark.parametrize("tail, found", named_rows(CHAT_COMMENTS))
def test_comment_threads_in_the_chat_layout(tail, found):
    text = "Министерство подписало соглашение с фондом.\n\n" + tail
    assert (_comments_start(text) < len(text)) is found


@pytest.mark.parametrize("line, handle", [
    ("Семёныч: А я слышал, что ...", True),
    ("Елена К.: 150 тысяч — это мало.", True),
    ("Ответ для Вологжанин: Это слухи", True),
    ("По словам министра, соглашение готово: его подпишут в мае.", False),
    ("Итог:", False),
])
def test_a_handle_line(line, handle):
    assert handle_line(line) is handle


def test_a_rumour_under_a_masked_comment_heading_is_no_agreement(models):
    text = ("Горняки требуют индексации\n\nПрофсоюз шахты «Заречная» направил письмо "
            "собственнику предприятия с требованием проиндексировать зарплаты.\n\n"
            "Комментарии (3)\n"
            "Петрович: А я слышал, что администрация района уже подписала с хозяевами шахты "
            "меморандум о сохранении рабочих мест.\n"
            "Ирина_К: У нас то же самое.\n"
            "Горняк: Давно пора.\n")
    assert agreements_of(models, text, PUB) == []


GENERAL = [
    ("unnamed places",
     "Управление социальной защиты по Шипуновскому району и районный совет ветеранов "
     "подписали соглашение о взаимодействии.\n\nАналогичные соглашения уже заключены во "
     "многих районах края."),
    ("alike, nothing signed",
     "Министерство труда Курганской области и ООО «Курганмаш» подписали соглашение о "
     "трудоустройстве людей с инвалидностью.\n\nГубернатор отметил, что подобные "
     "соглашения должны работать не на бумаге."),
    ("alike, partners by kind",
     "Министерство труда Курганской области и ООО «Курганмаш» подписали соглашение о "
     "трудоустройстве людей с инвалидностью.\n\nПодобные соглашения с работодателями и "
     "техникумами планируется заключить также в Шадринске и Кургане."),
]


@pytest.mark.parametrize("text", named_rows(GENERAL))
def test_agreements_in_general_are_no_record(models, text):
    found = agreements_of(models, text, PUB)
    assert len(found) == 1
    assert found[0].status == "signed"


def test_a_name_in_a_participial_aside_is_no_side(models):
    text = ("Министерство социальной защиты Омской области и ООО «Вектор-Маркет», "
            "управляющее сетью аптек «Здоровье», вчера заключили соглашение о "
            "трудоустройстве людей с инвалидностью.")
    found = agreements_of(models, text, PUB)
    assert len(found) == 1
    assert "Здоровье" not in side_names(found[0])
    assert any("Вектор-Маркет" in n for n in side_names(found[0]))


# --- one agreement ----------------------------------------------------------------------

def test_the_former_agreement_retold_by_a_pronoun_stays_a_reference(models):
    text = ("Департамент социального развития Курганской области и Курганский "
            "государственный университет вчера подписали новое соглашение о "
            "сотрудничестве.\n\n"
            "«Прежнее соглашение помогло нам наладить практику студентов», — сказал "
            "директор департамента.\n\n"
            "Прежнее соглашение было подписано в марте 2018 года. Со стороны департамента "
            "его тогда подписал Иван Смирнов.")
    found = agreements_of(models, text, PUB)
    assert [a.status for a in found] == ["signed", "mentioned"]


def test_a_headline_of_regions_announces_their_bodies_plan(models):
    text = ("Курганская и Тюменская области подпишут новое соглашение о сотрудничестве\n\n"
            "Соглашение между министерством социальной защиты Курганской области и "
            "департаментом социального развития Тюменской области, заключённое в 2018 году, "
            "расторгнуто по согласию сторон.\n\n"
            "Стороны намерены подписать новое соглашение о межрегиональном взаимодействии.")
    found = agreements_of(models, text, PUB)
    assert sorted(a.status for a in found) == ["mentioned", "planned"]
    plan = next(a for a in found if a.status == "planned")
    assert all(n.split()[0] in {"Министерство", "департамент", "Департамент"}
               for n in side_names(plan))


# --- found ------------------------------------------------------------------------------

def test_an_ordinal_item_within_a_count_is_found(models):
    text = ("На форуме в Омске заключены сразу три соглашения в социальной сфере.\n\n"
            "Первым было подписано соглашение между министерством труда и социального "
            "развития Омской области и Омским государственным университетом. Документ "
            "предусматривает стажировки студентов. «Мы давно к этому шли», — сказал ректор. "
            "Первый набор состоится летом.\n\n"
            "Затем министр Ирина Петрова и председатель Омского областного совета ветеранов "
            "Пётр Сидоров скрепили подписями соглашение о взаимодействии. Стороны наладят "
            "обмен информацией. «Это важно для ветеранов», — подчеркнул Сидоров.\n\n"
            "Третий документ — о трудоустройстве людей с инвалидностью — подписали директор "
            "КУ «Центр занятости населения Омской области» Анна Ветрова и директор ООО "
            "«Омский шинный завод» Олег Лебедев.")
    found = agreements_of(models, text, PUB)
    assert any(any("шинный" in n for n in side_names(a)) and a.status == "signed"
               for a in found)


def test_a_draft_sent_in_the_passive_is_planned_between_drafter_and_addressee(models):
    text = ("В Министерстве труда и социального развития Республики Адыгея прошёл круглый "
            "стол о подготовке кадров.\n\n"
            "Заместитель министра Анна Хуако добавила, что министерство готовит ещё один "
            "документ. Проект соглашения об информационном взаимодействии направлен в "
            "Отделение Социального фонда России по Республике Адыгея.")
    found = agreements_of(models, text, PUB)
    plans = [a for a in found if a.status == "planned"]
    assert len(plans) == 1
    assert any(n.startswith("Отделение Социального фонда") for n in side_names(plans[0]))
    assert any(n.startswith("Министерство труда") for n in side_names(plans[0]))


GAPPED_AGAIN = [
    ("the noun said again after the dash",
     "Вчера Отделение Социального фонда России по Омской области подписало соглашение с "
     "Омским областным советом ветеранов, а Омская областная общественная организация "
     "«Союз отцов» – соглашение с администрацией Омска.",
     {"Администрация Омска"}),
    ("the noun left out",
     "Вчера Отделение Социального фонда России по Омской области подписало соглашение с "
     "Омским областным советом ветеранов, а Омская областная общественная организация "
     "«Союз отцов» – с администрацией Омска.",
     {"Администрация Омска"}),
]


@pytest.mark.parametrize("text, partner", named_rows(GAPPED_AGAIN))
def test_a_gapped_second_signing_is_its_own_agreement(models, text, partner):
    found = agreements_of(models, text, PUB)
    assert len(found) == 2
    second = next(a for a in found if partner & side_names(a))
    assert any("Союз отцов" in n for n in side_names(second))
    assert not any(n.startswith("Отделение") for n in side_names(second))


def test_a_bare_ordinal_item_opens_the_agreement_told_next(models):
    text = ("Итог форума в Кургане — три подписанных соглашения.\n\n"
            "Первым был подписан документ о сотрудничестве между Министерством социальной "
            "защиты Курганской области и Департаментом социального развития Тюменской "
            "области. Подписи под соглашением поставили министр Ирина Петрова и директор "
            "департамента Олег Сидоров.\n\n"
            "Затем соглашение о содействии занятости подписали директор Центра занятости "
            "населения Курганской области Анна Ветрова и директор Центра занятости населения "
            "Тюменской области Пётр Лебедев.\n\n"
            "Третий документ — трёхсторонний. Правительство Курганской области, Отделение "
            "Социального фонда России по Курганской области и Курганский областной совет "
            "ветеранов договорились о совместной работе. Со стороны правительства документ "
            "подписал заместитель губернатора Юрий Белов, со стороны совета — председатель "
            "Иван Громов.")
    found = agreements_of(models, text, PUB)
    employment = next(a for a in found
                      if any("Центр занятости" in n for n in side_names(a)))
    assert not {"Юрий Белов", "Иван Громов"} & set(employment.signatories)


@pytest.mark.slow  # a side's key reads the morphology (legal forms)
@pytest.mark.parametrize("acronym, name, same", [
    ("СВФУ", "Северо-Восточный федеральный университет имени М. К. Аммосова", True),
    ("СВФУ", "Северо-Восточный федеральный университет", True),
    ("ЮФУ", "Южный федеральный университет им. Ростова", True),
    ("СВФУ", "Северо-Западный федеральный университет", False),
    ("ЮФУ", "Южно-Уральский федеральный университет", False),
])
def test_an_acronym_of_a_hyphenated_name(models, acronym, name, same):
    from soccoop.extract.agreements import _Party
    from soccoop.extract.merge_rules import without_acronym_twins
    from soccoop.extract.party_identity import acronym_of_name

    p, q = _Party(acronym, [], 0, 4, models), _Party(name, [], 10, 60, models)
    assert acronym_of_name(p, q) is same
    assert [x.name for x in without_acronym_twins([p, q])] == ([name] if same else
                                                             [acronym, name])


def test_a_digest_lead_naming_the_partner_by_acronym_joins_its_agreement(models):
    text = ("Еженедельный обзор. В выпуске: соглашение с СЗФУ о подготовке социальных "
            "работников.\n\n"
            "1. Социальных работников будут готовить в СЗФУ\n\n"
            "Министерство труда Республики Карелия и Северо-Западный федеральный "
            "университет имени А. Н. Иванова 9 апреля подписали соглашение о подготовке "
            "социальных работников.")
    found = agreements_of(models, text, PUB)
    assert len(found) == 1
    assert "СЗФУ" not in side_names(found[0])
