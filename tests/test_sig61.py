"""r61sig (round 61 of issue 9, branch sig61): who signed a reported signing.

Three reads of a signed record's signers outside series of several documents:

- a person's name the NER cut after a first name the dictionary does not know ("Баатр" |
  "Бадмаевич Сомов") is one name (``nlp._unknown_first_before_patronymic``, in
  ``nlp._joined_name``): the first name alone is no second signer;
- a name inside round brackets holding a clause of their own, beside a signing that names
  its signer before them, tells of someone else ("(министр ... находится в отпуске)"):
  no signer (``signers.bracketed_aside``, read by ``candidate_signers._signatories``,
  ``_named_signers`` and ``signer_shapes.subject_signers``);
- under a header naming the page's author, a signing told by "мы" or by a plural verb with
  no subject, whose next sentence names only the other side's signer ("Со стороны
  общества ..."), was signed for the author's side by the author
  (``candidate_signers.own_side_author``, ``signer_author.we_signing_told``); a past
  plural the tagger reads as a converb is the past plural
  (``signers.past_plural_as_converb``).

Every probe is written here, in words of its own."""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.nlp import Token
from soccoop.extract.signers import past_plural_as_converb

# (what, text, spans given, spans mended)
SPANS = [
    ("a first name the dictionary lacks before a patronymic and a surname (fails on "
     "b61dev: two persons)",
     "Соглашение подписал заместитель председателя Баатр Бадмаевич Сомов.",
     [("PER", "Баатр"), ("PER", "Бадмаевич Сомов")],
     [("PER", "Баатр Бадмаевич Сомов")]),
    # guards
    ("a patronymic alone after it: no surname, two spans kept",
     "Соглашение подписал заместитель Баатр Бадмаевич.",
     [("PER", "Баатр"), ("PER", "Бадмаевич")],
     [("PER", "Баатр"), ("PER", "Бадмаевич")]),
    ("no patronymic opens the second span",
     "На встрече были Баатр Сомов Гусев.",
     [("PER", "Баатр"), ("PER", "Сомов Гусев")],
     [("PER", "Баатр"), ("PER", "Сомов Гусев")]),
    ("a comma between the spans",
     "Пришли Баатр, Бадмаевич Сомов и другие.",
     [("PER", "Баатр"), ("PER", "Бадмаевич Сомов")],
     [("PER", "Баатр"), ("PER", "Бадмаевич Сомов")]),
    ("a word the dictionary knows before them",
     "Приехал Буря Бадмаевич Сомов.",
     [("PER", "Буря"), ("PER", "Бадмаевич Сомов")],
     [("PER", "Буря"), ("PER", "Бадмаевич Сомов")]),
]


@pytest.mark.parametrize(("text", "given", "mended"), probes.named_rows(SPANS))
def test_unknown_first_name_joined(models: Any, text: str, given: list[tuple[str, str]],
                                   mended: list[tuple[str, str]]) -> None:
    probes.check_mended_spans(models, text, given, mended)


def _verb(text: str, form: str) -> Token:
    return Token(text, 0, len(text), "VERB", {"VerbForm": form}, "подписать")


CONVERBS = [
    ("Подписали", "Conv", True),  # the past plural the tagger took for a converb
    # guards: a true converb, a finite verb
    ("Подписав", "Conv", False),
    ("Подписали", "Fin", False),
]


@pytest.mark.parametrize(("text", "form", "expected"), CONVERBS)
def test_past_plural_as_converb(text: str, form: str, expected: bool) -> None:
    assert past_plural_as_converb(_verb(text, form)) is expected


SOCIAL = ("Министерство социальной защиты Энской области и Энское региональное отделение "
          "общества слепых заключили соглашение о социальной поддержке "
          "людей с инвалидностью.")

# the minister away, told in brackets after his deputy's signing (fails on b61dev: Гусев
# signs)
BRACKET = ("Минсоц Энской области\n\n12 марта 2025\n\n" + SOCIAL + " От министерства "
           "документ по поручению подписала заместитель министра Ирина Павловна Лосева "
           "(министр Олег Викторович Гусев в эти дни находится в отпуске). От общества "
           "подпись поставил председатель отделения Пётр Андреевич Клюев.\n\nСтороны "
           "договорились вместе искать работу для инвалидов.\n")
# guard: the bracket tells the signing itself
BRACKET_SIGNS = BRACKET.replace("(министр Олег Викторович Гусев в эти дни находится в "
                                "отпуске)", "(подпись за министра поставил его советник "
                                "Олег Викторович Гусев)")
# guard: a bracket with no verb, the post of the one signing
BRACKET_POST = BRACKET.replace("заместитель министра Ирина Павловна Лосева (министр Олег "
                               "Викторович Гусев в эти дни находится в отпуске)",
                               "Ирина Павловна Лосева (заместитель министра)")


def _signs_not(found: list[list[str]], signer: str, other: str) -> None:
    """The page's records name ``signer`` among their signers and never ``other``."""
    names = {n for row in found for n in row}
    assert any(signer in n for n in names), found
    assert not any(other in n for n in names), found


@pytest.mark.slow
def test_bracketed_aside_no_signer(models: Any) -> None:
    found = probes.signers_of(models, BRACKET, "2025-03-12")
    _signs_not(found, "Лосева", "Гусев")


@pytest.mark.slow
def test_bracketed_signing_kept(models: Any) -> None:
    found = probes.signers_of(models, BRACKET_SIGNS, "2025-03-12")
    assert any("Лосева" in n for row in found for n in row), found


@pytest.mark.slow
def test_bracketed_post_kept(models: Any) -> None:
    found = probes.signers_of(models, BRACKET_POST, "2025-03-12")
    _signs_not(found, "Лосева", "Гусев")


# the author's channel: the district signed, the other side's signer named next (fails on
# b61dev: Зуев does not sign)
AUTHOR = ("Олег Зуев | Глава Энского района\n14 марта 2025\n\nСегодня подписали соглашение о "
          "социальном сопровождении семей между администрацией Энского района и Энским "
          "региональным отделением общества слепых. От общества слепых "
          "документ подписала его председатель Анна Петровна Котова.\n\nТеперь "
          "специалисты будут приезжать в каждое село раз в месяц.\n")
# guard: no header names the author
NO_HEADER = AUTHOR.replace("Олег Зуев | Глава Энского района\n", "Энский район\n")
# guard: the next sentence names both sides' signers
BOTH = AUTHOR.replace("его председатель Анна Петровна Котова.", "его председатель Анна "
                      "Петровна Котова, от района — заместитель главы Сергей Ильич Рябов.")


@pytest.mark.slow
def test_author_signs_for_own_side(models: Any) -> None:
    found = probes.signers_of(models, AUTHOR, "2025-03-14")
    assert probes.surnames_of(found) == [["зуев", "котова"]], found


@pytest.mark.slow
def test_no_header_no_author(models: Any) -> None:
    found = probes.signers_of(models, NO_HEADER, "2025-03-14")
    _signs_not(found, "Котова", "Зуев")


@pytest.mark.slow
def test_both_sides_named_no_author(models: Any) -> None:
    found = probes.signers_of(models, BOTH, "2025-03-14")
    _signs_not(found, "Котова", "Зуев")


SIG61_FUNCTIONS = [("nlp", "_unknown_first_before_patronymic"),
                   ("signers", "bracketed_aside"),
                   ("signers", "we_signings"),
                   ("signers", "past_plural_as_converb"),
                   ("signer_author", "we_signing_told"),
                   ("candidate_signers", "own_side_author")]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, SIG61_FUNCTIONS)
