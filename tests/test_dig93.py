"""Round 37, dig93: probes written for this file (not copied from any round).

* A signing a question tells by its week alone takes the day the answer's first sentence
  gives ("— Да, это было во вторник."), with no signing verb of its own
  (``agreement_dates._answered_day``, ``turns.answer_opening``).
* A plan put off with no new time, or first set in the past, takes the time the next
  sentences give the signing to come: "подписание состоится в июне", "сделаем это в июне"
  (``agreement_dates.new_time_told_next``).
* "Подписывать его будем в апреле": a signing in the compound future dates the plan of
  the document told before (``signing_dates._compound_future``).
* "со стороны фонда — его председатель X, с нашей — я" in a transcript whose turns open
  with the speaker's surname: the speaker signs (``signer_shapes.gapped_own_side_speaker``,
  ``labelled_speaker``); in an interview's answer, "подписывали его мы с директором X" is
  the guest and X (``candidate_signers._back_reference_signers``).
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.signer_shapes import gapped_own_side_speaker
from soccoop.extract.signing_dates import future_document_signing

# --- the answer's day ---------------------------------------------------------------------
HEAD = ("Городская газета «Вестник»\n\n16 мая 2024\n\nДиректор центра ответила на вопросы "
        "читателей.\n\n")
SIGNING = ("Рыбинский комплексный центр социального обслуживания населения подписал "
           "соглашение с Рыбинским медицинским колледжем")
ASKED = HEAD + ("— На этой неделе " + SIGNING + ". Чем оно полезно?\n\n"
                "— Да, это было во вторник. Колледж будет направлять к нам выпускников.\n")
ASKED_ELLIPSIS = HEAD + ("— На этой неделе " + SIGNING + "…\n\n"
                         "— Да, во вторник. Колледж будет направлять к нам выпускников.\n")
# negative: prose, no question; the Tuesday is another event's
PROSE = HEAD + ("На этой неделе " + SIGNING + ". Во вторник в центре открылась выставка "
                "детских рисунков.\n")


def _signed_date(models: Any, text: str) -> str | None:
    found = [a for a in probes.agreements_of(models, text, "2024-05-16") if a.status == "signed"]
    assert len(found) == 1
    return found[0].date


@pytest.mark.parametrize(("text", "date"), [
    (ASKED, "2024-05-14"), (ASKED_ELLIPSIS, "2024-05-14"), (PROSE, "2024-05"),
], ids=["question", "ellipsis", "prose"])
def test_answer_gives_the_day(models: Any, text: str, date: str) -> None:
    assert _signed_date(models, text) == date


# --- the new time told next ---------------------------------------------------------------
PUT_OFF = ("Министерство социальной защиты и благотворительный фонд «Забота» собирались "
           "подписать соглашение о сотрудничестве в марте, но подписание перенесли. ")
NEW_TIMES = [
    ("pro-verb", PUT_OFF + "Теперь стороны сделают это в июне на летнем форуме.", "2025-06"),
    ("happening", PUT_OFF + "Решено, что подписание состоится в июне.", "2025-06"),
    # negatives: not a pro-verb of the signing; negated (the month first set stays, read
    # in the past as the verb tells it)
    ("other-verb", PUT_OFF + "Теперь стороны обсудят это в июне.", "2024-03"),
    ("negated", PUT_OFF + "Ясно одно: подписание не состоится в июне.", "2024-03"),
]


@pytest.mark.parametrize(("text", "date"), [r[1:] for r in NEW_TIMES],
                         ids=[r[0] for r in NEW_TIMES])
def test_new_time_told_next(models: Any, text: str, date: str) -> None:
    found = [a for a in probes.agreements_of(models, text, "2025-02-10") if a.status == "planned"]
    assert [a.date for a in found] == [date]


# --- the compound future ------------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "future"), [
    ("Подписывать его будем в апреле.", True),
    ("Будем подписывать документ в апреле.", True),
    ("Подписывать его мы не спешили.", False),  # past, no future "быть"
    ("Обсуждать его будем в апреле.", False),  # no signing verb
])
def test_compound_future(models: Any, sentence: str, future: bool) -> None:
    assert future_document_signing(probes.first_sentence(models, sentence)) is future


COMPOUND = ("Департамент труда и медицинский колледж готовят соглашение о практике студентов. "
            "Текст почти согласован. Подписывать его будут в апреле.")


def test_compound_future_dates_the_plan(models: Any) -> None:
    found = [a for a in probes.agreements_of(models, COMPOUND, "2025-02-10")
             if a.status == "planned"]
    assert [a.date for a in found] == ["2025-04"]


# --- the speaker's own side ---------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "own"), [
    ("Со стороны фонда подпишет директор, с нашей — я.", True),
    ("От фонда подпишет директор, от моего — я.", True),
    ("Со стороны фонда подпишет директор, а потом — я.", False),  # no side opener
    ("Со стороны фонда подпишет директор, с их — я.", False),  # not the speaker's side
])
def test_gapped_own_side_speaker(models: Any, sentence: str, own: bool) -> None:
    sent = probes.first_sentence(models, sentence)
    k = max(i for i, t in enumerate(sent.tokens) if t.text == "я")
    assert gapped_own_side_speaker(sent, k) is own


RADIO = ("Радио «Северный край»\n\n14.02.2025\n\n"
         "В студии — директор департамента социальной защиты Анна Сергеевна Ветрова.\n\n"
         "ВЕДУЩИЙ: Анна Сергеевна, что нового у департамента?\n\n"
         "ВЕТРОВА: Готовим соглашение с фондом «Надёжный тыл» о помощи семьям. Подписывать "
         "его будем в апреле. Со стороны фонда подпись поставит его председатель Олег "
         "Игоревич Сомов, с нашей — я.\n")
# negative: the clause names the speaker's deputy, no "я"
RADIO_DEPUTY = RADIO.replace("с нашей — я", "с нашей — заместитель директора")


@pytest.mark.parametrize(("text", "speaker"), [(RADIO, True), (RADIO_DEPUTY, False)],
                         ids=["speaker", "deputy"])
def test_speaker_signs_for_own_side(models: Any, text: str, speaker: bool) -> None:
    signers = probes.signer_surnames(models, text, ("planned",))
    assert signers and "сомов" in signers[0]
    assert ("ветрова" in signers[0]) is speaker


GUEST = ("Областная газета\n\n10.06.2025\n\n"
         "Министр труда Ирина Павловна Лосева рассказала о работе с колледжами.\n\n"
         "— Ирина Павловна, на прошлой неделе министерство заключило соглашение с "
         "политехническим колледжем…\n\n"
         "— Да. Это соглашение о целевом обучении мастеров. Подписывали его мы с директором "
         "колледжа Петром Ильичом Зотовым.\n")
# no turn addresses the guest: since lead52 the one speaker the lead introduces with a post
# and a word of speech ("Министр … рассказала") is the "мы" of the answers
UNADDRESSED = GUEST.replace("— Ирина Павловна, на прошлой", "— На прошлой")
# negative: no turn addresses anyone and the lead introduces no one, so "мы" names no one
NO_SPEAKER = UNADDRESSED.replace(
    "Министр труда Ирина Павловна Лосева рассказала о работе с колледжами.",
    "Редакция узнала в министерстве труда, как идёт работа с колледжами.")


@pytest.mark.parametrize(("text", "guest"),
                         [(GUEST, True), (UNADDRESSED, True), (NO_SPEAKER, False)],
                         ids=["addressed", "unaddressed", "no_speaker"])
def test_guest_signs_with_partner(models: Any, text: str, guest: bool) -> None:
    signers = probes.signer_surnames(models, text)
    assert signers and "зотов" in signers[0]
    assert ("лосева" in signers[0]) is guest


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, agreement_dates=("_answered_day", "new_time_told_next",
                                                           "_time_to_come"),
                                          signing_dates=("_compound_future",),
                                          signer_shapes=("gapped_own_side_speaker",
                                                         "labelled_speaker"),
                                          turns=("answer_opening",))
