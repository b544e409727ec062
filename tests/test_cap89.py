"""Signatories of cap89, probes written for this file (not copied from any round).

* A labelled photo caption that names two people and no other scene shows the signers of
  the document's only signed agreement (``signer_captions.caption_pair_signers``): both
  when it has none, the other one when it has one of them.
* Of several agreements one signing counted by ordinals, a member whose own signer was
  read elsewhere (a caption naming both sides) keeps the common side's signer the other
  stretch names (``signers.ordinal_member_signers``).
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

_SIGNED = ("Министерство социальной защиты Орловской области и Орловский социальный колледж "
           "заключили соглашение о подготовке кадров. Документ подписан в среду в Орле.\n"
           "Колледж будет готовить социальных работников для домов-интернатов области, а "
           "министерство — принимать студентов на практику в подведомственные учреждения.\n")
CAPTION = _SIGNED + ("На фото (слева направо): министр социальной защиты Орловской области "
                     "Ольга Сомова и директор колледжа Игорь Белов\n")
CAPTION_INITIALS = _SIGNED + "На снимке: О.В. Сомова и И.П. Белов\n"
_ONE = ("Министерство социальной защиты Орловской области и Орловский социальный колледж "
        "заключили соглашение о подготовке кадров. Со стороны министерства документ "
        "подписала министр Ольга Сомова.\n"
        "Колледж будет готовить социальных работников для домов-интернатов области.\n")
ONE_KNOWN = _ONE + ("Фото: пресс-служба колледжа. На фото (слева направо): О.В. Сомова и "
                   "И.П. Белов\n")
# negatives
SCENE = _SIGNED + ("На фото: министр социальной защиты Орловской области Ольга Сомова вручает "
                   "награду ветерану Игорю Белову\n")
OCCASION = _SIGNED + ("На фото: министр Ольга Сомова и директор колледжа Игорь Белов на "
                      "открытии учебного корпуса\n")
THREE = _SIGNED + ("На фото: Ольга Сомова, Игорь Белов и Пётр Карпов на открытии учебного "
                   "корпуса\n")
TWO_SIGNED = (
    "Министерство социальной защиты Орловской области подписало соглашение с Орловским "
    "социальным колледжем. Также подписано соглашение с Орловским отделением Социального "
    "фонда России.\n"
    "На фото: Ольга Сомова и Игорь Белов\n")
OTHER_PAIR = _ONE + "На фото: Пётр Карпов и Нина Орлова\n"

# (id, text, the signed records' signers as surnames)
CAPTIONS = [
    ("a caption of two posts and names", CAPTION, [["белов", "сомова"]]),
    ("a caption of two initialled names", CAPTION_INITIALS, [["белов", "сомова"]]),
    ("a caption adding the partner's signer", ONE_KNOWN, [["белов", "сомова"]]),
    # negatives
    ("a caption of another scene", SCENE, [[]]),
    ("a caption of another occasion", OCCASION, [[]]),
    ("a caption of three people", THREE, [[]]),
    ("a caption naming neither known signer", OTHER_PAIR, [["сомова"]]),
]


@pytest.mark.parametrize(("text", "surnames"), probes.named_rows(CAPTIONS))
def test_caption_signers(models: Any, text: str, surnames: list[list[str]]) -> None:
    assert probes.signer_surnames(models, text) == surnames


def test_caption_of_two_signed_agreements(models: Any) -> None:
    """Two signed agreements: whose signing the caption shows is not told."""
    assert all(not names for names in probes.signer_surnames(models, TWO_SIGNED))


ORDINALS = (
    "Министерство социальной защиты Орловской области подписало соглашения о "
    "сотрудничестве с автономной некоммерческой организацией «Центр помощи семье "
    "«Забота» и Орловским государственным университетом. "
    "Документы подписаны во вторник на областном форуме волонтёров.\n"
    "Первым был подписан документ с АНО «Забота». Свои подписи под ним поставили "
    "министр социальной защиты Орловской области Ольга Сомова и директор АНО Нина "
    "Орлова. АНО будет обучать сиделок.\n"
    "Второе соглашение — с Орловским госуниверситетом — касается практики студентов. "
    "По словам Ольги Сомовой, в области не хватает социальных работников.\n"
    "Университет откроет набор на новую специальность осенью.\n"
    "[Фото: На фото (слева направо): ректор ОГУ Игорь Белов и О.В. Сомова подписывают "
    "соглашение.]\n")


def test_ordinal_member_keeps_common_signer(models: Any) -> None:
    """The university's agreement keeps the minister the other paragraph names: its
    caption names her with the rector."""
    assert probes.signer_surnames(models, ORDINALS) == [
        ["орлова", "сомова"], ["белов", "сомова"]]
