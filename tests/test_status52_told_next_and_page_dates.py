"""status52: a signing told in the sentence after an agreement that says nothing of its
status, the day a headline says the sides came to terms, an occasion of last year
("на прошлогоднем форуме"), a day a signing could have had but did not, "в тот же день"
far from any day, and publication dates in four more page forms. Probed in our own words.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.agreement_dates import agreed_on_terms
from soccoop.extract.dates import find_dates
from soccoop.extract.published import find_published

SIDES = ("Отделением Социального фонда России по Курской области и Курским государственным "
         "университетом")

# --- a signing told in the next sentence (coreference.signed_in_next_sentence) -----------


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # signatures under the document, in the next paragraph
    (f"12.03.2025\nНовые возможности пенсионерам даёт соглашение о сотрудничестве между "
     f"{SIDES}.\n\nПодписи под документом поставили управляющий отделением Иван Петров и "
     "ректор университета Олег Сидоров.", [("signed", None)]),
    # a document signed, with the day
    (f"12.03.2025\nОсновой работы волонтёров станет соглашение между {SIDES}. 11 марта "
     "документ подписали управляющий отделением Иван Петров и ректор Олег Сидоров.",
     [("signed", "2025-03-11")]),
    # the next sentence dates the signing years back: an agreement of before
    (f"12.03.2025\nОсновой работы волонтёров служит соглашение между {SIDES}. Документ "
     "подписали в 2019 году управляющий отделением Иван Петров и ректор Олег Сидоров.",
     [("mentioned", "2019")]),
    # the next sentence reports no signing
    (f"12.03.2025\nНовые возможности пенсионерам даёт соглашение о сотрудничестве между "
     f"{SIDES}. Документ обсуждали на заседании учёного совета.", [("mentioned", None)]),
])
def test_signing_told_in_next_sentence(models: Any, text: str,
                                       expected: list[tuple[str, str | None]]) -> None:
    assert probes.status_dates(models, text) == expected


# --- the day a headline says the sides came to terms (agreement_dates.lead_date) -------


@pytest.mark.slow
def test_headline_day_of_terms_dates_the_signing(models: Any) -> None:
    text = ("5 февраля курское отделение Соцфонда и университет договорились вместе учить "
            "пенсионеров\n\n07.02.2025\n\nНовые возможности пенсионерам даёт соглашение о "
            f"сотрудничестве между {SIDES}.\n\nПодписи под документом поставили управляющий "
            "отделением Иван Петров и ректор университета Олег Сидоров.")
    assert probes.status_dates(models, text) == [("signed", "2025-02-05")]


@pytest.mark.slow
@pytest.mark.parametrize(("headline", "agreed"), [
    ("5 февраля отделение и университет договорились вместе учить пенсионеров", True),
    ("Министерство и фонд договорились помогать семьям участников СВО", True),
    ("5 февраля отделение и университет договорились подписать соглашение", False),
    ("Отделение и университет договорятся о совместной работе", False),
    ("Отделение и университет не договорились о совместной работе", False),
    ("Отделение и университет планируют договориться о совместной работе", False),
])
def test_agreed_on_terms(models: Any, headline: str, agreed: bool) -> None:
    sent = models.analyse(headline).sentences[0]
    assert agreed_on_terms(sent) is agreed


# --- an occasion of last year (dates._year_adjectives) ------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("На прошлогоднем форуме мы подписали соглашение", ["2023"]),
    ("во время позапрошлогоднего визита губернатора", ["2022"]),
    ("по итогам прошлогодней выставки", ["2023"]),
    ("запасы удобрений больше прошлогодних", []),
    ("прошлогодний ремонт затянулся на два месяца", []),
])
def test_year_adjectives(text: str, expected: list[str]) -> None:
    assert [d.value for d in find_dates(text, "2024-09-10")] == expected


@pytest.mark.slow
def test_signing_at_last_years_forum_is_referred_to(models: Any) -> None:
    text = ("10.09.2024\n«На прошлогоднем форуме мы подписали соглашение с главным управлением "
            "социальной защиты населения Курганской области», — рассказал министр социальной "
            "политики Свердловской области Павел Иванов.")
    assert probes.status_dates(models, text) == [("mentioned", "2023")]


# --- a day a signing could have had (signing_dates.counterfactual_date) -----------------


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("09.04.2025\nСоглашение между агентством по занятости Калининградской области и ООО "
     "«Янтарная мебель» могло быть подписано ещё в марте, но стороны не сошлись в числе "
     "квотируемых мест. Документ подпишут 24 апреля на ярмарке вакансий.",
     [("planned", "2025-04-24")]),
    ("09.04.2025\nАгентство по занятости Калининградской области и ООО «Янтарная мебель» "
     "подписали бы соглашение уже в марте, однако стороны не сошлись в числе квотируемых "
     "мест. Документ подпишут 24 апреля на ярмарке вакансий.",
     [("planned", "2025-04-24")]),
    # no contrast: the date is the plan's own
    ("09.04.2025\nСоглашение между агентством по занятости Калининградской области и ООО "
     "«Янтарная мебель» может быть подписано 24 апреля на ярмарке вакансий.",
     [("planned", "2025-04-24")]),
])
def test_counterfactual_date(models: Any, text: str,
                             expected: list[tuple[str, str | None]]) -> None:
    assert probes.status_dates(models, text) == expected


# --- "в тот же день" far from any day (agreement_dates.same_day_as_signing_before) -------


@pytest.mark.slow
def test_same_day_as_the_signing_before(models: Any) -> None:
    filler = ("Участники форума обсудили работу реабилитационных центров, обмен опытом "
              "долговременного ухода и подготовку социальных работников для сёл.")
    text = ("18.07.2025\nВ Нальчике на форуме, проходившем с 9 по 11 июля, подписано "
            "соглашение между министерством труда Ставропольского края и министерством "
            "труда Кабардино-Балкарской Республики. Документ подписали во второй день "
            "форума.\n\n" + "\n\n".join([filler] * 4) + "\n\nВ тот же день министерство "
            "труда Ставропольского края заключило отдельное соглашение с Северо-Кавказским "
            "федеральным университетом.")
    assert probes.status_dates(models, text) == [("signed", "2025-07-10"),
                                                 ("signed", "2025-07-10")]


# --- publication dates (published.find_published) ---------------------------------------

HEAD = "Курская область и Белгородская область договорились о сотрудничестве"
BODY = ("Министры социальной защиты двух регионов подписали соглашение о сотрудничестве в "
        "сфере социального обслуживания граждан и обсудили планы на год.")


@pytest.mark.parametrize(("text", "expected"), [
    # a dateline with its weekday, the lead running on
    (f"{HEAD}\n\nКурск, 23 ноября 2024, суббота. Еженедельный обзор главных событий "
     f"социальной политики области.\n\n{BODY}", "2024-11-23"),
    # a dateline masked with the page's head, right above the lead
    (f"КурскНовости\nГлавное | Политика | Экономика | Общество\n\nОбщество\n\nИтоги "
     f"форума: два соглашения и планы на будущее\n\nКурск, 15 ноября 2024, 18:05 — "
     f"КурскНовости.\n\n{BODY}\n\n{BODY}", "2024-11-15"),
    # a stamp with the page's rubric under it, a weather widget above it
    (f"КУРСК24.РФ\nНовости | Общество | Экономика\nКурск +12°\n\n15.05.2025, 11:47\n"
     f"Общество\n\n{HEAD}\n\n{BODY}", "2025-05-15"),
    # a menu row under the date: the site header's day
    (f"КУРСК24.РФ\nКурск +12°\n15.05.2025\nГлавная | Новости | Афиша\n\n{HEAD}\n\n{BODY}",
     None),
    # an issue line that prints the date before the number
    (f"«ЗАРЯ»\nОбщественно-политическая газета района\n29 апреля 2024 г., понедельник | "
     f"№ 34 (10 512)\n\n{HEAD}\n\n{BODY}", "2024-04-29"),
    (f"«ЗАРЯ»\nПриказ от 29 апреля 2024 г. | № 34\n\n{HEAD}\n\n{BODY}", None),
])
def test_publication_page_forms(text: str, expected: str | None) -> None:
    assert find_published(text)[0] == expected


# --- the base of a supplementary agreement (agreements._amended_base, contiguous phrases) --


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # the weekday told before the verb dates the supplement, not the base's clause
    ("21.04.2025\nЦентр занятости населения Чувашской Республики и ООО «Швейная фабрика» в "
     "среду, 16 апреля, подписали дополнительное соглашение к соглашению о сотрудничестве, "
     "заключённому в 2022 году.", [("mentioned", "2022"), ("signed", "2025-04-16")]),
])
def test_base_of_a_supplement(models: Any, text: str,
                              expected: list[tuple[str, str | None]]) -> None:
    assert sorted(probes.status_dates(models, text)) == expected


# --- signings after a ceremony of signing agreements (signing_dates._counts_documents) ----


@pytest.mark.slow
def test_signings_take_the_day_of_the_ceremony(models: Any) -> None:
    text = ("11.10.2024\nВ Томске завершил работу социальный форум, который проходил с 8 по 10 "
            "октября.\n\nГлавным событием второго дня форума, в среду, 9 октября, стала "
            "церемония подписания соглашений.\n\nПервым подписано соглашение между "
            "министерством социальной защиты Томской области и Томским государственным "
            "университетом.\n\nЕщё одно соглашение заключили центр занятости населения Томска "
            "и ООО «Томский пластик». Документ подписали директор центра Ольга Рыжова и "
            "директор компании Денис Арутов.")
    assert probes.status_dates(models, text) == [("signed", "2024-10-09"),
                                                 ("signed", "2024-10-09")]
