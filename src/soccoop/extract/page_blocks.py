"""page50: a whole web page saved as one line, split back into the blocks a crawler flattened.

Some crawls keep no line breaks: the site's menu, its weather and currency widget, the
breadcrumb, the headline, the dateline ("Опубликовано: …"), the body, the tags, the share
buttons, "Читайте также", the news feed, the readers' comments and the footer stand on one
line of several thousand characters. Every later stage reads a page by its lines (the
boilerplate masker, the publication date, the comment section, the regions of the header and
footer), so on such a line the menu's words become sides of the agreement, the related
headlines become records and the dateline is lost.

``split_runon`` gives the page its lines back WITHOUT changing its length: a space where one
block of the page ends and the next begins becomes a line break, so every offset found in the
split text is an offset of the stored text. Only a line over ``RUNON_MIN`` characters that
holds a mark of a page's furniture (a menu run, a breadcrumb, a labelled dateline or a post's
time stamp) is split; an ordinary page, or a long paragraph of prose, is returned unchanged.

Each pass below reads one block's shape and returns the offsets of the spaces to break at:

- ``menu_run_breaks``: a run of capitalised single words without punctuation ("Главная
  Новости Общество Спорт Культура Видео"), a site's menu;
- ``crumb_breaks``: a breadcrumb ("Главная » Общество » Соцзащита") and the headline after it;
- ``dateline_breaks``: a labelled dateline ("Опубликовано: 3 мая 2024 | 10:15 | Автор: Иван
  Петров | Просмотры: 120") set apart from the headline before it and the body after it;
- ``post_stamp_breaks``: a social network post's author and time ("… 2 мар 2023 в 14:05")
  ending the post's header line;
- ``widget_breaks``: a header's weather and currency items ("Энск −3 °C", "USD 97,35");
- ``block_head_breaks``: the heads of the page's trailing blocks ("Теги:", "Поделиться:",
  "Читайте также:", "Лента новостей:", "Комментарии (4)", "©", "Адрес редакции:"), a feed's
  timed items ("09:05 В Энске открыли …") and a row of hashtags;
- ``comment_breaks``: inside the comment section, each reader's author and time stamp
  ("Ирина_К 12.03.2024 10:15 — …") on a line of its own, the shape the comment readers know.
"""

from __future__ import annotations

import re

from soccoop.extract.boilerplate import _LIST_HEADER
from soccoop.extract.dates import MONTH_ABBR, MONTH_GEN
from soccoop.extract.datewords import STAMP_LABELS, UPDATE_LABELS
from soccoop.extract.lexicon import (
    ADVERT_LABELS,
    COMMENT_FORM_CALLS,
    COMMENT_HEADINGS,
    CRUMB_ROOTS,
    CURRENCY_CODES,
    CURRENCY_SIGNS,
    FLAT_PAGE_COMMENT_HEADINGS,
    FOOTER_OPENERS,
    SUBSCRIBE_CALLS,
    TRAILING_FIELD_LABELS,
)

RUNON_MIN = 1500  # a line this long holding a page's furniture is a flattened page
MENU_RUN_MIN = 5  # capitalised single words in a row that make a menu

# a capitalised single word of a menu: letters (a hyphenated town too), no digits, no
# punctuation after it ("Общество", "Спецпроекты", "Ханты-Мансийск")
_CAP_WORD = re.compile(r"[А-ЯЁA-Z][а-яёa-z]+(?:-[А-ЯЁа-яё][а-яё]+)*")


def _heads(phrases: tuple[str, ...] | frozenset[str]) -> str:
    """tidy51: a lexicon's phrases as a page prints a block's head, capitalised ("теги" ->
    "Теги", "главная страница" -> "Главная страница"), the longer first, for a pattern."""
    return "|".join(re.escape(p[:1].upper() + p[1:])
                    for p in sorted(phrases, key=lambda p: (-len(p), p)))


# "Главная » Общество » Соцзащита", "Главная / Новости / Общество", "Главная > Новости": the
# site's home (``CRUMB_ROOTS``) then its sections
_CRUMB = re.compile(
    rf"(?<!\S)(?:{_heads(CRUMB_ROOTS)})(?:\s+[»›>/→]\s+"
    r"[А-ЯЁA-Z][^\s»›>/→]*(?:\s+[а-яё][^\s»›>/→]*){0,2})+(?=\s)")
