"""agr59: agreements told as items of a count.

- after a count of agreements ("заключило три соглашения"), an item told by its partner and
  a verb of coming to terms, with no agreement noun in its sentence ("С ООО «Заря»
  министерство договорилось о квотировании рабочих мест"), is one of the counted, with the
  count's status (``agreement_lists.agreed_item``); "договорились встретиться", "не
  договорились", an agreeing verb with no count before it and a sentence naming its own
  agreement noun are not.
"""

from __future__ import annotations

import pytest
from probes import agreements_of, named_rows, party_names

PUB = "2025-05-14"

# (id, text, the partner the item's agreement must name, its status)
AGREED_ITEMS = named_rows([
    ("company_item",
     "Министерство социального развития Пензенской области заключило два соглашения. "
     "С ООО «Сурский хлеб» министерство договорилось о трудоустройстве людей с "
     "инвалидностью. Второе соглашение подписано с АНО «Добрые соседи».",
     "ООО «Сурский хлеб»", "signed"),
    ("university_item_after_signer_line",
     "Министр труда Курской области Ирина Соколова подписала три соглашения. Все документы "
     "она подписала лично. С Курским государственным университетом ведомство "
     "договорилось о практике студентов. Подпись от вуза поставил ректор Павел Громов.",
     "Курский государственный университет", "signed"),
])

# (id, text, a partner that must name no agreement)
NOT_ITEMS = named_rows([
    ("no_count_before",
     "Министерство социального развития Пензенской области провело совещание. С ООО "
     "«Сурский хлеб» министерство договорилось о трудоустройстве людей с инвалидностью.",
     "Сурский хлеб"),
    ("meet_again",
     "Министерство социального развития Пензенской области заключило два соглашения. С "
     "ООО «Сурский хлеб» министерство договорилось встретиться ещё раз в июне.",
     "Сурский хлеб"),
    ("negated",
     "Министерство социального развития Пензенской области заключило два соглашения. С "
     "ООО «Сурский хлеб» министерство не договорилось о квотах.",
     "Сурский хлеб"),
])


@pytest.mark.parametrize("text,partner,status", AGREED_ITEMS)
def test_agreed_item_of_a_count(models, text, partner, status):
    found = agreements_of(models, text, PUB)
    names = [party_names(a) for a in found]
    hits = [a for a in found if any(partner in p.name for p in a.parties)]
    assert hits, names
    assert hits[0].status == status, (hits[0].status, names)


@pytest.mark.parametrize("text,partner", NOT_ITEMS)
def test_no_agreed_item(models, text, partner):
    found = agreements_of(models, text, PUB)
    names = [party_names(a) for a in found]
    assert not any(partner in p.name for a in found for p in a.parties), names
