"""Agreements missed or extra in rounds 28–31 (agr30), probed in words of their own (other
districts, ministries and word orders than the rounds' texts).

- a side-less agreement whose clause's subject is a plural post ("Главы подписали
  соглашение") is between the bodies of the officials of that post introduced just before
  (``coreference.group_post_sides``).
"""

from __future__ import annotations

import json

import pytest
from probes import agreements_of, party_names

PUB = "2025-10-14"

SASOVO = "Сасовский муниципальный округ"
MORSHANSK = "Моршанский муниципальный округ"
BOTH_HEADS = ("Глава Сасовского муниципального округа Игорь Белов и глава Моршанского "
              "муниципального округа Ольга Кузнецова провели встречу в Сасове. ")
HEAD_MEETS_HEAD = ("Глава Сасовского муниципального округа Игорь Белов встретился с главой "
                   "Моршанского муниципального округа Ольгой Кузнецовой. ")
ABOUT = "соглашение о сотрудничестве в сфере социальной поддержки ветеранов"


@pytest.mark.slow
@pytest.mark.parametrize("text, status, signers", [
    # subject first, signed: the heads sign for their districts
    (BOTH_HEADS + f"Главы подписали {ABOUT}.", "signed", ["Игорь Белов", "Ольга Кузнецова"]),
    # subject after the verb
    (BOTH_HEADS + f"{ABOUT[:1].upper() + ABOUT[1:]} подписали главы.", "signed",
     ["Игорь Белов", "Ольга Кузнецова"]),
    # introduced by "встретился с главой ...", subject with its own genitive
    (HEAD_MEETS_HEAD + f"По итогам встречи главы муниципалитетов подписали {ABOUT}.",
     "signed", ["Игорь Белов", "Ольга Кузнецова"]),
    # a plan under an agreeing verb
    (HEAD_MEETS_HEAD + f"Главы договорились подготовить {ABOUT}.", "planned", []),
    # fronted object, subject before a plan verb
    (HEAD_MEETS_HEAD + f"{ABOUT[:1].upper() + ABOUT[1:]} главы планируют подписать в марте.",
     "planned", []),
])
def test_plural_post_subject_takes_the_officials_bodies(models, text, status, signers):
    found = agreements_of(models, text, PUB)
    assert [(a.status, party_names(a)) for a in found] == [
        (status, sorted([SASOVO, MORSHANSK]))]
    assert sorted(found[0].signatories) == signers


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # one head only: no pair of bodies to take
    "Глава Сасовского муниципального округа Игорь Белов посетил дом престарелых. "
    f"Главы подписали {ABOUT}.",
    # the plural post is not the post of the officials told before
    BOTH_HEADS + f"Директора центров подписали {ABOUT}.",
])
def test_plural_post_without_its_officials_names_no_sides(models, text):
    found = agreements_of(models, text, PUB)
    assert all(sorted([SASOVO, MORSHANSK]) != party_names(a) for a in found)
    assert all(not a.signatories or a.signatories != ["Игорь Белов", "Ольга Кузнецова"]
               for a in found)


@pytest.mark.slow
def test_cli_lists_heads_signing_with_their_districts(ingest_and_list):
    out = ingest_and_list({"heads.txt": f"{PUB}\n\n{BOTH_HEADS}Главы подписали {ABOUT}."},
                          "--format", "jsonl")
    record = json.loads(out)
    assert [(a["status"], sorted(p["name"] for p in a["parties"]), sorted(a["signatories"]))
            for a in record["agreements"]] == [
        ("signed", sorted([SASOVO, MORSHANSK]), ["Игорь Белов", "Ольга Кузнецова"])]
