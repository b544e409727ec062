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


@pytest.mark.parametrize("rows,date,anchored,from_published", [
    # a stated date
    ([agr(date="2023-04-18")], "2023-04-18", False, False),
    # "18 апреля" in an article of 19 April 2023: anchored to the publication day
    ([{**agr(date="2023-04-18", published="2023-04-19"), "date_anchored": True}],
     "2023-04-18", True, False),
    # no report dates the signing: the publication year stands in, and the row says so
    ([agr(published="2023-04-19"), agr("mentioned", doc="d2", published="2023-04-20")],
     "2023", False, True),  # the year only: copies appear days later
    # nothing known: no date is invented
    ([agr()], None, False, False),
])
def test_merged_date_says_how_it_is_known(rows, date, anchored, from_published):
    [m] = identity.identify(rows)
    assert (m["date"], m["date_anchored"], m["date_from_published"]) == (
        date, anchored, from_published)


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


# -- republished and lightly edited copies (issue 11) -------------------------------------

MOW_DEP = {"name": "Столичный Департамент труда и соцзащиты", "region": "RU-MOW"}
LPR_ADM = {"name": "Администрация Луганска", "region": "RU-LPR"}
LPR_MIN = {"name": "Министерство труда и социальной политики Луганской Народной Республики",
           "region": "RU-LPR"}


def originals():
    """Reports as five original texts give them (one text reports two agreements)."""
    return [
        agr("signed", "--04-18", doc="t0"),
        agr("mentioned", "2002", parties=(GOV_KHM, GOV_TA), doc="t0"),
        agr("planned", None, doc="t1",
            parties=({"name": "Министерство труда, занятости и социальной защиты Республики "
                              "Татарстан", "region": "RU-TA"}, KHM)),
        agr("mentioned", None, parties=(MOW_DEP, LPR_ADM, LPR_MIN),
            regions=("RU-LPR", "RU-MOW"), doc="t2"),
        agr("mentioned", None, doc="t3", regions=("RU-KOS", "RU-LPR"),
            parties=({"name": "Костромская область", "region": "RU-KOS"},
                     {"name": "Меловский район Луганской Народной Республики",
                      "region": "RU-LPR"})),
    ]


def republished(rows, outlets):
    """Every report again from each outlet: another document, another directory, marked as
    a copy of the original text."""
    out = []
    for n in range(1, outlets + 1):
        for r in rows:
            doc = f"{r['document']}-{n}"
            out.append({**r, "document": doc, "source": f"outlet-{n}/{r['document']}.txt",
                        "copy_of": r["document"]})
    return out


def partition(merged):
    return sorted(sorted(s["document"] for s in a["sources"]) for a in merged)


def test_republished_copies_give_the_agreements_of_the_originals():
    base = identity.identify(originals())
    merged = identity.identify(originals() + republished(originals(), 60))
    assert [(a["id"], a["status"], a["date"], a["regions"]) for a in merged] == \
        [(a["id"], a["status"], a["date"], a["regions"]) for a in base]
    assert len(merged) == 4
    for a, b in zip(merged, base, strict=True):
        assert a["reports"] == 61 * b["reports"]
        assert a["copies"] == 60 * b["reports"]
        assert a["outlets"] == 61  # the originals' directory and 60 outlets


def test_copies_merge_in_any_order():
    rows = originals() + republished(originals(), 5)
    forward = identity.identify(rows)
    backward = identity.identify(rows[::-1])
    assert partition(forward) == partition(backward)
    assert {a["id"] for a in forward} == {a["id"] for a in backward}


def test_two_bodies_of_one_region_are_not_a_conflict():
    """A city administration and a republic ministry of one region, reported 60 times."""
    row = originals()[3]
    [m] = identity.identify([row] + republished([row], 59))
    assert m["reports"] == 60
    assert [p["name"] for p in m["parties"]] == [MOW_DEP["name"], LPR_ADM["name"],
                                                 LPR_MIN["name"]]


def test_parties_are_canonical_bodies_fullest_name_kept():
    [signed, _gov] = identity.identify(originals()[:3])
    assert signed["reports"] == 2
    assert signed["parties"] == [
        {"name": "Министерство труда, занятости и социальной защиты Республики Татарстан",
         "region": "RU-TA"}, KHM]


