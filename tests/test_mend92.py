"""mend92: a regression of round 36 mended (round95's extension plan). A speaker's body
whose name counts the sides ("трёхсторонняя комиссия") is where the sides meet, not a side
(``candidate_signers.joint_body_of_sides``); a record whose sides come only from its signers
is first told below the headline, by a mention of its own status (``merge._first_in_body``).
Every probe is written here, in words of its own."""

from __future__ import annotations

from types import SimpleNamespace

import probes
import pytest
from probes import agreement_records, agreements_of

from soccoop.extract.candidate_signers import joint_body_of_sides
from soccoop.extract.merge import _first_in_body

JOINT = [
    ("tripartite", "трёхсторонняя комиссия", True),
    ("tripartite-e", "Трехсторонняя комиссия области",
     True),
    ("bilateral-group", "двусторонняя рабочая группа", True),
    # negatives
    ("ministry", "Министерство труда Омской области", False),
    ("commission", "комиссия по делам несовершеннолетних", False),
    ("empty", "", False),
]


@pytest.mark.parametrize("name,expected", [r[1:] for r in JOINT], ids=[r[0] for r in JOINT])
def test_joint_body_of_sides(models, name, expected):
    assert joint_body_of_sides(name, models) is expected


# a guard (main reads this page right too): no commission side, the agreement extended
# first, then the addendum's plan
EXTENSION = (
    "Томское трёхстороннее соглашение продлят на год\n\n"
    "12 марта в Томске заседала трёхсторонняя комиссия. Участники заседания оценили, как "
    "выполняется областное трёхстороннее соглашение, и решили его продлить.\n\n"
    "Соглашение было подписано 3 декабря 2022 года администрацией Томской области, "
    "Томским облсовпрофом и Союзом работодателей Томской области.\n\n"
    "«Мы выполнили соглашение почти целиком, но задач у нас ещё много», — сказал "
    "координатор трёхсторонней комиссии, вице-губернатор Томской области Павел Рябов.\n\n"
    "Стороны решили продлить действующее соглашение на 2026 год. Дополнительное соглашение "
    "к нему согласуют и подпишут до 1 мая. Его подпишут губернатор Томской области "
    "Владимир Мазур, председатель Томского облсовпрофа Сергей Кутузов и президент Союза "
    "работодателей Томской области Игорь Сидоров.\n"
)


def test_commission_coordinator_is_no_side(models):
    """The coordinator's "перед нами" gives no side "трёхсторонняя комиссия"."""
    recs = agreement_records(models, EXTENSION, "2024-03-13", "status", "parties")
    assert len(recs) == 2
    assert not any("комиссия" in p.lower() for _, parties in recs for p in parties)


def test_extension_record_after_recalled_agreement(models):
    """The agreement extended comes first, then the addendum's plan, though the headline
    tells the extension."""
    statuses = [a.status for a in agreements_of(models, EXTENSION, "2024-03-13")]
    assert statuses[:2] == ["mentioned", "planned"]


def _cand(status: str, start: int, headline: bool = False) -> SimpleNamespace:
    return SimpleNamespace(status=status, headline=headline, trigger=SimpleNamespace(start=start))


# (id, the record's status, its mentions (status, start, headline), where it is first told)
FIRST_IN_BODY = [
    ("below-headline", "planned", [("planned", 10, True), ("planned", 900, False)], 900),
    ("own-status-first", "planned",
     [("planned", 10, True), ("mentioned", 300, False), ("planned", 900, False)], 900),
    # negatives: only the headline; no mention of its own status below it
    ("headline-only", "planned", [("planned", 10, True)], 10),
    ("other-status-only", "planned", [("planned", 10, True), ("mentioned", 300, False)], 300),
]


@pytest.mark.parametrize("status,cands,expected", [r[1:] for r in FIRST_IN_BODY],
                         ids=[r[0] for r in FIRST_IN_BODY])
def test_first_in_body(status, cands, expected):
    cs = [_cand(*c) for c in cands]
    m = SimpleNamespace(status=status, candidates=cs, first=min(c.trigger.start for c in cs))
    assert _first_in_body(m) == [expected]


def test_no_dev_text_quoted():
    probes.check_rules_invented(__file__, candidate_signers=("joint_body_of_sides",),
                                          merge=("_first_in_body",))
