"""pair62: extra records that shift the scorer's pairing, fixed at their causes.

- ``party_identity.town_executive``: a town's "мэрия" and "администрация" are one side, so a
  headline naming one joins the body's record naming the other;
- ``merge_extra.sides_named_of_told``: "Сторонами соглашения выступили X и Y" names the sides
  of the agreement just told, it founds no record of its own;
- ``party_phrases._body_after_region_adjective``: "Ставропольская краевая организация ..." is
  a body opening with its region's adjective, not the region;
- ``agreement_sides.attending_body``: a post or body "в присутствии ..." is a guest of the
  signing, not its side;
- ``agreement_lists.contents_item``: a relative clause inside an item of a contents line is
  no verb of the line;
- ``merge_rules._side_named_alike`` (``party_identity.NAMED_ALIKE``): a heading naming a
  side by its acronym names it alike;
- ``candidate_dates.then_clause_date``: "..., началось 3 марта 2020 года: тогда соглашение
  подписали ..." dates the older agreement by the date before "тогда";
- ``coreference.title_of_sole_signing`` (``_town_side``): a title naming the partner by its
  town joins the body's one signing;
- ``coreference._spelled_in_full``: a side-less record taking the headline's sides reads an
  acronym as the document's side it spells.
"""

from __future__ import annotations

import pytest
from probes import agreements_of, named_rows, party_names, side

from soccoop.extract.party_identity import town_executive

PUB = "2025-03-14"
HEAD = "Новости края\n\n14 марта 2025 г.\n\n"


TOWNS = [
    ("mayoralty_and_administration", "Мэрия Ачинска", "Администрация Ачинска", True),
    ("administration_of_the_city", "Мэрия Ачинска", "Администрация города Ачинска", True),
    ("urban_district", "мэрия Ачинска", "администрация городского округа Ачинск", True),
    ("same_head_is_no_other_name", "Администрация Ачинска", "Администрация Ачинска", False),
    ("another_town", "Мэрия Ачинска", "Администрация Канска", False),
    ("district_is_another_body", "Мэрия Ачинска", "Администрация Ачинского района", False),
    ("not_an_executive", "Дума Ачинска", "Администрация Ачинска", False),
]


@pytest.mark.parametrize("a, b, same", named_rows(TOWNS))
def test_a_towns_executive_named_two_ways(models, a, b, same):
    assert town_executive(side(models, a), side(models, b), models) is same
    assert town_executive(side(models, b), side(models, a), models) is same


def test_town_executives_of_other_regions_differ(models):
    assert not town_executive(side(models, "Мэрия Кирова", "RU-KIR"),
                              side(models, "Администрация Кирова", "RU-KLU"), models)


RECORDS = [
    ("headline_mayoralty_body_administration",
     "ГОРОД.ИНФО — городской портал\n\n14 марта 2025, 10:00  |  Власть\n\n"
     "Мэрия Томска подпишет соглашение с городским обществом инвалидов\n\n"
     "Администрация Томска и Томская городская организация Всероссийского общества "
     "инвалидов заключат соглашение о сотрудничестве. Подписание запланировано на пятницу, "
     "21 марта.\n\n"
     "Соглашение закрепит совместную работу по доступной среде.",
     1),
    ("sides_named_of_the_signing_just_told",
     HEAD + "Как сообщает пресс-служба министерства социальной защиты Омской области, "
     "соответствующее соглашение подписано во вторник. Его подписали министр Ирина Котова "
     "и руководитель отдела социального служения Омской митрополии Пётр Сафонов.\n\n"
     "Сторонами соглашения выступили министерство и Омская епархия Русской православной "
     "церкви.\n\n"
     "Документ рассчитан на пять лет.",
     1),
    ("region_adjective_opens_the_partners_name",
     HEAD + "Министерство труда и социальной защиты населения Ставропольского края и "
     "Ставропольская краевая организация Всероссийского общества глухих заключили "
     "соглашение о сотрудничестве.\n\n"
     "Со стороны общественной организации соглашение подписал её председатель Олег "
     "Смирнов.",
     1),
]


@pytest.mark.parametrize("text, count", named_rows(RECORDS))
def test_no_extra_record(models, text, count):
    assert len(agreements_of(models, text, PUB)) == count


def test_region_adjective_body_is_the_side(models):
    text = (HEAD + "Министерство труда и социальной защиты населения Ставропольского края и "
            "Ставропольская краевая организация Всероссийского общества глухих заключили "
            "соглашение о сотрудничестве.")
    (a,) = agreements_of(models, text, PUB)
    assert party_names(a) == sorted([
        "Министерство труда и социальной защиты населения Ставропольского края",
        "Ставропольская краевая организация Всероссийского общества глухих"])


def test_a_guest_of_the_signing_is_no_side(models):
    text = (HEAD + "В пятницу в Абакане министерство социальной защиты Республики Хакасия и "
            "министерство труда Республики Тыва подписали соглашение о сотрудничестве.\n\n"
            "Соглашение было подписано в присутствии Председателя Правительства Республики "
            "Алтай Ивана Петрова. Со стороны тувинского министерства документ подписала "
            "министр Айлана Монгуш.")
    agreements = agreements_of(models, text, PUB)
    assert len(agreements) == 1
    assert not any("Председатель" in p.name for p in agreements[0].parties)


