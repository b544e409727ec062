"""Signatories of sigpool98, probes written for this file (not copied from any round).

* A pronoun that is the subject of a passive signing ("он подписан директором ...") is the
  paper signed, not a signer named before (``signers._signed_thing`` in
  ``pronoun_holder``).
* A person under a preposition that sets her beside the signing ("записаться можно у
  Игоря Седова") is no signer (``candidate_signers.prepositional_bystander``).
* A subject's name whose surname the dictionary reads only as a common noun's genitive
  plural ("Андрей Щеглов": "щеглов", of "щегол") is still a nominative name
  (``signer_shapes._surname_nominative`` in ``_nominative_words``).
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

_PASSIVE = ("Новости\n\n"
            "Глава района Олег Седов пообещал закончить ремонт клуба к лету. Между тем во "
            "вторник в Вологде подписан договор о занятости многодетных матерей: {it} "
            "директором областного центра занятости Игорем Гусевым и председателем фонда "
            "«Большая семья» Анной Котовой. Центр будет подбирать матерям работу с гибким "
            "графиком.\n")
_ACTIVE = ("Новости\n\n"
           "Министр социальной защиты Вологодской области Пётр Сухов приехал в Череповец. Он "
           "подписал соглашение о сотрудничестве с ректором Череповецкого университета Анной "
           "Котовой.\n")
_CONTACT = ("Тверская областная организация общества инвалидов\n\n"
            "Новости организации\n\n"
            "Рассказываем о наших делах. Соглашение о совместной работе мы заключили с "
            "областным центром социального обслуживания, записаться на занятия можно {who}. "
            "Первые занятия пройдут в мае.\n")
_PARTNER = ("Новости\n\n"
            "Ректор Тверского университета Пётр Гусев подписал соглашение о сотрудничестве с "
            "министром социальной защиты Тверской области Анной Котовой.\n")
_SURNAME = ("Новости\n\n"
            "Администрация города Твери и министерство социальной защиты Тверской области "
            "утвердили «дорожную карту» помощи одиноким пожилым горожанам на три "
            "года. Документ подписали {first} и министр социальной защиты Тверской "
            "области Марина Котова.\n\n"
            "«Мы откроем три школы ухода», — отметила Марина Котова.\n")
_WITNESSED = ("Новости\n\n"
              "Министерство социальной защиты Тверской области и Тверской университет "
              "заключили соглашение о практике студентов. В присутствии главы района Игоря "
              "Щеглова соглашение подписали министр Марина Котова и ректор Пётр Гусев.\n")


def _signers(models: Any, text: str) -> list[list[str]]:
    """The surnames of each record's signers, every status together."""
    return sorted(s for rows in probes.surnames_by_status(models, text).values()
                  for s in rows)


# (id, text, a signer list some record must have, a surname no record may have)
ROWS = [
    ("a passive signing's pronoun is the paper",
     _PASSIVE.format(it="он подписан"), ["гусев", "котова"], "седов"),
    ("a contact under 'у' is no signer",
     _CONTACT.format(who="у Игоря Седова, руководителя нашей секции"), [], "седов"),
    ("a surname read only as a noun's genitive plural signs",
     _SURNAME.format(first="глава города Андрей Сергеевич Щеглов"), ["котова", "щеглов"],
     None),
    # negatives: what the guards leave alone
    ("an active signing's pronoun is the man named before",
     _ACTIVE, ["котова", "сухов"], None),
    ("a partner's signer under 'с' still signs", _PARTNER, ["гусев", "котова"], None),
    ("a witness's genitive surname does not sign", _WITNESSED, ["гусев", "котова"], "щеглов"),
    ("a surname the dictionary knows signs as before",
     _SURNAME.format(first="глава города Андрей Сергеевич Волков"), ["волков", "котова"],
     None),
]


@pytest.mark.parametrize(("text", "signers", "absent"), probes.named_rows(ROWS))
def test_signers(models: Any, text: str, signers: list[str], absent: str | None) -> None:
    found = _signers(models, text)
    assert signers in found
    assert absent is None or not any(absent in s for s in found)


# (id, a name as the subject writes it, can it be a nominative)
NOMINATIVES = [
    ("a surname known as a noun's genitive plural only", "Андрей Щеглов", True),
    ("a woman's form of it", "Анна Щеглова", True),
    ("a dictionary surname", "Андрей Волков", True),
    ("a first name in the genitive", "Андрея Щеглова", False),
    ("one word is not a surname after a name", "Щеглов", False),
]


@pytest.mark.parametrize(("name", "expected"), probes.named_rows(NOMINATIVES))
def test_nominative_words(models: Any, name: str, expected: bool) -> None:
    from soccoop.extract.nlp import NerSpan
    from soccoop.extract.signer_shapes import _nominative_words

    assert _nominative_words(NerSpan("PER", 0, len(name), name), models) is expected


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, signers=("_signed_thing",),
                                          candidate_signers=("prepositional_bystander",),
                                          signer_shapes=("_surname_nominative",))
