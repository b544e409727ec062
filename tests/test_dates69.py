"""dates69 (round 69 of issue 9, branch dates69): agreement dates of plans put off.

- a plan put off takes the new time a later sentence gives its signing or its ceremony to
  come ("ориентировочно церемония состоится в апреле"): the ceremony's noun is read as the
  signing's when no other occasion's noun hangs under it
  (``agreement_dates._signing_ceremony``), the plan's own sentence may tell that the
  signing will not take place on the day set (``_not_held``), and a later sentence telling
  the putting off carries the reach on (``new_time_told_next``);
- a signing put off to a part of a year told with its year ("на весну следующего года",
  "на вторую половину 2025 года") is put off to that year
  (``signing_dates._year_span_start``, read by ``_put_off_by_order``);
- a plan's later sentence signing the agreement's bare noun ("Подписать меморандум
  планируется в апреле") plans it as "документ" would (``signing_dates._bare_agreement``,
  read by ``signs_it_at``), so a plan dated by the day of the act approving its draft
  takes the month planned.

Every probe is written here, in words of its own. On b69dev (``git archive b69dev src``)
the rows marked "fails on b69dev" read the value named there, and the docstring check fails
at the import; the guards hold on both."""

from __future__ import annotations

import probes
import pytest

# (id, the page's day, the page, the date of its one planned record)
NEW_TIME = [
    # the ceremony's noun gives the new month (fails on b69dev: 2025-03-12)
    ("ceremony_later",
     "2025-03-05",
     "Подписание соглашения между Министерством труда Курганской области и АНО «Опора», "
     "назначенное на 12 марта, переносится. Как пояснили в министерстве, ориентировочно "
     "церемония состоится в апреле.",
     "2025-04"),
    # "не состоится", then a sentence putting it off, then the new month (fails on b69dev:
    # None)
    ("not_held_then_put_off",
     "2025-03-05",
     "Запланированное на пятницу подписание договора о совместной работе управления "
     "социальной защиты Пскова с благотворительным фондом «Свет» не состоится. Об этом "
     "сообщили в управлении. Церемонию перенесли по просьбе фонда. Предварительно "
     "подписание пройдёт в мае.",
     "2025-05"),
    # a past plan put off, "церемония подписания" to come (fails on b69dev: None)
    ("ceremony_of_signing",
     "2025-03-05",
     "Комитет по социальной политике Мурманской области и фонд «Север» собирались "
     "подписать соглашение 3 марта, однако церемонию отложили. Как сообщили в комитете, "
     "церемония подписания пройдёт в конце апреля.",
     "2025-04"),
    # the signing noun under "произойдёт" (held on b69dev too)
    ("signing_happens",
     "2025-03-05",
     "Церемонию подписания соглашения между департаментом соцзащиты Вологодской области и "
     "региональным отделением Союза пенсионеров, намеченную на 7 марта, перенесли. Новая "
     "дата пока уточняется, но, по предварительным данным, подписание произойдёт в "
     "сентябре.",
     "2025-09"),
    # fixdates69: a place phrase under the ceremony's noun tells no other occasion (failed
    # on m69: 2025-03-20)
    ("ceremony_at_place",
     "2025-03-05",
     "Подписание соглашения между Министерством труда Курганской области и АНО «Опора», "
     "запланированное на 20 марта, отложено. Церемония в областной администрации пройдёт "
     "в мае.",
     "2025-05"),
    # fixdates69 guard: another occasion's ceremony told with its place gives no new time
    ("awards_ceremony_at_place",
     "2025-03-05",
     "Подписание соглашения между Министерством труда Курганской области и АНО «Опора», "
     "запланированное на 20 марта, отложено. Церемония вручения наград в областной "
     "администрации пройдёт в мае.",
     "2025-03-20"),
    # guard: another occasion's ceremony gives no new time
    ("awards_ceremony",
     "2025-03-05",
     "Подписание соглашения между Министерством труда Курганской области и АНО «Опора», "
     "назначенное на 12 марта, переносится. Церемония награждения волонтёров состоится в "
     "мае.",
     "2025-03-12"),
    # guard: a meeting to come is no signing
    ("council_meeting",
     "2025-03-05",
     "Подписание соглашения между Министерством труда Курганской области и АНО «Опора», "
     "назначенное на 12 марта, переносится. Следующее заседание совета состоится в мае.",
     "2025-03-12"),
]


# (id, the page's day, the page, the date of its one planned record)
SPANS = [
    # a season with the next year (fails on b69dev: 2024-11)
    ("spring_next_year",
     "2024-12-06",
     "Министерство труда Саратовской области планировало в ноябре подписать соглашение с "
     "фондом «Добро». Но его подписание перенесли на весну следующего года.",
     "2025"),
    # the beginning of the next year (fails on b69dev: 2023-11)
    ("start_next_year",
     "2024-10-06",
     "Министерство труда Курганской области и фонд «Опора» собирались подписать соглашение "
     "в ноябре. Из-за реорганизации фонда подписание перенесено на начало следующего года.",
     "2025"),
    # a half of a stated year, the signing told by "его" (fails on b69dev: None)
    ("half_of_year",
     "2024-10-06",
     "Комитет по социальной политике Мурманской области и фонд «Север» планировали "
     "подписать соглашение 20 октября. Теперь его подписание отложено на вторую половину "
     "2025 года.",
     "2025"),
    # a quarter of the next year in the plan's own sentence (held on b69dev too)
    ("quarter_next_year",
     "2024-10-06",
     "Подписание соглашения между управлением соцзащиты Пскова и фондом «Свет», которое "
     "ожидалось в декабре, перенесено на первый квартал следующего года.",
     "2025"),
]

