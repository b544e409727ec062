"""speed83: caches and the budget watchdog on ingest's hot path stay correct.

The caches (``gazetteer._regions_in``, ``gazetteer._word_stems``, ``regions._demonym_codes``)
must give what the uncached computation gives, hand every caller a value of its own, and
answer again from memory; the one watchdog thread (``batch._Watchdog``) must serve every
budget of the process, fire a short budget set under a long one on time, and never fire a
budget that ended. Invented sentences and names throughout.
"""

from __future__ import annotations

import threading
import time

import pytest

from soccoop import gazetteer
from soccoop.extract.batch import _WATCHDOG, ExtractionTimeout, _Watchdog, time_budget
from soccoop.names import stems

# (a side's name, the regions it names)
REGIONS_IN = [
    ("Управление по делам ветеранов Костромской области", {"RU-KOS"}),
    ("Министерство труда Омской области", {"RU-OMS"}),
    ("департамент соцразвития Ханты-Мансийского автономного округа — Югры", {"RU-KHM"}),
    ("Комплексный центр «Родник» Тверской области и Омская область", {"RU-TVE", "RU-OMS"}),
    # negatives: no region in the name
    ("Благотворительный фонд «Добрые руки»", set()),
    ("Ассоциация волонтёров", set()),
]


@pytest.mark.parametrize(("name", "codes"), REGIONS_IN)
def test_regions_in_gives_the_regions_of_a_name(name, codes):
    assert gazetteer.regions_in(name) == codes
    assert gazetteer.regions_in(name) == codes  # the second answer from memory is the same


def test_regions_in_is_remembered_per_text():
    name = "Отделение фонда пенсионного и социального страхования по Тверской области"
    gazetteer.regions_in(name)
    hits = gazetteer._regions_in.cache_info().hits
    assert gazetteer.regions_in(name) == {"RU-TVE"}
    assert gazetteer._regions_in.cache_info().hits == hits + 1


def test_regions_in_hands_each_caller_a_set_of_its_own():
    name = "Министерство социальной политики Омской области"
    first = gazetteer.regions_in(name)
    first.add("RU-XXX")
    first.discard("RU-OMS")
    assert gazetteer.regions_in(name) == {"RU-OMS"}


@pytest.mark.parametrize("word", ["области", "Тверской", "округа", "Югры", "ул.", "кцсон"])
def test_word_stems_are_the_stems_of_the_word(word):
    assert gazetteer._word_stems(word) == frozenset(stems(word))
    assert isinstance(gazetteer._word_stems(word), frozenset)  # shared: never mutable


# (a word, the subjects whose people it names)
DEMONYMS = [
    ("москвичи", {"RU-MOW"}),
    ("петербуржцам", {"RU-SPE"}),
    ("красноярцы", {"RU-KYA"}),
    # negatives: one person (a car, a surname), or no demonym at all
    ("москвич", set()),
    ("красноярец", set()),
    ("волонтёры", set()),
    ("соглашение", set()),
]


@pytest.mark.parametrize(("word", "codes"), DEMONYMS)
def test_demonym_codes_read_plural_people_only(models, word, codes):
    from soccoop.extract.regions import _demonym_codes

    assert _demonym_codes(word, models) == codes
    assert _demonym_codes(word, models) == codes


def test_demonyms_found_in_a_sentence_through_the_cache(models):
    """The pass reads the cached codes: an invented sentence with a demonym gives the
    subject, one without gives none."""
    from soccoop.extract.regions import find_regions

    with_people = models.analyse("Красноярцы приехали на слёт волонтёров в мае.\n")
    without = models.analyse("Жители приехали на слёт волонтёров в мае.\n")
    assert "RU-KYA" in {r.code for r in find_regions(with_people, models)}
    assert "RU-KYA" not in {r.code for r in find_regions(without, models)}


def _budget_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "soccoop-budget"]


def test_one_watchdog_thread_serves_every_budget():
    for _ in range(50):
        with time_budget(30):
            pass
    assert len(_budget_threads()) == 1


def test_a_short_budget_under_a_long_one_fires_on_time():
    """The watchdog waits for the long budget's end; a shorter one set inside it wakes it."""
    t0 = time.monotonic()
    with time_budget(60):
        with pytest.raises(ExtractionTimeout), time_budget(0.2):
            end = time.monotonic() + 20
            while time.monotonic() < end:
                pass
    assert time.monotonic() - t0 < 10


def test_an_ended_budget_never_fires():
    fired: list[int] = []
    dog = _Watchdog()
    key = dog.set(0.1, lambda: fired.append(1))
    dog.cancel(key)
    kept = dog.set(0.15, lambda: fired.append(2))
    time.sleep(0.6)
    assert fired == [2]
    dog.cancel(kept)  # already run: nothing happens


def test_budgets_of_two_threads_fire_each_in_its_own_thread():
    caught: dict[str, str] = {}

    def task(name: str, seconds: float) -> None:
        try:
            with time_budget(seconds):
                end = time.monotonic() + 20
                while time.monotonic() < end:
                    pass
        except ExtractionTimeout as e:
            caught[name] = str(e)

    threads = [threading.Thread(target=task, args=(n, s)) for n, s in (("a", 0.3), ("b", 0.6))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert caught == {"a": "extraction took longer than 0.3 s",
                      "b": "extraction took longer than 0.6 s"}
    assert not _WATCHDOG._alarms  # every alarm was run or removed


# (two shingle sets, their Jaccard similarity)
JACCARD = [
    ({"соглашение о сотрудничестве подписали стороны"},
     {"соглашение о сотрудничестве подписали стороны"}, 1.0),
    ({1, 2, 3, 4}, {3, 4, 5, 6}, 2 / 6),
    (frozenset({1, 2, 3}), frozenset({1, 2, 3, 4}), 3 / 4),
    # negatives: nothing shared, nothing at all
    ({"центр помощи семье"}, {"фонд поддержки ветеранов"}, 0.0),
    (set(), set(), 0.0),
    (set(), {1}, 0.0),
]


@pytest.mark.parametrize(("a", "b", "value"), JACCARD)
def test_jaccard_counts_the_union_without_building_it(a, b, value):
    from soccoop.nearcopy import jaccard

    assert jaccard(a, b) == value
    assert jaccard(a, b) == (len(a & b) / len(a | b) if a | b else 0.0)


def test_docstrings_quote_no_dev_text() -> None:
    import probes

    assert probes.docstrings_quoting_dev_texts([("regions", "_demonym_codes")]) == {}
    texts = probes.dev_text_runs()  # read once a session, shared with the other files
    for fn in (gazetteer._regions_in, gazetteer._word_stems):
        assert fn.__doc__ and not probes._word_runs(fn.__doc__) & texts
