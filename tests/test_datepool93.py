"""datepool93: agreement dates pooled over the dev rounds. The largest class a rule can fix
is a publication date missed (every relative or year-less date of its page then stays
unresolved): a page's stamp at its foot, in forms the finder did not read. The next is a
recalled agreement held since a year told without a verb of its own. Every probe is written
here, in words of its own, with the near misses each rule must not fire on."""

from __future__ import annotations

import probes
import pytest
from probes import status_dates

from soccoop.extract.published import find_published

DATEPOOL93_FUNCTIONS = [("published", "labelled_day_below"),
                        ("published", "edited_post_stamp"),
                        ("published", "counted_foot_stamp"),
                        ("signing_dates", "held_since"),
                        ("signing_dates", "_after_term_preposition"),
                        ("agreement_dates", "held_since_year")]

BODY = ("Жители Торжка смогут бесплатно получать консультации юристов по вопросам пенсий и "
        "пособий. Приём будет вестись по вторникам в библиотеке на Ленинградском шоссе.\n\n"
        "Записаться можно по телефону горячей линии, сообщили в управлении соцзащиты.\n")

# (id, the page, its publication date as found)
PAGES = [
    # a labelled issue line naming the issue by its noun before its number, at the foot
    # (a guard: here the footer-issue pass finds it on main too)
    ("issue-noun-number", "«ТОРЖОКСКАЯ ПРАВДА»\nРубрика: Общество\n\nЮристы придут в библиотеку\n\n"
     + BODY + "\nОпубликовано в номере № 14 (7210) от 11 апреля 2026 г.\nДругие материалы "
     "рубрики:\nКак оформить субсидию на ЖКУ\n", "2026-04-11"),
    # a labelled issue named by its day only
    ("issue-day-only", "«ТОРЖОКСКАЯ ПРАВДА»\nРубрика: Общество\n\nЮристы придут в библиотеку\n\n"
     + BODY + "\nМатериал опубликован в номере от 11 апреля 2026 года.\n\nТакже в номере:\n"
     "— Школьники убрали берег Тверцы\n", "2026-04-11"),
    # a footer issue line going on with the imprint's founder
    ("issue-founder-after", "ВЕСТИ ТОРЖКА\nрайонная газета\nГлавная  Новости  Архив\n\n"
     "ОБЩЕСТВО\n\n" + BODY + "\nОБЪЯВЛЕНИЯ\nСдам гараж. Тел. 8-900-111-22-33.\n\n"
     "Газета «Вести Торжка» № 15 от 18.04.2026. Учредитель — администрация Торжокского "
     "района.\n", "2026-04-18"),
    # a post's counter row with its time after a wide gap, no edited flag
    ("post-counter-gap", "Соцзащита Торжка | официально\n📌 Юристы придут в библиотеку\n\n"
     + BODY + "\n#Торжок #юристы\n\n👁 1,2K   22.04.2026 10:40\n", "2026-04-22"),
    # the page's address over it, the day's segment opened by a tilde
    ("address-tilde", "СФР — Тверская область\nНовости регионального отделения\n"
     "sfr.gov.ru/branches/tver/news/~2026/04/23/301122\n\nГлавная | Новости\n\n"
     "Юристы придут в библиотеку\n\n" + BODY, "2026-04-23"),
    # a year-less label at the head and the full label at the foot, the same day
    ("label-twice", "ГТРК «Тверь»\nВести Тверь | Радио\nопубликовано 24 апреля, 09:15\n\n"
     "Юристы придут в библиотеку\n\n" + BODY + "\nДата публикации: 24.04.2026\n"
     "© ВГТРК, 2026\n", "2026-04-24"),
    # a foot stamp opening its line with the page's views, no time of day
    ("views-foot-no-time", "Администрация Торжка\nНовости | Документы | Контакты\n"
     "Главная › Новости\n\nЮристы придут в библиотеку\n\n" + BODY
     + "\n25.04.2026 | Просмотров: 1 204\n\nПоследние новости\nВ Торжке открыли каток\n"
     "© Администрация Торжка, 2026\n", "2026-04-25"),
    # negatives: the foot's label of another day leaves the head's year-less day alone; a
    # views stamp with no time past the linked headlines; a counter row with a day but no
    # time; an issue named with no day
    ("label-twice-other-day", "ГТРК «Тверь»\nВести Тверь | Радио\nопубликовано 24 апреля, "
     "09:15\n\nЮристы придут в библиотеку\n\n" + BODY + "\nДата публикации: 27.04.2026\n",
     "--04-24"),
    ("views-foot-no-time-past-links", "Администрация Торжка\nНовости | Документы | "
     "Контакты\nГлавная › Новости\n\nЮристы придут в библиотеку\n\n" + BODY
     + "\nПоследние новости\nВ Торжке открыли каток\n\n25.04.2026 | Просмотров: 1 204\n",
     None),
    ("post-counter-no-time", "Соцзащита Торжка | официально\n📌 Юристы придут в библиотеку\n\n"
     + BODY + "\n#Торжок #юристы\n\n👁 1,2K   22.04.2026\n", None),
    ("issue-no-day", "«ТОРЖОКСКАЯ ПРАВДА»\nРубрика: Общество\n\nЮристы придут в библиотеку\n\n"
     + BODY + "\nМатериал опубликован в номере газеты за апрель.\n", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), PAGES, ids=[p[0] for p in PAGES])
def test_publication_dates(case: str, text: str, expected: str | None) -> None:
    assert find_published(text)[0] == expected


# (id, published, text, (status, date the text gives) of every record, in order)
CASES = [
    # a clause of having with no verb: the year since which the holder has the agreement
    ("held-since-us", "2026-04-20",
     "Новости\n\n«Мы давно работаем с молодёжью», — говорит директор центра. С 2021 года у "
     "нас соглашение с молодёжным Комитетом Тверской области. По нему волонтёры "
     "помогают пожилым людям.\n",
     [("mentioned", "2021")]),
    # a cooperation since a year, a term told of the agreement after it
    ("cooperation-since-with-term", "2026-04-20",
     "Новости\n\nНапомним, с 2019 года администрация Торжка сотрудничает с городским советом "
     "ветеранов: соглашение с ним действует до 2027 года.\n",
     [("mentioned", "2019")]),
    # negatives: no year; a term only; a year after the noun, not a since-year before it
    ("held-no-year", "2026-04-20",
     "Новости\n\n«Мы давно работаем с молодёжью», — говорит директор центра. У клуба соглашение "
     "с молодёжным Комитетом Тверской области.\n",
     [("mentioned", None)]),
    ("held-term-only", "2026-04-20",
     "Новости\n\n«Мы давно работаем с молодёжью», — говорит директор центра. У клуба соглашение "
     "с молодёжным Комитетом Тверской области до 2028 года.\n",
     [("mentioned", None)]),
]


@pytest.mark.parametrize(("case", "published", "text", "expected"), CASES,
                         ids=[c[0] for c in CASES])
def test_dates(models, case: str, published: str | None, text: str, expected: list) -> None:
    assert status_dates(models, text, published) == expected


def test_docstrings_quote_no_dev_text() -> None:
    probes.check_no_dev_text_quoted(__file__, DATEPOOL93_FUNCTIONS)
