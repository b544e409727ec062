"""Agreement identity across documents and name matching: pure functions on hand-made rows."""

from __future__ import annotations

import pytest

from soccoop import identity
from soccoop.names import name_key, name_matches, party_matches, stem

TA = {"name": "Министерство социальной защиты Республики Татарстан", "region": "RU-TA"}
KHM = {"name": "Департамент социального развития Ханты-Мансийского автономного округа — Югры",
       "region": "RU-KHM"}
GOV_TA = {"name": "Правительство Республики Татарстан", "region": "RU-TA"}
GOV_KHM = {"name": "Правительство Ханты-Мансийского автономного округа — Югры",
           "region": "RU-KHM"}


def agr(status="signed", date=None, parties=(TA, KHM), regions=("RU-KHM", "RU-TA"),
        title="соглашение о сотрудничестве", doc="d1", published=None, signatories=()):
    return {"id": "a" + doc + status + str(date), "document": doc, "source": doc + ".txt",
            "status": status, "date": date, "parties": list(parties), "regions": list(regions),
            "title": title, "subject": None, "signatories": list(signatories),
            "published": published, "evidence": {"text": "x", "start": 0, "end": 1}}


@pytest.mark.parametrize("a,b,same", [
    # a signing and a later mention of it: same parties, compatible dates
    (agr("signed", "2023-04-18"), agr("mentioned", "--04-18", doc="d2"), True),
    (agr("signed", "2023-04-18"), agr("planned", "2023-04", doc="d2"), True),
    # same regions, incompatible dates: two agreements
    (agr("signed", "2023-04-18"), agr("signed", "2023-05-18", doc="d2"), False),
    # same regions but a government agreement vs a ministries' one
    (agr("signed", "--04-18"), agr("mentioned", "2002", parties=(GOV_TA, GOV_KHM), doc="d2"),
     False),
    # different subjects do not merge
    (agr(title="соглашение о сотрудничестве в сфере социальной защиты"),
     agr(title="соглашение о сотрудничестве в области образования", doc="d2"), False),
    # a subject stated only once still merges
    (agr(title="соглашение о сотрудничестве в сфере социальной защиты"),
     agr(title="соглашение", doc="d2"), True),
    # different regions
    (agr(), agr(regions=("RU-MOW", "RU-TA"), parties=(TA, {"name": "Правительство Москвы",
                                                            "region": "RU-MOW"}), doc="d2"),
     False),
    # no regions, the same party names in another case: merge on names
    (agr(regions=()), agr(regions=(), doc="d2"), True),
    # a signing without its own date: the publication year stands in
    (agr(published="2023-04-19"), agr("mentioned", "2023-04-18", doc="d2"), True),
    (agr(published="2024-04-19"), agr("mentioned", "2023-04-18", doc="d2"), False),
])
def test_same_agreement(a, b, same):
    merged = identity.identify([a, b])
    assert len(merged) == (1 if same else 2)


def test_merged_view_takes_strongest_status_and_best_date():
    rows = [agr("mentioned", "--04-18", doc="d2", signatories=["Клавдии Новиковой"]),
            agr("signed", "2023", doc="d1", signatories=["Клавдия Новикова", "Т. Успенская"])]
    [m] = identity.identify(rows)
    assert m["status"] == "signed"
    assert m["date"] == "2023-04-18"
    assert m["reports"] == 2
    assert [s["document"] for s in m["sources"]] == ["d2", "d1"]
    assert m["signatories"] == ["Клавдии Новиковой", "Т. Успенская"]
    assert m["regions"] == ["RU-KHM", "RU-TA"]


def test_complete_link_does_not_chain_incompatible_dates():
    rows = [agr(date="2023-04-18", doc="d1"), agr(date=None, status="mentioned", doc="d2"),
            agr(date="2024-01-10", doc="d3")]
    merged = identity.identify(rows)
    assert [[s["document"] for s in m["sources"]] for m in merged] == [["d1", "d2"], ["d3"]]


def test_dedupe_of_nothing():
    assert identity.identify([]) == []


@pytest.mark.parametrize("query,name,match", [
    ("Новикова", "Клавдия Новикова", True),
    ("К. Новикова", "Клавдия Новикова", True),
    ("Клавдии Новиковой", "Клавдия Новикова", True),
    ("новиковой", "Клавдия Новикова", True),
    ("Новикова Клавдия", "Клавдия Новикова", True),
    ("Клавдия Новикова", "К. Новикова", True),
    ("Т. Новикова", "Клавдия Новикова", False),
    ("Новик", "Клавдия Новикова", False),
    ("Новиков", "Иван Новиков", True),
    ("Успенской", "Татьяна Успенская", True),
    ("К.", "Клавдия Новикова", False),
    ("", "Клавдия Новикова", False),
    ("Алёна Шевелёва", "Алена Шевелева", True),
    ("Петрова", "Клавдия Новикова", False),
])
def test_name_matches(query, name, match):
    assert name_matches(query, name) is match


def test_name_key_groups_case_forms():
    assert name_key("Клавдии Новиковой") == name_key("Клавдия Новикова")
    assert stem("соглашения") == stem("соглашение")


@pytest.mark.parametrize("query,name,match", [
    ("Татарстан", TA["name"], True),
    ("татарстана", TA["name"], True),
    ("министерства социальной защиты", TA["name"], True),
    ("Югры", KHM["name"], True),
    ("Москвы", TA["name"], False),
    ("", TA["name"], False),
])
def test_party_matches(query, name, match):
    assert party_matches(query, name) is match
