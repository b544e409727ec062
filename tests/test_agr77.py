"""agr77: a side the page names as its own ("наша организация", "наш центр") is the body
whose page it is, named in the page's header or footer line; a page that names no such
body leaves no side for the words. A finite verb never ends a body's name. Every probe is
written here, in words of its own."""

from __future__ import annotations

import pytest
from probes import agreement_records

from soccoop.extract.agreement_types import _Party
from soccoop.extract.page_owner import page_owner, self_reference_head
from soccoop.extract.party_cleanup import without_trailing_verb

# (id, published, text, sorted (status, sorted parties) of every record)
RECORDS = [
    ("header-names-the-centre", "2024-03-12",
     "Центр социальной помощи семье и детям «Надежда»\n"
     "Главная | Услуги | Новости | Контакты\n"
     "Новый партнёр\n"
     "11 марта наш центр и Управление социальной защиты населения города Рыбинска "
     "подписали соглашение о сотрудничестве в работе с многодетными семьями.\n",
     [("signed", ["Управление социальной защиты населения города Рыбинска",
                  "Центр социальной помощи семье и детям «Надежда»"])]),
    ("footer-names-the-organisation", "2024-05-20",
     "Новости\n"
     "Мы стали партнёрами министерства\n"
     "20 мая наша организация и Министерство социального развития Пермского края "
     "подписали соглашение о сотрудничестве в поддержке семей участников СВО.\n"
     "Поделиться\n"
     "Пермская краевая общественная организация «Семья и дом»\n",
     [("signed", ["Министерство социального развития Пермского края",
                  "Пермская краевая общественная организация «Семья и дом»"])]),
    ("subject-only-the-page-names", "2024-04-02",
     "Центр реабилитации инвалидов «Ступени»\n"
     "О центре | Новости | Контакты\n"
     "В апреле наш центр заключил соглашение с Тверским государственным медицинским "
     "университетом о практике студентов.\n",
     [("signed", ["Тверской государственный медицинский университет",
                  "Центр реабилитации инвалидов «Ступени»"])]),
]


@pytest.mark.parametrize(("case", "published", "text", "expected"), RECORDS,
                         ids=[r[0] for r in RECORDS])
def test_records(models, case: str, published: str, text: str, expected: list) -> None:
    assert agreement_records(models, text, published, "status", "parties") == expected


# (id, published, text, words no record may hold as a side)
NO_SIDES = [
    ("radio-page-names-no-ministry", "2024-06-05",
     "Радио «Северная волна»\n"
     "Эфир | Программы | Подкасты\n"
     "— Наше министерство и Министерство труда Республики Карелия подписали соглашение "
     "о сотрудничестве, — рассказала гостья эфира.\n",
     {"Наше министерство", "Радио «Северная волна»"}),
]


@pytest.mark.parametrize(("case", "published", "text", "banned"), NO_SIDES,
                         ids=[r[0] for r in NO_SIDES])
def test_no_such_sides(models, case: str, published: str, text: str, banned: set) -> None:
    sides = {n for _, parties in agreement_records(models, text, published, "status", "parties")
             for n in parties}
    assert not sides & banned


def test_self_reference_head(models) -> None:
    assert self_reference_head(models, "Наш центр") == "центр"
    assert self_reference_head(models, "Наша организация") == "организация"
    assert self_reference_head(models, "Центр занятости") is None
    assert self_reference_head(models, "Наш областной центр") is None


def test_page_owner_needs_the_same_head(models) -> None:
    page = "Городской центр помощи семье\nГлавная | Новости\nТекст новости.\n"
    assert page_owner(models, page, "центр") == "Городской центр помощи семье"
    assert page_owner(models, page, "организация") is None


def test_page_owner_skips_sentences_menus_and_addresses(models) -> None:
    page = ("Наш центр открыл новый зал.\nЦентр | Новости | Контакты\nТекст.\n"
            "Текст.\nТекст.\nТекст.\n620000, г. Пермь, Центральная улица, 1\n")
    assert page_owner(models, page, "центр") is None


def test_page_owner_reads_a_legal_form_before_a_description(models) -> None:
    page = ("АНО «Добрые руки» — помощь одиноким пожилым людям\nО нас | Помочь\nТекст.\n")
    assert page_owner(models, page, "организация") == "АНО «Добрые руки»"
    assert page_owner(models, page, "центр") is None


def _side(models, text: str, name: str) -> _Party:
    start = text.index(name)
    return _Party(name, [], start, start + len(name), models)


# (text, the side as read, the side it is)
VERB_ENDED = [
    ("Министерство и отделение Соцфонда продлили соглашение.", "Соцфонда продлили",
     "Отделение Соцфонда"),
    ("Комитет и Центр занятости Лужского района подписали соглашение.",
     "Центр занятости Лужского района подписали", "Центр занятости Лужского района"),
    # negatives: no verb at the end, a name in quotes, a one-word side
    ("Комитет и Фонд помощи детям подписали соглашение.", "Фонд помощи детям",
     "Фонд помощи детям"),
    ("Комитет и клуб «Мы победили» подписали соглашение.", "клуб «Мы победили»",
     "клуб «Мы победили»"),
    ("Подписали соглашение.", "Подписали", "Подписали"),
]


@pytest.mark.parametrize(("text", "read", "name"), VERB_ENDED, ids=[r[1] for r in VERB_ENDED])
def test_without_trailing_verb(models, text: str, read: str, name: str) -> None:
    assert without_trailing_verb(models, text, _side(models, text, read)).name == name
