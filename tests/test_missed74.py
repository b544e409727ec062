"""missed74 (round 74 of issue 9, branch missed74): agreements the gold has that the code
loses, read from the "missed" record lines of the blind-start pool (rounds 244–288) and of
the b74 pool.

One shape of the newest rounds: a post in the body's own voice tells a plan with a new
partner by "мы с X" ("на встрече мы с университетом договорились заключить соглашение"),
beside a signing with an older partner. The parser hangs "мы" and the "с" phrase anywhere
(on the meeting, on the agreement's subject), so no partner hung on the noun or its verbs
was found, and the plan took the signing's sides or none at all.
``agreement_sides.comitative_we_partner`` reads the instrumental "с" phrase right after a
nominative "мы" before the agreement noun, in one clause with it; the caller keeps it only
when it names a body in full.

Every probe is written here, in words of its own. On b74dev: ``PAGES``'s rows "plan_we_with"
and "plan_we_with_dated" give the plan the signing's two sides (the university is lost); the
guards hold on both.
"""

from __future__ import annotations

import probes
import pytest

SIGNED = ("Сегодня наш фонд «Тёплый очаг» и Министерство социальной защиты Вологодской "
          "области скрепили подписями соглашение о партнёрстве ради помощи пожилым.\n")
STORY = ["Фонд «Тёплый очаг»", "Министерство социальной защиты Вологодской области"]
PUB = "2024-05-20"

# (id, second sentence, the parties of the record it tells, in order)
PAGES = [
    ("plan_we_with", "А на встрече мы с Вологодским государственным университетом "
     "договорились заключить соглашение о практике студентов в домах-интернатах.",
     ["Вологодский государственный университет"]),
    ("plan_we_with_dated", "Осенью мы с Череповецким государственным университетом "
     "планируем подписать соглашение о волонтёрской практике студентов.",
     ["Череповецкий государственный университет"]),
    # review: a body's name in quotes between the pronoun and the noun is no other clause
    ("plan_we_with_quoted", "А на встрече мы с благотворительным фондом «Северный ветер» "
     "договорились заключить соглашение о помощи одиноким пенсионерам.",
     ["Благотворительный фонд «Северный ветер»"]),
    # guards: "мы с коллегами" names no body; "мы с ректором ..." is a person (the body is
    # his, read by the signer passes or not at all): the plan keeps what it had
    ("we_with_colleagues", "Весной мы с коллегами договорились заключить соглашение о "
     "практике студентов в домах-интернатах.", STORY),
    ("we_with_person", "Мы с ректором Вологодского государственного университета обсудили "
     "будущее соглашение о практике студентов в домах-интернатах.", STORY),
]


@pytest.mark.parametrize(("second", "parties"), probes.named_rows(PAGES))
def test_plan_partner_of_we(models, second: str, parties: list[str]) -> None:
    records = probes.agreements_of(models, SIGNED + second, PUB)
    assert [(a.status, sorted(probes.party_names(a))) for a in records] == \
        [("signed", sorted(STORY)), ("planned", sorted(parties))]


def test_partner_after_a_comma_not_taken(models) -> None:
    """A comma between "мы с X" and the agreement noun opens another clause: X, a friend of
    years, is no partner of the plan told after it."""
    second = ("Мы с Вологодским колледжем дружим давно, а теперь готовим соглашение о "
              "практике студентов в домах-интернатах.")
    records = probes.agreements_of(models, SIGNED + second, PUB)
    assert all("Вологодский колледж" not in probes.party_names(a) for a in records)


def test_person_by_post_left_alone(models) -> None:
    """A person named in the instrumental after his post ("с управляющим отделением фонда
    Ильёй Зотовым") is not this pass's read: the post's words glue to the body's name, and
    on a tuned interview the first try made a side "Управляющее Отделение ..." and joined
    another partner to it. The plan keeps what b74dev gave it (the story's sides); the
    person's body is left to the signer passes (a known gap, not an endorsement)."""
    second = ("Весной мы с управляющим Отделением Пенсионного фонда по Костромской области "
              "Ильёй Зотовым условились заключить соглашение об обмене сведениями.")
    records = probes.agreements_of(models, SIGNED + second, PUB)
    assert [(a.status, sorted(probes.party_names(a))) for a in records] == \
        [("signed", sorted(STORY)), ("planned", sorted(STORY))]


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, agreement_sides=("comitative_we_partner",))
