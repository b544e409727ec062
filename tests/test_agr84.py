"""agr84: agreements and their dates. A headline opened by its date and a bar dates the
page ("03.02.2025 | ..."); a plan whose own sentence puts "it" off takes the new time; a
headline's day dates the lead's signing past a stamp line under it; a channel feed's day
lines date the posts under them; an agreement noun after a court's settlement whose side is
that court is the settlement again; a count's sentence ("стали два соглашения") takes no
signers told after an elided ordinal item ("Первое — о ..."); a document two sides call
"свой" is their agreement. Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest
from probes import parsed_analysis, status_date_parties

from soccoop.extract.candidate_signers import _ordinal_item
from soccoop.extract.published import find_published

LEAD = "Новости\n\nСовещание прошло в областном центре.\n"

# a channel feed under bare day lines, each post opened by a short line
FEED = ("Минтруд области\n5 812 подписчиков\n\n11 марта\n\n📢 Уважаемые земляки!\n"
        "Напоминаем, что приём граждан по вопросам выплат ведётся по средам в управлениях "
        "соцзащиты.\n👁 2,4K  18:05\n\n12 марта\n\n🤝 Омские и томские специалисты будут "
        "работать вместе\n\nСегодня в Томске подписано соглашение о сотрудничестве между "
        "Министерством труда Омской области и Департаментом социальной защиты Томской "
        "области.\n")

# (id, published, text, sorted (status, date_or_empty, sorted parties) of every record)
RECORDS = [
    # a page dated by its headline's date and a bar: "вчера" is the day before
    ("dated-headline-with-bar", None,
     "03.02.2025 | Омск и Томск договорились о сотрудничестве\n\n"
     "ОМСК, ИА «Сибирь». Соответствующее соглашение вчера подписали Министерство труда "
     "Омской области и Департамент социальной защиты Томской области, сообщили в "
     "министерстве.\n",
     [("signed", "2025-02-02", ["Департамент социальной защиты Томской области",
                                "Министерство труда Омской области"])]),
    # a plan put off by a pronoun in its own sentence takes the new time, ahead
    ("plan-put-off-by-pronoun", "2025-01-20",
     LEAD + "Соглашение между Министерством труда Омской области и Департаментом социальной "
     "защиты Томской области хотели подписать в тот же день, но его перенесли на март.\n",
     [("planned", "2025-03", ["Департамент социальной защиты Томской области",
                              "Министерство труда Омской области"])]),
    # negative: a meeting put off moves no signing
    ("meeting-put-off-no-date", "2025-01-20",
     LEAD + "Соглашение между Министерством труда Омской области и Департаментом социальной "
     "защиты Томской области планируют подписать, а совещание перенесли на март.\n",
     [("planned", "", ["Департамент социальной защиты Томской области",
                       "Министерство труда Омской области"])]),
    # the headline's day dates the lead's signing, past the stamp line under the headline
    ("headline-day-past-stamp", None,
     "Новости\n\n14 марта: омские и томские ветераны стали партнёрами\n\n"
     "Опубликовано: 19.03.2025 · Автор: редакция · Просмотров: 52\n\n"
     "В Томске подписано соглашение о сотрудничестве между Омским областным советом "
     "ветеранов и Томским областным советом ветеранов.\n",
     [("signed", "2025-03-14", ["Омский областной совет ветеранов",
                                "Томский областной совет ветеранов"])]),
    # negative: a headline without a day dates nothing (the publication day stands in,
    # which the probe reads as no date)
    ("headline-without-day", None,
     "Новости\n\nОмские и томские ветераны стали партнёрами\n\n"
     "Опубликовано: 19.03.2025 · Автор: редакция · Просмотров: 52\n\n"
     "В Томске подписано соглашение о сотрудничестве между Омским областным советом "
     "ветеранов и Томским областным советом ветеранов.\n",
     [("signed", "", ["Омский областной совет ветеранов",
                                "Томский областной совет ветеранов"])]),
    # a channel feed's day lines date the posts under them
    ("feed-day-lines", None,
     "Фонд помощи | Омская область\n\n                    16 апреля\n\n"
     "Напоминаем: в среду специалисты ведут приём в Исилькуле. Консультации по выплатам "
     "и реабилитации для всех желающих.\n\n                    18 апреля\n\n"
     "Сегодня Министерство труда Омской области и Омский государственный медицинский "
     "университет подписали соглашение о сотрудничестве в реабилитации ветеранов.\n",
     [("signed", "--04-18", ["Министерство труда Омской области",
                             "Омский государственный медицинский университет"])]),
    # negative: a post's own day is kept
    ("feed-post-with-own-day", None,
     "Фонд помощи | Омская область\n\n                    16 апреля\n\n"
     "Напоминаем: в среду специалисты ведут приём в Исилькуле. Консультации по выплатам "
     "и реабилитации для всех желающих.\n\n                    18 апреля\n\n"
     "Министерство труда Омской области и Омский государственный медицинский университет "
     "17 апреля подписали соглашение о сотрудничестве в реабилитации ветеранов.\n",
     [("signed", "--04-17", ["Министерство труда Омской области",
                             "Омский государственный медицинский университет"])]),
    # a feed's posts opened by a short line: the signing is of its day line
    ("feed-post-opened-short", None, FEED,
     [("signed", "--03-12", ["Департамент социальной защиты Томской области",
                             "Министерство труда Омской области"])]),
    # a court that approves a settlement is no side of an agreement
    ("settlement-approved-by-court", "2024-11-27",
     LEAD + "Районный суд утвердил мировое соглашение между пенсионером и Отделением "
     "Социального фонда России по Омской области. Спор длился полгода. Соглашение утвердил "
     "судья Центрального районного суда г. Омска Иван Петров.\n",
     []),
    # negative: a court that signs a cooperation agreement, no settlement before, keeps it
    ("court-cooperation-kept", "2024-11-27",
     LEAD + "Омский областной суд и Отделение Социального фонда России по Омской области "
     "вчера подписали соглашение о взаимодействии.\n",
     [("signed", "2024-11-26", ["Омский областной суд",
                                "Отделение Социального фонда России по Омской области"])]),
    # a count's sentence takes no signers of its first item: no record of the count
    ("count-takes-no-item-signers", "2025-07-15",
     LEAD + "Итогом визита стали два соглашения. Первое — о сотрудничестве между Союзом "
     "«Омское объединение ветеранов» и Томским объединением ветеранов. Его подписали "
     "председатель Омобвета Иван Петров и председатель Томского объединения ветеранов Пётр "
     "Сидоров.\n",
     [("signed", "", ["Союз «Омское объединение ветеранов»",
                      "Томское объединение ветеранов"])]),
    # a document two sides call their own, not signed, put off: their plan
    ("own-document-put-off", "2024-09-06",
     LEAD + "Правительство Омской области и благотворительный фонд «Заря» свой документ о "
     "поддержке пожилых людей на форуме не подписали: подписание перенесено на ноябрь.\n",
     [("planned", "2024-11", ["Благотворительный фонд «Заря»",
                              "Правительство Омской области"])]),
    # negative: one official's own paper is no agreement
    ("own-order-of-one", "2024-09-06",
     LEAD + "Министр труда Омской области Иван Петров подписал свой приказ о премиях.\n",
     []),
]


@pytest.mark.parametrize(("case", "published", "text", "expected"), RECORDS,
                         ids=[r[0] for r in RECORDS])
def test_records(models, case: str, published: str | None, text: str, expected: list) -> None:
    assert status_date_parties(models, text, published) == expected


# (id, text, the publication date found)
PUBLISHED = [
    ("date-bar-headline",
     "03.02.2025 | Омск и Томск договорились о сотрудничестве\n\n"
     "Министерство труда Омской области и департамент Томской области подписали "
     "соглашение, сообщили в министерстве.\n", "2025-02-03"),
    ("date-dot-headline",
     "03.02.2025 · Омск и Томск договорились о сотрудничестве\n\n"
     "Министерство труда Омской области и департамент Томской области подписали "
     "соглашение, сообщили в министерстве.\n", "2025-02-03"),
    # a feed whose posts open with a short line under bare day lines has no page date
    ("feed-posts-open-short", FEED, None),
    # negative: a page dated above a digest whose sections open with a headline keeps it
    ("digest-sections-with-headlines",
     "Итоги недели\n\n23.08.2024\n\nПубликуем обзор основных событий, которые прошли в "
     "министерстве за неделю.\n\nПОНЕДЕЛЬНИК, 19 АВГУСТА\n\nСеминар для начальников "
     "управлений\n\nВ министерстве прошёл семинар-совещание для начальников управлений "
     "социальной защиты.\n\nВТОРНИК, 20 АВГУСТА\n\nМинистерство и университет будут "
     "готовить кадры\n\nМинистерство труда Омской области и Омский университет подписали "
     "соглашение о подготовке кадров.\n", "2024-08-23"),
    # negative: a list of dated headlines dates no page
    ("list-of-dated-headlines",
     "03.02.2025 | Омск и Томск договорились о сотрудничестве\n"
     "04.02.2025 | В Омске открыли пункт проката\n\n"
     "Министерство труда Омской области и департамент Томской области подписали "
     "соглашение, сообщили в министерстве.\n", None),
    # negative: a date and a bar in the body's first line is no headline's
    ("bar-in-prose",
     "Министерство труда Омской области и департамент Томской области подписали "
     "соглашение 03.02.2025 | так сообщили в министерстве.\n", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), PUBLISHED,
                         ids=[r[0] for r in PUBLISHED])
def test_published(case: str, text: str, expected: str | None) -> None:
    assert find_published(text)[0] == expected


# (id, sentence, does it open another item of a counted list)
ORDINAL_ITEMS = [
    ("ordinal-standing-for-noun", "Первое — о сотрудничестве между колледжем и фондом.", True),
    ("ordinal-with-verb", "Второе заключено с районным центром занятости.", True),
    ("ordinal-with-noun", "Третье соглашение — межрегиональное.", True),
    # negatives: an ordinal of something else, a sentence telling the signers
    ("ordinal-of-another-thing", "Первым делом министр поблагодарил гостей форума.", False),
    ("signers-told", "Его подписали директор колледжа и глава фонда.", False),
]


@pytest.mark.parametrize(("case", "text", "expected"), ORDINAL_ITEMS,
                         ids=[r[0] for r in ORDINAL_ITEMS])
def test_ordinal_item(models, case: str, text: str, expected: bool) -> None:
    assert _ordinal_item(parsed_analysis(models, text).sentences[0]) is expected


AGR84_FUNCTIONS = [("agreement_dates", "put_off_in_own_sentence"),
                   ("agreement_dates", "_put_off_right_after"),
                   ("agreement_dates", "_stamp_under_headline"),
                   ("agreement_dates", "day_sections"),
                   ("agreements", "settlement_told_again"),
                   ("agreements", "_court_side"),
                   ("agreements", "_own_document_of_signers"),
                   ("candidate_signers", "_ordinal_item"),
                   ("published", "_dated_headline")]


def test_docstrings_quote_no_dev_text() -> None:
    assert probes.docstrings_quoting_dev_texts(AGR84_FUNCTIONS) == {}
