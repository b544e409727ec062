"""extra45: extra records of the precision side. A plan of the signing the page reports (a
live page's morning entry, the story of how the signing came about) is that signing's
record, not a plan more (``merge_extra.plan_of_a_told_signing``); an agreement on
transport infrastructure is public works, whoever its sides (``lexicon.NON_SOCIAL_FIELDS``
gains "инфраструктура"); an agreement recalled as the frame of works done under it ("в
рамках соглашения завершилось строительство моста") is of that field
(``agreements.framed_action_lemmas`` read by ``other_field_subject``); a record read from
a photo caption of the signing the page reports is that signing's
(``merge_extra.caption_of_a_told_signing``). Every probe is written here, in words of its
own."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.merge_extra import _side_told, _unkinded
from soccoop.models import Party

FUND = "Отделение Социального фонда по Курганской области"
MINISTRY = "Министерство труда Курганской области"
MINSOC = "Министерство социальной защиты Курганской области"
COLLEGE = "Курганский педагогический колледж"
PRACTICE = (f"{MINSOC} и {COLLEGE} подписали соглашение о практике студентов. ")

# (id, side, sides of the signed record, is the side one of them told again)
SIDES_TOLD = [
    ("written-alike", Party(MINISTRY, "RU-KGN"), [Party(MINISTRY, "RU-KGN")], True),
    ("named-short", Party("Социальный фонд", None), [Party(FUND, "RU-KGN")], True),
    ("body-of-a-bare-region", Party("Правительство Курганской области", "RU-KGN"),
     [Party("Курганская область", "RU-KGN")], True),
    # negatives: a body of another region, another body of no region
    ("body-of-another-region", Party("Правительство Тюменской области", "RU-TYU"),
     [Party("Курганская область", "RU-KGN")], False),
    ("another-body", Party(COLLEGE, None), [Party(FUND, "RU-KGN")], False),
]


@pytest.mark.parametrize(("side", "sides", "expected"), probes.named_rows(SIDES_TOLD))
def test_side_told(side: Party, sides: list[Party], expected: bool) -> None:
    assert _side_told(side, sides) is expected


@pytest.mark.parametrize(("title", "expected"), [
    ("Документ о взаимодействии", True), ("Договорённости", True),
    ("Договор о сотрудничестве", False), ("Соглашение о практике", False)])
def test_unkinded_title(title: str, expected: bool) -> None:
    assert _unkinded(title) is expected


SIGNED = ("signed", [FUND, MINISTRY])
STORY = ("Соглашение между Отделением Социального фонда по Курганской области и "
         "Министерством труда Курганской области подписано вчера в Кургане. Подписи поставили "
         "управляющий отделением Иван Петров и министр Ольга Сомова. Церемонию дважды "
         "откладывали из-за правок в тексте. ")

# (id, text, published, expected (status, sorted sides) rows)
RECORDS = [
    # positives, each failing on main: the story of how a reported signing came about; a
    # transport infrastructure agreement of two regions; works done under a recalled
    # agreement
    ("plan-of-the-signing-told",
     STORY + "В итоге стороны решили заключить соглашение на выставке в Кургане.",
     "2025-03-12", [SIGNED]),
    ("transport-infrastructure-of-two-regions",
     "Курганская и Тюменская области заключили соглашение о модернизации транспортной "
     "инфраструктуры на границе регионов. Документ подписали губернаторы двух регионов.",
     "2025-06-18", []),
    ("works-under-a-recalled-agreement",
     PRACTICE + "Тем временем в рамках соглашения правительства области с АО "
     "«Тоболдорстрой», заключённого в 2021 году, завершается строительство моста через "
     "Тобол.",
     "2025-06-18",
     [("signed", [COLLEGE, MINSOC])]),
    ("caption-of-the-signing-told",
     "В Кургане заключено соглашение о сотрудничестве министерства социальной защиты "
     "Курганской области с министерством труда Тюменской области.\n"
     "Документ подписали курганский министр социальной защиты А.П. "
     "Котова и министр труда Тюменской области Пётр Олегович Гусев.\n"
     "Документ продолжает соглашение о торгово-экономическом и социальном сотрудничестве "
     "между правительствами Курганской области и Тюменской области 2018 года.\n"
     "📸 На фото: министры Анна Котова и Пётр Гусев после подписания соглашения",
     "2025-06-18",
     [("signed", [MINSOC, "Министерство труда Тюменской области"]),
      ("mentioned", ["Правительство Курганской области", "Правительство Тюменской области"])]),
    # negatives: a plan set apart as another document; a plan with a time of its own; a
    # plan of three sides; two bodies of one region the signed record names bare; social
    # infrastructure; a strand of tourism under a recalled framework; social works
    # under it
    ("another-document-planned",
     STORY + "Стороны решили подписать отдельное соглашение о выездных приёмах в сёлах.",
     "2025-03-12", [SIGNED, ("planned", [FUND, MINISTRY])]),
    ("a-plan-of-its-own-time",
     STORY + "Осенью стороны решили подписать соглашение о выездных приёмах в сёлах.",
     "2025-03-12", [SIGNED, ("planned", [FUND, MINISTRY])]),
    ("a-plan-of-three-sides",
     f"{MINSOC} и Министерство труда Тюменской области заключили соглашение о "
     "сотрудничестве. Следом регионы намерены заключить трёхстороннее соглашение, в него "
     "войдёт и Омская область.",
     "2025-06-18", [("signed", [MINSOC, "Министерство труда Тюменской области"]),
                    ("planned", [MINSOC, "Министерство труда Тюменской области"])]),
    ("two-bodies-of-one-bare-region",
     "Губернаторы Курганской и Тюменской областей подписали соглашение о сотрудничестве. "
     "Министр социальной защиты Курганской области Анна Котова рассказала, что её "
     "ведомство собирается заключить соглашение с Отделением Соцфонда России по "
     "Курганской области.",
     "2025-06-18", [("signed", ["Курганская область", "Тюменская область"]),
                    ("planned", [MINSOC, "Отделение Соцфонда России по Курганской области"])]),
    ("social-infrastructure-of-two-regions",
     "Курганская и Тюменская области заключили соглашение о модернизации социальной "
     "инфраструктуры на границе регионов. Документ подписали губернаторы двух регионов.",
     "2025-06-18", [("signed", ["Курганская область", "Тюменская область"])]),
    ("caption-the-only-telling",
     "В Кургане прошла неделя здоровья пожилых людей.\n"
     "[Фото] На снимке: директор Курганского центра соцобслуживания Анна Котова и главный "
     "врач Курганской областной больницы Пётр Гусев подписывают соглашение.",
     "2025-06-18",
     [("signed", ["Курганская областная больница", "Курганский центр соцобслуживания"])]),
    ("tourism-under-a-recalled-agreement",
     PRACTICE + "Кроме того, в рамках заключённого в 2021 году соглашения "
     "правительства Курганской области с правительством Тюменской области регионы давно "
     "развивают общие маршруты для туристов.",
     "2025-06-18",
     [("signed", [COLLEGE, MINSOC]),
      ("mentioned", ["Правительство Курганской области", "Правительство Тюменской области"])]),
]


@pytest.mark.parametrize(("text", "published", "expected"), probes.named_rows(RECORDS))
def test_records(models, text: str, published: str, expected: list) -> None:
    got = probes.status_parties(models, text, published)
    assert got == sorted((s, sorted(p)) for s, p in expected)


EXTRA45_FUNCTIONS = [("merge_extra", "plan_of_a_told_signing"),
                     ("merge_extra", "_plan_of"),
                     ("merge_extra", "_unkinded"),
                     ("merge_extra", "_side_told"),
                     ("merge_extra", "_further_document"),
                     ("merge_extra", "_plan_time_of_its_own"),
                     ("merge_extra", "caption_of_a_told_signing"),
                     ("agreements", "framed_action_lemmas"),
                     ("agreements", "other_field_subject")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, EXTRA45_FUNCTIONS)
