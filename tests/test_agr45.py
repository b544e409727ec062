"""agr45: missed agreements (recall) pooled over the dev rounds; an older agreement of the
story's sides and an agreement a talk was about are records of their own, not folded into
the story's record.

- an older agreement recalled by its own year whose clause names no side by name
  ("соглашения, заключённого сторонами в апреле 2018 года"; "соглашение управления с
  академией действовало с 2015 года"; an acronym of a side) takes the sides of the
  story's record its words point to (``agreement_background.older_agreement_sides``);
- "шла речь о соглашении с X" tells what a talk was about, no restatement of the agreement
  just told (``merge_extra.talk_topic`` in ``clarifying_restatement``);
- a recalled signing told by a past participle on the agreement noun ("соглашения,
  заключённого между союзом и управлением ещё в 2016 году") is read for its "между" sides
  (``merge_rules._signing_participle`` in ``_in_force_mention``);
- a bare mention whose "с" partner noun names a side of an agreement told elsewhere is none
  of the agreements left that it names no side of (``merge_rules.partner_named_elsewhere``).

The negatives keep each reading to its shape: a year that is the page's own, a mention
naming nothing of the story's sides, "Речь идёт о соглашении" restating the last one. Every
probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest

LEAD = "Новости\n\n"
HEAD = "Министерство продлило соглашение с обществом глухих\n\n"
SIGNING = ("Дополнительное соглашение о продлении подписали в четверг министр социальной "
           "защиты Тверской области Анна Белова и руководитель Тверского регионального отделения "
           "Всероссийского общества глухих Иван Седов.\n\nВ тот же день Комитет по социальной "
           "политике Псковской области и Псковский медицинский колледж подписали соглашение о "
           "практике студентов.\n")

# (id, text): the older agreement is told before the signing whose sides the signers' posts
# give, on a page of two regions; a mentioned record of May 2018 between the story's sides
OLDER = [
    ("parties-word", HEAD + "Срок соглашения о взаимодействии, подписанного сторонами в мае "
     "2018 года, продлён до 2030 года. " + SIGNING),
    ("head-nouns", HEAD + "Соглашение министерства с обществом глухих, заключённое в мае 2018 "
     "года, продлено до 2030 года. " + SIGNING),
]

# (id, text): the year's clause names nothing of the story's sides: no record of that year
NOT_OLDER = [
    ("no-side-named", HEAD + "В 2019 году в регионе заработало первое подобное соглашение о "
     "доставке продуктов. " + SIGNING),
]


@pytest.mark.parametrize(("case", "text"), OLDER, ids=[r[0] for r in OLDER])
def test_older_agreement_takes_story_sides(models, case: str, text: str) -> None:
    got = probes.agreements_of(models, text, "2025-03-15")
    rows = [(a.status, a.date, probes.party_names(a)) for a in got]
    older = [a for a in got if (a.status, a.date) == ("mentioned", "2018-05")]
    assert older, rows
    names = " ".join(probes.party_names(older[0])).lower()
    assert "министерство" in names and "глухих" in names and "псков" not in names, rows
    assert [a.status for a in got].count("signed") == 2, rows


@pytest.mark.parametrize(("case", "text"), NOT_OLDER, ids=[r[0] for r in NOT_OLDER])
def test_no_older_record(models, case: str, text: str) -> None:
    got = probes.agreements_of(models, text, "2025-03-15")
    rows = [(a.status, a.date, probes.party_names(a)) for a in got]
    assert [a.status for a in got] == ["signed", "signed"], rows


VETERANS = ("Совет ветеранов Энского района и Управление социальной защиты населения Энского "
            "района продлили соглашение о сотрудничестве 20 января. ")


def test_talk_topic_is_its_own_agreement(models) -> None:
    """"шла речь о соглашении с X" is no restatement of the signing told before it."""
    text = LEAD + VETERANS + ("На встрече шла речь и о соглашении с Энским "
                              "медицинским колледжем: проект документа готов.\n")
    got = probes.agreements_of(models, text, "2025-01-22")
    rows = [(a.status, a.date, probes.party_names(a)) for a in got]
    signed = [a for a in got if a.status == "signed"]
    assert len(signed) == 1, rows
    assert not any("колледж" in p.lower() for p in probes.party_names(signed[0])), rows
    assert any("колледж" in " ".join(probes.party_names(a)).lower() for a in got), rows


def test_restatement_joins_the_signing(models) -> None:
    """"Речь идёт о соглашении между ..." restates the agreement just told: one record."""
    text = LEAD + VETERANS + ("Речь идёт о соглашении между советом ветеранов и "
                              "управлением соцзащиты.\n")
    got = probes.agreements_of(models, text, "2025-01-22")
    assert [a.status for a in got] == ["signed"], \
        [(a.status, a.date, probes.party_names(a)) for a in got]


def test_recalled_participle_and_partner_named_elsewhere(models) -> None:
    """A recalled signing between the story's sides by a participle, a talk's topic with its
    own partner, then an agreement with a partner named by the story's ministry: four
    records, the talk's partner on none but its own."""
    text = LEAD + ("Совет ветеранов Энской области и Министерство социальной политики Энской "
                   "области продлили соглашение о сотрудничестве 20 января. Новая редакция "
                   "продлевает действие соглашения, заключённого между советом ветеранов и "
                   "министерством ещё в 2016 году. На встрече шла речь и о будущем соглашении с "
                   "Энским областным отделением Социального фонда России: проект документа "
                   "уже готов. Кроме того, совет ветеранов помогает пенсионерам по соглашению "
                   "с областным министерством, подписанному в 2018 году.\n")
    got = probes.agreements_of(models, text, "2025-01-22")
    rows = [(a.status, a.date, probes.party_names(a)) for a in got]
    with_fund = [a for a in got if any("фонд" in p.lower() for p in probes.party_names(a))]
    assert len(with_fund) == 1 and with_fund[0].date is None, rows
    assert {a.date for a in got} >= {"2016", "2018"}, rows
    assert all(a is with_fund[0] or "Совет ветеранов Энской области" in probes.party_names(a)
               for a in got), rows


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, agreement_background=("older_agreement_sides",),
                                          merge_extra=("talk_topic",),
                                          merge_rules=("_signing_participle",
                                                       "partner_named_elsewhere"))
