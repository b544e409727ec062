"""tidy51 (round 51): round 50's review leftovers, one rule to one function, no rule added.

- a flattened page's furniture is read from the lexicon, each list one class of words
  (``lexicon.CRUMB_ROOTS``, ``TRAILING_FIELD_LABELS``, ``FLAT_PAGE_COMMENT_HEADINGS``,
  ``COMMENT_FORM_CALLS``, ``SUBSCRIBE_CALLS``, ``ADVERT_LABELS``, ``FOOTER_OPENERS``,
  ``CURRENCY_CODES``, ``CURRENCY_SIGNS``); a dateline's label is any label of a
  publication or an update stamp the stamp reader knows (``datewords.STAMP_LABELS``,
  ``UPDATE_LABELS``), capitalised, before a colon (``page_blocks._DATELINE_LABEL``);
- a full date opened by a term's, a document's or a due day's preposition tells no day of
  the story (``datewords.NOT_STORY_DAY_PREPOSITIONS``, ``agreement_dates._NOT_STORY_DAY``);
- a flattened page is split once per document: ``pipeline.extract`` and ``batch`` hand
  the split page to ``pipeline.extract_from_analysis``;
- a list's lead tells its items signed by one reading (``agreement_lists.lead_signed``),
  for event49's lead and fair91's header alike.

Guards: a lower-case label inside prose, a site's section "Мнения" on a flattened page, a
word that only begins like a label, a currency code with no rate, a day told with "в", a
plan word, a negated or present signing. Every probe is written here, in words of its own."""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract import agreement_dates, agreement_lists, boilerplate, datewords, page_blocks

# --- the page's furniture from the lexicon ---------------------------------------------------

# (case, a piece of a flattened line, the label _DATELINE_LABEL reads there or None)
DATELINE_LABELS = [
    ("a publication label", "Фонд помог старикам Опубликовано: 3 мая 2024", "Опубликовано: "),
    ("the date of publication", "Новости Дата публикации: 3 мая 2024", "Дата публикации: "),
    ("an update label", "текст Обновлено: 12.03.2025 10:15", "Обновлено: "),
    # fail on b51dev (its six labels knew none of them): the stamp reader's other labels
    ("the date of a change", "текст Дата изменения: 12.03.2025 10:15", "Дата изменения: "),
    ("the last update", "текст Последнее обновление: 12.03.2025", "Последнее обновление: "),
    ("the time of publication", "Енотовка Время публикации: 5 июня 2025",
     "Время публикации: "),
    ("the date of placing", "текст Дата размещения: 05.06.2025", "Дата размещения: "),
    # guards: a label in lower case inside prose, a word that only begins like one
    ("lower case in prose", "в графе дата: пишут день приёма", None),
    ("a word beginning alike", "Датчики: пять штук в каждом доме", None),
]


@pytest.mark.parametrize(("piece", "label"), probes.named_rows(DATELINE_LABELS))
def test_dateline_label(piece: str, label: str | None) -> None:
    m = page_blocks._DATELINE_LABEL.search(piece)
    assert (m.group() if m else None) == label


PROSE = ("Волонтёры районного центра навещают одиноких стариков каждую неделю, привозят им "
         "продукты и лекарства, помогают в быту и просто разговаривают с ними. ")


def test_a_flattened_page_under_an_update_label_is_split() -> None:
    """Fails on b51dev: a line over RUNON_MIN characters whose only mark of a page is a
    "Последнее изменение:" dateline was no flattened page; its dateline now stands alone."""
    line = ("Помощь одиноким старикам Последнее изменение: 12.03.2025 10:15 "
            + PROSE * 16 + "Теги: волонтёры, старшее поколение")
    assert len(line) > page_blocks.RUNON_MIN
    out = page_blocks.split_runon(line)
    assert len(out) == len(line)
    lines = [x.strip() for x in out.split("\n")]
    assert "Последнее изменение: 12.03.2025 10:15" in lines
    assert "Теги: волонтёры, старшее поколение" in lines


def test_long_prose_stays_one_line() -> None:
    """A guard: a long paragraph with a lower-case "дата:" is no flattened page."""
    line = PROSE * 14 + "В графе дата: пишут день приёма."
    assert page_blocks.split_runon(line) == line


