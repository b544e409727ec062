"""Boilerplate masking: same length, menus/lists/contacts masked, the article kept."""

from __future__ import annotations

import glob
import json
import os

import pytest
from conftest import CORPUS as _CORPUS
from conftest import SHARED
from hypothesis import given, settings
from hypothesis import strategies as st

from soccoop.extract.boilerplate import content_blocks, mask_boilerplate

BODY = ("Министр труда области и глава городского департамента подписали соглашение о "
        "сотрудничестве в сфере социальной защиты. Документ рассчитан на три года.")
BODY2 = ("Стороны договорились обмениваться опытом, проводить совместные стажировки "
         "специалистов и консультации по вопросам социального обслуживания.")
TITLE = "Две области договорились о сотрудничестве в социальной сфере"


def kept(text: str) -> list[str]:
    return [ln.strip() for ln in mask_boilerplate(text).split("\n") if ln.strip()]


def doc(*lines: str) -> str:
    return "\n".join(lines)


@pytest.mark.parametrize("text", [
    "", "a", "\n\n\n", "12345678901234567890", "\x00\x01\x02\r\n\t", "Закрыть\nМеню",
    BODY * 50, "\u2028\u2029" + BODY, doc(TITLE, BODY, BODY, BODY),
])
def test_same_length_and_newlines(text: str) -> None:
    masked = mask_boilerplate(text)
    assert len(masked) == len(text)
    assert [i for i, c in enumerate(masked) if c == "\n"] == [
        i for i, c in enumerate(text) if c == "\n"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([TITLE, BODY, BODY2, "", "Меню", "Пн Вт Ср Чт Пт Сб Вс",
                                 "1 2 3 4 5 6 7", "Просмотров: 12", "18 апреля 2023",
                                 "Каток открыли12 декабря 20:00"]) | st.text(max_size=80),
                max_size=12))
def test_property_length_and_content(lines: list[str]) -> None:
    text = "\n".join(lines)
    masked = mask_boilerplate(text)
    assert len(masked) == len(text)
    for orig, new in zip(text, masked, strict=True):
        assert new == "\n" if orig == "\n" else new in (orig, " ")
    for s, e in content_blocks(text):
        assert masked[s:e] == text[s:e]


MASKED = [
    # (kind, boilerplate lines placed before/after a short article)
    ("menu", ["Главное меню", "Перейти к содержимому", "Поиск", "Войти"], []),
    ("accessibility", ["Режим для слабовидящих", "Шрифт", "Б Б Б", "Фон", "Обычный Крупный"],
     []),
    ("calendar", [], ["Календарь событий", "Пн Вт Ср Чт Пт Сб Вс", "1 2 3 4 5 6 7",
                      "8 9 10 11 12 13 14"]),
    ("headline list", [], ["Читайте также", "В парке высадили сто новых деревьев3 мая 14:10",
                           "Автобусы выйдут на новые маршруты3 мая 12:00"]),
    ("ticker", ["10:15Губернатор провёл приём граждан", "09:40 В области открыли пункт"], []),
    ("contacts", ["123456, Энская область, г. Энск, ул. Ленина, д. 5", "+7 (123) 456-78-90",
                  "press@example.ru", "© 2024 Энские вести"], []),
    ("counter and tags", [], ["Просмотры: 1520", "Теги:соцзащита", "Поделиться"]),
    ("subscribe", [], ["Подписывайтесь на наш канал в Телеграм, чтобы узнавать новости первыми."]),
]


@pytest.mark.parametrize(("kind", "before", "after"), MASKED, ids=[m[0] for m in MASKED])
def test_boilerplate_masked(kind: str, before: list[str], after: list[str]) -> None:
    text = doc(*before, TITLE, BODY, BODY2, *after)
    assert kept(text) == [TITLE, BODY, BODY2]


def test_headline_list_in_the_middle_masked() -> None:
    text = doc(TITLE, BODY, "Новость о катке12 декабря 20:00",
               "Новость о награде12 декабря 17:00", BODY2)
    assert kept(text) == [TITLE, BODY, BODY2]


def test_title_and_place_dateline_kept() -> None:
    text = doc("Меню", TITLE, "Уфа, 14 февраля 2024, 16:20", BODY, BODY2)
    assert kept(text) == [TITLE, "Уфа, 14 февраля 2024, 16:20", BODY, BODY2]


def test_repeated_paragraph_masked_once() -> None:
    short = "Короткая строка тоже остаётся."
    text = doc(TITLE, BODY, BODY2, BODY, short, short)
    out = mask_boilerplate(text).split("\n")
    assert out[1].strip() == BODY and not out[3].strip()
    assert out[4].strip() and out[5].strip()  # short lines are not "paragraphs"


def test_dateline_kept_once_and_title_duplicate_masked() -> None:
    long_title = TITLE + " и обмене опытом"
    text = doc("Версия для слабовидящих", "Закрыть", long_title, "", "5 марта 2024 года", "",
               long_title, BODY, BODY2, "Дата публикации: 05.03.2024 10:00")
    assert kept(text) == [long_title, "5 марта 2024 года", BODY, BODY2]


