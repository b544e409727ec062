"""dates65 (round 65 of issue 9, branch dates65): agreement dates.

- a verb of postponing standing right before the "на" of a date is that date's word, by
  word order, whatever head the parse gives it (``signing_dates._put_off_by_order``, read by
  ``_rescheduling_word``, so by ``put_off_to``, ``rescheduled_to`` and ``postponed_to``):
  "Подписание ..., намеченное на 3 декабря, перенесено на 10 декабря" is a plan of 10
  December, not of the day first set;
- a stamp line may open with a social network post's kind and its separator ("Запись на
  стене · 4 апр 2025 в 09:15") or name a press service's unit by its kind after the time
  ("| Управление пресс-службы ..."): ``datewords.STAMP_LABELS`` and ``PRESS_CREDITS``, so
  the page has its publication day and its year-less dates their year;
- a plan dated by a year alone takes the month its own sentence sets its signing to
  within that year (``agreement_dates.month_set_within_year``);
- a signing dated only by a speaker's "сегодня" inside a quotation takes the day a
  following "Церемония прошла ..." sentence gives it (``agreement_dates.
  ceremony_day_over_quoted_today``).

Every probe is written here, in words of its own. On b65dev: the two stamp rows of
``STAMPS`` read no day (None), ``WALL_POST``'s signing is dated ``--04-03`` (no year: the
page has no publication day), ``MONTH_WITHIN_YEAR``'s "set_to_month" row reads ``2026``
``PUT_OFF_BY_ORDER``'s "moved" row reads the day first set and
``CEREMONY_OVER_QUOTE``'s "ceremony_day" row the page's day. The guards hold on both."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.published import stamp_line

# (id, the line, the day it stamps)
STAMPS = [
    # a wall post's kind and its separator before the day (fails on b65dev: None)
    ("wall_post", "Запись на стене · 4 апр 2025 в 09:15", "2025-04-04"),
    # a press service's unit named by its kind after the time (fails on b65dev: None)
    ("press_unit", "Опубликовано: 3 марта 2025, 12:00 | Управление пресс-службы губернатора "
     "Курской области", "2025-03-03"),
    # guard: the post's kind alone on its line stamps nothing
    ("kind_alone", "Запись на стене", None),
    # guard: a headline after the day is no stamp
    ("headline_after", "Запись на стене · 4 апреля 2025 волонтёры провели акцию у вокзала",
     None),
    # guard: a body that is no press service after the separator
    ("other_unit", "Опубликовано: 3 марта 2025, 12:00 | Управление образования Курской "
     "области", None),
]


@pytest.mark.parametrize(("line", "expected"), probes.named_rows(STAMPS))
def test_stamp_lines(line: str, expected: str | None) -> None:
    assert probes.day_read(stamp_line, line) == expected


WALL_POST = ("ГБУСО «Курский центр „Надежда“» | ВКонтакте\n"
             "Запись на стене · 4 апр 2025 в 09:15\n\n"
             "🤝 Друзья, у нас новые партнёры!\n\n"
             "Вчера, 3 апреля, ГБУСО «Курский центр „Надежда“» и АНО «Серебряные руки» "
             "заключили договор о взаимодействии.\n\n"
             "Волонтёры будут навещать подопечных центра.")


def test_wall_post_dates_yearless_day(models) -> None:
    # the post's stamp gives the page its day, so "3 апреля" its year (fails on b65dev:
    # --04-03)
    assert probes.status_dates(models, WALL_POST) == [("signed", "2025-04-03")]


SIDES_TOLD = ("договора о взаимодействии курского минсоцзащиты с областным "
              "медуниверситетом")

# (id, the sentence, the plan's date)
PUT_OFF_BY_ORDER = [
    # the new day stands right after "перенесено": the parse may give it to the participle
    # of the first setting (fails on b65dev: 2025-12-03)
    ("moved",
     f"Подписание {SIDES_TOLD}, намеченное на 3 декабря, перенесено на 10 декабря.",
     "2025-12-10"),
    # guard: called off, the day first set stays (the signing was set for it)
    ("called_off",
     f"Подписание {SIDES_TOLD}, намеченное на 3 декабря, отменено.", "2025-12-03"),
    # guard: the day first set, told after the verb of postponing with "с"
    ("from_to",
     f"Подписание {SIDES_TOLD} перенесли с 3 на 10 декабря.", "2025-12-10"),
]


@pytest.mark.parametrize(("told", "expected"), probes.named_rows(PUT_OFF_BY_ORDER))
def test_put_off_by_order(models, told: str, expected: str) -> None:
    text = told + "\n\nО причинах переноса в министерстве не сообщили."
    assert probes.status_dates(models, text, "2025-12-02") == [("planned", expected)]


# (id, the sentence, the plan's date)
MONTH_WITHIN_YEAR = [
    # the half-year told first, the month the signing is set to after (fails on b65dev:
    # 2026)
    ("set_to_month",
     f"В первом полугодии 2026 года планируется подписание {SIDES_TOLD}: текст согласован "
     "юристами, подписание назначено на март.", "2026-03"),
    # guard: the month ends a term, it sets no signing
    ("term_month",
     "В 2026 году курское минсоцзащиты намерено продлить договор о взаимодействии с "
     "областным медуниверситетом имени Пирогова, срок которого истекает в марте.", "2026"),
]


@pytest.mark.parametrize(("told", "expected"), probes.named_rows(MONTH_WITHIN_YEAR))
def test_month_within_year(models, told: str, expected: str) -> None:
    got = probes.status_dates(models, told, "2025-12-20")
    assert ("planned", expected) in got, got


QUOTED_TODAY = ("«Сегодня мы с ректором Зетского университета подписали соглашение о "
                "подготовке соцработников», — рассказал министр труда Зетской области Иван "
                "Петрович Сидоркин.\n\n")

# (id, the sentence after the quote, the signing's date)
CEREMONY_OVER_QUOTE = [
    # the ceremony's own day over the speaker's "сегодня" (fails on b65dev: 2025-06-05,
    # the page's day)
    ("ceremony_day", "Церемония прошла накануне, 4 июня, в главном корпусе вуза.",
     "2025-06-04"),
    # guard: a ceremony told with no day leaves the quote's day
    ("no_day", "Церемония прошла в главном корпусе вуза.", "2025-06-05"),
]


@pytest.mark.parametrize(("after", "expected"), probes.named_rows(CEREMONY_OVER_QUOTE))
def test_ceremony_day_over_quoted_today(models, after: str, expected: str) -> None:
    got = probes.status_dates(models, QUOTED_TODAY + after, "2025-06-05")
    assert got == [("signed", expected)], got


# (id, the quotation in its marks, the signing's date) (fixdates65: every quote mark of the
# project opens the quotation, not only «»)
CEREMONY_OVER_QUOTE_MARKS = [
    # straight quotes (fails on m65: 2025-06-05, the page's day)
    ("straight", '"Сегодня мы с ректором Зетского университета подписали соглашение о '
     'подготовке соцработников", — рассказал министр.', "2025-06-04"),
    # low and high quotes (fails on m65: 2025-06-05)
    ("low_high", "„Сегодня мы с ректором Зетского университета подписали соглашение о "
     "подготовке соцработников“, — рассказал министр.", "2025-06-04"),
    # guard: a quotation closed before "сегодня" leaves the page's day
    ("closed", 'Названный министром "опорным" Зетский университет сегодня подписал с '
     "министерством труда Зетской области соглашение о подготовке соцработников.", "2025-06-05"),
]


@pytest.mark.parametrize(("quote", "expected"), probes.named_rows(CEREMONY_OVER_QUOTE_MARKS))
def test_ceremony_day_over_quote_marks(models, quote: str, expected: str) -> None:
    text = quote + "\n\nЦеремония прошла накануне, 4 июня, в главном корпусе вуза."
    got = probes.status_dates(models, text, "2025-06-05")
    assert got == [("signed", expected)], got


def test_unquoted_today_stays(models) -> None:
    # guard: "сегодня" told by the page itself, not in a quotation, is not read again
    text = ("Сегодня министерство труда Зетской области и Зетский университет подписали "
            "соглашение о подготовке соцработников.\n\n"
            "Церемония прошла в главном корпусе вуза, 4 июня.")
    got = probes.status_dates(models, text, "2025-06-05")
    assert ("signed", "2025-06-04") not in got, got


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, signing_dates=("_put_off_by_order", "_rescheduling_word"),
                                          agreement_dates=("month_set_within_year",
                                                           "ceremony_day_over_quoted_today",
                                                           "_in_open_quote", "_ceremony_day_after"))
