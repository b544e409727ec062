"""fix79: date76's addendum and accession rules narrowed. An addendum stands apart from the
agreement it adds to only when that base is told with a time of its own
(``merge_rules._base_of_its_own_time``); a joining still to come places no accession before
the agreement joined (``merge_rules.joining_to_come``). In our own words.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.merge_rules import MERGE_PASSES, addendum_beside_base

TAMBOV = "Управлением социальной защиты населения Тамбовской области"
LIPETSK = "Министерством социальной политики Липецкой области"

# --- an addendum and its base: apart only when the base has a time of its own ------------


@pytest.mark.slow
@pytest.mark.parametrize(("base", "expected"), [
    # positive: no time of the base's own: one agreement of those sides, signed
    (f"к соглашению между {TAMBOV} и {LIPETSK}", ["signed"]),
    # negative: a span of years of its own: the base is another agreement, mentioned
    (f"к соглашению между {TAMBOV} и {LIPETSK} на 2023–2025 годы", ["signed", "mentioned"]),
    # negative: a day of its own
    (f"к соглашению от 5 июня 2018 года между {TAMBOV} и {LIPETSK}",
     ["signed", "mentioned"]),
])
def test_addendum_apart_only_from_a_dated_base(models: Any, base: str,
                                               expected: list[str]) -> None:
    text = f"Вчера подписано дополнительное соглашение {base}.\n"
    found = probes.status_dates(models, text, "2025-03-12")
    assert [st for st, _ in found] == expected, found


@pytest.mark.slow
def test_drafts_of_further_documents_stay_with_the_joined_agreement(models: Any) -> None:
    # positive: the drafts of a joining's documents are no plan of the sides' agreement
    text = ("В 2021 году Управление социальной защиты населения Тамбовской области и "
            "Министерство социальной политики Липецкой области заключили соглашение о "
            "взаимодействии. На совещании обсудили присоединение к соглашению Орловской области "
            "и Республики Мордовия: проекты дополнительных соглашений решено подготовить до "
            "весны.\n")
    found = [st for st, _ in probes.status_dates(models, text, "2025-03-12")]
    assert found == ["mentioned", "mentioned"], found


def test_pass_still_in_table() -> None:
    assert addendum_beside_base in MERGE_PASSES


# --- a joining still to come places no accession before the agreement joined --------------

JOINING = ("{lead} социально-реабилитационный центр Мичуринского района {verb} к соглашению "
           "о взаимодействии между управлением социальной защиты населения Тамбовской "
           "области и министерством социальной политики Липецкой области.\n\nДополнительное "
           "соглашение о присоединении подписали начальник управления Ольга Смирнова и "
           "директор центра Павел Орлов.\n")


@pytest.mark.slow
@pytest.mark.parametrize(("lead", "verb", "last"), [
    # positive: a joining to come: the agreement joined first, the accession (undated) last
    ("В четверг, 20 марта,", "присоединится", ("signed", None)),
    # negative: a joining done still dates the accession by the joining's day
    ("В четверг, 6 марта,", "присоединился", ("signed", "2025-03-06")),
])
def test_accession_order_by_the_joining_tense(models: Any, lead: str, verb: str,
                                              last: tuple[str, str | None]) -> None:
    found = probes.status_dates(models, JOINING.format(lead=lead, verb=verb), "2025-03-12")
    assert found[-1] == last, found
