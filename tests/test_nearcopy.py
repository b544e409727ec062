"""Near-copy articles: shingles, MinHash, LSH bands (pure functions)."""

from __future__ import annotations

import pytest

from soccoop import nearcopy

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
    a, b = nearcopy.shingles(BASE), nearcopy.shingles(other)
    assert (nearcopy.jaccard(a, b) >= nearcopy.COPY_THRESHOLD) is copy
    sa, sb = nearcopy.minhash(a), nearcopy.minhash(b)
    if copy:
        assert sa is not None and sb is not None
        # LSH finds the candidate: at least one band in common
        assert set(nearcopy.bands(sa)) & set(nearcopy.bands(sb))
        assert nearcopy.estimate(sa, sb) > 0.6


@pytest.mark.parametrize("text", ["", "   ", "123", "\x00\x01", "слово", "а " * 100000])
def test_signatures_never_crash(text):
    sig = nearcopy.minhash(nearcopy.shingles(text))
    if sig is not None:
        assert len(sig) == nearcopy.NUM_HASHES
        assert nearcopy.unpack(nearcopy.pack(sig)) == sig
