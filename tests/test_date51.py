"""date51: a plan's deadline in the forms the date reader leaves alone, and one reader of
where a date hangs.

A plan still undated takes the deadline its own sentence gives its signing when the date
reader reads no time there: "к концу года", "к лету", "к началу осени", "до конца лета",
"до конца июня", "в течение первого квартала" (``agreement_dates.plan_deadline_ahead``
with ``_deadline_value``; the words in ``datewords.DEADLINE_OPENERS`` and
``DEADLINE_PERIODS``), read ahead of the publication day, the deadline hanging in the
parse on a word of signing or planning told ahead (``signing_dates.date_head``, now the
one reader of a date's own head word, and ``_plan_word_above``). Negatives guard it: a
deadline of another event, a plan told in the past, "в течение года" (a span), a signed
record. The two passes pdate50 ran inside others are listed in ``DATE_PASSES``.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.agreement_dates import DATE_PASSES
from soccoop.extract.nlp import Sentence, Token
from soccoop.extract.signing_dates import date_head
from soccoop.models import DateRef

PUB = "2025-03-20"

LEAD = "Министр социальной защиты Энской области рассказала о работе ведомства. "


def _plans(models, text: str, published: str | None = PUB) -> list[str | None]:
    """The date of each planned record of ``text``."""
    return [a.date for a in probes.agreements_of(models, text, published)
            if a.status == "planned"]


@pytest.mark.parametrize(("told", "published", "expected"), [
    # fail on b51dev: the deadline forms the date reader reads nothing in, the plan undated
    ("Управление намерено подписать соглашение с Зетским обществом слепых о помощи на "
     "дому к концу года.", PUB, "2025"),
    ("Министр сообщила, что к лету будет подписано соглашение с Зетским обществом "
     "глухих о социальном такси.", PUB, "2025"),
    ("Соглашение с Зетским обществом инвалидов о социальном такси управление "
     "рассчитывает подписать до конца лета.", PUB, "2025"),
    ("Соглашение с Зетским обществом инвалидов о социальном такси управление "
     "рассчитывает подписать до конца июня.", PUB, "2025-06"),
    ("В течение первого квартала управление планирует подписать соглашение с Зетским "
     "обществом инвалидов о социальном такси.", "2024-12-10", "2025"),
    # fails on b51dev: a month's end under "должны" (the tagger's "должный", a short
    # adjective of obligation) and "утвердить" a roadmap
    ("До конца мая стороны должны утвердить дорожную карту по соглашению с Зетским "
     "обществом инвалидов о социальном такси.", PUB, "2025-05"),
    # negatives: another event's deadline, a plan told in the past, a span of a year
    ("К лету в Зетске завершится ремонт центра, а соглашение с Зетским обществом "
     "инвалидов о социальном такси управление планирует подписать позже.", PUB, None),
    ("Управление к концу года планировало подписать соглашение с Зетским обществом "
     "инвалидов о социальном такси, но подписание отложили.", PUB, None),
    ("В течение года управление планирует подписать соглашение с Зетским обществом "
     "инвалидов о социальном такси.", PUB, None),
])
def test_plan_deadline_of_own_sentence(models, told: str, published: str,
                                       expected: str | None) -> None:
    assert _plans(models, LEAD + told, published) == [expected]


@pytest.mark.parametrize(("later", "expected"), [
    # fails on b51dev: the deadline of a later sentence planning to sign "документ"
    ("Подписать документ стороны рассчитывают к концу лета.", "2025"),
    # negative: a later sentence of another event's deadline
    ("К концу лета в Зетске откроют пункт проката колясок.", None),
])
def test_plan_deadline_in_story(models, later: str, expected: str | None) -> None:
    text = LEAD + ("Управление направило Зетскому обществу инвалидов проект соглашения о "
                   "социальном такси. Юристы общества уже изучают текст. ") + later
    assert _plans(models, text) == [expected]


def test_deadline_dates_no_signed_record(models) -> None:
    """Guard: a signing told done keeps its own date; the pass reads plans only."""
    text = LEAD + ("Вчера управление подписало соглашение с Зетским обществом инвалидов "
                   "о социальном такси, к концу года машины выйдут на линию.")
    dates = [a.date for a in probes.agreements_of(models, text, PUB) if a.status == "signed"]
    assert dates == ["2025-03-19"]


def _sentence(words: list[tuple[str, int]]) -> Sentence:
    """A parsed sentence of (word, head) pairs, one space apart."""
    toks, at = [], 0
    for w, h in words:
        toks.append(Token(text=w, start=at, stop=at + len(w), pos="X", lemma=w, head=h,
                          rel="dep"))
        at += len(w) + 1
    return Sentence(start=0, stop=at - 1, text=" ".join(w for w, _ in words), tokens=toks,
                    parsed=True)


@pytest.mark.parametrize(("words", "span", "expected"), [
    # "до конца года": "до" hangs on "конца" (inside), "конца" on the verb: "конца"
    ([("подписать", -1), ("до", 2), ("конца", 0), ("года", 2)], (10, 25), 2),
    # "к лету": "лету" on the verb
    ([("подписать", -1), ("к", 2), ("лету", 0)], (10, 16), 2),
    # no parse: nothing
    (None, (0, 5), None),
])
def test_date_head(words, span: tuple[int, int], expected: int | None) -> None:
    if words is None:
        sent = _sentence([("подписать", -1)])
        sent.parsed = False
    else:
        sent = _sentence(words)
    d = DateRef("2025", "x", span[0], span[1])
    assert date_head(sent, d) == expected


def test_plan_passes_listed_in_order() -> None:
    names = [p.name for p in DATE_PASSES]
    at = names.index("plan_year_of_paragraph")
    assert names[at + 1:at + 4] == ["plan_period_ahead", "year_of_page_day",
                                    "plan_deadline_ahead"]


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, agreement_dates=("plan_deadline_ahead", "_deadline_value",
                                                           "_deadline_pattern", "plan_period_ahead",
                                                           "year_of_page_day"),
                                          signing_dates=("plans_signing_it", "signs_it_at",
                                                         "date_head"))
