"""Signers, session wave sig51: a photo caption of a signing shows the agreement one of
whose own sides it names, not the one told nearest before it
(``coreference.caption_of_its_sides``, ``signers.side_named_in``). Probes are written for
this file."""

from __future__ import annotations

from typing import Any

import pytest
from probes import agreements_of

from soccoop.extract import signers
from soccoop.models import Agreement, Evidence, Party

PUB = "2025-03-12"

SIGNED = ("В понедельник, 10 марта, соглашение о трудоустройстве слабослышащих подписали "
          "Министерство труда Пермского края, ООО «Камская ткань» и Пермская краевая "
          "организация Всероссийского общества глухих. Со стороны министерства документ "
          "подписала министр Ольга Лапина, со стороны общества — председатель Сергей "
          "Ветров. ")
EARLIER = ("Ольга Лапина рассказала, что это не первое такое соглашение. В январе "
           "министерство подписало соглашение с АО «Уральская мебель», где работают шесть "
           "человек с инвалидностью. Первые швеи начнут обучение в апреле. ")


@pytest.mark.parametrize("caption, owner_gets", [
    ("[Фото: На подписании соглашения (слева направо): С. П. Ветров, министр О. И. Лапина "
     "и директор ООО «Камская ткань» Н. А. Гусева.]", "Гусева"),
    ("[Фото: На подписании соглашения: министр О. И. Лапина и директор ООО «Камская ткань» "
     "Н. А. Гусева.]", "Гусева"),
])
def test_caption_signers_go_to_the_side_it_names(models: Any, caption: str,
                                                 owner_gets: str) -> None:
    found = agreements_of(models, SIGNED + EARLIER + caption, PUB)
    june = next(a for a in found if any("Камская" in p.name for p in a.parties))
    january = [a for a in found if any("Уральская" in p.name for p in a.parties)]
    assert any(owner_gets in n for n in june.signatories)
    assert any("Лапина" in n for n in june.signatories)
    assert all(not a.signatories for a in january)


def _agreement(*sides: str) -> Agreement:
    return Agreement(title="", status="signed", date=None,
                     parties=[Party(s, None) for s in sides], signatories=[], regions=[],
                     evidence=Evidence("", 0, 0))


@pytest.mark.parametrize("caption, expected", [
    ("На фото: директор ООО «Камская ткань» Н. Гусева на подписании.", True),
    ("На фото: директор Камской ткани Н. Гусева на подписании.", True),  # oblique case
    ("На фото: министр О. Лапина на подписании.", False),  # the ministry both share
    ("На фото: директор АО «Уральская мебель» И. Котов на подписании.", False),
])
def test_side_named_in(models: Any, caption: str, expected: bool) -> None:
    sent = models.analyse(caption).sentences[0]
    mine = _agreement("Министерство труда Пермского края", "ООО «Камская ткань»")
    other = _agreement("Министерство труда Пермского края", "АО «Уральская мебель»")
    assert signers.side_named_in(sent, mine, [other]) is expected


def test_a_record_with_a_signer_of_its_own_keeps_it(models: Any) -> None:
    """The caption names the first signing's sides; the second agreement shares one signer
    with the caption but names her in its own sentence: she stays its signer."""
    text = ("В Перми подписаны сразу два соглашения. Первое связало Пермский край и "
            "Удмуртию: Министерство труда Пермского края и Министерство социальной политики "
            "Удмуртской Республики будут обмениваться специалистами. [Фото: министр труда "
            "Пермского края Ольга Лапина (слева) и министр социальной политики Удмуртской "
            "Республики Игорь Котов после подписания соглашения] Второе соглашение "
            "Министерство труда Пермского края заключило с Пермским государственным "
            "университетом. Со стороны министерства его подписала Ольга Лапина, со стороны "
            "университета — ректор вуза.")
    found = agreements_of(models, text, PUB)
    university = [a for a in found if any("университет" in p.name for p in a.parties)]
    assert university and all(any("Лапина" in n for n in a.signatories) for a in university)
