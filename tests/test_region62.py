"""region62: regions of page furniture and of a town's site header.

Invented texts: a related-news list under "Новости по теме" whose headline looks like prose
(an initial's dot) names no region of the article; a town site's header ("Официальный сайт
города ...") names the town's subject."""

from __future__ import annotations

import pytest
from probes import SITE_BODY as BODY
from probes import SITE_NAV as NAV

from soccoop.extract.boilerplate import mask_boilerplate
from soccoop.extract.regions import masthead_regions


@pytest.mark.parametrize(
    "tail, hidden, kept",
    [
        # a headline with an initial's dot inside reads as prose, yet it is the list's
        ("\nНовости по теме\nСтуденты прошли практику в центрах Самары\n"
         "В университете им. П. Иванова прошла олимпиада среди школьников Чувашии и "
         "Марий Эл\n", "Чувашии", ""),
        ("\nЧитайте также\nВ колледже им. А. С. Пушкина наградили волонтёров Пензенской "
         "области за помощь пожилым\n", "Пензенской", ""),
        # a paragraph that ends as a sentence still ends the list
        ("\nПо теме\nВолонтёры Курской области собрали посылки\n\nЦентр также заключил "
         "договор с колледжем им. В. Петрова, сообщает пресс-служба центра.\n",
         "Курской", "колледжем им. В. Петрова"),
    ],
)
def test_headline_under_list_header_is_masked(tail: str, hidden: str, kept: str) -> None:
    text = NAV + BODY + tail
    masked = mask_boilerplate(text)
    at = text.index(hidden)
    assert not masked[at:at + len(hidden)].strip()
    if kept:
        at = text.index(kept)
        assert masked[at:at + len(kept)] == kept


@pytest.mark.slow
@pytest.mark.parametrize(
    "header, expected",
    [
        ("Официальный сайт города Череповца\n", ["RU-VLG"]),
        ("Администрация г. Новочеркасска\n", ["RU-ROS"]),
        ("Официальный портал города Рыбинска | Мэрия\n", ["RU-YAR"]),
        # a bare town in a menu line, or two towns of two subjects: no header
        ("Главная Новочеркасск Рыбинск Афиша\n", []),
        ("Новости городов Череповца и Рыбинска\n", []),
    ],
)
def test_town_site_header_names_its_subject(models, header: str,
                                            expected: list[str]) -> None:
    text = header + NAV + BODY
    masked = mask_boilerplate(text)
    assert not masked[:header.index("\n")].strip()
    assert [r.code for r in masthead_regions(text, masked, models)] == expected
