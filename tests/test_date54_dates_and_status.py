"""date54: publication stamps, relative days and the status of a clause, in our own words.

Each rule of the session, table-driven, with negatives: a section's one word parted from
the stamp's date by a gap under a widget row; a weekday after the week it is in ("на
прошлой неделе, в пятницу"); an occasion's ordinal day counted from its range of days, not
from an earlier day told between; a count of signings dated by its one day beside the
occasion's range.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.dates import find_dates
from soccoop.extract.published import find_published

HEAD = "Два района будут вместе помогать семьям участников СВО"
BODY = ("Управление социальной защиты Кировского района и центр занятости Ленинского района "
        "подписали соглашение о сотрудничестве. Документ предусматривает совместные "
        "ярмарки вакансий и обучение специалистов.")


def _page(*top: str) -> str:
    return "\n".join([*top, "", HEAD, "", BODY, "Ранее портал писал о ценах на жильё."])


# --- a section's one word, a gap, the date and its time, under a widget row
@pytest.mark.parametrize(("top", "expected"), [
    (("Курс ЦБ: USD 97,21  EUR 100,64    Киров  −14°", "", "Общество  5 февраля 2025, 11:42"),
     "2025-02-05"),
    (("Погода: +3 °C", "Экономика   12.03.2025 09:15"), "2025-03-12"),
    (("USD 90,50 EUR 98,10", "Соцзащита  14 мая 2025 в 15:40"), "2025-05-14"),
    # no time after the date: a header's today-date beside the widget
    (("Погода: +3 °C", "Общество  12.03.2025"), None),
    # one space only: a caption's or a headline's words
    (("Погода: +3 °C", "Общество 12.03.2025 09:15"), None),
    # the widget under the stamp
    (("Общество  12.03.2025 09:15", "Погода: +3 °C"), None),
])
def test_gap_sectioned_stamp_under_widget(top: tuple[str, ...], expected: str | None) -> None:
    assert find_published(_page(*top))[0] == expected


# --- "на прошлой неделе, в пятницу": the weekday of the week told before it
@pytest.mark.parametrize(("text", "expected"), [
    ("На прошлой неделе, в пятницу, министр подписал соглашение.", "2025-04-04"),
    ("На прошлой неделе во вторник стороны подписали соглашение.", "2025-04-01"),
    ("На минувшей неделе, в среду, глава района подписал документ.", "2025-04-02"),
    ("На следующей неделе, в четверг, соглашение подпишут.", "2025-04-17"),
    # no week told before it: the weekday nearest the report (a Friday: the same day)
    ("В пятницу министр подписал соглашение.", "2025-04-11"),
    # the week told in another sentence does not shift it
    ("Об этом говорили на прошлой неделе. В пятницу министр подписал соглашение.",
     "2025-04-11"),
])
def test_weekday_of_week_told_before(text: str, expected: str) -> None:
    days = [d.value for d in find_dates(text, "2025-04-11") if d.text.endswith(
        ("пятницу", "вторник", "среду", "четверг"))]
    assert days == [expected]


# --- "в первый день форума": counted from the occasion's range, not an earlier day between
@pytest.mark.parametrize(("text", "expected"), [
    ("Форум пройдет в Омске 23–24 апреля. «Кадры для отрасли сегодня главное», — сказала "
     "министр. В первый день форума министерство заключит соглашение с университетом.",
     "2025-04-23"),
    ("Форум пройдет в Омске 23–24 апреля. «Кадры для отрасли сегодня главное», — сказала "
     "министр. Во второй день форума министерство заключит соглашение с университетом.",
     "2025-04-24"),
    # a day after the range is another occasion's start: the ordinal counts from it
    ("Регистрация открыта с 1 по 20 апреля. 23 апреля в Омске открылся форум. Во второй "
     "день форума министерство заключило соглашение с университетом.", "2025-04-24"),
])
def test_occasion_day_counts_from_its_range(text: str, expected: str) -> None:
    # month and day: a year-less range is anchored by the tense the pipeline gives
    days = [(d.value or "")[-5:] for d in find_dates(text, "2025-04-18") if "день" in d.text]
    assert days == [expected[-5:]]


# --- a count of signings with its day beside the occasion's range of days
FORUM = """Омск, 25 апреля 2025, 10:15

Минтруд Омской области заключил три соглашения на социальном форуме

