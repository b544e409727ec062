"""speed38: the relative date forms are scanned only in texts holding a word each needs
(``dates._word_filter``); the dates found are those of a full scan."""

import pytest

from soccoop.extract import dates
from soccoop.extract.dates import find_dates

TEXTS = [
    "В прошлом году министерство подписало соглашение, в этом месяце — ещё одно.",
    "В конце прошлого месяца стороны договорились, а в марте прошлого года начали работу.",
    "На прошлой неделе губернатор встретился с министром; в начале этой недели — подписание.",
    "Соглашение подпишут до конца текущего года, а в минувшие выходные прошёл форум.",
    "Прошлой осенью делегация приезжала в Казань, летом этого года — снова.",
    "В тот же день министр подписал соглашение. Днём ранее прошли переговоры.",
    "На следующий день, вчера и сегодня документы обсуждали; накануне Дня Победы — нет.",
    "15 мая этого года соглашение вступило в силу, а три дня назад его продлили.",
    "ВЧЕРА В ПРОШЛОМ ГОДУ НА ПРОШЛОЙ НЕДЕЛЕ",
    "Соглашение подписали 5 октября 2025 года в Москве.",
    "ᲀ прошлом году соглашение подписали.",  # U+1C80, matched as "в" by the scans
    "",
]


@pytest.mark.parametrize("published", [None, "2025-05-14"])
@pytest.mark.parametrize("text", TEXTS)
def test_filtered_scans_find_the_dates_of_a_full_scan(monkeypatch, text, published):
    filtered = find_dates(text, published)
    monkeypatch.setattr(dates, "_word_filter", lambda text: lambda *words: True)
    assert filtered == find_dates(text, published)


@pytest.mark.parametrize("text, words, held", [
    ("В прошлом году", ("году",), True),
    ("В ПРОШЛОМ ГОДУ", ("году",), True),
    ("Соглашение подписано.", ("году", "неделе"), False),
    ("ᲀчера", ("году",), True),  # an odd case form: every scan runs
])
def test_word_filter(text, words, held):
    assert dates._word_filter(text)(*words) is held


def test_filtered_scans_on_the_sample_corpus(monkeypatch):
    from pathlib import Path

    texts = [p.read_text(encoding="utf-8")
             for p in sorted((Path(__file__).parent.parent / "corpus").glob("*.txt"))]
    assert texts
    filtered = [find_dates(t, "2025-05-14") for t in texts]
    monkeypatch.setattr(dates, "_word_filter", lambda text: lambda *words: True)
    assert filtered == [find_dates(t, "2025-05-14") for t in texts]