# a dateline's label, capitalised, then a colon ("Опубликовано:", "Дата публикации:", "Дата:",
# "Обновлено:"): tidy51, the labels of a page's publication and update stamps the stamp
# reader knows (``datewords.STAMP_LABELS``, ``UPDATE_LABELS``)
_DATELINE_LABEL = re.compile(
    r"(?<!\S)(?=[А-ЯЁA-Z])(?i:" + "|".join(STAMP_LABELS + UPDATE_LABELS) + r")\s*:\s*")
# the fields of a dateline, split by bars or dots
_FIELD_SEP = re.compile(r"\s[|·•]\s")
# a field's value closing the dateline: a count ("2 047", "9,6K"), a clock time, a date, or
# a name of one to three capitalised words
_TIME = r"\d{1,2}:\d{2}"
_DATE = (rf"(?:\d{{1,2}}\s+(?:{MONTH_GEN}|{MONTH_ABBR}\.?)(?:\s+\d{{4}})?(?:\s*г\.)?"
         rf"|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}})")
_LAST_VALUE = re.compile(
    rf"(?:[А-ЯЁA-Z][\w ]{{0,25}}?:\s*)?(?:(?:[а-яё]+,\s*)?{_DATE}(?:,?\s*(?:в\s+)?{_TIME})?"
    rf"|{_TIME}|\d{{1,3}}(?:[ \u00a0]\d{{3}})*(?:[.,]\d+)?[KКkк]?"
    rf"|[А-ЯЁA-Z][а-яё]+(?:\s+[А-ЯЁA-Z][а-яё.]+){{0,2}})(?=\s)")
# a post's time stamp: "2 фев 2022 в 11:15", "12 марта 2024 в 09:30"
_POST_STAMP = re.compile(
    rf"(?<!\S)\d{{1,2}}\s+(?:{MONTH_ABBR}|{MONTH_GEN})\.?(?:\s+\d{{4}})?\s+в\s+{_TIME}(?=\s)")
# a page's or a post's stamp: a date with its year and a clock time ("15 октября 2024, 09:17",
# "15.10.2024 09:17", "2 фев 2022 в 11:15")
_STAMP = re.compile(
    rf"(?<!\S)\d{{1,2}}(?:\s+(?:{MONTH_ABBR}|{MONTH_GEN})\.?\s+\d{{4}}(?:\s*г\.)?"
    rf"|\.\d{{1,2}}\.\d{{4}}),?\s+(?:в\s+)?{_TIME}(?=\s)")
# a header's weather or currency widget item: a place's temperature ("Сургут −5 °C",
# "−3 °C, снег") or a currency's rate ("USD 97,35")
_WIDGET_ITEM = re.compile(
    r"(?<!\S)(?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*\s+)?[−+–-]?\d+\s*°[CС]?(?:,\s*[а-яё]+)?(?=\s)"
    r"|(?<!\S)(?:" + "|".join([c.upper() for c in CURRENCY_CODES]
                              + [re.escape(c) for c in CURRENCY_SIGNS])
    + r")\s+\d+[,.]\d+(?=\s)")
# the heads of a page's trailing blocks, wherever a crawler glued them on (tidy51: the
# lexicon's classes, capitalised): a trailing field's label and its colon, a comment
# section's heading (not "Мнения", a site's section too), calls to comment or subscribe,
# an advert bar, a footer's opening words
_BLOCK_HEAD = re.compile(
    rf"(?<=\s)(?:(?:{_heads(TRAILING_FIELD_LABELS)})\s*:"
    rf"|(?:{_heads(FLAT_PAGE_COMMENT_HEADINGS)})(?:\s*\(\d+\)|\s*:)?(?=\s+[А-ЯЁA-Z\d])"
    rf"|{_heads(COMMENT_FORM_CALLS + SUBSCRIBE_CALLS)}"
    rf"|(?:{_heads(ADVERT_LABELS)})\s*[|:]|{_heads(FOOTER_OPENERS)})")
# a feed's item: a clock time, then the headline's capital ("09:05 В Когалыме открылась …");
# not the time of a stamp ("2 фев 2022 в 11:32 Замечательно!", "15.10.2024 10:02")
_FEED_ITEM = re.compile(rf"(?<!\sв )(?<![\d,] )(?<=\s){_TIME}(?=\s+[«\"]?[А-ЯЁA-Z])")
# the heads of lists of other news the masker knows (``boilerplate._LIST_HEADER``), read
# anywhere in the line
_LIST_HEAD = re.compile(r"(?<=\s)" + _LIST_HEADER.pattern.removeprefix(r"^\s*"),
                        re.IGNORECASE)
