"""Signatories of sigpool95, probes written for this file (not copied from any round).

* A colon clause of signing ("Документ подписали:") followed by lines of a list without
  a mark, each opened by a name and a comma before the post ("Анна Котова, министр
  ...;"), names the signers: ``signer_shapes._named_comma_line`` makes such a line (no
  finite verb in it) an item of ``colon_list_signers`` and its opening name the item's
  person.
* A photo caption whose label follows a messenger's picture mark ("📷 На фото: ...") is a
  labelled caption (``lexicon_signers.CAPTION_PICTOGRAPH`` in ``CAPTION_LABELS``).
* A sentence whose signing verb takes a comitative third-person pronoun ("Вместе с ним
  подписи поставили X и Y"), right after a sentence whose last person is the agreement's
  signer, adds the people it names (``signer_shapes.along_with_signers``).
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

_TAIL = ("\nПо условиям документа стороны намерены вместе обучать сиделок, "
         "проводить ярмарки вакансий и обучать родственников людей с инвалидностью, "
         "а первые результаты совместной работы планируют обсудить на осенней коллегии.\n")

_HEAD = ("Министерство социальной защиты Тверской области и АНО «Светлый путь» заключили "
         "соглашение о помощи родителям особых детей.\n\n{colon}\n")
_COMMA_LINES = ("Анна Сергеевна Котова, министр социальной защиты Тверской области;\n"
                "Олег Иванович Белов, директор автономной некоммерческой организации "
                "«Светлый путь».\n")

_SIGNED = ("Министр социальной защиты Тверской области Пётр Гусев подписал соглашение с АНО "
           "«Светлый путь» о помощи родителям особых детей.\n\n")

# (id, text, the signers of every record, as surnames, by status)
ROWS = [
    ("name, comma and post on each line after a signing colon",
     _HEAD.format(colon="Документ 14 марта подписали:") + _COMMA_LINES + _TAIL,
     {"signed": [["белов", "котова"]]}),
    ("the same lines after 'Подписи под соглашением поставили:'",
     _HEAD.format(colon="Подписи под соглашением поставили:") + _COMMA_LINES + _TAIL,
     {"signed": [["белов", "котова"]]}),
    ("a caption after a picture mark names both signers",
     "Министерство социальной защиты Тверской области и Тверской государственный "
     "университет заключили договорённость о практике студентов-психологов.\n\n"
     "📷 На фото: министр Анна Котова и ректор Олег Белов после подписания соглашения.\n" +
     _TAIL,
     {"signed": [["белов", "котова"]]}),
    ("'вместе с ним' after the signer's own sentence",
     _SIGNED + "Вместе с ним подписи поставили директор фонда «Опора» Нина Сомова и ректор "
     "Тверского университета Иван Орлов.\n" + _TAIL,
     {"signed": [["гусев", "орлов", "сомова"]]}),
    ("'с ней' with the document as object",
     _SIGNED.replace("Министр", "Заместитель министра").replace("Пётр Гусев подписал",
                                                                 "Анна Котова подписала") +
     "С ней документ подписали директор фонда «Опора» Нина Сомова и ректор Тверского "
     "университета Иван Орлов.\n" + _TAIL,
     {"signed": [["котова", "орлов", "сомова"]]}),
    # negatives: the rules must not fire
    ("lines that tell something are no list",
     _HEAD.format(colon="Документ 14 марта подписали:") +
     "Анна Котова, министр области, напомнила о сроках приёма заявок;\n"
     "Олег Белов, директор АНО, рассказал о планах организации на год.\n" + _TAIL,
     {"signed": [[]]}),
    ("guests listed after a colon sign nothing",
     _HEAD.format(colon="На церемонии присутствовали:") + _COMMA_LINES + _TAIL,
     {"signed": [[]]}),
    ("a caption after a picture mark showing another scene",
     "Министерство социальной защиты Тверской области и Тверской государственный "
     "университет заключили договорённость о практике студентов-психологов.\n\n"
     "📷 На фото: министр Анна Котова и ректор Олег Белов на открытии лаборатории.\n" +
     _TAIL,
     {"signed": [[]]}),
    ("a comitative pronoun without a signing verb",
     _SIGNED + "Вместе с ним о планах рассказали директор фонда «Опора» Нина Сомова и "
     "ректор Тверского университета Иван Орлов.\n" + _TAIL,
     {"signed": [["гусев"]]}),
    ("the pronoun's antecedent is no signer",
     _SIGNED + "На церемонии выступил губернатор Тверской области Игорь Руденко.\n"
     "Вместе с ним подписи под обращением к жителям поставили директор фонда «Опора» "
     "Нина Сомова и ректор Тверского университета Иван Орлов.\n" + _TAIL,
     {"signed": [["гусев"]]}),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(ROWS))
def test_signers(models: Any, text: str, expected: dict[str, list[list[str]]]) -> None:
    assert probes.surnames_by_status(models, text) == expected


# (id, a line after a signing colon, is it an item opened by a name and a comma)
LINES = [
    ("name, comma, post, semicolon", "Нина Павловна Сомова, директор центра занятости Твери;",
     True),
    ("name, comma, post, stop", "Иван Орлов, ректор Тверского университета.", True),
    # negatives
    ("a finite verb after the post", "Нина Сомова, директор центра, подчеркнула важность "
     "документа.", False),
    ("the post opens the line", "директор центра занятости Твери Нина Сомова;", False),
    ("a dash, not a comma, after the name (the other shape)",
     "Нина Сомова — директор центра занятости;", False),
]


@pytest.mark.parametrize(("line", "expected"), probes.named_rows(LINES))
def test_named_comma_line(models: Any, line: str, expected: bool) -> None:
    from soccoop.extract.signer_shapes import _named_comma_line

    analysis = models.analyse("Документ подписали:\n" + line + "\n\nЦеремония прошла в Твери.\n")
    sent = next(s for s in analysis.sentences if s.text.startswith(line.split()[0]))
    assert _named_comma_line(analysis, sent) is expected


# (id, a caption line, is it a labelled caption)
CAPTIONS = [
    ("a picture emoji before the label", "🖼 На фото: министр Анна Котова и ректор Иван Орлов",
     True),
    ("a camera emoji with a variation selector", "📸️ Фото: министр Анна Котова", True),
    ("no picture mark", "На снимке: министр Анна Котова", True),
    # negatives
    ("a picture mark before prose", "📷 Министр Анна Котова рассказала о фото", False),
    ("a word before the label", "Смотрите на фото: министр Анна Котова", False),
]


@pytest.mark.parametrize(("line", "expected"), probes.named_rows(CAPTIONS))
def test_caption_label(line: str, expected: bool) -> None:
    import re

    from soccoop.extract.lexicon_signers import CAPTION_LABELS

    assert bool(re.match(CAPTION_LABELS, line)) is expected


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, signer_shapes=("_named_comma_line", "along_with_signers",
                                                         "_along_with_verb"))
