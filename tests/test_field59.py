"""field59 (round 59): agreements of other fields and records from bare mentions, left out;
the "extra signed/mentioned/planned" lines of the lead's pool on b59 classed by the sides'
and the topic's fields, and three structural reads:

- a body whose own name names a field outside the social sphere (building, industry, trade,
  transport) with a company or alone, about a stated topic naming nothing of the sphere, is
  that field's business (``agreements.field_bodies_alone``, ``coreference.field_bodies``);
- a topic phrase read whole ("по ремонту трассы и по запуску маршрутов", "о
  финансировании проектов, в том числе строительства мостов") naming public works alone
  is works' business (``agreements.works_phrase_topic``, ``coreference.works_phrase``);
- an agreement likened to one dropped as outside the domain ("аналогичные соглашения ...")
  is no record either (``merge.likened_of_dropped``).

Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest

LEAD = "Новости\n\n"
BUILDERS = ("Министерство строительства Вологодской области и группа компаний «Северный "
            "квартал» 12 марта подписали соглашение о комплексном освоении земель у реки")
BRIDGE = ("Правительство Вологодской области и ООО «Северный путь» 12 марта заключили "
          "концессионное соглашение о строительстве нового моста у переправы. Срок действия "
          "соглашения — 20 лет.")

# (id, text after the lead, expected (status, sorted sides) rows, sorted); published
# 2025-03-14
CASES = [
    # fails on b59dev: the building ministry and the builder kept, signed
    ("building-body-and-builder",
     BUILDERS + ": там появятся жилые дома и детский сад.", []),
    # guard: what the agreement gives people, told in a bare mention joined to it
    ("building-body-social-content",
     BUILDERS + ". Соглашение предусматривает квоту вакансий для инвалидов по зрению.",
     [("signed", ["Министерство строительства Вологодской области", "Северный квартал"])]),
    # guard: a topic of the social sphere
    ("building-body-social-topic",
     "Министерство строительства Вологодской области и ООО «Северный квартал» 12 марта "
     "заключили соглашение о трудоустройстве инвалидов на стройках.",
     [("signed", ["Министерство строительства Вологодской области",
                  "ООО «Северный квартал»"])]),
    # guard: a side of the social sphere
    ("building-body-social-side",
     "Министерство строительства Вологодской области и Департамент социальной защиты "
     "Вологодской области 12 марта подписали соглашение о комплексном освоении земель у "
     "реки.",
     [("signed", ["Департамент социальной защиты Вологодской области",
                  "Министерство строительства Вологодской области"])]),
    # guard: a bare "о сотрудничестве" tells no topic
    ("industry-body-cooperation",
     "Министерство промышленности и торговли Вологодской области и ООО «Станкомаш» подписали "
     "12 марта соглашение о сотрудничестве.",
     [("signed", ["Министерство промышленности и торговли Вологодской области",
                  "ООО «Станкомаш»"])]),
    # fails on b59dev: a roadmap of two transport ministers on a road and bus routes
    ("roadmap-of-works",
     "Министр транспорта Вологодской области и министр транспорта Архангельской области 12 "
     "марта подписали дорожную карту по ремонту автодороги между регионами и по запуску "
     "автобусных маршрутов.", []),
    # fails on b59dev: the works told past the comma of the "о ..." phrase
    ("funding-of-works",
     "Ранее банк «Северный» заключил с правительством Вологодской области соглашение о "
     "финансировании проектов, в том числе строительства мостов и дорог.", []),
    # fails on b59dev: agreements likened to a road concession dropped as works
    ("likened-to-works",
     BRIDGE + " В ведомстве напомнили, что это вторая концессия в регионе: прежде "
     "аналогичные соглашения были заключены по ремонту Вологодской объездной дороги.", []),
    # guard: agreements likened to a social one stay
    ("likened-to-social",
     "Министерство социальной защиты Вологодской области и фонд «Опора» 12 марта заключили "
     "соглашение о поддержке семей бойцов СВО. Похожие соглашения министерство "
     "раньше заключило с фондом «Надежда» и фондом «Доброе сердце».",
     [("mentioned", ["Министерство социальной защиты Вологодской области",
                     "Фонд «Доброе сердце»"]),
      ("mentioned", ["Министерство социальной защиты Вологодской области", "Фонд «Надежда»"]),
      ("signed", ["Министерство социальной защиты Вологодской области", "Фонд «Опора»"])]),
    # guard, passing on b59dev, failing on the first try of likened_of_dropped (the likened
    # social agreement dropped after the economy ministry's one on energy, dropped as
    # outside the domain): an agreement likened by its own social topic stays
    ("likened-social-after-works",
     "Министерство социальной защиты Вологодской области и АО «Северсталь-Метиз» 12 марта "
     "заключили соглашение о найме людей с инвалидностью. В этот же день АО "
     "«Северсталь-Метиз» и министерство экономики и промышленности Вологодской области "
     "заключили соглашение об экономии электроэнергии на заводе. Напомним, похожее "
     "соглашение о найме людей с инвалидностью социальное ведомство в 2021 году заключило "
     "с ООО «Череповецкий литейный цех».",
     [("mentioned", ["ООО «Череповецкий литейный цех»"]),
      ("signed", ["АО «Северсталь-Метиз»", "Министерство социальной защиты Вологодской области"])]),
    # guard: a school of a field is no body of that field; an agreement likened to a social
    # one and planned with it stays
    ("likened-with-farming-school",
     "Министерство социальной защиты Вологодской области и фонд «Опора» 12 марта заключили "
     "соглашение о поддержке семей бойцов СВО. Похожее соглашение фонд собирается подписать "
     "с Вологодской государственной сельскохозяйственной академией.",
     [("planned", ["Вологодская государственная сельскохозяйственная академия", "Фонд «Опора»"]),
      ("signed", ["Министерство социальной защиты Вологодской области", "Фонд «Опора»"])]),
    # fixfield59 (review item 1), fails on m59: a list item's own topic under a plural
    # lead noun ("два соглашения:") is read; item 1's is social and stays
    ("building-body-list-items",
     "Министерство строительства Вологодской области\n\nСегодня министерство подписало два "
     "соглашения:\n1) с ООО «Стройград» — о строительстве жилья для инвалидов;\n2) с ООО "
     "«Дом» — о развитии квартала у реки.",
     [("signed", ["Министерство строительства Вологодской области", "ООО «Стройград»"])]),
    # fixfield59 (review item 2): the docstring's width, every field of NON_SOCIAL_FIELDS
    ("culture-body-and-company",
     "Министерство культуры Вологодской области и ООО «Усадьба» 12 марта подписали "
     "соглашение о реставрации старой усадьбы у озера.", []),
    # guards: a culture or sport body with a company on a topic of the social sphere
    ("culture-body-social-topic",
     "Министерство культуры Вологодской области и ООО «Усадьба» 12 марта подписали "
     "соглашение о бесплатных экскурсиях для пенсионеров.",
     [("signed", ["Министерство культуры Вологодской области", "ООО «Усадьба»"])]),
    ("sport-body-social-topic",
     "Министерство спорта Вологодской области и ООО «Арена» 12 марта подписали соглашение о "
     "бесплатных занятиях для детей с инвалидностью.",
     [("signed", ["Министерство спорта Вологодской области", "ООО «Арена»"])]),
    ("building-body-social-fund",
     "Министерство строительства Вологодской области и фонд «Опора» 12 марта подписали "
     "соглашение о доступной среде для инвалидов.",
     [("signed", ["Министерство строительства Вологодской области", "Фонд «Опора»"])]),
]


@pytest.mark.parametrize(("case", "tail", "expected"), CASES, ids=[r[0] for r in CASES])
def test_records(models, case: str, tail: str, expected: list[tuple[str, list[str]]]) -> None:
    assert probes.status_parties(models, LEAD + tail, "2025-03-14") == sorted(expected)


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, agreements=("field_bodies_alone", "_field_body",
                                                      "_company_told", "_field_topic",
                                                      "_clause_names_sphere", "works_phrase_topic"),
                                          coreference=("field_bodies", "works_phrase"),
                                          merge=("likened_of_dropped",),
                                          agreement_lists=("item_topic",))
