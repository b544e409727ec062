"""plans65 (round 65 of issue 9, branch plans65): agreements missed outside lists.

- a roadmap named with its partner in a sentence with no verb of its own, told as a step
  to come ("Следующий этап – дорожная карта с ..."), is a plan when the very next sentence
  signs it, still to come, by a pronoun of its gender
  (``candidate_signers.roadmap_signed_next``, read in ``agreements._candidates``);
- the "с" partners of a plural agreement noun that the parser hangs on an adverb of its
  verb ("заключить аналогичные соглашения отдельно с A и с B") are one agreement each
  (``agreement_sides.apart_adverbs``, read by ``_with_list_split``).

Every probe is written here, in words of its own. On b65dev: ``ROADMAP_NEXT``'s "step"
and "step_copula" rows give no plan (only the signed record), ``APART`` gives one plan
naming both districts and the centre, and ``apart_adverbs`` does not exist. The guards
hold on both."""

from __future__ import annotations

import probes
import pytest

LEAD = ("Пенсионный клуб «Осень» подписал соглашение о сотрудничестве с центром социального "
        "обслуживания «Радуга». Волонтёры клуба будут навещать одиноких стариков.\n\n")

STEP = ("Следующий этап – дорожная карта с Управлением социальной защиты населения "
        "города Вологды. ")
PARTNER = [["Управление социальной защиты населения города Вологды"]]

# (id, the step and the sentence after it, the plans expected: their partners)
ROADMAP_NEXT = [
    # a verbless step with its partner, signed by "Её" still to come (fails on b65dev: none)
    ("step",
     STEP + "Её мы намерены подписать к лету, чтобы помогать одиноким пенсионерам.",
     PARTNER),
    # the same told with a copula of a step to come (fails on b65dev: none)
    ("step_copula",
     "Следующим шагом станет дорожная карта с Управлением социальной защиты населения "
     "города Вологды. Её подпишут в мае директор клуба и начальник управления.",
     PARTNER),
    # guards: signed in the past (no plan), a roadmap with no partner in its phrase
    ("signed_past",
     STEP + "Её подписали ещё весной, и первые поездки уже прошли.",
     []),
    ("no_partner",
     "Следующий этап – дорожная карта по досугу пожилых горожан. Её мы намерены подписать "
     "к лету.",
     []),
    # fixplans65 guards (fail on m65: a plan each): a roadmap only set apart, with no step
    # word, and one that was an outcome, its copula in the past
    ("no_step",
     "Особо – дорожная карта с Управлением социальной защиты населения города Вологды. "
     "Её мы намерены подписать к лету.",
     []),
    ("past_copula",
     "Итогом беседы стала дорожная карта с Управлением социальной защиты населения "
     "города Вологды. Её подпишут в мае директор клуба и начальник управления.",
     []),
]


@pytest.mark.parametrize(("told", "expected"), probes.named_rows(ROADMAP_NEXT))
def test_roadmap_signed_next(models, told: str, expected: list[list[str]]) -> None:
    text = LEAD + told + "\n\nЗаписаться в клуб можно по телефону."
    records = probes.agreement_records(models, text, "2024-03-12", "status", "parties")
    plans = [[p for p in parties if "Осень" not in p and "Радуга" not in p]
             for status, parties in records if status == "planned"]
    assert plans == expected, records


APART = ("Центр занятости Кировской области подписал соглашение о трудоустройстве "
         "инвалидов с фондом «Опора». По словам директора центра, позже центр намерен "
         "заключить аналогичные соглашения отдельно с администрацией Слободского района и "
         "с администрацией Котельничского района.\n\nПервые вакансии появятся в апреле.")


def test_apart_partners_one_agreement_each(models) -> None:
    """Two plans, one with each district. Fails on b65dev: one plan naming both districts
    and the centre."""
    records = probes.agreement_records(models, APART, "2024-03-12", "status", "parties")
    plans = sorted(p for status, parties in records if status == "planned"
                   for p in parties if "района" in p)
    assert plans == ["Администрация Котельничского района", "Администрация Слободского района"]
    assert sum(1 for status, _ in records if status == "planned") == 2, records


TOGETHER = ("Центр занятости Кировской области подписал соглашение о трудоустройстве "
            "инвалидов с фондом «Опора». Весной центр собирается заключить соглашения "
            "вместе с фондом «Опора» с администрацией Слободского района и с администрацией "
            "Котельничского района.\n\nПервые вакансии появятся в апреле.")


def test_together_partner_signs_beside(models) -> None:
    """fixplans65: the body under "вместе" signs beside the centre, not opposite it: one
    plan with each district, none with the fund as partner. Fails on m65: a plan with the
    Слободской district and one with the fund; the Котельничский district lost."""
    records = probes.agreement_records(models, TOGETHER, "2024-03-12", "status", "parties")
    plans = [parties for status, parties in records if status == "planned"]
    assert sorted(p for parties in plans for p in parties if "района" in p) == [
        "Администрация Котельничского района", "Администрация Слободского района"], records
    assert len(plans) == 2, records


# (id, sentence, the verb's word, the adverbs expected)
APART_ADVERBS = [
    ("apart", "Министерство планирует подписать соглашения отдельно с фондом и с колледжем.",
     "подписать", ["отдельно"]),
    # guards: an adverb with no partner of its own, a partner on the verb itself
    ("no_partner", "Министерство планирует подписать соглашения отдельно до конца года.",
     "подписать", []),
    ("on_verb", "Министерство подписало соглашения с фондом и с колледжем.",
     "подписало", []),
    # fixplans65 guards (fail on m65): adverbs of doing together, the body beside the subject
    ("together", "Министерство планирует подписать соглашения вместе с фондом и с колледжем.",
     "подписать", []),
    ("jointly", "Министерство планирует подписать соглашения совместно с фондом и с колледжем.",
     "подписать", []),
]


@pytest.mark.parametrize(("told", "verb", "expected"), probes.named_rows(APART_ADVERBS))
def test_apart_adverbs(models, told: str, verb: str, expected: list[str]) -> None:
    from soccoop.extract.agreement_sides import apart_adverbs
    from soccoop.extract.syntax import ensure_parsed
    sent = ensure_parsed(models.analyse(told).sentences[0], models)
    v = next(i for i, t in enumerate(sent.tokens) if t.text == verb)
    assert [sent.tokens[i].text for i in apart_adverbs(sent, [v])] == expected


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, candidate_signers=("roadmap_signed_next",),
                                          agreement_sides=("apart_adverbs",))