Три соглашения о сотрудничестве подписало {day} Министерство труда и социального развития \
Омской области в рамках Сибирского социального форума, который проходит в Омске 23–25 \
апреля. Церемония состоялась в присутствии губернатора Виталия Хоценко.

Первое соглашение заключено с Омским государственным университетом. Оно предусматривает \
подготовку специалистов по социальной работе. Особое внимание стороны уделят северным районам.

Второе соглашение министерство подписало с Омским региональным отделением Союза пенсионеров \
России. Документ направлен на развитие программ активного долголетия.

Третий документ – межрегиональный: Минтруд Омской области и Министерство труда и \
социального развития Новосибирской области договорились об обмене опытом. От имени \
министерства второе и третье соглашения подписала заместитель министра Ольга Петрова, со \
стороны отделения Союза пенсионеров – его председатель Иван Сидоров."""


@pytest.mark.slow
@pytest.mark.parametrize(("day", "expected"), [
    ("накануне", "2025-04-24"),
    ("вчера", "2025-04-24"),
    ("24 апреля", "2025-04-24"),
])
def test_count_day_beside_occasion_range(models: Any, day: str, expected: str) -> None:
    found = probes.status_dates(models, FORUM.format(day=day))
    assert len(found) >= 2 and all(f == ("signed", expected) for f in found[:2])


# --- status of a clause: a signing set for a day by a verb of scheduling; a participle of
# signing with a year gone by, hung by the parser on the last noun of the agreement's name
@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Подписание соглашения с АНО «Добрые руки» назначено на 20 октября.", "planned"),
    ("Подписание нового соглашения — с фондом «Опора», который возьмёт на себя уход за "
     "пожилыми, — назначено на 3 ноября.", "planned"),
    ("Церемонию подписания соглашения с университетом назначили на пятницу.", "planned"),
    # a signing that took place, and a person appointed, are no schedule
    ("Подписание соглашения с университетом состоялось в пятницу.", "signed"),
    ("Назначенный на прошлой неделе министр подписал соглашение с университетом.", "signed"),
    ("Стороны обсуждают продление соглашения о сотрудничестве, заключённого в 2023 году.",
     "mentioned"),
    ("Стороны обсуждают продление соглашения о сотрудничестве, заключённого в прошлом году.",
     "mentioned"),
    # the participle in the case of the last noun describes that noun, not the agreement
    ("Стороны обсуждают новое соглашение о сотрудничестве, начатом в 2023 году.", "planned"),
])
def test_clause_status(models: Any, sentence: str, expected: str) -> None:
    from soccoop.extract.candidate_status import _status
    from soccoop.extract.syntax import parse_documents

    analysis = models.analyse(sentence)
    parse_documents([analysis], models)
    sent = analysis.sentences[0]
    k = next(i for i, t in enumerate(sent.tokens) if t.lemma == "соглашение")
    assert _status(sent, k, None, "2025-10-09") == expected


# --- an adjunct fronted before the first conjunct dates a signing verb conjoined after it
SHARED = "Опубликовано: 28.03.2024\n{}\nДокумент предусматривает целевое обучение."


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("В прошлый четверг министр была в Тюмени и подписала соглашение о сотрудничестве "
     "между департаментом социальной защиты Ямало-Ненецкого автономного округа и Тюменским "
     "государственным университетом.", "2024-03-21"),
    ("В понедельник министр побывал в Кургане и подписал соглашение о сотрудничестве между "
     "министерством социального развития Тюменской области и Курганским государственным "
     "университетом.", "2024-03-25"),
])
def test_fronted_date_shared_by_conjoined_signing(models: Any, text: str, expected: str) -> None:
    found = probes.status_dates(models, SHARED.format(text))
    assert found and found[0] == ("signed", expected)


@pytest.mark.slow
def test_conjunct_with_its_own_subject_takes_no_fronted_date(models: Any) -> None:
    from soccoop.extract.agreements import fronted_shared_adjuncts
    from soccoop.extract.syntax import parse_documents

    analysis = models.analyse("Сегодня это занимает несколько минут, а соглашение и "
                              "заключается ради обмена опытом.")
    parse_documents([analysis], models)
    sent = analysis.sentences[0]
    v = next(i for i, t in enumerate(sent.tokens) if t.lemma == "заключаться")
    assert fronted_shared_adjuncts(sent, v) == []
