"""join94: a joining told as done after the agreement it joins and that agreement's own
clause ("к соглашению, которое связывает A и B, присоединился C") gives two records: the
agreement joined, mentioned with its own sides, and the joining, signed with all sides.
Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest
from probes import agreement_records, parsed_analysis

from soccoop.extract.agreement_joins import _joined_after_own_clause

LEAD = "Новости\n\n"
MINISTRY = "Министерство социального развития Орловской области"
UNION = "Орловская областная организация Союза пенсионеров России"
COLLEGE = "Орловский технологический колледж"


def sides_only(models, text: str, published: str) -> list[tuple[str, list[str]]]:
    """(status, sorted side names) of every record, sorted."""
    return [(s, sorted(p)) for s, p in agreement_records(models, text, published,
                                                          "status", "parties")]


JOINED = ("mentioned", sorted([MINISTRY, UNION]))
JOINING = ("signed", sorted([MINISTRY, UNION, COLLEGE]))

# (id, published, text, (status, sorted sides) of every record, sorted)
DONE = [
    # a relative clause between the agreement and the verb of joining
    ("relative", "2025-06-20",
     LEAD + "В четверг к соглашению о социальной поддержке пожилых людей, которое с 2019 "
     "года связывает Министерство социального развития Орловской области и Орловскую "
     "областную организацию Союза пенсионеров России, присоединился Орловский "
     "технологический колледж.\n", [JOINED, JOINING]),
    # a participial clause
    ("participle", "2025-06-20",
     LEAD + "К соглашению между Министерством социального развития Орловской области и "
     "Орловской областной организацией Союза пенсионеров России, заключённому в 2019 году, "
     "присоединился Орловский технологический колледж.\n", [JOINED, JOINING]),
    # negatives: a joining of a campaign or of greetings is no agreement
    ("campaign", "2025-06-20",
     LEAD + "Орловский технологический колледж присоединился к акции «Добрые крышечки», "
     "которую проводит областной совет ветеранов.\n", []),
    # a joining of an agreement in a field that is no social protection
    ("road-works", "2025-06-20",
     LEAD + "В четверг к соглашению о ремонте автомобильных дорог, которое с 2019 года "
     "связывает Министерство транспорта Орловской области и Орловский асфальтовый завод, "
     "присоединилась дорожная компания «Орёлавтодор».\n", []),
    ("greetings", "2025-06-20",
     LEAD + "К поздравлениям, которые прозвучали в адрес ветеранов, присоединился и "
     "директор Орловского технологического колледжа.\n", []),
]


@pytest.mark.parametrize(("case", "published", "text", "expected"), DONE,
                         ids=[r[0] for r in DONE])
def test_done_joining_records(models, case: str, published: str, text: str,
                              expected: list) -> None:
    assert sides_only(models, text, published) == expected


# (id, sentence, is a joining told done after the agreement's own clause?)
AFTER_CLAUSE = [
    ("relative", "К договору, который связывает фонд и больницу, присоединился центр.", True),
    ("participle", "К соглашению, подписанному в 2020 году, присоединилась школа.", True),
    # negatives: a future joining, a negated one, no clause of the agreement's own, a
    # clause that is no relative or participial one, the verb before the agreement
    ("future", "К договору, который связывает фонд и больницу, присоединится центр.", False),
    ("negated", "К договору, который связывает фонд и больницу, не присоединился центр.",
     False),
    ("adjacent", "К соглашению в прошлом году присоединилась школа.", False),
    ("other-clause", "К соглашению готовились долго, присоединилась школа.", False),
    ("verb-first", "Школа присоединилась к соглашению, которое связывает фонд и центр.", False),
]


@pytest.mark.parametrize(("case", "text", "expected"), AFTER_CLAUSE,
                         ids=[r[0] for r in AFTER_CLAUSE])
def test_joined_after_own_clause(models, case: str, text: str, expected: bool) -> None:
    sent = parsed_analysis(models, text).sentences[0]
    k = next(n for n, t in enumerate(sent.tokens) if t.lemma in {"соглашение", "договор"})
    assert (_joined_after_own_clause(sent, k) is not None) is expected


JOIN94_FUNCTIONS = [("agreement_joins", "_joined_after_own_clause"),
                    ("agreement_joins", "done_joining")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, JOIN94_FUNCTIONS)
