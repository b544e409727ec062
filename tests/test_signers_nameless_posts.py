"""sig58: two singular posts with no names, joined, sign ("Подписи поставили глава
Минтруда и ректор вуза"), and a photo caption of the signing right after names the two
heads: they are the signers (``signers.caption_heads``, ``_nameless_posts_sign``).
Sentences and people invented for this file."""

from __future__ import annotations

from typing import Any

import pytest
from probes import signers_of

# a caption on the page's last line reads as boilerplate: the report goes on after it
AFTER = "\nСоглашение рассчитано на пять лет: студенты будут проходить практику в центрах."
SIGNING = ("15 марта в Туле министерство социальной защиты Тульской области и Тульский "
           "государственный университет заключили соглашение о сотрудничестве. ")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # the two posts named by the caption
    (SIGNING + "Подписи под документом поставили глава регионального министерства и ректор "
     "вуза.\n[Фото: министр социальной защиты Тульской области Олег Рыжов и ректор ТулГУ "
     "Анна Котова во время подписания соглашения]", ["Анна Котова", "Олег Рыжов"]),
    (SIGNING + "Документ подписали руководитель ведомства и ректор университета.\n"
     "На снимке: министр Олег Рыжов и ректор Анна Котова во время подписания.",
     ["Анна Котова", "Олег Рыжов"]),
    # a caption of no signing names no signer by itself; the rector it names is still the
    # one rector of a side, whom "ректор вуза" names (the post-only signer; before many63
    # read "ТулГУ" as written, her body was "... (ТулГУ)" and matched no side)
    (SIGNING + "Подписи под документом поставили глава регионального министерства и ректор "
     "вуза.\n[Фото: министр социальной защиты Тульской области Олег Рыжов и ректор ТулГУ "
     "Анна Котова на открытии выставки]", ["Анна Котова"]),
    # a caption of no signing whose rector heads no side names no signer
    (SIGNING + "Подписи под документом поставили глава регионального министерства и ректор "
     "вуза.\n[Фото: ректор ТГПУ им. Л. Н. Толстого Анна Котова на открытии выставки]", []),
])
def test_nameless_posts_and_caption(models: Any, text: str, expected: list[str]) -> None:
    got = signers_of(models, text + AFTER, "2025-03-16")
    assert sorted(got[0]) == expected
