"""region54: a region's adjective that is part of a place's own name, no region.

- regions._settlement_name: a region adjective right after a rural settlement's noun
  ("станица", "хутор", "деревня"; ``LOWER_SETTLEMENT_NOUNS``) is the settlement's name.
- regions._adjective_of_proper_name: a capitalised region adjective inside its sentence
  followed by a capitalised proper noun it agrees with (a surname, a brand; not a place's
  Geox name, not a common noun) opens a two-word proper name.
Every probe is written here, in words of its own.
"""

from __future__ import annotations

import probes
import pytest

SIGNED = (" Министерство социального развития Тамбовской области и фонд «Добрые соседи» "
          "подписали соглашение о заботе о людях старшего возраста.")
TAMBOV = "Тамбовская область"
TOMSK = "Томская область"
LENINGRAD = "Ленинградская область"
OMSK = "Омская область"
TVER = "Тверская область"
SMOLENSK = "Смоленская область"
STAVROPOL = "Ставропольский край"

# (id, text, region names that must be found, names that must be absent)
REGION_ROWS = probes.named_rows([
    # positives, each failing on b54dev (the region of the adjective was taken)
    ("stanitsa_named_after_a_region",
     "Праздник провели в сельском клубе станицы Ленинградской." + SIGNED,
     {TAMBOV}, {LENINGRAD}),
    ("aul_named_after_a_region",
     "Волонтёры отвезли продукты в аул Ставропольский." + SIGNED, {TAMBOV}, {STAVROPOL}),
    ("rock_named_after_a_town",
     "Летом пенсионеры съездят на экскурсию в Шерегеш и Томскую Писаницу." + SIGNED,
     {TAMBOV}, {TOMSK}),
    # guards (passing on b54dev too): the oblast's full name after the settlement's noun; a
    # common noun after the capitalised adjective; a place's own name (Geox) after it; a
    # lower-case adjective before a town; the adjective opening the sentence; the same rock
    # beside the oblast named otherwise
    ("oblast_after_the_stanitsa",
     "В станице Ленинградской области открылся пункт проката колясок." + SIGNED,
     {TAMBOV, LENINGRAD}, set()),
    ("common_noun_after_the_adjective",
     "Соглашение поддержало и Омское Отделение фонда пенсионного страхования." + SIGNED,
     {TAMBOV, OMSK}, set()),
    ("geographic_name_after_the_adjective",
     "Волонтёры объехали всю Тверскую Карелию с подарками." + SIGNED,
     {TAMBOV, TVER}, set()),
    ("lower_case_adjective_before_a_town",
     "Туда приехала и смоленская Сычёвка со своей командой." + SIGNED,
     {TAMBOV, SMOLENSK}, set()),
    ("okrug_by_its_abbreviation",
     "Сиделок для Анадыря обучит колледж по заказу департамента Чукотского АО." + SIGNED,
     {TAMBOV, "Чукотский автономный округ"}, set()),
    ("rock_beside_the_named_oblast",
     "Жители Томской области посетят Томскую Писаницу бесплатно." + SIGNED,
     {TAMBOV, TOMSK}, set()),
    # fixsig54: a coined body's name the dictionary does not know keeps its region (m54:
    # lost, the unknown word read as a proper noun)
    ("unknown_coined_body_name",
     "В проекте участвуют мэрия, Омский Соцзащитфонд и волонтёры." + SIGNED,
     {TAMBOV, OMSK}, set()),
    ("unknown_coined_centre_name",
     "Наборы передали в мэрию и Омский Соцзащитцентр." + SIGNED, {TAMBOV, OMSK}, set()),
])


@pytest.mark.slow
@pytest.mark.parametrize(("text", "present", "absent"), REGION_ROWS)
def test_region54_region_rows(models, text: str, present: set[str], absent: set[str]) -> None:
    probes.check_regions(models, text, present, absent)


# (id, words, index of the adjective, whether it opens a proper name)
PROPER_ROWS = probes.named_rows([
    ("surname_noun", "поедут в Томскую Писаницу", 2, True),
    ("after_a_comma", "Шерегеш, Томскую Писаницу", 2, True),
    ("common_noun", "поддержало Омское Отделение", 1, False),
    ("geographic_noun", "объехали Тверскую Карелию", 1, False),
    ("lower_case", "приехала смоленская Сычёвка", 1, False),
    ("opens_the_phrase", "Томская Писаница", 0, False),
    ("no_agreement", "в Томской Писаницу", 1, False),
    # an abbreviation after the adjective (the okrug's "АО", read as a company's): no name
    ("okrug_abbreviation", "департамент Чукотского АО", 1, False),
    # fixsig54: a coined word the dictionary does not know, a body's compound name, keeps
    # the region (m54: True, an unknown word counted as a proper noun)
    ("unknown_compound_body", "поздравил Омский Соцзащитфонд", 1, False),
    ("unknown_ministry_short", "приказом Омского Минсоцтруда", 1, False),
    # guard: a known first name after the adjective still opens a name
    ("known_first_name", "пришёл Томский Питирим", 1, True),
])


@pytest.mark.parametrize(("words", "k", "proper"), PROPER_ROWS)
def test_region54_proper_names(models, words: str, k: int, proper: bool) -> None:
    from soccoop.extract import regions
    units = regions._units(models, models.analyse(words).sentences[0].tokens)
    assert regions._adjective_of_proper_name(units, k, k, models) is proper


def test_region54_lexicon_classes() -> None:
    """The proper-noun grammemes leave the place's name (Geox) out; the settlement nouns
    the adjective reads are rural ones, no town's."""
    from soccoop.extract import lexicon_regions as lx
    assert {"Name", "Surn", "Orgn"} <= lx.PROPER_NAME_GRAMMEMES
    assert "Geox" not in lx.PROPER_NAME_GRAMMEMES
    assert {"станица", "хутор", "деревня"} <= lx.LOWER_SETTLEMENT_NOUNS
    assert "город" not in lx.LOWER_SETTLEMENT_NOUNS


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, regions=("_settlement_name", "_agree",
                                                   "_adjective_of_proper_name"))
