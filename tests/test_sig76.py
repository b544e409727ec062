"""Signatories of sig76, probes written for this file (not copied from any round).

* A publication line whose views counter splits its thousands by a space ("Просмотров:
  2 417") is still a publication line in the headline zone, so the headline above it is
  not masked as the page's header and its signing is read (sig76 and date76 both did this;
  the merge kept date76's narrower ``dates.stamp_line``, and these rows read through it).
* When a report tells two signed records, a record without signers takes those a nearby
  sentence puts signatures under a document with, when they are officials of its own sides
  (``coreference.signatures_of_its_sides``); the record that took them by nearness only
  loses them.
* An ordinal standing for the agreement noun ("Второе — с обществом слепых") counts its own
  item, so the two items are two agreements and the second's signer is not the first's
  (``merge_rules._ordinal_of``).
* A headline's signing takes the day of the sentence under it that tells the signing
  itself, not a date of the sentence after: one signed record, of the lead's day (sig76's
  ``told_signing_day`` was merged away: date76's ``ends_signing_walk`` does the same, into
  which mend77 folded agr76's ``signing_retold_in_lead``).
"""

from __future__ import annotations

from typing import Any

import probes
import pytest

from soccoop.extract.dates import stamp_line

# (id, line, the publication day it gives, or None)
LINES = [
    ("views in thousands split by a space", "Опубликовано: 06.03.2024  •  Просмотров: 2 417",
     "2024-03-06"),
    ("views in one run of digits", "06.03.2024 | Просмотров: 2417", "2024-03-06"),
    ("few views", "06.03.2024 | Просмотров: 12", "2024-03-06"),
    ("a group of four digits after the space is no counter", "06.03.2024 | Просмотров: 2 4170",
     None),
    ("words after the counter", "06.03.2024 | Просмотров: 2 417 человек", None),
]


@pytest.mark.parametrize(("line", "day"), probes.named_rows(LINES))
def test_views_counter(line: str, day: str | None) -> None:
    found = stamp_line(line)
    assert (found.value if found else None) == day


VIEWS = (
    "ВОЛГА-НОВОСТИ  |  Новости Твери\n"
    "Главное  Город  Область  Спорт\n"
    "Тверь, +9°C, дождь    Курс ЦБ: USD 91,40\n\n"
    "Общество\n\n"
    "В Твери 5 марта подписали трёхстороннее соглашение о стажировках для глухих\n\n"
    "Опубликовано: 06.03.2024  •  Просмотров: 2 417\n\n"
    "Министерство социальной защиты Тверской области, Центр занятости населения Тверской "
    "области и Тверская областная организация Всероссийского общества глухих договорились "
    "вместе помогать глухим выпускникам с работой.\n\n"
    "Документ подписали министр социальной защиты Тверской области О.Зайцева, директор Центра "
    "занятости населения Тверской области А.Рябов и председатель Тверской областной "
    "организации ВОГ П.Лосев.\n\n"
    "Соглашение предусматривает стажировки и обучение наставников.\n")


def test_headline_over_a_views_counter_is_read(models: Any) -> None:
    records = probes.agreements_of(models, VIEWS)
    assert [(a.status, a.date) for a in records] == [("signed", "2024-03-05")]
    assert probes.signer_surnames(models, VIEWS) == [["зайцева", "лосев", "рябов"]]


ADDENDUM = (
    "В пятницу в Перми подписано дополнительное соглашение к трёхстороннему соглашению "
    "между Правительством Пермского края, Пермским краевым союзом организаций профсоюзов и "
    "Союзом работодателей Пермского края. Документ продлевает действие соглашения до конца "
    "2026 года.\n\n"
    "От имени правительства подпись поставил первый заместитель председателя Правительства "
    "Пермского края Олег Петрович Кузнецов, от профсоюзов — председатель Пермского краевого "
    "союза организаций профсоюзов Анна Сергеевна Белова, от {third} Игорь Ильич Соколов.\n\n"
    "В тот же день Министерство труда и социального развития Пермского края подписало "
    "соглашение с Пермским краевым колледжем связи.\n")
