"""Dev-round texts whose signers a signer shape was first seen on: each text must give its
gold's signers (surnames, pooled over the text's agreements). The shapes themselves are
probed in words of their own in the ``test_signers_*`` file named beside each group."""

from __future__ import annotations

from typing import Any

import pytest
from probes import round_signer_surnames

INSTANCES = [
    # test_signers_sides_and_vocatives.py
    ("round21", "a02_year_review_amur_agreements"),  # "со стороны Соцфонда — ..."
    ("round21", "a03_interview_perm_minister"),  # "— Павел Сергеевич, ... вы подписали"
    ("round21", "a09_ngo_irkutsk_buryatia_silver_volunteers"),  # "Дарима Цыденова"
    ("round21", "a10_business_lenoblast_karelia_quota_jobs"),  # "участвовали ... Они"
    ("round20", "g05_newspaper_pskov_vitebsk_postponed"),  # "готова подписать документ"
    # test_signers_referring_subjects.py
    ("round23", "r09_ngo_ivanovo_vladimir_volunteers_elderly"),  # "Вместе с X они"
    ("round23", "r15_agency_mari_el_eao_care_quotes"),  # "гостья и министр X"
    # test_signers_announced_and_letters.py
    ("round16", "b08_university_kursk_belgorod_practice"),  # "— первый заместитель министра"
    ("round25", "f03_interview_tomsk_department_head"),  # "– Михаил Александрович, вы"
    ("round11", "v02_governor_address_ulyanovsk"),  # "мы вместе с X подписали" + sign-off
]


@pytest.mark.slow
@pytest.mark.parametrize(("rnd", "stem"), INSTANCES)
def test_a_dev_round_text_gives_its_gold_signers(models: Any, rnd: str, stem: str) -> None:
    found, want = round_signer_surnames(models, rnd, stem)
    assert found == want
