"""Regions named by a site's header above the article, by hyphenated capitals in any case,
by names listed after a lower-case "республик", and capitals that are also towns elsewhere."""

from __future__ import annotations

import pytest
from probes import SITE_BODY as BODY
from probes import SITE_NAV as NAV

from soccoop import gazetteer
from soccoop.extract.boilerplate import mask_boilerplate
from soccoop.extract.lexicon_regions import AREA_ALIASES, CAPITAL_HOMONYMS
from soccoop.extract.pipeline import extract
from soccoop.extract.regions import find_regions, masthead_regions

pytestmark = pytest.mark.slow


def codes(models, text: str) -> list[str]:
    return [r.code for r in find_regions(models.analyse(text), models)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a hyphenated capital in an oblique case: its parts take the whole word's lemma
        ("Пенсионеры съездили в Йошкар-Олу.", ["RU-ME"]),
        ("Гости из Йошкар-Олы и Улан-Удэ.", ["RU-ME", "RU-BU"]),
        ("Встреча прошла в Йошкар-Оле.", ["RU-ME"]),
        # names listed after a lower-case head noun of their full names
        ("Участники из республик Хакасия, Алтай и Тыва.", ["RU-KK", "RU-AL", "RU-TY"]),
        ("Жители республики Алтай приехали.", ["RU-AL"]),
        ("Опыт республики Беларусь изучили.", []),
        ("Соседи обсудили Алтай.", []),
        # a capital that is also a town of the subject the text is about
        ("Глава Благовещенского района Башкирии рассказал: пенсионерка из Благовещенска "
         "ждала два года.", ["RU-BA"]),
        ("Делегация из Благовещенска прибыла в Хабаровск.", ["RU-AMU", "RU-KHA"]),
        ("Амурская область и Башкирия: в Благовещенске открыли центр.",
         ["RU-AMU", "RU-BA"]),
        # an area several subjects share counts only with the subject named otherwise
        ("Конференция «Верхневолжье: забота рядом» прошла в Костроме.", ["RU-KOS"]),
        ("Тверская область, или Верхневолжье, приняла гостей.", ["RU-TVE"]),
        ("Пенсионеры отдохнут в санаториях Южного Урала.", []),
        ("Челябинская область: на Южном Урале открыли центр.", ["RU-CHE"]),
        # the adjective of a city's district before "районный"
        ("Кировский районный суд Екатеринбурга утвердил мировое соглашение.", ["RU-SVE"]),
        ("Кировская областная больница получила оборудование.", ["RU-KIR"]),
        # a city's adjective before "областной" is its oblast's
        ("ГКУ МО «Московский областной центр занятости населения» открыл вакансии.",
         ["RU-MOS"]),
        ("Московский городской суд рассмотрел дело.", ["RU-MOW"]),
        ("Пермский краевой суд рассмотрел дело.", ["RU-PER"]),
    ],
)
def test_word_forms_and_lists(models, text: str, expected: list[str]) -> None:
    assert codes(models, text) == expected


@pytest.mark.parametrize(
    "header, expected",
    [
        ("Иркутская область\n", ["RU-IRK"]),
        ("Администрация Лузского муниципального округа Кировской области\n", ["RU-KIR"]),
        ("Кадровый центр Ярославской области | Центр занятости населения г. Рыбинска\n",
         ["RU-YAR"]),
        # a menu of towns, a headline of other news, two subjects in one line: no header
        ("Главная Екатеринбург Челябинск Тюмень Пермь Происшествия Спорт\n", []),
        ("09:40В Курской области открыли пункт временного размещения\n", []),
        ("Новости Москвы и Санкт-Петербурга\n", []),
    ],
)
def test_site_header_names_its_subject(models, header: str, expected: list[str]) -> None:
    text = header + NAV + BODY
    masked = mask_boilerplate(text)
    assert not masked[:header.index("\n")].strip()  # the masking hid the header's line
    refs = masthead_regions(text, masked, models)
    assert [r.code for r in refs] == expected
    for r in refs:
        for m in r.mentions:
            assert text[m.start:m.end] == m.text


def test_header_region_joins_the_record_after_the_body_ones(models) -> None:
    text = "Иркутская область\n" + NAV + BODY + \
        "Опытом поделились коллеги из Якутии.\n"
    rec = extract(text, "header.txt", models)
    assert [r.code for r in rec.regions] == ["RU-SA", "RU-IRK"]


def test_area_aliases_and_homonyms_name_gazetteer_entries() -> None:
    aliases = {a for r in gazetteer.load() for a in r.aliases}
    assert set(AREA_ALIASES) <= aliases
    capitals = {c for r in gazetteer.load() for c in r.capitals}
    assert set(CAPITAL_HOMONYMS) <= capitals
    assert all(gazetteer.by_code(code) for code in CAPITAL_HOMONYMS.values())
