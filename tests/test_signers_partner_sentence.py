"""Agreements told together in one sentence, each signed for its partner in a later
sentence (sig44): "Были подписаны три соглашения ... Соглашение с региональным
министерством скреплено подписью министра X, с центром занятости – подписью директора Y,
с общественной организацией – подписью ее председателя Z." Each partner is found by a
word of its own side in a "с"-phrase; each person signs only the agreement of the partner
named last before it, beside the signer common to all. Probes in words of their own; the
negative is a later sentence that names the partners' people without signing."""

from __future__ import annotations

from functools import partial

import probes
import pytest

signer_surnames = partial(probes.signer_surnames, published="2025-06-18")

TOLD = ("На заседании коллегии 12 июня были подписаны три соглашения о взаимодействии. "
        "Сторонами документов выступили Отделение Социального фонда по Пензенской области, с "
        "одной стороны, и Министерство труда Пензенской области, Пензенский государственный "
        "университет, а также Пензенская областная организация Всероссийского общества "
        "слепых – с другой. Со стороны Отделения документы подписаны управляющим Павлом "
        "Рябовым. ")


@pytest.mark.slow
def test_each_partner_its_own_signer(models) -> None:
    text = TOLD + ("Соглашение с региональным министерством скреплено подписью министра "
                   "Марины Волковой, с университетом – подписью ректора Андрея Гулякова, с "
                   "общественной организацией – подписью ее председателя Ольги Сомовой.")
    found = signer_surnames(models, text)
    assert ["волкова", "рябов"] in found
    assert ["гуляков", "рябов"] in found
    assert ["рябов", "сомова"] in found


@pytest.mark.slow
def test_partners_people_without_signing(models) -> None:
    text = TOLD + ("О планах по соглашению с министерством рассказала министр Марина "
                   "Волкова, по соглашению с университетом – ректор Андрей Гуляков.")
    found = signer_surnames(models, text)
    assert found and not any({"волкова", "гуляков"} & set(who) for who in found)
