"""extra46: extra records and wrong statuses of the precision side. A signing dated to a
day after the page's own, told by a sentence with no verb in the past (an announcement's
timetable line "11:00 – Подписание соглашения ..."), is still to come: planned
(``merge_extra.signing_after_the_page``); a signing dated by the page alone whose sides and
signers a dated signing of the page holds is that signing told first in brief
(``merge_extra.page_day_signing_told_again``); a quoted speaker's words pointing at the
agreement just told by "такое", "подобное", "новое" are that signing seen by the speaker,
no record of their own (``merge_extra.quoted_mention_of_a_told_signing``). Every probe is
written here, in words of its own."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.merge_extra import (
    DatedRecords,
    page_day_signing_told_again,
    quoted_mention_of_a_told_signing,
    signing_after_the_page,
)

MINSOC = "Департамент социальной защиты населения Костромской области"
VETERANS = "Совет ветеранов Костромской области"
VOI = "Костромская областная организация Всероссийского общества глухих"

ANNOUNCEMENT = (
    "Анонс событий на 12 марта\n\n"
    "Завтра, 12 марта, в Костроме департамент социальной защиты населения Костромской "
    "области и совет ветеранов Костромской области поставят подписи под соглашением о "
    "партнёрстве. "
    "Документ определит порядок совместной работы с одинокими ветеранами.\n\n"
    "План на среду.\n\n"
    "09:00 – Совещание у губернатора области, большой зал.\n\n"
    "10:30 – Подписание соглашения о партнёрстве департамента социальной защиты населения "
    "Костромской области и совета ветеранов Костромской области. Зал "
    "заседаний, второй этаж.\n\n"
    "13:00 – Пресс-конференция о ходе ремонта дорог.\n")

SIGNING = (f"Вчера {MINSOC[0].lower() + MINSOC[1:]} и Костромская областная организация "
           "Всероссийского общества глухих скрепили подписями соглашение, чтобы вместе "
           "искать работу слабослышащим. Документ завизировали директор департамента Ирина "
           "Воронова и председатель организации Пётр Самсонов. ")

# (id, text, published, expected (status, sorted sides) rows)
RECORDS = [
    # positives, each failing on main: a timetable line of the next day; a signing told in
    # brief by the page's day, then in full with its own day
    ("timetable-line-of-the-next-day", ANNOUNCEMENT, "2026-03-11",
     [("planned", [MINSOC, VETERANS])]),
    ("brief-then-the-signing-in-full",
     "Подписание соглашения департамента с ветеранами перенесли на апрель.\n\n"
     "А вот ещё одно соглашение, уже с бизнесом, всё-таки заключено. "
     "Накануне директор Костромского центра занятости Вера Ширяева и "
     "директор ООО «Волжский кирпич» Олег Жуков подписали соглашение о квотах для людей с "
     "инвалидностью.", "2026-03-11",
     [("planned", []),
      ("signed", ["Костромской центр занятости", "ООО «Волжский кирпич»"])]),
    # negative: a report of a signing dated the page's day
    ("signing-of-the-page-day",
     "Сегодня " + SIGNING[6:], "2026-03-11",
     [("signed", [MINSOC, VOI])]),
]


@pytest.mark.parametrize(("text", "published", "expected"), probes.named_rows(RECORDS))
def test_records(models, text: str, published: str, expected: list) -> None:
    got = probes.status_parties(models, text, published)
    assert got == sorted((s, sorted(p)) for s, p in expected)


DEPT = ("Департамент социальной защиты населения Костромской области", "RU-KOS")
VOG = ("Костромская областная организация Всероссийского общества глухих", "RU-KOS")
SPEECH = ("Департамент и общество глухих вчера скрепили подписями соглашение о помощи в "
          "поиске работы. ")

# (id, the speaker's words after SPEECH, the mention's sides, its date, does it go)
QUOTED = [
    ("such-an-agreement-the-region",
     "«Общественники замечают то, чего не видит чиновник, и такое соглашение давно "
     "назрело», — сказал вице-губернатор.", [("Костромская область", "RU-KOS")], None, True),
    ("fifth-similar-agreement",
     "«Работодатели всё охотнее идут к нам. У нас это уже пятое подобное соглашение за "
     "зиму», — рассказала директор.", [("Костромской департамент соцзащиты", "RU-KOS"), VOG],
     None, True),
    ("new-agreement-a-later-year",
     "«Без переводчика собеседование не пройти. С новым соглашением мы рассчитываем "
     "устроить на работу сорок человек в будущем году», — пояснил председатель.", [VOG],
     "2027", True),
    # negatives: dated before the signing; an earlier time; no quotation marks; no
    # determiner of the one told; a side of another region
    ("such-an-agreement-dated-before",
     "«Такое соглашение у нас с департаментом действует с 2019 года», — пояснил "
     "председатель.", [DEPT, VOG], "2019", False),
    ("earlier-such-an-agreement",
     "«Ранее такое соглашение у нас уже было», — пояснил председатель.", [DEPT, VOG], None,
     False),
    ("reported-speech",
     "Председатель пояснил, что такое соглашение давно назрело.", [DEPT, VOG], None, False),
    ("no-determiner",
     "«Соглашение поможет людям найти работу», — пояснил председатель.", [DEPT, VOG], None,
     False),
    ("side-of-another-region",
     "«Такое соглашение давно назрело», — сказал гость из Ярославля.",
     [("Правительство Ярославской области", "RU-YAR")], None, False),
]


@pytest.mark.parametrize(("words", "sides", "date", "goes"), probes.named_rows(QUOTED))
def test_quoted_mention(models, words: str, sides: list, date: str | None,
                        goes: bool) -> None:
    text = SPEECH + words
    analysis = probes.parsed_analysis(models, text)
    signed = probes.agreement("signed", [DEPT, VOG], date="2026-03-10", at=0)
    mention = probes.agreement("mentioned", sides, date=date, at=len(SPEECH) + 1)
    records = [signed, mention]
    quoted_mention_of_a_told_signing(DatedRecords(records, analysis.sentences, "2026-03-11",
                                                  analysis.text))
    assert (mention not in records) is goes
    assert signed in records


# (id, the record's sentence, its date, the page's day, stays signed)
AFTER_THE_PAGE = [
    ("told-done-after-the-page", "Соглашение подписали 12 марта.", "2026-03-12", "2026-03-11",
     True),
    ("a-page-without-its-day", "12 марта — подписание соглашения.", "2026-03-12", "2026-03",
     True),
    ("the-page-day-itself", "11 марта — подписание соглашения.", "2026-03-11", "2026-03-11",
     True),
    ("a-timetable-line-of-the-next-day", "12 марта — подписание соглашения.", "2026-03-12",
     "2026-03-11", False),
]


@pytest.mark.parametrize(("sentence", "date", "published", "signed"),
                         probes.named_rows(AFTER_THE_PAGE))
def test_signing_after_the_page(models, sentence: str, date: str, published: str,
                                signed: bool) -> None:
    analysis = probes.parsed_analysis(models, sentence)
    record = probes.agreement("signed", [DEPT, VOG], date=date, at=0)
    signing_after_the_page(DatedRecords([record], analysis.sentences, published,
                                        analysis.text))
    assert (record.status == "signed") is signed


def _page_day(signers: tuple[str, ...]) -> object:
    a = probes.agreement("signed", [DEPT, VOG], signers, date="2026-03-11", at=0)
    a.date_from_published = True
    return a


@pytest.mark.parametrize(("brief", "full", "goes"), [
    (_page_day(("Ирина Воронова", "Пётр Самсонов")),
     probes.agreement("signed", [DEPT, VOG], ("И. Воронова", "Пётр Самсонов"),
                      date="2026-03-10", at=9), True),
    # negatives: another signer; the full record dated by the page too; no signers
    (_page_day(("Ирина Воронова", "Пётр Самсонов")),
     probes.agreement("signed", [DEPT, VOG], ("Ирина Воронова", "Олег Жуков"),
                      date="2026-03-10", at=9), False),
    (_page_day(("Ирина Воронова", "Пётр Самсонов")),
     _page_day(("Ирина Воронова", "Пётр Самсонов")), False),
    (_page_day(()), probes.agreement("signed", [DEPT, VOG], date="2026-03-10", at=9), False),
], ids=["same-sides-and-signers", "another-signer", "both-by-the-page", "no-signers"])
def test_page_day_signing_told_again(brief, full, goes: bool) -> None:
    records = [brief, full]
    page_day_signing_told_again(DatedRecords(records))
    assert (brief not in records) is goes
    assert full in records


EXTRA46_FUNCTIONS = [("merge_extra", "signing_after_the_page"),
                     ("merge_extra", "_told_done"),
                     ("merge_extra", "quoted_mention_of_a_told_signing"),
                     ("merge_extra", "_quoted_told_noun"),
                     ("merge_extra", "_speaks_of"),
                     ("merge_extra", "page_day_signing_told_again")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, EXTRA46_FUNCTIONS)
