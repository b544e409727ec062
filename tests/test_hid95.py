"""hid95: rounds 145 and 147's constructions, probes written for this file (not copied from
any round).

* Signers listed after a colon on lines of their own, each a name, a comma and the post,
  and a sentence opening with "Вместе с ним/ней" that puts signatures, naming further
  signers beside the one before (end to end; read by sigpool95's
  ``signer_shapes._named_comma_line`` and ``signer_shapes.along_with_signers``, which
  replaced this branch's own two passes at the merge); the author of a page whose header names
  it as a person's blog signs what "мы с X" signed (``signers._owned_page_line``).
* Dates: a plan first set for a day, then said to take place later "after all"
  (``agreement_dates.held_later_after_all``); a signing whose sides are told after a
  lead that signed "the document" on a day (``agreement_dates.document_signed_before``);
  "с марта прошлого года" (``dates._GEN_YEAR_DATE``).
* Status: a signing charged to someone (``status.signing_charged``); the preamble of a
  draft's own text (``status.draft_preamble``).
* A sectoral agreement whose two bodies sign it as the subject is a record
  (``sectoral_sides.sides_as_subject``).
* Publication: a bare issue line over the imprint (``published.footer_issue``); "Дата
  размещения на сайте:"; "Опубликовано на портале ... DATE"
  (``published.published_where_line``).
* Reading: a wrapped line before a quoted name (``unwrap.wrap_breaks``); a wide gap before a
  lower-case word is no menu, and a person's span stops at a blank line
  (``nlp.without_menu_row``).
"""

from __future__ import annotations

from typing import Any

import probes
import pytest
from probes import status_parties

LEAD = "Новости\n\n"

# --- signers ---------------------------------------------------------------------------

COMMA_LIST = ("В Твери подписано трёхстороннее соглашение о трудоустройстве выпускников "
              "колледжей.\n\nСторонами документа выступили министерство социальной защиты "
              "Тверской области, ГКУ «Центр занятости Тверской области» и ООО «Тверской "
              "текстиль».\n\nДокумент 14 апреля подписали:\n"
              "Ольга Петровна Кравцова, министр социальной защиты Тверской области;\n"
              "Андрей Сомов, директор ГКУ «Центр занятости Тверской области»;\n"
              "Ирина Белова, директор ООО «Тверской текстиль».\n{}\n\nПо условиям "
              "соглашения фабрика создаст двадцать рабочих мест для выпускников, а центр "
              "занятости оплатит их стажировку в течение первых трёх месяцев работы.\n")

# (id, a line after the list, the signers' surnames)
COMMA_ROWS = [
    ("the list alone", "", ["белова", "кравцова", "сомов"]),
    # negative: a told sentence after the list, opened by a name and its post, is no item
    ("a told sentence after it", "Пётр Гусев, глава района, отметил, что места для "
     "выпускников уже подготовлены на двух участках фабрики.",
     ["белова", "кравцова", "сомов"]),
]


@pytest.mark.parametrize(("tail", "expected"), probes.named_rows(COMMA_ROWS))
def test_comma_list_signers(models: Any, tail: str, expected: list[str]) -> None:
    assert probes.signer_surnames(models, LEAD + COMMA_LIST.format(tail)) == [expected]


def test_no_comma_list_without_colon(models: Any) -> None:
    # negative: lines of names and posts under a colon of no signing name no signer
    text = LEAD + COMMA_LIST.format("").replace("Документ 14 апреля подписали:",
                                                "На церемонии присутствовали:")
    assert probes.signer_surnames(models, text) == [[]]


TOGETHER_TEXT = ("В пятницу в Костроме подписано соглашение о поддержке семей ветеранов.\n\n"
                 "Стороны документа — департамент социальной защиты Костромской области и фонд "
                 "«Опора».\n\n– Это важный шаг, – сказала, подписывая документ, директор "
                 "департамента Анна Котова.\n\n{}")

TOGETHER_ROWS = [
    ("the signers beside her", "Вместе с ней подписи поставили председатель фонда Олег Сомов "
     "и его заместитель Ирина Белова.", ["белова", "котова", "сомов"]),
    # negative: a sentence with no signing names no further signer
    ("no signing", "Вместе с ней на встрече были председатель фонда Олег Сомов и его "
     "заместитель Ирина Белова.", ["котова"]),
]


