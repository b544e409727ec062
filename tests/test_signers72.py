"""signers72 (round 72 of issue 9, branch signers72): who signed, read from the signing
clause, tuned on the odd dev rounds 245-283 (the transfer split swapped).

One shape, read structurally and shared by every reader that asks
``signers.subject_elsewhere`` (the signing sentence's own filter, the chained, the
back-reference, the following and the named-signer readers, and ``signer_shapes``):

- ``signers.signed_paper_subject``: in a sentence whose every word of signing is a
  participle describing the paper ("подписанный документ", "заключённое соглашение"), a
  person who is the subject of another verb speaks of, praises or hands over a paper
  signed before, and signs nothing there ("Вице-губернатор назвал подписанное соглашение
  важным шагом"). The people under the participle (its agent) and the subjects of a
  signing verb are kept; a participle describing a person, the paper its object ("X,
  подписавший договор"), is that person's signing; an extension's participle alone
  ("в продлённом договоре") is no signing proper.

Every probe is written here, in words of its own. On b72dev (``git archive b72dev src``)
the pages marked "fails on b72dev" below fail; the guards pass there too."""

from __future__ import annotations

import probes
import pytest

PUB = "2025-06-16"

_LEAD = ("Министерство социальной политики Энской области и благотворительный фонд "
         "«Опора» подписали соглашение о помощи пожилым. Подписи под документом 3 июня "
         "поставили министр социальной политики Энской области Анна Петровна Котова и "
         "директор фонда Олег Иванович Сомов. ")

# (id, text, the signed records' signers, each as sorted surnames, in the records' order)
SIGNED = [
    # fails on b72dev: the governor who congratulated the sides on the signed paper signs it
    ("congratulated_on_signed_paper",
     _LEAD + "Губернатор Игорь Лыков поздравил стороны с подписанным соглашением.",
     [["котова", "сомов"]]),
    # the same shape with other verbs (pass on b72dev too, by other filters)
    ("thanked_for_signed_paper",
     _LEAD + "Губернатор Энской области Игорь Павлович Лыков поблагодарил стороны за "
     "подписанный документ.",
     [["котова", "сомов"]]),
    ("promised_help_with_signed_paper",
     _LEAD + "Глава района Пётр Гусев пообещал помочь с исполнением подписанного соглашения.",
     [["котова", "сомов"]]),
    # guard: the signers' own sentence keeps its signers
    ("signers_sentence", _LEAD, [["котова", "сомов"]]),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(SIGNED))
def test_signed_signers(models, text: str, expected: list[list[str]]) -> None:
    assert probes.signer_surnames(models, text, ("signed",), published=PUB) == expected


# (id, sentence, the person's name in it, is that person the subject of another verb
# beside a signed paper)
SUBJECTS = [
    ("called", "Министр Анна Котова назвала подписанное соглашение важным шагом.",
     "Анна Котова", True),
    ("handed", "Губернатор Пётр Гусев вручил подписанный договор директору фонда.",
     "Пётр Гусев", True),
    # guards: a signing verb, the participle's agent, a signature noun
    ("signing_verb", "Министр Анна Котова подписала соглашение с фондом.", "Анна Котова",
     False),
    ("agent_of_participle",
     "Соглашение, подписанное министром Анной Котовой, вступило в силу.", "Анной Котовой",
     False),
    ("signature_noun", "Министр Анна Котова поставила подпись под соглашением.",
     "Анна Котова", False),
    ("both", "Министр Анна Котова подписала соглашение и назвала подписанный документ "
             "важным.", "Анна Котова", False),
    # guard: a participle describing the signer, with the paper its object, is his signing
    ("signer_participle", "Директор фонда Олег Сомов, подписавший договор от имени фонда, "
                          "обещал помочь пенсионерам.", "Олег Сомов", False),
    # guard (a first try took it): an extension's participle alone is no signing proper
    ("extended_paper", "Директор фонда Олег Сомов рассказал, что в продлённом договоре "
                       "появились новые пункты.", "Олег Сомов", False),
]


@pytest.mark.parametrize(("sentence", "name", "expected"), probes.named_rows(SUBJECTS))
def test_signed_paper_subject(models, sentence: str, name: str, expected: bool) -> None:
    from soccoop.extract.signers import signed_paper_subject

    assert signed_paper_subject(*probes.written_span(models, sentence, name)) is expected


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, signers=("signed_paper_subject", "_attributive_signing"))