@pytest.mark.parametrize("edit", [
    {"title": "Соглашение о сотрудничестве в сфере социальной защиты населения"},
    {"date": "2023-04-18"},  # a copy that knows the year
    {"date": None, "published": "2023-04-20"},  # a copy that drops the date
    {"status": "mentioned"},
    {"parties": [{"name": "Минсоцзащиты Татарстана", "region": "RU-TA"}, KHM]},
    {"parties": [{"name": "Министерство социальной защиты РТ", "region": "RU-TA"},
                 {"name": "Правительство Югры", "region": "RU-KHM"}, KHM]},
    {"signatories": ["К. Новикова"]},
])
def test_lightly_edited_copies_are_one_agreement(edit):
    base = agr("signed", "--04-18", title="соглашение о сотрудничестве в сфере социальной "
               "защиты", signatories=["Клавдия Новикова"])
    copies = [{**base, "document": f"c{i}", "source": f"o{i}/x.txt", **edit} for i in range(20)]
    [m] = identity.identify([base] + copies)
    assert m["reports"] == 21 and m["outlets"] == 21
    assert len(m["parties"]) == 2 + (edit == {"parties": [
        {"name": "Министерство социальной защиты РТ", "region": "RU-TA"},
        {"name": "Правительство Югры", "region": "RU-KHM"}, KHM]})


@pytest.mark.parametrize("a,b", [
    # one year, two dates
    (agr("signed", "2023-04-18"), agr("signed", "2023-09-10", doc="d2")),
    # one year, two subjects
    (agr("signed", "2023", title="соглашение о сотрудничестве в сфере социальной защиты"),
     agr("signed", "2023", title="соглашение о сотрудничестве в сфере туризма", doc="d2")),
    # one year, the governments' agreement and the ministries'
    (agr("signed", "2023"), agr("signed", "2023", parties=(GOV_TA, GOV_KHM), doc="d2")),
])
def test_two_agreements_between_the_same_regions_in_one_year_stay_two(a, b):
    rows = [a, b] + republished([a, b], 30)
    merged = identity.identify(rows)
    assert len(merged) == 2
    assert [m["reports"] for m in merged] == [31, 31]
    assert len({m["id"] for m in merged}) == 2


def test_ids_stay_unique_when_report_ids_collide():
    a = agr("signed", "2023-04-18")
    b = {**agr("signed", "2024-01-10", doc="d2"), "id": a["id"]}
    merged = identity.identify([a, b])
    assert len(merged) == 2 and merged[0]["id"] == a["id"] and merged[1]["id"] != a["id"]


def test_a_report_is_compared_with_its_region_set_and_year_only(monkeypatch):
    """Linear cost: 300 agreements of other regions or years are never candidates."""
    rows = [agr("signed", f"{1900 + i}-01-01", doc=f"y{i}") for i in range(150)]
    rows += [agr("signed", "2023-04-18", regions=("RU-TA", f"RU-X{i}"), doc=f"r{i}",
                 parties=(TA, {"name": f"Министерство {i}", "region": f"RU-X{i}"}))
             for i in range(150)]
    ident = identity.Identity()
    for r in rows:
        ident.add(r)
    calls = []
    real = identity._Cluster.accepts
    monkeypatch.setattr(identity._Cluster, "accepts",
                        lambda self, feat: calls.append(1) or real(self, feat))
    ident.add(agr("mentioned", "1950", doc="new"))
    assert len(calls) == 1
    assert ident.clusters[50].rows[-1]["document"] == "new"


@pytest.mark.parametrize("source,outlet,expected", [
    ("archive/ria/1.txt", None, "archive/ria"),
    ("https://www.tatar-inform.ru/news/1", None, "tatar-inform.ru"),
    ("archive/ria/1.txt", "ria.ru", "ria.ru"),
    ("-", None, "-"),
    ("x.txt", None, "."),
    ("", None, "-"),
])
def test_outlet_of(source, outlet, expected):
    assert identity.outlet_of(source, outlet) == expected


FUND = {"name": "Благотворительный фонд «Открытые сердца»", "region": None}
UNIV = {"name": "Тюменский государственный университет", "region": None}
TYU = {"name": "Департамент социального развития Тюменской области", "region": "RU-TYU"}


@pytest.mark.parametrize("a,b,same", [
    # one region's agreements with two different partners that have no region: two
    (agr(parties=(TYU, FUND), regions=("RU-TYU",)),
     agr(parties=(TYU, UNIV), regions=("RU-TYU",), doc="d2"), False),
    # the same partner named again in another report: one
    (agr(parties=(TYU, UNIV), regions=("RU-TYU",)),
     agr("mentioned", parties=(TYU, {"name": "Тюменского государственного университета",
                                    "region": None}), regions=("RU-TYU",), doc="d2"), True),
    # a report that names only the region's side still joins
    (agr(parties=(TYU, UNIV), regions=("RU-TYU",)),
     agr("mentioned", parties=(TYU,), regions=("RU-TYU",), doc="d2"), True),
    # two agreements of one document stay two, whatever their parties
    (agr(), agr("mentioned"), False),
])
def test_partners_and_documents_tell_agreements_apart(a, b, same):
    assert len(identity.identify([a, b])) == (1 if same else 2)


def test_rows_without_a_document_still_merge():
    a, b = agr(), agr("mentioned", "--04-18")
    a.pop("document"), b.pop("document")
    assert len(identity.identify([a, b])) == 1