@pytest.mark.parametrize(("tail", "expected"), probes.named_rows(TOGETHER_ROWS))
def test_signers_beside_her(models: Any, tail: str, expected: list[str]) -> None:
    got = probes.signer_surnames(models, LEAD + TOGETHER_TEXT.format(tail), published="2025-03-10")
    assert got == [expected]


BLOG = ("{}\n\nКострома, соседи и общие планы\n05.06.2025 09:10\n\nКоллеги, вчера в Ярославле мы "
        "с Олегом Петровичем Сомовым, министром социальной защиты Ярославской области, "
        "заключили соглашение: наши ведомства — министерство социальной защиты Костромской "
        "области и министерство социальной защиты Ярославской области — будут вместе "
        "обучать сиделок.\n")

# (id, the page's header line, the signers' surnames)
BLOGS = [
    ("a minister's blog", "Блог министра социальной защиты Костромской области Анны "
     "Сергеевны Котовой", ["котова", "сомов"]),
    # negative: a header that names no one's own page
    ("a news header", "Новости министерства социальной защиты Костромской области",
     ["сомов"]),
]


@pytest.mark.parametrize(("head", "expected"), probes.named_rows(BLOGS))
def test_blog_author_signs(models: Any, head: str, expected: list[str]) -> None:
    assert probes.signer_surnames(models, BLOG.format(head)) == [expected]


ORDER = ("ПРИКАЗ\n\nот 12.03.2025 № 41\n\nО заключении соглашения\n\n"
         "1. Заключить с фондом «Опора» соглашение о взаимодействии министерства "
         "социальной защиты Смоленской области согласно приложению к настоящему приказу.\n"
         "2. {}\n3. Контроль за исполнением приказа оставляю за собой.\n")

# (id, the order's second item, the planned record's signers)
CHARGES = [
    ("a signing charged", "Поручить подписание соглашения заместителю министра Ольге "
     "Петровне Котовой.", ["котова"]),
    # negatives: one empowered to sign (round10's gold names no signer then); a charge of
    # another task
    ("empowered to sign", "Уполномочить заместителя министра Ольгу Петровну Котову "
     "подписать соглашение от имени министерства.", []),
    ("another task", "Поручить подготовку отчёта заместителю министра Ольге Петровне "
     "Котовой.", []),
]


@pytest.mark.parametrize(("item", "expected"), probes.named_rows(CHARGES))
def test_charged_signers(models: Any, item: str, expected: list[str]) -> None:
    got = probes.surnames_by_status(models, ORDER.format(item), "2025-03-12")
    assert sorted(n for rows in got.values() for row in rows for n in row) == expected
    assert not expected or list(got) == ["planned"]


# --- dates -----------------------------------------------------------------------------

HELD = ("Министерство социальной защиты Орловской области готовит к подписанию соглашение с "
        "Орловским государственным университетом. Подписание соглашения было назначено на 5 "
        "мая, однако {}.")

# (id, the contrasting clause, the plan's date)
HELD_ROWS = [
    ("it takes place in June", "из-за ремонта зала оно пройдёт в конце июня", "2025-06"),
    # negative: the contrasting clause moves something else
    ("the forum takes place", "из-за ремонта зала форум пройдёт в конце июня", "2025-05-05"),
]


@pytest.mark.parametrize(("clause", "expected"), probes.named_rows(HELD_ROWS))
def test_held_later_after_all(models: Any, clause: str, expected: str) -> None:
    got = probes.status_dates(models, LEAD + HELD.format(clause), "2025-04-20")
    assert got == [("planned", expected)], got


BEFORE = ("{}\n\nСоглашение о временном трудоустройстве подростков заключили администрация "
          "города Вологды и центр занятости населения Вологодской области.")

# (id, the lead sentence, the signing's date)
BEFORE_ROWS = [
    ("the document signed last Tuesday",
     "В минувший вторник в мэрии подписан двусторонний документ о летней занятости.",
     "2025-04-22"),
    # negative: a lead of no signing leaves the page's day
    ("a lead of a meeting", "В минувший вторник в мэрии обсудили летнюю занятость.",
     "2025-04-25"),
]


@pytest.mark.parametrize(("lead", "expected"), probes.named_rows(BEFORE_ROWS))
def test_document_signed_before(models: Any, lead: str, expected: str) -> None:
    got = probes.agreements_of(models, LEAD + BEFORE.format(lead), "2025-04-25")
    assert [(a.status, a.date) for a in got] == [("signed", expected)]


