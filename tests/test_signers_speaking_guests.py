"""A guest who addresses the ceremony between a signing and the sentence naming its
signers (sig44): "С приветственным словом к участникам церемонии обратился губернатор X"
tells of the same occasion and signs nothing, so the signers named after it are the
agreement's, and the guest is none of them. Probes in words of their own."""

from __future__ import annotations

from functools import partial

import probes
import pytest

signer_surnames = partial(probes.signer_surnames, published="2025-06-18")

SIGNED = ("Министерство социальной защиты Ивановской области и благотворительный фонд "
          "«Опора» заключили соглашение о сотрудничестве. ")

ADDRESSED = [
    (SIGNED + "С приветственным словом к участникам церемонии обратился губернатор "
     "Станислав Воскресенский. Подписи под документом поставили министр Марина Волкова и "
     "председатель фонда Игорь Жуков.", ["волкова", "жуков"]),
    (SIGNED + "К гостям церемонии с поздравлением обращалась заместитель губернатора Ольга "
     "Сомова. Документ подписали министр Марина Волкова и председатель фонда Игорь "
     "Жуков.", ["волкова", "жуков"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "signers"), ADDRESSED)
def test_signers_after_an_address(models, text: str, signers: list[str]) -> None:
    assert signer_surnames(models, text) == [signers]
