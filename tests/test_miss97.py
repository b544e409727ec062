"""miss97: gold agreements the records missed, pooled over the dev rounds and classed. A
cooperation programme or a roadmap told after a signing, still to be adopted or signed by
its sides ("в программе сотрудничества, которую министры планируют утвердить в июне";
"Утвердить её стороны намерены 1 июня"), is a planned document of its own, dated by that
plan, not a word about the agreement signed before it. Every probe is written here, in
words of its own."""

from __future__ import annotations

import probes
import pytest
from probes import first_sentence, noun_at

from soccoop.extract.candidate_signers import planned_object, programme_or_roadmap

LEAD = ("Новости\n\nВ среду министерство социальной защиты Курганской области и фонд "
        "«Тёплый берег» скрепили подписями соглашение о партнёрстве. Свои подписи "
        "оставили министр Ольга Сомова и директор фонда Пётр Лыков. ")

SIGNED = ("signed", "2025-03-12")

# (id, text after the lead, expected (status, date) rows of the records, sorted);
# published 2025-03-14
RECORDS = [
    # the programme's own relative clause plans its adoption (the parser may hang the
    # clause on "годы": "которую" agrees with "программе")
    ("relative-adopt",
     "Мероприятия стороны распишут в программе сотрудничества на 2026–2029 годы, которую "
     "планируют утвердить в июне.\n",
     [("planned", "2025-06"), SIGNED]),
    # the next sentence plans it by a pronoun, to adopt or to sign
    ("next-pronoun-adopt",
     "Мероприятия стороны распишут в программе сотрудничества на 2026–2029 годы. "
     "Утвердить её министерство и фонд намерены 1 июня.\n",
     [("planned", "2025-06-01"), SIGNED]),
    ("next-pronoun-sign",
     "Шаги стороны закрепят в программе взаимодействия. Подписать её министерство и фонд "
     "рассчитывают в сентябре.\n",
     [("planned", "2025-09"), SIGNED]),
    # the next sentence names the programme itself
    ("next-noun-sign",
     "Шаги стороны закрепят в программе взаимодействия на два года. Подписать программу "
     "стороны планируют в октябре.\n",
     [("planned", "2025-10"), SIGNED]),
    # negatives: a programme adopted already, a plan negated, a programme of no
    # cooperation, a programme whose adoption is no one's plan
    ("adopted-already",
     "Мероприятия стороны уже расписали в программе сотрудничества, которую утвердили в "
     "феврале.\n",
     [SIGNED]),
    ("plan-negated",
     "Мероприятия стороны распишут в программе сотрудничества. Утверждать её пока не "
     "планируют.\n",
     [SIGNED]),
    ("other-programme",
     "Занятия пройдут по программе реабилитации, которую центр планирует утвердить в "
     "июне.\n",
     [SIGNED]),
    ("no-plan-word",
     "Мероприятия стороны распишут в программе сотрудничества, которую утвердит "
     "правительство области.\n",
     [SIGNED]),
]


@pytest.mark.parametrize(("case", "tail", "expected"), RECORDS, ids=[r[0] for r in RECORDS])
def test_records(models, case: str, tail: str, expected: list[tuple[str, str]]) -> None:
    got = [(status, date) for status, date, _ in
           probes.status_date_parties(models, LEAD + tail, "2025-03-14")]
    assert got == expected


# (id, sentence, the noun's lemma, is it a programme or roadmap)
NOUNS = [
    ("cooperation-programme", "Стороны утвердят программу сотрудничества.", "программа",
     True),
    ("roadmap", "Стороны утвердят дорожную карту.", "карта", True),
    ("rehab-programme", "Центр утвердит программу реабилитации.", "программа", False),
    ("bare-map", "Стороны изучили карту области.", "карта", False),
]


@pytest.mark.parametrize(("case", "text", "lemma", "expected"), NOUNS,
                         ids=[r[0] for r in NOUNS])
def test_programme_or_roadmap(models, case: str, text: str, lemma: str,
                              expected: bool) -> None:
    sent = first_sentence(models, text)
    assert programme_or_roadmap(sent, noun_at(sent, lemma)) is expected


# (id, sentence, the object's lemma, is it the object of a planned adoption or signing)
OBJECTS = [
    ("plan-adopt", "Утвердить её стороны планируют в мае.", "её", True),
    ("intend-sign", "Подписать её министры намерены осенью.", "её", True),
    ("negated", "Подписывать её министры не намерены.", "её", False),
    ("no-plan", "Министры подписали её в мае.", "её", False),
]


@pytest.mark.parametrize(("case", "text", "lemma", "expected"), OBJECTS,
                         ids=[r[0] for r in OBJECTS])
def test_planned_object(models, case: str, text: str, lemma: str, expected: bool) -> None:
    sent = first_sentence(models, text)
    o = next(i for i, t in enumerate(sent.tokens) if t.lemma == lemma)
    assert planned_object(sent, o) is expected


MISS97_FUNCTIONS = [("coreference", "programme_to_adopt"),
                    ("merge_rules", "programme_beside_signed"),
                    ("candidate_signers", "programme_or_roadmap"),
                    ("candidate_signers", "planned_object"),
                    ("candidate_signers", "agrees_with")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, MISS97_FUNCTIONS)