# (case, a piece of a flattened line, the block head found there or None)
BLOCK_HEADS = [
    ("tags", "старикам. Теги: волонтёры", "Теги:"),
    ("the editor's address", "старикам. Адрес редакции: Энск", "Адрес редакции:"),
    ("a comment section", "старикам. Комментарии (3) Ирина", "Комментарии (3)"),
    ("a call to subscribe", "старикам. Подписывайтесь на канал", "Подписывайтесь"),
    ("an advert bar", "старикам. Реклама | ООО «Ромашка»", "Реклама |"),
    ("the copyright", "старикам. © 2025 «Энские вести»", "©"),
    ("terms of reuse", "старикам. При полном или частичном копировании ссылка",
     "При полном или частичном копировании"),
    # guards: "Мнения" is a site's section too; a lower-case word inside a sentence
    ("a section of columns", "Главная Мнения Спорт Культура", None),
    ("lower case", "старикам, а теги: не нужны", None),
]


@pytest.mark.parametrize(("piece", "head"), probes.named_rows(BLOCK_HEADS))
def test_block_head(piece: str, head: str | None) -> None:
    m = page_blocks._BLOCK_HEAD.search(piece)
    assert (m.group() if m else None) == head


@pytest.mark.parametrize(("piece", "item"), probes.named_rows([
    ("a dollar rate", "Энск −3 °C USD 97,35 EUR", "USD 97,35"),
    # fails on b51dev (its widget item knew no yuan sign, the masker's widget did)
    ("a yuan sign", "Энск −3 °C ¥ 12,50 Главная", "¥ 12,50"),
    # a guard: a currency code with no rate
    ("a code with no rate", "курс USD растёт", None),
]))
def test_widget_currency(piece: str, item: str | None) -> None:
    found = [m.group() for m in page_blocks._WIDGET_ITEM.finditer(piece)
             if not m.group()[0].isdigit() and "°" not in m.group()]
    assert (found[0] if found else None) == item


@pytest.mark.parametrize(("line", "widget"), probes.named_rows([
    ("a rate", "Курс ЦБ: USD 79,45", True),
    ("a sign", "€ 105,10", True),
    ("a yuan sign", "¥ 12,50", True),
    # a guard: no currency, no weather
    ("a headline", "Фонд помог старикам", False),
]))
def test_masker_widget_reads_the_same_currencies(line: str, widget: bool) -> None:
    assert (boilerplate._WIDGET.search(line) is not None) == widget


@pytest.mark.parametrize(("piece", "crumb"), probes.named_rows([
    ("home and sections", "Главная » Общество » Соцзащита Фонд", "Главная » Общество » Соцзащита"),
    ("the home page", "Главная страница / Новости Фонд", "Главная страница / Новости"),
    ("an English home", "Home > Общество Фонд", "Home > Общество"),
    # a guard: the word without a crumb's mark after it
    ("no mark", "Главная задача фонда — помочь", None),
]))
def test_crumb(piece: str, crumb: str | None) -> None:
    m = page_blocks._CRUMB.search(piece)
    assert (m.group() if m else None) == crumb


# --- a day told with a term's preposition -----------------------------------------------------

@pytest.mark.parametrize(("before", "term"), probes.named_rows([
    ("since", "действует с ", True),
    ("until", "продлено до ", True),
    ("through", "с 1 по ", True),
    ("a document's date", "приказом от ", True),
    ("a day due", "подготовить к ", True),
    # a guard: a day of the story
    ("in", "подписано в ", False),
]))
def test_not_story_day(before: str, term: bool) -> None:
    assert (agreement_dates._NOT_STORY_DAY.search(before) is not None) == term


def test_not_story_day_prepositions_are_the_term_classes() -> None:
    classes = datewords.SINCE_PREPOSITIONS | datewords.TERM_END_PREPOSITIONS
    assert classes <= datewords.NOT_STORY_DAY_PREPOSITIONS
    assert datewords.NOT_STORY_DAY_PREPOSITIONS == {"с", "со", "до", "по", "от", "к"}


# --- a flattened page split once ------------------------------------------------------------

TEXT = ("Министр социальной защиты Энской области Анна Котова и председатель фонда «Тёплый "
        "очаг» Олег Зуев подписали вчера соглашение о помощи одиноким старикам.\n")


def _counting(monkeypatch: Any, module: Any) -> list[str]:
    calls: list[str] = []
    real = page_blocks.split_runon

    def counted(text: str) -> str:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(module, "split_runon", counted)
    return calls


