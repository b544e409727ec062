"""reg48: regions named only by the name of a district list or of a church's patriarchate.

- regions._district_list (read by _mark_shapes, so by listed_places_dropped): a list of
  capitalised adjectives right before a district's, street's or station's noun names those
  places, even where every adjective of it is also a subject's adjective or a town's form
  (the list was read only when one of its words matched nothing); a noun a subject's own
  name ends in (lexicon_regions.SUBJECT_PLACE_NOUNS: "округ") leaves the list alone.
- lexicon_regions.NAMED_THING_NOUNS gains "патриархат": a church's patriarchate is called
  after its see's town and lies in no subject (regions._names_a_thing).
Every probe is written here, in words of its own.
"""

from __future__ import annotations

import probes
import pytest

LIPETSK = "Липецкая область"

# (id, text, region names that must be found, names that must be absent)
REGION_ROWS = probes.named_rows([
    # positives, each failing on b48dev (a Kirov oblast, or a Moscow, found)
    ("district_list_with_a_town_form",
     "Выездные бригады Липецкой области начнут работать в Кировском и Всеволожском "
     "районах.\n", {LIPETSK}, {"Кировская область", "Ленинградская область"}),
    ("district_list_joined_by_or",
     "Липецкие волонтёры помогут пенсионерам в Кировском или Всеволожском районе.\n",
     {LIPETSK}, {"Кировская область"}),
    ("patriarchate_in_brackets",
     "Энская епархия (Московский патриархат) и министр социальной защиты Омской области "
     "подписали соглашение о приюте.\n",
     {"Омская область"}, {"Москва"}),
    ("patriarchate_capitalised",
     "Приход Русской православной церкви Московского Патриархата и центр занятости "
     "Липецкой области договорились о трудоустройстве прихожан.\n", {LIPETSK}, {"Москва"}),
    # guards: subjects listed before their own nouns; a noun of a subject's own name; a
    # patriarchate's town named otherwise; an elliptic list of subjects
    ("subjects_before_their_noun",
     "Волонтёры Воронежской области помогли семьям в Иркутской и Томской областях.\n",
     {"Воронежская область", "Иркутская область", "Томская область"}, set()),
    ("okrugs_are_subjects",
     "Опыт Липецкой области внедрят в Ненецком и Чукотском автономных округах.\n",
     {LIPETSK, "Ненецкий автономный округ", "Чукотский автономный округ"}, set()),
    ("patriarchate_town_named_otherwise",
     "В Москве министр Омской области и Энская епархия (Московский патриархат) подписали "
     "соглашение о приюте.\n", {"Москва", "Омская область"}, set()),
    ("subjects_share_a_noun_told_before",
     "Выплаты получат жители Курской, Белгородской и Брянской областей.\n",
     {"Курская область", "Белгородская область", "Брянская область"}, set()),
    ("two_subjects_sign",
     "Соглашение подписали Курская и Белгородская области.\n",
     {"Курская область", "Белгородская область"}, set()),
])


@pytest.mark.slow
@pytest.mark.parametrize("text,present,absent", REGION_ROWS)
def test_reg48_region_rows(models, text: str, present: set[str], absent: set[str]) -> None:
    probes.check_regions(models, text, present, absent)


def test_examples_quote_no_dev_text() -> None:
    probes.check_rules_invented(__file__, regions=("_district_list", "_mark_shapes",
                                                   "_names_a_thing"))
