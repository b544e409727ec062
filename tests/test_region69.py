"""region69: regions told by a name's shape, and parties' full names.

- regions: a region adjective opening a school's or university's name whose paragraph then
  names a town of another subject ("с Амурским государственным университетом в
  Комсомольске-на-Амуре") names no subject unless the text names it otherwise; a
  region adjective in a list of district adjectives ("в Выборгском, Калининском и
  Приморском") is a district's name.
- party names: a name in „“ inside a «quoted» one ends at the outer quote ("АНО «Центр
  помощи пожилым „Забота рядом“»"); a body's list of fields goes on over capitalised
  genitive conjuncts the tree hangs on it ("совет ветеранов войны, труда, Вооружённых сил и
  правоохранительных органов"); a name with a bracketed adjective reads its first
  adjective as one though tagged a proper noun ("Казанским (Приволжским) федеральным
  университетом").
"""

from __future__ import annotations

from typing import Any

import pytest
from probes import named_rows

from soccoop.extract.pipeline import extract
from soccoop.extract.regions import REGION_PASSES

KHABAROVSK = ("Министерство социальной защиты Хабаровского края подписало соглашение о "
              "целевом обучении социальных работников. ")

# (id, text, region that must be absent or None, region that must stay)
REGIONS = [
    ("a university's adjective, its town another subject's", KHABAROVSK + "Ранее такое "
     "соглашение министерство заключило с Амурским гуманитарно-педагогическим "
     "государственным университетом в Комсомольске-на-Амуре.\n", "Амурская область",
     "Хабаровский край"),
    ("a university's adjective, no town after: a party's region", KHABAROVSK + "Второе "
     "соглашение подписал Томский государственный университет.\n", None, "Томская область"),
    ("a university's adjective and the region named", "Курский государственный университет "
     "и министерство социального обеспечения Курской области подписали соглашение.\n",
     None, "Курская область"),
    ("a region's adjective before another noun stays", KHABAROVSK + "Опытом поделились "
     "амурские социальные работники.\n", None, "Амурская область"),
    ("districts after the city's districts", "Центр помощи пожилым работает в 9 районах "
     "Санкт-Петербурга, больше всего подопечных — в Красногвардейском, Калининском и Приморском.\n",
     "Приморский край", "Санкт-Петербург"),
    ("district adjectives before the district noun", "Волонтёры Санкт-Петербурга помогают "
     "пожилым в Калининском и Приморском районах.\n", "Приморский край", "Санкт-Петербург"),
    ("a list of region adjectives stays", "Соглашение подписали министерства Курской, "
     "Белгородской и Брянской областей.\n", None, "Белгородская область"),
    ("elliptic region adjectives of subjects stay", "Гуманитарную помощь собрали в Курской "
     "области, груз получат жители Белгородской и Брянской.\n", None, "Брянская область"),
]


def _regions(models: Any, text: str) -> set[str]:
    return {r.name for r in extract(text, "t.txt", models).regions}


@pytest.mark.parametrize(("text", "absent", "kept"), named_rows(REGIONS))
def test_regions_by_shape(models: Any, text: str, absent: str | None, kept: str) -> None:
    found = _regions(models, text)
    if absent is not None:
        assert absent not in found
    assert kept in found


# (id, text, a party's full name that must be read)
PARTIES = [
    ("an inner name in „“", "Комитет по социальной политике Санкт-Петербурга и автономная "
     "некоммерческая организация «Центр поддержки семьи „Тёплый дом“» заключили соглашение "
     "о сотрудничестве.", "Автономная некоммерческая организация «Центр поддержки семьи "
     "„Тёплый дом“»"),
    ("an inner name in «»", "Министерство труда Курской области заключило соглашение с "
     "фондом «Центр поддержки семьи «Вместе»» о сотрудничестве.",
     "Фонд «Центр поддержки семьи «Вместе»»"),
    ("a veterans' council's fields", "Министерство и Бурятский республиканский совет "
     "ветеранов войны, труда, Вооружённых сил и правоохранительных органов подписали "
     "соглашение.", "Бурятский республиканский совет ветеранов войны, труда, Вооружённых сил "
     "и правоохранительных органов"),
    ("a bracketed adjective, the first tagged a proper noun", "Осенью министерство труда "
     "Республики Татарстан заключило соглашение с Казанским (Приволжским) федеральным "
     "университетом.", "Казанский (Приволжский) федеральный университет"),
    ("a field list's capitalised conjunct", "Мэрия Череповца и Череповецкая городская "
     "общественная организация ветеранов (пенсионеров) войны, труда, Вооружённых Сил и "
     "правоохранительных органов подписали соглашение.", "Череповецкая городская "
     "общественная организация ветеранов (пенсионеров) войны, труда, Вооружённых Сил и "
     "правоохранительных органов"),
    ("committees of two parliaments are two sides", "В 2021 году комитеты по социальной "
     "политике Тамбовской областной Думы и Законодательного Собрания Пензенской области "
     "заключили соглашение о сотрудничестве.",
     "Комитет по социальной политике Законодательного Собрания Пензенской области"),
    ("an abbreviation after и is a side", "Отделение СФР и АлтГУ подписали новое соглашение о "
     "сотрудничестве.", "АлтГУ"),
    ("a second side after a comma stays apart", "Соглашение о сотрудничестве подписали "
     "Министерство социальной защиты Республики Алтай, Министерство здравоохранения "
     "Республики Алтай и Отделение Социального фонда.",
     "Министерство здравоохранения Республики Алтай"),
]


@pytest.mark.parametrize(("text", "name"), named_rows(PARTIES))
def test_party_full_names(models: Any, text: str, name: str) -> None:
    parties = {p.name for a in extract(text, "t.txt", models).agreements for p in a.parties}
    assert name in parties


def test_region_passes_are_named() -> None:
    names = [p.name for p in REGION_PASSES]
    # regpool91 appended proper_name_adjectives_dropped after region69's two passes
    assert names[-3:] == ["institution_names_named_elsewhere", "listed_places_dropped",
                          "proper_name_adjectives_dropped"]
    assert all(p.run.__doc__ and any("а" <= c <= "я" for c in p.run.__doc__)
               for p in REGION_PASSES)
