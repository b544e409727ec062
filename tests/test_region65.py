"""region65: regions named by informal names, extra aliases and abbreviations, the words that
make a region adjective part of a thing's name, and a site's copyright line.

Invented sentences in the style of regional news."""

from __future__ import annotations

import pytest

from soccoop.extract.boilerplate import mask_boilerplate
from soccoop.extract.regions import derived_area_names, find_regions, footer_regions


def _codes(models, text: str) -> list[str]:
    return sorted({r.code for r in find_regions(models.analyse(text), models)})


def test_derived_area_names() -> None:
    assert derived_area_names("RU-SVE", ("свердловский",)) == ["Свердловщина"]
    assert derived_area_names("RU-BEL", ("белгородский",)) == ["Белгородщина", "Белгородчина"]
    assert derived_area_names("RU-KOS", ("костромской",)) == ["Костромщина"]
    # hyphenated adjectives and other endings give none; Moscow's is Muscovy
    assert derived_area_names("RU-KHM", ("ханты-мансийский",)) == []
    assert derived_area_names("RU-MOS", ("подмосковный",)) == []
    assert derived_area_names("RU-MOW", ("московский",)) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # informal "-щина"/"-чина" names made from the subject's adjective
        ("Белгородчина и Курщина подписали соглашение о сотрудничестве.",
         ["RU-BEL", "RU-KRS"]),
        ("Специалисты Свердловщины приехали на форум в Тюмень.", ["RU-SVE", "RU-TYU"]),
        ("На Луганщине открыли новый центр социального обслуживания.", ["RU-LPR"]),
        ("Волонтёры Ленинградщины помогают одиноким пожилым людям.", ["RU-LEN"]),
        ("Ставропольщина и Кубань договорились о взаимодействии.", ["RU-KDA", "RU-STA"]),
        ("В Тюменщине стартовал проект «Активное долголетие».", ["RU-TYU"]),
        # colloquial names and abbreviations the gazetteer did not list
        ("Власти Колымы выделили средства на выплаты семьям.", ["RU-MAG"]),
        ("Министерство социальной защиты Алании подписало соглашение.", ["RU-SE"]),
        ("Министерство социальной политики и труда УР подписало соглашение с фондом.",
         ["RU-UD"]),
        ("Минтруд РД и отделение фонда заключили соглашение.", ["RU-DA"]),
        ("Правительство НАО и фонд подписали соглашение о сотрудничестве.", ["RU-NEN"]),
        # adjectives of an area's name
        ("Зауральские пенсионеры получат новые выплаты.", ["RU-KGN"]),
        # a plural region adjective NER calls a person at the sentence start
        ("Прикамские волонтёры помогают семьям участников СВО.", ["RU-PER"]),
    ],
)
def test_region_names(models, text: str, expected: list[str]) -> None:
    assert _codes(models, text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # a region adjective naming an icon or an exchange is no region
        ("Приход храма Казанской иконы Божией Матери помогает пожилым жителям села.", []),
        ("Акции компании на Московской бирже выросли на два процента.", []),
        # a company's legal form before its quoted name is no okrug
        ("Соглашение подписали администрация района и НАО «Кадастровый центр».", []),
        # what must not change: a region adjective before other nouns, a surname, a district
        ("Казанские специалисты изучили опыт коллег.", ["RU-TA"]),
        ("Московская областная больница приняла пациентов.", ["RU-MOS"]),
        ("С докладом выступил Сергей Тверской, директор центра.", []),
        ("В Кировском районе открыли пункт проката.", []),
        ("Компании из Ростова-на-Дону поставят кресла-коляски в Волгоград.",
         ["RU-ROS", "RU-VGG"]),
    ],
)
def test_not_regions(models, text: str, expected: list[str]) -> None:
    assert _codes(models, text) == expected


BODY = ("В районном центре социального обслуживания подписали соглашение о сотрудничестве "
        "с местным университетом. Документ подписали директор центра и ректор, сообщает "
        "пресс-служба учреждения.\n"
        "Стороны будут вместе готовить специалистов по уходу за пожилыми людьми, а студенты "
        "пройдут практику в отделениях центра уже этой осенью.\n")


@pytest.mark.slow
@pytest.mark.parametrize(
    "footer, expected",
    [
        ("\nВерсия для печати\n\n© Администрация муниципального района «Заречный» "
         "Республики Коми\n", ["RU-KO"]),
        ("\n© 2025 Министерство социальной политики Нижегородской области\n", ["RU-NIZ"]),
        # the seat in an address, an adjective of a paper's name, two subjects: none
        ("\n© 2024 ФГБОУ ВО «Социальный университет». 129226, г. Москва, ул. Ленина, 4\n", []),
        ("\n© ФГБОУ ВО «Курский государственный университет», 2025\n", []),
        ("\n© Союз пенсионеров Тверской и Ярославской областей, 2024\n", []),
    ],
)
def test_copyright_line_names_the_page_subject(models, footer: str,
                                               expected: list[str]) -> None:
    text = BODY + footer
    masked = mask_boilerplate(text)
    assert not masked[len(BODY):].strip()
    assert [r.code for r in footer_regions(text, masked, models)] == expected
