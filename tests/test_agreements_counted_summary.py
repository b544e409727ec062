"""A headline counting several agreements without naming the partners ("X подписала два
соглашения с соседями") is a summary of the members the body tells: it must not found an
agreement of its own that takes the ordinal member's signers. The text is written here."""

from __future__ import annotations

import probes
import pytest

TEXT = (
    "Курская область подписала два соглашения с соседями\n"
    "Курская область в минувший вторник заключила сразу два соглашения о сотрудничестве в "
    "социальной сфере — с Белгородской и Орловской областями. Документы подписаны на "
    "межрегиональном форуме в Курске.\n"
    "Первое соглашение заключили комитет социального обеспечения Курской области и "
    "министерство социальной защиты Белгородской области. Подписи поставили председатель "
    "комитета Ольга Гречко и министр Сергей Лунин.\n"
    "Второй документ — между комитетом по труду и занятости Курской области и управлением "
    "занятости Орловской области. Его подписали председатель комитета Павел Рябов и "
    "начальник управления Мария Зотова.\n"
)


@pytest.mark.slow
def test_counted_headline_leaves_each_member_its_signers(models):
    assert probes.signers_of(models, TEXT, "2025-11-20") == [
        ["Ольга Гречко", "Сергей Лунин"], ["Мария Зотова", "Павел Рябов"]]
