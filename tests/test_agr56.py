"""agr56 (round 56 of issue 9): which agreements a page tells, and whose.

- "стороны" right after a sentence that recalls an older agreement go back to the story's own
  agreement, the latest one told before that is not recalled and names two sides or more
  (``agreement_sides.story_sides_past_recall``, read by ``agreement_sides.coreferent_sides``
  before the bodies of the sentence before); with no such story agreement in the recall's
  paragraph, or for the recalled agreement at hand (an addendum, "дополнительное
  соглашение"; fixagr56: one pointed back at or amended, "условия этого соглашения",
  "продлить соглашение", ``agreement_sides.agreement_at_hand``), the sentence before is
  read as before.

The negatives keep each reading to its shape: a page whose only agreement before "стороны"
is the recalled one, and records that name their sides. Every probe is written here, in words
of its own."""

from __future__ import annotations

import probes
import pytest

PUB = "2024-06-15"
HEAD = "Новости\n\n"

DEPARTMENT = "Департамент социального развития Курской области"
COLLEGE = "Курский медицинский колледж"
UNION = "Курская областная организация ветеранов труда"
ACADEMY = "Академия здорового долголетия"

RECALL = ("Директор колледжа добавила, что учебное заведение много лет помогает пенсионерам: "
          "по соглашению с Курской областной организацией ветеранов труда, "
          "подписанному в 2018 году, при колледже открыта Академия здорового долголетия. ")
FILLER = ("Стажировки пройдут весной. Каждый студент получит наставника. Занятия начнутся в "
          "марте. Группы будут небольшими. Первые выпускники придут в отделения летом. ")
ROADMAP = ("Кроме того, стороны решили, что к осени подготовят и подпишут дорожную карту о "
           "наставничестве студентов в пансионатах для пожилых.")


def _records(models, text: str) -> list[tuple]:
    """(status, date or "", sorted sides) of each record, sorted."""
    return sorted((status, date, sorted(sides)) for status, date, sides in
                  probes.status_date_parties(models, HEAD + text, PUB))


@pytest.mark.parametrize(("case", "text", "expected"), [
    # fails on b56dev: the roadmap took the recalled agreement's sides (the union, the academy)
    ("the sides after a recalled agreement",
     "Департамент социального развития Курской области и Курский медицинский колледж "
     "заключили соглашение о стажировках будущих сиделок. " + RECALL + ROADMAP,
     [("mentioned", "2018", sorted([UNION, ACADEMY])),
      ("planned", "2024", sorted([DEPARTMENT, COLLEGE])),
      ("signed", "", sorted([DEPARTMENT, COLLEGE]))]),
    # negative: no story agreement before the recalled one, the sentence before is read
    ("no story agreement",
     RECALL + ROADMAP,
     [("mentioned", "2018", sorted([UNION, ACADEMY])),
      ("planned", "2024", sorted([UNION, ACADEMY]))]),
    # fixagr56 (review item B): an extension of the agreement just recalled keeps its sides
    ("the recalled agreement extended",
     "Департамент социального развития Курской области и Курский медицинский колледж "
     "заключили соглашение о стажировках будущих сиделок. " + RECALL +
     "Кроме того, стороны решили продлить соглашение ещё на пять лет.",
     [("mentioned", "2018", sorted([UNION, ACADEMY])),
      ("planned", "", sorted([UNION, ACADEMY])),
      ("signed", "", sorted([DEPARTMENT, COLLEGE]))]),
    # fixagr56 (review item B): "этого соглашения" points back at the recalled one; the plan
    # no longer merges into the story's signing (which came out dated 2024-09)
    ("the recalled agreement revised",
     "Департамент социального развития Курской области и Курский медицинский колледж "
     "заключили соглашение о стажировках будущих сиделок. " + RECALL +
     "Стороны планируют пересмотреть условия этого соглашения в сентябре.",
     [("mentioned", "2018", sorted([UNION, ACADEMY])),
      ("planned", "2024-09", sorted([UNION, ACADEMY])),
      ("signed", "", sorted([DEPARTMENT, COLLEGE]))]),
    # fixagr56 (review item C): the story's agreement seven sentences back lends no sides;
    # the sentence before is read
    ("the story agreement seven sentences back",
     "Департамент социального развития Курской области и Курский медицинский колледж "
     "заключили соглашение о стажировках будущих сиделок. " + FILLER + RECALL + ROADMAP,
     [("mentioned", "2018", sorted([UNION, ACADEMY])),
      ("planned", "2024", sorted([UNION, ACADEMY])),
      ("signed", "", sorted([DEPARTMENT, COLLEGE]))]),
    # negative: a record naming its sides stays
    ("two sides named",
     "Управление социальной защиты Курской области и благотворительный фонд «Свет» заключили "
     "соглашение о поддержке инвалидов.",
     [("signed", "", ["Благотворительный фонд «Свет»",
                      "Управление социальной защиты Курской области"])]),
])
def test_which_agreements_and_whose(models, case: str, text: str, expected: list) -> None:
    assert _records(models, text) == expected, case


