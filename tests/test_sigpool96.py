"""Signatories of sigpool96, probes written for this file (not copied from any round).

* A signing noun that a plan schedules ("Подписание соглашения министром X и ректором Y
  намечено на май", "его подписание ... запланировано", "... состоится в июне") names a
  planned agreement's signers as its instrumental agents
  (``signer_shapes.scheduled_signing_agents``, read by ``future_signers``); a bare post
  among them beside a named one is the one named before with that post
  (``signer_shapes.scheduled_bare_agents``).
* The later items of an ordinal series of agreements ("Первое соглашение министр X
  подписала с A. Второе — с B, его подписал Y") keep the first item's signer
  (``signer_series.ordinal_series_signers``).
* A verbless sentence naming a person in an oblique case, a credit ("Репортаж Анны
  Лисиной."), between a signing and the sentence naming its signers is an aside of the
  same occasion (``candidate_signers._aside_with_guests``).
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

_PLAN = ("Министерство социальной защиты Тверской области и Тверской аграрный колледж "
         "готовят договор о летней практике будущих механизаторов. ")
_PLAN_TAIL = "\nПо договору учащиеся колледжа будут чинить технику в сельских интернатах.\n"

_SERIES = ("На осенней ярмарке социальных проектов в Твери министерство социальной защиты "
           "области заключило два соглашения о помощи пожилым людям.\n\n"
           "Первое соглашение министр социальной защиты Тверской области Анна Котова "
           "подписала с фондом «Тёплые руки». Со стороны фонда подпись поставила "
           "президент Нина Сомова.\n\n")
_SERIES_TAIL = "\nФонд и общество будут вместе развозить продукты одиноким пенсионерам.\n"

_TV = ("ВЕДУЩИЙ: Пенсионеры Тверской и Псковской областей смогут ездить друг к другу на "
       "экскурсии. Соглашение о социальном туризме сегодня подписали министерства двух "
       "регионов. {credit}\n\n"
       "КОРРЕСПОНДЕНТ: В зале коллегии Министерства социальной защиты Тверской области – "
       "делегация из Пскова. Документ, над которым стороны трудились с зимы, подписывают "
       "министр социальной защиты Тверской области Анна Котова и глава псковского комитета "
       "соцзащиты Олег Белов.\n\n"
       "КОРРЕСПОНДЕНТ: Занятия для первых групп стартуют в октябре.\n")

# (id, text, the signers of every record, as surnames, by status)
ROWS = [
    ("a scheduled signing noun's two named agents",
     _PLAN + "Подписание договора министром Анной Котовой и директором колледжа Игорем "
     "Седовым намечено на 12 мая." + _PLAN_TAIL,
     {"planned": [["котова", "седов"]]}),
    ("'его подписание' with its agents, planned by 'запланировано'",
     _PLAN + "Проект уже отправлен в колледж; его подписание министром Анной Котовой и "
     "директором Игорем Седовым запланировано на вторую неделю мая." + _PLAN_TAIL,
     {"planned": [["котова", "седов"]]}),
    ("a bare post among the agents is the one named before with it",
     "Министр социальной защиты Тверской области Анна Котова рассказала о планах на лето. "
     + _PLAN + "Подписание договора министром и директором колледжа Игорем Седовым "
     "намечено на 12 мая." + _PLAN_TAIL,
     {"planned": [["котова", "седов"]]}),
    ("the second item of a series keeps the first item's signer",
     _SERIES + "Второе — с обществом ветеранов труда, его подписал председатель общества "
     "Пётр Гусев." + _SERIES_TAIL,
     {"signed": [["котова", "сомова"], ["гусев", "котова"]]}),
    ("a credit line between the signing and its signers (held on main too)",
     _TV.format(credit="Репортаж Марины Кравцовой."),
     {"signed": [["белов", "котова"]]}),
    # negatives: the rules must not fire
    ("a scheduled signing told by a reporter names no agent",
     _PLAN + "Подписание договора намечено на 12 мая, сообщил директор колледжа Игорь "
     "Седов." + _PLAN_TAIL,
     {"planned": [[]]}),
    ("an agent of preparing, not of signing",
     _PLAN + "Подготовка договора министром Анной Котовой и директором колледжа Игорем "
     "Седовым намечена на апрель." + _PLAN_TAIL,
     {"planned": [[]]}),
    ("the second item signed by the lead's own deputy",
     _SERIES + "Второе соглашение, с обществом ветеранов труда, подписал заместитель "
     "министра социальной защиты Тверской области Пётр Гусев." + _SERIES_TAIL,
     {"signed": [["котова", "сомова"], ["гусев"]]}),
    ("a person acting between the signing and its signers",
     _TV.format(credit="Ведущая Марина Кравцова расспросила гостей о программе."),
     {"signed": [[]]}),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(ROWS))
def test_signers(models: Any, text: str, expected: dict[str, list[list[str]]]) -> None:
    assert probes.surnames_by_status(models, text) == expected


# (id, a sentence, the rank of the ordinal it opens with)
RANKS = [
    ("a first item", "Первое соглашение министр подписала с фондом.", 1),
    ("a gapped second item", "Второе — с обществом ветеранов.", 2),
    ("a third item", "Третье соглашение заключено с колледжем.", 3),
    # negatives
    ("an ordinal inside the sentence", "Министр подписала и второе соглашение.", 0),
    ("no ordinal", "Соглашение подписано в пятницу.", 0),
]


@pytest.mark.parametrize(("sentence", "expected"), probes.named_rows(RANKS))
def test_opening_rank(models: Any, sentence: str, expected: int) -> None:
    from soccoop.extract.signer_series import opening_rank

    assert opening_rank(models.analyse(sentence).sentences[0]) == expected


# (id, a sentence after a signing, is it an aside of the same occasion)
ASIDES = [
    ("a credit naming a reporter in the genitive", "Репортаж Марины Кравцовой.", True),
    ("a hand-over to the reporter", "Подробности — у корреспондента Ивана Гурова.", True),
    # negatives
    ("a person who acts", "Ведущая Марина Кравцова расспросила гостей.", False),
    ("a verbless side phrase names its signer", "Со стороны клуба — директор Олег Белов.",
     False),
]


@pytest.mark.parametrize(("sentence", "expected"), probes.named_rows(ASIDES))
def test_aside_with_credit(models: Any, sentence: str, expected: bool) -> None:
    from soccoop.extract.candidate_signers import _aside_with_guests
    from soccoop.extract.syntax import ensure_parsed

    analysis = models.analyse("Соглашение подписано в пятницу. " + sentence)
    sent = ensure_parsed(analysis.sentences[1], models)
    assert _aside_with_guests(analysis, sent, "соглашение", models) is expected


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, signer_shapes=("_scheduled_agents",
                                                         "scheduled_signing_agents",
                                                         "scheduled_bare_agents"),
                                          signer_series=("series_lead", "ordinal_series_signers"),
                                          candidate_signers=("_aside_with_guests",))
