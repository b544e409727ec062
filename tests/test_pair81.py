"""pair81: a record whose sides are regions named bare, told in a headline or a lead, is
the agreement the body tells again with those regions' bodies
(``merge_extra.region_records_told_by_bodies``); a count whose list is split into one
agreement per partner lends its ordinal items only its own side, not the other items'
partners (``agreement_lists.counted_own_sides``). The scorer pairs gold and records
greedily in order, so an extra region-level record told first steals the pair of the body's
record and costs its status, date and signers."""

from __future__ import annotations

import pytest
from probes import agreement, agreements_of, named_rows

from soccoop.extract.agreement_lists import counted_own_sides
from soccoop.extract.merge_extra import (
    DatedRecords,
    _partner_held,
    region_records_told_by_bodies,
)
from soccoop.models import Party

PUB = "2025-03-12"

THREE = ("Уральская линия\n\n12 марта 2025\n\n"
         "Курганская область, Тюменская область и Югра подписали соглашение о долговременном "
         "уходе\n\n"
         "ТЮМЕНЬ, 12 марта. Трёхстороннее соглашение подписано вчера в Тюмени на заседании "
         "совета губернаторов. Сторонами соглашения стали Правительство Курганской области, "
         "Правительство Тюменской области и Правительство Ханты-Мансийского автономного "
         "округа — Югры. Документ подписан заместителем губернатора Курганской области Ириной "
         "Смирновой, заместителем губернатора Тюменской области Павлом Орловым и заместителем "
         "губернатора Югры Анной Беловой.")

PAGES = [
    # positive: on main the headline's three regions made a record of their own, first
    ("three_regions_then_their_governments", THREE,
     [("signed", "Правительство Курганской области", ["Ирина Смирнова"])]),
    # negative: a recalled agreement of the regions stays beside today's signing
    ("regions_recalled_beside_signing",
     THREE + " Напомним, Курганская и Тюменская области заключили соглашение о "
     "сотрудничестве в 2019 году.",
     [("signed", "Правительство Курганской области", ["Ирина Смирнова"]),
      ("mentioned", "Курганская область", [])]),
]


@pytest.mark.parametrize("text, expected", named_rows(PAGES))
def test_region_record_told_by_bodies(models, text, expected):
    found = agreements_of(models, text, PUB)
    assert len(found) == len(expected), [(a.status, [p.name for p in a.parties]) for a in found]
    for a, (status, side, signers) in zip(found, expected, strict=True):
        assert a.status == status
        assert any(p.name == side for p in a.parties), [p.name for p in a.parties]
        assert all(s in a.signatories for s in signers)


def _agreement(status, date, sides, signers=(), at=0):
    return agreement(status, sides, signers, date, at)


KGN = ("Курганская область", "RU-KGN")
TYU = ("Тюменская область", "RU-TYU")
KGN_DEP = ("Департамент социальной защиты населения Курганской области", "RU-KGN")
TYU_DEP = ("Департамент социального развития Тюменской области", "RU-TYU")
UNI = ("Курганский государственный университет", "RU-KGN")
FUND = ("Фонд «Заря»", None)
FUND_FULL = ("Благотворительный фонд помощи пожилым людям", None)
OTHER_FUND = ("Фонд «Рассвет»", None)

# (case, headline text, the region-level record, the body's record, records left, date)
RECORDS = [
    ("regions_for_their_departments", "Курган и Тюмень подписали соглашение.",
     _agreement("signed", None, [KGN, TYU]),
     _agreement("signed", "2025-03-11", [KGN_DEP, TYU_DEP], ["Ирина Смирнова"], 200),
     1, "2025-03-11"),
    ("headline_dates_the_body", "Курган и Тюмень подписали соглашение 11 марта.",
     _agreement("signed", "2025-03-11", [KGN, TYU]),
     _agreement("signed", None, [KGN_DEP, TYU_DEP], [], 200), 1, "2025-03-11"),
    ("fund_named_by_its_kind", "Фонд «Заря» и Курган подписали соглашение.",
     _agreement("signed", None, [FUND, KGN]),
     _agreement("signed", None, [FUND_FULL, KGN_DEP], [], 200), 1, None),
    ("plan_put_off_takes_the_later_time",
     "Подписание соглашения Кургана и Тюмени перенесли на май.",
     _agreement("planned", "2025-05", [KGN, TYU]),
     _agreement("planned", "2025-03-20", [KGN_DEP, TYU_DEP], [], 200), 1, "2025-05"),
    # negatives
    ("plan_not_put_off_keeps_apart", "Соглашение Кургана и Тюмени подпишут в мае.",
     _agreement("planned", "2025-05", [KGN, TYU]),
     _agreement("planned", "2025-03-20", [KGN_DEP, TYU_DEP], [], 200), 2, "2025-03-20"),
    ("other_status", "Курган и Тюмень подписали соглашение.",
     _agreement("mentioned", "2019", [KGN, TYU]),
     _agreement("signed", None, [KGN_DEP, TYU_DEP], [], 200), 2, None),
    ("one_region_without_a_body", "Курган и Тюмень подписали соглашение.",
     _agreement("signed", None, [KGN, TYU]),
     _agreement("signed", None, [KGN_DEP, UNI], [], 200), 2, None),
    ("partner_not_held", "Фонд «Заря» и Курган подписали соглашение.",
     _agreement("signed", None, [FUND, KGN]),
     _agreement("signed", None, [KGN_DEP, UNI], [], 200), 2, None),
    ("another_named_fund", "Фонд «Заря» и Курган подписали соглашение.",
     _agreement("signed", None, [FUND, KGN]),
     _agreement("signed", None, [OTHER_FUND, KGN_DEP], [], 200), 2, None),
    ("region_record_with_signers", "Курган и Тюмень подписали соглашение.",
     _agreement("signed", None, [KGN, TYU], ["Павел Орлов"]),
     _agreement("signed", None, [KGN_DEP, TYU_DEP], [], 200), 2, None),
]


