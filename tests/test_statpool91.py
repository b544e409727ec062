"""statpool91: agreement status pooled over the dev rounds. A signing told as a reminder
("Напомним, ...", "Как сообщалось, ...") weeks before the news stays referred to even when
the text dates it to a day of the report's year; a signing that is the object of a verb of
awaiting ("ожидали подписания") is still to come. Every probe is written here, in words of
its own."""

from __future__ import annotations

import probes
import pytest
from probes import first_sentence, noun_at, status_date_parties

from soccoop.extract.candidate_status import _predicate_path
from soccoop.extract.status import reminded_clause, signing_awaited_by_verb

LEAD = "Новости\n\n"

FUND = "Фонд поддержки ветеранов Курской области"
BREAD = "ООО «Курский хлеб»"
MIN = "Министерство социального обеспечения Курской области"

TODAY = f"Вчера {FUND[0].lower() + FUND[1:]} и {BREAD} подписали соглашение о трудоустройстве.\n\n"

# (id, published, text, (status, date_or_empty) of the record that has the ministry as a side)
RECORDS = [
    # a reminder of a signing five weeks before the news: referred to
    ("reminder-weeks-ago", "2025-05-20",
     LEAD + TODAY + "Напомним, 14 апреля фонд подписал соглашение с министерством "
     "социального обеспечения Курской области о помощи семьям ветеранов.\n",
     ("mentioned", "2025-04-14")),
    ("told-before-weeks-ago", "2025-05-20",
     LEAD + TODAY + "Как сообщалось, 14 апреля фонд заключил соглашение с министерством "
     "социального обеспечения Курской области.\n",
     ("mentioned", "2025-04-14")),
    # negative: a reminder of a signing two days before the news still reports it
    ("reminder-two-days-ago", "2025-05-20",
     LEAD + "Напомним, 18 мая фонд подписал соглашение с министерством социального "
     "обеспечения Курской области о помощи семьям ветеранов.\n",
     ("signed", "2025-05-18")),
    # negative: a signing dated to a day of the year, told without a reminder, is signed
    ("day-dated-no-reminder", "2025-05-20",
     LEAD + "Соглашение между фондом поддержки ветеранов Курской области и министерством "
     "социального обеспечения Курской области вступило в силу. Документ подписали 14 "
     "апреля.\n",
     ("signed", "2025-04-14")),
    # a signing awaited in the past, then put off: still to come
    ("awaited-then-put-off", "2025-05-20",
     LEAD + "Кроме того, участники совещания ожидали подписания соглашения между "
     "министерством социального обеспечения Курской области и комитетом социальной защиты "
     "Орловской области. Текст уже согласовали, но церемонию отложили до июля.\n",
     ("planned", "")),
    ("awaited-now", "2025-05-20",
     LEAD + "Министерство социального обеспечения Курской области и комитет социальной "
     "защиты Орловской области ждут подписания соглашения о сотрудничестве.\n",
     ("planned", "")),
    # negative: the signing itself told in the past is signed
    ("signed-not-awaited", "2025-05-20",
     LEAD + "Вчера министерство социального обеспечения Курской области и комитет "
     "социальной защиты Орловской области подписали соглашение о сотрудничестве.\n",
     ("signed", "2025-05-19")),
]


@pytest.mark.parametrize(("case", "published", "text", "expected"), RECORDS,
                         ids=[r[0] for r in RECORDS])
def test_records(models, case: str, published: str, text: str, expected: tuple) -> None:
    found = [r[:2] for r in status_date_parties(models, text, published) if MIN in r[2]]
    assert found == [expected]


# (id, sentence, expected): is the agreement noun in a clause told as a reminder?
REMINDED = [
    ("napomnim", "Напомним, в марте фонд подписал соглашение с университетом.", True),
    ("kak-soobshchalos", "Как сообщалось, в марте фонд заключил соглашение с университетом.",
     True),
    ("minister-reminded", "Министр напомнила, что в марте фонд заключил соглашение с "
     "университетом.", True),
    ("plain-report", "В марте фонд подписал соглашение с университетом.", False),
    ("present-source", "Как сообщает пресс-служба, вчера фонд подписал соглашение с "
     "университетом.", False),
]


@pytest.mark.parametrize(("case", "text", "expected"), REMINDED, ids=[r[0] for r in REMINDED])
def test_reminded_clause(models, case: str, text: str, expected: bool) -> None:
    sent = first_sentence(models, text)
    assert reminded_clause(sent, noun_at(sent)) is expected


# (id, sentence, expected status or None): a signing as the object of a verb of awaiting
AWAITED = [
    ("past", "Гости форума ожидали подписания соглашения между двумя фондами.", "planned"),
    ("present", "Стороны ждут подписания договора к осени.", "planned"),
    ("negated", "Стороны не стали ждать подписания соглашения.", None),
    ("perfective-came", "Стороны наконец дождались подписания соглашения.", None),
    ("signed", "Стороны подписали соглашение о сотрудничестве.", None),
    ("awaiting-effect", "Стороны ожидают результатов соглашения.", None),
]


@pytest.mark.parametrize(("case", "text", "expected"), AWAITED, ids=[r[0] for r in AWAITED])
def test_signing_awaited_by_verb(models, case: str, text: str, expected: str | None) -> None:
    sent = first_sentence(models, text)
    k = next(i for i, t in enumerate(sent.tokens) if t.lemma in {"соглашение", "договор"})
    assert signing_awaited_by_verb(sent, _predicate_path(sent, k)) == expected


STATPOOL91_FUNCTIONS = [("status", "reminded_clause"),
                        ("status", "signing_awaited_by_verb")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, STATPOOL91_FUNCTIONS)
