"""date43: dates pooled over the dev rounds, in our own words. Two page layouts of a
publication date read as a class (a head row whose last field is the page's full date; a
post's counter row with a day and no year); a day without its year that lies within a few
days of the publication day stays that day's neighbour whatever the tense (a participle under a
future verb no longer throws it a year ahead); a "когда" clause the parser hung on the
verb before its comma still dates the signing it tells. Negatives guard each against
over-reach: a crawl day's "today" row, a caption under prose, a list of dated rows, a row
that ends a sentence; a counter row with neither a time nor the label; days more than a
week off keep their tense's year; a "когда" past a comma or another verb.
"""

from __future__ import annotations

import datetime as dt

import probes
import pytest

from soccoop.extract.dates import anchor_day
from soccoop.extract.published import edited_post_stamp, find_published, head_row_day

HEADLINE = "Поморские волонтёры научат пенсионеров пользоваться смартфоном"
LEAD = ("Региональное отделение общества «Серебряный возраст» и колледж связи открыли "
        "бесплатные курсы цифровой грамотности для жителей старше шестидесяти лет.")

# --- a head row whose last field is the page's full date ------------------------------------

# (id, the page's lines above the headline, expected publication date)
HEAD_ROWS = [
    ("byline-dot", ["Вести Поморья: обзор недели", "",
                    "Еженедельное обозрение сайта «Вести Поморья» · 14 марта 2025"],
     "2025-03-14"),
    ("breadcrumb-gap", ["Газета «Северный берег»",
                        "Главная / Регион / Общество          12.03.2025"], "2025-03-12"),
    ("bar-and-time", ["Поморский портал | Общество | 11.02.2024, 09:40"], "2024-02-11"),
]


@pytest.mark.parametrize(("case", "head", "expected"), HEAD_ROWS,
                         ids=[r[0] for r in HEAD_ROWS])
def test_head_row_dates_the_page(case: str, head: list[str], expected: str) -> None:
    text = "\n".join(head) + f"\n\n{HEADLINE}\n\n{LEAD}\n\n{LEAD}\n"
    assert find_published(text)[0] == expected


@pytest.mark.parametrize("line", [
    "Сегодня · 14 марта 2025",  # a crawl day's "today" row
    "Пятница | 14 марта 2025",  # a weekday before the date: a header's calendar
    "Курсы открылись.   14.03.2025",  # a sentence ends before the date
    "Обозрение · 14 марта 2025 · Общество",  # the date is not the last field
    "Обзор за 7 марта · 14 марта 2025",  # another date in the fields before it
    "14 марта 2025",  # no fields before the date
    "Обозрение · 14 марта",  # no year
    "Портал «Вести» | Волонтёры научат пенсионеров | 14.03.2025",  # a linked headline's row
    "Волонтёры научат пенсионеров пользоваться смартфоном      14.03.2025",  # a caption's gap
])
def test_head_row_day_refuses(line: str) -> None:
    assert head_row_day(line) is None


def test_head_row_not_in_a_list_of_dated_rows() -> None:
    text = ("Вести Поморья · 14 марта 2025\nАрхив · 13 марта 2025\n\n"
            f"{HEADLINE}\n\n{LEAD}\n\n{LEAD}\n")
    assert find_published(text)[0] is None


def test_head_row_not_a_caption_under_prose() -> None:
    text = (f"{HEADLINE}\n\n{LEAD}\n\nФото пресс-службы колледжа          14.03.2025\n\n"
            f"{LEAD}\n")
    assert find_published(text)[0] is None


# --- a post's counter row with a day and no year ----------------------------------------------

POST = ("Минсоцзащиты Поморья\n\n📌 Волонтёры научат пенсионеров пользоваться смартфоном\n\n"
        f"{LEAD}\n\n#цифровая_грамотность #волонтёры\n\n")


@pytest.mark.parametrize(("row", "expected"), [
    ("👁 2,4K  ·  опубликовано 7 апреля", "--04-07"),  # the publication label
    ("👁 980   12 мар, 18:05", "--03-12"),  # a time of day
    ("👁 980   12.03.2025 18:05", "2025-03-12"),  # a full date, as before
    ("👁 980   12 марта", None),  # neither a time nor the label
])
def test_counter_row_dates_the_post(row: str, expected: str | None) -> None:
    ref = edited_post_stamp(POST + row + "\n")
    assert (ref.value if ref is not None else None) == expected


def test_counter_row_full_date_wins_over_a_yearless_one() -> None:
    text = POST + "👁 980   12.03.2025 18:05\n\nКомментарий\n👁 12   13 мар, 10:00\n"
    ref = edited_post_stamp(text)
    assert ref is not None and ref.value == "2025-03-12"


# --- a day without its year near the publication day ----------------------------------------

