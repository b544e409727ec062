"""The gazetteer data and lookups; no NLP models needed."""

from __future__ import annotations

import pytest

from soccoop import gazetteer as g


def test_all_89_subjects_with_unique_codes_and_numbers() -> None:
    regions = g.load()
    assert len(regions) == 89
    assert len({r.code for r in regions}) == 89
    assert len({r.number for r in regions}) == 89
    assert all(len(r.number) == 2 and r.number.isdigit() for r in regions)
    assert len({r.district for r in regions}) == 8
    assert all(r.code.startswith("RU-") and r.name for r in regions)


def test_no_key_points_to_two_regions() -> None:
    owner: dict[str, str] = {}
    for r in g.load():
        for v in (r.name, *r.aliases, *r.adjectives, *r.capitals, *r.cities):
            k = g.normalize_key(v)
            assert owner.setdefault(k, r.code) == r.code, (v, owner[k], r.code)


@pytest.mark.parametrize(
    "query, code",
    [
        ("ХМАО", "RU-KHM"),
        ("хмао", "RU-KHM"),
        ("Югра", "RU-KHM"),
        ("RU-KHM", "RU-KHM"),
        ("ru-khm", "RU-KHM"),
        ("Ханты-Мансийский автономный округ — Югра", "RU-KHM"),
        ("Ханты-Мансийский автономный округ - Югра", "RU-KHM"),
        ("Ханты-Мансийский автономный округ–Югра", "RU-KHM"),
        ("  ханты-мансийский   автономный округ  ", "RU-KHM"),
        ("ХМАО-Югра", "RU-KHM"),
        ("Ханты-Мансийск", "RU-KHM"),
        ("86", "RU-KHM"),
        ("16", "RU-TA"),
        ("РТ", "RU-TA"),
        ("Казань", "RU-TA"),
        ("Республика Татарстан", "RU-TA"),
        ("7", "RU-KB"),
        ("Москва", "RU-MOW"),
        ("московский", "RU-MOW"),
        ("Подмосковье", "RU-MOS"),
        ("Московская область", "RU-MOS"),
        ("Питер", "RU-SPE"),
        ("СПб", "RU-SPE"),
        ("Ленинградская область", "RU-LEN"),
        ("ЛНР", "RU-LPR"),
        ("Луганская Народная Республика", "RU-LPR"),
        ("ДНР", "RU-DPR"),
        ("Крым", "RU-CR"),
        ("Севастополь", "RU-SEV"),
        ("Херсонская область", "RU-KHE"),
        ("Запорожская область", "RU-ZAP"),
        ("Орел", "RU-ORL"),
        ("Орёл", "RU-ORL"),
        ("Республика Саха (Якутия)", "RU-SA"),
        ("Кузбасс", "RU-KEM"),
        ("Алтайский край", "RU-ALT"),
        ("Горный Алтай", "RU-AL"),
        ("Чувашская Республика — Чувашия", "RU-CU"),
    ],
)
def test_resolve(query: str, code: str) -> None:
    r = g.resolve(query)
    assert r is not None and r.code == code


@pytest.mark.parametrize(
    "query",
    ["", "   ", "Алтай", "Беларусь", "Казахстан", "РБ", "00", "999", "RU-XX", "российский",
     "\x00\x1f", "1" * 10_000, "-", "—"],
)
def test_resolve_gives_nothing(query: str) -> None:
    assert g.resolve(query) is None


def test_by_code() -> None:
    assert g.by_code("ru-mow").name == "Москва"  # type: ignore[union-attr]
    assert g.by_code("RU-KHM").name == "Ханты-Мансийский автономный округ — Югра"  # type: ignore[union-attr]
    assert g.by_code("nope") is None


@pytest.mark.parametrize(
    "a, b",
    [("Ханты-Мансийский автономный округ — Югра", "ханты-мансийский автономный округ-югра"),
     ("Ханты-Мансийский автономный округ - Югра", "ханты-мансийский автономный округ-югра"),
     ("Орёл", "орел"), ("Кемеровская область —  Кузбасс", "кемеровская область-кузбасс")],
)
def test_normalize_key(a: str, b: str) -> None:
    assert g.normalize_key(a) == g.normalize_key(b) == b


def test_table_rows() -> None:
    assert len(g.table_rows(None)) == 89
    assert [r["code"] for r in g.table_rows("ХМАО")] == ["RU-KHM"]
    rows = g.table_rows("Уральский")
    assert {r["code"] for r in rows} >= {"RU-KHM", "RU-SVE", "RU-YAN"}
    keys = {"code", "name", "number", "district", "aliases", "capitals"}
    assert all(set(r) == keys for r in rows)
    assert g.table_rows("zzzz") == []


@pytest.mark.parametrize(
    "query, code",
    [
        ("Татарстана", "RU-TA"),
        ("Татарстаном", "RU-TA"),
        ("Республики Татарстан", "RU-TA"),
        ("Югры", "RU-KHM"),
        ("Ханты-Мансийский АО", "RU-KHM"),
        ("Ханты-Мансийского автономного округа — Югры", "RU-KHM"),
        ("Костромской области", "RU-KOS"),
        ("Костромская обл.", "RU-KOS"),
        ("г. Москва", "RU-MOW"),
        ("город Москве", "RU-MOW"),
        ("Московской области", "RU-MOS"),
        ("Луганской Народной Республики", "RU-LPR"),
        ("Санкт-Петербурга", "RU-SPE"),
        ("Кемеровской области — Кузбасса", "RU-KEM"),
        ("Республики Алтай", "RU-AL"),
        ("ХМАО", "RU-KHM"),
    ],
)
def test_lookup_any_case_form(query: str, code: str) -> None:
    r = g.lookup(query)
    assert r is not None and r.code == code


@pytest.mark.parametrize("query", ["Алтая", "министерства", "социальной", "труда",
                                   "Федерации", "г.", "", "Нарния", "1" * 500])
def test_lookup_gives_nothing(query: str) -> None:
    assert g.lookup(query) is None


def test_lookup_leaves_resolve_exact() -> None:
    """Extractors rely on resolve: it must not start accepting case forms."""
    assert g.resolve("Татарстана") is None and g.lookup("Татарстана") is not None


@pytest.mark.parametrize("query, code", [("Татарстн", "RU-TA"), ("Югрa", "RU-KHM"),
                                         ("Кострамская область", "RU-KOS")])
def test_suggest_the_closest(query: str, code: str) -> None:
    assert code in [r.code for r in g.suggest(query)]


def test_suggest_nothing_for_nonsense() -> None:
    assert g.suggest("Нарния") == [] and g.suggest("") == []


def test_regions_in_a_party_name() -> None:
    assert g.regions_in("Правительство Республики Татарстан") == {"RU-TA"}
    assert g.regions_in("Департамент социального развития Ханты-Мансийского автономного "
                        "округа — Югры") == {"RU-KHM"}
    assert g.regions_in("Министерство труда и социальной защиты Российской Федерации") == set()
    assert g.regions_in("Соглашение Москвы и Тюменской области") == {"RU-MOW", "RU-TYU"}