# (id, text, the dates found, value and words)
SINCE = [
    ("since March of last year", "С марта прошлого года работает договор.",
     [("2024-03", "марта прошлого года")]),
    ("in March of last year", "в марте прошлого года", [("2024-03", "марте прошлого года")]),
    # negative: "до" ends a term, its month is not read as one
    ("until March of next year", "Соглашение действует до марта следующего года.",
     [("2026", "следующего года")]),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(SINCE))
def test_since_month_of_year(text: str, expected: list[tuple[str, str]]) -> None:
    from soccoop.extract.dates import find_dates

    got = [(d.value, text[d.start:d.end]) for d in find_dates(text, "2025-04-09")]
    assert got == expected


# --- status ----------------------------------------------------------------------------

# (id, text, the statuses)
CHARGED = [
    ("an order's item", "Поручить подписание соглашения с фондом «Опора» начальнику "
     "управления Ивановой Анне Петровне.", ["planned"]),
    ("a passive charge", "Подписание соглашения с фондом «Опора» поручено первому заместителю "
     "министра Анне Ивановой.", ["planned"]),
    # negative: a signing told by its own verb, on a charge, is done
    ("signed on a charge", "По поручению министра соглашение с фондом «Опора» подписала "
     "Анна Иванова.", ["signed"]),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(CHARGED))
def test_signing_charged(models: Any, text: str, expected: list[str]) -> None:
    assert probes.statuses_of(models, LEAD + text, "2025-03-04") == expected


DRAFT = ("ПРАВИТЕЛЬСТВО ПСКОВСКОЙ ОБЛАСТИ\n\nРАСПОРЯЖЕНИЕ\n\nот 10.02.2025 № 77-р\n\n"
         "Об одобрении проекта соглашения\n\n1. Одобрить прилагаемый проект соглашения "
         "между Правительством Псковской области и фондом «Опора».\n\n{}\n\nСОГЛАШЕНИЕ\n"
         "о сотрудничестве\n\nПравительство Псковской области и фонд «Опора», далее — "
         "«Стороны», подписали настоящее Соглашение о следующем.\n")

# (id, the line over the agreement's text, its statuses)
DRAFTS = [
    ("a draft mark", "ПРОЕКТ", ["planned"]),
    ("a draft mark in brackets", "(проект)", ["planned"]),
    # negative: a text under no draft mark is the agreement as signed
    ("no mark", "Приложение", ["signed"]),
]


@pytest.mark.parametrize(("mark", "expected"), probes.named_rows(DRAFTS))
def test_draft_preamble(models: Any, mark: str, expected: list[str]) -> None:
    got = sorted(probes.statuses_of(models, DRAFT.format(mark), "2025-02-11"))
    assert got == expected


# --- a sectoral agreement signed by its sides ---------------------------------------------

SECTORAL = "В феврале {} отраслевое соглашение по учреждениям социального обслуживания."

# (id, subject and verb, the records: status, sides held)
SECTORAL_ROWS = [
    ("two bodies sign it", "министерство социальной защиты Курской области и Курская "
     "областная организация профсоюза работников здравоохранения планируют подписать",
     [("planned", ["Курская областная организация профсоюза работников здравоохранения",
                   "Министерство социальной защиты Курской области"])]),
    # negative: the genre, no bodies as its subject
    ("no bodies", "в регионе планируют подписать", []),
]


@pytest.mark.parametrize(("subject", "expected"), probes.named_rows(SECTORAL_ROWS))
def test_sectoral_sides_as_subject(models: Any, subject: str,
                                   expected: list[tuple[Any, ...]]) -> None:
    got = status_parties(models, LEAD + SECTORAL.format(subject), "2024-12-20")
    probes.check_status_records(got, expected)


PERIODS = ("Рабочая группа обсудила выполнение соглашения между правительством Калужской "
           "области, областным союзом профсоюзов и ассоциацией работодателей на 2023–2025 "
           "годы. Решено начать подготовку проекта соглашения между правительством Калужской "
           "области, областным союзом профсоюзов и ассоциацией работодателей на {} годы.")

# (id, the second mention's period, how many records)
PERIOD_ROWS = [
    ("a new term", "2026–2028", 2),
    # negative: the same term is the same agreement
    ("the same term", "2023–2025", 1),
]


@pytest.mark.parametrize(("period", "expected"), probes.named_rows(PERIOD_ROWS))
def test_other_period(models: Any, period: str, expected: int) -> None:
    assert len(probes.agreements_of(models, LEAD + PERIODS.format(period), "2025-06-10")) == \
        expected


