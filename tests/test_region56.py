"""region56: regions of the news itself — a town's municipal unit tells its subject.

- regions.municipal_unit_regions (read by the pipeline only on a page whose body, header,
  copyright line and hashtags name no subject, before the footer's imprint): a town's
  adjective opening a municipal unit's name ("Братского городского округа", "по
  Сургутскому району", "Ковровского муниципального района" with up to two municipal kinds
  before the unit's noun, ``lexicon_regions.MUNICIPAL_UNIT_NOUNS``) tells the subject the
  town lies in (the gazetteer's towns);
- regions._unit_town: the adjective's town (``regions._adjective_town``: "братский" →
  "братск", "сургутский" → "сургут"; a capital's adjective is left to the matcher), none
  where the unit's noun is followed by a town's name (a city's own district, "Дзержинский
  район Новокузнецка", is no unit of the town Дзержинск).

The negatives: a town named alone still tells no subject; a page that names a subject keeps
only it (the unit is not read there); a city's district; a common adjective ("Советский
район") whose town the gazetteer lacks. Every probe is written here, in words of its own.
"""

from __future__ import annotations

import probes
import pytest

from soccoop import gazetteer

HEAD = "Новости\n\n"
IRKUTSK = "Иркутская область"
YUGRA = gazetteer.by_code("RU-KHM").name  # the gazetteer's name, no run of a dev text
VLADIMIR = "Владимирская область"
NIZHNY = "Нижегородская область"
KUZBASS = "Кемеровская область — Кузбасс"
KURSK = "Курская область"
LENINGRAD = "Ленинградская область"

# (id, text, region names that must be found, names that must be absent)
REGION_ROWS = probes.named_rows([
    # positives, each failing on b56dev (the page had no region at all)
    ("town_unit_urban_okrug",
     HEAD + "Глава Братского городского округа Игорь Лаптев вручил ключи от новых квартир "
     "трём семьям ветеранов боевых действий.",
     {IRKUTSK}, set()),
    ("town_unit_district_dative",
     HEAD + "Управление соцзащиты по Сургутскому району открыло запись на бесплатные курсы "
     "компьютерной грамотности для пенсионеров.",
     {YUGRA}, set()),
    ("town_unit_municipal_district",
     HEAD + "В администрации Ковровского муниципального района прошла встреча с волонтёрами, "
     "которые помогают одиноким старикам с дровами.",
     {VLADIMIR}, set()),
    # negatives
    ("town_alone_tells_no_subject",
     HEAD + "В Братске открыли пункт проката инвалидных колясок для пожилых горожан.",
     set(), {IRKUTSK}),
    ("a_named_subject_keeps_the_page",
     HEAD + "Губернатор Курской области поздравил с юбилеем главу Братского городского "
     "округа, с которым они вместе учились.",
     {KURSK}, {IRKUTSK}),
    ("a_city_district",
     HEAD + "Глава администрации Дзержинского района Новокузнецка встретился с ветеранами "
     "труда в библиотеке.",
     set(), {NIZHNY, KUZBASS}),
    ("a_common_adjective_district",
     HEAD + "Жители Советского района пожаловались на очереди в поликлинике.",
     set(), {NIZHNY}),
    # fixregion56 (review item A): an urban district's common name, "район" with no
    # municipal kind, and a city's district followed by a town of two words
    ("an_urban_district_name_dative",
     HEAD + "Управление социальной защиты населения по Дзержинскому району провело приём "
     "граждан по вопросам субсидий.",
     set(), {NIZHNY}),
    ("an_urban_district_name_genitive",
     HEAD + "Жители Выборгского района пожаловались на очереди в поликлинике.",
     set(), {LENINGRAD}),
    ("a_city_district_of_a_two_word_town",
     HEAD + "Совет ветеранов Дзержинского района Нижнего Тагила провёл встречу со "
     "школьниками.",
     set(), {NIZHNY}),
    ("an_urban_district_name_with_a_municipal_kind",
     HEAD + "Глава Выборгского муниципального района поздравил ветеранов с праздником.",
     {LENINGRAD}, set()),
])


@pytest.mark.parametrize(("text", "present", "absent"), REGION_ROWS)
def test_region56_region_rows(models, text: str, present: set[str], absent: set[str]) -> None:
    probes.check_regions(models, text, present, absent)


@pytest.mark.parametrize(("text", "found"), [
    ("Глава Братского городского округа", "братск"),
    ("Мэр Сургутского муниципального района", "сургут"),
    ("Глава Кировского района", None),
    ("Глава Дзержинского района Новокузнецка", None),
    ("Глава Братского театра", None),
    ("Глава Дзержинского района", None),
    ("Глава Дзержинского муниципального района", "дзержинск"),
    ("Глава Братского района Нижнего Тагила", None),
    ("Глава Братского района Сергей Петров", "братск"),
])
def test_region56_unit_town(models, text: str, found: str | None) -> None:
    from soccoop.extract import regions
    toks = models.analyse(text).sentences[0].tokens
    assert regions._unit_town(toks, 1) == found


def test_region56_lexicon_class() -> None:
    """The unit nouns are the heads of municipal units, not of a region's own name's kind
    only ("край", "область" stay out); every town of the gazetteer is keyed lower-cased."""
    from soccoop.extract import lexicon_regions as lx
    from soccoop.extract import regions
    assert lx.MUNICIPAL_UNIT_NOUNS == {"район", "округ"}
    assert not lx.MUNICIPAL_UNIT_NOUNS & {"край", "область", "республика"}
    assert regions._town_subjects()["братск"] == {"RU-IRK"}
    # fixregion56: the urban districts' names are adjectives, none a unit's noun or kind
    assert all(a.endswith(("ий", "ый", "ой")) for a in lx.URBAN_DISTRICT_ADJECTIVES)
    assert not lx.URBAN_DISTRICT_ADJECTIVES & (lx.MUNICIPAL_MODIFIERS | lx.MUNICIPAL_UNIT_NOUNS)


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, regions=("municipal_unit_regions", "_unit_town",
                                                   "_adjective_town", "_town_follows",
                                                   "_two_word_towns"))
