"""Signatories of sig84, probes written for this file (not copied from any round).

* A name written surname first, its initials after it, holds the post written right
  before it, however the tagger cased it and the parser hung it
  (``signers.surname_initials_post_holder``): "председатель правления ЧРОО КМНС «Тэранэт»
  Эттытына Л.Н." read as a genitive "of the board" was dropped as a bystander; a body's
  acronym in the post's phrase is of that phrase (``signers._body_acronym``).
* A signature put under a third-person pronoun ("Подписи под ним поставили X и Y") refers
  back to the paper told before it, so it leads into no next agreement
  (``signers.signature_under_pronoun`` in ``signers.lead_signing``): the third item of a
  forum's list no longer takes the second item's signers.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.signers import signature_under_pronoun, surname_initials_post_holder

_DEPARTMENT = ("Вчера в Анадыре подписано соглашение между департаментом социальной политики "
               "Чукотского автономного округа и общиной «Тэранэт». ")

# (id, text, the name probed, holds the post before it)
HOLDERS = [
    ("surname and initials after a board chair's post with an acronym and a quoted name",
     _DEPARTMENT + "Подписи поставили председатель правления ЧРОО КМНС «Тэранэт» "
     "Эттытына Л.Н. и начальник департамента Олег Котов.", "Эттытына", True),
    ("surname and initials right after a post",
     _DEPARTMENT + "Подписи поставили председатель общины Кэргына А.В. и начальник "
     "департамента Олег Котов.", "Кэргына", True),
    # negatives
    ("a genitive post before the name: the visit's",
     _DEPARTMENT + "Документ подписали в день визита председателя правления общины "
     "Эттытыной Л.Н.", "Эттытыной", False),
    ("initials first: not this rule's shape",
     _DEPARTMENT + "Подписи поставили председатель правления общины Л.Н. Эттытына и "
     "начальник департамента Олег Котов.", "Эттытына", False),
    ("a full name, no initials: not this rule's shape",
     _DEPARTMENT + "Подписи поставили председатель правления общины Анна Эттытына и "
     "начальник департамента Олег Котов.", "Эттытына", False),
]


@pytest.mark.parametrize(("text", "name", "holds"), probes.named_rows(HOLDERS))
def test_surname_initials_post_holder(models: Any, text: str, name: str, holds: bool) -> None:
    sent, span = probes.person_span(models, text, name)
    assert surname_initials_post_holder(sent, span, models) is holds


# (id, sentence, the signature word, put under a pronoun)
SIGNATURES = [
    ("under a pronoun", "Подписи под ним поставили директор Иван Белов и ректор Олег Седов.",
     "Подписи", True),
    ("under a pronoun hung on the verb",
     "Поставили под ним подписи директор Иван Белов и ректор Олег Седов.", "подписи", True),
    # negatives
    ("under a bare document", "Подписи под документом поставили директор Иван Белов и "
     "ректор Олег Седов.", "Подписи", False),
    ("under nothing", "Подписи поставили директор Иван Белов и ректор Олег Седов.",
     "Подписи", False),
    ("a pronoun as the signers", "Подписи под документом поставили они оба.", "Подписи",
     False),
]


@pytest.mark.parametrize(("text", "word", "under"), probes.named_rows(SIGNATURES))
def test_signature_under_pronoun(models: Any, text: str, word: str, under: bool) -> None:
    sent = probes.parsed_analysis(models, text).sentences[0]
    k = next(i for i, t in enumerate(sent.tokens) if t.text == word)
    assert signature_under_pronoun(sent, k) is under


FORUM = (
    "В Томске завершился социальный форум. В его рамках подписаны три соглашения. Первое "
    "заключили министерство труда Томской области и Томский государственный университет. "
    "Документ подписали министр труда Томской области Иван Петров и ректор университета "
    "Олег Сидоров. Второе соглашение министерство заключило с фондом «Опора». Подписи под "
    "ним поставили президент фонда Анна Котова и Иван Петров. Третье соглашение заключили "
    "Томский медицинский колледж и АНО «Тёплый дом». Студенты будут помогать пожилым людям "
    "по хозяйству. Подписи поставили директор колледжа Пётр Белов и директор АНО Мария "
    "Седова.")
BOARD_CHAIR = (
    _DEPARTMENT + "Подписи поставили председатель правления ЧРОО КМНС «Тэранэт» Эттытына "
    "Л.Н. и начальник департамента Олег Котов.")
LEAD = (
    "Первыми подписи под документом поставили министр труда Томской области Иван Петров и "
    "министр труда Омской области Олег Сидоров. Соглашение между двумя ведомствами "
    "предусматривает обмен опытом.")
WITNESS = (
    "Вчера в Магадане подписано соглашение между министерством социальной политики "
    "Магаданской области и фондом «Северный дом». Документ подписали министр социальной "
    "политики Магаданской области Олег Котов и директор фонда Иван Седов в присутствии "
    "председателя правления фонда Эттытыной Л.Н.")

# (id, text, signers' surnames of the signed records)
RECORDS = [
    ("the third item keeps its own signers, not the second's", FORUM,
     [["котова", "петров"], ["белов", "седова"]]),
    ("a board chair written surname first signs", BOARD_CHAIR, [["котов", "эттытына"]]),
    # negatives
    ("signatures under a bare document still lead into the agreement", LEAD,
     [["петров", "сидоров"]]),
    ("a witness written surname first does not sign", WITNESS, [["котов", "седов"]]),
]


@pytest.mark.parametrize(("text", "surnames"), probes.named_rows(RECORDS))
def test_signers(models: Any, text: str, surnames: list[list[str]]) -> None:
    assert probes.signer_surnames(models, text) == surnames


def test_docstrings_quote_no_dev_text() -> None:
    quoted = probes.docstrings_quoting_dev_texts([
        ("signers", "surname_initials_post_holder"), ("signers", "_nominative_post_before"),
        ("signers", "_body_acronym"), ("signers", "signature_under_pronoun"),
        ("signers", "_nominative_surname")])
    assert not quoted, quoted
