"""status52 (round 52): status and plans told by tense, aspect and mood, pooled over the dev
rounds (a governor's or minister's own words, interviews, a week's timetable).

- a signing told in the conditional ("мы подписали бы ..., если бы не ...", planned by
  ``status.conditional_signing``) is what the next sentence of its paragraph says came of
  it, when that sentence names no agreement of its own: a signing in the past indicative
  ("Вчера наконец поставили подписи") makes it signed, dated by that sentence; a signing
  ahead ("думаем, подпишем в мае", "надеемся подписать") keeps it planned and dates it by
  that sentence's time read ahead (``status.counterfactual_told_next``, run with the next
  pass by ``status.status_told_after`` on the merged records just before the date stage;
  ``status.conditional_signing_told``, ``status._signing_told``);
- a timetable's slot naming a signing by its noun and no verb ("11:00 – Подписание
  соглашения ...") on a page of two clock-time lines at least is planned, dated by the day
  heading above it ("19 апреля, пятница"), unless the page up to its last clock line tells
  anything in the past (a day's chronicle) (``status.timetable_signing_to_come``,
  ``status._past_told``);
- after a conditional, a verb of hope over a signing tells it still to come ("надеемся
  подписать его в мае", ``lexicon_plans.HOPE_VERBS``).

The negatives keep each reading to its shape: a next sentence telling another event, a
negated signature, another agreement named in the next sentence, a conditional with no
sentence after it, a chronicle's slot, one clock line alone. Every probe is written here,
in words of its own."""

from __future__ import annotations

import probes
import pytest

from soccoop.extract.status import _signing_told, conditional_signing_told

PUB = "2024-03-15"
VETERANS = "Озёрный союз ветеранов"
WHY_NOT = ("Соглашение министерства социальной защиты Озёрного края с Озёрным союзом "
           "ветеранов мы заключили бы ещё осенью, если бы не задержка с финансированием. ")


@pytest.mark.parametrize(("case", "after", "expected"), [
    # each of the two fails on b52dev: "planned" (the conditional's plan kept)
    ("signed next, by signatures", "Вчера наконец поставили подписи: министр и глава "
     "союза.", ("signed", "2024-03-14")),
    ("signed next, by the verb", "Сегодня мы его наконец подписали.", ("signed", "2024-03-15")),
    # fails on b52dev: the plan undated (the next sentence's month unread)
    ("planned next, by the future", "Сейчас текст на доработке, думаю, подпишем в мае.",
     ("planned", "2024-05")),
    # fails on b52dev: the plan undated
    ("planned next, by hope", "Теперь надеемся подписать его в июне.", ("planned", "2024-06")),
    # negatives: another event, a negated signature, another agreement named, nothing after
    # (the plan's date is not theirs to check: None)
    ("another event next", "Вчера прошло заседание комиссии по делам ветеранов.",
     ("planned", None)),
    ("signature negated", "Подписи до сих пор не поставили.", ("planned", None)),
    ("nothing after", "", ("planned", None)),
])
def test_conditional_then_told(models, case: str, after: str,
                               expected: tuple[str, str | None]) -> None:
    found = [(r[0], r[1] if expected[1] is not None else None)
             for r in probes.status_date_parties(models, WHY_NOT + after, PUB)
             if any(VETERANS.lower() in p.lower() for p in r[2])]
    assert found == [expected], case


def test_another_agreement_next_keeps_the_plan(models) -> None:
    """negative: the next sentence tells the signing of another agreement, its own record."""
    text = WHY_NOT + ("Вчера министерство подписало соглашение с Лесным фондом помощи "
                      "инвалидам.")
    assert probes.status_of_side(models, text, PUB, VETERANS) == "planned"


TIMETABLE = """Анонс мероприятий на неделю

18 апреля, четверг
10:00 – Совещание с главами муниципальных округов.

19 апреля, пятница
12:15 – Подписание соглашения о взаимодействии между Озёрным союзом ветеранов и \
министерством социальной защиты Озёрного края.{after}
15:00 – Приём граждан по личным вопросам.
"""


