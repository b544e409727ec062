"""rec93: agreement records pooled over the dev rounds. Two counted agreements told apart
by pronouns standing for the noun ("по двум соглашениям: одно ..., другое — ..."), an
elided ordinal's own "между" sides ("..., второе — между C и D"), and a planned joining of
an agreement told before ("к соглашению присоединится и X") as a plan of its own. Every
probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest
from probes import agreement_records, parsed_analysis

from soccoop.extract.agreement_joins import joining_planned
from soccoop.extract.agreement_lists import coordinated_twin, one_and_other

LEAD = "Новости\n\n"


def records(models, text: str, published: str) -> list[tuple[str, str, list[str]]]:
    """(status, date or "", sorted side names) of every record, sorted."""
    return [(s, d, sorted(p)) for s, d, p in agreement_records(
        models, text, published, "status", "date_or_empty", "parties")]


def sides_only(models, text: str, published: str) -> list[tuple[str, list[str]]]:
    """(status, sorted side names) of every record, sorted."""
    return [(s, sorted(p)) for s, p in agreement_records(models, text, published,
                                                          "status", "parties")]


LEAD_SIGNING = ("Комитет по делам семьи Псковской области подписал с Отделением "
                "Социального фонда по Псковской области новое соглашение. ")
LEAD_BASE = ("signed", "", ["Комитет по делам семьи Псковской области",
                            "Отделение Социального фонда по Псковской области"])
OLD_PENSION = "Отделение Пенсионного фонда по Псковской области"
OLD_INSURANCE = "Псковский филиал Фонда социального страхования"

# (id, published, text, (status, date or "", sorted sides) of every record, sorted)
TOLD_APART = [
    # "одно ..., другое —" after a colon: two earlier agreements, each with its own date
    ("one-and-other", "2025-03-14",
     LEAD + LEAD_SIGNING + "Раньше комитет работал с фондом по двум соглашениям: одно "
     "было заключено в 2016 году с Отделением Пенсионного фонда по Псковской области, "
     "другое — в 2019 году с Псковским филиалом Фонда социального страхования.\n",
     [("mentioned", "2016", ["Комитет по делам семьи Псковской области", OLD_PENSION]),
      ("mentioned", "2019", ["Комитет по делам семьи Псковской области", OLD_INSURANCE]),
      LEAD_BASE]),
    # negative: "одно из них" with no second pronoun is no pair
    ("one-without-other", "2025-03-14",
     LEAD + LEAD_SIGNING + "Раньше комитет работал с фондом по двум соглашениям: одно из "
     "них касалось обмена сведениями.\n", [LEAD_BASE]),
]

# (id, published, text, (status, date or "", sorted sides) of every record, sorted)
TWINS = [
    # two agreement nouns joined by "и", each with its own partner and date
    ("twin-nouns", "2025-03-14",
     LEAD + LEAD_SIGNING + "Прежде действовали соглашение с Отделением Пенсионного фонда "
     "по Псковской области от 5 марта 2017 года и соглашение с Псковским филиалом Фонда "
     "социального страхования, подписанное в 2020 году.\n",
     [("mentioned", "2017-03-05", [OLD_PENSION]), ("mentioned", "2020", [OLD_INSURANCE]),
      LEAD_BASE]),
]

# (id, sentence, the second noun's index or None)
TWIN_NOUNS = [
    ("twin", "Действуют соглашение с фондом от 2018 года и соглашение с центром.", 8),
    # negatives: one partner list; the second noun without a partner of its own; a verb
    # of its own between them
    ("one-list", "Действует соглашение с фондом и центром.", None),
    ("no-partner", "Действуют соглашение с фондом и договор о практике.", None),
    ("own-verb", "Вчера подписано соглашение с фондом, а сегодня подписали и соглашение с "
     "центром.", None),
]

# (id, published, text, (status, sorted sides) of every record, sorted)
ELIDED = [
    # the elided ordinal's own "между" pair
    ("second-between", "2025-03-14",
     LEAD + "В Тамбове подписали два соглашения о партнёрстве. Первое заключено между "
     "Управлением социальной защиты Тамбовской области и Тамбовским государственным "
     "университетом, второе — между университетом и Тамбовским центром социального "
     "обслуживания «Радуга».\n",
     [("signed", ["Тамбовский государственный университет",
                  "Управление социальной защиты Тамбовской области"]),
      ("signed", ["Тамбовский центр социального обслуживания «Радуга»", "Университет"])]),
]

SIGNED = ("Министерство труда Курской области подписало в понедельник соглашение с "
          "администрацией Льговского района. ")
BASE = ("signed", ["Администрация Льговского района", "Министерство труда Курской области"])
JOINED = ("planned", ["Администрация Льговского района", "Администрация Рыльского района",
                      "Министерство труда Курской области"])

# (id, published, text, (status, sorted sides) of every record, sorted)
JOINS = [
    # the joining in the future: a plan of the joined agreement's sides and the joiner
    ("future", "2025-03-14",
     LEAD + SIGNED + "Как сообщили в министерстве, к соглашению в ближайшее время "
     "присоединится и администрация Рыльского района.\n", [JOINED, BASE]),
    # a head of plan
    ("plan-head", "2025-03-14",
     LEAD + SIGNED + "Позже к соглашению планирует присоединиться и администрация "
     "Рыльского района.\n", [JOINED, BASE]),
    # negatives: a mere ability, a joiner left unnamed
    ("ability-only", "2025-03-14",
     LEAD + SIGNED + "В перспективе к соглашению может присоединиться и администрация "
     "Рыльского района.\n", [BASE]),
    ("unnamed-joiner", "2025-03-14",
     LEAD + SIGNED + "Как ожидают в министерстве, к соглашению присоединятся и другие "
     "районы области.\n", [BASE]),
]


@pytest.mark.parametrize(("case", "published", "text", "expected"), TOLD_APART,
                         ids=[r[0] for r in TOLD_APART])
def test_told_apart(models, case: str, published: str, text: str, expected: list) -> None:
    assert records(models, text, published) == expected


@pytest.mark.parametrize(("case", "published", "text", "expected"), TWINS,
                         ids=[r[0] for r in TWINS])
def test_twins(models, case: str, published: str, text: str, expected: list) -> None:
    assert records(models, text, published) == expected


@pytest.mark.parametrize(("case", "text", "expected"), TWIN_NOUNS,
                         ids=[r[0] for r in TWIN_NOUNS])
def test_coordinated_twin(models, case: str, text: str, expected) -> None:
    sent = parsed_analysis(models, text).sentences[0]
    assert coordinated_twin(sent, 1) == expected


@pytest.mark.parametrize(("case", "published", "text", "expected"), ELIDED + JOINS,
                         ids=[r[0] for r in ELIDED + JOINS])
def test_records(models, case: str, published: str, text: str, expected: list) -> None:
    assert sides_only(models, text, published) == expected


# (id, sentence, the agreement noun's word, is the joining a plan?)
JOINING = [
    ("future", "К договору в этом году присоединится и центр занятости.", True),
    ("plan-head", "К меморандуму собирается присоединиться и фонд «Опора».", True),
    ("ability-with-draft", "К соглашению может присоединиться и Орловская область – проект "
     "документа уже направлен в Орёл.", True),
    ("ability-only", "К соглашению может присоединиться и Орловская область.", False),
    ("past", "К соглашению в прошлом году присоединилась Орловская область.", False),
    ("no-k", "Орловская область присоединится позже, соглашение готовится.", False),
]


@pytest.mark.parametrize(("case", "text", "expected"), JOINING, ids=[r[0] for r in JOINING])
def test_joining_planned(models, case: str, text: str, expected: bool) -> None:
    sent = parsed_analysis(models, text).sentences[0]
    k = next(n for n, t in enumerate(sent.tokens)
             if t.lemma in {"соглашение", "договор", "меморандум"})
    assert (joining_planned(sent, k) is not None) is expected


# (id, sentence, (first pronoun's text, second pronoun's text) or None)
PAIRS = [
    ("one-other", "Фонд работал по двум договорам: один заключён в 2016 году с центром, "
     "другой — в 2019 году с больницей.", ("один", "другой")),
    ("first-second", "Центр заключил два соглашения: первое подписано с колледжем, второе — "
     "с больницей.", ("первое", "второе")),
    ("no-colon", "Центр заключил два соглашения, одно с колледжем.", None),
    ("no-other", "Центр заключил два соглашения: одно с колледжем и ещё с больницей.", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), PAIRS, ids=[r[0] for r in PAIRS])
def test_one_and_other(models, case: str, text: str, expected) -> None:
    sent = parsed_analysis(models, text).sentences[0]
    k = next(n for n, t in enumerate(sent.tokens) if t.lemma in {"соглашение", "договор"})
    found = one_and_other(sent, k)
    got = None if found is None else (sent.tokens[found[0]].text,
                                      sent.tokens[found[1] + 1].text)
    assert got == expected


REC93_FUNCTIONS = [("agreement_lists", "one_and_other"),
                   ("agreement_lists", "coordinated_twin"),
                   ("agreement_lists", "member_sides"),
                   ("agreements", "_members_told_apart"),
                   ("agreement_joins", "joining_planned"),
                   ("agreement_joins", "planned_joiners")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, REC93_FUNCTIONS)