# a row of hashtags ("#соцзащита #Энск #добровольчество")
_HASHTAG_ROW = re.compile(r"(?<=\s)#\w+(?:\s+#\w+)+")
# a comment's time stamp: a date and a time ("15.10.2024 10:02", "2 фев 2022 в 13:15")
_COMMENT_STAMP = re.compile(rf"(?<=\s){_DATE},?\s+(?:в\s+)?{_TIME}(?=\s)")
# the end of the previous comment before an author: a sentence's mark, not an initial's dot
# ("Ирина Ш. 2 фев …")
_SENT_END = re.compile(r"(?<![\s.][А-ЯЁA-Z])[.!?…][»\")]?\s")
# a headline of a list starting after the last one's closing lower-case word ("… центр для
# семей В Энске …"; not "… и Тюменская", "… в Югре")
_ITEM_START = re.compile(r"(?<=[а-яё]{3} )[А-ЯЁ](?=[а-яё]|\s)")
# where a list of headlines ends: a feed's time, another list's or a block's head
_LIST_END = re.compile(rf"\s(?:{_TIME}\s|[А-ЯЁ][а-яё]+(?:\s+[а-яё]+){{0,2}}\s*:)")
LIST_SPAN = 800  # a list of other news read at most this far
WORD_MAX = 40  # the word before a position is read this far back (linear cost)
HEADER_MAX = 600  # a flattened page's header (masthead, menu, widget, crumb) is this short
DATELINE_SPAN = 80  # a dateline's fields before its stamp
AUTHOR_MAX = 70  # an author's name or handle before a stamp is at most this long
AUTHOR_TOKENS = 3  # ... and, when no sentence's end bounds it, this many tokens


def _marked(line: str) -> bool:
    """Does the long line hold a page's furniture: a menu run, a breadcrumb, a labelled
    dateline or a post's time stamp?"""
    return (bool(menu_run_breaks(line)) or _CRUMB.search(line) is not None
            or _DATELINE_LABEL.search(line) is not None or _POST_STAMP.search(line) is not None)


def _header_end(line: str) -> int:
    """Where a flattened page's header ends: its labelled dateline or its first stamp, at
    most HEADER_MAX characters in."""
    ends = [m.start() for m in (_DATELINE_LABEL.search(line), _STAMP.search(line)) if m]
    return min([HEADER_MAX, *ends])


def _comment_head(head: str) -> bool:
    """Is a block's head a comment section's ("Комментарии (6)", "Обсуждение:"; the lexicon's
    ``COMMENT_HEADINGS``, the heads ``merge.comments_start`` reads)?"""
    return re.split(r"[\s(:]", head, maxsplit=1)[0].lower() in COMMENT_HEADINGS


def _space_before(line: str, i: int) -> int | None:
    """The offset of the space right before position i, when there is one."""
    return i - 1 if i > 0 and line[i - 1] == " " else None


def _space_after(line: str, i: int) -> int | None:
    """The offset of the space at position i (right after a block), when there is one."""
    return i if i < len(line) and line[i] == " " else None


def menu_run_breaks(line: str) -> list[int]:
    """A site's menu flattened into the line: MENU_RUN_MIN or more capitalised single
    words in a row, spaces alone between them ("Главная Новости Общество Экономика Спорт
    Культура Афиша"). A sentence never runs so many capitalised words without a comma or a
    lower-case word; a body's proper name has at most three or four ("Нижегородский
    государственный университет" has lower-case words). Breaks before and after the run."""
    out: list[int] = []
    run: list[re.Match[str]] = []

    def close() -> None:
        # the run's first word after a lower-case word ends that phrase ("… новости Энска и
        # Эмска Главная Новости …"): the menu starts after it
        if run and run[0].start() >= 2:
            before = line[max(0, run[0].start() - WORD_MAX):run[0].start()].split()
            if before and before[-1][:1].islower():
                del run[0]
        if len(run) >= MENU_RUN_MIN:
            for b in (_space_before(line, run[0].start()), _space_after(line, run[-1].end())):
                if b is not None:
                    out.append(b)

    for m in re.finditer(r"\S+", line):
        if _CAP_WORD.fullmatch(m.group()) and (not run or line[run[-1].end():m.start()] == " "):
            run.append(m)
        else:
            close()
            run = [m] if _CAP_WORD.fullmatch(m.group()) else []
    close()
    return out


