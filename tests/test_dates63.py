"""dates63 (round 63): agreement dates. Pooled from every "WRONG" line of the lead's pool on
b63 and classed; two structural reads of a story's lead:

- a story's lead is counted from its own first sentence: the page's menu lines and its
  stamp above the headline are no sentences of the story, however long the site makes its
  header (``signing_dates.story_opening``, read by ``signing_dates.story_lead_day``); a
  sentence told by a short participle is the story's all the same, a labelled stamp
  ("Опубликовано: ...") is not;
- the story's first sentence that dates, in the past, the step the story tells ("сделан
  новый шаг", "закрепили порядок работы") with one day and no word of signing dates the
  page's one signing told in the next sentence with no day of its own
  (``agreement_dates.lead_day_of_next_signing``);
- a headline printed above the page's stamp, masked with the header, that opens with a
  day dates the story's first signing with no day of its own
  (``agreement_dates.masked_headline_day``).

Every probe is written here, in words of its own. On b63dev the probes marked "fails on
b63dev" below take the page's day (the publication stand-in, no text date)."""

from __future__ import annotations

from typing import Any

import probes
import pytest

# a site's header: its name, a menu line and a stamp, above the headline
HEADER = ("Вестник Приречья | Новости\n"
          "Власть   Хозяйство   Люди   Афиша   Погода\n\n"
          "{stamp}\n\n")

# --- the lead past a long header (fails on b63dev: the page's day)
SET_LEAD = HEADER + (
    "Сразу три документа о сотрудничестве заключили на социальном форуме\n\n"
    "{lead} в Курске в рамках регионального форума «Забота рядом» подписан ряд соглашений "
    "о партнёрстве.\n\n"
    "Сначала Министерство социального обеспечения Курской области и Курский "
    "университет сестринского дела подписали соглашение о выпуске сиделок: "
    "старшекурсники начнут стажироваться в пансионатах для стариков.\n")

def _signed_dates(models: Any, text: str, published: str) -> list[str | None]:
    """The dates of the page's signed records, in order."""
    return [d for s, d in probes.status_dates(models, text, published) if s == "signed"]


# (id, text, publication day, the first signed record's expected date: None = no text date)
LEAD_PAST_HEADER = [
    ("set_lead_yesterday", SET_LEAD.format(stamp="2024-05-16 10:42", lead="Накануне"),
     "2024-05-16", "2024-05-15"),
    ("set_lead_tuesday", SET_LEAD.format(stamp="16.05.2024, 09:15", lead="Во вторник"),
     "2024-05-16", "2024-05-14"),
    # a labelled stamp, its word a short participle, is no sentence of the story
    ("set_lead_labelled_stamp",
     SET_LEAD.format(stamp="Опубликовано: 16.05.2024, 09:15", lead="Во вторник"),
     "2024-05-16", "2024-05-14"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "expected"), probes.named_rows(LEAD_PAST_HEADER))
def test_lead_counted_past_the_header(models: Any, text: str, published: str,
                                      expected: str | None) -> None:
    found = _signed_dates(models, text, published)
    assert found and found[0] == expected


# --- the first sentence dates a step, the next tells the signing (fails on b63dev)
STEP = HEADER + (
    "ПАТРОНАЖ БЕЗ ПРОБЕЛОВ: ЦЕНТР И БОЛЬНИЦА ДОГОВОРИЛИСЬ\n\n"
    "{lead}\n\n"
    "Анна Белова, возглавляющая Льговский центр социального обслуживания, и Пётр Зуев, "
    "главврач Льговской больницы, скрепили подписями соглашение о взаимодействии{own}.\n\n"
    "Отныне фельдшеры станут извещать центр о стариках, которым после палаты нужна сиделка.\n")

HEADLINE_SIGNING = HEADER + (
    "В Курске подписали соглашение об опеке над семьями бойцов\n\n"
    "Министерство социального обеспечения Курской области и курское Отделение Социального "
    "фонда {when} утвердили порядок совместной опеки над родными бойцов.\n\n"
    "Документ подписали министр Ольга Петрова и управляющий отделением Сергей Лукин{own}.\n\n"
    "Родные бойцов смогут просить о любой выплате через единое окошко.\n")

# fixdates63: a past event of the lead that is not the story's step, under a headline
# telling the signing
OTHER_EVENT = HEADER + (
    "Фонд и министерство подписали соглашение\n\n"
    "{lead}\n\n"
    "Министерство социальной защиты Курской области и благотворительный фонд «Опора» "
    "подписали соглашение о поддержке одиноких пенсионеров.\n\n"
    "Волонтёры фонда станут привозить старикам продукты и лекарства.\n")

