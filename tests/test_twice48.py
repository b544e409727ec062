"""twice48 (round 48): one agreement told twice gives two records. The extra records whose
sides match a paired record of the same page were pooled over the dev rounds and classed
by why the merge passes kept them apart; the largest class reachable by one rule is a bare
mention, a record with no date, no signer and no subject of its own, told by a sentence of
terms, a quote or a closing line about the agreement the page reports:

- a mentioned record with nothing of its own whose every side one signed or planned record
  of the page holds (written alike, short, its words among the other's, or, for sides of
  different regions, a body of the same region) is that agreement told again: it goes
  (``merge_extra.bare_mention_of_a_told_record``, with ``merge_extra._held_again``).

The negatives keep it to that shape: a mention with a date of its own, with a signer, with
a word of an earlier agreement ("прежний", "уже", "ранее"), of a frame ("в рамках"), of
one in force ("действующее") or of another one ("другое"), a mention whose sides two
records hold, one whose side no record holds, two bodies of one region read by their
region only, a lone side read by its region, and a mention beside mentioned records alone
(an older agreement).
Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.merge_extra import DatedRecords, bare_mention_of_a_told_record

LAKE = ("Министерство семьи и социальной защиты Озёрного края", "RU-KOS")
FOREST = ("Министерство труда и занятости Лесной области", "RU-YAR")
LAKE_SHORT = ("Министерство Озёрного края", "RU-KOS")
FOREST_SHORT = ("Министерство Лесной области", "RU-YAR")
FUND = ("Фонд «Тёплый дом»", "RU-KOS")
FUND_FULL = ("Благотворительный фонд «Тёплый дом» Озёрного края", "RU-KOS")
DEVELOPMENT = ("Министерство социального развития Лесной области", "RU-YAR")
BLIND = ("Озёрная краевая организация Всероссийского общества слепых", "RU-KOS")

LEAD = "Министерства двух регионов вчера подписали соглашение о сотрудничестве. "

# (id, the mention's sentence after LEAD, the told record's status, its sides, the
# mention's sides, its date, its signers, does it go)
BARE = [
    # fail on m48 (the mention stays): terms, a quote and a closing line of the agreement
    # told, its sides named in full or short, or the same bodies
    ("terms-with-full-names",
     "Соглашение между министерствами предусматривает обмен опытом и совместные смены "
     "для детей.", "signed", [LAKE_SHORT, FOREST_SHORT], [LAKE, FOREST], None, (), True),
    ("closing-line-same-sides",
     "Документ рассчитан на долгий срок, до конца десятилетия.", "signed", [LAKE, FOREST],
     [LAKE, FOREST], None, (), True),
    ("quote-of-a-planned-signing",
     "«Соглашение поможет нашим семьям», — отметила министр.", "planned", [LAKE, FOREST],
     [LAKE], None, (), True),
    ("fund-told-by-its-words",
     "Соглашение с фондом рассчитано на три года.", "signed", [LAKE, FUND_FULL],
     [LAKE, FUND], None, (), True),
    ("a-body-named-by-development",
     "Соглашение с министерством социального развития Лесной области предусматривает "
     "обмен опытом.", "signed", [LAKE, DEVELOPMENT], [LAKE, DEVELOPMENT], None, (), True),
    # negatives: a date, a signer, a word of an earlier agreement, a side held by no
    # record, two bodies of one region read by their region only, a mentioned record only
    ("a-date-of-its-own",
     "Соглашение 2019 года предусматривало обмен опытом.", "signed", [LAKE, FOREST],
     [LAKE, FOREST], "2019", (), False),
    ("a-signer-of-its-own",
     "Соглашение подписала министр Анна Озерова.", "signed", [LAKE, FOREST],
     [LAKE, FOREST], None, ("Анна Озерова",), False),
    ("a-former-agreement",
     "Прежнее соглашение предусматривало только обмен опытом.", "signed", [LAKE, FOREST],
     [LAKE, FOREST], None, (), False),
    ("already-in-force",
     "Соглашение между ними уже действует.", "signed", [LAKE, FOREST], [LAKE, FOREST],
     None, (), False),
    ("in-the-frame-of-an-agreement",
     "В рамках соглашения между министерствами дети отдыхают в лагерях.", "signed",
     [LAKE, FOREST], [LAKE, FOREST], None, (), False),
    ("another-agreement",
     "Другое соглашение касается найма выпускников колледжа.", "signed", [LAKE, FOREST],
     [LAKE, FOREST], None, (), False),
    ("an-agreement-in-force",
     "Действующее соглашение между министерствами предусматривает обмен опытом.", "signed",
     [LAKE, FOREST], [LAKE, FOREST], None, (), False),
    ("a-lone-side-by-its-region",
     "Работа по соглашению с министерством продолжится.", "planned", [LAKE, FOREST],
     [("Департамент Озёрного края", "RU-KOS")], None, (), False),
    ("a-side-no-record-holds",
     "Соглашение с обществом слепых продлено.", "signed", [LAKE, FOREST], [LAKE, BLIND],
     None, (), False),
    ("one-region-bodies",
     "Соглашение с обществом слепых предусматривает помощь.", "signed", [LAKE, FUND_FULL],
     [LAKE, BLIND], None, (), False),
    ("beside-a-mention-only",
     "Соглашение между министерствами предусматривает обмен опытом.", "mentioned",
     [LAKE, FOREST], [LAKE, FOREST], None, (), False),
]


@pytest.mark.parametrize(("words", "status", "told", "sides", "date", "signers", "goes"),
                         probes.named_rows(BARE))
def test_bare_mention_of_a_told_record(models, words: str, status: str, told: list,
                                       sides: list, date: str | None, signers: tuple,
                                       goes: bool) -> None:
    analysis = probes.parsed_analysis(models, LEAD + words)
    reported = probes.agreement(status, told, date="2026-03-10", at=0)
    mention = probes.agreement("mentioned", sides, signers, date=date, at=len(LEAD) + 1)
    records = [reported, mention]
    bare_mention_of_a_told_record(DatedRecords(records, analysis.sentences, "2026-03-11",
                                               analysis.text))
    assert (mention not in records) is goes
    assert reported in records


def test_two_records_hold_the_sides(models) -> None:
    """A mention whose sides two signed records hold stays: which one it tells is not
    known."""
    words = "Соглашение между министерствами предусматривает обмен опытом."
    analysis = probes.parsed_analysis(models, LEAD + words)
    first = probes.agreement("signed", [LAKE, FOREST], date="2026-03-10", at=0)
    second = probes.agreement("signed", [LAKE, FOREST, FUND], date="2026-03-10", at=5)
    mention = probes.agreement("mentioned", [LAKE, FOREST], at=len(LEAD) + 1)
    records = [first, second, mention]
    bare_mention_of_a_told_record(DatedRecords(records, analysis.sentences, "2026-03-11",
                                               analysis.text))
    assert mention in records
    records = [first, mention]
    bare_mention_of_a_told_record(DatedRecords(records, analysis.sentences, "2026-03-11",
                                               analysis.text))
    assert mention not in records


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, [
        ("merge_extra", "bare_mention_of_a_told_record"),
        ("merge_extra", "_held_again"),
    ])
