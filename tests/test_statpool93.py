"""statpool93: agreement status pooled over the dev rounds. A month-dated signing in the
month right before the report's own dated signing is news, not background, unless told as
earlier (a reminder paragraph, "уже"); an agreement
under a preposition of a drafting verb ("на основе договора") is the basis of what is
drafted, not the draft; going out "на" a signing reaches it, only going out "из" an
agreement leaves it; a finite verb of drafting right before the agreement noun tells its
draft whatever the parse. Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest
from probes import first_sentence, noun_at

from soccoop.extract.candidate_status import (
    _discussed,
    _predicate_path,
    _refused_signing,
    goes_out_of,
)
from soccoop.extract.status import draft_verb_before_noun, signing_as_goal, under_preposition

LEAD = "Новости\n\n"
FUND = "ООО «Тверской текстиль»"
MIN = "Министерство социальной защиты Тверской области"
NEWS = ("Вчера, 10 апреля, министерство социальной защиты Тверской области и фонд «Верность» "
        "подписали соглашение о помощи ветеранам.\n\n")

# (id, published, text, a side of the record, its expected status)
RECORDS = [
    # the month right before the news's month: recent news beside it
    ("month-before-news", "2025-04-11",
     LEAD + NEWS + "В марте министерство социальной защиты Тверской области заключило "
     f"соглашение с {FUND} о квотировании рабочих мест.\n",
     FUND, "signed"),
    # negatives: last month's signing told as earlier (a reminder paragraph, "уже")
    ("month-before-reminder", "2025-04-11",
     LEAD + NEWS + "Напомним, такие договоры министерство заключает с работодателями давно. "
     f"А в марте оно подписало соглашение с {FUND} о квотировании рабочих мест.\n",
     FUND, "mentioned"),
    ("month-before-already", "2025-04-11",
     LEAD + NEWS + "В марте министерство социальной защиты Тверской области уже заключило "
     f"соглашение с {FUND} о квотировании рабочих мест.\n",
     FUND, "mentioned"),
    # negative: three months before the news is background, as before
    ("months-before-news", "2025-04-11",
     LEAD + NEWS + "В январе министерство социальной защиты Тверской области заключило "
     f"соглашение с {FUND} о квотировании рабочих мест.\n",
     FUND, "mentioned"),
    # an agreement under a preposition of a drafting verb: the basis, in force
    ("basis-of-a-draft", "2025-04-11",
     LEAD + "Положение о грантах для волонтёров разработано в соответствии с областным "
     "трёхсторонним соглашением между министерством социальной защиты Тверской области и "
     f"{FUND}.\n",
     FUND, "mentioned"),
    # negative: the agreement drafted itself is planned
    ("agreement-drafted", "2025-04-11",
     LEAD + "Министерство социальной защиты Тверской области и ООО «Тверской текстиль» "
     "подготовили соглашение о квотировании рабочих мест.\n",
     FUND, "planned"),
    # going out onto a signing: still to come
    ("go-out-onto-signing", "2025-04-11",
     LEAD + "Осенью министерство социальной защиты Тверской области и ООО «Тверской "
     "текстиль» надеются выйти на подписание соглашения о наставничестве.\n",
     FUND, "planned"),
    # negative: going out of an agreement leaves it
    ("go-out-of-agreement", "2025-04-11",
     LEAD + "ООО «Тверской текстиль» вышло из соглашения с министерством социальной защиты "
     "Тверской области о наставничестве.\n",
     FUND, "mentioned"),
]


@pytest.mark.parametrize(("case", "published", "text", "side", "expected"), RECORDS,
                         ids=[r[0] for r in RECORDS])
def test_records(models, case: str, published: str | None, text: str, side: str,
                 expected: str) -> None:
    assert probes.status_of_side(models, text, published, side) == expected


# (id, sentence, noun lemma, expected): a finite present verb of drafting right before the
# noun, agreeing with it
DRAFT_BEFORE = [
    ("present-passive", "Сейчас согласовывается договор с мэрией Твери.", "договор",
     "planned"),
    ("plural", "Сейчас дорабатываются соглашения с двумя вузами.", "соглашение", "planned"),
    ("past", "Долго согласовывался договор с мэрией Твери.", "договор", None),
    ("negated", "Пока не согласовывается договор с мэрией Твери.", "договор", None),
    ("signed", "Вчера подписан договор с мэрией Твери.", "договор", None),
]


@pytest.mark.parametrize(("case", "text", "lemma", "expected"), DRAFT_BEFORE,
                         ids=[r[0] for r in DRAFT_BEFORE])
def test_draft_verb_before_noun(models, case: str, text: str, lemma: str,
                                expected: str | None) -> None:
    sent = first_sentence(models, text)
    k = noun_at(sent, lemma)
    # the path as a parser that missed the verb would give it: the noun alone
    assert draft_verb_before_noun(sent, [k, k + 1]) == expected


# (id, sentence, expected): the noun under a preposition of its own
UNDER = [
    ("by", "Положение составлено по договору с фондом.", True),
    ("accordance", "Порядок утверждён в соответствии с договором с фондом.", True),
    ("object", "Министерство подготовило договор с фондом.", False),
    ("subject", "Договор с фондом обсуждается с юристами.", False),
]


@pytest.mark.parametrize(("case", "text", "expected"), UNDER, ids=[r[0] for r in UNDER])
def test_under_preposition(models, case: str, text: str, expected: bool) -> None:
    sent = first_sentence(models, text)
    assert under_preposition(sent, noun_at(sent, "договор")) is expected


# (id, sentence, expected): ``_discussed`` on the agreement noun
DISCUSSED = [
    ("drafted", "Министерство подготовило договор с фондом.", "planned"),
    ("discussed-signing", "Стороны обсудили подписание договора с фондом.", "planned"),
    ("basis", "Положение подготовлено на основе договора с фондом.", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), DISCUSSED,
                         ids=[r[0] for r in DISCUSSED])
def test_discussed(models, case: str, text: str, expected: str | None) -> None:
    sent = first_sentence(models, text)
    assert _discussed(sent, _predicate_path(sent, noun_at(sent, "договор"))) == expected


# (id, sentence, expected): words of going out and refusals on the noun's path
GOING_OUT = [
    ("out-of", "Завод вышел из договора с фондом.", "mentioned"),
    ("onto-signing", "Стороны хотят выйти на подписание договора с фондом.", None),
    ("refused", "Завод отказался от подписания договора с фондом.", "mentioned"),
    ("signed", "Завод подписал договор с фондом.", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), GOING_OUT,
                         ids=[r[0] for r in GOING_OUT])
def test_refused_signing(models, case: str, text: str, expected: str | None) -> None:
    sent = first_sentence(models, text)
    assert _refused_signing(sent, _predicate_path(sent, noun_at(sent, "договор"))) == expected


# (id, sentence, expected): is the word under the verb of going out what it leaves?
OUT_OF = [
    ("out-of", "Завод вышел из договора с фондом.", "договор", True),
    ("onto", "Стороны хотят выйти на подписание договора.", "подписание", False),
]


@pytest.mark.parametrize(("case", "text", "lemma", "expected"), OUT_OF,
                         ids=[r[0] for r in OUT_OF])
def test_goes_out_of(models, case: str, text: str, lemma: str, expected: bool) -> None:
    sent = first_sentence(models, text)
    assert goes_out_of(sent, noun_at(sent, lemma)) is expected


# (id, sentence, expected): a signing reached by going out onto it, or attended
GOAL = [
    ("onto-signing", "Стороны хотят выйти на подписание договора с фондом.", "planned"),
    ("towards-signing", "Стороны приблизились к подписанию договора с фондом.", "planned"),
    ("at-signing", "Губернатор выступил на подписании договора с фондом.", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), GOAL, ids=[r[0] for r in GOAL])
def test_signing_as_goal(models, case: str, text: str, expected: str | None) -> None:
    sent = first_sentence(models, text)
    assert signing_as_goal(sent, _predicate_path(sent, noun_at(sent, "договор"))) == expected


STATPOOL93_FUNCTIONS = [("status", "earlier_than_news"),
                        ("status", "_told_as_earlier"),
                        ("status", "draft_verb_before_noun"),
                        ("status", "_reached"),
                        ("status", "under_preposition"),
                        ("candidate_status", "_discussed"),
                        ("candidate_status", "_refused_signing"),
                        ("candidate_status", "goes_out_of")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, STATPOOL93_FUNCTIONS)
