"""statpool92: agreement status pooled over the dev rounds. A signing dated by a past year
on a page whose year is unknown is an agreement in force; a signing still to come told
with a future shared by two participles, or as the bound of a state ("до подписания"), or
as a future "будет" of being; a call-off whose talks are said to go on; a seal whose
signatures stand past its time. Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest
from probes import first_sentence, noun_at

from soccoop.extract.candidate_status import _predicate_path
from soccoop.extract.status import (
    _called_off,
    _signatures_after,
    _talks_go_on,
    agreement_to_be,
    before_signing_to_come,
    past_year_unanchored,
)

LEAD = "Новости\n\n"
MIN = "Министерство социального обеспечения Курской области"
TODAY = ("Вчера министерство социального обеспечения Курской области и ООО «Курский хлеб» "
         "подписали соглашение о трудоустройстве.\n\n")

# (id, published, text, a side of the record, its expected (status, date or ""))
RECORDS = [
    # a past year on a page with no publication day: an agreement in force
    ("past-year-no-day", None,
     LEAD + TODAY + "В марте прошлого года ведомство соцзащиты заключило соглашение с Курским "
     "отделением общества слепых о сопровождении незрячих.\n",
     "Курское отделение общества слепых", "mentioned"),
    ("close-of-past-year-no-day", None,
     LEAD + TODAY + "В конце прошлого года ведомство соцзащиты подписало соглашение с Курским "
     "отделением общества слепых.\n",
     "Курское отделение общества слепых", "mentioned"),
    # negatives: last week is no past year; the close of last year on a January page
    ("last-week-no-day", None,
     LEAD + "На прошлой неделе министерство социального обеспечения Курской области "
     "заключило соглашение с Курским отделением общества слепых.\n",
     "Курское отделение общества слепых", "signed"),
    ("turn-of-year-january", "--01-14",
     LEAD + "В конце прошлого года министерство социального обеспечения Курской области "
     "подписало соглашение с Курским отделением общества слепых.\n",
     "Курское отделение общества слепых", "signed"),
    # a future shared by two participles: still to come
    ("shared-future", "2025-05-20",
     LEAD + "Дополнительное соглашение между министерством социального обеспечения "
     "Курской области и фондом «Опора» будет доработано комиссией и подписано до 1 "
     "июля.\n",
     MIN, "planned"),
    # negative: worked out and signed in the past
    ("worked-out-and-signed", "2025-05-20",
     LEAD + "Дополнительное соглашение между министерством социального обеспечения "
     "Курской области и фондом «Опора» было доработано комиссией и подписано 19 мая.\n",
     MIN, "signed"),
    # a call-off, then talks said to go on
    ("called-off-talks-go-on", "2025-05-20",
     LEAD + "Подписание соглашения между министерством социального обеспечения Курской "
     "области и ООО «Курский хлеб» так и не состоялось: церемонию отменили накануне. "
     "Стороны не сошлись в сроках. В министерстве пояснили, что переговоры продолжатся "
     "осенью.\n",
     MIN, "planned"),
    ("refused-talks-may-resume", "2025-05-20",
     LEAD + "Завод «Курский хлеб» от подписания соглашения с министерством социального "
     "обеспечения Курской области отказался. Переговоры с ним могут возобновиться "
     "зимой.\n",
     MIN, "planned"),
    # negatives: no talks after the call-off; talks told in the past
    ("called-off-no-talks", "2025-05-20",
     LEAD + "Подписание соглашения между министерством социального обеспечения Курской "
     "области и ООО «Курский хлеб» так и не состоялось: церемонию отменили накануне.\n",
     MIN, "mentioned"),
    ("called-off-talks-past", "2025-05-20",
     LEAD + "Подписание соглашения между министерством социального обеспечения Курской "
     "области и ООО «Курский хлеб» так и не состоялось. Переговоры продолжались два "
     "месяца.\n",
     MIN, "mentioned"),
    # a seal whose signatures stand past its time
    ("seal-past-its-time", "2025-05-20",
     LEAD + "Соглашение о содействии занятости молодых людей с инвалидностью скреплено в "
     "прошлую пятницу подписями исполняющего обязанности министра социального обеспечения "
     "Курской области Ивана Орлова и директора ООО «Курский хлеб» Анны Беловой.\n",
     "ООО «Курский хлеб»", "signed"),
]


@pytest.mark.parametrize(("case", "published", "text", "side", "expected"), RECORDS,
                         ids=[r[0] for r in RECORDS])
def test_records(models, case: str, published: str | None, text: str, side: str,
                 expected: str) -> None:
    assert probes.status_of_side(models, text, published, side) == expected


# (id, sentence, published, expected): is the signing dated by a past year the date cannot
# weigh?
PAST_YEAR = [
    ("march-last-year", "В марте прошлого года центр заключил соглашение с фондом.", None,
     True),
    ("last-year", "В прошлом году центр подписал соглашение с фондом.", "--06-02", True),
    ("close-january", "В конце прошлого года центр подписал соглашение с фондом.", "--01-10",
     False),
    ("last-week", "На прошлой неделе центр подписал соглашение с фондом.", None, False),
    ("no-time", "Центр подписал соглашение с фондом.", None, False),
]


@pytest.mark.parametrize(("case", "text", "published", "expected"), PAST_YEAR,
                         ids=[r[0] for r in PAST_YEAR])
def test_past_year_unanchored(models, case: str, text: str, published: str | None,
                              expected: bool) -> None:
    sent = first_sentence(models, text)
    path = _predicate_path(sent, noun_at(sent))
    assert past_year_unanchored(sent, path, None, published) is expected


# (id, sentence, expected): a signing that bounds a state holding until it
BEFORE = [
    ("present", "До подписания нового договора заявления принимают по старым правилам.",
     "planned"),
    ("future", "До подписания договора с фондом выплаты будут идти по старому порядку.",
     "planned"),
    ("past", "До подписания договора министры провели переговоры.", None),
    ("after", "После подписания договора заявления принимают по новым правилам.", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), BEFORE, ids=[r[0] for r in BEFORE])
def test_before_signing_to_come(models, case: str, text: str, expected: str | None) -> None:
    sent = first_sentence(models, text)
    path = _predicate_path(sent, noun_at(sent, "договор"))
    assert before_signing_to_come(sent, path) == expected


# (id, sentence, expected): the subject of a future "быть" of being
TO_BE = [
    ("existential", "Весной у министерства будет соглашение с фондом.", "planned"),
    ("reported", "Министр обещал, что будет соглашение с университетом.", "planned"),
    ("negated", "Соглашения с фондом у министерства не будет.", None),
    ("past", "Раньше у министерства было соглашение с фондом.", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), TO_BE, ids=[r[0] for r in TO_BE])
def test_agreement_to_be(models, case: str, text: str, expected: str | None) -> None:
    sent = first_sentence(models, text)
    assert agreement_to_be(sent, _predicate_path(sent, noun_at(sent))) == expected


# (id, sentence, expected): a call-off told in the sentence
CALLED_OFF = [
    ("not-held", "Подписание договора так и не состоялось.", True),
    ("cancelled", "Церемонию подписания отменили за час до начала.", True),
    ("refused", "Завод отказался от подписания договора.", True),
    ("signed", "Стороны подписали договор.", False),
    ("terminated-no-signing", "Министерство расторгло договор с заводом.", False),
]


@pytest.mark.parametrize(("case", "text", "expected"), CALLED_OFF,
                         ids=[r[0] for r in CALLED_OFF])
def test_called_off(models, case: str, text: str, expected: bool) -> None:
    assert _called_off(first_sentence(models, text)) is expected


# (id, sentence, expected): talks said to go on or resume
TALKS = [
    ("will-go-on", "Переговоры продолжатся осенью.", True),
    ("may-resume", "Диалог с заводом может возобновиться зимой.", True),
    ("come-back", "Мы вернёмся к этому вопросу в сентябре.", True),
    ("past", "Переговоры продолжались два месяца.", False),
    ("negated", "Переговоры не продолжатся.", False),
    ("other-subject", "Работы на заводе продолжатся осенью.", False),
]


@pytest.mark.parametrize(("case", "text", "expected"), TALKS, ids=[r[0] for r in TALKS])
def test_talks_go_on(models, case: str, text: str, expected: bool) -> None:
    assert _talks_go_on(first_sentence(models, text)) is expected


# (id, sentence, expected): signatures in the instrumental past the seal's time
SEALS = [
    ("past-time", "Договор скреплён в прошлую среду подписями сторон.", True),
    ("next-word", "Договор скреплён подписями сторон.", True),
    ("seal-stamp", "Договор скреплён в прошлую среду печатью.", False),
    ("past-comma", "Договор скреплён, и подписями сторон заверены копии.", False),
]


@pytest.mark.parametrize(("case", "text", "expected"), SEALS, ids=[r[0] for r in SEALS])
def test_signatures_after(models, case: str, text: str, expected: bool) -> None:
    sent = first_sentence(models, text)
    i = next(n for n, t in enumerate(sent.tokens) if t.text.lower().startswith("скреп"))
    assert _signatures_after(sent.tokens, i) is expected


# ``agreement_to_be`` and ``candidate_status._signing_to_come_in_conjunct`` are widened here
# too; their older examples (status48, agr42) share runs with dev texts, so they are not listed.
STATPOOL92_FUNCTIONS = [("status", "past_year_unanchored"),
                        ("status", "before_signing_to_come"),
                        ("status", "called_off_talks_go_on"),
                        ("status", "_called_off"),
                        ("status", "_talks_go_on"),
                        ("status", "_signatures_after"),
                        ("status", "signed_with_signatures"),
                        ("coreference", "called_off_talks_go_on")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, STATPOOL92_FUNCTIONS)
