"""sig91: "я" who signs in an interview's answer is the guest the host addresses by name.

An interview printed as turns that each open with a dash, with no speaker labels, says
who answers only through the host's words: "— Анна Петровна, что за документ подписан в
среду? — Соглашение с фондом «Опора». Я подписывала его от министерства." The one official
the host's turns address by first name and patronymic ("Анна Петровна, ...", "Спасибо,
Анна Петровна.") is the one who says "я" in the other turns, so the signer is that
official, named in full where the text names her. None when the turns address no one or
several officials, when the sentence is not in such a turn, or when it is the addressing
turn itself. sig94: a paragraph with no dash that carries on an answer
(``continued_turn``) is in that answer's turn. The turns are read by ``turns.dash_turns``
(the one reader of turns). Linear in the text's lines before the sentence and in the
officials. sig44: an answer's sentence that opens the turn, its dash first ("— Да, его
подписывали мы с министром ...") is read too (``opens_answer_turn``).
"""

from __future__ import annotations

import re

from soccoop.extract.lexicon_signers import (
    ASKED_GUEST_WORDS,
    LEAD_SENTENCES,
    LEAD_SPEECH_WORDS,
    SIGNING_HEADS,
)
from soccoop.extract.lexicon_turns import CONTINUED_TURN_LINES
from soccoop.extract.nlp import Analysis, Models, Sentence, line_span
from soccoop.extract.turns import dash_turn, dash_turns
from soccoop.models import Official

# a quote's dash closing before its speaker is named: "— Подписали, — сказала она."
_ATTRIBUTION = re.compile(r"[,!?]\s*[—–-]\s*[а-яё]")

# a first name and a patronymic standing alone as an address: opening the turn or after a
# comma, and followed by a comma, "!", "?" or a full stop
_ADDRESS = re.compile(r"(?:^|,\s)([А-ЯЁ][а-яё]+)\s([А-ЯЁ][а-яё]+(?:вич|вна|ична|инична))(?=[,!?.])")


def _is_patronymic(word: str, models: Models) -> bool:
    """Does morphology read the word as a patronymic and never as a surname?"""
    parses = models.parse(word)
    return any("Patr" in str(p.tag) for p in parses) and \
        not any("Surn" in str(p.tag) for p in parses)


def continued_turn(text: str, line_start: int) -> str | None:
    """sig94: the answer a paragraph with no dash of its own carries on: the nearest
    dash-opened line before it, at most CONTINUED_TURN_LINES non-blank lines back, none of
    them a question ("?" at its end), when that line is an answer and no question: "— Три
    соглашения. Первое — с фондом. \n А третье мы подписали во вторник. Подписывали я и
    председатель комитета X" → the answer's words. None when no such line stands within
    reach or the nearest one asks."""
    end = line_start - 1
    lines = 0
    while end > 0 and lines < CONTINUED_TURN_LINES:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        end = start - 1
        if not line:
            continue
        if line.endswith("?"):
            return None
        turn = dash_turn(line)
        if turn is not None:
            return turn
        lines += 1
    return None


def opens_answer_turn(analysis: Analysis, sent: Sentence) -> bool:
    """sig44 opens_answer_turn: does the sentence open a dash-opened line that is an
    interview's turn, not a quote told in the text: "— С фондом соглашение подписано в мае,
    его подписывали мы с директором Олегом Котовым." A dash and spaces only before it on
    its line, the line no question and no quote closed by its speaker ("— Подписали, —
    сказала министр." is a quote, ``_ATTRIBUTION``)."""
    text = analysis.text
    line_start, line_end = line_span(text, sent.start)
    line = text[line_start:line_end]
    turn = dash_turn(line)
    return turn is not None and not text[line_start:sent.start].strip(" \t—–-") and \
        not line.rstrip().endswith("?") and _ATTRIBUTION.search(line) is None