# (id, text, publication day, expected date of the page's signed record)
STEP_THEN_SIGNING = [
    ("step_last_friday",
     STEP.format(stamp="12.04.2024",
                 lead="В прошлую пятницу в посёлке сделан новый шаг к долговременному "
                      "уходу за стариками.", own=""),
     "2024-04-12", "2024-04-05"),
    ("step_yesterday",
     STEP.format(stamp="12.04.2024",
                 lead="Вчера в посёлке центр и больница объединили силы ради одиноких "
                      "стариков.", own=""),
     "2024-04-12", "2024-04-11"),
    ("headline_then_step",
     HEADLINE_SIGNING.format(stamp="12.03.2024, 11:20", when="накануне", own=""),
     "2024-03-12", "2024-03-11"),
    # guards: the signing's own day wins; a plan in the first sentence dates nothing
    ("own_day_wins",
     STEP.format(stamp="12.04.2024",
                 lead="В прошлую пятницу в посёлке сделан новый шаг к долговременному "
                      "уходу за стариками.", own=" 9 апреля"),
     "2024-04-12", "2024-04-09"),
    ("plan_in_the_lead",
     STEP.format(stamp="12.04.2024",
                 lead="В пятницу в посёлке планируется открыть прокат инвалидных колясок.", own=""),
     "2024-04-12", None),
    ("talks_in_the_lead",
     STEP.format(stamp="12.04.2024",
                 lead="В прошлую пятницу в посёлке обсудили уход за одинокими стариками.",
                 own=""),
     "2024-04-12", None),
    ("signed_later",
     STEP.format(stamp="12.04.2024",
                 lead="В прошлую пятницу в посёлке сделан новый шаг к долговременному "
                      "уходу за стариками.", own=" позднее"),
     "2024-04-12", None),
    ("quoted_today",
     STEP.format(stamp="12.04.2024",
                 lead="«Сегодня в посёлке не хватает сиделок», — посетовала глава района.",
                 own=""),
     "2024-04-12", None),
    ("headline_no_day",
     HEADLINE_SIGNING.format(stamp="12.03.2024, 11:20", when="совместно", own=""),
     "2024-03-12", None),
    # fixdates63: the lead must tell the story's step (a step or cooperation noun, or a
    # body the signing names); an unrelated past event dates nothing (both fail on m63:
    # 2024-04-11)
    ("unrelated_event_headline",
     OTHER_EVENT.format(stamp="12.04.2024",
                        lead="В минувший четверг в посёлке завершился ремонт школы."),
     "2024-04-12", None),
    ("unrelated_event_next",
     STEP.format(stamp="12.04.2024",
                 lead="В минувший четверг в посёлке завершился ремонт школы.", own=""),
     "2024-04-12", None),
    # the step told by a noun of cooperation, or by the signing's body
    ("cooperation_noun",
     STEP.format(stamp="12.04.2024",
                 lead="В минувший четверг в посёлке налажено взаимодействие медиков и "
                      "соцработников.", own=""),
     "2024-04-12", "2024-04-11"),
    ("body_of_the_signing",
     OTHER_EVENT.format(stamp="12.04.2024",
                        lead="В минувший четверг министерство и фонд объединили усилия "
                             "ради пенсионеров."),
     "2024-04-12", "2024-04-11"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "expected"), probes.named_rows(STEP_THEN_SIGNING))
def test_first_sentence_dates_next_signing(models: Any, text: str, published: str,
                                           expected: str | None) -> None:
    found = _signed_dates(models, text, published)
    assert found and found[0] == expected


def test_two_signings_not_dated_by_a_step(models: Any) -> None:
    """Guard: with two signings on the page, the first sentence's step is no day of either
    (the page's one signing only)."""
    text = STEP.format(stamp="12.04.2024",
                       lead="В прошлую пятницу в посёлке сделан новый шаг к "
                            "долговременному уходу за стариками.", own="") + (
        "\nКроме того, Министерство социального обеспечения Курской области и Курский "
        "колледж социальных технологий подписали соглашение о стажировке первокурсников в "
        "пансионатах.\n")
    found = _signed_dates(models, text, "2024-04-12")
    assert len(found) == 2 and "2024-04-05" not in found


# --- a headline above the stamp, masked with the page's header (fails on b63dev)
MASKED = ("Вестник Приречья — новости Курска и области\n"
          "Власть | Хозяйство | Люди | Афиша | Погода | Письма\n\n"
          "{head}\n\n"
          "16 мая 2024, 09:12 · Общество\n\n"
          "Курские и орловские сиделки обменяются навыками по единой программе. "
          "Соглашение об обмене опытом патронажа подписали{own} министр социального "
          "обеспечения Курской области Ольга Петрова и министр социальной защиты Орловской "
          "области Нина Белкина.\n\n"
          "Стороны условились устраивать общие стажировки для патронажных сестёр.\n")
PLAIN_HEAD = "Курск и Орёл условились вместе опекать одиноких стариков"

MASKED_HEADLINE = [
    ("day_opens_headline", MASKED.format(head="15 мая " + PLAIN_HEAD, own=""), "2024-05-15"),
    ("day_and_colon", MASKED.format(
        head="14 мая: в Курске подписано соглашение о патронаже стариков", own=""),
     "2024-05-14"),
    # guards: no day in the headline; the signing's own day; a day alone is no headline
    ("no_day", MASKED.format(head=PLAIN_HEAD, own=""), None),
    ("own_day_wins", MASKED.format(head="15 мая " + PLAIN_HEAD, own=" 13 мая"), "2024-05-13"),
    ("day_alone", MASKED.format(head="15 мая", own=""), None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), probes.named_rows(MASKED_HEADLINE))
def test_masked_headline_day(models: Any, text: str, expected: str | None) -> None:
    found = _signed_dates(models, text, "2024-05-16")
    assert found == [expected]


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, signing_dates=("story_opening",),
                                          agreement_dates=("lead_day_of_next_signing",
                                                           "masked_headline_day"))
