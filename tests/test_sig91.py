"""Signatories of sig91, probes written for this file (not copied from any round).

* A side's representative told by a verb of representing, as a clause of the signing
  sentence, signs ("..., центр занятости представлял его директор X",
  ``signers.represents_side`` read by ``signers.subject_elsewhere``).
* A person named in a verbless sentence, in an oblique case ("Подробности — у
  корреспондента X") or as a speaker's label ending with a colon, does nothing of the
  occasion: the reach of ``candidate_signers.far_side_signers`` goes past it
  (``signers.verbless_mention``, read by ``candidate_signers._acting_person``).
* "я" who signs in a dash-opened interview turn is the guest the host's turns address by
  first name and patronymic (``signer_interview.addressed_guest``).
* An item of a count a head told in the first person in a transcript's turn ("мы
  подписали два соглашения. Первое — с X") was signed by that head beside the other
  side's signer (``candidate_signers._item_of_own_count``, read by ``_speaking_signer``).
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

_TRIO = ("Вчера фонд «Опора», колледж сервиса и центр занятости населения города Твери заключили "
         "трёхстороннее соглашение о трудоустройстве выпускников. Со стороны фонда документ "
         "подписал директор Иван Орлов, со стороны колледжа — директор Нина Белова, {tail}")
_SCRIPT = ("ВЕДУЩИЙ: Сегодня департамент социальной защиты Тверской области и фонд «Опора» "
           "подписали соглашение о сотрудничестве. {handover}\n\n"
           "КОРР.: В зале департамента собрались родители и волонтёры. Документ, который здесь "
           "подписали, поможет семьям получать помощь без очередей.\n\n"
           "{label}\n"
           "— Мы будем помогать семьям вместе с фондом.\n\n"
           "КОРР.: Со стороны фонда документ подписала сама председатель фонда Анна Котова.\n")
_LABEL = "СИНХРОН: Олег ЗИМИН, директор департамента социальной защиты Тверской области:"
_INTERVIEW = ("Программа «Утро». В студии — заместитель губернатора Тверской области Анна Петровна "
              "Котова.\n\n— {address}что за документ подписан в среду?\n\n— Добрый день. В среду "
              "правительство Тверской области подписало соглашение с фондом «Опора». Я подписывала "
              "от правительства, от фонда — его председатель Олег Белов.\n\n— Спасибо.\n")
_RADIO = ("Гость студии — {post} Тверской области Олег Иванович Рыбаков.\n\n"
          "ВЕДУЩАЯ: Олег Иванович, что подписали вчера?\n\n"
          "РЫБАКОВ: Вчера мы подписали два соглашения. Первое — с фондом «Опора». Со стороны "
          "фонда подпись под документом поставила председатель Анна Белова. Второе — с "
          "колледжем сервиса, о практике студентов.\n")

# (id, text, the signers of every record, as surnames, by status)
ROWS = [
    ("a side's representative in a clause of the signing sentence",
     _TRIO.format(tail="центр занятости представлял его директор Олег Сомов."),
     {"signed": [["белова", "орлов", "сомов"]]}),
    ("a side's signer told past a reporter's hand-over",
     _SCRIPT.format(handover="Подробности — у корреспондента Ирины Седых.", label=_LABEL),
     {"signed": [["котова"]]}),
    ("the guest the host addresses signs as 'я'",
     _INTERVIEW.format(address="Анна Петровна, добрый день, "),
     {"signed": [["белов", "котова"]]}),
    # negatives: the rules must not fire
    ("the subject of a clause of another verb is no signer",
     _TRIO.format(tail="церемонию вёл директор центра занятости Олег Сомов."),
     {"signed": [["белова", "орлов"]]}),
    ("one who acts on the occasion still ends the reach",
     _SCRIPT.format(handover="Губернатор Игорь Руднев вручил волонтёрам награды.", label=_LABEL),
     {"signed": [[]]}),
    ("a label in the nominative with a verb is no label",
     _SCRIPT.format(handover="Подробности — у корреспондента Ирины Седых.",
                    label="Директор департамента Олег Зимин поблагодарил гостей:"),
     {"signed": [[]]}),
    ("no turn addresses the guest: 'я' is no one named",
     _INTERVIEW.format(address="Добрый день, "), {"signed": [["белов"]]}),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(ROWS))
def test_signers(models: Any, text: str, expected: dict[str, list[list[str]]]) -> None:
    assert probes.surnames_by_status(models, text) == expected


# (id, the speaker's post, whether the speaker signs the first item)
COUNTED = [
    ("a head counting the documents signed in the first person", "министр социальной защиты",
     True),
    # negative: one who heads no body adds no one
    ("a press secretary counting them", "пресс-секретарь министерства социальной защиты", False),
]


@pytest.mark.parametrize(("post", "signs"), probes.named_rows(COUNTED))
def test_item_of_own_count(models: Any, post: str, signs: bool) -> None:
    first = probes.signer_surnames(models, _RADIO.format(post=post))[0]
    assert "белова" in first
    assert ("рыбаков" in first) is signs


# (id, a turn's opening, the officials the turns address)
ADDRESSES = [
    ("first name and patronymic opening the turn", "Анна Петровна, добрый день.", True),
    ("after a comma, before a full stop", "Спасибо, Анна Петровна.", True),
    # negatives
    ("a surname after the first name is no address", "Анна Котова, добрый день.", False),
    ("no address", "Добрый день.", False),
]


@pytest.mark.parametrize(("opening", "found"), probes.named_rows(ADDRESSES))
def test_addressed_guest(models: Any, opening: str, found: bool) -> None:
    from soccoop.extract.pipeline import extract
    from soccoop.extract.signer_interview import addressed_guest

    text = (f"В студии — заместитель губернатора Анна Петровна Котова.\n\n— {opening} Что "
            "подписали?\n\n— Я подписывала соглашение с фондом «Опора».\n")
    officials = extract(text, "t.txt", models).officials
    analysis = models.analyse(text)
    sent = next(s for s in analysis.sentences if "Я подписывала" in s.text)
    expected = "Анна Петровна Котова" if found else None
    assert addressed_guest(analysis, sent, officials, models) == expected


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, signers=("represents_side", "verbless_mention"),
                                          candidate_signers=("_acting_person", "_author_signer",
                                                             "_item_of_own_count"),
                                          signer_interview=("addressed_guest",))
