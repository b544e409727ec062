"""lead53: two mends the whole suite asked for after round 53's merge. status53 drops a
signing's date that is a year after the publication's (a term's year, no signing's), so an
ended term's mention told beside it was merged into it: the signing is now compared by the
year its term states (tidy54: the dropped year kept as ``_Candidate.term_year``, read by
``merge_rules.term_ended_before``). sig53's ``later_pair_signers`` signed a record past a
sentence that tells another paper made (a programme approved): that paper may be the
"документ" signed after it (``signer_later._past_paper``). Every probe is written here,
in words of its own; each first case fails on m53."""

from __future__ import annotations

from typing import Any

import probes
import pytest

LEAD = "Лента новостей\n\n"
SIDES = ("Администрация Зетской области, Зетское объединение профсоюзов и региональный "
         "союз промышленников ")

# (published, text, how many records of each status the text tells)
TERMS = [
    # the ended term's mention stays apart from the undated signing of the next year's
    ("2023-12-26",
     LEAD + SIDES + "заключили соглашение о размере минимальной зарплаты на 2024 год. "
     "Заодно участники встречи обсудили, как выполнено соглашение на 2020–2022 годы.\n",
     {"signed": 1, "mentioned": 1}),
    # a range of years covered: its start is compared, the ended term is still apart
    ("2024-12-20",
     LEAD + SIDES + "заключили трёхстороннее соглашение на 2025–2027 годы. "
     "Заодно участники встречи обсудили, как выполнено соглашение на 2021–2023 годы.\n",
     {"signed": 1, "mentioned": 1}),
    # guard: a term that runs on past the signing's year is the same line, no older one
    ("2023-12-26",
     LEAD + SIDES + "заключили соглашение о размере минимальной зарплаты на 2024 год.\n",
     {"signed": 1, "mentioned": 0}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("published", "text", "counts"), TERMS)
def test_ended_term_apart(models: Any, published: str, text: str,
                          counts: dict[str, int]) -> None:
    got = probes.agreements_of(models, text, published)
    for status, n in counts.items():
        assert sum(a.status == status for a in got) == n, \
            [(a.status, a.date, probes.party_names(a)) for a in got]


SIGNING = ("В среду департамент социальной защиты Зетской области и Зетский педагогический "
           "колледж заключили соглашение о практике студентов в центрах соцобслуживания. ")
LATER = ("\n\nДокумент подписали директор департамента социальной защиты Зетской области "
         "Марина Хорошева и директор колледжа Антон Гребнев.")

# (text, the signers the agreement must have)
PAPERS = [
    # a programme approved between them: "Документ" may be that one (no signers)
    (SIGNING + "Глава региона утвердил областную программу наставничества." + LATER, []),
    # a body's name with "программ" in the genitive is no paper made
    (SIGNING + "Студентов будет курировать центр социальных программ «Исток»." + LATER,
     ["Антон Гребнев", "Марина Хорошева"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "signers"), PAPERS)
def test_paper_made_between(models: Any, text: str, signers: list[str]) -> None:
    assert probes.signers_of(models, text, "2025-03-20") == [signers]