def crumb_breaks(line: str) -> list[int]:
    """A breadcrumb ("Главная » Общество » Соцзащита") on a line of its own: its last part
    is a section's name of one capitalised word and up to two lower-case ones, so the
    headline after it ("… » Соцзащита Ветеранам помогут с работой") starts a new line."""
    out: list[int] = []
    for m in _CRUMB.finditer(line):
        for b in (_space_before(line, m.start()), _space_after(line, m.end())):
            if b is not None:
                out.append(b)
    return out


def dateline_breaks(line: str) -> list[int]:
    """A labelled dateline on a line of its own ("Опубликовано: вторник, 3 мая 2024 | 10:15
    | Автор: Иван Петров | Просмотры: 1 204"): a break before its label, and after the value
    of its last field (a date, a clock time, a count or a name of up to three capitalised
    words), where the body begins ("… | Просмотры: 1 204 В Энске открыли …")."""
    out: list[int] = []
    # where the walk of fields from an offset ends: a label inside fields already walked
    # reuses it, so that repeated labels cost the line's length, not labels × fields
    ends: dict[int, int] = {}
    for m in _DATELINE_LABEL.finditer(line):
        b = _space_before(line, m.start())
        if b is not None:
            out.append(b)
        at = m.end()
        # the fields go on while a bar or a dot follows within a field's length
        path: list[int] = []
        while at not in ends:
            path.append(at)
            sep = _FIELD_SEP.search(line, at, at + 60)
            if sep is None:
                ends[at] = at
                break
            at = sep.end()
        at = ends[at]
        for p in path:
            ends[p] = at
        v = _LAST_VALUE.match(line, at)
        if v is not None:
            e = _space_after(line, v.end())
            if e is not None:
                out.append(e)
    return out


def post_stamp_breaks(line: str) -> list[int]:
    """A page's or a social network post's header ("Министерство … Энской области 2 мар 2023
    в 14:05", "… 15 октября 2024, 09:17 В Энске …") ends at its time stamp, which stands on a
    line of its own between the header and the text, as on a page saved with its lines. Only
    the first stamp outside a labelled dateline (``dateline_breaks`` reads that one): the
    later ones are the comments' (``comment_breaks``)."""
    for m in _STAMP.finditer(line):
        if _DATELINE_LABEL.search(line, max(0, m.start() - DATELINE_SPAN), m.start()):
            continue
        return [b for b in (_space_before(line, m.start()), _space_after(line, m.end()))
                if b is not None]
    return []


def widget_breaks(line: str) -> list[int]:
    """A header's weather and currency widget flattened into the line ("Энск −3 °C, снег |
    Эмск −5 °C USD 97,35 EUR 106,20"): each item on a line of its own, a short line the
    masker knows as a widget, so that a place of the weather row is never read as the
    news's. Only in the page's header, before its dateline or first stamp: a body's "до −30
    °C" is the news's words."""
    out: list[int] = []
    for m in _WIDGET_ITEM.finditer(line, 0, _header_end(line)):
        for b in (_space_before(line, m.start()), _space_after(line, m.end())):
            if b is not None:
                out.append(b)
    return out


def block_head_breaks(line: str) -> list[int]:
    """The heads of a page's blocks after the body start lines: tags ("Теги:"), share
    buttons ("Поделиться:"), lists of other news (the masker's list headers: "Читайте
    также:", "Лента новостей:", "Популярное за неделю:"), a comment section ("Комментарии
    (6)"), a comment form, calls to subscribe, an advert bar, the copyright and the
    editor's address; a feed's timed items ("08:44 В Энске открыли …") and a row of hashtags
    each start a line too. The head of a comment section ends its line, so the first
    comment's author and time open the next."""
    out: list[int] = []
    for m in _BLOCK_HEAD.finditer(line):
        if line[max(0, m.start() - 2):m.start()] in ("| ", "· ", "• "):
            continue  # a dateline's field ("| Комментарии: 6")
        b = _space_before(line, m.start())
        if b is not None:
            out.append(b)
        if _comment_head(m.group()):
            e = _space_after(line, m.end())
            if e is not None:
                out.append(e)
    for m in _LIST_HEAD.finditer(line):
        if line[m.start()].isupper():
            out.append(m.start() - 1)
            out += list_item_breaks(line, m.end())
    for m in _FEED_ITEM.finditer(line):
        out.append(m.start() - 1)
    for m in _HASHTAG_ROW.finditer(line):
        out.append(m.start() - 1)
        e = _space_after(line, m.end())
        if e is not None:
            out.append(e)
    return out


