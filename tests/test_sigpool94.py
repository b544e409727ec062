"""Signatories of sigpool94, probes written for this file (not copied from any round).

* A transcript's label written in ordinary case, a surname alone or after initials
  ("Лаптева: ...", "О. П. Лаптева: ...") or a role ("Ведущий: ..."), opens a turn that runs
  on over the lines after it, as a label in capitals does: ``turns.written_labels`` (in
  ``TurnLabels``); a headline quoting someone ("Лаптева: «...»") and a lone such line open
  none.
* One who signs "вместе с" the speaker, the name after a comma the parser reads as the
  post's conjunct ("мы совместно с директором, Олегом Гусевым"):
  ``signers.comitative_signer`` (``_comma_apposed_post``, ``_together_with_speaker``).
* A paragraph with no dash that carries on an interview's dash-opened answer is the
  guest's: ``signer_interview.continued_turn`` (in ``addressed_guest``).
* A speaker who signed with a partner named by post alone ("мы с ректором подписали"):
  ``candidate_signers._speaker_with_unnamed_partner``.
* "я" signing several documents at once ("оба документа подписывала я") after a list or a
  report of several signings is the author a post's header names: the sentence is parsed
  for it (``candidate_signers.own_words_parsed``) and read by ``_author_signer`` in
  ``agreement_lists._itemised_agreements`` and ``candidate_signers._collective_signers``.
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

_GUEST = ("Гость студии — начальник управления социальной защиты населения Курской области "
          "Ольга Петровна Лаптева.\n\n")

_BOTH = ("Во вторник управление социальной защиты населения Курской области подписало "
         "соглашение с Курским государственным университетом, а в среду — с Курским "
         "медицинским колледжем. Оба документа от управления подписывала я.")

# (id, text, the signers of every record, as surnames, by status)
ROWS = [
    ("a surname label in ordinary case, the speaker's side told after a dash",
     _GUEST + "Ведущий: Ольга Петровна, здравствуйте. Чем запомнилась неделя?\n\n"
     "Лаптева: Здравствуйте. Во вторник мы заключили соглашение о сотрудничестве между "
     "курским управлением социальной защиты населения и Курским государственным "
     "университетом. От вуза соглашение подписал ректор Андрей Белов, с "
     "нашей — я.\n\nВедущий: Спасибо.",
     {"signed": [["белов", "лаптева"]]}),
    ("a label in capitals, the partner after a comma under 'вместе'",
     "Гость студии — министр социальной защиты Курской области Ирина Сергеевна Зайцева.\n\n"
     "ВЕДУЩИЙ: Ирина Сергеевна, с чем вас поздравить?\n\n"
     "ЗАЙЦЕВА: В среду мы подписали с партнёрами два документа. Первый — соглашение с "
     "фондом «Опора». Со стороны фонда его подписала директор Анна Белова.\n\n"
     "ВЕДУЩИЙ: А второй документ?\n\n"
     "ЗАЙЦЕВА: Второй — с Курским государственным университетом. Подписывали мы вместе "
     "с ректором, Олегом Ивановичем Гусевым. Студенты придут к нам на практику.",
     {"signed": [["белова", "зайцева"], ["гусев", "зайцева"]]}),
    ("an answer carried on by a paragraph with no dash",
     "Начальник управления социальной защиты населения Курской области Ольга Петровна "
     "Лаптева — о новых соглашениях.\n\n"
     "— Ольга Петровна, сколько соглашений подписано в этом году?\n\n"
     "— Два. Первое — с Курским государственным университетом, о практике студентов: "
     "ректор Андрей Белов давно предлагал его.\n\n"
     "А второе соглашение мы подписали в прошлую среду с Курским областным центром "
     "занятости населения. "
     "Подписывали я и директор центра Пётр Сомов.\n\n— Что дальше?",
     {"signed": [["лаптева", "сомов"]]}),
    ("a speaker signing with a partner named by post alone",
     _GUEST + "ВЕДУЩИЙ: Ольга Петровна, что подписано на неделе?\n\n"
     "ЛАПТЕВА: В понедельник мы с ректором подписали в его кабинете соглашение о практике "
     "студентов между курским управлением социальной защиты населения и Курским "
     "государственным университетом. "
     "Студенты придут к нам на практику.",
     {"signed": [["лаптева"]]}),
    ("a post's author signs several documents at once",
     "Ольга Лаптева | начальник управления социальной защиты населения Курской области\n\n"
     + _BOTH, {"signed": [["лаптева"]]}),
    # negatives: the rules must not fire
    ("no header names the post's author: 'я' is no one", _BOTH, {"signed": [[]]}),
    ("a headline quoting someone opens no turn",
     "Лаптева: «Нам нужны молодые специалисты»\n\n"
     "Начальник управления социальной защиты населения Курской области Ольга Лаптева "
     "выступила на форуме.\n\n"
     "Во вторник мы заключили соглашение о сотрудничестве между курским управлением "
     "социальной защиты населения и Курским государственным университетом. От "
     "вуза соглашение подписал ректор Андрей Белов.",
     {"signed": [["белов"]]}),
    ("the text's own 'мы с ректором', no speaker",
     "Начальник управления социальной защиты населения Курской области Ольга Лаптева "
     "выступила на форуме.\n\n"
     "В понедельник мы с ректором подписали в его кабинете соглашение о практике студентов "
     "между курским управлением социальной защиты населения и Курским государственным "
     "университетом.",
     {"signed": [[]]}),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(ROWS))
def test_signers(models: Any, text: str, expected: dict[str, list[list[str]]]) -> None:
    assert probes.surnames_by_status(models, text, "2025-03-14") == expected


# (id, text, the surnames or roles of its written labels, in order)
LABELS = [
    ("a surname alone and a role", "Ведущий: Что подписали?\n\nЛаптева: Соглашение с "
     "университетом.\n", ["Ведущий", "Лаптева"]),
    ("a surname after initials", "Ведущий: Что подписали?\n\nО. П. Лаптева: Соглашение с "
     "университетом.\n", ["Ведущий", "Лаптева"]),
    # negatives
    ("a quoted headline and one turn", "Лаптева: «Нам нужны специалисты»\n\nВедущий: Что "
     "подписали?\n", []),
    ("a common noun before a colon", "Итоги: подписано соглашение.\n\nВедущий: Что "
     "подписали?\n", []),
    ("a verb before the colon", "Лаптева подчеркнула: соглашение подписано.\n\nВедущий: Что "
     "подписали?\n", []),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(LABELS))
def test_written_labels(models: Any, text: str, expected: list[str]) -> None:
    from soccoop.extract.turns import written_labels

    analysis = models.analyse(text)
    assert [w for _, w in written_labels(text, analysis.sentences, set())] == expected


# (id, sentence, the name, is it one who signs with the speaker)
COMITATIVE = [
    ("after a comma, under 'вместе'", "Подписывали мы вместе с директором, Олегом Гусевым.",
     "Олегом Гусевым", True),
    ("under 'совместно', no comma", "Подписывали мы совместно с директором Олегом Гусевым.",
     "Олегом Гусевым", True),
    # negatives
    ("the subject is not the speaker", "Подписывали они вместе с директором Олегом Гусевым.",
     "Олегом Гусевым", False),
    ("no signing verb", "Обсуждали мы вместе с директором Олегом Гусевым планы.",
     "Олегом Гусевым", False),
]


@pytest.mark.parametrize(("text", "name", "expected"), probes.named_rows(COMITATIVE))
def test_comitative_signer(models: Any, text: str, name: str, expected: bool) -> None:
    from soccoop.extract.signers import comitative_signer

    sent, span = probes.person_span(models, text, name)
    assert comitative_signer(sent, span) is expected


# (id, text, the offset's line, the answer it carries on or None)
CONTINUED = [
    ("the paragraph after an answer", "— Что подписали?\n\n— Два соглашения.\n\nА второе — "
     "с колледжем.", "А второе", "Два соглашения."),
    ("two paragraphs on", "— Что подписали?\n\n— Два соглашения.\n\nПервое — с вузом.\n\n"
     "А второе — с колледжем.", "А второе", "Два соглашения."),
    # negatives
    ("after a question", "— Что подписали?\n\nДва соглашения.", "Два", None),
    ("no dash within reach", "— Два соглашения.\n\nОдин.\n\nДва.\n\nТри.\n\nА второе — с "
     "колледжем.", "А второе", None),
    ("prose with no turn", "Министр рассказала о планах.\n\nА второе — с колледжем.",
     "А второе", None),
]


@pytest.mark.parametrize(("text", "line", "expected"), probes.named_rows(CONTINUED))
def test_continued_turn(text: str, line: str, expected: str | None) -> None:
    from soccoop.extract.signer_interview import continued_turn

    assert continued_turn(text, text.index(line)) == expected


def test_no_dev_text_quoted() -> None:
    probes.check_rules_invented(__file__, turns=("written_labels",),
                                          signers=("comitative_signer", "_comma_apposed_post",
                                                   "_together_with_speaker"),
                                          signer_interview=("continued_turn", "addressed_guest"),
                                          candidate_signers=("_speaker_with_unnamed_partner",
                                                             "own_words_parsed",
                                                             "_collective_signers"))
