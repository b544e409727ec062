"""pair58: the order of a record's agreements: records come in the order the body first
tells their agreements, each at its first mention naming two sides; a headline about one
agreement is no first telling, a headline telling several lists them in the page's order
(``merge.in_order_told``)."""

from __future__ import annotations

import pytest
from probes import agreements_of, named_rows

PUB = "2025-10-14"
HEAD = "Официальный портал\nНовости → Социальная защита\n\n14 октября 2025 г.\n\n"
OMSK = "министерство труда и социального развития Омской области"
TYUMEN = "департамент социального развития Тюменской области"

ORDERS = [
    ("plan_in_the_headline_older_agreement_first_in_the_body",
     HEAD + "Омская и Тюменская области подпишут новое соглашение о сотрудничестве\n\n"
     f"Соглашение о сотрудничестве между {OMSK} и {TYUMEN}, заключённое в 2018 году, "
     "расторгнуто по взаимному согласию сторон.\n\n"
     "Документ устарел и не отвечает новым задачам. Как сообщили в министерстве, в "
     f"декабре {OMSK[0].upper() + OMSK[1:]} и {TYUMEN} планируют подписать новое "
     "соглашение о сотрудничестве в сфере социального обслуживания.",
     ["mentioned", "planned"]),
    ("signing_then_the_older_agreement",
     HEAD + f"Сегодня {OMSK} и {TYUMEN} подписали соглашение о сотрудничестве в сфере "
     "социального туризма.\n\n"
     f"Напомним, в 2019 году {OMSK} и {TYUMEN} уже заключали соглашение об обмене "
     "опытом.",
     ["signed", "mentioned"]),
    ("older_agreement_told_first",
     HEAD + f"В 2019 году {OMSK} и {TYUMEN} заключили соглашение об обмене опытом.\n\n"
     f"Сегодня {OMSK} и {TYUMEN} подписали новое соглашение о сотрудничестве в сфере "
     "социального туризма.",
     ["mentioned", "signed"]),
]


@pytest.mark.parametrize("text, statuses", named_rows(ORDERS))
def test_records_in_the_order_the_body_tells_them(models, text, statuses):
    assert [a.status for a in agreements_of(models, text, PUB)] == statuses
