"""Same agreement reported twice, near-copy articles, and name matching: pure functions."""

from __future__ import annotations

import pytest

from soccoop import cluster
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
    merged = cluster.dedupe_agreements([a, b])
    assert len(merged) == (1 if same else 2)


def test_merged_view_takes_strongest_status_and_best_date():
    rows = [agr("mentioned", "--04-18", doc="d2", signatories=["Клавдии Новиковой"]),
            agr("signed", "2023", doc="d1", signatories=["Клавдия Новикова", "Т. Успенская"])]
    [m] = cluster.dedupe_agreements(rows)
    assert m["status"] == "signed"
    assert m["date"] == "2023-04-18"
    assert m["reports"] == 2
    assert [s["document"] for s in m["sources"]] == ["d2", "d1"]
    assert m["signatories"] == ["Клавдии Новиковой", "Т. Успенская"]
    assert m["regions"] == ["RU-KHM", "RU-TA"]


def test_complete_link_does_not_chain_incompatible_dates():
    rows = [agr(date="2023-04-18", doc="d1"), agr(date=None, status="mentioned", doc="d2"),
            agr(date="2024-01-10", doc="d3")]
    merged = cluster.dedupe_agreements(rows)
    assert [[s["document"] for s in m["sources"]] for m in merged] == [["d1", "d2"], ["d3"]]


def test_dedupe_of_nothing():
    assert cluster.dedupe_agreements([]) == []


BASE = ("Министр социальной защиты Татарстана Клавдия Новикова и директор департамента "
        "социального развития Югры Татьяна Успенская подписали в Казани соглашение о "
        "сотрудничестве в сфере социальной защиты населения на ближайшие пять лет. Стороны "
        "будут обмениваться опытом работы с пожилыми людьми, семьями с детьми и инвалидами, "
        "проводить совместные семинары и стажировки специалистов.")


@pytest.mark.parametrize("other,copy", [
    (BASE + " Источник: пресс-служба министерства.", True),
    (BASE.replace("Казани", "Казани вчера"), True),
    ("Правительство Москвы и Тюменская область договорились о сотрудничестве в сфере занятости "
     "населения, сообщили в пресс-службе мэрии. Соглашение подпишут осенью.", False),
    ("", False),
])
def test_near_copies(other, copy):
    a, b = cluster.shingles(BASE), cluster.shingles(other)
    assert (cluster.jaccard(a, b) >= cluster.COPY_THRESHOLD) is copy
    sa, sb = cluster.minhash(a), cluster.minhash(b)
    if copy:
        assert sa is not None and sb is not None
        # LSH finds the candidate: at least one band in common
        assert set(cluster.bands(sa)) & set(cluster.bands(sb))
        assert cluster.estimate(sa, sb) > 0.6


@pytest.mark.parametrize("text", ["", "   ", "123", "\x00\x01", "слово", "а " * 100000])
def test_signatures_never_crash(text):
    sig = cluster.minhash(cluster.shingles(text))
    if sig is not None:
        assert len(sig) == cluster.NUM_HASHES
        assert cluster.unpack(cluster.pack(sig)) == sig


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