def test_labelled_date_kept_when_no_dateline() -> None:
    text = doc(TITLE, BODY, BODY2, "Просмотров: 100", "Дата публикации: 05.03.2024 10:00",
               "Дата публикации: 05.03.2024 10:00")
    assert kept(text) == [TITLE, BODY, BODY2, "Дата публикации: 05.03.2024 10:00"]


@pytest.mark.parametrize("widget", ["Москва -3 °C", "Погода: облачно", "USD 90,50 EUR 98,10",
                                    "Курс доллара 90,50"])
def test_header_today_date_beside_a_widget_is_masked(widget: str) -> None:
    """The crawl day in a site header is not a publication line to keep."""
    text = doc("29 ноября 2026", widget, "Главная", TITLE, "14 сентября 2023", BODY, BODY2)
    assert kept(text) == [TITLE, "14 сентября 2023", BODY, BODY2]
    text = doc("29 ноября 2026", widget, "Главная", TITLE, BODY, BODY2)
    assert kept(text) == [TITLE, BODY, BODY2]


def test_body_with_quotes_and_short_final_sentence_kept() -> None:
    quote = "«Мы будем помогать коллегам и дальше», — сказал министр."
    text = doc(TITLE, BODY, quote, BODY2, "Подробности будут позже.", "Все новости")
    assert kept(text) == [TITLE, BODY, quote, BODY2, "Подробности будут позже."]


def test_plain_text_untouched() -> None:
    text = doc(TITLE, "", BODY, "", BODY2)
    assert mask_boilerplate(text) == text


# The clone's own corpus and the seeds' gold beside it, wherever the clone lives.
CORPUS = str(_CORPUS)
GOLD = str(SHARED / "seeds" / "gold")
FILES = sorted(glob.glob(f"{CORPUS}/*.txt"))

BOILER_LINES = [
    "Навигация по сайту", "Настройка режима отображения", "Закрыть", "Ц Ц Ц Ц Ц", "A A A",
    "Пн Вт Ср Чт Пт Сб Вс", "9 10 11 12 13 14 15", "Все новости", "Архив", "Новости раздела",
    "Новости по теме", "Категория новости:Социальная поддержка", "Просмотров: 889",
    "+7 843 222 0 999", "info@tatar-inform.ru", "©2023 ИА «Татар-информ»",
    "Учредитель АО «Татмедиа»", "Версия для слабовидящих доступна только на десктопной версии.",
    "В Костроме этой зимой собираются залить 19 катков12 декабря 14:45",
    "Костромской губернатор поздравил 299 полк с присвоением почётного наименования «гвардейский»",
    "Следите за самым важным в Telegram-канале «Татар-информ. Главное», "
    "а также читайте нас в «Дзен»",
]


@pytest.mark.skipif(not FILES, reason="corpus not available")
def test_corpus_boilerplate_masked() -> None:
    seen = set()
    for path in FILES:
        text = open(path, encoding="utf-8").read()
        masked = mask_boilerplate(text)
        assert len(masked) == len(text)
        for orig, new in zip(text.split("\n"), masked.split("\n"), strict=True):
            if orig.strip() in BOILER_LINES:
                seen.add(orig.strip())
                assert not new.strip(), orig
    assert seen == set(BOILER_LINES)


def _gold_strings(gold: dict) -> list[str]:
    out = []
    for a in gold["agreements"]:
        out += a["signatories"]
    out += [o["name"] for o in gold["officials"]]
    return out


@pytest.mark.skipif(not FILES or not os.path.isdir(GOLD), reason="corpus not available")
@pytest.mark.parametrize("path", FILES)
def test_corpus_fact_sentences_kept(path: str) -> None:
    text = open(path, encoding="utf-8").read()
    masked = mask_boilerplate(text)
    gold = json.load(open(f"{GOLD}/{os.path.basename(path)[:-4]}.json", encoding="utf-8"))
    # every line mentioning an agreement ("соглашени") or a gold official's surname survives
    # unless it is a verbatim repeat of a kept line
    surnames = {n.split()[-1][:-1] for n in _gold_strings(gold)}
    kept_lines = set()
    for orig, new in zip(text.split("\n"), masked.split("\n"), strict=True):
        key = " ".join(orig.split())
        relevant = "оглашени" in orig or any(s and s in orig for s in surnames)
        if relevant and key not in kept_lines:
            assert new == orig, orig[:80]
        if new.strip():
            kept_lines.add(key)
    # the first line carrying each official's surname is kept
    for s in surnames:
        if s in text:
            assert s in masked


# --- issue 9: article text of clean news (headline, captions, lead) is not boilerplate -------

