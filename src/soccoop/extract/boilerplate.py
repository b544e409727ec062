"""Mask site boilerplate (menus, calendars, headline lists, contacts, footers) in news text.

The first, cheap step before the expensive NLP: the output has EXACTLY the input's length
(masked characters become spaces, newlines stay), so every offset found in the masked text
is valid in the original. Lines are classified by features, not by known strings:

- *content*: long prose lines with sentence punctuation; the article body lies between the
  first and the last of them, and starts earlier at the lead: short sentences (also ending
  with a colon) and long lower-case prose right above the first paragraph;
- the *headline zone*: title-like lines and a dateline right above the body, and up to three
  photo captions ("Пётр Порошенко") between the body and a headline that opens the text;
- everything before the headline zone and after the body (menus, contacts, lists of other
  headlines, counters, tags) is masked, except a sentence-like tail glued to the body;
- anywhere: contact/copyright/counter/share lines (masthead roles only in short lines),
  calendars, headlines glued to times (before or after the headline), runs of lines ending in
  a date/time, runs of tiny menu lines, and verbatim repeats of an earlier paragraph (>= 60
  characters);
- one publication line ("28 ноября 2022 года", "Дата публикации: ...") is kept: the one in
  the headline zone, else the first labelled one, else the first one not inside a list.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from soccoop.extract.dates import (
    MONTH_ABBR,
    MONTH_GEN,
    date_line,
    guarded_pattern,
    is_labelled,
    stamp_line,
)
from soccoop.extract.lexicon import CURRENCY_CODES, CURRENCY_SIGNS, TAG_LABELS
from soccoop.extract.lexicon_signers import SIGN_OFF_OPENERS
from soccoop.extract.unwrap import join_wraps

# agr46b: pictographs after the final mark leave the line a sentence ("Что это даст? 👇",
# "Соглашение подписано! 🤝")
_PICTOGRAPHS = r"\u2190-\u2bff\U0001f000-\U0001faff"
_SENT_END = re.compile(rf"[.!?…][\"»”)'\s]*(?:[{_PICTOGRAPHS}][\ufe0f\u200d]*\s*)*$")
_SENT_BREAK = re.compile(r"[.!?…][\"»”)]?\s+[«\"„(]?[А-ЯЁA-Z]")
_WORD = re.compile(r"[A-Za-zА-Яа-яЁё]+(?:-[A-Za-zА-Яа-яЁё]+)*")
# "12 декабря [2024]", "12 дек. 2024", "12.12.2024", "вчера"
_DATE = (rf"(?:\d{{1,2}}\s+{MONTH_GEN}(?:\s+\d{{4}})?|\d{{1,2}}\s+{MONTH_ABBR}\.?\s+\d{{4}}"
         rf"|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}|вчера|сегодня)")
_TIME = r"\d{1,2}:\d{2}"
# "...рублей12 декабря 20:00": a headline glued to its date, as in lists of other news
_GLUED_DATE = re.compile(rf"[^\d\s]{_DATE}(?:,?\s*{_TIME})?\s*$", re.IGNORECASE)
# "09:40В Курской области ...": a headline glued after its time, as in news tickers
_GLUED_TIME = re.compile(r"^\s*\d{1,2}:\d{2}\s?[«\"]?[А-ЯЁA-Z]")
_ENDS_DATE_TIME = guarded_pattern(
    rf"(?:{_DATE}(?:,?\s*(?:в\s*)?{_TIME})?|{_TIME}(?:,?\s*{_DATE})?)\s*$", "вс", digit=True)
_POSTAL = re.compile(r"(?:^|[\s,])\d{6},\s*\S")
_PHONE = re.compile(r"(?:\+7|\b8)[\s(-]*\d{3,4}[\s)-]*\d{1,3}[\s-]*\d{1,3}[\s-]*\d{1,4}")
_EMAIL_URL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|https?://\S+|www\.\S+", re.IGNORECASE)
_COPYRIGHT = re.compile(
    r"©|\(c\)\s*\d{4}|все права защищены|свидетельство о регистрации|"
    r"зарегистрирован[оа]?\s+(?:в\s+)?(?:роскомнадзор|федеральн)|"
    r"^\s*\d{1,2}\+\s*$|при (?:полном или частичном )?(?:использовании|копировании)",
    re.IGNORECASE,
)
# a masthead's roles: footer in a short line ("Учредитель АО «Татмедиа»"), not in a sentence
# about a founder or an editor ("вручит медаль с портретом учредителя премии")
_MASTHEAD = re.compile(r"учредител|главный редактор", re.IGNORECASE)
MASTHEAD_WORDS = 12
_COUNTER = re.compile(r"^\s*[\w ]{3,30}:\s*\d[\d\s]*$")
# calls to follow the site: boilerplate even when punctuated like a sentence
_SHARE = re.compile(
    r"^\W*(?:подписывайтесь|подпишитесь|следите|читайте|смотрите|присоединяйтесь|"
    r"поделиться|поделитесь)\b.{0,120}(?:telegram|телеграм|вконтакте|\bvk\b|одноклассник|"
    r"дзен|rutube|youtube|whatsapp|max\b|канал|соцсет|социальных\s+сет|нас\b)",
    re.IGNORECASE,
)
_SOCIAL = guarded_pattern(
    r"telegram|телеграм|вконтакте|\bvk\b|одноклассник|\bдзен\b|rutube|youtube|whatsapp",
    "tтвvодryw")
# "Категория новости:Социальная ...": a label of words glued to its value ("Около 8:00" is not)
_LABEL_LINE = re.compile(r"^\s*[А-ЯЁA-Z][А-Яа-яЁёA-Za-z ]{2,30}:[^\s\d]")
# far152: the header may follow a picture mark or an arrow ("▶ Смотрите также:", "📌 Читайте
# также"; not a dash, which opens an interview's answer), and a site's block of its most
# read pages is one ("Самое читаемое:")
_LIST_HEADER = re.compile(
    r"^\s*(?:[^\w\s«\"„(\[‐‑‒–—―−-]{1,3}\s*)?"
    r"(?:читайте\s+также|смотрите\s+также|см\.\s+также|новости\s+по\s+теме|"
    # pub58: the same header with its words the other way round ("Также читайте:")
    r"также\s+(?:читайте|смотрите)|"
    r"(?:другие|похожие|последние|все|главные|популярные)\s+новости|новости\s+раздела|"
    # reg45: "Другие сюжеты:", "Ещё по теме", "Новости других регионов"
    r"(?:другие|похожие)\s+(?:сюжеты|материалы|статьи|публикации)|"
    r"(?:ещё|еще)\s+(?:новости|по\s+теме)|новости\s+других\s+регионов|"
    r"(?:материалы|статьи|публикации)\s+по\s+теме|по\s+теме|архив|популярное|"
    r"самое\s+(?:читаемое|популярное|обсуждаемое|просматриваемое)|"
    r"лента\s+новостей|рекомендуем)\b",
    re.IGNORECASE,
)
# a site header's weather or currency widget: the date beside it is the crawl day (the
# currencies: ``lexicon.CURRENCY_CODES``, ``CURRENCY_SIGNS``)
_WIDGET = guarded_pattern(r"\d\s*°|\bпогода\b|\b(?:" + "|".join(CURRENCY_CODES) + r")\b"
                          r"|[" + "".join(CURRENCY_SIGNS) + r"]|"
                          r"\bкурс[ыа]?\s+(?:валют|доллар|евро|цб)",
                          "п" + "".join(c[0] for c in CURRENCY_CODES) + "к"
                          + "".join(CURRENCY_SIGNS), digit=True)
_WEEKDAY_ABBR = re.compile(r"^(?:пн|вт|ср|чт|пт|сб|вс|mo|tu|we|th|fr|sa|su)$", re.IGNORECASE)
# date46: a media player's label between a lead and the body ("Видео: 2:14", "Фото (12)")
_MEDIA_LABEL = re.compile(r"^\s*(?:видео|фото|аудио|фотогалерея|видеосюжет|галерея)\s*"
                          r"(?::\s*[\d:.\s]*|\(\d+\))?\s*$", re.IGNORECASE)

REPEAT_MIN = 60  # a repeated paragraph at least this long is masked

# region67: an item of a list by its mark: a bullet, a number ("1.", "2)", "3️⃣") or a day
# with a dash ("18 марта — День ..."), then a capital letter (a quote before it); a fact
# box's figures ("— 3 100 участников", "• 40 часов — курс ...") are no titles.
# shape91: a day in figures opening the line, maybe with its time ("11.03.2025 Отделение
# ... провело ...", "04.02.2024, 10:15 В районе ..."), marks a teaser of another day's page
# reg45: a middle dot is a bullet too ("· В Угличе прошли чтения"), and a weekday's
# abbreviation with a dash opens a calendar's day ("Пн — Память святителя ...")
_ITEM_MARK = re.compile(
    rf"^\s*(?:[•▸►▪‣◦∙·*](?=\s)|[-–—](?=\s)|\d{{1,2}}[.)](?=\s)|\d\ufe0f?\u20e3"
    rf"|\d{{1,2}}\s+{MONTH_GEN}\s+[-–—]|(?i:пн|вт|ср|чт|пт|сб|вс)\s+[-–—]"
    rf"|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}(?:,?\s+{_TIME})?(?=\s))\s*[«\"„]?[А-ЯЁA-Z]")
# a title's end: no full stop, semicolon, comma or colon (a question mark may end one)
_CLAUSE_END = re.compile(r"[.!…;:,][\"»”)'\s]*$")
LIST_HEADER_WORDS = 4  # a list's header by its shape: a few words ("Новости партнёров")
LIST_HEADER_LEN = 40
LIST_ITEMS_MIN = 2  # marked title lines under such a header that make it a list
LIST_ITEM_LEN = 200
# region67: a row of menu items between bars or dots ("Главная | Севастополь | Крым |
# Афиша"): three or more items of one to three words each
_MENU_SEPARATOR = re.compile(r"\s[|•·]\s|\|")
_MENU_ITEM = re.compile(r"^[^\W\d_]+(?:[\s-]+[^\W\d_]+){0,2}$|^\d{1,2}\+$")
MENU_ITEMS_MIN = 3
# reg46: a row of links to other pages may open with a label and a colon ("Филиалы фонда:
# Тамбов и Тамбовская область | Республика Марий Эл | ..."), an item may join two names by
# "и", and a closing ellipsis is the row's link to the rest
_MENU_LABEL = re.compile(r"^[^\W\d_][^:|\d]{2,60}:\s+(?=[^\W\d_])")
_MENU_PAIR = re.compile(r"^[^\W\d_]+(?:[\s-]+[^\W\d_]+)?\s+и\s+[^\W\d_]+(?:[\s-]+[^\W\d_]+)?$")
LINK_ROW_ITEMS_MIN = 4
_MENU_MORE = re.compile(r"^(?:\.{3}|…)$")
# region67: an advertisement's label opening a line ("Реклама: Туры ...", "📣 Реклама. ООО ...")
_ADVERT = re.compile(r"^\W*(?:реклама|на\s+правах\s+рекламы)\s*[:.,]", re.IGNORECASE)


@lru_cache(maxsize=4096)  # every rule asks again for the same line; callers only read
def _features(line: str) -> dict[str, float]:
    s = line.strip()
    chars = "".join(s.split())  # the non-space characters
    return {
        "len": len(s),
        "words": len(_WORD.findall(s)),
        "letters": sum(map(str.isalpha, chars)) / len(chars) if chars else 0.0,
        "digits": sum(map(str.isdigit, chars)) / len(chars) if chars else 0.0,
    }


def _is_content(line: str) -> bool:
    """Prose: long enough, mostly letters, with sentence punctuation."""
    f = _features(line)
    if f["len"] < 60 or f["words"] < 8 or f["letters"] < 0.6:
        return False
    if _hard_boilerplate(line):
        return False
    s = line.strip()
    return bool(_SENT_END.search(s) or _SENT_BREAK.search(s)) or (
        f["len"] >= 200 and f["words"] >= 25)


def _is_calendar(line: str) -> bool:
    toks = line.split()
    if len(toks) >= 5 and all(_WEEKDAY_ABBR.match(t) for t in toks):
        return True
    return len(toks) >= 3 and all(t.isdigit() and 1 <= int(t) <= 31 for t in toks)


def _hard_boilerplate(line: str) -> bool:
    """Lines that are boilerplate wherever they stand."""
    return _hard_reason(line) is not None


def _hard_reason(line: str) -> str | None:
    """Which rule makes the line boilerplate wherever it stands (None: none does)."""
    s = line.strip()
    if not s:
        return None
    f = _features(s)
    if _is_calendar(s):
        return "calendar"
    if _COUNTER.match(s) and f["len"] < 50:
        return "counter"
    if f["len"] < 200 and (_COPYRIGHT.search(s) or _MASTHEAD.search(s)
                           and f["words"] < MASTHEAD_WORDS):
        return "copyright"
    if f["len"] < 200 and _EMAIL_URL.search(s) and f["words"] < 12:
        return "email/url"
    if f["len"] < 150 and (_POSTAL.search(s) or (_PHONE.search(s) and f["words"] < 8)):
        return "postal/phone"
    if f["len"] < 250 and _SHARE.search(s):
        return "share"
    if (f["len"] < 100 and _SOCIAL.search(s) and not _SENT_END.search(s)
            and not (s.endswith(":") and f["words"] >= 4)):
        return "social"
    if f["len"] < 200 and _GLUED_TIME.match(s) and not _SENT_END.search(s):
        return "glued time"
    if f["len"] < 200 and _GLUED_DATE.search(s):
        return "glued date"
    if f["len"] < 200 and _LABEL_LINE.match(s):
        return "label line"
    if f["len"] < TAG_LINE_MAX and tag_line(s):
        return "tag line"
    if f["len"] < 200 and _LIST_HEADER.match(s) and f["words"] <= 5:
        return "list header"
    if f["len"] < 250 and _inline_teaser(s):
        return "teaser"
    if f["len"] < 250 and _ADVERT.match(s):
        return "advert"
    if widget_row(s):
        return "widget row"
    # a line of single letters/symbols: "A A A", "Ц Ц Ц Ц Ц"
    toks = s.split()
    if len(toks) >= 2 and all(len(t) <= 2 for t in toks) and f["digits"] == 0:
        return "letters"
    return None


# pages66: a tag line, a label of ``TAG_LABELS`` and its colon, then the keywords
_TAG_LABEL = re.compile(r"^\W{0,3}(?:" + "|".join(TAG_LABELS) + r")\s*:\s*(?=\S)",
                        re.IGNORECASE)
_TAG_SEPARATOR = re.compile(r"\s*[,;|·•]\s*|\s+(?=#)")
TAG_LINE_MAX = 300  # a tag line is short
TAG_WORDS = 4  # a keyword has at most this many words ("Всероссийское общество инвалидов")
TAG_LONE_WORDS = 2  # fixpages66: a lone item of more words may be a clause
# fixpages66: a clause's verb in a lone item of keywords, a lower-case past form or "будет"
# ("договорились", "подписала"); a name's capitals are no verb ("Роструд")
_CLAUSE_VERB = re.compile(r"(?<![\w-])(?:[а-яё]{2,}л(?:[аои]|ся|ась|ось|ись)?|буд(?:ет|ут))"
                          r"(?![\w-])")


def tag_line(line: str) -> bool:
    """pages66: a page's tag line, a label of ``TAG_LABELS`` and a list of keywords of at
    most TAG_WORDS words each, between commas, bars or dots, or hashtags, no sentence among
    them: "Теги: инклюзия, ВОИ, Энск, Эмск", "Метки: #семья #Энск". Its places are the
    site's index of subjects, not places of the news, wherever the line stands (under the
    body, or above a comment section the body's last line would reach). Not a sentence
    after a label ("Ключевые слова: договорились о главном и подписали соглашение."), nor
    fixpages66: with no end mark, a lone item, no list, of more than TAG_LONE_WORDS words
    with a clause's verb (``_CLAUSE_VERB``: "Ключевые слова: договорились о главном"); a
    list of names with spaces alone passes ("Теги: Омская область Минтруд ОСФР")."""
    m = _TAG_LABEL.match(line.strip())
    if m is None:
        return False
    rest = line.strip()[m.end():]
    if rest[-1:] in ".!?":
        return False  # a sentence after a label
    items = [it for it in _TAG_SEPARATOR.split(rest) if it.strip()]
    if len(items) == 1 and len(_WORD.findall(items[0])) > TAG_LONE_WORDS \
            and _CLAUSE_VERB.search(items[0]):
        return False  # fixpages66: one clause after a label, no list
    return bool(items) and all(len(_WORD.findall(it)) <= TAG_WORDS for it in items)


_AFTER_HEADER = re.compile(r"\s*[:—–-]\s*\S")


def _inline_teaser(line: str) -> bool:
    """region67: a list's header and other news's headline on one line, wherever it stands
    (an aggregator puts them between the article's paragraphs): "Читайте также: В Омске
    открыли центр дневного пребывания", "Смотрите также — Морозы вернутся в Кузбасс". The
    headline ends without a full stop (a question mark may end it); "Рекомендуем: подать
    заявление заранее." is advice in a sentence."""
    m = _LIST_HEADER.match(line)
    return (m is not None and _AFTER_HEADER.match(line, m.end()) is not None
            and not _CLAUSE_END.search(line))


def is_menu_row(line: str) -> bool:
    """region67: a site's menu written in one row (read by regions: its places are sections
    of the site, not the article's news): three or more items of one to three
    words between bars or dots, one odd item allowed ("Главная | Севастополь | Крым |
    Происшествия | Ещё ▾"). No headline or dateline: "Опубликовано: 15.03.2022 | Рубрика:
    Социум" has a label's colon and digits in its items."""
    items = [it.strip() for it in _MENU_SEPARATOR.split(line) if it.strip()]
    if len(items) < MENU_ITEMS_MIN:
        return False
    odd = sum(_MENU_ITEM.match(it) is None for it in items)
    if odd <= 1 and odd < len(items) - MENU_ITEMS_MIN + 1:
        return True
    return _link_row(items)


def _link_row(items: list[str]) -> bool:
    """reg46: a row of links to other pages of the site, its first item after a label and a
    colon, four or more items of one to three words or of two names of one or two words
    joined by "и", maybe closed by an ellipsis: "Наши филиалы: Тамбов и Тамбовская
    область | Республика Марий Эл | Пермский край | Алтайский край | ..." names no place
    of the news. Every item must have that shape: a headline or a dateline split by bars
    has longer items, digits or a verb's clause."""
    label = _MENU_LABEL.match(items[0])
    if label is None:
        return False
    items = [items[0][label.end():], *items[1:]]
    if _MENU_MORE.match(items[-1]):
        items = items[:-1]
    return len(items) >= LINK_ROW_ITEMS_MIN and all(
        _MENU_ITEM.match(it) is not None or _MENU_PAIR.match(it) is not None for it in items)


def is_advert(line: str) -> bool:
    """region67: an advertisement by its label ("Реклама: Туры в ... — скидки до 20%!"):
    it tells no news of the page, whatever places it names."""
    return _ADVERT.match(line.strip()) is not None


def _is_tiny(line: str) -> bool:
    """A short menu-like line: few words, no sentence punctuation."""
    f = _features(line)
    return 0 < f["len"] <= 40 and f["words"] <= 4 and not _SENT_END.search(line.strip())


def _is_title(line: str) -> bool:
    f = _features(line)
    return (f["len"] >= 15 and f["words"] >= 3 and f["letters"] >= 0.6
            and not _hard_boilerplate(line) and not _ENDS_DATE_TIME.search(line.strip())
            and not _is_widget(line))


WIDGET_MAX = 40  # a widget's line is short: a headline about prices or weather is longer


def _is_widget(line: str) -> bool:
    """A site header's weather or currency widget showing a value ("Курс ЦБ: USD 92,10",
    "Томск +18 °C"): no headline, whatever its words."""
    s = line.strip()
    return len(s) <= WIDGET_MAX and _ANY_DIGIT.search(s) is not None \
        and _WIDGET.search(s) is not None


_ANY_DIGIT = re.compile(r"\d")
_CELL_BAR = re.compile(r"[^\S\n]+\|[^\S\n]+")
WIDGET_ROW_CELLS = 2  # cells between bars that make a row of widgets


def widget_row(line: str) -> bool:
    """region61: a site header's row of widgets between bars, each cell a weather or
    currency widget (_is_widget): "Погода: Энск −2 °C | Зетск −3 °C | Курс ЦБ: USD 90,93".
    The towns of a weather row are the site's forecast, not the article's places; a row
    longer than one widget escapes _is_widget's length. A cell that is no widget ("Главная |
    Новости") keeps the row to the menu rules."""
    cells = [c for c in _CELL_BAR.split(line.strip()) if c.strip()]
    return len(cells) >= WIDGET_ROW_CELLS and all(_is_widget(c) for c in cells)


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _keep_flags(text: str) -> tuple[list[tuple[int, int]], list[bool]]:
    spans, why = _classify(text)
    return spans, [w is None and text[s:e].strip() != "" for (s, e), w in zip(spans, why,
                                                                              strict=True)]


def mask_reasons(text: str) -> list[tuple[int, int, str | None]]:
    """Per line: (start, end, the rule that masked it, or None if kept or blank).

    For measuring what each rule masks (benchmarks/eval_masking.py)."""
    if not text:
        return []
    spans, why = _classify(text)
    return [(s, e, w) for (s, e), w in zip(spans, why, strict=True)]


def _classify(text: str) -> tuple[list[tuple[int, int]], list[str | None]]:
    """Line spans and, per line, the name of the rule that masks it (None: kept or blank).

    Lines are logical: a PDF's wrapped paragraph is one line (extract.unwrap.join_wraps)."""
    text = join_wraps(text)
    spans = _line_spans(text)
    lines = [text[s:e] for s, e in spans]
    n = len(lines)
    blank = [not ln.strip() for ln in lines]
    why: list[str | None] = [None if blank[i] else _hard_reason(ln)
                             for i, ln in enumerate(lines)]
    hard = [w is not None for w in why]
    content = [_is_content(ln) and not hard[i] for i, ln in enumerate(lines)]
    pub = [not blank[i] and date_line(ln) is not None
           and (not beside_widget(lines, i) or heads_article(lines, i))
           for i, ln in enumerate(lines)]

    def drop(i: int, rule: str) -> None:
        if why[i] is None and not blank[i]:
            why[i] = rule

    idx = _body_lines(lines, blank, content)
    head_zone: set[int] = set()
    captions: set[int] = set()
    first, last = 0, -1
    if idx:
        # the body starts at a well-supported content line (or the lead sentences right above
        # it) and ends at the last content line
        first, last = _lead_start(lines, blank, pub, idx[0]), max(i for i in range(n) if content[i])
        head_zone, captions = _headline_zone(lines, blank, pub, first)
        for i in range(first):
            if i not in head_zone:
                drop(i, "before headline zone")
        # tail: sentence-like lines glued to the body survive, the rest goes
        glued = cap_glued = True  # cap_glued: a caption still belongs (maybe after a credit)
        end = max((j for j in range(n) if not blank[j]), default=-1)  # sigD: the last line
        for i in range(last + 1, n):
            if blank[i]:
                continue
            s = lines[i].strip()
            sentence = (glued and not hard[i] and not pub[i] and _features(s)["words"] >= 3
                        and (_SENT_END.search(s) is not None or s.endswith(":")
                             or _list_clause(s)))  # fixseries59: a list's item ending in ";"
            sign_off = i == end and not hard[i] and s.lower().startswith(SIGN_OFF_OPENERS)
            caption = cap_glued and not hard[i] and _tail_caption(s)
            if not sentence and not sign_off and not caption:  # sigD: "Ваш губернатор X" stays
                drop(i, "after body")
            cap_glued = (glued and sentence) or caption or (cap_glued and _photo_credit(s))
            glued = glued and sentence
    # runs of lines ending in a date/time (lists of other headlines) and of tiny menu lines
    _mask_runs(lines, lambda i: drop(i, "date/time run"),
               lambda ln: bool(_ENDS_DATE_TIME.search(ln.strip())), 2)
    # (inside the body such runs are lists of the article, e.g. names ending with ":")
    body = range(first, last + 1)
    _mask_runs(lines, lambda i: drop(i, "tiny run"),
               lambda ln: _is_tiny(ln) and not date_line(ln), 3, skip=set(body) | captions)
    # after a list header ("Читайте также"), the non-prose lines that follow are the list
    for i in range(n):
        if not blank[i] and _LIST_HEADER.match(lines[i]) and _features(lines[i])["words"] <= 5:
            j = i + 1
            while j < n and (blank[j] or not content[j] or _listed_headline(lines[j])):
                drop(j, "after list header")
                j += 1
    # region67: a short header over marked title lines, below the article's start
    for i in _headline_lists(lines, blank, first if idx else 0):
        drop(i, "headline list")
    # a form's fields whose value is a sentence or a name are content wherever they stand
    for i in _form_fields(lines, blank, hard):
        if why[i] in _POSITIONAL:
            why[i] = None
    # an act's signature block (a post, then initials and surname after a wide gap) is
    # content wherever it stands
    for i in _signature_block(lines, blank, hard):
        if why[i] in _POSITIONAL:
            why[i] = None
    # the publication line: one survives
    cands = [i for i in range(n) if pub[i]]
    chosen = next((i for i in cands if i in head_zone), None)
    if chosen is None:
        chosen = next((i for i in cands if is_labelled(lines[i])), None)
    if chosen is None:
        chosen = next((i for i in cands if not _in_list(lines, blank, i)), None)
    for i in cands:
        if i == chosen:
            why[i] = None
        else:
            drop(i, "other publication line")
    # verbatim repeats of an earlier kept paragraph
    seen: set[str] = set()
    for i in range(n):
        if why[i] is not None or blank[i]:
            continue
        key = " ".join(lines[i].split())
        if len(key) >= REPEAT_MIN:
            if key in seen:
                drop(i, "repeat")
            seen.add(key)
    return spans, why


# "На фото (слева направо): министр ... Андрей Гостев и ректор НГПУ Игорь Мещеряков", "На
# снимке: ...", "Фото 2. Министр ... подписывают соглашение": a labelled photo caption
# sig43: a channel's caption may open with a pictograph ("📸 На фото: ...")
_TAIL_CAPTION = re.compile(r"^(?:[\u2190-\u2bff\U0001f000-\U0001faff][\ufe0f\u200d]*[^\S\n]*)?"
                           r"(?:На[^\S\n]+(?:фото|снимке|фотографии)\b[^:\n]{0,30}:"
                           r"|Фото[^\S\n]*\d{1,2}[.:)])[^\S\n]*\S", re.IGNORECASE)
# "Фото: пресс-служба министерства ...", "Фото: Иван Сомов / «Алтай Регион»": a credit line
_PHOTO_CREDIT = re.compile(r"^(?:Фото|Фотографии|Фото и видео)[^\S\n]*:[^\S\n]*\S",
                           re.IGNORECASE)
TAIL_CAPTION_WORDS = 4  # a caption that names people or an event, not "На фото: Иванов"


def _tail_caption(line: str) -> bool:
    """A labelled photo caption right under the article (after its last sentence, maybe
    after the photo's credit line) is the article's: "Фото: пресс-служба министерства / На
    фото (слева направо): министр ... Андрей Гостев и ректор НГПУ Игорь Мещеряков" keeps
    the caption (it often is where the signers are named) while the credit stays masked."""
    return bool(_TAIL_CAPTION.match(line)) and _features(line)["words"] >= TAIL_CAPTION_WORDS


def _photo_credit(line: str) -> bool:
    """A photo's credit line ("Фото: пресс-служба правительства края") under the article:
    masked itself, it does not cut the caption under it off the article."""
    return bool(_PHOTO_CREDIT.match(line)) and len(line) <= 120


def _list_header_shape(line: str) -> bool:
    """A list's header by its shape: a line of one to four words, mostly letters, with no
    punctuation at its end ("Новости партнёров", "Самое читаемое", "КАЛЕНДАРЬ НЕДЕЛИ"). A
    header ending with a colon ("Коротко:", "Соглашение подписали:") opens the article's
    own list."""
    s = line.strip()
    f = _features(s)
    return (1 <= f["words"] <= LIST_HEADER_WORDS and f["len"] <= LIST_HEADER_LEN
            and f["letters"] >= 0.6 and not _CLAUSE_END.search(s) and not s.endswith("?")
            and _ITEM_MARK.match(s) is None and date_line(s) is None)


def _title_item(line: str) -> bool:
    """A marked line that reads as a title, not as a clause of the article's list: a bullet,
    number or day, then a capital, and no full stop, semicolon, comma or colon at its end
    ("▸ Хабаровский край: ветераны СВО получат путёвки", "18 марта — День воссоединения
    Крыма с Россией"; not "• о назначенных пенсиях;")."""
    s = line.strip()
    return (len(s) <= LIST_ITEM_LEN and _ITEM_MARK.match(s) is not None
            and not _CLAUSE_END.search(quoted_end_dropped(s)))


# region61: a quoted name closing a line, its opening quote after a word of the line
_QUOTED_END = re.compile(r"(?<=\w)[^\S\n]+«[^«»\n]*»$")


def quoted_end_dropped(line: str) -> str:
    """region61: a line without the quoted name that closes it: the name's own "!" or "?"
    ends no sentence of the line. "• Профсоюзы провели акцию «За достойный труд!»" is a
    headline whose last sign belongs to the action's name; "Министр сказал: «Мы поможем.»"
    keeps its colon before the quote, and a line that is all quote stays whole."""
    s = line.rstrip()
    return _QUOTED_END.sub("", s) if s.endswith("»") else s


def _headline_lists(lines: list[str], blank: list[bool], start: int) -> list[int]:
    """region67: lists of other news by their shape: a short header (_list_header_shape)
    and right under it two or more marked title lines (_title_item), anywhere below the
    first line of the article. "Новости партнёров / • В Новосибирской области выросло число
    получателей ... / • Томские медики получат служебное жильё ...", "Самое читаемое / 1. Во
    Владивостоке закроют ... / 2. Кому в Приморье положена ...", a district paper's
    "КАЛЕНДАРЬ НЕДЕЛИ / 18 марта — День воссоединения Крыма с Россией / ...": teasers of
    other pages and days of a calendar, none of them the article's news. Returns the
    header's and the items' lines."""
    out: list[int] = []
    n = len(lines)
    for i in range(start + 1, n):
        if blank[i] or not (_list_header_shape(lines[i]) or _furniture_header(lines, blank, i)):
            continue
        items: list[int] = []
        j = i + 1
        while j < n and (blank[j] or _title_item(lines[j])):
            if not blank[j]:
                items.append(j)
            j += 1
        if len(items) >= LIST_ITEMS_MIN:
            out += [i, *items]
    return out


def _furniture_header(lines: list[str], blank: list[bool], i: int) -> bool:
    """region61: a short header ending in a colon right under the page's furniture (a share
    row, a tag line: _hard_boilerplate) opens the site's list, not the article's: "Теги: …" /
    "Поделиться: ВК ОК" / "Главное за сутки:" / "• Энская область подписала …". Under the
    article's prose such a header ("Соглашение подписали:") opens the article's own list, so
    _list_header_shape refuses the colon."""
    s = lines[i].strip()
    if not s.endswith(":") or not _list_header_shape(s[:-1]):
        return False
    j = i - 1
    while j >= 0 and blank[j]:
        j -= 1
    return j >= 0 and _hard_boilerplate(lines[j])


def _listed_headline(line: str) -> bool:
    """region62: a line under a list header ("Новости по теме") that ends without a
    sentence's punctuation is a headline of the list even when it looks like prose inside:
    "В БГПУ им. М. Акмуллы прошла олимпиада среди школьников Татарстана и Башкортостана"
    (an initial's dot reads as a sentence break) names no region of the article."""
    s = quoted_end_dropped(line.strip())
    return not _SENT_END.search(s) and not s.endswith(":")


# rules that mask a line for where it stands, not for what it is
_POSITIONAL = frozenset({"before headline zone", "after body", "tiny run", "date/time run"})
# "Заказчик: Отделение ...", "Ответственное должностное лицо: Кузнецова Мария Андреевна,
# главный специалист": a field label of a few words (a capital first), a colon, a value
_FIELD = re.compile(r"^[^\S\n]*[А-ЯЁA-Z][\w\-]*(?:[^\S\n]+\(?[\w\-]+\)?){0,7}[^\S\n]*:"
                    r"[^\S\n]+(?P<value>\S.*)$")
# a row of links or tags: items between bars or dots ("Проект.docx | Описание.docx")
_LINK_ROW = re.compile(r"[|•·]|[^\S\n]/[^\S\n]|\.(?:docx?|xlsx?|pdf|rtf|zip)\b", re.IGNORECASE)
FORM_FIELDS_MIN = 3  # field lines with a content value that make a page a form
FIELD_VALUE_WORDS = 3  # a value of this many words is a sentence or a name, not a link


def _field_value(line: str) -> bool:
    """Is the line a form field whose value is content: a sentence or a name of three words
    or more, not a row of links or a list of short tags ("Теги: пенсии, льготы, СВО")?
    "Место поставки: Пермский край, по месту жительства получателей" is one; an address
    told in short comma items only ("город Пенза, улица Мира") reads as tags and stays
    masked."""
    m = _FIELD.match(line)
    if m is None or _LINK_ROW.search(m["value"]):
        return False
    words = _WORD.findall(m["value"])
    if len(words) < FIELD_VALUE_WORDS or _features(m["value"])["letters"] < 0.6:
        return False
    items = [it for it in m["value"].split(",") if it.strip()]
    return not (len(items) >= 2 and all(len(_WORD.findall(it)) <= 2 for it in items))


def _form_fields(lines: list[str], blank: list[bool], hard: list[bool]) -> list[int]:
    """The content fields of a form-like page (a notice, a card of a document): a block of
    "Field: value" lines (blank lines between them allowed) where three or more carry a
    sentence or a name is the page's content, wherever it stands; a lone "Фото: ..." or two
    "Фоторепортаж: ..." items of a list on a news page stay menu.

    "Заказчик: Отделение Фонда ... по Пермскому краю" / "Ответственное должностное лицо:
    Кузнецова Мария Андреевна, главный специалист" / "Срок: до 30.06.2025" / "Место
    поставки: Пермский край, ..." (the short "Срок" row is part of the block, not kept)."""
    out: list[int] = []
    block: list[int] = []
    for i, ln in enumerate(lines + [""]):
        if i < len(lines) and blank[i]:
            continue
        if i < len(lines) and ":" in ln and _FIELD.match(ln) and not _LIST_HEADER.match(ln):
            if not hard[i] and _field_value(ln):
                block.append(i)
            continue
        if len(block) >= FORM_FIELDS_MIN:
            out += block
        block = []
    return out


# "Правительства Челябинской области          А.Л. Текслер": the last line of a legal act's
# signature block, the post's end, a wide gap (or a tab), then initials and a surname
# (either order)
_SIGNATURE_LINE = re.compile(
    r"^[^\S\n]*[А-ЯЁA-Z][^\n]*?\S(?:[^\S\n]{4,}|\t+)"
    r"(?:[А-ЯЁ]\.[^\S\n]?[А-ЯЁ]\.[^\S\n]?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
    r"|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?[^\S\n][А-ЯЁ]\.[^\S\n]?[А-ЯЁ]\.)[^\S\n]*$")
SIGNATURE_POST_LINES = 2  # lines of the post above the one with the name
SIGNATURE_LINE_MAX = 60  # a post's line is short; a longer one is prose or a menu


def _signature_block(lines: list[str], blank: list[bool], hard: list[bool]) -> list[int]:
    """The lines of a legal act's signature block: a line ending, after a wide gap, with
    initials and a surname, and up to two short lines right above it that begin the post
    ("Председатель" / "Правительства Челябинской области      А.Л. Текслер"). A name line
    alone needs a post before the gap; a menu, a sentence or a blank line above ends it."""
    out: list[int] = []
    for i, ln in enumerate(lines):
        if blank[i] or hard[i] or not _SIGNATURE_LINE.match(ln):
            continue
        block = [i]
        j = i - 1
        while j >= 0 and len(block) <= SIGNATURE_POST_LINES and not blank[j] and not hard[j]:
            above = lines[j].strip()
            if len(above) > SIGNATURE_LINE_MAX or _SENT_END.search(above) or \
                    _LINK_ROW.search(above) or ":" in above or not above[:1].isupper():
                break
            block.append(j)
            j -= 1
        out += block
    return out


def _is_sentence(line: str) -> bool:
    """A prose sentence, even a short one: three words or more ending with . ! ? … or with the
    colon that introduces a quote or a list ("81-летний актёр сообщил:")."""
    f = _features(line)
    s = line.strip()
    return (f["words"] >= 3 and f["letters"] >= 0.6
            and (_SENT_END.search(s) is not None or s.endswith(":"))
            and not _hard_boilerplate(line) and date_line(line) is None)


def _is_prose(line: str) -> bool:
    """A long run of mostly lower-case words, even without a final stop (a quoted decree):
    menus and headline lists are short or capitalised."""
    words = _WORD.findall(line)
    if len(words) < 12 or _features(line)["letters"] < 0.6 or _hard_boilerplate(line):
        return False
    return sum(w[0].islower() for w in words) >= 0.5 * len(words)


def _lead_start(lines: list[str], blank: list[bool], pub: list[bool], first: int) -> int:
    """The body starts at the first of the prose sentences right above its first strong line.

    A news lead is often short lines ("Ранее СМИ сообщали о погибшем «туристе из России».")
    above the first long paragraph; they are the article, not its header. A media player's
    label between them ("Видео: 2:14") is stepped over (date46: the lead "Об этом говорится
    в соглашении, которое подписали в прошлый четверг" above it dates the signing)."""
    i = start = first
    while i > 0:
        i -= 1
        if blank[i] or _MEDIA_LABEL.match(lines[i]):
            continue
        lead = _lead_of_items(lines, blank, i)
        if lead is not None:  # lists67: the items and their lead are the body's
            i = start = lead
            continue
        line = _without_end_pictographs(lines[i])
        if pub[i] or not (_is_sentence(line) or _is_prose(line) or _list_clause(line)):
            break
        start = i
    return start


# lists67: a line opening with a list's mark, a pictograph's variation selector after it
# allowed ("▪️ Фонд «Опора»", "• Департамент ...", "1) ...")
_MARKED_LINE = re.compile(r"\s*(?:[•▸►▪‣◦∙·*\-–—]|\d{1,2}[.)]|"
                          r"[\u25a0-\u25ff\u2600-\u27bf\U0001f300-\U0001faff])\ufe0f?\s+\S")


def _lead_of_items(lines: list[str], blank: list[bool], i: int) -> int | None:
    """lists67: the index of the lead over the marked lines that line ``i`` closes, when
    the lead is a sentence ending in a colon (``_is_sentence``): "Стороны соглашения:" over
    "▪️ Министерство ...", "▪️ ООО «Заря»" — names with no stop of their own, the body's
    list as its lead is, not titles of a headline zone. A lead too short for a sentence
    ("Стороны:") is one under a line of prose ending with a stop ("Соглашение подписано
    сегодня."). The run is line ``i`` and the marked lines right above it, blank lines
    allowed; None when line ``i`` is no marked line or the run stands under no such lead
    (a menu's or a teaser list's items: "Читайте также:" under a headline)."""
    if _MARKED_LINE.match(lines[i]) is None:
        return None
    n = i - 1
    while n >= 0 and (blank[n] or _MARKED_LINE.match(lines[n]) is not None):
        n -= 1
    if n < 0 or not lines[n].rstrip().endswith(":") or _hard_boilerplate(lines[n]):
        return None
    if _is_sentence(lines[n]):
        return n
    above = next((m for m in range(n - 1, -1, -1) if not blank[m]), None)
    return n if above is not None and _is_sentence(_without_end_pictographs(lines[above])) \
        and _SENT_END.search(lines[above].rstrip()) is not None else None


def _without_end_pictographs(line: str) -> str:
    """sig46: the line without the pictographs a channel's post ends a sentence with ("Что
    это даст? 👇" → "Что это даст?"): symbols, variation selectors and joiners at its end."""
    end = len(line.rstrip())
    while end and (unicodedata.category(line[end - 1]) in {"So", "Sk", "Mn", "Cf"} or
                   line[end - 1].isspace()):
        end -= 1
    return line[:end] if end else line


def _list_clause(line: str) -> bool:
    """sig46: a list item of the body's prose, a clause ending in a semicolon ("✅ с АО
    «Исток» — со стороны общества документ подписал директор Иван Котов;"): four words or
    more, mostly letters. A lead ending in a colon above such items is the body's start,
    not a line over its headline zone. fixseries59: such an item glued under the body's
    last long line is the body's too, as a sentence there is ("… подписало два соглашения.
    Коротко — с кем:" then "1) с фондом «Опора» — о помощи семьям;", "2) …")."""
    f = _features(line)
    return line.rstrip().endswith(";") and f["words"] >= 4 and f["letters"] >= 0.6 and \
        not _hard_boilerplate(line) and date_line(line) is None


def _is_caption(line: str) -> bool:
    """A photo caption under a headline: a few words, mostly letters, no sentence end but a
    full stop ("Ирина Яровая", "Флаг ИГИЛ", "Уго Чавес.", "Дэвид Карп в 2009 году")."""
    f = _features(line)
    s = line.strip().removesuffix(".")
    return (1 <= f["words"] <= 6 and f["len"] <= 60 and f["letters"] >= 0.6
            and not _SENT_END.search(s) and not _hard_boilerplate(line))


CAPTIONS_MAX = 3  # caption lines allowed between a headline and the body


def _headline_zone(lines: list[str], blank: list[bool], pub: list[bool],
                   first: int) -> tuple[set[int], set[int]]:
    """Title-like lines and datelines right above the body (at most four), with up to three
    photo-caption lines between the lowest of them and the body.

    "Порошенко разрешил не возвращать долг России / Пётр Порошенко / Президент Украины ...":
    the caption does not cut the headline off. Only under a headline that opens the text: under
    a site name ("Минтруд Энской области / Новости / body") a short line is a menu item.
    date76: a page stamp right above the body whose views counter writes its thousands apart
    (``dates.stamp_line``: "12 марта в Курске подписано соглашение ... / Опубликовано:
    13.03.2024 • Просмотров: 1 204 / body") is a dateline of the zone, so the headline over
    it is kept, and the zone ends with that headline (a menu row above it is no title); only
    when the body opens with a sentence (not with a headline of its own under the stamp).
    Returns the zone and its captions (which are no run of menu lines)."""
    zone: set[int] = set()
    captions: set[int] = set()
    pending: list[int] = []
    i, taken = first - 1, 0
    counted = False  # date76: the zone opened with a stamp read by ``stamp_line``
    while i >= 0 and taken < 4:
        if blank[i]:
            i -= 1
            continue
        stamp = not taken and not pending and not pub[i] and _is_sentence(lines[first]) \
            and stamp_line(lines[i]) is not None
        if pub[i] or _is_title(lines[i]) or stamp:
            zone.add(i)
            if not pub[i] and pending and _opens_text(lines, i):
                zone.update(pending)
                captions.update(pending)
            pending = []
            taken += 1
            if counted:
                break  # date76: the headline over that stamp, and no menu above it
            counted = stamp
        elif not taken and len(pending) < CAPTIONS_MAX and _is_caption(lines[i]):
            pending.append(i)
        else:
            break
        i -= 1
    return zone, captions


def _opens_text(lines: list[str], i: int) -> bool:
    """Does line i open the text (only blank or hard boilerplate lines above it)?"""
    return all(not ln.strip() or _hard_boilerplate(ln) for ln in lines[:i])


def beside_widget(lines: list[str], i: int) -> bool:
    """Is line i (a date) within two lines of a short weather or currency widget line?

    "29 ноября 2026 / Погода: -3 °C / USD 90,5" is a page header's today-date (the crawl
    day), not the article's date."""
    for j in range(max(0, i - 2), min(len(lines), i + 3)):
        if len(lines[j]) <= 80 and _WIDGET.search(lines[j]):
            return True
    return False


def heads_article(lines: list[str], i: int) -> bool:
    """Does the full date on line i stand on its own line right above the headline? Then it
    is the article's date even with a weather or currency widget on a line near it: the
    widget dates only its own line ("☁ Томск +18°" / "Четверг, 14 августа 2025" / headline).

    A site header's today-date has the header's menu or the widget between it and the
    headline ("29 ноября 2026" / "Погода: -3 °C" / "Главная" / headline), or the article's
    own date under the headline."""
    if _WIDGET.search(lines[i]):
        return False
    ref = date_line(lines[i])
    if ref is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", ref.value or ""):
        return False
    after = [ln for ln in lines[i + 1:i + 8] if ln.strip()][:_ARTICLE_HEAD_LINES]
    if (not after or not _is_title(after[0]) or _WIDGET.search(after[0])
            or _LINK_ROW.search(after[0])):  # a menu row ("Главная | Новости | Афиша")
        return False
    # a date line of the article's own under its headline dates it: the one above is the
    # crawl day ("Погода: +5 °C" / "29 ноября 2026" / headline / "14 сентября 2023")
    return not any(date_line(ln) is not None for ln in after)


_ARTICLE_HEAD_LINES = 3  # the headline and the lines under it where its own date may stand


def _body_lines(lines: list[str], blank: list[bool], content: list[bool]) -> list[int]:
    """Content lines that look like the body: long, or next to another content line.

    An isolated short sentence in a menu ("Версия для слабовидящих доступна ...") is not.
    """
    nonblank = [i for i in range(len(blank)) if not blank[i]]
    strong = []
    for k, i in enumerate(nonblank):
        if not content[i]:
            continue
        near = [nonblank[j] for j in (k - 1, k + 1) if 0 <= j < len(nonblank)]
        if len(lines[i].strip()) >= 150 or any(content[j] for j in near):
            strong.append(i)
    return strong or [i for i in range(len(blank)) if content[i]]


def _in_list(lines: list[str], blank: list[bool], i: int) -> bool:
    """Is line i next to a line that ends in a date/time (an item of a headline list)?"""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and blank[j]:
            j += step
        if 0 <= j < len(lines) and _ENDS_DATE_TIME.search(lines[j].strip()):
            return True
    return False


def _mask_runs(lines: list[str], drop: Callable[[int], None], pred: Callable[[str], bool],
               min_run: int, skip: set[int] | None = None) -> None:
    """Drop maximal runs (blank lines ignored) of >= min_run consecutive lines matching pred."""
    run: list[int] = []
    for i, ln in enumerate(lines):
        if not ln.strip():
            continue
        if pred(ln) and not (skip and i in skip):
            run.append(i)
            continue
        if len(run) >= min_run:
            for j in run:
                drop(j)
        run = []
    if len(run) >= min_run:
        for j in run:
            drop(j)


def content_blocks(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the kept lines, i.e. what the NLP should look at."""
    if not text:
        return []
    spans, keep = _keep_flags(text)
    return [(s, e) for (s, e), k in zip(spans, keep, strict=True) if k]


def mask_boilerplate(text: str) -> str:
    """``text`` with boilerplate characters replaced by spaces; same length, newlines kept."""
    if not text:
        return text
    spans, keep = _keep_flags(text)
    out = list(text)
    for (s, e), k in zip(spans, keep, strict=True):
        if not k:
            for p in range(s, e):
                if out[p] not in "\n":
                    out[p] = " "
    return "".join(out)
