"""plan74 (round 74 of issue 9, branch plan74): a plan's signing told by a verb of ability.

- a signing told as possible ahead, a verb of ability in the present or the future before
  "быть" and a signing participle ("Документ может быть подписан летом") or before a
  signing infinitive ("Его могут подписать в июне"), tells a signing to come as "будет
  подписан" does: the plan told before takes the time it names
  (``signing_dates._able_to_be_signed``, read by ``future_document_signing``).

Every probe is written here, in words of its own. On b74dev (e2715e05^) 6 of the 11 fail:
``FUTURE``'s "may_be_signed", "may_be_concluded", "can_sign", ``PLANS``' "season" and
"month" rows (the plan undated), and ``test_no_dev_text_quoted`` at the import of the new
function. The guards ("past_modal", "perhaps", "other_verb", "will_be", "no_plan") hold on
both."""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.signing_dates import future_document_signing

# (id, a sentence telling the signing of the paper named before, does it tell it ahead)
FUTURE = [
    # fails on b74dev: "может быть" before the participle was no future
    ("may_be_signed", "По словам ректора, документ может быть подписан летом.", True),
    ("may_be_concluded", "Как пояснила директор, документ может быть заключён уже в июне.",
     True),
    # fails on b74dev: the ability verb before the infinitive
    ("can_sign", "Его могут подписать в июне на областном форуме.", True),
    # the future "быть" read as before
    ("will_be", "По словам ректора, документ будет подписан летом.", True),
    # guard: a past modal tells what might have been, no signing to come
    ("past_modal", "По словам ректора, документ мог быть подписан ещё весной.", False),
    # guard: "может быть," set off by a comma is a guess, not a signing ahead
    ("perhaps", "Может быть, документ подписан ещё весной.", False),
    # guard: an ability verb before another verb
    ("other_verb", "По словам ректора, документ может стать основой для новых программ.", False),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(FUTURE))
def test_future_document_signing(models: Any, text: str, expected: bool) -> None:
    sent = models.analyse(text).sentences[0]
    assert future_document_signing(sent) is expected


PLAN = ("Министерство социальной защиты Энской области и Энский медицинский колледж "
        "договорились заключить соглашение о подготовке сиделок для одиноких пожилых людей. "
        "{after}")

# (id, the sentence after the plan, the page's day, the plan's date expected)
PLANS = [
    # fails on b74dev: the plan undated
    ("season", "По словам директора колледжа, документ может быть подписан осенью.",
     "2024-03-10", "2024"),
    # fails on b74dev: the plan undated
    ("month", "По словам директора колледжа, документ может быть подписан в октябре.",
     "2024-03-10", "2024-10"),
    # guard: the plan's time told by a past modal is none
    ("no_plan", "По словам директора колледжа, документ мог быть подписан ещё в январе.",
     "2024-03-10", None),
]


@pytest.mark.parametrize(("after", "published", "expected"), probes.named_rows(PLANS))
def test_plan_dated_by_ability(models: Any, after: str, published: str,
                               expected: str | None) -> None:
    found = probes.status_dates(models, PLAN.format(after=after), published)
    assert ("planned", expected) in found, found


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, signing_dates=("_able_to_be_signed",))
