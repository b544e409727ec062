"""Agreements found, split and merged: shapes that recur in regional news, as general
rules, each probed in words of its own (other regions, bodies and
word orders than the rounds' texts).

- two agreements in one sentence joined by a bare comma, each clause with its own verb,
  subject and agreement noun (``agreements.asyndetic_agreements``);
- a gapped second signing "..., а в 2023 году — с X" whose gap tells only when: it keeps the
  first signing's subject (``agreements._gapped_signing``);
- "руководители/стороны подписали" after a meeting told earlier in the same sentence (a
  sentence the splitter keeps whole after initials: ``agreements.sides_told_in_sentence``);
- a count of agreements whose sides are only regions ("X и Y подписали два соглашения")
  sums up its members instead of joining them into one (``counted_summaries``);
- a declared trilateral with other sides than the bilateral told before is another
  agreement (``agreements.declared_other_sides``)."""

from __future__ import annotations

import pytest
from probes import agreements_of

PUB = "2025-06-10"


# --- two agreements in one asyndetic compound sentence -------------------------------------

ASYNDETIC = [
    # (text, the two partners' region codes, each in an agreement of its own)
    ("В 2022 году город заключил соглашение с Тверью, в этом году администрация планирует "
     "подписать такое же соглашение с Костромой.", ("RU-TVE", "RU-KOS")),
    ("Министерство ранее подписало соглашение с Республикой Коми, теперь ведомство готовит "
     "соглашение с Архангельской областью.", ("RU-KO", "RU-ARK")),
    ("Весной департамент заключил соглашение о социальном туризме с Республикой Алтай, "
     "сейчас его специалисты готовят проект соглашения с Республикой Хакасия.",
     ("RU-AL", "RU-KK")),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,codes", ASYNDETIC)
def test_two_main_clauses_give_two_agreements(models, text, codes):
    found = agreements_of(models, text, PUB)
    assert len(found) == 2
    for code in codes:  # each partner in exactly one agreement, never both in one
        assert sum(code in a.regions for a in found) == 1
    assert not any(set(codes) <= set(a.regions) for a in found)


@pytest.mark.slow
def test_past_and_drafted_clauses_keep_their_own_status(models):
    text = ASYNDETIC[1][0]
    got = {a.status for a in agreements_of(models, text, PUB)}
    assert got == {"mentioned", "planned"}


NOT_ASYNDETIC = [
    # a relative clause and a reported clause: one agreement
    "Министр рассказала, что министерство подписало соглашение с Пензенской областью, "
    "которое действует до 2027 года.",
    # the second verb has no subject of its own: one actor, its parties stay together
    "Министерство труда Омской области подписало соглашение с Тюменской областью, продлит "
    "договорённость с Курганской областью.",
]


@pytest.mark.slow
def test_a_relative_clause_is_no_second_agreement(models):
    found = agreements_of(models, NOT_ASYNDETIC[0], PUB)
    assert len(found) == 1 and "RU-PNZ" in found[0].regions


@pytest.mark.slow
def test_a_second_verb_without_its_own_subject_keeps_the_first_actor(models):
    found = agreements_of(models, NOT_ASYNDETIC[1], PUB)
    assert any("RU-OMS" in a.regions and "RU-TYU" in a.regions for a in found)


# --- a gapped second signing whose gap tells only when -------------------------------------

GAPPED = [
    # (text, first partner, second partner, second date)
    ("В 2019 году комитет заключил соглашение о сотрудничестве с министерством социальной "
     "защиты Тверской области, а в 2023 году — с Республикой Карелия.",
     "RU-TVE", "RU-KR", "2023"),
    ("Министерство социального развития Пермского края подписало соглашение с "
     "Министерством труда Удмуртской Республики в 2020 году, а позже — с Правительством "
     "Кировской области.", "RU-UD", "RU-KIR", None),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,first,second,date", GAPPED)
def test_a_gap_of_time_only_is_a_second_agreement(models, text, first, second, date):
    found = agreements_of(models, text, PUB)
    assert len(found) == 2
    other = [a for a in found if second in a.regions]
    assert len(other) == 1 and first not in other[0].regions
    assert other[0].date == date


@pytest.mark.slow
def test_a_gapped_signing_keeps_the_first_subject(models):
    found = agreements_of(models, GAPPED[1][0], PUB)
    assert all("RU-PER" in a.regions for a in found)


@pytest.mark.slow
def test_a_gap_with_no_partner_is_no_agreement(models):
    text = ("Министерство социального развития Пермского края подписало соглашение с "
            "Министерством труда Удмуртской Республики, а также провело совещание с коллегами "
            "из Кировской области.")
    found = agreements_of(models, text, PUB)
    assert len(found) == 1 and "RU-KIR" not in found[0].regions


# --- "руководители"/"стороны" after a meeting told in the same sentence --------------------

MEETINGS = [
    ("20 мая в Твери прошла рабочая встреча директора ГКУ «Центр занятости населения "
     "Тверской области» Морозовой Е.А. с начальником КГКУ «Центр занятости населения "
     "Красноярского края» Зуевым П.С. По итогам встречи руководители подписали соглашение "
     "о взаимодействии.", {"RU-TVE", "RU-KYA"}),
    ("В Курске состоялась встреча директора ОКУ «Центр социальных выплат Курской области» "
     "Орловой Н.В. с директором ГКУ «Центр социальной поддержки Орловской области» Титовым "
     "А.А. Стороны подписали соглашение о сотрудничестве.", {"RU-KRS", "RU-ORL"}),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,codes", MEETINGS)
def test_the_sides_are_the_bodies_of_the_meeting(models, text, codes):
    found = agreements_of(models, text, PUB)
    assert len(found) == 1
    assert set(found[0].regions) == codes
    assert all("«" in p.name for p in found[0].parties)  # the centres, not their regions


@pytest.mark.slow
def test_the_region_of_a_post_is_no_side_of_its_own(models):
    text = ("Министр социальной защиты Тульской области Ирина Миронова и председатель "
            "комитета по труду Калужской области Павел Ершов обсудили проект еще зимой, а 5 мая "
            "стороны подписали соглашение.")
    found = agreements_of(models, text, PUB)
    assert len(found) == 1
    assert "Тульская область" not in [p.name for p in found[0].parties]


# --- a count of agreements whose sides are only regions ------------------------------------

COUNTED = [
    ("Тамбовская область и Республика Мордовия заключили два соглашения.\n\n"
     "Первое соглашение подписали Министерство социальной защиты Тамбовской области и "
     "Министерство социальной защиты Республики Мордовия. Подписи под вторым соглашением "
     "поставили начальник управления занятости Тамбовской области Ольга Клюева и "
     "руководитель Комитета по занятости Республики Мордовия Игорь Саров.",
     ["социальной защиты", "занятости"]),
    ("Курская и Брянская области подписали два соглашения о сотрудничестве. Первое "
     "соглашение заключили комитет социальной защиты Курской области и департамент семейной "
     "политики Брянской области. Второе соглашение подписали управление занятости Курской "
     "области и управление труда Брянской области.", ["семейной", "занятости"]),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,words", COUNTED)
def test_a_count_between_regions_keeps_its_members_apart(models, text, words):
    found = agreements_of(models, text, PUB)
    assert len(found) == 2
    for word in words:  # each member's bodies in one agreement only
        assert sum(any(word in p.name for p in a.parties) for a in found) == 1
    assert all(len(a.parties) == 2 for a in found)


# --- a declared trilateral with other sides ------------------------------------------------

TRILATERAL = [
    ("Министерство социальной политики Пензенской области и Министерство труда Саратовской "
     "области подписали соглашение о сотрудничестве. Кроме того, на форуме было заключено "
     "трёхстороннее соглашение о подготовке сиделок. Подписи под ним поставили ректор "
     "Пензенского государственного университета Игорь Ломакин, директор ГКУ «Центр занятости "
     "населения Саратовской области» Олег Рябов и министр Анна Светлова.", "университет"),
    ("Минтруд Новосибирской области и департамент социального развития Томской области "
     "подписали соглашение о сотрудничестве. Также на форуме подписано трехстороннее "
     "соглашение между Новосибирским государственным университетом, Томским политехническим "
     "университетом и ГКУ «Центр занятости населения Томской области».", "университет"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,word", TRILATERAL)
def test_a_declared_trilateral_is_another_agreement(models, text, word):
    found = agreements_of(models, text, PUB)
    assert len(found) == 2
    bilateral = [a for a in found if not any(word in p.name for p in a.parties)]
    assert len(bilateral) == 1 and len(bilateral[0].parties) == 2
    assert bilateral[0].signatories == []  # the trilateral's signers stay with it


@pytest.mark.slow
def test_a_trilateral_told_twice_is_one_agreement(models):
    text = ("Подписано трёхстороннее соглашение о сотрудничестве в сфере реабилитации\n\n"
            "Министерство социальной защиты Алтайского края, Министерство труда Республики "
            "Алтай и фонд «Милосердие» подписали трёхстороннее соглашение о сотрудничестве в "
            "сфере реабилитации инвалидов.")
    found = agreements_of(models, text, PUB)
    assert len(found) == 1 and len(found[0].parties) == 3


# --- end to end, as a user runs it ---------------------------------------------------------

@pytest.mark.slow
def test_cli_end_to_end(listed_rows):
    text = ("Соцзащита Прикамья\n\n"
            "В 2019 году комитет заключил соглашение о сотрудничестве с министерством "
            "социальной защиты Тверской области, а в 2023 году — с Республикой Карелия.\n")
    rows = listed_rows({"news.txt": text}, "--format", "jsonl", "--limit", "0")
    assert len(rows) == 1
    got = sorted((a["status"], a["date"], a["regions"]) for a in rows[0]["agreements"])
    assert got == [("mentioned", "2019", ["RU-TVE"]), ("mentioned", "2023", ["RU-KR"])]