CONTENTS = [
    ("relative_clause_in_an_item",
     "В этом выпуске — колледж, который будет готовить сиделок, межрегиональное соглашение "
     "Тывы и Хакасии, новый закон о соцзащите и другие новости.", True),
    ("plain_contents_line",
     "В этом выпуске — новый колледж, межрегиональное соглашение Тывы и Хакасии, новый закон "
     "о соцзащите и другие новости.", True),
    ("a_line_with_its_own_verb",
     "В этом выпуске министерства подписали межрегиональное соглашение Тывы и Хакасии, "
     "обсудили новый закон, открыли колледж.", False),
]


@pytest.mark.parametrize("text, item", named_rows(CONTENTS))
def test_contents_line_item(models, text, item):
    from soccoop.extract.agreement_lists import contents_item

    analysis = models.analyse(text)
    sent = analysis.sentences[0]
    k = next(i for i, t in enumerate(sent.tokens) if t.text == "соглашение")
    assert (contents_item(sent, k) is not None) is item


HEADLINE_ACRONYM = (
    "ТУЛА-ИНФОРМ\n\n12.09.2024 / 11:20 / Общество\n\n"
    "Минтруд региона и ТГПУ им. Толстого подписали новое соглашение о подготовке "
    "соцработников\n\n"
    "Министерство труда и социальной защиты Тульской области и Тульский государственный "
    "педагогический университет им. Л. Н. Толстого сегодня, 12 сентября, подписали соглашение "
    "о сотрудничестве в области подготовки кадров для системы социальной защиты. Подписи под "
    "документом поставили министр Ольга Павлова и ректор Игорь Попов.\n\n"
    "Документ рассчитан на пять лет.")


THEN_DATED = (
    "ОМСК-ИНФОРМ\n\n12.09.2024 / 11:20 / Общество\n\n"
    "Министерство труда и социального развития Омской области и Омский государственный "
    "технический университет сегодня, 12 сентября, подписали соглашение о сотрудничестве в "
    "области подготовки кадров. Подписи под документом поставили министр Ольга Павлова и "
    "ректор Игорь Попов.\n\n"
    "Сотрудничество министерства и университета началось 3 марта 2020 года: тогда соглашение "
    "о практике студентов подписали тогдашний министр Андрей Сидоров и ректор Пётр Гусев.")


def test_then_dates_the_clause_by_the_date_before_it(models):
    """``candidate_dates.then_clause_date``: the older agreement is told with its own day."""
    agreements = agreements_of(models, THEN_DATED, "2024-09-12")
    assert [(a.status, a.date) for a in agreements] == [
        ("signed", "2024-09-12"), ("mentioned", "2020-03-03")]


TITLE_TOWN = (
    "Волонтёры Кубани — региональная общественная организация\n"
    "О нас | Проекты | Новости\n"
    "Мы подписали соглашение с коллегами из Нальчика!\n"
    "5 августа 2024\n"
    "Друзья, у нас отличная новость! В минувшую пятницу председатель нашей организации Анна "
    "Иванова и директор Ресурсного центра поддержки НКО Кабардино-Балкарской Республики "
    "Азамат Шогенов подписали соглашение о сотрудничестве.\n"
    "Спасибо всем, кто помогал готовить встречу!")


# (id, text, publication day, the signers of its one record, in order)
ONE_SIGNING = [
    # ``party_identity.NAMED_ALIKE``: the headline words the subject its own way
    ("heading_names_a_side_by_its_acronym", HEADLINE_ACRONYM, "2024-09-12",
     ["Ольга Павлова", "Игорь Попов"]),
    # ``coreference.title_of_sole_signing`` with ``_town_side``
    ("title_names_the_partners_town", TITLE_TOWN, "2024-08-05",
     ["Анна Иванова", "Азамат Шогенов"]),
]


@pytest.mark.parametrize("text, published, signers", named_rows(ONE_SIGNING))
def test_one_record_of_the_signing(models, text, published, signers):
    assert [a.signatories for a in agreements_of(models, text, published)] == [signers]


def test_an_older_agreement_named_by_the_headline_gets_the_sides_in_full(models):
    """``coreference._spelled_in_full``: the record of the older agreement, which names no
    side of its own, reads the headline's acronym as the body's side it spells."""
    text = HEADLINE_ACRONYM.replace(
        "Документ рассчитан на пять лет.",
        "Новое соглашение пришло на смену документу, который действовал четыре года. "
        "Сотрудничество министерства и университета началось 3 марта 2020 года: тогда "
        "соглашение о практике студентов подписали тогдашний министр Андрей Сидоров и ректор "
        "Пётр Гусев.")
    agreements = agreements_of(models, text, "2024-09-12")
    assert [(a.status, a.date) for a in agreements] == [
        ("signed", "2024-09-12"), ("mentioned", "2020-03-03")]
    assert "Тульский государственный педагогический университет им. Л. Н. Толстого" in \
        [p.name for p in agreements[1].parties]
