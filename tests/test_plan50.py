"""plan50 (round 50): planned agreements the records missed, pooled over the dev rounds; a
document of joint steps whose adoption is still to come is a planned record of its own, and
"стороны" of a plan told after talks are the host of the talks and its partner.

- a roadmap ("дорожная карта", or a plan a roadmap is apposed to in brackets:
  ``candidate_status.joint_step_document``) whose adoption is still to come ("намерены
  утвердить", "утвердят": ``candidate_status.adoption_to_come``) is a planned document of
  the sides, as one still to be signed is: the roadmap's own noun
  (``candidate_signers.signed_roadmap``, ``candidate_status.roadmap_to_adopt``) or the
  agreement noun it carries out (``candidate_status.implementing_plan_to_adopt``), kept
  apart from the agreement signed before it (``merge_rules.base_of_plan_to_come``,
  ``merge_rules.roadmap_beside_agreement`` through ``merge_rules._document_kind``,
  ``merge_extra._further_document``);
- "стороны" of a plan told after talks, on a page naming no agreement of two sides before,
  are the body of the official who held the talks and the partner under "с"
  (``agreement_sides.host_and_partner_of_talks``).

The negatives keep each reading to its shape: a roadmap adopted already or not planned at
all, a plan of measures named without a roadmap, talks whose host is named by no official.
Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.candidate_status import adoption_to_come, joint_step_document

PUB = "2024-10-16"
SIGNED = ("Министерство социальной защиты Озёрного края и Озёрный центр реабилитации вчера "
          "заключили соглашение о партнёрстве по реабилитации инвалидов. ")
SIDES = ["Министерство социальной защиты Озёрного края", "Озёрный центр реабилитации"]
BOTH = [("planned", SIDES), ("signed", SIDES)]
ONE = [("signed", SIDES)]


@pytest.mark.parametrize(("case", "after", "expected"), [
    # each of the two fails on b50dev ([("signed", SIDES)]): an adoption was no plan, and
    # the plan carrying out the agreement joined it
    ("roadmap to adopt", "До конца осени ведомства намерены утвердить общую дорожную карту "
     "стажировок персонала.", BOTH),
    ("roadmap carrying it out", "В мае стороны планируют утвердить дорожную карту исполнения "
     "соглашения.", BOTH),
    # negatives: adopted already; no adoption planned; a plan of measures named so alone
    # (the golds keep it a step of the agreement)
    ("adopted already", "В тот же день стороны утвердили дорожную карту по выполнению "
     "соглашения.", ONE),
    ("no plan", "Стороны не планируют утверждать отдельную дорожную карту.", ONE),
    ("plan of measures", "План мероприятий по выполнению соглашения стороны утвердят осенью.",
     ONE),
])
def test_plan_of_joint_steps_apart(models, case: str, after: str,
                                   expected: list[tuple[str, list[str]]]) -> None:
    assert probes.status_parties(models, SIGNED + after, PUB) == expected, case


TALKS = ("Обсуждали рабочие места для инвалидов. По результатам встречи стороны решили "
         "подготовить соглашение о содействии занятости инвалидов.")


@pytest.mark.parametrize(("case", "before", "expected"), [
    # fails on b50dev ([("planned", [])]): "стороны" had no agreement to refer to
    ("official's talks", "Министр труда и социальной защиты Озёрного края Ирина Павловна "
     "Соколова провела встречу с руководителями ООО «Озёрный хлебозавод». ",
     [("planned", ["Министерство труда и социальной защиты Озёрного края",
                   "ООО «Озёрный хлебозавод»"])]),
    # negative: no official holds the talks, no host to read
    ("no host named", "Встреча с руководителями ООО «Озёрный хлебозавод» прошла в "
     "министерстве труда Озёрного края. ", [("planned", [])]),
])
def test_sides_of_talks(models, case: str, before: str,
                        expected: list[tuple[str, list[str]]]) -> None:
    assert probes.status_parties(models, before + TALKS, PUB) == expected, case


@pytest.mark.parametrize(("case", "text", "noun", "expected"), [
    ("roadmap", "Стороны утвердят дорожную карту.", "карта", True),
    ("roadmap in brackets", "Стороны утвердят план действий («дорожную карту»).", "план",
     True),
    # negatives: a plan of measures alone; a map of no kind
    ("plan of measures", "Стороны утвердят план мероприятий.", "план", False),
    ("a map", "Стороны утвердят карту района.", "карта", False),
])
def test_joint_step_document(models, case: str, text: str, noun: str, expected: bool) -> None:
    from soccoop.extract.syntax import ensure_parsed
    sent = ensure_parsed(models.analyse(text).sentences[0], models)
    k = next(i for i, t in enumerate(sent.tokens) if t.lemma == noun)
    assert joint_step_document(sent, k) is expected, case


@pytest.mark.parametrize(("case", "text", "expected"), [
    ("future", "Стороны утвердят дорожную карту.", True),
    ("planned infinitive", "Ведомства планируют утвердить дорожную карту.", True),
    # negatives: the past; a negated plan
    ("past", "Стороны утвердили дорожную карту.", False),
    ("negated plan", "Ведомства не планируют утвердить дорожную карту.", False),
])
def test_adoption_to_come(models, case: str, text: str, expected: bool) -> None:
    from soccoop.extract.syntax import ensure_parsed
    sent = ensure_parsed(models.analyse(text).sentences[0], models)
    v = next(i for i, t in enumerate(sent.tokens) if t.lemma == "утвердить")
    assert adoption_to_come(sent, v) is expected, case


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, candidate_status=("joint_step_document",
                                                            "adoption_to_come",
                                                            "implementing_plan_to_adopt",
                                                            "roadmap_to_adopt",
                                                            "carried_out_by_plan_to_come"),
                                          merge_rules=("base_of_plan_to_come",),
                                          merge_extra=("_further_document",),
                                          agreement_sides=("host_and_partner_of_talks",))