def _candidate(status: str, start: int, parties: list[str]):
    """A stand-in for ``agreement_types._Candidate``: what ``story_sides_past_recall`` reads."""
    from types import SimpleNamespace
    return SimpleNamespace(status=status, sentence=SimpleNamespace(start=start),
                           parties=[SimpleNamespace(name=p) for p in parties])


def _sentences(*spans: tuple[int, int]):
    """Stand-ins for ``syntax.Window``: offsets, no tokens."""
    from types import SimpleNamespace
    return [SimpleNamespace(start=a, stop=b, tokens=[], children=lambda i: [])
            for a, b in spans]


def test_story_sides_past_recall() -> None:
    from soccoop.extract.agreement_sides import story_sides_past_recall as walk
    sents = _sentences((0, 50), (51, 120), (121, 200))
    story = _candidate("signed", 0, ["министерство", "университет"])
    recalled = _candidate("mentioned", 60, ["союз", "академия"])
    got = walk(sents, 2, 0, [story, recalled])  # type: ignore[arg-type]
    assert [p.name for p in got] == ["министерство", "университет"]
    # guard: the latest agreement told is not recalled
    assert walk(sents, 2, 0, [recalled, story]) == []  # type: ignore[arg-type]
    # guard: the recalled agreement is not in the sentence right before
    far = _sentences((0, 50), (51, 120), (121, 200), (201, 260))
    assert walk(far, 3, 0, [story, recalled]) == []  # type: ignore[arg-type]
    # guard: no story agreement of its own (the sentence before is read instead)
    assert walk(sents, 2, 0, [recalled]) == []  # type: ignore[arg-type]
    # guard: a story agreement naming one side only
    lone = _candidate("planned", 0, ["министерство"])
    assert walk(sents, 2, 0, [lone, recalled]) == []  # type: ignore[arg-type]
    assert walk(sents, 0, 0, [story, recalled]) == []  # type: ignore[arg-type]
    # guard (fixagr56, review item C): the story agreement more than AFTER_SIGNING_REACH (6)
    # sentences before "стороны" (a digest's earlier item)
    long = _sentences(*[(i * 10, i * 10 + 9) for i in range(9)])
    old = _candidate("signed", 10, ["министерство", "университет"])
    told = _candidate("mentioned", 70, ["союз", "академия"])
    assert walk(long, 8, 0, [old, told]) == []  # type: ignore[arg-type]
    got = walk(long, 7, 0, [old, _candidate("mentioned", 60, ["союз"])])  # type: ignore[arg-type]
    assert [p.name for p in got] == ["министерство", "университет"]
    # guard: an addendum ("стороны подготовят дополнительное соглашение") amends the
    # agreement just recalled and keeps its sides
    addendum = probes.hand_parsed(
        ("стороны", "сторона", "NOUN", "nsubj", 1, {"Case": "Nom", "Number": "Plur"}),
        ("подготовят", "подготовить", "VERB", "root", -1, {}),
        ("дополнительное", "дополнительный", "ADJ", "amod", 3, {}),
        ("соглашение", "соглашение", "NOUN", "obj", 1, {}))
    mixed = [sents[0], sents[1], addendum]
    assert walk(mixed, 2, 3, [story, recalled]) == []  # type: ignore[arg-type]
    # guards (fixagr56, review item B): an agreement extended, or pointed back at through
    # the noun it hangs on ("пересмотрят условия этого соглашения")
    extended = probes.hand_parsed(
        ("стороны", "сторона", "NOUN", "nsubj", 1, {"Case": "Nom", "Number": "Plur"}),
        ("продлят", "продлить", "VERB", "root", -1, {}),
        ("соглашение", "соглашение", "NOUN", "obj", 1, {}))
    assert walk([sents[0], sents[1], extended], 2, 2,  # type: ignore[arg-type]
                [story, recalled]) == []
    revised = probes.hand_parsed(
        ("стороны", "сторона", "NOUN", "nsubj", 1, {"Case": "Nom", "Number": "Plur"}),
        ("пересмотрят", "пересмотреть", "VERB", "root", -1, {}),
        ("условия", "условие", "NOUN", "obj", 1, {}),
        ("этого", "этот", "DET", "det", 4, {}),
        ("соглашения", "соглашение", "NOUN", "nmod", 2, {}))
    assert walk([sents[0], sents[1], revised], 2, 4,  # type: ignore[arg-type]
                [story, recalled]) == []
    plain = probes.hand_parsed(
        ("стороны", "сторона", "NOUN", "nsubj", 1, {"Case": "Nom", "Number": "Plur"}),
        ("подготовят", "подготовить", "VERB", "root", -1, {}),
        ("отдельное", "отдельный", "ADJ", "amod", 3, {}),
        ("соглашение", "соглашение", "NOUN", "obj", 1, {}))
    got = walk([sents[0], sents[1], plain], 2, 3,  # type: ignore[arg-type]
               [story, recalled])
    assert [p.name for p in got] == ["министерство", "университет"]


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, agreement_sides=("story_sides_past_recall",
                                                           "agreement_at_hand"))