@pytest.mark.parametrize(("month", "day", "published", "tense", "expected"), [
    # within a few days of the page's day: its neighbour, whatever the tense
    (3, 3, "2026-03-06", "future", "2026-03-03"),
    (3, 12, "2026-03-10", "past", "2026-03-12"),
    (3, 12, "2026-03-10", None, "2026-03-12"),
    (3, 9, "2026-03-06", "past", "2026-03-09"),
    (3, 16, "2026-03-10", "past", "2025-03-16"),
    (3, 4, "2026-03-10", "future", "2027-03-04"),
    # further off: the tense decides, as before (the page's year counts, not the nearest
    # day: "30 декабря" in a report of 2 January lies in another year)
    (12, 30, "2026-01-02", "future", "2026-12-30"),
    (12, 30, "2026-01-02", "past", "2025-12-30"),
    (3, 1, "2026-03-10", "future", "2027-03-01"),
    (3, 20, "2026-03-10", "past", "2025-03-20"),
    (3, 20, "2026-03-10", "present", "2026-03-20"),
    (11, 20, "2026-01-15", None, "2025-11-20"),
])
def test_anchor_day_keeps_a_near_day_in_its_year(month: int, day: int, published: str,
                                                 tense: str | None, expected: str) -> None:
    assert anchor_day(month, day, dt.date.fromisoformat(published), tense) == expected


TEXT_NEAR_DAY = (
    "Новости\n\nКомитет социальной защиты Архангельской области и Поморский центр занятости "
    "заключили соглашение о найме на работу незрячих жителей. Документ, подписанный 3 марта, "
    "позволит оформлять пособие без визита в центр занятости.\n")


def test_participle_day_under_a_future_verb_is_of_the_page_year(models) -> None:
    got = [probes.text_date(a) for a in probes.agreements_of(models, TEXT_NEAR_DAY,
                                                             "2026-03-06")]
    assert "2026-03-03" in got and "2027-03-03" not in got, got


# --- a "когда" clause hung on the verb before its comma ----------------------------------------

WHEN = ("Новости\n\nОмский центр социальных услуг и областная библиотека для слепых подписали "
        "соглашение о чтениях для незрячих пенсионеров. Этот договор развивает партнёрство, "
        "начатое ещё в 2018 году, когда меморандум о партнёрстве подписали Министерство "
        "культуры Омской области и городской совет ветеранов Омска.\n")


def test_when_clause_dates_the_older_signing(models) -> None:
    got = [(a.status, probes.text_date(a)) for a in probes.agreements_of(models, WHEN,
                                                                         "2025-04-10")
           if any("совет" in p.name.lower() for p in a.parties)]
    assert got == [("mentioned", "2018")], got


def test_when_past_another_verb_dates_nothing() -> None:
    from soccoop.extract.signing_dates import _when_hung_before

    sent = probes.hand_parsed(
        ("когда", "когда", "SCONJ", "mark", 3, {}),
        ("стало", "стать", "VERB", "advcl", 3, {"Tense": "Past"}),
        ("ясно", "ясно", "ADV", "advmod", 1, {}),
        ("подписали", "подписать", "VERB", "root", -1, {"Tense": "Past"}),
    )
    assert _when_hung_before(sent, 3) is None


# --- the signatures' day told in the paragraph after the signing's ----------------------------

SIGNATURES = (
    "Новости\n\nУдмуртия и фонд «Опора» будут вместе помогать семьям военнослужащих\n\n"
    "Республика продолжает развивать поддержку семей участников СВО. В Удмуртии работают "
    "двенадцать центров помощи.\n\nСоглашение о сотрудничестве в сфере адресной помощи семьям "
    "военнослужащих подписано между министерством социальной политики Удмуртии и фондом "
    "«Опора» в Ижевске, на площадке форума «Сильные семьи».{between}\n\nПодписи под "
    "документом 4 июля поставили: министр социальной политики Удмуртии Ольга Пестова и "
    "директор фонда Игорь Зайцев.\n")


@pytest.mark.parametrize(("between", "expected"), [
    ("", "2025-07-04"),  # the signatures open the next paragraph
    # another sentence, of the agreement's content, stands between: dates70 reads past it
    # (``signatures_told_later``; None before: the signatures' sentence names this paper's
    # signers, so the page's day was the wrong one)
    (" Документ рассчитан на три года.", "2025-07-04"),
])
def test_signatures_in_the_next_paragraph(models, between: str, expected: str | None) -> None:
    got = [probes.text_date(a) for a in probes.agreements_of(
        models, SIGNATURES.format(between=between), "2025-07-07")]
    assert got == [expected], got


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, published=("head_row_day", "head_row_last_day",
                                                     "edited_post_stamp"),
                                          dates=("anchor_day",),
                                          signing_dates=("_when_hung_before",),
                                          agreement_dates=("signatures_told_next",))
