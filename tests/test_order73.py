"""order73 (round 73 of issue 9, branch order73): which one-side mention tells its record
first, read from the held-out document round 72's order72 misplaced a record in.

order72 let a mention naming one side and telling its record's own status be that record's
first telling (``merge.in_order_told``). On a collegium page the minister's quote after the
signing ("мы сегодня подписали соглашение с ...") names no side in its own sentence: the
ministry is lent to it from the minister named paragraphs before. The merge had put that
quote into a plan told further down, and order72 moved the plan's record up to the quote.
Now such a mention counts only if its sentence names its side or it has a date of its own
(``merge._names_its_side``): undated it re-tells an agreement told before; dated ("В 2021
году мы заключили соглашение об ...") it is an interview's recall, first told there.

Every probe is written here, in words of its own. On b73dev ``SIDE`` and the docstring check
fail (no ``_names_its_side``); the whole-extraction guards pass on both (the misplacing
needed a wrong merge no short probe reproduces)."""

from __future__ import annotations

from types import SimpleNamespace

import probes
import pytest

PUBLISHED = "2025-03-12"


def _mention(sentence: tuple[int, int], sides: list[int], date: str | None = None,
             headline: bool = False) -> SimpleNamespace:
    return SimpleNamespace(sentence=SimpleNamespace(start=sentence[0], stop=sentence[1]),
                           parties=[SimpleNamespace(start=s) for s in sides], date=date,
                           headline=headline)


# (id, the mention's sentence (start, stop), where its sides are named, its date, headline,
# whether it may tell its record first)
SIDE = [
    ("lent_undated", (500, 620), [40], None, False, False),
    # guards: the side named in the sentence; a lent side with a date of the mention's own;
    # a headline; the side named at the sentence's first character
    ("named_in_sentence", (500, 620), [40, 530], None, False, True),
    ("lent_dated", (500, 620), [40], "2021", False, True),
    ("headline", (0, 60), [200], None, True, True),
    ("at_sentence_start", (500, 620), [500], None, False, True),
]


@pytest.mark.parametrize(("sentence", "sides", "date", "headline", "tells"),
                         probes.named_rows(SIDE))
def test_names_its_side(sentence: tuple[int, int], sides: list[int], date: str | None,
                        headline: bool, tells: bool) -> None:
    from soccoop.extract.merge import _names_its_side

    mention = _mention(sentence, sides, date, headline)
    assert _names_its_side(mention) is tells  # type: ignore[arg-type]


# (id, text, the records (status, first words of one side) in order)
ORDER = [
    # guards through the whole extraction: a collegium's signing, the minister's undated
    # quote about it, a plan and an older agreement recalled keep the page's order; an
    # interview's dated recall with the ministry lent stays first
    ("collegium_quote",
     "Коллегия министерства социальной защиты Тверской области подвела итоги года\n\nВо "
     "вторник в Твери прошло заседание коллегии министерства социальной защиты Тверской "
     "области. В нём участвовали главы районов и руководители учреждений.\n\nГлавное "
     "событие дня: министерство и Тверское региональное отделение общественной "
     "организации «Боевое братство» подписали соглашение о помощи ветеранам. Свои подписи "
     "поставили министр Анна Белова и председатель отделения Пётр Жуков.\n\n«Помощь "
     "вернувшимся бойцам требует долгой работы. Поэтому сегодня мы и заключили соглашение "
     "с ветеранами, которым люди доверяют», — сказала Анна Белова.\n\nРуководитель "
     "департамента кадров рассказал о нехватке социальных работников. Министерство "
     "собирается заключить соглашение о сотрудничестве с Тверским государственным "
     "университетом. Документ о подготовке специалистов планируют подписать в "
     "мае.\n\nМинистр напомнила и о заключённом в 2022 году соглашении с Отделением "
     "Социального фонда по Тверской области об обмене сведениями.\n\nКоллегия решила "
     "подготовить проект соглашения с Тверским государственным университетом о целевом "
     "обучении кадров.",
     [("signed", "Тверское региональное"), ("planned", "Тверской государственный"),
      ("mentioned", "Отделение Социального")]),
    ("interview_dated_recall",
     "Министр социальной политики Костромской области Ольга Смирнова ответила на вопросы "
     "радио\n\n— Ольга Викторовна, многие семьи получили пособия без заявлений. Как так "
     "вышло?\n\n— Это итог нашей общей работы с Отделением Социального фонда по "
     "Костромской области. В 2021 году мы заключили соглашение об обмене сведениями, и "
     "теперь данные о рождении детей приходят к нам сами.\n\n— Чего ждать студентам?\n\n— "
     "В мае министерство социальной политики Костромской области и Костромской аграрный "
     "университет подпишут соглашение о целевом обучении социальных работников.\n\n— А "
     "соседи?\n\n— Ещё в 2020 году министерство заключило соглашение о поездках "
     "пенсионеров с Министерством соцзащиты Тульской области.",
     [("mentioned", "Министерство социальной"), ("planned", "Костромской аграрный"),
      ("mentioned", "Министерство соцзащиты")]),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(ORDER))
def test_order_of_records(models, text: str, expected: list[tuple[str, str]]) -> None:
    records = probes.agreements_of(models, text, PUBLISHED)
    assert [a.status for a in records] == [s for s, _ in expected]
    for a, (_, first) in zip(records, expected, strict=True):
        assert any(n.startswith(first) for n in probes.party_names(a)), probes.party_names(a)


def test_no_dev_text_quoted() -> None:
    probes.check_no_dev_text_quoted(__file__, [
        ("merge", "in_order_told"),
        ("merge", "_names_its_side"),
    ])
