"""Round 34, muni90: probes written for this file (not copied from any round).

* Public works are no record of this domain: an agreement whose stated subject names
  building or roads and whose sentences and sides name nothing social
  (``agreements.other_field_subject``, side pass ``other_field_alone``; muni90's
  ``public_works``, joined with bcast90's filter by shape91).
* A roadmap its sides adopt ("утвердили дорожную карту") is signed when the next sentence
  tells the document signed (``candidate_signers.adopted_roadmap_signed``), its sides the
  subjects of the adopting verb.
* A plan word governing a noun of base plans the document built on the agreement, not the
  agreement ("разработана в развитие соглашения", ``status.plan_of_based_document``).
* A list of sides cut at its semicolons keeps every side's representative "в лице", with a
  deputy's portfolio in the post (``signers.listed_represented_signers``).
* An agreement "между" two common nouns recalled as signed in the past takes the sides of
  the agreement told before (``merge_rules.between_told_sides``).
* A base agreement dated only by the period of the plan carrying it out is undated
  (``agreements.base_dated_by_plan_period``).
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

PUB = "2024-11-21"

# --- public works ------------------------------------------------------------------------
ROAD = ("Правительство Орловской области и государственная компания «Черноземные дороги» "
        "заключили соглашение о строительстве объездной дороги вокруг Мценска. Документ "
        "подписали вице-губернатор Пётр Сидоров и директор компании Иван Козлов.\n")
ROAD_SUBSIDY = ("Кроме того, между правительством Тамбовской области и администрацией "
                "Мичуринска подписано соглашение о предоставлении субсидии на ремонт "
                "автомобильных дорог.\n")
# negatives: something social in the subject, a side or the sentence
REHAB_CENTRE = ("Правительство Орловской области и фонд «Добрый дом» заключили соглашение о "
                "строительстве реабилитационного центра под Мценском.\n")
SOCIAL_SIDE = ("Министерство социальной защиты Орловской области и Министерство строительства "
               "области подписали соглашение о строительстве ещё одного корпуса в Мценске.\n")
SOCIAL_ROADMAP = ("Министерство труда Орловской области и фонд «Опора» подписали дорожную "
                  "карту по занятости выпускников с инвалидностью.\n")
TOURISM_ROADS = ("Курганская область и Тюменская область вместе подписали соглашение о развитии "
                 "туризма и строительстве дорог к курортам.\n")

WORKS = [
    ("a road built by a state company", ROAD, 0),
    ("a subsidy for roads", ROAD_SUBSIDY, 0),
    # negatives
    ("a rehabilitation centre built", REHAB_CENTRE, 1),
    ("a social ministry a side", SOCIAL_SIDE, 1),
    ("a roadmap is no road", SOCIAL_ROADMAP, 1),
    ("tourism is left to its own passes", TOURISM_ROADS, 1),
]


@pytest.mark.parametrize(("text", "count"), probes.named_rows(WORKS))
def test_public_works_are_no_record(models: Any, text: str, count: int) -> None:
    assert len(probes.agreements_of(models, text, PUB)) == count


# --- an adopted roadmap signed in the next sentence -----------------------------------------
_ADOPTED = ("Администрация города Твери и областной центр помощи семье «Надежда» утвердили "
            "дорожную карту общих мероприятий на 2025 год. ")
ADOPTED_SIGNED = _ADOPTED + ("Документ в пятницу подписали заместитель главы администрации "
                             "Пётр Смирнов и директор центра Анна Кузнецова.\n")
# negatives: the signing still to come; no signing told
ADOPTED_TO_SIGN = _ADOPTED + "Документ подпишут в декабре на коллегии.\n"
ADOPTED_ONLY = _ADOPTED + "Контроль за её выполнением возложен на управление.\n"


def test_adopted_roadmap_signed_next(models: Any) -> None:
    found = probes.agreements_of(models, ADOPTED_SIGNED, PUB)
    assert [a.status for a in found] == ["signed"]
    assert probes.surnames_of([found[0].signatories]) == [["кузнецова", "смирнов"]]
    assert len(found[0].parties) == 2


@pytest.mark.parametrize("text", [ADOPTED_TO_SIGN, ADOPTED_ONLY], ids=["to sign", "adopted"])
def test_adopted_roadmap_not_signed(models: Any, text: str) -> None:
    assert "signed" not in probes.statuses_of(models, text, PUB)


# --- a plan built on an agreement ------------------------------------------------------------
BASED = ("В пятницу министерство социальной политики Курганской области и Курганский "
         "университет подписали программу стажировок. Программа разработана в развитие давнего "
         "соглашения о сотрудничестве, которое университет и министерство подписали ещё в 2018 "
         "году.\n")
# negative: an agreement that is itself being drawn up
DRAFTED = ("Министерство социальной политики Курганской области и Курганский университет "
           "разработали проект соглашения о сотрудничестве.\n")


def test_plan_of_a_based_document(models: Any) -> None:
    assert ("mentioned", "2018") in probes.status_dates(models, BASED, PUB)


def test_an_agreement_drafted_is_planned(models: Any) -> None:
    assert probes.statuses_of(models, DRAFTED, PUB) == ["planned"]


# --- representatives of a list cut at its semicolons -----------------------------------------
_LIST = ("Вчера в Орле подписано соглашение о совместном уходе за пожилыми "
         "людьми. Сторонами соглашения выступили: Министерство социальной "
         "защиты Орловской области в лице министра Ольги Викторовны Сомовой; Орловский "
         "государственный университет в лице ректора Игоря Петровича Белова; ")
LISTED = _LIST + ("Администрация города Орла в лице заместителя мэра по социальной "
                  "политике Нины Сергеевны Орловой.\n")
# negative: a body after the list's full stop, "в лице" in a sentence of its own
AFTER_LIST = ("Вчера в Орле подписано соглашение о совместном уходе за "
              "пожилыми людьми. Сторонами соглашения выступили: Министерство социальной защиты "
              "Орловской области в лице министра Ольги Викторовны Сомовой; Орловский "
              "государственный университет в лице ректора Игоря Петровича Белова.\n"
              "Областной фонд в лице директора Петра Ильича Карпова поддержал инициативу.\n")


def test_listed_representatives_sign(models: Any) -> None:
    assert probes.signer_surnames(models, LISTED, published=PUB) == [["белов", "орлова", "сомова"]]


def test_no_representative_after_the_list(models: Any) -> None:
    assert probes.signer_surnames(models, AFTER_LIST, published=PUB) == [["белов", "сомова"]]


# --- an agreement recalled between two common nouns ------------------------------------------
ADDENDUM = ("В среду управление социальной защиты № 5 и благотворительный фонд «Забота» "
            "подписали дополнительное соглашение о продлении партнёрства. Как известно, "
            "соглашение между управлением и фондом заключили 12 марта 2021 года.\n")


def test_recalled_agreement_between_told_sides(models: Any) -> None:
    found = probes.agreements_of(models, ADDENDUM, PUB)
    assert [(a.status, a.date) for a in found][1:] == [("mentioned", "2021-03-12")]
    assert len(found[1].parties) == 2


# --- the period of a plan carrying an agreement out ------------------------------------------
PLAN_PERIOD = ("Вчера министерство социальной защиты Орловской области и Орловский "
               "аграрный университет подписали меморандум о сотрудничестве. Стороны "
               "условились к декабрю принять перечень мероприятий по исполнению "
               "меморандума на 2026 год.\n")


def test_plan_period_no_date_of_the_base(models: Any) -> None:
    assert probes.statuses_of(models, PLAN_PERIOD, PUB) == ["signed"]


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, agreements=("other_field_subject",
                                                      "base_dated_by_plan_period"),
                                          candidate_signers=("adopted_roadmap_signed",),
                                          status=("plan_of_based_document",),
                                          signers=("list_items_after", "listed_represented_signers",
                                                   "_portfolio_end"),
                                          merge_rules=("between_told_sides",))