def addressed_guest(analysis: Analysis, sent: Sentence, officials: list[Official],
                    models: Models) -> str | None:
    """The official the host's turns address by first name and patronymic, when ``sent``
    stands in a dash-opened turn of an interview that addresses no one: "— Анна Петровна,
    доброе утро. Что подписали? — Соглашение с фондом. Я подписывала его от министерства"
    → the official "Анна Петровна Котова". Exactly one official so addressed; else None."""
    text = analysis.text
    line_start, line_end = line_span(text, sent.start)
    own = text[line_start:line_end]
    turn = dash_turn(own)
    if turn is None:
        turn = continued_turn(text, line_start)
    if turn is None or _ADDRESS.search(turn):
        return None
    found: set[str] = set()
    for _, earlier in dash_turns(text, line_start):
        for m in _ADDRESS.finditer(earlier):
            first, patronymic = m.group(1), m.group(2)
            if not _is_patronymic(patronymic, models):
                continue
            found |= {o.name for o in officials
                      if o.name.split()[:2] == [first, patronymic]}
    return found.pop() if len(found) == 1 else None


def _addressed_in(turn: str, officials: list[Official], models: Models) -> set[str]:
    """The officials a turn addresses by first name and patronymic (``_ADDRESS``)."""
    found: set[str] = set()
    for m in _ADDRESS.finditer(turn):
        first, patronymic = m.group(1), m.group(2)
        if _is_patronymic(patronymic, models):
            found |= {o.name for o in officials if o.name.split()[:2] == [first, patronymic]}
    return found


def asked_guest_signer(analysis: Analysis, sent: Sentence, officials: list[Official],
                       models: Models) -> str | None:
    """sig45 asked_guest_signer: the guest a host's question tells signed: "— Анна
    Петровна, в марте вы подписали соглашение с фондом «Опора». Что оно даст?" → the one
    official so addressed, by that turn or (a turn addressing no one) by the host's turns
    before it (``addressed_guest``). The sentence stands in a dash-opened line that asks
    (it ends with "?"), and "вы" (ASKED_GUEST_WORDS) is the subject of a signing verb in
    it. None otherwise: an answer's "вы" is the host's or the readers'. Only from the
    parse."""
    if not sent.parsed:
        return None
    toks = sent.tokens
    if not any(t.text.lower() in ASKED_GUEST_WORDS and t.rel in {"nsubj", "nsubj:pass"} and
               0 <= t.head < len(toks) and toks[t.head].lemma in SIGNING_HEADS for t in toks):
        return None
    text = analysis.text
    line_start, line_end = line_span(text, sent.start)
    line = text[line_start:line_end]
    turn = dash_turn(line)
    if turn is None or not line.rstrip().endswith("?"):
        return None
    found = _addressed_in(turn, officials, models)
    if not found:
        guest = addressed_guest(analysis, sent, officials, models)
        return guest
    return found.pop() if len(found) == 1 else None


def lead_speaker(analysis: Analysis, sent: Sentence, officials: list[Official]) -> str | None:
    """lead52: the speaker a page's lead introduces with a post and a name is the "я"/"мы"
    of a first-person signing later in the page. An interview or a first-person piece names
    its speaker once, in the lead ("О работе с работодателями рассказывает директор центра
    занятости Анна Котова."), and then speaks in her voice ("В мае мы подписали соглашение
    с заводом «Прибой»."), so the record's signer is that official. Only when the lead (the
    page's first LEAD_SENTENCES sentences, before ``sent``) has a sentence with a speech
    word (LEAD_SPEECH_WORDS) that names exactly one official, and no other such sentence
    names another: two speakers introduced give no one. The caller reads only a
    first-person signing outside a quote or another speaker's turn. Linear in the lead's
    sentences and the officials."""
    found: set[str] = set()
    for lead in analysis.sentences[:LEAD_SENTENCES]:
        if lead.start >= sent.start:
            break
        if not {t.lemma for t in lead.tokens} & LEAD_SPEECH_WORDS and \
                not {t.text.lower() for t in lead.tokens} & LEAD_SPEECH_WORDS:
            continue
        found |= {o.name for o in officials
                  if lead.start <= o.evidence.start < lead.stop and len(o.name.split()) >= 2}
    return found.pop() if len(found) == 1 else None
