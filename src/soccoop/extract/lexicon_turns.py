"""Words and bounds of the speaker labels of transcripts, interviews and Q&A pages, read by
``extract.turns`` (the one reader of such labels); the rules live there."""

from __future__ import annotations

# The most words a turn's label holds before its colon ("Марина Соколова:", "Ведущий:",
# "Вопрос («Вечерний город»):", "Вопрос от Анны, г. Вологда:").
TURN_LABEL_WORDS = 10

# The most words of a label printed in capitals, as transcripts print a speaker's surname
# or role ("ПЕТРОВА:", "ОЛЬГА ПЕТРОВА:", "ВЕДУЩИЙ:").
CAPITALS_LABEL_WORDS = 3

# Dashes that may open a turn before its label ("— Вопрос: ...").
TURN_DASHES = frozenset({"—", "–", "-"})

# Words a label names a speaker by the part she plays, not by name (lemmas): the asker,
# the host, the reporter, the question and the answer of a Q&A page; with the cut forms
# transcripts print before a full stop ("Корр.:", "Вед.:").
SPEAKER_ROLES = frozenset({
    "корреспондент", "журналист", "репортёр", "репортер", "ведущий", "ведущая", "модератор",
    "интервьюер", "вопрос", "ответ", "гость", "собеседник", "редакция", "диктор",
    "слушатель", "зритель", "читатель", "спикер", "корр", "вед",
})

# A transcript's label naming its speaker by surname at a line's start, read over the whole
# text: "КРУГЛОВА Е.В.:", "Петров И. И.:", "ДЕМИН И.Н., первый заместитель ...:" (the surname
# is the first group), or a surname in capitals alone, as a press conference's transcript
# gives it: "ЖУКОВА-ЕРШОВА:" (the second group; "МОДЕРАТОР:" is matched too, and names no
# official).
TURN_LABEL = (r"(?m)^[ \t]*(?:([А-ЯЁ][А-ЯЁа-яё\-]+)\s+[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?[^\n:]{0,120}"
              r"|([А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})?))[ \t]*:")

# agr48: a reader's comment's handle, or the author's short name alone on a line ("Игорь_Е",
# "мама_троих", "Сергей К."): up to three words with no space or sentence mark inside.
COMMENT_HANDLE = r"[^\s,.!?:;«»]{1,30}(?: [^\s,.!?:;«»]{1,30}){0,2}\.?"

# agr58: a reader's handle with a word about the reader after a comma: "Людмила, Шахты",
# "Ирина, мама пятерых", "Наталья, 54", "Валерий, Михайловск"
READER_TAG = r"[А-ЯЁA-Z][\wё]{1,20}(?: [А-ЯЁ]\.)?, [\wё\-]{1,20}(?: [\wё\-]{1,20})?"

# pair65: a comment's date and time in brackets after its author's handle, before the
# colon: "Ильшат (18.04.2025 12:47): Слышал, что ..."
BRACKETED_STAMP = r"\s*\(\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}\)$"

# dig93: the marks that close a question turn before its answer ("... в чём его суть?",
# "... вы подписали документ с университетом…"), and how many sentences after the one
# asked about the answer may open (the rest of the question's turn in between).
QUESTION_ENDS = ("?", "…", "...")
ANSWER_REACH = 3

# sig94: marks that open a quotation: a label-like line whose words after the colon open
# with one is a headline quoting someone ("Петрова: «Соглашение подпишем в мае»"), no turn.
QUOTE_OPENINGS = frozenset('«"„“')

# sig94: how many non-blank lines with no dash of their own may carry on an interview's
# dash-opened answer ("— Три соглашения. ... \n А третье мы подписали во вторник ...").
CONTINUED_TURN_LINES = 3