# --- publication -----------------------------------------------------------------------

BODY = ("ВЕСТИ РАЙОНА\n\nСЕМЬЯ\n\nКак живут многодетные\n\nВ районе открыли пункт проката "
        "колясок для семей с детьми. Первые десять колясок уже выданы.\n\n"
        "Текст: Анна Котова\n\n")

# (id, the page's last lines, the issue day its footer gives)
FOOTERS = [
    ("an issue line over the imprint",
     "№ 9 (1402), 3 марта 2025 г.\nУчредитель – ООО «Вести». Тираж 900 экз.", "2025-03-03"),
    # negatives: a bare issue line with no imprint under it may cite any issue, and so may
    # one whose notes run on after its date (date73)
    ("a bare issue line", "№ 9 (1402), 3 марта 2025 г.\nФото: Анна Котова", None),
    ("the imprint run on", "№ 9 (1402), 3 марта 2025 г. Тираж 900 экз.", None),
]


@pytest.mark.parametrize(("foot", "expected"), probes.named_rows(FOOTERS))
def test_footer_issue_imprint(foot: str, expected: str | None) -> None:
    from soccoop.extract.published import footer_issue

    ref = footer_issue(BODY + foot + "\n")
    assert (ref.value if ref is not None else None) == expected


# (id, the page, the publication day)
LABELS = [
    ("placed on the site", "Текст новости.\n\nДата размещения на сайте: 17.06.2025\n",
     "2025-06-17"),
    ("published on a portal, the date closing the line",
     "Официальное опубликование\nОпубликовано на официальном портале нормативных актов "
     "(www.example.ru) 14.05.2025\n\nПОСТАНОВЛЕНИЕ\n", "2025-05-14"),
    # negatives: a text after the date; the place with no date
    ("words after the date", "Официальное опубликование\nОпубликовано на портале 14.05.2025 "
     "в разделе документов\n\nПОСТАНОВЛЕНИЕ\n", None),
    ("no date", "Опубликовано на официальном портале нормативных актов\n\nПОСТАНОВЛЕНИЕ\n",
     None),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(LABELS))
def test_publication_labels(text: str, expected: str | None) -> None:
    from soccoop.extract.published import find_published

    assert find_published(text)[0] == expected


# --- reading ---------------------------------------------------------------------------

WRAPPED = ["     1. Подписать договор о взаимодействии между областным департаментом",
           "социальной защиты и Костромской областной организацией",
           "«Всероссийское общество слепых» согласно приложению к приказу."]


def test_wrap_before_quoted_name() -> None:
    from soccoop.extract.unwrap import wrap_breaks

    assert wrap_breaks(WRAPPED) == {0, 1}
    # negative: a list of headlines with no lower-case wrap keeps its breaks
    headlines = ["Министерство подписало соглашение с фондом об уходе за пожилыми",
                 "«Серебряный возраст» открыл новый набор волонтёров в районах"]
    assert wrap_breaks(headlines) == set()


# (id, type, span text, the spans kept)
SPANS = [
    ("a gap before a lower-case word", "ORG", "Костромской   областной организацией",
     ["Костромской   областной организацией"]),
    ("a person's span cut at a blank line", "PER", "Котовой\n\nКострома", ["Котовой"]),
    # negatives: a menu's row; a person's span within a line
    ("a menu row", "ORG", "Проекты   Новости   Контакты", []),
    ("a person on one line", "PER", "Анны Котовой", ["Анны Котовой"]),
]


@pytest.mark.parametrize(("kind", "text", "expected"), probes.named_rows(SPANS))
def test_without_menu_row(kind: str, text: str, expected: list[str]) -> None:
    from soccoop.extract.nlp import NerSpan, without_menu_row

    assert [s.text for s in without_menu_row(NerSpan(kind, 0, len(text), text))] == expected


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, signers=("_owned_page_line",),
                                          agreement_dates=("held_later_after_all",
                                                           "document_signed_before"),
                                          status=("signing_charged", "draft_preamble"),
                                          sectoral_sides=("sides_as_subject",),
                                          published=("footer_issue", "published_where_line"),
                                          nlp=("without_menu_row",),
                                          signer_shapes=("charged_signing_people",),
                                          merge_extra=("draft_text_planned",),
                                          merge_rules=("other_period",))
