"""page50: hostile page shapes read by the page's structure, in our own words.

- page_blocks.split_runon: a whole web page a crawler saved as one line (menu, widget,
  breadcrumb, headline, dateline, body, tags, related news, feed, comments, footer) gets its
  blocks back as lines, of the same length, before the boilerplate masking; a long line of
  prose, a short page, or a page with its lines is left as it is.
- unwrap._hyphen_breaks: a word broken at a hyphen before an indented line ("сто-" /
  "      роны" under a protocol's hanging indent) is joined when the whole is a word, and a
  capitalised compound broken at its hyphen ("Ханты-" / "Мансийского") keeps its hyphen;
  a dash closing a line before a capital stays.
Every probe is written here, in words of its own.
"""

from __future__ import annotations

import importlib

import probes
import pytest

# --- invented pages -------------------------------------------------------------------------

BODY = (
    "Вчера в Зетске управление соцподдержки Зетского округа Вологодской области вместе с "
    "благотворительным фондом «Тёплые руки» заключили соглашение о совместной заботе об "
    "одиноких пожилых жителях сельских поселений. Документ скрепили подписями начальник "
    "управления Олег Игоревич Прутков и директор фонда Вера Степановна Лужина. По "
    "договорённости фонд возьмёт на себя доставку продуктов, лекарств и дров в отдалённые "
    "деревни, а комплексные центры обслуживания передадут ему списки тех, кому нужна такая "
    "помощь. «Зимой до некоторых домов добраться можно только на снегоходе, и здесь каждая "
    "пара рук на счету», — сказал Олег Прутков. Вера Лужина добавила, что у фонда уже "
    "сорок постоянных добровольцев, среди них водители и медицинские сёстры на пенсии. "
    "Кроме того, стороны откроют в райцентрах пункты проката кресел-колясок и ходунков, "
    "где вещи будут выдавать бесплатно на срок до полугода. Финансирование пойдёт из "
    "собственных средств фонда и из областной программы поддержки старшего поколения. "
    "Первые поездки волонтёров намечены на конец месяца, после того как центры сверят "
    "адреса и составят маршруты. Подробности расскажут в любом центре обслуживания, "
    "а также на сайте управления."
)

PAGE_PARTS = [
    "Зетский курьер — новости Вологодчины",
    "Главная Политика Экономика Здоровье Образование Досуг Фотогалереи Объявления Контакты",
    "Зетск −7 °C, пасмурно | Эмск −9 °C USD 91,20 EUR 99,40",
    "Главная » Общество » Старшее поколение",
    "Фонд и департамент вместе помогут одиноким старикам",
    "Дата публикации: четверг, 6 февраля 2025 | 10:40 | Автор: Пётр Зайцев | Просмотры: 1 312",
    BODY,
    "Теги: пожилые, волонтёры, фонд",
    "Поделиться: ВК ОК Telegram",
    "Читайте также: Мурманская и Архангельская области обменялись опытом ухода за "
    "пожилыми В Зетске отремонтируют дом культуры Морозы продержатся до выходных",
    "Лента новостей: 09:55 В Эмске прошёл лыжный марафон 09:20 Дорожники вышли на "
    "расчистку трасс",
    "Комментарии (2) Галина_Эмск 06.02.2025 11:05 — А в Тверской области пока "
    "ничего подобного. Степан 06.02.2025 11:40 — Спасибо фонду!",
    "Оставить комментарий: Имя Текст Отправить",
    "© 2010–2025 Зетский курьер. Все права защищены. Адрес редакции: г. Зетск, ул. "
    "Лесная, 1.",
]
ONE_LINE_PAGE = " ".join(PAGE_PARTS)
PAGE_WITH_LINES = "\n".join(PAGE_PARTS)

ONE_LINE_POST = " ".join([
    "ВКонтакте Клуб «Золотая осень» | 4 210 участников",
    "Главная Новости Фотографии Видеозаписи Обсуждения Контакты",
    "Запись на стене Клуб «Золотая осень» 14 мар 2024 в 16:20",
    BODY.replace("Вчера", "Сегодня"),
    "#добровольцы #Вологодскаяобласть ❤️ 88 💬 2",
    "Комментарии Нина Крылова 14 мар 2024 в 17:02 Молодцы! Антон Фёдоров 14 мар 2024 в "
    "17:30 Поддерживаю. Лидия Р. 14 мар 2024 в 18:45 А в наш посёлок за рекой тоже "
    "приедут? Дорогу там чистят редко, автобус ходит дважды в неделю.",
])


def _lines(text: str) -> list[str]:
    split_runon = importlib.import_module("soccoop.extract.page_blocks").split_runon
    out = split_runon(text)
    assert len(out) == len(text)
    return [ln.strip() for ln in out.split("\n")]


