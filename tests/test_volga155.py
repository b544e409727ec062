"""volga155: round 155's error classes (the Central Black Earth and the Volga), probes
written for this file (not copied from any round).

* Publication: a head line of a full date, maybe its time, then a separator and the name of
  the page's source ("12.03.2025 | Министерство ...", "14 апреля 2024, 10:15 — Энские
  ведомости"), read by statpool96's ``published.source_name`` since the merge.
* Dates: a plan whose signing is set for the end of a month ("до конца июля стороны должны
  подписать ...") is of that month (``agreement_dates.signing_by_month_end``).
* Status: a mention whose sentence says a roadmap carrying the agreement out is still to be
  drafted, the next sentence planning to sign "её", is that roadmap's plan
  (``coreference.roadmap_to_draft``, read by ``pronoun_plan``); "её" written with ё is a
  document's pronoun as "ее" is (``DOCUMENT_PRONOUNS``).
* Persons: initials and a surname at the end of a body's span run on by the NER are a
  person (``nlp._trailing_initialled_name``), not a namesake after "им.".
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

# --- publication -----------------------------------------------------------------------

BODY = ("\n\nНа встрече в Энском центре занятости студентам техникумов показали триста "
        "рабочих мест. Половину из них предложили заводы.\n\nНовая встреча намечена на "
        "осень.\n")

# (id, headline and stamp lines, the publication date)
STAMPS = [
    ("a date and a body's name", "Ярмарка вакансий для выпускников\n\n"
     "12.03.2025 | Министерство труда Энской области", "2025-03-12"),
    ("a date, a time and an outlet", "Ярмарка вакансий для выпускников\n\n"
     "14 апреля 2024, 10:15 — Энские ведомости", "2024-04-14"),
    # negatives: a headline of a list after the date (a sentence mark), a name before the
    # date (volga155's "two dated lines" row went with its pass: the merged pass takes the
    # first such line, as its other stamps do)
    ("a headline after the date", "Ярмарка вакансий для выпускников\n\n"
     "12.03.2025 — В Энске открыли каток. Подробнее", None),
    ("a headline of other news", "Ярмарка вакансий для выпускников\n\n"
     "12.03.2025 | Губернатор вручил награды ветеранам", None),
    ("a name before the date", "Ярмарка вакансий для выпускников\n\n"
     "Энские ведомости, 12.03.2025 | Подробно", None),
]


@pytest.mark.parametrize(("head", "expected"), probes.named_rows(STAMPS))
def test_sourced_stamp_line(head: str, expected: str | None) -> None:
    # read by statpool96's ``source_name`` pass since the merge (the two branches had each
    # written this page shape; volga155's own pass was taken out)
    from soccoop.extract.published import find_published

    assert find_published(head + BODY)[0] == expected


# --- a plan's signing by the end of a month -------------------------------------------

SIGNED = ("Министерство социальной защиты Энской области и Энский аграрный университет "
          "заключили соглашение о взаимодействии. ")

# (id, the sentence after the signing, the plans' (status, date))
MONTH_END = [
    ("a roadmap by the end of July", "До конца июля министерство и вуз намерены подписать "
     "дорожную карту по исполнению нового соглашения.", [("planned", "2025-07")]),
    ("a plan of next year's month", "До конца января министерство и вуз намерены подписать "
     "дорожную карту по исполнению нового соглашения.", [("planned", "2026-01")]),
    ("a like agreement planned", "До конца июля такое же соглашение министерство "
     "планирует заключить с Энским медицинским колледжем.", [("planned", "2025-07")]),
    # negatives: another act by the month's end; a term that ends then
    ("a draft agreed by then", "До конца июля министерство и вуз должны согласовать проект "
     "дорожной карты.", []),
]


@pytest.mark.parametrize(("after", "expected"), probes.named_rows(MONTH_END))
def test_signing_by_month_end(models: Any, after: str, expected: list[tuple[str, str]]
                              ) -> None:
    got = probes.agreements_of(models, SIGNED + after, "2025-05-20")
    plans = [(a.status, a.date) for a in got if a.status == "planned"]
    assert plans == expected


def test_term_to_month_end_is_no_plan(models: Any) -> None:
    text = ("Министерство социальной защиты Энской области и Энский аграрный университет "
            "заключили соглашение о взаимодействии, которое будет действовать до конца "
            "декабря.")
    assert [a.status for a in probes.agreements_of(models, text, "2025-05-20")] == ["signed"]


# --- a roadmap's plan told by its pronoun ---------------------------------------------

ROADMAP = ("Правительство Энской области и Правительство Запольской области заключили "
           "соглашение о взаимодействии по вопросам трудоустройства. Чтобы соглашение заработало, "
           "министерство труда Энской области и министерство занятости Запольской области "
           "{verb} {document} по его реализации. {after}, сообщил министр труда Пётр Сомов.")

# (id, verb, document, the next sentence, the second record's (status, date))
ROADMAPS = [
    ("её with ё", "подготовят", "дорожную карту", "Подписать её планируется в июле",
     ("planned", "2025-07")),
    ("ее with е", "разработают", "дорожную карту", "Подписать ее планируется в августе",
     ("planned", "2025-08")),
    # negatives: no plan to sign it; a body to set up, not a roadmap to draft
    ("discussed, not signed", "подготовят", "дорожную карту",
     "Её обсудят на коллегии министерства", ("mentioned", None)),
    ("a working group", "создадут", "рабочую группу",
     "Возглавить её планируется заместителю министра", None),
]


@pytest.mark.parametrize(("verb", "document", "after", "expected"),
                         probes.named_rows(ROADMAPS))
def test_roadmap_plan_by_pronoun(models: Any, verb: str, document: str, after: str,
                                 expected: tuple[str, str | None] | None) -> None:
    text = ROADMAP.format(verb=verb, document=document, after=after)
    got = [(a.status, a.date) for a in probes.agreements_of(models, text, "2025-05-20")]
    assert got[0] == ("signed", "2025-05-20")
    assert (got[1] if len(got) > 1 else None) == expected


# --- initials and a surname run into a body's span ------------------------------------

# (id, text, NER spans given, spans mended)
TRAILING = [
    ("an adjective-like surname", "Подписал председатель общества ВОИ К.Л. Лесовых.",
     [("ORG", "общества ВОИ К.Л. Лесовых")],
     [("ORG", "общества ВОИ"), ("PER", "К.Л. Лесовых")]),
    ("a surname in the dictionary", "Подписал директор фонда «Опора» И. Сомов.",
     [("ORG", "фонда «Опора» И. Сомов")], [("ORG", "фонда «Опора»"), ("PER", "И. Сомов")]),
    # negatives: a namesake after "им."; initials and a place
    ("a namesake", "Подписал ректор университета им. Н.П. Сомова.",
     [("ORG", "университета им. Н.П. Сомова")], [("ORG", "университета им. Н.П. Сомова")]),
    ("a namesake with a title", "Подписал ректор института имени академика Н.П. Сомова.",
     [("ORG", "института имени академика Н.П. Сомова")],
     [("ORG", "института имени академика Н.П. Сомова")]),
    ("a place after initials", "Подписал глава управления А. Москва.",
     [("ORG", "управления А. Москва")], [("ORG", "управления А. Москва")]),
]


@pytest.mark.parametrize(("text", "given", "mended"), probes.named_rows(TRAILING))
def test_trailing_initialled_name(models: Any, text: str, given: list[tuple[str, str]],
                                  mended: list[tuple[str, str]]) -> None:
    probes.check_mended_spans(models, text, given, mended)


def test_initialled_signer_after_body(models: Any) -> None:
    text = ("В Энске подписано соглашение между администрацией Энского района и Энской "
            "областной организацией ВОС. Подписи под документом поставили глава Энского района "
            "Иван Петрович Сомов и руководитель Энской областной организации ВОС Н.А. Речных.")
    assert probes.signer_surnames(models, text) == [["речных", "сомов"]]


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, agreement_dates=("signing_by_month_end",),
                                          coreference=("roadmap_to_draft",),
                                          nlp=("_trailing_initialled_name",))
