"""hid93: records of rounds 134, 136 and 139's constructions, probes written for this file
(not copied from any round).

* One more side named of the agreement just told by a link verb, the side noun in the
  instrumental ("Третьей стороной договора выступил фонд"): that agreement's side, no record
  of its own (``merge_extra.side_of_told_by_link``).
* "В развитие соглашения ... подпишут договор": the agreement is the base the clause
  carries out, its subjects no sides of it (``agreements.implemented_base``).
* "ФСИН России" is the acronym of its full name (``normalize.acronym_spells``).
* "С подписанием нового соглашения теряет силу договор, заключённый между X и Y": X and Y
  are the older one's sides, and the new one is the signing told (``merge_rules.
  _sides_of_later_noun``).
"""

from __future__ import annotations

from typing import Any

import probes
import pytest
from probes import first_sentence, noun_at, status_parties

LEAD = "Новости\n\n"
PUB = "2025-05-16"


def _parties(models: Any, text: str) -> list[tuple[Any, ...]]:
    return status_parties(models, LEAD + text, PUB)


# (id, text, (status, parties each record must hold) of every record)
RECORDS = [
    ("a third side told by a link verb",
     "Управление социальной защиты Тамбовской области и Тамбовский педагогический колледж "
     "вчера подписали соглашение о подготовке сиделок. Третьей стороной соглашения выступило "
     "АНО «Опора» — крупнейшая некоммерческая организация города.",
     [("signed", ["АНО «Опора»", "Тамбовский педагогический колледж"])]),
    ("a participant of a plan told by a link verb",
     "Меморандум о найме вахтовиков, который службы занятости Тамбовской и Липецкой областей "
     "хотели подписать в мае, отложен до осени. Участником меморандума является также "
     "ООО «Тамбовмаш».",
     [("planned", ["ООО «Тамбовмаш»", "Служба занятости Липецкой области"])]),
    ("the base of a new document is the agreement told",
     "Минтруд Тамбовской области и ФСИН России вчера подписали соглашение о трудоустройстве "
     "осуждённых. Начальник управления Олег Белов сообщил, что в развитие соглашения "
     "управление и Тамбовский колледж осенью подпишут отдельное соглашение.",
     [("signed", ["ФСИН России"]), ("planned", ["Министерство труда Тамбовской области"])]),
    ("the new agreement's signing ends an older one",
     "Городской фонд «Надежда» и управление социальной защиты Тамбовской области вчера "
     "подписали соглашение об обмене сведениями. С подписанием нового соглашения теряет силу "
     "договор о взаимодействии, заключённый в 2020 году между управлением и АНО «Центр "
     "занятости «Старт».",
     [("signed", ["Городской фонд «Надежда»"]),
      ("mentioned", ["АНО «Центр занятости «Старт»"])]),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(RECORDS))
def test_records(models: Any, text: str, expected: list[tuple[Any, ...]]) -> None:
    got = _parties(models, text)
    probes.check_status_records(got, expected)


# (id, sentence, is the agreement noun's governor a side named of the agreement just told)
LINKS = [
    ("a third side, past", "Третьей стороной соглашения выступило управление занятости.", True),
    ("a participant, present", "Участником соглашения является городской фонд.", True),
    # negatives
    ("a side still to come", "Участником соглашения станет городской фонд.", False),
    ("a side in the nominative", "Участник соглашения — городской фонд.", False),
    ("no side noun", "Основой соглашения стал прошлогодний договор.", False),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(LINKS))
def test_side_of_told_by_link(models: Any, text: str, expected: bool) -> None:
    from soccoop.extract.merge_extra import sides_named_of_told

    sent = first_sentence(models, text)
    assert sides_named_of_told(sent, noun_at(sent)) is expected


# (id, sentence, is the agreement noun only the frame of what is told)
BASES = [
    ("in the development of", "Министр сказал, что в развитие соглашения управление и колледж "
     "подпишут договор.", True),
    ("in fulfilment of", "Во исполнение соглашения фонд откроет два центра.", True),
    # negatives
    ("a plan's genitive", "Утверждён план по реализации соглашения между управлением и "
     "колледжем.", False),
    ("a year of its own", "В развитие соглашения 2019 года стороны откроют центр.", False),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(BASES))
def test_implemented_base(models: Any, text: str, expected: bool) -> None:
    from soccoop.extract.agreements import _terms_reference

    sent = first_sentence(models, text)
    assert _terms_reference(sent, noun_at(sent)) is expected


ACRONYMS = [
    ("the country after the acronym", "ФСИН России", "Федеральная служба исполнения наказаний",
     True),
    ("written RF", "ФСИН РФ", "Федеральная служба исполнения наказаний", True),
    # negatives
    ("another body", "ФССП России", "Федеральная служба исполнения наказаний", False),
    ("a region after it", "ФСИН Москвы", "Федеральная служба исполнения наказаний", False),
]


@pytest.mark.parametrize(("short", "full", "expected"), probes.named_rows(ACRONYMS))
def test_acronym_with_country(short: str, full: str, expected: bool) -> None:
    from soccoop.extract.normalize import acronym_spells

    assert acronym_spells(short, full) is expected


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, merge_extra=("side_of_told_by_link",),
                                          agreements=("implemented_base",),
                                          merge_rules=("_sides_of_later_noun",
                                                       "_later_noun_sides_dropped"))
