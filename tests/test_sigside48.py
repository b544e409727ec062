"""sigside48: a signer a side's phrase introduces ("Со стороны X документ подписал P", "со
стороны X — P") signs a record that has X among its sides, not the nearest record
(``signer_groups.side_phrase_owners``, the record pass ``coreference.side_phrase_owner``).
A sentence naming several sides this way gives its signers to the one record holding them
all. Negatives: a signer of the side all records share, a side word no record has (a kind
word, "вуз" beside "университет"), a record of one side (it may be short of a side), a
sentence of several documents, a person the page names again, a page of one record.
Every probe is written here, in words of its own."""

from __future__ import annotations

from typing import Any

import probes
import pytest

PUBLISHED = "2025-10-15"

TWO = ("Союз пенсионеров Энской области подписал два соглашения — с Министерством социального "
       "развития Энской области и с Центром занятости населения Энской области. Соглашение с "
       "министерством посвящено помощи одиноким пенсионерам на дому. Подписи поставили "
       "председатель союза Мария Гордеева и министр социального развития Энской области Павел "
       "Лыков. Второй документ касается временной работы для пенсионеров. ")

# (text, {a word of the partner: signers it must have}, {a word of the partner: not signers})
PAGES = [
    # fails on m48: Кручинин signs the ministry's record (the nearest)
    (TWO + "Со стороны центра подписала соглашение директор Ирина Соболева, со стороны союза — "
     "заместитель председателя Андрей Кручинин.",
     {"Центр": {"Ирина Соболева", "Андрей Кручинин"}, "Министерство": {"Павел Лыков"}},
     {"Министерство": {"Андрей Кручинин", "Ирина Соболева"}}),
    # guard, passing on m48 too: the common side's signer signs both
    ("Союз пенсионеров Энской области подписал два соглашения — с Министерством социального "
     "развития Энской области и с Центром занятости населения Энской области. Со стороны союза "
     "оба документа подписала председатель Мария Гордеева. За министерство подпись поставил "
     "министр Павел Лыков, за центр — директор Ирина Соболева.",
     {"Центр": {"Мария Гордеева", "Ирина Соболева"},
      "Министерство": {"Мария Гордеева", "Павел Лыков"}},
     {"Центр": {"Павел Лыков"}, "Министерство": {"Ирина Соболева"}}),
]


@pytest.mark.parametrize(("text", "signers", "not_signers"), PAGES)
def test_a_side_phrase_signer_signs_the_record_of_that_side(
        models: Any, text: str, signers: dict[str, set[str]],
        not_signers: dict[str, set[str]]) -> None:
    records = [a for a in probes.agreements_of(models, text, PUBLISHED) if a.status == "signed"]
    assert len(records) == 2

    def of(word: str) -> set[str]:
        return next(set(a.signatories) for a in records
                    if any(p.name.startswith(word) for p in a.parties))

    for word, names in signers.items():
        assert names <= of(word)
    for word, names in not_signers.items():
        assert not of(word) & names


FUND = ("Отделение фонда по Энской области", None)
BLIND = ("Энское общество слепых", None)
MINISTRY = ("Министерство социального развития Энской области", None)
UNIVERSITY = ("Энский государственный университет", None)

# (sentence, records as (status, sides, signers), the signers each record keeps)
RECORDS = [
    # the two-sided record without the ministry loses her
    ("Со стороны министерства эту бумагу подписала министр Галина Орешкина.",
     [("signed", [FUND, BLIND], ("Галина Орешкина",)),
      ("mentioned", [MINISTRY], ("Галина Орешкина",))],
     [[], ["Галина Орешкина"]]),
    # guard: a side word no record has ("вуз" for the university) moves nobody
    ("Со стороны вуза соглашение подписал ректор Олег Ступин.",
     [("signed", [FUND, BLIND], ("Олег Ступин",)),
      ("signed", [FUND, UNIVERSITY], ())],
     [["Олег Ступин"], []]),
    # guard: a record of one side may be short of the side named: it keeps him
    ("Со стороны фонда соглашение подписал его управляющий Виктор Шубин.",
     [("signed", [UNIVERSITY], ("Виктор Шубин",)),
      ("signed", [FUND, BLIND], ("Виктор Шубин",))],
     [["Виктор Шубин"], ["Виктор Шубин"]]),
    # guard: a sentence of several documents: she signed each of them
    ("Со стороны министерства оба договора скрепила подписью министр Галина Орешкина.",
     [("signed", [FUND, BLIND], ("Галина Орешкина",)),
      ("mentioned", [MINISTRY], ("Галина Орешкина",))],
     [["Галина Орешкина"], ["Галина Орешкина"]]),
    # guard: named in another sentence too, she may have signed the other record there
    ("Галина Орешкина открыла заседание коллегии. Со стороны министерства эту бумагу "
     "подписала министр Галина Орешкина.",
     [("signed", [FUND, BLIND], ("Галина Орешкина",)),
      ("mentioned", [MINISTRY], ("Галина Орешкина",))],
     [["Галина Орешкина"], ["Галина Орешкина"]]),
    # guard: a page of one record is left as it is
    ("Со стороны министерства эту бумагу подписала министр Галина Орешкина.",
     [("signed", [FUND, BLIND], ("Галина Орешкина",))],
     [["Галина Орешкина"]]),
]


@pytest.mark.parametrize(("sentence", "records", "kept"), RECORDS)
def test_side_phrase_owners_on_records(models: Any, sentence: str,
                                       records: list[tuple[str, list[Any], tuple[str, ...]]],
                                       kept: list[list[str]]) -> None:
    from soccoop.extract.signer_groups import side_phrase_owners

    analysis = probes.parsed_analysis(models, sentence)
    agreements = [probes.agreement(status, sides, signers) for status, sides, signers in records]
    side_phrase_owners(analysis, agreements)
    assert [a.signatories for a in agreements] == kept


SIGSIDE48_FUNCTIONS = [("signer_groups", "side_phrase_owners"),
                       ("signer_groups", "_side_phrases"),
                       ("signer_groups", "_several_papers"),
                       ("signer_groups", "_sentences_naming"),
                       ("coreference", "side_phrase_owner")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, SIGSIDE48_FUNCTIONS)
