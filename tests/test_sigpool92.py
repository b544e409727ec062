"""Signatories of sigpool92, probes written for this file (not copied from any round).

* A short passive participle of sealing or signing that the tagger called a noun (after a
  long subject, "Соглашение о ... с инвалидностью скреплено ...") is read as the
  participle it is: ``agreements.mistagged_short_participles``.
* The signatures in the instrumental that seal with that verb across its own adjunct of
  time ("скреплено в прошлую пятницу подписями министра X и ректора Y"), which the parser
  hung apart from it: ``syntax.signature_after_seal`` (read by the seal's lemma, by the
  status of a sealed agreement and by the signature's genitive owners).
* An acting prefix right after the signature noun ("подписями исполняющего обязанности
  министра X"), which the parser may make a root, stands for the signature's owner:
  ``signer_shapes._acting_prefix_after``.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

_SUBJECT = ("Соглашение о трудоустройстве выпускников с ограниченными возможностями здоровья "
            "скреплено в прошлую пятницу ")

# (id, text, the signers of every record, as surnames, by status)
ROWS = [
    ("a long subject, a day between the seal and the signatures",
     _SUBJECT + "подписями министра социальной защиты Тверской области Анны Котовой и ректора "
     "Тверского государственного университета Олега Белова.",
     {"signed": [["белов", "котова"]]}),
    ("a masculine participle, a weekday between",
     "Договор о поддержке многодетных семей с детьми-инвалидами скреплён во вторник подписями "
     "председателя комитета по труду Псковской области Ирины Соколовой и директора фонда "
     "«Опора» Петра Зимина.",
     {"signed": [["зимин", "соколова"]]}),
    ("an acting prefix right after the signatures",
     "Соглашение о сопровождении студентов с инвалидностью скреплено в минувшую среду подписями "
     "исполняющего обязанности министра труда Тверской области Анны Котовой и проректора по "
     "учебной работе Тверского государственного университета Олега Белова.",
     {"signed": [["белов", "котова"]]}),
    # negatives: the rules must not fire
    ("sealed with stamps, a minister present: no signing by signatures, no signer",
     _SUBJECT + "печатями министерства социальной защиты Тверской области и Тверского "
     "государственного университета в присутствии министра Анны Котовой.",
     {"mentioned": [[]]}),
    ("sealed in someone's presence, no signatures: nobody signs",
     _SUBJECT + "в присутствии министра социальной защиты Тверской области Анны Котовой и "
     "ректора Тверского государственного университета Олега Белова.",
     {"mentioned": [[]]}),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(ROWS))
def test_signers(models: Any, text: str, expected: dict[str, list[list[str]]]) -> None:
    assert probes.surnames_by_status(models, text, "2024-10-17") == expected


# (id, sentence, the word of sealing, the signature word the helper finds after it or None)
SEALS = [
    ("a time adjunct between", "Соглашение скреплено в прошлую пятницу подписями министра "
     "Анны Котовой.", "скреплено", "подписями"),
    ("right after the verb", "Договор скреплён подписями ректора Олега Белова.", "скреплён",
     "подписями"),
    # negatives
    ("a comma between", "Соглашение скреплено, как сообщили в министерстве, подписями "
     "министра Анны Котовой.", "скреплено", None),
    ("a seal, not a signature", "Соглашение скреплено в прошлую пятницу печатью министерства.",
     "скреплено", None),
    ("too far", "Соглашение скреплено в прошлую пятницу в большом зале областной "
     "администрации подписями министра Анны Котовой.", "скреплено", None),
]


@pytest.mark.parametrize(("text", "seal", "expected"), probes.named_rows(SEALS))
def test_signature_after_seal(models: Any, text: str, seal: str, expected: str | None) -> None:
    from soccoop.extract.syntax import signature_after_seal

    sent = models.analyse(text).sentences[0]
    models.parse_sentences([sent])
    i = next(k for k, t in enumerate(sent.tokens) if t.text == seal)
    j = signature_after_seal(sent, i, {"подпись"})
    assert (sent.tokens[j].text if j is not None else None) == expected


# (id, a word, what the mend makes of a noun's tag on it: "VERB" or the tag kept)
WORDS = [
    ("a short participle of sealing", "скреплено", "VERB"),
    ("a short participle of signing", "подписаны", "VERB"),
    # negatives: a word with another reading, and a word outside the signing lexicon
    ("a noun of signing", "подписание", "NOUN"),
    ("a short participle of another verb", "решено", "NOUN"),
]


@pytest.mark.parametrize(("word", "expected"), probes.named_rows(WORDS))
def test_mistagged_short_participles(models: Any, word: str, expected: str) -> None:
    from soccoop.extract.agreements import mistagged_short_participles

    sent = models.analyse(f"Соглашение {word} министром.").sentences[0]
    tok = sent.tokens[1]
    tok.pos, tok.feats = "NOUN", {"Case": "Ins"}
    tok.lemma = models.lemma(word)
    mistagged_short_participles(models, sent)
    assert tok.pos == expected
    assert (tok.feats.get("Variant") == "Short") == (expected == "VERB")


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, syntax=("signature_after_seal",),
                                          agreements=("mistagged_short_participles",),
                                          signer_shapes=("_acting_prefix_after",))
