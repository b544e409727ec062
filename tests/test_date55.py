"""date55: dates of planned agreements — a deadline the parser hangs on another clause's
verb, and a draft's due day merged into the plan's month.

- A plan's deadline ("до конца года", "к концу лета") that the parse hangs on a verb of an
  earlier clause (across a colon or "что") is read on the token order of its own clause:
  the nearest verb after it, else before it, no punctuation crossed, must be a word of
  signing or planning told ahead and not negated
  (``agreement_dates._plan_word_in_clause``, read by ``plan_deadline_ahead``). On a page of
  October 2024 "…: управление до конца года планирует заключить договор" is ``2024``.
- A planned record's date leaves out the due day of a mention that only works on its text
  ("проект соглашения", "проект текста соглашения") in a sentence with no signing word,
  when another mention dates the plan (``merge_rules.plan_date_past_text_work``): "в мае
  подпишут соглашение … поручил к 20 мая представить проект текста соглашения" is May of
  the page's year, not the twentieth of May a year back.
"""

from __future__ import annotations

import probes
import pytest

from soccoop.extract import agreement_dates
from soccoop.models import DateRef

# --- a deadline read on its own clause's token order ---------------------------------------

_PAST = {"Tense": "Past", "VerbForm": "Fin"}
_PRES = {"Tense": "Pres", "VerbForm": "Fin"}
_INF = {"VerbForm": "Inf"}


def _clause(verb: tuple[str, str, dict[str, str]], *, comma: bool = False,
            negated: bool = False) -> tuple[object, DateRef]:
    """"Скоро появится помощь : управление до конца года <verb> соглашение", the deadline
    hung by hand on "появится" (the parser's slip); with ``comma`` a comma stands between
    the deadline and the verb, with ``negated`` the verb has its own "не"."""
    word, lemma, feats = verb
    spec: list[tuple[str, str, str, str, int, dict[str, str]]] = [
        ("Скоро", "скоро", "ADV", "advmod", 1, {}),
        ("появится", "появиться", "VERB", "root", -1, _PRES),
        ("помощь", "помощь", "NOUN", "nsubj", 1, {}),
        (":", ":", "PUNCT", "punct", 1, {}),
        ("управление", "управление", "NOUN", "nsubj", 9 if negated else 8, {}),
        ("до", "до", "ADP", "case", 6, {}),
        ("конца", "конец", "NOUN", "obl", 1, {}),  # the slip: hung on "появится"
        ("года", "год", "NOUN", "nmod", 6, {}),
    ]
    if comma:
        spec.append((",", ",", "PUNCT", "punct", 9, {}))
    if negated:
        spec.append(("не", "не", "PART", "advmod", len(spec) + 1, {}))
    spec.append((word, lemma, "VERB", "parataxis", 1, feats))
    spec.append(("соглашение", "соглашение", "NOUN", "obj", len(spec) - 1, {}))
    sent = probes.hand_parsed(*spec)
    start = sent.text.index("до конца года")
    return sent, DateRef("2024", "до конца года", start, start + len("до конца года"),
                         relative=True, anchored=True)


@pytest.mark.parametrize(("verb", "comma", "negated", "expected"), [
    # fail on b55dev: no such reading (the parse's head "появится" was the only one)
    (("планирует", "планировать", _PRES), False, False, True),
    (("подпишет", "подписать", {"Tense": "Fut", "VerbForm": "Fin"}), False, False, True),
    (("намерено", "намеренный", {}), False, False, True),
    # guards: a past signing, another verb first, a comma between, a negated plan
    (("подписало", "подписать", _PAST), False, False, False),
    (("завершит", "завершить", {"Tense": "Fut", "VerbForm": "Fin"}), False, False, False),
    (("планирует", "планировать", _PRES), True, False, False),
    (("планирует", "планировать", _PRES), False, True, False),
])
def test_plan_word_in_clause(verb: tuple[str, str, dict[str, str]], comma: bool,
                             negated: bool, expected: bool) -> None:
    sent, d = _clause(verb, comma=comma, negated=negated)
    assert agreement_dates._plan_word_in_clause(sent, d) is expected  # type: ignore[arg-type]


def test_plan_word_in_clause_reads_back() -> None:
    # a deadline after its verb: "планирует подписать соглашение до конца года", hung on
    # a verb of the clause before; fails on b55dev (no such reading)
    spec = [
        ("Скоро", "скоро", "ADV", "advmod", 1, {}),
        ("появится", "появиться", "VERB", "root", -1, _PRES),
        (":", ":", "PUNCT", "punct", 1, {}),
        ("управление", "управление", "NOUN", "nsubj", 4, {}),
        ("планирует", "планировать", "VERB", "parataxis", 1, _PRES),
        ("подписать", "подписать", "VERB", "xcomp", 4, _INF),
        ("соглашение", "соглашение", "NOUN", "obj", 5, {}),
        ("до", "до", "ADP", "case", 8, {}),
        ("конца", "конец", "NOUN", "obl", 1, {}),
        ("года", "год", "NOUN", "nmod", 8, {}),
    ]
    sent = probes.hand_parsed(*spec)
    start = sent.text.index("до конца года")
    d = DateRef("2024", "до конца года", start, start + 13, relative=True, anchored=True)
    assert agreement_dates._plan_word_in_clause(sent, d)  # type: ignore[arg-type]


# --- through the whole extraction ---------------------------------------------------------

_SIDES = "Управление социальной защиты Энской области и Зетский благотворительный фонд"


@pytest.mark.parametrize(("text", "published", "expected"), [
    # fails on b55dev (None): the parse hung "до конца года" on "появится"
    ("Как сказал министр, скоро у семей появится новый инструмент поддержки: "
     "управление социальной защиты Энской области до конца года собирается подписать "
     "соглашение с Зетским благотворительным фондом о помощи многодетным семьям.",
     "2024-10-11", [("planned", "2024")]),
    # fails on b55dev (2023-05-20): a draft's due day, read back a year, took the May of
    # the plan
    (f"{_SIDES} в мае подпишут соглашение о помощи одиноким пенсионерам. Документ "
     "подпишут начальник управления Иван Петров и директор фонда Анна Смирнова. Губернатор "
     "поручил к 20 мая представить проект текста соглашения.",
     "2024-03-12", [("planned", "2024-05")]),
    # guards: a deadline of a past signing; a draft's day told with its signing; the
    # page's year of a plan already read by the parse
    (f"{_SIDES} подписали соглашение до конца года, сообщил министр.",
     "2024-10-11", [("signed", None)]),
    (f"{_SIDES} планируют подписать соглашение о помощи пенсионерам. Проект соглашения "
     "стороны планируют подписать 15 апреля.",
     "2024-03-12", [("planned", "2024-04-15")]),
    (f"{_SIDES} подвели итоги года. Начальник управления Иван Петров сообщил, что до конца "
     "года стороны намерены заключить дополнительное соглашение, которое распространит "
     "помощь на семьи ветеранов.",
     "2025-04-04", [("planned", "2025")]),
])
def test_plan_dates_through_extraction(models, text: str, published: str,
                                       expected: list[tuple[str, str | None]]) -> None:
    assert probes.status_dates(models, text, published) == expected


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, [
        ("agreement_dates", "_plan_word_in_clause"),
        ("merge_rules", "plan_date_past_text_work"),
    ])
