"""multi47: agreements on pages that tell many, only some of them social (a visit, a forum, a
government meeting). An agreement's own subject decides whether it is one of social
protection: a mention of several agreements at once ("Оба соглашения касаются ...") tells
the sphere of the set, not of one record it joined (``agreements.several_agreements`` in
``_names_social_sphere``); a subject told by "касается X" is a stated subject
(``agreements.touched_topic_lemmas`` in ``outside_social_sphere``); the supply of goods
and a public-private partnership's kind ("концессионное соглашение") are economy topics
(``lexicon.ECONOMY_TOPIC_WORDS``, read by ``economy_topic_alone``); schools alone agreeing
on teaching with nothing else of the social sphere are no record
(``agreements.schools_on_teaching``). Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest

MINTRUD = "Министерство социального развития Энской области"
SOCIAL = (f"Вчера {MINTRUD[0].lower() + MINTRUD[1:]} и фонд «Опора» подписали соглашение "
          "о помощи одиноким пенсионерам Энска. ")
SOCIAL_ROW = ("signed", [MINTRUD, "Фонд «Опора»"])

# (id, text, published, expected (status, sorted sides) rows)
RECORDS = [
    # positives, each failing on b47dev (the first: the hostel's record kept, vouched for
    # by the count's sentence; the others: an extra record of the company, the plant or the
    # schools)
    ("count-vouches-for-none",
     "Энский технический университет накануне, в последний день областной выставки, "
     "заключил четыре соглашения о сотрудничестве. Документы подписал ректор университета "
     "Иван Котов.\n\nС мэрией города Энска подписан договор о взаимодействии при "
     "строительстве студенческого общежития: мэрия спроектирует подъездные дороги и "
     "парковку.\n\nЕщё два соглашения касаются помощи пожилым людям. Первое подписано с "
     "министерством социального развития Энской области. Его подписали Иван Котов и "
     "министр Ольга Гусева.\n\nВторое соглашение университет подписал с фондом «Опора». "
     "Со стороны фонда документ подписал директор фонда Пётр Лебедев.", "2026-03-11",
     [("signed", [MINTRUD, "Энский технический университет"]),
      ("signed", ["Фонд «Опора»", "Энский технический университет"])]),
    ("touches-a-laboratory",
     SOCIAL + "Соглашение с ООО «Северный кристалл» касается создания опытной "
     "лаборатории робототехники.", "2026-03-11", [SOCIAL_ROW]),
    ("concession-on-boilers",
     SOCIAL + "\n\nАдминистрация города Энска и ООО «Энсктеплосервис» заключили "
     "концессионное соглашение: за десять лет компания обновит городские котельные.",
     "2026-03-11", [SOCIAL_ROW]),
    ("supply-of-parts",
     SOCIAL + "Энский тракторный завод заключил соглашение о поставках запасных частей с "
     "предприятием из Республики Казахстан.", "2026-03-11", [SOCIAL_ROW]),
    ("schools-on-a-geology-programme",
     SOCIAL + "Ректор Энского горного университета Пётр Лавров и ректор Карагандинского "
     "технического университета скрепили подписями договор об образовательной программе "
     "двух дипломов по геологии.", "2026-03-11", [SOCIAL_ROW]),
    # guards, passing on both: a company's agreement touching jobs for people with
    # disabilities; schools training social workers; supply for families in need; a
    # ministry's planned training with one school named (a first full run dropped such a
    # record); a concession on a care home
    ("touches-jobs-for-the-disabled",
     SOCIAL + "Соглашение министерства с ООО «Северный кристалл» касается трудоустройства "
     "людей с инвалидностью.", "2026-03-11",
     [SOCIAL_ROW, ("mentioned", ["ООО «Северный кристалл»"])]),
    ("schools-on-social-work",
     "Ректор Энского педагогического университета Пётр Лавров и ректор Карагандинского "
     "технического университета Анна Серова скрепили подписями договор об обучении "
     "социальных работников по программе двух дипломов.", "2026-03-11",
     [("signed", ["Карагандинский технический университет",
                  "Энский педагогический университет"])]),
    ("supply-for-families-in-need",
     SOCIAL + f"\n\n{MINTRUD} и ООО «Энский хлеб» "
     "заключили соглашение о поставках продуктовых наборов малоимущим семьям.", "2026-03-11",
     [SOCIAL_ROW, ("signed", [MINTRUD, "ООО «Энский хлеб»"])]),
    ("training-with-one-school-named",
     f"Вчера {MINTRUD[0].lower() + MINTRUD[1:]} и фонд «Опора» подписали соглашение о помощи "
     "одиноким пенсионерам Энска. Следующим шагом, по словам министра, станет подписание "
     "договора о подготовке кадров с Энским горным университетом. Документ планируется "
     "подписать в мае.", "2026-03-11",
     [SOCIAL_ROW, ("planned", ["Энский горный университет"])]),  # its side as main reads it
    ("concession-on-a-care-home",
     SOCIAL + "\n\nАдминистрация города Энска и ООО «Забота-Инвест» заключили концессионное "
     "соглашение о строительстве ещё одного дома-интерната для престарелых.", "2026-03-11",
     [SOCIAL_ROW, ("signed", ["Администрация города Энска", "ООО «Забота-Инвест»"])]),
]


@pytest.mark.parametrize(("text", "published", "expected"), probes.named_rows(RECORDS))
def test_records(models, text: str, published: str, expected: list) -> None:
    got = probes.status_parties(models, text, published)
    assert got == sorted((s, sorted(p)) for s, p in expected)


MULTI47_FUNCTIONS = [("agreements", "several_agreements"),
                     ("agreements", "_schools_named"),
                     ("agreements", "touched_topic_lemmas"),
                     ("agreements", "schools_on_teaching"),
                     ("agreements", "_names_social_sphere"),
                     ("coreference", "schools_teaching")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, MULTI47_FUNCTIONS)
