"""date45: agreement dates pooled over the dev rounds, in our own words. A report's headline
and its lead's first signing sentence tell one signing: a day either states, or the
signatures' day of the sentence after the lead, dates the record read from the other. A day
a record's own sentence states without its year keeps it when a plan's sentence tells the
same day ("в тот же день"). The page's stamp under a headline does not end the headline's
story. A plan told after a colon takes the month its head clause gives a body's joining
still to come. An agreement in force since a year (or month) told by a participle before
or after the noun, or by a fronted "с" phrase with the verb after the noun, is dated by it.
Negatives guard each against over-reach.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.agreement_dates import (
    anchored_values,
    signing_not_dated_by_plan,
    verbless_signing_day,
)

HEAD = "Кадровый центр Энского улуса\nГлавная › Новости\n\n"
CENTRE = "Кадровый центр Энского улуса"
COLLEGE = "Энский лесотехнический техникум"
# a headline naming both sides: the record is read from it
TITLE = "КЦ Энского улуса и Энский техникум заключили соглашение о стажировках"

# --- a headline and its lead tell one signing ---------------------------------------------------


@pytest.mark.parametrize(("case", "text", "expected"), [
    ("signatures-after-the-lead",
     f"{HEAD}{TITLE}\n\n14 марта 2025\n\n"
     f"{CENTRE} и {COLLEGE} подписали соглашение о стажировках лесников. Свои подписи "
     "11 марта под ним поставили Ирина Волкова и Павел Громов.\n\n"
     "Выпускники техникума пройдут стажировку в лесничествах улуса.\n",
     [("signed", "2025-03-11")]),
    ("lead-joins-on-its-day",
     f"{HEAD}Подписали соглашение с Энским лесотехническим техникумом\n\n14 марта 2025\n\n"
     f"12 марта {CENTRE} стал стороной соглашения о стажировках лесников с техникумом. "
     "Выпускники техникума пройдут стажировку в лесничествах улуса.\n",
     [("signed", "2025-03-12")]),
    # negatives: the sentence after the lead tells another act's day; the lead only plans
    ("next-sentence-tells-no-signatures",
     f"{HEAD}{TITLE}\n\n14 марта 2025\n\n"
     f"{CENTRE} и {COLLEGE} подписали соглашение о стажировках лесников. Выпускники "
     "техникума 11 марта начнут стажировку в лесничествах улуса.\n",
     [("signed", None)]),
    ("lead-plans-it",
     f"{HEAD}{TITLE}\n\n14 марта 2025\n\n"
     f"{CENTRE} и {COLLEGE} планируют подписать второе соглашение о стажировках лесников. "
     "Свои подписи 11 марта под ним поставили Ирина Волкова и Павел Громов.\n",
     None),
])
def test_headline_and_lead_one_signing(models, case: str, text: str,
                                       expected: list[tuple[str, str | None]] | None) -> None:
    got = probes.status_dates(models, text, "2025-03-14")
    if expected is None:  # the headline's signing is not dated by the plan's sentence
        assert ("signed", "2025-03-11") not in got, got
    else:
        assert [g for g in got if g[0] == "signed"] == expected, got


# --- a day stated without its year against a plan's same day ------------------------------------


def test_own_day_kept_against_a_plans_same_day(models) -> None:
    text = (f"{CENTRE} и {COLLEGE} 3 июня подписали меморандум о стажировках лесников.\n\n"
            "Подписание соглашения с министерством лесного хозяйства Энской области, "
            "намеченное в тот же день, сдвинуто на 10 июня из-за отпуска министра.\n")
    # the candidates may give the signing the page's year already ("2024-06-03")
    stage, (signed, _) = probes.date_stage(models, text, "2024-06-05", [
        ("signed", "2024-06-03", f"{CENTRE} и"), ("planned", "--06-10", "Подписание")])
    signing_not_dated_by_plan(stage)
    assert signed.date == "2024-06-03"
    # as before: a day told only in the plan's sentence is not the signing's
    other = text.replace("3 июня ", "").replace("в тот же день", "на 3 июня")
    stage, (signed, _) = probes.date_stage(models, other, "2024-06-05", [
        ("signed", "2024-06-03", f"{CENTRE} и"), ("planned", "--06-10", "Подписание")])
    signing_not_dated_by_plan(stage)
    assert signed.date is None



# --- the page stamp under a headline ------------------------------------------------------------


STORY = ("Энский педагогический университет\nНовости\n\n"
         "Педагогический университет и Министерство лесного хозяйства Энского края "
         "заключили соглашение\n\n29 мая 2025\n\n27 мая Энский педагогический университет "
         "и Министерство лесного хозяйства Энского края подписали соглашение о практике "
         "студентов на лесных кордонах.\n\n{between}С фондом «Опора» университет подписал "
         "соглашение о волонтёрстве.\n")


def test_stamp_under_headline_does_not_end_its_story(models) -> None:
    got = probes.status_dates(models, STORY.format(between=""), "2025-05-29")
    assert got == [("signed", "2025-05-27"), ("signed", "2025-05-27")], got


def test_day_heading_below_still_ends_the_story(models) -> None:
    got = probes.status_dates(models, STORY.format(between="28 мая\n\n"), "2025-05-29")
    assert ("signed", "2025-05-27") in got and len(
        [g for g in got if g == ("signed", "2025-05-27")]) == 1, got


# --- an elliptic item's own day ----------------------------------------------------------------

WEEK = ("Лесхоз Энского края: итоги недели\n\n"
        "✅ В понедельник подписали соглашение с Энским лесотехническим техникумом о "
        "стажировках лесников.\n\n✅ {when} — соглашение с Энским аграрным университетом о "
        "практике для будущих лесничих.\n")


@pytest.mark.parametrize(("when", "expected"), [
    ("В среду", "2025-02-12"),
    ("12 февраля", "2025-02-12"),
    ("В среду и в четверг", None),  # two days: nothing from the item
])
def test_verbless_signing_day(models, when: str, expected: str | None) -> None:
    # the item's record signed by the report around it, as hand-made here
    text = WEEK.format(when=when)
    stage, (item,) = probes.date_stage(models, text, "2025-02-14", [("signed", None, f"✅ {when}")])
    verbless_signing_day(stage)
    anchored_values(stage)
    assert item.date == expected


def test_verb_in_the_item_leaves_it_to_the_other_passes(models) -> None:
    text = WEEK.format(when="В среду").replace("— соглашение", "подписали соглашение")
    stage, (item,) = probes.date_stage(models, text, "2025-02-14", [("signed", None, "✅ В среду")])
    verbless_signing_day(stage)
    assert item.date is None


# --- a joining still to come before a colon ------------------------------------------------------

SIGNED = (f"{CENTRE} и {COLLEGE} вчера подписали соглашение о стажировках лесников "
          "на делянках улуса.")


@pytest.mark.parametrize(("case", "clause", "expected"), [
    ("future-joining",
     "В октябре к партнёрам центра присоединится Зетская область: проект соглашения с "
     "министерством лесного хозяйства Зетской области юристы уже прочли.", "2025-10"),
    ("joining-under-a-plan-word",
     "В октябре к партнёрам центра должна присоединиться Зетская область: проект "
     "соглашения с министерством лесного хозяйства Зетской области юристы уже прочли.",
     "2025-10"),
    # negatives: a deadline; no joining; the time after the colon belongs to the draft
    ("deadline",
     "До октября к партнёрам центра присоединится Зетская область: проект соглашения с "
     "министерством лесного хозяйства Зетской области юристы уже прочли.", None),
    ("no-joining",
     "В октябре министр посетит Зетскую область: проект соглашения с министерством "
     "лесного хозяйства Зетской области юристы уже прочли.", None),
])
def test_plan_joining_before_colon(models, case: str, clause: str,
                                   expected: str | None) -> None:
    got = probes.status_dates(models, f"{SIGNED} {clause}\n", "2025-06-10")
    plans = [g for g in got if g[0] == "planned"]
    assert plans == [("planned", expected)], got


# --- in force since a year, around the noun ------------------------------------------------------


# (the clause after a colon keeps the readers before these from dating the record)
AFTER = ": за три года через центры прошли 600 лесников."


@pytest.mark.parametrize(("case", "sentence", "expected"), [
    ("participle-before",
     f"Действующее с 2017 года соглашение между Энской и Зетской областями себя оправдало{AFTER}",
     "2017"),
    ("participle-after",
     "Соглашение с фондом «Опора», действовавшее с апреля 2019 года, прекращено.",
     "2019-04"),
    ("fronted-year-verb-after",
     "Ректор напомнил, что с 2018 года похожее соглашение действует с правительством Зетской "
     f"области{AFTER}", "2018"),
    # negatives: the participle agrees with another noun; a time it was in force until
    ("participle-of-another-noun",
     "Действующий с 2017 года порядок, закреплённый соглашением между Энской и Зетской "
     f"областями, себя оправдал{AFTER}", None),
    ("until-not-since",
     f"Действовавшее до 2017 года соглашение между Энской и Зетской областями себя оправдало"
     f"{AFTER}", None),
])
def test_in_force_around_noun(models, case: str, sentence: str, expected: str | None) -> None:
    got = probes.status_dates(models, f"{SIGNED} {sentence}\n", "2025-06-10")
    assert ("mentioned", expected) in got, got


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, agreement_dates=("headline_and_lead_one_signing",
                                                           "_report_headline",
                                                           "_tells_past_signing",
                                                           "_page_stamp_under",
                                                           "verbless_signing_day",
                                                           "plan_joining_before_colon",
                                                           "_joining_to_come"),
                                          signing_dates=("in_force_around_noun",))
