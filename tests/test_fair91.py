"""Round 35, fair91: probes written for this file (not copied from any round).

* A press office's signature under the article is read past the photo's own lines (its
  gallery label, caption and credit: ``published._signed_date``).
* A year-less publication date takes its year from the page's address filed by year and
  month (``published.address_month_year``); a labelled year-less date is year-filled too.
* A planned signing whose next sentence puts it off to a month takes that month
  (``agreement_dates._month_put_off_to``).
* A list's header that names its documents signed gives its verbless items that status
  (``agreement_dates.list_header_signed``) and, with no day of its own, the day of the
  sentence told before that signs several documents (``agreement_dates.list_lead_day``);
  such an item's line names its signers (``coreference.item_line_signers``).
* A table of agreements in rows parted by "|" under a header row naming its columns gives
  one agreement per row (``agreement_lists.table_rows``, ``tabled_agreements``), its
  initialled signers read by their shape (``agreement_lists.initialled_entries``).
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.agreement_lists import initialled_entries
from soccoop.extract.published import address_month_year, find_published

# --- publication: a press office's signature past the photo's lines -----------------------
BODY = ("ПЕНЗЕНСКИЙ КОЛЛЕДЖ\nАбитуриентам | Студентам | Новости | Контакты\n\n"
        "Колледж и фонд «Светлый дом» подписали соглашение\n\n"
        "Министерство социальной защиты Пензенской области и фонд «Светлый дом» сегодня "
        "подписали соглашение об отдыхе подростков из приёмных семей.\n\n"
        "Стороны договорились проводить летние смены в загородных лагерях области и готовить "
        "вожатых из числа студентов колледжа.\n\n")
FOOT = ("\n\nДругие новости\nПрием документов продлен\nРасписание экзаменов\n\n"
        "440000, г. Пенза, ул. Московская, 1\n© Колледж, 2025\n")
PHOTO_SIGNED = BODY + ("Фоторепортаж (8 фото)\nНа фото: министр и директор фонда у стенда "
                       "после церемонии\n\nПресс-служба ПГК им. А.С. Попова, 03.04.2025" + FOOT)
# negatives: a line of prose between; a sentence about a date
PROSE_BETWEEN = BODY + ("Фоторепортаж (8 фото)\nОтдых подростков начнется в июне.\n"
                        "Заявки принимают до мая.\n\nПресс-служба ПГК им. А.С. Попова, "
                        "03.04.2025" + FOOT)
DATE_SENTENCE = BODY + ("На фото: министр и директор фонда у стенда после церемонии\n\n"
                        "Пресс-служба сообщила, что встреча пройдёт 03.04.2025" + FOOT)

SIGNED_LINES = [
    ("the photo's lines do not count", PHOTO_SIGNED, "2025-04-03"),
    ("lines of prose count", PROSE_BETWEEN, None),
    ("a sentence about a date", DATE_SENTENCE, None),
]


@pytest.mark.parametrize(("text", "day"), probes.named_rows(SIGNED_LINES))
def test_press_signature_past_photo_lines(text: str, day: str | None) -> None:
    assert find_published(text)[0] == day


# --- publication: the year of a page filed by month ---------------------------------------
FILED = ("sovet-primer.ru/novosti/2024/04/vstrecha-s-fondom\n\nСовет ветеранов района\n"
         "Опубликовано: 9 апреля\n\nВстреча с фондом\n\n" + BODY)
OTHER_MONTH = FILED.replace("/2024/04/", "/2024/05/")
TWO_MONTHS = FILED.replace("/2024/04/", "/2024/04/arhiv/2023/04/")

FILED_ROWS = [
    ("the address's year and month", FILED, "2024-04-09"),
    ("another month: no year", OTHER_MONTH, "--04-09"),
    ("two years in the path: none", TWO_MONTHS, "--04-09"),
]


@pytest.mark.parametrize(("text", "day"), probes.named_rows(FILED_ROWS))
def test_year_of_a_page_filed_by_month(text: str, day: str) -> None:
    assert find_published(text)[0] == day


ADDRESS_ROWS = [
    ("a year and month run", "gazeta-primer.ru/news/2023/11/sobytie", "11", "2023"),
    ("a dashed run", "https://gazeta-primer.ru/news/2023-11-sobytie", "11", "2023"),
    ("another month", "gazeta-primer.ru/news/2023/10/sobytie", "11", None),
    ("a day filed too", "gazeta-primer.ru/news/2023/11/14/sobytie", "11", None),
    ("words after the address", "Подробнее: gazeta-primer.ru/news/2023/11/ и в газете", "11",
     None),
]


@pytest.mark.parametrize(("line", "month", "year"), probes.named_rows(ADDRESS_ROWS))
def test_address_month_year(line: str, month: str, year: str | None) -> None:
    assert address_month_year(line, month) == year


# --- a planned signing put off to a month --------------------------------------------------
PUT_OFF = ("Министерство труда Курской области и колледж подписали соглашение о практике. "
           "Стороны также обсудили подготовку соглашения с участием фонда «Опора», "
           "касающегося наставничества. Изначально его подписание планировалось на октябрь, "
           "однако по просьбе фонда оно перенесено на ноябрь.\n")
# negative: no month it is put off to
PUT_OFF_NO_MONTH = PUT_OFF.replace("оно перенесено на ноябрь", "оно перенесено")


def test_plan_put_off_to_a_month(models: Any) -> None:
    assert ("planned", "2024-11") in probes.status_dates(models, PUT_OFF, "2024-10-15")


def test_plan_put_off_without_a_month(models: Any) -> None:
    dates = [d for s, d in probes.status_dates(models, PUT_OFF_NO_MONTH, "2024-10-15")
             if s == "planned"]
    assert "2024-11" not in dates


# --- a list's header gives its items their status and the signing's day -------------------
LEAD = ("Накануне на ярмарке вакансий в Пензе подписано пять соглашений о сотрудничестве. "
        "Организаторы назвали ярмарку самой крупной за последние годы.\n\n")
ITEMS = ("• соглашение комитета по труду Пензенской области с фондом «Ступени» о летнем "
         "отдыхе детей-инвалидов. Подписи поставили председатель комитета Ольга Зимина и "
         "директор фонда Пётр Лосев;\n\n"
         "• соглашение комитета по труду Пензенской области с колледжем «Перспектива» о "
         "стажировках выпускников.\n")
SIGNED_LIST = LEAD + "В числе заключённых соглашений:\n\n" + ITEMS
# negatives: a header of documents still to be signed; a header of documents discussed
PLANNED_LIST = LEAD + "В числе соглашений, которые планируется подписать:\n\n" + ITEMS
DISCUSSED_LIST = LEAD + "Среди обсуждавшихся документов:\n\n" + ITEMS


def test_items_of_a_signed_list(models: Any) -> None:
    found = probes.agreements_of(models, SIGNED_LIST, "2024-05-15")
    items = [a for a in found if any("Ступени" in p.name or "Перспектива" in p.name
                                     for p in a.parties)]
    assert len(items) == 2
    assert all(a.status == "signed" and a.date == "2024-05-14" for a in items)
    stupeni = next(a for a in items if any("Ступени" in p.name for p in a.parties))
    assert probes.surnames_of([stupeni.signatories]) == [["зимина", "лосев"]]


@pytest.mark.parametrize("text", [PLANNED_LIST, DISCUSSED_LIST], ids=["planned", "discussed"])
def test_items_of_another_list_are_not_signed(models: Any, text: str) -> None:
    found = probes.agreements_of(models, text, "2024-05-15")
    items = [a for a in found if any("Перспектива" in p.name for p in a.parties)]
    assert items
    assert all(a.status != "signed" for a in items)


def test_undated_lead_gives_no_day(models: Any) -> None:
    text = SIGNED_LIST.replace("Накануне на ярмарке", "На ярмарке")
    items = [a for a in probes.agreements_of(models, text, "2024-05-15")
             if any("Перспектива" in p.name for p in a.parties)]
    assert items and all(probes.text_date(a) != "2024-05-14" for a in items)


# --- a table of agreements ----------------------------------------------------------------
TABLE = ("Список соглашений, заключённых на выставке 11 марта:\n\n"
         "№ | Участники | Тема | Подписали\n"
         "1 | Министерство социальной защиты Пензенской области — АНО «Ступени» | летний "
         "отдых детей-инвалидов | Е.В. Зорина, министр; П.Р. Лосев, исполнительный директор\n"
         "2 | Министерство социальной защиты Пензенской области — ООО «Протезный двор» | "
         "выдача технических средств реабилитации | Е.В. Зорина, министр; С.А. Буров, "
         "директор\n"
         "3 | Министерство дорожного хозяйства Пензенской области — ООО «Мостострой» | "
         "реконструкция моста через реку Суру | К.Л. Титов, министр; Н.Н. Белов, директор\n")
# negatives: no header row naming the sides; rows of a schedule
NO_SIDES_COLUMN = TABLE.replace("№ | Участники | Тема | Подписали",
                                "№ | Время | Тема | Подписали")


def test_table_rows_are_agreements(models: Any) -> None:
    found = probes.agreements_of(models, TABLE, "2025-03-12")
    rows = {n: a for a in found for n in ("Ступени", "Протезный двор", "Мостострой")
            if any(n in p.name for p in a.parties)}
    assert set(rows) == {"Ступени", "Протезный двор"}  # the bridge is no social agreement
    for a in rows.values():
        assert a.status == "signed" and a.date == "2025-03-11"
        assert len(a.parties) == 2
    assert "лосев" in probes.surnames_of([rows["Ступени"].signatories])[0]
    assert "буров" in probes.surnames_of([rows["Протезный двор"].signatories])[0]


def test_table_without_a_sides_column(models: Any) -> None:
    found = probes.agreements_of(models, NO_SIDES_COLUMN, "2025-03-12")
    assert not [a for a in found if any("Протезный двор" in p.name for p in a.parties)]


INITIALLED = [
    ("initials first", "Е.В. Зорина, председатель; П.Р. Лосев, директор", [],
     ["Е. В. Зорина", "П. Р. Лосев"]),
    ("surname first", "Лосев П.Р., ректор", [], ["П. Р. Лосев"]),
    ("a surname found already", "Е.В. Зорина, министр; П.Р. Лосев, директор",
     ["Елена Зорина"], ["П. Р. Лосев"]),
    # negatives: a post before the name, a full first name
    ("a post first", "министр Е.В. Зорина", [], []),
    ("a first name", "Елена Зорина, министр", [], []),
]


@pytest.mark.parametrize(("cell", "found", "names"), probes.named_rows(INITIALLED))
def test_initialled_entries(cell: str, found: list[str], names: list[str]) -> None:
    assert initialled_entries(cell, found) == names


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, published=("_signed_date", "address_month_year"),
                                          agreement_dates=("_month_put_off_to",
                                                           "list_header_signed", "list_lead_day",
                                                           "_verbless"),
                                          agreement_lists=("lead_signed", "table_rows",
                                                           "tabled_agreements",
                                                           "initialled_entries", "opens_item",
                                                           "_within_cell"),
                                          signing_dates=("postponed_to",),
                                          coreference=("item_line_signers",))