def test_extract_splits_the_page_once(models: Any, monkeypatch: Any) -> None:
    """Fails on b51dev: ``pipeline.extract`` split the page before masking and
    ``extract_from_analysis`` split it again."""
    from soccoop.extract import pipeline
    calls = _counting(monkeypatch, pipeline)
    record = pipeline.extract(TEXT, "probe.txt", models, published="2025-06-05")
    assert len(calls) == 1
    assert record.agreements


def test_batch_splits_each_page_once(models: Any, monkeypatch: Any) -> None:
    """Fails on b51dev: ``batch.extract_many`` split each page in its preparation and
    ``extract_from_analysis`` split it again."""
    from soccoop.extract import batch, pipeline
    calls = _counting(monkeypatch, pipeline)
    calls_pb = _counting(monkeypatch, page_blocks)
    items = [batch.Item(TEXT, f"probe{n}.txt", published="2025-06-05") for n in range(2)]
    out = batch.extract_many(items, models)
    assert all(not isinstance(r, Exception) for r in out)
    assert len(calls) + len(calls_pb) == 2


# --- one reading of a lead telling its items signed -----------------------------------------

FIN_PAST = {"VerbForm": "Fin", "Tense": "Past"}
SHORT = {"VerbForm": "Part", "Variant": "Short", "Voice": "Pass", "Tense": "Past"}
FULL_PART = {"VerbForm": "Part", "Tense": "Past", "Voice": "Pass"}
DOCS = ("документы", "документ", "NOUN", {"Number": "Plur"})
AGREEMENTS = ("соглашения", "соглашение", "NOUN", {"Number": "Plur"})
COLON = (":", ":", "PUNCT", {})


def _lead(*words: tuple[str, str, str, dict[str, str]]) -> list[Any]:
    return list(probes.hand_parsed(*((w, lem, pos, "", -1, f)
                                     for w, lem, pos, f in words)).tokens)


# (case, the lead's words, its items signed)
LEADS = [
    ("a short participle", _lead(("Подписаны", "подписать", "VERB", SHORT),
                                 ("следующие", "следующий", "ADJ", {}), AGREEMENTS, COLON),
     True),
    ("a full participle heading", _lead(("Подписанные", "подписать", "VERB", FULL_PART),
                                        DOCS, COLON), True),
    ("among those concluded", _lead(("В", "в", "ADP", {}), ("числе", "число", "NOUN", {}),
                                    ("заключённых", "заключить", "VERB", FULL_PART),
                                    ("соглашений", "соглашение", "NOUN", {}), COLON), True),
    ("a finite past verb", _lead(("Стороны", "сторона", "NOUN", {}),
                                 ("заключили", "заключить", "VERB", FIN_PAST), AGREEMENTS,
                                 COLON), True),
    # guards: a plan, a negated signing, a present one, a lead telling no signing
    ("a plan", _lead(("Планируется", "планироваться", "VERB", {"Tense": "Pres"}),
                     ("подписать", "подписать", "VERB", {"VerbForm": "Inf"}), DOCS, COLON),
     False),
    ("negated", _lead(("Не", "не", "PART", {}), ("подписаны", "подписать", "VERB", SHORT),
                      ("пока", "пока", "ADV", {}), DOCS, COLON), False),
    ("present", _lead(("Подписываются", "подписываться", "VERB",
                       {"VerbForm": "Fin", "Tense": "Pres"}), DOCS, COLON), False),
    ("no signing", _lead(("Обсуждались", "обсуждаться", "VERB", FIN_PAST), DOCS, COLON),
     False),
]


@pytest.mark.parametrize(("toks", "signed"), probes.named_rows(LEADS))
def test_lead_signed(toks: list[Any], signed: bool) -> None:
    assert agreement_lists.lead_signed(toks) == signed


def test_both_list_passes_read_one_lead_test() -> None:
    """fair91's header and event49's lead ask the same function (no copy of it left in the
    date module)."""
    assert agreement_dates.lead_signed is agreement_lists.lead_signed
    assert not hasattr(agreement_dates, "_signed_past")


TIDY51_FUNCTIONS = [
    ("agreement_lists", "lead_signed"),
    ("agreement_dates", "list_header_signed"),
    ("page_blocks", "_heads"),
    ("pipeline", "extract_from_analysis"),
]


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, TIDY51_FUNCTIONS)