# guards: a bare season dates nothing by the convention, and a year after a season's noun
# that no verb of postponing governs is no new time (the record keeps what it had)
SPAN_GUARDS = [
    ("bare_autumn",
     "2024-10-06",
     "Министерство труда Курганской области и фонд «Опора» собирались подписать соглашение "
     "в ноябре. Однако подписание перенесли на осень."),
    ("meeting_of_next_year",
     "2024-10-06",
     "Министерство труда Курганской области и фонд «Опора» собирались подписать соглашение "
     "в ноябре. Но совещание по итогам следующего года перенесли на весну."),
]


# (id, the page's day, the page, the date of its one planned record)
ACTS = [
    # an act's day, then the bare noun of the agreement planned (fails on b69dev: 2023-05-15)
    ("bare_agreement",
     "2023-05-17",
     "Правительство Амурской области распоряжением от 15 мая 2023 г. № 212-р одобрило "
     "проект соглашения между правительством области и Амурской региональной организацией "
     "Всероссийского общества глухих. Документ закрепит порядок обмена сведениями.\n"
     "Соглашение подписать планируется в июне, на областном фестивале «Равные».",
     "2023-06"),
    # a memorandum before the verb (fails on b69dev: 2025-03-05)
    ("bare_memorandum",
     "2025-03-10",
     "Постановлением правительства Пермского края от 5 марта 2025 г. № 140-п утверждён "
     "проект меморандума между краевым Министерством социального развития и АНО "
     "«Забота». Меморандум планируется подписать в апреле.",
     "2025-04"),
    # a treaty after the verb (fails on b69dev: 2025-02-28)
    ("bare_treaty",
     "2025-03-10",
     "Распоряжением кабинета министров от 28 февраля 2025 года № 52-р одобрен проект "
     "договора о сотрудничестве Министерства труда Чувашской Республики с фондом «Опора». "
     "Подписать договор министерство намерено в мае.",
     "2025-05"),
    # guard: the agreement named with a partner of its own is another document
    ("own_partner",
     "2025-03-10",
     "Распоряжением правительства от 3 марта 2025 года № 88-р одобрен проект соглашения "
     "между Министерством социальной защиты Омской области и Сибирским медицинским "
     "университетом. Подписать соглашение с Омским колледжем стороны намерены в апреле.",
     "2025-03-03"),
]


def _planned_dates(models, text: str, published: str) -> list[str | None]:
    return [d for st, d in probes.status_dates(models, text, published) if st == "planned"]


@pytest.mark.parametrize(("published", "text", "expected"),
                         probes.named_rows(NEW_TIME + SPANS + ACTS))
def test_plan_date(models, published: str, text: str, expected: str) -> None:
    got = _planned_dates(models, text, published)
    assert got and got[0] == expected, got


@pytest.mark.parametrize(("published", "text"), probes.named_rows(SPAN_GUARDS))
def test_span_guards(models, published: str, text: str) -> None:
    got = _planned_dates(models, text, published)
    assert got and got[0] != "2025", got


# (id, a sentence, the index of the date's first token, the index the part of a year opens)
YEAR_SPANS = [
    ("season", "Подписание отложено на весну будущего года.", 4, 3),
    ("ordinal_half", "Подписание отложили на вторую половину 2025 года.", 5, 3),
    # guard: the year right after "на", nothing before it
    ("bare_year", "Подписание перенесли на 2026 год.", 3, 3),
]


@pytest.mark.parametrize(("sentence", "i", "first"), probes.named_rows(YEAR_SPANS))
def test_year_span_start(models, sentence: str, i: int, first: int) -> None:
    from soccoop.extract.signing_dates import _year_span_start

    toks = probes.first_sentence(models, sentence).tokens
    assert _year_span_start(toks, i) == first


# (id, a sentence, whether it tells the signing will not take place)
NOT_HELD = [
    ("not_take_place", "Намеченное на среду подписание соглашения не состоится.", True),
    ("ceremony_not", "Церемония в пятницу не пройдёт из-за болезни министра.", True),
    # guard: a signing that did not happen is no plan put off
    ("past_not", "Подписание соглашения так и не состоялось.", False),
    # guard: a concert, no signing
    ("concert_not", "Концерт в пятницу не состоится.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), probes.named_rows(NOT_HELD))
def test_not_held(models, sentence: str, expected: bool) -> None:
    from soccoop.extract.agreement_dates import _not_held

    assert _not_held(probes.first_sentence(models, sentence)) is expected


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, agreement_dates=("new_time_told_next", "_not_held",
                                                           "_signing_ceremony"),
                                          signing_dates=("_year_span_start", "_bare_agreement"))