LEAD = "Ранее СМИ сообщали о погибшем «туристе из России»."
LONG = ("Около 8:00 на пляже гостиницы спасатели вытащили на берег находившегося без сознания "
        "мужчину, но все реанимационные действия не увенчались успехом, сообщили в полиции.")
ARTICLE = [
    # (case, lines): every line is article text and must survive
    ("caption under the headline", [TITLE, "Пётр Порошенко", BODY, BODY2]),
    ("caption ending with a stop", [TITLE, "Уго Чавес.", "Николас Мадуро.", BODY, BODY2]),
    ("three captions", [TITLE, "Лого Tumblr", "Дэвид Карп", "Фото архива",
                        BODY, BODY2]),
    ("short lead sentences", [TITLE, "Мёртвое море", LEAD, "", "Большинство источников это "
                              "не подтверждают.", BODY, BODY2]),
    ("lead ending with a colon", [TITLE, "Борис Грызлов", "Указ опубликован сегодня на портале "
                                  "правовой информации:", BODY, BODY2]),
    ("long quote without a stop", [TITLE, "Соответствующий указ опубликован сегодня:",
                                   "внести в состав совета безопасности изменение, исключив из "
                                   "него одного из членов совета по его просьбе и без объяснения "
                                   "причин", BODY, BODY2]),
    ("a time inside a sentence is not a label", [TITLE, LONG, BODY, BODY2]),
    ("a founder in a sentence", [TITLE, BODY, "Король Карл XVI Густав вручит лауреатам золотую "
                                 "медаль с портретом учредителя премии и диплом.", BODY2]),
    ("a social network in a quote intro", [TITLE, BODY, "Об этом сообщили в официальной группе "
                                           "института «ВКонтакте»:", BODY2]),
    ("a quote intro in the tail", [TITLE, BODY, BODY2, "Президент США заявил журналистам:"]),
    # date46: a player's label between the lead and the body does not cut the lead off
    ("a video label under the lead", [TITLE, "Об этом говорится в соглашении, которое "
                                      "подписали в прошлую среду.", "Видео: 3:05", BODY, BODY2]),
    ("a photo count under the lead", [TITLE, LEAD, "", "Фото (12)", "", BODY, BODY2]),
]


@pytest.mark.parametrize(("case", "lines"), ARTICLE, ids=[a[0] for a in ARTICLE])
def test_article_lines_kept(case: str, lines: list[str]) -> None:
    assert kept(doc(*lines)) == [ln for ln in lines if ln.strip()]


NOT_ARTICLE = [
    # (case, lines, the lines that must stay masked)
    ("a short line under a site name is no caption", ["Меню", "Минтруд Энской области",
                                                      "Новости", BODY, BODY2],
     ["Меню", "Минтруд Энской области", "Новости"]),
    ("a section above the headline is no caption", ["Минтруд Энской области", "Новости", TITLE,
                                                    BODY, BODY2],
     ["Минтруд Энской области", "Новости"]),
    ("a caption without a headline above", ["Главная", "Поиск", "Фото", BODY, BODY2],
     ["Главная", "Поиск", "Фото"]),
    ("four captions are a menu", ["Главная", TITLE, "Новости", "Политика", "Общество", "Спорт",
                                  BODY, BODY2],
     ["Главная", TITLE, "Новости", "Политика", "Общество", "Спорт"]),
    ("a masthead line", [TITLE, BODY, BODY2, "Учредитель АО «Энскмедиа»",
                         "Главный редактор Иванов И.И."],
     ["Учредитель АО «Энскмедиа»", "Главный редактор Иванов И.И."]),
    ("a glued label", [TITLE, BODY, BODY2, "Категория новости:Социальная поддержка"],
     ["Категория новости:Социальная поддержка"]),
    ("a list header with a colon", [TITLE, BODY, BODY2, "Поделиться:", "ВК ОК TG"],
     ["Поделиться:", "ВК ОК TG"]),
]


@pytest.mark.parametrize(("case", "lines", "masked"), NOT_ARTICLE, ids=[a[0] for a in NOT_ARTICLE])
def test_non_article_lines_still_masked(case: str, lines: list[str], masked: list[str]) -> None:
    out = kept(doc(*lines))
    assert not set(out) & set(masked)
    assert BODY in out and BODY2 in out


def test_mask_reasons_names_the_rule() -> None:
    from soccoop.extract.boilerplate import mask_reasons

    text = doc("Главная", "Новости", "Политика", TITLE, BODY, BODY2, "© 2024 Энские вести")
    why = [w for s, e, w in mask_reasons(text)]
    assert why[3:6] == [None, None, None]
    assert why[0] == why[1] == "before headline zone"
    assert why[6] == "copyright"
    assert mask_reasons("") == []


def test_guess_title_is_the_headline_above_a_caption() -> None:
    from soccoop.extract.pipeline import guess_title

    text = doc(TITLE, "Пётр Порошенко", LEAD, BODY, BODY2)
    assert guess_title(text, mask_boilerplate(text)) == TITLE
