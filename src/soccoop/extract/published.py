"""The publication date of a news text, wherever sites print it.

Uses both ``boilerplate`` (which publication line survives masking) and ``dates`` (what a
date line says); neither imports this module, so there is no cycle. In order:

1. a labelled line anywhere: "Опубликовано: 14 сентября 2009 г. в 16:06", "Дата первого
   показа: 01.02.2024", "date 2025-09-11", "Дата: 02 ДЕК 2025 11:00" (a metadata line);
2. a line that is only a date and survived masking: "18:00 | 1 ноября, 2025",
   "- 08-07-2025 10:00", "Пт, 15 сентября 2023 года", "15.09.2023 12:30", a header in
   capitals with an abbreviated month "12 МАР 2026, 14:05", a credit after the date "8 окт.
   2025, 09:30 | Источник: пресс-служба", a breadcrumb ending in the date "Пресс-центр /
   Новости / 22 апреля 2025";
3. an agency dateline opening one of the first paragraphs: "МОСКВА, 23 янв - РИА Новости",
   "(Казань, 18 апреля, «Татар-информ»)"; a year it does not print stays unknown (``--01-23``).

A year-less date from 2 or 3 gives way to a date line of the same day with a year above it
among the first lines (the raw line: masking keeps one publication line): "12 МАР 2026,
14:05" over "НАЛЬЧИК, 12 мар - РИА Новости" is 2026-03-12.

Between 1 and 2, a newspaper issue line among the first lines: "№ 34 (1256) от 23 августа
2024 г.", "Выпуск № 12 от 05.03.2024", "Газета «Север» № 45 (12345) | 14 ноября 2023" (the
issue date is the publication date; a site header may mask it as a masthead, so the raw
line is read).

Never a copyright line ("©2023 ..."), a headline list ("...12 декабря 20:00", "... | 12 дек.
2024") or a site header's today-date next to a weather or currency widget: boilerplate masks
those first, and the year is never taken from them either.

Forms the date-line rule of ``dates`` does not read, each a pass after the ones above (so
what they found stays found), words in ``datewords``:

1a. a labelled *stamp line* anywhere: "Время публикации: 12 марта 2025, 14:05 (МСК)",
    "Новость от 12.03.2025", "Создано: 12.03.2025 09:00", "Опубликовано 12 марта 2025,
    обновлено 13 марта 2025";
1d. (date67) a channel's day divider, a full day alone between two rules
    ("────────── 15 мая 2024 ──────────"): the first one dates the page, its first post;
4.  an unlabelled stamp line above the body, one day only: "📅 12.03.2025",
    "2025-03-12T14:05:00+03:00", "8 окт. 2025, 09:30 | Источник: ОТВ | 1 245 просмотров",
    "Минтруд Чувашии, [12.03.2025 14:05]", "Среда, 12 марта 2025 г. 10:00 · 3 мин чтения";
5.  a wire's dateline with full stops: "Екатеринбург. 12 марта. INTERFAX.RU - ...";
6.  a press office signing under the last paragraph: "Пресс-служба Минтруда Чувашии,
    12.03.2025".

date60: an issue line may be any masthead row with the issue's running total and one day
("№ 37 (12 418) · Четверг, 19 сентября 2024 г. · Издаётся с 1931 года"); the dateline of 3
may stand right above the lead under any number of menu rows, with a time before the
agency's dash ("ИЖЕВСК, 22.04.2025 09:15 — ..."); a stamp may carry a clip's running time
("27 ноября 2024, 19:42  ▶ Видео 2:48").

date69: a channel's feed of timed posts (dated items, each stamp with a time) is the page of
its fullest post; a labelled stamp may close a footer line before the copyright ("Материал
опубликован 17.11.2022. © ..."); a stamp may name its author between wide gaps ("27.04.2024
11:08   Марина Соколова   👁 1 873") or print the time between its section and the date
("Культура · 10:25 · 03.02.2024"); when nothing else dates the page, 8b. a newspaper's issue
line among the page's last lines ("«Сельская новь» № 12 (9 871) • вторник, 4 марта 2021
г. • стр. 2") and 8c. a post's counter row with its edited flag ("👁 2,7K   изменено
05.03.2024 09:12").

pub89: a post's counter row may mark its edit by a pencil ("👁 5,3K   ✏️ 03.04.2025 11:20");
8f. a stamp counting the page's views may stand at its very foot, past the readers'
comments; 10b. a section's or a digest's heading may date the page ("ЗДОРОВЬЕ  03.04.2025");
a dateline may name its agency in brackets; a label may print the time before the day.

date46 (round 46): a label may put an adjective before its noun ("Дата официального
опубликования: 13.03.2025", an official portal); a news feed's heading names the one day it
lists ("Лента за 24 апреля 2024 года"); a stamp may print a path of sections after a wide gap
("07.10.2024 09:15   Новости / Общество").

pub58: a stamp may print its views shortened after the post's time ("2024-06-03 09:15   👁
2,7K"); 13. last, a post's day word and time ("вчера, 21:40") under a crawler's header of
the day it saved the page ("[crawl] … saved_at=2024-02-09T08:30") is that day moved back.

And never: an update stamp ("Обновлено: ...", "Дата изменения: ..."), a site header's
"Сегодня, 12 марта 2025", a sentence that opens like a dateline ("Ранее, 22 июля,
представитель ..."), a caption between paragraphs ("Ирина Петрова, 12 февраля 2025 года"),
nor the dates of a digest whose date lines each open a paragraph (no page date among them).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta

from soccoop.extract.boilerplate import beside_widget as _beside_any_widget
from soccoop.extract.boilerplate import heads_article, mask_boilerplate
from soccoop.extract.dates import (
    _LABELLED,
    _SP,
    _YEAR_WORD,
    MONTH_ABBR,
    MONTH_GEN,
    MONTH_NOM,
    _fmt,
    _valid,
    date_line,
    find_dates,
    is_labelled,
    item_datelines,
)
from soccoop.extract.datewords import (
    ADDRESS_LINES,
    AGENCY_KINDS,
    BARE_DATE_FROM,
    COUNT_MULTIPLIERS,
    CRAWL_TIME_LABELS,
    DATELINE_LINES,
    DAY_SHIFT,
    DIVIDER_RULE_CHARS,
    DIVIDER_RULE_MIN,
    DOCUMENT_TITLES,
    ENGLISH_DAY_SUFFIXES,
    ENGLISH_HALF_DAY,
    ENGLISH_MONTHS,
    ENGLISH_TIME_WORDS,
    ENGLISH_WEEKDAYS,
    FIELD_ROW_MAX,
    FOOTER_ISSUE_LINES,
    FOOTER_LINES,
    HEAD_LINES,
    IMPRINT_NOTES,
    ISSUE_CONTENTS_HEADINGS,
    ISSUE_WORDS,
    MARKUP_PUBLISHED_PROPERTIES,
    MASTHEAD_SEGMENT_CHARS,
    MASTHEAD_SEGMENTS,
    NEWSPAPER_WORDS,
    PAGE_MARKS,
    POST_DAY_WORDS,
    POST_EDITED_FLAGS,
    PRESS_CREDITS,
    ROW_TIMES_MIN,
    RUBRIC_READ,
    SITE_NOTICE_WORDS,
    SOURCE_WORDS_MAX,
    STAMP_BYLINE_BODIES,
    STAMP_BYLINE_LABELS,
    STAMP_BYLINE_VERBS,
    STAMP_COUNTERS,
    STAMP_LABELS,
    STAMP_LINE_MAX,
    STAMP_MEDIA,
    STAMP_MINUTES,
    STAMP_PICTOGRAMS,
    STAMP_PLACE_MARKS,
    STAMP_PLAY_MARKS,
    STAMP_READING,
    STAMP_RUBRIC_JOINS,
    STAMP_RUBRIC_LABELS,
    STAMP_ZONES,
    STORY_COUNT_WORDS,
    TOP_LINES,
    UPDATE_LABELS,
    VERB_FORM_ENDINGS,
    WEEKDAYS,
    WIDGET_ROW_LINES,
    YEAR_LINES,
    english_month_number,
    month_number,
)
from soccoop.extract.lexicon import COMMENT_HEADINGS
from soccoop.models import DateRef

# "МОСКВА, 23 янв - РИА Новости", "КОСТРОМА, 14 мая 2025 г. В ...", "Кострома, 14.05.2025 /
# ИА «Кострома» /": a place, a comma, the date, then a mark or the next sentence; date60: a
# time of day may follow the date before the agency's dash ("ИЖЕВСК, 22.04.2025 09:15 — ...");
# pub89: the agency may follow in brackets ("Заречный, 3 апреля (ИА «Заречье»).")
_DATELINE = re.compile(
    rf"^[^\S\n]*\(?[^\S\n]*[А-ЯЁA-Z][\w.\-]*(?:[^\S\n][А-ЯЁA-Z][\w.\-]*){{0,2}}"
    rf",[^\S\n]*(?P<date>"
    rf"[0-3]?\d{_SP}(?:{MONTH_GEN}|{MONTH_ABBR}\.?)(?:{_SP}\d{{4}}(?:{_SP}?{_YEAR_WORD})?)?"
    rf"|[0-3]?\d\.[01]?\d\.\d{{2,4}})(?:[^\S\n]+\d{{1,2}}:\d\d(?=[^\S\n]*[—–-]))?"
    rf"[^\S\n]*(?:[,)—–/-]|\.\s|(?<=г\.)\s"
    # pub89: or the agency's name in brackets ("ЗАРЕЧНЫЙ, 3 апреля (ИА «Заречье»). ...")
    rf"|\((?=[^\S\n]*[«\"А-ЯЁA-Z][^()\n]{{0,60}}\)))",
    re.MULTILINE,
)
_ABBR_DATE = re.compile(rf"(?P<d>[0-3]?\d){_SP}(?P<m>{MONTH_ABBR})\.?(?:{_SP}(?P<y>\d{{4}}))?",
                        re.IGNORECASE)

# a newspaper word, an adjective before it allowed ("Информационный вестник", "Ежемесячный
# бюллетень")
_NEWSPAPER = r"(?:[а-яё]+(?:ый|ий|ой|ая|яя)[^\S\n]+)?(?:" + "|".join(NEWSPAPER_WORDS) + ")"
_ISSUE_WORD = "(?:" + "|".join(ISSUE_WORDS) + r")(?![\w])"
_NAME = r"[А-ЯЁA-Z][\w\-]*"
# the head of an issue line, up to its date: an optional newspaper name (quoted, or after
# "газета"), then "№ 34 (1256)" (a print page groups the digits: "№ 128 (22 416)") or
# "Выпуск [№] 12", then "от", a separator or a print page's wide gap
_ISSUE_HEAD = re.compile(
    rf"[^\S\n]*(?:(?:(?:{_NEWSPAPER})[^\S\n]+)?(?:«[^»\n]{{1,60}}»|\"[^\"\n]{{1,60}}\")"
    rf"[^\S\n]*,?[^\S\n]*"
    rf"|(?:{_NEWSPAPER})[^\S\n]+{_NAME}(?:[^\S\n]+{_NAME}){{0,2}}[^\S\n]*,?[^\S\n]*"
    rf"|(?:{_NEWSPAPER})[^\S\n]*,?[^\S\n]*)?"
    rf"(?:{_ISSUE_WORD}[^\S\n]*(?:№[^\S\n]*)?|№[^\S\n]*)"
    rf"\d{{1,6}}(?:[-/]\d{{1,6}})?"
    rf"(?:[^\S\n]*\([^\S\n]*\d{{1,3}}(?:[^\S\n]?\d{{3}})*[^\S\n]*\))?"
    rf"(?:[^\S\n]*(?:от(?![\w])[^\S\n]*|[|·•,/—–-][^\S\n]*)|[^\S\n]{{2,}})",
    re.IGNORECASE,
)
_DOCUMENT_TITLE = re.compile(r"[^\w]*(?:" + "|".join(DOCUMENT_TITLES) + r")(?![\w])",
                             re.IGNORECASE)
_COPYRIGHT = re.compile(r"©|\(c\)|copyright|все\s+права", re.IGNORECASE)

# --- stamp lines: a date with what sites print beside it (tables in ``datewords``) -------
_UPDATE = re.compile(r"^[^\w\n]*(?:" + "|".join(UPDATE_LABELS) + r")(?![\w])",
                     re.IGNORECASE)
_UPDATE_ANYWHERE = re.compile(r"(?<![\w])(?:" + "|".join(UPDATE_LABELS) + r")(?![\w])",
                              re.IGNORECASE)
_STAMP_LABEL = "(?:" + "|".join(STAMP_LABELS) + ")"
_STAMP_WEEKDAY = "(?:" + "|".join([full for _, full, _ in WEEKDAYS]
                                  + [abbr for _, _, abbr in WEEKDAYS]
                                  + list(ENGLISH_WEEKDAYS)) + r")\.?"
# a site's section name beside the date on a stamp line: "Общество", "Хоккей · ВХЛ",
# "Рубрика «Итоги недели»"; one or two words (a headline of a list has more) or a quoted name;
# hid94: a newspaper's masthead may put two capitalised words before its quoted name
# ("РАЙОННАЯ ГАЗЕТА «СЕВЕРНЫЙ КРАЙ» • Общество • 3 мая 2025")
_RUBRIC = (rf"(?:(?i:{'|'.join(STAMP_RUBRIC_LABELS)})[^\S\n]+"
           r"|[А-ЯЁA-Z][\w\-]*[^\S\n]+[А-ЯЁA-Z][\w\-]*[^\S\n]+(?=«)"
           r"|[А-ЯЁA-Z][\w\-]*[^\S\n]+)?"
           rf"(?:«[^»\n]{{1,40}}»"
           rf"|[А-ЯЁA-Z][\w\-]*(?:[^\S\n]+(?:{'|'.join(STAMP_RUBRIC_JOINS)})[^\S\n]+[\w\-]+"
           r"|[^\S\n]+[\w\-]+)?)")
# status65: a breadcrumb's arrows part sections too ("Новости › 18.09.2023", "Новости »
# Общество")
_RUBRIC_SEP = r"[·|•/›»]"
# a section's one word parted from the date by spaces only ("Общество   14.05.2025 15:40",
# "14.05.2025 15:40   Общество"): one word, as a photo caption names two or more ("Выступление
# Мадонны  16 февраля 2020 года", "Путин и Кинг 8 сентября 2000 года")
_SECTION_WORD = r"[А-ЯЁA-Z][\w\-]*"
# a site's name as a masthead prints it, with a dot inside ("Пермь.ру", "Карелия.Новости",
# "NEWS.ru"): a domain-like name is no person nor place, so any separator, a dash included,
# may part it from the date or from the sections before it ("Пермь.ру | Новости | 12 ноября
# 2024, вт", "Карелия.Новости — 29.05.2025")
# statpool96: or its address written small, as a breadcrumb opens with it ("tambov-info.ru ›
# Общество › Лента › 14.03.2025")
_SITE_NAME = (r"(?:[А-ЯЁA-Z][\w\-]*(?:\.[\w\-]+)+"
              r"|[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:ru|рф|su|com|org|net|info))")
# before the date: pictograms ("📅", "🕒"), a label with its colon, a weekday, a bracket;
# or a channel's name before a bracketed export stamp ("Минтруд Чувашии, [12.03.2025 14:05]");
# or a place ("Кемерово, "; "г. Тамбов" and a wide gap: a document's dateline); or the
# site's sections ("Хоккей · ВХЛ · 07.08.2025"; spaces may part them: "Общество   14.05.2025")
_STAMP_BEFORE = re.compile(
    # (a label may take its weekday with "в": "Опубликовано в четверг, 5 июня 2025 года")
    rf"[^\w\n]{{0,4}}(?:(?P<label>{_STAMP_LABEL})(?![\w])[^\S\n]*[:\-–—]?[^\S\n]*"
    rf"(?:в[^\S\n]+)?"
    # pub89: the time may stand between the label and the day ("Опубликовано 09:40, 3 апреля")
    rf"(?:\d{{1,2}}:\d{{2}}[^\S\n]*,?[^\S\n]*)?"
    rf"|(?-i:(?P<place>[А-ЯЁ][\w\-]+(?:[^\S\n][А-ЯЁ][\w\-]+){{0,2}}),[^\S\n]*"
    rf"|г\.[^\S\n]*[А-ЯЁ][\w\-]+(?:[^\S\n][А-ЯЁ][\w\-]+)?(?:,[^\S\n]*|[^\S\n]{{2,}}))"
    rf"|(?:(?-i:{_RUBRIC})[^\S\n]*{_RUBRIC_SEP}[^\S\n]*){{1,3}}"
    # date69: the time may stand between the section and the date ("Культура · 10:25 ·
    # 03.02.2024")
    rf"(?:\d{{1,2}}:\d{{2}}[^\S\n]*{_RUBRIC_SEP}[^\S\n]*)?"
    rf"|(?-i:{_SITE_NAME})[^\S\n]*[·|•/›»—–-][^\S\n]*"
    rf"(?:(?-i:{_RUBRIC})[^\S\n]*{_RUBRIC_SEP}[^\S\n]*){{0,2}}"
    rf"|(?-i:{_SECTION_WORD})(?P<gap>[^\S\n]+))?"
    rf"(?:{_STAMP_WEEKDAY}(?![\w]),?[^\S\n]*)?[\[(]?[^\S\n]*"
    rf"|(?P<channel>[^\[\]\n,]{{1,60}}),[^\S\n]*\[",
    re.IGNORECASE,
)
# "в 14:05", "at 9:15 AM", "09:15:00 +0300", "T09:15:00+03:00"
_STAMP_TIME = (rf"(?:(?:в|{'|'.join(ENGLISH_TIME_WORDS)})[^\S\n]+)?\d{{1,2}}:\d{{2}}(?::\d{{2}})?"
               rf"(?:[^\S\n]*(?:{'|'.join(ENGLISH_HALF_DAY)})(?![\w])|[^\S\n]+[+-]\d{{4}}(?!\d))?"
               r"|T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
_STAMP_ZONE = "(?:" + "|".join(STAMP_ZONES) + r")(?:[+-]\d{1,2}(?::?\d\d)?)?(?![\w])"
_COUNTER_WORD = "(?:" + "|".join(STAMP_COUNTERS) + ")"
# a pictogram with its count ("💬 4", "👁 1 204", "❤️ 12"), or a pictogram alone ("🕒 17:05")
_PICTOGRAM = rf"[{STAMP_PICTOGRAMS}]\ufe0f?"
# pub58: or shortened, a decimal and its multiplier's letter ("👁 1,2K", "👁 3.4К"): a
# channel's header row prints its views so after the post's time ("2024-10-01 11:15   👁 3,4K")
_SHORT_COUNT = rf"\d{{1,3}}(?:[.,]\d)?[{COUNT_MULTIPLIERS}](?![\w])"
# (not "⏱ 4 мин": a reading time)
_PICTOGRAM_COUNT = (rf"{_PICTOGRAM}[^\S\n]*\d{{1,3}}(?:[^\S\n]?\d{{3}})*(?![\d:.])"
                    rf"(?![^\S\n]*(?:{'|'.join(STAMP_MINUTES)}))")
# date60: a clip's running time after the date ("▶ Видео 2:48", "Видео: 02:14")
_MEDIA_CLIP = (rf"(?:[{STAMP_PLAY_MARKS}]\ufe0f?[^\S\n]*)?(?:{'|'.join(STAMP_MEDIA)})"
               rf"[^\S\n]*:?[^\S\n]*\d{{1,2}}:\d\d(?::\d\d)?(?!\d)")
# a place after a comma: "27 марта 2025 года, г. Нижний Новгород", "12.03.2025, Казань"; a
# settlement's mark or a capitalised name of up to three words, last on the line or before a
# separator (a headline after the date has lower-case words)
_STAMP_PLACE = (rf"(?:(?<=,)|(?<=,[^\S\n]))(?-i:(?:(?:{'|'.join(STAMP_PLACE_MARKS)})[^\S\n]*)?"
                rf"[А-ЯЁ][\w\-]*(?:[^\S\n]+[А-ЯЁ][\w\-]*){{0,2}})"
                rf"(?=[^\S\n]*(?:[|·•,]|$))")


def _stamp_after(short: bool) -> re.Pattern[str]:
    """What a stamp line prints after its date (or before it), piece by piece (atomic: a
    failing line is rejected without backtracking); a section name first, as it takes its
    separator with it ("· Общество · 2 мин"). ``short``: a count may be shortened ("👁
    2,7K", pub58)."""
    count = rf"{_PICTOGRAM}[^\S\n]*{_SHORT_COUNT}|{_PICTOGRAM_COUNT}" if short \
        else _PICTOGRAM_COUNT
    value = rf"(?:{_SHORT_COUNT}|\d[\d\s]*)" if short else r"\d[\d\s]*"
    return re.compile(
        rf"(?>{_RUBRIC_SEP}[^\S\n]*(?-i:{_RUBRIC})(?=[^\S\n]*(?:{_RUBRIC_SEP}|$))"
        # date63: a longer section name, up to five words, when separators close it on both
        # sides and a counter follows ("08 ноя 2024 · Центр содействия трудоустройству
        # выпускников · 👁 286"): a headline of a list stands last, with no count after it
        rf"|{_RUBRIC_SEP}[^\S\n]*(?-i:[А-ЯЁA-Z][\w\-]*(?:[^\S\n]+[\w\-]+){{2,4}})[^\S\n]*"
        rf"{_RUBRIC_SEP}(?=[^\S\n]*(?:{count}|\d[\d\s]*{_COUNTER_WORD}"
        rf"|{_COUNTER_WORD}[^\S\n]*:?[^\S\n]*\d))"
        # date69: an author's name of two or three capitalised words parted by wide gaps, a
        # counter after it ("27.04.2024 11:08   Марина Соколова   👁 1 873   💬 4"); pub87: or
        # the section's one word so parted ("05.11.2024 09:40   Культура   👁 906")
        rf"|(?<=[^\S\n]{{3}})(?-i:[А-ЯЁ][а-яё\-]+(?:[^\S\n][А-ЯЁ][а-яё\-]+){{0,2}})"
        rf"(?=[^\S\n]{{3,}}(?:{count}|\d[\d\s]*{_COUNTER_WORD}|{_COUNTER_WORD}))"
        # date46: a site's path of sections after a wide gap, each parted by a separator, the
        # last one last on the line ("07.10.2024 09:15   Новости / Общество"): its first section
        # here, the rest by the first piece above
        rf"|(?<=[^\S\n]{{2}})(?-i:{_RUBRIC})(?=[^\S\n]*{_RUBRIC_SEP}[^\S\n]*(?-i:{_RUBRIC})"
        rf"(?:[^\S\n]*{_RUBRIC_SEP}[^\S\n]*(?-i:{_RUBRIC})){{0,2}}[^\S\n]*$)"
        # a section's one word last on the line after a space or a dash ("14.05.2025 15:40
        # Общество", "14.05.2025 — Новости")
        rf"|(?<=[^\S\n—–-])(?:(?i:{'|'.join(STAMP_RUBRIC_LABELS)})[^\S\n]+«[^»\n]{{1,40}}»"
        rf"|(?-i:{_SECTION_WORD}))(?=[^\S\n]*$)"
        rf"|{_STAMP_PLACE}|[\s,|/—–.\-•·()\[\]]|{_STAMP_TIME}|{_STAMP_ZONE}|(?:года|г\.?)(?![а-яё])"
        rf"|{_STAMP_WEEKDAY}(?![\w])"
        rf"|\d+[^\S\n]*(?:{'|'.join(STAMP_MINUTES)})\.?(?:[^\S\n]*(?:{'|'.join(STAMP_READING)}))?"
        rf"(?![\w])"
        rf"|(?:время[^\S\n]+)?(?:{'|'.join(STAMP_READING)})[^\S\n]*:?[^\S\n]*\d+[^\S\n]*мин\w*\.?"
        rf"|\d[\d\s]*{_COUNTER_WORD}"
        rf"|{_COUNTER_WORD}[^\S\n]*:?[^\S\n]*{value}"
        rf"|{count}|{_MEDIA_CLIP}|{_PICTOGRAM}"
        rf"|(?:{'|'.join(STAMP_BYLINE_LABELS)})[^\S\n]*:[^|•·\n]*"
        rf"|(?:[а-яё]+[^\S\n]+)?(?:{'|'.join(STAMP_BYLINE_VERBS)})[^\S\n]+"
        rf"(?:(?-i:[А-ЯЁ][а-яё\-]+(?:[^\S\n]+[А-ЯЁ][а-яё\-.]*){{0,2}})(?=[^\S\n]*(?:[|•·]|$))"
        rf"|(?:{'|'.join(STAMP_BYLINE_BODIES)})(?![\w])[^|•·\n]*)"
        rf"|(?<=[|•·][^\S\n])(?:{'|'.join(PRESS_CREDITS)})(?![\w])[^|•·\n]*"
        rf"|(?:{'|'.join(UPDATE_LABELS)})(?![\w])[^|•·\n]*"
        # "/ 1234": a bare counter, last after a separator
        rf"|(?<=[|/•·][^\S\n])\d{{1,3}}(?:[^\S\n]?\d{{3}})*[^\S\n]*$"
        # date72: the outlet's name in quotes, last after a dash or a separator ("18 ноября
        # 2024, 16:40 — «Вести Приангарья. Экономика»")
        rf"|(?<=[—–|•·][^\S\n])«[^«»\n]{{1,60}}»(?=[^\S\n]*$))*",
        re.IGNORECASE,
    )


# pub58: after the date a count may be shortened ("2024-10-01 11:15   👁 3,4K"); before it
# only in full: a post's counter row over its time ("👁 2,4K  ✏️ 14.02.2024 11:05") is read
# by ``edited_post_stamp``, which asks the page's rows to be of one day
_STAMP_AFTER = _stamp_after(short=False)
_STAMP_AFTER_DAY = _stamp_after(short=True)
_PRESS = re.compile(r"[^\w\n]*(?:" + "|".join(PRESS_CREDITS) + r")(?![\w])", re.IGNORECASE)
# "Екатеринбург. 12 марта. INTERFAX.RU - ...": a wire's dateline with full stops
_DOT_DATELINE = re.compile(
    rf"^[^\S\n]*[А-ЯЁA-Z][\w\-]*(?:[^\S\n][А-ЯЁA-Z][\w\-]*){{0,2}}\.[^\S\n]*(?P<date>"
    rf"[0-3]?\d{_SP}(?:{MONTH_GEN}|{MONTH_ABBR}\.?)(?:{_SP}\d{{4}}(?:{_SP}?{_YEAR_WORD})?)?)"
    rf"\.[^\S\n]+[A-ZА-ЯЁ][A-ZА-ЯЁ.\-]{{2,}}(?![а-яё])",
    re.MULTILINE,
)
# "Сегодня, 12 марта 2025" in a site header is the day of the crawl, not of the article
_TODAY = re.compile(r"(?<![\w-])(?:" + "|".join(DAY_SHIFT) + r")(?![\w-])", re.IGNORECASE)
# "14:05, 12 марта 2025": a time before the date (read apart: "05, 12 марта" is no list of days)
_LEAD_TIME = re.compile(r"[^\w\n]{0,4}\d{1,2}:\d{2}(?::\d{2})?[^\S\n]*[,|/—–·•-]?[^\S\n]*")


def beside_widget(lines: list[str], i: int) -> bool:
    """Is line i within two lines of a weather or currency widget that shows a value
    ("Погода: -3 °C", "USD 90,5")? A menu that only names the section ("Эфир | Новости |
    Погода | Пробки") shows none: the date under it is the article's, not the crawl day's;
    nor does a widget date a full date on its own line right above the headline
    (``boilerplate.heads_article``)."""
    lo = max(0, i - 2)
    near = [line if _ANY_DIGIT.search(line) and not _LINKED_HEADLINE.match(line) else ""
            for line in lines[lo:i + 3]]
    return _beside_any_widget(near, i - lo) and not heads_article(lines, i) \
        and not _sectioned_under_widget(lines, i) and not _counted_under_widget(lines, i) \
        and not _rubric_over_headline(lines, i)


_ANY_DIGIT = re.compile(r"\d")
# an item of a bulleted list of linked headlines ("Самое читаемое:" / "• Погода на выходные:
# до -15"): a headline about the weather, no widget showing it (datesD)
_LINKED_HEADLINE = re.compile(r"[^\S\n]*[•▪►][^\S\n]*[А-ЯЁA-Z]\w*(?:[^\S\n]+\w+){2}")
# a stamp that names the site's sections before its date: "Промышленность · 12 февраля 2026",
# "Хоккей · ВХЛ · 07.08.2025"
_SECTIONED = re.compile(
    rf"[^\w\n]{{0,4}}(?:(?-i:{_RUBRIC})[^\S\n]*{_RUBRIC_SEP}[^\S\n]*){{1,3}}\d")


# a stamp that names its section last, after the date and the time: "Вт, 29/10/2024 - 18:20
# Общество", "14.05.2025, 15:40 | Экономика"
_SECTIONED_LAST = re.compile(
    rf"[^\S\n]*(?:[,\-–—][^\S\n]*)?(?:в[^\S\n]+)?\d{{1,2}}:\d{{2}}"
    rf"(?:[^\S\n]*{_RUBRIC_SEP}[^\S\n]*|[^\S\n]{{2,}})(?-i:{_RUBRIC})[^\S\n]*")


# a stamp that names its one-word section first, parted from the date by a gap, then the
# time: "Общество  5 февраля 2025, 11:42" (a header's today-date prints no section and time)
_SECTIONED_GAP = re.compile(
    rf"[^\w\n]{{0,4}}(?-i:{_SECTION_WORD})[^\S\n]{{2,}}(?=\d)")


def _sectioned_under_widget(lines: list[str], i: int) -> bool:
    """Is line i a stamp naming its section beside the date, with the widget rows only above
    it? A site header's today-date names no section, so the stamp is the article's:
    "Курсы ЦБ: USD 79,45 ▲" / "Промышленность · 12 февраля 2026, 14:30" / headline; the
    section may come last, after the date and its time ("Краснодар +14°" / "Вт, 29/10/2024
    - 18:20   Общество" / headline), or first, parted from the date by a gap, with the time
    after the date (date54: "Курс ЦБ: USD 97,21" / "Общество  5 февраля 2025, 11:42" /
    headline). A widget on the stamp's own line or under it still excludes it."""
    if not _SECTIONED.match(lines[i]):
        ref = stamp_line(lines[i])
        if ref is None or not (_SECTIONED_LAST.fullmatch(lines[i], ref.end) or (
                _SECTIONED_GAP.match(lines[i]) and _TIMED_AFTER.match(lines[i], ref.end))):
            return False
    below = [line if _ANY_DIGIT.search(line) else "" for line in lines[i:i + 3]]
    return not _beside_any_widget(below, 0)


# the time right after a stamp's date: ", 11:42", " в 11:42", " — 11:42"
_TIMED_AFTER = re.compile(r"[^\S\n]*[,\-–—]?[^\S\n]*(?:в[^\S\n]+)?\d{1,2}:\d{2}(?!\d)")


def _rubric_over_headline(lines: list[str], i: int) -> bool:
    """status52: does the date on line i head the article with the page's rubric between
    them? "Якутск +12°" / "15.05.2025, 11:47" / "Общество" / headline: a site header's
    today-date has its menu or the widget under it, not one section's name over the
    headline. The next non-blank line is a rubric (one to three words, no digit), and
    without it the date would head the article (``boilerplate.heads_article``)."""
    below = lines[i:i + RUBRIC_READ]
    j = next((n for n in range(1, len(below)) if below[n].strip()), None)
    if j is None or not _ROW_RUBRIC.fullmatch(below[j].strip()):
        return False
    return heads_article(below[:j] + [""] + below[j + 1:], 0)


_VIEW_COUNTER = re.compile(rf"{_COUNTER_WORD}[^\S\n]*:?[^\S\n]*\d|\d[\d\s]*{_COUNTER_WORD}",
                           re.IGNORECASE)


def _counted_under_widget(lines: list[str], i: int) -> bool:
    """Is line i a stamp that counts the article's views, with the widget rows only above
    it (statC)? A site header's today-date counts no views, so the stamp is the article's:
    "Нижний Новгород −4°" / "14 ноября 2025, 18:40 · Просмотров: 1 216" / headline. A widget
    on the stamp's own line or under it still excludes it."""
    if stamp_line(lines[i]) is None or not _VIEW_COUNTER.search(lines[i]):
        return False
    below = [line if _ANY_DIGIT.search(line) else "" for line in lines[i:i + 3]]
    return not _beside_any_widget(below, 0)


# a rubric closing a masthead row: "· Люди", "| Общество и власть" (words only, no digits)
_ROW_RUBRIC = re.compile(r"[^\W\d_]+(?:[^\S\n]+[^\W\d_]+){0,2}[^\S\n]*")


def _issue_with_rubric(line: str) -> DateRef | None:
    """An issue line whose masthead row ends with the page's rubric after its date
    (statC): "«Волжская правда» · № 35 (12 418) · пятница, 5 сентября 2025 г. · Люди" ->
    2025-09-05. Only a last segment of at most three words without digits is dropped."""
    seps = list(_MASTHEAD_SEP.finditer(line))
    if len(seps) < 2 or not _ROW_RUBRIC.fullmatch(line, seps[-1].end()):
        return None
    return issue_line(line[:seps[-1].start()])


def issue_line(line: str) -> DateRef | None:
    """The date of a newspaper issue line, else None; offsets are into ``line``.

    "№ 34 (1256) от 23 августа 2024 г." -> 2024-08-23. The line must open with the issue
    number (or a newspaper name and then the number) and end with the date alone, so that a
    decree in running text ("Постановление № 123 от 12 мая 2023 ...") or a copyright line
    ("© Газета «Север», № 5, 2023") is never one. A masthead row may put short segments
    before the number ("Выходит с 1931 года | № 27 (9856) | пятница, 5 июля 2024 года"),
    and a monthly bulletin dates its issue by the month ("Информационный бюллетень № 4
    (87), апрель 2025 года" -> 2025-04).
    """
    if len(line) > 120:
        return _run_in_masthead(line)  # (its prefixes are checked for a copyright)
    if _COPYRIGHT.search(line):
        return None
    line = _without_page_mark(line)
    for start in _masthead_segments(line):
        if start and _DOCUMENT_TITLE.match(line):
            return None  # "ПОСТАНОВЛЕНИЕ     № 123     12 мая 2023": a legal act's number
        head = _ISSUE_HEAD.match(line, start)
        if head is None:
            continue
        ref = date_line(line[head.end():]) or _issue_month(line[head.end():])
        if ref is None and _NAMED_ISSUE.match(line, start):
            ref = _issue_year(line[head.end():])
        if ref is None or ref.start != 0:
            return _issue_with_rubric(line)
        s, e = head.end() + ref.start, head.end() + ref.end
        return DateRef(ref.value, line[s:e], s, e, False)
    return _date_before_number(line)


# an issue number alone closing a masthead row: "№ 34 (10 512)", "Выпуск № 12"
_ISSUE_NUMBER_LAST = re.compile(
    rf"(?:{_ISSUE_WORD}[^\S\n]*(?:№[^\S\n]*)?|№[^\S\n]*)\d{{1,6}}(?:[-/]\d{{1,6}})?"
    rf"(?:[^\S\n]*\([^\S\n]*\d{{1,3}}(?:[^\S\n]?\d{{3}})*[^\S\n]*\))?[^\S\n]*",
    re.IGNORECASE)


def _date_before_number(line: str) -> DateRef | None:
    """status52: a masthead row that prints the issue's date before its number: "29 апреля
    2024 г., понедельник | № 34 (10 512)" -> 2024-04-29. The last segment is the issue
    number alone, the one before it a date line (a short segment may precede: "Выходит с
    1931 года | 29 апреля 2024 г. | № 34")."""
    seps = list(_MASTHEAD_SEP.finditer(line))
    if not seps or not _ISSUE_NUMBER_LAST.fullmatch(line, seps[-1].end()):
        return None
    if len(seps) - 2 > MASTHEAD_SEGMENTS:
        return None  # more segments before the date than a masthead row puts there
    lo = seps[-2].end() if len(seps) >= 2 else 0
    ref = date_line(line[lo:seps[-1].start()])
    if ref is None or ref.start != 0:
        return None
    return DateRef(ref.value, ref.text, lo + ref.start, lo + ref.end, False)


_NEWSPAPER_WORD = re.compile(rf"(?<![\w])(?:{'|'.join(NEWSPAPER_WORDS)})(?![\w])", re.IGNORECASE)
# a bar between segments, or a printed page's wide gap ("ПРИЗЫВ          № 128 (22 416)")
_MASTHEAD_SEP = re.compile(r"[^\S\n]+[|·•][^\S\n]+|[^\S\n]{3,}")
# a page number closing a running header or footer after a wide gap: "...   стр. 4"
# (date69: or after a bar: "... • пятница, 15 ноября 2019 г. • стр. 3")
_PAGE_MARK_TAIL = re.compile(
    r"(?:[^\S\n]{3,}|[^\S\n]*[|·•][^\S\n]*)(?:" + "|".join(PAGE_MARKS)
    + r")[^\S\n]*\d{1,4}[^\S\n]*$", re.IGNORECASE)


def _without_page_mark(line: str) -> str:
    """A print page's running header or footer without its page number, so that its issue
    line reads as one: "ПРИЗЫВ     № 128 (22 416)     14 ноября 2025 г.     стр. 4" -> "ПРИЗЫВ
    № 128 (22 416)  14 ноября 2025 г." (offsets kept: only the tail goes)."""
    m = _PAGE_MARK_TAIL.search(line)
    return line[:m.start()] if m else line


def _run_in_masthead(line: str) -> DateRef | None:
    """A masthead run into the article on one line (a page flattened to one paragraph):
    "«Вестник района» · № 84 (6312) · пятница, 7 ноября 2025 г. · Общество · Заголовок ..."
    -> 2025-11-07. The issue line is read up to each of its first separators (within the
    length of an issue line), so the article after it does not hide it."""
    for m in _MASTHEAD_SEP.finditer(line, 0, 120):
        ref = issue_line(line[:m.start()])
        if ref is not None:
            return ref
    return None


def _masthead_segments(line: str) -> Iterator[int]:
    """Where an issue number may start: the line's start, then after each of its first
    segments ("|"-separated, or parted by a print page's wide gap). A segment is short,
    unless it describes the newspaper (datesD: "«ВОЛГА» · общественно-политическая газета
    Астраханской области · № 47 (31 245) · четверг, 20 ноября 2025 г.")."""
    yield 0
    pos = 0
    for _ in range(MASTHEAD_SEGMENTS):
        bar = _MASTHEAD_SEP.search(line, pos)
        if bar is None or bar.start() - pos > MASTHEAD_SEGMENT_CHARS and not (
                bar.start() - pos <= 2 * MASTHEAD_SEGMENT_CHARS and
                _NEWSPAPER_WORD.search(line, pos, bar.start())):
            return
        pos = bar.end()
        yield pos


def _issue_month(rest: str) -> DateRef | None:
    """"апрель 2025 года" alone after an issue number: the month of a monthly issue."""
    refs = find_dates(rest)
    if not refs or refs[0].start != len(rest) - len(rest.lstrip()) or refs[0].relative:
        return None
    if not re.fullmatch(r"\d{4}-\d\d", refs[0].value or "") or \
            rest[refs[0].end:].strip(" \t.,"):
        return None
    return refs[0]


_BARE_YEAR = re.compile(rf"(?P<y>(?:19|20)\d\d)(?:{_SP}?{_YEAR_WORD})?[^\S\n.,]*\.?[^\S\n]*")


# an issue line that opens with the newspaper's name (quoted, or after "газета"), not with
# the bare number: only such a line may date its issue by the year alone
_NAMED_ISSUE = re.compile(rf"[^\S\n]*(?:(?:{_NEWSPAPER})(?![\w])|«|\")", re.IGNORECASE)


def _issue_year(rest: str) -> DateRef | None:
    """A year alone after a newspaper's issue number (r19dates): "Газета «Северная звезда»,
    №41, 2025" -> 2025. A weekly that prints no day still dates its issue by the year; the
    line must name the newspaper (a bare "№ 34 (1256), 2024" may be any numbered thing), and
    nothing may follow the year but a year word."""
    lead = len(rest) - len(rest.lstrip())
    m = _BARE_YEAR.fullmatch(rest, lead)
    if m is None:
        return None
    text = rest[lead:m.end()].rstrip()
    return DateRef(m["y"], text, lead, lead + len(text), False)


def _issue_date(text: str, masked: str) -> DateRef | None:
    """An issue line among the first lines; the raw line is read (a masthead is masked).

    Not the number line under a document title ("ПОСТАНОВЛЕНИЕ" / "№ 123 от 12 мая 2023").
    """
    seen = 0
    previous = ""
    for (off, line), (_, kept) in zip(_lines(text), _lines(masked), strict=True):
        ref = issue_line(line) or _numbered_masthead(line) or crumb_issue(line)
        if ref is not None and not _DOCUMENT_TITLE.match(previous):
            return DateRef(ref.value, ref.text, off + ref.start, off + ref.end)
        if line.strip():
            previous = line
        seen += bool(kept.strip())
        if seen >= HEAD_LINES:
            return None
    return None


# page49: the arrows of a breadcrumb ("Архив → № 14 (11872) от 5 апреля 2024 г. → Полоса 2");
# "»" and ">" only between spaces (a quote's closing mark is no arrow)
_CRUMB_ARROW = re.compile(r"[^\S\n]*[→›][^\S\n]*|[^\S\n]+[»>][^\S\n]+")


def crumb_issue(line: str) -> DateRef | None:
    """page49 crumb_issue: a breadcrumb one of whose parts is a newspaper issue dates the
    page by that issue, else None: "Архив номеров → № 7 (9012) от 14 марта 2025 г. → Полоса 3"
    -> 2025-03-14 (a paper's site files each printed page under its issue). Each part
    between arrows is read as an issue line (``issue_line``: the number first, the date
    closing the part), so a part with a decree's number ("Постановление № 12 от ...") or a
    headline is none. A short line (``FIELD_ROW_MAX``) with two parts or more; the first
    issue part counts. Offsets into ``line``."""
    if len(line) > FIELD_ROW_MAX or "№" not in line:
        return None  # (speed only: an issue part carries its number sign)
    arrows = list(_CRUMB_ARROW.finditer(line))
    if not arrows:
        return None
    bounds = [0] + [a.end() for a in arrows]
    ends = [a.start() for a in arrows] + [len(line)]
    for s, e in zip(bounds, ends, strict=True):
        ref = issue_line(line[s:e])
        if ref is not None:
            return DateRef(ref.value, ref.text, s + ref.start, s + ref.end, False)
    return None


# a newspaper's issue number with its running total in brackets: "№ 37 (12 418)", "№ 6
# (1412)"; a decree or a case number has no such total
_RUNNING_ISSUE = re.compile(
    r"(?<![\w])№[^\S\n]*\d{1,4}[^\S\n]*\([^\S\n]*\d{1,3}(?:[^\S\n]?\d{3})*[^\S\n]*\)")


_PAGE_MARK_ANY = re.compile(rf"(?<![\w])(?:{'|'.join(PAGE_MARKS)})[^\S\n]*\d", re.IGNORECASE)
_GOES_ON = re.compile(rf"[^\S\n]*(?:{_YEAR_WORD})?[^\S\n]*[а-яё]")


def _numbered_masthead(line: str) -> DateRef | None:
    """date60: a masthead row with the issue number and its running total, in whatever order
    and with whatever notes its segments carry, dates the issue by the one full date on the
    row: "№ 37 (12 418) · Четверг, 19 сентября 2024 г. · Издаётся с 1931 года", "Выходит с
    1931 года. № 41 (10234), пятница, 11 октября 2024 г.", "Общество | 12 февраля 2025
    года, № 6 (1412)". Read only when ``issue_line`` finds no issue line there; never a
    legal act's title ("Постановление № 12 (5) | 12 марта 2025 года о мерах ..."). A short row
    (``STAMP_LINE_MAX``), no copyright, exactly one day with its year (a founding year
    beside it is no day); a second day leaves the row undated."""
    if len(line) > STAMP_LINE_MAX or _COPYRIGHT.search(line) or \
            _RUNNING_ISSUE.search(line) is None or _DOCUMENT_TITLE.match(line) or \
            _PAGE_MARK_ANY.search(line):
        return None  # (a page mark, "· стр. 4 и 5", is left to ``issue_line``'s reading)
    refs = [d for d in find_dates(line) if d.value and not d.relative]
    days = [d for d in refs if _FULL_DAY.fullmatch(d.value or "")]
    if len(days) != 1 or _GOES_ON.match(line, days[0].end):
        return None  # (a decree's title goes on after its date: "... 2025 года о мерах")
    d = days[0]
    return DateRef(d.value, d.text, d.start, d.end, False)


_DIGIT = re.compile(r"\d")


def _lead_end(line: str) -> int:
    """Where a stamp line's date part starts: after a time printed before the date."""
    lead = _LEAD_TIME.match(line)
    return lead.end() if lead else 0


# pub89: a time's hour right before a number ("09:" of "09:40, 3 апреля"): its minutes are no
# day of a list of days
_MINUTES_BEFORE = re.compile(r"\d:$")


def stamp_line(line: str, *, labelled_only: bool = False) -> DateRef | None:
    """The day of a stamp line (a date and only what sites print beside it), else None.

    "📅 12.03.2025", "Время публикации: 12 марта 2025, 14:05 (МСК)", "2025-03-12T14:05:00+03:00",
    "8 окт. 2025, 09:30 | Источник: ОТВ | 1 245 просмотров", "Опубликовано 12 марта 2025,
    обновлено 13 марта 2025", "Минтруд Чувашии, [12.03.2025 14:05]". Never an update stamp
    ("Обновлено: ..."), a relative day ("вчера, 14:05"), a month or a year alone, nor a line
    with other words after the date (a headline of a list). ``labelled_only``: the line must
    carry a publication label (such lines count wherever they stand). Offsets into ``line``.
    """
    if len(line) > STAMP_LINE_MAX or not line.strip() or _UPDATE.match(line) \
            or _COPYRIGHT.search(line):
        return None
    lead = _LEAD_TIME.match(line)
    pos = lead.end() if lead else 0
    if _DIGIT.search(line, pos) is None:
        return None  # every form read here gives its day in digits (speed only)
    refs = [r for r in find_dates(line[pos:]) if not r.relative and r.value
            and not _MINUTES_BEFORE.search(line, 0, pos + r.start)]
    only = _stamp_only_dates(line[pos:])
    if only and (not refs or only[0].start <= refs[0].start):
        refs = only  # "23 Июль 2025": not the month "Июль 2025" after a stray number
    if not refs:
        return None
    first = DateRef(refs[0].value, refs[0].text, pos + refs[0].start, pos + refs[0].end, False)
    pre = line[pos:first.start]
    before = _STAMP_BEFORE.fullmatch(pre)
    if before is None and (labelled_only or not _STAMP_AFTER.fullmatch(pre)
                           or _UPDATE_ANYWHERE.search(pre)):
        # (what a stamp prints after the date may stand before it: "Время чтения: 3 мин ·
        # 14.03.2025", "👁 1 204 | 14.03.2025")
        return None
    if (labelled_only and not (before and before["label"])) or _TODAY.search(
            line[:first.start]):
        return None
    if before is not None and before["channel"] is not None and "]" not in line[first.end:]:
        return None
    if not _STAMP_AFTER_DAY.fullmatch(line[first.end:]):
        return None
    if not re.fullmatch(r"\d{4}-\d\d-\d\d|--\d\d-\d\d", first.value or ""):
        return None  # a year or a month is not a publication date
    return first


# "23 Июль 2025": a day with the month in the nominative (sites in Kazakhstan and Belarus)
_NOMINATIVE_DAY = re.compile(
    rf"(?<![\w.])(?P<d>[0-3]?\d){_SP}(?P<m>{MONTH_NOM})(?![\w]){_SP}(?P<y>\d{{4}})(?!\d)",
    re.IGNORECASE)
# status65: "21 ноября, 2024 · 18:05": a comma between the month and the year, as some site
# templates print their stamp (running text never parts a date's year by a comma)
_COMMA_YEAR = re.compile(
    rf"(?<![\w.])(?P<d>[0-3]?\d){_SP}(?P<m>{MONTH_GEN})(?![\w]),[^\S\n]*(?P<y>\d{{4}})(?!\d)",
    re.IGNORECASE)
# "2 апр в 18:40": an abbreviated month without a year, a time of day right after it
_ABBR_TIMED = re.compile(
    rf"(?<![\w.])(?P<d>[0-3]?\d){_SP}(?P<m>{MONTH_ABBR})\.?(?:{_SP}|,[^\S\n]*)"
    rf"(?=(?:в[^\S\n]+)?\d{{1,2}}:\d\d)",
    re.IGNORECASE)


# pub87: "14 окт", "3 фев.": a day and an abbreviated month last on the line, no year (a
# channel's post prints its day so under the channel's name, "Новости · 3 фев"; what
# stands before it must be a stamp's, ``stamp_line``)
_ABBR_LAST = re.compile(
    rf"(?<![\w.])(?P<d>[0-3]?\d){_SP}(?P<m>{MONTH_ABBR})\.?(?=[^\w\n]*$)", re.IGNORECASE)


# "2025.03.14", "2025/03/14": the year first with dots or slashes (ISO order, other marks)
_YEAR_FIRST = re.compile(r"(?<![\w.,/-])(?P<y>\d{4})(?P<s>[./])(?P<m>[01]\d)(?P=s)(?P<d>[0-3]\d)"
                         r"(?![\d./])")


_EN_MONTH = r"(?:" + "|".join(
    sorted({n for names in ENGLISH_MONTHS.values()
            for n in (names[0], *(a + r"\.?" for a in names[1:]))},
           key=len, reverse=True)) + r")(?![a-z])"
# "Aug 13, 2025", "13 August 2025": an English site template's stamp
_EN_SUFFIX = rf"(?:{'|'.join(ENGLISH_DAY_SUFFIXES)})?"
# "Aug 13, 2025", "13 August 2025", "March 3rd, 2025", "10th of July 2025": an English site
# template's stamp
_ENGLISH_DATE = re.compile(
    rf"(?<![\w.])(?:(?P<m>{_EN_MONTH})[^\S\n]+(?P<d>[0-3]?\d){_EN_SUFFIX},?[^\S\n]+"
    rf"(?P<y>\d{{4}})"
    rf"|(?P<d2>[0-3]?\d){_EN_SUFFIX}(?:[^\S\n]+of)?[^\S\n]+(?P<m2>{_EN_MONTH}),?[^\S\n]+"
    rf"(?P<y2>\d{{4}}))(?!\d)",
    re.IGNORECASE)
# date66: "June 21", "21 Jun": an English stamp with no year (a Telegram post's footer
# prints the day alone under its counter row); read on a stamp line only, like the above
_ENGLISH_DAY = re.compile(
    rf"(?<![\w.])(?:(?P<m>{_EN_MONTH})[^\S\n]+(?P<d>[0-3]?\d){_EN_SUFFIX}"
    rf"|(?P<d2>[0-3]?\d){_EN_SUFFIX}(?:[^\S\n]+of)?[^\S\n]+(?P<m2>{_EN_MONTH}))"
    rf"(?![\w,]|[^\S\n]*\d)",
    re.IGNORECASE)


# "07/25/2025": a slash date that only the month-first (US) order can read. The numeric
# order is ambiguous in general; the project reads it day-first (Russian and European sites:
# "07/10/2025" is 7 October 2025, ``dates._NUMERIC_SEP``) and month-first only where the
# second number cannot be a month, on a stamp line only
_MONTH_FIRST = re.compile(r"(?<![\w./-])(?P<m>[01]?\d)/(?P<d>1[3-9]|2\d|3[01])/(?P<y>\d{4})"
                          r"(?![\d/])")


def _stamp_only_dates(line: str) -> list[DateRef]:
    """Date forms read on a stamp line only, where the stamp's shape vouches for them and
    running text never has them: "Aug 13, 2025 · 4 min read" (an English template) ->
    2025-08-13, "23 Июль 2025 10:05" (a nominative month with a day) ->
    2025-07-23, "2025.03.14 14:20" (the year first with dots) -> 2025-03-14, "07/25/2025"
    (month first, as no month is 25) -> 2025-07-25, "June 21" (an English day with no
    year, date66) -> --06-21, "21 ноября, 2024 · 18:05" (a comma
    before the year) -> 2024-11-21, "2 апр в
    18:40" (a social network's year-less stamp: the time makes it one) -> --04-02, "9
    ноя" last on its line (pub87: a channel post's day under the channel's name) ->
    --11-09. Offsets into ``line``."""
    english = _ENGLISH_DATE.search(line)
    if english is not None:
        en_day, en_year = int(english["d"] or english["d2"]), int(english["y"] or english["y2"])
        en_month = english_month_number(english["m"] or english["m2"])
        if en_month is not None and _valid(en_day, en_month, en_year):
            return [DateRef(_fmt(en_day, en_month, en_year), english.group(), english.start(),
                            english.end(), False)]
    bare = _ENGLISH_DAY.search(line)
    if bare is not None:
        en_day = int(bare["d"] or bare["d2"])
        en_month = english_month_number(bare["m"] or bare["m2"])
        if en_month is not None and _valid(en_day, en_month, None):
            return [DateRef(_fmt(en_day, en_month, None), bare.group(), bare.start(), bare.end(),
                            False)]
    us = _MONTH_FIRST.search(line)
    if us is not None and _valid(int(us["d"]), int(us["m"]), int(us["y"])):
        value = _fmt(int(us["d"]), int(us["m"]), int(us["y"]))
        return [DateRef(value, us.group(), us.start(), us.end(), False)]
    first = _YEAR_FIRST.search(line)
    if first is not None and _valid(int(first["d"]), int(first["m"]), int(first["y"])):
        value = _fmt(int(first["d"]), int(first["m"]), int(first["y"]))
        return [DateRef(value, first.group(), first.start(), first.end(), False)]
    for pattern in (_NOMINATIVE_DAY, _COMMA_YEAR, _ABBR_TIMED, _ABBR_LAST):
        m = pattern.search(line)
        if m is None:
            continue
        d, mo = int(m["d"]), month_number(m["m"])
        y = int(m["y"]) if "y" in m.groupdict() and m["y"] else None
        if mo is not None and _valid(d, mo, y):
            end = m.end() if y is not None else m.end("m")
            return [DateRef(_fmt(d, mo, y), line[m.start("d"):end], m.start("d"), end, False)]
    return []


def _body_span(masked: str, *, notices: bool = True) -> tuple[int, int] | None:
    """First and last line index of prose in the masked text (a line of 60+ characters with
    a sentence end), or None. Runs of spaces count as one: a document's dateline padded to
    the right margin ("г. Тамбов          17 февраля 2025 г.") is no prose. ``notices=False``
    (bcast90): a site's cookie notice is no prose either (see ``site_notice``)."""
    prose = [i for i, line in enumerate(masked.split("\n"))
             if len(line.strip()) >= 60 and len(" ".join(line.split())) >= 60
             and re.search(r"[.!?…][»\"”)]?(?:\s|$)", line)
             and (notices or not site_notice(line))]
    return (prose[0], prose[-1]) if prose else None


_SITE_NOTICE = re.compile(r"(?<![\w\-])(?:" + "|".join(SITE_NOTICE_WORDS) + r")(?![\w])",
                          re.IGNORECASE)
_CLOCK = re.compile(r"(?<![\d:])[0-2]?\d:[0-5]\d(?![\d:])")


def site_notice(line: str) -> bool:
    """bcast90: is the line a site's notice about its cookies, which a saved page may open
    with above its own address and headline ("На портале работают cookie-файлы: оставаясь
    здесь, вы принимаете это. [OK]")? It reads as prose, yet the article's body begins
    under it."""
    return _SITE_NOTICE.search(line) is not None


def times_row(line: str) -> bool:
    """bcast90: does the line list ``ROW_TIMES_MIN`` or more clock times, a row of other
    issues or a schedule ("08:00 | 07:00 | 06:00 | 2 марта, 19:00" under "Прошлые
    эфиры:")? Its one date is that of another issue, never the page's; a stamp prints one
    time ("3 марта 2025, 09:10")."""
    return len(_CLOCK.findall(line)) >= ROW_TIMES_MIN


def _dated_items(lines: list[str], masked_lines: list[str]) -> bool:
    """Do date lines of two or more days each open a paragraph of prose (a digest of dated
    items: "10.03.2025 / В Чебоксарах ... / 11.03.2025 / В Казани ...")? Then none of them
    is the page's date (agr84: under a feed's bare day line the prose may come after a
    short first line of the post, an appeal: "11 марта" / "Уважаемые земляки!" /
    "Напоминаем, что приём ведётся по средам ..."). date58: the date lines of readers'
    comments, under a comment section's heading ("Комментарии (3)" / "Людмила К." /
    "13.12.2024 19:12" / "Хорошая новость ..."), are no items: the scan stops at the
    heading."""
    days = set()
    inside = False  # one of them stands after prose began
    prose_seen = False
    for i, _, line in lines_above_comments(lines):
        ref = date_line(line) or stamp_line(line)
        if ref is None or ref.value is None:
            prose_seen = prose_seen or _is_prose(masked_lines[i])
            continue
        # agr84: under a feed's bare day line ("11 марта": no year, no time) a post may
        # open with a short line before its prose ("📢 Уважаемые жители!" / "Напоминаем,
        # что ..."): the first two lines of text under it
        if _bare_day_line(line, ref):
            nxt = [m for m in masked_lines[i + 1:i + 1 + ITEM_OPENING_LINES * 2]
                   if m.strip()][:ITEM_OPENING_LINES]
        else:
            nxt = [next((m for m in masked_lines[i + 1:i + 3] if m.strip()), "")]
        if any(_is_prose(m) for m in nxt):
            days.add(ref.value[-5:])  # the calendar day: "12.03.2026" and "12 марта" are one
            inside = inside or prose_seen
    return len(days) >= 2 and inside


# agr84: how many lines of text under a feed's bare day line may open its post before
# the prose
ITEM_OPENING_LINES = 2


def _bare_day_line(line: str, ref: DateRef) -> bool:
    """agr84: is the line a feed's day divider, a day and a month alone, no weekday, year
    or time ("18 апреля", centred over the day's posts; "ВТОРНИК, 20 АВГУСТА" heads a
    digest's section)?"""
    return (ref.value or "").startswith("--") and len(ref.value or "") == 7 and \
        ref.text[:1].isdigit() and line.strip() == ref.text.strip()


def comment_heading(line: str) -> bool:
    """date58: is the line a readers' comment section's heading, one word of
    ``COMMENT_HEADINGS`` with at most a count ("Комментарии (3)", "Обсуждение:")?"""
    if len(line) > _COMMENT_HEADING_MAX:
        return False
    words = re.sub(r"[\d():\[\]]", " ", line).lower().split()
    return len(words) == 1 and words[0] in COMMENT_HEADINGS


_COMMENT_HEADING_MAX = 40


def lines_above_comments(lines: list[str]) -> Iterator[tuple[int, int, str]]:
    """(index, start offset, line) of the page's lines down to the readers' comments'
    heading: the walks for the page's own date stop there, since a comment's stamp
    ("Комментарии (2)" / "Ольга, 14.03.2024 12:05") is a reader's, not the page's."""
    off = 0
    for i, line in enumerate(lines):
        if comment_heading(line):
            return
        yield i, off, line
        off += len(line) + 1


def _is_prose(line: str) -> bool:
    """A line of 60 characters or more with a sentence mark; date72: not a dot inside a
    number ("14.12.2024, 09:40" in a header row is no sentence's end)."""
    return len(line.strip()) >= 60 and _SENTENCE_MARK.search(line) is not None


_SENTENCE_MARK = re.compile(r"[!?…]|\.(?!\d)|(?<!\d)\.")


def _stamp_date(text: str, lines: list[str], body: tuple[int, int] | None,
                *, labelled_only: bool) -> DateRef | None:
    """A stamp line: labelled ones anywhere, others only above the body; one day only (two
    stamp days above the body are a list of other news)."""
    found: list[DateRef] = []
    for i, (off, line) in enumerate(_lines(text)):
        head = body is None or i < body[0]
        if not (head or labelled_only):
            break
        ref = stamp_line(line, labelled_only=labelled_only or not head)
        if ref is None and labelled_only:
            ref = _labelled_before_copyright(line)
        if ref is None or beside_widget(lines, i):
            continue
        found.append(DateRef(ref.value, ref.text, off + ref.start, off + ref.end))
        if labelled_only:
            break
    if not found or len({f.value for f in found}) > 1:
        return None
    return found[0]


# the shape of a day's date ("12 марта", "12 мар.", "12.03.2025", "2025-03-12"): a line with
# one before the stamp puts another date first (a shape is enough, and cheap on long lines)
_DAY_DATE = re.compile(rf"(?<!\d)[0-3]?\d{_SP}(?:{MONTH_GEN}|{MONTH_ABBR})(?![а-яё])"
                       r"|(?<!\d)[0-3]?\d[./-][01]?\d[./-]\d{2,4}(?!\d)"
                       r"|(?<!\d)\d{4}-[01]\d-[0-3]\d(?!\d)", re.IGNORECASE)


def _first_date_stamp(lines: list[str]) -> DateRef | None:
    """The first date of the page when its line is a stamp line near the top.

    "Общество | 20 ноября 2025, 17:05" or "16 апреля 2026 · 3 мин · 💬 4" under a menu and a
    cookie notice (the notice passes for prose, so the stamp is not "above the body"); "27
    марта 2025 года, г. Нижний Новгород" under a transcript's title. Only the first line of
    the page with a date is read: a date after another date is no page stamp (a menu
    calendar, a list of news; so is a stamp with another day's stamp or a short dated line
    after it among the top lines: "13 декабря 10:00" over "В городе открыли каток12
    декабря 20:00"), nor a stamp beside a weather or currency widget, nor a name and a
    comma before the date (a photo caption "Ирина Петрова, 12 февраля 2025 года" under the
    lead; a dateline "Казань, 12 марта" is read by pass 3). date63: a head line that prints
    the stamp's very day first (a church calendar "15 ноября 2024 г. (2 ноября ст. ст.)" or a
    "today" widget over "Новости епархии | 15 ноября 2024 г.") is no other day, and the top
    lines count again from it (the head runs on under the widget): see ``_head_day``."""
    seen = off = 0
    found: DateRef | None = None
    head_day: str | None = None  # the full date of a head line read before any stamp
    for i, line in enumerate(lines):
        off, start = off + len(line) + 1, off
        if not line.strip():
            continue
        seen += 1
        if seen > TOP_LINES:
            break
        if _DIGIT.search(line) is None:
            continue  # (speed only: a date of the page has digits)
        ref = stamp_line(line)
        if found is not None:
            if (ref.value != found.value) if ref is not None else (
                    len(line) <= STAMP_LINE_MAX and _DAY_DATE.search(line) is not None):
                return None  # short dated lines at the top: a list of news, no page date
            continue
        if ref is None:
            if _DAY_DATE.search(line):
                day = _head_day(line) if head_day is None else None
                if day is None:
                    return None  # another day comes first (a year alone does not count)
                head_day, seen = day, 0  # the top lines count again from the head day
            continue
        if head_day is not None and ref.value != head_day:
            return None  # the head line's day is another day than the stamp's
        before = _STAMP_BEFORE.fullmatch(line, _lead_end(line), ref.start)
        if beside_widget(lines, i) or (before is not None and (before["place"] or before["gap"])):
            # "Тулси Габбард, 12 февраля 2020 года": a photo caption's shape; "Концерт
            # оркестра   12 марта 2025 года" a caption's too (a section name parted from the
            # date by a gap only is a stamp above the body, pass 4)
            return None
        found = DateRef(ref.value, ref.text, start + ref.start, start + ref.end)
    return found


def _head_day(line: str) -> str | None:
    """date63: the full date (day, month and year) that a dated line above the first stamp
    prints first, else None. Such a line (a calendar widget: "15 ноября 2024 г. (2 ноября ст.
    ст.)", a "today" row) keeps the stamp under it only when the stamp gives the same day; a
    line with a day and no year, or another day, still ends the scan."""
    refs = [r for r in find_dates(line) if not r.relative and r.value]
    if refs and re.fullmatch(r"\d{4}-\d\d-\d\d", refs[0].value or ""):
        return refs[0].value
    return None


# "14.05.2025. ", "14 мая 2025 года — ": a full date opening a headline, then its mark;
# agr84: a bar or a middle dot parts them too ("14.05.2025 | Кострома и Ярославль ...")
_HEADLINE_DATE_MARK = re.compile(r"[^\S\n]*(?:[.:|·•]|[—–-])[^\S\n]+(?=[А-ЯЁA-Z«\"])")


# pub87: a full date closing a headline after a dash or a bar, or in brackets
_HEADLINE_DATE_BEFORE = re.compile(r"[\w»\"!?][^\S\n]+(?:[—–|·•][^\S\n]*|\()$")
_HEADLINE_DATE_TAIL = re.compile(r"(?:[^\S\n]*(?:года|г\.))?\)?[^\S\n]*")


def _dated_headline(text: str, lines: list[str], body: tuple[int, int] | None) -> DateRef | None:
    """The page's first line is its headline opened by a full date, and the body follows
    right under it: "14.05.2025. Кострома и Ярославль будут вместе обучать сиделок" (a
    government site's news title); agr84: an agency's "14.05.2025 | Кострома и Ярославль
    будут вместе обучать сиделок", the date parted by a bar; pub87: the date closing the
    headline after a dash or a bar, or in brackets ("Вологда и Киров обменяются опытом
    соцработников — 21.10.2024", "... (21 октября 2024 г.)"). Only the first line of the
    page, a date with its day and year, and no other date among the top lines (a list of
    dated headlines has more)."""
    first = next(((off, i, line) for i, (off, line) in enumerate(_lines(text))
                  if line.strip()), None)
    if first is None or body is None:
        return None
    off, i, line = first
    if body[0] not in (i, next((j for j in range(i + 1, len(lines)) if lines[j].strip()), -1)):
        return None  # the body must start on the next line (a long headline passes for prose)
    refs = find_dates(line)
    if not refs or refs[0].relative or not re.fullmatch(r"\d{4}-\d\d-\d\d", refs[0].value or ""):
        return None
    ref = refs[0]
    if line[:ref.start].strip() or not _HEADLINE_DATE_MARK.match(line, ref.end):
        ref = refs[-1]  # pub87: or closing it, "Headline — 14.05.2025", "Headline (14.05.2025)"
        if len(refs) != 1 or not _HEADLINE_DATE_TAIL.fullmatch(line, ref.end) or \
                not _HEADLINE_DATE_BEFORE.search(line, 0, ref.start):
            return None
    if any(_DAY_DATE.search(other) for other in lines[i + 1:i + TOP_LINES]
           if len(other) <= STAMP_LINE_MAX):
        return None  # another short dated line at the top: a list of news
    return DateRef(ref.value, ref.text, off + ref.start, off + ref.end)


# where a header row starts its next field: a wide gap or a bar before "Label:" ("Дата
# опубликования: 14.03.2025   Номер опубликования: 7400...")
_NEXT_FIELD = re.compile(r"(?:[^\S\n]{2,}|[^\S\n]*[|·•][^\S\n]*)"
                         r"(?=[А-ЯЁA-Z][\w\-]*(?:[^\S\n]+[\w\-]+){0,3}[^\S\n]*:)")
# where a segment of a header line starts after a title: a sentence end or a bar
# ("Программа «Социальный вопрос». Эфир от 03.02.2025")
_SEGMENT_START = re.compile(r"(?:(?<=[.!?»])[^\S\n]+|[^\S\n]*[|·•][^\S\n]*)(?=[А-ЯЁA-Z])")
_LABEL_START = re.compile(rf"[^\w\n]{{0,4}}{_STAMP_LABEL}(?![\w])", re.IGNORECASE)


def _row_fields(line: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the segments of a header row that may hold a labelled stamp: from
    the line's start or a segment start, up to the next "Label:" field."""
    fields = list(_NEXT_FIELD.finditer(line))
    cuts = [m.start() for m in fields] + [len(line)]
    starts = sorted({0, *(m.end() for m in fields),
                     *(m.end() for m in _SEGMENT_START.finditer(line))})
    for start in starts:
        end = next(c for c in cuts if c > start)
        yield start, end


def _field_stamp(text: str, lines: list[str], body: tuple[int, int] | None) -> DateRef | None:
    """A labelled stamp that shares its header line with other fields or follows a title.

    "Дата опубликования: 14.03.2025   Номер опубликования: 7400202503140012" (a legal
    portal's row of fields), "Программа «Социальный вопрос». Эфир от 03.02.2025" (a
    programme page: the title, then the release). Only lines above the body: in prose a
    segment after a full stop is a sentence (the first line of the body too: a long row of
    fields may pass for prose). An update field is never one ("Изменено: ..." is refused
    by ``stamp_line``)."""
    for i, (off, line) in enumerate(_lines(text)):
        if body is not None and i > body[0]:
            break
        if len(line) > FIELD_ROW_MAX or _DIGIT.search(line) is None:
            continue
        for start, end in _row_fields(line):
            if not _LABEL_START.match(line, start, end):
                continue  # (speed only: ``stamp_line`` needs the label first)
            ref = stamp_line(line[start:end], labelled_only=True)
            if ref is not None and not beside_widget(lines, i):
                s, e = off + start + ref.start, off + start + ref.end
                return DateRef(ref.value, ref.text, s, e)
    return None


# fair91: a photo's own lines under the article, which the press office's signature may
# follow: the gallery's label ("Фотогалерея (7 фото)", "Фото (3)"), the caption ("На фото:
# министр и директор фонда") and the credit ("Фото: пресс-служба ...")
_PHOTO_LINE = re.compile(
    r"[^\S\n]*(?:(?:фото|видео|фотогалерея|галерея|фоторепортаж)[^\S\n]*"
    r"(?:\(\d{1,3}(?:[^\S\n]+фото)?\))?[^\S\n]*$"
    r"|на[^\S\n]+(?:фото|снимке|снимках|фотографии)(?![\w])[^:\n]{0,30}:"
    r"|фото[^\S\n]*:)", re.IGNORECASE)


def _signed_date(text: str, lines: list[str], body: tuple[int, int] | None) -> DateRef | None:
    """A press office that signs the article right under its last paragraph, with the day:
    "Пресс-служба Минтруда Чувашии, 12.03.2025" (a day with its year only). fair91: the
    photo's lines between them are not counted ("Фотогалерея (7 фото)" / "На фото: министр и
    директор фонда у стенда" / "Пресс-служба министерства, 03.04.2025")."""
    if body is None:
        return None
    offs = list(_lines(text))
    seen = 0
    for off, line in offs[body[1]:]:  # a long signature may count as the last prose line
        if not line.strip() or _PHOTO_LINE.match(line):
            continue  # fair91: a photo's label, caption or credit stands beside the article
        seen += 1
        if seen > 3:
            break
        last = _press_signature_day(line)
        if last is not None:
            return DateRef(last.value, last.text, off + last.start, off + last.end)
    return None


def _press_signature_day(line: str) -> DateRef | None:
    """The day of a press office's signature line, "Пресс-служба Минтруда Чувашии,
    12.03.2025" (a day with its year, closing the line after a comma, a bar or a dash),
    else None; offsets are into ``line``. The one reading of such a line for
    ``_signed_date`` (under the text) and ``_byline_date`` (over it, date52)."""
    if len(line) > 200 or not _PRESS.match(line) or _COPYRIGHT.search(line):
        return None
    refs = [r for r in find_dates(line) if not r.relative and r.value]
    if not refs or not re.fullmatch(r"\d{4}-\d\d-\d\d", refs[-1].value or ""):
        return None
    last = refs[-1]
    if not line[:last.start].rstrip().endswith((",", "|", "—", "–", "-", "/", "•", "·")):
        return None  # a sentence about a date ("сообщила, что встреча пройдёт 12.03.2025")
    if not _STAMP_AFTER.fullmatch(line[last.end:]):
        return None
    return last


def _byline_date(text: str, body: tuple[int, int] | None) -> DateRef | None:
    """date52: a press office's signature with the day as the byline over the text, between
    the headline and the first paragraph: "Фонд и центр подписали соглашение" /
    "Пресс-служба отделения, 15.05.2025" / "14 мая в Майкопе ..." is of 15 May 2025. The
    non-blank line right above the body's first line, read as ``_signed_date`` reads the
    signature under the text (``_press_signature_day``)."""
    if body is None:
        return None
    above = [(off, line) for off, line in list(_lines(text))[:body[0]] if line.strip()]
    if not above:
        return None
    off, line = above[-1]
    last = _press_signature_day(line)
    return None if last is None else DateRef(last.value, last.text, off + last.start,
                                             off + last.end)


def _abbreviated(text: str) -> list[DateRef]:
    """"5 апр" of an agency dateline as a date ("--04-05")."""
    m = _ABBR_DATE.match(text)
    if not m:
        return []
    d, mo = int(m["d"]), month_number(m["m"])
    y = int(m["y"]) if m["y"] else None
    if mo is None or not _valid(d, mo, y):
        return []
    return [DateRef(_fmt(d, mo, y), m.group(), m.start(), m.end(), False)]


def _lines(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _top_lines(text: str, body: tuple[int, int] | None, most: int
               ) -> Iterator[tuple[int, int, str]]:
    """(index, offset, line) of the first ``most`` non-blank lines above the first paragraph
    (``body``; None: anywhere): where a page's own stamps stand ("Погода: +4 °C" /
    "ЗДОРОВЬЕ  03.04.2025" / the headline), as against dates in its prose. The one walk of
    the top lines that the publication-date passes share."""
    seen = 0
    for i, (off, line) in enumerate(_lines(text)):
        if body is not None and i >= body[0]:
            return
        if not line.strip():
            continue
        seen += 1
        if seen > most:
            return
        yield i, off, line


def find_published(
    text: str, *, masked: str | None = None
) -> tuple[str | None, DateRef | None]:
    """The publication date (ISO, at the precision printed) and where it stands, or None.

    Works on the raw text: boilerplate is masked first. ``masked``: ``mask_boilerplate(text)``
    when the caller has it already (masking is costly; the pipeline masks once).
    """
    if not text or not text.strip():
        return None, None
    if masked is None or len(masked) != len(text):
        masked = mask_boilerplate(text)
    # 1. an explicit label wins, wherever it is (the label line itself may be masked as a
    # duplicate), unless it is a site header's date beside a weather or currency widget
    # (an update stamp "Обновлено: ..." is never the publication date)
    lines = text.split("\n")
    # 0. pub57: a markup tag left in the text that states the publication time for machines
    # (the reader's own markup date wins the same way: ``pipeline._publication_date``)
    markup = markup_published_day(text)
    if markup is not None:
        return markup.value, markup
    for i, (off, line) in enumerate(_lines(text)):
        if is_labelled(line) and not _UPDATE.match(line):
            ref = date_line(line) or labelled_issue(line)
            if ref is not None and not beside_widget(lines, i):
                # fair91: a year-less label takes the year its page states above it
                value, dated = _year_filled(text, lines, _placed(text, ref, off))
                if value is not None and value.startswith("--"):
                    fuller = labelled_day_below(text, lines, value, off + len(line))
                    if fuller is not None:
                        return fuller.value, fuller
                return value, dated
    # 1a. a labelled stamp line in a form the publication-line rule does not read:
    # "Время публикации: 12 марта 2025, 14:05 (МСК)", "Новость от 12.03.2025"
    body = _body_span(masked)
    labelled = _stamp_date(text, lines, body, labelled_only=True)
    if labelled is not None:
        return labelled.value, labelled
    head = _first_found(
        # 1c. a labelled stamp among other fields of a header row, or after a title:
        # "Дата опубликования: 14.03.2025   Номер опубликования: ...", "... . Эфир от
        # 03.02.2025"
        lambda: _field_stamp(text, lines, body),
        # 1b. a newspaper issue line among the first lines: "№ 34 (1256) от 23 августа 2024
        # г."
        lambda: _issue_date(text, masked),
        # 1d. a channel's day divider over its first post: "────── 15 мая 2024 ──────"
        # (date67)
        lambda: channel_day_divider(text),
        # 1e. "Опубликовано" and where, the date closing the line (hid95): "Опубликовано на
        # официальном портале правовой информации (www.example.ru) 26.12.2024"
        lambda: published_where_line(text),
        # 1f. a channel's day headings over posts timed in their counter rows (hidden41)
        lambda: channel_day_headings(text, masked.split("\n")),
        # 1g. an aggregator's story row, its date and the count of the reports it gathers
        # (date44): "1 марта 2025 · 2 публикации" over the reports' own stamps
        lambda: story_row_day(text, body))
    if head is not None:
        return head.value, head
    masked_lines = masked.split("\n")
    # a digest of dated items has no page date in its unlabelled date lines; date69: but a
    # channel's feed of timed posts is the page of the post that tells the most
    if _dated_items(lines, masked_lines):
        post = feed_post_day(text, masked_lines) or schedule_page_day(lines, masked_lines)
        return (post.value, post) if post is not None else (None, None)
    # 2. a line that is only a date and survived masking (the kept publication line), but
    # not a name and a date between paragraphs of prose (a photo caption "Тулси Габбард,
    # 12 февраля 2020 года" under the lead; a bare date under a subtitle is the page's)
    for i, (off, line) in enumerate(_lines(masked)):
        if comment_heading(lines[i]):
            break  # date58: a reader's comment is dated by its reader
        ref = date_line(line)
        if ref is not None and not _UPDATE.match(line) and not times_row(line) and \
                not _TODAY.search(_own_field(line[:ref.start])) and not (
                body is not None and body[0] < i < body[1] and line[:ref.start].strip()
                and not _under_page_title(masked_lines, i, body[0])):
            return _year_filled(text, lines, _placed(text, ref, off))
    # 3. an agency dateline "(Казань, 18 апреля, ...)" opening one of the first paragraphs
    # (status52: or the line right above the first kept one, masked with the page's head)
    for off, line in _dateline_candidates(text, masked):
        m = _DATELINE.match(line)
        if m and (not _sentence_goes_on(line, m.end()) or _weekday_next(line, m.end())):
            refs = find_dates(line[m.start("date"):m.end("date")]) or _abbreviated(
                line[m.start("date"):m.end("date")])
            if refs and refs[0].value:
                return _year_filled(text, lines, _placed(text, refs[0], off + m.start("date")))
    # 4. a stamp line above the body in a form the date-line rule does not read: "📅
    # 12.03.2025", "2025-03-12T14:05:00+03:00", "8 окт. 2025, 09:30 | 1 245 просмотров"
    stamp = _stamp_date(text, lines, body, labelled_only=False)
    if stamp is not None:
        return _year_filled(text, lines, stamp)
    # 4b. the page's first date, on a stamp line near the top, even under a notice that
    # passes for prose (a cookie banner): "Общество | 20 ноября 2025, 17:05"
    first = _first_date_stamp(lines)
    if first is not None:
        return _year_filled(text, lines, first)
    # 4c. a headline opened by the page's date: "14.05.2025. Кострома и Ярославль ..."
    headed = _dated_headline(text, lines, body)
    if headed is not None:
        return headed.value, headed
    # 5. a wire's dateline with full stops: "Екатеринбург. 12 марта. INTERFAX.RU - ..."
    for _, off, line in _top_lines(masked, None, 4):
        m = _DOT_DATELINE.match(line)
        if m:
            refs = find_dates(m["date"]) or _abbreviated(m["date"])
            if refs and refs[0].value:
                return _year_filled(text, lines, _placed(text, refs[0], off + m.start("date")))
    # 6. a press office's signature under the last paragraph; 6b. or over the first as
    # the byline (date52)
    signed = _signed_date(text, lines, body) or _byline_date(text, body)
    if signed is not None:
        return signed.value, signed
    # 7. an agency's name then the date, a bare "от" date line, a headline row with two
    # dates after wide gaps (dates23)
    more = _more_stamps(text, body)
    if more is not None:
        return more.value, more
    # 8. a timed stamp under the last paragraph: "09:20, 4 июня 2025" over the tags (stat34)
    footer = _footer_stamp(text, lines, body)
    if footer is not None:
        return _year_filled(text, lines, footer)
    page = _first_found(
        # 8b. a newspaper's issue line closing the page (date69): "«Заречные зори» № 37
        # (8452) 6 октября 2022 г." under the last paragraph
        lambda: footer_issue(text),
        # 8c. a post's counter row with its edited flag (date69): "👁 2,7K   изменено
        # 05.03.2024 09:12"
        lambda: edited_post_stamp(text),
        # 8f. a stamp that counts the page's views, anywhere under the text (pub89):
        # "03.04.2025, 11:20 | Просмотров: 2 417" past the readers' comments
        lambda: counted_foot_stamp(text, body),
        # 8d. a masthead row opening the page (pub87): "Северная газета   07.10.2024
        # Экономика"
        lambda: masthead_row_day(text),
        # 8e. the page's own web address over it, its path dated (pub87):
        # "https://gazeta-primer.ru/obshchestvo/2024/11/05/dogovor/"
        lambda: page_address_day(text, _body_span(masked, notices=False)))
    if page is not None:
        return page.value, page
    # 9. the lead that dates itself today: "Сегодня, 28 января, глава региона ..." (stat34)
    lead = _today_lead(text, masked_lines, body)
    if lead is not None:
        return _year_filled(text, lines, lead)
    last = _first_found(
        # 10. last: a header row that joins the page's full date and a weather widget
        # (status56): "27 ноября 2024, среда   Вологда −6°, снег"
        lambda: _widget_row_date(text, body),
        # 10b. a section's or a digest's heading with the page's full date over the body
        # (pub89): "ЗДОРОВЬЕ — 3 апреля 2025", "Главное за день, 3 апреля 2025 года"
        lambda: _rubric_heading_date(text, lines, body),
        # 11. a feed of timed items, newest first (date58): the top item's day
        lambda: _feed_top(text),
        # 12. date43: a head row whose last field is the page's full date, after a bar, a
        # middle dot or a wide gap: "Обзор сайта «Вести края» · 3 марта 2025", "Главная /
        # Регион / Общество      03.03.2025"
        lambda: head_row_last_day(text, body),
        # 13. pub58: a post's stamp of a day word under a crawler's header of the day it
        # saved the page: "вчера, 18:20" under "[crawl] … saved_at=2023-05-17T10:02"
        lambda: crawled_post_day(text))
    return (last.value, last) if last is not None else (None, None)


def schedule_page_day(lines: list[str], masked_lines: list[str]) -> DateRef | None:
    """pub57: a schedule of the days ahead ("18 марта, понедельник" / "10:00 – Совещание
    ..." / "19 марта, вторник" / ...) is a digest of dated items whose days print no year;
    a line that is only a full day with its year ("Понедельник, 18 марта 2024"), standing
    above the first item and above any prose of the page, is the page's own date, the day
    the schedule was put out. Not when any item prints a year (a chronicle of dated news,
    "10.03.2025" / "В Чебоксарах ...", keeps no page date) or when two such lines stand
    above the items."""
    head: DateRef | None = None
    for i, start, line in lines_above_comments(lines):
        ref = date_line(line) or stamp_line(line) if _DIGIT.search(line) else None
        if ref is None or not ref.value:
            if head is None and _is_prose(masked_lines[i] if i < len(masked_lines) else line):
                return None
            continue
        if _FULL_DAY.fullmatch(ref.value):
            if head is not None or _HAS_TIME.search(line):
                return None  # two page days, or a timed item of its own year
            head = DateRef(ref.value, ref.text, start + ref.start, start + ref.end)
        elif head is None or ref.value[:1].isdigit():
            return None  # an item above the head line, or an item printing its year
    return head


# pub57: a tag of markup whose property is of the publication class and whose content opens
# with an ISO day: the property and the content in either order inside one tag (fixpub57:
# the attribute's own name, not the tail of another's: "data-name", "data-content")
_MARKUP_PROPERTY = (r"(?<![\w-])(?:property|name|itemprop)[^\S\n]*=[^\S\n]*[\"']?(?:"
                    + "|".join(MARKUP_PUBLISHED_PROPERTIES) + r")[\"'\s>/]")
_MARKUP_CONTENT = (r"(?<![\w-])(?:content|datetime)[^\S\n]*=[^\S\n]*[\"']?"
                   r"(?P<d>(?:19|20)\d\d-[01]\d-[0-3]\d)(?![\d])")
_MARKUP_TAG = re.compile(r"<(?:meta|time)\b[^<>\n]*>", re.IGNORECASE)
# pub57: the same property as a key of the page's structured data left in the text
# ("datePublished": "2025-03-12T09:00:00+03:00"); the class holds compound names only (a
# bare "date" key may be any event's)
_MARKUP_PAIR = re.compile(
    r"[\"'](?:" + "|".join(MARKUP_PUBLISHED_PROPERTIES)
    + r")[\"'][^\S\n]*:[^\S\n]*[\"']"
    r"(?P<d>(?:19|20)\d\d-[01]\d-[0-3]\d)(?![\d])", re.IGNORECASE)


def markup_published_day(text: str) -> DateRef | None:
    """pub57: a page saved with the tags of its head left in the text states its own
    publication time for machines: ``<meta property="article:published_time"
    content="2025-03-12T09:00:00+03:00">`` (or ``itemprop="datePublished"``, ``name="pubdate"``,
    or its structured data's ``"datePublished": "2025-03-12"``; the class
    ``MARKUP_PUBLISHED_PROPERTIES``) -> 2025-03-12, the day the site wrote, before
    any date line of its text (a lead's "в минувшую пятницу" is told against it). A tag of the
    page's modification ("article:modified_time") is of no such property and never read, nor
    is a bare ``name="date"`` or an attribute ending so (``data-name``: fixpub57); when the
    page's tags state two different days, none is."""
    found: list[DateRef] = []
    for m in _MARKUP_TAG.finditer(text) if "<" in text else ():
        tag = m.group(0)
        if not re.search(_MARKUP_PROPERTY, tag, re.IGNORECASE):
            continue
        c = re.search(_MARKUP_CONTENT, tag, re.IGNORECASE)
        if c is None or not _valid_iso(c["d"]):
            continue
        s = m.start() + c.start("d")
        found.append(DateRef(c["d"], c["d"], s, s + len(c["d"])))
    for m in _MARKUP_PAIR.finditer(text):
        if _valid_iso(m["d"]):
            found.append(DateRef(m["d"], m["d"], m.start("d"), m.end("d")))
    return found[0] if len({f.value for f in found}) == 1 else None


def _valid_iso(day: str) -> bool:
    import datetime

    try:
        datetime.date.fromisoformat(day)
    except ValueError:
        return False
    return True


# hid95: "Опубликовано" (or "Размещено") and the place where, before the line's closing date
_PUBLISHED_WHERE = re.compile(r"[^\S\n]*(?:опубликован[оа]?|размещен[оа]?)[^\S\n]+(?:на|в)[^\S\n]",
                              re.IGNORECASE)


def published_where_line(text: str) -> DateRef | None:
    """hid95 published_where_line: a line among the first ``HEAD_LINES`` non-blank ones
    that opens with "Опубликовано" and the place where ("на портале ...", "в газете ..."),
    a full date closing it: "Опубликовано на официальном портале правовой информации
    (www.example.ru) 14.05.2025" is 2025-05-14 (the place makes the line longer than a
    date line is read). The date is the line's one full day and nothing but punctuation
    follows it."""
    seen = 0
    for off, line in _lines(text):
        if not line.strip():
            continue
        seen += 1
        if seen > HEAD_LINES:
            return None
        if len(line) > STAMP_LINE_MAX or not _PUBLISHED_WHERE.match(line):
            continue
        days = [d for d in find_dates(line) if d.value and _FULL_DAY.fullmatch(d.value)]
        if len(days) == 1 and not line[days[0].end:].strip(" \t.,;"):
            d = days[0]
            return DateRef(d.value, d.text, off + d.start, off + d.end)
    return None


def labelled_day_below(text: str, lines: list[str], value: str, after: int) -> DateRef | None:
    """datepool93: a year-less publication label gives way to another publication label of
    the same day with its year further down the page: "опубликовано 5 марта, 10:47" under the
    masthead and "Дата публикации: 05.03.2025" at the foot are 2025-03-05 (a page prints its
    stamp twice, short at the head and full at the foot). The same month and day only; an
    update stamp, a copyright line or a header's date beside a widget never. None else."""
    for i, (off, line) in enumerate(_lines(text)):
        if off < after or not is_labelled(line) or _UPDATE.match(line) \
                or _COPYRIGHT.search(line) or beside_widget(lines, i):
            continue
        ref = date_line(line) or labelled_issue(line)
        if ref is not None and ref.value and ref.value[:1] != "-" \
                and ref.value[4:] == value[1:]:
            return _placed(text, ref, off)
    return None


def _first_found(*finders: Callable[[], DateRef | None]) -> DateRef | None:
    """The date the first of ``finders`` to find one gives, trying them in order (a finder
    runs only when none before it found a date); the passes of ``find_published`` that give
    their date as it stands ("ЗДОРОВЬЕ — 3 апреля 2025" as 2025-04-03)."""
    for find in finders:
        ref = find()
        if ref is not None:
            return ref
    return None


# date89: the label's "в" before the issue it names ("Опубликовано в № 12 (845) от ...");
# datepool93: the issue's noun may stand before its number ("в номере № 9 (4512) от ...")
_IN_ISSUE = re.compile(r"в(?:о)?[^\S\n]+(?:(?:номере|выпуске)[^\S\n]+(?=№))?", re.IGNORECASE)


def labelled_issue(line: str) -> DateRef | None:
    """date89: a publication label naming the issue the text ran in dates the page by that
    issue: "Опубликовано в № 12 (845) от 3 марта 2025 г." -> 2025-03-03 (the issue line
    after the label, read by ``issue_line``, its own checks kept: the line ends with the
    date alone). Offsets into ``line``; None when no issue line follows the label."""
    m = _LABELLED.match(line)
    if m is None:
        return None
    start = m.end()
    prep = _IN_ISSUE.match(line, start)
    if prep is not None:
        start = prep.end()
    ref = issue_line(line[start:])
    if ref is None or not ref.value:
        return None
    return DateRef(ref.value, ref.text, start + ref.start, start + ref.end, False)


def _labelled_before_copyright(line: str) -> DateRef | None:
    """date69: a labelled stamp closed by a full stop, the copyright after it on the same
    footer line: "Материал опубликован 09.06.2022. © «Приокская заря», 2022. 18+" ->
    2022-06-09 (the label vouches for the date; the copyright's year is never read)."""
    m = _COPYRIGHT.search(line)
    if m is None or not line[:m.start()].rstrip().endswith((".", "|", "·", "•")):
        return None
    return stamp_line(line[:m.start()].rstrip().rstrip("|·•").rstrip(), labelled_only=True)


# date73: the first imprint note after a sentence's close on a footer line
_IMPRINT_NOTE = re.compile(r"(?<=[.,;])[^\S\n]+(?:" + "|".join(IMPRINT_NOTES) + r")(?![\w])",
                           re.IGNORECASE)


def without_imprint(line: str) -> str:
    """date73: a printed page's footer line that goes on after its issue date with the
    imprint's notes, read without them: "Газета «Заря» № 12 (3456), 5 мая 2022 г. Подписано
    в печать 4.05.2022. Тираж 900 экз." -> "Газета «Заря» № 12 (3456), 5 мая 2022 г." (the
    date of going to press is not the issue's; offsets kept: only the tail goes)."""
    m = _IMPRINT_NOTE.search(line)
    return line[:m.start()] if m else line


# statpool96: "В этом номере:" opening a line, the issue's contents listed under it
_ISSUE_CONTENTS = re.compile(r"[^\w\n]*(?:" + "|".join(ISSUE_CONTENTS_HEADINGS)
                             + r")[^\S\n]*:?[^\S\n]*$", re.IGNORECASE)


def _imprinted(lines: list[str], tail: list[int], n: int) -> bool:
    """hid95: does a line of the imprint's notes follow the ``n``-th line of the page's
    tail, the next non-blank one? statpool96: or the heading of the issue's contents
    (``issue_contents_below``)."""
    return n + 1 < len(tail) and (_IMPRINT_NOTE.search(lines[tail[n + 1]]) is not None
                                  or issue_contents_below(lines, tail, n))


def issue_contents_below(lines: list[str], tail: list[int], n: int) -> bool:
    """statpool96: is the next non-blank line after the ``n``-th of the page's tail the
    heading of an issue's contents? "№ 11 (2207), 14 марта 2025 г." over "В этом номере:"
    and the issue's other headlines: the number is the page's own issue, not one a text
    cites (a cited issue is never followed by the paper's contents list)."""
    return n + 1 < len(tail) and _ISSUE_CONTENTS.match(lines[tail[n + 1]]) is not None


def footer_issue(text: str) -> DateRef | None:
    """date69: a newspaper page closed by its issue line, among its last
    ``FOOTER_ISSUE_LINES`` non-blank lines: "«Сельская новь» № 12 (9 871) • вторник, 4
    ноября 2019 г. • стр. 3" under the last paragraph and the editor's credit dates the page
    4 March 2021 (the issue line read as at the head, ``issue_line`` and
    ``_numbered_masthead``). The line names the paper, quoted or after its word (a bare "№
    21 (3412) от 11 июня 2023 г." under the text may cite any issue), and stands under
    no document's title; one issue day only; read when nothing above dates the page.
    hid95: a bare issue line over a line of the imprint's notes (``IMPRINT_NOTES``: "№ 9
    (1402), 3 марта 2025 г.\nУчредитель – ООО «Н». Тираж 900 экз.") is the page's own: the
    imprint block under it states whose issue it is (notes run on after the date on the
    same line may follow a cited issue, date73)."""
    lines = text.split("\n")
    tail = [i for i, line in enumerate(lines) if line.strip()][-FOOTER_ISSUE_LINES:]
    found: list[DateRef] = []
    for n, i in enumerate(tail):
        if n and _DOCUMENT_TITLE.match(lines[tail[n - 1]]):
            continue  # a document title's number
        if not _NAMED_ISSUE.match(lines[i]) and not _imprinted(lines, tail, n):
            continue  # a bare number may be any numbered thing
        line = without_imprint(lines[i])
        ref = issue_line(line) or _numbered_masthead(line)
        if ref is not None and ref.value and _FULL_DAY.fullmatch(ref.value):
            off = sum(len(x) + 1 for x in lines[:i])
            found.append(DateRef(ref.value, ref.text, off + ref.start, off + ref.end))
    if len({f.value for f in found}) != 1:
        return None
    return found[0]


# a counter as a post prints it, shortened too ("👁 2,7K", "↪️ 41", "👁 1.2M")
_POST_COUNT = rf"{_PICTOGRAM}[^\S\n]*\d{{1,3}}(?:[.,]\d|[^\S\n]?\d{{3}})*(?:[KkКкMМ](?![\w]))?"
# pub89: a pictogram with no count may mark the edit ("✏️"), with or without the flag's
# word after it ("👁 5,3K   ✏️ 03.04.2025 11:20", "👁 5,3K  ✏️ изменено  3 апр 2025 в 11:20")
_EDITED_ROW = re.compile(
    rf"[^\S\n]*(?:{_POST_COUNT}[^\S\n]*)+"
    rf"(?:(?:{_PICTOGRAM}[^\S\n]*)*(?i:{'|'.join(POST_EDITED_FLAGS)})[^\S\n]+"
    r"|[·|•][^\S\n]*"
    rf"|(?:{_PICTOGRAM}[^\S\n]*)+"
    # datepool93: or a wide gap alone ("👁 7,9K   11.06.2024 17:25")
    r"|(?<=[^\S\n]{2}))"
    r"(?P<stamp>\S.*)")
# hidden40: the counters' row alone, and the edited flag with the post's time on the line
# under it ("👁 3,2K   ❤️ 214" / "✏️ изменено   14 марта 2025, 16:42")
_COUNTERS_ALONE = re.compile(rf"[^\S\n]*(?:{_POST_COUNT}[^\S\n]*)+")
_EDITED_UNDER_COUNTERS = re.compile(
    rf"[^\S\n]*(?:{_PICTOGRAM}[^\S\n]*)*(?i:{'|'.join(POST_EDITED_FLAGS)})[^\S\n]+"
    r"(?P<stamp>\S.*)")


def edited_post_stamp(text: str) -> DateRef | None:
    """date69: a social network's post prints its counters, the edited flag and its own time
    on one row under the text: "👁 2,7K   изменено   05.03.2024 09:12" -> 2024-03-05
    (date89: or a separator in the flag's place, "👁 5,1K · 14.02.2024 10:05"; datepool93:
    or a wide gap alone, a post never edited, "👁 7,9K   11.06.2024 17:25"). The
    flag stands with no colon before the post's time (an update label "Изменено: ..." opens
    its line and is refused by ``stamp_line``); the date must carry a time of day, and the
    page must print one such row only (a feed prints one per post). pub89: the flag may be
    a pencil's pictogram, its word after it or not ("👁 5,3K   ✏️ 03.04.2025 11:20", "👁
    5,3K  ✏️ изменено  3 апр 2025 в 11:20"); rows under the readers' comments' heading are
    theirs ("❤️ 2   03.04.2025 12:05" is a comment's), not the post's. date43: a post
    that prints no year gives its day without one ("👁 1,2K   14 мар, 16:42" -> "--03-14"),
    when it carries a time of day or the publication label ("👁 1,2K · опубликовано 14
    марта") and the page has no such row with a full date."""
    found: list[DateRef] = []
    yearless: list[DateRef] = []
    prev = ""
    for _, start, line in lines_above_comments(text.split("\n")):
        m = _EDITED_ROW.fullmatch(line) if len(line) <= STAMP_LINE_MAX else None
        if m is None and len(line) <= STAMP_LINE_MAX and _COUNTERS_ALONE.fullmatch(prev):
            m = _EDITED_UNDER_COUNTERS.fullmatch(line)
        if line.strip():
            prev = line
        if m is None:
            continue
        timed = _HAS_TIME.search(m["stamp"]) is not None
        ref = stamp_line(m["stamp"]) if timed or is_labelled(m["stamp"]) else None
        if ref is None or not ref.value:
            continue
        s = start + m.start("stamp") + ref.start
        if timed and _FULL_DAY.fullmatch(ref.value):
            found.append(DateRef(ref.value, ref.text, s, s + len(ref.text)))
        elif _YEARLESS_DAY.fullmatch(ref.value):
            yearless.append(DateRef(ref.value, ref.text, s, s + len(ref.text)))
    # pub57: a channel's post forwarded down a chain prints one row per copy, all of one day
    # ("👁 1,2K  ✏️ 07.06.2023 16:48" over "👁 3,8K  07.06.2023 17:02"): that day is the page's
    if found:
        return found[0] if len({f.value for f in found}) == 1 else None
    return yearless[0] if len({y.value for y in yearless}) == 1 else None


# date43: a day printed with no year ("--03-14")
_YEARLESS_DAY = re.compile(r"--\d\d-\d\d")


def counted_foot_stamp(text: str, body: tuple[int, int] | None) -> DateRef | None:
    """pub89: a page that prints its stamp at its very foot, under the linked headlines and
    the readers' comments, with the time and the count of its views: "03.04.2025, 11:20 |
    Просмотров: 2 417" under "Комментарии (6)" / "Войдите, чтобы написать". The views are
    the page's (a reader's comment or another article's headline counts none), so the
    stamp is, however far under the last paragraph it stands. A full day with a time of
    day (datepool93: or, right under the last paragraph with no line between, opening its
    line: "11.06.2024 | Просмотров: 655"); one such day on the page only."""
    if body is None:
        return None
    found: list[DateRef] = []
    lines = text.split("\n")
    off = sum(len(line) + 1 for line in lines[:body[1] + 1])
    under = True  # right under the last paragraph: no other line between
    for line in lines[body[1] + 1:]:
        start, off = off, off + len(line) + 1
        first, under = under, under and not line.strip()
        if len(line) > STAMP_LINE_MAX or not _VIEW_COUNTER.search(line):
            continue
        ref = stamp_line(line)
        if ref is not None and ref.value and _FULL_DAY.fullmatch(ref.value) and (
                _HAS_TIME.search(line) or (first and not line[:ref.start].strip())):
            found.append(DateRef(ref.value, ref.text, start + ref.start, start + ref.end))
    return found[0] if len({f.value for f in found}) == 1 else None


# a post's counter row: counts only, the first after its pictogram ("👁 6,1K   ↪️ 52   💬 14")
_COUNTER_ROW = re.compile(rf"[^\S\n]*{_POST_COUNT}[^а-яёА-ЯЁ\n]*$")


def feed_post_day(text: str, masked_lines: list[str]) -> DateRef | None:
    """date69: a channel's feed of posts, each under its own timed stamp ("2 июня 2022 г.,
    17:40" / post / "3 июня 2022 г., 10:15" / post, or "Минсоцразвития края, [08.09.2022
    11:05]"), is the page of the post that tells the most: the day of the post with the
    most prose (a reminder of two lines is not the news the page was kept for). Every
    dated stamp of the feed must print a time of day, and every post its counter row
    ("👁 4,8K   ↪️ 37"): a digest's dated items ("КОРОТКО" / "14.02.2025 16:40" / item)
    count no views and keep no page date; readers' comments under their heading are no
    post."""
    lines = text.split("\n")
    posts: list[tuple[int, DateRef]] = []  # (line, its stamp)
    prose = 0
    sizes: list[int] = []
    counted: list[bool] = []
    for i, start, line in lines_above_comments(lines):
        ref = date_line(line) or stamp_line(line) if _DIGIT.search(line) else None
        if ref is not None and ref.value:
            if not _HAS_TIME.search(line[ref.end:]) and not _HAS_TIME.search(line[:ref.start]):
                return None  # a day heading without a time: a digest, not a feed
            if posts:
                sizes.append(prose)
            posts.append((i, DateRef(ref.value, ref.text, start + ref.start, start + ref.end)))
            counted.append(False)
            prose = 0
        elif posts and _COUNTER_ROW.match(line):
            counted[-1] = True
        elif posts and _is_prose(masked_lines[i] if i < len(masked_lines) else line):
            prose += len(line.strip())
    if len(posts) < 2 or not all(counted):
        return None
    sizes.append(prose)
    best = max(range(len(posts)), key=lambda n: sizes[n])
    return posts[best][1]


def channel_day_headings(text: str, masked_lines: list[str]) -> DateRef | None:
    """hidden41: a channel's page parts its posts by day headings, each a line that is only a
    full day ("4 марта 2025"), and times each post in its counter row ("👁 1,2K · 09:30")
    under it: the page is of the post that tells the most, as for ``feed_post_day``, the
    day heading over the post with the most prose ("4 марта 2025" / a two-line notice /
    "👁 ... 09:30" / "5 марта 2025" / "Сегодня министерство и фонд подписали соглашение
    ..." / "👁 ... 16:10" gives 5 March). Two headings of two days or more; every heading
    a day with its year and nothing else, every stretch under one holding a counter row
    with a time; readers' comments under their heading are no post. None otherwise."""
    lines = text.split("\n")
    heads: list[tuple[DateRef, int]] = []  # (heading, prose under it)
    timed: list[bool] = []
    for i, start, line in lines_above_comments(lines):
        ref = date_line(line) if _DIGIT.search(line) else None
        if ref is not None and ref.value and len(ref.value) == 10 and \
                line.strip() == ref.text.strip():
            heads.append((DateRef(ref.value, ref.text, start + ref.start, start + ref.end), 0))
            timed.append(False)
        elif heads and _COUNTER_ROW.match(line) and _HAS_TIME.search(line):
            timed[-1] = True
        elif heads and _is_prose(masked_lines[i] if i < len(masked_lines) else line):
            heads[-1] = (heads[-1][0], heads[-1][1] + len(line.strip()))
    if len({h.value for h, _ in heads}) < 2 or not all(timed):
        return None
    return max(heads, key=lambda h: h[1])[0]


_RULE = rf"[{DIVIDER_RULE_CHARS}]{{{DIVIDER_RULE_MIN},}}"
_DAY_DIVIDER = re.compile(
    rf"^[^\S\n]*{_RULE}[^\S\n]*(?P<date>[^\n]*?\d[^\n]*?)[^\S\n]*{_RULE}[^\S\n]*$", re.MULTILINE)


def channel_day_divider(text: str) -> DateRef | None:
    """date67: a channel's or a chat's export parts its posts by day dividers, a line that is
    only a day between two rules ("────────── 15 мая 2024 ──────────" over "Вчера министр
    ... подписали соглашение ..."); the page is the first post's, of the first divider's
    day. Only a full day (with its year) that is all the divider holds; a divider holding
    anything else ("──── Итоги 2024 года ────") is no day."""
    for m in _DAY_DIVIDER.finditer(text):
        inner = m["date"]
        refs = find_dates(inner)
        if len(refs) != 1 or not refs[0].value or len(refs[0].value) != 10 or \
                inner[:refs[0].start].strip() or inner[refs[0].end:].strip(" ,г."):
            continue
        s, e = m.start("date") + refs[0].start, m.start("date") + refs[0].end
        return DateRef(refs[0].value, text[s:e], s, e)
    return None


def _feed_top(text: str) -> DateRef | None:
    """date58: the day of a feed of short items, each under its dateline with a time of day
    ("30.01, 17:20  ПРИМОРЬЕ" / "...", "29.01, 18:30  ЧУКОТКА" / "..."), when the items run
    newest first: the page is of its latest item's day, the top one ("--01-30" when no
    year is printed). A feed in calendar order, or in none, gives no page date."""
    items = item_datelines(text)
    days = [day[-5:] for _, _, day in items]
    if not items or any(a < b for a, b in zip(days, days[1:], strict=False)):
        return None
    end, day = items[0][0], items[0][2]
    m = _ITEM_DAY.search(text, text.rfind("\n", 0, end) + 1, end)
    if m is None:
        return None
    return DateRef(day, m[0], m.start(), m.end())


_ITEM_DAY = re.compile(r"[0-3]?\d\.[01]\d(?:\.\d{4})?")


def _widget_row_date(text: str, body: tuple[int, int] | None) -> DateRef | None:
    """status56: when the page prints no other date, a header row above the body that joins
    one full date (day, month and year) with a weather or currency widget dates the page:
    "20.03.2025  |  Якутск  −14°", "Суббота, 22 марта 2025 | Красноярск −3°". Every
    development page printing such a row was published that day, so it is read as the
    publication date, though only as a last resort: any other date line wins. Never a row
    with a today-word ("Сегодня, 12 марта 2025") or an update label, a prose line, or a row
    with two dates; only the first ``WIDGET_ROW_LINES`` non-blank lines above the body."""
    for _, start, line in _top_lines(text, body, WIDGET_ROW_LINES):
        d = widget_row_day(line)
        if d is not None:
            return DateRef(d.value, text[start + d.start:start + d.end], start + d.start,
                           start + d.end)
    return None


def widget_row_day(line: str) -> DateRef | None:
    """The one full date of a header row that joins it with a weather or currency widget
    ("20.03.2025  |  Якутск  −14°"), else None (``_widget_row_date``; date72: the year of a
    dateline's day, ``_with_year``). Never a row with a today-word or an update label, a
    prose line, or a row with two dates. Offsets into ``line``."""
    if len(line) > STAMP_LINE_MAX or _is_prose(line) or _UPDATE_ANYWHERE.search(line) \
            or _TODAY.search(line) or not _beside_any_widget([line], 0):
        return None
    refs = [d for d in find_dates(line) if d.value]
    if len({d.value for d in refs}) != 1 or not _FULL_DAY.fullmatch(refs[0].value or ""):
        return None
    return refs[0]


# pub89: a section's or a digest's heading and its date: one to three words with no digit,
# then a dash, a bar, a comma or a wide gap, then the date ("ЗДОРОВЬЕ  03.04.2025")
_RUBRIC_HEADING = re.compile(
    r"[^\S\n]*(?P<rubric>[^\W\d_][\w\-]*(?:[^\S\n]+[^\W\d_][\w\-]*){0,2})"
    r"(?:[^\S\n]*[—–|·•,][^\S\n]*|[^\S\n]+-[^\S\n]+|[^\S\n]{2,})(?=\d)")
_WEEKDAY_WORD = re.compile(rf"(?<![\w])(?:{_STAMP_WEEKDAY})(?![\w])", re.IGNORECASE)


def rubric_heading_day(line: str) -> DateRef | None:
    """pub89: the full date of a section's or a digest's heading, one to three words and the
    date alone after a dash, a bar, a comma or a wide gap: "ЗДОРОВЬЕ  03.04.2025", "Главное
    за день — 3 апреля 2025", "Итоги недели, 3 апреля 2025 года" (offsets into ``line``),
    else None. Never a today-word or a weekday before the date (a site header's crawl day:
    "Сегодня, 3 апреля 2025", "Четверг, 3 апреля 2025"), an update label, a day without its
    year, or anything after the date."""
    m = _RUBRIC_HEADING.match(line) if len(line) <= STAMP_LINE_MAX else None
    if m is None or _TODAY.search(m["rubric"]) \
            or _WEEKDAY_WORD.search(m["rubric"]) or _UPDATE_ANYWHERE.search(m["rubric"]):
        return None
    refs = find_dates(line[m.end():])
    if len(refs) != 1 or refs[0].relative or refs[0].start \
            or not _FULL_DAY.fullmatch(refs[0].value or "") \
            or not _HEADLINE_DATE_TAIL.fullmatch(line, m.end() + refs[0].end):
        return None
    return DateRef(refs[0].value, refs[0].text, m.end() + refs[0].start, m.end() + refs[0].end)


def _rubric_heading_date(text: str, lines: list[str], body: tuple[int, int] | None
                         ) -> DateRef | None:
    """pub89: when nothing else dates the page, a section's or a digest's heading with the
    page's full date among the first ``WIDGET_ROW_LINES`` non-blank lines above the body,
    under the menu and the weather: "Погода: +4 °C" / "ЗДОРОВЬЕ  03.04.2025" / headline, or
    "Главное за день, 3 апреля 2025 года" / "09:15 В центре города ..." (the heading names
    the page's section or its day's digest, not the crawl day: ``rubric_heading_day``),
    set apart from the header's rows by blank lines (``_set_apart``). It must be the only
    dated line there (a list of dated headlines has more)."""
    found: DateRef | None = None
    for n, start, line in _top_lines(text, body, WIDGET_ROW_LINES):
        if not _DAY_DATE.search(line):
            continue
        d = rubric_heading_day(line)
        if d is None or found is not None or not _set_apart(lines, n):
            return None  # another dated line at the top, or the header's own row
        found = DateRef(d.value, d.text, start + d.start, start + d.end)
    return found


# date43: what parts a head row's byline from its date (a bar, a middle dot or a bullet with
# spaces around it), or a breadcrumb from its date (a wide gap)
_BYLINE_SEP = re.compile(r"[^\S\n]+[|·•][^\S\n]+")
_HEAD_GAP = re.compile(r"[^\S\n]{3,}|[^\S\n]*\t[^\S\n]*")
# a breadcrumb's path mark between two words ("Главная / Регион / Общество", "Новости ›
# Общество")
_CRUMB_MARK = re.compile(r"\w[^\S\n]*[/›»>][^\S\n]*\w")
# what a head row's fields before its date may not be: a sentence that ends ("... подписали
# соглашение. 3 марта 2025") or a list's opening ("Читайте также:")
_FIELD_SENTENCE_END = re.compile(r"[.!?:…][»\"”)]?[^\S\n]*$")


def head_row_day(line: str) -> DateRef | None:
    """date43: the full date that closes a head row (offsets into ``line``), else None: one
    byline field then a bar or a middle dot ("Еженедельный обзор сайта «Вести края» · 3
    марта 2025"), or a breadcrumb's path then a wide gap ("Главная / Регион / Общество
    03.03.2025"). The date stands last (a time may follow it: ``_only_day``); the part
    before it carries no date, no today-word or weekday (a site header's crawl day:
    "Сегодня · 3 марта 2025"), no update label, and does not end a sentence. Not a name,
    a headline and the date in three fields (a linked headline's row), nor a headline and
    the date parted by a gap only (a caption's shape)."""
    if len(line) > STAMP_LINE_MAX or _COPYRIGHT.search(line):
        return None
    line = line.rstrip()
    bars = list(_BYLINE_SEP.finditer(line))
    gaps = list(_HEAD_GAP.finditer(line))
    last = max(bars + gaps, key=lambda m: m.start(), default=None)
    if last is None or not line[:last.start()].strip():
        return None
    before = line[:last.start()]
    if last in bars and len(bars) != 1 or last in gaps and (
            bars or not _CRUMB_MARK.search(before)):
        return None
    ref = _only_day(line[last.end():])
    if ref is None or _DAY_DATE.search(before) or _TODAY.search(before) \
            or _WEEKDAY_WORD.search(before) or _UPDATE_ANYWHERE.search(before) \
            or _FIELD_SENTENCE_END.search(before):
        return None
    return DateRef(ref.value, ref.text, last.end() + ref.start, last.end() + ref.end)


# date44: "1 марта 2025 · 2 публикации": a full date, a separator, a count of reports
_STORY_ROW = re.compile(
    rf"[^\S\n]*(?P<date>[^·•|\n]+?)[^\S\n]*[·•|][^\S\n]*\d{{1,4}}[^\S\n]+"
    rf"(?:{'|'.join(STORY_COUNT_WORDS)})[^\S\n]*", re.IGNORECASE)


def story_row_day(text: str, body: tuple[int, int] | None) -> DateRef | None:
    """date44: an aggregator's story page dates itself on a row of its own above the
    reports it gathers: the story's full date, a bar or a middle dot, and the count of
    reports ("Сюжет: Область и фонд подписали соглашение" / "4 июня 2025 · 3 публикации" /
    "Вести района · 3 июня, 18:20" / report ...). The reports' own stamps below are theirs,
    not the page's. A layout, not a site: the row is among the first ``TOP_LINES`` lines
    above the body, only a date (with its year) and the count, and the only such row."""
    found: DateRef | None = None
    for _, start, line in _top_lines(text, body, TOP_LINES):
        m = _STORY_ROW.fullmatch(line)
        ref = _only_day(m["date"]) if m else None
        if m is None or ref is None:
            continue
        if found is not None:
            return None
        found = _in_text(text, start + m.start("date"), ref)
    return found


def head_row_last_day(text: str, body: tuple[int, int] | None) -> DateRef | None:
    """date43: when nothing else dates the page, a row among the first ``TOP_LINES`` non-blank
    lines above the body whose last field is the page's full date (``head_row_day``): a
    digest's byline "Еженедельный обзор сайта «Вести края» · 3 марта 2025" under its title,
    a breadcrumb's row "Главная / Регион / Общество      03.03.2025" over the headline. A
    layout, not a site: what stands before the date is any run of fields. It must be the
    only dated line there (a list of dated headlines has more), and not beside a weather or
    currency widget (a site header's today-date)."""
    if body is None:
        return None
    found: DateRef | None = None
    all_lines = text.split("\n")
    for n, start, line in _top_lines(text, body, TOP_LINES):
        if not _DAY_DATE.search(line):
            continue
        d = head_row_day(line)
        if d is None or found is not None or _beside_any_widget(all_lines, n):
            return None
        found = DateRef(d.value, d.text, start + d.start, start + d.end)
    return found


def _set_apart(lines: list[str], i: int) -> bool:
    """pub89: does line i stand as a paragraph of its own, a blank line above and under it,
    with no widget under it? A site header's today-date is one of the header's rows, on,
    right above or right under the weather's ("Погода: +4 °C" / "Общество  03.04.2025"), or
    has the widget under it."""
    if i == 0 or lines[i - 1].strip() or i + 1 >= len(lines) or lines[i + 1].strip():
        return False
    below = [line if _ANY_DIGIT.search(line) else "" for line in lines[i:i + 3]]
    return not _beside_any_widget(below, 0)


_FIELD_SEP = re.compile(r"[|·•]")


def _own_field(before: str) -> str:
    """What stands before a date within its own field of a header row: the site's name in
    an earlier field is not a today-word of the date ("Калмыкия сегодня | Новости |
    19.12.2025" is the page's day; "Сегодня, 19 декабря 2025" a crawl-day header)."""
    return _FIELD_SEP.split(before)[-1]


_SENTENCE_END = re.compile(r"[.!?…][»\"”)]?[^\S\n]*$")


def _under_page_title(masked_lines: list[str], i: int, first_prose: int) -> bool:
    """Is line i right under the page's title line, one that passes for prose but ends no
    sentence? "Социальный фонд России. Региональные новости: Удмуртия" over "Ижевск, 22 мая
    2025 г." is a dateline under the site's title, not a caption (a photo caption stands
    under a paragraph; the title is the page's first line and the first "prose" line)."""
    above = next((j for j in range(i - 1, -1, -1) if masked_lines[j].strip()), -1)
    first = next((j for j, m in enumerate(masked_lines) if m.strip()), -1)
    return (above == first_prose == first
            and _SENTENCE_END.search(masked_lines[above]) is None)


_HAS_TIME = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])")


def _footer_stamp(text: str, lines: list[str], body: tuple[int, int] | None) -> DateRef | None:
    """A stamp line with the time of day under the last paragraph, among the tags or the
    author's credit: "09:20, 4 июня 2025" over "Теги: металлургия", "11:05, 30 января" under
    "Материал: Станислав Дубровин" (a page that prints its date at the foot). The time makes
    it a stamp (a date alone under the text may be a caption or a deadline); one day only,
    and no other dated line there (a list of other news: "В городе открыли каток12 декабря
    20:00"); pub89: none under the readers' comments' heading ("Комментарии (2)" / "Ольга" /
    "Спасибо!" / "04.04.2025 08:10" is a comment's time)."""
    if body is None:
        return None
    found: list[DateRef] = []
    seen = 0
    off = sum(len(line) + 1 for line in lines[:body[1] + 1])
    for i in range(body[1] + 1, len(lines)):
        line, start = lines[i], off
        off += len(line) + 1
        if not line.strip():
            continue
        if comment_heading(line):
            break  # pub89: a reader's comment under its heading is dated by its reader
        seen += 1
        if seen > FOOTER_LINES:
            break
        if len(line) > STAMP_LINE_MAX or _COPYRIGHT.search(line):
            continue
        timed = _HAS_TIME.search(line) or _timed_row_above(lines, i, body[1])
        ref = stamp_line(line) if timed else None
        if ref is None or beside_widget(lines, i):
            if _DAY_DATE.search(line):
                return None  # a headline dated beside it: a list of other news
            continue
        found.append(DateRef(ref.value, ref.text, start + ref.start, start + ref.end))
    if len(found) != 1:
        return None
    return found[0]


def _timed_row_above(lines: list[str], i: int, last: int) -> bool:
    """date66: is the non-blank line right above line i, below the last paragraph, a short
    row with a time of day and no date (a post's counter row: "👁 3.1K   изменено  17:42"
    over "21 июня")? A social network's post prints its time there and the day alone on
    the next line: the pair is one stamp. Never prose, nor a row that has a date itself."""
    above = next((j for j in range(i - 1, last, -1) if lines[j].strip()), -1)
    if above < 0:
        return False
    row = lines[above]
    return (len(row) <= STAMP_LINE_MAX and not _is_prose(row)
            and _HAS_TIME.search(row) is not None and not find_dates(row)
            and not _ENGLISH_DAY.search(row))


_TODAY_LEAD = re.compile(
    rf"[^\S\n]*(?i:{'|'.join(w for w, shift in DAY_SHIFT.items() if shift == 0)})"
    rf"[^\S\n]*,[^\S\n]*(?P<date>[0-3]?\d{_SP}(?i:{MONTH_GEN})(?:{_SP}\d{{4}}(?:{_SP}{_YEAR_WORD})?)?)"
    rf"[^\S\n]*,")


def _today_lead(text: str, masked_lines: list[str], body: tuple[int, int] | None) -> DateRef | None:
    """The first paragraph opens with "today" and the day in commas, and the sentence goes
    on: the news was written that day ("Сегодня, 28 января, глава региона подписал ...",
    "Сегодня, 3 марта 2025 года, в Курске открылся ..."). Only the first prose line of a
    page, under its headline (a "сегодня" further down tells of another day's news; a
    sentence with no headline above is a fragment quoted from elsewhere), and never a header
    line alone ("Сегодня, 12 марта 2025" beside a widget is the crawl day)."""
    if body is None or not any(m.strip() for m in masked_lines[:body[0]]):
        return None
    line = masked_lines[body[0]]
    m = _TODAY_LEAD.match(line)
    if m is None or not _sentence_goes_on(line, m.end()):
        return None
    refs = find_dates(m["date"])
    if not refs or not refs[0].value or refs[0].relative:
        return None
    off = sum(len(x) + 1 for x in masked_lines[:body[0]])
    s, e = off + m.start("date") + refs[0].start, off + m.start("date") + refs[0].end
    return DateRef(refs[0].value, text[s:e], s, e)


def _dateline_candidates(text: str, masked: str) -> Iterator[tuple[int, str]]:
    """The lines step 3 reads for an agency dateline: the first ``DATELINE_LINES`` lines
    that survived masking, then (status52) the raw line right above the first of them when
    masking took it with the page's head: "Пенза, 15 ноября 2024, 18:05 — PenzaNews." over
    the lead, under a headline the masking did not tell from the menu."""
    seen = 0
    first: int | None = None
    for off, line in _lines(masked):
        if not line.strip():
            continue
        first = off if first is None else first
        seen += 1
        if seen > DATELINE_LINES:
            break
        yield off, line
    if first is None:
        return
    head = text[:first].rstrip("\n")
    above = head[head.rfind("\n") + 1:]
    start = len(head) - len(above)
    if above.strip() and not masked[start:len(head)].strip():
        yield start, above
    lead = _over_lead(text, masked)
    if lead is not None and lead[0] > first:
        yield lead


def _over_lead(text: str, masked: str) -> tuple[int, str] | None:
    """date60: the line right above the first paragraph of prose, when it is short: a
    dateline over the lead ("Салехард, 23 мая 2024. ЯмалИнформ." over "Накануне в Салехарде
    ... подписали соглашение") stands there however many menu rows the masking kept above
    it. Offset and line, else None."""
    body = _body_span(masked)
    if body is None:
        return None
    lines = text.split("\n")
    above = next((j for j in range(body[0] - 1, -1, -1) if lines[j].strip()), -1)
    if above < 0 or len(lines[above]) > STAMP_LINE_MAX:
        return None
    return sum(len(x) + 1 for x in lines[:above]), lines[above]


# "Екатеринбург, 23 ноября 2024, суббота. Еженедельный обзор ...": the dateline's weekday
_WEEKDAY_NEXT = re.compile(rf"[^\S\n]*{_STAMP_WEEKDAY}(?![\w])[^\S\n]*[.,|—–]", re.IGNORECASE)


def _weekday_next(line: str, end: int) -> bool:
    """status52: does the weekday of the dated day follow the comma after the date, closed
    by a stop or a separator? "Екатеринбург, 23 ноября 2024, суббота. Еженедельный обзор
    ..." is a dateline, not a sentence going on ("Ранее, 22 июля, представитель ...")."""
    return line[end - 1] == "," and _WEEKDAY_NEXT.match(line, end) is not None


def _sentence_goes_on(line: str, end: int) -> bool:
    """Does a lower-case word follow the comma after the date? Then it is a sentence, not a
    dateline: "Ранее, 22 июля, представитель ...", "Сегодня, 11 мая 2017 года, на сайте ..."
    (a dateline's comma is followed by its agency: "(Казань, 18 апреля, «Татар-информ»)")."""
    if line[end - 1] != ",":
        return False
    rest = line[end:].lstrip()
    return bool(rest) and rest[0].islower()


def _placed(text: str, ref: DateRef, base: int) -> DateRef:
    """A date read in a piece of ``text`` that starts at ``base``, placed in the text."""
    start, stop = base + ref.start, base + ref.end
    return DateRef(ref.value, text[start:stop], start, stop)


def _year_filled(text: str, lines: list[str], found: DateRef) -> tuple[str | None, DateRef]:
    """The page's date read at ``found`` with its year filled in (``_with_year``), as the
    publication-date finder returns it: its value and the date itself."""
    dated = _with_year(text, lines, found)
    return dated.value, dated


def _with_year(text: str, lines: list[str], found: DateRef) -> DateRef:
    """A year-less publication date gives way to a date line with the year of the same day
    above it ("НАЛЬЧИК, 12 мар - РИА Новости" under "12 МАР 2026, 14:05"), or to a stamp
    line with the time and its zone after the day ("ЧИТА, 5 дек — ИА «Забинфо»" under "5
    декабря 2024 г., 16:02 (Мск)", dates26: ``stamp_line`` reads what ``date_line`` does not;
    a site's dotted name before it included: "ПЕТРОЗАВОДСК, 29 мая." under "Карелия.Новости
    — 29.05.2025").

    The raw lines are read (masking keeps one publication line only), but only above the
    year-less date (a headline list comes after the body), never a copyright line. date72:
    a site header's date beside a weather or currency widget counts too ("Ухта −21°C |
    USD 101,20 | 14.12.2024, 09:40" over "УХТА, 14 декабря.", ``widget_row_day``): read
    alone it may be the crawl day, but the same day and month as the report's own
    dateline is that day.
    """
    if not found.value or not found.value.startswith("--"):
        return found
    seen = 0
    for off, line in _lines(text):
        if off >= found.start:
            break
        if not line.strip():
            continue
        seen += 1
        if seen > YEAR_LINES:
            break
        ref = date_line(line) or stamp_line(line) or widget_row_day(line) or address_day(line)
        if (ref is not None and ref.value and ref.value[4:] == found.value[1:]
                and ref.value[:1] != "-" and not _COPYRIGHT.search(line)):
            return DateRef(ref.value, ref.text, off + ref.start, off + ref.end)
        year = address_month_year(line, found.value[2:4])
        if year is not None:
            return DateRef(year + found.value[1:], found.text, found.start, found.end)
    return found


# fair91: a year and a month as one run of an address's path: "/2025/03/", "/2025-03-"
_ADDRESS_MONTH = re.compile(r"(?<=[/_\-])(?P<y>20\d\d)[/_.\-](?P<m>[01]\d)(?=[/_.\-?#&]|$)")


def address_month_year(line: str, month: str) -> str | None:
    """fair91: the year a line that is only the page's web address files it under, when
    its path names that year and the month ``month`` ("04") of a year-less date
    ("sovet-primer.ru/novosti/2024/04/vstrecha" over "Опубликовано: 9 апреля" -> 2024): a
    site files its news by the month they went out. One year and month in the path only,
    and no day after them ("/2024/04/10/": another day's page when not the date's), else
    None."""
    if "/" not in line or len(line) > FIELD_ROW_MAX:
        return None  # (speed only)
    m = _ADDRESS_LINE.fullmatch(line)
    if m is None or address_day(line) is not None:
        return None  # a path filed by the day is that day's (``address_day``)
    found = {(d["y"], d["m"]) for d in _ADDRESS_MONTH.finditer(line, m.start("url"), m.end("url"))}
    if len(found) != 1:
        return None
    y, mo = found.pop()
    return y if mo == month else None



# pub87: a masthead row: the outlet's name (one to three words, or quoted), a wide gap, the
# date, and the section's name after another wide gap ("Северная газета   07.10.2024
# Экономика")
_ROW_GAP = r"(?:[^\S\n]{3,}|[^\S\n]*\t[^\S\n]*)"
_MASTHEAD_ROW = re.compile(
    rf"[^\S\n]*(?:«[^»\n]{{1,40}}»|(?-i:[А-ЯЁA-Z])[\w\-.]*(?:[^\S\n][\w\-.]+){{0,2}})"
    rf"{_ROW_GAP}(?P<date>\S.*?)(?:{_ROW_GAP}(?P<rubric>[^\W\d_]+(?:[^\S\n]+[^\W\d_]+){{0,2}}))?"
    rf"[^\S\n]*")


def masthead_row_day(text: str) -> DateRef | None:
    """pub87: the page's first line is a masthead row, the outlet's name, a wide gap, the
    full date (a time may follow it) and, after one more gap, the section: "Северная газета
    07.10.2024   Экономика" -> 2024-10-07. A caption parts a name and a date so too, but
    it stands under a paragraph, never first on the page; read when nothing else dates
    the page."""
    first = next(((off, line) for off, line in _lines(text) if line.strip()), None)
    if first is None or len(first[1]) > STAMP_LINE_MAX:
        return None
    off, line = first
    m = _MASTHEAD_ROW.fullmatch(line)
    ref = _only_day(m["date"]) if m else None
    if m is None or ref is None:
        return None
    s = off + m.start("date") + ref.start
    return DateRef(ref.value, text[s:s + len(ref.text)], s, s + len(ref.text))


# pub87: a line that is only a web address, a short label with its colon allowed before it
# ("Источник: ..."): a domain with a dot, then a path
_ADDRESS_LINE = re.compile(
    r"[^\S\n]*(?:[А-ЯЁA-Z][\w\-]*(?:[^\S\n]+[\w\-]+){0,2}[^\S\n]*:[^\S\n]*)?"
    r"(?P<url>(?:https?://)?(?:www\.)?[\w\-]+(?:\.[\w\-]+)+/\S*)[^\S\n]*")
# the day in an address's path, one segment or a run of them: "/2024/11/05/", "/2024-11-05-",
# "/05-11-2024/", "/20241105/" (the year first with one mark or none, or last after the day);
# datepool93: a segment may open with a tilde ("/press/~2024/06/11/90817")
_ADDRESS_DAY = re.compile(
    r"(?<=[/_\-~])(?:(?P<y>20\d\d)(?P<s>[/_.\-]?)(?P<m>[01]\d)(?P=s)(?P<d>[0-3]\d)"
    r"|(?P<d2>[0-3]\d)(?P<s2>[_.\-])(?P<m2>[01]\d)(?P=s2)(?P<y2>20\d\d))(?=[/_.\-?#&]|$)")


# date89: a web address as a search engine or a browser's saved page prints it, its path
# parted by "›": "szn-primer.ru › Новости › 2024 › 11 › 05 › dogovor"
_CRUMB_ADDRESS = re.compile(
    r"[^\S\n]*(?:https?://)?(?:www\.)?[\w\-]+(?:\.[\w\-]+)+"
    r"(?:[^\S\n]*›[^\S\n]*[^›\s][^›\n]*?)+[^\S\n]*")
# the day in such a path: three segments, the year first
_CRUMB_DAY = re.compile(
    r"(?<=›)[^\S\n]*(?P<y>20\d\d)[^\S\n]*›[^\S\n]*(?P<m>[01]?\d)[^\S\n]*›[^\S\n]*"
    r"(?P<d>[0-3]?\d)(?=[^\S\n]*(?:›|$))")


def crumb_address_day(line: str) -> DateRef | None:
    """date89: the day a web address printed with "›" between its path's parts carries,
    else None: "szn-primer.ru › Пресс-центр › Новости › 2024 › 11 › 05 › dogovor" ->
    2024-11-05 (the form ``address_day`` reads with "/", as a search engine shows it). The
    line opens with the site's domain and is only the address; one day in its path."""
    if "›" not in line or len(line) > FIELD_ROW_MAX or not _CRUMB_ADDRESS.fullmatch(line):
        return None
    found: list[DateRef] = []
    for d in _CRUMB_DAY.finditer(line):
        y, mo, dd = int(d["y"]), int(d["m"]), int(d["d"])
        if _valid(dd, mo, y):
            s = d.start("y")
            found.append(DateRef(_fmt(dd, mo, y), line[s:d.end()], s, d.end(), False))
    if len({f.value for f in found}) != 1:
        return None
    return found[0]


def address_day(line: str) -> DateRef | None:
    """pub87: the day a line that is only a web address carries in its path, else None:
    "https://gazeta-primer.ru/obshchestvo/2024/11/05/dogovor/" -> 2024-11-05,
    "Источник: vesti-kraya.ru/news/2024-11-05/soglashenie" -> 2024-11-05 (a short label
    may introduce the address). A site files its articles
    under the day they went out. Only one day in the path (two are no page's day), never a
    line with words after the address (a sentence citing a link). Offsets into ``line``."""
    if "/" not in line or len(line) > FIELD_ROW_MAX:
        return None  # (speed only)
    m = _ADDRESS_LINE.fullmatch(line)
    if m is None:
        return None
    found: list[DateRef] = []
    for d in _ADDRESS_DAY.finditer(line, m.start("url"), m.end("url")):
        y, mo, dd = (int(d["y"]), int(d["m"]), int(d["d"])) if d["y"] else (
            int(d["y2"]), int(d["m2"]), int(d["d2"]))
        if _valid(dd, mo, y):
            found.append(DateRef(_fmt(dd, mo, y), d.group(), d.start(), d.end(), False))
    if len({f.value for f in found}) != 1:
        return None
    return found[0]


def page_address_day(text: str, body: tuple[int, int] | None) -> DateRef | None:
    """pub87: a page saved with its own web address over its text, on one of its first
    ``ADDRESS_LINES`` non-blank lines and above the first paragraph (``body``), the address
    dated in its path, is of that day when nothing else dates it
    ("https://gazeta-primer.ru/obshchestvo/2024/11/05/dogovor/" over "Газета «Пример» —
    новости района" and the headline). Every
    dated address there must give the same day (a list of linked headlines gives several,
    and no page date); an address under the text is another article's or a repost's
    source, never read."""
    found: list[DateRef] = []
    for _, off, line in _top_lines(text, body, ADDRESS_LINES):
        ref = address_day(line) or crumb_address_day(line)
        if ref is not None:
            found.append(DateRef(ref.value, ref.text, off + ref.start, off + ref.end))
    if len({f.value for f in found}) != 1:
        return None
    return found[0]


# --- dates23: more page stamps, read only when no pass above found a date ------------------

_AGENCY_KIND = "(?:" + "|".join(AGENCY_KINDS) + ")"
# "РИА «Кострома», 14.05.2025", "ИА «Омск-информ» — 14 мая 2025 г., 10:20"
# r19dates: an adjective may open the kind ("Деловой портал «Сибирь.Бизнес»") and up to two
# section names may stand between the name and the date ("... | Промышленность | 14.11.2025")
_AGENCY_STAMP = re.compile(
    rf"[^\S\n]*(?:[А-ЯЁ][а-яё]+(?:ый|ий|ой|ое|ая|ее)[^\S\n]+)?(?i:{_AGENCY_KIND})[^\S\n]+"
    rf"«[^»\n]{{1,40}}»(?:[^\S\n]*[|·•][^\S\n]*(?-i:{_RUBRIC})){{0,2}}"
    rf"[^\S\n]*[,|·—–-][^\S\n]*(?P<date>.+?)"
    # page49: the site's section may close the row after another bar or dash ("ИА «Уфа-Инфо»
    # — 3 октября 2023, 16:20 — Общество")
    rf"(?:[^\S\n]*[|·•—–][^\S\n]*(?-i:{_RUBRIC}))?[^\S\n]*")
# "от 14.05.2025", "от 14 мая 2025 года": a date alone on its line after "от"
_BARE_FROM = re.compile(rf"[^\S\n]*(?i:{'|'.join(BARE_DATE_FROM)})[^\S\n]+(?P<date>.+)")
# "Заголовок\t\t14.05.2025\t\t15.05.2025": a headline, a wide gap and two dates so parted
# (published, then updated or the print date), as a page saved to text lays out its row
_WIDE_GAP = r"(?:\t+[^\S\n]*|[^\S\n]{3,})"
_HEADLINE_ROW = re.compile(rf"(?P<head>[^\t\n]*?[\w»\"!?.])(?P<gap>{_WIDE_GAP})(?P<date>\S.*?)"
                           rf"{_WIDE_GAP}(?P<second>\S.*?)[^\S\n]*")
_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")
# statpool96: "14.03.2025 | Комитет социальной защиты Тамбовской области", "9 февраля 2026,
# 10:15 — Тамбовская жизнь": the page's date, then a bar or a dash and who publishes it, last
# on the line
_SOURCE_STAMP = re.compile(r"[^\S\n]*(?P<date>[^|—–\n]+?)[^\S\n]*[|—–][^\S\n]*(?P<source>\S[^\n]*?)"
                           r"[^\S\n]*")
# a source's name: up to nine words, no digit and no mark of a sentence or a clause
_SOURCE_WORD = re.compile(r"[«\"„(]*[А-ЯЁA-Zа-яёa-z][\w\-.]*[»\"“)]*")


def source_name(chunk: str) -> bool:
    """statpool96: is the chunk after a stamp's date the name of who publishes the page (an
    outlet or a body: "Тамбовская жизнь", "Комитет социальной защиты Тамбовской области",
    "ИА «Регион-Информ»")? One to nine words, the first capitalised
    or quoted, no digit, no sentence or clause mark, no lower-case word ending as a verb
    does: "Комитет и колледж заключили договор" is a listed headline's, not a source."""
    words = chunk.split()
    if not 1 <= len(words) <= SOURCE_WORDS_MAX or re.search(r"[\d,:;!?]|\.(?:\s|$)", chunk):
        return False
    if not (words[0][0].isupper() or words[0][0] in "«\"„"):
        return False
    return all(_SOURCE_WORD.fullmatch(w) and not (w.islower() and w.endswith(VERB_FORM_ENDINGS))
               for w in words)


def _only_day(chunk: str) -> DateRef | None:
    """The chunk is one full date with a year, and at most a time and a year word after
    it ("14.05.2025", "14 мая 2025 г., 10:20"): its date, else None."""
    refs = find_dates(chunk)
    if len(refs) != 1 or refs[0].relative or refs[0].start != 0 or \
            not _FULL_DAY.fullmatch(refs[0].value or ""):
        return None
    rest = chunk[refs[0].end:]
    # a time may carry its zone, bracketed or not: "28 августа 2025, 16:05 (мск)" (r19dates)
    return refs[0] if re.fullmatch(rf"[^\S\n]*(?:{_YEAR_WORD})?[,\s]*(?:(?:{_STAMP_TIME})"
                                   rf"(?:[^\S\n]*\(?{_STAMP_ZONE}\)?)?)?[^\S\n]*",
                                   rest, re.IGNORECASE) else None


def _more_stamps(text: str, body: tuple[int, int] | None) -> DateRef | None:
    """Three shapes of a page's own date among its first lines, none of which prose has:

    - an agency's or broadcaster's quoted name then the date: "РИА «Кострома», 14.05.2025";
    - a bare "от" and the date alone on a line: "от 14.05.2025" (a release dated under its
      title);
    - a headline row with the date after a tab or a wide gap and another date after one
      more: "Кострома и Ярославль будут вместе обучать сиделок\\t\\t14.05.2025\\t\\t15.05.2025"
      (the first is the publication, the second a later update).

    Only in the first few non-blank lines above the body, the first such line, and a full
    date with its year (dates23)."""
    for _, start, line in _top_lines(text, body, TOP_LINES):
        if _DIGIT.search(line) is None or len(line) > FIELD_ROW_MAX:
            continue
        for rx in (_AGENCY_STAMP, _BARE_FROM):
            m = rx.fullmatch(line)
            ref = _only_day(m["date"]) if m else None
            if m is not None and ref is not None:
                return _in_text(text, start + m.start("date"), ref)
        m = _SOURCE_STAMP.fullmatch(line)
        ref = _only_day(m["date"]) if m and source_name(m["source"]) else None
        if m is not None and ref is not None:
            return _in_text(text, start + m.start("date"), ref)
        m = _HEADLINE_ROW.fullmatch(line)
        if m and not _DIGIT.search(m["head"]):
            ref, second = _only_day(m["date"]), _only_day(m["second"])
            if ref is not None and second is not None:
                return _in_text(text, start + m.start("date"), ref)
    return None


def _in_text(text: str, at: int, ref: DateRef) -> DateRef:
    """``ref``, read from a chunk of the page starting at offset ``at``, placed in ``text``."""
    s = at + ref.start
    return DateRef(ref.value, text[s:s + len(ref.text)], s, s + len(ref.text))


# pub58: a crawler's header line: a label of ``CRAWL_TIME_LABELS`` and the day it saved the
# page, in ISO ("2023-05-17T10:02:41+03:00", "2024-03-15 06:14 UTC") or dotted form
_CRAWL_TIME = re.compile(
    rf"(?<![\w])(?:{'|'.join(CRAWL_TIME_LABELS)})(?![\w])[^\S\n]*(?P<sep>[=:]?)[^\S\n]*"
    r"(?:(?P<iso>\d{4}-[01]\d-[0-3]\d)(?![\d])|(?P<d>[0-3]\d)\.(?P<m>[01]\d)\.(?P<y>\d{4})(?!\d))",
    re.IGNORECASE)
# fixpub58: a crawler's frame opening its line, a bracketed tag or a rule of "="
# ("[crawl] source=…", "=== crawler: … | fetched … ==="); on such a line a label needs no
# separator
_CRAWL_FRAME = re.compile(r"[^\S\n]*(?:\[[^\]\n]{1,40}\]|={3,})")
_WORD_CHAR = re.compile(r"\w")
# pub58: a stamp of a day word and a time of day opening its line ("вчера, 18:20", "Сегодня в
# 09:14"); what follows must be a stamp's furniture (``_STAMP_AFTER_DAY``)
_POST_DAY_STAMP = re.compile(
    rf"[^\w\n]{{0,4}}(?P<word>{'|'.join(sorted(POST_DAY_WORDS))})(?![\w])[^\S\n]*,?[^\S\n]*"
    r"(?:в[^\S\n]+)?\d{1,2}:\d{2}(?![\d])",
    re.IGNORECASE)


def crawl_day(lines: list[str]) -> date | None:
    """pub58: the day a crawler saved the page, from its header line among the page's first
    ``HEAD_LINES`` non-empty lines ("[crawl] source=t.me/kanal saved_at=2024-02-09T08:30:00", "===
    crawler: vk.com/wall-1_2 | fetched 2024-02-09 05:30 UTC ===", "Дата сохранения: 09.02.2024");
    None when no such line, or two days (a page saved twice names no one day). The day as printed:
    the saving time's zone is not moved to the site's. fixpub58: the line must have a crawler's
    shape: a frame opening it (``_CRAWL_FRAME``), or the label as a key ("saved_at=…"), or the label
    opening the line with its colon ("Сохранено: …"); a sentence near the top with "сохранено" and a
    date ("Заявку сохранено 11.02.2026 в реестре") is no crawler's."""
    days: set[date] = set()
    seen = 0
    for line in lines:
        if not line.strip():
            continue
        seen += 1
        if seen > HEAD_LINES:
            break
        framed = _CRAWL_FRAME.match(line) is not None
        for m in _CRAWL_TIME.finditer(line):
            if not (framed or m["sep"] == "=" or (
                    m["sep"] == ":" and not _WORD_CHAR.search(line, 0, m.start()))):
                continue
            iso = m["iso"] or f"{m['y']}-{m['m']}-{m['d']}"
            if _valid_iso(iso):
                days.add(date.fromisoformat(iso))
    return days.pop() if len(days) == 1 else None


def crawled_post_day(text: str) -> DateRef | None:
    """pub58: a post saved by a crawler prints its own day as a day word with the time
    ("вчера, 18:20", "Сегодня в 09:14 · 👁 1,1K"), the site's way of dating a fresh post; the
    crawler's header over the page gives the day it saved it ("[crawl] … saved_at=
    2024-02-09T08:30:00"), so the post's day is that day moved back by the word's shift
    (``DAY_SHIFT``): "вчера" under a saving on 9 February is 8 February. Only lines above
    the readers' comments (a comment's "вчера, 21:03" is a reader's); the stamp's words
    must all be a stamp's (a sentence "Сегодня в 10:00 пройдёт приём" is no stamp); every
    such stamp must give one day (a feed of posts of two days names none). Without the
    crawler's header a day word dates nothing: the page may be read any day later."""
    lines = text.split("\n")
    saved = crawl_day(lines)
    if saved is None:
        return None
    found: list[DateRef] = []
    for _, start, line in lines_above_comments(lines):
        m = _POST_DAY_STAMP.match(line) if len(line) <= STAMP_LINE_MAX else None
        if m is None or not _STAMP_AFTER_DAY.fullmatch(line[m.end():]):
            continue
        day = saved + timedelta(days=DAY_SHIFT[m["word"].lower()])
        s, e = start + m.start("word"), start + m.end()
        found.append(DateRef(day.isoformat(), text[s:e], s, e, relative=True, anchored=True,
                             stated=None))
    return found[0] if found and len({f.value for f in found}) == 1 else None
