"""pair60: an agreement noun that is what an extension extends ("продление соглашения",
"о пролонгации срока действия соглашения") tells the agreement in force, not the
extension's own document, so it is not the extension record's first telling
(``merge._extended_object``, used by ``merge.in_order_told``)."""

from __future__ import annotations

import pytest
from probes import agreements_of, named_rows

from soccoop.extract.merge import _extended_object

PUB = "2025-04-08"
HEAD = "Новости области\n\n8 апреля 2025 г.\n\n"
KURSK = "министерство социальной защиты Курской области"
OREL = "департамент социальной защиты Орловской области"

ORDERS = [
    ("extension_prepared_in_the_lead_agreement_in_force_told_after",
     HEAD + "Курские и орловские специалисты соцзащиты подвели итоги года. Сотрудничество "
     "продолжится: стороны готовят продление соглашения.\n\n"
     f"Работа идёт в рамках соглашения между {KURSK} и {OREL}, заключённого в 2021 "
     "году.\n\n"
     "Срок действия документа истекает в декабре. Подписание дополнительного соглашения "
     f"о пролонгации между {KURSK} и {OREL} запланировано на июнь.",
     ["mentioned", "planned"]),
    ("extension_signed_first_then_the_older_agreement",
     HEAD + f"Сегодня {KURSK} и {OREL} подписали новое соглашение о сотрудничестве в сфере "
     "социального обслуживания.\n\n"
     f"Напомним, в 2019 году {KURSK} и {OREL} уже заключали соглашение об обмене "
     "опытом.",
     ["signed", "mentioned"]),
]


@pytest.mark.parametrize("text, statuses", named_rows(ORDERS))
def test_the_extended_agreement_is_no_first_telling_of_its_extension(models, text,
                                                                      statuses):
    assert [a.status for a in agreements_of(models, text, PUB)] == statuses


def _candidate(models, text):
    from soccoop.extract.agreement_types import _Candidate

    analysis = models.analyse(text)
    models.parse_sentences(analysis.sentences)
    sent = analysis.sentences[0]
    k = next(i for i, t in enumerate(sent.tokens) if t.text.lower().startswith("соглашени"))
    return _Candidate(sent, sent.tokens[k], "planned", "", set(), [], [], None)


OBJECTS = [
    ("extension_noun", "Стороны готовят продление соглашения о сотрудничестве.", True),
    ("through_term_and_force",
     "Министерства договорились о продлении срока действия соглашения.", True),
    ("extension_document_itself",
     "Министерства подпишут соглашение о продлении сотрудничества.", False),
    ("plain_signing", "Министерства подписали соглашение о сотрудничестве.", False),
]


@pytest.mark.parametrize("text, expected", named_rows(OBJECTS))
def test_extended_object(models, text, expected):
    assert _extended_object(_candidate(models, text)) is expected


@pytest.mark.parametrize("list_args", [(), ("--kind", "agreements")])
def test_the_cli_lists_records_in_the_order_told(listed_rows, list_args):
    rows = listed_rows({"a.txt": ORDERS[0][1]}, "--format", "jsonl", *list_args)
    statuses = ([a["status"] for a in rows[0]["agreements"]] if not list_args
                else [r["status"] for r in rows])
    assert statuses == ["mentioned", "planned"]
