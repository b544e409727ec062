"""Agreement dates in one stage, probed in our own words.

The stage (``extract/agreement_dates.py``) runs its named passes once, after status and
merging. The causes its new passes fix recur across the dev rounds: signings counted
together share the count's day; a month is refined by the day the next sentence gives the
signing; a plan takes the one year ahead its paragraph states; a newspaper masthead may
describe the paper at length before the issue number. Negatives: a season never dates an
agreement, a recalled agreement never takes the publication day, a plan's count dates no
signing, a term's end is no plan's year.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import probes
import pytest

from soccoop.extract import agreement_dates
from soccoop.extract.agreement_dates import DATE_PASSES
from soccoop.extract.coreference import RECORD_PASSES
from soccoop.extract.published import find_published, issue_line
from soccoop.extract.signing_dates import in_force_since

README = Path(__file__).resolve().parent.parent / "README.md"
CYRILLIC = re.compile(r"[А-Яа-яЁё]{3,}")


# --- the stage: named passes, documented, listed in the README in the order they run
@pytest.mark.parametrize("p", DATE_PASSES, ids=lambda p: p.name)
def test_every_date_pass_is_named_and_has_a_russian_example(p: Any) -> None:
    assert re.fullmatch(r"[a-z][a-z_]*", p.name)
    assert p.run.__name__ == p.name
    doc = p.run.__doc__ or ""
    assert len(doc.split()) >= 8 and CYRILLIC.search(doc), p.name


def test_date_passes_are_unique_and_in_module_order() -> None:
    names = [p.name for p in DATE_PASSES]
    assert len(names) == len(set(names))
    source = Path(agreement_dates.__file__).read_text(encoding="utf-8")
    at = [source.index(f"\ndef {n}(") for n in names]
    assert at == sorted(at)


def test_no_date_pass_is_left_among_the_record_passes() -> None:
    assert not {p.name for p in RECORD_PASSES} & {p.name for p in DATE_PASSES}


def test_the_readme_lists_the_date_passes_in_order() -> None:
    text = README.read_text(encoding="utf-8")
    start = text.index("Agreement dates in one stage (datesD)")
    start = text.index("(`DATE_PASSES`)", start)
    listed: list[str] = []
    for line in text[start:].splitlines()[1:]:
        m = re.match(r"\s*\d+\. `([a-z_]+)`", line)
        if m:
            listed.append(m.group(1))
        elif listed and not line.strip():
            break
    assert listed == [p.name for p in DATE_PASSES]


def test_the_loop_runs_each_pass_once_in_order() -> None:
    seen: list[str] = []

    def first(s: Any) -> None:
        seen.append("first")

    def second(s: Any) -> None:
        seen.append("second")

    passes = (agreement_dates.DatePass("first", first),
              agreement_dates.DatePass("second", second))
    agreement_dates.date_agreements(None, passes)  # type: ignore[arg-type]
    assert seen == ["first", "second"]


# --- a masthead that describes the paper before the issue number
@pytest.mark.parametrize(("line", "expected"), [
    ("«ЗАРЯ» · районная газета Кировского муниципального округа · № 12 (9 870) · "
     "вторник, 4 марта 2025 г.", "2025-03-04"),
    ("«Наш край» | еженедельная газета для жителей Пермского края | № 5 (1204) | "
     "14 февраля 2025 года", "2025-02-14"),
    ("«Вестник» · № 84 (6312) · пятница, 7 ноября 2025 г.", "2025-11-07"),
    # a long segment that names no newspaper is no masthead
    ("Информационное агентство социальных новостей нашего региона · № 47 (31 245) · "
     "четверг, 20 ноября 2025 г.", None),
    # nor one that is longer than a paper's description
    ("«ВОЛГА» · общественно-политическая газета Астраханской области и всех её районов, "
     "сёл и городов · № 47 (31 245) · четверг, 20 ноября 2025 г.", None),
])
def test_masthead_describing_the_paper(line: str, expected: str | None) -> None:
    ref = issue_line(line)
    assert (ref.value if ref else None) == expected


# --- a stamp under a bulleted list of linked headlines, one of them about the weather
ARTICLE = ("Итоги года: соцзащита расширила географию партнерства\n"
           "Уходящий год министерство социального развития называет годом межрегиональных "
           "связей. Мы собрали главные договоренности года.")


@pytest.mark.parametrize(("top", "expected"), [
    (("Самое читаемое:", "• В Орске отремонтируют три моста", "• Погода на выходные: до -15",
      "Общество   29.12.2025 10:40"), "2025-12-29"),
    (("Популярное", "▪ Курс доллара вырос до 95 рублей", "29.12.2025"), "2025-12-29"),
    # a widget row is still one, bulleted or not: the header's date is the crawl day
    (("• Погода -3 °C", "29.12.2025", "Главная | Новости | Афиша"), None),
    (("Погода: -3 °C", "29.12.2025", "Главная | Новости | Афиша"), None),
])
def test_stamp_under_linked_headlines(top: tuple[str, ...], expected: str | None) -> None:
    assert find_published("\n".join([*top, ARTICLE]))[0] == expected


# --- dates of agreements, whole texts through the extraction
PAGE = "{pub}\n{head}\n{body}\nФото пресс-службы."
TOMSK = ("Департамент социальной защиты населения Томской области и Министерство труда и "
         "социальной политики Республики Тыва")
OMSK = ("министерство труда и социального развития Омской области и департамент социальной "
        "защиты населения Новосибирской области")


def _dates(models: Any, body: str, pub: str = "18.11.2026",
           published: str | None = None) -> list[tuple[str, str | None]]:
    text = PAGE.format(pub=pub, head="Регионы договорились о сотрудничестве", body=body)
    return probes.status_dates(models, text, published)


@pytest.mark.slow
@pytest.mark.parametrize(("body", "expected"), [
    # a count of signings with its day: every signed item takes it
    ("Накануне в Томске состоялось подписание сразу двух документов. Первое соглашение "
     f"заключили {TOMSK}. Второе соглашение подписали департамент труда и занятости "
     "населения Томской области и агентство по занятости населения Республики Тыва.",
     [("signed", "2026-11-17"), ("signed", "2026-11-17")]),
    # a count with no day: the occasion told just before it
    ("В понедельник в Томске прошла рабочая встреча делегаций. Итогом визита стали сразу "
     f"два документа. Первое соглашение заключили {TOMSK}. Второе соглашение подписали "
     "департамент труда и занятости населения Томской области и агентство по занятости "
     "населения Республики Тыва.",
     [("signed", "2026-11-16"), ("signed", "2026-11-16")]),
])
def test_counted_signings_share_the_day(models: Any, body: str,
                                        expected: list[tuple[str, str | None]]) -> None:
    assert sorted(x for x in _dates(models, body) if x[0] == "signed") == expected


@pytest.mark.slow
@pytest.mark.parametrize("body", [
    # a plan's count dates no signing
    ("Накануне в Томске министры договорились, что планируют подписать два документа. "
     f"Первое соглашение заключили {TOMSK}."),
    # a count whose sentence before names no occasion
    ("В понедельник погода в Томске была морозной. Итогом года стали сразу два документа. "
     f"Первое соглашение заключили {TOMSK}."),
])
def test_counted_signings_negatives(models: Any, body: str) -> None:
    dated = [d for s, d in _dates(models, body) if s == "signed"]
    assert "2026-11-17" not in dated and "2026-11-16" not in dated


@pytest.mark.slow
@pytest.mark.parametrize(("body", "expected"), [
    (f"В мае в Омске {OMSK} поставили подписи под соглашением о реабилитации детей. "
     "Документ подписан 21 мая 2025 года на межрегиональной конференции.", "2025-05-21"),
    (f"В мае в Омске {OMSK} подписали соглашение о реабилитации детей. Его подписали "
     "21 мая на форуме «Старшее поколение».", "2025-05-21"),
    # another month's day refines nothing
    (f"В мае в Омске {OMSK} подписали соглашение о реабилитации детей. Следующее "
     "заседание подписали 21 июня.", "2025-05"),
])
def test_day_of_the_month(models: Any, body: str, expected: str) -> None:
    found = _dates(models, body, pub="29.12.2025")
    assert found and found[0] == ("signed", expected)


@pytest.mark.slow
@pytest.mark.parametrize(("body", "expected"), [
    (f"Планы на 2026 год. Министерство готовит соглашение с {OMSK.split(' и ')[1]} о "
     "сотрудничестве в сфере ухода. Подписать его планируется в первом квартале.", "2026"),
    ("С главой управления социальной защиты Курганской области в сентябре договорились о "
     "стажировках, однако само соглашение так и не подписано: его подписание перенесено на "
     "первый квартал 2026 года.", "2026"),
    # a term's end is no plan's year; this year is no plan's year ahead
    (f"Министерство готовит соглашение с {OMSK.split(' и ')[1]}, которое будет действовать "
     "до 2030 года.", None),
    (f"Итоги 2025 года. Министерство готовит соглашение с {OMSK.split(' и ')[1]} о "
     "сотрудничестве в сфере ухода.", None),
])
def test_plan_year_of_paragraph(models: Any, body: str, expected: str | None) -> None:
    found = [d for s, d in _dates(models, body, pub="29.12.2025") if s == "planned"]
    assert found == [expected]


PENZA = ("12.09.2025\nЗа месяц два партнёра: пензенский минтруд подписал соглашения с "
         "Тамбовом и Саратовом\nМинистерство труда Пензенской области в сентябре заключило "
         "сразу два соглашения о межрегиональном сотрудничестве.\n{}\nВторое соглашение "
         "подписано вчера в Пензе с министерством труда Саратовской области.\n")


@pytest.mark.slow
@pytest.mark.parametrize(("item", "expected"), [
    # the signing with the record's own partner gives the day of the count's month
    ("Первое подписано 2 сентября в Тамбове с министерством социальной защиты Тамбовской "
     "области. Подписи поставили министры.", "2025-09-02"),
    # a day of another event in that sentence refines nothing
    ("Первое подписано в Тамбове с министерством социальной защиты Тамбовской области, а "
     "2 сентября прошла встреча в Саратове.", "2025-09"),
])
def test_partner_day_of_the_month(models: Any, item: str, expected: str) -> None:
    found = [a.date for a in probes.agreements_of(models, PENZA.format(item))
             if "RU-TAM" in a.regions]
    assert found == [expected]


@pytest.mark.slow
@pytest.mark.parametrize(("body", "expected"), [
    # the noun's subject of "действует с": its phrase between, whatever the parse
    ("Возьмите Омскую область: соглашение с новосибирским департаментом социальной защиты "
     "населения действует с 2020 года, и за это время мы провели много стажировок.", "2020"),
    # "которое" agreeing with the noun, after the noun's phrase
    ("Она рассказала, что департамент поддерживает НКО в рамках соглашения с министерством "
     "труда Новосибирской области, которое действует с 2022 года, и пообещала включить "
     "новых партнеров в план.", "2022"),
])
def test_in_force_since_year(models: Any, body: str, expected: str | None) -> None:
    found = [d for s, d in _dates(models, body, pub="29.10.2025") if s == "mentioned"]
    assert found and found[0] == expected


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Соглашение с министерством труда Новосибирской области действует с 2021 года.", "2021"),
    # entry into force to come is no year the agreement has been in force since
    ("Соглашение с министерством труда Новосибирской области будет действовать с 2026 года.",
     None),
    # "которая" of another noun (the gender differs): the programme's year
    ("Министерство работает по соглашению с Новосибирской областью и программе, которая "
     "действует с 2019 года.", None),
    # a verb with its own subject between: "закон" is in force, not the agreement
    ("Соглашение подписано, а закон действует с 2019 года.", None),
])
def test_in_force_since_reads_the_nouns_own_clause(models: Any, sentence: str,
                                                   expected: str | None) -> None:
    from soccoop.extract.dates import find_dates
    from soccoop.extract.syntax import parse_documents

    analysis = models.analyse(sentence)
    parse_documents([analysis], models)
    sent = analysis.sentences[0]
    k = next(i for i, t in enumerate(sent.tokens) if t.lemma == "соглашение")
    assert in_force_since(sent, k, find_dates(analysis.text, None)) == expected


DRAFT = ("Правительство Пензенской области одобрило проект соглашения с Правительством "
         "Ульяновской области о поддержке семей. ")


@pytest.mark.slow
@pytest.mark.parametrize(("body", "expected"), [
    # the negation before the colon is the state the plan after it changes; the month is
    # ahead of the publication day whatever tense the parse gives it
    (DRAFT + "Документ пока не подписан: подписать его предстоит губернаторам в декабре.",
     "2026-12"),
    (DRAFT + "Подписать его стороны намерены в марте.", "2027-03"),
    # a negated plan dates nothing
    (DRAFT + "Подписать его в декабре не планируется.", None),
    (DRAFT + "Сроки неясны: подписать его в декабре не получится.", None),
])
def test_plan_month_after_a_colon(models: Any, body: str, expected: str | None) -> None:
    found = [d for s, d in _dates(models, body, pub="4 ноября 2026 г.") if s == "planned"]
    assert found == [expected]


@pytest.mark.slow
@pytest.mark.parametrize("body", [
    f"Осенью {OMSK} подписали соглашение о сотрудничестве.",
    f"Зимой {OMSK} заключили соглашение о реабилитации детей.",
])
def test_a_season_never_dates_a_signing(models: Any, body: str) -> None:
    found = _dates(models, body, pub="29.10.2025")
    assert found and all(d is None or not re.fullmatch(r"\d{4}", d) for _, d in found)


@pytest.mark.slow
def test_a_season_dates_a_plan_by_the_year_ahead(models: Any) -> None:
    """pdate50: a plan's season is the coming one ("весной" in October 2025: 2026)."""
    body = f"{OMSK[0].upper() + OMSK[1:]} планируют подписать соглашение о сотрудничестве весной."
    assert _dates(models, body, pub="29.10.2025") == [("planned", "2026")]


