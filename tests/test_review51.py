"""review51: mends of round 51's closing review. An agreement "already" in force whose own
phrase tells it signed is the new one, not an older one recalled ("Подписанное сегодня
соглашение уже действует", ``candidate_status.recalled_in_force``); a deadline its text
gives a year is left to the date reader ("до конца июня 2026 года",
``agreement_dates._deadline_pattern``). Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest
from probes import status_date_parties

from soccoop.extract.agreement_dates import _DEADLINE

BODY = "Комитет соцзащиты Зетской области"
FUND = "Фонд «Тихая гавань»"
BOTH = sorted([BODY, FUND])
SIGNED = ("signed", "2024-11-21", BOTH)


# (id, text, every record as (status, date or "", sorted sides)); "participle-after" fails before
# the mend (a second, mentioned record of the new agreement)
RECORDS = [
    ("participle-sentence", f"Сегодня подписанное соглашение {BODY.replace('Комитет', 'комитета')} "
     "и фонда «Тихая гавань» о помощи одиноким пенсионерам уже действует.", [SIGNED]),
    ("participle-after", f"{BODY} и фонд «Тихая гавань» сегодня подписали соглашение о "
     "помощи одиноким пенсионерам, и подписанное соглашение уже действует.", [SIGNED]),
    # guard: an agreement already in force, with no signing in its phrase, is recalled
    ("already", "У фонда «Тихая гавань» уже действует соглашение с комитетом соцзащиты "
     "Зетской области, а на его основе фонд планирует подписать ещё одно.",
     [("mentioned", "", BOTH)]),
]


@pytest.mark.parametrize(("case", "text", "expected"), RECORDS, ids=[r[0] for r in RECORDS])
def test_records(models, case: str, text: str, expected: list) -> None:
    assert status_date_parties(models, text, "2024-11-21") == expected


@pytest.mark.parametrize(("text", "found"), [
    ("подписать до конца июня 2026 года", False),  # fails before the mend
    ("подписать до конца первого квартала 2027 года", False),  # fails before the mend
    ("подписать до конца июня.", True),
    ("подписать к концу года, как планировали", True),
])
def test_deadline_with_its_own_year_is_left(text: str, found: bool) -> None:
    assert bool(_DEADLINE.search(text)) is found


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, candidate_status=("recalled_in_force",),
                                          agreement_dates=("_deadline_pattern",))
