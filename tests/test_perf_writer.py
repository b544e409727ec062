"""Speed-ups that must not change results: vectorised MinHash, signatures computed by the
workers, the writer's shingle cache, masking once for the publication date, cached region
keys."""

import random

import pytest

from soccoop import nearcopy
from soccoop.extract.boilerplate import mask_boilerplate
from soccoop.extract.published import find_published
from soccoop.models import Record, document_id, sha256_text
from soccoop.store import Store, _ShingleSets

P = nearcopy._PRIME


@pytest.mark.parametrize("hs", [
    [0, 1, P - 1, P - 2, (1 << 31) - 1, 1 << 31, 1 << 60] * 3,
    [random.Random(1).randrange(P) for _ in range(17)],
    [random.Random(2).randrange(P) for _ in range(3000)],
    [random.Random(3).randrange(P) for _ in range(nearcopy._CHUNK + 5)],
])
def test_numpy_minhash_equals_the_reference(hs):
    assert nearcopy._minhash_np(hs) == nearcopy._minhash_py(hs)


BASE = ("Министр социальной защиты Татарстана Эльмира Зарипова и министр труда Югры "
        "подписали в Казани соглашение о сотрудничестве в сфере социальной защиты населения. "
        "Документ предусматривает обмен опытом и совместные программы для ветеранов.")


def _record(text: str, source: str, with_sig: bool) -> Record:
    sha = sha256_text(text)
    sig = nearcopy.minhash(nearcopy.shingles(text)) if with_sig else None
    return Record(id=document_id(sha), source=source, sha256=sha, title=None, published=None,
                  minhash=sig)


@pytest.mark.parametrize("with_sig", [True, False])
@pytest.mark.parametrize("cache_cap", [400_000, 0])
def test_copies_found_with_or_without_signature_and_cache(tmp_path, with_sig, cache_cap):
    texts = {"a.txt": BASE, "b.txt": "Погода в Казани: солнечно, без осадков, до 20 градусов.",
             "c.txt": BASE + " Источник: пресс-служба.", "d.txt": ""}
    with Store(tmp_path / "s.db") as s:
        s._seen = _ShingleSets(cache_cap)
        for src, text in texts.items():
            s.upsert(_record(text, src, with_sig), text, src)
        rows = dict(s.db.execute("SELECT source, copy_of FROM documents").fetchall())
        sigs = dict(s.db.execute("SELECT source, minhash FROM documents").fetchall())
    assert rows["c.txt"] == document_id(sha256_text(BASE))
    assert rows["a.txt"] is None and rows["b.txt"] is None and rows["d.txt"] is None
    assert nearcopy.unpack(sigs["a.txt"]) == nearcopy.minhash(nearcopy.shingles(BASE))
    assert sigs["d.txt"] is None


def test_signature_is_not_part_of_the_json():
    rec = _record(BASE, "a.txt", True)
    assert rec.minhash is not None and "minhash" not in rec.to_dict()


def test_shingle_cache_is_bounded():
    seen = _ShingleSets(cap=5)
    seen.put("a", frozenset({1, 2, 3}))
    seen.put("b", frozenset({4, 5}))
    assert seen.get("a") is not None  # a is now the most recent
    seen.put("c", frozenset({6, 7}))
    assert seen.get("b") is None and seen.get("a") is not None and seen.size <= 5
    seen.put("huge", frozenset(range(10)))
    assert seen.get("huge") is None


@pytest.mark.parametrize("text", [
    "Соглашение подписано\n15 сентября 2023\nМинистры встретились в Казани.",
    "Дата публикации: 12.05.2022\nТекст новости о сотрудничестве.",
    "(Казань, 18 апреля 2023) — Татарстан и Югра подписали соглашение.",
    "©2023 Все права защищены\nНовость без даты.",
    "", "   ", "123", "\x00\x01",
])
def test_published_with_premasked_text_is_the_same(text):
    assert find_published(text, masked=mask_boilerplate(text)) == find_published(text)


def test_region_keys_are_cached_and_equal(models):
    from soccoop.extract import regions

    for word, lemma in [("Татарстане", "татарстан"), ("ХМАО", None), ("обл", "обл"),
                        ("Ивановой", "иванова"), ("123", None)]:
        regions._KEYS.pop(models, None)
        keys, person = regions._compute_word_keys(models, word, lemma)
        first = regions._word_keys(models, word, lemma)
        assert first == (frozenset(keys), person)
        assert regions._word_keys(models, word, lemma) is first
