"""Signatories of caption96, probes written for this file (not copied from any round).

* Under a report of several signed agreements, a labelled photo caption of the signing
  that names one agreement's side by its quoted name, no other agreement sharing it, and
  names two people gives them to that agreement when it has no signer yet
  (``signer_captions._named_side_captions``, ``_captioned_agreement``).
* An exchange of signed copies ("обмениваются подписанными экземплярами") beside a
  signing word is the signing's own scene, not another one (``signer_captions._scene_verb``,
  ``lexicon_signers.COPY_EXCHANGE_VERBS``).
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

_REPORT = ("Вчера на ярмарке социальных инициатив в Твери министерство социальной защиты "
           "Тверской области заключило три соглашения с общественными организациями.\n\n"
           "Министерство заключило соглашение с АНО «Тёплый берег» о помощи одиноким "
           "пенсионерам в сёлах области. АНО уже опекает 80 семей.\n\n"
           "Фонд «Северный ветер» будет поддерживать семьи участников СВО. Соглашение "
           "министерства с фондом подписали министр Анна Котова и председатель фонда Пётр "
           "Седов.\n\n"
           "Соглашение министерства с клубом «Старт» посвящено занятиям спортом для людей с "
           "инвалидностью.\n\n")

# (id, text, the surnames of the signers of the agreement with «Тёплый берег»)
ROWS = [
    ("a caption naming one agreement's side by its quoted name",
     _REPORT + "Фото (1): министр Анна Котова и директор АНО «Тёплый берег» Ирина Гусева "
     "после подписания соглашения.\n",
     ["гусева", "котова"]),
    ("an exchange of signed copies is the signing's scene",
     _REPORT + "Фото (1): министр Анна Котова и директор АНО «Тёплый берег» Ирина Гусева "
     "обмениваются подписанными экземплярами.\n",
     ["гусева", "котова"]),
    # negatives: the rule must not fire
    ("a caption of another scene",
     _REPORT + "Фото (1): министр Анна Котова и директор АНО «Тёплый берег» Ирина Гусева "
     "осматривают мастерскую.\n",
     []),
    ("a caption with no word of signing",
     _REPORT + "Фото (1): министр Анна Котова и директор АНО «Тёплый берег» Ирина Гусева.\n",
     []),
    ("a caption naming no side",
     _REPORT + "Фото (1): министр Анна Котова и директор Ирина Гусева после подписания "
     "соглашения.\n",
     []),
    ("a caption naming three people",
     _REPORT + "Фото (1): министр Анна Котова, директор АНО «Тёплый берег» Ирина Гусева и "
     "депутат Олег Белов после подписания соглашения.\n",
     []),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(ROWS))
def test_signers(models: Any, text: str, expected: list[str]) -> None:
    found = [probes.surnames_of([a.signatories])[0] for a in probes.agreements_of(models, text)
             if any("Тёплый берег" in p.name for p in a.parties)]
    assert found == [expected]


# (id, a caption, does it hold a finite verb of another scene)
SCENES = [
    ("copies exchanged beside a signing word",
     "На фото: министр и директор обмениваются подписанными экземплярами.", False),
    ("a signing verb", "На фото: министр и директор подписывают соглашение.", False),
    # negatives
    ("an exchange with no signing word",
     "На фото: министр и директор обмениваются сувенирами.", True),
    ("another scene", "На фото: министр вручает награду директору.", True),
]


@pytest.mark.parametrize(("caption", "expected"), probes.named_rows(SCENES))
def test_scene_verb(models: Any, caption: str, expected: bool) -> None:
    from soccoop.extract.signer_captions import _scene_verb

    assert _scene_verb(models.analyse(caption).sentences[0]) is expected


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, signer_captions=("_scene_verb", "_captioned_agreement",
                                                           "_distinct_sides",
                                                           "_named_side_captions", "_own_names"))