@pytest.mark.parametrize("text, regional, bodies, left, date", named_rows(RECORDS))
def test_region_records_told_by_bodies(models, text, regional, bodies, left, date):
    analysis = models.analyse(text)
    records = [regional, bodies]
    region_records_told_by_bodies(DatedRecords(records, analysis.sentences))
    assert len(records) == left
    assert records[-1] is bodies
    assert bodies.date == date


HELD = [
    ("shorter_name", "Социальный фонд",
     "Отделение Социального фонда по Зауралью", True),
    ("kind_for_named_fund", "Фонд «Заря»", "Благотворительный фонд помощи пожилым людям", True),
    ("two_named_funds", "Фонд «Заря»", "Фонд «Рассвет»", False),
    ("other_body", "Курганский государственный университет",
     "Департамент социальной защиты населения Курганской области", False),
]


@pytest.mark.parametrize("mine, theirs, expected", named_rows(HELD))
def test_partner_held(mine, theirs, expected):
    assert _partner_held(Party(mine, None), Party(theirs, None)) is expected


def _count(models, text, sides, group):
    from soccoop.extract.agreement_types import _Candidate, _Party

    analysis = models.analyse(text)
    sent = analysis.sentences[0]
    k = next(i for i, t in enumerate(sent.tokens) if t.text.lower().startswith("соглашени"))
    parties = []
    for name, code in sides:
        at = sent.start + text.index(name[:12])
        parties.append(_Party(name, [code] if code else [], at, at + len(name), models))
    return _Candidate(sent, sent.tokens[k], "signed", "", set(), parties, [], None,
                      count=2, group=group)


def _item(models, sides):
    from soccoop.extract.agreement_types import _Candidate, _Party

    text = "Второй документ подписан в тот же день."
    sent = models.analyse(text).sentences[0]
    parties = [_Party(name, [code], 0, 1, models) for name, code in sides]
    return _Candidate(sent, sent.tokens[1], "signed", "", set(), parties, [], None,
                      ordinal=True)


SPLIT = ("Фонд «Заря» подписал два соглашения — с департаментом Курганской области и с "
         "министерством Омской области.")
WITH_ONE = "Фонд «Заря» подписал два соглашения с департаментом Курганской области."
ZARYA = ("Фонд «Заря»", None)
KGN_PARTNER = ("департаментом Курганской области", "RU-KGN")
OMS_MIN = [("Министерство труда Омской области", "RU-OMS")]
COUNTS = [
    # positive: a split list's partner is its own item's, not the item of another region's
    ("split_list_partner_left_out", SPLIT, [ZARYA, KGN_PARTNER], 0, OMS_MIN,
     ["Фонд «Заря»"]),
    # negatives: an unsplit count's partner is shared by its items
    ("unsplit_count_keeps_partner", WITH_ONE, [ZARYA, KGN_PARTNER], -1, OMS_MIN,
     ["Фонд «Заря»", "департаментом Курганской области"]),
    # an item naming no side of another region is the listed partner's own
    ("item_of_the_same_region", SPLIT, [ZARYA, KGN_PARTNER], 0,
     [("Министерство Курганской области", "RU-KGN")],
     ["Фонд «Заря»", "департаментом Курганской области"]),
    ("item_without_sides", SPLIT, [ZARYA, KGN_PARTNER], 0, [],
     ["Фонд «Заря»", "департаментом Курганской области"]),
    ("only_partners_kept", SPLIT, [KGN_PARTNER], 0, OMS_MIN, ["департаментом Курганской области"]),
]


@pytest.mark.parametrize("text, sides, group, item, expected", named_rows(COUNTS))
def test_counted_own_sides(models, text, sides, group, item, expected):
    c = _count(models, text, sides, group)
    assert [p.name for p in counted_own_sides(c, _item(models, item))] == expected


PAIR81_FUNCTIONS = [
    ("merge_extra", "region_records_told_by_bodies"), ("merge_extra", "_bare_region"),
    ("merge_extra", "_regions_of"), ("merge_extra", "_told_by_bodies"),
    ("merge_extra", "_partner_held"), ("merge_extra", "_stems"),
    ("merge_extra", "_put_off_later"), ("agreement_lists", "counted_own_sides"),
]


def test_docstrings_quote_no_dev_text() -> None:
    import probes

    quoted = probes.docstrings_quoting_dev_texts(PAIR81_FUNCTIONS)
    assert not quoted, quoted
