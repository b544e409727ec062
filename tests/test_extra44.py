"""extra44: extra records and wrong records of the precision side. One signing told again
under short names of its sides (a headline's "АНО «X»", a question's "Социальный фонд", a
caption's "ОСФР по ... области") is the record that names them in full
(``merge_extra.short_named_record_told_again``, ``_short_name_of``); an agreement its own
clause says is not of the social sphere is no mention (``coreference.disowned_sphere``,
``agreements.sphere_disowned``); a trade agreement promoting goods ("о продвижении
продукции") is the economy's business (``lexicon.ECONOMY_TOPIC_WORDS``). Every probe is
written here, in words of its own."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.coreference import run_passes
from soccoop.extract.merge_extra import (
    DATED_RECORD_PASSES,
    DatedRecords,
    _short_name_of,
    short_named_record_told_again,
)
from soccoop.models import Agreement, Evidence, Party

# (id, short name, full name, is the short name the full one's)
SHORT_NAMES = [
    ("fund-by-its-everyday-name", "Социальный фонд",
     "Отделение Социального фонда в Энском крае", True),
    ("legal-form-letters-and-inner-quote", "АНО «Родник»",
     "Автономная некоммерческая организация «Семейный центр „Родник“»", True),
    ("acronym-of-the-everyday-name", "ОСФР в Энском крае",
     "Отделение Социального фонда России в Энском крае", True),
    ("acronym-of-a-run-of-words", "Северная ГМК",
     "АО «Северная горно-металлургическая компания»", True),
    ("own-region-adjective-and-compound", "Региональное отделение Соцфонда",
     "Отделение Социального фонда в Энском крае", True),
    # negatives: a quoted name the full one lacks, a bare kind noun, another body, a name
    # as long as the other
    ("another-quoted-name", "ПАО «Энскхим»", "Отделение СФР по Энской области", False),
    ("bare-kind-noun", "Министерство", "Министерство труда Энской области", False),
    ("another-body", "Энский колледж", "Энский государственный университет", False),
    ("another-body-of-that-kind", "Энский государственный университет",
     "Энский государственный медицинский университет", False),
    ("not-shorter", "Министерство труда Энской области",
     "Министерство труда Энской области", False),
]


@pytest.mark.parametrize(("short", "full", "expected"), probes.named_rows(SHORT_NAMES))
def test_short_name_of(short: str, full: str, expected: bool) -> None:
    assert _short_name_of(short, full) is expected


MINISTRY = ("Министерство труда Энской области", "RU-XXX")
FUND = ("Отделение Социального фонда в Энском крае", "RU-XXX")
FUND_SHORT = ("Социальный фонд", None)
NGO = ("Автономная некоммерческая организация «Семейный центр „Родник“»", None)
NGO_SHORT = ("АНО «Родник»", None)
OTHER_NGO_SHORT = ("АНО «Опора»", None)
COLLEGE = ("Энский колледж", None)


def _titled(title: str, a: Agreement) -> Agreement:
    a.title = title
    return a


def _from_page(a: Agreement) -> Agreement:
    a.date_from_published = True
    return a


_agreement = probes.agreement

# (id, the page's records after the date stage, each record's sides after the passes)
PAGES = [
    ("question-over-answer",
     [_agreement("signed", [FUND_SHORT], date="2025-03-11"),
      _agreement("signed", [MINISTRY, FUND], ("Пётр Лисицын",), "2025-03-11", at=100)],
     [[MINISTRY[0], FUND[0]]]),
    ("headline-over-body",
     [_titled("Меморандум", _agreement("signed", [NGO_SHORT], ("Анна Белова",))),
      _titled("Меморандум о сотрудничестве",
              _agreement("signed", [MINISTRY, NGO], date="2025-06-04", at=100))],
     [[MINISTRY[0], NGO[0]]]),
    ("caption-dated-by-the-page",
     [_agreement("signed", [MINISTRY, FUND], date="2025-03-11"),
      _from_page(_agreement("signed", [FUND_SHORT], date="2025-03-14", at=100))],
     [[MINISTRY[0], FUND[0]]]),
    # negatives: another status, another kind of document, a date of its own, another
    # quoted name, two records it could be, sides written alike only
    ("another-status",
     [_agreement("mentioned", [FUND_SHORT]),
      _agreement("signed", [MINISTRY, FUND], at=100)],
     [[FUND_SHORT[0]], [MINISTRY[0], FUND[0]]]),
    ("roadmap-beside-the-agreement",
     [_agreement("signed", [MINISTRY, FUND], date="2025-03-11"),
      _titled("Дорожная карта", _agreement("signed", [FUND_SHORT], date="2025-03-11",
                                           at=100))],
     [[MINISTRY[0], FUND[0]], [FUND_SHORT[0]]]),
    ("a-date-of-its-own",
     [_agreement("signed", [FUND_SHORT], date="2024-05-20"),
      _agreement("signed", [MINISTRY, FUND], date="2025-03-11", at=100)],
     [[FUND_SHORT[0]], [MINISTRY[0], FUND[0]]]),
    ("another-quoted-name",
     [_agreement("signed", [OTHER_NGO_SHORT]),
      _agreement("signed", [MINISTRY, NGO], at=100)],
     [[OTHER_NGO_SHORT[0]], [MINISTRY[0], NGO[0]]]),
    ("two-records-it-could-be",
     [_agreement("signed", [FUND_SHORT]),
      _agreement("signed", [MINISTRY, FUND], at=100),
      _agreement("signed", [COLLEGE, FUND], at=200)],
     [[FUND_SHORT[0]], [MINISTRY[0], FUND[0]], [COLLEGE[0], FUND[0]]]),
    ("written-alike-only",
     [_agreement("signed", [MINISTRY, FUND]),
      _agreement("signed", [MINISTRY, FUND], at=100)],
     [[MINISTRY[0], FUND[0]], [MINISTRY[0], FUND[0]]]),
]


@pytest.mark.parametrize(("records", "sides"), probes.named_rows(PAGES))
def test_short_named_record_told_again(records: list[Agreement],
                                       sides: list[list[str]]) -> None:
    run_passes(DATED_RECORD_PASSES, DatedRecords(records))
    assert [[p.name for p in a.parties] for a in records] == sides


def test_the_record_told_in_full_takes_the_signers() -> None:
    records = [_titled("Меморандум", _agreement("signed", [NGO_SHORT], ("Анна Белова",))),
               _titled("Меморандум о сотрудничестве",
                       _agreement("signed", [MINISTRY, NGO], ("Олег Сомов",), at=100))]
    short_named_record_told_again(DatedRecords(records))
    assert len(records) == 1
    assert records[0].signatories == ["Олег Сомов", "Анна Белова"]


def test_a_record_of_no_side_is_left() -> None:
    records = [Agreement("Соглашение", "signed", None, [], [], [], Evidence("", 0, 1)),
               _agreement("signed", [MINISTRY, FUND], at=100)]
    short_named_record_told_again(DatedRecords(records))
    assert len(records) == 2
    assert records[1].parties == [Party(*MINISTRY), Party(*FUND)]


# (id, text, published, expected (status, sorted sides) rows)
RECORDS = [
    # positives, each failing on main: a headline's short name, a question's
    ("headline-short-name",
     "Меморандум с АНО «Ручеёк» подписан\n\n"
     "Министерство семейной политики Энской области и автономная некоммерческая "
     "организация «Семейный центр „Ручеёк“» в среду заключили меморандум о помощи "
     "приёмным семьям.",
     "2025-06-04",
     [("signed", ["Автономная некоммерческая организация «Семейный центр „Ручеёк“»",
                  "Министерство семейной политики Энской области"])]),
    ("question-short-name",
     "Корреспондент: На этой неделе ваше ведомство заключило соглашение с областным Социальным "
     "фондом. Что оно даст?\n"
     "Министр: Во вторник мы с Петром Лисицыным, управляющим Отделением Социального фонда в "
     "Энском крае, подписали соглашение об обмене сведениями о семьях, получающих "
     "выплаты.",
     "2025-03-12",
     [("signed", ["Отделение Социального фонда в Энском крае"])]),
    # positives: a clause disowning the social sphere (main: a mentioned record more); a
    # trade agreement promoting goods (main: a record)
    ("disowned-sphere",
     "На выставке в Энске департамент соцразвития Энского края заключил соглашение с "
     "Энским медицинским колледжем о подготовке сиделок. Ещё одно соглашение форума к "
     "социальной сфере не относится: власти края и ОАО «Северная магистраль» договорились "
     "о покупке новых вагонов для пригородных линий.",
     "2024-04-27",
     [("signed", ["Энский медицинский колледж"])]),
    ("promoting-goods",
     "Администрация Энской области и сеть магазинов «Лесной двор» заключили соглашение о "
     "продвижении продукции фермеров области. Подписи поставили вице-губернатор Иван "
     "Петров и директор сети Олег Сомов.",
     "2025-07-09",
     []),
    # negatives: a roadmap signed at the time stays its own record; a sphere and more;
    # goods of social enterprises
    ("roadmap-at-the-time",
     "Министерство соцзащиты Энской области и Энский аграрный университет заключили "
     "соглашение о практике студентов. Тогда же министерство и отделение СФР по Энской "
     "области подписали дорожную карту перехода на электронные справки.",
     "2025-03-14",
     [("signed", ["Министерство соцзащиты Энской области", "Энский аграрный университет"]),
      ("signed", ["Министерство соцзащиты Энской области",
                  "Отделение СФР по Энской области"])]),
    ("not-only-the-sphere",
     "Фонд «Опора» и Энский колледж заключили соглашение о стажировках студентов. Другое "
     "соглашение касается не только социальной сферы: фонд и АО «Тепловые сети» "
     "договорились о найме выпускников.",
     "2024-04-27",
     [("signed", ["Фонд «Опора»", "Энский колледж"]),
      ("mentioned", ["Фонд «Опора»", "Энский колледж"])]),
    ("goods-of-social-enterprises",
     "Администрация Энской области и сеть магазинов «Лесной двор» заключили соглашение о "
     "продвижении продукции социальных предприятий и найме людей с инвалидностью.",
     "2025-07-09",
     [("signed", ["Администрация Энской области", "Лесной двор"])]),
]


@pytest.mark.parametrize(("text", "published", "expected"), probes.named_rows(RECORDS))
def test_records(models, text: str, published: str, expected: list) -> None:
    got = probes.status_parties(models, text, published)
    assert got == sorted((s, sorted(p)) for s, p in expected)


EXTRA44_FUNCTIONS = [("merge_extra", "short_named_record_told_again"),
                     ("merge_extra", "_told_short"),
                     ("merge_extra", "_short_name_of"),
                     ("merge_extra", "_run_within"),
                     ("agreements", "sphere_disowned"),
                     ("agreements", "_disowns_sphere"),
                     ("coreference", "disowned_sphere")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, EXTRA44_FUNCTIONS)
