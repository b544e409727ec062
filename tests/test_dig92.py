"""Round 36, dig92: probes written for this file (not copied from any round).

* A table of agreements told about by the paragraph before it, with no colon, is read row
  by row (``agreement_lists.table_header``), each row with the day of its date column and
  the status of its status column or of its day against the year the lead paragraph signs
  in (``row_status``, ``lead_signing_year``); a row naming one side takes the lead's side.
* A colon list whose items go on past their first sentence, their numbers cut off by the
  segmenter ("1." alone), gives one agreement per item with the signers and the day of the
  item's line (``agreement_lists._list_items``, ``item_line``).
* A page reporting the results of the year before its own gives the signings of that year
  it lists (items, a table, partners after a colon) the status of news, not of history
  (``candidate_status.report_year``); a signing told in a sentence of its own stays history.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.agreement_lists import numbered_rows, row_status

# --- a table led by a paragraph -----------------------------------------------------------
LEAD = ("Министерство социального развития Омской области\n\nПолугодие в цифрах\n\n"
        "12.07.2023\n\n"
        "В первом полугодии 2023 года Министерство социального развития Омской области "
        "заключило четыре соглашения с вузами, фондами и некоммерческими организациями. "
        "Перечень приводим ниже.\n\n")
ROWS = ("№ | Партнёр | Предмет | Дата подписания | Подписали | Статус\n"
        "1 | Омский государственный аграрный университет | практика будущих соцработников | "
        "16.02.2023 | ректор Г.В. Ершов | действует\n"
        "2 | Благотворительный фонд «Тёплый причал» | уход за одинокими пожилыми | "
        "05.04.2023 | — | действует\n"
        "3 | АНО «Открытые окна» | социальная реабилитация подростков | 20.06.2023 | — | "
        "прекращено\n"
        "4 | АНО «Школа заботы» | обучение молодых инвалидов | 12.11.2022 | — | "
        "действует\n")
AFTER = ("\nВ министерстве отмечают, что больше всего обращений поступает по соглашению с "
         "фондом: волонтёры навещают пожилых людей дважды в неделю.\n\n"
         "Контакты пресс-службы: (3812) 00-00-00.\n")
TABLE = LEAD + ROWS + AFTER
SIGNED_ROWS = LEAD + ROWS + ("\nСо стороны министерства соглашения № 1–2 подписал министр "
                             "социального развития Омской области Пётр Лукин.\n") + AFTER
# negatives: the lead names no agreement; a paragraph of other news between lead and table
NO_AGREEMENT = LEAD.replace(
    "заключило четыре соглашения с вузами, фондами и некоммерческими организациями",
    "провело четыре встречи с вузами, фондами и некоммерческими организациями") + ROWS + AFTER
FAR_TABLE = LEAD + ("Кроме того, на набережной Иртыша открыли летнюю площадку для "
                    "молодёжи, её посетили триста человек.\n\n") + ROWS + AFTER

ROW_NAMES = ("аграрный", "Тёплый причал", "Открытые окна", "Школа заботы")


def _rows(models: Any, text: str) -> dict[str, Any]:
    found = probes.agreements_of(models, text, "2023-07-12")
    return {n: a for a in found for n in ROW_NAMES if any(n in p.name for p in a.parties)}


def test_table_led_by_a_paragraph(models: Any) -> None:
    rows = _rows(models, TABLE)
    assert set(rows) == set(ROW_NAMES)
    assert [(rows[n].status, rows[n].date) for n in ROW_NAMES] == [
        ("signed", "2023-02-16"), ("signed", "2023-04-05"),
        ("mentioned", "2023-06-20"),  # its status cell ends it
        ("mentioned", "2022-11-12"),  # signed before the lead's year
    ]
    assert "ершов" in probes.surnames_of([rows["аграрный"].signatories])[0]


@pytest.mark.parametrize("text", [NO_AGREEMENT, FAR_TABLE], ids=["no-agreement", "far"])
def test_table_not_led(models: Any, text: str) -> None:
    assert not _rows(models, text)


def test_rows_signed_by_number(models: Any) -> None:
    found = probes.agreements_of(models, SIGNED_ROWS, "2023-07-12")
    rows = _rows(models, SIGNED_ROWS)
    for n in ("аграрный", "Тёплый причал"):
        assert "лукин" in probes.surnames_of([rows[n].signatories])[0]
    assert len(found) == len(rows)  # the sentence naming the rows is no record of its own


NUMBERED = [
    ("a range", "соглашения № 2–4 подписал", ["2", "3", "4"]),
    ("two numbers", "соглашения № 1 и 6 подписал", ["1", "6"]),
    ("one number", "соглашение № 3 подписал", ["3"]),
    # negatives: no number sign right after the noun; a reversed range
    ("no number sign", "соглашения 2–4 подписал", []),
    ("in brackets", "соглашения (№ 2–4)", []),
    ("a reversed range", "соглашения № 4–2", []),
]


@pytest.mark.parametrize(("text", "rows"), probes.named_rows(NUMBERED))
def test_numbered_rows(text: str, rows: list[str]) -> None:
    assert numbered_rows(text, text.index(" ")) == rows


ROW_STATUS = [
    ("an ended row", "signed", {"расторгнуть"}, "2023-02-01", "2023", None, "mentioned"),
    ("a row worked on", "signed", {"проработка"}, None, "2023", None, "planned"),
    ("the lead's year", "mentioned", {"действовать"}, "2023-02-01", None, "2023", "signed"),
    ("before the lead's year", "signed", set(), "2021-05-01", None, "2023", "mentioned"),
    ("before the announcing year", "signed", set(), "2021-05-01", "2023", None, "mentioned"),
    # negatives: a row of the announcing year; no day; a state of no change
    ("the announcing year", "signed", set(), "2023-05-01", "2023", None, "signed"),
    ("no day", "signed", {"действовать"}, None, "2023", "2023", "signed"),
    ("a later row", "mentioned", set(), "2024-01-10", None, "2023", "mentioned"),
]


@pytest.mark.parametrize(("status", "state", "day", "lead", "signed_in", "expected"),
                         probes.named_rows(ROW_STATUS))
def test_row_status(status: str, state: set[str], day: str | None, lead: str | None,
                    signed_in: str | None, expected: str) -> None:
    assert row_status(status, frozenset(state), day, lead, signed_in) == expected


# --- a list of a year's results -----------------------------------------------------------
def _page(headline: str, published: str) -> str:
    return (f"Комитет по социальной политике Липецкой области\n\n{headline}\n\n{published}\n\n"
            "В 2023 году подписаны соглашения:\n\n"
            "1. С фондом «Добрый берег» — о досуге детей из многодетных семей (10 марта). "
            "Документ подписали председатель комитета Ольга Ведерникова и директор фонда "
            "Степан Корнилов.\n\n"
            "2. С Липецким педагогическим колледжем — о стажировке выпускников в реабилитационных "
            "центрах. Подписание прошло 14 сентября.\n\n"
            "Контакты пресс-службы: (4742) 00-00-00.\n")


REPORT = _page("Итоги 2023 года: партнёрство комитета", "19.01.2024")
# negatives: a page of another subject; a report of the page's own year
NO_REPORT = _page("Комитет рассказал о работе с партнёрами", "19.01.2024")
SAME_YEAR = _page("Итоги 2023 года: партнёрство комитета", "19.12.2023")


def _items(models: Any, text: str, published: str) -> dict[str, Any]:
    found = probes.agreements_of(models, text, published)
    return {n: a for a in found for n in ("Добрый берег", "педагогическим", "педагогический")
            if any(n in p.name for p in a.parties)}


def test_year_report_list(models: Any) -> None:
    items = _items(models, REPORT, "2024-01-19")
    assert {a.status for a in items.values()} == {"signed"}
    shore = items["Добрый берег"]
    assert shore.date == "2023-03-10"
    assert {"ведерникова", "корнилов"} <= set(probes.surnames_of([shore.signatories])[0])
    college = [a for n, a in items.items() if n != "Добрый берег"]
    assert college and college[0].date == "2023-09-14"


def test_list_without_report(models: Any) -> None:
    items = _items(models, NO_REPORT, "2024-01-19")
    assert items["Добрый берег"].status == "mentioned"  # a year before: history


PROSE = ("Комитет по социальной политике Липецкой области\n\nИтоги 2023 года: партнёрство "
         "комитета\n\n19.01.2024\n\nПредседатель комитета напомнила, что в 2023 году комитет "
         "подписал соглашения с фондом «Добрый берег» и с ООО «Липецкая швея». Фонд помогает "
         "многодетным семьям, фабрика обучает швейному делу слабослышащих.\n\n"
         "Контакты пресс-службы: (4742) 00-00-00.\n")


def test_report_told_in_prose(models: Any) -> None:
    found = probes.agreements_of(models, PROSE, "2024-01-19")
    shore = [a for a in found if any("Добрый берег" in p.name for p in a.parties)]
    assert shore and shore[0].status == "mentioned"  # no list: history, as before


def test_report_of_the_same_year(models: Any) -> None:
    items = _items(models, SAME_YEAR, "2023-12-19")
    assert items["Добрый берег"].status == "signed"
    assert items["Добрый берег"].date == "2023-03-10"


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, agreement_lists=("table_header", "table_rows",
                                                           "lead_signing_year", "row_status",
                                                           "tabled_agreements", "item_line",
                                                           "row_number", "numbered_rows"),
                                          candidate_status=("report_year",))