EMPLOYERS = "работодателей — президент Союза работодателей Пермского края"
COLLEGE = "колледжа — директор Пермского краевого колледжа связи"

# (id, the third signer's side, the signers of the tripartite record, of the college's)
SIDES = [
    ("signers of its own sides", EMPLOYERS, ["белова", "кузнецов", "соколов"], []),
    # sig57 sorts the two the list gives the college's record off it (their bodies are the
    # tripartite record's sides); nothing gives them back to the tripartite record, since the
    # round 57 mend that did sent a later fact box's signer back to an earlier record too
    ("a signer of no side of it: left to the other rules", COLLEGE, [], ["соколов"]),
]


@pytest.mark.parametrize(("third", "tripartite", "college"), probes.named_rows(SIDES))
def test_signatures_of_its_sides(models: Any, third: str, tripartite: list[str],
                                 college: list[str]) -> None:
    assert probes.signer_surnames(models, ADDENDUM.format(third=third)) == [tripartite, college]


ORDINALS = (
    "В Твери подписали два соглашения\n\n"
    "Вчера министерство провело в Твери приём для общественных организаций. По его итогам "
    "появились два соглашения о сотрудничестве.\n\n"
    "Первое соглашение министр социального развития Тверской области Олег Сомов заключил с "
    "Тверской областной организацией Всероссийского общества глухих, от её имени документ "
    "подписала Анна Котова. {second}\n")
# (id, the second sentence, the first record's signers, the records' count)
SECOND = [
    ("an ordinal standing for the noun is another item",
     "Второе — с Тверской областной организацией Всероссийского общества слепых: за общество "
     "расписался Пётр Лосев.", ["котова", "сомов"], 2),
    ("no second item: one agreement",
     "Церемония прошла в областном доме общественных организаций.", ["котова", "сомов"], 1),
]


@pytest.mark.parametrize(("second", "first", "count"), probes.named_rows(SECOND))
def test_ordinal_item_apart(models: Any, second: str, first: list[str], count: int) -> None:
    text = ORDINALS.format(second=second)
    assert probes.signer_surnames(models, text)[0] == first
    assert len(probes.agreements_of(models, text)) == count


LEAD = ("Минсоц и колледж подписали соглашение о практике\n\n"
        "Вчера, 14 мая, министр социальной защиты Тверской области Ольга Зайцева и директор "
        "Тверского педагогического колледжа Антон Рябов подписали соглашение о практике "
        "студентов.\n\n"
        "О намерении заключить соглашение министр впервые сообщила на коллегии 2 апреля.\n")
DOCUMENT = ("Министерство социальной защиты Тверской области и Тверской педагогический колледж "
            "подписали соглашение о практике\n\n"
            "Документ подписан 14 мая в Твери. Министр рассказала о планах на лето.\n")

EXTENDED = ("Минсоц и колледж продлили соглашение о практике\n\n"
            "Министр социальной защиты Тверской области Ольга Зайцева и директор Тверского "
            "педагогического колледжа Антон Рябов подписали соглашение о практике студентов в "
            "декабре 2020 года, а вчера продлили его ещё на три года.\n")

# (id, text, each record's status and date)
HEADLINES = [
    ("an older year in the lead is no day of the headline", EXTENDED,
     [("signed", "2024-05-14"), ("mentioned", "2020-12")]),
    ("the lead tells the signing: one record of its day", LEAD, [("signed", "2024-05-14")]),
    ("a sentence naming no agreement still dates the headline", DOCUMENT,
     [("signed", "2024-05-14")]),
]


@pytest.mark.parametrize(("text", "expected"), probes.named_rows(HEADLINES))
def test_headline_day_stops_at_the_signing(models: Any, text: str,
                                           expected: list[tuple[str, str]]) -> None:
    assert [(a.status, a.date) for a in probes.agreements_of(models, text, "2024-05-15")] == \
        expected
