"""Publication stamp lines: a date line made of a date and only stamp furniture (a
place after a comma, a section before a bar, a reading time, pictogram counters, a byline
label) is the page's stamp when it is the page's first date near the top, even under a
site notice that passes for prose; relative dates of the body resolve against it.

Probes are short pages written here in their own words (other regions, sections, counters
and layouts than the development texts), each with what a careful reader takes as the
publication date. Negatives: a photo caption under the lead, an earlier event date on the
page, a date that opens a sentence, a header date beside a weather widget, a stamp too far
down the page.
"""

from __future__ import annotations

import pytest

from soccoop.extract.published import find_published, stamp_line

MENU = "Главная  Регион  Власть  Общество  Спорт  Культура"
# a site notice long enough to pass for prose (so the stamp under it is not "above the body")
NOTICE = ("Сайт работает в тестовом режиме. Об ошибках и неточностях в материалах сообщайте "
          "редакции по электронной почте.")
HEAD = "Коми и Архангельская область договорились о помощи пожилым людям"
BODY = ("Министерство труда, занятости и социальной защиты Республики Коми и министерство "
        "труда, занятости и социального развития Архангельской области подписали соглашение "
        "о сотрудничестве в сфере социального обслуживания.")
MORE = ("Стороны обменяются опытом системы долговременного ухода и проведут совместные "
        "стажировки сотрудников домов-интернатов.")

STAMP_LINES = [
    # a date, then a place after a comma (with or without a settlement's mark)
    ("14 октября 2025 года, г. Йошкар-Ола", "2025-10-14"),
    ("3 февраля 2026, Сыктывкар", "2026-02-03"),
    ("03.02.2026, пгт Яшкино", "2026-02-03"),
    ("3 февраля 2026 г., 10:15, Великий Устюг", "2026-02-03"),
    # a section before a bar, a time after the date
    ("Экономика | 3 февраля 2026, 11:40", "2026-02-03"),
    # a reading time and pictogram counters, on either side of the date
    ("3 февраля 2026 · 5 мин · 👁 1 204 · 💬 7", "2026-02-03"),
    ("⏱ 4 мин | 03.02.2026", "2026-02-03"),
    ("3 февраля 2026 · ❤️ 15", "2026-02-03"),
    # a byline label
    ("3 февраля 2026 · Автор: Олег Сидоров", "2026-02-03"),
    # a site's dotted name, sections, a weekday after the date; a dash after the dotted name
    ("Вологда.инфо  |  Общество  |  3 февраля 2026, пн", "2026-02-03"),
    ("Псков.Лента — 03.02.2026", "2026-02-03"),
    ("NEWS.ru · Регионы · 3 февраля 2026, 09:15", "2026-02-03"),
    # negatives: a person's name with a dash before the date (a caption), no dot in it
    ("Олег Сидоров — 3 февраля 2026", None),
    # negatives: words of a sentence after the date, a month alone
    ("3 февраля 2026, в Сыктывкаре прошло совещание", None),
    ("3 февраля 2026 года состоится коллегия", None),
    ("Февраль 2026 · 5 мин", None),
]


@pytest.mark.parametrize(("line", "expected"), STAMP_LINES)
def test_stamp_furniture(line: str, expected: str | None) -> None:
    ref = stamp_line(line)
    assert (ref.value if ref else None) == expected


PAGES = [
    # a date and a place under a transcript's title
    (f"Протокол выездного совещания министерства\n(выдержка)\n14 октября 2025 года, "
     f"г. Йошкар-Ола\n\n{BODY}\n{MORE}", "2025-10-14"),
    # a section and a bar under a menu and a site notice
    (f"{MENU}\n{NOTICE}\n\nЭкономика | 3 февраля 2026, 11:40\n\n{HEAD}\n\n{BODY}\n{MORE}",
     "2026-02-03"),
    # a reading time and counters under a site notice
    (f"Новости Севера\n{NOTICE}\n{MENU}\n3 февраля 2026 · 5 мин · 💬 7\n\n{HEAD}\n\n{BODY}",
     "2026-02-03"),
    # negatives: a photo caption under the lead is no stamp
    (f"{HEAD}\n{BODY}\n\nОльга Смирнова, 3 февраля 2026 года\n\n{MORE}", None),
    # another date comes first on the page (an event notice), so the stamp is not the
    # page's first date
    (f"{MENU}\n{NOTICE}\nАфиша: 1 февраля 2026 года — ярмарка вакансий в Ухте\n"
     f"Экономика | 3 февраля 2026\n\n{HEAD}\n\n{BODY}", None),
    # stamps of two days at the top: a list of news items, no page date
    (f"{NOTICE}\n3 февраля 2026 · 💬 2\nВ Ухте открыли пункт проката\n4 февраля 2026 · 💬 5\n"
     f"Ветеранам Печоры вручили сертификаты\n{HEAD}\n{BODY}", None),
    # a dotted site name's masthead gives the year to a wire dateline under it
    (f"Псков.Лента — 03.02.2026\n\nПСКОВ, 3 февраля. {BODY}\n{MORE}", "2026-02-03"),
    # a header date beside a weather widget is the crawl day
    (f"{NOTICE}\n{MENU}\n3 февраля 2026 · 💬 7\nСыктывкар  Погода: -12 °C\n\n{HEAD}\n\n{BODY}",
     None),
    # a stamp-like line far down the page is not the page's first date near the top
    (f"{MENU}\n{NOTICE}\n" + "\n".join(f"Раздел {n}" for n in range(1, 7))
     + f"\nЭкономика | 3 февраля 2026\n\n{HEAD}\n\n{BODY}", None),
]


@pytest.mark.parametrize(("text", "expected"), PAGES)
def test_page_stamp(text: str, expected: str | None) -> None:
    """Read as a page whose masker keeps every line (``masked`` is the text itself): the
    notice then passes for prose, as a site's own banner does on real pages."""
    assert find_published(text, masked=text)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [p for p in PAGES if p[1] is not None])
def test_page_stamp_masked(text: str, expected: str) -> None:
    assert find_published(text)[0] == expected


def test_stamp_offsets_point_at_the_date() -> None:
    text = f"{MENU}\n{NOTICE}\n\nЭкономика | 3 февраля 2026, 11:40\n\n{HEAD}\n\n{BODY}"
    value, ref = find_published(text)
    assert value == "2026-02-03"
    assert ref is not None and text[ref.start:ref.end] == "3 февраля 2026"


RELATIVE_PAGE = (
    f"Вести Коми\n{NOTICE}\n{MENU}\nОбщество | 12 февраля 2026, 09:20\n\n{HEAD}\n\n"
    "В прошлую среду в Сыктывкаре Министерство труда, занятости и социальной защиты "
    "Республики Коми и Министерство труда, занятости и социального развития Архангельской "
    "области подписали соглашение о сотрудничестве в сфере социального обслуживания.\n"
    f"{MORE}\n")


@pytest.mark.slow
def test_cli_stamp_dates_page_and_relative_signing(listed_rows) -> None:
    """The stamp under a site notice dates the page, and "в прошлую среду" resolves
    against it (Thursday 12 February 2026 -> Wednesday 4 February)."""
    rows = listed_rows({"komi.txt": RELATIVE_PAGE}, "--format", "jsonl", "--limit", "0")
    assert len(rows) == 1
    assert rows[0]["published"] == "2026-02-12"
    dates = [a["date"] for a in rows[0]["agreements"]]
    assert dates == ["2026-02-04"]
