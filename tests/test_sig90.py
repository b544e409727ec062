"""Signatories of sig90, probes written for this file (not copied from any round).

* One who attended the signing, told in a sentence that refers back to it, is no signer
  ("X, присутствовавший на подписании, отметил ...", ``signers.attending`` read by
  ``candidate_signers._back_reference_signers``).
* A collective signing still to come ("Оба документа подпишет министр X") names the
  signer of the planned records told before it (``coreference.collective_to_come``,
  ``coreference._planned_collective``).
* "он"/"она" that stands for a body named just before is no person
  (``signers.body_antecedent``).
* A name after a semicolon in a clause that tells only where someone stands ("; справа —
  X") is no signer (``signers.standing_aside``).
* A name wholly in the nominative that the parse hung as a part of a genitive name outside
  its span ("им. П. Р. Орлова Иван Сомов") is its own, no bystander's
  (``signers.name_hung_on_another``, read by ``candidate_signers._bystander``).
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

_TVER = ("В среду департамент социального развития Тверской области и фонд «Опора» подписали "
         "соглашение о взаимодействии. ")
_CENTRE = ("Центр занятости населения города Твери и фонд «Опора» заключили в минувший вторник "
           "соглашение о взаимодействии. Его подписали директор центра Олег Иванович Рыбаков "
           "и председатель фонда Анна Сергеевна Белова.\n")
# statpool92: "В прошлом году он заключил" on a page with no year is an earlier agreement
# (mentioned); the rows below test who "он" is, so their second signing is of this week
_BLIND = ("В понедельник он заключил соглашение с Тверским отделением Всероссийского общества "
          "слепых.")
_TAMBOV = ("Министерство социального развития Тамбовской области 12 октября {verb} соглашения с "
           "АО «Тамбовнефть» и ООО «Озон». Оба документа от имени министерства {signs} министр "
           "социального развития Тамбовской области Ирина Викторовна Лаптева.")
_LATER_PLAN = " Кроме того, ведомство рассчитывает заключить соглашение и с ассоциацией «Забота»."

# (id, text, the signers of every record, as surnames, by status)
ROWS = [
    ("one who attended the signing, in a sentence referring back to it",
     _TVER + "Заместитель губернатора Олег Петрович Сомов, присутствовавший на подписании, "
     "отметил, что документ поможет семьям участников СВО.", {"signed": [[]]}),
    ("a collective signing to come: both planned records told before",
     _TAMBOV.format(verb="подпишет", signs="подпишет") + _LATER_PLAN,
     {"planned": [["лаптева"], ["лаптева"], []]}),
    ("'он' standing for the centre named just before",
     _CENTRE + "Опыт работы с людьми с инвалидностью у центра занятости уже есть. " + _BLIND,
     {"signed": [["белова", "рыбаков"], []]}),
    ("a name after '; справа —' in a signing caption",
     "[Фото] На снимке: министр социального развития Тверской области Анна Котова и директор "
     "фонда «Опора» Игорь Белов подписывают соглашение; справа — заместитель губернатора "
     "Тверской области Олег Сомов.\nСегодня в Торжке подписано соглашение о взаимодействии "
     "между фондом «Опора» и министерством социального развития Тверской области.",
     {"signed": [["белов", "котова"]]}),
    # negatives: the rules must not fire
    ("signers named in a sentence referring back are kept",
     _TVER + "Подписи под ним в тот же день поставили министр социального развития "
     "Тверской области Анна Котова и директор фонда «Опора» Игорь Белов.",
     {"signed": [["белов", "котова"]]}),
    ("a collective signing told as done gives the signed records",
     _TAMBOV.format(verb="подписало", signs="подписала"),
     {"signed": [["лаптева"], ["лаптева"]]}),
    ("'он' after a man told as the subject of the sentence before",
     _CENTRE + "Директор центра Олег Рыбаков рассказал о планах центра. " + _BLIND,
     {"signed": [["белова", "рыбаков"], ["рыбаков"]]}),
    ("a side's signer after '; со стороны X —'",
     "Вчера министр социального развития Тверской области Анна Котова и директор фонда «Опора» "
     "Игорь Белов подписали соглашение о помощи пожилым гражданам; со стороны фонда «Забота» — "
     "директор Олег Сомов.", {"signed": [["белов", "котова", "сомов"]]}),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(ROWS))
def test_signers(models: Any, text: str, expected: dict[str, list[list[str]]]) -> None:
    assert probes.surnames_by_status(models, text) == expected


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, candidate_signers=("_back_reference_signers",),
                                          coreference=("collective_to_come", "_planned_collective"),
                                          signers=("pronoun_holder", "body_antecedent",
                                                   "standing_aside", "name_hung_on_another"))


def _name_row(rel: str, case: str, head_case: str) -> tuple[Any, Any]:
    """A hand-parsed "ректор СГУ им. П. Р. Орлова Иван Сомов" whose "Иван" hangs by
    ``rel`` on the genitive "П." of the university's name (``head_case``), the name in
    ``case``; and the span of "Иван Сомов"."""
    from soccoop.extract.nlp import NerSpan

    anim = {"Animacy": "Anim"}
    sent = probes.hand_parsed(
        ("ректор", "ректор", "NOUN", "root", -1, {"Case": "Nom", **anim}),
        ("СГУ", "сгу", "PROPN", "nmod", 0, {"Case": "Gen"}),
        ("им", "имя", "NOUN", "nmod", 0, {"Case": "Gen"}),
        (".", ".", "PUNCT", "punct", 2, {}),
        ("П", "п", "PROPN", "nmod", 2, {"Case": head_case, **anim}),
        (".", ".", "PUNCT", "punct", 4, {}),
        ("Р", "р", "PROPN", "flat:name", 4, {"Case": head_case, **anim}),
        (".", ".", "PUNCT", "punct", 6, {}),
        ("Орлова", "орлов", "PROPN", "flat:name", 4, {"Case": head_case, **anim}),
        ("Иван", "иван", "PROPN", rel, 4, {"Case": case, **anim}),
        ("Сомов", "сомов", "PROPN", "flat:name", 9, {"Case": case, **anim}),
    )
    first, last = sent.tokens[9], sent.tokens[10]
    return sent, NerSpan("PER", first.start, last.stop, "Иван Сомов")


# (id, the name's relation, its case, the head's case, a parse slip)
HUNG = [
    ("a nominative name hung as a name's part on a genitive one", "flat:name", "Nom", "Gen",
     True),
    # negatives
    ("the name in the genitive too: one genitive name", "flat:name", "Gen", "Gen", False),
    ("hung as a dependent, not a name's part", "nmod", "Nom", "Gen", False),
    ("the head in the nominative: one name", "flat:name", "Nom", "Nom", False),
]


@pytest.mark.parametrize(("rel", "case", "head_case", "slip"), probes.named_rows(HUNG))
def test_name_hung_on_another(rel: str, case: str, head_case: str, slip: bool) -> None:
    from soccoop.extract.signers import name_hung_on_another

    assert name_hung_on_another(*_name_row(rel, case, head_case)) is slip
