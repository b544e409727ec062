"""miss58 (round 58): planned and mentioned agreements missed, pooled over the dev rounds
(the "missed planned" and "missed mentioned" lines of the lead's pool on b58), and two
structural passes:

- a plan that names no side of its own joins no agreement told only after it as past,
  every mention of which is mentioned and one of which names its sides under a past
  verb (``merge_rules.plan_before_recalled``, ``merge_rules._told_past``): the plan keeps
  the sides of its own sentence and the older agreement stays mentioned;
- a roadmap whose own relative clause tells its adoption still to come ("в дорожной
  карте, которую предполагается утвердить ...") is a plan of the sides
  (``candidate_signers.signed_by_its_relative``, ``candidate_status.
  relative_adoption_to_come``, ``candidate_status.adopted_by_relative_to_come``).

Every probe is written here, in words of its own."""

from __future__ import annotations

import probes
import pytest

PLAN_LEAD = ("Министерство социального развития Курской области и благотворительный фонд "
             "«Светлый путь» закончили согласовывать текст соглашения о сотрудничестве. "
             "Поставить подписи стороны собираются в начале июня.")
OLDER_PAST = ("До этого фонд уже сотрудничал по похожему соглашению с Комитетом "
              "здравоохранения Курской области.")
CONTENT_NOW = ("Соглашение между министерством и фондом «Светлый путь» предусматривает "
               "помощь семьям, где растут дети с особенностями развития.")


@pytest.mark.parametrize(("case", "text", "expected"), [
    # fails on b58dev: one record, planned, of the fund and the health committee
    ("plan, then an older agreement", PLAN_LEAD + " " + OLDER_PAST,
     [("planned", False), ("mentioned", True)]),
    # guard: a content sentence in the present after the plan is the plan told again
    ("plan, then its content", PLAN_LEAD + " " + CONTENT_NOW, [("planned", False)]),
    # guard: a wish in the past form after the plan is no older agreement
    ("plan, then a wish", PLAN_LEAD + " «Нам важно, чтобы соглашение между министерством и "
     "фондом «Светлый путь» действительно работало», — сказала министр.",
     [("planned", False)]),
    # guard: the plan alone
    ("plan alone", PLAN_LEAD, [("planned", False)]),
])
def test_plan_keeps_its_sides(models, case: str, text: str,
                              expected: list[tuple[str, bool]]) -> None:
    records = probes.agreements_of(models, "Новости фонда\n\n" + text + "\n", "2024-05-14")
    got = [(a.status, any("здравоохранения" in p.name for p in a.parties)) for a in records]
    assert got == expected, (case, [(a.status, probes.party_names(a)) for a in records])


PUT_OFF_PAGE = """Новости фонда

Подписание соглашения о помощи многодетным семьям перенесли на июнь

Церемония подписания соглашения между Министерством социального развития Курской области и
благотворительным фондом «Светлый путь», назначенная на сегодня, не состоялась: глава фонда
заболел. Теперь документ подпишут 4 июня.
"""


def test_put_off_signing_one_plan(models) -> None:
    """Guard (passes on both codes): a signing that did not take place is no agreement told
    as past (``merge_rules._told_past`` reads no negated verb), so the headline's plan and
    the lead stay one planned record."""
    records = probes.agreements_of(models, PUT_OFF_PAGE, "2024-05-14")
    assert [(a.status, a.date) for a in records] == [("planned", "2024-06-04")], [
        (a.status, probes.party_names(a)) for a in records]


ROADMAP_LEAD = ("Вчера Министерство социальной защиты Ивановской области и автономная "
                "некоммерческая организация «Вторая молодость» подписали соглашение о "
                "совместных занятиях для людей старшего возраста.")


@pytest.mark.parametrize(("case", "roadmap", "expected"), [
    # fails on b58dev: no record of the roadmap (only the signed agreement)
    ("relative clause of a plan",
     "Занятия и их расписание стороны опишут в дорожной карте, которую предполагается "
     "утвердить к октябрю.", ["signed", "planned"]),
    # fails on b58dev: the same with a personal verb of plan in the relative clause (read
    # planned by ``candidate_status.adopted_by_relative_to_come``)
    ("relative clause of intent",
     "Занятия и их расписание стороны опишут в дорожной карте, которую они намерены "
     "утвердить к октябрю.", ["signed", "planned"]),
    # guard (recpool96's reading): a bare future of adopting in the relative clause
    ("relative clause in the future",
     "Занятия и их расписание стороны опишут в дорожной карте, которую они утвердят "
     "к октябрю.", ["signed"]),
    # guards: a roadmap adopted already, or one with no clause of its adoption
    ("adopted already",
     "Занятия и их расписание описаны в дорожной карте, которую стороны утвердили "
     "в марте.", ["signed"]),
    ("no adoption told",
     "Занятия и их расписание стороны опишут в дорожной карте.", ["signed"]),
])
def test_roadmap_adopted_by_its_relative(models, case: str, roadmap: str,
                                         expected: list[str]) -> None:
    text = "Новости министерства\n\n" + ROADMAP_LEAD + " " + roadmap + "\n"
    records = probes.agreements_of(models, text, "2024-05-14")
    assert [a.status for a in records] == expected, (case, [
        (a.status, probes.party_names(a)) for a in records])


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, merge_rules=("plan_before_recalled", "_told_past",
                                                       "_sides_as_subject"),
                                          candidate_signers=("signed_by_its_relative",),
                                          candidate_status=("relative_adoption_to_come",
                                                            "adopted_by_relative_to_come"))


@pytest.mark.parametrize(("sentence", "noun", "expected"), [
    # a roadmap whose relative clause tells its adoption to come
    ("Шаги сторон войдут в дорожную карту, которую ведомства планируют утвердить в декабре.",
     "карту", "planned"),
    # guards: a court's approval of a settlement to come; a roadmap adopted already
    ("Истец и ответчик подписали мировое соглашение, которое суд должен утвердить в мае.",
     "соглашение", None),
    ("Шаги сторон вошли в дорожную карту, которую ведомства утвердили в декабре.", "карту",
     None),
])
def test_adopted_by_relative_to_come(models, sentence: str, noun: str,
                                     expected: str | None) -> None:
    from soccoop.extract.candidate_status import adopted_by_relative_to_come
    from soccoop.extract.syntax import ensure_parsed

    sent = ensure_parsed(models.analyse(sentence).sentences[0], models)
    k = next(i for i, t in enumerate(sent.tokens) if t.text == noun)
    assert adopted_by_relative_to_come(sent, [k]) == expected
