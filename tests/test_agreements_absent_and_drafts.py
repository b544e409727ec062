"""Agreements and status of absent, drafted and headlined agreements: one said not to be is none; a
draft named by no side is the agreement just told and its approval day no signing date; a
body reporting a signing as coming overrules a headline's "подписали"; a sentence of several
verbs with different partners is one clause per verb; "стороны" refer to the paragraph's
agreement; a signing participle that agrees with the agreement noun dates it; a signing told
as the event of an occasion takes the occasion's day; a place glued before a body's name is
no part of the side. Every probe is written here, in words of its own."""

from __future__ import annotations

import pytest
from probes import agreement_records, agreements_of, by_file

PUB = "2025-10-14"

TVER = "Министерство социальной защиты Тверской области"
PSKOV = "Комитет по социальной защите населения Псковской области"
PENZA = "Министерство социальной защиты Пензенской области"
TAMBOV = "Министерство труда и социальной защиты Тамбовской области"


def records(models, text, published=PUB):
    """(status, date, sorted party names) of each agreement the text gives."""
    return agreement_records(models, text, published, "status", "date", "parties")


# --- absent_agreement ------------------------------------------------------------------------

ABSENT = [
    "Министр социальной защиты Курской области Иван Петров рассказал о работе с соседями. С "
    "брянскими коллегами мы часто встречаемся, но соглашения с ними у министерства пока нет.",
    "Районы Тверской области пока работают без соглашения с Псковской областью, сообщили в "
    "министерстве.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", ABSENT)
def test_agreement_said_not_to_exist_is_none(models, text):
    assert records(models, text) == []


@pytest.mark.slow
def test_agreement_said_to_exist_stays(models):
    text = ("У министерства есть соглашение с Министерством труда и социальной защиты "
            "Тамбовской области, подписанное в 2021 году.")
    got = records(models, text)
    assert len(got) == 1 and got[0][1] == "2021" and TAMBOV in got[0][2]


# --- body_overrules_headline, draft_of_named ---------------------------------------------------

HEADLINE = ("Тверская и Псковская области подписали соглашение о сотрудничестве в соцсфере\n"
            "14 октября 2025 г.\n"
            "Соглашение о сотрудничестве между Министерством социальной защиты Тверской "
            "области и Комитетом по социальной защите населения Псковской области {body}, в "
            "Пскове.{draft}\n")


@pytest.mark.slow
@pytest.mark.parametrize("draft", ["", " Проект соглашения одобрен в сентябре."])
def test_body_that_plans_overrules_signed_headline(models, draft):
    text = HEADLINE.format(body="будет подписано в пятницу, 17 октября", draft=draft)
    assert records(models, text) == [("planned", "2025-10-17", sorted([TVER, PSKOV]))]


@pytest.mark.slow
def test_body_that_signed_keeps_signed_headline(models):
    text = HEADLINE.format(body="подписано вчера", draft="")
    assert records(models, text) == [("signed", "2025-10-13", sorted([TVER, PSKOV]))]


# --- partner_of_own_verb ---------------------------------------------------------------------

VERBS = ("Пенза подписала соглашение с Саратовом, продлит договор с Самарой и утвердила план с "
         "Тамбовом\n"
         "Министерство социальной защиты Пензенской области сегодня подписало соглашение с "
         "Министерством труда и социальной защиты Саратовской области.\n")


@pytest.mark.slow
def test_each_verb_keeps_its_own_partner(models):
    got = records(models, VERBS)
    parties = [p for _, _, p in got]
    assert sorted([PENZA, "Министерство труда и социальной защиты Саратовской области"]) \
        in parties
    assert all("Тамбов" not in p and "Самара" not in p for ps in parties for p in ps
               if len(ps) > 2)
    assert all(not ({"Самара", "Пенза"} <= set(ps) and "Саратов" in ps) for ps in parties)


@pytest.mark.slow
def test_partners_of_one_verb_all_stay(models):
    text = ("Сегодня Министерство социальной защиты Пензенской области подписало соглашение с "
            "министерствами Саратовской и Самарской областей и с Министерством труда и "
            "социальной защиты Тамбовской области.")
    regions = {p for _, _, ps in records(models, text) for p in ps}
    assert TAMBOV in regions and PENZA in regions


# --- paragraph_agreement_sides ---------------------------------------------------------------

PARAGRAPH = ("Министерство социальной защиты Пензенской области и Министерство труда и "
             "социальной защиты Тамбовской области подписали соглашение о сотрудничестве.\n\n"
             "Кроме того, на встрече обсуждали соглашение с Министерством социального "
             "развития Мордовии, срок действия которого истекает в марте. {sides} намерены "
             "до конца года подписать дополнительное соглашение, продлевающее документ на "
             "три года.\n")


@pytest.mark.slow
def test_sides_are_the_paragraphs_agreement(models):
    got = records(models, PARAGRAPH.format(sides="Стороны"))
    mordovia = "Министерство социального развития Мордовии"
    assert [(s, p) for s, _, p in got] == [("planned", sorted([mordovia, PENZA])),
                                           ("signed", sorted([PENZA, TAMBOV]))]


@pytest.mark.slow
def test_sides_of_another_paragraph_are_not_read(models):
    text = PARAGRAPH.format(sides="Стороны").replace("в марте. Стороны", "в марте.\nСтороны")
    # pdate50: the plan's "до конца года" dates it, so dates are compared as strings
    got = agreement_records(models, text, PUB, "status", "date_or_empty", "parties")
    assert not any(PENZA in p and any("Мордови" in x for x in p)
                   for s, _, p in got if s == "planned")