@pytest.mark.parametrize(("case", "after", "expected"), [
    # fails on b52dev: "signed" with no date (a verbless noun of signing read as done)
    ("a slot to come", "", ("planned", "2024-04-19")),
    # fails on b52dev: "signed"; the future of the line's next sentence agrees
    ("a slot with its signers to come", " Документ подпишут министр и председатель союза.",
     ("planned", "2024-04-19")),
])
def test_timetable_slot_to_come(models, case: str, after: str,
                                expected: tuple[str, str]) -> None:
    found = [(r[0], r[1]) for r in probes.status_date_parties(
        models, TIMETABLE.format(after=after), "2024-04-17")
             if any(VETERANS.lower() in p.lower() for p in r[2])]
    assert found == [expected], case


@pytest.mark.parametrize(("case", "text"), [
    # negatives: a chronicle's slot with the signature told done, a page telling its day in
    # the past; one clock line alone
    ("chronicle", TIMETABLE.format(after=" Подписи под ним поставили глава союза и "
                                   "министр.")),
    # fails on the first form of the pass (only the slot's own line was read for the past)
    ("a day told in the past", "Визит в Озёрск: как прошёл день\n19 апреля 2024\nДелегация "
     "союза ветеранов провела в Озёрске весь день.\n09:30 – Встреча в мэрии.\n12:15 – "
     "Подписание соглашения о взаимодействии между Озёрным союзом ветеранов и министерством "
     "социальной защиты Озёрного края.\n16:00 – Отъезд.\n"),
    ("one clock line", "19 апреля, пятница\n12:15 – Подписание соглашения о взаимодействии "
     "между Озёрным союзом ветеранов и министерством социальной защиты Озёрного края.\n"),
])
def test_timetable_slot_done(models, case: str, text: str) -> None:
    assert probes.status_of_side(models, text, "2024-04-19", VETERANS) == "signed", case


@pytest.mark.parametrize(("case", "text", "tense", "expected"), [
    ("past", "Вчера наконец подписали.", "Past", True),
    ("signatures", "Подписи поставили глава союза и ректор.", "Past", True),
    ("future", "Подпишем в мае.", "Fut", True),
    ("hope", "Надеемся подписать к лету.", "Fut", True),
    # negatives: negated, conditional, imperfective future, another verb, the other tense
    ("negated", "Так и не подписали.", "Past", False),
    ("conditional", "Подписали бы весной.", "Past", False),
    ("other verb", "Вчера провели заседание.", "Past", False),
    ("past is no future", "Вчера наконец подписали.", "Fut", False),
])
def test_signing_told(models, case: str, text: str, tense: str, expected: bool) -> None:
    toks = models.analyse(text).sentences[0].tokens
    assert _signing_told(toks, ahead=tense == "Fut") is expected, case


@pytest.mark.parametrize(("case", "text", "expected"), [
    ("past with бы", "Мы подписали бы его ещё весной.", True),
    ("бы before", "Мы бы заключили договор уже весной.", True),
    ("infinitive", "Соглашение можно было бы подписать в сентябре.", True),
    # negatives: the indicative; "бы" far from any signing
    ("indicative", "Мы подписали его весной.", False),
    ("far бы", "Хорошо бы ещё раз собраться и обсудить, а соглашение подписали весной.",
     False),
])
def test_conditional_signing_told(models, case: str, text: str, expected: bool) -> None:
    toks = models.analyse(text).sentences[0].tokens
    assert conditional_signing_told(toks) is expected, case


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, status=("counterfactual_told_next",
                                                  "conditional_signing_told", "_signing_told",
                                                  "_time_ahead", "timetable_signing_to_come",
                                                  "_heading_day", "status_told_after",
                                                  "_past_told"))
