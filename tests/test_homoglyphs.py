"""Latin look-alike letters in Russian text, folded for the NLP with offsets kept: Latin
letters inside Cyrillic words ("Пeтров") and a lone Latin "c" that is the preposition "с"
("соглашение c Минтрудом", "c 1 января"); Latin words, links and Latin contexts stay."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from probes import by_file

from soccoop.extract.homoglyphs import fold_homoglyphs, fold_word
from soccoop.extract.lexicon_homoglyphs import LATIN_TO_CYRILLIC

LATIN = re.compile(r"[A-Za-z]")

# (as scraped, with Latin letters; as meant) -- names, agreement words, regions, in cases
FOLDED = [
    ("Пeтров", "Петров"),                      # Latin e inside a surname
    ("Ивaнa Пeтровa", "Ивана Петрова"),        # genitive, two words
    ("Cидоровой", "Сидоровой"),                # capital Latin C, instrumental
    ("Mихаил", "Михаил"),                      # capital Latin M
    ("Coглашение", "Соглашение"),              # headline capital
    ("cоглашения", "соглашения"),              # genitive, Latin c first
    ("соглашениe", "соглашение"),              # Latin e last
    ("пoдписали", "подписали"),
    ("мeморандум", "меморандум"),
    ("Пензенcкой области", "Пензенской области"),
    ("Tульская область", "Тульская область"),
    ("в Pеспублике Taтарстан", "в Республике Татарстан"),
    ("Ханты-Mансийского", "Ханты-Мансийского"),  # each half of a hyphenated name
    ("HOBOСИБИРСК", "НОВОСИБИРСК"),            # capitals only, Cyrillic С among them
    ("Kраснодарским краем", "Краснодарским краем"),
    ("Bладимир Xабаров", "Владимир Хабаров"),
    ("IT-цeнтр", "IT-центр"),                  # the Latin acronym stays, the Russian half folds
    ("«Coглашение»,", "«Соглашение»,"),        # punctuation around the word
]

# Latin words, acronyms, links, mixes with digits and foreign words: left as written
KEPT = [
    "Facebook", "IT", "SOS", "OK", "TASS", "COVID-19", "Coca-Cola",
    "https://mintrud.gov.ru/news/сoглашение",   # a link, even with a mixed path
    "www.пeнза.рф", "info@минтрудa.рф", "mintrud.ru",
    "Яndex",                                     # Latin n has no Cyrillic twin
    "Cу27", "2О24", "пeтров_1",                  # digits or "_" inside the word run
    "Петров", "соглашение", "Ёлкино",
]


@pytest.mark.parametrize(("raw", "meant"), FOLDED)
def test_cyrillic_words_written_with_latin_letters_are_folded(raw: str, meant: str) -> None:
    got = fold_homoglyphs(raw)
    assert got == meant
    assert len(got) == len(raw)


@pytest.mark.parametrize("raw", KEPT)
def test_latin_words_links_and_digit_mixes_stay(raw: str) -> None:
    assert fold_homoglyphs(raw) == raw
    assert fold_homoglyphs(f"Министр {raw} сообщил") == f"Министр {raw} сообщил"


def test_in_running_text_only_the_mixed_words_change_and_offsets_hold() -> None:
    raw = ("Министр Пeтров (Facebook: https://fb.com/petrov) и губернатор Cидорова "
           "подписали Coглашение в сфере IT и SOS-служб.")
    got = fold_homoglyphs(raw)
    assert len(got) == len(raw)
    changed = [i for i, (a, b) in enumerate(zip(raw, got, strict=True)) if a != b]
    assert [raw[i] for i in changed] == ["e", "C", "C", "o"]  # "Co" of "Coглашение": both Latin
    assert [got[i] for i in changed] == ["е", "С", "С", "о"]
    for word in ("Facebook", "https://fb.com/petrov", "IT", "SOS"):
        start = raw.index(word)
        assert got[start:start + len(word)] == word


def test_clean_text_comes_back_as_the_same_object() -> None:
    clean = "Министр Петров подписал соглашение с Facebook."
    assert fold_homoglyphs(clean) is clean


def test_every_twin_is_one_cyrillic_letter() -> None:
    for latin, cyr in LATIN_TO_CYRILLIC.items():
        assert re.fullmatch(r"[A-Za-z]", latin)
        assert re.fullmatch(r"[А-Яа-яЁё]", cyr)
        assert latin.isupper() == cyr.isupper()
        assert fold_word(f"ж{latin}ж") == f"ж{cyr}ж"


def test_folding_is_linear_in_text_length() -> None:
    """A 40x longer text of mixed words costs about 40x (not 1600x): timed in one run."""
    import time

    unit = "Пeтров и Cидорова подписали Coглашение c Минтрудом; Facebook, www.site.ru. "

    def cost(n: int) -> float:
        text = unit * n
        t0 = time.process_time()
        for _ in range(3):
            fold_homoglyphs(text)
        return time.process_time() - t0

    small, big = cost(50), cost(2000)
    assert big < small * 40 * 5


# a lone Latin "c" before a Cyrillic word, or a number and a Cyrillic word, is the preposition:
# every case of the next word, either letter case, any opening sign, across a line break
LONE_C_FOLDED = [
    ("соглашение c Минтрудом", "соглашение с Минтрудом"),            # instrumental
    ("Соглашение c министерством труда", "Соглашение с министерством труда"),
    ("C министром встретился губернатор", "С министром встретился губернатор"),  # capital
    ("Вместе c председателем фонда они подписали", "Вместе с председателем фонда они подписали"),
    ("подписали договор c «Фондом развития»", "подписали договор с «Фондом развития»"),
    ("(c Тверской областью)", "(с Тверской областью)"),              # after a bracket
    ("«c коллегами из Пензы»", "«с коллегами из Пензы»"),            # after a quote
    ("заключён c\nминистерством", "заключён с\nминистерством"),      # line break after it
    ("встреча c ним прошла", "встреча с ним прошла"),                # a pronoun
    ("c Mинтрудом", "с Минтрудом"),                                  # the next word folded too
    ("c 1 января 2025 года", "с 1 января 2025 года"),                # a number, a month
    ("C 15 марта действует порядок", "С 15 марта действует порядок"),
    ("работает c 2024 года", "работает с 2024 года"),                # a year
    ("c 01.02.2025 года", "с 01.02.2025 года"),                      # a numeric date
    ("c 1 по 5 марта", "с 1 по 5 марта"),                            # a range
    ("Форум Open Innovations закрыт. C 1 марта", "Форум Open Innovations закрыт. С 1 марта"),
]

# Latin context, a sign glued to it or nothing Russian after it: the Latin letter stays
LONE_C_KEPT = [
    "Vitamin C содержится в ягодах",      # a Latin word before
    "Porsche Turbo C и ВАЗ-2110",
    "турниры A, B, C и любительские",     # a Latin enumeration before
    "витамины C и D",                     # a Latin word after the next
    "U.S. Open c 1968 года",              # a Latin word before, even with a date after
    "section c",                          # nothing after
    "соглашение c Facebook",              # a Latin word after
    "c++ и Python", "C# и Java", "c. 15 доклада", "группа C,",  # glued to a sign
    "c 15",                               # a number with no Russian word after it
    "c",
]


@pytest.mark.parametrize(("raw", "meant"), LONE_C_FOLDED)
def test_a_lone_latin_c_before_russian_is_the_preposition(raw: str, meant: str) -> None:
    got = fold_homoglyphs(raw)
    assert got == meant
    assert len(got) == len(raw)


@pytest.mark.parametrize("raw", LONE_C_KEPT)
def test_a_lone_latin_c_in_latin_context_stays(raw: str) -> None:
    assert fold_homoglyphs(raw) == raw


def test_only_the_preposition_changes_in_running_text() -> None:
    raw = ("C 1 января министр Пeтров подписал соглашение c Минтрудом, а витамины C и D "
           "закупит фонд c++ Labs.")
    got = fold_homoglyphs(raw)
    changed = [i for i, (a, b) in enumerate(zip(raw, got, strict=True)) if a != b]
    assert changed == [0, raw.index("Пeтров") + 1, raw.index("c Минтрудом")]
    assert got[0] == "С" and got[raw.index("c Минтрудом")] == "с"


CYR_WORD = st.text(alphabet="абвгдежзиклмнопрстуфхцчшщыэюяАБВГДЕКМНОПРСТХ", min_size=1,
                   max_size=8)
LAT_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCEHKMOPTXY", min_size=1, max_size=8)
ANY_WORD = st.text(alphabet="абвекмнорстухАВЕКМНОРСТУХaceopxyABCEHKMOPTX0123456789-.@:/",
                   min_size=1, max_size=10)


@settings(max_examples=50, deadline=2000)
@given(st.lists(st.one_of(CYR_WORD, LAT_WORD, ANY_WORD), min_size=1, max_size=12))
def test_property_same_length_and_pure_words_unchanged(words: list[str]) -> None:
    text = " ".join(words)
    got = fold_homoglyphs(text)
    assert len(got) == len(text)
    got_words = got.split(" ")
    assert len(got_words) == len(words)
    for before, after in zip(words, got_words, strict=True):
        if before in ("c", "C"):
            assert after in (before, LATIN_TO_CYRILLIC[before])  # a lone "c": maybe "с"
        elif not LATIN.search(before) or not re.search(r"[А-Яа-яЁё]", before):
            assert after == before  # pure Cyrillic or pure Latin (or neither): as written
        else:
            assert len(after) == len(before)
            # only Latin letters with a twin ever change, and only into that twin
            for a, b in zip(before, after, strict=True):
                assert a == b or LATIN_TO_CYRILLIC.get(a) == b


CLEAN = ("15 марта 2024 года министр социальной защиты Пензенской области Иван Петров и "
         "министр труда и социальной защиты Тульской области Анна Сидорова подписали "
         "соглашение о сотрудничестве в сфере социальной защиты населения.\n")
# the same news scraped with Latin letters in the names, the regions and "соглашение"
DIRTY = ("15 марта 2024 года министр социальной защиты Пензенcкой области Ивaн Пeтров и "
         "министр труда и социальной защиты Tульской области Анна Cидорова подписали "
         "cоглашение о сотрудничестве в сфере социальной защиты населения.\n")


def _facts(record: dict) -> dict:
    """What a user reads off a record, without ids, hashes and evidence text."""
    return {
        "agreements": [(a["status"], sorted(p["name"] for p in a["parties"]),
                        sorted(a["signatories"]), a.get("date"))
                       for a in record["agreements"]],
        "officials": sorted((o["name"], o.get("position")) for o in record["officials"]),
        "regions": sorted(r["code"] for r in record["regions"]),
    }


@pytest.mark.slow
def test_cli_latin_letters_give_the_records_of_the_clean_text(listed_rows) -> None:
    assert len(DIRTY) == len(CLEAN) and DIRTY != CLEAN
    [clean] = listed_rows({"a.txt": CLEAN}, "--format", "jsonl")
    dirty = by_file(listed_rows({"a.txt": CLEAN, "b.txt": DIRTY}, "--format", "jsonl"))["b.txt"]
    assert _facts(clean)["agreements"], "the clean text must yield an agreement"
    assert _facts(dirty) == _facts(clean)
    # evidence offsets point into the stored text, which keeps its Latin letters
    for o in dirty["officials"]:
        ev = o["evidence"]
        assert DIRTY[ev["start"]:ev["end"]] == ev["text"]
    assert any(LATIN.search(o["evidence"]["text"]) for o in dirty["officials"])


# the preposition typed on the Latin layout, in a sentence and a date
CLEAN_C = ("Вчера мы вместе с министром труда Республики Мордовия Артёмом Вдовиным подписали "
           "соглашение между министерством социального развития Ульяновской области и "
           "министерством труда Республики Мордовия о сотрудничестве.\n")
DIRTY_C = CLEAN_C.replace(" с ", " c ")


@pytest.mark.slow
def test_cli_a_latin_preposition_gives_the_records_of_the_clean_text(listed_rows) -> None:
    assert len(DIRTY_C) == len(CLEAN_C) and DIRTY_C.count(" c ") == 1
    rows = by_file(listed_rows({"clean.txt": CLEAN_C, "dirty.txt": DIRTY_C},
                               "--format", "jsonl", "--limit", "0"))
    assert _facts(rows["clean.txt"])["agreements"], "the clean text must yield an agreement"
    assert _facts(rows["dirty.txt"]) == _facts(rows["clean.txt"])
