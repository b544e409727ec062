"""bcast90: broadcast transcripts, channel posts and interviews (round 130). A row of other
issues' times is no page stamp; a cookie notice opening a saved page does not hide the
page's own dated address under it; an agreement about a field next to the social sphere
(roads) between sides of no social body is no record; sides told after a colon as those who
work on the agreement's draft; the quota of jobs is a word of the social sphere. Every
probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest
from probes import status_date_parties

from soccoop.extract.published import find_published, site_notice, times_row

# (id, line, expected): does the line list enough clock times to be a row of issues?
TIMES = [
    ("issues-row", "08:00 | 07:00 | 06:00 | 2 марта, 19:00", True),
    ("schedule", "Эфиры: 9:30, 12:30, 15:30", True),
    ("stamp", "3 марта 2025, 09:10", False),
    ("stamp-updated", "3 марта 2025, 09:10 (обновлено 11:40)", False),
]


@pytest.mark.parametrize(("case", "line", "expected"), TIMES, ids=[r[0] for r in TIMES])
def test_times_row(case: str, line: str, expected: bool) -> None:
    assert times_row(line) is expected


# (id, line, expected): is the line a site's notice about its cookies?
NOTICES = [
    ("cookie-files", "На портале работают cookie-файлы: оставаясь здесь, вы принимаете это. "
     "[OK]", True),
    ("cookies", "Портал хранит cookies ради статистики посещений; нажмите «Принять», чтобы "
     "скрыть окно.", True),
    ("prose", "Министерство и фонд заключили соглашение о помощи семьям участников "
     "программы.", False),
]


@pytest.mark.parametrize(("case", "line", "expected"), NOTICES, ids=[r[0] for r in NOTICES])
def test_site_notice(case: str, line: str, expected: bool) -> None:
    assert site_notice(line) is expected


NOTICE = ("Портал сохраняет cookie-файлы и ведёт учёт посещений. Продолжая чтение, вы даёте "
          "на это своё согласие.  [Принять]  [Настройки]\n\n")
ADDRESS = "mintrud-primer.ru/press/2025/02/17/dogovor-s-kolledzhem\n"
HEAD = ("Портал министерства труда Омской области\n" + ADDRESS +
        "Главная | Министерство | Документы | Новости\nПоиск по сайту\n\n"
        "Министерство и колледж будут готовить сиделок\n\n")
BODY = ("Министерство труда Омской области и Омский колледж связи заключили договор о "
        "подготовке сиделок для пожилых людей.\n\nЗанятия начнутся весной, когда закончится "
        "набор.\n")
RADIO = ("Радио «Пример» | Эфир\nВыпуск новостей 09:00\n3 марта 2025, 09:10\nСлушать выпуск ▶ "
         "03:15\n\nТекстовая версия выпуска\n\nВ Омске днём до минус пяти, на дорогах "
         "гололёд.\n\n* * *\n\nОмский колледж связи и министерство труда Омской области будут "
         "вместе готовить сиделок для пожилых людей, сообщили в ведомстве.\n\n* * *\n\n"
         "Это были новости радио «Пример». Следующий выпуск — в 10:00.\n\n")

# (id, text, expected publication date)
PUBLISHED = [
    # the page's dated address under a cookie notice
    ("address-under-notice", NOTICE + HEAD + BODY, "2025-02-17"),
    # negative: a dated address under the body is another page's
    ("address-under-body", NOTICE + "Новости ведомства\n\n" + BODY + "\nСм. также:\n"
     + ADDRESS, None),
    # a row of other issues at the foot gives way to the page's stamp at the top
    ("stamp-over-issues-row", RADIO + "Прошлые эфиры:\n08:00 | 07:00 | 06:00 | 2 марта, "
     "19:00\n", "2025-03-03"),
]


@pytest.mark.parametrize(("case", "text", "expected"), PUBLISHED,
                         ids=[r[0] for r in PUBLISHED])
def test_published(case: str, text: str, expected: str | None) -> None:
    assert find_published(text)[0] == expected


LEAD = "Новости\n\n"
OMSK_LABOUR = "Министерство труда Омской области"
COLLEGE = "Омский колледж связи"
PLANT = "АО «Омский приборный завод»"

# (id, published, text, sorted (status, date_or_empty, sorted parties) of every record)
RECORDS = [
    # an agreement of money for roads between a government and a town: no record
    ("roads-between-bodies", "2025-03-12",
     LEAD + "Вчера правительство Омской области и администрация города Тары заключили "
     "соглашение о выделении средств на ремонт дорожной сети.\n",
     []),
    # negative: a side of the social sphere keeps it
    ("roads-with-social-body", "2025-03-12",
     LEAD + f"Вчера {OMSK_LABOUR[0].lower() + OMSK_LABOUR[1:]} и администрация города Тары "
     "заключили соглашение о выделении средств на ремонт дорожной сети.\n",
     [("signed", "2025-03-11", ["Администрация города Тары", OMSK_LABOUR])]),
    # negative: a subject of the social sphere keeps it
    ("roads-to-care-homes", "2025-03-12",
     LEAD + "Вчера правительство Омской области и администрация города Тары заключили "
     "соглашение о ремонте дорожной сети у домов социального обслуживания пожилых.\n",
     [("signed", "2025-03-11", ["Администрация города Тары", "Правительство Омской области"])]),
    # negative: sides of two regions keep it (cooperation between regions)
    ("tourism-between-regions", "2025-03-12",
     LEAD + "Вчера Омская область и Тюменская область заключили соглашение о развитии "
     "туристических маршрутов по рекам.\n",
     [("signed", "2025-03-11", ["Омская область", "Тюменская область"])]),
    # ... but the two regions' ministries of economy on tourism make no record
    ("tourism-between-economy-bodies", "2025-03-12",
     LEAD + "Вчера министерство экономического развития Омской области и министерство "
     "экономического развития Тюменской области заключили соглашение о развитии "
     "туристических маршрутов по рекам.\n",
     []),
    # sides told after a colon as those who discuss the draft
    ("drafters-after-colon", "2025-03-12",
     LEAD + "В городе открылась выставка.\n\nЕщё одно соглашение на подходе: "
     f"{OMSK_LABOUR[0].lower() + OMSK_LABOUR[1:]} и {COLLEGE} обсуждают его проект. "
     "Подписать документ хотят в мае.\n",
     [("planned", "2025-05", sorted([OMSK_LABOUR, COLLEGE]))]),
    # the draft named by "проект документа"
    ("draft-of-document-after-colon", "2025-03-12",
     LEAD + "В городе открылась выставка.\n\nЕщё одно соглашение на подходе: "
     f"{OMSK_LABOUR[0].lower() + OMSK_LABOUR[1:]} и {COLLEGE} обсуждают проект документа. "
     "Подписать его хотят в мае.\n",
     [("planned", "2025-05", sorted([OMSK_LABOUR, COLLEGE]))]),
    # negative: what they discuss after the colon is no draft of it
    ("no-draft-after-colon", "2025-03-12",
     LEAD + "В городе открылась выставка.\n\nЕщё одно соглашение на подходе: "
     f"{OMSK_LABOUR[0].lower() + OMSK_LABOUR[1:]} и {COLLEGE} обсуждают условия аренды. "
     "Подписать его хотят в мае.\n",
     []),
]


@pytest.mark.parametrize(("case", "published", "text", "expected"), RECORDS,
                         ids=[r[0] for r in RECORDS])
def test_records(models, case: str, published: str | None, text: str, expected: list) -> None:
    assert status_date_parties(models, text, published) == expected


# (id, text, statuses of its records): a company's agreement about the quota of jobs is one
# of the social sphere, about supplies it is not
QUOTA = [
    ("quota-of-jobs", LEAD + f"Вчера администрация Тарского района подписала с {PLANT} "
     "соглашение о квотировании рабочих мест на заводе.\n", ["signed"]),
    ("supplies", LEAD + f"Вчера администрация Тарского района подписала с {PLANT} "
     "соглашение о поставке насосов.\n", []),
]


@pytest.mark.parametrize(("case", "text", "expected"), QUOTA, ids=[r[0] for r in QUOTA])
def test_quota_of_jobs(models, case: str, text: str, expected: list[str]) -> None:
    assert probes.statuses_of(models, text, "2025-03-12") == expected


BCAST90_FUNCTIONS = [
    ("published", "site_notice"), ("published", "times_row"),
    ("agreements", "other_field_subject"), ("agreement_sides", "colon_clause_drafters"),
]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, BCAST90_FUNCTIONS)