def list_item_breaks(line: str, start: int) -> list[int]:
    """The headlines of a list of other news after its head ("Читайте также: В Энске открыли
    центр для семей Энская и Эмская области договорились о …"), each on a line of its own,
    so the masker reads a header over title items: a break after the head's colon, and
    before each capitalised word right after a lower-case word of three letters or more
    (a headline ends without a mark; "и", "в", "на" before a name go on), up to the next
    block's mark (a feed's time, a list's or a block's head) or LIST_SPAN characters."""
    out: list[int] = []
    colon = re.match(r"[^\S\n]*:", line[start:start + 3])
    at = start + (colon.end() if colon else 0)
    b = _space_after(line, at)
    if b is None:
        return out
    out.append(b)
    end = min(len(line), at + LIST_SPAN)
    stop = _LIST_END.search(line, at + 1, end)
    if stop is not None:
        end = stop.start()
    for m in _ITEM_START.finditer(line, at, end):
        word = line[max(0, m.start() - WORD_MAX):m.start() - 1].rsplit(None, 1)[-1]
        if word.islower():  # "… для семей В Энске", not "Власти Энска"
            out.append(m.start() - 1)
    return out


def comment_breaks(line: str, start: int) -> list[int]:
    """Each reader's comment after the comment section's head (at ``start``) opens with its
    author on a line, its time stamp on the next and its text after it ("Ирина_К" /
    "12.03.2024 10:15" / "— Спасибо, очень нужно."): the layout the comment readers know
    (``merge._comment_entry``). The author starts after the previous comment's closing
    mark (within AUTHOR_MAX characters), else AUTHOR_TOKENS tokens before the stamp."""
    out: list[int] = []
    for m in _COMMENT_STAMP.finditer(line, start):
        lo = max(start, m.start() - AUTHOR_MAX)
        ends = list(_SENT_END.finditer(line, lo, m.start()))
        if ends:
            s = ends[-1].end()
        else:
            toks = list(re.finditer(r"\S+", line[lo:m.start()]))[-AUTHOR_TOKENS:]
            s = lo + toks[0].start() if toks else m.start()
        for b in (_space_before(line, s), _space_before(line, m.start())):
            if b is not None:
                out.append(b)
        e = _space_after(line, m.end())
        if e is not None:
            out.append(e)
    return out


def split_line(line: str) -> str:
    """One flattened page's line with its blocks on lines of their own (same length): "…
    Главная » Общество Фонд помог старикам Дата: 3 мая 2024 | 10:15 В Энске …" becomes
    "Главная » Общество" / "Фонд помог старикам" / "Дата: 3 мая 2024 | 10:15" / "В Энске …".
    A widget's item ("Энск −3 °C") is never cut."""
    breaks = set(menu_run_breaks(line) + crumb_breaks(line) + dateline_breaks(line)
                 + post_stamp_breaks(line) + widget_breaks(line) + block_head_breaks(line))
    heads = [m for m in _BLOCK_HEAD.finditer(line)
             if _comment_head(m.group())
             and line[max(0, m.start() - 2):m.start()] not in ("| ", "· ", "• ")]
    if heads:
        breaks.update(comment_breaks(line, heads[0].end()))
    # a widget's item stays whole: "Энск −3 °C" is not a menu's last word and a number
    inside = {b for m in _WIDGET_ITEM.finditer(line) for b in range(m.start(), m.end())}
    chars = list(line)
    for b in breaks - inside:
        if 0 < b < len(chars) - 1 and chars[b] == " ":
            chars[b] = "\n"
    return "".join(chars)


def split_runon(text: str) -> str:
    """The text with each flattened page's line split into its blocks, of the same length;
    the text itself when no line is a flattened page (the common case costs one scan). A
    line counts when it is over RUNON_MIN characters and holds a page's furniture
    (``_marked``): "Главная Новости Общество Спорт Культура Афиша …", "Главная » Общество",
    "Опубликовано: 3 мая 2024", "… 2 мар 2023 в 14:05"; a long paragraph of prose has none."""
    if "\n" in text and max(len(x) for x in text.split("\n")) <= RUNON_MIN:
        return text
    lines = text.split("\n")
    changed = False
    for i, line in enumerate(lines):
        if len(line) > RUNON_MIN and _marked(line):
            new = split_line(line)
            if new != line:
                lines[i] = new
                changed = True
    return "\n".join(lines) if changed else text
