"""pair54: pages with several agreements lose every later pairing to one extra record in
front; each cause a small named pass of ``merge_rules``.

What is one agreement:
- a headline naming the body's sides the short way news do ("Минсоц", "Социальный фонд",
  "Отделение Соцфонда", "Союз пенсионеров Бурятии", a bare legal form "НКО", a region's
  ministry by another name) and wording the subject its own way:
  ``merge_rules.headline_in_short_names``; the short names are then no sides of their own:
  ``merge_rules.without_headline_short_names``;
- a mention naming each side of a signing again another way, in full after short or short
  after full, is that signing, though it tells no signing itself:
  ``merge_rules._sides_named_otherwise`` (in ``signing_beside_other_sides``).
"""

from __future__ import annotations

import pytest
from probes import agreements_of, named_rows

PUB = "2025-03-12"
# a portal's header above the headline, as the pages have it
HEAD = "Официальный портал\nНовости → Социальная политика\n\n12 марта 2025 г.\n\n"

HEADLINES = [
    ("short_ministry_and_fund",
     HEAD + "Минсоц и Социальный фонд продлили соглашение об обмене сведениями\n\n"
     "Министерство социальных отношений Курганской области и Отделение Фонда пенсионного и "
     "социального страхования Российской Федерации по Курганской области вчера продлили "
     "соглашение об информационном взаимодействии.\n\n"
     "Первое соглашение стороны заключили в 2019 году.",
     ["signed", "mentioned"]),
    ("contracted_fund_and_union_of_region",
     HEAD + "Отделение Соцфонда и Союз пенсионеров Мордовии подписали соглашение\n\n"
     "Управляющий Отделением Социального фонда России по Республике Мордовия Иван Петров и "
     "председатель Мордовского регионального отделения Союза пенсионеров России Анна "
     "Сидорова вчера подписали соглашение о сотрудничестве.\n\n"
     "Весной отделение планирует подписать соглашение с Мордовским государственным "
     "университетом.",
     ["signed", "planned"]),
    ("legal_form_and_ministry_of_region_by_another_name",
     HEAD + "Минсоцразвития Прикамья расторгло соглашение с НКО\n\n"
     "Министерство труда и социального развития Пермского края расторгло соглашение с "
     "автономной некоммерческой организацией «Светлый путь».\n\n"
     "В апреле министерство планирует подписать новое соглашение с АНО «Добрые руки».",
     ["mentioned", "planned"]),
]


@pytest.mark.parametrize("text, statuses", named_rows(HEADLINES))
def test_a_headline_in_short_names_is_the_body_agreement(models, text, statuses):
    found = agreements_of(models, text, PUB)
    assert [a.status for a in found] == statuses
    first = {p.name for p in found[0].parties}
    assert not first & {"Минсоц", "Социальный фонд", "Отделение Соцфонда", "НКО",
                        "Союз пенсионеров Мордовии"}


OTHER_HEADLINES = [
    ("other_partner_in_the_headline",
     HEAD + "Минтруд и Союз пенсионеров подписали соглашение\n\n"
     "Министерство труда Курской области и Курский государственный университет вчера "
     "подписали соглашение о подготовке кадров.",
     2),
    ("other_status_in_the_body",
     HEAD + "Минсоц и Социальный фонд подписали соглашение\n\n"
     "Министерство социальных отношений Курганской области и Отделение Фонда пенсионного и "
     "социального страхования Российской Федерации по Курганской области подпишут "
     "соглашение об информационном взаимодействии в мае.",
     2),
]


@pytest.mark.parametrize("text, count", named_rows(OTHER_HEADLINES))
def test_a_headline_of_another_partner_or_status_stays_apart(models, text, count):
    assert len(agreements_of(models, text, PUB)) == count


RESTATED = [
    ("full_after_short",
     "Отделение Социального фонда по Татарстану и Татарская республиканская организация "
     "Всероссийского общества слепых заключили соглашение о взаимодействии. Документ "
     "сегодня подписали управляющий отделением Марат Хасанов и председатель организации "
     "Лилия Валиева.\n\n"
     "Соглашение между Отделением Фонда пенсионного и социального страхования Российской "
     "Федерации по Республике Татарстан и Татарской республиканской организацией "
     "Общероссийской общественной организации «Всероссийское общество слепых» направлено "
     "на обеспечение техническими средствами реабилитации.\n\n"
     "Напомним, в прошлом году отделение заключило аналогичное соглашение с Татарской "
     "республиканской организацией Всероссийского общества глухих.",
     ["signed", "mentioned"]),
]


@pytest.mark.parametrize("text, statuses", named_rows(RESTATED))
def test_sides_named_again_another_way_are_the_signing(models, text, statuses):
    found = agreements_of(models, text, PUB)
    assert [a.status for a in found] == statuses
    assert found[0].signatories


def test_a_mention_of_other_sides_beside_a_signing_stays_apart(models):
    text = ("Отделение Социального фонда по Татарстану и Татарская республиканская "
            "организация Всероссийского общества слепых подписали соглашение.\n\n"
            "Соглашение между Министерством труда, занятости и социальной защиты Республики "
            "Татарстан и Казанским федеральным университетом действует с 2020 года.")
    assert len(agreements_of(models, text, PUB)) == 2