# --- agreeing_participle ---------------------------------------------------------------------

PARTICIPLE = [
    ("Участники совещания утвердили программу на 2026 год по исполнению соглашения с "
     "Министерством труда и социальной защиты Тульской области, подписанного в 2021 году "
     "министерством социального развития Калужской области.", "2021"),
    ("Одобрен план на 2027 год по реализации соглашения с Министерством труда Курской "
     "области, заключенного в 2022 году департаментом Орловской области.", "2022"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "year"), PARTICIPLE)
def test_agreeing_participle_dates_the_agreement(models, text, year):
    assert [d for _, d, _ in records(models, text)] == [year]


# --- occasion_of_signing ---------------------------------------------------------------------

OCCASION = ("Министерство социальной защиты Пензенской области подвело итоги выездной "
            "коллегии, которая прошла 10 октября в Кузнецке. На заседании обсудили работу с "
            "семьями участников СВО.\n"
            "Главным {event} стало подписание соглашения о сотрудничестве между "
            "Министерством социальной защиты Пензенской области и Министерством труда и "
            "социальной защиты Тамбовской области.\n")


@pytest.mark.slow
def test_signing_as_event_of_occasion_takes_its_day(models):
    got = records(models, OCCASION.format(event="событием коллегии"))
    assert got == [("signed", "2025-10-10", sorted([PENZA, TAMBOV]))]


@pytest.mark.slow
def test_signing_of_no_occasion_takes_no_occasion_day(models):
    got = records(models, OCCASION.format(event="итогом недели"))
    assert [d for _, d, _ in got] != ["2025-10-10"]


# --- place_before_body -----------------------------------------------------------------------

PLACES = [
    "В минувший четверг в Пскове Министерство социальной защиты Тверской области и Комитет по "
    "социальной защите населения Псковской области подписали соглашение о сотрудничестве.",
    "Псков. Сегодня в Пскове Министерство социальной защиты Тверской области и Комитет по "
    "социальной защите населения Псковской области подписали соглашение о сотрудничестве.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", PLACES)
def test_place_before_body_is_not_part_of_side(models, text):
    assert [p for _, _, p in records(models, text)] == [sorted([TVER, PSKOV])]


@pytest.mark.slow
def test_body_named_after_city_keeps_its_name(models):
    text = ("Администрация города Пскова и Министерство социальной защиты Тверской области "
            "подписали соглашение о сотрудничестве в сфере поддержки пожилых людей.")
    names = [p for _, _, ps in records(models, text) for p in ps]
    assert "Администрация города Пскова" in names


# --- the CLI, end to end ---------------------------------------------------------------------


@pytest.mark.slow
def test_cli_lists_headline_and_absent_agreements(listed_rows):
    files = {
        "a.txt": HEADLINE.format(body="будет подписано в пятницу, 17 октября",
                                 draft=" Проект соглашения одобрен в сентябре."),
        "b.txt": ABSENT[0] + "\n",
    }
    got = {name: [(a["status"], sorted(p["name"] for p in a["parties"]))
                  for a in rec["agreements"]]
           for name, rec in by_file(listed_rows(files, "--format", "jsonl",
                                                "--limit", "0")).items()}
    assert got == {"a.txt": [("planned", sorted([TVER, PSKOV]))], "b.txt": []}


# --- listed_past_signing ---------------------------------------------------------------------

LIST = ("Министр социальной защиты Пензенской области рассказал о сотрудничестве с соседями. "
        "{items}В прошлом году мы подписали соглашение с Министерством труда и социальной "
        "защиты Тамбовской области о подготовке сиделок.")
ITEMS = ("В 2019 году заключено соглашение с Министерством социального развития Мордовии. "
         "В 2021 году подписано соглашение с Министерством труда и социальной защиты "
         "Саратовской области. ")


# with no publication day "в прошлом году" has no value: the list alone tells it is no news


@pytest.mark.slow
def test_past_year_signing_after_a_list_is_mentioned(models):
    got = agreements_of(models, LIST.format(items=ITEMS))
    tambov = [a.status for a in got if any("Тамбов" in p.name for p in a.parties)]
    assert tambov == ["mentioned"]


# statpool92 (``status.past_year_unanchored``): alone, too, a signing "в прошлом году" on a
# page with no year is before the report's year, an agreement in force (the golds of two dev
# rounds read it so; none reads it as the news)
@pytest.mark.slow
def test_past_year_signing_alone_is_mentioned_too(models):
    got = agreements_of(models, LIST.format(items=""))
    assert [a.status for a in got if any("Тамбов" in p.name for p in a.parties)] == \
        ["mentioned"]


# --- plural_between --------------------------------------------------------------------------

CENTRES = ("Вчера в Ефремове прошла ярмарка вакансий, которую провели Центр занятости "
           "населения Тульской области и Центр занятости населения Рязанской области. "
           "Ярмарка проходит в рамках соглашения о сотрудничестве в сфере занятости, "
           "заключенного между {heads} в марте 2024 года.")


@pytest.mark.slow
def test_between_plural_head_names_the_bodies_before(models):
    got = records(models, CENTRES.format(heads="центрами"))
    assert [p for _, _, p in got] == [sorted(["Центр занятости населения Тульской области",
                                              "Центр занятости населения Рязанской области"])]


@pytest.mark.slow
def test_between_plural_head_of_other_bodies_names_none(models):
    got = records(models, CENTRES.format(heads="министерствами"))
    assert all("Центр занятости населения Тульской области" not in p for _, _, p in got)
