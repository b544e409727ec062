"""pair69: a side named by one compound word of its name's word beginnings, and a signing
declared n-sided that holds the sides a lede named the short way.

- ``party_identity.compound_of_stems``: "Гострудинспекция" is "Государственная инспекция
  труда", "Соцфонд" is "Социальный фонд России" (a way of ``party_identity.WAYS``; the shorter
  name gives way to the full one in ``party_cleanup._longest_names``);
- ``merge_rules.sides_held_otherwise``: "подписано четырёхстороннее соглашение" between
  the bodies a lede named "Минтруд, Пенсионный фонд, Гострудинспекция" is that signing,
  not another one (``declared_side_count`` no longer sets it apart).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from soccoop.extract.party_identity import compound_of_stems

# (short, full, same)
COMPOUNDS = [
    ("Гострудинспекция", "Государственная инспекция труда в Республике Карелия", True),
    ("Соцфонд", "Социальный фонд России", True),
    ("Минтруд", "Министерство труда и социальной защиты Республики Адыгея", True),
    ("Минздрав", "Министерство здравоохранения Курской области", True),
    # negatives
    ("Гострудинспекция", "Государственная жилищная инспекция", False),
    ("Минздрав", "Министерство социальной защиты Курской области", False),
    ("Роструд", "Федеральная служба по труду и занятости", False),
    ("Пенсионный фонд", "Отделение Пенсионного фонда России", False),  # two words
    ("ГИТ", "Государственная инспекция труда", False),  # an acronym, read elsewhere
    ("Мин", "Министерство", False),  # one piece only
]


@pytest.mark.parametrize("short, full, same", COMPOUNDS,
                         ids=[f"{s}-{f}" for s, f, _ in COMPOUNDS])
def test_compound_of_stems(short: str, full: str, same: bool) -> None:
    p, q = SimpleNamespace(name=short, regions=[]), SimpleNamespace(name=full, regions=[])
    assert compound_of_stems(p, q) is same  # type: ignore[arg-type]


LEDE = (
    "Минтруд Карелии, Пенсионный фонд, Гострудинспекция и профсоюзы подписали соглашение о "
    "снижении неформальной занятости.\n\n"
    "Во вторник в Петрозаводске подписано четырёхстороннее соглашение о взаимодействии "
    "между Министерством труда и занятости Республики Карелия, Отделением Пенсионного фонда "
    "России по Республике Карелия, Государственной инспекцией труда в Республике Карелия и "
    "Объединением организаций профсоюзов в Республике Карелия.\n"
)


def test_declared_signing_holding_short_sides_is_one(models) -> None:
    from soccoop.extract.pipeline import extract

    r = extract(LEDE, "t", models)
    signed = [a for a in r.agreements if a.status == "signed"]
    assert len(signed) == 1
    names = [p.name for p in signed[0].parties]
    assert "Гострудинспекция" not in names
    assert "Государственная инспекция труда" in names