# (id, text, lines that must stand alone, or None: the text comes back unchanged)
SPLIT_ROWS = probes.named_rows([
    # positives: one line on b50dev (no page_blocks module there)
    ("dateline_between_headline_and_body", ONE_LINE_PAGE,
     ["Фонд и департамент вместе помогут одиноким старикам",
      "Дата публикации: четверг, 6 февраля 2025 | 10:40 | Автор: Пётр Зайцев | "
      "Просмотры: 1 312",
      "Главная » Общество » Старшее поколение",
      "Главная Политика Экономика Здоровье Образование Досуг Фотогалереи Объявления Контакты",
      "Зетский курьер — новости Вологодчины", "Зетск −7 °C, пасмурно", "Комментарии (2)",
      "Галина_Эмск", "06.02.2025 11:05", "Читайте также:",
      "В Зетске отремонтируют дом культуры", "09:55 В Эмске прошёл лыжный марафон"]),
    ("post_stamp_between_author_and_text", ONE_LINE_POST,
     ["14 мар 2024 в 16:20", "Комментарии", "Нина Крылова", "14 мар 2024 в 17:02",
      "#добровольцы #Вологодскаяобласть"]),
    # guards: prose alone, however long; a short page; a page with its lines
    ("long_prose_line", BODY + " " + BODY, None),
    ("short_one_line_page",
     "Главная Политика Экономика Здоровье Образование Досуг Фонд помог старикам. "
     "Опубликовано: 6 февраля 2025", None),
    ("page_with_lines", PAGE_WITH_LINES, None),
])


@pytest.mark.parametrize(("text", "alone"), SPLIT_ROWS)
def test_page50_split_runon(text: str, alone: list[str] | None) -> None:
    lines = _lines(text)
    if alone is None:
        assert lines == [ln.strip() for ln in text.split("\n")]
        return
    for want in alone:
        assert want in lines, (want, lines)
    # the body stays one line
    assert any(ln.startswith(BODY[:60]) or ln.startswith(BODY[:60].replace("Вчера", "Сегодня"))
               for ln in lines)


# --- the whole extraction on a flattened page -----------------------------------------------

# (id, text, published, regions present, regions absent, agreements)
PAGE_ROWS = probes.named_rows([
    # positive: on b50dev no publication date, the related headline's and the comment's
    # regions listed, and the related headline a record
    ("one_line_news_page", ONE_LINE_PAGE, "2025-02-06", {"Вологодская область"},
     {"Мурманская область", "Архангельская область", "Тверская область"}, 1),
    # positive: on b50dev the post's stamp is lost with the header
    ("one_line_post", ONE_LINE_POST, "2024-03-14", {"Вологодская область"}, set(), 1),
])


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "present", "absent", "n"), PAGE_ROWS)
def test_page50_one_line_pages(models, text: str, published: str, present: set[str],
                               absent: set[str], n: int) -> None:
    from soccoop.extract.pipeline import extract

    rec = extract(text, "t.txt", models)
    assert rec.published == published
    names = {r.name for r in rec.regions}
    assert present <= names, names
    assert not names & absent, names
    assert len(rec.agreements) == n, [a.evidence.text[:80] for a in rec.agreements]
    # evidence slices the stored text, spaces and all
    for a in rec.agreements:
        assert text[a.evidence.start:a.evidence.end] == a.evidence.text


# --- words broken across lines --------------------------------------------------------------

KNOWN = {"стороны", "отделения", "ханты-мансийского", "кабардино-балкарской"}

# (id, text, the reading text's words that must be there, words that must not)
UNWRAP_ROWS = probes.named_rows([
    # positives: kept broken on b50dev
    ("indented_right_part",
     "Петров А.А.     – представитель сто-\n                 роны работодателей\n",
     {"стороны"}, {"сто-"}),
    ("capitalised_compound",
     "министерство труда Ханты-\nМансийского автономного округа\n",
     {"Ханты-Мансийского"}, {"Ханты-"}),
    ("capitalised_compound_indented",
     "делегация Кабардино-\n    Балкарской Республики прибыла\n",
     {"Кабардино-Балкарской"}, set()),
    # guards: a dash before a capital the dictionary does not know as a compound; an
    # indented column's word that makes no word with the line above
    ("dash_before_a_capital",
     "Новости Энск-\nСегодня в номере\n", {"Энск-", "Сегодня"}, set()),
    ("indented_unknown_joint",
     "1. Иванов И.И. – секре-\n                 тарский пост\n", {"секре-"}, set()),
])


@pytest.mark.parametrize(("text", "present", "absent"), UNWRAP_ROWS)
def test_page50_unwrap(text: str, present: set[str], absent: set[str]) -> None:
    from soccoop.extract.unwrap import span_restorer, unwrap

    reading = unwrap(text, lambda w: w in KNOWN)
    assert len(reading) == len(text)
    words = set(reading.split())
    assert present <= words, words
    assert not words & absent, words
    # every word of the reading text points at the stored text's letters again
    back = span_restorer(text, text, reading)
    from soccoop.models import Evidence
    at = 0
    for w in reading.split():
        at = reading.index(w, at)
        ev = back(Evidence(w, at, at + len(w)))
        assert ev.text.replace("-", "").replace("\n", "").replace(" ", "") \
            == w.replace("-", ""), (w, ev.text)
        at += len(w)


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, page_blocks=("split_runon", "split_line",
                                                       "menu_run_breaks", "crumb_breaks",
                                                       "dateline_breaks", "post_stamp_breaks",
                                                       "widget_breaks", "block_head_breaks",
                                                       "list_item_breaks", "comment_breaks"),
                                          unwrap=("_hyphen_breaks",))
