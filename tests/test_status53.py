"""status53 (round 53): the status of agreements with a history, pooled over the dev rounds
(extended, supplemented, renewed; items of a list of documents signed at once).

- a list item naming an addendum ("3) Дополнительное соглашение о продлении ... действия
  соглашения с X") under a lead telling its documents signed is one of them, signed as the
  lead tells, and a document of its own (``agreement_lists.addendum_with_partner``, read by
  ``agreement_lists.list_item_lead``);
- an ordinal item told by a dash ("Второй документ — соглашение между A и B") whose
  paragraph then tells signatures put ("Подписи поставили министр и председатель") is
  signed (``status._ordinal_subject``, ``status.signatures_put``, read by
  ``status.ordinal_signed_later``);
- a year after the publication's is no signing's date: a signing told done with a term in
  its noun's phrase ("Соглашение ... до 2027 года подписали ...") is signed, not history
  (``candidate_status.year_after_publication``, ``candidate_status._older_than_publication``).

The negatives keep each reading to its shape: a plain item naming a partner by "с" (no
addendum), an ordinal item with its signatures not put or not told, a past year. Every probe is
written here, in words of its own."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.candidate_status import (
    _older_than_publication,
    year_after_publication,
)

PUB = "2025-01-22"
VETERANS = "Озёрный союз ветеранов"
POST = "Озёрная почтовая служба"

LIST = """Вчера в Озёрске подписаны три новых документа.

1) Соглашение о реабилитации между Лесным фондом помощи инвалидам и министерством социальной \
защиты Озёрного края.

2) Соглашение о досуге пожилых между Озёрным союзом ветеранов и министерством социальной \
защиты Озёрного края.

3) {third} Озёрной почтовой службой о доставке пенсий.
"""


@pytest.mark.parametrize(("case", "third", "expected"), [
    # fails on b53dev: "mentioned" (an item naming no sides after "между")
    ("an addendum item", "Дополнительное соглашение о продлении на четыре года действия "
     "соглашения с", "signed"),
    # negative: a plain item naming one side by its kind refers back, as before
    ("a plain item", "Соглашение министерства с", "mentioned"),
])
def test_addendum_list_item(models, case: str, third: str, expected: str) -> None:
    text = LIST.format(third=third)
    assert probes.status_of_side(models, text, PUB, POST) == expected, case


# fixreg53: (id, item, whether its addendum names a partner by "с"). The date's "с" and
# "со стороны" (failing on m53) name none; another adjective may stand between the
# addendum's adjective and its noun (failing on m53); guards: a partner after adjectives,
# no addendum adjective at all.
ADDENDUM_ROWS = [
    ("date_from", "Дополнительное соглашение о продлении действия договора с 1 марта "
     "2029 года.", False),
    ("on_behalf_of", "Дополнительное соглашение о продлении договора со стороны Озёрного "
     "союза ветеранов.", False),
    ("adjective_between", "Дополнительное трёхстороннее соглашение о продлении договора с "
     "Озёрной почтовой службой.", True),
    ("partner_after_adjectives", "Дополнительное соглашение о продлении договора с районным "
     "союзом пенсионеров.", True),
    ("no_addendum", "Соглашение о продлении договора с районным союзом пенсионеров.", False),
]


@pytest.mark.parametrize(("case", "item", "expected"), ADDENDUM_ROWS,
                         ids=[r[0] for r in ADDENDUM_ROWS])
def test_addendum_with_partner(models, case: str, item: str, expected: bool) -> None:
    from soccoop.extract.agreement_lists import addendum_with_partner
    toks = models.analyse(item).sentences[0].tokens
    k = next(n for n, t in enumerate(toks) if t.lemma == "соглашение")
    assert addendum_with_partner(toks, k) is expected, case


def test_addendum_list_item_is_its_own_record(models) -> None:
    """The addendum item keeps its own record: three items, three records."""
    text = LIST.format(third="Дополнительное соглашение о продлении на четыре года действия "
                       "соглашения с")
    assert len(probes.status_date_parties(models, text, PUB)) == 3


ORDINALS = """Сегодня в министерстве социальной защиты Озёрного края подписаны два соглашения.

Первый документ — соглашение между министерством социальной защиты Озёрного края и Лесным \
фондом помощи инвалидам. Фонд будет оплачивать протезы. Документ подписали министр Иван \
Петров и директор фонда Анна Котова.

Второй документ — соглашение между министерством социальной защиты Озёрного края и Озёрным \
союзом ветеранов. Союз будет проводить встречи для пенсионеров. {last}
"""


@pytest.mark.parametrize(("case", "last", "expected"), [
    # fails on b53dev: "mentioned" (the dash's parse, and signatures under no document)
    ("signatures put", "Подписи поставили министр Иван Петров и председатель союза Пётр "
     "Иванов.", "signed"),
    # negatives: signatures not put, no signing told
    ("signatures not put", "Подписи пока не поставили: текст ещё согласуют юристы.",
     "mentioned"),
    ("nothing told", "Встречи начнутся в марте.", "mentioned"),
])
def test_ordinal_dash_item(models, case: str, last: str, expected: str) -> None:
    text = ORDINALS.format(last=last)
    assert probes.status_of_side(models, text, PUB, VETERANS) == expected, case


@pytest.mark.parametrize(("case", "when", "expected"), [
    # fails on b53dev: ("mentioned", "2027"), the term read as a past year; signed, the
    # date is the publication's stand-in ("")
    ("a term ahead", "до 2027 года", ("signed", "")),
    # negative: a past year is history
    ("a past year", "в 2019 году", ("mentioned", "2019")),
])
def test_year_after_publication(models, case: str, when: str,
                                expected: tuple[str, str]) -> None:
    text = (f"Соглашение о сотрудничестве {when} подписали министр социальной защиты "
            "Озёрного края Иван Петров и председатель Озёрного союза ветеранов Пётр Иванов.")
    found = [(r[0], r[1]) for r in probes.status_date_parties(models, text, PUB)]
    assert found == [expected], case


@pytest.mark.parametrize(("date", "published", "expected"), [
    ("2027", "2025-01-22", True),
    ("2026-03", "2025-12-30", True),
    # negatives: the same or an earlier year, no publication
    ("2025", "2025-01-22", False),
    ("2019-05-04", "2025-01-22", False),
    ("2027", None, False),
])
def test_year_after_publication_unit(date: str, published: str | None,
                                     expected: bool) -> None:
    assert year_after_publication(date, published) is expected


@pytest.mark.parametrize(("date", "published", "expected"), [
    ("2027", "2025-01-22", False),  # fails on b53dev: True (a year alone was history)
    ("2019", "2025-01-22", True),
    ("2024-11-02", "2025-01-22", True),
    ("2025-01-21", "2025-01-22", False),
])
def test_older_than_publication(date: str, published: str, expected: bool) -> None:
    assert _older_than_publication(date, published) is expected


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, agreement_lists=("addendum_with_partner",),
                                          with_partner=("partner_noun_after",),
                                          status=("signatures_put", "_ordinal_subject",
                                                  "_ordinal_document"),
                                          candidate_status=("year_after_publication",
                                                            "_older_than_publication"))