@pytest.mark.slow
@pytest.mark.parametrize("body", [
    (f"Сегодня в Омске прошёл форум. Напомним, соглашение между {OMSK} было подписано "
     "ранее, оно предусматривает обмен опытом."),
    (f"Напомним, {OMSK} сотрудничают в рамках соглашения, подписанного несколько лет "
     "назад."),
])
def test_a_recalled_agreement_never_takes_the_publication_day(models: Any,
                                                              body: str) -> None:
    found = _dates(models, body, pub="29.10.2025")
    assert found and all(d != "2025-10-29" for s, d in found if s == "mentioned")


@pytest.mark.slow
def test_cli_lists_counted_signings_with_their_day(listed_rows: Any) -> None:
    text = PAGE.format(
        pub="18.11.2026", head="Томская область и Тыва подписали два соглашения",
        body=("Накануне в Томске состоялось подписание сразу двух документов. Первое "
              f"соглашение заключили {TOMSK}. Второе соглашение подписали департамент "
              "труда и занятости населения Томской области и агентство по занятости "
              "населения Республики Тыва."))
    records = listed_rows({"tomsk.txt": text}, "--format", "jsonl", "--limit", "0")
    assert len(records) == 1 and records[0]["published"] == "2026-11-18"
    signed = [a for a in records[0]["agreements"] if a["status"] == "signed"]
    assert [a["date"] for a in signed] == ["2026-11-17", "2026-11-17"]
